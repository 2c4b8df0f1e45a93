; Inno Setup 6 script: installs dist\MunicipalESS (built by `python tasks.py package` on Windows)
; for the current user, without administrator rights. Build: see packaging\windows\README.md.
;   iscc /DAppVersion=0.1.0 packaging\windows\municipaless.iss
; `python tasks.py installer` passes AppVersion from municipaless.__version__; the default below
; is kept equal to it by tests/packaging/test_windows_installer.py.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "MunicipalESS"
#define AppExe "MunicipalESS.exe"
#define ProgId "MunicipalESS.Territoire"

[Setup]
; A fixed AppId: an update replaces the previous installation instead of adding a second one.
AppId={{6B0E6C3A-4E1D-4C2B-9E8A-2F5D7C1B9A40}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=MunicipalESS
VersionInfoVersion={#AppVersion}
; Per user: no UAC prompt, installed in %LOCALAPPDATA%\Programs\MunicipalESS.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={userpf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
SetupIconFile=..\..\build\pyinstaller\icons\municipaless.ico
SourceDir=.
OutputDir=..\..\dist
OutputBaseFilename=MunicipalESS-{#AppVersion}-installation
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; The .municipaless association is written below: Explorer must refresh its icons.
ChangesAssociations=yes
CloseApplications=yes

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\MunicipalESS\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Suivi de l'économie sociale et solidaire de la commune"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .municipaless -> MunicipalESS.Territoire, for this user only (HKCU\Software\Classes). The
; uninstaller removes the keys it created (uninsdeletekey / uninsdeletevalue).
Root: HKCU; Subkey: "Software\Classes\.municipaless"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.municipaless\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Fichier de territoire MunicipalESS"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".municipaless"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
