"""Each language has its own search index, holding that language's pages and no other's."""

from __future__ import annotations

import json

from conftest import DEFAULT_LANGUAGE, LANGUAGES, PAGE_FILES, ROOT, load_yaml, typeset

UI = load_yaml(ROOT / "data" / "ui.yml")


def test_each_language_searches_its_own_pages(site) -> None:
    for lang in LANGUAGES:
        folder = site if lang == DEFAULT_LANGUAGE else site / lang
        index = json.loads((folder / "search" / "search_index.json").read_text(encoding="utf-8"))
        assert index["config"]["lang"] == [lang]
        pages = {doc["location"]: doc["title"] for doc in index["docs"]
                 if "#" not in doc["location"]}
        assert set(pages) == set(PAGE_FILES.values())
        for kind, location in PAGE_FILES.items():
            names = {typeset(UI["pages"][kind][key][lang], lang) for key in ("nav", "title")}
            assert pages[location] in names, (lang, kind)
        other_titles = {typeset(UI["pages"]["guide"]["title"][other], other)
                        for other in LANGUAGES if other != lang} - {
                            typeset(UI["pages"]["guide"]["title"][lang], lang)}
        assert not other_titles & {doc["title"] for doc in index["docs"]}
