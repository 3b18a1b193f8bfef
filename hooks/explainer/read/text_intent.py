"""Whether each text says what its writer meant, in the language it is filed under.

YAML accepts, and the site would publish without a word:
- an unquoted text followed by ` #`: what follows is a comment, so the text is cut there (error);
- the same words in two languages: usually a copy waiting for its translation (warning);
- a text that reads like another language of the site than its key: English pasted under `fr:`
  (warning).
Either warning can be meant (a proper name, a quotation): the comment `# intended` at the end of
the text's key line, or of the value's line, says so (CONTRIBUTING: "When a warning is meant").

The language of a text is judged against the site's own texts in each language (letter
trigrams, naive Bayes), so that no word list names a language: a new language is recognised as
soon as enough of it is written.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import chain, repeat
from operator import add, mul, sub

from .load import Document, YamlPath
from .problems import Problem
from .translations import texts

INTENDED = "# intended"
# A language is recognised once its texts hold this many letter trigrams (about 40 sentences).
MIN_PROFILE = 3000
# Shorter texts (names, labels) say too little about their language.
MIN_WORDS = 5
# How much better (mean log-likelihood per trigram) another language must fit a text. Tuned on
# the site's data: every real text stays below 0.2, and English pasted under `fr:` scores
# above 0.25 in 440 texts out of 445.
MARGIN = 0.25

_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_NOT_WORDS = re.compile(r"https://\S+|`[^`]*`|\{[a-z_]+\}")
_WORD = re.compile(r"[^\W\d_]+")


def language_name(code: str) -> str:
    """'English (en)', or the code alone for a language Babel does not know."""
    from babel import Locale, UnknownLocaleError

    try:
        return f"{Locale.parse(code).get_display_name('en')} ({code})"
    except (UnknownLocaleError, ValueError):
        return code


def _is_intended(doc: Document, *paths: YamlPath) -> bool:
    for path in paths:
        for comment in (doc.comments.get(path), doc.key_comments.get(path)):
            if comment is not None and comment.startswith(INTENDED):
                return True
    return False


def _line(doc: Document, path: YamlPath, *, key: bool = False) -> int:
    return doc.where(path, key=key)[0]


def cut_by_comment(doc: Document, languages: Sequence[str]) -> list[Problem]:
    """Unquoted texts, and unquoted values of several words, followed by a comment."""
    problems = []
    in_texts = {(*path, lang) for path, _, text in texts(doc.data, languages) for lang in text}
    for path, comment in doc.comments.items():
        if path not in doc.plain or comment.startswith(INTENDED):
            continue
        value = _value(doc.data, path)
        if path not in in_texts and not (isinstance(value, str) and " " in value.strip()):
            continue
        shown = comment if len(comment) <= 40 else comment[:39] + "…"
        problems.append(doc.problem(
            path, f'this text stops before " {shown}": without quotes, YAML reads what follows '
            '" #" as a comment, and the site would publish only what comes before',
            "put the whole text between quotes; a comment may follow the closing quote"))
    return problems


def _value(data: object, path: YamlPath) -> object:
    for part in path:
        found = (isinstance(data, dict) and part in data) or \
            (isinstance(data, list) and isinstance(part, int) and part < len(data))
        if not found:
            return None
        data = data[part]  # type: ignore[index]
    return data


def identical_across_languages(doc: Document, languages: Sequence[str]) -> list[Problem]:
    problems = []
    for path, _, text in texts(doc.data, languages):
        present = [lang for lang in languages if isinstance(text.get(lang), str)]
        for index, lang in enumerate(present):
            same = [other for other in present[:index] if text[other].strip() ==
                    text[lang].strip()]
            if not same or _is_intended(doc, path, *((*path, code) for code in present)):
                continue
            line = _line(doc, path, key=True)
            problems.append(doc.problem(
                path, f"the {lang} text is the same as the {same[0]} text, word for word",
                f'translate it; if the same words are meant in every language (a proper name), '
                f'end line {line} with the comment "{INTENDED}"', key=True, warning=True))
            break
    return problems


def _trigrams(text: str) -> tuple[list[str], int]:
    """Every letter trigram of a text, in order and repeated as often as it occurs, and the
    number of its words."""
    text = _NOT_WORDS.sub(" ", _LINK.sub(r"\1", text))
    words = _WORD.findall(text.lower())
    # Two spaces between words: every trigram holds letters of one word at most.
    padded = f" {'  '.join(words)} "
    # Three shifted copies zipped: the trigrams without a Python loop (zip stops at the end of
    # the shortest, two characters before the end).
    return list(map("".join, zip(padded, padded[1:], padded[2:], strict=False))), len(words)


@dataclass
class _Sample:
    doc: Document
    path: YamlPath
    lang: str
    trigrams: list[str]
    words: int


class LanguageProfiles:
    """Letter-trigram counts of every language, from the texts filed under it."""

    def __init__(self, samples: Sequence[_Sample], languages: Sequence[str]) -> None:
        # One count over all the texts of a language (Counter counts an iterable in C; adding
        # up one Counter per text would loop in Python).
        self.counts: dict[str, Counter[str]] = {
            lang: Counter(chain.from_iterable(s.trigrams for s in samples if s.lang == lang))
            for lang in languages}
        self.totals = {lang: sum(counts.values()) for lang, counts in self.counts.items()}
        self.vocabulary = len(set().union(*self.counts.values())) or 1
        self.known = [lang for lang in languages if self.totals[lang] >= MIN_PROFILE]
        # log(count + 1) of every trigram seen (add-one smoothing; unseen ones give log 1 = 0).
        self._logs = {lang: dict(zip(counts, map(math.log, map(add, counts.values(), repeat(1))),
                                     strict=True))
                      for lang, counts in self.counts.items() if lang in self.known}

    # Both fits below are the sum over a text's distinct trigrams g, each seen n times, of
    # n * log(...), written with map() so that the loop runs in C: same terms, same order.

    def fit(self, grams: Mapping[str, int], lang: str) -> float:
        """Mean log-likelihood of the trigrams under a language."""
        logs = self._logs[lang]
        size = sum(grams.values())
        return sum(map(mul, grams.values(), map(logs.get, grams, repeat(0.0)))) / size - \
            math.log(self.totals[lang] + self.vocabulary)

    def fit_without(self, grams: Mapping[str, int], lang: str) -> float:
        """The same under the language a text is filed under, leaving its own counts out:
        log(count - n + 1), the count being the language's."""
        counts = self.counts[lang]
        size = sum(grams.values())
        total = self.totals[lang] - size + self.vocabulary
        seen = grams.values()
        left = map(sub, map(counts.__getitem__, grams), map(sub, seen, repeat(1)))
        return sum(map(mul, seen, map(math.log, left))) / size - math.log(total)


def foreign_language(docs: Mapping[str, Document], languages: Sequence[str]) -> list[Problem]:
    samples = [
        _Sample(doc, (*path, lang), lang, *_trigrams(value))
        for doc in docs.values()
        for path, _, text in texts(doc.data, languages)
        for lang, value in text.items()
        if lang in languages and isinstance(value, str)
    ]
    profiles = LanguageProfiles(samples, languages)
    problems = []
    for sample in samples:
        if sample.words < MIN_WORDS or sample.lang not in profiles.known:
            continue
        grams = Counter(sample.trigrams)
        own = profiles.fit_without(grams, sample.lang)
        best, score = max(((lang, profiles.fit(grams, lang)) for lang in profiles.known
                           if lang != sample.lang), key=lambda found: found[1],
                          default=(None, -math.inf))
        if best is None or score - own < MARGIN:
            continue
        text_path = sample.path[:-1]
        if _is_intended(sample.doc, text_path, sample.path):
            continue
        line = _line(sample.doc, sample.path)
        problems.append(sample.doc.problem(
            sample.path, f"this text reads like {language_name(best)}, not "
            f"{language_name(sample.lang)}",
            f"put the {sample.lang} text here; if it is meant (a quotation), end line {line} "
            f'with the comment "{INTENDED}"', warning=True))
    return problems


def check_texts(docs: Mapping[str, Document], languages: Sequence[str]) -> list[Problem]:
    """Errors (texts cut by a comment) and warnings (copies, texts in another language)."""
    problems: list[Problem] = []
    for doc in docs.values():
        problems += cut_by_comment(doc, languages)
        problems += identical_across_languages(doc, languages)
    problems += foreign_language(docs, languages)
    return problems
