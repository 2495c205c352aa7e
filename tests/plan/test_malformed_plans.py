"""Every malformed plan gets an error that names the file, the line, the field and what was
expected — and never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from commandpost.plan.loader import PlanFileError, load_plan_file, load_plan_text

MINIMAL = (Path(__file__).parent.parent / "data" / "minimal.yaml").read_text(encoding="utf-8")


def _line_of(text: str, fragment: str) -> int:
    """The line on which ``fragment`` (which may span lines) first starts."""
    assert fragment in text, f"{fragment!r} not in the text"
    return text[: text.index(fragment)].count("\n") + 1


def _broken(old: str, new: str) -> str:
    assert old in MINIMAL, old
    return MINIMAL.replace(old, new, 1)


# (case id, broken text, fragment of the line the error must name, field path, words in message)
CASES = [
    (
        "yaml-syntax",
        _broken(
            "title: {zh: 最小预案, en: Minimal plan}", "title: {zh: 最小预案, en: Minimal plan"
        ),
        "scope:",
        "",
        "not valid YAML",
    ),
    (
        "yaml-bad-indent",
        _broken("  - key: technical_support", "   - key: technical_support"),
        "   - key: technical_support",
        "",
        "not valid YAML",
    ),
    (
        "yaml-duplicate-key",
        _broken("version: 1\n", "version: 1\nversion: 2\n"),
        "version: 2",
        "",
        "duplicate key",
    ),
    ("not-a-mapping", "- just\n- a list\n", "- just", "", "expected a plan"),
    ("empty-file", "# nothing here\n", "# nothing here", "", "empty"),
    (
        "missing-id",
        _broken("id: minimal-plan\n", ""),
        "format: 1",
        "id",
        "required field is missing",
    ),
    (
        "missing-nested-field",
        _broken("    name: {zh: 技术支持部, en: Technical Support}\n", ""),
        "  - key: technical_support",
        "departments[1].name",
        "required field is missing",
    ),
    (
        "missing-english",
        _broken("scope: {zh: 测试用, en: For tests}", "scope: {zh: 测试用}"),
        "scope:",
        "scope.en",
        "required field is missing",
    ),
    (
        "text-not-bilingual",
        _broken("title: {zh: 最小预案, en: Minimal plan}", "title: Minimal plan"),
        "title: Minimal plan",
        "title",
        "both languages",
    ),
    (
        "empty-text",
        _broken("en: For tests}", "en: '  '}"),
        "scope:",
        "scope.en",
        "must not be empty",
    ),
    (
        "unknown-field",
        _broken(
            "scope: {zh: 测试用, en: For tests}", "scope: {zh: 测试用, en: For tests}\nowner: me"
        ),
        "owner: me",
        "owner",
        "unknown field 'owner'",
    ),
    (
        "unknown-nested-field",
        _broken("    rank: 2\n", "    rank: 2\n    severity: high\n"),
        "severity: high",
        "levels[1].severity",
        "unknown field",
    ),
    (
        "version-as-text",
        _broken("version: 1", 'version: "one"'),
        'version: "one"',
        "version",
        "whole number",
    ),
    ("version-zero", _broken("version: 1", "version: 0"), "version: 0", "version", "≥ 1"),
    ("wrong-format", _broken("format: 1", "format: 2"), "format: 2", "format", "plan format 1"),
    (
        "bad-id",
        _broken("id: minimal-plan", "id: Minimal Plan!"),
        "id: Minimal Plan!",
        "id",
        "a key",
    ),
    (
        "unknown-department",
        _broken("department: technical_support", "department: sales"),
        "department: sales",
        "tasks[1].department",
        "unknown department 'sales'",
    ),
    (
        "undefined-phase",
        _broken("phase: execution", "phase: closure"),
        "phase: closure",
        "tasks[1].phase",
        "unknown phase 'closure'",
    ),
    (
        "unknown-level-in-task",
        _broken("levels: [major]", "levels: [critical]"),
        "levels: [critical]",
        "tasks[1].levels[0]",
        "unknown level 'critical'",
    ),
    (
        "unknown-category-in-task",
        _broken("categories: [system_failure]", "categories: [fire]"),
        "categories: [fire]",
        "tasks[1].categories[0]",
        "unknown category 'fire'",
    ),
    (
        "levels-not-list",
        _broken("levels: all", "levels: everyone"),
        "levels: everyone",
        "tasks[0].levels",
        "expected 'all' or a non-empty list",
    ),
    (
        "negative-time-limit",
        _broken("within: 15 min", "within: -15 min"),
        "within: -15 min",
        "tasks[0].due.within",
        "expected a duration",
    ),
    (
        "zero-time-limit",
        _broken("within: 15 min", "within: 0 min"),
        "within: 0 min",
        "tasks[0].due.within",
        "positive",
    ),
    (
        "unparsable-time-limit",
        _broken("within: 3 wd", "within: three days"),
        "within: three days",
        "tasks[1].due.within",
        "expected a duration",
    ),
    (
        "unknown-time-unit",
        _broken("within: 3 wd", "within: 3 weeks"),
        "within: 3 weeks",
        "tasks[1].due.within",
        "wd (working days)",
    ),
    (
        "time-limit-as-number",
        _broken("within: 15 min", "within: 15"),
        "within: 15",
        "tasks[0].due.within",
        "expected a duration",
    ),
    (
        "due-from-unknown",
        _broken("from: declaration}", "from: warning}"),
        "from: warning}",
        "tasks[0].due.from",
        "'declaration' or 'phase'",
    ),
    (
        "duplicate-task-key",
        _broken("  - key: ts-restore", "  - key: cs-answer"),
        "  - key: cs-answer\n    department: technical_support",
        "tasks[1].key",
        "duplicate key 'cs-answer'",
    ),
    (
        "duplicate-department-key",
        _broken("  - key: technical_support", "  - key: customer_service"),
        "  - key: customer_service\n    name: {zh: 技术",
        "departments[1].key",
        "duplicate key",
    ),
    (
        "levels-out-of-order",
        _broken("    rank: 2\n", "    rank: 1\n"),
        "    rank: 1\n    name: {zh: 较大",
        "levels[1].rank",
        "expected rank 2",
    ),
    (
        "rank-as-text",
        _broken("    rank: 2\n", "    rank: second\n"),
        "rank: second",
        "levels[1].rank",
        "whole number",
    ),
    (
        "bad-colour",
        _broken('colour: "#EF6C00"', "colour: orange"),
        "colour: orange",
        "levels[1].colour",
        "#RRGGBB",
    ),
    (
        "bad-report-cadence",
        _broken("report_every: 2 h", "report_every: often"),
        "report_every: often",
        "levels[1].report_every",
        "expected a duration",
    ),
    (
        "no-departments",
        _broken(
            MINIMAL[MINIMAL.index("departments:") : MINIMAL.index("categories:")],
            "departments: []\n",
        ),
        "departments: []",
        "departments",
        "at least 1",
    ),
    (
        "departments-not-list",
        _broken(
            MINIMAL[MINIMAL.index("departments:") : MINIMAL.index("categories:")],
            "departments: customer service\n",
        ),
        "departments: customer service",
        "departments",
        "expected a list",
    ),
    (
        "unknown-escalation-target",
        _broken("to: department_head}", "to: boss}"),
        "to: boss}",
        "escalation[0].steps[0].to",
        "'department_head' or 'command_group'",
    ),
    (
        "unknown-default-escalation",
        _broken("default_escalation: counterpart", "default_escalation: manager"),
        "default_escalation: manager",
        "default_escalation",
        "unknown escalation rule 'manager'",
    ),
    (
        "escalation-without-steps",
        _broken(
            "    steps:\n      - {after: 30 min, to: department_head}\n"
            "      - {after: 2 h, to: command_group}\n",
            "    steps: []\n",
        ),
        "steps: []",
        "escalation[0].steps",
        "at least 1",
    ),
    (
        "figure-warning-not-number",
        _broken("warning_at: 500", "warning_at: many"),
        "warning_at: many",
        "figures[0].warning_at",
        "expected a number",
    ),
    (
        "standard-bad-kind",
        _broken("kind: time_limit", "kind: rule"),
        "kind: rule",
        "standards[0].kind",
        "'time_limit'",
    ),
    (
        "drills-missing",
        _broken("drills: {every: 1 y}\n", ""),
        "format: 1",
        "drills",
        "required field is missing",
    ),
    (
        "review-in-working-days",
        _broken("review: {every: 1 y}", "review: {every: 20 wd}"),
        "review: {every: 20 wd}",
        "review.every",
        "not working days",
    ),
    (
        "phone-as-number",
        _broken('phone: "13800000000"', "phone: 13800000000"),
        "phone: 13800000000",
        "command_group.contacts[0].phone",
        "expected text",
    ),
]


@pytest.mark.parametrize(
    ("text", "line_fragment", "path", "words"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_malformed_plan_gets_a_located_error(
    text: str, line_fragment: str, path: str, words: str
) -> None:
    with pytest.raises(PlanFileError) as caught:
        load_plan_text(text, "plans/broken.yaml")
    problems = caught.value.problems
    assert problems, "at least one problem is reported"
    first = problems[0]
    assert first.file == "plans/broken.yaml"
    assert first.line == _line_of(text, line_fragment), str(first)
    assert first.path == path, str(first)
    assert words in str(first.message), str(first)
    assert "Traceback" not in str(caught.value)
    assert str(first).startswith(f"plans/broken.yaml:{first.line}: ")


def test_there_are_at_least_thirty_distinct_malformed_cases() -> None:
    assert len({c[0] for c in CASES}) >= 30
    assert len({c[1] for c in CASES}) == len(CASES), "each case breaks the plan differently"


def test_every_problem_in_a_file_is_reported_at_once() -> None:
    text = _broken("department: technical_support", "department: sales")
    text = text.replace("phase: activation\n    levels: all", "phase: nowhere\n    levels: all", 1)
    with pytest.raises(PlanFileError) as caught:
        load_plan_text(text, "x.yaml")
    paths = {p.path for p in caught.value.problems}
    assert {"tasks[0].phase", "tasks[1].department"} <= paths


def test_file_that_is_not_utf8_names_the_line(tmp_path: Path) -> None:
    bad = tmp_path / "gbk.yaml"
    bad.write_bytes(MINIMAL.encode("utf-8").replace("最小预案".encode(), "最小预案".encode("gbk")))
    with pytest.raises(PlanFileError) as caught:
        load_plan_file(bad)
    problem = caught.value.problems[0]
    assert problem.line == _line_of(MINIMAL, "最小预案")
    assert "UTF-8" in str(problem.message)


def test_missing_file_is_a_plain_error(tmp_path: Path) -> None:
    with pytest.raises(PlanFileError) as caught:
        load_plan_file(tmp_path / "nope.yaml")
    assert "cannot read file" in str(caught.value)


def test_the_minimal_plan_is_valid() -> None:
    loaded = load_plan_text(MINIMAL, "minimal.yaml")
    assert loaded.plan.id == "minimal-plan"
    assert [t.key for t in loaded.plan.tasks_for("technical_support", "general")] == []
    assert [t.key for t in loaded.plan.tasks_for("technical_support", "major")] == ["ts-restore"]
