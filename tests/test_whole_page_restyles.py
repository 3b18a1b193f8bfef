"""Loading a page styles it about once: no script makes the browser restyle every element again.

Each whole-page restyle after the first paint is work that holds a phone up before the reader
can scroll or tap (Lighthouse's Total Blocking Time). On the guide the theme caused three at
every load: its bundle swaps `no-js` for `js` on <html>, and two selectors of its main stylesheet
made that class change restyle everything (engine/theme_main.py mends them); its colour scheme
switch applied the scheme the page already showed and set the page's color-scheme, which
restyles everything twice (our switch, palette-switch.js, does nothing at load). The browser
reports, for each restyle, how many elements it styled: read from its performance trace."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import LANGUAGES, page_url

# Marks the traced page's renderer: the trace also holds the browser's other ones.
MARK = "restyle-test"


def _events(trace: Path) -> list[dict[str, Any]]:
    """The marked page's renderer's events, in time order."""
    events = json.loads(trace.read_text(encoding="utf-8"))
    events = events["traceEvents"] if isinstance(events, dict) else events
    renderer = {(event["pid"], event["tid"]) for event in events
                if event.get("name") == "TimeStamp"
                and event.get("args", {}).get("data", {}).get("message") == MARK}
    assert renderer, "the page's mark is not in the trace"
    return sorted((event for event in events if (event["pid"], event["tid"]) in renderer
                   and event.get("ph") == "X"), key=lambda event: event["ts"])


def _restyled(trace: Path) -> list[int]:
    """The number of elements each restyle of the marked page styled, in order."""
    return [event.get("args", {}).get("elementCount") or 0 for event in _events(trace)
            if event["name"] == "UpdateLayoutTree"]


def _restyled_once_scripts_ran(trace: Path) -> tuple[list[int], list[int]]:
    """The restyles before the page's first script, and from it on."""
    events = _events(trace)
    start = next((event["ts"] for event in events if event["name"] == "EvaluateScript"),
                 float("inf"))
    counts = [(event["ts"] >= start, event.get("args", {}).get("elementCount") or 0)
              for event in events if event["name"] == "UpdateLayoutTree"]
    return ([n for after, n in counts if not after], [n for after, n in counts if after])


def _traced(browser: Any, page: Any, trace: Path, action: Callable[[], None]) -> list[int]:
    browser.start_tracing(page=page, path=str(trace), categories=["devtools.timeline"])
    try:
        action()
        page.evaluate("mark => console.timeStamp(mark)", MARK)
    finally:
        browser.stop_tracing()
    return _restyled(trace)


@pytest.mark.parametrize("kind", ["home", "guide"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_loading_a_page_styles_it_about_once(browser, server, new_page, tmp_path: Path,
                                             lang: str, kind: str) -> None:
    page = new_page(390, 844)
    address = server + page_url(kind, lang)

    def load() -> None:
        page.goto(address, wait_until="load")
        # The theme's bundle and our scripts have run; leave time for what they schedule.
        page.evaluate("() => new Promise(done => setTimeout(done, 500))")

    _traced(browser, page, tmp_path / "load.json", load)
    before, after = _restyled_once_scripts_ran(tmp_path / "load.json")
    elements = page.evaluate("() => document.getElementsByTagName('*').length")
    # The first styling covers the page, at once or in parts while the page and its
    # stylesheets arrive (more than once on a busy machine). Once the scripts run, a restyle
    # of the whole page styles as many elements again: none is allowed, but the first styling
    # itself when no frame came before the scripts.
    whole = [count for count in after if count >= elements / 2]
    allowed = 0 if any(count >= elements / 2 for count in before) else 1
    assert len(whole) <= allowed, f"{elements} elements; restyles: {before} | {after}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_class_change_on_the_root_restyles_only_what_it_styles(browser, server, new_page,
                                                                  tmp_path: Path,
                                                                  lang: str) -> None:
    # What the theme's bundle does at every load: `no-js` becomes `js` on <html>.
    page = new_page(390, 844, java_script_enabled=False)
    page.goto(server + page_url("guide", lang))
    page.evaluate("() => document.body.offsetTop")
    elements = page.evaluate("() => document.body.getElementsByTagName('*').length")

    def swap() -> None:
        page.evaluate("""() => {
          document.documentElement.classList.replace('no-js', 'js');
          return document.body.offsetTop;
        }""")

    restyled = _traced(browser, page, tmp_path / "swap.json", swap)
    assert restyled, "the class change restyled nothing: the page has no `no-js` class?"
    assert sum(restyled) < elements / 4, (sum(restyled), elements)
