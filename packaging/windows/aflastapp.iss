; Inno Setup script for aflastapp (Windows, per-user install: no administrator rights needed).
;
; Build on Windows, from the repository folder:
;     uv run python packaging\build.py            -> dist\aflastapp\ (aflastapp.exe, aflastapp-cli.exe)
;     "%ProgramFiles(x86)%\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\aflastapp.iss
;                                                 -> dist\aflastapp-0.1.0-setup.exe
; See README.md ("Building the installers"). Inno Setup 6.3 or newer (x64compatible, {autoprograms}).
;
; The program goes to %LOCALAPPDATA%\Programs\aflastapp ({userpf}). The diary is NOT in the program
; folder: it lives in %LOCALAPPDATA%\aflastapp (platformdirs' user data folder), so updating or
; uninstalling the program never touches it. The uninstaller says where the diary is.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "aflastapp"
#define AppExe "aflastapp.exe"
#define Root "..\.."
#define BundleDir Root + "\dist\aflastapp"

[Setup]
; Never change AppId: Windows recognises updates and the uninstaller by it.
AppId={{E57AE320-26BD-51E7-9938-C8078C6B195E}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=aflastapp contributors
AppCopyright=© aflastapp contributors (MIT)
VersionInfoVersion={#AppVersion}
VersionInfoDescription=aflastapp – dagbog for aflastningsfamilier
PrivilegesRequired=lowest
DefaultDirName={userpf}\{#AppName}
DisableDirPage=auto
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#Root}\dist
OutputBaseFilename=aflastapp-{#AppVersion}-setup
SetupIconFile={#Root}\build\icons\aflastapp.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
LicenseFile={#Root}\LICENSE
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
danish.AppComment=Krypteret dagbog over aflastningsdøgn, kørsel og udlæg
english.AppComment=Encrypted diary of relief stays, driving and receipts
danish.DiaryKept=aflastapp er fjernet, men dagbogen er IKKE slettet. Den ligger stadig her:%n%n%1%n%nDer ligger også sikkerhedskopierne. Installerer du aflastapp igen, åbner den samme dagbog. Slet kun mappen, hvis du er helt sikker på, at du ikke skal bruge dagbogen mere.
english.DiaryKept=aflastapp has been removed, but the diary has NOT been deleted. It is still here:%n%n%1%n%nThe backups are there too. If you install aflastapp again, it opens the same diary. Delete the folder only if you are quite sure you will not need the diary again.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller folder: aflastapp.exe (the app), aflastapp-cli.exe (command line) and _internal\.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update replaces the program's own files; _internal is rebuilt from scratch so no stale library stays.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder. The diary (%LOCALAPPDATA%\aflastapp) is deliberately left in place.
Type: filesandordirs; Name: "{app}\_internal"

[Code]
function DiaryDir(): String;
begin
  Result := ExpandConstant('{localappdata}\aflastapp');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and DirExists(DiaryDir()) and (not UninstallSilent()) then
    MsgBox(FmtMessage(CustomMessage('DiaryKept'), [DiaryDir()]), mbInformation, MB_OK);
end;
