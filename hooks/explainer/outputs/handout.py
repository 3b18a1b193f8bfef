"""The one-page handout: an A4 PDF per language, to print and pin up, drawn at build time.

What is happening in two lines, the path to the setting on each platform with the labels of the
page's language, the direct link, a QR code that opens the guide in that language with its
address written out, and the review date. Drawn with fpdf2 (text stays text: it can be selected
and searched) and segno (the QR code, drawn as vector squares), with the DejaVu fonts shipped in
fonts/ (no network). Kept in a cache, named by a hash of everything it shows, like the cards.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import astuple, dataclass
from datetime import UTC, datetime
from pathlib import Path

import fpdf
import segno
from babel import Locale
from fpdf import FPDF

from ..model import clock
from ..model.content import View
from ..model.typography import typeset_text
from ..read.placeholders import fill
from ..read.text_policy import plain_text
from .cards import BOLD, REGULAR

# Change it whenever the drawing changes, so that every cached handout is drawn again.
DESIGN_VERSION = "1"
# Millimetres: A4 portrait.
PAGE_WIDTH, PAGE_HEIGHT = 210.0, 297.0
MARGIN = 18.0
QR_SIZE = 46.0
# Modules of white around the QR code, as the standard asks.
QR_BORDER = 4
# Points to millimetres.
PT = 0.3528
INDIGO = (26, 35, 126)
AMBER = (255, 202, 40)
GREY = (84, 84, 84)
PALE = (255, 243, 205)        # amber 50: the direct link's band
INK = (20, 20, 20)
FONT = "DejaVu"
# Labels of one step that sources word in several ways are shown side by side.
VARIANT_JOIN = " / "
STEP_JOIN = " › "


@dataclass(frozen=True)
class PlatformPath:
    """One platform: its name and the labels to follow, in the handout's language."""

    name: str
    first: str
    steps: tuple[str, ...]
    last: str


@dataclass(frozen=True)
class Handout:
    """Everything the handout shows, as plain text."""

    lang: str
    site_name: str
    title: str
    summary: str
    steps_title: str
    paths: tuple[PlatformPath, ...]
    link_title: str
    link_hint: str
    settings_url: str
    qr_title: str
    guide_url: str
    more: str
    review: str
    legal: str


def _label(view: View, label_id: str) -> str:
    """A label of the guide in the handout's language, every known wording of it; in another
    language, named after it, when the sources give none in this one."""
    label = view.data("guide").labels[label_id]
    handout = view.data("act").handout
    if view.lang in label:
        return VARIANT_JOIN.join(fill(handout.label, label=v.text) for v in label[view.lang])
    other = next(iter(label))
    words = VARIANT_JOIN.join(fill(handout.label, label=v.text) for v in label[other])
    language = Locale.parse(view.lang).languages.get(other, other)
    return fill(handout.other_language, label=words, language=language)


def handout_for(view: View, guide_url: str, act_url: str) -> Handout:
    """The handout in the view's language, its words set by the language's typography
    (data/site.yml). `guide_url` and `act_url` are full addresses."""
    h = view.data("act").handout
    rule = view.typography_rule
    reviewed = clock.long_date(view.site.updated, view.locale)

    def words(text: str) -> str:
        return typeset_text(plain_text(text), rule)

    return Handout(
        lang=view.lang,
        site_name=words(view.site.name),
        title=words(h.title),
        summary=words(fill(h.summary, start_date=view.key_date)),
        steps_title=words(h.steps_title),
        paths=tuple(
            PlatformPath(name=words(p.name),
                         first=words(p.first) if p.first else "",
                         steps=tuple(words(_label(view, label)) for label in p.labels),
                         last=words(p.last))
            for p in h.paths
        ),
        link_title=words(h.link_title),
        link_hint=words(h.link_hint),
        settings_url=str(view.data("guide").settings_link.url),
        qr_title=words(h.qr_title),
        guide_url=guide_url,
        more=words(fill(h.more, address=act_url)),
        review=words(fill(h.review, date=reviewed)),
        legal=words(view.strings.not_legal_advice),
    )


def handout_file(view: View) -> str:
    """The handout's file name in the view's language (data/act.yml `handout.file`)."""
    return fill(str(view.data("act").handout.file), lang=view.lang)


def handout_key(handout: Handout, created: str) -> str:
    """A name that changes when anything the PDF is made of changes."""
    digest = hashlib.sha256(f"{DESIGN_VERSION}\0{fpdf.__version__}\0{segno.__version__}"
                            f"\0{created}".encode())
    for font in (REGULAR, BOLD):
        digest.update(hashlib.sha256(font.read_bytes()).hexdigest().encode())
    for part in astuple(handout):
        digest.update(b"\0" + repr(part).encode())
    return digest.hexdigest()[:32]


class _Sheet(FPDF):
    """A4 portrait, in millimetres, no automatic page break: the handout is one page."""

    def __init__(self) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.set_auto_page_break(False)
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.add_font(FONT, "", str(REGULAR))
        self.add_font(FONT, "B", str(BOLD))

    def write_block(self, text: str, size: float, *, bold: bool = False,
                    colour: tuple[int, int, int] = INK, width: float = 0,
                    line: float = 1.35, x: float | None = None) -> None:
        """Text in a column, ragged right (no stretched spaces), starting at x."""
        self.set_font(FONT, "B" if bold else "", size)
        self.set_text_color(*colour)
        left = self.l_margin if x is None else x
        self.set_x(left)
        self.multi_cell(width, size * PT * line, text, align="L",
                        new_x="LEFT", new_y="NEXT")
        self.set_x(self.l_margin)


def _qr(pdf: FPDF, url: str, x: float, y: float, size: float) -> None:
    """The QR code as filled squares: sharp at any print size, no image to embed."""
    code = segno.make(url, error="m", micro=False)
    matrix = [list(row) for row in code.matrix_iter(scale=1, border=QR_BORDER)]
    module = size / len(matrix)
    pdf.set_fill_color(255, 255, 255)
    pdf.rect(x, y, size, size, style="F")
    pdf.set_fill_color(0, 0, 0)
    for row, modules in enumerate(matrix):
        col = 0
        while col < len(modules):
            if not modules[col]:
                col += 1
                continue
            start = col
            while col < len(modules) and modules[col]:
                col += 1
            # One rectangle per run of dark modules, a hair taller than a module so that no
            # white line shows between rows once printed.
            pdf.rect(x + start * module, y + row * module, (col - start) * module,
                     module + 0.02, style="F")


def _draw(pdf: _Sheet, handout: Handout, created: datetime) -> bytes:
    pdf.set_creation_date(created)
    pdf.set_lang(handout.lang)
    pdf.set_title(handout.title)
    pdf.set_author(handout.site_name)
    pdf.set_creator(handout.site_name)
    pdf.add_page()
    inner = PAGE_WIDTH - 2 * MARGIN

    # A band of the site's colour: the handout reads as the site's from across a room.
    pdf.set_fill_color(*INDIGO)
    pdf.rect(0, 0, PAGE_WIDTH, 13, style="F")
    pdf.set_fill_color(*AMBER)
    pdf.rect(0, 13, PAGE_WIDTH, 2.5, style="F")
    pdf.set_xy(MARGIN, 3.5)
    pdf.set_font(FONT, "B", 12)
    pdf.set_text_color(255, 255, 255)
    pdf.cell(inner, 6, handout.site_name)

    pdf.set_xy(MARGIN, 25)
    pdf.write_block(handout.title, 24, bold=True, colour=INDIGO, line=1.15)
    pdf.ln(4)
    pdf.write_block(handout.summary, 13.5, line=1.4)
    pdf.ln(6)

    pdf.write_block(handout.steps_title, 19, bold=True, colour=INDIGO)
    pdf.ln(2)
    for path in handout.paths:
        top = pdf.get_y()
        pdf.write_block(path.name, 13.5, bold=True)
        pdf.ln(1)
        steps = (path.first, *path.steps) if path.first else path.steps
        for number, step in enumerate(steps, start=1):
            pdf.write_block(f"{number}. {step}", 12.5, x=MARGIN + 4, width=inner - 4,
                            line=1.3)
            pdf.ln(0.4)
        pdf.write_block(f"{len(steps) + 1}. {path.last}", 12.5, bold=True,
                        x=MARGIN + 4, width=inner - 4)
        pdf.set_draw_color(*AMBER)
        pdf.set_line_width(1.4)
        pdf.line(MARGIN - 4.5, top + 0.8, MARGIN - 4.5, pdf.get_y() - 0.8)
        pdf.ln(4)

    # The direct link, on a pale band: the one thing to type if the QR code is not an option.
    top = pdf.get_y()
    pdf.set_fill_color(*PALE)
    # Its caveat too, as on the guide: no official page gives that address.
    pdf.rect(MARGIN - 4.5, top - 2, inner + 9, 25, style="F")
    pdf.set_y(top)
    pdf.write_block(handout.link_title, 12.5, bold=True)
    pdf.ln(0.8)
    pdf.write_block(handout.settings_url, 12, colour=INDIGO)
    pdf.ln(0.8)
    pdf.write_block(handout.link_hint, 10.5)
    pdf.set_y(top + 28)

    # The QR code and what it opens, side by side.
    top = pdf.get_y()
    _qr(pdf, handout.guide_url, MARGIN - 3, top, QR_SIZE)
    text_x = MARGIN + QR_SIZE + 3
    pdf.set_y(top + 7)
    pdf.write_block(handout.qr_title, 16, bold=True, colour=INDIGO,
                    width=inner - QR_SIZE - 3, x=text_x)
    pdf.ln(2)
    pdf.write_block(handout.guide_url, 14.5, width=inner - QR_SIZE - 3, x=text_x)
    pdf.set_y(max(pdf.get_y(), top + QR_SIZE) + 4)
    pdf.write_block(handout.more, 12, line=1.4)
    bottom = pdf.get_y()

    footer = PAGE_HEIGHT - MARGIN - 8
    if pdf.page_no() != 1 or bottom > footer - 4:
        raise ValueError("the handout's text does not fit on one page")
    pdf.set_y(footer)
    pdf.set_draw_color(*GREY)
    pdf.set_line_width(0.3)
    pdf.line(MARGIN, pdf.get_y() - 3, PAGE_WIDTH - MARGIN, pdf.get_y() - 3)
    pdf.write_block(f"{handout.review} {handout.legal}", 10.5, colour=GREY)
    return bytes(pdf.output())


def draw(handout: Handout, created: datetime) -> bytes:
    """The PDF of the handout, one A4 page."""
    pdf = _Sheet()
    try:
        return _draw(pdf, handout, created)
    finally:
        # fpdf2 reads the fonts lazily and leaves them open: close them once the file is made.
        for font in pdf.fonts.values():
            if getattr(font, "ttfont", None) is not None:
                font.ttfont.close()


def creation_instant(view: View) -> datetime:
    """The PDF's creation date: the review date of the facts, so that a PDF made from the same
    words is the same file, whenever it is built."""
    return datetime.fromisoformat(str(view.site.updated)).replace(tzinfo=UTC)


def cached_handout(handout: Handout, created: datetime, cache_dir: Path) -> Path:
    """The handout's PDF in the cache, drawn only when no handout with the same inputs is
    there."""
    path = cache_dir / f"{handout_key(handout, created.isoformat())}.pdf"
    if not path.exists():
        cache_dir.mkdir(parents=True, exist_ok=True)
        # Written aside then renamed: an interrupted build never leaves half a file behind.
        handle, temporary = tempfile.mkstemp(dir=cache_dir, suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            out.write(draw(handout, created))
        os.replace(temporary, path)
    return path
