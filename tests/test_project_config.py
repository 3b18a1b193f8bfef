"""mkdocs.yml is read one way, by the build, the command line and the tests, and accepts every
configuration Material documents: Python names, MkDocs' own tags, the tags plugin."""

from __future__ import annotations

from pathlib import Path

from conftest import PROJECT, ROOT, run_build
from explainer.cli import main
from explainer.read.project_config import read_project_config
from mkdocs.config import load_config

# Material's documented emoji setup (Reference > Icons, emojis), MkDocs' !ENV and !relative,
# and Material's tags plugin.
MATERIAL_DOCUMENTED = """
  - pymdownx.emoji:
      emoji_index: !!python/name:material.extensions.emoji.twemoji
      emoji_generator: !!python/name:material.extensions.emoji.to_svg
  - pymdownx.snippets:
      base_path: !relative $config_dir
"""


def _with_material_documented_config(project: Path) -> None:
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    text = text.replace("markdown_extensions:\n", "markdown_extensions:" + MATERIAL_DOCUMENTED, 1)
    text = text.replace("plugins:\n  - search\n", "plugins:\n  - search\n  - tags\n", 1)
    text = text.replace("site_url: https://linkedin-ia.example.org/",
                        "site_url: !ENV [EXPLAINER_SITE_URL, https://linkedin-ia.example.org/]")
    config.write_text(text, encoding="utf-8")


def test_material_documented_config_checks_and_builds(project: Path, tmp_path: Path,
                                                      capsys) -> None:
    _with_material_documented_config(project)
    assert main(["--root", str(project), "check"]) == 0, capsys.readouterr().err
    result = run_build(project, tmp_path / "site",
                       extra_env={"EXPLAINER_SITE_URL": "https://other.example.org/"})
    assert result.returncode == 0, result.stderr
    home = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    # !ENV is read as MkDocs reads it, by MkDocs and by the package alike.
    assert '<link rel="canonical" href="https://other.example.org/">' in home
    assert read_project_config(project / "mkdocs.yml").site_url == \
        "https://linkedin-ia.example.org/"


def test_languages_and_folders_are_the_i18n_plugins_own() -> None:
    config = load_config(str(ROOT / "mkdocs.yml"))
    try:
        plugin = config.plugins["i18n"].config
        built = sorted((lang.locale for lang in plugin.languages if lang.build),
                       key=lambda code: code != plugin.languages[0].locale)
        assert set(PROJECT.codes) == set(built)
        for lang in plugin.languages:
            assert PROJECT.prefixes[lang.locale] == lang.link.strip("/")
            assert next(x.name for x in PROJECT.languages if x.code == lang.locale) == lang.name
        assert PROJECT.default_language == next(x.locale for x in plugin.languages if x.default)
    finally:
        config.plugins.on_shutdown()
