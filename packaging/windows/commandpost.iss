; CommandPost (应急指挥台) for Windows: an Inno Setup 6 script around the frozen folder.
;
; Build the folder first, on Windows (packaging\build.py makes dist\CommandPost and tests it),
; then compile this script with Inno Setup 6:
;
;     .venv\Scripts\python packaging\build.py
;     "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" packaging\windows\commandpost.iss
;
; which writes dist\CommandPost-<version>-setup.exe. The installer asks whether to install for
; the current user only (no administrator needed; the default) or for everyone on the computer.
; It adds a Start-menu entry for the window program (and one to uninstall), an optional desktop
; icon, and "Open with CommandPost" for .yaml and .yml plan files (a ProgID CommandPost.Plan;
; YAML files keep whatever program they open with by default).
;
; The version below must be the one in pyproject.toml (a test checks it, and that every file
; named here is one the build makes).

#define AppName "CommandPost"
#define AppVersion "0.1.0"
#define DistDir "..\..\dist\CommandPost"
#define WindowExe "CommandPost.exe"

[Setup]
AppId={{4B6B4862-D2D9-4230-BAB4-E76F050BC86E}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile={#DistDir}\commandpost.ico
UninstallDisplayIcon={app}\{#WindowExe}
UninstallDisplayName={#AppName} {#AppVersion}
ChangesAssociations=yes
WizardStyle=modern
Compression=lzma2
SolidCompression=yes
; Per-user data is KEPT on uninstall, on purpose: the database (%LOCALAPPDATA%\CommandPost), the
; saved connection and settings (%LOCALAPPDATA%\CommandPost, HKCU\Software\CommandPost), the
; logs (%LOCALAPPDATA%\CommandPost\Logs) and the password in the Windows Credential Manager.
; An emergency record must outlive a reinstall. So this script has no [UninstallDelete] section:
; the uninstaller removes only what the installer wrote.

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "zh"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif

[CustomMessages]
en.AppTitle=CommandPost
en.PlanFile=CommandPost plan
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
zh.AppTitle=应急指挥台 CommandPost
zh.PlanFile=CommandPost 应急预案
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{cm:AppTitle}"; Filename: "{app}\{#WindowExe}"; IconFilename: "{app}\{#WindowExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{cm:AppTitle}"; Filename: "{app}\{#WindowExe}"; Tasks: desktopicon

[Registry]
; The plan-file type: opens a plan file in CommandPost, which offers to import it.
Root: HKA; Subkey: "Software\Classes\CommandPost.Plan"; ValueType: string; ValueName: ""; ValueData: "{cm:PlanFile}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\CommandPost.Plan\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#WindowExe},0"
Root: HKA; Subkey: "Software\Classes\CommandPost.Plan\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#WindowExe}"" ""%1"""
; "Open with" for YAML files, without taking them over: .yaml and .yml keep their default program.
Root: HKA; Subkey: "Software\Classes\.yaml\OpenWithProgids"; ValueType: string; ValueName: "CommandPost.Plan"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.yml\OpenWithProgids"; ValueType: string; ValueName: "CommandPost.Plan"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\{#WindowExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{cm:AppTitle}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#WindowExe}\SupportedTypes"; ValueType: string; ValueName: ".yaml"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#WindowExe}\SupportedTypes"; ValueType: string; ValueName: ".yml"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#WindowExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#WindowExe}"" ""%1"""

[Run]
Filename: "{app}\{#WindowExe}"; Description: "{cm:LaunchProgram,{cm:AppTitle}}"; Flags: nowait postinstall skipifsilent
