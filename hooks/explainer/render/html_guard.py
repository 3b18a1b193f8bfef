"""The last check before a page is published: nothing in its HTML may run code or load from
elsewhere, whatever the data did to get there.

markup.py checks each text on its own, with file and line; but Markdown reads a text in its
place on the page (a title inside a heading, say), so this guard reads every rendered page too.
"""

from __future__ import annotations

from ..read.text_policy import link_problem, parse_html

# Elements that run code, embed other documents or change how the page loads. Inline SVG (the
# drawing of the setting) may only draw: the SVG elements that embed, reference, animate or
# host HTML are refused, and its attributes are checked like any other (no handler, no style,
# no link that is not https:// or to this site).
FORBIDDEN_ELEMENTS = {"script", "style", "iframe", "frame", "frameset", "object", "embed",
                      "applet", "base", "meta", "link", "form", "math", "template",
                      "foreignobject", "use", "image", "feimage", "animate", "animatemotion",
                      "animatetransform", "set", "discard"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "poster", "cite", "data", "srcset",
                  "background", "xlink:href", "ping"}


def html_problems(fragment: str) -> list[str]:
    """What in this HTML (a page's content, without the theme) may not be published."""
    problems = []
    for tag, attrs in parse_html(fragment).tags:
        if tag in FORBIDDEN_ELEMENTS:
            problems.append(f"a <{tag}> element")
        for name, value in attrs:
            if name.startswith("on"):
                problems.append(f'an inline event handler {name}="{value}" on <{tag}>')
            elif name == "style":
                problems.append(f'a style attribute on <{tag}>')
            elif name in URL_ATTRIBUTES:
                why = link_problem(value or "")
                if why:
                    problems.append(f"{why} (<{tag} {name}>)")
    return list(dict.fromkeys(problems))
