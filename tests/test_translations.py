"""The translation report: missing languages, and texts changed in one language only."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from conftest import LANGUAGES
from explainer.cli import main
from explainer.read.load import load_document

FIRST, OTHER = LANGUAGES[0], LANGUAGES[-1]


def _git(project: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
                   cwd=project, check=True, capture_output=True)


def _line(project: Path, file: str, path: tuple) -> tuple[int, int]:
    doc, _ = load_document(project / file, file)
    return doc.where(path)


def test_report_names_texts_changed_in_one_language_only(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _git(project, "init", "-q")
    _git(project, "add", "-A")
    _git(project, "commit", "-q", "-m", "base")
    faq = project / "data" / "faq.yml"
    doc, _ = load_document(faq, "data/faq.yml")
    question = doc.data["questions"][1]["question"]
    text = faq.read_text(encoding="utf-8")
    faq.write_text(text.replace(question[FIRST], question[FIRST] + " (revu)", 1)
                   .replace("- id: too-late", "- id: new-first\n    question: {}\n"
                            "    answer: {}\n    sources: []\n  - id: too-late", 1),
                   encoding="utf-8")
    line, column = _line(project, "data/faq.yml", ("questions", 2, "question"))

    assert main(["--root", str(project), "translations", "--base", "HEAD"]) == 0
    out = capsys.readouterr().out.splitlines()
    # Matched by id: the question moved from [1] to [2] and is still recognised.
    assert (f"data/faq.yml:{line}:{column}: questions[2].question: changed in {FIRST} since "
            f"HEAD, not in {OTHER} (hint: check that the {OTHER} text still says the same "
            "thing)") in out
    assert out[-1] == (f"0 text(s) missing a language, 1 text(s) changed since HEAD in some "
                       f"languages only ({', '.join(LANGUAGES)}).")


def test_a_new_language_lists_every_text_to_translate(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "      languages:\n",
        "      languages:\n        - locale: de\n          name: Deutsch\n          build: true\n",
        1), encoding="utf-8")
    line, column = _line(project, "data/site.yml", ("name",))
    expected = f'data/site.yml:{line}:{column}: name: the "de" translation is missing'

    assert main(["--root", str(project), "translations"]) == 0
    report = capsys.readouterr().out.splitlines()
    assert any(row.startswith(expected) for row in report)

    assert main(["--root", str(project), "check"]) == 1
    problems = capsys.readouterr().err.splitlines()
    assert any(row.startswith(expected) for row in problems)
    assert problems[-1].endswith("problems in data/: nothing was built.")
