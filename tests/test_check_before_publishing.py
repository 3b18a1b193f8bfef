"""`make check` reports, at its line, whatever the build would refuse or publish otherwise than
the contributor meant: one case per mistake of the contributor test, and similar ones.

Each case writes the mistake into a copy of the project and asserts the exact line printed.
(tests/test_data_errors.py checks that the build prints the same lines.)
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import LANGUAGES
from explainer.cli import main

FIRST, OTHER = LANGUAGES[0], LANGUAGES[-1]
FAQ = "data/faq.yml"
TOO_LATE = "- id: too-late\n    question:\n"  # the first FAQ question, whose id never changes


def _replace_line(project: Path, file: str, after: str, new: str, skip: int = 0) -> int:
    """Replace the line that follows `after` (a unique piece of the file; `skip` lines further
    down) by `new`; returns its line number."""
    path = project / file
    text = path.read_text(encoding="utf-8")
    assert text.count(after) == 1, after
    start = text.index(after) + len(after)
    lines = text[:start].count("\n") + skip
    all_lines = text.split("\n")
    all_lines[lines] = new
    path.write_text("\n".join(all_lines), encoding="utf-8")
    return lines + 1


def _replace_first(project: Path, file: str, start: str, new: str) -> int:
    """Replace the first line that begins with `start` by `new`; returns its line number."""
    path = project / file
    text = path.read_text(encoding="utf-8")
    first = text.index(start)
    end = text.index("\n", first)
    path.write_text(text[:first] + new + text[end:], encoding="utf-8")
    return text[:first].count("\n") + 1


def _check(project: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, list[str]]:
    status = main(["--root", str(project), "check"])
    captured = capsys.readouterr()
    return status, captured.err.splitlines() + captured.out.splitlines()


def _question(project: Path, lang_index: int, value: str) -> int:
    """Write the first FAQ question's text in a language, as given (YAML, quotes included)."""
    lang = LANGUAGES[lang_index]
    return _replace_line(project, FAQ, TOO_LATE, f"      {lang}: {value}", skip=lang_index)


def test_unquoted_text_cut_at_a_comment(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    line = _question(project, 0, "Le 3 novembre 2025 est passé, voir le point #2 du guide. "
                                 "Est-il trop tard ?")
    assert _check(project, capsys) == (1, [
        f'{FAQ}:{line}:11: questions[0].question.{FIRST}: this text stops before " #2 du guide. '
        'Est-il trop tard ?": without quotes, YAML reads what follows " #" as a comment, and '
        "the site would publish only what comes before (hint: put the whole text between "
        "quotes; a comment may follow the closing quote)",
        "1 problem in data/: nothing was built."])


def test_curly_quotes_used_as_quotes(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    line = _question(project, 0, "“Le 3 novembre 2025 est passé. Est-il trop tard ?”")
    assert _check(project, capsys)[1][0] == (
        f"{FAQ}:{line}:11: questions[0].question.{FIRST}: this value stands between curly "
        "quotes “ ”, which YAML does not read as quotes: they would be published as part of it "
        "(hint: write straight quotes \"…\" instead; if the “ ” belong to the text, put it all "
        "between straight quotes: '“…”')")


@pytest.mark.parametrize(("value", "message"), [
    ('" "', "this text is blank: it holds only spaces"),
    ('""', "this text is empty"),
])
def test_blank_text(project: Path, capsys: pytest.CaptureFixture[str], value: str,
                    message: str) -> None:
    line = _question(project, 1, value)
    assert _check(project, capsys) == (1, [
        f"{FAQ}:{line}:11: questions[0].question.{OTHER}: {message} (hint: write the text, or "
        "remove the key)",
        "1 problem in data/: nothing was built."])


def test_placeholder_where_nothing_fills_it_in(project: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    line = _question(project, 1, '"{date} has passed. Is it too late?"')
    assert _check(project, capsys)[1][0] == (
        f'{FAQ}:{line}:11: questions[0].question.{OTHER}: {{date}} is not filled in here: the '
        'page would show "{date}" as it is (hint: write it out: this text takes no '
        "placeholders)")


def test_placeholder_that_this_text_does_not_get(project: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    line = _replace_line(project, "data/site.yml", "\ncountdown:\n", f'    {OTHER}: '
                         '"{duration} left, on {title}."',
                         skip=_countdown_offset(project, OTHER))
    assert _check(project, capsys)[1][0] == (
        f'data/site.yml:{line}:9: countdown.banner_before.{OTHER}: {{title}} is not filled in '
        'here: the page would show "{title}" as it is (hint: this text may use {date}, '
        '{duration})')


def _countdown_offset(project: Path, lang: str) -> int:
    """Lines from `countdown:` to the `lang` line of `countdown.banner_before`."""
    from explainer.read.load import load_document

    doc, _ = load_document(project / "data" / "site.yml", "data/site.yml")
    return doc.where(("countdown", "banner_before", lang))[0] - \
        doc.where(("countdown",), key=True)[0] - 1


def test_source_that_nothing_cites(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = project / "data" / "sources.yml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "\nsources:\n", '\nsources:\n  - id: AUTH-XX\n    publisher: "Autorité"\n'
        '    title: "Titre"\n    url: "https://example.org/"\n    lang: "fr"\n'
        '    kind: "authority"\n', 1), encoding="utf-8")
    line = path.read_text(encoding="utf-8").split("\n").index("  - id: AUTH-XX") + 1
    assert _check(project, capsys) == (1, [
        f'data/sources.yml:{line}:9: sources[0].id: the source "AUTH-XX" is cited nowhere '
        "(hint: cite it where it supports a fact (sources: [AUTH-XX]), or remove it: the "
        "sources page lists only what the site relies on)",
        "1 problem in data/: nothing was built."])


@pytest.mark.parametrize(("link", "message"), [
    ("guide/", 'the link "guide/" is not how a text links to a page of this site (hint: write '
     "guide.md: links to pages use their file names, which the build turns into addresses)"),
    ("/guide/#web-switch-off", 'the link "/guide/#web-switch-off" is not how a text links to a '
     "page of this site (hint: write guide.md#web-switch-off: links to pages use their file "
     "names, which the build turns into addresses)"),
    ("#give-a-reasn", 'this page has no anchor "#give-a-reasn" (hint: did you mean '
     "\"give-a-reason\"? anchors are the ids of faq.md's sections, steps and questions "
     "(data/faq.yml))"),
    ("faq.md?x=1", 'the link "faq.md?x=1" has a "?…" part, which pages of this site do not '
     "read (hint: remove it)"),
])
def test_link_that_would_not_lead_where_it_says(project: Path, capsys: pytest.CaptureFixture[str],
                                                link: str, message: str) -> None:
    line = _question(project, 1, f'"Is it [too late]({link})?"')
    assert _check(project, capsys) == (1, [
        f"{FAQ}:{line}:11: questions[0].question.{OTHER}: {message}",
        "1 problem in data/: nothing was built."])


def test_short_address_to_an_anchor_that_does_not_exist(
        project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = project / "data" / "share.yml"
    old = f"  - path: refuser\n    page: guide\n    lang: {FIRST}\n"
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1
    path.write_text(text.replace(old, old + "    anchor: web-switch-of\n"), encoding="utf-8")
    line = text[:text.index(old)].count("\n") + 4
    assert _check(project, capsys) == (1, [
        f'data/share.yml:{line}:13: redirects[0].anchor: the page guide.md has no anchor '
        '"#web-switch-of" (hint: did you mean "web-switch-off"? the short address would lead '
        "to the top of the page)",
        "1 problem in data/: nothing was built."])


def test_page_title_too_long_for_its_card(project: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    line = _replace_line(project, "data/ui.yml", "pages:\n  home:\n    title:\n",
                         f'      {OTHER}: "{"A very long title " * 12}"', skip=1)
    assert _check(project, capsys) == (1, [
        f"data/ui.yml:{line}:11: pages.home.title.{OTHER}: this page title is too long for the "
        "link-preview image (four lines at the smallest size) (hint: shorten it)",
        "1 problem in data/: nothing was built."])


@pytest.mark.parametrize(("date", "message"), [
    ("2025-02-29", '"2025-02-29" is not a real date: February 2025 has 28 days (2025 is not a '
     "leap year) (hint: check the date in the source)"),
    ("0000", "the year 0000 is not a plausible date for this site (hint: write a year from "
     "1900 to 2099)"),
    ("03/10/2024", '"03/10/2024" is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD (hint: '
     'write it year first: "2024-10-03")'),
    ("2025-13", '"2025-13" has no month 13 (hint: months go from 01 to 12: YYYY-MM-DD)'),
])
def test_date_that_is_not_a_real_one(project: Path, capsys: pytest.CaptureFixture[str],
                                     date: str, message: str) -> None:
    line = _replace_first(project, "data/timeline.yml", "    date: ", f'    date: "{date}"')
    assert _check(project, capsys) == (1, [
        f"data/timeline.yml:{line}:11: events[0].date: {message}",
        "1 problem in data/: nothing was built."])


@pytest.mark.parametrize(("url", "hint"), [
    ("http://www.example.org/a", "the site links only to secure addresses: write https:// "
     "(check that the page opens with it)"),
    ("www.example.org/a", 'an address starts with https://, for example '
     '"https://www.example.org/a"'),
])
def test_address_without_https(project: Path, capsys: pytest.CaptureFixture[str], url: str,
                               hint: str) -> None:
    line = _replace_first(project, "data/sources.yml", "    url: ", f'    url: "{url}"')
    assert _check(project, capsys) == (1, [
        f'data/sources.yml:{line}:10: sources[0].url: "{url}" is not in the expected form '
        f"(hint: {hint})",
        "1 problem in data/: nothing was built."])


def test_file_saved_in_latin1(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = project / FAQ
    text = path.read_text(encoding="utf-8")
    path.write_bytes(text.encode("cp1252", errors="replace"))
    status, lines = _check(project, capsys)
    first_line = next(number for number, row in enumerate(text.split("\n"), start=1)
                      if any(ord(ch) > 127 for ch in row))
    row = text.split("\n")[first_line - 1]
    column = next(index for index, ch in enumerate(row, start=1) if ord(ch) > 127)
    assert status == 1
    assert lines[0].startswith(f"{FAQ}:{first_line}:{column}: the file is not UTF-8 text: the "
                               "character here (byte 0x")


def test_renamed_and_emptied_files(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / FAQ).rename(project / "data" / "faq.yaml")
    (project / "data" / "law.yml").write_text("", encoding="utf-8")
    (project / "data" / "notes.yml").write_text("a: 1\n", encoding="utf-8")
    assert _check(project, capsys) == (1, [
        "data/faq.yml:1:1: the file is missing, but data/faq.yaml is there (hint: rename it "
        "faq.yml: the site reads only that name)",
        "data/law.yml:1:1: the file is empty (hint: undo the change that emptied it (`git "
        "checkout -- data/law.yml` brings back the last committed version))",
        "data/notes.yml:1:1: warning: the site does not read this file (hint: the data files "
        "are act.yml, changelog.yml, data-use.yml, faq.yml, guide.yml, law.yml, regions.yml, "
        "share.yml, site.yml, sources.yml, timeline.yml, ui.yml: put its content into one of "
        "them)",
        "2 problems in data/ (and 1 warning): nothing was built."])


def test_what_the_checks_do_not_know_is_still_a_line_not_a_traceback(
        project: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Whatever else would make a page fail to build is reported against its data file."""
    import explainer.outputs.site_check

    def broken(kind: str, view: object) -> str:
        raise ValueError("day is out of range for month")

    monkeypatch.setattr(explainer.outputs.site_check, "render_page", broken)
    status, lines = _check(project, capsys)
    assert status == 1
    assert (f"data/timeline.yml:1:1: the timeline page ({FIRST}) cannot be built: ValueError: "
            "day is out of range for month (hint: make check does not know this mistake yet: "
            "look at your last change in data/, and tell the maintainers this message)") in lines
    assert not any("Traceback" in row for row in lines)
