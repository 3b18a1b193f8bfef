"""Turn the YAML facts in data/ into the explainer's pages, one language at a time.

The package is laid out by stage, and data moves one way, each stage importing only from the
stages before it (tests/test_layout.py checks it):

    read/     read and check: mkdocs.yml, data/ files (strict YAML), schemas, cross-references
    pages.py  the page registry (the front matter of docs/*.md)
    model/    the validated content, typed, in one language at one instant; the clock
    render/   the pages as Markdown, and the HTML fragments, from Jinja2 templates
    outputs/  everything that is not a page: addresses, link previews, cards, feed, headers
    engine/   the only code that knows MkDocs, Material and the i18n plugin

Nothing before engine/ imports MkDocs, so that the content survives a change of site engine.
hooks/site.py maps MkDocs' events to engine/build.py.
"""
