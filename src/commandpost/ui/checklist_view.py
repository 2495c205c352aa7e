"""The liaison's task table: a check button on each row (one click ticks an open task), Space to
tick the selected row, Enter to open it; and the task's detail with its own history.

Why a delegate rather than a real QPushButton per row: the table is rebuilt every couple of
seconds, and hundreds of widgets re-created each time would flicker and cost; a painted button
that reacts to a click is cheap and keeps the keyboard on the table.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from commandpost.services.incident_records import EventInfo, TaskInfo
from commandpost.ui import when
from commandpost.ui.appearance import tint
from commandpost.ui.colours import colours, readable_on
from commandpost.ui.incident_words import (
    PlanNames,
    countdown_label,
    deadline_tone,
    due_rule_label,
    full_time,
    task_status_label,
    tone_background,
    tone_colour,
)
from commandpost.ui.record_model import RECORD_ROLE
from commandpost.ui.timeline import event_text

AnyIndex = QModelIndex | QPersistentModelIndex
BOX = 20


class TickDelegate(QStyledItemDelegate):
    """Paints the check button of a task row and asks for a tick when it is clicked."""

    tick_clicked = Signal(object)  # the TaskInfo

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.may_tick: Callable[[TaskInfo], bool] = lambda _task: True
        """Whether the user may tick a task; one they may not is painted muted, not ticked."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        super().paint(painter, option, index)
        task = index.data(RECORD_ROLE)
        if not isinstance(task, TaskInfo):
            return
        rect: QRect = option.rect
        box = QRect(0, 0, BOX, BOX)
        box.moveCenter(rect.center())
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        c = colours()
        if task.status == "done":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(c.done))
            painter.drawRoundedRect(box, 4, 4)
            painter.setPen(QPen(QColor(readable_on(c.done)), 2.4))
            painter.drawPolyline(
                [box.topLeft() + QPoint(x, y) for x, y in ((5, 10), (9, 14), (15, 6))]
            )
        elif task.status == "open" and not self.may_tick(task):  # another department's task
            painter.setPen(QPen(QColor(c.muted), 1.5, Qt.PenStyle.DotLine))
            painter.drawRoundedRect(box.adjusted(2, 2, -2, -2), 4, 4)
        elif task.status == "open":
            painter.setPen(QPen(QColor(c.drill if hovered else c.tick_border), 2))
            painter.setBrush(QColor(c.drill_background if hovered else c.tick_fill))
            painter.drawRoundedRect(box.adjusted(1, 1, -1, -1), 4, 4)
        else:  # not applicable or retired: nothing to tick
            painter.setPen(QPen(QColor(c.muted), 2))
            painter.drawLine(box.left() + 5, box.center().y(), box.right() - 5, box.center().y())
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        return QSize(BOX + 24, BOX + 8)

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: AnyIndex,
    ) -> bool:
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
        ):
            task = index.data(RECORD_ROLE)
            if isinstance(task, TaskInfo) and task.status == "open":
                if self.may_tick(task):
                    self.tick_clicked.emit(task)
                return True
        return super().editorEvent(event, model, option, index)


class ChecklistView(QTableView):
    """A task table where Space ticks the selected task and Enter opens it."""

    tick_pressed = Signal()
    open_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklist")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setMouseTracking(True)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() == Qt.KeyboardModifier.NoModifier or event.modifiers() == (
            Qt.KeyboardModifier.KeypadModifier
        ):
            if event.key() == Qt.Key.Key_Space:
                self.tick_pressed.emit()
                return
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_pressed.emit()
                return
        super().keyPressEvent(event)


class TaskPane(QWidget):
    """The selected task in full beside the table: its detail text, time limit and who did it,
    so a liaison reads what to do without opening anything."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("taskPane")
        self.title = QLabel()
        self.title.setObjectName("paneTitle")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold; font-size: 13pt;")
        self.countdown = QLabel()
        self.countdown.setObjectName("paneCountdown")
        self.facts = QLabel()
        self.facts.setObjectName("paneFacts")
        self.facts.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setObjectName("paneDetail")
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        for label in (self.title, self.facts, self.detail):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint = QLabel()
        tint(self.hint, lambda c: f"color: {c.muted};")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        for widget in (self.title, self.countdown, self.facts, self.detail):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addWidget(self.hint)
        self.set_read_only(False)
        self.show_task(None, None, datetime.now(UTC))

    def set_read_only(self, read_only: bool) -> None:
        """Another department's tasks, which the user's role does not work: said in the hint."""
        self.hint.setText(
            self.tr("Read only: your role works the tasks of your own departments.")
            if read_only
            else self.tr("Enter: the task's history. Space: mark it done.")
        )

    def show_task(self, task: TaskInfo | None, names: PlanNames | None, now: datetime) -> None:
        if task is None or names is None:
            self.title.setText(self.tr("No task selected"))
            for label in (self.countdown, self.facts, self.detail):
                label.clear()
            return
        lang = names.lang
        tone = deadline_tone(task.status, task.due_at, now, task.remind_at)
        self.countdown.setText(countdown_label(task.status, task.due_at, now))
        self.countdown.setVisible(bool(self.countdown.text()))
        tint(
            self.countdown,
            lambda c: (
                f"font-weight: bold; color: {tone_colour(tone) or c.text};"
                f" background: {tone_background(tone) or 'transparent'}; padding: 2px 4px;"
            ),
        )
        self.title.setText(task.title(lang))
        due = when.date_time(task.due_at) if task.due_at else self.tr("no due time yet")
        lines = [
            self.tr("Phase: {phase}").format(phase=names.phase(task.phase)),
            self.tr("Due: {due}").format(due=due)
            + (f" ({due_rule_label(task.due_rule, lang)})" if task.due_rule else ""),
            self.tr("Status: {status}").format(status=task_status_label(task.status)),
        ]
        if task.status == "done" and task.done_at is not None:
            lines.append(
                self.tr("Done {time} by {who}").format(
                    time=when.date_time(task.done_at), who=task.done_by or ""
                )
            )
        if task.assignee:
            lines.append(self.tr("Assigned to: {person}").format(person=task.assignee))
        self.facts.setText("\n".join(lines))
        detail = task.detail_zh if lang == "zh" else task.detail_en
        self.detail.setText(detail or "")


class TaskDetailDialog(QDialog):
    """Everything about one task, and its own history (ticks, reopenings, notes)."""

    def __init__(
        self,
        task: TaskInfo,
        names: PlanNames,
        now_text: str,
        history: Sequence[EventInfo],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("taskDetail")
        lang = names.lang
        self.setWindowTitle(task.title(lang))
        form = QFormLayout()
        detail = task.detail_zh if lang == "zh" else task.detail_en
        due = full_time(task.due_at) or self.tr("no due time yet")
        if task.due_rule:
            due += f" ({due_rule_label(task.due_rule, lang)})"
        for caption, value in (
            (self.tr("Task:"), task.title(lang)),
            (self.tr("Detail:"), detail or ""),
            (self.tr("Department:"), names.department(task.department)),
            (self.tr("Phase:"), names.phase(task.phase)),
            (self.tr("Due:"), due),
            (self.tr("Status:"), self._status(task, now_text)),
            (self.tr("Assigned to:"), task.assignee or self.tr("nobody yet")),
        ):
            label = QLabel(value)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(caption, label)
        self.history = QPlainTextEdit()
        self.history.setObjectName("history")
        self.history.setReadOnly(True)
        self.history.setPlainText(
            "\n".join(
                f"{full_time(e.at)}  {e.actor}: {event_text(e, names, {task.id: task})}"
                for e in history
            )
            or self.tr("Nothing has happened to this task yet.")
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("History:")))
        layout.addWidget(self.history)
        layout.addWidget(buttons)
        self.resize(640, 480)

    def _status(self, task: TaskInfo, countdown: str) -> str:
        status = task_status_label(task.status)
        if task.status == "done" and task.done_at is not None:
            return self.tr("{status} {time} by {who}").format(
                status=status, time=full_time(task.done_at), who=task.done_by or ""
            )
        return f"{status} — {countdown}" if countdown else status
