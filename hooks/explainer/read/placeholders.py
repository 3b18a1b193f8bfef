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
    "date_line": "the card's date line (share.yml card.date_line)",
    "service": "the name of a share service",
    "site": "the site's name",
    "title": "the page's title",
    "right_ref": "the act page: the article of the region's right to object or withdraw consent",
    "access_ref": "the act page: the article of the region's right of access",
    "authority_ref": "the act page: the article of the region's right to complain to an authority",
    "company_ref": "the act page: the article of the region's right to complain to the company",
    "start_date": "the start of training written out (the act page, the handout)",
    "address": "the handout: the act page's full address",
    "lang": "the handout's file name: the language's code",
    "language": "the name of a language",
    "texts": "the act page: a link to the same region's texts in another language",
    "percent": "how much of the site a language in progress has, as a percentage",
    "label": "a guide step's label, in the reader's language (the other language beside it)",
    "labels": "the guide's labels a fact or an answer names (its `labels:`), one after the other",
    "words": "the words that other sources give for a label",
    "text": "a label, quoted",
    "where": "the screen where the setting sits (the drawing's text alternative)",
    "setting": "the setting's name (the drawing's text alternative)",
    "switch": "the sentence next to the switch (the drawing's text alternative)",
    "off": "what the switch looks like once off (the drawing's text alternative)",
}


def fill_placeholders() -> frozenset[str]:
    return frozenset(PLACEHOLDERS)


_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def fill(template: str, **values: str) -> str:
    """Replace {name} placeholders in one pass, so that a value is never filled again (a date
    that contained "{title}" stays as written)."""
    return _PLACEHOLDER.sub(lambda m: values.get(m.group(1), m.group(0)), template)
