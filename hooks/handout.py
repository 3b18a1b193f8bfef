"""MkDocs adapter: the one-page handout (PDF) of each language, from explainer.handout.

Events (the i18n plugin re-runs the build once per language, into the same site folder):
- on_post_build, priority 0: writes the handout of the language just built at the root of that
  language's pages (/<file>, /en/<file>), its QR code pointing to that language's guide. The PDF
  comes from .cache/handout/ (git-ignored), drawn again only when what it shows changes.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from _site_content import site_content
from explainer.addresses import absolute, page_path
from explainer.handout import cached_handout, creation_instant, handout_for
from explainer.site_languages import language_prefixes
from mkdocs.config.defaults import MkDocsConfig


def on_post_build(config: MkDocsConfig) -> None:
    content = site_content(config)
    lang = config.theme["language"]
    prefix = language_prefixes(config)[lang]
    site_url = config.site_url or "/"
    handout = handout_for(content, lang, absolute(site_url, page_path("guide", prefix)),
                          absolute(site_url, page_path("act", prefix)))
    pdf = cached_handout(handout, creation_instant(content),
                         Path(config.config_file_path).parent / ".cache" / "handout")
    target = Path(config.site_dir) / prefix / content.act["handout"]["file"][lang]
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(pdf, target)
