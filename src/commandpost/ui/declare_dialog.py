"""Declaring an incident (or activating a warning): plan, category, level, title, description,
drill or real, and the declaration time.

Only approved plans are offered: an incident is pinned to the approved version it runs on. The
level's criteria are shown under the level, so the choice is made against the plan's own words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from commandpost.clock import Clock, utc_now
from commandpost.ui.appearance import tint
from commandpost.ui.icons import swatch
from commandpost.ui.incident_dialogs import FormDialog
from commandpost.ui.widgets import muted_label

if TYPE_CHECKING:
    from commandpost.plan.model import Plan

FUTURE_SLACK = timedelta(minutes=1)
"""Clocks of two desktops differ a little; a time this far ahead still counts as now."""


@dataclass(frozen=True, slots=True)
class Declaration:
    """What the dialog collected; ``declared_at`` None means "now" (the service's clock)."""

    plan_id: str
    category: str
    level: str
    title: str
    description: str
    is_drill: bool
    declared_at: datetime | None


def _time_editor(moment: datetime) -> QDateTimeEdit:
    """The declaration time, in local time to the minute; used only when "Now" is unticked."""
    editor = QDateTimeEdit()
    editor.setObjectName("declaredAt")
    editor.setDisplayFormat("yyyy-MM-dd HH:mm")
    editor.setCalendarPopup(True)
    editor.setDateTime(QDateTime.fromSecsSinceEpoch(int(moment.timestamp())))
    editor.setEnabled(False)
    return editor


def _row(*widgets: QWidget) -> QWidget:
    """Widgets side by side in one form row."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return row


class DeclareDialog(FormDialog):
    """Collects a :class:`Declaration`; ``fixed_plan`` locks the plan (activating a warning)."""

    def __init__(
        self,
        plans: Sequence[Plan],
        lang: str,
        now: Clock = utc_now,
        fixed_plan: str | None = None,
        is_drill: bool = False,
        title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        activating = fixed_plan is not None
        super().__init__(
            self.tr("Activate warning") if activating else self.tr("Declare an incident"),
            self.tr(
                "Every department gets its checklist at once, with due times counted from the "
                "declaration."
            ),
            self.tr("Activate") if activating else self.tr("Declare"),
            parent,
        )
        self.setObjectName("declareDialog")
        self._plans = {p.id: p for p in plans}
        self._lang = lang
        self._now = now
        self.plan = QComboBox()
        self.plan.setObjectName("plan")
        for plan in plans:
            if fixed_plan is None or plan.id == fixed_plan:
                self.plan.addItem(f"{plan.title.get(lang)} (v{plan.version})", plan.id)
        self.plan.setEnabled(not activating)
        self.category = QComboBox()
        self.category.setObjectName("category")
        self.level = QComboBox()
        self.level.setObjectName("level")
        self.criteria = muted_label("")
        self.criteria.setObjectName("criteria")
        self.title_edit = QLineEdit(title)
        self.title_edit.setObjectName("title")
        self.title_edit.setPlaceholderText(self.tr("What happened, in a few words"))
        self.description = QPlainTextEdit()
        self.description.setObjectName("description")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(80)
        self.real = QRadioButton(self.tr("&Real incident"))
        self.real.setObjectName("real")
        self.drill = QRadioButton(self.tr("Dr&ill (kept out of real-incident statistics)"))
        self.drill.setObjectName("drill")
        tint(self.drill, lambda c: f"color: {c.drill}; font-weight: bold;")
        group = QButtonGroup(self)
        group.addButton(self.real)
        group.addButton(self.drill)
        (self.drill if is_drill else self.real).setChecked(True)
        for button in (self.real, self.drill):
            button.setEnabled(not activating)  # a warning was raised for one or the other
        self.declared_now = QCheckBox(self.tr("&Now"))
        self.declared_now.setObjectName("declaredNow")
        self.declared_now.setChecked(True)
        self.declared_at = _time_editor(now())
        self.declared_now.toggled.connect(lambda on: self.declared_at.setEnabled(not on))
        kind = _row(self.real, self.drill)
        when = _row(self.declared_now, self.declared_at)
        for caption, field in (
            (self.tr("&Plan:"), self.plan),
            (self.tr("&Category:"), self.category),
            (self.tr("&Level:"), self.level),
            ("", self.criteria),
            (self.tr("&Title:"), self.title_edit),
            (self.tr("&Description:"), self.description),
            (self.tr("Kind:"), kind),
            (self.tr("Declared &at:"), when),
        ):
            self.form.addRow(caption, field)
        self.plan.currentIndexChanged.connect(self._plan_changed)
        self.level.currentIndexChanged.connect(self._level_changed)
        self._plan_changed()
        self.setMinimumWidth(620)

    # --- reactions -----------------------------------------------------------------------

    def chosen_plan(self) -> Plan | None:
        return self._plans.get(str(self.plan.currentData()))

    def _plan_changed(self, *_: object) -> None:
        plan, lang = self.chosen_plan(), self._lang
        self.category.clear()
        self.level.clear()
        if plan is None:
            return
        for category in plan.categories:
            self.category.addItem(category.name.get(lang), category.key)
            if category.description is not None:
                self.category.setItemData(
                    self.category.count() - 1,
                    category.description.get(lang),
                    Qt.ItemDataRole.ToolTipRole,
                )
        for level in sorted(plan.levels, key=lambda lv: lv.rank):
            self.level.addItem(swatch(level.colour), level.name.get(lang), level.key)
        self._level_changed()

    def _level_changed(self, *_: object) -> None:
        plan = self.chosen_plan()
        key = self.level.currentData()
        level = next((lv for lv in plan.levels if lv.key == key), None) if plan else None
        self.criteria.setText(level.criteria.get(self._lang) if level is not None else "")

    # --- result --------------------------------------------------------------------------

    def declaration(self) -> Declaration:
        declared_at = None
        if not self.declared_now.isChecked():
            seconds = self.declared_at.dateTime().toSecsSinceEpoch()
            declared_at = datetime.fromtimestamp(seconds, UTC)
        return Declaration(
            plan_id=str(self.plan.currentData()),
            category=str(self.category.currentData()),
            level=str(self.level.currentData()),
            title=self.title_edit.text().strip(),
            description=self.description.toPlainText().strip(),
            is_drill=self.drill.isChecked(),
            declared_at=declared_at,
        )

    def problems(self) -> list[str]:
        if self.chosen_plan() is None:
            return [self.tr("No plan is approved: approve a plan before declaring an incident.")]
        found = []
        if not self.title_edit.text().strip():
            found.append(self.tr("Give the incident a title."))
        chosen = self.declaration().declared_at
        if chosen is not None and chosen > self._now() + FUTURE_SLACK:
            found.append(
                self.tr("The declaration time cannot be in the future: leave “Now” ticked.")
            )
        return found
