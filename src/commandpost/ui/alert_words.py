"""Alerts in words: what kind of alert it is, for whom, what it is about, and where (the incident
or the plan), in the UI language — shared by the alerts tab's columns and the tray's
notifications so both say the same thing the same way.

An alert carries what it needs to be named (task titles in both languages, the incident's title,
the drill mark) in its data; department and plan names come from the plans, read by the panel.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from commandpost.clock import Clock
from commandpost.services.alert_records import AlertInfo
from commandpost.ui.colours import colours
from commandpost.ui.incident_columns import drill_brush
from commandpost.ui.incident_words import PlanNames, clock_time, drill_title, full_time
from commandpost.ui.record_model import Column

translate = QCoreApplication.translate

TASK_KINDS = ("reminder", "due", "overdue", "escalation")
URGENT_KINDS = ("overdue", "escalation", "drill_overdue")
SOON_KINDS = ("reminder", "due", "report_due", "warning", "drill_reminder", "drill_start")


def kind_label(kind: str) -> str:
    labels = {
        "reminder": translate("AlertWords", "Reminder"),
        "due": translate("AlertWords", "Due now"),
        "overdue": translate("AlertWords", "Overdue"),
        "escalation": translate("AlertWords", "Escalation"),
        "report_due": translate("AlertWords", "Progress report due"),
        "warning": translate("AlertWords", "Warning waiting"),
        "drill_reminder": translate("AlertWords", "Drill soon"),
        "drill_start": translate("AlertWords", "Drill starts"),
        "plan_review": translate("AlertWords", "Plan review due"),
        "drill_overdue": translate("AlertWords", "Drill overdue"),
    }
    return labels.get(kind, kind)


def audience_label(audience: str) -> str:
    labels = {
        "department": translate("AlertWords", "Department"),
        "department_head": translate("AlertWords", "Department head"),
        "command_group": translate("AlertWords", "Command group"),
        "admin": translate("AlertWords", "Administrator"),
    }
    return labels.get(audience, audience)


def kind_colour(alert: AlertInfo) -> str | None:
    if alert.kind in URGENT_KINDS:
        return colours().overdue
    return colours().soon if alert.kind in SOON_KINDS else None


def duration_label(text: object, lang: str) -> str:
    """A plan duration ("2 h") as the language says it; as written if it cannot be read."""
    from commandpost.plan.durations import Duration, DurationError

    try:
        return Duration.parse(str(text)).label(lang)
    except DurationError:
        return str(text)


@dataclass
class AlertNames:
    """Names the alerts tab knows: each incident's plan, and every approved plan's title and
    departments (a department with the same key in several plans takes the first name met)."""

    lang: str
    incidents: dict[int, PlanNames] = field(default_factory=dict)
    plan_titles: dict[str, str] = field(default_factory=dict)
    departments: dict[str, str] = field(default_factory=dict)

    def department(self, alert: AlertInfo) -> str:
        key = alert.department
        if key is None:
            return ""
        names = self.incidents.get(alert.incident_id) if alert.incident_id is not None else None
        if names is not None:
            return names.department(key)
        return self.departments.get(key, key)

    def plan(self, alert: AlertInfo) -> str:
        plan_id = str(alert.data.get("plan_id") or "")
        return self.plan_titles.get(plan_id) or alert.data.get(f"plan_title_{self.lang}") or plan_id


def is_drill(alert: AlertInfo) -> bool:
    return alert.is_drill or alert.kind in ("drill_reminder", "drill_start")


def where(alert: AlertInfo, names: AlertNames) -> str:
    """The incident ("#3 Phones down", drill-marked) or, for the other alerts, the plan."""
    if alert.incident_id is not None:
        title = drill_title(str(alert.data.get("incident_title") or ""), alert.is_drill)
        return f"#{alert.incident_id} {title}".strip()
    return drill_title(names.plan(alert), is_drill(alert))


def subject(alert: AlertInfo, names: AlertNames) -> str:
    """What the alert is about: the task, the report owed, the warning, the drill, the plan."""
    lang, data = names.lang, alert.data
    if alert.kind == "report_due":
        return translate("AlertWords", "Progress report every {every}").format(
            every=duration_label(data.get("every"), lang)
        )
    if alert.kind == "warning":
        return str(data.get("note") or "") or translate("AlertWords", "Raised by {who}").format(
            who=data.get("raised_by") or ""
        )
    if alert.kind == "plan_review":
        return translate("AlertWords", "Version {version} is due for review").format(
            version=data.get("version", "")
        )
    if alert.kind == "drill_overdue":
        return translate("AlertWords", "A drill is due every {every}").format(
            every=duration_label(data.get("every"), lang)
        )
    return alert.title(lang)


def notification(alert: AlertInfo, names: AlertNames) -> tuple[str, str]:
    """The tray's title and message: "Overdue", "Overdue: Staff the phones — incident 3 Phones
    down"."""
    kind = kind_label(alert.kind)
    about = subject(alert, names)
    if alert.incident_id is not None:
        title = drill_title(str(alert.data.get("incident_title") or ""), alert.is_drill)
        text = translate("AlertWords", "{kind}: {subject} — incident {number} {title}").format(
            kind=kind, subject=about, number=alert.incident_id, title=title
        )
    else:
        text = translate("AlertWords", "{kind}: {subject} — {plan}").format(
            kind=kind, subject=about, plan=where(alert, names)
        )
    return kind, text


def passes(alert: AlertInfo, departments: Collection[str] | None) -> bool:
    """Whether the department filter lets the alert through (as the service filters the list:
    with a department chosen, only that department's alerts)."""
    return departments is None or alert.department in departments


def acknowledged_label(alert: AlertInfo, now: Clock) -> str:
    if alert.acknowledged_at is None:
        return ""
    return translate("AlertWords", "{who}, {time}").format(
        who=alert.acknowledged_by or "", time=clock_time(alert.acknowledged_at, now())
    )


def alert_columns(names: Callable[[], AlertNames], now: Clock) -> list[Column[AlertInfo]]:
    """The alerts tab's table: unacknowledged rows bold, acknowledged ones muted."""

    def muted(colour: Callable[[AlertInfo], str | None]) -> Callable[[AlertInfo], str | None]:
        return lambda a: colours().muted if a.acknowledged else colour(a)

    def plain(_alert: AlertInfo) -> str | None:
        return None

    def unacknowledged(alert: AlertInfo) -> bool:
        return not alert.acknowledged

    def kind_background(alert: AlertInfo) -> str | None:
        if alert.acknowledged:
            return None
        return colours().overdue_background if alert.kind == "escalation" else None

    return [
        Column(
            translate("AlertColumns", "Due"),
            lambda a: clock_time(a.due_at, now()),
            tooltip=lambda a: full_time(a.due_at),
            foreground=muted(plain),
            bold=unacknowledged,
        ),
        Column(
            translate("AlertColumns", "Kind"),
            lambda a: kind_label(a.kind),
            foreground=muted(kind_colour),
            background=kind_background,
            bold=unacknowledged,
        ),
        Column(
            translate("AlertColumns", "Incident or plan"),
            lambda a: where(a, names()),
            foreground=muted(lambda a: colours().drill if is_drill(a) else None),
            background=lambda a: drill_brush() if is_drill(a) else None,
            tooltip=lambda a: where(a, names()),
            bold=unacknowledged,
        ),
        Column(
            translate("AlertColumns", "Task or subject"),
            lambda a: subject(a, names()),
            tooltip=lambda a: subject(a, names()),
            foreground=muted(plain),
            bold=unacknowledged,
        ),
        Column(
            translate("AlertColumns", "Department"),
            lambda a: names().department(a),
            foreground=muted(plain),
            bold=unacknowledged,
        ),
        Column(
            translate("AlertColumns", "For"),
            lambda a: audience_label(a.audience),
            foreground=muted(plain),
            bold=unacknowledged,
        ),
        Column(
            translate("AlertColumns", "Acknowledged"),
            lambda a: acknowledged_label(a, now),
            tooltip=lambda a: full_time(a.acknowledged_at) or None,
            foreground=muted(plain),
        ),
    ]
