<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>Archive person</source>
        <translation>Medewerker archiveren</translation>
    </message>
    <message>
        <source>{0} leaves the team. The person is archived with a date out of service; conversations and goals are kept until the retention period has passed.</source>
        <translation>{0} gaat uit dienst. De medewerker wordt gearchiveerd met een datum uit dienst; gesprekken en doelen blijven bewaard tot de bewaartermijn voorbij is.</translation>
    </message>
    <message>
        <source>Out of service on</source>
        <translation>Uit dienst per</translation>
    </message>
    <message>
        <source>Write a date like 25-11-2026.</source>
        <translation>Schrijf een datum als 25-11-2026.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>No teams yet.</source>
        <translation>Nog geen teams.</translation>
    </message>
    <message>
        <source>{0}: {1} people</source>
        <translation>{0}: {1} medewerkers</translation>
    </message>
</context>
<context>
    <name>DatabaseSession</name>
    <message>
        <source>Already open</source>
        <translation>Al geopend</translation>
    </message>
    <message>
        <source>This database is already open in another window of the program. Use that window; this one closes.</source>
        <translation>Deze database is al geopend in een ander venster van het programma. Gebruik dat venster; dit venster sluit.</translation>
    </message>
    <message>
        <source>The folder {0} cannot be made: {1}</source>
        <translation>De map {0} kan niet worden gemaakt: {1}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
</context>
<context>
    <name>EmployeeDialog</name>
    <message>
        <source>Edit person</source>
        <translation>Medewerker bewerken</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Medewerker toevoegen</translation>
    </message>
    <message>
        <source>e.g. van der</source>
        <translation>bijv. van der</translation>
    </message>
    <message>
        <source>(no team)</source>
        <translation>(geen team)</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> weken</translation>
    </message>
    <message>
        <source>First name *</source>
        <translation>Voornaam *</translation>
    </message>
    <message>
        <source>Tussenvoegsel</source>
        <translation>Tussenvoegsel</translation>
    </message>
    <message>
        <source>Last name *</source>
        <translation>Achternaam *</translation>
    </message>
    <message>
        <source>Personnel number</source>
        <translation>Personeelsnummer</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Experience stage</source>
        <translation>Ervaringsfase</translation>
    </message>
    <message>
        <source>In service since</source>
        <translation>In dienst sinds</translation>
    </message>
    <message>
        <source>Out of service on</source>
        <translation>Uit dienst per</translation>
    </message>
    <message>
        <source>Conversation rhythm</source>
        <translation>Gespreksritme</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Elke</translation>
    </message>
    <message>
        <source>'In service since' is not a date; write e.g. 25-11-2026.</source>
        <translation>'In dienst sinds' is geen datum; schrijf bijvoorbeeld 25-11-2026.</translation>
    </message>
    <message>
        <source>'Out of service on' is not a date; write e.g. 25-11-2026.</source>
        <translation>'Uit dienst per' is geen datum; schrijf bijvoorbeeld 25-11-2026.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Not possible</source>
        <translation>Niet mogelijk</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Onverwachte fout</translation>
    </message>
    <message>
        <source>Something went wrong that the program did not expect. Your typed text is kept as a draft. Copy the details for the person who maintains the program.</source>
        <translation>Er ging iets mis dat het programma niet verwachtte. Je getypte tekst is bewaard als concept. Kopieer de details voor degene die het programma beheert.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Mensen</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Ontwikkeling</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Teamlead – conversations and development</source>
        <translation>Teamlead – gesprekken en ontwikkeling</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Database openen…</translation>
    </message>
    <message>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Personnel no.</source>
        <translation>Personeelsnr.</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>In dienst</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Uit dienst</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Mensen</translation>
    </message>
    <message>
        <source>Search by name, function or team (Ctrl+F)</source>
        <translation>Zoek op naam, functie of team (Ctrl+F)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>Medewerker &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profiel</translation>
    </message>
    <message>
        <source>Ar&amp;chive…</source>
        <translation>Ar&amp;chiveren…</translation>
    </message>
    <message>
        <source>&amp;Import from HR…</source>
        <translation>&amp;Importeren uit HR…</translation>
    </message>
    <message>
        <source>Teams…</source>
        <translation>Teams…</translation>
    </message>
    <message>
        <source>Print &amp;roster…</source>
        <translation>Teamoverzicht &amp;afdrukken…</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle teams</translation>
    </message>
    <message>
        <source>Nobody matches '{0}'.</source>
        <translation>Niemand gevonden voor '{0}'.</translation>
    </message>
    <message>
        <source>No people yet. Add a person, import an export from HR, or load the demo company on the Overview page.</source>
        <translation>Nog geen medewerkers. Voeg iemand toe, importeer een bestand van HR, of laad het demobedrijf op de pagina Overzicht.</translation>
    </message>
    <message>
        <source>Nobody in this selection.</source>
        <translation>Niemand in deze selectie.</translation>
    </message>
    <message>
        <source>Number of people: {0}</source>
        <translation>Aantal medewerkers: {0}</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Weer &amp;actief maken</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <source>Saved as {0}. Open it now?</source>
        <translation>Opgeslagen als {0}. Nu openen?</translation>
    </message>
    <message>
        <source>Save team roster</source>
        <translation>Teamoverzicht opslaan</translation>
    </message>
    <message>
        <source>team-roster.pdf</source>
        <translation>teamoverzicht.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>← People</source>
        <translation>← Mensen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>Ar&amp;chive…</source>
        <translation>Ar&amp;chiveren…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>no function</source>
        <translation>geen functie</translation>
    </message>
    <message>
        <source>no team</source>
        <translation>geen team</translation>
    </message>
    <message>
        <source>in service since {0}</source>
        <translation>in dienst sinds {0}</translation>
    </message>
    <message>
        <source>out of service since {0}</source>
        <translation>uit dienst sinds {0}</translation>
    </message>
    <message>
        <source>personnel no. {0}</source>
        <translation>personeelsnr. {0}</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Nog niets vastgelegd.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>wo</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>za</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>zo</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>On printouts</source>
        <translation>Op afdrukken</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Bedrijfsnaam</translation>
    </message>
    <message>
        <source>Your name (team lead)</source>
        <translation>Je naam (leidinggevende)</translation>
    </message>
    <message>
        <source>Logo (optional)</source>
        <translation>Logo (optioneel)</translation>
    </message>
    <message>
        <source>Planning</source>
        <translation>Planning</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Werkdagen</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Werktijden</translation>
    </message>
    <message>
        <source>Overdue after the rhythm plus</source>
        <translation>Achterstallig na het ritme plus</translation>
    </message>
    <message>
        <source>Signal 'stopped learning' after</source>
        <translation>Signaal 'uitgeleerd' na</translation>
    </message>
    <message>
        <source>Language and privacy</source>
        <translation>Taal en privacy</translation>
    </message>
    <message>
        <source> years after leaving</source>
        <translation> jaar na uit dienst</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Keep records of people who left</source>
        <translation>Gegevens van oud-medewerkers bewaren</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>Instellingen op&amp;slaan</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Databasebestand</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Ander bestand openen…</translation>
    </message>
    <message>
        <source>Start a new file…</source>
        <translation>Nieuw bestand beginnen…</translation>
    </message>
    <message>
        <source>Make a backup now</source>
        <translation>Nu een back-up maken</translation>
    </message>
    <message>
        <source>In use: {0}</source>
        <translation>In gebruik: {0}</translation>
    </message>
    <message>
        <source>The new language is used everywhere after a restart of the program.</source>
        <translation>De nieuwe taal geldt overal na het opnieuw starten van het programma.</translation>
    </message>
    <message>
        <source>Choose logo</source>
        <translation>Logo kiezen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Database (*.sqlite *.db);;All files (*)</source>
        <translation>Database (*.sqlite *.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Database openen</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nieuwe database</translation>
    </message>
    <message>
        <source>File exists</source>
        <translation>Bestand bestaat al</translation>
    </message>
    <message>
        <source>{0} already exists. Use 'Open another file' to open it.</source>
        <translation>{0} bestaat al. Gebruik 'Ander bestand openen' om het te openen.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Back-up</translation>
    </message>
    <message>
        <source>Backup made: {0}</source>
        <translation>Back-up gemaakt: {0}</translation>
    </message>
</context>
<context>
    <name>StorageProblemDialog</name>
    <message>
        <source>Database cannot be opened</source>
        <translation>Database kan niet worden geopend</translation>
    </message>
    <message>
        <source>&lt;b&gt;The file {0} cannot be used.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Het bestand {0} kan niet worden gebruikt.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The file has not been changed. What do you want to do?</source>
        <translation>Het bestand is niet gewijzigd. Wat wil je doen?</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>Ander bestand openen…</translation>
    </message>
    <message>
        <source>Open a backup…</source>
        <translation>Een back-up openen…</translation>
    </message>
    <message>
        <source>Start a new file…</source>
        <translation>Nieuw bestand beginnen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Database (*.sqlite *.db);;All files (*)</source>
        <translation>Database (*.sqlite *.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Database openen</translation>
    </message>
    <message>
        <source>Open a backup</source>
        <translation>Een back-up openen</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nieuwe database</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Edit team</source>
        <translation>Team bewerken</translation>
    </message>
    <message>
        <source>New team</source>
        <translation>Nieuw team</translation>
    </message>
    <message>
        <source>Team name *</source>
        <translation>Teamnaam *</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Leidinggevende</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Locatie</translation>
    </message>
</context>
<context>
    <name>TeamsDialog</name>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>&amp;New team…</source>
        <translation>&amp;Nieuw team…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>Here you keep the monthly conversations with your team, the agreements you make, and everyone's development plan (POP). Everything stays on this PC.

There is nobody in the program yet. How do you want to start?</source>
        <translation>Hier houd je de maandgesprekken met je team bij, de afspraken die je maakt en ieders persoonlijk ontwikkelingsplan (POP). Alles blijft op deze pc.

Er staat nog niemand in het programma. Hoe wil je beginnen?</translation>
    </message>
    <message>
        <source>Import team from HR file…</source>
        <translation>Team importeren uit HR-bestand…</translation>
    </message>
    <message>
        <source>Add a person…</source>
        <translation>Medewerker toevoegen…</translation>
    </message>
    <message>
        <source>Load demo company</source>
        <translation>Demobedrijf laden</translation>
    </message>
    <message>
        <source>The demo company is made-up: use it to look around. It can only be loaded into an empty database; start a new file under Settings for your real team.</source>
        <translation>Het demobedrijf is verzonnen: gebruik het om rond te kijken. Het kan alleen in een lege database worden geladen; begin onder Instellingen een nieuw bestand voor je echte team.</translation>
    </message>
</context>
</TS>