"""The {name} placeholders that the page templates fill in (`| fill(name=...)`).

Curly braces are attribute lists to Markdown ({ onclick=... }), so texts may use them only for
these names; reading them from the templates keeps the list in one place.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from jinja2 import Environment, nodes

# The folder of render.py's templates (not imported from there: render imports content).
TEMPLATES = Path(__file__).parent / "templates"


@cache
def fill_placeholders(templates: Path = TEMPLATES) -> frozenset[str]:
    env = Environment(extensions=["jinja2.ext.do"])
    names: set[str] = set()
    for path in sorted(templates.glob("*.j2")):
        tree = env.parse(path.read_text(encoding="utf-8"))
        for node in tree.find_all(nodes.Filter):
            if node.name == "fill":
                names.update(keyword.key for keyword in node.kwargs)
    return frozenset(names)
