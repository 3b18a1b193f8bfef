"""The {name} placeholders that texts in data/ may use, and what each is replaced with.

Curly braces are attribute lists to Markdown ({ onclick=... }), so texts may use them only for
these names. They are declared here, where the checker reads them, rather than discovered in
the templates and the code that fill them: reading and checking must not depend on rendering.
tests/test_placeholders.py checks that every `fill(name=...)` in the templates and the package
uses a name declared here, and that every name declared here is used.
"""

from __future__ import annotations

import re

PLACEHOLDERS: dict[str, str] = {
    "date": "a date written out (the start of training, or the countdown's date)",
    "duration": "the countdown's duration in words",
    "time": "the countdown's time of day",
    "zone": "the countdown's time zone",
    "date_line": "the card's date line (share.yml card.date_line)",
    "service": "the name of a share service",
    "site": "the site's name",
    "title": "the page's title",
}


def fill_placeholders() -> frozenset[str]:
    return frozenset(PLACEHOLDERS)


_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def fill(template: str, **values: str) -> str:
    """Replace {name} placeholders in one pass, so that a value is never filled again (a date
    that contained "{title}" stays as written)."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)
