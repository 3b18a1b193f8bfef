"""Command line: check the data, report on translations, write the pages, build the site.

    explainer check                  validate data/ (fast; no build)
    explainer translations [--base REV]
                                     texts missing a language; with --base, texts changed since
                                     the git revision REV in some languages but not the others
    explainer render OUT_DIR         write OUT_DIR/<lang>/<page>.md for every language
    explainer build [SITE_DIR]       build the site; the previous one stays until the build
                                     succeeds
    explainer headers [--nginx]      print the HTTP headers the site must be served with

Problems are printed one per line, as `file:line:column: path: message (hint: ...)`; under
GitHub Actions (GITHUB_ACTIONS=true) they are also printed as `::error` annotations.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .read.problems import DataError, Problem
from .read.project_config import ProjectConfig, read_project_config

# The rest of the package is imported by the commands that use it: `run` decides how Python
# collects garbage before the imports of a check, which make most of its objects.
if TYPE_CHECKING:
    from .model.content import Content


def _print_problems(problems: Sequence[Problem]) -> None:
    from .read.annotations import annotations, in_github_actions

    for problem in problems:
        print(problem, file=sys.stderr)
    if in_github_actions(os.environ):
        # Workflow commands are read from standard output.
        print("\n".join(annotations(problems)), flush=True)


def _check(project: ProjectConfig) -> Content | None:
    from .model.content import load_content
    from .outputs.site_check import checked

    try:
        content = checked(load_content(project.root / "data", project.codes, root=project.root,
                                       markdown=project.markdown, docs_dir=project.docs_dir,
                                       in_progress=project.in_progress))
    except DataError as err:
        _print_problems(err.problems)
        print(str(err).splitlines()[-1], file=sys.stderr)
        return None
    _print_problems(content.warnings)
    return content


def _translations(root: Path, base: str | None) -> int:
    from .read.translations import translation_report

    project = read_project_config(root / "mkdocs.yml")
    languages = project.codes
    report = translation_report(root, languages, base)
    for problem in sorted(report.missing) + sorted(report.changed):
        print(problem)
    by_file = report.missing_by_file()
    if by_file:
        print("Missing, by file: " + ", ".join(f"{file} {count}"
                                               for file, count in sorted(by_file.items())))
    for lang in languages:
        done = report.translated.get(lang, 0)
        status = ", in progress" if lang in project.in_progress else ""
        print(f"{lang}: {done} of {report.total} texts ({_percent(done, report.total)}{status})")
    summary = f"{len(report.missing)} text(s) missing a language"
    if base is not None:
        summary += f", {len(report.changed)} text(s) changed since {base} in some languages only"
    print(f"{summary} ({', '.join(languages)}).")
    return 0


def _percent(part: int, whole: int) -> str:
    """A share as a whole percentage, never rounded up to 100 % while something is missing."""
    if not whole:
        return "100 %"
    value = part * 100 // whole
    return f"{value} %"


def _render(out: Path, content: Content) -> None:
    from .model import clock
    from .render.pages import render_page

    now = clock.now()
    for lang in content.languages:
        view = content.view(lang, now)
        for page in content.registry:
            target = out / lang / page.file
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(render_page(page.kind, view), encoding="utf-8")
    print(f"wrote {len(content.registry) * len(content.languages)} pages to {out}")


def _headers(root: Path, *, nginx: bool) -> int:
    from .outputs.headers import cache_policy, netlify_headers, nginx_snippet, normalise

    project = read_project_config(root / "mkdocs.yml")
    declared = normalise(project.security_headers)
    cache = cache_policy(project.cache_control)
    # Without a built site, the Netlify form holds the headers of every path only (the build
    # adds each page's and fingerprinted file's lifetime to site/_headers).
    print(nginx_snippet(declared, cache) if nginx else netlify_headers(declared), end="")
    return 0


def _build(root: Path, site_dir: Path) -> int:
    from .engine.publish import build_site

    site_dir = site_dir if site_dir.is_absolute() else root / site_dir
    status = build_site(root, site_dir)
    if status != 0:
        print(f"The build failed: {site_dir} was left as it was.", file=sys.stderr)
    return status


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="explainer", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--root", type=Path, default=Path.cwd(),
                        help="the project folder holding mkdocs.yml and data/")
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="validate every data file")
    check.add_argument("--publish", action="store_true",
                       help="also refuse the placeholders a public site must not show")
    translations = commands.add_parser("translations", help="report on the translations")
    translations.add_argument("--base", metavar="REV",
                              help="a git revision to compare with (e.g. origin/main)")
    render = commands.add_parser("render", help="write the pages as Markdown")
    render.add_argument("out", type=Path)
    build = commands.add_parser("build", help="build the site, replacing it only on success")
    build.add_argument("site_dir", type=Path, nargs="?", default=Path("site"))
    headers = commands.add_parser("headers", help="print the HTTP headers of the site")
    headers.add_argument("--nginx", action="store_true", help="as nginx add_header directives")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    return _command(_arguments(argv))


def _command(args: argparse.Namespace) -> int:
    if args.command == "headers":
        return _headers(args.root, nginx=args.nginx)
    if args.command == "build":
        return _build(args.root, args.site_dir)
    if args.command == "translations":
        return _translations(args.root, args.base)
    project = read_project_config(args.root / "mkdocs.yml")
    content = _check(project)
    if content is None:
        return 1
    if args.command == "check" and args.publish:
        from .read.publish_ready import publish_problems

        blocking = publish_problems(project.root, project.site_url, content.documents["site"])
        if blocking:
            _print_problems(blocking)
            print(f"{len(blocking)} placeholder(s) left: not ready to publish.", file=sys.stderr)
            return 1
    if args.command == "check":
        warnings = len(content.warnings)
        noted = f" ({warnings} warning{'s' if warnings != 1 else ''} above)" if warnings else ""
        print(f"data/ is valid for {', '.join(content.languages)}{noted}.")
        for lang, how_far in content.progress.items():
            if how_far.in_progress:
                print(f"{lang} is in progress: {how_far.translated} of {how_far.total} texts "
                      f"translated ({_percent(how_far.translated, how_far.total)}); the others "
                      f"show in {content.languages[0]}.")
        return 0
    _render(args.out, content)
    return 0


def run() -> None:
    """The `explainer` command (pyproject.toml): `main` in a process of its own, which ends
    with the command. Tests call `main`.

    A check makes about a million objects: the modules it imports, which live as long as the
    process, and short-lived ones, nearly all freed as soon as they are unused. Python's cycle
    collector would look through them some 250 times for little: about 7 % of `make check`, at
    the same peak memory (63 MB). So it is off, but for `build`, which runs MkDocs for as long
    as a whole site takes. Whatever is left at the end is frozen (gc.freeze): the collections
    Python still runs while it shuts down skip it, instead of going through it once more."""
    args = _arguments(None)
    if args.command != "build":
        gc.disable()
    status = _command(args)
    gc.freeze()
    sys.exit(status)


if __name__ == "__main__":
    run()
