"""The drill report as an after-action report and improvement plan: the exercise overview, the
objectives, each HSEEP rating with its full meaning and observations, strengths and areas for
improvement, the improvement plan, the timeline appendix — in Chinese and in English."""

from __future__ import annotations

from pathlib import Path

from commandpost.reports import drill_report
from commandpost.reports.names import Names
from reports import scripted
from reports.conftest import ACTIONS, OBJECTIVES, RATINGS, SECTIONS, SIGNER, Written
from reports.reading import has_row, lines, pages, squashed

MEANINGS_EN = {
    "P": "P: performed without challenges",
    "S": "S: performed with some challenges",
    "M": "M: performed with major challenges",
    "U": "U: unable to be performed",
}


def test_the_english_aar_has_every_part_in_order(drill: Written, out: Path) -> None:
    drill_report.build(drill.facts, drill.review, "en", out)
    found = lines(out)
    text = "\n".join(found)
    parts = [
        "After-action report and improvement plan",
        "Exercise overview",
        "Executive summary",
        "Objectives",
        "Analysis of capabilities",
        "Strengths",
        "Areas for improvement",
        "Improvement plan",
        "Sign-off",
        "Appendix A: exercise timeline",
    ]
    where = [text.index(part) for part in parts]
    assert where == sorted(where), parts
    assert has_row(found, ["Scenario", scripted.DRILL_TITLE])
    assert scripted.DESCRIPTION in text
    assert has_row(found, ["Plan", "Incident test plan (incident-test, version 2)"])
    assert has_row(found, ["Level", "General → Major → General"])
    assert has_row(
        found,
        ["Participating departments", "Customer Service, Technical Support, Marketing"],
    )
    for objective in OBJECTIVES:
        assert objective in text
    names = Names(drill.facts.plan, "en")
    for rating in RATINGS:
        subject = names.department(rating.subject)
        assert has_row(found, [subject, MEANINGS_EN[rating.rating], rating.observations])
    for meaning in MEANINGS_EN.values():  # the scale is explained in full
        assert meaning.split(": ", 1)[1] in text
    assert SECTIONS["strengths"] in text and SECTIONS["shortcomings"] in text
    description, department, due = ACTIONS[0]
    assert has_row(found, ["1", description])
    assert names.department(department) in text and due.isoformat() in text
    assert f"signed off by {SIGNER}" in text


def test_the_chinese_aar_says_the_ratings_in_chinese(drill: Written, out: Path) -> None:
    drill_report.build(drill.facts, drill.review, "zh", out)
    text = squashed("\n".join(pages(out)))
    for expected in (
        "演练总结评估报告及改进计划",
        "演练概况",
        "参演部门",
        "客户服务部、技术支持部、市场部",
        "S：完成，遇到一些困难",
        "P：顺利完成，未遇到困难",
        "M：完成，遇到重大困难",
        "U未能完成",  # the scale, explained in full
        "对外沟通",  # a capability named in words is printed as written
        "附录A：演练时间线",
        "宣布演练，级别一般",
        *(task.title_zh for task in drill.facts.tasks),
    ):
        assert squashed(expected) in text, expected


def test_a_drill_without_objectives_or_ratings_says_so(drill: Written, out: Path) -> None:
    from dataclasses import replace

    bare = replace(drill.review, objectives=(), ratings=(), actions=())
    drill_report.build(drill.facts, bare, "en", out)
    text = "\n".join(pages(out))
    assert "No objectives were written." in text
    assert "No ratings were given." in text
    assert "No improvement actions were decided." in text
