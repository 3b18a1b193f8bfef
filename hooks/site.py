"""Every MkDocs event of the site, in the order they run: the only file under `hooks:`.

Each event is a few lines calling the package (hooks/explainer/engine/build.py); the state of
the build is one object, `BUILD`. The i18n plugin builds the default language, then, from inside
its own on_post_build (priority -100), the whole site again for each other language: every event
below runs once per language. Priorities run from high to low (100 first, -100 last); at equal
priority a hook runs after every plugin.

    on_startup              0  whether this is `mkdocs serve` (data problems show on the pages)
    on_config            -110  after i18n (-100) has set the language of this build; our
                               stylesheets and scripts joined into fingerprinted files
    on_files                0  before i18n (-100) sorts the files: the joined sources unpublished
    on_page_markdown        0  fill each stub
    on_page_content      -200  after every plugin has changed the page's HTML: the last check
    on_page_context         0  after i18n (50) has set the language switcher
    on_post_page         -200  after every other change to the page: the theme's markup made
                               valid HTML, the theme's texts a language in progress shows
                               untranslated marked with their language, then the templates'
                               indentation taken out
    on_template_context     0  the "not found" page (404.html)
    on_post_template        0  the "not found" page: valid markup; a non-default language's own
    on_post_build           0  before i18n (-100) builds the next language: feed, joined files,
                               links, handout
                         -110  after i18n has merged the search indexes: split them again
                         -200  after every language's build: the punctuation of the whole site,
                               then _headers (each page's and fingerprinted file's lifetime)
"""

from __future__ import annotations

from typing import Any

from explainer.engine.build import SiteBuild
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

# Kept by `mkdocs serve` between rebuilds: on_config starts each build afresh.
BUILD = SiteBuild()


def on_startup(command: str, dirty: bool) -> None:
    BUILD.serving = command == "serve"


@event_priority(-110)
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    return BUILD.start(config)


def on_files(files: Files, config: MkDocsConfig) -> Files:
    return BUILD.unpublish_sources(files)


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    return BUILD.fill_page(markdown, page)


@event_priority(-200)
def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    return BUILD.guard_page(html, page)


def on_page_context(context: dict[str, Any], page: Page, config: MkDocsConfig,
                    nav: Navigation) -> dict[str, Any]:
    return BUILD.page_context(context, page)


def on_template_context(context: dict[str, Any], template_name: str,
                        config: MkDocsConfig) -> dict[str, Any]:
    return BUILD.not_found_context(context, template_name, config)


def on_post_template(output: str, template_name: str, config: MkDocsConfig) -> str:
    return BUILD.place_not_found(output, template_name)


@event_priority(-200)
def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    return BUILD.compact_page(BUILD.finish_page(output))


def _write_language_files(config: MkDocsConfig) -> None:
    BUILD.write_language_files()


@event_priority(-110)
def _split_search_index(config: MkDocsConfig) -> None:
    BUILD.split_search()


@event_priority(-200)
def _typeset_finished_site(config: MkDocsConfig) -> None:
    if BUILD.end_language():
        BUILD.typeset()
        BUILD.write_headers()


on_post_build = CombinedEvent(_write_language_files, _split_search_index,
                              _typeset_finished_site)
