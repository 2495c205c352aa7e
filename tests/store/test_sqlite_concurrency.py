"""Several desktops on one SQLite file: read-modify-write through Database.write() loses nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

from commandpost.store.engine import Database

WORKER = Path(__file__).with_name("increment_worker.py")
ROUNDS = 300


def test_two_processes_incrementing_one_counter_lose_no_update(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    database = Database(url)
    try:
        with database.write() as session:
            session.execute(text("CREATE TABLE counter (n INTEGER NOT NULL)"))
            session.execute(text("INSERT INTO counter VALUES (0)"))
        workers = [
            subprocess.Popen(
                [sys.executable, str(WORKER), url, str(ROUNDS)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            for _ in range(2)
        ]
        try:
            for worker in workers:
                assert worker.stdout is not None
                assert worker.stdout.readline().strip() == "ready"
            for worker in workers:
                assert worker.stdin is not None
                worker.stdin.write("go\n")
                worker.stdin.flush()
            outcomes = [worker.communicate(timeout=120) for worker in workers]
        finally:
            for worker in workers:
                if worker.poll() is None:
                    worker.kill()
                    worker.communicate(timeout=10)
        for worker, (_, errors) in zip(workers, outcomes, strict=True):
            assert worker.returncode == 0, errors
        with database.read() as session:
            assert session.execute(text("SELECT n FROM counter")).scalar_one() == 2 * ROUNDS
    finally:
        database.dispose()
