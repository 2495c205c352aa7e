"""What incident tests share: the incident test plan, its start time, and a clock the test moves
by hand (the service takes its time from it; nothing sleeps)."""

from __future__ import annotations

import functools
from datetime import datetime, timedelta
from pathlib import Path

from commandpost.incident.workdays import CHINA
from commandpost.plan.loader import LoadedPlan, load_plan_text

PLAN_FILE = Path(__file__).parent / "data" / "incident-plan.yaml"
PLAN_ID = "incident-test"
START = datetime(2025, 9, 30, 10, 0, tzinfo=CHINA)
"""Tuesday 30 September 2025, 10:00 in China: the eve of the National Day holiday."""


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now


@functools.cache
def incident_plan(version: int = 1, replace: tuple[tuple[str, str], ...] = ()) -> LoadedPlan:
    """The incident test plan, as another version or with some text replaced (parsed once:
    loaded plans are immutable)."""
    text = PLAN_FILE.read_text(encoding="utf-8").replace("version: 1", f"version: {version}", 1)
    for old, new in replace:
        assert old in text, old
        text = text.replace(old, new)
    return load_plan_text(text, f"incident-plan-v{version}.yaml")
