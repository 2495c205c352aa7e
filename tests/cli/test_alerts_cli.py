"""``commandpost alerts`` and ``commandpost drills …`` as a command group uses them: what stands as
of a time, acknowledging recorded alerts, and the drill calendar with each plan's standing, on
SQLite and PostgreSQL. Incidents are declared and alerts recorded with a clock the test sets;
``alerts --at`` reads them as of any time, so nothing waits."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from commandpost.cli import main
from commandpost.services.alerts import AlertService
from commandpost.services.drills import DrillService
from commandpost.services.incident_records import IncidentSummary
from commandpost.services.incidents import IncidentService
from commandpost.services.plans import PlanLibrary
from commandpost.store.engine import Database
from incident_support import PLAN_ID, START, FakeClock, incident_plan


class Cli:
    """Runs ``commandpost --db URL --user USER …`` in-process, like a shell would."""

    def __init__(self, url: str, capsys: pytest.CaptureFixture[str]) -> None:
        self.url = url
        self.capsys = capsys

    def __call__(self, *args: str, user: str = "lead.wang") -> tuple[int, str, str]:
        code = main(["--db", self.url, "--user", user, *args])
        out, err = self.capsys.readouterr()
        return code, out, err

    def text(self, *args: str, user: str = "lead.wang") -> str:
        code, out, err = self(*args, user=user)
        assert code == 0, err
        return out

    def json(self, *args: str, user: str = "lead.wang") -> Any:
        return json.loads(self.text(*args, "--json", user=user))

    def refused(self, *args: str) -> str:
        code, out, err = self(*args)
        assert (code, out) == (2, ""), err
        assert err.startswith("commandpost: ") and err.count("\n") == 1, err
        return err.removeprefix("commandpost: ").strip()


def local_text(moment: datetime) -> str:
    """A time as a person types it: local time, no zone."""
    return moment.astimezone().replace(tzinfo=None).isoformat(timespec="minutes")


def shown(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def incidents(database: Database, clock: FakeClock) -> IncidentService:
    """The incident test plan approved at START (drills every 1 y, reviews every 1 y)."""
    library = PlanLibrary(database, clock)
    library.import_plan(incident_plan(), "admin")
    library.approve(PLAN_ID, 1, "lead")
    return IncidentService(database, clock)


@pytest.fixture
def cli(database: Database, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(database.url, capsys)


def declare(service: IncidentService, title: str = "Phones down") -> IncidentSummary:
    """cs-answer is due 15 min after (reminder 2 min early, overdue 2 min after), cs-callback 2 h
    after (reminder 20 min early)."""
    return service.declare(PLAN_ID, "system_failure", "general", title, "lead")


def test_an_overdue_task_and_a_reminder_stand_as_of_a_time(
    cli: Cli, incidents: IncidentService
) -> None:
    incident = declare(incidents)
    assert cli.text("alerts", "--at", local_text(START + timedelta(minutes=10))) == (
        f"nothing stands as of {shown(START + timedelta(minutes=10))}\n"
    )
    as_of = START + timedelta(minutes=105)
    head, *lines = cli.text("alerts", "--at", local_text(as_of), "--lang", "en").splitlines()
    assert head == (
        f"as of {shown(as_of)}: 2 standing; 0 waiting for acknowledgement, 2 not recorded yet"
    )
    due, callback = START + timedelta(minutes=15), START + timedelta(hours=2)
    assert lines == [
        f"OVERDUE     incident {incident.id} Phones down · customer_service · Staff the phones: "
        f"due {shown(due)}, 1 h 30 min late  [not recorded yet]",
        f"REMINDER    incident {incident.id} Phones down · customer_service · Call back waiting "
        f"customers: due {shown(callback)}, in 15 min  [not recorded yet]",
    ]
    chinese = cli.text("alerts", "--at", local_text(as_of))
    assert "安排人员接听" in chinese and "Staff the phones" not in chinese


def test_the_incident_filter_and_the_json_shape(
    cli: Cli, incidents: IncidentService, clock: FakeClock
) -> None:
    first = declare(incidents)
    clock.advance(minutes=30)
    second = declare(incidents, "Chat down")
    as_of = START + timedelta(minutes=44)  # first's cs-answer overdue, second's reminded
    data = cli.json("alerts", "--at", local_text(as_of))
    assert data["as_of"] == as_of.astimezone(UTC).isoformat()
    assert [(a["kind"], a["incident_id"], a["data"]["task_key"]) for a in data["alerts"]] == [
        ("overdue", first.id, "cs-answer"),
        ("reminder", second.id, "cs-answer"),
    ]
    overdue = data["alerts"][0]
    assert (overdue["department"], overdue["audience"], overdue["alert"]) == (
        "customer_service",
        "department",
        None,
    )
    assert overdue["due_at"] == (START + timedelta(minutes=15)).astimezone(UTC).isoformat()
    assert overdue["at"].endswith("+00:00")
    only = cli.json("alerts", "--at", local_text(as_of), "--incident", str(second.id))
    assert [a["incident_id"] for a in only["alerts"]] == [second.id]
    text = cli.text("alerts", "--at", local_text(as_of), "--incident", str(second.id))
    assert f"for incident {second.id}" in text and f"incident {first.id} " not in text
    assert cli.refused("alerts", "--incident", "99") == "there is no incident 99"
    assert "is not a time" in cli.refused("alerts", "--at", "tomorrow")


def test_recorded_alerts_are_acknowledged_one_by_one_or_all_at_once(
    cli: Cli, database: Database, incidents: IncidentService, clock: FakeClock
) -> None:
    first = declare(incidents)
    clock.advance(minutes=30)
    second = declare(incidents, "Chat down")
    clock.now = as_of = START + timedelta(minutes=44)
    recorded = AlertService(database, clock).fire().recorded  # a desktop records them
    assert len(recorded) == 2
    at = local_text(as_of)
    ids = {a["incident_id"]: a["alert"]["id"] for a in cli.json("alerts", "--at", at)["alerts"]}
    assert f"[alert {ids[first.id]}, not acknowledged]" in cli.text("alerts", "--at", at)

    out = cli.text("alerts", "ack", str(ids[first.id]), "--lang", "en", user="li.na")
    assert out.startswith(
        f"alert {ids[first.id]} (overdue, incident {first.id}, Staff the phones) acknowledged "
        "by li.na "
    )
    listed = {a["incident_id"]: a["alert"] for a in cli.json("alerts", "--at", at)["alerts"]}
    assert listed[first.id]["acknowledged_by"] == "li.na"
    assert listed[second.id]["acknowledged_at"] is None
    assert "acknowledged by li.na" in cli.text("alerts", "--at", at, "--incident", str(first.id))

    assert cli.text("alerts", "ack", "--all", "--incident", str(first.id)) == (
        f"no alert of incident {first.id} was waiting\n"
    )
    assert cli.text("alerts", "ack", "--all") == "1 alert acknowledged\n"
    listed = {a["incident_id"]: a["alert"] for a in cli.json("alerts", "--at", at)["alerts"]}
    assert (listed[first.id]["acknowledged_by"], listed[second.id]["acknowledged_by"]) == (
        "li.na",
        "lead.wang",
    )
    text = cli.text("alerts", "--at", at)
    assert "not acknowledged" not in text and text.count("acknowledged by") == 2
    assert "2 standing; 0 waiting for acknowledgement" in text


def test_an_unknown_alert_or_a_muddled_ack_is_refused_with_exit_2(
    cli: Cli, database: Database, incidents: IncidentService, clock: FakeClock
) -> None:
    declare(incidents)
    clock.now = START + timedelta(minutes=20)
    (alert,) = AlertService(database, clock).fire().recorded
    assert cli.refused("alerts", "ack", "999") == "there is no alert 999"
    assert cli.refused("alerts", "ack") == (
        "name the alerts to acknowledge by number, or give --all (not both)"
    )
    assert "not both" in cli.refused("alerts", "ack", str(alert.id), "--all")
    assert "--incident goes with --all" in cli.refused(
        "alerts", "ack", str(alert.id), "--incident", "1"
    )
    code, out, err = cli("alerts", "ack", str(alert.id), "998", "999")
    assert code == 2 and out.startswith(f"alert {alert.id} (overdue")
    assert err == "commandpost: there are no alerts 998 and 999\n"


def schedule(at: datetime, level: str, departments: str, *more: str) -> tuple[str, ...]:
    return (
        "drills",
        "schedule",
        "--plan",
        PLAN_ID,
        "--at",
        local_text(at),
        "--scenario",
        "Phones down at the peak",
        "--level",
        level,
        "--departments",
        departments,
        *more,
    )


def test_drills_are_scheduled_listed_and_cancelled(cli: Cli, incidents: IncidentService) -> None:
    soon = datetime.now(UTC).replace(second=0, microsecond=0) + timedelta(days=30)
    assert cli.refused(*schedule(soon, "huge", "marketing")) == (
        "plan 'incident-test' has no level 'huge'; its levels are general, major, critical"
    )
    assert cli.refused(*schedule(soon, "major", "marketing,sales")) == (
        "plan 'incident-test' has no department 'sales'; "
        "its departments are customer_service, technical_support, marketing"
    )
    an_hour_ago = datetime.now(UTC) - timedelta(hours=1)
    assert "has passed; choose a later time" in cli.refused(
        *schedule(an_hour_ago, "major", "marketing")
    )
    assert "the reminder time" in cli.refused(
        *schedule(soon, "major", "marketing", "--remind", "a day")
    )
    assert cli.refused(*schedule(soon, "major", "marketing", "--plan", "nope")) == (
        "there is no plan 'nope' in the library"
    )

    out = cli.text(*schedule(soon, "major", "customer_service, marketing"))
    assert out == (
        f"drill 1 scheduled: plan {PLAN_ID} at {shown(soon)}, level major, departments "
        "customer_service, marketing; everyone is reminded 1 d before\n"
    )
    other = cli.json(*schedule(soon, "general", "technical_support", "--remind", "2 h"))
    assert (other["id"], other["remind_before"], other["departments"]) == (
        2,
        "2 h",
        ["technical_support"],
    )
    listed = cli.text("drills", "list")
    drill_lines = [line for line in listed.splitlines() if PLAN_ID in line and "level" in line]
    assert len(drill_lines) == 2
    assert all(
        f"{shown(soon)}" in line and "scheduled" in line and "not held yet" in line
        for line in drill_lines
    )
    assert "customer_service, marketing  — Phones down at the peak" in drill_lines[0]

    out = cli.text("drills", "cancel", "1", "--reason", "peak season", user="admin")
    assert out == f"drill 1 on plan {PLAN_ID} at {shown(soon)} cancelled: peak season\n"
    data = cli.json("drills", "list", "--plan", PLAN_ID)
    assert [(d["id"], d["status"], d["note"]) for d in data["drills"]] == [
        (1, "cancelled", "peak season"),
        (2, "scheduled", None),
    ]
    assert data["standings"][0]["next_scheduled_at"] == soon.isoformat()
    assert (
        cli.text("drills", "list")
        .splitlines()[1]
        .endswith("— Phones down at the peak (cancelled: peak season)")
    )
    assert cli.refused("drills", "cancel", "1", "--reason", "again") == (
        "drill 1 is already cancelled"
    )
    assert cli.refused("drills", "cancel", "9", "--reason", "x") == "there is no drill 9"
    assert (
        cli.refused("drills", "list", "--plan", "nope") == "there is no plan 'nope' in the library"
    )


def test_a_plan_not_drilled_within_its_interval_stands_overdue_until_a_drill(
    cli: Cli, database: Database, incidents: IncidentService, clock: FakeClock
) -> None:
    """The plan was approved and last drilled on START; it asks for a drill every year."""
    clock.now = START - timedelta(days=1)
    scheduled = DrillService(database, clock).schedule(
        PLAN_ID, START, "Phones down", "general", ["customer_service"], "admin"
    )
    clock.now = START
    held = incidents.declare(PLAN_ID, "system_failure", "general", "Drill", "lead", is_drill=True)
    year_later = datetime(2026, 9, 30, 10, 0, tzinfo=START.tzinfo)

    listed = cli.text("drills", "list", "--lang", "en")
    [drill_line] = [line for line in listed.splitlines() if line.startswith(f"{scheduled.id:>4}")]
    assert f"held as incident {held.id}" in drill_line
    [standing] = [line for line in listed.splitlines() if "Incident test plan" in line]
    assert f"last drill {shown(START)}" in standing
    assert f"next due {shown(year_later)}  OVERDUE" in standing
    [data] = cli.json("drills", "list")["standings"]
    assert (data["every"], data["overdue"]) == ("1 y", True)
    assert "事件测试预案" in cli.text("drills", "list")
    overdue = [
        a
        for a in cli.json("alerts", "--at", local_text(year_later))["alerts"]
        if a["kind"] == "drill_overdue"
    ]
    assert [a["data"]["plan_id"] for a in overdue] == [PLAN_ID]
    before = cli.json("alerts", "--at", local_text(year_later - timedelta(minutes=1)))
    assert "drill_overdue" not in [a["kind"] for a in before["alerts"]]

    declared = ("--category", "system_failure", "--level", "general", "--title", "This year's")
    cli.text("incident", "declare", "--plan", PLAN_ID, *declared, "--drill")
    [data] = cli.json("drills", "list")["standings"]
    assert data["overdue"] is False and data["last_drill_at"] > START.isoformat()
    assert "OVERDUE" not in cli.text("drills", "list")


def test_the_help_shows_both_shapes_of_the_alerts_command(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["alerts", "--help"])
    out = capsys.readouterr().out
    assert exit_.value.code == 0
    assert out.startswith(
        "usage: commandpost alerts [-h] [--incident ID] [--at ISO_TIME] [--json] [--lang {zh,en}]\n"
        "       commandpost alerts ack (ALERT_ID [ALERT_ID ...] | --all [--incident ID]) [--json]\n"
    )
    assert "ack           acknowledge recorded alerts" in out
