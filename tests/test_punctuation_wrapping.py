"""What a reader of a spaced language (data/site.yml `typography`) sees on a 320 px phone: no
":", "?", "!", ";" or "»" alone at the start of a line, and quotations (<q>) in the language's
own marks with their inner space."""

from __future__ import annotations

import pytest
from conftest import LANGUAGES, PAGE_FILES, ROOT, load_yaml, page_url

TYPOGRAPHY = load_yaml(ROOT / "data" / "site.yml")["typography"]
SPACES = {"no-break": "\u00a0", "narrow": "\u202f"}
SPACED = [lang for lang in LANGUAGES if TYPOGRAPHY[lang].get("space_before")]

# Every mark that must stay on the line of the word before it, found on the page as laid out.
LONELY_MARKS = """(marks) => {
  const found = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement.closest("code, pre, script, style, [hidden]")) continue;
    const text = node.data;
    for (let i = 1; i < text.length; i++) {
      if (!marks.includes(text[i])) continue;
      let j = i - 1;
      while (j > 0 && /\\s/.test(text[j])) j--;
      const range = document.createRange();
      range.setStart(node, i); range.setEnd(node, i + 1);
      const mark = range.getClientRects()[0];
      range.setStart(node, j); range.setEnd(node, j + 1);
      const word = range.getClientRects()[0];
      if (mark && word && mark.width && word.width && mark.top >= word.bottom - 1) {
        found.push(text.slice(Math.max(0, i - 25), i + 5));
      }
    }
  }
  return found;
}"""


@pytest.mark.parametrize("lang", SPACED)
@pytest.mark.parametrize("kind", list(PAGE_FILES))
def test_no_mark_starts_a_line_at_320_px(server, new_page, kind: str, lang: str) -> None:
    rule = TYPOGRAPHY[lang]
    marks = [*rule["space_before"], *rule.get("quotes", [])[1:2]]
    page = new_page(320, 640)
    page.goto(server + page_url(kind, lang))
    # What a reader sees after opening the sources too (closed, they are not laid out).
    page.evaluate("document.querySelectorAll('details').forEach(d => { d.open = true; })")
    assert page.evaluate(LONELY_MARKS, marks) == []


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if TYPOGRAPHY[lang].get("quotes")])
def test_quotations_show_the_languages_marks(server, new_page, lang: str) -> None:
    rule = TYPOGRAPHY[lang]
    space = SPACES.get(rule.get("space_inside_quotes", ""), "")
    page = new_page(390, 844)
    page.goto(server + page_url("guide", lang))
    quotes = page.locator("article q").first.evaluate("q => getComputedStyle(q).quotes")
    opening, closing = rule["quotes"][0] + space, space + rule["quotes"][1]
    assert quotes.startswith(f'"{opening}" "{closing}"'), quotes
