"""Lighthouse (mobile) on the home page and the guide in every language, for this site and, in the
same run, for a default Material site of the same pages. A script, not a test: its timings depend
on the machine and on what else runs on it; the comparison in one run is what holds.

    npm ci --prefix bench            # once: Lighthouse into bench/node_modules
    .venv/bin/python bench/lighthouse.py [--runs 3]

- this site: `mkdocs build` of the project, as published;
- Material's default: the same pages written as plain Markdown by `explainer render`, built with
  the same theme, features, palette and Markdown extensions, fonts off (as here: no request to
  another host), and nothing else of ours (no hook, override, stylesheet or script), one site per
  language.
Both are served gzip-compressed on 127.0.0.1, as a static host would, and measured by Lighthouse
12 with Debian's Chromium (simulated slow 4G and a 4x slower CPU), runs interleaved page by page
and site by site so that both meet the same load. The median of the runs is printed for: First
Contentful Paint, Largest Contentful Paint, Total Blocking Time, the Performance score, the
requests of the first view (without data: URLs), their bytes as sent gzip-compressed, and the
requests Chromium marked as render-blocking. Every run is written to
bench/results/lighthouse.json.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import yaml
from explainer.read.project_config import languages_from_mkdocs_yml, read_mkdocs_yml

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
LIGHTHOUSE = BENCH / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = "/usr/bin/chromium"
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
# The same flags as the browser tests (tests/conftest.py): headless, and no start-up traffic to
# Google's hosts (the network is closed).
CHROME_FLAGS = ("--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run "
                "--disable-background-networking --disable-component-update --disable-sync")
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
PAGES = {"home": "", "guide": "guide/"}
COMPRESSIBLE = (".html", ".css", ".js", ".json", ".xml", ".svg", ".txt")
SITES = ("this site", "Material default")


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


def mkdocs_build(config: Path, out: Path, strict: bool) -> None:
    command = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(out)]
    subprocess.run(command + (["--strict"] if strict else []), cwd=config.parent, check=True,
                   env=ENV, stdout=subprocess.DEVNULL)


def build_default_material(work: Path, out: Path, languages: tuple[str, ...]) -> None:
    """Material's default site of the same pages: out/<lang>/ for each language."""
    rendered = work / "rendered"
    subprocess.run([sys.executable, "-m", "explainer.cli", "render", str(rendered)], cwd=ROOT,
                   check=True, env=ENV, stdout=subprocess.DEVNULL)
    site = read_mkdocs_yml(ROOT / "mkdocs.yml")
    for lang in languages:
        project = work / f"default-{lang}"
        shutil.copytree(rendered / lang, project / "docs")
        config = {
            "site_name": site["site_name"], "site_url": site["site_url"],
            "theme": {"name": "material", "language": lang, "font": False,
                      "features": site["theme"]["features"],
                      "palette": site["theme"]["palette"]},
            "plugins": ["search"], "markdown_extensions": site["markdown_extensions"],
        }
        (project / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
        # Not strict: the plain pages link to files only the full build has (feeds, cards).
        mkdocs_build(project / "mkdocs.yml", out / lang, strict=False)


def serve(directory: Path) -> http.server.ThreadingHTTPServer:
    handler = functools.partial(GzipHandler, directory=str(directory))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd


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
    audits = result["audits"]
    requests = [item for item in audits["network-requests"]["details"]["items"]
                if item["url"].startswith("http")]
    blocking = (audits.get("render-blocking-insight") or audits["render-blocking-resources"])
    below = {ref["id"]: audits[ref["id"]]["title"]
             for category in CATEGORIES for ref in result["categories"][category]["auditRefs"]
             if ref["weight"] and (audits[ref["id"]]["score"] or 0) < 1}
    return {
        "fcp_ms": audits["first-contentful-paint"]["numericValue"],
        "lcp_ms": audits["largest-contentful-paint"]["numericValue"],
        "tbt_ms": audits["total-blocking-time"]["numericValue"],
        "scores": {c: round(result["categories"][c]["score"] * 100) for c in CATEGORIES},
        "requests": len(requests),
        # Lighthouse's own count (with headers) misses the body of what a web worker fetches.
        "bytes": sum(sent_bytes(site, item["url"]) for item in requests),
        "lighthouse_bytes": sum(item.get("transferSize", 0) for item in requests),
        "render_blocking": [item["url"] for item in
                            (blocking.get("details") or {}).get("items", [])],
        "files": [{"url": item["url"], "bytes": sent_bytes(site, item["url"])}
                  for item in requests],
        "failed": [item["url"] for item in requests if item.get("statusCode", 200) >= 400],
        "audits_below_full_score": below,
    }


def load() -> str:
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} CPUs"


def median_row(runs: list[dict]) -> dict:
    def med(key: str) -> float:
        return statistics.median(run[key] for run in runs)
    return {
        "FCP s": med("fcp_ms") / 1000, "LCP s": med("lcp_ms") / 1000, "TBT ms": med("tbt_ms"),
        "Perf": statistics.median(run["scores"]["performance"] for run in runs),
        "requests": med("requests"), "KB gzip": med("bytes") / 1024,
        "blocking": statistics.median(len(run["render_blocking"]) for run in runs),
    }


def print_table(results: dict[str, dict[str, list[dict]]]) -> None:
    columns = ("FCP s", "LCP s", "TBT ms", "Perf", "requests", "KB gzip", "blocking")
    formats = {"FCP s": "{:.2f}", "LCP s": "{:.2f}", "KB gzip": "{:.1f}"}
    print(f"{'page':<14}{'site':<18}" + "".join(f"{c:>10}" for c in columns))
    for page, sites in results.items():
        for name, runs in sites.items():
            row = median_row(runs)
            cells = "".join(f"{formats.get(c, '{:.0f}').format(row[c]):>10}" for c in columns)
            print(f"{page:<14}{name:<18}{cells}")
    print("median of each figure over the runs; blocking = requests Chromium marked "
          "render-blocking; KB = KiB sent gzip-compressed (level 9)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not LIGHTHOUSE.exists():
        sys.exit("Lighthouse is missing: run `npm ci --prefix bench` first")
    languages = languages_from_mkdocs_yml(ROOT / "mkdocs.yml")
    results: dict[str, dict[str, list[dict]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        sites = {SITES[0]: work / "site", SITES[1]: work / "default"}
        mkdocs_build(ROOT / "mkdocs.yml", sites[SITES[0]], strict=True)
        build_default_material(work, sites[SITES[1]], languages)
        servers = {name: serve(folder) for name, folder in sites.items()}
        addresses = {}
        for lang in languages:
            for page, path in PAGES.items():
                ours = ("" if lang == languages[0] else f"{lang}/") + path
                addresses[f"{page} ({lang})"] = {SITES[0]: ours, SITES[1]: f"{lang}/{path}"}
        conditions = {"before": load()}
        print(f"{args.runs} run(s) of {len(addresses) * len(sites)} pages; {conditions['before']}",
              file=sys.stderr)
        started = time.monotonic()
        try:
            for run in range(args.runs):
                for page, by_site in addresses.items():
                    for name, path in by_site.items():
                        port = servers[name].server_address[1]
                        url = f"http://127.0.0.1:{port}/{path}"
                        report = lighthouse(url, work / "report.json")
                        result = {"url": url, "run": run + 1, **summary(report, sites[name])}
                        results.setdefault(page, {}).setdefault(name, []).append(result)
        finally:
            for httpd in servers.values():
                httpd.shutdown()
                httpd.server_close()
        conditions["after"] = load()
        conditions["minutes"] = round((time.monotonic() - started) / 60, 1)
    print_table(results)
    print(f"load: before {conditions['before']}; after {conditions['after']}; "
          f"{conditions['minutes']} min")
    out = BENCH / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "lighthouse.json").write_text(
        json.dumps({"conditions": conditions, "results": results}, indent=2), encoding="utf-8")


if __name__ == "__main__":
    shutil.which("node") or sys.exit("Node.js is missing: apt-get install nodejs npm")
    main()
