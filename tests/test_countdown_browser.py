"""In a real browser with a fixed clock: the countdown says what is true for the reader's clock,
in their time zone, in the page's language, with the same words as the build."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from bs4 import BeautifulSoup
from conftest import FIXED_EPOCH, LANGUAGES, page_url
from explainer.render.countdown import render_banner
from explainer.render.pages import render_page
from test_countdown_page import CONTENT, START, shown

ZONES = ("Europe/Paris", "America/Montreal", "Asia/Hong_Kong")
MOMENTS = {
    "a week before": timedelta(days=-7),
    "a second before": timedelta(seconds=-1),
    "a second after": timedelta(seconds=1),
    "a year after": timedelta(days=365),
}
SEEN = {
    "a week before": {
        "fr": ("Plus que 7 jours avant le début de l'entraînement, le 3 novembre 2025.",
               "LinkedIn commence à entraîner son IA sur vos données dans 7 jours."),
        "en": ("7 days left before training starts on 3 November 2025.",
               "LinkedIn starts training its AI on your data in 7 days."),
    },
    "a second before": {
        "fr": ("Plus que 1 minute avant le début de l'entraînement, le 3 novembre 2025.",
               "LinkedIn commence à entraîner son IA sur vos données dans 1 minute."),
        "en": ("1 minute left before training starts on 3 November 2025.",
               "LinkedIn starts training its AI on your data in 1 minute."),
    },
    "a second after": {
        "fr": ("L'entraînement a commencé le 3 novembre 2025, il y a moins d'une minute.",
               "LinkedIn entraîne son IA sur vos données depuis moins d'une minute."),
        "en": ("Training started on 3 November 2025, less than a minute ago.",
               "LinkedIn has been training its AI on your data for less than a minute."),
    },
    "a year after": {
        "fr": ("L'entraînement a commencé le 3 novembre 2025, il y a 365 jours.",
               "LinkedIn entraîne son IA sur vos données depuis 365 jours."),
        "en": ("Training started on 3 November 2025, 365 days ago.",
               "LinkedIn has been training its AI on your data for 365 days."),
    },
}
LOCAL = {
    "Europe/Paris": None,  # the reader's clock reads the instant as the data does
    "America/Montreal": {
        "fr": "Chez vous, c'est le 2 novembre 2025 à 18:00 (UTC−05:00).",
        "en": "Where you are, that is 2 November 2025 at 18:00 (GMT-05:00).",
    },
    "Asia/Hong_Kong": {
        "fr": "Chez vous, c'est le 3 novembre 2025 à 07:00 (UTC+08:00).",
        "en": "Where you are, that is 3 November 2025 at 07:00 (GMT+08:00).",
    },
}


def seen(locator) -> str:
    return " ".join(locator.inner_text().split())


def built(lang: str, at: datetime) -> tuple[str, str]:
    """What the build says at the same instant (value line of the home page, banner)."""
    home = BeautifulSoup(render_page("home", CONTENT.view(lang, at)), "html.parser")
    banner = BeautifulSoup(render_banner(CONTENT.view(lang, at)), "html.parser")
    return shown(home.select_one(".countdown__value:not([hidden])")), shown(banner)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("zone", ZONES)
def test_countdown_for_the_reader_clock(server, new_page, zone: str, lang: str) -> None:
    page = new_page(390, 844, timezone_id=zone, locale=lang)
    for moment, offset in MOMENTS.items():
        # The fake clock is set before the page loads, as a reader's clock would be.
        page.clock.set_fixed_time(START + offset)
        page.goto(server + page_url("home", lang), wait_until="domcontentloaded")
        value = seen(page.locator(".countdown__value:visible"))
        banner = seen(page.locator(".countdown-banner__text"))
        assert (value, banner) == SEEN[moment][lang], moment
        assert (value, banner) == built(lang, START + offset), moment
        meaning = "after_meaning" if offset > timedelta(0) else "before_meaning"
        assert page.get_by_text(CONTENT.data["site"]["countdown"][meaning][lang]).is_visible()
        local = page.locator("[data-countdown-local]")
        if LOCAL[zone] is None:
            assert not local.is_visible()
        else:
            assert seen(local) == LOCAL[zone][lang]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_countdown_updates_live_without_a_reload(server, new_page, lang: str) -> None:
    page = new_page(390, 844, timezone_id="Europe/Paris", locale=lang)
    page.clock.install(time=START - timedelta(minutes=5))
    page.goto(server + page_url("faq", lang), wait_until="domcontentloaded")
    banner = page.locator(".countdown-banner__text")
    page.clock.pause_at(START - timedelta(seconds=61))
    two_minutes = {"fr": "LinkedIn commence à entraîner son IA sur vos données dans 2 minutes.",
                   "en": "LinkedIn starts training its AI on your data in 2 minutes."}
    assert seen(banner) == two_minutes[lang]
    page.clock.run_for(2000)
    assert seen(banner) == SEEN["a second before"][lang][1]
    page.clock.run_for(60_000)
    assert seen(banner) == SEEN["a second after"][lang][1]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_without_javascript_the_built_text_is_shown(server, new_page, lang: str) -> None:
    page = new_page(390, 844, java_script_enabled=False, timezone_id="America/Montreal")
    page.goto(server + page_url("home", lang), wait_until="domcontentloaded")
    built_at = datetime.fromtimestamp(int(FIXED_EPOCH), tz=UTC)
    value, banner = built(lang, built_at)
    assert seen(page.locator(".countdown__value:visible")) == value
    assert seen(page.locator(".countdown-banner__text")) == banner
    assert value == {"fr": "L'entraînement a commencé le 3 novembre 2025, il y a 384 jours.",
                     "en": "Training started on 3 November 2025, 384 days ago."}[lang]
    assert not page.locator("[data-countdown-local]").is_visible()


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", ["home", "guide"])
def test_countdown_fits_a_320_pixel_screen(server, new_page, kind: str, lang: str) -> None:
    # 320 CSS pixels is also what a 640-pixel window shows at 200% zoom, halved again.
    page = new_page(320, 640, timezone_id="America/Montreal", locale=lang)
    page.clock.set_fixed_time(START - timedelta(days=1, hours=2, minutes=3))
    page.goto(server + page_url(kind, lang), wait_until="domcontentloaded")
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    box = page.locator(".countdown-banner").bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 320
