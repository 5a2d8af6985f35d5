<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>About</name>
    <message>
        <location filename="../../microbreak/ui/about.py" line="30"/>
        <source>Before your first break</source>
        <translation>Antes de tu primera pausa</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="32"/>
        <source>microbreak reminds you to pause your work every so often and walks you through gentle stretches for your back, shoulders and neck. It is a nudge to move, not a treatment and not medical advice.</source>
        <translation>microbreak te recuerda que interrumpas tu trabajo de vez en cuando y te guía en estiramientos suaves para la espalda, los hombros y el cuello. Es un empujón para moverte, no un tratamiento ni un consejo médico.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="38"/>
        <source>If you have a back or neck condition, or a recent injury, ask a doctor or physical therapist before you start.</source>
        <translation>Si tienes algún problema de espalda o de cuello, o una lesión reciente, consulta a un médico o fisioterapeuta antes de empezar.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="43"/>
        <source>Move slowly and never into pain. If an exercise hurts, stop it and go on to the next one (or skip the break). If pain keeps coming back, gets worse or lasts more than a few days, see a doctor.</source>
        <translation>Muévete despacio y nunca hasta sentir dolor. Si un ejercicio duele, déjalo y pasa al siguiente (o sáltate la pausa). Si el dolor vuelve, empeora o dura más de unos días, ve al médico.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="52"/>
        <source>The American Association of Occupational Health Nurses (AAOHN) recommends what it calls a &lt;i&gt;wellness microbreak&lt;/i&gt;: every 30 to 60 minutes, stop your work for a moment and do one or more short exercises right at your desk. You stay in your chair and in your work clothes; no equipment is needed.</source>
        <translation>La American Association of Occupational Health Nurses (AAOHN), la asociación estadounidense de enfermería del trabajo, recomienda lo que llama una &lt;i&gt;micropausa de bienestar&lt;/i&gt;: cada 30 a 60 minutos, deja tu trabajo un momento y haz uno o varios ejercicios cortos en tu mesa. Sigues en tu silla y con tu ropa de trabajo; no hace falta ningún material.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="59"/>
        <source>Most upper-back pain comes from strained muscles (from holding one posture or repeating one movement for hours) rather than from a problem with the discs of the spine. Gentle, regular exercise strengthens the small muscles around the upper spine and eases its ligaments.</source>
        <translation>La mayoría de los dolores de la parte alta de la espalda vienen de músculos sobrecargados (por mantener una postura o repetir un movimiento durante horas) y no de un problema en los discos de la columna. El ejercicio suave y regular fortalece los pequeños músculos que rodean la parte alta de la columna y alivia sus ligamentos.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="66"/>
        <source>microbreak waits 45 minutes between breaks by default, the middle of that range, and keeps each break to a few minutes.</source>
        <translation>De forma predeterminada, microbreak espera 45 minutos entre pausas, la mitad de ese intervalo, y limita cada pausa a unos pocos minutos.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="72"/>
        <source>microbreak sends nothing anywhere: your settings and history stay on this computer.</source>
        <translation>microbreak no envía nada a ninguna parte: tu configuración y tu historial se quedan en este ordenador.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="78"/>
        <source>seated</source>
        <translation>sentado</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="79"/>
        <source>standing</source>
        <translation>de pie</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="82"/>
        <source>wall</source>
        <translation>pared</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="83"/>
        <source>doorway</source>
        <translation>marco de una puerta</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="84"/>
        <source>strap</source>
        <translation>cinta</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="197"/>
        <source>{posture}, needs a {equipment}</source>
        <translation>{posture}, con {equipment}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="202"/>
        <source>Each break walks you through a few of these, with a picture of every pose, a countdown for each hold and a repetition counter. The default routine rotates through the five seated AAOHN desk exercises:</source>
        <translation>Cada pausa te guía en algunos de estos ejercicios, con una imagen de cada postura, una cuenta atrás para cada mantenimiento y un contador de repeticiones. La rutina predeterminada va rotando entre los cinco ejercicios sentados de la AAOHN:</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="210"/>
        <source>The library also has these:</source>
        <translation>La biblioteca también incluye estos:</translation>
    </message>
</context>
<context>
    <name>AboutWindow</name>
    <message>
        <location filename="../../microbreak/ui/about.py" line="147"/>
        <location filename="../../microbreak/ui/about.py" line="173"/>
        <source>About microbreak</source>
        <translation>Acerca de microbreak</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="153"/>
        <source>A small break reminder for people who work sitting at a desk.</source>
        <translation>Un pequeño recordatorio de pausas para quienes trabajan sentados en una mesa.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="155"/>
        <source>Why a short break every 30 to 60 minutes</source>
        <translation>Por qué una pausa corta cada 30 a 60 minutos</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="158"/>
        <source>The exercises</source>
        <translation>Los ejercicios</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="161"/>
        <source>Take care</source>
        <translation>Cuídate</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="163"/>
        <source>Read the health notice again</source>
        <translation>Volver a leer el aviso de salud</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="174"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>ActionsMenu</name>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="21"/>
        <source>30 minutes</source>
        <translation>30 minutos</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="22"/>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="23"/>
        <source>2 hours</source>
        <translation>2 horas</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="24"/>
        <source>Until tomorrow</source>
        <translation>Hasta mañana</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="25"/>
        <source>Until I resume</source>
        <translation>Hasta que los reanude</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="51"/>
        <source>Take a break now</source>
        <translation>Hacer una pausa ahora</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="53"/>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="55"/>
        <source>{n} minutes</source>
        <translation>{n} minutos</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="57"/>
        <source>Skip next break</source>
        <translation>Saltar la próxima pausa</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="59"/>
        <source>Pause reminders</source>
        <translation>Pausar recordatorios</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="63"/>
        <source>Resume reminders</source>
        <translation>Reanudar recordatorios</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="66"/>
        <source>Statistics…</source>
        <translation>Estadísticas…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="68"/>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="70"/>
        <source>About microbreak</source>
        <translation>Acerca de microbreak</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="72"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
</context>
<context>
    <name>BreakWindow</name>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="67"/>
        <source>Read each step aloud and count the holds, so you can close your eyes</source>
        <translation>Leer cada paso en voz alta y contar los mantenimientos, para que puedas cerrar los ojos</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="71"/>
        <source>Move</source>
        <translation>Mueve</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="72"/>
        <source>Hold</source>
        <translation>Mantén</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="73"/>
        <source>Relax</source>
        <translation>Relaja</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="87"/>
        <source>left side</source>
        <translation>lado izquierdo</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="88"/>
        <source>right side</source>
        <translation>lado derecho</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="93"/>
        <source>Get ready</source>
        <translation>Prepárate</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="95"/>
        <source>Once</source>
        <translation>Una vez</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="97"/>
        <source>Rep {n} of {total}</source>
        <translation>Rep. {n} de {total}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="102"/>
        <source>{where}, {side}</source>
        <translation>{where}, {side}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="162"/>
        <source>Time for a break</source>
        <translation>Hora de una pausa</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="193"/>
        <source>Progress through this break</source>
        <translation>Progreso de esta pausa</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="244"/>
        <location filename="../../microbreak/ui/break_window.py" line="564"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="244"/>
        <source>Pause or resume the countdown (Space)</source>
        <translation>Pausar o reanudar la cuenta atrás (Espacio)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="236"/>
        <source>Right arrow</source>
        <translation>flecha derecha</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="236"/>
        <source>Left arrow</source>
        <translation>flecha izquierda</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="240"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="240"/>
        <source>Previous exercise ({key})</source>
        <translation>Ejercicio anterior ({key})</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="247"/>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="247"/>
        <source>Next exercise ({key})</source>
        <translation>Ejercicio siguiente ({key})</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="254"/>
        <location filename="../../microbreak/ui/break_window.py" line="362"/>
        <source>&amp;Snooze {n} min</source>
        <translation>P&amp;osponer {n} min</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="255"/>
        <location filename="../../microbreak/ui/break_window.py" line="364"/>
        <source>Close this break and bring it back in {n} minutes</source>
        <translation>Cerrar esta pausa y volver a mostrarla dentro de {n} minutos</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="257"/>
        <source>S&amp;kip break</source>
        <translation>Sal&amp;tar pausa</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="257"/>
        <source>End this break now (Esc)</source>
        <translation>Terminar esta pausa ahora (Esc)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="260"/>
        <source>Read &amp;aloud</source>
        <translation>&amp;Leer en voz alta</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="270"/>
        <source>Skip this break?</source>
        <translation>¿Saltar esta pausa?</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="271"/>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="271"/>
        <source>Yes, end this break (Enter)</source>
        <translation>Sí, terminar esta pausa (Intro)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="273"/>
        <source>Keep going</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="273"/>
        <source>Go on with the break (Esc)</source>
        <translation>Seguir con la pausa (Esc)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="328"/>
        <location filename="../../microbreak/ui/break_window.py" line="505"/>
        <source>Well done!</source>
        <translation>¡Bien hecho!</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="341"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="341"/>
        <source>Close this window</source>
        <translation>Cerrar esta ventana</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="401"/>
        <source>Next break at {time}.</source>
        <translation>Próxima pausa a las {time}.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="502"/>
        <source>{first} and {last}</source>
        <translation>{first} y {last}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="503"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="506"/>
        <source>You did {exercises} in {time}.</source>
        <translation>Has hecho {exercises} en {time}.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="510"/>
        <source>Break ended early</source>
        <translation>Pausa terminada antes de tiempo</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="511"/>
        <source>Every bit of movement helps. Try a whole routine next time.</source>
        <translation>Cada movimiento cuenta. La próxima vez, prueba la rutina completa.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="534"/>
        <source>Exercise {n} of {total}</source>
        <translation>Ejercicio {n} de {total}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="558"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="564"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reanudar</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="619"/>
        <source>Read aloud: no voice</source>
        <translation>Leer en voz alta: sin voz</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="620"/>
        <source>Spoken guidance is not available. {reason}</source>
        <translation>La guía por voz no está disponible. {reason}</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <location filename="../../microbreak/ui/countdown_ring.py" line="43"/>
        <source>{n} seconds left</source>
        <translation>quedan {n} segundos</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/countdown_ring.py" line="43"/>
        <source>1 second left</source>
        <translation>queda 1 segundo</translation>
    </message>
</context>
<context>
    <name>DayBarsChart</name>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="51"/>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="53"/>
        <source>Snoozed, then taken</source>
        <translation>Pospuesta y luego hecha</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="57"/>
        <source>Natural break</source>
        <translation>Pausa natural</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="58"/>
        <source>Skipped</source>
        <translation>Saltada</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="88"/>
        <source>Breaks per day, last {n} days</source>
        <translation>Pausas por día, últimos {n} días</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="90"/>
        <source>{taken} taken of {offered} offered, {total} in all; goal {goal} a day</source>
        <translation>{taken} hechas de {offered} propuestas, {total} en total; objetivo {goal} al día</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="145"/>
        <source>dddd d MMMM</source>
        <translation>dddd d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="146"/>
        <source>{n} of {total} breaks taken</source>
        <translation>{n} de {total} pausas hechas</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="148"/>
        <source>{series}: {n}</source>
        <translation>{series}: {n}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="153"/>
        <source>(of those taken, {n} partly done)</source>
        <translation>(de ellas, {n} hechas en parte)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="154"/>
        <source>{n} min of exercise</source>
        <translation>{n} min de ejercicio</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="250"/>
        <source>goal {n}</source>
        <translation>objetivo {n}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="261"/>
        <location filename="../../microbreak/ui/day_bars.py" line="266"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="263"/>
        <source>ddd
d</source>
        <translation>ddd
d</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="268"/>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="305"/>
        <source>Daily goal</source>
        <translation>Objetivo diario</translation>
    </message>
</context>
<context>
    <name>ExercisesPage</name>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="154"/>
        <source>Tick the exercises you want. Breaks walk through them in this order: drag to reorder, or use Move up and Move down.</source>
        <translation>Marca los ejercicios que quieras. Las pausas los recorren en este orden: arrástralos para reordenarlos o usa Subir y Bajar.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="158"/>
        <source>Exercises</source>
        <translation>Ejercicios</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="164"/>
        <source>How long one break takes with this choice.</source>
        <translation>Cuánto dura una pausa con esta selección.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="170"/>
        <source>Exercise files that could not be used; fix and reload.</source>
        <translation>Archivos de ejercicios que no se pudieron usar; corrígelos y vuelve a cargarlos.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="187"/>
        <source>Show only the exercises that suit where you are.</source>
        <translation>Mostrar solo los ejercicios adecuados para donde estás.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="188"/>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="198"/>
        <source>Exercises &amp;per break:</source>
        <translation>Ejercicios &amp;por pausa:</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="206"/>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="207"/>
        <source>Move the chosen exercise earlier in the routine.</source>
        <translation>Mover el ejercicio elegido hacia el principio de la rutina.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="208"/>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="209"/>
        <source>Move the chosen exercise later in the routine.</source>
        <translation>Mover el ejercicio elegido hacia el final de la rutina.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="210"/>
        <source>&amp;Reload exercises</source>
        <translation>&amp;Recargar ejercicios</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="212"/>
        <source>Read the exercise files again, including your own in the exercises folder.</source>
        <translation>Volver a leer los archivos de ejercicios, incluidos los tuyos de la carpeta de ejercicios.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="221"/>
        <source>The steps of the exercise chosen in the list.</source>
        <translation>Los pasos del ejercicio elegido en la lista.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="239"/>
        <source>&lt;b&gt;Skipped (could not be used):&lt;/b&gt;&lt;ul&gt;{lines}&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Omitidos (no se pudieron usar):&lt;/b&gt;&lt;ul&gt;{lines}&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="342"/>
        <source>A break takes about {length} ({count} of the {chosen} chosen exercises; the next break goes on where the last one stopped).</source>
        <translation>Una pausa dura unos {length} ({count} de los {chosen} ejercicios elegidos; la siguiente pausa sigue donde se quedó la anterior).</translation>
    </message>
</context>
<context>
    <name>HeadsUpToast</name>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="20"/>
        <source>Time to stretch soon.</source>
        <translation>Pronto toca estirarse.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="47"/>
        <source>Start now</source>
        <translation>Empezar ya</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="48"/>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="49"/>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="50"/>
        <source>Start the break now</source>
        <translation>Empezar la pausa ahora</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="51"/>
        <source>Put this break off by a few minutes</source>
        <translation>Retrasar esta pausa unos minutos</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="52"/>
        <source>Leave out this break</source>
        <translation>Saltar esta pausa</translation>
    </message>
</context>
<context>
    <name>HealthNotice</name>
    <message>
        <location filename="../../microbreak/ui/about.py" line="120"/>
        <source>microbreak: before your first break</source>
        <translation>microbreak: antes de tu primera pausa</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="125"/>
        <source>I understand</source>
        <translation>Entendido</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="372"/>
        <source>microbreak settings</source>
        <translation>Configuración de microbreak</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="382"/>
        <source>Settings pages</source>
        <translation>Páginas de configuración</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="406"/>
        <source>Put this page&apos;s settings back to their defaults.</source>
        <translation>Restablecer los valores predeterminados de esta página.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="409"/>
        <source>Save and use these settings now; keep the dialog open.</source>
        <translation>Guardar y aplicar esta configuración ahora; el diálogo sigue abierto.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="412"/>
        <source>Save and use these settings, and close.</source>
        <translation>Guardar y aplicar esta configuración, y cerrar.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="414"/>
        <source>Close without saving what changed since the last Apply.</source>
        <translation>Cerrar sin guardar los cambios hechos desde el último «Aplicar».</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="416"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="419"/>
        <source>Load settings from a file; they are checked in full and used when you press OK.</source>
        <translation>Cargar la configuración desde un archivo; se comprueba por completo y se aplica al pulsar Aceptar.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="422"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="423"/>
        <source>Save these settings to a file, to share or keep.</source>
        <translation>Guardar esta configuración en un archivo, para compartirla o conservarla.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="465"/>
        <source>no reminders this day</source>
        <translation>sin recordatorios este día</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="477"/>
        <source>Ranges like &quot;09:00-12:30, 13:30-17:00&quot;; leave a day empty for no reminders that day. Outside working hours microbreak stays quiet.</source>
        <translation>Intervalos como «09:00-12:30, 13:30-17:00»; deja un día vacío para no recibir recordatorios ese día. Fuera del horario de trabajo, microbreak permanece en silencio.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="484"/>
        <source>Settings file: {path}</source>
        <translation>Archivo de configuración: {path}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="488"/>
        <source>&amp;Open the settings file</source>
        <translation>&amp;Abrir el archivo de configuración</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="491"/>
        <source>Open config.toml in your editor: every key is described there. Saved changes apply at once.</source>
        <translation>Abrir config.toml en tu editor: ahí se describe cada clave. Los cambios guardados se aplican al momento.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="541"/>
        <source>{page}: defaults restored. Press OK or Apply to use them.</source>
        <translation>{page}: valores predeterminados restablecidos. Pulsa Aceptar o Aplicar para usarlos.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="643"/>
        <source>Nothing was imported. {problem}</source>
        <translation>No se importó nada. {problem}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="647"/>
        <source>Imported {path}. Press OK or Apply to use these settings.</source>
        <translation>Se importó {path}. Pulsa Aceptar o Aplicar para usar esta configuración.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="673"/>
        <source>Could not export to {path}: {problem}</source>
        <translation>No se pudo exportar a {path}: {problem}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="678"/>
        <source>Settings exported to {path}.</source>
        <translation>Configuración exportada a {path}.</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="62"/>
        <source>Export break history</source>
        <translation>Exportar historial de pausas</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="64"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="115"/>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="137"/>
        <location filename="../../microbreak/ui/stats_window.py" line="265"/>
        <source>breaks taken today</source>
        <translation>pausas hechas hoy</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="138"/>
        <location filename="../../microbreak/ui/stats_window.py" line="268"/>
        <source>of exercise today</source>
        <translation>de ejercicio hoy</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="139"/>
        <source>days in a row at your goal</source>
        <translation>días seguidos en tu objetivo</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="161"/>
        <source>{n} days</source>
        <translation>{n} días</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="174"/>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="175"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="176"/>
        <source>Partly done</source>
        <translation>En parte</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="177"/>
        <source>Not started</source>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="178"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="181"/>
        <source>How each exercise went</source>
        <translation>Cómo fue cada ejercicio</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="196"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="198"/>
        <source>Clear history…</source>
        <translation>Borrar historial…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="200"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="218"/>
        <source>Delete history</source>
        <translation>Borrar historial</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="220"/>
        <source>Keep it</source>
        <translation>Conservarlo</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="264"/>
        <source>{n} of {total}</source>
        <translation>{n} de {total}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="268"/>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="271"/>
        <source>day in a row at {goal} a day</source>
        <translation>día seguido con {goal} al día</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="273"/>
        <source>days in a row at {goal} a day</source>
        <translation>días seguidos con {goal} al día</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="275"/>
        <source>Today: {taken}</source>
        <translation>Hoy: {taken}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="279"/>
        <source>Exercises, last {n} days</source>
        <translation>Ejercicios, últimos {n} días</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="328"/>
        <source>Could not save {path}: {error}</source>
        <translation>No se pudo guardar {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="332"/>
        <source>Saved {n} breaks to {path}.</source>
        <translation>Se guardaron {n} pausas en {path}.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="339"/>
        <source>Delete all {n} breaks recorded?</source>
        <translation>¿Borrar las {n} pausas registradas?</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="342"/>
        <source>d MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="344"/>
        <source>Delete all {n} breaks recorded since {date}?</source>
        <translation>¿Borrar las {n} pausas registradas desde el {date}?</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="350"/>
        <source>This cannot be undone. Export a CSV first if you want to keep them.</source>
        <translation>No se puede deshacer. Si quieres conservarlas, exporta antes un CSV.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="364"/>
        <source>Your break history was deleted.</source>
        <translation>Se ha borrado tu historial de pausas.</translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="171"/>
        <source>Take a break now</source>
        <translation>Hacer una pausa ahora</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="172"/>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="173"/>
        <source>Skip next break</source>
        <translation>Saltar la próxima pausa</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="174"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="175"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="176"/>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="177"/>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="178"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="179"/>
        <source>Statistics…</source>
        <translation>Estadísticas…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="184"/>
        <source>Start a break with its exercises now</source>
        <translation>Empezar ahora una pausa con sus ejercicios</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="185"/>
        <source>Put the next break off by a few minutes</source>
        <translation>Retrasar unos minutos la próxima pausa</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="186"/>
        <source>Count the next break as taken and start a new interval</source>
        <translation>Contar la próxima pausa como hecha y empezar un nuevo intervalo</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="187"/>
        <source>No reminders for a while</source>
        <translation>Sin recordatorios durante un rato</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="188"/>
        <source>Reminders again, from now</source>
        <translation>Volver a recibir recordatorios desde ahora</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="189"/>
        <source>Change the interval, sounds and more</source>
        <translation>Cambiar el intervalo, los sonidos y más</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="190"/>
        <source>Breaks taken, streaks and exercises</source>
        <translation>Pausas hechas, rachas y ejercicios</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="191"/>
        <source>What microbreak is, and the health notice</source>
        <translation>Qué es microbreak, y el aviso de salud</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="192"/>
        <source>End microbreak: no more reminders until it starts again</source>
        <translation>Cerrar microbreak: no habrá recordatorios hasta que vuelva a iniciarse</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="224"/>
        <source>at {time}</source>
        <translation>a las {time}</translation>
    </message>
</context>
<context>
    <name>describe</name>
    <message>
        <location filename="../../microbreak/core/describe.py" line="14"/>
        <source>paused by you</source>
        <translation>pausado por ti</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="15"/>
        <source>you are away</source>
        <translation>no estás</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="16"/>
        <source>the computer is asleep</source>
        <translation>el ordenador está en suspensión</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="17"/>
        <source>the screen is locked</source>
        <translation>la pantalla está bloqueada</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="18"/>
        <source>do not disturb is on</source>
        <translation>«No molestar» está activado</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="19"/>
        <source>a full-screen window is open</source>
        <translation>hay una ventana a pantalla completa</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="20"/>
        <source>you are in a call</source>
        <translation>estás en una llamada</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="21"/>
        <source>outside your working hours</source>
        <translation>fuera de tu horario de trabajo</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="26"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="65"/>
        <location filename="../../microbreak/core/describe.py" line="82"/>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="68"/>
        <location filename="../../microbreak/core/describe.py" line="87"/>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="71"/>
        <location filename="../../microbreak/core/describe.py" line="90"/>
        <source>{h} h {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="72"/>
        <location filename="../../microbreak/core/describe.py" line="91"/>
        <source>{n} h</source>
        <translation>{n} h</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="86"/>
        <source>{m} min {s} s</source>
        <translation>{m} min {s} s</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="98"/>
        <source>1 second</source>
        <translation>1 segundo</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="98"/>
        <source>{n} seconds</source>
        <translation>{n} segundos</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="99"/>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="99"/>
        <source>{n} minutes</source>
        <translation>{n} minutos</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="100"/>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="100"/>
        <source>{n} hours</source>
        <translation>{n} horas</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="116"/>
        <source>{hours} {minutes}</source>
        <translation>{hours} y {minutes}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="123"/>
        <source>Microbreak in {time}</source>
        <translation>Micropausa en {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="140"/>
        <source>On a break</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="143"/>
        <source>Break waiting: {reasons}</source>
        <translation>Pausa en espera: {reasons}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="148"/>
        <source>Paused until {day} {time}</source>
        <translation>Pausado hasta el {day} a las {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="151"/>
        <source>Paused until {time}</source>
        <translation>Pausado hasta las {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="153"/>
        <source>Paused until you resume</source>
        <translation>Pausado hasta que lo reanudes</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="154"/>
        <source>Paused: {reasons}</source>
        <translation>Pausado: {reasons}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="161"/>
        <source>Break in {time}</source>
        <translation>Pausa en {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="163"/>
        <source>Snoozed: break in {time}</source>
        <translation>Pospuesta: pausa en {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="168"/>
        <source>Next break in {soonest} to {latest}, at a pause in your typing</source>
        <translation>Próxima pausa en {soonest} a {latest}, cuando dejes de escribir</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="171"/>
        <source>Break at your next pause (by {time})</source>
        <translation>Pausa cuando dejes de escribir (antes de las {time})</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="174"/>
        <source>Next break in {time}</source>
        <translation>Próxima pausa en {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="182"/>
        <source>(at {time})</source>
        <translation>(a las {time})</translation>
    </message>
</context>
<context>
    <name>guidance</name>
    <message>
        <location filename="../../microbreak/core/guidance.py" line="72"/>
        <source>Well done. That is the end of this break.</source>
        <translation>Bien hecho. Aquí termina esta pausa.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/guidance.py" line="73"/>
        <source>Paused.</source>
        <translation>En pausa.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/guidance.py" line="112"/>
        <source>{n} of {total}. {step}</source>
        <translation>{n} de {total}. {step}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/guidance.py" line="128"/>
        <source>{exercise}. {step}</source>
        <translation>{exercise}. {step}</translation>
    </message>
</context>
<context>
    <name>player</name>
    <message>
        <location filename="../../microbreak/core/player.py" line="28"/>
        <source>Now the right side.</source>
        <translation>Ahora el lado derecho.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/player.py" line="29"/>
        <source>Now the left side.</source>
        <translation>Ahora el lado izquierdo.</translation>
    </message>
</context>
<context>
    <name>stats</name>
    <message>
        <location filename="../../microbreak/core/stats.py" line="299"/>
        <source>1 break</source>
        <translation>1 pausa</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="299"/>
        <source>{n} breaks</source>
        <translation>{n} pausas</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="303"/>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="303"/>
        <source>{n} days</source>
        <translation>{n} días</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="309"/>
        <source>{n} of {breaks} taken</source>
        <translation>{n} de {breaks} hechas</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="315"/>
        <source>1 natural break</source>
        <translation>1 pausa natural</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="316"/>
        <source>{n} natural breaks</source>
        <translation>{n} pausas naturales</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="319"/>
        <source>{n} min of exercise</source>
        <translation>{n} min de ejercicio</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="320"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="327"/>
        <source>Daily goal of {goal} reached. Well done!</source>
        <translation>Objetivo diario de {goal} alcanzado. ¡Bien hecho!</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="329"/>
        <source>Your goal: {goal} a day.</source>
        <translation>Tu objetivo: {goal} al día.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="330"/>
        <source>Your goal: {goal} a day, {left} to go.</source>
        <translation>Tu objetivo: {goal} al día; te quedan {left}.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="337"/>
        <source>Reach your goal today to start a streak.</source>
        <translation>Alcanza hoy tu objetivo para empezar una racha.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="338"/>
        <source>{days} in a row at your goal.</source>
        <translation>Racha de {days} en tu objetivo.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="342"/>
        <source>Last {days}: {taken}</source>
        <translation>En {days}: {taken}</translation>
    </message>
</context>
</TS>
