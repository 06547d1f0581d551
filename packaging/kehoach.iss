; Inno Setup script for KếHoạch Desktop (Inno Setup 6.3 or newer).
;
; Installs the PyInstaller folder dist\KeHoach (built by `pyinstaller build.spec` at the repo
; root): KeHoach.exe (the desktop app) and kehoach-cli.exe (the `kehoach` command) with their
; shared _internal\ folder. Per-user by default, without administrator rights (into
; %LOCALAPPDATA%\Programs\KeHoach); the first page lets an administrator install for all users.
; Vietnamese first (packaging\Vietnamese.isl, shipped here: the compiler has none), English second.
; A .kehoach sync bundle double-clicked in Explorer opens KeHoach.exe with its path, which shows
; the bundle's import preview after login.
;
; Build:   iscc packaging\kehoach.iss                      (from the repository root)
;          iscc /DAppVersion=0.2.0 packaging\kehoach.iss   (default: the version in KeHoach.exe)
;          iscc /DDistDir=C:\path\to\KeHoach packaging\kehoach.iss
;
; The user's data (databases, backups, keys, logs, matplotlib's font cache) lives in
; %LOCALAPPDATA%\KeHoachDesktop, outside {app}: uninstalling keeps it unless the user says to
; delete it when asked (never in a silent uninstall).
; Every path below was checked against the Linux onedir (dist/KeHoach: KeHoach, kehoach,
; _internal/) with Windows names (KeHoach.exe, kehoach-cli.exe); it cannot be compiled here.
; This file is UTF-8 with a BOM.

#define AppName "KếHoạch Desktop"
#define AppExeName "KeHoach.exe"
#define CliExeName "kehoach-cli.exe"
#define DataFolder "KeHoachDesktop"
#ifndef DistDir
  #define DistDir AddBackslash(SourcePath) + "..\dist\KeHoach"
#endif
#define IconFile AddBackslash(SourcePath) + "..\resources\icons\kehoach.ico"

#if !FileExists(AddBackslash(DistDir) + AppExeName)
  #error "dist\KeHoach\KeHoach.exe not found: run `pyinstaller build.spec` first (or pass /DDistDir=...)."
#endif
#if !FileExists(AddBackslash(DistDir) + CliExeName)
  #error "dist\KeHoach\kehoach-cli.exe not found: build.spec makes both programs; rebuild."
#endif
#if !FileExists(AddBackslash(SourcePath) + "Vietnamese.isl")
  #error "packaging\Vietnamese.isl is missing: it ships with the repository."
#endif
#ifndef AppVersion
  ; build.spec writes pyproject.toml's version into the .exe's version resource.
  #define AppVersion GetStringFileInfo(AddBackslash(DistDir) + AppExeName, "ProductVersion")
#endif

[Setup]
; AppId identifies the product across versions: never change it.
AppId={{A4131595-836B-4A5E-84B2-246181420DBE}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=KếHoạch Desktop team
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription=Cài đặt {#AppName}
VersionInfoCompany=KếHoạch Desktop team
; {autopf} is %LOCALAPPDATA%\Programs for a per-user install, Program Files for all users.
DefaultDirName={autopf}\KeHoach
DisableProgramGroupPage=yes
; Per-user by default: officers rarely have administrator rights on an office PC. The dialog (or
; /ALLUSERS on the command line) lets an administrator install for every account instead.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6.11 (PySide6) supports Windows 10 1809 (build 17763) and newer; an older Windows 10 would
; install and then fail to start, so Setup refuses it with a clear message instead.
MinVersion=10.0.17763
OutputDir=..\dist\installer
OutputBaseFilename=KeHoach-Setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExeName}
SetupIconFile={#IconFile}
CloseApplications=yes
RestartApplications=no
; The .kehoach association: Explorer is told to refresh its icons and "Open with" lists.
ChangesAssociations=yes

[Languages]
; The first entry is the default when Windows' language matches neither.
Name: "vi"; MessagesFile: "compiler:Default.isl,Vietnamese.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
; Vietnamese ones are in Vietnamese.isl.
en.BundleFileType=KeHoach sync bundle
en.DeleteUserData=Also delete this PC's commune data (databases, backups, keys, logs) in %1?%n%nChoose No to keep it (recommended if you will reinstall).

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "assoc"; Description: "{cm:AssocFileExtension,{#AppName},.kehoach}"

[InstallDelete]
; An upgrade replaces the bundled libraries whole, so files a newer build no longer has go.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#DistDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; WorkingDir: "{app}"; Tasks: desktopicon

[Registry]
; HKA is HKCU\Software\Classes for a per-user install and HKLM for all users.
Root: HKA; Subkey: "Software\Classes\.kehoach"; ValueType: string; ValueName: ""; ValueData: "KeHoach.Bundle"; Flags: uninsdeletevalue; Tasks: assoc
Root: HKA; Subkey: "Software\Classes\.kehoach\OpenWithProgids"; ValueType: string; ValueName: "KeHoach.Bundle"; ValueData: ""; Flags: uninsdeletevalue; Tasks: assoc
Root: HKA; Subkey: "Software\Classes\KeHoach.Bundle"; ValueType: string; ValueName: ""; ValueData: "{cm:BundleFileType}"; Flags: uninsdeletekey; Tasks: assoc
Root: HKA; Subkey: "Software\Classes\KeHoach.Bundle\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExeName},0"; Tasks: assoc
Root: HKA; Subkey: "Software\Classes\KeHoach.Bundle\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"" ""%1"""; Tasks: assoc
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExeName}\SupportedTypes"; ValueType: string; ValueName: ".kehoach"; ValueData: ""; Flags: uninsdeletekey; Tasks: assoc

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#StringChange(AppName, '&', '&&')}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section on purpose: the uninstaller removes only what it installed in
; {app}. The user's data is deleted only when the user says so below.
[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep <> usPostUninstall then
    Exit;
  // platformdirs.user_data_path("KeHoachDesktop"): the data of the account that uninstalls.
  DataDir := ExpandConstant('{localappdata}\{#DataFolder}');
  if UninstallSilent or not DirExists(DataDir) then
    Exit;
  if SuppressibleMsgBox(FmtMessage(CustomMessage('DeleteUserData'), [DataDir]),
                        mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES then
    DelTree(DataDir, True, True, True);
end;
