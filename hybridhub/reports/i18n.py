"""The report's own words in English, French, German and Spanish, and numbers and dates per language.

Every message sits with its four translations side by side, so that none is forgotten when one changes
(a test checks that each has all four and the same placeholders).
"""

from __future__ import annotations

import string
from dataclasses import dataclass
from datetime import date, datetime

LANGUAGES = ("en", "fr", "de", "es")
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "de": "Deutsch", "es": "Español"}

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
}

M: dict[str, dict[str, str]] = {
    # Document
    "report_title": {
        "en": "Workshop report",
        "fr": "Rapport d'atelier",
        "de": "Workshop-Bericht",
        "es": "Informe del taller",
    },
    "report_subject": {
        "en": "What people said, offline and online, counted person by person",
        "fr": "Ce que les personnes ont dit, hors ligne et en ligne, compté personne par personne",
        "de": "Was die Menschen gesagt haben, offline und online, Person für Person gezählt",
        "es": "Lo que dijeron las personas, sin conexión y en línea, contado persona por persona",
    },
    "eyebrow": {
        "en": "Report for decision-makers",
        "fr": "Rapport pour les décideurs",
        "de": "Bericht für Entscheidungsträger",
        "es": "Informe para quienes deciden",
    },
    "cover_who": {"en": "Who", "fr": "Qui", "de": "Wer", "es": "Quién"},
    "cover_what": {"en": "What", "fr": "Quoi", "de": "Was", "es": "Qué"},
    "cover_why": {"en": "Why", "fr": "Pourquoi", "de": "Warum", "es": "Por qué"},
    "cover_generated": {
        "en": "Prepared on {date} with HybridHub.",
        "fr": "Préparé le {date} avec HybridHub.",
        "de": "Erstellt am {date} mit HybridHub.",
        "es": "Preparado el {date} con HybridHub.",
    },
    "scope_whole": {
        "en": "Scope: the whole event.",
        "fr": "Périmètre : tout l'événement.",
        "de": "Umfang: die ganze Veranstaltung.",
        "es": "Alcance: todo el evento.",
    },
    "scope_sessions": {
        "en": "Scope: the sessions {names}.",
        "fr": "Périmètre : les sessions {names}.",
        "de": "Umfang: die Sitzungen {names}.",
        "es": "Alcance: las sesiones {names}.",
    },
    "scope_dates": {
        "en": "Contributions from {start} to {end}.",
        "fr": "Contributions du {start} au {end}.",
        "de": "Beiträge vom {start} bis {end}.",
        "es": "Contribuciones del {start} al {end}.",
    },
    "open_start": {"en": "the start", "fr": "début", "de": "Beginn", "es": "inicio"},
    "open_end": {"en": "the end", "fr": "la fin", "de": "Ende", "es": "el final"},
    "contents": {"en": "Contents", "fr": "Sommaire", "de": "Inhalt", "es": "Índice"},
    "footer_page": {
        "en": "Page {page} of {total}",
        "fr": "Page {page} sur {total}",
        "de": "Seite {page} von {total}",
        "es": "Página {page} de {total}",
    },
    "side_offline": {"en": "offline", "fr": "hors ligne", "de": "offline", "es": "sin conexión"},
    "side_online": {"en": "online", "fr": "en ligne", "de": "online", "es": "en línea"},
    "Side_offline": {"en": "Offline", "fr": "Hors ligne", "de": "Offline", "es": "Sin conexión"},
    "Side_online": {"en": "Online", "fr": "En ligne", "de": "Online", "es": "En línea"},
    "people_of": {
        "en": "{n} of {total} people",
        "fr": "{n} personnes sur {total}",
        "de": "{n} von {total} Personen",
        "es": "{n} de {total} personas",
    },
    "no_people_side": {
        "en": "no one took part on this side",
        "fr": "personne n'a participé de ce côté",
        "de": "niemand hat auf dieser Seite teilgenommen",
        "es": "nadie participó por este lado",
    },
    # How to read
    "h_howto": {
        "en": "How to read this report",
        "fr": "Comment lire ce rapport",
        "de": "So lesen Sie diesen Bericht",
        "es": "Cómo leer este informe",
    },
    "howto_person": {
        "en": "<b>Every person counts once.</b> Someone who sent forty messages and someone who "
        "spoke once at "
        "a table weigh the same. A facilitator's note that speaks for a table of eight counts as "
        "eight people.",
        "fr": "<b>Chaque personne compte une fois.</b> Quelqu'un qui a envoyé quarante messages et quelqu'un "
        "qui a parlé une fois à une table pèsent autant. La note d'un animateur qui parle pour une table de "
        "huit compte pour huit personnes.",
        "de": "<b>Jede Person zählt einmal.</b> Wer vierzig Nachrichten geschickt hat, wiegt so viel wie "
        "jemand, der einmal an einem Tisch gesprochen hat. Eine Notiz der Moderation, die für einen Tisch "
        "mit acht Personen spricht, zählt als acht Personen.",
        "es": "<b>Cada persona cuenta una vez.</b> Quien envió cuarenta mensajes y quien habló una vez en "
        "una mesa pesan lo mismo. La nota de una persona facilitadora que habla por una mesa de ocho cuenta "
        "como ocho personas.",
    },
    "howto_colours": {
        "en": "<b>Two colours run through the report:</b> {offline} for people who took part offline — in "
        "the room, on paper or by SMS — and {online} for people who took part online.",
        "fr": "<b>Deux couleurs parcourent le rapport :</b> {offline} pour les personnes qui ont participé "
        "hors ligne — dans la salle, sur papier ou par SMS — et {online} pour celles qui ont participé en "
        "ligne.",
        "de": "<b>Zwei Farben ziehen sich durch den Bericht:</b> {offline} für Menschen, die offline "
        "teilgenommen haben — im Raum, auf Papier oder per SMS — und {online} für Menschen, die online "
        "teilgenommen haben.",
        "es": "<b>Dos colores recorren el informe:</b> {offline} para las personas que participaron sin "
        "conexión — en la sala, en papel o por SMS — y {online} para las que participaron en línea.",
    },
    "howto_balanced": {
        "en": "<b>Channel-balanced share.</b> For each theme, the share of offline people who raised it and "
        "the share of online people who raised it are averaged. Each side weighs the same, whatever "
        "its size.",
        "fr": "<b>Part équilibrée entre canaux.</b> Pour chaque thème, on fait la moyenne de la part des "
        "personnes hors ligne qui l'ont soulevé et de la part des personnes en ligne. Chaque côté pèse "
        "autant, quelle que soit sa taille.",
        "de": "<b>Kanalausgeglichener Anteil.</b> Für jedes Thema wird der Anteil der Offline-Teilnehmenden, "
        "die es angesprochen haben, mit dem Anteil der Online-Teilnehmenden gemittelt. Jede Seite wiegt "
        "gleich viel, egal wie groß sie ist.",
        "es": "<b>Proporción equilibrada entre canales.</b> Para cada tema se promedian la proporción de "
        "personas sin conexión que lo mencionaron y la de personas en línea. Cada lado pesa lo mismo, sea "
        "cual sea su tamaño.",
    },
    "howto_volume": {
        "en": "<b>Messages and words are volume.</b> They show how much was written, not how many people "
        "hold a view, and are always labelled as volume.",
        "fr": "<b>Les messages et les mots sont du volume.</b> Ils montrent combien a été écrit, pas combien "
        "de personnes partagent un avis, et sont toujours signalés comme volume.",
        "de": "<b>Nachrichten und Wörter sind Umfang.</b> Sie zeigen, wie viel geschrieben wurde, nicht wie "
        "viele Menschen eine Meinung teilen, und sind immer als Umfang gekennzeichnet.",
        "es": "<b>Los mensajes y las palabras son volumen.</b> Muestran cuánto se escribió, no cuántas "
        "personas comparten una opinión, y siempre se indican como volumen.",
    },
    "howto_quotes": {
        "en": "<b>Quotes</b> come only from people who agreed to be quoted, balanced between offline and "
        "online channels. Phone numbers, e-mail addresses and @handles are removed.",
        "fr": "<b>Les citations</b> viennent uniquement de personnes qui ont accepté d'être citées, "
        "équilibrées entre canaux hors ligne et en ligne. Numéros de téléphone, adresses e-mail et "
        "@pseudonymes sont retirés.",
        "de": "<b>Zitate</b> stammen nur von Menschen, die einem Zitat zugestimmt haben, ausgewogen zwischen "
        "Offline- und Online-Kanälen. Telefonnummern, E-Mail-Adressen und @Namen werden entfernt.",
        "es": "<b>Las citas</b> proceden solo de personas que aceptaron ser citadas, equilibradas entre "
        "canales sin conexión y en línea. Se eliminan teléfonos, correos electrónicos y @usuarios.",
    },
    "howto_method": {
        "en": "The method and its limits are set out in full at the end of the report.",
        "fr": "La méthode et ses limites sont décrites en détail à la fin du rapport.",
        "de": "Methode und Grenzen sind am Ende des Berichts ausführlich beschrieben.",
        "es": "El método y sus límites se explican en detalle al final del informe.",
    },
    # Summary
    "h_summary": {"en": "Summary", "fr": "Synthèse", "de": "Zusammenfassung", "es": "Resumen"},
    "summary_lead": {
        "en": "{people} people took part: {offline} offline and {online} online.",
        "fr": "{people} personnes ont participé : {offline} hors ligne et {online} en ligne.",
        "de": "{people} Personen haben teilgenommen: {offline} offline und {online} online.",
        "es": "Participaron {people} personas: {offline} sin conexión y {online} en línea.",
    },
    "summary_lead_more": {
        "en": "Of the {attended} people who attended, {silent} came without writing anything; they are "
        "counted as attendees.",
        "fr": "Sur les {attended} personnes présentes, {silent} n'ont rien écrit ; elles sont comptées comme "
        "présentes.",
        "de": "Von den {attended} Anwesenden haben {silent} nichts geschrieben; sie zählen als anwesend.",
        "es": "De las {attended} personas que asistieron, {silent} no escribieron nada; cuentan como "
        "asistentes.",
    },
    "summary_top": {
        "en": "Top themes, by channel-balanced share of people",
        "fr": "Principaux thèmes, selon la part équilibrée des personnes",
        "de": "Wichtigste Themen nach kanalausgeglichenem Anteil der Personen",
        "es": "Temas principales, según la proporción equilibrada de personas",
    },
    "balanced_short": {"en": "balanced", "fr": "équilibrée", "de": "ausgeglichen", "es": "equilibrada"},
    "h_agree": {
        "en": "Where offline and online agree",
        "fr": "Où hors ligne et en ligne s'accordent",
        "de": "Wo offline und online übereinstimmen",
        "es": "Donde coinciden sin conexión y en línea",
    },
    "h_differ": {
        "en": "Where they differ",
        "fr": "Où ils diffèrent",
        "de": "Wo sie sich unterscheiden",
        "es": "Donde difieren",
    },
    "agree_item": {
        "en": "<b>{theme}</b>: {off} offline, {on} online.",
        "fr": "<b>{theme}</b> : {off} hors ligne, {on} en ligne.",
        "de": "<b>{theme}</b>: {off} offline, {on} online.",
        "es": "<b>{theme}</b>: {off} sin conexión, {on} en línea.",
    },
    "differ_offline": {
        "en": "<b>{theme}</b>: {off} offline against {on} online — raised more often offline.",
        "fr": "<b>{theme}</b> : {off} hors ligne contre {on} en ligne — soulevé plus souvent hors ligne.",
        "de": "<b>{theme}</b>: {off} offline gegenüber {on} online — offline häufiger angesprochen.",
        "es": "<b>{theme}</b>: {off} sin conexión frente a {on} en línea — más mencionado sin conexión.",
    },
    "differ_online": {
        "en": "<b>{theme}</b>: {on} online against {off} offline — raised more often online.",
        "fr": "<b>{theme}</b> : {on} en ligne contre {off} hors ligne — soulevé plus souvent en ligne.",
        "de": "<b>{theme}</b>: {on} online gegenüber {off} offline — online häufiger angesprochen.",
        "es": "<b>{theme}</b>: {on} en línea frente a {off} sin conexión — más mencionado en línea.",
    },
    "none_agree": {
        "en": "No theme had similar shares on both sides.",
        "fr": "Aucun thème n'a des parts proches des deux côtés.",
        "de": "Kein Thema hat auf beiden Seiten ähnliche Anteile.",
        "es": "Ningún tema tiene proporciones parecidas en ambos lados.",
    },
    "none_differ": {
        "en": "No theme differs by {gap} points or more between the sides.",
        "fr": "Aucun thème ne diffère de {gap} points ou plus entre les côtés.",
        "de": "Kein Thema unterscheidet sich um {gap} Punkte oder mehr zwischen den Seiten.",
        "es": "Ningún tema difiere en {gap} puntos o más entre los lados.",
    },
    "no_themes": {
        "en": "No contribution has been coded with a theme yet.",
        "fr": "Aucune contribution n'a encore été codée par thème.",
        "de": "Noch kein Beitrag wurde einem Thema zugeordnet.",
        "es": "Todavía no se ha codificado ninguna contribución con un tema.",
    },
    # Participation
    "h_participation": {
        "en": "Who took part",
        "fr": "Qui a participé",
        "de": "Wer teilgenommen hat",
        "es": "Quién participó",
    },
    "kpi_people": {"en": "people", "fr": "personnes", "de": "Personen", "es": "personas"},
    "kpi_offline_only": {
        "en": "offline only",
        "fr": "hors ligne seulement",
        "de": "nur offline",
        "es": "solo sin conexión",
    },
    "kpi_online_only": {
        "en": "online only",
        "fr": "en ligne seulement",
        "de": "nur online",
        "es": "solo en línea",
    },
    "kpi_both": {
        "en": "on both sides",
        "fr": "des deux côtés",
        "de": "auf beiden Seiten",
        "es": "en ambos lados",
    },
    "kpi_silent": {
        "en": "attended silently",
        "fr": "présents sans écrire",
        "de": "still anwesend",
        "es": "asistieron sin escribir",
    },
    "balance_title": {
        "en": "Share of people and share of messages, by side",
        "fr": "Part des personnes et part des messages, par côté",
        "de": "Anteil der Personen und Anteil der Nachrichten, nach Seite",
        "es": "Proporción de personas y de mensajes, por lado",
    },
    "balance_people": {"en": "People", "fr": "Personnes", "de": "Personen", "es": "Personas"},
    "balance_messages": {
        "en": "Messages (volume)",
        "fr": "Messages (volume)",
        "de": "Nachrichten (Umfang)",
        "es": "Mensajes (volumen)",
    },
    "balance_note": {
        "en": "Offline people are {people} of everyone who contributed but wrote {messages} of the messages. "
        "Counting people rather than messages keeps their weight.",
        "fr": "Les personnes hors ligne représentent {people} des contributeurs mais ont écrit "
        "{messages} des "
        "messages. Compter les personnes plutôt que les messages préserve leur poids.",
        "de": "Offline-Teilnehmende sind {people} aller Beitragenden, schrieben aber {messages} der "
        "Nachrichten. Wer Personen statt Nachrichten zählt, erhält ihr Gewicht.",
        "es": "Las personas sin conexión son {people} de quienes contribuyeron, pero escribieron {messages} "
        "de los mensajes. Contar personas y no mensajes mantiene su peso.",
    },
    "channels_title": {"en": "Per channel", "fr": "Par canal", "de": "Nach Kanal", "es": "Por canal"},
    "col_channel": {"en": "Channel", "fr": "Canal", "de": "Kanal", "es": "Canal"},
    "col_side": {"en": "Side", "fr": "Côté", "de": "Seite", "es": "Lado"},
    "col_people": {"en": "People", "fr": "Personnes", "de": "Personen", "es": "Personas"},
    "col_messages": {
        "en": "Messages (volume)",
        "fr": "Messages (volume)",
        "de": "Nachrichten (Umfang)",
        "es": "Mensajes (volumen)",
    },
    "col_words": {
        "en": "Words (volume)",
        "fr": "Mots (volume)",
        "de": "Wörter (Umfang)",
        "es": "Palabras (volumen)",
    },
    "col_distinct": {
        "en": "Distinct texts",
        "fr": "Textes distincts",
        "de": "Eindeutige Texte",
        "es": "Textos distintos",
    },
    "col_attended": {"en": "Attended", "fr": "Présents", "de": "Anwesend", "es": "Asistentes"},
    "col_silent": {
        "en": "Of whom silent",
        "fr": "Dont sans écrire",
        "de": "Davon still",
        "es": "De ellos sin escribir",
    },
    "total": {"en": "Total", "fr": "Total", "de": "Gesamt", "es": "Total"},
    "attendance_note": {
        "en": "Attendance comes from check-ins at the door and online attendance reports. Silent attendees "
        "were present but left no written contribution; their presence is counted here. A person on both "
        "sides appears in both rows but once in the total.",
        "fr": "La présence vient des enregistrements à l'entrée et des rapports de présence en ligne. Les "
        "personnes présentes sans écrire n'ont laissé aucune contribution écrite ; leur présence est comptée "
        "ici. Une personne des deux côtés figure sur les deux lignes mais une seule fois dans le total.",
        "de": "Die Anwesenheit stammt aus dem Check-in am Eingang und aus Online-Teilnahmeberichten. Still "
        "Anwesende waren da, haben aber nichts geschrieben; ihre Anwesenheit wird hier gezählt. Wer auf "
        "beiden Seiten war, steht in beiden Zeilen, im Gesamt aber einmal.",
        "es": "La asistencia procede del registro en la entrada y de los informes de asistencia en línea. "
        "Quienes asistieron sin escribir no dejaron contribución escrita; su presencia se cuenta aquí. Una "
        "persona en ambos lados figura en las dos filas pero una sola vez en el total.",
    },
    "h_internet": {
        "en": "Internet access at home",
        "fr": "Accès à Internet à domicile",
        "de": "Internetzugang zu Hause",
        "es": "Acceso a internet en casa",
    },
    "h_age": {"en": "Age band", "fr": "Tranche d'âge", "de": "Altersgruppe", "es": "Franja de edad"},
    "unknown_share": {
        "en": "Not known for {off} of offline and {on} of online participants.",
        "fr": "Inconnu pour {off} des participants hors ligne et {on} des participants en ligne.",
        "de": "Unbekannt bei {off} der Offline- und {on} der Online-Teilnehmenden.",
        "es": "Desconocido para {off} de participantes sin conexión y {on} en línea.",
    },
    "access_none": {"en": "No internet", "fr": "Pas d'Internet", "de": "Kein Internet", "es": "Sin internet"},
    "access_poor": {
        "en": "Poor connection",
        "fr": "Connexion faible",
        "de": "Schwache Verbindung",
        "es": "Conexión débil",
    },
    "access_good": {
        "en": "Good connection",
        "fr": "Bonne connexion",
        "de": "Gute Verbindung",
        "es": "Buena conexión",
    },
    "unknown": {"en": "Unknown", "fr": "Inconnu", "de": "Unbekannt", "es": "Desconocido"},
    # Ratings
    "h_ratings": {
        "en": "Rating questions",
        "fr": "Questions d'évaluation",
        "de": "Bewertungsfragen",
        "es": "Preguntas de valoración",
    },
    "ratings_lead": {
        "en": "Answers from paper forms (offline) and online forms, one answer per person and question. "
        "Numbers in the bars are people.",
        "fr": "Réponses des formulaires papier (hors ligne) et en ligne, une réponse par personne et par "
        "question. Les nombres dans les barres sont des personnes.",
        "de": "Antworten aus Papierbögen (offline) und Online-Formularen, eine Antwort pro Person und Frage. "
        "Die Zahlen in den Balken sind Personen.",
        "es": "Respuestas de formularios en papel (sin conexión) y en línea, una por persona y pregunta. Los "
        "números de las barras son personas.",
    },
    "ratings_n": {"en": "{n} answers", "fr": "{n} réponses", "de": "{n} Antworten", "es": "{n} respuestas"},
    "ratings_mean": {
        "en": "mean {mean}",
        "fr": "moyenne {mean}",
        "de": "Mittel {mean}",
        "es": "media {mean}",
    },
    "ratings_none_side": {
        "en": "no answers",
        "fr": "aucune réponse",
        "de": "keine Antworten",
        "es": "sin respuestas",
    },
    "no_ratings": {
        "en": "No closed questions were answered in this scope.",
        "fr": "Aucune question fermée n'a reçu de réponse dans ce périmètre.",
        "de": "In diesem Umfang wurden keine geschlossenen Fragen beantwortet.",
        "es": "No se respondió ninguna pregunta cerrada en este alcance.",
    },
    "value_yes": {"en": "Yes", "fr": "Oui", "de": "Ja", "es": "Sí"},
    "value_no": {"en": "No", "fr": "Non", "de": "Nein", "es": "No"},
    # Themes
    "h_themes": {"en": "Themes", "fr": "Thèmes", "de": "Themen", "es": "Temas"},
    "themes_lead": {
        "en": "Each theme with the people who raised it, their share on each side, and voices from both.",
        "fr": "Chaque thème avec les personnes qui l'ont soulevé, leur part de chaque côté, et des voix des "
        "deux côtés.",
        "de": "Jedes Thema mit den Menschen, die es angesprochen haben, ihrem Anteil auf jeder Seite und "
        "Stimmen von beiden Seiten.",
        "es": "Cada tema con las personas que lo mencionaron, su proporción en cada lado y voces de ambos.",
    },
    "theme_figures": {
        "en": "<b>{people}</b> people raised this theme. Channel-balanced share: <b>{balanced}</b>.",
        "fr": "<b>{people}</b> personnes ont soulevé ce thème. Part équilibrée : <b>{balanced}</b>.",
        "de": "<b>{people}</b> Personen haben dieses Thema angesprochen. Ausgeglichener Anteil: "
        "<b>{balanced}</b>.",
        "es": "<b>{people}</b> personas mencionaron este tema. Proporción equilibrada: <b>{balanced}</b>.",
    },
    "theme_volume": {
        "en": "Volume: {messages} messages, {words} words, {distinct} distinct texts.",
        "fr": "Volume : {messages} messages, {words} mots, {distinct} textes distincts.",
        "de": "Umfang: {messages} Nachrichten, {words} Wörter, {distinct} eindeutige Texte.",
        "es": "Volumen: {messages} mensajes, {words} palabras, {distinct} textos distintos.",
    },
    "col_share_channel": {
        "en": "Share of the channel's people",
        "fr": "Part des personnes du canal",
        "de": "Anteil der Personen im Kanal",
        "es": "Proporción de personas del canal",
    },
    "quotes_title": {
        "en": "In their words",
        "fr": "Avec leurs mots",
        "de": "In ihren Worten",
        "es": "En sus palabras",
    },
    "no_quotes": {
        "en": "No quotable contribution: the people who raised this theme did not agree to be quoted, or "
        "their words were very short.",
        "fr": "Aucune contribution citable : les personnes qui ont soulevé ce thème n'ont pas accepté d'être "
        "citées, ou leurs mots étaient très courts.",
        "de": "Kein zitierbarer Beitrag: Die Menschen, die dieses Thema angesprochen haben, haben keinem "
        "Zitat zugestimmt, oder ihre Worte waren sehr kurz.",
        "es": "Ninguna contribución citable: las personas que mencionaron este tema no aceptaron ser "
        "citadas, o sus palabras eran muy breves.",
    },
    "quote_group": {
        "en": "group note, {n} voices",
        "fr": "note de groupe, {n} voix",
        "de": "Gruppennotiz, {n} Stimmen",
        "es": "nota de grupo, {n} voces",
    },
    "quote_same": {
        "en": "same words from {n} people",
        "fr": "mêmes mots de {n} personnes",
        "de": "gleicher Wortlaut von {n} Personen",
        "es": "mismas palabras de {n} personas",
    },
    "no_session": {"en": "no session", "fr": "hors session", "de": "ohne Sitzung", "es": "sin sesión"},
    # Mainly offline
    "h_offline": {
        "en": "Raised mainly offline",
        "fr": "Soulevé surtout hors ligne",
        "de": "Vor allem offline angesprochen",
        "es": "Mencionado sobre todo sin conexión",
    },
    "offline_lead": {
        "en": "Themes whose share among offline people is at least {gap} points higher than among online "
        "people. These are the voices an online-only consultation would have missed.",
        "fr": "Les thèmes dont la part chez les personnes hors ligne dépasse d'au moins {gap} points celle "
        "des personnes en ligne. Ce sont les voix qu'une consultation uniquement en ligne aurait manquées.",
        "de": "Themen, deren Anteil bei Offline-Teilnehmenden mindestens {gap} Punkte höher ist als bei "
        "Online-Teilnehmenden. Diese Stimmen hätte eine reine Online-Beteiligung überhört.",
        "es": "Temas cuya proporción entre personas sin conexión supera en al menos {gap} puntos a la de las "
        "personas en línea. Son las voces que una consulta solo en línea no habría oído.",
    },
    "offline_none": {
        "en": "No theme was raised clearly more often offline than online in this scope.",
        "fr": "Aucun thème n'a été soulevé nettement plus souvent hors ligne qu'en ligne dans ce périmètre.",
        "de": "In diesem Umfang wurde kein Thema offline deutlich häufiger angesprochen als online.",
        "es": "En este alcance, ningún tema se mencionó claramente más sin conexión que en línea.",
    },
    "offline_table_title": {
        "en": "All themes, by the difference between the sides",
        "fr": "Tous les thèmes, selon l'écart entre les côtés",
        "de": "Alle Themen nach dem Unterschied zwischen den Seiten",
        "es": "Todos los temas, según la diferencia entre los lados",
    },
    "col_theme": {"en": "Theme", "fr": "Thème", "de": "Thema", "es": "Tema"},
    "col_offline_share": {
        "en": "Offline share",
        "fr": "Part hors ligne",
        "de": "Anteil offline",
        "es": "Proporción sin conexión",
    },
    "col_online_share": {
        "en": "Online share",
        "fr": "Part en ligne",
        "de": "Anteil online",
        "es": "Proporción en línea",
    },
    "col_gap": {
        "en": "Difference (points)",
        "fr": "Écart (points)",
        "de": "Unterschied (Punkte)",
        "es": "Diferencia (puntos)",
    },
    "col_balanced": {
        "en": "Balanced share",
        "fr": "Part équilibrée",
        "de": "Ausgeglichener Anteil",
        "es": "Proporción equilibrada",
    },
    # Tallies
    "h_tallies": {
        "en": "Tallies from the room",
        "fr": "Votes dans la salle",
        "de": "Abstimmungen im Raum",
        "es": "Votaciones en la sala",
    },
    "tallies_lead": {
        "en": "Shows of hands and dot votes counted in the room. They count votes, not identified people.",
        "fr": "Votes à main levée et par gommettes comptés dans la salle. Ils comptent des votes, pas des "
        "personnes identifiées.",
        "de": "Handzeichen und Punktabstimmungen, im Raum gezählt. Sie zählen Stimmen, keine erfassten "
        "Personen.",
        "es": "Votaciones a mano alzada y con pegatinas contadas en la sala. Cuentan votos, no personas "
        "identificadas.",
    },
    "tally_total": {
        "en": "{n} votes in all",
        "fr": "{n} votes au total",
        "de": "{n} Stimmen insgesamt",
        "es": "{n} votos en total",
    },
    "tally_session": {
        "en": "Session: {name}",
        "fr": "Session : {name}",
        "de": "Sitzung: {name}",
        "es": "Sesión: {name}",
    },
    "no_tallies": {
        "en": "No tallies were recorded in this scope.",
        "fr": "Aucun vote n'a été enregistré dans ce périmètre.",
        "de": "In diesem Umfang wurden keine Abstimmungen erfasst.",
        "es": "No se registraron votaciones en este alcance.",
    },
    # Method
    "h_method": {
        "en": "Method and limitations",
        "fr": "Méthode et limites",
        "de": "Methode und Grenzen",
        "es": "Método y limitaciones",
    },
    "h_rules": {
        "en": "Counting rules",
        "fr": "Règles de comptage",
        "de": "Zählregeln",
        "es": "Reglas de recuento",
    },
    "rule_person": {
        "en": "The unit is the person, not the message: a participant counts once per theme however many "
        "messages they sent; a note's “voices” count is its weight; an anonymous paper sheet is one person.",
        "fr": "L'unité est la personne, pas le message : un participant compte une fois par thème quel que "
        "soit le nombre de ses messages ; le nombre de « voix » d'une note est son poids ; une "
        "feuille papier "
        "anonyme est une personne.",
        "de": "Die Einheit ist die Person, nicht die Nachricht: Eine teilnehmende Person zählt pro Thema "
        "einmal, egal wie viele Nachrichten sie schickte; die Zahl der „Stimmen“ einer Notiz ist ihr "
        "Gewicht; ein anonymer Papierbogen ist eine Person.",
        "es": "La unidad es la persona, no el mensaje: cada participante cuenta una vez por tema, sean "
        "cuantos sean sus mensajes; el número de «voces» de una nota es su peso; una hoja en papel anónima "
        "es una persona.",
    },
    "rule_shares": {
        "en": "For each theme: the people who raised it; the share of each channel's people who raised it; "
        "and a channel-balanced share, the mean of the offline and online shares, so each side weighs the "
        "same.",
        "fr": "Pour chaque thème : les personnes qui l'ont soulevé ; la part des personnes de chaque canal "
        "qui l'ont soulevé ; et une part équilibrée, moyenne des parts hors ligne et en ligne, pour que "
        "chaque côté pèse autant.",
        "de": "Für jedes Thema: die Personen, die es angesprochen haben; der Anteil der Personen jedes "
        "Kanals, die es angesprochen haben; und ein kanalausgeglichener Anteil, das Mittel aus Offline- und "
        "Online-Anteil, damit jede Seite gleich viel wiegt.",
        "es": "Para cada tema: las personas que lo mencionaron; la proporción de personas de cada canal que "
        "lo mencionaron; y una proporción equilibrada, la media de las proporciones sin conexión y en línea, "
        "para que cada lado pese lo mismo.",
    },
    "rule_volume": {
        "en": "Message and word volumes are shown separately and labelled as volume.",
        "fr": "Les volumes de messages et de mots sont montrés à part et signalés comme volume.",
        "de": "Nachrichten- und Wortumfang werden getrennt gezeigt und als Umfang gekennzeichnet.",
        "es": "Los volúmenes de mensajes y palabras se muestran aparte y se indican como volumen.",
    },
    "rule_identical": {
        "en": "Identical texts (campaign messages, copy-paste) are counted once, with the number of people "
        "behind them.",
        "fr": "Les textes identiques (messages de campagne, copier-coller) sont comptés une fois, avec le "
        "nombre de personnes derrière eux.",
        "de": "Identische Texte (Kampagnennachrichten, Kopien) werden einmal gezählt, mit der Zahl der "
        "Personen dahinter.",
        "es": "Los textos idénticos (mensajes de campaña, copiar y pegar) se cuentan una vez, con el número "
        "de personas detrás.",
    },
    "rule_attendance": {
        "en": "Attendance (check-ins) is shown next to contributors, per channel, so silent attendees are "
        "visible.",
        "fr": "La présence (enregistrements) est montrée à côté des contributeurs, par canal, pour que les "
        "présents silencieux soient visibles.",
        "de": "Die Anwesenheit (Check-ins) steht neben den Beitragenden, nach Kanal, damit still Anwesende "
        "sichtbar sind.",
        "es": "La asistencia (registros) se muestra junto a quienes contribuyeron, por canal, para que se "
        "vea a quienes asistieron sin escribir.",
    },
    "rule_both": {
        "en": "A person who took part on both sides counts on each side; totals count them once. Shares "
        "are taken among the people who contributed on that side or channel.",
        "fr": "Une personne qui a participé des deux côtés compte de chaque côté ; les totaux la comptent "
        "une fois. Les parts sont calculées parmi les personnes qui ont contribué de ce côté ou dans ce "
        "canal.",
        "de": "Wer auf beiden Seiten teilgenommen hat, zählt auf jeder Seite; Gesamtzahlen zählen die "
        "Person einmal. Anteile beziehen sich auf die Personen, die auf dieser Seite oder in diesem Kanal "
        "beigetragen haben.",
        "es": "Quien participó en ambos lados cuenta en cada lado; los totales la cuentan una vez. Las "
        "proporciones se calculan entre las personas que contribuyeron en ese lado o canal.",
    },
    "h_sides": {
        "en": "Offline and online",
        "fr": "Hors ligne et en ligne",
        "de": "Offline und online",
        "es": "Sin conexión y en línea",
    },
    "sides_text": {
        "en": "Offline channels: {offline}. Online channels: {online}. Any other channel counts as online.",
        "fr": "Canaux hors ligne : {offline}. Canaux en ligne : {online}. Tout autre canal compte comme en "
        "ligne.",
        "de": "Offline-Kanäle: {offline}. Online-Kanäle: {online}. Jeder andere Kanal zählt als online.",
        "es": "Canales sin conexión: {offline}. Canales en línea: {online}. Cualquier otro canal cuenta como "
        "en línea.",
    },
    "h_limits": {"en": "Limitations", "fr": "Limites", "de": "Grenzen", "es": "Limitaciones"},
    "lim_notes": {
        "en": "The voices of a group note cannot be matched to individuals; some of them may also have "
        "written on paper, so the offline side may count a few people twice.",
        "fr": "Les voix d'une note de groupe ne peuvent pas être rattachées à des individus ; certaines ont "
        "pu aussi écrire sur papier, si bien que le côté hors ligne peut compter quelques personnes "
        "deux fois.",
        "de": "Die Stimmen einer Gruppennotiz lassen sich keinen Einzelpersonen zuordnen; manche haben "
        "vielleicht auch auf Papier geschrieben, sodass die Offline-Seite einige Personen doppelt "
        "zählen kann.",
        "es": "Las voces de una nota de grupo no pueden asociarse a individuos; algunas pueden haber escrito "
        "también en papel, así que el lado sin conexión puede contar a algunas personas dos veces.",
    },
    "lim_coding": {
        "en": "Themes come from coding by the organisers and accepted suggestions; the contributions of "
        "{n} people have no theme yet.",
        "fr": "Les thèmes viennent du codage par les organisateurs et des suggestions acceptées ; les "
        "contributions de {n} personnes n'ont pas encore de thème.",
        "de": "Die Themen stammen aus der Zuordnung durch das Organisationsteam und angenommenen "
        "Vorschlägen; "
        "die Beiträge von {n} Personen haben noch kein Thema.",
        "es": "Los temas proceden de la codificación de la organización y de sugerencias aceptadas; las "
        "contribuciones de {n} personas aún no tienen tema.",
    },
    "lim_flagged": {
        "en": "{n} contributions were flagged (hostile or off-topic): they are counted as heard but never "
        "quoted.",
        "fr": "{n} contributions ont été signalées (hostiles ou hors sujet) : elles sont comptées comme "
        "entendues mais jamais citées.",
        "de": "{n} Beiträge wurden markiert (feindselig oder themenfremd): Sie zählen als gehört, werden "
        "aber nie zitiert.",
        "es": "{n} contribuciones se marcaron (hostiles o fuera de tema): cuentan como escuchadas pero nunca "
        "se citan.",
    },
    "lim_review": {
        "en": "{n} paper answers still awaiting review are left out of the rating figures.",
        "fr": "{n} réponses papier encore à vérifier sont exclues des chiffres d'évaluation.",
        "de": "{n} Papierantworten, die noch geprüft werden müssen, fehlen in den Bewertungszahlen.",
        "es": "{n} respuestas en papel pendientes de revisión quedan fuera de las cifras de valoración.",
    },
    "lim_consent_yes": {
        "en": "Quotes come only from people who agreed to be quoted; people whose consent was not recorded "
        "may be quoted, as the organiser chose.",
        "fr": "Les citations viennent uniquement de personnes qui ont accepté d'être citées ; les personnes "
        "dont le consentement n'a pas été recueilli peuvent être citées, selon le choix de l'organisateur.",
        "de": "Zitate stammen nur von Menschen, die zugestimmt haben; Menschen ohne erfasste Zustimmung "
        "können zitiert werden, wie vom Organisationsteam gewählt.",
        "es": "Las citas proceden solo de personas que aceptaron ser citadas; las personas sin "
        "consentimiento registrado pueden citarse, por decisión de la organización.",
    },
    "lim_consent_no": {
        "en": "Quotes come only from people who agreed to be quoted; people whose consent was not recorded "
        "are never quoted.",
        "fr": "Les citations viennent uniquement de personnes qui ont accepté d'être citées ; les personnes "
        "dont le consentement n'a pas été recueilli ne sont jamais citées.",
        "de": "Zitate stammen nur von Menschen, die zugestimmt haben; Menschen ohne erfasste Zustimmung "
        "werden nie zitiert.",
        "es": "Las citas proceden solo de personas que aceptaron ser citadas; las personas sin "
        "consentimiento registrado nunca se citan.",
    },
    "lim_names_no": {
        "en": "People are shown by pseudonym (such as P-K7QH4M), never by name.",
        "fr": "Les personnes apparaissent sous pseudonyme (comme P-K7QH4M), jamais sous leur nom.",
        "de": "Personen erscheinen unter Pseudonym (etwa P-K7QH4M), nie mit Namen.",
        "es": "Las personas aparecen con seudónimo (como P-K7QH4M), nunca con su nombre.",
    },
    "lim_names_yes": {
        "en": "People are shown by pseudonym unless they agreed to be named and the organiser chose to show "
        "names.",
        "fr": "Les personnes apparaissent sous pseudonyme, sauf si elles ont accepté d'être nommées et que "
        "l'organisateur a choisi d'afficher les noms.",
        "de": "Personen erscheinen unter Pseudonym, außer sie haben einer Nennung zugestimmt und das "
        "Organisationsteam hat Namen gewählt.",
        "es": "Las personas aparecen con seudónimo salvo que aceptaran ser nombradas y la organización "
        "decidiera mostrar nombres.",
    },
    "lim_selfselect": {
        "en": "The people who took part chose to: the figures describe them, not the whole population.",
        "fr": "Les personnes ont choisi de participer : les chiffres les décrivent elles, pas toute la "
        "population.",
        "de": "Die Teilnehmenden haben sich selbst dafür entschieden: Die Zahlen beschreiben sie, nicht die "
        "ganze Bevölkerung.",
        "es": "Las personas eligieron participar: las cifras las describen a ellas, no a toda la población.",
    },
    "lim_gap": {
        "en": "Offline and online “agree” on a theme when their shares differ by less than {gap} points.",
        "fr": "Hors ligne et en ligne « s'accordent » sur un thème quand leurs parts diffèrent de moins de "
        "{gap} points.",
        "de": "Offline und online „stimmen überein“, wenn ihre Anteile um weniger als {gap} Punkte "
        "abweichen.",
        "es": "Sin conexión y en línea «coinciden» en un tema cuando sus proporciones difieren en menos de "
        "{gap} puntos.",
    },
    # Appendix
    "h_appendix": {"en": "Appendix", "fr": "Annexe", "de": "Anhang", "es": "Anexo"},
    "h_app_themes": {
        "en": "A. People per theme and channel",
        "fr": "A. Personnes par thème et par canal",
        "de": "A. Personen nach Thema und Kanal",
        "es": "A. Personas por tema y canal",
    },
    "h_app_channels": {
        "en": "B. Channels and volume",
        "fr": "B. Canaux et volume",
        "de": "B. Kanäle und Umfang",
        "es": "B. Canales y volumen",
    },
    "h_app_identical": {
        "en": "C. Identical texts",
        "fr": "C. Textes identiques",
        "de": "C. Identische Texte",
        "es": "C. Textos idénticos",
    },
    "identical_lead": {
        "en": "Texts sent in the same words by more than one person, shown once with the people behind "
        "them. The wording is printed only if a sender agreed to be quoted.",
        "fr": "Textes envoyés avec les mêmes mots par plus d'une personne, montrés une fois avec les "
        "personnes derrière eux. Le texte n'est imprimé que si l'une d'elles a accepté d'être citée.",
        "de": "Texte, die mehr als eine Person im gleichen Wortlaut geschickt hat, einmal gezeigt mit den "
        "Personen dahinter. Der Wortlaut erscheint nur, wenn eine von ihnen einem Zitat zugestimmt hat.",
        "es": "Textos enviados con las mismas palabras por más de una persona, mostrados una vez con las "
        "personas detrás. El texto solo se imprime si alguna aceptó ser citada.",
    },
    "identical_withheld": {
        "en": "(wording not printed: no sender agreed to be quoted)",
        "fr": "(texte non imprimé : aucun expéditeur n'a accepté d'être cité)",
        "de": "(Wortlaut nicht gedruckt: niemand hat einem Zitat zugestimmt)",
        "es": "(texto no impreso: nadie aceptó ser citado)",
    },
    "identical_more": {
        "en": "{n} more identical texts are not listed.",
        "fr": "{n} autres textes identiques ne sont pas listés.",
        "de": "{n} weitere identische Texte sind nicht aufgeführt.",
        "es": "{n} textos idénticos más no se muestran.",
    },
    "identical_none": {
        "en": "No text was sent identically by more than one person.",
        "fr": "Aucun texte n'a été envoyé à l'identique par plus d'une personne.",
        "de": "Kein Text wurde von mehr als einer Person gleichlautend geschickt.",
        "es": "Ningún texto fue enviado igual por más de una persona.",
    },
    "col_text": {"en": "Text", "fr": "Texte", "de": "Text", "es": "Texto"},
    "col_channels": {"en": "Channels", "fr": "Canaux", "de": "Kanäle", "es": "Canales"},
    # Redaction marks
    "red_email": {"en": "[e-mail]", "fr": "[e-mail]", "de": "[E-Mail]", "es": "[correo]"},
    "red_phone": {"en": "[phone]", "fr": "[téléphone]", "de": "[Telefon]", "es": "[teléfono]"},
    "red_handle": {"en": "[@name]", "fr": "[@nom]", "de": "[@Name]", "es": "[@usuario]"},
    # Channels
    "ch_paper": {
        "en": "Paper form",
        "fr": "Formulaire papier",
        "de": "Papierbogen",
        "es": "Formulario en papel",
    },
    "ch_note": {
        "en": "Facilitator note",
        "fr": "Note d'animation",
        "de": "Moderationsnotiz",
        "es": "Nota de facilitación",
    },
    "ch_tally": {"en": "Show of hands", "fr": "Vote à main levée", "de": "Handzeichen", "es": "Mano alzada"},
    "ch_checkin": {"en": "In the room", "fr": "Dans la salle", "de": "Im Raum", "es": "En la sala"},
    "ch_sms": {"en": "SMS", "fr": "SMS", "de": "SMS", "es": "SMS"},
    "ch_email": {"en": "E-mail", "fr": "E-mail", "de": "E-Mail", "es": "Correo electrónico"},
    "ch_table": {
        "en": "Other online table",
        "fr": "Autre tableau en ligne",
        "de": "Andere Online-Tabelle",
        "es": "Otra tabla en línea",
    },
}

ACCESS_KEYS = {"none": "access_none", "poor": "access_poor", "good": "access_good", "unknown": "unknown"}


def check_language(lang: str) -> str:
    from hybridhub.core.errors import ValidationError

    if lang not in LANGUAGES:
        raise ValidationError(
            f"no report language '{lang}'", field="lang", hint="choose one of " + ", ".join(LANGUAGES)
        )
    return lang


def placeholders(template: str) -> set[str]:
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name}


@dataclass(frozen=True)
class Catalog:
    """Messages, numbers and dates in one language."""

    lang: str

    def __call__(self, key: str, **values: object) -> str:
        text = M[key][self.lang]
        return text.format(**values) if values else text

    def channel(self, name: str) -> str:
        from hybridhub.core.channels import label

        key = f"ch_{name}"
        return M[key][self.lang] if key in M else label(name)

    def side(self, side: str, capital: bool = False) -> str:
        return self(("Side_" if capital else "side_") + side)

    def integer(self, value: int) -> str:
        text = f"{value:,}"
        sep = {"en": ",", "fr": "\u00a0", "de": ".", "es": "."}[self.lang]
        if self.lang == "es" and abs(value) < 10000:
            return str(value)  # Spanish style groups only from five digits
        return text.replace(",", sep)

    def decimal(self, value: float, digits: int = 1) -> str:
        text = f"{value:.{digits}f}"
        return text if self.lang == "en" else text.replace(".", ",")

    def percent(self, share: float | None) -> str:
        if share is None:
            return "–"
        number = round(share * 100)
        # A no-break space: reportlab would break a line at a narrow one.
        return f"{number}%" if self.lang == "en" else f"{number}\u00a0%"

    def points(self, share: float) -> str:
        number = round(share * 100)
        return f"+{number}" if number > 0 else ("−" + str(-number) if number < 0 else "0")

    def date(self, value: date | datetime | None) -> str:
        if value is None:
            return ""
        month = MONTHS[self.lang].split()[value.month - 1]
        if self.lang == "en":
            return f"{value.day} {month} {value.year}"
        if self.lang == "de":
            return f"{value.day}. {month} {value.year}"
        if self.lang == "es":
            return f"{value.day} de {month} de {value.year}"
        return f"{value.day} {month} {value.year}"

    def access(self, value: str) -> str:
        key = ACCESS_KEYS.get(value)
        return self(key) if key else value

    def quoted(self, text: str) -> str:
        """Quotation marks as each language sets them."""
        marks = {"en": ("“", "”"), "fr": ("«\u00a0", "\u00a0»"), "de": ("„", "“"), "es": ("«", "»")}
        left, right = marks[self.lang]
        return f"{left}{text}{right}"

    def redaction(self) -> dict[str, str]:
        return {"email": self("red_email"), "phone": self("red_phone"), "handle": self("red_handle")}
