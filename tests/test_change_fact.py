"""One fact changed in one YAML file changes on the pages of every language."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup
from conftest import LANGUAGES, load_yaml, page_path, run_build


def test_changed_values_show_in_every_language(project: Path, tmp_path: Path) -> None:
    guide_file = project / "data" / "guide.yml"
    old_url = load_yaml(guide_file)["settings_link"]["url"]
    new_url = "https://www.linkedin.com/mypreferences/d/settings/moved-elsewhere"
    guide_file.write_text(guide_file.read_text(encoding="utf-8").replace(old_url, new_url),
                          encoding="utf-8")
    site_file = project / "data" / "site.yml"
    updated = load_yaml(site_file)["updated"]
    site_file.write_text(site_file.read_text(encoding="utf-8").replace(
        f'updated: "{updated}"', 'updated: "2027-01-15"'), encoding="utf-8")

    out = tmp_path / "out"
    result = run_build(project, out)
    assert result.returncode == 0, result.stderr

    for lang in LANGUAGES:
        guide = BeautifulSoup(page_path(out, "guide", lang).read_text(encoding="utf-8"),
                              "html.parser")
        hrefs = [a["href"] for a in guide.find_all("a", href=True)]
        assert new_url in hrefs and old_url not in hrefs, lang
        stamp = guide.select_one(".facts-updated time")
        assert stamp["datetime"] == "2027-01-15", lang
