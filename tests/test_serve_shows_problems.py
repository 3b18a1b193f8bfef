"""`mkdocs serve` with a mistake in data/: the browser shows the problems (file:line and hint)
instead of waiting forever, and the page comes back by itself once the file is fixed."""

from __future__ import annotations

import subprocess
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

from conftest import LANGUAGES, mkdocs_serving, page_url
from explainer.read.load import load_document

STARTUP_TIMEOUT = 120  # the first build of every language, on a busy machine
RELOAD_TIMEOUT = 90


def _wait_until_served(url: str, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        assert server.poll() is None, "mkdocs serve stopped"
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except OSError:
            time.sleep(0.5)
    raise AssertionError("the site was never served")


def test_problems_show_in_the_browser_until_the_file_is_fixed(project: Path, tmp_path: Path,
                                                             new_page) -> None:
    lang = LANGUAGES[-1]
    faq = project / "data" / "faq.yml"
    doc, _ = load_document(faq, "data/faq.yml")
    question = doc.data["questions"][0]["question"][LANGUAGES[0]]
    line, column = doc.where(("questions", 0, "question", LANGUAGES[0]))
    good = faq.read_text(encoding="utf-8")
    # A contributor's classic: a colon and a space in an unquoted text.
    faq.write_text(good.replace(f'"{question}"', "Attention: ceci est une question", 1),
                   encoding="utf-8")

    with mkdocs_serving(project, tmp_path / "serve.log") as (base, server):
        url = base + page_url("faq", lang)
        _wait_until_served(url, server)
        page = new_page()
        hosts: set[str] = set()
        page.on("request", lambda request: hosts.add(urlsplit(request.url).hostname or ""))
        page.goto(url, timeout=30_000)

        heading = page.locator("h1")
        assert heading.inner_text() == "The data has 1 problem"
        item = page.locator("article ol li").first.inner_text()
        assert item.splitlines() == [
            f"data/faq.yml:{line}:{column + 9}",
            "mapping values are not allowed in this context",
            "Hint: put text that contains ': ' between quotes",
        ], item
        assert hosts == {"127.0.0.1"}

        faq.write_text(good, encoding="utf-8")
        # No navigation by the test: the served page reloads itself after the next build.
        page.wait_for_function(
            "text => document.querySelector('h1') && "
            "!document.querySelector('h1').textContent.startsWith(text)",
            arg="The data has", timeout=RELOAD_TIMEOUT * 1000)
        assert page.locator("#too-late").count() == 1
