"""The five plans shipped in plans/ are valid and carry the seed documents' numbers."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from commandpost.assets import shipped_plan_files
from commandpost.plan.loader import load_plan_text
from commandpost.plan.model import Plan

SHIPPED = {
    "customer-surge-diversion",
    "customer-problem-handling",
    "customer-service-emergency",
    "express-delivery-service",
    "24h-service-guarantee",
}


def _plans() -> dict[str, Plan]:
    plans = {}
    for file in shipped_plan_files():
        plan = load_plan_text(file.read_text(encoding="utf-8"), file.name).plan
        plans[plan.id] = plan
    return plans


def _durations(plan: Plan) -> Iterator[str]:
    """Every duration written anywhere in a plan, as text like '30 min'."""
    for task in plan.tasks:
        if task.due is not None:
            yield str(task.due.within)
    for rule in plan.escalation:
        yield from (str(step.after) for step in rule.steps)
    for level in plan.levels:
        if level.report_every is not None:
            yield str(level.report_every)
    for standard in plan.standards:
        yield str(standard.value)
    yield str(plan.drills.every)
    yield str(plan.review.every)


def test_the_five_seed_plans_are_shipped_and_valid() -> None:
    assert set(_plans()) == SHIPPED


@pytest.mark.parametrize(
    ("plan_id", "numbers"),
    [
        ("express-delivery-service", {"1 wd", "3 wd", "10 wd", "1 mo", "3 mo", "6 mo"}),
        ("24h-service-guarantee", {"10 min", "2 h", "15 min", "30 min", "24 h", "3 min", "1 y"}),
        ("customer-service-emergency", {"20 s", "1 min", "24 h", "2 h", "48 h"}),
    ],
)
def test_seed_time_limits_appear_in_the_plan(plan_id: str, numbers: set[str]) -> None:
    assert numbers <= set(_durations(_plans()[plan_id]))


def test_working_day_limits_are_task_deadlines_in_the_express_plan() -> None:
    plan = _plans()["express-delivery-service"]
    deadlines = {str(t.due.within) for t in plan.tasks if t.due is not None}
    assert {"1 wd", "3 wd", "10 wd"} <= deadlines


def test_24h_plan_escalates_to_the_department_head_after_30_minutes() -> None:
    plan = _plans()["24h-service-guarantee"]
    first_steps = {(str(r.steps[0].after), r.steps[0].to) for r in plan.escalation}
    respond = [t for t in plan.tasks if t.due and str(t.due.within) == "30 min"]
    assert respond, "the counterpart has 30 minutes to respond"
    assert ("0 min", "department_head") in first_steps
    assert {s.key for s in plan.shifts} and len(plan.shifts) == 3


def test_customer_service_emergency_has_its_four_categories_and_three_levels() -> None:
    plan = _plans()["customer-service-emergency"]
    assert len(plan.categories) >= 4
    assert [lv.name.zh for lv in plan.levels] == ["一般", "较大", "重大"]


@pytest.mark.parametrize("plan_id", sorted(SHIPPED))
def test_every_department_has_work_and_every_text_is_bilingual(plan_id: str) -> None:
    plan = _plans()[plan_id]
    for dept in plan.departments:
        assert plan.tasks_for(dept.key), f"{dept.key} has no task"
    assert all(t.title.zh != t.title.en for t in plan.tasks)
