"""Every page links our copy of the theme's main stylesheet (engine/theme_main.py): the same
rules, less those that made one class change restyle the whole page and those of theme features
the site does not turn on; turning a feature on in mkdocs.yml brings its rules back."""

from __future__ import annotations

from pathlib import Path

import material
import pytest
from bs4 import BeautifulSoup
from conftest import LANGUAGES, ROOT
from explainer.engine.theme_css import rules, selectors
from explainer.engine.theme_main import (
    FAMILIES,
    compounds,
    mend_main,
    names_class,
    restyles_subtrees,
    theme_main,
    unused_classes,
)
from explainer.read.project_config import read_mkdocs_yml

THEME_DIR = str(Path(material.__file__).parent / "templates")
SITE_CONFIG = read_mkdocs_yml(ROOT / "mkdocs.yml")


def _selectors(css: str) -> list[str]:
    found = []
    for rule in rules(css):
        head, body = rule.split("{", 1)
        if head.lstrip().startswith("@"):
            found += _selectors(body[:-1]) if "{" in body and "keyframes" not in head else []
        else:
            found += [selector.strip() for selector in selectors(head)]
    return found


def test_a_tab_bar_child_is_named_a_label() -> None:
    css = ".no-js .tabbed-set>input:nth-child(2):checked~.tabbed-labels>:nth-child(2){color:red}"
    assert mend_main(css) == (".no-js .tabbed-set>input:nth-child(2):checked~.tabbed-labels>"
                              "label:nth-child(2){color:red}")


def test_a_class_attribute_test_above_a_part_naming_nothing_is_left_out() -> None:
    css = (".t table:not([class]) td>:first-child,.t th{margin:0}"
           ".t table:not([class])+*{margin-top:1em}.t table:not([class]) td{padding:0}")
    # Only the first selector restyles subtrees; a sibling or a named element does not.
    assert mend_main(css) == (".t th{margin:0}.t table:not([class])+*{margin-top:1em}"
                              ".t table:not([class]) td{padding:0}")


def test_a_rule_left_with_no_selector_goes_and_at_rules_are_kept_whole() -> None:
    css = ('@charset "UTF-8";@media screen{.x [class] *{a:b}.y{c:d}}'
           "@font-face{font-family:x}@keyframes k{0%{e:f}}")
    assert mend_main(css) == ('@charset "UTF-8";@media screen{.y{c:d}}'
                              "@font-face{font-family:x}@keyframes k{0%{e:f}}")


def test_compounds_keep_their_combinators() -> None:
    assert compounds(".a .b>:first-child") == [("", ".a"), (" ", ".b"), (">", ":first-child")]
    assert compounds(".a > .b ~ c:is(.x, .y)") == [("", ".a"), (">", ".b"), ("~", "c:is(.x, .y)")]
    assert restyles_subtrees("[class~=a]>::before")
    assert not restyles_subtrees(".no-js .md-search")


def test_an_unused_feature_s_rules_go_with_their_parts_and_variants() -> None:
    css = ".md-top{a:b}.md-top__icon,.md-header{c:d}.md-top--hidden .x{e:f}.md-topic{g:h}"
    assert mend_main(css, ["md-top"]) == ".md-header{c:d}.md-topic{g:h}"
    assert names_class(".md-tags .md-tag--x", {"md-tag"})


def test_turning_a_feature_on_brings_its_rules_back() -> None:
    assert "md-top" in unused_classes({"theme": {"features": []}})
    assert "md-top" not in unused_classes({"theme": {"features": ["navigation.top"]}})
    assert "md-source" not in unused_classes({"repo_url": "https://example.org/x"})
    assert "md-social" not in unused_classes({"extra": {"social": [{"icon": "x"}]}})
    assert "md-tag" not in unused_classes({"plugins": ["search", "tags"]})


def test_the_theme_still_has_what_is_mended() -> None:
    # After a theme upgrade: if these are gone, engine/theme_main.py mends nothing any more.
    theme = theme_main([THEME_DIR])
    assert theme is not None, "Material's main.<fingerprint>.min.css is not where it was"
    original = _selectors(theme.read_text(encoding="utf-8"))
    assert any(".no-js" in s and ".tabbed-labels>:" in s for s in original)
    assert any(restyles_subtrees(s) for s in original)
    for family in FAMILIES:
        assert any(names_class(s, set(family.classes)) for s in original), family.classes


@pytest.fixture
def published(site: Path, soup) -> str:
    links = {link["href"] for lang in LANGUAGES for kind in ("home", "guide")
             for link in soup(kind, lang).select("link[rel=stylesheet]")}
    mains = {href.rsplit("/", 1)[-1] for href in links if "/main." in href}
    assert len(mains) == 1, links
    theme = theme_main([THEME_DIR])
    assert theme is not None and mains != {theme.name}, "the pages link the theme's own file"
    return (site / "assets" / "stylesheets" / mains.pop()).read_text(encoding="utf-8")


def test_the_published_stylesheet_restyles_no_whole_page_on_a_class_change(
        published: str) -> None:
    found = _selectors(published)
    assert len(found) > 1000
    assert not [s for s in found if restyles_subtrees(s)]
    # `no-js` and `js` change on <html> at every load: each selector under them names what it
    # styles, so that only those elements are restyled.
    assert not [s for s in found if any(part in (".no-js", ".js") for _, part in compounds(s))
                and compounds(s)[-1][1].startswith(":")]


def test_no_page_needs_a_rule_left_out(site: Path, published: str) -> None:
    unused = set(unused_classes(SITE_CONFIG))
    assert unused, "every theme feature is on: nothing is left out"
    assert not [s for s in _selectors(published) if names_class(s, unused)]
    # No element of any page has a class of the left-out rules, nor `annotate` (a block whose
    # annotations the theme's bundle would turn into tooltips).
    for page in site.rglob("*.html"):
        classes = {name.split("__")[0].split("--")[0]
                   for element in BeautifulSoup(page.read_text(encoding="utf-8"),
                                                "html.parser").find_all(class_=True)
                   for name in element["class"]}
        assert not classes & (unused | {"annotate"}), page
