"""``commandpost selftest``: support's first question, "does this installation work?", answered
one line per check, from this source checkout as from an installed or frozen CommandPost."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from commandpost.cli import main
from commandpost.selftest import run_checks

CHECKS = [
    "database",
    "plans",
    "drill",
    "report",
    "postgresql",
    "keyring",
    "time zones",
    "qt",
    "font",
    "translation",
    "icon",
    "main window",
]


def test_the_program_checks_everything_and_keeps_the_files_asked_for(tmp_path: Path) -> None:
    out = tmp_path / "kept"
    done = subprocess.run(
        [sys.executable, "-m", "commandpost", "selftest", "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("CommandPost 0.1.0 self-test")
    checked = [line[8:20].strip() for line in lines[1:-1]]
    assert checked == CHECKS
    assert all(line.startswith("ok      ") for line in lines[1:-1]), done.stdout
    assert lines[-1] == f"All {len(CHECKS)} checks passed."
    assert "the main window opened the library: 5 plans" in done.stdout
    assert "Traceback" not in done.stderr
    pdf = (out / "drill-report.pdf").read_bytes()
    assert pdf.startswith(b"%PDF-") and b"WenQuanYiMicroHei" in pdf
    assert (out / "commandpost-selftest.sqlite3").is_file()


def test_a_failed_check_says_why_and_the_checks_that_need_it_are_not_run(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("the database cannot be created inside a file")
    checks = {c.name: c for c in run_checks(not_a_folder)}
    assert not checks["database"].passed
    assert "Traceback" not in checks["database"].detail
    assert "\n" not in checks["database"].detail
    for needs in ("plans", "drill", "report"):
        assert not checks[needs].passed
        assert checks[needs].detail.startswith("not run: it needs the ")
    for independent in ("postgresql", "keyring", "time zones"):
        assert checks[independent].passed, checks[independent].detail


def test_an_out_that_is_a_file_is_refused_in_one_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "report.pdf"
    blocker.write_text("")
    assert main(["selftest", "--out", str(blocker)]) == 2
    err = capsys.readouterr().err
    assert (
        err == f"commandpost: {blocker} is not a folder; name a folder for the self-test's files\n"
    )
