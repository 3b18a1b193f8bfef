"""Render one page of the explainer, for one language, as Markdown.

Pages link to each other and to the sources page with relative `.md` links, which any
Markdown site engine resolves.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Mapping, Sequence

from babel import Locale

from ..model.content import View
from ..read.problems import Problem
from ..read.source_kinds import PRIMARY
from .countdown import countdown_state
from .environment import render
from .interface import publisher_html

# The Atom feed of the changelog, at the root of each language's folder.
FEED_FILE = "changes.atom"


def default_prefixes(languages: Sequence[str]) -> dict[str, str]:
    """Each language's folder below the site root as the i18n plugin places it by default:
    the first language at the root, each other one in a folder named by its code."""
    return {lang: "" if index == 0 else lang for index, lang in enumerate(languages)}


def page_in(view: View, here: str, prefixes: Mapping[str, str]) -> Callable[..., str]:
    """`page_in(kind, lang, anchor)`: the address of a page in any language, relative to the
    page `here` in the view's language ('../en/act/#hong-kong'). For raw HTML links only:
    Markdown links between pages are `.md` links, which MkDocs checks and resolves within one
    language."""

    def folder(kind: str, lang: str) -> str:
        prefix, name = prefixes[lang], view.registry[kind].folder
        return posixpath.join(prefix, name) if prefix else name

    start = folder(here, view.lang).rstrip("/") or "."

    def address(kind: str, lang: str, anchor: str = "") -> str:
        target = posixpath.relpath(folder(kind, lang).rstrip("/") or ".", start)
        path = "./" if target == "." else f"{target}/"
        return path + (f"#{anchor}" if anchor else "")

    return address


def render_page(kind: str, view: View, prefixes: Mapping[str, str] | None = None) -> str:
    """The Markdown of one page kind in the view's language.

    Every template gets the page it renders (`page`: title, nav, description and `page.data`,
    the data file it is made from), every page (`pages`, in navigation order) and the shared
    content: `site`, `strings`, `sources`, `countdown`, `publisher` (who publishes the site,
    as HTML), `view` (the rest of the model), and `page_in` (see there). `prefixes` are the
    languages' folders below the site root (mkdocs.yml), by default the i18n plugin's.
    """
    page = view.page(kind)
    untranslated: list[str] = []
    markdown = render(
        f"pages/{page.entry.template}",
        untranslated=untranslated,
        view=view,
        lang=view.lang,
        page=page,
        pages=view.pages,
        data=page.data,
        site=view.site,
        strings=view.strings,
        sources=view.sources,
        source_kinds=view.source_kinds,
        primary_kinds=PRIMARY,
        interface_languages=view.interface_languages,
        countdown=countdown_state(view),
        feed_file=FEED_FILE,
        publisher=publisher_html(view),
        page_in=page_in(view, kind, prefixes or default_prefixes(view.languages)),
    )
    if untranslated:
        markdown = _with_notice(markdown, view, untranslated[0])
    return markdown


def _with_notice(markdown: str, view: View, shown_in: str) -> str:
    """The notice that a page is not fully translated yet, right under its title. Not yet
    translated itself, it keeps its language, and names the other in it."""
    locale = view.of(view.strings.translation_notice).locale
    notice = render("translation_notice.md.j2", strings=view.strings, lang=view.lang,
                    language=Locale.parse(locale).languages.get(shown_in, shown_in)).strip()
    head, _, rest = markdown.partition("\n")
    if head.startswith("# "):
        return f"{head}\n\n{notice}\n{rest}"
    return f"{notice}\n\n{markdown}"


def render_problems_page(problems: Sequence[Problem]) -> str:
    """The Markdown that `mkdocs serve` shows instead of every page while data/ has problems:
    the lines of `make check`, each with its hint."""
    count = sum(1 for problem in problems if not problem.warning)
    return render("problems.md.j2", problems=problems, count=count)
