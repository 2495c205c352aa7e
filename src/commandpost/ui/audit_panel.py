"""The audit trail for administrators: every committed change, newest first, filtered by what was
changed, by period and by who; "Verify" walks the hash chain and says either that it is intact or
where it first breaks; "Export CSV…" writes the entries of the period for a spreadsheet.

A window of its own (not modal) with its own worker, stopped when it closes: verifying a long
trail takes a while and must not hold up the main window's reads. The list shows the newest
:data:`SHOWN` entries that match the table and period (read by the service); the "who" filter
narrows what was read, as one types. Times are stored in UTC and shown in local time.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commandpost.access import Identity
from commandpost.services.audit import AuditRecord, Verification
from commandpost.ui import when
from commandpost.ui.appearance import tint
from commandpost.ui.board_sections import record_table, wrapping
from commandpost.ui.errors import describe, is_expected, report_unexpected, show_message
from commandpost.ui.record_model import Column, RecordTableModel
from commandpost.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from commandpost.services.audit import AuditService

translate = QCoreApplication.translate
SHOWN = 1000
"""How many entries the list shows at most (the newest that match)."""


def table_label(table: str) -> str:
    """What a stored table holds, in words; a table not named here keeps its name."""
    labels = {
        "plans": translate("AuditPanel", "plans"),
        "plan_versions": translate("AuditPanel", "plan versions"),
        "plan_status_changes": translate("AuditPanel", "plan status steps"),
        "warnings": translate("AuditPanel", "warnings"),
        "incidents": translate("AuditPanel", "incidents"),
        "incident_tasks": translate("AuditPanel", "incident tasks"),
        "incident_events": translate("AuditPanel", "timeline events"),
        "phase_periods": translate("AuditPanel", "phases"),
        "progress_reports": translate("AuditPanel", "progress reports"),
        "figure_values": translate("AuditPanel", "situation figures"),
        "alerts": translate("AuditPanel", "alerts"),
        "drills": translate("AuditPanel", "drills"),
        "reviews": translate("AuditPanel", "reviews"),
        "improvement_actions": translate("AuditPanel", "improvement actions"),
        "users": translate("AuditPanel", "users"),
    }
    return labels.get(table, table)


def action_label(action: str) -> str:
    labels = {
        "insert": translate("AuditPanel", "added"),
        "update": translate("AuditPanel", "changed"),
        "delete": translate("AuditPanel", "deleted"),
    }
    return labels.get(action, action)


def changes_text(changes: dict[str, Any], limit: int = 160) -> str:
    """The changed fields on one line ("status: open → done; note: …"), cut at ``limit``."""
    parts = []
    for key, value in changes.items():
        if isinstance(value, list) and len(value) == 2:  # [old, new]
            shown = f"{_short(value[0])} → {_short(value[1])}"
        else:
            shown = _short(value)
        parts.append(f"{key}: {shown}")
    text = "; ".join(parts)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _short(value: object) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 60 else text[:59] + "…"


def local_second(moment: datetime) -> str:
    return when.date_time(moment, seconds=True)


def audit_columns() -> list[Column[AuditRecord]]:
    def full(record: AuditRecord) -> str:
        return json.dumps(record.changes, ensure_ascii=False, indent=1)

    return [
        Column(translate("AuditPanel", "No."), lambda r: str(r.seq), align_right=True),
        Column(translate("AuditPanel", "Time"), lambda r: local_second(r.at)),
        Column(translate("AuditPanel", "Who"), lambda r: r.actor),
        Column(translate("AuditPanel", "What"), lambda r: table_label(r.table)),
        Column(translate("AuditPanel", "Row"), lambda r: r.row_id, align_right=True),
        Column(translate("AuditPanel", "Change"), lambda r: action_label(r.action)),
        Column(translate("AuditPanel", "Details"), lambda r: changes_text(r.changes), tooltip=full),
    ]


def verification_text(result: Verification) -> str:
    broken = result.broken
    if broken is None:
        return translate("AuditPanel", "Intact: every entry checked ({count}).").format(
            count=result.checked
        )
    problems = {
        "content changed": translate("AuditPanel", "an entry was altered after it was written"),
        "row missing": translate("AuditPanel", "entries were deleted"),
        "previous-hash mismatch": translate("AuditPanel", "an entry was altered and hashed again"),
    }
    return translate(
        "AuditPanel",
        "Broken at entry {seq} ({table}, row {row}): {problem}. Entries intact before it: {count}.",
    ).format(
        seq=broken.seq,
        table=table_label(broken.table),
        row=broken.row_id,
        problem=problems.get(broken.problem, broken.problem),
        count=result.checked,
    )


class AuditDialog(QDialog):
    """``entries_shown`` after each read is on screen; ``verified`` after each verification."""

    entries_shown = Signal()
    verified = Signal()

    def __init__(
        self,
        audit: AuditService,
        identity: Identity,
        today: QDate | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("auditDialog")
        self.setWindowTitle(self.tr("Audit trail"))
        self.setWindowFlag(Qt.WindowType.Window)
        self.runner = TaskRunner(self)  # its own worker: stopped when the dialog closes
        self._audit = audit
        self._actor = identity.username
        self._read: list[AuditRecord] = []
        self._tables: set[str] = set()
        self.model = RecordTableModel[AuditRecord](audit_columns(), lambda r: r.seq, self)
        self.view = wrapping(record_table(self.model, "auditEntries", stretch=6))
        self.table = QComboBox()
        self.table.setObjectName("auditTable")
        self.table.addItem(self.tr("Everything"), None)
        self.use_since, self.since = self._date_filter(self.tr("&From:"), "since", today, -30)
        self.use_until, self.until = self._date_filter(self.tr("&To:"), "until", today, 0)
        self.who = QLineEdit()
        self.who.setObjectName("auditWho")
        self.who.setPlaceholderText(self.tr("who (part of the name)"))
        self.who.setClearButtonEnabled(True)
        filters = QHBoxLayout()
        caption = QLabel(self.tr("&Changes to:"))
        caption.setBuddy(self.table)
        for widget in (caption, self.table, self.use_since, self.since, self.use_until):
            filters.addWidget(widget)
        filters.addWidget(self.until)
        filters.addWidget(self.who, 1)
        self.status = QLabel(self.tr("Reading the audit trail…"))
        self.status.setObjectName("auditStatus")
        tint(self.status, lambda c: f"color: {c.muted};")
        self.verification = QLabel()
        self.verification.setObjectName("verification")
        self.verification.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addLayout(self._button_row())
        self.resize(1200, 700)
        self.table.currentIndexChanged.connect(lambda _i: self.refresh())
        for box in (self.use_since, self.use_until):
            box.toggled.connect(lambda _on: self.refresh())
        for edit in (self.since, self.until):
            edit.dateChanged.connect(lambda _d: self.refresh())
        self.who.textChanged.connect(lambda _t: self._show_filtered())

    def _button_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for name, text, slot in (
            ("verify", self.tr("&Verify the chain"), self.verify),
            ("export", self.tr("&Export CSV…"), self.ask_export),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(lambda _c=False, s=slot: s())
            self.buttons[name] = button
            row.addWidget(button)
        row.addWidget(self.verification, 1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row.addWidget(close)
        return row

    def _date_filter(
        self, text: str, name: str, today: QDate | None, days: int
    ) -> tuple[QCheckBox, QDateEdit]:
        box = QCheckBox(text)
        box.setObjectName(f"use:{name}")
        edit = QDateEdit((today or QDate.currentDate()).addDays(days))
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setEnabled(False)
        box.toggled.connect(edit.setEnabled)
        return box, edit

    def done(self, result: int) -> None:
        self.runner.shutdown()
        super().done(result)

    # --- reading -------------------------------------------------------------------------

    def period(self) -> tuple[datetime | None, datetime | None]:
        """The chosen local dates as UTC bounds: from the start of one day to the end of the
        other (both included)."""

        def bound(date: QDate, next_day: bool) -> datetime:
            day = date.addDays(1) if next_day else date
            local = datetime(day.year(), day.month(), day.day()).astimezone()
            return local.astimezone(UTC)

        since = bound(self.since.date(), False) if self.use_since.isChecked() else None
        until = bound(self.until.date(), True) if self.use_until.isChecked() else None
        return since, until

    def refresh(self) -> None:
        audit, actor, (since, until) = self._audit, self._actor, self.period()
        table = self.table.currentData()
        self.runner.run(
            lambda: audit.entries(since, until, table, SHOWN, actor=actor),
            self._show,
            self._failed,
        )

    def _show(self, entries: list[AuditRecord]) -> None:
        self._read = list(reversed(entries))  # newest first
        new = {r.table for r in entries} - self._tables
        if new:
            self._tables |= new
            self.table.blockSignals(True)
            chosen = self.table.currentData()
            while self.table.count() > 1:
                self.table.removeItem(1)
            for name in sorted(self._tables, key=table_label):
                self.table.addItem(table_label(name), name)
            self.table.setCurrentIndex(max(self.table.findData(chosen), 0))
            self.table.blockSignals(False)
        self._show_filtered()
        self.entries_shown.emit()

    def _show_filtered(self) -> None:
        who = self.who.text().strip().casefold()
        rows = [r for r in self._read if who in r.actor.casefold()] if who else self._read
        self.model.set_rows(rows)
        text = self.tr("Entries shown: {count}, newest first.").format(count=len(rows))
        if len(self._read) >= SHOWN:
            text += " " + self.tr("Only the newest {limit} are read: narrow the period.").format(
                limit=SHOWN
            )
        self.status.setText(text)

    def _failed(self, error: BaseException) -> None:
        if is_expected(error):
            show_message(self, self.tr("Audit trail"), describe(error))
        else:
            report_unexpected(error)

    # --- verifying and exporting ---------------------------------------------------------

    def verify(self) -> None:
        self.buttons["verify"].setEnabled(False)
        tint(self.verification, lambda c: f"color: {c.muted};")
        self.verification.setText(self.tr("Verifying…"))

        def shown(result: Verification) -> None:
            self.buttons["verify"].setEnabled(True)
            ok = result.ok
            tint(
                self.verification,
                lambda c: f"color: {c.done if ok else c.overdue}; font-weight: bold;",
            )
            self.verification.setText(verification_text(result))
            self.verified.emit()

        def failed(error: BaseException) -> None:
            self.buttons["verify"].setEnabled(True)
            self.verification.setText("")
            self._failed(error)

        self.runner.run(self._audit.verify, shown, failed)

    def ask_export(self) -> QFileDialog:
        dialog = QFileDialog(self, self.tr("Export the audit trail"))
        dialog.setObjectName("auditExportDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("csv")
        dialog.setNameFilters([self.tr("CSV files (*.csv)")])
        dialog.selectFile("audit.csv")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(lambda path: self.export(Path(path)))
        dialog.open()
        return dialog

    def export(self, path: Path) -> None:
        """Write the entries of the chosen period (all tables) to ``path``."""
        audit, actor, (since, until) = self._audit, self._actor, self.period()

        def written(count: int) -> None:
            self.status.setText(
                self.tr("Entries written: {count}, to {path}.").format(count=count, path=path)
            )

        self.runner.run(
            lambda: audit.export(path, since, until, actor=actor), written, self._failed
        )
