"""Lighthouse (mobile) on the home page and the guide in every language, and the weight of a
first view of the guide. A script, not a test: its figures depend on the machine.

    npm ci --prefix bench            # once: Lighthouse into bench/node_modules
    .venv/bin/python bench/lighthouse.py [--port 8731]

Builds the site, serves it compressed (gzip, as any static host does) on 127.0.0.1, runs
Debian's Chromium through Lighthouse, prints a table and writes bench/results/lighthouse.json.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from urllib.parse import urlsplit

from explainer.read.project_config import languages_from_mkdocs_yml

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
LIGHTHOUSE = BENCH / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = "/usr/bin/chromium"
# The same flags as the browser tests (tests/conftest.py): headless, and no start-up traffic to
# Google's hosts (the network is closed).
CHROME_FLAGS = ("--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run "
                "--disable-background-networking --disable-component-update --disable-sync")
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
PAGES = {"home": "", "guide": "guide/"}
COMPRESSIBLE = (".html", ".css", ".js", ".json", ".xml", ".svg", ".txt")


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files gzip-compressed when the browser accepts it, like a static host."""

    def send_head(self):  # type: ignore[override]
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and path.is_file() and path.suffix in COMPRESSIBLE):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), compresslevel=9)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return _Body(body)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


class _Body:
    def __init__(self, data: bytes) -> None:
        self.data = data

    def read(self, *_: object) -> bytes:
        data, self.data = self.data, b""
        return data

    def close(self) -> None:
        pass


def build(out: Path) -> None:
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(out)],
                   cwd=ROOT, check=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})


def lighthouse(url: str, report: Path) -> dict:
    subprocess.run([str(LIGHTHOUSE), url, "--quiet", "--form-factor=mobile",
                    f"--only-categories={','.join(CATEGORIES)}", "--output=json",
                    f"--output-path={report}", f"--chrome-flags={CHROME_FLAGS}"],
                   check=True, env={**os.environ, "CHROME_PATH": CHROMIUM})
    return json.loads(report.read_text(encoding="utf-8"))


def sent_bytes(site: Path, url: str) -> int:
    """The body this server sends for an address: what a first view costs the reader's plan."""
    path = site / urlsplit(url).path.lstrip("/")
    if path.is_dir():
        path = path / "index.html"
    if not path.is_file():
        return 0
    data = path.read_bytes()
    return len(gzip.compress(data, compresslevel=9)) if path.suffix in COMPRESSIBLE else len(data)


def summary(result: dict, site: Path) -> dict:
    requests = result["audits"]["network-requests"]["details"]["items"]
    failed = [item["url"] for item in requests if item.get("statusCode", 200) >= 400]
    below = {ref["id"]: result["audits"][ref["id"]]["title"]
             for category in CATEGORIES for ref in result["categories"][category]["auditRefs"]
             if ref["weight"] and (result["audits"][ref["id"]]["score"] or 0) < 1}
    return {
        "scores": {c: round(result["categories"][c]["score"] * 100) for c in CATEGORIES},
        # Lighthouse's own count (with headers) misses the body of what a web worker fetches.
        "lighthouse_transfer_bytes": sum(item.get("transferSize", 0) for item in requests),
        "first_view_bytes": sum(sent_bytes(site, item["url"]) for item in requests
                                if item["url"].startswith("http")),
        "requests": [{"url": item["url"], "bytes": sent_bytes(site, item["url"])}
                     for item in requests if item["url"].startswith("http")],
        "failed": failed,
        "audits_below_full_score": below,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=8731)
    args = parser.parse_args()
    if not LIGHTHOUSE.exists():
        sys.exit("Lighthouse is missing: run `npm ci --prefix bench` first")
    languages = languages_from_mkdocs_yml(ROOT / "mkdocs.yml")
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        build(site)
        handler = functools.partial(GzipHandler, directory=str(site))
        httpd = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), handler)
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        try:
            for lang in languages:
                prefix = "" if lang == languages[0] else f"{lang}/"
                for name, path in PAGES.items():
                    url = f"http://127.0.0.1:{args.port}/{prefix}{path}"
                    results[f"{name} ({lang})"] = {
                        "url": url, **summary(lighthouse(url, Path(tmp) / "report.json"), site)}
        finally:
            httpd.shutdown()
            httpd.server_close()
    print(f"{'page':<14}" + "".join(f"{c:>16}" for c in CATEGORIES) + f"{'KB gzip':>10}")
    for page, result in results.items():
        print(f"{page:<14}" + "".join(f"{result['scores'][c]:>16}" for c in CATEGORIES)
              + f"{result['first_view_bytes'] / 1024:>10.1f}")
        for audit_id, title in result["audits_below_full_score"].items():
            print(f"{'':<14}below 100: {audit_id} ({title})")
    out = BENCH / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "lighthouse.json").write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    shutil.which("node") or sys.exit("Node.js is missing: apt-get install nodejs npm")
    main()
