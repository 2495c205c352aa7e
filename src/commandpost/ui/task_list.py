"""Each department's tasks, in phase order, filtered by level.

A department liaison reads this as the checklist they will get at a given level, so the level
filter re-layers the list exactly as ``Plan.tasks_for(department, level)`` does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commandpost.ui.widgets import scrolling, text_label
from commandpost.ui.words import due_label

if TYPE_CHECKING:
    from commandpost.plan.model import Plan, Task

TASK_ROLE = Qt.ItemDataRole.UserRole


class TaskBrowser(QWidget):
    """A level filter, a tree of departments and their tasks, and the chosen task's detail."""

    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._plan: Plan | None = None
        self.level_filter = QComboBox()
        self.level_filter.setObjectName("levelFilter")
        self.level_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.level_filter.currentIndexChanged.connect(self._refill)
        self.tree = QTreeWidget()
        self.tree.setObjectName("tasks")
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [self.tr("Task"), self.tr("Phase"), self.tr("Time limit"), self.tr("Levels")]
        )
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(self._show_detail)
        self.detail = text_label("")
        self.detail.setObjectName("taskDetail")
        self.detail.setContentsMargins(6, 6, 6, 6)

        filter_row = QHBoxLayout()
        caption = QLabel(self.tr("Show tasks for level:"))
        caption.setBuddy(self.level_filter)
        filter_row.addWidget(caption)
        filter_row.addWidget(self.level_filter)
        filter_row.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tree)
        splitter.addWidget(scrolling(self.detail))
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filter_row)
        layout.addWidget(splitter)

    def show_plan(self, plan: Plan) -> None:
        self._plan = plan
        self.level_filter.blockSignals(True)
        self.level_filter.clear()
        self.level_filter.addItem(self.tr("All levels"), None)
        for level in plan.levels:
            self.level_filter.addItem(level.name.get(self._lang), level.key)
        self.level_filter.setCurrentIndex(0)
        self.level_filter.blockSignals(False)
        self._refill()

    def select_level(self, key: str | None) -> None:
        """Show only the tasks that apply at level ``key`` (all tasks for None)."""
        self.level_filter.setCurrentIndex(max(0, self.level_filter.findData(key)))

    def visible_tasks(self) -> list[str]:
        """Keys of the tasks listed, in order (for tests and for keyboard users' screen readers)."""
        keys: list[str] = []
        for d in range(self.tree.topLevelItemCount()):
            department = self.tree.topLevelItem(d)
            assert department is not None
            for t in range(department.childCount()):
                task = department.child(t)
                assert task is not None
                keys.append(str(task.data(0, TASK_ROLE)))
        return keys

    @Slot()
    def _refill(self) -> None:
        self.tree.clear()
        self.detail.setText(self.tr("Choose a task to read its detail."))
        plan = self._plan
        if plan is None:
            return
        level = self.level_filter.currentData()
        phases = {p.key: p.name.get(self._lang) for p in plan.phases}
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for department in plan.departments:
            tasks = plan.tasks_for(department.key, level)
            title = self.tr("{department} — {count} tasks").format(
                department=department.name.get(self._lang), count=len(tasks)
            )
            top = QTreeWidgetItem(self.tree, [title])
            top.setFont(0, bold)
            top.setFirstColumnSpanned(True)
            for task in tasks:
                item = QTreeWidgetItem(
                    top,
                    [
                        task.title.get(self._lang),
                        phases[task.phase],
                        due_label(task.due, self._lang),
                        self._levels_text(plan, task),
                    ],
                )
                item.setData(0, TASK_ROLE, task.key)
                tip = self._detail_text(plan, task)
                for column in range(4):
                    item.setToolTip(column, tip)
        self.tree.expandAll()

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _show_detail(self, current: QTreeWidgetItem | None, _previous: object = None) -> None:
        plan = self._plan
        key = current.data(0, TASK_ROLE) if current is not None else None
        if plan is None or key is None:
            self.detail.setText(self.tr("Choose a task to read its detail."))
            return
        task = next(t for t in plan.tasks if t.key == key)
        self.detail.setText(self._detail_text(plan, task))

    def _levels_text(self, plan: Plan, task: Task) -> str:
        if task.levels == "all":
            return self.tr("all levels")
        separator = "、" if self._lang == "zh" else ", "
        return separator.join(plan.level(k).name.get(self._lang) for k in task.levels)

    def _detail_text(self, plan: Plan, task: Task) -> str:
        lines = [task.title.get(self._lang)]
        if task.detail is not None:
            lines.append(task.detail.get(self._lang))
        lines.append(self.tr("Time limit: {limit}").format(limit=due_label(task.due, self._lang)))
        rule_key = task.escalation or plan.default_escalation
        rule = next((r for r in plan.escalation if r.key == rule_key), None)
        if task.due is not None and rule is not None:
            lines.append(self.tr("If late: {rule}").format(rule=rule.name.get(self._lang)))
        if task.categories != "all":
            names = [c.name.get(self._lang) for c in plan.categories if c.key in task.categories]
            separator = "、" if self._lang == "zh" else ", "
            lines.append(self.tr("Only for: {categories}").format(categories=separator.join(names)))
        return "\n".join(lines)
