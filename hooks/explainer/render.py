"""Render one page of the explainer, for one language, as Markdown (Jinja2 templates).

Pages link to each other and to the sources page with relative `.md` links, which any
Markdown site engine resolves.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from babel import Locale
from jinja2 import Environment, FileSystemLoader, StrictUndefined, pass_context
from jinja2.runtime import Context
from markupsafe import escape

from . import dates
from .content import Content
from .data_files import pages_of
from .markup import as_placed, inert, plain_text

TEMPLATES = Path(__file__).parent / "templates"
# The page kinds, in reading order; each is a template and a stub docs/<file>.
PAGES = {
    "home": "index.md",
    "guide": "guide.md",
    "data": "data.md",
    "law": "law.md",
    "timeline": "timeline.md",
    "faq": "faq.md",
    "sources": "sources.md",
    "about": "about.md",
    "changes": "changes.md",
}
# The Atom feed of the changelog, at the root of each language's folder.
FEED_FILE = "changes.atom"
SOURCE_KINDS = ("linkedin", "authority", "law", "media", "peer")


def source_anchor(source_id: str) -> str:
    """The anchor of a source on the sources page: AUTH-BE -> auth-be."""
    return source_id.lower()


@pass_context
def _t(context: Context, text: dict[str, str]) -> str:
    return as_placed(text[context["lang"]])


@pass_context
def _cite(context: Context, ids: list[str]) -> str:
    sources = context["content"].sources
    links = ", ".join(
        f"[{inert(sources[i].get('short', sources[i]['publisher']))}]"
        f"(sources.md#{source_anchor(i)})"
        for i in ids
    )
    label = context["content"].ui["strings"]["sources"][context["lang"]]
    return f'<span class="cite">{escape(label)} {links}</span>'


@pass_context
def _long_date(context: Context, value: str) -> str:
    return dates.long_date(value, context["content"].locale(context["lang"]))


@pass_context
def _language_name(context: Context, code: str) -> str:
    return Locale.parse(context["lang"]).languages.get(code, code)


@pass_context
def _interface_order(context: Context, label: dict[str, Any]) -> list[str]:
    """Interface languages of a label: the reader's own first, then in the order of ui.yml."""
    known = list(context["content"].ui["interface_languages"])
    order = sorted(label, key=lambda code: (code != context["lang"],
                                            known.index(code) if code in known else len(known)))
    return order


def _upper_first(text: str) -> str:
    """Capitalise a text that starts a heading ("juin 2024" -> "Juin 2024")."""
    return text[:1].upper() + text[1:]


def _full_stop(text: str) -> str:
    """The full stop after a sentence that ends with `text`, unless it has its own ("…?")."""
    return "" if text.rstrip().endswith((".", "?", "!", "…")) else "."


def _pages_of_files(files: list[str]) -> list[str]:
    """The page kinds made from any of these data files, in reading order, each once."""
    kinds = {kind for file in files for kind in pages_of(file)}
    return [kind for kind in PAGES if kind in kinds]


def _fill(text: str, **values: str) -> str:
    for name, value in values.items():
        text = text.replace("{" + name + "}", value)
    return text


class _Undefined(StrictUndefined):
    """Optional keys may be tested with `if`; printing or iterating a missing one still fails."""

    def __bool__(self) -> bool:
        return False


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        extensions=["jinja2.ext.do"],
        undefined=_Undefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        # The output is Markdown: texts (|t) are checked Markdown; plain strings go through
        # |inert (no markup at all) and values in HTML attributes through |e.
        autoescape=False,
    )
    env.filters.update(t=_t, cite=_cite, long_date=_long_date, fill=_fill,
                       anchor=source_anchor, language_name=_language_name,
                       upper_first=_upper_first, inert=inert, full_stop=_full_stop)
    env.globals["interface_order"] = _interface_order
    env.globals["pages_of_files"] = _pages_of_files
    return env


_ENV = _environment()


def countdown_state(content: Content, lang: str, current: datetime) -> dict[str, Any]:
    """What the countdown says at `current`: the instant, the span and its words."""
    countdown = content.site["countdown"]
    event = content.event(countdown["event"])
    target = dates.instant(event)
    value = dates.span(target, current)
    locale = content.locale(lang)
    units = {unit: forms[lang] for unit, forms in content.ui["units"].items()}
    return {
        "event": event,
        "instant": target.isoformat(),
        "past": value.past,
        "duration": dates.countdown_words(value, units, locale,
                                          content.ui["strings"]["less_than_a_minute"][lang]),
        "duration_attr": dates.duration_attribute(value),
        "date": dates.long_date(event["date"], locale),
        "when": dates.instant_parts(target, locale),
    }


def countdown_words_json(content: Content, lang: str) -> str:
    """The words countdown.js needs to write durations as the build does, as JSON that is safe
    inside `<script type="application/json">`."""
    words = {
        # The browser's Intl names the same CLDR locale with a hyphen (en-GB).
        "lang": content.locale(lang).replace("_", "-"),
        "units": {unit: forms[lang] for unit, forms in content.ui["units"].items()},
        "less_than_a_minute": content.ui["strings"]["less_than_a_minute"][lang],
    }
    return json.dumps(words, ensure_ascii=False).replace("<", "\\u003c")


def render_banner(content: Content, lang: str, current: datetime | None = None) -> str:
    """The HTML of the countdown banner shown on every page (without its link)."""
    return _ENV.get_template("banner.html.j2").render(
        content=content, lang=lang,
        countdown=countdown_state(content, lang, current or dates.now()),
    ).strip()


def render_page(kind: str, content: Content, lang: str, current: datetime | None = None) -> str:
    """The Markdown of one page kind in one language."""
    template = _ENV.get_template(f"{kind}.md.j2")
    current = current or dates.now()
    return template.render(
        content=content,
        lang=lang,
        ui=content.ui,
        strings={k: v[lang] for k, v in content.ui["strings"].items()},
        pages=PAGES,
        source_kinds=SOURCE_KINDS,
        countdown=countdown_state(content, lang, current),
        feed_file=FEED_FILE,
    )


def page_meta(kind: str, content: Content, lang: str) -> dict[str, str]:
    """Title, navigation label and description of a page, as plain text (not escaped: whoever
    places them in HTML escapes them)."""
    page = content.ui["pages"][kind]
    return {key: plain_text(page[key][lang]) for key in ("title", "nav", "description")}
