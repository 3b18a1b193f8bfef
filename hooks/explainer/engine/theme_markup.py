"""Fixes to the HTML Material prints outside any block that overrides/ could replace.

Material's base.html puts `autocomplete="off"` on its two hidden toggles (drawer and search),
so that Firefox does not restore them open after a reload. HTML allows the attribute on text
fields only, and the Nu checker reports it on every page; the toggles are printed outside any
block, so the attribute is taken off the finished page (UPGRADING.md).
"""

from __future__ import annotations

# Material 9.8.1's toggles, as printed. The build stops when one is not found: after a theme
# upgrade, look at base.html again.
TOGGLES = (
    '<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer" '
    'autocomplete="off">',
    '<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search" '
    'autocomplete="off">',
)
ATTRIBUTE = ' autocomplete="off"'


class ThemeMarkupChanged(Exception):
    """A page no longer holds the theme markup this module fixes."""


def valid_toggles(page: str) -> str:
    """A page with the toggles' `autocomplete` attribute removed."""
    for toggle in TOGGLES:
        if page.count(toggle) != 1:
            raise ThemeMarkupChanged(
                f"Material's toggles changed: {toggle!r} is not in the page once "
                "(hooks/explainer/engine/theme_markup.py; see UPGRADING.md)")
        page = page.replace(toggle, toggle.replace(ATTRIBUTE, ""))
    return page
