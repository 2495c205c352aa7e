"""``commandpost incident …`` as a command group, a liaison or a monitoring script uses it: a whole
incident from warning to close on SQLite and PostgreSQL, and the input it refuses (exit 2)."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from commandpost.cli import main
from commandpost.services.startup import open_library

DATA = Path(__file__).parent.parent / "data"
SURGE = "customer-surge-diversion"


class Cli:
    """Runs ``commandpost --db URL --user USER …`` in-process, like a shell would."""

    def __init__(self, url: str, capsys: pytest.CaptureFixture[str]) -> None:
        self.url = url
        self.capsys = capsys

    def __call__(self, *args: str, user: str = "lead.wang") -> tuple[int, str, str]:
        code = main(["--db", self.url, "--user", user, "incident", *args])
        out, err = self.capsys.readouterr()
        return code, out, err

    def json(self, *args: str, user: str = "lead.wang") -> Any:
        code, out, err = self(*args, "--json", user=user)
        assert code == 0, err
        return json.loads(out)

    def refused(self, *args: str) -> str:
        code, out, err = self(*args)
        assert (code, out) == (2, ""), err
        assert err.startswith("commandpost: ") and err.count("\n") == 1, err
        return err.removeprefix("commandpost: ").strip()


@pytest.fixture(scope="module")
def stocked(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An SQLite file as a first start leaves it (the shipped plans approved), made once: first
    use costs seconds, and the end-to-end test goes through it on both backends anyway."""
    path = tmp_path_factory.mktemp("stocked") / "cli.sqlite3"
    open_library(f"sqlite:///{path}").close()
    return path


@pytest.fixture
def cli(stocked: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    path = tmp_path / "cli.sqlite3"
    shutil.copyfile(stocked, path)
    return Cli(f"sqlite:///{path}", capsys)


def test_a_whole_incident_runs_from_the_command_line(
    database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    cli = Cli(database_url, capsys)
    warning = cli.json(
        "warn",
        "--plan",
        SURGE,
        "--figure",
        "waiting_customers=850",
        "--note",
        "queue grows",
        user="monitor",
    )
    assert (warning["status"], warning["figures"], warning["raised_by"]) == (
        "open",
        {"waiting_customers": 850.0},
        "monitor",
    )
    incident = cli.json(
        "declare",
        "--from-warning",
        str(warning["id"]),
        "--category",
        "sudden_surge",
        "--level",
        "general",
        "--title",
        "Surge after the outage",
    )
    number = str(incident["id"])
    assert (incident["plan_id"], incident["plan_version"], incident["phase"]) == (
        SURGE,
        1,
        "warning",
    )
    assert incident["open_tasks"] > 0 and incident["declared_by"] == "lead.wang"
    [activated] = cli.json("warnings", "--all")
    assert (activated["status"], activated["incident_id"]) == ("activated", incident["id"])

    tasks = cli.json("tasks", number, "--department", "customer_service")
    assert {t["department"] for t in tasks} == {"customer_service"}
    done = cli.json("tick", number, "cs-watch-volume", "--note", "850 waiting", user="li.na")
    assert (done["status"], done["done_by"]) == ("done", "li.na")
    code, out, _ = cli("assign", number, str(tasks[1]["id"]), "zhang.wei")
    assert (
        code == 0
        and out.strip() == f"task {tasks[1]['key']} ({tasks[1]['id']}) is assigned to zhang.wei"
    )

    level = cli.json("level", number, "major", "--reason", "agents cannot keep up")
    assert (level["old_level"], level["new_level"], level["added"]) == ("general", "major", 2)
    phase = cli.json("phase", number)
    assert (phase["phase"], phase["started_by"]) == ("activation", "lead.wang")
    report = cli.json(
        "report",
        number,
        "--department",
        "customer_service",
        "--done",
        "4 agents added",
        "--doing",
        "diverting to chat",
        "--needs-help",
        "2 more agents",
        user="li.na",
    )
    acknowledged = cli.json("ack-report", str(report["id"]))
    assert acknowledged["acknowledged_by"] == "lead.wang"
    figure = cli.json("figure", number, "waiting_customers=300", user="li.na")
    assert (figure["key"], figure["value"], figure["recorded_by"]) == (
        "waiting_customers",
        300.0,
        "li.na",
    )

    board = cli.json("show", number)
    assert (board["incident"]["level"], board["incident"]["phase"]) == ("major", "activation")
    assert board["plan"]["levels"] == ["general", "major", "critical"]
    assert [e["kind"] for e in board["events"]] == [
        "figure_recorded",
        "report_acknowledged",
        "report_sent",
        "phase_started",
        "level_raised",
        "task_assigned",
        "task_done",
        "declared",
    ]
    code, out, _ = cli("show", number, "--lang", "en")
    assert code == 0 and "Customer Service" in out and "waiting_customers = 300" in out

    code, out, _ = cli("close", number, "--reason", "volume back to normal")
    assert code == 0
    assert (
        out.strip()
        == f"incident {number} closed; {board['incident']['open_tasks']} tasks were still open"
    )
    assert "a closed incident cannot be changed" in cli.refused("tick", number, "cs-prepare")
    [closed] = cli.json("list", "--all")
    assert (closed["status"], closed["closed_by"], closed["close_reason"]) == (
        "closed",
        "lead.wang",
        "volume back to normal",
    )
    assert cli.json("list") == []


def test_a_figure_that_is_not_a_number_is_refused_with_exit_2(cli: Cli) -> None:
    assert cli.refused("warn", "--plan", SURGE, "--figure", "waiting_customers=lots") == (
        "the figure waiting_customers must be a number, not 'lots'"
    )
    assert "write a figure as KEY=VALUE" in cli.refused("warn", "--plan", SURGE, "--figure", "850")
    incident = cli.json(
        "declare",
        "--plan",
        SURGE,
        "--category",
        "sudden_surge",
        "--level",
        "general",
        "--title",
        "Surge",
    )
    assert cli.refused("figure", str(incident["id"]), "average_wait=12min") == (
        "the figure average_wait must be a number, not '12min'"
    )
    assert "must be a finite number, not nan" in cli.refused(
        "figure", str(incident["id"]), "average_wait=nan"
    )
    assert "has no situation figure 'queue'" in cli.refused(
        "figure", str(incident["id"]), "queue=3"
    )
    assert cli.json("show", str(incident["id"]))["figures"] == []


def test_times_without_a_zone_are_local_and_times_ahead_are_refused(cli: Cli) -> None:
    local = datetime.now().replace(microsecond=0) - timedelta(hours=2)
    incident = cli.json(
        "declare",
        "--plan",
        SURGE,
        "--category",
        "sudden_surge",
        "--level",
        "general",
        "--title",
        "Recorded afterwards",
        "--at",
        local.isoformat(),
    )
    assert datetime.fromisoformat(incident["declared_at"]) == local.astimezone()
    zoned = "2026-03-02T09:30:00+08:00"
    second = cli.json(
        "declare",
        "--plan",
        SURGE,
        "--category",
        "peak_period",
        "--level",
        "major",
        "--title",
        "With a zone",
        "--at",
        zoned,
    )
    assert datetime.fromisoformat(second["declared_at"]) == datetime.fromisoformat(zoned)
    ahead = (datetime.now(UTC) + timedelta(hours=1)).isoformat()
    assert "is in the future" in cli.refused(
        "declare",
        "--plan",
        SURGE,
        "--category",
        "sudden_surge",
        "--level",
        "general",
        "--title",
        "Soon",
        "--at",
        ahead,
    )
    assert "is not a time" in cli.refused(
        "declare",
        "--plan",
        SURGE,
        "--category",
        "sudden_surge",
        "--level",
        "general",
        "--title",
        "Bad",
        "--at",
        "yesterday",
    )


def test_declaring_on_a_draft_plan_or_with_unknown_keys_is_refused(
    cli: Cli, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", cli.url, "plans", "import", str(DATA / "minimal.yaml")]) == 0
    capsys.readouterr()
    assert cli.refused(
        "declare",
        "--plan",
        "minimal-plan",
        "--category",
        "system_failure",
        "--level",
        "general",
        "--title",
        "Outage",
    ) == (
        "plan 'minimal-plan' has no approved version (version 1 is draft); "
        "an incident runs only on an approved plan"
    )
    assert "its levels are general, major, critical" in cli.refused(
        "declare", "--plan", SURGE, "--category", "sudden_surge", "--level", "huge", "--title", "X"
    )
    assert cli.refused("show", "99") == "there is no incident 99"
    assert cli.json("list", "--all") == []


def test_the_checklist_filters_open_and_overdue_tasks_and_the_level_steps(cli: Cli) -> None:
    three_hours_ago = (datetime.now(UTC) - timedelta(hours=3)).isoformat()
    incident = cli.json(
        "declare",
        "--plan",
        "24h-service-guarantee",
        "--category",
        "inquiry",
        "--level",
        "critical",
        "--title",
        "Hotline down",
        "--at",
        three_hours_ago,
    )
    number = str(incident["id"])
    overdue = cli.json("tasks", number, "--status", "overdue")
    assert overdue and len(overdue) == incident["overdue_tasks"]
    code, out, _ = cli("tasks", number, "--status", "overdue", "--lang", "en")
    assert code == 0 and out.count("OVERDUE") == len(overdue)
    cli.json("tick", number, overdue[0]["key"])
    assert len(cli.json("tasks", number, "--status", "open")) == incident["open_tasks"] - 1
    assert cli.json("level", number, "down", "--reason", "calmer")["new_level"] == "major"
    cli.json("level", number, "down", "--reason", "calm")
    assert "cannot be lowered further" in cli.refused("level", number, "down", "--reason", "x")
    added = cli.json(
        "add-task",
        number,
        "--department",
        "customer_service",
        "--title",
        "回访",
        "--title-en",
        "Call back",
        "--due",
        "2099-01-01T09:00",
    )
    assert (added["key"], added["title_zh"], added["title_en"]) == ("adhoc-1", "回访", "Call back")


def test_a_warning_can_be_dismissed_and_stale_changes_are_refused(cli: Cli) -> None:
    warning = cli.json("warn", "--plan", SURGE, "--figure", "waiting_customers=520", "--drill")
    assert warning["is_drill"]
    dismissed = cli.json("dismiss", str(warning["id"]), "--reason", "drill over")
    assert (dismissed["status"], dismissed["decision_note"]) == ("dismissed", "drill over")
    assert cli.json("warnings") == []
    incident = cli.json(
        "declare",
        "--plan",
        SURGE,
        "--category",
        "sudden_surge",
        "--level",
        "general",
        "--title",
        "Drill",
        "--drill",
    )
    code, out, _ = cli("list")
    assert code == 0 and "[DRILL]" in out
    number = str(incident["id"])
    cli.json("note", number, "cs-prepare", "ready")
    cli.json("assign", number, "cs-prepare", "zhang.wei", user="li.na")
    assert "was assigned to zhang.wei by li.na at" in cli.refused(
        "tick", number, "cs-prepare", "--expect-version", "1"
    )
    cli.json("na", number, "cs-prepare", "--reason", "not in a drill")
    assert cli.json("reopen", number, "cs-prepare", "--reason", "it is")["status"] == "open"
