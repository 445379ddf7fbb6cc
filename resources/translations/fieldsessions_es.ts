<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Mon</source>
        <comment>weekday</comment>
        <translation>lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <comment>weekday</comment>
        <translation>mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <comment>weekday</comment>
        <translation>mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <comment>weekday</comment>
        <translation>jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <comment>weekday</comment>
        <translation>vie</translation>
    </message>
    <message>
        <source>Sat</source>
        <comment>weekday</comment>
        <translation>sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <comment>weekday</comment>
        <translation>dom</translation>
    </message>
    <message>
        <source>Jan</source>
        <comment>month abbreviation</comment>
        <translation>ene</translation>
    </message>
    <message>
        <source>Feb</source>
        <comment>month abbreviation</comment>
        <translation>feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <comment>month abbreviation</comment>
        <translation>mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <comment>month abbreviation</comment>
        <translation>abr</translation>
    </message>
    <message>
        <source>May</source>
        <comment>month abbreviation</comment>
        <translation>may</translation>
    </message>
    <message>
        <source>Jun</source>
        <comment>month abbreviation</comment>
        <translation>jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <comment>month abbreviation</comment>
        <translation>jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <comment>month abbreviation</comment>
        <translation>ago</translation>
    </message>
    <message>
        <source>Sep</source>
        <comment>month abbreviation</comment>
        <translation>sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <comment>month abbreviation</comment>
        <translation>oct</translation>
    </message>
    <message>
        <source>Nov</source>
        <comment>month abbreviation</comment>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <comment>month abbreviation</comment>
        <translation>dic</translation>
    </message>
    <message>
        <source>.</source>
        <comment>decimal separator</comment>
        <translation>,</translation>
    </message>
    <message>
        <source>Clear the mark</source>
        <translation>Borrar la marca</translation>
    </message>
    <message>
        <source>Next person</source>
        <translation>Siguiente persona</translation>
    </message>
    <message>
        <source>Add a walk-in</source>
        <translation>Añadir una persona sin inscripción</translation>
    </message>
    <message>
        <source>Find a person (or just type a name)</source>
        <translation>Buscar a una persona (o simplemente escriba un nombre)</translation>
    </message>
    <message>
        <source>Show everyone again</source>
        <translation>Volver a mostrar a todos</translation>
    </message>
    <message>
        <source>First / last person</source>
        <translation>Primera / última persona</translation>
    </message>
    <message>
        <source>Sessions tab</source>
        <translation>Pestaña Sesiones</translation>
    </message>
    <message>
        <source>Roster tab</source>
        <translation>Pestaña Lista</translation>
    </message>
    <message>
        <source>Reports tab</source>
        <translation>Pestaña Informes</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
    <message>
        <source>Mark present</source>
        <translation>Marcar presente</translation>
    </message>
    <message>
        <source>Mark late</source>
        <translation>Marcar tarde</translation>
    </message>
    <message>
        <source>Mark excused</source>
        <translation>Marcar justificado</translation>
    </message>
    <message>
        <source>Mark absent</source>
        <translation>Marcar ausente</translation>
    </message>
    <message>
        <source>Roll call</source>
        <translation>Pase de lista</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + letra subrayada</translation>
    </message>
    <message>
        <source>The button, field or tab with that letter underlined</source>
        <translation>El botón, campo o pestaña con esa letra subrayada</translation>
    </message>
    <message>
        <source>Certificate of completion</source>
        <translation>Certificado de finalización</translation>
    </message>
    <message>
        <source>This certifies that</source>
        <translation>Se certifica que</translation>
    </message>
    <message>
        <source>has completed</source>
        <translation>ha completado</translation>
    </message>
    <message>
        <source>on %1, with %2 hours of attendance.</source>
        <translation>el %1, con %2 horas de asistencia.</translation>
    </message>
    <message>
        <source>Valid until %1.</source>
        <translation>Válido hasta el %1.</translation>
    </message>
    <message>
        <source>Outcomes achieved</source>
        <translation>Resultados logrados</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitador</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Participant ID %1</source>
        <translation>ID de participante %1</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <source>Nobody has completed this programme yet.</source>
        <translation>Todavía nadie ha completado este programa.</translation>
    </message>
    <message>
        <source>from %1</source>
        <comment>a range with only a start</comment>
        <translation>desde el %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <comment>a range with only an end</comment>
        <translation>hasta el %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <comment>a date range</comment>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>no sessions in this range (%1)</source>
        <translation>no hay sesiones en este intervalo (%1)</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Unknown export format %1; choose csv or xlsx.</source>
        <translation>Formato de exportación desconocido: %1; elija csv o xlsx.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Fecha de la sesión</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>Duración (min)</translation>
    </message>
    <message>
        <source>Session title</source>
        <translation>Título de la sesión</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Participant ID</source>
        <translation>ID del participante</translation>
    </message>
    <message>
        <source>Participant name</source>
        <translation>Nombre del participante</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Minutes attended</source>
        <translation>Minutos de asistencia</translation>
    </message>
    <message>
        <source>Marked by</source>
        <translation>Marcado por</translation>
    </message>
    <message>
        <source>Marked at (UTC)</source>
        <translation>Marcado el (UTC)</translation>
    </message>
    <message>
        <source>Session key</source>
        <translation>Clave de la sesión</translation>
    </message>
    <message>
        <source>Participant key</source>
        <translation>Clave del participante</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <source>Sessions counted</source>
        <translation>Sesiones contadas</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>participant&apos;s external id</comment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Asistidas</translation>
    </message>
    <message>
        <source>Excused (left out)</source>
        <translation>Justificadas (excluidas)</translation>
    </message>
    <message>
        <source>Still to come</source>
        <translation>Por venir</translation>
    </message>
    <message>
        <source>Rate</source>
        <comment>attendance rate</comment>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <source>Required</source>
        <comment>attendance rate</comment>
        <translation>Requerido</translation>
    </message>
    <message>
        <source>Best still possible</source>
        <translation>Máximo posible</translation>
    </message>
    <message>
        <source>%1 — alert</source>
        <comment>absences in a row</comment>
        <translation>%1 — alerta</translation>
    </message>
    <message>
        <source>Attendance compliance</source>
        <translation>Cumplimiento de asistencia</translation>
    </message>
    <message>
        <source>%1 % of sessions</source>
        <translation>%1 % de las sesiones</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Datos al</translation>
    </message>
    <message>
        <source>%1 with roll taken, %2 with roll missing or incomplete, %3 to come</source>
        <translation>%1 con lista pasada, %2 con lista faltante o incompleta, %3 por venir</translation>
    </message>
    <message>
        <source>Alert after</source>
        <translation>Alerta tras</translation>
    </message>
    <message>
        <source>1 absence in a row</source>
        <translation>1 falta seguida</translation>
    </message>
    <message>
        <source>%1 absences in a row</source>
        <translation>%1 faltas seguidas</translation>
    </message>
    <message>
        <source>off</source>
        <comment>absence alert</comment>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>1 participant: %2.</source>
        <translation>1 participante: %2.</translation>
    </message>
    <message>
        <source>%1 participants: %2.</source>
        <translation>%1 participantes: %2.</translation>
    </message>
    <message>
        <source>Nobody is enrolled in this programme.</source>
        <translation>Nadie está inscrito en este programa.</translation>
    </message>
    <message>
        <source>Rate = attended ÷ sessions counted. Sessions counted are those held since the participant enrolled whose roll was taken; a session whose roll is missing (one before they enrolled too: it can still be entered with them on it) is counted once its roll is taken, and until then is among those still to come. Best still possible = the rate if every session still to come is attended.</source>
        <translation>Porcentaje = asistidas ÷ sesiones contadas. Las sesiones contadas son las realizadas desde que el participante se inscribió y cuya lista se pasó; una sesión cuya lista falta (también una anterior a su inscripción: aún se puede registrar con él en ella) se cuenta cuando se pasa su lista, y hasta entonces está entre las que están por venir. Máximo posible = el porcentaje si asiste a todas las sesiones por venir.</translation>
    </message>
    <message>
        <source>Attendance compliance — %1</source>
        <translation>Cumplimiento de asistencia — %1</translation>
    </message>
    <message>
        <source>Rate %</source>
        <translation>% asistencia</translation>
    </message>
    <message>
        <source>Required %</source>
        <translation>% requerido</translation>
    </message>
    <message>
        <source>Best still possible %</source>
        <translation>% máximo posible</translation>
    </message>
    <message>
        <source>Absences in a row</source>
        <translation>Faltas seguidas</translation>
    </message>
    <message>
        <source>Absence alert</source>
        <translation>Alerta de faltas</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Inicio del periodo</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Fin del periodo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Hours in period</source>
        <translation>Horas en el periodo</translation>
    </message>
    <message>
        <source>Hours to date</source>
        <translation>Horas acumuladas</translation>
    </message>
    <message>
        <source>Budget (hours)</source>
        <translation>Presupuesto (horas)</translation>
    </message>
    <message>
        <source>Remaining (hours)</source>
        <translation>Restante (horas)</translation>
    </message>
    <message>
        <source>Beyond budget (hours)</source>
        <translation>Exceso (horas)</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>latino</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>griego</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>cirílico</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>armenio</translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation>georgiano</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>árabe</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>hebreo</translation>
    </message>
    <message>
        <source>Devanagari</source>
        <translation>devanagari</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>bengalí</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>tamil</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>tailandés</translation>
    </message>
    <message>
        <source>Ethiopic</source>
        <translation>etíope</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation>jemer</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>birmano</translation>
    </message>
    <message>
        <source>Chinese/Japanese (Han)</source>
        <translation>chino/japonés (han)</translation>
    </message>
    <message>
        <source>Japanese (Hiragana)</source>
        <translation>japonés (hiragana)</translation>
    </message>
    <message>
        <source>Japanese (Katakana)</source>
        <translation>japonés (katakana)</translation>
    </message>
    <message>
        <source>Korean (Hangul)</source>
        <translation>coreano (hangul)</translation>
    </message>
    <message>
        <source>The font file %1 was not found in %2, so reports cannot be printed; reinstall fieldsessions.</source>
        <translation>No se encontró el archivo de fuente %1 en %2, así que no se pueden imprimir informes; reinstale fieldsessions.</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>a script</comment>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 y %2 más</translation>
    </message>
    <message>
        <source>No font on this computer draws the %1 script, so these names print as empty boxes: %2 (install a font for it, e.g. Noto Sans).</source>
        <translation>Ninguna fuente de esta computadora dibuja la escritura %1, así que estos nombres se imprimen como cuadros vacíos: %2 (instale una fuente para ella, p. ej., Noto Sans).</translation>
    </message>
    <message>
        <source>No font on this computer draws the %1 scripts, so these names print as empty boxes: %2 (install fonts for them, e.g. Noto Sans).</source>
        <translation>Ninguna fuente de esta computadora dibuja las escrituras %1, así que estos nombres se imprimen como cuadros vacíos: %2 (instale fuentes para ellas, p. ej., Noto Sans).</translation>
    </message>
    <message>
        <source>Non-compliant</source>
        <translation>No cumple</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Cumple</translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation>Aún sin evaluar</translation>
    </message>
    <message>
        <source>excused counts as attended</source>
        <translation>las justificadas cuentan como asistencia</translation>
    </message>
    <message>
        <source>excused is left out of the rate</source>
        <translation>las justificadas quedan fuera del porcentaje</translation>
    </message>
    <message>
        <source>excused counts as absent</source>
        <translation>las justificadas cuentan como ausencia</translation>
    </message>
    <message>
        <source>%1: </source>
        <comment>field label on a printed page</comment>
        <translation>%1: </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Cannot write %1: that names a folder; give a file name.</source>
        <translation>No se puede escribir %1: es el nombre de una carpeta; indique un nombre de archivo.</translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>No se puede escribir %1: la carpeta %2 no existe.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder; give a file name in it.</source>
        <translation>No se puede escribir %1: es una carpeta; indique un nombre de archivo dentro de ella.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is not an ordinary file (a device, pipe or socket), so it is left alone; give a file name.</source>
        <translation>No se puede escribir %1: no es un archivo normal (un dispositivo, una tubería o un socket), así que no se toca; indique un nombre de archivo.</translation>
    </message>
    <message>
        <source>Cannot write %1: files cannot be written there (the folder %2 takes no new files).</source>
        <translation>No se puede escribir %1: no se pueden escribir archivos ahí (la carpeta %2 no admite archivos nuevos).</translation>
    </message>
    <message>
        <source>Printed %1 with fieldsessions</source>
        <translation>Impreso el %1 con fieldsessions</translation>
    </message>
    <message>
        <source>Present</source>
        <comment>attendance mark</comment>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Late</source>
        <comment>attendance mark</comment>
        <translation>Tarde</translation>
    </message>
    <message>
        <source>Excused</source>
        <comment>attendance mark</comment>
        <translation>Justificado</translation>
    </message>
    <message>
        <source>Absent</source>
        <comment>attendance mark</comment>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Unknown sheet layout %1; choose one of: %2.</source>
        <translation>Formato de hoja desconocido: %1; elija uno de: %2.</translation>
    </message>
    <message>
        <source>The number of blank walk-in rows must be between 0 and 500.</source>
        <translation>El número de filas en blanco para personas sin inscripción debe estar entre 0 y 500.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Session code</source>
        <translation>Código de la sesión</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>participant ID column</comment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Nobody is booked for this session yet.</source>
        <translation>Todavía no hay nadie con plaza en esta sesión.</translation>
    </message>
    <message>
        <source>Walk-ins — people not listed above: write their name, and their ID or phone.</source>
        <translation>Sin inscripción — personas que no figuran arriba: escriba su nombre y su ID o teléfono.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a mark and its count</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Not marked %1</source>
        <translation>Sin marcar %1</translation>
    </message>
    <message>
        <source>Recorded marks: %1.</source>
        <translation>Marcas registradas: %1.</translation>
    </message>
    <message>
        <source>Facilitator&apos;s signature:</source>
        <translation>Firma del facilitador:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Attendance record</source>
        <translation>Registro de asistencia</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Hoja de asistencia</translation>
    </message>
    <message>
        <source>%1 — %2 %3</source>
        <comment>document title: report, programme, date</comment>
        <translation>%1 — %2 %3</translation>
    </message>
    <message>
        <source>Unknown paper size %1; choose one of: %2.</source>
        <translation>Tamaño de papel desconocido: %1; elija uno de: %2.</translation>
    </message>
    <message>
        <source>The number of blank rows must be between 0 and 500.</source>
        <translation>El número de filas en blanco debe estar entre 0 y 500.</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Realizada</translation>
    </message>
    <message>
        <source>Didn&apos;t happen — reason:</source>
        <translation>No se realizó — motivo:</translation>
    </message>
    <message>
        <source>Session report</source>
        <translation>Informe de la sesión</translation>
    </message>
    <message>
        <source>Topics covered</source>
        <translation>Temas tratados</translation>
    </message>
    <message>
        <source>Other topics:</source>
        <translation>Otros temas:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Sin notas.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Tick each outcome the participant achieved</source>
        <translation>Marque cada resultado que logró el participante</translation>
    </message>
    <message>
        <source>Tick each outcome the participant achieved — outcomes %1 to %2</source>
        <translation>Marque cada resultado que logró el participante — resultados %1 a %2</translation>
    </message>
    <message>
        <source>This session has no outcomes to tick off.</source>
        <translation>Esta sesión no tiene resultados para marcar.</translation>
    </message>
    <message>
        <source>Outcome tick-off — recorded</source>
        <translation>Marcar resultados — registrado</translation>
    </message>
    <message>
        <source>Outcome tick-off</source>
        <translation>Marcar resultados</translation>
    </message>
    <message>
        <source>run it in a desktop session, or set QT_QPA_PLATFORM=offscreen to run it without a screen (the commands, such as `fieldsessions --help`, need no display).</source>
        <translation>ejecútela en una sesión de escritorio, o defina QT_QPA_PLATFORM=offscreen para ejecutarla sin pantalla (los comandos, como `fieldsessions --help`, no necesitan pantalla).</translation>
    </message>
    <message>
        <source>the app cannot open its window: no display answers at DISPLAY=%1; %2</source>
        <translation>la aplicación no puede abrir su ventana: ninguna pantalla responde en DISPLAY=%1; %2</translation>
    </message>
    <message>
        <source>the app cannot open its window: there is no graphical display here (neither DISPLAY nor WAYLAND_DISPLAY is set); run it in a desktop session, or set QT_QPA_PLATFORM=offscreen to run it without a screen (the commands, such as `fieldsessions --help`, need no display).</source>
        <translation>la aplicación no puede abrir su ventana: aquí no hay pantalla gráfica (no están definidos ni DISPLAY ni WAYLAND_DISPLAY); ejecútela en una sesión de escritorio, o defina QT_QPA_PLATFORM=offscreen para ejecutarla sin pantalla (los comandos, como `fieldsessions --help`, no necesitan pantalla).</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>se requieren los siguientes argumentos: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>se requiere uno de los argumentos %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>no se permite con el argumento %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>se esperaba como máximo un argumento</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>se esperaba al menos un argumento</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>se esperaba %s argumento</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>se esperaban %s argumentos</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>opción ambigua: %(option)s puede coincidir con %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elija entre %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>no se puede abrir «%(filename)s»: %(error)s</translation>
    </message>
    <message>
        <source>%1: error: %2</source>
        <translation>%1: error: %2</translation>
    </message>
    <message>
        <source>Attendance, roll call and reports for facilitators. With no command, the desktop app starts.</source>
        <translation>Asistencia, pase de lista e informes para facilitadores. Sin ningún comando, se abre la aplicación de escritorio.</translation>
    </message>
    <message>
        <source>the data file (default: $FIELDSESSIONS_DB or the platform&apos;s user data folder)</source>
        <translation>el archivo de datos (por defecto: $FIELDSESSIONS_DB o la carpeta de datos del usuario de la plataforma)</translation>
    </message>
    <message>
        <source>log more</source>
        <translation>registrar más detalles</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>mostrar la versión y salir</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpido</translation>
    </message>
    <message>
        <source>unexpected error (%1: %2). %3; please report it.</source>
        <translation>error inesperado (%1: %2). %3; por favor, infórmelo.</translation>
    </message>
    <message>
        <source>Details are in the log file %1</source>
        <translation>Los detalles están en el archivo de registro %1</translation>
    </message>
    <message>
        <source>No log file could be written (run again with -v to see the details)</source>
        <translation>No se pudo escribir ningún archivo de registro (vuelva a ejecutar con -v para ver los detalles)</translation>
    </message>
    <message>
        <source>the data file</source>
        <translation>el archivo de datos</translation>
    </message>
    <message>
        <source>--db was given an empty path; give the path of a data file, such as %1, or leave --db out for that one.</source>
        <translation>--db recibió una ruta vacía; indique la ruta de un archivo de datos, como %1, o quite --db para usar ese.</translation>
    </message>
    <message>
        <source>note: created the folder %1 and a new, empty data file at %2 (there was none there).</source>
        <translation>nota: se creó la carpeta %1 y un archivo de datos nuevo y vacío en %2 (no había ninguno).</translation>
    </message>
    <message>
        <source>note: created a new, empty data file at %1 (there was none there).</source>
        <translation>nota: se creó un archivo de datos nuevo y vacío en %1 (no había ninguno).</translation>
    </message>
    <message>
        <source>Nothing to list.</source>
        <translation>No hay nada que mostrar.</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>mostrar en JSON</translation>
    </message>
    <message>
        <source>present</source>
        <comment>attendance mark</comment>
        <translation>presente</translation>
    </message>
    <message>
        <source>late</source>
        <comment>attendance mark</comment>
        <translation>tarde</translation>
    </message>
    <message>
        <source>excused</source>
        <comment>attendance mark</comment>
        <translation>justificado</translation>
    </message>
    <message>
        <source>absent</source>
        <comment>attendance mark</comment>
        <translation>ausente</translation>
    </message>
    <message>
        <source>pending</source>
        <comment>attendance mark</comment>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 no es un número entero</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>debe ser 1 como mínimo</translation>
    </message>
    <message>
        <source>must be a percentage from 0 to 100</source>
        <translation>debe ser un porcentaje de 0 a 100</translation>
    </message>
    <message>
        <source>Demo data created in %1: %2, %3, %4, %5. Nothing in this demo file is sent to a server.</source>
        <translation>Datos de demostración creados en %1: %2, %3, %4, %5. Nada de este archivo de demostración se envía a un servidor.</translation>
    </message>
    <message>
        <source>1 programme</source>
        <translation>1 programa</translation>
    </message>
    <message>
        <source>%1 programmes</source>
        <translation>%1 programas</translation>
    </message>
    <message>
        <source>1 participant</source>
        <translation>1 participante</translation>
    </message>
    <message>
        <source>%1 participants</source>
        <translation>%1 participantes</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 sesión</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 sesiones</translation>
    </message>
    <message>
        <source>1 mark</source>
        <translation>1 marca</translation>
    </message>
    <message>
        <source>%1 marks</source>
        <translation>%1 marcas</translation>
    </message>
    <message>
        <source>--nth-weekday goes with --monthly or --quarterly.</source>
        <translation>--nth-weekday va con --monthly o --quarterly.</translation>
    </message>
    <message>
        <source>--nth-weekday looks like 2:tue or last:fri.</source>
        <translation>--nth-weekday se escribe como 2:tue o last:fri.</translation>
    </message>
    <message>
        <source>warning: %1.</source>
        <translation>aviso: %1.</translation>
    </message>
    <message>
        <source>note: %1 is not a date of this schedule, so --exclude left nothing out for it.</source>
        <translation>nota: %1 no es una fecha de este calendario, así que --exclude no quitó nada para ella.</translation>
    </message>
    <message>
        <source>Programme %1 created (%2): %3.</source>
        <translation>Se creó el programa %1 (%2): %3.</translation>
    </message>
    <message>
        <source>1 session scheduled</source>
        <translation>1 sesión programada</translation>
    </message>
    <message>
        <source>%1 sessions scheduled</source>
        <translation>%1 sesiones programadas</translation>
    </message>
    <message>
        <source>id</source>
        <comment>column</comment>
        <translation>id</translation>
    </message>
    <message>
        <source>name</source>
        <comment>column</comment>
        <translation>nombre</translation>
    </message>
    <message>
        <source>schedule</source>
        <comment>column</comment>
        <translation>calendario</translation>
    </message>
    <message>
        <source>sessions</source>
        <comment>column</comment>
        <translation>sesiones</translation>
    </message>
    <message>
        <source>enrolled</source>
        <comment>column</comment>
        <translation>inscritos</translation>
    </message>
    <message>
        <source>waitlisted</source>
        <comment>column</comment>
        <translation>en espera</translation>
    </message>
    <message>
        <source>capacity</source>
        <comment>column</comment>
        <translation>capacidad</translation>
    </message>
    <message>
        <source>No programmes yet; add one with `fieldsessions programme add`.</source>
        <translation>Todavía no hay programas; añada uno con `fieldsessions programme add`.</translation>
    </message>
    <message>
        <source>scheduled</source>
        <comment>session state</comment>
        <translation>programada</translation>
    </message>
    <message>
        <source>in progress</source>
        <comment>session state</comment>
        <translation>en curso</translation>
    </message>
    <message>
        <source>completed</source>
        <comment>session state</comment>
        <translation>terminada</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>session state</comment>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>didn&apos;t happen</source>
        <comment>session state</comment>
        <translation>no se realizó</translation>
    </message>
    <message>
        <source>not taken</source>
        <comment>roll</comment>
        <translation>sin pasar</translation>
    </message>
    <message>
        <source>incomplete</source>
        <comment>roll</comment>
        <translation>incompleta</translation>
    </message>
    <message>
        <source>complete</source>
        <comment>roll</comment>
        <translation>completa</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La fecha de fin es anterior a la fecha de inicio.</translation>
    </message>
    <message>
        <source>date</source>
        <comment>column</comment>
        <translation>fecha</translation>
    </message>
    <message>
        <source>start</source>
        <comment>column</comment>
        <translation>inicio</translation>
    </message>
    <message>
        <source>end</source>
        <comment>column</comment>
        <translation>fin</translation>
    </message>
    <message>
        <source>programme</source>
        <comment>column</comment>
        <translation>programa</translation>
    </message>
    <message>
        <source>status</source>
        <comment>column</comment>
        <translation>estado</translation>
    </message>
    <message>
        <source>marked</source>
        <comment>column</comment>
        <translation>marcados</translation>
    </message>
    <message>
        <source>roll</source>
        <comment>column</comment>
        <translation>lista</translation>
    </message>
    <message>
        <source>external id</source>
        <comment>column</comment>
        <translation>id externo</translation>
    </message>
    <message>
        <source>group</source>
        <comment>column</comment>
        <translation>grupo</translation>
    </message>
    <message>
        <source>enrolment</source>
        <comment>column</comment>
        <translation>inscripción</translation>
    </message>
    <message>
        <source>No participants match.</source>
        <translation>Ningún participante coincide.</translation>
    </message>
    <message>
        <source>No participants yet; add them with `fieldsessions import-roster`.</source>
        <translation>Todavía no hay participantes; añádalos con `fieldsessions import-roster`.</translation>
    </message>
    <message>
        <source>booked</source>
        <comment>booking</comment>
        <translation>con plaza</translation>
    </message>
    <message>
        <source>waitlisted</source>
        <comment>booking</comment>
        <translation>en espera</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>booking</comment>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 fila</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 filas</translation>
    </message>
    <message>
        <source>Imported %1; enrolled %2, waitlisted %3; skipped %4.</source>
        <translation>Importadas: %1; inscritas %2, en lista de espera %3; omitidas %4.</translation>
    </message>
    <message>
        <source>Imported %1; skipped %2.</source>
        <translation>Importadas: %1; omitidas %2.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>Restored %1 from %2. The file it replaced was kept as %3. Changes made after that backup are not in it; a sync brings back what the server has.</source>
        <translation>Se restauró %1 desde %2. El archivo que reemplazó se conservó como %3. Los cambios hechos después de esa copia de seguridad no están en ella; una sincronización recupera lo que tiene el servidor.</translation>
    </message>
    <message>
        <source>Restored %1 from %2. Changes made after that backup are not in it; a sync brings back what the server has.</source>
        <translation>Se restauró %1 desde %2. Los cambios hechos después de esa copia de seguridad no están en ella; una sincronización recupera lo que tiene el servidor.</translation>
    </message>
    <message>
        <source>%1 was already marked %2; nothing changed.</source>
        <translation>%1 ya estaba marcado como %2; no cambió nada.</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <comment>column</comment>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <source>Change</source>
        <comment>column</comment>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>By</source>
        <comment>column</comment>
        <translation>Por</translation>
    </message>
    <message>
        <source>Device</source>
        <comment>column</comment>
        <translation>Computadora</translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>column</comment>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>this laptop</source>
        <translation>esta computadora</translation>
    </message>
    <message>
        <source>(received without its own entry)</source>
        <translation>(recibido sin su propio registro)</translation>
    </message>
    <message>
        <source>%1 has no mark in this session and never had one.</source>
        <translation>%1 no tiene marca en esta sesión y nunca la tuvo.</translation>
    </message>
    <message>
        <source>1 booking</source>
        <translation>1 reserva</translation>
    </message>
    <message>
        <source>%1 bookings</source>
        <translation>%1 reservas</translation>
    </message>
    <message>
        <source>Programme %1 has nothing recorded: it was deleted with its %2 and %3, here and on the server at the next sync.</source>
        <translation>El programa %1 no tiene nada registrado: se eliminó con sus %2 y %3, aquí y en el servidor en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Programme %1 has nothing recorded: it is deleted with its %2 and %3, here and on the server at the next sync.</source>
        <translation>El programa %1 no tiene nada registrado: se elimina con sus %2 y %3, aquí y en el servidor en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Programme %1 has nothing recorded: it was deleted with its %2, here and on the server at the next sync.</source>
        <translation>El programa %1 no tiene nada registrado: se eliminó con sus %2, aquí y en el servidor en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Programme %1 has nothing recorded: it is deleted with its %2, here and on the server at the next sync.</source>
        <translation>El programa %1 no tiene nada registrado: se elimina con sus %2, aquí y en el servidor en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Participant %1 has nothing recorded: it was deleted with its %2, here and on the server at the next sync.</source>
        <translation>El participante %1 no tiene nada registrado: se eliminó con sus %2, aquí y en el servidor en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Participant %1 has nothing recorded: it is deleted with its %2, here and on the server at the next sync.</source>
        <translation>El participante %1 no tiene nada registrado: se elimina con sus %2, aquí y en el servidor en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Participant %1 has nothing recorded: it was deleted, here and on the server at the next sync.</source>
        <translation>El participante %1 no tiene nada registrado: se eliminó, aquí y en el servidor en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Participant %1 has nothing recorded: it is deleted, here and on the server at the next sync.</source>
        <translation>El participante %1 no tiene nada registrado: se elimina, aquí y en el servidor en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Programme %1 has %2 (marks, ticks or reports): it was archived, hidden from the lists, with every record kept.</source>
        <translation>El programa %1 tiene %2 (marcas, resultados o informes): se archivó, oculto de las listas, con todos sus registros conservados.</translation>
    </message>
    <message>
        <source>Programme %1 has %2 (marks, ticks or reports): it is archived, hidden from the lists, with every record kept.</source>
        <translation>El programa %1 tiene %2 (marcas, resultados o informes): se archiva, oculto de las listas, con todos sus registros conservados.</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 registro</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 registros</translation>
    </message>
    <message>
        <source>%1 has %2: they were taken off every programme, with their history kept.</source>
        <translation>%1 tiene %2: se le quitó de todos los programas, con su historial conservado.</translation>
    </message>
    <message>
        <source>%1 has %2: they are taken off every programme, with their history kept.</source>
        <translation>%1 tiene %2: se le quita de todos los programas, con su historial conservado.</translation>
    </message>
    <message>
        <source>1 mark or tick</source>
        <translation>1 marca o resultado</translation>
    </message>
    <message>
        <source>%1 marks or ticks</source>
        <translation>%1 marcas o resultados</translation>
    </message>
    <message>
        <source>Nothing was changed: run again with --yes to confirm.</source>
        <translation>No se cambió nada: vuelva a ejecutar con --yes para confirmar.</translation>
    </message>
    <message>
        <source>(not set: fieldsessions settings --facilitator NAME)</source>
        <translation>(sin definir: fieldsessions settings --facilitator NOMBRE)</translation>
    </message>
    <message>
        <source>Facilitator: %1</source>
        <translation>Facilitador: %1</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Computadora: %1</translation>
    </message>
    <message>
        <source>fill an empty data file with realistic demo data</source>
        <translation>llenar un archivo de datos vacío con datos de demostración realistas</translation>
    </message>
    <message>
        <source>show or set this laptop&apos;s facilitator name (printed on sheets and reports) and device name</source>
        <translation>ver o fijar el nombre del facilitador de esta computadora (impreso en hojas e informes) y el nombre de la computadora</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>su nombre</translation>
    </message>
    <message>
        <source>this laptop&apos;s name</source>
        <translation>el nombre de esta computadora</translation>
    </message>
    <message>
        <source>programmes: add, list</source>
        <translation>programas: add, list</translation>
    </message>
    <message>
        <source>create a programme and schedule its sessions</source>
        <translation>crear un programa y programar sus sesiones</translation>
    </message>
    <message>
        <source>first date, YYYY-MM-DD</source>
        <translation>primera fecha, AAAA-MM-DD</translation>
    </message>
    <message>
        <source>a single session</source>
        <translation>una sola sesión</translation>
    </message>
    <message>
        <source>weekdays, e.g. tue,thu</source>
        <translation>días de la semana, p. ej., tue,thu</translation>
    </message>
    <message>
        <source>every two weeks on these weekdays</source>
        <translation>cada dos semanas en estos días</translation>
    </message>
    <message>
        <source>on the start date&apos;s day number (29-31 fall on the last day of shorter months)</source>
        <translation>el mismo número de día que la fecha de inicio (29-31 caen en el último día de los meses más cortos)</translation>
    </message>
    <message>
        <source>any RFC 5545 rule, e.g. FREQ=WEEKLY;BYDAY=MO,WE</source>
        <translation>cualquier regla RFC 5545, p. ej., FREQ=WEEKLY;BYDAY=MO,WE</translation>
    </message>
    <message>
        <source>last date, YYYY-MM-DD</source>
        <translation>última fecha, AAAA-MM-DD</translation>
    </message>
    <message>
        <source>number of sessions</source>
        <translation>número de sesiones</translation>
    </message>
    <message>
        <source>number of weeks from the start</source>
        <translation>número de semanas desde el inicio</translation>
    </message>
    <message>
        <source>monthly/quarterly on the Nth weekday, e.g. 2:tue or last:fri</source>
        <translation>cada mes o cada tres meses el enésimo día de la semana, p. ej., 2:tue o last:fri</translation>
    </message>
    <message>
        <source>a date with no session (repeat for each holiday)</source>
        <translation>una fecha sin sesión (repetir por cada feriado)</translation>
    </message>
    <message>
        <source>start time HH:MM (default 09:00)</source>
        <translation>hora de inicio HH:MM (por defecto 09:00)</translation>
    </message>
    <message>
        <source>minutes (default 60)</source>
        <translation>minutos (por defecto 60)</translation>
    </message>
    <message>
        <source>e.g. Africa/Nairobi (default UTC)</source>
        <translation>p. ej., Africa/Nairobi (por defecto UTC)</translation>
    </message>
    <message>
        <source>online link</source>
        <translation>enlace en línea</translation>
    </message>
    <message>
        <source>how excused absences count (default: excluded from the rate)</source>
        <translation>cómo cuentan las ausencias justificadas (por defecto: fuera del porcentaje)</translation>
    </message>
    <message>
        <source>repeat per outcome</source>
        <translation>repetir por cada resultado</translation>
    </message>
    <message>
        <source>repeat per topic</source>
        <translation>repetir por cada tema</translation>
    </message>
    <message>
        <source>list programmes</source>
        <translation>listar los programas</translation>
    </message>
    <message>
        <source>delete a programme with nothing recorded in it, else archive it (asks for --yes)</source>
        <translation>eliminar un programa sin nada registrado; si no, archivarlo (pide --yes)</translation>
    </message>
    <message>
        <source>programme id or name</source>
        <translation>id o nombre del programa</translation>
    </message>
    <message>
        <source>confirm</source>
        <translation>confirmar</translation>
    </message>
    <message>
        <source>sessions: list</source>
        <translation>sesiones: list</translation>
    </message>
    <message>
        <source>list sessions</source>
        <translation>listar las sesiones</translation>
    </message>
    <message>
        <source>participants: list</source>
        <translation>participantes: list</translation>
    </message>
    <message>
        <source>list participants</source>
        <translation>listar los participantes</translation>
    </message>
    <message>
        <source>only those enrolled in this programme</source>
        <translation>solo los inscritos en este programa</translation>
    </message>
    <message>
        <source>part of a name or ID</source>
        <translation>parte de un nombre o ID</translation>
    </message>
    <message>
        <source>delete a person with nothing recorded, else take them off every programme (asks for --yes)</source>
        <translation>eliminar a una persona sin nada registrado; si no, quitarla de todos los programas (pide --yes)</translation>
    </message>
    <message>
        <source>participant id or external id</source>
        <translation>id del participante o id externo</translation>
    </message>
    <message>
        <source>import participants from CSV or XLSX</source>
        <translation>importar participantes desde CSV o XLSX</translation>
    </message>
    <message>
        <source>enrol everyone in this programme</source>
        <translation>inscribir a todos en este programa</translation>
    </message>
    <message>
        <source>put a backup of the data file back in place (the newest one unless --backup is given); the file it replaces is kept</source>
        <translation>volver a poner en su lugar una copia de seguridad del archivo de datos (la más reciente si no se da --backup); el archivo que reemplaza se conserva</translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation>la copia de seguridad que restaurar</translation>
    </message>
    <message>
        <source>mark one participant in one session</source>
        <translation>marcar a un participante en una sesión</translation>
    </message>
    <message>
        <source>partial duration attended</source>
        <translation>duración parcial de asistencia</translation>
    </message>
    <message>
        <source>who marks (default: this laptop&apos;s facilitator)</source>
        <translation>quién marca (por defecto: el facilitador de esta computadora)</translation>
    </message>
    <message>
        <source>every change of one participant&apos;s mark in one session, from every laptop that has synced, oldest first</source>
        <translation>todos los cambios de la marca de un participante en una sesión, de todas las computadoras que han sincronizado, del más antiguo al más reciente</translation>
    </message>
    <message>
        <source>%1: already booked in %2; nothing changed.</source>
        <translation>%1: ya tiene plaza en %2; no cambió nada.</translation>
    </message>
    <message>
        <source>%1: booked in %2.</source>
        <translation>%1: tiene plaza en %2.</translation>
    </message>
    <message>
        <source>%1: already put on the waiting list (it is full) in %2; nothing changed.</source>
        <translation>%1: ya estaba en la lista de espera (está lleno) en %2; no cambió nada.</translation>
    </message>
    <message>
        <source>%1: put on the waiting list (it is full) in %2.</source>
        <translation>%1: queda en la lista de espera (está lleno) en %2.</translation>
    </message>
    <message>
        <source>%1: already no longer booked in %2; nothing changed.</source>
        <translation>%1: ya no tenía plaza en %2; no cambió nada.</translation>
    </message>
    <message>
        <source>%1: no longer booked in %2.</source>
        <translation>%1: ya no tiene plaza en %2.</translation>
    </message>
    <message>
        <source>%1&apos;s place in %2 is cancelled. %3 was booked from the waiting list.</source>
        <translation>Se canceló la plaza de %1 en %2. %3 pasó de la lista de espera y ya tiene plaza.</translation>
    </message>
    <message>
        <source>%1&apos;s place in %2 is cancelled.</source>
        <translation>Se canceló la plaza de %1 en %2.</translation>
    </message>
    <message>
        <source>give either --participant (someone registered) or --name.</source>
        <translation>indique --participant (alguien registrado) o --name.</translation>
    </message>
    <message>
        <source>%1 is already on this roll, marked %2; nothing changed.</source>
        <translation>%1 ya está en esta lista, marcado como %2; no cambió nada.</translation>
    </message>
    <message>
        <source>%1 is already on this roll, marked %2; nothing changed (use mark to change it).</source>
        <translation>%1 ya está en esta lista, marcado como %2; no cambió nada (use mark para cambiarlo).</translation>
    </message>
    <message>
        <source>%1 is already registered; mark them with --participant ID, or add another person with --new.</source>
        <translation>%1 ya está registrado; márquelo con --participant ID, o añada a otra persona con --new.</translation>
    </message>
    <message>
        <source>%1 are already registered; mark them with --participant ID, or add another person with --new.</source>
        <translation>%1 ya están registrados; márquelos con --participant ID, o añada a otra persona con --new.</translation>
    </message>
    <message>
        <source>%1 walked in: marked %2 (added as a new person).</source>
        <translation>%1 llegó sin inscripción: marcado como %2 (añadido como persona nueva).</translation>
    </message>
    <message>
        <source>%1 walked in: marked %2.</source>
        <translation>%1 llegó sin inscripción: marcado como %2.</translation>
    </message>
    <message>
        <source>this session has %1; it would be kept but stop counting in every figure until it is reinstated. Nothing was changed: run again with --yes to confirm.</source>
        <translation>esta sesión tiene %1; se conservaría pero dejaría de contar en todas las cifras hasta que se restablezca. No se cambió nada: vuelva a ejecutar con --yes para confirmar.</translation>
    </message>
    <message>
        <source>this session has %1; they would be kept but stop counting in every figure until it is reinstated. Nothing was changed: run again with --yes to confirm.</source>
        <translation>esta sesión tiene %1; se conservarían pero dejarían de contar en todas las cifras hasta que se restablezca. No se cambió nada: vuelva a ejecutar con --yes para confirmar.</translation>
    </message>
    <message>
        <source>Its %1 is kept but does not count until it is reinstated.</source>
        <translation>Su %1 se conserva, pero no cuenta hasta que se restablezca.</translation>
    </message>
    <message>
        <source>Its %1 are kept but do not count until it is reinstated.</source>
        <translation>Sus %1 se conservan, pero no cuentan hasta que se restablezca.</translation>
    </message>
    <message>
        <source>Cancelled: %1, %2 %3-%4 (%5).</source>
        <translation>Cancelada: %1, %2 %3-%4 (%5).</translation>
    </message>
    <message>
        <source>Recorded as not having happened: %1, %2 %3-%4 (%5).</source>
        <translation>Registrada como no realizada: %1, %2 %3-%4 (%5).</translation>
    </message>
    <message>
        <source>Nothing to change: the session of %1 %2 (%3) is neither cancelled nor recorded as not having happened.</source>
        <translation>Nada que cambiar: la sesión de %1 del %2 (%3) no está cancelada ni registrada como no realizada.</translation>
    </message>
    <message>
        <source>Reinstated: %1, %2 %3-%4 (%5).</source>
        <translation>Restablecida: %1, %2 %3-%4 (%5).</translation>
    </message>
    <message>
        <source>Added: %1, %2 %3-%4 (%5).</source>
        <translation>Añadida: %1, %2 %3-%4 (%5).</translation>
    </message>
    <message>
        <source>say what to change: --date, --time or --duration.</source>
        <translation>indique qué cambiar: --date, --time o --duration.</translation>
    </message>
    <message>
        <source>Changed: %1, %2 %3-%4 (%5).</source>
        <translation>Cambiada: %1, %2 %3-%4 (%5).</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; pending (mark cleared).</source>
        <translation>%1: %2 -&gt; pendiente (marca borrada).</translation>
    </message>
    <message>
        <source>%1 had no mark in this session; nothing changed.</source>
        <translation>%1 no tenía marca en esta sesión; no cambió nada.</translation>
    </message>
    <message>
        <source>Marked 0 people present; everyone already had a mark.</source>
        <translation>Se marcó a 0 personas como presentes; todos ya tenían marca.</translation>
    </message>
    <message>
        <source>Marked 0 people absent; everyone already had a mark.</source>
        <translation>Se marcó a 0 personas como ausentes; todos ya tenían marca.</translation>
    </message>
    <message>
        <source>Marked 1 person present.</source>
        <translation>Se marcó a 1 persona como presente.</translation>
    </message>
    <message>
        <source>Marked %1 people present.</source>
        <translation>Se marcó a %1 personas como presentes.</translation>
    </message>
    <message>
        <source>Marked 1 person absent.</source>
        <translation>Se marcó a 1 persona como ausente.</translation>
    </message>
    <message>
        <source>Marked %1 people absent.</source>
        <translation>Se marcó a %1 personas como ausentes.</translation>
    </message>
    <message>
        <source>valid</source>
        <comment>completion</comment>
        <translation>vigente</translation>
    </message>
    <message>
        <source>expiring soon</source>
        <comment>completion</comment>
        <translation>vence pronto</translation>
    </message>
    <message>
        <source>expired</source>
        <comment>completion</comment>
        <translation>vencido</translation>
    </message>
    <message>
        <source>%1 on %2 (a completion valid %3):</source>
        <translation>%1 al %2 (una finalización vale %3):</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 mes</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 meses</translation>
    </message>
    <message>
        <source>%1 on %2 (a completion never expires):</source>
        <translation>%1 al %2 (una finalización nunca vence):</translation>
    </message>
    <message>
        <source>completed</source>
        <comment>completion</comment>
        <translation>completado</translation>
    </message>
    <message>
        <source>met, not recorded</source>
        <comment>completion</comment>
        <translation>cumplido, sin registrar</translation>
    </message>
    <message>
        <source>not yet</source>
        <comment>completion</comment>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>never</source>
        <comment>expires</comment>
        <translation>nunca</translation>
    </message>
    <message>
        <source>completion</source>
        <comment>column</comment>
        <translation>finalización</translation>
    </message>
    <message>
        <source>completed on</source>
        <comment>column</comment>
        <translation>completado el</translation>
    </message>
    <message>
        <source>expires</source>
        <comment>column</comment>
        <translation>vence</translation>
    </message>
    <message>
        <source>as of then</source>
        <comment>column</comment>
        <translation>a esa fecha</translation>
    </message>
    <message>
        <source>Nobody is enrolled yet.</source>
        <translation>Todavía no hay nadie inscrito.</translation>
    </message>
    <message>
        <source>book a participant into a programme (waitlisted when full)</source>
        <translation>inscribir a un participante en un programa (a la lista de espera si está lleno)</translation>
    </message>
    <message>
        <source>cancel a booking or waitlist place (the first waitlisted person gets a freed place)</source>
        <translation>cancelar una reserva o un lugar en lista de espera (la primera persona en espera recibe la plaza liberada)</translation>
    </message>
    <message>
        <source>programme name or id</source>
        <translation>nombre o id del programa</translation>
    </message>
    <message>
        <source>add someone at the door and mark them</source>
        <translation>añadir a alguien que llega a la puerta y marcarlo</translation>
    </message>
    <message>
        <source>someone already registered</source>
        <translation>alguien ya registrado</translation>
    </message>
    <message>
        <source>a new person&apos;s name</source>
        <translation>el nombre de una persona nueva</translation>
    </message>
    <message>
        <source>their ID (an existing person with it is used)</source>
        <translation>su ID (si una persona ya lo tiene, se usa esa persona)</translation>
    </message>
    <message>
        <source>add a new person even when someone registered matches --name</source>
        <translation>añadir una persona nueva aunque alguien registrado coincida con --name</translation>
    </message>
    <message>
        <source>one session: cancel, didnt-happen, reinstate, add, change</source>
        <translation>una sesión: cancel, didnt-happen, reinstate, add, change</translation>
    </message>
    <message>
        <source>cancel a session, with the reason</source>
        <translation>cancelar una sesión, con el motivo</translation>
    </message>
    <message>
        <source>record that a session that started did not take place, with the reason</source>
        <translation>registrar que una sesión que empezó no se realizó, con el motivo</translation>
    </message>
    <message>
        <source>confirm for a session with marks or outcome ticks</source>
        <translation>confirmar para una sesión con marcas o resultados marcados</translation>
    </message>
    <message>
        <source>undo a cancellation or a didn&apos;t-happen</source>
        <translation>deshacer una cancelación o un «no se realizó»</translation>
    </message>
    <message>
        <source>add one extra session to a programme</source>
        <translation>añadir una sesión extra a un programa</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>HH:MM (default: the programme&apos;s)</source>
        <translation>HH:MM (por defecto: la del programa)</translation>
    </message>
    <message>
        <source>minutes (default: the programme&apos;s)</source>
        <translation>minutos (por defecto: los del programa)</translation>
    </message>
    <message>
        <source>move one session or change its length</source>
        <translation>mover una sesión o cambiar su duración</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>clear one participant&apos;s mark (back to pending)</source>
        <translation>borrar la marca de un participante (vuelve a pendiente)</translation>
    </message>
    <message>
        <source>mark everyone still pending present, or the rest absent</source>
        <translation>marcar como presentes a todos los pendientes, o al resto como ausentes</translation>
    </message>
    <message>
        <source>who completed a programme and whether it has expired on a date</source>
        <translation>quién completó un programa y si ha vencido en una fecha</translation>
    </message>
    <message>
        <source>default: today</source>
        <translation>por defecto: hoy</translation>
    </message>
    <message>
        <source>row %1  %2 (%3)</source>
        <translation>fila %1  %2 (%3)</translation>
    </message>
    <message>
        <source>row %1  %2</source>
        <translation>fila %1  %2</translation>
    </message>
    <message>
        <source>no box marked</source>
        <translation>ninguna casilla marcada</translation>
    </message>
    <message>
        <source>%1: %2 (session %3), sheet page %4, rows %5-%6; read in %7 s</source>
        <translation>%1: %2 (sesión %3), página %4 de la hoja, filas %5-%6; leída en %7 s</translation>
    </message>
    <message>
        <source>%1: %2 (session %3), sheet page %4, walk-in rows only; read in %7 s</source>
        <translation>%1: %2 (sesión %3), página %4 de la hoja, solo filas sin inscripción; leída en %7 s</translation>
    </message>
    <message>
        <source>The roll has changed since printing: these people are now rows %1-%2 on the laptop; they are matched by who they are, not by row.</source>
        <translation>La lista cambió desde la impresión: estas personas ahora son las filas %1-%2 en la computadora; se emparejan por quiénes son, no por la fila.</translation>
    </message>
    <message>
        <source>Doubtful, a person must look:</source>
        <translation>Dudosas, una persona debe revisarlas:</translation>
    </message>
    <message>
        <source>%1: %2? %3 (confidence %4); the laptop has %5</source>
        <translation>%1: ¿%2? %3 (confianza %4); la computadora tiene %5</translation>
    </message>
    <message>
        <source>%1: %2? %3 (confidence %4)</source>
        <translation>%1: ¿%2? %3 (confianza %4)</translation>
    </message>
    <message>
        <source>No box marked on the paper, nothing on the laptop either (left pending):</source>
        <translation>Ninguna casilla marcada en el papel, y nada en la computadora (quedan pendientes):</translation>
    </message>
    <message>
        <source>Paper and laptop disagree (the laptop&apos;s mark is kept):</source>
        <translation>El papel y la computadora no coinciden (se conserva la marca de la computadora):</translation>
    </message>
    <message>
        <source>%1: paper says %2, the laptop has %3 (confidence %4)</source>
        <translation>%1: el papel dice %2, la computadora tiene %3 (confianza %4)</translation>
    </message>
    <message>
        <source>Read:</source>
        <translation>Leído:</translation>
    </message>
    <message>
        <source>%1: %2 (confidence %3; the laptop has %4)</source>
        <translation>%1: %2 (confianza %3; la computadora tiene %4)</translation>
    </message>
    <message>
        <source>%1: %2 (confidence %3, already on the laptop)</source>
        <translation>%1: %2 (confianza %3, ya está en la computadora)</translation>
    </message>
    <message>
        <source>%1: %2 (confidence %3)</source>
        <translation>%1: %2 (confianza %3)</translation>
    </message>
    <message>
        <source>%1, %2 refused: %3, %4 doubtful, %5 with no box marked, %6.</source>
        <translation>%1, rechazadas: %2. %3; dudosas: %4; sin casilla marcada: %5; %6.</translation>
    </message>
    <message>
        <source>1 page read</source>
        <translation>1 página leída</translation>
    </message>
    <message>
        <source>%1 pages read</source>
        <translation>%1 páginas leídas</translation>
    </message>
    <message>
        <source>1 mark to write</source>
        <translation>1 marca para escribir</translation>
    </message>
    <message>
        <source>%1 (doubtful) on %2</source>
        <translation>%1 (dudoso) en %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Page %1 of %2 was read twice: %3</source>
        <translation>La página %1 de %2 se leyó dos veces: %3</translation>
    </message>
    <message>
        <source>Page %1 of %2 was read %3 times: %4</source>
        <translation>La página %1 de %2 se leyó %3 veces: %4</translation>
    </message>
    <message>
        <source>1 row read differently on the copies is left for a person (listed above).</source>
        <translation>1 fila leída de forma distinta en las copias queda para una persona (ver arriba).</translation>
    </message>
    <message>
        <source>%1 rows read differently on the copies are left for a person (listed above).</source>
        <translation>%1 filas leídas de forma distinta en las copias quedan para una persona (ver arriba).</translation>
    </message>
    <message>
        <source>the copies agree, it is written once.</source>
        <translation>las copias coinciden, se escribe una vez.</translation>
    </message>
    <message>
        <source>row %1  %2, outcome %3 (%4)</source>
        <translation>fila %1  %2, resultado %3 (%4)</translation>
    </message>
    <message>
        <source>ticked</source>
        <translation>marcada</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>sin marcar</translation>
    </message>
    <message>
        <source>rows %1-%2</source>
        <translation>filas %1-%2</translation>
    </message>
    <message>
        <source>no participant rows</source>
        <translation>sin filas de participantes</translation>
    </message>
    <message>
        <source>outcomes %1-%2</source>
        <translation>resultados %1-%2</translation>
    </message>
    <message>
        <source>no outcomes</source>
        <translation>sin resultados</translation>
    </message>
    <message>
        <source>%1: %2 (session %3), tick-off page %4, %5, %6; read in %7 s</source>
        <translation>%1: %2 (sesión %3), página %4 de la plantilla, %5, %6; leída en %7 s</translation>
    </message>
    <message>
        <source>  Read differently on the copies of this page (nothing written, a person decides):</source>
        <translation>  Leído de forma distinta en las copias de esta página (no se escribe nada, decide una persona):</translation>
    </message>
    <message>
        <source>%1: the copies say %2</source>
        <translation>%1: las copias dicen %2</translation>
    </message>
    <message>
        <source>  Doubtful, a person must look:</source>
        <translation>  Dudosas, una persona debe revisarlas:</translation>
    </message>
    <message>
        <source>    %1: %2? %3 (confidence %4)</source>
        <translation>    %1: ¿%2? %3 (confianza %4)</translation>
    </message>
    <message>
        <source>; the laptop has it %1</source>
        <translation>; en la computadora está %1</translation>
    </message>
    <message>
        <source>  Paper and laptop disagree (the laptop&apos;s tick is kept):</source>
        <translation>  El papel y la computadora no coinciden (se conserva lo que tiene la computadora):</translation>
    </message>
    <message>
        <source>    %1: paper says %2, the laptop has it %3 (confidence %4)</source>
        <translation>    %1: en el papel está %2, en la computadora está %3 (confianza %4)</translation>
    </message>
    <message>
        <source>  Ticked:</source>
        <translation>  Marcadas:</translation>
    </message>
    <message>
        <source>    %1 (confidence %2, already on the laptop)</source>
        <translation>    %1 (confianza %2, ya está en la computadora)</translation>
    </message>
    <message>
        <source>    %1 (confidence %2)</source>
        <translation>    %1 (confianza %2)</translation>
    </message>
    <message>
        <source>  Blank row %1 has outcome %2 ticked for someone not listed: not read; add them as a walk-in on the Roster tab, then tick them on the Outcomes tab.</source>
        <translation>  La fila en blanco %1 tiene el resultado %2 marcado para alguien que no está en la lista: no se leyó; añádalo como persona sin inscripción en la pestaña Lista y luego marque su resultado en la pestaña Resultados.</translation>
    </message>
    <message>
        <source>  Blank row %1 has outcomes %2 ticked for someone not listed: not read; add them as a walk-in on the Roster tab, then tick them on the Outcomes tab.</source>
        <translation>  La fila en blanco %1 tiene los resultados %2 marcados para alguien que no está en la lista: no se leyeron; añádalo como persona sin inscripción en la pestaña Lista y luego marque sus resultados en la pestaña Resultados.</translation>
    </message>
    <message>
        <source>Read differently on the copies of this page (nothing written, a person decides):</source>
        <translation>Leído de forma distinta en las copias de esta página (no se escribe nada, decide una persona):</translation>
    </message>
    <message>
        <source>%1 marks to write</source>
        <translation>%1 marcas para escribir</translation>
    </message>
    <message>
        <source>%1 and %2 to write</source>
        <translation>%1 y %2 para escribir</translation>
    </message>
    <message>
        <source>1 tick</source>
        <translation>1 resultado</translation>
    </message>
    <message>
        <source>%1 ticks</source>
        <translation>%1 resultados</translation>
    </message>
    <message>
        <source>1 conflict with the laptop</source>
        <translation>1 conflicto con la computadora</translation>
    </message>
    <message>
        <source>%1 conflicts with the laptop</source>
        <translation>%1 conflictos con la computadora</translation>
    </message>
    <message>
        <source>Skipped 1 blank page: %2.</source>
        <translation>Se omitió 1 página en blanco: %2.</translation>
    </message>
    <message>
        <source>Skipped %1 blank pages: %2.</source>
        <translation>Se omitieron %1 páginas en blanco: %2.</translation>
    </message>
    <message>
        <source>1 walk-in row written in by hand, not added here: type it in with Read paper sheets… on the Roster tab, which shows each as written.</source>
        <translation>1 fila sin inscripción escrita a mano, no añadida aquí: escríbala con Leer hojas en papel… en la pestaña Lista, que muestra cada una tal como se escribió.</translation>
    </message>
    <message>
        <source>%1 walk-in rows written in by hand, not added here: type them in with Read paper sheets… on the Roster tab, which shows each as written.</source>
        <translation>%1 filas sin inscripción escritas a mano, no añadidas aquí: escríbalas con Leer hojas en papel… en la pestaña Lista, que muestra cada una tal como se escribió.</translation>
    </message>
    <message>
        <source>Nothing was written; run again with --accept to write the clear marks and ticks.</source>
        <translation>No se escribió nada; vuelva a ejecutar con --accept para escribir las marcas y los resultados claros.</translation>
    </message>
    <message>
        <source>Nothing was written; run again with --accept to write the clear marks.</source>
        <translation>No se escribió nada; vuelva a ejecutar con --accept para escribir las marcas claras.</translation>
    </message>
    <message>
        <source>page %1: %2</source>
        <translation>página %1: %2</translation>
    </message>
    <message>
        <source>Wrote %1 in one go.</source>
        <translation>Se escribió %1 de una vez.</translation>
    </message>
    <message>
        <source>Wrote %1 in one go (%2), queued for sync.</source>
        <translation>Se escribió %1 de una vez (%2), en cola para sincronizar.</translation>
    </message>
    <message>
        <source>Wrote %1 in one go, queued for sync.</source>
        <translation>Se escribió %1 de una vez, en cola para sincronizar.</translation>
    </message>
    <message>
        <source>Page images kept in %1.</source>
        <translation>Imágenes de las páginas guardadas en %1.</translation>
    </message>
    <message>
        <source>1 doubtful row</source>
        <translation>1 fila dudosa</translation>
    </message>
    <message>
        <source>%1 doubtful rows</source>
        <translation>%1 filas dudosas</translation>
    </message>
    <message>
        <source>1 person with no box marked</source>
        <translation>1 persona sin casilla marcada</translation>
    </message>
    <message>
        <source>%1 people with no box marked</source>
        <translation>%1 personas sin casilla marcada</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 conflicto</translation>
    </message>
    <message>
        <source>%1 conflicts</source>
        <translation>%1 conflictos</translation>
    </message>
    <message>
        <source>1 row read differently on two copies</source>
        <translation>1 fila leída de forma distinta en dos copias</translation>
    </message>
    <message>
        <source>%1 rows read differently on two copies</source>
        <translation>%1 filas leídas de forma distinta en dos copias</translation>
    </message>
    <message>
        <source>1 refused page</source>
        <translation>1 página rechazada</translation>
    </message>
    <message>
        <source>%1 refused pages</source>
        <translation>%1 páginas rechazadas</translation>
    </message>
    <message>
        <source>Needs a person: %1 (listed above); mark them on the Roster tab or with `fieldsessions mark`, tick them on the Outcomes tab.</source>
        <translation>Requiere revisión: %1 (ver arriba); márquelos en la pestaña Lista o con `fieldsessions mark`, y marque sus resultados en la pestaña Resultados.</translation>
    </message>
    <message>
        <source>Needs a person: %1 (listed above); mark them on the Roster tab or with `fieldsessions mark`.</source>
        <translation>Requiere revisión: %1 (ver arriba); márquelos en la pestaña Lista o con `fieldsessions mark`.</translation>
    </message>
    <message>
        <source>read signed attendance sheets and ticked tick-off templates back in from scans or photos (PDF, PNG, JPEG, TIFF); shows what was read, writes it with --accept</source>
        <translation>volver a leer hojas de asistencia firmadas y plantillas de resultados marcadas desde escaneos o fotos (PDF, PNG, JPEG, TIFF); muestra lo leído y lo escribe con --accept</translation>
    </message>
    <message>
        <source>write the clear marks of people not yet marked on this laptop, and the clear ticks of boxes not yet set on it</source>
        <translation>escribir las marcas claras de las personas aún sin marcar en esta computadora, y los resultados claros de las casillas aún sin registrar en ella</translation>
    </message>
    <message>
        <source>scanned pages or photos</source>
        <translation>páginas escaneadas o fotos</translation>
    </message>
    <message>
        <source>must be between 0 and 500</source>
        <translation>debe estar entre 0 y 500</translation>
    </message>
    <message>
        <source>-o was given an empty path; an output file is needed (-o FILE, or -o - for standard output).</source>
        <translation>-o recibió una ruta vacía; se necesita un archivo de salida (-o ARCHIVO, o -o - para la salida estándar).</translation>
    </message>
    <message>
        <source>-o %1: standard error is kept for messages; give a file name, or -o - for standard output.</source>
        <translation>-o %1: la salida de error se reserva para los mensajes; indique un nombre de archivo, o -o - para la salida estándar.</translation>
    </message>
    <message>
        <source>A %1 file would print as garbage on the terminal; redirect it (-o - &gt; file) or give a file name.</source>
        <translation>Un archivo %1 se vería como basura en la terminal; rediríjalo (-o - &gt; archivo) o indique un nombre de archivo.</translation>
    </message>
    <message>
        <source>%1 ends in .%2 but this writes %3; name it %4 or --format %2.</source>
        <translation>%1 termina en .%2 pero esto escribe %3; llámelo %4 o use --format %2.</translation>
    </message>
    <message>
        <source>%1 ends in .%2 but this writes %3; name it %4.</source>
        <translation>%1 termina en .%2 pero esto escribe %3; llámelo %4.</translation>
    </message>
    <message>
        <source>Wrote %1: %2, %3, %4.</source>
        <translation>Se escribió %1: %2, %3, %4.</translation>
    </message>
    <message>
        <source>Wrote to standard output: %2, %3, %4.</source>
        <translation>Se escribió en la salida estándar: %2, %3, %4.</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 páginas</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <source>That session is cancelled; reinstate it first (fieldsessions session reinstate ID).</source>
        <translation>Esa sesión está cancelada; restablézcala primero (fieldsessions session reinstate ID).</translation>
    </message>
    <message>
        <source>That session is recorded as not having happened; reinstate it first (fieldsessions session reinstate ID).</source>
        <translation>Esa sesión está registrada como no realizada; restablézcala primero (fieldsessions session reinstate ID).</translation>
    </message>
    <message>
        <source>attendance record</source>
        <translation>registro de asistencia</translation>
    </message>
    <message>
        <source>attendance sheet</source>
        <translation>hoja de asistencia</translation>
    </message>
    <message>
        <source>tick-off template</source>
        <translation>plantilla de resultados</translation>
    </message>
    <message>
        <source>%1 x %2</source>
        <comment>participants x outcomes</comment>
        <translation>%1 x %2</translation>
    </message>
    <message>
        <source>1 outcome</source>
        <translation>1 resultado</translation>
    </message>
    <message>
        <source>%1 outcomes</source>
        <translation>%1 resultados</translation>
    </message>
    <message>
        <source>compliance report</source>
        <translation>informe de cumplimiento</translation>
    </message>
    <message>
        <source>hours report</source>
        <translation>informe de horas</translation>
    </message>
    <message>
        <source>1 period</source>
        <translation>1 periodo</translation>
    </message>
    <message>
        <source>%1 periods</source>
        <translation>%1 periodos</translation>
    </message>
    <message>
        <source>Nobody in %1 has completed it (or every completion has expired), so there is no certificate to print; no file was written.</source>
        <translation>Nadie en %1 lo ha completado (o todas las finalizaciones vencieron), así que no hay certificado que imprimir; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>certificates</source>
        <translation>certificados</translation>
    </message>
    <message>
        <source>1 certificate</source>
        <translation>1 certificado</translation>
    </message>
    <message>
        <source>%1 certificates</source>
        <translation>%1 certificados</translation>
    </message>
    <message>
        <source>Cannot tell the format of %1; add --format csv or --format xlsx.</source>
        <translation>No se puede saber el formato de %1; añada --format csv o --format xlsx.</translation>
    </message>
    <message>
        <source>Wrote %1: %2.</source>
        <translation>Se escribió %1: %2.</translation>
    </message>
    <message>
        <source>Wrote to standard output: %2.</source>
        <translation>Se escribió en la salida estándar: %2.</translation>
    </message>
    <message>
        <source>1 attendance line</source>
        <translation>1 línea de asistencia</translation>
    </message>
    <message>
        <source>%1 attendance lines</source>
        <translation>%1 líneas de asistencia</translation>
    </message>
    <message>
        <source>1 participant line</source>
        <translation>1 línea de participante</translation>
    </message>
    <message>
        <source>%1 participant lines</source>
        <translation>%1 líneas de participantes</translation>
    </message>
    <message>
        <source>1 line</source>
        <translation>1 línea</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 líneas</translation>
    </message>
    <message>
        <source>Wrote %1: %2; %3.</source>
        <translation>Se escribió %1: %2; %3.</translation>
    </message>
    <message>
        <source>Wrote to standard output: %2; %3.</source>
        <translation>Se escribió en la salida estándar: %2; %3.</translation>
    </message>
    <message>
        <source>Wrote %1: %2; no sessions in this range for %3.</source>
        <translation>Se escribió %1: %2; no hay sesiones en este intervalo para %3.</translation>
    </message>
    <message>
        <source>Wrote to standard output: %2; no sessions in this range for %3.</source>
        <translation>Se escribió en la salida estándar: %2; no hay sesiones en este intervalo para %3.</translation>
    </message>
    <message>
        <source>first session date, YYYY-MM-DD</source>
        <translation>fecha de la primera sesión, AAAA-MM-DD</translation>
    </message>
    <message>
        <source>last session date, YYYY-MM-DD</source>
        <translation>fecha de la última sesión, AAAA-MM-DD</translation>
    </message>
    <message>
        <source>the file to write; - (or /dev/stdout) for standard output</source>
        <translation>el archivo que escribir; - (o /dev/stdout) para la salida estándar</translation>
    </message>
    <message>
        <source>print a report to PDF: sheet, tickoff, compliance, hours, certificates</source>
        <translation>imprimir un informe en PDF: sheet, tickoff, compliance, hours, certificates</translation>
    </message>
    <message>
        <source>the attendance sheet of a session</source>
        <translation>la hoja de asistencia de una sesión</translation>
    </message>
    <message>
        <source>a tick box per status (default) or a column to sign</source>
        <translation>una casilla por estado (por defecto) o una columna para firmar</translation>
    </message>
    <message>
        <source>print the recorded marks</source>
        <translation>imprimir las marcas registradas</translation>
    </message>
    <message>
        <source>blank rows for walk-ins (default 10, or 0 with --filled)</source>
        <translation>filas en blanco para personas sin inscripción (por defecto 10, o 0 con --filled)</translation>
    </message>
    <message>
        <source>the outcome tick-off template and session report of a session</source>
        <translation>la plantilla de resultados y el informe de una sesión</translation>
    </message>
    <message>
        <source>print the recorded ticks and session report</source>
        <translation>imprimir los resultados marcados y el informe de la sesión</translation>
    </message>
    <message>
        <source>blank rows (default 5, or 0 with --filled)</source>
        <translation>filas en blanco (por defecto 5, o 0 con --filled)</translation>
    </message>
    <message>
        <source>attendance compliance of a programme</source>
        <translation>el cumplimiento de asistencia de un programa</translation>
    </message>
    <message>
        <source>hours per facilitator and participant, per period</source>
        <translation>horas por facilitador y participante, por periodo</translation>
    </message>
    <message>
        <source>a certificate per participant who completed</source>
        <translation>un certificado por cada participante que completó</translation>
    </message>
    <message>
        <source>one table per month (default), week, or only the whole programme</source>
        <translation>una tabla por mes (por defecto), por semana, o solo el programa completo</translation>
    </message>
    <message>
        <source>export to CSV or XLSX: attendance, compliance, hours</source>
        <translation>exportar a CSV o XLSX: attendance, compliance, hours</translation>
    </message>
    <message>
        <source>attendance of held sessions</source>
        <translation>asistencia de las sesiones realizadas</translation>
    </message>
    <message>
        <source>attendance compliance per participant</source>
        <translation>cumplimiento de asistencia por participante</translation>
    </message>
    <message>
        <source>hours per facilitator and participant</source>
        <translation>horas por facilitador y participante</translation>
    </message>
    <message>
        <source>programme name or id (default: every programme)</source>
        <translation>nombre o id del programa (por defecto: todos los programas)</translation>
    </message>
    <message>
        <source>default: from the output file&apos;s extension</source>
        <translation>por defecto: según la extensión del archivo de salida</translation>
    </message>
    <message>
        <source>No reports are owed.</source>
        <translation>No hay informes pendientes.</translation>
    </message>
    <message>
        <source>period</source>
        <comment>column</comment>
        <translation>periodo</translation>
    </message>
    <message>
        <source>from</source>
        <comment>column</comment>
        <translation>desde</translation>
    </message>
    <message>
        <source>to</source>
        <comment>column</comment>
        <translation>hasta</translation>
    </message>
    <message>
        <source>state</source>
        <comment>column</comment>
        <translation>estado</translation>
    </message>
    <message>
        <source>key</source>
        <comment>column</comment>
        <translation>clave</translation>
    </message>
    <message>
        <source>overdue</source>
        <comment>report</comment>
        <translation>atrasado</translation>
    </message>
    <message>
        <source>due</source>
        <comment>report</comment>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>1 owed, %2 overdue. Submit it with: fieldsessions reports submit --programme NAME --period KEY --notes TEXT</source>
        <translation>1 pendiente, %2 atrasados. Envíelo con: fieldsessions reports submit --programme NOMBRE --period CLAVE --notes TEXTO</translation>
    </message>
    <message>
        <source>%1 owed, %2 overdue. Submit one with: fieldsessions reports submit --programme NAME --period KEY --notes TEXT</source>
        <translation>%1 pendientes, %2 atrasados. Envíe uno con: fieldsessions reports submit --programme NOMBRE --period CLAVE --notes TEXTO</translation>
    </message>
    <message>
        <source>Report for %1 submitted.</source>
        <translation>Se envió el informe de %1.</translation>
    </message>
    <message>
        <source>outcome</source>
        <comment>column</comment>
        <translation>resultado</translation>
    </message>
    <message>
        <source>achieved on</source>
        <comment>column</comment>
        <translation>logrado el</translation>
    </message>
    <message>
        <source>No outcome achieved yet.</source>
        <translation>Todavía no hay ningún resultado logrado.</translation>
    </message>
    <message>
        <source>Pathway %1: %2</source>
        <translation>Ruta %1: %2</translation>
    </message>
    <message>
        <source>complete on %1</source>
        <translation>completa el %1</translation>
    </message>
    <message>
        <source>still needs %1</source>
        <translation>aún le falta %1</translation>
    </message>
    <message>
        <source>--any-of %1 needs two or more programmes separated by |.</source>
        <translation>--any-of %1 necesita dos o más programas separados por |.</translation>
    </message>
    <message>
        <source>Pathway %1 created (%2).</source>
        <translation>Se creó la ruta %1 (%2).</translation>
    </message>
    <message>
        <source>No pathways yet. Create one with: fieldsessions pathway add --name NAME --programme A --any-of &quot;B|C&quot;</source>
        <translation>Todavía no hay rutas. Cree una con: fieldsessions pathway add --name NOMBRE --programme A --any-of &quot;B|C&quot;</translation>
    </message>
    <message>
        <source>needs</source>
        <comment>column</comment>
        <translation>necesita</translation>
    </message>
    <message>
        <source>Nobody is booked on a programme of this pathway yet.</source>
        <translation>Todavía no hay nadie con plaza en un programa de esta ruta.</translation>
    </message>
    <message>
        <source>standing</source>
        <comment>column</comment>
        <translation>situación</translation>
    </message>
    <message>
        <source>Wrote %1: %2 for %3 to %4, %5.</source>
        <translation>Se escribió %1: %2 del %3 al %4, %5.</translation>
    </message>
    <message>
        <source>1 sheet</source>
        <translation>1 hoja</translation>
    </message>
    <message>
        <source>%1 sheets</source>
        <translation>%1 hojas</translation>
    </message>
    <message>
        <source>the attendance sheets of every session in a date range, in one PDF (default: today and the next 13 days)</source>
        <translation>las hojas de asistencia de todas las sesiones en un intervalo de fechas, en un solo PDF (por defecto: hoy y los 13 días siguientes)</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>el PDF que escribir</translation>
    </message>
    <message>
        <source>first day, YYYY-MM-DD (default today)</source>
        <translation>primer día, AAAA-MM-DD (por defecto hoy)</translation>
    </message>
    <message>
        <source>last day, YYYY-MM-DD (default 13 days after the first)</source>
        <translation>último día, AAAA-MM-DD (por defecto 13 días después del primero)</translation>
    </message>
    <message>
        <source>only this programme (id or name)</source>
        <translation>solo este programa (id o nombre)</translation>
    </message>
    <message>
        <source>paper size (default a4)</source>
        <translation>tamaño del papel (por defecto a4)</translation>
    </message>
    <message>
        <source>a participant&apos;s outcomes across programmes and their pathway progress</source>
        <translation>los resultados de un participante en todos los programas y su avance en las rutas</translation>
    </message>
    <message>
        <source>participant id or external ID</source>
        <translation>id del participante o ID externo</translation>
    </message>
    <message>
        <source>completion pathways: add, list, status</source>
        <translation>rutas de finalización: add, list, status</translation>
    </message>
    <message>
        <source>create a pathway: every --programme, and any one of each --any-of group</source>
        <translation>crear una ruta: cada --programme, y uno cualquiera de cada grupo --any-of</translation>
    </message>
    <message>
        <source>a programme the pathway needs (repeat)</source>
        <translation>un programa que la ruta necesita (repetir)</translation>
    </message>
    <message>
        <source>programmes of which any one is enough, separated by | (repeat)</source>
        <translation>programas de los que basta uno cualquiera, separados por | (repetir)</translation>
    </message>
    <message>
        <source>list the pathways and what each needs</source>
        <translation>listar las rutas y lo que necesita cada una</translation>
    </message>
    <message>
        <source>who completed a pathway, and what the others still need</source>
        <translation>quién completó una ruta y lo que aún les falta a los demás</translation>
    </message>
    <message>
        <source>pathway id or exact name</source>
        <translation>id o nombre exacto de la ruta</translation>
    </message>
    <message>
        <source>reports owed: owed, submit</source>
        <translation>informes pendientes: owed, submit</translation>
    </message>
    <message>
        <source>list the programme reports not written yet (due, or overdue a week after)</source>
        <translation>listar los informes de programa aún sin escribir (pendientes, o atrasados una semana después)</translation>
    </message>
    <message>
        <source>only this programme (id or exact name)</source>
        <translation>solo este programa (id o nombre exacto)</translation>
    </message>
    <message>
        <source>submit a report owed (a period&apos;s report, or a session&apos;s)</source>
        <translation>enviar un informe pendiente (el de un periodo o el de una sesión)</translation>
    </message>
    <message>
        <source>programme id or exact name</source>
        <translation>id o nombre exacto del programa</translation>
    </message>
    <message>
        <source>the period&apos;s key as `reports owed` shows it, e.g. month:2026-03</source>
        <translation>la clave del periodo tal como la muestra `reports owed`, p. ej., month:2026-03</translation>
    </message>
    <message>
        <source>what the report says</source>
        <translation>lo que dice el informe</translation>
    </message>
    <message>
        <source>not yet assessed</source>
        <comment>compliance</comment>
        <translation>aún sin evaluar</translation>
    </message>
    <message>
        <source>compliant</source>
        <comment>compliance</comment>
        <translation>cumple</translation>
    </message>
    <message>
        <source>at risk</source>
        <comment>compliance</comment>
        <translation>en riesgo</translation>
    </message>
    <message>
        <source>non-compliant</source>
        <comment>compliance</comment>
        <translation>no cumple</translation>
    </message>
    <message>
        <source>attended</source>
        <comment>excused counts as</comment>
        <translation>cuentan como asistencia</translation>
    </message>
    <message>
        <source>excluded</source>
        <comment>excused counts as</comment>
        <translation>fuera del porcentaje</translation>
    </message>
    <message>
        <source>absent</source>
        <comment>excused counts as</comment>
        <translation>cuentan como ausencia</translation>
    </message>
    <message>
        <source>ALERT</source>
        <comment>absence alert</comment>
        <translation>ALERTA</translation>
    </message>
    <message>
        <source>%1: required attendance %2%, excused counts as %3, %4.</source>
        <translation>%1: asistencia requerida %2%, ausencias justificadas: %3, %4.</translation>
    </message>
    <message>
        <source>alert after 1 absence in a row</source>
        <translation>alerta tras 1 falta seguida</translation>
    </message>
    <message>
        <source>alert after %1 absences in a row</source>
        <translation>alerta tras %1 faltas seguidas</translation>
    </message>
    <message>
        <source>%1: required attendance %2%, excused counts as %3, no alert for absences in a row.</source>
        <translation>%1: asistencia requerida %2%, ausencias justificadas: %3, sin alerta por faltas seguidas.</translation>
    </message>
    <message>
        <source>Sessions: %1 with roll taken, %2 with roll missing or incomplete, %3 to come.</source>
        <translation>Sesiones: %1 con lista pasada, %2 con lista faltante o incompleta, %3 por venir.</translation>
    </message>
    <message>
        <source>Nobody needs follow-up.</source>
        <translation>Nadie necesita seguimiento.</translation>
    </message>
    <message>
        <source>Nobody is booked yet.</source>
        <translation>Todavía no hay nadie con plaza.</translation>
    </message>
    <message>
        <source>attended</source>
        <comment>column</comment>
        <translation>asistidas</translation>
    </message>
    <message>
        <source>rate</source>
        <comment>column</comment>
        <translation>%</translation>
    </message>
    <message>
        <source>max</source>
        <comment>column</comment>
        <translation>máx.</translation>
    </message>
    <message>
        <source>absences in a row</source>
        <comment>column</comment>
        <translation>faltas seguidas</translation>
    </message>
    <message>
        <source>alert</source>
        <comment>column</comment>
        <translation>alerta</translation>
    </message>
    <message>
        <source>Follow-up: %1 of %2 (--follow-up lists only them).</source>
        <translation>Seguimiento: %1 de %2 (--follow-up muestra solo a esas personas).</translation>
    </message>
    <message>
        <source>attendance compliance of a programme&apos;s participants, with the follow-up list</source>
        <translation>cumplimiento de asistencia de los participantes de un programa, con la lista de seguimiento</translation>
    </message>
    <message>
        <source>only the non-compliant, at-risk and alerted participants</source>
        <translation>solo los participantes que no cumplen, en riesgo o con alerta</translation>
    </message>
    <message>
        <source>--ca-bundle needs a file.</source>
        <translation>--ca-bundle necesita un archivo.</translation>
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation>El archivo de CA %1 no existe.</translation>
    </message>
    <message>
        <source>the CA bundle file (.pem) the server&apos;s admin gave you</source>
        <translation>el archivo de CA (.pem) que le dio el administrador del servidor</translation>
    </message>
    <message>
        <source>Cannot read the CA file %1: %2.</source>
        <translation>No se puede leer el archivo de CA %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a CA certificate file (PEM).</source>
        <translation>%1 no es un archivo de certificado de CA (PEM).</translation>
    </message>
    <message>
        <source>No password: set %1 or run this in a terminal.</source>
        <translation>Sin contraseña: defina %1 o ejecute esto en una terminal.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Contraseña para %1: </translation>
    </message>
    <message>
        <source>the system keyring</source>
        <translation>el llavero del sistema</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2; the device token is kept in %3.</source>
        <translation>Sesión iniciada en %1 como %2; el token de la computadora se guarda en %3.</translation>
    </message>
    <message>
        <source>%1 answers in plain HTTP, not HTTPS: check the address with the server&apos;s admin (http:// is accepted only for a server on this machine).</source>
        <translation>%1 responde en HTTP simple, no en HTTPS: revise la dirección con el administrador del servidor (http:// solo se acepta para un servidor en esta máquina).</translation>
    </message>
    <message>
        <source>The certificate of %1 could not be verified; ask the server&apos;s admin for its CA bundle and give it with --ca-bundle FILE.</source>
        <translation>No se pudo verificar el certificado de %1; pida al administrador del servidor su archivo de CA e indíquelo con --ca-bundle ARCHIVO.</translation>
    </message>
    <message>
        <source>Cannot reach the sync server at %1: nothing answers there. Check the address and your connection, and that the server is running.</source>
        <translation>No se puede conectar con el servidor de sincronización en %1: nada responde ahí. Revise la dirección y su conexión, y que el servidor esté en marcha.</translation>
    </message>
    <message>
        <source>sending %1/%2</source>
        <translation>enviando %1/%2</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>recibidos %1</translation>
    </message>
    <message>
        <source>Sync stopped before anything was sent or received: %1</source>
        <translation>La sincronización se detuvo antes de enviar o recibir nada: %1</translation>
    </message>
    <message>
        <source>No syncs yet.</source>
        <translation>Todavía no hay sincronizaciones.</translation>
    </message>
    <message>
        <source>running</source>
        <comment>sync</comment>
        <translation>en curso</translation>
    </message>
    <message>
        <source>stopped (interrupted)</source>
        <translation>detenida (interrumpida)</translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation>detenida: %1</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>rechazado: %1</translation>
    </message>
    <message>
        <source>1 received change waiting</source>
        <translation>1 cambio recibido en espera</translation>
    </message>
    <message>
        <source>%1 received changes waiting</source>
        <translation>%1 cambios recibidos en espera</translation>
    </message>
    <message>
        <source>ok</source>
        <comment>sync</comment>
        <translation>correcto</translation>
    </message>
    <message>
        <source>%1  sent %2, accepted %3, conflicts %4, rejected %5, received %6  %7</source>
        <translation>%1  enviados %2, aceptados %3, conflictos %4, rechazados %5, recibidos %6  %7</translation>
    </message>
    <message>
        <source>%2 (1 change)</source>
        <translation>%2 (1 cambio)</translation>
    </message>
    <message>
        <source>%2 (%1 changes)</source>
        <translation>%2 (%1 cambios)</translation>
    </message>
    <message>
        <source>sign this laptop in to a sync server</source>
        <translation>conectar esta computadora a un servidor de sincronización</translation>
    </message>
    <message>
        <source>your user name on the server</source>
        <translation>su usuario en el servidor</translation>
    </message>
    <message>
        <source>a CA bundle file for a private certificate</source>
        <translation>un archivo de CA para un certificado privado</translation>
    </message>
    <message>
        <source>send queued changes and receive the server&apos;s</source>
        <translation>enviar los cambios en cola y recibir los del servidor</translation>
    </message>
    <message>
        <source>changes per request</source>
        <translation>cambios por solicitud</translation>
    </message>
    <message>
        <source>no progress</source>
        <translation>sin mostrar el avance</translation>
    </message>
    <message>
        <source>show the last syncs</source>
        <translation>mostrar las últimas sincronizaciones</translation>
    </message>
    <message>
        <source>The completion attendance must be between 0 and 100 %.</source>
        <translation>La asistencia para la finalización debe estar entre 0 y 100 %.</translation>
    </message>
    <message>
        <source>A completion stays valid for at least one month.</source>
        <translation>Una finalización es válida al menos un mes.</translation>
    </message>
    <message>
        <source>&apos;Expiring soon&apos; needs a number of days of 0 or more.</source>
        <translation>«Vence pronto» necesita un número de días de 0 o más.</translation>
    </message>
    <message>
        <source>Required attendance must be between 0 and 100 %.</source>
        <translation>La asistencia requerida debe estar entre 0 y 100 %.</translation>
    </message>
    <message>
        <source>The consecutive absence limit cannot be negative.</source>
        <translation>El límite de faltas seguidas no puede ser negativo.</translation>
    </message>
    <message>
        <source>An hours budget must be a number of hours.</source>
        <translation>Un presupuesto de horas debe ser un número de horas.</translation>
    </message>
    <message>
        <source>An hours budget cannot be negative.</source>
        <translation>Un presupuesto de horas no puede ser negativo.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>The minutes attended must be between 0 and the session&apos;s %1 minutes.</source>
        <translation>Los minutos de asistencia deben estar entre 0 y los %1 minutos de la sesión.</translation>
    </message>
    <message>
        <source>%1 has used all of their %2 budget; record them as absent or excused, or raise their budget.</source>
        <translation>%1 ya usó todo su presupuesto de %2; regístrelo como ausente o justificado, o aumente su presupuesto.</translation>
    </message>
    <message>
        <source>%1 has only %2 left of their %3 budget and this session takes %4; record the minutes actually used (at most %5) or raise their budget.</source>
        <translation>A %1 solo le quedan %2 de su presupuesto de %3 y esta sesión dura %4; registre los minutos realmente usados (como máximo %5) o aumente su presupuesto.</translation>
    </message>
    <message>
        <source>%1 has only %2 left of their %3 budget, less than the %4 recorded; record at most %5 minutes or raise their budget.</source>
        <translation>A %1 solo le quedan %2 de su presupuesto de %3, menos que los %4 registrados; registre como máximo %5 minutos o aumente su presupuesto.</translation>
    </message>
    <message>
        <source>This session was cancelled, so attendance cannot be recorded for it.</source>
        <translation>Esta sesión se canceló, así que no se puede registrar asistencia en ella.</translation>
    </message>
    <message>
        <source>This session is recorded as not having happened, so attendance cannot be recorded for it.</source>
        <translation>Esta sesión está registrada como no realizada, así que no se puede registrar asistencia en ella.</translation>
    </message>
    <message>
        <source>This session starts more than an hour from now; attendance can be recorded from one hour before it starts.</source>
        <translation>Esta sesión empieza dentro de más de una hora; la asistencia se puede registrar desde una hora antes del inicio.</translation>
    </message>
    <message>
        <source>1 attendance mark</source>
        <translation>1 marca de asistencia</translation>
    </message>
    <message>
        <source>%1 attendance marks</source>
        <translation>%1 marcas de asistencia</translation>
    </message>
    <message>
        <source>1 outcome tick</source>
        <translation>1 resultado marcado</translation>
    </message>
    <message>
        <source>%1 outcome ticks</source>
        <translation>%1 resultados marcados</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>The session of %1 has %2, so it cannot be moved to a time more than an hour from now (a session is marked only once it is about to start); clear what is recorded on it first, or add a new session instead.</source>
        <translation>La sesión del %1 tiene %2, así que no se puede mover a una hora que esté a más de una hora de ahora (una sesión solo se marca cuando está por empezar); borre primero lo registrado en ella, o añada una sesión nueva.</translation>
    </message>
    <message>
        <source>The session of %2 has 1 attendance mark, so it cannot be deleted; cancel it instead.</source>
        <translation>La sesión del %2 tiene 1 marca de asistencia, así que no se puede eliminar; cancélela.</translation>
    </message>
    <message>
        <source>The session of %2 has %1 attendance marks, so it cannot be deleted; cancel it instead.</source>
        <translation>La sesión del %2 tiene %1 marcas de asistencia, así que no se puede eliminar; cancélela.</translation>
    </message>
    <message>
        <source>A programme needs a name.</source>
        <translation>Un programa necesita un nombre.</translation>
    </message>
    <message>
        <source>A programme name is at most 200 characters.</source>
        <translation>El nombre de un programa tiene como máximo 200 caracteres.</translation>
    </message>
    <message>
        <source>The online link %1 is not a web address; give the whole link, starting with https://.</source>
        <translation>El enlace en línea %1 no es una dirección web; indique el enlace completo, empezando por https://.</translation>
    </message>
    <message>
        <source>Required attendance is a percentage from 0 to 100.</source>
        <translation>La asistencia requerida es un porcentaje de 0 a 100.</translation>
    </message>
    <message>
        <source>Capacity must be at least 1 (or left empty for no limit).</source>
        <translation>La capacidad debe ser al menos 1 (o dejarse vacía para no tener límite).</translation>
    </message>
    <message>
        <source>The consecutive-absence alert needs a limit of at least 1.</source>
        <translation>La alerta de faltas seguidas necesita un límite de al menos 1.</translation>
    </message>
    <message>
        <source>Expiry is at least 1 month (or empty for never).</source>
        <translation>La vigencia es de al menos 1 mes (o vacía para nunca).</translation>
    </message>
    <message>
        <source>An outcome cannot be empty.</source>
        <translation>Un resultado no puede estar vacío.</translation>
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
        <source>excluded date</source>
        <translation>fecha excluida</translation>
    </message>
    <message>
        <source>last session&apos;s date</source>
        <translation>fecha de la última sesión</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>The %1 %2 is not a date in the form YYYY-MM-DD.</source>
        <translation>La %1 %2 no es una fecha con el formato AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>The %1 %2 does not exist in the calendar.</source>
        <translation>La %1 %2 no existe en el calendario.</translation>
    </message>
    <message>
        <source>The time %1 is not a time in the form HH:MM (00:00-23:59).</source>
        <translation>La hora %1 no es una hora con el formato HH:MM (00:00-23:59).</translation>
    </message>
    <message>
        <source>%1 is not a weekday; use mon, tue, wed, thu, fri, sat or sun.</source>
        <translation>%1 no es un día de la semana; use mon, tue, wed, thu, fri, sat o sun.</translation>
    </message>
    <message>
        <source>Name at least one weekday, for example tue,thu.</source>
        <translation>Indique al menos un día de la semana, por ejemplo tue,thu.</translation>
    </message>
    <message>
        <source>%1 is not a known time zone (e.g. Africa/Nairobi).</source>
        <translation>%1 no es una zona horaria conocida (p. ej., Africa/Nairobi).</translation>
    </message>
    <message>
        <source>The number of weeks must be at least 1.</source>
        <translation>El número de semanas debe ser al menos 1.</translation>
    </message>
    <message>
        <source>The %1 %2 is outside the years %3-%4 that programmes can be scheduled in.</source>
        <translation>La %1 %2 está fuera de los años %3-%4 en los que se pueden programar los programas.</translation>
    </message>
    <message>
        <source>A once-off programme has a single session; leave out the end date, number of weeks or number of sessions (or choose a repeating schedule).</source>
        <translation>Un programa de una sola vez tiene una única sesión; quite la fecha de fin, el número de semanas o el número de sesiones (o elija un calendario que se repita).</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation>La fecha de fin %1 es anterior a la fecha de inicio %2.</translation>
    </message>
    <message>
        <source>The number of sessions must be between 1 and %1.</source>
        <translation>El número de sesiones debe estar entre 1 y %1.</translation>
    </message>
    <message>
        <source>Weekdays must be numbers 0 (Monday) to 6 (Sunday).</source>
        <translation>Los días de la semana deben ser números de 0 (lunes) a 6 (domingo).</translation>
    </message>
    <message>
        <source>A custom schedule needs an RRULE, e.g. FREQ=WEEKLY;BYDAY=MO.</source>
        <translation>Un calendario personalizado necesita una RRULE, p. ej., FREQ=WEEKLY;BYDAY=MO.</translation>
    </message>
    <message>
        <source>The RRULE %1 repeats within a day; programmes have at most one session a day, so use FREQ=DAILY, WEEKLY, MONTHLY or YEARLY.</source>
        <translation>La RRULE %1 se repite dentro de un mismo día; los programas tienen como máximo una sesión al día, así que use FREQ=DAILY, WEEKLY, MONTHLY o YEARLY.</translation>
    </message>
    <message>
        <source>The RRULE %1 has its own COUNT or UNTIL; give the end either in the rule or as an end date / number of sessions, not both.</source>
        <translation>La RRULE %1 tiene su propio COUNT o UNTIL; indique el fin en la regla o como fecha de fin / número de sesiones, no en ambos.</translation>
    </message>
    <message>
        <source>Say when the programme ends: an end date or a number of sessions.</source>
        <translation>Indique cuándo termina el programa: una fecha de fin o un número de sesiones.</translation>
    </message>
    <message>
        <source>For &apos;the Nth weekday of the month&apos; choose week 1, 2, 3, 4 or last (-1).</source>
        <translation>Para «el enésimo día de la semana del mes» elija la semana 1, 2, 3, 4 o la última (-1).</translation>
    </message>
    <message>
        <source>The RRULE %1 is not valid: %2.</source>
        <translation>La RRULE %1 no es válida: %2.</translation>
    </message>
    <message>
        <source>This schedule has no sessions: every date it makes is excluded.</source>
        <translation>Este calendario no tiene sesiones: todas las fechas que genera están excluidas.</translation>
    </message>
    <message>
        <source>The RRULE&apos;s UNTIL (%1) is before the start (%2), so it makes no sessions.</source>
        <translation>El UNTIL de la RRULE (%1) es anterior al inicio (%2), así que no genera ninguna sesión.</translation>
    </message>
    <message>
        <source>The RRULE %1 matches no date from the start on, so it makes no sessions.</source>
        <translation>La RRULE %1 no coincide con ninguna fecha a partir del inicio, así que no genera ninguna sesión.</translation>
    </message>
    <message>
        <source>This schedule makes no sessions between its start and its end.</source>
        <translation>Este calendario no genera ninguna sesión entre su inicio y su fin.</translation>
    </message>
    <message>
        <source>This schedule puts more than one session on %1; programmes have at most one session a day.</source>
        <translation>Este calendario pone más de una sesión el %1; los programas tienen como máximo una sesión al día.</translation>
    </message>
    <message>
        <source>This RRULE never ends or makes more than %1 sessions; add UNTIL or COUNT.</source>
        <translation>Esta RRULE nunca termina o genera más de %1 sesiones; añada UNTIL o COUNT.</translation>
    </message>
    <message>
        <source>This schedule would make more than %1 sessions; choose an earlier end.</source>
        <translation>Este calendario generaría más de %1 sesiones; elija un fin más temprano.</translation>
    </message>
    <message>
        <source>The last session&apos;s date %1 is outside the years %2-%3.</source>
        <translation>La fecha de la última sesión, %1, está fuera de los años %2-%3.</translation>
    </message>
    <message>
        <source>A session lasts between 1 minute and 24 hours.</source>
        <translation>Una sesión dura entre 1 minuto y 24 horas.</translation>
    </message>
    <message>
        <source>January</source>
        <comment>month</comment>
        <translation>Enero</translation>
    </message>
    <message>
        <source>February</source>
        <comment>month</comment>
        <translation>Febrero</translation>
    </message>
    <message>
        <source>March</source>
        <comment>month</comment>
        <translation>Marzo</translation>
    </message>
    <message>
        <source>April</source>
        <comment>month</comment>
        <translation>Abril</translation>
    </message>
    <message>
        <source>May</source>
        <comment>month</comment>
        <translation>Mayo</translation>
    </message>
    <message>
        <source>June</source>
        <comment>month</comment>
        <translation>Junio</translation>
    </message>
    <message>
        <source>July</source>
        <comment>month</comment>
        <translation>Julio</translation>
    </message>
    <message>
        <source>August</source>
        <comment>month</comment>
        <translation>Agosto</translation>
    </message>
    <message>
        <source>September</source>
        <comment>month</comment>
        <translation>Septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <comment>month</comment>
        <translation>Octubre</translation>
    </message>
    <message>
        <source>November</source>
        <comment>month</comment>
        <translation>Noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <comment>month</comment>
        <translation>Diciembre</translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation>Sesión del %1</translation>
    </message>
    <message>
        <source>Final report %1</source>
        <translation>Informe final %1</translation>
    </message>
    <message>
        <source>Day of %1</source>
        <translation>Día %1</translation>
    </message>
    <message>
        <source>Week %1 of %2</source>
        <translation>Semana %1 de %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>month name and year</comment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>This is an old Excel (.xls) workbook; save it as .xlsx or CSV and import that.</source>
        <translation>Este es un libro de Excel antiguo (.xls); guárdelo como .xlsx o CSV e importe ese archivo.</translation>
    </message>
    <message>
        <source>The file is not a roster: it is neither CSV text nor an XLSX workbook; save the roster as CSV or XLSX and import that.</source>
        <translation>El archivo no es una lista de participantes: no es texto CSV ni un libro XLSX; guarde la lista como CSV o XLSX e importe ese archivo.</translation>
    </message>
    <message>
        <source>Line %1: the file cannot be read as CSV (%2).</source>
        <translation>Línea %1: el archivo no se puede leer como CSV (%2).</translation>
    </message>
    <message>
        <source>The file is not a readable XLSX workbook (%1).</source>
        <translation>El archivo no es un libro XLSX legible (%1).</translation>
    </message>
    <message>
        <source>a roster file (.csv or .xlsx)</source>
        <translation>un archivo de lista (.csv o .xlsx)</translation>
    </message>
    <message>
        <source>%1 is larger than 200 MB; split it.</source>
        <translation>%1 pesa más de 200 MB; divídalo.</translation>
    </message>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation>No se puede leer el archivo (%1).</translation>
    </message>
    <message>
        <source>The file has more than %1 rows, more than a roster can have; split it into smaller files.</source>
        <translation>El archivo tiene más de %1 filas, más de las que puede tener una lista; divídalo en archivos más pequeños.</translation>
    </message>
    <message>
        <source>The file is not a readable XLSX workbook (it may be damaged).</source>
        <translation>El archivo no es un libro XLSX legible (puede estar dañado).</translation>
    </message>
    <message>
        <source>This workbook unpacks to %1 MB, far more than a roster needs (it may be damaged or made to overload the app); save the roster alone as a new workbook or as CSV and import that.</source>
        <translation>Este libro se descomprime en %1 MB, mucho más de lo que necesita una lista (puede estar dañado o hecho para sobrecargar la aplicación); guarde solo la lista en un libro nuevo o como CSV e importe ese archivo.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>nombre de pila</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>apellido</translation>
    </message>
    <message>
        <source>external id</source>
        <translation>id externo</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>género</translation>
    </message>
    <message>
        <source>group name</source>
        <translation>nombre del grupo</translation>
    </message>
    <message>
        <source>date of birth %1 is not a day of the calendar (check the day and the month)</source>
        <translation>la fecha de nacimiento %1 no es un día del calendario (revise el día y el mes)</translation>
    </message>
    <message>
        <source>date of birth %1 is not a date; write it like 1990-02-28 or 28/02/1990</source>
        <translation>la fecha de nacimiento %1 no es una fecha; escríbala como 1990-02-28 o 28/02/1990</translation>
    </message>
    <message>
        <source>date of birth %1 is in the future</source>
        <translation>la fecha de nacimiento %1 está en el futuro</translation>
    </message>
    <message>
        <source>date of birth %1 is before 1900</source>
        <translation>la fecha de nacimiento %1 es anterior a 1900</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>contiene caracteres de control</translation>
    </message>
    <message>
        <source>%1 %2 is a number or a date, not a name (is the right column chosen as the name?)</source>
        <translation>%1 %2 es un número o una fecha, no un nombre (¿está elegida la columna correcta como nombre?)</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <source>name is longer than %1 characters</source>
        <translation>el nombre tiene más de %1 caracteres</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 tiene más de %2 caracteres</translation>
    </message>
    <message>
        <source>phone %1 is not a phone number</source>
        <translation>el teléfono %1 no es un número de teléfono</translation>
    </message>
    <message>
        <source>email %1 has no @</source>
        <translation>el correo electrónico %1 no tiene @</translation>
    </message>
    <message>
        <source>The file has no header row (it is empty).</source>
        <translation>El archivo no tiene fila de encabezados (está vacío).</translation>
    </message>
    <message>
        <source>No name column found. Name a column &apos;Name&apos; (or &apos;First name&apos; and &apos;Last name&apos;); the columns are: %1.</source>
        <translation>No se encontró ninguna columna de nombre. Llame a una columna &apos;Name&apos; (o &apos;First name&apos; y &apos;Last name&apos;); las columnas son: %1.</translation>
    </message>
    <message>
        <source>has more values than the header has columns (%1 named); is there a separator inside a value? Put that value in quotes</source>
        <translation>tiene más valores que columnas en el encabezado (%1 con nombre); ¿hay un separador dentro de un valor? Ponga ese valor entre comillas</translation>
    </message>
    <message>
        <source>duplicate of line %1 (same ID %2)</source>
        <translation>duplicado de la línea %1 (mismo ID %2)</translation>
    </message>
    <message>
        <source>duplicate of line %1 (same name and date of birth)</source>
        <translation>duplicado de la línea %1 (mismo nombre y fecha de nacimiento)</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>y %1 más</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>The %1 %2 is outside the years %3.</source>
        <translation>La %1 %2 está fuera de los años %3.</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>fecha y hora</translation>
    </message>
    <message>
        <source>The %1 %2 has no time zone.</source>
        <translation>La %1 %2 no tiene zona horaria.</translation>
    </message>
    <message>
        <source>The %1 %2 is not a date (YYYY-MM-DD).</source>
        <translation>La %1 %2 no es una fecha (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>The %1 %2 is not an ISO-8601 date and time.</source>
        <translation>La %1 %2 no es una fecha y hora ISO-8601.</translation>
    </message>
    <message>
        <source>The weekdays %1 are not day numbers 0 (Monday) to 6 (Sunday) joined by commas.</source>
        <translation>Los días de la semana %1 no son números de día de 0 (lunes) a 6 (domingo) separados por comas.</translation>
    </message>
    <message>
        <source>The start time %1 is not a time in the form HH:MM (00:00-23:59).</source>
        <translation>La hora de inicio %1 no es una hora con el formato HH:MM (00:00-23:59).</translation>
    </message>
    <message>
        <source>In the RRULE, %1 is not a NAME=VALUE part; write it like FREQ=WEEKLY;BYDAY=MO,TH.</source>
        <translation>En la RRULE, %1 no es una parte NOMBRE=VALOR; escríbala como FREQ=WEEKLY;BYDAY=MO,TH.</translation>
    </message>
    <message>
        <source>The RRULE gives %1 twice; keep one.</source>
        <translation>La RRULE indica %1 dos veces; deje una.</translation>
    </message>
    <message>
        <source>The RRULE %1 has no FREQ; start it with FREQ=DAILY, WEEKLY, MONTHLY or YEARLY, e.g. FREQ=WEEKLY;BYDAY=MO.</source>
        <translation>La RRULE %1 no tiene FREQ; empiece con FREQ=DAILY, WEEKLY, MONTHLY o YEARLY, p. ej., FREQ=WEEKLY;BYDAY=MO.</translation>
    </message>
    <message>
        <source>In the RRULE, FREQ=%1 is not a frequency; use DAILY, WEEKLY, MONTHLY or YEARLY.</source>
        <translation>En la RRULE, FREQ=%1 no es una frecuencia; use DAILY, WEEKLY, MONTHLY o YEARLY.</translation>
    </message>
    <message>
        <source>The RRULE has both COUNT and UNTIL; keep one: COUNT (how many sessions) or UNTIL (the last date).</source>
        <translation>La RRULE tiene COUNT y UNTIL a la vez; deje uno: COUNT (cuántas sesiones) o UNTIL (la última fecha).</translation>
    </message>
    <message>
        <source>In the RRULE, COUNT=0 makes no sessions; COUNT is the number of sessions, 1 or more.</source>
        <translation>En la RRULE, COUNT=0 no genera ninguna sesión; COUNT es el número de sesiones, 1 o más.</translation>
    </message>
    <message>
        <source>In the RRULE, INTERVAL=0 is not a step; INTERVAL is 1 or more (1: every week, 2: every other one).</source>
        <translation>En la RRULE, INTERVAL=0 no es un paso; INTERVAL es 1 o más (1: cada semana, 2: una semana sí y otra no).</translation>
    </message>
    <message>
        <source>In the RRULE, %1=%2 is not a whole number.</source>
        <translation>En la RRULE, %1=%2 no es un número entero.</translation>
    </message>
    <message>
        <source>In the RRULE, BYDAY %1 is not a weekday; use MO, TU, WE, TH, FR, SA or SU, e.g. BYDAY=MO,TH.</source>
        <translation>En la RRULE, BYDAY %1 no es un día de la semana; use MO, TU, WE, TH, FR, SA o SU, p. ej., BYDAY=MO,TH.</translation>
    </message>
    <message>
        <source>The RRULE %1 is not valid (%2).</source>
        <translation>La RRULE %1 no es válida (%2).</translation>
    </message>
    <message>
        <source>The week of the month %1 is not 1, 2, 3, 4 or -1 (the last).</source>
        <translation>La semana del mes %1 no es 1, 2, 3, 4 ni -1 (la última).</translation>
    </message>
    <message>
        <source>%1 is a folder; give the path of %2.</source>
        <translation>%1 es una carpeta; indique la ruta de %2.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a device, a pipe or a socket); give the path of %2.</source>
        <translation>%1 no es un archivo normal (un dispositivo, una tubería o un socket); indique la ruta de %2.</translation>
    </message>
    <message>
        <source>it does not begin as a data file does</source>
        <translation>no empieza como empieza un archivo de datos</translation>
    </message>
    <message>
        <source>the check of its contents found 1 damaged place</source>
        <translation>la revisión de su contenido encontró 1 parte dañada</translation>
    </message>
    <message>
        <source>the check of its contents found %1 damaged places</source>
        <translation>la revisión de su contenido encontró %1 partes dañadas</translation>
    </message>
    <message>
        <source>parts of it cannot be read</source>
        <translation>partes de él no se pueden leer</translation>
    </message>
    <message>
        <source>The newest backup is %1; `fieldsessions restore --db %2` puts it back (the damaged file is kept beside it).</source>
        <translation>La copia de seguridad más reciente es %1; `fieldsessions restore --db %2` la vuelve a poner en su lugar (el archivo dañado se conserva a su lado).</translation>
    </message>
    <message>
        <source>No backup of it was found in %1.</source>
        <translation>No se encontró ninguna copia de seguridad de él en %1.</translation>
    </message>
    <message>
        <source>The data file %1 is damaged (%2).</source>
        <translation>El archivo de datos %1 está dañado (%2).</translation>
    </message>
    <message>
        <source>a ZIP file or an office document</source>
        <translation>un archivo ZIP o un documento de oficina</translation>
    </message>
    <message>
        <source>an office document</source>
        <translation>un documento de oficina</translation>
    </message>
    <message>
        <source>a PDF</source>
        <translation>un PDF</translation>
    </message>
    <message>
        <source>a picture</source>
        <translation>una imagen</translation>
    </message>
    <message>
        <source>a spreadsheet</source>
        <translation>una hoja de cálculo</translation>
    </message>
    <message>
        <source>a data file, such as %1</source>
        <translation>un archivo de datos, como %1</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>No se escribió nada.</translation>
    </message>
    <message>
        <source>%1 is not a fieldsessions data file (it looks like %2); nothing was written to it. Give --db the path of a data file (.sqlite); to bring in a roster use `fieldsessions import-roster FILE`.</source>
        <translation>%1 no es un archivo de datos de fieldsessions (parece %2); no se escribió nada en él. Indique a --db la ruta de un archivo de datos (.sqlite); para traer una lista de participantes use `fieldsessions import-roster ARCHIVO`.</translation>
    </message>
    <message>
        <source>%1 is a text file (such as a CSV), not a fieldsessions data file; nothing was written to it. To bring in a roster use `fieldsessions import-roster FILE`; give --db the path of a data file (.sqlite).</source>
        <translation>%1 es un archivo de texto (como un CSV), no un archivo de datos de fieldsessions; no se escribió nada en él. Para traer una lista de participantes use `fieldsessions import-roster ARCHIVO`; indique a --db la ruta de un archivo de datos (.sqlite).</translation>
    </message>
    <message>
        <source>You may not read and write the data file %1 (its permissions); it is not damaged. Ask whoever owns it to let you write it, or copy it somewhere you may.</source>
        <translation>Usted no tiene permiso para leer y escribir el archivo de datos %1; no está dañado. Pida a quien sea su dueño que le deje escribirlo, o cópielo a un lugar donde pueda.</translation>
    </message>
    <message>
        <source>You may not write in the folder %1 (its permissions), and the data file needs to write beside itself; the file is not damaged. Use a folder you may write in.</source>
        <translation>Usted no tiene permiso para escribir en la carpeta %1, y el archivo de datos necesita escribir a su lado; el archivo no está dañado. Use una carpeta donde pueda escribir.</translation>
    </message>
    <message>
        <source>The data file is busy: another fieldsessions window or program is writing to it. Try again in a moment; nothing was changed.</source>
        <translation>El archivo de datos está ocupado: otra ventana de fieldsessions u otro programa está escribiendo en él. Inténtelo de nuevo en un momento; no se cambió nada.</translation>
    </message>
    <message>
        <source>The disk is full or failing; free some space and try again. Nothing was changed.</source>
        <translation>El disco está lleno o falla; libere espacio e inténtelo de nuevo. No se cambió nada.</translation>
    </message>
    <message>
        <source>The data file is read-only; you cannot save changes to it here.</source>
        <translation>El archivo de datos es de solo lectura; aquí no se pueden guardar cambios en él.</translation>
    </message>
    <message>
        <source>The data file cannot be opened: check that its folder exists and that you may write there.</source>
        <translation>No se puede abrir el archivo de datos: compruebe que su carpeta existe y que puede escribir en ella.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the path of a data file, such as %2.</source>
        <translation>%1 es una carpeta; indique la ruta de un archivo de datos, como %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>file: problem</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The data file %1 was written by a newer version of fieldsessions (schema %2; this version understands up to %3). Update fieldsessions to open it; the file was not changed.</source>
        <translation>El archivo de datos %1 lo escribió una versión más nueva de fieldsessions (esquema %2; esta versión entiende hasta el %3). Actualice fieldsessions para abrirlo; el archivo no se modificó.</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite file but not a fieldsessions data file.</source>
        <translation>El archivo %1 es un archivo SQLite, pero no un archivo de datos de fieldsessions.</translation>
    </message>
    <message>
        <source>No backup of %1 was found in %2.</source>
        <translation>No se encontró ninguna copia de seguridad de %1 en %2.</translation>
    </message>
    <message>
        <source>There is no backup file %1.</source>
        <translation>No existe el archivo de copia de seguridad %1.</translation>
    </message>
    <message>
        <source>%1 is the data file itself, not a backup of it; give a file from %2. Nothing was changed.</source>
        <translation>%1 es el propio archivo de datos, no una copia de seguridad; indique un archivo de %2. No se cambió nada.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be used: it is not a fieldsessions data file. Nothing was changed.</source>
        <translation>No se puede usar la copia de seguridad %1: no es un archivo de datos de fieldsessions. No se cambió nada.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be used: it fails its check (damaged, or from a newer version). Nothing was changed.</source>
        <translation>No se puede usar la copia de seguridad %1: no pasa la revisión (dañada, o de una versión más nueva). No se cambió nada.</translation>
    </message>
    <message>
        <source>the disk is full or failing</source>
        <translation>el disco está lleno o falla</translation>
    </message>
    <message>
        <source>%1 was not restored: the backup could not be copied beside it (%2); nothing was changed.</source>
        <translation>No se restauró %1: la copia de seguridad no se pudo copiar a su lado (%2); no se cambió nada.</translation>
    </message>
    <message>
        <source>Reading paper sheets needs the optional &apos;paper&apos; part (OpenCV and zxing-cpp, about 70 MB), which is not installed here: install it with pip install &apos;fieldsessions[paper]&apos;.</source>
        <translation>Para leer hojas en papel se necesita la parte opcional &apos;paper&apos; (OpenCV y zxing-cpp, unos 70 MB), que no está instalada aquí: instálela con pip install &apos;fieldsessions[paper]&apos;.</translation>
    </message>
    <message>
        <source>Cannot read %1: there is no such file.</source>
        <translation>No se puede leer %1: no existe ese archivo.</translation>
    </message>
    <message>
        <source>Cannot read %1: it is not a PDF file, or it is damaged.</source>
        <translation>No se puede leer %1: no es un archivo PDF, o está dañado.</translation>
    </message>
    <message>
        <source>%1 page %2</source>
        <translation>%1 página %2</translation>
    </message>
    <message>
        <source>Cannot read %1: it is not a PDF or a PNG, JPEG or TIFF image, or it is damaged.</source>
        <translation>No se puede leer %1: no es un PDF ni una imagen PNG, JPEG o TIFF, o está dañado.</translation>
    </message>
    <message>
        <source>%1 could not be read as a page image (its format or size is unusual); scan or photograph it again.</source>
        <translation>%1 no se pudo leer como imagen de página (su formato o tamaño es inusual); escanéela o fotografíela de nuevo.</translation>
    </message>
    <message>
        <source>%1 is blank.</source>
        <translation>%1 está en blanco.</translation>
    </message>
    <message>
        <source>%1 has no readable sheet code: the image is too blurred, too dark or cut off, or it is not an attendance sheet printed by fieldsessions.</source>
        <translation>%1 no tiene un código de hoja legible: la imagen está demasiado borrosa, oscura o cortada, o no es una hoja de asistencia impresa por fieldsessions.</translation>
    </message>
    <message>
        <source>%1 shows more than one sheet page; photograph or scan one page at a time.</source>
        <translation>%1 muestra más de una página de hoja; fotografíe o escanee una página cada vez.</translation>
    </message>
    <message>
        <source>%1 was printed with an older tick-off layout (version %2), which this version of fieldsessions no longer reads: print a new tick-off template for the session.</source>
        <translation>%1 se imprimió con un formato antiguo de plantilla de resultados (versión %2) que esta versión de fieldsessions ya no lee: imprima una nueva plantilla de resultados para la sesión.</translation>
    </message>
    <message>
        <source>%1 was printed with an older sheet layout (version %2), which this version of fieldsessions no longer reads: print a new attendance sheet for the session.</source>
        <translation>%1 se imprimió con un formato de hoja antiguo (versión %2) que esta versión de fieldsessions ya no lee: imprima una nueva hoja de asistencia para la sesión.</translation>
    </message>
    <message>
        <source>%1 was printed by a newer version of fieldsessions: update this one to read it.</source>
        <translation>%1 se imprimió con una versión más nueva de fieldsessions: actualice esta para leerla.</translation>
    </message>
    <message>
        <source>%1: none of the 4 corner marks could be found (the corners cut off, folded or covered, or the image too blurred); scan or photograph it again with the whole page in view.</source>
        <translation>%1: no se encontró ninguna de las 4 marcas de las esquinas (esquinas cortadas, dobladas o tapadas, o imagen demasiado borrosa); escanee o fotografíe de nuevo con toda la página a la vista.</translation>
    </message>
    <message>
        <source>%1: 1 of the 4 corner marks could not be found (a corner cut off, folded or covered, or the image too blurred); scan or photograph it again with the whole page in view.</source>
        <translation>%1: no se encontró 1 de las 4 marcas de las esquinas (una esquina cortada, doblada o tapada, o imagen demasiado borrosa); escanee o fotografíe de nuevo con toda la página a la vista.</translation>
    </message>
    <message>
        <source>%1: %2 of the 4 corner marks could not be found (a corner cut off, folded or covered, or the image too blurred); scan or photograph it again with the whole page in view.</source>
        <translation>%1: no se encontraron %2 de las 4 marcas de las esquinas (una esquina cortada, doblada o tapada, o la imagen demasiado borrosa); escanéela o fotografíela de nuevo con toda la página a la vista.</translation>
    </message>
    <message>
        <source>%1: the corner marks do not make a page shape; scan or photograph it again.</source>
        <translation>%1: las marcas de las esquinas no forman una página; escanéela o fotografíela de nuevo.</translation>
    </message>
    <message>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <source>late</source>
        <translation>tarde</translation>
    </message>
    <message>
        <source>excused</source>
        <translation>justificado</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>ausente</translation>
    </message>
    <message>
        <source>not clear enough</source>
        <translation>no lo bastante claro</translation>
    </message>
    <message>
        <source>a faint mark</source>
        <translation>una marca tenue</translation>
    </message>
    <message>
        <source>ink around the %1 box, and %2 marked</source>
        <translation>tinta alrededor de la casilla %1, y %2 marcada</translation>
    </message>
    <message>
        <source>ink around the %1 box, none marked inside it</source>
        <translation>tinta alrededor de la casilla %1, ninguna marcada dentro</translation>
    </message>
    <message>
        <source>%1 not clearly marked</source>
        <translation>%1 no marcado con claridad</translation>
    </message>
    <message>
        <source>%1 and %2 both marked</source>
        <translation>%1 y %2 marcadas a la vez</translation>
    </message>
    <message>
        <source>%1 and %2 all marked</source>
        <translation>%1 y %2 marcadas todas</translation>
    </message>
    <message>
        <source>%1 marked, a trace in %2</source>
        <translation>%1 marcada, un rastro en %2</translation>
    </message>
    <message>
        <source>a faint mark in %1</source>
        <translation>una marca tenue en %1</translation>
    </message>
    <message>
        <source>%1 is a session document of a layout that cannot be read back (a sheet to sign, a sheet printed with the marks filled in, or one printed before sheets could be read back). Only the attendance sheet with a tick box per status (not filled) and the tick-off template are read back: print one of those for the session.</source>
        <translation>%1 es un documento de sesión con un diseño que no se puede volver a leer (una hoja para firmar, una hoja impresa con las marcas rellenas o impresa antes de que las hojas pudieran leerse). Solo se leen la hoja de asistencia con una casilla por estado (sin rellenar) y la plantilla de resultados: imprima una de ellas para la sesión.</translation>
    </message>
    <message>
        <source>the box outlines are not where they should be</source>
        <translation>los contornos de las casillas no están donde deberían</translation>
    </message>
    <message>
        <source>%1 is too blurred or too warped to read its boxes; scan it, or photograph it flat and in focus.</source>
        <translation>%1 está demasiado borrosa o deformada para leer sus casillas; escanéela, o fotografíela plana y enfocada.</translation>
    </message>
    <message>
        <source>The image of %1 could not be encoded.</source>
        <translation>No se pudo codificar la imagen de %1.</translation>
    </message>
    <message>
        <source>%1 is not an attendance status; use present, late, excused or absent.</source>
        <translation>%1 no es un estado de asistencia; use present, late, excused o absent.</translation>
    </message>
    <message>
        <source>No participant %1.</source>
        <translation>No existe el participante %1.</translation>
    </message>
    <message>
        <source>A partial duration is between 0 and 1440 minutes.</source>
        <translation>Una duración parcial está entre 0 y 1440 minutos.</translation>
    </message>
    <message>
        <source>Minutes attended go with present or late; someone marked excused attended no minutes (leave the minutes out).</source>
        <translation>Los minutos de asistencia van con presente o tarde; alguien marcado como justificado no asistió ningún minuto (quite los minutos).</translation>
    </message>
    <message>
        <source>Minutes attended go with present or late; someone marked absent attended no minutes (leave the minutes out).</source>
        <translation>Los minutos de asistencia van con presente o tarde; alguien marcado como ausente no asistió ningún minuto (quite los minutos).</translation>
    </message>
    <message>
        <source>%1 (and %2 more)</source>
        <translation>%1 (y %2 más)</translation>
    </message>
    <message>
        <source>%1 is on the waiting list of %2, not booked, so they are not on this session&apos;s roll: they get a place when one frees up; or add them as a walk-in.</source>
        <translation>%1 está en la lista de espera de %2, sin plaza, así que no está en la lista de esta sesión: recibirá una plaza cuando se libere una; o añádalo como persona sin inscripción.</translation>
    </message>
    <message>
        <source>%1 has a cancelled booking in %2, so they are not on this session&apos;s roll: enrol them again, or add them as a walk-in.</source>
        <translation>%1 tiene una reserva cancelada en %2, así que no está en la lista de esta sesión: vuelva a inscribirlo, o añádalo como persona sin inscripción.</translation>
    </message>
    <message>
        <source>%1 is not enrolled in %2, so they are not on this session&apos;s roll: enrol them, or add them as a walk-in.</source>
        <translation>%1 no está inscrito en %2, así que no está en la lista de esta sesión: inscríbalo, o añádalo como persona sin inscripción.</translation>
    </message>
    <message>
        <source>The last day comes before the first day.</source>
        <translation>El último día es anterior al primero.</translation>
    </message>
    <message>
        <source>Print at most %1 days of sheets at a time.</source>
        <translation>Imprima hojas de %1 días como máximo a la vez.</translation>
    </message>
    <message>
        <source>%1 sessions are in these dates; print at most %2 sheets at a time (choose fewer days or one programme).</source>
        <translation>Hay %1 sesiones en estas fechas; imprima %2 hojas como máximo a la vez (elija menos días o un solo programa).</translation>
    </message>
    <message>
        <source>There is no session in these dates, so there is no sheet to print.</source>
        <translation>No hay ninguna sesión en estas fechas, así que no hay hojas que imprimir.</translation>
    </message>
    <message>
        <source>Attendance sheets, %1 to %2</source>
        <translation>Hojas de asistencia, del %1 al %2</translation>
    </message>
    <message>
        <source>More than one programme is called %1; use its id.</source>
        <translation>Hay más de un programa llamado %1; use su id.</translation>
    </message>
    <message>
        <source>No programme %1. See `fieldsessions programme list`.</source>
        <translation>No existe el programa %1. Vea `fieldsessions programme list`.</translation>
    </message>
    <message>
        <source>The code %1 fits more than one session; give the session&apos;s full id (see `fieldsessions sessions list`).</source>
        <translation>El código %1 corresponde a más de una sesión; indique el id completo de la sesión (vea `fieldsessions sessions list`).</translation>
    </message>
    <message>
        <source>No session %1. See `fieldsessions sessions list`.</source>
        <translation>No existe la sesión %1. Vea `fieldsessions sessions list`.</translation>
    </message>
    <message>
        <source>Nobody with the ID %1 is enrolled in %2 (people in other programmes have it); give the participant&apos;s id from `fieldsessions participants list`.</source>
        <translation>Nadie con el ID %1 está inscrito en %2 (lo tienen personas de otros programas); indique el id del participante que muestra `fieldsessions participants list`.</translation>
    </message>
    <message>
        <source>%1 participants have the ID %2 in %3; give the participant&apos;s id from `fieldsessions participants list`.</source>
        <translation>%1 participantes tienen el ID %2 en %3; indique el id del participante que muestra `fieldsessions participants list`.</translation>
    </message>
    <message>
        <source>%1 participants have the ID %2; give the participant&apos;s id from `fieldsessions participants list`.</source>
        <translation>%1 participantes tienen el ID %2; indique el id del participante que muestra `fieldsessions participants list`.</translation>
    </message>
    <message>
        <source>No participant %1. See `fieldsessions participants list`.</source>
        <translation>No existe el participante %1. Vea `fieldsessions participants list`.</translation>
    </message>
    <message>
        <source>No programme %1.</source>
        <translation>No existe el programa %1.</translation>
    </message>
    <message>
        <source>%1 has not completed %2 yet, so there is no certificate to issue.</source>
        <translation>%1 todavía no ha completado %2, así que no hay certificado que emitir.</translation>
    </message>
    <message>
        <source>The completion of %1 by %2 expired on %3; no certificate can be issued for it.</source>
        <translation>La finalización de %1 por %2 venció el %3; no se puede emitir ningún certificado para ella.</translation>
    </message>
    <message>
        <source>More than one pathway is called %1; use its id.</source>
        <translation>Hay más de una ruta llamada %1; use su id.</translation>
    </message>
    <message>
        <source>No pathway %1.</source>
        <translation>No existe la ruta %1.</translation>
    </message>
    <message>
        <source>A pathway needs a name.</source>
        <translation>Una ruta necesita un nombre.</translation>
    </message>
    <message>
        <source>A pathway needs at least one programme.</source>
        <translation>Una ruta necesita al menos un programa.</translation>
    </message>
    <message>
        <source>%1 is named twice in the pathway.</source>
        <translation>%1 aparece dos veces en la ruta.</translation>
    </message>
    <message>
        <source>%1 is not enrolled in %2.</source>
        <translation>%1 no está inscrito en %2.</translation>
    </message>
    <message>
        <source>The data file already has programmes; demo data goes into an empty file (use --db with a new file name).</source>
        <translation>El archivo de datos ya tiene programas; los datos de demostración van en un archivo vacío (use --db con un nombre de archivo nuevo).</translation>
    </message>
    <message>
        <source>%1 has already used %2 in %3; the budget cannot be less than that.</source>
        <translation>%1 ya usó %2 en %3; el presupuesto no puede ser menor que eso.</translation>
    </message>
    <message>
        <source>This participant</source>
        <translation>Este participante</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>alguien</translation>
    </message>
    <message>
        <source>already registered as %1 (ID %2), same ID; not added again</source>
        <translation>ya registrado como %1 (ID %2), mismo ID; no se añade otra vez</translation>
    </message>
    <message>
        <source>already registered as %1, same ID; not added again</source>
        <translation>ya registrado como %1, mismo ID; no se añade otra vez</translation>
    </message>
    <message>
        <source>already registered as %1 (ID %2), same name and date of birth; not added again</source>
        <translation>ya registrado como %1 (ID %2), mismo nombre y fecha de nacimiento; no se añade otra vez</translation>
    </message>
    <message>
        <source>already registered as %1, same name and date of birth; not added again</source>
        <translation>ya registrado como %1, mismo nombre y fecha de nacimiento; no se añade otra vez</translation>
    </message>
    <message>
        <source>An outcome needs a title.</source>
        <translation>Un resultado necesita un título.</translation>
    </message>
    <message>
        <source>An outcome title is at most %1 characters.</source>
        <translation>El título de un resultado tiene como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>This session already has the outcome %1.</source>
        <translation>Esta sesión ya tiene el resultado %1.</translation>
    </message>
    <message>
        <source>No outcome %1 in this session&apos;s programme.</source>
        <translation>No existe el resultado %1 en el programa de esta sesión.</translation>
    </message>
    <message>
        <source>The outcome %1 is not on this session&apos;s list.</source>
        <translation>El resultado %1 no está en la lista de esta sesión.</translation>
    </message>
    <message>
        <source>%1 is not on this session&apos;s roll.</source>
        <translation>%1 no está en la lista de esta sesión.</translation>
    </message>
    <message>
        <source>%1 is the sheet of session %2, which is not on this laptop: sync first, or read it on the laptop it was printed from.</source>
        <translation>%1 es la hoja de la sesión %2, que no está en esta computadora: sincronice primero, o léala en la computadora desde la que se imprimió.</translation>
    </message>
    <message>
        <source>The people on %1 are no longer together on the session&apos;s roll as they were printed (someone among them was removed or added, or renamed), so its rows cannot be matched safely: type these marks in, or print a new sheet.</source>
        <translation>Las personas de %1 ya no están juntas en la lista de la sesión como cuando se imprimió (se quitó, añadió o cambió el nombre de alguna), así que sus filas no se pueden emparejar con seguridad: escriba estas marcas a mano, o imprima una hoja nueva.</translation>
    </message>
    <message>
        <source>The outcome list of the session has changed since %1 was printed (an outcome added, dropped or moved), so its columns cannot be matched safely: tick these outcomes on the Outcomes tab, or print a new tick-off template.</source>
        <translation>La lista de resultados de la sesión cambió desde que se imprimió %1 (se añadió, quitó o movió un resultado), así que sus columnas no se pueden emparejar con seguridad: marque estos resultados en la pestaña Resultados o imprima una nueva plantilla de resultados.</translation>
    </message>
    <message>
        <source>The people on %1 are no longer together on the session&apos;s roll as they were printed (someone among them was removed or added, or renamed), so its rows cannot be matched safely: type these ticks in, or print a new template.</source>
        <translation>Las personas de %1 ya no están juntas en la lista de la sesión como cuando se imprimió (se quitó o añadió a alguien entre ellas, o se le cambió el nombre), así que sus filas no se pueden emparejar con seguridad: ingrese estos resultados a mano o imprima una nueva plantilla.</translation>
    </message>
    <message>
        <source>paper sheet, page %1</source>
        <translation>hoja en papel, página %1</translation>
    </message>
    <message>
        <source>A participant needs a name.</source>
        <translation>Un participante necesita un nombre.</translation>
    </message>
    <message>
        <source>A name is at most 200 characters.</source>
        <translation>Un nombre tiene como máximo 200 caracteres.</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>fecha de nacimiento</translation>
    </message>
    <message>
        <source>%1 is already registered with ID %2; not added twice.</source>
        <translation>%1 ya está registrado con el ID %2; no se añade dos veces.</translation>
    </message>
    <message>
        <source>%1 is already registered; not added twice.</source>
        <translation>%1 ya está registrado; no se añade dos veces.</translation>
    </message>
    <message>
        <source>Another participant (%1) has the same ID or name and date of birth.</source>
        <translation>Otro participante (%1) tiene el mismo ID o el mismo nombre y fecha de nacimiento.</translation>
    </message>
    <message>
        <source>A walk-in needs a name.</source>
        <translation>Una persona sin inscripción necesita un nombre.</translation>
    </message>
    <message>
        <source>any one of: %1</source>
        <translation>uno cualquiera de: %1</translation>
    </message>
    <message>
        <source>A programme called %1 already exists; give this one another name (for example with its place or year).</source>
        <translation>Ya existe un programa llamado %1; dele otro nombre a este (por ejemplo, con su lugar o su año).</translation>
    </message>
    <message>
        <source>once-off</source>
        <translation>una sola vez</translation>
    </message>
    <message>
        <source>weekly on %1</source>
        <translation>cada semana: %1</translation>
    </message>
    <message>
        <source>weekly</source>
        <comment>schedule</comment>
        <translation>cada semana</translation>
    </message>
    <message>
        <source>every two weeks on %1</source>
        <translation>cada dos semanas: %1</translation>
    </message>
    <message>
        <source>every two weeks</source>
        <translation>cada dos semanas</translation>
    </message>
    <message>
        <source>custom (%1)</source>
        <translation>personalizado (%1)</translation>
    </message>
    <message>
        <source>daily</source>
        <comment>schedule</comment>
        <translation>cada día</translation>
    </message>
    <message>
        <source>monthly</source>
        <comment>schedule</comment>
        <translation>cada mes</translation>
    </message>
    <message>
        <source>quarterly</source>
        <comment>schedule</comment>
        <translation>cada tres meses</translation>
    </message>
    <message>
        <source>No session %1.</source>
        <translation>No existe la sesión %1.</translation>
    </message>
    <message>
        <source>Session %1 of %2</source>
        <translation>Sesión %1 de %2</translation>
    </message>
    <message>
        <source>%1 is not an hours period; use month, week or programme.</source>
        <translation>%1 no es un periodo de horas; use month, week o programme.</translation>
    </message>
    <message>
        <source>Whole programme</source>
        <translation>Programa completo</translation>
    </message>
    <message>
        <source>Whole range</source>
        <translation>Todo el intervalo</translation>
    </message>
    <message>
        <source>%1 is not one of the topics of %2: %3.</source>
        <translation>%1 no es uno de los temas de %2: %3.</translation>
    </message>
    <message>
        <source>Give a reason why the session did not happen.</source>
        <translation>Indique por qué no se realizó la sesión.</translation>
    </message>
    <message>
        <source>Notes are at most %1 characters.</source>
        <translation>Las notas tienen como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>This session was cancelled; reinstate it before reporting on it.</source>
        <translation>Esta sesión se canceló; restablézcala antes de informar sobre ella.</translation>
    </message>
    <message>
        <source>A session can be reported on once it has started.</source>
        <translation>Se puede informar sobre una sesión una vez que ha empezado.</translation>
    </message>
    <message>
        <source>%1 reports on every session: write the session reports instead.</source>
        <translation>%1 informa sobre cada sesión: escriba los informes de sesión.</translation>
    </message>
    <message>
        <source>%1 is not a report period of %2.</source>
        <translation>%1 no es un periodo de informe de %2.</translation>
    </message>
    <message>
        <source>%1 is already booked on %2 on %3 %4-%5 and %6 more; save anyway to double-book.</source>
        <translation>%1 ya tiene asignado %2 el %3 %4-%5 y %6 más; guarde de todos modos para la doble reserva.</translation>
    </message>
    <message>
        <source>%1 is already booked on %2 on %3 %4-%5; save anyway to double-book.</source>
        <translation>%1 ya tiene asignado %2 el %3 %4-%5; guarde de todos modos para la doble reserva.</translation>
    </message>
    <message>
        <source>%1 is already booked on %2 on %3 %4-%5 and %6 more</source>
        <translation>%1 ya tiene asignado %2 el %3 %4-%5 y %6 más</translation>
    </message>
    <message>
        <source>%1 is already booked on %2 on %3 %4-%5</source>
        <translation>%1 ya tiene asignado %2 el %3 %4-%5</translation>
    </message>
    <message>
        <source>Give a reason why the session was cancelled.</source>
        <translation>Indique por qué se canceló la sesión.</translation>
    </message>
    <message>
        <source>This session has not started yet; cancel it instead of recording that it did not happen.</source>
        <translation>Esta sesión todavía no ha empezado; cancélela en vez de registrar que no se realizó.</translation>
    </message>
    <message>
        <source>This session was cancelled; reinstate it first.</source>
        <translation>Esta sesión se canceló; restablézcala primero.</translation>
    </message>
    <message>
        <source>The session of %1 has outcome ticks, so it cannot be deleted; cancel it instead.</source>
        <translation>La sesión del %1 tiene resultados marcados, así que no se puede eliminar; cancélela.</translation>
    </message>
    <message>
        <source>The session of %1 has a written report, so it cannot be deleted; cancel it instead.</source>
        <translation>La sesión del %1 tiene un informe escrito, así que no se puede eliminar; cancélela.</translation>
    </message>
    <message>
        <source>session date</source>
        <translation>fecha de la sesión</translation>
    </message>
    <message>
        <source>%1 already has a session on %2 (%3-%4), and a programme has one session a day; cancel or move that session before reinstating this one.</source>
        <translation>%1 ya tiene una sesión el %2 (%3-%4), y un programa tiene una sesión al día; cancele o mueva esa sesión antes de restablecer esta.</translation>
    </message>
    <message>
        <source>%1 already has a session on %2 (%3-%4), and a programme has one session a day; change that session&apos;s time instead.</source>
        <translation>%1 ya tiene una sesión el %2 (%3-%4), y un programa tiene una sesión al día; cambie mejor la hora de esa sesión.</translation>
    </message>
    <message>
        <source>The facilitator name is at most %1 characters.</source>
        <translation>El nombre del facilitador tiene como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Type your name: it is printed on attendance sheets and session reports.</source>
        <translation>Escriba su nombre: se imprime en las hojas de asistencia y los informes de sesión.</translation>
    </message>
    <message>
        <source>The device name is at most %1 characters.</source>
        <translation>El nombre de la computadora tiene como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>%1 is not a summary period; use week, month or programme.</source>
        <translation>%1 no es un periodo de resumen; use week, month o programme.</translation>
    </message>
    <message>
        <source>Budget</source>
        <comment>hours</comment>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Remaining</source>
        <comment>hours</comment>
        <translation>Restante</translation>
    </message>
    <message>
        <source>Beyond budget</source>
        <translation>Exceso</translation>
    </message>
    <message>
        <source>(not named)</source>
        <comment>facilitator</comment>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Sesiones realizadas</translation>
    </message>
    <message>
        <source>Hours delivered</source>
        <translation>Horas impartidas</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Facilitadores</translation>
    </message>
    <message>
        <source>No session was held.</source>
        <translation>No se realizó ninguna sesión.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Nobody attended.</source>
        <translation>Nadie asistió.</translation>
    </message>
    <message>
        <source>%1; there are no hours to report.</source>
        <translation>%1; no hay horas que informar.</translation>
    </message>
    <message>
        <source>Facilitators: the length of each held session (not cancelled, someone marked in it; a session with nobody marked is not counted until its roll is taken). Participants: present or late in a session that was not cancelled, for its length or the minutes recorded for a partial attendance, charged to their budget in date order; hours to date count everything up to the end of the period, even before the report&apos;s first date; time the budget could not cover is shown as beyond budget.</source>
        <translation>Facilitadores: la duración de cada sesión realizada (no cancelada y con alguien marcado; una sesión sin nadie marcado no se cuenta hasta que se pase su lista). Participantes: presente o tarde en una sesión no cancelada, por su duración o por los minutos registrados en una asistencia parcial, descontado de su presupuesto por orden de fecha; las horas acumuladas cuentan todo hasta el final del periodo, incluso antes de la primera fecha del informe; el tiempo que el presupuesto no pudo cubrir se muestra como exceso.</translation>
    </message>
    <message>
        <source>From</source>
        <comment>start date</comment>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <comment>end date</comment>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>To</source>
        <comment>end date</comment>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Hours report</source>
        <translation>Informe de horas</translation>
    </message>
    <message>
        <source>Hours report — %1</source>
        <translation>Informe de horas — %1</translation>
    </message>
    <message>
        <source>plural</source>
        <comment>the form a count of 0 takes: write &apos;singular&apos; or &apos;plural&apos;</comment>
        <translation>plural</translation>
    </message>
    <message>
        <source>%1 is not a server address; it looks like https://sync.example.org.</source>
        <translation>%1 no es una dirección de servidor; se parece a https://sync.example.org.</translation>
    </message>
    <message>
        <source>The server address must not hold a user name or password; sign in with --user instead.</source>
        <translation>La dirección del servidor no debe contener usuario ni contraseña; inicie sesión con --user.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (only a server on this computer may use http://).</source>
        <translation>La dirección del servidor debe empezar por https:// (solo un servidor en esta computadora puede usar http://).</translation>
    </message>
    <message>
        <source>Sync cancelled.</source>
        <translation>Sincronización cancelada.</translation>
    </message>
    <message>
        <source>Sign in to the sync server first.</source>
        <translation>Inicie sesión primero en el servidor de sincronización.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified; ask your organisation for its certificate file and choose it under Advanced in the sync settings.</source>
        <translation>No se pudo verificar el certificado del servidor; pida a su organización el archivo del certificado y elíjalo en Avanzado, en la configuración de sincronización.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>El servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>el servidor no respondió a tiempo</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>the connection broke off</source>
        <translation>la conexión se cortó</translation>
    </message>
    <message>
        <source>The server asks to wait %1 seconds; try again later.</source>
        <translation>El servidor pide esperar %1 segundos; inténtelo más tarde.</translation>
    </message>
    <message>
        <source>Cannot reach the sync server at %1 (%2); check the address and the network, then sign in again.</source>
        <translation>No se puede conectar con el servidor de sincronización %1 (%2); revise la dirección y la red y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Cannot reach the sync server at %1 (%2); the changes stay queued and will be sent next time.</source>
        <translation>No se puede conectar con el servidor de sincronización %1 (%2); los cambios siguen en cola y se enviarán la próxima vez.</translation>
    </message>
    <message>
        <source>The sync server at %1 failed (HTTP %2); the changes stay queued and will be sent next time.</source>
        <translation>El servidor de sincronización %1 falló (HTTP %2); los cambios siguen en cola y se enviarán la próxima vez.</translation>
    </message>
    <message>
        <source>The server refused this device; sign in again.</source>
        <translation>El servidor rechazó esta computadora; vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The server refused the %1: %2</source>
        <translation>El servidor rechazó %1: %2</translation>
    </message>
    <message>
        <source>sign-in</source>
        <comment>the server refused the ...</comment>
        <translation>el inicio de sesión</translation>
    </message>
    <message>
        <source>Sign-in refused.</source>
        <translation>Inicio de sesión rechazado.</translation>
    </message>
    <message>
        <source>hello</source>
        <comment>the server refused the ...</comment>
        <translation>el saludo inicial</translation>
    </message>
    <message>
        <source>The server refused the hello: %1</source>
        <translation>El servidor rechazó el saludo: %1</translation>
    </message>
    <message>
        <source>The server found this batch too large.</source>
        <translation>El servidor consideró este lote demasiado grande.</translation>
    </message>
    <message>
        <source>The server found this batch invalid.</source>
        <translation>El servidor consideró este lote no válido.</translation>
    </message>
    <message>
        <source>changes</source>
        <comment>the server refused the ...</comment>
        <translation>los cambios</translation>
    </message>
    <message>
        <source>download</source>
        <comment>the server refused the ...</comment>
        <translation>la descarga</translation>
    </message>
    <message>
        <source>The server asks for a full download.</source>
        <translation>El servidor pide una descarga completa.</translation>
    </message>
    <message>
        <source>The answer from %1 is not from the sync server (a Wi-Fi sign-in page or a proxy?); nothing was marked as sent.</source>
        <translation>La respuesta de %1 no viene del servidor de sincronización (¿una página de acceso wifi o un proxy?); no se marcó nada como enviado.</translation>
    </message>
    <message>
        <source>for this person</source>
        <translation>para esta persona</translation>
    </message>
    <message>
        <source>in this session</source>
        <translation>en esta sesión</translation>
    </message>
    <message>
        <source>in this programme</source>
        <translation>en este programa</translation>
    </message>
    <message>
        <source>in this outcome</source>
        <translation>en este resultado</translation>
    </message>
    <message>
        <source>in this pathway</source>
        <translation>en esta ruta</translation>
    </message>
    <message>
        <source>in this %1</source>
        <translation>en esta %1</translation>
    </message>
    <message>
        <source>Work was recorded %1 on another laptop; it was kept.</source>
        <translation>Se registró trabajo %1 en otra computadora; se conservó.</translation>
    </message>
    <message>
        <source>%1 recorded %2 %3; it was kept.</source>
        <translation>%1 registró %2 %3; se conservó.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>There are %1 %2 on the server; it was kept.</source>
        <translation>Hay %1 %2 en el servidor; se conservó.</translation>
    </message>
    <message>
        <source>1 session report</source>
        <translation>1 informe de sesión</translation>
    </message>
    <message>
        <source>%1 session reports</source>
        <translation>%1 informes de sesión</translation>
    </message>
    <message>
        <source>1 period report</source>
        <translation>1 informe de período</translation>
    </message>
    <message>
        <source>%1 period reports</source>
        <translation>%1 informes de período</translation>
    </message>
    <message>
        <source>1 %2 record</source>
        <translation>1 registro de %2</translation>
    </message>
    <message>
        <source>%1 %2 records</source>
        <translation>%1 registros de %2</translation>
    </message>
    <message>
        <source>programme</source>
        <translation>programa</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participante</translation>
    </message>
    <message>
        <source>session</source>
        <translation>sesión</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>resultado</translation>
    </message>
    <message>
        <source>booking</source>
        <translation>reserva</translation>
    </message>
    <message>
        <source>pathway</source>
        <translation>ruta</translation>
    </message>
    <message>
        <source>outcome left out of a session</source>
        <translation>resultado excluido de una sesión</translation>
    </message>
    <message>
        <source>pathway step</source>
        <translation>paso de la ruta</translation>
    </message>
    <message>
        <source>outcome tick</source>
        <translation>resultado marcado</translation>
    </message>
    <message>
        <source>session report</source>
        <translation>informe de sesión</translation>
    </message>
    <message>
        <source>period report</source>
        <translation>informe de período</translation>
    </message>
    <message>
        <source>mark</source>
        <translation>marca</translation>
    </message>
    <message>
        <source>mark history entry</source>
        <translation>entrada del historial de marcas</translation>
    </message>
    <message>
        <source>outcome tick history entry</source>
        <translation>entrada del historial de resultados marcados</translation>
    </message>
    <message>
        <source>its %1 %2 has not arrived yet</source>
        <translation>su %1 %2 aún no ha llegado</translation>
    </message>
    <message>
        <source>1 %2 record on this laptop still refers to it</source>
        <translation>1 registro de %2 en esta computadora todavía hace referencia a él</translation>
    </message>
    <message>
        <source>%1 %2 records on this laptop still refer to it</source>
        <translation>%1 registros de %2 en esta computadora todavía hacen referencia a él</translation>
    </message>
    <message>
        <source>Sent 1 change: %2 accepted (%3 already there, %4 with conflicts), %5 rejected.</source>
        <translation>Se envió 1 cambio: %2 aceptado (%3 ya estaban, %4 con conflictos), %5 rechazado.</translation>
    </message>
    <message>
        <source>Sent %1 changes: %2 accepted (%3 already there, %4 with conflicts), %5 rejected.</source>
        <translation>Se enviaron %1 cambios: %2 aceptados (%3 ya estaban, %4 con conflictos), %5 rechazados.</translation>
    </message>
    <message>
        <source>Received 1 change from the server.</source>
        <translation>Se recibió 1 cambio del servidor.</translation>
    </message>
    <message>
        <source>Received %1 changes from the server.</source>
        <translation>Se recibieron %1 cambios del servidor.</translation>
    </message>
    <message>
        <source>1 received change waits on this laptop and will be applied as soon as they can:</source>
        <translation>1 cambio recibido espera en esta computadora y se aplicará en cuanto se pueda:</translation>
    </message>
    <message>
        <source>%1 received changes wait on this laptop and will be applied as soon as they can:</source>
        <translation>%1 cambios recibidos esperan en esta computadora y se aplicarán en cuanto se pueda:</translation>
    </message>
    <message>
        <source>… and %1 more (see the sync log).</source>
        <translation>… y %1 más (vea el registro de sincronización).</translation>
    </message>
    <message>
        <source>The server had lost 1 change (restored from a backup); they were sent again.</source>
        <translation>El servidor había perdido 1 cambio (restaurado de una copia); se volvió a enviar.</translation>
    </message>
    <message>
        <source>The server had lost %1 changes (restored from a backup); they were sent again.</source>
        <translation>El servidor había perdido %1 cambios (restaurado de una copia); se volvieron a enviar.</translation>
    </message>
    <message>
        <source>1 change had numbers the server already held for others (this laptop&apos;s file was restored from a backup?); they were sent again under new numbers.</source>
        <translation>1 cambio tenía un número que el servidor ya tenía para otros (¿se restauró el archivo de esta computadora de una copia?); se volvió a enviar con un número nuevo.</translation>
    </message>
    <message>
        <source>%1 changes had numbers the server already held for others (this laptop&apos;s file was restored from a backup?); they were sent again under new numbers.</source>
        <translation>%1 cambios tenían números que el servidor ya tenía para otros (¿se restauró el archivo de esta computadora de una copia?); se volvieron a enviar con números nuevos.</translation>
    </message>
    <message>
        <source>1 change were stamped with a clock ahead of the server&apos;s; they were stamped again with the server&apos;s time and sent.</source>
        <translation>1 cambio tenía la hora de un reloj adelantado respecto al del servidor; se le puso la hora del servidor y se envió.</translation>
    </message>
    <message>
        <source>%1 changes were stamped with a clock ahead of the server&apos;s; they were stamped again with the server&apos;s time and sent.</source>
        <translation>%1 cambios tenían la hora de un reloj adelantado respecto al del servidor; se les puso la hora del servidor y se enviaron.</translation>
    </message>
    <message>
        <source>1 change wait for records the server does not have yet; they stay queued and go again next sync.</source>
        <translation>1 cambio espera registros que el servidor aún no tiene; sigue en cola y se enviará en la próxima sincronización.</translation>
    </message>
    <message>
        <source>%1 changes wait for records the server does not have yet; they stay queued and go again next sync.</source>
        <translation>%1 cambios esperan registros que el servidor aún no tiene; siguen en cola y se enviarán en la próxima sincronización.</translation>
    </message>
    <message>
        <source>1 history entry wait for records the server does not have yet; they stay queued and go again next sync.</source>
        <translation>1 entrada del historial espera registros que el servidor aún no tiene; sigue en cola y se enviará en la próxima sincronización.</translation>
    </message>
    <message>
        <source>%1 history entries wait for records the server does not have yet; they stay queued and go again next sync.</source>
        <translation>%1 entradas del historial esperan registros que el servidor aún no tiene; siguen en cola y se enviarán en la próxima sincronización.</translation>
    </message>
    <message>
        <source>waiting</source>
        <comment>sync result</comment>
        <translation>en espera</translation>
    </message>
    <message>
        <source>rejected</source>
        <comment>sync result</comment>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>mismatch</source>
        <comment>sync result</comment>
        <translation>número repetido</translation>
    </message>
    <message>
        <source>conflict</source>
        <comment>sync result</comment>
        <translation>conflicto</translation>
    </message>
    <message>
        <source>%1: %2 (change %3): %4</source>
        <comment>a receipt line: result, record, change number, reason</comment>
        <translation>%1: %2 (cambio %3): %4</translation>
    </message>
    <message>
        <source>Its records were removed from this laptop.</source>
        <translation>Sus registros se quitaron de esta computadora.</translation>
    </message>
    <message>
        <source>1 change to it is kept here: it will wait until you are assigned to %2 again, and then be sent.</source>
        <translation>1 cambio relacionado se guarda aquí: esperará hasta que vuelvan a asignarle %2 y luego se enviará.</translation>
    </message>
    <message>
        <source>%1 changes to it are kept here: they wait until you are assigned to %2 again, and then go.</source>
        <translation>%1 cambios relacionados se guardan aquí: esperan hasta que vuelvan a asignarle %2 y luego se envían.</translation>
    </message>
    <message>
        <source>1 change held while its programme was unassigned was sent again.</source>
        <translation>Se volvió a enviar 1 cambio guardado mientras su programa no estaba asignado.</translation>
    </message>
    <message>
        <source>%1 changes held while their programme was unassigned were sent again.</source>
        <translation>Se volvieron a enviar %1 cambios guardados mientras su programa no estaba asignado.</translation>
    </message>
    <message>
        <source>Your delete of a %1 (change %2) did not apply: %3</source>
        <translation>Su eliminación de un(a) %1 (cambio %2) no se aplicó: %3</translation>
    </message>
    <message>
        <source>Sync cancelled; what was sent so far is safe.</source>
        <translation>Sincronización cancelada; lo enviado hasta ahora está a salvo.</translation>
    </message>
    <message>
        <source>Sync stopped: %1</source>
        <translation>Sincronización detenida: %1</translation>
    </message>
    <message>
        <source>This is the demo data file; it is never synced.</source>
        <translation>Este es el archivo de demostración; nunca se sincroniza.</translation>
    </message>
    <message>
        <source>The saved sign-in belongs to another laptop; sign in again.</source>
        <translation>El inicio de sesión guardado pertenece a otra computadora; vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The server keeps timing out; the changes stay queued and will be sent next time.</source>
        <translation>El servidor sigue sin responder a tiempo; los cambios siguen en cola y se enviarán la próxima vez.</translation>
    </message>
    <message>
        <source>The server refused the changes (HTTP %1).</source>
        <translation>El servidor rechazó los cambios (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused these changes.</source>
        <translation>El servidor rechazó estos cambios.</translation>
    </message>
    <message>
        <source>The server&apos;s answer does not acknowledge this batch; nothing was marked as sent.</source>
        <translation>La respuesta del servidor no confirma este lote; no se marcó nada como enviado.</translation>
    </message>
    <message>
        <source>The server&apos;s answer lists none of the changes sent; nothing was marked as sent.</source>
        <translation>La respuesta del servidor no menciona ninguno de los cambios enviados; no se marcó nada como enviado.</translation>
    </message>
    <message>
        <source>The server keeps refusing our download position.</source>
        <translation>El servidor sigue rechazando nuestra posición de descarga.</translation>
    </message>
    <message>
        <source>Downloaded changes could not be stored on this laptop (%1); nothing of that page was kept.</source>
        <translation>Los cambios descargados no se pudieron guardar en esta computadora (%1); no se conservó nada de esa página.</translation>
    </message>
    <message>
        <source>Sign in to a sync server first (fieldsessions login --server URL --user NAME).</source>
        <translation>Inicie sesión primero en un servidor de sincronización (fieldsessions login --server URL --user NOMBRE).</translation>
    </message>
    <message>
        <source>No saved sign-in for %1; sign in again.</source>
        <translation>No hay inicio de sesión guardado para %1; vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>%1: something went wrong; the log has the details.</source>
        <translation>%1: algo salió mal; el registro tiene los detalles.</translation>
    </message>
    <message>
        <source>The server does not have session %1 yet; it is sent again once the session is there.</source>
        <translation>El servidor aún no tiene la sesión %1; el cambio se enviará de nuevo cuando la sesión esté allí.</translation>
    </message>
    <message>
        <source>The server does not have participant %1 yet; it is sent again once the participant is there.</source>
        <translation>El servidor aún no tiene al participante %1; el cambio se enviará de nuevo cuando el participante esté allí.</translation>
    </message>
    <message>
        <source>The server does not have programme %1 yet; it is sent again once the programme is there.</source>
        <translation>El servidor aún no tiene el programa %1; el cambio se enviará de nuevo cuando el programa esté allí.</translation>
    </message>
    <message>
        <source>The server does not have record %1 yet; it is sent again once that record is there.</source>
        <translation>El servidor aún no tiene el registro %1; el cambio se enviará de nuevo cuando ese registro esté allí.</translation>
    </message>
    <message>
        <source>The server does not know this kind of record.</source>
        <translation>El servidor no conoce este tipo de registro.</translation>
    </message>
    <message>
        <source>This change does not say which record it is about.</source>
        <translation>Este cambio no indica a qué registro se refiere.</translation>
    </message>
    <message>
        <source>The id of this change does not match the records it is about.</source>
        <translation>El identificador de este cambio no coincide con los registros a los que se refiere.</translation>
    </message>
    <message>
        <source>This change does not name the records it is about.</source>
        <translation>Este cambio no nombra los registros a los que se refiere.</translation>
    </message>
    <message>
        <source>A record cannot move to another programme.</source>
        <translation>Un registro no puede pasar a otro programa.</translation>
    </message>
    <message>
        <source>Participant %1 belongs to programmes you are not assigned to.</source>
        <translation>El participante %1 pertenece a programas que no tiene asignados.</translation>
    </message>
    <message>
        <source>Record %1 belongs to someone else.</source>
        <translation>El registro %1 pertenece a otra persona.</translation>
    </message>
    <message>
        <source>You are not assigned to programme %1.</source>
        <translation>No tiene asignado el programa %1.</translation>
    </message>
    <message>
        <source>Session %1 is in another programme.</source>
        <translation>La sesión %1 está en otro programa.</translation>
    </message>
    <message>
        <source>Record %1 is in another programme.</source>
        <translation>El registro %1 está en otro programa.</translation>
    </message>
    <message>
        <source>A new record needs %1.</source>
        <translation>Un registro nuevo necesita %1.</translation>
    </message>
    <message>
        <source>Record %1 was deleted before the server received it.</source>
        <translation>El registro %1 se eliminó antes de que el servidor lo recibiera.</translation>
    </message>
    <message>
        <source>A later edit from another device keeps this record.</source>
        <translation>Una edición posterior desde otra computadora conserva este registro.</translation>
    </message>
    <message>
        <source>Concurrent edit of %1: the later change was kept and the other saved as a conflict.</source>
        <translation>Edición simultánea de %1: se conservó el cambio posterior y el otro se guardó como conflicto.</translation>
    </message>
    <message>
        <source>Change %1 of this device was already received with different content; the first one was kept.</source>
        <translation>El cambio %1 de esta computadora ya se había recibido con otro contenido; se conservó el primero.</translation>
    </message>
    <message>
        <source>This change is stamped more than 24 hours ahead of the server&apos;s clock; check the laptop&apos;s date and time.</source>
        <translation>Este cambio tiene una hora más de 24 horas por delante del reloj del servidor; revise la fecha y la hora de la computadora.</translation>
    </message>
    <message>
        <source>The server could not store this change just now.</source>
        <translation>El servidor no pudo guardar este cambio en este momento.</translation>
    </message>
    <message>
        <source>Sign in first: this request has no device token.</source>
        <translation>Inicie sesión primero: esta solicitud no tiene token de la computadora.</translation>
    </message>
    <message>
        <source>Too many requests from this device; slow down.</source>
        <translation>Demasiadas solicitudes desde esta computadora; vaya más despacio.</translation>
    </message>
    <message>
        <source>This device token is not valid.</source>
        <translation>Este token de la computadora no es válido.</translation>
    </message>
    <message>
        <source>This device token is not valid or was revoked; sign in again.</source>
        <translation>Este token de la computadora no es válido o fue revocado; vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>This laptop&apos;s sign-in is older than %1 days and has expired; sign in again.</source>
        <translation>El inicio de sesión de esta computadora tiene más de %1 días y ha caducado; vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Too many sign-in attempts; wait a little.</source>
        <translation>Demasiados intentos de inicio de sesión; espere un poco.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nombre de usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>This laptop&apos;s data file is registered to another facilitator; sign in from your own data file.</source>
        <translation>El archivo de datos de esta computadora está registrado a nombre de otro facilitador; inicie sesión desde su propio archivo de datos.</translation>
    </message>
    <message>
        <source>This laptop signed in twice at once; try again.</source>
        <translation>Esta computadora inició sesión dos veces a la vez; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This device token belongs to another device.</source>
        <translation>Este token pertenece a otra computadora.</translation>
    </message>
    <message>
        <source>No such programme among yours.</source>
        <translation>Ese programa no está entre los suyos.</translation>
    </message>
    <message>
        <source>You are no longer assigned to %1.</source>
        <translation>Ya no tiene asignado %1.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>The data file could not be opened (%1). Details are in the log file.</source>
        <translation>No se pudo abrir el archivo de datos (%1). Los detalles están en el archivo de registro.</translation>
    </message>
    <message>
        <source>fieldsessions</source>
        <translation>fieldsessions</translation>
    </message>
</context>
<context>
    <name>EnrolmentPanel</name>
    <message>
        <source>Enrolment</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <source>Places left</source>
        <translation>Plazas libres</translation>
    </message>
    <message>
        <source>Enrolment message</source>
        <translation>Mensaje de inscripción</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Con plaza</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>Lista de espera</translation>
    </message>
    <message>
        <source>Cancel &amp;booking</source>
        <translation>Ca&amp;ncelar reserva</translation>
    </message>
    <message>
        <source>Cancel the selected booking or waitlist place</source>
        <translation>Cancelar la reserva o el lugar en lista de espera seleccionado</translation>
    </message>
    <message>
        <source>Delete key in the lists; a freed place goes to the first person on the waitlist</source>
        <translation>Tecla Delete en las listas; la plaza liberada pasa a la primera persona en lista de espera</translation>
    </message>
    <message>
        <source>Re&amp;move person…</source>
        <translation>&amp;Quitar persona…</translation>
    </message>
    <message>
        <source>Remove the selected person</source>
        <translation>Quitar a la persona seleccionada</translation>
    </message>
    <message>
        <source>Shift+Delete in the lists. Deleted when nothing was recorded for them, else taken off every programme with their history kept.</source>
        <translation>Shift+Delete en las listas. Se elimina si no hay nada registrado sobre ella; si no, sale de todos los programas y se conserva su historial.</translation>
    </message>
    <message>
        <source>Person&apos;s pa&amp;ge…</source>
        <translation>Fic&amp;ha de la persona…</translation>
    </message>
    <message>
        <source>Show the selected person&apos;s outcomes across programmes and pathway progress</source>
        <translation>Ver los resultados de la persona seleccionada en todos los programas y su avance en las rutas</translation>
    </message>
    <message>
        <source>Find a person to enrol</source>
        <translation>Buscar a quién inscribir</translation>
    </message>
    <message>
        <source>Name or ID of a registered person</source>
        <translation>Nombre o ID de una persona registrada</translation>
    </message>
    <message>
        <source>People who can be enrolled</source>
        <translation>Personas que se pueden inscribir</translation>
    </message>
    <message>
        <source>En&amp;rol</source>
        <translation>Ins&amp;cribir</translation>
    </message>
    <message>
        <source>Enrol the selected person</source>
        <translation>Inscribir a la persona seleccionada</translation>
    </message>
    <message>
        <source>Enter in the list; books a place, or the waitlist when the programme is full</source>
        <translation>Enter en la lista; reserva una plaza, o un lugar en lista de espera si el programa está lleno</translation>
    </message>
    <message>
        <source>Fin&amp;d a person to enrol:</source>
        <translation>&amp;Buscar a quién inscribir:</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Inscribir</translation>
    </message>
    <message>
        <source>No session chosen. Open a session&apos;s roll (Enter on it in the Sessions tab) to see who is booked and enrol people.</source>
        <translation>No hay ninguna sesión elegida. Abra la lista de una sesión (Enter sobre ella en la pestaña Sesiones) para ver quién tiene plaza e inscribir personas.</translation>
    </message>
    <message>
        <source>walk-in</source>
        <translation>sin inscripción</translation>
    </message>
    <message>
        <source>Booked (%1)</source>
        <translation>Con plaza (%1)</translation>
    </message>
    <message>
        <source>Waitlist (%1)</source>
        <translation>Lista de espera (%1)</translation>
    </message>
    <message>
        <source>%1: no limit on places.</source>
        <translation>%1: sin límite de plazas.</translation>
    </message>
    <message>
        <source>%1: full. New enrolments go on the waitlist.</source>
        <translation>%1: lleno. Las nuevas inscripciones van a la lista de espera.</translation>
    </message>
    <message>
        <source>%1: 1 place left.</source>
        <translation>%1: queda 1 plaza.</translation>
    </message>
    <message>
        <source>%1: %2 places left.</source>
        <translation>%1: quedan %2 plazas.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>enrolment of %1</source>
        <translation>inscripción de %1</translation>
    </message>
    <message>
        <source>The programme is full: %1 is on the waitlist.</source>
        <translation>El programa está lleno: %1 queda en lista de espera.</translation>
    </message>
    <message>
        <source>%1 is booked.</source>
        <translation>%1 tiene plaza.</translation>
    </message>
    <message>
        <source>cancelled place of %1</source>
        <translation>plaza cancelada de %1</translation>
    </message>
    <message>
        <source>%1&apos;s place is cancelled (Ctrl+Z takes it back).</source>
        <translation>Se canceló la plaza de %1 (Ctrl+Z la recupera).</translation>
    </message>
    <message>
        <source>%1 moved up from the waitlist and is now booked.</source>
        <translation>%1 pasó de la lista de espera y ya tiene plaza.</translation>
    </message>
    <message>
        <source>Nothing to undo on this page.</source>
        <translation>No hay nada que deshacer en esta página.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Deshecho: %1.</translation>
    </message>
    <message>
        <source>Delete %1 from this laptop? Nothing was recorded for them; %2 too, and they are deleted from the server at the next sync.</source>
        <translation>¿Eliminar a %1 de esta computadora? No hay nada registrado sobre esta persona; %2 también, y se elimina del servidor en la próxima sincronización.</translation>
    </message>
    <message>
        <source>their 1 booking goes</source>
        <translation>su reserva se elimina</translation>
    </message>
    <message>
        <source>their %1 bookings go</source>
        <translation>sus %1 reservas se eliminan</translation>
    </message>
    <message>
        <source>&amp;Delete person</source>
        <translation>&amp;Eliminar persona</translation>
    </message>
    <message>
        <source>%1 has %2, so they cannot be deleted. Take them off every programme? Their history is kept for the reports.</source>
        <translation>%1 tiene %2, así que no se puede eliminar. ¿Quitarle de todos los programas? Su historial se conserva para los informes.</translation>
    </message>
    <message>
        <source>1 attendance mark or tick</source>
        <translation>1 marca de asistencia o resultado</translation>
    </message>
    <message>
        <source>%1 attendance marks or ticks</source>
        <translation>%1 marcas de asistencia o resultados</translation>
    </message>
    <message>
        <source>&amp;Take off every programme</source>
        <translation>&amp;Quitar de todos los programas</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Quitar persona</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conservar</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>Se eliminó a %1.</translation>
    </message>
    <message>
        <source>%1 is off every programme; their history is kept.</source>
        <translation>%1 ya no está en ningún programa; su historial se conserva.</translation>
    </message>
    <message>
        <source>Something went wrong; the log has the details.</source>
        <translation>Algo salió mal; el registro tiene los detalles.</translation>
    </message>
</context>
<context>
    <name>FacilitatorNameDialog</name>
    <message>
        <source>Welcome to fieldsessions</source>
        <translation>Bienvenido a fieldsessions</translation>
    </message>
    <message>
        <source>What is your name? It is printed on attendance sheets, session reports and exports. You can change it later in Settings.</source>
        <translation>¿Cómo se llama? Su nombre se imprime en las hojas de asistencia, los informes de sesión y las exportaciones. Puede cambiarlo más tarde en Configuración.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>e.g. Amina Otieno</source>
        <translation>p. ej., Amina Otieno</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>Your name could not be saved (%1). Details are in the log file.</source>
        <translation>No se pudo guardar su nombre (%1). Los detalles están en el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a roster</source>
        <translation>Importar una lista de participantes</translation>
    </message>
    <message>
        <source>Roster file</source>
        <translation>Archivo de la lista</translation>
    </message>
    <message>
        <source>A CSV or XLSX file with a header row</source>
        <translation>Un archivo CSV o XLSX con una fila de encabezados</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Elegir archivo…</translation>
    </message>
    <message>
        <source>Choose a roster file</source>
        <translation>Elegir un archivo de lista</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Enrol into programme</source>
        <translation>Inscribir en el programa</translation>
    </message>
    <message>
        <source>(do not enrol; only add the people)</source>
        <translation>(no inscribir; solo añadir a las personas)</translation>
    </message>
    <message>
        <source>&amp;Enrol into:</source>
        <translation>&amp;Inscribir en:</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>Vista previa del archivo</translation>
    </message>
    <message>
        <source>Rows that will not be imported:</source>
        <translation>Filas que no se importarán:</translation>
    </message>
    <message>
        <source>Rows that will not be imported</source>
        <translation>Filas que no se importarán</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Resumen de la importación</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>Im&amp;portar</translation>
    </message>
    <message>
        <source>Import the valid rows</source>
        <translation>Importar las filas válidas</translation>
    </message>
    <message>
        <source>Choose a CSV or XLSX file. Nothing is saved until you press Import.</source>
        <translation>Elija un archivo CSV o XLSX. No se guarda nada hasta que pulse Importar.</translation>
    </message>
    <message>
        <source>Roster files (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Archivos de lista (*.csv *.xlsx *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>(column %1)</source>
        <translation>(columna %1)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Significa</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorar)</translation>
    </message>
    <message>
        <source>Meaning of column %1</source>
        <translation>Significado de la columna %1</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Línea %1</translation>
    </message>
    <message>
        <source>1 person ready to import: %2 new, %3 already stored (not added again; enrolled if not yet).</source>
        <translation>1 persona lista para importar: %2 nueva, %3 ya guardada (no se añade otra vez; se inscribe si aún no lo está).</translation>
    </message>
    <message>
        <source>%1 people ready to import: %2 new, %3 already stored (not added again; enrolled if they are not yet).</source>
        <translation>%1 personas listas para importar: %2 nuevas, %3 ya guardadas (no se añaden otra vez; se inscriben si aún no lo están).</translation>
    </message>
    <message>
        <source>1 person ready to import.</source>
        <translation>1 persona lista para importar.</translation>
    </message>
    <message>
        <source>%1 people ready to import.</source>
        <translation>%1 personas listas para importar.</translation>
    </message>
    <message>
        <source>1 row has a problem and will be skipped (listed above); fix it in the file or the column boxes, or import the rest now.</source>
        <translation>1 fila tiene un problema y se omitirá (ver arriba); corríjala en el archivo o en las casillas de columna, o importe el resto ahora.</translation>
    </message>
    <message>
        <source>%1 rows have problems and will be skipped (listed above); fix them in the file or the column boxes, or import the rest now.</source>
        <translation>%1 filas tienen problemas y se omitirán (ver arriba); corríjalas en el archivo o en las casillas de columna, o importe el resto ahora.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Imported 1 new person.</source>
        <translation>Se importó 1 persona nueva.</translation>
    </message>
    <message>
        <source>Imported %1 new people.</source>
        <translation>Se importaron %1 personas nuevas.</translation>
    </message>
    <message>
        <source>%1 enrolled, %2 on the waitlist.</source>
        <translation>%1 inscritas, %2 en lista de espera.</translation>
    </message>
    <message>
        <source>1 row skipped (listed above).</source>
        <translation>1 fila omitida (ver arriba).</translation>
    </message>
    <message>
        <source>%1 rows skipped (listed above).</source>
        <translation>%1 filas omitidas (ver arriba).</translation>
    </message>
    <message>
        <source>The file cannot be opened (%1).</source>
        <translation>No se puede abrir el archivo (%1).</translation>
    </message>
    <message>
        <source>Something went wrong; the log has the details. Nothing was imported.</source>
        <translation>Algo salió mal; el registro tiene los detalles. No se importó nada.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>fieldsessions</source>
        <translation>fieldsessions</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New programme…</source>
        <translation>&amp;Nuevo programa…</translation>
    </message>
    <message>
        <source>Create a programme and its sessions</source>
        <translation>Crear un programa y sus sesiones</translation>
    </message>
    <message>
        <source>&amp;Edit programme…</source>
        <translation>&amp;Editar programa…</translation>
    </message>
    <message>
        <source>Change the selected programme</source>
        <translation>Cambiar el programa seleccionado</translation>
    </message>
    <message>
        <source>Take &amp;roll</source>
        <translation>Pasar &amp;lista</translation>
    </message>
    <message>
        <source>Take the roll of the selected session, or of today&apos;s next one</source>
        <translation>Pasar lista en la sesión seleccionada, o en la próxima de hoy</translation>
    </message>
    <message>
        <source>&amp;Import roster…</source>
        <translation>&amp;Importar lista…</translation>
    </message>
    <message>
        <source>Add participants from a CSV or Excel file</source>
        <translation>Añadir participantes desde un archivo CSV o Excel</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print attendance sheets and reports</source>
        <translation>Imprimir hojas de asistencia e informes</translation>
    </message>
    <message>
        <source>S&amp;ync</source>
        <translation>&amp;Sincronizar</translation>
    </message>
    <message>
        <source>Send changes to the server and get the latest</source>
        <translation>Enviar los cambios al servidor y recibir lo más reciente</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Your name, this laptop&apos;s name, the data file, the language</source>
        <translation>Su nombre, el nombre de esta computadora, el archivo de datos, el idioma</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close fieldsessions</source>
        <translation>Cerrar fieldsessions</translation>
    </message>
    <message>
        <source>&amp;About fieldsessions</source>
        <translation>&amp;Acerca de fieldsessions</translation>
    </message>
    <message>
        <source>Version and data file</source>
        <translation>Versión y archivo de datos</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
    <message>
        <source>Every key the window answers to</source>
        <translation>Todas las teclas que usa la ventana</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Undo the last change made on this tab</source>
        <translation>Deshacer el último cambio en esta pestaña</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sesiones</translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <source>Show the %1 tab</source>
        <translation>Mostrar la pestaña %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sesión</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sync available&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sincronización disponible&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Sync available</source>
        <translation>Sincronización disponible</translation>
    </message>
    <message>
        <source>The sync server can be reached: press Sync to send the changes waiting on this laptop.</source>
        <translation>Se puede conectar con el servidor: pulse Sincronizar para enviar los cambios pendientes en esta computadora.</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <source>Reading the data file…</source>
        <translation>Leyendo el archivo de datos…</translation>
    </message>
    <message>
        <source>Nothing to undo on this tab.</source>
        <translation>No hay nada que deshacer en esta pestaña.</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nada que deshacer</translation>
    </message>
    <message>
        <source>No changes waiting</source>
        <translation>Ningún cambio pendiente</translation>
    </message>
    <message>
        <source>1 change waiting</source>
        <translation>1 cambio pendiente</translation>
    </message>
    <message>
        <source>%1 changes waiting</source>
        <translation>%1 cambios pendientes</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>nunca sincronizado</translation>
    </message>
    <message>
        <source>last synced %1</source>
        <translation>última sincronización: %1</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>hoy a las %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>ayer a las %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>Demo data · nothing here is sent to the server</source>
        <translation>Datos de demostración · nada de esto se envía al servidor</translation>
    </message>
    <message>
        <source>Changes are kept on this laptop until Sync sends them to the server.</source>
        <translation>Los cambios se guardan en esta computadora hasta que Sincronizar los envía al servidor.</translation>
    </message>
    <message>
        <source>fieldsessions — DEMO DATA (practice only, never sent to the server)</source>
        <translation>fieldsessions — DATOS DE DEMOSTRACIÓN (solo para practicar, nunca se envían al servidor)</translation>
    </message>
    <message>
        <source>The demo data is never sent to the server.</source>
        <translation>Los datos de demostración nunca se envían al servidor.</translation>
    </message>
    <message>
        <source>Something went wrong (%1); details are in the log file.</source>
        <translation>Algo salió mal (%1); los detalles están en el archivo de registro.</translation>
    </message>
    <message>
        <source>The demo data opens in a window of its own, from a separate file (%1); nothing in it is sent to the server. This data file stays yours.</source>
        <translation>Los datos de demostración se abren en su propia ventana, desde un archivo aparte (%1); nada de lo que contiene se envía al servidor. Este archivo de datos sigue siendo el suyo.</translation>
    </message>
    <message>
        <source>The demo window could not be started.</source>
        <translation>No se pudo abrir la ventana de demostración.</translation>
    </message>
    <message>
        <source>About fieldsessions</source>
        <translation>Acerca de fieldsessions</translation>
    </message>
    <message>
        <source>&lt;b&gt;fieldsessions&lt;/b&gt; %1&lt;br&gt;Attendance, roll call and reports for facilitators, offline first.&lt;br&gt;&lt;br&gt;Data file: %2</source>
        <translation>&lt;b&gt;fieldsessions&lt;/b&gt; %1&lt;br&gt;Asistencia, pase de lista e informes para facilitadores, sin conexión primero.&lt;br&gt;&lt;br&gt;Archivo de datos: %2</translation>
    </message>
</context>
<context>
    <name>MarkHistoryDialog</name>
    <message>
        <source>History of %1&apos;s mark</source>
        <translation>Historial de la marca de %1</translation>
    </message>
    <message>
        <source>1 change, from every laptop that has synced.</source>
        <translation>1 cambio, de todas las computadoras que han sincronizado.</translation>
    </message>
    <message>
        <source>%1 changes, from every laptop that has synced, oldest first.</source>
        <translation>%1 cambios, de todas las computadoras que han sincronizado, del más antiguo al más reciente.</translation>
    </message>
    <message>
        <source>This mark has no history: it was never changed.</source>
        <translation>Esta marca no tiene historial: nunca se cambió.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Computadora</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>this laptop</source>
        <translation>esta computadora</translation>
    </message>
    <message>
        <source>(received without its own entry)</source>
        <translation>(recibido sin su propio registro)</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
</context>
<context>
    <name>OutcomeGrid</name>
    <message>
        <source>Outcome tick-off</source>
        <translation>Marcar resultados</translation>
    </message>
    <message>
        <source>Outcomes achieved, one row per participant</source>
        <translation>Resultados logrados, una fila por participante</translation>
    </message>
    <message>
        <source>Space ticks or unticks; arrows move</source>
        <translation>Espacio marca o desmarca; las flechas mueven</translation>
    </message>
    <message>
        <source>Tick-off message</source>
        <translation>Mensaje de resultados</translation>
    </message>
    <message>
        <source>&lt;b&gt;Space&lt;/b&gt; ticks or unticks · &lt;b&gt;arrows&lt;/b&gt; move · hover a column title for the whole outcome</source>
        <translation>&lt;b&gt;Espacio&lt;/b&gt; marca o desmarca · &lt;b&gt;flechas&lt;/b&gt; mueven · pase el ratón sobre el título de una columna para ver el resultado completo</translation>
    </message>
    <message>
        <source>This session has no outcomes to tick off. Add them to the programme&apos;s outcome list.</source>
        <translation>Esta sesión no tiene resultados para marcar. Añádalos a la lista de resultados del programa.</translation>
    </message>
    <message>
        <source>Nobody is on this session&apos;s roll yet.</source>
        <translation>Todavía no hay nadie en la lista de esta sesión.</translation>
    </message>
    <message>
        <source>tick of %1: %2</source>
        <translation>marca de %1: %2</translation>
    </message>
    <message>
        <source>untick of %1: %2</source>
        <translation>desmarca de %1: %2</translation>
    </message>
    <message>
        <source>Nothing to undo on this page.</source>
        <translation>No hay nada que deshacer en esta página.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Deshecho: %1.</translation>
    </message>
    <message>
        <source>Something went wrong; the log has the details.</source>
        <translation>Algo salió mal; el registro tiene los detalles.</translation>
    </message>
</context>
<context>
    <name>OutcomeTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Logrado</translation>
    </message>
    <message>
        <source>achieved</source>
        <translation>logrado</translation>
    </message>
    <message>
        <source>not achieved</source>
        <translation>no logrado</translation>
    </message>
</context>
<context>
    <name>PaperReviewDialog</name>
    <message>
        <source>Read paper sheets</source>
        <translation>Leer hojas en papel</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 archivo</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 archivos</translation>
    </message>
    <message>
        <source>What was read</source>
        <translation>Lo que se leyó</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Rows of the page</source>
        <translation>Filas de la página</translation>
    </message>
    <message>
        <source>P present, L late, E excused, A absent, Delete writes nothing; arrows move; Enter accepts the page</source>
        <translation>P presente, L tarde, E justificado, A ausente, Delete no escribe nada; las flechas mueven; Enter acepta la página</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>On paper</source>
        <translation>En papel</translation>
    </message>
    <message>
        <source>Laptop</source>
        <translation>Computadora</translation>
    </message>
    <message>
        <source>Will be written</source>
        <translation>Se escribirá</translation>
    </message>
    <message>
        <source>Boxes: P · L · E · A</source>
        <translation>Casillas: P · L · E · A</translation>
    </message>
    <message>
        <source>Why the page was refused</source>
        <translation>Por qué se rechazó la página</translation>
    </message>
    <message>
        <source>Walk-ins written on this page: type each name (and ID or phone) as written. They are added as walk-ins when you accept the page; a row left without a name is not.</source>
        <translation>Personas sin inscripción escritas en esta página: escriba cada nombre (y su ID o teléfono) tal como está escrito. Se añaden como personas sin inscripción al aceptar la página; una fila sin nombre no se añade.</translation>
    </message>
    <message>
        <source>The page, straightened</source>
        <translation>La página, enderezada</translation>
    </message>
    <message>
        <source>&lt;b&gt;P&lt;/b&gt; present · &lt;b&gt;L&lt;/b&gt; late · &lt;b&gt;E&lt;/b&gt; excused · &lt;b&gt;A&lt;/b&gt; absent · &lt;b&gt;Del&lt;/b&gt; write nothing · &lt;b&gt;↑ ↓&lt;/b&gt; move · &lt;b&gt;Enter&lt;/b&gt; accept the page</source>
        <translation>&lt;b&gt;P&lt;/b&gt; presente · &lt;b&gt;L&lt;/b&gt; tarde · &lt;b&gt;E&lt;/b&gt; justificado · &lt;b&gt;A&lt;/b&gt; ausente · &lt;b&gt;Del&lt;/b&gt; no escribir nada · &lt;b&gt;↑ ↓&lt;/b&gt; mover · &lt;b&gt;Enter&lt;/b&gt; aceptar la página</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>&amp;Accept page</source>
        <translation>&amp;Aceptar página</translation>
    </message>
    <message>
        <source>Write this page&apos;s marks in one go (Enter); Ctrl+Z on the roll undoes them</source>
        <translation>Escribir las marcas de esta página de una vez (Enter); Ctrl+Z en la lista las deshace</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Name · outcome</source>
        <translation>Nombre · resultado</translation>
    </message>
    <message>
        <source>The row&apos;s outcome boxes</source>
        <translation>Casillas de la fila</translation>
    </message>
    <message>
        <source>&lt;b&gt;Space&lt;/b&gt; tick or untick the selected outcome box · &lt;b&gt;↑ ↓&lt;/b&gt; move · &lt;b&gt;Enter&lt;/b&gt; accept the page</source>
        <translation>&lt;b&gt;Espacio&lt;/b&gt; marcar o desmarcar la casilla elegida · &lt;b&gt;↑ ↓&lt;/b&gt; mover · &lt;b&gt;Enter&lt;/b&gt; aceptar la página</translation>
    </message>
    <message>
        <source>Space ticks or unticks the selected outcome box; arrows move; Enter accepts the page</source>
        <translation>Espacio marca o desmarca la casilla de resultado elegida; las flechas mueven; Enter acepta la página</translation>
    </message>
    <message>
        <source>%1 read, %2 refused.</source>
        <translation>Leídas: %1; rechazadas: %2.</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 páginas</translation>
    </message>
    <message>
        <source>Skipped as blank: %1.</source>
        <translation>Omitidas por estar en blanco: %1.</translation>
    </message>
    <message>
        <source>Doubtful rows come first; nothing is written before you accept a page.</source>
        <translation>Las filas dudosas van primero; no se escribe nada antes de que acepte una página.</translation>
    </message>
    <message>
        <source>The sheets could not be read</source>
        <translation>No se pudieron leer las hojas</translation>
    </message>
    <message>
        <source>Nothing was read.</source>
        <translation>No se leyó nada.</translation>
    </message>
    <message>
        <source>%1 — refused</source>
        <translation>%1 — rechazada</translation>
    </message>
    <message>
        <source>%1
%2, tick-off page %3</source>
        <translation>%1
%2, página %3 de la plantilla</translation>
    </message>
    <message>
        <source>✓ 1 tick written</source>
        <translation>✓ 1 resultado escrito</translation>
    </message>
    <message>
        <source>✓ %1 ticks written</source>
        <translation>✓ %1 resultados escritos</translation>
    </message>
    <message>
        <source>%1
%2, sheet page %3</source>
        <translation>%1
%2, página %3 de la hoja</translation>
    </message>
    <message>
        <source>✓ 1 mark written</source>
        <translation>✓ 1 marca escrita</translation>
    </message>
    <message>
        <source>✓ %1 marks written</source>
        <translation>✓ %1 marcas escritas</translation>
    </message>
    <message>
        <source>Refused: nothing on this page is written.</source>
        <translation>Rechazada: no se escribe nada de esta página.</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>en blanco</translation>
    </message>
    <message>
        <source>%1?</source>
        <translation>¿%1?</translation>
    </message>
    <message>
        <source>%1 (the copies differ)</source>
        <translation>%1 (las copias difieren)</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>sin marcar</translation>
    </message>
    <message>
        <source>The boxes as read: present, late, excused, absent</source>
        <translation>Las casillas tal como se leyeron: presente, tarde, justificado, ausente</translation>
    </message>
    <message>
        <source>%1 · %2. %3</source>
        <translation>%1 · %2. %3</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <source>The row&apos;s outcome boxes as read, left to right; this outcome&apos;s box framed in red</source>
        <translation>Las casillas de resultados de la fila tal como se leyeron, de izquierda a derecha; la casilla de este resultado, enmarcada en rojo</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>This page was read more than once and its copies differ here: %1. Nothing is written unless you choose.</source>
        <translation>Esta página se leyó más de una vez y sus copias difieren aquí: %1. No se escribe nada si usted no elige.</translation>
    </message>
    <message>
        <source>ticked</source>
        <translation>marcada</translation>
    </message>
    <message>
        <source>not ticked</source>
        <translation>sin marcar</translation>
    </message>
    <message>
        <source>Walk-in row %1 as written</source>
        <translation>Fila sin inscripción %1 tal como está escrita</translation>
    </message>
    <message>
        <source>Name as written</source>
        <translation>Nombre tal como está escrito</translation>
    </message>
    <message>
        <source>Name of walk-in row %1</source>
        <translation>Nombre de la fila sin inscripción %1</translation>
    </message>
    <message>
        <source>ID or phone</source>
        <translation>ID o teléfono</translation>
    </message>
    <message>
        <source>ID or phone of walk-in row %1</source>
        <translation>ID o teléfono de la fila sin inscripción %1</translation>
    </message>
    <message>
        <source>Mark of walk-in row %1</source>
        <translation>Marca de la fila sin inscripción %1</translation>
    </message>
    <message>
        <source>written</source>
        <translation>escrita</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>keep %1</source>
        <translation>sigue %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>%1 (already)</source>
        <translation>%1 (ya)</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
    <message>
        <source>Row %1: the paper says %2, the laptop has %3. The laptop&apos;s mark is kept unless you press %4 (or another letter) for this row.</source>
        <translation>Fila %1: el papel dice %2, la computadora tiene %3. Se conserva la marca de la computadora a menos que pulse %4 (u otra letra) en esta fila.</translation>
    </message>
    <message>
        <source>This page is written already; correct a mark on the roll.</source>
        <translation>Esta página ya está escrita; corrija una marca en la lista.</translation>
    </message>
    <message>
        <source>paper sheet, page %1</source>
        <translation>hoja en papel, página %1</translation>
    </message>
    <message>
        <source>Page %1: %2, queued for sync; the page image is kept in %3.</source>
        <translation>Página %1: %2, en cola para sincronizar; la imagen de la página se guarda en %3.</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Sin marcar</translation>
    </message>
    <message>
        <source>Blank rows with ticks, for people not listed: these ticks are not written. Add each person as a walk-in on the Roster tab, then tick them on the Outcomes tab.</source>
        <translation>Filas en blanco con marcas de personas fuera de la lista: no se escriben. Añádalas en la pestaña Lista como personas sin inscripción y marque sus resultados en la pestaña Resultados.</translation>
    </message>
    <message>
        <source>Row %1: outcomes %2 ticked</source>
        <translation>Fila %1: resultados %2 marcados</translation>
    </message>
    <message>
        <source>Blank row %1 as ticked</source>
        <translation>Fila en blanco %1 tal como está marcada</translation>
    </message>
    <message>
        <source>Row %1, outcome %2: %3</source>
        <translation>Fila %1, resultado %2: %3</translation>
    </message>
    <message>
        <source>Row %1, outcome %2: the paper says %3, the laptop has %4. The laptop&apos;s tick is kept unless you press Space for this box.</source>
        <translation>Fila %1, resultado %2: en el papel está %3, en la computadora está %4. Se conserva lo que tiene la computadora a menos que pulse Espacio en esta casilla.</translation>
    </message>
    <message>
        <source>This page is written already; correct a tick on the Outcomes tab.</source>
        <translation>Esta página ya está escrita; corrija un resultado en la pestaña Resultados.</translation>
    </message>
    <message>
        <source>1 tick written</source>
        <translation>1 resultado escrito</translation>
    </message>
    <message>
        <source>%1 ticks written</source>
        <translation>%1 resultados escritos</translation>
    </message>
    <message>
        <source>1 mark written</source>
        <translation>1 marca escrita</translation>
    </message>
    <message>
        <source>%1 marks written</source>
        <translation>%1 marcas escritas</translation>
    </message>
    <message>
        <source>1 walk-in added.</source>
        <translation>Se añadió 1 persona sin inscripción.</translation>
    </message>
    <message>
        <source>%1 walk-ins added.</source>
        <translation>Se añadieron %1 personas sin inscripción.</translation>
    </message>
    <message>
        <source>Every page read is written.</source>
        <translation>Todas las páginas leídas están escritas.</translation>
    </message>
    <message>
        <source>The page was not written</source>
        <translation>No se escribió la página</translation>
    </message>
    <message>
        <source>Scans and photos of sheets (%1);;All files (*)</source>
        <translation>Escaneos y fotos de hojas (%1);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>ParticipantPageDialog</name>
    <message>
        <source>%1 — participant</source>
        <translation>%1 — participante</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>&amp;Outcomes achieved, across programmes:</source>
        <translation>&amp;Resultados logrados, en todos los programas:</translation>
    </message>
    <message>
        <source>Outcomes achieved</source>
        <translation>Resultados logrados</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>First achieved</source>
        <translation>Logrado por primera vez</translation>
    </message>
    <message>
        <source>&amp;Pathways:</source>
        <translation>R&amp;utas:</translation>
    </message>
    <message>
        <source>Pathway progress</source>
        <translation>Avance en las rutas</translation>
    </message>
    <message>
        <source>%1: complete on %2</source>
        <translation>%1: completa el %2</translation>
    </message>
    <message>
        <source>%1: still needs %2</source>
        <translation>%1: aún le falta %2</translation>
    </message>
    <message>
        <source>No outcome is ticked as achieved for %1 yet. Outcomes are ticked on a session&apos;s Outcomes page (Roster tab).</source>
        <translation>Todavía no hay ningún resultado marcado como logrado para %1. Los resultados se marcan en la página Resultados de una sesión (pestaña Lista).</translation>
    </message>
    <message>
        <source>%1 in %2.</source>
        <translation>%1 en %2.</translation>
    </message>
    <message>
        <source>1 outcome</source>
        <translation>1 resultado</translation>
    </message>
    <message>
        <source>%1 outcomes</source>
        <translation>%1 resultados</translation>
    </message>
    <message>
        <source>1 programme</source>
        <translation>1 programa</translation>
    </message>
    <message>
        <source>%1 programmes</source>
        <translation>%1 programas</translation>
    </message>
    <message>
        <source>No pathways yet. A pathway groups programmes that together earn a certificate; make one in a programme&apos;s Edit dialog.</source>
        <translation>Todavía no hay rutas. Una ruta agrupa programas que juntos dan un certificado; créela en el diálogo Editar de un programa.</translation>
    </message>
    <message>
        <source>The page could not be loaded (%1); details are in the log file.</source>
        <translation>No se pudo cargar la página (%1); los detalles están en el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>PathwayPage</name>
    <message>
        <source>Pathways with this programme</source>
        <translation>Rutas con este programa</translation>
    </message>
    <message>
        <source>Name of the new pathway</source>
        <translation>Nombre de la nueva ruta</translation>
    </message>
    <message>
        <source>e.g. Safety certificate</source>
        <translation>p. ej., Certificado de seguridad</translation>
    </message>
    <message>
        <source>New pathway na&amp;me:</source>
        <translation>No&amp;mbre de la nueva ruta:</translation>
    </message>
    <message>
        <source>Other programmes in the new pathway</source>
        <translation>Otros programas de la nueva ruta</translation>
    </message>
    <message>
        <source>Also &amp;in it (Space ticks):</source>
        <translation>&amp;Incluye también (Espacio marca):</translation>
    </message>
    <message>
        <source>An&amp;y one of the ticked programmes is enough</source>
        <translation>&amp;Basta con uno cualquiera de los programas marcados</translation>
    </message>
    <message>
        <source>Unticked: this programme and every ticked one are needed. Ticked: this programme and any one of the ticked ones.</source>
        <translation>Sin marcar: se necesitan este programa y todos los marcados. Marcada: este programa y uno cualquiera de los marcados.</translation>
    </message>
    <message>
        <source>&amp;Create pathway</source>
        <translation>Cr&amp;ear ruta</translation>
    </message>
    <message>
        <source>Save the programme first; then reopen it with Edit to put it in a pathway (programmes that together earn a certificate).</source>
        <translation>Guarde primero el programa; luego ábralo de nuevo con Editar para ponerlo en una ruta (programas que juntos dan un certificado).</translation>
    </message>
    <message>
        <source>%1: needs %2</source>
        <translation>%1: necesita %2</translation>
    </message>
    <message>
        <source>This programme is not in a pathway yet. A pathway groups programmes that together earn a certificate: make one below.</source>
        <translation>Este programa todavía no está en ninguna ruta. Una ruta agrupa programas que juntos dan un certificado: cree una abajo.</translation>
    </message>
    <message>
        <source>Pathways with this programme:</source>
        <translation>Rutas con este programa:</translation>
    </message>
    <message>
        <source>Tick two or more programmes to offer a choice, or untick “Any one … is enough”.</source>
        <translation>Marque dos o más programas para ofrecer una opción, o desmarque “Basta con uno cualquiera…”.</translation>
    </message>
    <message>
        <source>Pathway “%1” created.</source>
        <translation>Se creó la ruta “%1”.</translation>
    </message>
    <message>
        <source>Something went wrong (%1); details are in the log file.</source>
        <translation>Algo salió mal (%1); los detalles están en el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>Save the programme</source>
        <translation>Guardar el programa</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <source>After every session</source>
        <translation>Después de cada sesión</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Cada día</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Cada mes</translation>
    </message>
    <message>
        <source>Once, at the end</source>
        <translation>Una vez, al final</translation>
    </message>
    <message>
        <source>How often the programme is reported on</source>
        <translation>Con qué frecuencia se informa sobre el programa</translation>
    </message>
    <message>
        <source>Report &amp;frequency:</source>
        <translation>&amp;Frecuencia de informes:</translation>
    </message>
    <message>
        <source>Pat&amp;hways</source>
        <translation>&amp;Rutas</translation>
    </message>
    <message>
        <source>New programme</source>
        <translation>Nuevo programa</translation>
    </message>
    <message>
        <source>Edit programme — %1</source>
        <translation>Editar programa — %1</translation>
    </message>
    <message>
        <source>Choose at least one weekday.</source>
        <translation>Elija al menos un día de la semana.</translation>
    </message>
    <message>
        <source>Choose exactly one weekday for “a weekday of the month”.</source>
        <translation>Elija exactamente un día de la semana para “un día de la semana del mes”.</translation>
    </message>
    <message>
        <source>Say when the programme ends.</source>
        <translation>Indique cuándo termina el programa.</translation>
    </message>
    <message>
        <source>The outcome “%1” is listed twice.</source>
        <translation>El resultado “%1” aparece dos veces.</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>&amp;El día:</translation>
    </message>
    <message>
        <source>S&amp;tarts on:</source>
        <translation>&amp;Empieza el:</translation>
    </message>
    <message>
        <source>This schedule makes no sessions; check the dates and weekdays.</source>
        <translation>Este calendario no crea ninguna sesión; revise las fechas y los días de la semana.</translation>
    </message>
    <message>
        <source>Save the programme (Ctrl+Enter)</source>
        <translation>Guardar el programa (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>No sessions to preview until the problem below is fixed.</source>
        <translation>No hay sesiones que mostrar hasta que se corrija el problema de abajo.</translation>
    </message>
    <message>
        <source>1 session, on %1, %2–%3 (%4).</source>
        <translation>1 sesión, el %1, %2–%3 (%4).</translation>
    </message>
    <message>
        <source>%1 sessions, from %2 to %3, each %4–%5 (%6).</source>
        <translation>%1 sesiones, del %2 al %3, cada una %4–%5 (%6).</translation>
    </message>
    <message>
        <source>1 excluded date skipped.</source>
        <translation>Se omite 1 fecha excluida.</translation>
    </message>
    <message>
        <source>%1 excluded dates skipped.</source>
        <translation>Se omiten %1 fechas excluidas.</translation>
    </message>
    <message>
        <source>Saving keeps every session whose date is still in this schedule (its printed sheet stays valid), past sessions and any session with marks, ticks or a report; only dates no longer in the schedule are removed.</source>
        <translation>Al guardar se conserva toda sesión cuya fecha sigue en este calendario (su hoja impresa sigue siendo válida), las sesiones pasadas y toda sesión con marcas, resultados o informe; solo se quitan las fechas que ya no están en el calendario.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>%1 is already running “%2” on %3, %4–%5, while a session of this programme is on.</source>
        <translation>%1 ya dirige “%2” el %3, %4–%5, a la misma hora que una sesión de este programa.</translation>
    </message>
    <message>
        <source>The facilitator</source>
        <translation>El facilitador</translation>
    </message>
    <message>
        <source>1 more session clashes too.</source>
        <translation>1 sesión más también coincide.</translation>
    </message>
    <message>
        <source>%1 more sessions clash too.</source>
        <translation>%1 sesiones más también coinciden.</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Volver</translation>
    </message>
    <message>
        <source>Double-booked</source>
        <translation>Doble reserva</translation>
    </message>
    <message>
        <source>Save &amp;anyway</source>
        <translation>Guardar &amp;de todos modos</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> y %1 más</translation>
    </message>
    <message>
        <source>1 session will be removed because its date is no longer in the schedule: %2. Nothing was recorded in it; a sheet already printed for it will not match any session.</source>
        <translation>Se quitará 1 sesión porque su fecha ya no está en el calendario: %2. No tenía nada registrado; una hoja ya impresa para ella no corresponderá a ninguna sesión.</translation>
    </message>
    <message>
        <source>%1 sessions will be removed because their dates are no longer in the schedule: %2. Nothing was recorded in them; a sheet already printed for one of them will not match any session.</source>
        <translation>Se quitarán %1 sesiones porque sus fechas ya no están en el calendario: %2. No tenían nada registrado; una hoja ya impresa para alguna de ellas no corresponderá a ninguna sesión.</translation>
    </message>
    <message>
        <source>1 session already has marks, ticks or a report but is no longer in the schedule: %2. It is kept as it is; cancel it if it will not happen.</source>
        <translation>1 sesión ya tiene marcas, resultados o informe, pero ya no está en el calendario: %2. Se conserva tal cual; cancélela si no se va a realizar.</translation>
    </message>
    <message>
        <source>%1 sessions already have marks, ticks or a report but are no longer in the schedule: %2. They are kept as they are; cancel them if they will not happen.</source>
        <translation>%1 sesiones ya tienen marcas, resultados o informe, pero ya no están en el calendario: %2. Se conservan tal cual; cancélelas si no se van a realizar.</translation>
    </message>
    <message>
        <source>1 future session takes the new time, length, place or facilitator; a sheet printed for it shows the old details.</source>
        <translation>1 sesión futura toma la nueva hora, duración, lugar o facilitador; una hoja impresa para ella muestra los datos anteriores.</translation>
    </message>
    <message>
        <source>%1 future sessions take the new time, length, place or facilitator; sheets printed for them show the old details.</source>
        <translation>%1 sesiones futuras toman la nueva hora, duración, lugar o facilitador; las hojas impresas para ellas muestran los datos anteriores.</translation>
    </message>
    <message>
        <source>1 session will be added: %2.</source>
        <translation>Se añadirá 1 sesión: %2.</translation>
    </message>
    <message>
        <source>%1 sessions will be added: %2.</source>
        <translation>Se añadirán %1 sesiones: %2.</translation>
    </message>
    <message>
        <source>1 session keeps its identity, so its printed sheet and QR code stay valid.</source>
        <translation>1 sesión conserva su identidad, así que su hoja impresa y su código QR siguen siendo válidos.</translation>
    </message>
    <message>
        <source>%1 sessions keep their identity, so their printed sheets and QR codes stay valid.</source>
        <translation>%1 sesiones conservan su identidad, así que sus hojas impresas y códigos QR siguen siendo válidos.</translation>
    </message>
    <message>
        <source>Change the schedule?</source>
        <translation>¿Cambiar el calendario?</translation>
    </message>
    <message>
        <source>&amp;Save the change</source>
        <translation>&amp;Guardar el cambio</translation>
    </message>
    <message>
        <source>The programme could not be saved (%1). Details are in the log file.</source>
        <translation>No se pudo guardar el programa (%1). Los detalles están en el archivo de registro.</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Programme sections</source>
        <translation>Secciones del programa</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Calendario</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Programme name</source>
        <translation>Nombre del programa</translation>
    </message>
    <message>
        <source>e.g. Family Development Sessions</source>
        <translation>p. ej., Sesiones de Desarrollo Familiar</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>Se re&amp;pite:</translation>
    </message>
    <message>
        <source>How often it repeats</source>
        <translation>Con qué frecuencia se repite</translation>
    </message>
    <message>
        <source>Once-off</source>
        <translation>Una sola vez</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Cada dos semanas</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Cada tres meses</translation>
    </message>
    <message>
        <source>Custom rule (RRULE)</source>
        <translation>Regla personalizada (RRULE)</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Días:</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>Días de la semana</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Lun</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Lunes</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Martes</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mié</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Miércoles</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Jue</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jueves</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Vie</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Viernes</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sáb</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sábado</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Dom</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Domingo</translation>
    </message>
    <message>
        <source>&amp;Day of the month:</source>
        <translation>&amp;Día del mes:</translation>
    </message>
    <message>
        <source>Which day of the month</source>
        <translation>Qué día del mes</translation>
    </message>
    <message>
        <source>The start date&apos;s day number</source>
        <translation>El mismo número de día que la fecha de inicio</translation>
    </message>
    <message>
        <source>A weekday of the month</source>
        <translation>Un día de la semana del mes</translation>
    </message>
    <message>
        <source>Which week of the month</source>
        <translation>Qué semana del mes</translation>
    </message>
    <message>
        <source>1st</source>
        <translation>1.º</translation>
    </message>
    <message>
        <source>2nd</source>
        <translation>2.º</translation>
    </message>
    <message>
        <source>3rd</source>
        <translation>3.º</translation>
    </message>
    <message>
        <source>4th</source>
        <translation>4.º</translation>
    </message>
    <message>
        <source>last</source>
        <translation>último</translation>
    </message>
    <message>
        <source>R&amp;ule:</source>
        <translation>Regl&amp;a:</translation>
    </message>
    <message>
        <source>Custom recurrence rule</source>
        <translation>Regla de repetición personalizada</translation>
    </message>
    <message>
        <source>e.g. FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10</source>
        <translation>p. ej., FREQ=WEEKLY;BYDAY=MO,WE;COUNT=10</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Fecha de inicio</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>H&amp;ora:</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>&amp;lasting</source>
        <translation>d&amp;urante</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Duración en minutos</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Termina:</translation>
    </message>
    <message>
        <source>When the programme ends</source>
        <translation>Cuándo termina el programa</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Hasta el día</translation>
    </message>
    <message>
        <source>Ends on a date</source>
        <translation>Termina en una fecha</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Fecha de fin</translation>
    </message>
    <message>
        <source>After a num&amp;ber of sessions</source>
        <translation>Tras un número de se&amp;siones</translation>
    </message>
    <message>
        <source>Ends after a number of sessions</source>
        <translation>Termina tras un número de sesiones</translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation>Número de sesiones</translation>
    </message>
    <message>
        <source> sessions</source>
        <translation> sesiones</translation>
    </message>
    <message>
        <source>After a number of &amp;weeks</source>
        <translation>Tras un número de se&amp;manas</translation>
    </message>
    <message>
        <source>Ends after a number of weeks</source>
        <translation>Termina tras un número de semanas</translation>
    </message>
    <message>
        <source>Number of weeks</source>
        <translation>Número de semanas</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semanas</translation>
    </message>
    <message>
        <source>As the rule says (its UNTIL or COUNT)</source>
        <translation>Como dice la regla (su UNTIL o COUNT)</translation>
    </message>
    <message>
        <source>Ends as the custom rule says</source>
        <translation>Termina como dice la regla personalizada</translation>
    </message>
    <message>
        <source>No s&amp;ession on:</source>
        <translation>S&amp;in sesión el:</translation>
    </message>
    <message>
        <source>Date to exclude</source>
        <translation>Fecha a excluir</translation>
    </message>
    <message>
        <source>E&amp;xclude</source>
        <translation>E&amp;xcluir</translation>
    </message>
    <message>
        <source>Exclude this date</source>
        <translation>Excluir esta fecha</translation>
    </message>
    <message>
        <source>Excluded dates</source>
        <translation>Fechas excluidas</translation>
    </message>
    <message>
        <source>Include a&amp;gain</source>
        <translation>Incluir de nue&amp;vo</translation>
    </message>
    <message>
        <source>Remove the selected excluded date</source>
        <translation>Quitar la fecha excluida seleccionada</translation>
    </message>
    <message>
        <source>&amp;Place and rules</source>
        <translation>&amp;Lugar y reglas</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ubicación:</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>e.g. Barangay Hall, San Isidro</source>
        <translation>p. ej., Salón comunal, San Isidro</translation>
    </message>
    <message>
        <source>Online lin&amp;k:</source>
        <translation>Enlace en lí&amp;nea:</translation>
    </message>
    <message>
        <source>Online link</source>
        <translation>Enlace en línea</translation>
    </message>
    <message>
        <source>https://… (for sessions held online)</source>
        <translation>https://… (para sesiones en línea)</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>C&amp;apacidad:</translation>
    </message>
    <message>
        <source>Capacity (0 for no limit)</source>
        <translation>Capacidad (0 para sin límite)</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source> places</source>
        <translation> plazas</translation>
    </message>
    <message>
        <source>Required &amp;attendance:</source>
        <translation>Asistencia re&amp;querida:</translation>
    </message>
    <message>
        <source>Required attendance in percent</source>
        <translation>Asistencia requerida en porcentaje</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>E&amp;xcused absences:</source>
        <translation>Ausencias &amp;justificadas:</translation>
    </message>
    <message>
        <source>How excused absences count</source>
        <translation>Cómo cuentan las ausencias justificadas</translation>
    </message>
    <message>
        <source>Count as attended</source>
        <translation>Cuentan como asistencia</translation>
    </message>
    <message>
        <source>Are left out of the rate</source>
        <translation>Fuera del porcentaje</translation>
    </message>
    <message>
        <source>Count as absent</source>
        <translation>Cuentan como ausencia</translation>
    </message>
    <message>
        <source>Topics and o&amp;utcomes</source>
        <translation>&amp;Temas y resultados</translation>
    </message>
    <message>
        <source>&amp;Topics, one per line:</source>
        <translation>T&amp;emas, uno por línea:</translation>
    </message>
    <message>
        <source>Topics, one per line</source>
        <translation>Temas, uno por línea</translation>
    </message>
    <message>
        <source>Outcomes to tic&amp;k off, in order:</source>
        <translation>Resultados a &amp;marcar, en orden:</translation>
    </message>
    <message>
        <source>New outcome</source>
        <translation>Nuevo resultado</translation>
    </message>
    <message>
        <source>Type an outcome and press Enter</source>
        <translation>Escriba un resultado y pulse Enter</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Add the outcome</source>
        <translation>Añadir el resultado</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>&amp;Move up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move the selected outcome up</source>
        <translation>Subir el resultado seleccionado</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Move the selected outcome down</source>
        <translation>Bajar el resultado seleccionado</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected outcome</source>
        <translation>Quitar el resultado seleccionado</translation>
    </message>
    <message>
        <source>Sessions it will create</source>
        <translation>Sesiones que creará</translation>
    </message>
    <message>
        <source>Preview summary</source>
        <translation>Resumen de la vista previa</translation>
    </message>
    <message>
        <source>Dates of the sessions</source>
        <translation>Fechas de las sesiones</translation>
    </message>
    <message>
        <source>Problem to fix before saving</source>
        <translation>Problema que corregir antes de guardar</translation>
    </message>
</context>
<context>
    <name>ProgrammeTableModel</name>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Con plaza</translation>
    </message>
    <message>
        <source>Starts %1 at %2 (%3)</source>
        <translation>Empieza el %1 a las %2 (%3)</translation>
    </message>
    <message>
        <source>Required attendance: %1%</source>
        <translation>Asistencia requerida: %1%</translation>
    </message>
    <message>
        <source>All programmes</source>
        <translation>Todos los programas</translation>
    </message>
    <message>
        <source>(+%1 waiting)</source>
        <translation>(+%1 en espera)</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
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
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleccionar todo</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
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
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleccionar todo</translation>
    </message>
</context>
<context>
    <name>ReportsOwedDialog</name>
    <message>
        <source>Reports owed</source>
        <translation>Informes pendientes</translation>
    </message>
    <message>
        <source>&amp;Reports not written yet:</source>
        <translation>&amp;Informes sin escribir:</translation>
    </message>
    <message>
        <source>Reports not written yet</source>
        <translation>Informes sin escribir</translation>
    </message>
    <message>
        <source>&amp;Notes for the chosen report:</source>
        <translation>&amp;Notas del informe elegido:</translation>
    </message>
    <message>
        <source>Notes for the chosen report</source>
        <translation>Notas del informe elegido</translation>
    </message>
    <message>
        <source>What happened in this period: who came, what was covered, what needs follow-up.</source>
        <translation>Qué pasó en este periodo: quién vino, qué se vio, qué necesita seguimiento.</translation>
    </message>
    <message>
        <source>&amp;Submit report</source>
        <translation>&amp;Enviar informe</translation>
    </message>
    <message>
        <source>Submit the chosen report</source>
        <translation>Enviar el informe elegido</translation>
    </message>
    <message>
        <source>Submit the chosen report with these notes (Ctrl+Enter)</source>
        <translation>Enviar el informe elegido con estas notas (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Open the session</source>
        <translation>&amp;Abrir la sesión</translation>
    </message>
    <message>
        <source>Open the chosen session&apos;s roll, where its report is written in full</source>
        <translation>Abrir la lista de la sesión elegida, donde se escribe su informe completo</translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation>Sesión del %1</translation>
    </message>
    <message>
        <source>Day of %1</source>
        <translation>Día %1</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semana del %1</translation>
    </message>
    <message>
        <source>Final report, %1</source>
        <translation>Informe final, %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>No reports are owed. When a programme&apos;s report period is over (each session, day, week or month, or the end, as set in the programme), its report is asked for here.</source>
        <translation>No hay informes pendientes. Cuando termina el periodo de informe de un programa (cada sesión, día, semana o mes, o al final, según lo indicado en el programa), su informe se pide aquí.</translation>
    </message>
    <message>
        <source>1 report owed, overdue (more than a week late). Write its notes and press Submit.</source>
        <translation>1 informe pendiente, atrasado (más de una semana de retraso). Escriba sus notas y pulse Enviar.</translation>
    </message>
    <message>
        <source>1 report owed. Write its notes and press Submit.</source>
        <translation>1 informe pendiente. Escriba sus notas y pulse Enviar.</translation>
    </message>
    <message>
        <source>%1 reports owed, %2 of them overdue (more than a week late). Choose one, write its notes and press Submit.</source>
        <translation>%1 informes pendientes, %2 de ellos atrasados (más de una semana de retraso). Elija uno, escriba sus notas y pulse Enviar.</translation>
    </message>
    <message>
        <source>Something went wrong (%1); details are in the log file.</source>
        <translation>Algo salió mal (%1); los detalles están en el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>The printer could not be opened.</source>
        <translation>No se pudo abrir la impresora.</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Hoja de asistencia</translation>
    </message>
    <message>
        <source>Attendance sheets for dates</source>
        <translation>Hojas de asistencia por fechas</translation>
    </message>
    <message>
        <source>Tick-off template</source>
        <translation>Plantilla de resultados</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Cumplimiento</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Certificados</translation>
    </message>
    <message>
        <source>Only sessions &amp;between</source>
        <translation>Solo sesiones en&amp;tre</translation>
    </message>
    <message>
        <source>Limits the hours report and the exports to the sessions dated between these days</source>
        <translation>Limita el informe de horas y las exportaciones a las sesiones con fecha entre estos días</translation>
    </message>
    <message>
        <source>First date</source>
        <translation>Primera fecha</translation>
    </message>
    <message>
        <source>Last date</source>
        <translation>Última fecha</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Each month</source>
        <translation>Cada mes</translation>
    </message>
    <message>
        <source>Each week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <source>Whole programme only</source>
        <translation>Solo el programa completo</translation>
    </message>
    <message>
        <source>A tick box per status</source>
        <translation>Una casilla por estado</translation>
    </message>
    <message>
        <source>A column to sign</source>
        <translation>Una columna para firmar</translation>
    </message>
    <message>
        <source>Print what is recor&amp;ded</source>
        <translation>Imprimir lo registrad&amp;o</translation>
    </message>
    <message>
        <source>Tick the recorded marks, outcomes and session report instead of leaving them blank</source>
        <translation>Marcar las asistencias, resultados e informe de sesión registrados en vez de dejarlos en blanco</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>&amp;Landscape</source>
        <translation>&amp;Horizontal</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Informe:</translation>
    </message>
    <message>
        <source>Pro&amp;gramme:</source>
        <translation>Pro&amp;grama:</translation>
    </message>
    <message>
        <source>Sessi&amp;on:</source>
        <translation>Sesió&amp;n:</translation>
    </message>
    <message>
        <source>P&amp;eriods:</source>
        <translation>Pe&amp;riodos:</translation>
    </message>
    <message>
        <source>La&amp;yout:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>Pape&amp;l:</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>Previe&amp;w</source>
        <translation>Vista &amp;previa</translation>
    </message>
    <message>
        <source>Build the preview again</source>
        <translation>Volver a crear la vista previa</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar P&amp;DF…</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>I&amp;mprimir…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Export to CSV or XLSX</source>
        <translation>Exportar a CSV o XLSX</translation>
    </message>
    <message>
        <source>&amp;Attendance…</source>
        <translation>&amp;Asistencia…</translation>
    </message>
    <message>
        <source>&amp;Compliance…</source>
        <translation>&amp;Cumplimiento…</translation>
    </message>
    <message>
        <source>&amp;Hours…</source>
        <translation>&amp;Horas…</translation>
    </message>
    <message>
        <source>Every &amp;programme</source>
        <translation>Todos los &amp;programas</translation>
    </message>
    <message>
        <source>Progress of the report</source>
        <translation>Avance del informe</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Estado del informe</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>Qué imprimir</translation>
    </message>
    <message>
        <source>Preview of the report</source>
        <translation>Vista previa del informe</translation>
    </message>
    <message>
        <source>Choose a programme and a session to see a preview.</source>
        <translation>Elija un programa y una sesión para ver una vista previa.</translation>
    </message>
    <message>
        <source>There is no programme yet: create one in the Sessions tab.</source>
        <translation>Todavía no hay ningún programa: cree uno en la pestaña Sesiones.</translation>
    </message>
    <message>
        <source>Reading the data…</source>
        <translation>Leyendo los datos…</translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation>Componiendo las páginas…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <source>Sending the pages to the printer…</source>
        <translation>Enviando las páginas a la impresora…</translation>
    </message>
    <message>
        <source>1 page sent to the printer.</source>
        <translation>Se envió 1 página a la impresora.</translation>
    </message>
    <message>
        <source>%1 pages sent to the printer.</source>
        <translation>Se enviaron %1 páginas a la impresora.</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Escribiendo el archivo…</translation>
    </message>
    <message>
        <source>Exported 1 line to %2.</source>
        <translation>Se exportó 1 línea a %2.</translation>
    </message>
    <message>
        <source>Exported %1 lines to %2.</source>
        <translation>Se exportaron %1 líneas a %2.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Imprimir informe</translation>
    </message>
    <message>
        <source>The report could not be made (%1); details are in the log file.</source>
        <translation>No se pudo crear el informe (%1); los detalles están en el archivo de registro.</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 páginas</translation>
    </message>
    <message>
        <source>Preview ready.</source>
        <translation>Vista previa lista.</translation>
    </message>
    <message>
        <source>&amp;Portrait</source>
        <translation>Verti&amp;cal</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (cancelado)</translation>
    </message>
    <message>
        <source>The programmes could not be loaded; details are in the log file.</source>
        <translation>No se pudieron cargar los programas; los detalles están en el archivo de registro.</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
</context>
<context>
    <name>RollTableModel</name>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Justificado</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>Sin marcar</translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation>Aún sin evaluar</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Va bien</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Non-compliant</source>
        <translation>No cumple</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>Sin inscr.</translation>
    </message>
    <message>
        <source>Attendance rate</source>
        <translation>Porcentaje de asistencia</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Con plaza</translation>
    </message>
    <message>
        <source>waiting for a place</source>
        <translation>esperando una plaza</translation>
    </message>
    <message>
        <source>no sessions yet</source>
        <translation>aún sin sesiones</translation>
    </message>
    <message>
        <source>%1 missed in a row</source>
        <translation>%1 faltas seguidas</translation>
    </message>
    <message>
        <source>P present · L late · E excused · A absent · Delete clears</source>
        <translation>P presente · L tarde · E justificado · A ausente · Delete borra</translation>
    </message>
    <message>
        <source>Added at the door (walk-in)</source>
        <translation>Añadido en la puerta (sin inscripción)</translation>
    </message>
    <message>
        <source>%1 — the programme asks for %2 % attendance</source>
        <translation>%1 — el programa pide %2 % de asistencia</translation>
    </message>
</context>
<context>
    <name>RosterTab</name>
    <message>
        <source>Roster</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Choose a session in the Sessions tab, or press Ctrl+R (Take roll), to take its roll.</source>
        <translation>Elija una sesión en la pestaña Sesiones, o pulse Ctrl+R (Pasar lista), para pasar su lista.</translation>
    </message>
    <message>
        <source>No session chosen</source>
        <translation>Ninguna sesión elegida</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Session details</source>
        <translation>Detalles de la sesión</translation>
    </message>
    <message>
        <source>Roll counts</source>
        <translation>Recuentos de la lista</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Roster pages</source>
        <translation>Páginas de la lista</translation>
    </message>
    <message>
        <source>Roll &amp;call</source>
        <translation>&amp;Pase de lista</translation>
    </message>
    <message>
        <source>E&amp;nrolment</source>
        <translation>&amp;Inscripción</translation>
    </message>
    <message>
        <source>Ou&amp;tcomes</source>
        <translation>&amp;Resultados</translation>
    </message>
    <message>
        <source>Session re&amp;port</source>
        <translation>In&amp;forme de la sesión</translation>
    </message>
    <message>
        <source>Search the roll by name or ID</source>
        <translation>Buscar en la lista por nombre o ID</translation>
    </message>
    <message>
        <source>Search name or ID  ( / or Ctrl+F )</source>
        <translation>Buscar nombre o ID  ( / o Ctrl+F )</translation>
    </message>
    <message>
        <source>Mark all present</source>
        <translation>Todos presentes</translation>
    </message>
    <message>
        <source>Mark everyone not marked yet present</source>
        <translation>Marcar como presentes a todos los que aún no tienen marca</translation>
    </message>
    <message>
        <source>Everyone not marked yet (Ctrl+Shift+P)</source>
        <translation>Todos los que aún no tienen marca (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Mark the rest absent</source>
        <translation>Resto ausentes</translation>
    </message>
    <message>
        <source>Mark everyone not marked yet absent</source>
        <translation>Marcar como ausentes a todos los que aún no tienen marca</translation>
    </message>
    <message>
        <source>Everyone not marked yet (Ctrl+Shift+A)</source>
        <translation>Todos los que aún no tienen marca (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the last mark</source>
        <translation>Deshacer la última marca</translation>
    </message>
    <message>
        <source>Undo the last mark (Ctrl+Z)</source>
        <translation>Deshacer la última marca (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Add walk-in…</source>
        <translation>Sin inscripción…</translation>
    </message>
    <message>
        <source>Add a walk-in</source>
        <translation>Añadir una persona sin inscripción</translation>
    </message>
    <message>
        <source>Someone at the door (+ or Ctrl+Shift+N)</source>
        <translation>Alguien en la puerta (+ o Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Import roster…</source>
        <translation>Importar lista…</translation>
    </message>
    <message>
        <source>Import a roster file</source>
        <translation>Importar un archivo de lista</translation>
    </message>
    <message>
        <source>CSV or XLSX file (Ctrl+I)</source>
        <translation>Archivo CSV o XLSX (Ctrl+I)</translation>
    </message>
    <message>
        <source>Read pape&amp;r sheets…</source>
        <translation>Leer hojas en pape&amp;l…</translation>
    </message>
    <message>
        <source>Read ticked attendance sheets back in</source>
        <translation>Volver a leer las hojas de asistencia marcadas</translation>
    </message>
    <message>
        <source>Scans or photos of printed tick sheets</source>
        <translation>Escaneos o fotos de hojas de marcar impresas</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>P present, L late, E excused, A absent, Delete clears; arrows move; Ctrl+Z undoes; slash searches</source>
        <translation>P presente, L tarde, E justificado, A ausente, Delete borra; las flechas mueven; Ctrl+Z deshace; la barra / busca</translation>
    </message>
    <message>
        <source>&lt;b&gt;P&lt;/b&gt; present · &lt;b&gt;L&lt;/b&gt; late · &lt;b&gt;E&lt;/b&gt; excused · &lt;b&gt;A&lt;/b&gt; absent · &lt;b&gt;Del&lt;/b&gt; clear · &lt;b&gt;↑ ↓ Enter&lt;/b&gt; move · &lt;b&gt;Ctrl+Z&lt;/b&gt; undo · &lt;b&gt;/&lt;/b&gt; search · &lt;b&gt;+&lt;/b&gt; walk-in</source>
        <translation>&lt;b&gt;P&lt;/b&gt; presente · &lt;b&gt;L&lt;/b&gt; tarde · &lt;b&gt;E&lt;/b&gt; justificado · &lt;b&gt;A&lt;/b&gt; ausente · &lt;b&gt;Del&lt;/b&gt; borrar · &lt;b&gt;↑ ↓ Enter&lt;/b&gt; mover · &lt;b&gt;Ctrl+Z&lt;/b&gt; deshacer · &lt;b&gt;/&lt;/b&gt; buscar · &lt;b&gt;+&lt;/b&gt; sin inscripción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Undo the last change on this tab</source>
        <translation>Deshacer el último cambio en esta pestaña</translation>
    </message>
    <message>
        <source>Find a person on the roll</source>
        <translation>Buscar a una persona en la lista</translation>
    </message>
    <message>
        <source>Mark everyone present</source>
        <translation>Marcar a todos como presentes</translation>
    </message>
    <message>
        <source>Show the current person&apos;s mark history</source>
        <translation>Ver el historial de marcas de la persona actual</translation>
    </message>
    <message>
        <source>Reload the roll</source>
        <translation>Volver a cargar la lista</translation>
    </message>
    <message>
        <source>Attendance rates could not be worked out</source>
        <translation>No se pudieron calcular los porcentajes de asistencia</translation>
    </message>
    <message>
        <source>The roll could not be read</source>
        <translation>No se pudo leer la lista</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>Tema: %1</translation>
    </message>
    <message>
        <source>This session was cancelled%1; its roll cannot be taken.</source>
        <translation>Esta sesión se canceló%1; no se puede pasar su lista.</translation>
    </message>
    <message>
        <source>Recorded as not held (%1); its roll cannot be taken.</source>
        <translation>Registrada como no realizada (%1); no se puede pasar su lista.</translation>
    </message>
    <message>
        <source>This session has not started yet; roll can be taken from one hour before it starts.</source>
        <translation>Esta sesión aún no ha empezado; se puede pasar lista desde una hora antes del inicio.</translation>
    </message>
    <message>
        <source>Nobody is on this roll yet: import a roster (Ctrl+I), enrol people (Enrolment page) or add a walk-in (+).</source>
        <translation>Todavía no hay nadie en esta lista: importe una lista (Ctrl+I), inscriba personas (página Inscripción) o añada a alguien sin inscripción (+).</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on the roll</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; en la lista</translation>
    </message>
    <message>
        <source>%1 present</source>
        <comment>one</comment>
        <translation>%1 presente</translation>
    </message>
    <message>
        <source>%1 present</source>
        <comment>many</comment>
        <translation>%1 presentes</translation>
    </message>
    <message>
        <source>%1 late</source>
        <comment>one</comment>
        <translation>%1 tarde</translation>
    </message>
    <message>
        <source>%1 late</source>
        <comment>many</comment>
        <translation>%1 tarde</translation>
    </message>
    <message>
        <source>%1 excused</source>
        <comment>one</comment>
        <translation>%1 justificado</translation>
    </message>
    <message>
        <source>%1 excused</source>
        <comment>many</comment>
        <translation>%1 justificados</translation>
    </message>
    <message>
        <source>%1 absent</source>
        <comment>one</comment>
        <translation>%1 ausente</translation>
    </message>
    <message>
        <source>%1 absent</source>
        <comment>many</comment>
        <translation>%1 ausentes</translation>
    </message>
    <message>
        <source>%1 not marked</source>
        <comment>one</comment>
        <translation>%1 sin marcar</translation>
    </message>
    <message>
        <source>%1 not marked</source>
        <comment>many</comment>
        <translation>%1 sin marcar</translation>
    </message>
    <message>
        <source>mark of %1</source>
        <translation>marca de %1</translation>
    </message>
    <message>
        <source>The mark was not saved</source>
        <translation>No se guardó la marca</translation>
    </message>
    <message>
        <source>“%1” for everyone not marked</source>
        <translation>“%1” para todos los que no tienen marca</translation>
    </message>
    <message>
        <source>Nobody is left unmarked.</source>
        <translation>No queda nadie sin marcar.</translation>
    </message>
    <message>
        <source>Marked %1 people %2. Ctrl+Z undoes this.</source>
        <translation>Se marcó a %1 personas como %2. Ctrl+Z lo deshace.</translation>
    </message>
    <message>
        <source>Nothing was marked</source>
        <translation>No se marcó nada</translation>
    </message>
    <message>
        <source>Nothing to undo on this page.</source>
        <translation>No hay nada que deshacer en esta página.</translation>
    </message>
    <message>
        <source>Nothing to undo on this roll since it was opened.</source>
        <translation>No hay nada que deshacer en esta lista desde que se abrió.</translation>
    </message>
    <message>
        <source>Undone: %1 is no longer on this roll.</source>
        <translation>Deshecho: %1 ya no está en esta lista.</translation>
    </message>
    <message>
        <source>Undo failed</source>
        <translation>No se pudo deshacer</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nada que deshacer.</translation>
    </message>
    <message>
        <source>Undone: %1 is %2 again.</source>
        <translation>Deshecho: %1 vuelve a estar como %2.</translation>
    </message>
    <message>
        <source>Undone: %1 marks.</source>
        <translation>Deshecho: %1 marcas.</translation>
    </message>
    <message>
        <source>The mark history could not be read</source>
        <translation>No se pudo leer el historial de marcas</translation>
    </message>
    <message>
        <source>walk-in %1</source>
        <translation>llegada de %1 sin inscripción</translation>
    </message>
    <message>
        <source>%1 is marked %2 for this session and waits for a place (the programme has none free).</source>
        <translation>%1 queda como %2 en esta sesión y espera una plaza (el programa no tiene ninguna libre).</translation>
    </message>
    <message>
        <source>%1 added as a walk-in and marked %2.</source>
        <translation>Se añadió a %1 sin inscripción, como %2.</translation>
    </message>
    <message>
        <source>%1 is on the roll and marked %2.</source>
        <translation>%1 está en la lista, como %2.</translation>
    </message>
    <message>
        <source>The walk-in was not added</source>
        <translation>No se añadió a la persona sin inscripción</translation>
    </message>
</context>
<context>
    <name>SessionReportForm</name>
    <message>
        <source>Session report</source>
        <translation>Informe de la sesión</translation>
    </message>
    <message>
        <source>The session was he&amp;ld</source>
        <translation>La sesión se reali&amp;zó</translation>
    </message>
    <message>
        <source>The session was held</source>
        <translation>La sesión se realizó</translation>
    </message>
    <message>
        <source>It &amp;did not happen</source>
        <translation>&amp;No se realizó</translation>
    </message>
    <message>
        <source>The session did not happen</source>
        <translation>La sesión no se realizó</translation>
    </message>
    <message>
        <source>Why it did not happen</source>
        <translation>Por qué no se realizó</translation>
    </message>
    <message>
        <source>Why, e.g. flooding on the road</source>
        <translation>Por qué, p. ej., el camino estaba inundado</translation>
    </message>
    <message>
        <source>Topics covered (Space ticks)</source>
        <translation>Temas tratados (Espacio marca)</translation>
    </message>
    <message>
        <source>Other topics covered</source>
        <translation>Otros temas tratados</translation>
    </message>
    <message>
        <source>Other topics, separated by commas</source>
        <translation>Otros temas, separados por comas</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>What happened, what to follow up</source>
        <translation>Qué pasó, qué requiere seguimiento</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitador</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Sesión:</translation>
    </message>
    <message>
        <source>Top&amp;ics covered:</source>
        <translation>&amp;Temas tratados:</translation>
    </message>
    <message>
        <source>Other top&amp;ics:</source>
        <translation>Otros &amp;temas:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Facilit&amp;ator:</source>
        <translation>Fa&amp;cilitador:</translation>
    </message>
    <message>
        <source>Save &amp;report</source>
        <translation>&amp;Guardar informe</translation>
    </message>
    <message>
        <source>Save the session report</source>
        <translation>Guardar el informe de la sesión</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Report state</source>
        <translation>Estado del informe</translation>
    </message>
    <message>
        <source>This session was cancelled; there is nothing to report.</source>
        <translation>Esta sesión se canceló; no hay nada que informar.</translation>
    </message>
    <message>
        <source>The report can be written once the session has started.</source>
        <translation>El informe se puede escribir una vez que empiece la sesión.</translation>
    </message>
    <message>
        <source>No report yet.</source>
        <translation>Todavía no hay informe.</translation>
    </message>
    <message>
        <source>Saved %1 by %2.</source>
        <translation>Guardado %1 por %2.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Guardado %1.</translation>
    </message>
    <message>
        <source>Say why the session did not happen.</source>
        <translation>Indique por qué no se realizó la sesión.</translation>
    </message>
    <message>
        <source>Saved automatically at %1.</source>
        <translation>Guardado automáticamente a las %1.</translation>
    </message>
    <message>
        <source>Report saved.</source>
        <translation>Informe guardado.</translation>
    </message>
    <message>
        <source>Something went wrong; the log has the details.</source>
        <translation>Algo salió mal; el registro tiene los detalles.</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Roll incomplete (%1 of %2)</source>
        <translation>Lista incompleta (%1 de %2)</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Roll taken</source>
        <translation>Lista pasada</translation>
    </message>
    <message>
        <source>Roll missing</source>
        <translation>Falta la lista</translation>
    </message>
    <message>
        <source>Roll incomplete</source>
        <translation>Lista incompleta</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Didn&apos;t happen</source>
        <translation>No se realizó</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programa</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Roll</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>%1 of %2 marked</source>
        <translation>%1 de %2 marcados</translation>
    </message>
    <message>
        <source>%1 booked</source>
        <translation>%1 con plaza</translation>
    </message>
    <message>
        <source>Facilitator: %1</source>
        <translation>Facilitador: %1</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Cancelada: %1</translation>
    </message>
    <message>
        <source>Didn&apos;t happen: %1</source>
        <translation>No se realizó: %1</translation>
    </message>
    <message>
        <source>This session has ended and no one is marked yet.</source>
        <translation>Esta sesión terminó y todavía no hay nadie marcado.</translation>
    </message>
    <message>
        <source>This session has ended and %1 of the %2 people on its roll have no mark yet.</source>
        <translation>Esta sesión terminó y %1 de las %2 personas de su lista aún no tienen marca.</translation>
    </message>
</context>
<context>
    <name>SessionsTab</name>
    <message>
        <source>P&amp;rogrammes</source>
        <translation>Pro&amp;gramas</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programas</translation>
    </message>
    <message>
        <source>Selected programme</source>
        <translation>Programa seleccionado</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>Create a new programme</source>
        <translation>Crear un programa nuevo</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the selected programme</source>
        <translation>Editar el programa seleccionado</translation>
    </message>
    <message>
        <source>Ctrl+E, or Enter on the programme</source>
        <translation>Ctrl+E, o Enter sobre el programa</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <source>Remove the selected programme</source>
        <translation>Quitar el programa seleccionado</translation>
    </message>
    <message>
        <source>Delete key in the list. Deleted when nothing was recorded in it, else archived.</source>
        <translation>Tecla Delete en la lista. Se elimina si no tiene nada registrado; si no, se archiva.</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Todas</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>&amp;Upcoming</source>
        <translation>&amp;Próximas</translation>
    </message>
    <message>
        <source>Roll &amp;missing</source>
        <translation>Sin &amp;lista</translation>
    </message>
    <message>
        <source>&amp;Past</source>
        <translation>Pasa&amp;das</translation>
    </message>
    <message>
        <source>&amp;Cancelled</source>
        <translation>&amp;Canceladas</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Todas las sesiones</translation>
    </message>
    <message>
        <source>Today&apos;s sessions</source>
        <translation>Sesiones de hoy</translation>
    </message>
    <message>
        <source>Upcoming sessions</source>
        <translation>Próximas sesiones</translation>
    </message>
    <message>
        <source>Sessions with the roll missing</source>
        <translation>Sesiones sin lista</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>Sesiones pasadas</translation>
    </message>
    <message>
        <source>Cancelled sessions</source>
        <translation>Sesiones canceladas</translation>
    </message>
    <message>
        <source>Number of sessions shown</source>
        <translation>Número de sesiones mostradas</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Selected session</source>
        <translation>Sesión seleccionada</translation>
    </message>
    <message>
        <source>&amp;Open roll</source>
        <translation>A&amp;brir lista</translation>
    </message>
    <message>
        <source>Open the roll of the selected session</source>
        <translation>Abrir la lista de la sesión seleccionada</translation>
    </message>
    <message>
        <source>Cance&amp;l session…</source>
        <translation>Cancelar ses&amp;ión…</translation>
    </message>
    <message>
        <source>Cancel the selected session, with a reason</source>
        <translation>Cancelar la sesión seleccionada, indicando el motivo</translation>
    </message>
    <message>
        <source>&amp;Didn&apos;t happen…</source>
        <translation>No se reali&amp;zó…</translation>
    </message>
    <message>
        <source>Record that the selected session did not happen, with a reason</source>
        <translation>Registrar que la sesión seleccionada no se realizó, indicando el motivo</translation>
    </message>
    <message>
        <source>Re&amp;instate</source>
        <translation>&amp;Restablecer</translation>
    </message>
    <message>
        <source>Make the selected cancelled session count again</source>
        <translation>Hacer que la sesión cancelada seleccionada vuelva a contar</translation>
    </message>
    <message>
        <source>Reports owed</source>
        <translation>Informes pendientes</translation>
    </message>
    <message>
        <source>Reports o&amp;wed…</source>
        <translation>In&amp;formes pendientes…</translation>
    </message>
    <message>
        <source>List the reports owed and write them</source>
        <translation>Ver los informes pendientes y escribirlos</translation>
    </message>
    <message>
        <source>Report submitted.</source>
        <translation>Informe enviado.</translation>
    </message>
    <message>
        <source>Choose a programme to edit.</source>
        <translation>Elija un programa para editar.</translation>
    </message>
    <message>
        <source>Choose a programme to remove.</source>
        <translation>Elija un programa para quitar.</translation>
    </message>
    <message>
        <source>Delete the programme “%1” with its %2 and %3? Nothing was recorded in it. It is also deleted from the server at the next sync; this cannot be undone.</source>
        <translation>¿Eliminar el programa “%1” con sus %2 y %3? No tiene nada registrado. También se elimina del servidor en la próxima sincronización; esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 sesión</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 sesiones</translation>
    </message>
    <message>
        <source>1 booking</source>
        <translation>1 reserva</translation>
    </message>
    <message>
        <source>%1 bookings</source>
        <translation>%1 reservas</translation>
    </message>
    <message>
        <source>&amp;Delete programme</source>
        <translation>&amp;Eliminar programa</translation>
    </message>
    <message>
        <source>“%1” has %2 (marks, ticks or reports), so it cannot be deleted. Archive it? It leaves the lists; every record is kept for the reports.</source>
        <translation>“%1” tiene %2 (marcas, resultados o informes), así que no se puede eliminar. ¿Archivarlo? Sale de las listas; todos los registros se conservan para los informes.</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 registro</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 registros</translation>
    </message>
    <message>
        <source>&amp;Archive programme</source>
        <translation>&amp;Archivar programa</translation>
    </message>
    <message>
        <source>Remove programme</source>
        <translation>Quitar programa</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Conservarlo</translation>
    </message>
    <message>
        <source>“%1” was deleted.</source>
        <translation>Se eliminó “%1”.</translation>
    </message>
    <message>
        <source>“%1” was archived; its records are kept.</source>
        <translation>Se archivó “%1”; sus registros se conservan.</translation>
    </message>
    <message>
        <source>No session today. Choose one in the Sessions tab and press Enter.</source>
        <translation>No hay sesión hoy. Elija una en la pestaña Sesiones y pulse Enter.</translation>
    </message>
    <message>
        <source>Cancel session</source>
        <translation>Cancelar sesión</translation>
    </message>
    <message>
        <source>Why is this session cancelled?</source>
        <translation>¿Por qué se cancela esta sesión?</translation>
    </message>
    <message>
        <source>Cancel the session</source>
        <translation>Cancelar la sesión</translation>
    </message>
    <message>
        <source>Session did not happen</source>
        <translation>La sesión no se realizó</translation>
    </message>
    <message>
        <source>Why did this session not happen?</source>
        <translation>¿Por qué no se realizó esta sesión?</translation>
    </message>
    <message>
        <source>Record it</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>%1 counts again.</source>
        <translation>%1 vuelve a contar.</translation>
    </message>
    <message>
        <source>Its 1 attendance mark is kept but stops counting; Reinstate makes it count again.</source>
        <translation>Su marca de asistencia se conserva pero deja de contar; Restablecer hace que vuelva a contar.</translation>
    </message>
    <message>
        <source>Its %1 attendance marks are kept but stop counting; Reinstate makes them count again.</source>
        <translation>Sus %1 marcas de asistencia se conservan pero dejan de contar; Restablecer hace que vuelvan a contar.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No reports owed.</source>
        <translation>No hay informes pendientes.</translation>
    </message>
    <message>
        <source>Reports owed: %1 overdue, %2 due.</source>
        <translation>Informes pendientes: %1 atrasados, %2 por entregar.</translation>
    </message>
    <message>
        <source>The sessions could not be loaded: %1</source>
        <translation>No se pudieron cargar las sesiones: %1</translation>
    </message>
    <message>
        <source>The reports owed could not be counted: %1</source>
        <translation>No se pudieron contar los informes pendientes: %1</translation>
    </message>
    <message>
        <source>fieldsessions</source>
        <translation>fieldsessions</translation>
    </message>
    <message>
        <source>Something went wrong (%1); details are in the log file.</source>
        <translation>Algo salió mal (%1); los detalles están en el archivo de registro.</translation>
    </message>
    <message>
        <source>No programme yet. Press New… (Alt+N, or Ctrl+N anywhere) to create one; its sessions are listed here.</source>
        <translation>Todavía no hay ningún programa. Pulse Nuevo… (Alt+N, o Ctrl+N en cualquier lugar) para crear uno; sus sesiones aparecen aquí.</translation>
    </message>
    <message>
        <source>No sessions in this programme. Edit it (Ctrl+E) to set its dates.</source>
        <translation>Este programa no tiene sesiones. Edítelo (Ctrl+E) para fijar sus fechas.</translation>
    </message>
    <message>
        <source>No session today. Show Upcoming (Alt+U) to see what comes next.</source>
        <translation>No hay sesión hoy. Muestre Próximas (Alt+P) para ver lo que viene.</translation>
    </message>
    <message>
        <source>No session to come. Edit the programme (Ctrl+E) to add dates, or show All (Alt+A).</source>
        <translation>No hay sesiones por venir. Edite el programa (Ctrl+E) para añadir fechas, o muestre Todas (Alt+T).</translation>
    </message>
    <message>
        <source>No roll is missing: every session that has ended has its roll taken.</source>
        <translation>No falta ninguna lista: todas las sesiones que terminaron tienen su lista pasada.</translation>
    </message>
    <message>
        <source>No session has ended yet. Show Upcoming (Alt+U).</source>
        <translation>Todavía no ha terminado ninguna sesión. Muestre Próximas (Alt+P).</translation>
    </message>
    <message>
        <source>No session is cancelled.</source>
        <translation>No hay ninguna sesión cancelada.</translation>
    </message>
    <message>
        <source>1 programme</source>
        <translation>1 programa</translation>
    </message>
    <message>
        <source>%1 programmes</source>
        <translation>%1 programas</translation>
    </message>
    <message>
        <source>%1 at %2 for %3 min (%4)</source>
        <translation>%1 a las %2, %3 min (%4)</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde el %1</translation>
    </message>
    <message>
        <source>%1% attendance required</source>
        <translation>%1% de asistencia requerida</translation>
    </message>
    <message>
        <source>1 place</source>
        <translation>1 plaza</translation>
    </message>
    <message>
        <source>%1 places</source>
        <translation>%1 plazas</translation>
    </message>
    <message>
        <source>Choose a session, then press Enter to open its roll.</source>
        <translation>Elija una sesión y pulse Enter para abrir su lista.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Save the settings</source>
        <translation>Guardar la configuración</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Cerrar sin guardar</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>El idioma del sistema</translation>
    </message>
    <message>
        <source>The settings could not be saved (%1). Details are in the log file.</source>
        <translation>No se pudo guardar la configuración (%1). Los detalles están en el archivo de registro.</translation>
    </message>
    <message>
        <source>No file manager could be opened; the folder is %1</source>
        <translation>No se pudo abrir ningún explorador de archivos; la carpeta es %1</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;Facilitator name:</source>
        <translation>Nombre del &amp;facilitador:</translation>
    </message>
    <message>
        <source>Facilitator name</source>
        <translation>Nombre del facilitador</translation>
    </message>
    <message>
        <source>Your name, as it appears on marks and reports</source>
        <translation>Su nombre, tal como aparece en las marcas y los informes</translation>
    </message>
    <message>
        <source>&amp;Device name:</source>
        <translation>Nombre de la &amp;computadora:</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Nombre de la computadora</translation>
    </message>
    <message>
        <source>e.g. Field laptop 2</source>
        <translation>p. ej., Laptop de campo 2</translation>
    </message>
    <message>
        <source>Data &amp;file:</source>
        <translation>&amp;Archivo de datos:</translation>
    </message>
    <message>
        <source>Where the data file lives</source>
        <translation>Dónde está el archivo de datos</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>A&amp;brir carpeta</translation>
    </message>
    <message>
        <source>Open the folder of the data file</source>
        <translation>Abrir la carpeta del archivo de datos</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>A new language is used the next time fieldsessions starts.</source>
        <translation>El nuevo idioma se usa la próxima vez que se inicie fieldsessions.</translation>
    </message>
    <message>
        <source>Problem to fix before saving</source>
        <translation>Problema que corregir antes de guardar</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Every key the window answers to. Roll call needs only the keyboard: P, L, E or A marks the person and moves on.</source>
        <translation>Todas las teclas que usa la ventana. Para pasar lista basta el teclado: P, L, E o A marca a la persona y pasa a la siguiente.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Qué hace</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <source>No connection to the server at %1. Check the address and the network, then press Enter to try again.</source>
        <translation>No hay conexión con el servidor en %1. Revise la dirección y la red, y pulse Enter para intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronizar</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Conectando con el servidor…</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Avance de la sincronización</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Sign in once to the sync server; the password is not kept, only a token for this laptop.</source>
        <translation>Inicie sesión una vez en el servidor de sincronización; la contraseña no se guarda, solo un token para esta computadora.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Avanzado</translation>
    </message>
    <message>
        <source>only when your administrator gives you one</source>
        <translation>solo si su administrador le da uno</translation>
    </message>
    <message>
        <source>Server certificate file</source>
        <translation>Archivo de certificado del servidor</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Server &amp;certificate file:</source>
        <translation>Archivo de ce&amp;rtificado del servidor:</translation>
    </message>
    <message>
        <source>Sign in and sync</source>
        <translation>Iniciar sesión y sincronizar</translation>
    </message>
    <message>
        <source>Sync receipt</source>
        <translation>Comprobante de sincronización</translation>
    </message>
    <message>
        <source>Sync &amp;log…</source>
        <translation>Re&amp;gistro de sincronización…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Sending changes…</source>
        <translation>Enviando cambios…</translation>
    </message>
    <message>
        <source>{0} of {1} sent</source>
        <translation>{0} de {1} enviados</translation>
    </message>
    <message>
        <source>Getting the latest from the server…</source>
        <translation>Recibiendo lo más reciente del servidor…</translation>
    </message>
    <message>
        <source>{0} sent · {1} received</source>
        <translation>{0} enviados · {1} recibidos</translation>
    </message>
    <message>
        <source>Sync cancelled. What was sent so far is safe.</source>
        <translation>Sincronización cancelada. Lo enviado hasta ahora está a salvo.</translation>
    </message>
    <message>
        <source>Sync complete, but 1 received change waits on this laptop (listed below).</source>
        <translation>Sincronización completa, pero 1 cambio recibido espera en esta computadora (ver abajo).</translation>
    </message>
    <message>
        <source>Sync complete, but %1 received changes wait on this laptop (listed below).</source>
        <translation>Sincronización completa, pero %1 cambios recibidos esperan en esta computadora (ver abajo).</translation>
    </message>
    <message>
        <source>Sync complete.</source>
        <translation>Sincronización completa.</translation>
    </message>
    <message>
        <source>Sync complete, but some changes wait for records the server does not have yet; they go with the next sync.</source>
        <translation>Sincronización completa, pero algunos cambios esperan registros que el servidor aún no tiene; se enviarán en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Sync complete, but the server refused some changes.</source>
        <translation>Sincronización completa, pero el servidor rechazó algunos cambios.</translation>
    </message>
    <message>
        <source>Your changes are safe on this laptop and will be sent next time.</source>
        <translation>Sus cambios están a salvo en esta computadora y se enviarán la próxima vez.</translation>
    </message>
    <message>
        <source>Nothing on this laptop is waiting to be sent.</source>
        <translation>No hay nada en esta computadora esperando para enviarse.</translation>
    </message>
    <message>
        <source>Your 1 change is safe on this laptop and will be sent next time.</source>
        <translation>Su cambio está a salvo en esta computadora y se enviará la próxima vez.</translation>
    </message>
    <message>
        <source>Your %1 changes are safe on this laptop and will be sent next time.</source>
        <translation>Sus %1 cambios están a salvo en esta computadora y se enviarán la próxima vez.</translation>
    </message>
    <message>
        <source>The server&apos;s identity could not be checked. Ask your administrator for its certificate file and choose it under Advanced when signing in.</source>
        <translation>No se pudo comprobar la identidad del servidor. Pida a su administrador el archivo de certificado y elíjalo en Avanzado al iniciar sesión.</translation>
    </message>
    <message>
        <source>No connection to the server.</source>
        <translation>No hay conexión con el servidor.</translation>
    </message>
    <message>
        <source>The network answered instead of the server (a Wi-Fi sign-in page?). Open a web page to sign in to the network, then sync again.</source>
        <translation>Respondió la red en lugar del servidor (¿una página de acceso Wi-Fi?). Abra una página web para conectarse a la red y vuelva a sincronizar.</translation>
    </message>
    <message>
        <source>The server did not accept this laptop&apos;s sign-in; sign in again.</source>
        <translation>El servidor no aceptó el inicio de sesión de esta computadora; vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The server did not take the changes this time.</source>
        <translation>El servidor no aceptó los cambios esta vez.</translation>
    </message>
    <message>
        <source>Fill in the server, your user name and your password.</source>
        <translation>Complete el servidor, su usuario y su contraseña.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados (*.pem *.crt);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>SyncLogDialog</name>
    <message>
        <source>Sync log</source>
        <translation>Registro de sincronización</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptados</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazados</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibidos</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>1 received change waiting</source>
        <translation>1 cambio recibido en espera</translation>
    </message>
    <message>
        <source>%1 received changes waiting</source>
        <translation>%1 cambios recibidos en espera</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>correcto</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Add a walk-in</source>
        <translation>Añadir persona sin inscripción</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>ID (optional)</source>
        <translation>ID (opcional)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Teléfono (opcional)</translation>
    </message>
    <message>
        <source>Mark as</source>
        <translation>Marcar como</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Presente</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;Mark as:</source>
        <translation>&amp;Marcar como:</translation>
    </message>
    <message>
        <source>Already registered? Press Down and Enter to pick the person instead:</source>
        <translation>¿Ya está registrada? Pulse ↓ y Enter para elegir a la persona:</translation>
    </message>
    <message>
        <source>People with a similar name</source>
        <translation>Personas con un nombre parecido</translation>
    </message>
    <message>
        <source>&amp;Book a place anyway (none is free now)</source>
        <translation>&amp;Reservar plaza de todos modos (no hay ninguna libre)</translation>
    </message>
    <message>
        <source>Book a place although none is free</source>
        <translation>Reservar plaza aunque no haya ninguna libre</translation>
    </message>
    <message>
        <source>The programme is full or people are waiting. Unticked, the walk-in is marked for this session and joins the end of the waitlist.</source>
        <translation>El programa está lleno o hay personas esperando. Sin marcar, la persona queda marcada en esta sesión y pasa al final de la lista de espera.</translation>
    </message>
    <message>
        <source>&amp;Add walk-in</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Add as a new walk-in</source>
        <translation>Añadir como nueva persona sin inscripción</translation>
    </message>
    <message>
        <source>&amp;Use selected person</source>
        <translation>&amp;Usar la persona seleccionada</translation>
    </message>
    <message>
        <source>Use the selected existing person</source>
        <translation>Usar la persona ya registrada seleccionada</translation>
    </message>
    <message>
        <source>same ID</source>
        <translation>mismo ID</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>mismo teléfono</translation>
    </message>
    <message>
        <source>same name</source>
        <translation>mismo nombre</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>nombre parecido</translation>
    </message>
    <message>
        <source>This may be someone already registered. Enter picks the highlighted person; to register a different person, press &quot;Add as a new person&quot;.</source>
        <translation>Puede que esta persona ya esté registrada. Enter elige a la persona resaltada; para registrar a otra persona, pulse &quot;Añadir como persona nueva&quot;.</translation>
    </message>
    <message>
        <source>Add as a ne&amp;w person</source>
        <translation>Añadir como persona nue&amp;va</translation>
    </message>
    <message>
        <source>Type the person&apos;s name first.</source>
        <translation>Escriba primero el nombre de la persona.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Welcome to fieldsessions</source>
        <translation>Bienvenido a fieldsessions</translation>
    </message>
    <message>
        <source>Your data file is empty. Everything you record is kept on this laptop and works without a connection; Sync sends it to your organisation when you have one.</source>
        <translation>Su archivo de datos está vacío. Todo lo que registre se guarda en esta computadora y funciona sin conexión; Sincronizar lo envía a su organización cuando tenga conexión.</translation>
    </message>
    <message>
        <source>&amp;Create a programme</source>
        <translation>&amp;Crear un programa</translation>
    </message>
    <message>
        <source>Create a programme</source>
        <translation>Crear un programa</translation>
    </message>
    <message>
        <source>Set its schedule; the sessions are created for you.</source>
        <translation>Fije su calendario; las sesiones se crean solas.</translation>
    </message>
    <message>
        <source>&amp;Import a roster</source>
        <translation>&amp;Importar una lista</translation>
    </message>
    <message>
        <source>Import a roster</source>
        <translation>Importar una lista de participantes</translation>
    </message>
    <message>
        <source>Bring participants in from a CSV or Excel file.</source>
        <translation>Traiga participantes desde un archivo CSV o Excel.</translation>
    </message>
    <message>
        <source>Open the &amp;demo data</source>
        <translation>Abrir los datos de &amp;demostración</translation>
    </message>
    <message>
        <source>Open the demo data</source>
        <translation>Abrir los datos de demostración</translation>
    </message>
    <message>
        <source>Four sample programmes with 150 participants, to try things out first.</source>
        <translation>Cuatro programas de ejemplo con 150 participantes, para probar primero.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>run_app</name>
    <message>
        <source>Created a new, empty data file at {0} (there was none there); if you meant another file, open that one instead.</source>
        <translation>Se creó un archivo de datos nuevo y vacío en {0} (no había ninguno); si quería usar otro archivo, ábralo.</translation>
    </message>
</context>
</TS>
