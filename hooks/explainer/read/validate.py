"""Check loaded documents against their schema, then against each other.

Every problem is collected, so that a contributor sees all of them at once.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from jsonschema import Draft202012Validator, ValidationError

from .load import Document, YamlPath
from .problems import Problem
from .schemas import partial_date_problem
from .source_kinds import is_primary
from .translations import texts

_TYPE_NAMES = {
    "object": "a mapping (key: value)",
    "array": "a list (lines starting with -)",
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "null": "nothing",
}


def _python_type(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"{str(value).lower()}"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    return f'"{value}"'


def _unknown_keys(doc: Document, error: ValidationError,
                  languages: Sequence[str]) -> list[Problem]:
    """One problem per unexpected key (jsonschema reports them all in a single error)."""
    schema = error.schema if isinstance(error.schema, dict) else {}
    allowed = sorted(schema.get("properties", {}))
    instance = error.instance if isinstance(error.instance, dict) else {}
    path: YamlPath = tuple(error.absolute_path)
    problems = []
    for extra in (key for key in instance if key not in allowed):
        if set(allowed) == set(languages):
            message = f'"{extra}" is not a language of this site'
            hint = f"the languages are {', '.join(languages)} (mkdocs.yml)"
        else:
            message = f'unknown key "{extra}"'
            close = difflib.get_close_matches(extra, allowed, n=1)
            hint = (f'did you mean "{close[0]}"? ' if close else "") + (
                f"allowed keys: {', '.join(allowed)}" if allowed else "")
        problems.append(doc.problem((*path, extra), message, hint, key=True))
    return problems


def _schema_problem(doc: Document, error: ValidationError,
                    languages: Sequence[str]) -> Problem | list[Problem]:
    path: YamlPath = tuple(error.absolute_path)
    kind = error.validator
    schema = error.schema if isinstance(error.schema, dict) else {}
    if kind in ("oneOf", "anyOf") and error.context:
        # "Not valid under any of the given schemas" helps nobody: report what the closest
        # alternative misses (a missing translation, rather than "expected text").
        problems: list[Problem] = []
        for sub in _closest_alternative(error.context):
            found = _schema_problem(doc, sub, languages)
            problems += found if isinstance(found, list) else [found]
        return problems
    if kind == "required":
        missing = str(error.message).split("'")[1]
        if set(schema.get("properties", {})) == set(languages) and missing in languages:
            return doc.problem(path, f'the "{missing}" translation is missing',
                               _translation_hint(missing, error.instance))
        allowed = ", ".join(schema.get("required", []))
        return doc.problem(path, f'the key "{missing}" is missing', f"required keys: {allowed}")
    if kind == "additionalProperties":
        return _unknown_keys(doc, error, languages)
    if kind == "markup":
        return doc.problem(path, str(error.message), getattr(error, "hint", ""))
    if kind == "type":
        expected = _TYPE_NAMES.get(str(error.validator_value), str(error.validator_value))
        hint = _examples(schema) or ("write the value after the colon (a text between quotes), "
                                     "or remove the key" if error.instance is None else "")
        return doc.problem(path, f"expected {expected}, found {_python_type(error.instance)}",
                           hint)
    if kind == "format" and error.validator_value == "partial-date":
        message, hint = partial_date_problem(str(error.instance)) or ("", "")
        return doc.problem(path, message, hint)
    if kind == "format" and error.validator_value == "date":
        found = partial_date_problem(str(error.instance))
        if found and len(str(error.instance)) == 10 and found[0].endswith(
                ("days", "leap year)", "for this site")):
            return doc.problem(path, *found)
        return doc.problem(path, f'"{error.instance}" is not a valid date',
                           "write it as YYYY-MM-DD, between quotes")
    if kind == "format":
        return doc.problem(path, f'"{error.instance}" is not a valid {error.validator_value}',
                           schema.get("description", "") or _examples(schema))
    if kind == "enum":
        allowed = ", ".join(str(v) for v in error.validator_value)
        return doc.problem(path, f"{_python_type(error.instance)} is not allowed",
                           f"should be one of: {allowed}")
    if kind == "pattern" and error.validator_value == "\\S":
        empty = error.instance == ""
        return doc.problem(path, "this text is empty" if empty else
                           "this text is blank: it holds only spaces",
                           "write the text, or remove the key")
    if kind == "pattern" and str(error.validator_value).startswith("^https://"):
        return doc.problem(path, f"{_python_type(error.instance)} is not in the expected form",
                           _url_hint(str(error.instance), schema))
    if kind == "pattern":
        return doc.problem(path, f"{_python_type(error.instance)} is not in the expected form",
                           _pattern_hint(schema, error))
    if kind == "maxLength":
        return doc.problem(path, f"this text is {len(error.instance)} characters long, over "
                           f"the limit of {error.validator_value}",
                           "split it, or move the details to a source")
    if kind == "minItems":
        return doc.problem(path, "this list is empty or too short",
                           f"it needs at least {error.validator_value} entries")
    if kind == "minProperties":
        return doc.problem(path, "this mapping is empty",
                           f"it needs at least {error.validator_value} key(s)")
    if kind == "maxItems":
        return doc.problem(path, "this list is too long",
                           f"it takes at most {error.validator_value} entries")
    if kind == "minLength":
        return doc.problem(path, "this text is empty", "write the text or remove the key")
    if kind == "uniqueItems":
        return doc.problem(path, "this list names the same entry twice", "remove the repeat")
    return doc.problem(path, str(error.message), schema.get("description", ""))


_LOCALE = re.compile(r"^[a-z]{2,3}_[A-Z]{2}$")


def _translation_hint(lang: str, text: Any) -> str:
    """What to add for a missing language: a text, a locale code or plural forms."""
    values = list(text.values()) if isinstance(text, dict) else []
    if values and all(isinstance(v, str) and _LOCALE.match(v) for v in values):
        return (f"add a line `{lang}: {lang}_{lang.upper()}`: the CLDR locale that writes dates "
                f"and numbers for that language (language_TERRITORY)")
    plural = {"zero", "one", "two", "few", "many", "other"}
    if values and all(isinstance(v, dict) for v in values) and \
            not all(set(v) <= plural for v in values):
        return (f"add a line `{lang}: {{}}` (nothing to change), or copy another language's "
                "entry and adapt it")
    if values and all(isinstance(v, dict) for v in values):
        from babel import Locale, UnknownLocaleError

        try:
            forms = sorted(Locale.parse(lang).plural_form.tags | {"other"})
        except (UnknownLocaleError, ValueError):
            forms = ["one", "other"]
        shape = ", ".join(f'{form}: "{{count}} …"' for form in forms)
        return (f"add a line `{lang}: {{{shape}}}`: the unit in each plural form of that "
                "language")
    return f"add a line `{lang}: ...` with the text in that language"


def _url_hint(value: str, schema: dict[str, Any]) -> str:
    if value.startswith("http://"):
        return "the site links only to secure addresses: write https:// (check that the page " \
            "opens with it)"
    if "://" not in value:
        return f'an address starts with https://, for example "https://{value.lstrip("/")}"'
    if value.startswith("https://"):
        return "characters that Markdown or HTML would read as markup (spaces, < > \" ' ` ( ) " \
            "[ ] { } | \\ ^) must be percent-encoded, for example ( as %28 and a space as %20"
    return "an address starts with https://"


def _pattern_hint(schema: dict[str, Any], error: ValidationError) -> str:
    """The schema's own explanation first; the regular expression only as a last resort."""
    hint = " ".join(part for part in (schema.get("description", ""), _examples(schema)) if part)
    return hint or f"it must match the pattern {error.validator_value}"


def _closest_alternative(errors: Iterable[ValidationError]) -> list[ValidationError]:
    """The errors of the alternative that the value comes closest to: the one it matched deepest
    into, and whose shape (type) it has."""
    branches: dict[Any, list[ValidationError]] = {}
    for sub in errors:
        branches.setdefault(sub.relative_schema_path[0], []).append(sub)
    return max(branches.values(), key=lambda found: (
        max(len(sub.absolute_path) for sub in found),
        not all(sub.validator == "type" for sub in found),
        -len(found),
    ))


def _examples(schema: dict[str, Any]) -> str:
    examples = schema.get("examples")
    return f"for example {examples[0]!r}" if examples else ""


def check_schema(doc: Document, validator: Draft202012Validator,
                 languages: Sequence[str],
                 placeholders: frozenset[str] = frozenset()) -> list[Problem]:
    """The schema's problems, then the texts that use a placeholder where nothing fills it in
    (`placeholders`: every name the code fills in somewhere)."""
    fields = getattr(type(validator), "placeholder_fields", None)
    if fields is not None:
        fields.allowed.clear()
    errors = [error for error in validator.iter_errors(doc.data)
              if not any(tuple(error.absolute_path)[:len(p)] == p for p in doc.reported)]
    # A value that is not a real date also misses the pattern (which editors use): one message.
    wrong_format = {tuple(e.absolute_path) for e in errors if e.validator == "format"}
    problems: list[Problem] = []
    for error in errors:
        if error.validator == "pattern" and tuple(error.absolute_path) in wrong_format:
            continue
        found = _schema_problem(doc, error, languages)
        problems += found if isinstance(found, list) else [found]
    if fields is not None:
        problems += _unfilled_placeholders(doc, fields.allowed, languages, placeholders)
    return problems


_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def _unfilled_placeholders(doc: Document, allowed: dict[int, frozenset[str]],
                           languages: Sequence[str], known: frozenset[str]) -> list[Problem]:
    problems = []
    for path, _, text in texts(doc.data, languages):
        here = allowed.get(id(text), frozenset())
        for lang, value in text.items():
            if not isinstance(value, str):
                continue
            for name in dict.fromkeys(_PLACEHOLDER.findall(value)):
                if name in known and name not in here:
                    usable = ", ".join(f"{{{n}}}" for n in sorted(here))
                    problems.append(doc.problem(
                        (*path, lang), f"{{{name}}} is not filled in here: the page would show "
                        f'"{{{name}}}" as it is',
                        f"this text may use {usable}" if usable else
                        "write it out: this text takes no placeholders"))
    return problems


def _walk(value: Any, path: YamlPath = ()) -> Iterable[tuple[YamlPath, Any]]:
    yield path, value
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _walk(child, (*path, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _walk(child, (*path, index))


def _duplicate_ids(doc: Document, items_path: YamlPath, items: list[Any],
                   prefix: str = "") -> list[Problem]:
    seen: dict[str, int] = {}
    problems = []
    for index, item in enumerate(items):
        if not isinstance(item, dict) or not isinstance(item.get("id"), str):
            continue
        anchor = prefix + item["id"]
        if anchor in seen:
            line = doc.where((*items_path, seen[anchor], "id"))[0]
            problems.append(doc.problem((*items_path, index, "id"),
                                        f'the id "{item["id"]}" is already used on line {line}',
                                        "ids are anchors: each must be unique on its page"))
        else:
            seen[anchor] = index
    return problems


def check_references(docs: dict[str, Document],
                     data_file_names: Iterable[str] | None = None) -> list[Problem]:
    """Cross-file rules: sources exist, ids are unique, references resolve.

    `docs` holds the files that passed their schema; a rule that needs a file missing from it
    is skipped (that file's own problems are reported instead). `data_file_names` are the data
    files of the site ('guide.yml'), which the changelog may name (default: those in `docs`).
    """
    problems: list[Problem] = []
    known: set[str] | None = None
    kinds: dict[str, str] = {}
    if "sources" in docs:
        sources = docs["sources"].data["sources"]
        known = {s["id"] for s in sources}
        kinds = {s["id"]: s["kind"] for s in sources}
        problems += _duplicate_ids(docs["sources"], ("sources",), sources)

    cited: set[str] = set()
    for name, doc in docs.items():
        if name == "sources":
            continue
        for path, value in _walk(doc.data):
            if path and path[-1] in ("sources", "note_sources") and isinstance(value, list):
                cited.update(v for v in value if isinstance(v, str))
                if known is not None:
                    problems += _unknown_sources(doc, path, value, known)
                    problems += _primary_first(doc, path, value, kinds)
            elif path and path[-1] in ("sections", "items", "questions", "events", "entries",
                                       "regions") \
                    and isinstance(value, list):
                problems += _duplicate_ids(doc, path, value)
    every_file = data_file_names is None or \
        {f"{name}.yml" for name in docs} >= set(data_file_names)
    if "sources" in docs and every_file:
        # Only when every file passed: a source may be cited from a file that did not.
        problems += _uncited_sources(docs["sources"], cited)
    if "guide" in docs:
        problems += _check_guide(docs["guide"])
        problems += _check_named_labels(docs)
    if "site" in docs and "timeline" in docs:
        problems += _check_countdown(docs["site"], docs["timeline"])
    if "timeline" in docs:
        problems += _check_timeline(docs["timeline"])
    if "changelog" in docs:
        names = frozenset(data_file_names if data_file_names is not None
                          else (f"{name}.yml" for name in docs))
        problems += _check_changelog(docs["changelog"], names)
    if "regions" in docs:
        problems += _check_regions(docs["regions"])
    return problems


def _check_regions(doc: Document) -> list[Problem]:
    """Regions name authorities that exist; each authority belongs to a region that exists."""
    problems: list[Problem] = []
    regions = [r["id"] for r in doc.data["regions"]]
    authorities = [a["id"] for a in doc.data["authorities"]["items"]]
    for index, region in enumerate(doc.data["regions"]):
        for a_index, authority in enumerate(region["complaint"]["authorities"]):
            if authority not in authorities:
                problems.append(doc.problem(
                    ("regions", index, "complaint", "authorities", a_index),
                    f'no authority has the id "{authority}"',
                    f"the authorities are {', '.join(authorities)} (authorities.items)"))
    for index, authority in enumerate(doc.data["authorities"]["items"]):
        if authority["region"] not in regions:
            problems.append(doc.problem(("authorities", "items", index, "region"),
                                        f'no region has the id "{authority["region"]}"',
                                        f"the regions are {', '.join(regions)}"))
    return problems


def _primary_first(doc: Document, path: YamlPath, ids: list[Any],
                   kinds: dict[str, str]) -> list[Problem]:
    """A reader sees the sources in the order listed: LinkedIn, authorities and law texts first.
    A blog may corroborate a fact, never be all of its support."""
    found = [kinds[i] for i in ids if isinstance(i, str) and i in kinds]
    if found and len(found) == len(ids) and all(kind == "blog" for kind in found):
        return [doc.problem(path, "only blogs support this",
                            "add a primary or press source, or drop the fact")]
    secondary: str | None = None
    for index, source_id in enumerate(ids):
        kind = kinds.get(source_id) if isinstance(source_id, str) else None
        if kind is None:
            continue
        if not is_primary(kind):
            secondary = secondary or source_id
        elif secondary is not None:
            return [doc.problem((*path, index),
                                f'the primary source "{source_id}" comes after "{secondary}"',
                                "list primary sources (kind linkedin, authority or law-text) "
                                "before the others")]
    return []


def _uncited_sources(doc: Document, cited: set[str]) -> list[Problem]:
    """A source that no fact cites would be listed on the sources page as if something on the
    site rested on it."""
    return [doc.problem(("sources", index, "id"), f'the source "{source["id"]}" is cited nowhere',
                        f"cite it where it supports a fact (sources: [{source['id']}]), or "
                        "remove it: the sources page lists only what the site relies on")
            for index, source in enumerate(doc.data["sources"]) if source["id"] not in cited]


def _unknown_sources(doc: Document, path: YamlPath, ids: list[Any],
                     known: set[str]) -> list[Problem]:
    problems = []
    for index, source_id in enumerate(ids):
        if isinstance(source_id, str) and source_id not in known:
            close = difflib.get_close_matches(source_id, sorted(known), n=1)
            hint = (f'did you mean "{close[0]}"? ' if close else "") + \
                "every source must be listed in data/sources.yml"
            problems.append(doc.problem((*path, index), f'unknown source "{source_id}"', hint))
    return problems


def _check_changelog(doc: Document, data_file_names: frozenset[str]) -> list[Problem]:
    """Newest entry first (the order of the page and the feed); files that exist."""
    problems: list[Problem] = []
    known = sorted(data_file_names)
    previous = ""
    for index, entry in enumerate(doc.data["entries"]):
        if previous and entry["date"] > previous:
            problems.append(doc.problem(("entries", index, "date"),
                                        f"{entry['date']} is newer than the entry above "
                                        f"({previous})",
                                        "keep the entries newest first: add new ones at the top"))
        previous = entry["date"]
        for f_index, file in enumerate(entry.get("files", [])):
            if file not in data_file_names:
                close = difflib.get_close_matches(file, known, n=1)
                problems.append(doc.problem(
                    ("entries", index, "files", f_index), f'there is no data file "{file}"',
                    (f'did you mean "{close[0]}"? ' if close else "") +
                    f"the data files are {', '.join(known)}"))
    return problems


def _check_guide(doc: Document) -> list[Problem]:
    problems: list[Problem] = []
    labels = doc.data.get("labels", {}) if isinstance(doc.data, dict) else {}
    paths = doc.data.get("paths", []) if isinstance(doc.data, dict) else []
    anchors: dict[str, YamlPath] = {}
    for p_index, path in enumerate(paths):
        if not isinstance(path, dict):
            continue
        steps = path.get("steps", [])
        problems += _duplicate_ids(doc, ("paths", p_index, "steps"), steps)
        for t_index, tab in enumerate(path.get("tabs", [])):
            tab_id = tab.get("id") if isinstance(tab, dict) else None
            if tab_id in anchors:
                problems.append(doc.problem(("paths", p_index, "tabs", t_index, "id"),
                                            f'the tab id "{tab_id}" is used twice',
                                            "each platform needs its own id"))
            anchors[str(tab_id)] = ("paths", p_index, "tabs", t_index)
        used: list[tuple[YamlPath, Any]] = [
            (("paths", p_index, "fast_path", f_index, "label"), part.get("label"))
            for f_index, part in enumerate(path.get("fast_path", []))
            if isinstance(part, dict) and "label" in part]
        for s_index, step in enumerate(steps):
            if not isinstance(step, dict):
                continue
            at: YamlPath = ("paths", p_index, "steps", s_index)
            used += [((*at, "labels", l_index), label)
                     for l_index, label in enumerate(step.get("labels", []))]
            picture = step.get("picture")
            if isinstance(picture, dict):
                used += [((*at, "picture", "screen", i), label)
                         for i, label in enumerate(picture.get("screen", []))]
                used += [((*at, "picture", key), picture.get(key)) for key in ("setting", "switch")]
        for where, label in used:
            if label not in labels:
                problems.append(doc.problem(
                    where, f'unknown label "{label}"',
                    f"labels are defined under `labels:`: {', '.join(sorted(labels))}"))
    return problems


def _check_named_labels(docs: dict[str, Document]) -> list[Problem]:
    """The labels a fact or an answer names (`labels:` beside its text) are the guide's: an
    unknown id would stop the build at the template that quotes it. The guide's steps are
    checked with the guide, the act page's handout by its own rules."""
    guide = docs["guide"].data
    known = guide.get("labels", {}) if isinstance(guide, dict) else {}
    problems: list[Problem] = []
    for name, doc in docs.items():
        if name == "act":
            continue
        for path, value in _walk(doc.data):
            if not path or path[-1] != "labels" or not isinstance(value, list) or \
                    (name == "guide" and path[0] == "paths"):
                continue
            problems += [doc.problem((*path, index), f'unknown label "{label}"',
                                     f"labels are defined under `labels:` in data/guide.yml: "
                                     f"{', '.join(sorted(known))}")
                         for index, label in enumerate(value) if label not in known]
    return problems


def _check_countdown(site: Document, timeline: Document) -> list[Problem]:
    countdown = site.data.get("countdown") if isinstance(site.data, dict) else None
    if not isinstance(countdown, dict):
        return []
    events = timeline.data.get("events", []) if isinstance(timeline.data, dict) else []
    by_id = {e.get("id"): e for e in events if isinstance(e, dict)}
    event_id = countdown.get("event")
    timed = sorted(str(k) for k, e in by_id.items() if "at" in e)
    if event_id not in by_id:
        return [site.problem(("countdown", "event"), f'no timeline event has the id "{event_id}"',
                             f"events with an instant: {', '.join(timed)}")]
    if "at" not in by_id[event_id]:
        return [site.problem(("countdown", "event"), f'the event "{event_id}" has no instant',
                             "give it `at: {time: ..., zone: ...}` in data/timeline.yml")]
    return []


def _check_timeline(doc: Document) -> list[Problem]:
    problems: list[Problem] = []
    events = doc.data.get("events", []) if isinstance(doc.data, dict) else []
    previous = ""
    for index, event in enumerate(events):
        if not isinstance(event, dict):
            continue
        date = str(event.get("date", ""))
        if date and previous and date < previous[: len(date)]:
            problems.append(doc.problem(("events", index, "date"),
                                        f"{date} comes before the previous entry ({previous})",
                                        "keep the events in date order, oldest first"))
        previous = date or previous
        at = event.get("at")
        if isinstance(at, dict) and isinstance(at.get("zone"), str):
            try:
                ZoneInfo(at["zone"])
            except (ZoneInfoNotFoundError, ValueError):
                problems.append(doc.problem(("events", index, "at", "zone"),
                                            f'unknown time zone "{at["zone"]}"',
                                            "use an IANA zone such as Europe/Paris"))
            if len(date) != 10:
                problems.append(doc.problem(("events", index, "date"),
                                            "an event with an instant needs a full date",
                                            "write it as YYYY-MM-DD"))
    return problems


# Folders that the site itself uses below its root, besides the pages and the languages.
_SITE_FOLDERS = ("assets", "search")


def check_share(doc: Document, ui: Document, languages: Sequence[str]) -> list[Problem]:
    """Short addresses lead to a built language and take no folder the site already uses."""
    problems: list[Problem] = []
    redirects = doc.data.get("redirects", []) if isinstance(doc.data, dict) else []
    pages = ui.data.get("pages", {}) if isinstance(ui.data, dict) else {}
    taken = {*pages, *languages, *_SITE_FOLDERS}
    seen: dict[str, int] = {}
    for index, redirect in enumerate(redirects):
        if not isinstance(redirect, dict):
            continue
        lang, path = redirect.get("lang"), redirect.get("path")
        if lang not in languages:
            problems.append(doc.problem(("redirects", index, "lang"),
                                        f'"{lang}" is not a language of this site',
                                        f"the languages are {', '.join(languages)} (mkdocs.yml)"))
        if path in taken:
            problems.append(doc.problem(("redirects", index, "path"),
                                        f'the address "/{path}/" is already used by the site',
                                        "choose another short address"))
        elif isinstance(path, str) and path in seen:
            line = doc.where(("redirects", seen[path], "path"))[0]
            problems.append(doc.problem(("redirects", index, "path"),
                                        f'the address "/{path}/" is already defined on line {line}',
                                        "each short address leads to one page"))
        elif isinstance(path, str):
            seen[path] = index
    return problems
