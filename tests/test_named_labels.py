"""A fact or an answer that names LinkedIn's on-screen labels quotes them from the guide's
labels, marked with their interface language: on a French page, the ad-sharing setting that
the sources give only in English reads as LinkedIn's English label, not as stray English."""

from __future__ import annotations

import pytest
from conftest import LANGUAGES, ROOT, load_yaml

GUIDE_LABELS = load_yaml(ROOT / "data" / "guide.yml")["labels"]
# Where the ad-sharing setting is named: the FAQ answer, the data page, the guide, the law page.
PLACES = {"faq": "microsoft-ads", "data": "ads-sharing-ads-canada-hong-kong",
          "guide": "what-it-does-not-not-ads-sharing", "law": "region-canada"}


def _quoted(element) -> list[tuple[str, str]]:
    return [(span["lang"], span.get_text()) for span in element.select("q.ui-label > span[lang]")]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", sorted(PLACES))
def test_the_ad_setting_is_quoted_with_its_interface_language(soup, kind: str,
                                                              lang: str) -> None:
    page = soup(kind, lang)
    anchor = page.find(id=PLACES[kind])
    assert anchor is not None
    # The anchor is the question's heading, the fact's block or the region's heading: the
    # quoted labels are in it or in what follows, before the next heading.
    around = [anchor]
    for sibling in anchor.find_next_siblings():
        if sibling.name in ("h2", "h3"):
            break
        around.append(sibling)
    quoted = [pair for element in around for pair in _quoted(element)]
    expected = [(iface, GUIDE_LABELS[label_id][iface][0]["text"])
                for label_id in ("ads-data", "ads-share") for iface in GUIDE_LABELS[label_id]]
    assert all(pair in quoted for pair in expected), quoted
    text = " ".join(" ".join(element.get_text(" ") for element in around).split())
    assert "{labels}" not in text
