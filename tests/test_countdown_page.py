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
SITE = CONTENT.data["site"]
START = dates.instant(CONTENT.view(LANGUAGES[0], BUILT_AT).countdown_event)


def shown(element: BeautifulSoup) -> str:
    """The text a reader sees: hidden parts left out, spaces as a browser collapses them."""
    for hidden in element.select("[hidden]"):
        hidden.decompose()
    return " ".join(element.get_text(" ").split()).replace(" .", ".").replace(" ,", ",")


BUILT = {
    "fr": ("L'entraînement a commencé le 3 novembre 2025, il y a 384 jours.",
           "LinkedIn entraîne son IA sur vos données depuis 384 jours. Désactiver le réglage"),
    "en": ("Training started on 3 November 2025, 384 days ago.",
           "LinkedIn has been training its AI on your data for 384 days. Switch it off"),
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_home_countdown_is_right_for_the_build_time(soup, lang: str) -> None:
    box = soup("home", lang).select_one(".countdown")
    assert shown(box.select_one(".countdown__value").parent).startswith(
        SITE["countdown"]["title"][lang] + " " + BUILT[lang][0]
        + " " + SITE["countdown"]["after_meaning"][lang])
    duration = box.select_one(".countdown__value:not([hidden]) time[data-countdown-duration]")
    assert duration["datetime"] == "P384DT13H0M"
    assert box.select_one("time[datetime]")["datetime"] == "2025-11-03T00:00:00+01:00"
    # Ticks are not announced: nothing in the countdown is a live region.
    assert not box.select("[aria-live]") and not box.get("aria-live")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_home_states_the_instant_and_its_zone(soup, lang: str) -> None:
    instant = soup("home", lang).select_one(".countdown__instant")
    assert shown(instant) == {
        "fr": "Nous comptons à partir du 3 novembre 2025 à 00:00 (UTC+01:00).",
        "en": "We count from 3 November 2025 at 00:00 (GMT+01:00).",
    }[lang]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", PAGE_FILES)
def test_every_page_has_the_banner_linking_to_its_guide(soup, kind: str, lang: str) -> None:
    banner = soup(kind, lang).select_one(".md-banner .countdown-banner")
    assert shown(banner) == BUILT[lang][1]
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
def test_home_built_a_week_before_says_what_is_at_stake(lang: str) -> None:
    page = BeautifulSoup(render_page("home", CONTENT.view(lang, START - timedelta(days=7))),
                         "html.parser")
    c = SITE["countdown"]
    text = shown(page.select_one(".countdown"))
    assert {"fr": "Plus que 7 jours avant le début de l'entraînement, le 3 novembre 2025.",
            "en": "7 days left before training starts on 3 November 2025."}[lang] in text
    assert c["before_meaning"][lang] in text and c["after_meaning"][lang] not in text


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
