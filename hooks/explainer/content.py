"""Load and validate every data file once, and hand out the validated content.

The i18n plugin runs the whole MkDocs build once per language, and `mkdocs serve` keeps this
module alive between rebuilds: the cache is keyed by a fingerprint of the data files (paths,
sizes, modification times) and the languages, so an edited file is always read again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .data_files import DATA_FILES
from .load import Document, load_document
from .markup import MarkdownSetup, MarkupChecker, markdown_setup_from_mkdocs_yml
from .placeholders import fill_placeholders
from .problems import DataError, Problem
from .schemas import validators
from .typography import Rules
from .validate import check_references, check_schema, check_share


@dataclass(frozen=True)
class Content:
    """Everything the pages are made of, validated, for a given set of languages."""

    languages: tuple[str, ...]
    site: dict[str, Any]
    sources: dict[str, dict[str, Any]]
    guide: dict[str, Any]
    data_use: dict[str, Any]
    law: dict[str, Any]
    timeline: dict[str, Any]
    faq: dict[str, Any]
    ui: dict[str, Any]
    changelog: dict[str, Any]
    share: dict[str, Any]

    def locale(self, lang: str) -> str:
        """The CLDR locale that writes dates and numbers for a language of the site (en_GB)."""
        return self.site["locale"][lang]

    def typography(self) -> Rules:
        """How each language spaces its punctuation (data/site.yml `typography`)."""
        return Rules.from_data(self.site["typography"])

    def event(self, event_id: str) -> dict[str, Any]:
        return next(e for e in self.timeline["events"] if e["id"] == event_id)


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


def load_content(data_dir: Path, languages: Sequence[str], *, root: Path | None = None,
                 markdown: MarkdownSetup | None = None) -> Content:
    """Read, check and assemble all data. Raises DataError listing every problem found.

    `markdown` is the site's Markdown setup (read from root/mkdocs.yml when not given): texts are
    checked against what the site would make of them.
    """
    root = root or data_dir.parent
    problems: list[Problem] = []
    docs: dict[str, Document] = {}
    markdown = markdown or markdown_setup_from_mkdocs_yml(root / "mkdocs.yml")
    checker = MarkupChecker(markdown, fill_placeholders())
    schema_for = validators(data_dir / "schemas", languages, checker)
    for name in DATA_FILES:
        path = data_dir / f"{name}.yml"
        display = _display(path, root)
        if not path.is_file():
            problems.append(Problem(display, 1, 1, "", "the file is missing",
                                    f"every site needs data/{name}.yml"))
            continue
        doc, found = load_document(path, display)
        if doc.data is not None:
            found += check_schema(doc, schema_for[name], languages)
        problems += found
        if not found:
            docs[name] = doc
    # Cross-file rules run on every file that passed its schema, so that one broken file does
    # not hide the mistakes of the others; a rule whose files did not pass is left for later.
    problems += check_references(docs)
    if "share" in docs and "ui" in docs:
        problems += check_share(docs["share"], docs["ui"], languages)
    if problems:
        raise DataError(problems)
    return Content(
        languages=tuple(languages),
        site=docs["site"].data,
        sources={s["id"]: s for s in docs["sources"].data["sources"]},
        guide=docs["guide"].data,
        data_use=docs["data-use"].data,
        law=docs["law"].data,
        timeline=docs["timeline"].data,
        faq=docs["faq"].data,
        ui=docs["ui"].data,
        changelog=docs["changelog"].data,
        share=docs["share"].data,
    )


def shared_cache() -> ContentCache:
    """The one cache of this process, shared by every hook of a build (and kept by `serve`)."""
    return _SHARED


class ContentCache:
    """Keeps the last validated content while the data files and languages are unchanged."""

    def __init__(self) -> None:
        self._key: object = None
        self._content: Content | None = None

    def get(self, data_dir: Path, languages: Sequence[str],
            markdown: MarkdownSetup | None = None) -> Content:
        key = (fingerprint(data_dir), tuple(languages), markdown.key() if markdown else None)
        if key != self._key or self._content is None:
            self._content = None
            self._key = None
            self._content = load_content(data_dir, languages, markdown=markdown)
            self._key = key
        return self._content


_SHARED = ContentCache()


def project_content(root: Path, languages: Sequence[str]) -> Content:
    """The validated content of the project at `root` (reloaded when a data file changes)."""
    return shared_cache().get(root / "data", languages)
