"""``commandpost audit verify | list | export`` on SQLite and PostgreSQL: verify's exit code and
the broken link it names, the entries listed and filtered, and the CSV export."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from sqlalchemy import text

from audit_support import declared, entries
from commandpost.cli import main
from commandpost.store.engine import Database


def _run(database: Database, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["--db", database.url, "audit", *args])
    out, err = capsys.readouterr()
    assert err == ""
    return code, out


def test_verify_exits_0_when_intact_and_1_at_the_first_broken_link(
    database: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    declared(database)
    count = len(entries(database))
    assert _run(database, capsys, "verify") == (
        0,
        f"OK: the audit trail's {count} entries are intact.\n",
    )
    code, out = _run(database, capsys, "verify", "--json")
    assert (code, json.loads(out)) == (0, {"ok": True, "checked": count, "broken": None})

    with database.engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_log WHERE seq = 4"))
    code, out = _run(database, capsys, "verify")
    assert code == 1
    assert out.startswith("BROKEN at entry 4 (") and "row missing" in out
    code, out = _run(database, capsys, "verify", "--json")
    found = json.loads(out)
    assert (code, found["ok"], found["checked"]) == (1, False, 3)
    assert (found["broken"]["seq"], found["broken"]["problem"]) == (4, "row missing")


def test_list_filters_by_table_and_keeps_the_newest(
    database: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    service, incident_id = declared(database)
    task = service.board(incident_id).tasks[0]
    service.tick(task.id, "cs.li")

    code, out = _run(database, capsys, "list", "--table", "incident_tasks", "--limit", "1")
    assert code == 0
    assert len(out.splitlines()) == 1
    assert f"cs.li  update incident_tasks {task.id}" in out
    code, out = _run(database, capsys, "list", "--since", "2000-01-01T00:00", "--json")
    listed = json.loads(out)
    assert [e["seq"] for e in listed] == [e.seq for e in entries(database)]
    assert listed[-1]["actor"] == "cs.li"
    code, out = _run(database, capsys, "list", "--since", "2999-01-01T00:00", "--json")
    assert (code, json.loads(out)) == (0, [])


def test_export_writes_utf8_csv_with_a_bom(
    database: Database, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    declared(database)
    path = tmp_path / "audit.csv"
    count = len(entries(database))
    assert _run(database, capsys, "export", "--out", str(path)) == (
        0,
        f"Wrote {count} audit entries to {path}.\n",
    )
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == count
    assert rows[0]["seq"] == "1" and rows[0]["prev_hash"] == "0" * 64
    assert any("Phones down" in r["changes"] for r in rows)
    code, _ = _run(database, capsys, "export", "--out", str(path), "--until", "2000-01-01T00:00")
    assert code == 0
    with path.open(encoding="utf-8-sig", newline="") as f:
        assert len(list(csv.DictReader(f))) == 0
