"""A new page kind, added the way CONTRIBUTING.md says (five files), is built in every language:
in the navigation, with its title, its data and its "edit" button."""

from __future__ import annotations

import json
from pathlib import Path

from bs4 import BeautifulSoup
from conftest import LANGUAGES, copy_project, load_yaml, page_path, run_build, typeset

STUB = """---
explainer: checklist
data: checklist
nav: 25
---
"""
TEMPLATE = """{% import "pages/_macros.md.j2" as m with context %}
# {{ page.title }}

{{ data.intro }}

{% for item in data["items"] %}
- {{ item.text }} {{ item.sources | cite }}
{% endfor %}

{{ m.footer() }}
"""
DATA = """# yaml-language-server: $schema=schemas/checklist.schema.json
intro:
  fr: "Trois vérifications après avoir refusé."
  en: "Three checks once you have said no."
items:
  - text:
      fr: "Le réglage est sur « Non »."
      en: "The setting reads “Off”."
    sources: [LI-A6278444]
"""
SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "checklist.schema.json",
    "title": "Checklist",
    "type": "object",
    "required": ["intro", "items"],
    "additionalProperties": False,
    "properties": {
        "intro": {"description": "The text under the title.",
                  "$ref": "common.schema.json#/$defs/text"},
        "items": {"description": "The checks, in order.", "type": "array", "minItems": 1,
                  "items": {"$ref": "common.schema.json#/$defs/fact"}},
    },
}
TEXTS = {"title": {"fr": "Vérifier", "en": "Check"},
         "nav": {"fr": "Vérifier", "en": "Check"},
         "description": {"fr": "Trois vérifications.", "en": "Three checks."}}


def _add_page_kind(project: Path) -> list[Path]:
    """The five files of CONTRIBUTING.md's "Adding a page kind"; returns them."""
    stub = project / "docs" / "checklist.md"
    template = project / "hooks/explainer/render/templates/pages/checklist.md.j2"
    data = project / "data" / "checklist.yml"
    schema = project / "data" / "schemas" / "checklist.schema.json"
    ui = project / "data" / "ui.yml"
    stub.write_text(STUB, encoding="utf-8")
    template.write_text(TEMPLATE, encoding="utf-8")
    data.write_text(DATA, encoding="utf-8")
    schema.write_text(json.dumps(SCHEMA, indent=2), encoding="utf-8")
    texts = "".join(f"    {key}:\n" + "".join(f'      {lang}: "{text[lang]}"\n'
                                                for lang in LANGUAGES)
                    for key, text in TEXTS.items())
    ui.write_text(ui.read_text(encoding="utf-8").replace(
        "pages:\n", f"pages:\n  checklist:\n{texts}", 1), encoding="utf-8")
    return [stub, template, data, schema, ui]


def test_a_new_page_kind_is_built_in_every_language(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "project", with_package=True)
    assert len(_add_page_kind(project)) == 5
    site = tmp_path / "site"
    result = run_build(project, site)
    assert result.returncode == 0, result.stderr
    for lang in LANGUAGES:
        page = BeautifulSoup((page_path(site, "home", lang).parent / "checklist" / "index.html")
                             .read_text(encoding="utf-8"), "html.parser")
        assert page.html["lang"] == lang
        assert next(page.h1.stripped_strings) == TEXTS["title"][lang]
        text = load_yaml(project / "data" / "checklist.yml")["items"][0]["text"][lang]
        assert typeset(text, lang) in page.select_one("article").get_text()
        assert page.find("a", rel="edit")["href"].endswith("/data/checklist.yml")
        # Third in the navigation, as its stub says, on every page.
        home = BeautifulSoup(page_path(site, "home", lang).read_text(encoding="utf-8"),
                             "html.parser")
        items = home.select(".md-nav--primary > .md-nav__list > .md-nav__item")
        labels = [item.select_one(".md-nav__link").get_text(strip=True) for item in items]
        assert labels.index(TEXTS["nav"][lang]) == 2, labels
