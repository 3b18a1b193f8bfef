"""The theme's palette stylesheet, reduced to the colours the site uses, joins our stylesheet.

Material links palette.<fingerprint>.min.css on every page: the rules of its two colour schemes
and of all its 21 primary and 21 accent colours (2.0 KB compressed, one more file the first paint
waits for). A reader only ever sees the palettes of mkdocs.yml (theme.palette): the rules that
pin another primary or accent colour (`[data-md-color-primary=red]`) are left out, the rest is
kept as written, and it is joined at the head of our stylesheet, in the same place in the
cascade (after the theme's main stylesheet, before ours). overrides/main.html drops the theme's
link to the full file. UPGRADING.md lists this coupling.

The theme applies the reader's colour scheme with a script (theme-palette.js), which the site
runs deferred so that no script holds up the first paint. Until it runs, the page would show the
first scheme (light) to a reader whose phone is dark: `follow_system` adds, for that moment
only, the dark rules under the system's preference. The script marks the page's <body> with
`data-md-color-media` when it applies a scheme; the added rules apply to a <body> without it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

PALETTE = re.compile(r"palette\.[0-9a-f]{8}\.min\.css")
_PIN = re.compile(r"\[data-md-color-(primary|accent)=([\w-]+)\]")
# A source map comment: it would point at the theme's full file.
_SOURCE_MAP = re.compile(r"/\*#\s*sourceMappingURL=.*?\*/")


def theme_palette(theme_dirs: Iterable[str]) -> Path | None:
    """The theme's palette stylesheet (the first theme folder that has one wins)."""
    for folder in theme_dirs:
        found = sorted(p for p in (Path(folder) / "assets" / "stylesheets").glob("palette.*")
                       if PALETTE.fullmatch(p.name))
        if found:
            return found[0]
    return None


def palette_colours(palette: Any) -> dict[str, set[str]]:
    """The primary and accent colours of theme.palette (one mapping, or a list of them);
    Material's defaults when a palette leaves them out."""
    entries: Sequence[Mapping[str, Any]] = [palette] if isinstance(palette, Mapping) else (
        palette or [])
    colours: dict[str, set[str]] = {"primary": set(), "accent": set()}
    for entry in entries:
        for kind in colours:
            colours[kind].add(str(entry.get(kind) or "indigo").replace(" ", "-"))
    return colours


def _rules(css: str) -> list[str]:
    """Top-level rules and at-rule blocks (the theme's minified CSS has no braces in strings)."""
    found, depth, start = [], 0, 0
    for index, char in enumerate(css):
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                found.append(css[start:index + 1])
                start = index + 1
    return found


def _used(selector: str, colours: Mapping[str, set[str]]) -> bool:
    return any(all(value in colours[kind] for kind, value in _PIN.findall(part))
               for part in selector.split(","))


def reduce_palette(css: str, colours: Mapping[str, set[str]]) -> str:
    """The stylesheet without the rules that only apply to colours the site does not use."""
    kept = []
    for rule in _rules(_SOURCE_MAP.sub("", css)):
        head, body = rule.split("{", 1)
        if head.lstrip().startswith("@"):
            inner = reduce_palette(body[:-1], colours)
            if inner:
                kept.append(f"{head}{{{inner}}}")
        elif _used(head, colours):
            kept.append(rule)
    return "".join(kept)


_SLATE = "[data-md-color-scheme=slate]"
# The <body> before the theme's palette script has run (it sets data-md-color-media).
UNSET = "body:not([data-md-color-media])"


def _copies(css: str) -> str:
    """The rules that apply to the dark scheme, each for a <body> no script has set yet,
    inside the same at-rules (the theme's are inside `@media screen`)."""
    copies = []
    for rule in _rules(css):
        head, body = rule.split("{", 1)
        if head.lstrip().startswith("@"):
            inner = _copies(body[:-1])
            if inner:
                copies.append(f"{head}{{{inner}}}")
        elif _SLATE in head:
            parts = [part.replace(_SLATE, UNSET) for part in head.split(",") if _SLATE in part]
            copies.append(f"{','.join(parts)}{{{body}")
    return "".join(copies)


def follow_system(css: str) -> str:
    """The dark scheme's rules of the (reduced) palette stylesheet again, for a <body> whose
    scheme no script has set yet, under `prefers-color-scheme: dark`; '' if it has none."""
    copies = _copies(css)
    return f"@media (prefers-color-scheme:dark){{{copies}}}" if copies else ""
