"""Problems found in the data, reported like a compiler's errors (and warnings)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One thing a contributor must fix, located in their file.

    A warning names something that is usually a mistake but can be meant (a proper name, the
    same in every language): it does not stop the build, and CONTRIBUTING says how to mark the
    line as intended.
    """

    file: str
    line: int
    column: int
    path: str
    message: str
    hint: str = ""
    warning: bool = False

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}:"
        level = " warning:" if self.warning else ""
        what = f" {self.path}:" if self.path else ""
        hint = f" (hint: {self.hint})" if self.hint else ""
        return f"{where}{level}{what} {self.message}{hint}"


def summary(problems: list[Problem]) -> str:
    """'2 problems in data/', with the warnings counted apart: '… (and 1 warning)'."""
    errors = sum(1 for p in problems if not p.warning)
    warnings = len(problems) - errors
    text = f"{errors} problem{'s' if errors != 1 else ''} in data/"
    if warnings:
        text += f" (and {warnings} warning{'s' if warnings != 1 else ''})"
    return text


class DataError(Exception):
    """The data cannot be published; carries every problem found, not only the first (and the
    warnings found with them)."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(set(problems))
        lines = [str(p) for p in self.problems]
        lines.append(f"{summary(self.problems)}: nothing was built.")
        super().__init__("\n".join(lines))


def format_path(parts: tuple[str | int, ...]) -> str:
    """Render a YAML path the way a contributor reads it: steps[3].title."""
    out = ""
    for part in parts:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out
