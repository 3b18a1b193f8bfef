"""The act page in a browser: the fields fill the ready texts in the page, the copy button
copies the text as filled, nothing leaves the page or is stored while the reader types, and
without JavaScript every text is there in full; printed, the fields and buttons stay off paper."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from conftest import LANGUAGES, ROOT, page_url, typeset
from explainer.model.content import load_content

CONTENT = load_content(ROOT / "data", LANGUAGES)
DETAILS = {"name": "Camille Martin", "email": "camille@example.org",
           "profile": "https://www.linkedin.com/in/camille-martin"}
# The date picker's value, and how each language writes it out.
PICKED = "2025-10-30"
WRITTEN = {"fr": "30 octobre 2025", "en": "30 October 2025"}


def _open(new_page, server: str, lang: str, **options):
    page = new_page(390, 844, **options)
    page.goto(server + page_url("act", lang))
    return page


def _fill(page) -> None:
    for name, value in DETAILS.items():
        page.fill(f"#act-{name}", value)
    page.fill("#act-objection_date", PICKED)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_fields_fill_every_text_in_the_page(server, new_page, lang: str) -> None:
    page = _open(new_page, server, lang)
    assert page.is_visible("[data-act-fields]")
    _fill(page)
    text = page.inner_text("#eu-eea-object-text [data-letter-text]")
    for value in DETAILS.values():
        assert value in text
    assert WRITTEN[lang] in text
    placeholders = [f["placeholder"][lang] for f in CONTENT.data["act"]["fields"]["items"]]
    body = page.inner_text("article")
    assert not [p for p in placeholders if p in body]
    # Emptied, a field shows its placeholder again.
    page.fill("#act-name", "")
    assert placeholders[0] in page.inner_text("#hong-kong-access-text")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_copy_button_copies_the_filled_text(server, new_page, lang: str) -> None:
    page = _open(new_page, server, lang, permissions=["clipboard-read", "clipboard-write"])
    _fill(page)
    page.click("#united-kingdom-object-text .letter__copy")
    page.wait_for_function("() => document.querySelector("
                           "'#united-kingdom-object-text .letter__status').textContent !== ''")
    copied = page.evaluate("() => navigator.clipboard.readText()")
    letter = CONTENT.data["act"]["letters"]["object"]
    assert copied.startswith(typeset(letter["subject"][lang], lang) + "\n\n")
    assert copied.endswith("\n\n" + "\n".join(DETAILS.values()))
    assert WRITTEN[lang] in copied
    optional = typeset(CONTENT.data["ui"]["strings"]["act_optional"][lang], lang)
    assert optional not in copied  # the tag is for the page, not for LinkedIn
    assert "[" not in copied and "{" not in copied
    status = page.inner_text("#united-kingdom-object-text .letter__status")
    assert status == typeset(CONTENT.data["ui"]["strings"]["act_copied"][lang], lang)


def test_the_optional_sentence_can_be_left_out(server, new_page) -> None:
    lang = LANGUAGES[0]
    page = _open(new_page, server, lang, permissions=["clipboard-read", "clipboard-write"])
    sentence = typeset(next(p["text"][lang]
                            for p in CONTENT.data["act"]["letters"]["object"]["paragraphs"]
                            if p.get("optional")), lang)
    page.click("#eu-eea-object-text .letter__copy")
    page.wait_for_function("() => document.querySelector("
                           "'#eu-eea-object-text .letter__status').textContent !== ''")
    assert sentence in page.evaluate("() => navigator.clipboard.readText()")
    page.uncheck("#act-optional")
    assert not page.is_visible("#eu-eea-object-text .letter__optional")
    page.click("#eu-eea-object-text .letter__copy")
    page.wait_for_timeout(100)
    assert sentence not in page.evaluate("() => navigator.clipboard.readText()")


def test_filling_the_fields_sends_and_stores_nothing(server, new_page) -> None:
    page = new_page(390, 844)
    page.goto(server + page_url("act", LANGUAGES[0]), wait_until="networkidle")
    # The browser fetches the page's icon when it chooses, sometimes after the page is idle: that
    # fetch carries nothing of the reader's. Every other request counts.
    icon = page.evaluate("document.querySelector('link[rel~=icon]').href")
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url)
            if request.url != icon else None)
    page.on("websocket", lambda socket: requests.append(socket.url))
    _fill(page)
    page.click("#canada-withdraw-consent-text .letter__copy")
    page.keyboard.press("Tab")
    page.wait_for_timeout(500)
    assert requests == []
    # The theme keeps its own settings in localStorage; none of the reader's details goes there.
    stored = page.evaluate("""() => [
        Object.keys(localStorage).map((key) => localStorage.getItem(key)).join(" "),
        sessionStorage.length, document.cookie]""")
    assert not [value for value in DETAILS.values() if value in stored[0]]
    assert stored[1:] == [0, ""]
    assert urlsplit(page.url).query == ""


@pytest.mark.parametrize("lang", LANGUAGES)
def test_without_javascript_every_text_is_complete_and_selectable(server, new_page,
                                                                  lang: str) -> None:
    page = _open(new_page, server, lang, java_script_enabled=False)
    assert not page.is_visible("[data-act-fields]")
    assert not page.is_visible(".letter__copy")
    region = CONTENT.data["regions"]["regions"][0]
    text = page.inner_text(f"#{region['id']}-access-text [data-letter-text]")
    subject = typeset(CONTENT.data["act"]["letters"]["access"]["subject"][lang], lang)
    assert subject in text
    assert CONTENT.data["act"]["fields"]["items"][0]["placeholder"][lang] in text
    selected = page.evaluate("""(selector) => {
        const range = document.createRange();
        range.selectNodeContents(document.querySelector(selector));
        const selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
        return selection.toString();
    }""", f"#{region['id']}-access-text [data-letter-text]")
    assert subject in selected


def test_printed_page_keeps_the_texts_and_drops_the_controls(server, new_page) -> None:
    page = _open(new_page, server, LANGUAGES[0])
    page.emulate_media(media="print")
    assert not page.is_visible("[data-act-fields]")
    assert not page.is_visible(".letter__copy")
    assert page.is_visible("#hong-kong-authority-complaint-text [data-letter-text]")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_copy_says_which_placeholders_are_still_unfilled(server, new_page, lang: str) -> None:
    """A text copied with placeholders left says so, names them and links back to the fields,
    whose first empty one then takes the keyboard."""
    page = _open(new_page, server, lang, permissions=["clipboard-read", "clipboard-write"])
    strings = CONTENT.data["ui"]["strings"]
    placeholders = {f["id"]: f["placeholder"][lang] for f in CONTENT.data["act"]["fields"]["items"]}
    page.fill("#act-name", DETAILS["name"])
    page.fill("#act-profile", DETAILS["profile"])
    status = "#united-kingdom-object-text .letter__status"
    page.click("#united-kingdom-object-text .letter__copy")
    page.wait_for_function(f"() => document.querySelector('{status}').textContent !== ''")
    said = page.inner_text(status)
    assert said.startswith(typeset(strings["act_copied_unfilled"][lang], lang))
    assert placeholders["email"] in said and placeholders["objection_date"] in said
    assert said.index(placeholders["objection_date"]) < said.index(placeholders["email"])
    assert placeholders["name"] not in said and placeholders["profile"] not in said
    link = page.locator(f"{status} a")
    assert link.inner_text() == typeset(strings["act_fill_fields"][lang], lang)
    link.click()
    page.wait_for_function("() => document.activeElement.id === 'act-email'")
    # Once every field is filled, the copy says only that it is done.
    page.fill("#act-email", DETAILS["email"])
    page.fill("#act-objection_date", PICKED)
    page.click("#united-kingdom-object-text .letter__copy")
    page.wait_for_function(f"() => !document.querySelector('{status} a')")
    assert page.inner_text(status) == typeset(strings["act_copied"][lang], lang)


def test_a_left_out_sentence_does_not_count_as_unfilled(server, new_page) -> None:
    """Placeholders of a paragraph the reader left out are not asked for."""
    page = _open(new_page, server, LANGUAGES[0], permissions=["clipboard-read", "clipboard-write"])
    _fill(page)
    page.uncheck("#act-optional")
    page.click("#eu-eea-object-text .letter__copy")
    status = "#eu-eea-object-text .letter__status"
    page.wait_for_function(f"() => document.querySelector('{status}').textContent !== ''")
    assert page.inner_text(status) == typeset(
        CONTENT.data["ui"]["strings"]["act_copied"][LANGUAGES[0]], LANGUAGES[0])
