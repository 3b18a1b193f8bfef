"""Render one page of the explainer, for one language, as Markdown.

Pages link to each other and to the sources page with relative `.md` links, which any
Markdown site engine resolves.
"""

from __future__ import annotations

from ..model.content import View
from .countdown import countdown_state
from .environment import render

# The Atom feed of the changelog, at the root of each language's folder.
FEED_FILE = "changes.atom"


def render_page(kind: str, view: View) -> str:
    """The Markdown of one page kind in the view's language.

    Every template gets the page it renders (`page`: title, nav, description and `page.data`,
    the data file it is made from), every page (`pages`, in navigation order) and the shared
    content: `site`, `strings`, `sources`, `countdown`, `view` (the rest of the model).
    """
    page = view.page(kind)
    return render(
        f"pages/{page.entry.template}",
        view=view,
        lang=view.lang,
        page=page,
        pages=view.pages,
        data=page.data,
        site=view.site,
        strings=view.strings,
        sources=view.sources,
        source_kinds=view.source_kinds,
        interface_languages=view.interface_languages,
        countdown=countdown_state(view),
        feed_file=FEED_FILE,
    )
