"""MkDocs adapter: publishes the changelog (data/changelog.yml) as an Atom feed per language.

Events (the i18n plugin re-runs the build once per language):
- on_config, priority -120: after hooks/content.py (-110) has validated data/; tells the pages
  (overrides/main.html) where this language's feed is, for `<link rel="alternate">`.
- on_post_build, priority 0: before the i18n plugin (-100) starts the next language's build,
  while the configuration is still this language's; writes `<language folder>/changes.atom`.
"""

from __future__ import annotations

from pathlib import Path

from _site_content import site_content
from explainer.feed import atom_feed, feed_addresses
from explainer.render import FEED_FILE, PAGES
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority


def _addresses(config: MkDocsConfig) -> tuple[str, str]:
    return feed_addresses(config.site_url or "/", config.extra["language_prefix"],
                          PAGES["changes"], FEED_FILE)


@event_priority(-120)
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    content = site_content(config)
    if content is None:
        return config  # `mkdocs serve` with data problems: the pages list them instead
    lang = config.theme["language"]
    config.extra["feed"] = {
        "url": _addresses(config)[1],
        "title": content.ui["pages"]["changes"]["title"][lang],
    }
    return config


def on_post_build(config: MkDocsConfig) -> None:
    content = site_content(config)
    if content is None:
        return
    page_url, feed_url = _addresses(config)
    prefix = config.extra["language_prefix"]
    target = Path(config.site_dir) / prefix / FEED_FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(atom_feed(content, config.theme["language"], page_url=page_url,
                                 feed_url=feed_url))
