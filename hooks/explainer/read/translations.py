"""The translation report: texts missing a language, and texts changed in some languages only.

A "text" is a mapping from language codes to strings (or, for units, to plural forms), as
`common.schema.json#/$defs/text` describes. Against a base commit, a text is matched by its
path with list positions replaced by the ids of the items, so that inserting a step before it
does not make it look changed.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .data_files import data_files
from .load import Document, YamlPath, load_document, load_text
from .problems import Problem

_LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
_PLURAL_FORMS = {"zero", "one", "two", "few", "many", "other"}


def _is_translation(value: Any) -> bool:
    if isinstance(value, str):
        return True
    return isinstance(value, dict) and bool(value) and set(value) <= _PLURAL_FORMS and \
        all(isinstance(form, str) for form in value.values())


def is_text(value: Any, languages: Sequence[str] | frozenset[str]) -> bool:
    return isinstance(value, dict) and not value.keys().isdisjoint(languages) and all(
        isinstance(key, str) and _LANGUAGE_CODE.match(key) and _is_translation(item)
        for key, item in value.items())


def texts(value: Any, languages: Sequence[str], path: YamlPath = (),
          key: tuple[str, ...] = ()) -> Iterator[tuple[YamlPath, tuple[str, ...], dict]]:
    """Every text in a loaded file: its YAML path, its stable key, and the mapping itself."""
    # The languages as a set once, not at each of the file's values (the check walks every
    # file six times).
    return _texts(value, frozenset(languages), path, key)


def _texts(value: Any, languages: frozenset[str], path: YamlPath,
           key: tuple[str, ...]) -> Iterator[tuple[YamlPath, tuple[str, ...], dict]]:
    if isinstance(value, dict):
        if is_text(value, languages):
            yield path, key, value
            return
        for name, child in value.items():
            yield from _texts(child, languages, (*path, name), (*key, str(name)))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            has_id = isinstance(child, dict) and isinstance(child.get("id"), str)
            yield from _texts(child, languages, (*path, index),
                              (*key, f"id={child['id']}" if has_id else f"#{index}"))


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def missing(doc: Document, languages: Sequence[str]) -> list[Problem]:
    problems = []
    for path, _, text in texts(doc.data, languages):
        present = [lang for lang in languages if not _blank(text.get(lang))]
        problems += [doc.problem(path, f'the "{lang}" translation is missing',
                                 f"translate it from {', '.join(present)}")
                     for lang in languages if lang not in present]
    return problems


def changed_alone(doc: Document, base: Document, languages: Sequence[str],
                  base_name: str) -> list[Problem]:
    """Texts whose wording changed since `base` in some languages but not in the others."""
    before = {key: text for _, key, text in texts(base.data, languages)}
    problems = []
    for path, key, text in texts(doc.data, languages):
        old = before.get(key)
        if old is None:
            continue
        compared = [lang for lang in languages if lang in text and lang in old]
        changed = [lang for lang in compared if text[lang] != old[lang]]
        unchanged = [lang for lang in compared if lang not in changed]
        if changed and unchanged:
            problems.append(doc.problem(
                path, f"changed in {', '.join(changed)} since {base_name}, "
                f"not in {', '.join(unchanged)}",
                f"check that the {', '.join(unchanged)} text still says the same thing"))
    return problems


@dataclass(frozen=True)
class Report:
    missing: list[Problem]
    changed: list[Problem]
    # Per language, how many texts it has, out of how many texts there are.
    translated: dict[str, int] = field(default_factory=dict)
    total: int = 0

    def missing_by_file(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for problem in self.missing:
            counts[problem.file] = counts.get(problem.file, 0) + 1
        return counts


def count_translated(doc: Document, languages: Sequence[str]) -> tuple[dict[str, int], int]:
    """How many texts of a document each language has, and how many texts it holds."""
    found = {lang: 0 for lang in languages}
    total = 0
    for _, _, text in texts(doc.data, languages):
        total += 1
        for lang in languages:
            if not _blank(text.get(lang)):
                found[lang] += 1
    return found, total


def _display(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix()


def _at_commit(root: Path, rev: str, relative: str) -> str | None:
    result = subprocess.run(["git", "show", f"{rev}:{relative}"], cwd=root,
                            capture_output=True, text=True, check=False)
    return result.stdout if result.returncode == 0 else None


def translation_report(root: Path, languages: Sequence[str], base: str | None = None) -> Report:
    """The report for every data file of the project at `root` (base: a git revision)."""
    report = Report([], [], {lang: 0 for lang in languages})
    total = 0
    for name in data_files(root / "data"):
        path = root / "data" / f"{name}.yml"
        if not path.is_file():
            continue
        display = _display(path, root)
        doc, problems = load_document(path, display)
        if doc.data is None:
            continue
        report.missing.extend(missing(doc, languages))
        found, count = count_translated(doc, languages)
        total += count
        for lang, number in found.items():
            report.translated[lang] += number
        if base is None:
            continue
        old_text = _at_commit(root, base, display)
        if old_text is None:
            continue
        old, _ = load_text(old_text, display)
        if old.data is not None:
            report.changed.extend(changed_alone(doc, old, languages, base))
    return Report(report.missing, report.changed, report.translated, total)
