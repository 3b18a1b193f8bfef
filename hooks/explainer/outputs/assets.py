"""Our scripts and stylesheets as a reader downloads them: each list joined into one minified file,
named by a fingerprint of its content.

Nine small files cost a phone nine requests, and those the page waits for delay its first paint.
One file per kind costs one request; a name that changes whenever the content does lets hosts
cache it for a year (headers.cache_rules), as the theme's own files are.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import rcssmin
import rjsmin

# `<name>.<8 hex digits>.min.<js|css>`: how Material names its files, and how we name ours.
FINGERPRINTED = re.compile(r"\.[0-9a-f]{8}\.min\.(?:js|css)$")
# Where white space is the content: left exactly as it is.
_VERBATIM = re.compile(r"(<(pre|textarea|code|script|style)\b.*?</\2\s*>)", re.S | re.I)


@dataclass(frozen=True)
class Bundle:
    """One file of the published site: its path below the site's root and its text."""

    path: str
    text: str
    sources: tuple[str, ...]


def _isolated(script: str) -> str:
    # As separate files would be: an error in one script neither stops the others nor hides
    # (it is thrown again, outside, for the console and the browser's error reporting).
    return f"try{{{script}\n}}catch(error){{setTimeout(function(){{throw error}})}}"


def join_scripts(scripts: Sequence[str]) -> str:
    """Classic scripts, minified, each run in turn at the top level (their `var`s stay global)."""
    return "\n".join(_isolated(rjsmin.jsmin(script, keep_bang_comments=True).strip())
                     for script in scripts) + "\n"


def join_stylesheets(stylesheets: Sequence[str]) -> str:
    return "\n".join(rcssmin.cssmin(sheet, keep_bang_comments=True).strip()
                     for sheet in stylesheets) + "\n"


def fingerprinted(stem: str, text: str, suffix: str) -> str:
    """`assets/javascripts/site` + text + `js` -> `assets/javascripts/site.1a2b3c4d.min.js`."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
    return f"{stem}.{digest}.min.{suffix}"


def bundle(docs_dir: Path, sources: Sequence[str], stem: str, *, notice: str = "",
           before: Mapping[str, str] | None = None,
           generated: Mapping[str, str] | None = None) -> Bundle:
    """The texts `before` (name -> text, made by the build), the files `sources` (paths below
    docs_dir), then the texts `generated`, joined into `<stem>.<fingerprint>.min.<kind>`; the
    kind (js or css) comes from the names' suffix, which must be the same for all."""
    before = before or {}
    generated = generated or {}
    kinds = {Path(source).suffix for source in [*before, *sources, *generated]}
    if kinds not in ({".js"}, {".css"}):
        raise ValueError(f"{stem}: cannot join {', '.join(sources)} (one kind, .js or .css)")
    texts = list(before.values())
    for source in sources:
        path = docs_dir / source
        if not path.is_file():
            raise FileNotFoundError(f"{stem}: {source} is listed but {path} does not exist")
        texts.append(path.read_text(encoding="utf-8"))
    texts += generated.values()
    kind = kinds.pop().lstrip(".")
    body = join_scripts(texts) if kind == "js" else join_stylesheets(texts)
    names = " + ".join([*before, *(Path(source).name for source in sources), *generated])
    header = f"/*! {names}{f' ({notice})' if notice else ''} */\n"
    text = header + body
    return Bundle(fingerprinted(stem, text, kind), text, tuple(sources))


def strip_indentation(html: str) -> str:
    """A page without the indentation and empty lines of the theme's templates (about 5% of
    the compressed page). A browser shows a run of white space as one space wherever white space
    is not kept as written, so removing what follows a line break changes nothing on screen;
    where it is kept (pre, textarea, code; and script, style) the page is left as it is."""
    parts = _VERBATIM.split(html)
    # split() returns text, verbatim block, its tag name, text, ...
    for index in range(0, len(parts), 3):
        parts[index] = re.sub(r"\n\s+", "\n", parts[index])
    return "".join(part for index, part in enumerate(parts) if index % 3 != 2)
