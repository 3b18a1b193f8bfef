"""mkdocs.yml itself passes the strict loader: a key written twice would silently drop the first."""

from __future__ import annotations

from conftest import ROOT
from explainer.read.load import load_document


def test_mkdocs_yml_has_no_duplicate_key_alias_or_tag() -> None:
    _, problems = load_document(ROOT / "mkdocs.yml", "mkdocs.yml")
    assert [str(p) for p in problems] == []
