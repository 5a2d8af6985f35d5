<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>About</name>
    <message>
        <location filename="../../microbreak/ui/about.py" line="30"/>
        <source>Before your first break</source>
        <translation>Vor Ihrer ersten Pause</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="32"/>
        <source>microbreak reminds you to pause your work every so often and walks you through gentle stretches for your back, shoulders and neck. It is a nudge to move, not a treatment and not medical advice.</source>
        <translation>microbreak erinnert Sie daran, Ihre Arbeit ab und zu zu unterbrechen, und führt Sie durch sanfte Dehnübungen für Rücken, Schultern und Nacken. Es ist ein Anstoß, sich zu bewegen – keine Behandlung und kein medizinischer Rat.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="38"/>
        <source>If you have a back or neck condition, or a recent injury, ask a doctor or physical therapist before you start.</source>
        <translation>Wenn Sie Rücken- oder Nackenbeschwerden oder eine frische Verletzung haben, fragen Sie vor dem Start eine Ärztin, einen Arzt oder Ihre Physiotherapie.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="43"/>
        <source>Move slowly and never into pain. If an exercise hurts, stop it and go on to the next one (or skip the break). If pain keeps coming back, gets worse or lasts more than a few days, see a doctor.</source>
        <translation>Bewegen Sie sich langsam und nie bis in den Schmerz. Wenn eine Übung wehtut, hören Sie auf und machen Sie mit der nächsten weiter (oder lassen Sie die Pause aus). Wenn Schmerzen wiederkehren, stärker werden oder länger als ein paar Tage anhalten, gehen Sie zum Arzt.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="52"/>
        <source>The American Association of Occupational Health Nurses (AAOHN) recommends what it calls a &lt;i&gt;wellness microbreak&lt;/i&gt;: every 30 to 60 minutes, stop your work for a moment and do one or more short exercises right at your desk. You stay in your chair and in your work clothes; no equipment is needed.</source>
        <translation>Die American Association of Occupational Health Nurses (AAOHN), der US-Berufsverband der Pflegekräfte im Arbeitsschutz, empfiehlt die sogenannte &lt;i&gt;Wellness-Mikropause&lt;/i&gt;: Unterbrechen Sie alle 30 bis 60 Minuten kurz Ihre Arbeit und machen Sie eine oder mehrere kurze Übungen direkt am Schreibtisch. Sie bleiben auf Ihrem Stuhl und in Ihrer Arbeitskleidung; Sie brauchen keine Geräte.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="59"/>
        <source>Most upper-back pain comes from strained muscles (from holding one posture or repeating one movement for hours) rather than from a problem with the discs of the spine. Gentle, regular exercise strengthens the small muscles around the upper spine and eases its ligaments.</source>
        <translation>Die meisten Schmerzen im oberen Rücken kommen von überlasteten Muskeln (weil man stundenlang eine Haltung hält oder eine Bewegung wiederholt) und nicht von einem Problem mit den Bandscheiben. Sanfte, regelmäßige Bewegung kräftigt die kleinen Muskeln um die obere Wirbelsäule und entlastet ihre Bänder.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="66"/>
        <source>microbreak waits 45 minutes between breaks by default, the middle of that range, and keeps each break to a few minutes.</source>
        <translation>microbreak wartet standardmäßig 45 Minuten zwischen zwei Pausen, die Mitte dieses Bereichs, und hält jede Pause bei wenigen Minuten.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="72"/>
        <source>microbreak sends nothing anywhere: your settings and history stay on this computer.</source>
        <translation>microbreak sendet nichts irgendwohin: Ihre Einstellungen und Ihr Verlauf bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="78"/>
        <source>seated</source>
        <translation>im Sitzen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="79"/>
        <source>standing</source>
        <translation>im Stehen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="82"/>
        <source>wall</source>
        <translation>Wand</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="83"/>
        <source>doorway</source>
        <translation>Türrahmen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="84"/>
        <source>strap</source>
        <translation>Gurt</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="197"/>
        <source>{posture}, needs a {equipment}</source>
        <translation>{posture}, braucht: {equipment}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="202"/>
        <source>Each break walks you through a few of these, with a picture of every pose, a countdown for each hold and a repetition counter. The default routine rotates through the five seated AAOHN desk exercises:</source>
        <translation>Jede Pause führt Sie durch einige dieser Übungen, mit einem Bild jeder Haltung, einem Countdown für jedes Halten und einem Wiederholungszähler. Die Standardroutine wechselt zwischen den fünf Sitzübungen der AAOHN für den Schreibtisch:</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="210"/>
        <source>The library also has these:</source>
        <translation>Außerdem gibt es diese:</translation>
    </message>
</context>
<context>
    <name>AboutWindow</name>
    <message>
        <location filename="../../microbreak/ui/about.py" line="147"/>
        <location filename="../../microbreak/ui/about.py" line="173"/>
        <source>About microbreak</source>
        <translation>Über microbreak</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="153"/>
        <source>A small break reminder for people who work sitting at a desk.</source>
        <translation>Eine kleine Pausenerinnerung für Menschen, die im Sitzen am Schreibtisch arbeiten.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="155"/>
        <source>Why a short break every 30 to 60 minutes</source>
        <translation>Warum alle 30 bis 60 Minuten eine kurze Pause</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="158"/>
        <source>The exercises</source>
        <translation>Die Übungen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="161"/>
        <source>Take care</source>
        <translation>Passen Sie auf sich auf</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="163"/>
        <source>Read the health notice again</source>
        <translation>Gesundheitshinweis noch einmal lesen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="174"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ActionsMenu</name>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="21"/>
        <source>30 minutes</source>
        <translation>30 Minuten</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="22"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="23"/>
        <source>2 hours</source>
        <translation>2 Stunden</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="24"/>
        <source>Until tomorrow</source>
        <translation>Bis morgen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="25"/>
        <source>Until I resume</source>
        <translation>Bis ich sie fortsetze</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="51"/>
        <source>Take a break now</source>
        <translation>Jetzt Pause machen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="53"/>
        <source>Snooze</source>
        <translation>Später</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="55"/>
        <source>{n} minutes</source>
        <translation>{n} Minuten</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="57"/>
        <source>Skip next break</source>
        <translation>Nächste Pause auslassen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="59"/>
        <source>Pause reminders</source>
        <translation>Erinnerungen anhalten</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="63"/>
        <source>Resume reminders</source>
        <translation>Erinnerungen fortsetzen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="66"/>
        <source>Statistics…</source>
        <translation>Statistik…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="68"/>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="70"/>
        <source>About microbreak</source>
        <translation>Über microbreak</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="72"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>BreakWindow</name>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="67"/>
        <source>Read each step aloud and count the holds, so you can close your eyes</source>
        <translation>Jeden Schritt vorlesen und beim Halten mitzählen, damit Sie die Augen schließen können</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="71"/>
        <source>Move</source>
        <translation>Bewegen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="72"/>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="73"/>
        <source>Relax</source>
        <translation>Lockern</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="87"/>
        <source>left side</source>
        <translation>linke Seite</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="88"/>
        <source>right side</source>
        <translation>rechte Seite</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="93"/>
        <source>Get ready</source>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="95"/>
        <source>Once</source>
        <translation>Einmal</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="97"/>
        <source>Rep {n} of {total}</source>
        <translation>Wdh. {n} von {total}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="102"/>
        <source>{where}, {side}</source>
        <translation>{where}, {side}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="162"/>
        <source>Time for a break</source>
        <translation>Zeit für eine Pause</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="193"/>
        <source>Progress through this break</source>
        <translation>Fortschritt in dieser Pause</translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation type="vanished">◀ &amp;Zurück</translation>
    </message>
    <message>
        <source>Previous exercise (Left arrow)</source>
        <translation type="vanished">Vorherige Übung (Pfeil nach links)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="244"/>
        <location filename="../../microbreak/ui/break_window.py" line="564"/>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="244"/>
        <source>Pause or resume the countdown (Space)</source>
        <translation>Countdown anhalten oder fortsetzen (Leertaste)</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation type="vanished">&amp;Weiter ▶</translation>
    </message>
    <message>
        <source>Next exercise (Right arrow)</source>
        <translation type="vanished">Nächste Übung (Pfeil nach rechts)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="236"/>
        <source>Right arrow</source>
        <translation>Pfeil nach rechts</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="236"/>
        <source>Left arrow</source>
        <translation>Pfeil nach links</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="240"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="240"/>
        <source>Previous exercise ({key})</source>
        <translation>Vorherige Übung ({key})</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="247"/>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="247"/>
        <source>Next exercise ({key})</source>
        <translation>Nächste Übung ({key})</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="254"/>
        <location filename="../../microbreak/ui/break_window.py" line="362"/>
        <source>&amp;Snooze {n} min</source>
        <translation>&amp;Später ({n} Min.)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="255"/>
        <location filename="../../microbreak/ui/break_window.py" line="364"/>
        <source>Close this break and bring it back in {n} minutes</source>
        <translation>Diese Pause schließen und in {n} Minuten wiederkommen lassen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="257"/>
        <source>S&amp;kip break</source>
        <translation>Pause aus&amp;lassen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="257"/>
        <source>End this break now (Esc)</source>
        <translation>Diese Pause jetzt beenden (Esc)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="260"/>
        <source>Read &amp;aloud</source>
        <translation>&amp;Vorlesen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="270"/>
        <source>Skip this break?</source>
        <translation>Diese Pause auslassen?</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="271"/>
        <source>Skip</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="271"/>
        <source>Yes, end this break (Enter)</source>
        <translation>Ja, diese Pause beenden (Eingabe)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="273"/>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="273"/>
        <source>Go on with the break (Esc)</source>
        <translation>Mit der Pause weitermachen (Esc)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="328"/>
        <location filename="../../microbreak/ui/break_window.py" line="505"/>
        <source>Well done!</source>
        <translation>Gut gemacht!</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="341"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="341"/>
        <source>Close this window</source>
        <translation>Dieses Fenster schließen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="401"/>
        <source>Next break at {time}.</source>
        <translation>Nächste Pause um {time}.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="502"/>
        <source>{first} and {last}</source>
        <translation>{first} und {last}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="503"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="506"/>
        <source>You did {exercises} in {time}.</source>
        <translation>Sie haben in {time} gemacht: {exercises}.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="510"/>
        <source>Break ended early</source>
        <translation>Pause früher beendet</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="511"/>
        <source>Every bit of movement helps. Try a whole routine next time.</source>
        <translation>Jede Bewegung hilft. Versuchen Sie nächstes Mal die ganze Runde.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="534"/>
        <source>Exercise {n} of {total}</source>
        <translation>Übung {n} von {total}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="558"/>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="564"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="619"/>
        <source>Read aloud: no voice</source>
        <translation>Vorlesen: keine Stimme</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="620"/>
        <source>Spoken guidance is not available. {reason}</source>
        <translation>Gesprochene Anleitung ist nicht verfügbar. {reason}</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <location filename="../../microbreak/ui/countdown_ring.py" line="43"/>
        <source>{n} seconds left</source>
        <translation>noch {n} Sekunden</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/countdown_ring.py" line="43"/>
        <source>1 second left</source>
        <translation>noch 1 Sekunde</translation>
    </message>
</context>
<context>
    <name>DayBarsChart</name>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="51"/>
        <source>Completed</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="53"/>
        <source>Snoozed, then taken</source>
        <translation>Verschoben, dann gemacht</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="57"/>
        <source>Natural break</source>
        <translation>Natürliche Pause</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="58"/>
        <source>Skipped</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="88"/>
        <source>Breaks per day, last {n} days</source>
        <translation>Pausen pro Tag, letzte {n} Tage</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="90"/>
        <source>{taken} taken of {offered} offered, {total} in all; goal {goal} a day</source>
        <translation>{taken} von {offered} angebotenen gemacht, {total} insgesamt; Ziel {goal} pro Tag</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="145"/>
        <source>dddd d MMMM</source>
        <translation>dddd, d. MMMM</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="146"/>
        <source>{n} of {total} breaks taken</source>
        <translation>{n} von {total} Pausen gemacht</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="148"/>
        <source>{series}: {n}</source>
        <translation>{series}: {n}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="153"/>
        <source>(of those taken, {n} partly done)</source>
        <translation>(davon {n} teilweise gemacht)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="154"/>
        <source>{n} min of exercise</source>
        <translation>{n} Min. Bewegung</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="250"/>
        <source>goal {n}</source>
        <translation>Ziel {n}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="261"/>
        <location filename="../../microbreak/ui/day_bars.py" line="266"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="263"/>
        <source>ddd
d</source>
        <translation>ddd
d.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="268"/>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="305"/>
        <source>Daily goal</source>
        <translation>Tagesziel</translation>
    </message>
</context>
<context>
    <name>ExercisesPage</name>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="154"/>
        <source>Tick the exercises you want. Breaks walk through them in this order: drag to reorder, or use Move up and Move down.</source>
        <translation>Haken Sie die gewünschten Übungen an. Die Pausen gehen sie in dieser Reihenfolge durch: zum Umsortieren ziehen oder „Nach oben“ und „Nach unten“ verwenden.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="158"/>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="164"/>
        <source>How long one break takes with this choice.</source>
        <translation>Wie lange eine Pause mit dieser Auswahl dauert.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="170"/>
        <source>Exercise files that could not be used; fix and reload.</source>
        <translation>Übungsdateien, die nicht verwendet werden konnten; korrigieren und neu laden.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="187"/>
        <source>Show only the exercises that suit where you are.</source>
        <translation>Nur die Übungen anzeigen, die dazu passen, wo Sie gerade sind.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="188"/>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="198"/>
        <source>Exercises &amp;per break:</source>
        <translation>Übungen &amp;pro Pause:</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="206"/>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="207"/>
        <source>Move the chosen exercise earlier in the routine.</source>
        <translation>Die ausgewählte Übung in der Routine nach vorne verschieben.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="208"/>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="209"/>
        <source>Move the chosen exercise later in the routine.</source>
        <translation>Die ausgewählte Übung in der Routine nach hinten verschieben.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="210"/>
        <source>&amp;Reload exercises</source>
        <translation>Übungen neu &amp;laden</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="212"/>
        <source>Read the exercise files again, including your own in the exercises folder.</source>
        <translation>Die Übungsdateien neu einlesen, auch Ihre eigenen im Übungsordner.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="221"/>
        <source>The steps of the exercise chosen in the list.</source>
        <translation>Die Schritte der in der Liste ausgewählten Übung.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="239"/>
        <source>&lt;b&gt;Skipped (could not be used):&lt;/b&gt;&lt;ul&gt;{lines}&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Übersprungen (nicht verwendbar):&lt;/b&gt;&lt;ul&gt;{lines}&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="342"/>
        <source>A break takes about {length} ({count} of the {chosen} chosen exercises; the next break goes on where the last one stopped).</source>
        <translation>Eine Pause dauert etwa {length} ({count} der {chosen} ausgewählten Übungen; die nächste Pause macht dort weiter, wo die letzte aufgehört hat).</translation>
    </message>
</context>
<context>
    <name>HeadsUpToast</name>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="20"/>
        <source>Time to stretch soon.</source>
        <translation>Gleich ist Zeit zum Dehnen.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="47"/>
        <source>Start now</source>
        <translation>Jetzt starten</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="48"/>
        <source>Snooze</source>
        <translation>Später</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="49"/>
        <source>Skip</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="50"/>
        <source>Start the break now</source>
        <translation>Die Pause jetzt beginnen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="51"/>
        <source>Put this break off by a few minutes</source>
        <translation>Diese Pause um einige Minuten verschieben</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="52"/>
        <source>Leave out this break</source>
        <translation>Diese Pause auslassen</translation>
    </message>
</context>
<context>
    <name>HealthNotice</name>
    <message>
        <location filename="../../microbreak/ui/about.py" line="120"/>
        <source>microbreak: before your first break</source>
        <translation>microbreak: vor Ihrer ersten Pause</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="125"/>
        <source>I understand</source>
        <translation>Verstanden</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="372"/>
        <source>microbreak settings</source>
        <translation>microbreak-Einstellungen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="382"/>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="406"/>
        <source>Put this page&apos;s settings back to their defaults.</source>
        <translation>Die Einstellungen dieser Seite auf die Standardwerte zurücksetzen.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="409"/>
        <source>Save and use these settings now; keep the dialog open.</source>
        <translation>Diese Einstellungen speichern und sofort verwenden; der Dialog bleibt offen.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="412"/>
        <source>Save and use these settings, and close.</source>
        <translation>Diese Einstellungen speichern, verwenden und den Dialog schließen.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="414"/>
        <source>Close without saving what changed since the last Apply.</source>
        <translation>Schließen, ohne die Änderungen seit dem letzten „Anwenden“ zu speichern.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="416"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="419"/>
        <source>Load settings from a file; they are checked in full and used when you press OK.</source>
        <translation>Einstellungen aus einer Datei laden; sie werden vollständig geprüft und verwendet, sobald Sie OK drücken.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="422"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="423"/>
        <source>Save these settings to a file, to share or keep.</source>
        <translation>Diese Einstellungen in einer Datei speichern, um sie weiterzugeben oder aufzubewahren.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="465"/>
        <source>no reminders this day</source>
        <translation>an diesem Tag keine Erinnerungen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="477"/>
        <source>Ranges like &quot;09:00-12:30, 13:30-17:00&quot;; leave a day empty for no reminders that day. Outside working hours microbreak stays quiet.</source>
        <translation>Bereiche wie „09:00-12:30, 13:30-17:00“; lassen Sie einen Tag leer, wenn Sie an diesem Tag keine Erinnerungen möchten. Außerhalb der Arbeitszeit bleibt microbreak still.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="484"/>
        <source>Settings file: {path}</source>
        <translation>Einstellungsdatei: {path}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="488"/>
        <source>&amp;Open the settings file</source>
        <translation>&amp;Einstellungsdatei öffnen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="491"/>
        <source>Open config.toml in your editor: every key is described there. Saved changes apply at once.</source>
        <translation>config.toml in Ihrem Editor öffnen: Dort ist jeder Schlüssel beschrieben. Gespeicherte Änderungen gelten sofort.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="541"/>
        <source>{page}: defaults restored. Press OK or Apply to use them.</source>
        <translation>{page}: Standardwerte wiederhergestellt. Drücken Sie OK oder „Anwenden“, um sie zu verwenden.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="643"/>
        <source>Nothing was imported. {problem}</source>
        <translation>Es wurde nichts importiert. {problem}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="647"/>
        <source>Imported {path}. Press OK or Apply to use these settings.</source>
        <translation>{path} importiert. Drücken Sie OK oder „Anwenden“, um diese Einstellungen zu verwenden.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="673"/>
        <source>Could not export to {path}: {problem}</source>
        <translation>Export nach {path} fehlgeschlagen: {problem}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="678"/>
        <source>Settings exported to {path}.</source>
        <translation>Einstellungen nach {path} exportiert.</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="62"/>
        <source>Export break history</source>
        <translation>Pausenverlauf exportieren</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="64"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="115"/>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="137"/>
        <location filename="../../microbreak/ui/stats_window.py" line="265"/>
        <source>breaks taken today</source>
        <translation>Pausen heute gemacht</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="138"/>
        <location filename="../../microbreak/ui/stats_window.py" line="268"/>
        <source>of exercise today</source>
        <translation>Bewegung heute</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="139"/>
        <source>days in a row at your goal</source>
        <translation>Tage in Folge am Ziel</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="161"/>
        <source>{n} days</source>
        <translation>{n} Tage</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="174"/>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="175"/>
        <source>Done</source>
        <translation>Gemacht</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="176"/>
        <source>Partly done</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="177"/>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="178"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="181"/>
        <source>How each exercise went</source>
        <translation>Wie jede Übung lief</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="196"/>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="198"/>
        <source>Clear history…</source>
        <translation>Verlauf löschen…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="200"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="218"/>
        <source>Delete history</source>
        <translation>Verlauf löschen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="220"/>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="264"/>
        <source>{n} of {total}</source>
        <translation>{n} von {total}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="268"/>
        <source>{n} min</source>
        <translation>{n} Min.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="271"/>
        <source>day in a row at {goal} a day</source>
        <translation>Tag in Folge mit {goal} pro Tag</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="273"/>
        <source>days in a row at {goal} a day</source>
        <translation>Tage in Folge mit {goal} pro Tag</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="275"/>
        <source>Today: {taken}</source>
        <translation>Heute: {taken}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="279"/>
        <source>Exercises, last {n} days</source>
        <translation>Übungen, letzte {n} Tage</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="328"/>
        <source>Could not save {path}: {error}</source>
        <translation>{path} konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="332"/>
        <source>Saved {n} breaks to {path}.</source>
        <translation>{n} Pausen in {path} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="339"/>
        <source>Delete all {n} breaks recorded?</source>
        <translation>Alle {n} aufgezeichneten Pausen löschen?</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="342"/>
        <source>d MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="344"/>
        <source>Delete all {n} breaks recorded since {date}?</source>
        <translation>Alle {n} seit dem {date} aufgezeichneten Pausen löschen?</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="350"/>
        <source>This cannot be undone. Export a CSV first if you want to keep them.</source>
        <translation>Das lässt sich nicht rückgängig machen. Exportieren Sie zuerst eine CSV-Datei, wenn Sie sie behalten möchten.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="364"/>
        <source>Your break history was deleted.</source>
        <translation>Ihr Pausenverlauf wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="171"/>
        <source>Take a break now</source>
        <translation>Jetzt Pause machen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="172"/>
        <source>Snooze</source>
        <translation>Später</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="173"/>
        <source>Skip next break</source>
        <translation>Nächste Pause auslassen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="174"/>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="175"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="176"/>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="177"/>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="178"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="179"/>
        <source>Statistics…</source>
        <translation>Statistik…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="184"/>
        <source>Start a break with its exercises now</source>
        <translation>Jetzt eine Pause mit ihren Übungen beginnen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="185"/>
        <source>Put the next break off by a few minutes</source>
        <translation>Die nächste Pause um einige Minuten verschieben</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="186"/>
        <source>Count the next break as taken and start a new interval</source>
        <translation>Die nächste Pause als gemacht zählen und neu zu zählen beginnen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="187"/>
        <source>No reminders for a while</source>
        <translation>Eine Weile keine Erinnerungen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="188"/>
        <source>Reminders again, from now</source>
        <translation>Ab jetzt wieder Erinnerungen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="189"/>
        <source>Change the interval, sounds and more</source>
        <translation>Abstand, Töne und mehr ändern</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="190"/>
        <source>Breaks taken, streaks and exercises</source>
        <translation>Gemachte Pausen, Serien und Übungen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="191"/>
        <source>What microbreak is, and the health notice</source>
        <translation>Was microbreak ist, und der Gesundheitshinweis</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="192"/>
        <source>End microbreak: no more reminders until it starts again</source>
        <translation>microbreak beenden: keine Erinnerungen mehr, bis es wieder startet</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="224"/>
        <source>at {time}</source>
        <translation>um {time}</translation>
    </message>
</context>
<context>
    <name>describe</name>
    <message>
        <location filename="../../microbreak/core/describe.py" line="14"/>
        <source>paused by you</source>
        <translation>von Ihnen angehalten</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="15"/>
        <source>you are away</source>
        <translation>Sie sind nicht da</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="16"/>
        <source>the computer is asleep</source>
        <translation>der Computer schläft</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="17"/>
        <source>the screen is locked</source>
        <translation>der Bildschirm ist gesperrt</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="18"/>
        <source>do not disturb is on</source>
        <translation>„Nicht stören“ ist an</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="19"/>
        <source>a full-screen window is open</source>
        <translation>ein Vollbildfenster ist offen</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="20"/>
        <source>you are in a call</source>
        <translation>Sie sind in einem Gespräch</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="21"/>
        <source>outside your working hours</source>
        <translation>außerhalb Ihrer Arbeitszeit</translation>
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
        <translation>{n} Min.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="71"/>
        <location filename="../../microbreak/core/describe.py" line="90"/>
        <source>{h} h {m} min</source>
        <translation>{h} Std. {m} Min.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="72"/>
        <location filename="../../microbreak/core/describe.py" line="91"/>
        <source>{n} h</source>
        <translation>{n} Std.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="86"/>
        <source>{m} min {s} s</source>
        <translation>{m} Min. {s} s</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="98"/>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="98"/>
        <source>{n} seconds</source>
        <translation>{n} Sekunden</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="99"/>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="99"/>
        <source>{n} minutes</source>
        <translation>{n} Minuten</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="100"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="100"/>
        <source>{n} hours</source>
        <translation>{n} Stunden</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="116"/>
        <source>{hours} {minutes}</source>
        <translation>{hours} {minutes}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="123"/>
        <source>Microbreak in {time}</source>
        <translation>Mikropause in {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="140"/>
        <source>On a break</source>
        <translation>In der Pause</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="143"/>
        <source>Break waiting: {reasons}</source>
        <translation>Pause wartet: {reasons}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="148"/>
        <source>Paused until {day} {time}</source>
        <translation>Angehalten bis {day} {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="151"/>
        <source>Paused until {time}</source>
        <translation>Angehalten bis {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="153"/>
        <source>Paused until you resume</source>
        <translation>Angehalten, bis Sie fortsetzen</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="154"/>
        <source>Paused: {reasons}</source>
        <translation>Angehalten: {reasons}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="161"/>
        <source>Break in {time}</source>
        <translation>Pause in {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="163"/>
        <source>Snoozed: break in {time}</source>
        <translation>Verschoben: Pause in {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="168"/>
        <source>Next break in {soonest} to {latest}, at a pause in your typing</source>
        <translation>Nächste Pause in {soonest} bis {latest}, sobald Sie beim Tippen innehalten</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="171"/>
        <source>Break at your next pause (by {time})</source>
        <translation>Pause, sobald Sie innehalten (spätestens {time})</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="174"/>
        <source>Next break in {time}</source>
        <translation>Nächste Pause in {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="182"/>
        <source>(at {time})</source>
        <translation>(um {time})</translation>
    </message>
</context>
<context>
    <name>guidance</name>
    <message>
        <location filename="../../microbreak/core/guidance.py" line="72"/>
        <source>Well done. That is the end of this break.</source>
        <translation>Gut gemacht. Das war diese Pause.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/guidance.py" line="73"/>
        <source>Paused.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/guidance.py" line="112"/>
        <source>{n} of {total}. {step}</source>
        <translation>{n} von {total}. {step}</translation>
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
        <translation>Jetzt die rechte Seite.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/player.py" line="29"/>
        <source>Now the left side.</source>
        <translation>Jetzt die linke Seite.</translation>
    </message>
</context>
<context>
    <name>stats</name>
    <message>
        <location filename="../../microbreak/core/stats.py" line="299"/>
        <source>1 break</source>
        <translation>1 Pause</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="299"/>
        <source>{n} breaks</source>
        <translation>{n} Pausen</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="303"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="303"/>
        <source>{n} days</source>
        <translation>{n} Tage</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="309"/>
        <source>{n} of {breaks} taken</source>
        <translation>{n} von {breaks} gemacht</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="315"/>
        <source>1 natural break</source>
        <translation>1 natürliche Pause</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="316"/>
        <source>{n} natural breaks</source>
        <translation>{n} natürliche Pausen</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="319"/>
        <source>{n} min of exercise</source>
        <translation>{n} Min. Bewegung</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="320"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="327"/>
        <source>Daily goal of {goal} reached. Well done!</source>
        <translation>Tagesziel von {goal} erreicht. Gut gemacht!</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="329"/>
        <source>Your goal: {goal} a day.</source>
        <translation>Ihr Ziel: {goal} pro Tag.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="330"/>
        <source>Your goal: {goal} a day, {left} to go.</source>
        <translation>Ihr Ziel: {goal} pro Tag, noch {left}.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="337"/>
        <source>Reach your goal today to start a streak.</source>
        <translation>Erreichen Sie heute Ihr Ziel, um eine Serie zu beginnen.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="338"/>
        <source>{days} in a row at your goal.</source>
        <translation>{days} in Folge am Ziel.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="342"/>
        <source>Last {days}: {taken}</source>
        <translation>Letzte {days}: {taken}</translation>
    </message>
</context>
</TS>
