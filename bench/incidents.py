"""Measure the incident service where a command group waits on it: declaring an incident with 300
tasks, and reading the command board of an incident with 1,000 tasks and 10,000 timeline events.

Run: ``.venv/bin/python bench/incidents.py [RUNS] [DATABASE_URL]`` (default: a new SQLite file).
Not a test: speed figures are reported as ratios to a floor measured in the same run, on the same
database — the floor is one read transaction that runs ``SELECT 1`` (what any service call costs
before it does anything). Targets from issue 3: declare ≤ 150 ms, board ≤ 50 ms.

The plans are generated (tasks spread over five departments and four phases, timed in minutes,
hours and working days). The board's incident gets its timeline through the service where that is
quick (400 ticks, 300 notes, 40 progress reports, 200 figures) and the rest as notes inserted in
bulk, so that the events table holds 10,000 rows for it, and as many again for another incident.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, select, text

from commandpost.incident.workdays import CHINA
from commandpost.plan.loader import load_plan_file
from commandpost.services.incidents import IncidentService
from commandpost.services.plans import PlanLibrary
from commandpost.store.engine import Database
from commandpost.store.incident_models import IncidentEvent, IncidentTask
from commandpost.store.schema import open_database

DEPARTMENTS = ("customer_service", "technical_support", "marketing", "hr_admin", "logistics")
PHASES = ("activation", "execution", "monitoring", "closure")
LIMITS = ("15 min", "30 min", "2 h", "4 h", "1 d", "1 wd", "3 wd")
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=CHINA)  # a Monday; working days are known around it


def plan_yaml(plan_id: str, tasks: int) -> str:
    lines = [
        "format: 1",
        f"id: {plan_id}",
        "version: 1",
        f"title: {{zh: 压测预案{tasks}, en: Bench plan {tasks}}}",
        "scope: {zh: 压测, en: Bench}",
        "source: {document: bench, title: {zh: 压测, en: Bench}}",
        "command_group: {name: {zh: 应急领导小组, en: Command group}}",
        "departments:",
    ]
    for key in DEPARTMENTS:
        lines.append(
            f"  - {{key: {key}, name: {{zh: {key}部, en: {key}}}, "
            "head: {role: {zh: 经理, en: Manager}}}"
        )
    lines += [
        "categories:",
        "  - {key: surge, name: {zh: 激增, en: Surge}}",
        "levels:",
        "  - {key: general, rank: 1, name: {zh: 一般, en: General}, colour: '#2E7D32', "
        "criteria: {zh: 轻, en: Light}}",
        "  - {key: major, rank: 2, name: {zh: 较大, en: Major}, colour: '#EF6C00', "
        "criteria: {zh: 重, en: Heavy}}",
        "phases:",
        *(f"  - {{key: {p}, name: {{zh: {p}, en: {p}}}}}" for p in PHASES),
        "tasks:",
    ]
    for n in range(tasks):
        due = (
            ""
            if n % 8 == 7
            else f", due: {{within: {LIMITS[n % len(LIMITS)]}, from: "
            + ("phase}" if n % 3 == 0 else "declaration}")
        )
        lines.append(
            f"  - {{key: t-{n:04d}, department: {DEPARTMENTS[n % len(DEPARTMENTS)]}, "
            f"phase: {PHASES[n % len(PHASES)]}, levels: all, "
            f"title: {{zh: 任务{n}, en: Task {n}}}{due}}}"
        )
    lines += [
        "figures:",
        "  - {key: waiting, name: {zh: 排队, en: Waiting}, unit: {zh: 人, en: people}}",
        "drills: {every: 1 y}",
        "review: {every: 1 y}",
    ]
    return "\n".join(lines) + "\n"


def median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def install(db: Database, folder: Path, plan_id: str, tasks: int) -> None:
    path = folder / f"{plan_id}.yaml"
    path.write_text(plan_yaml(plan_id, tasks), encoding="utf-8")
    library = PlanLibrary(db, lambda: NOW)
    library.import_plan(load_plan_file(path), "bench")
    library.approve(plan_id, 1, "bench")


def busy_incident(service: IncidentService, db: Database, events: int) -> int:
    """An incident with 1,000 tasks whose timeline holds ``events`` entries."""
    incident = service.declare("bench-1000", "surge", "general", "Busy", "lead").id
    with db.read() as session:
        ids = session.scalars(select(IncidentTask.id).where(IncidentTask.incident_id == incident))
        task_ids = list(ids)
    for task_id in task_ids[:400]:
        service.tick(task_id, "liaison", note="done")
    for task_id in task_ids[400:700]:
        service.add_note(task_id, "liaison", "working on it")
    for n in range(40):
        report = service.send_report(incident, DEPARTMENTS[n % 5], "liaison", "a", "b", "")
        if n % 2:
            service.acknowledge_report(report.id, "lead")
    for n in range(200):
        service.record_figure(incident, "waiting", float(n), "monitor")
    with db.read() as session:
        written = session.scalar(
            select(text("count(*)"))
            .select_from(IncidentEvent)
            .where(IncidentEvent.incident_id == incident)
        )
    rows = [
        {
            "incident_id": incident,
            "at": NOW - timedelta(seconds=events - n),
            "actor": "liaison",
            "kind": "task_note",
            "task_id": task_ids[n % len(task_ids)],
            "data": {"key": f"t-{n % 1000:04d}", "text": f"note {n}"},
        }
        for n in range(events - int(written or 0))
    ]
    # another incident's timeline in the same table, so the index has to pick this one's rows
    other = service.declare("bench-300", "surge", "general", "Other", "lead").id
    with db.write() as session:
        session.execute(insert(IncidentEvent), rows)
        session.execute(
            insert(IncidentEvent),
            [{**row, "incident_id": other, "task_id": None} for row in rows],
        )
    return incident


def main(runs: int = 15, url: str | None = None) -> None:
    with tempfile.TemporaryDirectory() as folder:
        measure(runs, Path(folder), url)


def measure(runs: int, folder: Path, url: str | None) -> None:
    db = open_database(url or f"sqlite:///{folder / 'bench.sqlite3'}")
    install(db, folder, "bench-300", 300)
    install(db, folder, "bench-1000", 1000)
    service = IncidentService(db, lambda: NOW)

    def floor() -> None:
        with db.read() as session:
            session.execute(text("SELECT 1")).scalar_one()

    declare_cold = median_ms(
        lambda: IncidentService(db, lambda: NOW).declare(
            "bench-300", "surge", "major", "Cold", "lead"
        ),
        3,
    )
    declared = median_ms(
        lambda: service.declare("bench-300", "surge", "major", "Surge", "lead"), runs
    )
    incident = busy_incident(service, db, 10_000)
    board = service.board(incident)
    assert len(board.tasks) == 1000 and len(board.events) == 200, (
        len(board.tasks),
        len(board.events),
    )
    board_cold = median_ms(lambda: IncidentService(db, lambda: NOW).board(incident), 3)
    board_ms = median_ms(lambda: service.board(incident), runs * 2)
    floor_ms = median_ms(floor, runs * 20)

    backend = "SQLite" if db.is_sqlite else db.engine.dialect.name
    print(f"{backend}, median of {runs} runs (board: {runs * 2})")
    print(f"floor: SELECT 1 in a read transaction       {floor_ms:7.2f} ms")
    for what, value, target in (
        ("declare, 300 tasks", declared, 150),
        ("declare, 300 tasks, new service (parses plan)", declare_cold, 150),
        ("board, 1,000 tasks, 10,000 events", board_ms, 50),
        ("board, same, new service (parses plan)", board_cold, 50),
    ):
        verdict = "ok" if value <= target else "OVER TARGET"
        print(
            f"{what + ':':<47}{value:7.2f} ms  {value / floor_ms:7.1f}x floor  "
            f"(target ≤ {target} ms: {verdict})"
        )
    db.dispose()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 15, sys.argv[2] if len(sys.argv) > 2 else None)
