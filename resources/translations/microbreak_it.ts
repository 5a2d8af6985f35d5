<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>About</name>
    <message>
        <location filename="../../microbreak/ui/about.py" line="30"/>
        <source>Before your first break</source>
        <translation>Prima della tua prima pausa</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="32"/>
        <source>microbreak reminds you to pause your work every so often and walks you through gentle stretches for your back, shoulders and neck. It is a nudge to move, not a treatment and not medical advice.</source>
        <translation>microbreak ti ricorda di interrompere il lavoro ogni tanto e ti guida in allungamenti delicati per schiena, spalle e collo. È uno stimolo a muoverti, non una cura né un consiglio medico.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="38"/>
        <source>If you have a back or neck condition, or a recent injury, ask a doctor or physical therapist before you start.</source>
        <translation>Se hai problemi alla schiena o al collo, o un infortunio recente, chiedi a un medico o a un fisioterapista prima di iniziare.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="43"/>
        <source>Move slowly and never into pain. If an exercise hurts, stop it and go on to the next one (or skip the break). If pain keeps coming back, gets worse or lasts more than a few days, see a doctor.</source>
        <translation>Muoviti lentamente e mai fino al dolore. Se un esercizio fa male, interrompilo e passa al successivo (o salta la pausa). Se il dolore ritorna, peggiora o dura più di qualche giorno, rivolgiti a un medico.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="52"/>
        <source>The American Association of Occupational Health Nurses (AAOHN) recommends what it calls a &lt;i&gt;wellness microbreak&lt;/i&gt;: every 30 to 60 minutes, stop your work for a moment and do one or more short exercises right at your desk. You stay in your chair and in your work clothes; no equipment is needed.</source>
        <translation>L’American Association of Occupational Health Nurses (AAOHN), l’associazione statunitense degli infermieri di medicina del lavoro, raccomanda quella che chiama &lt;i&gt;micropausa per il benessere&lt;/i&gt;: ogni 30-60 minuti, interrompi per un momento il lavoro e fai uno o più brevi esercizi alla scrivania. Resti sulla sedia e con i vestiti da lavoro; non serve nessuna attrezzatura.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="59"/>
        <source>Most upper-back pain comes from strained muscles (from holding one posture or repeating one movement for hours) rather than from a problem with the discs of the spine. Gentle, regular exercise strengthens the small muscles around the upper spine and eases its ligaments.</source>
        <translation>La maggior parte dei dolori nella parte alta della schiena deriva da muscoli affaticati (per aver mantenuto una postura o ripetuto un movimento per ore) più che da un problema ai dischi della colonna. Un esercizio delicato e regolare rafforza i piccoli muscoli intorno alla parte alta della colonna e ne scarica i legamenti.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="66"/>
        <source>microbreak waits 45 minutes between breaks by default, the middle of that range, and keeps each break to a few minutes.</source>
        <translation>Per impostazione predefinita microbreak aspetta 45 minuti tra una pausa e l’altra, a metà di quell’intervallo, e limita ogni pausa a pochi minuti.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="72"/>
        <source>microbreak sends nothing anywhere: your settings and history stay on this computer.</source>
        <translation>microbreak non invia nulla da nessuna parte: le impostazioni e la cronologia restano su questo computer.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="78"/>
        <source>seated</source>
        <translation>seduti</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="79"/>
        <source>standing</source>
        <translation>in piedi</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="82"/>
        <source>wall</source>
        <translation>parete</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="83"/>
        <source>doorway</source>
        <translation>vano della porta</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="84"/>
        <source>strap</source>
        <translation>fascia</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="197"/>
        <source>{posture}, needs a {equipment}</source>
        <translation>{posture}, serve: {equipment}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="202"/>
        <source>Each break walks you through a few of these, with a picture of every pose, a countdown for each hold and a repetition counter. The default routine rotates through the five seated AAOHN desk exercises:</source>
        <translation>Ogni pausa ti guida in alcuni di questi esercizi, con un’immagine di ogni posizione, un conto alla rovescia per ogni tenuta e un contatore delle ripetizioni. La routine predefinita alterna i cinque esercizi da seduti dell’AAOHN:</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="210"/>
        <source>The library also has these:</source>
        <translation>La raccolta comprende anche questi:</translation>
    </message>
</context>
<context>
    <name>AboutWindow</name>
    <message>
        <location filename="../../microbreak/ui/about.py" line="147"/>
        <location filename="../../microbreak/ui/about.py" line="173"/>
        <source>About microbreak</source>
        <translation>Informazioni su microbreak</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="153"/>
        <source>A small break reminder for people who work sitting at a desk.</source>
        <translation>Un piccolo promemoria per le pause, per chi lavora seduto alla scrivania.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="155"/>
        <source>Why a short break every 30 to 60 minutes</source>
        <translation>Perché una breve pausa ogni 30-60 minuti</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="158"/>
        <source>The exercises</source>
        <translation>Gli esercizi</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="161"/>
        <source>Take care</source>
        <translation>Abbi cura di te</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="163"/>
        <source>Read the health notice again</source>
        <translation>Rileggi l’avvertenza sulla salute</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="174"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>ActionsMenu</name>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="21"/>
        <source>30 minutes</source>
        <translation>30 minuti</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="22"/>
        <source>1 hour</source>
        <translation>1 ora</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="23"/>
        <source>2 hours</source>
        <translation>2 ore</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="24"/>
        <source>Until tomorrow</source>
        <translation>Fino a domani</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="25"/>
        <source>Until I resume</source>
        <translation>Finché non riprendo</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="51"/>
        <source>Take a break now</source>
        <translation>Fai una pausa ora</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="53"/>
        <source>Snooze</source>
        <translation>Rimanda</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="55"/>
        <source>{n} minutes</source>
        <translation>{n} minuti</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="57"/>
        <source>Skip next break</source>
        <translation>Salta la prossima pausa</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="59"/>
        <source>Pause reminders</source>
        <translation>Sospendi i promemoria</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="63"/>
        <source>Resume reminders</source>
        <translation>Riprendi i promemoria</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="66"/>
        <source>Statistics…</source>
        <translation>Statistiche…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="68"/>
        <source>Settings…</source>
        <translation>Impostazioni…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="70"/>
        <source>About microbreak</source>
        <translation>Informazioni su microbreak</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="72"/>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
</context>
<context>
    <name>BreakWindow</name>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="67"/>
        <source>Read each step aloud and count the holds, so you can close your eyes</source>
        <translation>Leggi ogni passaggio ad alta voce e conta le tenute, così puoi chiudere gli occhi</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="71"/>
        <source>Move</source>
        <translation>Muovi</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="72"/>
        <source>Hold</source>
        <translation>Tieni</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="73"/>
        <source>Relax</source>
        <translation>Rilassa</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="87"/>
        <source>left side</source>
        <translation>lato sinistro</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="88"/>
        <source>right side</source>
        <translation>lato destro</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="93"/>
        <source>Get ready</source>
        <translation>Preparati</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="95"/>
        <source>Once</source>
        <translation>Una volta</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="97"/>
        <source>Rep {n} of {total}</source>
        <translation>Rip. {n} di {total}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="102"/>
        <source>{where}, {side}</source>
        <translation>{where}, {side}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="162"/>
        <source>Time for a break</source>
        <translation>È ora di una pausa</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="193"/>
        <source>Progress through this break</source>
        <translation>Avanzamento di questa pausa</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="244"/>
        <location filename="../../microbreak/ui/break_window.py" line="564"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="244"/>
        <source>Pause or resume the countdown (Space)</source>
        <translation>Metti in pausa o riprendi il conto alla rovescia (Spazio)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="236"/>
        <source>Right arrow</source>
        <translation>freccia destra</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="236"/>
        <source>Left arrow</source>
        <translation>freccia sinistra</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="240"/>
        <source>&amp;Back</source>
        <translation>&amp;Indietro</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="240"/>
        <source>Previous exercise ({key})</source>
        <translation>Esercizio precedente ({key})</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="247"/>
        <source>&amp;Next</source>
        <translation>&amp;Avanti</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="247"/>
        <source>Next exercise ({key})</source>
        <translation>Esercizio successivo ({key})</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="254"/>
        <location filename="../../microbreak/ui/break_window.py" line="362"/>
        <source>&amp;Snooze {n} min</source>
        <translation>&amp;Rimanda {n} min</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="255"/>
        <location filename="../../microbreak/ui/break_window.py" line="364"/>
        <source>Close this break and bring it back in {n} minutes</source>
        <translation>Chiudi questa pausa e riproponila tra {n} minuti</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="257"/>
        <source>S&amp;kip break</source>
        <translation>&amp;Salta pausa</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="257"/>
        <source>End this break now (Esc)</source>
        <translation>Termina subito questa pausa (Esc)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="260"/>
        <source>Read &amp;aloud</source>
        <translation>&amp;Leggi ad alta voce</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="270"/>
        <source>Skip this break?</source>
        <translation>Saltare questa pausa?</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="271"/>
        <source>Skip</source>
        <translation>Salta</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="271"/>
        <source>Yes, end this break (Enter)</source>
        <translation>Sì, termina questa pausa (Invio)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="273"/>
        <source>Keep going</source>
        <translation>Continua</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="273"/>
        <source>Go on with the break (Esc)</source>
        <translation>Continua la pausa (Esc)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="328"/>
        <location filename="../../microbreak/ui/break_window.py" line="505"/>
        <source>Well done!</source>
        <translation>Ben fatto!</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="341"/>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="341"/>
        <source>Close this window</source>
        <translation>Chiudi questa finestra</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="401"/>
        <source>Next break at {time}.</source>
        <translation>Prossima pausa alle {time}.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="502"/>
        <source>{first} and {last}</source>
        <translation>{first} e {last}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="503"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="506"/>
        <source>You did {exercises} in {time}.</source>
        <translation>Hai fatto {exercises} in {time}.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="510"/>
        <source>Break ended early</source>
        <translation>Pausa terminata in anticipo</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="511"/>
        <source>Every bit of movement helps. Try a whole routine next time.</source>
        <translation>Ogni movimento aiuta. La prossima volta prova la routine completa.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="534"/>
        <source>Exercise {n} of {total}</source>
        <translation>Esercizio {n} di {total}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="558"/>
        <source>Paused</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="564"/>
        <source>&amp;Resume</source>
        <translation>Ri&amp;prendi</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="619"/>
        <source>Read aloud: no voice</source>
        <translation>Lettura: nessuna voce</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="620"/>
        <source>Spoken guidance is not available. {reason}</source>
        <translation>La guida vocale non è disponibile. {reason}</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <location filename="../../microbreak/ui/countdown_ring.py" line="43"/>
        <source>{n} seconds left</source>
        <translation>ancora {n} secondi</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/countdown_ring.py" line="43"/>
        <source>1 second left</source>
        <translation>ancora 1 secondo</translation>
    </message>
</context>
<context>
    <name>DayBarsChart</name>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="51"/>
        <source>Completed</source>
        <translation>Completata</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="53"/>
        <source>Snoozed, then taken</source>
        <translation>Rimandata, poi fatta</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="57"/>
        <source>Natural break</source>
        <translation>Pausa naturale</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="58"/>
        <source>Skipped</source>
        <translation>Saltata</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="88"/>
        <source>Breaks per day, last {n} days</source>
        <translation>Pause al giorno, ultimi {n} giorni</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="90"/>
        <source>{taken} taken of {offered} offered, {total} in all; goal {goal} a day</source>
        <translation>{taken} fatte su {offered} proposte, {total} in tutto; obiettivo {goal} al giorno</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="145"/>
        <source>dddd d MMMM</source>
        <translation>dddd d MMMM</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="146"/>
        <source>{n} of {total} breaks taken</source>
        <translation>{n} pause fatte su {total}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="148"/>
        <source>{series}: {n}</source>
        <translation>{series}: {n}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="153"/>
        <source>(of those taken, {n} partly done)</source>
        <translation>(di queste, {n} fatte in parte)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="154"/>
        <source>{n} min of exercise</source>
        <translation>{n} min di esercizio</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="250"/>
        <source>goal {n}</source>
        <translation>obiettivo {n}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="261"/>
        <location filename="../../microbreak/ui/day_bars.py" line="266"/>
        <source>Today</source>
        <translation>Oggi</translation>
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
        <translation>Obiettivo giornaliero</translation>
    </message>
</context>
<context>
    <name>ExercisesPage</name>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="154"/>
        <source>Tick the exercises you want. Breaks walk through them in this order: drag to reorder, or use Move up and Move down.</source>
        <translation>Spunta gli esercizi che vuoi. Le pause li propongono in quest’ordine: trascinali per riordinarli, oppure usa Sposta su e Sposta giù.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="158"/>
        <source>Exercises</source>
        <translation>Esercizi</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="164"/>
        <source>How long one break takes with this choice.</source>
        <translation>Quanto dura una pausa con questa scelta.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="170"/>
        <source>Exercise files that could not be used; fix and reload.</source>
        <translation>File di esercizi che non è stato possibile usare; correggili e ricarica.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="187"/>
        <source>Show only the exercises that suit where you are.</source>
        <translation>Mostra solo gli esercizi adatti al posto in cui ti trovi.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="188"/>
        <source>&amp;Show:</source>
        <translation>&amp;Mostra:</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="198"/>
        <source>Exercises &amp;per break:</source>
        <translation>Esercizi &amp;per pausa:</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="206"/>
        <source>Move &amp;up</source>
        <translation>Sposta &amp;su</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="207"/>
        <source>Move the chosen exercise earlier in the routine.</source>
        <translation>Anticipa l’esercizio selezionato nella routine.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="208"/>
        <source>Move &amp;down</source>
        <translation>Sposta &amp;giù</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="209"/>
        <source>Move the chosen exercise later in the routine.</source>
        <translation>Posticipa l’esercizio selezionato nella routine.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="210"/>
        <source>&amp;Reload exercises</source>
        <translation>&amp;Ricarica esercizi</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="212"/>
        <source>Read the exercise files again, including your own in the exercises folder.</source>
        <translation>Rileggi i file degli esercizi, compresi i tuoi nella cartella degli esercizi.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="221"/>
        <source>The steps of the exercise chosen in the list.</source>
        <translation>I passaggi dell’esercizio selezionato nell’elenco.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="239"/>
        <source>&lt;b&gt;Skipped (could not be used):&lt;/b&gt;&lt;ul&gt;{lines}&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Saltati (non utilizzabili):&lt;/b&gt;&lt;ul&gt;{lines}&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="342"/>
        <source>A break takes about {length} ({count} of the {chosen} chosen exercises; the next break goes on where the last one stopped).</source>
        <translation>Una pausa dura circa {length} ({count} dei {chosen} esercizi scelti; la pausa successiva riprende da dove si è fermata l’ultima).</translation>
    </message>
</context>
<context>
    <name>HeadsUpToast</name>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="20"/>
        <source>Time to stretch soon.</source>
        <translation>Tra poco è ora di allungarsi.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="47"/>
        <source>Start now</source>
        <translation>Inizia ora</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="48"/>
        <source>Snooze</source>
        <translation>Rimanda</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="49"/>
        <source>Skip</source>
        <translation>Salta</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="50"/>
        <source>Start the break now</source>
        <translation>Inizia subito la pausa</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="51"/>
        <source>Put this break off by a few minutes</source>
        <translation>Rimanda questa pausa di qualche minuto</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="52"/>
        <source>Leave out this break</source>
        <translation>Salta questa pausa</translation>
    </message>
</context>
<context>
    <name>HealthNotice</name>
    <message>
        <location filename="../../microbreak/ui/about.py" line="120"/>
        <source>microbreak: before your first break</source>
        <translation>microbreak: prima della tua prima pausa</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="125"/>
        <source>I understand</source>
        <translation>Ho capito</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="372"/>
        <source>microbreak settings</source>
        <translation>Impostazioni di microbreak</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="382"/>
        <source>Settings pages</source>
        <translation>Pagine delle impostazioni</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="406"/>
        <source>Put this page&apos;s settings back to their defaults.</source>
        <translation>Ripristina i valori predefiniti delle impostazioni di questa pagina.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="409"/>
        <source>Save and use these settings now; keep the dialog open.</source>
        <translation>Salva e applica subito queste impostazioni, lasciando aperta la finestra.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="412"/>
        <source>Save and use these settings, and close.</source>
        <translation>Salva e applica queste impostazioni, poi chiudi.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="414"/>
        <source>Close without saving what changed since the last Apply.</source>
        <translation>Chiudi senza salvare le modifiche fatte dall’ultimo «Applica».</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="416"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="419"/>
        <source>Load settings from a file; they are checked in full and used when you press OK.</source>
        <translation>Carica le impostazioni da un file; vengono controllate per intero e applicate quando premi OK.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="422"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;sporta…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="423"/>
        <source>Save these settings to a file, to share or keep.</source>
        <translation>Salva queste impostazioni in un file, da condividere o conservare.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="465"/>
        <source>no reminders this day</source>
        <translation>nessun promemoria in questo giorno</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="477"/>
        <source>Ranges like &quot;09:00-12:30, 13:30-17:00&quot;; leave a day empty for no reminders that day. Outside working hours microbreak stays quiet.</source>
        <translation>Intervalli come «09:00-12:30, 13:30-17:00»; lascia vuoto un giorno per non ricevere promemoria quel giorno. Fuori dall’orario di lavoro microbreak resta in silenzio.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="484"/>
        <source>Settings file: {path}</source>
        <translation>File delle impostazioni: {path}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="488"/>
        <source>&amp;Open the settings file</source>
        <translation>&amp;Apri il file delle impostazioni</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="491"/>
        <source>Open config.toml in your editor: every key is described there. Saved changes apply at once.</source>
        <translation>Apri config.toml nel tuo editor: lì è descritta ogni chiave. Le modifiche salvate si applicano subito.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="541"/>
        <source>{page}: defaults restored. Press OK or Apply to use them.</source>
        <translation>{page}: valori predefiniti ripristinati. Premi OK o Applica per usarli.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="643"/>
        <source>Nothing was imported. {problem}</source>
        <translation>Non è stato importato nulla. {problem}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="647"/>
        <source>Imported {path}. Press OK or Apply to use these settings.</source>
        <translation>{path} importato. Premi OK o Applica per usare queste impostazioni.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="673"/>
        <source>Could not export to {path}: {problem}</source>
        <translation>Impossibile esportare in {path}: {problem}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="678"/>
        <source>Settings exported to {path}.</source>
        <translation>Impostazioni esportate in {path}.</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="62"/>
        <source>Export break history</source>
        <translation>Esporta la cronologia delle pause</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="64"/>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="115"/>
        <source>Statistics</source>
        <translation>Statistiche</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="137"/>
        <location filename="../../microbreak/ui/stats_window.py" line="265"/>
        <source>breaks taken today</source>
        <translation>pause fatte oggi</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="138"/>
        <location filename="../../microbreak/ui/stats_window.py" line="268"/>
        <source>of exercise today</source>
        <translation>di esercizio oggi</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="139"/>
        <source>days in a row at your goal</source>
        <translation>giorni di fila all’obiettivo</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="161"/>
        <source>{n} days</source>
        <translation>{n} giorni</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="174"/>
        <source>Exercise</source>
        <translation>Esercizio</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="175"/>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="176"/>
        <source>Partly done</source>
        <translation>In parte</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="177"/>
        <source>Not started</source>
        <translation>Non iniziato</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="178"/>
        <source>Minutes</source>
        <translation>Minuti</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="181"/>
        <source>How each exercise went</source>
        <translation>Com’è andato ogni esercizio</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="196"/>
        <source>Export CSV…</source>
        <translation>Esporta CSV…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="198"/>
        <source>Clear history…</source>
        <translation>Cancella cronologia…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="200"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="218"/>
        <source>Delete history</source>
        <translation>Elimina cronologia</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="220"/>
        <source>Keep it</source>
        <translation>Conservala</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="264"/>
        <source>{n} of {total}</source>
        <translation>{n} su {total}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="268"/>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="271"/>
        <source>day in a row at {goal} a day</source>
        <translation>giorno di fila a {goal} al giorno</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="273"/>
        <source>days in a row at {goal} a day</source>
        <translation>giorni di fila a {goal} al giorno</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="275"/>
        <source>Today: {taken}</source>
        <translation>Oggi: {taken}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="279"/>
        <source>Exercises, last {n} days</source>
        <translation>Esercizi, ultimi {n} giorni</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="328"/>
        <source>Could not save {path}: {error}</source>
        <translation>Impossibile salvare {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="332"/>
        <source>Saved {n} breaks to {path}.</source>
        <translation>{n} pause salvate in {path}.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="339"/>
        <source>Delete all {n} breaks recorded?</source>
        <translation>Eliminare tutte le {n} pause registrate?</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="342"/>
        <source>d MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="344"/>
        <source>Delete all {n} breaks recorded since {date}?</source>
        <translation>Eliminare tutte le {n} pause registrate dal {date}?</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="350"/>
        <source>This cannot be undone. Export a CSV first if you want to keep them.</source>
        <translation>L’operazione non si può annullare. Esporta prima un CSV se vuoi conservarle.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="364"/>
        <source>Your break history was deleted.</source>
        <translation>La cronologia delle pause è stata eliminata.</translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="171"/>
        <source>Take a break now</source>
        <translation>Fai una pausa ora</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="172"/>
        <source>Snooze</source>
        <translation>Rimanda</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="173"/>
        <source>Skip next break</source>
        <translation>Salta la prossima pausa</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="174"/>
        <source>Pause</source>
        <translation>Sospendi</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="175"/>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="176"/>
        <source>Settings…</source>
        <translation>Impostazioni…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="177"/>
        <source>About</source>
        <translation>Informazioni</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="178"/>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="179"/>
        <source>Statistics…</source>
        <translation>Statistiche…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="184"/>
        <source>Start a break with its exercises now</source>
        <translation>Inizia ora una pausa con i suoi esercizi</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="185"/>
        <source>Put the next break off by a few minutes</source>
        <translation>Rimanda di qualche minuto la prossima pausa</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="186"/>
        <source>Count the next break as taken and start a new interval</source>
        <translation>Considera fatta la prossima pausa e ricomincia l’intervallo</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="187"/>
        <source>No reminders for a while</source>
        <translation>Niente promemoria per un po’</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="188"/>
        <source>Reminders again, from now</source>
        <translation>Di nuovo promemoria, da adesso</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="189"/>
        <source>Change the interval, sounds and more</source>
        <translation>Cambia l’intervallo, i suoni e altro</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="190"/>
        <source>Breaks taken, streaks and exercises</source>
        <translation>Pause fatte, serie ed esercizi</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="191"/>
        <source>What microbreak is, and the health notice</source>
        <translation>Che cos’è microbreak, e l’avvertenza sulla salute</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="192"/>
        <source>End microbreak: no more reminders until it starts again</source>
        <translation>Chiudi microbreak: niente promemoria finché non si riavvia</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="224"/>
        <source>at {time}</source>
        <translation>alle {time}</translation>
    </message>
</context>
<context>
    <name>describe</name>
    <message>
        <location filename="../../microbreak/core/describe.py" line="14"/>
        <source>paused by you</source>
        <translation>sospeso da te</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="15"/>
        <source>you are away</source>
        <translation>sei lontano dal computer</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="16"/>
        <source>the computer is asleep</source>
        <translation>il computer è in sospensione</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="17"/>
        <source>the screen is locked</source>
        <translation>lo schermo è bloccato</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="18"/>
        <source>do not disturb is on</source>
        <translation>«Non disturbare» è attivo</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="19"/>
        <source>a full-screen window is open</source>
        <translation>c’è una finestra a schermo intero</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="20"/>
        <source>you are in a call</source>
        <translation>sei in una chiamata</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="21"/>
        <source>outside your working hours</source>
        <translation>fuori dal tuo orario di lavoro</translation>
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
        <translation>1 secondo</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="98"/>
        <source>{n} seconds</source>
        <translation>{n} secondi</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="99"/>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="99"/>
        <source>{n} minutes</source>
        <translation>{n} minuti</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="100"/>
        <source>1 hour</source>
        <translation>1 ora</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="100"/>
        <source>{n} hours</source>
        <translation>{n} ore</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="116"/>
        <source>{hours} {minutes}</source>
        <translation>{hours} e {minutes}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="123"/>
        <source>Microbreak in {time}</source>
        <translation>Micropausa tra {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="140"/>
        <source>On a break</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="143"/>
        <source>Break waiting: {reasons}</source>
        <translation>Pausa in attesa: {reasons}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="148"/>
        <source>Paused until {day} {time}</source>
        <translation>Sospeso fino a {day} alle {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="151"/>
        <source>Paused until {time}</source>
        <translation>Sospeso fino alle {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="153"/>
        <source>Paused until you resume</source>
        <translation>Sospeso finché non riprendi</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="154"/>
        <source>Paused: {reasons}</source>
        <translation>Sospeso: {reasons}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="161"/>
        <source>Break in {time}</source>
        <translation>Pausa tra {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="163"/>
        <source>Snoozed: break in {time}</source>
        <translation>Rimandata: pausa tra {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="168"/>
        <source>Next break in {soonest} to {latest}, at a pause in your typing</source>
        <translation>Prossima pausa tra {soonest} e {latest}, quando smetti di scrivere</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="171"/>
        <source>Break at your next pause (by {time})</source>
        <translation>Pausa appena smetti di scrivere (entro le {time})</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="174"/>
        <source>Next break in {time}</source>
        <translation>Prossima pausa tra {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="182"/>
        <source>(at {time})</source>
        <translation>(alle {time})</translation>
    </message>
</context>
<context>
    <name>guidance</name>
    <message>
        <location filename="../../microbreak/core/guidance.py" line="72"/>
        <source>Well done. That is the end of this break.</source>
        <translation>Ben fatto. Questa pausa è finita.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/guidance.py" line="73"/>
        <source>Paused.</source>
        <translation>In pausa.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/guidance.py" line="112"/>
        <source>{n} of {total}. {step}</source>
        <translation>{n} di {total}. {step}</translation>
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
        <translation>Ora il lato destro.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/player.py" line="29"/>
        <source>Now the left side.</source>
        <translation>Ora il lato sinistro.</translation>
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
        <translation>{n} pause</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="303"/>
        <source>1 day</source>
        <translation>1 giorno</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="303"/>
        <source>{n} days</source>
        <translation>{n} giorni</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="309"/>
        <source>{n} of {breaks} taken</source>
        <translation>{n} su {breaks} fatte</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="315"/>
        <source>1 natural break</source>
        <translation>1 pausa naturale</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="316"/>
        <source>{n} natural breaks</source>
        <translation>{n} pause naturali</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="319"/>
        <source>{n} min of exercise</source>
        <translation>{n} min di esercizio</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="320"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="327"/>
        <source>Daily goal of {goal} reached. Well done!</source>
        <translation>Obiettivo giornaliero di {goal} raggiunto. Ben fatto!</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="329"/>
        <source>Your goal: {goal} a day.</source>
        <translation>Il tuo obiettivo: {goal} al giorno.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="330"/>
        <source>Your goal: {goal} a day, {left} to go.</source>
        <translation>Il tuo obiettivo: {goal} al giorno, ne mancano {left}.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="337"/>
        <source>Reach your goal today to start a streak.</source>
        <translation>Raggiungi l’obiettivo oggi per iniziare una serie.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="338"/>
        <source>{days} in a row at your goal.</source>
        <translation>{days} di fila all’obiettivo.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="342"/>
        <source>Last {days}: {taken}</source>
        <translation>In {days}: {taken}</translation>
    </message>
</context>
</TS>
