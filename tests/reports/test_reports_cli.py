"""``commandpost report …`` as an admin files reports from a shell, on SQLite and PostgreSQL:
the path written on stdout, progress on stderr, one-sentence refusals with exit code 2."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from commandpost.cli import main
from commandpost.services.plans import PlanLibrary
from commandpost.store.engine import Database
from incident_support import PLAN_ID, START, FakeClock
from reports import scripted
from reports.reading import pages


class Cli:
    def __init__(self, url: str, capsys: pytest.CaptureFixture[str]) -> None:
        self.url, self.capsys = url, capsys

    def __call__(self, *args: str) -> tuple[int, str, str]:
        code = main(["--db", self.url, "--user", "lead.wang", "report", *args])
        out, err = self.capsys.readouterr()
        return code, out, err

    def refused(self, *args: str) -> str:
        code, out, err = self(*args)
        assert (code, out) == (2, ""), err
        assert err.startswith("commandpost: ") and err.count("\n") == 1, err
        return err.removeprefix("commandpost: ").strip()


@pytest.fixture
def cli(database: Database, library: PlanLibrary, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(database.url, capsys)


def test_an_incident_and_a_plan_are_printed_to_the_files_named(
    cli: Cli, database: Database, clock: FakeClock, tmp_path: Path
) -> None:
    incident = scripted.run(database, clock).incident
    out = tmp_path / "复盘.pdf"
    code, stdout, stderr = cli("incident", str(incident.id), "--out", str(out), "--lang", "en")
    assert (code, stdout) == (0, f"{out}\n"), stderr
    assert f"incident {incident.id}: 100%" in stderr.splitlines()
    assert "Incident review report" in pages(out)[0]
    plan = tmp_path / "binder.pdf"
    code, stdout, stderr = cli("plan", PLAN_ID, "--version", "2", "--out", str(plan))
    assert (code, stdout) == (0, f"{plan}\n"), stderr
    assert "事件测试预案" in pages(plan)[0]


def test_a_drill_report_is_refused_for_a_real_incident(
    cli: Cli, database: Database, clock: FakeClock, tmp_path: Path
) -> None:
    real = scripted.run(database, clock).incident
    drill = scripted.run(database, clock, is_drill=True).incident
    out = tmp_path / "aar.pdf"
    code, _, _ = cli("drill", str(drill.id), "--out", str(out))
    assert code == 0 and "演练总结评估报告及改进计划" in pages(out)[0]
    refusal = cli.refused("drill", str(real.id), "--out", str(tmp_path / "x.pdf"))
    assert refusal == f"incident {real.id} is not a drill; its report is the incident review"
    assert (
        cli.refused("incident", "99", "--out", str(tmp_path / "x.pdf")) == "there is no incident 99"
    )
    assert "is a folder" in cli.refused("incident", str(real.id), "--out", str(tmp_path))
    assert "does not end in .pdf" in cli.refused("plan", PLAN_ID, "--out", "plan.txt")
    assert "no version 7" in cli.refused(
        "plan", PLAN_ID, "--version", "7", "--out", str(tmp_path / "p.pdf")
    )
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "p.pdf").exists()


def test_a_batch_files_every_review_closed_in_the_period(
    cli: Cli, database: Database, clock: FakeClock, tmp_path: Path
) -> None:
    first = scripted.run(database, clock).incident
    clock.now = START + timedelta(days=40)
    scripted.run(database, clock, is_drill=True)  # closed in November: outside the period
    folder = tmp_path / "2025-09"
    code, stdout, stderr = cli(
        "batch", "--since", "2025-09-01", "--until", "2025-10-31", "--out", str(folder)
    )
    assert code == 0, stderr
    assert stdout == f"1 report and index.csv in {folder}\n"
    assert f"wrote {folder / f'incident-{first.id}-review.pdf'}" in stderr
    assert f"wrote {folder / 'index.csv'}" in stderr and "batch: 100%" in stderr
    assert sorted(p.name for p in folder.iterdir()) == [
        f"incident-{first.id}-review.pdf",
        "index.csv",
    ]
    assert "is not a date" in cli.refused(
        "batch", "--since", "1 Sept", "--until", "2025-10-31", "--out", str(folder)
    )
    assert "comes before" in cli.refused(
        "batch", "--since", "2025-10-01", "--until", "2025-09-01", "--out", str(folder)
    )
