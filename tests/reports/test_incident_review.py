"""The incident review report read back as text: the incident, plan and levels on the cover, key
figures and per-department timing that match the facts, every task, escalations, progress
reports, figures, the written review, improvement actions, the activity log in words, the
sign-off — in Chinese and in English."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from commandpost.reports import incident_review
from commandpost.reports.activity import Activity
from commandpost.reports.names import Names
from commandpost.reports.words import rate
from reports import scripted
from reports.conftest import ACTIONS, SECTIONS, SIGNER, Written
from reports.reading import has_row, lines, pages, squashed


def test_the_chinese_report_shows_the_incident_and_its_review(real: Written, out: Path) -> None:
    incident_review.build(real.facts, real.review, "zh", out)
    text = squashed("\n".join(pages(out)))
    for expected in (
        "突发事件复盘报告",
        scripted.TITLE,
        scripted.DESCRIPTION,
        "事件测试预案",
        "第2版",
        "真实事件",
        "一般→较大→一般",
        "排队人数超过预警线",
        "系统已恢复，排队清零",
        "内部资料",
        *(department.name.zh for department in real.facts.plan.departments),
        *(task.title_zh for task in real.facts.tasks),
        *SECTIONS.values(),
        *(description for description, _, _ in ACTIONS),
        "2025-10-31",
    ):
        assert squashed(expected) in text, expected
    assert f"复盘第1版已由{SIGNER}于" in text
    assert "未签批" not in text


def test_the_english_report_uses_the_plans_english_names(real: Written, out: Path) -> None:
    incident_review.build(real.facts, real.review, "en", out)
    found = lines(out)
    text = squashed("\n".join(found))
    for expected in (
        "Incident review report",
        "Incident test plan",
        "Real incident",
        "General → Major → General",
        "Internal",
        *(department.name.en for department in real.facts.plan.departments),
        *(task.title_en for task in real.facts.tasks),
        "Escalated to the department head (step 1): Staff the phones",
        f"Revision 1 of the review was signed off by {SIGNER}",
    ):
        assert squashed(expected) in text, expected
    assert "客户服务部" not in text  # department names are the English ones


def test_key_figures_and_department_timing_match_the_facts(real: Written, out: Path) -> None:
    facts = real.facts
    incident_review.build(facts, real.review, "en", out)
    found = lines(out)
    overall = facts.overall
    assert (overall.tasks, overall.timed, overall.on_time, overall.late, overall.missed) == (
        7,
        6,
        4,
        1,
        1,
    )  # the script: one task done late, the ad-hoc one never done
    assert has_row(found, ["Tasks", "7"]) and has_row(found, ["Done late", "1"])
    assert has_row(found, ["On-time rate", "67%  (4 of 6)"])
    assert has_row(found, ["Escalations", str(len(facts.escalations))])
    assert has_row(found, ["Progress reports", str(len(facts.reports))])
    assert has_row(found, ["Situation figures recorded", str(len(facts.figures))])
    names = Names(facts.plan, "en")
    for timing in facts.departments:
        row = [
            names.department(timing.department),
            str(timing.tasks),
            str(timing.done),
            str(timing.on_time),
            str(timing.late),
            str(timing.missed),
            rate(timing.on_time_rate, "en"),
        ]
        assert has_row(found, row), row
        bar = f"{rate(timing.on_time_rate, 'en')} ({timing.on_time}/{timing.timed})"
        assert bar in found, bar  # the chart's label


def test_each_task_row_says_when_it_was_due_and_done_how_late_and_who(
    real: Written, out: Path
) -> None:
    incident_review.build(real.facts, real.review, "en", out)
    found = lines(out)
    answer = next(t for t in real.facts.tasks if t.key == "cs-answer")
    assert answer.due_at is not None and answer.done_at is not None
    assert has_row(
        found,
        [
            "Staff the phones",
            "Warning",
            answer.due_at.astimezone().strftime("%m-%d %H:%M"),
            answer.done_at.astimezone().strftime("%m-%d %H:%M"),
            "25 min",
            "王芳",
            "Done",
        ],
    )
    adhoc = next(t for t in real.facts.tasks if t.ad_hoc)
    assert adhoc.due_at is not None
    never_done = [
        "Draft the apology text message (ad hoc)",
        "Activation",
        adhoc.due_at.astimezone().strftime("%m-%d %H:%M"),
        "—",
        "40 min",  # never done: from its due time to the closing
        "Open",
    ]
    assert has_row(found, never_done)


def test_figures_reports_and_escalations_are_listed(real: Written, out: Path) -> None:
    incident_review.build(real.facts, real.review, "zh", out)
    text = squashed("\n".join(pages(out)))
    for _, done, doing, needs_help in scripted.REPORTS:
        for part in (done, doing, needs_help):
            assert squashed(part) in text
    assert "排队客户数(人)" in text and "平均等待时间(分钟)" in text
    assert "最高860人" in text and "预警线500" in text  # the peak and the plan's warning line
    assert "部门负责人" in text  # the escalation went to the department head


def test_every_timeline_entry_is_said_in_words(real: Written, out: Path) -> None:
    incident_review.build(real.facts, real.review, "en", out)
    text = "\n".join(pages(out))
    kinds = {event.kind for event in real.facts.events}
    assert {"declared", "task_done", "level_raised", "report_sent", "review_signed_off"} <= kinds
    for kind in kinds - {"declared", "closed"}:  # the rest are never words on their own
        assert kind not in text, kind  # no raw kind names, such as task_done
    say = Activity(Names(real.facts.plan, "en"), {t.id: t for t in real.facts.tasks}).text
    for event in real.facts.events:
        assert squashed(say(event)) in squashed(text), say(event)


def test_a_draft_review_is_printed_as_not_signed_off(real: Written, out: Path) -> None:
    draft = dataclasses.replace(real.review, status="draft", signed_off_at=None, signed_off_by=None)
    incident_review.build(real.facts, draft, "en", out)
    text = "\n".join(pages(out))
    assert "Not signed off — draft" in text
    assert "signed off by" not in text
    incident_review.build(real.facts, draft, "zh", out)
    assert "未签批 — 草稿" in "\n".join(pages(out))


def test_an_unknown_language_is_refused(real: Written, out: Path) -> None:
    with pytest.raises(ValueError, match="zh or en"):
        incident_review.build(real.facts, real.review, "fr", out)
    assert not out.exists()
