"""A desktop in miniature working the tasks of one incident as a person would, many at once.

Run by test_concurrent_writers.py in processes of its own (forked from a server that imported
CommandPost once). Each operation reads the task as it stands, picks something that suits its
state (tick or assign an open task, reopen a done one, or note either), and sends it with the
version it read. When the service says someone changed the task meanwhile, the worker reads it
again and decides again, as a user would after that message. Every operation carries a mark of
its own (``w3#17``) in its note, reason or assignee, so that the test can find it afterwards.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

KINDS = {
    "tick": "task_done",
    "reopen": "task_reopened",
    "assign": "task_assigned",
    "note": "task_note",
}
"""The timeline entry each operation writes."""

CHANGES_THE_TASK = frozenset({"tick", "reopen", "assign"})
"""Operations that change the task row (and so raise its version); a note only adds an entry."""


@dataclass(frozen=True)
class Done:
    """One operation the service accepted."""

    mark: str
    worker: int
    task_id: int
    operation: str
    version: int  # the task's row version after it


@dataclass(frozen=True)
class Outcome:
    worker: int
    done: list[Done]
    refused: int  # changed meanwhile: read again and decided again


def work(
    url: str, worker: int, operations: int, incident_id: int, task_ids: list[int], start: Any
) -> Outcome:
    """``operations`` accepted operations on the tasks ``task_ids`` of the incident, once
    ``start`` (a barrier) lets every worker go at once."""
    from commandpost.services.incidents import ChangedMeanwhileError, IncidentService
    from commandpost.store.engine import Database

    database = Database(url)
    service = IncidentService(database)
    chance = random.Random(worker)
    actor = f"w{worker}"
    done: list[Done] = []
    refused = 0
    try:
        start.wait()
        while len(done) < operations:
            mark = f"{actor}#{len(done)}"
            task_id = chance.choice(task_ids)
            while True:
                task = service.find_task(incident_id, str(task_id))
                if task.status == "open":
                    operation = chance.choice(("tick", "tick", "assign", "note"))
                else:
                    operation = chance.choice(("reopen", "reopen", "note"))
                try:
                    after = _send(service, operation, task.id, actor, mark, task.row_version)
                except ChangedMeanwhileError:
                    refused += 1
                    continue
                done.append(Done(mark, worker, task.id, operation, after.row_version))
                break
    finally:
        database.dispose()
    return Outcome(worker, done, refused)


def run(outcomes: Any, *args: Any) -> None:
    """:func:`work` in a process of its own: its outcome, or what went wrong, onto ``outcomes``."""
    try:
        outcomes.put(work(*args))
    except BaseException as error:  # reported by the test, with what went wrong
        outcomes.put(f"worker {args[1]} failed: {type(error).__name__}: {error}")


def _send(service: Any, operation: str, task_id: int, actor: str, mark: str, version: int) -> Any:
    if operation == "tick":
        return service.tick(task_id, actor, note=mark, expected_version=version)
    if operation == "reopen":
        return service.reopen(task_id, actor, mark, expected_version=version)
    if operation == "assign":
        return service.assign(task_id, actor, mark, expected_version=version)
    return service.add_note(task_id, actor, mark, expected_version=version)
