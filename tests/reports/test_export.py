"""Exporting through the services, on SQLite and PostgreSQL: one incident's review (a drill's as
the after-action report), a plan's binder, and every incident and drill closed in a period into
a folder with index.csv; refusals and cancellation leave no file."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

import pytest

from commandpost.reports.document import ReportCancelled
from commandpost.reports.export import Services, export_batch, export_incident, export_plan
from commandpost.services.incident_base import IncidentError
from commandpost.services.incidents import IncidentService
from commandpost.services.plans import PlanLibrary
from commandpost.services.reviews import ReviewService
from commandpost.store.engine import Database
from incident_support import PLAN_ID, START, FakeClock, incident_plan
from reports import scripted
from reports.conftest import write_review
from reports.reading import pages


@pytest.fixture
def services(database: Database, clock: FakeClock, library: PlanLibrary) -> Services:
    return Services.on(database, clock)


def test_an_incident_gets_its_review_and_a_drill_its_after_action_report(
    database: Database, clock: FakeClock, services: Services, tmp_path: Path
) -> None:
    real = scripted.run(database, clock).incident
    drill = scripted.run(database, clock, is_drill=True).incident
    out = export_incident(services, real.id, tmp_path / "real.pdf", "en", actor="lead.wang")
    assert "Incident review report" in pages(out)[0]
    out = export_incident(database, drill.id, tmp_path / "drill.pdf", "en", actor="lead.wang")
    assert "After-action report and improvement plan" in pages(out)[0]
    out = export_incident(
        services, drill.id, tmp_path / "drill-review.pdf", "zh", kind="review", actor="lead.wang"
    )
    assert "演练复盘报告" in pages(out)[0]
    # reading the review opened revision 1 as a draft, in the name given
    review = services.reviews.review(real.id, "someone.else")
    assert (review.revision, review.status, review.created_by) == (1, "draft", "lead.wang")
    assert "Not signed off — draft" in "\n".join(pages(tmp_path / "real.pdf"))


def test_refused_exports_write_nothing(
    database: Database, clock: FakeClock, services: Services, tmp_path: Path
) -> None:
    tmp_path = tmp_path / "reports"
    tmp_path.mkdir()
    real = scripted.run(database, clock).incident
    with pytest.raises(IncidentError, match="not a drill"):
        export_incident(services, real.id, tmp_path / "a.pdf", kind="drill", actor="lead.wang")
    running = IncidentService(database, clock).declare(
        PLAN_ID, "system_failure", "general", "仍在处置", "张伟"
    )
    with pytest.raises(IncidentError, match="still active"):
        export_incident(services, running.id, tmp_path / "b.pdf", actor="lead.wang")
    with pytest.raises(IncidentError, match="no incident 999"):
        export_incident(services, 999, tmp_path / "c.pdf", actor="lead.wang")
    assert list(tmp_path.iterdir()) == []


def test_a_plan_binder_is_exported_by_plan_and_version(
    services: Services, library: PlanLibrary, tmp_path: Path
) -> None:
    library.import_plan(incident_plan(3), "admin")
    library.approve(PLAN_ID, 3, "lead")
    out = export_plan(services, PLAN_ID, tmp_path / "plan.pdf", "en", version=2, actor="admin")
    first = pages(out)[0]
    assert "Incident test plan" in first and "Retired" in first  # version 2 gave way to 3
    out = export_plan(services, PLAN_ID, tmp_path / "plan.pdf", "en", actor="admin")
    first = pages(out)[0]
    assert "Approved" in first and "version 3" in first


def run_three(database: Database, clock: FakeClock) -> list[int]:
    """A real incident closed on 30 September, a drill two days later, one ten days later."""
    ids = [scripted.run(database, clock).incident.id]
    clock.now = START + timedelta(days=2)
    ids.append(scripted.run(database, clock, is_drill=True).incident.id)
    clock.now = START + timedelta(days=10)
    ids.append(scripted.run(database, clock).incident.id)
    return ids


def test_a_batch_writes_one_pdf_per_closed_incident_and_an_index(
    database: Database, clock: FakeClock, services: Services, tmp_path: Path
) -> None:
    real, drill, later = run_three(database, clock)
    reviews = ReviewService(database, clock)
    write_review(reviews, clock, real)
    calls: list[tuple[int, int]] = []
    folder = tmp_path / "filed"
    result = export_batch(
        services,
        date(2025, 9, 29),
        date(2025, 10, 5),
        folder,
        "zh",
        lambda done, total: calls.append((done, total)),
        actor="lead.wang",
    )
    assert [i.id for i in result.incidents] == [real, drill]
    names = [f"incident-{real}-review.pdf", f"drill-{drill}-review.pdf"]
    assert [f.name for f in result.files] == names
    assert sorted(p.name for p in folder.iterdir()) == sorted([*names, "index.csv"])
    assert "突发事件复盘报告" in pages(folder / names[0])[0]
    assert "演练总结评估报告及改进计划" in pages(folder / names[1])[0]
    raw = result.index.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel looks for
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == ["事件编号", "标题", "类型", "预案", "版本", "宣布时间", "结束时间", "文件"]
    incidents = {i.id: i for i in result.incidents}
    for row, file in zip(rows[1:], names, strict=True):
        incident = incidents[int(row[0])]
        assert incident.closed_at is not None
        assert row == [
            str(incident.id),
            incident.title,
            "演练" if incident.is_drill else "真实事件",
            PLAN_ID,
            "2",
            incident.declared_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            incident.closed_at.astimezone().strftime("%Y-%m-%d %H:%M"),
            file,
        ]
    done = [d for d, _ in calls]
    assert done == sorted(done) and calls[-1][0] == calls[-1][1] and len(calls) > 5
    assert later not in incidents


def test_a_cancelled_batch_leaves_nothing_behind(
    database: Database, clock: FakeClock, services: Services, tmp_path: Path
) -> None:
    run_three(database, clock)
    folder = tmp_path / "filed"
    written: list[Path] = []

    def cancelled() -> bool:
        return len(written) == 1  # stop once the first report is written

    with pytest.raises(ReportCancelled):
        export_batch(
            services,
            date(2025, 9, 1),
            date(2025, 10, 31),
            folder,
            "en",
            cancelled=cancelled,
            written=written.append,
            actor="lead.wang",
        )
    assert written and not written[0].exists()
    assert list(folder.iterdir()) == []
