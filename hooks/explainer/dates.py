"""Time: the one clock of the build, instants from the data, durations in words.

Every date-dependent output takes "now" from `now()`, which honours SOURCE_DATE_EPOCH so that
a build is reproducible and testable with a fixed clock.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import format_date
from babel.lists import format_list
from babel.numbers import format_decimal


def now() -> datetime:
    """The current instant, or SOURCE_DATE_EPOCH (seconds since 1970, UTC) when it is set."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return datetime.fromtimestamp(int(epoch), tz=UTC)
    return datetime.now(tz=UTC)


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
    nor removes an hour.
    """
    delta = current.astimezone(UTC) - target.astimezone(UTC)
    past = delta.total_seconds() >= 0
    seconds = int(abs(delta.total_seconds()))
    if not past:
        # Round up while counting down: one second left still shows "1 minute".
        seconds = seconds + 59
    minutes_total = seconds // 60
    return Span(minutes_total // 1440, (minutes_total % 1440) // 60, minutes_total % 60, past)


def plural_category(count: int, lang: str) -> str:
    """The CLDR plural category of a number in a language: 'one', 'other'..."""
    return Locale.parse(lang).plural_form(count)


def quantity(count: int, forms: dict[str, str], lang: str) -> str:
    """'{count} jour' / '{count} jours', with the number formatted for the language."""
    form = forms.get(plural_category(count, lang)) or forms["other"]
    return form.replace("{count}", format_decimal(count, locale=lang))


def duration_words(value: Span, units: dict[str, dict[str, dict[str, str]]], lang: str,
                   *, precise: bool) -> str:
    """Days only when `precise` is false; otherwise days, hours and minutes (zeros left out)."""
    parts = [("day", value.days)]
    if precise:
        parts += [("hour", value.hours), ("minute", value.minutes)]
        parts = [(unit, n) for unit, n in parts if n] or [("minute", 0)]
    words = [quantity(n, units[unit][lang], lang) for unit, n in parts]
    return format_list(words, locale=lang)


def long_date(value: str, lang: str) -> str:
    """A full or partial ISO date (YYYY, YYYY-MM, YYYY-MM-DD) written out for a language."""
    parts = value.split("-")
    if len(parts) == 3:
        return format_date(date.fromisoformat(value), format="long", locale=lang)
    if len(parts) == 2:
        return format_date(date(int(parts[0]), int(parts[1]), 1), format="LLLL y", locale=lang)
    return parts[0]
