"""What must be set before the site goes public, checked by `explainer check --publish` (the
deploy workflow runs it; pull requests do not).

Until a publisher is named and the site's address is known, the pages show a placeholder for
the publisher and every absolute address (link previews, share links, sitemap, the handouts' QR
codes) points at a reserved example domain: fine for previews, wrong on a poster. Each problem
names its file and line, as every other check does.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

from .load import Document
from .problems import Problem

# Domains reserved for examples (RFC 2606, RFC 6761): never a site's real address.
_RESERVED = re.compile(r"(^|\.)(example\.(org|com|net)|localhost|test|invalid)$")


def _line_of(text: str, pattern: str) -> int:
    for number, line in enumerate(text.splitlines(), start=1):
        if re.match(pattern, line):
            return number
    return 1


def publish_problems(root: Path, site_url: str, site: Document) -> list[Problem]:
    """The placeholders left in mkdocs.yml and in data/site.yml (`site`, already read and
    checked)."""
    problems: list[Problem] = []
    host = urlsplit(site_url).hostname or ""
    if not host or _RESERVED.search(host):
        config = (root / "mkdocs.yml").read_text(encoding="utf-8")
        problems.append(Problem(
            "mkdocs.yml", _line_of(config, r"site_url\s*:"), 1, "site_url",
            f"{site_url!r} is not the site's public address: link previews, share links, the "
            "sitemap and the handouts' QR codes would point to it",
            "set site_url to the https:// address the site is served at"))
    if not site.data["publisher"]["name"]:
        problems.append(site.problem(
            ("publisher", "name"), "no publisher is named: every footer and the about page "
            'show "[publisher to be named]"',
            "name the person or organisation that publishes the site, as they wish to be named"))
    return problems
