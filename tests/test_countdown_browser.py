"""In a real browser with a fixed clock: the countdown banner says what is true for the reader's
clock, in their time zone, in the page's language, with the same words as the build."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from bs4 import BeautifulSoup
from conftest import FIXED_EPOCH, LANGUAGES, page_url
from explainer.render.countdown import render_banner
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
        "fr": "LinkedIn commence à entraîner son IA sur vos données dans 7 jours.",
        "en": "LinkedIn starts training its AI on your data in 7 days.",
    },
    "a second before": {
        "fr": "LinkedIn commence à entraîner son IA sur vos données dans 1 minute.",
        "en": "LinkedIn starts training its AI on your data in 1 minute.",
    },
    "a second after": {
        "fr": "LinkedIn entraîne son IA sur vos données depuis moins d'une minute.",
        "en": "LinkedIn has been training its AI on your data for less than a minute.",
    },
    "a year after": {
        "fr": "LinkedIn entraîne son IA sur vos données depuis 365 jours.",
        "en": "LinkedIn has been training its AI on your data for 365 days.",
    },
}


def seen(locator) -> str:
    return " ".join(locator.inner_text().split())


def built(lang: str, at: datetime) -> str:
    """What the build's banner says at the same instant."""
    return shown(BeautifulSoup(render_banner(CONTENT.view(lang, at)), "html.parser"))


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("zone", ZONES)
def test_countdown_for_the_reader_clock(server, new_page, zone: str, lang: str) -> None:
    page = new_page(390, 844, timezone_id=zone, locale=lang)
    for moment, offset in MOMENTS.items():
        # The fake clock is set before the page loads, as a reader's clock would be.
        page.clock.set_fixed_time(START + offset)
        page.goto(server + page_url("home", lang), wait_until="domcontentloaded")
        corrected(page)
        banner = seen(page.locator(".countdown-banner__text"))
        assert banner == SEEN[moment][lang], moment
        assert banner == built(lang, START + offset), moment


def corrected(page) -> None:
    """Wait for the correction, which countdown.js makes at the browser's first idle moment
    (its idle callback was asked for before this one, so it runs first)."""
    page.evaluate("() => new Promise(done => requestIdleCallback(done, {timeout: 3000}))")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_numbers_are_grouped_as_the_build_groups_them(server, new_page, lang: str) -> None:
    # countdown.js groups digits from the build's description (clock.digit_grouping), not with
    # the browser's Intl.NumberFormat: the same characters, the narrow no-break space included.
    at = START + timedelta(days=1100)
    page = new_page(390, 844, timezone_id="Europe/Paris", locale=lang)
    page.clock.set_fixed_time(at)
    page.goto(server + page_url("home", lang), wait_until="domcontentloaded")
    corrected(page)
    shown_now = "[data-countdown-when=after] [data-countdown-duration]"
    duration = page.locator(f".countdown-banner {shown_now}").text_content()
    assert duration == {"fr": "1\u202f100 jours", "en": "1,100 days"}[lang]
    banner = BeautifulSoup(render_banner(CONTENT.view(lang, at)), "html.parser")
    assert banner.select_one(shown_now).get_text() == duration


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
    assert seen(banner) == SEEN["a second before"][lang]
    page.clock.run_for(60_000)
    assert seen(banner) == SEEN["a second after"][lang]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_without_javascript_the_built_text_is_shown(server, new_page, lang: str) -> None:
    page = new_page(390, 844, java_script_enabled=False, timezone_id="America/Montreal")
    page.goto(server + page_url("home", lang), wait_until="domcontentloaded")
    built_at = datetime.fromtimestamp(int(FIXED_EPOCH), tz=UTC)
    banner = built(lang, built_at)
    assert seen(page.locator(".countdown-banner__text")) == banner
    assert banner == {"fr": "LinkedIn entraîne son IA sur vos données depuis 384 jours.",
                      "en": "LinkedIn has been training its AI on your data for 384 days."}[lang]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", ["home", "guide"])
def test_countdown_fits_a_320_pixel_screen(server, new_page, kind: str, lang: str) -> None:
    # 320 CSS pixels is also what a 640-pixel window shows at 200% zoom, halved again.
    page = new_page(320, 640, timezone_id="America/Montreal", locale=lang)
    page.clock.set_fixed_time(START - timedelta(days=1, hours=2, minutes=3))
    page.goto(server + page_url(kind, lang), wait_until="domcontentloaded")
    corrected(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    box = page.locator(".countdown-banner").bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 320
