"""Date arithmetic and wording at build time: before, at and after an instant, in each language."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from conftest import LANGUAGES, ROOT, load_yaml
from explainer import dates

UNITS = load_yaml(ROOT / "data" / "ui.yml")["units"]
START = {"date": "2025-11-03", "at": {"time": "00:00", "zone": "Europe/Paris"}}


def test_instant_is_read_in_its_zone() -> None:
    assert dates.instant(START) == datetime(2025, 11, 2, 23, 0, tzinfo=UTC)


def test_one_second_before_counts_one_minute_left() -> None:
    target = dates.instant(START)
    assert dates.span(target, target - timedelta(seconds=1)) == dates.Span(0, 0, 1, past=False)


def test_at_the_instant_it_has_started() -> None:
    target = dates.instant(START)
    assert dates.span(target, target) == dates.Span(0, 0, 0, past=True)


def test_a_week_before_and_a_year_after() -> None:
    target = dates.instant(START)
    assert dates.span(target, target - timedelta(days=7)).days == 7
    # 2026-11-03 is 365 days later: no 29 February in between.
    assert dates.span(target, target + timedelta(days=365)) == dates.Span(365, 0, 0, past=True)


def test_leap_year_is_counted() -> None:
    target = dates.instant({"date": "2028-02-28", "at": {"time": "12:00", "zone": "UTC"}})
    after = datetime(2028, 3, 1, 12, 0, tzinfo=UTC)
    assert dates.span(target, after).days == 2


def test_daylight_saving_change_does_not_shift_the_count() -> None:
    # Paris leaves summer time on 26 October 2025: 8 days of wall clock are 8*24+1 hours.
    summer = dates.instant({"date": "2025-10-26", "at": {"time": "00:00", "zone": "Europe/Paris"}})
    winter = dates.instant(START)
    assert winter.astimezone(UTC) - summer.astimezone(UTC) == timedelta(days=8, hours=1)
    assert dates.span(winter, summer) == dates.Span(8, 1, 0, past=False)


def test_source_date_epoch_fixes_the_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1762124400")
    assert dates.now() == datetime(2025, 11, 2, 23, 0, tzinfo=UTC)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_plural_form_a_language_needs_is_in_the_data(lang: str) -> None:
    needed = {dates.plural_category(n, lang) for n in range(0, 1000)}
    for unit, forms in UNITS.items():
        missing = needed - set(forms[lang])
        assert not missing - {"other"}, f"{unit} in {lang} lacks {missing}"


def test_french_and_english_plurals_differ_at_zero() -> None:
    assert dates.quantity(0, UNITS["day"]["fr"], "fr") == "0 jour"
    assert dates.quantity(0, UNITS["day"]["en"], "en") == "0 days"
    assert dates.quantity(1, UNITS["day"]["en"], "en") == "1 day"
    assert dates.quantity(1500, UNITS["day"]["en"], "en") == "1,500 days"


def test_durations_are_listed_the_way_each_language_lists() -> None:
    value = dates.Span(2, 1, 5, past=False)
    assert dates.duration_words(value, UNITS, "fr", precise=True) == \
        "2 jours, 1 heure et 5 minutes"
    assert dates.duration_words(value, UNITS, "en", precise=True) == "2 days, 1 hour, and 5 minutes"
    assert dates.duration_words(value, UNITS, "en", precise=False) == "2 days"
