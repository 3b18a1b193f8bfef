"""MkDocs adapter: what the build publishes can neither run injected code nor lose its headers.

Events:
- on_page_content, priority -200 (after every other hook and plugin has changed the page's
  HTML): stops the build when a page holds a script, a style, an inline event handler or a link
  that is neither https:// nor to this site (explainer.html_guard).
- on_post_build, priority -120 (after the i18n plugin, -100, has built the other languages into
  the same folder): writes site/_headers (Netlify, Cloudflare Pages) from
  `extra.security_headers` and `extra.cache_control` in mkdocs.yml, with the lifetime of every
  page and fingerprinted file found in the site. Every language's build has the site's root as
  site_dir and writes it; the default language's build ends last, with the site complete.
"""

from __future__ import annotations

from pathlib import Path

from explainer.html_guard import html_problems
from explainer.security_headers import cache_policy, netlify_headers, normalise, published_files
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page


@event_priority(-200)
def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    problems = html_problems(html)
    if problems:
        raise PluginError(f"{page.file.src_uri} ({config.theme['language']}): the page would "
                          f"publish {'; '.join(problems)}. Nothing was published: look for "
                          "the text that produced it in data/.")
    return html


@event_priority(-120)
def on_post_build(config: MkDocsConfig) -> None:
    site = Path(config.site_dir)
    headers = normalise(config.extra.get("security_headers") or {})
    try:
        cache = cache_policy(config.extra.get("cache_control") or {})
    except ValueError as err:
        raise PluginError(f"mkdocs.yml: {err}") from None
    text = netlify_headers(headers, cache, published_files(site))
    (site / "_headers").write_text(text, encoding="utf-8")
