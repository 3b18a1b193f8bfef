"""What the act page shows for each region, in one language: plain values for its template.

The ready texts come from data/act.yml, with the legal references of the region filled in from
data/regions.yml (read/act_rules.py checks that nothing else names a law), and the reader's
details left as slots: the template shows each slot's placeholder ("[votre nom]"), and the
page's script writes what the reader types into it, in the page only.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from babel import Locale
from markupsafe import Markup, escape

from ..model.content import View
from ..model.view import LocalText, Record
from ..read.act_rules import READER_SLOTS, REGION_REFERENCES
from ..read.placeholders import fill
from ..read.text_policy import plain_text
from .environment import fill_in

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


@dataclass(frozen=True)
class Segment:
    """A piece of a ready text: words, or a slot for one of the reader's details."""

    text: str
    slot: str | None = None


Line = tuple[Segment, ...]


@dataclass(frozen=True)
class Paragraph:
    segments: Line
    optional: bool = False


@dataclass(frozen=True)
class Letter:
    """A ready text: its anchor, subject line, paragraphs, closing and signature lines."""

    id: str
    subject: Line
    paragraphs: tuple[Paragraph, ...]
    closing: Line
    signature: tuple[Line, ...]


def references(region: Record) -> dict[str, str]:
    """The region's legal references, as its texts quote them ({right_ref}...), each a text
    that knows its language."""
    found: dict[str, str] = {}
    for name, path in REGION_REFERENCES.items():
        value: Any = region
        for key in path:
            value = value.get(key) if isinstance(value, Record) else None
        if value is not None:
            found[name] = value if isinstance(value, str) else str(value)
    return found


def _region_values(text: str, view: View, region: Record) -> dict[str, str]:
    """What a text of the region's fills in: its references, and the start date written in
    the text's language (a text not translated yet says it as its own language does). A
    reference the region lacks stays a placeholder: act_rules refuses such a text before
    anything renders."""
    refs = references(region)
    written_in = view.of(text)
    return {"right_ref": refs["right_ref"], "access_ref": refs["access_ref"],
            "authority_ref": refs.get("authority_ref", "{authority_ref}"),
            "company_ref": refs.get("company_ref", "{company_ref}"),
            "start_date": written_in.key_date}


def fill_region(text: str, view: View, region: Record) -> str:
    """A text (Markdown) with the region's references and the start date written in, each
    keeping its language (environment.py: fill_in)."""
    return fill_in(view.lang, text, **_region_values(text, view, region))


def _segments(text: str, values: dict[str, str], lang: str) -> Line:
    """The words and slots of a text: its own words in `lang`, the language it is written in,
    and the values it fills in (a region's reference) in theirs."""
    parts: list[Segment] = []
    position = 0
    for match in _PLACEHOLDER.finditer(text):
        name = match.group(1)
        if name not in READER_SLOTS and name not in values:
            continue
        if match.start() > position:
            parts.append(Segment(LocalText(text[position:match.start()], lang)))
        if name in READER_SLOTS:
            parts.append(Segment("", name))
        else:
            value = values[name]
            parts.append(Segment(value if isinstance(value, LocalText) else
                                 LocalText(value, lang)))
        position = match.end()
    if position < len(text):
        parts.append(Segment(LocalText(text[position:], lang)))
    return _joined(parts)


def _joined(parts: list[Segment]) -> Line:
    """Segments with the words in one language next to each other made one again."""
    joined: list[Segment] = []
    for part in parts:
        last = joined[-1] if joined else None
        if last is not None and not last.slot and not part.slot and \
                last.text.lang == part.text.lang:
            joined[-1] = Segment(LocalText(last.text + part.text, part.text.lang))
        else:
            joined.append(part)
    return tuple(joined)


def _plain(text: str) -> str:
    """A text's words without markup, still knowing its language (a fallback keeps its own)."""
    words = plain_text(text)
    return LocalText(words, text.lang) if isinstance(text, LocalText) else words


def _applies(paragraph: Record, region: Record) -> bool:
    if paragraph.regions and region.id not in paragraph.regions:
        return False
    if paragraph.kinds and region.object.kind not in paragraph.kinds:
        return False
    return not (paragraph.optional and not region.object.particular_situation)


def letter(view: View, kind: str, region: Record, anchor: str) -> Letter:
    """One ready text for a region, in the view's language."""
    source = view.data("act").letters[kind]

    def line(text: str) -> Line:
        return _segments(text, _region_values(text, view, region),
                         view.written_in(text))

    return Letter(
        id=anchor,
        subject=line(source.subject),
        paragraphs=tuple(Paragraph(line(p.text), bool(p.optional))
                         for p in source.paragraphs if _applies(p, region)),
        closing=line(source.closing),
        signature=tuple((Segment("", slot),) for slot in ("name", "email", "profile")),
    )


def write_in(view: View, entry: Record, page_in: Callable[..., str] | None) -> str | None:
    """Where the region's authority reads only some languages and the page is in none of them:
    one sentence, its link to the same section in the first of those languages the site has
    (raw HTML: MkDocs checks Markdown links within one language only)."""
    other = entry.write_in
    if other is None or view.lang in other.languages or page_in is None:
        return None
    lang = next(code for code in other.languages if code in view.languages)
    label = view.data("act").other_language
    # The language is named in the words around it (a text not translated yet names it as
    # its own language does).
    locale = view.of(label).locale
    words = fill(label, language=Locale.parse(locale).languages.get(lang, lang))
    link = Markup('<a href="{}" hreflang="{}">{}</a>').format(
        page_in("act", lang, str(entry.region)), lang, escape(words))
    return fill_in(view.lang, entry.write_in.text, texts=LocalText(link, view.written_in(label)))


def region_view(view: View, region: Record,
                page_in: Callable[..., str] | None = None) -> dict[str, Any]:
    """Everything the section of one region shows."""
    act = view.data("act")
    entry = next(e for e in act.regions if e.region == region.id)
    authorities = {a.id: a for a in view.data("regions").authorities["items"]}
    kind = str(region.object.kind)
    rid = str(region.id)
    places = str(view.timed(region.places.text))
    listed = [authorities[a] for a in region.complaint.authorities]
    # An authority that takes only reports gets a report, not a complaint (the anchor stays
    # the complaint's: addresses already shared keep working).
    reports = all(a.takes == "reports" for a in listed)
    return {
        "id": rid,
        "region": region,
        # Listed in the finder when they say more than the region's name ("La Suisse." does
        # not; the 30 countries of the EU and the EEA, or "Québec compris", do).
        "places_listed": len(places) > len(str(region.name)) + 12,
        "entry": entry,
        "kind": kind,
        "object": fill_region(entry.object.text, view, region),
        "object_letter": letter(view, kind, region, f"{rid}-{kind}-text"),
        "access": fill_region(entry.access.text, view, region),
        "access_letter": letter(view, "access", region, f"{rid}-access-text"),
        "company_letter": letter(view, "company-complaint", region,
                                 f"{rid}-company-complaint-text"),
        "write_in": write_in(view, entry, page_in),
        "authorities": listed,
        "reports": reports,
        "authority_letter": letter(view, "authority-report" if reports else
                                   "authority-complaint", region,
                                   f"{rid}-authority-complaint-text"),
    }


def act_view(view: View, page_in: Callable[..., str] | None = None) -> dict[str, Any]:
    """The act page in the view's language: the fields, then one section per region. Words
    placed in HTML (the fields' box) are plain text; the template escapes them."""
    fields = view.data("act").fields
    regions = view.data("regions").regions
    return {
        "slots": {f.id: f.placeholder for f in fields["items"]},
        "fields": {
            "title": _plain(fields.title),
            "intro": _plain(fields.intro),
            "optional": _plain(fields.optional),
            "items": [{"id": f.id, "type": f.type, "label": _plain(f.label)}
                      for f in fields["items"]],
        },
        "regions": [region_view(view, region, page_in) for region in regions],
        # The browser's Intl names the same CLDR locale with a hyphen (en-GB).
        "locale": view.locale.replace("_", "-"),
    }
