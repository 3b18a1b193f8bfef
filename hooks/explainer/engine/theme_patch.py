"""One change to Material's JavaScript bundle: the search index loads when the reader opens search.

Material fetches the search index (25 KB compressed, more than the page itself) as soon as any page
loads, except when the site is opened from disk (file:), where it waits for the search dialog to
open. Most readers never search: the build makes every page wait, as on disk.
"""

from __future__ import annotations

import re
from pathlib import Path

# Material 9.8.1, minified: `merge(of(location.protocol !== "file:"), watchToggle("search"))`
# starts the index download at once over HTTP. Re-check when upgrading the theme: the build stops
# if the expression is gone.
EAGER_INDEX = 'L($(location.protocol!=="file:"),Je("search"))'
# Padded with spaces to the same length, so that the theme's source map still lines up.
LAZY_INDEX = 'L($(!1' + " " * (len(EAGER_INDEX) - len('L($(!1),Je("search"))')) + '),Je("search"))'
BUNDLE = re.compile(r"bundle\.[0-9a-f]+\.min\.js")


class ThemeChanged(Exception):
    """The bundle no longer holds the expression this patch replaces."""


def defer_search_index(bundle: str) -> str:
    if bundle.count(EAGER_INDEX) != 1:
        raise ThemeChanged("Material's bundle changed: the search index patch (hooks/explainer/"
                           "theme_patch.py) no longer applies; review it for the new version")
    return bundle.replace(EAGER_INDEX, LAZY_INDEX)


def patch_bundle(site_dir: Path) -> Path:
    """Patch the theme's bundle in a built site; returns the file changed."""
    scripts = site_dir / "assets" / "javascripts"
    bundles = [path for path in scripts.glob("bundle.*.min.js") if BUNDLE.fullmatch(path.name)]
    if len(bundles) != 1:
        raise ThemeChanged(f"expected one theme bundle in {scripts}, found {len(bundles)}")
    text = bundles[0].read_text(encoding="utf-8")
    if LAZY_INDEX not in text:
        bundles[0].write_text(defer_search_index(text), encoding="utf-8")
    return bundles[0]
