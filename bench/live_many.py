"""Measure live sync to many desktops: 50 desktops listen on one PostgreSQL database while one
desktop ticks and reopens tasks of an incident 20 times a second.

Run: ``.venv/bin/python bench/live_many.py [POSTGRESQL_URL] [--desktops N] [--processes P]
[--rate PER_S] [--seconds S]`` (default: a throwaway cluster started the way the test suite starts
one, with room for the connections; 50 desktops in 5 processes, 20 changes a second for 15 s).
Not a test. Target: p95 ≤ 250 ms from the change to every desktop's model.

How a desktop is simulated: each is a thread with what a desktop's window has, on its own
connections: a :class:`~commandpost.store.changes.PostgresListener` (a real LISTEN connection)
and an :class:`~commandpost.services.incidents.IncidentService` on its own :class:`Database`.
It waits on the listener's socket; on a notification that concerns the incident it re-reads the
command board through the service, as the board window does, and keeps the new
:class:`~commandpost.services.incident_records.Board` (what the window's models are then set
from; the widgets themselves are not simulated). Notifications heard while a read is running are
answered by one more read after it, as the window's refresher does. The desktops run as threads
in a few processes (a real desktop is a process; fifty Python processes would only add start-up
time on two cores, while a single process would serialise all fifty on one interpreter lock).

Figures, over every (change, desktop) pair, p50 and p95:
- floor: the bare fan-out, the same desktops on the same connections hearing a bare
  ``pg_notify`` sent at the same rate, from the call to each desktop hearing it;
- board: the writing desktop's service call starting (tick or reopen, which commits) to each
  desktop holding a board that shows it.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import select
import statistics
import sys
import threading
import time
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # the repository: bench.*

from bench.live_common import (
    PLAN_ID,
    conninfo,
    database_url,
    incident_plan,
    percentiles,
    quantile,
)

FLOOR_CHANNEL = "bench_floor"
SETTLE_S = 30.0
"""How long a desktop waits, hearing nothing, before it gives up on the changes still missing."""


@dataclass(frozen=True)
class Setup:
    url: str
    incident_id: int
    mode: str  # "floor" or "board"
    changes: int


def newest_change(board: Any) -> int:
    """The number of the newest bench change a board shows (its timeline entries say ``#n``)."""
    for event in board.events:
        text = event.data.get("note") or event.data.get("reason") or ""
        if text.startswith("bench #"):
            return int(text[7:])
    return -1


@dataclass
class Seen:
    """What one desktop saw: (when, newest change shown) after each read; what its reads cost."""

    marks: list[tuple[float, int]] = field(default_factory=list)
    reads: int = 0
    client_cpu: float = 0.0  # this desktop's thread, during its reads
    server_cpu: float = 0.0  # the server process answering its reads


def backend_cpu(pid: int) -> float:
    """CPU seconds used so far by the server process ``pid`` (this machine's /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def desktop(setup: Setup, ready: threading.Barrier, seen: Seen) -> None:
    """One desktop: hear, re-read, keep the board; note when each change was first held."""
    import psycopg
    from sqlalchemy import text

    from commandpost.services.incidents import IncidentService
    from commandpost.store.changes import PostgresListener
    from commandpost.store.schema import open_database

    incident_id = setup.incident_id
    if setup.mode == "floor":
        connection = psycopg.connect(conninfo(setup.url), autocommit=True)
        connection.execute(f"LISTEN {FLOOR_CHANNEL}")
        ready.wait()
        last, quiet_since = -1, time.monotonic()
        while last < setup.changes - 1 and time.monotonic() - quiet_since < SETTLE_S:
            select.select([connection.fileno()], [], [], 1)
            connection.pgconn.consume_input()
            while (note := connection.pgconn.notifies()) is not None:
                last = max(last, int(note.extra.decode()))
                seen.marks.append((time.monotonic(), last))
                quiet_since = time.monotonic()
        connection.close()
        return
    database = open_database(setup.url)
    service = IncidentService(database)
    listener = PostgresListener(setup.url)
    assert listener.connect(), "the listener could not connect"
    with database.read() as session:  # one desktop reads on one pooled connection
        backend = int(session.execute(text("SELECT pg_backend_pid()")).scalar_one())
    board = service.board(incident_id)
    ready.wait()
    server_before = backend_cpu(backend)
    try:
        quiet_since = time.monotonic()
        while newest_change(board) < setup.changes - 1:
            fileno = listener.fileno()
            assert fileno is not None
            select.select([fileno], [], [], 1)
            changes = listener.drain()
            if any(c.incidents is None or incident_id in c.incidents for c in changes):
                cpu = time.thread_time()
                board = service.board(incident_id, previous=board)
                seen.client_cpu += time.thread_time() - cpu
                seen.reads += 1
                seen.marks.append((time.monotonic(), newest_change(board)))
                quiet_since = time.monotonic()
            elif time.monotonic() - quiet_since > SETTLE_S:
                break  # the writer is done and the last change never came: reported as missing
        seen.server_cpu = backend_cpu(backend) - server_before
    finally:
        listener.close()
        database.dispose()


def host(setup: Setup, count: int, pipe: Connection) -> None:
    """A process holding ``count`` desktops; says "ready", waits for "go", sends what it saw."""
    seen = [Seen() for _ in range(count)]
    ready = threading.Barrier(count + 1)
    threads = [
        threading.Thread(target=desktop, args=(setup, ready, seen[n]), daemon=True)
        for n in range(count)
    ]
    for thread in threads:
        thread.start()
    ready.wait()
    pipe.send("ready")
    for thread in threads:
        thread.join()
    pipe.send(seen)
    pipe.close()


@dataclass
class Written:
    """What the writing desktop did: when each call started, how long each took, its CPU."""

    started: list[float] = field(default_factory=list)
    took: list[float] = field(default_factory=list)
    client_cpu: float = 0.0
    server_cpu: float = 0.0


def write(setup: Setup, rate: float) -> Written:
    """Desktop A: ``setup.changes`` changes at ``rate`` a second, each a call to its service."""
    from sqlalchemy import text

    from commandpost.services.incidents import IncidentService
    from commandpost.store.schema import open_database

    database = open_database(setup.url)
    service = IncidentService(database)
    tasks = [t for t in service.tasks(setup.incident_id) if t.status == "open"]
    with database.read() as session:
        backend = int(session.execute(text("SELECT pg_backend_pid()")).scalar_one())
    done = Written()
    sender = None
    if setup.mode == "floor":
        import psycopg

        sender = psycopg.connect(conninfo(setup.url), autocommit=True)
    server, client = backend_cpu(backend), time.process_time()
    begin = time.monotonic()
    try:
        for number in range(setup.changes):
            wait = begin + number / rate - time.monotonic()
            if wait > 0:
                time.sleep(wait)  # the writer's pace; nothing waits here for a result
            task = tasks[(number // 2) % len(tasks)]
            at = time.monotonic()
            if sender is not None:
                sender.execute("SELECT pg_notify(%s, %s)", (FLOOR_CHANNEL, str(number)))
            elif number % 2 == 0:
                service.tick(task.id, "lead", note=f"bench #{number}")
            else:
                service.reopen(task.id, "lead", f"bench #{number}")
            done.started.append(at)
            done.took.append(time.monotonic() - at)
        done.client_cpu = time.process_time() - client
        done.server_cpu = backend_cpu(backend) - server
    finally:
        if sender is not None:
            sender.close()
        database.dispose()
    return done


def run(setup: Setup, desktops: int, processes: int, rate: float) -> list[float]:
    """Every (change, desktop) delay; says what the writer achieved and what the reads cost."""
    spawn = multiprocessing.get_context("spawn")
    share, extra = divmod(desktops, processes)
    pipes, children = [], []
    for number in range(processes):
        mine, theirs = spawn.Pipe()
        count = share + (1 if number < extra else 0)
        child = spawn.Process(target=host, args=(setup, count, theirs), daemon=True)
        child.start()
        pipes.append(mine)
        children.append(child)
    for pipe in pipes:
        if not pipe.poll(120) or pipe.recv() != "ready":
            raise SystemExit("a desktop process did not start")
    written = write(setup, rate)
    seen: list[Seen] = []
    for pipe in pipes:
        if not pipe.poll(SETTLE_S + 180):
            raise SystemExit("a desktop process did not finish")
        seen.extend(pipe.recv())
    for child in children:
        child.join(timeout=30)
    delays = []
    for one in seen:
        shown, marks = 0, one.marks
        for number, at in enumerate(written.started):
            while shown < len(marks) and marks[shown][1] < number:
                shown += 1
            if shown == len(marks):
                raise SystemExit(f"a desktop never showed change {number}")
            delays.append(marks[shown][0] - at)
    changes, started = len(written.started), written.started
    achieved = (changes - 1) / (started[-1] - started[0]) if changes > 1 else 0.0
    print(
        f"  {setup.mode}: the writer made {achieved:.1f} changes/s; its call p50 "
        f"{statistics.median(written.took) * 1000:.1f} ms, "
        f"p95 {quantile(written.took, 0.95) * 1000:.1f} ms"
    )
    reads = sum(one.reads for one in seen)
    if reads:
        client = sum(one.client_cpu for one in seen) / reads * 1000
        server = sum(one.server_cpu for one in seen) / reads * 1000
        print(
            f"  each desktop read {reads / len(seen) / changes:.2f} times per change "
            f"(the rest were heard during a read and answered by the next); "
            f"a read cost {client:.2f} ms CPU on the desktop and {server:.2f} ms on the server"
        )
        print(
            f"  a change cost the writer {written.client_cpu / changes * 1000:.2f} ms CPU on its "
            f"desktop and {written.server_cpu / changes * 1000:.2f} ms on the server"
        )
    return delays


def prepare(url: str) -> int:
    from commandpost.services.incidents import IncidentService
    from commandpost.services.plans import PlanLibrary
    from commandpost.store.schema import open_database

    database = open_database(url)
    try:
        library = PlanLibrary(database)
        library.import_plan(incident_plan(), "admin")
        library.approve(PLAN_ID, 1, "lead")
        service = IncidentService(database)
        return service.declare(PLAN_ID, "system_failure", "general", "Bench", "lead").id
    finally:
        database.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("url", nargs="?")
    parser.add_argument("--desktops", type=int, default=50)
    parser.add_argument("--processes", type=int, default=5)
    parser.add_argument("--rate", type=float, default=20.0)
    parser.add_argument("--seconds", type=float, default=15.0)
    options = parser.parse_args()
    connections = 2 * options.desktops + 20
    with database_url([options.url] if options.url else [], max_connections=connections) as url:
        incident = prepare(url)
        changes = int(options.rate * options.seconds)
        print(
            f"{options.desktops} desktops in {options.processes} processes, "
            f"{changes} changes at {options.rate:g}/s, {os.cpu_count()} cores"
        )
        layout = (options.desktops, options.processes, options.rate)
        floor = run(Setup(url, incident, "floor", changes), *layout)
        board = run(Setup(url, incident, "board", changes), *layout)
    pairs = f"{changes}×{options.desktops}"
    print(f"bare NOTIFY fan-out (floor), {pairs}:          {percentiles(floor)}")
    print(f"A's change → each desktop's board, {pairs}:    {percentiles(board, floor)}")
    print("target: p95 ≤ 250 ms")


if __name__ == "__main__":
    main()
