"""MkDocs adapter: the countdown banner of every page, and the words countdown.js needs.

Events (the i18n plugin re-runs the build once per language):
- on_config, priority -120: after hooks/content.py (-110) has validated data/ and the i18n
  plugin (-100) has chosen the language of this build; puts into `config.extra.countdown` what
  overrides/main.html shows in Material's announce block, as true at build time
  (SOURCE_DATE_EPOCH), and the JSON from which the script corrects it with the reader's clock.
"""

from __future__ import annotations

from _site_content import site_content
from explainer.render import PAGES, countdown_words_json, render_banner
from explainer.site_languages import language_prefixes
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority


@event_priority(-120)
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    content = site_content(config)
    if content is None:
        return config  # `mkdocs serve` with data problems: the pages list them instead
    lang = config.theme["language"]
    config.extra["countdown"] = {
        "banner": render_banner(content, lang),
        "cta": content.ui["strings"]["cta"][lang],
        # The guide's address within this language's build; the `url` filter makes it
        # relative to each page.
        "guide": "".join(f"{part}/" for part in (language_prefixes(config)[lang],
                                                 PAGES["guide"].removesuffix(".md")) if part),
        "words": countdown_words_json(content, lang),
    }
    return config
