"""MkDocs adapter: our scripts and stylesheets reach the reader as three fingerprinted files, and
none of them holds up the first paint.

Events:
- on_config: `extra_css` becomes one stylesheet (with the quotation marks of each language,
  explainer.typography.quotes_css), `extra_javascript` one deferred script (after
  the theme's bundle), and the scripts that must run before the bundle one more deferred script
  (explainer.theme_scripts), each minified and named by a fingerprint of its content
  (explainer.assets). The i18n plugin builds the other languages with the same config: the
  second time, the lists already name the joined files and are left as they are.
  The address of that last file goes to `extra.theme_script`, which
  overrides/partials/javascripts/base.html links.
- on_files: the sources are not published one by one.
- on_post_page, priority -200 (after every other change to the page): the page without the
  indentation of the theme's templates (explainer.assets.strip_indentation).
- on_post_build: writes the joined files at the root of the site (every language's build has
  that root as site_dir, and they are the same files).
"""

from __future__ import annotations

from pathlib import Path

from _site_content import site_content
from explainer.assets import Bundle, bundle, strip_indentation
from explainer.theme_scripts import NOTICE, STEM, theme_script_sources
from explainer.typography import quotes_css
from mkdocs.config.config_options import ExtraScriptValue
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

# Joined files by address. Their names change with their content, so this never goes stale
# across the rebuilds of `mkdocs serve`, which keeps hook modules loaded.
_JOINED: dict[str, Bundle] = {}


def _join(config: MkDocsConfig, sources: list[str], stem: str, notice: str = "",
          generated: dict[str, str] | None = None) -> Bundle:
    try:
        joined = bundle(Path(config.docs_dir), sources, stem, notice=notice, generated=generated)
    except (OSError, ValueError) as err:
        raise PluginError(f"mkdocs.yml: {err}") from None
    _JOINED[joined.path] = joined
    return joined


def _joined_already(entries: list) -> bool:
    return len(entries) == 1 and str(entries[0]) in _JOINED


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    if not _joined_already(config.extra_css):
        # With each language's quotation marks for <q> (data/site.yml `typography`).
        quotes = {"typography.css": quotes_css(site_content(config).typography())}
        config.extra_css = [_join(config, list(config.extra_css), "assets/stylesheets/site",
                                  generated=quotes).path]
    if not _joined_already(config.extra_javascript) and config.extra_javascript:
        sources = [str(entry) for entry in config.extra_javascript]
        joined = _join(config, sources, "assets/javascripts/site")
        config.extra_javascript = [ExtraScriptValue(joined.path)]
        config.extra_javascript[0].defer = True
    theme = _join(config, theme_script_sources(config.theme, config.theme["features"]), STEM,
                  NOTICE)
    config.extra["theme_script"] = theme.path
    return config


def _published(config: MkDocsConfig) -> list[Bundle]:
    addresses = [*map(str, config.extra_css), *map(str, config.extra_javascript),
                 config.extra["theme_script"]]
    return [_JOINED[address] for address in addresses if address in _JOINED]


def on_files(files: Files, config: MkDocsConfig) -> Files:
    sources = {source for joined in _published(config) for source in joined.sources}
    for file in [file for file in files if file.src_uri in sources]:
        files.remove(file)
    return files


@event_priority(-200)
def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    return strip_indentation(output)


def on_post_build(config: MkDocsConfig) -> None:
    for joined in _published(config):
        target = Path(config.site_dir, joined.path)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(joined.text, encoding="utf-8")
