"""Without MkDocs, the package writes every page of every language as plain Markdown."""

from __future__ import annotations

from pathlib import Path

from conftest import LANGUAGES, REGISTRY, ROOT, load_yaml
from explainer.cli import main

UI = load_yaml(ROOT / "data" / "ui.yml")


def test_render_writes_each_page_in_each_language(tmp_path: Path, capsys) -> None:
    assert main(["--root", str(ROOT), "render", str(tmp_path)]) == 0
    for lang in LANGUAGES:
        for page in REGISTRY:
            text = (tmp_path / lang / page.file).read_text(encoding="utf-8")
            assert text.startswith(f"# {UI['pages'][page.kind]['title'][lang]}\n"), (lang, page)
    assert f"wrote {len(REGISTRY) * len(LANGUAGES)} pages" in capsys.readouterr().out


def test_check_reports_success(capsys) -> None:
    assert main(["--root", str(ROOT), "check"]) == 0
    assert "data/ is valid for " + ", ".join(LANGUAGES) in capsys.readouterr().out
