"""Time: the one clock of the build, instants from the data, durations in words.

Every date-dependent output takes "now" from `now()`, which honours SOURCE_DATE_EPOCH so that
a build is reproducible and testable with a fixed clock.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_date, format_time, get_timezone_gmt
from babel.lists import format_list
from babel.numbers import format_decimal, get_group_symbol


def now() -> datetime:
    """The current instant, or SOURCE_DATE_EPOCH (seconds since 1970, UTC) when it is set."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return datetime.fromtimestamp(int(epoch), tz=UTC)
    return datetime.now(tz=UTC)


def has_come(day: str, current: datetime) -> bool:
    """Whether the day `day` (YYYY-MM-DD) has begun at `current` (from its start, UTC)."""
    return current.astimezone(UTC).date() >= date.fromisoformat(day)


def pick(text: Mapping[str, Any], current: datetime) -> Any:
    """The form of a text to show at `current`: a dated text (date, before, after) gives its
    `after` form from the start of its day (UTC) on, its `before` form until then; any other
    text is returned as it is."""
    if set(text) == {"date", "before", "after"}:
        return text["after" if has_come(text["date"], current) else "before"]
    return text


def instant(event: dict[str, Any]) -> datetime:
    """The aware instant of a timeline event that has `at: {time, zone}`."""
    at = event["at"]
    hours, minutes = (int(part) for part in at["time"].split(":"))
    local = datetime.combine(date.fromisoformat(event["date"]), time(hours, minutes))
    return local.replace(tzinfo=ZoneInfo(at["zone"]))


@dataclass(frozen=True)
class Span:
    """The whole days, hours and minutes between two instants, and on which side of it we are."""

    days: int
    hours: int
    minutes: int
    past: bool


def span(target: datetime, current: datetime) -> Span:
    """Time left until `target` (past=False), or elapsed since it (past=True, from the instant on).

    Computed on absolute instants (UTC), so a daylight-saving change in between neither adds
    nor removes an hour. Counting down rounds up to the minute (half a second left is still
    "1 minute"); counting up rounds down (half a minute after is not yet "1 minute").
    """
    delta = current.astimezone(UTC) - target.astimezone(UTC)
    past = delta >= timedelta(0)
    minute = timedelta(minutes=1)
    minutes_total = delta // minute if past else -(delta // minute)
    return Span(minutes_total // 1440, (minutes_total % 1440) // 60, minutes_total % 60, past)


def plural_category(count: int, lang: str) -> str:
    """The CLDR plural category of a number in a language: 'one', 'other'..."""
    return Locale.parse(lang).plural_form(count)


def quantity(count: int, forms: dict[str, str], lang: str) -> str:
    """'{count} jour' / '{count} jours', with the number formatted for the language."""
    form = forms.get(plural_category(count, lang)) or forms["other"]
    return form.replace("{count}", format_decimal(count, locale=lang))


def digit_grouping(lang: str) -> dict[str, Any]:
    """How `quantity` writes the whole numbers a countdown shows, so that countdown.js writes
    them the same way without setting up the browser's number formats (Intl.NumberFormat's
    set-up blocks a slow phone for about 80 ms): Latin digits in groups of three separated by
    `symbol`, from numbers of `from` digits on.

    It holds below 100,000, which is all a countdown shows (days for the next 270 years; hours
    and minutes are below 60): tests/test_digit_grouping.py checks it against Babel for every
    language Babel knows."""
    start = next((digits for digits in range(2, 6)
                  if format_decimal(10 ** (digits - 1), locale=lang) != str(10 ** (digits - 1))),
                 6)
    return {"symbol": get_group_symbol(locale=lang), "from": start}


def duration_words(value: Span, units: Mapping[str, Mapping[str, str]], locale: str,
                   *, precise: bool) -> str:
    """Days only when `precise` is false; otherwise days, hours and minutes (zeros left out).

    `units` holds one language's plural forms of each unit; `locale` writes the numbers.
    """
    parts = [("day", value.days)]
    if precise:
        parts += [("hour", value.hours), ("minute", value.minutes)]
        parts = [(unit, n) for unit, n in parts if n] or [("minute", 0)]
    words = [quantity(n, dict(units[unit]), locale) for unit, n in parts]
    return format_list(words, locale=locale)


def long_date(value: str, lang: str) -> str:
    """A full or partial ISO date (YYYY, YYYY-MM, YYYY-MM-DD) written out for a language."""
    parts = value.split("-")
    if len(parts) == 3:
        return format_date(date.fromisoformat(value), format="long", locale=lang)
    if len(parts) == 2:
        return format_date(date(int(parts[0]), int(parts[1]), 1), format="LLLL y", locale=lang)
    return parts[0]


def countdown_words(value: Span, units: Mapping[str, Mapping[str, str]], locale: str,
                    under_a_minute: str) -> str:
    """The duration a countdown shows: days, hours and minutes left before the instant; after
    it, whole days elapsed, or hours and minutes during the first day, or `under_a_minute`.

    countdown.js applies the same rules in the browser; tests compare the two.
    """
    if not value.past:
        return duration_words(value, units, locale, precise=True)
    if value.days:
        return duration_words(value, units, locale, precise=False)
    if value.hours or value.minutes:
        return duration_words(value, units, locale, precise=True)
    return under_a_minute


def duration_attribute(value: Span) -> str:
    """The span as an HTML duration string, for `<time datetime>`: P384DT13H0M."""
    return f"P{value.days}DT{value.hours}H{value.minutes}M"


def instant_parts(target: datetime, lang: str) -> dict[str, str]:
    """An instant written out in its own zone: its date, its time and the zone's UTC offset."""
    return {
        "date": format_date(target, format="long", locale=lang),
        "time": format_time(target, format="short", tzinfo=target.tzinfo, locale=lang),
        "zone": get_timezone_gmt(target, width="long", locale=lang),
    }
