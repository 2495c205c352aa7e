"""``commandpost review show`` and ``commandpost review actions`` as a command group uses them, on
SQLite and PostgreSQL: the facts of a response and its written review in text and JSON, the
facts of a running response as of now, and the improvement actions still open."""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta
from typing import Any

import pytest

from commandpost.cli import main
from commandpost.services.incidents import IncidentService
from commandpost.services.plans import PlanLibrary
from commandpost.services.reviews import ReviewService
from commandpost.store.engine import Database
from incident_support import PLAN_ID, START, FakeClock, incident_plan

MINUTE = timedelta(minutes=1)


class Cli:
    """Runs ``commandpost --db URL --user USER review …`` in-process, like a shell would."""

    def __init__(self, url: str, capsys: pytest.CaptureFixture[str]) -> None:
        self.url = url
        self.capsys = capsys

    def __call__(self, *args: str, user: str = "lead.wang") -> tuple[int, str, str]:
        code = main(["--db", self.url, "--user", user, "review", *args])
        out, err = self.capsys.readouterr()
        return code, out, err

    def text(self, *args: str, user: str = "lead.wang") -> list[str]:
        code, out, err = self(*args, user=user)
        assert code == 0, err
        return out.splitlines()

    def json(self, *args: str, user: str = "lead.wang") -> Any:
        code, out, err = self(*args, "--json", user=user)
        assert code == 0, err
        return json.loads(out)

    def refused(self, *args: str) -> str:
        code, out, err = self(*args)
        assert (code, out) == (2, ""), err
        assert err.startswith("commandpost: ") and err.count("\n") == 1, err
        return err.removeprefix("commandpost: ").strip()


def shown(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def incidents(database: Database, clock: FakeClock) -> IncidentService:
    library = PlanLibrary(database, clock)
    library.import_plan(incident_plan(), "admin")
    library.approve(PLAN_ID, 1, "lead")
    return IncidentService(database, clock)


@pytest.fixture
def reviews(database: Database, clock: FakeClock, incidents: IncidentService) -> ReviewService:
    return ReviewService(database, clock)


@pytest.fixture
def cli(database: Database, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(database.url, capsys)


@pytest.fixture
def closed(incidents: IncidentService, clock: FakeClock) -> int:
    """Declared at 10:00 from a warning raised at 09:50; cs-answer (due 10:15) done at 10:12; a
    progress report and a figure; closed at 13:00 with cs-callback (due 12:00) never done.
    ts-diagnose never got a due time (its phase never started); cs-summary has none."""
    clock.now = START - 10 * MINUTE
    warning = incidents.warn(PLAN_ID, {"waiting_customers": 600}, "monitor")
    clock.now = START
    incident = incidents.declare(
        PLAN_ID, "system_failure", "general", "Phones down", "lead", warning_id=warning.id
    )
    clock.now = START + 12 * MINUTE
    incidents.tick(incidents.find_task(incident.id, "cs-answer").id, "wang.fang")
    clock.now = START + 30 * MINUTE
    incidents.send_report(incident.id, "customer_service", "li.na", "agents in", "", "")
    clock.now = START + 40 * MINUTE
    incidents.record_figure(incident.id, "waiting_customers", 700, "wang.fang")
    clock.now = START + 180 * MINUTE
    incidents.close(incident.id, "lead", "restored")
    return incident.id


def test_review_show_prints_the_facts_then_the_written_review(
    cli: Cli, reviews: ReviewService, closed: int, clock: FakeClock
) -> None:
    review = reviews.review(closed, "lead")
    reviews.update(
        review.id, "lead", review.row_version, summary="Hotline down 3 h.\nAll calls answered."
    )
    owned = reviews.add_action(
        review.id, "lead", "Own the call-back list", "customer_service", date(2025, 10, 20)
    )
    line = reviews.add_action(review.id, "lead", "Second phone line", "technical_support")
    clock.advance(days=1)
    reviews.complete_action(line.id, "zhao.qiang")

    lines = cli.text("show", str(closed), "--lang", "en")

    assert lines[:3] == [
        f"review of incident {closed}: Phones down",
        f"plan {PLAN_ID} version 1 — Incident test plan",
        f"declared {shown(START)} by lead; closed {shown(START + 180 * MINUTE)} by lead: restored",
    ]
    assert f"time to activation: 10 min (warning raised {shown(START - 10 * MINUTE)})" in lines
    assert f"  general (General)  {shown(START)} → {shown(START + 180 * MINUTE)}  by lead" in lines
    # tasks, done, timed, on time, late, missed, on-time rate, then the first response
    assert re.fullmatch(
        r"\s+Customer Service\s+3\s+1\s+2\s+1\s+0\s+1\s+50%\s+12 min \(.+\)",
        next(line for line in lines if line.startswith("  Customer Service ")),
    )
    assert re.fullmatch(
        r"\s+overall\s+4\s+1\s+2\s+1\s+0\s+1\s+50%\s+12 min \(.+\)",
        next(line for line in lines if line.startswith("  overall ")),
    )
    assert re.fullmatch(
        r"\s+Technical Support\s+1\s+0\s+0\s+0\s+0\s+0\s+—\s+—",
        next(line for line in lines if line.startswith("  Technical Support ")),
    )
    (late,) = [line for line in lines if line.startswith("  cs-callback ")]
    assert "never done" in late and "1 h late" in late and "Call back waiting customers" in late
    assert "escalations (0):" in lines
    assert "progress reports: 1 (Customer Service 1)" in lines
    assert "situation figures: 1 reading — waiting_customers ×1 (last 700, highest 700)" in lines
    written = lines[lines.index("summary:") - 1 :]
    assert written[0].startswith("review revision 1: draft; opened ")
    assert written[1:4] == ["summary:", "  Hotline down 3 h.", "  All calls answered."]
    assert written[4:6] == ["what happened:", "  —"]
    assert "objectives:" not in written  # not a drill
    assert written[-3] == "improvement actions (2, 1 open):"
    assert written[-2].startswith(f"  #{owned.id:<4} open  Customer Service ")
    assert "due 2025-10-20" in written[-2] and "Own the call-back list" in written[-2]
    assert f"done {shown(clock.now)} by zhao.qiang" in written[-1]

    chinese = cli.text("show", str(closed))
    assert any(line.startswith("  客户服务部 ") for line in chinese)


def test_review_show_as_json_gives_utc_times_and_durations_in_seconds(
    cli: Cli, closed: int
) -> None:
    data = cli.json("show", str(closed), user="li.na")

    facts, review = data["facts"], data["review"]
    assert facts["incident"]["id"] == closed
    assert facts["plan"]["departments"] == ["customer_service", "technical_support", "marketing"]
    assert facts["time_to_activation"] == 600.0
    assert facts["warning_raised_at"] == "2025-09-30T01:50:00+00:00"  # 09:50 in China
    assert facts["overall"] == {
        "department": "",
        "tasks": 4,
        "done": 1,
        "timed": 2,
        "on_time": 1,
        "late": 0,
        "missed": 1,
        "on_time_rate": 0.5,
        "first_done_at": "2025-09-30T02:12:00+00:00",
        "time_to_first_response": 720.0,
    }
    assert [(t["task"]["key"], t["late_by"]) for t in facts["late_tasks"]] == [
        ("cs-callback", 3600.0)
    ]
    assert [lv["level"] for lv in facts["levels"]] == ["general"]
    assert len(facts["reports"]) == len(facts["figures"]) == 1
    # the first asking opens the review, in the name of the user asking
    assert (review["revision"], review["status"], review["created_by"]) == (1, "draft", "li.na")
    assert review["actions"] == []


def test_a_running_response_shows_its_facts_as_of_now_and_no_review(
    cli: Cli, incidents: IncidentService
) -> None:
    incident = incidents.declare(PLAN_ID, "system_failure", "general", "Still down", "lead")

    lines = cli.text("show", str(incident.id), "--lang", "en")

    assert lines[2].startswith(f"declared {shown(START)} by lead; still active: facts as of ")
    assert "time to activation: — (declared without a warning)" in lines
    assert lines[-1] == "no review yet: a review opens when the response closes"
    assert f"  general (General)  {shown(START)} → now  by lead" in lines
    # the clock of the command line is the real one: long past 12:00, cs-callback is missed
    assert any(line.startswith("  cs-callback ") and "never done" in line for line in lines)
    assert cli.json("show", str(incident.id))["review"] is None
    assert cli.refused("show", "99") == "there is no incident 99"


def test_review_actions_lists_the_open_improvement_actions_across_incidents(
    cli: Cli, incidents: IncidentService, reviews: ReviewService, closed: int, clock: FakeClock
) -> None:
    other = incidents.declare(PLAN_ID, "staff_shortage", "general", "Flu", "lead")
    incidents.close(other.id, "lead", "staff back")
    first = reviews.review(closed, "lead")
    second = reviews.review(other.id, "lead")
    undated = reviews.add_action(first.id, "lead", "Second phone line", "technical_support")
    dated = reviews.add_action(
        second.id, "lead", "Keep a standby list", "customer_service", date(2025, 10, 20)
    )
    finished = reviews.add_action(first.id, "lead", "Brief the agents", "customer_service")
    reviews.complete_action(finished.id, "li.na")

    lines = cli.text("actions")

    assert len(lines) == 2
    assert lines[0].startswith(f"  #{dated.id:<4} open  customer_service ")
    assert "due 2025-10-20 OVERDUE" in lines[0]  # the command line's today is long after
    assert f"(incident {other.id}, revision 1)" in lines[0]
    assert lines[1].startswith(f"  #{undated.id:<4} open  technical_support ")
    assert "no due date" in lines[1] and "Second phone line" in lines[1]
    assert cli.text("actions", "--department", "marketing") == [
        "no improvement action is open for marketing"
    ]
    data = cli.json("actions", "--department", "customer_service")
    assert [(a["id"], a["due_date"], a["status"]) for a in data] == [
        (dated.id, "2025-10-20", "open")
    ]
