"""``commandpost plans …`` and ``db upgrade`` as a script or an admin would use them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from commandpost.cli import main

DATA = Path(__file__).parent.parent / "data"
REPO = Path(__file__).parent.parent.parent


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'cli.sqlite3'}"


def test_validate_passes_the_shipped_plans(capsys: pytest.CaptureFixture[str]) -> None:
    files = sorted(str(p) for p in (REPO / "plans").glob("*.yaml"))
    code, out, err = run(["plans", "validate", *files], capsys)
    assert code == 0, err
    assert out.count(": ok") == 5


def test_validate_reports_file_line_and_field_with_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        (DATA / "minimal.yaml").read_text(encoding="utf-8").replace("phase: execution", "phase: x"),
        encoding="utf-8",
    )
    code, _, err = run(["plans", "validate", str(bad)], capsys)
    assert code == 2
    assert f"{bad}:58: tasks[1].phase: unknown phase 'x'" in err


def test_validate_refuses_two_files_with_one_plan_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "copy.yaml"
    copy.write_text((DATA / "minimal.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    code, _, err = run(["plans", "validate", str(DATA / "minimal.yaml"), str(copy)], capsys)
    assert code == 2
    assert f"{copy}:3: id: plan 'minimal-plan' is also defined in" in err


def test_first_use_creates_the_database_with_the_shipped_plans_approved(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(["--db", db, "plans", "list", "--json"], capsys)
    assert code == 0
    plans = json.loads(out)
    assert len(plans) == 5
    assert all(p["approved_version"] == 1 for p in plans)
    surge = next(p for p in plans if p["id"] == "customer-surge-diversion")
    assert surge["title"]["zh"] == "客户分流应急预案"


def test_import_submit_approve_round_trip(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    minimal = str(DATA / "minimal.yaml")
    code, out, _ = run(["--db", db, "--user", "admin.li", "plans", "import", minimal], capsys)
    assert (code, out.strip()) == (0, f"{minimal}: minimal-plan version 1 created")
    code, out, _ = run(["--db", db, "plans", "submit", "minimal-plan", "--version", "1"], capsys)
    assert out.strip() == "minimal-plan version 1 is now in review"
    code, out, _ = run(
        ["--db", db, "--user", "lead.wang", "plans", "approve", "minimal-plan", "--version", "1"],
        capsys,
    )
    assert out.strip() == "minimal-plan version 1 is now approved"
    code, out, _ = run(["--db", db, "plans", "show", "minimal-plan", "--json"], capsys)
    shown = json.loads(out)
    assert (shown["status"], shown["approved_by"]) == ("approved", "lead.wang")
    assert [h["to"] for h in shown["history"]] == ["draft", "in_review", "approved"]
    assert [t["key"] for t in shown["plan"]["tasks"]] == ["cs-answer", "ts-restore"]


def test_show_prints_departments_tasks_and_time_limits(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(
        ["--db", db, "plans", "show", "express-delivery-service", "--lang", "en"], capsys
    )
    assert code == 0
    assert "working days from declaration" in out
    code, out, _ = run(["--db", db, "plans", "show", "express-delivery-service"], capsys)
    assert "个工作日内" in out


def test_refused_steps_and_unknown_plans_exit_2_with_one_sentence(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(["--db", db, "plans", "show", "no-such-plan"], capsys)
    assert (code, err.strip()) == (2, "commandpost: there is no plan 'no-such-plan' in the library")
    code, _, err = run(
        ["--db", db, "plans", "approve", "customer-surge-diversion", "--version", "1"], capsys
    )
    assert code == 2
    assert "was already approved by CommandPost at" in err and "your change was not saved" in err


def test_import_of_a_bad_file_imports_nothing(
    tmp_path: Path, db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("id: [unclosed\n", encoding="utf-8")
    code, _, err = run(
        ["--db", db, "plans", "import", str(DATA / "minimal.yaml"), str(bad)], capsys
    )
    assert code == 2
    assert "nothing imported" in err
    code, out, _ = run(["--db", db, "plans", "list", "--json"], capsys)
    assert "minimal-plan" not in out


def test_unreachable_database_exits_1_without_a_traceback() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "commandpost",
            "--db",
            "postgresql+psycopg://someone:secret@127.0.0.1:9/nothing",
            "plans",
            "list",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "secret" not in result.stderr
    assert result.stderr.startswith("commandpost: ")


def test_db_upgrade_creates_a_new_database(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["--db", db, "db", "upgrade"], capsys)
    assert code == 0
    assert out.strip()
