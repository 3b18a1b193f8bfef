"""Reading the theme's minified stylesheets: where they are, their rules and their selectors.

Shared by engine/theme_palette.py (the palette reduced to our colours) and engine/theme_main.py
(the main stylesheet with the selectors that restyle whole pages mended).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path


def theme_stylesheet(theme_dirs: Iterable[str], name: re.Pattern[str]) -> Path | None:
    """The theme's stylesheet whose file name matches `name` (the first theme folder that has
    one wins)."""
    for folder in theme_dirs:
        found = sorted(p for p in (Path(folder) / "assets" / "stylesheets").glob("*.css")
                       if name.fullmatch(p.name))
        if found:
            return found[0]
    return None


def rules(css: str) -> list[str]:
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


def selectors(head: str) -> list[str]:
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
