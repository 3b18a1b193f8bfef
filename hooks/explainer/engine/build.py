"""What each MkDocs event does for the site, with the state of the build in one object.

hooks/site.py maps MkDocs' events to the methods of `SiteBuild`, in the order they run; this
module is where the package meets MkDocs, Material and the i18n plugin (it is the only one that
imports MkDocs). The i18n plugin builds the default language, then, from inside its own
on_post_build, the whole site again for each other language: `start` (on_config) begins each
language's build, and the state of the language in progress is `self.current`.

A data problem stops `mkdocs build` before anything is written. Under `mkdocs serve` it does not:
MkDocs would keep every request waiting until the next good build, with the message only in the
terminal. The build goes on without the content, every page shows the problems (the lines of
`make check`), and the next change to data/ rebuilds the site, which the open page reloads by
itself (`self.problems`).

One clock per run: the instant is read once, when the default language's build starts, and
every language's pages, banner, cards and share links are written as of that instant (the i18n
plugin always builds the default language first; `mkdocs serve` starts each rebuild with it).
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from markupsafe import Markup, escape
from mkdocs.config.config_options import ExtraScriptValue
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from ..model import clock
from ..model.content import Content, View, project_content
from ..model.typography import quotes_css
from ..outputs.assets import Bundle, bundle, fingerprinted, strip_indentation
from ..outputs.cards import cached_card, card_for, card_path
from ..outputs.feed import atom_feed, feed_addresses
from ..outputs.handout import cached_handout, creation_instant, handout_file, handout_for
from ..outputs.headers import cache_policy, netlify_headers, normalise, published_files
from ..outputs.language_marks import mark_theme_texts
from ..outputs.previews import language_switcher, link_preview, share_block
from ..outputs.short_links import write_site_files
from ..outputs.site_check import checked
from ..outputs.typeset_site import typeset_site
from ..outputs.urls import absolute, from_root, language_root, page_addresses, page_path
from ..read.annotations import annotations, in_github_actions
from ..read.data_files import edit_url
from ..read.problems import DataError, Problem
from ..read.project_config import ProjectConfig, read_project_config
from ..read.text_policy import safe_plain_text
from ..render.countdown import countdown_words_json, render_banner
from ..render.environment import TemplateError
from ..render.html_guard import html_problems
from ..render.interface import (
    footer,
    named_palette,
    tab_title,
    text_html,
    theme_strings,
    untranslated_theme_texts,
)
from ..render.pages import FEED_FILE, render_page, render_problems_page
from .search_index import split_search_index
from .theme_main import STEM as MAIN_STEM
from .theme_main import mend_main, theme_main, unused_classes
from .theme_markup import ThemeMarkupChanged, valid_toggles
from .theme_palette import (
    browser_colours,
    follow_system,
    palette_colours,
    reduce_palette,
    theme_palette,
)
from .theme_scripts import NOTICE, STEM, theme_script_sources

log = get_plugin_logger("explainer")

# Material renders this template for a missing page; every language's build writes one.
NOT_FOUND = "404.html"
# The pages that "not found" offers, in every language.
NOT_FOUND_LINKS = ("home", "guide")


@dataclass
class LanguageBuild:
    """The build of one language: the project, the validated content and the clock reading."""

    project: ProjectConfig
    config: MkDocsConfig
    content: Content
    lang: str
    now: datetime
    # The address of the joined theme file (partials/javascripts/base.html), and of the theme's
    # palette stylesheet, which our stylesheet replaces (overrides/main.html).
    theme_script: str = ""
    theme_palette: str = ""
    # The joined addresses of each page kind's own script and stylesheet (registry: `script:`,
    # `style:`), by kind: {'act': {'script': ..., 'style': ...}}.
    page_assets: dict[str, dict[str, str]] = field(default_factory=dict)
    # The theme's main stylesheet and ours, mended (engine/theme_main.py), which
    # overrides/main.html links instead: {'theme': ..., 'ours': ...}; {} if the theme has none.
    theme_main: dict[str, str] = field(default_factory=dict)
    # <meta name="color-scheme"> and <meta name="theme-color"> (engine/theme_palette.py:
    # browser_colours), which the theme's palette script used to add at every load.
    browser_colours: dict[str, Any] = field(default_factory=dict)

    @cached_property
    def view(self) -> View:
        return self.content.view(self.lang, self.now)

    @property
    def prefix(self) -> str:
        """This language's folder below the site root ('' for the default language)."""
        return self.project.prefixes[self.lang]

    @property
    def site_url(self) -> str:
        return self.config.site_url or "/"

    @property
    def site_dir(self) -> Path:
        return Path(self.config.site_dir)

    @cached_property
    def theme_strings(self) -> dict[str, str]:
        """The theme's words in this language (data/ui.yml `theme`)."""
        return theme_strings(self.view)

    @property
    def in_progress(self) -> bool:
        """Whether this language's translation is in progress (mkdocs.yml): only such a
        language shows texts in another language."""
        return self.lang in self.project.in_progress

    @cached_property
    def untranslated_theme_texts(self) -> dict[str, str]:
        """The theme's texts that this language shows in another, with their language."""
        return untranslated_theme_texts(self.view) if self.in_progress else {}

    @cached_property
    def theme_values(self) -> dict[str, Any]:
        """What overrides/main.html shows around every page, given to it as `explainer`: the
        countdown banner (as true at the build's instant, with the words countdown.js needs to
        correct it from the reader's clock), the feed's link, this language's folder, the
        theme's words (overrides/partials/language.html), the footer (copyright.html), the
        theme file and the palette stylesheet ours replaces."""
        view = self.view
        changes = self.content.registry["changes"]
        return {
            "theme_strings": self.theme_strings,
            "footer": footer(view),
            "countdown": {
                "banner": Markup(render_banner(view)),
                "cta": text_html(view, view.strings.cta),
                # The `url` filter makes it relative to each page.
                "guide": language_root(self.prefix) + self.content.registry["guide"].folder,
                "words": Markup(countdown_words_json(view)),
            },
            "feed": {
                "url": feed_addresses(self.site_url, self.prefix, changes, FEED_FILE)[1],
                "title": view.page("changes").title,
            },
            "language_root": language_root(self.prefix),
            "theme_script": self.theme_script,
            "theme_palette": self.theme_palette,
            "theme_main": self.theme_main,
            "browser_colours": self.browser_colours,
        }


class SiteBuild:
    """The state of a `mkdocs build` (or of one `mkdocs serve` rebuild), across languages."""

    def __init__(self) -> None:
        self.now: datetime | None = None
        self._current: LanguageBuild | None = None
        # How many languages' builds have ended since the default language's began.
        self._ended = 0
        # Our joined stylesheets and scripts by address (explainer/outputs/assets.py). Their
        # names change with their content: kept across the rebuilds of `mkdocs serve`.
        self.joined: dict[str, Bundle] = {}
        # `mkdocs serve` (on_startup): data problems show on the pages instead of stopping it.
        self.serving = False
        self.problems: list[Problem] = []
        # The content whose site was last checked (outputs/site_check.py), and the result.
        self._checked: tuple[Content, Content] | None = None

    def _site_checked(self, content: Content) -> Content:
        """The content once the site made of it is checked too: once per content."""
        if self._checked is None or self._checked[0] is not content:
            self._checked = (content, checked(content, self.now))
        return self._checked[1]

    @property
    def current(self) -> LanguageBuild:
        if self._current is None:
            raise PluginError("the explainer's hooks ran before on_config")
        return self._current

    # -- on_config ------------------------------------------------------------------------

    def start(self, config: MkDocsConfig) -> MkDocsConfig:
        """Begin a language's build: read the project and its content, take the clock (once
        per run), and set what MkDocs and the theme read from the configuration."""
        project = read_project_config(Path(config.config_file_path))
        lang = config.theme["language"]
        if self.now is None or lang == project.default_language:
            self.now = clock.now()
            self._ended = 0
        try:
            content = self._site_checked(project_content(project))
        except DataError as err:
            if self.serving:
                if err.problems != self.problems:
                    # Logged as an error it would stop the build, which must go on.
                    log.info("data/ has problems; the served pages list them:\n%s", err)
                self.problems = err.problems
                self._current = None
                return config
            if in_github_actions(os.environ):
                # Workflow commands are read from standard output.
                print("\n".join(annotations(err.problems)), flush=True)
            raise PluginError(str(err)) from None
        self.problems = []
        theme_script, theme_palette_file = self.join_assets(config, content)
        theme_main_files = self.mend_theme_main(config)
        build = self._current = LanguageBuild(project, config, content, lang, self.now,
                                              theme_script, theme_palette_file,
                                              self.join_page_assets(config, content),
                                              theme_main_files,
                                              self.colours_for_browser(config, theme_main_files))
        view = build.view
        # The theme prints these as they are, in tags and attributes: escaped plain text.
        config.site_name = safe_plain_text(view.site.name)
        config.site_description = safe_plain_text(view.site.description)
        # The navigation is the page registry's, in its order.
        config.nav = content.registry.nav()
        # The headings' link marks get their title in this language.
        config.mdx_configs.setdefault("toc", {})["permalink_title"] = \
            str(view.strings.link_to_section)
        # The colour-scheme switch is named in this language (Material reads mkdocs.yml's).
        config.theme["palette"] = named_palette(config.theme["palette"], build.theme_strings)
        return config

    # -- our stylesheets and scripts ---------------------------------------------------------

    def _join(self, config: MkDocsConfig, sources: list[str], stem: str, notice: str = "",
              before: dict[str, str] | None = None,
              generated: dict[str, str] | None = None) -> Bundle:
        try:
            joined = bundle(Path(config.docs_dir), sources, stem, notice=notice, before=before,
                            generated=generated)
        except (OSError, ValueError) as err:
            raise PluginError(f"mkdocs.yml: {err}") from None
        self.joined[joined.path] = joined
        return joined

    def _joined_already(self, entries: list[Any]) -> bool:
        return len(entries) == 1 and str(entries[0]) in self.joined

    def join_assets(self, config: MkDocsConfig, content: Content) -> tuple[str, str]:
        """`extra_css` becomes one stylesheet (after the theme's palette reduced to our colours,
        engine/theme_palette.py, and with each language's quotation marks for <q>),
        `extra_javascript` one deferred script after the theme's bundle, and the scripts that
        must run before the bundle (engine/theme_scripts.py) one more: each minified, named by
        a fingerprint of its content. The i18n plugin builds the other languages with the same
        configuration: then the lists already name the joined files and stay as they are.
        Returns the addresses of the theme file and of the theme's palette stylesheet that
        ours replaces ('' if the theme has none)."""
        palette = theme_palette(config.theme.dirs)
        if not self._joined_already(config.extra_css):
            quotes = {"typography.css": quotes_css(content.typography)}
            kept = reduce_palette(palette.read_text(encoding="utf-8"),
                                  palette_colours(config.theme["palette"])) if palette else ""
            reduced = {"palette.css": kept + follow_system(kept)} if palette else {}
            config.extra_css = [self._join(config, list(config.extra_css),
                                           "assets/stylesheets/site", before=reduced,
                                           generated=quotes).path]
        if not self._joined_already(config.extra_javascript) and config.extra_javascript:
            sources = [str(entry) for entry in config.extra_javascript]
            script = ExtraScriptValue(self._join(config, sources, "assets/javascripts/site").path)
            script.defer = True
            config.extra_javascript = [script]
        theme = self._join(config, theme_script_sources(config.theme, config.theme["features"]),
                           STEM, NOTICE)
        replaced = palette.relative_to(palette.parents[2]).as_posix() if palette else ""
        return theme.path, replaced

    def join_page_assets(self, config: MkDocsConfig,
                         content: Content) -> dict[str, dict[str, str]]:
        """Each page kind's own script and stylesheet (registry: `script:`, `style:`),
        minified and fingerprinted like the others, by kind; only that page loads them, the
        script deferred (overrides/main.html)."""
        assets: dict[str, dict[str, str]] = {}
        for entry in content.registry:
            for key, path, folder in (("script", entry.script, "javascripts"),
                                      ("style", entry.style, "stylesheets")):
                if path:
                    joined = self._join(config, [path], f"assets/{folder}/{entry.kind}")
                    assets.setdefault(entry.kind, {})[key] = joined.path
        return assets

    def mend_theme_main(self, config: MkDocsConfig) -> dict[str, str]:
        """The theme's main stylesheet with the selectors that restyle whole pages mended and
        the rules of theme features the site does not turn on left out (engine/theme_main.py),
        named by a fingerprint of its content: the theme's address and ours; {} if the theme
        has none."""
        main = theme_main(config.theme.dirs)
        if main is None:
            return {}
        settings = {"theme": {"features": config.theme["features"]},
                    "plugins": list(config.plugins), "extra": config.extra,
                    "repo_url": config.repo_url}
        text = mend_main(main.read_text(encoding="utf-8"), unused_classes(settings))
        theme = main.relative_to(main.parents[2]).as_posix()
        # Its source is the theme's file, then left unpublished (unpublish_sources): every page
        # links ours (overrides/main.html).
        mended = Bundle(fingerprinted(MAIN_STEM, text, "css"), text, (theme,))
        self.joined[mended.path] = mended
        return {"theme": theme, "ours": mended.path}

    def colours_for_browser(self, config: MkDocsConfig,
                            theme_main_files: dict[str, str]) -> dict[str, Any]:
        """What the browser's own parts show for the site's colour schemes (the theme's main
        stylesheet as mended, `mend_theme_main`, and its palette, reduced to the site's
        colours)."""
        main = self.joined.get(theme_main_files.get("ours", ""))
        css = main.text if main else ""
        palette = theme_palette(config.theme.dirs)
        if palette:
            css += reduce_palette(palette.read_text(encoding="utf-8"),
                                  palette_colours(config.theme["palette"]))
        return browser_colours(css, config.theme["palette"])

    def _published(self) -> list[Bundle]:
        config = self.current.config
        addresses = [*map(str, config.extra_css), *map(str, config.extra_javascript),
                     self.current.theme_script, self.current.theme_main.get("ours", ""),
                     *(path for paths in self.current.page_assets.values()
                       for path in paths.values())]
        return [self.joined[address] for address in addresses if address in self.joined]

    def unpublish_sources(self, files: Files) -> Files:
        """The joined sources are not published one by one."""
        if self._current is None:
            return files  # serving a site with data problems: nothing was joined
        sources = {source for joined in self._published() for source in joined.sources}
        for file in [file for file in files if file.src_uri in sources]:
            files.remove(file)
        return files

    def write_assets(self) -> None:
        """The joined files, at the root of the site (every language's build has it as its
        site_dir, and they are the same files)."""
        for joined in self._published():
            target = self.current.site_dir / joined.path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(joined.text, encoding="utf-8")

    # -- pages ----------------------------------------------------------------------------

    def fill_page(self, markdown: str, page: Page) -> str:
        """The Markdown of a stub (front matter `explainer: <kind>`), and its titles and
        "edit" button."""
        kind = page.meta.get("explainer")
        if kind is None:
            return markdown
        if self._current is None and self.problems:
            return render_problems_page(self.problems)
        build = self.current
        if kind not in build.content.registry:
            raise PluginError(f"{page.file.src_uri}: unknown page kind {kind!r}")
        view = build.view
        texts = view.page(kind)
        # The short label names the page in the navigation; the full title heads the page and,
        # with the site's name, the browser tab (`tab`, in one language, overrides/main.html).
        # Escaped here: the theme prints them as they are (Markup keeps its own `|e` from
        # escaping twice).
        page.meta.update(title=escape(texts.plain["nav"]), tab=tab_title(view, texts.title),
                         description=escape(texts.plain["description"]),
                         script=build.page_assets.get(kind, {}).get("script", ""),
                         style=build.page_assets.get(kind, {}).get("style", ""))
        # Not config.repo_url: with it, Material would ask GitHub's API for the repository's
        # stars.
        if build.project.edit_uri:
            page.edit_url = edit_url(view.site.repository, build.project.edit_uri,
                                     texts.entry.data_file)
        try:
            return render_page(kind, view, build.project.prefixes)
        except TemplateError as err:
            raise PluginError(f"{page.file.src_uri} ({build.lang}): {err}") from None

    def guard_page(self, html: str, page: Page) -> str:
        """Stop the build when a page would publish a script, a style, an event handler or a
        link that is neither https:// nor to this site."""
        problems = html_problems(html)
        if problems:
            lang = self._current.lang if self._current else "?"
            raise PluginError(f"{page.file.src_uri} ({lang}): the page would "
                              f"publish {'; '.join(problems)}. Nothing was published: look for "
                              "the text that produced it in data/.")
        return html

    def compact_page(self, output: str) -> str:
        """The page without the indentation of the theme's templates."""
        return strip_indentation(output)

    def page_context(self, context: dict[str, Any], page: Page) -> dict[str, Any]:
        """Hand the theme its values, and the page its link preview, share links and card."""
        if self._current is None and self.problems:
            return context
        build = self.current
        context["explainer"] = build.theme_values
        # The i18n plugin (priority 50, before this) has set the language switcher for the page,
        # as an attribute, which the theme reads before the item (UPGRADING.md).
        alternates = getattr(build.config.extra, "alternate", None)
        if alternates:
            build.config.extra.alternate = language_switcher(build.view, alternates,
                                                             build.content.progress)
        kind = page.meta.get("explainer")
        if kind is None:
            return context
        view = build.view
        entry = build.content.registry[kind]
        addresses = page_addresses(entry, build.site_url, build.project.prefixes)
        # A page without a card of its own (registry: card: false) shows the home page's.
        card_file = card_path(kind if entry.card else "home", build.lang)
        if entry.card:
            card = cached_card(card_for(kind, view, urlsplit(build.site_url).netloc),
                               build.project.root / ".cache" / "social")
            target = build.site_dir / card_file
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(card, target)
        page.meta["social"] = link_preview(kind, view, addresses,
                                           absolute(build.site_url, card_file))
        page.meta["share"] = share_block(kind, view, addresses[build.lang])
        return context

    def finish_page(self, output: str) -> str:
        """A finished page (or "not found" page) with the theme's invalid markup fixed, and, in
        a language in progress, the theme's texts not translated yet marked with their
        language (outputs/language_marks.py). A complete language's pages are left as they
        are."""
        try:
            output = valid_toggles(output)
        except ThemeMarkupChanged as err:
            raise PluginError(str(err)) from None
        build = self._current
        if build is not None and build.in_progress:
            output = mark_theme_texts(output, build.untranslated_theme_texts)
        return output

    # -- the "not found" page ---------------------------------------------------------------

    def not_found_context(self, context: dict[str, Any], template_name: str,
                          config: MkDocsConfig) -> dict[str, Any]:
        """The words of the "not found" page, in this language first then in every other, and
        its language switcher pointed at each language's home."""
        if template_name != NOT_FOUND:
            return context
        if self._current is None and self.problems:
            context["not_found"] = [{"lang": config.theme["language"], "title": "Not found",
                                     "tab": {"page": "Not found", "site": escape(
                                         config.site_name or ""), "lang": ""},
                                     "text": "data/ has problems: every page lists them.",
                                     "links": []}]
            return context
        build = self.current
        context["explainer"] = build.theme_values
        prefixes = build.project.prefixes
        entries = []
        for other in sorted(prefixes, key=lambda code: code != build.lang):
            view = build.content.view(other, build.now)
            # Each entry in its language (its section's `lang`); a text it shows untranslated
            # keeps its own, as HTML (text_html); the tab's title says its language.
            entries.append({
                "lang": other,
                "title": text_html(view, view.strings.not_found_title),
                "tab": tab_title(view, view.strings.not_found_title),
                "text": text_html(view, view.strings.not_found_text),
                "links": [{"href": from_root(build.site_url,
                                             page_path(view.registry[kind], prefixes[other])),
                           "label": text_html(view, view.page(kind).plain["title"])}
                          for kind in NOT_FOUND_LINKS],
            })
        context["not_found"] = entries
        # The language switcher may still point to the last page built. The i18n plugin sets
        # it as an attribute, which the theme reads before the item (UPGRADING.md).
        config.extra.alternate = language_switcher(build.view, [
            {"name": language.name, "lang": language.code,
             "link": from_root(build.site_url,
                               page_path(build.content.registry["home"], language.prefix))}
            for language in build.project.languages
        ], build.content.progress)
        return context

    def place_not_found(self, output: str, template_name: str) -> str:
        """The "not found" page with valid markup. A non-default language's goes into its own
        folder; /404.html stays the default language's (every build writes /404.html, the
        default language's first)."""
        if template_name != NOT_FOUND:
            return output
        output = self.finish_page(output)
        if self._current is None and self.problems:
            return output
        build = self.current
        if not build.prefix:
            return output
        folder = build.site_dir / build.prefix
        folder.mkdir(parents=True, exist_ok=True)
        (folder / NOT_FOUND).write_text(output, encoding="utf-8")
        root = build.site_dir / NOT_FOUND
        return root.read_text(encoding="utf-8") if root.exists() else output

    # -- after the pages ----------------------------------------------------------------------

    def write_language_files(self) -> None:
        """This language's Atom feed; our joined stylesheets and scripts; the short addresses,
        _redirects and robots.txt; the handout."""
        if self._current is None and self.problems:
            return
        build = self.current
        page_url, feed_url = feed_addresses(build.site_url, build.prefix,
                                            build.content.registry["changes"], FEED_FILE)
        target = build.site_dir / build.prefix / FEED_FILE
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(atom_feed(build.view, page_url=page_url, feed_url=feed_url))
        self.write_assets()
        write_site_files(build.site_dir, build.content, build.now, build.site_url,
                         build.project.prefixes)
        self.write_handout()

    def write_handout(self) -> None:
        """This language's one-page handout (PDF) at the root of its pages, its QR code
        pointing to its guide; drawn again only when what it shows changes (.cache/handout/)."""
        build = self.current
        view = build.view
        registry = build.content.registry
        handout = handout_for(
            view, absolute(build.site_url, page_path(registry["guide"], build.prefix)),
            absolute(build.site_url, page_path(registry["act"], build.prefix)))
        pdf = cached_handout(handout, creation_instant(view),
                             build.project.root / ".cache" / "handout")
        target = build.site_dir / build.prefix / handout_file(view)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(pdf, target)

    def split_search(self) -> None:
        """Split the search index that the i18n plugin merged, one per language."""
        if self._current is None and self.problems:
            return
        build = self.current
        split_search_index(build.site_dir, build.project.prefixes)

    def end_language(self) -> bool:
        """Count a language's build as ended; True when it is the last one, the default
        language's, which the i18n plugin ends after building every other inside it: the
        whole site is then written."""
        self._ended += 1
        if self._current is None and self.problems:
            return False
        return self._ended >= len(self.current.project.languages)

    def typeset(self) -> None:
        """Space the punctuation of every page and search index of the finished site, each in
        its language (data/site.yml `typography`)."""
        build = self.current
        typeset_site(build.site_dir, build.content.typography)

    def write_headers(self) -> None:
        """site/_headers (Netlify, Cloudflare Pages) for the finished site: the security headers
        for every path, then the lifetime of every page and fingerprinted file in it."""
        if self._current is None and self.problems:
            return
        build = self.current
        try:
            cache = cache_policy(build.project.cache_control)
        except ValueError as err:
            raise PluginError(f"mkdocs.yml: {err}") from None
        headers = normalise(build.project.security_headers)
        text = netlify_headers(headers, cache, published_files(build.site_dir))
        (build.site_dir / "_headers").write_text(text, encoding="utf-8")
