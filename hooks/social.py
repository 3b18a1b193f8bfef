"""MkDocs adapter: link previews, share links, social cards, link marks, 404 pages and short
addresses, from explainer.social / cards / short_links (the i18n plugin builds each language
in turn; `config.theme["language"]` is the one in progress).

Events:
- on_config, priority -110: after the i18n plugin (-100) has chosen the language of this build;
  the headings' link marks get their title in that language.
- on_page_context, priority 0: after the i18n plugin (50); hands the page's preview and share
  links to the theme (page.meta social/share) and copies its card into the site.
- on_template_context and on_post_template for 404.html: the words of the "not found" page and
  its language switcher; a non-default language's 404 goes into its own folder (every build
  writes /404.html, and the default language's must stay there).
- on_post_build, priority 0: short addresses, _redirects and robots.txt at the site root (the
  same files from every language's build).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from _site_content import site_content
from explainer.addresses import absolute, from_root, page_addresses, page_path
from explainer.cards import cached_card, card_for, card_path
from explainer.render import page_meta
from explainer.short_links import write_site_files
from explainer.site_languages import configured_languages, language_prefixes
from explainer.social import link_preview, share_block
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

NOT_FOUND = "404.html"



def _ordered_prefixes(config: MkDocsConfig) -> dict[str, str]:
    """Each language's folder, the default language first."""
    prefixes = language_prefixes(config)
    return {lang: prefixes[lang] for lang in configured_languages(config)}


@event_priority(-110)
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    strings = site_content(config).ui["strings"]
    toc = config.mdx_configs.setdefault("toc", {})
    toc["permalink_title"] = strings["link_to_section"][config.theme["language"]]
    return config


def on_page_context(context: dict[str, Any], page: Page, config: MkDocsConfig,
                    nav: Navigation) -> dict[str, Any]:
    kind = page.meta.get("explainer")
    if kind is None:
        return context
    content = site_content(config)
    lang = config.theme["language"]
    site_url = config.site_url or "/"
    addresses = page_addresses(kind, site_url, _ordered_prefixes(config))
    path = card_path(kind, lang)
    card = cached_card(card_for(kind, content, lang, urlsplit(site_url).netloc),
                       Path(config.config_file_path).parent / ".cache" / "social")
    target = Path(config.site_dir) / path
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(card, target)
    page.meta["social"] = link_preview(kind, content, lang, addresses,
                                       absolute(site_url, path))
    page.meta["share"] = share_block(kind, content, lang, addresses[lang])
    return context


def on_template_context(context: dict[str, Any], template_name: str,
                        config: MkDocsConfig) -> dict[str, Any]:
    if template_name != NOT_FOUND:
        return context
    content = site_content(config)
    lang = config.theme["language"]
    prefixes = _ordered_prefixes(config)
    site_url = config.site_url or "/"
    entries = []
    for other in sorted(prefixes, key=lambda code: code != lang):
        strings = content.ui["strings"]
        entries.append({
            "lang": other,
            "title": strings["not_found_title"][other],
            "text": strings["not_found_text"][other],
            "links": [{"href": from_root(site_url, page_path(kind, prefixes[other])),
                       "label": page_meta(kind, content, other)["title"]}
                      for kind in ("home", "guide")],
        })
    context["not_found"] = entries
    # The language switcher may still point to the last page built: point it to each home.
    # (The i18n plugin sets it as an attribute, which the theme reads before the item.)
    names = {lang["locale"]: lang["name"] for lang in config.plugins["i18n"].config["languages"]}
    config.extra.alternate = [
        {"name": names[other], "lang": other,
         "link": from_root(site_url, page_path("home", prefixes[other]))}
        for other in prefixes
    ]
    return context


def on_post_template(output: str, template_name: str, config: MkDocsConfig) -> str:
    prefix = config.extra.get("language_prefix", "")
    if template_name != NOT_FOUND or not prefix:
        return output
    site_dir = Path(config.site_dir)
    (site_dir / prefix).mkdir(parents=True, exist_ok=True)
    (site_dir / prefix / NOT_FOUND).write_text(output, encoding="utf-8")
    root = site_dir / NOT_FOUND
    # The default language's build ran first and wrote its own: give it back to /404.html.
    return root.read_text(encoding="utf-8") if root.exists() else output


def on_post_build(config: MkDocsConfig) -> None:
    write_site_files(Path(config.site_dir), site_content(config), config.site_url or "/",
                     _ordered_prefixes(config))
