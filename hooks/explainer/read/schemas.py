"""The JSON Schemas of the data files, adapted to the languages of the site.

The files in data/schemas/ accept any language code and any page kind (so that editors can use
them as they are); the build narrows every translatable text to exactly the configured languages,
and every place marked `"pageKinds"` to the page kinds of the registry (docs/ front matter):
`"pageKinds": "enum"` on a string, `"pageKinds": "properties"` on a mapping that needs one entry
per page kind (its `additionalProperties` is the schema of an entry).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker, ValidationError
from jsonschema.validators import extend
from referencing import Registry, Resource

from .text_policy import MarkupChecker

COMMON = "common.schema.json"
# Definitions, in common.schema.json, of values keyed by language (texts, plural units, typography)
# that must exist in every language of the site.
TRANSLATED_DEFS = ("text", "blocks", "plural_text", "typography")


def _narrow_to_languages(common: dict[str, Any], languages: Sequence[str]) -> dict[str, Any]:
    narrowed = copy.deepcopy(common)
    for name in TRANSLATED_DEFS:
        definition = narrowed["$defs"][name]
        value_schema = definition.pop("additionalProperties")
        definition.pop("propertyNames", None)
        definition["required"] = list(languages)
        definition["properties"] = {lang: value_schema for lang in languages}
        definition["additionalProperties"] = False
    return narrowed


def read_schemas(schema_dir: Path) -> dict[str, dict[str, Any]]:
    """Every schema of data/schemas/, by file name."""
    return {p.name: json.loads(p.read_text(encoding="utf-8"))
            for p in sorted(schema_dir.glob("*.schema.json"))}


def with_page_kinds(node: Any, kinds: Sequence[str]) -> Any:
    """A copy of a schema with the registry's page kinds filled in where it asks for them."""
    if isinstance(node, list):
        return [with_page_kinds(item, kinds) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: with_page_kinds(value, kinds) for key, value in node.items()}
    use = out.pop("pageKinds", None)
    if use == "enum":
        out["enum"] = list(kinds)
    elif use == "properties":
        entry = out.pop("additionalProperties")
        out["required"] = list(kinds)
        out["properties"] = {kind: entry for kind in kinds}
        out["additionalProperties"] = False
    return out


class MarkupError(ValidationError):
    """A string outside what its field accepts (keyword `markup`), with a hint for the fix."""

    hint = ""


def _markup_keyword(checker: MarkupChecker) -> Any:
    """`"markup": "markdown"` marks the texts (one paragraph in the Markdown subset of
    markup.py), `"markup": "blocks"` those that may also hold paragraphs and lists, and
    `"markup": "plain"` the strings printed as they are (one line, no control characters)."""

    def markup(validator: Any, kind: str, instance: Any, schema: dict[str, Any]) -> Any:
        if not isinstance(instance, str):
            return
        found = checker.plain_problems(instance) if kind == "plain" \
            else checker.problems(instance, blocks=kind == "blocks")
        for message, hint in found:
            error = MarkupError(message)
            error.hint = hint
            yield error

    return markup


def validators(schema_dir: Path, languages: Sequence[str],
               markup: MarkupChecker | None = None,
               page_kinds: Sequence[str] | None = None) -> dict[str, Draft202012Validator]:
    """One validator per data file name (its stem), sharing a registry of all schemas.
    Without `page_kinds`, places that ask for them accept any page kind name."""
    schemas = read_schemas(schema_dir)
    if page_kinds is not None:
        schemas = {name: with_page_kinds(schema, page_kinds) for name, schema in schemas.items()}
    schemas[COMMON] = _narrow_to_languages(schemas[COMMON], languages)
    registry: Registry = Registry().with_resources(
        (name, Resource.from_contents(schema)) for name, schema in schemas.items()
    )
    checker = FormatChecker()
    validator_class = extend(
        Draft202012Validator, {"markup": _markup_keyword(markup or MarkupChecker())})
    return {
        name.removesuffix(".schema.json"): validator_class(
            schema, registry=registry, format_checker=checker
        )
        for name, schema in schemas.items()
        if name != COMMON
    }
