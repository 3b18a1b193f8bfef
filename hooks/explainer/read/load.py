"""Read a YAML data file strictly, keeping where every value stands in the file.

Stricter than yaml.safe_load on purpose: duplicate keys, anchors and aliases, merge keys and
custom tags are errors, and dates stay strings (so that the JSON Schema "date" format applies).
What YAML would silently read otherwise than meant is kept for the checks: which strings were
written without quotes, and the comment that follows a value on its line (an unquoted text stops
at ` #`). Curly quotes around an unquoted value are an error here: YAML keeps them in the text.
Anyone can propose a change to data/, so hostile files are bounded too: a file over MAX_BYTES,
holding more than MAX_VALUES values or nested deeper than MAX_DEPTH, is refused before it can
slow the build down or crash it.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.cyaml import CParser
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.resolver import Resolver

from .problems import Problem, format_path

YamlPath = tuple[str | int, ...]

# The largest data file today is about a tenth of this; README documents both limits.
MAX_BYTES = 512 * 1024
MAX_DEPTH = 40
# Reading takes time per value, not per byte: sources.yml, the largest file, holds about 2,500.
MAX_VALUES = 10_000

# Tags a plain YAML document produces; anything else was written on purpose (!!python/...).
_STANDARD_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
}


@dataclass
class Document:
    """A loaded data file: its value, and the line/column of each value and key in it."""

    file: str
    data: Any
    marks: dict[YamlPath, tuple[int, int]] = field(default_factory=dict)
    key_marks: dict[YamlPath, tuple[int, int]] = field(default_factory=dict)
    # Strings written without quotes (plain style).
    plain: set[YamlPath] = field(default_factory=set)
    # The comment after a value on the same line ("# ..."), and after a key whose value starts
    # on the next line (`name:  # intended`).
    comments: dict[YamlPath, str] = field(default_factory=dict)
    key_comments: dict[YamlPath, str] = field(default_factory=dict)
    # Values the loader already reported: the schema's own complaint about them would only
    # repeat it less clearly.
    reported: set[YamlPath] = field(default_factory=set)

    def where(self, path: YamlPath, *, key: bool = False) -> tuple[int, int]:
        """Line and column of a path, or of its nearest ancestor present in the file."""
        table = self.key_marks if key else self.marks
        probe = tuple(path)
        while probe:
            if probe in table:
                return table[probe]
            if probe in self.marks:
                return self.marks[probe]
            probe = probe[:-1]
        return self.marks.get((), (1, 1))

    def problem(self, path: YamlPath, message: str, hint: str = "", *,
                key: bool = False, warning: bool = False) -> Problem:
        line, column = self.where(path, key=key)
        return Problem(self.file, line, column, format_path(path), message, hint, warning)


class _Loader(Composer, CParser, SafeConstructor, Resolver):
    """A safe loader that refuses anchors and aliases, and nesting deeper than MAX_DEPTH.

    libyaml (CParser, shipped in PyYAML's wheels) reads the file: the pure-Python scanner
    needs tens of seconds for some files under MAX_BYTES. Composing stays in Python, here.
    """

    def __init__(self, text: str) -> None:
        CParser.__init__(self, text)
        SafeConstructor.__init__(self)
        Resolver.__init__(self)
        Composer.__init__(self)
        self.depth = 0
        self.values = 0

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        self.values += 1
        if self.depth >= MAX_DEPTH or self.values > MAX_VALUES:
            raise yaml.MarkedYAMLError(
                None, None,
                f"the data is nested more than {MAX_DEPTH} levels deep"
                if self.depth >= MAX_DEPTH else f"the file holds more than {MAX_VALUES:,} values",
                self.peek_event().start_mark,
            )
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.MarkedYAMLError(
                None, None, f"alias *{event.anchor} is not allowed", event.start_mark
            )
        event = self.peek_event()
        anchor = getattr(event, "anchor", None)
        if anchor is not None:
            raise yaml.MarkedYAMLError(
                None, None, f"anchor &{anchor} is not allowed", event.start_mark
            )
        self.depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


def _mark(node: Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


# Typographic quotation marks a word processor or a phone puts where straight quotes were typed,
# each with the marks that close it.
CURLY_QUOTES = {"“": "”", "‘": "’", "«": "»", "„": "“”", "‚": "‘’", "”": "”", "»": "«"}


def curly_quoted(value: str) -> bool:
    """Whether the whole value stands between one pair of typographic quotes: “…”, « … »."""
    closers = CURLY_QUOTES.get(value[:1], "")
    return len(value) > 1 and value[-1] in closers and not any(
        ch in closers for ch in value[1:-1])


def _comment(rest: str) -> str | None:
    """The comment that starts a rest of line (after a value), if any."""
    stripped = rest.lstrip(" \t")
    if stripped.startswith("#") and len(stripped) < len(rest):
        return stripped
    return None


class _Builder:
    """Turns a composed node tree into Python values, recording marks and problems."""

    def __init__(self, file: str, loader: yaml.SafeLoader, lines: list[str]) -> None:
        self.doc = Document(file, None)
        self.loader = loader
        self.lines = lines
        self.problems: list[Problem] = []

    def _rest_of_line(self, node: Node) -> str:
        end = node.end_mark
        return self.lines[end.line][end.column:] if end.line < len(self.lines) else ""

    def _note_scalar(self, node: ScalarNode, path: YamlPath) -> None:
        if node.style in ("|", ">"):
            return  # a block scalar ends on a later line: nothing follows it on its own
        comment = _comment(self._rest_of_line(node))
        if comment is not None:
            self.doc.comments[path] = comment
        # libyaml gives a plain scalar the style "", the pure-Python parser None.
        if not node.style and node.tag == "tag:yaml.org,2002:str":
            self.doc.plain.add(path)
            if curly_quoted(node.value):
                self.doc.reported.add(path)
                opening, closing = node.value[0], node.value[-1]
                self.problems.append(self.doc.problem(
                    path, f"this value stands between curly quotes {opening} {closing}, which "
                    "YAML does not read as quotes: they would be published as part of it",
                    f'write straight quotes "…" instead; if the {opening} {closing} belong to '
                    f"the text, put it all between straight quotes: "
                    f"'{opening}…{closing}'"))

    def build(self, node: Node, path: YamlPath) -> Any:
        self.doc.marks[path] = _mark(node)
        if isinstance(node, ScalarNode):
            self._note_scalar(node, path)
        elif node.flow_style and node.end_mark.line < len(self.lines):
            comment = _comment(self._rest_of_line(node))
            if comment is not None:
                self.doc.comments[path] = comment
        if node.tag not in _STANDARD_TAGS:
            self.problems.append(
                self.doc.problem(path, f"the tag {node.tag} is not allowed", "remove the tag")
            )
            return None
        if isinstance(node, MappingNode):
            return self._mapping(node, path)
        if isinstance(node, SequenceNode):
            return [self.build(item, (*path, i)) for i, item in enumerate(node.value)]
        assert isinstance(node, ScalarNode)
        if node.tag == "tag:yaml.org,2002:timestamp":
            return node.value
        try:
            return self.loader.construct_object(node, deep=True)
        except ValueError as err:
            # Python refuses to read integers of thousands of digits, for one.
            self.problems.append(self.doc.problem(path, f"this value cannot be read ({err})",
                                                  "put text between quotes"))
            return None

    def _mapping(self, node: MappingNode, path: YamlPath) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                line, col = _mark(key_node)
                self.problems.append(
                    Problem(self.doc.file, line, col, format_path(path),
                            "merge keys (<<) are not allowed", "write the keys out in full")
                )
                continue
            if not isinstance(key_node, ScalarNode):
                line, col = _mark(key_node)
                self.problems.append(
                    Problem(self.doc.file, line, col, format_path(path),
                            "a key must be plain text", "")
                )
                continue
            key = str(key_node.value)
            child = (*path, key)
            if key in result:
                first_line = self.doc.key_marks[child][0]
                line, col = _mark(key_node)
                hint = "keep one of them: YAML would silently drop the first"
                if path and isinstance(path[-1], int):
                    hint = (f"if line {line} starts a new entry of the list, begin it with "
                            f"'- '; otherwise {hint}")
                self.problems.append(
                    Problem(self.doc.file, line, col, format_path(child),
                            f'the key "{key}" appears twice (first on line {first_line})', hint)
                )
                continue
            self.doc.key_marks[child] = _mark(key_node)
            if value_node.start_mark.line > key_node.end_mark.line:
                rest = self._rest_of_line(key_node).lstrip(" \t")
                comment = _comment(rest[1:]) if rest.startswith(":") else None
                if comment is not None:
                    self.doc.key_comments[child] = comment
            result[key] = self.build(value_node, child)
        return result


_HINTS = {
    "'\\t' that cannot start any token": "indent with spaces, never tabs",
    "that cannot start any token": "put text that starts with this character between quotes",
    "could not find expected ':'": "a key needs a colon and a space after it",
    "mapping values are not allowed": "put text that contains ': ' between quotes",
    "found undefined tag handle": "remove the tag",
    "levels deep": "data files are a few levels deep: look for unclosed [ or {",
    "values": "split the file",
    "did not find expected key": "check the indentation of this line and of the lines above it: "
    "keys at the same level start in the same column, and each list item starts with '- '",
    "did not find expected ',' or ']'": "a list written [a, b] needs its closing ] on the same "
    "entry; put text that contains a comma, a bracket or ' #' between quotes",
    "did not find expected ',' or '}'": "a mapping written {a: b} needs its closing }; put "
    "text that contains a comma, a brace or ' #' between quotes",
    "found unexpected end of stream": "a quote was opened and never closed",
    "found unknown escape character": "between double quotes a backslash starts an escape: "
    "write \\\\ for a backslash, or put the text between single quotes",
    "expected <block end>": "this line is not indented like the entries above it",
    "did not find expected '-' indicator": "every item of this list starts with '- ', indented "
    "like the items above it",
}


def load_document(path: Path, display: str) -> tuple[Document, list[Problem]]:
    """Load one YAML file. Returns the document and the problems found (it never raises them)."""
    size = path.stat().st_size
    if size > MAX_BYTES:
        return Document(display, None), [
            Problem(display, 1, 1, "", f"the file is {size // 1024} KiB, over the limit of "
                    f"{MAX_BYTES // 1024} KiB", "split it, or shorten its texts")
        ]
    raw = path.read_bytes()
    if raw.startswith(codecs.BOM_UTF8):
        return Document(display, None), [
            Problem(display, 1, 1, "", "the file starts with a byte-order mark (BOM)",
                    "save it as UTF-8 without BOM (most editors call it plain UTF-8)")
        ]
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\0" in raw[:200]:
        return Document(display, None), [
            Problem(display, 1, 1, "", "the file is saved as UTF-16, not UTF-8",
                    "save it as UTF-8 (most editors call it plain UTF-8)")
        ]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return Document(display, None), not_utf8(raw, display)
    return load_text(text, display)


# At most this many lines are named: a whole file in another encoding needs one fix.
MAX_ENCODING_PROBLEMS = 10


def not_utf8(raw: bytes, display: str) -> list[Problem]:
    """One problem per line that is not UTF-8, at its first wrong character: what the editor
    shows there, and the character it most probably is (Windows-1252, a superset of Latin-1)."""
    problems: list[Problem] = []
    for number, line in enumerate(raw.split(b"\n"), start=1):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError as err:
            column = len(line[:err.start].decode("utf-8", errors="replace")) + 1
            byte = line[err.start:err.start + 1]
            guess = byte.decode("cp1252", errors="replace")
            problems.append(Problem(
                display, number, column, "",
                f"the file is not UTF-8 text: the character here (byte 0x{byte.hex().upper()}, "
                f'probably "{guess}") is written in another encoding',
                "save the file as UTF-8 (in most editors: Save with Encoding, then UTF-8) and "
                "check that the character still reads right"))
            if len(problems) == MAX_ENCODING_PROBLEMS:
                break
    return problems


def load_text(text: str, display: str) -> tuple[Document, list[Problem]]:
    """Load YAML text (e.g. a file as it was at an earlier commit) named `display` in messages."""
    loader = _Loader(text)
    builder = _Builder(display, loader, text.split("\n"))
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = (err.problem or err.context or "invalid YAML").strip()
        if message == "found character that cannot start any token" and mark:
            lines = text.splitlines() or [""]
            found = lines[min(mark.line, len(lines) - 1)][mark.column:mark.column + 1]
            message = f"found character {found!r} that cannot start any token"
        hint = next((h for k, h in _HINTS.items() if k in message), "")
        return Document(display, None), [Problem(display, line, col, "", message, hint)]
    except yaml.YAMLError as err:
        return Document(display, None), [Problem(display, 1, 1, "", str(err).strip(), "")]
    except RecursionError:
        return Document(display, None), [Problem(display, 1, 1, "", "the file nests too deeply",
                                                 _HINTS["levels deep"])]
    finally:
        loader.dispose()
    if node is None:
        return Document(display, None), [
            Problem(display, 1, 1, "", "the file is empty",
                    f"undo the change that emptied it (`git checkout -- {display}` brings back "
                    "the last committed version)")
        ]
    builder.doc.data = builder.build(node, ())
    return builder.doc, builder.problems
