"""The region matrix lives once in data/regions.yml; the home and law pages read it from there."""

from __future__ import annotations

import pytest
from conftest import LANGUAGES, ROOT, load_yaml, typeset

REGIONS = load_yaml(ROOT / "data" / "regions.yml")
IDS = [r["id"] for r in REGIONS["regions"]]


def _words(text: str) -> str:
    return " ".join(text.replace("**", "").split())


def test_the_six_places_of_the_change_are_the_five_regions() -> None:
    assert IDS == ["eu-eea", "switzerland", "united-kingdom", "canada", "hong-kong"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_home_lists_every_region_from_the_matrix(soup, lang: str) -> None:
    text = _words(soup("home", lang).get_text(" ", strip=True))
    for region in REGIONS["regions"]:
        assert _words(typeset(region["affected"]["text"][lang], lang)) in text, region["id"]
    assert _words(typeset(REGIONS["elsewhere"]["text"][lang], lang)) in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_law_page_has_a_section_per_region_with_its_rights_and_authorities(soup,
                                                                         lang: str) -> None:
    page = soup("law", lang)
    for region in REGIONS["regions"]:
        section = page.find(id=f"region-{region['id']}")
        assert section is not None and section.name == "h3", region["id"]
        text = _words(section.find_next("ul").get_text(" ", strip=True))
        assert _words(typeset(region["object"]["article"][lang], lang)) in text
        assert _words(typeset(region["access"]["article"][lang], lang)) in text
        for authority in region["complaint"]["authorities"]:
            link = section.find_next("a", href=f"#{authority}")
            assert link is not None and link.find_previous("h3") is section, (region["id"],
                                                                              authority)
            assert page.find(id=authority) is not None


@pytest.mark.parametrize("lang", LANGUAGES)
def test_links_to_the_old_outside_the_eu_section_still_land(soup, lang: str) -> None:
    page = soup("law", lang)
    assert page.find(id="outside-eu") is not None
    for region_id in IDS[1:]:
        assert page.find(id=f"outside-eu-{region_id}") is not None, region_id
