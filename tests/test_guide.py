"""The guide: platform tabs, stable step anchors, LinkedIn's labels in each interface language."""

from __future__ import annotations

import pytest
from conftest import LANGUAGES, ROOT, load_yaml

GUIDE = load_yaml(ROOT / "data" / "guide.yml")


def _step_ids() -> list[str]:
    return [f"{tab['id']}-{step['id']}"
            for path in GUIDE["paths"] for tab in path["tabs"] for step in path["steps"]]


def test_step_anchors_are_identical_in_every_language(soup) -> None:
    expected = _step_ids()
    for lang in LANGUAGES:
        found = [el["id"] for el in soup("guide", lang).select(".step-anchor")]
        assert found == expected, lang


@pytest.mark.parametrize("lang", LANGUAGES)
def test_one_tab_per_platform(soup, lang: str) -> None:
    labels = soup("guide", lang).select(".tabbed-labels label")
    tabs = [label.get_text(strip=True) for label in labels]
    assert tabs == [tab["name"][lang] for path in GUIDE["paths"] for tab in path["tabs"]]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_quoted_wording_is_shown_with_its_interface_language(soup, lang: str) -> None:
    page = soup("guide", lang)
    shown = {(q["lang"], q.get_text()) for q in page.select("q.ui-label")}
    for label in GUIDE["labels"].values():
        for iface, variants in label.items():
            for variant in variants:
                assert (iface, variant["text"]) in shown, variant["text"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_direct_link_and_objection_form(soup, lang: str) -> None:
    hrefs = {a["href"] for a in soup("guide", lang).find_all("a", href=True)}
    assert GUIDE["settings_link"]["url"] in hrefs
    assert GUIDE["form"]["url"] in hrefs
    assert soup("guide", lang).find(id=GUIDE["form"]["id"]) is not None
