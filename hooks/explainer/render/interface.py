"""The interface around the pages, in the view's language: the theme's own words (data/ui.yml
`theme`), the names of the colour-scheme switch, who publishes the site, how to reach them
and the theme's credit (data/site.yml `publisher`), for the About page and every footer, the
browser tab's title, and which of the theme's texts a language in progress shows in another.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from markupsafe import Markup, escape

from ..model.content import View
from ..model.typography import typeset_text
from ..read.text_policy import plain_text
from .environment import in_language, other_than

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


def text_html(view: View, text: str, around: str | None = None) -> Markup:
    """A text of data/ as HTML for the theme's templates (which print it as it is): escaped,
    in an element with its own `lang` when it is not written in the language of the text
    `around` it (by default the view's). A language in progress shows the default language's
    text where it has none yet; a text in the view's language inside one in another language
    says so too."""
    around = around or view.lang
    lang = getattr(text, "lang", around)
    if lang == around:
        return escape(text)
    return Markup(in_language(escape(text), lang, untranslated=lang != view.lang))


def _link(url: str, text: str) -> Markup:
    """A link to another site: it carries rel="noopener noreferrer", as every such link does."""
    return Markup('<a href="{}" rel="noopener noreferrer">{}</a>').format(url, text)


def publisher_html(view: View) -> dict[str, Markup]:
    """The sentences naming the publisher and how to reach them, as HTML: the name, or while
    there is none a placeholder marked as such (class "placeholder"), never an invented name."""
    publisher = view.site.publisher
    strings = view.strings
    published_by, contact_us = strings.published_by, strings.publisher_contact
    if publisher.name:
        name = Markup('<span class="publisher__name">{}</span>').format(publisher.name)
    else:
        name = Markup('<span class="placeholder">{}</span>').format(
            text_html(view, strings.publisher_unset, getattr(published_by, "lang", None)))
    contact = publisher.contact
    label = text_html(view, contact.label, getattr(contact_us, "lang", None))
    return {
        "published_by": text_html(view, published_by).replace("{publisher}", name),
        "contact": text_html(view, contact_us).replace("{contact}", _link(contact.url, label)),
    }


def footer(view: View) -> dict[str, Markup]:
    """What the footer of every page says: who publishes the site, how to reach them, and the
    theme's credit, in the view's language."""
    credit = text_html(view, view.data("ui").theme["generator"])
    return {
        **publisher_html(view),
        "generator": credit.replace("{generator}", _link(GENERATOR["url"], GENERATOR["name"])),
    }


def tab_title(view: View, title: str) -> dict[str, str]:
    """The browser tab's title of a page (its full `title`, a text of data/): the title and
    the site's name (the theme puts " - " between them), escaped, and the language they are
    written in when it is not the view's ('' otherwise).

    `<title>` holds text only, so one `lang` covers all of it. When the page's title is shown
    in the default language (a language in progress has not translated it yet), the site's
    name is given in that language too: the whole title is then truly in that language, and
    marked so; a title half in Dutch and half in French could carry no honest `lang`. When only
    the site's name is untranslated, the title stays in the view's language with that name
    unmarked: a name, which a screen reader may mispronounce, but the tab keeps it."""
    site = view.of(title).site.name
    return {"page": escape(plain_text(title)), "site": escape(plain_text(site)),
            "lang": other_than(view, title)}


def untranslated_theme_texts(view: View) -> dict[str, str]:
    """The texts of data/ that the theme prints around every page (each page's navigation
    label, the site's name, the theme's words) and that the view shows in another language
    (a language in progress, where they are not translated yet): each as the page prints it,
    unescaped, with the language it is written in.

    A text that the view also shows translated among these (the same words in both languages)
    is left out: on the page, the one could not be told from the other."""
    theme = view.data("ui").theme
    printed = [(plain_text(page.nav), page.nav) for page in view.pages.values()]
    printed.append((plain_text(view.site.name), view.site.name))
    printed += [(text, theme[key]) for key, text in theme_strings(view).items()]
    translated = {text for text, source in printed if not other_than(view, source)}
    return {text: source.lang for text, source in printed
            if other_than(view, source) and text not in translated}
