"""Which kinds of source (data/schemas/sources.schema.json `kind`) are primary.

A primary source is the text of the party itself: LinkedIn's own pages, an authority's own page,
a law text. Everything else reports, comments on or copies such a text. The kinds themselves,
and their order on the sources page, are the schema's enum.
"""

from __future__ import annotations

PRIMARY = frozenset({"linkedin", "authority", "law-text"})


def is_primary(kind: str) -> bool:
    return kind in PRIMARY
