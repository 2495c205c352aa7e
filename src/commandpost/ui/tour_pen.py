"""The strokes the walkthrough's pictures are drawn with, and their colours.

The colours are the real windows' (``ui/incident_words.py``, the plans' level colours, the board's
phase strip), so a drawing looks like what it shows; the paper is light whatever the appearance,
as a picture of a window is.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen, QPolygonF

WIDTH, HEIGHT = 600, 320
INK = "#263238"
MUTED = "#78909C"
LINE = "#B0BEC5"
PAPER = "#FAFBFC"
FRAME = "#FFFFFF"
DONE = "#2E7D32"
OPEN = "#546E7A"
OVERDUE = "#C62828"
OVERDUE_BG = "#FDECEA"
SOON = "#A15C00"
SOON_BG = "#FFF4E0"
MAJOR = "#EF6C00"
CURRENT = "#1A237E"
DONE_PHASE = "#C8E6C9"
FUTURE_PHASE = "#ECEFF1"
CALLOUT = "#1565C0"
DRILL = "#1565C0"
DRILL_BG = "#E3F2FD"
BANNER_BG = "#FFF3CD"
BANNER_INK = "#5C4400"
SELECTED = "#2F7FC1"

translate = QCoreApplication.translate

AlignLeft = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
AlignCentre = Qt.AlignmentFlag.AlignCenter
AlignRight = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class Pen:
    """The few strokes every drawing is made of."""

    def __init__(self, painter: QPainter, font: QFont) -> None:
        self.p = painter
        self.base = QFont(font)

    def font(self, px: int, bold: bool = False) -> QFont:
        font = QFont(self.base)
        font.setPixelSize(px)
        font.setBold(bold)
        return font

    def text(
        self,
        rect: QRectF,
        text: str,
        px: int = 12,
        colour: str = INK,
        bold: bool = False,
        align: Qt.AlignmentFlag = AlignLeft,
        wrap: bool = False,
    ) -> None:
        font = self.font(px, bold)
        self.p.setFont(font)
        self.p.setPen(QColor(colour))
        if wrap:
            self.p.drawText(rect, int(align | Qt.TextFlag.TextWordWrap), text)
            return
        shown = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width()))
        self.p.drawText(rect, int(align), shown)

    def box(self, rect: QRectF, fill: str, border: str | None = LINE, radius: float = 5) -> None:
        if border is None:
            self.p.setPen(Qt.PenStyle.NoPen)
        else:
            self.p.setPen(QPen(QColor(border), 1.2))
        self.p.setBrush(QColor(fill))
        self.p.drawRoundedRect(rect, radius, radius)

    def callout(self, x: float, y: float, number: int) -> None:
        self.p.setPen(QPen(QColor(FRAME), 1.5))
        self.p.setBrush(QColor(CALLOUT))
        self.p.drawEllipse(QPointF(x, y), 10, 10)
        self.text(QRectF(x - 10, y - 10, 20, 20), str(number), 12, FRAME, True, AlignCentre)

    def tick_box(self, x: float, y: float, done: bool, size: float = 16) -> None:
        rect = QRectF(x, y, size, size)
        if done:
            self.box(rect, DONE, None, 3)
            self.p.setPen(QPen(QColor(FRAME), 2.2))
            self.p.drawPolyline(
                QPolygonF(
                    [
                        QPointF(x + size * 0.22, y + size * 0.52),
                        QPointF(x + size * 0.42, y + size * 0.72),
                        QPointF(x + size * 0.78, y + size * 0.3),
                    ]
                )
            )
        else:
            self.box(rect, FRAME, OPEN, 3)

    def bar(self, rect: QRectF, parts: Sequence[tuple[int, str]]) -> None:
        self.box(rect, FUTURE_PHASE, None, 4)
        total = sum(count for count, _colour in parts) or 1
        left = rect.left()
        self.p.save()
        self.p.setClipRect(rect)
        for count, colour in parts:
            width = rect.width() * count / total
            self.p.setPen(Qt.PenStyle.NoPen)
            self.p.setBrush(QColor(colour))
            self.p.drawRect(QRectF(left, rect.top(), width, rect.height()))
            left += width
        self.p.restore()

    def arrow(self, start: QPointF, end: QPointF, colour: str = MUTED) -> None:
        self.p.setPen(QPen(QColor(colour), 2))
        self.p.drawLine(start, end)
        head = QPolygonF(
            [end, QPointF(end.x() - 8, end.y() - 5), QPointF(end.x() - 8, end.y() + 5)]
        )
        self.p.setBrush(QColor(colour))
        self.p.drawPolygon(head)

    def badge(self, rect: QRectF, text: str, fill: str, px: int = 13) -> None:
        self.box(rect, fill, None, 5)
        self.text(rect, text, px, FRAME, True, AlignCentre)

    def keycap(self, rect: QRectF, text: str) -> None:
        self.box(rect.adjusted(0, 2, 0, 2), "#CFD8DC", None, 5)
        self.box(rect, FRAME, "#90A4AE", 5)
        self.text(rect, text, 12, INK, True, AlignCentre)


# --- parts of the drawings -------------------------------------------------------------------


def icon_plan(pen: Pen, x: float, y: float) -> None:
    page = QRectF(x - 18, y - 24, 36, 46)
    pen.box(page, FRAME, OPEN, 3)
    for n in range(4):
        pen.box(QRectF(x - 11, y - 14 + n * 9, 22 - (n % 2) * 6, 3), LINE, None, 1)


def icon_levels(pen: Pen, x: float, y: float) -> None:
    for n, colour in enumerate(("#2E7D32", MAJOR, OVERDUE)):
        height = 14 + n * 12
        pen.box(QRectF(x - 26 + n * 19, y + 20 - height, 14, height), colour, None, 2)


def icon_board(pen: Pen, x: float, y: float) -> None:
    pen.box(QRectF(x - 30, y - 22, 60, 44), FRAME, OPEN, 3)
    pen.bar(QRectF(x - 24, y - 14, 48, 7), ((3, DONE), (2, OPEN)))
    pen.bar(QRectF(x - 24, y - 3, 48, 7), ((1, DONE), (2, OPEN), (1, OVERDUE)))
    pen.bar(QRectF(x - 24, y + 8, 48, 7), ((4, DONE), (1, OPEN)))


def icon_review(pen: Pen, x: float, y: float) -> None:
    pen.box(QRectF(x - 18, y - 22, 36, 44), FRAME, OPEN, 3)
    pen.box(QRectF(x - 8, y - 26, 16, 7), OPEN, None, 2)
    for n in range(3):
        pen.tick_box(x - 12, y - 12 + n * 11, n < 2, 8)
        pen.box(QRectF(x, y - 10 + n * 11, 10, 3), LINE, None, 1)


def phase_strip(pen: Pen, top: float) -> None:
    names = (
        translate("TourPicture", "Warning"),
        translate("TourPicture", "Activation"),
        translate("TourPicture", "Execution"),
        translate("TourPicture", "Monitoring"),
        translate("TourPicture", "Closure"),
    )
    width = (WIDTH - 32) / len(names)
    for n, name in enumerate(names):
        left = 16 + n * width
        point = 8.0
        shape = QPolygonF(
            [
                QPointF(left, top),
                QPointF(left + width - point, top),
                QPointF(left + width, top + 11),
                QPointF(left + width - point, top + 22),
                QPointF(left, top + 22),
                QPointF(left + (point if n else 0), top + 11),
            ]
        )
        fill, ink = (
            (DONE_PHASE, DONE) if n < 2 else (CURRENT, FRAME) if n == 2 else (FUTURE_PHASE, MUTED)
        )
        pen.p.setPen(QPen(QColor(FRAME), 1.5))
        pen.p.setBrush(QColor(fill))
        pen.p.drawPolygon(shape)
        label = ("✓ " if n < 2 else "") + name
        pen.text(QRectF(left + 8, top, width - 16, 22), label, 11, ink, n == 2, AlignCentre)
