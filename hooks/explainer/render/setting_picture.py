"""The picture of the setting: a schematic drawing (SVG), made at build time from LinkedIn's
labels in the page's language, of the screen where the setting sits and of its switch, off.

It is a drawing and says so: plain shapes, no logo, no photo. It shows only wordings that the
data holds with their sources; where the sources give several wordings for one label, the words
that differ are all drawn ("les/des"), never one chosen silently. Colours come from classes
that the site's CSS styles for the light and dark palettes (presentation attributes are only a
fallback): no inline style, for the Content-Security-Policy.

SVG text does not wrap: lines are broken here, measured with the DejaVu Sans fonts shipped for
the social cards. DejaVu is wider than the fonts phones use, so a measured line always fits.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from PIL import ImageFont

FONTS = Path(__file__).parents[1] / "outputs" / "fonts"
REGULAR, BOLD = FONTS / "DejaVuSans.ttf", FONTS / "DejaVuSans-Bold.ttf"

WIDTH = 280          # viewBox units: about one CSS pixel in a step on a 320-px-wide phone
PAD = 16             # inner margin of the drawn screen
SWITCH_W, SWITCH_H = 44, 24
SMALL, BODY, TITLE = 13, 14, 16   # font sizes
LEADING = 1.35


@dataclass(frozen=True)
class Wording:
    """One label as the sources give it: words shared by every wording, and where they differ,
    the alternatives (`["les", "des"]`), in the data's order."""

    prefix: str
    alternatives: tuple[str, ...]
    suffix: str

    @property
    def varies(self) -> bool:
        return len(self.alternatives) > 1

    def first(self) -> str:
        return _join(self.prefix, self.alternatives[0], self.suffix)

    def others(self) -> tuple[str, ...]:
        return self.alternatives[1:]


def _join(*parts: str) -> str:
    return " ".join(part for part in parts if part)


def wording(texts: Sequence[str]) -> Wording:
    """The words all `texts` share at their start and end, and what differs between them.

    `["Utiliser mes données pour entraîner les modèles", "… entraîner des modèles"]` gives the
    prefix "Utiliser mes données pour entraîner", the alternatives ("les", "des") and the
    suffix "modèles".
    """
    unique = list(dict.fromkeys(texts))
    if len(unique) == 1:
        return Wording("", (unique[0],), "")
    words = [text.split() for text in unique]
    start = 0
    while all(len(w) > start for w in words) and len({w[start] for w in words}) == 1:
        start += 1
    end = 0
    while (all(len(w) - end > start for w in words)
           and len({w[len(w) - end - 1] for w in words}) == 1):
        end += 1
    middles = tuple(" ".join(w[start:len(w) - end]) for w in words)
    if not all(middles):
        # One wording is the other with words left out: show each in full.
        return Wording("", tuple(unique), "")
    return Wording(" ".join(words[0][:start]), middles, " ".join(words[0][len(words[0]) - end:]))


@dataclass(frozen=True)
class Run:
    """A piece of a line of text, with the class that styles it."""

    text: str
    cls: str = ""


@dataclass(frozen=True)
class Line:
    x: float
    y: float
    runs: tuple[Run, ...]
    cls: str
    size: int
    anchor: str = "start"
    lang: str = ""      # the language of its words when it is not the page's


@dataclass(frozen=True)
class Shape:
    """A rectangle, circle or line of the drawing (SVG element name and attributes)."""

    tag: str
    cls: str
    attrs: tuple[tuple[str, str], ...]


@dataclass
class Picture:
    """Everything the SVG template draws."""

    id: str
    width: int
    height: int
    title: str
    description: str
    shapes: list[Shape] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    # The language of the title and of the description when it is not the page's.
    title_lang: str = ""
    description_lang: str = ""


@lru_cache(maxsize=16)
def _font(bold: bool, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(BOLD if bold else REGULAR), size)


def _width(text: str, size: int, bold: bool = False) -> float:
    return _font(bold, size).getlength(text)


def _wrap(runs: Sequence[Run], width: float, size: int, bold: bool = False
          ) -> list[tuple[Run, ...]]:
    """Break runs into lines no wider than `width`, between words; a run's class follows its
    words onto the next line."""
    words = [(word, run.cls) for run in runs for word in run.text.split()]
    lines: list[list[tuple[str, str]]] = [[]]
    for word, cls in words:
        candidate = " ".join(w for w, _ in lines[-1] + [(word, cls)])
        if lines[-1] and _width(candidate, size, bold) > width:
            lines.append([])
        lines[-1].append((word, cls))
    result = []
    for line in lines:
        merged: list[Run] = []
        for word, cls in line:
            if merged and merged[-1].cls == cls:
                merged[-1] = Run(merged[-1].text + " " + word, cls)
            else:
                text = word if not merged else " " + word
                merged.append(Run(text, cls))
        result.append(tuple(merged))
    return result


def _runs(w: Wording, variant_joiner: str = "/") -> tuple[Run, ...]:
    runs = []
    if w.prefix:
        runs.append(Run(w.prefix))
    runs.append(Run(variant_joiner.join(w.alternatives), "pic-variant" if w.varies else ""))
    if w.suffix:
        runs.append(Run(w.suffix))
    return tuple(runs)


def _rect(cls: str, x: float, y: float, w: float, h: float, r: float = 0, **extra: str
          ) -> Shape:
    attrs = {"x": x, "y": y, "width": w, "height": h, **({"rx": r} if r else {}), **extra}
    return Shape("rect", cls, tuple((k, _num(v)) for k, v in attrs.items()))


def _circle(cls: str, cx: float, cy: float, r: float) -> Shape:
    return Shape("circle", cls, (("cx", _num(cx)), ("cy", _num(cy)), ("r", _num(r))))


def _line(cls: str, x1: float, y1: float, x2: float, y2: float) -> Shape:
    return Shape("line", cls, tuple((k, _num(v)) for k, v in
                                    (("x1", x1), ("y1", y1), ("x2", x2), ("y2", y2))))


def _path(cls: str, d: str) -> Shape:
    return Shape("path", cls, (("d", d),))


def _num(value: float | str) -> str:
    if isinstance(value, str):
        return value
    return f"{value:.1f}".rstrip("0").rstrip(".")


def draw(*, picture_id: str, app: bool, screen: Sequence[Wording], setting: Wording,
         switch: Wording, off_text: str, title: str, description: str, off_lang: str = "",
         title_lang: str = "", description_lang: str = "") -> Picture:
    """The drawing of one platform's setting screen: `screen` names where it sits (the
    breadcrumb on the web, the screen's title in the app), `setting` is the setting's name,
    `switch` the sentence beside the switch, drawn off; `off_text` is our own words for what
    off looks like, drawn outside the screen as an annotation. The `*_lang` are the languages
    of our texts when they are not the page's (a language in progress shows them untranslated
    until they are)."""
    pic = Picture(picture_id, WIDTH, 0, title, description, title_lang=title_lang,
                  description_lang=description_lang)
    inner = WIDTH - 2 * PAD
    y = 1.0
    top = 24.0 if not app else 22.0
    y += top
    # Where the setting sits.
    if app:
        # The screen's title, after a "back" chevron, as apps show it.
        chevron_x = PAD + 2
        rows = _wrap(_runs(screen[-1]), inner - 18, BODY, bold=True)
        for index, row in enumerate(rows):
            y += BODY * LEADING
            pic.lines.append(Line(PAD + 18, y, row, "pic-text pic-strong", BODY))
            if index == 0:
                pic.shapes.append(_path("pic-stroke", f"M{_num(chevron_x + 7)} {_num(y - 10)} "
                                                      f"l-6 5 l6 5"))
    else:
        crumbs: list[Run] = []
        for index, crumb in enumerate(screen):
            if index:
                crumbs.append(Run(" ›", "pic-muted"))
            last = index == len(screen) - 1
            for run in _runs(crumb):
                crumbs.append(Run((" " if crumbs else "") + run.text,
                                  "pic-strong" if last and not run.cls else run.cls))
        for row in _wrap(crumbs, inner, SMALL):
            y += SMALL * LEADING
            pic.lines.append(Line(PAD, y, row, "pic-muted", SMALL))
    y += 9
    pic.shapes.append(_line("pic-rule", PAD, y, WIDTH - PAD, y))
    # The setting's name, as a page title.
    y += 4
    for row in _wrap(_runs(setting), inner, TITLE, bold=True):
        y += TITLE * LEADING
        pic.lines.append(Line(PAD, y, row, "pic-text pic-strong", TITLE))
    y += 10
    # The sentence beside the switch, and the switch, off.
    text_width = inner - SWITCH_W - 14
    rows = _wrap(_runs(switch), text_width, BODY)
    first_baseline = y + BODY * LEADING
    for row in rows:
        y += BODY * LEADING
        pic.lines.append(Line(PAD, y, row, "pic-text", BODY))
    sx = WIDTH - PAD - SWITCH_W
    sy = first_baseline - BODY * 0.9
    pic.shapes.append(_rect("pic-switch-off", sx, sy, SWITCH_W, SWITCH_H, SWITCH_H / 2))
    pic.shapes.append(_circle("pic-knob-off", sx + SWITCH_H / 2, sy + SWITCH_H / 2,
                              SWITCH_H / 2 - 4))
    ring = _rect("pic-mark", sx - 5, sy - 5, SWITCH_W + 10, SWITCH_H + 10, SWITCH_H / 2 + 5)
    y = max(y, sy + SWITCH_H) + 16
    frame_h = y - 1
    # The screen itself, drawn first (under everything else).
    frame = [_rect("pic-frame", 1, 1, WIDTH - 2, frame_h, 18 if app else 8)]
    if app:
        frame.append(_rect("pic-bar", WIDTH / 2 - 30, 8, 60, 6, 3))
    else:
        frame.append(_line("pic-rule", 1, top, WIDTH - 1, top))
        frame += [_circle("pic-dot", 14 + 11 * i, top / 2 + 0.5, 3.5) for i in range(3)]
    pic.shapes[:0] = frame
    pic.shapes.append(ring)
    # Our annotation, outside the screen: a line from the switch to what "off" means.
    cx = sx + SWITCH_W / 2
    note_rows = _wrap([Run(off_text)], cx - PAD - 12, BODY, bold=True)
    y += 14
    pic.shapes.append(_line("pic-lead", cx, sy + SWITCH_H + 5, cx, y + 2))
    pic.shapes.append(_circle("pic-lead-dot", cx, y + 2, 2.5))
    for index, row in enumerate(note_rows):
        if index:
            y += BODY * LEADING
        pic.lines.append(Line(cx - 10, y + 6, row, "pic-note", BODY, anchor="end",
                              lang=off_lang))
    pic.height = int(y + 14)
    return pic
