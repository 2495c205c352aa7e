"""The command group's actions on a board: raise or lower the level, advance the phase, close,
add a task, record a figure, acknowledge reports. Each asks in a dialog (saying what will happen)
and then runs exactly one service call through the board's runner.

Kept apart from the window so the window holds the reading and refreshing, and this holds what
each action asks and says; both read the same board the window last showed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtWidgets import QDialog, QWidget

from commandpost.access import Identity, Permission
from commandpost.clock import Clock
from commandpost.services.incident_records import Board
from commandpost.ui.board_actions import (
    close_explanation,
    level_explanation,
    next_phase,
    phase_explanation,
)
from commandpost.ui.incident_dialogs import AddTaskDialog, FigureDialog, ReasonDialog
from commandpost.ui.incident_words import PlanNames
from commandpost.ui.roles import everyone

if TYPE_CHECKING:
    from commandpost.services.incidents import IncidentService

Run = Callable[[Callable[[], Any], Callable[[Any], str]], None]
"""Run one service call, then say in a sentence what it did (the window's ``_run``)."""

NEEDS = dict.fromkeys(("raise", "lower", "phase", "add_task", "close_incident"), Permission.COMMAND)
NEEDS["figure"] = Permission.REPORT
"""The permission each board action needs (a figure belongs to no department)."""


def role_allows(identity: Identity, action: str) -> bool:
    needed = NEEDS.get(action)
    return needed is None or identity.may(needed)


def allowed_actions(board: Board | None) -> dict[str, bool]:
    """Which actions the board's state allows (the service enforces it; the toolbar mirrors)."""
    active = board is not None and board.incident.status == "active"
    keys = [lv.key for lv in board.plan.levels] if board is not None else []
    at = (
        keys.index(board.incident.level)
        if board is not None and board.incident.level in keys
        else 0
    )
    return {
        "raise": active and at + 1 < len(keys),
        "lower": active and at > 0,
        "phase": active and board is not None and next_phase(board) is not None,
        "add_task": active,
        "figure": active and board is not None and bool(board.plan.figures),
        "close_incident": active,
        "review": board is not None and board.incident.status == "closed",
    }


class BoardCommands(QObject):
    """Opens each action's dialog over ``window`` and runs the call when it is accepted."""

    def __init__(
        self,
        window: QWidget,
        service: IncidentService,
        incident_id: int,
        actor: str,
        now: Clock,
        shown: Callable[[], tuple[Board | None, PlanNames | None]],
        run: Run,
        identity: Identity | None = None,
    ) -> None:
        super().__init__(window)
        self.identity = identity or everyone(actor)
        self._window = window
        self._service = service
        self._incident_id = incident_id
        self._actor = actor
        self._now = now
        self._shown = shown
        self._run = run

    def _ready(self, action: str) -> tuple[Board, PlanNames] | None:
        board, names = self._shown()
        if board is None or names is None or not allowed_actions(board)[action]:
            return None
        if not role_allows(self.identity, action):
            return None
        return board, names

    def _open(self, dialog: QDialog, accepted: Callable[[], None]) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(accepted)
        dialog.open()

    def ask_level(self, steps: int) -> ReasonDialog | None:
        """Raise (+1) or lower (-1) the level, naming the tasks that come and go."""
        ready = self._ready("raise" if steps > 0 else "lower")
        if ready is None:
            return None
        board, names = ready
        keys = [lv.key for lv in board.plan.levels]
        target = keys[keys.index(board.incident.level) + steps]
        dialog = ReasonDialog(
            self.tr("Raise level") if steps > 0 else self.tr("Lower level"),
            level_explanation(board, names, target),
            self.tr("Raise to {level}").format(level=names.level(target))
            if steps > 0
            else self.tr("Lower to {level}").format(level=names.level(target)),
            parent=self._window,
        )
        service, incident_id, actor = self._service, self._incident_id, self._actor

        def done(change: Any) -> str:
            return self.tr(
                "Level is now {level}. Tasks added: {added}; retired: {retired}."
            ).format(
                level=names.level(change.new_level),
                added=change.added + change.restored,
                retired=change.retired,
            )

        seen = board.incident.level  # refused if someone moves it meanwhile

        def accepted() -> None:
            reason = dialog.reason()
            self._run(lambda: service.change_level(incident_id, target, actor, reason, seen), done)

        self._open(dialog, accepted)
        return dialog

    def ask_advance_phase(self) -> ReasonDialog | None:
        ready = self._ready("phase")
        phase = next_phase(ready[0]) if ready is not None else None
        if ready is None or phase is None:
            return None
        board, names = ready
        dialog = ReasonDialog(
            self.tr("Advance phase"),
            phase_explanation(board, names, phase),
            self.tr("Start {phase}").format(phase=names.phase(phase)),
            required=False,
            parent=self._window,
        )
        service, incident_id, actor = self._service, self._incident_id, self._actor
        self._open(
            dialog,
            lambda: self._run(
                lambda: service.advance_phase(incident_id, actor, phase, board.incident.phase),
                lambda period: self.tr("Phase {phase} started.").format(
                    phase=names.phase(period.phase)
                ),
            ),
        )
        return dialog

    def ask_close(self) -> ReasonDialog | None:
        ready = self._ready("close_incident")
        if ready is None:
            return None
        dialog = ReasonDialog(
            self.tr("Close incident"),
            close_explanation(ready[0]),
            self.tr("Close incident"),
            parent=self._window,
        )
        service, incident_id, actor = self._service, self._incident_id, self._actor

        def accepted() -> None:
            reason = dialog.reason()
            self._run(
                lambda: service.close(incident_id, actor, reason),
                lambda closed: self.tr("The incident is closed. Tasks left open: {open}.").format(
                    open=closed.open_tasks
                ),
            )

        self._open(dialog, accepted)
        return dialog

    def ask_add_task(self) -> AddTaskDialog | None:
        ready = self._ready("add_task")
        if ready is None:
            return None
        board, names = ready
        departments = [(d.key, names.department(d.key)) for d in board.plan.departments]
        dialog = AddTaskDialog(departments, self._window)
        service, incident_id, actor, now = self._service, self._incident_id, self._actor, self._now

        def accepted() -> None:
            department, title, detail, minutes = dialog.values()
            due = now() + timedelta(minutes=minutes) if minutes else None
            self._run(
                lambda: service.add_task(incident_id, department, title, actor, detail, due),
                lambda task: self.tr("Task added for {department}.").format(
                    department=names.department(task.department)
                ),
            )

        self._open(dialog, accepted)
        return dialog

    def ask_figure(self) -> FigureDialog | None:
        ready = self._ready("figure")
        if ready is None:
            return None
        board, names = ready
        figures = [
            (f.key, f"{names.figure(f.key)} ({names.figure_unit(f.key)})")
            for f in board.plan.figures
        ]
        dialog = FigureDialog(figures, self._window)
        service, incident_id, actor = self._service, self._incident_id, self._actor

        def accepted() -> None:
            key, value = dialog.key(), dialog.number()
            assert value is not None  # the dialog accepts numbers only
            self._run(
                lambda: service.record_figure(incident_id, key, value, actor),
                lambda figure: self.tr("{figure} recorded.").format(
                    figure=names.figure(figure.key)
                ),
            )

        self._open(dialog, accepted)
        return dialog

    @Slot(object)
    def acknowledge(self, report_ids: list[int]) -> None:
        """Acknowledge progress reports: one, or all those waiting."""
        service, actor = self._service, self._actor
        if not self.identity.may(Permission.COMMAND):
            return

        def work() -> int:
            for report_id in report_ids:
                service.acknowledge_report(report_id, actor)
            return len(report_ids)

        self._run(
            work,
            lambda count: self.tr("Progress reports acknowledged: {count}.").format(count=count),
        )
