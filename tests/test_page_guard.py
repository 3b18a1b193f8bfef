"""The last check on every page: whatever produced it, HTML that could run code is not published."""

from __future__ import annotations

import pytest
from explainer.render.html_guard import html_problems

REFUSED = {
    '<h2 id="x" onclick>Why</h2>': 'an inline event handler onclick="None" on <h2>',
    "<p>a<script>alert(1)</script></p>": "a <script> element",
    '<p style="color:red">a</p>': "a style attribute on <p>",
    '<a href="javascript:alert(1)">x</a>': 'the link "javascript:alert(1)" is not allowed',
    '<a href="&#106;avascript:alert(1)">x</a>': 'the link "javascript:alert(1)" is not allowed',
    '<img src="http://example.org/x.png">': 'the link "http://example.org/x.png" is not allowed',
    '<iframe src="https://example.org/"></iframe>': "a <iframe> element",
}


@pytest.mark.parametrize("fragment", list(REFUSED))
def test_code_in_a_page_is_refused(fragment: str) -> None:
    assert any(REFUSED[fragment] in problem for problem in html_problems(fragment)), \
        html_problems(fragment)


def test_what_the_pages_are_made_of_passes() -> None:
    page = ('<h2 id="faq">Q</h2><p><a href="https://example.org/" rel="noopener noreferrer">'
            'x</a> <a href="../sources/#li-1">y</a> <span class="cite">Sources</span>'
            '<q lang="en">Data</q> <time datetime="2025-11-03">3 Nov</time></p>')
    assert html_problems(page) == []
