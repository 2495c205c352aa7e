"""Improvement actions in the window: their columns (in a review and in the open-actions tab),
adding one, and linking one to the plan version it led to.

Both dialogs check their own input and say what is wrong next to the field; the review window
runs the service call once they are accepted.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from commandpost.clock import Clock
from commandpost.services.review_records import ImprovementAction
from commandpost.ui.appearance import tint
from commandpost.ui.colours import colours
from commandpost.ui.incident_dialogs import FormDialog
from commandpost.ui.record_model import Column
from commandpost.ui.review_words import action_status_label, day_label, overdue, stamp

translate = QCoreApplication.translate
Department = Callable[[ImprovementAction], str]
"""The owning department's name in the UI language."""
PlanChoice = tuple[str, str, tuple[int, ...]]
"""A plan to link to: its id, its title in the UI language, its versions."""


def action_columns(
    department: Department,
    plan_title: Callable[[str], str],
    now: Clock,
    incident: Callable[[ImprovementAction], str] | None = None,
) -> list[Column[ImprovementAction]]:
    """The columns of an action list; with ``incident`` (its title) the incident comes first."""

    def late(a: ImprovementAction) -> bool:
        return overdue(a.due_date, a.status, now().astimezone().date())

    def link(a: ImprovementAction) -> str:
        if a.plan_id is None:
            return ""
        return translate("ReviewActions", "{plan} v{version}").format(
            plan=plan_title(a.plan_id), version=a.plan_version
        )

    def link_tip(a: ImprovementAction) -> str | None:
        return f"{a.plan_id} v{a.plan_version}" if a.plan_id is not None else None

    def done(a: ImprovementAction) -> str | None:
        if a.status != "done":
            return None
        return translate("ReviewActions", "Done {time} by {who}").format(
            time=stamp(a.done_at), who=a.done_by or ""
        )

    columns: list[Column[ImprovementAction]] = [
        Column(
            translate("ReviewActions", "Description"),
            lambda a: a.description,
            foreground=lambda a: colours().overdue if late(a) else None,
            tooltip=done,
        ),
        Column(translate("ReviewActions", "Department"), department),
        Column(
            translate("ReviewActions", "Due"),
            lambda a: day_label(a.due_date),
            foreground=lambda a: colours().overdue if late(a) else None,
            bold=late,
            tooltip=lambda a: translate("ReviewActions", "Past its due date") if late(a) else None,
        ),
        Column(
            translate("ReviewActions", "Status"),
            lambda a: action_status_label(a.status),
            foreground=lambda a: colours().done if a.status == "done" else None,
            tooltip=done,
        ),
        Column(
            translate("ReviewActions", "Added in"),
            lambda a: translate("ReviewActions", "revision {number}").format(
                number=a.review_revision
            ),
        ),
        Column(translate("ReviewActions", "Plan link"), link, tooltip=link_tip),
    ]
    if incident is not None:
        columns.insert(0, Column(translate("ReviewActions", "Incident"), incident))
    return columns


def _problem_line(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(f"{name}Problem")
    label.setWordWrap(True)
    tint(label, lambda c: f"color: {c.overdue};")
    label.hide()
    return label


def _with_problem(field: QWidget, problem: QLabel) -> QWidget:
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(problem)
    holder.setFocusProxy(field)
    return holder


class AddActionDialog(FormDialog):
    """A new improvement action: what is to be done, by which department, by when (optional)."""

    def __init__(
        self,
        departments: Sequence[tuple[str, str]],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Add improvement action"),
            self.tr(
                "The action is tracked with the incident until it is done, whatever revision "
                "the review is at."
            ),
            self.tr("Add action"),
            parent,
        )
        self.setObjectName("addActionDialog")
        self.description = QPlainTextEdit()
        self.description.setObjectName("description")
        self.description.setPlaceholderText(
            self.tr("What is to be done, e.g. add an evening shift to the hotline rota")
        )
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(80)
        self.description_problem = _problem_line("description")
        self.description.textChanged.connect(self.description_problem.hide)
        self.department = QComboBox()
        self.department.setObjectName("department")
        for key, name in departments:
            self.department.addItem(name, key)
        self.has_due = QCheckBox(self.tr("D&ue by:"))
        self.has_due.setObjectName("hasDue")
        self.due = QDateEdit()
        self.due.setObjectName("due")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setDate(QDate(today.year, today.month, today.day).addDays(30))
        self.due.setEnabled(False)
        self.has_due.toggled.connect(self.due.setEnabled)
        self.form.addRow(
            self.tr("&Action:"), _with_problem(self.description, self.description_problem)
        )
        self.form.addRow(self.tr("&Department:"), self.department)
        self.form.addRow(self.has_due, self.due)

    def values(self) -> tuple[str, str, date | None]:
        """Description, department key, due date (or None)."""
        due = self.due.date().toPython() if self.has_due.isChecked() else None
        assert due is None or isinstance(due, date)
        return self.description.toPlainText().strip(), str(self.department.currentData()), due

    def problems(self) -> list[str]:
        if self.values()[0]:
            return []
        self.description_problem.setText(self.tr("Say what is to be done."))
        self.description_problem.show()
        self.description.setFocus()
        return [""]  # said next to the field

    def accept(self) -> None:
        if not self.problems():
            super().accept()


class LinkPlanDialog(FormDialog):
    """Which plan version an action led to (usually a newer version of the incident's plan)."""

    def __init__(
        self,
        description: str,
        plans: Sequence[PlanChoice],
        plan_id: str,
        version: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Link to plan version"),
            self.tr("“{action}” led to this revision of a plan:").format(action=description),
            self.tr("Link"),
            parent,
        )
        self.setObjectName("linkPlanDialog")
        self._versions = {plan: versions for plan, _title, versions in plans}
        self.plan = QComboBox()
        self.plan.setObjectName("plan")
        for plan, title, _versions in plans:
            self.plan.addItem(title, plan)
        self.version = QSpinBox()
        self.version.setObjectName("version")
        self.version_problem = _problem_line("version")
        self.version.valueChanged.connect(self.version_problem.hide)
        self.plan.currentIndexChanged.connect(lambda _i: self._plan_changed())
        index = self.plan.findData(plan_id)
        self.plan.setCurrentIndex(max(index, 0))
        self._plan_changed(version)
        self.form.addRow(self.tr("&Plan:"), self.plan)
        self.form.addRow(self.tr("&Version:"), _with_problem(self.version, self.version_problem))

    def _plan_changed(self, version: int | None = None) -> None:
        versions = self._versions.get(str(self.plan.currentData()), ())
        self.version.setRange(1, max(versions, default=1))
        self.version.setValue(version if version in versions else max(versions, default=1))

    def values(self) -> tuple[str, int]:
        return str(self.plan.currentData()), self.version.value()

    def problems(self) -> list[str]:
        plan, version = self.values()
        if version in self._versions.get(plan, ()):
            return []
        self.version_problem.setText(
            self.tr("The plan has no version {version}.").format(version=version)
        )
        self.version_problem.show()
        return [""]

    def accept(self) -> None:
        if not self.problems():
            super().accept()
