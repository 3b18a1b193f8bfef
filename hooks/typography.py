"""MkDocs adapter: the punctuation of every language, set on the finished site
(explainer.typeset_site, rules from data/site.yml `typography`).

Events:
- on_post_build, priority -200: after every other hook has written its files (search indexes
  split at -110, forwarding and "not found" pages at 0) and, in the default language's build,
  after the i18n plugin (-100) has built every other language inside it: the whole site is there.
  The i18n plugin's `building` flag is up during those inner builds, which are skipped (the
  pass would be done twice; without the flag it still is, and gives the same site).
"""

from __future__ import annotations

from pathlib import Path

from _site_content import site_content
from explainer.typeset_site import typeset_site
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority


@event_priority(-200)
def on_post_build(config: MkDocsConfig) -> None:
    if getattr(config.plugins.get("i18n"), "building", False):
        return
    typeset_site(Path(config.site_dir), site_content(config).typography())
