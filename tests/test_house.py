"""The code checks run with the suite, so CI enforces them: lint, format, types, layering,
module size."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
MAX_MODULE_LINES = 400


@pytest.mark.parametrize(
    "command",
    [
        ["ruff", "check", "."],
        ["ruff", "format", "--check", "."],
        ["mypy"],
        ["lint-imports"],
    ],
    ids=["ruff-check", "ruff-format", "mypy", "import-layers"],
)
def test_code_check_passes(command: list[str]) -> None:
    result = subprocess.run(
        [str(BIN / command[0]), *command[1:]],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]


def test_no_module_is_over_400_lines() -> None:
    sources = [*REPO.joinpath("src").rglob("*.py"), *REPO.joinpath("tests").rglob("*.py")]
    long = {
        str(p.relative_to(REPO)): n
        for p in sources
        if "migrations/versions" not in p.as_posix()
        and (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert not long, f"split these modules by responsibility: {long}"
