"""Hostile or broken data stops `make build` with a message naming file and line, and the last
good site/ stays exactly as it was."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import FIXED_EPOCH, LANGUAGES
from explainer.read.load import MAX_BYTES
from yaml_edit import set_value

OTHER = LANGUAGES[-1]
ANSWER = ("questions", 0, "answer", OTHER)


def _text(value: str) -> Callable[[Path], tuple[str, int]]:
    def edit(project: Path) -> tuple[str, int]:
        return "data/faq.yml", set_value(project, "data/faq.yml", ANSWER, value)
    return edit


def _question(value: str) -> Callable[[Path], tuple[str, int]]:
    def edit(project: Path) -> tuple[str, int]:
        path = ("questions", 0, "question", OTHER)
        return "data/faq.yml", set_value(project, "data/faq.yml", path, value)
    return edit


def _prepend(data: bytes) -> Callable[[Path], tuple[str, int]]:
    def edit(project: Path) -> tuple[str, int]:
        path = project / "data" / "faq.yml"
        path.write_bytes(data + path.read_bytes())
        return "data/faq.yml", 1
    return edit


def _append(text: str) -> Callable[[Path], tuple[str, int]]:
    def edit(project: Path) -> tuple[str, int]:
        path = project / "data" / "faq.yml"
        lines = path.read_text(encoding="utf-8").count("\n")
        path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")
        return "data/faq.yml", lines + 1
    return edit


CASES = {
    "raw HTML": (_text("<img src=x onerror=alert(1)>"),
                 f"questions[0].answer.{OTHER}: raw HTML is not allowed"),
    "javascript link": (_text("[x](javascript:alert(1))"),
                        'the link "javascript:alert(1)" is not allowed'),
    # The question is a heading: `## Why {onclick} { #id }` would add an onclick attribute.
    "attribute list in a heading": (_question("Why {onclick}"),
                                    "curly braces are not allowed here"),
    "custom tag": (_append("extra: !!python/object/apply:os.system [id]\n"),
                   "is not allowed (hint: remove the tag)"),
    "file too large": (_prepend(b"# " + b"x" * MAX_BYTES + b"\n"), "over the limit of 512 KiB"),
    "deep nesting": (_append("extra: " + "[" * 10_000 + "\n"), "levels deep"),
    "not UTF-8": (_prepend("# é\n".encode("latin-1")), "the file is not UTF-8 text"),
    "byte-order mark": (_prepend(b"\xef\xbb\xbf"), "the file starts with a byte-order mark"),
}


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _build(project: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SOURCE_DATE_EPOCH": FIXED_EPOCH, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [sys.executable, "-m", "explainer.cli", "--root", str(project), "build", "site"],
        capture_output=True, text=True, env=env, cwd=project, check=False,
    )


@pytest.fixture
def last_good_site(project: Path) -> Path:
    site = project / "site"
    (site / "guide").mkdir(parents=True)
    (site / "index.html").write_text("<p>the last good build</p>", encoding="utf-8")
    (site / "guide" / "index.html").write_text("<p>its guide</p>", encoding="utf-8")
    return site


@pytest.mark.parametrize("case", list(CASES))
def test_failed_build_names_the_place_and_keeps_the_site(project: Path, last_good_site: Path,
                                                         case: str) -> None:
    edit, message = CASES[case]
    before = _snapshot(last_good_site)
    file, line = edit(project)
    result = _build(project)
    assert result.returncode != 0
    assert f"{file}:{line}:" in result.stderr, result.stderr
    assert message in result.stderr, result.stderr
    assert "site was left as it was" in result.stderr
    assert _snapshot(last_good_site) == before
    assert sorted(p.name for p in project.iterdir() if p.name.startswith(".site")) == []
