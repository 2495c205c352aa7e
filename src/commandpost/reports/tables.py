"""Tables of the reports. Long tables repeat their header row on each page they run over and
wrap the text of their cells. Cells stay plain strings (a ``Paragraph`` per cell costs four times
as much to lay out): the text is broken into lines here, by the font's own widths, between words
for Latin text and between characters for Chinese, never starting a line with closing
punctuation; a word wider than its column is cut.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, TypeAlias

from reportlab.lib import colors
from reportlab.platypus import Flowable, Table, TableStyle

from commandpost.reports.fonts import register
from commandpost.reports.layout import (
    ACCENT,
    CELL_LEADING,
    CELL_PAD,
    CELL_SIZE,
    FRAME_HEIGHT,
    HEAD_FILL,
    INK,
    RULE,
    WIDTH,
    ZEBRA,
)

# --- wrapping text in cells --------------------------------------------------------------------

_CJK = "\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u3000-\u303f"
_CLOSING = "、，。；：！？）」』》〉】”’…,.;:!?)\\]}%"
_OPENING = "（「『《〈【“‘(\\[{"
_TOKENS = re.compile(
    rf"[{_OPENING}]*(?:[{_CJK}][{_CLOSING}]*|[^\s{_CJK}{_OPENING}]+)\s*|[{_OPENING}]+|\s+"
)
"""What a line may break after: a Chinese character with the closing punctuation after it, or a
Latin word with its spaces; opening punctuation stays with what follows it."""
_WIDTHS: dict[str, float] = {}


def _width(text: str) -> float:
    """Width of ``text`` at one point, from a cache of each character's width."""
    total = 0.0
    for char in text:
        w = _WIDTHS.get(char)
        if w is None:
            from reportlab.pdfbase.pdfmetrics import stringWidth

            w = _WIDTHS[char] = stringWidth(char, register(), 1.0)
        total += w
    return total


def wrap(text: str, width: float, size: float = CELL_SIZE) -> str:
    """``text`` broken into lines (joined by newlines) that fit ``width`` points at ``size``."""
    room = width / size
    lines: list[str] = []
    for raw in text.splitlines() or [""]:
        if _width(raw) <= room:
            lines.append(raw)
            continue
        line, used = "", 0.0
        for token in _TOKENS.findall(raw):
            w = _width(token)
            if used + _width(token.rstrip()) <= room:
                line, used = line + token, used + w
                continue
            if line.strip():
                lines.append(line.rstrip())
            rest = token.lstrip()
            while _width(rest.rstrip()) > room:  # a word wider than the column: cut it
                cut = 1
                while cut < len(rest) and _width(rest[: cut + 1]) <= room:
                    cut += 1
                lines.append(rest[:cut])
                rest = rest[cut:]
            line, used = rest, _width(rest)
        lines.append(line.rstrip())
    return "\n".join(lines)


# --- tables ------------------------------------------------------------------------------------


def _table_style(
    header_rows: int, rows: int, extra: Sequence[tuple[Any, ...]], shaded_first: bool = False
) -> TableStyle:
    font = register()
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), font, CELL_SIZE, CELL_LEADING),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), PAD_TOP),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_BOTTOM),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_FILL),
            ("TEXTCOLOR", (0, 0), (-1, header_rows - 1), ACCENT),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, ACCENT),
        ]
    if rows > header_rows:
        shades = [ZEBRA, colors.white] if shaded_first else [colors.white, ZEBRA]
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), shades))
    commands.extend(extra)
    return TableStyle(commands)


def column_widths(fractions: Sequence[float], total: float = WIDTH) -> list[float]:
    whole = sum(fractions)
    return [total * f / whole for f in fractions]


class TextTable(Table):  # type: ignore[misc]
    """A ``Table`` that sets its plain-text cells through one text object per table instead of
    one per line (``drawString``): the same page, in about two thirds of the time. Cells that
    are not left-aligned, top-aligned plain text are drawn by ``Table`` itself."""

    _text: Any = None

    def _drawCell(self, value: Any, style: Any, pos: tuple[float, float], size: Any) -> None:
        if (
            not isinstance(value, str)
            or style.alignment != "LEFT"
            or style.valign != "TOP"
            or style.direction
            or style.shaping
            or style.href
            or style.destination
        ):
            if self._text is not None:  # what is set so far first: the reading order stays
                self.canv.drawText(self._text)
                self._text = None
            super()._drawCell(value, style, pos, size)
            return
        text = self._text
        if text is None:
            text = self._text = self.canv.beginText()
            self._text_look: tuple[Any, ...] | None = None
        look = (style.fontname, style.fontsize, style.leading, style.color)
        if look != self._text_look:
            text.setFont(style.fontname, style.fontsize, style.leading)
            text.setFillColor(style.color)
            self._text_look = look
        x = pos[0] + style.leftPadding
        y = pos[1] + size[1] - style.topPadding - style.fontsize
        for line in value.split("\n"):
            if line:
                text.setTextOrigin(x, y)
                text.textOut(line)
            y -= style.leading

    def _drawLines(self) -> None:
        if self._text is not None:
            self.canv.drawText(self._text)
            self._text = None
        super()._drawLines()


Cell: TypeAlias = str | Flowable
PAD_TOP, PAD_BOTTOM = 2.5, 3.0
_SIZING = {"FONT", "FONTNAME", "FONTSIZE", "SIZE", "LEADING", "TOPPADDING", "BOTTOMPADDING"}


def _cell(value: Cell, room: float) -> Cell:
    return wrap(value, room) if isinstance(value, str) else value


def _heights(data: list[list[Cell]], extra: Sequence[tuple[Any, ...]]) -> list[float | None] | None:
    """Each row's height, known from its lines of text: ReportLab then need not measure the
    rows again each time a long table is split over a page (which grows with the square of the
    rows). None for a row with a flowable in it, and for tables whose style changes fonts or
    padding (small ones)."""
    if any(command[0] in _SIZING for command in extra):
        return None
    heights: list[float | None] = []
    for row in data:
        if all(isinstance(c, str) for c in row):
            lines = max(c.count("\n") + 1 for c in row if isinstance(c, str))
            heights.append(lines * CELL_LEADING + PAD_TOP + PAD_BOTTOM)
        else:
            heights.append(None)
    return heights


def long_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    fractions: Sequence[float],
    extra: Sequence[tuple[Any, ...]] = (),
    total: float = WIDTH,
) -> Table:
    """A table that repeats its header row on every page it runs over and wraps its cells
    (text cells here; a flowable cell, such as a paragraph, wraps itself)."""
    widths = column_widths(fractions, total)
    room = [w - 2 * CELL_PAD - 0.5 for w in widths]
    data: list[list[Cell]] = [[wrap(h, r) for h, r in zip(header, room, strict=True)]]
    data += [[_cell(c, r) for c, r in zip(row, room, strict=True)] for row in rows]
    heights = _heights(data, extra)
    if heights is not None and len(rows) > PAGED_FROM and None not in heights:
        return PagedTable(data, [h or 0.0 for h in heights], widths, extra)
    return TextTable(
        data,
        colWidths=widths,
        rowHeights=heights,
        repeatRows=1,
        splitInRow=1,
        style=_table_style(1, len(data), extra),
        hAlign="LEFT",
    )


PAGED_FROM = 40  # rows: a longer table of plain text is laid out a page at a time


class PagedTable(Flowable):  # type: ignore[misc]
    """A long table of plain text laid out a page at a time: on each page, a ``Table`` of the
    header row and the rows that fit, found from the rows' known heights.

    ReportLab splits a long ``Table`` by copying and re-measuring all the rows left at every
    page, so a table of thousands of rows costs time growing with the square of its length;
    this costs time in proportion to it. A row taller than a whole page is left to ``Table``,
    which splits inside the row.
    """

    def __init__(
        self,
        data: list[list[Cell]],
        heights: list[float],
        widths: list[float],
        extra: Sequence[tuple[Any, ...]],
        start: int = 0,
    ) -> None:
        super().__init__()
        self._data, self._heights, self._widths, self._extra = data, heights, widths, extra
        self._start = start  # how many data rows of the whole table came before these
        self.hAlign = "LEFT"
        self.progress_weight = len(data) - 1

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = sum(self._widths), sum(self._heights)
        return self.width, self.height

    def _table(self, last: int) -> Table:
        """A table of the header row and this flowable's data rows up to ``last``."""
        first_row = self._start  # data rows of the whole table before this table
        commands = []
        for command in self._extra:
            (c0, r0), (c1, r1) = command[1], command[2]
            if r0 < 1 or r1 < 0:  # the whole table, a column or the header: kept as it is
                commands.append(command)
                continue
            r0, r1 = r0 - first_row, r1 - first_row
            if r1 >= 1 and r0 <= last:
                commands.append((command[0], (c0, max(r0, 1)), (c1, min(r1, last)), *command[3:]))
        return TextTable(
            self._data[: last + 1],
            colWidths=self._widths,
            rowHeights=self._heights[: last + 1],
            repeatRows=1,
            splitInRow=1,
            style=_table_style(1, last + 1, commands, shaded_first=first_row % 2 == 1),
            hAlign="LEFT",
        )

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        room = available_height - self._heights[0]
        fit = 0
        for height in self._heights[1:]:
            if height > room + 1e-6:
                break
            room -= height
            fit += 1
        rows = len(self._data) - 1
        if fit == rows:
            return [self._table(rows)]
        if fit == 0:
            if self._heights[0] + self._heights[1] <= FRAME_HEIGHT:
                return []  # the next row fits on the next page
            return [*self._table(1).split(available_width, available_height), self._rest(1)]
        return [self._table(fit), self._rest(fit)]

    def _rest(self, done: int) -> PagedTable:
        data = [self._data[0], *self._data[done + 1 :]]
        heights = [self._heights[0], *self._heights[done + 1 :]]
        return PagedTable(data, heights, self._widths, self._extra, self._start + done)

    def draw(self) -> None:
        table = self._table(len(self._data) - 1)
        table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, 0)


def fact_table(
    pairs: Sequence[tuple[str, str]], fractions: Sequence[float] = (1, 3), total: float = WIDTH
) -> Table:
    """Label–value rows (a cover page, an overview); labels shaded."""
    widths = column_widths(fractions, total)
    room = [w - 2 * CELL_PAD - 0.5 for w in widths]
    data: list[list[Cell]] = [[wrap(k, room[0]), wrap(v, room[1])] for k, v in pairs]
    extra = [("BACKGROUND", (0, 0), (0, -1), HEAD_FILL), ("TEXTCOLOR", (0, 0), (0, -1), ACCENT)]
    return TextTable(
        data,
        colWidths=widths,
        rowHeights=_heights(data, extra),
        splitInRow=1,
        style=_table_style(0, 0, extra),
        hAlign="LEFT",
    )
