"""Under GitHub Actions, every problem is also a workflow command that annotates its line."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_build
from explainer.cli import main
from explainer.read.annotations import annotation
from explainer.read.problems import Problem


def test_special_characters_are_escaped_as_github_requires() -> None:
    problem = Problem("data/a,b:c.yml", 3, 7, "steps[0].text", "100% sure\r\nor not: x, y",
                      "see: that")
    assert annotation(problem) == (
        "::error file=data/a%2Cb%3Ac.yml,line=3,col=7,title=steps[0].text"
        "::100%25 sure%0D%0Aor not: x, y (hint: see: that)"
    )


def _break_site(project: Path) -> str:
    site = project / "data" / "site.yml"
    text = site.read_text(encoding="utf-8")
    site.write_text(text.replace("\nrepository:", "\nrepositry: x\nrepository:", 1),
                    encoding="utf-8")
    line = text[:text.index("\nrepository:")].count("\n") + 2
    return (f"::error file=data/site.yml,line={line},col=1,title=repositry"
            f'::unknown key "repositry" (hint: did you mean "repository"? allowed keys:')


def test_check_annotates_under_github_actions(project: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    expected = _break_site(project)
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert main(["--root", str(project), "check"]) == 1
    assert any(line.startswith(expected) for line in capsys.readouterr().out.splitlines())


def test_check_prints_no_annotation_elsewhere(project: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    _break_site(project)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    assert main(["--root", str(project), "check"]) == 1
    assert "::error" not in capsys.readouterr().out


def test_strict_build_annotates_under_github_actions(project: Path, tmp_path: Path) -> None:
    expected = _break_site(project)
    result = run_build(project, tmp_path / "out", extra_env={"GITHUB_ACTIONS": "true"})
    assert result.returncode == 1
    assert any(line.startswith(expected) for line in result.stdout.splitlines()), result.stdout
