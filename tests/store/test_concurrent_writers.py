"""Twenty desktops working one incident's tasks at once lose no update and record every change
exactly once: in the timeline, in the audit trail (whose chain still verifies), and in the
tasks' final states.

Each worker is an OS process (``store/concurrent_worker.py``) forked from a server that imported
CommandPost once, so that twenty processes start in well under a second; each has its own
database connections, as a desktop does. They start together and send their changes with the
version they read; a refusal ("changed meanwhile") makes them read again and decide again.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import Counter, defaultdict
from typing import Any

from sqlalchemy import select

from commandpost.services.audit import AuditService
from commandpost.services.incidents import IncidentService
from commandpost.services.plans import PlanLibrary
from commandpost.store.audit_models import AuditEntry
from commandpost.store.engine import Database
from commandpost.store.incident_models import IncidentEvent, IncidentTask
from incident_support import PLAN_ID, incident_plan
from store.concurrent_worker import CHANGES_THE_TASK, KINDS, Done, Outcome, run

WORKERS = 20
TASKS = 40
"""Shared by every worker: they collide often enough (a few hundred times a run) without
spending the run on little else."""
OPERATIONS = {"postgresql": 200, "sqlite": 20}
"""Accepted operations per worker in the suite: the full 20 × 200 on PostgreSQL, the shared server
of an office. Every change to one incident waits for the one before it (the incident's row lock;
on SQLite, the file's write lock), so a run takes about as many times a change's ≈ 15 ms as there
are operations: 20 × 200 takes about two minutes on two cores (60 s on SQLite, which one desktop
alone uses, so it runs smaller here). ``COMMANDPOST_WRITER_OPERATIONS=N`` sets both scales."""


def operations_per_worker(backend: str) -> int:
    chosen = os.environ.get("COMMANDPOST_WRITER_OPERATIONS", "").strip()
    return int(chosen) if chosen else OPERATIONS[backend]


def run_workers(url: str, operations: int, incident_id: int, task_ids: list[int]) -> list[Outcome]:
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["store.concurrent_worker", "commandpost.services.incidents"])
    start = context.Barrier(WORKERS)
    outcomes: Any = context.Queue()
    workers = [
        context.Process(
            target=run,
            args=(outcomes, url, n, operations, incident_id, task_ids, start),
            daemon=True,
        )
        for n in range(WORKERS)
    ]
    for process in workers:
        process.start()
    try:
        # about two minutes on an idle two-core machine; the limit only stops a hung run
        found = [outcomes.get(timeout=600) for _ in workers]
    finally:
        for process in workers:
            process.join(timeout=30)
            if process.is_alive():
                process.kill()
    failures = [f for f in found if isinstance(f, str)]
    assert not failures, failures[0]
    return sorted(found, key=lambda o: o.worker)


def test_twenty_processes_working_shared_tasks_lose_no_update_and_record_each_once(
    database: Database, backend: str
) -> None:
    library = PlanLibrary(database)
    library.import_plan(incident_plan(), "admin")
    library.approve(PLAN_ID, 1, "lead")
    service = IncidentService(database)
    incident = service.declare(PLAN_ID, "system_failure", "critical", "Everything", "lead")
    for number in range(TASKS - len(service.tasks(incident.id))):
        service.add_task(incident.id, "customer_service", f"Call back list {number}", "lead")
    task_ids = [t.id for t in service.tasks(incident.id)]
    assert len(task_ids) == TASKS
    operations = operations_per_worker(backend)

    outcomes = run_workers(database.url, operations, incident.id, task_ids)

    done = [d for o in outcomes for d in o.done]
    assert len(done) == WORKERS * operations
    assert sum(o.refused for o in outcomes) > 0  # they did collide, and were told so
    by_mark = {d.mark: d for d in done}
    assert len(by_mark) == len(done)
    with database.read() as session:
        E = IncidentEvent
        events = session.execute(
            select(E.id, E.kind, E.task_id, E.actor, E.data)
            .where(E.incident_id == incident.id, E.kind.in_(KINDS.values()))
            .order_by(E.id)
        ).all()
        T = IncidentTask
        final = {
            row.id: row
            for row in session.execute(
                select(T.id, T.status, T.assignee, T.done_by, T.row_version).where(
                    T.id.in_(task_ids)
                )
            )
        }
        trail = session.execute(
            select(AuditEntry.table_name, AuditEntry.row_id, AuditEntry.action)
        ).all()

    # The timeline: every accepted operation exactly once, nothing from a refused one.
    marks = [_mark(e) for e in events]
    assert Counter(marks) == Counter(by_mark.keys())
    for event in events:
        accepted = by_mark[_mark(event)]
        assert (event.kind, event.task_id, event.actor) == (
            KINDS[accepted.operation],
            accepted.task_id,
            f"w{accepted.worker}",
        )

    # The audit trail: each entry once, each change of a task once, and the chain intact.
    inserted = Counter(
        row_id
        for table, row_id, action in trail
        if (table, action) == ("incident_events", "insert")
    )
    assert all(inserted[str(e.id)] == 1 for e in events)
    task_updates = Counter(
        row_id for table, row_id, action in trail if (table, action) == ("incident_tasks", "update")
    )
    changes = _changes_by_task(done)
    assert {int(t): n for t, n in task_updates.items()} == {t: len(c) for t, c in changes.items()}
    assert AuditService(database).verify().ok

    # The tasks: versions 2, 3, … with none missing or repeated, and the last change standing.
    event_of = {_mark(e): e.id for e in events}
    for task_id, changed in changes.items():
        assert [d.version for d in changed] == list(range(2, len(changed) + 2))
        assert [event_of[d.mark] for d in changed] == sorted(event_of[d.mark] for d in changed)
        task, last = final[task_id], changed[-1]
        assert task.row_version == last.version
        expected = {"tick": "done", "reopen": "open"}
        states = [d for d in changed if d.operation in expected]
        # a task only noted and assigned (it happens by chance) is still open, as declared
        assert task.status == (expected[states[-1].operation] if states else "open")
        assigned = [d for d in changed if d.operation == "assign"]
        assert task.assignee == (assigned[-1].mark if assigned else None)
        if task.status == "done":
            assert task.done_by == f"w{states[-1].worker}"


def _mark(event: Any) -> str:
    data = event.data
    return str(data.get("note") or data.get("reason") or data.get("person") or data.get("text"))


def _changes_by_task(done: list[Done]) -> dict[int, list[Done]]:
    """The accepted operations that changed each task row, in the order of the versions they
    made."""
    changes: dict[int, list[Done]] = defaultdict(list)
    for d in done:
        if d.operation in CHANGES_THE_TASK:
            changes[d.task_id].append(d)
    return {task: sorted(found, key=lambda d: d.version) for task, found in changes.items()}
