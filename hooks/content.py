"""MkDocs adapter: fills each stub page of docs/ with the Markdown rendered from data/.

Events (the i18n plugin re-runs the build once per language):
- on_config, priority -110: after the i18n plugin (-100) has chosen the language of this build;
  loads and validates data/ (once per data fingerprint) and stops the build on any problem.
  Under GitHub Actions, each problem is also printed as an `::error` annotation.
- on_page_markdown, priority 0: replaces a stub (front matter `explainer: <kind>`) by its page,
  and points the page's "edit" button at the data file it is made from.
- on_post_build, priority -110: after the i18n plugin (-100) has merged every language's search
  index into one, splits it again so that a reader's search returns pages in their language.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from _site_content import site_content
from explainer.data_files import edit_url
from explainer.interface import footer, named_palette, theme_strings
from explainer.markup import safe_plain_text
from explainer.render import PAGES, page_meta, render_page
from explainer.search_index import split_search_index
from explainer.site_languages import language_prefixes
from markupsafe import escape
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority, get_plugin_logger
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

log = get_plugin_logger(__name__)



@event_priority(-110)
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    content = site_content(config)
    lang = config.theme["language"]
    # The theme prints these as they are, in tags and attributes: escaped plain text.
    config.site_name = safe_plain_text(content.site["name"][lang])
    config.site_description = safe_plain_text(content.site["description"][lang])
    # Read by overrides/main.html: where this language's pages (and search index) live.
    config.extra["language_prefix"] = language_prefixes(config)[lang]
    # The theme's words (overrides/partials/language.html), its colour-scheme switch and the
    # footer (overrides/partials/copyright.html), in this language.
    config.extra["theme_strings"] = theme_strings(content, lang)
    config.theme["palette"] = named_palette(config.theme["palette"], config.extra["theme_strings"])
    config.extra["footer"] = footer(content, lang)
    return config


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    kind: Any = page.meta.get("explainer")
    if kind is None:
        return markdown
    if kind not in PAGES:
        raise PluginError(f"{page.file.src_uri}: unknown page kind {kind!r} "
                          f"(should be one of: {', '.join(PAGES)})")
    content = site_content(config)
    lang = config.theme["language"]
    meta = {key: escape(value) for key, value in page_meta(kind, content, lang).items()}
    # The short label names the page in the navigation; the full title heads the page. Escaped
    # here: the theme prints them as they are (Markup keeps its own `|e` from escaping twice).
    page.meta.update(title=meta["nav"], page_title=meta["title"],
                     description=meta["description"])
    # Not config.repo_url: with it, Material would ask GitHub's API for the repository's stars.
    if config.extra.get("edit_uri"):
        page.edit_url = edit_url(content.site["repository"], config.extra["edit_uri"], kind)
    return render_page(kind, content, lang)


@event_priority(-110)
def on_post_build(config: MkDocsConfig) -> None:
    split_search_index(Path(config.site_dir), language_prefixes(config))
