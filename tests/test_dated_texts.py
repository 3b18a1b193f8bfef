"""A text about a dated event reads right on both sides of its date, by the build's clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from conftest import LANGUAGES, ROOT, load_yaml, typeset
from explainer.model.clock import pick
from explainer.model.content import load_content
from explainer.render.pages import render_page

REGIONS = load_yaml(ROOT / "data" / "regions.yml")
# The United Kingdom's statutory complaints regime (Data (Use and Access) Act 2025, s.103).
UK = next(r for r in REGIONS["regions"] if r["id"] == "united-kingdom")
DATED = UK["complaint"]["linkedin_first"]["text"]
DAY = datetime.fromisoformat(DATED["date"]).replace(tzinfo=UTC)


@pytest.fixture(scope="module")
def content():
    return load_content(ROOT / "data", LANGUAGES)


def test_the_after_form_starts_at_the_start_of_the_day() -> None:
    assert pick(DATED, DAY - timedelta(seconds=1)) is DATED["before"]
    assert pick(DATED, DAY) is DATED["after"]


def test_a_text_without_a_date_is_shown_as_it_is() -> None:
    plain = {"fr": "Texte", "en": "Text"}
    assert pick(plain, DAY) is plain


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("side", ["before", "after"])
def test_law_page_shows_the_form_for_its_clock(content, lang: str, side: str) -> None:
    current = DAY - timedelta(days=30) if side == "before" else DAY + timedelta(days=30)
    other = "after" if side == "before" else "before"
    page = render_page("law", content.view(lang, current))
    assert DATED[side][lang] in page
    assert DATED[other][lang] not in page


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_built_site_follows_source_date_epoch(soup, lang: str) -> None:
    # The test build's clock is 22 November 2026: after the regime started.
    text = " ".join(soup("law", lang).get_text(" ", strip=True).split())
    assert " ".join(typeset(DATED["after"][lang], lang).split()) in text
    assert " ".join(typeset(DATED["before"][lang], lang).split()) not in text
