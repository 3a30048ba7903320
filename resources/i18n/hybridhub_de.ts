<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BatchesModel</name>
    <message numerus="yes">
        <source>%n problem line(s) were reported</source>
        <translation>
            <numerusform>%n problematische Zeile wurde gemeldet</numerusform>
            <numerusform>%n problematische Zeilen wurden gemeldet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrowserPage</name>
    <message>
        <source>All contributions</source>
        <translation>Alle Beiträge</translation>
    </message>
    <message>
        <source>Paper, notes and every online channel in one list. Search ignores accents and case.</source>
        <translation>Papier, Notizen und alle Online-Kanäle in einer Liste. Die Suche ignoriert Akzente und Groß-/Kleinschreibung.</translation>
    </message>
    <message>
        <source>Source of the selected contribution</source>
        <translation>Quelle des ausgewählten Beitrags</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>No contributions to show. Notes, paper forms and imported discussions appear here (if you searched or filtered, press Reset).</source>
        <translation>Keine Beiträge anzuzeigen. Notizen, Papierbögen und importierte Diskussionen erscheinen hier (wenn Sie gesucht oder gefiltert haben, drücken Sie Zurücksetzen).</translation>
    </message>
    <message>
        <source>Every time is shown in the event&apos;s time zone (Event page).</source>
        <translation>Alle Zeiten sind in der Zeitzone der Veranstaltung angegeben (Seite Veranstaltung).</translation>
    </message>
    <message>
        <source>Flag hostile</source>
        <translation>Feindselig markieren</translation>
    </message>
    <message>
        <source>Flag off-topic</source>
        <translation>Themenfremd markieren</translation>
    </message>
    <message>
        <source>Clear flag</source>
        <translation>Markierung entfernen</translation>
    </message>
    <message>
        <source>Flagged items are kept and counted as heard, but never quoted.</source>
        <translation>Markierte Einträge bleiben erhalten und zählen als gehört, werden aber nie zitiert.</translation>
    </message>
    <message>
        <source>Search words…  (&quot;a phrase&quot;, -leave-out)</source>
        <translation>Wörter suchen…  (&quot;eine Wendung&quot;, -ausschließen)</translation>
    </message>
    <message>
        <source>Offline and online</source>
        <translation>Offline und online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Flagged or not</source>
        <translation>Markiert oder nicht</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>Not flagged</source>
        <translation>Nicht markiert</translation>
    </message>
    <message>
        <source>from any day</source>
        <translation>ab beliebigem Tag</translation>
    </message>
    <message>
        <source>to any day</source>
        <translation>bis beliebigem Tag</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>Ab Tag</translation>
    </message>
    <message>
        <source>To day</source>
        <translation>Bis Tag</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Alle Sitzungen</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Alle Themen</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s)</source>
        <translation>
            <numerusform>%n Beitrag</numerusform>
            <numerusform>%n Beiträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Times in {0}</source>
        <translation>Zeiten in {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a contribution to see its source.</source>
        <translation>Wählen Sie einen Beitrag aus, um seine Quelle zu sehen.</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>As</source>
        <translation>Als</translation>
    </message>
    <message>
        <source>Voices</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>Antwort auf</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Bogen</translation>
    </message>
    <message>
        <source>Read by</source>
        <translation>Gelesen von</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Note by</source>
        <translation>Notiz von</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Sprecher/in</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Flag as hostile</source>
        <translation>Als feindselig markieren</translation>
    </message>
    <message>
        <source>Flag as off-topic</source>
        <translation>Als themenfremd markieren</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message>
        <source>Paper form</source>
        <translation>Papierformular</translation>
    </message>
    <message>
        <source>Facilitator note</source>
        <translation>Notiz der Moderation</translation>
    </message>
    <message>
        <source>Show of hands</source>
        <translation>Handzeichen</translation>
    </message>
    <message>
        <source>Check-in desk</source>
        <translation>Einlass</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Microsoft Teams</source>
        <translation>Microsoft Teams</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>Telegram</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Google Forms</source>
        <translation>Google Forms</translation>
    </message>
    <message>
        <source>Microsoft Forms</source>
        <translation>Microsoft Forms</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Discourse</source>
        <translation>Discourse</translation>
    </message>
    <message>
        <source>Mailchimp</source>
        <translation>Mailchimp</translation>
    </message>
    <message>
        <source>Other online table</source>
        <translation>Andere Online-Tabelle</translation>
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <source>Check-in desk</source>
        <translation>Einlass</translation>
    </message>
    <message>
        <source>Scan badges with the USB scanner or the camera; everything works offline.</source>
        <translation>Badges mit dem USB-Scanner oder der Kamera scannen; alles funktioniert offline.</translation>
    </message>
    <message>
        <source>Import registrations…</source>
        <translation>Anmeldungen importieren…</translation>
    </message>
    <message>
        <source>CSV or XLSX list of participants</source>
        <translation>Teilnehmerliste als CSV oder XLSX</translation>
    </message>
    <message>
        <source>Print badges…</source>
        <translation>Badges drucken…</translation>
    </message>
    <message>
        <source>A PDF of badges with QR codes</source>
        <translation>Ein PDF mit Badges und QR-Codes</translation>
    </message>
    <message>
        <source>Export log…</source>
        <translation>Protokoll exportieren…</translation>
    </message>
    <message>
        <source>Save this laptop&apos;s log for another laptop</source>
        <translation>Protokoll dieses Laptops für einen anderen speichern</translation>
    </message>
    <message>
        <source>Merge log…</source>
        <translation>Protokoll zusammenführen…</translation>
    </message>
    <message>
        <source>Add another laptop&apos;s log (safe to repeat)</source>
        <translation>Protokoll eines anderen Laptops hinzufügen (mehrfach möglich)</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>Auschecken</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>Töne</translation>
    </message>
    <message>
        <source>Scan a badge or type its code, then Enter</source>
        <translation>Badge scannen oder Code eingeben, dann Eingabe</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>Ohne Anmeldung…</translation>
    </message>
    <message>
        <source>Someone who did not register (Ctrl+N)</source>
        <translation>Jemand ohne Anmeldung (Strg+N)</translation>
    </message>
    <message>
        <source>Undo last check-in</source>
        <translation>Letzten Check-in rückgängig machen</translation>
    </message>
    <message>
        <source>This laptop: {0}</source>
        <translation>Dieser Laptop: {0}</translation>
    </message>
    <message>
        <source>Find by name</source>
        <translation>Nach Namen suchen</translation>
    </message>
    <message>
        <source>Name, organisation or badge number</source>
        <translation>Name, Organisation oder Badge-Nummer</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Start camera</source>
        <translation>Kamera starten</translation>
    </message>
    <message>
        <source>Arrival at the event</source>
        <translation>Ankunft bei der Veranstaltung</translation>
    </message>
    <message>
        <source>{0} present of {1}</source>
        <translation>{0} von {1} anwesend</translation>
    </message>
    <message>
        <source> · {0} walk-ins</source>
        <translation> · {0} ohne Anmeldung</translation>
    </message>
    <message>
        <source> · failed scans: {0}</source>
        <translation> · fehlgeschlagene Scans: {0}</translation>
    </message>
    <message>
        <source>Nothing to undo on this laptop.</source>
        <translation>Auf diesem Laptop gibt es nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>badge {0}</source>
        <translation>Badge {0}</translation>
    </message>
    <message>
        <source>No camera found on this laptop. Use the USB scanner, type the code printed under the QR, or search the name.</source>
        <translation>Keine Kamera an diesem Laptop. Nutzen Sie den USB-Scanner, tippen Sie den Code unter dem QR ein oder suchen Sie den Namen.</translation>
    </message>
    <message>
        <source>Pick a camera and start it.</source>
        <translation>Wählen Sie eine Kamera und starten Sie sie.</translation>
    </message>
    <message>
        <source>Camera stopped.</source>
        <translation>Kamera gestoppt.</translation>
    </message>
    <message>
        <source>Camera problem: {0}</source>
        <translation>Kameraproblem: {0}</translation>
    </message>
    <message>
        <source>Stop camera</source>
        <translation>Kamera stoppen</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Vollbild verlassen</translation>
    </message>
    <message>
        <source>Import registrations</source>
        <translation>Anmeldungen importieren</translation>
    </message>
    <message>
        <source>Participant lists (*.csv *.tsv *.txt *.xlsx)</source>
        <translation>Teilnehmerlisten (*.csv *.tsv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>Registrations imported</source>
        <translation>Anmeldungen importiert</translation>
    </message>
    <message>
        <source>Importing registrations…</source>
        <translation>Anmeldungen werden importiert…</translation>
    </message>
    <message>
        <source>Save badges</source>
        <translation>Badges speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Badge layout</source>
        <translation>Badge-Layout</translation>
    </message>
    <message>
        <source>How should the badges be printed?</source>
        <translation>Wie sollen die Namensschilder gedruckt werden?</translation>
    </message>
    <message>
        <source>One A4 ticket per person</source>
        <translation>Ein A4-Ticket pro Person</translation>
    </message>
    <message>
        <source>Label sheets, 8 per page</source>
        <translation>Etikettenbögen, 8 pro Seite</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Badges ready</source>
        <translation>Badges fertig</translation>
    </message>
    <message>
        <source>{0} badges in {1}</source>
        <translation>{0} Badges in {1}</translation>
    </message>
    <message>
        <source>Writing badges…</source>
        <translation>Badges werden geschrieben…</translation>
    </message>
    <message>
        <source>Export check-in log</source>
        <translation>Einlass-Protokoll exportieren</translation>
    </message>
    <message>
        <source>Log (*.json)</source>
        <translation>Protokoll (*.json)</translation>
    </message>
    <message>
        <source>Log exported</source>
        <translation>Protokoll exportiert</translation>
    </message>
    <message>
        <source>{0} rows and {1} walk-ins written to {2}</source>
        <translation>{0} Zeilen und {1} ohne Anmeldung in {2} geschrieben</translation>
    </message>
    <message>
        <source>Merge a check-in log</source>
        <translation>Einlass-Protokoll zusammenführen</translation>
    </message>
    <message>
        <source>Log merged</source>
        <translation>Protokoll zusammengeführt</translation>
    </message>
</context>
<context>
    <name>CheckinWords</name>
    <message>
        <source>{0}: {1} rows</source>
        <translation>{0}: {1} Zeilen</translation>
    </message>
    <message>
        <source>{0} added, {1} updated, {2} already registered</source>
        <translation>{0} hinzugefügt, {1} aktualisiert, {2} bereits angemeldet</translation>
    </message>
    <message>
        <source>{0} listed twice</source>
        <translation>{0} doppelt aufgeführt</translation>
    </message>
    <message>
        <source>{0} skipped</source>
        <translation>{0} übersprungen</translation>
    </message>
    <message>
        <source>{0}: {1} new rows, {2} already here</source>
        <translation>{0}: {1} neue Zeilen, {2} bereits vorhanden</translation>
    </message>
    <message>
        <source>{0} walk-ins added</source>
        <translation>{0} Spontangäste hinzugefügt</translation>
    </message>
    <message>
        <source>walk-in badge {0} is badge {1} here</source>
        <translation>Spontangast-Schild {0} ist hier Schild {1}</translation>
    </message>
    <message>
        <source>{0} rows for a session this laptop lacks (kept as arrival)</source>
        <translation>{0} Zeilen für eine Sitzung, die dieser Laptop nicht kennt (als Ankunft behalten)</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>Welches</translation>
    </message>
    <message>
        <source>Kept now</source>
        <translation>Jetzt behalten</translation>
    </message>
    <message>
        <source>The other edit</source>
        <translation>Die andere Änderung</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>the event</source>
        <translation>die Veranstaltung</translation>
    </message>
</context>
<context>
    <name>ContributionsModel</name>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <source>Times in {0}, the event&apos;s time zone</source>
        <translation>Zeiten in {0}, der Zeitzone der Veranstaltung</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>HybridHub hit an error it did not expect. What you had saved is safe: every change is stored as it is made.

What to do: try again; if it happens again, close and restart HybridHub, and send the log file to whoever supports you.

The log is here: {0}</source>
        <translation>HybridHub ist auf einen unerwarteten Fehler gestoßen. Was Sie gespeichert hatten, ist sicher: Jede Änderung wird sofort gespeichert.

Was tun: Versuchen Sie es erneut; wenn es wieder passiert, schließen Sie HybridHub, starten Sie es neu und senden Sie die Protokolldatei an Ihre Unterstützung.

Das Protokoll liegt hier: {0}</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>What the workshop is, when and where, and why it is held. Reports open with this purpose statement.</source>
        <translation>Was der Workshop ist, wann und wo, und warum er stattfindet. Berichte beginnen mit diesem Zweck.</translation>
    </message>
    <message>
        <source>e.g. Living well with MS: community services</source>
        <translation>z. B. Gut leben mit MS: Angebote vor Ort</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Room and address, and the online link&apos;s name if hybrid</source>
        <translation>Raum und Adresse, bei hybriden Treffen auch der Name des Online-Links</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>other codes, e.g. ar, pt-BR</source>
        <translation>weitere Codes, z. B. ar, pt-BR</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Purpose statement</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Three short answers that tell a decision-maker what this consultation is for.</source>
        <translation>Drei kurze Antworten, die Entscheidungsträgern sagen, wozu diese Beteiligung dient.</translation>
    </message>
    <message>
        <source>Whose voices: who is invited, who it affects</source>
        <translation>Wessen Stimmen: wer eingeladen ist, wen es betrifft</translation>
    </message>
    <message>
        <source>What is being decided or asked</source>
        <translation>Was entschieden oder gefragt wird</translation>
    </message>
    <message>
        <source>Why now, and what happens with the results</source>
        <translation>Warum jetzt, und was mit den Ergebnissen geschieht</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Agenda items, breakouts or tables. Imported messages and notes fall into the session whose time they fall in.</source>
        <translation>Programmpunkte, Kleingruppen oder Tische. Importierte Nachrichten und Notizen gehören zu der Sitzung, in deren Zeit sie fallen.</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>Sitzung hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation>Alle Änderungen gespeichert.</translation>
    </message>
    <message>
        <source>The event&apos;s details have changes that are not saved.</source>
        <translation>Die Angaben zur Veranstaltung haben ungespeicherte Änderungen.</translation>
    </message>
    <message>
        <source>Unsaved changes — Ctrl+S saves.</source>
        <translation>Ungespeicherte Änderungen – Strg+S speichert.</translation>
    </message>
</context>
<context>
    <name>FormsPage</name>
    <message>
        <source>Paper forms</source>
        <translation>Papierbögen</translation>
    </message>
    <message>
        <source>Print feedback sheets before the session; scan the filled sheets afterwards. Every sheet is captured once, by scan or by keyed entry.</source>
        <translation>Drucken Sie die Rückmeldebögen vor der Sitzung und scannen Sie die ausgefüllten danach. Jeder Bogen wird genau einmal erfasst, per Scan oder manueller Eingabe.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Large print (bigger type and boxes)</source>
        <translation>Großdruck (größere Schrift und Kästchen)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Exemplare</translation>
    </message>
    <message>
        <source>Print to PDF…</source>
        <translation>Als PDF drucken…</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Einlesen</translation>
    </message>
    <message>
        <source>PDFs from the office scanner, or photos and TIFF files; any order.</source>
        <translation>PDFs vom Büroscanner oder Fotos und TIFF-Dateien; in beliebiger Reihenfolge.</translation>
    </message>
    <message>
        <source>Scan files…</source>
        <translation>Dateien einlesen…</translation>
    </message>
    <message>
        <source>Unidentified pages</source>
        <translation>Unbekannte Seiten</translation>
    </message>
    <message>
        <source>Pages whose QR code or corner markers could not be read. Type the sheet code written on the page to assign it, or discard it.</source>
        <translation>Seiten, deren QR-Code oder Eckmarken nicht gelesen werden konnten. Geben Sie den auf der Seite stehenden Bogencode ein, um sie zuzuordnen, oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>Pages to assign</source>
        <translation>Zuzuordnende Seiten</translation>
    </message>
    <message>
        <source>Sheet code</source>
        <translation>Bogencode</translation>
    </message>
    <message>
        <source>Page of the form</source>
        <translation>Seite des Formulars</translation>
    </message>
    <message>
        <source>page </source>
        <translation>Seite </translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuordnen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>(no session)</source>
        <translation>(keine Sitzung)</translation>
    </message>
    <message>
        <source>Save the sheets as PDF</source>
        <translation>Bögen als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing {0} sheets…</source>
        <translation>{0} Bögen werden vorbereitet…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Wird gedruckt…</translation>
    </message>
    <message>
        <source>{0} sheets, {1} pages written to {2}</source>
        <translation>{0} Bögen, {1} Seiten in {2} geschrieben</translation>
    </message>
    <message>
        <source>Choose scanned sheets</source>
        <translation>Gescannte Bögen wählen</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Reading {0} file(s)…</source>
        <translation>{0} Datei(en) werden gelesen…</translation>
    </message>
    <message>
        <source>{pages} pages: {identified} identified, {duplicates} already captured, {unidentified} unidentified. {auto} answers read, {review} for review.</source>
        <translation>{pages} Seiten: {identified} erkannt, {duplicates} bereits erfasst, {unidentified} unbekannt. {auto} Antworten gelesen, {review} zur Prüfung.</translation>
    </message>
    <message>
        <source>Scan cancelled: nothing was stored.</source>
        <translation>Scan abgebrochen: Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>No unidentified pages.</source>
        <translation>Keine unbekannten Seiten.</translation>
    </message>
    <message>
        <source>Page assigned: {0} answers read, {1} for review.</source>
        <translation>Seite zugeordnet: {0} Antworten gelesen, {1} zur Prüfung.</translation>
    </message>
    <message>
        <source>Discard page</source>
        <translation>Seite verwerfen</translation>
    </message>
    <message>
        <source>Remove this page from the queue? Its answers will not be read.</source>
        <translation>Diese Seite aus der Warteschlange entfernen? Ihre Antworten werden nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Guide</source>
        <translation>Anleitung</translation>
    </message>
</context>
<context>
    <name>ImportFilesModel</name>
    <message>
        <source>not recognised</source>
        <translation>nicht erkannt</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import the online discussion</source>
        <translation>Die Online-Diskussion importieren</translation>
    </message>
    <message>
        <source>Chats, meeting chats and attendance reports become contributions and online attendance. Check the preview, then import; an import can be removed as a whole.</source>
        <translation>Chats, Meeting-Chats und Anwesenheitsberichte werden zu Beiträgen und Online-Anwesenheit. Prüfen Sie die Vorschau und importieren Sie dann; ein Import lässt sich als Ganzes entfernen.</translation>
    </message>
    <message>
        <source>Times in the files are in</source>
        <translation>Die Zeiten in den Dateien sind in</translation>
    </message>
    <message>
        <source>Include direct messages</source>
        <translation>Direktnachrichten einbeziehen</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Datum des Treffens</translation>
    </message>
    <message>
        <source>from the file name</source>
        <translation>aus dem Dateinamen</translation>
    </message>
    <message>
        <source>Zoom chats carry times only; set the date if the file name has none.</source>
        <translation>Zoom-Chats enthalten nur Uhrzeiten; legen Sie das Datum fest, wenn der Dateiname keins enthält.</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Zu importierende Dateien</translation>
    </message>
    <message>
        <source>Select a file to see its first 50 records.</source>
        <translation>Wählen Sie eine Datei, um ihre ersten 50 Datensätze zu sehen.</translation>
    </message>
    <message>
        <source>Preview of the selected file</source>
        <translation>Vorschau der ausgewählten Datei</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>Importierte Dateien</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Remove selected import…</source>
        <translation>Ausgewählten Import entfernen…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Choose exported files</source>
        <translation>Exportierte Dateien wählen</translation>
    </message>
    <message>
        <source>Exports (*.*)</source>
        <translation>Exporte (*.*)</translation>
    </message>
    <message>
        <source>Recognising files…</source>
        <translation>Dateien werden erkannt…</translation>
    </message>
    <message>
        <source>Complete the steps above to see a preview.</source>
        <translation>Schließen Sie die Schritte oben ab, um eine Vorschau zu sehen.</translation>
    </message>
    <message>
        <source>needs attention (see the preview)</source>
        <translation>braucht Aufmerksamkeit (siehe Vorschau)</translation>
    </message>
    <message numerus="yes">
        <source> (first %n records)</source>
        <translation>
            <numerusform> (erster Datensatz)</numerusform>
            <numerusform> (erste %n Datensätze)</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview of {source}: {label}, written in {zone}, shown in {event}{more}</source>
        <translation>Vorschau von {source}: {label}, geschrieben in {zone}, angezeigt in {event}{more}</translation>
    </message>
    <message>
        <source>This chat does not say which day it was: choose the meeting date above.</source>
        <translation>Dieser Chat nennt den Tag nicht: Wählen Sie oben das Datum der Besprechung.</translation>
    </message>
    <message>
        <source>Cannot preview: {0}</source>
        <translation>Keine Vorschau möglich: {0}</translation>
    </message>
    <message>
        <source>Dates outside the event</source>
        <translation>Daten außerhalb der Veranstaltung</translation>
    </message>
    <message>
        <source>{0}

Is this the right file for this event?</source>
        <translation>{0}

Ist das die richtige Datei für diese Veranstaltung?</translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation>Trotzdem importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Checking the dates…</source>
        <translation>Daten werden geprüft…</translation>
    </message>
    <message>
        <source>⚠ Dates outside the event: the file runs {found}, the event is on {event} ({n} of {m}).</source>
        <translation>⚠ Daten außerhalb der Veranstaltung: Die Datei umfasst {found}, die Veranstaltung ist am {event} ({n} von {m}).</translation>
    </message>
    <message>
        <source>Is this the right file for this event? You can still import it: Import will ask.</source>
        <translation>Ist das die richtige Datei für diese Veranstaltung? Sie können sie trotzdem importieren: Import fragt nach.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>imported: {0} added</source>
        <translation>importiert: {0} hinzugefügt</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>nicht importiert</translation>
    </message>
    <message>
        <source>Import cancelled before it started: nothing was imported.</source>
        <translation>Import vor dem Start abgebrochen: Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Remove the import of {0}? Its {1} contributions and the people only it brought in are removed.</source>
        <translation>Den Import von {0} entfernen? Seine {1} Beiträge und die Personen, die nur durch ihn hinzukamen, werden entfernt.</translation>
    </message>
    <message>
        <source>Remove import</source>
        <translation>Import entfernen</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message numerus="yes">
        <source>Import %n file(s)</source>
        <translation>
            <numerusform>%n Datei importieren</numerusform>
            <numerusform>%n Dateien importieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyedEntryPage</name>
    <message>
        <source>Keyed entry</source>
        <translation>Manuelle Eingabe</translation>
    </message>
    <message>
        <source>Type the sheet code printed under the QR code, or scan the QR with the USB scanner. Then type each answer&apos;s number, Tab to the next, Enter to save.</source>
        <translation>Geben Sie den Bogencode unter dem QR-Code ein oder scannen Sie den QR-Code mit dem USB-Scanner. Dann die Nummer jeder Antwort eingeben, Tab zur nächsten, Eingabe zum Speichern.</translation>
    </message>
    <message>
        <source>Sheet code, e.g. K7QH4M</source>
        <translation>Bogencode, z. B. K7QH4M</translation>
    </message>
    <message>
        <source>Open sheet</source>
        <translation>Bogen öffnen</translation>
    </message>
    <message>
        <source>Close sheet</source>
        <translation>Bogen schließen</translation>
    </message>
    <message>
        <source>Save answers (Enter)</source>
        <translation>Antworten speichern (Eingabe)</translation>
    </message>
    <message>
        <source>Sheet {0} · {1}{2} · {3}</source>
        <translation>Bogen {0} · {1}{2} · {3}</translation>
    </message>
    <message>
        <source>No sheet open</source>
        <translation>Kein Bogen geöffnet</translation>
    </message>
    <message>
        <source>Sheet {0} saved: {1} answers. Next sheet?</source>
        <translation>Bogen {0} gespeichert: {1} Antworten. Nächster Bogen?</translation>
    </message>
</context>
<context>
    <name>LaptopWords</name>
    <message>
        <source>Organiser</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>contribution</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>contributions</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>sheet</source>
        <translation>Bogen</translation>
    </message>
    <message>
        <source>sheets</source>
        <translation>Bögen</translation>
    </message>
    <message>
        <source>import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>people</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>themes</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>coding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>codings</source>
        <translation>Kodierungen</translation>
    </message>
    <message>
        <source>tally</source>
        <translation>Zählung</translation>
    </message>
    <message>
        <source>tallies</source>
        <translation>Zählungen</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>edits</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Tally</source>
        <translation>Zählung</translation>
    </message>
    <message>
        <source>Tally option</source>
        <translation>Zähloption</translation>
    </message>
    <message>
        <source>Paper sheet</source>
        <translation>Papierbogen</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>who</source>
        <translation>wer</translation>
    </message>
    <message>
        <source>what</source>
        <translation>was</translation>
    </message>
    <message>
        <source>why</source>
        <translation>warum</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>Anfangsdatum</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>location</source>
        <translation>Raum</translation>
    </message>
    <message>
        <source>order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>age band</source>
        <translation>Altersgruppe</translation>
    </message>
    <message>
        <source>internet access</source>
        <translation>Internetzugang</translation>
    </message>
    <message>
        <source>consent to quotes</source>
        <translation>Einwilligung in Zitate</translation>
    </message>
    <message>
        <source>consent to contact</source>
        <translation>Einwilligung in Kontakt</translation>
    </message>
    <message>
        <source>consent to show the name</source>
        <translation>Einwilligung, den Namen zu zeigen</translation>
    </message>
    <message>
        <source>badge number</source>
        <translation>Ausweisnummer</translation>
    </message>
    <message>
        <source>merged into</source>
        <translation>zusammengeführt in</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>speaker group</source>
        <translation>sprechende Gruppe</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>übergeordnet</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>voices</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>flag</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>keywords</source>
        <translation>Stichwörter</translation>
    </message>
    <message>
        <source>question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>transcription</source>
        <translation>Abschrift</translation>
    </message>
    <message>
        <source>needs review</source>
        <translation>zu prüfen</translation>
    </message>
    <message>
        <source>un-merged</source>
        <translation>getrennt</translation>
    </message>
</context>
<context>
    <name>LaptopsModel</name>
    <message>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Angemeldet am</translation>
    </message>
    <message>
        <source>Last exchange</source>
        <translation>Letzter Austausch</translation>
    </message>
    <message>
        <source>What it contributed</source>
        <translation>Was er beigetragen hat</translation>
    </message>
    <message>
        <source>{0}  (this laptop)</source>
        <translation>{0}  (dieser Laptop)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>noch nichts</translation>
    </message>
</context>
<context>
    <name>LaptopsPage</name>
    <message>
        <source>Laptops of this event</source>
        <translation>Laptops dieser Veranstaltung</translation>
    </message>
    <message>
        <source>Each laptop keeps what it captures. Carry a bundle on a USB stick to another laptop and read it there: reading the same bundle twice adds nothing, in any order.</source>
        <translation>Jeder Laptop behält, was er erfasst. Bringen Sie ein Paket auf einem USB-Stick zu einem anderen Laptop und lesen Sie es dort ein: dasselbe Paket zweimal einzulesen fügt nichts hinzu, in beliebiger Reihenfolge.</translation>
    </message>
    <message>
        <source>Write bundle…</source>
        <translation>Paket schreiben…</translation>
    </message>
    <message>
        <source>Read bundles…</source>
        <translation>Pakete einlesen…</translation>
    </message>
    <message>
        <source>Add a laptop…</source>
        <translation>Laptop hinzufügen…</translation>
    </message>
    <message>
        <source>Edits to look at</source>
        <translation>Zu prüfende Änderungen</translation>
    </message>
    <message>
        <source>Two laptops changed the same thing before they exchanged. Every laptop kept the newer edit; choose which one stays.</source>
        <translation>Zwei Laptops haben dasselbe geändert, bevor sie getauscht haben. Alle haben die neuere Änderung behalten; wählen Sie, welche bleibt.</translation>
    </message>
    <message>
        <source>Keep this</source>
        <translation>Diese behalten</translation>
    </message>
    <message>
        <source>Keep the value every laptop holds now</source>
        <translation>Den Wert behalten, den jetzt alle Laptops haben</translation>
    </message>
    <message>
        <source>Keep that</source>
        <translation>Die andere behalten</translation>
    </message>
    <message>
        <source>Put the other laptop&apos;s edit back, on every laptop</source>
        <translation>Die Änderung des anderen Laptops wiederherstellen, auf allen Laptops</translation>
    </message>
    <message>
        <source>No conflicts: every laptop agrees on every edit it has seen.</source>
        <translation>Keine Konflikte: alle Laptops stimmen bei jeder Änderung überein, die sie gesehen haben.</translation>
    </message>
    <message>
        <source>Edits to look at ({0})</source>
        <translation>Zu prüfende Änderungen ({0})</translation>
    </message>
    <message>
        <source>{0} — kept now (by {1}): «{2}»
the other edit (by {3}): «{4}»</source>
        <translation>{0} — jetzt behalten (von {1}): „{2}“
die andere Änderung (von {3}): „{4}“</translation>
    </message>
    <message>
        <source>Write bundle</source>
        <translation>Paket schreiben</translation>
    </message>
    <message>
        <source>Wrote {0}: {1} rows. Carry it to the other laptops and read it there.</source>
        <translation>{0} geschrieben: {1} Zeilen. Bringen Sie es zu den anderen Laptops und lesen Sie es dort ein.</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Paket wird geschrieben…</translation>
    </message>
    <message>
        <source>Read bundles</source>
        <translation>Pakete einlesen</translation>
    </message>
    <message>
        <source>{0} from {1}: {2} added, {3} updated, {4} conflicts, {5} already here</source>
        <translation>{0} von {1}: {2} hinzugefügt, {3} aktualisiert, {4} Konflikte, {5} schon vorhanden</translation>
    </message>
    <message>
        <source>Reading bundles…</source>
        <translation>Pakete werden eingelesen…</translation>
    </message>
    <message>
        <source>Add a laptop</source>
        <translation>Laptop hinzufügen</translation>
    </message>
    <message>
        <source>Name of the new laptop (e.g. &apos;Table 2&apos; or &apos;Scanning&apos;):</source>
        <translation>Name des neuen Laptops (z. B. „Tisch 2“ oder „Scannen“):</translation>
    </message>
    <message>
        <source>Workspace for the new laptop</source>
        <translation>Arbeitsbereich für den neuen Laptop</translation>
    </message>
    <message>
        <source>Laptop added</source>
        <translation>Laptop hinzugefügt</translation>
    </message>
    <message>
        <source>Wrote {0} for laptop &apos;{1}&apos;. On this computer it is ready to use. For another computer, copy it there with its key file (Keys: export, under a passphrase), carried separately.</source>
        <translation>{0} für den Laptop „{1}“ geschrieben. Auf diesem Computer ist er bereit. Für einen anderen Computer kopieren Sie ihn mit seiner Schlüsseldatei (Schlüssel: exportieren, mit einer Passphrase), getrennt transportiert.</translation>
    </message>
    <message>
        <source>Enrolling the laptop…</source>
        <translation>Laptop wird angemeldet…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening {0}…</source>
        <translation>{0} wird geöffnet…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Workspace: {0}</source>
        <translation>Arbeitsbereich: {0}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;server workspace…</source>
        <translation>Arbeitsbereich auf einem &amp;Server öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open &amp;demo workspace</source>
        <translation>&amp;Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>&amp;Nächste Seite</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>Vo&amp;rherige Seite</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Guides</source>
        <translation>&amp;Anleitungen</translation>
    </message>
    <message>
        <source>&amp;About HybridHub</source>
        <translation>&amp;Über HybridHub</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;Undo the last check-in</source>
        <translation>Letzten &amp;Einlass rückgängig machen</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(noch keiner)</translation>
    </message>
    <message>
        <source>About HybridHub</source>
        <translation>Über HybridHub</translation>
    </message>
    <message>
        <source>HybridHub {0}

Capture the room, import the online discussion, and report so that every voice counts, offline as much as online.</source>
        <translation>HybridHub {0}

Den Raum erfassen, die Online-Diskussion importieren und so berichten, dass jede Stimme zählt – offline so viel wie online.</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Title of the event:</source>
        <translation>Titel der Veranstaltung:</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Open server workspace</source>
        <translation>Arbeitsbereich auf einem Server öffnen</translation>
    </message>
    <message>
        <source>The database {0} holds no event yet. Create a new event there?</source>
        <translation>Die Datenbank {0} enthält noch keine Veranstaltung. Dort eine neue Veranstaltung anlegen?</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Einlass</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Paper forms</source>
        <translation>Papierbögen</translation>
    </message>
    <message>
        <source>Keyed entry</source>
        <translation>Manuelle Eingabe</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Durchsuchen</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Laptops</source>
        <translation>Laptops</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Columns of {0}</source>
        <translation>Spalten von {0}</translation>
    </message>
    <message>
        <source>{0} rows. Say what each column holds. E-mail addresses and phone numbers are only kept as keyed hashes, to recognise people when the list is imported again.</source>
        <translation>{0} Zeilen. Geben Sie an, was jede Spalte enthält. E-Mail-Adressen und Telefonnummern werden nur als verschlüsselte Prüfsummen gespeichert, um Personen bei einem erneuten Import der Liste wiederzuerkennen.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
</context>
<context>
    <name>MappingStep</name>
    <message>
        <source>Preset</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>A short name such as circle, viber or forum</source>
        <translation>Ein kurzer Name wie Kreis, Viber oder Forum</translation>
    </message>
    <message>
        <source>Name for this mapping</source>
        <translation>Name dieser Zuordnung</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Spalten der Datei</translation>
    </message>
    <message>
        <source>Paper form</source>
        <translation>Papierbogen</translation>
    </message>
    <message>
        <source>Remember for this form</source>
        <translation>Für dieses Formular merken</translation>
    </message>
    <message>
        <source>Questions of the form</source>
        <translation>Fragen des Formulars</translation>
    </message>
    <message>
        <source>Paper-form question</source>
        <translation>Frage des Papierbogens</translation>
    </message>
    <message>
        <source>Online column</source>
        <translation>Online-Spalte</translation>
    </message>
    <message>
        <source>Older column</source>
        <translation>Ältere Spalte</translation>
    </message>
    <message>
        <source>Online answers → paper options</source>
        <translation>Online-Antworten → Papieroptionen</translation>
    </message>
    <message>
        <source>When the online form was edited, older answers sit in the question&apos;s old column</source>
        <translation>Wurde das Online-Formular geändert, stehen ältere Antworten in der alten Spalte der Frage</translation>
    </message>
    <message>
        <source>Map the columns of {0}</source>
        <translation>Spalten von {0} zuordnen</translation>
    </message>
    <message>
        <source>Choose which column holds the author, time and text (thread and room are optional). Rows above the header are skipped.</source>
        <translation>Wählen Sie, welche Spalte Autor, Zeit und Text enthält (Thread und Raum sind optional). Zeilen über der Kopfzeile werden übersprungen.</translation>
    </message>
    <message>
        <source>Map the online form to a paper form</source>
        <translation>Online-Formular einem Papierbogen zuordnen</translation>
    </message>
    <message>
        <source>Free-text answers become contributions. Choose the paper form this online form mirrors to keep its ratings and choices as answers next to the paper ones.</source>
        <translation>Freitextantworten werden zu Beiträgen. Wählen Sie den Papierbogen, dem dieses Online-Formular entspricht, damit seine Bewertungen und Auswahlen als Antworten neben denen auf Papier stehen.</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Zuordnung speichern</translation>
    </message>
    <message>
        <source>Choose at least the text column first.</source>
        <translation>Wählen Sie zuerst mindestens die Textspalte.</translation>
    </message>
    <message>
        <source>Saved as ‘{0}’.</source>
        <translation>Gespeichert als „{0}“.</translation>
    </message>
    <message>
        <source>Using the mapping saved as ‘{0}’</source>
        <translation>Mit der als „{0}“ gespeicherten Zuordnung</translation>
    </message>
    <message>
        <source>Suggested from the question labels: check it</source>
        <translation>Aus den Fragetexten vorgeschlagen: bitte prüfen</translation>
    </message>
    <message>
        <source>(not asked online)</source>
        <translation>(online nicht gefragt)</translation>
    </message>
    <message>
        <source>Saved as ‘{0}’: the next export of this form uses it</source>
        <translation>Gespeichert als „{0}“: der nächste Export dieses Formulars verwendet es</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Type what the room says. Enter saves, Shift+Enter breaks the line, #tags become themes.</source>
        <translation>Tippen Sie, was im Raum gesagt wird. Eingabe speichert, Umschalt+Eingabe bricht die Zeile um, #Schlagwörter werden zu Themen.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Voices</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>How many people speak through this note (a table of 8: 8)</source>
        <translation>Wie viele Personen durch diese Notiz sprechen (ein Tisch mit 8: 8)</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Sprecher/in</translation>
    </message>
    <message>
        <source>a person or a group</source>
        <translation>eine Person oder eine Gruppe</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>The note is a verbatim quote</source>
        <translation>Die Notiz ist ein wörtliches Zitat</translation>
    </message>
    <message>
        <source>What is being said…</source>
        <translation>Was gesagt wird…</translation>
    </message>
    <message>
        <source>Save note  ⏎</source>
        <translation>Notiz speichern  ⏎</translation>
    </message>
    <message>
        <source>Notes of this session</source>
        <translation>Notizen dieser Sitzung</translation>
    </message>
    <message>
        <source>Tallies</source>
        <translation>Zählungen</translation>
    </message>
    <message>
        <source>Show of hands and dot votes</source>
        <translation>Handzeichen und Punktabfragen</translation>
    </message>
    <message>
        <source>New tally…</source>
        <translation>Neue Zählung…</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>Keine Sitzung</translation>
    </message>
    <message>
        <source>  (now)</source>
        <translation>  (jetzt)</translation>
    </message>
    <message>
        <source>Times in {0}, the event&apos;s time zone</source>
        <translation>Zeiten in {0}, der Zeitzone der Veranstaltung</translation>
    </message>
    <message>
        <source>⚠ This laptop&apos;s clock says {0}, which is not a day of the agenda ({1}): choose the session yourself, or set the clock.</source>
        <translation>⚠ Die Uhr dieses Laptops zeigt {0}, das ist kein Tag des Programms ({1}): Wählen Sie die Sitzung selbst oder stellen Sie die Uhr.</translation>
    </message>
    <message>
        <source>Unsaved note recovered from the last session</source>
        <translation>Ungespeicherte Notiz aus der letzten Sitzung wiederhergestellt</translation>
    </message>
    <message>
        <source>Draft kept safe at %1</source>
        <translation>Entwurf um %1 gesichert</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%n voices</source>
        <translation>
            <numerusform>%n Stimme</numerusform>
            <numerusform>%n Stimmen</numerusform>
        </translation>
    </message>
    <message>
        <source>quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>New tally</source>
        <translation>Neue Zählung</translation>
    </message>
    <message>
        <source>Question (e.g. &apos;Which change first?&apos;)</source>
        <translation>Frage (z. B. „Was zuerst ändern?“)</translation>
    </message>
    <message>
        <source>Options, separated by commas</source>
        <translation>Optionen, durch Kommas getrennt</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>people took part</source>
        <translation>Personen haben teilgenommen</translation>
    </message>
    <message>
        <source>took part offline</source>
        <translation>haben offline teilgenommen</translation>
    </message>
    <message>
        <source>took part online</source>
        <translation>haben online teilgenommen</translation>
    </message>
    <message>
        <source>contributions</source>
        <translation>Beiträge</translation>
    </message>
    <message>
        <source>check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>paper sheets</source>
        <translation>Papierbögen</translation>
    </message>
    <message>
        <source>Contributions by channel</source>
        <translation>Beiträge nach Kanal</translation>
    </message>
    <message>
        <source>Terracotta: offline channels (room, paper, SMS). Blue: online channels.</source>
        <translation>Terrakotta: Offline-Kanäle (Raum, Papier, SMS). Blau: Online-Kanäle.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>set the dates, the time zone and the agenda.</source>
        <translation>Daten, Zeitzone und Programm festlegen.</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Einlass</translation>
    </message>
    <message>
        <source>import the registration list and print badges.</source>
        <translation>Anmeldeliste importieren und Badges drucken.</translation>
    </message>
    <message>
        <source>Paper forms</source>
        <translation>Papierformulare</translation>
    </message>
    <message>
        <source>print feedback forms for each session.</source>
        <translation>Feedbackbögen für jede Sitzung drucken.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>type what the room says, on the day.</source>
        <translation>am Tag festhalten, was im Raum gesagt wird.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>drop the chat and form exports of the online side.</source>
        <translation>die Exporte der Chats und Online-Formulare ablegen.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>when it is over: a PDF that counts people.</source>
        <translation>wenn alles vorbei ist: ein PDF, das Personen zählt.</translation>
    </message>
    <message>
        <source>Nothing here yet. Next steps:</source>
        <translation>Noch nichts hier. Nächste Schritte:</translation>
    </message>
    <message numerus="yes">
        <source>through %n channel(s)</source>
        <translation>
            <numerusform>über %n Kanal</numerusform>
            <numerusform>über %n Kanäle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n named people</source>
        <translation>
            <numerusform>%n Person mit Namen</numerusform>
            <numerusform>%n Personen mit Namen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voices in notes</source>
        <translation>
            <numerusform>%n Stimme in Notizen</numerusform>
            <numerusform>%n Stimmen in Notizen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a name</source>
        <translation>
            <numerusform>%n ohne Namen</numerusform>
            <numerusform>%n ohne Namen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more came without contributing</source>
        <translation>
            <numerusform>und %n weitere Person kam, ohne beizutragen</numerusform>
            <numerusform>und %n weitere kamen, ohne beizutragen</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} only offline · in the room, on paper or by SMS</source>
        <translation>{0} nur offline · im Raum, auf Papier oder per SMS</translation>
    </message>
    <message>
        <source>{0} only online · {1} on both sides</source>
        <translation>{0} nur online · {1} auf beiden Seiten</translation>
    </message>
    <message>
        <source>door scans and online attendance</source>
        <translation>Scans am Eingang und Online-Anwesenheit</translation>
    </message>
    <message>
        <source>{0} captured</source>
        <translation>{0} erfasst</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>May be quoted</source>
        <translation>Darf zitiert werden</translation>
    </message>
    <message>
        <source>Name may be shown</source>
        <translation>Name darf gezeigt werden</translation>
    </message>
    <message>
        <source>May be contacted</source>
        <translation>Darf kontaktiert werden</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Everyone who took part, how they appear in each channel, and what they agreed to.</source>
        <translation>Alle, die teilgenommen haben, wie sie in jedem Kanal erscheinen und wozu sie zugestimmt haben.</translation>
    </message>
    <message>
        <source>Find a name, pseudonym or channel name…</source>
        <translation>Name, Pseudonym oder Kanalname suchen…</translation>
    </message>
    <message>
        <source>Nobody yet. People appear as they check in, fill in a paper form, are named in a note or post in an imported discussion.</source>
        <translation>Noch niemand. Personen erscheinen, wenn sie am Einlass ankommen, einen Papierbogen ausfüllen, in einer Notiz genannt werden oder in einer importierten Diskussion schreiben.</translation>
    </message>
    <message>
        <source>Suggested merges</source>
        <translation>Vorgeschlagene Zusammenführungen</translation>
    </message>
    <message>
        <source>Probably the same person</source>
        <translation>Wahrscheinlich dieselbe Person</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>No one looks like a duplicate of someone else.</source>
        <translation>Niemand scheint ein Doppeleintrag eines anderen zu sein.</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identitäten</translation>
    </message>
    <message>
        <source>Checked: yes; empty: no; partly: not asked</source>
        <translation>Angehakt: ja; leer: nein; teilweise: nicht gefragt</translation>
    </message>
    <message>
        <source>Merged into this record</source>
        <translation>In diesen Eintrag zusammengeführt</translation>
    </message>
    <message>
        <source>Un-merge selected</source>
        <translation>Ausgewählte Zusammenführung aufheben</translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation>Diese Person löschen…</translation>
    </message>
    <message>
        <source>Nobody selected</source>
        <translation>Niemand ausgewählt</translation>
    </message>
    <message>
        <source> (phone)</source>
        <translation> (Telefon)</translation>
    </message>
    <message>
        <source> (e-mail)</source>
        <translation> (E-Mail)</translation>
    </message>
    <message>
        <source>Merge %1 into %2? Their identities and contributions move; you can un-merge later.</source>
        <translation>%1 mit %2 zusammenführen? Identitäten und Beiträge werden übertragen; Sie können das später rückgängig machen.</translation>
    </message>
    <message>
        <source>Erase %1 completely? Their %2 contributions, identities, check-ins and answers are deleted and the workspace is compacted so no trace stays. This cannot be undone.</source>
        <translation>%1 vollständig löschen? Die %2 Beiträge, Identitäten, Check-ins und Antworten werden gelöscht und der Arbeitsbereich wird verdichtet, damit keine Spur bleibt. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Erase participant</source>
        <translation>Person löschen</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>%1 was erased.</source>
        <translation>%1 wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Follow the system (light or dark)</source>
        <translation>Dem System folgen (hell oder dunkel)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language ({0})</source>
        <translation>Systemsprache ({0})</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language is used from the next start of HybridHub.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von HybridHub.</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Darstellung:</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>direct message</source>
        <translation>Direktnachricht</translation>
    </message>
    <message>
        <source>media (counted)</source>
        <translation>Medien (gezählt)</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>Anwesenheit</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>Antwort</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>One-page summary</source>
        <translation>Zusammenfassung auf einer Seite</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Wer teilgenommen hat</translation>
    </message>
    <message>
        <source>Rating questions</source>
        <translation>Bewertungsfragen</translation>
    </message>
    <message>
        <source>Each theme with quotes</source>
        <translation>Jedes Thema mit Zitaten</translation>
    </message>
    <message>
        <source>Raised mainly offline</source>
        <translation>Vor allem offline angesprochen</translation>
    </message>
    <message>
        <source>Tallies from the room</source>
        <translation>Zählungen aus dem Raum</translation>
    </message>
    <message>
        <source>Method and limitations</source>
        <translation>Methode und Grenzen</translation>
    </message>
    <message>
        <source>Appendix tables</source>
        <translation>Tabellen im Anhang</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>A PDF for decision-makers in which every person counts once, whether they spoke in the room, wrote on paper or typed online.</source>
        <translation>Ein PDF für Entscheidungsträger, in dem jede Person einmal zählt – ob sie im Raum gesprochen, auf Papier geschrieben oder online getippt hat.</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Sprache des Berichts</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>What to include</source>
        <translation>Was aufnehmen</translation>
    </message>
    <message>
        <source>Sessions (with all ticked, messages sent outside any session count too)</source>
        <translation>Sitzungen (sind alle angehakt, zählen auch Nachrichten außerhalb jeder Sitzung)</translation>
    </message>
    <message>
        <source>Only from</source>
        <translation>Nur von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Anonymity</source>
        <translation>Anonymität</translation>
    </message>
    <message>
        <source>Show the names of people who agreed to be named</source>
        <translation>Namen der Personen zeigen, die zugestimmt haben, genannt zu werden</translation>
    </message>
    <message>
        <source>Quote people whose consent was not recorded</source>
        <translation>Personen zitieren, deren Zustimmung nicht erfasst wurde</translation>
    </message>
    <message>
        <source>Everyone else appears by pseudonym. Phone numbers, e-mail addresses and @handles are always removed from quotes, and flagged contributions are never quoted.</source>
        <translation>Alle anderen erscheinen mit Pseudonym. Telefonnummern, E-Mail-Adressen und @Namen werden immer aus Zitaten entfernt, und markierte Beiträge werden nie zitiert.</translation>
    </message>
    <message>
        <source>Generate report…</source>
        <translation>Bericht erstellen…</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Daten exportieren…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>The first pages of the last report.</source>
        <translation>Die ersten Seiten des letzten Berichts.</translation>
    </message>
    <message>
        <source>No report yet. Choose the options and press Generate.</source>
        <translation>Noch kein Bericht. Wählen Sie die Optionen und drücken Sie auf Erstellen.</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>Bericht öffnen</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Tick at least one section.</source>
        <translation>Haken Sie mindestens einen Abschnitt an.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Bericht wird vorbereitet…</translation>
    </message>
    <message>
        <source>Saved {path} ({pages} pages).</source>
        <translation>{path} gespeichert ({pages} Seiten).</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Abgebrochen: Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Export the data</source>
        <translation>Die Daten exportieren</translation>
    </message>
    <message>
        <source>{fmt} files (*.{ext})</source>
        <translation>{fmt}-Dateien (*.{ext})</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Exported {count} contributions to {path}.</source>
        <translation>{count} Beiträge nach {path} exportiert.</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>Ready — scan a badge, type its code, or search a name.</source>
        <translation>Bereit – Badge scannen, Code eingeben oder Namen suchen.</translation>
    </message>
    <message>
        <source>Check-in desk</source>
        <translation>Einlass</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Ausgecheckt</translation>
    </message>
    <message>
        <source>Session: {0}</source>
        <translation>Sitzung: {0}</translation>
    </message>
    <message>
        <source>Arrival at the event</source>
        <translation>Ankunft bei der Veranstaltung</translation>
    </message>
    <message>
        <source> · walk-in, badge {0}</source>
        <translation> · ohne Anmeldung, Badge {0}</translation>
    </message>
    <message>
        <source>Walk-in · badge {0}</source>
        <translation>Ohne Anmeldung · Badge {0}</translation>
    </message>
    <message>
        <source>Checked in at {0}</source>
        <translation>Eingecheckt um {0}</translation>
    </message>
    <message>
        <source>Checked out at {0}</source>
        <translation>Ausgecheckt um {0}</translation>
    </message>
    <message>
        <source>Not checked in, so not checked out</source>
        <translation>Nicht eingecheckt, also nicht ausgecheckt</translation>
    </message>
    <message>
        <source>Already checked out at {0} on laptop {1}</source>
        <translation>Bereits um {0} auf Laptop {1} ausgecheckt</translation>
    </message>
    <message>
        <source>Already checked in at {0} on laptop {1}</source>
        <translation>Bereits um {0} auf Laptop {1} eingecheckt</translation>
    </message>
    <message>
        <source>Check-out undone</source>
        <translation>Auschecken rückgängig gemacht</translation>
    </message>
    <message>
        <source>Check-in undone</source>
        <translation>Einchecken rückgängig gemacht</translation>
    </message>
</context>
<context>
    <name>ReviewCell</name>
    <message>
        <source>Sheet {0} · {1}</source>
        <translation>Bogen {0} · {1}</translation>
    </message>
    <message>
        <source>type the number</source>
        <translation>die Zahl eintippen</translation>
    </message>
</context>
<context>
    <name>ReviewGrid</name>
    <message>
        <source>Doubtful answers</source>
        <translation>Unsichere Antworten</translation>
    </message>
    <message>
        <source>Nothing to review. Every marked box was read with confidence.</source>
        <translation>Nichts zu prüfen. Jedes markierte Kästchen wurde sicher gelesen.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review paper answers</source>
        <translation>Papierantworten prüfen</translation>
    </message>
    <message>
        <source>Settle what the scanner could not read for sure, and type in handwritten answers: they become paper contributions next to the online ones.</source>
        <translation>Klären Sie, was der Scanner nicht sicher lesen konnte, und tippen Sie handschriftliche Antworten ab: Sie werden zu Papierbeiträgen neben den Online-Beiträgen.</translation>
    </message>
    <message>
        <source>Each picture is a whole question as scanned. Type the option&apos;s number (or a number&apos;s digits), B for no answer, Enter to accept. Arrows move, Page Down leaves the rest.</source>
        <translation>Jedes Bild zeigt eine ganze Frage, wie sie gescannt wurde. Tippen Sie die Nummer der Option (oder die Ziffern einer Zahl), B für keine Antwort, Eingabe zum Übernehmen. Pfeiltasten wechseln, Bild ab lässt den Rest für später.</translation>
    </message>
    <message>
        <source>Uncertain answers ({0})</source>
        <translation>Unsichere Antworten ({0})</translation>
    </message>
    <message>
        <source>Handwriting ({0})</source>
        <translation>Handschrift ({0})</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Open server workspace</source>
        <translation>Arbeitsbereich auf einem Server öffnen</translation>
    </message>
    <message>
        <source>An organisation&apos;s shared store on a PostgreSQL server, one database per event. Ask your administrator for these details.</source>
        <translation>Der gemeinsame Speicher einer Organisation auf einem PostgreSQL-Server, eine Datenbank je Veranstaltung. Diese Angaben erhalten Sie von Ihrer Administration.</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Server URL:</source>
        <translation>Server-URL:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>The password is not remembered. To open this workspace without typing it, keep it in your ~/.pgpass file.</source>
        <translation>Das Passwort wird nicht gespeichert. Um diesen Arbeitsbereich ohne Eingabe zu öffnen, legen Sie es in Ihrer Datei ~/.pgpass ab.</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>in-person, online or hybrid</source>
        <translation>vor Ort, online oder hybrid</translation>
    </message>
    <message>
        <source>Session {0}</source>
        <translation>Sitzung {0}</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Voices</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Detected format</source>
        <translation>Erkanntes Format</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert am</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Schon vorhanden</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>New people</source>
        <translation>Neue Personen</translation>
    </message>
    <message>
        <source>Messages held</source>
        <translation>Gespeicherte Nachrichten</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation>Name gezeigt</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Merge into it</source>
        <translation>Darin zusammenführen</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
</context>
<context>
    <name>ThemesPage</name>
    <message>
        <source>Themes</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Select contributions and press 1–9 to code them; press again to remove the code.</source>
        <translation>Wählen Sie Beiträge aus und drücken Sie 1–9, um sie zu codieren; erneut drücken entfernt die Codierung.</translation>
    </message>
    <message>
        <source>No themes yet. Press New theme, or type #tags in notes: each tag becomes a theme.</source>
        <translation>Noch keine Themen. Drücken Sie Neues Thema oder tippen Sie #Schlagwörter in Notizen: Jedes Schlagwort wird ein Thema.</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Neues Thema</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>bus, parking, accès</source>
        <translation>Bus, Parkplatz, Zugang</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Under</source>
        <translation>Unter</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Stichwörter</translation>
    </message>
    <message>
        <source>Save theme</source>
        <translation>Thema speichern</translation>
    </message>
    <message numerus="yes">
        <source>, %n suggested</source>
        <translation>
            <numerusform>, %n vorgeschlagen</numerusform>
            <numerusform>, %n vorgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
    </message>
    <message>
        <source>Delete the theme &apos;%1&apos; and its %2 codes? Sub-themes move up one level.</source>
        <translation>Das Thema „%1“ und seine %2 Codierungen löschen? Unterthemen rücken eine Ebene nach oben.</translation>
    </message>
    <message>
        <source>Delete theme</source>
        <translation>Thema löschen</translation>
    </message>
    <message>
        <source>Find contributions to code…</source>
        <translation>Beiträge zum Codieren suchen…</translation>
    </message>
    <message>
        <source>Code / uncode selected</source>
        <translation>Auswahl codieren / Codierung entfernen</translation>
    </message>
    <message>
        <source>Contributions to code</source>
        <translation>Zu codierende Beiträge</translation>
    </message>
    <message>
        <source>Suggested by keyword rules</source>
        <translation>Von Stichwortregeln vorgeschlagen</translation>
    </message>
    <message>
        <source>Run keyword rules</source>
        <translation>Stichwortregeln anwenden</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Accept all of this theme</source>
        <translation>Alle für dieses Thema annehmen</translation>
    </message>
    <message>
        <source>Suggested codes</source>
        <translation>Vorgeschlagene Codes</translation>
    </message>
    <message>
        <source>Give a theme keywords, then press Run keyword rules: matching contributions appear here.</source>
        <translation>Geben Sie einem Thema Stichwörter und drücken Sie dann Stichwortregeln anwenden: Passende Beiträge erscheinen hier.</translation>
    </message>
    <message>
        <source>No theme on key %1</source>
        <translation>Kein Thema auf Taste %1</translation>
    </message>
    <message>
        <source>Select one or more contributions first</source>
        <translation>Wählen Sie zuerst einen oder mehrere Beiträge aus</translation>
    </message>
    <message numerus="yes">
        <source>Coded %n with &apos;%1&apos;</source>
        <translation>
            <numerusform>%n mit „%1“ codiert</numerusform>
            <numerusform>%n mit „%1“ codiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed &apos;%1&apos; from %n</source>
        <translation>
            <numerusform>„%1“ von %n entfernt</numerusform>
            <numerusform>„%1“ von %n entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new suggestion(s)</source>
        <translation>
            <numerusform>%n neuer Vorschlag</numerusform>
            <numerusform>%n neue Vorschläge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Walk-in</source>
        <translation>Ohne Anmeldung</translation>
    </message>
    <message>
        <source>Everything is optional. Without a name the person is known by a badge number.</source>
        <translation>Alles ist freiwillig. Ohne Namen ist die Person unter einer Badge-Nummer bekannt.</translation>
    </message>
    <message>
        <source>e.g. Amira Haddad</source>
        <translation>z. B. Amira Haddad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Add and check in</source>
        <translation>Hinzufügen und einchecken</translation>
    </message>
</context>
<context>
    <name>WriteWaitNotice</name>
    <message>
        <source>Another HybridHub is writing to this workspace; your change waits its turn (up to {0} s)…</source>
        <translation>Ein anderes HybridHub schreibt gerade in diesen Arbeitsbereich; Ihre Änderung wartet, bis sie an der Reihe ist (bis zu {0} s)…</translation>
    </message>
</context>
<context>
    <name>_AnswerEdit</name>
    <message>
        <source>digits, e.g. 13</source>
        <translation>Ziffern, z. B. 13</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>type what is written, or leave empty</source>
        <translation>tippen Sie ab, was dasteht, oder lassen Sie es leer</translation>
    </message>
    <message>
        <source>Not an option: type a number from 1 to {0}.</source>
        <translation>Keine Option: Geben Sie eine Zahl von 1 bis {0} ein.</translation>
    </message>
    <message>
        <source>Digits only, at most {0}.</source>
        <translation>Nur Ziffern, höchstens {0}.</translation>
    </message>
</context>
<context>
    <name>_Crop</name>
    <message>
        <source>(no picture of this question)</source>
        <translation>(kein Bild dieser Frage)</translation>
    </message>
</context>
<context>
    <name>_DropZone</name>
    <message>
        <source>Drop exported files or folders here: WhatsApp, Zoom, and the other formats listed under ‘Formats’. ZIP exports can be dropped as they are.</source>
        <translation>Legen Sie exportierte Dateien oder Ordner hier ab: WhatsApp, Zoom und die anderen unter „Formate“ aufgeführten Formate. ZIP-Exporte können unverändert abgelegt werden.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
</context>
<context>
    <name>_TextPane</name>
    <message>
        <source>Type exactly what is written. Ctrl+Enter saves; leave empty and save if the box holds no words.</source>
        <translation>Tippen Sie genau ab, was geschrieben steht. Strg+Eingabe speichert; leer lassen und speichern, wenn das Feld keine Wörter enthält.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Speichern (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>No handwriting waiting to be typed in.</source>
        <translation>Keine Handschrift wartet auf Eingabe.</translation>
    </message>
    <message>
        <source>Sheet {0} · {1} left</source>
        <translation>Bogen {0} · {1} übrig</translation>
    </message>
</context>
</TS>
