"""The language of the texts that the theme prints around a page, on the pages of a language
whose translation is in progress.

Such a page shows the default language's text where a text is not translated yet. The page's
own texts carry their `lang` from the templates (render/environment.py); the theme prints the
rest as plain text: each page's navigation label (the menu, the header, the drawer, the footer's
previous and next links), the site's name, the theme's words, the table of contents. Here each
of these that is shown in another language is put in an element with that `lang`, as the page's
own texts are, so that a screen reader pronounces it in its language; an entry of the table of
contents whose heading mixes languages (a date in the page's, a title not translated yet) gets
the marks of its heading, on the parts in another language only.

Only text changes. The theme prints the same titles inside attributes too (`aria-label="Page
suivante : Données"`, `title="..."`): an attribute cannot hold an element, so it stays as it is
and is read in the page's language. `<title>` is not touched here: its template gives it its
language (render/interface.py: `tab_title`).

The page is read, not rebuilt: the parser only finds where each text starts and ends, and only
the texts marked are written again.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from html.parser import HTMLParser

from ..render.environment import in_language

# Elements whose text is left as it is: scripts and styles are not words; <title> and
# <textarea> cannot hold an element (<title>'s template gives it its language).
_SKIPPED = frozenset({"script", "style", "title", "textarea"})
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "source", "track", "wbr"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# What HTML counts as white space (not the no-break spaces, which are part of a text).
_SPACE = " \t\n\r\f"


def _words(text: str) -> str:
    """A text as compared: its runs of white space as one space, none around it."""
    return " ".join(text.split())


@dataclass
class _Element:
    name: str
    lang: str | None
    href: str | None
    id: str | None


@dataclass
class _Text:
    start: int
    end: int
    words: str
    target: str | None      # the heading of the page it links to (`#id`), if any


@dataclass
class _Heading:
    """A heading of the page with an id, which a table of contents links to."""

    id: str
    # Each piece of its text, with the language of the element in the heading that holds it
    # (None: the heading's own).
    pieces: list[tuple[str, str | None]] = field(default_factory=list)

    def languages(self, page_lang: str | None) -> tuple[str, list[tuple[str, str | None]]]:
        """Its words, and its pieces as runs of one language each: its text in order, each
        with its language when that is not the page's (None where it is)."""
        runs: list[tuple[str, str | None]] = []
        for text, lang in self.pieces:
            lang = None if lang == page_lang else lang
            if runs and (runs[-1][1] == lang or not text.strip()):
                runs[-1] = (runs[-1][0] + text, runs[-1][1])
            else:
                runs.append((text, lang))
        return _words("".join(text for text, _ in self.pieces)), runs


class _Reader(HTMLParser):
    """Where each text of the theme's is, and which headings are written in another language."""

    def __init__(self, page: str) -> None:
        super().__init__(convert_charrefs=True)
        self._line_starts = [0, *(match.end() for match in re.finditer("\n", page))]
        self._open: list[_Element] = []
        # The text being read: where it starts, and its pieces (a text may come in several).
        self._text: tuple[int, list[str]] | None = None
        self._heading: _Heading | None = None
        self.page_lang: str | None = None
        self.texts: list[_Text] = []
        self.headings: dict[str, _Heading] = {}

    def _offset(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    def _end_text(self) -> None:
        """The text read so far ends where the next tag, comment or the page's end starts."""
        if self._text is None:
            return
        start, pieces = self._text
        self._text = None
        text = "".join(pieces)
        names = {element.name for element in self._open}
        if names & _SKIPPED or not text.strip(_SPACE):
            return
        if self._heading is not None:
            # The heading's own link mark (¶, a link to itself) is not part of its words.
            permalink = any(element.href == f"#{self._heading.id}" for element in self._open)
            if not permalink:
                self._heading.pieces.append((text, self._language_in_heading()))
            return
        # The page's own content is the templates': they mark what they print, and a text of
        # theirs may read like one of the theme's and still be translated.
        if "article" in names:
            return
        # Already in an element with a language of its own (below <html>).
        if any(element.lang is not None for element in self._open[1:]):
            return
        link = next((element.href for element in reversed(self._open) if element.name == "a"),
                    None)
        target = link[1:] if link and link.startswith("#") else None
        self.texts.append(_Text(start, self._offset(), _words(text), target))

    def _language_in_heading(self) -> str | None:
        """The `lang` of the innermost element, within the heading being read, that has one."""
        inner = []
        for element in reversed(self._open):
            if element.name in _HEADINGS:
                break
            inner.append(element)
        return next((element.lang for element in inner if element.lang is not None), None)

    def handle_data(self, data: str) -> None:
        if self._text is None:
            self._text = (self._offset(), [])
        self._text[1].append(data)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._end_text()
        values = dict(attrs)
        element = _Element(tag, values.get("lang"), values.get("href"), values.get("id"))
        if tag == "html":
            self.page_lang = element.lang
        if tag in _HEADINGS and element.id and self._heading is None:
            self._heading = self.headings[element.id] = _Heading(element.id)
        if tag not in _VOID:
            self._open.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._end_text()

    def handle_endtag(self, tag: str) -> None:
        self._end_text()
        names = [element.name for element in self._open]
        if tag not in names:
            return
        closed = len(names) - 1 - names[::-1].index(tag)
        if self._heading is not None and any(element.id == self._heading.id
                                             and element.name in _HEADINGS
                                             for element in self._open[closed:]):
            self._heading = None
        del self._open[closed:]

    def handle_comment(self, data: str) -> None:
        self._end_text()

    def handle_decl(self, decl: str) -> None:
        self._end_text()

    def handle_pi(self, data: str) -> None:
        self._end_text()

    def unknown_decl(self, data: str) -> None:
        self._end_text()

    def close(self) -> None:
        super().close()
        self._end_text()


def _marked(runs: list[tuple[str, str | None]], core: str) -> str:
    """A text of the theme's (`core`, as the page writes it) with its runs in another language
    than the page's marked. A text in one run keeps its own writing; one in several (an entry
    of the table of contents whose heading mixes languages: a date in the page's, a title not
    translated yet) is written again from the runs of its heading: escaped, its white space
    as one space."""
    if len(runs) == 1:
        lang = runs[0][1]
        return in_language(core, lang) if lang is not None else core
    parts = []
    for text, lang in runs:
        text = html.escape(re.sub(f"[{_SPACE}]+", " ", text), quote=False)
        words = text.strip(" ")
        if lang is not None and words:
            start = text.index(words)
            text = text[:start] + in_language(words, lang) + text[start + len(words):]
        parts.append(text)
    return "".join(parts).strip(" ")


def mark_theme_texts(page: str, shown: Mapping[str, str]) -> str:
    """A finished page with the theme's texts that are written in another language than the
    page's marked with their `lang`.

    `shown` gives the texts of data/ that the theme prints and that this language shows in
    another one, as the page shows them (unescaped), with their language
    (render/interface.py: `untranslated_theme_texts`). A text of the page's outside its
    `<article>` and outside any element with a `lang` of its own is marked when it is exactly
    one of them, or, in a link to a heading of the page (the table of contents), when it reads
    as the heading does and the heading is, all or in part, in another language (the
    templates mark a heading, or the part of it, that is not translated yet): the same parts
    are marked.
    """
    reader = _Reader(page)
    reader.feed(page)
    reader.close()
    # The headings written, all or in part, in another language than the page's.
    headings = {}
    for heading in reader.headings.values():
        words, runs = heading.languages(reader.page_lang)
        if any(lang is not None for _, lang in runs):
            headings[heading.id] = (words, runs)
    shown_words = {_words(text): lang for text, lang in shown.items()}
    out, last = [], 0
    for text in reader.texts:
        raw = page[text.start:text.end]
        core = raw.strip(_SPACE)
        lead = raw[:len(raw) - len(raw.lstrip(_SPACE))]
        words, runs = headings.get(text.target or "", ("", []))
        if words != text.words:
            lang = shown_words.get(text.words)
            runs = [(core, lang)] if lang is not None else []
        if not runs:
            continue
        out += [page[last:text.start], lead, _marked(runs, core), raw[len(lead) + len(core):]]
        last = text.end
    if not out:
        return page
    out.append(page[last:])
    return "".join(out)
