"""The one Jinja environment of the package: Markdown pages (templates/pages/) and HTML
fragments (templates/html/: the countdown, the banner, the short addresses' forwarding page).

`StrictUndefined`: a name that is not there stops the build at the template line that uses it,
even in an `if`. Optional keys of data/ are not a problem: the model gives them as None when the
file leaves them out (model/view.py); only a misspelt name fails.

Autoescape is off: the output is mostly Markdown. Texts from the model are checked Markdown and
go in as they are; plain strings go through `|inert` (no markup at all) in Markdown and through
`|e` in HTML. html_guard.py reads every finished page as the last net.
"""

from __future__ import annotations

import traceback
from pathlib import Path
from typing import Any

from babel import Locale
from jinja2 import Environment, FileSystemLoader, StrictUndefined, pass_context
from jinja2.runtime import Context
from markupsafe import escape

from ..model import clock
from ..model.content import PageView, View
from ..read.placeholders import fill
from ..read.text_policy import inert

TEMPLATES = Path(__file__).parent / "templates"


class TemplateError(Exception):
    """A template could not be rendered; the message names the template file and line."""


def source_anchor(source_id: str) -> str:
    """The anchor of a source on the sources page: AUTH-BE -> auth-be."""
    return source_id.lower()


@pass_context
def _cite(context: Context, ids: list[str]) -> str:
    view: View = context["view"]
    links = ", ".join(
        f"[{inert(view.sources[i].short or view.sources[i].publisher)}]"
        f"(sources.md#{source_anchor(i)})"
        for i in ids
    )
    return f'<span class="cite">{escape(view.strings.sources)} {links}</span>'


@pass_context
def _long_date(context: Context, value: str) -> str:
    return clock.long_date(value, context["view"].locale)


@pass_context
def _language_name(context: Context, code: str) -> str:
    return Locale.parse(context["view"].lang).languages.get(code, code)


@pass_context
def _interface_order(context: Context, label: Any) -> list[str]:
    """Interface languages of a label: the reader's own first, then in the order of ui.yml."""
    view: View = context["view"]
    known = list(view.interface_languages)
    return sorted(label, key=lambda code: (code != view.lang,
                                           known.index(code) if code in known else len(known)))


@pass_context
def _pages_made_from(context: Context, files: list[str]) -> list[PageView]:
    """The pages made from any of these data files ('guide.yml'), in navigation order."""
    view: View = context["view"]
    return [view.page(entry.kind) for entry in view.registry.made_from(files)]


def _upper_first(text: str) -> str:
    """Capitalise a text that starts a heading ("juin 2024" -> "Juin 2024")."""
    return text[:1].upper() + text[1:]


def _full_stop(text: str) -> str:
    """The full stop after a sentence that ends with `text`, unless it has its own ("…?")."""
    return "" if text.rstrip().endswith((".", "?", "!", "…")) else "."


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        extensions=["jinja2.ext.do"],
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters.update(cite=_cite, long_date=_long_date, fill=fill, anchor=source_anchor,
                       language_name=_language_name, upper_first=_upper_first, inert=inert,
                       full_stop=_full_stop)
    env.globals.update(interface_order=_interface_order, pages_made_from=_pages_made_from)
    return env


ENV = _environment()


def _template_line(err: BaseException) -> str:
    """'pages/guide.md.j2:14' for the innermost template frame of an error's traceback."""
    where = ""
    for frame in traceback.extract_tb(err.__traceback__):
        path = Path(frame.filename)
        if path.suffix == ".j2" and path.is_relative_to(TEMPLATES):
            where = f"{path.relative_to(TEMPLATES).as_posix()}:{frame.lineno}"
    return where


def render(template: str, **context: Any) -> str:
    """Render a template of templates/ ('pages/guide.md.j2'). A mistake in the template, such
    as a misspelt key, raises TemplateError naming the template's file and line."""
    try:
        return ENV.get_template(template).render(**context)
    except Exception as err:
        where = _template_line(err) or template
        raise TemplateError(f"hooks/explainer/render/templates/{where}: {err}") from err
