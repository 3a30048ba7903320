<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>BatchesModel</name>
    <message numerus="yes">
        <source>%n problem line(s) were reported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrowserPage</name>
    <message>
        <source>All contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper, notes and every online channel in one list. Search ignores accents and case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag hostile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag off-topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged items are kept and counted as heard, but never quoted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search words…  (&quot;a phrase&quot;, -leave-out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline and online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag as hostile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag as off-topic</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <source>Check-in desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan badges with the USB scanner or the camera; everything works offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import registrations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV or XLSX list of participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print badges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF of badges with QR codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this laptop&apos;s log for another laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another laptop&apos;s log (safe to repeat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a badge or type its code, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone who did not register (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo last check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, organisation or badge number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival at the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} present of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · {0} walk-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · failed scans: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo on this laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>badge {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a camera and start it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera problem: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import registrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant lists (*.csv *.tsv *.txt *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrations imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing registrations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one ticket per page?

Yes: one A4 ticket per person. No: A4 label sheets, 8 per page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} badges in {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing badges…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export check-in log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} rows and {1} walk-ins written to {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge a check-in log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log merged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContributionsModel</name>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the workshop is, when and where, and why it is held. Reports open with this purpose statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Living well with MS: community services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room and address, and the online link&apos;s name if hybrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other codes, e.g. ar, pt-BR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three short answers that tell a decision-maker what this consultation is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose voices: who is invited, who it affects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is being decided or asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why now, and what happens with the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda items, breakouts or tables. Imported messages and notes fall into the session whose time they fall in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes — Ctrl+S saves.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormsPage</name>
    <message>
        <source>Paper forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print feedback sheets before the session; scan the filled sheets afterwards. Every sheet is captured once, by scan or by keyed entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large print (bigger type and boxes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print to PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDFs from the office scanner, or photos and TIFF files; any order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unidentified pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages whose QR code or corner markers could not be read. Type the sheet code written on the page to assign it, or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no session)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the sheets as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing {0} sheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} sheets, {1} pages written to {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose scanned sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {0} file(s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{pages} pages: {identified} identified, {duplicates} already captured, {unidentified} unidentified. {auto} answers read, {review} for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan cancelled: nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unidentified pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page assigned: {0} answers read, {1} for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this page from the queue? Its answers will not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFilesModel</name>
    <message>
        <source>not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import the online discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chats, meeting chats and attendance reports become contributions and online attendance. Check the preview, then import; an import can be removed as a whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times in the files are in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include direct messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom chats carry times only; set the date if the file name has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a file to see its first 50 records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove selected import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose exported files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports (*.*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognising files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete the steps above to see a preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> (first %n records)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Preview of {source}: {label}, times in {zone}{more}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot preview: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported: {0} added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled before it started: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the import of {0}? Its {1} contributions and the people only it brought in are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyedEntryPage</name>
    <message>
        <source>Keyed entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the sheet code printed under the QR code, or scan the QR with the USB scanner. Then type each answer&apos;s number, Tab to the next, Enter to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet code, e.g. K7QH4M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save answers (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet {0} · {1}{2} · {3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sheet open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet {0} saved: {1} answers. Next sheet?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Workspace: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About HybridHub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About HybridHub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HybridHub {0}

Capture the room, import the online discussion, and report so that every voice counts, offline as much as online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyed entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Columns of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} rows. Say what each column holds. E-mail addresses and phone numbers are only kept as keyed hashes, to recognise people when the list is imported again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingStep</name>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short name such as circle, viber or forum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name for this mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember for this form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper-form question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online answers → paper options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the online form was edited, older answers sit in the question&apos;s old column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the columns of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which column holds the author, time and text (thread and room are optional). Rows above the header are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the online form to a paper form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free-text answers become contributions. Choose the paper form this online form mirrors to keep its ratings and choices as answers next to the paper ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least the text column first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as ‘{0}’.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the mapping saved as ‘{0}’</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested from the question labels: check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not asked online)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as ‘{0}’: the next export of this form uses it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what the room says. Enter saves, Shift+Enter breaks the line, #tags become themes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people speak through this note (a table of 8: 8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a person or a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is a verbatim quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is being said…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save note  ⏎</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes of this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tallies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show of hands and dot votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tally…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved note recovered from the last session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft kept safe at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n voices</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question (e.g. &apos;Which change first?&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took part offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took part online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contributions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paper sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributions by channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terracotta: offline channels (room, paper, SMS). Blue: online channels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} only offline · {1} only online · {2} both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the room, on paper or by SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chat, video meetings, forms, e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>through {0} channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>door scans and online attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} captured</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who took part, how they appear in each channel, and what they agreed to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a name, pseudonym or channel name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested merges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probably the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: yes; empty: no; partly: not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into this record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un-merge selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (phone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (e-mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 into %2? Their identities and contributions move; you can un-merge later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase %1 completely? Their %2 contributions, identities, check-ins and answers are deleted and the workspace is compacted so no trace stays. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was erased.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Follow the system (light or dark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language is used from the next start of HybridHub.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>One-page summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each theme with quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised mainly offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tallies from the room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method and limitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF for decision-makers in which every person counts once, whether they spoke in the room, wrote on paper or typed online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions (with all ticked, messages sent outside any session count too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the names of people who agreed to be named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quote people whose consent was not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone else appears by pseudonym. Phone numbers, e-mail addresses and @handles are always removed from quotes, and flagged contributions are never quoted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first pages of the last report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report yet. Choose the options and press Generate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path} ({pages} pages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{fmt} files (*.{ext})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {count} contributions to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>Ready — scan a badge, type its code, or search a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival at the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · walk-in, badge {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-in · badge {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in at {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review paper answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle what the scanner could not read for sure, and type in handwritten answers: they become paper contributions next to the online ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertain answers ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handwriting ({0})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>in-person, online or hybrid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThemesPage</name>
    <message>
        <source>Themes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select contributions and press 1–9 to code them; press again to remove the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bus, parking, accès</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n suggested</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the theme &apos;%1&apos; and its %2 codes? Sub-themes move up one level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find contributions to code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code / uncode selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested by keyword rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run keyword rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept all of this theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No theme on key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more contributions first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Coded %n with &apos;%1&apos;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed &apos;%1&apos; from %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new suggestion(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Walk-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is optional. Without a name the person is known by a badge number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Amira Haddad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add and check in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_AnswerEdit</name>
    <message>
        <source>digits, e.g. 13</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type what is written, or leave empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ChoicePane</name>
    <message>
        <source>Press the option&apos;s number (several for a multiple choice), 0 for no answer, Enter to accept and go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to review. Every marked box was read with confidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet {0} · {1} left · confidence {2:.0%}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typed: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_DropZone</name>
    <message>
        <source>Drop exported files or folders here: WhatsApp, Zoom, and the other formats listed under ‘Formats’. ZIP exports can be dropped as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_TextPane</name>
    <message>
        <source>Type exactly what is written. Ctrl+Enter saves; leave empty and save if the box holds no words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No handwriting waiting to be typed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet {0} · {1} left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
