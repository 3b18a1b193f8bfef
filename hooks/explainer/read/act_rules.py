"""The rules of the act page's data (data/act.yml), checked against data/regions.yml, data/law.yml
and data/guide.yml.

The one that matters most: a ready text never writes a legal reference or a law's name itself.
It quotes them through placeholders that each region fills from data/regions.yml, so that the
text shown for a region can only cite that region's own law; and a placeholder a region has no
value for (the UK's complaint-to-the-company section in the EU's text...) is an error at its line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from .load import Document, YamlPath
from .problems import Problem

# The reader's details: shown as placeholders, filled in the page by its fields.
READER_SLOTS = ("name", "email", "profile", "objection_date")
# Filled from data/regions.yml for the region whose section is being written.
REGION_REFERENCES = {
    "right_ref": ("object", "article"),
    "access_ref": ("access", "article"),
    "authority_ref": ("complaint", "article"),
    "company_ref": ("complaint", "linkedin_first", "article"),
}
# Filled from the timeline: the day training started.
START_DATE = "start_date"
LETTER_PLACEHOLDERS = frozenset((*READER_SLOTS, *REGION_REFERENCES, START_DATE))
LETTER_KINDS = {"object": "object", "withdraw-consent": "withdraw-consent"}
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
# "article 21", "Art. 15", "section 164A", "principe 9", "alinéa 2", "DPP3", "Schedule 1"...
_LEGAL_REFERENCE = re.compile(
    r"\b(?:art(?:icle)?s?\.?|sections?|s\.|principes?|principles?|alin[ée]as?|annexes?|"
    r"schedules?|DPP|chap(?:itre|ter)?\.?|cap\.?)\s*\(?\d", re.IGNORECASE)
HINT_REFERENCE = ("write {right_ref}, {access_ref}, {authority_ref} or {company_ref}: "
                  "each region fills them from data/regions.yml, so a text can only cite the "
                  "law of the region it is shown for")


def _walk_texts(value: Any, languages: Sequence[str],
                path: YamlPath = ()) -> Iterable[tuple[YamlPath, str]]:
    """Every string that a reader sees: the values of language maps."""
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _walk_texts(child, languages, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _walk_texts(child, languages, (*path, index))
    elif isinstance(value, str) and path and path[-1] in languages:
        yield path, value


def _law_names(regions: list[dict[str, Any]]) -> set[str]:
    names: set[str] = set()
    for region in regions:
        abbr = region.get("law", {}).get("abbr", {})
        names.update(value for value in abbr.values() if isinstance(value, str))
    return names


def _reference_problems(doc: Document, law_names: set[str],
                        languages: Sequence[str]) -> list[Problem]:
    problems = []
    names = sorted(law_names, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w{])(" + "|".join(map(re.escape, names)) + r")(?![\w}])") \
        if names else None
    for path, text in _walk_texts(doc.data, languages):
        found = _LEGAL_REFERENCE.search(text)
        if found:
            problems.append(doc.problem(path, f'a legal reference is written out here: '
                                              f'"{found.group(0)}…"', HINT_REFERENCE))
        elif pattern and (name := pattern.search(text)):
            problems.append(doc.problem(path, f'a law is named here: "{name.group(1)}"',
                                        HINT_REFERENCE))
    return problems


def _region_value(region: dict[str, Any], name: str) -> Any:
    value: Any = region
    for key in REGION_REFERENCES[name]:
        value = value.get(key) if isinstance(value, dict) else None
    return value


def _placeholder_problems(doc: Document, path: YamlPath, text: str, allowed: frozenset[str],
                          regions: list[dict[str, Any]]) -> list[Problem]:
    """Unknown placeholders, and region references that a region the text is shown for lacks."""
    problems = []
    for name in _PLACEHOLDER.findall(text):
        if name not in allowed:
            known = ", ".join(f"{{{n}}}" for n in sorted(allowed))
            problems.append(doc.problem(path, f"unknown placeholder {{{name}}}",
                                        f"the placeholders here are {known}"))
        elif name in REGION_REFERENCES:
            for region in regions:
                if _region_value(region, name) is None:
                    where = ".".join(REGION_REFERENCES[name])
                    problems.append(doc.problem(
                        path, f'{{{name}}} has no value for the region "{region["id"]}"',
                        f"give that region `{where}` in data/regions.yml, or limit this "
                        f"paragraph with `regions:` to the regions that have one"))
    return problems


def _letter_problems(doc: Document, regions: list[dict[str, Any]]) -> list[Problem]:
    problems: list[Problem] = []
    by_id = {r["id"]: r for r in regions}
    letters = doc.data.get("letters", {})
    for kind, letter in letters.items():
        # The letter that says no is chosen by the region's right; the others go everywhere.
        shown_in = [r for r in regions if r["object"]["kind"] == kind] \
            if kind in LETTER_KINDS else regions
        for part in ("subject", "closing"):
            for lang, text in letter[part].items():
                problems += _placeholder_problems(doc, ("letters", kind, part, lang), text,
                                                  LETTER_PLACEHOLDERS, shown_in)
        for index, paragraph in enumerate(letter["paragraphs"]):
            here = ("letters", kind, "paragraphs", index)
            targets = shown_in
            for r_index, region_id in enumerate(paragraph.get("regions", [])):
                if region_id not in by_id:
                    problems.append(doc.problem((*here, "regions", r_index),
                                                f'there is no region "{region_id}"',
                                                f"the regions are {', '.join(by_id)} "
                                                "(data/regions.yml)"))
            if "regions" in paragraph:
                targets = [r for r in targets if r["id"] in paragraph["regions"]]
            if "kinds" in paragraph:
                targets = [r for r in targets if r["object"]["kind"] in paragraph["kinds"]]
            for lang, text in paragraph["text"].items():
                problems += _placeholder_problems(doc, (*here, "text", lang), text,
                                                  LETTER_PLACEHOLDERS, targets)
    return problems


def _section_problems(doc: Document, regions: list[dict[str, Any]]) -> list[Problem]:
    """Each region has its section, in the order of data/regions.yml; its texts quote only
    references that region has."""
    problems: list[Problem] = []
    by_id = {r["id"]: r for r in regions}
    entries = doc.data.get("regions", [])
    written = [entry["region"] for entry in entries]
    for index, region_id in enumerate(written):
        if region_id not in by_id:
            problems.append(doc.problem(("regions", index, "region"),
                                        f'there is no region "{region_id}"',
                                        f"the regions are {', '.join(by_id)} (data/regions.yml)"))
            continue
        for key in ("object", "access"):
            for lang, text in entries[index][key]["text"].items():
                problems += _placeholder_problems(
                    doc, ("regions", index, key, "text", lang), text,
                    frozenset(REGION_REFERENCES), [by_id[region_id]])
    missing = [region_id for region_id in by_id if region_id not in written]
    if missing:
        problems.append(doc.problem(("regions",), f"no section for the region(s) "
                                                  f"{', '.join(missing)}",
                                    "every region of data/regions.yml needs its entry here"))
    elif written != [r for r in by_id if r in written]:
        problems.append(doc.problem(("regions",), "the regions are not in the order of "
                                                  "data/regions.yml",
                                    f"write them in this order: {', '.join(by_id)}"))
    return problems


def _write_in_problems(doc: Document, languages: Sequence[str]) -> list[Problem]:
    """A region whose authority reads other languages points to a page the site has."""
    problems = []
    for index, entry in enumerate(doc.data.get("regions", [])):
        read = entry.get("write_in", {}).get("languages", [])
        if read and not any(lang in languages for lang in read):
            problems.append(doc.problem(
                ("regions", index, "write_in", "languages"),
                f"none of {', '.join(read)} is a language of this site",
                f"name at least one of {', '.join(languages)}: the sentence links to the "
                f"same section in that language"))
    return problems


def _handout_problems(doc: Document, guide: Document | None) -> list[Problem]:
    problems: list[Problem] = []
    handout = doc.data.get("handout", {})
    labels = guide.data.get("labels", {}) if guide is not None else None
    if labels is None:
        return problems
    for p_index, path in enumerate(handout.get("paths", [])):
        for l_index, label in enumerate(path.get("labels", [])):
            if label not in labels:
                problems.append(doc.problem(("handout", "paths", p_index, "labels", l_index),
                                            f'unknown label "{label}"',
                                            f"labels are defined in data/guide.yml: "
                                            f"{', '.join(sorted(labels))}"))
    return problems


def _region_problems(regions: Document) -> list[Problem]:
    """What the act page needs of each region: how its law says no (object.kind) and whether it
    asks for grounds (object.particular_situation), and the law's short name (law.abbr)."""
    problems = []
    for index, region in enumerate(regions.data["regions"]):
        for part, key, hint in (
                ("object", "kind", "object (a right to object) or withdraw-consent (the law "
                 "rests on consent)"),
                ("object", "particular_situation", "true where the law asks an objection to "
                 "give grounds relating to the person's situation, else false"),
                ("law", "abbr", "the law's short name in every language (RGPD, GDPR...)")):
            if key not in region.get(part, {}):
                problems.append(regions.problem(("regions", index, part),
                                                f'the act page needs "{key}" here', hint))
    return problems


def check_act(act: Document, regions: Document, guide: Document | None,
              languages: Sequence[str]) -> list[Problem]:
    region_list = regions.data["regions"]
    found = _region_problems(regions)
    if found:
        return found
    return (_reference_problems(act, _law_names(region_list), languages)
            + _section_problems(act, region_list)
            + _letter_problems(act, region_list)
            + _write_in_problems(act, languages)
            + _handout_problems(act, guide))
