"""The theme's main stylesheet, published under our own fingerprint with the selectors mended that
made one class change restyle the whole page.

A browser does not restyle a whole page when a class changes: from the stylesheet it knows which
elements a class can affect (those of the rule's last part, `label` in `.js .tabs>label`) and
restyles only those. When that last part names nothing (`:first-child`, `*`), every element
below the one that changed must be restyled. Two kinds of such selectors in Material's
main.<fingerprint>.min.css cost the guide a whole-page restyle on every load, before any reader
does anything:

- `.no-js ... .tabbed-labels>:nth-child(2)` (the active tab's underline without JavaScript): the
  theme's bundle swaps `no-js` for `js` on <html> at every load. A tab bar (pymdownx.tabbed)
  holds only <label>s: the mended selector says `label:nth-child(2)`, which matches exactly the
  same elements.
- `.md-typeset table:not([class]) td>:first-child` (no margin above a cell's first block): it
  depends on the class attribute itself, so a change of any class of any element restyled all
  that element's descendants, and the swap on <html> the whole page. A Markdown table's cells hold
  only inline content, where vertical margins do nothing, and the site has no table: these
  selectors are left out.

The file also holds the rules of theme features the site does not turn on: tooltips and
annotations, the repository's widget, navigation tabs, the back-to-top button, the cookie
consent and feedback forms, social links, versions, tags, page status and path (3 KB
compressed, a seventh of the file, in the first view of every page). A family of rules is left out
only while mkdocs.yml does not turn its feature on (FAMILIES); turning it on brings the rules
back. The rest of the file is kept byte for byte.

overrides/main.html links ours instead of the theme's; UPGRADING.md lists this coupling;
tests/test_whole_page_restyles.py and tests/test_theme_main.py guard it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .theme_css import rules, selectors, theme_stylesheet

MAIN = re.compile(r"main\.[0-9a-f]{8}\.min\.css")
STEM = "assets/stylesheets/main"
# A tab bar's children: pymdownx.tabbed writes only <label>s there.
_TAB_BAR_CHILD = re.compile(r"\.tabbed-labels>:")
# A test of the class attribute itself: [class], :not([class]).
_CLASS_ATTRIBUTE = re.compile(r"\[class[\]~|^$*=]")
# Pseudo-classes and pseudo-elements, with their arguments (one level of parentheses).
_PSEUDO = re.compile(r"::?[\w-]+(?:\((?:[^()]|\([^()]*\))*\))?")
# A leading `@charset "...";`, which is a statement, not a block.
_CHARSET = re.compile(r'\s*@charset\s+"[^"]*";')


@dataclass(frozen=True)
class Family:
    """Rules of one theme feature: the classes that name them (with their `__part` and
    `--variant` forms), and what in mkdocs.yml turns the feature on."""

    classes: tuple[str, ...]
    features: tuple[str, ...] = ()
    plugins: tuple[str, ...] = ()
    # Keys of `extra:`; "repo_url" stands for the top-level setting.
    settings: tuple[str, ...] = ()

    def used(self, config: Mapping[str, Any]) -> bool:
        """Whether the site turns the feature on (config: mkdocs.yml as read)."""
        features = (config.get("theme") or {}).get("features") or ()
        extra = config.get("extra") or {}
        # mkdocs.yml lists a plugin by name, or as a mapping of its name to its settings.
        plugins = {name for entry in config.get("plugins") or ()
                   for name in ([entry] if isinstance(entry, str) else entry)}
        return (any(feature in features for feature in self.features)
                or any(plugin in plugins for plugin in self.plugins)
                or any(extra.get(key) or (key == "repo_url" and config.get("repo_url"))
                       for key in self.settings))


FAMILIES = (
    # Tooltips (`content.tooltips`, and those of code annotations) and annotations.
    Family(("md-tooltip", "md-tooltip2", "md-annotation"),
           features=("content.tooltips", "content.code.annotate")),
    Family(("md-source",), settings=("repo_url",)),
    Family(("md-tabs",), features=("navigation.tabs",)),
    Family(("md-top",), features=("navigation.top",)),
    Family(("md-path",), features=("navigation.path",)),
    Family(("md-consent",), settings=("consent",)),
    Family(("md-feedback",), settings=("analytics",)),
    Family(("md-social",), settings=("social",)),
    Family(("md-version",), settings=("version",)),
    Family(("md-tags", "md-tag"), plugins=("tags", "material/tags")),
    Family(("md-status",), settings=("status",)),
)


def unused_classes(config: Mapping[str, Any]) -> list[str]:
    """The classes of the families whose feature the site does not turn on."""
    return [name for family in FAMILIES if not family.used(config) for name in family.classes]


def theme_main(theme_dirs: Iterable[str]) -> Path | None:
    """The theme's main stylesheet (the first theme folder that has one wins)."""
    return theme_stylesheet(theme_dirs, MAIN)


def compounds(selector: str) -> list[tuple[str, str]]:
    """A selector's compound parts, each with the combinator before it (`''` for the first),
    split outside brackets and parentheses:
    `.a .b>:first-child` -> [('', '.a'), (' ', '.b'), ('>', ':first-child')]."""
    parts: list[tuple[str, str]] = []
    depth, combinator, current = 0, "", ""
    for char in selector.strip():
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        if depth == 0 and char in " >+~":
            if current:
                parts.append((combinator, current))
                combinator, current = "", ""
            combinator = char if char != " " or not combinator else combinator
        else:
            current += char
    return [*parts, (combinator, current)] if current else parts


def names_nothing(compound: str) -> bool:
    """Whether a compound selector names no element type, class, id or attribute (only
    pseudo-classes, or `*`): the browser cannot tell which elements it may affect."""
    return _PSEUDO.sub("", compound).strip() in ("", "*")


def restyles_subtrees(selector: str) -> bool:
    """Whether a class change on any element makes the browser restyle all its descendants
    because of this selector: a test of the class attribute itself, then, below it (a
    descendant or child combinator after it), a last part that names nothing. Sibling
    combinators alone restyle a sibling, not a subtree."""
    parts = compounds(selector)
    if not parts or not names_nothing(parts[-1][1]):
        return False
    tests = [index for index, (_, part) in enumerate(parts) if _CLASS_ATTRIBUTE.search(part)]
    return bool(tests) and any(combinator in " >" for combinator, _ in parts[tests[-1] + 1:])


def names_class(selector: str, classes: Collection[str]) -> bool:
    """Whether the selector names one of the classes (or its `__part`, `--variant` forms)."""
    return any(found.split("__")[0].split("--")[0] in classes
               for found in re.findall(r"\.(-?[A-Za-z_][\w-]*)", selector))


def _mend(selector: str, unused: Collection[str]) -> str | None:
    selector = _TAB_BAR_CHILD.sub(".tabbed-labels>label:", selector)
    return None if restyles_subtrees(selector) or names_class(selector, unused) else selector


def mend_main(css: str, unused: Collection[str] = ()) -> str:
    """The stylesheet with tab bar children named, and without the selectors that restyle
    whole subtrees on any class change nor those naming an `unused` class (a rule left with no
    selector goes too)."""
    charset = _CHARSET.match(css)
    head_text = charset.group(0) if charset else ""
    return head_text + _mend_rules(css[len(head_text):], frozenset(unused))


def _mend_rules(css: str, unused: frozenset[str]) -> str:
    kept = []
    for rule in rules(css):
        head, body = rule.split("{", 1)
        if head.lstrip().startswith("@"):
            # Blocks of rules (@media, @supports) are mended inside; the others (@font-face,
            # @keyframes) hold declarations or keyframes, kept as they are.
            nested = "{" in body[:-1] and "keyframes" not in head
            kept.append(f"{head}{{{_mend_rules(body[:-1], unused)}}}" if nested else rule)
            continue
        mended = [m for m in (_mend(s, unused) for s in selectors(head)) if m is not None]
        if mended:
            kept.append(f"{','.join(mended)}{{{body}")
    return "".join(kept)
