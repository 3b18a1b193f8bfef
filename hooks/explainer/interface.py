"""The interface around the pages, in the page's language: the theme's own words (data/ui.yml
`theme`), the names of the colour-scheme switch, and the footer's publisher, contact and credit
(data/site.yml `publisher`). Plain values for the theme's templates; no HTML is built here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from markupsafe import Markup, escape

from .content import Content
from .typography import typeset_text

# The theme's name in the footer's credit, and where it lives.
GENERATOR = {"name": "Material for MkDocs", "url": "https://squidfunk.github.io/mkdocs-material/"}


def theme_strings(content: Content, lang: str) -> dict[str, str]:
    """Every theme key the data holds, in a language, its punctuation set (some of these reach
    the page inside the theme's JSON configuration, which the page's typography pass skips)."""
    rule = content.typography()[lang]
    return {key: typeset_text(text[lang], rule) for key, text in content.ui["theme"].items()}


def named_palette(palette: Sequence[Mapping[str, Any]] | Mapping[str, Any],
                  strings: Mapping[str, str]) -> list[dict[str, Any]]:
    """mkdocs.yml's colour schemes, each switch named in the language (`palette.<scheme>`)."""
    options = [palette] if isinstance(palette, Mapping) else list(palette)
    named = []
    for option in options:
        option = dict(option)
        if option.get("toggle"):
            key = f"palette.{option.get('scheme') or 'default'}"
            option["toggle"] = {**option["toggle"], "name": strings[key]}
        named.append(option)
    return named


def _link(url: str, text: str) -> Markup:
    """A link to another site: it carries rel="noopener noreferrer", as every such link does."""
    return Markup('<a href="{}" rel="noopener noreferrer">{}</a>').format(url, text)


def publisher_html(content: Content, lang: str) -> dict[str, Markup]:
    """The sentences naming the publisher and how to reach them, as HTML: the name, or while
    there is none a placeholder marked as such (class "placeholder"), never an invented name."""
    publisher = content.site["publisher"]
    strings = content.ui["strings"]
    if publisher["name"]:
        name = Markup('<span class="publisher__name">{}</span>').format(publisher["name"])
    else:
        name = Markup('<span class="placeholder">{}</span>').format(
            strings["publisher_unset"][lang])
    contact = publisher["contact"]
    return {
        "published_by": escape(strings["published_by"][lang]).replace("{publisher}", name),
        "contact": escape(strings["publisher_contact"][lang]).replace(
            "{contact}", _link(contact["url"], contact["label"][lang])),
    }


def footer(content: Content, lang: str) -> dict[str, Markup]:
    """What the footer of every page says: who publishes the site, how to reach them, and the
    theme's credit, in the language."""
    credit = escape(content.ui["theme"]["generator"][lang])
    return {
        **publisher_html(content, lang),
        "generator": credit.replace("{generator}", _link(GENERATOR["url"], GENERATOR["name"])),
    }
