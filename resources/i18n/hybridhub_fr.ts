<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>BatchesModel</name>
    <message numerus="yes">
        <source>%n problem line(s) were reported</source>
        <translation>
            <numerusform>%n ligne problématique a été signalée</numerusform>
            <numerusform>%n lignes problématiques ont été signalées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrowserPage</name>
    <message>
        <source>All contributions</source>
        <translation>Toutes les contributions</translation>
    </message>
    <message>
        <source>Paper, notes and every online channel in one list. Search ignores accents and case.</source>
        <translation>Le papier, les notes et tous les canaux en ligne dans une seule liste. La recherche ignore les accents et la casse.</translation>
    </message>
    <message>
        <source>Source of the selected contribution</source>
        <translation>Source de la contribution sélectionnée</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <source>No contributions to show. Notes, paper forms and imported discussions appear here (if you searched or filtered, press Reset).</source>
        <translation>Aucune contribution à afficher. Les notes, les formulaires papier et les discussions importées apparaissent ici (si vous avez cherché ou filtré, appuyez sur Réinitialiser).</translation>
    </message>
    <message>
        <source>Every time is shown in the event&apos;s time zone (Event page).</source>
        <translation>Toutes les heures sont celles du fuseau horaire de l&apos;événement (page Événement).</translation>
    </message>
    <message>
        <source>Flag hostile</source>
        <translation>Signaler hostile</translation>
    </message>
    <message>
        <source>Flag off-topic</source>
        <translation>Signaler hors sujet</translation>
    </message>
    <message>
        <source>Clear flag</source>
        <translation>Retirer le signalement</translation>
    </message>
    <message>
        <source>Flagged items are kept and counted as heard, but never quoted.</source>
        <translation>Les éléments signalés sont conservés et comptés comme entendus, mais jamais cités.</translation>
    </message>
    <message>
        <source>Search words…  (&quot;a phrase&quot;, -leave-out)</source>
        <translation>Rechercher des mots…  (&quot;une expression&quot;, -exclure)</translation>
    </message>
    <message>
        <source>Offline and online</source>
        <translation>Hors ligne et en ligne</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Flagged or not</source>
        <translation>Signalé ou non</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Signalé</translation>
    </message>
    <message>
        <source>Not flagged</source>
        <translation>Non signalé</translation>
    </message>
    <message>
        <source>from any day</source>
        <translation>depuis n&apos;importe quel jour</translation>
    </message>
    <message>
        <source>to any day</source>
        <translation>jusqu&apos;à n&apos;importe quel jour</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>À partir du jour</translation>
    </message>
    <message>
        <source>To day</source>
        <translation>Jusqu&apos;au jour</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Toutes les sessions</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s)</source>
        <translation>
            <numerusform>%n contribution</numerusform>
            <numerusform>%n contributions</numerusform>
        </translation>
    </message>
    <message>
        <source>Times in {0}</source>
        <translation>Heures de {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n sélectionnée</numerusform>
            <numerusform>%n sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a contribution to see its source.</source>
        <translation>Sélectionnez une contribution pour voir sa source.</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>As</source>
        <translation>Comme</translation>
    </message>
    <message>
        <source>Voices</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>En réponse à</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Read by</source>
        <translation>Lu par</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Note by</source>
        <translation>Note de</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant·e</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>Flag as hostile</source>
        <translation>Signaler comme hostile</translation>
    </message>
    <message>
        <source>Flag as off-topic</source>
        <translation>Signaler comme hors sujet</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message>
        <source>Paper form</source>
        <translation>Formulaire papier</translation>
    </message>
    <message>
        <source>Facilitator note</source>
        <translation>Note d&apos;animation</translation>
    </message>
    <message>
        <source>Show of hands</source>
        <translation>Vote à main levée</translation>
    </message>
    <message>
        <source>Check-in desk</source>
        <translation>Accueil</translation>
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
        <translation>E-mail</translation>
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
        <translation>Autre tableau en ligne</translation>
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <source>Check-in desk</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Scan badges with the USB scanner or the camera; everything works offline.</source>
        <translation>Scannez les badges avec le lecteur USB ou la caméra ; tout fonctionne hors ligne.</translation>
    </message>
    <message>
        <source>Import registrations…</source>
        <translation>Importer les inscriptions…</translation>
    </message>
    <message>
        <source>CSV or XLSX list of participants</source>
        <translation>Liste des participants en CSV ou XLSX</translation>
    </message>
    <message>
        <source>Print badges…</source>
        <translation>Imprimer les badges…</translation>
    </message>
    <message>
        <source>A PDF of badges with QR codes</source>
        <translation>Un PDF de badges avec QR codes</translation>
    </message>
    <message>
        <source>Export log…</source>
        <translation>Exporter le journal…</translation>
    </message>
    <message>
        <source>Save this laptop&apos;s log for another laptop</source>
        <translation>Enregistrer le journal de cet ordinateur pour un autre</translation>
    </message>
    <message>
        <source>Merge log…</source>
        <translation>Fusionner un journal…</translation>
    </message>
    <message>
        <source>Add another laptop&apos;s log (safe to repeat)</source>
        <translation>Ajouter le journal d&apos;un autre ordinateur (sans risque de doublon)</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>Sons</translation>
    </message>
    <message>
        <source>Scan a badge or type its code, then Enter</source>
        <translation>Scannez un badge ou tapez son code, puis Entrée</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>Sans inscription…</translation>
    </message>
    <message>
        <source>Someone who did not register (Ctrl+N)</source>
        <translation>Une personne non inscrite (Ctrl+N)</translation>
    </message>
    <message>
        <source>Undo last check-in</source>
        <translation>Annuler la dernière arrivée</translation>
    </message>
    <message>
        <source>This laptop: {0}</source>
        <translation>Cet ordinateur : {0}</translation>
    </message>
    <message>
        <source>Find by name</source>
        <translation>Chercher par nom</translation>
    </message>
    <message>
        <source>Name, organisation or badge number</source>
        <translation>Nom, organisation ou numéro de badge</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Start camera</source>
        <translation>Démarrer la caméra</translation>
    </message>
    <message>
        <source>Arrival at the event</source>
        <translation>Arrivée à l&apos;événement</translation>
    </message>
    <message>
        <source>{0} present of {1}</source>
        <translation>{0} présents sur {1}</translation>
    </message>
    <message>
        <source> · {0} walk-ins</source>
        <translation> · {0} sans inscription</translation>
    </message>
    <message>
        <source> · failed scans: {0}</source>
        <translation> · scans échoués : {0}</translation>
    </message>
    <message>
        <source>Nothing to undo on this laptop.</source>
        <translation>Rien à annuler sur cet ordinateur.</translation>
    </message>
    <message>
        <source>badge {0}</source>
        <translation>badge {0}</translation>
    </message>
    <message>
        <source>No camera found on this laptop. Use the USB scanner, type the code printed under the QR, or search the name.</source>
        <translation>Aucune caméra sur cet ordinateur. Utilisez le lecteur USB, tapez le code imprimé sous le QR ou cherchez le nom.</translation>
    </message>
    <message>
        <source>Pick a camera and start it.</source>
        <translation>Choisissez une caméra et démarrez-la.</translation>
    </message>
    <message>
        <source>Camera stopped.</source>
        <translation>Caméra arrêtée.</translation>
    </message>
    <message>
        <source>Camera problem: {0}</source>
        <translation>Problème de caméra : {0}</translation>
    </message>
    <message>
        <source>Stop camera</source>
        <translation>Arrêter la caméra</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Quitter le plein écran</translation>
    </message>
    <message>
        <source>Import registrations</source>
        <translation>Importer les inscriptions</translation>
    </message>
    <message>
        <source>Participant lists (*.csv *.tsv *.txt *.xlsx)</source>
        <translation>Listes de participants (*.csv *.tsv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>Registrations imported</source>
        <translation>Inscriptions importées</translation>
    </message>
    <message>
        <source>Importing registrations…</source>
        <translation>Importation des inscriptions…</translation>
    </message>
    <message>
        <source>Save badges</source>
        <translation>Enregistrer les badges</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Badge layout</source>
        <translation>Mise en page des badges</translation>
    </message>
    <message>
        <source>How should the badges be printed?</source>
        <translation>Comment imprimer les badges ?</translation>
    </message>
    <message>
        <source>One A4 ticket per person</source>
        <translation>Un billet A4 par personne</translation>
    </message>
    <message>
        <source>Label sheets, 8 per page</source>
        <translation>Planches d&apos;étiquettes, 8 par page</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Badges ready</source>
        <translation>Badges prêts</translation>
    </message>
    <message>
        <source>{0} badges in {1}</source>
        <translation>{0} badges dans {1}</translation>
    </message>
    <message>
        <source>Writing badges…</source>
        <translation>Écriture des badges…</translation>
    </message>
    <message>
        <source>Export check-in log</source>
        <translation>Exporter le journal d&apos;accueil</translation>
    </message>
    <message>
        <source>Log (*.json)</source>
        <translation>Journal (*.json)</translation>
    </message>
    <message>
        <source>Log exported</source>
        <translation>Journal exporté</translation>
    </message>
    <message>
        <source>{0} rows and {1} walk-ins written to {2}</source>
        <translation>{0} lignes et {1} personnes sans inscription écrites dans {2}</translation>
    </message>
    <message>
        <source>Merge a check-in log</source>
        <translation>Fusionner un journal d&apos;accueil</translation>
    </message>
    <message>
        <source>Log merged</source>
        <translation>Journal fusionné</translation>
    </message>
</context>
<context>
    <name>CheckinWords</name>
    <message>
        <source>{0}: {1} rows</source>
        <translation>{0} : {1} lignes</translation>
    </message>
    <message>
        <source>{0} added, {1} updated, {2} already registered</source>
        <translation>{0} ajoutées, {1} mises à jour, {2} déjà inscrites</translation>
    </message>
    <message>
        <source>{0} listed twice</source>
        <translation>{0} en double</translation>
    </message>
    <message>
        <source>{0} skipped</source>
        <translation>{0} ignorées</translation>
    </message>
    <message>
        <source>{0}: {1} new rows, {2} already here</source>
        <translation>{0} : {1} nouvelles lignes, {2} déjà présentes</translation>
    </message>
    <message>
        <source>{0} walk-ins added</source>
        <translation>{0} personnes sans inscription ajoutées</translation>
    </message>
    <message>
        <source>walk-in badge {0} is badge {1} here</source>
        <translation>le badge sans inscription {0} est ici le badge {1}</translation>
    </message>
    <message>
        <source>{0} rows for a session this laptop lacks (kept as arrival)</source>
        <translation>{0} lignes pour une session absente de cet ordinateur (gardées comme arrivée)</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>{0}: {1}</source>
        <translation>{0} : {1}</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>Lequel</translation>
    </message>
    <message>
        <source>Kept now</source>
        <translation>Gardé maintenant</translation>
    </message>
    <message>
        <source>The other edit</source>
        <translation>L&apos;autre modification</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>the event</source>
        <translation>l&apos;événement</translation>
    </message>
</context>
<context>
    <name>ContributionsModel</name>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>Times in {0}, the event&apos;s time zone</source>
        <translation>Heures de {0}, le fuseau horaire de l&apos;événement</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>HybridHub hit an error it did not expect. What you had saved is safe: every change is stored as it is made.

What to do: try again; if it happens again, close and restart HybridHub, and send the log file to whoever supports you.

The log is here: {0}</source>
        <translation>HybridHub a rencontré une erreur inattendue. Ce que vous aviez enregistré est en sécurité : chaque modification est enregistrée au moment où elle est faite.

Que faire : réessayez ; si cela se reproduit, fermez et relancez HybridHub, et envoyez le fichier journal à la personne qui vous aide.

Le journal est ici : {0}</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>What the workshop is, when and where, and why it is held. Reports open with this purpose statement.</source>
        <translation>Ce qu&apos;est l&apos;atelier, quand et où, et pourquoi il a lieu. Les rapports s&apos;ouvrent sur cette raison d&apos;être.</translation>
    </message>
    <message>
        <source>e.g. Living well with MS: community services</source>
        <translation>par ex. Bien vivre avec la SEP : services de proximité</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Room and address, and the online link&apos;s name if hybrid</source>
        <translation>Salle et adresse, et le nom du lien en ligne si hybride</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>other codes, e.g. ar, pt-BR</source>
        <translation>autres codes, par ex. ar, pt-BR</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Purpose statement</source>
        <translation>Raison d&apos;être</translation>
    </message>
    <message>
        <source>Three short answers that tell a decision-maker what this consultation is for.</source>
        <translation>Trois réponses courtes qui disent aux décideurs à quoi sert cette consultation.</translation>
    </message>
    <message>
        <source>Whose voices: who is invited, who it affects</source>
        <translation>Quelles voix : qui est invité, qui est concerné</translation>
    </message>
    <message>
        <source>What is being decided or asked</source>
        <translation>Ce qui est décidé ou demandé</translation>
    </message>
    <message>
        <source>Why now, and what happens with the results</source>
        <translation>Pourquoi maintenant, et que deviennent les résultats</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non définie</translation>
    </message>
    <message>
        <source>Agenda items, breakouts or tables. Imported messages and notes fall into the session whose time they fall in.</source>
        <translation>Points du programme, ateliers ou tables. Les messages importés et les notes vont dans la session dont l&apos;horaire les contient.</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>Ajouter une session</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation>Toutes les modifications sont enregistrées.</translation>
    </message>
    <message>
        <source>The event&apos;s details have changes that are not saved.</source>
        <translation>Les détails de l&apos;événement ont des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Unsaved changes — Ctrl+S saves.</source>
        <translation>Modifications non enregistrées — Ctrl+S enregistre.</translation>
    </message>
</context>
<context>
    <name>FormsPage</name>
    <message>
        <source>Paper forms</source>
        <translation>Formulaires papier</translation>
    </message>
    <message>
        <source>Print feedback sheets before the session; scan the filled sheets afterwards. Every sheet is captured once, by scan or by keyed entry.</source>
        <translation>Imprimez les fiches d&apos;avis avant la session ; scannez les fiches remplies ensuite. Chaque fiche est saisie une seule fois, par scan ou par saisie manuelle.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Large print (bigger type and boxes)</source>
        <translation>Gros caractères (texte et cases plus grands)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Exemplaires</translation>
    </message>
    <message>
        <source>Print to PDF…</source>
        <translation>Imprimer en PDF…</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>PDFs from the office scanner, or photos and TIFF files; any order.</source>
        <translation>PDF du scanner du bureau, ou photos et fichiers TIFF ; dans n&apos;importe quel ordre.</translation>
    </message>
    <message>
        <source>Scan files…</source>
        <translation>Scanner des fichiers…</translation>
    </message>
    <message>
        <source>Unidentified pages</source>
        <translation>Pages non identifiées</translation>
    </message>
    <message>
        <source>Pages whose QR code or corner markers could not be read. Type the sheet code written on the page to assign it, or discard it.</source>
        <translation>Pages dont le QR code ou les repères d&apos;angle n&apos;ont pas pu être lus. Tapez le code de fiche écrit sur la page pour l&apos;attribuer, ou écartez-la.</translation>
    </message>
    <message>
        <source>Pages to assign</source>
        <translation>Pages à attribuer</translation>
    </message>
    <message>
        <source>Sheet code</source>
        <translation>Code de la fiche</translation>
    </message>
    <message>
        <source>Page of the form</source>
        <translation>Page du formulaire</translation>
    </message>
    <message>
        <source>page </source>
        <translation>page </translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <source>(no session)</source>
        <translation>(aucune session)</translation>
    </message>
    <message>
        <source>Save the sheets as PDF</source>
        <translation>Enregistrer les fiches en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing {0} sheets…</source>
        <translation>Préparation de {0} fiches…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <source>{0} sheets, {1} pages written to {2}</source>
        <translation>{0} fiches, {1} pages écrites dans {2}</translation>
    </message>
    <message>
        <source>Choose scanned sheets</source>
        <translation>Choisir les fiches scannées</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Reading {0} file(s)…</source>
        <translation>Lecture de {0} fichier(s)…</translation>
    </message>
    <message>
        <source>{pages} pages: {identified} identified, {duplicates} already captured, {unidentified} unidentified. {auto} answers read, {review} for review.</source>
        <translation>{pages} pages : {identified} identifiées, {duplicates} déjà saisies, {unidentified} non identifiées. {auto} réponses lues, {review} à vérifier.</translation>
    </message>
    <message>
        <source>Scan cancelled: nothing was stored.</source>
        <translation>Scan annulé : rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>No unidentified pages.</source>
        <translation>Aucune page non identifiée.</translation>
    </message>
    <message>
        <source>Page assigned: {0} answers read, {1} for review.</source>
        <translation>Page attribuée : {0} réponses lues, {1} à vérifier.</translation>
    </message>
    <message>
        <source>Discard page</source>
        <translation>Écarter la page</translation>
    </message>
    <message>
        <source>Remove this page from the queue? Its answers will not be read.</source>
        <translation>Retirer cette page de la file ? Ses réponses ne seront pas lues.</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
</context>
<context>
    <name>ImportFilesModel</name>
    <message>
        <source>not recognised</source>
        <translation>non reconnu</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prêt</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import the online discussion</source>
        <translation>Importer la discussion en ligne</translation>
    </message>
    <message>
        <source>Chats, meeting chats and attendance reports become contributions and online attendance. Check the preview, then import; an import can be removed as a whole.</source>
        <translation>Les discussions, les chats de réunion et les rapports de présence deviennent des contributions et une présence en ligne. Vérifiez l&apos;aperçu, puis importez ; une importation peut être retirée en bloc.</translation>
    </message>
    <message>
        <source>Times in the files are in</source>
        <translation>Les heures des fichiers sont en</translation>
    </message>
    <message>
        <source>Include direct messages</source>
        <translation>Inclure les messages privés</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Date de la réunion</translation>
    </message>
    <message>
        <source>from the file name</source>
        <translation>d&apos;après le nom du fichier</translation>
    </message>
    <message>
        <source>Zoom chats carry times only; set the date if the file name has none.</source>
        <translation>Les chats Zoom ne portent que l&apos;heure ; indiquez la date si le nom du fichier n&apos;en a pas.</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Fichiers à importer</translation>
    </message>
    <message>
        <source>Select a file to see its first 50 records.</source>
        <translation>Sélectionnez un fichier pour voir ses 50 premiers enregistrements.</translation>
    </message>
    <message>
        <source>Preview of the selected file</source>
        <translation>Aperçu du fichier sélectionné</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>Fichiers importés</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <source>Remove selected import…</source>
        <translation>Retirer l&apos;importation sélectionnée…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Choose exported files</source>
        <translation>Choisir les fichiers exportés</translation>
    </message>
    <message>
        <source>Exports (*.*)</source>
        <translation>Exports (*.*)</translation>
    </message>
    <message>
        <source>Recognising files…</source>
        <translation>Reconnaissance des fichiers…</translation>
    </message>
    <message>
        <source>Complete the steps above to see a preview.</source>
        <translation>Terminez les étapes ci-dessus pour voir un aperçu.</translation>
    </message>
    <message>
        <source>needs attention (see the preview)</source>
        <translation>à vérifier (voir l&apos;aperçu)</translation>
    </message>
    <message numerus="yes">
        <source> (first %n records)</source>
        <translation>
            <numerusform> (premier enregistrement)</numerusform>
            <numerusform> (%n premiers enregistrements)</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview of {source}: {label}, written in {zone}, shown in {event}{more}</source>
        <translation>Aperçu de {source} : {label}, écrit à l&apos;heure de {zone}, affiché à l&apos;heure de {event}{more}</translation>
    </message>
    <message>
        <source>This chat does not say which day it was: choose the meeting date above.</source>
        <translation>Ce chat ne dit pas quel jour il a eu lieu : choisissez la date de la réunion ci-dessus.</translation>
    </message>
    <message>
        <source>Cannot preview: {0}</source>
        <translation>Aperçu impossible : {0}</translation>
    </message>
    <message>
        <source>Dates outside the event</source>
        <translation>Dates en dehors de l&apos;événement</translation>
    </message>
    <message>
        <source>{0}

Is this the right file for this event?</source>
        <translation>{0}

Est-ce le bon fichier pour cet événement ?</translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation>Importer quand même</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Checking the dates…</source>
        <translation>Vérification des dates…</translation>
    </message>
    <message>
        <source>⚠ Dates outside the event: the file runs {found}, the event is on {event} ({n} of {m}).</source>
        <translation>⚠ Dates en dehors de l&apos;événement : le fichier couvre {found}, l&apos;événement a lieu le {event} ({n} sur {m}).</translation>
    </message>
    <message>
        <source>Is this the right file for this event? You can still import it: Import will ask.</source>
        <translation>Est-ce le bon fichier pour cet événement ? Vous pouvez quand même l&apos;importer : Importer vous le demandera.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>imported: {0} added</source>
        <translation>importé : {0} ajoutées</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>non importé</translation>
    </message>
    <message>
        <source>Import cancelled before it started: nothing was imported.</source>
        <translation>Importation annulée avant de commencer : rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Remove the import of {0}? Its {1} contributions and the people only it brought in are removed.</source>
        <translation>Retirer l&apos;importation de {0} ? Ses {1} contributions et les personnes qu&apos;elle seule a apportées sont retirées.</translation>
    </message>
    <message>
        <source>Remove import</source>
        <translation>Retirer l&apos;importation</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retiré</translation>
    </message>
    <message numerus="yes">
        <source>Import %n file(s)</source>
        <translation>
            <numerusform>Importer %n fichier</numerusform>
            <numerusform>Importer %n fichiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyedEntryPage</name>
    <message>
        <source>Keyed entry</source>
        <translation>Saisie manuelle</translation>
    </message>
    <message>
        <source>Type the sheet code printed under the QR code, or scan the QR with the USB scanner. Then type each answer&apos;s number, Tab to the next, Enter to save.</source>
        <translation>Tapez le code de la fiche imprimé sous le QR code, ou scannez le QR avec le lecteur USB. Tapez ensuite le numéro de chaque réponse, Tab pour passer à la suivante, Entrée pour enregistrer.</translation>
    </message>
    <message>
        <source>Sheet code, e.g. K7QH4M</source>
        <translation>Code de la fiche, par ex. K7QH4M</translation>
    </message>
    <message>
        <source>Open sheet</source>
        <translation>Ouvrir la fiche</translation>
    </message>
    <message>
        <source>Close sheet</source>
        <translation>Fermer la fiche</translation>
    </message>
    <message>
        <source>Save answers (Enter)</source>
        <translation>Enregistrer les réponses (Entrée)</translation>
    </message>
    <message>
        <source>Sheet {0} · {1}{2} · {3}</source>
        <translation>Fiche {0} · {1}{2} · {3}</translation>
    </message>
    <message>
        <source>No sheet open</source>
        <translation>Aucune fiche ouverte</translation>
    </message>
    <message>
        <source>Sheet {0} saved: {1} answers. Next sheet?</source>
        <translation>Fiche {0} enregistrée : {1} réponses. Fiche suivante ?</translation>
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
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>contribution</source>
        <translation>contribution</translation>
    </message>
    <message>
        <source>contributions</source>
        <translation>contributions</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>arrivée</translation>
    </message>
    <message>
        <source>check-ins</source>
        <translation>arrivées</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>réponse</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>réponses</translation>
    </message>
    <message>
        <source>sheet</source>
        <translation>fiche</translation>
    </message>
    <message>
        <source>sheets</source>
        <translation>fiches</translation>
    </message>
    <message>
        <source>import</source>
        <translation>import</translation>
    </message>
    <message>
        <source>imports</source>
        <translation>imports</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>thème</translation>
    </message>
    <message>
        <source>themes</source>
        <translation>thèmes</translation>
    </message>
    <message>
        <source>coding</source>
        <translation>codage</translation>
    </message>
    <message>
        <source>codings</source>
        <translation>codages</translation>
    </message>
    <message>
        <source>tally</source>
        <translation>comptage</translation>
    </message>
    <message>
        <source>tallies</source>
        <translation>comptages</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>modification</translation>
    </message>
    <message>
        <source>edits</source>
        <translation>modifications</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Tally</source>
        <translation>Comptage</translation>
    </message>
    <message>
        <source>Tally option</source>
        <translation>Option de comptage</translation>
    </message>
    <message>
        <source>Paper sheet</source>
        <translation>Fiche papier</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>who</source>
        <translation>qui</translation>
    </message>
    <message>
        <source>what</source>
        <translation>quoi</translation>
    </message>
    <message>
        <source>why</source>
        <translation>pourquoi</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>date de début</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>date de fin</translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>langues</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>fuseau horaire</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>location</source>
        <translation>salle</translation>
    </message>
    <message>
        <source>order</source>
        <translation>ordre</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>region</source>
        <translation>région</translation>
    </message>
    <message>
        <source>age band</source>
        <translation>tranche d&apos;âge</translation>
    </message>
    <message>
        <source>internet access</source>
        <translation>accès à internet</translation>
    </message>
    <message>
        <source>consent to quotes</source>
        <translation>accord pour les citations</translation>
    </message>
    <message>
        <source>consent to contact</source>
        <translation>accord pour être contacté</translation>
    </message>
    <message>
        <source>consent to show the name</source>
        <translation>accord pour montrer le nom</translation>
    </message>
    <message>
        <source>badge number</source>
        <translation>numéro de badge</translation>
    </message>
    <message>
        <source>merged into</source>
        <translation>fusionné dans</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>orateur</translation>
    </message>
    <message>
        <source>speaker group</source>
        <translation>groupe qui parle</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>citation</translation>
    </message>
    <message>
        <source>session</source>
        <translation>séance</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>parent</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>voices</source>
        <translation>voix</translation>
    </message>
    <message>
        <source>flag</source>
        <translation>signalement</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>étiquettes</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>couleur</translation>
    </message>
    <message>
        <source>keywords</source>
        <translation>mots-clés</translation>
    </message>
    <message>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>label</source>
        <translation>libellé</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>status</source>
        <translation>état</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valeur</translation>
    </message>
    <message>
        <source>transcription</source>
        <translation>transcription</translation>
    </message>
    <message>
        <source>needs review</source>
        <translation>à vérifier</translation>
    </message>
    <message>
        <source>un-merged</source>
        <translation>séparé</translation>
    </message>
</context>
<context>
    <name>LaptopsModel</name>
    <message>
        <source>Laptop</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrit le</translation>
    </message>
    <message>
        <source>Last exchange</source>
        <translation>Dernier échange</translation>
    </message>
    <message>
        <source>What it contributed</source>
        <translation>Ce qu&apos;il a apporté</translation>
    </message>
    <message>
        <source>{0}  (this laptop)</source>
        <translation>{0}  (cet ordinateur)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>rien encore</translation>
    </message>
</context>
<context>
    <name>LaptopsPage</name>
    <message>
        <source>Laptops of this event</source>
        <translation>Ordinateurs de cet événement</translation>
    </message>
    <message>
        <source>Each laptop keeps what it captures. Carry a bundle on a USB stick to another laptop and read it there: reading the same bundle twice adds nothing, in any order.</source>
        <translation>Chaque ordinateur garde ce qu&apos;il saisit. Portez un paquet sur une clé USB vers un autre ordinateur et lisez-le là-bas : lire deux fois le même paquet n&apos;ajoute rien, dans n&apos;importe quel ordre.</translation>
    </message>
    <message>
        <source>Write bundle…</source>
        <translation>Écrire un paquet…</translation>
    </message>
    <message>
        <source>Read bundles…</source>
        <translation>Lire des paquets…</translation>
    </message>
    <message>
        <source>Add a laptop…</source>
        <translation>Ajouter un ordinateur…</translation>
    </message>
    <message>
        <source>Edits to look at</source>
        <translation>Modifications à examiner</translation>
    </message>
    <message>
        <source>Two laptops changed the same thing before they exchanged. Every laptop kept the newer edit; choose which one stays.</source>
        <translation>Deux ordinateurs ont changé la même chose avant leur échange. Tous ont gardé la modification la plus récente ; choisissez celle qui reste.</translation>
    </message>
    <message>
        <source>Keep this</source>
        <translation>Garder celle-ci</translation>
    </message>
    <message>
        <source>Keep the value every laptop holds now</source>
        <translation>Garder la valeur que tous les ordinateurs ont maintenant</translation>
    </message>
    <message>
        <source>Keep that</source>
        <translation>Garder l&apos;autre</translation>
    </message>
    <message>
        <source>Put the other laptop&apos;s edit back, on every laptop</source>
        <translation>Rétablir la modification de l&apos;autre ordinateur, partout</translation>
    </message>
    <message>
        <source>No conflicts: every laptop agrees on every edit it has seen.</source>
        <translation>Aucun conflit : tous les ordinateurs s&apos;accordent sur chaque modification qu&apos;ils ont vue.</translation>
    </message>
    <message>
        <source>Edits to look at ({0})</source>
        <translation>Modifications à examiner ({0})</translation>
    </message>
    <message>
        <source>{0} — kept now (by {1}): «{2}»
the other edit (by {3}): «{4}»</source>
        <translation>{0} — gardée maintenant (par {1}) : « {2} »
l&apos;autre modification (par {3}) : « {4} »</translation>
    </message>
    <message>
        <source>Write bundle</source>
        <translation>Écrire un paquet</translation>
    </message>
    <message>
        <source>Wrote {0}: {1} rows. Carry it to the other laptops and read it there.</source>
        <translation>{0} écrit : {1} lignes. Portez-le aux autres ordinateurs et lisez-le là-bas.</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Écriture du paquet…</translation>
    </message>
    <message>
        <source>Read bundles</source>
        <translation>Lire des paquets</translation>
    </message>
    <message>
        <source>{0} from {1}: {2} added, {3} updated, {4} conflicts, {5} already here</source>
        <translation>{0} de {1} : {2} ajoutés, {3} mis à jour, {4} conflits, {5} déjà là</translation>
    </message>
    <message>
        <source>Reading bundles…</source>
        <translation>Lecture des paquets…</translation>
    </message>
    <message>
        <source>Add a laptop</source>
        <translation>Ajouter un ordinateur</translation>
    </message>
    <message>
        <source>Name of the new laptop (e.g. &apos;Table 2&apos; or &apos;Scanning&apos;):</source>
        <translation>Nom du nouvel ordinateur (par ex. « Table 2 » ou « Numérisation ») :</translation>
    </message>
    <message>
        <source>Workspace for the new laptop</source>
        <translation>Espace de travail du nouvel ordinateur</translation>
    </message>
    <message>
        <source>Laptop added</source>
        <translation>Ordinateur ajouté</translation>
    </message>
    <message>
        <source>Wrote {0} for laptop &apos;{1}&apos;. On this computer it is ready to use. For another computer, copy it there with its key file (Keys: export, under a passphrase), carried separately.</source>
        <translation>{0} écrit pour l&apos;ordinateur « {1} ». Sur cet ordinateur, il est prêt. Pour un autre ordinateur, copiez-le avec son fichier de clés (Clés : exporter, sous une phrase secrète), transporté à part.</translation>
    </message>
    <message>
        <source>Enrolling the laptop…</source>
        <translation>Inscription de l&apos;ordinateur…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening {0}…</source>
        <translation>Ouverture de {0}…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Workspace: {0}</source>
        <translation>Espace de travail : {0}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>Open &amp;server workspace…</source>
        <translation>Ouvrir un espace de travail sur un &amp;serveur…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un espace &amp;récent</translation>
    </message>
    <message>
        <source>Open &amp;demo workspace</source>
        <translation>Ouvrir l&apos;espace de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Plein écran</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>Page &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>Page p&amp;récédente</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Guides</source>
        <translation>&amp;Guides</translation>
    </message>
    <message>
        <source>&amp;About HybridHub</source>
        <translation>À &amp;propos de HybridHub</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;Undo the last check-in</source>
        <translation>&amp;Annuler la dernière arrivée</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(aucun pour l&apos;instant)</translation>
    </message>
    <message>
        <source>About HybridHub</source>
        <translation>À propos de HybridHub</translation>
    </message>
    <message>
        <source>HybridHub {0}

Capture the room, import the online discussion, and report so that every voice counts, offline as much as online.</source>
        <translation>HybridHub {0}

Recueillir la parole de la salle, importer la discussion en ligne, et rendre compte pour que chaque voix compte, hors ligne autant qu&apos;en ligne.</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>Title of the event:</source>
        <translation>Titre de l&apos;événement :</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>Open server workspace</source>
        <translation>Ouvrir un espace de travail sur un serveur</translation>
    </message>
    <message>
        <source>The database {0} holds no event yet. Create a new event there?</source>
        <translation>La base de données {0} ne contient encore aucun événement. Y créer un nouvel événement ?</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Paper forms</source>
        <translation>Formulaires papier</translation>
    </message>
    <message>
        <source>Keyed entry</source>
        <translation>Saisie manuelle</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Parcourir</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Laptops</source>
        <translation>Ordinateurs</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Columns of {0}</source>
        <translation>Colonnes de {0}</translation>
    </message>
    <message>
        <source>{0} rows. Say what each column holds. E-mail addresses and phone numbers are only kept as keyed hashes, to recognise people when the list is imported again.</source>
        <translation>{0} lignes. Indiquez ce que contient chaque colonne. Les adresses e-mail et numéros de téléphone ne sont conservés que sous forme d&apos;empreintes à clé, pour reconnaître les personnes quand la liste est importée de nouveau.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
</context>
<context>
    <name>MappingStep</name>
    <message>
        <source>Preset</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>A short name such as circle, viber or forum</source>
        <translation>Un nom court, par ex. cercle, viber ou forum</translation>
    </message>
    <message>
        <source>Name for this mapping</source>
        <translation>Nom de cette association</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Colonnes du fichier</translation>
    </message>
    <message>
        <source>Paper form</source>
        <translation>Formulaire papier</translation>
    </message>
    <message>
        <source>Remember for this form</source>
        <translation>Retenir pour ce formulaire</translation>
    </message>
    <message>
        <source>Questions of the form</source>
        <translation>Questions du formulaire</translation>
    </message>
    <message>
        <source>Paper-form question</source>
        <translation>Question du formulaire papier</translation>
    </message>
    <message>
        <source>Online column</source>
        <translation>Colonne en ligne</translation>
    </message>
    <message>
        <source>Older column</source>
        <translation>Ancienne colonne</translation>
    </message>
    <message>
        <source>Online answers → paper options</source>
        <translation>Réponses en ligne → options papier</translation>
    </message>
    <message>
        <source>When the online form was edited, older answers sit in the question&apos;s old column</source>
        <translation>Quand le formulaire en ligne a été modifié, les réponses plus anciennes sont dans l&apos;ancienne colonne de la question</translation>
    </message>
    <message>
        <source>Map the columns of {0}</source>
        <translation>Associer les colonnes de {0}</translation>
    </message>
    <message>
        <source>Choose which column holds the author, time and text (thread and room are optional). Rows above the header are skipped.</source>
        <translation>Choisissez la colonne de l&apos;auteur, de l&apos;heure et du texte (fil et salon sont facultatifs). Les lignes au-dessus de l&apos;en-tête sont ignorées.</translation>
    </message>
    <message>
        <source>Map the online form to a paper form</source>
        <translation>Associer le formulaire en ligne à un formulaire papier</translation>
    </message>
    <message>
        <source>Free-text answers become contributions. Choose the paper form this online form mirrors to keep its ratings and choices as answers next to the paper ones.</source>
        <translation>Les réponses libres deviennent des contributions. Choisissez le formulaire papier dont ce formulaire en ligne est le pendant, pour garder ses notes et ses choix comme réponses à côté de celles du papier.</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Enregistrer l&apos;association</translation>
    </message>
    <message>
        <source>Choose at least the text column first.</source>
        <translation>Choisissez d&apos;abord au moins la colonne du texte.</translation>
    </message>
    <message>
        <source>Saved as ‘{0}’.</source>
        <translation>Enregistré sous « {0} ».</translation>
    </message>
    <message>
        <source>Using the mapping saved as ‘{0}’</source>
        <translation>Avec l&apos;association enregistrée sous « {0} »</translation>
    </message>
    <message>
        <source>Suggested from the question labels: check it</source>
        <translation>Suggéré d&apos;après les libellés des questions : vérifiez-le</translation>
    </message>
    <message>
        <source>(not asked online)</source>
        <translation>(pas posée en ligne)</translation>
    </message>
    <message>
        <source>Saved as ‘{0}’: the next export of this form uses it</source>
        <translation>Enregistré sous « {0} » : le prochain export de ce formulaire l&apos;utilisera</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Type what the room says. Enter saves, Shift+Enter breaks the line, #tags become themes.</source>
        <translation>Tapez ce que dit la salle. Entrée enregistre, Maj+Entrée passe à la ligne, les #étiquettes deviennent des thèmes.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Voices</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>How many people speak through this note (a table of 8: 8)</source>
        <translation>Combien de personnes s&apos;expriment par cette note (une table de 8 : 8)</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Intervenant·e</translation>
    </message>
    <message>
        <source>a person or a group</source>
        <translation>une personne ou un groupe</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>The note is a verbatim quote</source>
        <translation>La note est une citation mot pour mot</translation>
    </message>
    <message>
        <source>What is being said…</source>
        <translation>Ce qui se dit…</translation>
    </message>
    <message>
        <source>Save note  ⏎</source>
        <translation>Enregistrer la note  ⏎</translation>
    </message>
    <message>
        <source>Notes of this session</source>
        <translation>Notes de cette session</translation>
    </message>
    <message>
        <source>Tallies</source>
        <translation>Décomptes</translation>
    </message>
    <message>
        <source>Show of hands and dot votes</source>
        <translation>Votes à main levée et votes par gommettes</translation>
    </message>
    <message>
        <source>New tally…</source>
        <translation>Nouveau décompte…</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>Aucune session</translation>
    </message>
    <message>
        <source>  (now)</source>
        <translation>  (en cours)</translation>
    </message>
    <message>
        <source>Times in {0}, the event&apos;s time zone</source>
        <translation>Heures de {0}, le fuseau horaire de l&apos;événement</translation>
    </message>
    <message>
        <source>⚠ This laptop&apos;s clock says {0}, which is not a day of the agenda ({1}): choose the session yourself, or set the clock.</source>
        <translation>⚠ L&apos;horloge de cet ordinateur indique {0}, qui n&apos;est pas un jour du programme ({1}) : choisissez vous-même la session, ou réglez l&apos;horloge.</translation>
    </message>
    <message>
        <source>Unsaved note recovered from the last session</source>
        <translation>Note non enregistrée récupérée de la dernière session</translation>
    </message>
    <message>
        <source>Draft kept safe at %1</source>
        <translation>Brouillon mis en sécurité à %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message numerus="yes">
        <source>%n voices</source>
        <translation>
            <numerusform>%n voix</numerusform>
            <numerusform>%n voix</numerusform>
        </translation>
    </message>
    <message>
        <source>quote</source>
        <translation>citation</translation>
    </message>
    <message>
        <source>New tally</source>
        <translation>Nouveau décompte</translation>
    </message>
    <message>
        <source>Question (e.g. &apos;Which change first?&apos;)</source>
        <translation>Question (par ex. « Quel changement d&apos;abord ? »)</translation>
    </message>
    <message>
        <source>Options, separated by commas</source>
        <translation>Options, séparées par des virgules</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>people took part</source>
        <translation>personnes ont participé</translation>
    </message>
    <message>
        <source>took part offline</source>
        <translation>ont participé hors ligne</translation>
    </message>
    <message>
        <source>took part online</source>
        <translation>ont participé en ligne</translation>
    </message>
    <message>
        <source>contributions</source>
        <translation>contributions</translation>
    </message>
    <message>
        <source>check-ins</source>
        <translation>arrivées</translation>
    </message>
    <message>
        <source>paper sheets</source>
        <translation>fiches papier</translation>
    </message>
    <message>
        <source>Contributions by channel</source>
        <translation>Contributions par canal</translation>
    </message>
    <message>
        <source>Terracotta: offline channels (room, paper, SMS). Blue: online channels.</source>
        <translation>Terre cuite : canaux hors ligne (salle, papier, SMS). Bleu : canaux en ligne.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>set the dates, the time zone and the agenda.</source>
        <translation>fixez les dates, le fuseau horaire et le programme.</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>import the registration list and print badges.</source>
        <translation>importez la liste des inscrits et imprimez les badges.</translation>
    </message>
    <message>
        <source>Paper forms</source>
        <translation>Formulaires papier</translation>
    </message>
    <message>
        <source>print feedback forms for each session.</source>
        <translation>imprimez des formulaires d&apos;avis pour chaque session.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>type what the room says, on the day.</source>
        <translation>notez ce que dit la salle, le jour même.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>drop the chat and form exports of the online side.</source>
        <translation>déposez les exports des discussions et formulaires en ligne.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>when it is over: a PDF that counts people.</source>
        <translation>une fois terminé : un PDF qui compte les personnes.</translation>
    </message>
    <message>
        <source>Nothing here yet. Next steps:</source>
        <translation>Rien pour l&apos;instant. Prochaines étapes :</translation>
    </message>
    <message numerus="yes">
        <source>through %n channel(s)</source>
        <translation>
            <numerusform>par %n canal</numerusform>
            <numerusform>par %n canaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n named people</source>
        <translation>
            <numerusform>%n personne nommée</numerusform>
            <numerusform>%n personnes nommées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voices in notes</source>
        <translation>
            <numerusform>%n voix dans les notes</numerusform>
            <numerusform>%n voix dans les notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a name</source>
        <translation>
            <numerusform>%n sans nom</numerusform>
            <numerusform>%n sans nom</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more came without contributing</source>
        <translation>
            <numerusform>et %n autre est venue sans contribuer</numerusform>
            <numerusform>et %n autres sont venues sans contribuer</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} only offline · in the room, on paper or by SMS</source>
        <translation>{0} seulement hors ligne · dans la salle, sur papier ou par SMS</translation>
    </message>
    <message>
        <source>{0} only online · {1} on both sides</source>
        <translation>{0} seulement en ligne · {1} des deux côtés</translation>
    </message>
    <message>
        <source>door scans and online attendance</source>
        <translation>scans à l&apos;entrée et présence en ligne</translation>
    </message>
    <message>
        <source>{0} captured</source>
        <translation>{0} saisies</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>May be quoted</source>
        <translation>Peut être citée</translation>
    </message>
    <message>
        <source>Name may be shown</source>
        <translation>Son nom peut être affiché</translation>
    </message>
    <message>
        <source>May be contacted</source>
        <translation>Peut être contactée</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Everyone who took part, how they appear in each channel, and what they agreed to.</source>
        <translation>Toutes les personnes qui ont participé, comment elles apparaissent dans chaque canal et ce qu&apos;elles ont accepté.</translation>
    </message>
    <message>
        <source>Find a name, pseudonym or channel name…</source>
        <translation>Chercher un nom, un pseudonyme ou un nom dans un canal…</translation>
    </message>
    <message>
        <source>Nobody yet. People appear as they check in, fill in a paper form, are named in a note or post in an imported discussion.</source>
        <translation>Personne pour l’instant. Les personnes apparaissent quand elles arrivent à l’accueil, remplissent un formulaire papier, sont nommées dans une note ou écrivent dans une discussion importée.</translation>
    </message>
    <message>
        <source>Suggested merges</source>
        <translation>Fusions suggérées</translation>
    </message>
    <message>
        <source>Probably the same person</source>
        <translation>Probablement la même personne</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>No one looks like a duplicate of someone else.</source>
        <translation>Personne ne semble être le doublon de quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identités</translation>
    </message>
    <message>
        <source>Checked: yes; empty: no; partly: not asked</source>
        <translation>Coché : oui ; vide : non ; partiel : pas demandé</translation>
    </message>
    <message>
        <source>Merged into this record</source>
        <translation>Fusionné dans cette fiche</translation>
    </message>
    <message>
        <source>Un-merge selected</source>
        <translation>Défaire la fusion sélectionnée</translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation>Effacer cette personne…</translation>
    </message>
    <message>
        <source>Nobody selected</source>
        <translation>Aucune personne sélectionnée</translation>
    </message>
    <message>
        <source> (phone)</source>
        <translation> (téléphone)</translation>
    </message>
    <message>
        <source> (e-mail)</source>
        <translation> (e-mail)</translation>
    </message>
    <message>
        <source>Merge %1 into %2? Their identities and contributions move; you can un-merge later.</source>
        <translation>Fusionner %1 dans %2 ? Ses identités et contributions sont déplacées ; vous pourrez défaire la fusion plus tard.</translation>
    </message>
    <message>
        <source>Erase %1 completely? Their %2 contributions, identities, check-ins and answers are deleted and the workspace is compacted so no trace stays. This cannot be undone.</source>
        <translation>Effacer complètement %1 ? Ses %2 contributions, identités, arrivées et réponses sont supprimées et l&apos;espace de travail est compacté pour qu&apos;il ne reste aucune trace. C&apos;est irréversible.</translation>
    </message>
    <message>
        <source>Erase participant</source>
        <translation>Effacer la personne</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Effacé</translation>
    </message>
    <message>
        <source>%1 was erased.</source>
        <translation>%1 a été effacé·e.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Follow the system (light or dark)</source>
        <translation>Suivre le système (clair ou sombre)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System language ({0})</source>
        <translation>Langue du système ({0})</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>A new language is used from the next start of HybridHub.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de HybridHub.</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apparence :</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>message</source>
        <translation>message</translation>
    </message>
    <message>
        <source>direct message</source>
        <translation>message privé</translation>
    </message>
    <message>
        <source>media (counted)</source>
        <translation>média (compté)</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>écarté</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problème</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>présence</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>réponse</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>One-page summary</source>
        <translation>Synthèse d&apos;une page</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Qui a participé</translation>
    </message>
    <message>
        <source>Rating questions</source>
        <translation>Questions d&apos;évaluation</translation>
    </message>
    <message>
        <source>Each theme with quotes</source>
        <translation>Chaque thème avec des citations</translation>
    </message>
    <message>
        <source>Raised mainly offline</source>
        <translation>Soulevés surtout hors ligne</translation>
    </message>
    <message>
        <source>Tallies from the room</source>
        <translation>Décomptes de la salle</translation>
    </message>
    <message>
        <source>Method and limitations</source>
        <translation>Méthode et limites</translation>
    </message>
    <message>
        <source>Appendix tables</source>
        <translation>Tableaux en annexe</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>A PDF for decision-makers in which every person counts once, whether they spoke in the room, wrote on paper or typed online.</source>
        <translation>Un PDF pour les décideurs où chaque personne compte une fois, qu&apos;elle ait parlé dans la salle, écrit sur papier ou tapé en ligne.</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>What to include</source>
        <translation>Que faut-il inclure</translation>
    </message>
    <message>
        <source>Sessions (with all ticked, messages sent outside any session count too)</source>
        <translation>Sessions (si toutes sont cochées, les messages envoyés hors de toute session comptent aussi)</translation>
    </message>
    <message>
        <source>Only from</source>
        <translation>Seulement de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Anonymity</source>
        <translation>Anonymat</translation>
    </message>
    <message>
        <source>Show the names of people who agreed to be named</source>
        <translation>Afficher le nom des personnes qui ont accepté d&apos;être nommées</translation>
    </message>
    <message>
        <source>Quote people whose consent was not recorded</source>
        <translation>Citer les personnes dont le consentement n&apos;a pas été recueilli</translation>
    </message>
    <message>
        <source>Everyone else appears by pseudonym. Phone numbers, e-mail addresses and @handles are always removed from quotes, and flagged contributions are never quoted.</source>
        <translation>Toutes les autres personnes apparaissent sous pseudonyme. Les numéros de téléphone, adresses e-mail et @pseudos sont toujours retirés des citations, et les contributions signalées ne sont jamais citées.</translation>
    </message>
    <message>
        <source>Generate report…</source>
        <translation>Créer le rapport…</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Exporter les données…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>The first pages of the last report.</source>
        <translation>Les premières pages du dernier rapport.</translation>
    </message>
    <message>
        <source>No report yet. Choose the options and press Generate.</source>
        <translation>Pas encore de rapport. Choisissez les options et appuyez sur Créer.</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>Ouvrir le rapport</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Tick at least one section.</source>
        <translation>Cochez au moins une section.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Préparation du rapport…</translation>
    </message>
    <message>
        <source>Saved {path} ({pages} pages).</source>
        <translation>{path} enregistré ({pages} pages).</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Annulé : aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Export the data</source>
        <translation>Exporter les données</translation>
    </message>
    <message>
        <source>{fmt} files (*.{ext})</source>
        <translation>Fichiers {fmt} (*.{ext})</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Exported {count} contributions to {path}.</source>
        <translation>{count} contributions exportées vers {path}.</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>Ready — scan a badge, type its code, or search a name.</source>
        <translation>Prêt — scannez un badge, tapez son code ou cherchez un nom.</translation>
    </message>
    <message>
        <source>Check-in desk</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Départ enregistré</translation>
    </message>
    <message>
        <source>Session: {0}</source>
        <translation>Session : {0}</translation>
    </message>
    <message>
        <source>Arrival at the event</source>
        <translation>Arrivée à l&apos;événement</translation>
    </message>
    <message>
        <source> · walk-in, badge {0}</source>
        <translation> · sans inscription, badge {0}</translation>
    </message>
    <message>
        <source>Walk-in · badge {0}</source>
        <translation>Sans inscription · badge {0}</translation>
    </message>
    <message>
        <source>Checked in at {0}</source>
        <translation>Arrivée enregistrée à {0}</translation>
    </message>
    <message>
        <source>Checked out at {0}</source>
        <translation>Départ enregistré à {0}</translation>
    </message>
    <message>
        <source>Not checked in, so not checked out</source>
        <translation>Pas d&apos;arrivée enregistrée, donc pas de départ</translation>
    </message>
    <message>
        <source>Already checked out at {0} on laptop {1}</source>
        <translation>Départ déjà enregistré à {0} sur l&apos;ordinateur {1}</translation>
    </message>
    <message>
        <source>Already checked in at {0} on laptop {1}</source>
        <translation>Arrivée déjà enregistrée à {0} sur l&apos;ordinateur {1}</translation>
    </message>
    <message>
        <source>Check-out undone</source>
        <translation>Départ annulé</translation>
    </message>
    <message>
        <source>Check-in undone</source>
        <translation>Arrivée annulée</translation>
    </message>
</context>
<context>
    <name>ReviewCell</name>
    <message>
        <source>Sheet {0} · {1}</source>
        <translation>Fiche {0} · {1}</translation>
    </message>
    <message>
        <source>type the number</source>
        <translation>tapez le nombre</translation>
    </message>
</context>
<context>
    <name>ReviewGrid</name>
    <message>
        <source>Doubtful answers</source>
        <translation>Réponses incertaines à trancher</translation>
    </message>
    <message>
        <source>Nothing to review. Every marked box was read with confidence.</source>
        <translation>Rien à vérifier. Chaque case cochée a été lue avec certitude.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review paper answers</source>
        <translation>Vérifier les réponses papier</translation>
    </message>
    <message>
        <source>Settle what the scanner could not read for sure, and type in handwritten answers: they become paper contributions next to the online ones.</source>
        <translation>Tranchez ce que le scanner n&apos;a pas pu lire avec certitude, et saisissez les réponses manuscrites : elles deviennent des contributions papier à côté de celles en ligne.</translation>
    </message>
    <message>
        <source>Each picture is a whole question as scanned. Type the option&apos;s number (or a number&apos;s digits), B for no answer, Enter to accept. Arrows move, Page Down leaves the rest.</source>
        <translation>Chaque image montre une question entière telle que scannée. Tapez le numéro de l&apos;option (ou les chiffres d&apos;un nombre), B pour aucune réponse, Entrée pour valider. Les flèches déplacent, Page suivante laisse le reste pour plus tard.</translation>
    </message>
    <message>
        <source>Uncertain answers ({0})</source>
        <translation>Réponses incertaines ({0})</translation>
    </message>
    <message>
        <source>Handwriting ({0})</source>
        <translation>Écriture manuscrite ({0})</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Open server workspace</source>
        <translation>Ouvrir un espace de travail sur un serveur</translation>
    </message>
    <message>
        <source>An organisation&apos;s shared store on a PostgreSQL server, one database per event. Ask your administrator for these details.</source>
        <translation>Le stockage partagé d&apos;une organisation sur un serveur PostgreSQL, une base de données par événement. Demandez ces informations à votre administrateur.</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>Server URL:</source>
        <translation>URL du serveur :</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de données :</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>The password is not remembered. To open this workspace without typing it, keep it in your ~/.pgpass file.</source>
        <translation>Le mot de passe n&apos;est pas retenu. Pour ouvrir cet espace de travail sans le saisir, gardez-le dans votre fichier ~/.pgpass.</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>in-person, online or hybrid</source>
        <translation>en présentiel, en ligne ou hybride</translation>
    </message>
    <message>
        <source>Session {0}</source>
        <translation>Session {0}</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Voices</source>
        <translation>Voix</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Signalement</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Detected format</source>
        <translation>Format reconnu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé le</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Déjà là</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Écartés</translation>
    </message>
    <message>
        <source>New people</source>
        <translation>Nouvelles personnes</translation>
    </message>
    <message>
        <source>Messages held</source>
        <translation>Messages gardés</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Merge into it</source>
        <translation>Y fusionner</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
</context>
<context>
    <name>ThemesPage</name>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Select contributions and press 1–9 to code them; press again to remove the code.</source>
        <translation>Sélectionnez des contributions et appuyez sur 1–9 pour les coder ; appuyez à nouveau pour retirer le code.</translation>
    </message>
    <message>
        <source>No themes yet. Press New theme, or type #tags in notes: each tag becomes a theme.</source>
        <translation>Aucun thème pour l’instant. Appuyez sur Nouveau thème, ou tapez des #étiquettes dans les notes : chaque étiquette devient un thème.</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nouveau thème</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>bus, parking, accès</source>
        <translation>bus, parking, accès</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Under</source>
        <translation>Sous</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <source>Save theme</source>
        <translation>Enregistrer le thème</translation>
    </message>
    <message numerus="yes">
        <source>, %n suggested</source>
        <translation>
            <numerusform>, %n suggéré</numerusform>
            <numerusform>, %n suggérés</numerusform>
        </translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(premier niveau)</translation>
    </message>
    <message>
        <source>Delete the theme &apos;%1&apos; and its %2 codes? Sub-themes move up one level.</source>
        <translation>Supprimer le thème « %1 » et ses %2 codages ? Les sous-thèmes remontent d&apos;un niveau.</translation>
    </message>
    <message>
        <source>Delete theme</source>
        <translation>Supprimer le thème</translation>
    </message>
    <message>
        <source>Find contributions to code…</source>
        <translation>Chercher des contributions à coder…</translation>
    </message>
    <message>
        <source>Code / uncode selected</source>
        <translation>Coder / décoder la sélection</translation>
    </message>
    <message>
        <source>Contributions to code</source>
        <translation>Contributions à coder</translation>
    </message>
    <message>
        <source>Suggested by keyword rules</source>
        <translation>Suggéré par les règles de mots-clés</translation>
    </message>
    <message>
        <source>Run keyword rules</source>
        <translation>Appliquer les règles de mots-clés</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Accept all of this theme</source>
        <translation>Tout accepter pour ce thème</translation>
    </message>
    <message>
        <source>Suggested codes</source>
        <translation>Codes suggérés</translation>
    </message>
    <message>
        <source>Give a theme keywords, then press Run keyword rules: matching contributions appear here.</source>
        <translation>Donnez des mots-clés à un thème, puis appuyez sur Appliquer les règles de mots-clés : les contributions qui correspondent apparaissent ici.</translation>
    </message>
    <message>
        <source>No theme on key %1</source>
        <translation>Aucun thème sur la touche %1</translation>
    </message>
    <message>
        <source>Select one or more contributions first</source>
        <translation>Sélectionnez d&apos;abord une ou plusieurs contributions</translation>
    </message>
    <message numerus="yes">
        <source>Coded %n with &apos;%1&apos;</source>
        <translation>
            <numerusform>%n codée avec « %1 »</numerusform>
            <numerusform>%n codées avec « %1 »</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed &apos;%1&apos; from %n</source>
        <translation>
            <numerusform>« %1 » retiré de %n</numerusform>
            <numerusform>« %1 » retiré de %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new suggestion(s)</source>
        <translation>
            <numerusform>%n nouvelle suggestion</numerusform>
            <numerusform>%n nouvelles suggestions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Walk-in</source>
        <translation>Sans inscription</translation>
    </message>
    <message>
        <source>Everything is optional. Without a name the person is known by a badge number.</source>
        <translation>Tout est facultatif. Sans nom, la personne est connue par un numéro de badge.</translation>
    </message>
    <message>
        <source>e.g. Amira Haddad</source>
        <translation>par ex. Amira Haddad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Add and check in</source>
        <translation>Ajouter et enregistrer l&apos;arrivée</translation>
    </message>
</context>
<context>
    <name>WriteWaitNotice</name>
    <message>
        <source>Another HybridHub is writing to this workspace; your change waits its turn (up to {0} s)…</source>
        <translation>Un autre HybridHub écrit dans cet espace de travail ; votre modification attend son tour (jusqu’à {0} s)…</translation>
    </message>
</context>
<context>
    <name>_AnswerEdit</name>
    <message>
        <source>digits, e.g. 13</source>
        <translation>chiffres, par ex. 13</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>type what is written, or leave empty</source>
        <translation>tapez ce qui est écrit, ou laissez vide</translation>
    </message>
    <message>
        <source>Not an option: type a number from 1 to {0}.</source>
        <translation>Ce n&apos;est pas une option : tapez un nombre de 1 à {0}.</translation>
    </message>
    <message>
        <source>Digits only, at most {0}.</source>
        <translation>Chiffres seulement, {0} au plus.</translation>
    </message>
</context>
<context>
    <name>_Crop</name>
    <message>
        <source>(no picture of this question)</source>
        <translation>(pas d&apos;image de cette question)</translation>
    </message>
</context>
<context>
    <name>_DropZone</name>
    <message>
        <source>Drop exported files or folders here: WhatsApp, Zoom, and the other formats listed under ‘Formats’. ZIP exports can be dropped as they are.</source>
        <translation>Déposez ici les fichiers ou dossiers exportés : WhatsApp, Zoom et les autres formats listés sous « Formats ». Les exports ZIP peuvent être déposés tels quels.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
</context>
<context>
    <name>_TextPane</name>
    <message>
        <source>Type exactly what is written. Ctrl+Enter saves; leave empty and save if the box holds no words.</source>
        <translation>Tapez exactement ce qui est écrit. Ctrl+Entrée enregistre ; laissez vide et enregistrez si le cadre ne contient aucun mot.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Enregistrer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>No handwriting waiting to be typed in.</source>
        <translation>Aucune écriture manuscrite en attente de saisie.</translation>
    </message>
    <message>
        <source>Sheet {0} · {1} left</source>
        <translation>Fiche {0} · {1} restantes</translation>
    </message>
</context>
</TS>
