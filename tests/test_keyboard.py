"""Keyboard only: the skip link, a visible focus at every stop, the guide's platform tabs."""

from __future__ import annotations

import pytest
from conftest import LANGUAGES, ROOT, load_yaml, page_url

GUIDE = load_yaml(ROOT / "data" / "guide.yml")
TABS = [tab for path in GUIDE["paths"] for tab in path["tabs"]]
VIEWPORTS = {"phone": (390, 844), "laptop": (1280, 800)}
# Past the header, the navigation, the direct link and into the guide's tabs and steps.
STOPS = 30

# What shows the focus: the element itself, or the label the theme draws for a hidden radio
# button (palette toggle: the label after it; platform tabs: the tab's label).
FOCUS = """() => {
  const focused = document.activeElement;
  let shown = focused;
  if (focused.classList.contains("md-option")) shown = focused.nextElementSibling;
  else if (focused.type === "radio" && focused.labels.length) shown = focused.labels[0];
  const box = shown.getBoundingClientRect();
  return {name: focused.outerHTML.slice(0, 120),
          x: box.left, y: box.top, width: box.width, height: box.height};
}"""
NO_MOTION = "*, *::before, *::after { transition: none !important; animation: none !important; }"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_skip_link_comes_first_and_leads_to_the_content(server, new_page, lang: str) -> None:
    page = new_page(390, 844)
    page.goto(server + page_url("guide", lang))
    page.keyboard.press("Tab")
    skip = page.locator(".md-skip")
    assert skip.evaluate("el => el === document.activeElement")
    assert skip.is_visible()
    page.keyboard.press("Enter")
    target = skip.get_attribute("href").split("#")[1]
    assert page.evaluate("() => location.hash") == f"#{target}"
    page.keyboard.press("Tab")
    # The next stop is inside the article, not back in the header.
    assert page.evaluate("() => !!document.activeElement.closest('article')")


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_focus_stop_is_visible(server, new_page, lang: str, viewport: str) -> None:
    width, height = VIEWPORTS[viewport]
    # The style that stills animations for the screenshots is inline: let it past the policy
    # (test_content_security_policy.py checks the site itself under it).
    page = new_page(width, height, bypass_csp=True)
    page.goto(server + page_url("guide", lang))
    page.add_style_tag(content=NO_MOTION)
    hidden, unmarked = [], []
    for _ in range(STOPS):
        page.keyboard.press("Tab")
        page.wait_for_timeout(50)  # the theme opens the search dialog on focus
        stop = page.evaluate(FOCUS)
        on_screen = (stop["width"] > 0 and stop["height"] > 0
                     and stop["x"] + stop["width"] > 0 and stop["x"] < width
                     and stop["y"] + stop["height"] > 0 and stop["y"] < height)
        if not on_screen:
            hidden.append(stop["name"])
            continue
        # Visible focus: the stop looks different focused and not focused.
        clip = {"x": max(0, stop["x"] - 4), "y": max(0, stop["y"] - 4),
                "width": min(width, stop["width"] + 8), "height": min(height, stop["height"] + 8)}
        focused = page.screenshot(clip=clip)
        page.evaluate("() => { window.__stop = document.activeElement; window.__stop.blur(); }")
        blurred = page.screenshot(clip=clip)
        page.evaluate("() => window.__stop.focus()")
        if focused == blurred:
            unmarked.append(stop["name"])
    assert not hidden, f"focus went off screen: {hidden}"
    assert not unmarked, f"focus not shown: {unmarked}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_platform_tabs_switch_with_the_arrow_keys(server, new_page, lang: str) -> None:
    page = new_page(390, 844)
    page.goto(server + page_url("guide", lang))
    first = page.locator(".tabbed-set > input").first
    first.focus()
    for tab in TABS[1:]:
        page.keyboard.press("ArrowRight")
        path = next(path for path in GUIDE["paths"] if tab in path["tabs"])
        step = page.locator(f"[id=\"{tab['id']}-{path['steps'][0]['id']}\"] >> xpath=..")
        assert step.is_visible(), tab["id"]
        label = page.locator(".tabbed-labels > label", has_text=tab["name"][lang])
        assert label.evaluate("el => el.control === document.activeElement")
