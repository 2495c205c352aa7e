"""Measure the incident review PDF of a large response: 500 tasks and 5,000 timeline entries.

Run: ``.venv/bin/python bench/reports.py [RUNS]`` (default 3). Not a test: the report's time is
the median of the runs, shown with the median of a floor measured in the same run — a bare
ReportLab document holding only the same task table (a plain platypus ``Table`` of the same rows,
no header, no footer, no wrapping) — and their ratio. Target: the report ≤ 3 s.

The records are made directly (as the review service would return them), from the shipped
customer-service emergency plan: tasks spread over its departments and phases, most done, some
late, some never done; the timeline mixes ticks, notes, assignments, figures, progress reports,
level and phase changes.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from commandpost.assets import shipped_plan_files
from commandpost.incident.workdays import CHINA
from commandpost.plan.loader import load_plan_text
from commandpost.plan.model import Plan
from commandpost.reports import incident_review
from commandpost.reports.fonts import register
from commandpost.services.incident_records import (
    EventInfo,
    FigureValue,
    IncidentSummary,
    PhasePeriod,
    ReportInfo,
    TaskInfo,
)
from commandpost.services.review_facts import late_tasks, level_periods, timing
from commandpost.services.review_records import ReviewFacts, ReviewInfo

TASKS, EVENTS = 500, 5_000
START = datetime(2026, 3, 2, 9, 0, tzinfo=CHINA)
END = START + timedelta(hours=30)
PEOPLE = ("王芳", "李娜", "张伟", "赵强", "陈静", "liu.yang")
NOTES = (
    "已电话联系客户，客户同意延期处理。",
    "Waiting for the vendor's engineer; ETA 30 min.",
    "二线支援已到位，排队人数下降。",
    "Escalated to the duty manager after the second complaint.",
)


def plan() -> Plan:
    file = next(f for f in shipped_plan_files() if f.name == "customer-service-emergency.yaml")
    return load_plan_text(file.read_text(encoding="utf-8"), file.name).plan


def tasks(p: Plan) -> tuple[TaskInfo, ...]:
    out = []
    for n in range(TASKS):
        department = p.departments[n % len(p.departments)].key
        phase = p.phases[n % len(p.phases)].key
        due = START + timedelta(minutes=15 + 3 * n)
        kind = n % 10
        done_at = None if kind == 9 else due + timedelta(minutes=(20 if kind >= 7 else -5))
        out.append(
            TaskInfo(
                id=n + 1,
                incident_id=1,
                key=f"task-{n}",
                department=department,
                phase=phase,
                title_zh=f"第 {n} 项任务：核实受影响客户名单并回访",
                title_en=f"Task {n}: check the list of affected customers and call them back",
                detail_zh=None,
                detail_en=None,
                due_at=due,
                due_rule="30 min from declaration",
                status="open" if done_at is None else "done",
                done_at=done_at,
                done_by=None if done_at is None else PEOPLE[n % len(PEOPLE)],
                assignee=PEOPLE[(n + 1) % len(PEOPLE)],
                ad_hoc=False,
                row_version=2,
            )
        )
    order = {d.key: i for i, d in enumerate(p.departments)}
    return tuple(sorted(out, key=lambda t: order[t.department]))


def events(p: Plan, task_list: tuple[TaskInfo, ...]) -> tuple[EventInfo, ...]:
    out = [
        EventInfo(1, START, "张伟", "declared", None, {"level": "general", "tasks": TASKS}),
        EventInfo(
            2,
            START + timedelta(hours=2),
            "张伟",
            "level_raised",
            None,
            {"old_level": "general", "new_level": "major", "reason": "投诉量激增"},
        ),
    ]
    step = (END - START) / EVENTS
    for n in range(3, EVENTS + 1):
        at = START + step * n
        task = task_list[n % len(task_list)]
        who = PEOPLE[n % len(PEOPLE)]
        match n % 5:
            case 0:
                out.append(EventInfo(n, at, who, "task_done", task.id, {"key": task.key}))
            case 1:
                text = NOTES[n % len(NOTES)]
                out.append(
                    EventInfo(n, at, who, "task_note", task.id, {"key": task.key, "text": text})
                )
            case 2:
                out.append(EventInfo(n, at, who, "task_assigned", task.id, {"person": who}))
            case 3:
                data = {"key": "waiting_calls", "value": float(200 + n % 700)}
                out.append(EventInfo(n, at, who, "figure_recorded", None, data))
            case _:
                data = {"department": p.departments[n % len(p.departments)].key}
                out.append(EventInfo(n, at, who, "report_sent", None, data))
    out.append(
        EventInfo(EVENTS + 1, END, "张伟", "closed", None, {"reason": "恢复正常", "open_tasks": 50})
    )
    return tuple(out)


def facts() -> ReviewFacts:
    p = plan()
    task_list = tasks(p)
    timeline = events(p, task_list)
    incident = IncidentSummary(
        1,
        p.id,
        1,
        "全国客服热线大面积拥塞",
        "压测用",
        "system_failure",
        "major",
        "closure",
        False,
        "closed",
        START,
        "张伟",
        END,
        "张伟",
        "恢复正常",
        50,
        450,
        0,
    )
    phase_step = (END - START) / len(p.phases)
    phases = tuple(
        PhasePeriod(ph.key, START + phase_step * i, "张伟", START + phase_step * (i + 1))
        for i, ph in enumerate(p.phases)
    )
    figures = tuple(
        FigureValue(key, 100.0 + (n * 37) % 800, START + timedelta(minutes=20 * n), "王芳")
        for n in range(90)
        for key in ("waiting_calls",)
    )
    reports = tuple(
        ReportInfo(
            n,
            p.departments[n % len(p.departments)].key,
            START + timedelta(minutes=45 * n),
            "李娜",
            "已回访 120 位客户",
            "继续回访",
            "需要增派坐席" if n % 4 == 0 else "",
            None,
            None,
        )
        for n in range(40)
    )
    return ReviewFacts(
        incident=incident,
        plan=p,
        warning_raised_at=START - timedelta(minutes=12),
        time_to_activation=timedelta(minutes=12),
        levels=level_periods(timeline, END),
        phases=phases,
        departments=tuple(
            timing(d.key, [t for t in task_list if t.department == d.key], START, END)
            for d in p.departments
        ),
        overall=timing("", task_list, START, END),
        late_tasks=late_tasks(task_list, END),
        escalations=(),
        reports=reports,
        figures=figures,
        tasks=task_list,
        events=timeline,
        generated_at=END + timedelta(days=1),
    )


def review() -> ReviewInfo:
    at = END + timedelta(days=1)
    return ReviewInfo(
        1,
        1,
        1,
        "signed_off",
        "热线拥塞 30 小时。",
        "经过……",
        "响应及时。",
        "部分任务超时。",
        "增加坐席。",
        (),
        (),
        (),
        at,
        "张伟",
        at,
        "张伟",
        at,
        "王总",
        3,
    )


def bare_table(rows: list[list[str]], out: Path) -> None:
    """The floor: the same task rows in a plain platypus table, nothing else."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    font = register()
    table = Table(rows, repeatRows=1, style=TableStyle([("FONT", (0, 0), (-1, -1), font, 8.5)]))
    SimpleDocTemplate(str(out), pagesize=A4).build([table])


def median_time(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    register()
    data, written = facts(), review()
    rows = [["Task", "Phase", "Due", "Done", "Who", "Status"]] + [
        [t.title_en, t.phase, str(t.due_at), str(t.done_at), t.done_by or "", t.status]
        for t in data.tasks
    ]
    with tempfile.TemporaryDirectory() as folder:
        report_pdf, bare_pdf = Path(folder) / "review.pdf", Path(folder) / "bare.pdf"
        report = median_time(lambda: incident_review.build(data, written, "zh", report_pdf), runs)
        floor = median_time(lambda: bare_table(rows, bare_pdf), runs)
        from pypdf import PdfReader

        pages = len(PdfReader(report_pdf).pages)
        size = report_pdf.stat().st_size
    print(f"incident review, {TASKS} tasks and {EVENTS:,} timeline entries, median of {runs}:")
    print(f"  report      {report:6.2f} s  ({pages} pages, {size / 1024:.0f} KiB)  target ≤ 3 s")
    print(f"  bare table  {floor:6.2f} s  (the same {TASKS} task rows in a plain Table)")
    print(f"  ratio       {report / floor:6.1f} ×")


if __name__ == "__main__":
    main()
