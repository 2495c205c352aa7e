"""When deadlines act: the rules that turn open deadlines into the moments alerts stand for.

Pure functions over plain values (no database, no scheduler), so the same rules serve the desktop's
reminder engine, the ``alerts`` command's view "as of" any time, and the tests.

Each moment has a ``key`` naming it for good (``task:12:due:1790000000``: the task, what, and the
due time it belongs to — a due time that changes makes new moments); the database records a key at
most once. Moments of one ``chain`` supersede each other: a task's reminder, due notice and overdue
notice form a chain, so after a restart only the latest one that has come is recorded ("overdue",
once), never the three. Escalation steps form no chain: each step that has come is taken.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from commandpost.plan.durations import Duration, Unit

REMINDER_FRACTION = 6
"""Without a lead time in the plan, a task's reminder comes this fraction of its limit early."""
SHORTEST_LEAD = timedelta(minutes=1)
UNKNOWN_LIMIT_LEAD = timedelta(minutes=5)
"""Lead time for a task whose limit is a bare due time (an ad-hoc task given a time)."""

_NOMINAL_SECONDS = {Unit.WORKING_DAYS: 86400, Unit.MONTHS: 30 * 86400, Unit.YEARS: 365 * 86400}


@dataclass(frozen=True, slots=True)
class Step:
    """One escalation step: ``after`` the previous step (the first: after the due time)."""

    after: timedelta
    to: str  # "department_head" | "command_group"


@dataclass(frozen=True, slots=True)
class Moment:
    key: str
    kind: str
    at: datetime
    audience: str
    chain: str | None = None
    incident_id: int | None = None
    task_id: int | None = None
    department: str | None = None
    data: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


def nominal(duration: Duration) -> timedelta:
    """A duration's length for lead times: working days count as days, months 30 d, years 365 d."""
    seconds = duration.fixed_seconds
    if seconds is None:
        seconds = duration.amount * _NOMINAL_SECONDS[duration.unit]
    return timedelta(seconds=seconds)


@functools.cache
def lead_time(within: str | None, remind_before: str | None = None) -> timedelta:
    """How long before its due time a task's department is reminded."""
    if remind_before:
        return nominal(Duration.parse(remind_before))
    if not within:
        return UNKNOWN_LIMIT_LEAD
    lead = nominal(Duration.parse(within)) / REMINDER_FRACTION
    return max(SHORTEST_LEAD, timedelta(minutes=int(lead.total_seconds() // 60)))


@functools.cache
def lead_seconds(within: str | None, remind_before: str | None = None) -> float:
    return lead_time(within, remind_before).total_seconds()


def reminder_time(
    due_at: datetime | None, within: str | None, remind_before: str | None
) -> datetime | None:
    """When an open task's department is reminded (its checklist row turns amber then)."""
    return None if due_at is None else due_at - lead_time(within, remind_before)


def steps_from(rule: Sequence[dict[str, Any]] | None) -> tuple[Step, ...]:
    """Escalation steps from a plan document's rule (``[{after: "30 min", to: …}, …]``)."""
    return tuple(Step(nominal(Duration.parse(s["after"])), str(s["to"])) for s in rule or ())


def stamp(moment: datetime) -> int:
    return int(moment.timestamp())


def task_moments(
    task_id: int,
    incident_id: int,
    department: str,
    due_at: datetime,
    lead: timedelta,
    steps: Sequence[Step],
    data: dict[str, Any],
) -> list[Moment]:
    """A task's reminder, due and overdue notices (one chain) and its escalation steps."""
    due = stamp(due_at)
    chain = f"task:{task_id}:{due}"
    grace = max(lead, SHORTEST_LEAD)
    out = [
        Moment(
            f"task:{task_id}:{kind}:{due}",
            kind,
            at,
            "department",
            chain,
            incident_id,
            task_id,
            department,
            data,
        )
        for kind, at in (("reminder", due_at - lead), ("due", due_at), ("overdue", due_at + grace))
    ]
    at = due_at
    for n, step in enumerate(steps, start=1):
        at += step.after
        out.append(
            Moment(
                f"task:{task_id}:escalation:{n}:{due}",
                "escalation",
                at,
                step.to,
                None,
                incident_id,
                task_id,
                department,
                {**data, "step": n, "to": step.to},
            )
        )
    return out


def come(moments: Iterable[Moment], now: datetime, recorded: set[str]) -> list[Moment]:
    """The moments that have come by ``now`` and are not recorded yet, oldest first.

    Of a chain only the latest moment that has come counts; if that one is recorded already the
    chain has nothing to add (an earlier, missed reminder is not brought back).
    """
    latest: dict[str, Moment] = {}
    out: list[Moment] = []
    for m in moments:
        if m.at > now:
            continue
        if m.chain is None:
            if m.key not in recorded:
                out.append(m)
        else:
            held = latest.get(m.chain)
            if held is None or m.at > held.at or (m.at == held.at and _rank(m) > _rank(held)):
                latest[m.chain] = m
    out.extend(m for m in latest.values() if m.key not in recorded)
    out.sort(key=lambda m: (m.at, _rank(m)))
    return out


def upcoming(moments: Iterable[Moment], now: datetime, recorded: set[str]) -> datetime | None:
    """When the next moment after ``now`` comes (recorded ones excepted), or None."""
    times = [m.at for m in moments if m.at > now and m.key not in recorded]
    return min(times) if times else None


_RANKS = {"reminder": 0, "drill_reminder": 0, "due": 1, "drill_start": 1, "overdue": 2}


def _rank(m: Moment) -> int:
    return _RANKS.get(m.kind, 3)
