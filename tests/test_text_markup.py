"""A text from data/ takes a small Markdown subset; anything else is an error at its place."""

from __future__ import annotations

import shutil
from pathlib import Path

import markdown
import pytest
from conftest import LANGUAGES, ROOT
from explainer.read.load import load_document
from explainer.read.placeholders import fill_placeholders
from explainer.read.project_config import read_project_config
from explainer.read.schemas import validators
from explainer.read.text_policy import MarkupChecker
from explainer.read.validate import check_schema
from yaml_edit import set_value

# Built once: the same schemas and Markdown setup as the build.
VALIDATORS = validators(ROOT / "data" / "schemas", LANGUAGES,
                        MarkupChecker(read_project_config(ROOT / "mkdocs.yml").markdown,
                                      fill_placeholders()))

FILE = "data/faq.yml"
PATH = ("questions", 0, "answer", LANGUAGES[-1])
WHERE = f"questions[0].answer.{LANGUAGES[-1]}"

REFUSED = {
    "raw HTML": ("Read <b>this</b>.", "raw HTML is not allowed: <b>"),
    "script": ("<script>alert(1)</script>", "raw HTML is not allowed: <script>"),
    "HTML block": ("Fine.\n\n<div>x</div>", "raw HTML is not allowed: <div>"),
    "swallowed HTML": ("<div markdown><div markdown>", "raw HTML is not allowed: <div markdown>"),
    "HTML comment": ("Fine <!-- x -->", "raw HTML is not allowed: <!-- x -->"),
    "javascript link": ("[x](javascript:alert(1))", 'the link "javascript:alert(1)" is not'),
    "hidden javascript link": ("[x](&#106;avascript:alert(1))",
                               'the link "javascript:alert(1)" is not allowed'),
    "data link": ("[x](data:text/html,hi)", 'the link "data:text/html,hi" is not allowed'),
    "http link": ("[x](http://example.org/)", 'the link "http://example.org/" is not allowed'),
    "other host without scheme": ("[x](//example.org/)", 'the link "//example.org/" is not'),
    "mail link": ("Write to <a@example.org>.", "is not allowed (hint: links must start with"),
    "attribute list": ('*x*{ onclick="alert(1)" }', "curly braces are not allowed here"),
    # In a heading, `## Why {onclick} { #id }` would give the heading an onclick attribute.
    # attr_list reads the braces after inline code as an attribute without a value.
    "placeholder after inline code": ("`x`{date}", 'the attribute date="" is not allowed'),
    "unknown placeholder": ("Why {onclick}", "curly braces are not allowed here (they are "
                            "reserved for the placeholders: {"),
    "image": ("![x](https://example.org/x.png)", "an image is not allowed in a text"),
    "heading": ("# Title", "a heading is not allowed in a text"),
    "admonition": ("!!! note\n    x", "a block (admonition, tabs…) is not allowed"),
    "character reference": ("a &amp; b", "the character reference &amp; is not allowed"),
    "control character": ("a\u0007b", "the control character U+0007 is not allowed"),
    "definition list": ("Fine.\n\n: x", "a line may not start with a colon"),
}
ACCEPTED = [
    "Plain text, with « guillemets » : and a colon!",
    "*emphasis*, **strong**, `code`, [a source](https://example.org/a?b=c&d=e) and "
    "[a page](guide.md#web-switch-off).",
    "A list:\n\n- one\n- two [link](law.md)\n\n1. first\n2. second",
    "Less < more & so on > 2",
    "Placeholders filled in by the page: {duration} until {date}.",
]


def _problems(tmp_path: Path, file: str, path: tuple, value: str) -> tuple[int, list[str]]:
    """Set one value in a copy of a data file; its line, and the problems of that file."""
    (tmp_path / "data").mkdir()
    shutil.copy(ROOT / file, tmp_path / file)
    line = set_value(tmp_path, file, path, value)
    doc, problems = load_document(tmp_path / file, file)
    name = Path(file).stem
    return line, [str(p) for p in problems + check_schema(doc, VALIDATORS[name], LANGUAGES)]


@pytest.mark.parametrize("case", list(REFUSED))
def test_text_outside_the_subset_is_refused_at_its_line(tmp_path: Path, case: str) -> None:
    text, message = REFUSED[case]
    line, problems = _problems(tmp_path, FILE, PATH, text)
    assert any(p.startswith(f"{FILE}:{line}:") and f"{WHERE}: " in p and message in p
               for p in problems), problems


@pytest.mark.parametrize("text", ACCEPTED)
def test_the_subset_is_accepted(tmp_path: Path, text: str) -> None:
    assert _problems(tmp_path, FILE, PATH, text)[1] == []


@pytest.mark.parametrize("text", ["- one\n- two", "One.\n\nTwo."])
def test_list_or_paragraphs_only_where_they_fit(tmp_path: Path, text: str) -> None:
    # A question is a heading: a list would end it and lose its anchor.
    path = ("questions", 0, "question", LANGUAGES[-1])
    line, problems = _problems(tmp_path, FILE, path, text)
    assert any(p.startswith(f"{FILE}:{line}:") and "several paragraphs or a list cannot go "
               "here" in p for p in problems), problems


def test_plain_string_on_one_line_only(tmp_path: Path) -> None:
    line, problems = _problems(tmp_path, "data/sources.yml", ("sources", 0, "title"), "A\nB")
    assert f"data/sources.yml:{line}:12: sources[0].title: a line break is not allowed here" \
        in "\n".join(problems)


def test_address_that_would_break_out_of_its_link(tmp_path: Path) -> None:
    line, problems = _problems(tmp_path, "data/sources.yml", ("sources", 0, "url"),
                               "https://example.org/)<img src=x onerror=alert(1)>")
    assert any(p.startswith(f"data/sources.yml:{line}:") and "sources[0].url: " in p
               and "is not in the expected form" in p for p in problems), problems


# `make check` takes a one-line text whose only braces are placeholders as plain text without
# rendering it (read/text_policy.py: _plain_paragraph): the site's Markdown must agree.
PLACEHOLDER_TEXTS = ["{date}", "Facts checked on {date}.", "Depuis le {start_date}, LinkedIn…",
                     "{duration} until {date}", "Fill it in with {texts} in {language}."]


@pytest.mark.parametrize("text", PLACEHOLDER_TEXTS)
def test_a_placeholder_is_plain_text_to_the_sites_markdown(text: str) -> None:
    setup = read_project_config(ROOT / "mkdocs.yml").markdown
    md = markdown.Markdown(extensions=list(setup.extensions), extension_configs=dict(setup.configs))
    assert md.convert(text) == f"<p>{text}</p>"
    assert MarkupChecker(setup, fill_placeholders()).problems(text) == []
