"""Build the frozen CommandPost folder, smoke-test it, and report its size.

    .venv/bin/python packaging/build.py [--skip-build] [--dist DIR] [--work DIR]

1. Icons: PNG sizes, a Windows .ico and the SVG, rendered from resources/icons/commandpost.svg.
2. PyInstaller with packaging/commandpost.spec, in a work folder emptied first
   (default build/pyinstaller), into DIST/CommandPost (default dist/CommandPost). Then the
   desktop files: commandpost.ico beside the programs (the Windows installer uses it) and, on
   Linux, install.sh, the desktop entry and the icon theme under share/.
3. Smoke test of the frozen programs, offscreen, with a home folder of their own (nothing of the
   user's is read or written): ``commandpost --version``; ``commandpost selftest`` (a new
   database migrated from the bundled migrations, the shipped plans, a drill, its PDF with the
   Chinese font embedded, the PostgreSQL driver, keyring, time zones, and the window on that
   database); the PDF read back; ``CommandPost --check-start`` (the window program opens a
   database and shows its sign-in, then quits).
4. Size report: the whole folder, its 15 biggest parts, the Qt modules and plugins kept and left
   out (compared with the PySide6 this runs on).

Exit status 0 if all went well; else 1 and one sentence saying what failed.
"""

# ruff: noqa: T201  (a build script: it talks on stdout)

from __future__ import annotations

import argparse
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
PACKAGING = REPO / "packaging"
APP = "CommandPost"
WINDOWS = sys.platform == "win32"
EXE = ".exe" if WINDOWS else ""
CONSOLE = "commandpost-cli" if sys.platform in ("win32", "darwin") else "commandpost"
LINUX_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


class Failed(Exception):
    """A step failed; the message is the one sentence shown."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--skip-build", action="store_true", help="smoke-test an existing build")
    parser.add_argument("--dist", type=Path, default=REPO / "dist", help="where CommandPost/ goes")
    parser.add_argument(
        "--work",
        type=Path,
        default=REPO / "build" / "pyinstaller",
        help="PyInstaller's work folder",
    )
    args = parser.parse_args(argv)
    folder = args.dist.resolve() / APP
    try:
        if not args.skip_build:
            build(args.dist.resolve(), args.work.resolve())
        elif not (folder / f"{CONSOLE}{EXE}").is_file():
            raise Failed(f"there is no build in {folder} to test; run without --skip-build")
        smoke_test(folder)
        report(folder)
    except Failed as failure:
        print(f"build.py: {failure}", file=sys.stderr)
        return 1
    print(f"OK: {folder} is built and passed its smoke test.")
    return 0


# --- building ----------------------------------------------------------------------------------


def build(dist: Path, work: Path) -> None:
    sys.path.insert(0, str(PACKAGING))
    from icons import make_icons

    if importlib.util.find_spec("PyInstaller") is None:
        raise Failed(
            "PyInstaller is not installed here; install the test extra: pip install -e '.[test]'"
        )
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    svg = REPO / "resources" / "icons" / "commandpost.svg"
    try:
        icons = make_icons(svg, work / "icons")
    except (OSError, ValueError) as error:
        raise Failed(f"the icons could not be made from {svg} ({error})") from None
    log = work / "pyinstaller.log"
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--workpath",
        str(work),
        "--distpath",
        str(dist),
        str(PACKAGING / "commandpost.spec"),
        "--",
        "--icons",
        str(work / "icons"),
    ]
    print(f"Building {dist / APP} (PyInstaller; its log: {log})…", flush=True)
    started = time.monotonic()
    with log.open("w", encoding="utf-8") as out:
        try:
            done = subprocess.run(
                command, cwd=REPO, stdout=out, stderr=subprocess.STDOUT, timeout=1800, check=False
            )
        except subprocess.TimeoutExpired:
            raise Failed(f"PyInstaller did not finish within 30 minutes (see {log})") from None
    if done.returncode != 0:
        tail = log.read_text(encoding="utf-8", errors="replace").splitlines()[-15:]
        print("\n".join(tail), file=sys.stderr)
        raise Failed(f"PyInstaller failed with exit status {done.returncode} (see {log})")
    print(f"Built in {time.monotonic() - started:.0f} s.", flush=True)
    add_desktop_files(dist / APP, icons)


def add_desktop_files(folder: Path, icons: dict[str, Path]) -> None:
    """The icon for the Windows installer; on Linux the desktop entry, icons and install.sh."""
    shutil.copy2(icons["commandpost.ico"], folder / "commandpost.ico")
    if not sys.platform.startswith("linux"):
        return
    share = folder / "share"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    shutil.copy2(PACKAGING / "linux" / "commandpost.desktop", share / "applications")
    theme = share / "icons" / "hicolor"
    for size in LINUX_ICON_SIZES:
        target = theme / f"{size}x{size}" / "apps"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(icons[f"commandpost-{size}.png"], target / "commandpost.png")
    (theme / "scalable" / "apps").mkdir(parents=True, exist_ok=True)
    shutil.copy2(icons["commandpost.svg"], theme / "scalable" / "apps" / "commandpost.svg")
    installer = folder / "install.sh"
    shutil.copy2(PACKAGING / "linux" / "install.sh", installer)
    installer.chmod(0o755)


# --- the smoke test ----------------------------------------------------------------------------


def smoke_test(folder: Path) -> None:
    console, window = folder / f"{CONSOLE}{EXE}", folder / f"{APP}{EXE}"
    for program in (console, window):
        if not program.is_file():
            raise Failed(f"the build has no {program.name}")
    with tempfile.TemporaryDirectory(prefix="commandpost-smoke-") as temp:
        home = Path(temp)
        env = isolated_environment(home)
        version = run([str(console), "--version"], env, 60, "commandpost --version")
        print(f"Smoke test of {folder}: {version.strip()}", flush=True)
        out = home / "selftest"
        run([str(console), "selftest", "--out", str(out)], env, 300, "commandpost selftest", True)
        read_pdf_back(out / "drill-report.pdf")
        url = f"sqlite:///{(home / 'window.sqlite3').as_posix()}"
        run([str(window), "--check-start", "--db", url], env, 180, f"{APP} --check-start")
        print(f"ok      window program  {APP} --check-start opened a database and its sign-in")


def isolated_environment(home: Path) -> dict[str, str]:
    """The environment for the frozen programs: offscreen, in folders of the test's own."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("COMMANDPOST_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["HOME"] = env["USERPROFILE"] = str(home)
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[name] = str(home / name.lower())
    env["APPDATA"], env["LOCALAPPDATA"] = str(home / "roaming"), str(home / "local")
    return env


def run(
    command: list[str], env: dict[str, str], timeout: int, what: str, echo: bool = False
) -> str:
    try:
        done = subprocess.run(
            command, env=env, capture_output=True, text=True, timeout=timeout, check=False
        )
    except subprocess.TimeoutExpired:
        raise Failed(f"{what} did not finish within {timeout} s") from None
    except OSError as error:
        raise Failed(f"{what} could not be started ({error.strerror or error})") from None
    if echo:
        print(done.stdout.rstrip(), flush=True)
    if done.returncode != 0:
        if not echo:
            print(done.stdout.rstrip(), file=sys.stderr)
        print(done.stderr.rstrip(), file=sys.stderr)
        raise Failed(f"{what} failed with exit status {done.returncode}")
    return done.stdout


def read_pdf_back(pdf: Path) -> None:
    """The self-test's PDF, read as a reader would: a PDF, the Chinese font embedded, Chinese
    text extractable (with pypdf, where it is installed: the test extra has it)."""
    if not pdf.is_file():
        raise Failed(f"the self-test wrote no PDF at {pdf}")
    data = pdf.read_bytes()
    if not data.startswith(b"%PDF-") or b"/FontFile2" not in data:
        raise Failed(f"{pdf} is not a PDF with an embedded font")
    try:
        from pypdf import PdfReader
    except ImportError:
        print(f"ok      PDF read back   {pdf.name}: a PDF with an embedded font", flush=True)
        return
    reader = PdfReader(pdf)
    text = "".join(page.extract_text() or "" for page in reader.pages)
    if "演练" not in text:
        raise Failed(f"the Chinese text of {pdf} cannot be read back")
    fonts: set[str] = set()
    for page in reader.pages:
        resources: Any = page.get("/Resources")
        on_page: Any = resources.get_object().get("/Font") if resources is not None else None
        for font in (on_page.get_object() if on_page is not None else {}).values():
            fonts.add(str(font.get_object().get("/BaseFont", "")).lstrip("/"))
    print(
        f"ok      PDF read back   {len(reader.pages)} pages, Chinese text, fonts: "
        + ", ".join(sorted(fonts)),
        flush=True,
    )


# --- the size report ---------------------------------------------------------------------------


def size_of(path: Path) -> int:
    if path.is_symlink():
        return 0
    if path.is_file():
        return path.stat().st_size
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def report(folder: Path) -> None:
    internal = folder / "_internal"
    total = size_of(folder)
    print(f"\nSize of {folder}: {mb(total)}")
    parts: dict[str, int] = {}
    for entry in internal.iterdir():
        if entry.name == "PySide6":  # Qt itself, by library and module
            for part in (*entry.glob("*.*"), *(entry / "Qt" / "lib").glob("*")):
                parts[part.relative_to(folder).as_posix()] = size_of(part)
            plugins = entry / "Qt" / "plugins"
            parts["_internal/PySide6/Qt/plugins"] = size_of(plugins)
            parts["_internal/PySide6/Qt/translations"] = size_of(entry / "Qt" / "translations")
        else:
            parts[f"_internal/{entry.name}"] = size_of(entry)
    for entry in folder.iterdir():
        if entry.name != "_internal":
            parts[entry.name] = size_of(entry)
    print("Biggest parts:")
    for name, size in sorted(parts.items(), key=lambda item: -item[1])[:15]:
        print(f"  {mb(size):>9}  {name}")
    qt_report(internal / "PySide6")


def qt_report(bundled: Path) -> None:
    import PySide6

    source = Path(PySide6.__file__).parent

    def qt(root: Path) -> Path:  # PySide6/Qt on Linux and macOS, PySide6 itself on Windows
        return root / "Qt" if (root / "Qt").is_dir() else root

    def modules(root: Path) -> set[str]:
        return {p.name.split(".")[0] for p in root.glob("Qt*.*") if p.suffix in (".so", ".pyd")}

    def plugins(root: Path) -> set[str]:
        base = qt(root) / "plugins"
        return {
            f"{p.parent.name}/{p.name.split('.')[0]}"
            for p in base.glob("*/*")
            if p.suffix in (".so", ".dll", ".dylib")
        }

    def libraries(root: Path) -> set[str]:
        lib = qt(root) / "lib" if (qt(root) / "lib").is_dir() else root
        return {p.name.split(".")[0] for p in lib.glob("*") if "Qt6" in p.name and not p.is_dir()}

    def translations(root: Path) -> set[str]:
        return {p.name for p in (qt(root) / "translations").glob("*.qm")}

    for what, find in (
        ("Qt modules", modules),
        ("Qt libraries", libraries),
        ("Qt plugins", plugins),
    ):
        kept, available = find(bundled), find(source)
        print(f"{what} in ({len(kept)}): {', '.join(sorted(kept))}")
        print(f"{what} left out ({len(available - kept)}): {', '.join(sorted(available - kept))}")
    kept_qm, all_qm = translations(bundled), translations(source)
    print(
        f"Qt translations in: {', '.join(sorted(kept_qm))}; left out: {len(all_qm - kept_qm)} files"
    )


if __name__ == "__main__":
    sys.exit(main())
