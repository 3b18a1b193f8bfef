"""A mistake in data/ stops the build before anything is written, naming file, line and path."""

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


def test_missing_translation(project: Path, tmp_path: Path) -> None:
    file = "data/ui.yml"
    line = _line_of(project, file, ("pages", "guide", "title", OTHER), key=True)
    parent = _line_of(project, file, ("pages", "guide", "title"))
    lines = _lines(project / file)
    del lines[line - 1]
    (project / file).write_text("".join(lines), encoding="utf-8")
    _fails_with(project, tmp_path, f'{file}:{parent}:')
    _fails_with(project, tmp_path, f'pages.guide.title: the "{OTHER}" translation is missing')


def test_unknown_source_id(project: Path, tmp_path: Path) -> None:
    file = "data/faq.yml"
    line = _line_of(project, file, ("questions", 0, "sources", 0))
    lines = _lines(project / file)
    first_source = lines[line - 1].split("[")[-1].split(",")[0].split("]")[0].strip() \
        if "[" in lines[line - 1] else lines[line - 1].split("- ")[-1].strip()
    lines[line - 1] = lines[line - 1].replace(first_source, "NO-SUCH-SOURCE", 1)
    (project / file).write_text("".join(lines), encoding="utf-8")
    _fails_with(project, tmp_path,
                f'{file}:{line}:')
    _fails_with(project, tmp_path, 'questions[0].sources[0]: unknown source "NO-SUCH-SOURCE"')


def test_unknown_key(project: Path, tmp_path: Path) -> None:
    file = "data/site.yml"
    line = _line_of(project, file, ("updated",), key=True)
    lines = _lines(project / file)
    lines.insert(line, "colour: blue\n")
    (project / file).write_text("".join(lines), encoding="utf-8")
    _fails_with(project, tmp_path, f'{file}:{line + 1}:1: colour: unknown key "colour"')


def test_wrong_type(project: Path, tmp_path: Path) -> None:
    file = "data/site.yml"
    line = _line_of(project, file, ("updated",), key=True)
    lines = _lines(project / file)
    lines[line - 1] = "updated: [2026, 11, 22]\n"
    (project / file).write_text("".join(lines), encoding="utf-8")
    _fails_with(project, tmp_path, f"{file}:{line}:10: updated: expected text, found a list")


def test_every_problem_is_listed_at_once(project: Path, tmp_path: Path) -> None:
    file = "data/site.yml"
    lines = _lines(project / file)
    lines.append("colour: blue\nsize: 3\n")
    (project / file).write_text("".join(lines), encoding="utf-8")
    out = tmp_path / "out"
    result = run_build(project, out)
    assert 'unknown key "colour"' in result.stderr
    assert 'unknown key "size"' in result.stderr
    assert "2 problems in data/: nothing was built." in result.stderr


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
