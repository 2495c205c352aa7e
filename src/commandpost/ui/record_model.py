"""One table model over frozen records, configured by columns: the incident list, the checklist,
the overdue list, reports, figures and the timeline all use it.

Why one class: every list of the incident windows is "plain rows, a few columns, some rows
coloured", and refreshes every few seconds. Keeping the Qt model contract in one place means one
qtmodeltester-checked implementation, and one rule for refreshing: identical rows change nothing
(so the selection and scroll position survive the 2-second re-read), and time-dependent text
(countdowns, clocks) is re-drawn with :meth:`RecordTableModel.touch` without re-reading anything.

A refresh that differs tells the views only what differs: rows whose key left are removed, rows
with a new key are inserted, rows whose record changed are reported changed, and the rest are left
alone. A view then re-measures (wraps, sizes) only those rows, rather than all of them after a
reset: with a 200-entry timeline on a board re-read at every change, re-measuring every row cost
hundreds of milliseconds per refresh. Only a reordering of kept rows, or a change too scattered
to be worth describing, is told as a reset.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView

R = TypeVar("R")
AnyIndex = QModelIndex | QPersistentModelIndex
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
"""The row's record itself, for views and delegates that need more than the text."""
MAX_STEPS = 16
"""More separate runs of removed and inserted rows than this are told as one reset."""


@dataclass(frozen=True, slots=True)
class Column(Generic[R]):
    """How one column shows a record: its header, text, and optional colour, tooltip, bold."""

    header: str
    text: Callable[[R], str]
    foreground: Callable[[R], str | None] | None = None
    background: Callable[[R], QBrush | str | None] | None = None
    tooltip: Callable[[R], str | None] | None = None
    bold: Callable[[R], bool] | None = None
    align_right: bool = False
    live: bool = False  # its text depends on the time: re-drawn by touch()


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Rows of frozen records shown through :class:`Column` definitions."""

    def __init__(
        self,
        columns: Sequence[Column[R]],
        key: Callable[[R], Hashable],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = tuple(columns)
        self._key = key
        self._rows: tuple[R, ...] = ()

    # --- content -------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[R]) -> bool:
        """Show ``rows``; returns False (and changes nothing) when they are the ones shown.

        Rows are matched by key: the views hear of the rows removed, inserted and changed (see
        the module's note), or of a reset when the kept rows changed order."""
        new = tuple(rows)
        if new == self._rows:
            return False
        if not self._update_in_place(new):
            self.beginResetModel()
            self._rows = new
            self.endResetModel()
        return True

    def _update_in_place(self, new: tuple[R, ...]) -> bool:
        """Remove, insert and report changed rows to turn the shown rows into ``new``; False
        (nothing done) when a reset says it better."""
        old = self._rows
        old_keys = [self._key(r) for r in old]
        new_keys = [self._key(r) for r in new]
        old_set, new_set = set(old_keys), set(new_keys)
        if not old or len(old_set) != len(old) or len(new_set) != len(new):
            return False
        kept = [k for k in old_keys if k in new_set]
        if not kept or kept != [k for k in new_keys if k in old_set]:
            return False  # nothing in common, or the kept rows moved
        removed = _runs([k not in new_set for k in old_keys])
        inserted = _runs([k not in old_set for k in new_keys])
        if len(removed) + len(inserted) > MAX_STEPS:
            return False
        shown = list(old)
        for first, last in reversed(removed):  # from the bottom: the row numbers stay right
            self.beginRemoveRows(QModelIndex(), first, last)
            del shown[first : last + 1]
            self._rows = tuple(shown)
            self.endRemoveRows()
        for first, last in inserted:  # from the top: rows above ``first`` already match
            self.beginInsertRows(QModelIndex(), first, last)
            shown[first:first] = new[first : last + 1]
            self._rows = tuple(shown)
            self.endInsertRows()
        self._rows = new
        right = len(self._columns) - 1
        for first, last in _runs([a is not b and a != b for a, b in zip(shown, new, strict=True)]):
            self.dataChanged.emit(self.index(first, 0), self.index(last, right))
        return True

    def rows(self) -> tuple[R, ...]:
        return self._rows

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def selected_in(self, view: QAbstractItemView) -> R | None:
        """The record of the first selected row of ``view`` (which shows this model), or None."""
        rows = view.selectionModel().selectedRows()
        return self.row_at(rows[0].row()) if rows else None

    def find(self, key: Hashable) -> int | None:
        """The row number of the record with this key, or None."""
        return next((n for n, r in enumerate(self._rows) if self._key(r) == key), None)

    def key_of(self, record: R) -> Hashable:
        return self._key(record)

    def touch(self) -> None:
        """Re-draw the time-dependent columns (countdowns, elapsed times)."""
        if not self._rows:
            return
        last = len(self._rows) - 1
        for number, column in enumerate(self._columns):
            if column.live:
                self.dataChanged.emit(self.index(0, number), self.index(last, number))

    # --- Qt model interface --------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].header
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        record, column = self._rows[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(record) if column.tooltip is not None else None
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground is not None:
            colour = column.foreground(record)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.BackgroundRole and column.background is not None:
            background = column.background(record)
            if isinstance(background, str):
                return QBrush(QColor(background))
            return background
        if role == Qt.ItemDataRole.FontRole and column.bold is not None and column.bold(record):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None


def _runs(flags: Sequence[bool]) -> list[tuple[int, int]]:
    """The (first, last) row numbers of each unbroken run of True in ``flags``."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for number, flag in enumerate((*flags, False)):
        if flag and start is None:
            start = number
        elif not flag and start is not None:
            runs.append((start, number - 1))
            start = None
    return runs
