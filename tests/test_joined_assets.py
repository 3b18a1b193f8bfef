"""Our scripts and stylesheets joined into one file each behave as the separate files did: in
order, each at the top level, an error in one stopping none of the others; the file's name
changes with its content; the sources are not published one by one."""

from __future__ import annotations

import re

from conftest import REGISTRY, ROOT, load_yaml
from explainer.outputs.assets import FINGERPRINTED, bundle, join_scripts

CONFIG = load_yaml(ROOT / "mkdocs.yml")


def test_joined_scripts_run_in_order_and_survive_an_error(new_page) -> None:
    page = new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto("about:blank")
    joined = join_scripts([
        "var order = ['first'];  // a var at the top level stays global",
        "order.push('second'); throw new Error('broken script');",
        "(function () { 'use strict'; order.push('third'); })();",
    ])
    page.add_script_tag(content=joined)
    page.wait_for_timeout(50)
    assert page.evaluate("window.order") == ["first", "second", "third"]
    # The error still reaches the console, as it would from a file of its own.
    assert any("broken script" in error for error in errors)


def test_the_name_follows_the_content(tmp_path) -> None:
    (tmp_path / "a.js").write_text("var a = 1;\n", encoding="utf-8")
    first = bundle(tmp_path, ["a.js"], "assets/javascripts/site")
    assert FINGERPRINTED.search(first.path)
    assert bundle(tmp_path, ["a.js"], "assets/javascripts/site").path == first.path
    (tmp_path / "a.js").write_text("var a = 2;\n", encoding="utf-8")
    assert bundle(tmp_path, ["a.js"], "assets/javascripts/site").path != first.path


def test_sources_are_joined_not_published(site) -> None:
    page_assets = [asset for entry in REGISTRY for asset in (entry.script, entry.style) if asset]
    assert page_assets  # the act page has its own script and stylesheet
    for source in [*CONFIG["extra_css"], *CONFIG["extra_javascript"], *page_assets]:
        assert not (site / source).exists(), source
    scripts = [path.name for path in (site / "assets" / "javascripts").glob("*.js")]
    # The theme's bundle, the theme file, ours, and each page's own (named by its kind).
    assert sorted(re.sub(r"\.[0-9a-f]{8}\.min\.js$", "", name) for name in scripts) == sorted([
        "bundle", "site", "theme", *(entry.kind for entry in REGISTRY if entry.script)])
    css = [path.name for path in (site / "assets" / "stylesheets").glob("*.css")]
    assert all(FINGERPRINTED.search(name) for name in css), css
