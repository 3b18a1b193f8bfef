"""Stage 5, the engine: the only code that knows MkDocs, Material and the i18n plugin (the
upgrade surface: UPGRADING.md)."""
