"""Problems as GitHub Actions workflow commands, so that they show on the lines of a pull request.

Escaping follows GitHub's toolkit (`@actions/core` command.ts): data escapes `%`, CR and LF;
property values also escape `:` and `,`, which would otherwise end the value.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from .problems import Problem


def in_github_actions(environ: Mapping[str, str]) -> bool:
    return environ.get("GITHUB_ACTIONS") == "true"


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(problem: Problem) -> str:
    """`::error file=…,line=…,col=…,title=…::message (hint: …)` for one problem (`::warning`
    for a warning)."""
    title = problem.path or "data file"
    message = problem.message + (f" (hint: {problem.hint})" if problem.hint else "")
    properties = ",".join(
        f"{name}={escape_property(str(value))}"
        for name, value in (("file", problem.file), ("line", problem.line),
                            ("col", problem.column), ("title", title))
    )
    level = "warning" if problem.warning else "error"
    return f"::{level} {properties}::{escape_data(message)}"


def annotations(problems: Iterable[Problem]) -> list[str]:
    return [annotation(problem) for problem in problems]
