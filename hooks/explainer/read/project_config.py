"""The one reader of mkdocs.yml, for the build, the command line and the tests.

mkdocs.yml may hold anything Material documents: Python names (`!!python/name:material.
extensions.emoji.twemoji`), MkDocs' own tags (`!ENV`, `!relative`), any plugin. This reader
never constructs a Python object from the file: `!ENV` is resolved as MkDocs resolves it, and
every other tag reads as None (what it names is not needed to check texts or to list the
languages). It reads what the package needs, with the defaults the i18n plugin applies, so that
the languages, their folders and the Markdown setup are the same whether MkDocs runs or not
(tests/test_project_config.py compares them with the i18n plugin's own reading).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml_env_tag import construct_env_tag


@dataclass(frozen=True)
class MarkdownSetup:
    """The Markdown extensions of the site and their options, as MkDocs gets them."""

    extensions: tuple[Any, ...] = ()
    configs: Mapping[str, Any] = field(default_factory=dict)

    def key(self) -> tuple[str, ...]:
        return tuple(e if isinstance(e, str) else type(e).__name__ for e in self.extensions)


@dataclass(frozen=True)
class Language:
    """A language the site is built in (the i18n plugin's `languages`)."""

    code: str        # 'fr'
    name: str        # 'Français', as the language switcher shows it
    prefix: str      # its folder below the site root: '' for the default language, else 'en'
    default: bool
    # Declared `extra: {translation: in-progress}`: its texts may land a few at a time, the
    # others showing in the default language meanwhile (never the default language itself).
    in_progress: bool = False


@dataclass(frozen=True)
class ProjectConfig:
    """What the package needs from mkdocs.yml."""

    root: Path
    languages: tuple[Language, ...]      # the default language first
    markdown: MarkdownSetup
    site_url: str
    docs_dir: Path
    edit_uri: str
    security_headers: Mapping[str, Any]
    cache_control: Mapping[str, Any]

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(language.code for language in self.languages)

    @property
    def default_language(self) -> str:
        return self.languages[0].code

    @property
    def in_progress(self) -> tuple[str, ...]:
        """The languages whose translation is in progress."""
        return tuple(language.code for language in self.languages if language.in_progress)

    @property
    def prefixes(self) -> dict[str, str]:
        """Each language's folder below the site root, the default language ('') first."""
        return {language.code: language.prefix for language in self.languages}


class _TolerantLoader(yaml.SafeLoader):
    """A SafeLoader that accepts every tag: `!ENV` as MkDocs reads it, any other as None. A key
    written twice is an error: YAML would silently keep the second."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Any, int] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"the key {key!r} appears twice (first on line {seen[key]})",
                    key_node.start_mark)
            seen[key] = key_node.start_mark.line + 1
        return super().construct_mapping(node, deep=deep)


_TolerantLoader.add_constructor("!ENV", construct_env_tag)
_TolerantLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def read_mkdocs_yml(path: Path) -> dict[str, Any]:
    loader = _TolerantLoader(path.read_text(encoding="utf-8"))
    try:
        return loader.get_single_data() or {}
    finally:
        loader.dispose()


def _without_python_values(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_python_values(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_without_python_values(v) for v in value if v is not None]
    return value


def markdown_setup(config: Mapping[str, Any]) -> MarkdownSetup:
    """The Markdown extensions of a read mkdocs.yml (options naming Python objects left out)."""
    extensions: list[str] = []
    configs: dict[str, Any] = {}
    for entry in config.get("markdown_extensions") or []:
        if isinstance(entry, dict):
            for name, options in entry.items():
                extensions.append(name)
                if isinstance(options, dict):
                    configs[name] = _without_python_values(options)
        elif entry is not None:
            extensions.append(str(entry))
    return MarkdownSetup(tuple(extensions), configs)


IN_PROGRESS = "in-progress"


def languages_from_i18n(entries: list[Mapping[str, Any]]) -> tuple[Language, ...]:
    """The built languages of the i18n plugin's `languages`, with its defaults (build: true,
    default: false, link: /<locale>/), the default language first. The plugin's 'null' locale
    is a link in the language switcher, not a language."""
    languages = []
    for entry in entries:
        if not entry.get("build", True) or entry["locale"] == "null":
            continue
        default = bool(entry.get("default", False))
        link = entry.get("link") or ("/" if default else f"/{entry['locale']}/")
        in_progress = not default and \
            (entry.get("extra") or {}).get("translation") == IN_PROGRESS
        languages.append(Language(entry["locale"], entry.get("name") or entry["locale"],
                                  "" if default else link.strip("/"), default, in_progress))
    languages.sort(key=lambda language: not language.default)
    return tuple(languages)


def _i18n_languages(config: Mapping[str, Any], path: Path) -> tuple[Language, ...]:
    for plugin in config.get("plugins") or []:
        if isinstance(plugin, dict) and "i18n" in plugin:
            return languages_from_i18n((plugin["i18n"] or {}).get("languages") or [])
    raise ValueError(f"{path}: no i18n plugin with languages")


def read_project_config(path: Path) -> ProjectConfig:
    """Read the mkdocs.yml at `path`."""
    config = read_mkdocs_yml(path)
    extra = config.get("extra") or {}
    return ProjectConfig(
        root=path.parent,
        languages=_i18n_languages(config, path),
        markdown=markdown_setup(config),
        site_url=config.get("site_url") or "/",
        docs_dir=path.parent / (config.get("docs_dir") or "docs"),
        edit_uri=extra.get("edit_uri") or "",
        security_headers=extra.get("security_headers") or {},
        cache_control=extra.get("cache_control") or {},
    )


def languages_from_mkdocs_yml(path: Path) -> tuple[str, ...]:
    """The codes of the site's languages, the default one first."""
    return read_project_config(path).codes
