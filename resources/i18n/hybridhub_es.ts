<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>BatchesModel</name>
    <message numerus="yes">
        <source>%n problem line(s) were reported</source>
        <translation>
            <numerusform>Se ha señalado %n línea con problemas</numerusform>
            <numerusform>Se han señalado %n líneas con problemas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BrowserPage</name>
    <message>
        <source>All contributions</source>
        <translation>Todas las contribuciones</translation>
    </message>
    <message>
        <source>Paper, notes and every online channel in one list. Search ignores accents and case.</source>
        <translation>Papel, notas y todos los canales en línea en una sola lista. La búsqueda no distingue acentos ni mayúsculas.</translation>
    </message>
    <message>
        <source>Source of the selected contribution</source>
        <translation>Fuente de la contribución seleccionada</translation>
    </message>
    <message>
        <source>Contributions</source>
        <translation>Contribuciones</translation>
    </message>
    <message>
        <source>No contributions to show. Notes, paper forms and imported discussions appear here (if you searched or filtered, press Reset).</source>
        <translation>No hay contribuciones que mostrar. Las notas, los formularios en papel y los debates importados aparecen aquí (si ha buscado o filtrado, pulse Restablecer).</translation>
    </message>
    <message>
        <source>Every time is shown in the event&apos;s time zone (Event page).</source>
        <translation>Todas las horas se muestran en la zona horaria del evento (página Evento).</translation>
    </message>
    <message>
        <source>Flag hostile</source>
        <translation>Marcar hostil</translation>
    </message>
    <message>
        <source>Flag off-topic</source>
        <translation>Marcar fuera de tema</translation>
    </message>
    <message>
        <source>Clear flag</source>
        <translation>Quitar la marca</translation>
    </message>
    <message>
        <source>Flagged items are kept and counted as heard, but never quoted.</source>
        <translation>Los elementos marcados se conservan y cuentan como escuchados, pero nunca se citan.</translation>
    </message>
    <message>
        <source>Search words…  (&quot;a phrase&quot;, -leave-out)</source>
        <translation>Buscar palabras…  (&quot;una frase&quot;, -excluir)</translation>
    </message>
    <message>
        <source>Offline and online</source>
        <translation>Sin conexión y en línea</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Flagged or not</source>
        <translation>Marcado o no</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Marcado</translation>
    </message>
    <message>
        <source>Not flagged</source>
        <translation>Sin marcar</translation>
    </message>
    <message>
        <source>from any day</source>
        <translation>desde cualquier día</translation>
    </message>
    <message>
        <source>to any day</source>
        <translation>hasta cualquier día</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>Desde el día</translation>
    </message>
    <message>
        <source>To day</source>
        <translation>Hasta el día</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Todos los canales</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Todas las sesiones</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Todos los temas</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s)</source>
        <translation>
            <numerusform>%n contribución</numerusform>
            <numerusform>%n contribuciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Times in {0}</source>
        <translation>Horas en {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n seleccionada</numerusform>
            <numerusform>%n seleccionadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a contribution to see its source.</source>
        <translation>Seleccione una contribución para ver su origen.</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>As</source>
        <translation>Como</translation>
    </message>
    <message>
        <source>Voices</source>
        <translation>Voces</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>In reply to</source>
        <translation>En respuesta a</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>Read by</source>
        <translation>Leído por</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Note by</source>
        <translation>Nota de</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Persona que habla</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Flag as hostile</source>
        <translation>Marcar como hostil</translation>
    </message>
    <message>
        <source>Flag as off-topic</source>
        <translation>Marcar como fuera de tema</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message>
        <source>Paper form</source>
        <translation>Formulario en papel</translation>
    </message>
    <message>
        <source>Facilitator note</source>
        <translation>Nota de la facilitación</translation>
    </message>
    <message>
        <source>Show of hands</source>
        <translation>Votación a mano alzada</translation>
    </message>
    <message>
        <source>Check-in desk</source>
        <translation>Acreditación</translation>
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
        <translation>Correo electrónico</translation>
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
        <translation>Otra tabla en línea</translation>
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <source>Check-in desk</source>
        <translation>Acreditación</translation>
    </message>
    <message>
        <source>Scan badges with the USB scanner or the camera; everything works offline.</source>
        <translation>Escanee las credenciales con el lector USB o la cámara; todo funciona sin conexión.</translation>
    </message>
    <message>
        <source>Import registrations…</source>
        <translation>Importar las inscripciones…</translation>
    </message>
    <message>
        <source>CSV or XLSX list of participants</source>
        <translation>Lista de participantes en CSV o XLSX</translation>
    </message>
    <message>
        <source>Print badges…</source>
        <translation>Imprimir credenciales…</translation>
    </message>
    <message>
        <source>A PDF of badges with QR codes</source>
        <translation>Un PDF de credenciales con códigos QR</translation>
    </message>
    <message>
        <source>Export log…</source>
        <translation>Exportar el registro…</translation>
    </message>
    <message>
        <source>Save this laptop&apos;s log for another laptop</source>
        <translation>Guardar el registro de este portátil para otro</translation>
    </message>
    <message>
        <source>Merge log…</source>
        <translation>Combinar un registro…</translation>
    </message>
    <message>
        <source>Add another laptop&apos;s log (safe to repeat)</source>
        <translation>Añadir el registro de otro portátil (se puede repetir sin riesgo)</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Check-out</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Sounds</source>
        <translation>Sonidos</translation>
    </message>
    <message>
        <source>Scan a badge or type its code, then Enter</source>
        <translation>Escanee una credencial o escriba su código y pulse Intro</translation>
    </message>
    <message>
        <source>Walk-in…</source>
        <translation>Sin inscripción…</translation>
    </message>
    <message>
        <source>Someone who did not register (Ctrl+N)</source>
        <translation>Alguien que no se inscribió (Ctrl+N)</translation>
    </message>
    <message>
        <source>Undo last check-in</source>
        <translation>Deshacer la última entrada</translation>
    </message>
    <message>
        <source>This laptop: {0}</source>
        <translation>Este portátil: {0}</translation>
    </message>
    <message>
        <source>Find by name</source>
        <translation>Buscar por nombre</translation>
    </message>
    <message>
        <source>Name, organisation or badge number</source>
        <translation>Nombre, organización o número de credencial</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Start camera</source>
        <translation>Iniciar la cámara</translation>
    </message>
    <message>
        <source>Arrival at the event</source>
        <translation>Llegada al evento</translation>
    </message>
    <message>
        <source>{0} present of {1}</source>
        <translation>{0} presentes de {1}</translation>
    </message>
    <message>
        <source> · {0} walk-ins</source>
        <translation> · {0} sin inscripción</translation>
    </message>
    <message>
        <source> · failed scans: {0}</source>
        <translation> · escaneos fallidos: {0}</translation>
    </message>
    <message>
        <source>Nothing to undo on this laptop.</source>
        <translation>No hay nada que deshacer en este portátil.</translation>
    </message>
    <message>
        <source>badge {0}</source>
        <translation>credencial {0}</translation>
    </message>
    <message>
        <source>No camera found on this laptop. Use the USB scanner, type the code printed under the QR, or search the name.</source>
        <translation>No hay cámara en este portátil. Use el lector USB, escriba el código impreso bajo el QR o busque el nombre.</translation>
    </message>
    <message>
        <source>Pick a camera and start it.</source>
        <translation>Elija una cámara y póngala en marcha.</translation>
    </message>
    <message>
        <source>Camera stopped.</source>
        <translation>Cámara detenida.</translation>
    </message>
    <message>
        <source>Camera problem: {0}</source>
        <translation>Problema con la cámara: {0}</translation>
    </message>
    <message>
        <source>Stop camera</source>
        <translation>Detener la cámara</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Salir de pantalla completa</translation>
    </message>
    <message>
        <source>Import registrations</source>
        <translation>Importar las inscripciones</translation>
    </message>
    <message>
        <source>Participant lists (*.csv *.tsv *.txt *.xlsx)</source>
        <translation>Listas de participantes (*.csv *.tsv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>Registrations imported</source>
        <translation>Inscripciones importadas</translation>
    </message>
    <message>
        <source>Importing registrations…</source>
        <translation>Importando las inscripciones…</translation>
    </message>
    <message>
        <source>Save badges</source>
        <translation>Guardar las credenciales</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Badge layout</source>
        <translation>Formato de las credenciales</translation>
    </message>
    <message>
        <source>How should the badges be printed?</source>
        <translation>¿Cómo se imprimen las credenciales?</translation>
    </message>
    <message>
        <source>One A4 ticket per person</source>
        <translation>Un billete A4 por persona</translation>
    </message>
    <message>
        <source>Label sheets, 8 per page</source>
        <translation>Hojas de etiquetas, 8 por página</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Badges ready</source>
        <translation>Credenciales listas</translation>
    </message>
    <message>
        <source>{0} badges in {1}</source>
        <translation>{0} credenciales en {1}</translation>
    </message>
    <message>
        <source>Writing badges…</source>
        <translation>Escribiendo las credenciales…</translation>
    </message>
    <message>
        <source>Export check-in log</source>
        <translation>Exportar el registro de acreditación</translation>
    </message>
    <message>
        <source>Log (*.json)</source>
        <translation>Registro (*.json)</translation>
    </message>
    <message>
        <source>Log exported</source>
        <translation>Registro exportado</translation>
    </message>
    <message>
        <source>{0} rows and {1} walk-ins written to {2}</source>
        <translation>{0} filas y {1} sin inscripción escritas en {2}</translation>
    </message>
    <message>
        <source>Merge a check-in log</source>
        <translation>Combinar un registro de acreditación</translation>
    </message>
    <message>
        <source>Log merged</source>
        <translation>Registro combinado</translation>
    </message>
</context>
<context>
    <name>CheckinWords</name>
    <message>
        <source>{0}: {1} rows</source>
        <translation>{0}: {1} filas</translation>
    </message>
    <message>
        <source>{0} added, {1} updated, {2} already registered</source>
        <translation>{0} añadidas, {1} actualizadas, {2} ya inscritas</translation>
    </message>
    <message>
        <source>{0} listed twice</source>
        <translation>{0} repetidas</translation>
    </message>
    <message>
        <source>{0} skipped</source>
        <translation>{0} omitidas</translation>
    </message>
    <message>
        <source>{0}: {1} new rows, {2} already here</source>
        <translation>{0}: {1} filas nuevas, {2} ya presentes</translation>
    </message>
    <message>
        <source>{0} walk-ins added</source>
        <translation>{0} asistentes sin inscripción añadidos</translation>
    </message>
    <message>
        <source>walk-in badge {0} is badge {1} here</source>
        <translation>la credencial sin inscripción {0} es aquí la {1}</translation>
    </message>
    <message>
        <source>{0} rows for a session this laptop lacks (kept as arrival)</source>
        <translation>{0} filas de una sesión que este portátil no tiene (guardadas como llegada)</translation>
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
        <translation>Qué</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>Cuál</translation>
    </message>
    <message>
        <source>Kept now</source>
        <translation>Conservado ahora</translation>
    </message>
    <message>
        <source>The other edit</source>
        <translation>La otra modificación</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>the event</source>
        <translation>el evento</translation>
    </message>
</context>
<context>
    <name>ContributionsModel</name>
    <message>
        <source>offline</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en línea</translation>
    </message>
    <message>
        <source>Times in {0}, the event&apos;s time zone</source>
        <translation>Horas en {0}, la zona horaria del evento</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>HybridHub hit an error it did not expect. What you had saved is safe: every change is stored as it is made.

What to do: try again; if it happens again, close and restart HybridHub, and send the log file to whoever supports you.

The log is here: {0}</source>
        <translation>HybridHub encontró un error inesperado. Lo que había guardado está a salvo: cada cambio se guarda en el momento.

Qué hacer: inténtelo de nuevo; si vuelve a ocurrir, cierre y reinicie HybridHub y envíe el archivo de registro a quien le ayude.

El registro está aquí: {0}</translation>
    </message>
</context>
<context>
    <name>EventPage</name>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>What the workshop is, when and where, and why it is held. Reports open with this purpose statement.</source>
        <translation>Qué es el taller, cuándo y dónde, y por qué se celebra. Los informes empiezan con este propósito.</translation>
    </message>
    <message>
        <source>e.g. Living well with MS: community services</source>
        <translation>p. ej., Vivir bien con EM: servicios de proximidad</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Room and address, and the online link&apos;s name if hybrid</source>
        <translation>Sala y dirección, y el nombre del enlace en línea si es híbrido</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>other codes, e.g. ar, pt-BR</source>
        <translation>otros códigos, p. ej., ar, pt-BR</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Purpose statement</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Three short answers that tell a decision-maker what this consultation is for.</source>
        <translation>Tres respuestas breves que dicen a quien decide para qué sirve esta consulta.</translation>
    </message>
    <message>
        <source>Whose voices: who is invited, who it affects</source>
        <translation>Qué voces: a quién se invita, a quién afecta</translation>
    </message>
    <message>
        <source>What is being decided or asked</source>
        <translation>Qué se decide o se pregunta</translation>
    </message>
    <message>
        <source>Why now, and what happens with the results</source>
        <translation>Por qué ahora y qué pasará con los resultados</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin fijar</translation>
    </message>
    <message>
        <source>Agenda items, breakouts or tables. Imported messages and notes fall into the session whose time they fall in.</source>
        <translation>Puntos del programa, grupos de trabajo o mesas. Los mensajes importados y las notas se asignan a la sesión en cuyo horario caen.</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>Añadir sesión</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar los cambios</translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation>Todos los cambios guardados.</translation>
    </message>
    <message>
        <source>The event&apos;s details have changes that are not saved.</source>
        <translation>Los datos del evento tienen cambios sin guardar.</translation>
    </message>
    <message>
        <source>Unsaved changes — Ctrl+S saves.</source>
        <translation>Cambios sin guardar: Ctrl+S guarda.</translation>
    </message>
</context>
<context>
    <name>FormsPage</name>
    <message>
        <source>Paper forms</source>
        <translation>Formularios en papel</translation>
    </message>
    <message>
        <source>Print feedback sheets before the session; scan the filled sheets afterwards. Every sheet is captured once, by scan or by keyed entry.</source>
        <translation>Imprima las hojas de opinión antes de la sesión y escanee después las rellenadas. Cada hoja se registra una sola vez, por escaneo o por entrada manual.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Large print (bigger type and boxes)</source>
        <translation>Letra grande (texto y casillas más grandes)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulario</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copias</translation>
    </message>
    <message>
        <source>Print to PDF…</source>
        <translation>Imprimir en PDF…</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Escanear</translation>
    </message>
    <message>
        <source>PDFs from the office scanner, or photos and TIFF files; any order.</source>
        <translation>PDF del escáner de la oficina, o fotos y archivos TIFF; en cualquier orden.</translation>
    </message>
    <message>
        <source>Scan files…</source>
        <translation>Escanear archivos…</translation>
    </message>
    <message>
        <source>Unidentified pages</source>
        <translation>Páginas sin identificar</translation>
    </message>
    <message>
        <source>Pages whose QR code or corner markers could not be read. Type the sheet code written on the page to assign it, or discard it.</source>
        <translation>Páginas cuyo código QR o marcas de esquina no se pudieron leer. Escriba el código de hoja que figura en la página para asignarla, o descártela.</translation>
    </message>
    <message>
        <source>Pages to assign</source>
        <translation>Páginas por asignar</translation>
    </message>
    <message>
        <source>Sheet code</source>
        <translation>Código de la hoja</translation>
    </message>
    <message>
        <source>Page of the form</source>
        <translation>Página del formulario</translation>
    </message>
    <message>
        <source>page </source>
        <translation>página </translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>(no session)</source>
        <translation>(sin sesión)</translation>
    </message>
    <message>
        <source>Save the sheets as PDF</source>
        <translation>Guardar las hojas en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing {0} sheets…</source>
        <translation>Preparando {0} hojas…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <source>{0} sheets, {1} pages written to {2}</source>
        <translation>{0} hojas, {1} páginas escritas en {2}</translation>
    </message>
    <message>
        <source>Choose scanned sheets</source>
        <translation>Elegir las hojas escaneadas</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Escaneos (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Reading {0} file(s)…</source>
        <translation>Leyendo {0} archivo(s)…</translation>
    </message>
    <message>
        <source>{pages} pages: {identified} identified, {duplicates} already captured, {unidentified} unidentified. {auto} answers read, {review} for review.</source>
        <translation>{pages} páginas: {identified} identificadas, {duplicates} ya registradas, {unidentified} sin identificar. {auto} respuestas leídas, {review} para revisar.</translation>
    </message>
    <message>
        <source>Scan cancelled: nothing was stored.</source>
        <translation>Escaneo cancelado: no se ha guardado nada.</translation>
    </message>
    <message>
        <source>No unidentified pages.</source>
        <translation>No hay páginas sin identificar.</translation>
    </message>
    <message>
        <source>Page assigned: {0} answers read, {1} for review.</source>
        <translation>Página asignada: {0} respuestas leídas, {1} para revisar.</translation>
    </message>
    <message>
        <source>Discard page</source>
        <translation>Descartar la página</translation>
    </message>
    <message>
        <source>Remove this page from the queue? Its answers will not be read.</source>
        <translation>¿Quitar esta página de la cola? Sus respuestas no se leerán.</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
</context>
<context>
    <name>ImportFilesModel</name>
    <message>
        <source>not recognised</source>
        <translation>no reconocido</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>listo</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import the online discussion</source>
        <translation>Importar la conversación en línea</translation>
    </message>
    <message>
        <source>Chats, meeting chats and attendance reports become contributions and online attendance. Check the preview, then import; an import can be removed as a whole.</source>
        <translation>Los chats, los chats de reuniones y los informes de asistencia se convierten en contribuciones y asistencia en línea. Revise la vista previa y luego importe; una importación se puede quitar entera.</translation>
    </message>
    <message>
        <source>Times in the files are in</source>
        <translation>Las horas de los archivos están en</translation>
    </message>
    <message>
        <source>Include direct messages</source>
        <translation>Incluir los mensajes directos</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Fecha de la reunión</translation>
    </message>
    <message>
        <source>from the file name</source>
        <translation>según el nombre del archivo</translation>
    </message>
    <message>
        <source>Zoom chats carry times only; set the date if the file name has none.</source>
        <translation>Los chats de Zoom solo llevan la hora; indique la fecha si el nombre del archivo no la tiene.</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Archivos por importar</translation>
    </message>
    <message>
        <source>Select a file to see its first 50 records.</source>
        <translation>Seleccione un archivo para ver sus 50 primeros registros.</translation>
    </message>
    <message>
        <source>Preview of the selected file</source>
        <translation>Vista previa del archivo seleccionado</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>Archivos importados</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Vaciar la lista</translation>
    </message>
    <message>
        <source>Remove selected import…</source>
        <translation>Quitar la importación seleccionada…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Choose exported files</source>
        <translation>Elegir los archivos exportados</translation>
    </message>
    <message>
        <source>Exports (*.*)</source>
        <translation>Exportaciones (*.*)</translation>
    </message>
    <message>
        <source>Recognising files…</source>
        <translation>Reconociendo los archivos…</translation>
    </message>
    <message>
        <source>Complete the steps above to see a preview.</source>
        <translation>Complete los pasos de arriba para ver una vista previa.</translation>
    </message>
    <message>
        <source>needs attention (see the preview)</source>
        <translation>requiere atención (ver la vista previa)</translation>
    </message>
    <message numerus="yes">
        <source> (first %n records)</source>
        <translation>
            <numerusform> (primer registro)</numerusform>
            <numerusform> (primeros %n registros)</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview of {source}: {label}, written in {zone}, shown in {event}{more}</source>
        <translation>Vista previa de {source}: {label}, escrito en {zone}, mostrado en {event}{more}</translation>
    </message>
    <message>
        <source>This chat does not say which day it was: choose the meeting date above.</source>
        <translation>Este chat no dice qué día fue: elija arriba la fecha de la reunión.</translation>
    </message>
    <message>
        <source>Cannot preview: {0}</source>
        <translation>No se puede previsualizar: {0}</translation>
    </message>
    <message>
        <source>Dates outside the event</source>
        <translation>Fechas fuera del evento</translation>
    </message>
    <message>
        <source>{0}

Is this the right file for this event?</source>
        <translation>{0}

¿Es este el archivo correcto para este evento?</translation>
    </message>
    <message>
        <source>Import anyway</source>
        <translation>Importar de todos modos</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Checking the dates…</source>
        <translation>Comprobando las fechas…</translation>
    </message>
    <message>
        <source>⚠ Dates outside the event: the file runs {found}, the event is on {event} ({n} of {m}).</source>
        <translation>⚠ Fechas fuera del evento: el archivo abarca {found}, el evento es el {event} ({n} de {m}).</translation>
    </message>
    <message>
        <source>Is this the right file for this event? You can still import it: Import will ask.</source>
        <translation>¿Es este el archivo correcto para este evento? Aún puede importarlo: Importar se lo preguntará.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>imported: {0} added</source>
        <translation>importado: {0} añadidas</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>no importado</translation>
    </message>
    <message>
        <source>Import cancelled before it started: nothing was imported.</source>
        <translation>Importación cancelada antes de empezar: no se ha importado nada.</translation>
    </message>
    <message>
        <source>Remove the import of {0}? Its {1} contributions and the people only it brought in are removed.</source>
        <translation>¿Quitar la importación de {0}? Se quitan sus {1} contribuciones y las personas que solo ella aportó.</translation>
    </message>
    <message>
        <source>Remove import</source>
        <translation>Quitar la importación</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>quitado</translation>
    </message>
    <message numerus="yes">
        <source>Import %n file(s)</source>
        <translation>
            <numerusform>Importar %n archivo</numerusform>
            <numerusform>Importar %n archivos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyedEntryPage</name>
    <message>
        <source>Keyed entry</source>
        <translation>Entrada manual</translation>
    </message>
    <message>
        <source>Type the sheet code printed under the QR code, or scan the QR with the USB scanner. Then type each answer&apos;s number, Tab to the next, Enter to save.</source>
        <translation>Escriba el código de la hoja impreso bajo el código QR, o escanee el QR con el lector USB. Después escriba el número de cada respuesta, Tab para pasar a la siguiente, Intro para guardar.</translation>
    </message>
    <message>
        <source>Sheet code, e.g. K7QH4M</source>
        <translation>Código de la hoja, p. ej., K7QH4M</translation>
    </message>
    <message>
        <source>Open sheet</source>
        <translation>Abrir la hoja</translation>
    </message>
    <message>
        <source>Close sheet</source>
        <translation>Cerrar la hoja</translation>
    </message>
    <message>
        <source>Save answers (Enter)</source>
        <translation>Guardar las respuestas (Intro)</translation>
    </message>
    <message>
        <source>Sheet {0} · {1}{2} · {3}</source>
        <translation>Hoja {0} · {1}{2} · {3}</translation>
    </message>
    <message>
        <source>No sheet open</source>
        <translation>Ninguna hoja abierta</translation>
    </message>
    <message>
        <source>Sheet {0} saved: {1} answers. Next sheet?</source>
        <translation>Hoja {0} guardada: {1} respuestas. ¿Siguiente hoja?</translation>
    </message>
</context>
<context>
    <name>LaptopWords</name>
    <message>
        <source>Organiser</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Portátil</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>contribution</source>
        <translation>contribución</translation>
    </message>
    <message>
        <source>contributions</source>
        <translation>contribuciones</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>registro de llegada</translation>
    </message>
    <message>
        <source>check-ins</source>
        <translation>registros de llegada</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>respuesta</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>respuestas</translation>
    </message>
    <message>
        <source>sheet</source>
        <translation>hoja</translation>
    </message>
    <message>
        <source>sheets</source>
        <translation>hojas</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importación</translation>
    </message>
    <message>
        <source>imports</source>
        <translation>importaciones</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personas</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>tema</translation>
    </message>
    <message>
        <source>themes</source>
        <translation>temas</translation>
    </message>
    <message>
        <source>coding</source>
        <translation>codificación</translation>
    </message>
    <message>
        <source>codings</source>
        <translation>codificaciones</translation>
    </message>
    <message>
        <source>tally</source>
        <translation>recuento</translation>
    </message>
    <message>
        <source>tallies</source>
        <translation>recuentos</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>modificación</translation>
    </message>
    <message>
        <source>edits</source>
        <translation>modificaciones</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Tally</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <source>Tally option</source>
        <translation>Opción de recuento</translation>
    </message>
    <message>
        <source>Paper sheet</source>
        <translation>Hoja en papel</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Mapping</source>
        <translation>Correspondencia</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>who</source>
        <translation>quién</translation>
    </message>
    <message>
        <source>what</source>
        <translation>qué</translation>
    </message>
    <message>
        <source>why</source>
        <translation>por qué</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>fecha de inicio</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>fecha de fin</translation>
    </message>
    <message>
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>lugar</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>idiomas</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>zona horaria</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>modalidad</translation>
    </message>
    <message>
        <source>location</source>
        <translation>sala</translation>
    </message>
    <message>
        <source>order</source>
        <translation>orden</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organización</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>region</source>
        <translation>región</translation>
    </message>
    <message>
        <source>age band</source>
        <translation>franja de edad</translation>
    </message>
    <message>
        <source>internet access</source>
        <translation>acceso a internet</translation>
    </message>
    <message>
        <source>consent to quotes</source>
        <translation>consentimiento para citas</translation>
    </message>
    <message>
        <source>consent to contact</source>
        <translation>consentimiento para contacto</translation>
    </message>
    <message>
        <source>consent to show the name</source>
        <translation>consentimiento para mostrar el nombre</translation>
    </message>
    <message>
        <source>badge number</source>
        <translation>número de credencial</translation>
    </message>
    <message>
        <source>merged into</source>
        <translation>fusionado en</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>orador</translation>
    </message>
    <message>
        <source>speaker group</source>
        <translation>grupo que habla</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>cita</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sesión</translation>
    </message>
    <message>
        <source>parent</source>
        <translation>superior</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>voices</source>
        <translation>voces</translation>
    </message>
    <message>
        <source>flag</source>
        <translation>marca</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>color</translation>
    </message>
    <message>
        <source>keywords</source>
        <translation>palabras clave</translation>
    </message>
    <message>
        <source>question</source>
        <translation>pregunta</translation>
    </message>
    <message>
        <source>label</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <source>count</source>
        <translation>cantidad</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>value</source>
        <translation>valor</translation>
    </message>
    <message>
        <source>transcription</source>
        <translation>transcripción</translation>
    </message>
    <message>
        <source>needs review</source>
        <translation>por revisar</translation>
    </message>
    <message>
        <source>un-merged</source>
        <translation>separado</translation>
    </message>
</context>
<context>
    <name>LaptopsModel</name>
    <message>
        <source>Laptop</source>
        <translation>Portátil</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Inscrito el</translation>
    </message>
    <message>
        <source>Last exchange</source>
        <translation>Último intercambio</translation>
    </message>
    <message>
        <source>What it contributed</source>
        <translation>Lo que aportó</translation>
    </message>
    <message>
        <source>{0}  (this laptop)</source>
        <translation>{0}  (este portátil)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>nada todavía</translation>
    </message>
</context>
<context>
    <name>LaptopsPage</name>
    <message>
        <source>Laptops of this event</source>
        <translation>Portátiles de este evento</translation>
    </message>
    <message>
        <source>Each laptop keeps what it captures. Carry a bundle on a USB stick to another laptop and read it there: reading the same bundle twice adds nothing, in any order.</source>
        <translation>Cada portátil guarda lo que registra. Lleve un paquete en una memoria USB a otro portátil y léalo allí: leer dos veces el mismo paquete no añade nada, en cualquier orden.</translation>
    </message>
    <message>
        <source>Write bundle…</source>
        <translation>Escribir paquete…</translation>
    </message>
    <message>
        <source>Read bundles…</source>
        <translation>Leer paquetes…</translation>
    </message>
    <message>
        <source>Add a laptop…</source>
        <translation>Añadir un portátil…</translation>
    </message>
    <message>
        <source>Edits to look at</source>
        <translation>Modificaciones por revisar</translation>
    </message>
    <message>
        <source>Two laptops changed the same thing before they exchanged. Every laptop kept the newer edit; choose which one stays.</source>
        <translation>Dos portátiles cambiaron lo mismo antes de intercambiar. Todos guardaron la modificación más reciente; elija cuál se queda.</translation>
    </message>
    <message>
        <source>Keep this</source>
        <translation>Conservar esta</translation>
    </message>
    <message>
        <source>Keep the value every laptop holds now</source>
        <translation>Conservar el valor que tienen ahora todos los portátiles</translation>
    </message>
    <message>
        <source>Keep that</source>
        <translation>Conservar la otra</translation>
    </message>
    <message>
        <source>Put the other laptop&apos;s edit back, on every laptop</source>
        <translation>Restablecer la modificación del otro portátil, en todos los portátiles</translation>
    </message>
    <message>
        <source>No conflicts: every laptop agrees on every edit it has seen.</source>
        <translation>Sin conflictos: todos los portátiles coinciden en cada modificación que han visto.</translation>
    </message>
    <message>
        <source>Edits to look at ({0})</source>
        <translation>Modificaciones por revisar ({0})</translation>
    </message>
    <message>
        <source>{0} — kept now (by {1}): «{2}»
the other edit (by {3}): «{4}»</source>
        <translation>{0} — conservada ahora (por {1}): «{2}»
la otra modificación (por {3}): «{4}»</translation>
    </message>
    <message>
        <source>Write bundle</source>
        <translation>Escribir paquete</translation>
    </message>
    <message>
        <source>Wrote {0}: {1} rows. Carry it to the other laptops and read it there.</source>
        <translation>{0} escrito: {1} filas. Llévelo a los otros portátiles y léalo allí.</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Escribiendo el paquete…</translation>
    </message>
    <message>
        <source>Read bundles</source>
        <translation>Leer paquetes</translation>
    </message>
    <message>
        <source>{0} from {1}: {2} added, {3} updated, {4} conflicts, {5} already here</source>
        <translation>{0} de {1}: {2} añadidos, {3} actualizados, {4} conflictos, {5} ya presentes</translation>
    </message>
    <message>
        <source>Reading bundles…</source>
        <translation>Leyendo paquetes…</translation>
    </message>
    <message>
        <source>Add a laptop</source>
        <translation>Añadir un portátil</translation>
    </message>
    <message>
        <source>Name of the new laptop (e.g. &apos;Table 2&apos; or &apos;Scanning&apos;):</source>
        <translation>Nombre del nuevo portátil (p. ej., «Mesa 2» o «Escaneo»):</translation>
    </message>
    <message>
        <source>Workspace for the new laptop</source>
        <translation>Espacio de trabajo del nuevo portátil</translation>
    </message>
    <message>
        <source>Laptop added</source>
        <translation>Portátil añadido</translation>
    </message>
    <message>
        <source>Wrote {0} for laptop &apos;{1}&apos;. On this computer it is ready to use. For another computer, copy it there with its key file (Keys: export, under a passphrase), carried separately.</source>
        <translation>{0} escrito para el portátil «{1}». En este ordenador está listo. Para otro ordenador, cópielo con su archivo de claves (Claves: exportar, con una frase de contraseña), transportado por separado.</translation>
    </message>
    <message>
        <source>Enrolling the laptop…</source>
        <translation>Inscribiendo el portátil…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening {0}…</source>
        <translation>Abriendo {0}…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Workspace: {0}</source>
        <translation>Espacio de trabajo: {0}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nuevo espacio de trabajo…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Abrir espacio de trabajo…</translation>
    </message>
    <message>
        <source>Open &amp;server workspace…</source>
        <translation>Abrir espacio de trabajo en un ser&amp;vidor…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Open &amp;demo workspace</source>
        <translation>Abrir el espacio de &amp;demostración</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation>Página si&amp;guiente</translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation>Página an&amp;terior</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Guides</source>
        <translation>&amp;Guías</translation>
    </message>
    <message>
        <source>&amp;About HybridHub</source>
        <translation>&amp;Acerca de HybridHub</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <source>&amp;Undo the last check-in</source>
        <translation>&amp;Deshacer la última entrada</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(ninguno todavía)</translation>
    </message>
    <message>
        <source>About HybridHub</source>
        <translation>Acerca de HybridHub</translation>
    </message>
    <message>
        <source>HybridHub {0}

Capture the room, import the online discussion, and report so that every voice counts, offline as much as online.</source>
        <translation>HybridHub {0}

Recoger lo que dice la sala, importar la conversación en línea e informar para que cada voz cuente, sin conexión tanto como en línea.</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nuevo espacio de trabajo</translation>
    </message>
    <message>
        <source>Title of the event:</source>
        <translation>Título del evento:</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Abrir un espacio de trabajo</translation>
    </message>
    <message>
        <source>Open server workspace</source>
        <translation>Abrir espacio de trabajo en un servidor</translation>
    </message>
    <message>
        <source>The database {0} holds no event yet. Create a new event there?</source>
        <translation>La base de datos {0} aún no contiene ningún evento. ¿Crear allí un evento nuevo?</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Acreditación</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Paper forms</source>
        <translation>Formularios en papel</translation>
    </message>
    <message>
        <source>Keyed entry</source>
        <translation>Entrada manual</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Browse</source>
        <translation>Explorar</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Laptops</source>
        <translation>Portátiles</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Columns of {0}</source>
        <translation>Columnas de {0}</translation>
    </message>
    <message>
        <source>{0} rows. Say what each column holds. E-mail addresses and phone numbers are only kept as keyed hashes, to recognise people when the list is imported again.</source>
        <translation>{0} filas. Indique qué contiene cada columna. Las direcciones de correo y los números de teléfono solo se guardan como huellas con clave, para reconocer a las personas cuando la lista se vuelva a importar.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>MappingStep</name>
    <message>
        <source>Preset</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>A short name such as circle, viber or forum</source>
        <translation>Un nombre corto, como círculo, viber o foro</translation>
    </message>
    <message>
        <source>Name for this mapping</source>
        <translation>Nombre de esta asignación</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>Guardar como plantilla</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Columnas del archivo</translation>
    </message>
    <message>
        <source>Paper form</source>
        <translation>Formulario en papel</translation>
    </message>
    <message>
        <source>Remember for this form</source>
        <translation>Recordar para este formulario</translation>
    </message>
    <message>
        <source>Questions of the form</source>
        <translation>Preguntas del formulario</translation>
    </message>
    <message>
        <source>Paper-form question</source>
        <translation>Pregunta del formulario en papel</translation>
    </message>
    <message>
        <source>Online column</source>
        <translation>Columna en línea</translation>
    </message>
    <message>
        <source>Older column</source>
        <translation>Columna anterior</translation>
    </message>
    <message>
        <source>Online answers → paper options</source>
        <translation>Respuestas en línea → opciones en papel</translation>
    </message>
    <message>
        <source>When the online form was edited, older answers sit in the question&apos;s old column</source>
        <translation>Si el formulario en línea se editó, las respuestas anteriores están en la columna antigua de la pregunta</translation>
    </message>
    <message>
        <source>Map the columns of {0}</source>
        <translation>Asignar las columnas de {0}</translation>
    </message>
    <message>
        <source>Choose which column holds the author, time and text (thread and room are optional). Rows above the header are skipped.</source>
        <translation>Elija qué columna contiene el autor, la hora y el texto (el hilo y la sala son opcionales). Se omiten las filas sobre la cabecera.</translation>
    </message>
    <message>
        <source>Map the online form to a paper form</source>
        <translation>Asociar el formulario en línea a uno en papel</translation>
    </message>
    <message>
        <source>Free-text answers become contributions. Choose the paper form this online form mirrors to keep its ratings and choices as answers next to the paper ones.</source>
        <translation>Las respuestas libres se convierten en contribuciones. Elija el formulario en papel al que corresponde este formulario en línea para guardar sus valoraciones y opciones como respuestas junto a las de papel.</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Guardar la asignación</translation>
    </message>
    <message>
        <source>Choose at least the text column first.</source>
        <translation>Elija primero al menos la columna del texto.</translation>
    </message>
    <message>
        <source>Saved as ‘{0}’.</source>
        <translation>Guardado como «{0}».</translation>
    </message>
    <message>
        <source>Using the mapping saved as ‘{0}’</source>
        <translation>Con la asignación guardada como «{0}»</translation>
    </message>
    <message>
        <source>Suggested from the question labels: check it</source>
        <translation>Sugerido a partir de los textos de las preguntas: compruébelo</translation>
    </message>
    <message>
        <source>(not asked online)</source>
        <translation>(no se preguntó en línea)</translation>
    </message>
    <message>
        <source>Saved as ‘{0}’: the next export of this form uses it</source>
        <translation>Guardado como «{0}»: la próxima exportación de este formulario lo usará</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Type what the room says. Enter saves, Shift+Enter breaks the line, #tags become themes.</source>
        <translation>Escriba lo que dice la sala. Intro guarda, Mayús+Intro salta de línea, las #etiquetas se convierten en temas.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Voices</source>
        <translation>Voces</translation>
    </message>
    <message>
        <source>How many people speak through this note (a table of 8: 8)</source>
        <translation>Cuántas personas hablan a través de esta nota (una mesa de 8: 8)</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Persona que habla</translation>
    </message>
    <message>
        <source>a person or a group</source>
        <translation>una persona o un grupo</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>The note is a verbatim quote</source>
        <translation>La nota es una cita literal</translation>
    </message>
    <message>
        <source>What is being said…</source>
        <translation>Lo que se está diciendo…</translation>
    </message>
    <message>
        <source>Save note  ⏎</source>
        <translation>Guardar la nota  ⏎</translation>
    </message>
    <message>
        <source>Notes of this session</source>
        <translation>Notas de esta sesión</translation>
    </message>
    <message>
        <source>Tallies</source>
        <translation>Recuentos</translation>
    </message>
    <message>
        <source>Show of hands and dot votes</source>
        <translation>Votaciones a mano alzada y con pegatinas</translation>
    </message>
    <message>
        <source>New tally…</source>
        <translation>Nuevo recuento…</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>Sin sesión</translation>
    </message>
    <message>
        <source>  (now)</source>
        <translation>  (ahora)</translation>
    </message>
    <message>
        <source>Times in {0}, the event&apos;s time zone</source>
        <translation>Horas en {0}, la zona horaria del evento</translation>
    </message>
    <message>
        <source>⚠ This laptop&apos;s clock says {0}, which is not a day of the agenda ({1}): choose the session yourself, or set the clock.</source>
        <translation>⚠ El reloj de este portátil indica {0}, que no es un día del programa ({1}): elija usted la sesión o ajuste el reloj.</translation>
    </message>
    <message>
        <source>Unsaved note recovered from the last session</source>
        <translation>Nota sin guardar recuperada de la última sesión</translation>
    </message>
    <message>
        <source>Draft kept safe at %1</source>
        <translation>Borrador guardado a las %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message numerus="yes">
        <source>%n voices</source>
        <translation>
            <numerusform>%n voz</numerusform>
            <numerusform>%n voces</numerusform>
        </translation>
    </message>
    <message>
        <source>quote</source>
        <translation>cita</translation>
    </message>
    <message>
        <source>New tally</source>
        <translation>Nuevo recuento</translation>
    </message>
    <message>
        <source>Question (e.g. &apos;Which change first?&apos;)</source>
        <translation>Pregunta (p. ej., «¿Qué cambiar primero?»)</translation>
    </message>
    <message>
        <source>Options, separated by commas</source>
        <translation>Opciones, separadas por comas</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>people took part</source>
        <translation>personas participaron</translation>
    </message>
    <message>
        <source>took part offline</source>
        <translation>participaron sin conexión</translation>
    </message>
    <message>
        <source>took part online</source>
        <translation>participaron en línea</translation>
    </message>
    <message>
        <source>contributions</source>
        <translation>contribuciones</translation>
    </message>
    <message>
        <source>check-ins</source>
        <translation>entradas</translation>
    </message>
    <message>
        <source>paper sheets</source>
        <translation>hojas en papel</translation>
    </message>
    <message>
        <source>Contributions by channel</source>
        <translation>Contribuciones por canal</translation>
    </message>
    <message>
        <source>Terracotta: offline channels (room, paper, SMS). Blue: online channels.</source>
        <translation>Terracota: canales sin conexión (sala, papel, SMS). Azul: canales en línea.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>set the dates, the time zone and the agenda.</source>
        <translation>fije las fechas, la zona horaria y el programa.</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Acreditación</translation>
    </message>
    <message>
        <source>import the registration list and print badges.</source>
        <translation>importe la lista de inscripciones e imprima las credenciales.</translation>
    </message>
    <message>
        <source>Paper forms</source>
        <translation>Formularios en papel</translation>
    </message>
    <message>
        <source>print feedback forms for each session.</source>
        <translation>imprima formularios de opinión para cada sesión.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>type what the room says, on the day.</source>
        <translation>anote lo que dice la sala, el mismo día.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>drop the chat and form exports of the online side.</source>
        <translation>suelte las exportaciones de chats y formularios en línea.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>when it is over: a PDF that counts people.</source>
        <translation>al terminar: un PDF que cuenta personas.</translation>
    </message>
    <message>
        <source>Nothing here yet. Next steps:</source>
        <translation>Aún no hay nada. Próximos pasos:</translation>
    </message>
    <message numerus="yes">
        <source>through %n channel(s)</source>
        <translation>
            <numerusform>por %n canal</numerusform>
            <numerusform>por %n canales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n named people</source>
        <translation>
            <numerusform>%n persona con nombre</numerusform>
            <numerusform>%n personas con nombre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n voices in notes</source>
        <translation>
            <numerusform>%n voz en notas</numerusform>
            <numerusform>%n voces en notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a name</source>
        <translation>
            <numerusform>%n sin nombre</numerusform>
            <numerusform>%n sin nombre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more came without contributing</source>
        <translation>
            <numerusform>y %n persona más vino sin contribuir</numerusform>
            <numerusform>y %n más vinieron sin contribuir</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} only offline · in the room, on paper or by SMS</source>
        <translation>{0} solo sin conexión · en la sala, en papel o por SMS</translation>
    </message>
    <message>
        <source>{0} only online · {1} on both sides</source>
        <translation>{0} solo en línea · {1} en ambos lados</translation>
    </message>
    <message>
        <source>door scans and online attendance</source>
        <translation>escaneos en la puerta y asistencia en línea</translation>
    </message>
    <message>
        <source>{0} captured</source>
        <translation>{0} registradas</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>May be quoted</source>
        <translation>Se puede citar</translation>
    </message>
    <message>
        <source>Name may be shown</source>
        <translation>Se puede mostrar su nombre</translation>
    </message>
    <message>
        <source>May be contacted</source>
        <translation>Se le puede contactar</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Everyone who took part, how they appear in each channel, and what they agreed to.</source>
        <translation>Todas las personas que participaron, cómo aparecen en cada canal y qué aceptaron.</translation>
    </message>
    <message>
        <source>Find a name, pseudonym or channel name…</source>
        <translation>Buscar un nombre, un seudónimo o un nombre en un canal…</translation>
    </message>
    <message>
        <source>Nobody yet. People appear as they check in, fill in a paper form, are named in a note or post in an imported discussion.</source>
        <translation>Todavía nadie. Las personas aparecen al acreditarse, rellenar un formulario en papel, ser nombradas en una nota o escribir en un debate importado.</translation>
    </message>
    <message>
        <source>Suggested merges</source>
        <translation>Fusiones sugeridas</translation>
    </message>
    <message>
        <source>Probably the same person</source>
        <translation>Probablemente la misma persona</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <source>No one looks like a duplicate of someone else.</source>
        <translation>Nadie parece estar duplicado.</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identidades</translation>
    </message>
    <message>
        <source>Checked: yes; empty: no; partly: not asked</source>
        <translation>Marcado: sí; vacío: no; parcial: no preguntado</translation>
    </message>
    <message>
        <source>Merged into this record</source>
        <translation>Fusionado en este registro</translation>
    </message>
    <message>
        <source>Un-merge selected</source>
        <translation>Deshacer la fusión seleccionada</translation>
    </message>
    <message>
        <source>Erase this person…</source>
        <translation>Borrar a esta persona…</translation>
    </message>
    <message>
        <source>Nobody selected</source>
        <translation>No hay nadie seleccionado</translation>
    </message>
    <message>
        <source> (phone)</source>
        <translation> (teléfono)</translation>
    </message>
    <message>
        <source> (e-mail)</source>
        <translation> (correo)</translation>
    </message>
    <message>
        <source>Merge %1 into %2? Their identities and contributions move; you can un-merge later.</source>
        <translation>¿Fusionar %1 con %2? Sus identidades y contribuciones se trasladan; podrá deshacer la fusión más tarde.</translation>
    </message>
    <message>
        <source>Erase %1 completely? Their %2 contributions, identities, check-ins and answers are deleted and the workspace is compacted so no trace stays. This cannot be undone.</source>
        <translation>¿Borrar %1 por completo? Se eliminan sus %2 contribuciones, identidades, entradas y respuestas, y el espacio de trabajo se compacta para que no quede rastro. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Erase participant</source>
        <translation>Borrar a la persona</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Borrado</translation>
    </message>
    <message>
        <source>%1 was erased.</source>
        <translation>%1 se ha borrado.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Follow the system (light or dark)</source>
        <translation>Seguir el sistema (claro u oscuro)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>System language ({0})</source>
        <translation>Idioma del sistema ({0})</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>A new language is used from the next start of HybridHub.</source>
        <translation>El nuevo idioma se usa a partir del próximo inicio de HybridHub.</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apariencia:</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>message</source>
        <translation>mensaje</translation>
    </message>
    <message>
        <source>direct message</source>
        <translation>mensaje privado</translation>
    </message>
    <message>
        <source>media (counted)</source>
        <translation>multimedia (contado)</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>descartado</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problema</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>asistencia</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>respuesta</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>One-page summary</source>
        <translation>Resumen de una página</translation>
    </message>
    <message>
        <source>Who took part</source>
        <translation>Quién participó</translation>
    </message>
    <message>
        <source>Rating questions</source>
        <translation>Preguntas de valoración</translation>
    </message>
    <message>
        <source>Each theme with quotes</source>
        <translation>Cada tema con citas</translation>
    </message>
    <message>
        <source>Raised mainly offline</source>
        <translation>Mencionados sobre todo sin conexión</translation>
    </message>
    <message>
        <source>Tallies from the room</source>
        <translation>Recuentos de la sala</translation>
    </message>
    <message>
        <source>Method and limitations</source>
        <translation>Método y limitaciones</translation>
    </message>
    <message>
        <source>Appendix tables</source>
        <translation>Tablas del apéndice</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>A PDF for decision-makers in which every person counts once, whether they spoke in the room, wrote on paper or typed online.</source>
        <translation>Un PDF para quienes deciden en el que cada persona cuenta una vez, tanto si habló en la sala como si escribió en papel o en línea.</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Idioma del informe</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>What to include</source>
        <translation>Qué incluir</translation>
    </message>
    <message>
        <source>Sessions (with all ticked, messages sent outside any session count too)</source>
        <translation>Sesiones (con todas marcadas, también cuentan los mensajes enviados fuera de cualquier sesión)</translation>
    </message>
    <message>
        <source>Only from</source>
        <translation>Solo de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Anonymity</source>
        <translation>Anonimato</translation>
    </message>
    <message>
        <source>Show the names of people who agreed to be named</source>
        <translation>Mostrar el nombre de las personas que aceptaron ser nombradas</translation>
    </message>
    <message>
        <source>Quote people whose consent was not recorded</source>
        <translation>Citar a personas cuyo consentimiento no se registró</translation>
    </message>
    <message>
        <source>Everyone else appears by pseudonym. Phone numbers, e-mail addresses and @handles are always removed from quotes, and flagged contributions are never quoted.</source>
        <translation>Las demás personas aparecen con seudónimo. Los números de teléfono, las direcciones de correo y los @usuarios se quitan siempre de las citas, y las contribuciones marcadas nunca se citan.</translation>
    </message>
    <message>
        <source>Generate report…</source>
        <translation>Generar el informe…</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Exportar los datos…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>The first pages of the last report.</source>
        <translation>Las primeras páginas del último informe.</translation>
    </message>
    <message>
        <source>No report yet. Choose the options and press Generate.</source>
        <translation>Todavía no hay informe. Elija las opciones y pulse Generar.</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>Abrir el informe</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir la carpeta</translation>
    </message>
    <message>
        <source>Tick at least one section.</source>
        <translation>Marque al menos una sección.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Preparando el informe…</translation>
    </message>
    <message>
        <source>Saved {path} ({pages} pages).</source>
        <translation>{path} guardado ({pages} páginas).</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Cancelado: no se ha escrito ningún archivo.</translation>
    </message>
    <message>
        <source>Export the data</source>
        <translation>Exportar los datos</translation>
    </message>
    <message>
        <source>{fmt} files (*.{ext})</source>
        <translation>Archivos {fmt} (*.{ext})</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Exported {count} contributions to {path}.</source>
        <translation>{count} contribuciones exportadas a {path}.</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>Ready — scan a badge, type its code, or search a name.</source>
        <translation>Listo: escanee una credencial, escriba su código o busque un nombre.</translation>
    </message>
    <message>
        <source>Check-in desk</source>
        <translation>Acreditación</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Salida registrada</translation>
    </message>
    <message>
        <source>Session: {0}</source>
        <translation>Sesión: {0}</translation>
    </message>
    <message>
        <source>Arrival at the event</source>
        <translation>Llegada al evento</translation>
    </message>
    <message>
        <source> · walk-in, badge {0}</source>
        <translation> · sin inscripción, credencial {0}</translation>
    </message>
    <message>
        <source>Walk-in · badge {0}</source>
        <translation>Sin inscripción · credencial {0}</translation>
    </message>
    <message>
        <source>Checked in at {0}</source>
        <translation>Entrada registrada a las {0}</translation>
    </message>
    <message>
        <source>Checked out at {0}</source>
        <translation>Salida registrada a las {0}</translation>
    </message>
    <message>
        <source>Not checked in, so not checked out</source>
        <translation>Sin entrada registrada, así que sin salida</translation>
    </message>
    <message>
        <source>Already checked out at {0} on laptop {1}</source>
        <translation>Salida ya registrada a las {0} en el portátil {1}</translation>
    </message>
    <message>
        <source>Already checked in at {0} on laptop {1}</source>
        <translation>Entrada ya registrada a las {0} en el portátil {1}</translation>
    </message>
    <message>
        <source>Check-out undone</source>
        <translation>Salida anulada</translation>
    </message>
    <message>
        <source>Check-in undone</source>
        <translation>Entrada anulada</translation>
    </message>
</context>
<context>
    <name>ReviewCell</name>
    <message>
        <source>Sheet {0} · {1}</source>
        <translation>Hoja {0} · {1}</translation>
    </message>
    <message>
        <source>type the number</source>
        <translation>escriba el número</translation>
    </message>
</context>
<context>
    <name>ReviewGrid</name>
    <message>
        <source>Doubtful answers</source>
        <translation>Respuestas dudosas</translation>
    </message>
    <message>
        <source>Nothing to review. Every marked box was read with confidence.</source>
        <translation>Nada que revisar. Cada casilla marcada se leyó con seguridad.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review paper answers</source>
        <translation>Revisar las respuestas en papel</translation>
    </message>
    <message>
        <source>Settle what the scanner could not read for sure, and type in handwritten answers: they become paper contributions next to the online ones.</source>
        <translation>Resuelva lo que el escáner no pudo leer con seguridad y transcriba las respuestas manuscritas: se convierten en contribuciones en papel junto a las de en línea.</translation>
    </message>
    <message>
        <source>Each picture is a whole question as scanned. Type the option&apos;s number (or a number&apos;s digits), B for no answer, Enter to accept. Arrows move, Page Down leaves the rest.</source>
        <translation>Cada imagen es una pregunta entera tal como se escaneó. Escriba el número de la opción (o las cifras de un número), B si no hay respuesta, Intro para aceptar. Las flechas mueven, Av Pág deja el resto para después.</translation>
    </message>
    <message>
        <source>Uncertain answers ({0})</source>
        <translation>Respuestas dudosas ({0})</translation>
    </message>
    <message>
        <source>Handwriting ({0})</source>
        <translation>Escritura a mano ({0})</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Open server workspace</source>
        <translation>Abrir espacio de trabajo en un servidor</translation>
    </message>
    <message>
        <source>An organisation&apos;s shared store on a PostgreSQL server, one database per event. Ask your administrator for these details.</source>
        <translation>El almacén compartido de una organización en un servidor PostgreSQL, una base de datos por evento. Pida estos datos a su administrador.</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>Server URL:</source>
        <translation>URL del servidor:</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de datos:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>The password is not remembered. To open this workspace without typing it, keep it in your ~/.pgpass file.</source>
        <translation>La contraseña no se guarda. Para abrir este espacio de trabajo sin escribirla, guárdela en su archivo ~/.pgpass.</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>in-person, online or hybrid</source>
        <translation>presencial, en línea o híbrida</translation>
    </message>
    <message>
        <source>Session {0}</source>
        <translation>Sesión {0}</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Voices</source>
        <translation>Voces</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Detected format</source>
        <translation>Formato detectado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado el</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadidos</translation>
    </message>
    <message>
        <source>Already there</source>
        <translation>Ya estaban</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Descartados</translation>
    </message>
    <message>
        <source>New people</source>
        <translation>Personas nuevas</translation>
    </message>
    <message>
        <source>Messages held</source>
        <translation>Mensajes guardados</translation>
    </message>
    <message>
        <source>Pseudonym</source>
        <translation>Seudónimo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canales</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Name shown</source>
        <translation>Nombre visible</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Merge into it</source>
        <translation>Fusionar en él</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
</context>
<context>
    <name>ThemesPage</name>
    <message>
        <source>Themes</source>
        <translation>Temas</translation>
    </message>
    <message>
        <source>Select contributions and press 1–9 to code them; press again to remove the code.</source>
        <translation>Seleccione contribuciones y pulse 1–9 para codificarlas; vuelva a pulsar para quitar el código.</translation>
    </message>
    <message>
        <source>No themes yet. Press New theme, or type #tags in notes: each tag becomes a theme.</source>
        <translation>Todavía no hay temas. Pulse Nuevo tema o escriba #etiquetas en las notas: cada etiqueta se convierte en un tema.</translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Nuevo tema</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Pick…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>bus, parking, accès</source>
        <translation>autobús, aparcamiento, acceso</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Under</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Palabras clave</translation>
    </message>
    <message>
        <source>Save theme</source>
        <translation>Guardar el tema</translation>
    </message>
    <message numerus="yes">
        <source>, %n suggested</source>
        <translation>
            <numerusform>, %n sugerida</numerusform>
            <numerusform>, %n sugeridas</numerusform>
        </translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(nivel superior)</translation>
    </message>
    <message>
        <source>Delete the theme &apos;%1&apos; and its %2 codes? Sub-themes move up one level.</source>
        <translation>¿Eliminar el tema «%1» y sus %2 codificaciones? Los subtemas suben un nivel.</translation>
    </message>
    <message>
        <source>Delete theme</source>
        <translation>Eliminar el tema</translation>
    </message>
    <message>
        <source>Find contributions to code…</source>
        <translation>Buscar contribuciones para codificar…</translation>
    </message>
    <message>
        <source>Code / uncode selected</source>
        <translation>Codificar / descodificar la selección</translation>
    </message>
    <message>
        <source>Contributions to code</source>
        <translation>Contribuciones por codificar</translation>
    </message>
    <message>
        <source>Suggested by keyword rules</source>
        <translation>Sugerido por las reglas de palabras clave</translation>
    </message>
    <message>
        <source>Run keyword rules</source>
        <translation>Aplicar las reglas de palabras clave</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Accept all of this theme</source>
        <translation>Aceptar todo este tema</translation>
    </message>
    <message>
        <source>Suggested codes</source>
        <translation>Códigos sugeridos</translation>
    </message>
    <message>
        <source>Give a theme keywords, then press Run keyword rules: matching contributions appear here.</source>
        <translation>Dé palabras clave a un tema y pulse Aplicar las reglas de palabras clave: las contribuciones que coincidan aparecen aquí.</translation>
    </message>
    <message>
        <source>No theme on key %1</source>
        <translation>Ningún tema en la tecla %1</translation>
    </message>
    <message>
        <source>Select one or more contributions first</source>
        <translation>Seleccione primero una o varias contribuciones</translation>
    </message>
    <message numerus="yes">
        <source>Coded %n with &apos;%1&apos;</source>
        <translation>
            <numerusform>%n codificada con «%1»</numerusform>
            <numerusform>%n codificadas con «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed &apos;%1&apos; from %n</source>
        <translation>
            <numerusform>«%1» quitado de %n</numerusform>
            <numerusform>«%1» quitado de %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new suggestion(s)</source>
        <translation>
            <numerusform>%n sugerencia nueva</numerusform>
            <numerusform>%n sugerencias nuevas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Walk-in</source>
        <translation>Sin inscripción</translation>
    </message>
    <message>
        <source>Everything is optional. Without a name the person is known by a badge number.</source>
        <translation>Todo es opcional. Sin nombre, la persona se conoce por un número de credencial.</translation>
    </message>
    <message>
        <source>e.g. Amira Haddad</source>
        <translation>p. ej., Amira Haddad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Add and check in</source>
        <translation>Añadir y registrar la entrada</translation>
    </message>
</context>
<context>
    <name>WriteWaitNotice</name>
    <message>
        <source>Another HybridHub is writing to this workspace; your change waits its turn (up to {0} s)…</source>
        <translation>Otro HybridHub está escribiendo en este espacio de trabajo; su cambio espera su turno (hasta {0} s)…</translation>
    </message>
</context>
<context>
    <name>_AnswerEdit</name>
    <message>
        <source>digits, e.g. 13</source>
        <translation>cifras, p. ej., 13</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>type what is written, or leave empty</source>
        <translation>escriba lo que pone, o déjelo vacío</translation>
    </message>
    <message>
        <source>Not an option: type a number from 1 to {0}.</source>
        <translation>No es una opción: escriba un número del 1 al {0}.</translation>
    </message>
    <message>
        <source>Digits only, at most {0}.</source>
        <translation>Solo dígitos, {0} como máximo.</translation>
    </message>
</context>
<context>
    <name>_Crop</name>
    <message>
        <source>(no picture of this question)</source>
        <translation>(no hay imagen de esta pregunta)</translation>
    </message>
</context>
<context>
    <name>_DropZone</name>
    <message>
        <source>Drop exported files or folders here: WhatsApp, Zoom, and the other formats listed under ‘Formats’. ZIP exports can be dropped as they are.</source>
        <translation>Suelte aquí los archivos o carpetas exportados: WhatsApp, Zoom y los demás formatos de «Formatos». Las exportaciones ZIP se pueden soltar tal cual.</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Añadir archivos…</translation>
    </message>
</context>
<context>
    <name>_TextPane</name>
    <message>
        <source>Type exactly what is written. Ctrl+Enter saves; leave empty and save if the box holds no words.</source>
        <translation>Escriba exactamente lo que pone. Ctrl+Intro guarda; déjelo vacío y guarde si el recuadro no tiene palabras.</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Guardar (Ctrl+Intro)</translation>
    </message>
    <message>
        <source>No handwriting waiting to be typed in.</source>
        <translation>No hay escritura a mano pendiente de transcribir.</translation>
    </message>
    <message>
        <source>Sheet {0} · {1} left</source>
        <translation>Hoja {0} · quedan {1}</translation>
    </message>
</context>
</TS>
