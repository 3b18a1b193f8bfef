"""How a source was read (a copy, a proxy, an address to be checked) is said with that source on
the sources page, and nowhere in the text readers read elsewhere."""

from __future__ import annotations

import re

import pytest
from conftest import LANGUAGES, PAGE_FILES, ROOT, load_yaml

SOURCES = load_yaml(ROOT / "data" / "sources.yml")["sources"]
# The words of a research note, in every language of the site.
RESEARCH = re.compile(r"mandataire|\bproxy\b|\(copie\)|\(copy\)|à vérifier|to be checked|"
                      r"notes de recherche|research notes|site miroir|mirror site|"
                      r"préproduction|staging server", re.IGNORECASE)
READER_PAGES = [kind for kind in PAGE_FILES if kind not in ("sources", "changes")]


def _text(soup) -> str:
    return " ".join(soup.select_one(".md-content").get_text(" ").split())


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_source_note_is_on_the_sources_page(soup, lang: str) -> None:
    page = _text(soup("sources", lang))
    for source in SOURCES:
        if source.get("note"):
            note = " ".join(re.sub(r"[*_`]", "", source["note"][lang]).split())
            assert note[:40] in page, source["id"]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", READER_PAGES)
def test_no_research_note_in_reader_text(soup, kind: str, lang: str) -> None:
    text = _text(soup(kind, lang))
    found = [text[max(0, m.start() - 60):m.end() + 20] for m in RESEARCH.finditer(text)]
    assert not found
    for source in SOURCES:
        if source.get("note"):
            note = " ".join(source["note"][lang].split())
            assert note[:40] not in text, (source["id"], kind)
