"""The parts of the command board: the header (level, drill mark, title, incident clock, facts,
phase strip) and the boxed sections holding the overdue list, departments, reports, figures and
the timeline.

Split from the board window so the window only wires actions and refreshes; each part shows a
:class:`Board` record and keeps no state of its own beyond what it shows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from commandpost.services.incident_records import Board, IncidentSummary
from commandpost.ui.appearance import tint
from commandpost.ui.colours import Colours, colours
from commandpost.ui.core_words import describe
from commandpost.ui.icons import put_icons
from commandpost.ui.incident_widgets import Badge, PhaseStep, PhaseStrip, drill_badge
from commandpost.ui.incident_words import (
    PlanNames,
    drill_word,
    elapsed_clock,
    full_time,
    incident_status_label,
)
from commandpost.ui.record_model import RecordTableModel


def record_table(model: RecordTableModel[Any], name: str, stretch: int = -1) -> QTableView:
    """A read-only, row-selecting table over a record model; ``stretch`` takes the spare width."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    columns = model.columnCount()
    if columns:
        header.setSectionResizeMode(stretch % columns, QHeaderView.ResizeMode.Stretch)
    return view


SECTION_STYLE = (
    "QGroupBox {{ font-weight: bold; border: {width}px solid {colour}; border-radius: 4px;"
    " margin-top: 1.1em; padding-top: 2px; }}"
    " QGroupBox::title {{ subcontrol-origin: margin; subcontrol-position: top left;"
    " left: 8px; padding: 0 4px; color: {title}; }}"
)


def section_style(alarm: bool = False, scheme: Colours | None = None) -> str:
    """The frame of a board section, in the colours on screen (or ``scheme``'s); red and
    heavier when it holds something alarming."""
    c = scheme or colours()
    if alarm:
        return SECTION_STYLE.format(width=2, colour=c.overdue, title=c.overdue)
    return SECTION_STYLE.format(width=1, colour=c.frame, title=c.frame_title)


def refusal_text(error: BaseException) -> str:
    """A refused action as a window says it. A change refused because someone else changed the
    record first is followed by the note that the view was refreshed: the window re-reads it
    after every action, refused or not, so the person sees what changed before trying again."""
    from commandpost.services.incident_base import ChangedMeanwhileError  # loaded by then

    text = describe(error)
    if isinstance(error, ChangedMeanwhileError):
        return QCoreApplication.translate(
            "Refusals", "{refusal} — the view has been refreshed."
        ).format(refusal=text[:1].upper() + text[1:])
    return text


def section(
    title: str,
    *children: QWidget,
    name: str = "",
    buttons: Sequence[QWidget] = (),
    leading: Sequence[QWidget] = (),
) -> QGroupBox:
    """A titled box around one part of the board (the title bold, the content not), with an
    optional row of buttons at its foot, on the right (``leading`` ones on the left)."""
    box = QGroupBox(title)
    box.setObjectName(name)
    tint(box, lambda c: section_style(False, c))
    layout = QVBoxLayout(box)
    layout.setContentsMargins(8, 8, 8, 8)
    for child in children:
        layout.addWidget(child)
    if buttons or leading:
        row = QHBoxLayout()
        for widget in leading:
            row.addWidget(widget)
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        layout.addLayout(row)
    return box


def command_button(
    name: str, text: str, slot: Callable[[], object], into: dict[str, QPushButton]
) -> QPushButton:
    """A push button named ``name`` (with its icon, ``icons.ICON_FOR``) that runs ``slot``,
    kept in ``into`` under its name for enabling and for tests."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.clicked.connect(lambda _checked=False: slot())
    put_icons((button,))
    into[name] = button
    return button


def fit_rows(view: QTableView, rows: int, most: int) -> None:
    """Make a table exactly as tall as its rows (at most ``most``), so short lists leave room
    for the others instead of a box of white."""
    header = view.horizontalHeader().sizeHint().height()
    shown = max(min(rows, most), 1)
    height = sum(view.rowHeight(r) for r in range(min(rows, most))) if rows else 0
    height = max(height, view.verticalHeader().defaultSectionSize() * shown)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setFixedHeight(header + height + 2 * view.frameWidth())


def wrapping(view: QTableView, incremental: bool = False) -> QTableView:
    """Let long text (a report, a timeline sentence) wrap onto more lines instead of hiding.

    Each row is as tall as its text: by the header's "resize to contents", which measures every
    row after any change; or, ``incremental``, by a :class:`RowFitter` that measures a row when it
    arrives or changes (for long lists re-read at every change, such as the board's timeline).
    """
    view.setWordWrap(True)
    if incremental:
        view.horizontalHeader().setResizeContentsPrecision(SIZED_BY_ROWS)
        RowFitter(view)
    else:
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


SIZED_BY_ROWS = 50
"""A column sized to its contents looks at the rows on screen and this many more, not at all of
them (a timeline holds up to 200 entries; its newest, on top, are the ones read)."""


class RowFitter(QObject):
    """Keeps a wrapping table's rows as tall as their text, measuring only rows that were
    inserted or changed; every row when a column's width changes (the window was resized, a
    column grew), which rewraps them all. The measuring waits for the event loop, so a burst of
    changes is measured once, after the columns have taken their widths."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self._view = view
        self._rows: list[QPersistentModelIndex] = []
        self._all = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        model = view.model()
        model.rowsInserted.connect(self._inserted)
        model.dataChanged.connect(self._changed)
        model.modelReset.connect(self._everything)
        model.layoutChanged.connect(self._everything)
        view.horizontalHeader().sectionResized.connect(self._resized)

    def _inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        model = self._view.model()
        self._later(QPersistentModelIndex(model.index(row, 0)) for row in range(first, last + 1))

    def _changed(self, top_left: QModelIndex, bottom_right: QModelIndex, *_roles: object) -> None:
        model = self._view.model()
        rows = range(top_left.row(), bottom_right.row() + 1)
        self._later(QPersistentModelIndex(model.index(row, 0)) for row in rows)

    def _resized(self, _column: int, old: int, new: int) -> None:
        if old != new:
            self._everything()

    def _everything(self) -> None:
        self._all = True
        self._rows.clear()
        self._timer.start()

    def _later(self, rows: Iterable[QPersistentModelIndex]) -> None:
        if not self._all:
            self._rows.extend(rows)
        self._timer.start()

    @property
    def waiting(self) -> bool:
        """Rows are waiting to be measured (at the event loop's next turn)."""
        return self._timer.isActive()

    def fit(self) -> None:
        """Measure now what is waiting to be measured."""
        self._timer.stop()
        view, everything, rows = self._view, self._all, self._rows
        self._all, self._rows = False, []
        if everything:
            view.resizeRowsToContents()
            return
        for row in {index.row() for index in rows if index.isValid()}:
            view.resizeRowToContents(row)


class DrillBanner(QLabel):
    """A hatched blue strip across the window: this is a drill, not a real incident."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("drillBanner")
        self.setText(
            self.tr(
                "{drill} — this incident is a drill; it is kept out of real-incident statistics"
            ).format(drill=drill_word())
        )
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        tint(
            self,
            lambda c: (
                f"QLabel#drillBanner {{ color: {c.drill}; font-weight: bold; padding: 4px;"
                f" border: 2px dashed {c.drill}; background: {c.drill_background}; }}"
            ),
        )


def _clock_label(size: float) -> QLabel:
    """The incident clock: big, bold, fixed-width digits so it does not jitter each second."""
    clock = QLabel("00:00:00")
    clock.setObjectName("clock")
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setBold(True)
    font.setPointSizeF(size)
    clock.setFont(font)
    clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return clock


class BoardHeader(QWidget):
    """Level badge, drill mark, title, the incident clock, the facts line and the phase strip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.drill_banner = DrillBanner()
        self.drill_banner.hide()
        self.level = Badge(scale=1.5)
        self.level.setObjectName("levelBadge")
        self.drill = drill_badge()
        self.drill.hide()
        self.title = QLabel()
        self.title.setObjectName("title")
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.title.setFont(font)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.clock_caption = QLabel(self.tr("Incident clock"))
        tint(self.clock_caption, lambda c: f"color: {c.muted};")
        self.clock_caption.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.clock = _clock_label(font.pointSizeF() * 1.4)
        self.facts = QLabel()
        self.facts.setObjectName("facts")
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.closed = QLabel()
        self.closed.setObjectName("closedBanner")
        self.closed.setWordWrap(True)
        tint(
            self.closed,
            lambda c: (
                f"QLabel#closedBanner {{ background: {c.closed_background};"
                f" border: 1px solid {c.closed_border}; padding: 6px; font-weight: bold; }}"
            ),
        )
        self.closed.hide()
        self.phases = PhaseStrip()
        self.phases.setObjectName("phaseStrip")

        top = QHBoxLayout()
        top.addWidget(self.level, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.drill, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.title, 1)
        clock_box = QVBoxLayout()
        clock_box.setSpacing(0)
        clock_box.addWidget(self.clock_caption)
        clock_box.addWidget(self.clock)
        top.addLayout(clock_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.drill_banner)
        layout.addLayout(top)
        layout.addWidget(self.facts)
        layout.addWidget(self.closed)
        layout.addWidget(self.phases)

    def show_board(self, board: Board, names: PlanNames) -> None:
        incident = board.incident
        self.level.set_badge(names.level(incident.level), names.level_colour(incident.level))
        self.drill.setVisible(incident.is_drill)
        self.drill_banner.setVisible(incident.is_drill)
        self.title.setText(incident.title)
        self.title.setToolTip(incident.description)
        self.facts.setText(self._facts(incident, names))
        if incident.status == "closed":
            self.closed.setText(
                self.tr("Closed {time} by {who}: {reason}").format(
                    time=full_time(incident.closed_at),
                    who=incident.closed_by or "",
                    reason=incident.close_reason or "",
                )
            )
        self.closed.setVisible(incident.status == "closed")
        self.phases.set_steps(self._steps(board, names))

    def show_clock(self, incident: IncidentSummary, now: datetime) -> None:
        """The incident clock; a closed incident's clock stops at its closing time."""
        end = incident.closed_at if incident.closed_at is not None else now
        self.clock.setText(elapsed_clock(incident.declared_at, end))

    def _facts(self, incident: IncidentSummary, names: PlanNames) -> str:
        return self.tr(
            "Plan: {plan} (version {version}) · Category: {category} · Declared {time} by {who}"
            " · Status: {status}"
        ).format(
            plan=names.title(),
            version=incident.plan_version,
            category=names.category(incident.category),
            time=full_time(incident.declared_at),
            who=incident.declared_by,
            status=incident_status_label(incident.status),
        )

    def _steps(self, board: Board, names: PlanNames) -> list[PhaseStep]:
        periods = {p.phase: p for p in board.phases}
        current = board.incident.phase
        order = [p.key for p in names.plan.phases]
        at = order.index(current) if current in order else -1
        steps = []
        for number, key in enumerate(order):
            period = periods.get(key)
            state = "past" if number < at else "current" if number == at else "future"
            if board.incident.status == "closed" and number <= at:
                state = "past"
            tip = ""
            if period is not None:
                tip = self.tr("Started {start}").format(start=full_time(period.started_at))
                if period.ended_at is not None:
                    tip += "\n" + self.tr("Ended {end}").format(end=full_time(period.ended_at))
            steps.append(PhaseStep(names.phase(key), state, tip))
        return steps
