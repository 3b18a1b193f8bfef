"""The validated content of the site, read once, and its view in each language.

`load_content` reads the page registry (docs/ front matter) and every data file, checks them all
and returns a `Content`; nothing reaches a template before everything has passed. The i18n plugin
runs the whole MkDocs build once per language, and `mkdocs serve` keeps this module alive between
rebuilds: `ContentCache` is keyed by a fingerprint of the files (paths, sizes, modification
times) and the languages, so an edited file is always read again.

`Content.view(lang, now)` is what the rest of the package reads: typed, in one language, at one
instant (the build's single clock reading).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import Any

from ..pages import PageKind, Registry, read_registry
from ..read.act_rules import check_act
from ..read.data_files import data_files
from ..read.load import Document, load_document
from ..read.placeholders import fill_placeholders
from ..read.problems import DataError, Problem
from ..read.project_config import MarkdownSetup, ProjectConfig, markdown_setup, read_mkdocs_yml
from ..read.schemas import read_schemas, validators, with_page_kinds
from ..read.text_intent import check_texts
from ..read.text_policy import MarkupChecker, plain_text
from ..read.translations import count_translated
from ..read.validate import check_references, check_schema, check_share
from . import clock
from .shapes import Shape, shapes
from .typography import Rule, Rules
from .view import LocalText, Record, localize


@dataclass(frozen=True)
class Progress:
    """How far a language is: its texts, out of all the texts of the site."""

    translated: int
    total: int
    in_progress: bool

    @property
    def share(self) -> float:
        """Rounded down to the percent: never 100 % while a text is missing."""
        return (self.translated * 100 // self.total) / 100 if self.total else 1.0


@dataclass(frozen=True)
class Content:
    """Everything the pages are made of, validated, for a given set of languages."""

    languages: tuple[str, ...]
    registry: Registry
    data: dict[str, Any]                 # each data file's validated value, by name ('guide')
    shapes: dict[str, Shape]             # what each value is, from the schemas
    source_kinds: tuple[str, ...]        # the kinds of source, in the order of their schema
    # What may be a mistake but can be meant (read/text_intent.py): printed by `explainer check`.
    warnings: tuple[Problem, ...] = ()
    # How far each language is; a language in progress shows the default language's text where
    # it has none yet (model/view.py).
    progress: dict[str, Progress] = field(default_factory=dict)
    # The loaded files, with the place of every value, and the checker of texts: what the site
    # check (outputs/site_check.py) needs to name the line of a problem it finds.
    documents: dict[str, Document] = field(default_factory=dict, compare=False, repr=False)
    checker: MarkupChecker | None = field(default=None, compare=False, repr=False)
    _views: dict[tuple[str, datetime], View] = field(default_factory=dict, compare=False,
                                                      repr=False)

    @cached_property
    def typography(self) -> Rules:
        """How each language spaces its punctuation (data/site.yml `typography`)."""
        return Rules.from_data(self.data["site"]["typography"])

    def view(self, lang: str, now: datetime) -> View:
        """The content in one language, at the instant `now` (the build's clock)."""
        if lang not in self.languages:
            raise ValueError(f"{lang!r} is not a language of this site")
        key = (lang, now)
        if key not in self._views:
            self._views[key] = View(self, lang, now)
        return self._views[key]


@dataclass(frozen=True)
class PageView:
    """A page kind in one language: its registry entry, its texts and its data file."""

    kind: str
    entry: PageKind
    title: LocalText          # Markdown: the page's heading and the browser tab's title
    nav: LocalText            # its short label in the navigation
    description: LocalText    # one sentence for search engines and link previews
    data: Record              # the data file it is made from

    @property
    def file(self) -> str:
        """Its stub, to which Markdown pages link: 'guide.md'."""
        return self.entry.file

    @cached_property
    def plain(self) -> dict[str, LocalText]:
        """Title, navigation label and description without markup, for HTML attributes and
        meta tags (not escaped: whoever places them in HTML escapes them), each still knowing
        its language."""
        texts = {"title": self.title, "nav": self.nav, "description": self.description}
        return {key: LocalText(plain_text(text), text.lang) for key, text in texts.items()}


class View:
    """The content in one language at one instant."""

    def __init__(self, content: Content, lang: str, now: datetime) -> None:
        self.content = content
        self.lang = lang
        self.now = now
        self.languages = content.languages
        self.registry = content.registry
        self.source_kinds = content.source_kinds
        self._data: dict[str, Record] = {}

    def data(self, name: str) -> Record:
        """A data file ('guide', 'data-use') in this language, its dated texts in the form for
        this view's instant."""
        if name not in self._data:
            self._data[name] = _dated(localize(self.content.data[name],
                                               self.content.shapes.get(name), self.lang,
                                               self.languages, f"data/{name}.yml"), self.now)
        return self._data[name]

    def written_in(self, text: object) -> str:
        """The language a text of data/ is written in: its own where it has one (a language in
        progress shows the default language's text where it has none yet), else this view's."""
        return getattr(text, "lang", self.lang)

    def of(self, text: object) -> View:
        """The view in the language a text is written in: the words, dates and locale that go
        with that text (a text not translated yet says them as its own language does)."""
        lang = self.written_in(text)
        return self if lang == self.lang else self.content.view(lang, self.now)

    @property
    def site(self) -> Record:
        return self.data("site")

    @property
    def strings(self) -> Record:
        """The interface's words (data/ui.yml `strings`)."""
        return self.data("ui").strings

    @property
    def units(self) -> Record:
        """Plural forms of each unit of time (data/ui.yml `units`)."""
        return self.data("ui").units

    @property
    def interface_languages(self) -> Record:
        return self.data("ui").interface_languages

    @cached_property
    def sources(self) -> dict[str, Record]:
        return {source.id: source for source in self.data("sources").sources}

    @property
    def typography(self) -> Rules:
        """Every language's punctuation rule (a page may quote another language)."""
        return self.content.typography

    @property
    def typography_rule(self) -> Rule:
        """How this language spaces its punctuation."""
        return self.content.typography[self.lang]

    @property
    def locale(self) -> str:
        """The CLDR locale that writes dates and numbers in this language (en_GB); a language
        in progress without one yet writes them as Babel does for its bare code."""
        locale = self.site.locale
        return str(locale) if self.written_in(locale) == self.lang else self.lang

    @cached_property
    def pages(self) -> dict[str, PageView]:
        """Every page kind, in navigation order."""
        texts = self.data("ui").pages
        return {entry.kind: PageView(entry.kind, entry, texts[entry.kind].title,
                                     texts[entry.kind].nav, texts[entry.kind].description,
                                     self.data(entry.data_file))
                for entry in self.registry}

    def page(self, kind: str) -> PageView:
        return self.pages[kind]

    def authority(self, authority_id: str) -> Record:
        """A data protection authority by its id (data/regions.yml `authorities`)."""
        return next(a for a in self.data("regions").authorities["items"] if a.id == authority_id)

    def event(self, event_id: str) -> Record:
        """A timeline event by its id."""
        return next(e for e in self.data("timeline").events if e.id == event_id)

    @property
    def countdown_event(self) -> Record:
        """The event the countdown counts to (the start of training)."""
        return self.event(self.site.countdown.event)

    @cached_property
    def started(self) -> bool:
        """Whether the countdown's event had happened at this view's instant."""
        return clock.span(clock.instant(self.countdown_event), self.now).past

    @cached_property
    def key_date(self) -> str:
        """The start of training written out ('3 novembre 2025', '3 November 2025')."""
        return clock.long_date(self.countdown_event.date, self.locale)

    def timed(self, value: Any) -> Any:
        """A text in its `before` or `after` form (the countdown's event against this view's
        instant) when it has two; else the text itself."""
        if isinstance(value, Record) and "before" in value and "after" in value:
            return value.after if self.started else value.before
        return value


def _dated(value: Any, now: datetime) -> Any:
    """A localized value with each dated text (date, before, after: a text about a dated event)
    replaced by its form at `now`: `before` until the event's day, `after` from it on."""
    if isinstance(value, Record):
        if set(value.keys()) == {"date", "before", "after"} and isinstance(value.before, str):
            return value.after if clock.has_come(value.date, now) else value.before
        for key in list(value):
            value._values[key] = _dated(value[key], now)
    elif isinstance(value, list):
        value[:] = [_dated(item, now) for item in value]
    return value


def fingerprint(data_dir: Path) -> tuple[tuple[str, int, int], ...]:
    return tuple(
        (str(p), p.stat().st_size, p.stat().st_mtime_ns)
        for p in sorted(data_dir.rglob("*"))
        if p.is_file()
    )


def _display(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def _source_kinds(schemas: dict[str, dict[str, Any]]) -> tuple[str, ...]:
    """The kinds of source in the order of the sources schema's enum (the sources page's)."""
    kind = schemas.get("sources.schema.json", {})
    for key in ("properties", "sources", "items", "properties", "kind", "enum"):
        kind = kind.get(key, {}) if isinstance(kind, dict) else {}
    return tuple(kind) if isinstance(kind, list) else ()


def load_content(data_dir: Path, languages: Sequence[str], *, root: Path | None = None,
                 markdown: MarkdownSetup | None = None, docs_dir: Path | None = None,
                 in_progress: Sequence[str] = ()) -> Content:
    """Read, check and assemble the registry and all data. Raises DataError listing every
    problem found.

    `markdown` is the site's Markdown setup (read from root/mkdocs.yml when not given): texts are
    checked against what the site would make of them. `docs_dir` holds the stubs (the page
    registry; root/docs by default).
    """
    root = root or data_dir.parent
    languages = tuple(languages)
    problems: list[Problem] = []
    loaded: dict[str, Document] = {}
    docs: dict[str, Document] = {}
    if markdown is None:
        config_file = root / "mkdocs.yml"
        markdown = markdown_setup(read_mkdocs_yml(config_file)) if config_file.is_file() \
            else MarkdownSetup()
    names = data_files(data_dir)
    registry: Registry | None = None
    try:
        registry = read_registry(docs_dir or root / "docs", names, root=root)
    except DataError as err:
        problems += err.problems
    placeholders = fill_placeholders()
    checker = MarkupChecker(markdown, placeholders)
    kinds = registry.names if registry is not None else None
    schema_for = validators(data_dir / "schemas", languages, checker, kinds, in_progress)
    for name in names:
        path = data_dir / f"{name}.yml"
        display = _display(path, root)
        if not path.is_file():
            problems.append(_missing_file(path, display))
            continue
        doc, found = load_document(path, display)
        if doc.data is not None:
            loaded[name] = doc
            found += check_schema(doc, schema_for[name], languages, placeholders)
        problems += found
        if not found:
            docs[name] = doc
    # Cross-file rules run on every file that passed its schema, so that one broken file does
    # not hide the mistakes of the others; a rule whose files did not pass is left for later.
    problems += check_references(docs, [f"{name}.yml" for name in names])
    if "share" in docs and "ui" in docs:
        problems += check_share(docs["share"], docs["ui"], languages)
    if "regions" in docs and "act" in docs:
        problems += check_act(docs["act"], docs["regions"], docs.get("guide"), languages)
    problems += _unread_files(data_dir, root, names)
    problems += check_texts(loaded, languages)
    if any(not problem.warning for problem in problems) or registry is None:
        raise DataError(problems)
    schemas = read_schemas(data_dir / "schemas")
    filled = {name: with_page_kinds(schema, registry.names) for name, schema in schemas.items()}
    return Content(
        languages=languages,
        registry=registry,
        data={name: doc.data for name, doc in docs.items()},
        shapes=shapes(filled),
        source_kinds=_source_kinds(schemas),
        warnings=tuple(sorted(set(problems))),
        progress=_progress(docs, languages, in_progress),
        documents=docs,
        checker=checker,
    )


def _progress(docs: dict[str, Document], languages: Sequence[str],
              in_progress: Sequence[str]) -> dict[str, Progress]:
    found = {lang: 0 for lang in languages}
    total = 0
    for doc in docs.values():
        counts, count = count_translated(doc, languages)
        total += count
        for lang, number in counts.items():
            found[lang] += number
    return {lang: Progress(found[lang], total, lang in in_progress) for lang in languages}


def _missing_file(path: Path, display: str) -> Problem:
    """A deleted file, or one renamed: name what is there instead, and how to restore it."""
    renamed = [other.name for other in sorted(path.parent.glob(f"{path.stem}.*"))
               if other.is_file() and other != path]
    if renamed:
        return Problem(display, 1, 1, "", f"the file is missing, but data/{renamed[0]} is there",
                       f"rename it {path.name}: the site reads only that name")
    return Problem(display, 1, 1, "", "the file is missing",
                   f"every site needs {display}: `git checkout -- {display}` brings back the "
                   "last committed version")


def _unread_files(data_dir: Path, root: Path, names: Sequence[str]) -> list[Problem]:
    """A YAML file in data/ that the site does not read: facts written there would be lost."""
    known = {f"{name}.yml" for name in names}
    renamed = {f"{name}.yaml" for name in names}
    return [Problem(_display(path, root), 1, 1, "", "the site does not read this file",
                    f"the data files are {', '.join(sorted(known))}: put its content into one "
                    "of them", warning=True)
            for path in sorted(data_dir.glob("*.y*ml"))
            if path.name not in known and path.name not in renamed]




class ContentCache:
    """Keeps the last validated content, or the problems found, while the files and languages
    are unchanged (`mkdocs serve` asks for it at every rebuild of every language)."""

    def __init__(self) -> None:
        self._key: object = None
        self._content: Content | DataError | None = None

    def get(self, data_dir: Path, languages: Sequence[str], *, docs_dir: Path | None = None,
            markdown: MarkdownSetup | None = None, in_progress: Sequence[str] = ()) -> Content:
        docs_dir = docs_dir or data_dir.parent / "docs"
        stubs = tuple((str(p), p.stat().st_size, p.stat().st_mtime_ns)
                      for p in sorted(docs_dir.glob("*.md")))
        key = (fingerprint(data_dir), stubs, tuple(languages),
               markdown.key() if markdown else None, tuple(in_progress))
        if key != self._key or self._content is None:
            self._content = None
            self._key = None
            try:
                self._content = load_content(data_dir, languages, root=data_dir.parent,
                                             markdown=markdown, docs_dir=docs_dir,
                                             in_progress=in_progress)
            except DataError as err:
                self._content = err
            self._key = key
        if isinstance(self._content, DataError):
            raise DataError(self._content.problems) from None
        return self._content


_SHARED = ContentCache()


def project_content(project: ProjectConfig) -> Content:
    """The validated content of a project (read again when one of its files changes)."""
    return _SHARED.get(project.root / "data", project.codes, docs_dir=project.docs_dir,
                       markdown=project.markdown, in_progress=project.in_progress)
