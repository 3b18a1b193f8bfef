"""MkDocs adapter: the search index loads when a reader opens search, not with every page.

Events:
- on_post_build, priority -120: after the i18n plugin (-100) has built every language and the
  search index has been split per language (hooks/content.py, -110). It runs once per language
  on the same site folder, where every language shares the theme's bundle: the patch is applied
  once and left as it is the second time.
"""

from __future__ import annotations

from pathlib import Path

from explainer.theme_patch import ThemeChanged, patch_bundle
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority


@event_priority(-120)
def on_post_build(config: MkDocsConfig) -> None:
    try:
        patch_bundle(Path(config.site_dir))
    except ThemeChanged as err:
        raise PluginError(str(err)) from None
