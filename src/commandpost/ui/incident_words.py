"""Translated words for running incidents: task statuses, countdowns, the incident clock, the
drill mark, and plan names (departments, levels, phases, categories) in the UI language.

Kept apart from the windows so the board, the checklist and the incident list say the same thing
the same way, and so the deadline colours live in exactly one function (a later issue refines the
thresholds there). Plan objects are used by duck typing: importing the plan model would pull
pydantic into start-up.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from commandpost.ui import when
from commandpost.ui.colours import LIGHT, colours

if TYPE_CHECKING:
    from commandpost.plan.model import Plan

# The light scheme's colours by name, for reading and for tests; the windows take the colours
# on screen, light or dark, from ``colours()``.
OVERDUE_COLOUR = LIGHT.overdue
OVERDUE_BACKGROUND = LIGHT.overdue_background
SOON_COLOUR = LIGHT.soon
SOON_BACKGROUND = LIGHT.soon_background
DONE_COLOUR = LIGHT.done
MUTED_COLOUR = LIGHT.muted
OPEN_COLOUR = LIGHT.open
DRILL_COLOUR = LIGHT.drill
DRILL_BACKGROUND = LIGHT.drill_background
translate = QCoreApplication.translate
DUE_SOON = timedelta(minutes=15)
"""A task whose reminder time is not known shows amber this long before it is due."""


class Tone(Enum):
    """How urgent a task's deadline looks."""

    NONE = "none"  # no due time, or not open
    CALM = "calm"
    SOON = "soon"
    OVERDUE = "overdue"


def deadline_tone(
    status: str, due_at: datetime | None, now: datetime, remind_at: datetime | None = None
) -> Tone:
    """Amber from the task's reminder time (when its department is reminded), red when it is
    overdue."""
    if status != "open" or due_at is None:
        return Tone.NONE
    if now > due_at:
        return Tone.OVERDUE
    if now >= (remind_at if remind_at is not None else due_at - DUE_SOON):
        return Tone.SOON
    return Tone.CALM


def tone_colour(tone: Tone) -> str | None:
    c = colours()
    return {Tone.OVERDUE: c.overdue, Tone.SOON: c.soon}.get(tone)


def tone_background(tone: Tone) -> str | None:
    c = colours()
    return {Tone.OVERDUE: c.overdue_background, Tone.SOON: c.soon_background}.get(tone)


def span_label(span: timedelta, round_up: bool = False) -> str:
    """A length of time as people say it: "12 min", "2 h 05 min", "3 d 4 h"."""
    seconds = max(span.total_seconds(), 0)
    minutes = math.ceil(seconds / 60) if round_up else math.floor(seconds / 60)
    if minutes < 1:
        return translate("IncidentWords", "under a minute")
    if minutes < 60:
        return translate("IncidentWords", "{minutes} min").format(minutes=minutes)
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        return translate("IncidentWords", "{hours} h {minutes:02d} min").format(
            hours=hours, minutes=minutes
        )
    days, hours = divmod(hours, 24)
    return translate("IncidentWords", "{days} d {hours} h").format(days=days, hours=hours)


def countdown_label(status: str, due_at: datetime | None, now: datetime) -> str:
    """ "due in 12 min" / "overdue by 3 min"; empty for a task that is not open or has no time."""
    if status != "open" or due_at is None:
        return ""
    if now > due_at:
        late = span_label(now - due_at)
        return "⚠ " + translate("IncidentWords", "overdue by {span}").format(span=late)
    return translate("IncidentWords", "due in {span}").format(
        span=span_label(due_at - now, round_up=True)
    )


def due_rule_label(rule: str | None, lang: str) -> str:
    """The plan's time limit as the service states it ("30 min from phase"), in the UI language:
    "阶段开始后 30 分钟内" / "30 min from phase start"."""
    from commandpost.plan.durations import Duration, DurationError

    if not rule:
        return ""
    within, _, origin = rule.partition(" from ")
    try:
        duration = Duration.parse(within)
    except DurationError:
        return rule
    if origin == "declaration":
        text = translate("Words", "{duration} from declaration")
    else:
        text = translate("Words", "{duration} from phase start")
    return text.format(duration=duration.label(lang))


def elapsed_clock(start: datetime, now: datetime) -> str:
    """The incident clock: hh:mm:ss since ``start`` (hours keep counting past 24)."""
    seconds = max(int((now - start).total_seconds()), 0)
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}"


def task_status_label(status: str) -> str:
    labels = {
        "open": translate("IncidentWords", "open"),
        "done": translate("IncidentWords", "done"),
        "not_applicable": translate("IncidentWords", "not applicable"),
        "retired": translate("IncidentWords", "retired"),
    }
    return labels.get(status, status)


def incident_status_label(status: str) -> str:
    return {
        "active": translate("IncidentWords", "active"),
        "closed": translate("IncidentWords", "closed"),
    }.get(status, status)


def drill_word() -> str:
    """演练 / DRILL: the mark every drill carries wherever it is shown."""
    return translate("IncidentWords", "DRILL")


def drill_title(title: str, is_drill: bool) -> str:
    """The incident title, with the drill mark in front when it is a drill."""
    return translate("IncidentWords", "[DRILL] {title}").format(title=title) if is_drill else title


def clock_time(moment: datetime | None, now: datetime) -> str:
    """A stored UTC time as local time of day, "14:05"; with the date when it is not today."""
    return when.moment_text(moment, now)


def full_time(moment: datetime | None) -> str:
    """A stored UTC time as local date and time of day with seconds."""
    return when.date_time(moment, seconds=True)


def figure_number(value: float) -> str:
    """A situation figure without a pointless ".0"."""
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0")


class PlanNames:
    """A plan's departments, levels, phases, categories and figures by key, in one language.

    Unknown keys (a plan edited since, an ad-hoc entry) fall back to the key itself rather than
    failing: a board must show something for every row.
    """

    def __init__(self, plan: Plan, lang: str) -> None:
        self.plan = plan
        self.lang = lang
        self._departments = {d.key: d.name.get(lang) for d in plan.departments}
        self._levels = {lv.key: lv.name.get(lang) for lv in plan.levels}
        self._colours = {lv.key: lv.colour for lv in plan.levels}
        self._phases = {p.key: p.name.get(lang) for p in plan.phases}
        self._categories = {c.key: c.name.get(lang) for c in plan.categories}
        self._figures = {f.key: (f.name.get(lang), f.unit.get(lang)) for f in plan.figures}

    def title(self) -> str:
        return self.plan.title.get(self.lang)

    def department(self, key: str) -> str:
        return self._departments.get(key, key)

    def level(self, key: str) -> str:
        return self._levels.get(key, key)

    def level_colour(self, key: str) -> str:
        return self._colours.get(key) or colours().level_fallback

    def phase(self, key: str) -> str:
        return self._phases.get(key, key)

    def category(self, key: str) -> str:
        return self._categories.get(key, key)

    def figure(self, key: str) -> str:
        return self._figures.get(key, (key, ""))[0]

    def figure_unit(self, key: str) -> str:
        return self._figures.get(key, (key, ""))[1]
