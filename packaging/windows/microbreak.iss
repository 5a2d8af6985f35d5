; Inno Setup script: a per-user installer around the PyInstaller onedir build.
;
;   uv run --group packaging pyinstaller --noconfirm packaging/pyinstaller/microbreak.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\microbreak.iss
;
; gives dist\microbreak-0.1.0-setup.exe. No administrator rights: it installs
; into %LOCALAPPDATA%\Programs\microbreak, adds a Start menu entry and, if
; ticked, starts microbreak when the user signs in (HKCU Run key).
; Written, not yet built or run: see packaging/README.md.
;
; Needs Inno Setup 7.0.2 or later: the first with ChineseSimplified.isl among
; its bundled translations (the others are bundled since 6.4). UTF-8, which it
; reads without a byte order mark since 6.3.

#if Ver < EncodeVer(7, 0, 2)
  #error Inno Setup 7.0.2 or later is needed (bundled ChineseSimplified.isl)
#endif

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "microbreak"
#define AppId "io.github.microbreak.Microbreak"
#define AppExe "microbreak.exe"
; The same program as a console app: commands and --self-check in a terminal.
#define AppCliExe "microbreak-cli.exe"

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

; The app's languages that Inno Setup has a bundled translation for (Indonesian
; has none: Setup shows English there). Setup picks the one matching the
; Windows display language. Keep in step with resources/translations
; (tests/test_packaging.py checks).
[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "arabic"; MessagesFile: "compiler:Languages\Arabic.isl"
Name: "brazilianportuguese"; MessagesFile: "compiler:Languages\BrazilianPortuguese.isl"
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "czech"; MessagesFile: "compiler:Languages\Czech.isl"
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "german"; MessagesFile: "compiler:Languages\German.isl"
Name: "hungarian"; MessagesFile: "compiler:Languages\Hungarian.isl"
Name: "italian"; MessagesFile: "compiler:Languages\Italian.isl"
Name: "japanese"; MessagesFile: "compiler:Languages\Japanese.isl"
Name: "korean"; MessagesFile: "compiler:Languages\Korean.isl"
Name: "polish"; MessagesFile: "compiler:Languages\Polish.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "swedish"; MessagesFile: "compiler:Languages\Swedish.isl"
Name: "turkish"; MessagesFile: "compiler:Languages\Turkish.isl"
Name: "ukrainian"; MessagesFile: "compiler:Languages\Ukrainian.isl"

; microbreak's own texts. Inno's bundled files translate the rest, including
; {cm:LaunchProgram} and {cm:UninstallProgram} used below. Not reviewed by
; native speakers (see the README's translation table).
[CustomMessages]
english.AppComment=Short guided desk exercises every 30 to 60 minutes
english.StartAtLoginGroup=When to start:
english.StartAtLogin=Start %1 when I sign in
arabic.AppComment=تمارين مكتبية قصيرة موجّهة كل 30 إلى 60 دقيقة
arabic.StartAtLoginGroup=بدء التشغيل:
arabic.StartAtLogin=تشغيل %1 عند تسجيل الدخول
brazilianportuguese.AppComment=Exercícios guiados curtos na mesa a cada 30 a 60 minutos
brazilianportuguese.StartAtLoginGroup=Inicialização:
brazilianportuguese.StartAtLogin=Iniciar o %1 ao entrar na sessão
chinesesimplified.AppComment=每 30 到 60 分钟一次的简短桌面引导练习
chinesesimplified.StartAtLoginGroup=启动：
chinesesimplified.StartAtLogin=登录时启动 %1
czech.AppComment=Krátká cvičení u stolu s průvodcem každých 30 až 60 minut
czech.StartAtLoginGroup=Spouštění:
czech.StartAtLogin=Spouštět %1 po přihlášení
danish.AppComment=Korte guidede øvelser ved skrivebordet hvert 30. til 60. minut
danish.StartAtLoginGroup=Opstart:
danish.StartAtLogin=Start %1, når jeg logger på
dutch.AppComment=Korte begeleide oefeningen aan je bureau, elke 30 tot 60 minuten
dutch.StartAtLoginGroup=Opstarten:
dutch.StartAtLogin=%1 starten als ik me aanmeld
french.AppComment=De courts exercices guidés au bureau, toutes les 30 à 60 minutes
french.StartAtLoginGroup=Démarrage :
french.StartAtLogin=Lancer %1 à l’ouverture de session
german.AppComment=Kurze angeleitete Übungen am Schreibtisch alle 30 bis 60 Minuten
german.StartAtLoginGroup=Programmstart:
german.StartAtLogin=%1 bei der Anmeldung starten
hungarian.AppComment=Rövid, vezetett gyakorlatok az íróasztalnál 30–60 percenként
hungarian.StartAtLoginGroup=Indítás:
hungarian.StartAtLogin=A(z) %1 indítása bejelentkezéskor
italian.AppComment=Brevi esercizi guidati alla scrivania ogni 30-60 minuti
italian.StartAtLoginGroup=Avvio:
italian.StartAtLogin=Avvia %1 all’accesso
japanese.AppComment=30〜60 分ごとに、デスクでできる短いガイド付きエクササイズ
japanese.StartAtLoginGroup=起動:
japanese.StartAtLogin=サインイン時に %1 を起動する
korean.AppComment=30~60분마다 책상에서 하는 짧은 안내 운동
korean.StartAtLoginGroup=시작:
korean.StartAtLogin=로그인할 때 %1 시작
polish.AppComment=Krótkie ćwiczenia przy biurku z instrukcjami co 30–60 minut
polish.StartAtLoginGroup=Uruchamianie:
polish.StartAtLogin=Uruchamiaj %1 po zalogowaniu
russian.AppComment=Короткие упражнения за рабочим столом с подсказками каждые 30–60 минут
russian.StartAtLoginGroup=Запуск:
russian.StartAtLogin=Запускать %1 при входе в систему
spanish.AppComment=Ejercicios guiados breves en el escritorio cada 30 a 60 minutos
spanish.StartAtLoginGroup=Inicio:
spanish.StartAtLogin=Iniciar %1 al iniciar sesión
swedish.AppComment=Korta guidade övningar vid skrivbordet var 30:e till 60:e minut
swedish.StartAtLoginGroup=Start:
swedish.StartAtLogin=Starta %1 när jag loggar in
turkish.AppComment=Her 30-60 dakikada bir masa başında kısa, rehberli egzersizler
turkish.StartAtLoginGroup=Başlangıç:
turkish.StartAtLogin=Oturum açtığımda %1 uygulamasını başlat
ukrainian.AppComment=Короткі вправи за робочим столом із підказками кожні 30–60 хвилин
ukrainian.StartAtLoginGroup=Запуск:
ukrainian.StartAtLogin=Запускати %1 під час входу в систему

[Tasks]
Name: "startatlogin"; Description: "{cm:StartAtLogin,{#AppName}}"; GroupDescription: "{cm:StartAtLoginGroup}"

[Files]
; The onedir build: microbreak.exe (windowed), microbreak-cli.exe (console)
; and the _internal folder they share.
Source: "..\..\dist\microbreak\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; The AppUserModelID lets Windows attribute toast notifications to microbreak.
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppId}"; Comment: "{cm:AppComment}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"

[Registry]
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: string; ValueName: "{#AppName}"; ValueData: """{app}\{#AppExe}"""; Flags: uninsdeletevalue; Tasks: startatlogin

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallRun]
; Ask a running microbreak to quit so its files can be removed (the console
; build: Setup waits for it to finish, with its window hidden).
Filename: "{app}\{#AppCliExe}"; Parameters: "quit"; Flags: runhidden skipifdoesntexist; RunOnceId: "QuitMicrobreak"
