"""Every real data file passes its schema, and every schema is a valid JSON Schema."""

from __future__ import annotations

import json

import jsonschema
import pytest
from conftest import LANGUAGES, ROOT
from explainer.content import DATA_FILES, load_content


@pytest.mark.parametrize("schema", sorted((ROOT / "data" / "schemas").glob("*.json")),
                         ids=lambda p: p.name)
def test_schema_is_valid(schema) -> None:
    jsonschema.Draft202012Validator.check_schema(json.loads(schema.read_text(encoding="utf-8")))


def test_all_data_is_valid_for_the_configured_languages() -> None:
    content = load_content(ROOT / "data", LANGUAGES)
    assert content.sources


@pytest.mark.parametrize("name", DATA_FILES)
def test_data_file_points_editors_to_its_schema(name: str) -> None:
    first = (ROOT / "data" / f"{name}.yml").read_text(encoding="utf-8").splitlines()[0]
    assert first == f"# yaml-language-server: $schema=schemas/{name}.schema.json"
