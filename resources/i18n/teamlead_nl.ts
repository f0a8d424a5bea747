<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Teamlead</source>
        <translation>Over Teamlead</translation>
    </message>
    <message>
        <source>Version {0}</source>
        <translation>Versie {0}</translation>
    </message>
    <message>
        <source>Monthly one-on-ones, agreements and development (POP) for the team lead.</source>
        <translation>Maandgesprekken, afspraken en ontwikkeling (POP) voor de leidinggevende.</translation>
    </message>
    <message>
        <source>Where your data lives</source>
        <translation>Waar je gegevens staan</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>Log files</source>
        <translation>Logbestanden</translation>
    </message>
    <message>
        <source>Uninstalling the program leaves these folders alone. Click a path to open its folder.</source>
        <translation>Het programma verwijderen laat deze mappen staan. Klik op een pad om de map te openen.</translation>
    </message>
    <message>
        <source>Licences of what ships with the program</source>
        <translation>Licenties van wat met het programma wordt meegeleverd</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <source>Qt and PySide6 are used under the GNU LGPL version 3: they are separate libraries in the program folder, which you may replace with your own build. Their source code is at qt.io and pypi.org/project/PySide6-Essentials.</source>
        <translation>Qt en PySide6 worden gebruikt onder de GNU LGPL versie 3: het zijn losse bibliotheken in de programmamap, die je mag vervangen door een eigen versie. De broncode staat op qt.io en pypi.org/project/PySide6-Essentials.</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
    <message>
        <source>Not there yet</source>
        <translation>Nog niet aanwezig</translation>
    </message>
    <message>
        <source>The folder {0} is made when it is first needed.</source>
        <translation>De map {0} wordt gemaakt zodra hij voor het eerst nodig is.</translation>
    </message>
</context>
<context>
    <name>AgreementsEditor</name>
    <message>
        <source>What is agreed?</source>
        <translation>Wat is er afgesproken?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>No agreements yet. Close with at least one: what, who, when.</source>
        <translation>Nog geen afspraken. Sluit af met minstens één: wat, wie, wanneer.</translation>
    </message>
    <message>
        <source>+ &amp;Agreement</source>
        <translation>+ &amp;Afspraak</translation>
    </message>
</context>
<context>
    <name>AnswersForm</name>
    <message>
        <source>This conversation has no questions.</source>
        <translation>Dit gesprek heeft geen vragen.</translation>
    </message>
</context>
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
        <source>Pairings this person guides</source>
        <translation>Koppels die deze persoon begeleidt</translation>
    </message>
    <message>
        <source>{0} still guides:</source>
        <translation>{0} begeleidt nog:</translation>
    </message>
    <message>
        <source>&amp;Stop these pairings, with a reason:</source>
        <translation>Deze koppels &amp;stoppen, met als reden:</translation>
    </message>
    <message>
        <source>&amp;Hand them over to:</source>
        <translation>&amp;Overdragen aan:</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(kiezen)</translation>
    </message>
    <message>
        <source>Give a reason why the pairings stop, or hand them over.</source>
        <translation>Geef een reden waarom de koppels stoppen, of draag ze over.</translation>
    </message>
    <message>
        <source>Choose who takes over the pairings.</source>
        <translation>Kies wie de koppels overneemt.</translation>
    </message>
    <message>
        <source>Write a date like 25-11-2026.</source>
        <translation>Schrijf een datum als 25-11-2026.</translation>
    </message>
    <message>
        <source>Until and including {0}, {1} stays active: conversations, the POP and goals can still be planned. Archived from the day after.</source>
        <translation>Tot en met {0} blijft {1} actief: gesprekken, het POP en doelen kunnen nog worden gepland. Gearchiveerd vanaf de dag erna.</translation>
    </message>
    <message>
        <source>That day has passed: {0} is archived straight away.</source>
        <translation>Die dag is voorbij: {0} wordt meteen gearchiveerd.</translation>
    </message>
</context>
<context>
    <name>BackupsBox</name>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>A backup is made when the program starts (at most once a day) and when it closes, if something changed, and checked before it counts. Kept: one a day for a week, one a week for a month, one a month for half a year.</source>
        <translation>Er wordt een back-up gemaakt als het programma start (hooguit één keer per dag) en als het sluit, als er iets veranderd is, en die wordt gecontroleerd voordat hij telt. Bewaard: één per dag voor een week, één per week voor een maand, één per maand voor een half jaar.</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>Make a backup now</source>
        <translation>Nu een back-up maken</translation>
    </message>
    <message>
        <source>Put selected backup back…</source>
        <translation>Gekozen back-up terugzetten…</translation>
    </message>
    <message>
        <source>Put back from a file…</source>
        <translation>Terugzetten uit een bestand…</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Handmatig</translation>
    </message>
    <message>
        <source>Before putting back a backup</source>
        <translation>Vóór terugzetten</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>Vóór een update</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Back-up</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>onleesbaar</translation>
    </message>
    <message>
        <source>No backups yet: make one now.</source>
        <translation>Nog geen back-ups: maak er nu een.</translation>
    </message>
    <message>
        <source>The database is on a server: its administrator makes the backups (for example with pg_dump).</source>
        <translation>De database staat op een server: de beheerder maakt daar de back-ups (bijvoorbeeld met pg_dump).</translation>
    </message>
    <message>
        <source>Backup made and checked: {0}</source>
        <translation>Back-up gemaakt en gecontroleerd: {0}</translation>
    </message>
    <message>
        <source>A copy is in {0}.</source>
        <translation>Een kopie staat in {0}.</translation>
    </message>
    <message>
        <source>{0} employees, {1} conversations</source>
        <translation>{0} medewerkers, {1} gesprekken</translation>
    </message>
    <message>
        <source>contents unreadable</source>
        <translation>inhoud onleesbaar</translation>
    </message>
    <message>
        <source>the backup of {0} ({1})</source>
        <translation>de back-up van {0} ({1})</translation>
    </message>
    <message>
        <source>Put back a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>Database (*.sqlite *.db);;All files (*)</source>
        <translation>Database (*.sqlite *.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Replace the data in use by {0}?

The current data is first kept as a backup ('before putting back a backup'), so this can be undone.</source>
        <translation>De gegevens in gebruik vervangen door {0}?

De huidige gegevens worden eerst bewaard als back-up ('vóór terugzetten'), zodat dit terug te draaien is.</translation>
    </message>
</context>
<context>
    <name>BlockedDaysDialog</name>
    <message>
        <source>Days without conversations</source>
        <translation>Dagen zonder gesprekken</translation>
    </message>
    <message>
        <source>Block days for conversations, such as leave or the construction holiday (bouwvak). Public holidays are skipped by themselves.</source>
        <translation>Blokkeer dagen voor gesprekken, zoals verlof of de bouwvak. Feestdagen slaat de planning vanzelf over.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Up to and including</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>&amp;Add period</source>
        <translation>Periode &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove period</source>
        <translation>Periode &amp;verwijderen</translation>
    </message>
    <message>
        <source>e.g. bouwvak</source>
        <translation>bijv. bouwvak</translation>
    </message>
    <message>
        <source>Line {0}: type the dates as dd-mm-yyyy.</source>
        <translation>Regel {0}: typ de datums als dd-mm-jjjj.</translation>
    </message>
</context>
<context>
    <name>BuddyNote</name>
    <message>
        <source>Onboarding talk of {0}.</source>
        <translation>Inwerkgesprek van {0}.</translation>
    </message>
</context>
<context>
    <name>BuddyTrainingDialog</name>
    <message>
        <source>Buddy training</source>
        <translation>Buddytraining</translation>
    </message>
    <message>
        <source>Seniors who guide a starter do it better after some preparation: a few days at the vocational school, a course, an internal session. Record when and how.</source>
        <translation>Wie een starter begeleidt, doet dat beter na wat voorbereiding: een paar dagen meelopen op de vakschool, een cursus, een interne sessie. Leg vast wanneer en hoe.</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(kiezen)</translation>
    </message>
    <message>
        <source>e.g. three days at the vocational school</source>
        <translation>bijv. drie dagen meegelopen op de vakschool</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Hoe</translation>
    </message>
    <message>
        <source>On record: {0}</source>
        <translation>Al vastgelegd: {0}</translation>
    </message>
    <message>
        <source>Choose the person.</source>
        <translation>Kies de persoon.</translation>
    </message>
    <message>
        <source>Write the date like 25-11-2026.</source>
        <translation>Schrijf de datum als 25-11-2026.</translation>
    </message>
    <message>
        <source>The training date is in the future.</source>
        <translation>De trainingsdatum ligt in de toekomst.</translation>
    </message>
    <message>
        <source>Fill in how, e.g. three days at the vocational school.</source>
        <translation>Vul in hoe, bijv. drie dagen meegelopen op de vakschool.</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Cancel conversation</source>
        <translation>Gesprek annuleren</translation>
    </message>
    <message>
        <source>A conversation that cannot take place is better moved than cancelled. Cancel only when it really will not happen, and give the reason.</source>
        <translation>Een gesprek dat niet doorgaat kun je beter verplaatsen dan annuleren. Annuleer alleen als het echt niet gebeurt, en geef de reden.</translation>
    </message>
    <message>
        <source>(choose a reason)</source>
        <translation>(kies een reden)</translation>
    </message>
    <message>
        <source>Required for 'Other'; no medical details</source>
        <translation>Verplicht bij 'Anders'; geen medische details</translation>
    </message>
    <message>
        <source>Reason *</source>
        <translation>Reden *</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>Cancel &amp;conversation</source>
        <translation>Gesprek &amp;annuleren</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>… and {0} more</source>
        <translation>… en nog {0}</translation>
    </message>
</context>
<context>
    <name>CertificateAlert</name>
    <message>
        <source>{0} expired on {1}</source>
        <translation>{0} verlopen op {1}</translation>
    </message>
    <message>
        <source>{0} expires on {1}</source>
        <translation>{0} verloopt op {1}</translation>
    </message>
    <message>
        <source>Certificates: {0}. Agree on the refresher?</source>
        <translation>Certificaten: {0}. Herhaling afspreken?</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <source>Edit certificate</source>
        <translation>Certificaat wijzigen</translation>
    </message>
    <message>
        <source>New certificate</source>
        <translation>Nieuw certificaat</translation>
    </message>
    <message>
        <source>dd-mm-yyyy (empty: does not expire)</source>
        <translation>dd-mm-jjjj (leeg: verloopt niet)</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificaat</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Afgegeven op</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Write the dates like 25-11-2026.</source>
        <translation>Schrijf de datums als 25-11-2026.</translation>
    </message>
</context>
<context>
    <name>CertificateTypeDialog</name>
    <message>
        <source>Certificate type</source>
        <translation>Certificaatsoort</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>verloopt niet</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Geldig gedurende</translation>
    </message>
</context>
<context>
    <name>CertificateTypesDialog</name>
    <message>
        <source>Certificate types</source>
        <translation>Certificaatsoorten</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificaat</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Geldig gedurende</translation>
    </message>
    <message>
        <source>{0} months</source>
        <translation>{0} maanden</translation>
    </message>
    <message>
        <source>does not expire</source>
        <translation>verloopt niet</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In gebruik</translation>
    </message>
    <message>
        <source>Delete type</source>
        <translation>Soort verwijderen</translation>
    </message>
</context>
<context>
    <name>ChangeReasonDialog</name>
    <message>
        <source>Change after signing</source>
        <translation>Wijzigen na ondertekening</translation>
    </message>
    <message>
        <source>{0} has been signed, so it is locked. A change makes a new version: the signed version stays readable, the printout shows the new version with today's date and your reason, and the employee signs again.</source>
        <translation>{0} is ondertekend en ligt daarom vast. Een wijziging maakt een nieuwe versie: de ondertekende versie blijft leesbaar, de afdruk toont de nieuwe versie met de datum van vandaag en jouw reden, en de medewerker tekent opnieuw.</translation>
    </message>
    <message>
        <source>Reason for the change:</source>
        <translation>Reden van de wijziging:</translation>
    </message>
    <message>
        <source>For example: agreement date corrected</source>
        <translation>Bijvoorbeeld: datum van een afspraak verbeterd</translation>
    </message>
    <message>
        <source>Make new version</source>
        <translation>Nieuwe versie maken</translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message>
        <source>Add check-in</source>
        <translation>Check-in toevoegen</translation>
    </message>
    <message>
        <source>A short note: how is it going?</source>
        <translation>Een korte notitie: hoe gaat het?</translation>
    </message>
    <message>
        <source>Shared with the mentee (unticked: private note)</source>
        <translation>Gedeeld met de mentee (uitgevinkt: eigen notitie)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Write the date like 25-11-2026.</source>
        <translation>Schrijf de datum als 25-11-2026.</translation>
    </message>
    <message>
        <source>The check-in is before the pairing started.</source>
        <translation>De check-in ligt vóór de start van het koppel.</translation>
    </message>
</context>
<context>
    <name>CompanyColumns</name>
    <message>
        <source>(no team)</source>
        <translation>(zonder team)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>The team; people without a team are counted apart</source>
        <translation>Het team; mensen zonder team worden apart geteld</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Leidinggevende</translation>
    </message>
    <message>
        <source>The team's lead(s)</source>
        <translation>De leidinggevende(n) van het team</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Mensen</translation>
    </message>
    <message>
        <source>In service during the year</source>
        <translation>In dienst in dat jaar</translation>
    </message>
    <message>
        <source>Held / due</source>
        <translation>Gevoerd / nodig</translation>
    </message>
    <message>
        <source>Months with a held monthly talk / months in service that have passed; per person, added up</source>
        <translation>Maanden met een gevoerd maandgesprek / verstreken maanden in dienst; per persoon, opgeteld</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Dekking</translation>
    </message>
    <message>
        <source>Months held as a share of the months due</source>
        <translation>Gevoerde maanden als deel van de maanden waarin er een moest zijn</translation>
    </message>
    <message>
        <source>Moved / cancelled / missed</source>
        <translation>Verplaatst / geannuleerd / gemist</translation>
    </message>
    <message>
        <source>Talks moved to another day / cancelled / planned but never held (the month is over)</source>
        <translation>Gesprekken verplaatst naar een andere dag / geannuleerd / gepland maar niet gevoerd (de maand is voorbij)</translation>
    </message>
    <message>
        <source>Overdue now</source>
        <translation>Nu te laat</translation>
    </message>
    <message>
        <source>People past their due talk today (only for this year)</source>
        <translation>Mensen die vandaag over de datum van hun gesprek zijn (alleen voor dit jaar)</translation>
    </message>
    <message>
        <source>POP none / draft / agreed / evaluated</source>
        <translation>POP geen / concept / akkoord / geëvalueerd</translation>
    </message>
    <message>
        <source>People without a POP / with a POP not signed yet / signed by both / evaluated; sorted by agreed and evaluated together</source>
        <translation>Mensen zonder POP / met een POP die nog niet ondertekend is / door beiden ondertekend / geëvalueerd; gesorteerd op akkoord en geëvalueerd samen</translation>
    </message>
    <message>
        <source>Goals open / achieved</source>
        <translation>Doelen open / behaald</translation>
    </message>
    <message>
        <source>Goals open, in progress or postponed / goals achieved</source>
        <translation>Doelen open, bezig of uitgesteld / doelen behaald</translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <source>Company overview</source>
        <translation>Bedrijfsoverzicht</translation>
    </message>
    <message>
        <source>Per team: the monthly talks held against the months due (coverage), the POPs and the goals of the year. Shared figures only: never working notes, answers or the monthly score.</source>
        <translation>Per team: de gevoerde maandgesprekken tegenover de maanden waarin er een moest zijn (dekking), de POP's en de doelen van het jaar. Alleen gedeelde cijfers: nooit werkaantekeningen, antwoorden of de maandscore.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Jaar</translation>
    </message>
    <message>
        <source>Yearly overview as &amp;PDF…</source>
        <translation>Jaaroverzicht als &amp;PDF…</translation>
    </message>
    <message>
        <source>Yearly overview in &amp;Excel…</source>
        <translation>Jaaroverzicht in &amp;Excel…</translation>
    </message>
    <message>
        <source>Nobody was in service in {0}, so there is nothing to count yet.

Choose another year above, or add the people: on the People page (Ctrl+2) one by one or imported from an HR file. With a company database, IT gives each lead their teams (server add-user); their people then appear here.</source>
        <translation>In {0} was niemand in dienst, dus er valt nog niets te tellen.

Kies hierboven een ander jaar, of zet de mensen erin: onder Mensen (Ctrl+2) één voor één of ingelezen uit een HR-bestand. Bij een bedrijfsdatabase geeft de ICT-beheerder elke leidinggevende zijn teams (server add-user); hun mensen staan daarna hier.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Intussen gewijzigd door iemand anders</translation>
    </message>
    <message>
        <source>'Save my version' puts your text over theirs. 'Load their version' shows theirs; your own text is then on the clipboard, so nothing you typed is lost.</source>
        <translation>'Mijn versie opslaan' zet jouw tekst over die van de ander heen. 'Hun versie laden' toont wat de ander heeft opgeslagen; jouw eigen tekst staat dan op het klembord, zodat je niets kwijtraakt van wat je typte.</translation>
    </message>
    <message>
        <source>Save my version</source>
        <translation>Mijn versie opslaan</translation>
    </message>
    <message>
        <source>Load their version</source>
        <translation>Hun versie laden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Their version (version {0}{1})</source>
        <translation>Hun versie (versie {0}{1})</translation>
    </message>
    <message>
        <source>Your version (opened as version {0})</source>
        <translation>Jouw versie (geopend als versie {0})</translation>
    </message>
    <message>
        <source>The text fields are the same; the difference is elsewhere (for example steps, agreements or the status).</source>
        <translation>De tekstvelden zijn gelijk; het verschil zit ergens anders (bijvoorbeeld in de stappen, de afspraken of de status).</translation>
    </message>
</context>
<context>
    <name>ConnectionWatch</name>
    <message>
        <source>No connection to the server. Trying again every few seconds; what you type is kept as a draft on this PC.</source>
        <translation>Geen verbinding met de server. Er wordt elke paar seconden opnieuw geprobeerd; wat je typt, wordt als concept op deze pc bewaard.</translation>
    </message>
    <message>
        <source>The connection to the server is back: you can save again.</source>
        <translation>De verbinding met de server is terug: je kunt weer opslaan.</translation>
    </message>
</context>
<context>
    <name>ConversationActions</name>
    <message>
        <source>Moved to {0}.</source>
        <translation>Verplaatst naar {0}.</translation>
    </message>
    <message>
        <source>Move instead?</source>
        <translation>Liever verplaatsen?</translation>
    </message>
    <message>
        <source>Conversations are better moved than cancelled. Do you want to move it to another moment instead?</source>
        <translation>Gesprekken kun je beter verplaatsen dan annuleren. Wil je het liever naar een ander moment verplaatsen?</translation>
    </message>
    <message>
        <source>Conversation summary {0} {1}</source>
        <translation>Gespreksverslag {0} {1}</translation>
    </message>
    <message>
        <source>Preparation {0} {1}</source>
        <translation>Voorbereiding {0} {1}</translation>
    </message>
    <message>
        <source>Save conversation summary</source>
        <translation>Gespreksverslag opslaan</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save preparation sheet</source>
        <translation>Voorbereidingsblad opslaan</translation>
    </message>
</context>
<context>
    <name>ConversationColumns</name>
    <message>
        <source>–  (not filled in)</source>
        <translation>–  (niet ingevuld)</translation>
    </message>
    <message>
        <source>Summary (shared)  ·  Alt+3</source>
        <translation>Samenvatting (gedeeld)  ·  Alt+3</translation>
    </message>
    <message>
        <source>Goes on the printout</source>
        <translation>Komt op de afdruk</translation>
    </message>
    <message>
        <source>The employee reads this and signs for it.</source>
        <translation>De medewerker leest dit en tekent ervoor.</translation>
    </message>
    <message>
        <source>Working note (private)  ·  Alt+2</source>
        <translation>Werkaantekening (privé)  ·  Alt+2</translation>
    </message>
    <message>
        <source>For you only – never on the printout</source>
        <translation>Alleen voor jou – komt niet op de afdruk</translation>
    </message>
    <message>
        <source>Never in an HR export either. Not secret: the employee may ask to see everything stored about him or her (AVG). Never the nature of an illness.</source>
        <translation>Ook nooit in een HR-export. Niet geheim: de medewerker mag alles inzien wat over hem of haar is vastgelegd (AVG). Nooit de aard van een ziekte.</translation>
    </message>
    <message>
        <source>Open agreements from earlier</source>
        <translation>Openstaande afspraken van eerder</translation>
    </message>
    <message>
        <source>Questions  ·  Alt+1</source>
        <translation>Vragen  ·  Alt+1</translation>
    </message>
    <message>
        <source>How is it going? (1–5, own estimate)</source>
        <translation>Hoe gaat het? (1–5, eigen inschatting)</translation>
    </message>
    <message>
        <source>For yourself: shown as a trend, never on the summary or for HR.</source>
        <translation>Voor jezelf: zichtbaar als verloop, nooit op het verslag of voor HR.</translation>
    </message>
    <message>
        <source>Development goals</source>
        <translation>Ontwikkeldoelen</translation>
    </message>
    <message>
        <source>Agreements: what, who, when  ·  Alt+4</source>
        <translation>Afspraken: wat, wie, wanneer  ·  Alt+4</translation>
    </message>
    <message>
        <source>Closing  ·  Alt+5</source>
        <translation>Afronding  ·  Alt+5</translation>
    </message>
    <message>
        <source>Earlier:</source>
        <translation>Eerder:</translation>
    </message>
</context>
<context>
    <name>ConversationPage</name>
    <message>
        <source>← Conversations</source>
        <translation>← Gesprekken</translation>
    </message>
    <message>
        <source>Show to &amp;employee</source>
        <translation>Tonen aan &amp;medewerker</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Verplaatsen…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel…</source>
        <translation>A&amp;nnuleren…</translation>
    </message>
    <message>
        <source>&amp;Print summary…</source>
        <translation>Verslag af&amp;drukken…</translation>
    </message>
    <message>
        <source>Print preparation…</source>
        <translation>Voorbereiding afdrukken…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Alt+1 questions · Alt+2 working note · Alt+3 summary · Alt+4 agreements · Alt+5 closing · Ctrl+S save</source>
        <translation>Alt+1 vragen · Alt+2 werkaantekening · Alt+3 samenvatting · Alt+4 afspraken · Alt+5 afronding · Ctrl+S opslaan</translation>
    </message>
    <message>
        <source>Working note of a previous lead: not visible</source>
        <translation>Werkaantekening van een vorige leidinggevende: niet zichtbaar</translation>
    </message>
    <message>
        <source>This conversation was cancelled ({0}). It can no longer be changed.</source>
        <translation>Dit gesprek is geannuleerd ({0}). Het kan niet meer worden gewijzigd.</translation>
    </message>
    <message>
        <source>Moved {0} times already: try to hold it this time.</source>
        <translation>Al {0} keer verplaatst: probeer het deze keer door te laten gaan.</translation>
    </message>
    <message>
        <source>Working note</source>
        <translation>Werkaantekening</translation>
    </message>
    <message>
        <source>Their version is shown; your text is on the clipboard.</source>
        <translation>Hun versie staat nu op het scherm; jouw tekst staat op het klembord.</translation>
    </message>
    <message>
        <source>Not saved; your text is still here.</source>
        <translation>Niet opgeslagen; jouw tekst staat er nog.</translation>
    </message>
    <message>
        <source>The date under 'When' of agreement {0} is not a date; write it like 25-11-2026.</source>
        <translation>De datum bij 'Wanneer' van afspraak {0} is geen datum; schrijf hem als 25-11-2026.</translation>
    </message>
    <message>
        <source>The date at '{0}' is not a date; write it like 25-11-2026.</source>
        <translation>De datum bij '{0}' is geen datum; schrijf hem als 25-11-2026.</translation>
    </message>
    <message>
        <source>This conversation no longer exists.</source>
        <translation>Dit gesprek bestaat niet meer.</translation>
    </message>
    <message>
        <source>There is unsaved text for this conversation from {0} (for example after the program was closed unexpectedly). Put it back?</source>
        <translation>Er is niet-opgeslagen tekst voor dit gesprek van {0} (bijvoorbeeld nadat het programma onverwacht sloot). Terugzetten?</translation>
    </message>
    <message>
        <source>The conversation has unsaved changes. Save them now?</source>
        <translation>Het gesprek heeft niet-opgeslagen wijzigingen. Nu opslaan?</translation>
    </message>
</context>
<context>
    <name>ConversationStatusBar</name>
    <message>
        <source>The conversation &amp;took place</source>
        <translation>Gesprek is &amp;gevoerd</translation>
    </message>
    <message>
        <source>Marks it held on its planned day (or today) and saves</source>
        <translation>Zet het gesprek op gevoerd op de geplande dag (of vandaag) en slaat op</translation>
    </message>
    <message>
        <source>Move to a new date…</source>
        <translation>Verplaatsen naar een nieuwe datum…</translation>
    </message>
    <message>
        <source>History: moved {0}×, first planned for {1}.</source>
        <translation>Verloop: {0}× verplaatst, oorspronkelijk gepland op {1}.</translation>
    </message>
    <message>
        <source>Held on {0}; signed by the employee ({1}) on {2}.</source>
        <translation>Gevoerd op {0}; door de medewerker ondertekend ({1}) op {2}.</translation>
    </message>
    <message>
        <source>Held on {0}; not signed yet. Let the employee sign (Show to employee, or on paper) and save.</source>
        <translation>Gevoerd op {0}; nog niet ondertekend. Laat de medewerker tekenen (Tonen aan medewerker, of op papier) en sla op.</translation>
    </message>
    <message>
        <source>Planned for {0} and not held in that month. Move it to a new date, or mark it held if it did take place.</source>
        <translation>Gepland op {0} en in die maand niet gevoerd. Verplaats het naar een nieuwe datum, of zet het op gevoerd als het toch heeft plaatsgevonden.</translation>
    </message>
    <message>
        <source>Cancelled on {0}.</source>
        <translation>Geannuleerd op {0}.</translation>
    </message>
    <message>
        <source>Today or earlier: saving a filled-in conversation marks it held on its day.</source>
        <translation>Vandaag of eerder: wie een ingevuld gesprek opslaat, zet het op gevoerd op de geplande dag.</translation>
    </message>
    <message>
        <source>Planned for {0}.</source>
        <translation>Gepland op {0}.</translation>
    </message>
    <message>
        <source>Marked as held on {0}. Let the employee sign it.</source>
        <translation>Gemarkeerd als gevoerd op {0}. Laat de medewerker het ondertekenen.</translation>
    </message>
</context>
<context>
    <name>ConversationsPage</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verplaatst</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Getekend</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Gevoerd op</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Deze maand</translation>
    </message>
    <message>
        <source>Coming six weeks</source>
        <translation>Komende zes weken</translation>
    </message>
    <message>
        <source>Last three months</source>
        <translation>Afgelopen drie maanden</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dit jaar</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>&amp;New conversation…</source>
        <translation>&amp;Nieuw gesprek…</translation>
    </message>
    <message>
        <source>&amp;Plan the month…</source>
        <translation>&amp;Plan de maand…</translation>
    </message>
    <message>
        <source>Export to &amp;calendar (.ics)…</source>
        <translation>Naar &amp;agenda exporteren (.ics)…</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle teams</translation>
    </message>
    <message>
        <source>{0} conversations: {1} planned, {2} held, {3} cancelled, {4} moved, {5} missed</source>
        <translation>{0} gesprekken: {1} gepland, {2} gevoerd, {3} geannuleerd, {4} verplaatst, {5} gemist</translation>
    </message>
    <message>
        <source>There is nobody in the program yet. Add your team first under People ('Add employee' or 'Import from HR'); then plan the conversations here.</source>
        <translation>Er staat nog niemand in het programma. Zet eerst je team erin onder Mensen ('Medewerker toevoegen' of 'Importeren uit HR'); plan daarna hier de gesprekken.</translation>
    </message>
    <message>
        <source>No conversations in this period. Use 'Plan the month' to propose a moment for everyone who is due, or 'New conversation' for one person.</source>
        <translation>Geen gesprekken in deze periode. Gebruik 'Plan de maand' om voor iedereen die aan de beurt is een moment voor te stellen, of 'Nieuw gesprek' voor één persoon.</translation>
    </message>
    <message>
        <source>Please note</source>
        <translation>Let op</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Agenda exporteren</translation>
    </message>
    <message>
        <source>conversations.ics</source>
        <translation>gesprekken.ics</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Agenda (*.ics)</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <source>No conversations planned this week.</source>
        <translation>Deze week geen gesprekken gepland.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Achterstallig</translation>
    </message>
    <message>
        <source>Agreements past their date</source>
        <translation>Afspraken over hun datum</translation>
    </message>
    <message>
        <source>No open agreements past their date.</source>
        <translation>Geen openstaande afspraken over hun datum.</translation>
    </message>
    <message>
        <source>Longest without a conversation</source>
        <translation>Langst zonder gesprek</translation>
    </message>
    <message>
        <source>Nobody.</source>
        <translation>Niemand.</translation>
    </message>
    <message>
        <source>Development (private prompts)</source>
        <translation>Ontwikkeling (alleen voor jou)</translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation>Niets vraagt aandacht.</translation>
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
        <source>All teams</source>
        <translation>Alle teams</translation>
    </message>
    <message>
        <source>This month: {0} held, {1} planned, {2} moved, {3} cancelled.   This year: {4} held, {5} moved, {6} cancelled, {7} missed.</source>
        <translation>Deze maand: {0} gevoerd, {1} gepland, {2} verplaatst, {3} geannuleerd.   Dit jaar: {4} gevoerd, {5} verplaatst, {6} geannuleerd, {7} gemist.</translation>
    </message>
    <message>
        <source>Everyone has had or has planned a conversation.</source>
        <translation>Iedereen heeft een gesprek gehad of gepland.</translation>
    </message>
    <message>
        <source>Still to be signed</source>
        <translation>Nog te tekenen</translation>
    </message>
    <message>
        <source>Every held conversation is signed.</source>
        <translation>Elk gevoerd gesprek is getekend.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Bezig met laden…</translation>
    </message>
    <message>
        <source>Today: no conversations.</source>
        <translation>Vandaag: geen gesprekken.</translation>
    </message>
    <message>
        <source>{0} more overdue, their next conversation is planned.</source>
        <translation>Nog {0} achterstallig, maar hun volgende gesprek is al gepland.</translation>
    </message>
    <message>
        <source>{0}: held {1}, not signed yet</source>
        <translation>{0}: gevoerd {1}, nog niet getekend</translation>
    </message>
    <message>
        <source>{0}: {1} (was due {2})</source>
        <translation>{0}: {1} (moest vóór {2})</translation>
    </message>
    <message>
        <source>{0}: last conversation {1}</source>
        <translation>{0}: laatste gesprek {1}</translation>
    </message>
    <message>
        <source>{0}: never had a conversation yet</source>
        <translation>{0}: nog nooit een gesprek</translation>
    </message>
    <message>
        <source>{0}: new, no conversation yet (due by {1})</source>
        <translation>{0}: nieuw, nog geen gesprek (uiterlijk {1})</translation>
    </message>
    <message>
        <source>{0}: {1} days overdue, never had a conversation</source>
        <translation>{0}: {1} dagen te laat, nog nooit een gesprek</translation>
    </message>
    <message>
        <source>{0}: {1} days overdue, last conversation {2} ({3} days ago)</source>
        <translation>{0}: {1} dagen te laat, laatste gesprek {2} ({3} dagen geleden)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
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
        <source>{0} people without an agreed POP for this year ({1}, …)</source>
        <translation>{0} medewerkers zonder afgesproken POP voor dit jaar ({1}, …)</translation>
    </message>
    <message>
        <source>{0}: no agreed POP for this year</source>
        <translation>{0}: geen afgesproken POP voor dit jaar</translation>
    </message>
    <message>
        <source>{0}: goal '{1}' past its target date</source>
        <translation>{0}: doel '{1}' is over de streefdatum</translation>
    </message>
    <message>
        <source>{0}: POP evaluation overdue (was due {1})</source>
        <translation>{0}: POP-evaluatie te laat (stond op {1})</translation>
    </message>
    <message>
        <source>{0}: POP evaluation due {1}</source>
        <translation>{0}: POP-evaluatie op {1}</translation>
    </message>
    <message>
        <source>{0}: nothing new learned for {1} months — time for a next step?</source>
        <translation>{0}: al {1} maanden niets nieuws geleerd — tijd voor een volgende stap?</translation>
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
        <source>This database is already open in another window or command of the program. Use that window; this one closes.</source>
        <translation>Deze database is al geopend in een ander venster of een andere opdracht van het programma. Gebruik dat venster; dit venster sluit.</translation>
    </message>
    <message>
        <source>Database created again</source>
        <translation>Database opnieuw aangemaakt</translation>
    </message>
    <message>
        <source>The folder {0} cannot be made: {1}</source>
        <translation>De map {0} kan niet worden gemaakt: {1}</translation>
    </message>
    <message>
        <source>Database cannot be opened</source>
        <translation>Database kan niet worden geopend</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>The backup of {0} is back in use.</source>
        <translation>De back-up van {0} is teruggezet en in gebruik.</translation>
    </message>
    <message>
        <source>The backup {0} is back in use.</source>
        <translation>De back-up {0} is teruggezet en in gebruik.</translation>
    </message>
    <message>
        <source>Employees: {0} → {1}</source>
        <translation>Medewerkers: {0} → {1}</translation>
    </message>
    <message>
        <source>Conversations: {0} → {1}</source>
        <translation>Gesprekken: {0} → {1}</translation>
    </message>
    <message>
        <source>The backup was brought up to date for this version.</source>
        <translation>De back-up is bijgewerkt voor deze versie van het programma.</translation>
    </message>
    <message>
        <source>The data used until now is kept as a backup of {0} (before putting back a backup), so you can go back to it.</source>
        <translation>De gegevens van tot nu toe zijn bewaard als back-up van {0} (vóór terugzetten), zodat je ernaar terug kunt.</translation>
    </message>
    <message>
        <source>The damaged file used until now is kept as {0}.</source>
        <translation>Het beschadigde bestand van tot nu toe is bewaard als {0}.</translation>
    </message>
    <message>
        <source>Backup put back</source>
        <translation>Back-up teruggezet</translation>
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
    <name>DevelopmentPage</name>
    <message>
        <source>Development</source>
        <translation>Ontwikkeling</translation>
    </message>
    <message>
        <source>Search by name, function, team or goal (Ctrl+F)</source>
        <translation>Zoek op naam, functie, team of doel (Ctrl+F)</translation>
    </message>
    <message>
        <source>Year </source>
        <translation>Jaar </translation>
    </message>
    <message>
        <source>&amp;POPs {0}</source>
        <translation>&amp;POP's {0}</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>&amp;Doelen</translation>
    </message>
    <message>
        <source>&amp;Open POP</source>
        <translation>POP &amp;openen</translation>
    </message>
    <message>
        <source>&amp;New goal…</source>
        <translation>&amp;Nieuw doel…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Pro&amp;file</source>
        <translation>Pro&amp;fiel</translation>
    </message>
    <message>
        <source>Blank preparation form…</source>
        <translation>Leeg voorbereidingsformulier…</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Open &amp;goal…</source>
        <translation>Doel &amp;bewerken…</translation>
    </message>
    <message>
        <source>Open its P&amp;OP</source>
        <translation>POP van dit doel &amp;tonen</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle teams</translation>
    </message>
    <message>
        <source>People: {0}</source>
        <translation>Aantal mensen: {0}</translation>
    </message>
    <message>
        <source>Goals: {0}</source>
        <translation>Aantal doelen: {0}</translation>
    </message>
    <message>
        <source>Nobody matches '{0}'.</source>
        <translation>Niemand gevonden voor '{0}'.</translation>
    </message>
    <message>
        <source>No people yet. Add your team on the People page (or load the demo company on the Overview page); then each person gets a POP here.</source>
        <translation>Nog geen mensen. Zet je team in de app via de pagina Mensen (of laad het demobedrijf op de pagina Overzicht); daarna krijgt hier iedereen een POP.</translation>
    </message>
    <message>
        <source>Nobody in service in this team.</source>
        <translation>Niemand in dienst in dit team.</translation>
    </message>
    <message>
        <source>No goal matches '{0}'.</source>
        <translation>Geen doel gevonden voor '{0}'.</translation>
    </message>
    <message>
        <source>No goals in this selection. Choose a person on the POPs tab and click 'New goal…' (Ctrl+N), or agree goals in the POP.</source>
        <translation>Geen doelen in deze selectie. Kies iemand op het tabblad POP's en klik op 'Nieuw doel…' (Ctrl+N), of spreek doelen af in het POP.</translation>
    </message>
    <message>
        <source>New POP</source>
        <translation>Nieuw POP</translation>
    </message>
    <message>
        <source>{0} has no POP for {1} yet. Start a draft POP for {1}?</source>
        <translation>{0} heeft nog geen POP voor {1}. Een concept-POP voor {1} beginnen?</translation>
    </message>
    <message>
        <source>Choose a person first, then 'New goal…'.</source>
        <translation>Kies eerst iemand, dan 'Nieuw doel…'.</translation>
    </message>
    <message>
        <source>Save preparation form</source>
        <translation>Voorbereidingsformulier opslaan</translation>
    </message>
    <message>
        <source>pop-preparation.pdf</source>
        <translation>voorbereiding-pop.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <source>Changes not saved yet</source>
        <translation>Wijzigingen nog niet opgeslagen</translation>
    </message>
    <message>
        <source>Draft kept automatically</source>
        <translation>Concept automatisch bewaard</translation>
    </message>
    <message>
        <source>Unsaved text found</source>
        <translation>Niet-opgeslagen tekst gevonden</translation>
    </message>
    <message>
        <source>Draft put back: save to keep it</source>
        <translation>Concept teruggezet: sla op om het te bewaren</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
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
    <name>EmployeeViewDialog</name>
    <message>
        <source>Earlier agreements</source>
        <translation>Eerdere afspraken</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Afspraken</translation>
    </message>
    <message>
        <source>For the employee</source>
        <translation>Voor de medewerker</translation>
    </message>
    <message>
        <source>I have &amp;seen this</source>
        <translation>Ik heb dit &amp;gezien</translation>
    </message>
    <message>
        <source>I &amp;agree</source>
        <translation>Ik ga &amp;akkoord</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
</context>
<context>
    <name>EndPairingDialog</name>
    <message>
        <source>End pairing</source>
        <translation>Koppel beëindigen</translation>
    </message>
    <message>
        <source>What went well, what did the mentee learn?</source>
        <translation>Wat ging goed, wat heeft de mentee geleerd?</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Afloop</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>End evaluation</source>
        <translation>Eindevaluatie</translation>
    </message>
    <message>
        <source>Write the date like 25-11-2026.</source>
        <translation>Schrijf de datum als 25-11-2026.</translation>
    </message>
    <message>
        <source>The end date is before the start.</source>
        <translation>De einddatum ligt vóór de start.</translation>
    </message>
    <message>
        <source>Give a reason why the pairing stops.</source>
        <translation>Geef een reden waarom het koppel stopt.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Database busy</source>
        <translation>Database bezet</translation>
    </message>
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
    <name>FollowUpList</name>
    <message>
        <source>No open agreements from earlier conversations.</source>
        <translation>Geen openstaande afspraken uit eerdere gesprekken.</translation>
    </message>
    <message>
        <source>before {0}</source>
        <translation>vóór {0}</translation>
    </message>
    <message>
        <source>agreed {0}</source>
        <translation>afgesproken {0}</translation>
    </message>
    <message>
        <source>Past its due date</source>
        <translation>Over de datum</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Opmerking (optioneel)</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Edit goal</source>
        <translation>Doel bewerken</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nieuw doel</translation>
    </message>
    <message>
        <source>Steps: what, who, when</source>
        <translation>Stappen: wat, wie, wanneer</translation>
    </message>
    <message>
        <source>e.g. set up the press brake on my own</source>
        <translation>bijv. zelfstandig de kantbank instellen</translation>
    </message>
    <message>
        <source>Link to the work and what the company needs</source>
        <translation>Koppeling met het werk en wat het bedrijf nodig heeft</translation>
    </message>
    <message>
        <source>How will we know it is achieved?</source>
        <translation>Waaraan zien we dat het doel bereikt is?</translation>
    </message>
    <message>
        <source>Time, a course, a buddy, budget…</source>
        <translation>Tijd, een opleiding, een buddy, budget…</translation>
    </message>
    <message>
        <source>&amp;Reopen…</source>
        <translation>&amp;Heropenen…</translation>
    </message>
    <message>
        <source>&amp;What *</source>
        <translation>&amp;Wat *</translation>
    </message>
    <message>
        <source>Wh&amp;y</source>
        <translation>Waa&amp;rom</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Categorie</translation>
    </message>
    <message>
        <source>Success criterion</source>
        <translation>Succescriterium</translation>
    </message>
    <message>
        <source>Support needed</source>
        <translation>Benodigde steun</translation>
    </message>
    <message>
        <source>&amp;Start date *</source>
        <translation>Start&amp;datum *</translation>
    </message>
    <message>
        <source>&amp;Target date</source>
        <translation>S&amp;treefdatum</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <source>Progress (newest first)</source>
        <translation>Voortgang (nieuwste eerst)</translation>
    </message>
    <message>
        <source>No progress written yet. A line per monthly conversation is enough.</source>
        <translation>Nog geen voortgang genoteerd. Eén regel per maandgesprek is genoeg.</translation>
    </message>
    <message>
        <source>One line about the progress</source>
        <translation>Eén regel over de voortgang</translation>
    </message>
    <message>
        <source>&amp;Add progress</source>
        <translation>&amp;Voortgang toevoegen</translation>
    </message>
    <message>
        <source>This goal is '{0}' since {1}. Reopen it to change the status.</source>
        <translation>Dit doel staat sinds {1} op '{0}'. Heropen het om de status te wijzigen.</translation>
    </message>
    <message>
        <source>This goal is part of the signed POP: what, category and target date are fixed. To change them, choose 'Change after signing' on the POP page. Progress, steps and status can still be updated.</source>
        <translation>Dit doel hoort bij het ondertekende POP: wat, categorie en streefdatum liggen vast. Wil je die wijzigen, kies dan 'Wijzigen na ondertekening' op de POP-pagina. Voortgang, stappen en status kun je gewoon bijwerken.</translation>
    </message>
    <message>
        <source>This goal belongs to an evaluated POP and can only be read. Open goals continue in the POP of the next period.</source>
        <translation>Dit doel hoort bij een geëvalueerd POP en is alleen nog te lezen. Open doelen lopen door in het POP van de volgende periode.</translation>
    </message>
    <message>
        <source>{0}  {1}  (new)</source>
        <translation>{0}  {1}  (nieuw)</translation>
    </message>
    <message>
        <source>Close the goal?</source>
        <translation>Doel afsluiten?</translation>
    </message>
    <message>
        <source>Set the goal to '{0}'? Then it is closed: steps can no longer be added until it is reopened.</source>
        <translation>Het doel op '{0}' zetten? Dan is het afgesloten: er kunnen geen stappen meer bij tot het heropend wordt.</translation>
    </message>
    <message>
        <source>Reopen the goal?</source>
        <translation>Doel heropenen?</translation>
    </message>
    <message>
        <source>Reopen this goal? Its date of achieving or stopping is cleared on OK.</source>
        <translation>Dit doel heropenen? De datum van bereiken of stoppen vervalt bij OK.</translation>
    </message>
    <message>
        <source>'Start date' is not a date; write e.g. 25-11-2026.</source>
        <translation>'Startdatum' is geen datum; schrijf bijv. 25-11-2026.</translation>
    </message>
    <message>
        <source>'Target date' is not a date; write e.g. 25-11-2026.</source>
        <translation>'Streefdatum' is geen datum; schrijf bijv. 25-11-2026.</translation>
    </message>
</context>
<context>
    <name>GoalListBox</name>
    <message>
        <source>No goals in this plan yet. Agree one to three small, challenging goals close to the work (New goal…), or take in a goal raised in a monthly conversation.</source>
        <translation>Nog geen doelen in dit plan. Spreek één tot drie kleine, uitdagende doelen dicht bij het werk af (Nieuw doel…), of haal een doel op dat in een maandgesprek is ontstaan.</translation>
    </message>
    <message>
        <source>New &amp;goal…</source>
        <translation>&amp;Nieuw doel…</translation>
    </message>
    <message>
        <source>&amp;Open goal…</source>
        <translation>Doel o&amp;penen…</translation>
    </message>
    <message>
        <source>&amp;Take in a goal…</source>
        <translation>Los doel op&amp;halen…</translation>
    </message>
    <message>
        <source>Take out of the POP</source>
        <translation>Uit het POP halen</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>Latest progress</source>
        <translation>Laatste voortgang</translation>
    </message>
    <message>
        <source>&amp;View goal…</source>
        <translation>Doel &amp;bekijken…</translation>
    </message>
</context>
<context>
    <name>GoalProgressPanel</name>
    <message>
        <source>No active development goals. Start one from the Development page, or agree a small next step below.</source>
        <translation>Geen lopende ontwikkeldoelen. Begin er een op de pagina Ontwikkeling, of spreek hieronder een kleine volgende stap af.</translation>
    </message>
    <message>
        <source>+ New &amp;goal…</source>
        <translation>+ Nieuw &amp;doel…</translation>
    </message>
    <message>
        <source>target {0}</source>
        <translation>streefdatum {0}</translation>
    </message>
    <message>
        <source>last: {0}</source>
        <translation>laatst: {0}</translation>
    </message>
    <message>
        <source>Progress this month (one line)</source>
        <translation>Voortgang deze maand (één regel)</translation>
    </message>
    <message>
        <source>Steps…</source>
        <translation>Stappen…</translation>
    </message>
    <message>
        <source>Open the goal: steps, status, progress</source>
        <translation>Het doel openen: stappen, status, voortgang</translation>
    </message>
</context>
<context>
    <name>GoalRows</name>
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
        <source>POP</source>
        <translation>POP</translation>
    </message>
    <message>
        <source>Goals open</source>
        <translation>Doelen open</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Bereikt</translation>
    </message>
    <message>
        <source>Next evaluation</source>
        <translation>Volgende evaluatie</translation>
    </message>
    <message>
        <source>{0} (overdue)</source>
        <translation>{0} (verlopen)</translation>
    </message>
    <message>
        <source>outside a POP</source>
        <translation>los doel</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Streefdatum</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>Latest progress</source>
        <translation>Laatste voortgang</translation>
    </message>
    <message>
        <source>Running (open, in progress, postponed)</source>
        <translation>Lopend (open, bezig, uitgesteld)</translation>
    </message>
    <message>
        <source>All goals</source>
        <translation>Alle doelen</translation>
    </message>
</context>
<context>
    <name>GoalStepsEditor</name>
    <message>
        <source>e.g. walk along with Kees for two days</source>
        <translation>bijv. twee dagen meelopen met Kees</translation>
    </message>
    <message>
        <source>who</source>
        <translation>wie</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>No steps yet. Make the goal concrete with small actions close to the work: walking along with a colleague, practising on a machine, a course.</source>
        <translation>Nog geen stappen. Maak het doel concreet met kleine acties dicht bij het werk: meelopen met een collega, oefenen op een machine, een cursus.</translation>
    </message>
    <message>
        <source>+ &amp;Step</source>
        <translation>+ &amp;Stap</translation>
    </message>
    <message>
        <source>Step {0}: 'When' is not a date; write e.g. 25-11-2026.</source>
        <translation>Stap {0}: 'Wanneer' is geen datum; schrijf bijv. 25-11-2026.</translation>
    </message>
    <message>
        <source>Step {0}: {1}</source>
        <translation>Stap {0}: {1}</translation>
    </message>
</context>
<context>
    <name>GoalSupportEditor</name>
    <message>
        <source>e.g. two days walking along with Kees</source>
        <translation>bijv. twee dagen meelopen met Kees</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>No support agreed yet: a course, time, budget, a buddy, walking along…</source>
        <translation>Nog geen ondersteuning afgesproken: een opleiding, tijd, budget, een buddy, meelopen…</translation>
    </message>
    <message>
        <source>+ Su&amp;pport</source>
        <translation>+ Onder&amp;steuning</translation>
    </message>
</context>
<context>
    <name>GuidanceCards</name>
    <message>
        <source>Newcomers and mentors</source>
        <translation>Nieuwe collega's en mentoren</translation>
    </message>
    <message>
        <source>Every newcomer has a buddy and no mentor guides more than the limit.</source>
        <translation>Elke nieuwe collega heeft een buddy en geen mentor begeleidt meer dan de grens.</translation>
    </message>
    <message>
        <source>Check-ins and pairings ending</source>
        <translation>Check-ins en koppels die aflopen</translation>
    </message>
    <message>
        <source>No check-in due and no pairing ends within 30 days.</source>
        <translation>Geen check-in aan de beurt en geen koppel loopt binnen 30 dagen af.</translation>
    </message>
    <message>
        <source>{0} ({1}): no buddy yet</source>
        <translation>{0} ({1}): nog geen buddy</translation>
    </message>
    <message>
        <source>{0} ({1}, since {2}): no buddy yet</source>
        <translation>{0} ({1}, sinds {2}): nog geen buddy</translation>
    </message>
    <message>
        <source>{0} guides {1} people (limit {2})</source>
        <translation>{0} begeleidt {1} collega's (grens {2})</translation>
    </message>
    <message>
        <source>Check-in {0} with {1}: late since {2}</source>
        <translation>Check-in {0} met {1}: te laat sinds {2}</translation>
    </message>
    <message>
        <source>Check-in {0} with {1}: due {2}</source>
        <translation>Check-in {0} met {1}: uiterlijk {2}</translation>
    </message>
    <message>
        <source>{0} with {1}: ends {2}</source>
        <translation>{0} met {1}: loopt af op {2}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Bijwerken</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Ongewijzigd</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afgekeurd</translation>
    </message>
    <message>
        <source>Import people from HR</source>
        <translation>Medewerkers importeren uit HR</translation>
    </message>
    <message>
        <source>Choose an export from HR or payroll (CSV or Excel). Columns such as Voornaam, Tussenvoegsel, Achternaam, Functie, Afdeling, Datum in dienst and Personeelsnummer are recognised. Nothing is saved until you press Import.</source>
        <translation>Kies een export van HR of de salarisadministratie (CSV of Excel). Kolommen als Voornaam, Tussenvoegsel, Achternaam, Functie, Afdeling, Datum in dienst en Personeelsnummer worden herkend. Er wordt niets opgeslagen voordat je op Importeren drukt.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Geen bestand gekozen</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Bestand &amp;kiezen…</translation>
    </message>
    <message>
        <source>Team from the file (Afdeling/Team column)</source>
        <translation>Team uit het bestand (kolom Afdeling/Team)</translation>
    </message>
    <message>
        <source>Everyone into: {0}</source>
        <translation>Iedereen in: {0}</translation>
    </message>
    <message>
        <source>Import the good rows, skip rejected ones</source>
        <translation>Goede rijen importeren, afgekeurde overslaan</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Choose HR export</source>
        <translation>HR-export kiezen</translation>
    </message>
    <message>
        <source>HR export (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>HR-export (*.csv *.txt *.xlsx);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>{0} new, {1} updated, {2} unchanged, {3} rejected.</source>
        <translation>{0} nieuw, {1} bijgewerkt, {2} ongewijzigd, {3} afgekeurd.</translation>
    </message>
    <message>
        <source>New teams: {0}.</source>
        <translation>Nieuwe teams: {0}.</translation>
    </message>
    <message>
        <source>Ignored columns: {0}.</source>
        <translation>Genegeerde kolommen: {0}.</translation>
    </message>
    <message>
        <source>Changes: {0}</source>
        <translation>Wijzigingen: {0}</translation>
    </message>
    <message>
        <source>Some rows are rejected: fix the file, or tick 'skip rejected ones'.</source>
        <translation>Sommige rijen zijn afgekeurd: verbeter het bestand, of vink 'afgekeurde overslaan' aan.</translation>
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
    <name>LevelDialog</name>
    <message>
        <source>Change level</source>
        <translation>Niveau wijzigen</translation>
    </message>
    <message>
        <source>{0} · {1}: {2} → {3} ({4})</source>
        <translation>{0} · {1}: {2} → {3} ({4})</translation>
    </message>
    <message>
        <source>optional, e.g. 'set up the press brake alone'</source>
        <translation>mag leeg, bijv. 'kantbank zelf omgesteld'</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Beoordeeld door</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Onderbouwing</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Write a date like 25-11-2026.</source>
        <translation>Schrijf een datum als 25-11-2026.</translation>
    </message>
    <message>
        <source>The assessment date is in the future.</source>
        <translation>De datum van de beoordeling ligt in de toekomst.</translation>
    </message>
</context>
<context>
    <name>ListButtons</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Delete '{0}'?</source>
        <translation>'{0}' verwijderen?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Overview</source>
        <translation>Overzicht</translation>
    </message>
    <message>
        <source>Company overview</source>
        <translation>Bedrijfsoverzicht</translation>
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
        <source>Craftsmanship</source>
        <translation>Vakmanschap</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Roulatie</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Begeleiding</translation>
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
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Teamlead</source>
        <translation>&amp;Over Teamlead</translation>
    </message>
</context>
<context>
    <name>MatrixImportDialog</name>
    <message>
        <source>Import skills matrix from Excel</source>
        <translation>Vakmanschapsmatrix inlezen uit Excel</translation>
    </message>
    <message>
        <source>Choose the team's Excel matrix: one row per person, one column per skill, cells I, L, U, O (or 0-4) or empty. Group names above the skills are recognised. Nothing is saved until you press Import.</source>
        <translation>Kies de Excel-matrix van het team: één rij per medewerker, één kolom per vaardigheid, cellen I, L, U, O (of 0-4) of leeg. Groepsnamen boven de vaardigheden worden herkend. Er wordt niets opgeslagen tot je op Inlezen drukt.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Geen bestand gekozen</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>Bestand &amp;kiezen…</translation>
    </message>
    <message>
        <source>Whole company</source>
        <translation>Hele bedrijf</translation>
    </message>
    <message>
        <source>Skills of</source>
        <translation>Vaardigheden van</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Inlezen</translation>
    </message>
    <message>
        <source>Choose Excel matrix</source>
        <translation>Excel-matrix kiezen</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Sheet '{0}': {1} people matched, {2} known skills, {3} new skills, {4} levels of which {5} change, {6} cells not read.</source>
        <translation>Tabblad '{0}': {1} medewerkers herkend, {2} bekende vaardigheden, {3} nieuwe vaardigheden, {4} niveaus waarvan {5} veranderen, {6} cellen niet gelezen.</translation>
    </message>
    <message>
        <source>Sheet '{0}' skipped: only the first sheet is read.</source>
        <translation>Tabblad '{0}' overgeslagen: alleen het eerste tabblad wordt gelezen.</translation>
    </message>
    <message>
        <source>New skill: {0} ({1})</source>
        <translation>Nieuwe vaardigheid: {0} ({1})</translation>
    </message>
    <message>
        <source>Not read: {0}</source>
        <translation>Niet gelezen: {0}</translation>
    </message>
    <message>
        <source>Matched: {0} (cell {1})</source>
        <translation>Herkend: {0} (cel {1})</translation>
    </message>
</context>
<context>
    <name>MomentsBox</name>
    <message>
        <source>Evaluation moments</source>
        <translation>Evaluatiemomenten</translation>
    </message>
    <message>
        <source>No evaluation moments planned. Plan them (mid-period and before the end of the period) as development conversations.</source>
        <translation>Nog geen evaluatiemomenten gepland. Plan ze (halverwege en voor het einde van de periode) als ontwikkelgesprekken.</translation>
    </message>
    <message>
        <source>P&amp;lan evaluation moments</source>
        <translation>Evaluatiemomenten p&amp;lannen</translation>
    </message>
    <message>
        <source> on {0}</source>
        <translation> op {0}</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move conversation</source>
        <translation>Gesprek verplaatsen</translation>
    </message>
    <message>
        <source>Move the conversation with {0} of {1} to another moment.</source>
        <translation>Verplaats het gesprek met {0} van {1} naar een ander moment.</translation>
    </message>
    <message>
        <source>This conversation has already been moved {0} times.</source>
        <translation>Dit gesprek is al {0} keer verplaatst.</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(geen reden opgegeven)</translation>
    </message>
    <message>
        <source>Short note (no medical details)</source>
        <translation>Korte toelichting (geen medische details)</translation>
    </message>
    <message>
        <source>New moment</source>
        <translation>Nieuw moment</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Toelichting</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Verplaatsen</translation>
    </message>
</context>
<context>
    <name>NewConversationDialog</name>
    <message>
        <source>New conversation</source>
        <translation>Nieuw gesprek</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Already held (record it afterwards)</source>
        <translation>Al gevoerd (achteraf vastleggen)</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>There is nobody in the team yet.</source>
        <translation>Er staat nog niemand in het team.</translation>
    </message>
</context>
<context>
    <name>OnboardingBox</name>
    <message>
        <source>Onboarding</source>
        <translation>Inwerken</translation>
    </message>
    <message>
        <source>Pl&amp;an onboarding…</source>
        <translation>Inwerken &amp;plannen…</translation>
    </message>
    <message>
        <source>Choose b&amp;uddy…</source>
        <translation>B&amp;uddy kiezen…</translation>
    </message>
    <message>
        <source>Print onboarding p&amp;lan…</source>
        <translation>Inwerkplan &amp;afdrukken…</translation>
    </message>
    <message>
        <source>Enter or double-click opens the talk.</source>
        <translation>Enter of dubbelklikken opent het gesprek.</translation>
    </message>
    <message>
        <source>No onboarding plan yet. 'Plan onboarding…' plans the talks at weeks 1, 2, 4 and 6 and months 3, 6 and 12, the checklist and the first-year plan.</source>
        <translation>Nog geen inwerkplan. 'Inwerken plannen…' plant de gesprekken in week 1, 2, 4 en 6 en maand 3, 6 en 12, de checklist en het eerstejaarsplan.</translation>
    </message>
    <message>
        <source>No buddy yet.</source>
        <translation>Nog geen buddy.</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>uit de planning</translation>
    </message>
</context>
<context>
    <name>OnboardingDialog</name>
    <message>
        <source>Plan onboarding</source>
        <translation>Inwerken plannen</translation>
    </message>
    <message>
        <source>{0} is new here ({1}). Plan the onboarding talks, the checklist and the first-year plan; choose the buddy right after.</source>
        <translation>{0} is hier nieuw ({1}). Plan de inwerkgesprekken, de checklist en het eerstejaarsplan; daarna kies je de buddy.</translation>
    </message>
    <message>
        <source>First working day</source>
        <translation>Eerste werkdag</translation>
    </message>
    <message>
        <source>&amp;Plan onboarding</source>
        <translation>Inwerken &amp;plannen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>Onboarding talks (inwerkgesprekken)</source>
        <translation>Inwerkgesprekken</translation>
    </message>
    <message>
        <source>Checklist (one item a line)</source>
        <translation>Checklist (één punt per regel)</translation>
    </message>
    <message>
        <source>Goals of the first-year plan (draft POP, week 6)</source>
        <translation>Doelen van het eerstejaarsplan (concept-POP, week 6)</translation>
    </message>
    <message>
        <source>No gap skills: the function has no required levels yet, or they are all reached. The draft POP starts empty.</source>
        <translation>Geen leerpunten: de functie heeft nog geen vereiste niveaus, of ze zijn allemaal gehaald. Het concept-POP begint leeg.</translation>
    </message>
    <message>
        <source>Write the first working day like 25-11-2026.</source>
        <translation>Schrijf de eerste werkdag als 25-11-2026.</translation>
    </message>
    <message>
        <source>Keep at least one onboarding talk.</source>
        <translation>Houd minstens één inwerkgesprek.</translation>
    </message>
    <message>
        <source>Write the dates of the talks like 25-11-2026.</source>
        <translation>Schrijf de datums van de gesprekken als 25-11-2026.</translation>
    </message>
    <message>
        <source>A talk is before the first working day.</source>
        <translation>Een gesprek ligt vóór de eerste werkdag.</translation>
    </message>
    <message>
        <source>Two talks on the same day.</source>
        <translation>Twee gesprekken op dezelfde dag.</translation>
    </message>
</context>
<context>
    <name>OpenFiles</name>
    <message>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <source>Saved as {0}</source>
        <translation>Opgeslagen als {0}</translation>
    </message>
    <message>
        <source>In the folder {0}</source>
        <translation>In de map {0}</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Show &amp;folder</source>
        <translation>&amp;Map tonen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Niet mogelijk</translation>
    </message>
    <message>
        <source>No program was found to open it. The file is in {0}.</source>
        <translation>Er is geen programma gevonden om het te openen. Het bestand staat in {0}.</translation>
    </message>
</context>
<context>
    <name>PairingDialog</name>
    <message>
        <source>Change pairing</source>
        <translation>Koppel wijzigen</translation>
    </message>
    <message>
        <source>(none chosen)</source>
        <translation>(niets gekozen)</translation>
    </message>
    <message>
        <source>New pairing</source>
        <translation>Nieuw koppel</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(kies)</translation>
    </message>
    <message>
        <source> · buddy training ✓</source>
        <translation> · buddytraining ✓</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> weken</translation>
    </message>
    <message>
        <source>every </source>
        <translation>elke </translation>
    </message>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Gepland einde</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Waaraan</translation>
    </message>
    <message>
        <source>Suggestions for a mentor</source>
        <translation>Voorstellen voor een mentor</translation>
    </message>
    <message>
        <source>Double-click or press Enter to choose this mentor.</source>
        <translation>Dubbelklik of druk op Enter om deze mentor te kiezen.</translation>
    </message>
    <message>
        <source>Choose the mentee to see suggestions.</source>
        <translation>Kies de mentee om voorstellen te zien.</translation>
    </message>
    <message>
        <source>(no gap skills)</source>
        <translation>(geen leerpunten)</translation>
    </message>
    <message>
        <source>No suggestions.</source>
        <translation>Geen voorstellen.</translation>
    </message>
    <message>
        <source>Choose the mentee.</source>
        <translation>Kies de mentee.</translation>
    </message>
    <message>
        <source>Choose the mentor, or pick one from the suggestions.</source>
        <translation>Kies de mentor, of neem er een uit de voorstellen.</translation>
    </message>
    <message>
        <source>Write the dates like 25-11-2026.</source>
        <translation>Schrijf de datums als 25-11-2026.</translation>
    </message>
    <message>
        <source>Not possible:</source>
        <translation>Niet mogelijk:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Let op:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Waarschuwing:</translation>
    </message>
</context>
<context>
    <name>PairingFlow</name>
    <message>
        <source>Onboarding planned</source>
        <translation>Inwerken gepland</translation>
    </message>
</context>
<context>
    <name>PairingsPage</name>
    <message>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(verwijderd)</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Gepland einde</translation>
    </message>
    <message>
        <source>Last check-in</source>
        <translation>Laatste check-in</translation>
    </message>
    <message>
        <source>{0} · buddy training ✓</source>
        <translation>{0} · buddytraining ✓</translation>
    </message>
    <message>
        <source>Buddy training: {0}</source>
        <translation>Buddytraining: {0}</translation>
    </message>
    <message>
        <source>No buddy training on record.</source>
        <translation>Geen buddytraining geregistreerd.</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>Begeleiding</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>Team &amp;leaders…</source>
        <translation>&amp;Ploegleiders…</translation>
    </message>
    <message>
        <source>Buddy &amp;training…</source>
        <translation>B&amp;uddytraining…</translation>
    </message>
    <message>
        <source>&amp;New pairing…</source>
        <translation>&amp;Nieuw koppel…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>Ac&amp;tiveren</translation>
    </message>
    <message>
        <source>Add &amp;check-in…</source>
        <translation>&amp;Check-in toevoegen…</translation>
    </message>
    <message>
        <source>&amp;End or stop…</source>
        <translation>&amp;Beëindigen of stoppen…</translation>
    </message>
    <message>
        <source>&amp;Print pairing card…</source>
        <translation>Koppel&amp;afspraak afdrukken…</translation>
    </message>
    <message>
        <source>No pairings yet. Use 'New pairing…' to give a starter, intern, BBL apprentice or zij-instromer a fixed colleague: the suggestions show who masters the skills they still lack, and why.</source>
        <translation>Nog geen koppels. Kies 'Nieuw koppel…' om een starter, stagiair, BBL-leerling of zij-instromer een vaste collega te geven: de voorstellen laten zien wie de vaardigheden beheerst die nog ontbreken, en waarom.</translation>
    </message>
    <message>
        <source>No pairings with this status. Choose 'All statuses' to see the others.</source>
        <translation>Geen koppels met deze status. Kies 'Alle statussen' om de andere te zien.</translation>
    </message>
    <message>
        <source>{0} guides {1} · check-in every {2} weeks</source>
        <translation>{0} begeleidt {1} · check-in elke {2} weken</translation>
    </message>
    <message>
        <source>Focus: {0}</source>
        <translation>Focus: {0}</translation>
    </message>
    <message>
        <source>Stopped: {0}</source>
        <translation>Gestopt: {0}</translation>
    </message>
    <message>
        <source>End evaluation: {0}</source>
        <translation>Eindevaluatie: {0}</translation>
    </message>
    <message>
        <source>shared</source>
        <translation>gedeeld</translation>
    </message>
    <message>
        <source>private</source>
        <translation>eigen notitie</translation>
    </message>
    <message>
        <source>No check-ins yet.</source>
        <translation>Nog geen check-ins.</translation>
    </message>
    <message>
        <source>{0} with mentor {1} ({2}, since {3})</source>
        <translation>{0} met mentor {1} ({2}, sinds {3})</translation>
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
        <source>out of service as of {0}</source>
        <translation>uit dienst per {0}</translation>
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
    <name>PlanMonthDialog</name>
    <message>
        <source>Plan the month</source>
        <translation>Plan de maand</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle teams</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>&amp;Days without conversations…</source>
        <translation>&amp;Dagen zonder gesprekken…</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plannen</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>&amp;Plan all</source>
        <translation>&amp;Alles inplannen</translation>
    </message>
    <message>
        <source>Still to hold this month: {0}. To plan now: {1}, already planned: {2}, at most {3} a day.</source>
        <translation>Nog te voeren deze maand: {0}. Nu te plannen: {1}, al gepland: {2}, hooguit {3} per dag.</translation>
    </message>
    <message>
        <source>No conversations on: {0}.</source>
        <translation>Geen gesprekken op: {0}.</translation>
    </message>
    <message>
        <source>Did not fit this month, plan by hand: {0}</source>
        <translation>Paste niet meer deze maand, plan zelf: {0}</translation>
    </message>
    <message>
        <source>Nobody needs a conversation planned in this month.</source>
        <translation>Niemand hoeft deze maand nog ingepland te worden.</translation>
    </message>
    <message>
        <source>Nobody needs a conversation planned in this month. {0} already planned.</source>
        <translation>Niemand hoeft deze maand nog ingepland te worden. {0} al gepland.</translation>
    </message>
</context>
<context>
    <name>PlannerModel</name>
    <message>
        <source>Days off this week:</source>
        <translation>Vrije dagen deze week:</translation>
    </message>
    <message>
        <source>wk {0}
{1}</source>
        <translation>wk {0}
{1}</translation>
    </message>
    <message>
        <source>Week {0} ({1} – {2})</source>
        <translation>Week {0} ({1} – {2})</translation>
    </message>
    <message>
        <source>host {0}</source>
        <translation>begeleider {0}</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>geen begeleider</translation>
    </message>
    <message>
        <source>on rotation, {0}</source>
        <translation>op roulatie, {0}</translation>
    </message>
    <message>
        <source>hosts {0}</source>
        <translation>begeleidt {0}</translation>
    </message>
    <message>
        <source>G: {0} on {1}</source>
        <translation>G: {0} op {1}</translation>
    </message>
</context>
<context>
    <name>PopActions</name>
    <message>
        <source>There is no goal outside a POP to take in. Add a new goal instead.</source>
        <translation>Er is geen los doel (buiten een POP) om op te halen. Voeg een nieuw doel toe.</translation>
    </message>
    <message>
        <source>Take a goal into the POP</source>
        <translation>Doel in het POP opnemen</translation>
    </message>
    <message>
        <source>Goal outside a POP:</source>
        <translation>Los doel (buiten een POP):</translation>
    </message>
    <message>
        <source>Save POP form</source>
        <translation>POP-formulier opslaan</translation>
    </message>
    <message>
        <source>POP {0} {1} {2}</source>
        <translation>POP {0} {1} {2}</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save preparation form</source>
        <translation>Voorbereidingsformulier opslaan</translation>
    </message>
    <message>
        <source>POP preparation {0} {1}</source>
        <translation>Voorbereiding POP-gesprek {0} {1}</translation>
    </message>
</context>
<context>
    <name>PopEvaluateDialog</name>
    <message>
        <source>Evaluate the POP</source>
        <translation>POP evalueren</translation>
    </message>
    <message>
        <source>Goals of this plan:</source>
        <translation>Doelen van dit plan:</translation>
    </message>
    <message>
        <source>This plan has no goals.</source>
        <translation>Dit plan heeft geen doelen.</translation>
    </message>
    <message>
        <source>What went well, what did not, what is next?</source>
        <translation>Wat ging goed, wat niet, wat is de volgende stap?</translation>
    </message>
    <message>
        <source>&amp;Evaluation *</source>
        <translation>&amp;Evaluatie *</translation>
    </message>
    <message>
        <source>&amp;Date *</source>
        <translation>&amp;Datum *</translation>
    </message>
    <message>
        <source>After the evaluation the plan can only be read. Open goals can be carried over to the plan for the next period.</source>
        <translation>Na de evaluatie is het plan alleen nog te lezen. Open doelen kunnen mee naar het plan voor de volgende periode.</translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation>E&amp;valueren</translation>
    </message>
    <message>
        <source>Write the evaluation under 'Evaluation'.</source>
        <translation>Schrijf de evaluatie bij 'Evaluatie'.</translation>
    </message>
    <message>
        <source>'Date' is not a date; write e.g. 25-11-2026.</source>
        <translation>'Datum' is geen datum; schrijf bijv. 25-11-2026.</translation>
    </message>
</context>
<context>
    <name>PopNextDialog</name>
    <message>
        <source>Start next year's POP</source>
        <translation>POP voor volgend jaar starten</translation>
    </message>
    <message>
        <source>The new plan starts on {0} with the three-year view, strengths and development points of this plan. Ticked goals continue in the new plan with their open steps; this evaluated plan stays as it is.</source>
        <translation>Het nieuwe plan begint op {0} met het driejarenbeeld, de sterke punten en de ontwikkelpunten van dit plan. Aangevinkte doelen lopen door in het nieuwe plan, met hun open stappen; dit geëvalueerde plan blijft zoals het is.</translation>
    </message>
    <message>
        <source>No open goals to carry over: the new plan starts empty.</source>
        <translation>Geen open doelen om mee te nemen: het nieuwe plan begint leeg.</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Geen</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
</context>
<context>
    <name>PopPage</name>
    <message>
        <source>← Development</source>
        <translation>← Ontwikkeling</translation>
    </message>
    <message>
        <source>Pro&amp;file</source>
        <translation>Pro&amp;fiel</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Development goals for this period</source>
        <translation>Ontwikkeldoelen voor deze periode</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Ondersteuning</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Ondertekening</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>&amp;Agree (sign)…</source>
        <translation>&amp;Afspreken (ondertekenen)…</translation>
    </message>
    <message>
        <source>Employee's respo&amp;nse…</source>
        <translation>Reactie &amp;medewerker…</translation>
    </message>
    <message>
        <source>E&amp;valuate…</source>
        <translation>&amp;Evalueren…</translation>
    </message>
    <message>
        <source>Start &amp;next year…</source>
        <translation>&amp;Volgend jaar starten…</translation>
    </message>
    <message>
        <source>&amp;Print POP…</source>
        <translation>POP af&amp;drukken…</translation>
    </message>
    <message>
        <source>Print prepa&amp;ration form…</source>
        <translation>Voorbereidingsformulier afd&amp;rukken…</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Periode van</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot en met</translation>
    </message>
    <message>
        <source>A development document, not an assessment: no right or wrong.</source>
        <translation>Een ontwikkeldocument, geen beoordeling: er is geen goed of fout.</translation>
    </message>
    <message>
        <source>POP {0} – {1}</source>
        <translation>POP {0} – {1}</translation>
    </message>
    <message>
        <source>lead: {0}</source>
        <translation>leidinggevende: {0}</translation>
    </message>
    <message>
        <source>Evaluated on {0}:</source>
        <translation>Geëvalueerd op {0}:</translation>
    </message>
    <message>
        <source>This POP is signed already. To change it, choose 'Change after signing': the new version is signed again.</source>
        <translation>Dit POP is al ondertekend. Wil je het wijzigen, kies dan 'Wijzigen na ondertekening': de nieuwe versie wordt opnieuw ondertekend.</translation>
    </message>
    <message>
        <source>This POP was evaluated on {0} and can only be read. Start the plan for the next period with 'Start next year…'; open goals can go along.</source>
        <translation>Dit POP is geëvalueerd op {0} en is alleen nog te lezen. Start het plan voor de volgende periode met 'Volgend jaar starten…'; open doelen kunnen mee.</translation>
    </message>
    <message>
        <source>This POP no longer exists.</source>
        <translation>Dit POP bestaat niet meer.</translation>
    </message>
    <message>
        <source>'Period from' is not a date; write e.g. 25-11-2026.</source>
        <translation>'Periode van' is geen datum; schrijf bijvoorbeeld 25-11-2026.</translation>
    </message>
    <message>
        <source>'to' (end of the period) is not a date; write e.g. 25-11-2026.</source>
        <translation>'tot en met' (het einde van de periode) is geen datum; schrijf bijvoorbeeld 25-11-2026.</translation>
    </message>
    <message>
        <source>There is unsaved text for this POP from {0} (for example after the program was closed unexpectedly). Put it back?</source>
        <translation>Er is niet-opgeslagen tekst voor dit POP van {0} (bijvoorbeeld doordat het programma onverwacht sloot). Terugzetten?</translation>
    </message>
    <message>
        <source>The POP has unsaved changes. Save them now?</source>
        <translation>Het POP heeft niet-opgeslagen wijzigingen. Nu opslaan?</translation>
    </message>
</context>
<context>
    <name>PopSections</name>
    <message>
        <source>Not signed yet. When you both agree, sign it with 'Agree (sign)…': the employee's 'seen' or 'agreed', the date and his or her response.</source>
        <translation>Nog niet ondertekend. Zijn jullie het eens, onderteken dan met 'Afspreken (ondertekenen)…': 'gezien' of 'akkoord' van de medewerker, de datum en zijn of haar reactie.</translation>
    </message>
    <message>
        <source>Employee: {0} on {1} ({2}).</source>
        <translation>Medewerker: {0} op {1} ({2}).</translation>
    </message>
    <message>
        <source>Lead ({0}): signed on {1}.</source>
        <translation>Leidinggevende ({0}): getekend op {1}.</translation>
    </message>
    <message>
        <source>Response of the employee: {0}</source>
        <translation>Reactie van de medewerker: {0}</translation>
    </message>
</context>
<context>
    <name>PopSignoffDialog</name>
    <message>
        <source>Agree the POP (sign-off)</source>
        <translation>POP afspreken (ondertekenen)</translation>
    </message>
    <message>
        <source>Both sign the plan. 'Seen' means the employee has read it; 'Agreed' that he or she agrees. This is a development document, not an assessment.</source>
        <translation>Jullie ondertekenen allebei. 'Gezien' betekent dat de medewerker het gelezen heeft; 'Akkoord' dat hij of zij het ermee eens is. Dit is een ontwikkeldocument, geen beoordeling.</translation>
    </message>
    <message>
        <source>The employee's response, in his or her own words</source>
        <translation>De reactie van de medewerker, in eigen woorden</translation>
    </message>
    <message>
        <source>&amp;Employee</source>
        <translation>&amp;Medewerker</translation>
    </message>
    <message>
        <source>&amp;Date employee *</source>
        <translation>&amp;Datum medewerker *</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>&amp;Wijze</translation>
    </message>
    <message>
        <source>Date &amp;lead *</source>
        <translation>Datum &amp;leidinggevende *</translation>
    </message>
    <message>
        <source>&amp;Response of the employee</source>
        <translation>&amp;Reactie van de medewerker</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Ondertekenen</translation>
    </message>
    <message>
        <source>Response of the employee to the signed POP</source>
        <translation>Reactie van de medewerker op het ondertekende POP</translation>
    </message>
    <message>
        <source>&amp;Save response</source>
        <translation>Reactie op&amp;slaan</translation>
    </message>
    <message>
        <source>'Date employee' is not a date; write e.g. 25-11-2026.</source>
        <translation>'Datum medewerker' is geen datum; schrijf bijv. 25-11-2026.</translation>
    </message>
    <message>
        <source>'Date lead' is not a date; write e.g. 25-11-2026.</source>
        <translation>'Datum leidinggevende' is geen datum; schrijf bijv. 25-11-2026.</translation>
    </message>
</context>
<context>
    <name>PopTextsBox</name>
    <message>
        <source>The longer view</source>
        <translation>De lange termijn</translation>
    </message>
    <message>
        <source>Where do you want to be in three years? (in your own words)</source>
        <translation>Waar wil je over drie jaar staan? (in eigen woorden)</translation>
    </message>
    <message>
        <source>Where does the lead see the employee going (medium term)?</source>
        <translation>Waar ziet de leidinggevende de medewerker naartoe groeien (middellange termijn)?</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>Sterke punten</translation>
    </message>
    <message>
        <source>Development points</source>
        <translation>Ontwikkelpunten</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Save team roster</source>
        <translation>Teamoverzicht opslaan</translation>
    </message>
    <message>
        <source>team-roster.pdf</source>
        <translation>teamoverzicht.pdf</translation>
    </message>
    <message>
        <source>Save pairing card</source>
        <translation>Koppelafspraak opslaan</translation>
    </message>
    <message>
        <source>pairing-card-{0}.pdf</source>
        <translation>koppelafspraak-{0}.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save skills matrix (Excel)</source>
        <translation>Vakmanschapsmatrix opslaan (Excel)</translation>
    </message>
    <message>
        <source>skills-matrix.xlsx</source>
        <translation>vakmanschapsmatrix.xlsx</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Print skills matrix (PDF)</source>
        <translation>Vakmanschapsmatrix afdrukken (PDF)</translation>
    </message>
    <message>
        <source>skills-matrix.pdf</source>
        <translation>vakmanschapsmatrix.pdf</translation>
    </message>
    <message>
        <source>Print rotation schedule (PDF)</source>
        <translation>Roulatieschema afdrukken (PDF)</translation>
    </message>
    <message>
        <source>rotation-schedule.pdf</source>
        <translation>roulatieschema.pdf</translation>
    </message>
    <message>
        <source>Proof of competence {0} {1}</source>
        <translation>Bewijs van bekwaamheid {0} {1}</translation>
    </message>
    <message>
        <source>Print proof of competence (PDF)</source>
        <translation>Bewijs van bekwaamheid afdrukken (PDF)</translation>
    </message>
    <message>
        <source>Save onboarding plan</source>
        <translation>Inwerkplan opslaan</translation>
    </message>
    <message>
        <source>onboarding-plan-{0}.pdf</source>
        <translation>inwerkplan-{0}.pdf</translation>
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
        <source>&amp;New conversation…</source>
        <translation>&amp;Nieuw gesprek…</translation>
    </message>
    <message>
        <source>Print &amp;preparation sheet…</source>
        <translation>&amp;Voorbereidingsblad afdrukken…</translation>
    </message>
    <message>
        <source>P&amp;OP of this year…</source>
        <translation>P&amp;OP van dit jaar…</translation>
    </message>
    <message>
        <source>New &amp;goal…</source>
        <translation>Nieuw &amp;doel…</translation>
    </message>
    <message>
        <source>Access e&amp;xport (AVG)…</source>
        <translation>Inzage-e&amp;xport (AVG)…</translation>
    </message>
    <message>
        <source>Everything stored about this person, including working notes</source>
        <translation>Alles wat over deze persoon is vastgelegd, ook werkaantekeningen</translation>
    </message>
    <message>
        <source>Print proof of compe&amp;tence…</source>
        <translation>Bewijs van be&amp;kwaamheid afdrukken…</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>How is it going (own estimate)</source>
        <translation>Hoe gaat het (eigen inschatting)</translation>
    </message>
    <message>
        <source>1–5, last six talks · for you only, never for HR</source>
        <translation>1–5, laatste zes gesprekken · alleen voor jou, nooit voor HR</translation>
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
        <source>out of service as of {0}</source>
        <translation>uit dienst per {0}</translation>
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
        <source>Conversations: {0} held, {1} planned, {2} missed, {3} moved, {4} cancelled  ·  open agreements: {5}</source>
        <translation>Gesprekken: {0} gevoerd, {1} gepland, {2} gemist, {3} verplaatst, {4} geannuleerd  ·  openstaande afspraken: {5}</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Nog niets vastgelegd.</translation>
    </message>
    <message>
        <source>Save preparation sheet</source>
        <translation>Voorbereidingsblad opslaan</translation>
    </message>
    <message>
        <source>Preparation {0} {1}</source>
        <translation>Voorbereiding {0} {1}</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>New POP</source>
        <translation>Nieuwe POP</translation>
    </message>
    <message>
        <source>There is no POP for {0} yet. Start a draft POP?</source>
        <translation>Er is nog geen POP voor {0}. Een concept-POP beginnen?</translation>
    </message>
    <message>
        <source>Save access export</source>
        <translation>Inzage-export opslaan</translation>
    </message>
    <message>
        <source>ZIP (*.zip)</source>
        <translation>ZIP (*.zip)</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <source>Yearly POP overview for HR</source>
        <translation>Jaaroverzicht POP voor HR</translation>
    </message>
    <message>
        <source>Per employee the POP status, the goals and the conversation record of a year, with totals per team and for the company. Shared fields only: never working notes, answers or the monthly score.</source>
        <translation>Per medewerker de POP-status, de doelen en de gesprekken van een jaar, met totalen per team en voor het bedrijf. Alleen gedeelde gegevens: nooit werkaantekeningen, antwoorden of de maandscore.</translation>
    </message>
    <message>
        <source>&amp;PDF report…</source>
        <translation>&amp;PDF-rapport…</translation>
    </message>
    <message>
        <source>&amp;Excel workbook…</source>
        <translation>&amp;Excel-werkmap…</translation>
    </message>
    <message>
        <source>&amp;CSV of the goals…</source>
        <translation>&amp;CSV van de doelen…</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Right of access (AVG inzage)</source>
        <translation>Inzagerecht (AVG)</translation>
    </message>
    <message>
        <source>Everything stored about one person, including your working notes, as a ZIP with a readable PDF and a JSON file. Answer a request within a month.</source>
        <translation>Alles wat over één persoon is vastgelegd, ook je werkaantekeningen, als ZIP met een leesbare PDF en een JSON-bestand. Beantwoord een verzoek binnen een maand.</translation>
    </message>
    <message>
        <source>Make &amp;access export…</source>
        <translation>Inzage-export &amp;maken…</translation>
    </message>
    <message>
        <source>Retention period</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Uit dienst</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Bewaren tot</translation>
    </message>
    <message>
        <source>What goes</source>
        <translation>Wat verdwijnt</translation>
    </message>
    <message>
        <source>&amp;Delete selected…</source>
        <translation>Geselecteerde &amp;verwijderen…</translation>
    </message>
    <message>
        <source>All teams (company)</source>
        <translation>Alle teams (bedrijf)</translation>
    </message>
    <message>
        <source> (out of service)</source>
        <translation> (uit dienst)</translation>
    </message>
    <message>
        <source>Records of people who left are kept {0} years after the date out of service (Settings). Who is past it is listed here; deleting removes the person with all conversations, agreements, goals and POPs for good, and the backups made before the deletion too (a new one is made right after).</source>
        <translation>Gegevens van oud-medewerkers worden {0} jaar na de datum uit dienst bewaard (Instellingen). Wie daar voorbij is, staat hier; verwijderen haalt de medewerker met alle gesprekken, afspraken, doelen en POP's definitief weg, en ook de back-ups van vóór het verwijderen (direct daarna wordt een nieuwe gemaakt).</translation>
    </message>
    <message>
        <source>These people and everything linked to them are deleted for good; this cannot be undone:

{0}

Every backup made before now is removed too, as it still holds them; a new backup is made right after.</source>
        <translation>Deze medewerkers en alles wat bij hen hoort worden definitief verwijderd; dit kan niet ongedaan worden gemaakt:

{0}

Alle back-ups van vóór nu worden ook verwijderd, want daar staan ze nog in; direct daarna wordt een nieuwe back-up gemaakt.</translation>
    </message>
    <message>
        <source>{0} people deleted, {1} earlier backups removed.</source>
        <translation>{0} medewerkers verwijderd, {1} eerdere back-ups verwijderd.</translation>
    </message>
    <message>
        <source>Nobody is past the retention period.</source>
        <translation>Niemand is voorbij de bewaartermijn.</translation>
    </message>
    <message>
        <source>Save access export</source>
        <translation>Inzage-export opslaan</translation>
    </message>
    <message>
        <source>ZIP (*.zip)</source>
        <translation>ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Definitief verwijderen</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Verwijderen…</translation>
    </message>
</context>
<context>
    <name>RotationDialog</name>
    <message>
        <source>New rotation</source>
        <translation>Nieuwe roulatie</translation>
    </message>
    <message>
        <source>Change rotation</source>
        <translation>Roulatie wijzigen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(kies)</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Vorm</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Werkplek</translation>
    </message>
    <message>
        <source>Other team</source>
        <translation>Ander team</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot en met</translation>
    </message>
    <message>
        <source>Learning goal: skill</source>
        <translation>Leerdoel: vaardigheid</translation>
    </message>
    <message>
        <source>Target level</source>
        <translation>Doelniveau</translation>
    </message>
    <message>
        <source>POP goal</source>
        <translation>POP-doel</translation>
    </message>
    <message>
        <source>Suggestions for red and amber skills</source>
        <translation>Suggesties voor rode en oranje vaardigheden</translation>
    </message>
    <message>
        <source>Double-click or press Enter to fill in the form.</source>
        <translation>Dubbelklik of druk op Enter om het formulier in te vullen.</translation>
    </message>
    <message>
        <source>{0} learns {1}</source>
        <translation>{0} leert {1}</translation>
    </message>
    <message>
        <source>No red or amber skills in this period.</source>
        <translation>Geen rode of oranje vaardigheden in deze periode.</translation>
    </message>
    <message>
        <source>Choose the employee.</source>
        <translation>Kies de medewerker.</translation>
    </message>
    <message>
        <source>Write the dates like 25-11-2026.</source>
        <translation>Schrijf de datums als 25-11-2026.</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>De einddatum ligt vóór de begindatum.</translation>
    </message>
    <message>
        <source>The host cannot be the employee themself: choose a colleague.</source>
        <translation>De begeleider kan niet de medewerker zelf zijn: kies een collega.</translation>
    </message>
    <message>
        <source>Warning: {0}</source>
        <translation>Let op: {0}</translation>
    </message>
</context>
<context>
    <name>RotationEvaluateDialog</name>
    <message>
        <source>Evaluate rotation</source>
        <translation>Roulatie evalueren</translation>
    </message>
    <message>
        <source>'Not for me' is a valid result, not a failure: someone who tried it and chose his own job has learned something too.</source>
        <translation>'Niet voor mij' is een geldige uitkomst, geen mislukking: wie het geprobeerd heeft en voor zijn eigen vak kiest, heeft ook iets geleerd.</translation>
    </message>
    <message>
        <source>(no change)</source>
        <translation>(geen wijziging)</translation>
    </message>
    <message>
        <source>Shared with the team</source>
        <translation>Gedeeld met het team</translation>
    </message>
    <message>
        <source>no skill chosen</source>
        <translation>geen vaardigheid gekozen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>What was learned</source>
        <translation>Wat is er geleerd</translation>
    </message>
    <message>
        <source>New level ({0})</source>
        <translation>Nieuw niveau ({0})</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Volgende stap</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Write a date like 25-11-2026.</source>
        <translation>Schrijf een datum als 25-11-2026.</translation>
    </message>
    <message>
        <source>The evaluation date is before the rotation started or in the future.</source>
        <translation>De evaluatiedatum ligt vóór het begin van de roulatie of in de toekomst.</translation>
    </message>
</context>
<context>
    <name>RotationFormDialog</name>
    <message>
        <source>Rotation form</source>
        <translation>Roulatievorm</translation>
    </message>
    <message>
        <source>e.g. 1-5 days</source>
        <translation>bijv. 1-5 dagen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Usual duration</source>
        <translation>Gebruikelijke duur</translation>
    </message>
    <message>
        <source>Give the form a name.</source>
        <translation>Geef de roulatievorm een naam.</translation>
    </message>
</context>
<context>
    <name>RotationFormsDialog</name>
    <message>
        <source>Rotation forms</source>
        <translation>Roulatievormen</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Vorm</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Usual duration</source>
        <translation>Gebruikelijke duur</translation>
    </message>
</context>
<context>
    <name>RotationNote</name>
    <message>
        <source>{0} to {1}</source>
        <translation>{0} t/m {1}</translation>
    </message>
    <message>
        <source>host {0}</source>
        <translation>begeleider {0}</translation>
    </message>
    <message>
        <source>learning goal {0} {1}</source>
        <translation>leerdoel {0} {1}</translation>
    </message>
    <message>
        <source>Rotation in progress</source>
        <translation>Roulatie bezig</translation>
    </message>
    <message>
        <source>Ask how it is going.</source>
        <translation>Vraag hoe het gaat.</translation>
    </message>
    <message>
        <source>Rotation finished</source>
        <translation>Roulatie afgelopen</translation>
    </message>
    <message>
        <source>Outcome: {0}.</source>
        <translation>Uitkomst: {0}.</translation>
    </message>
    <message>
        <source>New level {0}: {1}.</source>
        <translation>Nieuw niveau {0}: {1}.</translation>
    </message>
    <message>
        <source>Not evaluated yet: discuss what was learned.</source>
        <translation>Nog niet geëvalueerd: bespreek wat er geleerd is.</translation>
    </message>
</context>
<context>
    <name>RotationPlanner</name>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Vorige</translation>
    </message>
    <message>
        <source>N&amp;ext ▶</source>
        <translation>V&amp;olgende ▶</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kwartaal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Toon</translation>
    </message>
    <message>
        <source>Print t&amp;his period…</source>
        <translation>Deze periode a&amp;fdrukken…</translation>
    </message>
    <message>
        <source>The rotation schedule of the weeks shown, as PDF.</source>
        <translation>Het roulatieschema van de getoonde weken, als PDF.</translation>
    </message>
    <message>
        <source>R1 on rotation (guest) · B1 host of rotation 1 · G planned conversation · ! conflict · A host away · wk* a week with days off. Point at a cell for the details; click it to open the rotation or to plan one in that week.</source>
        <translation>R1 op roulatie (gast) · B1 begeleider van roulatie 1 · G gepland gesprek · ! conflict · A begeleider afwezig · wk* een week met vrije dagen. Wijs een vak aan voor de details; klik erop om de roulatie te openen of er een te plannen in die week.</translation>
    </message>
    <message>
        <source>Open {0} (guest {1}): {2} – {3}…</source>
        <translation>{0} openen (gast {1}): {2} – {3}…</translation>
    </message>
    <message>
        <source>Open {0} (host {1}): {2} – {3}…</source>
        <translation>{0} openen (begeleider {1}): {2} – {3}…</translation>
    </message>
    <message>
        <source>Open {0}: {1} – {2}…</source>
        <translation>{0} openen: {1} – {2}…</translation>
    </message>
    <message>
        <source>Evaluate {0}…</source>
        <translation>{0} evalueren…</translation>
    </message>
    <message>
        <source>Plan rotation for {0} in week {1}…</source>
        <translation>Roulatie plannen voor {0} in week {1}…</translation>
    </message>
    <message>
        <source>Quarter {0} {1}</source>
        <translation>Kwartaal {0} {1}</translation>
    </message>
    <message>
        <source>Choose a team above to see its planning.</source>
        <translation>Kies hierboven een team om de planning te zien.</translation>
    </message>
    <message>
        <source>This team has no people in this period.</source>
        <translation>Dit team heeft in deze periode geen medewerkers.</translation>
    </message>
</context>
<context>
    <name>RotationsPage</name>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Vorm</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Begeleider</translation>
    </message>
    <message>
        <source>Learning goal</source>
        <translation>Leerdoel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <source>⚠ {0}</source>
        <translation>⚠ {0}</translation>
    </message>
    <message>
        <source>Rotation</source>
        <translation>Roulatie</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Lijst</translation>
    </message>
    <message>
        <source>Pl&amp;anning</source>
        <translation>Pl&amp;anning</translation>
    </message>
    <message>
        <source>&amp;New rotation…</source>
        <translation>&amp;Nieuwe roulatie…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Verwij&amp;deren…</translation>
    </message>
    <message>
        <source>&amp;Evaluate…</source>
        <translation>&amp;Evalueren…</translation>
    </message>
    <message>
        <source>Stations and f&amp;orms</source>
        <translation>Werkplekken en vor&amp;men</translation>
    </message>
    <message>
        <source>Stations…</source>
        <translation>Werkplekken…</translation>
    </message>
    <message>
        <source>Rotation forms…</source>
        <translation>Roulatievormen…</translation>
    </message>
    <message>
        <source>&amp;Print schedule…</source>
        <translation>&amp;Schema afdrukken…</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle teams</translation>
    </message>
    <message>
        <source>No rotations planned yet. Use 'New rotation…': the suggestions show who could learn a red or amber skill, and with which host.</source>
        <translation>Nog geen roulaties gepland. Kies 'Nieuwe roulatie…': de suggesties laten zien wie een rode of oranje vaardigheid kan leren, en bij welke begeleider.</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Waarschuwingen:</translation>
    </message>
    <message>
        <source>Learned: {0}</source>
        <translation>Geleerd: {0}</translation>
    </message>
    <message>
        <source>Next step: {0}</source>
        <translation>Volgende stap: {0}</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Geen conflicten.</translation>
    </message>
    <message>
        <source>rotation of {0}, {1} – {2}</source>
        <translation>roulatie van {0}, {1} – {2}</translation>
    </message>
    <message>
        <source>Delete rotation</source>
        <translation>Roulatie verwijderen</translation>
    </message>
</context>
<context>
    <name>ScoreTrend</name>
    <message>
        <source>No estimate yet</source>
        <translation>Nog geen inschatting</translation>
    </message>
    <message>
        <source>{0}: {1} of {2}</source>
        <translation>{0}: {1} van {2}</translation>
    </message>
</context>
<context>
    <name>ServerLogin</name>
    <message>
        <source>The server did not accept the remembered password, so this computer has forgotten it. Type the password again.</source>
        <translation>De server accepteerde het onthouden wachtwoord niet; deze computer is het daarom vergeten. Typ het wachtwoord opnieuw.</translation>
    </message>
</context>
<context>
    <name>ServerPasswordDialog</name>
    <message>
        <source>Database server</source>
        <translation>Databaseserver</translation>
    </message>
    <message>
        <source>Password for {0}:</source>
        <translation>Wachtwoord voor {0}:</translation>
    </message>
    <message>
        <source>&amp;Remember password</source>
        <translation>Wachtwoord &amp;onthouden</translation>
    </message>
    <message>
        <source>Kept in the credential store of this computer, not by this program. Untick to make the computer forget it.</source>
        <translation>Bewaard in de wachtwoordkluis van deze computer, niet door dit programma. Vink het uit om de computer het te laten vergeten.</translation>
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
        <source>Conversation &amp;templates…</source>
        <translation>Gespreks&amp;sjablonen…</translation>
    </message>
    <message>
        <source>Questions per kind</source>
        <translation>Vragen per soort gesprek</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificaten</translation>
    </message>
    <message>
        <source> days before expiry</source>
        <translation> dagen vóór het verlopen</translation>
    </message>
    <message>
        <source>Certificate &amp;types…</source>
        <translation>Certificaat&amp;soorten…</translation>
    </message>
    <message>
        <source>Warn about certificates</source>
        <translation>Waarschuwen voor certificaten</translation>
    </message>
    <message>
        <source>Types and validity</source>
        <translation>Soorten en geldigheid</translation>
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
        <source>Optional: a USB stick or a network folder</source>
        <translation>Niet verplicht: een USB-stick of een netwerkmap</translation>
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
        <source>Second backup folder</source>
        <translation>Tweede back-upmap</translation>
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
        <source>Export log</source>
        <translation>Exportlogboek</translation>
    </message>
    <message>
        <source>Every export of personal data is recorded here (what, for whom by number, the kind of file), never the content or a name, so you can answer who exported what.</source>
        <translation>Elke export van persoonsgegevens wordt hier vastgelegd (wat, voor wie als nummer, het soort bestand), nooit de inhoud of een naam, zodat je kunt zeggen wie wat heeft geëxporteerd.</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Soort bestand</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereik</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>In use: {0}</source>
        <translation>In gebruik: {0}</translation>
    </message>
    <message>
        <source>Nothing exported yet.</source>
        <translation>Nog niets geëxporteerd.</translation>
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
</context>
<context>
    <name>SignoffBox</name>
    <message>
        <source>The conversation took place</source>
        <translation>Het gesprek heeft plaatsgevonden</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Nog niet</translation>
    </message>
    <message>
        <source>The employee's own view, in his or her words</source>
        <translation>De eigen kijk van de medewerker, in eigen woorden</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Gevoerd</translation>
    </message>
    <message>
        <source>Employee signs</source>
        <translation>Medewerker tekent</translation>
    </message>
    <message>
        <source>Employee's response</source>
        <translation>Reactie medewerker</translation>
    </message>
</context>
<context>
    <name>SkillAlertsCard</name>
    <message>
        <source>Craftsmanship and certificates</source>
        <translation>Vakmanschap en certificaten</translation>
    </message>
    <message>
        <source>Every skill has at least two qualified people and no certificate needs renewal.</source>
        <translation>Elke vaardigheid heeft minstens twee mensen die het zelfstandig kunnen, en geen certificaat hoeft vernieuwd.</translation>
    </message>
    <message>
        <source>Red: {0} ({1}) – {2} qualified</source>
        <translation>Rood: {0} ({1}) – {2} gekwalificeerd</translation>
    </message>
    <message>
        <source>Amber: {0} ({1}) – 2 qualified, one at risk</source>
        <translation>Oranje: {0} ({1}) – 2 gekwalificeerd, één valt mogelijk weg</translation>
    </message>
    <message>
        <source>Only one knowledge holder: {0} ({1})</source>
        <translation>Maar één kennisdrager: {0} ({1})</translation>
    </message>
    <message>
        <source>{0}: {1} expired on {2}</source>
        <translation>{0}: {1} verlopen op {2}</translation>
    </message>
    <message>
        <source>{0}: {1} expires on {2}</source>
        <translation>{0}: {1} verloopt op {2}</translation>
    </message>
</context>
<context>
    <name>SkillEditDialog</name>
    <message>
        <source>Edit skill</source>
        <translation>Vaardigheid wijzigen</translation>
    </message>
    <message>
        <source>New skill</source>
        <translation>Nieuwe vaardigheid</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Requires certificate</source>
        <translation>Vereist certificaat</translation>
    </message>
    <message>
        <source>Level each function needs (the gap view):</source>
        <translation>Niveau dat elke functie nodig heeft (voor het gat per persoon):</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Required level</source>
        <translation>Vereist niveau</translation>
    </message>
    <message>
        <source>(not required)</source>
        <translation>(niet vereist)</translation>
    </message>
</context>
<context>
    <name>SkillMatrixModel</name>
    <message>
        <source>Requires certificate: {0}</source>
        <translation>Vereist certificaat: {0}</translation>
    </message>
    <message>
        <source>Coverage (U/O)</source>
        <translation>Dekking (U/O)</translation>
    </message>
    <message>
        <source> · leaving</source>
        <translation> · gaat uit dienst</translation>
    </message>
    <message>
        <source>Required for the function: {0}</source>
        <translation>Vereist voor de functie: {0}</translation>
    </message>
    <message>
        <source>Knowledge holder (the one colleagues ask)</source>
        <translation>Kennisdrager (bij wie collega's aankloppen)</translation>
    </message>
    <message>
        <source>Required certificate missing or expired: does not count as qualified</source>
        <translation>Vereist certificaat ontbreekt of is verlopen: telt niet als gekwalificeerd</translation>
    </message>
    <message>
        <source>{0}: {1} qualified (U/O)</source>
        <translation>{0}: {1} gekwalificeerd (U/O)</translation>
    </message>
    <message>
        <source>Leaving: {0}</source>
        <translation>Gaat uit dienst: {0}</translation>
    </message>
    <message>
        <source>Away on rotation: {0}</source>
        <translation>Weg op roulatie: {0}</translation>
    </message>
    <message>
        <source>Certificate expiring soon: {0}</source>
        <translation>Certificaat verloopt binnenkort: {0}</translation>
    </message>
    <message>
        <source>Only one knowledge holder</source>
        <translation>Maar één kennisdrager</translation>
    </message>
</context>
<context>
    <name>SkillPanel</name>
    <message>
        <source>Knowledge holder ("petje") for this skill</source>
        <translation>Kennisdrager ("petje") voor deze vaardigheid</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Who knows about this?</source>
        <translation>Wie weet hiervan?</translation>
    </message>
    <message>
        <source>Choose a cell</source>
        <translation>Kies een cel</translation>
    </message>
    <message>
        <source>Move with the arrow keys. Type I, L, U or O (or 0-4) to set a level, - or Delete for 'not trained'. The history is kept.</source>
        <translation>Ga met de pijltjestoetsen door de matrix. Typ I, L, U of O (of 0-4) voor een niveau, - of Delete voor 'niet opgeleid'. De geschiedenis blijft bewaard.</translation>
    </message>
    <message>
        <source>Required for {0}: {1}</source>
        <translation>Vereist voor {0}: {1}</translation>
    </message>
    <message>
        <source>Requires certificate: {0}</source>
        <translation>Vereist certificaat: {0}</translation>
    </message>
    <message>
        <source>Certificate missing or expired: does not count.</source>
        <translation>Certificaat ontbreekt of is verlopen: telt niet mee.</translation>
    </message>
    <message>
        <source> · by {0}</source>
        <translation> · door {0}</translation>
    </message>
    <message>
        <source>No level recorded yet.</source>
        <translation>Nog geen niveau vastgelegd.</translation>
    </message>
    <message>
        <source>Nobody at U or O yet.</source>
        <translation>Nog niemand op U of O.</translation>
    </message>
</context>
<context>
    <name>SkillsBox</name>
    <message>
        <source>Certificate</source>
        <translation>Certificaat</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Afgegeven</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Add certificate…</source>
        <translation>Certificaat toevoegen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Wijzigen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Attach scan…</source>
        <translation>Scan toevoegen…</translation>
    </message>
    <message>
        <source>Open scan</source>
        <translation>Scan openen</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificaten</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Vaardigheid</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Vereist</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Gat</translation>
    </message>
    <message>
        <source>below required</source>
        <translation>onder vereist niveau</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Laatste wijziging</translation>
    </message>
    <message>
        <source>Skills and gaps</source>
        <translation>Vaardigheden en gaten</translation>
    </message>
    <message>
        <source>Certificates ({0})</source>
        <translation>Certificaten ({0})</translation>
    </message>
    <message>
        <source>Certificates ({0}, {1} expired, {2} expiring)</source>
        <translation>Certificaten ({0}, {1} verlopen, {2} verlopen binnenkort)</translation>
    </message>
    <message>
        <source>Skills and gaps ({0} below required)</source>
        <translation>Vaardigheden en gaten ({0} onder vereist niveau)</translation>
    </message>
    <message>
        <source>Delete certificate</source>
        <translation>Certificaat verwijderen</translation>
    </message>
    <message>
        <source>Delete {0} of {1}?</source>
        <translation>{0} van {1} verwijderen?</translation>
    </message>
    <message>
        <source>Attach scan</source>
        <translation>Scan toevoegen</translation>
    </message>
    <message>
        <source>PDF or image (*.pdf *.png *.jpg *.jpeg *.gif *.tif *.tiff)</source>
        <translation>PDF of afbeelding (*.pdf *.png *.jpg *.jpeg *.gif *.tif *.tiff)</translation>
    </message>
</context>
<context>
    <name>SkillsDialog</name>
    <message>
        <source>Skills of {0}</source>
        <translation>Vaardigheden van {0}</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Vaardigheden</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Vaardigheid</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>whole company</source>
        <translation>hele bedrijf</translation>
    </message>
    <message>
        <source>Requires certificate</source>
        <translation>Vereist certificaat</translation>
    </message>
    <message>
        <source>Delete skill</source>
        <translation>Vaardigheid verwijderen</translation>
    </message>
</context>
<context>
    <name>SkillsPage</name>
    <message>
        <source>Craftsmanship</source>
        <translation>Vakmanschap</translation>
    </message>
    <message>
        <source>– not trained · I in training · L supervised · U independent · O can teach   ★ knowledge holder   ◣ below the level the function needs   ! certificate missing or expired</source>
        <translation>– niet opgeleid · I in opleiding · L onder begeleiding · U zelfstandig · O kan opleiden   ★ kennisdrager   ◣ onder het niveau dat de functie vraagt   ! certificaat ontbreekt of verlopen</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>&amp;Skills…</source>
        <translation>&amp;Vaardigheden…</translation>
    </message>
    <message>
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Inlezen uit Excel…</translation>
    </message>
    <message>
        <source>Export to E&amp;xcel…</source>
        <translation>Exporteren naar E&amp;xcel…</translation>
    </message>
    <message>
        <source>&amp;Print matrix…</source>
        <translation>Matrix &amp;afdrukken…</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle teams</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>No skills for this selection yet. Add them with 'Skills…', or import the team's Excel matrix.</source>
        <translation>Nog geen vaardigheden in deze selectie. Voeg ze toe met 'Vaardigheden…', of lees de Excel-matrix van het team in.</translation>
    </message>
    <message>
        <source>{0} people × {1} skills · red: {2} · amber: {3}</source>
        <translation>{0} medewerkers × {1} vaardigheden · rood: {2} · oranje: {3}</translation>
    </message>
</context>
<context>
    <name>StationDialog</name>
    <message>
        <source>Station</source>
        <translation>Werkplek</translation>
    </message>
    <message>
        <source>(all teams)</source>
        <translation>(alle teams)</translation>
    </message>
    <message>
        <source>1 – simple</source>
        <translation>1 – eenvoudig</translation>
    </message>
    <message>
        <source>2 – in between</source>
        <translation>2 – gemiddeld</translation>
    </message>
    <message>
        <source>3 – complex</source>
        <translation>3 – complex</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Complexity</source>
        <translation>Complexiteit</translation>
    </message>
    <message>
        <source>Skills needed first (at least U):</source>
        <translation>Eerst nodig (minstens U):</translation>
    </message>
    <message>
        <source>Give the station a name.</source>
        <translation>Geef de werkplek een naam.</translation>
    </message>
</context>
<context>
    <name>StationsDialog</name>
    <message>
        <source>Stations</source>
        <translation>Werkplekken</translation>
    </message>
    <message>
        <source>all teams</source>
        <translation>alle teams</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Werkplek</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Complexity</source>
        <translation>Complexiteit</translation>
    </message>
    <message>
        <source>Skills needed first</source>
        <translation>Eerst nodig</translation>
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
    <name>TeamLeadersDialog</name>
    <message>
        <source>Team leaders</source>
        <translation>Ploegleiders</translation>
    </message>
    <message>
        <source>Name the team's leader, shift leader or working foreman from its own people. They are never suggested as a mentor in their own team, and pairing them is refused.</source>
        <translation>Wijs de leidinggevende, ploegleider of meewerkend voorman van het team aan uit de eigen mensen. Zij worden nooit voorgesteld als mentor in hun eigen team, en koppelen wordt geweigerd.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>(no role)</source>
        <translation>(geen rol)</translation>
    </message>
    <message>
        <source>This team has nobody in service.</source>
        <translation>Dit team heeft niemand in dienst.</translation>
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
    <name>TemplatesDialog</name>
    <message>
        <source>Conversation templates</source>
        <translation>Gesprekssjablonen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Default duration</source>
        <translation>Standaardduur</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>&amp;Add question</source>
        <translation>Vraag &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <source>Saving makes a new version. Conversations already planned or held keep the questions of their own version.</source>
        <translation>Opslaan maakt een nieuwe versie. Gesprekken die al gepland of gevoerd zijn houden de vragen van hun eigen versie.</translation>
    </message>
    <message>
        <source>{0} (since {1})</source>
        <translation>{0} (sinds {1})</translation>
    </message>
</context>
<context>
    <name>TotalsLine</name>
    <message>
        <source>{0} teams, {1} people</source>
        <translation>{0} teams, {1} mensen</translation>
    </message>
    <message>
        <source>monthly talks {0} of {1} months ({2})</source>
        <translation>maandgesprekken {0} van {1} maanden ({2})</translation>
    </message>
    <message>
        <source>moved {0}, cancelled {1}, missed {2}</source>
        <translation>verplaatst {0}, geannuleerd {1}, gemist {2}</translation>
    </message>
    <message>
        <source>POP agreed or evaluated {0}, without POP {1}</source>
        <translation>POP akkoord of geëvalueerd {0}, zonder POP {1}</translation>
    </message>
    <message>
        <source>goals open {0}, achieved {1}</source>
        <translation>doelen open {0}, behaald {1}</translation>
    </message>
    <message>
        <source>overdue now {0}</source>
        <translation>nu te laat {0}</translation>
    </message>
    <message>
        <source>Company: </source>
        <translation>Bedrijf: </translation>
    </message>
</context>
<context>
    <name>VersionBar</name>
    <message>
        <source>added after signing on {0}</source>
        <translation>toegevoegd na ondertekening op {0}</translation>
    </message>
    <message>
        <source>Change after signing…</source>
        <translation>Wijzigen na ondertekening…</translation>
    </message>
    <message>
        <source>Earlier versions…</source>
        <translation>Eerdere versies…</translation>
    </message>
    <message>
        <source>Signed: the content is locked. The employee's response can still be added.</source>
        <translation>Ondertekend: de inhoud ligt vast. De reactie van de medewerker kan nog worden toegevoegd.</translation>
    </message>
    <message>
        <source>This conversation</source>
        <translation>Dit gesprek</translation>
    </message>
    <message>
        <source>This POP</source>
        <translation>Dit POP</translation>
    </message>
</context>
<context>
    <name>VersionHistoryDialog</name>
    <message>
        <source>Signed versions</source>
        <translation>Ondertekende versies</translation>
    </message>
    <message>
        <source>Version {0}: {1} on {2}</source>
        <translation>Versie {0}: {1} op {2}</translation>
    </message>
    <message>
        <source>Changed on {0}: {1}</source>
        <translation>Gewijzigd op {0}: {1}</translation>
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
<context>
    <name>WriteAccess</name>
    <message>
        <source>With the HR role you can only view, not change.</source>
        <translation>Met de HR-rol kun je alleen inzien, niet wijzigen.</translation>
    </message>
</context>
<context>
    <name>YearOverviewExport</name>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>pop-overview-{0}</source>
        <translation>pop-jaaroverzicht-{0}</translation>
    </message>
    <message>
        <source>Save yearly overview</source>
        <translation>Jaaroverzicht opslaan</translation>
    </message>
    <message>
        <source>Making the yearly overview…</source>
        <translation>Jaaroverzicht maken…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Afgebroken</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Afgebroken; er is geen bestand geschreven.</translation>
    </message>
</context>
</TS>