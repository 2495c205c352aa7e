"""The left side of the window: every plan once (at its current version), and the selected
plan's versions, so a user can also read an older, draft or retired text."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from commandpost.clock import Clock, utc_now
from commandpost.services.plan_records import PlanInfo, VersionInfo
from commandpost.ui.library_model import (
    PLAN_COLUMNS,
    VERSION_COLUMNS,
    VersionTableModel,
)
from commandpost.ui.widgets import heading


def _table(model: VersionTableModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.setTabKeyNavigation(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setHighlightSections(False)
    return view


class LibraryPanel(QWidget):
    """Emits ``version_selected`` with the chosen :class:`VersionInfo` (None when nothing is)."""

    version_selected = Signal(object)

    def __init__(self, lang: str, now: Clock = utc_now, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._plans: dict[str, PlanInfo] = {}
        self.plan_model = VersionTableModel(PLAN_COLUMNS, lang, now, self)
        self.version_model = VersionTableModel(VERSION_COLUMNS, lang, now, self)
        self.plan_view = _table(self.plan_model, "plans")
        self.plan_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Long titles wrap onto a second line instead of being cut off.
        self.plan_view.setWordWrap(True)
        self.plan_view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.plan_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.version_view = _table(self.version_model, "versions")
        self.version_view.horizontalHeader().setStretchLastSection(True)
        self.status = QLabel(self.tr("Opening the plan library…"))
        self.status.setObjectName("libraryStatus")
        self.status.setWordWrap(True)

        plans_box = QWidget()
        plans_layout = QVBoxLayout(plans_box)
        plans_layout.setContentsMargins(0, 0, 0, 0)
        plans_caption = heading(self.tr("Pla&ns"), level=2)
        plans_caption.setBuddy(self.plan_view)
        plans_layout.addWidget(plans_caption)
        plans_layout.addWidget(self.status)
        plans_layout.addWidget(self.plan_view)
        versions_box = QWidget()
        versions_layout = QVBoxLayout(versions_box)
        versions_layout.setContentsMargins(0, 0, 0, 0)
        versions_caption = heading(self.tr("&Versions of the selected plan"), level=2)
        versions_caption.setBuddy(self.version_view)
        versions_layout.addWidget(versions_caption)
        versions_layout.addWidget(self.version_view)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(plans_box)
        splitter.addWidget(versions_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.plan_view.selectionModel().selectionChanged.connect(self._plan_changed)
        self.version_view.selectionModel().selectionChanged.connect(self._version_changed)

    # --- content -------------------------------------------------------------------------

    def set_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def set_plans(self, plans: Sequence[PlanInfo], select: tuple[str, int] | None = None) -> None:
        """Show ``plans``, keeping (or moving to) the ``select``-ed plan version if possible."""
        if select is None:
            chosen = self.selected_version()
            select = (chosen.plan_id, chosen.version) if chosen is not None else None
        self._plans = {p.plan_id: p for p in plans}
        self.set_status("" if plans else self.tr("The library has no plans yet: import one."))
        self.plan_model.set_rows([p.current for p in plans])
        self.version_model.set_rows([])
        if not plans:
            self.version_selected.emit(None)
            return
        plan_row = self.plan_model.find(select[0]) if select is not None else None
        self._select(self.plan_view, plan_row or 0)
        if select is not None and plan_row is not None:
            version_row = self.version_model.find(select[0], select[1])
            if version_row is not None:
                self._select(self.version_view, version_row)

    def plan(self, plan_id: str) -> PlanInfo | None:
        return self._plans.get(plan_id)

    def selected_version(self) -> VersionInfo | None:
        return self.version_model.row_at(self._current_row(self.version_view))

    def select(self, plan_id: str, version: int | None = None) -> bool:
        """Select a plan (at its current version, or at ``version``); False if it is not listed."""
        plan_row = self.plan_model.find(plan_id)
        if plan_row is None:
            return False
        self._select(self.plan_view, plan_row)
        if version is not None:
            version_row = self.version_model.find(plan_id, version)
            if version_row is None:
                return False
            self._select(self.version_view, version_row)
        return True

    # --- reactions -----------------------------------------------------------------------

    @Slot(QItemSelection, QItemSelection)
    def _plan_changed(self, *_: object) -> None:
        chosen = self.plan_model.row_at(self._current_row(self.plan_view))
        plan = self._plans.get(chosen.plan_id) if chosen is not None else None
        self.version_model.set_rows(plan.versions if plan is not None else [])
        if plan is None:
            self.version_selected.emit(None)
            return
        row = self.version_model.find(plan.plan_id, plan.current.version)
        self._select(self.version_view, row or 0)

    @Slot(QItemSelection, QItemSelection)
    def _version_changed(self, *_: object) -> None:
        self.version_selected.emit(self.selected_version())

    @staticmethod
    def _current_row(view: QTableView) -> int:
        rows = view.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    @staticmethod
    def _select(view: QTableView, row: int) -> None:
        index: QModelIndex = view.model().index(row, 0)
        view.setCurrentIndex(index)
        view.selectRow(row)
