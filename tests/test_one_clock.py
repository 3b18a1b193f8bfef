"""The build reads the clock once: every page, the banner, the cards and the share links of
every language say what is true at that one instant, however long the build takes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import LANGUAGES, PAGE_FILES, page_path
from explainer.model import clock
from mkdocs.commands.build import build
from mkdocs.config import load_config


def test_one_instant_for_the_whole_build(project: Path, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    readings: list[datetime] = []

    def ticking() -> datetime:
        # A clock that moves on a minute at every reading, as a slow build's would.
        readings.append(datetime(2026, 1, 1, tzinfo=UTC) + timedelta(minutes=len(readings)))
        return readings[-1]

    monkeypatch.setattr(clock, "now", ticking)
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")
    site = tmp_path / "site"
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(site))
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()
    assert len(readings) == 1
    durations = set()
    for lang in LANGUAGES:
        for kind in PAGE_FILES:
            page = BeautifulSoup(page_path(site, kind, lang).read_text(encoding="utf-8"),
                                 "html.parser")
            durations |= {time["datetime"] for time in
                          page.select("[data-countdown-when]:not([hidden]) "
                                      "time[data-countdown-duration]")}
    # 2026-01-01 00:00 UTC is 59 days and 1 hour after the start (3 November 2025, 00:00 CET).
    assert durations == {"P59DT1H0M"}
