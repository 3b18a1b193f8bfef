"""Every piece of Material that overrides/ copies or replaces is still the one it was copied
from: after a theme upgrade, this names each copy to look at again (UPGRADING.md)."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import material
import pytest

THEME = Path(material.__file__).parent / "templates"
# What Material 9.8.1 had where overrides/ copies or replaces it, by SHA-256.
COPIED = {
    "partials/search.html": "bfd556535abcddb99396ab2a7e3acc2ebcd3f36756007d3969396caa4126be30",
    "partials/actions.html": "1bcd66d6f428194e9b9842764f0a5f7a5b3679d008e9d2e5b75b5ba344c39073",
    "partials/copyright.html": "bc86bca3bf75070fe5d72e2a3463bdddf87c10f4d6459c945fe81c5d384e35ea",
    "partials/language.html": "3a44516f305006ac794f51a45ad7b532cf270916d8e92e8c42784e58b2eff0a3",
    "partials/palette.html": "fb935107ae7d3d7475965019eec36c1ad72bf1d154254dab2474921fcd2710e3",
    # overrides/main.html replaces the whole block with partials/social-meta.html.
    "base.html#site_meta": "e306b9472bf91403943802f57b9a77a72eabbd2612dfcf341a7c228d6aa8223f",
}


def _original(name: str) -> str:
    file, _, block = name.partition("#")
    text = (THEME / file).read_text(encoding="utf-8")
    if not block:
        return text
    found = re.search(rf"{{% block {block} %}}.*?{{% endblock %}}", text, re.S)
    assert found, f"{file} has no block {block} any more"
    return found.group(0)


@pytest.mark.parametrize("name", COPIED)
def test_the_theme_still_has_what_was_copied(name: str) -> None:
    digest = hashlib.sha256(_original(name).encode()).hexdigest()
    assert digest == COPIED[name], (
        f"Material's {name} changed since overrides/ copied it: compare, carry the changes "
        "over (UPGRADING.md), then record the new digest here")
