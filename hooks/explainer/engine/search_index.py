"""Split the search index that the i18n plugin merges, so that readers search their language only.

The default language keeps `search/search_index.json` at the site root; every other language
gets `<prefix>/search/search_index.json` with locations relative to its own root.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path


def split_search_index(site_dir: Path, prefixes: Mapping[str, str]) -> bool:
    """`prefixes` maps each language to its folder below the site root ('' for the default).

    Returns False, changing nothing, when there is no merged index to split (a nested build).
    """
    index_file = site_dir / "search" / "search_index.json"
    if not index_file.is_file():
        return False
    index = json.loads(index_file.read_text(encoding="utf-8"))
    folders = {lang: f"{prefix}/" for lang, prefix in prefixes.items() if prefix}
    if not any(doc["location"].startswith(tuple(folders.values())) for doc in index["docs"]):
        return False
    for lang, prefix in prefixes.items():
        if prefix:
            docs = [{**doc, "location": doc["location"].removeprefix(folders[lang])}
                    for doc in index["docs"] if doc["location"].startswith(folders[lang])]
            target = site_dir / prefix / "search" / "search_index.json"
        else:
            docs = [doc for doc in index["docs"]
                    if not doc["location"].startswith(tuple(folders.values()))]
            target = index_file
        target.parent.mkdir(parents=True, exist_ok=True)
        config = {**index["config"], "lang": [lang]}
        target.write_text(json.dumps({"config": config, "docs": docs}, ensure_ascii=False),
                          encoding="utf-8")
    return True
