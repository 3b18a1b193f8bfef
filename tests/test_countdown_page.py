"""The countdown as built, before any script runs: right for the build's clock, on every page."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from urllib.parse import urljoin

import pytest
import yaml
from bs4 import BeautifulSoup
from conftest import FIXED_EPOCH, LANGUAGES, PAGE_FILES, ROOT, page_url
from explainer.model import clock as dates
from explainer.model.content import load_content
from explainer.render.countdown import render_banner
from explainer.render.pages import render_page

CONTENT = load_content(ROOT / "data", LANGUAGES)
BUILT_AT = datetime.fromtimestamp(int(FIXED_EPOCH), tz=UTC)  # 22 November 2026, 12:00 UTC
START = dates.instant(CONTENT.view(LANGUAGES[0], BUILT_AT).countdown_event)


def shown(element: BeautifulSoup) -> str:
    """The text a reader sees: hidden parts left out, spaces as a browser collapses them."""
    for hidden in element.select("[hidden]"):
        hidden.decompose()
    return " ".join(element.get_text(" ").split()).replace(" .", ".").replace(" ,", ",")


BUILT = {
    "fr": "LinkedIn entraîne son IA sur vos données depuis 384 jours. Désactiver le réglage",
    "en": "LinkedIn has been training its AI on your data for 384 days. Switch it off",
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_home_says_how_long_since_the_start_in_one_line(soup, lang: str) -> None:
    """A year on, the home page gives the time since the start in the banner's one line, with
    the machine-readable span and instant, and no box about deadlines or time zones."""
    page = soup("home", lang)
    banner = page.select_one(".md-banner .countdown-banner")
    assert shown(banner) == BUILT[lang]
    duration = banner.select_one(
        "[data-countdown-when]:not([hidden]) time[data-countdown-duration]")
    assert duration["datetime"] == "P384DT13H0M"
    assert banner.select_one("[data-countdown]")["data-countdown"] == "2025-11-03T00:00:00+01:00"
    content = page.select_one(".md-content")
    assert content.select(".countdown, [data-countdown]") == []
    assert "UTC" not in shown(content) and "GMT" not in shown(content)
    # Ticks are not announced: nothing in the countdown is a live region.
    assert not banner.select("[aria-live]") and not banner.get("aria-live")


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", PAGE_FILES)
def test_every_page_has_the_banner_linking_to_its_guide(soup, kind: str, lang: str) -> None:
    banner = soup(kind, lang).select_one(".md-banner .countdown-banner")
    assert shown(banner) == BUILT[lang]
    href = banner.select_one("a")["href"]
    assert urljoin("/" + page_url(kind, lang), href) == "/" + page_url("guide", lang)


@pytest.mark.parametrize(("offset", "fr", "en"), [
    (timedelta(days=-7), "LinkedIn commence à entraîner son IA sur vos données dans 7 jours.",
     "LinkedIn starts training its AI on your data in 7 days."),
    (timedelta(seconds=-1), "LinkedIn commence à entraîner son IA sur vos données dans 1 minute.",
     "LinkedIn starts training its AI on your data in 1 minute."),
    (timedelta(seconds=1),
     "LinkedIn entraîne son IA sur vos données depuis moins d'une minute.",
     "LinkedIn has been training its AI on your data for less than a minute."),
])
def test_banner_built_before_and_after_the_instant(offset: timedelta, fr: str, en: str) -> None:
    expected = {"fr": fr, "en": en}
    for lang in LANGUAGES:
        banner = BeautifulSoup(render_banner(CONTENT.view(lang, START + offset)), "html.parser")
        assert shown(banner) == expected[lang]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_home_built_a_week_before_has_no_countdown_box_either(lang: str) -> None:
    view = CONTENT.view(lang, START - timedelta(days=7))
    page = BeautifulSoup(render_page("home", view), "html.parser")
    assert page.select(".countdown, [data-countdown]") == []
    banner = BeautifulSoup(render_banner(view), "html.parser")
    assert shown(banner) == {
        "fr": "LinkedIn commence à entraîner son IA sur vos données dans 7 jours.",
        "en": "LinkedIn starts training its AI on your data in 7 days."}[lang]


def test_a_new_deadline_is_a_yaml_edit(project) -> None:
    timeline = yaml.safe_load((project / "data/timeline.yml").read_text(encoding="utf-8"))
    last_day = next(e for e in timeline["events"] if e["id"] == "last-day-2025")
    last_day["at"] = {"time": "23:59", "zone": "America/Montreal"}
    (project / "data/timeline.yml").write_text(yaml.safe_dump(timeline, allow_unicode=True),
                                               encoding="utf-8")
    site_yml = project / "data/site.yml"
    site_yml.write_text(site_yml.read_text(encoding="utf-8").replace(
        "event: training-start", "event: last-day-2025"), encoding="utf-8")
    content = load_content(project / "data", LANGUAGES)
    # 2 November 2025, 23:59 in Montréal is 3 November, 04:59 UTC.
    banner = render_banner(content.view("en", datetime(2025, 11, 3, 3, 59, tzinfo=UTC)))
    assert shown(BeautifulSoup(banner, "html.parser")) == \
        "LinkedIn starts training its AI on your data in 1 hour."
    assert 'data-countdown="2025-11-02T23:59:00-05:00"' in banner
