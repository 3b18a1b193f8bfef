"""Mistakes in data/share.yml (short addresses, two-form messages) name their file and line."""

from __future__ import annotations

from pathlib import Path

from conftest import LANGUAGES, run_build
from explainer.load import load_document

OTHER = LANGUAGES[-1]


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines(keepends=True)


def _line_of(project: Path, file: str, yaml_path: tuple, *, key: bool = False) -> int:
    doc, _ = load_document(project / file, file)
    return doc.where(yaml_path, key=key)[0]


def _fails_with(project: Path, tmp_path: Path, expected: str) -> None:
    out = tmp_path / "out"
    result = run_build(project, out)
    assert result.returncode == 1
    assert expected in result.stderr, result.stderr
    assert not out.exists() or not any(out.iterdir()), "the build wrote files"


def test_short_address_to_a_language_the_site_does_not_have(project: Path,
                                                            tmp_path: Path) -> None:
    file = "data/share.yml"
    line = _line_of(project, file, ("redirects", 0, "lang"))
    lines = _lines(project / file)
    lines[line - 1] = lines[line - 1].split(":")[0] + ": xx\n"
    (project / file).write_text("".join(lines), encoding="utf-8")
    _fails_with(project, tmp_path,
                f'{file}:{line}:11: redirects[0].lang: "xx" is not a language of this site')


def test_short_address_that_a_page_already_uses(project: Path, tmp_path: Path) -> None:
    file = "data/share.yml"
    line = _line_of(project, file, ("redirects", 0, "path"))
    lines = _lines(project / file)
    lines[line - 1] = lines[line - 1].split(":")[0] + ": faq\n"
    (project / file).write_text("".join(lines), encoding="utf-8")
    _fails_with(project, tmp_path, 'redirects[0].path: the address "/faq/" is already used')


def test_missing_translation_in_a_text_with_two_forms(project: Path, tmp_path: Path) -> None:
    file = "data/share.yml"
    line = _line_of(project, file, ("messages", "home", "after", OTHER), key=True)
    parent = _line_of(project, file, ("messages", "home", "after"))
    lines = _lines(project / file)
    del lines[line - 1]
    (project / file).write_text("".join(lines), encoding="utf-8")
    _fails_with(project, tmp_path, f'{file}:{parent}:7: messages.home.after: the "{OTHER}" '
                                   "translation is missing")
