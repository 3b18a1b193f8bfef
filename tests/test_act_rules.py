"""The act page's texts can only cite the law of the region they are shown for: a reference
written out, a law named, or a region's reference used where that region has none stops the
build at its line. Each case: the edit a contributor might make, and the line they get."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import LANGUAGES, ROOT
from explainer.model.content import load_content
from explainer.read.problems import DataError

ACT = "data/act.yml"
REGIONS = "data/regions.yml"


def _project(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "data", tmp_path / "data")
    shutil.copy(ROOT / "mkdocs.yml", tmp_path / "mkdocs.yml")
    return tmp_path


def _edit(project: Path, file: str, old: str, new: str, count: int = 1) -> int:
    """Replace the first `count` occurrences of `old`; returns the line of the first one."""
    path = project / file
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    line = text[: text.index(old)].count("\n") + 1
    path.write_text(text.replace(old, new, count), encoding="utf-8")
    return line


def _problems(project: Path) -> list[str]:
    with pytest.raises(DataError) as caught:
        load_content(project / "data", LANGUAGES, root=project)
    return [str(p) for p in caught.value.problems]


def test_the_real_act_data_is_valid() -> None:
    content = load_content(ROOT / "data", LANGUAGES)
    assert [e["region"] for e in content.data["act"]["regions"]] == \
        [r["id"] for r in content.data["regions"]["regions"]]


def test_an_article_written_out_is_refused(tmp_path: Path) -> None:
    project = _project(tmp_path)
    line = _edit(project, ACT, "apprentissage automatique (fondement : {right_ref}).\"\n"
                 "          en: \"I expressly",
                 "apprentissage automatique (fondement : article 21 du RGPD).\"\n"
                 "          en: \"I expressly")
    assert f"{ACT}:{line}:" in " ".join(_problems(project))
    assert 'letters.object.paragraphs[1].text.fr: a legal reference is written out here: ' \
           '"article 2…" (hint: write {right_ref}' in " ".join(_problems(project))


def test_a_law_named_in_a_text_is_refused(tmp_path: Path) -> None:
    project = _project(tmp_path)
    _edit(project, ACT, "collez ce texte dans le formulaire d'opposition de LinkedIn. Gardez",
          "collez ce texte, fondé sur le RGPD, dans le formulaire d'opposition de LinkedIn. Gardez")
    assert 'regions[0].object.text.fr: a law is named here: "RGPD"' in " ".join(_problems(project))


def test_a_reference_a_region_lacks_is_refused_at_its_line(tmp_path: Path) -> None:
    # The UK's complaint-to-the-company section, left in the text every region shows.
    project = _project(tmp_path)
    _edit(project, ACT, "      - regions: [united-kingdom]\n        text:",
          "      - text:")
    found = " ".join(_problems(project))
    assert 'letters.company-complaint.paragraphs[1].text.fr: {company_ref} has no value for ' \
           'the region "eu-eea" (hint: give that region `complaint.linkedin_first.article` in ' \
           'data/regions.yml, or limit this paragraph with `regions:`' in found
    assert 'the region "united-kingdom"' not in found


def test_an_unknown_placeholder_is_refused(tmp_path: Path) -> None:
    project = _project(tmp_path)
    _edit(project, ACT, "Mon compte LinkedIn : {email}, {profile}.",
          "Mon compte LinkedIn : {courriel}, {profile}.")
    found = " ".join(_problems(project))
    assert "letters.object.paragraphs[4].text.fr: unknown placeholder {courriel}" in found


def test_every_region_needs_its_section(tmp_path: Path) -> None:
    project = _project(tmp_path)
    _edit(project, ACT, "  - region: hong-kong", "  - region: hongkong")
    found = " ".join(_problems(project))
    assert 'regions[4].region: there is no region "hongkong"' in found
    assert "no section for the region(s) hong-kong" in found


def test_a_region_says_how_its_law_says_no(tmp_path: Path) -> None:
    project = _project(tmp_path)
    _edit(project, REGIONS, "      kind: withdraw-consent\n", "", count=1)
    assert 'regions[3].object: the act page needs "kind" here (hint: object (a right to ' \
           "object) or withdraw-consent" in " ".join(_problems(project))


def test_the_handout_follows_labels_of_the_guide(tmp_path: Path) -> None:
    project = _project(tmp_path)
    _edit(project, ACT, "labels: [app-settings, data-privacy", "labels: [app-setting, data-privacy")
    assert 'handout.paths[1].labels[0]: unknown label "app-setting"' in \
        " ".join(_problems(project))


def test_each_region_quotes_only_its_own_law() -> None:
    """On the texts as shown: once a region's own references are taken out, no law is named
    at all; and the region's own right is cited."""
    from datetime import UTC, datetime

    from explainer.render.act import references, region_view

    content = load_content(ROOT / "data", LANGUAGES)
    names = {r["law"]["abbr"][lang] for r in content.data["regions"]["regions"]
             for lang in LANGUAGES}
    for lang in LANGUAGES:
        view = content.view(lang, datetime(2026, 11, 22, tzinfo=UTC))
        for region in view.data("regions").regions:
            shown = region_view(view, region)
            words = " ".join(
                segment.text
                for key in ("object_letter", "access_letter", "company_letter",
                            "authority_letter")
                for line in (shown[key].subject, *(p.segments for p in shown[key].paragraphs))
                for segment in line) + " " + shown["object"] + " " + shown["access"]
            own = references(region)
            assert own["right_ref"] in words, (region.id, lang)
            for reference in sorted(own.values(), key=len, reverse=True):
                words = words.replace(reference, "")
            assert not [name for name in names if name in words], (region.id, lang)


def test_a_pointer_to_a_language_the_site_lacks_is_refused(tmp_path: Path) -> None:
    """write_in sends readers to the same section in a language the authority reads: one the
    site has, else the link would lead nowhere."""
    project = _project(tmp_path)
    line = _edit(project, ACT, "    write_in:\n      languages: [en]",
                 "    write_in:\n      languages: [zh]") + 1
    found = " ".join(_problems(project))
    assert f"{ACT}:{line}:" in found
    assert "regions[2].write_in.languages: none of zh is a language of this site" in found
