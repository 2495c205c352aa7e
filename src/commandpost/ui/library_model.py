"""The plan library as Qt table models over plain rows (never ORM objects), testable bare.

One model class serves both lists of the library panel: the plans (each plan once, at its current
version) and the versions of the selected plan. Rows are the service's frozen ``VersionInfo``
records, so the model never reaches back into the database.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from enum import Enum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from commandpost.clock import utc_now
from commandpost.services.plan_records import VersionInfo
from commandpost.ui.colours import LIGHT, colours
from commandpost.ui.words import date_label, status_label

OVERDUE_COLOUR = LIGHT.overdue  # by name for tests; the rows take colours() on screen
AnyIndex = QModelIndex | QPersistentModelIndex


class Column(Enum):
    TITLE = "title"
    VERSION = "version"
    STATUS = "status"
    IMPORTED = "imported"
    APPROVED = "approved"
    REVIEW_DUE = "review_due"


PLAN_COLUMNS = (Column.TITLE, Column.VERSION, Column.STATUS, Column.APPROVED, Column.REVIEW_DUE)
VERSION_COLUMNS = (
    Column.VERSION,
    Column.STATUS,
    Column.IMPORTED,
    Column.APPROVED,
    Column.REVIEW_DUE,
)


class VersionTableModel(QAbstractTableModel):
    """Version rows in chosen columns; overdue reviews are red with a tooltip saying so."""

    def __init__(
        self,
        columns: Sequence[Column],
        lang: str,
        now: Callable[[], datetime] = utc_now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._lang = lang
        self._now = now
        self._rows: list[VersionInfo] = []

    # --- content -------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[VersionInfo]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[VersionInfo]:
        return list(self._rows)

    def row_at(self, row: int) -> VersionInfo | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def find(self, plan_id: str, version: int | None = None) -> int | None:
        """Row number of a plan (any version if ``version`` is None), or None."""
        for number, row in enumerate(self._rows):
            if row.plan_id == plan_id and (version is None or row.version == version):
                return number
        return None

    # --- Qt model interface --------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation != Qt.Orientation.Horizontal
            or role != Qt.ItemDataRole.DisplayRole
            or not 0 <= section < len(self._columns)
        ):
            return None
        return self._header(self._columns[section])

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        overdue = column is Column.REVIEW_DUE and row.review_overdue(self._now())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if overdue:
                return self.tr(
                    "Review overdue since {date}: revise and approve a new version."
                ).format(date=date_label(row.review_due_at))
            return row.title(self._lang) if column is Column.TITLE else None
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return QBrush(QColor(colours().overdue))
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.VERSION:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def _text(self, row: VersionInfo, column: Column) -> str:
        if column is Column.TITLE:
            return row.title(self._lang)
        if column is Column.VERSION:
            return str(row.version)
        if column is Column.STATUS:
            return status_label(row.status)
        if column is Column.IMPORTED:
            return date_label(row.imported_at)
        if column is Column.APPROVED:
            return date_label(row.approved_at)
        return date_label(row.review_due_at)

    def _header(self, column: Column) -> str:
        headers = {
            Column.TITLE: self.tr("Plan"),
            Column.VERSION: self.tr("Version"),
            Column.STATUS: self.tr("Status"),
            Column.IMPORTED: self.tr("Imported on"),
            Column.APPROVED: self.tr("Approved on"),
            Column.REVIEW_DUE: self.tr("Review due"),
        }
        return headers[column]
