"""countdown.js writes numbers from the build's description of them (clock.digit_grouping)
instead of setting up the browser's number formats: for every number a countdown can show, the
description must give exactly what the build writes, in any language a contributor may add."""

from __future__ import annotations

from babel.localedata import locale_identifiers
from babel.numbers import format_decimal
from explainer.model.clock import digit_grouping

# Below 100,000: days for the next 270 years; hours and minutes are below 60.
SHOWN = (0, 1, 7, 42, 384, 999, 1000, 1100, 1234, 9999, 10000, 12345, 65536, 99999)
# Toki Pona groups digits by two (9 99, 12 34), which the description cannot say.
UNDESCRIBED = {"tok", "tok_001"}


def as_countdown_js(count: int, grouping: dict) -> str:
    """What countdown.js writes from the description: groups of three from the right."""
    digits = str(count)
    if len(digits) < grouping["from"]:
        return digits
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i:i + 3] for i in range(head, len(digits), 3)]
    return grouping["symbol"].join(parts)


def test_french_groups_from_four_digits_with_a_narrow_no_break_space() -> None:
    assert digit_grouping("fr_FR") == {"symbol": "\u202f", "from": 4}
    assert as_countdown_js(1100, digit_grouping("fr_FR")) == "1\u202f100"


def test_the_description_writes_what_the_build_writes_in_every_language() -> None:
    wrong = {}
    for locale in sorted(set(locale_identifiers()) - UNDESCRIBED):
        grouping = digit_grouping(locale)
        differ = [n for n in SHOWN
                  if as_countdown_js(n, grouping) != format_decimal(n, locale=locale)]
        if differ:
            wrong[locale] = differ
    assert not wrong
