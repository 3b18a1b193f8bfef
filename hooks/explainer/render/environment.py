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
from jinja2 import (
    Environment,
    FileSystemBytecodeCache,
    FileSystemLoader,
    StrictUndefined,
    TemplateSyntaxError,
    pass_context,
)
from jinja2.runtime import Context
from markupsafe import Markup, escape

from ..model import clock
from ..model.content import PageView, View
from ..model.view import LocalText
from ..read.placeholders import fill
from ..read.source_kinds import PRIMARY as PRIMARY_KINDS
from ..read.text_policy import inert, is_blocks, plain_text
from . import setting_picture
from .act import act_view
from .setting_picture import Wording, wording

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
def _source_groups(context: Context, ids: list[str]) -> dict[str, list[dict[str, str]]]:
    """A fact's sources as the reader sees them: first-hand ones (LinkedIn, an authority, a law
    text) first, then the others, each in the order the data gives, each once."""
    view: View = context["view"]
    groups: dict[str, list[dict[str, str]]] = {"primary": [], "other": []}
    for source_id in dict.fromkeys(ids):
        source = view.sources[source_id]
        # First-hand sources (read/source_kinds.py) are shown first, and marked as such.
        group = "primary" if source.kind in PRIMARY_KINDS else "other"
        groups[group].append({"name": source.short or source.publisher,
                              "anchor": source_anchor(source_id)})
    return groups


@pass_context
def _label(context: Context, label_id: str) -> dict[str, Any]:
    """How a label of the guide is shown: its wording in the reader's interface language (or,
    where the sources give none, the first language that has one), and the first wording in
    each other interface language, to show beside it."""
    label = context["view"].data("guide").labels[label_id]
    order = _interface_order(context, label)
    shown = order[0]
    return {
        "lang": shown,
        "wording": wording([v.text for v in label[shown]]),
        "others": [(iface, label[iface][0].text) for iface in order[1:]],
        "all": [(iface, v) for iface in order for v in label[iface]],
    }


@pass_context
def _picture(context: Context, spec: Any, tab_id: str) -> Markup:
    """The drawing of the setting for one tab of the guide, in the page's language, as SVG on
    one line (it sits in a list item, where Markdown would end it at a new line)."""
    view: View = context["view"]
    strings = view.strings

    def label(label_id: str) -> Wording:
        return _label(context, label_id)["wording"]

    def said(w: Wording) -> str:
        text = fill(strings.quoted, text=w.first())
        if w.varies:
            others = ", ".join(fill(strings.quoted, text=o) for o in w.others())
            text += " (" + fill(strings.label_variant, words=others) + ")"
        return text

    app = spec.frame == "phone"
    screen = [label(i) for i in spec.screen]
    off = plain_text(view.data("guide").fast_path.off.text)
    description = fill(strings.picture_description,
                       where=" › ".join(said(w) for w in screen),
                       setting=said(label(spec.setting)), switch=said(label(spec.switch)),
                       off=off)
    picture = setting_picture.draw(
        picture_id=f"picture-{tab_id}", app=app, screen=screen, setting=label(spec.setting),
        switch=label(spec.switch), off_text=off,
        title=plain_text(strings.picture_title_app if app else strings.picture_title_web),
        description=plain_text(description))
    svg = ENV.get_template("html/setting_picture.svg.j2").render(p=picture)
    return Markup("".join(line.strip() for line in svg.splitlines()))


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


def _other_language(context: Context, value: Any) -> str | None:
    """The language of a text written in another language than the page's (a language in
    progress shows the default language's text where it has none), noted in the page's list of
    languages shown untranslated; None for anything else."""
    page_lang = context.get("lang")
    if not isinstance(value, LocalText) or not page_lang or value.lang == page_lang:
        return None
    shown = context.get("untranslated")
    if isinstance(shown, list):
        shown.append(value.lang)
    return value.lang


@pass_context
def _mark_other_language(context: Context, value: Any) -> Any:
    """Every value a template prints: a text in another language than the page's keeps its own
    `lang`. Escaped values (`|e`, in attributes and titles) are printed as they are."""
    if _other_language(context, value) is None:
        return value
    return ENV.get_template("untranslated.md.j2").render(
        text=str(value), lang=value.lang, blocks=is_blocks(value)).strip("\n")


@pass_context
def _text(context: Context, value: Any) -> Markup:
    """A text escaped to stand as it is where Markdown would not be read (an element's
    content, a tab's or a box's title): `|e`, except that a text in another language than the
    page's keeps its own `lang` as `_mark_other_language` gives it elsewhere. In an attribute,
    use `|e` (an attribute cannot hold an element)."""
    lang = _other_language(context, value)
    if lang is None:
        return escape(value)
    return Markup('<span lang="{}" class="untranslated">{}</span>').format(lang, value)


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        # Compiled templates are kept in a private folder of the system's temporary folder,
        # keyed by each template's source: `explainer check` renders every page.
        bytecode_cache=FileSystemBytecodeCache(),
        finalize=_mark_other_language,
        extensions=["jinja2.ext.do"],
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters.update(text=_text, cite=_cite, long_date=_long_date, fill=fill,
                       anchor=source_anchor, language_name=_language_name,
                       upper_first=_upper_first, inert=inert, full_stop=_full_stop)
    env.globals.update(interface_order=_interface_order, pages_made_from=_pages_made_from,
                       source_groups=_source_groups, label=_label, picture=_picture,
                       act_view=act_view)
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


def compile_templates() -> None:
    """Compile every template into the bytecode cache (`make setup`), so that the first
    `explainer check` does not spend its first 0.2 s doing it. A template that does not compile
    is left for the check or the build to report, at its line."""
    for name in ENV.list_templates(extensions=["j2"]):
        try:
            ENV.get_template(name)
        except TemplateSyntaxError:
            continue


def render(template: str, **context: Any) -> str:
    """Render a template of templates/ ('pages/guide.md.j2'). A mistake in the template, such
    as a misspelt key, raises TemplateError naming the template's file and line."""
    try:
        return ENV.get_template(template).render(**context)
    except Exception as err:
        where = _template_line(err) or template
        raise TemplateError(f"hooks/explainer/render/templates/{where}: {err}") from err
