"""The JSON Schemas of the data files, adapted to the languages of the site.

The files in data/schemas/ accept any language code and any page kind (so that editors can use
them as they are); the build narrows every translatable text to exactly the configured languages,
and every place marked `"pageKinds"` to the page kinds of the registry (docs/ front matter):
`"pageKinds": "enum"` on a string, `"pageKinds": "properties"` on a mapping that needs one entry
per page kind (its `additionalProperties` is the schema of an entry).

Two keywords of our own: `markup` (what a string may contain, see text_policy.py) and
`placeholders` (the {names} a text may use, because the code fills them in there). A format of
our own, `partial-date`, is a real calendar date as precise as a source gives it. `$ref` is
jsonschema's, except that every reference is resolved once, when the validators are made.
"""

from __future__ import annotations

import calendar
import copy
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker, ValidationError
from jsonschema.validators import extend
from referencing import Registry, Resource
from referencing.exceptions import Unresolvable

from .text_policy import MarkupChecker

COMMON = "common.schema.json"
# Definitions, in common.schema.json, of values keyed by language (texts, units, typography)
# that must exist in every language of the site.
TRANSLATED_DEFS = ("text", "blocks", "plain_text", "plural_text", "typography")


def _narrow_to_languages(common: dict[str, Any], languages: Sequence[str],
                         in_progress: Sequence[str] = ()) -> dict[str, Any]:
    """Every text in exactly the site's languages: required in each, but in the languages whose
    translation is in progress, which may have it or not yet."""
    narrowed = copy.deepcopy(common)
    for name in TRANSLATED_DEFS:
        definition = narrowed["$defs"][name]
        value_schema = definition.pop("additionalProperties")
        definition.pop("propertyNames", None)
        definition["required"] = [lang for lang in languages if lang not in in_progress]
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


class PlaceholderFields:
    """The texts that met the `placeholders` keyword in a validation, with the names each may
    use. Any other text that uses a placeholder would publish it as it is: "{date}"."""

    def __init__(self) -> None:
        self.allowed: dict[int, frozenset[str]] = {}

    def keyword(self, validator: Any, names: list[str], instance: Any,
                schema: dict[str, Any]) -> Any:
        if isinstance(instance, dict):
            # By identity: the same text dict of the loaded document is checked afterwards.
            self.allowed[id(instance)] = frozenset(names)
        return ()


YEARS = (1900, 2099)
_DATE_SHAPE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_DAY_FIRST = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")


def partial_date_problem(value: str) -> tuple[str, str] | None:
    """Why a YYYY, YYYY-MM or YYYY-MM-DD date is not a real one, with a hint; None if it is."""
    found = _DATE_SHAPE.match(value)
    if not found:
        day_first = _DAY_FIRST.match(value)
        hint = (f'write it year first: "{day_first[3]}-{int(day_first[2]):02d}-'
                f'{int(day_first[1]):02d}"' if day_first else
                'write it YYYY, YYYY-MM or YYYY-MM-DD, between quotes: "2025-11-03"')
        return f'"{value}" is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD', hint
    year, month, day = (int(part) if part else None for part in found.groups())
    assert year is not None
    if not YEARS[0] <= year <= YEARS[1]:
        return (f"the year {found[1]} is not a plausible date for this site",
                f"write a year from {YEARS[0]} to {YEARS[1]}")
    if month is not None and not 1 <= month <= 12:
        return (f'"{value}" has no month {found[2]}', "months go from 01 to 12: YYYY-MM-DD")
    if day is not None and month is not None:
        days = calendar.monthrange(year, month)[1]
        if not 1 <= day <= days:
            name = calendar.month_name[month]
            leap = (f" ({year} is not a leap year)" if month == 2 and day == 29 else "")
            return (f'"{value}" is not a real date: {name} {year} has {days} days{leap}',
                    "check the date in the source")
    return None


def _partial_date(value: object) -> bool:
    return not isinstance(value, str) or partial_date_problem(value) is None


# Values that are data, not schemas: left as written.
_NOT_SCHEMAS = {"enum", "const", "examples", "default"}


def _subschemas(node: Any) -> Any:
    """Every mapping of a schema that is a schema, at any depth."""
    if isinstance(node, dict):
        yield node
        for key, value in node.items():
            if key not in _NOT_SCHEMAS:
                yield from _subschemas(value)
    elif isinstance(node, list):
        for item in node:
            yield from _subschemas(item)


def _resolved_refs(schemas: dict[str, dict[str, Any]], registry: Registry) -> dict[int, Any]:
    """The subschema each `$ref` leads to, by the identity of the mapping that holds the
    `$ref`: resolved as jsonschema does, with its file's `$id` as base."""
    resolved: dict[int, Any] = {}
    for name, schema in schemas.items():
        resolver = registry.resolver(base_uri=schema.get("$id", name))
        for node in _subschemas(schema):
            ref = node.get("$ref")
            if not isinstance(ref, str):
                continue
            try:
                resolved[id(node)] = resolver.lookup(ref).contents
            except Unresolvable:
                continue  # jsonschema reports it, where it is used
    return resolved


def _ref_keyword(resolved: dict[int, Any]) -> Any:
    """`$ref` as jsonschema applies it, with every reference resolved beforehand.

    jsonschema resolves a `$ref` each time a value meets it: about 3,600 lookups for data/,
    a third of the time of the whole schema check. Each one is resolved once (`_resolved_refs`)
    and found again by the identity of the subschema that holds it: the schemas are not copied
    after this point. The subschema is then applied as jsonschema applies it (`descend`, no
    path added), so errors are the same. A reference not resolved beforehand goes to
    jsonschema's own keyword."""
    own_ref = Draft202012Validator.VALIDATORS["$ref"]

    def ref(validator: Any, ref: str, instance: Any, schema: dict[str, Any]) -> Any:
        target = resolved.get(id(schema))
        if target is None:
            return own_ref(validator, ref, instance, schema)
        return validator.descend(instance, target)

    return ref


def _inline_plain_refs(schemas: dict[str, dict[str, Any]], resolved: dict[int, Any],
                       keywords: Any) -> None:
    """Puts the subschema in place of a `{"$ref": ...}` that holds nothing else jsonschema
    applies (a description, examples), where that subschema does not lead back to itself
    through its own references (a text, an address, a fact): one step less for each of the
    thousands of values that meet one, and no cycle can come of it. Errors are the same: a
    `$ref` adds nothing to an error's path, and an error's schema is the subschema that
    refused the value, never the `$ref` around it."""
    targets = {id(target): target for target in resolved.values() if isinstance(target, dict)}
    leads_to = {key: {id(resolved[id(node)]) for node in _subschemas(target)
                      if id(node) in resolved}
                for key, target in targets.items()}

    def recursive(start: int) -> bool:
        seen: set[int] = set()
        todo = list(leads_to[start])
        while todo:
            key = todo.pop()
            if key == start:
                return True
            if key not in seen and key in leads_to:
                seen.add(key)
                todo += leads_to[key]
        return False

    plain = {key for key in targets if not recursive(key)}

    def inlined(value: Any) -> Any:
        if isinstance(value, dict) and id(value) in resolved \
                and id(resolved[id(value)]) in plain \
                and not any(key in keywords for key in value if key != "$ref"):
            return resolved[id(value)]
        return value

    for schema in schemas.values():
        for node in list(_subschemas(schema)):
            for key, value in node.items():
                if key in _NOT_SCHEMAS:
                    continue
                if isinstance(value, list):
                    value[:] = [inlined(item) for item in value]
                else:
                    node[key] = inlined(value)


def validators(schema_dir: Path, languages: Sequence[str],
               markup: MarkupChecker | None = None,
               page_kinds: Sequence[str] | None = None,
               in_progress: Sequence[str] = ()) -> dict[str, Draft202012Validator]:
    """One validator per data file name (its stem), sharing a registry of all schemas.
    Without `page_kinds`, places that ask for them accept any page kind name. Each validator's
    class carries `placeholder_fields`, filled in as it validates."""
    schemas = read_schemas(schema_dir)
    if page_kinds is not None:
        schemas = {name: with_page_kinds(schema, page_kinds) for name, schema in schemas.items()}
    schemas[COMMON] = _narrow_to_languages(schemas[COMMON], languages, in_progress)
    registry: Registry = Registry().with_resources(
        (name, Resource.from_contents(schema)) for name, schema in schemas.items()
    ).crawl()
    checker = FormatChecker()
    checker.checks("partial-date")(_partial_date)
    fields = PlaceholderFields()
    resolved = _resolved_refs(schemas, registry)
    validator_class = extend(
        Draft202012Validator, {"markup": _markup_keyword(markup or MarkupChecker()),
                               "placeholders": fields.keyword,
                               "$ref": _ref_keyword(resolved)})
    _inline_plain_refs(schemas, resolved, validator_class.VALIDATORS)
    validator_class.placeholder_fields = fields  # type: ignore[attr-defined]
    return {
        name.removesuffix(".schema.json"): validator_class(
            schema, registry=registry, format_checker=checker
        )
        for name, schema in schemas.items()
        if name != COMMON
    }
