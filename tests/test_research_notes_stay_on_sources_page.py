"""How a source was read (a copy, a proxy, an address to be checked), and which outlet said what,
is said with that source on the sources page, and nowhere in the text readers read elsewhere."""

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
# Outlets (press, law firms, blogs) are cited, one tap away, by the links of a "Sources"
# disclosure; a reader's sentence states the fact, not who wrote it ("d'après Security.nl",
# "Mondaq situe…"). Names that are also common words are left out.
OUTLET_KINDS = ("press", "legal-press", "blog")
COMMON_WORDS = {"Next"}
OUTLETS = sorted({name for source in SOURCES if source["kind"] in OUTLET_KINDS
                  for name in (source.get("short"), source["publisher"])
                  if name and name not in COMMON_WORDS}, key=len, reverse=True)
OUTLET_NAME = re.compile("|".join(rf"(?<![\w.]){re.escape(name)}(?!\w)" for name in OUTLETS))


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


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", READER_PAGES)
def test_no_outlet_named_outside_the_source_links(soup, kind: str, lang: str) -> None:
    content = soup(kind, lang).select_one(".md-content")
    for link in content.select('a[href*="sources/#"]'):
        link.decompose()
    for drawing in content.select("svg, script"):
        drawing.decompose()
    text = " ".join(content.get_text(" ").split())
    found = [text[max(0, m.start() - 60):m.end() + 20] for m in OUTLET_NAME.finditer(text)]
    assert not found


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_outlets_detail_is_on_the_sources_page(soup, lang: str) -> None:
    """What moved out of the reader's sentences is kept, with the outlet that said it."""
    page = _text(soup("sources", lang))
    moved = {"fr": ["Situe l'adoption des lignes directrices 1/2024", "jour de l'adoption",
                    "exclut le Royaume-Uni du partage publicitaire"],
             "en": ["Places the adoption of Guidelines 1/2024", "the day of adoption",
                    "excludes the UK from the ad sharing"]}
    for words in moved.get(lang, []):
        assert words in page
