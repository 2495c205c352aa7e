"""Measure the reminder engine where it matters: rebuilding the schedule from 10,000 open deadlines
across 50 incidents, how late an alert fires after its due time, and the CPU an idle app with that
schedule uses.

Run: ``.venv/bin/python bench/alerts.py [DATABASE_URL]`` (default: a new SQLite file). Not a test.
Each figure is printed with a floor measured in the same run:
- rebuild: one pass of the engine (read every open deadline, work out what has come and when the
  next moment is) against reading the same 10,000 task rows bare; target ≤ 200 ms;
- firing: from an alert's due time to the engine handing it over, against a bare APScheduler date
  job's own lateness; target ≤ 1 s;
- idle CPU: the process's CPU time over 20 s with the engine running on that schedule (a change
  check every 2 s), against the same process with a bare scheduler; target < 2 %.

Everything runs on the real clock: the incidents are declared now, with limits from 15 minutes to
three working days, so nothing falls due during the idle measurement.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from commandpost.plan.loader import load_plan_text
from commandpost.services.alert_records import AlertInfo
from commandpost.services.alerts import AlertService
from commandpost.services.incidents import IncidentService
from commandpost.services.plans import PlanLibrary
from commandpost.services.reminder_engine import ReminderEngine
from commandpost.store.engine import Database
from commandpost.store.incident_models import IncidentTask
from commandpost.store.schema import open_database

DEPARTMENTS = ("customer_service", "technical_support", "marketing", "hr_admin", "logistics")
LIMITS = ("15 min", "30 min", "2 h", "4 h", "1 d", "1 wd", "3 wd")
INCIDENTS, TASKS = 50, 200
IDLE_SECONDS = 20.0
FIRINGS = 5


def plan_yaml(plan_id: str, limits: tuple[str, ...], tasks: int) -> str:
    lines = [
        "format: 1",
        f"id: {plan_id}",
        "version: 1",
        f"title: {{zh: 压测预案{plan_id}, en: Bench plan {plan_id}}}",
        "scope: {zh: 压测, en: Bench}",
        "source: {document: bench, title: {zh: 压测, en: Bench}}",
        "command_group: {name: {zh: 应急领导小组, en: Command group}}",
        "departments:",
        *(
            f"  - {{key: {k}, name: {{zh: {k}部, en: {k}}}, "
            "head: {role: {zh: 经理, en: Head}}}"
            for k in DEPARTMENTS
        ),
        "categories: [{key: surge, name: {zh: 激增, en: Surge}}]",
        "levels:",
        "  - {key: general, rank: 1, name: {zh: 一般, en: General}, colour: '#2E7D32', "
        "criteria: {zh: 轻, en: Light}, report_every: 2 h}",
        "phases: [{key: activation, name: {zh: 启动, en: Activation}}]",
        "escalation:",
        "  - key: chain",
        "    name: {zh: 逐级上报, en: Escalate}",
        "    steps: [{after: 10 min, to: department_head}, {after: 30 min, to: command_group}]",
        "default_escalation: chain",
        "tasks:",
    ]
    for n in range(tasks):
        lines.append(
            f"  - {{key: t-{n:04d}, department: {DEPARTMENTS[n % len(DEPARTMENTS)]}, "
            f"phase: activation, levels: all, title: {{zh: 任务{n}, en: Task {n}}}, "
            f"due: {{within: {limits[n % len(limits)]}, from: declaration}}}}"
        )
    lines += ["drills: {every: 1 y}", "review: {every: 1 y}"]
    return "\n".join(lines) + "\n"


def install(db: Database, plan_id: str, limits: tuple[str, ...], tasks: int) -> None:
    library = PlanLibrary(db)
    plan = load_plan_text(plan_yaml(plan_id, limits, tasks), f"{plan_id}.yaml")
    library.import_plan(plan, "bench")
    library.approve(plan_id, 1, "bench")


def median_ms(action: object, runs: int) -> tuple[float, float]:
    assert callable(action)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def bare_scheduler_lateness() -> float:
    """How late a bare APScheduler date job runs after its time, in ms (median of a few)."""
    from apscheduler.schedulers.background import BackgroundScheduler

    scheduler = BackgroundScheduler(timezone=UTC)
    scheduler.start()
    late: list[float] = []
    for _ in range(FIRINGS):
        ran = threading.Event()
        at = datetime.now(UTC).timestamp() + 0.5

        def job(at: float = at, ran: threading.Event = ran) -> None:
            late.append((time.time() - at) * 1000)
            ran.set()

        scheduler.add_job(job, "date", run_date=datetime.fromtimestamp(at, UTC))
        ran.wait(5)
    scheduler.shutdown()
    return statistics.median(late)


def cpu_percent(seconds: float) -> float:
    start_cpu, start = time.process_time(), time.perf_counter()
    threading.Event().wait(seconds)
    return 100 * (time.process_time() - start_cpu) / (time.perf_counter() - start)


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="commandpost-bench-"))
    url = sys.argv[1] if len(sys.argv) > 1 else f"sqlite:///{folder / 'bench.sqlite3'}"
    db = open_database(url)
    install(db, "bench-load", LIMITS, TASKS)
    install(db, "bench-now", ("3 s",), 1)
    incidents = IncidentService(db)
    for n in range(INCIDENTS):
        incidents.declare("bench-load", "surge", "general", f"Load {n}", "bench")
    with db.read() as session:
        open_rows = session.execute(
            select(IncidentTask.id).where(IncidentTask.status == "open")
        ).all()
    print(f"{len(open_rows):,} open deadlines across {INCIDENTS} incidents on {db!r}")

    # --- rebuild ---
    def bare_read() -> None:
        with db.read() as session:
            session.execute(
                select(IncidentTask.id, IncidentTask.due_at).where(IncidentTask.status == "open")
            ).all()

    floor, _ = median_ms(bare_read, 7)
    cold_service = AlertService(db)
    cold, _ = median_ms(cold_service.fire, 1)  # reads the plan rules too
    heard: list[tuple[float, AlertInfo]] = []
    arrived = threading.Event()

    def on_alerts(alerts: list[AlertInfo]) -> None:
        now = time.time()
        heard.extend((now, a) for a in alerts)
        arrived.set()

    engine = ReminderEngine(AlertService(db), on_alerts)
    warm, worst = median_ms(engine.run_pass, 7)
    print(f"floor: reading the {len(open_rows):,} task rows bare: {floor:.1f} ms")
    print(
        f"rebuild (one engine pass): {warm:.1f} ms median, {worst:.1f} ms worst "
        f"= {warm / floor:.1f}× the floor (first pass, reading plan rules: {cold:.1f} ms) "
        f"[target ≤ 200 ms]"
    )

    firing(engine, incidents, heard, arrived)
    idle(engine, len(open_rows))
    db.dispose()


def firing(
    engine: ReminderEngine,
    incidents: IncidentService,
    heard: list[tuple[float, AlertInfo]],
    arrived: threading.Event,
) -> None:
    """Tasks due three seconds after they are declared, on an engine running on the big
    schedule: how long after the due time the engine hands the alert over."""
    engine.start()
    lateness = []
    for n in range(FIRINGS):
        arrived.clear()
        heard.clear()
        incident = incidents.declare("bench-now", "surge", "general", f"Now {n}", "bench")
        (task,) = incidents.tasks(incident.id)
        assert task.due_at is not None
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            arrived.wait(0.5)
            arrived.clear()
            due = [(t, a) for t, a in heard if a.kind == "due" and a.task_id == task.id]
            if due:
                lateness.append((due[0][0] - task.due_at.timestamp()) * 1000)
                break
        else:
            raise SystemExit(f"the due alert of task {task.id} never came")
        incidents.tick(task.id, "bench")  # stops its chain: nothing fires while idle
    bare = bare_scheduler_lateness()
    print(f"floor: a bare APScheduler date job runs {bare:.1f} ms after its time")
    print(
        f"firing: the engine hands an alert over {statistics.median(lateness):.0f} ms median, "
        f"{max(lateness):.0f} ms worst after its due time "
        f"= {statistics.median(lateness) / max(bare, 0.1):.0f}× the floor [target ≤ 1000 ms]"
    )


def idle(engine: ReminderEngine, deadlines: int) -> None:
    engine.rebuild()
    threading.Event().wait(1)
    with_engine = cpu_percent(IDLE_SECONDS)
    engine.stop()
    from apscheduler.schedulers.background import BackgroundScheduler

    bare_scheduler = BackgroundScheduler(timezone=UTC)
    bare_scheduler.add_job(lambda: None, "interval", seconds=2)
    bare_scheduler.start()
    without = cpu_percent(IDLE_SECONDS)
    bare_scheduler.shutdown()
    print(f"floor: idle with a bare scheduler ticking every 2 s: {without:.2f} % CPU")
    print(
        f"idle with the engine on {deadlines:,} deadlines: {with_engine:.2f} % CPU "
        f"= {with_engine / max(without, 0.01):.1f}× the floor [target < 2 %]"
    )


if __name__ == "__main__":
    main()
