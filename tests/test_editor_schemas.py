"""The schemas as an editor reads them (yaml-language-server, through the modeline on line 1 of
each data file): without the build's own keywords, they still flag blank texts, impossible
dates and malformed ids while the contributor types, each with a message in words."""

from __future__ import annotations

import json

import pytest
from conftest import ROOT
from explainer.read.load import load_document
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

SCHEMAS = {p.name: json.loads(p.read_text(encoding="utf-8"))
           for p in (ROOT / "data" / "schemas").glob("*.schema.json")}
REGISTRY = Registry().with_resources((name, Resource.from_contents(schema))
                                     for name, schema in SCHEMAS.items())


def _editor_errors(name: str, data: object) -> list[tuple[tuple, str]]:
    """(path, message an editor shows) for each error; an editor shows `patternErrorMessage`
    instead of the regular expression when the schema gives one."""
    validator = Draft202012Validator(SCHEMAS[f"{name}.schema.json"], registry=REGISTRY)
    return [(tuple(error.absolute_path),
             error.schema.get("patternErrorMessage", error.message)
             if error.validator == "pattern" else error.message)
            for error in validator.iter_errors(data)]


def _data(name: str) -> dict:
    doc, problems = load_document(ROOT / "data" / f"{name}.yml", f"data/{name}.yml")
    assert not problems
    return doc.data


@pytest.mark.parametrize("name", sorted(s.removesuffix(".schema.json") for s in SCHEMAS
                                        if s != "common.schema.json"))
def test_the_real_data_shows_no_error_in_the_editor(name: str) -> None:
    assert _editor_errors(name, _data(name)) == []


def test_blank_text() -> None:
    data = _data("faq")
    lang = next(iter(data["questions"][0]["question"]))
    data["questions"][0]["question"][lang] = "  "
    assert _editor_errors("faq", data) == [
        (("questions", 0, "question", lang),
         "This text is empty or blank: write it, or remove the key.")]


@pytest.mark.parametrize("date", ["2024-11-31", "2025-02-30", "0000", "03/10/2024", "2025-13"])
def test_impossible_date(date: str) -> None:
    data = _data("timeline")
    data["events"][0]["date"] = date
    assert _editor_errors("timeline", data) == [
        (("events", 0, "date"), "Not a real date: write YYYY, YYYY-MM or YYYY-MM-DD (for "
         "example 2025-11-03), a day that exists in that month.")]


def test_malformed_id() -> None:
    data = _data("faq")
    data["questions"][0]["id"] = "Too_Late"
    assert _editor_errors("faq", data) == [
        (("questions", 0, "id"), "An id is lower-case letters, digits and hyphens, starting "
         "with a letter: web-open-settings.")]


def test_text_over_the_length_limit() -> None:
    data = _data("faq")
    lang = next(iter(data["questions"][0]["answer"]))
    data["questions"][0]["answer"][lang] = "x" * 5001
    errors = _editor_errors("faq", data)
    assert [path for path, _ in errors] == [("questions", 0, "answer", lang)]
    assert "is too long" in errors[0][1]
