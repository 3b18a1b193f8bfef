"""The languages of the site, read from the i18n plugin's configuration in mkdocs.yml."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml


def languages_from_i18n(languages: list[Any]) -> tuple[str, ...]:
    """Locales that are built, the default one first (the i18n plugin's 'null' is a link)."""
    built = [lang for lang in languages if lang["build"] and lang["locale"] != "null"]
    built.sort(key=lambda lang: not lang["default"])
    return tuple(lang["locale"] for lang in built)


def configured_languages(config: Any) -> tuple[str, ...]:
    return languages_from_i18n(config.plugins["i18n"].config["languages"])


def language_prefixes(config: Any) -> dict[str, str]:
    """The folder of each language below the site root: '' for the default, else its link."""
    return {
        lang["locale"]: "" if lang["default"] else lang["link"].strip("/")
        for lang in config.plugins["i18n"].config["languages"]
        if lang["build"] and lang["locale"] != "null"
    }


def languages_from_mkdocs_yml(path: Path) -> tuple[str, ...]:
    """The same languages, read straight from mkdocs.yml (for tools that run without MkDocs)."""
    config = yaml.safe_load(path.read_text(encoding="utf-8"))
    for plugin in config.get("plugins", []):
        if isinstance(plugin, dict) and "i18n" in plugin:
            languages = [
                {"build": True, "default": False, **lang} for lang in plugin["i18n"]["languages"]
            ]
            return languages_from_i18n(languages)
    raise ValueError(f"{path}: no i18n plugin with languages")
