; Inno Setup script: a per-user installer around the PyInstaller onedir build.
;
;   uv run --group packaging pyinstaller --noconfirm packaging/pyinstaller/microbreak.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\microbreak.iss
;
; gives dist\microbreak-0.1.0-setup.exe. No administrator rights: it installs
; into %LOCALAPPDATA%\Programs\microbreak, adds a Start menu entry and, if
; ticked, starts microbreak when the user signs in (HKCU Run key).
; Written, not yet built or run: see packaging/README.md.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "microbreak"
#define AppId "io.github.microbreak.Microbreak"
#define AppExe "microbreak.exe"

[Setup]
; A fixed GUID: upgrades replace the installed copy instead of adding another.
AppId={{5C0F3E4B-8E1D-4F7A-9B61-2D7C9A4E1F35}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=microbreak developers
AppPublisherURL=https://github.com/microbreak/microbreak
AppSupportURL=https://github.com/microbreak/microbreak/issues
; Per user, never elevated: {autopf} becomes %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExe}
SetupIconFile=microbreak.ico
OutputDir=..\..\dist
OutputBaseFilename=microbreak-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; An upgrade closes the running tray app first (Restart Manager).
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "startatlogin"; Description: "Start microbreak when I sign in"; GroupDescription: "When to start:"

[Files]
Source: "..\..\dist\microbreak\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; The AppUserModelID lets Windows attribute toast notifications to microbreak.
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppId}"; Comment: "Short guided desk exercises every 30 to 60 minutes"
Name: "{group}\Uninstall {#AppName}"; Filename: "{uninstallexe}"

[Registry]
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: string; ValueName: "{#AppName}"; ValueData: """{app}\{#AppExe}"""; Flags: uninsdeletevalue; Tasks: startatlogin

[Run]
Filename: "{app}\{#AppExe}"; Description: "Start microbreak now"; Flags: nowait postinstall skipifsilent

[UninstallRun]
; Ask a running microbreak to quit so its files can be removed.
Filename: "{app}\{#AppExe}"; Parameters: "quit"; Flags: runhidden skipifdoesntexist; RunOnceId: "QuitMicrobreak"
