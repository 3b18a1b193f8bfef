"""The page registry: which kinds of page the site has, and everything the build needs to know
about each one.

Every page of the site is a stub in docs/ (`docs/<slug>.md`) whose front matter declares its
kind; that front matter *is* the registry entry, so a page kind is declared exactly once, in the
file MkDocs needs anyway:

    ---
    explainer: guide        # the page kind: its template is render/templates/pages/guide.md.j2
    data: guide             # the data file it is made from (data/guide.yml): its "edit" button
    nav: 20                 # its place in the navigation, smallest first (by tens, so that a
                            # new page can go between two: 25)
    card: true              # optional (default true): a link-preview card is drawn for it
    script: assets/javascripts/act.js   # optional: a script (below docs/) only this page
                            # loads, deferred, minified and named by its content's fingerprint
    style: assets/act.css   # optional: the same for a stylesheet
    ---

Everything that used to repeat the list reads it from here: the navigation (hooks/site.py),
the schemas' enums of page kinds (read/schemas.py), edit links, link-preview cards, the
changelog's "pages changed" lines, the CLI's `render`, and the tests' list of pages.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from .read.load import Document, load_text
from .read.problems import DataError, Problem

TEMPLATES = Path(__file__).parent / "render" / "templates" / "pages"
_KIND = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
_KEYS = {"explainer", "data", "nav", "card", "script", "style"}
# The home page's stub is index.md: MkDocs serves it at the root of each language.
HOME_FILE = "index.md"


@dataclass(frozen=True)
class PageKind:
    """One kind of page, as declared in its stub's front matter."""

    kind: str           # 'guide': names its template and its texts in data/ui.yml `pages`
    file: str           # its stub below docs/: 'guide.md' (index.md for the home page)
    data_file: str      # the data file it is made from, without .yml: 'guide'
    nav: int            # its place in the navigation
    card: bool = True   # whether a link-preview card is drawn for it
    script: str = ""    # a script below docs/ that only this page loads ('' for none)
    style: str = ""     # a stylesheet below docs/ that only this page loads ('' for none)

    @property
    def template(self) -> str:
        return f"{self.kind}.md.j2"

    @property
    def folder(self) -> str:
        """Its folder below a language's root, with directory URLs: '' or 'guide/'."""
        stem = self.file.removesuffix(".md")
        return "" if self.file == HOME_FILE else f"{stem}/"


@dataclass(frozen=True)
class Registry:
    """The page kinds of the site, in navigation order."""

    kinds: tuple[PageKind, ...]

    def __iter__(self) -> Iterator[PageKind]:
        return iter(self.kinds)

    def __len__(self) -> int:
        return len(self.kinds)

    def __contains__(self, kind: object) -> bool:
        return any(page.kind == kind for page in self.kinds)

    def __getitem__(self, kind: str) -> PageKind:
        for page in self.kinds:
            if page.kind == kind:
                return page
        raise KeyError(kind)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(page.kind for page in self.kinds)

    def nav(self) -> list[str]:
        """The stubs in navigation order, as MkDocs' `nav` setting takes them."""
        return [page.file for page in self.kinds]

    def made_from(self, data_files: Sequence[str]) -> list[PageKind]:
        """The page kinds made from any of these data files ('guide.yml'), in reading order."""
        names = {name.removesuffix(".yml") for name in data_files}
        return [page for page in self.kinds if page.data_file in names]


def front_matter(text: str) -> str | None:
    """The YAML between the opening and closing `---` lines, with blank lines in place of
    what comes before it, so that line numbers in problems are the file's own."""
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != "---":
        return None
    for index, line in enumerate(lines[1:], start=1):
        if line.rstrip() == "---":
            return "\n" + "\n".join(lines[1:index]) + "\n"
    return None


def _entry(doc: Document, file: str, data_files: Sequence[str],
           docs_dir: Path) -> tuple[PageKind | None, list[Problem]]:
    data = doc.data
    if not isinstance(data, dict):
        return None, [doc.problem((), "the front matter must be a mapping",
                                  "see docs/guide.md")]
    if "explainer" not in data:
        return None, []
    problems = [doc.problem((key,), f'unknown key "{key}"',
                            f"the keys are {', '.join(sorted(_KEYS))}", key=True)
                for key in data if key not in _KEYS]
    kind, data_file, nav, card = (data.get("explainer"), data.get("data"), data.get("nav"),
                                  data.get("card", True))
    if not isinstance(kind, str) or not _KIND.match(kind):
        problems.append(doc.problem(("explainer",), f"{kind!r} is not a page kind name",
                                    "lower-case letters, digits and hyphens: act"))
    elif not (TEMPLATES / f"{kind}.md.j2").is_file():
        problems.append(doc.problem(("explainer",), f'the page kind "{kind}" has no template',
                                    f"add hooks/explainer/render/templates/pages/{kind}.md.j2"))
    if data_file not in data_files:
        problems.append(doc.problem(("data",), f"{data_file!r} is not a data file",
                                    f"one of: {', '.join(data_files)}"))
    if not isinstance(nav, int) or isinstance(nav, bool) or nav < 1:
        problems.append(doc.problem(("nav",), "the place in the navigation is missing",
                                    "a whole number: the pages are listed smallest first"))
    if not isinstance(card, bool):
        problems.append(doc.problem(("card",), "expected true or false", ""))
    assets = {}
    for key, suffix, example in (("script", ".js", "assets/javascripts/act.js"),
                                 ("style", ".css", "assets/act.css")):
        path = assets[key] = data.get(key, "")
        if not isinstance(path, str) or (path and not path.endswith(suffix)):
            problems.append(doc.problem((key,), f"expected the path of a {suffix} file below "
                                        "docs/", example))
        elif path and not (docs_dir / path).is_file():
            problems.append(doc.problem((key,), f"docs/{path} does not exist",
                                        "check the path, below docs/"))
    if problems:
        return None, problems
    return PageKind(kind, file, data_file, nav, card, assets["script"], assets["style"]), []


def read_registry(docs_dir: Path, data_files: Sequence[str], *,
                  root: Path | None = None) -> Registry:
    """Every page kind declared in the stubs of `docs_dir`. Raises DataError listing every
    problem (file and line) when a declaration is wrong."""
    root = root or docs_dir.parent
    pages: list[PageKind] = []
    problems: list[Problem] = []
    for path in sorted(docs_dir.glob("*.md")):
        display = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
        yaml_text = front_matter(path.read_text(encoding="utf-8"))
        if yaml_text is None:
            continue
        doc, found = load_text(yaml_text, display)
        if doc.data is not None:
            page, more = _entry(doc, path.name, data_files, docs_dir)
            found += more
            if page is not None:
                pages.append(page)
        problems += found
    seen: dict[object, str] = {}
    for page in sorted(pages, key=lambda p: p.file):
        for key in (page.kind, ("nav", page.nav)):
            if key in seen:
                what = f'the page kind "{page.kind}"' if key == page.kind \
                    else f"the place {page.nav} in the navigation"
                problems.append(Problem(f"docs/{page.file}", 1, 1, "", f"{what} is already "
                                        f"taken by docs/{seen[key]}", "each page needs its own"))
            seen[key] = page.file
    if problems:
        raise DataError(problems)
    return Registry(tuple(sorted(pages, key=lambda p: p.nav)))
