; Inno Setup script: the Windows installer for the frozen folder that
; packaging/logbook.spec makes. Built by packaging/build-windows.ps1:
;   iscc /DVersion=0.1.0 /DFrozen=..\build\frozen\logbook /DIcon=..\build\logbook.ico logbook.iss
; It installs for the current user by default (no administrator rights needed; an
; administrator may choose all users), adds a Start menu entry that opens the app with
; no console window (logbookw.exe), and puts the command line (logbook.exe) in the
; program's folder. Nothing is downloaded during installation.

#ifndef Version
  #error Pass the version: iscc /DVersion=X.Y.Z
#endif
#ifndef Frozen
  #define Frozen "..\build\frozen\logbook"
#endif
#ifndef Icon
  #define Icon "..\build\logbook.ico"
#endif

[Setup]
AppId={{6F1B3C52-9D7E-4E43-8A1C-4C0B6E2D9A71}
AppName=Logbook
AppVersion={#Version}
AppPublisher=Logbook
DefaultDirName={autopf}\Logbook
DefaultGroupName=Logbook
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=logbook-{#Version}-windows-x64-setup
SetupIconFile={#Icon}
UninstallDisplayIcon={app}\logbookw.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Needs Inno Setup 6.3 or later (x64compatible).
LicenseFile=..\linux\copyright

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Frozen}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Logbook"; Filename: "{app}\logbookw.exe"
Name: "{autodesktop}\Logbook"; Filename: "{app}\logbookw.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\logbookw.exe"; Description: "{cm:LaunchProgram,Logbook}"; Flags: nowait postinstall skipifsilent
