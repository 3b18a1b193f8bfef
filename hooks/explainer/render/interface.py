"""The interface around the pages, in the view's language: the theme's own words (data/ui.yml
`theme`), the names of the colour-scheme switch, and who publishes the site, how to reach them
and the theme's credit (data/site.yml `publisher`), for the About page and every footer.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from markupsafe import Markup, escape

from ..model.content import View
from ..model.typography import typeset_text

# The theme's name in the footer's credit, and where it lives.
GENERATOR = {"name": "Material for MkDocs", "url": "https://squidfunk.github.io/mkdocs-material/"}


def theme_strings(view: View) -> dict[str, str]:
    """Every theme key the data holds, in the view's language, its punctuation set (some reach
    the page inside the theme's JSON configuration, which the site's typography pass skips)."""
    theme = view.data("ui").theme
    return {key: typeset_text(str(theme[key]), view.typography_rule) for key in theme}


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


def publisher_html(view: View) -> dict[str, Markup]:
    """The sentences naming the publisher and how to reach them, as HTML: the name, or while
    there is none a placeholder marked as such (class "placeholder"), never an invented name."""
    publisher = view.site.publisher
    strings = view.strings
    if publisher.name:
        name = Markup('<span class="publisher__name">{}</span>').format(publisher.name)
    else:
        name = Markup('<span class="placeholder">{}</span>').format(strings.publisher_unset)
    contact = publisher.contact
    return {
        "published_by": escape(strings.published_by).replace("{publisher}", name),
        "contact": escape(strings.publisher_contact).replace(
            "{contact}", _link(contact.url, contact.label)),
    }


def footer(view: View) -> dict[str, Markup]:
    """What the footer of every page says: who publishes the site, how to reach them, and the
    theme's credit, in the view's language."""
    credit = escape(view.data("ui").theme["generator"])
    return {
        **publisher_html(view),
        "generator": credit.replace("{generator}", _link(GENERATOR["url"], GENERATOR["name"])),
    }
