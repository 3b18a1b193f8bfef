"""Every page's "edit" button opens the data file the page is made from, not a Markdown stub."""

from __future__ import annotations

import pytest
from conftest import LANGUAGES, PAGE_FILES, PROJECT, REGISTRY, ROOT, load_yaml

REPOSITORY = load_yaml(ROOT / "data" / "site.yml")["repository"]
EDIT_URI = PROJECT.edit_uri


def test_every_page_kind_has_a_data_file() -> None:
    for page in REGISTRY:
        assert (ROOT / "data" / f"{page.data_file}.yml").is_file(), page


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", list(PAGE_FILES))
def test_edit_button_opens_the_pages_data_file(soup, kind: str, lang: str) -> None:
    button = soup(kind, lang).find("a", rel="edit")
    assert button["href"] == f"{REPOSITORY}/{EDIT_URI}data/{REGISTRY[kind].data_file}.yml"


def test_no_request_to_the_repository_host(soup) -> None:
    # With config.repo_url set, Material's header would fetch the repository's stars from GitHub.
    assert soup("home", LANGUAGES[0]).select(".md-source") == []
