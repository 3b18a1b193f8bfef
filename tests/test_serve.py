"""`mkdocs serve`: a contributor's change to a data file shows on the served page in seconds."""

from __future__ import annotations

import subprocess
import time
import urllib.request
from pathlib import Path

from conftest import LANGUAGES, mkdocs_serving, page_url
from explainer.read.load import load_document

STARTUP_TIMEOUT = 90  # the first build of every language
RELOAD_TIMEOUT = 30


def _fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


def _wait_for(url: str, text: str, timeout: float, server: subprocess.Popen) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert server.poll() is None, "mkdocs serve stopped"
        page = _fetch(url)
        if page is not None and text in page:
            return True
        time.sleep(0.5)
    return False


def test_edited_data_shows_on_the_served_page(project: Path, tmp_path: Path) -> None:
    lang = LANGUAGES[-1]
    faq = project / "data" / "faq.yml"
    doc, _ = load_document(faq, "data/faq.yml")
    old = doc.data["questions"][0]["question"][lang]
    new = old + " (edited while serving)"

    with mkdocs_serving(project, tmp_path / "serve.log") as (base, server):
        url = base + page_url("faq", lang)
        assert _wait_for(url, old, STARTUP_TIMEOUT, server), "the site was never served"
        faq.write_text(faq.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
        started = time.monotonic()
        assert _wait_for(url, new, RELOAD_TIMEOUT, server), \
            (tmp_path / "serve.log").read_text(encoding="utf-8")
        assert time.monotonic() - started < RELOAD_TIMEOUT
