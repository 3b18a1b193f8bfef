"""The HTTP headers the site must be served with, for Netlify/Cloudflare Pages and for nginx.

They are declared once, in mkdocs.yml (`extra.security_headers`); the build writes them to
site/_headers and `explainer headers --nginx` prints the same as nginx directives.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def normalise(declared: Mapping[str, Any]) -> dict[str, str]:
    """Header name -> one-line value (mkdocs.yml may fold a long policy over several lines)."""
    headers = {}
    for name, value in declared.items():
        text = " ".join(str(value).split())
        if not name.replace("-", "").isalnum() or any(ch in text for ch in "\r\n"):
            raise ValueError(f"extra.security_headers: {name!r} is not a valid header")
        headers[str(name)] = text
    return headers


def netlify_headers(headers: Mapping[str, str]) -> str:
    """The `_headers` file of Netlify and Cloudflare Pages: the same headers on every path."""
    lines = ["# Written by the build from extra.security_headers in mkdocs.yml.", "/*"]
    lines += [f"  {name}: {value}" for name, value in headers.items()]
    return "\n".join(lines) + "\n"


def nginx_snippet(headers: Mapping[str, str]) -> str:
    """add_header directives; `always` sends them with error pages (404) too."""
    lines = ["# From extra.security_headers in mkdocs.yml (explainer headers --nginx)."]
    for name, value in headers.items():
        quoted = value.replace("\\", "\\\\").replace('"', '\\"')
        lines.append(f'add_header {name} "{quoted}" always;')
    return "\n".join(lines) + "\n"
