"""The words and columns of the drills tab: each plan's drill standing (how often it must be
drilled, when it last was, when the next is due) and the drills on the calendar.

Kept apart from the panel so the panel only reads and wires actions. A drill's state depends on
the time (a drill whose day has passed without a drill incident was not held), so every drill
column is re-drawn from the injected clock, not only when the database is read.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor

from commandpost.clock import Clock
from commandpost.services.alert_records import DrillInfo, DrillStanding
from commandpost.ui.colours import colours, readable_on
from commandpost.ui.incident_words import PlanNames
from commandpost.ui.record_model import Column
from commandpost.ui.words import date_label, every_label, time_label

translate = QCoreApplication.translate
NamesFor = Callable[[str], PlanNames | None]
"""A plan's names in the UI language by plan id (its current version); None while not read."""

REMINDERS = ("1 h", "1 d", "3 d", "7 d")
"""The reminder times offered when a drill is scheduled (durations as plans write them)."""


def reminder_label(remind_before: str, lang: str) -> str:
    """ "1 day before" / "提前 1 天": how long before the drill everyone is reminded."""
    from commandpost.plan.durations import Duration, DurationError

    named = {
        "1 h": translate("DrillColumns", "1 hour before"),
        "1 d": translate("DrillColumns", "1 day before"),
        "3 d": translate("DrillColumns", "3 days before"),
        "7 d": translate("DrillColumns", "1 week before"),
    }
    if remind_before in named:
        return named[remind_before]
    try:
        duration = Duration.parse(remind_before)
    except DurationError:
        return remind_before
    return translate("DrillColumns", "{duration} before").format(duration=duration.label(lang))


def drill_state(drill: DrillInfo, now: datetime) -> str:
    """``cancelled``, ``held`` (a drill incident was declared on its plan that day), ``missed``
    (its day has passed without one) or ``scheduled``. Days are China days, as the service
    counts them."""
    from commandpost.incident.workdays import CHINA

    if drill.status == "cancelled":
        return "cancelled"
    if drill.held_incident_id is not None:
        return "held"
    if drill.scheduled_at.astimezone(CHINA).date() < now.astimezone(CHINA).date():
        return "missed"
    return "scheduled"


def drill_state_label(drill: DrillInfo, now: datetime) -> str:
    state = drill_state(drill, now)
    if state == "held":
        return translate("DrillColumns", "held (incident #{number})").format(
            number=drill.held_incident_id
        )
    return {
        "cancelled": translate("DrillColumns", "cancelled"),
        "missed": translate("DrillColumns", "not held"),
        "scheduled": translate("DrillColumns", "scheduled"),
    }[state]


def departments_label(drill: DrillInfo, names: PlanNames | None) -> str:
    """The departments taking part, in the UI language; "all 8 departments" when all do."""
    if names is None:
        return ", ".join(drill.departments)
    every = [d.key for d in names.plan.departments]
    if len(every) > 1 and set(drill.departments) == set(every):
        return translate("DrillColumns", "all {count} departments").format(count=len(every))
    separator = "、" if names.lang == "zh" else ", "
    return separator.join(names.department(key) for key in drill.departments)


# --- each plan's standing ------------------------------------------------------------------


def standing_columns(lang: str) -> list[Column[DrillStanding]]:
    from commandpost.plan.durations import Duration, DurationError

    def title(s: DrillStanding) -> str:
        return s.title_zh if lang == "zh" else s.title_en

    def every(s: DrillStanding) -> str:
        try:
            return every_label(Duration.parse(s.every), lang)
        except DurationError:
            return s.every

    def last(s: DrillStanding) -> str:
        return date_label(s.last_drill_at) or translate("DrillColumns", "never")

    def due(s: DrillStanding) -> str:
        if s.next_due_at is None:
            return translate("DrillColumns", "beyond the holiday calendar")
        if s.overdue:
            return translate("DrillColumns", "{date} · overdue").format(
                date=date_label(s.next_due_at)
            )
        return date_label(s.next_due_at)

    def scheduled(s: DrillStanding) -> str:
        if s.next_scheduled_at is None:
            return translate("DrillColumns", "none scheduled")
        return time_label(s.next_scheduled_at)

    return [
        Column(translate("DrillColumns", "Plan"), title, bold=lambda s: s.overdue),
        Column(translate("DrillColumns", "Required"), every),
        Column(
            translate("DrillColumns", "Last drill"),
            last,
            foreground=lambda s: colours().muted if s.last_drill_at is None else None,
        ),
        Column(
            translate("DrillColumns", "Next due"),
            due,
            foreground=lambda s: colours().overdue if s.overdue else None,
            background=lambda s: colours().overdue_background if s.overdue else None,
            bold=lambda s: s.overdue,
            tooltip=lambda s: (
                translate("DrillColumns", "No drill was held within the required interval.")
                if s.overdue
                else None
            ),
        ),
        Column(
            translate("DrillColumns", "Next scheduled drill"),
            scheduled,
            foreground=lambda s: colours().muted if s.next_scheduled_at is None else None,
        ),
    ]


# --- the drills on the calendar ------------------------------------------------------------


def drill_columns(names_for: NamesFor, now: Clock, lang: str) -> list[Column[DrillInfo]]:
    def names(d: DrillInfo) -> PlanNames | None:
        return names_for(d.plan_id)

    def greyed(d: DrillInfo) -> bool:
        return d.status == "cancelled" or d.scheduled_at <= now()

    def grey(d: DrillInfo) -> str | None:
        return colours().muted if greyed(d) else None

    def level_colour(d: DrillInfo) -> str:
        n = names(d)
        return n.level_colour(d.level) if n else colours().level_fallback

    def level_fg(d: DrillInfo) -> str:
        return colours().muted if greyed(d) else readable_on(level_colour(d))

    def level_bg(d: DrillInfo) -> QBrush | None:
        return None if greyed(d) else QBrush(QColor(level_colour(d)))

    def status_colour(d: DrillInfo) -> str:
        c = colours()
        return {"held": c.done, "missed": c.soon, "scheduled": c.drill}.get(
            drill_state(d, now()), c.muted
        )

    def status_tip(d: DrillInfo) -> str | None:
        if d.status == "cancelled" and d.note:
            return translate("DrillColumns", "Cancelled: {reason}").format(reason=d.note)
        return None

    def scheduled_by(d: DrillInfo) -> str:
        return translate("DrillColumns", "Scheduled by {who} on {time}").format(
            who=d.created_by, time=time_label(d.created_at)
        )

    def plan(d: DrillInfo) -> str:
        n = names(d)
        return n.title() if n else d.plan_id

    def level(d: DrillInfo) -> str:
        n = names(d)
        return n.level(d.level) if n else d.level

    def departments(d: DrillInfo) -> str:
        return departments_label(d, names(d))

    def full_departments(d: DrillInfo) -> str:
        n = names(d)
        return "\n".join(n.department(k) if n else k for k in d.departments)

    def reminder(d: DrillInfo) -> str:
        return reminder_label(d.remind_before, lang)

    return [
        Column(
            translate("DrillColumns", "Date and time"),
            lambda d: time_label(d.scheduled_at),
            foreground=grey,
            tooltip=scheduled_by,
            live=True,
        ),
        Column(translate("DrillColumns", "Plan"), plan, foreground=grey, live=True),
        Column(
            translate("DrillColumns", "Level"),
            level,
            foreground=level_fg,
            background=level_bg,
            bold=lambda d: not greyed(d),
            live=True,
        ),
        Column(
            translate("DrillColumns", "Departments"),
            departments,
            foreground=grey,
            tooltip=full_departments,
            live=True,
        ),
        Column(
            translate("DrillColumns", "Scenario"),
            lambda d: " ".join(d.scenario.split()),
            foreground=grey,
            tooltip=lambda d: d.scenario,
            live=True,
        ),
        Column(translate("DrillColumns", "Reminder"), reminder, foreground=grey, live=True),
        Column(
            translate("DrillColumns", "Status"),
            lambda d: drill_state_label(d, now()),
            foreground=status_colour,
            tooltip=status_tip,
            bold=lambda d: drill_state(d, now()) in ("held", "missed"),
            live=True,
        ),
    ]
