"""Random input, hostile on purpose. The loader only ever reports problems (never crashes), and
whatever it accepts renders to HTML with no element, attribute or link the input injected."""

from __future__ import annotations

import copy
import dataclasses
import tempfile
from pathlib import Path

import markdown
import yaml
from bs4 import BeautifulSoup
from conftest import LANGUAGES, ROOT
from explainer.model.clock import now
from explainer.model.content import load_content
from explainer.read.load import load_document
from explainer.read.placeholders import fill_placeholders
from explainer.read.problems import Problem
from explainer.read.project_config import read_project_config
from explainer.read.schemas import validators
from explainer.read.text_policy import MarkupChecker
from explainer.read.validate import check_references, check_schema
from explainer.render.html_guard import html_problems
from explainer.render.pages import render_page
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

SETUP = read_project_config(ROOT / "mkdocs.yml").markdown
CHECKER = MarkupChecker(SETUP, fill_placeholders())
VALIDATORS = validators(ROOT / "data" / "schemas", LANGUAGES, CHECKER)
DOCS = {name: load_document(ROOT / "data" / f"{name}.yml", f"data/{name}.yml")[0]
        for name in VALIDATORS}
CONTENT = load_content(ROOT / "data", LANGUAGES)
LANG = LANGUAGES[0]
SOURCE = CONTENT.data["faq"]["questions"][0]["sources"][0]

# Pieces of YAML, Markdown and HTML that have broken parsers before. Not the {date}
# placeholders: a text that has one must be one that a template fills in (in a heading it would
# cost the heading its anchor; that is a layout mistake the text check cannot see).
TOKENS = [
    "<", ">", "</", "<script>", "<img src=x onerror=alert(1)>", "<!--", "-->", "<div markdown>",
    "&", "&amp;", "&#106;", "&#x3C;", "javascript:", "data:", "http://", "https://x.org", "//x",
    "[", "]", "(", ")", "](", "![", "*", "**", "_", "`", "```", "~", "^", "|", "\\", "{", "}",
    "{: onclick=x}", "{ #id }", "#", "## ", "!!! note", "=== ", "??? x", ":", ": ",
    "- ", "1. ", "> ", "    ", "\t", "\n", "\n\n", "\r", "\u2028", "\x00", "\x1b", "\ufeff",
    '"', "'", "=", "a", "b", "é", "☃", " ", "&&", "*/", "%", "@", "!!python/object:os.system",
    "&x", "*x", "<<: ", "---", "...", "? ", "!", "?", ",", "[[", "{{",
]
hostile_text = st.one_of(
    st.lists(st.sampled_from(TOKENS), max_size=12).map("".join),
    st.text(max_size=40),
)
yaml_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | hostile_text,
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(hostile_text, children, max_size=4),
    max_leaves=12,
)
FAQ = (ROOT / "data" / "faq.yml").read_text(encoding="utf-8")
yaml_documents = st.one_of(
    hostile_text,
    yaml_values.map(lambda value: yaml.safe_dump(value, allow_unicode=True)),
    st.tuples(st.integers(0, len(FAQ)), hostile_text).map(
        lambda cut: FAQ[: cut[0]] + cut[1] + FAQ[cut[0]:]),
)
SETTINGS = settings(max_examples=60, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(yaml_documents)
def test_loader_only_reports_problems(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "faq.yml"
        path.write_text(text, encoding="utf-8", newline="")
        doc, problems = load_document(path, "data/faq.yml")
    if doc.data is not None:
        problems += check_schema(doc, VALIDATORS["faq"], LANGUAGES)
    if not problems:
        problems += check_references({**DOCS, "faq": doc})
    assert all(isinstance(p, Problem) and p.file == "data/faq.yml" and p.line >= 1
               for p in problems)


def _render_faq(intro: str, question: str, short: str) -> str:
    faq = copy.deepcopy(CONTENT.data["faq"])
    faq["intro"][LANG] = intro
    faq["questions"][0]["question"][LANG] = question
    sources = {"sources": [{**s, "short": short} if s["id"] == SOURCE else s
                           for s in CONTENT.data["sources"]["sources"]]}
    content = dataclasses.replace(CONTENT, data={**CONTENT.data, "faq": faq, "sources": sources},
                                  _views={})
    md = markdown.Markdown(extensions=list(SETUP.extensions),
                           extension_configs=dict(SETUP.configs))
    return md.convert(render_page("faq", content.view(LANG, now())))


def _shape(html: str) -> tuple[set[str], set[str], set[str]]:
    soup = BeautifulSoup(html, "html.parser")
    tags = {el.name for el in soup.find_all(True)}
    attributes = {name for el in soup.find_all(True) for name in el.attrs}
    ids = {el["id"] for el in soup.find_all(id=True)}
    return tags, attributes, ids


BASELINE = _shape(_render_faq("Zzz", "Zzz", "Zzz"))
SUBSET_TAGS = {"p", "em", "strong", "a", "code", "ul", "ol", "li"}


@SETTINGS
@given(hostile_text, hostile_text, hostile_text)
def test_accepted_input_injects_nothing(intro: str, question: str, short: str) -> None:
    # The introduction may hold paragraphs and lists; the question is a heading.
    accepted = not CHECKER.problems(intro, blocks=True) and not CHECKER.problems(question) \
        and not CHECKER.plain_problems(short) and intro.strip() and question.strip() \
        and short.strip()
    if not accepted:
        return
    html = _render_faq(intro, question, short)
    tags, attributes, ids = _shape(html)
    assert html_problems(html) == []
    assert tags <= BASELINE[0] | SUBSET_TAGS
    assert attributes <= BASELINE[1] | {"href", "rel"}
    assert ids == BASELINE[2]
    assert short in BeautifulSoup(html, "html.parser").get_text()
