"""The typography pass over a built site: every page, forwarding page and "not found" page in the
language of its `<html lang>`, and every search index in its own. (The style that gives `<q>`
each language's quotation marks, model.typography.quotes_css, is part of the site's one
stylesheet: engine/build.py joins it with ours.)

It runs once the whole site is written, so that whatever made a page (a template of ours, the
theme, a plugin) its words come out right. The feed, the social cards and the share texts are
set when they are made: they are not HTML pages.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..model.typography import Rules, typeset_html


def typeset_file(path: Path, rules: Rules) -> bool:
    """Set one HTML file in place; True when it changed."""
    text = path.read_text(encoding="utf-8")
    new = typeset_html(text, rules)
    if new == text:
        return False
    path.write_text(new, encoding="utf-8")
    return True


def typeset_search_index(path: Path, rules: Rules) -> bool:
    """Set the titles and texts of a search index, in the language its configuration names."""
    index = json.loads(path.read_text(encoding="utf-8"))
    langs = index.get("config", {}).get("lang") or []
    if len(langs) != 1:
        return False  # a merged index (several languages): each language's own is set instead
    lang = langs[0]
    changed = False
    for doc in index.get("docs", []):
        for key in ("title", "text"):
            if isinstance(doc.get(key), str):
                new = typeset_html(doc[key], rules, lang)
                changed |= new != doc[key]
                doc[key] = new
    if changed:
        path.write_text(json.dumps(index, ensure_ascii=False), encoding="utf-8")
    return changed


def typeset_site(site_dir: Path, rules: Rules) -> None:
    """Set every page and search index of a built site."""
    for path in sorted(site_dir.rglob("*.html")):
        typeset_file(path, rules)
    for path in sorted(site_dir.rglob("search_index.json")):
        typeset_search_index(path, rules)
