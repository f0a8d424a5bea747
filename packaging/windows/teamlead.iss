; Inno Setup 6 script: the Windows installer of Teamlead.
;
; Built by build.ps1 next to this file, which passes the version from pyproject.toml:
;   ISCC.exe /DAppVersion=0.1.0 /DNumericVersion=0.1.0 /DSourceDir=<repo>\dist\teamlead-app teamlead.iss
;
; - Installs for the current user without administrator rights (in %LOCALAPPDATA%\Programs);
;   the first page lets an administrator choose "for all users" instead (Program Files).
;   Silent: Teamlead-<version>-setup.exe /VERYSILENT /CURRENTUSER  (or /ALLUSERS as administrator).
; - Start-menu shortcut; a desktop shortcut when ticked (off by default).
; - Uninstalling removes the program only: the database, its backups and the logs live in the
;   user's own folder (%LOCALAPPDATA%\Teamlead\Teamlead) and stay; the uninstaller says where.

#ifndef AppVersion
  #error Pass the version from pyproject.toml: ISCC /DAppVersion=X.Y.Z (build.ps1 does this)
#endif
#ifndef NumericVersion
  #define NumericVersion AppVersion
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\teamlead-app"
#endif

#define AppName "Teamlead"
#define AppExe "teamlead-app.exe"
#define DataFolder "{localappdata}\Teamlead\Teamlead"

[Setup]
AppId={{6F0C2D7A-58B1-4E7B-9A3C-1D4E89A7C2F5}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Teamlead
VersionInfoVersion={#NumericVersion}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
UsedUserAreasWarning=no
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=Teamlead-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\teamlead.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
CloseApplications=yes
ShowLanguageDialog=auto

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
dutch.AppComment=Maandgesprekken, afspraken en POP van je team
english.AppComment=Monthly one-on-ones, agreements and POPs of your team
dutch.DataKept=Teamlead is verwijderd. Je gegevens zijn bewaard: de database, de back-ups en de logbestanden staan in%n%n%1%n%nVerwijder die map zelf als je de gegevens niet meer nodig hebt (denk aan de bewaartermijn).
english.DataKept=Teamlead has been removed. Your data has been kept: the database, the backups and the log files are in%n%n%1%n%nDelete that folder yourself when you no longer need the data (mind the retention period).
dutch.DataKeptAllUsers=Teamlead is verwijderd. De gegevens van elke gebruiker zijn bewaard, in diens eigen map:%n%n%1%n%nVerwijder die mappen zelf als de gegevens niet meer nodig zijn.
english.DataKeptAllUsers=Teamlead has been removed. Each user's data has been kept, in their own folder:%n%n%1%n%nDelete those folders yourself when the data is no longer needed.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle; nothing of the user's data is in it.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes only the files it installed, never the data folder.

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Folder: String;
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
  begin
    if IsAdminInstallMode then
      MsgBox(FmtMessage(CustomMessage('DataKeptAllUsers'), ['%LOCALAPPDATA%\Teamlead\Teamlead']),
        mbInformation, MB_OK)
    else
    begin
      Folder := ExpandConstant('{#DataFolder}');
      MsgBox(FmtMessage(CustomMessage('DataKept'), [Folder]), mbInformation, MB_OK);
    end;
  end;
end;
