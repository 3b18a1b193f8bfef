"""Time the full site build, the data -> pages step alone, `explainer check` (the
contributors' command, meant to stay under a second) and drawing the link-preview cards with an
empty cache (a warm build copies them from .cache/social). A script, not a test.

    .venv/bin/python bench/build_times.py [--runs N]

Prints a table and writes bench/results/build_times.json.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from explainer.cards import cached_card, card_for
from explainer.content import load_content
from explainer.render import PAGES, render_page
from explainer.site_languages import languages_from_mkdocs_yml

ROOT = Path(__file__).resolve().parents[1]


def time_full_build() -> float:
    with tempfile.TemporaryDirectory() as out:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", out],
                       cwd=ROOT, check=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
        return time.perf_counter() - start


def time_check() -> tuple[float, float]:
    """Wall-clock and CPU seconds of `explainer check` in a fresh process, imports included.

    CPU time is the steadier number on a busy machine; wall time is what a contributor waits.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([str(Path(sys.executable).parent / "explainer"), "check"], cwd=ROOT,
                   check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def time_data_to_pages() -> float:
    languages = languages_from_mkdocs_yml(ROOT / "mkdocs.yml")
    start = time.perf_counter()
    content = load_content(ROOT / "data", languages)
    for lang in languages:
        for kind in PAGES:
            render_page(kind, content, lang)
    return time.perf_counter() - start


def time_cards_cold() -> float:
    languages = languages_from_mkdocs_yml(ROOT / "mkdocs.yml")
    content = load_content(ROOT / "data", languages)
    with tempfile.TemporaryDirectory() as cache:
        start = time.perf_counter()
        for lang in languages:
            for kind in PAGES:
                cached_card(card_for(kind, content, lang, "example.org"), Path(cache))
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    checks = [time_check() for _ in range(args.runs)]
    results = {
        "full build (s)": [time_full_build() for _ in range(args.runs)],
        "data -> pages (s)": [time_data_to_pages() for _ in range(args.runs)],
        "check, wall (s)": [wall for wall, _ in checks],
        "check, CPU (s)": [cpu for _, cpu in checks],
        "cards, no cache (s)": [time_cards_cold() for _ in range(args.runs)],
    }
    print(f"{'step':<22}{'median':>10}{'min':>10}{'max':>10}")
    for name, runs in results.items():
        print(f"{name:<22}{statistics.median(runs):>10.3f}{min(runs):>10.3f}{max(runs):>10.3f}")
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "build_times.json").write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
