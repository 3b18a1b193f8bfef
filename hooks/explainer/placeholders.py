"""The {name} placeholders that the templates and the package fill in (`fill(name=...)`).

Curly braces are attribute lists to Markdown ({ onclick=... }), so texts may use them only for
these names; reading them from the templates and the code that fills them keeps the list in one
place.
"""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path

from jinja2 import Environment, nodes

PACKAGE = Path(__file__).parent
# The folder of render.py's templates (not imported from there: render imports content).
TEMPLATES = PACKAGE / "templates"


def _template_names(templates: Path) -> set[str]:
    env = Environment(extensions=["jinja2.ext.do"])
    names: set[str] = set()
    for path in sorted(templates.glob("*.j2")):
        tree = env.parse(path.read_text(encoding="utf-8"))
        for node in tree.find_all(nodes.Filter):
            if node.name == "fill":
                names.update(keyword.key for keyword in node.kwargs)
    return names


def _code_names(package: Path) -> set[str]:
    """Names given to `fill(text, name=...)` calls in the package (social cards, share links)."""
    names: set[str] = set()
    for path in sorted(package.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "fill":
                names.update(k.arg for k in node.keywords if k.arg is not None)
    return names


@cache
def fill_placeholders(templates: Path = TEMPLATES, package: Path = PACKAGE) -> frozenset[str]:
    return frozenset(_template_names(templates) | _code_names(package))


_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def fill(template: str, **values: str) -> str:
    """Replace {name} placeholders in one pass, so that a value is never filled again."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)
