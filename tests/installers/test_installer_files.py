"""The installers around the frozen folder: the Windows Inno Setup script (Inno Setup cannot run
here, so its references are checked against what the build makes), the Linux desktop entry, and
install.sh run for real into a home folder of the test's own."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path, PureWindowsPath

import pytest

from installers.installer_support import REPO, FrozenBuild

ISS = REPO / "packaging" / "windows" / "commandpost.iss"
DESKTOP = REPO / "packaging" / "linux" / "commandpost.desktop"
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux desktops")


def iss_text() -> str:
    """The script with its ``#define``-d names put in, as Inno Setup's preprocessor does."""
    text = ISS.read_text(encoding="utf-8-sig")
    defines = dict(re.findall(r'^#define (\w+) "([^"]*)"', text, flags=re.M))
    return re.sub(r"\{#(\w+)\}", lambda m: defines[m.group(1)], text)


def built_name(windows_name: str) -> str:
    """A program's file name on the platform the test runs on."""
    return windows_name if sys.platform == "win32" else windows_name.removesuffix(".exe")


def test_the_windows_installer_has_the_projects_version_and_only_files_the_build_makes(
    frozen_build: FrozenBuild,
) -> None:
    assert frozen_build.returncode == 0, frozen_build.output[-3000:]
    raw = ISS.read_text(encoding="utf-8-sig")
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert re.search(r'^#define AppVersion "([^"]+)"', raw, flags=re.M)[1] == project["version"]  # type: ignore[index]
    text = iss_text()
    dist = re.search(r'^#define DistDir "([^"]+)"', raw, flags=re.M)[1]  # type: ignore[index]
    # the folder build.py writes by default, relative to the script
    assert (
        ISS.parent / PureWindowsPath(dist).as_posix()
    ).resolve() == REPO / "dist" / "CommandPost"

    def in_build(windows_path: str) -> Path:
        relative = PureWindowsPath(windows_path).relative_to(PureWindowsPath(dist))
        return Path(frozen_build.folder, *relative.parts)

    sources = re.findall(r'^Source: "([^"]+)"', text, flags=re.M)
    assert sources == [f"{dist}\\*"]
    assert any(frozen_build.folder.iterdir())
    icon = re.search(r"^SetupIconFile=(.+)$", text, flags=re.M)[1].strip()  # type: ignore[index]
    assert in_build(icon).is_file()
    installed = set(re.findall(r'\{app\}\\([^"\s,;]+)', text))
    assert installed == {"CommandPost.exe"}
    for name in installed:
        assert (frozen_build.folder / built_name(name)).is_file(), name


def test_the_windows_installer_adds_open_with_for_yaml_and_keeps_the_users_data() -> None:
    text = iss_text()
    registry = [line for line in text.splitlines() if line.startswith("Root: HKA;")]
    for extension in (".yaml", ".yml"):
        key = f"Software\\Classes\\{extension}"
        # only "Open with": the extension's own key and its default program are left alone
        assert [line for line in registry if f'"{key}' in line] == [
            f'Root: HKA; Subkey: "{key}\\OpenWithProgids"; ValueType: string; '
            'ValueName: "CommandPost.Plan"; ValueData: ""; Flags: uninsdeletevalue'
        ]
    assert any('Subkey: "Software\\Classes\\CommandPost.Plan"' in line for line in registry)
    assert any("SupportedTypes" in line and '".yaml"' in line for line in registry)
    assert '"""{app}\\CommandPost.exe"" ""%1"""' in text  # opened with the file's path
    assert "PrivilegesRequiredOverridesAllowed=dialog" in text  # per user or per machine
    assert not re.search(r"^\[UninstallDelete\]", text, flags=re.M)
    assert "KEPT on uninstall" in text
    assert re.search(r'^Name: "\{group\}\\\{cm:AppTitle\}"; Filename: "\{app\}', text, re.M)
    assert re.search(r'^Name: "\{group\}.*Filename: "\{uninstallexe\}"', text, re.M)
    assert re.search(r'^Name: "\{autodesktop\}.*Tasks: desktopicon', text, re.M)


def test_the_desktop_entry_names_the_program_in_both_languages_and_opens_yaml_plans() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    keys = entry["Desktop Entry"]
    assert (keys["Name"], keys["Name[zh_CN]"]) == ("CommandPost", "应急指挥台")
    assert keys["Comment"] and "应急预案" in keys["Comment[zh_CN]"]
    assert keys["Exec"] == "CommandPost %f"
    assert keys["Icon"] == "commandpost"
    assert "Office" in keys["Categories"].split(";")
    assert {"application/yaml", "application/x-yaml"} <= set(keys["MimeType"].split(";"))
    assert keys["StartupWMClass"] == "CommandPost"  # the application name the window sets
    if shutil.which("desktop-file-validate"):
        done = subprocess.run(
            ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, done.stdout + done.stderr


@linux_only
def test_install_sh_installs_for_the_user_and_uninstalls_keeping_the_data(
    frozen_build: FrozenBuild, tmp_path: Path
) -> None:
    assert frozen_build.returncode == 0, frozen_build.output[-3000:]
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env |= {"HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}

    def sh(script: Path, *args: str) -> str:
        done = subprocess.run(
            [str(script), *args], env=env, capture_output=True, text=True, timeout=300, check=False
        )
        assert done.returncode == 0, done.stdout + done.stderr
        return done.stdout

    sh(frozen_build.folder / "install.sh")
    prefix = home / ".local" / "opt" / "CommandPost"
    assert (prefix / "CommandPost").is_file() and (prefix / "_internal").is_dir()
    entry = (home / ".local/share/applications/commandpost.desktop").read_text(encoding="utf-8")
    assert f'Exec="{prefix}/CommandPost" %f' in entry.splitlines()
    icons = home / ".local" / "share" / "icons" / "hicolor"
    assert (icons / "48x48" / "apps" / "commandpost.png").is_file()
    assert (icons / "256x256" / "apps" / "commandpost.png").is_file()
    assert (icons / "scalable" / "apps" / "commandpost.svg").is_file()
    command = home / ".local" / "bin" / "commandpost"
    version = subprocess.run(
        [str(command), "--version"], env=env, capture_output=True, text=True, check=False
    )
    assert version.stdout.strip() == "CommandPost 0.1.0", version.stderr

    data = home / ".local" / "share" / "CommandPost" / "commandpost.sqlite3"
    data.parent.mkdir(parents=True)
    data.write_text("the user's database")
    sh(prefix / "install.sh", "--uninstall")
    assert not prefix.exists() and not command.exists()
    assert not (home / ".local/share/applications/commandpost.desktop").exists()
    assert not list(icons.rglob("commandpost.*"))
    assert data.read_text() == "the user's database"
