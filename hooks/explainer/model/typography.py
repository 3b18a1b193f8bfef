"""Punctuation spacing, done once for every text the site publishes (data/site.yml `typography`).

French, for one, puts a no-break space before ":" and a narrow no-break space before ";", "!"
and "?" and inside « »: without them, a lone "?" or "»" wraps onto the next line. Each language
has its rule in the data; the code knows no language. `typeset_text` sets plain text;
`typeset_html` sets the text of an HTML document or fragment, following each element's `lang`,
and leaves alone what is not prose: tags, addresses and ids, code, scripts, styles, and marks
that are not punctuation (10:30, https://, ?q=).

Setting text twice gives the same result as setting it once.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

SPACES = {"no-break": "\u00a0", "narrow": "\u202f"}
# Any space a text may hold before a mark: ordinary, no-break, narrow, thin, figure, new line.
_WHITESPACE = frozenset(" \t\n\r\f\u00a0\u202f\u2009\u2007")
# A mark is not punctuation when a letter, a digit or one of these follows it: 10:30, https://,
# ?q=, !important.
_JOINS = frozenset("/\\=&_@#%+~")
# No space is added after these: a mark right after an opening bracket or quote stays put.
_OPENING = frozenset("([{«“‘\"'")
# Addresses keep every character as written, even those followed by a space.
_ADDRESS = re.compile(r"(?:\b[a-z][a-z0-9+.-]*://|\bmailto:|\bwww\.)[^\s<>«»\"]*", re.IGNORECASE)


@dataclass(frozen=True)
class Rule:
    """How one language spaces its punctuation."""

    # The space each mark takes before it (":" -> U+00A0).
    before: Mapping[str, str] = field(default_factory=dict)
    # The quotation marks, outer pair first, as CSS `quotes` lists them.
    quotes: tuple[str, ...] = ()
    # The space inside the outer pair of quotation marks, if any.
    inside_quotes: str = ""

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Rule:
        """A rule from its entry in data/site.yml `typography` (see site.schema.json)."""
        return cls(
            before={mark: SPACES[name] for mark, name in data.get("space_before", {}).items()},
            quotes=tuple(data.get("quotes", ())),
            inside_quotes=SPACES.get(data.get("space_inside_quotes", ""), ""),
        )

    @property
    def open_quote(self) -> str:
        return self.quotes[0] if self.inside_quotes and self.quotes else ""

    @property
    def close_quote(self) -> str:
        return self.quotes[1] if self.inside_quotes and len(self.quotes) > 1 else ""

    def __bool__(self) -> bool:
        return bool(self.before or self.inside_quotes)


NO_RULE = Rule()


class Rules:
    """The rule of each language of the site; a language without one gets no change."""

    def __init__(self, by_language: Mapping[str, Rule]) -> None:
        self._rules = dict(by_language)

    @classmethod
    def from_data(cls, typography: Mapping[str, Mapping[str, Any]]) -> Rules:
        return cls({lang: Rule.from_data(data) for lang, data in typography.items()})

    def __getitem__(self, lang: str | None) -> Rule:
        """The rule of a language tag: 'fr', or 'fr-CA' read as 'fr' when it has none of its own."""
        if not lang:
            return NO_RULE
        lang = lang.strip()
        return self._rules.get(lang) or self._rules.get(lang.split("-")[0].lower(), NO_RULE)

    def items(self) -> list[tuple[str, Rule]]:
        return list(self._rules.items())


# ---------------------------------------------------------------------------------------------
# Plain text. A "run" is a stretch of text read as one (a paragraph, an attribute), made of
# pieces that may come from different elements: each character knows its rule and whether it
# may change (code may be read, never changed).

@dataclass
class _Edits:
    replace: dict[int, str] = field(default_factory=dict)   # index -> new text ('' deletes)
    before: dict[int, str] = field(default_factory=dict)    # index -> text put before it
    after: dict[int, str] = field(default_factory=dict)     # index -> text put after it

    def touched(self) -> set[int]:
        return {*self.replace, *self.before, *self.after}


def _protected(text: str) -> set[int]:
    return {i for match in _ADDRESS.finditer(text) for i in range(*match.span())}


def _space_before(text: str, i: int, space: str, edits: _Edits, editable: Callable[[int], bool],
                  *, after_marks: frozenset[str]) -> None:
    """Put `space` right before text[i], replacing any spaces there; add one only after a word."""
    start = i
    while start > 0 and text[start - 1] in _WHITESPACE:
        start -= 1
    if start == 0 or (start < i and text[start - 1] in _OPENING):
        return  # nothing before the mark but an opening bracket or quote: leave it as written
    if start < i:
        if all(editable(j) for j in range(start, i)):
            for j in range(start, i - 1):
                edits.replace[j] = ""
            edits.replace[i - 1] = space
        return
    before = text[i - 1]
    if before in _OPENING or before in after_marks:
        return
    edits.before[i] = space


def _space_after(text: str, i: int, space: str, close: str, edits: _Edits,
                 editable: Callable[[int], bool]) -> None:
    """Put `space` right after the opening quote text[i], replacing any spaces there."""
    end = i + 1
    while end < len(text) and text[end] in _WHITESPACE:
        end += 1
    if end == len(text) or text[end] == close:
        return
    if end > i + 1:
        if all(editable(j) for j in range(i + 1, end)):
            edits.replace[i + 1] = space
            for j in range(i + 2, end):
                edits.replace[j] = ""
        return
    edits.after[i] = space


def _edits(text: str, rule_at: Callable[[int], Rule], editable: Callable[[int], bool]) -> _Edits:
    edits = _Edits()
    protected = _protected(text)
    for i, char in enumerate(text):
        if i in protected or not editable(i):
            continue
        rule = rule_at(i)
        if not rule:
            continue
        marks = frozenset(rule.before)
        if char in rule.before:
            follows = text[i + 1] if i + 1 < len(text) else " "
            if not (follows.isalnum() or follows in _JOINS):
                # "?!" stays together; after a closing quote the mark takes its space.
                _space_before(text, i, rule.before[char], edits, editable, after_marks=marks)
        elif char == rule.close_quote and rule.close_quote:
            _space_before(text, i, rule.inside_quotes, edits, editable,
                          after_marks=frozenset(rule.open_quote))
        elif char == rule.open_quote and rule.open_quote:
            _space_after(text, i, rule.inside_quotes, rule.close_quote, edits, editable)
    return edits


def _apply(text: str, edits: _Edits, start: int = 0, end: int | None = None) -> str:
    """The text between start and end with the edits made."""
    end = len(text) if end is None else end
    out = []
    for i in range(start, end):
        out.append(edits.before.get(i, ""))
        out.append(edits.replace.get(i, text[i]))
        out.append(edits.after.get(i, ""))
    return "".join(out)


def typeset_text(text: str, rule: Rule) -> str:
    """Plain text set by a language's rule."""
    if not rule or not text:
        return text
    edits = _edits(text, lambda _: rule, lambda _: True)
    return _apply(text, edits) if edits.touched() else text


# ---------------------------------------------------------------------------------------------
# HTML. The document is cut into tags and text without being rebuilt: only a text or attribute
# that changes is written again.

_TOKEN = re.compile(
    r"<!--.*?-->"                                   # comment
    r"|<![^>]*>|<\?[^>]*>"                          # doctype, processing instruction
    r"|</?[A-Za-z][^\s/>]*(?:\"[^\"]*\"|'[^']*'|[^'\">])*>",  # tag
    re.DOTALL,
)
_NAME = re.compile(r"</?([A-Za-z][^\s/>]*)")
_ATTRIBUTE = re.compile(r"""([^\s"'>/=]+)(?:(\s*=\s*)("[^"]*"|'[^']*'|[^\s"'>]+))?""")
# Text inside these is kept as it is: code, scripts, styles, form fields.
_VERBATIM = frozenset({"code", "kbd", "samp", "pre", "script", "style", "textarea", "var"})
# Read as raw text up to their end tag (they may hold "<").
_RAW_TEXT = frozenset({"script", "style"})
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "source", "track", "wbr"})
# Text flows across these; any other tag ends a paragraph (a run).
_INLINE = frozenset({"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em",
                     "i", "ins", "kbd", "mark", "q", "s", "samp", "small", "span", "strong",
                     "sub", "sup", "time", "u", "var", "tspan"})
# Attributes that people read (or hear); every other attribute is left as written.
_TEXT_ATTRIBUTES = frozenset({"title", "alt", "aria-label", "aria-description", "placeholder",
                              "aria-roledescription", "label"})
# <meta> whose `content` is prose: description and link previews.
_TEXT_META = frozenset({"description", "og:title", "og:description", "og:site_name",
                        "og:image:alt", "twitter:title", "twitter:description",
                        "twitter:image:alt"})


@dataclass
class _Piece:
    token: int          # its place among the document's tokens
    text: str           # unescaped
    rule: Rule
    editable: bool


def _attributes(tag: str) -> list[re.Match[str]]:
    name = _NAME.match(tag)
    assert name is not None
    return list(_ATTRIBUTE.finditer(tag, name.end(), len(tag) - 1))


def _value(match: re.Match[str]) -> str | None:
    raw = match.group(3)
    if raw is None:
        return None
    return html.unescape(raw[1:-1] if raw[:1] in "\"'" else raw)


def _typeset_tag(tag: str, name: str, rule: Rule) -> str:
    """A start tag with its readable attributes set."""
    matches = _attributes(tag)
    values = {m.group(1).lower(): _value(m) for m in matches}
    is_text_meta = name == "meta" and (values.get("name") in _TEXT_META
                                        or values.get("property") in _TEXT_META)
    out, last = [], 0
    for match in matches:
        attribute = match.group(1).lower()
        value = _value(match)
        readable = attribute in _TEXT_ATTRIBUTES or (is_text_meta and attribute == "content") \
            or (attribute == "value" and name == "input"
                and values.get("type") in ("submit", "button", "reset"))
        if value is None or not readable:
            continue
        new = typeset_text(value, rule)
        if new != value:
            out.append(tag[last:match.start(3)])
            out.append('"' + html.escape(new, quote=True) + '"')
            last = match.end(3)
    if not out:
        return tag
    out.append(tag[last:])
    return "".join(out)


def _set_run(pieces: list[_Piece], tokens: list[str]) -> None:
    """Set one paragraph made of several pieces of text, and write back the pieces that change."""
    if not any(piece.editable and piece.rule for piece in pieces):
        return
    owner = [index for index, piece in enumerate(pieces) for _ in piece.text]
    text = "".join(piece.text for piece in pieces)
    edits = _edits(text, lambda i: pieces[owner[i]].rule, lambda i: pieces[owner[i]].editable)
    touched = edits.touched()
    start = 0
    for piece in pieces:
        end = start + len(piece.text)
        if any(start <= i < end for i in touched):
            new = _apply(text, edits, start, end)
            if new != piece.text:
                tokens[piece.token] = html.escape(new, quote=False)
        start = end


def typeset_html(document: str, rules: Rules, lang: str | None = None) -> str:
    """An HTML document or fragment with its text set by the rule of each element's language.

    `lang` is the language of a fragment's text outside any element with a `lang` attribute.
    """
    tokens: list[str] = []
    # The open elements: (name, language, verbatim).
    stack: list[tuple[str, str | None, bool]] = [("", lang, False)]
    run: list[_Piece] = []
    position = 0

    def end_run() -> None:
        _set_run(run, tokens)
        run.clear()

    while position < len(document):
        match = _TOKEN.search(document, position)
        text_end = match.start() if match else len(document)
        if text_end > position:
            raw = document[position:text_end]
            _, current, verbatim = stack[-1]
            run.append(_Piece(len(tokens), html.unescape(raw), rules[current], not verbatim))
            tokens.append(raw)
        if not match:
            break
        tag = match.group(0)
        position = match.end()
        if tag.startswith(("<!", "<?")):
            tokens.append(tag)
            continue
        name = _NAME.match(tag).group(1).lower()  # type: ignore[union-attr]
        closing = tag.startswith("</")
        if name not in _INLINE:
            end_run()
        if closing:
            names = [entry[0] for entry in stack]
            if name in names[1:]:
                del stack[len(names) - 1 - names[::-1].index(name):]
            tokens.append(tag)
            continue
        _, inherited, verbatim = stack[-1]
        own = next((_value(m) for m in _attributes(tag) if m.group(1).lower() == "lang"), None)
        current = own if own is not None else inherited
        tokens.append(_typeset_tag(tag, name, rules[current]))
        if name in _RAW_TEXT:
            close = re.compile(rf"</{name}\s*>", re.IGNORECASE).search(document, position)
            content_end = close.start() if close else len(document)
            tokens.append(document[position:content_end])
            position = content_end
            continue
        if name not in _VOID and not tag.endswith("/>"):
            stack.append((name, current, verbatim or name in _VERBATIM))
    end_run()
    return "".join(tokens)


def quotes_css(rules: Rules) -> str:
    """A style sheet giving `<q>` each language's quotation marks, with their inner space (the
    browser draws these marks: the text never holds them)."""
    lines = ["/* Quotation marks of each language, from data/site.yml `typography`. */"]
    for lang, rule in rules.items():
        if not rule.quotes:
            continue
        marks = list(rule.quotes)
        if rule.inside_quotes and len(marks) > 1:
            marks[0] += rule.inside_quotes
            marks[1] = rule.inside_quotes + marks[1]
        value = " ".join('"' + "".join(f"\\{ord(c):x} " if ord(c) > 126 else c for c in mark)
                         .rstrip() + '"' for mark in marks)
        lines.append(f":root:lang({lang}) q {{ quotes: {value}; }}")
    return "\n".join(lines) + "\n"
