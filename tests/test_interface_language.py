"""Every interface word is in the page's language: what surrounds the page's own content (header,
menus, search, footer), every aria-label, title, placeholder and alt text, and the words the
theme's scripts show (search results, copy buttons: its JSON configuration).

Two ways of catching a stray word: a word shown the same on two languages' pages belongs to
neither (unless the data writes it the same in both, like a name); and no word may come from the
theme's own translations, which the data replaces (Material's French says "Editer")."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Comment
from conftest import LANGUAGES, PAGE_FILES, ROOT, load_yaml, page_path
from explainer.read.translations import texts
from explainer.render.interface import GENERATOR

READABLE = ("title", "aria-label", "placeholder", "alt", "data-copied")
DATA = {path.stem: load_yaml(path) for path in sorted((ROOT / "data").glob("*.yml"))}
I18N = next(p["i18n"] for p in load_yaml(ROOT / "mkdocs.yml")["plugins"]
            if isinstance(p, dict) and "i18n" in p)
MATERIAL = Path(__import__("material").__file__).parent / "templates" / "partials" / "languages"
PAIRS = [(lang, other) for lang in LANGUAGES for other in LANGUAGES if lang != other]


def _normal(text: str) -> str:
    return re.sub(r"[\s\u00a0\u202f]+", " ", text).strip()


def interface_words(path: Path) -> set[str]:
    """The interface words of a built page (its own content, the article, aside)."""
    doc = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    words = set()
    for tag in doc.find_all(True):
        words |= {_normal(tag[name]) for name in READABLE if tag.get(name)}
        if tag.name == "script" and tag.get("id") == "__config":
            words |= {_normal(v) for v in json.loads(tag.string)["translations"].values()}
    for article in doc.find_all("article"):
        article.decompose()
    for node in doc.find_all(string=True):
        if not isinstance(node, Comment) and not node.find_parent(["script", "style"]) \
                and node.parent.name != "[document]":
            words.add(_normal(node))
    return {word for word in words if re.search(r"[^\W\d_]", word)}


def _records(node: object) -> list[dict]:
    """Every mapping in a data file, at any depth."""
    if isinstance(node, dict):
        return [node, *(r for value in node.values() for r in _records(value))]
    if isinstance(node, list):
        return [r for value in node for r in _records(value)]
    return []


def same_in_both(lang: str, other: str) -> set[str]:
    """Words that are rightly the same in two languages: data texts written alike (names,
    "Sources"), the languages' own names, names of services and of the theme."""
    alike = {_normal(text[lang]) for data in DATA.values()
             for _, _, text in texts(data, LANGUAGES)
             if isinstance(text.get(lang), str) and text.get(lang) == text.get(other)}
    # A heading such as "Commission d'accès à l'information du Québec (CAI)": a name and its
    # abbreviation, each written alike in both languages in the data.
    named = [item for data in DATA.values() for item in _records(data)
             if isinstance(item.get("name"), dict) and isinstance(item.get("abbr"), str)
             and item["name"].get(lang) == item["name"].get(other)]
    alike |= {_normal(f"{item['name'][lang]} ({item['abbr']})") for item in named}
    names = {_normal(language["name"]) for language in I18N["languages"]}
    services = {s["name"] for s in DATA["share"]["services"] if isinstance(s["name"], str)}
    return alike | names | services | {GENERATOR["name"]}


def material_words() -> dict[str, str]:
    """Every word of the theme's own translations, with the file it comes from."""
    words = {}
    for path in sorted(MATERIAL.glob("*.html")):
        for value in re.findall(r'^\s*"[\w.]+": "(.*)",?$', path.read_text("utf-8"), re.M):
            words.setdefault(_normal(value), path.name)
    return words


def pages(site: Path, lang: str) -> list[Path]:
    prefix = site if lang == LANGUAGES[0] else site / lang
    return [page_path(site, kind, lang) for kind in PAGE_FILES] + [prefix / "404.html"]


@pytest.mark.parametrize(("lang", "other"), PAIRS)
def test_no_interface_word_is_shared_with_another_language(site: Path, lang: str,
                                                           other: str) -> None:
    allowed = same_in_both(lang, other)
    for mine, theirs in zip(pages(site, lang), pages(site, other), strict=True):
        shared = interface_words(mine) & interface_words(theirs) - allowed
        assert not shared, f"{mine.relative_to(site)} and {theirs.relative_to(site)}: {shared}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_interface_word_comes_from_the_themes_translations(site: Path, lang: str) -> None:
    # Words of the data that happen to be in the theme's files too ("Refuser") are ours.
    ours = {_normal(text[lang]) for data in DATA.values() for _, _, text in texts(data, LANGUAGES)
            if isinstance(text.get(lang), str)}
    theirs = material_words()
    for path in pages(site, lang):
        found = {f"{word!r} ({theirs[word]})" for word in interface_words(path)
                 if word in theirs and word not in ours}
        assert not found, f"{path.relative_to(site)}: {found}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_colour_switch_is_named_in_the_pages_language(soup, lang: str) -> None:
    names = {DATA["ui"]["theme"][f"palette.{scheme}"][lang] for scheme in ("default", "slate")}
    labels = {label["title"] for label in soup("home", lang).select("form[data-palette-switch] "
                                                                      "label")}
    assert labels == names


@pytest.mark.parametrize("lang", LANGUAGES)
def test_search_speaks_the_pages_language(server, new_page, lang: str) -> None:
    theme = DATA["ui"]["theme"]
    page = new_page(1280, 800)
    page.goto(server + ("" if lang == LANGUAGES[0] else f"{lang}/"))
    box = page.get_by_role("textbox", name=theme["search.placeholder"][lang])
    assert box.get_attribute("placeholder") == theme["search.placeholder"][lang]
    box.click()
    meta = page.locator(".md-search-result__meta")
    meta.filter(has_text=theme["search.result.placeholder"][lang]).wait_for()
    page.keyboard.type("zzzzqqq", delay=20)
    meta.filter(has_text=theme["search.result.none"][lang]).wait_for()
