"""Which data files there are, and which one each page is made from (its "edit" link)."""

from __future__ import annotations

# One file per kind of thing; the name is also the name of its schema.
DATA_FILES = (
    "site", "sources", "guide", "data-use", "law", "timeline", "faq", "ui", "changelog", "share",
    "regions",
)
DATA_FILE_NAMES = frozenset(f"{name}.yml" for name in DATA_FILES)

# The main data file of each page kind: where a reader who spots a mistake goes to fix it.
# (Interface words of every page live in ui.yml; the facts are in these.)
PAGE_DATA = {
    "home": "site.yml",
    "guide": "guide.yml",
    "data": "data-use.yml",
    "law": "law.yml",
    "timeline": "timeline.yml",
    "faq": "faq.yml",
    "sources": "sources.yml",
    "about": "site.yml",
    "changes": "changelog.yml",
}


def edit_url(repository: str, edit_uri: str, kind: str) -> str:
    """The address at which to edit the data file of a page kind, on the repository's host.

    `edit_uri` is MkDocs' setting, relative to the repository (GitHub: 'edit/<branch>/').
    """
    base = repository.rstrip("/") + "/" + edit_uri.strip("/")
    return f"{base}/data/{PAGE_DATA[kind]}"


# Files that feed pages besides their own main file (the region matrix: home and law pages).
ALSO_SHOWN_ON = {
    "regions.yml": ("home", "law"),
}


def pages_of(file: str) -> list[str]:
    """The page kinds made from a data file, in reading order."""
    also = ALSO_SHOWN_ON.get(file, ())
    return [kind for kind, name in PAGE_DATA.items() if name == file or kind in also]
