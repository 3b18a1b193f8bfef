"""Command line: check the data, or write every page as Markdown without any site engine.

    explainer check            validate data/ (fast; no build)
    explainer render OUT_DIR   write OUT_DIR/<lang>/<page>.md for every language
    explainer build [SITE_DIR] build the site; the previous one stays until the build succeeds
    explainer headers [--nginx]  print the HTTP headers the site must be served with
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .content import Content, load_content
from .problems import DataError
from .publish import build_site
from .render import PAGES, render_page
from .security_headers import headers_from_mkdocs_yml, netlify_headers, nginx_snippet
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
    build = commands.add_parser("build", help="build the site, replacing it only on success")
    build.add_argument("site_dir", type=Path, nargs="?", default=Path("site"))
    headers = commands.add_parser("headers", help="print the HTTP headers of the site")
    headers.add_argument("--nginx", action="store_true", help="as nginx add_header directives")
    args = parser.parse_args(argv)

    if args.command == "headers":
        declared = headers_from_mkdocs_yml(args.root / "mkdocs.yml")
        print(nginx_snippet(declared) if args.nginx else netlify_headers(declared), end="")
        return 0
    if args.command == "build":
        site_dir = args.site_dir if args.site_dir.is_absolute() else args.root / args.site_dir
        status = build_site(args.root, site_dir)
        if status != 0:
            print(f"The build failed: {site_dir} was left as it was.", file=sys.stderr)
        return status

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
