"""Stage 3, render: the pages as Markdown and the HTML fragments, from Jinja2 templates."""
