"""Each FAQ answer links to the guide step, section or law section it speaks of, and the link
lands there: the target is on screen (its platform tab opened, if it is a step)."""

from __future__ import annotations

import re

import pytest
from conftest import LANGUAGES, ROOT, load_yaml, page_url

FAQ = load_yaml(ROOT / "data" / "faq.yml")
LINK = re.compile(r"\]\(([a-z-]+)\.md#([a-z0-9-]+)\)")


def test_every_answer_says_where_to_act_or_read_on() -> None:
    missing = [q["id"] for q in FAQ["questions"] if not q.get("see")]
    assert not missing


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("question", [q for q in FAQ["questions"] if q.get("see")],
                         ids=lambda q: q["id"])
def test_the_link_lands_on_its_target(server, new_page, question: dict, lang: str) -> None:
    page = new_page(390, 844)
    page.goto(server + page_url("faq", lang) + f"#{question['id']}")
    link = page.locator(f"[id='{question['id']}'] ~ .see-also a").first
    target_page, anchor = LINK.search(question["see"][lang]).groups()
    link.click()
    page.wait_for_url(f"**#{anchor}")
    assert f"/{'' if target_page == 'index' else target_page + '/'}#" in page.url
    target = page.locator(f"[id='{anchor}']")
    assert target.count() == 1
    # The target (or, for an empty anchor, what follows it) is on screen.
    box = page.evaluate("""(id) => {
      let el = document.getElementById(id);
      while (el && el.getBoundingClientRect().height === 0) el = el.parentElement;
      const r = el.getBoundingClientRect();
      return {top: r.top, bottom: r.bottom, visible: el.checkVisibility()};
    }""", anchor)
    assert box["visible"] and 0 <= box["top"] < 844, box
