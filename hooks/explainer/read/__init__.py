"""Stage 1, read and check: mkdocs.yml, the data files and their schemas. Knows nothing of
rendering."""
