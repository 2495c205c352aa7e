"""What the command board's confirmations say before a step is taken: which tasks a level change
adds and retires, what advancing the phase starts, how many tasks are still open at closing.

The level preview applies the service's own rule (``services.checklists.applies``) to the board
just read, so the dialog names the tasks the change will bring; the service still decides, and
its answer (the :class:`LevelChange`) is what the status bar reports afterwards.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from commandpost.services.incident_records import Board
from commandpost.ui.incident_words import PlanNames

translate = QCoreApplication.translate
LISTED = 6
"""How many task titles a confirmation lists before saying "and N more"."""


@dataclass(frozen=True, slots=True)
class LevelPreview:
    added: tuple[str, ...]  # titles of tasks new at the level (or retired earlier, coming back)
    retired: tuple[str, ...]  # titles of open tasks that no longer apply


def level_preview(board: Board, level: str, lang: str) -> LevelPreview:
    """The tasks a change to ``level`` would add and retire, by the service's rule."""
    from commandpost.services.checklists import applies

    rows = {t.key: t for t in board.tasks if not t.ad_hoc}
    category = board.incident.category
    added, retired = [], []
    for task in board.plan.tasks:
        row = rows.get(task.key)
        if applies(task, level, category):
            if row is None or row.status == "retired":
                added.append(task.title.get(lang))
        elif row is not None and row.status == "open":
            retired.append(task.title.get(lang))
    return LevelPreview(tuple(added), tuple(retired))


def _listed(titles: Sequence[str]) -> str:
    shown = "\n".join(f"  • {t}" for t in titles[:LISTED])
    if len(titles) > LISTED:
        more = translate("BoardActions", "  … and {count} more").format(count=len(titles) - LISTED)
        shown += "\n" + more
    return shown


def level_explanation(board: Board, names: PlanNames, level: str) -> str:
    incident = board.incident
    old_rank = names.plan.level(incident.level).rank
    new_rank = names.plan.level(level).rank
    template = (
        translate("BoardActions", "The level will be raised from {old} to {new}.")
        if new_rank > old_rank
        else translate("BoardActions", "The level will be lowered from {old} to {new}.")
    )
    parts = [template.format(old=names.level(incident.level), new=names.level(level))]
    preview = level_preview(board, level, names.lang)
    if preview.added:
        parts.append(
            translate("BoardActions", "Tasks to be added, due from now ({count}):").format(
                count=len(preview.added)
            )
            + "\n"
            + _listed(preview.added)
        )
    if preview.retired:
        parts.append(
            translate(
                "BoardActions", "Open tasks that no longer apply and will be retired ({count}):"
            ).format(count=len(preview.retired))
            + "\n"
            + _listed(preview.retired)
        )
    if not preview.added and not preview.retired:
        parts.append(translate("BoardActions", "No task is added or retired."))
    parts.append(translate("BoardActions", "Done work stays done. The reason is recorded."))
    return "\n\n".join(parts)


def next_phase(board: Board) -> str | None:
    """The key of the phase after the current one, or None in the last phase."""
    order = [p.key for p in board.plan.phases]
    at = order.index(board.incident.phase) if board.incident.phase in order else len(order)
    return order[at + 1] if at + 1 < len(order) else None


def phase_explanation(board: Board, names: PlanNames, phase: str) -> str:
    timed = [
        t
        for t in board.tasks
        if t.phase == phase
        and t.status == "open"
        and t.due_at is None
        and (t.due_rule or "").endswith("from phase")
    ]
    text = translate("BoardActions", "Phase {old} ends and phase {new} starts now.").format(
        old=names.phase(board.incident.phase), new=names.phase(phase)
    )
    if timed:
        text += "\n\n" + translate(
            "BoardActions", "Tasks timed from the start of {new} get their due times now: {count}."
        ).format(count=len(timed), new=names.phase(phase))
    return text


def close_explanation(board: Board) -> str:
    incident = board.incident
    if incident.open_tasks:
        text = translate(
            "BoardActions",
            "Tasks still open: {open}, of which overdue: {overdue}. They stay open in the record.",
        ).format(open=incident.open_tasks, overdue=incident.overdue_tasks)
    else:
        text = translate("BoardActions", "Every task is done or set aside.")
    return (
        text
        + "\n\n"
        + translate(
            "BoardActions",
            "Closing ends the response: the incident can no longer be changed, and the "
            "post-incident review can begin.",
        )
    )
