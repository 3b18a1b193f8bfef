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
change). The theme's own switch marked <body> with that attribute, then unmarked it, each time it
applied a scheme, which it did on every page load; with that rule in the page, each mark made
the browser restyle every element of the page. Our switch (palette-switch.js) replaces the
theme's and sets no such mark; the rule stays out.

The reader's chosen scheme is applied by a script (theme-palette.js), which the site runs
deferred so that no script holds up the first paint. Until it runs, and on every page while the
reader has chosen nothing, the page must show the phone's scheme: `follow_system` adds the dark
rules under the system's preference, for a <body> without `data-md-color-media` (which the
scripts set only for a reader's choice).

`browser_colours` gives what the browser's own parts need (<meta name="color-scheme"> and
<meta name="theme-color">, which overrides/main.html prints), from the same stylesheets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from .theme_css import rules, selectors, theme_stylesheet

PALETTE = re.compile(r"palette\.[0-9a-f]{8}\.min\.css")
_PIN = re.compile(r"\[data-md-color-(primary|accent)=([\w-]+)\]")
# The attribute the theme's palette script sets and removes on <body> at every page load.
SWITCHING = "[data-md-color-switching]"
# A source map comment: it would point at the theme's full file.
_SOURCE_MAP = re.compile(r"/\*#\s*sourceMappingURL=.*?\*/")


def theme_palette(theme_dirs: Iterable[str]) -> Path | None:
    """The theme's palette stylesheet (the first theme folder that has one wins)."""
    return theme_stylesheet(theme_dirs, PALETTE)


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


def _used(selector: str, colours: Mapping[str, set[str]]) -> bool:
    return SWITCHING not in selector and all(value in colours[kind]
                                             for kind, value in _PIN.findall(selector))


def reduce_palette(css: str, colours: Mapping[str, set[str]]) -> str:
    """The stylesheet without the selectors that only apply to colours the site does not use,
    nor the one that restyles the whole page each time the theme's script applies a scheme."""
    kept = []
    for rule in rules(_SOURCE_MAP.sub("", css)):
        head, body = rule.split("{", 1)
        if head.lstrip().startswith("@"):
            inner = reduce_palette(body[:-1], colours)
            if inner:
                kept.append(f"{head}{{{inner}}}")
            continue
        used = [selector for selector in selectors(head) if _used(selector, colours)]
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
    for rule in rules(css):
        head, body = rule.split("{", 1)
        if head.lstrip().startswith("@"):
            inner = _copies(body[:-1])
            if inner:
                copies.append(f"{head}{{{inner}}}")
        elif _SLATE in head:
            parts = [part.replace(_SLATE, UNSET) for part in selectors(head) if _SLATE in part]
            copies.append(f"{','.join(parts)}{{{body}")
    return "".join(copies)


def follow_system(css: str) -> str:
    """The dark scheme's rules of the (reduced) palette stylesheet again, for a <body> whose
    scheme no script has set yet, under `prefers-color-scheme: dark`; '' if it has none."""
    copies = _copies(css)
    return f"@media (prefers-color-scheme:dark){{{copies}}}" if copies else ""


def declarations(css: str) -> dict[str, dict[str, str]]:
    """Each selector's declared properties, read once: the last rule naming it exactly (in its
    selector list, at any depth of @media) gives a property's value."""
    found: dict[str, dict[str, str]] = {}
    for rule in rules(css):
        head, body = rule.split("{", 1)
        if head.lstrip().startswith("@"):
            for selector, values in (declarations(body[:-1]) if "{" in body else {}).items():
                found.setdefault(selector, {}).update(values)
            continue
        values = {name.strip(): value.strip() for name, _, value in
                  (declaration.partition(":") for declaration in body[:-1].split(";"))
                  if value.strip()}
        for selector in selectors(head):
            found.setdefault(selector.strip(), {}).update(values)
    return found


def browser_colours(css: str, palette: Any) -> dict[str, Any]:
    """What the browser's own parts need to show a page's schemes before any script runs:
    `<meta name="color-scheme">`'s content (the schemes' `color-scheme`, "light dark"), and for
    `<meta name="theme-color">` (a phone's address bar) the header's colour of each scheme, with
    its media query when the schemes' colours differ. `css` holds the theme's main stylesheet and
    the (reduced) palette."""
    entries = [palette] if isinstance(palette, Mapping) else list(palette or [])
    declared = declarations(css)
    schemes, theme = [], []
    for entry in entries:
        scheme = str(entry.get("scheme") or "default").replace(" ", "-")
        primary = str(entry.get("primary") or "indigo").replace(" ", "-")
        value = declared.get(f"[data-md-color-scheme={scheme}]", {}).get("color-scheme")
        if value and value not in schemes:
            schemes.append(value)
        colour = (declared.get(f"[data-md-color-scheme={scheme}][data-md-color-primary={primary}]",
                               {}).get("--md-primary-fg-color")
                  or declared.get(f"[data-md-color-primary={primary}]", {})
                  .get("--md-primary-fg-color"))
        # A colour made of the stylesheet's variables means nothing outside it.
        if colour and "var(" not in colour:
            theme.append({"media": str(entry.get("media") or ""), "colour": colour})
    if len({item["colour"] for item in theme}) == 1:
        theme = [{"media": "", "colour": theme[0]["colour"]}]
    return {"schemes": " ".join(schemes), "theme": theme}
