"""The link-preview image of a page: a 1200x630 PNG drawn with Pillow from the page's words,
with the fonts shipped next to this module (no network), kept in a cache between builds."""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import astuple, dataclass
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from ..model.content import View
from ..model.typography import typeset_text
from ..read.placeholders import fill

WIDTH, HEIGHT = 1200, 630
# Change it whenever the drawing changes, so that every cached card is drawn again.
DESIGN_VERSION = "1"
FONTS = Path(__file__).parent / "fonts"
REGULAR, BOLD = FONTS / "DejaVuSans.ttf", FONTS / "DejaVuSans-Bold.ttf"

BACKGROUND = (26, 35, 126)      # Material indigo 900, the site's primary colour, darker
BAND = (255, 202, 40)           # amber: the date stands out even as a thumbnail
MUTED = (197, 202, 233)         # indigo 100
WHITE = (255, 255, 255)
INK = (26, 35, 126)
MARGIN = 80


@dataclass(frozen=True)
class Card:
    """Everything a card shows."""

    site_name: str
    title: str
    date_line: str
    host: str


def card_path(kind: str, lang: str) -> str:
    """Where a page's card is published, below the site root."""
    return f"assets/social/{lang}/{kind}.png"


def date_line(view: View) -> str:
    """'Depuis le 3 novembre 2025', or its form for before that day."""
    return fill(view.timed(view.data("share").card.date_line), date=view.key_date)


def card_for(kind: str, view: View, host: str) -> Card:
    """What a page's card shows, its punctuation set as on the page (no-break spaces keep a
    French "?" on the line of its word)."""
    rule = view.typography_rule
    return Card(
        site_name=typeset_text(view.site.name, rule),
        title=typeset_text(view.page(kind).plain["title"], rule),
        date_line=typeset_text(date_line(view), rule),
        host=host,
    )


@lru_cache(maxsize=64)
def _font(path: Path, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), size)


@lru_cache(maxsize=8)
def _file_digest(path: Path, size: int, mtime_ns: int) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def card_key(card: Card) -> str:
    """A name that changes when anything the card is made of changes: words, fonts, design."""
    digest = hashlib.sha256(DESIGN_VERSION.encode())
    for font in (REGULAR, BOLD):
        stat = font.stat()
        digest.update(_file_digest(font, stat.st_size, stat.st_mtime_ns).encode())
    for part in astuple(card):
        digest.update(b"\0" + part.encode())
    return digest.hexdigest()[:32]


def _words(text: str) -> list[str]:
    """Lines break at ordinary spaces only: no-break spaces hold their neighbours together."""
    return text.split(" ")


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    lines: list[str] = []
    for word in _words(text):
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and font.getlength(candidate) <= width:
            lines[-1] = candidate
        else:
            lines.append(word)
    return lines


TITLE_BOX = (140, 430)  # top and bottom of the title's box
DATE_FONT_SIZE, SITE_FONT_SIZE = 40, 34
DATE_PADDING = 28


def _fits(font: ImageFont.FreeTypeFont, lines: list[str], width: int, height: int) -> bool:
    return len(lines) <= 4 and len(lines) * font.size * 1.2 <= height \
        and all(font.getlength(line) <= width for line in lines)


def _fit_title(text: str, width: int, height: int) -> tuple[ImageFont.FreeTypeFont, list[str]]:
    """The largest size at which the title fits the box, in at most four lines."""
    for size in range(84, 39, -4):
        font = _font(BOLD, size)
        lines = _wrap(text, font, width)
        if _fits(font, lines, width, height):
            return font, lines
    return font, lines


def overflowing(card: Card) -> list[str]:
    """The parts of a card that would not fit in it ("title", "date_line", "site_name"): the
    image would cut them off, so `explainer check` reports the text that needs shortening."""
    inner = WIDTH - 2 * MARGIN
    found = []
    font, lines = _fit_title(card.title, inner, TITLE_BOX[1] - TITLE_BOX[0])
    if not _fits(font, lines, inner, TITLE_BOX[1] - TITLE_BOX[0]):
        found.append("title")
    date_font = _font(BOLD, DATE_FONT_SIZE)
    if date_font.getlength(card.date_line) + 2 * DATE_PADDING > inner:
        found.append("date_line")
    if _font(BOLD, SITE_FONT_SIZE).getlength(card.site_name) > inner:
        found.append("site_name")
    return found


def draw(card: Card) -> Image.Image:
    image = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    pen = ImageDraw.Draw(image)
    inner = WIDTH - 2 * MARGIN

    pen.rectangle((0, 0, 24, HEIGHT), fill=BAND)
    site_font = _font(BOLD, SITE_FONT_SIZE)
    pen.text((MARGIN, 64), card.site_name, font=site_font, fill=MUTED)

    title_top, title_bottom = TITLE_BOX
    font, lines = _fit_title(card.title, inner, title_bottom - title_top)
    line_height = round(font.size * 1.2)
    top = title_top + (title_bottom - title_top - line_height * len(lines)) // 2
    for index, line in enumerate(lines):
        pen.text((MARGIN, top + index * line_height), line, font=font, fill=WHITE)

    date_font = _font(BOLD, DATE_FONT_SIZE)
    left, upper, right, lower = pen.textbbox((0, 0), card.date_line, font=date_font)
    pad_x, pad_y, box_top = DATE_PADDING, 18, 468
    pen.rounded_rectangle((MARGIN, box_top, MARGIN + right - left + 2 * pad_x,
                           box_top + lower - upper + 2 * pad_y), radius=14, fill=BAND)
    pen.text((MARGIN + pad_x - left, box_top + pad_y - upper), card.date_line,
             font=date_font, fill=INK)

    host_font = _font(REGULAR, 28)
    host_width = pen.textlength(card.host, font=host_font)
    pen.text((WIDTH - MARGIN - host_width, HEIGHT - 60), card.host, font=host_font, fill=MUTED,
             anchor="ls")
    return image


def cached_card(card: Card, cache_dir: Path) -> Path:
    """The card's PNG in the cache, drawn only when no card with the same inputs is there."""
    path = cache_dir / f"{card_key(card)}.png"
    if not path.exists():
        cache_dir.mkdir(parents=True, exist_ok=True)
        # Written aside then renamed: an interrupted build never leaves half a card behind.
        handle, temporary = tempfile.mkstemp(dir=cache_dir, suffix=".tmp")
        with os.fdopen(handle, "wb") as out:
            draw(card).save(out, format="PNG", optimize=True)
        os.replace(temporary, path)
    return path
