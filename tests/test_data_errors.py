"""A mistake in data/ stops the build before anything is written, naming file, line and path.

One case per kind of mistake: the edit a contributor might make, and the exact line they get
from `explainer check`. The site build prints the same line: checked for one mistake of each
stage (YAML, schema, cross-reference), since build and check share the same code.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import LANGUAGES, run_build
from explainer.cli import main

OTHER = LANGUAGES[-1]
SITE = "data/site.yml"
SHARE = "data/share.yml"
REGIONS = "data/regions.yml"
SOURCES = "data/sources.yml"
LAW = "data/law.yml"
TIMELINE = "data/timeline.yml"
FAQ = "data/faq.yml"


@dataclass(frozen=True)
class Mistake:
    file: str
    old: str  # a unique piece of the file...
    new: str  # ...and what the contributor wrote instead
    # The expected line, with {line} standing for the line of `old` in the file.
    expected: str
    offset: int = 0  # when the problem is reported on a later line than `old`
    first: str = ""  # a piece of the file whose line fills {previous}
    drop_next_line: bool = False  # also delete the line after the reported one


MISTAKES = {
    "yaml syntax error": Mistake(
        SITE, 'updated: "2026-11-30"', 'updated: 2026-11-22: reviewed',
        "{file}:{line}:20: mapping values are not allowed in this context "
        "(hint: put text that contains ': ' between quotes)"),
    "tab indentation": Mistake(
        SITE, '\n  fr: "LinkedIn et', '\n\tfr: "LinkedIn et',
        "{file}:{line}:1: found character '\\t' that cannot start any token "
        "(hint: indent with spaces, never tabs)", offset=1),
    "duplicate key": Mistake(
        SITE, '\nrepository:', '\nupdated: "2026-11-23"\nrepository:',
        '{file}:{line}:1: updated: the key "updated" appears twice (first on line {previous}) '
        "(hint: keep one of them: YAML would silently drop the first)", offset=1,
        first='\nupdated:'),
    "missing translation": Mistake(
        SITE, f"name:\n  {LANGUAGES[0]}:", f"name:\n  {LANGUAGES[0]}:",
        f'{{file}}:{{line}}:3: name: the "{OTHER}" translation is missing '
        f"(hint: add a line `{OTHER}: ...` with the text in that language)", offset=1,
        drop_next_line=True),
    "unknown key": Mistake(
        SITE, '\nrepository:', '\nrepositry: x\nrepository:',
        '{file}:{line}:1: repositry: unknown key "repositry" (hint: did you mean "repository"? '
        "allowed keys: about, countdown, description, key_facts, locale, name, publisher, "
        "repository, summary, typography, updated)", offset=1),
    "wrong type": Mistake(
        SITE, 'updated: "2026-11-30"', "updated: [2026, 11, 30]",
        "{file}:{line}:10: updated: expected text, found a list (hint: for example "
        "'2025-11-03')"),
    "invalid date": Mistake(
        SITE, 'updated: "2026-11-30"', 'updated: "2026-11-31"',
        '{file}:{line}:10: updated: "2026-11-31" is not a real date: November 2026 has 30 days '
        "(hint: check the date in the source)"),
    # What `make check` once let through, and the build then refused with a traceback or a
    # message about docs/faq.md: the same line now comes from both.
    "impossible date of an event": Mistake(
        TIMELINE, 'date: "2024-06"', 'date: "2024-11-31"',
        '{file}:{line}:11: events[1].date: "2024-11-31" is not a real date: November 2024 has '
        "30 days (hint: check the date in the source)"),
    "link to a page that does not exist": Mistake(
        FAQ, f'- id: too-late\n    question:\n      {LANGUAGES[0]}: "',
        f'- id: too-late\n    question:\n      {LANGUAGES[0]}: "[Voir](nowhere.md) ',
        f'{{file}}:{{line}}:11: questions[0].question.{LANGUAGES[0]}: the link "nowhere.md" '
        "leads to no page of this site (hint: the pages are index.md, guide.md, data.md, "
        "law.md, act.md, timeline.md, faq.md, sources.md, about.md, changes.md)", offset=2),
    "link to an anchor that does not exist": Mistake(
        FAQ, f'- id: too-late\n    question:\n      {LANGUAGES[0]}: "',
        f'- id: too-late\n    question:\n      {LANGUAGES[0]}: "[Voir](guide.md#web-switch-of) ',
        f'{{file}}:{{line}}:11: questions[0].question.{LANGUAGES[0]}: guide.md has no anchor '
        '"#web-switch-of" (hint: did you mean "web-switch-off"? anchors are the ids of '
        "guide.md's sections, steps and questions (data/guide.yml))", offset=2),
    "unknown source id": Mistake(
        SITE, "[LI-A8059228, AUTH-ICO, AUTH-BE,", "[LI-A8059228, AUTH-ICX, AUTH-BE,",
        '{file}:{line}:28: summary[0].sources[1]: unknown source "AUTH-ICX" '
        '(hint: did you mean "AUTH-ICO"? every source must be listed in data/sources.yml)'),
    "duplicate id": Mistake(
        REGIONS, "- id: switzerland", "- id: eu-eea",
        '{file}:{line}:9: regions[1].id: the id "eu-eea" is already used on line '
        "{previous} (hint: ids are anchors: each must be unique on its page)",
        first="- id: eu-eea"),
    "source cited nowhere": Mistake(
        SOURCES, "sources:\n", "sources:\n  - id: MED-NEW\n    publisher: \"New\"\n"
        "    title: \"New\"\n    lang: \"en\"\n    kind: \"press\"\n",
        '{file}:{line}:9: sources[0].id: the source "MED-NEW" is cited nowhere '
        "(hint: cite it where it supports a fact (sources: [MED-NEW]), or remove it: the "
        "sources page lists only what the site relies on)", offset=1),
    "primary source listed after a secondary one": Mistake(
        LAW, "sources: [LAW-GDPRHUB17, LAW-PHILIPPE]", "sources: [LAW-PHILIPPE, LAW-GDPRHUB17]",
        '{file}:{line}:33: sections[3].items[3].sources[1]: the primary source "LAW-GDPRHUB17" '
        'comes after "LAW-PHILIPPE" (hint: list primary sources (kind linkedin, authority or '
        "law-text) before the others)"),
    "a blog as the only source": Mistake(
        LAW, "sources: [LAW-GDPRHUB17, LAW-PHILIPPE]", "sources: [MED-HCC]",
        "{file}:{line}:18: sections[3].items[3].sources: only blogs support this "
        "(hint: add a primary or press source, or drop the fact)"),
    "source kind outside the vocabulary": Mistake(
        SOURCES, '    kind: "linkedin"\n    note:\n      fr: "Lue via une copie sur un site miroir',
        '    kind: "official"\n    note:\n      fr: "Lue via une copie sur un site miroir',
        '{file}:{line}:11: sources[0].kind: "official" is not allowed (hint: should be one of: '
        "linkedin, authority, law-text, legal-press, press, consumer-org, ngo, blog)"),
    "a text names a label the guide does not have": Mistake(
        FAQ, "    labels: [ads-data, ads-share]", "    labels: [ads-data, ads-shar]",
        '{file}:{line}:24: questions[11].labels[1]: unknown label "ads-shar" (hint: labels are '
        "defined under `labels:` in data/guide.yml: ads-data, ads-share, app-settings, "
        "data-privacy, gai-setting, how-linkedin-uses, me-menu, settings-privacy, toggle)"),
    "region names an authority that does not exist": Mistake(
        REGIONS, "authorities: [pcpd]", "authorities: [pcdp]",
        '{file}:{line}:21: regions[4].complaint.authorities[0]: no authority has the id "pcdp" '
        "(hint: the authorities are dpc, cnil, apd, cnpd, ap, garante, ico, fdpic, opc, cai, "
        "pcpd (authorities.items))"),
    "short address to a language the site does not have": Mistake(
        SHARE, f"  - path: refuser\n    page: guide\n    lang: {LANGUAGES[0]}\n",
        "  - path: refuser\n    page: guide\n    lang: xx\n",
        '{file}:{line}:11: redirects[0].lang: "xx" is not a language of this site (hint: the '
        f"languages are {', '.join(LANGUAGES)} (mkdocs.yml))", offset=2),
    "short address a page already uses": Mistake(
        SHARE, "  - path: refuser\n", "  - path: faq\n",
        '{file}:{line}:11: redirects[0].path: the address "/faq/" is already used by the site '
        "(hint: choose another short address)"),
    "missing translation in a text with two forms": Mistake(
        SHARE, f'    after:\n      {LANGUAGES[0]}: "Depuis le {{date}}, LinkedIn entraîne',
        f'    after:\n      {LANGUAGES[0]}: "Depuis le {{date}}, LinkedIn entraîne',
        f'{{file}}:{{line}}:7: messages.home.after: the "{OTHER}" translation is missing '
        f"(hint: add a line `{OTHER}: ...` with the text in that language)", offset=1,
        drop_next_line=True),
}


def _make(project: Path, mistake: Mistake) -> str:
    """Write the mistake into the project; returns the line the contributor should see."""
    path = project / mistake.file
    text = path.read_text(encoding="utf-8")
    assert text.count(mistake.old) == 1, mistake.old
    start = text.index(mistake.old)
    line = text[:start].count("\n") + 1 + mistake.offset
    edited = text.replace(mistake.old, mistake.new)
    if mistake.drop_next_line:
        lines = edited.splitlines(keepends=True)
        del lines[line]
        edited = "".join(lines)
    path.write_text(edited, encoding="utf-8")
    previous = text[:text.index(mistake.first)].count("\n") + 1 + mistake.first.startswith("\n") \
        if mistake.first else 0
    return mistake.expected.format(file=mistake.file, line=line, previous=previous)


# A mistake of each stage of the check: reading the YAML, the schema, the cross-references.
BUILT = ("yaml syntax error", "unknown key", "unknown source id")


@pytest.mark.parametrize("name", list(MISTAKES))
def test_mistake_is_named_with_its_file_and_line(project: Path, tmp_path: Path, name: str,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    expected = _make(project, MISTAKES[name])

    assert main(["--root", str(project), "check"]) == 1
    reported = capsys.readouterr().err.splitlines()
    assert expected in reported, "\n".join(reported)
    if name not in BUILT:
        return

    out = tmp_path / "out"
    result = run_build(project, out)
    assert result.returncode == 1
    assert expected in result.stderr, result.stderr
    assert not out.exists() or not any(out.iterdir()), "the build wrote files"


def test_every_problem_in_every_file_is_listed_at_once(project: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """A schema mistake in one file does not hide a cross-reference mistake in another."""
    site = project / SITE
    site.write_text(site.read_text(encoding="utf-8") + "colour: blue\nsize: 3\n",
                    encoding="utf-8")
    faq = project / "data" / "faq.yml"
    text = faq.read_text(encoding="utf-8")
    faq.write_text(text.replace("sources: [", "sources: [NO-SUCH, ", 1),
                   encoding="utf-8")

    assert main(["--root", str(project), "check"]) == 1
    err = capsys.readouterr().err
    assert 'colour: unknown key "colour"' in err
    assert 'size: unknown key "size"' in err
    assert 'questions[0].sources[0]: unknown source "NO-SUCH"' in err
    assert err.splitlines()[-1] == "3 problems in data/: nothing was built."
