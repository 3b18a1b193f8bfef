"""Link-preview cards: 1200x630 PNGs with the page's title and the key date in its language,
drawn again only when what they show changes."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import LANGUAGES, ROOT
from explainer.model.content import load_content
from explainer.outputs import cards
from explainer.outputs.cards import Card, cached_card, card_for, card_key
from PIL import Image

CONTENT = load_content(ROOT / "data", LANGUAGES)
HOST = "linkedin-ia.example.org"


# Training starts at midnight, Paris time, on 3 November 2025: 23:00 UTC the day before.
LAST_MINUTE_BEFORE = datetime(2025, 11, 2, 22, 59, 59, tzinfo=UTC)
FIRST_SECOND = datetime(2025, 11, 2, 23, 0, tzinfo=UTC)


def test_card_says_title_and_key_date_in_each_language() -> None:
    french = card_for("guide", CONTENT.view("fr", FIRST_SECOND), HOST)
    english = card_for("guide", CONTENT.view("en", FIRST_SECOND), HOST)
    assert french.title == CONTENT.data["ui"]["pages"]["guide"]["title"]["fr"]
    assert french.date_line == "Depuis le 3 novembre 2025"
    assert english.date_line == "Since 3 November 2025"
    assert english.site_name == CONTENT.data["site"]["name"]["en"]


def test_card_speaks_of_the_future_before_the_start() -> None:
    assert card_for("home", CONTENT.view("fr", LAST_MINUTE_BEFORE), HOST).date_line == \
        "À partir du 3 novembre 2025"
    assert card_for("home", CONTENT.view("en", LAST_MINUTE_BEFORE), HOST).date_line == \
        "From 3 November 2025"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_card_is_a_1200_by_630_png(tmp_path: Path, lang: str) -> None:
    path = cached_card(card_for("home", CONTENT.view(lang, FIRST_SECOND), HOST), tmp_path)
    with Image.open(path) as png:
        assert (png.format, png.size) == ("PNG", (1200, 630))


def test_long_title_still_fits_the_card() -> None:
    card = Card("Site", "Un titre " * 20, "Depuis le 3 novembre 2025", HOST)
    image = cards.draw(card)
    assert image.size == (1200, 630)


def test_card_is_drawn_again_only_when_its_words_change(tmp_path: Path, monkeypatch) -> None:
    card = card_for("faq", CONTENT.view("fr", FIRST_SECOND), HOST)
    first = cached_card(card, tmp_path)
    drawn: list[Card] = []
    original = cards.draw
    monkeypatch.setattr(cards, "draw", lambda c: drawn.append(c) or original(c))

    assert cached_card(card, tmp_path) == first
    assert drawn == []

    changed = replace(card, title=card.title + " ?")
    assert card_key(changed) != card_key(card)
    assert cached_card(changed, tmp_path) != first
    assert drawn == [changed]


def test_new_design_or_font_gives_new_cards(monkeypatch) -> None:
    card = card_for("home", CONTENT.view("en", FIRST_SECOND), HOST)
    before = card_key(card)
    monkeypatch.setattr(cards, "DESIGN_VERSION", cards.DESIGN_VERSION + "-next")
    assert card_key(card) != before
    monkeypatch.undo()
    monkeypatch.setattr(cards, "BOLD", cards.REGULAR)
    assert card_key(card) != before
