"""Home and guide offer plain share links (no script from the services) with a prefilled
message in the page's language, and the page's address to copy, even without JavaScript."""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import parse_qs, unquote, urljoin, urlsplit

import pytest
from conftest import LANGUAGES, PAGE_FILES, PROJECT, ROOT, load_yaml, page_url, typeset
from explainer.model.content import load_content
from explainer.outputs.previews import share_block

SITE_URL = PROJECT.site_url
SHARE = load_yaml(ROOT / "data" / "share.yml")
UI = load_yaml(ROOT / "data" / "ui.yml")
SHARED = list(SHARE["messages"])
CONTENT = load_content(ROOT / "data", LANGUAGES)
SERVICE_HOSTS = {"linkedin": "www.linkedin.com", "x": "x.com", "bluesky": "bsky.app",
                 "mastodon": "share.joinmastodon.org", "whatsapp": "wa.me",
                 "facebook": "www.facebook.com"}


def _links(doc) -> dict[str, str]:
    block = doc.find("aside", class_="share")
    return {a.get_text(strip=True): a for a in block.find_all("a", class_="share__link")}


def _name(service: dict, lang: str) -> str:
    return service["name"] if isinstance(service["name"], str) else service["name"][lang]


def test_home_and_guide_are_the_shared_pages() -> None:
    assert sorted(SHARED) == ["guide", "home"]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", SHARED)
def test_share_links_name_every_service(soup, kind: str, lang: str) -> None:
    doc = soup(kind, lang)
    block = doc.find("aside", class_="share")
    assert block.find("h2").get_text(strip=True) == UI["strings"]["share_title"][lang]
    links = _links(doc)
    assert list(links) == [_name(s, lang) for s in SHARE["services"]]
    assert {s["id"] for s in SHARE["services"]} >= {*SERVICE_HOSTS, "email"}
    for service in SHARE["services"]:
        link = links[_name(service, lang)]
        href = link["href"]
        if service["id"] in SERVICE_HOSTS:
            assert urlsplit(href).netloc == SERVICE_HOSTS[service["id"]]
            assert link["target"] == "_blank"
            assert set(link["rel"]) == {"noopener", "noreferrer"}
        else:
            assert href.startswith("mailto:")
        # "Share on <service>", or the service's own label where that does not fit (e-mail).
        label = service["label"][lang] if "label" in service else \
            UI["strings"]["share_on"][lang].replace("{service}", _name(service, lang))
        assert link["aria-label"] == link["title"] == label


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", SHARED)
def test_share_links_carry_the_page_address_and_message(soup, kind: str, lang: str) -> None:
    address = urljoin(SITE_URL, page_url(kind, lang))
    message = SHARE["messages"][kind]
    # The site is built with a clock after the start of training (conftest).
    message_start = message.get("after", message)[lang].split("{")[0][:25]
    links = _links(soup(kind, lang))
    for service in SHARE["services"]:
        href = links[_name(service, lang)]["href"]
        parts = urlsplit(href)
        # Every value is URL-encoded: the address never leaks unencoded into the query.
        assert address not in parts.query
        text = unquote(parts.query + parts.fragment)
        assert address in text
        if "{text}" in service["url"]:
            assert message_start in text
            assert "{" not in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_message_gives_the_key_date_in_the_page_language(soup, lang: str) -> None:
    href = _links(soup("home", lang))["WhatsApp"]["href"]
    text = parse_qs(urlsplit(href).query)["text"][0]
    assert ("3 novembre 2025" if lang == "fr" else "3 November 2025") in text
    assert text.startswith(SHARE["messages"]["home"]["after"][lang].split("{")[0])


@pytest.mark.parametrize(("current", "moment"), [
    (datetime(2025, 11, 2, 22, 59, 59, tzinfo=UTC), "before"),  # 23:59:59 in Paris
    (datetime(2025, 11, 2, 23, 0, tzinfo=UTC), "after"),
])
def test_message_changes_tense_when_training_starts(current, moment: str) -> None:
    for lang in LANGUAGES:
        block = share_block("home", CONTENT.view(lang, current), "https://example.org/")
        whatsapp = next(link for link in block["links"] if link["id"] == "whatsapp")
        text = parse_qs(urlsplit(whatsapp["href"]).query)["text"][0]
        assert text.startswith(SHARE["messages"]["home"][moment][lang].split("{")[0])


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", SHARED)
def test_address_can_be_copied_without_javascript(soup, kind: str, lang: str) -> None:
    block = soup(kind, lang).find("aside", class_="share")
    field = block.find("input", class_="share__url")
    assert field["value"] == urljoin(SITE_URL, page_url(kind, lang))
    assert field.has_attr("readonly")
    label = block.find("label", attrs={"for": field["id"]})
    assert label.get_text(strip=True) == typeset(UI["strings"]["share_link"][lang], lang)
    # The button copies with JavaScript only: without it, it stays hidden.
    button = block.find("button", class_="share__button")
    assert button.has_attr("hidden")
    assert button.get_text(strip=True) == UI["strings"]["share_copy"][lang]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", [k for k in PAGE_FILES if k not in SHARED])
def test_other_pages_have_no_share_block(soup, kind: str, lang: str) -> None:
    assert soup(kind, lang).find("aside", class_="share") is None


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", list(PAGE_FILES))
def test_no_script_comes_from_another_host(soup, kind: str, lang: str) -> None:
    for script in soup(kind, lang).find_all("script", src=True):
        assert not urlsplit(script["src"]).netloc, script["src"]
