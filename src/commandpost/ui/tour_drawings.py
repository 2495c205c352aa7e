"""The walkthrough's later pictures: the department checklist, where alerts appear, and the
sample drill's own window (see ``ui/walkthrough_pictures.py`` for why they are drawn)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPen

from commandpost.ui.tour_pen import (
    BANNER_BG,
    BANNER_INK,
    CALLOUT,
    DONE,
    DRILL,
    DRILL_BG,
    FRAME,
    FUTURE_PHASE,
    INK,
    LINE,
    MAJOR,
    MUTED,
    OPEN,
    OVERDUE,
    OVERDUE_BG,
    SELECTED,
    SOON,
    SOON_BG,
    WIDTH,
    AlignCentre,
    Pen,
)

translate = QCoreApplication.translate


def draw_checklist(pen: Pen) -> None:
    """A liaison's checklist: tick boxes, deadlines, countdowns, and the keys."""
    pen.badge(QRectF(16, 12, 54, 24), translate("TourPicture", "Major"), MAJOR, 12)
    pen.text(
        QRectF(78, 12, 330, 24),
        translate("TourPicture", "Customer Service — department checklist"),
        13,
        INK,
        True,
    )
    pen.box(QRectF(16, 46, 400, 258), FRAME)
    heads = (
        (translate("TourPicture", "Task"), 48, 200),
        (translate("TourPicture", "Countdown"), 252, 96),
        (translate("TourPicture", "Status"), 352, 60),
    )
    for text, left, width in heads:
        pen.text(QRectF(left, 48, width, 22), text, 11, MUTED, True)
    rows = (
        (
            True,
            translate("TourPicture", "Report the failure to superiors"),
            "",
            translate("TourPicture", "09:16 done"),
            DONE,
            None,
        ),
        (
            True,
            translate("TourPicture", "Core staff at their posts"),
            "",
            translate("TourPicture", "09:20 done"),
            DONE,
            None,
        ),
        (
            False,
            translate("TourPicture", "Outage notice on the hotline"),
            translate("TourPicture", "overdue by 15 min"),
            translate("TourPicture", "open"),
            OVERDUE,
            OVERDUE_BG,
        ),
        (
            False,
            translate("TourPicture", "Handle customers' enquiries"),
            translate("TourPicture", "in 12 min"),
            translate("TourPicture", "open"),
            SOON,
            SOON_BG,
        ),
        (
            False,
            translate("TourPicture", "Open a ticket for each problem"),
            "",
            translate("TourPicture", "open"),
            INK,
            None,
        ),
        (
            False,
            translate("TourPicture", "Keep customers informed"),
            "",
            translate("TourPicture", "open"),
            INK,
            None,
        ),
    )
    for n, (done, task, countdown, status, colour, fill) in enumerate(rows):
        y = 72 + n * 38
        if n == 2:
            pen.box(QRectF(18, y, 396, 36), "#E3EEF8", SELECTED, 3)
        pen.tick_box(26, y + 10, done)
        pen.text(QRectF(48, y, 200, 36), task, 11, MUTED if done else INK)
        if countdown:
            if fill:
                pen.box(QRectF(250, y + 7, 98, 22), fill, None, 3)
            pen.text(QRectF(254, y + 7, 92, 22), countdown, 10, colour, n == 2)
        pen.text(QRectF(352, y, 60, 36), status, 10, DONE if done else OPEN)
    keys = (
        (
            translate("TourPicture", "Space"),
            translate("TourPicture", "mark the selected task done"),
        ),
        ("N", translate("TourPicture", "next open task")),
        ("Ctrl+R", translate("TourPicture", "send a progress report")),
    )
    for n, (key, what) in enumerate(keys):
        y = 58 + n * 62
        pen.keycap(QRectF(432, y, 64, 28), key)
        pen.text(QRectF(432, y + 32, 156, 22), what, 11, INK)
    pen.box(QRectF(432, 246, 152, 56), FRAME, LINE, 4)
    pen.text(QRectF(440, 248, 140, 20), translate("TourPicture", "Note:"), 10, MUTED, True)
    pen.text(
        QRectF(440, 266, 140, 34),
        translate("TourPicture", "Callers promised a reply within 2 h"),
        10,
        INK,
        wrap=True,
    )
    for number, (x, y) in enumerate(((16, 160), (428, 58), (428, 246)), 1):
        pen.callout(x, y, number)


def draw_alerts(pen: Pen) -> None:
    """Where deadlines speak up: the title, the Alerts tab, the tray, and their order in time."""
    pen.box(QRectF(16, 12, 370, 86), FRAME)
    pen.box(QRectF(16, 12, 370, 26), "#37474F", None, 5)
    pen.text(
        QRectF(26, 12, 350, 26),
        translate("TourPicture", "CommandPost — 2 overdue"),
        12,
        FRAME,
        True,
    )
    tabs = (
        translate("TourPicture", "Plan library"),
        translate("TourPicture", "Incidents"),
        translate("TourPicture", "Alerts (3)"),
        translate("TourPicture", "Drills"),
    )
    for n, name in enumerate(tabs):
        left = 24 + n * 88
        current = n == 2
        pen.box(QRectF(left, 46, 84, 24), CALLOUT if current else FUTURE_PHASE, None, 4)
        pen.text(
            QRectF(left, 46, 84, 24), name, 11, FRAME if current else INK, current, AlignCentre
        )
    pen.box(QRectF(24, 76, 354, 16), OVERDUE_BG, None, 3)
    pen.text(
        QRectF(30, 76, 340, 16),
        translate("TourPicture", "Overdue: outage notice on the hotline"),
        10,
        OVERDUE,
        True,
    )
    # The tray icon and its message.
    pen.box(QRectF(404, 12, 180, 66), FRAME, LINE, 6)
    pen.text(QRectF(412, 16, 166, 18), translate("TourPicture", "Overdue"), 11, OVERDUE, True)
    pen.text(
        QRectF(412, 34, 166, 40),
        translate("TourPicture", "Repair estimate — Technical Support"),
        10,
        INK,
        wrap=True,
    )
    pen.box(QRectF(540, 84, 26, 26), "#263238", None, 5)
    pen.text(QRectF(540, 84, 26, 26), "!", 16, FRAME, True, AlignCentre)
    pen.badge(QRectF(556, 78, 18, 16), "2", OVERDUE, 10)
    # The order in time: reminder, due, overdue, escalation.
    y = 190.0
    pen.arrow(QPointF(38, y), QPointF(584, y), LINE)
    marks = (
        (
            70,
            translate("TourPicture", "Reminder"),
            translate("TourPicture", "before the deadline"),
            SOON,
        ),
        (200, translate("TourPicture", "Due"), translate("TourPicture", "the deadline"), INK),
        (
            320,
            translate("TourPicture", "Overdue"),
            translate("TourPicture", "the task turns red"),
            OVERDUE,
        ),
        (
            440,
            translate("TourPicture", "Department head"),
            translate("TourPicture", "escalation, step 1"),
            OVERDUE,
        ),
        (
            540,
            translate("TourPicture", "Command group"),
            translate("TourPicture", "escalation, step 2"),
            "#8E0000",
        ),
    )
    for n, (x, name, line, colour) in enumerate(marks):
        pen.p.setPen(QPen(QColor(FRAME), 2))
        pen.p.setBrush(QColor(colour))
        pen.p.drawEllipse(QPointF(x, y), 9, 9)
        top = y - 58 if n % 2 == 0 else y + 16
        pen.text(QRectF(x - 60, top, 120, 20), name, 12, colour, True, AlignCentre)
        pen.text(QRectF(x - 60, top + 20, 120, 20), line, 10, MUTED, align=AlignCentre)
    pen.text(
        QRectF(16, 268, WIDTH - 32, 40),
        translate(
            "TourPicture",
            "Acknowledge alerts on the Alerts tab: Ctrl+K the selected ones, Ctrl+Shift+K all.",
        ),
        11,
        INK,
        align=AlignCentre,
        wrap=True,
    )
    for number, (x, y) in enumerate(((16, 14), (200, 48), (404, 14), (22, 190)), 1):
        pen.callout(x, y, number)


def draw_sample(pen: Pen) -> None:
    """The sample drill's own window, with its banner and the drill on its board."""
    frame = QRectF(40, 16, 520, 288)
    pen.box(frame, FRAME)
    pen.box(QRectF(40, 16, 520, 26), "#37474F", None, 5)
    pen.text(
        QRectF(50, 16, 500, 26),
        translate("TourPicture", "CommandPost — sample drill"),
        12,
        FRAME,
        True,
    )
    pen.box(QRectF(52, 50, 496, 30), BANNER_BG, "#E0B300", 4)
    pen.text(
        QRectF(56, 50, 488, 30),
        translate("TourPicture", "Sample drill — practice data"),
        13,
        BANNER_INK,
        True,
        AlignCentre,
    )
    strip = QRectF(52, 90, 496, 28)
    pen.p.setPen(QPen(QColor(DRILL), 1.5, Qt.PenStyle.DashLine))
    pen.p.setBrush(QColor(DRILL_BG))
    pen.p.drawRect(strip)
    pen.text(
        strip,
        translate("TourPicture", "DRILL — kept out of real-incident statistics"),
        12,
        DRILL,
        True,
        AlignCentre,
    )
    pen.badge(QRectF(52, 128, 60, 26), translate("TourPicture", "Major"), MAJOR, 13)
    pen.text(
        QRectF(120, 128, 420, 26), translate("TourPicture", "Ticket system down"), 15, INK, True
    )
    rows = (
        ((4, DONE), (3, OPEN), (1, OVERDUE)),
        ((3, DONE), (4, OPEN), (1, OVERDUE)),
        ((1, DONE), (3, OPEN)),
    )
    for n, parts in enumerate(rows):
        y = 170 + n * 22
        pen.box(QRectF(52, y + 3, 90, 8), LINE, None, 2)
        pen.bar(QRectF(150, y, 200, 13), parts)
    pen.box(QRectF(370, 166, 178, 60), OVERDUE_BG, OVERDUE, 4)
    pen.text(
        QRectF(378, 168, 164, 20), translate("TourPicture", "Overdue tasks (2)"), 11, OVERDUE, True
    )
    pen.box(QRectF(378, 192, 140, 6), "#EF9A9A", None, 2)
    pen.box(QRectF(378, 206, 110, 6), "#EF9A9A", None, 2)
    pen.text(
        QRectF(52, 246, 496, 50),
        translate("TourPicture", "Rebuilt each time it opens: try anything, nothing real changes."),
        12,
        MUTED,
        align=AlignCentre,
        wrap=True,
    )
