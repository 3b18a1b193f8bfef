"""The changelog: a page in every language, and an Atom feed per language that readers parse."""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree as ET

import feedparser
import pytest
from conftest import LANGUAGES, PROJECT, ROOT, load_yaml, page_url, run_build, typeset

CHANGELOG = load_yaml(ROOT / "data" / "changelog.yml")
UI = load_yaml(ROOT / "data" / "ui.yml")
SITE_URL = PROJECT.site_url
ATOM = "{http://www.w3.org/2005/Atom}"


def _feed_path(site: Path, lang: str) -> Path:
    return site / page_url("home", lang) / "changes.atom"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_changes_page_lists_every_entry_with_its_date(soup, lang: str) -> None:
    page = soup("changes", lang)
    for entry in CHANGELOG["entries"]:
        heading = page.find(id=entry["id"])
        assert heading is not None, entry["id"]
        assert typeset(entry["title"][lang], lang) in heading.get_text()
        assert heading.find("time")["datetime"] == entry["date"]
        assert typeset(entry["text"][lang], lang) in page.get_text()
    # The first entry touched every page's facts: it links to each of them by its short name.
    touched = page.find(id=CHANGELOG["entries"][0]["id"]).find_next("p", class_="changes-pages")
    names = [a.get_text() for a in touched.find_all("a")]
    assert UI["pages"]["guide"]["nav"][lang] in names
    assert UI["pages"]["faq"]["nav"][lang] in names
    feed_link = page.select_one(".changes-feed a")
    assert feed_link.get_text() == UI["strings"]["changes_feed"][lang]
    assert feed_link["href"] == "../changes.atom"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_page_announces_its_languages_feed(soup, lang: str) -> None:
    link = soup("guide", lang).find("link", rel="alternate", type="application/atom+xml")
    assert link["href"] == SITE_URL + page_url("home", lang) + "changes.atom"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_feed_is_valid_atom_in_the_pages_language(site: Path, lang: str) -> None:
    raw = _feed_path(site, lang).read_bytes()
    root = ET.fromstring(raw)
    assert root.tag == f"{ATOM}feed"
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == lang

    feed = feedparser.parse(raw)
    assert not feed.bozo, feed.get("bozo_exception")
    page = SITE_URL + page_url("changes", lang)
    assert feed.feed.id == SITE_URL + page_url("home", lang) + "changes.atom"
    assert feed.feed.link == page
    assert [e.id for e in feed.entries] == [page + "#" + e["id"] for e in CHANGELOG["entries"]]
    first = feed.entries[0]
    assert first.title == typeset(CHANGELOG["entries"][0]["title"][lang], lang)
    assert first.updated.startswith(CHANGELOG["entries"][0]["date"])
    assert typeset(CHANGELOG["entries"][0]["text"][lang], lang) in first.content[0].value


def test_feed_escapes_markup_and_links_sources(project: Path, tmp_path: Path) -> None:
    changelog = project / "data" / "changelog.yml"
    text = changelog.read_text(encoding="utf-8")
    lang = LANGUAGES[0]
    entry = (
        "entries:\n  - id: ampersand\n    date: \"2027-01-02\"\n    title:\n"
        + "".join(f'      {code}: "R&D 1 < 2 {code}"\n' for code in LANGUAGES)
        + "    text:\n"
        + "".join(f'      {code}: "A **bold** change & more"\n' for code in LANGUAGES)
        + "    files: [guide.yml]\n    sources: [AUTH-BE]\n"
    )
    changelog.write_text(text.replace("entries:\n", entry, 1), encoding="utf-8")
    out = tmp_path / "out"
    result = run_build(project, out)
    assert result.returncode == 0, result.stderr

    feed = feedparser.parse(_feed_path(out, lang).read_bytes())
    assert not feed.bozo
    newest = feed.entries[0]
    assert newest.title == f"R&D 1 < 2 {lang}"
    assert "<strong>bold</strong> change &amp; more" in newest.content[0].value
    source_url = next(s["url"] for s in load_yaml(project / "data" / "sources.yml")["sources"]
                      if s["id"] == "AUTH-BE")
    assert f'href="{source_url}"' in newest.content[0].value
    assert feed.feed.updated.startswith("2027-01-02")


def test_a_link_to_a_page_of_the_site_is_a_full_address_in_the_feed(project: Path) -> None:
    """`guide.md#web-switch-off` works on the changes page; a feed reader gets the address."""
    from explainer.model import clock
    from explainer.model.content import load_content
    from explainer.outputs.feed import atom_feed

    changelog = project / "data" / "changelog.yml"
    text = changelog.read_text(encoding="utf-8")
    first = CHANGELOG["entries"][0]["text"]
    for code in LANGUAGES:
        old = f'{code}: "{first[code]}"'
        assert text.count(old) == 1
        text = text.replace(old, f'{code}: "{first[code]} [x](guide.md#web-switch-off) '
                            f'[y](index.md) [z](#{CHANGELOG["entries"][0]["id"]})"')
    changelog.write_text(text, encoding="utf-8")
    content = load_content(project / "data", LANGUAGES)

    lang = LANGUAGES[-1]
    root = SITE_URL + page_url("home", lang)
    feed = feedparser.parse(atom_feed(content.view(lang, clock.now()),
                                      page_url=root + "changes/",
                                      feed_url=root + "changes.atom"))
    html = feed.entries[0].content[0].value
    assert f'href="{root}guide/#web-switch-off"' in html
    assert f'href="{root}"' in html
    assert f'href="{root}changes/#{CHANGELOG["entries"][0]["id"]}"' in html
