"""A throwaway PostgreSQL 15 cluster for the test suite: real server, no setup by hand.

``initdb`` refuses to run as root (and everything runs as root on CI), so when root the server's
commands run as the ``postgres`` user through ``runuser``, in a temporary folder that user owns.
The cluster listens on 127.0.0.1 only, trusts loopback logins and skips fsync: it exists for one
test session and is deleted after it.
"""

from __future__ import annotations

import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import psycopg

PG_BIN = Path(os.environ.get("COMMANDPOST_PG_BIN", "/usr/lib/postgresql/15/bin"))
SERVER_USER = "postgres"
_START_ATTEMPTS = 3
_MEMORY_DIR = Path("/dev/shm")
"""A RAM-backed folder, when the machine has one: a throwaway cluster needs no disk, and creating
a database there takes ≈ 10 ms instead of 60–250 ms (it copies ≈ 8 MB of files)."""


class PostgresUnavailableError(RuntimeError):
    """The cluster could not be made; the message says what to install or look at."""


def free_port() -> int:
    """A TCP port nothing listens on right now (the server may still lose a race for it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class PostgresCluster:
    """A running cluster; :meth:`create_database` gives each test its own empty database."""

    def __init__(self, root: Path, port: int) -> None:
        self.root = root
        self.port = port
        self._names = itertools.count(1)
        self._admin = psycopg.connect(
            host="127.0.0.1", port=port, user=SERVER_USER, dbname="postgres", autocommit=True
        )

    @classmethod
    def start(cls) -> PostgresCluster:
        missing = [name for name in ("initdb", "pg_ctl") if not (PG_BIN / name).is_file()]
        if missing:
            raise PostgresUnavailableError(
                f"PostgreSQL 15 server programs not found in {PG_BIN} (missing: "
                f"{', '.join(missing)}). Install them (Debian: apt-get install postgresql-15) "
                "or point COMMANDPOST_PG_BIN at their folder; the storage tests need a real "
                "PostgreSQL."
            )
        in_memory = _MEMORY_DIR.is_dir() and os.access(_MEMORY_DIR, os.W_OK)
        root = Path(
            tempfile.mkdtemp(prefix="commandpost-pg-", dir=_MEMORY_DIR if in_memory else None)
        )
        try:
            if os.geteuid() == 0:
                shutil.chown(root, SERVER_USER, SERVER_USER)
            _run(
                root,
                "initdb",
                "-D",
                str(root / "data"),
                "-U",
                SERVER_USER,
                "--auth=trust",
                "--encoding=UTF8",
                "--locale=C",
                "--no-sync",
                "--no-instructions",
            )
            port = _start_server(root)
            return cls(root, port)
        except BaseException:
            shutil.rmtree(root, ignore_errors=True)
            raise

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{SERVER_USER}@127.0.0.1:{self.port}/{database}"

    def create_database(self, template: str | None = None) -> str:
        """A new database, empty or a copy of ``template``. FILE_COPY copies the files (cheap
        with fsync off) instead of writing every page to the WAL (≈ 250 ms on disk)."""
        name = f"test_{next(self._names)}"
        source = f' TEMPLATE "{template}"' if template else ""
        self._admin.execute(f'CREATE DATABASE "{name}"{source} STRATEGY FILE_COPY')
        return name

    def drop_database(self, name: str) -> None:
        self._admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def restart(self) -> None:
        """Stop the server as an operator would and start it again on the same port: every
        client connection is cut."""
        self._admin.close()
        data = str(self.root / "data")
        _run(self.root, "pg_ctl", "stop", "-w", "-D", data, "-m", "fast")
        _start_server(self.root, self.port)
        self._admin = psycopg.connect(
            host="127.0.0.1", port=self.port, user=SERVER_USER, dbname="postgres", autocommit=True
        )

    def stop_server(self) -> None:
        """Take the server down (fast shutdown: clients are cut off) and leave it down: from
        now on nothing answers on its port. :meth:`start_server` brings it back."""
        self._admin.close()
        _run(self.root, "pg_ctl", "stop", "-w", "-D", str(self.root / "data"), "-m", "fast")

    def start_server(self) -> None:
        """Start the server stopped by :meth:`stop_server` again, on the same port."""
        _start_server(self.root, self.port)
        self._admin = psycopg.connect(
            host="127.0.0.1", port=self.port, user=SERVER_USER, dbname="postgres", autocommit=True
        )

    def stop(self) -> None:
        self._admin.close()
        try:
            _run(self.root, "pg_ctl", "stop", "-D", str(self.root / "data"), "-m", "immediate")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)


def _start_server(root: Path, fixed_port: int | None = None) -> int:
    log = root / "server.log"
    for _ in range(_START_ATTEMPTS):
        port = fixed_port or free_port()
        options = " ".join(
            (
                f"-c port={port}",
                "-c listen_addresses=127.0.0.1",
                f"-c unix_socket_directories={root}",
                "-c fsync=off",
                "-c synchronous_commit=off",
                "-c full_page_writes=off",
            )
        )
        started = _run(
            root,
            "pg_ctl",
            "start",
            "-w",
            "-t",
            "30",
            "-D",
            str(root / "data"),
            "-l",
            str(log),
            "-o",
            options,
            check=False,
        )
        if started.returncode == 0:
            return port
        if "Address already in use" not in _read(log):
            break
    raise PostgresUnavailableError(
        f"the test PostgreSQL server did not start:\n{started.stdout}{_read(log)}"
    )


def _run(
    root: Path, program: str, *args: str, check: bool = True
) -> subprocess.CompletedProcess[str]:
    command = [str(PG_BIN / program), *args]
    if os.geteuid() == 0:
        command = ["runuser", "-u", SERVER_USER, "--", *command]
    result = subprocess.run(
        command, cwd=root, capture_output=True, text=True, timeout=120, check=False
    )
    if check and result.returncode != 0:
        raise PostgresUnavailableError(
            f"{program} failed ({result.returncode}):\n{result.stdout}{result.stderr}"
        )
    return result


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
