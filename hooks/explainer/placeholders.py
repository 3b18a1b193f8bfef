"""The {name} placeholders that the templates and the package fill in (`fill(name=...)`).

Curly braces are attribute lists to Markdown ({ onclick=... }), so texts may use them only for
these names; reading them from the templates and the code that fills them keeps the list in one
place.
"""

from __future__ import annotations

import ast
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
        source = path.read_text(encoding="utf-8")
        if "fill" not in source:
            continue  # parsing only the templates that may fill something keeps check fast
        tree = env.parse(source)
        for node in tree.find_all(nodes.Filter):
            if node.name == "fill":
                names.update(keyword.key for keyword in node.kwargs)
    return names


def _code_names(package: Path) -> set[str]:
    """Names given to `fill(text, name=...)` calls in the package (social cards, share links)."""
    names: set[str] = set()
    for path in sorted(package.glob("*.py")):
        source = path.read_text(encoding="utf-8")
        if "fill(" not in source:
            continue
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "fill":
                names.update(k.arg for k in node.keywords if k.arg is not None)
    return names


@cache
def fill_placeholders(templates: Path = TEMPLATES, package: Path = PACKAGE) -> frozenset[str]:
    return frozenset(_template_names(templates) | _code_names(package))
