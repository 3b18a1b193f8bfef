"""The one-page handout: an A4 portrait PDF per language, text that can be selected, a QR code
that opens the guide in that language, drawn again only when what it shows changes."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from types import SimpleNamespace

import pypdfium2
import pytest
import zxingcpp
from conftest import LANGUAGES, ROOT, typeset
from explainer.model.clock import long_date
from explainer.model.content import load_content
from explainer.outputs import handout as handouts
from explainer.outputs.handout import cached_handout, creation_instant, draw, handout_for
from pypdf import PdfReader

CONTENT = load_content(ROOT / "data", LANGUAGES)
NOW = datetime(2026, 11, 22, 12, tzinfo=UTC)
SITE = "https://linkedin-ia.example.org/"
A4_POINTS = (595.28, 841.89)


def _addresses(lang: str) -> tuple[str, str]:
    prefix = "" if lang == LANGUAGES[0] else f"{lang}/"
    return f"{SITE}{prefix}guide/", f"{SITE}{prefix}act/"


@cache
def _pdf(lang: str) -> bytes:
    view = CONTENT.view(lang, NOW)
    return draw(handout_for(view, *_addresses(lang)), creation_instant(view))


def qr_codes(pdf: bytes) -> list[str]:
    """What the QR codes of the first page say, read from the page drawn at 150 dpi."""
    document = pypdfium2.PdfDocument(pdf)
    image = document[0].render(scale=150 / 72).to_pil().convert("L")
    return [code.text for code in zxingcpp.read_barcodes(image)]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_handout_is_one_a4_portrait_page(lang: str) -> None:
    reader = PdfReader(io.BytesIO(_pdf(lang)))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width), 1), round(float(box.height), 1)) == \
        (round(A4_POINTS[0], 1), round(A4_POINTS[1], 1))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_qr_code_opens_the_guide_in_the_handouts_language(lang: str) -> None:
    assert qr_codes(_pdf(lang)) == [_addresses(lang)[0]]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_handout_text_can_be_selected(lang: str) -> None:
    text = " ".join(PdfReader(io.BytesIO(_pdf(lang))).pages[0].extract_text().split())
    handout = CONTENT.data["act"]["handout"]
    assert typeset(handout["steps_title"][lang], lang) in text
    assert CONTENT.data["guide"]["settings_link"]["url"] in text
    assert _addresses(lang)[0] in text
    # The labels of the page's language (the first wording of the setting's name).
    assert CONTENT.data["guide"]["labels"]["gai-setting"][lang][0]["text"] in text
    # The date the facts were checked, written out in the page's language.
    assert long_date(CONTENT.data["site"]["updated"], CONTENT.view(lang, NOW).locale) in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_direct_link_carries_the_guides_caveat(lang: str) -> None:
    # No official page gives the setting's address: the handout says so under it, as the guide
    # does next to its button, and points to the path printed above.
    text = " ".join(PdfReader(io.BytesIO(_pdf(lang))).pages[0].extract_text().split())
    url = CONTENT.data["guide"]["settings_link"]["url"]
    hint = " ".join(typeset(CONTENT.data["act"]["handout"]["link_hint"][lang], lang).split())
    assert url in text and hint in text
    assert text.index(hint) > text.index(url)


def test_french_handout_speaks_french_and_english_one_english() -> None:
    french = PdfReader(io.BytesIO(_pdf("fr"))).pages[0].extract_text()
    english = PdfReader(io.BytesIO(_pdf("en"))).pages[0].extract_text()
    assert "Désactivez" in french and "Switch the toggle off" not in french
    assert "Switch the toggle off" in english and "Désactivez" not in english


def test_a_label_known_only_in_another_language_says_so() -> None:
    """A step whose label the sources give only in English shows it, named as English."""

    class View:
        lang = "fr"

        def data(self, name: str) -> SimpleNamespace:
            label = {"en": [SimpleNamespace(text="Settings")]}
            handout = SimpleNamespace(label="« {label} »", other_language="{label} (en {language})")
            return {"guide": SimpleNamespace(labels={"app-settings": label}),
                    "act": SimpleNamespace(handout=handout)}[name]

    assert handouts._label(View(), "app-settings") == "« Settings » (en anglais)"


def test_handout_too_long_for_one_page_is_refused() -> None:
    view = CONTENT.view("en", NOW)
    handout = handout_for(view, *_addresses("en"))
    with pytest.raises(ValueError, match="one page"):
        draw(replace(handout, summary="Far too long. " * 200), creation_instant(view))


def test_same_words_same_file() -> None:
    assert _pdf("fr") == _pdf("fr")


def test_handout_is_drawn_again_only_when_its_words_change(tmp_path: Path, monkeypatch) -> None:
    view = CONTENT.view("fr", NOW)
    handout = handout_for(view, *_addresses("fr"))
    created = creation_instant(view)
    first = cached_handout(handout, created, tmp_path)
    drawn = []
    original = handouts.draw
    monkeypatch.setattr(handouts, "draw", lambda h, c: drawn.append(h) or original(h, c))
    assert cached_handout(handout, created, tmp_path) == first
    assert drawn == []
    changed = cached_handout(replace(handout, title="Autre titre"), created, tmp_path)
    assert changed != first and len(drawn) == 1
