"""``commandpost sample --out FILE``: the sample drill written to a new file, without signing in
and without touching the database in use; an existing file is refused in one sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from commandpost.cli import main
from commandpost.services.incidents import IncidentService
from commandpost.store.schema import open_database

pytestmark = pytest.mark.usefixtures("config_home")


def test_the_sample_is_written_and_the_database_in_use_is_left_alone(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = tmp_path / "real.sqlite3"
    real.write_bytes(b"not even opened")
    monkeypatch.setenv("COMMANDPOST_DB", f"sqlite:///{real}")
    out = tmp_path / "practice.sqlite"
    code = main(["sample", "--out", str(out), "--lang", "en"])
    said, err = capsys.readouterr()
    assert (code, err) == (0, "")
    assert said.startswith(f"Sample drill written to {out} (incident 1).")
    assert "--user 'Wang Min'" in said or '--user "Wang Min"' in said
    assert real.read_bytes() == b"not even opened"
    service = IncidentService(open_database(f"sqlite:///{out}"))
    try:
        [drill] = service.list_incidents()
    finally:
        service.dispose()
    assert drill.is_drill and drill.overdue_tasks == 2


def test_an_existing_file_is_refused(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    out = tmp_path / "mine.sqlite3"
    out.write_bytes(b"keep me")
    code = main(["sample", "--out", str(out)])
    _said, err = capsys.readouterr()
    assert code == 2
    assert err == (
        f"commandpost: {out} already exists; choose a new file name for the sample drill.\n"
    )
    assert out.read_bytes() == b"keep me"
