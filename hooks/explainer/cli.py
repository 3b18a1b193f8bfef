"""Command line: check the data, or write every page as Markdown without any site engine.

    explainer check            validate data/ (fast; no build)
    explainer render OUT_DIR   write OUT_DIR/<lang>/<page>.md for every language
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .content import Content, load_content
from .problems import DataError
from .render import PAGES, render_page
from .site_languages import languages_from_mkdocs_yml


def _load(root: Path) -> tuple[tuple[str, ...], Content]:
    languages = languages_from_mkdocs_yml(root / "mkdocs.yml")
    return languages, load_content(root / "data", languages, root=root)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="explainer", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--root", type=Path, default=Path.cwd(),
                        help="the project folder holding mkdocs.yml and data/")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("check", help="validate every data file")
    render = commands.add_parser("render", help="write the pages as Markdown")
    render.add_argument("out", type=Path)
    args = parser.parse_args(argv)

    try:
        languages, content = _load(args.root)
    except DataError as err:
        for problem in err.problems:
            print(problem, file=sys.stderr)
            if os.environ.get("GITHUB_ACTIONS") == "true":
                print(f"::error file={problem.file},line={problem.line},col={problem.column}::"
                      f"{problem.path}: {problem.message}", file=sys.stderr)
        print(str(err).splitlines()[-1], file=sys.stderr)
        return 1
    if args.command == "check":
        print(f"data/ is valid for {', '.join(languages)}.")
        return 0
    for lang in languages:
        for kind, file in PAGES.items():
            target = args.out / lang / file
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(render_page(kind, content, lang), encoding="utf-8")
    print(f"wrote {len(PAGES) * len(languages)} pages to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
