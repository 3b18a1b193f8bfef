"""A misspelt key stops the build at the template line that uses it, even in an `if`; a key the
schema allows but the file leaves out reads as nothing."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import LANGUAGES, ROOT
from explainer.model.content import load_content
from explainer.render import environment
from explainer.render.pages import render_page
from jinja2 import FileSystemLoader

VIEW = load_content(ROOT / "data", LANGUAGES).view(LANGUAGES[0], datetime(2026, 1, 1, tzinfo=UTC))


@pytest.fixture
def templates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Templates from a folder of the test's own, in place of the package's."""
    (tmp_path / "pages").mkdir()
    monkeypatch.setattr(environment, "TEMPLATES", tmp_path)
    monkeypatch.setattr(environment.ENV, "loader", FileSystemLoader(tmp_path))
    environment.ENV.cache.clear()
    yield tmp_path
    environment.ENV.cache.clear()


def test_misspelt_key_in_an_if_names_template_line_and_keys(templates: Path) -> None:
    (templates / "pages" / "faq.md.j2").write_text(
        "# {{ page.title }}\n\n{% for q in data.questions %}\n{% if q.dispute %}x{% endif %}\n"
        "{% endfor %}\n", encoding="utf-8")
    with pytest.raises(environment.TemplateError) as caught:
        render_page("faq", VIEW)
    message = str(caught.value)
    assert message.startswith("hooks/explainer/render/templates/pages/faq.md.j2:4: ")
    assert "data/faq.yml: questions[0] has no key 'dispute'" in message
    assert "disputed" in message  # among the keys it lists


def test_optional_key_left_out_reads_as_nothing(templates: Path) -> None:
    (templates / "pages" / "faq.md.j2").write_text(
        "{% for q in data.questions %}[{{ q.disputed or '' }}]{% endfor %}", encoding="utf-8")
    questions = VIEW.data("faq").questions
    undisputed = sum(1 for q in questions if "disputed" not in q)
    assert undisputed and render_page("faq", VIEW).count("[]") == undisputed


def test_unknown_variable_stops_the_build(templates: Path) -> None:
    (templates / "pages" / "faq.md.j2").write_text("# {{ pgae.title }}\n", encoding="utf-8")
    with pytest.raises(environment.TemplateError, match=r"faq.md.j2:1: 'pgae' is undefined"):
        render_page("faq", VIEW)
