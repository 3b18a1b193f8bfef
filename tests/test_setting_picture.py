"""The drawing of the setting: in the step that switches it off, for the web and for the app,
drawn from the labels in the page's language (every wording where the sources differ), said
to be a drawing, with a text alternative, readable in the dark palette and on a 320 px phone."""

from __future__ import annotations

import pytest
from conftest import LANGUAGES, ROOT, load_yaml, page_url
from explainer.render.setting_picture import wording

GUIDE = load_yaml(ROOT / "data" / "guide.yml")
UI = load_yaml(ROOT / "data" / "ui.yml")
PICTURES = [(tab["id"], step) for path in GUIDE["paths"] for tab in path["tabs"]
            for step in path["steps"] if step.get("picture")]


def words(label_id: str, lang: str) -> list[str]:
    """What the drawing must show of a label: in the reader's language where the sources give
    it, every word of every wording."""
    label = GUIDE["labels"][label_id]
    texts = [v["text"] for v in label.get(lang) or next(iter(label.values()))]
    w = wording(texts)
    return [w.prefix, *w.alternatives, w.suffix]


def test_each_platform_has_its_drawing() -> None:
    frames = {step["picture"]["frame"] for _, step in PICTURES}
    assert frames == {"browser", "phone"}
    assert {tab for tab, _ in PICTURES} == {t["id"] for p in GUIDE["paths"] for t in p["tabs"]}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(("tab", "step"), PICTURES, ids=[t for t, _ in PICTURES])
def test_drawn_from_the_labels_in_the_pages_language(soup, tab: str, step: dict,
                                                     lang: str) -> None:
    item = soup("guide", lang).find(id=f"{tab}-{step['id']}").find_parent("li")
    svg = item.select_one("svg.setting-picture")
    assert svg is not None and svg["role"] == "img"
    drawn = " ".join(" ".join(t.get_text() for t in svg.select("text")).split())
    spec = step["picture"]
    for label_id in [*spec["screen"], spec["setting"], spec["switch"]]:
        for part in words(label_id, lang):
            for word in part.split():
                assert word in drawn, (label_id, word)
    # The text alternative names the setting and says the switch is off.
    title = svg.find("title").get_text()
    desc = svg.find("desc").get_text()
    assert title and desc
    assert " ".join(words(spec["setting"], lang)).strip() in " ".join(desc.split())
    caption = item.select_one(".setting-figure__caption").get_text()
    assert " ".join(caption.split()) == " ".join(UI["strings"]["picture_caption"][lang].split())
    assert not svg.select("[style], script, foreignObject, image, use")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_where_wordings_differ_each_is_drawn(soup, lang: str) -> None:
    svg = soup("guide", lang).select_one("svg.setting-picture")
    varying = [t.get_text() for t in svg.select(".pic-variant")]
    for label_id in (*PICTURES[0][1]["picture"]["screen"], PICTURES[0][1]["picture"]["switch"]):
        label = GUIDE["labels"][label_id]
        texts = [v["text"] for v in label.get(lang, [])]
        w = wording(texts) if texts else None
        if w and w.varies:
            assert "/".join(w.alternatives) in " ".join(varying)


def _luminance(rgb: str) -> float:
    values = [int(v) / 255 for v in rgb[rgb.index("(") + 1:rgb.index(")")].split(",")[:3]]
    linear = [v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4 for v in values]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_readable_in_both_palettes_and_at_320_px(server, new_page, scheme: str,
                                                 lang: str) -> None:
    page = new_page(320, 640, color_scheme=scheme)
    page.goto(server + page_url("guide", lang))
    for index in range(page.locator(".tabbed-labels label").count()):
        page.locator(".tabbed-labels label").nth(index).click()
        svg = page.locator(".tabbed-block").nth(index).locator("svg.setting-picture")
        colours = svg.evaluate("""svg => ({
          frame: getComputedStyle(svg.querySelector('.pic-frame')).fill,
          texts: Array.from(svg.querySelectorAll('text, tspan')).map(t => getComputedStyle(t).fill),
          scale: svg.getBoundingClientRect().width / svg.viewBox.baseVal.width,
          sizes: Array.from(svg.querySelectorAll('text')).map(t => +t.getAttribute('font-size')),
          right: svg.getBoundingClientRect().right,
        })""")
        # Text inside the drawn screen against the screen's own colour.
        for fill in colours["texts"]:
            assert _contrast(fill, colours["frame"]) >= 4.5, (scheme, fill, colours["frame"])
        assert min(colours["sizes"]) * colours["scale"] >= 11
        assert colours["right"] <= 320
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
