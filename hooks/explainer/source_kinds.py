"""The fixed vocabulary of source kinds (data/schemas/sources.schema.json), and which are primary.

A primary source is the text of the party itself: LinkedIn's own pages, an authority's own page,
a law text. Everything else reports, comments on or copies such a text.
"""

from __future__ import annotations

# In the order of the sources page: primary sources first.
KINDS = ("linkedin", "authority", "law-text", "legal-press", "press", "consumer-org", "ngo", "blog")
PRIMARY = frozenset({"linkedin", "authority", "law-text"})


def is_primary(kind: str) -> bool:
    return kind in PRIMARY
