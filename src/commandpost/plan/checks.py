"""Rules that relate the fields of a plan to each other.

Each finding is a field path (as a tuple, like pydantic's ``loc``) and a message, so the loader
can name the line of the exact field at fault. Messages are translatable
(:class:`~commandpost.messages.Message`, context ``CorePlanFile``); keys quoted from the plan are
data and stay as written.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from commandpost.messages import QT_TRANSLATE_NOOP, Message
from commandpost.plan.durations import Duration, Unit
from commandpost.plan.model import Plan, Task

Loc = tuple[str | int, ...]
Finding = tuple[Loc, Message]

_WHAT = {  # what a reference names, and what to say when the plan defines none
    "department": (
        QT_TRANSLATE_NOOP("CorePlanFile", "department"),
        QT_TRANSLATE_NOOP("CorePlanFile", "none defined: add one under the plan's departments"),
    ),
    "phase": (
        QT_TRANSLATE_NOOP("CorePlanFile", "phase"),
        QT_TRANSLATE_NOOP("CorePlanFile", "none defined: add one under the plan's phases"),
    ),
    "level": (
        QT_TRANSLATE_NOOP("CorePlanFile", "level"),
        QT_TRANSLATE_NOOP("CorePlanFile", "none defined: add one under the plan's levels"),
    ),
    "category": (
        QT_TRANSLATE_NOOP("CorePlanFile", "category"),
        QT_TRANSLATE_NOOP("CorePlanFile", "none defined: add one under the plan's categories"),
    ),
    "escalation rule": (
        QT_TRANSLATE_NOOP("CorePlanFile", "escalation rule"),
        QT_TRANSLATE_NOOP(
            "CorePlanFile", "none defined: add one under the plan's escalation rules"
        ),
    ),
}

_KEYED = (
    "departments",
    "categories",
    "levels",
    "phases",
    "escalation",
    "tasks",
    "figures",
    "standards",
    "shifts",
)


def cross_check(plan: Plan) -> list[Finding]:
    """Every broken cross-reference or ordering rule in a shape-valid plan."""
    findings: list[Finding] = []
    for collection in _KEYED:
        findings.extend(_duplicates(collection, [item.key for item in getattr(plan, collection)]))
    findings.extend(_level_ranks(plan))
    findings.extend(_zero_durations(plan))
    for cycle in ("drills", "review"):
        if getattr(plan, cycle).every.unit is Unit.WORKING_DAYS:
            findings.append(
                (
                    (cycle, "every"),
                    QT_TRANSLATE_NOOP(
                        "CorePlanFile",
                        "a cycle is counted in days, months or years, not working days",
                    ),
                )
            )

    departments = [d.key for d in plan.departments]
    levels = [lv.key for lv in plan.levels]
    phases = [p.key for p in plan.phases]
    categories = [c.key for c in plan.categories]
    rules = [r.key for r in plan.escalation]

    for i, category in enumerate(plan.categories):
        for j, dept in enumerate(category.departments):
            findings.extend(
                _ref(("categories", i, "departments", j), dept, departments, "department")
            )
    if plan.default_escalation is not None:
        findings.extend(
            _ref(("default_escalation",), plan.default_escalation, rules, "escalation rule")
        )
    for i, task in enumerate(plan.tasks):
        findings.extend(_task_refs(i, task, departments, phases, levels, categories, rules))
    return findings


def _task_refs(
    i: int,
    task: Task,
    departments: list[str],
    phases: list[str],
    levels: list[str],
    categories: list[str],
    rules: list[str],
) -> Iterator[Finding]:
    yield from _ref(("tasks", i, "department"), task.department, departments, "department")
    yield from _ref(("tasks", i, "phase"), task.phase, phases, "phase")
    if task.levels != "all":
        for j, level in enumerate(task.levels):
            yield from _ref(("tasks", i, "levels", j), level, levels, "level")
    if task.categories != "all":
        for j, category in enumerate(task.categories):
            yield from _ref(("tasks", i, "categories", j), category, categories, "category")
    if task.escalation is not None:
        yield from _ref(("tasks", i, "escalation"), task.escalation, rules, "escalation rule")


def _ref(loc: Loc, value: str, known: list[str], what: str) -> Iterator[Finding]:
    if value not in known:
        word, none_defined = _WHAT[what]
        choices: Message | str = ", ".join(dict.fromkeys(known)) if known else none_defined
        unknown = QT_TRANSLATE_NOOP(
            "CorePlanFile", "unknown {what} {value}; expected one of {choices}"
        )
        yield loc, unknown.format(what=word, value=repr(value), choices=choices)


def _duplicates(collection: str, keys: Iterable[str]) -> Iterator[Finding]:
    first_seen: dict[str, int] = {}
    for i, key in enumerate(keys):
        if key in first_seen:
            yield (
                (collection, i, "key"),
                QT_TRANSLATE_NOOP(
                    "CorePlanFile", "duplicate key {key}; {collection}[{index}] already uses it"
                ).format(key=repr(key), collection=collection, index=first_seen[key]),
            )
        else:
            first_seen[key] = i


def _level_ranks(plan: Plan) -> Iterator[Finding]:
    for i, level in enumerate(plan.levels):
        if level.rank != i + 1:
            yield (
                ("levels", i, "rank"),
                QT_TRANSLATE_NOOP(
                    "CorePlanFile",
                    "levels are listed lowest first with ranks 1, 2, 3…; expected rank {rank}, got {given}",  # noqa: E501
                ).format(rank=i + 1, given=level.rank),
            )


def _zero_durations(plan: Plan) -> Iterator[Finding]:
    """Only an escalation step may be immediate (``0 min``); every other duration is a span."""
    spans: list[tuple[Loc, Duration | None]] = [
        (("tasks", i, "due", "within"), t.due.within if t.due else None)
        for i, t in enumerate(plan.tasks)
    ]
    spans += [
        (("tasks", i, "due", "remind_before"), t.due.remind_before)
        for i, t in enumerate(plan.tasks)
        if t.due is not None
    ]
    spans += [(("levels", i, "report_every"), lv.report_every) for i, lv in enumerate(plan.levels)]
    spans += [
        (("standards", i, "value"), s.value)
        for i, s in enumerate(plan.standards)
        if isinstance(s.value, Duration)
    ]
    spans += [(("drills", "every"), plan.drills.every), (("review", "every"), plan.review.every)]
    for loc, span in spans:
        if span is not None and span.amount == 0:
            positive = QT_TRANSLATE_NOOP(
                "CorePlanFile", "expected a positive duration, got {given}"
            )
            yield loc, positive.format(given=repr(str(span)))
