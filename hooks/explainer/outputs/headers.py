"""The HTTP headers the site must be served with, for Netlify/Cloudflare Pages and for nginx.

They are declared once, in mkdocs.yml: `extra.security_headers` for every file, and
`extra.cache_control` for how long a browser may keep a file (read/project_config). The build
writes them to site/_headers and `explainer headers --nginx` prints the same as nginx
directives.

Cache lifetimes: a file whose name carries a fingerprint of its content (the theme's
`main.57a0d79d.min.css`, our `site.1a2b3c4d.min.js`; outputs/assets.py) never changes under its
name, so a browser may keep it for a year; pages must be checked at every visit, so that a
correction shows at once and a page never names files that a new deployment has replaced.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .assets import FINGERPRINTED

# The same pattern as FINGERPRINTED, for nginx's `location ~` (PCRE).
NGINX_FINGERPRINTED = r"\.[0-9a-f]{8}\.min\.(js|css)$"


@dataclass(frozen=True)
class CachePolicy:
    """Cache-Control values: for fingerprinted files, and for pages."""

    fingerprinted: str
    pages: str


def normalise(declared: Mapping[str, Any]) -> dict[str, str]:
    """Header name -> one-line value (mkdocs.yml may fold a long policy over several lines)."""
    headers = {}
    for name, value in declared.items():
        text = " ".join(str(value).split())
        if not name.replace("-", "").isalnum() or any(ch in text for ch in "\r\n"):
            raise ValueError(f"extra.security_headers: {name!r} is not a valid header")
        headers[str(name)] = text
    return headers


def cache_policy(declared: Mapping[str, Any]) -> CachePolicy:
    """`extra.cache_control` of mkdocs.yml: both kinds of file must be given a lifetime."""
    missing = {"fingerprinted", "pages"} - set(declared)
    if missing:
        raise ValueError(f"extra.cache_control: {', '.join(sorted(missing))} is missing")
    return CachePolicy(**{kind: " ".join(str(declared[kind]).split())
                          for kind in ("fingerprinted", "pages")})


def cache_rules(files: Iterable[str], cache: CachePolicy) -> dict[str, str]:
    """Address -> Cache-Control for the published files (paths below the site's root) that have
    a rule of their own: every page (at the address readers use, `/guide/` for
    guide/index.html) and every fingerprinted file. Other files get the host's default, which on
    Netlify and Cloudflare Pages is to check at every visit."""
    rules: dict[str, str] = {}
    for file in sorted(files):
        if FINGERPRINTED.search(file):
            rules[f"/{file}"] = cache.fingerprinted
        elif file.endswith(".html"):
            address = "/" + file.removesuffix("index.html") if file.endswith(
                "index.html") else f"/{file}"
            rules[address] = cache.pages
    return rules


def published_files(site_dir: Path) -> list[str]:
    return sorted(path.relative_to(site_dir).as_posix()
                  for path in site_dir.rglob("*") if path.is_file())


def netlify_headers(headers: Mapping[str, str], cache: CachePolicy | None = None,
                    files: Iterable[str] = ()) -> str:
    """The `_headers` file of Netlify and Cloudflare Pages: the same headers on every path, then
    each page's and each fingerprinted file's lifetime. No Cache-Control is set on `/*`: a
    header that two matching rules set is joined into one list (Cloudflare), so each address
    gets its lifetime from one rule only."""
    lines = ["# Written by the build from extra.security_headers and extra.cache_control in "
             "mkdocs.yml.", "/*"]
    lines += [f"  {name}: {value}" for name, value in headers.items()]
    if cache is not None:
        for address, value in cache_rules(files, cache).items():
            lines += [address, f"  Cache-Control: {value}"]
    return "\n".join(lines) + "\n"


def _add_headers(headers: Mapping[str, str], indent: str = "") -> list[str]:
    lines = []
    for name, value in headers.items():
        quoted = value.replace("\\", "\\\\").replace('"', '\\"')
        lines.append(f'{indent}add_header {name} "{quoted}" always;')
    return lines


def nginx_snippet(headers: Mapping[str, str], cache: CachePolicy | None = None) -> str:
    """add_header directives; `always` sends them with error pages (404) too. With a cache
    policy, every file gets the pages' lifetime (without one, nginx lets browsers guess it from
    the file's date), except fingerprinted files, in a location of their own; nginx forgets the
    server's add_header in a location that has its own, so they are repeated there."""
    lines = ["# From extra.security_headers and extra.cache_control in mkdocs.yml "
             "(explainer headers --nginx)."]
    lines += _add_headers(headers)
    if cache is not None:
        lines += _add_headers({"Cache-Control": cache.pages})
        lines.append(f'location ~ "{NGINX_FINGERPRINTED}" {{')
        lines += _add_headers({**headers, "Cache-Control": cache.fingerprinted}, "    ")
        lines.append("}")
    return "\n".join(lines) + "\n"
