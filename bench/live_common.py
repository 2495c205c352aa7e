"""What the live-sync benches share: a database to run on, an incident to change, percentiles,
and the floor they are compared with (the bare NOTIFY round trip, measured in the same run).

Kept free of Qt, so that the processes of ``live_many.py`` that simulate desktops start quickly.
"""

from __future__ import annotations

import select
import statistics
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
from sqlalchemy.engine import make_url

TESTS = Path(__file__).resolve().parent.parent / "tests"
if str(TESTS) not in sys.path:
    sys.path.insert(0, str(TESTS))

from incident_support import PLAN_ID, incident_plan  # noqa: E402
from pgcluster import PostgresCluster  # noqa: E402

__all__ = ["PLAN_ID", "conninfo", "database_url", "incident_plan", "percentiles", "quantile"]


def quantile(samples: list[float], q: float) -> float:
    """The ``q`` quantile (nearest rank) of ``samples``."""
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered)) - 1))]


def percentiles(samples: list[float], floor: list[float] | None = None) -> str:
    """p50 and p95 in milliseconds; with a floor, each also as a multiple of the floor's."""
    ms = [s * 1000 for s in samples]
    p50, p95 = statistics.median(ms), quantile(ms, 0.95)
    text = f"p50 {p50:7.2f} ms   p95 {p95:7.2f} ms"
    if floor:
        floor_ms = [s * 1000 for s in floor]
        f50, f95 = statistics.median(floor_ms), quantile(floor_ms, 0.95)
        text += f"   ({p50 / max(f50, 0.01):5.0f}× / {p95 / max(f95, 0.01):5.0f}× the floor)"
    return text


def conninfo(url: str) -> str:
    """A SQLAlchemy URL as libpq connection parameters."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@contextmanager
def database_url(argv: list[str], max_connections: int = 100) -> Iterator[str]:
    """The URL given on the command line, or a throwaway cluster started the way the test suite
    starts one (allowing ``max_connections``), removed afterwards."""
    if argv:
        yield argv[0]
        return
    cluster = PostgresCluster.start()
    try:
        if max_connections > 100:
            with psycopg.connect(conninfo(cluster.url("postgres")), autocommit=True) as admin:
                admin.execute(f"ALTER SYSTEM SET max_connections = {int(max_connections)}")
            cluster.restart()
        yield cluster.url(cluster.create_database())
    finally:
        cluster.stop()


def raw_round_trips(url: str, count: int) -> list[float]:
    """The floor: ``pg_notify`` on one autocommit connection to its arrival on another that waits
    on its socket, ``count`` times."""
    with (
        psycopg.connect(conninfo(url), autocommit=True) as sender,
        psycopg.connect(conninfo(url), autocommit=True) as listener,
    ):
        listener.execute("LISTEN bench")
        samples = []
        for number in range(count):
            started = time.perf_counter()
            sender.execute("SELECT pg_notify('bench', %s)", (str(number),))
            while True:
                select.select([listener.fileno()], [], [], 5)
                listener.pgconn.consume_input()
                if listener.pgconn.notifies() is not None:
                    break
            samples.append(time.perf_counter() - started)
        return samples
