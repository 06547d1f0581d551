; Inno Setup script for KếHoạch Desktop (Inno Setup 6.3 or newer; it ships Vietnamese.isl).
;
; Installs the PyInstaller folder dist\KeHoach (built by `pyinstaller build.spec` at the repo
; root) into Program Files, with a Start-menu shortcut and an optional desktop shortcut for
; KeHoach.exe. The console command kehoach-cli.exe is installed beside it.
;
; Build:   iscc packaging\kehoach.iss                      (from the repository root)
;          iscc /DAppVersion=0.2.0 packaging\kehoach.iss   (another version number)
;          iscc /DDistDir=C:\path\to\KeHoach packaging\kehoach.iss
;
; The user's data (databases, backups, logs) lives in %LOCALAPPDATA%\KeHoachDesktop, outside
; {app}; this script never names that folder, so uninstalling leaves it where it is.
; This file is UTF-8 (with a BOM, for Inno Setup releases before 6.3).

#define AppName "KếHoạch Desktop"
#define AppExeName "KeHoach.exe"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef DistDir
  #define DistDir AddBackslash(SourcePath) + "..\dist\KeHoach"
#endif
#define IconFile AddBackslash(SourcePath) + "..\resources\icons\kehoach.ico"

#if !FileExists(AddBackslash(DistDir) + AppExeName)
  #error "dist\KeHoach\KeHoach.exe not found: run `pyinstaller build.spec` first (or pass /DDistDir=...)."
#endif
#if !FileExists(AddBackslash(CompilerPath) + "Languages\Vietnamese.isl")
  #error "Languages\Vietnamese.isl is missing from this Inno Setup: install Inno Setup 6.3 or newer."
#endif

[Setup]
; AppId identifies the product across versions: never change it.
AppId={{A4131595-836B-4A5E-84B2-246181420DBE}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=KếHoạch Desktop team
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\KeHoach
DisableProgramGroupPage=yes
; Program Files needs administrator rights; the dialog lets a user without them install
; for themselves only (into their own Programs folder) instead.
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist\installer
OutputBaseFilename=KeHoach-Setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExeName}
CloseApplications=yes
#if FileExists(IconFile)
SetupIconFile={#IconFile}
#endif

[Languages]
; The first entry is the default when Windows' language matches neither.
Name: "vi"; MessagesFile: "compiler:Languages\Vietnamese.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the bundled libraries whole, so files a newer build no longer has go.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section on purpose: the uninstaller removes only what it installed in
; {app}, and %LOCALAPPDATA%\KeHoachDesktop (the user's databases and backups) stays.
