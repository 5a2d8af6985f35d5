<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>About</name>
    <message>
        <location filename="../../microbreak/ui/about.py" line="31"/>
        <source>Before your first break</source>
        <translation>Prima della tua prima pausa</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="33"/>
        <source>microbreak reminds you to pause your work every so often and walks you through gentle stretches for your back, shoulders and neck. It is a nudge to move, not a treatment and not medical advice.</source>
        <translation>microbreak ti ricorda di interrompere il lavoro ogni tanto e ti guida in allungamenti delicati per schiena, spalle e collo. È uno stimolo a muoverti, non una cura né un consiglio medico.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="39"/>
        <source>If you have a back or neck condition, or a recent injury, ask a doctor or physical therapist before you start.</source>
        <translation>Se hai problemi alla schiena o al collo, o un infortunio recente, chiedi a un medico o a un fisioterapista prima di iniziare.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="44"/>
        <source>Move slowly and never into pain. If an exercise hurts, stop it and go on to the next one (or skip the break). If pain keeps coming back, gets worse or lasts more than a few days, see a doctor.</source>
        <translation>Muoviti lentamente e mai fino al dolore. Se un esercizio fa male, interrompilo e passa al successivo (o salta la pausa). Se il dolore ritorna, peggiora o dura più di qualche giorno, rivolgiti a un medico.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="53"/>
        <source>The American Association of Occupational Health Nurses (AAOHN) recommends what it calls a &lt;i&gt;wellness microbreak&lt;/i&gt;: every 30 to 60 minutes, stop your work for a moment and do one or more short exercises right at your desk. You stay in your chair and in your work clothes; no equipment is needed.</source>
        <translation>L’American Association of Occupational Health Nurses (AAOHN), l’associazione statunitense degli infermieri di medicina del lavoro, raccomanda quella che chiama &lt;i&gt;micropausa per il benessere&lt;/i&gt;: ogni 30-60 minuti, interrompi per un momento il lavoro e fai uno o più brevi esercizi alla scrivania. Resti sulla sedia e con i vestiti da lavoro; non serve nessuna attrezzatura.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="60"/>
        <source>Most upper-back pain comes from strained muscles (from holding one posture or repeating one movement for hours) rather than from a problem with the discs of the spine. Gentle, regular exercise strengthens the small muscles around the upper spine and eases its ligaments.</source>
        <translation>La maggior parte dei dolori nella parte alta della schiena deriva da muscoli affaticati (per aver mantenuto una postura o ripetuto un movimento per ore) più che da un problema ai dischi della colonna. Un esercizio delicato e regolare rafforza i piccoli muscoli intorno alla parte alta della colonna e ne scarica i legamenti.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="67"/>
        <source>microbreak waits 45 minutes between breaks by default, the middle of that range, and keeps each break to a few minutes.</source>
        <translation>Per impostazione predefinita microbreak aspetta 45 minuti tra una pausa e l’altra, a metà di quell’intervallo, e limita ogni pausa a pochi minuti.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="73"/>
        <source>microbreak sends nothing anywhere: your settings and history stay on this computer.</source>
        <translation>microbreak non invia nulla da nessuna parte: le impostazioni e la cronologia restano su questo computer.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_words.py" line="14"/>
        <source>seated</source>
        <translation>seduti</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_words.py" line="15"/>
        <source>standing</source>
        <translation>in piedi</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_words.py" line="18"/>
        <source>wall</source>
        <translation>parete</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_words.py" line="19"/>
        <source>doorway</source>
        <translation>vano della porta</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_words.py" line="20"/>
        <source>strap</source>
        <translation>fascia</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_words.py" line="30"/>
        <source>{posture}, needs a {equipment}</source>
        <translation>{posture}, serve: {equipment}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="190"/>
        <source>Each break walks you through a few of these, with a picture of every pose, a countdown for each hold and a repetition counter. The default routine rotates through the five seated AAOHN desk exercises:</source>
        <translation>Ogni pausa ti guida in alcuni di questi esercizi, con un’immagine di ogni posizione, un conto alla rovescia per ogni tenuta e un contatore delle ripetizioni. La routine predefinita alterna i cinque esercizi da seduti dell’AAOHN:</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="198"/>
        <source>The library also has these:</source>
        <translation>La raccolta comprende anche questi:</translation>
    </message>
</context>
<context>
    <name>AboutWindow</name>
    <message>
        <location filename="../../microbreak/ui/about.py" line="166"/>
        <source>About microbreak</source>
        <translation>Informazioni su microbreak</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="146"/>
        <source>A small break reminder for people who work sitting at a desk.</source>
        <translation>Un piccolo promemoria per le pause, per chi lavora seduto alla scrivania.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="140"/>
        <source>About</source>
        <translation>Informazioni</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="148"/>
        <source>Why a short break every 30 to 60 minutes</source>
        <translation>Perché una breve pausa ogni 30-60 minuti</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="151"/>
        <source>The exercises</source>
        <translation>Gli esercizi</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="154"/>
        <source>Take care</source>
        <translation>Abbi cura di te</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="156"/>
        <source>Read the health notice again</source>
        <translation>Rileggi l’avvertenza sulla salute</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="167"/>
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
        <location filename="../../microbreak/ui/intents.py" line="54"/>
        <source>Take a break now</source>
        <translation>Fai una pausa ora</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="56"/>
        <source>Snooze</source>
        <translation>Rimanda</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/intents.py" line="58"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minuti</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation type="vanished">{n} minuti</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="60"/>
        <source>Skip next break</source>
        <translation>Salta la prossima pausa</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="62"/>
        <source>Pause reminders</source>
        <translation>Sospendi i promemoria</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="66"/>
        <source>Resume reminders</source>
        <translation>Riprendi i promemoria</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="69"/>
        <source>Statistics…</source>
        <translation>Statistiche…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="71"/>
        <source>Settings…</source>
        <translation>Impostazioni…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="73"/>
        <source>About microbreak</source>
        <translation>Informazioni su microbreak</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="75"/>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
</context>
<context>
    <name>BreakWindow</name>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="40"/>
        <source>Read each step aloud and count the holds, so you can close your eyes</source>
        <translation>Leggi ogni passaggio ad alta voce e conta le tenute, così puoi chiudere gli occhi</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="44"/>
        <source>Move</source>
        <translation>Muovi</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="45"/>
        <source>Hold</source>
        <translation>Tieni</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="46"/>
        <source>Relax</source>
        <translation>Rilassa</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="55"/>
        <source>left side</source>
        <translation>lato sinistro</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="56"/>
        <source>right side</source>
        <translation>lato destro</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="61"/>
        <source>Get ready</source>
        <translation>Preparati</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="63"/>
        <source>Once</source>
        <translation>Una volta</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="65"/>
        <source>Rep {n} of {total}</source>
        <translation>Rip. {n} di {total}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="70"/>
        <source>{where}, {side}</source>
        <translation>{where}, {side}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="181"/>
        <source>Time for a break</source>
        <translation>È ora di una pausa</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="232"/>
        <source>Time to stand up and move</source>
        <translation>È ora di alzarsi e muoversi</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="234"/>
        <source>Rest your eyes</source>
        <translation>Riposa gli occhi</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="194"/>
        <source>Progress through this break</source>
        <translation>Avanzamento di questa pausa</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="209"/>
        <location filename="../../microbreak/ui/exercise_page.py" line="277"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="210"/>
        <source>Pause or resume the countdown (Space)</source>
        <translation>Metti in pausa o riprendi il conto alla rovescia (Spazio)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="199"/>
        <source>Right arrow</source>
        <translation>freccia destra</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="198"/>
        <source>Left arrow</source>
        <translation>freccia sinistra</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="203"/>
        <source>&amp;Back</source>
        <translation>&amp;Indietro</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="204"/>
        <source>Previous exercise ({key})</source>
        <translation>Esercizio precedente ({key})</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="214"/>
        <source>&amp;Next</source>
        <translation>&amp;Avanti</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="215"/>
        <source>Next exercise ({key})</source>
        <translation>Esercizio successivo ({key})</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="190"/>
        <source>&amp;Snooze {n} min</source>
        <translation>&amp;Rimanda {n} min</translation>
    </message>
    <message>
        <source>Close this break and bring it back in {n} minutes</source>
        <translation type="vanished">Chiudi questa pausa e riproponila tra {n} minuti</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/break_window.py" line="192"/>
        <source>Close this break and bring it back in %n minute(s)</source>
        <translation>
            <numerusform>Chiudi questa pausa e riproponila tra %n minuto</numerusform>
            <numerusform>Chiudi questa pausa e riproponila tra %n minuti</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="223"/>
        <source>S&amp;kip break</source>
        <translation>&amp;Salta pausa</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="224"/>
        <source>End this break now (Esc)</source>
        <translation>Termina subito questa pausa (Esc)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="228"/>
        <source>Read &amp;aloud</source>
        <translation>&amp;Leggi ad alta voce</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/skip_confirm.py" line="31"/>
        <source>Skip this break?</source>
        <translation>Saltare questa pausa?</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/skip_confirm.py" line="34"/>
        <source>Skip</source>
        <translation>Salta</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/skip_confirm.py" line="35"/>
        <source>Yes, end this break (Enter)</source>
        <translation>Sì, termina questa pausa (Invio)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/skip_confirm.py" line="39"/>
        <source>Keep going</source>
        <translation>Continua</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/skip_confirm.py" line="40"/>
        <source>Go on with the break (Esc)</source>
        <translation>Continua la pausa (Esc)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_summary.py" line="89"/>
        <location filename="../../microbreak/ui/break_summary.py" line="101"/>
        <source>Well done!</source>
        <translation>Ben fatto!</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_summary.py" line="92"/>
        <source>&amp;Close</source>
        <translation>&amp;Chiudi</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_summary.py" line="93"/>
        <source>Close this window</source>
        <translation>Chiudi questa finestra</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_summary.py" line="114"/>
        <source>Next break at {time}.</source>
        <translation>Prossima pausa alle {time}.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_summary.py" line="187"/>
        <source>{first} and {last}</source>
        <translation>{first} e {last}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_summary.py" line="188"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_summary.py" line="190"/>
        <source>You did {exercises} in {time}.</source>
        <translation>Hai fatto {exercises} in {time}.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_summary.py" line="104"/>
        <source>Break ended early</source>
        <translation>Pausa terminata in anticipo</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_summary.py" line="105"/>
        <source>Every bit of movement helps. Try a whole routine next time.</source>
        <translation>Ogni movimento aiuta. La prossima volta prova la routine completa.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="255"/>
        <source>Exercise {n} of {total}</source>
        <translation>Esercizio {n} di {total}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="269"/>
        <source>Paused</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="277"/>
        <source>&amp;Resume</source>
        <translation>Ri&amp;prendi</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_guidance.py" line="160"/>
        <location filename="../../microbreak/ui/exercise_page.py" line="234"/>
        <source>Read aloud: no voice</source>
        <translation>Lettura: nessuna voce</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_guidance.py" line="161"/>
        <source>Spoken guidance is not available. {reason}</source>
        <translation>La guida vocale non è disponibile. {reason}</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>{n} seconds left</source>
        <translation type="vanished">ancora {n} secondi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/countdown_ring.py" line="57"/>
        <source>%n second(s) left</source>
        <translation>
            <numerusform>ancora %n secondo</numerusform>
            <numerusform>ancora %n secondi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayBarsChart</name>
    <message>
        <source>Completed</source>
        <translation type="vanished">Completata</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="55"/>
        <source>Snoozed, then taken</source>
        <translation>Rimandata, poi fatta</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="59"/>
        <source>Natural break</source>
        <translation>Pausa naturale</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="60"/>
        <source>Skipped</source>
        <translation>Saltata</translation>
    </message>
    <message>
        <source>Breaks per day, last {n} days</source>
        <translation type="vanished">Pause al giorno, ultimi {n} giorni</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="92"/>
        <source>{taken} taken of {offered} offered, {total} in all; goal {goal} a day</source>
        <translation>{taken} fatte su {offered} proposte, {total} in tutto; obiettivo {goal} al giorno</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="147"/>
        <source>dddd d MMMM</source>
        <translation>dddd d MMMM</translation>
    </message>
    <message>
        <source>{n} of {total} breaks taken</source>
        <translation type="vanished">{n} pause fatte su {total}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="150"/>
        <source>{series}: {n}</source>
        <translation>{series}: {n}</translation>
    </message>
    <message>
        <source>(of those taken, {n} partly done)</source>
        <translation type="vanished">(di queste, {n} fatte in parte)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/day_bars.py" line="90"/>
        <source>Breaks per day, last %n day(s)</source>
        <translation>
            <numerusform>Pause al giorno, ultimo %n giorno</numerusform>
            <numerusform>Pause al giorno, ultimi %n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/day_bars.py" line="148"/>
        <source>{taken} of %n break(s) taken</source>
        <translation>
            <numerusform>{taken} su %n pausa fatta</numerusform>
            <numerusform>{taken} su %n pause fatte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/day_bars.py" line="155"/>
        <source>(of those taken, %n partly done)</source>
        <translation>
            <numerusform>(di queste, %n fatta in parte)</numerusform>
            <numerusform>(di queste, %n fatte in parte)</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} min of exercise</source>
        <translation type="vanished">{n} min di esercizio</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="53"/>
        <source>Taken</source>
        <translation>Fatte</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/day_bars.py" line="160"/>
        <source>%n put off (paused, busy or app closed), not counted</source>
        <translation>
            <numerusform>%n rimandata (pausa, occupato o app chiusa), non contata</numerusform>
            <numerusform>%n rimandate (pausa, occupato o app chiusa), non contate</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="162"/>
        <source>{time} of exercise</source>
        <translation>{time} di esercizio</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="258"/>
        <source>goal {n}</source>
        <translation>obiettivo {n}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="269"/>
        <location filename="../../microbreak/ui/day_bars.py" line="274"/>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="271"/>
        <source>ddd
d</source>
        <translation>ddd
d</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="276"/>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="313"/>
        <source>Daily goal</source>
        <translation>Obiettivo giornaliero</translation>
    </message>
</context>
<context>
    <name>ExercisesPage</name>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="137"/>
        <source>Tick the exercises you want. Breaks walk through them in this order: drag to reorder, or use Move up and Move down.</source>
        <translation>Spunta gli esercizi che vuoi. Le pause li propongono in quest’ordine: trascinali per riordinarli, oppure usa Sposta su e Sposta giù.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="141"/>
        <source>Exercises</source>
        <translation>Esercizi</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="147"/>
        <source>How long one break takes with this choice.</source>
        <translation>Quanto dura una pausa con questa scelta.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="153"/>
        <source>Exercise files that could not be used; fix and reload.</source>
        <translation>File di esercizi che non è stato possibile usare; correggili e ricarica.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="170"/>
        <source>Show only the exercises that suit where you are.</source>
        <translation>Mostra solo gli esercizi adatti al posto in cui ti trovi.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="171"/>
        <source>&amp;Show:</source>
        <translation>&amp;Mostra:</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="177"/>
        <source>All</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="182"/>
        <source>&apos;All&apos; (below 1) takes every chosen exercise.</source>
        <translation>«Tutti» (sotto 1): ogni pausa include tutti gli esercizi scelti.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="185"/>
        <source>Exercises &amp;per break:</source>
        <translation>Esercizi &amp;per pausa:</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="193"/>
        <source>Move &amp;up</source>
        <translation>Sposta &amp;su</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="194"/>
        <source>Move the chosen exercise earlier in the routine.</source>
        <translation>Anticipa l’esercizio selezionato nella routine.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="195"/>
        <source>Move &amp;down</source>
        <translation>Sposta &amp;giù</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="196"/>
        <source>Move the chosen exercise later in the routine.</source>
        <translation>Posticipa l’esercizio selezionato nella routine.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="197"/>
        <source>&amp;Reload exercises</source>
        <translation>&amp;Ricarica esercizi</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="199"/>
        <source>Read the exercise files again, including your own in the exercises folder.</source>
        <translation>Rileggi i file degli esercizi, compresi i tuoi nella cartella degli esercizi.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="217"/>
        <source>The steps of the exercise chosen in the list.</source>
        <translation>I passaggi dell’esercizio selezionato nell’elenco.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="226"/>
        <source>Steps of the chosen exercise</source>
        <translation>Passaggi dell&apos;esercizio scelto</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="244"/>
        <source>&lt;b&gt;Skipped (could not be used):&lt;/b&gt;&lt;ul&gt;{lines}&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Saltati (non utilizzabili):&lt;/b&gt;&lt;ul&gt;{lines}&lt;/ul&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/exercises_page.py" line="363"/>
        <source>A break takes about {length} ({count} of the %n chosen exercise(s); the next break goes on where the last one stopped).</source>
        <translation>
            <numerusform>Una pausa dura circa {length} ({count} di %n esercizio scelto; la pausa successiva riprende da dove si è fermata l’ultima).</numerusform>
            <numerusform>Una pausa dura circa {length} ({count} dei %n esercizi scelti; la pausa successiva riprende da dove si è fermata l’ultima).</numerusform>
        </translation>
    </message>
    <message>
        <source>A break takes about {length} ({count} of the {chosen} chosen exercises; the next break goes on where the last one stopped).</source>
        <translation type="vanished">Una pausa dura circa {length} ({count} dei {chosen} esercizi scelti; la pausa successiva riprende da dove si è fermata l’ultima).</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="216"/>
        <source>no reminders this day</source>
        <translation>nessun promemoria in questo giorno</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="224"/>
        <source>System default ({language})</source>
        <translation>Lingua del sistema ({language})</translation>
    </message>
</context>
<context>
    <name>HeadsUpToast</name>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="27"/>
        <source>Time to stretch soon.</source>
        <translation>Tra poco è ora di allungarsi.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="29"/>
        <source>Start now</source>
        <translation>Inizia ora</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="64"/>
        <source>Snooze</source>
        <translation>Rimanda</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="31"/>
        <source>Skip</source>
        <translation>Salta</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="28"/>
        <source>Time to stand up and move soon.</source>
        <translation>Tra poco è ora di alzarsi e muoversi.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="30"/>
        <source>Snooze {n} min</source>
        <translation>Rimanda {n} min</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="66"/>
        <source>Start the break now</source>
        <translation>Inizia subito la pausa</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="67"/>
        <source>Put this break off by a few minutes</source>
        <translation>Rimanda questa pausa di qualche minuto</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="68"/>
        <source>Leave out this break</source>
        <translation>Salta questa pausa</translation>
    </message>
</context>
<context>
    <name>HealthNotice</name>
    <message>
        <source>microbreak: before your first break</source>
        <translation type="vanished">microbreak: prima della tua prima pausa</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="110"/>
        <source>Before your first break</source>
        <translation>Prima della tua prima pausa</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="115"/>
        <source>I understand</source>
        <translation>Ho capito</translation>
    </message>
</context>
<context>
    <name>MicrobreakApp</name>
    <message>
        <location filename="../../microbreak/app/build.py" line="110"/>
        <source>Exercise skipped: {problem}</source>
        <translation>Esercizio saltato: {problem}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/app/controller.py" line="155"/>
        <source>(and %n more in the log)</source>
        <translation>
            <numerusform>(e %n altro nel registro)</numerusform>
            <numerusform>(e altri %n nel registro)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/app/controller.py" line="156"/>
        <source>microbreak: check your settings</source>
        <translation>microbreak: controlla le impostazioni</translation>
    </message>
    <message>
        <source>microbreak: settings not saved</source>
        <translation type="vanished">microbreak: impostazioni non salvate</translation>
    </message>
    <message>
        <source>{path} could not be written ({problem}); the new settings apply until microbreak quits.</source>
        <translation type="vanished">Impossibile scrivere {path} ({problem}); le nuove impostazioni valgono finché non chiudi microbreak.</translation>
    </message>
    <message>
        <source>microbreak: start at login</source>
        <translation type="vanished">microbreak: avvio all’accesso</translation>
    </message>
    <message>
        <source>Time to stretch soon. Snooze or skip from the microbreak icon.</source>
        <translation type="vanished">Tra poco è ora di allungarsi. Puoi rimandare o saltare dall’icona di microbreak.</translation>
    </message>
    <message>
        <location filename="../../microbreak/app/controller.py" line="373"/>
        <source>microbreak: break history</source>
        <translation>microbreak: cronologia delle pause</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>A break comes at your first pause in typing after {earliest} of work. If you keep typing, it comes anyway after {latest}.</source>
        <translation type="vanished">Una pausa arriva alla prima interruzione della digitazione dopo {earliest} di lavoro. Se continui a scrivere, arriva comunque dopo {latest}.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/schedule_page.py" line="89"/>
        <source>A break comes about every {interval} of work: at your first pause in typing up to {spread} either side of it, or at the end of that window.</source>
        <translation>Una pausa arriva circa ogni {interval} di lavoro: alla prima interruzione della digitazione fino a {spread} prima o dopo, oppure alla fine di quella finestra.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/schedule_page.py" line="93"/>
        <source>A break comes after every {interval} of work.</source>
        <translation>Una pausa arriva dopo ogni {interval} di lavoro.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/schedule_page.py" line="101"/>
        <source>No movement breaks: every break is a short one at your desk.</source>
        <translation>Nessuna pausa di movimento: ogni pausa è breve, alla scrivania.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/schedule_page.py" line="103"/>
        <source>Every break asks you to stand up and move, for about {length}.</source>
        <translation>Ogni pausa ti chiede di alzarti e muoverti per circa {length}.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/schedule_page.py" line="106"/>
        <source>One break in {every} asks you to stand up and move, for about {length}.</source>
        <translation>Una pausa su {every} ti chiede di alzarti e muoverti per circa {length}.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/schedule_page.py" line="116"/>
        <source>No eye breaks.</source>
        <translation>Nessuna pausa per gli occhi.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/schedule_page.py" line="122"/>
        <source>Every {every} of work, look far away for about {length}; not when a break is near.</source>
        <translation>Ogni {every} di lavoro, guarda lontano per circa {length}; non quando una pausa è vicina.</translation>
    </message>
</context>
<context>
    <name>SettingsApplier</name>
    <message>
        <location filename="../../microbreak/app/settings_apply.py" line="74"/>
        <location filename="../../microbreak/app/settings_apply.py" line="85"/>
        <source>microbreak: settings not saved</source>
        <translation>microbreak: impostazioni non salvate</translation>
    </message>
    <message>
        <location filename="../../microbreak/app/settings_apply.py" line="76"/>
        <source>{path} could not be written ({problem}); the new settings apply until microbreak quits.</source>
        <translation>Impossibile scrivere {path} ({problem}); le nuove impostazioni valgono finché non chiudi microbreak.</translation>
    </message>
    <message>
        <location filename="../../microbreak/app/settings_apply.py" line="87"/>
        <source>{problem} Meanwhile the new settings apply until microbreak quits.</source>
        <translation>{problem} Nel frattempo le nuove impostazioni valgono finché microbreak non viene chiuso.</translation>
    </message>
    <message>
        <location filename="../../microbreak/app/settings_apply.py" line="134"/>
        <source>microbreak: check your settings</source>
        <translation>microbreak: controlla le impostazioni</translation>
    </message>
    <message>
        <location filename="../../microbreak/app/settings_apply.py" line="163"/>
        <source>microbreak: start at login</source>
        <translation>microbreak: avvio all’accesso</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>microbreak settings</source>
        <translation type="vanished">Impostazioni di microbreak</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="97"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="162"/>
        <source>Open the settings file in your editor: every setting is described there. Saved changes apply at once.</source>
        <translation>Apri il file delle impostazioni nel tuo editor: ogni impostazione vi è descritta. Le modifiche salvate valgono subito.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="185"/>
        <source>Put this page&apos;s settings back to their defaults.</source>
        <translation>Ripristina i valori predefiniti delle impostazioni di questa pagina.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="188"/>
        <source>Save and use these settings now; keep the dialog open.</source>
        <translation>Salva e applica subito queste impostazioni, lasciando aperta la finestra.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="191"/>
        <source>Save and use these settings, and close.</source>
        <translation>Salva e applica queste impostazioni, poi chiudi.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="193"/>
        <source>Close without saving what changed since the last Apply.</source>
        <translation>Chiudi senza salvare le modifiche fatte dall’ultimo «Applica».</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="196"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="199"/>
        <source>Load settings from a file; they are checked in full and used when you press OK.</source>
        <translation>Carica le impostazioni da un file; vengono controllate per intero e applicate quando premi OK.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="203"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;sporta…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="204"/>
        <source>Save these settings to a file, to share or keep.</source>
        <translation>Salva queste impostazioni in un file, da condividere o conservare.</translation>
    </message>
    <message>
        <source>no reminders this day</source>
        <translation type="vanished">nessun promemoria in questo giorno</translation>
    </message>
    <message>
        <source>Ranges like &quot;09:00-12:30, 13:30-17:00&quot;; leave a day empty for no reminders that day. Outside working hours microbreak stays quiet.</source>
        <translation type="vanished">Intervalli come «09:00-12:30, 13:30-17:00»; lascia vuoto un giorno per non ricevere promemoria quel giorno. Fuori dall’orario di lavoro microbreak resta in silenzio.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="108"/>
        <source>Settings pages</source>
        <translation>Pagine delle impostazioni</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="157"/>
        <source>Settings file: {path}</source>
        <translation>File delle impostazioni: {path}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="159"/>
        <source>&amp;Open the settings file</source>
        <translation>&amp;Apri il file delle impostazioni</translation>
    </message>
    <message>
        <source>Open config.toml in your editor: every key is described there. Saved changes apply at once.</source>
        <translation type="vanished">Apri config.toml nel tuo editor: lì è descritta ogni chiave. Le modifiche salvate si applicano subito.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="vanished">Disattivato</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation type="vanished">Senza limiti</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation type="vanished">Per sempre</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation type="vanished">Lingua del sistema ({language})</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="245"/>
        <source>{page}: defaults restored. Press OK or Apply to use them.</source>
        <translation>{page}: valori predefiniti ripristinati. Premi OK o Applica per usarli.</translation>
    </message>
    <message>
        <source>Working hours, {day}: {problem}.</source>
        <translation type="vanished">Orario di lavoro, {day}: {problem}.</translation>
    </message>
    <message>
        <source>Import microbreak settings</source>
        <translation type="vanished">Importa le impostazioni di microbreak</translation>
    </message>
    <message>
        <source>Settings (*.toml)</source>
        <translation type="vanished">Impostazioni (*.toml)</translation>
    </message>
    <message>
        <source>Nothing was imported. {problem}</source>
        <translation type="vanished">Non è stato importato nulla. {problem}</translation>
    </message>
    <message>
        <source>Imported {path}. Press OK or Apply to use these settings.</source>
        <translation type="vanished">{path} importato. Premi OK o Applica per usare queste impostazioni.</translation>
    </message>
    <message>
        <source>Export microbreak settings</source>
        <translation type="vanished">Esporta le impostazioni di microbreak</translation>
    </message>
    <message>
        <source>Could not export to {path}: {problem}</source>
        <translation type="vanished">Impossibile esportare in {path}: {problem}</translation>
    </message>
    <message>
        <source>Settings exported to {path}.</source>
        <translation type="vanished">Impostazioni esportate in {path}.</translation>
    </message>
</context>
<context>
    <name>SettingsTransfer</name>
    <message>
        <location filename="../../microbreak/ui/settings_transfer.py" line="48"/>
        <source>Import microbreak settings</source>
        <translation>Importa le impostazioni di microbreak</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_transfer.py" line="50"/>
        <location filename="../../microbreak/ui/settings_transfer.py" line="59"/>
        <source>Settings (*.toml)</source>
        <translation>Impostazioni (*.toml)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_transfer.py" line="57"/>
        <source>Export microbreak settings</source>
        <translation>Esporta le impostazioni di microbreak</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_transfer.py" line="67"/>
        <source>Nothing was imported. {problem}</source>
        <translation>Non è stato importato nulla. {problem}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_transfer.py" line="70"/>
        <source>Imported {path}. Press OK or Apply to use these settings.</source>
        <translation>{path} importato. Premi OK o Applica per usare queste impostazioni.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_transfer.py" line="87"/>
        <source>Nothing was saved: {problem}. The file is left as it is and your choices here are kept: fix the file (Open the settings file, on the General page) and press OK or Apply again.</source>
        <translation>Non è stato salvato nulla: {problem}. Il file resta com&apos;è e le tue scelte qui sono conservate: correggi il file (Apri il file delle impostazioni, nella pagina Generale) e premi di nuovo OK o Applica.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_transfer.py" line="103"/>
        <source>Nothing was exported: {problem}</source>
        <translation>Non è stato esportato nulla: {problem}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_transfer.py" line="105"/>
        <source>Could not export to {path}: {problem}</source>
        <translation>Impossibile esportare in {path}: {problem}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_transfer.py" line="108"/>
        <source>Settings exported to {path}.</source>
        <translation>Impostazioni esportate in {path}.</translation>
    </message>
</context>
<context>
    <name>ShortcutsOffer</name>
    <message>
        <location filename="../../microbreak/ui/shortcuts_offer.py" line="40"/>
        <source>Register keyboard shortcuts…</source>
        <translation>Registra scorciatoie da tastiera…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/shortcuts_offer.py" line="43"/>
        <source>Ask the desktop for keys that take a break now, snooze, skip the next break, pause for an hour or resume. The desktop asks you which keys to use.</source>
        <translation>Chiedere al desktop dei tasti per fare subito una pausa, rimandarla, saltare la prossima, sospendere per un&apos;ora o riprendere. Il desktop ti chiede quali tasti usare.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/shortcuts_offer.py" line="56"/>
        <source>Waiting for the desktop&apos;s shortcuts dialog…</source>
        <translation>In attesa della finestra delle scorciatoie del desktop…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/shortcuts_offer.py" line="61"/>
        <source>No keyboard shortcuts were registered.</source>
        <translation>Non è stata registrata nessuna scorciatoia da tastiera.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/shortcuts_offer.py" line="65"/>
        <source>The desktop did not register the shortcuts. You can bind the microbreak commands in its keyboard settings instead.</source>
        <translation>Il desktop non ha registrato le scorciatoie. Puoi associare i comandi di microbreak nelle sue impostazioni della tastiera.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/shortcuts_offer.py" line="70"/>
        <source>Keyboard shortcuts registered: {shortcuts}</source>
        <translation>Scorciatoie da tastiera registrate: {shortcuts}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/shortcuts_offer.py" line="73"/>
        <source>Keyboard shortcuts registered; the desktop chose no keys yet.</source>
        <translation>Scorciatoie da tastiera registrate; il desktop non ha ancora scelto i tasti.</translation>
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
        <location filename="../../microbreak/ui/stats_window.py" line="267"/>
        <source>of exercise today</source>
        <translation>di esercizio oggi</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="139"/>
        <source>days in a row at your goal</source>
        <translation>giorni di fila all’obiettivo</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation type="vanished">{n} giorni</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/stats_window.py" line="161"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n giorno</numerusform>
            <numerusform>%n giorni</numerusform>
        </translation>
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
        <source>Minutes</source>
        <translation type="vanished">Minuti</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="178"/>
        <source>Time</source>
        <translation>Tempo</translation>
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
        <source>{n} min</source>
        <translation type="vanished">{n} min</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="269"/>
        <source>day in a row at {goal} a day</source>
        <translation>giorno di fila a {goal} al giorno</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="271"/>
        <source>days in a row at {goal} a day</source>
        <translation>giorni di fila a {goal} al giorno</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="273"/>
        <source>Today: {taken}</source>
        <translation>Oggi: {taken}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/stats_window.py" line="277"/>
        <source>Exercises, last %n day(s)</source>
        <translation>
            <numerusform>Esercizi, ultimo %n giorno</numerusform>
            <numerusform>Esercizi, ultimi %n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/stats_window.py" line="330"/>
        <source>Saved %n break(s) to {path}.</source>
        <translation>
            <numerusform>%n pausa salvata in {path}.</numerusform>
            <numerusform>%n pause salvate in {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/stats_window.py" line="337"/>
        <source>Delete all %n break(s) recorded?</source>
        <translation>
            <numerusform>Eliminare %n pausa registrata?</numerusform>
            <numerusform>Eliminare tutte le %n pause registrate?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/stats_window.py" line="342"/>
        <source>Delete all %n break(s) recorded since {date}?</source>
        <translation>
            <numerusform>Eliminare %n pausa registrata dal {date}?</numerusform>
            <numerusform>Eliminare tutte le %n pause registrate dal {date}?</numerusform>
        </translation>
    </message>
    <message>
        <source>Exercises, last {n} days</source>
        <translation type="vanished">Esercizi, ultimi {n} giorni</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="326"/>
        <source>Could not save {path}: {error}</source>
        <translation>Impossibile salvare {path}: {error}</translation>
    </message>
    <message>
        <source>Saved {n} breaks to {path}.</source>
        <translation type="vanished">{n} pause salvate in {path}.</translation>
    </message>
    <message>
        <source>Delete all {n} breaks recorded?</source>
        <translation type="vanished">Eliminare tutte le {n} pause registrate?</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="340"/>
        <source>d MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>Delete all {n} breaks recorded since {date}?</source>
        <translation type="vanished">Eliminare tutte le {n} pause registrate dal {date}?</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="348"/>
        <source>This cannot be undone. Export a CSV first if you want to keep them.</source>
        <translation>L’operazione non si può annullare. Esporta prima un CSV se vuoi conservarle.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="362"/>
        <source>Your break history was deleted.</source>
        <translation>La cronologia delle pause è stata eliminata.</translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="208"/>
        <source>Take a break now</source>
        <translation>Fai una pausa ora</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="209"/>
        <source>Snooze</source>
        <translation>Rimanda</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="210"/>
        <source>Skip next break</source>
        <translation>Salta la prossima pausa</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="211"/>
        <source>Pause</source>
        <translation>Sospendi</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="212"/>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="213"/>
        <source>Settings…</source>
        <translation>Impostazioni…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="214"/>
        <source>About</source>
        <translation>Informazioni</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="215"/>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="216"/>
        <source>Statistics…</source>
        <translation>Statistiche…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="221"/>
        <source>Start a break with its exercises now</source>
        <translation>Inizia ora una pausa con i suoi esercizi</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="222"/>
        <source>Put the next break off by a few minutes</source>
        <translation>Rimanda di qualche minuto la prossima pausa</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="223"/>
        <source>Count the next break as taken and start a new interval</source>
        <translation>Considera fatta la prossima pausa e ricomincia l’intervallo</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="224"/>
        <source>No reminders for a while</source>
        <translation>Niente promemoria per un po’</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="225"/>
        <source>Reminders again, from now</source>
        <translation>Di nuovo promemoria, da adesso</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="226"/>
        <source>Change the interval, sounds and more</source>
        <translation>Cambia l’intervallo, i suoni e altro</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="227"/>
        <source>Breaks taken, streaks and exercises</source>
        <translation>Pause fatte, serie ed esercizi</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="228"/>
        <source>What microbreak is, and the health notice</source>
        <translation>Che cos’è microbreak, e l’avvertenza sulla salute</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="229"/>
        <source>End microbreak: no more reminders until it starts again</source>
        <translation>Chiudi microbreak: niente promemoria finché non si riavvia</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="272"/>
        <source>at {time}</source>
        <translation>alle {time}</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message numerus="yes">
        <location filename="../../microbreak/ui/break_summary.py" line="128"/>
        <source>Today: %n break(s) taken, your daily goal reached</source>
        <translation>
            <numerusform>Oggi: %n pausa fatta, obiettivo giornaliero raggiunto</numerusform>
            <numerusform>Oggi: %n pause fatte, obiettivo giornaliero raggiunto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/break_summary.py" line="130"/>
        <source>Today: {taken} of %n break(s) taken</source>
        <translation>
            <numerusform>Oggi: {taken} pausa su %n fatta</numerusform>
            <numerusform>Oggi: {taken} pause su %n fatte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_summary.py" line="133"/>
        <source>{today} · {streak}</source>
        <translation>{today} · {streak}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/break_summary.py" line="134"/>
        <source>%n-day streak</source>
        <translation>
            <numerusform>%n giorno di fila</numerusform>
            <numerusform>%n giorni di fila</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkingHoursPage</name>
    <message>
        <location filename="../../microbreak/ui/working_hours_editor.py" line="38"/>
        <source>Ranges like &quot;09:00-12:30, 13:30-17:00&quot;; leave a day empty for no reminders that day. Outside working hours microbreak stays quiet.</source>
        <translation>Intervalli come «09:00-12:30, 13:30-17:00»; lascia vuoto un giorno per non ricevere promemoria quel giorno. Fuori dall’orario di lavoro microbreak resta in silenzio.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/working_hours_editor.py" line="62"/>
        <source>Working hours, {day}: {problem}.</source>
        <translation>Orario di lavoro, {day}: {problem}.</translation>
    </message>
</context>
<context>
    <name>describe</name>
    <message>
        <location filename="../../microbreak/core/describe.py" line="16"/>
        <source>paused by you</source>
        <translation>sospeso da te</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="17"/>
        <source>you are away</source>
        <translation>sei lontano dal computer</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="18"/>
        <source>the computer is asleep</source>
        <translation>il computer è in sospensione</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="19"/>
        <source>the screen is locked</source>
        <translation>lo schermo è bloccato</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="20"/>
        <source>do not disturb is on</source>
        <translation>«Non disturbare» è attivo</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="21"/>
        <source>a full-screen window is open</source>
        <translation>c’è una finestra a schermo intero</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="22"/>
        <source>you are in a call</source>
        <translation>sei in una chiamata</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="23"/>
        <source>outside your working hours</source>
        <translation>fuori dal tuo orario di lavoro</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="28"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="97"/>
        <location filename="../../microbreak/core/describe.py" line="115"/>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="100"/>
        <location filename="../../microbreak/core/describe.py" line="120"/>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="103"/>
        <location filename="../../microbreak/core/describe.py" line="123"/>
        <source>{h} h {m} min</source>
        <translation>{h} h {m} min</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="104"/>
        <location filename="../../microbreak/core/describe.py" line="124"/>
        <source>{n} h</source>
        <translation>{n} h</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="119"/>
        <source>{m} min {s} s</source>
        <translation>{m} min {s} s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/describe.py" line="134"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n secondo</numerusform>
            <numerusform>%n secondi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/describe.py" line="136"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minuti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/describe.py" line="137"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n ora</numerusform>
            <numerusform>%n ore</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="163"/>
        <source>Movement break in {time}</source>
        <translation>Pausa di movimento tra {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="190"/>
        <source>Breaks were put off earlier; each break you take makes the reminders calmer again.</source>
        <translation>Prima alcune pause sono state rimandate; ogni pausa fatta rende i promemoria di nuovo più tranquilli.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/describe.py" line="196"/>
        <source>You skipped the last %n break(s), so this one is a little firmer.</source>
        <translation>
            <numerusform>Hai saltato l’ultima pausa (%n), quindi questa è un po’ più decisa.</numerusform>
            <numerusform>Hai saltato le ultime %n pause, quindi questa è un po’ più decisa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/describe.py" line="199"/>
        <source>You put off breaks %n time(s) in a row, so this one is a little firmer.</source>
        <translation>
            <numerusform>Hai rimandato le pause %n volta di fila, quindi questa è un po’ più decisa.</numerusform>
            <numerusform>Hai rimandato le pause %n volte di fila, quindi questa è un po’ più decisa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="239"/>
        <source>Next break in about {time}, at a pause in your typing</source>
        <translation>Prossima pausa tra circa {time}, appena smetti di scrivere</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation type="vanished">1 secondo</translation>
    </message>
    <message>
        <source>{n} seconds</source>
        <translation type="vanished">{n} secondi</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="vanished">1 minuto</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation type="vanished">{n} minuti</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="vanished">1 ora</translation>
    </message>
    <message>
        <source>{n} hours</source>
        <translation type="vanished">{n} ore</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="151"/>
        <source>{hours} {minutes}</source>
        <translation>{hours} e {minutes}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="158"/>
        <source>Microbreak in {time}</source>
        <translation>Micropausa tra {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="207"/>
        <source>On a break</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="210"/>
        <source>Break waiting: {reasons}</source>
        <translation>Pausa in attesa: {reasons}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="215"/>
        <source>Paused until {day} {time}</source>
        <translation>Sospeso fino a {day} alle {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="218"/>
        <source>Paused until {time}</source>
        <translation>Sospeso fino alle {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="220"/>
        <source>Paused until you resume</source>
        <translation>Sospeso finché non riprendi</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="221"/>
        <source>Paused: {reasons}</source>
        <translation>Sospeso: {reasons}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="228"/>
        <source>Break in {time}</source>
        <translation>Pausa tra {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="230"/>
        <source>Snoozed: break in {time}</source>
        <translation>Rimandata: pausa tra {time}</translation>
    </message>
    <message>
        <source>Next break in {soonest} to {latest}, at a pause in your typing</source>
        <translation type="vanished">Prossima pausa tra {soonest} e {latest}, quando smetti di scrivere</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="242"/>
        <source>Break at your next pause (by {time})</source>
        <translation>Pausa appena smetti di scrivere (entro le {time})</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="245"/>
        <source>Next break in {time}</source>
        <translation>Prossima pausa tra {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="255"/>
        <source>(by {time})</source>
        <translation>(entro le {time})</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="257"/>
        <source>(at {time})</source>
        <translation>(alle {time})</translation>
    </message>
</context>
<context>
    <name>engine</name>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="36"/>
        <source>a break is already in progress</source>
        <translation>una pausa è già in corso</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="43"/>
        <source>strict mode is on: breaks cannot be snoozed</source>
        <translation>la modalità rigorosa è attiva: le pause non si possono rimandare</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="45"/>
        <source>cannot snooze while paused</source>
        <translation>non puoi rimandare mentre microbreak è sospeso</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="51"/>
        <source>a snooze must be 1 to {most} minutes, not {minutes}</source>
        <translation>puoi rimandare da 1 a {most} minuti, non {minutes}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="63"/>
        <source>this break was snoozed {times} times already, the most allowed ({limit}); take it or skip it</source>
        <translation>questa pausa è già stata rimandata {times} volte, il massimo consentito ({limit}); falla o saltala</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="97"/>
        <location filename="../../microbreak/core/user_requests.py" line="132"/>
        <source>strict mode is on: breaks cannot be skipped</source>
        <translation>la modalità rigorosa è attiva: le pause non si possono saltare</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="100"/>
        <source>a break is in progress: use Skip break to end it</source>
        <translation>una pausa è in corso: usa «Salta pausa» per terminarla</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="103"/>
        <source>cannot skip while paused</source>
        <translation>non puoi saltare mentre microbreak è sospeso</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="130"/>
        <source>no break is in progress</source>
        <translation>nessuna pausa in corso</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="161"/>
        <source>today&apos;s skips are used up; you can skip again tomorrow</source>
        <translation>i salti di oggi sono esauriti; potrai saltare di nuovo domani</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="190"/>
        <source>the end of a pause must be in the future</source>
        <translation>la fine della sospensione deve essere nel futuro</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="198"/>
        <source>Reminders pause after this break</source>
        <translation>I promemoria si sospendono dopo questa pausa</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="199"/>
        <source>Strict mode is on, so this break stays open. Reminders pause as soon as it ends.</source>
        <translation>La modalità rigorosa è attiva, quindi questa pausa resta aperta. I promemoria si sospendono appena finisce.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="226"/>
        <source>reminders are not paused</source>
        <translation>i promemoria non sono sospesi</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/presence.py" line="183"/>
        <source>Time for a stretch when you can</source>
        <translation>Appena puoi, è ora di allungarsi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/presence.py" line="185"/>
        <source>You have been busy for %n minute(s) past your break. When you have a moment, roll your shoulders and stand up.</source>
        <translation>
            <numerusform>Sei occupato da %n minuto oltre l’ora della pausa. Appena hai un momento, ruota le spalle e alzati.</numerusform>
            <numerusform>Sei occupato da %n minuti oltre l’ora della pausa. Appena hai un momento, ruota le spalle e alzati.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/core/budget_watch.py" line="84"/>
        <source>Time to call it a day</source>
        <translation>È ora di chiudere la giornata</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/budget_watch.py" line="86"/>
        <source>You have been at the computer for %n hour(s) today. Time to call it a day when you can.</source>
        <translation>
            <numerusform>Oggi sei al computer da %n ora. Chiudi la giornata appena puoi.</numerusform>
            <numerusform>Oggi sei al computer da %n ore. Chiudi la giornata appena puoi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guidance</name>
    <message>
        <location filename="../../microbreak/core/guidance.py" line="85"/>
        <source>Well done. That is the end of this break.</source>
        <translation>Ben fatto. Questa pausa è finita.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/guidance.py" line="86"/>
        <source>Paused.</source>
        <translation>In pausa.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/guidance.py" line="125"/>
        <source>{n} of {total}. {step}</source>
        <translation>{n} di {total}. {step}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/guidance.py" line="153"/>
        <source>{exercise}. {step}</source>
        <translation>{exercise}. {step}</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../microbreak/infra/history.py" line="224"/>
        <source>Your break history {path} {what}. It was kept as {aside}; a new one cannot be started yet ({error}), so this session&apos;s breaks are kept in memory and saved once it can be.</source>
        <translation>La cronologia delle pause {path} {what}. È stata conservata come {aside}; non se ne può ancora creare una nuova ({error}), quindi le pause di questa sessione restano in memoria e vengono salvate appena possibile.</translation>
    </message>
    <message>
        <location filename="../../microbreak/infra/history.py" line="248"/>
        <source>Until then, earlier breaks are not shown.</source>
        <translation>Fino ad allora le pause precedenti non vengono mostrate.</translation>
    </message>
    <message>
        <location filename="../../microbreak/infra/history.py" line="406"/>
        <source>Your break history {path} could not be used ({error}). It was kept as {aside}; this session&apos;s breaks go to a new one.</source>
        <translation>Non è stato possibile usare la cronologia delle pause {path} ({error}). È stata conservata come {aside}; le pause di questa sessione vanno in una nuova.</translation>
    </message>
    <message>
        <location filename="../../microbreak/infra/history.py" line="551"/>
        <source>Your break history {path} is locked by another program ({error}). It is left as it is; this session&apos;s breaks are kept in memory and saved once the other program lets go of it.</source>
        <translation>La cronologia delle pause {path} è bloccata da un altro programma ({error}). Resta com&apos;è; le pause di questa sessione restano in memoria e vengono salvate quando l&apos;altro programma la rilascia.</translation>
    </message>
    <message>
        <location filename="../../microbreak/infra/history.py" line="558"/>
        <source>Your break history {path} cannot be saved: the disk is full or cannot be written ({error}). It is left as it is; this session&apos;s breaks are kept in memory and saved once there is space. Free some space on the disk.</source>
        <translation>Non è possibile salvare la cronologia delle pause {path}: il disco è pieno o non scrivibile ({error}). Resta com&apos;è; le pause di questa sessione restano in memoria e vengono salvate quando c&apos;è spazio. Libera spazio sul disco.</translation>
    </message>
    <message>
        <location filename="../../microbreak/infra/history.py" line="565"/>
        <source>Your break history {path} cannot be saved ({error}). It is left as it is; this session&apos;s breaks are kept in memory and saved once it can be written.</source>
        <translation>Non è possibile salvare la cronologia delle pause {path} ({error}). Resta com&apos;è; le pause di questa sessione restano in memoria e vengono salvate appena sarà scrivibile.</translation>
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
    <name>preview</name>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="88"/>
        <source>About {time}.</source>
        <translation>Circa {time}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/exercises_page.py" line="92"/>
        <source>Then %n time(s) on each side:</source>
        <translation>
            <numerusform>Poi %n volta per lato:</numerusform>
            <numerusform>Poi %n volte per lato:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/exercises_page.py" line="94"/>
        <source>Then %n time(s):</source>
        <translation>
            <numerusform>Poi %n volta:</numerusform>
            <numerusform>Poi %n volte:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>schema</name>
    <message>
        <location filename="../../microbreak/core/schema.py" line="280"/>
        <source>{part} is not a range like 09:00-17:00</source>
        <translation>{part} non è un intervallo come 09:00-17:00</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/schema.py" line="288"/>
        <source>{part} is not a time of day</source>
        <translation>{part} non è un orario valido</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/schema.py" line="292"/>
        <source>{part} ends before it starts</source>
        <translation>{part} finisce prima di iniziare</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/schema.py" line="298"/>
        <source>the ranges overlap</source>
        <translation>gli intervalli si sovrappongono</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../microbreak/core/schema.py" line="46"/>
        <source>Schedule</source>
        <translation>Pianificazione</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/schema.py" line="47"/>
        <location filename="../../microbreak/core/settings.py" line="212"/>
        <source>Exercises</source>
        <translation>Esercizi</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/schema.py" line="48"/>
        <source>Notifications and sound</source>
        <translation>Notifiche e suoni</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/schema.py" line="49"/>
        <source>Working hours</source>
        <translation>Orario di lavoro</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/schema.py" line="50"/>
        <source>General</source>
        <translation>Generale</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="50"/>
        <source>Minutes between breaks</source>
        <translation>Minuti tra le pause</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="52"/>
        <source>Minutes of work between breaks. The AAOHN suggests a short break every 30 to 60 minutes; 45 is the middle of that range.</source>
        <translation>Minuti di lavoro tra una pausa e l’altra. L’AAOHN consiglia una breve pausa ogni 30-60 minuti; 45 è a metà di questo intervallo.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="63"/>
        <source>Heads-up (seconds)</source>
        <translation>Preavviso (secondi)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="65"/>
        <source>Seconds of warning before a break opens; 0 turns the heads-up off.</source>
        <translation>Secondi di preavviso prima che si apra una pausa; 0 disattiva il preavviso.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="74"/>
        <source>Snooze length (minutes)</source>
        <translation>Durata del rinvio (minuti)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="76"/>
        <source>Minutes a snooze postpones a break.</source>
        <translation>Di quanti minuti viene rimandata una pausa.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="83"/>
        <source>Snoozes allowed per break</source>
        <translation>Rinvii consentiti per pausa</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="85"/>
        <source>How many times one break may be snoozed; 0 means unlimited.</source>
        <translation>Quante volte si può rimandare una pausa; 0 significa senza limiti.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="92"/>
        <source>Strict mode (no snooze or skip)</source>
        <translation>Modalità rigorosa (niente rinvii né salti)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="93"/>
        <source>Strict mode: no snooze or skip, for people who want to be held to it.</source>
        <translation>Modalità rigorosa: le pause non si possono rimandare né saltare, per chi vuole obbligarsi a farle.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="102"/>
        <source>Away time that counts as a break (minutes)</source>
        <translation>Assenza che vale come pausa (minuti)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="104"/>
        <source>Away from the keyboard (or asleep, or locked) at least this many minutes counts as a break taken; a shorter absence moves the next break back by as long.</source>
        <translation>Restare lontano dalla tastiera (o con il computer in sospensione o bloccato) almeno per questi minuti conta come pausa fatta; un’assenza più breve posticipa la prossima pausa di altrettanto tempo.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="115"/>
        <source>Wait for a pause in typing</source>
        <translation>Aspetta che smetti di scrivere</translation>
    </message>
    <message>
        <source>With an idle source, the break comes at the first pause in typing between earliest_minutes and latest_minutes after the last one, instead of cutting into a sentence at a fixed minute.</source>
        <translation type="vanished">Se microbreak può rilevare l’inattività, la pausa arriva appena smetti di scrivere tra earliest_minutes e latest_minutes dopo l’ultima, invece di interromperti a metà frase a un minuto fisso.</translation>
    </message>
    <message>
        <source>Earliest break at a pause (minutes)</source>
        <translation type="vanished">Pausa al più presto dopo (minuti)</translation>
    </message>
    <message>
        <source>Smart timing: minutes of work before a break may come at a pause in typing. At most latest_minutes.</source>
        <translation type="vanished">Con «Aspetta che smetti di scrivere»: minuti di lavoro dopo i quali una pausa può arrivare quando smetti di scrivere. Al massimo latest_minutes.</translation>
    </message>
    <message>
        <source>Latest break (minutes)</source>
        <translation type="vanished">Pausa al più tardi dopo (minuti)</translation>
    </message>
    <message>
        <source>Smart timing: minutes of work after which a break comes anyway.</source>
        <translation type="vanished">Con «Aspetta che smetti di scrivere»: minuti di lavoro dopo i quali la pausa arriva comunque.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="116"/>
        <source>With an idle source, the break comes at the first pause in typing (10 seconds without input) within a fifth of interval_minutes either side of it, at most 5 minutes, and at the end of that window anyway, instead of cutting into a sentence at a fixed minute.</source>
        <translation>Con una fonte di inattività, la pausa arriva alla prima interruzione della scrittura (10 secondi senza input) entro un quinto di interval_minutes prima o dopo, al massimo 5 minuti, e comunque alla fine di quella finestra, invece di interrompere una frase a un minuto fisso.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="129"/>
        <source>Longest wait while busy (minutes)</source>
        <translation>Attesa massima se sei occupato (minuti)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="131"/>
        <source>How long a break may wait for a full-screen window, do-not-disturb or a call to end before a gentle notification replaces the window.</source>
        <translation>Per quanto tempo una pausa può attendere la fine di una finestra a schermo intero, del «Non disturbare» o di una chiamata, prima che una notifica discreta prenda il posto della finestra.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="171"/>
        <source>Only remind me during working hours</source>
        <translation>Promemoria solo durante l’orario di lavoro</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="172"/>
        <source>Remind only within the hours below; outside them no reminders at all. Each day takes ranges like &quot;09:00-12:30, 13:30-17:00&quot;; empty means no reminders that day.</source>
        <translation>Ricorda le pause solo negli orari qui sotto; al di fuori, nessun promemoria. Per ogni giorno inserisci intervalli come «09:00-12:30, 13:30-17:00»; se è vuoto, nessun promemoria quel giorno.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="214"/>
        <source>The exercises breaks walk through, in order (the id of each exercise file). The default is the five AAOHN seated exercises.</source>
        <translation>Gli esercizi proposti dalle pause, in ordine (l’id di ogni file di esercizio). Per impostazione predefinita sono i cinque esercizi da seduti dell’AAOHN.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="225"/>
        <source>Exercises per break</source>
        <translation>Esercizi per pausa</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="227"/>
        <source>How many of them one break takes; the next break goes on where this one stopped.</source>
        <translation>Quanti esercizi include una pausa; la pausa successiva riprende da dove si è fermata questa.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="262"/>
        <source>Movement break every (breaks)</source>
        <translation>Pausa di movimento ogni (pause)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="264"/>
        <source>Every this many breaks offered (taken or skipped), the break is a longer one that asks you to stand up and move; 0 turns movement breaks off. Active breaks cut new neck pain in office workers from 44 % to 17 % over six months (Waongenngarm 2021).</source>
        <translation>Ogni tante pause proposte (fatte o saltate), la pausa è più lunga e ti chiede di alzarti e muoverti; 0 disattiva le pause di movimento. Le pause attive hanno ridotto i nuovi dolori al collo negli impiegati dal 44 % al 17 % in sei mesi (Waongenngarm 2021).</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="276"/>
        <source>Movement break length (minutes)</source>
        <translation>Durata della pausa di movimento (minuti)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="278"/>
        <source>About how long a movement break takes: it opens with the first of its exercises and adds the others in turn while they fit.</source>
        <translation>Quanto dura più o meno una pausa di movimento: inizia con il suo primo esercizio e aggiunge gli altri a turno finché ci stanno.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="287"/>
        <source>Movement exercises</source>
        <translation>Esercizi di movimento</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="289"/>
        <source>The exercises movement breaks use (exercise ids): the first opens every movement break, the rest take turns after it. The default is standing up and moving, then the standing stretches.</source>
        <translation>Gli esercizi delle pause di movimento (id degli esercizi): il primo apre ogni pausa di movimento, gli altri si alternano dopo. Predefinito: alzarsi e muoversi, poi gli allungamenti in piedi.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="311"/>
        <source>Eye breaks (20-20-20)</source>
        <translation>Pause per gli occhi (20-20-20)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="312"/>
        <source>Short eye breaks with a rhythm of their own: every 20 minutes of work, look at something far away for 20 seconds (the 20-20-20 rule; both can be changed). One that would come shortly before a break is left to that break.</source>
        <translation>Brevi pause per gli occhi con un ritmo proprio: ogni 20 minuti di lavoro, guarda qualcosa di lontano per 20 secondi (la regola 20-20-20; entrambi si possono cambiare). Una che cadrebbe poco prima di una pausa è lasciata a quella pausa.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="324"/>
        <source>Eye break every (minutes)</source>
        <translation>Pausa per gli occhi ogni (minuti)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="326"/>
        <source>Minutes of work from one eye break to the next; any break, or time away, starts them again.</source>
        <translation>Minuti di lavoro da una pausa per gli occhi alla successiva; qualsiasi pausa, o un periodo di assenza, le fa ripartire.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="337"/>
        <source>Eye break length (seconds)</source>
        <translation>Durata della pausa per gli occhi (secondi)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="339"/>
        <source>About how long an eye break takes: the next of its exercises in turn, and more while they fit.</source>
        <translation>Quanto dura, circa, una pausa per gli occhi: il prossimo dei suoi esercizi a turno, e altri finché ci stanno.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="348"/>
        <source>Eye exercises</source>
        <translation>Esercizi per gli occhi</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="350"/>
        <source>The exercises eye breaks take in turn (exercise ids). The default is looking far away, then palming.</source>
        <translation>Gli esercizi che le pause per gli occhi usano a turno (id degli esercizi). Predefinito: guardare lontano, poi il palming.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="370"/>
        <source>Firmer reminders after breaks put off</source>
        <translation>Promemoria più decisi dopo pause rimandate</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="371"/>
        <source>After 2 breaks skipped or snoozed in a row the next reminder is a little firmer (a window instead of a notification, fewer snoozes, a sentence saying why), after 4 firmer still; each break taken calms it down one step.</source>
        <translation>Dopo 2 pause saltate o rimandate di fila il promemoria successivo è un po’ più deciso (una finestra invece di una notifica, meno rinvii, una frase che spiega perché), dopo 4 ancora di più; ogni pausa fatta lo calma di un passo.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="383"/>
        <source>Skips allowed per day</source>
        <translation>Salti consentiti al giorno</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="385"/>
        <source>How many breaks may be skipped in a day; after that, until midnight, a break can be snoozed or taken but not skipped. 0 means no limit.</source>
        <translation>Quante pause si possono saltare in un giorno; dopo, fino a mezzanotte, una pausa si può rimandare o fare, ma non saltare. 0 significa nessun limite.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="394"/>
        <source>A snoozed break comes back a little longer</source>
        <translation>Una pausa rimandata torna un po’ più lunga</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="395"/>
        <source>A snoozed break comes back with one more exercise for each snooze, two at most.</source>
        <translation>Una pausa rimandata torna con un esercizio in più per ogni rinvio, al massimo due.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="413"/>
        <source>Daily limit (hours at the computer)</source>
        <translation>Limite giornaliero (ore al computer)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="415"/>
        <source>After this many hours at the computer in a day, one calm notice suggests calling it a day; 0 turns it off. Time away, asleep, locked, paused, on a break or outside working hours does not count; the count starts afresh at midnight.</source>
        <translation>Dopo queste ore al computer in un giorno, un avviso tranquillo suggerisce di chiudere la giornata; 0 lo disattiva. Non contano il tempo lontano, in sospensione, con lo schermo bloccato, in pausa, durante una pausa attiva o fuori dall&apos;orario di lavoro; il conteggio riparte a mezzanotte.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="433"/>
        <source>Notify before a break</source>
        <translation>Avvisa prima di una pausa</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="434"/>
        <source>Show a desktop notification before a break (the heads-up time is in [schedule]).</source>
        <translation>Mostra una notifica sul desktop prima di una pausa (il tempo di preavviso è in [schedule]).</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="450"/>
        <source>Wait while a window is full screen</source>
        <translation>Aspetta se una finestra è a schermo intero</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="451"/>
        <source>Hold a break while a window is full screen (a film, a presentation).</source>
        <translation>Tieni in attesa la pausa mentre una finestra è a schermo intero (un film, una presentazione).</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="458"/>
        <source>Respect the desktop&apos;s do-not-disturb</source>
        <translation>Rispetta il «Non disturbare» del desktop</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="459"/>
        <source>Hold a break while the desktop&apos;s do-not-disturb is on.</source>
        <translation>Tieni in attesa la pausa mentre il «Non disturbare» del desktop è attivo.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="464"/>
        <source>Wait while I am in a call</source>
        <translation>Aspetta se sono in una chiamata</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="465"/>
        <source>Hold a break while the camera or microphone is in use.</source>
        <translation>Tieni in attesa la pausa mentre la videocamera o il microfono sono in uso.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="472"/>
        <source>Count watching a video or a presentation as activity</source>
        <translation>Conta la visione di un video o di una presentazione come attività</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="473"/>
        <source>While a video or a presentation keeps the screen awake (it asks the desktop not to blank the screen), you count as at the computer even without typing: the time is not taken for a break. Where the desktop tells (GNOME, KDE Plasma).</source>
        <translation>Finché un video o una presentazione tiene acceso lo schermo (chiede al desktop di non spegnerlo), risulti al computer anche senza digitare: quel tempo non conta come pausa. Dove il desktop lo segnala (GNOME, KDE Plasma).</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="491"/>
        <source>Chimes</source>
        <translation>Segnali acustici</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="492"/>
        <source>A soft chime when a break starts and a different one when it ends.</source>
        <translation>Un suono delicato all’inizio della pausa e uno diverso alla fine.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="501"/>
        <source>Volume (%)</source>
        <translation>Volume (%)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="503"/>
        <source>Volume in percent.</source>
        <translation>Volume in percentuale.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="508"/>
        <source>Tick at every repetition</source>
        <translation>Tic a ogni ripetizione</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="509"/>
        <source>A quiet tick at the start of every repetition.</source>
        <translation>Un leggero tic all’inizio di ogni ripetizione.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="522"/>
        <source>Read the steps aloud</source>
        <translation>Leggi i passaggi ad alta voce</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="523"/>
        <source>Read each step aloud and count the holds, so you can follow with your eyes closed. Needs a speech engine (on Linux: speech-dispatcher).</source>
        <translation>Leggi ogni passaggio ad alta voce e conta le tenute, così puoi seguire a occhi chiusi. Richiede un motore di sintesi vocale (su Linux: speech-dispatcher).</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="540"/>
        <source>Still pictures (reduced motion)</source>
        <translation>Immagini fisse (movimento ridotto)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="541"/>
        <source>Still pictures only: no blending between the poses of an exercise.</source>
        <translation>Solo immagini fisse: nessuna dissolvenza tra le posizioni di un esercizio.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="560"/>
        <source>Breaks a day</source>
        <translation>Pause al giorno</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="562"/>
        <source>Breaks a day you aim for. The statistics window counts a streak of days that reach it.</source>
        <translation>Le pause al giorno che ti prefiggi. La finestra delle statistiche conta le serie di giorni in cui raggiungi l’obiettivo.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="581"/>
        <source>Days of history</source>
        <translation>Giorni di cronologia</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="583"/>
        <source>Days of break history to keep; 0 keeps it forever.</source>
        <translation>Per quanti giorni conservare la cronologia delle pause; 0 la conserva per sempre.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="596"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="598"/>
        <source>The language of microbreak&apos;s windows, messages and exercise steps. Empty follows the system; or a language code like &quot;de&quot; or &quot;pt_BR&quot;. MICROBREAK_LANG, where set, wins over this.</source>
        <translation>La lingua di finestre, messaggi e passaggi degli esercizi di microbreak. Se è vuota segue il sistema; altrimenti un codice di lingua come «de» o «pt_BR». MICROBREAK_LANG, se impostata, ha la precedenza.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="616"/>
        <source>Start microbreak when I log in</source>
        <translation>Avvia microbreak all’accesso</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="617"/>
        <source>Start microbreak when you log in (an autostart entry for your system).</source>
        <translation>Avvia microbreak quando accedi (una voce di avvio automatico del sistema).</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="48"/>
        <source>All exercises</source>
        <translation>Tutti gli esercizi</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="49"/>
        <source>Seated</source>
        <translation>Da seduti</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="50"/>
        <source>Standing</source>
        <translation>In piedi</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="51"/>
        <source>Needs nothing</source>
        <translation>Senza attrezzi</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="52"/>
        <source>Needs a wall</source>
        <translation>Serve una parete</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="53"/>
        <source>Needs a doorway</source>
        <translation>Serve un vano della porta</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="54"/>
        <source>Needs a strap</source>
        <translation>Serve una fascia</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="31"/>
        <source>Movement breaks</source>
        <translation>Pause di movimento</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="32"/>
        <source>Eye breaks</source>
        <translation>Pause per gli occhi</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="33"/>
        <source>Breaks put off</source>
        <translation>Pause rimandate</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="34"/>
        <source>Daily limit</source>
        <translation>Limite giornaliero</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="35"/>
        <source>Notifications</source>
        <translation>Notifiche</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="36"/>
        <source>When you are busy</source>
        <translation>Quando sei occupato</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="37"/>
        <source>Sound</source>
        <translation>Suoni</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="38"/>
        <source>Spoken guidance</source>
        <translation>Guida vocale</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="39"/>
        <source>Accessibility</source>
        <translation>Accessibilità</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="40"/>
        <source>Statistics</source>
        <translation>Statistiche</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="41"/>
        <source>Language and login</source>
        <translation>Lingua e accesso</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="48"/>
        <source>Let a break come at a short pause in your typing near its time, instead of cutting into a sentence. Where microbreak cannot tell when you type, breaks keep to the minutes between breaks.</source>
        <translation>Una pausa arriva a una breve interruzione della digitazione vicino al suo momento, invece di spezzare una frase. Dove microbreak non può sapere quando scrivi, le pause seguono i minuti tra le pause.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="64"/>
        <source>One calm notice after this many hours at the computer in a day; time away and breaks do not count.</source>
        <translation>Un avviso tranquillo dopo queste ore al computer in un giorno; il tempo lontano e le pause non contano.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="81"/>
        <source>No limit</source>
        <translation>Nessun limite</translation>
    </message>
    <message>
        <source>Let a break wait for a short pause in your typing instead of cutting into a sentence. Where microbreak cannot tell when you type, breaks keep to the minutes between breaks.</source>
        <translation type="vanished">Una pausa aspetta una breve interruzione della digitazione invece di spezzare una frase. Dove microbreak non può sapere quando scrivi, le pause seguono i minuti tra le pause.</translation>
    </message>
    <message>
        <source>The soonest a break may come at a pause in your typing, in minutes of work since the last break.</source>
        <translation type="vanished">Il momento più vicino in cui una pausa può arrivare a un’interruzione della digitazione, in minuti di lavoro dall’ultima pausa.</translation>
    </message>
    <message>
        <source>After this many minutes of work a break comes anyway, pause or not.</source>
        <translation type="vanished">Dopo questi minuti di lavoro la pausa arriva comunque, interruzione o no.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="54"/>
        <source>The language of microbreak&apos;s windows, messages and exercise steps. System default follows your computer&apos;s language.</source>
        <translation>La lingua di finestre, messaggi e passi degli esercizi di microbreak. «Predefinita di sistema» segue la lingua del computer.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="69"/>
        <source>Watching a video or a presentation counts as being at the computer, not as a break.</source>
        <translation>Guardare un video o una presentazione conta come stare al computer, non come una pausa.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="77"/>
        <location filename="../../microbreak/ui/settings_form.py" line="80"/>
        <location filename="../../microbreak/ui/settings_form.py" line="82"/>
        <source>Off</source>
        <translation>Disattivato</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="78"/>
        <source>Unlimited</source>
        <translation>Senza limiti</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="79"/>
        <source>Forever</source>
        <translation>Per sempre</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="59"/>
        <source>Choose at least one exercise: a break needs something to do.</source>
        <translation>Scegli almeno un esercizio: una pausa ha bisogno di qualcosa da fare.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="123"/>
        <source>Working hours on {day}.</source>
        <translation>Orario di lavoro di {day}.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="131"/>
        <source>({low} to {high})</source>
        <translation>(da {low} a {high})</translation>
    </message>
</context>
<context>
    <name>stats</name>
    <message>
        <source>1 break</source>
        <translation type="vanished">1 pausa</translation>
    </message>
    <message>
        <source>{n} breaks</source>
        <translation type="vanished">{n} pause</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="vanished">1 giorno</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation type="vanished">{n} giorni</translation>
    </message>
    <message>
        <source>{n} of {breaks} taken</source>
        <translation type="vanished">{n} su {breaks} fatte</translation>
    </message>
    <message>
        <source>1 natural break</source>
        <translation type="vanished">1 pausa naturale</translation>
    </message>
    <message>
        <source>{n} natural breaks</source>
        <translation type="vanished">{n} pause naturali</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/stats.py" line="356"/>
        <source>{taken} of %n break(s) taken</source>
        <translation>
            <numerusform>{taken} su %n pausa fatta</numerusform>
            <numerusform>{taken} su %n pause fatte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/stats.py" line="360"/>
        <source>%n natural break(s)</source>
        <translation>
            <numerusform>%n pausa naturale</numerusform>
            <numerusform>%n pause naturali</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} min of exercise</source>
        <translation type="vanished">{n} min di esercizio</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="69"/>
        <location filename="../../microbreak/core/stats.py" line="72"/>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="71"/>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/stats.py" line="358"/>
        <source>of which %n movement break(s)</source>
        <translation>
            <numerusform>di cui %n pausa di movimento</numerusform>
            <numerusform>di cui %n pause di movimento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/stats.py" line="362"/>
        <source>%n eye break(s)</source>
        <translation>
            <numerusform>%n pausa per gli occhi</numerusform>
            <numerusform>%n pause per gli occhi</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="363"/>
        <source>{time} of exercise</source>
        <translation>{time} di esercizio</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="364"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/stats.py" line="371"/>
        <source>Daily goal of %n break(s) reached. Well done!</source>
        <translation>
            <numerusform>Obiettivo giornaliero di %n pausa raggiunto. Ben fatto!</numerusform>
            <numerusform>Obiettivo giornaliero di %n pause raggiunto. Ben fatto!</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/stats.py" line="373"/>
        <source>Your goal: %n break(s) a day.</source>
        <translation>
            <numerusform>Il tuo obiettivo: %n pausa al giorno.</numerusform>
            <numerusform>Il tuo obiettivo: %n pause al giorno.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/stats.py" line="374"/>
        <source>Your goal: %n break(s) a day, {left} to go.</source>
        <translation>
            <numerusform>Il tuo obiettivo: %n pausa al giorno, ancora {left} da fare.</numerusform>
            <numerusform>Il tuo obiettivo: %n pause al giorno, ancora {left} da fare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/stats.py" line="382"/>
        <source>%n day(s) in a row at your goal.</source>
        <translation>
            <numerusform>%n giorno di fila all’obiettivo.</numerusform>
            <numerusform>%n giorni di fila all’obiettivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/stats.py" line="386"/>
        <source>Last %n day(s): {taken}</source>
        <translation>
            <numerusform>Ultimo %n giorno: {taken}</numerusform>
            <numerusform>Ultimi %n giorni: {taken}</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily goal of {goal} reached. Well done!</source>
        <translation type="vanished">Obiettivo giornaliero di {goal} raggiunto. Ben fatto!</translation>
    </message>
    <message>
        <source>Your goal: {goal} a day.</source>
        <translation type="vanished">Il tuo obiettivo: {goal} al giorno.</translation>
    </message>
    <message>
        <source>Your goal: {goal} a day, {left} to go.</source>
        <translation type="vanished">Il tuo obiettivo: {goal} al giorno, ne mancano {left}.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="381"/>
        <source>Reach your goal today to start a streak.</source>
        <translation>Raggiungi l’obiettivo oggi per iniziare una serie.</translation>
    </message>
    <message>
        <source>{days} in a row at your goal.</source>
        <translation type="vanished">{days} di fila all’obiettivo.</translation>
    </message>
    <message>
        <source>Last {days}: {taken}</source>
        <translation type="vanished">In {days}: {taken}</translation>
    </message>
</context>
</TS>
