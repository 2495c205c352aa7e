"""Small painted widgets of the incident windows: the level badge, the drill mark, the phase
strip, and each department's progress as a compact bar.

Painted with QPainter rather than QtCharts: Charts is only in PySide6-Addons (≈ 500 MB more), and
these are a handful of rectangles that must read at a glance from across a room.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRect, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from commandpost.ui.colours import colours, readable_on
from commandpost.ui.incident_words import drill_word


def repeating_timer(
    parent: QObject, name: str, interval_ms: int, slot: Callable[[], object]
) -> QTimer:
    """A named timer owned by ``parent`` (named so a test can tell whose timer was left running)."""
    timer = QTimer(parent)
    timer.setObjectName(name)
    timer.setInterval(interval_ms)
    timer.timeout.connect(slot)
    return timer


class Badge(QWidget):
    """A rounded, filled label: the level in its colour, or the hatched blue drill mark."""

    def __init__(self, parent: QWidget | None = None, scale: float = 1.25) -> None:
        super().__init__(parent)
        self._text = ""
        self._colour = QColor(colours().level_fallback)
        self._hatched = False
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * scale)
        self.setFont(font)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_badge(self, text: str, colour: str, hatched: bool = False) -> None:
        self._text, self._colour, self._hatched = text, QColor(colour), hatched
        self.setAccessibleName(text)
        self.updateGeometry()
        self.update()

    def text(self) -> str:
        return self._text

    def colour(self) -> str:
        return self._colour.name().upper()

    def sizeHint(self) -> QSize:
        metrics = QFontMetrics(self.font())
        return QSize(metrics.horizontalAdvance(self._text) + 28, metrics.height() + 12)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        if self._hatched:  # the drill mark: in the drill colours of the scheme on screen
            c = colours()
            painter.setPen(QColor(c.drill))
            painter.setBrush(QColor(c.drill_background))
            painter.drawRoundedRect(box, 6, 6)
            painter.setBrush(QBrush(QColor(c.drill_hatch), Qt.BrushStyle.BDiagPattern))
            painter.drawRoundedRect(box, 6, 6)
            text_colour = QColor(c.drill)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self._colour)
            painter.drawRoundedRect(box, 6, 6)
            text_colour = QColor(readable_on(self._colour.name()))
        painter.setPen(text_colour)
        painter.setFont(self.font())
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self._text)
        painter.end()


def drill_badge(parent: QWidget | None = None) -> Badge:
    """The drill mark: 演练 / DRILL, hatched blue, so no one mistakes a drill for the real thing."""
    badge = Badge(parent)
    badge.setObjectName("drillBadge")
    badge.set_badge(drill_word(), colours().drill, hatched=True)  # painted in the drill colours
    return badge


@dataclass(frozen=True, slots=True)
class PhaseStep:
    name: str
    state: str  # "past", "current" or "future"
    tooltip: str = ""


class PhaseStrip(QWidget):
    """The plan's phases left to right as chevrons: done ones green, the current one dark blue."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._steps: tuple[PhaseStep, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)

    def set_steps(self, steps: Sequence[PhaseStep]) -> None:
        self._steps = tuple(steps)
        self.setAccessibleName(" › ".join(s.name for s in self._steps))
        self.update()

    def steps(self) -> tuple[PhaseStep, ...]:
        return self._steps

    def sizeHint(self) -> QSize:
        return QSize(600, QFontMetrics(self.font()).height() + 16)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    def _boxes(self) -> list[QRectF]:
        count = max(len(self._steps), 1)
        width = self.width() / count
        return [QRectF(i * width, 0, width, self.height()) for i in range(len(self._steps))]

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        tip = 10.0
        c = colours()
        fills = {
            "past": QColor(c.phase_past),
            "current": QColor(c.phase_current),
            "future": QColor(c.phase_future),
        }
        texts = {
            "past": QColor(c.phase_past_text),
            "current": QColor(c.phase_current_text),
            "future": QColor(c.phase_future_text),
        }
        for number, (step, box) in enumerate(zip(self._steps, self._boxes(), strict=True)):
            left, right = box.left(), box.right() - 2
            top, bottom, middle = box.top() + 1, box.bottom() - 1, box.center().y()
            notch = tip if number > 0 else 0.0
            points = [
                QPoint(round(left), round(top)),
                QPoint(round(right - tip), round(top)),
                QPoint(round(right), round(middle)),
                QPoint(round(right - tip), round(bottom)),
                QPoint(round(left), round(bottom)),
                QPoint(round(left + notch), round(middle)),
            ]
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fills[step.state])
            painter.drawPolygon(points)
            font = QFont(self.font())
            font.setBold(step.state == "current")
            painter.setFont(font)
            painter.setPen(texts[step.state])
            mark = "✓ " if step.state == "past" else ""
            label = box.adjusted(notch + 4, 0, -tip - 4, 0)
            text = QFontMetrics(font).elidedText(
                mark + step.name, Qt.TextElideMode.ElideRight, round(label.width())
            )
            painter.drawText(label, Qt.AlignmentFlag.AlignCenter, text)
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            for step, box in zip(self._steps, self._boxes(), strict=True):
                if box.contains(QPointF(event.pos())) and step.tooltip:
                    QToolTip.showText(event.globalPos(), step.tooltip, self)
                    return True
            QToolTip.hideText()
            return True
        return super().event(event)


@dataclass(frozen=True, slots=True)
class ProgressRow:
    key: str
    name: str
    done: int
    open: int  # open and not yet overdue
    overdue: int
    caption: str  # e.g. "3 done · 2 open · 1 overdue", in the UI language


class DepartmentProgressView(QWidget):
    """One line per department: its name, a stacked bar (done / open / overdue) and the counts."""

    ROW_GAP = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[ProgressRow, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: Sequence[ProgressRow]) -> None:
        new = tuple(rows)
        if new != self._rows:
            self._rows = new
            self.updateGeometry()
            self.update()

    def rows(self) -> tuple[ProgressRow, ...]:
        return self._rows

    def _row_height(self) -> int:
        return QFontMetrics(self.font()).height() + 12

    def sizeHint(self) -> QSize:
        height = len(self._rows) * (self._row_height() + self.ROW_GAP)
        return QSize(420, max(height, self._row_height()))

    def _name_width(self) -> int:
        metrics = QFontMetrics(self.font())
        widest = max((metrics.horizontalAdvance(r.name) for r in self._rows), default=0)
        return min(widest + 12, max(self.width() * 2 // 5, 80))

    def _row_rect(self, number: int) -> QRect:
        top = number * (self._row_height() + self.ROW_GAP)
        return QRect(0, top, self.width(), self._row_height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        name_width = self._name_width()
        caption_width = min(
            max((metrics.horizontalAdvance(r.caption) for r in self._rows), default=0) + 12,
            max(self.width() // 3, 80),
        )
        c = colours()
        for number, row in enumerate(self._rows):
            box = self._row_rect(number)
            name_box = QRect(box.left(), box.top(), name_width, box.height())
            painter.setPen(QColor(c.text))
            name = metrics.elidedText(row.name, Qt.TextElideMode.ElideRight, name_width - 8)
            painter.drawText(name_box, Qt.AlignmentFlag.AlignVCenter, name)
            bar = QRectF(
                box.left() + name_width,
                box.top() + 3,
                max(box.width() - name_width - caption_width, 40),
                box.height() - 6,
            )
            self._paint_bar(painter, bar, row)
            caption_box = QRect(round(bar.right()) + 8, box.top(), caption_width, box.height())
            painter.setPen(QColor(c.overdue if row.overdue else c.caption))
            painter.drawText(caption_box, Qt.AlignmentFlag.AlignVCenter, row.caption)
        painter.end()

    @staticmethod
    def _paint_bar(painter: QPainter, bar: QRectF, row: ProgressRow) -> None:
        c = colours()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(c.bar_track))
        painter.drawRoundedRect(bar, 4, 4)
        total = row.done + row.open + row.overdue
        if total == 0:
            return
        painter.save()
        painter.setClipRect(bar)
        left = bar.left()
        for count, colour in (
            (row.done, c.done),
            (row.open, c.open),
            (row.overdue, c.overdue),
        ):
            width = bar.width() * count / total
            if width > 0:
                painter.setBrush(QColor(colour))
                painter.drawRect(QRectF(left, bar.top(), width, bar.height()))
                left += width
        painter.restore()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            for number, row in enumerate(self._rows):
                if self._row_rect(number).contains(event.pos()):
                    QToolTip.showText(event.globalPos(), f"{row.name}\n{row.caption}", self)
                    return True
            QToolTip.hideText()
            return True
        return super().event(event)
