"""A second desktop in miniature: read a counter, add one, write it back, N times.

Run by test_sqlite_concurrency.py as its own OS process. It says "ready" once its imports are
done and waits for "go" on stdin, so both workers hammer the file at the same time.
"""

from __future__ import annotations

import sys

from sqlalchemy import text

from commandpost.store.engine import Database


def main(url: str, rounds: int) -> None:
    database = Database(url)
    try:
        with database.read() as session:  # connect (and set WAL) before the race starts
            session.execute(text("SELECT n FROM counter")).scalar_one()
        sys.stdout.write("ready\n")
        sys.stdout.flush()
        if sys.stdin.readline().strip() != "go":
            raise SystemExit("expected 'go' on stdin")
        for _ in range(rounds):
            with database.write() as session:
                seen = session.execute(text("SELECT n FROM counter")).scalar_one()
                session.execute(text("UPDATE counter SET n = :n"), {"n": seen + 1})
    finally:
        database.dispose()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
