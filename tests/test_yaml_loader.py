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


def test_file_that_is_not_utf8_is_named(tmp_path: Path) -> None:
    path = tmp_path / "x.yml"
    path.write_bytes("a: é\n".encode("latin-1"))
    _, problems = load_document(path, "data/x.yml")
    assert str(problems[0]).startswith("data/x.yml:1:1: the file is not UTF-8 text")
