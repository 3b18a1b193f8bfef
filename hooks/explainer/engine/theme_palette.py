"""The theme's palette stylesheet, reduced to the colours the site uses, joins our stylesheet.

Material links palette.<fingerprint>.min.css on every page: the rules of its two colour schemes
and of all its 21 primary and 21 accent colours (2.0 KB compressed, one more file the first paint
waits for). A reader only ever sees the palettes of mkdocs.yml (theme.palette): the rules that
pin another primary or accent colour (`[data-md-color-primary=red]`) are left out, and so are
such selectors in a list shared with ours; the rest is kept as written, and it is joined at the
head of our stylesheet, in the same place in the
cascade (after the theme's main stylesheet, before ours). overrides/main.html drops the theme's
link to the full file. UPGRADING.md lists this coupling.

One more rule is left out: `[data-md-color-switching] *` (no transitions while the colours
change). The theme's script marks <body> with that attribute, then unmarks it, each time it
applies a scheme, which it does on every page load; with that rule in the page, each mark makes
the browser restyle every element of the page. On the guide (1,000 elements) that was a third of
the main thread's work after the first paint: Lighthouse's Total Blocking Time went from about
110 ms to about 70 ms without it. The cost: when a reader switches the colours, a link's colour
fades for the theme's 125 ms instead of changing at once.

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
# The attribute the theme's palette script sets and removes on <body> at every page load.
SWITCHING = "[data-md-color-switching]"
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


def _selectors(head: str) -> list[str]:
    """The selectors of a rule's selector list (commas inside :not(...) do not separate)."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(head):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "," and depth == 0:
            parts.append(head[start:index])
            start = index + 1
    return [*parts, head[start:]]


def _used(selector: str, colours: Mapping[str, set[str]]) -> bool:
    return SWITCHING not in selector and all(value in colours[kind]
                                             for kind, value in _PIN.findall(selector))


def reduce_palette(css: str, colours: Mapping[str, set[str]]) -> str:
    """The stylesheet without the selectors that only apply to colours the site does not use,
    nor the one that restyles the whole page each time the theme's script applies a scheme."""
    kept = []
    for rule in _rules(_SOURCE_MAP.sub("", css)):
        head, body = rule.split("{", 1)
        if head.lstrip().startswith("@"):
            inner = reduce_palette(body[:-1], colours)
            if inner:
                kept.append(f"{head}{{{inner}}}")
            continue
        used = [selector for selector in _selectors(head) if _used(selector, colours)]
        if used:
            kept.append(f"{','.join(used)}{{{body}")
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
            parts = [part.replace(_SLATE, UNSET) for part in _selectors(head) if _SLATE in part]
            copies.append(f"{','.join(parts)}{{{body}")
    return "".join(copies)


def follow_system(css: str) -> str:
    """The dark scheme's rules of the (reduced) palette stylesheet again, for a <body> whose
    scheme no script has set yet, under `prefers-color-scheme: dark`; '' if it has none."""
    copies = _copies(css)
    return f"@media (prefers-color-scheme:dark){{{copies}}}" if copies else ""
