"""The plan binder read back: the approved version with who approved it and when its review is
due, scope and source, the organisation with 24-hour contacts (blank lines where a name or phone
is still to be written in), levels, phases, every department's checklist with time limits and
escalation, figures, standards and provisions; on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

from commandpost.assets import shipped_plan_files
from commandpost.plan.loader import load_plan_text
from commandpost.reports import plan_binder
from commandpost.services.plans import PlanLibrary
from reports.reading import fonts, has_row, lines, pages, squashed

SHIPPED = "customer-service-emergency"


def approve_shipped(library: PlanLibrary) -> None:
    file = next(f for f in shipped_plan_files() if f.name == f"{SHIPPED}.yaml")
    library.import_plan(load_plan_text(file.read_text(encoding="utf-8"), file.name), "admin")
    library.approve(SHIPPED, 1, "lead.wang", "approved at the March meeting")


def test_the_binder_prints_the_approved_plan_for_the_desk(library: PlanLibrary, out: Path) -> None:
    approve_shipped(library)
    version = library.get(SHIPPED)
    plan = version.plan
    plan_binder.build(plan, version, "zh", out)
    texts = pages(out)
    text = squashed("\n".join(texts))
    info = version.info
    assert info.approved_at is not None and info.review_due_at is not None
    for expected in (
        plan.title.zh,
        "已批准",
        "lead.wang",
        info.approved_at.astimezone().strftime("%Y-%m-%d %H:%M"),
        info.review_due_at.astimezone().strftime("%Y-%m-%d"),
        plan.scope.zh,
        plan.source.document,
        plan.command_group.name.zh,
        *(d.name.zh for d in plan.departments),
        *(d.head.role.zh for d in plan.departments),
        *(c.role.zh for d in plan.departments for c in d.contacts),
        *(lv.name.zh + lv.criteria.zh for lv in plan.levels),
        *(p.name.zh for p in plan.phases),
        *(t.title.zh for t in plan.tasks),
        *(s.name.zh for s in plan.standards),
        *(p.title.zh for p in plan.provisions),
        "approved at the March meeting",
    ):
        assert squashed(expected) in text, expected
    empty = sum(
        (not c.name) + (not c.phone)
        for c in (
            *plan.command_group.contacts,
            *(d.head for d in plan.departments),
            *(c for d in plan.departments for c in d.contacts),
        )
    )
    assert empty > 20  # the shipped plan leaves names and numbers to be filled in
    blanks = sum(line.count("____") > 0 for text in texts for line in text.splitlines())
    assert blanks >= empty // 2  # a name and a phone line may share a line of text
    assert "____" in text and all(f.embedded and "WenQuanYi" in f.name for f in fonts(out))
    assert texts[0].strip().endswith(f"第 1 页 共 {len(texts)} 页")


def test_the_english_binder_lists_checklists_with_time_limits_and_escalation(
    library: PlanLibrary, out: Path
) -> None:
    version = library.get("incident-test")  # version 2: cs-answer escalates step by step
    plan_binder.build(version.plan, version, "en", out)
    found = lines(out)
    text = "\n".join(found)
    assert "Incident test plan" in text and has_row(found, ["Version", "2"])
    assert has_row(found, ["Status", "Approved"]) and has_row(found, ["Approved by", "lead"])
    assert "Department checklists" in text
    squashed_text = squashed(text)
    row = ["□", "Warning", "Staff the phones", "15 min from declaration", "Escalate step by step"]
    assert squashed("".join(row)) in squashed_text  # the cells wrap inside narrow columns
    steps = "after 10 min: department head; after 20 min: command group"
    assert squashed(steps) in squashed_text
    assert has_row(found, ["Rule Steps", f"Escalate step by step {steps}"])
    for limit in ("2 h from phase start", "3 working days from declaration"):
        assert squashed(limit) in squashed_text
    assert squashed("only: Staff shortage") in squashed_text  # a task for one category
    assert has_row(found, ["Waiting customers", "customers", "500"])  # figure, unit, warning
    assert "Plan: Incident test plan (version 2)" in text  # the page header
