"""Deep links: every guide step, question and legal section has an anchor that is the same in
every language and a visible link to itself; the language switcher keeps the anchor; a targeted
step opens its tab; "copy link" copies the address of the step the reader is on."""

from __future__ import annotations

from urllib.parse import urljoin

import pytest
from conftest import LANGUAGES, PROJECT, ROOT, load_yaml, page_url

SITE_URL = PROJECT.site_url
GUIDE = load_yaml(ROOT / "data" / "guide.yml")
FAQ = load_yaml(ROOT / "data" / "faq.yml")
LAW = load_yaml(ROOT / "data" / "law.yml")
UI = load_yaml(ROOT / "data" / "ui.yml")
STEPS = [f"{tab['id']}-{step['id']}"
         for path in GUIDE["paths"] for tab in path["tabs"] for step in path["steps"]]
QUESTIONS = [q["id"] for q in FAQ["questions"]]
LAW_SECTIONS = [s["id"] for s in LAW["sections"]] + [LAW["authorities"]["id"]]
# A step of the last platform tab: hidden until its tab is chosen.
HIDDEN_STEP = STEPS[-1]
OTHER = {lang: next(o for o in LANGUAGES if o != lang) for lang in LANGUAGES}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_guide_step_links_to_itself(soup, lang: str) -> None:
    doc = soup("guide", lang)
    for step in STEPS:
        anchor = doc.find(id=step)
        assert anchor is not None, step
        link = anchor.find_parent("li").find("a", class_="step-link", href=f"#{step}")
        assert link is not None, step
        assert link.get_text(strip=True)
        assert link["aria-label"] == UI["strings"]["link_to_step"][lang]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(("kind", "ids"), [("faq", QUESTIONS), ("law", LAW_SECTIONS)])
def test_every_question_and_legal_section_links_to_itself(soup, kind, ids, lang: str) -> None:
    doc = soup(kind, lang)
    for anchor in ids:
        heading = doc.find(id=anchor)
        assert heading is not None and heading.name in ("h2", "h3"), anchor
        link = heading.find("a", class_="headerlink", href=f"#{anchor}")
        assert link is not None, anchor
        assert link["title"] == UI["strings"]["link_to_section"][lang]


def test_anchors_are_the_same_in_every_language(soup) -> None:
    for kind in ("guide", "faq", "law"):
        ids = [{tag["id"] for tag in soup(kind, lang).select("article [id]")
                if not tag["id"].startswith("__")} for lang in LANGUAGES]
        # The page title's id follows its words; every other anchor comes from data ids.
        titles = [soup(kind, lang).find("h1").get("id") for lang in LANGUAGES]
        assert all(i - {t} == ids[0] - {titles[0]} for i, t in zip(ids, titles, strict=True))


def _switch_language(page, lang: str) -> None:
    page.locator(".md-header__option .md-select").first.hover()
    page.locator(f'a.md-select__link[hreflang="{lang}"]').click()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_switching_language_keeps_the_anchor_and_shows_the_step(server, new_page,
                                                                 lang: str) -> None:
    page = new_page(390, 844)
    page.goto(f"{server}{page_url('guide', lang)}#{HIDDEN_STEP}")
    step = page.locator(f'[id="{HIDDEN_STEP}"] >> xpath=..')
    step.wait_for(state="visible")
    assert step.is_visible()
    other = OTHER[lang]
    _switch_language(page, other)
    page.wait_for_url(f"{server}{page_url('guide', other)}#{HIDDEN_STEP}")
    page.locator(f'[id="{HIDDEN_STEP}"] >> xpath=..').wait_for(state="visible")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_switcher_follows_an_anchor_chosen_on_the_page(server, new_page, lang: str) -> None:
    page = new_page(1280, 800)
    page.goto(server + page_url("faq", lang))
    page.locator(f'a.headerlink[href="#{QUESTIONS[1]}"]').click()
    href = page.locator(f'a.md-select__link[hreflang="{OTHER[lang]}"]').get_attribute("href")
    assert href.endswith(f"#{QUESTIONS[1]}")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_copy_link_copies_the_address_of_the_current_step(server, new_page, lang: str) -> None:
    page = new_page(390, 844, permissions=["clipboard-read", "clipboard-write"])
    page.goto(server + page_url("guide", lang))
    page.locator(f'a.step-link[href="#{STEPS[1]}"]').click()
    button = page.get_by_role("button", name=UI["strings"]["share_copy"][lang])
    button.click()
    page.get_by_role("status").filter(has_text=UI["strings"]["share_copied"][lang]).wait_for()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == f"{urljoin(SITE_URL, page_url('guide', lang))}#{STEPS[1]}"
    assert page.locator(".share__url").input_value() == copied
