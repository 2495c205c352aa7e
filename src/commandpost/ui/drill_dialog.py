"""Scheduling a drill: the plan, date and time, scenario, level, the departments taking part, and
how long before the drill everyone is reminded.

Only approved plans are offered: drills run on the approved version, and the level and
departments are that version's. The dialog checks its own input and says what is wrong next to
the field. Once the input is fine it hands a :class:`DrillRequest` to its owner through
``submitted`` and stays open: the owner schedules the drill off the GUI thread, then closes the
dialog with :meth:`ScheduleDrillDialog.finish` or shows the refusal in it with
:meth:`ScheduleDrillDialog.refuse`, so nothing typed is lost.

Cancelling a drill is confirmed in :class:`CancelDrillDialog`, which asks for the reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from commandpost.clock import Clock, utc_now
from commandpost.ui.appearance import tint
from commandpost.ui.drill_columns import REMINDERS, reminder_label
from commandpost.ui.icons import swatch
from commandpost.ui.incident_dialogs import FormDialog, ReasonDialog

if TYPE_CHECKING:
    from commandpost.plan.model import Plan

DRILL_HOUR = 10
"""A drill is proposed for this hour (local time) of the next working day."""
DEFAULT_REMINDER = "1 d"


@dataclass(frozen=True, slots=True)
class DrillRequest:
    """What the dialog collected; ``at`` is in UTC."""

    plan_id: str
    at: datetime
    scenario: str
    level: str
    departments: tuple[str, ...]
    remind_before: str


def next_working_morning(now: datetime) -> datetime:
    """10:00 local time on the first working day after today: the official Chinese calendar
    where it is known, Monday to Friday past the years it covers."""
    from commandpost.incident.workdays import CalendarNotCoveredError, is_working_day

    day = now.astimezone().date() + timedelta(days=1)
    for _ in range(30):  # the longest official holiday is well under a month
        try:
            working = is_working_day(day)
        except CalendarNotCoveredError:
            working = day.weekday() < 5
        if working:
            break
        day += timedelta(days=1)
    return datetime.combine(day, time(DRILL_HOUR)).astimezone()


def _message(name: str) -> QLabel:
    """The red line under a field saying what is wrong with it (hidden while it is fine)."""
    label = QLabel()
    label.setObjectName(f"{name}Problem")
    label.setWordWrap(True)
    tint(label, lambda c: f"color: {c.overdue};")
    label.hide()
    return label


def _with_message(field: QWidget, message: QLabel) -> QWidget:
    """A field with its problem line under it; focus given to the pair goes to the field."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(message)
    holder.setFocusProxy(field)
    return holder


class ScheduleDrillDialog(FormDialog):
    """Collects a :class:`DrillRequest`; ``plan_id`` chooses the plan shown first."""

    submitted = Signal(object)

    def __init__(
        self,
        plans: Sequence[Plan],
        lang: str,
        now: Clock = utc_now,
        plan_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Schedule a drill"),
            self.tr(
                "The drill is run as an incident marked as a drill. Everyone taking part is "
                "reminded before it, and it counts as held when a drill incident is declared on "
                "its plan that day."
            ),
            self.tr("Schedule"),
            parent,
        )
        self.setObjectName("scheduleDrillDialog")
        self._plans = {p.id: p for p in plans}
        self._lang = lang
        self._now = now
        self._busy = False
        self._ok_text = self.ok_button.text()
        self.plan = QComboBox()
        self.plan.setObjectName("plan")
        for plan in plans:
            self.plan.addItem(f"{plan.title.get(lang)} (v{plan.version})", plan.id)
        if plan_id is not None and self.plan.findData(plan_id) >= 0:
            self.plan.setCurrentIndex(self.plan.findData(plan_id))
        self.at = QDateTimeEdit()
        self.at.setObjectName("at")
        self.at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.at.setCalendarPopup(True)
        proposed = next_working_morning(now())
        self.at.setDateTime(QDateTime.fromSecsSinceEpoch(int(proposed.timestamp())))
        self.scenario = QPlainTextEdit()
        self.scenario.setObjectName("scenario")
        self.scenario.setPlaceholderText(
            self.tr("What the drill plays out, e.g. the hotline system fails at the evening peak")
        )
        self.scenario.setTabChangesFocus(True)
        self.scenario.setFixedHeight(80)
        self.level = QComboBox()
        self.level.setObjectName("level")
        self.department_box = QWidget()
        self.department_box.setObjectName("departments")
        self.department_grid = QGridLayout(self.department_box)
        self.department_grid.setContentsMargins(0, 0, 0, 0)
        self.departments: dict[str, QCheckBox] = {}
        self.reminder = QComboBox()
        self.reminder.setObjectName("reminder")
        for value in REMINDERS:
            self.reminder.addItem(reminder_label(value, lang), value)
        self.reminder.setCurrentIndex(self.reminder.findData(DEFAULT_REMINDER))
        self.messages = {name: _message(name) for name in ("plan", "at", "scenario", "departments")}
        for caption, name, field in (
            (self.tr("&Plan:"), "plan", self.plan),
            (self.tr("&Date and time:"), "at", self.at),
            (self.tr("&Scenario:"), "scenario", self.scenario),
            (self.tr("&Level:"), "", self.level),
            (self.tr("Departments taking part:"), "departments", self.department_box),
            (self.tr("&Remind:"), "", self.reminder),
        ):
            self.form.addRow(caption, _with_message(field, self.messages[name]) if name else field)
        self.plan.currentIndexChanged.connect(self._plan_changed)
        self.at.dateTimeChanged.connect(lambda _t: self._clear("at"))
        self.scenario.textChanged.connect(lambda: self._clear("scenario"))
        self._plan_changed()
        self.setMinimumWidth(640)

    # --- reactions -----------------------------------------------------------------------

    def chosen_plan(self) -> Plan | None:
        return self._plans.get(str(self.plan.currentData()))

    def _plan_changed(self, *_: object) -> None:
        plan, lang = self.chosen_plan(), self._lang
        self.level.clear()
        for box in self.departments.values():
            self.department_grid.removeWidget(box)
            box.hide()
            box.deleteLater()
        self.departments = {}
        if plan is None:
            return
        for level in sorted(plan.levels, key=lambda lv: lv.rank):
            self.level.addItem(swatch(level.colour), level.name.get(lang), level.key)
        for number, department in enumerate(plan.departments):
            box = QCheckBox(department.name.get(lang))
            box.setObjectName(f"department:{department.key}")
            box.setChecked(True)
            box.toggled.connect(lambda _on: self._clear("departments"))
            self.department_grid.addWidget(box, number // 2, number % 2)
            self.departments[department.key] = box
        self._clear("departments")

    def _clear(self, name: str) -> None:
        self.messages[name].hide()

    # --- result --------------------------------------------------------------------------

    def request(self) -> DrillRequest:
        seconds = self.at.dateTime().toSecsSinceEpoch()
        return DrillRequest(
            plan_id=str(self.plan.currentData()),
            at=datetime.fromtimestamp(seconds, UTC),
            scenario=self.scenario.toPlainText().strip(),
            level=str(self.level.currentData()),
            departments=tuple(k for k, box in self.departments.items() if box.isChecked()),
            remind_before=str(self.reminder.currentData()),
        )

    def field_problems(self) -> dict[str, str]:
        """What is wrong with each field, by field name (empty: the input is fine)."""
        if self.chosen_plan() is None:
            return {
                "plan": self.tr("No plan is approved: approve a plan before scheduling a drill.")
            }
        request, found = self.request(), {}
        if request.at <= self._now():
            found["at"] = self.tr("This time has passed: choose a later one.")
        if not request.scenario:
            found["scenario"] = self.tr("Describe what the drill plays out.")
        if not request.departments:
            found["departments"] = self.tr("Choose at least one department to take part.")
        return found

    def problems(self) -> list[str]:
        return list(self.field_problems().values())

    # --- the owner's answer --------------------------------------------------------------

    def accept(self) -> None:
        """Check the input; when it is fine, hand it over and wait for the owner's answer."""
        if self._busy:
            return
        found = self.field_problems()
        for name, label in self.messages.items():
            label.setText(found.get(name, ""))
            label.setVisible(name in found)
        self.problem.hide()
        if found:
            fields: dict[str, QWidget] = {"plan": self.plan, "at": self.at}
            fields["scenario"] = self.scenario
            fields["departments"] = next(iter(self.departments.values()), self.plan)
            fields[next(iter(found))].setFocus()
            return
        self._set_busy(True)
        self.submitted.emit(self.request())

    def reject(self) -> None:
        if not self._busy:  # the drill is being scheduled: its answer closes the dialog
            super().reject()

    def finish(self) -> None:
        """The drill is scheduled: close the dialog."""
        self._set_busy(False)
        QDialog.accept(self)

    def refuse(self, message: str) -> None:
        """The drill was not scheduled: say why under the form; everything typed stays."""
        self._set_busy(False)
        self.problem.setText(
            self.tr("The drill was not scheduled: {reason}").format(reason=message)
        )
        self.problem.show()

    @property
    def busy(self) -> bool:
        return self._busy

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.buttons.setEnabled(not busy)
        self.ok_button.setText(self.tr("Scheduling…") if busy else self._ok_text)


class CancelDrillDialog(ReasonDialog):
    """Confirms cancelling a drill and asks why; the reason is kept with the drill."""

    def __init__(self, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Cancel drill"), explanation, self.tr("Cancel drill"), True, parent
        )
        self.setObjectName("cancelDrillDialog")
        self.reason_edit.setPlaceholderText(self.tr("Kept with the drill"))
        keep = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        keep.setText(self.tr("Keep drill"))

    def problems(self) -> list[str]:
        if not self.reason():
            return [self.tr("Give a reason for cancelling the drill.")]
        return []


def short(text: str, most: int = 60) -> str:
    """A long text on one line, cut with an ellipsis (a scenario in a sentence)."""
    line = " ".join(text.split())
    return line if len(line) <= most else line[: most - 1] + "…"
