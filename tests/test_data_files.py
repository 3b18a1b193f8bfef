"""Every real data file passes its schema, and every schema is a valid JSON Schema."""

from __future__ import annotations

import json

import jsonschema
import pytest
from conftest import LANGUAGES, ROOT
from explainer.model.content import load_content
from explainer.read.data_files import data_files
from referencing import Registry, Resource


@pytest.mark.parametrize("schema", sorted((ROOT / "data" / "schemas").glob("*.json")),
                         ids=lambda p: p.name)
def test_schema_is_valid(schema) -> None:
    jsonschema.Draft202012Validator.check_schema(json.loads(schema.read_text(encoding="utf-8")))


def test_all_data_is_valid_for_the_configured_languages() -> None:
    content = load_content(ROOT / "data", LANGUAGES)
    assert content.data["sources"]["sources"]


@pytest.mark.parametrize("name", data_files(ROOT / "data"))
def test_data_file_points_editors_to_its_schema(name: str) -> None:
    first = (ROOT / "data" / f"{name}.yml").read_text(encoding="utf-8").splitlines()[0]
    assert first == f"# yaml-language-server: $schema=schemas/{name}.schema.json"


def _subschemas(node: object) -> list[dict]:
    found = []
    if isinstance(node, dict):
        found.append(node)
        for child in node.values():
            found += _subschemas(child)
    elif isinstance(node, list):
        for child in node:
            found += _subschemas(child)
    return found


def _schemas() -> dict[str, dict]:
    return {p.name: json.loads(p.read_text(encoding="utf-8"))
            for p in sorted((ROOT / "data" / "schemas").glob("*.schema.json"))}


@pytest.mark.parametrize("name", sorted(_schemas()))
def test_every_property_explains_itself_to_contributors(name: str) -> None:
    """Editors show these descriptions and examples as people type."""
    for node in _subschemas(_schemas()[name]):
        for key, prop in node.get("properties", {}).items():
            assert prop.get("description"), f"{name}: {key} has no description"
            if prop.get("type") == "string" and "enum" not in prop:
                assert prop.get("examples"), f"{name}: {key} has no example"


@pytest.mark.parametrize("name", sorted(_schemas()))
def test_every_example_is_valid(name: str) -> None:
    schemas = _schemas()
    registry = Registry().with_resources(
        (file, Resource.from_contents(schema)) for file, schema in schemas.items())
    for node in _subschemas(schemas[name]):
        for example in node.get("examples", []):
            sub = {**node, "$id": f"{name}#example"}
            errors = list(jsonschema.Draft202012Validator(sub, registry=registry)
                          .iter_errors(example))
            assert not errors, f"{name}: example {example!r}: {errors[0].message}"
