"""The walkthrough's pictures: small diagrams of the real windows, drawn with QPainter.

Why drawn rather than grabbed: a grab of a real board would need a database and a second to
build, at the moment someone opens Help; a drawing is instant, sharp at any scale and speaks the
language in use. Each drawing follows the real window's layout and colours (the board's level
badge, phase strip, red overdue box, green / grey / red department bars, the checklist's tick
boxes and countdowns, the sample window's banner), so what the user sees here is what they then
find. Numbered callouts match the numbers in the page's text.

The drawings are made on a fixed 600 × 320 canvas, scaled to the widget, on a light "paper" of
their own (``ui/tour_pen.py``), so they read the same in a light or a dark appearance.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from commandpost.ui.tour_drawings import draw_alerts, draw_checklist, draw_sample
from commandpost.ui.tour_pen import (
    DONE,
    DRILL,
    DRILL_BG,
    FRAME,
    HEIGHT,
    INK,
    LINE,
    MAJOR,
    MUTED,
    OPEN,
    OVERDUE,
    OVERDUE_BG,
    PAPER,
    WIDTH,
    AlignRight,
    Pen,
    icon_board,
    icon_levels,
    icon_plan,
    icon_review,
    phase_strip,
)

translate = QCoreApplication.translate
TOP_CENTRE = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop


class TourPicture(QWidget):
    """Shows the drawing of one page (``set_page``), scaled to fit, aspect kept."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tourPicture")
        self.page = "overview"
        self.setMinimumSize(450, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(WIDTH, HEIGHT)

    def set_page(self, page: str) -> None:
        self.page = page
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        scale = min(self.width() / WIDTH, self.height() / HEIGHT)
        painter.translate((self.width() - WIDTH * scale) / 2, (self.height() - HEIGHT * scale) / 2)
        painter.scale(scale, scale)
        pen = QPen(QColor(LINE))
        pen.setWidthF(1.2)
        painter.setPen(pen)
        painter.setBrush(QColor(PAPER))
        painter.drawRoundedRect(QRectF(1, 1, WIDTH - 2, HEIGHT - 2), 10, 10)
        DRAWINGS[self.page](Pen(painter, self.font()))
        painter.end()


# --- the drawings ------------------------------------------------------------------------------


def draw_overview(pen: Pen) -> None:
    """Plan → declare → board and checklists → review, as four cards."""
    cards = (
        (
            translate("TourPicture", "Emergency plan"),
            translate("TourPicture", "Who does what, by when, at each level"),
        ),
        (
            translate("TourPicture", "Declare an incident"),
            translate("TourPicture", "At a level: every department gets its checklist"),
        ),
        (
            translate("TourPicture", "Board and checklists"),
            translate("TourPicture", "The command group watches; liaisons tick tasks off"),
        ),
        (
            translate("TourPicture", "Post-incident review"),
            translate("TourPicture", "What happened, and the improvement actions"),
        ),
    )
    icons: tuple[Callable[[Pen, float, float], None], ...] = (
        icon_plan,
        icon_levels,
        icon_board,
        icon_review,
    )
    width, gap, top = 124.0, 22.0, 36.0
    for number, ((title, line), icon) in enumerate(zip(cards, icons, strict=True)):
        left = 18 + number * (width + gap)
        pen.box(QRectF(left, top, width, 196), FRAME)
        icon(pen, left + width / 2, top + 44)
        pen.text(QRectF(left + 8, top + 86, width - 16, 40), title, 13, INK, True, TOP_CENTRE, True)
        pen.text(
            QRectF(left + 8, top + 126, width - 16, 64),
            line,
            11,
            MUTED,
            align=TOP_CENTRE,
            wrap=True,
        )
        if number < 3:
            y = top + 98
            pen.arrow(QPointF(left + width + 3, y), QPointF(left + width + gap - 3, y))
    strip = QRectF(18, 252, WIDTH - 36, 44)
    pen.p.setPen(QPen(QColor(DRILL), 1.5, Qt.PenStyle.DashLine))
    pen.p.setBrush(QColor(DRILL_BG))
    pen.p.drawRoundedRect(strip, 6, 6)
    pen.badge(QRectF(30, 262, 64, 24), translate("TourPicture", "DRILL"), DRILL, 12)
    pen.text(
        QRectF(106, 252, WIDTH - 140, 44),
        translate(
            "TourPicture", "Drills run the same way, and are kept out of real-incident statistics."
        ),
        12,
        DRILL,
    )


def draw_board(pen: Pen) -> None:
    """The command board: level, phases, overdue box, department bars, timeline."""
    pen.badge(QRectF(16, 12, 66, 28), translate("TourPicture", "Major"), MAJOR, 14)
    pen.text(QRectF(92, 12, 330, 28), translate("TourPicture", "Ticket system down"), 16, INK, True)
    pen.text(
        QRectF(470, 6, 114, 14),
        translate("TourPicture", "Incident clock"),
        10,
        MUTED,
        align=AlignRight,
    )
    pen.text(QRectF(440, 18, 144, 26), "00:40:12", 20, INK, True, AlignRight)
    phase_strip(pen, 50)
    # Overdue tasks: the first thing to look at.
    pen.text(
        QRectF(16, 80, 280, 18), translate("TourPicture", "Overdue tasks (2)"), 12, OVERDUE, True
    )
    pen.box(QRectF(16, 99, 280, 64), FRAME, OVERDUE, 4)
    for n, (late, task) in enumerate(
        (
            (
                translate("TourPicture", "15 min"),
                translate("TourPicture", "Outage notice on the hotline"),
            ),
            (translate("TourPicture", "10 min"), translate("TourPicture", "Repair estimate")),
        )
    ):
        y = 105 + n * 28
        pen.box(QRectF(22, y, 268, 24), OVERDUE_BG if n == 0 else FRAME, None, 3)
        pen.text(QRectF(28, y, 56, 24), late, 11, OVERDUE, True)
        pen.text(QRectF(88, y, 196, 24), task, 11)
    pen.text(
        QRectF(16, 172, 280, 18),
        translate("TourPicture", "Progress reports (1 to acknowledge)"),
        12,
        INK,
        True,
    )
    pen.box(QRectF(16, 191, 280, 66), FRAME)
    for n in range(2):
        y = 199 + n * 28
        pen.box(QRectF(24, y + 6, 150 - n * 40, 6), LINE, None, 2)
        pen.text(
            QRectF(184, y, 106, 20),
            translate("TourPicture", "not acknowledged") if n == 0 else "✓",
            10,
            OVERDUE if n == 0 else DONE,
            n == 0,
            AlignRight,
        )
    # Departments and the timeline.
    pen.text(QRectF(312, 80, 272, 18), translate("TourPicture", "Departments"), 12, INK, True)
    rows = (
        (translate("TourPicture", "Customer Service"), ((4, DONE), (3, OPEN), (1, OVERDUE))),
        (translate("TourPicture", "Technical Support"), ((3, DONE), (4, OPEN), (1, OVERDUE))),
        (translate("TourPicture", "Quality"), ((1, DONE), (3, OPEN))),
    )
    for n, (name, parts) in enumerate(rows):
        y = 102 + n * 22
        pen.text(QRectF(312, y, 104, 16), name, 11)
        pen.bar(QRectF(420, y + 3, 164, 11), parts)
    pen.text(
        QRectF(312, 172, 272, 18),
        translate("TourPicture", "Timeline (newest first)"),
        12,
        INK,
        True,
    )
    pen.box(QRectF(312, 191, 272, 110), FRAME)
    lines = (
        ("09:36", translate("TourPicture", "Progress report from Technical Support"), INK),
        ("09:28", translate("TourPicture", "Task added: outage notice, due 09:38"), INK),
        ("09:24", translate("TourPicture", "Phase Execution started"), INK),
        ("09:22", translate("TourPicture", "Level raised from General to Major"), OVERDUE),
        ("09:16", translate("TourPicture", "Done: report the failure"), DONE),
    )
    for n, (time, what, colour) in enumerate(lines):
        y = 196 + n * 20
        pen.text(QRectF(318, y, 38, 18), time, 10, MUTED)
        pen.text(QRectF(356, y, 222, 18), what, 10, colour)
    pen.text(QRectF(16, 266, 120, 16), translate("TourPicture", "Bars:"), 10, MUTED)
    for n, (label, colour) in enumerate(
        (
            (translate("TourPicture", "done"), DONE),
            (translate("TourPicture", "open"), OPEN),
            (translate("TourPicture", "overdue"), OVERDUE),
        )
    ):
        left = 16 + n * 90
        pen.box(QRectF(left, 286, 12, 12), colour, None, 2)
        pen.text(QRectF(left + 16, 283, 70, 18), label, 11, INK)
    for number, (x, y) in enumerate(((16, 14), (20, 52), (300, 100), (588, 84), (588, 192)), 1):
        pen.callout(x, y, number)


DRAWINGS: dict[str, Callable[[Pen], None]] = {
    "overview": draw_overview,
    "board": draw_board,
    "checklist": draw_checklist,
    "alerts": draw_alerts,
    "sample": draw_sample,
}
