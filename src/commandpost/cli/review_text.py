"""Reviews for the terminal: the facts and the written review in local time, the open improvement
actions one per line, and JSON with times as ISO 8601 in UTC and durations in seconds."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from commandpost.cli.alert_text import span
from commandpost.cli.incident_text import drill, local
from commandpost.services.review_records import (
    DepartmentTiming,
    ImprovementAction,
    LateTask,
    ReviewFacts,
    ReviewInfo,
)

if TYPE_CHECKING:
    from commandpost.plan.model import Plan

SECTION_TITLES = (
    ("summary", "summary"),
    ("what_happened", "what happened"),
    ("strengths", "strengths"),
    ("shortcomings", "shortcomings"),
    ("improvements", "improvements"),
)
_TO = {"department_head": "the department head", "command_group": "the command group"}


class _Names:
    """The plan's names in one language; a key the plan does not know is shown as it is."""

    def __init__(self, plan: Plan, lang: str) -> None:
        self.departments = {d.key: d.name.get(lang) for d in plan.departments}
        self.levels = {lv.key: lv.name.get(lang) for lv in plan.levels}
        self.phases = {p.key: p.name.get(lang) for p in plan.phases}

    def department(self, key: str) -> str:
        return self.departments.get(key, key)


# --- the facts ---------------------------------------------------------------------------------


def _duration(length: timedelta | None) -> str:
    if length is None:
        return "—"
    return f"-{span(length)}" if length < timedelta(0) else span(length)


def _until(end: datetime | None) -> str:
    return local(end) if end is not None else "now"


def _rate(rate: float | None) -> str:
    return f"{rate:.0%}" if rate is not None else "—"


def timing_line(name: str, t: DepartmentTiming) -> str:
    first = (
        f"{_duration(t.time_to_first_response)} ({local(t.first_done_at)})"
        if t.first_done_at
        else "—"
    )
    return (
        f"  {name:<24} {t.tasks:>5} {t.done:>5} {t.timed:>6} {t.on_time:>8} {t.late:>5} "
        f"{t.missed:>7} {_rate(t.on_time_rate):>13}  {first}"
    )


def late_line(late: LateTask, names: _Names, lang: str) -> str:
    t = late.task
    done = f"done {local(t.done_at)}" if t.status == "done" else "never done"
    return (
        f"  {t.key:<16} {names.department(t.department):<20} due {local(t.due_at)}  "
        f"{done:<22} {_duration(late.late_by)} late  {t.title(lang)}"
    )


def _figures(facts: ReviewFacts) -> str:
    readings: dict[str, list[float]] = {}
    for f in facts.figures:
        readings.setdefault(f.key, []).append(f.value)
    if not readings:
        return "situation figures: none recorded"
    each = "; ".join(
        f"{key} ×{len(values)} (last {values[-1]:g}, highest {max(values):g})"
        for key, values in readings.items()
    )
    count = len(facts.figures)
    return f"situation figures: {count} reading{'s' * (count != 1)} — {each}"


def _reports(facts: ReviewFacts, names: _Names) -> str:
    if not facts.reports:
        return "progress reports: none"
    count: dict[str, int] = {}
    for r in facts.reports:
        count[r.department] = count.get(r.department, 0) + 1
    each = ", ".join(f"{names.department(k)} {n}" for k, n in count.items())
    return f"progress reports: {len(facts.reports)} ({each})"


def describe_facts(facts: ReviewFacts, lang: str) -> list[str]:
    s, names = facts.incident, _Names(facts.plan, lang)
    raised = facts.warning_raised_at
    out = [
        f"{drill(s.is_drill)}review of incident {s.id}: {s.title}",
        f"plan {s.plan_id} version {s.plan_version} — {facts.plan.title.get(lang)}",
        f"declared {local(s.declared_at)} by {s.declared_by}; "
        + (
            f"closed {local(s.closed_at)} by {s.closed_by}: {s.close_reason}"
            if s.closed_at
            else f"still active: facts as of {local(facts.generated_at)}"
        ),
        "",
        "time to activation: "
        + (
            f"{_duration(facts.time_to_activation)} (warning raised {local(raised)})"
            if raised
            else "— (declared without a warning)"
        ),
        "",
        "levels:",
    ]
    for lv in facts.levels:
        why = f": {lv.reason}" if lv.reason else ""
        out.append(
            f"  {lv.level} ({names.levels.get(lv.level, lv.level)})  {local(lv.started_at)} → "
            f"{_until(lv.ended_at)}  by {lv.changed_by}{why}"
        )
    out.append("phases:")
    out += [
        f"  {p.phase} ({names.phases.get(p.phase, p.phase)})  {local(p.started_at)} → "
        f"{_until(p.ended_at)}"
        for p in facts.phases
    ]
    out += [
        "",
        "time limits by department:",
        f"  {'department':<24} {'tasks':>5} {'done':>5} {'timed':>6} {'on time':>8} {'late':>5} "
        f"{'missed':>7} {'on-time rate':>13}  first response",
    ]
    out += [timing_line(names.department(t.department), t) for t in facts.departments]
    out.append(timing_line("overall", facts.overall))
    out += ["", f"late tasks ({len(facts.late_tasks)}, most late first):"]
    out += [late_line(late, names, lang) for late in facts.late_tasks] or ["  none"]
    out.append(f"escalations ({len(facts.escalations)}):")
    for a in facts.escalations:
        to = _TO.get(str(a.data.get("to")), str(a.data.get("to")))
        seen = f"acknowledged by {a.acknowledged_by}" if a.acknowledged_by else "not acknowledged"
        where = names.department(a.department or "")
        out.append(
            f"  {local(a.due_at)}  {a.data.get('task_key', '')} ({where}) to {to}, "
            f"step {a.data.get('step')}; {seen}  {a.title(lang)}"
        )
    out += [_reports(facts, names), _figures(facts)]
    return out


# --- the written review ------------------------------------------------------------------------


def _indented(text: str) -> list[str]:
    return [f"  {line}" for line in text.splitlines()] or ["  —"]


def action_line(a: ImprovementAction, department: str, today: date | None = None) -> str:
    due = f"due {a.due_date.isoformat()}" if a.due_date else "no due date"
    if a.status == "open" and a.due_date and today and a.due_date < today:
        due += " OVERDUE"
    done = f"; done {local(a.done_at)} by {a.done_by}" if a.status == "done" else ""
    link = f"; led to plan {a.plan_id} version {a.plan_version}" if a.plan_id else ""
    return (
        f"  #{a.id:<4} {a.status:<4}  {department:<20} {due:<22} {a.description}  "
        f"(incident {a.incident_id}, revision {a.review_revision}{done}{link})"
    )


def describe_written(review: ReviewInfo, facts: ReviewFacts, lang: str) -> list[str]:
    names = _Names(facts.plan, lang)
    status = review.status.replace("_", " ")
    out = [
        f"review revision {review.revision}: {status}; opened {local(review.created_at)} by "
        f"{review.created_by}, last changed {local(review.changed_at)} by {review.changed_by}"
    ]
    if review.signed_off_at:
        out.append(f"signed off {local(review.signed_off_at)} by {review.signed_off_by}")
    for field, title in SECTION_TITLES:
        out += [f"{title}:", *_indented(getattr(review, field))]
    if facts.incident.is_drill or review.objectives or review.ratings:
        out.append("objectives:")
        out += [f"  {n}. {text}" for n, text in enumerate(review.objectives, 1)] or ["  —"]
        out.append("ratings (HSEEP: P without challenges, S some, M major, U unable):")
        out += [
            f"  {names.department(r.subject):<24} {r.rating}  {r.observations or '—'}"
            for r in review.ratings
        ] or ["  —"]
    still = sum(1 for a in review.actions if a.status == "open")
    out.append(f"improvement actions ({len(review.actions)}, {still} open):")
    out += [action_line(a, names.department(a.department)) for a in review.actions] or ["  none"]
    return out


def describe_review(facts: ReviewFacts, review: ReviewInfo | None, lang: str) -> str:
    out = describe_facts(facts, lang)
    out.append("")
    if review is None:
        out.append("no review yet: a review opens when the response closes")
    else:
        out += describe_written(review, facts, lang)
    return "\n".join(out)


def describe_actions(actions: Sequence[ImprovementAction], department: str | None) -> str:
    if not actions:
        return "no improvement action is open" + (f" for {department}" if department else "")
    today = datetime.now().astimezone().date()
    return "\n".join(action_line(a, a.department, today) for a in actions)


# --- JSON --------------------------------------------------------------------------------------


def review_json(facts: ReviewFacts, review: ReviewInfo | None) -> dict[str, Any]:
    data = {f.name: getattr(facts, f.name) for f in dataclasses.fields(facts)}
    plan = facts.plan
    data["plan"] = {
        "id": plan.id,
        "version": plan.version,
        "title": {"zh": plan.title.zh, "en": plan.title.en},
        "levels": [lv.key for lv in plan.levels],
        "phases": [p.key for p in plan.phases],
        "departments": [d.key for d in plan.departments],
    }
    return {"facts": data, "review": review}


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, timedelta):
        return value.total_seconds()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def dumps(data: Any) -> str:
    return json.dumps(_plain(data), ensure_ascii=False, indent=2)
