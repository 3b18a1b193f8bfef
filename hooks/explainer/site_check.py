"""What only shows once the site is made of the data: `explainer check` renders it all first.

Every page in every language, the banner, the feed, the link previews and share blocks, the
cards' layout: a link to a page or an anchor that does not exist, a card title too long for its
image, or anything that would stop the build, is reported at the line of the data file it comes
from (or, for what the checks do not know yet, at the page's data file, never as a traceback).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from markdown.extensions.toc import slugify

from .addresses import fill, key_date, timed
from .cards import Card, overflowing
from .content import Content
from .data_files import DATA_FILES, PAGE_DATA, pages_of
from .feed import atom_feed
from .load import Document, YamlPath
from .markup import MarkupChecker, plain_text
from .problems import Problem
from .render import FEED_FILE, PAGES, page_meta, render_banner, render_page
from .social import link_preview, share_block
from .translations import texts

# Anchors a page's Markdown gives its elements: `{ #id }` after a heading, id="..." in HTML.
_ATTR_ID = re.compile(r"\{[^}\n]*#([\w-]+)[^}\n]*\}")
_HTML_ID = re.compile(r"\bid=\"([^\"]+)\"")
_HEADING = re.compile(r"^(#{1,6}) (.+?)\s*$", re.M)
PAGE_FILES = {file: kind for kind, file in PAGES.items()}
_EXAMPLE_HOST = "https://example.org/"


@dataclass(frozen=True)
class RenderedSite:
    """The Markdown of every page in every language, and the anchors found in each."""

    pages: dict[tuple[str, str], str]

    def anchors(self, kind: str, lang: str) -> set[str]:
        markdown = self.pages.get((kind, lang), "")
        found = set(_ATTR_ID.findall(markdown)) | set(_HTML_ID.findall(markdown))
        for _, title in _HEADING.findall(markdown):
            if "{" not in title:
                found.add(slugify(plain_text(title), "-"))
        return found


def _page_problem(kind: str, what: str, err: Exception) -> Problem:
    file = f"data/{PAGE_DATA.get(kind, 'site.yml')}"
    return Problem(file, 1, 1, "", f"{what} cannot be built: {type(err).__name__}: {err}",
                   "make check does not know this mistake yet: look at your last change in "
                   "data/, and tell the maintainers this message")


def _guarded(kind: str, what: str, problems: list[Problem],
             make: Callable[[], Any]) -> Any:
    try:
        return make()
    except Exception as err:  # noqa: BLE001 - anything the build would die of, as a problem
        problems.append(_page_problem(kind, what, err))
        return None


def render_site(content: Content, problems: list[Problem]) -> RenderedSite:
    """Render everything the build renders from the data, collecting what fails."""
    pages: dict[tuple[str, str], str] = {}
    addresses = {lang: f"{_EXAMPLE_HOST}{lang}/" for lang in content.languages}
    for lang in content.languages:
        for kind in PAGES:
            what = f"the {kind} page ({lang})"
            markdown = _guarded(kind, what, problems,
                                lambda kind=kind, lang=lang: render_page(kind, content, lang))
            if markdown is not None:
                pages[(kind, lang)] = markdown
            _guarded(kind, f"the link preview of {what}", problems,
                     lambda kind=kind, lang=lang: link_preview(
                         kind, content, lang, addresses, f"{_EXAMPLE_HOST}card.png"))
            _guarded(kind, f"the share block of {what}", problems,
                     lambda kind=kind, lang=lang: share_block(kind, content, lang,
                                                              addresses[lang]))
        _guarded("home", f"the countdown banner ({lang})", problems,
                 lambda lang=lang: render_banner(content, lang))
        _guarded("changes", f"the feed ({lang})", problems,
                 lambda lang=lang: atom_feed(content, lang, page_url=addresses[lang],
                                             feed_url=addresses[lang] + FEED_FILE))
    return RenderedSite(pages)


def _close(word: str, candidates: Iterable[str]) -> str:
    found = difflib.get_close_matches(word, sorted(candidates), n=1)
    return f'did you mean "{found[0]}"? ' if found else ""


def _page_file_for(path: str) -> str | None:
    """The page file that an address such as 'guide/', '/guide/' or 'guide.html' meant."""
    name = path.strip("/").removeprefix("./").removeprefix("../").removesuffix("/")
    name = name.removesuffix(".html").removesuffix("/index")
    name = "index" if name in ("", "index") else name
    return f"{name}.md" if f"{name}.md" in PAGE_FILES else None


@dataclass
class _LinkCheck:
    site: RenderedSite
    pages: str  # the page files, for hints

    def problem(self, href: str, lang: str, own_pages: Sequence[str]) -> tuple[str, str] | None:
        """(message, hint) when a link to the site would not lead where it says."""
        parts = urlsplit(href)
        if parts.scheme or parts.netloc:
            return None  # links to other sites are checked with the text (https:// only)
        if parts.query:
            return (f'the link "{href}" has a "?…" part, which pages of this site do not read',
                    "remove it")
        if parts.path and parts.path not in PAGE_FILES:
            meant = _page_file_for(parts.path)
            if meant:
                fragment = f"#{parts.fragment}" if parts.fragment else ""
                return (f'the link "{href}" is not how a text links to a page of this site',
                        f"write {meant}{fragment}: links to pages use their file names, "
                        "which the build turns into addresses")
            stems = {file.removesuffix(".md"): file for file in PAGE_FILES}
            close = difflib.get_close_matches(parts.path.removesuffix(".md"), stems, n=1,
                                              cutoff=0.7)
            return (f'the link "{href}" leads to no page of this site',
                    (f'did you mean "{stems[close[0]]}"? ' if close else "") +
                    f"the pages are {self.pages}")
        if not parts.fragment:
            return None
        targets = [PAGE_FILES[parts.path]] if parts.path else list(own_pages)
        for kind in targets:
            anchors = self.site.anchors(kind, lang)
            if parts.fragment not in anchors:
                page = "this page" if not parts.path else parts.path
                return (f'{page} has no anchor "#{parts.fragment}"',
                        _close(parts.fragment, anchors) +
                        f"anchors are the ids of {PAGES[kind]}'s sections, steps and questions "
                        f"(data/{PAGE_DATA[kind]})")
        return None


def _own_pages(file: str, href: str, lang: str, site: RenderedSite) -> list[str]:
    """The pages on which a text of `file` with a same-page link `href` stands."""
    candidates = pages_of(file) or list(PAGES)
    written = (f"]({href})", f'href="{href}"')
    found = [kind for kind in candidates
             if any(w in site.pages.get((kind, lang), "") for w in written)]
    return found or candidates


def link_problems(docs: Mapping[str, Document], languages: Sequence[str],
                  checker: MarkupChecker, site: RenderedSite) -> list[Problem]:
    check = _LinkCheck(site, ", ".join(PAGES.values()))
    problems = []
    for name, doc in docs.items():
        file = f"{name}.yml"
        for path, _, text in texts(doc.data, languages):
            for lang, value in text.items():
                if lang not in languages or not isinstance(value, str):
                    continue
                for href in checker.links(value):
                    own = _own_pages(file, href, lang, site) if href.startswith("#") else []
                    found = check.problem(href, lang, own)
                    if found:
                        problems.append(doc.problem((*path, lang), *found))
    return problems


def short_address_problems(share: Document, site: RenderedSite) -> list[Problem]:
    problems = []
    for index, redirect in enumerate(share.data.get("redirects", [])):
        anchor, kind, lang = redirect.get("anchor"), redirect.get("page"), redirect.get("lang")
        if anchor is None or (kind, lang) not in site.pages:
            continue
        anchors = site.anchors(kind, lang)
        if anchor not in anchors:
            problems.append(share.problem(
                ("redirects", index, "anchor"), f'the page {PAGES[kind]} has no anchor '
                f'"#{anchor}"', _close(anchor, anchors) + "the short address would lead to the "
                "top of the page"))
    return problems


def _card_places(content: Content, kind: str, lang: str,
                 started: bool) -> dict[str, tuple[str, YamlPath]]:
    line = content.share["card"]["date_line"]
    form: YamlPath = (("after",) if started else ("before",)) if "before" in line else ()
    return {
        "title": ("ui", ("pages", kind, "title", lang)),
        "date_line": ("share", ("card", "date_line", *form, lang)),
        "site_name": ("site", ("name", lang)),
    }


_CARD_PARTS = {
    "title": "this page title is too long for the link-preview image (four lines at the "
             "smallest size)",
    "date_line": "this line is too long for the link-preview image",
    "site_name": "the site's name is too long for the link-preview image",
}


def card_problems(content: Content, docs: Mapping[str, Document]) -> list[Problem]:
    """Each card's words, in both forms of the date line (before and after the key date)."""
    problems = []
    for lang in content.languages:
        for started in (False, True):
            words = fill(timed(content.share["card"]["date_line"], started)[lang],
                         date=key_date(content, lang))
            for kind in PAGES:
                card = Card(content.site["name"][lang], page_meta(kind, content, lang)["title"],
                            words, "")
                for part in overflowing(card):
                    name, path = _card_places(content, kind, lang, started)[part]
                    problems.append(docs[name].problem(path, _CARD_PARTS[part],
                                                       "shorten it"))
    return problems


def check_site(content: Content, docs: Mapping[str, Document],
               checker: MarkupChecker) -> list[Problem]:
    """Everything `explainer check` finds by making the site; `docs` holds every data file."""
    problems: list[Problem] = []
    site = render_site(content, problems)
    if set(docs) >= set(DATA_FILES):
        problems += link_problems(docs, content.languages, checker, site)
        problems += short_address_problems(docs["share"], site)
        problems += _guarded("home", "the link-preview images", problems,
                             lambda: card_problems(content, docs)) or []
    return sorted(set(problems))
