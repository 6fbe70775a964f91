; Inno Setup 6 script: a per-user Windows install of the PyInstaller onedir (dist\saksi), no administrator needed.
; Built by packaging/dist.py when ISCC is on PATH:  iscc /DVersion=0.1.0 packaging\windows\saksi.iss
; -> dist\Saksi-0.1.0-setup.exe
;
; Upgrades keep vaults and settings: they never live in the install folder. Vaults are folders the user
; chose (e.g. Documents\Office.saksi); settings and logs are in %LOCALAPPDATA%\Saksi (platformdirs). An
; upgrade replaces only the program files ({app}\_internal is emptied first so no file of the old version
; is left behind); uninstalling removes only what the installer put there.

#ifndef Version
  #define Version "0.0.0"
#endif

[Setup]
; The same AppId for every release: a newer installer upgrades the installed one in place.
AppId={{8C5B2F0E-6E1A-4F39-9B7D-3A2C5D1E9F47}
AppName=Saksi
AppVersion={#Version}
AppVerName=Saksi {#Version}
AppPublisher=Saksi developers
AppCopyright=Saksi is free software: GPL-3.0-or-later
VersionInfoVersion={#Version}
VersionInfoProductName=Saksi
; Qt 6 runs on Windows 10 1809 and newer.
MinVersion=10.0.17763
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\Saksi
DefaultGroupName=Saksi
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
LicenseFile=..\..\LICENSE
SetupIconFile=..\icons\saksi.ico
UninstallDisplayIcon={app}\saksi-desktop.exe
OutputDir=..\..\dist
OutputBaseFilename=Saksi-{#Version}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running Saksi before replacing its files (its vault is locked and saved first by the app).
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; Files of the previous version's program folder only; never the user's data.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\..\dist\saksi\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\..\CHANGELOG.md"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\Saksi"; Filename: "{app}\saksi-desktop.exe"; WorkingDir: "{userdocs}"
Name: "{autodesktop}\Saksi"; Filename: "{app}\saksi-desktop.exe"; WorkingDir: "{userdocs}"; Tasks: desktopicon

[Run]
Filename: "{app}\saksi-desktop.exe"; Description: "{cm:LaunchProgram,Saksi}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Nothing beyond the installed files: vaults, settings and logs stay with the user.
Type: dirifempty; Name: "{app}"
