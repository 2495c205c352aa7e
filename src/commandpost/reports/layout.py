"""The look every report shares: the page size and margins, the colours, the paragraph styles
(all in the bundled font), and headings that are listed in the PDF's outline."""

from __future__ import annotations

import functools
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from commandpost.reports.fonts import register

PAGE = A4
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 18 * mm, 22 * mm, 20 * mm
WIDTH = PAGE[0] - 2 * MARGIN_X
FRAME_HEIGHT = PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM
INK = colors.HexColor("#1A1A1A")
ACCENT = colors.HexColor("#1F3A5F")
MUTED = colors.HexColor("#666666")
RULE = colors.HexColor("#9AA5B1")
HEAD_FILL = colors.HexColor("#E3E8EE")
ZEBRA = colors.HexColor("#F6F8FA")
LATE = colors.HexColor("#B3261E")
CELL_SIZE, CELL_LEADING, CELL_PAD = 8.5, 11.0, 4.0


class Styles:
    """The paragraph styles of every report, all in the bundled font."""

    def __init__(self) -> None:
        font = register()
        base = ParagraphStyle("body", fontName=font, fontSize=9.5, leading=14, textColor=INK)
        self.body = base
        self.title = ParagraphStyle(
            "title", base, fontSize=22, leading=30, textColor=ACCENT, spaceAfter=6 * mm
        )
        self.subtitle = ParagraphStyle(
            "subtitle", base, fontSize=13, leading=18, textColor=MUTED, spaceAfter=8 * mm
        )
        self.h1 = ParagraphStyle(
            "h1",
            base,
            fontSize=14,
            leading=19,
            textColor=ACCENT,
            spaceBefore=7 * mm,
            spaceAfter=3 * mm,
            keepWithNext=1,
        )
        self.h2 = ParagraphStyle(
            "h2",
            base,
            fontSize=11,
            leading=15,
            textColor=ACCENT,
            spaceBefore=4 * mm,
            spaceAfter=2 * mm,
            keepWithNext=1,
        )
        self.cell = ParagraphStyle("cell", base, fontSize=CELL_SIZE, leading=CELL_LEADING)
        self.small = ParagraphStyle("small", base, fontSize=8, leading=11, textColor=MUTED)
        self.note = ParagraphStyle("note", base, textColor=MUTED, spaceAfter=2 * mm)


@functools.cache
def styles() -> Styles:
    return Styles()


class Heading(Paragraph):  # type: ignore[misc]
    """A heading: kept with what follows and listed in the PDF's outline."""

    def __init__(self, text: str, level: int = 1) -> None:
        style = styles().h1 if level == 1 else styles().h2
        super().__init__(escape(text), style)
        self.outline_text = text
        self.outline_level = level - 1


def heading(text: str, level: int = 1) -> Heading:
    return Heading(text, level)


def cell_text(title: str, detail: str | None = None) -> Paragraph:
    """A table cell of a title and, under it, a smaller grey detail (for short tables: a
    paragraph cell costs more to lay out than a plain one)."""
    text = escape(title).replace("\n", "<br/>")
    if detail:
        body = escape(detail).replace("\n", "<br/>")
        text += f'<br/><font size="{CELL_SIZE - 1}" color="#555555">{body}</font>'
    return Paragraph(text, styles().cell)


def para(text: str, style: ParagraphStyle | None = None) -> Paragraph:
    """Plain text (not markup) as a paragraph; line breaks kept."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style or styles().body)


def gap(height_mm: float = 3) -> Spacer:
    return Spacer(1, height_mm * mm)
