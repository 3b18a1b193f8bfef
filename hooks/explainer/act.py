"""What the act page shows for each region, in one language: plain values for its template.

The ready texts come from data/act.yml, with the legal references of the region filled in from
data/regions.yml (act_rules.py checks that nothing else names a law), and the reader's details
left as slots: the template shows each slot's placeholder ("[votre nom]"), and the page's script
writes what the reader types into it, in the page only.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from babel import Locale

from . import dates
from .act_rules import READER_SLOTS
from .content import Content
from .markup import as_placed, plain_text
from .placeholders import fill

_SLOT = re.compile(r"\{(" + "|".join(READER_SLOTS) + r")\}")


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


def references(content: Content, region: dict[str, Any], lang: str) -> dict[str, str]:
    """The region's legal references in a language, as its texts quote them."""
    complaint = region["complaint"]
    found = {
        "law": region["law"]["name"],
        "right_ref": region["right"]["ref"],
        "access_ref": region["access"]["ref"],
        "authority_ref": complaint.get("authority_ref"),
        "company_ref": complaint.get("company_ref"),
    }
    return {name: text[lang] for name, text in found.items() if text is not None}


def start_date(content: Content, lang: str) -> str:
    """The start of training written out, as addresses.key_date writes it (not imported from
    there: addresses needs render, which needs this module)."""
    event = content.event(content.site["countdown"]["event"])
    return dates.long_date(event["date"], content.locale(lang))


def fill_region(text: str, content: Content, region: dict[str, Any], lang: str) -> str:
    """A text with the region's references and the start date written in. A reference the
    region lacks stays a placeholder: act_rules refuses such a text before anything renders."""
    refs = references(content, region, lang)
    return fill(text, law=refs["law"], right_ref=refs["right_ref"],
                access_ref=refs["access_ref"],
                authority_ref=refs.get("authority_ref", "{authority_ref}"),
                company_ref=refs.get("company_ref", "{company_ref}"),
                start_date=start_date(content, lang))


def _segments(text: str) -> Line:
    parts: list[Segment] = []
    position = 0
    for match in _SLOT.finditer(text):
        if match.start() > position:
            parts.append(Segment(text[position:match.start()]))
        parts.append(Segment("", match.group(1)))
        position = match.end()
    if position < len(text):
        parts.append(Segment(text[position:]))
    return tuple(parts)


def _applies(paragraph: dict[str, Any], region: dict[str, Any]) -> bool:
    if "regions" in paragraph and region["id"] not in paragraph["regions"]:
        return False
    if "kinds" in paragraph and region["right"]["kind"] not in paragraph["kinds"]:
        return False
    return not (paragraph.get("optional") and not region["right"]["particular_situation"])


def letter(content: Content, kind: str, region: dict[str, Any], lang: str,
           anchor: str) -> Letter:
    """One ready text for a region, in a language."""
    source = content.act["letters"][kind]

    def line(text: dict[str, str]) -> Line:
        return _segments(fill_region(text[lang], content, region, lang))

    return Letter(
        id=anchor,
        subject=line(source["subject"]),
        paragraphs=tuple(Paragraph(line(p["text"]), bool(p.get("optional")))
                         for p in source["paragraphs"] if _applies(p, region)),
        closing=line(source["closing"]),
        signature=tuple((Segment("", slot),) for slot in ("name", "email", "profile")),
    )


def _sort_key(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()


def place_names(region: dict[str, Any], lang: str) -> list[str]:
    """The region's countries and territories, named in the language, in alphabetical order."""
    territories = Locale.parse(lang).territories
    return sorted((territories.get(code, code) for code in region["places"]), key=_sort_key)


def _complaint_first(content: Content, region: dict[str, Any], lang: str) -> str:
    strings = content.ui["strings"]
    first = region["complaint"]["linkedin_first"]
    text = strings[f"act_first_{first}"][lang]
    return as_placed(fill_region(text, content, region, lang))


def region_view(content: Content, region: dict[str, Any], lang: str) -> dict[str, Any]:
    """Everything the section of one region shows."""
    entry = next(e for e in content.act["regions"] if e["region"] == region["id"])
    authorities = {a["id"]: a for a in content.law["authorities"]["items"]}
    rid = region["id"]
    kind = region["right"]["kind"]

    def text(value: dict[str, str]) -> str:
        return as_placed(fill_region(value[lang], content, region, lang))

    places = place_names(region, lang)
    return {
        "id": rid,
        "name": as_placed(region["name"][lang]),
        "places": places if len(places) > 1 else [],
        "places_note": as_placed(region["places_note"][lang]) if "places_note" in region else "",
        "rights": text(entry["rights"]),
        "rights_sources": list(dict.fromkeys(
            region["right"]["sources"] + region["access"]["sources"] + entry.get("sources", []))),
        "kind": kind,
        "object": text(entry["object"]),
        "object_sources": entry.get("object_sources", []),
        "object_letter": letter(content, kind, region, lang, f"{rid}-{kind}-text"),
        "access": text(entry["access"]),
        "access_delay": text(region["access"]["delay"]) if "delay" in region["access"] else "",
        "access_sources": list(dict.fromkeys(region["access"]["sources"]
                                             + entry.get("access_sources", []))),
        "controller": region.get("controller"),
        "access_letter": letter(content, "access", region, lang, f"{rid}-access-text"),
        "first": _complaint_first(content, region, lang),
        "company_letter": letter(content, "company-complaint", region, lang,
                                 f"{rid}-company-complaint-text"),
        "authorities": [authorities[a] for a in region["complaint"]["authorities"]],
        "time_limits": text(region["complaint"]["time_limits"])
        if "time_limits" in region["complaint"] else "",
        "complaint_sources": region["complaint"]["sources"],
        "authority_letter": letter(content, "authority-complaint", region, lang,
                                   f"{rid}-authority-complaint-text"),
    }


def page_view(content: Content, lang: str) -> dict[str, Any]:
    """The act page in a language: the fields, then one section per region. Words placed in
    HTML (the fields' box) are plain text; the template escapes them."""
    fields = content.act["fields"]
    return {
        "slots": {f["id"]: f["placeholder"][lang] for f in fields["items"]},
        "fields": {
            "title": plain_text(fields["title"][lang]),
            "intro": plain_text(fields["intro"][lang]),
            "optional": plain_text(fields["optional"][lang]),
            "items": [{"id": f["id"], "type": f["type"], "label": plain_text(f["label"][lang])}
                      for f in fields["items"]],
        },
        "regions": [region_view(content, region, lang)
                    for region in content.regions["regions"]],
        # The browser's Intl names the same CLDR locale with a hyphen (en-GB).
        "locale": content.locale(lang).replace("_", "-"),
    }
