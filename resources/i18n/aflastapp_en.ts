<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="da_DK">
    <context>
        <name>AboutDialog</name>
        <message>
            <location filename="../../aflastapp/gui/about.py" line="31" />
            <source>Om aflastapp</source>
            <translation>About aflastapp</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/about.py" line="39" />
            <source>aflastapps ikon</source>
            <translation>aflastapp's icon</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/about.py" line="46" />
            <source>Version %1</source>
            <translation>Version %1</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/about.py" line="49" />
            <source>Krypteret dagbog, overblik og dokumenter for aflastningsfamilier.</source>
            <translation>Encrypted diary, overview and documents for relief families.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/about.py" line="52" />
            <source>Dagbogen er krypteret og ligger kun på denne computer. Appen bruger ikke internettet.</source>
            <translation>The diary is encrypted and stays on this computer only. The app does not use the internet.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/about.py" line="55" />
            <source>Fri software under MIT-licensen. © aflastapp contributors.</source>
            <translation>Free software under the MIT licence. © aflastapp contributors.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/about.py" line="68" />
            <source>Licens for aflastapp</source>
            <translation>Licence for aflastapp</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/about.py" line="73" />
            <location filename="../../aflastapp/gui/about.py" line="80" />
            <source>Tredjepartslicenser</source>
            <translation>Third-party licences</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/about.py" line="81" />
            <source>Licens</source>
            <translation>Licence</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/about.py" line="98" />
            <source>Filen %1 mangler i installationen. Installér aflastapp igen for at få den tilbage.</source>
            <translation>The file %1 is missing from the installation. Install aflastapp again to get it back.</translation>
        </message>
    </context>
    <context>
        <name>AppContext</name>
        <message>
            <location filename="../../aflastapp/gui/context.py" line="282" />
            <source>Ingen nøglering</source>
            <translation>No keychain</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/context.py" line="283" />
            <source>Computeren har ingen nøglering (keychain), hvor dagbogens nøgle kan gemmes.

Vælg i stedet at beskytte dagbogen med en adgangskode.</source>
            <translation>This computer has no keychain where the diary's key can be kept.

Choose to protect the diary with a password instead.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/context.py" line="287" />
            <source>Forkert adgangskode eller nøgle</source>
            <translation>Wrong password or key</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/context.py" line="288" />
            <source>Dagbogen kunne ikke åbnes med den adgangskode eller nøgle.

Prøv igen. Har I glemt adgangskoden, så brug gendannelsesnøglen fra jeres gendannelsesark.</source>
            <translation>The diary could not be opened with that password or key.

Try again. If you have forgotten the password, use the recovery key from your recovery sheet.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/context.py" line="292" />
            <source>Dagbogen er beskadiget</source>
            <translation>The diary is damaged</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/context.py" line="293" />
            <source>Dagbogsfilen er beskadiget og kan ikke åbnes. Den er ikke blevet ændret.

Gendan den seneste gode sikkerhedskopi under Indstillinger → Sikkerhedskopier.</source>
            <translation>The diary file is damaged and cannot be opened. It has not been changed.

Restore the newest good backup under Settings → Backups.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/context.py" line="297" />
            <source>Filen kan ikke vedhæftes</source>
            <translation>The file cannot be attached</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/context.py" line="298" />
            <source>Filen kan ikke vedhæftes. Brug et billede (JPEG eller PNG) eller en PDF på højst 25 MB.</source>
            <translation>The file cannot be attached. Use a picture (JPEG or PNG) or a PDF of at most 25 MB.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/context.py" line="301" />
            <source>Ingen dagbog</source>
            <translation>No diary</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/context.py" line="302" />
            <source>Der er ingen dagbog i den valgte mappe endnu. Start programmet uden en mappe for at oprette en.</source>
            <translation>There is no diary in the chosen folder yet. Start the program without a folder to create one.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/context.py" line="305" />
            <source>Sikkerhedskopien mislykkedes</source>
            <translation>The backup failed</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/context.py" line="306" />
            <source>Sikkerhedskopien kunne ikke skrives eller kontrolleres. Dagbogen er ikke ændret.

Prøv en anden mappe eller et andet drev.</source>
            <translation>The backup could not be written or checked. The diary has not been changed.

Try another folder or drive.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/context.py" line="310" />
            <source>Dagbogen findes allerede</source>
            <translation>The diary already exists</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/context.py" line="311" />
            <source>Der findes allerede en dagbog i mappen. Den bliver ikke overskrevet.</source>
            <translation>There is already a diary in the folder. It will not be overwritten.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/ops.py" line="178" />
            <source>Arbejder …</source>
            <translation>Working …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/context.py" line="227" />
            <source>Udført</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/context.py" line="246" />
            <source>Kopiér rapport</source>
            <translation>Copy report</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/context.py" line="335" />
            <source>Tjek det indtastede</source>
            <translation>Check what you entered</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/context.py" line="336" />
            <source>Der blev ikke gemt noget. Ret venligst:</source>
            <translation>Nothing was saved. Please correct:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/context.py" line="350" />
            <source>Disken er fuld</source>
            <translation>The disk is full</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/context.py" line="352" />
            <source>Der er ikke mere plads på disken, så intet blev gemt. Slet eller flyt nogle filer, og prøv igen.</source>
            <translation>There is no more space on the disk, so nothing was saved. Delete or move some files and try again.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/context.py" line="359" />
            <source>Ingen adgang til filen</source>
            <translation>No access to the file</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/context.py" line="360" />
            <source>Programmet må ikke skrive eller læse filen. Vælg en anden mappe, og prøv igen.</source>
            <translation>The program may not read or write the file. Choose another folder and try again.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/context.py" line="363" />
            <source>Uventet fejl</source>
            <translation>Unexpected error</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/context.py" line="364" />
            <source>Der opstod en uventet fejl. Intet er gået tabt af det, der allerede var gemt.

I kan kopiere en fejlrapport og sende den til udviklerne. Rapporten indeholder ingen oplysninger fra dagbogen.</source>
            <translation>An unexpected error occurred. Nothing that was already saved has been lost.

You can copy an error report and send it to the developers. The report contains no information from the diary.</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="711" />
            <source>Sikkerhedskopi (*%1);;Alle filer (*)</source>
            <translation>Backup (*%1);;All files (*)</translation>
        </message>
    </context>
    <context>
        <name>BackupsSection</name>
        <message>
            <location filename="../../aflastapp/gui/views/settings/backups.py" line="39" />
            <source>Sikkerhedskopier</source>
            <translation>Backups</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/backups.py" line="41" />
            <source>Tag sikkerhedskopi &amp;nu</source>
            <translation>Back up &amp;now</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/backups.py" line="43" />
            <source>Gem kopi &amp;som …</source>
            <translation>Save copy &amp;as …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/backups.py" line="45" />
            <source>&amp;Gendan valgte …</source>
            <translation>Res&amp;tore selected …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/backups.py" line="50" />
            <source>Si&amp;kkerhedskopier</source>
            <translation>&amp;Backups</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/backups.py" line="63" />
            <source>Sikkerhedskopier tages automatisk, højst én gang om dagen, når dagbogen lukkes. De ligger krypteret i %1.</source>
            <translation>Backups are made automatically, at most once a day, when the diary closes. They are kept encrypted in %1.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/backups.py" line="75" />
            <source>Sikkerhedskopien er taget og kontrolleret: %1</source>
            <translation>The backup has been made and checked: %1</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/backups.py" line="78" />
            <source>Tager sikkerhedskopi …</source>
            <translation>Backing up …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/backups.py" line="85" />
            <source>Gem sikkerhedskopi</source>
            <translation>Save backup</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/backups.py" line="98" />
            <source>Sikkerhedskopien er gemt og kontrolleret: %1</source>
            <translation>The backup has been saved and checked: %1</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/backups.py" line="102" />
            <source>Gemmer sikkerhedskopi …</source>
            <translation>Saving backup …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/backups.py" line="110" />
            <source>Vælg sikkerhedskopi</source>
            <translation>Choose backup</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/backups.py" line="116" />
            <location filename="../../aflastapp/gui/views/settings/backups.py" line="122" />
            <source>Gendan</source>
            <translation>Restore</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/backups.py" line="117" />
            <source>Erstat dagbogen med sikkerhedskopien? Ændringer efter kopien går tabt. Den nuværende dagbog gemmes i mappen »replaced«.</source>
            <translation>Replace the diary with the backup? Changes after the backup are lost. The current diary is kept in the folder “replaced”.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/backups.py" line="122" />
            <source>Adgangskode:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/backups.py" line="130" />
            <source>Gendanner …</source>
            <translation>Restoring …</translation>
        </message>
    </context>
    <context>
        <name>CalendarExportDialog</name>
        <message>
            <location filename="../../aflastapp/gui/views/calendar_export.py" line="40" />
            <source>Eksportér frister til kalender</source>
            <translation>Export deadlines to calendar</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar_export.py" line="42" />
            <source>Gemmer fristerne som en kalenderfil (.ics), som I kan åbne i telefonens eller computerens kalender. Eksporterer I igen, opdateres de samme begivenheder; klarede frister bliver aflyst.</source>
            <translation>Saves the deadlines as a calendar file (.ics) you can open in the phone's or the computer's calendar. Exporting again updates the same events; deadlines that are done are cancelled.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar_export.py" line="51" />
            <source>Filen indeholder ingen personoplysninger: ingen navne, adresser, registreringsnummer, notater eller beløb – kun hvad der skal gøres, hvornår og for hvilken kommune. Påmindelser om fødselsdage og magtanvendelse kommer ikke med, fordi datoen alene siger noget om barnet.</source>
            <translation>The file holds no personal data: no names, addresses, registration number, notes or amounts – only what to do, when, and for which municipality (in Danish). Reminders of birthdays and use of force are left out, because the date alone tells something about the child.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar_export.py" line="60" />
            <source>barn %1 = %2</source>
            <translation>barn %1 (child %1) = %2</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar_export.py" line="62" />
            <source>Børnene hedder i kalenderen: %1 (navnene står kun her, ikke i filen).</source>
            <translation>The children are called in the calendar: %1 (the names are shown only here, not in the file).</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar_export.py" line="65" />
            <source>Om personoplysninger</source>
            <translation>About personal data</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar_export.py" line="72" />
            <source>Fra dato</source>
            <translation>From date</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar_export.py" line="73" />
            <source>&amp;Fra</source>
            <translation>&amp;From</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar_export.py" line="78" />
            <source>Til dato</source>
            <translation>To date</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar_export.py" line="79" />
            <source>&amp;Til</source>
            <translation>&amp;To</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar_export.py" line="82" />
            <source>Dagen før</source>
            <translation>The day before</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar_export.py" line="83" />
            <source>Tre dage før</source>
            <translation>Three days before</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar_export.py" line="84" />
            <source>Ingen påmindelse</source>
            <translation>No reminder</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar_export.py" line="85" />
            <source>&amp;Påmindelse</source>
            <translation>&amp;Reminder</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar_export.py" line="86" />
            <source>&amp;Gem kalenderfil …</source>
            <translation>&amp;Save calendar file …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar_export.py" line="116" />
            <source>Gem kalenderfil</source>
            <translation>Save calendar file</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar_export.py" line="118" />
            <source>Kalenderfil (*.ics)</source>
            <translation>Calendar file (*.ics)</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar_export.py" line="128" />
            <source>Kalenderfilen er gemt</source>
            <translation>The calendar file was saved</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar_export.py" line="129" />
            <source>%1 frister er gemt i %2. Åbn filen i jeres kalender.</source>
            <translation>%1 deadlines were saved in %2. Open the file in your calendar.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar_export.py" line="81" />
            <source>Påmindelse</source>
            <translation>Reminder</translation>
        </message>
    </context>
    <context>
        <name>CalendarView</name>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="594" />
            <source>I &amp;dag</source>
            <translation>&amp;Today</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="601" />
            <source>&amp;Nyt ophold …</source>
            <translation>&amp;New stay …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="602" />
            <source>Nyt ophold (Ctrl+N). I kan også trække hen over dagene.</source>
            <translation>New stay (Ctrl+N). You can also drag across the days.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="604" />
            <source>&amp;Faste ophold …</source>
            <translation>&amp;Recurring stays …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="605" />
            <source>Foreslå fx hver anden weekend som planlagte ophold</source>
            <translation>Propose e.g. every other weekend as planned stays</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="615" />
            <source>Månedskalender</source>
            <translation>Month calendar</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="622" />
            <source>Ophold i måneden</source>
            <translation>Stays in the month</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="628" />
            <source>&amp;Ret …</source>
            <translation>&amp;Edit …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="629" />
            <source>S&amp;let</source>
            <translation>De&amp;lete</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="630" />
            <source>Markér som &amp;gennemført</source>
            <translation>Mark as &amp;completed</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="642" />
            <source>Kalender</source>
            <translation>Calendar</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="691" />
            <source>(lys = planlagt, svag = aflyst, rød kant = advarsel)</source>
            <translation>(light = planned, faint = cancelled, red border = warning)</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="705" />
            <source>Over kommunens loft: %1 døgn i måneden, højst %2.</source>
            <translation>Above the municipality's cap: %1 nights in the month, at most %2.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="739" />
            <source>Vælg først et ophold i kalenderen eller listen.</source>
            <translation>First choose a stay in the calendar or the list.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="779" />
            <source>Der er ingen aftaler endnu. Tilføj barnet og aftalen under Indstillinger.</source>
            <translation>There are no contracts yet. Add the child and the contract under Settings.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="799" />
            <source>Tilføj ophold</source>
            <translation>Add stay</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="817" />
            <source>Ret ophold</source>
            <translation>Edit stay</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="829" />
            <source>Slet opholdet %1 – %2? I kan fortryde med Ctrl+Z.</source>
            <translation>Delete the stay %1 – %2? You can undo with Ctrl+Z.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="831" />
            <location filename="../../aflastapp/gui/views/calendar.py" line="835" />
            <source>Slet ophold</source>
            <translation>Delete stay</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="852" />
            <source>Tilføj faste ophold</source>
            <translation>Add recurring stays</translation>
        </message>
    </context>
    <context>
        <name>ChildContractDialog</name>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="51" />
            <source>Ret aftale</source>
            <translation>Edit contract</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="51" />
            <source>Nyt barn og aftale</source>
            <translation>New child and contract</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="54" />
            <source>Barnets navn</source>
            <translation>Child's name</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="55" />
            <source>Fødselsdato</source>
            <translation>Date of birth</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="58" />
            <source>Kommune</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="60" />
            <source>Anden kommune</source>
            <translation>Other municipality</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="62" />
            <source>Aftalens start</source>
            <translation>Contract start</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="64" />
            <source>Aftalens slut</source>
            <translation>Contract end</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="67" />
            <source>Antal vederlag</source>
            <translation>Number of fees (vederlag)</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="70" />
            <source>Barnets nummer hos kommunen</source>
            <translation>The child's number with the municipality</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="71" />
            <source>3. og 4. barn fra samme kommune får en lavere sats for kost og logi.</source>
            <translation>The 3rd and 4th child from the same municipality get a lower board and lodging rate.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="73" />
            <source>Sagsbehandler</source>
            <translation>Caseworker</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="75" />
            <source>Familieplejekonsulent</source>
            <translation>Foster care consultant</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="77" />
            <source>Sagsnummer</source>
            <translation>Case number</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="78" />
            <source>Kommunens sagsnummer; står på alle dokumenter for aftalen.</source>
            <translation>The municipality's case number; printed on every document for the contract.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="80" />
            <source>Ingen slutdato</source>
            <translation>No end date</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="81" />
            <source>Slutter den:</source>
            <translation>Ends on:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="82" />
            <source>Slutdato</source>
            <translation>End date</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="90" />
            <source>Barnets &amp;navn:</source>
            <translation>Child's &amp;name:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="91" />
            <source>&amp;Fødselsdato:</source>
            <translation>Date of &amp;birth:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="92" />
            <source>&amp;Kommune:</source>
            <translation>&amp;Municipality:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="93" />
            <source>Aftalen &amp;starter:</source>
            <translation>Contract &amp;starts:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="97" />
            <source>Aftalen s&amp;lutter:</source>
            <translation>Contract &amp;ends:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="100" />
            <source>Antal &amp;vederlag:</source>
            <translation>Number of &amp;fees:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="101" />
            <source>Barnets n&amp;ummer:</source>
            <translation>Child n&amp;umber:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="102" />
            <source>S&amp;agsbehandler:</source>
            <translation>C&amp;aseworker:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="103" />
            <source>Familiepleje&amp;konsulent:</source>
            <translation>Foster care &amp;consultant:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="104" />
            <source>Sagsnumme&amp;r:</source>
            <translation>Case numbe&amp;r:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="120" />
            <source>Aftalen angiver ikke antal vederlag: kommunens sædvanlige antal er brugt (antaget). Ret det til aftalens tal og gem.</source>
            <translation>The contract gives no number of fees: the municipality's usual number is used (assumed). Change it to the contract's number and save.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="130" />
            <source>&amp;Gem</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="154" />
            <source>Kommunens sædvanlige antal (%1); ret det til aftalens tal.</source>
            <translation>The municipality's usual number (%1); change it to the contract's number.</translation>
        </message>
    </context>
    <context>
        <name>ChildPage</name>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="170" />
            <source>Barnet og aftalen</source>
            <translation>The child and the contract</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="171" />
            <source>Det første barn, I har i aflastning. Flere børn kan tilføjes under Indstillinger.</source>
            <translation>The first child you have on relief stays. More children can be added under Settings.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="175" />
            <source>Barnets navn</source>
            <translation>Child's name</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="180" />
            <source>Barnets fødselsdato</source>
            <translation>Child's date of birth</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="182" />
            <source>Kommune</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="183" />
            <source>– vælg kommune –</source>
            <translation>– choose municipality –</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="185" />
            <source>Anden kommune</source>
            <translation>Other municipality</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="189" />
            <source>Antal vederlag</source>
            <translation>Number of fees (vederlag)</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="190" />
            <source>Står i kontrakten, fx 7 vederlag pr. døgn.</source>
            <translation>Stated in the contract, e.g. 7 fees per night.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="197" />
            <source>Aftalens startdato</source>
            <translation>Contract start date</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="198" />
            <source>Barnets &amp;navn:</source>
            <translation>Child's &amp;name:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="199" />
            <source>&amp;Fødselsdato:</source>
            <translation>Date of &amp;birth:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="200" />
            <source>&amp;Kommune:</source>
            <translation>&amp;Municipality:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="201" />
            <source>Antal &amp;vederlag:</source>
            <translation>Number of &amp;fees:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="202" />
            <source>Aftalen &amp;starter:</source>
            <translation>Contract &amp;starts:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="203" />
            <source>Står jeres kommune ikke på listen, så vælg »Anden kommune«: så bruges KL's generelle takster, og I kan rette reglerne under Indstillinger.</source>
            <translation>If your municipality is not on the list, choose “Other municipality”: KL's general rates are then used, and you can adjust the rules under Settings.</translation>
        </message>
    </context>
    <context>
        <name>ClosedDaysSection</name>
        <message>
            <location filename="../../aflastapp/gui/views/settings/closed_days.py" line="34" />
            <source>Dage hvor kommunen har lukket (bruges til frister, når håndbogen ikke siger andet).</source>
            <translation>Days when the municipality is closed (used for deadlines where the handbook says nothing else).</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/closed_days.py" line="39" />
            <source>Lukkedage</source>
            <translation>Closed days</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/closed_days.py" line="41" />
            <source>Ny lukkedag</source>
            <translation>New closed day</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/closed_days.py" line="45" />
            <source>&amp;Tilføj</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/closed_days.py" line="47" />
            <source>&amp;Fjern valgte</source>
            <translation>&amp;Remove selected</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/closed_days.py" line="53" />
            <source>&amp;Lukkedage</source>
            <translation>C&amp;losed days</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/closed_days.py" line="86" />
            <source>Tilføj lukkedag</source>
            <translation>Add closed day</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/closed_days.py" line="91" />
            <source>Vælg først lukkedagen i listen.</source>
            <translation>Choose the closed day in the list first.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/closed_days.py" line="94" />
            <source>Fjern lukkedag</source>
            <translation>Remove closed day</translation>
        </message>
    </context>
    <context>
        <name>ContractsSection</name>
        <message>
            <location filename="../../aflastapp/gui/views/settings/contracts.py" line="30" />
            <source>Barn</source>
            <translation>Child</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/contracts.py" line="30" />
            <source>Kommune</source>
            <translation>Municipality</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/contracts.py" line="30" />
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/contracts.py" line="30" />
            <source>Slut</source>
            <translation>End</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/contracts.py" line="30" />
            <source>Vederlag</source>
            <translation>Fee (vederlag)</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/contracts.py" line="31" />
            <source>Sagsbehandler</source>
            <translation>Caseworker</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/contracts.py" line="31" />
            <source>Børn og aftaler</source>
            <translation>Children and contracts</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/contracts.py" line="35" />
            <source>&amp;Nyt barn og aftale …</source>
            <translation>&amp;New child and contract …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/contracts.py" line="37" />
            <source>&amp;Ret aftale …</source>
            <translation>&amp;Edit contract …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/contracts.py" line="39" />
            <source>Registrér &amp;opsigelse …</source>
            <translation>Record &amp;termination …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/contracts.py" line="40" />
            <source>Aftalen er opsagt: skriv hvornår, så viser Overblik, hvornår varslet udløber.</source>
            <translation>The agreement has been terminated: enter when, and Overview shows when the notice period ends.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/contracts.py" line="42" />
            <source>S&amp;let aftale</source>
            <translation>De&amp;lete contract</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/contracts.py" line="47" />
            <source>&amp;Børn og aftaler</source>
            <translation>&amp;Children and contracts</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/contracts.py" line="60" />
            <source>%1 (opsagt %2)</source>
            <translation>%1 (terminated %2)</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/contracts.py" line="64" />
            <source>%1 (antaget)</source>
            <translation>%1 (assumed)</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/contracts.py" line="107" />
            <source>Nyt barn og aftale</source>
            <translation>New child and contract</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/contracts.py" line="146" />
            <source>Ret aftale</source>
            <translation>Edit contract</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/contracts.py" line="154" />
            <location filename="../../aflastapp/gui/views/settings/contracts.py" line="172" />
            <source>Vælg først aftalen i listen.</source>
            <translation>First choose the agreement in the list.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/contracts.py" line="157" />
            <location filename="../../aflastapp/gui/views/settings/contracts.py" line="161" />
            <source>Slet aftale</source>
            <translation>Delete contract</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/contracts.py" line="158" />
            <source>Slet aftalen? Det kan kun lade sig gøre, hvis der ikke er ophold, kørsel eller udlæg på den. I kan fortryde med Ctrl+Z.</source>
            <translation>Delete the contract? This is only possible if it has no stays, driving or expenses. You can undo with Ctrl+Z.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/contracts.py" line="185" />
            <source>Registrér opsigelse</source>
            <translation>Record termination</translation>
        </message>
    </context>
    <context>
        <name>DiaryView</name>
        <message>
            <location filename="../../aflastapp/gui/views/diary.py" line="190" />
            <source>Emne</source>
            <translation>Topic</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/diary.py" line="194" />
            <source>Søg i notater …</source>
            <translation>Search notes …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/diary.py" line="195" />
            <source>Søg i notater</source>
            <translation>Search notes</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/diary.py" line="206" />
            <source>Forrige år</source>
            <translation>Previous year</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/diary.py" line="211" />
            <source>Næste år</source>
            <translation>Next year</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/diary.py" line="219" />
            <source>&amp;Nyt notat</source>
            <translation>&amp;New note</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/diary.py" line="220" />
            <source>Skriv et nyt notat (Ctrl+N)</source>
            <translation>Write a new note (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/diary.py" line="224" />
            <source>Notater</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/diary.py" line="247" />
            <source>Dagbog</source>
            <translation>Diary</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/diary.py" line="260" />
            <source>Alle emner</source>
            <translation>All topics</translation>
        </message>
        <message numerus="yes">
            <location filename="../../aflastapp/gui/views/diary.py" line="280" />
            <source>%n notat(er) i %1</source>
            <translation>
                <numerusform>%n note in %1</numerusform>
                <numerusform>%n notes in %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/diary.py" line="333" />
            <source>Observation mangler – skriv, hvad der skete.</source>
            <translation>Observation is missing – write what happened.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/diary.py" line="339" />
            <source>Tilføj notat</source>
            <translation>Add note</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/diary.py" line="347" />
            <source>Ret notat</source>
            <translation>Edit note</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/diary.py" line="382" />
            <source>jeres familieplejekonsulent</source>
            <translation>your foster care consultant</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/diary.py" line="384" />
            <source>Notatet handler om magtanvendelse.</source>
            <translation>The note is about use of force (magtanvendelse).</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/diary.py" line="385" />
            <source>I skal orientere %1 i dag – straks, også selvom I allerede har talt om det.</source>
            <translation>You must inform %1 today – straight away, even if you have already talked about it.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/diary.py" line="389" />
            <source>Familieplejekonsulent: %1</source>
            <translation>Foster care consultant: %1</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/diary.py" line="393" />
            <source>Kilde: %1</source>
            <translation>Source: %1</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/diary.py" line="398" />
            <source>Orientér konsulenten i dag</source>
            <translation>Inform the consultant today</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/diary.py" line="399" />
            <source>Jeg har orienteret i dag</source>
            <translation>I have informed them today</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/diary.py" line="400" />
            <source>Påmind mig senere</source>
            <translation>Remind me later</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/diary.py" line="411" />
            <source>Orienteret om magtanvendelse</source>
            <translation>Informed about use of force</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/diary.py" line="413" />
            <source>orienteret</source>
            <translation>informed</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/diary.py" line="420" />
            <location filename="../../aflastapp/gui/views/diary.py" line="424" />
            <source>Slet notat</source>
            <translation>Delete note</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/diary.py" line="421" />
            <source>Slet notatet? I kan fortryde med Ctrl+Z.</source>
            <translation>Delete the note? You can undo with Ctrl+Z.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/diary.py" line="60" />
            <source>skole</source>
            <translation>school</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/diary.py" line="60" />
            <source>sundhed</source>
            <translation>health</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/diary.py" line="60" />
            <source>adfærd</source>
            <translation>behaviour</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/diary.py" line="61" />
            <source>familiekontakt</source>
            <translation>family contact</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/diary.py" line="61" />
            <source>fritid</source>
            <translation>leisure</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/diary.py" line="61" />
            <source>hændelse</source>
            <translation>incident</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/diary.py" line="62" />
            <source>magtanvendelse</source>
            <translation>use of force</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/diary.py" line="78" />
            <source>Emner</source>
            <translation>Topics</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/diary.py" line="79" />
            <source>Observation</source>
            <translation>Observation</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/diary.py" line="77" />
            <source>Barn</source>
            <translation>Child</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/diary.py" line="76" />
            <source>Dato</source>
            <translation>Date</translation>
        </message>
    </context>
    <context>
        <name>DocumentsView</name>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="82" />
            <source>dagbogen (JSON-eksport, ukrypteret)</source>
            <translation>the diary (JSON export, unencrypted)</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="268" />
            <source>Lav et dokument</source>
            <translation>Make a document</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="271" />
            <source>Dokumenttype</source>
            <translation>Document type</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="280" />
            <source>&amp;Lav dokument</source>
            <translation>&amp;Make document</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="282" />
            <source>&amp;Type</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="294" />
            <source>&lt;b&gt;Udbakke&lt;/b&gt; – dokumenter lavet i programmet (gemt krypteret)</source>
            <translation>&lt;b&gt;Outbox&lt;/b&gt; – documents made in the program (kept encrypted)</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="299" />
            <source>Udbakke</source>
            <translation>Outbox</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="304" />
            <source>&amp;Udskriv …</source>
            <translation>&amp;Print …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="305" />
            <source>Udskriv dokumentet (Ctrl+P)</source>
            <translation>Print the document (Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="307" />
            <source>&amp;Gem kopi …</source>
            <translation>&amp;Save copy …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="309" />
            <source>&amp;Marker som sendt …</source>
            <translation>&amp;Mark as sent …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="311" />
            <source>S&amp;let …</source>
            <translation>De&amp;lete …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="312" />
            <source>Slet et dokument, der er lavet ved en fejl</source>
            <translation>Delete a document made by mistake</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="315" />
            <source>&lt;b&gt;Gemt uden for programmet&lt;/b&gt; – kopier I har gemt, og hvornår de skal slettes efter kommunens regler</source>
            <translation>&lt;b&gt;Saved outside the program&lt;/b&gt; – copies you have saved, and when they must be deleted under the municipality's rules</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="320" />
            <source>Gemte kopier</source>
            <translation>Saved copies</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="329" />
            <source>Slet &amp;kopi …</source>
            <translation>Delete &amp;copy …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="348" />
            <source>Dokumenter</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="359" />
            <source>Møde</source>
            <translation>Meeting</translation>
        </message>
        <message numerus="yes">
            <location filename="../../aflastapp/gui/views/documents.py" line="418" />
            <source>⚠ %n gemt(e) kopi(er) har passeret kommunens frist for opbevaring og bør slettes nu.</source>
            <translation>
                <numerusform>⚠ %n saved copy has passed the municipality's retention limit and should be deleted now.</numerusform>
                <numerusform>⚠ %n saved copies have passed the municipality's retention limit and should be deleted now.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="491" />
            <source>%1 for denne periode blev allerede sendt %2 (%3). Sender I den igen, kan det blive en dobbelt indberetning. Vil I lave den alligevel?</source>
            <translation>%1 for this period was already sent on %2 (%3). Sending it again may be a double claim. Do you want to make it anyway?</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="494" />
            <source>Allerede sendt</source>
            <translation>Already sent</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="501" />
            <source>Et andet barn nævnes</source>
            <translation>Another child is named</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="521" />
            <source>Laver %1 …</source>
            <translation>Making %1 …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="518" />
            <source>Lav %1</source>
            <translation>Make %1</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="500" />
            <source>Vil I lave dokumentet alligevel?</source>
            <translation>Do you want to make the document anyway?</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="529" />
            <location filename="../../aflastapp/gui/views/documents.py" line="547" />
            <source>Slet dokument</source>
            <translation>Delete document</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="530" />
            <source>Slet %1 fra udbakken? I kan fortryde med Ctrl+Z.</source>
            <translation>Delete %1 from the outbox? You can undo with Ctrl+Z.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="572" />
            <source>Udskriver %1 …</source>
            <translation>Printing %1 …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="584" />
            <source>Gem en kopi</source>
            <translation>Save a copy</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="585" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="602" />
            <source>Kopi gemt</source>
            <translation>Copy saved</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="603" />
            <source>Kopien er gemt. Efter kommunens regler skal den slettes senest %1; programmet minder jer om det.</source>
            <translation>The copy is saved. Under the municipality's rules it must be deleted by %1; the program will remind you.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="642" />
            <source>Marker som sendt</source>
            <translation>Mark as sent</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="653" />
            <source>Slet kopi</source>
            <translation>Delete copy</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="654" />
            <source>Slet filen %1 fra computeren? Det kan ikke fortrydes.</source>
            <translation>Delete the file %1 from the computer? This cannot be undone.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="76" />
            <source>Indberetning af aflastningsdøgn</source>
            <translation>Report of relief days</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="77" />
            <source>Kørselsskema</source>
            <translation>Driving form</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="78" />
            <source>Udlægsseddel</source>
            <translation>Expense claim</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="80" />
            <source>Årsoversigt</source>
            <translation>Annual summary</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="81" />
            <source>Gendannelsesark</source>
            <translation>Recovery sheet</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="79" />
            <source>Statusrapport</source>
            <translation>Status report</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="97" />
            <source>Digital Post</source>
            <translation>Digital Post</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="97" />
            <source>e-Boks</source>
            <translation>e-Boks</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="97" />
            <source>kommunens sikre formular</source>
            <translation>the municipality's secure form</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="97" />
            <source>andet</source>
            <translation>other</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="112" />
            <source> (indeværende)</source>
            <translation> (current)</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="157" />
            <location filename="../../aflastapp/gui/views/documents.py" line="185" />
            <source>Dokument</source>
            <translation>Document</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="158" />
            <source>Periode</source>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="160" />
            <source>Lavet</source>
            <translation>Made</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="167" />
            <source>møde %1</source>
            <translation>meeting %1</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="175" />
            <source>ikke sendt</source>
            <translation>not sent</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="184" />
            <source>Fil</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="186" />
            <source>Gemt</source>
            <translation>Saved</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="187" />
            <source>Slettes senest</source>
            <translation>Delete by</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="188" />
            <source>ingen frist</source>
            <translation>no limit</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="197" />
            <source>slettet</source>
            <translation>deleted</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="198" />
            <source>Skal slettes nu</source>
            <translation>Delete now</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="189" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="159" />
            <source>Barn/aftale</source>
            <translation>Child/contract</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="159" />
            <source>Alle aftaler</source>
            <translation>All contracts</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="161" />
            <source>Sendt</source>
            <translation>Sent</translation>
        </message>
    </context>
    <context>
        <name>DonePage</name>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="514" />
            <source>Dagbogen er klar</source>
            <translation>The diary is ready</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="517" />
            <source>Start i Kalender med at skrive jeres aftalte ophold ind – så viser Overblik, hvad I får udbetalt, og hvornår kommunen skal have jeres indberetninger.

Dagbogen låser sig selv efter 10 minutter uden brug (kan ændres under Indstillinger).</source>
            <translation>Start in Calendar by entering your agreed stays – Overview then shows what you will be paid and when the municipality needs your reports.

The diary locks itself after 10 minutes without use (can be changed under Settings).</translation>
        </message>
    </context>
    <context>
        <name>DrivingView</name>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="458" />
            <source>&amp;Ny tur</source>
            <translation>&amp;New trip</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="459" />
            <source>Registrér en ny tur (Ctrl+N)</source>
            <translation>Record a new trip (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="461" />
            <source>Tilføj &amp;returtur</source>
            <translation>Add &amp;return trip</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="462" />
            <source>Samme tur tilbage samme dag</source>
            <translation>The same trip back the same day</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="464" />
            <source>&amp;Foreslå ture fra ophold …</source>
            <translation>&amp;Suggest trips from stays …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="466" />
            <source>R&amp;et …</source>
            <translation>&amp;Edit …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="468" />
            <source>&amp;Slet</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="470" />
            <source>Steder og r&amp;uter …</source>
            <translation>Places and r&amp;outes …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="476" />
            <source>Kørselslog</source>
            <translation>Driving log</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="485" />
            <source>Km i alt</source>
            <translation>Total km</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="490" />
            <source>Ture der ikke medregnes</source>
            <translation>Trips not counted</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="498" />
            <source>Kørsel</source>
            <translation>Driving</translation>
        </message>
        <message numerus="yes">
            <location filename="../../aflastapp/gui/views/driving.py" line="512" />
            <source>%n tur(e), %1 km i alt</source>
            <translation>
                <numerusform>%n trip, %1 km in total</numerusform>
                <numerusform>%n trips, %1 km in total</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="553" />
            <source>Tilføj tur</source>
            <translation>Add trip</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="563" />
            <source>Ret tur</source>
            <translation>Edit trip</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="571" />
            <location filename="../../aflastapp/gui/views/driving.py" line="574" />
            <source>Slet tur</source>
            <translation>Delete trip</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="572" />
            <source>Slet turen %1 (%2 km)?</source>
            <translation>Delete the trip %1 (%2 km)?</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="581" />
            <source>Tilføj returtur</source>
            <translation>Add return trip</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="602" />
            <source>Ingen forslag: alle ophold i måneden har allerede ture, eller der er ingen gemte ruter endnu. Gem en rute under »Steder og ruter«.</source>
            <translation>No suggestions: every stay in the month already has trips, or there are no saved routes yet. Save a route under “Places and routes”.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="607" />
            <source>Foreslå ture</source>
            <translation>Suggest trips</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="618" />
            <source>Gem foreslåede ture</source>
            <translation>Save suggested trips</translation>
        </message>
    </context>
    <context>
        <name>ExpenseDialog</name>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="124" />
            <source>Ret udlæg</source>
            <translation>Edit expense</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="124" />
            <source>Nyt udlæg</source>
            <translation>New expense</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="128" />
            <source>&amp;Barn/aftale</source>
            <translation>&amp;Child/contract</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="133" />
            <source>Dato</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="134" />
            <source>&amp;Dato</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="136" />
            <source>Kategori</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="141" />
            <source>&amp;Kategori</source>
            <translation>Cate&amp;gory</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="143" />
            <source>Beskrivelse</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="144" />
            <source>fx Svømmehal med barnet</source>
            <translation>e.g. Swimming pool with the child</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="145" />
            <source>B&amp;eskrivelse</source>
            <translation>D&amp;escription</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="149" />
            <source>Beløb i kroner</source>
            <translation>Amount in DKK</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="151" />
            <source>Bel&amp;øb (kr.)</source>
            <translation>A&amp;mount (DKK)</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="153" />
            <source>Bevilling</source>
            <translation>Approval</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="154" />
            <source>sagsbehandlerens bevilling, fx dato eller journalnr.</source>
            <translation>the caseworker's approval, e.g. date or reference no.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="155" />
            <source>Be&amp;villing</source>
            <translation>A&amp;pproval</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="159" />
            <source>Godkendt beløb i kroner</source>
            <translation>Approved amount in kroner</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="161" />
            <source>valgfri: hvis sagsbehandleren har godkendt mere end loftet</source>
            <translation>optional: if the caseworker approved more than the cap</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="162" />
            <source>&amp;Godkendt beløb (kr.)</source>
            <translation>Approved a&amp;mount (kr.)</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="167" />
            <source>ikke angivet</source>
            <translation>not given</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="170" />
            <source>Godkendt den</source>
            <translation>Approved on</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="171" />
            <source>Godkendt &amp;den</source>
            <translation>Approved o&amp;n</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="172" />
            <source>Uden bevilling fra sagsbehandleren bliver udlægget normalt ikke refunderet.</source>
            <translation>Without the caseworker's approval the expense is normally not reimbursed.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="178" />
            <source>Kommunens regler for udlægget</source>
            <translation>The municipality's rules for the expense</translation>
        </message>
    </context>
    <context>
        <name>ExpensesView</name>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="344" />
            <source>&amp;Nyt udlæg</source>
            <translation>&amp;New expense</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="345" />
            <source>Registrér et nyt udlæg (Ctrl+N)</source>
            <translation>Record a new expense (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="347" />
            <source>R&amp;et …</source>
            <translation>&amp;Edit …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="349" />
            <source>&amp;Slet</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="355" />
            <source>Advarsler</source>
            <translation>Warnings</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="364" />
            <location filename="../../aflastapp/gui/views/expenses.py" line="415" />
            <source>Udlæg</source>
            <translation>Expenses</translation>
        </message>
        <message numerus="yes">
            <location filename="../../aflastapp/gui/views/expenses.py" line="434" />
            <source>%n udlæg, %1 i alt</source>
            <translation>
                <numerusform>%n expense, %1 in total</numerusform>
                <numerusform>%n expenses, %1 in total</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="503" />
            <source>Tilføj udlæg</source>
            <translation>Add expense</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="518" />
            <source>Ret udlæg</source>
            <translation>Edit expense</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="526" />
            <location filename="../../aflastapp/gui/views/expenses.py" line="530" />
            <source>Slet udlæg</source>
            <translation>Delete expense</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="527" />
            <source>Slet udlægget »%1« og dets kvitteringer?</source>
            <translation>Delete the expense “%1” and its receipts?</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="540" />
            <source>Vælg kvitteringer</source>
            <translation>Choose receipts</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="541" />
            <source>Billeder og PDF (*.jpg *.jpeg *.png *.heic *.pdf)</source>
            <translation>Pictures and PDF (*.jpg *.jpeg *.png *.heic *.pdf)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../aflastapp/gui/views/expenses.py" line="563" />
            <source>Vedhæfter %n kvittering(er) …</source>
            <translation>
                <numerusform>Attaching %n receipt …</numerusform>
                <numerusform>Attaching %n receipts …</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="562" />
            <source>Vedhæft kvittering</source>
            <translation>Attach receipt</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="572" />
            <location filename="../../aflastapp/gui/views/expenses.py" line="579" />
            <source>Fjern bilag</source>
            <translation>Remove attachment</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="572" />
            <source>Fjern kvitteringen »%1«?</source>
            <translation>Remove the receipt “%1”?</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="73" />
            <source>Aktivitet</source>
            <translation>Activity</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="74" />
            <source>Ferie</source>
            <translation>Holiday</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="75" />
            <source>Autostol</source>
            <translation>Car seat</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="76" />
            <source>Selepude</source>
            <translation>Booster seat</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="77" />
            <source>Udstyr</source>
            <translation>Equipment</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="78" />
            <source>Sengevædning</source>
            <translation>Bedwetting</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="79" />
            <source>Tøj</source>
            <translation>Clothing</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="80" />
            <source>Offentlig transport</source>
            <translation>Public transport</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="81" />
            <source>Cykel</source>
            <translation>Bicycle</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="82" />
            <source>Diætmad</source>
            <translation>Diet food</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="83" />
            <source>Andet</source>
            <translation>Other</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="90" />
            <source>Mangler bevilling</source>
            <translation>Approval missing</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="91" />
            <source>Klar til udlægsseddel</source>
            <translation>Ready to claim</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="92" />
            <source>Med i udlægsseddel</source>
            <translation>In an expense claim</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="105" />
            <source>Kategori</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="106" />
            <source>Beskrivelse</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="107" />
            <source>Beløb</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="108" />
            <source>Bevilling</source>
            <translation>Approval</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="110" />
            <source>Bilag</source>
            <translation>Receipts</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="109" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="104" />
            <source>Dato</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="93" />
            <source>Sendt</source>
            <translation>Sent</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="112" />
            <source>Aftale</source>
            <translation>Contract</translation>
        </message>
    </context>
    <context>
        <name>FamilyPage</name>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="138" />
            <source>Familien</source>
            <translation>The family</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="139" />
            <source>Navn og adresse står på de dokumenter, I sender til kommunen.</source>
            <translation>Name and address appear on the documents you send to the municipality.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="142" />
            <source>fx Familien Jensen</source>
            <translation>e.g. The Jensen family</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="144" />
            <source>fx Skovvej 3, 4200 Slagelse</source>
            <translation>e.g. Skovvej 3, 4200 Slagelse</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="146" />
            <source>fx AB 12 345 (til kørselsskemaet)</source>
            <translation>e.g. AB 12 345 (for the driving form)</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="147" />
            <source>Familiens navn</source>
            <translation>Family name</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="147" />
            <source>Adresse</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="148" />
            <source>Bilens registreringsnummer</source>
            <translation>Car registration number</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="150" />
            <source>Familiens &amp;navn:</source>
            <translation>Family &amp;name:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="151" />
            <source>&amp;Adresse:</source>
            <translation>&amp;Address:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="152" />
            <source>&amp;Bilens reg.nr. (valgfrit):</source>
            <translation>&amp;Car registration (optional):</translation>
        </message>
    </context>
    <context>
        <name>FamilySection</name>
        <message>
            <location filename="../../aflastapp/gui/views/settings/family.py" line="23" />
            <source>Familiens navn</source>
            <translation>Family name</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/family.py" line="25" />
            <source>Adresse</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/family.py" line="27" />
            <source>Bilens registreringsnummer</source>
            <translation>Car registration number</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/family.py" line="28" />
            <source>Familiens &amp;navn:</source>
            <translation>Family &amp;name:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/family.py" line="29" />
            <source>&amp;Adresse:</source>
            <translation>&amp;Address:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/family.py" line="30" />
            <source>&amp;Bilens reg.nr.:</source>
            <translation>&amp;Car registration:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/family.py" line="32" />
            <source>Fører</source>
            <translation>Driver</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/family.py" line="33" />
            <source>Den, der kører, som navnet står på kørselsskemaet. Tom: den første voksne i familiens navn.</source>
            <translation>Who drives, as the name stands on the driving log. Empty: the first adult in the family's name.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/family.py" line="36" />
            <source>Førerens CPR-nummer</source>
            <translation>Driver's CPR number</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/family.py" line="37" />
            <source>Valgfrit. Gemmes kun i den krypterede dagbog og står kun på kørselsskemaet, når det er udfyldt.</source>
            <translation>Optional. Kept only in the encrypted diary and printed on the driving log only when filled in.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/family.py" line="39" />
            <source>DDMMÅÅ-XXXX (valgfrit)</source>
            <translation>DDMMYY-XXXX (optional)</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/family.py" line="40" />
            <source>Fø&amp;rer (kørselsskema):</source>
            <translation>D&amp;river (driving log):</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/family.py" line="41" />
            <source>Førerens &amp;CPR-nr.:</source>
            <translation>Driver's &amp;CPR no.:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/family.py" line="43" />
            <source>&amp;Gem familiens oplysninger</source>
            <translation>&amp;Save the family details</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/family.py" line="49" />
            <source>&amp;Familie</source>
            <translation>&amp;Family</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/family.py" line="59" />
            <source>Den første voksne i familiens navn</source>
            <translation>The first adult in the family's name</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/family.py" line="78" />
            <source>Ret familiens oplysninger</source>
            <translation>Edit the family details</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="36" />
            <source>&amp;Annuller</source>
            <translation>&amp;Cancel</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/widgets/forms.py" line="60" />
            <source>&amp;Hjælp</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/widgets/forms.py" line="62" />
            <source>Åbn vejledningen om dette (F1)</source>
            <translation>Open the guide about this (F1)</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <location filename="../../aflastapp/gui/help.py" line="36" />
            <source>Vejledning – aflastapp</source>
            <translation>Guide – aflastapp</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/help.py" line="42" />
            <source>Vejledning</source>
            <translation>Guide</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/help.py" line="46" />
            <source>Luk</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>IdleLocker</name>
        <message>
            <location filename="../../aflastapp/gui/lock.py" line="286" />
            <source>Dagbogen blev låst automatisk efter 1 minut uden brug.</source>
            <translation>The diary was locked automatically after 1 minute without use.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/lock.py" line="287" />
            <source>Dagbogen blev låst automatisk efter %1 minutter uden brug.</source>
            <translation>The diary was locked automatically after %1 minutes without use.</translation>
        </message>
    </context>
    <context>
        <name>LanguageSection</name>
        <message>
            <location filename="../../aflastapp/gui/views/settings/language.py" line="43" />
            <source>Sprog</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/language.py" line="48" />
            <source>Sprog / language:</source>
            <translation>Sprog / language:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/language.py" line="53" />
            <source>S&amp;prog</source>
            <translation>Lan&amp;guage</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <location filename="../../aflastapp/gui/lock.py" line="115" />
            <source>Dagbogen er låst</source>
            <translation>The diary is locked</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/lock.py" line="116" />
            <source>&amp;Adgangskode:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/lock.py" line="117" />
            <source>&amp;Gendannelsesnøgle:</source>
            <translation>&amp;Recovery key:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/lock.py" line="118" />
            <source>Adgangskode</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/lock.py" line="119" />
            <source>Gendannelsesnøgle</source>
            <translation>Recovery key</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/lock.py" line="120" />
            <source>fx ABCD-EFGH-…</source>
            <translation>e.g. ABCD-EFGH-…</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/lock.py" line="121" />
            <source>&amp;Åbn dagbogen</source>
            <translation>&amp;Open the diary</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/lock.py" line="122" />
            <source>Brug gendannelsesnøglen</source>
            <translation>Use the recovery key</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/lock.py" line="123" />
            <source>Brug adgangskoden</source>
            <translation>Use the password</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/lock.py" line="141" />
            <source>Skriv jeres adgangskode for at åbne dagbogen.</source>
            <translation>Enter your password to open the diary.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/lock.py" line="144" />
            <source>Dagbogen blev lukket for at beskytte oplysningerne om barnet. Nøglen ligger i computerens nøglering.</source>
            <translation>The diary was closed to protect the information about the child. The key is in the computer's keychain.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/lock.py" line="177" />
            <source>Skriv gendannelsesnøglen.</source>
            <translation>Enter the recovery key.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/lock.py" line="184" />
            <source>Skriv adgangskoden.</source>
            <translation>Enter the password.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/lock.py" line="218" />
            <source>Åbner dagbogen …</source>
            <translation>Opening the diary …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/lock.py" line="201" />
            <source>Forkert adgangskode eller nøgle – eller dagbogsfilen er beskadiget. Intet er ændret. Prøv igen, eller gendan fra den nyeste sikkerhedskopi.</source>
            <translation>Wrong password or key – or the diary file is damaged. Nothing was changed. Try again, or restore the newest backup.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/lock.py" line="139" />
            <source>Skriv gendannelsesnøglen fra jeres gendannelsesark.</source>
            <translation>Type the recovery key from your recovery sheet.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/lock.py" line="207" />
            <source>Gendannelsesnøglen passer ikke. Tjek den, og prøv igen.</source>
            <translation>The recovery key does not match. Check it and try again.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/lock.py" line="209" />
            <source>Forkert adgangskode. Prøv igen, eller brug gendannelsesnøglen.</source>
            <translation>Wrong password. Try again, or use the recovery key.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/lock.py" line="231" />
            <source>Gendan</source>
            <translation>Restore</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/lock.py" line="232" />
            <source>Gendan dagbogen fra den nyeste sikkerhedskopi, {0}? Ændringer efter kopien går tabt. Den nuværende fil gemmes i mappen »replaced«.</source>
            <translation>Restore the diary from the newest backup, {0}? Changes made after the backup are lost. The current file is kept in the “replaced” folder.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/lock.py" line="249" />
            <source>Gendanner …</source>
            <translation>Restoring …</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../aflastapp/gui/main_window.py" line="82" />
            <source>Visninger</source>
            <translation>Views</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/main_window.py" line="162" />
            <source>&amp;Filer</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/main_window.py" line="163" />
            <source>&amp;Ny post</source>
            <translation>&amp;New entry</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/main_window.py" line="164" />
            <source>&amp;Udskriv …</source>
            <translation>&amp;Print …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/main_window.py" line="165" />
            <source>&amp;Lås dagbogen</source>
            <translation>&amp;Lock the diary</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/main_window.py" line="166" />
            <source>&amp;Afslut</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/main_window.py" line="173" />
            <source>&amp;Rediger</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/main_window.py" line="174" />
            <source>&amp;Fortryd</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/main_window.py" line="176" />
            <source>&amp;Gentag</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/main_window.py" line="190" />
            <source>&amp;Vis</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/main_window.py" line="198" />
            <source>&amp;Hjælp</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/main_window.py" line="199" />
            <source>&amp;Vejledning</source>
            <translation>&amp;Guide</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/main_window.py" line="202" />
            <source>&amp;Om aflastapp</source>
            <translation>&amp;About aflastapp</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/main_window.py" line="298" />
            <source>DEMO (opdigtede data)</source>
            <translation>DEMO (made-up data)</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/main_window.py" line="301" />
            <source>låst</source>
            <translation>locked</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/main_window.py" line="403" />
            <source>Om aflastapp</source>
            <translation>About aflastapp</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/main_window.py" line="412" />
            <source>aflastapp %1

Dagbog, overblik og dokumenter for aflastningsfamilier.</source>
            <translation>aflastapp %1

Diary, overview and documents for relief families.</translation>
        </message>
    </context>
    <context>
        <name>MarkSentDialog</name>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="216" />
            <location filename="../../aflastapp/gui/views/documents.py" line="237" />
            <source>Marker som sendt</source>
            <translation>Mark as sent</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="223" />
            <source>Sendt den</source>
            <translation>Sent on</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="224" />
            <source>&amp;Sendt den</source>
            <translation>&amp;Sent on</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="226" />
            <source>Sendt med</source>
            <translation>Sent by</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="231" />
            <source>Sendt &amp;med</source>
            <translation>Sent &amp;by</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="233" />
            <source>Anden måde</source>
            <translation>Other way</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="234" />
            <source>fx brev eller afleveret personligt</source>
            <translation>e.g. letter or handed in in person</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/documents.py" line="236" />
            <source>&amp;Anden måde</source>
            <translation>&amp;Other way</translation>
        </message>
    </context>
    <context>
        <name>MeetingDialog</name>
        <message>
            <location filename="../../aflastapp/gui/views/meetings.py" line="103" />
            <location filename="../../aflastapp/gui/views/meetings.py" line="104" />
            <location filename="../../aflastapp/gui/views/meetings.py" line="148" />
            <source>Statusmøde</source>
            <translation>Status meeting</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/meetings.py" line="105" />
            <location filename="../../aflastapp/gui/views/meetings.py" line="106" />
            <location filename="../../aflastapp/gui/views/meetings.py" line="148" />
            <source>Opfølgningsmøde</source>
            <translation>Follow-up meeting</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/meetings.py" line="107" />
            <location filename="../../aflastapp/gui/views/meetings.py" line="108" />
            <location filename="../../aflastapp/gui/views/meetings.py" line="148" />
            <source>Supervisionsmøde</source>
            <translation>Supervision meeting</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/meetings.py" line="132" />
            <source>Ret møde</source>
            <translation>Edit meeting</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/meetings.py" line="132" />
            <source>Nyt statusmøde</source>
            <translation>New status meeting</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/meetings.py" line="136" />
            <source>&amp;Barn/aftale</source>
            <translation>&amp;Child/contract</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/meetings.py" line="142" />
            <source>Mødets tidspunkt</source>
            <translation>Meeting time</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/meetings.py" line="143" />
            <source>&amp;Tidspunkt</source>
            <translation>&amp;Time</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/meetings.py" line="147" />
            <source>Mødetype</source>
            <translation>Meeting type</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/meetings.py" line="152" />
            <source>&amp;Mødetype</source>
            <translation>&amp;Meeting type</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/meetings.py" line="156" />
            <source>Frist fra sagsbehandlerens brev</source>
            <translation>Deadline from the caseworker's letter</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/meetings.py" line="157" />
            <source>(efter kommunens regler)</source>
            <translation>(by the municipality's rules)</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/meetings.py" line="161" />
            <source>&amp;Frist fra brev</source>
            <translation>&amp;Deadline from letter</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/meetings.py" line="162" />
            <source>Står der en frist for statusrapporten i brevet fra sagsbehandleren, så skriv den. Ellers beregnes fristen efter kommunens regler.</source>
            <translation>If the caseworker's letter gives a deadline for the status report, enter it. Otherwise the deadline is worked out from the municipality's rules.</translation>
        </message>
    </context>
    <context>
        <name>MeetingsView</name>
        <message>
            <location filename="../../aflastapp/gui/views/meetings.py" line="418" />
            <source>&amp;Nyt møde</source>
            <translation>&amp;New meeting</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/meetings.py" line="419" />
            <source>Registrér et statusmøde (Ctrl+N)</source>
            <translation>Record a status meeting (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/meetings.py" line="421" />
            <source>R&amp;et …</source>
            <translation>&amp;Edit …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/meetings.py" line="423" />
            <source>&amp;Slet</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/meetings.py" line="427" />
            <source>Møder</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/meetings.py" line="437" />
            <source>* fristen er beregnet ud fra jeres egne indstillinger, ikke kommunens håndbog.</source>
            <translation>* the deadline is based on your own settings, not on the municipality's handbook.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/meetings.py" line="454" />
            <source>Møder og statusrapporter</source>
            <translation>Meetings and status reports</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/meetings.py" line="558" />
            <source>Tilføj møde</source>
            <translation>Add meeting</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/meetings.py" line="569" />
            <source>Ret møde</source>
            <translation>Edit meeting</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/meetings.py" line="577" />
            <location filename="../../aflastapp/gui/views/meetings.py" line="590" />
            <source>Slet møde</source>
            <translation>Delete meeting</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/meetings.py" line="578" />
            <source>Slet mødet %1 og udkastet til statusrapporten?</source>
            <translation>Delete the meeting %1 and the draft status report?</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/meetings.py" line="601" />
            <source>Allerede sendt</source>
            <translation>Already sent</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/meetings.py" line="602" />
            <source>En statusrapport til dette møde blev sendt %1. Vil I lave en ny alligevel?</source>
            <translation>A status report for this meeting was sent on %1. Do you want to make a new one anyway?</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/meetings.py" line="617" />
            <source>Laver statusrapporten …</source>
            <translation>Making the status report …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/meetings.py" line="615" />
            <source>Lav statusrapport</source>
            <translation>Make status report</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/meetings.py" line="76" />
            <source>Møde</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/meetings.py" line="78" />
            <source>Frist for statusrapport</source>
            <translation>Report due</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/meetings.py" line="81" />
            <source>Statusrapport</source>
            <translation>Status report</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/meetings.py" line="94" />
            <source>Udkast</source>
            <translation>Draft</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/meetings.py" line="95" />
            <source>Ikke påbegyndt</source>
            <translation>Not started</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/meetings.py" line="77" />
            <source>Barn/aftale</source>
            <translation>Child/contract</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/meetings.py" line="92" />
            <source>Sendt</source>
            <translation>Sent</translation>
        </message>
    </context>
    <context>
        <name>MileageRateDialog</name>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="300" />
            <source>Indtast km-takst</source>
            <translation>Enter km rate</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="302" />
            <source>Gælder fra</source>
            <translation>Valid from</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="305" />
            <source>Laveste takst pr. km (kr.)</source>
            <translation>Lower rate per km (DKK)</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="306" />
            <source>fx 2,23</source>
            <translation>e.g. 2.23</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="308" />
            <source>Høj takst pr. km (kr.)</source>
            <translation>Higher rate per km (DKK)</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="309" />
            <source>valgfri</source>
            <translation>optional</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="311" />
            <source>Kilde</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="312" />
            <source>fx Skattestyrelsens satser for 2027</source>
            <translation>e.g. the Danish Tax Agency's rates for 2027</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="314" />
            <source>Gælder &amp;fra:</source>
            <translation>Valid &amp;from:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="315" />
            <source>&amp;Laveste takst pr. km (kr.):</source>
            <translation>&amp;Lower rate per km (DKK):</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="316" />
            <source>&amp;Høj takst pr. km (kr.):</source>
            <translation>&amp;Higher rate per km (DKK):</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="317" />
            <source>&amp;Kilde:</source>
            <translation>&amp;Source:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="318" />
            <source>&amp;Gem</source>
            <translation>&amp;Save</translation>
        </message>
    </context>
    <context>
        <name>MonthGrid</name>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="182" />
            <source>Uge</source>
            <translation>Week</translation>
        </message>
    </context>
    <context>
        <name>MonthPanel</name>
        <message>
            <location filename="../../aflastapp/gui/views/overview.py" line="301" />
            <source>Manglende satser</source>
            <translation>Missing rates</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/overview.py" line="317" />
            <source>udbetales %1</source>
            <translation>paid in %1</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/overview.py" line="324" />
            <source>Ingen aftaler i denne måned.</source>
            <translation>No contracts in this month.</translation>
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <location filename="../../aflastapp/gui/views/diary.py" line="88" />
            <source>Notat</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/diary.py" line="93" />
            <source>&amp;Barn</source>
            <translation>&amp;Child</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/diary.py" line="97" />
            <source>Dato</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/diary.py" line="98" />
            <source>&amp;Dato</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/diary.py" line="100" />
            <source>Emner</source>
            <translation>Topics</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/diary.py" line="105" />
            <source>Emne: %1</source>
            <translation>Topic: %1</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/diary.py" line="109" />
            <source>andre emner, adskilt med komma</source>
            <translation>other topics, separated by commas</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/diary.py" line="110" />
            <source>Andre emner</source>
            <translation>Other topics</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/diary.py" line="113" />
            <source>&lt;b&gt;Observation&lt;/b&gt; – hvad skete der? Skriv det, I så og hørte.</source>
            <translation>&lt;b&gt;Observation&lt;/b&gt; – what happened? Write what you saw and heard.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/diary.py" line="116" />
            <source>Observation</source>
            <translation>Observation</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/diary.py" line="119" />
            <source>&lt;b&gt;Vurdering&lt;/b&gt; – hvad tænker I om det? (holdes adskilt fra observationen)</source>
            <translation>&lt;b&gt;Assessment&lt;/b&gt; – what do you think about it? (kept apart from the observation)</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/diary.py" line="124" />
            <source>Vurdering</source>
            <translation>Assessment</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/diary.py" line="128" />
            <source>&amp;Gem notat</source>
            <translation>&amp;Save note</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/diary.py" line="130" />
            <source>&amp;Slet</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/diary.py" line="138" />
            <source>Ret notat</source>
            <translation>Edit note</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/diary.py" line="138" />
            <source>Nyt notat</source>
            <translation>New note</translation>
        </message>
    </context>
    <context>
        <name>OverviewView</name>
        <message>
            <location filename="../../aflastapp/gui/views/overview.py" line="142" />
            <source>KL's vederlag pr. døgn</source>
            <translation>KL's fee per day</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/overview.py" line="143" />
            <source>kost og logi under 10 år</source>
            <translation>board and lodging under 10</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/overview.py" line="144" />
            <source>kost og logi 10 år og derover</source>
            <translation>board and lodging 10 and over</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/overview.py" line="145" />
            <source>kost og logi for 3. og 4. barn</source>
            <translation>board and lodging for the 3rd and 4th child</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/overview.py" line="146" />
            <source>statens laveste km-takst</source>
            <translation>the state's lower mileage rate</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/overview.py" line="164" />
            <source>Indtast %1 for %2 …</source>
            <translation>Enter %1 for %2 …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/overview.py" line="207" />
            <source>Kilde</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/overview.py" line="210" />
            <source>Bygger på jeres egne indstillinger.</source>
            <translation>Based on your own settings.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/overview.py" line="241" />
            <source>Intet i denne måned.</source>
            <translation>Nothing this month.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/overview.py" line="247" />
            <source>%n døgn</source>
            <translation>%n nights</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/overview.py" line="250" />
            <source>Højst %n døgn i måneden efter aftalen.</source>
            <translation>At most %n nights in the month under the contract.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/overview.py" line="255" />
            <source>ikke betalt</source>
            <translation>not paid</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/overview.py" line="637" />
            <source>&amp;Denne måned</source>
            <translation>&amp;This month</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/overview.py" line="646" />
            <source>Forventet udbetaling ud fra kommunens regler og jeres ophold. Klik på et tal for at se, hvorfor det er, som det er.</source>
            <translation>Expected payment from the municipality's rules and your stays. Click a figure to see why it is what it is.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/overview.py" line="656" />
            <location filename="../../aflastapp/gui/views/overview.py" line="659" />
            <source>Næste frister</source>
            <translation>Next deadlines</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/overview.py" line="676" />
            <source>Ingen frister de næste måneder.</source>
            <translation>No deadlines in the coming months.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/overview.py" line="678" />
            <source>Eksportér frister til &amp;kalender …</source>
            <translation>Export deadlines to &amp;calendar …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/overview.py" line="679" />
            <source>Fristerne som kalenderfil til telefonen – uden navne, adresser, notater eller beløb</source>
            <translation>The deadlines as a calendar file for the phone – without names, addresses, notes or amounts</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/overview.py" line="687" />
            <source>Døgn og forventet indtjening, 12 måneder</source>
            <translation>Nights and expected earnings, 12 months</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/overview.py" line="690" />
            <source>Døgn pr. måned</source>
            <translation>Nights per month</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/overview.py" line="692" />
            <source>Forventet indtjening pr. måned</source>
            <translation>Expected earnings per month</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/overview.py" line="721" />
            <source>Overblik</source>
            <translation>Overview</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/overview.py" line="844" />
            <source>mindst %1 – en sats mangler</source>
            <translation>at least %1 – a rate is missing</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/overview.py" line="851" />
            <source>Forventet indtjening i alt: mindst %1 – satser mangler for %2. Indtast dem under Indstillinger → Satser.</source>
            <translation>Expected earnings in total: at least %1 – rates are missing for %2. Enter them under Settings → Rates.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/overview.py" line="857" />
            <source>Forventet indtjening i alt: %1</source>
            <translation>Expected earnings in total: %1</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/overview.py" line="973" />
            <source>Kilde: %1</source>
            <translation>Source: %1</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/overview.py" line="978" />
            <source>Lav indberetningen …</source>
            <translation>Make the nights report …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/overview.py" line="979" />
            <source>Lav kørselsskemaet …</source>
            <translation>Make the driving form …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/overview.py" line="980" />
            <source>Lav udlægssedlen …</source>
            <translation>Make the expense claim …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/overview.py" line="981" />
            <source>Lav årsoversigten …</source>
            <translation>Make the annual summary …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/overview.py" line="982" />
            <source>Skriv statusrapporten …</source>
            <translation>Write the status report …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/overview.py" line="983" />
            <location filename="../../aflastapp/gui/views/overview.py" line="984" />
            <source>Se gemte dokumenter …</source>
            <translation>See saved documents …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/overview.py" line="985" />
            <source>Skriv i dagbogen …</source>
            <translation>Write in the diary …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/overview.py" line="986" />
            <source>Se udbetalingen …</source>
            <translation>See the payment …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/overview.py" line="987" />
            <source>Slet eller behold …</source>
            <translation>Delete or keep …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/overview.py" line="990" />
            <source>Markér som klaret</source>
            <translation>Mark as done</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/overview.py" line="991" />
            <source>Se aftalen …</source>
            <translation>See the contract …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/overview.py" line="1011" />
            <source>Markér fristen som klaret</source>
            <translation>Mark the deadline as done</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/overview.py" line="1025" />
            <source>Ryd op i dagbogen</source>
            <translation>Clean up the diary</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/overview.py" line="1026" />
            <source>Statusrapporten er sendt. Personfølsomme dokumenter må højst gemmes i kort tid (%1).</source>
            <translation>The status report has been sent. Sensitive personal documents may be kept only for a short time (%1).</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/overview.py" line="1029" />
            <source>Slet %1 notater, %2 kladder og %3 kvitteringsbilleder fra %4 til %5 fra dagbogen? Det kan ikke fortrydes.</source>
            <translation>Delete %1 notes, %2 drafts and %3 receipt images from %4 to %5 from the diary? This cannot be undone.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/overview.py" line="1034" />
            <source>&amp;Slet dem</source>
            <translation>&amp;Delete them</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/overview.py" line="1035" />
            <source>&amp;Behold dem</source>
            <translation>&amp;Keep them</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/overview.py" line="1036" />
            <source>&amp;Annuller</source>
            <translation>&amp;Cancel</translation>
        </message>
    </context>
    <context>
        <name>PasswordChoice</name>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="69" />
            <source>Adgangskode</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="72" />
            <source>Gentag adgangskode</source>
            <translation>Repeat password</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="73" />
            <source>Adgangs&amp;kode:</source>
            <translation>Pass&amp;word:</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="340" />
            <source>Nuværende adgangskode</source>
            <translation>Current password</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="341" />
            <source>&amp;Nuværende adgangskode:</source>
            <translation>&amp;Current password:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="342" />
            <source>Ny adgangskode</source>
            <translation>New password</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="343" />
            <source>mindst 8 tegn</source>
            <translation>at least 8 characters</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="344" />
            <source>Gentag adgangskoden</source>
            <translation>Repeat the password</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="345" />
            <source>N&amp;y adgangskode:</source>
            <translation>&amp;New password:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="346" />
            <source>&amp;Gentag adgangskoden:</source>
            <translation>&amp;Repeat the password:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="347" />
            <source>&amp;Gem adgangskoden</source>
            <translation>&amp;Save the password</translation>
        </message>
    </context>
    <context>
        <name>PaymentsView</name>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="382" />
            <source>Forrige år</source>
            <translation>Previous year</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="389" />
            <source>Næste år</source>
            <translation>Next year</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="395" />
            <source>Hvad kommunens egne regler lover, mod det I har fået udbetalt ifølge lønsedlen eller banken. Forskel = forventet − udbetalt: positiv betyder, at kommunen skylder jer penge.</source>
            <translation>What the municipality's own rules promise, against what you were paid according to the payslip or the bank. Difference = expected − paid: positive means the municipality owes you money.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="404" />
            <source>Påmindelser</source>
            <translation>Reminders</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="410" />
            <source>&amp;Registrér udbetaling …</source>
            <translation>&amp;Record payment …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="411" />
            <source>Skriv beløbene fra lønsedlen ind (Ctrl+N)</source>
            <translation>Enter the amounts from the payslip (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="413" />
            <source>R&amp;et …</source>
            <translation>&amp;Edit …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="415" />
            <source>&amp;Slet udbetaling</source>
            <translation>&amp;Delete payment</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="417" />
            <source>&amp;Hvorfor?</source>
            <translation>&amp;Why?</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="418" />
            <source>Døgn, satser og ture bag det forventede beløb</source>
            <translation>Nights, rates and trips behind the expected amount</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="420" />
            <source>&amp;Brev til kommunen …</source>
            <translation>&amp;Letter to the municipality …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="422" />
            <location filename="../../aflastapp/gui/views/payments.py" line="533" />
            <source>&amp;Markér som afklaret</source>
            <translation>&amp;Mark as settled</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="428" />
            <location filename="../../aflastapp/gui/views/payments.py" line="457" />
            <source>Udbetalinger</source>
            <translation>Payments</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="437" />
            <source>Beløbene for den valgte måned</source>
            <translation>The amounts of the selected month</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="533" />
            <source>Gen&amp;åbn</source>
            <translation>Re&amp;open</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="621" />
            <location filename="../../aflastapp/gui/views/payments.py" line="625" />
            <source>Slet udbetaling</source>
            <translation>Delete payment</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="622" />
            <source>Slet udbetalingen fra %1?</source>
            <translation>Delete the payment of %1?</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="635" />
            <source>Hvorfor? Det forventede beløb</source>
            <translation>Why? The expected amount</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="654" />
            <source>Brev til kommunen</source>
            <translation>Letter to the municipality</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="670" />
            <source>Genåbn påmindelse</source>
            <translation>Reopen reminder</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="673" />
            <source>Markér som afklaret</source>
            <translation>Mark as settled</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="81" />
            <source>Kørselsgodtgørelse</source>
            <translation>Mileage allowance</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="83" />
            <source>Feriepenge</source>
            <translation>Holiday pay</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="90" />
            <source>ikke registreret</source>
            <translation>not recorded</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="92" />
            <source>stemmer</source>
            <translation>correct</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="93" />
            <source>for lidt</source>
            <translation>underpaid</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="94" />
            <source>for meget</source>
            <translation>overpaid</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="95" />
            <source>ikke udbetalt</source>
            <translation>not paid</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="96" />
            <source>sats mangler</source>
            <translation>rate missing</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="128" />
            <source>Alt, der forventes udbetalt med vederlaget (feriepenge er ikke med)</source>
            <translation>Everything expected to be paid with the fee (holiday pay is left out)</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="129" />
            <source>Kun de beløb, lønsedlen nævner: %1</source>
            <translation>Only the amounts the payslip states: %1</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="151" />
            <source>Måned</source>
            <translation>Month</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="153" />
            <source>Forventet</source>
            <translation>Expected</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="155" />
            <source>Udbetalt</source>
            <translation>Paid</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="157" />
            <source>Forskel</source>
            <translation>Difference</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="186" />
            <source>Ret udbetaling</source>
            <translation>Edit payment</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="186" />
            <source>Registrér udbetaling</source>
            <translation>Record payment</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="190" />
            <source>&amp;Barn/aftale</source>
            <translation>&amp;Child/contract</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="193" />
            <source>Måneden opholdene hører til</source>
            <translation>The month the stays belong to</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="196" />
            <source>For &amp;måneden</source>
            <translation>For the &amp;month</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="200" />
            <source>Udbetalt den</source>
            <translation>Paid on</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="201" />
            <source>&amp;Udbetalt den</source>
            <translation>&amp;Paid on</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="206" />
            <source>står ikke på lønsedlen</source>
            <translation>not on the payslip</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="209" />
            <source>Udfyldt med det forventede: ret det, der står anderledes på lønsedlen, og tøm felter, lønsedlen ikke nævner. Feriepenge udbetales normalt til Feriekonto.</source>
            <translation>Filled in with what is expected: correct what the payslip says differently, and empty fields the payslip does not mention. Holiday pay is normally paid to Feriekonto.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="214" />
            <source>&amp;Læs lønseddel (PDF) …</source>
            <translation>&amp;Read payslip (PDF) …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="215" />
            <source>Læs beløbene fra lønsedlen; I ser, hvad der blev læst, før det bruges</source>
            <translation>Read the amounts from the payslip; you see what was read before it is used</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="256" />
            <source>Vælg lønsedlen</source>
            <translation>Choose the payslip</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="256" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="265" />
            <source>Lønsedlen kan ikke læses</source>
            <translation>The payslip cannot be read</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="267" />
            <source>Det blev læst fra lønsedlen</source>
            <translation>This was read from the payslip</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="269" />
            <source>&amp;Brug tallene</source>
            <translation>&amp;Use the amounts</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="282" />
            <source>Læst:</source>
            <translation>Read:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="283" />
            <source>Fra linjerne:</source>
            <translation>From the lines:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="285" />
            <source>Ikke læst:</source>
            <translation>Not read:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="286" />
            <source>Felter, der ikke står på lønsedlen, bliver tømt. Tjek tallene, før I gemmer.</source>
            <translation>Fields the payslip does not state are emptied. Check the amounts before you save.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="332" />
            <source>&amp;Kopiér teksten</source>
            <translation>&amp;Copy the text</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="358" />
            <source>Udbetalt: %1</source>
            <translation>Paid: %1</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="330" />
            <source>Luk</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="79" />
            <source>Vederlag</source>
            <translation>Fee (vederlag)</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="80" />
            <source>Kost og logi</source>
            <translation>Board/lodging</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="82" />
            <source>Udlæg</source>
            <translation>Expenses</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="159" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="152" />
            <source>Barn/aftale</source>
            <translation>Child/contract</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/payments.py" line="270" />
            <source>Annuller</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <location filename="../../aflastapp/gui/widgets/pdf_preview.py" line="54" />
            <source>Forhåndsvisning af PDF</source>
            <translation>PDF preview</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/widgets/pdf_preview.py" line="56" />
            <location filename="../../aflastapp/gui/widgets/pdf_preview.py" line="206" />
            <source>Intet dokument valgt</source>
            <translation>No document chosen</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/widgets/pdf_preview.py" line="64" />
            <source>Bredde</source>
            <translation>Width</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/widgets/pdf_preview.py" line="64" />
            <source>Tilpas bredde: siden fylder bredden</source>
            <translation>Fit width: the page fills the width</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/widgets/pdf_preview.py" line="66" />
            <source>Side</source>
            <translation>Page</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/widgets/pdf_preview.py" line="66" />
            <source>Hele siden: hele siden kan ses</source>
            <translation>Whole page: the whole page is visible</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/widgets/pdf_preview.py" line="67" />
            <source>Formindsk (Ctrl+rullehjul)</source>
            <translation>Zoom out (Ctrl+wheel)</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/widgets/pdf_preview.py" line="68" />
            <source>Forstør (Ctrl+rullehjul)</source>
            <translation>Zoom in (Ctrl+wheel)</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/widgets/pdf_preview.py" line="72" />
            <source>PDF-læser …</source>
            <translation>PDF reader …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/widgets/pdf_preview.py" line="73" />
            <source>Åbn i PDF-læser: dokumentet åbnes i computerens PDF-læser. Kopien slettes igen, når dagbogen låses.</source>
            <translation>Open in PDF reader: the document opens in the computer's PDF reader. The copy is deleted again when the diary locks.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/widgets/pdf_preview.py" line="130" />
            <source>bredde</source>
            <translation>width</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/widgets/pdf_preview.py" line="132" />
            <source>side</source>
            <translation>page</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/widgets/pdf_preview.py" line="170" />
            <source>PDF-filen kan ikke vises.</source>
            <translation>The PDF file cannot be shown.</translation>
        </message>
    </context>
    <context>
        <name>PlaceDialog</name>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="248" />
            <source>Nyt sted</source>
            <translation>New place</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="248" />
            <source>Ret sted</source>
            <translation>Edit place</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="251" />
            <source>fx Hjem, Barnets hjem, Skole, Kommunen</source>
            <translation>e.g. Home, The child's home, School, The municipality</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="252" />
            <source>Navn</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="253" />
            <source>&amp;Navn</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="255" />
            <source>Adresse</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="256" />
            <source>&amp;Adresse</source>
            <translation>&amp;Address</translation>
        </message>
    </context>
    <context>
        <name>PlacesRoutesDialog</name>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="316" />
            <source>Steder og ruter</source>
            <translation>Places and routes</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="322" />
            <location filename="../../aflastapp/gui/views/driving.py" line="324" />
            <source>Navn</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="322" />
            <source>Adresse</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="324" />
            <source>Fra</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="325" />
            <source>Via</source>
            <translation>Via</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="325" />
            <source>Til</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="326" />
            <source>Km</source>
            <translation>Km</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="327" />
            <source>Gemte steder</source>
            <translation>Saved places</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="328" />
            <source>Gemte ruter</source>
            <translation>Saved routes</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="330" />
            <source>Steder</source>
            <translation>Places</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="331" />
            <source>Ruter</source>
            <translation>Routes</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="334" />
            <source>Luk</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="351" />
            <source>Tilføj …</source>
            <translation>Add …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="355" />
            <source>Ret …</source>
            <translation>Edit …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="358" />
            <source>Slet</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="384" />
            <source>Hjem</source>
            <translation>Home</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="399" />
            <source>Ret sted</source>
            <translation>Edit place</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="404" />
            <source>Tilføj sted</source>
            <translation>Add place</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="414" />
            <location filename="../../aflastapp/gui/views/driving.py" line="416" />
            <source>Slet sted</source>
            <translation>Delete place</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="414" />
            <source>Slet stedet »%1«?</source>
            <translation>Delete the place “%1”?</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="427" />
            <source>Tilføj rute</source>
            <translation>Add route</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="436" />
            <location filename="../../aflastapp/gui/views/driving.py" line="439" />
            <source>Slet rute</source>
            <translation>Delete route</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="436" />
            <source>Slet ruten »%1«?</source>
            <translation>Delete the route “%1”?</translation>
        </message>
    </context>
    <context>
        <name>RateDialog</name>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="252" />
            <source>Satser for %1</source>
            <translation>Rates for %1</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="254" />
            <source>Skriv årets tal fra kommunens brev eller KL's takster. Tomme felter bruger appens tabel.</source>
            <translation>Type the year's figures from the municipality's letter or KL's rates. Empty fields use the app's table.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="258" />
            <source>Gælder fra</source>
            <translation>Valid from</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="260" />
            <source>Gælder &amp;fra:</source>
            <translation>Valid &amp;from:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="261" />
            <source>Vederlag pr. døgn (kr.)</source>
            <translation>Fee per night (DKK)</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="261" />
            <source>Kost og logi under 10 år (kr.)</source>
            <translation>Board and lodging under 10 (DKK)</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="262" />
            <source>Kost og logi 10 år og derover (kr.)</source>
            <translation>Board and lodging 10 and over (DKK)</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="262" />
            <source>Kost og logi, 3. og 4. barn (kr.)</source>
            <translation>Board and lodging, 3rd and 4th child (DKK)</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="267" />
            <source>tom = brug KL's tabel</source>
            <translation>empty = use KL's table</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="270" />
            <source>mangler – skriv tallet her</source>
            <translation>missing – type the figure here</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="272" />
            <source>%1 – mangler</source>
            <translation>%1 – missing</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="279" />
            <source>Kilde</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="280" />
            <source>fx Kommunens brev af 12.12.2025</source>
            <translation>e.g. the municipality's letter of 2025-12-12</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="282" />
            <source>&amp;Kilde:</source>
            <translation>&amp;Source:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="283" />
            <source>&amp;Gem</source>
            <translation>&amp;Save</translation>
        </message>
    </context>
    <context>
        <name>RatesSection</name>
        <message>
            <location filename="../../aflastapp/gui/views/settings/rates.py" line="49" />
            <source>KL's takster med kilde. Mangler en sats, så indtast den fra kommunens brev; jeres egne satser er markeret.</source>
            <translation>KL's rates with their source. If a rate is missing, enter it from the municipality's letter; your own rates are marked.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/rates.py" line="54" />
            <location filename="../../aflastapp/gui/views/settings/rates.py" line="68" />
            <source>Fra</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/rates.py" line="54" />
            <source>Vederlag pr. døgn</source>
            <translation>Fee per night</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/rates.py" line="54" />
            <source>Kost og logi under 10 år</source>
            <translation>Board and lodging under 10</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/rates.py" line="55" />
            <source>Kost og logi 10 år +</source>
            <translation>Board and lodging 10+</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/rates.py" line="55" />
            <source>3. barn</source>
            <translation>3rd child</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/rates.py" line="55" />
            <location filename="../../aflastapp/gui/views/settings/rates.py" line="68" />
            <source>Kilde</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/rates.py" line="55" />
            <source>Satser</source>
            <translation>Rates</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/rates.py" line="57" />
            <source>&amp;Indtast sats …</source>
            <translation>&amp;Enter rate …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/rates.py" line="59" />
            <source>&amp;Slet egen sats</source>
            <translation>&amp;Delete own rate</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/rates.py" line="63" />
            <source>Kørselsgodtgørelse pr. km (statens laveste takst, som kommunerne bruger) med kilde. Ændres taksten, så indtast den nye; jeres egne takster er markeret.</source>
            <translation>Mileage allowance per km (the state's lower rate, which the municipalities use) with its source. When the rate changes, enter the new one; your own rates are marked.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/rates.py" line="68" />
            <source>Laveste takst pr. km</source>
            <translation>Lower rate per km</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/rates.py" line="68" />
            <source>Høj takst pr. km</source>
            <translation>Higher rate per km</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/rates.py" line="69" />
            <source>Kørselstakster</source>
            <translation>Mileage rates</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/rates.py" line="71" />
            <source>Indtast &amp;km-takst …</source>
            <translation>Enter &amp;km rate …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/rates.py" line="73" />
            <source>Slet egen k&amp;m-takst</source>
            <translation>Delete own k&amp;m rate</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/rates.py" line="78" />
            <source>&amp;Satser</source>
            <translation>&amp;Rates</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/rates.py" line="87" />
            <source>Jeres egen: </source>
            <translation>Your own: </translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/rates.py" line="118" />
            <source>Indtast sats</source>
            <translation>Enter rate</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/rates.py" line="127" />
            <source>Vælg først satsen i listen.</source>
            <translation>Choose the rate in the list first.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/rates.py" line="131" />
            <source>Kun jeres egne satser kan slettes.</source>
            <translation>Only your own rates can be deleted.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/rates.py" line="133" />
            <source>Slet sats</source>
            <translation>Delete rate</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/rates.py" line="150" />
            <source>Indtast km-takst</source>
            <translation>Enter km rate</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/rates.py" line="159" />
            <source>Vælg først taksten i listen.</source>
            <translation>Choose the km rate in the list first.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/rates.py" line="163" />
            <source>Kun jeres egne takster kan slettes. De medfølgende takster har en kilde og ændres ved at indtaste en ny takst fra en senere dato.</source>
            <translation>Only your own rates can be deleted. The included rates have a source; change them by entering a new rate from a later date.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/rates.py" line="166" />
            <source>Slet km-takst</source>
            <translation>Delete km rate</translation>
        </message>
    </context>
    <context>
        <name>ReceiptPanel</name>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="217" />
            <source>&lt;b&gt;Kvitteringer&lt;/b&gt;</source>
            <translation>&lt;b&gt;Receipts&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="220" />
            <source>Kvitteringer</source>
            <translation>Receipts</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="225" />
            <source>&amp;Vedhæft kvittering …</source>
            <translation>&amp;Attach receipt …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="227" />
            <source>Fjern bilag</source>
            <translation>Remove attachment</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="234" />
            <source>Træk billeder eller PDF-filer af kvitteringer hertil, eller brug »Vedhæft kvittering«.</source>
            <translation>Drag pictures or PDF files of receipts here, or use “Attach receipt”.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="241" />
            <source>Billede af kvittering</source>
            <translation>Picture of receipt</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="255" />
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="255" />
            <source>billede</source>
            <translation>picture</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/expenses.py" line="293" />
            <source>Billedet kan ikke vises.</source>
            <translation>The picture cannot be shown.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryBanner</name>
        <message>
            <location filename="../../aflastapp/gui/views/overview.py" line="550" />
            <source>&lt;b&gt;Gendannelsesarket er ikke bekræftet.&lt;/b&gt; Uden arket og en sikkerhedskopi kan dagbogen ikke åbnes igen, hvis computeren går i stykker eller I glemmer adgangskoden. Udskriv eller gem arket, og læg det et sikkert sted.</source>
            <translation>&lt;b&gt;The recovery sheet has not been confirmed.&lt;/b&gt; Without the sheet and a backup the diary cannot be opened again if the computer breaks or you forget the password. Print or save the sheet and keep it somewhere safe.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/overview.py" line="556" />
            <source>&amp;Udskriv gendannelsesarket …</source>
            <translation>&amp;Print the recovery sheet …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/overview.py" line="558" />
            <source>Gem arket som &amp;PDF …</source>
            <translation>Save the sheet as &amp;PDF …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/overview.py" line="560" />
            <source>Arket er gemt et sikkert sted</source>
            <translation>The sheet is kept somewhere safe</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/overview.py" line="574" />
            <source>Laver gendannelsesarket …</source>
            <translation>Making the recovery sheet …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/overview.py" line="579" />
            <source>Gendannelsesark</source>
            <translation>Recovery sheet</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/overview.py" line="585" />
            <source>Gem gendannelsesarket</source>
            <translation>Save the recovery sheet</translation>
        </message>
    </context>
    <context>
        <name>RecoveryPage</name>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="282" />
            <location filename="../../aflastapp/gui/wizard.py" line="295" />
            <source>Gendannelsesnøgle</source>
            <translation>Recovery key</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="283" />
            <source>Med nøglen og en sikkerhedskopi kan dagbogen åbnes igen – også på en ny computer. Den vises kun denne ene gang.</source>
            <translation>With the key and a backup the diary can be opened again – also on a new computer. It is shown only this once.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="299" />
            <source>&amp;Udskriv gendannelsesarket …</source>
            <translation>&amp;Print the recovery sheet …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="300" />
            <source>&amp;Gem som PDF …</source>
            <translation>&amp;Save as PDF …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="307" />
            <source>Jeg har &amp;udskrevet eller gemt gendannelsesarket et sikkert sted</source>
            <translation>I have &amp;printed or saved the recovery sheet in a safe place</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="335" />
            <source>Gendannelsesark</source>
            <translation>Recovery sheet</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="341" />
            <source>Gem gendannelsesarket</source>
            <translation>Save the recovery sheet</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="343" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="356" />
            <source>Gemt: %1</source>
            <translation>Saved: %1</translation>
        </message>
    </context>
    <context>
        <name>RecurringDialog</name>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="470" />
            <source>Faste ophold</source>
            <translation>Recurring stays</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="474" />
            <source>Barn og aftale</source>
            <translation>Child and contract</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="481" />
            <source>Første start</source>
            <translation>First start</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="482" />
            <source>Første slut</source>
            <translation>First end</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="498" />
            <source>Til og med</source>
            <translation>Until</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="499" />
            <source>&amp;Barn:</source>
            <translation>&amp;Child:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="500" />
            <source>Første &amp;start:</source>
            <translation>First &amp;start:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="501" />
            <source>Første s&amp;lut:</source>
            <translation>First &amp;end:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="490" />
            <source>hver </source>
            <translation>every </translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="491" />
            <source>. uge</source>
            <translation> week(s)</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="492" />
            <source>Hvor ofte, i uger</source>
            <translation>How often, in weeks</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="502" />
            <source>&amp;Gentages:</source>
            <translation>&amp;Repeats:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="503" />
            <source>&amp;Til og med:</source>
            <translation>&amp;Until:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="505" />
            <source>&amp;Foreslå ophold</source>
            <translation>&amp;Propose stays</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="509" />
            <source>Foreslåede ophold</source>
            <translation>Proposed stays</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="517" />
            <source>&amp;Gem de valgte</source>
            <translation>&amp;Save the chosen ones</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="519" />
            <source>&amp;Annuller</source>
            <translation>&amp;Cancel</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="556" />
            <source>%n ophold foreslået. Fjern fluebenet ved dem, der ikke skal med; datoer, der overlapper et ophold, er sprunget over.</source>
            <translation>%n stays proposed. Untick the ones you do not want; dates that overlap a stay were skipped.</translation>
        </message>
    </context>
    <context>
        <name>RestorePage</name>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="374" />
            <source>Gendan fra sikkerhedskopi</source>
            <translation>Restore from a backup</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="375" />
            <source>Vælg sikkerhedskopien fra den gamle computer (fx på en USB-nøgle) og skriv gendannelsesnøglen af fra gendannelsesarket.</source>
            <translation>Choose the backup from the old computer (e.g. on a USB stick) and type in the recovery key from the recovery sheet.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="378" />
            <source>&amp;Gendan og åbn</source>
            <translation>&amp;Restore and open</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="383" />
            <source>Sikkerhedskopi</source>
            <translation>Backup</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="384" />
            <source>fx aflastapp-2026-03-16.aflastbak</source>
            <translation>e.g. aflastapp-2026-03-16.aflastbak</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="385" />
            <source>&amp;Vælg fil …</source>
            <translation>&amp;Choose file …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="386" />
            <location filename="../../aflastapp/gui/wizard.py" line="449" />
            <source>Vælg sikkerhedskopi</source>
            <translation>Choose backup</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="390" />
            <source>&amp;Sikkerhedskopi:</source>
            <translation>&amp;Backup:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="394" />
            <source>Gendannelsesnøgle</source>
            <translation>Recovery key</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="395" />
            <source>fx ABCD-EFGH-… (som på gendannelsesarket)</source>
            <translation>e.g. ABCD-EFGH-… (as on the recovery sheet)</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="399" />
            <source>Gendannelses&amp;nøgle:</source>
            <translation>Recovery &amp;key:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="403" />
            <source>Adgangskode til sikkerhedskopien</source>
            <translation>Password of the backup</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="404" />
            <source>&amp;Eller adgangskoden:</source>
            <translation>&amp;Or the password:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="412" />
            <source>Gem nøglen i computerens nø&amp;glering (anbefalet, hvis kun I bruger computeren)</source>
            <translation>Keep the key in the computer's key&amp;chain (recommended if only you use the computer)</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="414" />
            <source>Beskyt dagbogen med en &amp;adgangskode (hvis andre også bruger computeren)</source>
            <translation>Protect the diary with a &amp;password (if others use the computer too)</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="417" />
            <source>Gen&amp;tag:</source>
            <translation>Rep&amp;eat:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="430" />
            <source>Denne sikkerhedskopi er beskyttet med en adgangskode: skriv enten gendannelsesnøglen eller den adgangskode, der gjaldt, da kopien blev taget.</source>
            <translation>This backup is protected by a password: type either the recovery key or the password that was in force when the backup was made.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="472" />
            <source>Gendanner dagbogen …</source>
            <translation>Restoring the diary …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="485" />
            <source>Gendannelsesnøglen er ikke skrevet rigtigt af. Sammenlign den tegn for tegn med gendannelsesarket.</source>
            <translation>The recovery key is not typed correctly. Compare it character by character with the recovery sheet.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="488" />
            <source>Adgangskoden passer ikke til denne sikkerhedskopi. Det skal være den adgangskode, der gjaldt, da kopien blev taget – eller brug gendannelsesnøglen. Intet er ændret.</source>
            <translation>The password does not fit this backup. It must be the password that was in force when the backup was made – or use the recovery key. Nothing was changed.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="492" />
            <source>Gendannelsesnøglen passer ikke til denne sikkerhedskopi – eller filen er ikke en sikkerhedskopi fra aflastapp. Tjek, at nøglen er fra det gendannelsesark, der hører til dagbogen. Intet er ændret.</source>
            <translation>The recovery key does not fit this backup – or the file is not an aflastapp backup. Check that the key is from the recovery sheet that belongs to this diary. Nothing has been changed.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="497" />
            <source>Sikkerhedskopien er beskadiget og kan ikke gendannes. Prøv en anden sikkerhedskopi (fx en ældre fra mappen »backups« på den gamle computer). Intet er ændret.</source>
            <translation>The backup is damaged and cannot be restored. Try another backup (e.g. an older one from the “backups” folder on the old computer). Nothing has been changed.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="501" />
            <source>Computerens nøglering virker ikke, så nøglen kan ikke gemmes der. Vælg »adgangskode« i stedet.</source>
            <translation>The computer's keychain does not work, so the key cannot be kept there. Choose “password” instead.</translation>
        </message>
    </context>
    <context>
        <name>RouteDialog</name>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="272" />
            <source>Ny rute</source>
            <translation>New route</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="275" />
            <source>fx Hjem – barnets hjem</source>
            <translation>e.g. Home – the child's home</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="276" />
            <source>Navn</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="277" />
            <source>&amp;Navn</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="281" />
            <source>Fra</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="282" />
            <source>F&amp;ra</source>
            <translation>F&amp;rom</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="284" />
            <source>adskil med komma</source>
            <translation>separate with commas</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="285" />
            <source>Via</source>
            <translation>Via</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="286" />
            <source>&amp;Via</source>
            <translation>&amp;Via</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="292" />
            <source>Til</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="293" />
            <source>&amp;Til</source>
            <translation>&amp;To</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="295" />
            <source>Km</source>
            <translation>Km</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="296" />
            <source>&amp;Km</source>
            <translation>&amp;Km</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="298" />
            <source>Kørslen aftalt med</source>
            <translation>Driving agreed with</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="299" />
            <source>valgfri: aftalen gælder ture ad ruten</source>
            <translation>optional: the agreement covers trips along the route</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="300" />
            <source>&amp;Aftalt med</source>
            <translation>&amp;Agreed with</translation>
        </message>
    </context>
    <context>
        <name>SecurityPage</name>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="229" />
            <source>Sikkerhed</source>
            <translation>Security</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="230" />
            <source>Dagbogen krypteres altid. Vælg, hvordan den låses op.</source>
            <translation>The diary is always encrypted. Choose how it is unlocked.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="232" />
            <source>&amp;Opret dagbogen</source>
            <translation>&amp;Create the diary</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="234" />
            <source>Computerens &amp;nøglering (anbefalet, hvis kun I bruger computeren)</source>
            <translation>The computer's &amp;keychain (recommended if only you use the computer)</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="236" />
            <source>&amp;Adgangskode (hvis andre også bruger computeren)</source>
            <translation>&amp;Password (if others use the computer too)</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="239" />
            <source>&amp;Gentag:</source>
            <translation>&amp;Repeat:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="241" />
            <source>Vigtigt: Glemmer I adgangskoden og mister gendannelsesarket, kan dagbogen ikke åbnes igen – af nogen. Gem gendannelsesarket et sikkert sted.</source>
            <translation>Important: if you forget the password and lose the recovery sheet, the diary cannot be opened again – by anyone. Keep the recovery sheet in a safe place.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="262" />
            <source>Opretter dagbogen …</source>
            <translation>Creating the diary …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="271" />
            <source>Computerens nøglering virker ikke, så nøglen kan ikke gemmes der. Vælg »Adgangskode« i stedet.</source>
            <translation>The computer's keychain does not work, so the key cannot be kept there. Choose “Password” instead.</translation>
        </message>
    </context>
    <context>
        <name>SecuritySection</name>
        <message>
            <location filename="../../aflastapp/gui/views/settings/security.py" line="31" />
            <source>Skift &amp;adgangskode …</source>
            <translation>Change &amp;password …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/security.py" line="33" />
            <source>Nyt &amp;gendannelsesark …</source>
            <translation>New recovery &amp;sheet …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/security.py" line="41" />
            <source>Lås automatisk efter</source>
            <translation>Lock automatically after</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/security.py" line="43" />
            <source>Lås automatisk efter:</source>
            <translation>Lock automatically after:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/security.py" line="48" />
            <source>S&amp;ikkerhed</source>
            <translation>Sec&amp;urity</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/security.py" line="56" />
            <source>Dagbogen er beskyttet med en adgangskode.</source>
            <translation>The diary is protected by a password.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/security.py" line="57" />
            <source>Brug &amp;nøgleringen i stedet</source>
            <translation>Use the &amp;keychain instead</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/security.py" line="59" />
            <source>Dagbogens nøgle ligger i computerens nøglering.</source>
            <translation>The diary's key is in the computer's keychain.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/security.py" line="60" />
            <source>Brug en &amp;adgangskode i stedet …</source>
            <translation>Use a &amp;password instead …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/security.py" line="66" />
            <source> minut</source>
            <translation> minute</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/security.py" line="66" />
            <source> minutter</source>
            <translation> minutes</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/security.py" line="98" />
            <source>Dagbogen låses nu op med computerens nøglering.</source>
            <translation>The diary is now unlocked with the computer's keychain.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/security.py" line="101" />
            <source>Med en adgangskode skal dagbogen låses op med den hver gang. Glemmer I adgangskoden, kan kun gendannelsesnøglen fra gendannelsesarket hente dagbogen tilbage (fra den nyeste sikkerhedskopi). Uden begge er dagbogen tabt.</source>
            <translation>With a password the diary must be unlocked with it every time. If you forget the password, only the recovery key from the recovery sheet can bring the diary back (from the newest backup). Without both, the diary is lost.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/security.py" line="105" />
            <source>Adgangskode</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/security.py" line="108" />
            <source>Brug en adgangskode</source>
            <translation>Use a password</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/security.py" line="118" />
            <source>Dagbogen er nu beskyttet med adgangskoden. Husk den: den skal bruges, hver gang dagbogen åbnes.</source>
            <translation>The diary is now protected by the password. Remember it: it is needed every time the diary is opened.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/security.py" line="127" />
            <source>Skift adgangskode</source>
            <translation>Change password</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/security.py" line="136" />
            <source>Adgangskoden er skiftet. Brug den nye adgangskode, næste gang dagbogen åbnes.</source>
            <translation>The password has been changed. Use the new password the next time the diary is opened.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/security.py" line="152" />
            <location filename="../../aflastapp/gui/views/settings/security.py" line="157" />
            <source>Gendannelsesark</source>
            <translation>Recovery sheet</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/security.py" line="152" />
            <source>Vil I udskrive gendannelsesarket? (Nej = gem som PDF)</source>
            <translation>Do you want to print the recovery sheet? (No = save as PDF)</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/security.py" line="159" />
            <source>Gem gendannelsesarket</source>
            <translation>Save the recovery sheet</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/security.py" line="167" />
            <source>Gendannelsesarket er gemt: %1</source>
            <translation>The recovery sheet has been saved: %1</translation>
        </message>
    </context>
    <context>
        <name>SettingsView</name>
        <message>
            <location filename="../../aflastapp/gui/views/settings/view.py" line="43" />
            <location filename="../../aflastapp/gui/views/settings/view.py" line="61" />
            <source>Indstillinger</source>
            <translation>Settings</translation>
        </message>
    </context>
    <context>
        <name>SetupWizardDialog</name>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="539" />
            <source>Opret jeres dagbog – aflastapp</source>
            <translation>Create your diary – aflastapp</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="543" />
            <source>&amp;Næste &gt;</source>
            <translation>&amp;Next &gt;</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="544" />
            <source>&lt; &amp;Tilbage</source>
            <translation>&lt; &amp;Back</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="545" />
            <source>&amp;Kom i gang</source>
            <translation>&amp;Get started</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="546" />
            <source>&amp;Annuller</source>
            <translation>&amp;Cancel</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="562" />
            <source>&amp;Hjælp</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="670" />
            <source>Laver demodata …</source>
            <translation>Making demo data …</translation>
        </message>
    </context>
    <context>
        <name>StatusEditor</name>
        <message>
            <location filename="../../aflastapp/gui/views/meetings.py" line="205" />
            <source>&lt;b&gt;Notater fra perioden&lt;/b&gt; – sæt flueben for at lægge dem som bilag til rapporten. Dobbeltklik for at indsætte teksten i svaret.</source>
            <translation>&lt;b&gt;Notes from the period&lt;/b&gt; – tick them to attach them to the report. Double-click to insert the text into the answer.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/meetings.py" line="210" />
            <source>Notater fra perioden</source>
            <translation>Notes from the period</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/meetings.py" line="228" />
            <source>&amp;Gem udkast</source>
            <translation>&amp;Save draft</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/meetings.py" line="230" />
            <source>&amp;Lav PDF …</source>
            <translation>&amp;Make PDF …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/meetings.py" line="231" />
            <source>Lav statusrapporten som PDF og vis den under Dokumenter</source>
            <translation>Make the status report as a PDF and show it under Documents</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/meetings.py" line="248" />
            <source>&lt;h3&gt;Vælg et møde&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Choose a meeting&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/meetings.py" line="274" />
            <source>&lt;h3&gt;Statusrapport til mødet %1&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Status report for the meeting %1&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/meetings.py" line="277" />
            <source>Frist: %1 – %2</source>
            <translation>Deadline: %1 – %2</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/meetings.py" line="280" />
            <source>Kilde: %1</source>
            <translation>Source: %1</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/meetings.py" line="287" />
            <source>Spørgsmålene kommer fra: %1</source>
            <translation>The questions come from: %1</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/meetings.py" line="289" />
            <source>(antaget: håndbogen giver ingen spørgsmål til familiens rapport)</source>
            <translation>(assumed: the handbook gives no questions for the family's report)</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/meetings.py" line="321" />
            <source>(ingen notater i perioden)</source>
            <translation>(no notes in the period)</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/meetings.py" line="337" />
            <source>Udkast gemt %1</source>
            <translation>Draft saved %1</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/meetings.py" line="340" />
            <source>Ikke gemt endnu</source>
            <translation>Not saved yet</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/meetings.py" line="344" />
            <source>Ændret – gemmes automatisk …</source>
            <translation>Changed – saving automatically …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/meetings.py" line="388" />
            <source>Udkastet kunne ikke gemmes</source>
            <translation>The draft could not be saved</translation>
        </message>
    </context>
    <context>
        <name>StayDialog</name>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="352" />
            <source>Ret ophold</source>
            <translation>Edit stay</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="352" />
            <source>Nyt ophold</source>
            <translation>New stay</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="355" />
            <source>Barn og aftale</source>
            <translation>Child and contract</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="360" />
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="360" />
            <source>Slut</source>
            <translation>End</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="365" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="371" />
            <source>Aflyst den</source>
            <translation>Cancelled on</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="373" />
            <source>Note til dagbogen</source>
            <translation>Note for the diary</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="374" />
            <source>Hvordan gik opholdet? (valgfrit)</source>
            <translation>How did the stay go? (optional)</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="380" />
            <source>&amp;Barn:</source>
            <translation>&amp;Child:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="381" />
            <source>&amp;Start:</source>
            <translation>&amp;Start:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="382" />
            <source>S&amp;lut:</source>
            <translation>&amp;End:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="383" />
            <source>S&amp;tatus:</source>
            <translation>S&amp;tatus:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="384" />
            <source>&amp;Aflyst den:</source>
            <translation>C&amp;ancelled on:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="387" />
            <source>&amp;Note:</source>
            <translation>&amp;Note:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="391" />
            <source>&amp;Gem</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="392" />
            <source>&amp;Annuller</source>
            <translation>&amp;Cancel</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/calendar.py" line="447" />
            <source>Slut ligger før start.</source>
            <translation>The end is before the start.</translation>
        </message>
    </context>
    <context>
        <name>SuggestionsDialog</name>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="202" />
            <source>Forslag til ture fra ophold</source>
            <translation>Suggested trips from stays</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="205" />
            <source>Ture til og fra ophold i måneden, ud fra jeres gemte ruter. Fjern flueben ved ture, der ikke blev kørt, og tryk »Gem valgte ture«.</source>
            <translation>Trips to and from the month's stays, from your saved routes. Untick trips that were not driven, and press “Save chosen trips”.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="210" />
            <source>Foreslåede ture</source>
            <translation>Suggested trips</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="227" />
            <source>Gem valgte ture</source>
            <translation>Save chosen trips</translation>
        </message>
    </context>
    <context>
        <name>TerminationDialog</name>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="180" />
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="234" />
            <source>Registrér opsigelse</source>
            <translation>Record termination</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="182" />
            <source>Aftalen for %1 (%2) er opsagt. Skriv, hvornår opsigelsen blev givet; den sidste dag foreslås ud fra kommunens opsigelsesvarsel.</source>
            <translation>The agreement for %1 (%2) has been terminated. Enter when notice was given; the last day is suggested from the municipality's notice period.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="187" />
            <source>Opsagt den</source>
            <translation>Notice given on</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="189" />
            <source>Sidste dag</source>
            <translation>Last day</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="193" />
            <source>&amp;Opsagt den:</source>
            <translation>&amp;Notice given on:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="194" />
            <source>&amp;Sidste dag:</source>
            <translation>&amp;Last day:</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="196" />
            <source>&amp;Registrér opsigelsen</source>
            <translation>&amp;Record the termination</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="235" />
            <source>Registrér, at aftalen for %1 er opsagt den %2 med sidste dag %3? Ophold efter den sidste dag regnes ikke med. I kan fortryde med Ctrl+Z.</source>
            <translation>Record that the agreement for %1 was terminated on %2 with %3 as the last day? Stays after the last day are not counted. You can undo with Ctrl+Z.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="218" />
            <source>%1 – sidste dag %2. Kilde: %3</source>
            <translation>%1 – last day %2. Source: %3</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/settings/dialogs.py" line="221" />
            <source>Håndbogen nævner ikke varslet: tjek opsigelsen eller kontrakten.</source>
            <translation>The handbook does not state the notice period: check the termination letter or the contract.</translation>
        </message>
    </context>
    <context>
        <name>TripDialog</name>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="94" />
            <source>Ret tur</source>
            <translation>Edit trip</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="94" />
            <source>Ny tur</source>
            <translation>New trip</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="101" />
            <source>Dato</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="102" />
            <source>&amp;Dato</source>
            <translation>&amp;Date</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="104" />
            <source>Aftaler turen hører til</source>
            <translation>Contracts the trip belongs to</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="114" />
            <source>&amp;Barn/aftale</source>
            <translation>&amp;Child/contract</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="115" />
            <source>Kører I med flere børn på samme tur, så sæt flueben ved dem alle: turen deles mellem aftalerne.</source>
            <translation>If you drive several children on the same trip, tick them all: the trip is shared between the contracts.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="120" />
            <source>Gemt rute</source>
            <translation>Saved route</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="121" />
            <source>(ingen – skriv selv)</source>
            <translation>(none – type it yourself)</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="125" />
            <source>&amp;Rute</source>
            <translation>&amp;Route</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="127" />
            <source>fx Afhentning hos forældre</source>
            <translation>e.g. Pick-up at the parents'</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="128" />
            <source>Formål</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="129" />
            <source>&amp;Formål</source>
            <translation>&amp;Purpose</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="131" />
            <source>Fra</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="132" />
            <source>F&amp;ra</source>
            <translation>F&amp;rom</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="134" />
            <source>adskil med komma</source>
            <translation>separate with commas</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="135" />
            <source>Via</source>
            <translation>Via</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="136" />
            <source>&amp;Via</source>
            <translation>&amp;Via</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="138" />
            <source>Til</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="139" />
            <source>&amp;Til</source>
            <translation>&amp;To</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="141" />
            <source>Km</source>
            <translation>Km</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="142" />
            <source>&amp;Km</source>
            <translation>&amp;Km</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="144" />
            <source>Kørslen aftalt med</source>
            <translation>Driving agreed with</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="145" />
            <source>hvem der har godkendt kørslen, og hvornår</source>
            <translation>who approved the driving, and when</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="146" />
            <source>&amp;Aftalt med</source>
            <translation>&amp;Agreed with</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="147" />
            <source>Nogle kommuner betaler kun kørsel, der er aftalt på forhånd (Haderslev, Nyborg; i Randers anden kørsel end til og fra aflastningen).</source>
            <translation>Some municipalities pay only for driving agreed beforehand (Haderslev, Nyborg; in Randers, driving other than to and from the relief stay).</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="152" />
            <source>Gem</source>
            <translation>Save</translation>
        </message>
    </context>
    <context>
        <name>TripsModel</name>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="81" />
            <source>Delt tur: km fordeles ligeligt mellem aftalerne</source>
            <translation>Shared trip: the km are split evenly between the contracts</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="75" />
            <source>Formål</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="77" />
            <source>Via</source>
            <translation>Via</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="79" />
            <source>Km</source>
            <translation>Km</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="76" />
            <source>Fra</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="78" />
            <source>Til</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="74" />
            <source>Dato</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/driving.py" line="80" />
            <source>Aftale</source>
            <translation>Contract</translation>
        </message>
    </context>
    <context>
        <name>Vederlag</name>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="686" />
            <source>Antal vederlag er 0, så regner programmet ingen vederlag ud, og Overblik viser 0,00 kr. Står der virkelig 0 vederlag i kontrakten?</source>
            <translation>The number of vederlag is 0, so the program works out no vederlag and Overview shows 0.00 kr. Does the contract really say 0 vederlag?</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="694" />
            <source>Ingen vederlag?</source>
            <translation>No vederlag?</translation>
        </message>
    </context>
    <context>
        <name>View</name>
        <message>
            <location filename="../../aflastapp/gui/views/base.py" line="58" />
            <source>Visning</source>
            <extracomment>the change kinds (aflastapp.gui.ops) that make this view reload; everything by default what this view's own writes (``self.execute``) change; everything by default</extracomment>
            <translation>View</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="93" />
            <source>Velkommen til aflastapp</source>
            <translation>Welcome to aflastapp</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="96" />
            <source>aflastapp er jeres krypterede dagbog over aflastningen: ophold, kørsel, udlæg og noter om barnet. Programmet regner vederlag, kost og logi og frister ud fra kommunens regler og laver de dokumenter, I sender til kommunen.

Alt bliver på denne computer, krypteret. Opsætningen tager et par minutter.</source>
            <translation>aflastapp is your encrypted diary of the relief care: stays, driving, expenses and notes about the child. It works out fees, board and lodging and deadlines from the municipality's rules and makes the documents you send to the municipality.

Everything stays on this computer, encrypted. Setting up takes a few minutes.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="104" />
            <source>Vil I bare se programmet an først? Start med opdigtede demodata – jeres rigtige dagbog opretter I bagefter.</source>
            <translation>Just want to look around first? Start with made-up demo data – you create your real diary afterwards.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="107" />
            <source>Start med &amp;demodata</source>
            <translation>Start with &amp;demo data</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="108" />
            <source>Start med demodata</source>
            <translation>Start with demo data</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="117" />
            <source>Har I brugt aflastapp på en anden computer? Hent dagbogen fra en sikkerhedskopi med gendannelsesnøglen fra jeres gendannelsesark.</source>
            <translation>Have you used aflastapp on another computer? Bring the diary back from a backup with the recovery key from your recovery sheet.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="120" />
            <source>&amp;Gendan fra sikkerhedskopi …</source>
            <translation>&amp;Restore from a backup …</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/wizard.py" line="121" />
            <source>Gendan fra sikkerhedskopi</source>
            <translation>Restore from a backup</translation>
        </message>
    </context>
    <context>
        <name>fmt</name>
        <message>
            <location filename="../../aflastapp/gui/fmt.py" line="67" />
            <source>%1 Kommunes håndbog</source>
            <translation>%1 Municipality's handbook</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/fmt.py" line="71" />
            <source>%1, afsnittet »%2«</source>
            <translation>%1, section “%2”</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/fmt.py" line="89" />
            <source>Familiens indstillinger (håndbogen angiver det ikke)</source>
            <translation>The family's settings (the handbook does not say)</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/fmt.py" line="90" />
            <source>; frist: </source>
            <translation>; deadline: </translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/fmt.py" line="91" />
            <source>KL's vejledning om hoteldøgn</source>
            <translation>KL's guidance on hotel nights</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/fmt.py" line="93" />
            <source>Ferieloven: 12,5 % feriepenge af vederlaget</source>
            <translation>The Holiday Act: 12.5 % holiday pay on the fee</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/fmt.py" line="95" />
            <source>Generelle spørgsmål til statusrapporten</source>
            <translation>General questions for the status report</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/fmt.py" line="97" />
            <source>s håndbog har ingen egne til statusrapporten</source>
            <translation>'s handbook has none of its own for the status report</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/fmt.py" line="98" />
            <source>Generelle spørgsmål – </source>
            <translation>General questions – </translation>
        </message>
    </context>
    <context>
        <name>models</name>
        <message>
            <location filename="../../aflastapp/gui/models.py" line="55" />
            <source>Døgn</source>
            <translation>Nights</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/models.py" line="55" />
            <source>Kørsel</source>
            <translation>Driving</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/models.py" line="56" />
            <location filename="../../aflastapp/gui/models.py" line="131" />
            <source>I alt</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/models.py" line="56" />
            <source>Udbetales</source>
            <translation>Paid in</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/models.py" line="116" />
            <source>Klik for at se, hvorfor beløbet er, som det er</source>
            <translation>Click to see why the amount is what it is</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/models.py" line="222" />
            <source>Frist</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/models.py" line="222" />
            <source>Om</source>
            <translation>In</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/models.py" line="222" />
            <source>Hvad</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/models.py" line="222" />
            <source>Alvor</source>
            <translation>Severity</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/models.py" line="227" />
            <source>%n dage over</source>
            <translation>%n days overdue</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/models.py" line="227" />
            <source>1 dag over</source>
            <translation>1 day overdue</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/models.py" line="229" />
            <source>i dag</source>
            <translation>today</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/models.py" line="231" />
            <source>i morgen</source>
            <translation>tomorrow</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/models.py" line="232" />
            <source>%n dage</source>
            <translation>%n days</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/models.py" line="236" />
            <source>Mister pengene</source>
            <translation>Money lost</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/models.py" line="236" />
            <source>Skal gøres</source>
            <translation>Required</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/models.py" line="263" />
            <source>Kilde: %1</source>
            <translation>Source: %1</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/models.py" line="265" />
            <source>Bygger på jeres egne indstillinger, ikke på håndbogen.</source>
            <translation>Based on your own settings, not on the handbook.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/models.py" line="282" />
            <source>Planlagt</source>
            <translation>Planned</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/models.py" line="282" />
            <source>Gennemført</source>
            <translation>Completed</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/models.py" line="283" />
            <source>Aflyst</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/models.py" line="283" />
            <source>Udeblevet</source>
            <translation>No-show</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/models.py" line="284" />
            <source>Aflyst pga. sygdom</source>
            <translation>Cancelled (illness)</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/models.py" line="55" />
            <location filename="../../aflastapp/gui/models.py" line="307" />
            <source>Barn</source>
            <translation>Child</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/models.py" line="55" />
            <source>Vederlag</source>
            <translation>Fee</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/models.py" line="55" />
            <source>Kost og logi</source>
            <translation>Board/lodging</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/models.py" line="55" />
            <source>Udlæg</source>
            <translation>Expenses</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/models.py" line="237" />
            <source>Påmindelse</source>
            <translation>Reminder</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/models.py" line="307" />
            <source>Fra</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/models.py" line="307" />
            <source>Til</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/models.py" line="307" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>printing</name>
        <message>
            <location filename="../../aflastapp/gui/printing.py" line="209" />
            <source>»%1« er gemt som %2.</source>
            <translation>“%1” has been saved as %2.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/printing.py" line="210" />
            <location filename="../../aflastapp/gui/printing.py" line="219" />
            <source>Udskrevet</source>
            <translation>Printed</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/printing.py" line="217" />
            <source>»%1« er sendt til printeren %2.</source>
            <translation>“%1” has been sent to the printer %2.</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/printing.py" line="218" />
            <source>»%1« er sendt til printeren.</source>
            <translation>“%1” has been sent to the printer.</translation>
        </message>
    </context>
    <context>
        <name>views</name>
        <message>
            <location filename="../../aflastapp/gui/views/__init__.py" line="65" />
            <source>Overblik</source>
            <translation>Overview</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/__init__.py" line="66" />
            <source>Kalender</source>
            <translation>Calendar</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/__init__.py" line="67" />
            <source>Kørsel</source>
            <translation>Driving</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/__init__.py" line="68" />
            <source>Udlæg</source>
            <translation>Expenses</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/__init__.py" line="69" />
            <source>Dagbog</source>
            <translation>Diary</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/__init__.py" line="70" />
            <source>Møder og statusrapporter</source>
            <translation>Meetings and status reports</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/__init__.py" line="71" />
            <source>Dokumenter</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/__init__.py" line="72" />
            <source>Udbetalinger</source>
            <translation>Payments</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/views/__init__.py" line="73" />
            <source>Indstillinger</source>
            <translation>Settings</translation>
        </message>
    </context>
    <context>
        <name>widgets</name>
        <message>
            <location filename="../../aflastapp/gui/widgets/common.py" line="55" />
            <source>januar</source>
            <translation>January</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/widgets/common.py" line="55" />
            <source>februar</source>
            <translation>February</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/widgets/common.py" line="55" />
            <source>marts</source>
            <translation>March</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/widgets/common.py" line="55" />
            <source>april</source>
            <translation>April</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/widgets/common.py" line="55" />
            <source>maj</source>
            <translation>May</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/widgets/common.py" line="55" />
            <source>juni</source>
            <translation>June</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/widgets/common.py" line="56" />
            <source>juli</source>
            <translation>July</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/widgets/common.py" line="56" />
            <source>august</source>
            <translation>August</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/widgets/common.py" line="56" />
            <source>september</source>
            <translation>September</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/widgets/common.py" line="56" />
            <source>oktober</source>
            <translation>October</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/widgets/common.py" line="56" />
            <source>november</source>
            <translation>November</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/widgets/common.py" line="56" />
            <source>december</source>
            <translation>December</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/widgets/common.py" line="67" />
            <source>mangler</source>
            <translation>missing</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/widgets/common.py" line="134" />
            <source>Ja</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/widgets/common.py" line="145" />
            <source>Gem</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/widgets/common.py" line="305" />
            <source>Alle børn</source>
            <translation>All children</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/widgets/common.py" line="325" />
            <location filename="../../aflastapp/gui/widgets/common.py" line="326" />
            <location filename="../../aflastapp/gui/widgets/common.py" line="468" />
            <location filename="../../aflastapp/gui/widgets/common.py" line="469" />
            <source>Forrige måned</source>
            <translation>Previous month</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/widgets/common.py" line="332" />
            <location filename="../../aflastapp/gui/widgets/common.py" line="333" />
            <location filename="../../aflastapp/gui/widgets/common.py" line="471" />
            <location filename="../../aflastapp/gui/widgets/common.py" line="472" />
            <source>Næste måned</source>
            <translation>Next month</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/widgets/common.py" line="302" />
            <source>Barn</source>
            <translation>Child</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/widgets/common.py" line="291" />
            <source>Alle aftaler</source>
            <translation>All contracts</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/widgets/common.py" line="287" />
            <source>Aftale</source>
            <translation>Contract</translation>
        </message>
        <message>
            <location filename="../../aflastapp/gui/widgets/common.py" line="135" />
            <location filename="../../aflastapp/gui/widgets/common.py" line="146" />
            <source>Annuller</source>
            <translation>Cancel</translation>
        </message>
    </context>
</TS>
