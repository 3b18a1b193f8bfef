"""What the countdown says at the build's instant, the banner every page shows, and the words
countdown.js needs to say the same from the reader's clock."""

from __future__ import annotations

import json
from dataclasses import dataclass

from ..model import clock
from ..model.content import View
from .environment import render


@dataclass(frozen=True)
class CountdownState:
    """The countdown at the view's instant."""

    event: object               # the timeline event (a Record)
    instant: str                # ISO 8601, with its offset
    past: bool                  # whether the instant has passed
    duration: str               # the span in words: '384 jours'
    duration_attr: str          # the span as an HTML duration: P384DT13H0M
    date: str                   # the event's date written out


def countdown_state(view: View) -> CountdownState:
    event = view.countdown_event
    target = clock.instant(event)
    value = clock.span(target, view.now)
    return CountdownState(
        event=event,
        instant=target.isoformat(),
        past=value.past,
        duration=clock.countdown_words(value, view.units, view.locale,
                                       view.strings.less_than_a_minute),
        duration_attr=clock.duration_attribute(value),
        date=clock.long_date(event.date, view.locale),
    )


def countdown_words_json(view: View) -> str:
    """The words countdown.js needs to write durations as the build does, as JSON that is safe
    inside `<script type="application/json">`."""
    words = {
        # The browser's Intl names the same CLDR locale with a hyphen (en-GB).
        "lang": view.locale.replace("_", "-"),
        "units": {unit: dict(forms) for unit, forms in
                  ((unit, view.units[unit]) for unit in view.units)},
        "less_than_a_minute": str(view.strings.less_than_a_minute),
        "grouping": clock.digit_grouping(view.locale),
    }
    return json.dumps(words, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


def render_banner(view: View) -> str:
    """The HTML of the countdown banner shown on every page (without its link)."""
    return render("html/banner.html.j2", view=view, lang=view.lang,
                  countdown=countdown_state(view), texts=view.site.countdown).strip()
