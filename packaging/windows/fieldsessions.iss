; Inno Setup script: a per-user installer for the Windows bundle (no administrator rights,
; which facilitators on managed laptops often do not have).
;
;   py packaging\dev.py bundle                               (dist\fieldsessions\ on Windows)
;   iscc /DAppVersion=0.1.0 packaging\windows\fieldsessions.iss
;
; Output: dist\fieldsessions-0.1.0-windows-x64-setup.exe. Not run yet: see packaging/README.md.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6E0B3E4C-5A7D-4B8E-9B21-3F1C2D4A9E10}
AppName=fieldsessions
AppVersion={#AppVersion}
AppPublisher=fieldsessions
DefaultDirName={autopf}\fieldsessions
DefaultGroupName=fieldsessions
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=fieldsessions-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\resources\icons\fieldsessions.ico
UninstallDisplayIcon={app}\fieldsessions.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "portuguese"; MessagesFile: "compiler:Languages\Portuguese.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; the whole one-folder bundle (fieldsessions.exe: the app; fieldsessions-cli.exe: the commands)
Source: "..\..\dist\fieldsessions\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\fieldsessions"; Filename: "{app}\fieldsessions.exe"
Name: "{autodesktop}\fieldsessions"; Filename: "{app}\fieldsessions.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\fieldsessions.exe"; Description: "{cm:LaunchProgram,fieldsessions}"; Flags: nowait postinstall skipifsilent

; The data file lives in the user's data folder (%LOCALAPPDATA%\fieldsessions), never in {app}:
; uninstalling leaves the facilitator's data where it is.
