; Windows: dist\cancel365 (from `pyinstaller build.spec` on Windows) -> dist\Cancel365-VERSION-setup.exe
;   iscc /DVersion=0.1.0 packaging\windows\cancel365.iss      (Inno Setup 6)
; A per-user install (no administrator rights: small-business admins are often not local admins),
; a Start menu entry, and an uninstaller in Settings > Apps.
#ifndef Version
  #define Version "0.1.0"
#endif

[Setup]
AppId={{6C3B0F5E-3A1D-4E4B-9B8E-3C65C0A71365}
AppName=Cancel365
AppVersion={#Version}
AppVerName=Cancel365 {#Version}
AppPublisher=Cancel365
DefaultDirName={localappdata}\Programs\Cancel365
DefaultGroupName=Cancel365
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=Cancel365-{#Version}-setup
SetupIconFile=..\..\resources\icons\cancel365.ico
UninstallDisplayIcon={app}\cancel365.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "swedish"; MessagesFile: "compiler:Languages\Swedish.isl"
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "norwegian"; MessagesFile: "compiler:Languages\Norwegian.isl"

[Files]
Source: "..\..\dist\cancel365\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\Cancel365"; Filename: "{app}\cancel365.exe"
Name: "{userprograms}\Cancel365 (demo tenant)"; Filename: "{app}\cancel365.exe"; Parameters: "--demo"

[Run]
Filename: "{app}\cancel365.exe"; Description: "{cm:LaunchProgram,Cancel365}"; Flags: nowait postinstall skipifsilent
