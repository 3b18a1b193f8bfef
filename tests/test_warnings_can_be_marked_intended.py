"""What is usually a mistake but can be meant is a warning at its line: a text pasted from
another language, the same words in two languages. `# intended` on the line says it is meant.
Warnings do not stop `make check` (nor the build)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import LANGUAGES
from explainer.cli import main
from explainer.read.load import load_document

FIRST, OTHER = LANGUAGES[0], LANGUAGES[-1]
FAQ = "data/faq.yml"


def _answer(project: Path) -> tuple[dict[str, str], int, int]:
    """The first FAQ answer, the line of its key and the line of its first language."""
    doc, _ = load_document(project / FAQ, FAQ)
    path = ("questions", 0, "answer")
    return doc.data["questions"][0]["answer"], doc.where(path, key=True)[0], \
        doc.where((*path, FIRST))[0]


def _paste_other_language(project: Path, marker: str = "", key_marker: str = "") -> None:
    """Put the other language's text of the first answer under the first language."""
    answer, key_line, line = _answer(project)
    path = project / FAQ
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[line - 1] = lines[line - 1].split(":")[0] + ": " + \
        '"' + answer[OTHER].replace('"', '\\"') + '"' + marker
    lines[key_line - 1] += key_marker
    path.write_text("\n".join(lines), encoding="utf-8")


def _names() -> tuple[str, str]:
    from babel import Locale

    return tuple(f"{Locale.parse(code).get_display_name('en')} ({code})"
                 for code in (OTHER, FIRST))  # type: ignore[return-value]


def test_text_in_another_language_and_a_copy_are_warnings(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _paste_other_language(project)
    _, key_line, line = _answer(project)
    other_name, first_name = _names()

    assert main(["--root", str(project), "check"]) == 0
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [
        f"{FAQ}:{key_line}:5: warning: questions[0].answer: the {OTHER} text is the same as the "
        f"{FIRST} text, word for word (hint: translate it; if the same words are meant in every "
        f'language (a proper name), end line {key_line} with the comment "# intended")',
        f"{FAQ}:{line}:11: warning: questions[0].answer.{FIRST}: this text reads like "
        f"{other_name}, not {first_name} (hint: put the {FIRST} text here; if it is meant (a "
        f'quotation), end line {line} with the comment "# intended")',
    ]
    assert captured.out.strip() == \
        f"data/ is valid for {', '.join(LANGUAGES)} (2 warnings above)."


def test_intended_on_the_key_line_silences_both(project: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    _paste_other_language(project, key_marker="  # intended: quoted as published")
    assert main(["--root", str(project), "check"]) == 0
    captured = capsys.readouterr()
    assert captured.err == ""
    assert captured.out.strip() == f"data/ is valid for {', '.join(LANGUAGES)}."


def test_intended_on_the_value_line_silences_that_value(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _paste_other_language(project, marker="  # intended")
    assert main(["--root", str(project), "check"]) == 0
    assert capsys.readouterr().err == ""


def test_the_real_data_has_no_warning(capsys: pytest.CaptureFixture[str]) -> None:
    """The texts that are the same in every language (Android, Canada…) are marked."""
    assert main(["check"]) == 0
    assert capsys.readouterr().err == ""
