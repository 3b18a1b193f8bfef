"""What a text from data/ may contain, and how plain strings are made inert in Markdown pages.

Texts (the `text` definition of common.schema.json) accept a small Markdown subset: emphasis,
strong emphasis, links, inline code and lists. Everything else is refused, raw HTML first, and
every link must go to an https:// address or to a page of this site. The check renders the text
with Python-Markdown and the same extensions as the site, so that it sees exactly what the build
would make of it; the page-level guard (render/html_guard.py) catches what only appears in context.

Plain strings (source titles, publishers, quoted interface labels) are never Markdown: `inert`
turns every character that could start markup into a character reference.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from html.parser import HTMLParser
from urllib.parse import urlsplit
from xml.etree.ElementTree import Element

import markdown
from markdown.treeprocessors import Treeprocessor
from markupsafe import Markup, escape

from .project_config import MarkdownSetup

# Elements the subset produces, and the attributes they may carry.
ALLOWED = {"p": (), "em": (), "strong": (), "code": (), "a": ("href",), "ul": (), "ol": (),
           "li": ()}
# Longer texts belong on a page of their own; the bound also keeps the check fast.
MAX_TEXT_LENGTH = 5000
HINT = ("texts accept *emphasis*, **strong**, [links](https://…), `code` and lists "
        "(README: What a text may contain)")
# Our own extension only adds rel="noopener noreferrer"; the check must see the text's own links.
OWN_EXTENSIONS = ("explainer.render.external_links",)
_WHAT = {
    "h1": "a heading", "h2": "a heading", "h3": "a heading", "h4": "a heading",
    "h5": "a heading", "h6": "a heading", "img": "an image", "table": "a table",
    "pre": "a code block", "blockquote": "a quotation", "hr": "a horizontal rule",
    "br": "a forced line break", "div": "a block (admonition, tabs…)",
    "details": "a collapsible block", "dl": "a definition list",
}


class _SourceTags(HTMLParser):
    """HTML in a text's source, as a browser would read it (Markdown extensions may swallow
    some of it, such as an unclosed <div markdown>, so the rendered output is not enough)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # <https://...> and <name@host> are Markdown autolinks, checked once rendered (and
        # anything else Markdown reads as HTML is caught there too, as stashed raw HTML).
        written = self.get_starttag_text() or f"<{tag}>"
        autolink = ":" in tag or ("@" in written and not any(ch.isspace() for ch in written))
        if not autolink:
            self.found.append(written)

    def handle_endtag(self, tag: str) -> None:
        self.found.append(f"</{tag}>")

    def handle_comment(self, data: str) -> None:
        self.found.append(f"<!--{data}-->")

    def handle_decl(self, decl: str) -> None:
        self.found.append(f"<!{decl}>")

    def handle_pi(self, data: str) -> None:
        self.found.append(f"<?{data}>")


# Inline code shows HTML as text: `<b>` is allowed.
_CODE_SPAN = re.compile(r"(`+)(?!`).+?(?<!`)\1(?!`)", re.S)


def source_html(text: str) -> str | None:
    """The first piece of raw HTML in a text's source, outside inline code."""
    parser = _SourceTags()
    parser.feed(_CODE_SPAN.sub(" ", text))
    parser.close()
    return parser.found[0] if parser.found else None


class _Elements(HTMLParser):
    """Start tags of rendered HTML, with attribute values decoded as a browser decodes them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse_html(fragment: str) -> _Elements:
    parser = _Elements()
    parser.feed(fragment)
    parser.close()
    return parser


def link_problem(href: str) -> str | None:
    """Why a link address may not be published, or None. `href` is what the browser reads."""
    if any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in href) or "\\" in href:
        return f'the link "{href}" contains spaces, backslashes or control characters'
    parts = urlsplit(href)
    if parts.scheme == "https" and parts.netloc:
        return None
    if not parts.scheme and not href.startswith("//"):
        return None
    return f'the link "{href}" is not allowed'


# C0 and C1 control characters and Unicode's line and paragraph separators; the first class
# lets line feeds through. A regular expression: every string of data/ goes through one of them.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_CONTROL_BUT_LINE_FEED = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029]")


def control_character_problem(text: str, *, line_breaks: bool) -> str | None:
    """The first control character of a text (line feeds allowed with `line_breaks`)."""
    found = (_CONTROL_BUT_LINE_FEED if line_breaks else _CONTROL).search(text)
    if found is None:
        return None
    ch = found[0]
    if ch in "\r\n\u2028\u2029":
        return "a line break is not allowed here"
    return f"the control character U+{ord(ch):04X} is not allowed here"


def _braces_problem(text: str, placeholders: frozenset[str]) -> str | None:
    """Curly braces are attribute lists to Markdown ({: onclick=...}), even inside a heading
    made of a text: only the {name} placeholders that templates fill in may use them."""
    rest = text
    while "{" in rest or "}" in rest:
        start, end = rest.find("{"), rest.find("}")
        if start != -1 and end > start and rest[start + 1:end] in placeholders:
            rest = rest[end + 1:]
            continue
        known = ", ".join(f"{{{name}}}" for name in sorted(placeholders)) or "none"
        return (f"curly braces are not allowed here (they are reserved for the placeholders: "
                f"{known})")
    return None


def _definition_problem(text: str) -> str | None:
    """A line starting with ': ' turns the line before it, even outside the text, into a term."""
    if any(line.startswith((": ", ":\t")) or line == ":" for line in text.split("\n")):
        return "a line may not start with a colon (Markdown would make a definition list)"
    return None


_LIST_ITEM = ("- ", "* ", "+ ")


def is_blocks(text: str) -> bool:
    """Several paragraphs, or a list: a text that must keep its line breaks."""
    lines = [line.strip() for line in text.strip().split("\n")]
    return "" in lines or any(
        line.startswith(_LIST_ITEM) or line.split(". ", 1)[0].isdigit() for line in lines)


def as_placed(text: str) -> str:
    """A text as a template places it: without surrounding blank space and, unless it is made
    of blocks (paragraphs, a list), on one line, which Markdown reads the same way and which a
    heading or a tab title needs."""
    text = text.strip()
    return text if is_blocks(text) else " ".join(text.split("\n"))


# A single line without these characters, not starting with a block marker, can only be one
# paragraph of text: most texts are, and skipping the renderer keeps `make check` fast.
_INLINE_MARKUP = set("\\`*_[]<>&{}|~^\n\t")
_BLOCK_START = set("#>-+*=!?:0123456789 ")


# A placeholder ({date}, {start_date}) is plain text to Markdown too: a brace group is an
# attribute list only after an element or alone on the last line of a block, and an underscore
# between two letters never starts or ends emphasis. (The placeholders a text may hold are
# checked before: _braces_problem.)
_PLAIN_PLACEHOLDER = re.compile(r"\{[a-z]+(?:_[a-z]+)*\}")


def _plain_paragraph(text: str) -> bool:
    if "{" in text:
        text = _PLAIN_PLACEHOLDER.sub("", text)
    return text[:1] not in _BLOCK_START and not _INLINE_MARKUP.intersection(text)


class _KeepTree(Treeprocessor):
    """Keeps the finished element tree, so that the check need not parse the HTML again."""

    root: Element | None = None

    def run(self, root: Element) -> None:
        self.root = root


class MarkupChecker:
    """Checks texts against the subset, rendering them as the site would."""

    def __init__(self, setup: MarkdownSetup | None = None,
                 placeholders: frozenset[str] = frozenset()) -> None:
        setup = setup or MarkdownSetup()
        self._placeholders = placeholders
        extensions = [e for e in setup.extensions if e not in OWN_EXTENSIONS]
        configs = {k: v for k, v in setup.configs.items() if k in extensions}
        self._md = markdown.Markdown(extensions=extensions, extension_configs=configs)
        self._tree = _KeepTree(self._md)
        # After every other tree processor: the tree as it will be written out.
        self._md.treeprocessors.register(self._tree, "explainer_keep_tree", -1000)
        # The link addresses of each text rendered so far (by its placed form).
        self._links: dict[str, list[str]] = {}
        # The problems of each text checked so far: the same words come back in many places
        # (a label, a name in both languages), and the answer depends on the words alone.
        self._found: dict[tuple[str, bool], list[tuple[str, str]]] = {}

    def links(self, text: str) -> list[str]:
        """The addresses a text links to, as the browser reads them (texts with no link
        character are not rendered)."""
        placed = as_placed(text)
        if placed not in self._links:
            if "[" not in placed and "<" not in placed:
                return []
            self.problems(text, blocks=True)
        return self._links.get(placed, [])

    def problems(self, text: str, *, blocks: bool = False) -> list[tuple[str, str]]:
        """(message, hint) for everything in `text` outside the subset; empty when it is fine.
        Paragraphs and lists only when `blocks`: elsewhere a text stands in a heading, a
        sentence or a list item, where they would break the page."""
        key = (text, blocks)
        if key not in self._found:
            self._found[key] = self._problems(text, blocks)
        return list(self._found[key])

    def _problems(self, text: str, blocks: bool) -> list[tuple[str, str]]:
        if len(text) > MAX_TEXT_LENGTH:
            return [(f"this text is {len(text)} characters long, over the limit of "
                     f"{MAX_TEXT_LENGTH}", "split it, or move the details to a source")]
        if not text.strip():
            return []  # an empty or blank text is the schema's to report (pattern \S)
        found = control_character_problem(text, line_breaks=True) \
            or _braces_problem(text, self._placeholders) or _definition_problem(text)
        if found:
            return [(found, HINT)]
        text = as_placed(text)
        if not blocks and is_blocks(text):
            return [("several paragraphs or a list cannot go here (a line starting with '- ' "
                     "or a number and '. ' is a list item)",
                     "this text stands in a heading, a sentence or a list item: write one "
                     "paragraph (lists go in answers and introductions)")]
        if _plain_paragraph(text):
            return []
        self._md.reset()
        try:
            self._md.convert(text)
        except RecursionError:
            return [("this text nests too deeply", HINT)]
        stashed = [str(s) for s in self._md.htmlStash.rawHtmlBlocks]
        problems = [_stash_problem(s) for s in stashed]
        raw = source_html(text) if "<" in text else None
        if raw:
            # One message per text for its HTML: the first tag, as the contributor wrote it.
            problems = [(f"raw HTML is not allowed: {raw[:60]}", HINT)] + [
                p for p in problems if not p[0].startswith("raw HTML")]
        root = self._tree.root
        if root is not None:
            self._links[text] = [_as_read(el.attrib.get("href", "")) for el in root.iter("a")]
            problems += _element_problems(
                (el.tag, [(name, _as_read(value)) for name, value in el.attrib.items()])
                for el in root.iter() if el is not root)
        return list(dict.fromkeys(problems))

    def plain_problems(self, text: str) -> list[tuple[str, str]]:
        found = control_character_problem(text, line_breaks=False)
        return [(found, "write it on one line, without control characters")] if found else []


def _as_read(value: str | None) -> str:
    """An attribute value as the browser will read it: the serializer keeps character
    references (&#106;) as they are, and the browser decodes them. An attribute without a value
    (a {placeholder} right after inline code, which attr_list reads as `placeholder`) is an
    empty one."""
    if value is None:
        return ""
    return html.unescape(value.replace(markdown.util.AMP_SUBSTITUTE, "&"))


def _stash_problem(stashed: str) -> tuple[str, str]:
    if stashed.startswith("&"):
        return (f"the character reference {stashed} is not allowed",
                "write the character itself (texts are UTF-8)")
    if stashed.startswith("<"):
        return (f"raw HTML is not allowed: {stashed.strip()[:60]}", HINT)
    return ("this Markdown is not allowed in a text", HINT)


def _element_problems(tags: Iterable[tuple[str, list[tuple[str, str | None]]]]
                      ) -> list[tuple[str, str]]:
    problems = []
    for tag, attrs in tags:
        if tag not in ALLOWED:
            what = _WHAT.get(tag, f"<{tag}>")
            problems.append((f"{what} is not allowed in a text", HINT))
            continue
        for name, value in attrs:
            if name not in ALLOWED[tag]:
                problems.append((f'the attribute {name}="{value}" is not allowed',
                                 "remove the {…} after the text: attribute lists are not "
                                 "allowed"))
            elif name == "href":
                why = link_problem(value or "")
                if why:
                    problems.append((why, "links must start with https:// or point to a page "
                                          "of this site, such as guide.md#web"))
    return problems


_PLAIN = markdown.Markdown()


def plain_text(text: str) -> str:
    """The words of a checked text without its markup (for titles and meta tags)."""
    _PLAIN.reset()
    return "".join(parse_html(_PLAIN.convert(text)).text).strip()


# Characters that can start Markdown (or, after attr_list, an attribute list) within a line,
# and those that only do so at the start of one (lists, headings, quotations).
_MARKDOWN_CHARACTERS = set("\\`*_{}[]()#!|~^<>&\"")
_LINE_START_CHARACTERS = set("+-.:=>0123456789 ")


def inert(value: str) -> str:
    """A plain string as Markdown that shows it exactly as written: no markup, no HTML."""
    if isinstance(value, str) and value[:1] not in _LINE_START_CHARACTERS \
            and _MARKDOWN_CHARACTERS.isdisjoint(value):
        return str(value)  # nothing to replace (most strings): as a plain str, as below
    return "".join(
        f"&#{ord(ch)};" if ch in _MARKDOWN_CHARACTERS
        or (index == 0 and ch in _LINE_START_CHARACTERS) else ch
        for index, ch in enumerate(value)
    )


def safe_plain_text(text: str) -> Markup:
    """A checked text as escaped plain text, for the theme's templates: MkDocs does not
    autoescape, and Markup keeps the theme's own `|e` from escaping it twice."""
    return escape(plain_text(text))
