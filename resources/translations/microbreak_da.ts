<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>About</name>
    <message>
        <location filename="../../microbreak/ui/about.py" line="31"/>
        <source>Before your first break</source>
        <translation>Før din første pause</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="33"/>
        <source>microbreak reminds you to pause your work every so often and walks you through gentle stretches for your back, shoulders and neck. It is a nudge to move, not a treatment and not medical advice.</source>
        <translation>microbreak minder dig om at holde pause i arbejdet en gang imellem og guider dig gennem blide strækøvelser for ryg, skuldre og nakke. Det er et skub til at komme i bevægelse – ikke en behandling og ikke lægefaglig rådgivning.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="39"/>
        <source>If you have a back or neck condition, or a recent injury, ask a doctor or physical therapist before you start.</source>
        <translation>Hvis du har problemer med ryg eller nakke eller en frisk skade, så spørg en læge eller fysioterapeut, før du begynder.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="44"/>
        <source>Move slowly and never into pain. If an exercise hurts, stop it and go on to the next one (or skip the break). If pain keeps coming back, gets worse or lasts more than a few days, see a doctor.</source>
        <translation>Bevæg dig langsomt, og aldrig så det gør ondt. Hvis en øvelse gør ondt, så stop og gå videre til den næste (eller spring pausen over). Hvis smerterne bliver ved med at komme igen, bliver værre eller varer mere end et par dage, så gå til lægen.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="53"/>
        <source>The American Association of Occupational Health Nurses (AAOHN) recommends what it calls a &lt;i&gt;wellness microbreak&lt;/i&gt;: every 30 to 60 minutes, stop your work for a moment and do one or more short exercises right at your desk. You stay in your chair and in your work clothes; no equipment is needed.</source>
        <translation>Den amerikanske forening for arbejdsmiljøsygeplejersker, American Association of Occupational Health Nurses (AAOHN), anbefaler det, den kalder en &lt;i&gt;wellness-mikropause&lt;/i&gt;: hvert 30. til 60. minut stopper du arbejdet et øjeblik og laver en eller flere korte øvelser lige ved skrivebordet. Du bliver siddende på stolen i dit arbejdstøj; der skal ikke bruges noget udstyr.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="60"/>
        <source>Most upper-back pain comes from strained muscles (from holding one posture or repeating one movement for hours) rather than from a problem with the discs of the spine. Gentle, regular exercise strengthens the small muscles around the upper spine and eases its ligaments.</source>
        <translation>De fleste smerter i den øvre ryg skyldes overbelastede muskler (fordi man holder den samme stilling eller gentager den samme bevægelse i timevis) snarere end et problem med rygsøjlens diskusser. Blide, regelmæssige øvelser styrker de små muskler omkring den øvre rygsøjle og aflaster dens ledbånd.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="67"/>
        <source>microbreak waits 45 minutes between breaks by default, the middle of that range, and keeps each break to a few minutes.</source>
        <translation>Som standard venter microbreak 45 minutter mellem pauserne, midt i det interval, og holder hver pause på få minutter.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="73"/>
        <source>microbreak sends nothing anywhere: your settings and history stay on this computer.</source>
        <translation>microbreak sender ingenting nogen steder hen: dine indstillinger og din historik bliver på denne computer.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="190"/>
        <source>Each break walks you through a few of these, with a picture of every pose, a countdown for each hold and a repetition counter. The default routine rotates through the five seated AAOHN desk exercises:</source>
        <translation>Hver pause guider dig gennem nogle af disse, med et billede af hver stilling, en nedtælling for hvert hold og en tæller for gentagelserne. Standardrutinen skifter mellem AAOHN&apos;s fem siddende øvelser ved skrivebordet:</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="198"/>
        <source>The library also has these:</source>
        <translation>Biblioteket har også disse:</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_words.py" line="14"/>
        <source>seated</source>
        <translation>siddende</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_words.py" line="15"/>
        <source>standing</source>
        <translation>stående</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_words.py" line="18"/>
        <source>wall</source>
        <translation>væg</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_words.py" line="19"/>
        <source>doorway</source>
        <translation>døråbning</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_words.py" line="20"/>
        <source>strap</source>
        <translation>strop</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_words.py" line="30"/>
        <source>{posture}, needs a {equipment}</source>
        <translation>{posture}, kræver en {equipment}</translation>
    </message>
</context>
<context>
    <name>AboutWindow</name>
    <message>
        <location filename="../../microbreak/ui/about.py" line="140"/>
        <source>About</source>
        <translation>Om</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="146"/>
        <source>A small break reminder for people who work sitting at a desk.</source>
        <translation>En lille pausepåmindelse til dem, der arbejder siddende ved et skrivebord.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="148"/>
        <source>Why a short break every 30 to 60 minutes</source>
        <translation>Hvorfor en kort pause hvert 30. til 60. minut</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="151"/>
        <source>The exercises</source>
        <translation>Øvelserne</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="154"/>
        <source>Take care</source>
        <translation>Pas på dig selv</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="156"/>
        <source>Read the health notice again</source>
        <translation>Læs sundhedsoplysningen igen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="166"/>
        <source>About microbreak</source>
        <translation>Om microbreak</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="167"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
</context>
<context>
    <name>ActionsMenu</name>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="21"/>
        <source>30 minutes</source>
        <translation>30 minutter</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="22"/>
        <source>1 hour</source>
        <translation>1 time</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="23"/>
        <source>2 hours</source>
        <translation>2 timer</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="24"/>
        <source>Until tomorrow</source>
        <translation>Indtil i morgen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="25"/>
        <source>Until I resume</source>
        <translation>Indtil jeg genoptager</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="54"/>
        <source>Take a break now</source>
        <translation>Hold pause nu</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="56"/>
        <source>Snooze</source>
        <translation>Udsæt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/intents.py" line="58"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minut</numerusform>
            <numerusform>%n minutter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="60"/>
        <source>Skip next break</source>
        <translation>Spring næste pause over</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="62"/>
        <source>Pause reminders</source>
        <translation>Sæt påmindelser på pause</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="66"/>
        <source>Resume reminders</source>
        <translation>Genoptag påmindelser</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="69"/>
        <source>Statistics…</source>
        <translation>Statistik…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="71"/>
        <source>Settings…</source>
        <translation>Indstillinger…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="73"/>
        <source>About microbreak</source>
        <translation>Om microbreak</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="75"/>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
</context>
<context>
    <name>BreakWindow</name>
    <message>
        <location filename="../../microbreak/ui/break_guidance.py" line="160"/>
        <location filename="../../microbreak/ui/exercise_page.py" line="234"/>
        <source>Read aloud: no voice</source>
        <translation>Læs højt: ingen stemme</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_guidance.py" line="161"/>
        <source>Spoken guidance is not available. {reason}</source>
        <translation>Talt vejledning er ikke tilgængelig. {reason}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_summary.py" line="89"/>
        <location filename="../../microbreak/ui/break_summary.py" line="101"/>
        <source>Well done!</source>
        <translation>Godt klaret!</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_summary.py" line="92"/>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_summary.py" line="93"/>
        <source>Close this window</source>
        <translation>Luk dette vindue</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_summary.py" line="104"/>
        <source>Break ended early</source>
        <translation>Pausen sluttede tidligt</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_summary.py" line="105"/>
        <source>Every bit of movement helps. Try a whole routine next time.</source>
        <translation>Al bevægelse hjælper. Prøv en hel runde næste gang.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_summary.py" line="114"/>
        <source>Next break at {time}.</source>
        <translation>Næste pause kl. {time}.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_summary.py" line="187"/>
        <source>{first} and {last}</source>
        <translation>{first} og {last}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_summary.py" line="188"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_summary.py" line="190"/>
        <source>You did {exercises} in {time}.</source>
        <translation>Du lavede {exercises} på {time}.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="181"/>
        <source>Time for a break</source>
        <translation>Tid til en pause</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="190"/>
        <source>&amp;Snooze {n} min</source>
        <translation>&amp;Udsæt {n} min.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/break_window.py" line="192"/>
        <source>Close this break and bring it back in %n minute(s)</source>
        <translation>
            <numerusform>Luk denne pause, og lad den komme igen om %n minut</numerusform>
            <numerusform>Luk denne pause, og lad den komme igen om %n minutter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="232"/>
        <source>Time to stand up and move</source>
        <translation>Tid til at rejse sig og bevæge sig</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="234"/>
        <source>Rest your eyes</source>
        <translation>Hvil øjnene</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="40"/>
        <source>Read each step aloud and count the holds, so you can close your eyes</source>
        <translation>Læs hvert trin højt og tæl, mens du holder, så du kan lukke øjnene</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="44"/>
        <source>Move</source>
        <translation>Bevæg</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="45"/>
        <source>Hold</source>
        <translation>Hold</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="46"/>
        <source>Relax</source>
        <translation>Slap af</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="55"/>
        <source>left side</source>
        <translation>venstre side</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="56"/>
        <source>right side</source>
        <translation>højre side</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="61"/>
        <source>Get ready</source>
        <translation>Gør dig klar</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="63"/>
        <source>Once</source>
        <translation>Én gang</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="65"/>
        <source>Rep {n} of {total}</source>
        <translation>Gentagelse {n} af {total}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="70"/>
        <source>{where}, {side}</source>
        <translation>{where}, {side}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="194"/>
        <source>Progress through this break</source>
        <translation>Fremskridt i denne pause</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="198"/>
        <source>Left arrow</source>
        <translation>Venstre pil</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="199"/>
        <source>Right arrow</source>
        <translation>Højre pil</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="203"/>
        <source>&amp;Back</source>
        <translation>&amp;Tilbage</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="204"/>
        <source>Previous exercise ({key})</source>
        <translation>Forrige øvelse ({key})</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="209"/>
        <location filename="../../microbreak/ui/exercise_page.py" line="277"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="210"/>
        <source>Pause or resume the countdown (Space)</source>
        <translation>Sæt nedtællingen på pause, eller fortsæt den (mellemrum)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="214"/>
        <source>&amp;Next</source>
        <translation>&amp;Næste</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="215"/>
        <source>Next exercise ({key})</source>
        <translation>Næste øvelse ({key})</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="223"/>
        <source>S&amp;kip break</source>
        <translation>&amp;Spring pausen over</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="224"/>
        <source>End this break now (Esc)</source>
        <translation>Afslut denne pause nu (Esc)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="228"/>
        <source>Read &amp;aloud</source>
        <translation>Læs &amp;højt</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="255"/>
        <source>Exercise {n} of {total}</source>
        <translation>Øvelse {n} af {total}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="269"/>
        <source>Paused</source>
        <translation>På pause</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="277"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsæt</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/skip_confirm.py" line="31"/>
        <source>Skip this break?</source>
        <translation>Spring denne pause over?</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/skip_confirm.py" line="34"/>
        <source>Skip</source>
        <translation>Spring over</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/skip_confirm.py" line="35"/>
        <source>Yes, end this break (Enter)</source>
        <translation>Ja, afslut denne pause (Enter)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/skip_confirm.py" line="39"/>
        <source>Keep going</source>
        <translation>Fortsæt</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/skip_confirm.py" line="40"/>
        <source>Go on with the break (Esc)</source>
        <translation>Fortsæt med pausen (Esc)</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message numerus="yes">
        <location filename="../../microbreak/ui/countdown_ring.py" line="57"/>
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n sekund tilbage</numerusform>
            <numerusform>%n sekunder tilbage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayBarsChart</name>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="53"/>
        <source>Taken</source>
        <translation>Taget</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="55"/>
        <source>Snoozed, then taken</source>
        <translation>Udsat, derefter taget</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="59"/>
        <source>Natural break</source>
        <translation>Naturlig pause</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="60"/>
        <source>Skipped</source>
        <translation>Sprunget over</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/day_bars.py" line="90"/>
        <source>Breaks per day, last %n day(s)</source>
        <translation>
            <numerusform>Pauser pr. dag, seneste %n dag</numerusform>
            <numerusform>Pauser pr. dag, seneste %n dage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="92"/>
        <source>{taken} taken of {offered} offered, {total} in all; goal {goal} a day</source>
        <translation>{taken} taget af {offered} tilbudt, {total} i alt; mål {goal} om dagen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="147"/>
        <source>dddd d MMMM</source>
        <translation>dddd d. MMMM</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/day_bars.py" line="148"/>
        <source>{taken} of %n break(s) taken</source>
        <translation>
            <numerusform>{taken} af %n pause taget</numerusform>
            <numerusform>{taken} af %n pauser taget</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="150"/>
        <source>{series}: {n}</source>
        <translation>{series}: {n}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/day_bars.py" line="155"/>
        <source>(of those taken, %n partly done)</source>
        <translation>
            <numerusform>(af de tagne er %n delvist gennemført)</numerusform>
            <numerusform>(af de tagne er %n delvist gennemført)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/day_bars.py" line="160"/>
        <source>%n put off (paused, busy or app closed), not counted</source>
        <translation>
            <numerusform>%n udskudt (pause, optaget eller appen lukket), tælles ikke med</numerusform>
            <numerusform>%n udskudt (pause, optaget eller appen lukket), tælles ikke med</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="162"/>
        <source>{time} of exercise</source>
        <translation>{time} med øvelser</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="258"/>
        <source>goal {n}</source>
        <translation>mål {n}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="269"/>
        <location filename="../../microbreak/ui/day_bars.py" line="274"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="271"/>
        <source>ddd
d</source>
        <translation>ddd
d.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="276"/>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="313"/>
        <source>Daily goal</source>
        <translation>Dagligt mål</translation>
    </message>
</context>
<context>
    <name>ExercisesPage</name>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="137"/>
        <source>Tick the exercises you want. Breaks walk through them in this order: drag to reorder, or use Move up and Move down.</source>
        <translation>Sæt flueben ved de øvelser, du vil have. Pauserne går igennem dem i denne rækkefølge: træk for at ændre rækkefølgen, eller brug Flyt op og Flyt ned.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="141"/>
        <source>Exercises</source>
        <translation>Øvelser</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="147"/>
        <source>How long one break takes with this choice.</source>
        <translation>Hvor lang tid en pause tager med dette valg.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="153"/>
        <source>Exercise files that could not be used; fix and reload.</source>
        <translation>Øvelsesfiler, der ikke kunne bruges; ret dem, og indlæs igen.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="170"/>
        <source>Show only the exercises that suit where you are.</source>
        <translation>Vis kun de øvelser, der passer til, hvor du er.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="171"/>
        <source>&amp;Show:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="177"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="182"/>
        <source>&apos;All&apos; (below 1) takes every chosen exercise.</source>
        <translation>&quot;Alle&quot; (under 1) tager alle valgte øvelser med.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="185"/>
        <source>Exercises &amp;per break:</source>
        <translation>Øvelser &amp;pr. pause:</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="193"/>
        <source>Move &amp;up</source>
        <translation>Flyt &amp;op</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="194"/>
        <source>Move the chosen exercise earlier in the routine.</source>
        <translation>Flyt den valgte øvelse frem i rutinen.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="195"/>
        <source>Move &amp;down</source>
        <translation>Flyt &amp;ned</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="196"/>
        <source>Move the chosen exercise later in the routine.</source>
        <translation>Flyt den valgte øvelse tilbage i rutinen.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="197"/>
        <source>&amp;Reload exercises</source>
        <translation>&amp;Genindlæs øvelser</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="199"/>
        <source>Read the exercise files again, including your own in the exercises folder.</source>
        <translation>Læs øvelsesfilerne igen, også dine egne i øvelsesmappen.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="217"/>
        <source>The steps of the exercise chosen in the list.</source>
        <translation>Trinene i den øvelse, der er valgt på listen.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="226"/>
        <source>Steps of the chosen exercise</source>
        <translation>Trinene i den valgte øvelse</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="244"/>
        <source>&lt;b&gt;Skipped (could not be used):&lt;/b&gt;&lt;ul&gt;{lines}&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Sprunget over (kunne ikke bruges):&lt;/b&gt;&lt;ul&gt;{lines}&lt;/ul&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/exercises_page.py" line="363"/>
        <source>A break takes about {length} ({count} of the %n chosen exercise(s); the next break goes on where the last one stopped).</source>
        <translation>
            <numerusform>En pause tager cirka {length} ({count} af %n valgt øvelse; næste pause fortsætter, hvor den sidste slap).</numerusform>
            <numerusform>En pause tager cirka {length} ({count} af %n valgte øvelser; næste pause fortsætter, hvor den sidste slap).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="216"/>
        <source>no reminders this day</source>
        <translation>ingen påmindelser denne dag</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="224"/>
        <source>System default ({language})</source>
        <translation>Systemstandard ({language})</translation>
    </message>
</context>
<context>
    <name>HeadsUpToast</name>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="27"/>
        <source>Time to stretch soon.</source>
        <translation>Snart tid til at strække ud.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="28"/>
        <source>Time to stand up and move soon.</source>
        <translation>Snart tid til at rejse sig og bevæge sig.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="29"/>
        <source>Start now</source>
        <translation>Start nu</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="30"/>
        <source>Snooze {n} min</source>
        <translation>Udsæt {n} min.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="31"/>
        <source>Skip</source>
        <translation>Spring over</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="64"/>
        <source>Snooze</source>
        <translation>Udsæt</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="66"/>
        <source>Start the break now</source>
        <translation>Start pausen nu</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="67"/>
        <source>Put this break off by a few minutes</source>
        <translation>Udsæt denne pause et par minutter</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="68"/>
        <source>Leave out this break</source>
        <translation>Spring denne pause over</translation>
    </message>
</context>
<context>
    <name>HealthNotice</name>
    <message>
        <location filename="../../microbreak/ui/about.py" line="110"/>
        <source>Before your first break</source>
        <translation>Før din første pause</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="115"/>
        <source>I understand</source>
        <translation>Jeg forstår</translation>
    </message>
</context>
<context>
    <name>MicrobreakApp</name>
    <message>
        <location filename="../../microbreak/app/build.py" line="110"/>
        <source>Exercise skipped: {problem}</source>
        <translation>Øvelse sprunget over: {problem}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/app/controller.py" line="155"/>
        <source>(and %n more in the log)</source>
        <translation>
            <numerusform>(og %n mere i loggen)</numerusform>
            <numerusform>(og %n mere i loggen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/app/controller.py" line="156"/>
        <source>microbreak: check your settings</source>
        <translation>microbreak: tjek dine indstillinger</translation>
    </message>
    <message>
        <location filename="../../microbreak/app/controller.py" line="373"/>
        <source>microbreak: break history</source>
        <translation>microbreak: pausehistorik</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <location filename="../../microbreak/ui/schedule_page.py" line="89"/>
        <source>A break comes about every {interval} of work: at your first pause in typing up to {spread} either side of it, or at the end of that window.</source>
        <translation>Der kommer en pause cirka for hver {interval} arbejde: ved din første pause i skrivningen op til {spread} før eller efter, ellers når det tidsrum slutter.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/schedule_page.py" line="93"/>
        <source>A break comes after every {interval} of work.</source>
        <translation>Der kommer en pause efter hver {interval} arbejde.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/schedule_page.py" line="101"/>
        <source>No movement breaks: every break is a short one at your desk.</source>
        <translation>Ingen bevægelsespauser: hver pause er en kort pause ved skrivebordet.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/schedule_page.py" line="103"/>
        <source>Every break asks you to stand up and move, for about {length}.</source>
        <translation>Hver pause beder dig rejse dig og bevæge dig i cirka {length}.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/schedule_page.py" line="106"/>
        <source>One break in {every} asks you to stand up and move, for about {length}.</source>
        <translation>Én pause ud af {every} beder dig rejse dig og bevæge dig i cirka {length}.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/schedule_page.py" line="116"/>
        <source>No eye breaks.</source>
        <translation>Ingen øjenpauser.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/schedule_page.py" line="122"/>
        <source>Every {every} of work, look far away for about {length}; not when a break is near.</source>
        <translation>For hver {every} arbejde kigger du langt væk i omkring {length}; ikke når en pause er nær.</translation>
    </message>
</context>
<context>
    <name>SettingsApplier</name>
    <message>
        <location filename="../../microbreak/app/settings_apply.py" line="74"/>
        <location filename="../../microbreak/app/settings_apply.py" line="85"/>
        <source>microbreak: settings not saved</source>
        <translation>microbreak: indstillingerne blev ikke gemt</translation>
    </message>
    <message>
        <location filename="../../microbreak/app/settings_apply.py" line="76"/>
        <source>{path} could not be written ({problem}); the new settings apply until microbreak quits.</source>
        <translation>{path} kunne ikke skrives ({problem}); de nye indstillinger gælder, indtil microbreak afsluttes.</translation>
    </message>
    <message>
        <location filename="../../microbreak/app/settings_apply.py" line="87"/>
        <source>{problem} Meanwhile the new settings apply until microbreak quits.</source>
        <translation>{problem} Indtil videre gælder de nye indstillinger, indtil microbreak afsluttes.</translation>
    </message>
    <message>
        <location filename="../../microbreak/app/settings_apply.py" line="134"/>
        <source>microbreak: check your settings</source>
        <translation>microbreak: tjek dine indstillinger</translation>
    </message>
    <message>
        <location filename="../../microbreak/app/settings_apply.py" line="163"/>
        <source>microbreak: start at login</source>
        <translation>microbreak: start ved login</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="97"/>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="108"/>
        <source>Settings pages</source>
        <translation>Indstillingssider</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="157"/>
        <source>Settings file: {path}</source>
        <translation>Indstillingsfil: {path}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="159"/>
        <source>&amp;Open the settings file</source>
        <translation>Å&amp;bn indstillingsfilen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="162"/>
        <source>Open the settings file in your editor: every setting is described there. Saved changes apply at once.</source>
        <translation>Åbn indstillingsfilen i din editor: hver indstilling er beskrevet der. Gemte ændringer gælder med det samme.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="185"/>
        <source>Put this page&apos;s settings back to their defaults.</source>
        <translation>Sæt denne sides indstillinger tilbage til standard.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="188"/>
        <source>Save and use these settings now; keep the dialog open.</source>
        <translation>Gem og brug disse indstillinger nu; dialogen forbliver åben.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="191"/>
        <source>Save and use these settings, and close.</source>
        <translation>Gem og brug disse indstillinger, og luk.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="193"/>
        <source>Close without saving what changed since the last Apply.</source>
        <translation>Luk uden at gemme det, der er ændret siden sidste Anvend.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="196"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importér…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="199"/>
        <source>Load settings from a file; they are checked in full and used when you press OK.</source>
        <translation>Indlæs indstillinger fra en fil; de kontrolleres fuldt ud og tages i brug, når du trykker OK.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="203"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;ksportér…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="204"/>
        <source>Save these settings to a file, to share or keep.</source>
        <translation>Gem disse indstillinger i en fil for at dele eller beholde dem.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="245"/>
        <source>{page}: defaults restored. Press OK or Apply to use them.</source>
        <translation>{page}: standardværdierne er gendannet. Tryk OK eller Anvend for at bruge dem.</translation>
    </message>
</context>
<context>
    <name>SettingsTransfer</name>
    <message>
        <location filename="../../microbreak/ui/settings_transfer.py" line="48"/>
        <source>Import microbreak settings</source>
        <translation>Importér microbreak-indstillinger</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_transfer.py" line="50"/>
        <location filename="../../microbreak/ui/settings_transfer.py" line="59"/>
        <source>Settings (*.toml)</source>
        <translation>Indstillinger (*.toml)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_transfer.py" line="57"/>
        <source>Export microbreak settings</source>
        <translation>Eksportér microbreak-indstillinger</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_transfer.py" line="67"/>
        <source>Nothing was imported. {problem}</source>
        <translation>Intet blev importeret. {problem}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_transfer.py" line="70"/>
        <source>Imported {path}. Press OK or Apply to use these settings.</source>
        <translation>{path} er importeret. Tryk OK eller Anvend for at bruge disse indstillinger.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_transfer.py" line="87"/>
        <source>Nothing was saved: {problem}. The file is left as it is and your choices here are kept: fix the file (Open the settings file, on the General page) and press OK or Apply again.</source>
        <translation>Intet blev gemt: {problem}. Filen er uændret, og dine valg her er bevaret: ret filen (Åbn indstillingsfilen på siden Generelt), og tryk OK eller Anvend igen.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_transfer.py" line="103"/>
        <source>Nothing was exported: {problem}</source>
        <translation>Intet blev eksporteret: {problem}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_transfer.py" line="105"/>
        <source>Could not export to {path}: {problem}</source>
        <translation>Kunne ikke eksportere til {path}: {problem}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_transfer.py" line="108"/>
        <source>Settings exported to {path}.</source>
        <translation>Indstillingerne er eksporteret til {path}.</translation>
    </message>
</context>
<context>
    <name>ShortcutsOffer</name>
    <message>
        <location filename="../../microbreak/ui/shortcuts_offer.py" line="40"/>
        <source>Register keyboard shortcuts…</source>
        <translation>Registrér tastaturgenveje…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/shortcuts_offer.py" line="43"/>
        <source>Ask the desktop for keys that take a break now, snooze, skip the next break, pause for an hour or resume. The desktop asks you which keys to use.</source>
        <translation>Bed skrivebordet om taster til at holde pause nu, udsætte, springe næste pause over, holde pause i en time eller genoptage. Skrivebordet spørger, hvilke taster du vil bruge.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/shortcuts_offer.py" line="56"/>
        <source>Waiting for the desktop&apos;s shortcuts dialog…</source>
        <translation>Venter på skrivebordets genvejsdialog…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/shortcuts_offer.py" line="61"/>
        <source>No keyboard shortcuts were registered.</source>
        <translation>Der blev ikke registreret nogen tastaturgenveje.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/shortcuts_offer.py" line="65"/>
        <source>The desktop did not register the shortcuts. You can bind the microbreak commands in its keyboard settings instead.</source>
        <translation>Skrivebordet registrerede ikke genvejene. Du kan i stedet tildele microbreak-kommandoerne i dets tastaturindstillinger.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/shortcuts_offer.py" line="70"/>
        <source>Keyboard shortcuts registered: {shortcuts}</source>
        <translation>Tastaturgenveje registreret: {shortcuts}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/shortcuts_offer.py" line="73"/>
        <source>Keyboard shortcuts registered; the desktop chose no keys yet.</source>
        <translation>Tastaturgenveje registreret; skrivebordet har endnu ikke valgt taster.</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="62"/>
        <source>Export break history</source>
        <translation>Eksportér pausehistorik</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="64"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
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
        <translation>pauser taget i dag</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="138"/>
        <location filename="../../microbreak/ui/stats_window.py" line="267"/>
        <source>of exercise today</source>
        <translation>med øvelser i dag</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="139"/>
        <source>days in a row at your goal</source>
        <translation>dage i træk med nået mål</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/stats_window.py" line="161"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="174"/>
        <source>Exercise</source>
        <translation>Øvelse</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="175"/>
        <source>Done</source>
        <translation>Gennemført</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="176"/>
        <source>Partly done</source>
        <translation>Delvist</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="177"/>
        <source>Not started</source>
        <translation>Ikke startet</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="178"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="181"/>
        <source>How each exercise went</source>
        <translation>Sådan gik hver øvelse</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="196"/>
        <source>Export CSV…</source>
        <translation>Eksportér CSV…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="198"/>
        <source>Clear history…</source>
        <translation>Ryd historik…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="200"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="218"/>
        <source>Delete history</source>
        <translation>Slet historik</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="220"/>
        <source>Keep it</source>
        <translation>Behold den</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="264"/>
        <source>{n} of {total}</source>
        <translation>{n} af {total}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="269"/>
        <source>day in a row at {goal} a day</source>
        <translation>dag i træk med {goal} om dagen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="271"/>
        <source>days in a row at {goal} a day</source>
        <translation>dage i træk med {goal} om dagen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="273"/>
        <source>Today: {taken}</source>
        <translation>I dag: {taken}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/stats_window.py" line="277"/>
        <source>Exercises, last %n day(s)</source>
        <translation>
            <numerusform>Øvelser, seneste %n dag</numerusform>
            <numerusform>Øvelser, seneste %n dage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="326"/>
        <source>Could not save {path}: {error}</source>
        <translation>Kunne ikke gemme {path}: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/stats_window.py" line="330"/>
        <source>Saved %n break(s) to {path}.</source>
        <translation>
            <numerusform>Gemte %n pause i {path}.</numerusform>
            <numerusform>Gemte %n pauser i {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/stats_window.py" line="337"/>
        <source>Delete all %n break(s) recorded?</source>
        <translation>
            <numerusform>Slet den %n registrerede pause?</numerusform>
            <numerusform>Slet alle %n registrerede pauser?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="340"/>
        <source>d MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/stats_window.py" line="342"/>
        <source>Delete all %n break(s) recorded since {date}?</source>
        <translation>
            <numerusform>Slet den %n pause, der er registreret siden {date}?</numerusform>
            <numerusform>Slet alle %n pauser, der er registreret siden {date}?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="348"/>
        <source>This cannot be undone. Export a CSV first if you want to keep them.</source>
        <translation>Det kan ikke fortrydes. Eksportér først en CSV-fil, hvis du vil beholde dem.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="362"/>
        <source>Your break history was deleted.</source>
        <translation>Din pausehistorik blev slettet.</translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="208"/>
        <source>Take a break now</source>
        <translation>Hold pause nu</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="209"/>
        <source>Snooze</source>
        <translation>Udsæt</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="210"/>
        <source>Skip next break</source>
        <translation>Spring næste pause over</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="211"/>
        <source>Pause</source>
        <translation>Sæt på pause</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="212"/>
        <source>Resume</source>
        <translation>Genoptag</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="213"/>
        <source>Settings…</source>
        <translation>Indstillinger…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="214"/>
        <source>About</source>
        <translation>Om</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="215"/>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="216"/>
        <source>Statistics…</source>
        <translation>Statistik…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="221"/>
        <source>Start a break with its exercises now</source>
        <translation>Start en pause med dens øvelser nu</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="222"/>
        <source>Put the next break off by a few minutes</source>
        <translation>Udsæt næste pause et par minutter</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="223"/>
        <source>Count the next break as taken and start a new interval</source>
        <translation>Tæl næste pause som taget, og start et nyt interval</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="224"/>
        <source>No reminders for a while</source>
        <translation>Ingen påmindelser i et stykke tid</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="225"/>
        <source>Reminders again, from now</source>
        <translation>Påmindelser igen fra nu af</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="226"/>
        <source>Change the interval, sounds and more</source>
        <translation>Skift interval, lyde og mere</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="227"/>
        <source>Breaks taken, streaks and exercises</source>
        <translation>Tagne pauser, stimer og øvelser</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="228"/>
        <source>What microbreak is, and the health notice</source>
        <translation>Hvad microbreak er, og sundhedsoplysningen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="229"/>
        <source>End microbreak: no more reminders until it starts again</source>
        <translation>Afslut microbreak: ingen flere påmindelser, før det startes igen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="272"/>
        <source>at {time}</source>
        <translation>kl. {time}</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message numerus="yes">
        <location filename="../../microbreak/ui/break_summary.py" line="128"/>
        <source>Today: %n break(s) taken, your daily goal reached</source>
        <translation>
            <numerusform>I dag: %n pause holdt, dagens mål er nået</numerusform>
            <numerusform>I dag: %n pauser holdt, dagens mål er nået</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/break_summary.py" line="130"/>
        <source>Today: {taken} of %n break(s) taken</source>
        <translation>
            <numerusform>I dag: {taken} af %n pause holdt</numerusform>
            <numerusform>I dag: {taken} af %n pauser holdt</numerusform>
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
            <numerusform>%n dag i træk</numerusform>
            <numerusform>%n dage i træk</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkingHoursPage</name>
    <message>
        <location filename="../../microbreak/ui/working_hours_editor.py" line="38"/>
        <source>Ranges like &quot;09:00-12:30, 13:30-17:00&quot;; leave a day empty for no reminders that day. Outside working hours microbreak stays quiet.</source>
        <translation>Tidsrum som &quot;09:00-12:30, 13:30-17:00&quot;; lad en dag være tom, hvis du ikke vil have påmindelser den dag. Uden for arbejdstiden holder microbreak sig i ro.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/working_hours_editor.py" line="62"/>
        <source>Working hours, {day}: {problem}.</source>
        <translation>Arbejdstid, {day}: {problem}.</translation>
    </message>
</context>
<context>
    <name>describe</name>
    <message>
        <location filename="../../microbreak/core/describe.py" line="16"/>
        <source>paused by you</source>
        <translation>sat på pause af dig</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="17"/>
        <source>you are away</source>
        <translation>du er væk</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="18"/>
        <source>the computer is asleep</source>
        <translation>computeren sover</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="19"/>
        <source>the screen is locked</source>
        <translation>skærmen er låst</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="20"/>
        <source>do not disturb is on</source>
        <translation>forstyr ikke er slået til</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="21"/>
        <source>a full-screen window is open</source>
        <translation>et vindue i fuld skærm er åbent</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="22"/>
        <source>you are in a call</source>
        <translation>du er i et opkald</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="23"/>
        <source>outside your working hours</source>
        <translation>uden for din arbejdstid</translation>
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
        <translation>{n} sek.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="100"/>
        <location filename="../../microbreak/core/describe.py" line="120"/>
        <source>{n} min</source>
        <translation>{n} min.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="103"/>
        <location filename="../../microbreak/core/describe.py" line="123"/>
        <source>{h} h {m} min</source>
        <translation>{h} t. {m} min.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="104"/>
        <location filename="../../microbreak/core/describe.py" line="124"/>
        <source>{n} h</source>
        <translation>{n} t.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="119"/>
        <source>{m} min {s} s</source>
        <translation>{m} min. {s} sek.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/describe.py" line="134"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n sekund</numerusform>
            <numerusform>%n sekunder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/describe.py" line="136"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minut</numerusform>
            <numerusform>%n minutter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/describe.py" line="137"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n time</numerusform>
            <numerusform>%n timer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="151"/>
        <source>{hours} {minutes}</source>
        <translation>{hours} og {minutes}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="158"/>
        <source>Microbreak in {time}</source>
        <translation>Mikropause om {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="163"/>
        <source>Movement break in {time}</source>
        <translation>Bevægelsespause om {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="190"/>
        <source>Breaks were put off earlier; each break you take makes the reminders calmer again.</source>
        <translation>Pauser blev udskudt tidligere; hver pause du tager, gør påmindelserne roligere igen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/describe.py" line="196"/>
        <source>You skipped the last %n break(s), so this one is a little firmer.</source>
        <translation>
            <numerusform>Du sprang den seneste %n pause over, så denne er lidt mere bestemt.</numerusform>
            <numerusform>Du sprang de seneste %n pauser over, så denne er lidt mere bestemt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/describe.py" line="199"/>
        <source>You put off breaks %n time(s) in a row, so this one is a little firmer.</source>
        <translation>
            <numerusform>Du udskød pauser %n gang i træk, så denne er lidt mere bestemt.</numerusform>
            <numerusform>Du udskød pauser %n gange i træk, så denne er lidt mere bestemt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="207"/>
        <source>On a break</source>
        <translation>Holder pause</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="210"/>
        <source>Break waiting: {reasons}</source>
        <translation>Pausen venter: {reasons}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="215"/>
        <source>Paused until {day} {time}</source>
        <translation>På pause indtil {day} kl. {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="218"/>
        <source>Paused until {time}</source>
        <translation>På pause indtil kl. {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="220"/>
        <source>Paused until you resume</source>
        <translation>På pause, indtil du genoptager</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="221"/>
        <source>Paused: {reasons}</source>
        <translation>På pause: {reasons}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="228"/>
        <source>Break in {time}</source>
        <translation>Pause om {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="230"/>
        <source>Snoozed: break in {time}</source>
        <translation>Udsat: pause om {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="239"/>
        <source>Next break in about {time}, at a pause in your typing</source>
        <translation>Næste pause om cirka {time}, når du holder inde med at skrive</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="242"/>
        <source>Break at your next pause (by {time})</source>
        <translation>Pause, når du holder inde med at skrive (senest kl. {time})</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="245"/>
        <source>Next break in {time}</source>
        <translation>Næste pause om {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="255"/>
        <source>(by {time})</source>
        <translation>(senest kl. {time})</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="257"/>
        <source>(at {time})</source>
        <translation>(kl. {time})</translation>
    </message>
</context>
<context>
    <name>engine</name>
    <message>
        <location filename="../../microbreak/core/presence.py" line="183"/>
        <source>Time for a stretch when you can</source>
        <translation>Tid til at strække ud, når du kan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/presence.py" line="185"/>
        <source>You have been busy for %n minute(s) past your break. When you have a moment, roll your shoulders and stand up.</source>
        <translation>
            <numerusform>Din pause har ventet %n minut, mens du var optaget. Når du har et øjeblik, så rul med skuldrene, og rejs dig op.</numerusform>
            <numerusform>Din pause har ventet %n minutter, mens du var optaget. Når du har et øjeblik, så rul med skuldrene, og rejs dig op.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="36"/>
        <source>a break is already in progress</source>
        <translation>en pause er allerede i gang</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="43"/>
        <source>strict mode is on: breaks cannot be snoozed</source>
        <translation>streng tilstand er slået til: pauser kan ikke udsættes</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="45"/>
        <source>cannot snooze while paused</source>
        <translation>kan ikke udsætte, mens påmindelserne er sat på pause</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="51"/>
        <source>a snooze must be 1 to {most} minutes, not {minutes}</source>
        <translation>en udsættelse skal være 1 til {most} minutter, ikke {minutes}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="63"/>
        <source>this break was snoozed {times} times already, the most allowed ({limit}); take it or skip it</source>
        <translation>denne pause er allerede udsat {times} gange, det højeste tilladte ({limit}); tag den, eller spring den over</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="97"/>
        <location filename="../../microbreak/core/user_requests.py" line="132"/>
        <source>strict mode is on: breaks cannot be skipped</source>
        <translation>streng tilstand er slået til: pauser kan ikke springes over</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="100"/>
        <source>a break is in progress: use Skip break to end it</source>
        <translation>en pause er i gang: brug Spring pausen over for at afslutte den</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="103"/>
        <source>cannot skip while paused</source>
        <translation>kan ikke springe over, mens påmindelserne er sat på pause</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="130"/>
        <source>no break is in progress</source>
        <translation>ingen pause er i gang</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="161"/>
        <source>today&apos;s skips are used up; you can skip again tomorrow</source>
        <translation>dagens overspringninger er brugt; i morgen kan du springe over igen</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="190"/>
        <source>the end of a pause must be in the future</source>
        <translation>påmindelserne kan kun sættes på pause til et tidspunkt i fremtiden</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="198"/>
        <source>Reminders pause after this break</source>
        <translation>Påmindelserne sættes på pause efter denne pause</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="199"/>
        <source>Strict mode is on, so this break stays open. Reminders pause as soon as it ends.</source>
        <translation>Streng tilstand er slået til, så denne pause forbliver åben. Påmindelserne sættes på pause, så snart den slutter.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="226"/>
        <source>reminders are not paused</source>
        <translation>påmindelserne er ikke sat på pause</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/budget_watch.py" line="84"/>
        <source>Time to call it a day</source>
        <translation>Tid til at stoppe for i dag</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/budget_watch.py" line="86"/>
        <source>You have been at the computer for %n hour(s) today. Time to call it a day when you can.</source>
        <translation>
            <numerusform>Du har siddet ved computeren i %n time i dag. Stop for i dag, når du kan.</numerusform>
            <numerusform>Du har siddet ved computeren i %n timer i dag. Stop for i dag, når du kan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guidance</name>
    <message>
        <location filename="../../microbreak/core/guidance.py" line="85"/>
        <source>Well done. That is the end of this break.</source>
        <translation>Godt klaret. Det var denne pause.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/guidance.py" line="86"/>
        <source>Paused.</source>
        <translation>På pause.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/guidance.py" line="125"/>
        <source>{n} of {total}. {step}</source>
        <translation>{n} af {total}. {step}</translation>
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
        <translation>Din pausehistorik {path}: {what}. Den er gemt som {aside}; en ny kan ikke startes endnu ({error}), så denne sessions pauser holdes i hukommelsen og gemmes, så snart det kan lade sig gøre.</translation>
    </message>
    <message>
        <location filename="../../microbreak/infra/history.py" line="248"/>
        <source>Until then, earlier breaks are not shown.</source>
        <translation>Indtil da vises tidligere pauser ikke.</translation>
    </message>
    <message>
        <location filename="../../microbreak/infra/history.py" line="406"/>
        <source>Your break history {path} could not be used ({error}). It was kept as {aside}; this session&apos;s breaks go to a new one.</source>
        <translation>Din pausehistorik {path} kunne ikke bruges ({error}). Den er gemt som {aside}; denne sessions pauser kommer i en ny.</translation>
    </message>
    <message>
        <location filename="../../microbreak/infra/history.py" line="551"/>
        <source>Your break history {path} is locked by another program ({error}). It is left as it is; this session&apos;s breaks are kept in memory and saved once the other program lets go of it.</source>
        <translation>Din pausehistorik {path} er låst af et andet program ({error}). Den er efterladt uændret; denne sessions pauser holdes i hukommelsen og gemmes, så snart det andet program slipper den.</translation>
    </message>
    <message>
        <location filename="../../microbreak/infra/history.py" line="558"/>
        <source>Your break history {path} cannot be saved: the disk is full or cannot be written ({error}). It is left as it is; this session&apos;s breaks are kept in memory and saved once there is space. Free some space on the disk.</source>
        <translation>Din pausehistorik {path} kan ikke gemmes: disken er fuld eller skrivebeskyttet ({error}). Den er efterladt uændret; denne sessions pauser holdes i hukommelsen og gemmes, så snart der er plads. Frigør noget plads på disken.</translation>
    </message>
    <message>
        <location filename="../../microbreak/infra/history.py" line="565"/>
        <source>Your break history {path} cannot be saved ({error}). It is left as it is; this session&apos;s breaks are kept in memory and saved once it can be written.</source>
        <translation>Din pausehistorik {path} kan ikke gemmes ({error}). Den er efterladt uændret; denne sessions pauser holdes i hukommelsen og gemmes, så snart der kan skrives til den.</translation>
    </message>
</context>
<context>
    <name>player</name>
    <message>
        <location filename="../../microbreak/core/player.py" line="28"/>
        <source>Now the right side.</source>
        <translation>Nu højre side.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/player.py" line="29"/>
        <source>Now the left side.</source>
        <translation>Nu venstre side.</translation>
    </message>
</context>
<context>
    <name>preview</name>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="88"/>
        <source>About {time}.</source>
        <translation>Cirka {time}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/exercises_page.py" line="92"/>
        <source>Then %n time(s) on each side:</source>
        <translation>
            <numerusform>Derefter %n gang på hver side:</numerusform>
            <numerusform>Derefter %n gange på hver side:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/exercises_page.py" line="94"/>
        <source>Then %n time(s):</source>
        <translation>
            <numerusform>Derefter %n gang:</numerusform>
            <numerusform>Derefter %n gange:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>schema</name>
    <message>
        <location filename="../../microbreak/core/schema.py" line="280"/>
        <source>{part} is not a range like 09:00-17:00</source>
        <translation>{part} er ikke et tidsrum som 09:00-17:00</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/schema.py" line="288"/>
        <source>{part} is not a time of day</source>
        <translation>{part} er ikke et klokkeslæt</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/schema.py" line="292"/>
        <source>{part} ends before it starts</source>
        <translation>{part} slutter, før det begynder</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/schema.py" line="298"/>
        <source>the ranges overlap</source>
        <translation>tidsrummene overlapper hinanden</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../microbreak/core/schema.py" line="46"/>
        <source>Schedule</source>
        <translation>Tidsplan</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/schema.py" line="47"/>
        <location filename="../../microbreak/core/settings.py" line="212"/>
        <source>Exercises</source>
        <translation>Øvelser</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/schema.py" line="48"/>
        <source>Notifications and sound</source>
        <translation>Notifikationer og lyd</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/schema.py" line="49"/>
        <source>Working hours</source>
        <translation>Arbejdstid</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/schema.py" line="50"/>
        <source>General</source>
        <translation>Generelt</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="50"/>
        <source>Minutes between breaks</source>
        <translation>Minutter mellem pauser</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="52"/>
        <source>Minutes of work between breaks. The AAOHN suggests a short break every 30 to 60 minutes; 45 is the middle of that range.</source>
        <translation>Arbejdsminutter mellem pauserne. AAOHN foreslår en kort pause hvert 30. til 60. minut; 45 er midt i det interval.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="63"/>
        <source>Heads-up (seconds)</source>
        <translation>Forvarsel (sekunder)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="65"/>
        <source>Seconds of warning before a break opens; 0 turns the heads-up off.</source>
        <translation>Hvor mange sekunders varsel der gives, før en pause åbner; 0 slår forvarslet fra.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="74"/>
        <source>Snooze length (minutes)</source>
        <translation>Udsættelse (minutter)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="76"/>
        <source>Minutes a snooze postpones a break.</source>
        <translation>Hvor mange minutter en udsættelse skubber en pause.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="83"/>
        <source>Snoozes allowed per break</source>
        <translation>Tilladte udsættelser pr. pause</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="85"/>
        <source>How many times one break may be snoozed; 0 means unlimited.</source>
        <translation>Hvor mange gange en pause må udsættes; 0 betyder ubegrænset.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="92"/>
        <source>Strict mode (no snooze or skip)</source>
        <translation>Streng tilstand (ingen udsættelse eller overspringning)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="93"/>
        <source>Strict mode: no snooze or skip, for people who want to be held to it.</source>
        <translation>Streng tilstand: ingen udsættelse eller overspringning – for dem, der vil holdes fast på det.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="102"/>
        <source>Away time that counts as a break (minutes)</source>
        <translation>Fravær, der tæller som pause (minutter)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="104"/>
        <source>Away from the keyboard (or asleep, or locked) at least this many minutes counts as a break taken; a shorter absence moves the next break back by as long.</source>
        <translation>Væk fra tastaturet (eller i dvale eller låst) i mindst så mange minutter tæller som en taget pause; et kortere fravær rykker næste pause lige så meget.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="115"/>
        <source>Wait for a pause in typing</source>
        <translation>Vent på en pause i skrivningen</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="116"/>
        <source>With an idle source, the break comes at the first pause in typing (10 seconds without input) within a fifth of interval_minutes either side of it, at most 5 minutes, and at the end of that window anyway, instead of cutting into a sentence at a fixed minute.</source>
        <translation>Med en kilde til inaktivitet kommer pausen ved den første pause i skrivningen (10 sekunder uden input) inden for en femtedel af interval_minutes før eller efter, højst 5 minutter, og under alle omstændigheder når det tidsrum slutter, i stedet for at afbryde midt i en sætning på et fast minut.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="129"/>
        <source>Longest wait while busy (minutes)</source>
        <translation>Længste ventetid, når du er optaget (minutter)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="131"/>
        <source>How long a break may wait for a full-screen window, do-not-disturb or a call to end before a gentle notification replaces the window.</source>
        <translation>Hvor længe en pause må vente på, at et vindue i fuld skærm, forstyr ikke eller et opkald slutter, før en diskret notifikation træder i stedet for vinduet.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="171"/>
        <source>Only remind me during working hours</source>
        <translation>Påmind mig kun i arbejdstiden</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="172"/>
        <source>Remind only within the hours below; outside them no reminders at all. Each day takes ranges like &quot;09:00-12:30, 13:30-17:00&quot;; empty means no reminders that day.</source>
        <translation>Påmind kun inden for tidsrummene nedenfor; uden for dem kommer der ingen påmindelser overhovedet. Hver dag tager tidsrum som &quot;09:00-12:30, 13:30-17:00&quot;; tom betyder ingen påmindelser den dag.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="214"/>
        <source>The exercises breaks walk through, in order (the id of each exercise file). The default is the five AAOHN seated exercises.</source>
        <translation>De øvelser, pauserne går igennem, i rækkefølge (id&apos;et for hver øvelsesfil). Standard er AAOHN&apos;s fem siddende øvelser.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="225"/>
        <source>Exercises per break</source>
        <translation>Øvelser pr. pause</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="227"/>
        <source>How many of them one break takes; the next break goes on where this one stopped.</source>
        <translation>Hvor mange af dem en pause tager; næste pause fortsætter, hvor denne slap.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="262"/>
        <source>Movement break every (breaks)</source>
        <translation>Bevægelsespause hver (pauser)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="264"/>
        <source>Every this many breaks offered (taken or skipped), the break is a longer one that asks you to stand up and move; 0 turns movement breaks off. Active breaks cut new neck pain in office workers from 44 % to 17 % over six months (Waongenngarm 2021).</source>
        <translation>For hver så mange tilbudte pauser (holdt eller sprunget over) bliver pausen en længere, der beder dig rejse dig og bevæge dig; 0 slår bevægelsespauser fra. Aktive pauser sænkede ny nakkesmerte hos kontoransatte fra 44 % til 17 % over seks måneder (Waongenngarm 2021).</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="276"/>
        <source>Movement break length (minutes)</source>
        <translation>Bevægelsespausens længde (minutter)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="278"/>
        <source>About how long a movement break takes: it opens with the first of its exercises and adds the others in turn while they fit.</source>
        <translation>Cirka hvor lang en bevægelsespause er: den begynder med sin første øvelse og tilføjer de andre på skift, så længe de kan nå det.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="287"/>
        <source>Movement exercises</source>
        <translation>Bevægelsesøvelser</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="289"/>
        <source>The exercises movement breaks use (exercise ids): the first opens every movement break, the rest take turns after it. The default is standing up and moving, then the standing stretches.</source>
        <translation>Øvelserne, bevægelsespauser bruger (øvelses-id&apos;er): den første åbner hver bevægelsespause, resten skiftes efter den. Standard er at rejse sig og bevæge sig og derefter udstrækningerne stående.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="311"/>
        <source>Eye breaks (20-20-20)</source>
        <translation>Øjenpauser (20-20-20)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="312"/>
        <source>Short eye breaks with a rhythm of their own: every 20 minutes of work, look at something far away for 20 seconds (the 20-20-20 rule; both can be changed). One that would come shortly before a break is left to that break.</source>
        <translation>Korte øjenpauser i deres egen rytme: for hver 20 minutters arbejde kigger du på noget langt væk i 20 sekunder (20-20-20-reglen; begge kan ændres). En, der ville komme kort før en pause, overlades til den pause.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="324"/>
        <source>Eye break every (minutes)</source>
        <translation>Øjenpause hvert (minutter)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="326"/>
        <source>Minutes of work from one eye break to the next; any break, or time away, starts them again.</source>
        <translation>Minutters arbejde fra én øjenpause til den næste; enhver pause, eller tid væk, starter dem forfra.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="337"/>
        <source>Eye break length (seconds)</source>
        <translation>Øjenpausens længde (sekunder)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="339"/>
        <source>About how long an eye break takes: the next of its exercises in turn, and more while they fit.</source>
        <translation>Omtrent hvor længe en øjenpause varer: den næste af dens øvelser på skift, og flere så længe de kan nås.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="348"/>
        <source>Eye exercises</source>
        <translation>Øjenøvelser</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="350"/>
        <source>The exercises eye breaks take in turn (exercise ids). The default is looking far away, then palming.</source>
        <translation>Øvelserne, som øjenpauser tager på skift (øvelses-id&apos;er). Standard er at kigge langt væk, derefter palmering.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="370"/>
        <source>Firmer reminders after breaks put off</source>
        <translation>Mere bestemte påmindelser efter udskudte pauser</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="371"/>
        <source>After 2 breaks skipped or snoozed in a row the next reminder is a little firmer (a window instead of a notification, fewer snoozes, a sentence saying why), after 4 firmer still; each break taken calms it down one step.</source>
        <translation>Efter 2 pauser i træk, der er sprunget over eller udskudt, er næste påmindelse lidt mere bestemt (et vindue i stedet for en notifikation, færre udskydelser, en sætning om hvorfor), efter 4 endnu mere; hver pause du tager, gør den et trin roligere.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="383"/>
        <source>Skips allowed per day</source>
        <translation>Tilladte overspringninger pr. dag</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="385"/>
        <source>How many breaks may be skipped in a day; after that, until midnight, a break can be snoozed or taken but not skipped. 0 means no limit.</source>
        <translation>Hvor mange pauser der må springes over på en dag; derefter, indtil midnat, kan en pause udskydes eller tages, men ikke springes over. 0 betyder ingen grænse.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="394"/>
        <source>A snoozed break comes back a little longer</source>
        <translation>En udskudt pause kommer lidt længere tilbage</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="395"/>
        <source>A snoozed break comes back with one more exercise for each snooze, two at most.</source>
        <translation>En udskudt pause kommer tilbage med én øvelse mere for hver udskydelse, højst to.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="413"/>
        <source>Daily limit (hours at the computer)</source>
        <translation>Daglig grænse (timer ved computeren)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="415"/>
        <source>After this many hours at the computer in a day, one calm notice suggests calling it a day; 0 turns it off. Time away, asleep, locked, paused, on a break or outside working hours does not count; the count starts afresh at midnight.</source>
        <translation>Efter så mange timer ved computeren på en dag foreslår en rolig besked, at du stopper for i dag; 0 slår den fra. Tid væk, i dvale, låst, sat på pause, på en pause eller uden for arbejdstiden tæller ikke; optællingen starter forfra ved midnat.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="433"/>
        <source>Notify before a break</source>
        <translation>Giv besked før en pause</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="434"/>
        <source>Show a desktop notification before a break (the heads-up time is in [schedule]).</source>
        <translation>Vis en skrivebordsnotifikation før en pause (forvarslets længde står under [schedule]).</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="450"/>
        <source>Wait while a window is full screen</source>
        <translation>Vent, mens et vindue er i fuld skærm</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="451"/>
        <source>Hold a break while a window is full screen (a film, a presentation).</source>
        <translation>Lad en pause vente, mens et vindue er i fuld skærm (en film, en præsentation).</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="458"/>
        <source>Respect the desktop&apos;s do-not-disturb</source>
        <translation>Respektér skrivebordets forstyr ikke</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="459"/>
        <source>Hold a break while the desktop&apos;s do-not-disturb is on.</source>
        <translation>Lad en pause vente, mens skrivebordets forstyr ikke er slået til.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="464"/>
        <source>Wait while I am in a call</source>
        <translation>Vent, mens jeg er i et opkald</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="465"/>
        <source>Hold a break while the camera or microphone is in use.</source>
        <translation>Lad en pause vente, mens kameraet eller mikrofonen er i brug.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="472"/>
        <source>Count watching a video or a presentation as activity</source>
        <translation>Regn det at se en video eller præsentation som aktivitet</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="473"/>
        <source>While a video or a presentation keeps the screen awake (it asks the desktop not to blank the screen), you count as at the computer even without typing: the time is not taken for a break. Where the desktop tells (GNOME, KDE Plasma).</source>
        <translation>Mens en video eller præsentation holder skærmen vågen (den beder skrivebordet om ikke at slukke skærmen), regnes du for at være ved computeren, også uden at skrive: tiden regnes ikke som pause. Hvor skrivebordet fortæller det (GNOME, KDE Plasma).</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="491"/>
        <source>Chimes</source>
        <translation>Klokkelyde</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="492"/>
        <source>A soft chime when a break starts and a different one when it ends.</source>
        <translation>En blød klokkelyd, når en pause begynder, og en anden, når den slutter.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="501"/>
        <source>Volume (%)</source>
        <translation>Lydstyrke (%)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="503"/>
        <source>Volume in percent.</source>
        <translation>Lydstyrke i procent.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="508"/>
        <source>Tick at every repetition</source>
        <translation>Tik ved hver gentagelse</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="509"/>
        <source>A quiet tick at the start of every repetition.</source>
        <translation>Et stille tik i starten af hver gentagelse.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="522"/>
        <source>Read the steps aloud</source>
        <translation>Læs trinene højt</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="523"/>
        <source>Read each step aloud and count the holds, so you can follow with your eyes closed. Needs a speech engine (on Linux: speech-dispatcher).</source>
        <translation>Læs hvert trin højt og tæl, mens du holder, så du kan følge med med lukkede øjne. Kræver talesyntese (på Linux: speech-dispatcher).</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="540"/>
        <source>Still pictures (reduced motion)</source>
        <translation>Stillbilleder (mindre bevægelse)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="541"/>
        <source>Still pictures only: no blending between the poses of an exercise.</source>
        <translation>Kun stillbilleder: ingen overgange mellem en øvelses stillinger.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="560"/>
        <source>Breaks a day</source>
        <translation>Pauser om dagen</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="562"/>
        <source>Breaks a day you aim for. The statistics window counts a streak of days that reach it.</source>
        <translation>Det antal pauser om dagen, du sigter efter. Statistikvinduet tæller, hvor mange dage i træk du når det.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="581"/>
        <source>Days of history</source>
        <translation>Dages historik</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="583"/>
        <source>Days of break history to keep; 0 keeps it forever.</source>
        <translation>Hvor mange dages pausehistorik der gemmes; 0 gemmer den for altid.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="596"/>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="598"/>
        <source>The language of microbreak&apos;s windows, messages and exercise steps. Empty follows the system; or a language code like &quot;de&quot; or &quot;pt_BR&quot;. MICROBREAK_LANG, where set, wins over this.</source>
        <translation>Sproget i microbreaks vinduer, beskeder og øvelsestrin. Tom følger systemet; ellers en sprogkode som &quot;de&quot; eller &quot;pt_BR&quot;. MICROBREAK_LANG har forrang, hvor den er sat.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="616"/>
        <source>Start microbreak when I log in</source>
        <translation>Start microbreak, når jeg logger ind</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="617"/>
        <source>Start microbreak when you log in (an autostart entry for your system).</source>
        <translation>Start microbreak, når du logger ind (en autostartpost i dit system).</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="48"/>
        <source>All exercises</source>
        <translation>Alle øvelser</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="49"/>
        <source>Seated</source>
        <translation>Siddende</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="50"/>
        <source>Standing</source>
        <translation>Stående</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="51"/>
        <source>Needs nothing</source>
        <translation>Kræver intet</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="52"/>
        <source>Needs a wall</source>
        <translation>Kræver en væg</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="53"/>
        <source>Needs a doorway</source>
        <translation>Kræver en døråbning</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="54"/>
        <source>Needs a strap</source>
        <translation>Kræver en strop</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="59"/>
        <source>Choose at least one exercise: a break needs something to do.</source>
        <translation>Vælg mindst én øvelse: en pause skal have noget at lave.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="31"/>
        <source>Movement breaks</source>
        <translation>Bevægelsespauser</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="32"/>
        <source>Eye breaks</source>
        <translation>Øjenpauser</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="33"/>
        <source>Breaks put off</source>
        <translation>Udskudte pauser</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="34"/>
        <source>Daily limit</source>
        <translation>Daglig grænse</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="35"/>
        <source>Notifications</source>
        <translation>Notifikationer</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="36"/>
        <source>When you are busy</source>
        <translation>Når du er optaget</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="37"/>
        <source>Sound</source>
        <translation>Lyd</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="38"/>
        <source>Spoken guidance</source>
        <translation>Talt vejledning</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="39"/>
        <source>Accessibility</source>
        <translation>Tilgængelighed</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="40"/>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="41"/>
        <source>Language and login</source>
        <translation>Sprog og login</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="48"/>
        <source>Let a break come at a short pause in your typing near its time, instead of cutting into a sentence. Where microbreak cannot tell when you type, breaks keep to the minutes between breaks.</source>
        <translation>Lad en pause komme, når du holder en kort pause i skrivningen tæt på tidspunktet, i stedet for at afbryde midt i en sætning. Hvor microbreak ikke kan se, hvornår du skriver, holder pauserne sig til minutterne mellem pauser.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="54"/>
        <source>The language of microbreak&apos;s windows, messages and exercise steps. System default follows your computer&apos;s language.</source>
        <translation>Sproget i microbreaks vinduer, beskeder og øvelsestrin. Systemstandard følger din computers sprog.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="64"/>
        <source>One calm notice after this many hours at the computer in a day; time away and breaks do not count.</source>
        <translation>Én rolig besked efter så mange timer ved computeren på en dag; tid væk og pauser tæller ikke.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="69"/>
        <source>Watching a video or a presentation counts as being at the computer, not as a break.</source>
        <translation>At se en video eller præsentation regnes som at være ved computeren, ikke som en pause.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="77"/>
        <location filename="../../microbreak/ui/settings_form.py" line="80"/>
        <location filename="../../microbreak/ui/settings_form.py" line="82"/>
        <source>Off</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="78"/>
        <source>Unlimited</source>
        <translation>Ubegrænset</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="79"/>
        <source>Forever</source>
        <translation>For altid</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="81"/>
        <source>No limit</source>
        <translation>Ingen grænse</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="123"/>
        <source>Working hours on {day}.</source>
        <translation>Arbejdstid, {day}.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="131"/>
        <source>({low} to {high})</source>
        <translation>({low} til {high})</translation>
    </message>
</context>
<context>
    <name>stats</name>
    <message>
        <location filename="../../microbreak/core/stats.py" line="69"/>
        <location filename="../../microbreak/core/stats.py" line="72"/>
        <source>{n} min</source>
        <translation>{n} min.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="71"/>
        <source>{n} s</source>
        <translation>{n} sek.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/stats.py" line="356"/>
        <source>{taken} of %n break(s) taken</source>
        <translation>
            <numerusform>{taken} af %n pause taget</numerusform>
            <numerusform>{taken} af %n pauser taget</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/stats.py" line="358"/>
        <source>of which %n movement break(s)</source>
        <translation>
            <numerusform>heraf %n bevægelsespause</numerusform>
            <numerusform>heraf %n bevægelsespauser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/stats.py" line="360"/>
        <source>%n natural break(s)</source>
        <translation>
            <numerusform>%n naturlig pause</numerusform>
            <numerusform>%n naturlige pauser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/stats.py" line="362"/>
        <source>%n eye break(s)</source>
        <translation>
            <numerusform>%n øjenpause</numerusform>
            <numerusform>%n øjenpauser</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="363"/>
        <source>{time} of exercise</source>
        <translation>{time} med øvelser</translation>
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
            <numerusform>Dagligt mål på %n pause nået. Godt klaret!</numerusform>
            <numerusform>Dagligt mål på %n pauser nået. Godt klaret!</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/stats.py" line="373"/>
        <source>Your goal: %n break(s) a day.</source>
        <translation>
            <numerusform>Dit mål: %n pause om dagen.</numerusform>
            <numerusform>Dit mål: %n pauser om dagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/stats.py" line="374"/>
        <source>Your goal: %n break(s) a day, {left} to go.</source>
        <translation>
            <numerusform>Dit mål: %n pause om dagen, {left} tilbage.</numerusform>
            <numerusform>Dit mål: %n pauser om dagen, {left} tilbage.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="381"/>
        <source>Reach your goal today to start a streak.</source>
        <translation>Nå dit mål i dag for at starte en stime.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/stats.py" line="382"/>
        <source>%n day(s) in a row at your goal.</source>
        <translation>
            <numerusform>%n dag i træk med nået mål.</numerusform>
            <numerusform>%n dage i træk med nået mål.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/stats.py" line="386"/>
        <source>Last %n day(s): {taken}</source>
        <translation>
            <numerusform>Seneste %n dag: {taken}</numerusform>
            <numerusform>Seneste %n dage: {taken}</numerusform>
        </translation>
    </message>
</context>
</TS>
