"""MkDocs adapter: what the build publishes can neither run injected code nor lose its headers.

Events:
- on_page_content, priority -200 (after every other hook and plugin has changed the page's
  HTML): stops the build when a page holds a script, a style, an inline event handler or a link
  that is neither https:// nor to this site (explainer.html_guard).
- on_post_build, priority 0: writes site/_headers (Netlify, Cloudflare Pages) from
  `extra.security_headers` in mkdocs.yml; only in the default language's build, whose site_dir
  is the root of the site (the i18n plugin builds the other languages into sub-folders).
"""

from __future__ import annotations

from pathlib import Path

from explainer.html_guard import html_problems
from explainer.security_headers import netlify_headers, normalise
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


def on_post_build(config: MkDocsConfig) -> None:
    if config.extra.get("language_prefix"):
        return
    headers = normalise(config.extra.get("security_headers") or {})
    Path(config.site_dir, "_headers").write_text(netlify_headers(headers), encoding="utf-8")
