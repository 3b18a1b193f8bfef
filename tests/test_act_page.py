"""The act page, as built: a finder at the top, then for each region, in each language, what the
law gives, a ready text to say no (object, or withdraw consent where the law rests on consent), a
ready access request and how to complain, each text citing that region's own law; the handout
beside it; links to it from the home page, the end of the guide and the law page."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import LANGUAGES, ROOT, load_yaml, page_url, typeset
from explainer.model.content import load_content
from test_handout import qr_codes

CONTENT = load_content(ROOT / "data", LANGUAGES)
REGIONS = CONTENT.data["regions"]["regions"]
UI = CONTENT.data["ui"]["strings"]
SITE_URL = load_yaml(ROOT / "mkdocs.yml")["site_url"]
CASES = [(lang, region["id"]) for lang in LANGUAGES for region in REGIONS]


def _region(region_id: str) -> dict:
    return next(r for r in REGIONS if r["id"] == region_id)


def references(region: dict, lang: str) -> dict[str, str]:
    """The region's articles, as its texts quote them."""
    found = {"right_ref": region["object"]["article"], "access_ref": region["access"]["article"],
             "authority_ref": region["complaint"].get("article"),
             "company_ref": region["complaint"]["linkedin_first"].get("article")}
    return {name: text[lang] for name, text in found.items() if text}


def _words(element) -> str:
    return " ".join(element.get_text(" ").split())


def _section(doc, heading_id: str) -> str:
    """The words under a heading, up to the next heading."""
    parts = []
    for element in doc.find(id=heading_id).find_next_siblings():
        if element.name in ("h2", "h3"):
            break
        parts.append(_words(element))
    return " ".join(parts)


def _letter(doc, letter_id: str) -> str:
    figure = doc.find("figure", id=letter_id)
    assert figure is not None, letter_id
    return _words(figure.find(attrs={"data-letter-text": True}))


@pytest.mark.parametrize(("lang", "region_id"), CASES)
def test_each_region_has_its_section_and_four_parts(soup, lang: str, region_id: str) -> None:
    doc = soup("act", lang)
    heading = doc.find("h2", id=region_id)
    assert heading is not None
    assert _words(heading).startswith(_region(region_id)["name"][lang])
    for part in ("rights", "say-no", "access", "complain"):
        assert doc.find("h3", id=f"{region_id}-{part}") is not None, part


@pytest.mark.parametrize(("lang", "region_id"), CASES)
def test_rights_cite_the_regions_articles(soup, lang: str, region_id: str) -> None:
    doc = soup("act", lang)
    refs = references(_region(region_id), lang)
    text = _section(doc, f"{region_id}-rights")
    assert refs["right_ref"] in text and refs["access_ref"] in text
    assert "{" not in text


@pytest.mark.parametrize(("lang", "region_id"), CASES)
def test_ready_texts_cite_the_regions_own_law(soup, lang: str, region_id: str) -> None:
    doc = soup("act", lang)
    region = _region(region_id)
    refs = references(region, lang)
    kind = region["object"]["kind"]
    say_no = _letter(doc, f"{region_id}-{kind}-text")
    assert refs["right_ref"] in say_no
    assert refs["access_ref"] in _letter(doc, f"{region_id}-access-text")
    complaint = _letter(doc, f"{region_id}-authority-complaint-text")
    assert refs["right_ref"] in complaint
    for other in REGIONS:
        if other is not region:
            for name, value in references(other, lang).items():
                if value not in refs.values() and not any(value in own for own in refs.values()):
                    assert value not in say_no + complaint, (name, value)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_consent_based_regions_withdraw_consent_and_others_object(soup, lang: str) -> None:
    doc = soup("act", lang)
    for region in REGIONS:
        kind = region["object"]["kind"]
        other = "object" if kind == "withdraw-consent" else "withdraw-consent"
        assert doc.find("figure", id=f"{region['id']}-{kind}-text") is not None
        assert doc.find("figure", id=f"{region['id']}-{other}-text") is None
        title = _words(doc.find("h3", id=f"{region['id']}-say-no"))
        expected = UI["act_object" if kind == "object" else "act_withdraw"][lang]
        assert title.startswith(expected)
    assert {r["id"] for r in REGIONS if r["object"]["kind"] == "withdraw-consent"} == \
        {"canada", "hong-kong"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_particular_situation_only_where_the_law_asks(soup, lang: str) -> None:
    doc = soup("act", lang)
    for region in REGIONS:
        figure = doc.find("figure", id=f"{region['id']}-{region['object']['kind']}-text")
        optional = figure.find_all("p", class_="letter__optional")
        assert len(optional) == (1 if region["object"]["particular_situation"] else 0)
    assert {r["id"] for r in REGIONS if r["object"]["particular_situation"]} == \
        {"eu-eea", "united-kingdom"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_uk_complains_to_linkedin_first_under_the_2025_act(soup, lang: str) -> None:
    doc = soup("act", lang)
    first = _region("united-kingdom")["complaint"]["linkedin_first"]
    step = _section(doc, "united-kingdom-complain")
    assert UI["act_first"][lang] in step
    text = first["text"]["after"] if "after" in first["text"] else first["text"]
    assert " ".join(text[lang].split()) in step
    assert first["article"][lang] in _letter(doc, "united-kingdom-company-complaint-text")
    assert first["article"][lang] not in _letter(doc, "eu-eea-company-complaint-text")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_finder_names_every_place(soup, lang: str) -> None:
    doc = soup("act", lang)
    finder = doc.find("h2", id="where").find_next_sibling("ul")
    links = [a["href"] for a in finder.find_all("a")]
    assert links == [f"#{r['id']}" for r in REGIONS]
    text = _words(finder)
    # The EU and EEA countries are named; so is Québec.
    for region_id in ("eu-eea", "canada"):
        places = _region(region_id)["places"]["text"][lang]
        assert " ".join(places.split()) in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_placeholders_show_as_such_and_texts_are_complete(soup, lang: str) -> None:
    doc = soup("act", lang)
    placeholders = {f["id"]: f["placeholder"][lang] for f in CONTENT.data["act"]["fields"]["items"]}
    slots = doc.find_all("span", attrs={"data-slot": True})
    assert {s["data-slot"] for s in slots} == set(placeholders)
    for slot in slots:
        assert slot.get_text() == placeholders[slot["data-slot"]]
    for text in doc.find_all(attrs={"data-letter-text": True}):
        assert not re.search(r"[{}]", text.get_text())


@pytest.mark.parametrize("lang", LANGUAGES)
def test_without_javascript_no_dead_controls(soup, lang: str) -> None:
    doc = soup("act", lang)
    fields = doc.find(attrs={"data-act-fields": True})
    assert fields.has_attr("hidden")
    assert CONTENT.data["act"]["fields"]["intro"][lang].split(":")[0] in _words(fields)
    assert not fields.find("form")
    buttons = doc.find_all("button", class_="letter__copy")
    assert len(buttons) == 4 * len(REGIONS)
    assert all(button.has_attr("hidden") for button in buttons)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_page_says_it_is_not_legal_advice(soup, lang: str) -> None:
    assert CONTENT.data["act"]["not_advice"][lang] in _words(soup("act", lang))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_script_is_deferred_and_only_on_this_page(soup, lang: str) -> None:
    def scripts(kind: str) -> list:
        return [s for s in soup(kind, lang).find_all("script", src=True)
                if re.search(r"/act\.[0-9a-f]{8}\.min\.js$", s["src"])]

    (script,) = scripts("act")
    assert script.has_attr("defer")
    assert scripts("guide") == [] and scripts("home") == []


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", ["home", "guide", "law"])
def test_act_page_is_linked_from(soup, kind: str, lang: str) -> None:
    links = [a for a in soup(kind, lang).select("article a") if a["href"].rstrip("/")
             .endswith("act")]
    assert links and UI["act_link"][lang] in _words(links[0])


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", ["act", "guide"])
def test_handout_is_linked_and_its_qr_code_opens_the_guide(site: Path, soup, kind: str,
                                                         lang: str) -> None:
    (link,) = soup(kind, lang).select("a.act-handout__link")
    pdf = (site / page_url(kind, lang) / link["href"]).resolve()
    assert pdf.name == CONTENT.data["act"]["handout"]["file"].replace("{lang}", lang)
    assert qr_codes(pdf.read_bytes()) == [SITE_URL + page_url("guide", lang)]


ACT = CONTENT.data["act"]
AUTHORITIES = {a["id"]: a for a in CONTENT.data["regions"]["authorities"]["items"]}


def _reports(region: dict) -> bool:
    return all(AUTHORITIES[a].get("takes") == "reports" for a in region["complaint"]["authorities"])


@pytest.mark.parametrize("lang", LANGUAGES)
def test_fields_come_before_the_places(soup, lang: str) -> None:
    """A reader fills the fields in, then taps where they live: the fields must not be skipped
    by the jump to a region."""
    doc = soup("act", lang)
    order = [element for element in doc.find("article").find_all(True)
             if element.has_attr("data-act-fields") or element.get("id") == "where"
             or element.get("id") == REGIONS[0]["id"]]
    assert [e.get("id") for e in order] == ["act-fields", "where", REGIONS[0]["id"]]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_objection_form_caveat_is_given_once(soup, lang: str) -> None:
    doc = soup("act", lang)
    form = CONTENT.data["guide"]["form"]
    note = typeset(form["url_note"][lang], lang)
    assert _words(doc.find("article")).count(" ".join(note.split())) == 1
    buttons = [a for a in doc.select("article a.md-button") if a["href"] == form["url"]]
    assert len(buttons) == len(REGIONS)
    # Said before the places, where every reader passes, and with its sources.
    caveat = doc.find(class_="act-form-note")
    assert caveat.find_next("h2")["id"] == "where"
    assert caveat.find("details")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_other_language_pointer_where_the_authority_reads_another_language(site: Path, soup,
                                                                          lang: str) -> None:
    """French readers of the UK and Hong Kong sections are sent to the same section of the
    English page; the English page says nothing of the kind."""
    doc = soup("act", lang)
    entries = [e for e in ACT["regions"] if "write_in" in e]
    assert {e["region"] for e in entries} == {"united-kingdom", "hong-kong"}
    for entry in entries:
        section = doc.find("h2", id=entry["region"])
        pointer = section.find_next_sibling(class_="act-write-in")
        if lang in entry["write_in"]["languages"]:
            assert pointer is None or pointer.find_previous_sibling("h2") is not section
            continue
        assert pointer.find_previous_sibling("h2") is section
        target = next(code for code in entry["write_in"]["languages"] if code in LANGUAGES)
        (link,) = pointer.find_all("a", hreflang=target)
        page, _, anchor = link["href"].partition("#")
        assert anchor == entry["region"]
        landed = (site / page_url("act", lang) / page / "index.html").resolve()
        assert landed == (site / page_url("act", target) / "index.html").resolve()
        assert soup("act", target).find("h2", id=anchor) is not None
        assert pointer.find("details")  # its sources


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_authority_that_takes_reports_gets_a_report(soup, lang: str) -> None:
    """The FDPIC does not handle individual complaints: the link, the caption and the letter
    say "report", and what it does is said once."""
    doc = soup("act", lang)
    reporting = [r for r in REGIONS if _reports(r)]
    assert [r["id"] for r in reporting] == ["switzerland"]
    for region in REGIONS:
        figure = doc.find("figure", id=f"{region['id']}-authority-complaint-text")
        kind = "authority-report" if _reports(region) else "authority-complaint"
        caption = UI["act_report_text" if _reports(region) else "act_authority_text"][lang]
        assert _words(figure.find("figcaption")) == typeset(caption, lang)
        subject = typeset(ACT["letters"][kind]["subject"][lang], lang)
        assert _words(figure.find(class_="letter__subject")) == " ".join(subject.split())
        step = _section(doc, f"{region['id']}-complain")
        label = UI["report" if _reports(region) else "complain"][lang]
        for authority in region["complaint"]["authorities"]:
            if AUTHORITIES[authority].get("complaint_url"):
                links = doc.find("h3", id=f"{region['id']}-complain").find_all_next(
                    "a", href=AUTHORITIES[authority]["complaint_url"], limit=1)
                assert _words(links[0]) == typeset(label, lang)
        if _reports(region):
            assert UI["complain"][lang] not in step
            text = " ".join(typeset(region["complaint"]["text"][lang], lang).split())
            assert step.count(text) == 1


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.strip()) > 20]


@pytest.mark.parametrize(("lang", "region_id"), CASES)
def test_complaint_step_says_each_thing_once(soup, lang: str, region_id: str) -> None:
    """Step 2 (the authorities, their notes, the region's text) repeats no sentence, nor one
    of step 1."""
    doc = soup("act", lang)
    heading = doc.find("h3", id=f"{region_id}-complain")
    words = []
    for element in heading.find_next_siblings():
        if element.name in ("h2", "h3"):
            break
        if element.name == "figure":
            continue
        for details in element.find_all("details"):
            details.extract()
        words.append(_words(element))
    sentences = _sentences(" ".join(words))
    assert sentences and len(sentences) == len(set(sentences)), sentences


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_page_says_where_to_send_the_texts_to_linkedin(soup, lang: str) -> None:
    doc = soup("act", lang)
    channel = " ".join(typeset(ACT["company_channel"][lang], lang).split())
    for region in REGIONS:
        entry = next(e for e in ACT["regions"] if e["region"] == region["id"])
        assert " ".join(typeset(entry["access"]["text"][lang], lang).split()) in \
            _section(doc, f"{region['id']}-access")
        assert entry["access"].get("sources")
        assert channel in _section(doc, f"{region['id']}-complain")
