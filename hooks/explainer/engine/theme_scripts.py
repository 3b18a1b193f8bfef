"""The scripts that run before the theme's bundle, joined into one deferred file.

Material for MkDocs writes four small scripts inline in every page; the Content-Security-Policy
allows no inline script, so they are copied to files (docs/assets/javascripts/theme-*.js,
checked against the installed theme by tests/test_theme_scripts.py). Inline, they ran while the
page was read; as files in their places they would each stop the page until downloaded. Joined
into one deferred file with our adapters to the theme, they run in the same order, once the page
is read and before the bundle (deferred scripts run in document order), and nothing waits for
them. Every coupling listed here is in UPGRADING.md.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

SCRIPTS = "assets/javascripts"
STEM = f"{SCRIPTS}/theme"
NOTICE = "parts copied from Material for MkDocs, MIT licence"


def theme_script_sources(theme: Mapping[str, Any], features: Sequence[str]) -> list[str]:
    """The sources of the theme file, in the order the theme runs them (paths below docs/)."""
    sources = [
        # partials/javascripts/base.html: __md_get/__md_set, which everything below uses.
        "theme-storage.js",
    ]
    # partials/header.html includes partials/javascripts/palette.html unless the palette is a
    # single mapping: the reader's chosen colours, before the page shows.
    # Ours, next: the colour scheme switch, in place of the theme's (overrides/partials/
    # palette.html), which the bundle no longer mounts.
    if not isinstance(theme.get("palette"), Mapping):
        sources += ["theme-palette.js", "palette-switch.js"]
    # partials/javascripts/content.html: the platform tab the reader chose last time...
    if "content.tabs.link" in features:
        sources.append("theme-tabs-linked.js")
    sources += [
        # ...and the tab an address targets; ours: on a first visit from a phone, its
        # platform's tab.
        "theme-tab-target.js",
        "tab-platform.js",
        # Ours, before the bundle reads #__config and starts: no sitemap lookup, this language's
        # search index, search loaded when opened.
        "alternate-sitemap.js",
        "language-search.js",
        "lazy-search.js",
    ]
    return [f"{SCRIPTS}/{source}" for source in sources]
