"""The Nu HTML Checker finds no error in any built page, and nothing is filtered out."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path


def test_every_page_is_valid_html(site: Path, nu_checker: list[str]) -> None:
    pages = sorted(str(path) for path in site.rglob("*.html"))
    assert len(pages) > 16
    # One Java start for the whole site: the checker takes seconds to start.
    result = subprocess.run([*nu_checker, "--format", "json", "--errors-only", *pages],
                            capture_output=True, text=True, check=False)
    messages = json.loads(result.stderr or result.stdout)["messages"]
    errors = [m for m in messages if m["type"] != "info"]
    assert not errors, "\n".join(
        f"{m['url'].split(str(site))[-1]}:{m.get('lastLine')}: {m['message']}" for m in errors)
