"""The theme's palette stylesheet is reduced to the colours of mkdocs.yml: a rule or a selector
that only pins another colour is left out, a selector list shared with ours keeps only ours, and
everything else is kept as written (engine/theme_palette.py)."""

from __future__ import annotations

from explainer.engine.theme_palette import reduce_palette

COLOURS = {"primary": {"indigo"}, "accent": {"indigo"}}


def test_other_colours_are_left_out_even_in_a_shared_list() -> None:
    css = ("[data-md-color-primary=red]{--a:1}"
           "[data-md-color-primary=red],[data-md-color-primary=indigo]{--b:1}"
           "[data-md-color-accent=indigo]:not([data-md-color-scheme=slate]),"
           "[data-md-color-accent=lime]:not([data-md-color-scheme=slate]){--c:1}")
    assert reduce_palette(css, COLOURS) == (
        "[data-md-color-primary=indigo]{--b:1}"
        "[data-md-color-accent=indigo]:not([data-md-color-scheme=slate]){--c:1}")


def test_rules_of_the_schemes_and_at_rules_are_kept_as_written() -> None:
    css = ("@media screen{[data-md-color-scheme=slate]{--d:1}}"
           "[data-md-color-scheme=slate] img[src$=\"#only-light\"]{display:none}")
    assert reduce_palette(css, COLOURS) == css


def test_the_built_site_keeps_one_selector_per_colour_rule(site) -> None:
    (css,) = (site / "assets" / "stylesheets").glob("site.*.min.css")
    text = css.read_text(encoding="utf-8")
    assert "[data-md-color-primary=indigo]" in text
    assert "[data-md-color-primary=red]" not in text
    assert "[data-md-color-accent=lime]" not in text
