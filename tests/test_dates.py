"""Date arithmetic and wording at build time: before, at and after an instant, in each language."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from conftest import LANGUAGES, ROOT, load_yaml
from explainer.model import clock as dates

UNITS = load_yaml(ROOT / "data" / "ui.yml")["units"]
def _units(lang: str) -> dict:
    return {unit: forms[lang] for unit, forms in UNITS.items()}


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
    assert dates.duration_words(value, _units("fr"), "fr", precise=True) == \
        "2 jours, 1 heure et 5 minutes"
    assert dates.duration_words(value, _units("en"), "en", precise=True) == \
        "2 days, 1 hour, and 5 minutes"
    assert dates.duration_words(value, _units("en"), "en_GB", precise=True) == \
        "2 days, 1 hour and 5 minutes"
    assert dates.duration_words(value, _units("en"), "en", precise=False) == "2 days"


STRINGS = load_yaml(ROOT / "data" / "ui.yml")["strings"]


def words(offset: timedelta, lang: str) -> str:
    """What a countdown to START says `offset` away from it (negative: before)."""
    target = dates.instant(START)
    return dates.countdown_words(dates.span(target, target + offset), _units(lang), lang,
                                 STRINGS["less_than_a_minute"][lang])


def test_half_a_second_before_still_counts_one_minute_left() -> None:
    target = dates.instant(START)
    assert dates.span(target, target - timedelta(milliseconds=500)) == \
        dates.Span(0, 0, 1, past=False)


def test_elapsed_time_is_rounded_down() -> None:
    target = dates.instant(START)
    assert dates.span(target, target + timedelta(seconds=59)) == dates.Span(0, 0, 0, past=True)
    assert dates.span(target, target + timedelta(seconds=61)) == dates.Span(0, 0, 1, past=True)


@pytest.mark.parametrize(("offset", "fr", "en"), [
    (timedelta(days=-7), "7 jours", "7 days"),
    (timedelta(days=-1, hours=-2, minutes=-3), "1 jour, 2 heures et 3 minutes",
     "1 day, 2 hours, and 3 minutes"),
    (timedelta(seconds=-1), "1 minute", "1 minute"),
    (timedelta(0), "moins d'une minute", "less than a minute"),
    (timedelta(seconds=1), "moins d'une minute", "less than a minute"),
    (timedelta(hours=1, minutes=30), "1 heure et 30 minutes", "1 hour and 30 minutes"),
    (timedelta(days=1, hours=23), "1 jour", "1 day"),
    (timedelta(days=365), "365 jours", "365 days"),
    (timedelta(days=1096), "1\u202f096 jours", "1,096 days"),
])
def test_countdown_words_before_at_and_after(offset: timedelta, fr: str, en: str) -> None:
    expected = {"fr": fr, "en": en}
    for lang in LANGUAGES:
        assert words(offset, lang) == expected[lang]


def test_spring_forward_leaves_23_hours_in_a_wall_clock_day() -> None:
    # Paris skips 02:00-03:00 on 29 March 2026: noon to noon is 23 hours.
    target = dates.instant({"date": "2026-03-29", "at": {"time": "12:00", "zone": "Europe/Paris"}})
    before = datetime(2026, 3, 28, 11, 0, tzinfo=UTC)  # noon in Paris, winter time
    assert dates.span(target, before) == dates.Span(0, 23, 0, past=False)


def test_a_year_after_a_leap_day_counts_366_days() -> None:
    target = dates.instant({"date": "2028-02-01", "at": {"time": "00:00", "zone": "Europe/Paris"}})
    a_year_later = dates.instant({"date": "2029-02-01",
                                  "at": {"time": "00:00", "zone": "Europe/Paris"}})
    assert dates.span(target, a_year_later) == dates.Span(366, 0, 0, past=True)


def test_durations_are_written_for_the_time_element() -> None:
    assert dates.duration_attribute(dates.Span(384, 13, 0, past=True)) == "P384DT13H0M"


def test_the_instant_is_written_in_its_own_zone() -> None:
    target = dates.instant(START)
    assert dates.instant_parts(target, "fr") == \
        {"date": "3 novembre 2025", "time": "00:00", "zone": "UTC+01:00"}
    assert dates.instant_parts(target, "en") == \
        {"date": "November 3, 2025", "time": "12:00\u202fAM", "zone": "GMT+01:00"}


@pytest.mark.parametrize(("count", "fr", "en"), [
    (0, "0 heure", "0 hours"),
    (1, "1 heure", "1 hour"),
    (2, "2 heures", "2 hours"),
    (1_000_000, "1\u202f000\u202f000 heures", "1,000,000 hours"),  # 'many' in French
])
def test_plural_forms_in_each_language(count: int, fr: str, en: str) -> None:
    expected = {"fr": fr, "en": en}
    for lang in LANGUAGES:
        assert dates.quantity(count, UNITS["hour"][lang], lang) == expected[lang]
