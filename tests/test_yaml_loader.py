"""The strict YAML loader: every mistake it catches names the file, line and column."""

from __future__ import annotations

from pathlib import Path

import pytest
from explainer.read.load import MAX_BYTES, MAX_DEPTH, MAX_VALUES, load_document

CASES = {
    "duplicate key": ("a: 1\nb: 2\na: 3\n",
                      'data/x.yml:3:1: a: the key "a" appears twice (first on line 1)'),
    "tab indentation": ("a:\n\tb: 1\n", "data/x.yml:2:1: found character '\\t' that cannot "
                        "start any token (hint: indent with spaces, never tabs)"),
    "syntax error": ("a: b: c\n", "data/x.yml:1:5: mapping values are not allowed in this context"),
    "alias": ("a: &x 1\nb: *x\n", "data/x.yml:1:4: anchor &x is not allowed"),
    "merge key": ("a: {x: 1}\nb:\n  <<: {y: 2}\n", "data/x.yml:3:3: b: merge keys (<<) are "
                  "not allowed"),
    "custom tag": ("a: !!python/object:os.system x\n", "data/x.yml:1:4: a: the tag "
                   "tag:yaml.org,2002:python/object:os.system is not allowed"),
    "empty file": ("# nothing\n", "data/x.yml:1:1: the file is empty"),
    "byte-order mark": ("\ufeffa: 1\n", "data/x.yml:1:1: the file starts with a byte-order mark "
                        "(BOM) (hint: save it as UTF-8 without BOM"),
    "billion laughs": ('a: &a ["lol", "lol"]\nb: &b [*a, *a, *a]\nc: [*b, *b, *b]\n',
                       "data/x.yml:1:4: anchor &a is not allowed"),
    "file over the size limit": ("a: " + "x" * MAX_BYTES + "\n",
                                 f"data/x.yml:1:1: the file is {MAX_BYTES // 1024} KiB, over the "
                                 f"limit of {MAX_BYTES // 1024} KiB"),
    "deep nesting": ("a: " + "[" * 100_000, f"data/x.yml:1:{4 + MAX_DEPTH - 1}: the data is "
                     f"nested more than {MAX_DEPTH} levels deep"),
    "too many values": ("a: [" + "1, " * MAX_VALUES + "1]\n",
                        f"data/x.yml:1:{5 + 3 * (MAX_VALUES - 3)}: the file holds more than "
                        f"{MAX_VALUES:,} values (hint: split the file)"),
    "huge key": ("x" * 100_000 + ": 1\n", "data/x.yml:1:100001: mapping values are not "
                 "allowed in this context"),
    "huge number": ("a: " + "9" * 10_000 + "\n", "data/x.yml:1:4: a: this value cannot be read"),
    # Standard tags written by hand on a value they do not fit.
    "bool tag on a word": ("a: !!bool maybe\n", "data/x.yml:1:4: a: 'maybe' cannot be read as "
                           "the tag !!bool asks (hint: remove !!bool"),
    "int tag on nothing": ("a: !!int ''\n", "data/x.yml:1:4: a: '' cannot be read as the tag "
                           "!!int asks"),
    "map tag on a word": ("a: !!map x\n", "data/x.yml:1:4: a: 'x' cannot be read as the tag "
                          "!!map asks"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_mistake_is_reported_with_its_place(tmp_path: Path, name: str) -> None:
    text, expected = CASES[name]
    path = tmp_path / "x.yml"
    path.write_text(text, encoding="utf-8")
    _, problems = load_document(path, "data/x.yml")
    assert problems, name
    assert str(problems[0]).startswith(expected)


def test_dates_stay_text_and_marks_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "x.yml"
    path.write_text("events:\n  - date: 2025-11-03\n    title: x\n", encoding="utf-8")
    doc, problems = load_document(path, "data/x.yml")
    assert problems == []
    assert doc.data == {"events": [{"date": "2025-11-03", "title": "x"}]}
    assert doc.where(("events", 0, "title")) == (3, 12)


ENCODING_HINT = ("(hint: save the file as UTF-8 (in most editors: Save with Encoding, then UTF-8) "
                 "and check that the character still reads right)")


def test_a_file_in_another_encoding_is_named_at_each_line_and_character(tmp_path: Path) -> None:
    """Latin-1 (or Windows-1252): each line with a character that is not UTF-8, at that
    character, with the character it most probably is."""
    path = tmp_path / "x.yml"
    path.write_bytes("a: 1\nb: café noir\nc: ok\nd: « là »\n".encode("latin-1"))
    _, problems = load_document(path, "data/x.yml")
    assert [str(p) for p in problems] == [
        'data/x.yml:2:7: the file is not UTF-8 text: the character here (byte 0xE9, probably '
        f'"é") is written in another encoding {ENCODING_HINT}',
        'data/x.yml:4:4: the file is not UTF-8 text: the character here (byte 0xAB, probably '
        f'"«") is written in another encoding {ENCODING_HINT}',
    ]


def test_a_utf16_file_is_named_as_such(tmp_path: Path) -> None:
    path = tmp_path / "x.yml"
    path.write_bytes("a: é\n".encode("utf-16"))
    _, problems = load_document(path, "data/x.yml")
    assert [str(p) for p in problems] == [
        "data/x.yml:1:1: the file is saved as UTF-16, not UTF-8 (hint: save it as UTF-8 (most "
        "editors call it plain UTF-8))"]


HINTED = {
    "list item without its dash": (
        "a:\n  - x: 1\n    y: 2\n  z: 3\n",
        "data/x.yml:4:3: did not find expected '-' indicator (hint: every item of this list "
        "starts with '- ', indented like the items above it)"),
    "mis-indented key": (
        "a:\n  - 1\n - 2\n",
        "data/x.yml:3:2: did not find expected key (hint: check the indentation of this line "
        "and of the lines above it: keys at the same level start in the same column, and each "
        "list item starts with '- ')"),
    "unclosed list": (
        "a: [x, y\nb: 2\n",
        "data/x.yml:2:2: did not find expected ',' or ']' (hint: a list written [a, b] needs "
        "its closing ] on the same entry; put text that contains a comma, a bracket or ' #' "
        "between quotes)"),
    "unclosed quote": (
        'a: "abc\nb: 1\n',
        "data/x.yml:3:1: found unexpected end of stream (hint: a quote was opened and never "
        "closed)"),
    "new list entry without its dash": (
        "a:\n  - id: one\n    text: x\n    id: two\n",
        'data/x.yml:4:5: a[0].id: the key "id" appears twice (first on line 2) (hint: if line 4 '
        "starts a new entry of the list, begin it with '- '; otherwise keep one of them: YAML "
        "would silently drop the first)"),
}


@pytest.mark.parametrize("name", list(HINTED))
def test_syntax_mistakes_come_with_a_hint(tmp_path: Path, name: str) -> None:
    text, expected = HINTED[name]
    path = tmp_path / "x.yml"
    path.write_text(text, encoding="utf-8")
    _, problems = load_document(path, "data/x.yml")
    assert [str(p) for p in problems] == [expected]


def test_curly_quotes_around_an_unquoted_value_are_refused(tmp_path: Path) -> None:
    """Typed as quotes, printed as part of the text: unless straight quotes say they belong."""
    path = tmp_path / "x.yml"
    path.write_text("a: “Trop tard ?”\nb: '“Cité”'\nc: « Paramètres » puis « Données »\n"
                    "d: [“AUTH-BE”]\n", encoding="utf-8")
    doc, problems = load_document(path, "data/x.yml")
    hint = ("(hint: write straight quotes \"…\" instead; if the “ ” belong to the text, put it "
            "all between straight quotes: '“…”')")
    assert [str(p) for p in problems] == [
        f"data/x.yml:1:4: a: this value stands between curly quotes “ ”, which YAML does not "
        f"read as quotes: they would be published as part of it {hint}",
        f"data/x.yml:4:5: d[0]: this value stands between curly quotes “ ”, which YAML does not "
        f"read as quotes: they would be published as part of it {hint}",
    ]
    assert doc.data["b"] == "“Cité”"


def test_comments_after_values_and_keys_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "x.yml"
    path.write_text("q:\n  fr: Le point #2 du guide\n  en: 'x'   # intended\n"
                    "name:  # intended: a name\n  fr: a\nn: {fr: x, en: x}  # c\n",
                    encoding="utf-8")
    doc, problems = load_document(path, "data/x.yml")
    assert problems == []
    assert doc.data["q"]["fr"] == "Le point"
    assert doc.comments == {("q", "fr"): "#2 du guide", ("q", "en"): "# intended",
                            ("n",): "# c"}
    assert doc.key_comments == {("name",): "# intended: a name"}
    assert ("q", "fr") in doc.plain and ("q", "en") not in doc.plain
