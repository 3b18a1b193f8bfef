"""The theme's inline scripts, moved to files for the Content-Security-Policy, still match the
installed Material for MkDocs (an upgrade that changes them must update the copies)."""

from __future__ import annotations

import re
from pathlib import Path

import material
import pytest
from conftest import ROOT

PARTIALS = Path(material.__file__).parent / "templates" / "partials" / "javascripts"
SCRIPTS = ROOT / "docs" / "assets" / "javascripts"
# Our file -> (Material's partial, which of its inline scripts, what stands for its template).
COPIES = {
    "theme-storage.js": ("base.html", 0, {'"{{ config.extra.scope | d(base_url) }}"':
                                          "document.currentScript.dataset.scope"}),
    "theme-palette.js": ("palette.html", 0, {}),
    "theme-tabs-linked.js": ("content.html", 0, {}),
    "theme-tab-target.js": ("content.html", 1, {}),
}


@pytest.mark.parametrize("copy", list(COPIES))
def test_copy_matches_the_theme(copy: str) -> None:
    partial, index, replacements = COPIES[copy]
    original = re.findall(r"<script>(.*?)</script>", (PARTIALS / partial).read_text(), re.S)
    expected = original[index]
    for template, value in replacements.items():
        expected = expected.replace(template, value)
    code = [line for line in (SCRIPTS / copy).read_text().splitlines()
            if not line.startswith("//")]
    assert code == [expected]

