"""The incident service's longer refusals, kept apart so that the actions read as actions.

Each is a translatable :class:`~commandpost.messages.Message` (context ``CoreIncidents``): one
template per whole sentence, so a translation can order its parts as its language needs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from commandpost.messages import QT_TRANSLATE_NOOP, Message
from commandpost.services.incident_base import IncidentError, named
from commandpost.store.incident_models import StoredWarning

if TYPE_CHECKING:
    from commandpost.plan.model import Plan


def out_of_levels(incident: int, level: str, plan: Plan, steps: int) -> Message:
    """The refusal of a level shift past the plan's lowest or highest level."""
    keys = [lv.key for lv in plan.levels]
    current = keys.index(level)
    lower = current + steps < 0
    room = current if lower else len(keys) - 1 - current
    if room == 0:
        where = (
            QT_TRANSLATE_NOOP(
                "CoreIncidents",
                "incident {incident} is at level {level!r}, the lowest of plan {plan!r} (levels, "
                "lowest first: {levels}); it cannot be lowered further",
            )
            if lower
            else QT_TRANSLATE_NOOP(
                "CoreIncidents",
                "incident {incident} is at level {level!r}, the highest of plan {plan!r} (levels, "
                "lowest first: {levels}); it cannot be raised further",
            )
        )
    else:
        where = (
            QT_TRANSLATE_NOOP(
                "CoreIncidents",
                "incident {incident} is at level {level!r} (levels, lowest first: {levels}); "
                "it cannot be lowered by {steps} steps",
            )
            if lower
            else QT_TRANSLATE_NOOP(
                "CoreIncidents",
                "incident {incident} is at level {level!r} (levels, lowest first: {levels}); "
                "it cannot be raised by {steps} steps",
            )
        )
    return where.format(
        incident=incident,
        level=named(plan, "level", level),
        plan=plan.id,
        levels=[named(plan, "level", k) for k in keys],
        steps=abs(steps),
    )


def refuse_mismatch(warning: StoredWarning, warned_plan: str, plan_id: str, is_drill: bool) -> None:
    """Refuse declaring from a warning raised on another plan, or for a drill when declaring a
    real incident (and the other way round)."""
    if warned_plan != plan_id:
        raise IncidentError(
            QT_TRANSLATE_NOOP(
                "CoreIncidents",
                "warning {warning} was raised on plan {plan!r}, not on {other!r}",
            ).format(warning=warning.id, plan=warned_plan, other=plan_id)
        )
    if warning.is_drill != is_drill:
        raise IncidentError(
            (
                QT_TRANSLATE_NOOP(
                    "CoreIncidents",
                    "warning {warning} was raised for a drill; declare a drill from it",
                )
                if warning.is_drill
                else QT_TRANSLATE_NOOP(
                    "CoreIncidents",
                    "warning {warning} was raised for a real incident; "
                    "a drill cannot be declared from it",
                )
            ).format(warning=warning.id)
        )
