"""What each value of a data file is, read from its JSON Schema: a text (one string per
language), a record (known keys), a mapping (any keys), a list or a plain value.

The model needs two things the data alone does not say: which mappings are texts, and which
keys a record may have even when a file leaves them out (so that a template testing an optional
key gets None, and a misspelt key is an error rather than an empty string).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..read.data_files import COMMON_SCHEMA

# Definitions of common.schema.json that are texts, and the one that is a plural unit.
TEXT_DEFS = ("text", "blocks", "plain_text")
PLURAL_DEFS = ("plural_text",)


@dataclass
class Shape:
    """The shape of one value. `kind` is text, plural, record, mapping, list, choice or value."""

    kind: str
    fields: dict[str, Shape] = field(default_factory=dict)   # record: its declared keys
    values: Shape | None = None                               # mapping values, list items
    choices: tuple[Shape, ...] = ()                           # choice: the alternatives


VALUE = Shape("value")
TEXT = Shape("text")
PLURAL = Shape("plural")


class _Builder:
    def __init__(self, schemas: Mapping[str, dict[str, Any]]) -> None:
        self.schemas = schemas
        self.done: dict[tuple[str, str], Shape] = {}

    def ref(self, ref: str, current: str) -> Shape:
        file, _, pointer = ref.partition("#")
        file = file or current
        if file == COMMON_SCHEMA and pointer.startswith("/$defs/"):
            name = pointer.removeprefix("/$defs/")
            if name in TEXT_DEFS:
                return TEXT
            if name in PLURAL_DEFS:
                return PLURAL
        key = (file, pointer)
        if key not in self.done:
            # A placeholder first: a schema that refers to itself ends here instead of looping.
            self.done[key] = placeholder = Shape("value")
            node: Any = self.schemas[file]
            for part in (p for p in pointer.split("/") if p):
                node = node[part]
            built = self.shape(node, file)
            placeholder.__dict__.update(built.__dict__)
        return self.done[key]

    def shape(self, node: Any, current: str) -> Shape:
        if not isinstance(node, dict):
            return VALUE
        if "$ref" in node:
            return self.ref(node["$ref"], current)
        if "allOf" in node:
            parts = [self.shape(part, current) for part in node["allOf"]]
            return next((p for p in parts if p.kind in ("text", "plural")), None) \
                or _merge(parts)
        for keyword in ("oneOf", "anyOf"):
            if keyword in node:
                return Shape("choice", choices=tuple(self.shape(part, current)
                                                     for part in node[keyword]))
        if "properties" in node:
            extra = node.get("additionalProperties")
            return Shape("record", fields={key: self.shape(value, current)
                                           for key, value in node["properties"].items()},
                         values=self.shape(extra, current) if isinstance(extra, dict) else None)
        if isinstance(node.get("additionalProperties"), dict):
            return Shape("mapping", values=self.shape(node["additionalProperties"], current))
        if "items" in node:
            return Shape("list", values=self.shape(node["items"], current))
        return VALUE


def _merge(parts: list[Shape]) -> Shape:
    fields: dict[str, Shape] = {}
    for part in parts:
        fields.update(part.fields)
    return Shape("record", fields=fields) if fields else VALUE


def shapes(schemas: Mapping[str, dict[str, Any]]) -> dict[str, Shape]:
    """The shape of each data file, by name ('guide'), from its schema ('guide.schema.json')."""
    builder = _Builder(schemas)
    return {name.removesuffix(".schema.json"): builder.shape(schema, name)
            for name, schema in schemas.items() if name != COMMON_SCHEMA}
