"""Time the check of pathological data files (issue 7: each must finish within a second).
A script, not a test: the tests assert the messages, this measures.

    .venv/bin/python bench/hostile_data.py
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from explainer.model.content import load_content
from explainer.read.load import MAX_BYTES, MAX_DEPTH, MAX_VALUES
from explainer.read.problems import DataError
from explainer.read.project_config import languages_from_mkdocs_yml

ROOT = Path(__file__).resolve().parents[1]
N = MAX_BYTES - 1024


def _markup_heavy_faq() -> str:
    """As many questions as the value limit allows, every text needing the Markdown renderer."""
    lines = ["intro: {fr: '*a*', en: '*a*'}", "questions:"]
    for i in range(MAX_VALUES // 20):
        lines += [f"  - id: q{i}", "    question: {fr: '*q* [x](guide.md)', en: '*q*'}",
                  "    answer: {fr: '**a** `b`', en: '- a\\n- b'}", "    sources: [LI-A6278444]"]
    return "\n".join(lines)[:N] + "\n"


CASES = {
    "deep flow nesting": "a: " + "[" * (N - 10),
    f"{MAX_DEPTH}+ block levels": "".join("  " * i + "k:\n" for i in range(MAX_DEPTH + 10)),
    "many keys": "".join(f"k{i}: v\n" for i in range(N // 10)),
    "one long line": "a: " + "x" * (N - 10),
    "one long key": "x" * (N - 10) + ": 1",
    "long flow sequence": "a: [" + "1," * (N // 2 - 10) + "1]",
    "huge number": "a: " + "9" * (N - 10),
    "billion laughs": "a: &a [x,x]\nb: &b [*a,*a]\nc: &c [*b,*b]\n",
    "escaped quotes": 'a: "' + '\\"' * (N // 2 - 10) + '"',
    "markup-heavy texts": _markup_heavy_faq(),
}


def main() -> None:
    languages = languages_from_mkdocs_yml(ROOT / "mkdocs.yml")
    with tempfile.TemporaryDirectory() as folder:
        project = Path(folder)
        shutil.copytree(ROOT / "data", project / "data")
        shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
        baseline = time.perf_counter()
        load_content(project / "data", languages)
        print(f"{'valid data (all files)':28s} {time.perf_counter() - baseline:6.2f} s")
        for name, text in CASES.items():
            (project / "data" / "faq.yml").write_text(text[:N], encoding="utf-8")
            start = time.perf_counter()
            try:
                load_content(project / "data", languages)
                outcome = "accepted"
            except DataError as err:
                outcome = f"{len(err.problems)} problem(s): {str(err.problems[0])[:60]}"
            print(f"{name:28s} {time.perf_counter() - start:6.2f} s  {outcome}")


if __name__ == "__main__":
    main()
