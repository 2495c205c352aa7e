"""The frozen build, made once per run by ``packaging/build.py`` into the run's temporary folder
(never the repository's ``dist/``), for the tests that look at what it produced; removed after
the run (it is 200 MB)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator

import pytest

from installers.installer_support import REPO, FrozenBuild


@pytest.fixture(scope="session")
def frozen_build(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FrozenBuild]:
    root = tmp_path_factory.mktemp("frozen")
    command = [sys.executable, str(REPO / "packaging" / "build.py")]
    command += ["--dist", str(root / "dist"), "--work", str(root / "build")]
    done = subprocess.run(command, capture_output=True, text=True, timeout=1500, check=False)
    shutil.rmtree(root / "build", ignore_errors=True)
    yield FrozenBuild(root / "dist" / "CommandPost", done.returncode, done.stdout + done.stderr)
    shutil.rmtree(root, ignore_errors=True)
