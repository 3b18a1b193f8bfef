"""The page registry is the stubs' front matter: the navigation follows it, and a mistake in a
stub is reported with its file and line before anything is built."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import LANGUAGES, REGISTRY, load_yaml, typeset
from explainer.cli import main

UI = load_yaml(Path(__file__).resolve().parents[1] / "data" / "ui.yml")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_navigation_lists_the_registry_in_order(soup, lang: str) -> None:
    links = soup("guide", lang).select(".md-nav--primary > .md-nav__list > .md-nav__item")
    labels = [item.select_one(".md-nav__link").get_text(" ", strip=True) for item in links]
    assert labels == [typeset(UI["pages"][page.kind]["nav"][lang], lang) for page in REGISTRY]


@pytest.mark.parametrize(("line", "replacement", "message"), [
    ("data: guide", "data: guid",
     "docs/guide.md:6:7: data: 'guid' is not a data file (hint: one of: "),
    ("explainer: guide", "explainer: guides",
     'docs/guide.md:5:12: explainer: the page kind "guides" has no template (hint: add '
     "hooks/explainer/render/templates/pages/guides.md.j2)"),
    ("nav: 20", "nav: 10",
     "docs/index.md:1:1: the place 10 in the navigation is already taken by docs/guide.md"),
])
def test_a_wrong_stub_is_reported_with_file_and_line(project: Path, capsys, line: str,
                                                     replacement: str, message: str) -> None:
    stub = project / "docs" / "guide.md"
    stub.write_text(stub.read_text(encoding="utf-8").replace(line, replacement), encoding="utf-8")
    assert main(["--root", str(project), "check"]) == 1
    assert message in capsys.readouterr().err


def test_a_page_script_that_does_not_exist_is_reported(project: Path, capsys) -> None:
    stub = project / "docs" / "act.md"
    stub.write_text(stub.read_text(encoding="utf-8").replace(
        "script: assets/javascripts/act.js", "script: assets/javascript/act.js"), encoding="utf-8")
    assert main(["--root", str(project), "check"]) == 1
    assert ("docs/act.md:9:9: script: docs/assets/javascript/act.js does not exist "
            "(hint: check the path, below docs/)") in capsys.readouterr().err
