"""The content in one language: what templates and the rest of the package read.

Every text of data/ is a mapping from language to string; here it is a `LocalText`, the string
of one language that knows which language it is, so that a text shown in another language (a
fallback for a language still being translated) can carry its own lang attribute. Mappings
become `Record`s whose keys are attributes: a key that the schema declares but the file leaves
out reads as None, and any other name stops the build (`UnknownKey`), naming the key, where it
was looked for and the keys that exist. This is the only module that indexes texts by language.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..read.text_policy import as_placed
from .shapes import Shape


class LocalText(str):
    """A text of data/ in one language, as templates place it (trimmed; one line unless it is
    made of paragraphs or a list). `lang` is the language it is written in."""

    lang: str

    def __new__(cls, value: str, lang: str) -> LocalText:
        text = super().__new__(cls, value)
        text.lang = lang
        return text

    def __getnewargs__(self) -> tuple[str, str]:
        # copy and pickle make a LocalText again with its language.
        return str(self), self.lang


class UnknownKey(Exception):
    """A name that a record of data/ does not have, nor may have (a misspelt key).

    Not a KeyError on purpose: Jinja turns a KeyError into an undefined value, and this must
    stop the build at the template line that asked for it."""


class Record:
    """One mapping of data/ in one language."""

    __slots__ = ("_values", "_fields", "_where")

    def __init__(self, values: dict[str, Any], fields: frozenset[str], where: str) -> None:
        self._values = values
        self._fields = fields
        self._where = where

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            return self[name]
        except UnknownKey as err:
            raise AttributeError(str(err)) from None

    def __getitem__(self, name: str) -> Any:
        if name in self._values:
            return self._values[name]
        if name in self._fields:
            return None
        known = ", ".join(sorted(set(self._values) | self._fields))
        raise UnknownKey(f"{self._where} has no key {name!r} (its keys: {known})")

    def __contains__(self, name: object) -> bool:
        return name in self._values

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __repr__(self) -> str:
        return f"Record({self._where})"

    def keys(self) -> list[str]:
        return list(self._values)

    def values(self) -> list[Any]:
        return list(self._values.values())

    def get(self, name: str, default: Any = None) -> Any:
        value = self[name]
        return default if value is None else value


def _is_text(value: Any, languages: tuple[str, ...]) -> bool:
    """A text: the default language's string, and maybe others (a language in progress may not
    have it yet)."""
    return isinstance(value, dict) and languages[0] in value and \
        set(value) <= set(languages) and all(isinstance(v, str) for v in value.values())


def _in(value: dict[str, Any], lang: str, languages: tuple[str, ...]) -> tuple[Any, str]:
    """A text's value in `lang`, or, where a language in progress has none yet, the default
    language's, with the language it is in."""
    found = value.get(lang)
    if found is None or (isinstance(found, str) and not found.strip()):
        return value[languages[0]], languages[0]
    return found, lang


def _fits(shape: Shape, value: Any, languages: tuple[str, ...]) -> bool:
    """Whether a value is of this shape (to pick the alternative of a oneOf that it matches)."""
    if shape.kind == "text":
        return _is_text(value, languages)
    if shape.kind in ("record", "mapping", "plural"):
        return isinstance(value, dict) and (shape.kind != "record" or shape.values is not None
                                            or set(value) <= set(shape.fields))
    if shape.kind == "list":
        return isinstance(value, list)
    return not isinstance(value, (dict, list))


def _child(where: str, key: str) -> str:
    """'data/guide.yml: paths[0].steps' for the key `steps` of 'data/guide.yml: paths[0]'."""
    return f"{where}: {key}" if where.endswith(".yml") else f"{where}.{key}"


def localize(value: Any, shape: Shape | None, lang: str, languages: tuple[str, ...],
             where: str) -> Any:
    """A validated value of data/ as seen in `lang` (`where` names it in errors: 'guide.yml')."""
    if shape is not None and shape.kind == "choice":
        shape = next((c for c in shape.choices if _fits(c, value, languages)), None)
    kind = shape.kind if shape is not None else "value"
    if kind == "text" and isinstance(value, dict):
        text, written_in = _in(value, lang, languages)
        return LocalText(as_placed(text), written_in)
    if kind == "plural" and isinstance(value, dict):
        forms, written_in = _in(value, lang, languages)
        return {form: LocalText(text, written_in) for form, text in forms.items()}
    if isinstance(value, list):
        items = shape.values if shape is not None and kind == "list" else None
        return [localize(item, items, lang, languages, f"{where}[{index}]")
                for index, item in enumerate(value)]
    if isinstance(value, dict):
        fields = shape.fields if shape is not None else {}
        extra = shape.values if shape is not None else None
        return Record({key: localize(item, fields.get(key, extra), lang, languages,
                                     _child(where, key))
                       for key, item in value.items()},
                      frozenset(fields), where)
    return value
