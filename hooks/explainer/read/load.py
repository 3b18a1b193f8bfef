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
from yaml.composer import ComposerError
from yaml.constructor import SafeConstructor
from yaml.cyaml import CParser
from yaml.nodes import MappingNode, ScalarNode, SequenceNode
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


def _mark(event: yaml.Event) -> tuple[int, int]:
    return event.start_mark.line + 1, event.start_mark.column + 1


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


_STR = "tag:yaml.org,2002:str"
_MERGE = "tag:yaml.org,2002:merge"
# What needs no constructor: a text, and a date (kept as written, for the "date" format).
_AS_WRITTEN = {_STR, "tag:yaml.org,2002:timestamp"}


class _Open:
    """A mapping or a list being read, and where its next entry goes."""

    __slots__ = ("value", "path", "built", "mapping", "comment", "key", "key_end", "next_is_key",
                 "skip")

    def __init__(self, value: dict[str, Any] | list[Any] | None, path: YamlPath,
                 mapping: bool, comment: bool) -> None:
        # None when its entries are not built (see _Reader).
        self.value = value
        self.path = path
        self.built = value is not None
        self.mapping = mapping
        # A flow collection ([...], {...}) may have a comment after it, known at its end.
        self.comment = comment
        self.key = ""              # in a mapping: the key of the value that comes next
        self.key_end: yaml.Mark | None = None
        self.next_is_key = True
        self.skip = False          # in a mapping: the value that comes next is not built


class _Reader:
    """Reads a YAML text from libyaml's events into Python values, recording where every value
    and key stands, and the problems, in one pass.

    libyaml (CParser, shipped in PyYAML's wheels) parses; PyYAML's composer, in Python, took
    most of the time of reading data/, and libyaml's own (`CSafeLoader.compose`) recurses in C:
    a file of a few thousand nested brackets crashes the process before any limit applies. So
    the events are read here, refusing in document order what the composer refused: anchors
    and aliases, nesting deeper than MAX_DEPTH, more than MAX_VALUES values, a second document.

    Some values are read but not built (no place, no problem recorded inside them): a key that
    is not plain text and its value, the value of a merge key or of a repeated key, and
    everything under a custom tag. Texts are taken as written; other scalars (numbers,
    booleans, null) are made by PyYAML's SafeConstructor once the whole file has parsed, so
    that a syntax error further down is what gets reported.
    """

    def __init__(self, file: str, text: str) -> None:
        self.doc = Document(file, None)
        self.text = text
        self.lines = text.split("\n")
        # None holds the place of a problem that a scalar made afterwards may have.
        self.problems: list[Problem | None] = []
        # Scalars to make once the whole text has parsed: each with its path, where it goes
        # (None: at the root) and the place of its problem.
        self.later: list[tuple[ScalarNode, YamlPath, dict[str, Any] | list[Any] | None,
                               str | int, int]] = []
        self.resolver = Resolver()
        self.tags: dict[Any, str] = {}

    def read(self) -> tuple[bool, Any]:
        """Whether the text holds a document, and its value, but for the scalars that
        `make_scalars` makes. Raises yaml.YAMLError."""
        parser = CParser(self.text)
        try:
            return self._document(parser.get_event)
        finally:
            parser.dispose()

    def problems_found(self) -> list[Problem]:
        return [problem for problem in self.problems if problem is not None]

    def _rest_of_line(self, end: yaml.Mark) -> str:
        return self.lines[end.line][end.column:] if end.line < len(self.lines) else ""

    def _document(self, get: Any) -> tuple[bool, Any]:
        get()  # stream start
        event = get()
        if type(event) is yaml.StreamEndEvent:
            return False, None
        # `event` started the document; the next events are its nodes, one at the root.
        stack: list[_Open] = []
        root: Any = None
        root_start: yaml.Mark | None = None
        values = 0
        while True:
            event = get()
            kind = type(event)
            if kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                self._close(stack.pop(), event.end_mark)
                if not stack:
                    break
                continue
            values += 1
            if len(stack) >= MAX_DEPTH or values > MAX_VALUES:
                raise yaml.MarkedYAMLError(
                    None, None,
                    f"the data is nested more than {MAX_DEPTH} levels deep"
                    if len(stack) >= MAX_DEPTH else
                    f"the file holds more than {MAX_VALUES:,} values",
                    event.start_mark)
            if kind is yaml.AliasEvent:
                raise yaml.MarkedYAMLError(
                    None, None, f"alias *{event.anchor} is not allowed", event.start_mark)
            if event.anchor is not None:
                raise yaml.MarkedYAMLError(
                    None, None, f"anchor &{event.anchor} is not allowed", event.start_mark)
            value = self._node(event, kind is yaml.ScalarEvent, stack)
            if root_start is None:
                root, root_start = value, event.start_mark
            if not stack:
                break
        get()  # document end
        event = get()
        if type(event) is not yaml.StreamEndEvent:
            raise ComposerError("expected a single document in the stream", root_start,
                                "but found another document", event.start_mark)
        return True, root

    def _tag(self, event: Any, scalar: bool) -> str:
        """The node's tag, written or as PyYAML's composer resolves it."""
        tag = event.tag
        if tag is not None and tag != "!":
            return tag
        # The resolver's answer depends on these alone; the same keys and words come back.
        key = (event.value, event.implicit) if scalar else (type(event), event.implicit)
        if key not in self.tags:
            kind = ScalarNode if scalar else MappingNode \
                if type(event) is yaml.MappingStartEvent else SequenceNode
            self.tags[key] = self.resolver.resolve(kind, event.value if scalar else None,
                                                   event.implicit)
        return self.tags[key]

    def _node(self, event: Any, scalar: bool, stack: list[_Open]) -> Any:
        """Reads the node that `event` starts. A list or mapping is pushed on `stack`, to be
        filled by the events that follow; returns the value (a list or mapping not filled yet),
        which is what the first node of a document needs."""
        path: YamlPath = ()
        built = True
        parent = stack[-1] if stack else None
        if parent is not None:
            if not parent.mapping:
                path = (*parent.path, len(parent.value)) if parent.value is not None else ()
                built = parent.built
            elif parent.next_is_key:
                parent.next_is_key = False
                if parent.built:
                    self._key(parent, event, scalar)
                built = False  # a key is recorded (_key), not built as a value
            else:
                parent.next_is_key = True
                built = parent.built and not parent.skip
                if built:
                    path = (*parent.path, parent.key)
                    self._key_comment(parent, event, path)
        if not built:
            if not scalar:
                stack.append(_Open(None, (), type(event) is yaml.MappingStartEvent, False))
            return None
        doc = self.doc
        doc.marks[path] = _mark(event)
        tag = self._tag(event, scalar)
        if scalar:
            value = self._scalar(event, tag, path, parent)
        else:
            flow = bool(event.flow_style)
            if flow:
                doc.comments[path] = ""  # its place in the order; see _close
            mapping = type(event) is yaml.MappingStartEvent
            value = None
            if tag not in _STANDARD_TAGS:
                self._refuse_tag(path, tag)
            else:
                value = {} if mapping else []
            stack.append(_Open(value, path, mapping, flow))
            # Lists and mappings are not made later: their entries go in as they come.
            self._put(parent, value)
        return value

    def _refuse_tag(self, path: YamlPath, tag: str) -> None:
        self.problems.append(self.doc.problem(path, f"the tag {tag} is not allowed",
                                              "remove the tag"))

    def _put(self, parent: _Open | None, value: Any) -> None:
        if parent is None:
            return
        if parent.mapping:
            parent.value[parent.key] = value  # type: ignore[index]
        else:
            parent.value.append(value)  # type: ignore[union-attr]

    def _scalar(self, event: Any, tag: str, path: YamlPath, parent: _Open | None) -> Any:
        doc = self.doc
        style = event.style
        if style not in ("|", ">"):  # a block scalar ends on a later line
            comment = _comment(self._rest_of_line(event.end_mark))
            if comment is not None:
                doc.comments[path] = comment
        # libyaml gives a plain scalar the style "", the pure-Python parser None.
        if not style and tag == _STR:
            doc.plain.add(path)
            value = event.value
            if curly_quoted(value):
                doc.reported.add(path)
                opening, closing = value[0], value[-1]
                self.problems.append(doc.problem(
                    path, f"this value stands between curly quotes {opening} {closing}, which "
                    "YAML does not read as quotes: they would be published as part of it",
                    f'write straight quotes "…" instead; if the {opening} {closing} belong to '
                    f"the text, put it all between straight quotes: "
                    f"'{opening}…{closing}'"))
        if tag not in _STANDARD_TAGS:
            self._refuse_tag(path, tag)
            value = None
        elif tag in _AS_WRITTEN:
            value = event.value
        else:
            node = ScalarNode(tag, event.value, event.start_mark, event.end_mark,
                              style=event.style)
            if parent is None:
                self.later.append((node, path, None, 0, len(self.problems)))
            else:
                where = parent.key if parent.mapping else len(parent.value)  # type: ignore
                self.later.append((node, path, parent.value, where,  # type: ignore[arg-type]
                                   len(self.problems)))
            self.problems.append(None)
            value = None
        self._put(parent, value)
        return value

    def _key(self, mapping: _Open, event: Any, scalar: bool) -> None:
        """A key of a built mapping: recorded, or refused (its value is then not built)."""
        mapping.skip = True
        line, col = _mark(event)
        if self._tag(event, scalar) == _MERGE:
            self.problems.append(Problem(self.doc.file, line, col, format_path(mapping.path),
                                         "merge keys (<<) are not allowed",
                                         "write the keys out in full"))
            return
        if not scalar:
            self.problems.append(Problem(self.doc.file, line, col, format_path(mapping.path),
                                         "a key must be plain text", ""))
            return
        key = str(event.value)
        child = (*mapping.path, key)
        if key in mapping.value:  # type: ignore[operator]
            first_line = self.doc.key_marks[child][0]
            hint = "keep one of them: YAML would silently drop the first"
            path = mapping.path
            if path and isinstance(path[-1], int):
                hint = (f"if line {line} starts a new entry of the list, begin it with "
                        f"'- '; otherwise {hint}")
            self.problems.append(
                Problem(self.doc.file, line, col, format_path(child),
                        f'the key "{key}" appears twice (first on line {first_line})', hint))
            return
        self.doc.key_marks[child] = (line, col)
        mapping.key = key
        mapping.key_end = event.end_mark
        mapping.skip = False

    def _key_comment(self, mapping: _Open, value: Any, path: YamlPath) -> None:
        """The comment after a key whose value starts on a later line: `name:  # intended`."""
        key_end = mapping.key_end
        assert key_end is not None
        if value.start_mark.line > key_end.line:
            rest = self._rest_of_line(key_end).lstrip(" \t")
            comment = _comment(rest[1:]) if rest.startswith(":") else None
            if comment is not None:
                self.doc.key_comments[path] = comment

    def _close(self, closed: _Open, end: yaml.Mark) -> None:
        if closed.comment:
            comment = _comment(self._rest_of_line(end)) if end.line < len(self.lines) else None
            if comment is None:
                del self.doc.comments[closed.path]
            else:
                self.doc.comments[closed.path] = comment

    def make_scalars(self, root: Any) -> Any:
        """The value read, with its numbers, booleans and nulls made."""
        constructor = SafeConstructor()
        for node, path, container, where, slot in self.later:
            try:
                value = constructor.construct_object(node, deep=True)
            except ValueError as err:
                # Python refuses to read integers of thousands of digits, for one.
                self.problems[slot] = self.doc.problem(
                    path, f"this value cannot be read ({err})", "put text between quotes")
                value = None
            except (KeyError, IndexError, TypeError, yaml.YAMLError):
                # A tag written by hand that its value does not fit: `!!bool maybe`,
                # `!!int ''`, `!!map x` (PyYAML raises rather than reports).
                self.problems[slot] = self.doc.problem(
                    path, f"{node.value!r} cannot be read as the tag {_short(node.tag)} asks",
                    f"remove {_short(node.tag)}, or write a value of that kind")
                value = None
            if container is None:
                root = value
            else:
                container[where] = value  # type: ignore[index]
        return root


def _short(tag: str) -> str:
    """A standard tag as it is written in a file: tag:yaml.org,2002:bool is !!bool."""
    return tag.replace("tag:yaml.org,2002:", "!!")


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
    reader = _Reader(display, text)
    try:
        has_document, value = reader.read()
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
    if not has_document:
        return Document(display, None), [
            Problem(display, 1, 1, "", "the file is empty",
                    f"undo the change that emptied it (`git checkout -- {display}` brings back "
                    "the last committed version)")
        ]
    reader.doc.data = reader.make_scalars(value)
    return reader.doc, reader.problems_found()
