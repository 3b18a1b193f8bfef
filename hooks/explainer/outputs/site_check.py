"""What only shows once the site is made of the data: `explainer check` (and the build, once per
content) renders it all first.

Every page in every language, the banner, the feed, the link previews and share blocks, the
cards' layout: a link to a page or an anchor that does not exist, a card title too long for its
image, or anything that would stop the build, is reported at the line of the data file it comes
from (or, for what the checks do not know yet, at the page's data file, never as a traceback).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from markdown.extensions.toc import slugify

from ..model import clock
from ..model.content import Content, View
from ..model.typography import typeset_text
from ..read.load import YamlPath
from ..read.placeholders import fill
from ..read.problems import DataError, Problem
from ..read.text_policy import plain_text
from ..read.translations import texts
from ..render.countdown import render_banner
from ..render.pages import FEED_FILE, render_page
from .cards import Card, overflowing
from .feed import atom_feed
from .previews import link_preview, share_block

# Anchors a page's Markdown gives its elements: `{ #id }` after a heading, id="..." in HTML.
_ATTR_ID = re.compile(r"\{[^}\n]*#([\w-]+)[^}\n]*\}")
_HTML_ID = re.compile(r"\bid=\"([^\"]+)\"")
_HEADING = re.compile(r"^(#{1,6}) (.+?)\s*$", re.M)
_EXAMPLE_HOST = "https://example.org/"


@dataclass(frozen=True)
class RenderedSite:
    """The Markdown of every page in every language, and the anchors found in each."""

    pages: dict[tuple[str, str], str]
    # Each page's anchors once found: every link to the page asks for them.
    _anchors: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict, compare=False,
                                                             repr=False)

    def anchors(self, kind: str, lang: str) -> frozenset[str]:
        if (kind, lang) not in self._anchors:
            markdown = self.pages.get((kind, lang), "")
            found = set(_ATTR_ID.findall(markdown)) | set(_HTML_ID.findall(markdown))
            for _, title in _HEADING.findall(markdown):
                if "{" not in title:
                    found.add(slugify(plain_text(title), "-"))
            self._anchors[(kind, lang)] = frozenset(found)
        return self._anchors[(kind, lang)]


def _guarded(file: str, what: str, problems: list[Problem], make: Callable[[], Any]) -> Any:
    try:
        return make()
    except Exception as err:  # noqa: BLE001 - anything the build would die of, as a problem
        problems.append(Problem(
            f"data/{file}.yml", 1, 1, "", f"{what} cannot be built: {type(err).__name__}: {err}",
            "make check does not know this mistake yet: look at your last change in data/, "
            "and tell the maintainers this message"))
        return None


def render_site(content: Content, now: datetime, problems: list[Problem]) -> RenderedSite:
    """Render everything the build renders from the data, collecting what fails."""
    pages: dict[tuple[str, str], str] = {}
    addresses = {lang: f"{_EXAMPLE_HOST}{lang}/" for lang in content.languages}
    for lang in content.languages:
        view = content.view(lang, now)
        for entry in content.registry:
            kind, file = entry.kind, entry.data_file
            what = f"the {kind} page ({lang})"
            markdown = _guarded(file, what, problems,
                                lambda kind=kind, view=view: render_page(kind, view))
            if markdown is not None:
                pages[(kind, lang)] = markdown
            _guarded(file, f"the link preview of {what}", problems,
                     lambda kind=kind, view=view: link_preview(
                         kind, view, addresses, f"{_EXAMPLE_HOST}card.png"))
            _guarded(file, f"the share block of {what}", problems,
                     lambda kind=kind, view=view, lang=lang: share_block(kind, view,
                                                                         addresses[lang]))
        _guarded("site", f"the countdown banner ({lang})", problems,
                 lambda view=view: render_banner(view))
        _guarded("changelog", f"the feed ({lang})", problems,
                 lambda view=view, lang=lang: atom_feed(
                     view, page_url=addresses[lang], feed_url=addresses[lang] + FEED_FILE))
    return RenderedSite(pages)


def _close(word: str, candidates: Iterable[str], cutoff: float = 0.6) -> str:
    found = difflib.get_close_matches(word, sorted(candidates), n=1, cutoff=cutoff)
    return f'did you mean "{found[0]}"? ' if found else ""


class _LinkCheck:
    def __init__(self, content: Content, site: RenderedSite) -> None:
        self.content = content
        self.site = site
        self.files = {entry.file: entry for entry in content.registry}
        self.listing = ", ".join(entry.file for entry in content.registry)

    def _page_file_for(self, path: str) -> str | None:
        """The page file that an address such as 'guide/', '/guide/' or 'guide.html' meant."""
        name = path.strip("/").removeprefix("./").removeprefix("../").removesuffix("/")
        name = name.removesuffix(".html").removesuffix("/index")
        name = "index" if name in ("", "index") else name
        return f"{name}.md" if f"{name}.md" in self.files else None

    def problem(self, href: str, lang: str, own_pages: Sequence[str]) -> tuple[str, str] | None:
        """(message, hint) when a link to the site would not lead where it says."""
        parts = urlsplit(href)
        if parts.scheme or parts.netloc:
            return None  # links to other sites are checked with the text (https:// only)
        if parts.query:
            return (f'the link "{href}" has a "?…" part, which pages of this site do not read',
                    "remove it")
        if parts.path and parts.path not in self.files:
            meant = self._page_file_for(parts.path)
            if meant:
                fragment = f"#{parts.fragment}" if parts.fragment else ""
                return (f'the link "{href}" is not how a text links to a page of this site',
                        f"write {meant}{fragment}: links to pages use their file names, "
                        "which the build turns into addresses")
            stems = {file.removesuffix(".md"): file for file in self.files}
            close = difflib.get_close_matches(parts.path.removesuffix(".md"), stems, n=1,
                                              cutoff=0.7)
            return (f'the link "{href}" leads to no page of this site',
                    (f'did you mean "{stems[close[0]]}"? ' if close else "") +
                    f"the pages are {self.listing}")
        if not parts.fragment:
            return None
        targets = [self.files[parts.path].kind] if parts.path else list(own_pages)
        for kind in targets:
            anchors = self.site.anchors(kind, lang)
            if parts.fragment not in anchors:
                entry = self.content.registry[kind]
                page = "this page" if not parts.path else parts.path
                return (f'{page} has no anchor "#{parts.fragment}"',
                        _close(parts.fragment, anchors) +
                        f"anchors are the ids of {entry.file}'s sections, steps and questions "
                        f"(data/{entry.data_file}.yml)")
        return None


def _own_pages(content: Content, file: str, href: str, lang: str,
               site: RenderedSite) -> list[str]:
    """The pages on which a text of `file` with a same-page link `href` stands."""
    candidates = [e.kind for e in content.registry.made_from([file])] or \
        [e.kind for e in content.registry]
    written = (f"]({href})", f'href="{href}"')
    found = [kind for kind in candidates
             if any(w in site.pages.get((kind, lang), "") for w in written)]
    return found or candidates


def link_problems(content: Content, site: RenderedSite) -> list[Problem]:
    check = _LinkCheck(content, site)
    checker = content.checker
    problems: list[Problem] = []
    if checker is None:
        return problems
    for name, doc in content.documents.items():
        file = f"{name}.yml"
        for path, _, text in texts(doc.data, content.languages):
            for lang, value in text.items():
                if lang not in content.languages or not isinstance(value, str):
                    continue
                for href in checker.links(value):
                    own = _own_pages(content, file, href, lang, site) \
                        if href.startswith("#") else []
                    found = check.problem(href, lang, own)
                    if found:
                        problems.append(doc.problem((*path, lang), *found))
    return problems


def short_address_problems(content: Content, site: RenderedSite) -> list[Problem]:
    share = content.documents.get("share")
    if share is None:
        return []
    problems = []
    for index, redirect in enumerate(share.data.get("redirects", [])):
        anchor, kind, lang = redirect.get("anchor"), redirect.get("page"), redirect.get("lang")
        if anchor is None or (kind, lang) not in site.pages:
            continue
        anchors = site.anchors(kind, lang)
        if anchor not in anchors:
            problems.append(share.problem(
                ("redirects", index, "anchor"), f"the page {content.registry[kind].file} has "
                f'no anchor "#{anchor}"', _close(anchor, anchors) + "the short address would "
                "lead to the top of the page"))
    return problems


_CARD_PARTS = {
    "title": "this page title is too long for the link-preview image (four lines at the "
             "smallest size)",
    "date_line": "this line is too long for the link-preview image",
    "site_name": "the site's name is too long for the link-preview image",
}


def _date_lines(view: View) -> list[tuple[YamlPath, str]]:
    """Both forms of the cards' date line (before and after the key date), filled in."""
    line = view.data("share").card.date_line
    forms = [(("before",), line.before), (("after",), line.after)] \
        if "before" in line and "after" in line else [((), line)]
    return [(form, fill(str(text), date=view.key_date)) for form, text in forms]


def card_problems(content: Content, now: datetime) -> list[Problem]:
    problems = []
    docs = content.documents
    for lang in content.languages:
        view = content.view(lang, now)
        rule = view.typography_rule
        for form, words in _date_lines(view):
            for entry in content.registry:
                if not entry.card:
                    continue
                card = Card(typeset_text(view.site.name, rule),
                            typeset_text(view.page(entry.kind).plain["title"], rule),
                            typeset_text(words, rule), "")
                places = {
                    "title": ("ui", ("pages", entry.kind, "title", lang)),
                    "date_line": ("share", ("card", "date_line", *form, lang)),
                    "site_name": ("site", ("name", lang)),
                }
                for part in overflowing(card):
                    name, path = places[part]
                    if name in docs:
                        problems.append(docs[name].problem(path, _CARD_PARTS[part],
                                                           "shorten it"))
    return problems


def check_site(content: Content, now: datetime | None = None) -> list[Problem]:
    """Everything found by making the site from the content."""
    now = now or clock.now()
    problems: list[Problem] = []
    site = render_site(content, now, problems)
    problems += link_problems(content, site)
    problems += short_address_problems(content, site)
    problems += _guarded("ui", "the link-preview images", problems,
                         lambda: card_problems(content, now)) or []
    return sorted(set(problems))


def checked(content: Content, now: datetime | None = None) -> Content:
    """The content once the site made of it has been checked too: raises DataError with every
    problem (and warning), or returns the content with its warnings."""
    found = check_site(content, now)
    every = sorted({*content.warnings, *found})
    if any(not problem.warning for problem in found):
        raise DataError(every)
    return replace(content, warnings=tuple(every))
