"""Stage 4, outputs: what the site publishes besides its pages (addresses, link previews,
cards, the feed, short addresses, HTTP headers)."""
