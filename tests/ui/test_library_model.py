"""The library table model: plain rows, the Qt model contract, statuses and overdue reviews."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from pytestqt.modeltest import ModelTester

from commandpost.services.plan_records import VersionInfo
from commandpost.services.plans import PlanLibrary
from commandpost.ui.library_model import (
    OVERDUE_COLOUR,
    PLAN_COLUMNS,
    VERSION_COLUMNS,
    Column,
    VersionTableModel,
)

NOW = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)


def row(version: int, status: str, review_due: datetime | None = None) -> VersionInfo:
    return VersionInfo(
        plan_id="surge",
        version=version,
        status=status,
        title_zh="客户分流应急预案",
        title_en="Customer surge diversion plan",
        source_name="surge.yaml",
        imported_at=NOW - timedelta(days=400),
        imported_by="admin",
        approved_at=NOW - timedelta(days=365) if status == "approved" else None,
        approved_by="lead" if status == "approved" else None,
        review_due_at=review_due,
    )


def test_plan_rows_are_plain_records_of_the_library_list(library: PlanLibrary) -> None:
    plans = library.list_plans()
    assert plans and all(p.current.status == "approved" for p in plans)
    assert all(type(v) is VersionInfo for p in plans for v in p.versions)


def test_plan_model_passes_the_qt_model_contract(
    qtmodeltester: ModelTester, library: PlanLibrary
) -> None:
    model = VersionTableModel(PLAN_COLUMNS, "zh")
    model.set_rows([info.current for info in library.list_plans()])
    qtmodeltester.check(model, force_py=True)  # type: ignore[no-untyped-call]
    model.set_rows([])
    qtmodeltester.check(model, force_py=True)  # type: ignore[no-untyped-call]


def test_version_model_passes_the_qt_model_contract(qtmodeltester: ModelTester) -> None:
    model = VersionTableModel(VERSION_COLUMNS, "en", lambda: NOW)
    model.set_rows(
        [row(1, "retired"), row(2, "approved", NOW - timedelta(days=1)), row(3, "draft")]
    )
    qtmodeltester.check(model, force_py=True)  # type: ignore[no-untyped-call]


def test_columns_show_title_in_the_ui_language_and_status_words() -> None:
    model = VersionTableModel(PLAN_COLUMNS, "en", lambda: NOW)
    model.set_rows([row(2, "in_review")])
    shown = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert shown[:3] == ["Customer surge diversion plan", "2", "in review"]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(PLAN_COLUMNS))]
    assert headers == ["Plan", "Version", "Status", "Approved on", "Review due"]
    chinese = VersionTableModel(PLAN_COLUMNS, "zh", lambda: NOW)
    chinese.set_rows([row(2, "in_review")])
    assert chinese.data(chinese.index(0, 0)) == "客户分流应急预案"


def test_overdue_review_is_red_with_a_tooltip_saying_so() -> None:
    model = VersionTableModel(VERSION_COLUMNS, "en", lambda: NOW)
    model.set_rows(
        [row(1, "approved", NOW - timedelta(days=3)), row(2, "approved", NOW + timedelta(days=30))]
    )
    due = VERSION_COLUMNS.index(Column.REVIEW_DUE)
    overdue, fine = model.index(0, due), model.index(1, due)
    brush = model.data(overdue, Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush) and brush.color().name().upper() == OVERDUE_COLOUR
    assert "overdue" in str(model.data(overdue, Qt.ItemDataRole.ToolTipRole))
    assert model.data(fine, Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(fine, Qt.ItemDataRole.ToolTipRole) is None


def test_a_retired_version_is_never_overdue() -> None:
    model = VersionTableModel(VERSION_COLUMNS, "en", lambda: NOW)
    model.set_rows([row(1, "retired", NOW - timedelta(days=3))])
    due = model.index(0, VERSION_COLUMNS.index(Column.REVIEW_DUE))
    assert model.data(due, Qt.ItemDataRole.ForegroundRole) is None


def test_find_locates_a_plan_and_a_version() -> None:
    model = VersionTableModel(VERSION_COLUMNS, "en")
    model.set_rows([row(1, "retired"), row(2, "approved")])
    assert model.find("surge") == 0
    assert model.find("surge", 2) == 1
    assert model.find("surge", 9) is None
    assert model.row_at(5) is None
