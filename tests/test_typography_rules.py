"""The typography filter: French-style spacing (a no-break space before ":", a narrow one before
"; ! ?" and inside « »), set wherever prose is, and nowhere else (addresses, code, ids, times)."""

from __future__ import annotations

import pytest
from explainer.model.typography import Rule, Rules, quotes_css, typeset_html, typeset_text
from hypothesis import given
from hypothesis import strategies as st

NBSP, NARROW = "\u00a0", "\u202f"
# A rule written here, not read from data/: these tests are about the filter, whatever the site.
SPACED = Rule.from_data({
    "space_before": {":": "no-break", ";": "narrow", "!": "narrow", "?": "narrow"},
    "quotes": ["«", "»", "“", "”"],
    "space_inside_quotes": "narrow",
})
RULES = Rules({"xx": SPACED, "yy": Rule()})


@pytest.mark.parametrize(("text", "expected"), [
    ("Porter plainte: en ligne", f"Porter plainte{NBSP}: en ligne"),
    ("Sources : APD", f"Sources{NBSP}: APD"),
    ("Vraiment ? Oui ; non !", f"Vraiment{NARROW}? Oui{NARROW}; non{NARROW}!"),
    ("Est-ce trop tard?", f"Est-ce trop tard{NARROW}?"),
    ("« Vous »", f"«{NARROW}Vous{NARROW}»"),
    ("«Vous»", f"«{NARROW}Vous{NARROW}»"),
    ("(« Data »)", f"(«{NARROW}Data{NARROW}»)"),
    ("mot  :  suite", f"mot{NBSP}:  suite"),
    ("Quoi ?!", f"Quoi{NARROW}?!"),
    ("« Quoi ? »", f"«{NARROW}Quoi{NARROW}?{NARROW}»"),
    ("art. 6(1)(f): texte", f"art. 6(1)(f){NBSP}: texte"),
])
def test_marks_get_their_space(text: str, expected: str) -> None:
    assert typeset_text(text, SPACED) == expected


@pytest.mark.parametrize("text", [
    "à 10:30 ou 00:00 (UTC+01:00)",
    "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement?x=1&y=2",
    "mailto:?subject=a&body=b",
    "voir www.example.org/?a=b",
    "!important",
    "a:b",
])
def test_what_is_not_punctuation_is_left_as_written(text: str) -> None:
    assert typeset_text(text, SPACED) == text


def test_a_language_without_rule_is_left_as_written() -> None:
    assert typeset_text("Why? Because: « this »", Rule()) == "Why? Because: « this »"
    assert RULES["zz"] == Rule()  # an unknown language
    assert RULES["xx-CA"] == SPACED  # a regional tag reads as its language


@given(st.text(alphabet=st.sampled_from(list("ab1 :;!?«»/.\u00a0\u202f")), max_size=40))
def test_setting_twice_is_setting_once_and_only_spaces_change(text: str) -> None:
    once = typeset_text(text, SPACED)
    assert typeset_text(once, SPACED) == once
    strip = str.maketrans("", "", " \u00a0\u202f")
    assert once.translate(strip) == text.translate(strip)


def _page(body: str) -> str:
    return ('<!doctype html><html lang="xx"><head><title>Qui ?</title></head>'
            f"<body>{body}</body></html>")


def test_html_text_is_set_across_elements() -> None:
    out = typeset_html(_page('<p>Porter <a href="/law/">plainte</a>: <strong>« oui</strong> »</p>'),
                       RULES)
    assert f'<a href="/law/">plainte</a>{NBSP}: <strong>«{NARROW}oui</strong>{NARROW}»' in out
    assert f"<title>Qui{NARROW}?</title>" in out


def test_html_leaves_code_scripts_styles_and_addresses_alone() -> None:
    body = ('<p><code>a : b ?</code> <pre>x ; y</pre></p>'
            '<script>if (a ? b : c) {}</script><style>a::before{content:" : "}</style>'
            '<a href="https://x.org/?q=a:b" id="step-1" data-x="a : b">https://x.org/?q=1</a>')
    assert typeset_html(_page(body), RULES) == _page(body).replace("Qui ?", f"Qui{NARROW}?")


def test_html_sets_readable_attributes_only() -> None:
    body = ('<button title="Copier : lien" aria-label="Suivant: Titre" value="a : b">x</button>'
            '<input placeholder="Rechercher ?" type="text" value="https://a.b/ ?">'
            '<img alt="Carte : titre" src="a:b.png">')
    out = typeset_html(_page(body), RULES)
    assert f'title="Copier{NBSP}: lien"' in out
    assert f'aria-label="Suivant{NBSP}: Titre"' in out
    assert 'value="a : b"' in out and 'value="https://a.b/ ?"' in out
    assert f'placeholder="Rechercher{NARROW}?"' in out
    assert f'alt="Carte{NBSP}: titre"' in out and 'src="a:b.png"' in out


def test_html_link_previews_are_set_other_metadata_is_not() -> None:
    head = ('<meta name="description" content="Trop tard ? Non.">'
            '<meta property="og:title" content="Titre : oui">'
            '<meta property="og:url" content="https://x.org/a:b">'
            '<meta http-equiv="refresh" content="0; url=/a/">')
    out = typeset_html(f'<html lang="xx"><head>{head}</head></html>', RULES)
    assert f'content="Trop tard{NARROW}? Non."' in out
    assert f'content="Titre{NBSP}: oui"' in out
    assert 'content="https://x.org/a:b"' in out and 'content="0; url=/a/"' in out


def test_html_follows_the_language_of_each_element() -> None:
    body = ('<p>Le libellé <q lang="yy">Use my data?</q> : voilà</p>'
            '<p lang="yy">Why? Because: yes <span lang="xx">Pourquoi ?</span></p>')
    out = typeset_html(_page(body), RULES)
    assert f'<q lang="yy">Use my data?</q>{NBSP}: voilà' in out
    assert f'<p lang="yy">Why? Because: yes <span lang="xx">Pourquoi{NARROW}?</span>' in out


def test_html_fragment_takes_the_language_it_is_given() -> None:
    assert typeset_html("<p>Oui ?</p>", RULES, "xx") == f"<p>Oui{NARROW}?</p>"
    assert typeset_html("<p>Oui ?</p>", RULES) == "<p>Oui ?</p>"


def test_html_is_unchanged_where_nothing_changes() -> None:
    doc = _page("<p>Déjà&nbsp;: bien &amp; <em>rien</em> à faire&#8239;?</p>")
    assert typeset_html(doc, RULES) == doc.replace("Qui ?", f"Qui{NARROW}?")


def test_quotes_style_gives_each_language_its_marks() -> None:
    css = quotes_css(RULES)
    assert ':root:lang(xx) q { quotes: "\\ab \\202f" "\\202f \\bb" "\\201c" "\\201d"; }' in css
    assert ":lang(yy)" not in css
