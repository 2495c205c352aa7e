"""Fixtures for the printed reports: a scripted response run through the services and closed, its
review written and signed off; the facts and review of one such response read once per module
(for the tests that only look at PDFs); and helpers that read a PDF back as a reader would."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from commandpost.services.plans import PlanLibrary
from commandpost.services.review_records import DrillRating, ReviewFacts, ReviewInfo
from commandpost.services.reviews import ReviewService
from commandpost.store.engine import Database
from commandpost.store.schema import open_database
from incident_support import START, FakeClock
from reports import scripted

if TYPE_CHECKING:
    from head_templates import HeadTemplates

SIGNER = "王总"
ACTIONS = (
    ("为热线平台增加数据库连接池监控与告警", "technical_support", date(2025, 10, 31)),
    ("Add an SMS template for outages", "marketing", date(2025, 10, 15)),
)
OBJECTIVES = ("在 15 分钟内接通热线", "Restore the system within 2 hours")
RATINGS = (
    DrillRating("customer_service", "S", "坐席到位稍慢"),
    DrillRating("technical_support", "P", "定位迅速"),
    DrillRating("对外沟通", "M", "公告发布延迟"),
)
SECTIONS = {
    "summary": "热线系统宕机 2 小时 10 分钟，客服部及时增派坐席。",
    "what_happened": "监控预警排队客户超过 500 人，12 分钟后宣布突发事件。",
    "strengths": "响应迅速，进展报告及时。",
    "shortcomings": "接听任务超时 25 分钟，临时任务未完成。",
    "improvements": "增加监控，预置短信模板。",
}


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def library(database: Database, clock: FakeClock) -> PlanLibrary:
    library = PlanLibrary(database, clock)
    scripted.approve_plan(library)
    return library


@pytest.fixture
def reviews(database: Database, clock: FakeClock, library: PlanLibrary) -> ReviewService:
    return ReviewService(database, clock)


def write_review(
    reviews: ReviewService, clock: FakeClock, incident_id: int, sign: bool = True
) -> ReviewInfo:
    """The command group writes the review the next day, decides two actions (one done since)
    and, unless told not to, signs it off."""
    clock.advance(hours=20)
    review = reviews.review(incident_id, "张伟")
    drill = reviews.facts(incident_id).incident.is_drill
    review = reviews.update(
        review.id,
        "张伟",
        review.row_version,
        **SECTIONS,
        objectives=OBJECTIVES if drill else None,
        ratings=RATINGS if drill else None,
    )
    added = [reviews.add_action(review.id, "张伟", *action) for action in ACTIONS]
    clock.advance(hours=1)
    reviews.complete_action(added[1].id, "陈静")
    review = reviews.review(incident_id, "张伟")
    if sign:
        review = reviews.sign_off(review.id, SIGNER, review.row_version)
    return review


@dataclass(frozen=True, slots=True)
class Written:
    facts: ReviewFacts
    review: ReviewInfo


def _written(folder: Path, template: Path, is_drill: bool) -> Written:
    path = folder / ("drill.sqlite3" if is_drill else "real.sqlite3")
    shutil.copyfile(template, path)
    database = open_database(f"sqlite:///{path}")
    try:
        clock = FakeClock(START)
        scripted.approve_plan(PlanLibrary(database, clock))
        incident = scripted.run(database, clock, is_drill).incident
        reviews = ReviewService(database, clock)
        review = write_review(reviews, clock, incident.id)
        return Written(reviews.facts(incident.id), review)
    finally:
        database.dispose()


@pytest.fixture(scope="module")
def real(tmp_path_factory: pytest.TempPathFactory, head_templates: HeadTemplates) -> Written:
    """A real response and its signed-off review, read once per module (SQLite)."""
    return _written(tmp_path_factory.mktemp("real"), head_templates.sqlite(), False)


@pytest.fixture(scope="module")
def drill(tmp_path_factory: pytest.TempPathFactory, head_templates: HeadTemplates) -> Written:
    """A drill run by the same script, and its signed-off review with objectives and ratings."""
    return _written(tmp_path_factory.mktemp("drill"), head_templates.sqlite(), True)


@pytest.fixture
def out(tmp_path: Path) -> Iterator[Path]:
    yield tmp_path / "report.pdf"
