"""A language declared "in progress" in mkdocs.yml builds with half its texts: the others show
in the default language, marked with their own `lang` (in the page and in what the theme prints
around it: navigation, header, footer, table of contents, the browser tab's title), under a
notice in the page's language; the language switcher and `explainer translations` say how far
it is. Tried with Dutch, half translated, in a copy of the project built with MkDocs (and, for
every text of every page, with the other half translated too)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import markdown
import pytest
import yaml
from bs4 import BeautifulSoup, Comment, Tag
from conftest import LANGUAGES, PAGE_FILES, ROOT, copy_project, run_build
from explainer.cli import main
from explainer.outputs.language_marks import mark_theme_texts
from explainer.read.load import load_document
from explainer.read.translations import is_text, texts

DEFAULT = LANGUAGES[0]
NEW = "nl"
# Every data file, so that a file added later (regions.yml) counts as the check counts it.
DATA_FILES = tuple(sorted(path.stem for path in (ROOT / "data").glob("*.yml")))
# Real Dutch for what the test reads; the rest of the translated half is marked "[nl]".
DUTCH = {
    ("ui", ("pages", "faq", "title")): "Veelgestelde vragen",
    ("ui", ("strings", "translation_notice")):
        "Deze pagina is nog niet helemaal vertaald: wat nog niet vertaald is, staat in het "
        "{language}.",
    ("ui", ("strings", "language_progress")): "{language} ({percent} vertaald)",
    ("faq", ("questions", 0, "question")): "3 november 2025 is voorbij. Is het te laat?",
    ("site", ("locale",)): "nl_NL",
}
UNITS = {"day": {"one": "{count} dag", "other": "{count} dagen"},
         "hour": {"one": "{count} uur", "other": "{count} uur"},
         "minute": {"one": "{count} minuut", "other": "{count} minuten"}}


def _declare(project: Path, status: str | None) -> None:
    config = project / "mkdocs.yml"
    extra = f"          extra:\n            translation: {status}\n" if status else ""
    config.write_text(config.read_text(encoding="utf-8").replace(
        "      languages:\n",
        f"      languages:\n        - locale: {NEW}\n          name: Nederlands\n"
        f"          build: true\n{extra}", 1), encoding="utf-8")


def _translate_half(project: Path, half: int = 0) -> tuple[int, int, list[tuple[str, tuple]]]:
    """Give every other text a Dutch version (and the ones in DUTCH): the first of each pair,
    or with `half` 1 the second; returns how many texts were translated, how many there are,
    and the texts left untranslated."""
    languages = (*LANGUAGES, NEW)
    translated = total = 0
    left: list[tuple[str, tuple]] = []
    for name in DATA_FILES:
        path = project / "data" / f"{name}.yml"
        # The site's own loader: YAML 1.1 would read a key such as `off:` as false.
        data = load_document(path, f"data/{name}.yml")[0].data
        for index, (where, _, text) in enumerate(texts(data, languages)):
            total += 1
            source = text[DEFAULT]
            if (name, where) in DUTCH:
                text[NEW] = DUTCH[(name, where)]
            elif name == "ui" and where[:1] == ("units",):
                text[NEW] = UNITS[where[1]]
            elif index % 2 == half and isinstance(source, str) and (name, where) != (
                    "faq", ("questions", 1, "question")):
                text[NEW] = f"[nl] {text[LANGUAGES[-1]]}"
            else:
                left.append((name, where))
                continue
            translated += 1
        # Every string between quotes, as contributors write them.
        if name == "site":
            data["typography"][NEW] = {"quotes": ["“", "”", "‘", "’"]}
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000,
                                       default_style="\""),
                        encoding="utf-8")
    return translated, total, left


@pytest.fixture(scope="module")
def dutch(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, int]:
    project = copy_project(tmp_path_factory.mktemp("dutch") / "project")
    _declare(project, "in-progress")
    translated, total, _ = _translate_half(project)
    return project, translated, total


@pytest.fixture(scope="module")
def dutch_site(dutch: tuple[Path, int, int], tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = dutch[0]
    out = tmp_path_factory.mktemp("dutch-site")
    result = run_build(project, out)
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="module")
def other_half(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A Dutch copy translated the other way round (the texts the first leaves untranslated
    are translated, and the other way round), built: the copy and its site."""
    project = copy_project(tmp_path_factory.mktemp("other-half") / "project")
    _declare(project, "in-progress")
    _translate_half(project, half=1)
    out = tmp_path_factory.mktemp("other-half-site")
    result = run_build(project, out)
    assert result.returncode == 0, result.stderr
    return project, out


def _faq_id(index: int) -> str:
    doc, _ = load_document(ROOT / "data" / "faq.yml", "data/faq.yml")
    return doc.data["questions"][index]["id"]


def _page(site: Path, path: str) -> BeautifulSoup:
    return BeautifulSoup((site / path / "index.html").read_text(encoding="utf-8"),
                         "html.parser")


def test_check_accepts_a_language_in_progress_and_says_how_far_it_is(
        dutch: tuple[Path, int, int], capsys: pytest.CaptureFixture[str]) -> None:
    project, translated, total = dutch
    assert 0.4 < translated / total < 0.6
    assert main(["--root", str(project), "check"]) == 0
    out = capsys.readouterr().out.splitlines()
    percent = translated * 100 // total
    assert (f"{NEW} is in progress: {translated} of {total} texts translated ({percent} %); "
            f"the others show in {DEFAULT}.") in out


def test_translations_report_says_how_far_each_language_is(
        dutch: tuple[Path, int, int], capsys: pytest.CaptureFixture[str]) -> None:
    project, translated, total = dutch
    assert main(["--root", str(project), "translations"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert f"{NEW}: {translated} of {total} texts ({translated * 100 // total} %, in progress)" \
        in out
    assert f"{DEFAULT}: {total} of {total} texts (100 %)" in out
    assert out[-1] == f"{total - translated} text(s) missing a language " \
        f"({', '.join((DEFAULT, NEW, *LANGUAGES[1:]))})."


def test_a_page_shows_its_translated_texts_and_marks_the_others(dutch_site: Path) -> None:
    page = _page(dutch_site, f"{NEW}/faq")
    assert page.html["lang"] == NEW
    assert page.h1.get_text(strip=True).startswith("Veelgestelde vragen")
    notice = page.select_one(".translation-notice")
    assert notice is not None
    assert notice.get_text(strip=True) == ("Deze pagina is nog niet helemaal vertaald: wat nog "
                                           "niet vertaald is, staat in het Frans.")
    first = page.find(id="too-late")
    assert first.get_text(strip=True).startswith("3 november 2025 is voorbij. Is het te laat?")
    assert first.find(class_="untranslated") is None
    second = page.find(id=_faq_id(1))
    marked = second.find(class_="untranslated")
    assert marked is not None and marked["lang"] == DEFAULT


def test_a_complete_language_keeps_its_pages_unmarked(dutch_site: Path) -> None:
    for lang, prefix in ((DEFAULT, ""), (LANGUAGES[-1], f"{LANGUAGES[-1]}/")):
        for folder in PAGE_FILES.values():
            page = _page(dutch_site, f"{prefix}{folder}")
            assert page.select(".untranslated") == [], (lang, folder)
            assert page.select(".translation-notice") == [], (lang, folder)
            assert page.html["lang"] == lang and not page.title.has_attr("lang")


def test_the_language_switcher_says_how_far_the_language_is(
        dutch_site: Path, dutch: tuple[Path, int, int]) -> None:
    _, translated, total = dutch
    percent = translated * 100 // total
    names = {a["hreflang"]: a.get_text(strip=True)
             for a in _page(dutch_site, f"{NEW}/faq").select("a.md-select__link")}
    assert names[NEW] == f"Nederlands ({percent}% vertaald)"
    assert names[DEFAULT] == "Français"
    english = {a["hreflang"]: a.get_text(strip=True)
               for a in _page(dutch_site, f"{LANGUAGES[-1]}/faq").select("a.md-select__link")}
    assert english[NEW] == f"Nederlands ({percent}% translated)"


def test_a_language_declared_complete_still_needs_every_text(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = copy_project(tmp_path / "project")
    _declare(project, None)
    translated, total, left = _translate_half(project)
    assert main(["--root", str(project), "check"]) == 1
    err = capsys.readouterr().err.splitlines()
    missing = [line for line in err if f'the "{NEW}" translation is missing' in line]
    assert len(missing) == total - translated


# Texts the templates print escaped, where Markdown is not read: the platform tabs' names, the
# titles of the "Sources" disclosures and of the disagreement boxes, the act page's fields, its
# texts' captions and copy buttons.
ESCAPED_PLACES = {
    "guide": ".tabbed-labels > label",
    "faq": "details.cite > summary",
    "law": ".admonition-title, details.cite > summary",
    "act": ".act-fields__title, .act-fields__field label, .letter__caption, .letter__copy",
}


@pytest.mark.parametrize("kind", sorted(ESCAPED_PLACES))
def test_escaped_texts_left_untranslated_keep_their_language(dutch_site: Path,
                                                             kind: str) -> None:
    page = _page(dutch_site, f"{NEW}/{kind}")
    places = page.select(ESCAPED_PLACES[kind])
    untranslated = [place for place in places
                    if not place.get_text(" ", strip=True).startswith("[nl]")]
    # Half the texts are translated: the page has places of each kind, some not translated.
    assert places and untranslated, kind
    unmarked = [place.get_text(" ", strip=True) for place in untranslated
                if place.select_one(f'[lang="{DEFAULT}"]') is None]
    assert unmarked == []


# What the theme prints around a page (overrides/main.html, outputs/language_marks.py).

def _read_in(element: Tag) -> set[str]:
    """The languages a screen reader reads an element's words in: each text's nearest `lang`."""
    return {text.find_parent(lambda tag: tag.has_attr("lang"))["lang"]
            for text in element.find_all(string=True) if text.strip()}


def _text(project: Path, file: str, *keys: str) -> dict[str, str]:
    """A text of the Dutch copy, in every language it has."""
    text = load_document(project / "data" / f"{file}.yml", f"data/{file}.yml")[0].data
    for key in keys:
        text = text[key]
    return text


def _shown(project: Path, file: str, *keys: str) -> tuple[str, str]:
    """A text of the Dutch copy as a Dutch page shows it, and the language it is written in."""
    text = _text(project, file, *keys)
    return (text[NEW], NEW) if NEW in text else (text[DEFAULT], DEFAULT)


def _kind_of(page_folder: str, href: str) -> str:
    """The page kind a link of a Dutch page leads to."""
    target = urljoin(f"/{NEW}/{page_folder}", href).removeprefix(f"/{NEW}/")
    return next(kind for kind, folder in PAGE_FILES.items() if folder == target)


def _per_page(project: Path, field: str) -> dict[str, tuple[str, str]]:
    """Each page's `field` of ui.yml (`nav`, `title`) as a Dutch page shows it, with the
    language it is written in. Half of them are translated: both cases are read."""
    shown = {kind: _shown(project, "ui", "pages", kind, field) for kind in PAGE_FILES}
    assert {lang for _, lang in shown.values()} == {NEW, DEFAULT}
    return shown


def test_navigation_labels_left_untranslated_keep_their_language(
        dutch_site: Path, dutch: tuple[Path, int, int]) -> None:
    project = dutch[0]
    labels = _per_page(project, "nav")
    for kind, folder in PAGE_FILES.items():
        page = _page(dutch_site, f"{NEW}/{folder}")
        links = page.select(".md-sidebar--primary a.md-nav__link:not([href^='#'])")
        assert len(links) == len(PAGE_FILES), kind
        # The menu (and the drawer, the same list on a phone).
        for link in links:
            text, lang = labels[_kind_of(folder, link["href"])]
            assert (link.get_text(strip=True), _read_in(link)) == (text, {lang}), (kind, text)
        # The header's title of the page and, in the menu, the label of the page one is on.
        for place in (page.select_one(".md-header__topic[data-md-component=header-topic]"),
                      page.select_one("label.md-nav__link--active")):
            assert _read_in(place) == {labels[kind][1]}, (kind, place)
        # The footer's previous and next pages: the title is marked, the link's name (an
        # attribute) stays plain text.
        for link in page.select("a.md-footer__link"):
            title = link.select_one(".md-footer__title .md-ellipsis")
            text, lang = labels[_kind_of(folder, link["href"])]
            assert _read_in(title) == {lang} and title.get_text(strip=True) == text
            assert link["aria-label"].endswith(text) and "<" not in link["aria-label"]


def test_the_table_of_contents_keeps_the_language_of_its_headings(dutch_site: Path) -> None:
    page = _page(dutch_site, f"{NEW}/faq")
    translated, untranslated = "too-late", _faq_id(1)
    for anchor, lang in ((translated, NEW), (untranslated, DEFAULT)):
        entries = page.select(f"nav.md-nav a.md-nav__link[href='#{anchor}']")
        assert entries, anchor
        heading = page.find(id=anchor)
        for entry in entries:
            assert _read_in(entry) == {lang}, anchor
            assert entry.get_text(strip=True) == heading.get_text(strip=True).rstrip("¶")


def test_the_theme_words_left_untranslated_keep_their_language(
        dutch_site: Path, dutch: tuple[Path, int, int]) -> None:
    project = dutch[0]
    page = _page(dutch_site, f"{NEW}/faq")
    places = {"action.skip": "a.md-skip", "footer.next": ".md-footer__link--next "
              ".md-footer__direction", "toc": "label.md-nav__title[for=__toc]"}
    shown = {key: _shown(project, "ui", "theme", key) for key in places}
    assert {lang for _, lang in shown.values()} == {NEW, DEFAULT}
    for key, selector in places.items():
        for place in page.select(selector):
            assert _read_in(place) == {shown[key][1]}, key
    site_name = _shown(project, "site", "name")
    for place in page.select(".md-header__topic:not([data-md-component]), "
                             "label.md-nav__title[for=__drawer]"):
        assert _read_in(place) == {site_name[1]}


def test_the_footer_keeps_the_language_of_each_of_its_texts(
        dutch_site: Path, dutch: tuple[Path, int, int]) -> None:
    project = dutch[0]
    page = _page(dutch_site, f"{NEW}/faq")
    publisher = page.select_one(".md-copyright__publisher")
    published_by = _shown(project, "ui", "strings", "published_by")[1]
    contact_us = _shown(project, "ui", "strings", "publisher_contact")[1]
    placeholder = _shown(project, "ui", "strings", "publisher_unset")[1]
    label = _shown(project, "site", "publisher", "contact", "label")[1]
    # Some of them translated, some not: the placeholder and the link are read in their own
    # language, inside a sentence that may be in another.
    assert {published_by, contact_us, placeholder, label} == {NEW, DEFAULT}
    assert _read_in(publisher.select_one(".placeholder")) == {placeholder}
    assert _read_in(publisher.select_one("a")) == {label}
    generator = _shown(project, "ui", "theme", "generator")[1]
    assert _read_in(page.select_one(".md-copyright__generator")) == {generator}


def _words(text: str) -> str:
    """A text without the typography pass's spaces, to compare with data/."""
    return " ".join(text.split())


def test_the_browser_tab_title_is_in_one_language_and_says_which(
        dutch_site: Path, dutch: tuple[Path, int, int]) -> None:
    project = dutch[0]
    titles = _per_page(project, "title")
    for kind, folder in PAGE_FILES.items():
        tab = _page(dutch_site, f"{NEW}/{folder}").title
        title, lang = titles[kind]
        # A title not translated yet comes with the site's name in its language: the whole
        # tab title is then in that language, and marked so.
        site_name = _shown(project, "site", "name")[0] if lang == NEW else \
            _text(project, "site", "name")[lang]
        assert _words(tab.string) == _words(f"{title} - {site_name}"), kind
        assert tab.get("lang") == (None if lang == NEW else lang), kind


def test_a_theme_text_is_marked_in_text_only() -> None:
    """Where the theme prints a title in an attribute, or the page's content reads like a title
    (a translated text may), nothing changes."""
    page = ('<html lang="nl"><head><title>Accueil</title></head><body>'
            '<a href="../" title="Accueil" aria-label="Accueil">\n  Accueil &amp; co\n</a>'
            '<nav><span>\nAccueil\n</span><span lang="en">Accueil</span></nav>'
            '<article><p>Accueil</p></article></body></html>')
    marked = mark_theme_texts(page, {"Accueil": DEFAULT, "Accueil & co": DEFAULT})
    assert marked == page.replace(
        "\n  Accueil &amp; co\n", f'\n  <span lang="{DEFAULT}" class="untranslated">Accueil '
        '&amp; co</span>\n').replace(
        "<span>\nAccueil\n", f'<span>\n<span lang="{DEFAULT}" class="untranslated">Accueil'
        '</span>\n')


# Every text of every page: a text of data/ not translated yet is read in the default language,
# a translated one in the page's.

# A {name} placeholder: a value filled in by the build, not words of the text.
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
_CUT = "\ue000"
# A piece of a text shorter than this (in letters and digits) could be anything: "2024", "IA".
_SHORTEST = 4
# Where a page's text is not read: code, styles, data for the scripts.
_NOT_READ = ("script", "style", "template")
# What a string of data/ that is not a text is written in: no language known (a name, a
# source's title, a quoted label: the same on every page).
_ANY = ""


def _compared(text: str) -> str:
    """A text as compared with data/: without the typography pass's spaces (set only for the
    language an element says it is in), its quotation marks alike, in lower case (a heading
    capitalises a date)."""
    text = re.sub(r"[«»“”„\"]", '"', text).replace("’", "'").casefold()
    text = re.sub(r"\s*([:;!?])", r"\1", " ".join(text.split()))
    return re.sub(r'"\s*(.*?)\s*"', r'"\1"', text)


def _telling(piece: str) -> bool:
    return len(re.findall(r"\w", piece)) >= _SHORTEST


def _pieces(text: str) -> list[str]:
    """The runs of words a text of data/ shows as on a page: its Markdown rendered, each of its
    text nodes, cut where a placeholder stands."""
    html = markdown.markdown(_PLACEHOLDER.sub(_CUT, text))
    return [piece for node in BeautifulSoup(html, "html.parser").find_all(string=True)
            for piece in map(_compared, node.split(_CUT)) if _telling(piece)]


def _strings(value: Any, languages: tuple[str, ...]) -> Iterator[str]:
    """Every string of data/ that is not a text."""
    if is_text(value, languages):
        return
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list):
        for item in value:
            yield from _strings(item, languages)
    elif isinstance(value, str):
        yield _compared(value)


def _written_in(project: Path) -> dict[str, set[str]]:
    """Every piece of a text that a Dutch page shows, with the language it is written in: the
    default language's where the text has no Dutch yet; and every other string of data/, in
    no language known. The same words may be in several."""
    languages = (*LANGUAGES, NEW)
    written: dict[str, set[str]] = {}
    for name in DATA_FILES:
        data = load_document(project / "data" / f"{name}.yml", f"data/{name}.yml")[0].data
        for string in filter(_telling, _strings(data, languages)):
            written.setdefault(string, set()).add(_ANY)
        for _, _, text in texts(data, languages):
            lang = NEW if str(text.get(NEW) or "").strip() else DEFAULT
            if isinstance(text[lang], str):
                for piece in _pieces(text[lang]):
                    written.setdefault(piece, set()).add(lang)
    return written


def _stands_in(text: str, piece: str, start: int) -> bool:
    """Whether `piece` is in `text` at `start` as whole words; a single word only where it is
    all of the text (any sentence may hold one: "Données" in a label of LinkedIn's)."""
    end = start + len(piece)
    if " " not in piece:
        return (start, end) == (0, len(text)) and text == piece
    return start >= 0 and text.startswith(piece, start) and not (
        text[end:end + 1].isalnum() and piece[-1].isalnum()) and not (
        start and text[start - 1].isalnum() and piece[0].isalnum())


def _languages_in(text: str, written: dict[str, set[str]],
                  index: dict[str, list[tuple[str, int]]]) -> set[str]:
    """The languages of the pieces of data/ that a page's text holds (each looked up by its
    first word). Words within longer words of data/ belong to these; words that could be in
    several languages, or in none known, tell nothing."""
    found = [(word.start() - offset, word.start() - offset + len(piece), written[piece])
             for word in re.finditer(r"\w+", text)
             for piece, offset in index.get(word.group(), ())
             if _stands_in(text, piece, word.start() - offset)]
    return {lang for start, end, langs in found
            if len(langs) == 1 and _ANY not in langs
            and not any(s <= start and end <= e and (s, e) != (start, end) for s, e, _ in found)
            for lang in langs}


# Both halves: a text left in French among Dutch ones, and a Dutch one among French ones.
@pytest.mark.parametrize("half", ["dutch", "other_half"])
def test_every_text_of_every_page_is_read_in_its_own_language(
        half: str, request: pytest.FixtureRequest) -> None:
    if half == "dutch":
        project, site = request.getfixturevalue("dutch")[0], request.getfixturevalue("dutch_site")
    else:
        project, site = request.getfixturevalue(half)
    written = _written_in(project)
    index: dict[str, list[tuple[str, int]]] = {}
    for piece in written:
        first = re.search(r"\w+", piece)
        index.setdefault(first.group(), []).append((piece, first.start()))
    pages = sorted((site / NEW).rglob("*.html"))
    assert len(pages) > len(PAGE_FILES)
    wrong, read = [], {NEW: 0, DEFAULT: 0}
    for path in pages:
        page = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
        for node in page.html.find_all(string=True):
            if isinstance(node, Comment) or node.find_parent(_NOT_READ):
                continue
            langs = _languages_in(_compared(node), written, index)
            holder = node.find_parent(lambda tag: tag.has_attr("lang"))["lang"] if langs else ""
            # The browser tab's title holds text only: a title translated, with the site's
            # name not yet, stays in the page's language (render/interface.py: tab_title).
            if node.parent.name == "title" and node.parent.parent.name == "head" and \
                    holder in langs:
                continue
            if langs == {holder}:
                read[holder] += 1
            elif langs:
                wrong.append(f"{path.relative_to(site)}: {' '.join(node.split())!r} is "
                             f"read in {holder}, written in {' and '.join(sorted(langs))}")
    # Texts of both kinds were found, in their number.
    assert read[NEW] > 200 and read[DEFAULT] > 200, read
    assert wrong == [], f"{len(wrong)} text(s) read in the wrong language:\n" + "\n".join(wrong)
