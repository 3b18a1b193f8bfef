"""Material's hidden toggles lose the `autocomplete` attribute HTML does not allow on them, and
the build stops, naming the file to look at, when the theme prints them differently."""

from __future__ import annotations

import pytest
from explainer.engine.theme_markup import TOGGLES, ThemeMarkupChanged, valid_toggles

PAGE = "<body>\n" + "\n".join(TOGGLES) + "\n<main></main></body>"


def test_toggles_keep_everything_but_autocomplete() -> None:
    fixed = valid_toggles(PAGE)
    assert "autocomplete" not in fixed
    assert fixed.count('class="md-toggle"') == 2 and 'id="__drawer"' in fixed


def test_changed_toggles_stop_the_build() -> None:
    with pytest.raises(ThemeMarkupChanged, match="engine/theme_markup.py"):
        valid_toggles(PAGE.replace('id="__search" autocomplete="off"', 'id="__search"'))
