"""Change one value of a data file in place, keeping every other line (and line number) as is."""

from __future__ import annotations

import json
from pathlib import Path

from explainer.read.load import load_document


def set_value(project: Path, file: str, path: tuple, value: str) -> int:
    """Write `value` (as a one-line double-quoted YAML string) at `path`; returns its line."""
    doc, problems = load_document(project / file, file)
    assert not problems, problems
    line, column = doc.where(path)
    lines = (project / file).read_text(encoding="utf-8").splitlines(keepends=True)
    # JSON strings are valid double-quoted YAML scalars, escapes included.
    lines[line - 1] = lines[line - 1][: column - 1] + json.dumps(value) + "\n"
    (project / file).write_text("".join(lines), encoding="utf-8")
    return line
