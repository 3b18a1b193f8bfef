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

import hashlib
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
from .setting_picture import Wording, wording

TEMPLATES = Path(__file__).parent / "templates"
_THIS_VERSION = hashlib.sha1(Path(__file__).read_bytes()).hexdigest()[:12]


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


def _label_in(view: View, label_id: str) -> dict[str, Any]:
    """How a label of the guide is shown in a view: its wording in the reader's interface
    language (or, where the sources give none, the first language that has one), and the
    first wording in each other interface language, to show beside it."""
    label = view.data("guide").labels[label_id]
    order = _order_in(view, label)
    shown = order[0]
    return {
        "lang": shown,
        "wording": wording([v.text for v in label[shown]]),
        "others": [(iface, label[iface][0].text) for iface in order[1:]],
        "all": [(iface, v) for iface in order for v in label[iface]],
    }


@pass_context
def _label(context: Context, label_id: str) -> dict[str, Any]:
    """A label of the guide as the page shows it (`_label_in`)."""
    return _label_in(context["view"], label_id)


def other_than(view: View, text: object) -> str:
    """The language a text is written in when it is not the view's ('' where it is)."""
    lang = view.written_in(text)
    return "" if lang == view.lang else lang


def _picture_description(view: View, spec: Any) -> tuple[str, str]:
    """The drawing's text alternative, one sentence made of several texts, and the language it
    is written in when it is not the view's ('' where it is).

    A screen reader gets an accessible description as one string, which cannot change
    language in its middle: where one of its texts is not translated yet, all of it is said
    in the language that text falls back to, which has them all, and marked so."""
    strings = view.strings
    off = view.data("guide").fast_path.off.text
    written_in = next(filter(None, (other_than(view, text) for text in (
        strings.picture_description, strings.quoted, strings.label_variant, off))), "")
    if written_in:
        return _picture_description(view.content.view(written_in, view.now), spec)[0], \
            written_in

    def said(label_id: str) -> str:
        w = _label_in(view, label_id)["wording"]
        text = fill(strings.quoted, text=w.first())
        if w.varies:
            others = ", ".join(fill(strings.quoted, text=o) for o in w.others())
            text += " (" + fill(strings.label_variant, words=others) + ")"
        return text

    description = fill(strings.picture_description,
                       where=" › ".join(said(i) for i in spec.screen),
                       setting=said(spec.setting), switch=said(spec.switch),
                       off=plain_text(off))
    return plain_text(description), ""


@pass_context
def _picture(context: Context, spec: Any, tab_id: str) -> Markup:
    """The drawing of the setting for one tab of the guide, in the page's language, as SVG on
    one line (it sits in a list item, where Markdown would end it at a new line). A text not
    translated yet in it keeps its language (on its element: SVG text holds no markup)."""
    view: View = context["view"]
    strings = view.strings

    def label(label_id: str) -> Wording:
        return _label_in(view, label_id)["wording"]

    app = spec.frame == "phone"
    title = strings.picture_title_app if app else strings.picture_title_web
    off = view.data("guide").fast_path.off.text
    description, description_lang = _picture_description(view, spec)
    picture = setting_picture.draw(
        picture_id=f"picture-{tab_id}", app=app, screen=[label(i) for i in spec.screen],
        setting=label(spec.setting), switch=label(spec.switch), off_text=plain_text(off),
        off_lang=other_than(view, off), title=plain_text(title),
        title_lang=other_than(view, title), description=description,
        description_lang=description_lang)
    svg = ENV.get_template("html/setting_picture.svg.j2").render(p=picture)
    return Markup("".join(line.strip() for line in svg.splitlines()))


@pass_context
def _long_date(context: Context, value: str) -> str:
    return clock.long_date(value, context["view"].locale)


@pass_context
def _language_name(context: Context, code: str) -> str:
    return Locale.parse(context["view"].lang).languages.get(code, code)


def _order_in(view: View, label: Any) -> list[str]:
    """Interface languages of a label: the reader's own first, then in the order of ui.yml."""
    known = list(view.interface_languages)
    return sorted(label, key=lambda code: (code != view.lang,
                                           known.index(code) if code in known else len(known)))


@pass_context
def _interface_order(context: Context, label: Any) -> list[str]:
    """Interface languages of a label, for the page being rendered (`_order_in`)."""
    return _order_in(context["view"], label)


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


def in_language(text: str, lang: str, *, blocks: bool = False,
                untranslated: bool = True) -> str:
    """A text written in another language than what surrounds it, as it stands (Markdown, or
    HTML already escaped), marked with its own `lang` (untranslated.md.j2): in a span, or for
    paragraphs and lists (`blocks`) in a div that Markdown reads inside. `untranslated`: it is
    in another language than its page's; else it is in the page's own, inside a text that is
    not (a translated value in a sentence not translated yet)."""
    return ENV.get_template("untranslated.md.j2").render(
        text=text, lang=lang, blocks=blocks, untranslated=untranslated).strip("\n")


def fill_in(page_lang: str | None, template: str, **values: Any) -> str:
    """`fill` (read/placeholders.py) for a page in `page_lang`, each text keeping the language
    it is written in: a value written in another language than the template's is marked with
    its own (in_language), and the result of a text of data/ is a text in the template's
    language, which is marked in turn where it is printed (the mark of printed values, the
    `text` filter). Values are Markdown or HTML, as they stand. Where every text is in the
    page's language, this is `fill`."""
    written_in = getattr(template, "lang", None)
    if written_in is None or page_lang is None:
        return fill(template, **values)
    kept = {}
    for name, value in values.items():
        lang = getattr(value, "lang", None)
        kept[name] = value if lang in (None, written_in) else in_language(
            value, lang, blocks=is_blocks(value), untranslated=lang != page_lang)
    return LocalText(fill(template, **kept), written_in)


@pass_context
def _fill(context: Context, template: str, **values: Any) -> str:
    """The `fill` filter: `fill_in` for the page being rendered. A value it shows in another
    language counts as a text shown untranslated, as a printed one does. HTML that a template
    made and marked `|safe` (a macro's) is in the page's language: its words are the page's
    texts, each marked where it is in another."""
    page_lang = context.get("lang")
    for value in values.values():
        _other_language(context, value)
    return fill_in(page_lang, template, **{
        name: LocalText(value, page_lang) if isinstance(value, Markup) and page_lang else value
        for name, value in values.items()})


@pass_context
def _mark_other_language(context: Context, value: Any) -> Any:
    """Every value a template prints: a text in another language than the page's keeps its own
    `lang`. Escaped values (`|e`, in attributes and titles) are printed as they are."""
    if _other_language(context, value) is None:
        return value
    return in_language(str(value), value.lang, blocks=is_blocks(value))


@pass_context
def _text(context: Context, value: Any) -> Markup:
    """A text escaped to stand as it is where Markdown would not be read (an element's
    content, a tab's or a box's title): `|e`, except that a text in another language than the
    page's keeps its own `lang` as `_mark_other_language` gives it elsewhere. In an attribute,
    use `|e` (an attribute cannot hold an element)."""
    lang = _other_language(context, value)
    if lang is None:
        return escape(value)
    return Markup(in_language(escape(value), lang))


def _act_view(view: View, page_in: Any = None) -> dict[str, Any]:
    """The act page's values (act.py: act_view)."""
    # Imported here: act.py fills its texts with this module's fill_in.
    from .act import act_view

    return act_view(view, page_in)


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        # Compiled templates are kept in a private folder of the system's temporary folder,
        # keyed by each template's source: `explainer check` renders every page. The compiled
        # code also depends on this module (whether a filter takes the context is decided at
        # compile time): each version of it keeps its own, so that a template left unchanged
        # is never run with the code compiled for another version's filters.
        bytecode_cache=FileSystemBytecodeCache(pattern=f"__explainer-{_THIS_VERSION}-%s.cache"),
        finalize=_mark_other_language,
        extensions=["jinja2.ext.do"],
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters.update(text=_text, cite=_cite, long_date=_long_date, fill=_fill,
                       anchor=source_anchor, language_name=_language_name,
                       upper_first=_upper_first, inert=inert, full_stop=_full_stop)
    env.globals.update(interface_order=_interface_order, pages_made_from=_pages_made_from,
                       source_groups=_source_groups, label=_label, picture=_picture,
                       act_view=_act_view)
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
