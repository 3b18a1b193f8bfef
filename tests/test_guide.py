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
def test_every_quoted_wording_is_on_the_page_with_its_interface_language(soup, lang: str) -> None:
    page = soup("guide", lang)
    shown = {(span["lang"], span.get_text()) for span in page.select("q.ui-label > span[lang]")}
    for label in GUIDE["labels"].values():
        for iface, variants in label.items():
            for variant in variants:
                assert (iface, variant["text"]) in shown, variant["text"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_step_shows_one_label_in_the_readers_language(soup, lang: str) -> None:
    """In the step itself: its first label, in the reader's language where the sources give
    one, and the other languages' wording in small type; every other wording and its sources
    are in the step's disclosure."""
    page = soup("guide", lang)
    for path in GUIDE["paths"]:
        for tab in path["tabs"]:
            for step in path["steps"]:
                item = page.find(id=f"{tab['id']}-{step['id']}").find_parent("li")
                text = item.find("p")
                labels = text.select("q.ui-label > span[lang]")
                if not step.get("labels"):
                    assert not labels
                    continue
                label = GUIDE["labels"][step["labels"][0]]
                iface = lang if lang in label else next(iter(label))
                assert [(s["lang"], s.get_text()) for s in labels] == \
                    [(iface, label[iface][0]["text"])]
                others = [s.get_text() for s in text.select(".ui-other q span[lang]")]
                assert others == [v[0]["text"] for code, v in label.items() if code != iface]
                assert item.select_one(":scope > details.cite") is not None


@pytest.mark.parametrize("lang", LANGUAGES)
def test_direct_link_and_objection_form(soup, lang: str) -> None:
    hrefs = {a["href"] for a in soup("guide", lang).find_all("a", href=True)}
    assert GUIDE["settings_link"]["url"] in hrefs
    assert GUIDE["form"]["url"] in hrefs
    assert soup("guide", lang).find(id=GUIDE["form"]["id"]) is not None
