"""Time the site build: in full, against plain Markdown, and with 10 and 100 times the data.

    .venv/bin/python bench/build_times.py [--runs N] [--check]

`--check` times `explainer check` alone (the figures README gives for it), in seconds.

- full build: `mkdocs build` of the real site (both languages, every hook);
- data -> pages: loading, validating and rendering data/ alone (no MkDocs);
- plain Markdown: the same pages, first written by `explainer render`, built by MkDocs with the
  same theme and Markdown extensions but no hook and no i18n plugin (one build per language);
  full / plain is what building from data costs over hand-written Markdown;
- 10x / 100x data: the full build with every timeline event, FAQ entry and source repeated;
- check: `explainer check` in a fresh process (the contributors' command, meant to stay under a
  second), wall-clock and CPU time, as after `make setup` (the package's modules and templates
  compiled) and as a first run with nothing compiled yet (the package copied without its
  compiled files, none written, an empty Jinja2 bytecode cache);
- cards, no cache: drawing every link-preview card (a warm build copies them from .cache/social).

A script, not a test: prints a table and writes bench/results/build_times.json.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from copy import deepcopy
from pathlib import Path

import yaml
from explainer.model import clock
from explainer.model.content import load_content
from explainer.outputs.cards import cached_card, card_for
from explainer.read.load import MAX_BYTES, MAX_VALUES
from explainer.read.project_config import languages_from_mkdocs_yml, read_mkdocs_yml
from explainer.read.source_kinds import is_primary
from explainer.render.pages import render_page

ROOT = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
# The lists that grow with the facts, and how their ids are written (data/schemas/common).
GROWING = {"timeline.yml": ("events", str.lower), "faq.yml": ("questions", str.lower),
           "sources.yml": ("sources", str.upper)}


def mkdocs_build(config: Path, out: Path, strict: bool = True) -> None:
    command = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(out)]
    subprocess.run(command + (["--strict"] if strict else []), cwd=config.parent, check=True,
                   env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def copy_project(target: Path) -> Path:
    for name in ("docs", "data", "overrides", "hooks"):
        shutil.copytree(ROOT / name, target / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    return target


def _grown(document: dict, key: str, case: Callable[[str], str], factor: int) -> dict:
    grown = []
    for item in document[key]:
        grown.append(item)
        for n in range(2, factor + 1):
            copy = {**deepcopy(item), "id": f"{item['id']}-{case('x')}{n}"}
            if "url" in copy:
                copy["url"] = f"{copy['url']}#copy-{n}"
            grown.append(copy)
    return {**document, key: grown}


def _size(text: str) -> tuple[int, int]:
    """A YAML text's values (as load.py counts them: every node) and bytes."""
    nodes, stack = 0, [yaml.compose(text, Loader=yaml.CSafeLoader)]
    while stack:
        node = stack.pop()
        nodes += 1
        if isinstance(node.value, list):
            for child in node.value:
                stack.extend(child if isinstance(child, tuple) else (child,))
    return nodes, len(text.encode("utf-8"))


def multiply_data(data: Path, factor: int) -> dict[str, int]:
    """Repeat every timeline event, FAQ entry and source `factor` times (copies get new ids),
    or as many times as the loader's limits on a file's size (load.py: MAX_VALUES, MAX_BYTES)
    allow; returns the factor each file got."""
    applied = {}
    for name, (key, case) in GROWING.items():
        path = data / name
        document = yaml.safe_load(path.read_text(encoding="utf-8"))

        def dump(times: int, document: dict = document, key: str = key,
                 case: Callable[[str], str] = case) -> str:
            return yaml.safe_dump(_grown(document, key, case, times), allow_unicode=True,
                                  sort_keys=False)

        (v1, b1), (v2, b2) = _size(dump(1)), _size(dump(2))
        # Nine tenths of the limits: the copied sources are cited from the FAQ afterwards.
        fits = min((MAX_VALUES * 9 // 10 - v1) // max(v2 - v1, 1),
                   (MAX_BYTES * 9 // 10 - b1) // max(b2 - b1, 1))
        times = max(1, min(factor, fits + 1))
        path.write_text(dump(times), encoding="utf-8")
        applied[name] = times
    _cite_copied_sources(data)
    return applied


def _cite_copied_sources(data: Path) -> None:
    """A source that nothing cites is refused: each copied source is cited by one question,
    among that question's first-hand sources when it is one (they must come first)."""
    sources = yaml.safe_load((data / "sources.yml").read_text(encoding="utf-8"))["sources"]
    primary = {s["id"]: is_primary(s["kind"]) for s in sources}
    faq_path = data / "faq.yml"
    faq = yaml.safe_load(faq_path.read_text(encoding="utf-8"))
    cited = {s for q in faq["questions"] for s in q.get("sources", [])}
    copies = [s["id"] for s in sources if "-X" in s["id"] and s["id"] not in cited]
    for index, source_id in enumerate(copies):
        cites = faq["questions"][index % len(faq["questions"])]["sources"]
        if primary[source_id]:
            cites.insert(sum(primary.get(cite, False) for cite in cites), source_id)
        else:
            cites.append(source_id)
    faq_path.write_text(yaml.safe_dump(faq, allow_unicode=True, sort_keys=False),
                        encoding="utf-8")


def plain_markdown_project(target: Path, languages: tuple[str, ...]) -> list[Path]:
    """One plain MkDocs project per language, from `explainer render`; returns their configs."""
    rendered = target / "rendered"
    subprocess.run([sys.executable, "-m", "explainer.cli", "render", str(rendered)], cwd=ROOT,
                   check=True, env=ENV, stdout=subprocess.DEVNULL)
    site = read_mkdocs_yml(ROOT / "mkdocs.yml")
    configs = []
    for lang in languages:
        project = target / lang
        shutil.copytree(rendered / lang, project / "docs")
        shutil.copytree(ROOT / "docs" / "assets", project / "docs" / "assets")
        shutil.copytree(ROOT / "overrides", project / "overrides")
        config = {
            "site_name": site["site_name"], "site_url": site["site_url"],
            "theme": {"name": "material", "custom_dir": "overrides", "language": lang,
                      "font": False, "features": site["theme"]["features"],
                      "palette": site["theme"]["palette"]},
            "plugins": ["search"], "markdown_extensions": site["markdown_extensions"],
            "extra_css": ["assets/explainer.css"],
        }
        (project / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
        configs.append(project / "mkdocs.yml")
    return configs


def timed(action: Callable[[], None]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def time_check(first_run: bool = False) -> tuple[float, float]:
    """Wall-clock and CPU seconds of `explainer check` in a fresh process, imports included.

    CPU time is the steadier number on a busy machine; wall time is what a contributor waits.
    `first_run`: as right after a fresh clone, before anything is compiled: the package is
    imported from a copy without compiled files (and writes none), and Jinja2's bytecode cache
    (in the temporary folder) starts empty.
    """
    env = {**ENV}
    with tempfile.TemporaryDirectory() as tmp:
        if first_run:
            shutil.copytree(ROOT / "hooks" / "explainer", Path(tmp) / "package" / "explainer",
                            ignore=shutil.ignore_patterns("__pycache__"))
            (Path(tmp) / "temp").mkdir()
            env.update(PYTHONPATH=str(Path(tmp) / "package"), PYTHONDONTWRITEBYTECODE="1",
                       TMPDIR=str(Path(tmp) / "temp"))
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run([str(Path(sys.executable).parent / "explainer"), "check"], cwd=ROOT,
                       check=True, capture_output=True, env=env)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def check_times(runs: int) -> dict[str, list[float]]:
    """`explainer check`, as after `make setup` and as a first run, `runs` times each."""
    results: dict[str, list[float]] = {}
    for name, first_run in (("check", False), ("check, first run", True)):
        times = [time_check(first_run) for _ in range(runs)]
        results[f"{name}, wall (s)"] = [wall for wall, _ in times]
        results[f"{name}, CPU (s)"] = [cpu for _, cpu in times]
    return results


def print_table(results: dict[str, list[float]]) -> dict[str, float]:
    medians = {name: statistics.median(runs) for name, runs in results.items()}
    print(f"{'step':<28}{'median':>10}{'min':>10}{'max':>10}")
    for name, runs in results.items():
        print(f"{name:<28}{medians[name]:>10.3f}{min(runs):>10.3f}{max(runs):>10.3f}")
    return medians


def time_cards_cold() -> float:
    languages = languages_from_mkdocs_yml(ROOT / "mkdocs.yml")
    content = load_content(ROOT / "data", languages)
    with tempfile.TemporaryDirectory() as cache:
        start = time.perf_counter()
        for lang in languages:
            view = content.view(lang, clock.now())
            for page in content.registry:
                cached_card(card_for(page.kind, view, "example.org"), Path(cache))
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--check", action="store_true", help="time explainer check alone")
    args = parser.parse_args()
    if args.check:
        print_table(check_times(args.runs))
        print(f"(load average {' '.join(f'{n:.2f}' for n in os.getloadavg())})")
        return
    languages = languages_from_mkdocs_yml(ROOT / "mkdocs.yml")
    results: dict[str, list[float]] = {}
    notes: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        out = work / "site"

        def full(config: Path = ROOT / "mkdocs.yml") -> float:
            return timed(lambda: mkdocs_build(config, out))

        def data_to_pages() -> None:
            content = load_content(ROOT / "data", languages)
            for lang in languages:
                view = content.view(lang, clock.now())
                for page in content.registry:
                    render_page(page.kind, view)

        plain = plain_markdown_project(work / "plain", languages)
        # Unresolved links between the rendered pages only warn: the plain build is not strict.
        results["full build (s)"] = [full() for _ in range(args.runs)]
        results["plain Markdown (s)"] = [
            timed(lambda: [mkdocs_build(c, out / c.parent.name, strict=False) for c in plain])
            for _ in range(args.runs)]
        results["data -> pages (s)"] = [timed(data_to_pages) for _ in range(args.runs)]
        results.update(check_times(args.runs))
        results["cards, no cache (s)"] = [time_cards_cold() for _ in range(args.runs)]
        for factor in (10, 100):
            project = copy_project(work / f"x{factor}")
            applied = multiply_data(project / "data", factor)
            limited = {name: times for name, times in applied.items() if times < factor}
            if limited:
                notes.append(f"{factor}x data: " + ", ".join(
                    f"{name} only {times}x" for name, times in limited.items())
                    + " (the loader's limit on a file's size)")
            results[f"full, {factor}x data (s)"] = [full(project / "mkdocs.yml")
                                                    for _ in range(args.runs)]
    medians = print_table(results)
    ratio = medians["full build (s)"] / medians["plain Markdown (s)"]
    for note in notes:
        print(note)
    print(f"\nfull build {medians['full build (s)']:.2f} s | plain Markdown "
          f"{medians['plain Markdown (s)']:.2f} s | {ratio:.2f}x (median of {args.runs} runs)")
    out_dir = ROOT / "bench" / "results"
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "build_times.json").write_text(
        json.dumps({"runs": results, "full_over_plain": ratio}, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
