<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>About</name>
    <message>
        <location filename="../../microbreak/ui/about.py" line="31"/>
        <source>Before your first break</source>
        <translation>Innan din första paus</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="33"/>
        <source>microbreak reminds you to pause your work every so often and walks you through gentle stretches for your back, shoulders and neck. It is a nudge to move, not a treatment and not medical advice.</source>
        <translation>microbreak påminner dig om att göra uppehåll i arbetet då och då och leder dig genom mjuka stretchövningar för rygg, axlar och nacke. Det är en knuff att röra på dig, inte en behandling och inte medicinsk rådgivning.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="39"/>
        <source>If you have a back or neck condition, or a recent injury, ask a doctor or physical therapist before you start.</source>
        <translation>Om du har besvär med rygg eller nacke, eller en färsk skada, fråga en läkare eller fysioterapeut innan du börjar.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="44"/>
        <source>Move slowly and never into pain. If an exercise hurts, stop it and go on to the next one (or skip the break). If pain keeps coming back, gets worse or lasts more than a few days, see a doctor.</source>
        <translation>Rör dig långsamt och aldrig så att det gör ont. Om en övning gör ont, sluta och gå vidare till nästa (eller hoppa över pausen). Om smärtan kommer tillbaka, blir värre eller håller i sig mer än några dagar, sök läkare.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="53"/>
        <source>The American Association of Occupational Health Nurses (AAOHN) recommends what it calls a &lt;i&gt;wellness microbreak&lt;/i&gt;: every 30 to 60 minutes, stop your work for a moment and do one or more short exercises right at your desk. You stay in your chair and in your work clothes; no equipment is needed.</source>
        <translation>American Association of Occupational Health Nurses (AAOHN) rekommenderar det som kallas en &lt;i&gt;friskvårdsmikropaus&lt;/i&gt;: var 30:e till 60:e minut gör du ett kort uppehåll i arbetet och gör en eller flera korta övningar vid skrivbordet. Du sitter kvar på stolen i dina arbetskläder; ingen utrustning behövs.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="60"/>
        <source>Most upper-back pain comes from strained muscles (from holding one posture or repeating one movement for hours) rather than from a problem with the discs of the spine. Gentle, regular exercise strengthens the small muscles around the upper spine and eases its ligaments.</source>
        <translation>Den mesta smärtan i övre delen av ryggen kommer från överansträngda muskler (av att hålla en ställning eller upprepa en rörelse i timmar) snarare än från problem med ryggradens diskar. Mjuk, regelbunden träning stärker de små musklerna kring övre ryggraden och avlastar dess ligament.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="67"/>
        <source>microbreak waits 45 minutes between breaks by default, the middle of that range, and keeps each break to a few minutes.</source>
        <translation>microbreak väntar som standard 45 minuter mellan pauserna, mitt i det intervallet, och håller varje paus till några minuter.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="73"/>
        <source>microbreak sends nothing anywhere: your settings and history stay on this computer.</source>
        <translation>microbreak skickar ingenting någonstans: dina inställningar och din historik stannar på den här datorn.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="190"/>
        <source>Each break walks you through a few of these, with a picture of every pose, a countdown for each hold and a repetition counter. The default routine rotates through the five seated AAOHN desk exercises:</source>
        <translation>Varje paus leder dig genom några av dessa, med en bild av varje ställning, en nedräkning för varje hållning och en räknare för repetitionerna. Standardprogrammet växlar mellan AAOHN:s fem sittande skrivbordsövningar:</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="198"/>
        <source>The library also has these:</source>
        <translation>Biblioteket har också dessa:</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_words.py" line="14"/>
        <source>seated</source>
        <translation>sittande</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_words.py" line="15"/>
        <source>standing</source>
        <translation>stående</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_words.py" line="18"/>
        <source>wall</source>
        <translation>vägg</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_words.py" line="19"/>
        <source>doorway</source>
        <translation>dörröppning</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_words.py" line="20"/>
        <source>strap</source>
        <translation>rem</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_words.py" line="30"/>
        <source>{posture}, needs a {equipment}</source>
        <translation>{posture}, kräver: {equipment}</translation>
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
        <translation>En liten pauspåminnare för dig som arbetar sittande vid ett skrivbord.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="148"/>
        <source>Why a short break every 30 to 60 minutes</source>
        <translation>Varför en kort paus var 30:e till 60:e minut</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="151"/>
        <source>The exercises</source>
        <translation>Övningarna</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="154"/>
        <source>Take care</source>
        <translation>Var rädd om dig</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="156"/>
        <source>Read the health notice again</source>
        <translation>Läs hälsoinformationen igen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="166"/>
        <source>About microbreak</source>
        <translation>Om microbreak</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="167"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>ActionsMenu</name>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="21"/>
        <source>30 minutes</source>
        <translation>30 minuter</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="22"/>
        <source>1 hour</source>
        <translation>1 timme</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="23"/>
        <source>2 hours</source>
        <translation>2 timmar</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="24"/>
        <source>Until tomorrow</source>
        <translation>Till i morgon</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="25"/>
        <source>Until I resume</source>
        <translation>Tills jag återupptar</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="54"/>
        <source>Take a break now</source>
        <translation>Ta en paus nu</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="56"/>
        <source>Snooze</source>
        <translation>Skjut upp</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/intents.py" line="58"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minut</numerusform>
            <numerusform>%n minuter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="60"/>
        <source>Skip next break</source>
        <translation>Hoppa över nästa paus</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="62"/>
        <source>Pause reminders</source>
        <translation>Pausa påminnelser</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="66"/>
        <source>Resume reminders</source>
        <translation>Återuppta påminnelser</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="69"/>
        <source>Statistics…</source>
        <translation>Statistik…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="71"/>
        <source>Settings…</source>
        <translation>Inställningar…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="73"/>
        <source>About microbreak</source>
        <translation>Om microbreak</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="75"/>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
</context>
<context>
    <name>BreakWindow</name>
    <message>
        <location filename="../../microbreak/ui/break_guidance.py" line="160"/>
        <location filename="../../microbreak/ui/exercise_page.py" line="234"/>
        <source>Read aloud: no voice</source>
        <translation>Läs upp: ingen röst</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_guidance.py" line="161"/>
        <source>Spoken guidance is not available. {reason}</source>
        <translation>Talad vägledning är inte tillgänglig. {reason}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_summary.py" line="89"/>
        <location filename="../../microbreak/ui/break_summary.py" line="101"/>
        <source>Well done!</source>
        <translation>Bra jobbat!</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_summary.py" line="92"/>
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_summary.py" line="93"/>
        <source>Close this window</source>
        <translation>Stäng det här fönstret</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_summary.py" line="104"/>
        <source>Break ended early</source>
        <translation>Pausen avslutades tidigt</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_summary.py" line="105"/>
        <source>Every bit of movement helps. Try a whole routine next time.</source>
        <translation>All rörelse hjälper. Prova hela programmet nästa gång.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_summary.py" line="114"/>
        <source>Next break at {time}.</source>
        <translation>Nästa paus klockan {time}.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_summary.py" line="187"/>
        <source>{first} and {last}</source>
        <translation>{first} och {last}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_summary.py" line="188"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_summary.py" line="190"/>
        <source>You did {exercises} in {time}.</source>
        <translation>Du gjorde {exercises} på {time}.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="181"/>
        <source>Time for a break</source>
        <translation>Dags för en paus</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="190"/>
        <source>&amp;Snooze {n} min</source>
        <translation>Skjut &amp;upp {n} min</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/break_window.py" line="192"/>
        <source>Close this break and bring it back in %n minute(s)</source>
        <translation>
            <numerusform>Stäng pausen och ta tillbaka den om %n minut</numerusform>
            <numerusform>Stäng pausen och ta tillbaka den om %n minuter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="232"/>
        <source>Time to stand up and move</source>
        <translation>Dags att resa sig och röra på sig</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="234"/>
        <source>Rest your eyes</source>
        <translation>Vila ögonen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="40"/>
        <source>Read each step aloud and count the holds, so you can close your eyes</source>
        <translation>Läs upp varje steg och räkna hållningarna, så att du kan blunda</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="44"/>
        <source>Move</source>
        <translation>Rör dig</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="45"/>
        <source>Hold</source>
        <translation>Håll</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="46"/>
        <source>Relax</source>
        <translation>Slappna av</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="55"/>
        <source>left side</source>
        <translation>vänster sida</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="56"/>
        <source>right side</source>
        <translation>höger sida</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="61"/>
        <source>Get ready</source>
        <translation>Gör dig redo</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="63"/>
        <source>Once</source>
        <translation>En gång</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="65"/>
        <source>Rep {n} of {total}</source>
        <translation>Rep {n} av {total}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="70"/>
        <source>{where}, {side}</source>
        <translation>{where}, {side}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="194"/>
        <source>Progress through this break</source>
        <translation>Hur långt pausen har kommit</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="198"/>
        <source>Left arrow</source>
        <translation>Vänsterpil</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="199"/>
        <source>Right arrow</source>
        <translation>Högerpil</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="203"/>
        <source>&amp;Back</source>
        <translation>&amp;Tillbaka</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="204"/>
        <source>Previous exercise ({key})</source>
        <translation>Föregående övning ({key})</translation>
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
        <translation>Pausa eller återuppta nedräkningen (blanksteg)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="214"/>
        <source>&amp;Next</source>
        <translation>&amp;Nästa</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="215"/>
        <source>Next exercise ({key})</source>
        <translation>Nästa övning ({key})</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="223"/>
        <source>S&amp;kip break</source>
        <translation>&amp;Hoppa över paus</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="224"/>
        <source>End this break now (Esc)</source>
        <translation>Avsluta pausen nu (Esc)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="228"/>
        <source>Read &amp;aloud</source>
        <translation>&amp;Läs upp</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="255"/>
        <source>Exercise {n} of {total}</source>
        <translation>Övning {n} av {total}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="269"/>
        <source>Paused</source>
        <translation>Pausad</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="277"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsätt</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/skip_confirm.py" line="31"/>
        <source>Skip this break?</source>
        <translation>Hoppa över den här pausen?</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/skip_confirm.py" line="34"/>
        <source>Skip</source>
        <translation>Hoppa över</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/skip_confirm.py" line="35"/>
        <source>Yes, end this break (Enter)</source>
        <translation>Ja, avsluta pausen (Enter)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/skip_confirm.py" line="39"/>
        <source>Keep going</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/skip_confirm.py" line="40"/>
        <source>Go on with the break (Esc)</source>
        <translation>Fortsätt med pausen (Esc)</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message numerus="yes">
        <location filename="../../microbreak/ui/countdown_ring.py" line="57"/>
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n sekund kvar</numerusform>
            <numerusform>%n sekunder kvar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayBarsChart</name>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="53"/>
        <source>Taken</source>
        <translation>Tagna</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="55"/>
        <source>Snoozed, then taken</source>
        <translation>Uppskjutna, sedan tagna</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="59"/>
        <source>Natural break</source>
        <translation>Naturlig paus</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="60"/>
        <source>Skipped</source>
        <translation>Överhoppade</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/day_bars.py" line="90"/>
        <source>Breaks per day, last %n day(s)</source>
        <translation>
            <numerusform>Pauser per dag, senaste %n dagen</numerusform>
            <numerusform>Pauser per dag, senaste %n dagarna</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="92"/>
        <source>{taken} taken of {offered} offered, {total} in all; goal {goal} a day</source>
        <translation>{taken} tagna av {offered} erbjudna, {total} totalt; mål {goal} om dagen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="147"/>
        <source>dddd d MMMM</source>
        <translation>dddd d MMMM</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/day_bars.py" line="148"/>
        <source>{taken} of %n break(s) taken</source>
        <translation>
            <numerusform>{taken} av %n paus tagna</numerusform>
            <numerusform>{taken} av %n pauser tagna</numerusform>
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
            <numerusform>(av de tagna var %n delvis gjord)</numerusform>
            <numerusform>(av de tagna var %n delvis gjorda)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/day_bars.py" line="160"/>
        <source>%n put off (paused, busy or app closed), not counted</source>
        <translation>
            <numerusform>%n uppskjuten (pausat, upptagen eller appen stängd), räknas inte</numerusform>
            <numerusform>%n uppskjutna (pausat, upptagen eller appen stängd), räknas inte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="162"/>
        <source>{time} of exercise</source>
        <translation>{time} träning</translation>
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
        <translation>Dagligt mål</translation>
    </message>
</context>
<context>
    <name>ExercisesPage</name>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="137"/>
        <source>Tick the exercises you want. Breaks walk through them in this order: drag to reorder, or use Move up and Move down.</source>
        <translation>Kryssa för de övningar du vill ha. Pauserna går igenom dem i den här ordningen: dra för att ändra ordningen, eller använd Flytta upp och Flytta ned.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="141"/>
        <source>Exercises</source>
        <translation>Övningar</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="147"/>
        <source>How long one break takes with this choice.</source>
        <translation>Hur lång tid en paus tar med det här valet.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="153"/>
        <source>Exercise files that could not be used; fix and reload.</source>
        <translation>Övningsfiler som inte kunde användas; rätta dem och läs in igen.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="170"/>
        <source>Show only the exercises that suit where you are.</source>
        <translation>Visa bara övningar som passar där du är.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="171"/>
        <source>&amp;Show:</source>
        <translation>&amp;Visa:</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="177"/>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="182"/>
        <source>&apos;All&apos; (below 1) takes every chosen exercise.</source>
        <translation>”Alla” (under 1) tar med varje vald övning.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="185"/>
        <source>Exercises &amp;per break:</source>
        <translation>Övningar &amp;per paus:</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="193"/>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="194"/>
        <source>Move the chosen exercise earlier in the routine.</source>
        <translation>Flytta den valda övningen tidigare i programmet.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="195"/>
        <source>Move &amp;down</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="196"/>
        <source>Move the chosen exercise later in the routine.</source>
        <translation>Flytta den valda övningen senare i programmet.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="197"/>
        <source>&amp;Reload exercises</source>
        <translation>&amp;Läs in övningarna igen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="199"/>
        <source>Read the exercise files again, including your own in the exercises folder.</source>
        <translation>Läs övningsfilerna igen, även dina egna i övningsmappen.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="217"/>
        <source>The steps of the exercise chosen in the list.</source>
        <translation>Stegen i övningen som är vald i listan.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="226"/>
        <source>Steps of the chosen exercise</source>
        <translation>Stegen i den valda övningen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="244"/>
        <source>&lt;b&gt;Skipped (could not be used):&lt;/b&gt;&lt;ul&gt;{lines}&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Hoppade över (kunde inte användas):&lt;/b&gt;&lt;ul&gt;{lines}&lt;/ul&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/exercises_page.py" line="363"/>
        <source>A break takes about {length} ({count} of the %n chosen exercise(s); the next break goes on where the last one stopped).</source>
        <translation>
            <numerusform>En paus tar ungefär {length} ({count} av %n vald övning; nästa paus fortsätter där den förra slutade).</numerusform>
            <numerusform>En paus tar ungefär {length} ({count} av %n valda övningar; nästa paus fortsätter där den förra slutade).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="216"/>
        <source>no reminders this day</source>
        <translation>inga påminnelser den här dagen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="224"/>
        <source>System default ({language})</source>
        <translation>Systemets standard ({language})</translation>
    </message>
</context>
<context>
    <name>HeadsUpToast</name>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="27"/>
        <source>Time to stretch soon.</source>
        <translation>Snart dags att sträcka på sig.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="28"/>
        <source>Time to stand up and move soon.</source>
        <translation>Snart dags att resa sig och röra på sig.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="29"/>
        <source>Start now</source>
        <translation>Börja nu</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="30"/>
        <source>Snooze {n} min</source>
        <translation>Skjut upp {n} min</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="31"/>
        <source>Skip</source>
        <translation>Hoppa över</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="64"/>
        <source>Snooze</source>
        <translation>Skjut upp</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="66"/>
        <source>Start the break now</source>
        <translation>Börja pausen nu</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="67"/>
        <source>Put this break off by a few minutes</source>
        <translation>Skjut upp pausen några minuter</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="68"/>
        <source>Leave out this break</source>
        <translation>Hoppa över den här pausen</translation>
    </message>
</context>
<context>
    <name>HealthNotice</name>
    <message>
        <location filename="../../microbreak/ui/about.py" line="110"/>
        <source>Before your first break</source>
        <translation>Innan din första paus</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="115"/>
        <source>I understand</source>
        <translation>Jag förstår</translation>
    </message>
</context>
<context>
    <name>MicrobreakApp</name>
    <message>
        <location filename="../../microbreak/app/build.py" line="110"/>
        <source>Exercise skipped: {problem}</source>
        <translation>Övning överhoppad: {problem}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/app/controller.py" line="155"/>
        <source>(and %n more in the log)</source>
        <translation>
            <numerusform>(och %n till i loggen)</numerusform>
            <numerusform>(och %n till i loggen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/app/controller.py" line="156"/>
        <source>microbreak: check your settings</source>
        <translation>microbreak: kontrollera dina inställningar</translation>
    </message>
    <message>
        <location filename="../../microbreak/app/controller.py" line="373"/>
        <source>microbreak: break history</source>
        <translation>microbreak: pashistorik</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <location filename="../../microbreak/ui/schedule_page.py" line="89"/>
        <source>A break comes about every {interval} of work: at your first pause in typing up to {spread} either side of it, or at the end of that window.</source>
        <translation>En paus kommer när du har arbetat ungefär {interval}: vid ditt första uppehåll i skrivandet upp till {spread} före eller efter den tiden, eller i slutet av det fönstret.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/schedule_page.py" line="93"/>
        <source>A break comes after every {interval} of work.</source>
        <translation>En paus kommer varje gång du har arbetat {interval}.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/schedule_page.py" line="101"/>
        <source>No movement breaks: every break is a short one at your desk.</source>
        <translation>Inga rörelsepauser: varje paus är en kort paus vid skrivbordet.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/schedule_page.py" line="103"/>
        <source>Every break asks you to stand up and move, for about {length}.</source>
        <translation>Varje paus ber dig resa dig och röra på dig i ungefär {length}.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/schedule_page.py" line="106"/>
        <source>One break in {every} asks you to stand up and move, for about {length}.</source>
        <translation>En paus av {every} ber dig resa dig och röra på dig i ungefär {length}.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/schedule_page.py" line="116"/>
        <source>No eye breaks.</source>
        <translation>Inga ögonpauser.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/schedule_page.py" line="122"/>
        <source>Every {every} of work, look far away for about {length}; not when a break is near.</source>
        <translation>Var {every} arbete tittar du långt bort i ungefär {length}; inte när en paus är nära.</translation>
    </message>
</context>
<context>
    <name>SettingsApplier</name>
    <message>
        <location filename="../../microbreak/app/settings_apply.py" line="74"/>
        <location filename="../../microbreak/app/settings_apply.py" line="85"/>
        <source>microbreak: settings not saved</source>
        <translation>microbreak: inställningarna sparades inte</translation>
    </message>
    <message>
        <location filename="../../microbreak/app/settings_apply.py" line="76"/>
        <source>{path} could not be written ({problem}); the new settings apply until microbreak quits.</source>
        <translation>{path} kunde inte skrivas ({problem}); de nya inställningarna gäller tills microbreak avslutas.</translation>
    </message>
    <message>
        <location filename="../../microbreak/app/settings_apply.py" line="87"/>
        <source>{problem} Meanwhile the new settings apply until microbreak quits.</source>
        <translation>{problem} Under tiden gäller de nya inställningarna tills microbreak avslutas.</translation>
    </message>
    <message>
        <location filename="../../microbreak/app/settings_apply.py" line="134"/>
        <source>microbreak: check your settings</source>
        <translation>microbreak: kontrollera dina inställningar</translation>
    </message>
    <message>
        <location filename="../../microbreak/app/settings_apply.py" line="163"/>
        <source>microbreak: start at login</source>
        <translation>microbreak: starta vid inloggning</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="97"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="108"/>
        <source>Settings pages</source>
        <translation>Inställningssidor</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="157"/>
        <source>Settings file: {path}</source>
        <translation>Inställningsfil: {path}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="159"/>
        <source>&amp;Open the settings file</source>
        <translation>&amp;Öppna inställningsfilen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="162"/>
        <source>Open the settings file in your editor: every setting is described there. Saved changes apply at once.</source>
        <translation>Öppna inställningsfilen i din redigerare: där beskrivs varje inställning. Sparade ändringar gäller direkt.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="185"/>
        <source>Put this page&apos;s settings back to their defaults.</source>
        <translation>Återställ sidans inställningar till standardvärdena.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="188"/>
        <source>Save and use these settings now; keep the dialog open.</source>
        <translation>Spara och använd inställningarna nu; låt dialogrutan vara öppen.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="191"/>
        <source>Save and use these settings, and close.</source>
        <translation>Spara och använd inställningarna och stäng.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="193"/>
        <source>Close without saving what changed since the last Apply.</source>
        <translation>Stäng utan att spara det som ändrats sedan senaste Verkställ.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="196"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="199"/>
        <source>Load settings from a file; they are checked in full and used when you press OK.</source>
        <translation>Läs in inställningar från en fil; de kontrolleras helt och används när du trycker på OK.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="203"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportera…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="204"/>
        <source>Save these settings to a file, to share or keep.</source>
        <translation>Spara inställningarna i en fil, för att dela eller behålla.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="245"/>
        <source>{page}: defaults restored. Press OK or Apply to use them.</source>
        <translation>{page}: standardvärden återställda. Tryck på OK eller Verkställ för att använda dem.</translation>
    </message>
</context>
<context>
    <name>SettingsTransfer</name>
    <message>
        <location filename="../../microbreak/ui/settings_transfer.py" line="48"/>
        <source>Import microbreak settings</source>
        <translation>Importera inställningar för microbreak</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_transfer.py" line="50"/>
        <location filename="../../microbreak/ui/settings_transfer.py" line="59"/>
        <source>Settings (*.toml)</source>
        <translation>Inställningar (*.toml)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_transfer.py" line="57"/>
        <source>Export microbreak settings</source>
        <translation>Exportera inställningar för microbreak</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_transfer.py" line="67"/>
        <source>Nothing was imported. {problem}</source>
        <translation>Ingenting importerades. {problem}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_transfer.py" line="70"/>
        <source>Imported {path}. Press OK or Apply to use these settings.</source>
        <translation>Importerade {path}. Tryck på OK eller Verkställ för att använda inställningarna.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_transfer.py" line="87"/>
        <source>Nothing was saved: {problem}. The file is left as it is and your choices here are kept: fix the file (Open the settings file, on the General page) and press OK or Apply again.</source>
        <translation>Ingenting sparades: {problem}. Filen lämnades som den var och dina val här finns kvar: rätta filen (Öppna inställningsfilen, på sidan Allmänt) och tryck på OK eller Verkställ igen.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_transfer.py" line="103"/>
        <source>Nothing was exported: {problem}</source>
        <translation>Ingenting exporterades: {problem}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_transfer.py" line="105"/>
        <source>Could not export to {path}: {problem}</source>
        <translation>Kunde inte exportera till {path}: {problem}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_transfer.py" line="108"/>
        <source>Settings exported to {path}.</source>
        <translation>Inställningarna exporterades till {path}.</translation>
    </message>
</context>
<context>
    <name>ShortcutsOffer</name>
    <message>
        <location filename="../../microbreak/ui/shortcuts_offer.py" line="40"/>
        <source>Register keyboard shortcuts…</source>
        <translation>Registrera kortkommandon…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/shortcuts_offer.py" line="43"/>
        <source>Ask the desktop for keys that take a break now, snooze, skip the next break, pause for an hour or resume. The desktop asks you which keys to use.</source>
        <translation>Be skrivbordet om tangenter för att ta en paus nu, skjuta upp, hoppa över nästa paus, pausa en timme eller återuppta. Skrivbordet frågar vilka tangenter du vill använda.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/shortcuts_offer.py" line="56"/>
        <source>Waiting for the desktop&apos;s shortcuts dialog…</source>
        <translation>Väntar på skrivbordets dialog för kortkommandon…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/shortcuts_offer.py" line="61"/>
        <source>No keyboard shortcuts were registered.</source>
        <translation>Inga kortkommandon registrerades.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/shortcuts_offer.py" line="65"/>
        <source>The desktop did not register the shortcuts. You can bind the microbreak commands in its keyboard settings instead.</source>
        <translation>Skrivbordet registrerade inte kortkommandona. Du kan i stället koppla microbreak-kommandona i dess tangentbordsinställningar.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/shortcuts_offer.py" line="70"/>
        <source>Keyboard shortcuts registered: {shortcuts}</source>
        <translation>Kortkommandon registrerade: {shortcuts}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/shortcuts_offer.py" line="73"/>
        <source>Keyboard shortcuts registered; the desktop chose no keys yet.</source>
        <translation>Kortkommandon registrerade; skrivbordet har inte valt några tangenter än.</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="62"/>
        <source>Export break history</source>
        <translation>Exportera pashistorik</translation>
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
        <translation>pauser tagna i dag</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="138"/>
        <location filename="../../microbreak/ui/stats_window.py" line="267"/>
        <source>of exercise today</source>
        <translation>träning i dag</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="139"/>
        <source>days in a row at your goal</source>
        <translation>dagar i rad med nått mål</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/stats_window.py" line="161"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="174"/>
        <source>Exercise</source>
        <translation>Övning</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="175"/>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="176"/>
        <source>Partly done</source>
        <translation>Delvis gjord</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="177"/>
        <source>Not started</source>
        <translation>Inte påbörjad</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="178"/>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="181"/>
        <source>How each exercise went</source>
        <translation>Hur det gick med varje övning</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="196"/>
        <source>Export CSV…</source>
        <translation>Exportera CSV…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="198"/>
        <source>Clear history…</source>
        <translation>Rensa historik…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="200"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="218"/>
        <source>Delete history</source>
        <translation>Radera historik</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="220"/>
        <source>Keep it</source>
        <translation>Behåll den</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="264"/>
        <source>{n} of {total}</source>
        <translation>{n} av {total}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="269"/>
        <source>day in a row at {goal} a day</source>
        <translation>dag i rad med {goal} om dagen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="271"/>
        <source>days in a row at {goal} a day</source>
        <translation>dagar i rad med {goal} om dagen</translation>
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
            <numerusform>Övningar, senaste %n dagen</numerusform>
            <numerusform>Övningar, senaste %n dagarna</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="326"/>
        <source>Could not save {path}: {error}</source>
        <translation>Kunde inte spara {path}: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/stats_window.py" line="330"/>
        <source>Saved %n break(s) to {path}.</source>
        <translation>
            <numerusform>Sparade %n paus i {path}.</numerusform>
            <numerusform>Sparade %n pauser i {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/stats_window.py" line="337"/>
        <source>Delete all %n break(s) recorded?</source>
        <translation>
            <numerusform>Radera %n registrerad paus?</numerusform>
            <numerusform>Radera alla %n registrerade pauser?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="340"/>
        <source>d MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/stats_window.py" line="342"/>
        <source>Delete all %n break(s) recorded since {date}?</source>
        <translation>
            <numerusform>Radera %n paus som registrerats sedan {date}?</numerusform>
            <numerusform>Radera alla %n pauser som registrerats sedan {date}?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="348"/>
        <source>This cannot be undone. Export a CSV first if you want to keep them.</source>
        <translation>Det här kan inte ångras. Exportera en CSV först om du vill behålla dem.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="362"/>
        <source>Your break history was deleted.</source>
        <translation>Din pashistorik raderades.</translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="208"/>
        <source>Take a break now</source>
        <translation>Ta en paus nu</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="209"/>
        <source>Snooze</source>
        <translation>Skjut upp</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="210"/>
        <source>Skip next break</source>
        <translation>Hoppa över nästa paus</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="211"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="212"/>
        <source>Resume</source>
        <translation>Återuppta</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="213"/>
        <source>Settings…</source>
        <translation>Inställningar…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="214"/>
        <source>About</source>
        <translation>Om</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="215"/>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="216"/>
        <source>Statistics…</source>
        <translation>Statistik…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="221"/>
        <source>Start a break with its exercises now</source>
        <translation>Börja en paus med övningar nu</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="222"/>
        <source>Put the next break off by a few minutes</source>
        <translation>Skjut upp nästa paus några minuter</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="223"/>
        <source>Count the next break as taken and start a new interval</source>
        <translation>Räkna nästa paus som tagen och börja ett nytt intervall</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="224"/>
        <source>No reminders for a while</source>
        <translation>Inga påminnelser på ett tag</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="225"/>
        <source>Reminders again, from now</source>
        <translation>Påminnelser igen, från och med nu</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="226"/>
        <source>Change the interval, sounds and more</source>
        <translation>Ändra intervall, ljud med mera</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="227"/>
        <source>Breaks taken, streaks and exercises</source>
        <translation>Tagna pauser, svitar och övningar</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="228"/>
        <source>What microbreak is, and the health notice</source>
        <translation>Vad microbreak är, och hälsoinformationen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="229"/>
        <source>End microbreak: no more reminders until it starts again</source>
        <translation>Avsluta microbreak: inga fler påminnelser förrän det startas igen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="272"/>
        <source>at {time}</source>
        <translation>klockan {time}</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message numerus="yes">
        <location filename="../../microbreak/ui/break_summary.py" line="128"/>
        <source>Today: %n break(s) taken, your daily goal reached</source>
        <translation>
            <numerusform>I dag: %n paus tagen, dagens mål är nått</numerusform>
            <numerusform>I dag: %n pauser tagna, dagens mål är nått</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/break_summary.py" line="130"/>
        <source>Today: {taken} of %n break(s) taken</source>
        <translation>
            <numerusform>I dag: {taken} av %n paus tagen</numerusform>
            <numerusform>I dag: {taken} av %n pauser tagna</numerusform>
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
            <numerusform>%n dag i rad</numerusform>
            <numerusform>%n dagar i rad</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkingHoursPage</name>
    <message>
        <location filename="../../microbreak/ui/working_hours_editor.py" line="38"/>
        <source>Ranges like &quot;09:00-12:30, 13:30-17:00&quot;; leave a day empty for no reminders that day. Outside working hours microbreak stays quiet.</source>
        <translation>Tidsintervall som ”09:00-12:30, 13:30-17:00”; lämna en dag tom för inga påminnelser den dagen. Utanför arbetstiden är microbreak tyst.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/working_hours_editor.py" line="62"/>
        <source>Working hours, {day}: {problem}.</source>
        <translation>Arbetstid, {day}: {problem}.</translation>
    </message>
</context>
<context>
    <name>describe</name>
    <message>
        <location filename="../../microbreak/core/describe.py" line="16"/>
        <source>paused by you</source>
        <translation>pausat av dig</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="17"/>
        <source>you are away</source>
        <translation>du är borta</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="18"/>
        <source>the computer is asleep</source>
        <translation>datorn sover</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="19"/>
        <source>the screen is locked</source>
        <translation>skärmen är låst</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="20"/>
        <source>do not disturb is on</source>
        <translation>stör ej är på</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="21"/>
        <source>a full-screen window is open</source>
        <translation>ett helskärmsfönster är öppet</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="22"/>
        <source>you are in a call</source>
        <translation>du är i ett samtal</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="23"/>
        <source>outside your working hours</source>
        <translation>utanför din arbetstid</translation>
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
            <numerusform>%n sekund</numerusform>
            <numerusform>%n sekunder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/describe.py" line="136"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minut</numerusform>
            <numerusform>%n minuter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/describe.py" line="137"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n timme</numerusform>
            <numerusform>%n timmar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="151"/>
        <source>{hours} {minutes}</source>
        <translation>{hours} {minutes}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="158"/>
        <source>Microbreak in {time}</source>
        <translation>Mikropaus om {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="163"/>
        <source>Movement break in {time}</source>
        <translation>Rörelsepaus om {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="190"/>
        <source>Breaks were put off earlier; each break you take makes the reminders calmer again.</source>
        <translation>Pauser sköts upp tidigare; varje paus du tar gör påminnelserna lugnare igen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/describe.py" line="196"/>
        <source>You skipped the last %n break(s), so this one is a little firmer.</source>
        <translation>
            <numerusform>Du hoppade över den senaste %n pausen, så den här är lite bestämdare.</numerusform>
            <numerusform>Du hoppade över de senaste %n pauserna, så den här är lite bestämdare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/describe.py" line="199"/>
        <source>You put off breaks %n time(s) in a row, so this one is a little firmer.</source>
        <translation>
            <numerusform>Du sköt upp pauser %n gång i rad, så den här är lite bestämdare.</numerusform>
            <numerusform>Du sköt upp pauser %n gånger i rad, så den här är lite bestämdare.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="207"/>
        <source>On a break</source>
        <translation>På paus</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="210"/>
        <source>Break waiting: {reasons}</source>
        <translation>Pausen väntar: {reasons}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="215"/>
        <source>Paused until {day} {time}</source>
        <translation>Pausat till {day} {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="218"/>
        <source>Paused until {time}</source>
        <translation>Pausat till {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="220"/>
        <source>Paused until you resume</source>
        <translation>Pausat tills du återupptar</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="221"/>
        <source>Paused: {reasons}</source>
        <translation>Pausat: {reasons}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="228"/>
        <source>Break in {time}</source>
        <translation>Paus om {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="230"/>
        <source>Snoozed: break in {time}</source>
        <translation>Uppskjuten: paus om {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="239"/>
        <source>Next break in about {time}, at a pause in your typing</source>
        <translation>Nästa paus om ungefär {time}, vid ett uppehåll i skrivandet</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="242"/>
        <source>Break at your next pause (by {time})</source>
        <translation>Paus vid ditt nästa uppehåll (senast {time})</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="245"/>
        <source>Next break in {time}</source>
        <translation>Nästa paus om {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="255"/>
        <source>(by {time})</source>
        <translation>(senast {time})</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="257"/>
        <source>(at {time})</source>
        <translation>(klockan {time})</translation>
    </message>
</context>
<context>
    <name>engine</name>
    <message>
        <location filename="../../microbreak/core/presence.py" line="183"/>
        <source>Time for a stretch when you can</source>
        <translation>Dags att sträcka på dig när du kan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/presence.py" line="185"/>
        <source>You have been busy for %n minute(s) past your break. When you have a moment, roll your shoulders and stand up.</source>
        <translation>
            <numerusform>Du har varit upptagen i %n minut efter din paus. När du får en stund, rulla axlarna och res dig upp.</numerusform>
            <numerusform>Du har varit upptagen i %n minuter efter din paus. När du får en stund, rulla axlarna och res dig upp.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="36"/>
        <source>a break is already in progress</source>
        <translation>en paus pågår redan</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="43"/>
        <source>strict mode is on: breaks cannot be snoozed</source>
        <translation>strikt läge är på: pauser kan inte skjutas upp</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="45"/>
        <source>cannot snooze while paused</source>
        <translation>kan inte skjuta upp medan det är pausat</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="51"/>
        <source>a snooze must be 1 to {most} minutes, not {minutes}</source>
        <translation>ett uppskjutande måste vara 1 till {most} minuter, inte {minutes}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="63"/>
        <source>this break was snoozed {times} times already, the most allowed ({limit}); take it or skip it</source>
        <translation>den här pausen har redan skjutits upp {times} gånger, det högsta tillåtna ({limit}); ta den eller hoppa över den</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="97"/>
        <location filename="../../microbreak/core/user_requests.py" line="132"/>
        <source>strict mode is on: breaks cannot be skipped</source>
        <translation>strikt läge är på: pauser kan inte hoppas över</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="100"/>
        <source>a break is in progress: use Skip break to end it</source>
        <translation>en paus pågår: använd Hoppa över paus för att avsluta den</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="103"/>
        <source>cannot skip while paused</source>
        <translation>kan inte hoppa över medan det är pausat</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="130"/>
        <source>no break is in progress</source>
        <translation>ingen paus pågår</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="161"/>
        <source>today&apos;s skips are used up; you can skip again tomorrow</source>
        <translation>dagens hoppa över är förbrukade; i morgon kan du hoppa över igen</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="190"/>
        <source>the end of a pause must be in the future</source>
        <translation>slutet på ett uppehåll måste ligga i framtiden</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="198"/>
        <source>Reminders pause after this break</source>
        <translation>Påminnelserna pausas efter den här pausen</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="199"/>
        <source>Strict mode is on, so this break stays open. Reminders pause as soon as it ends.</source>
        <translation>Strikt läge är på, så den här pausen förblir öppen. Påminnelserna pausas så snart den är slut.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="226"/>
        <source>reminders are not paused</source>
        <translation>påminnelserna är inte pausade</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/budget_watch.py" line="84"/>
        <source>Time to call it a day</source>
        <translation>Dags att avsluta för i dag</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/budget_watch.py" line="86"/>
        <source>You have been at the computer for %n hour(s) today. Time to call it a day when you can.</source>
        <translation>
            <numerusform>Du har suttit vid datorn i %n timme i dag. Avsluta för i dag när du kan.</numerusform>
            <numerusform>Du har suttit vid datorn i %n timmar i dag. Avsluta för i dag när du kan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guidance</name>
    <message>
        <location filename="../../microbreak/core/guidance.py" line="85"/>
        <source>Well done. That is the end of this break.</source>
        <translation>Bra jobbat. Det var slutet på den här pausen.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/guidance.py" line="86"/>
        <source>Paused.</source>
        <translation>Pausad.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/guidance.py" line="125"/>
        <source>{n} of {total}. {step}</source>
        <translation>{n} av {total}. {step}</translation>
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
        <translation>Din pashistorik {path} {what}. Den sparades som {aside}; en ny kan inte påbörjas än ({error}), så den här sessionens pauser hålls i minnet och sparas när det går.</translation>
    </message>
    <message>
        <location filename="../../microbreak/infra/history.py" line="248"/>
        <source>Until then, earlier breaks are not shown.</source>
        <translation>Tills dess visas inte tidigare pauser.</translation>
    </message>
    <message>
        <location filename="../../microbreak/infra/history.py" line="406"/>
        <source>Your break history {path} could not be used ({error}). It was kept as {aside}; this session&apos;s breaks go to a new one.</source>
        <translation>Din pashistorik {path} kunde inte användas ({error}). Den sparades som {aside}; den här sessionens pauser hamnar i en ny.</translation>
    </message>
    <message>
        <location filename="../../microbreak/infra/history.py" line="551"/>
        <source>Your break history {path} is locked by another program ({error}). It is left as it is; this session&apos;s breaks are kept in memory and saved once the other program lets go of it.</source>
        <translation>Din pashistorik {path} är låst av ett annat program ({error}). Den lämnas som den är; den här sessionens pauser hålls i minnet och sparas när det andra programmet släpper den.</translation>
    </message>
    <message>
        <location filename="../../microbreak/infra/history.py" line="558"/>
        <source>Your break history {path} cannot be saved: the disk is full or cannot be written ({error}). It is left as it is; this session&apos;s breaks are kept in memory and saved once there is space. Free some space on the disk.</source>
        <translation>Din pashistorik {path} kan inte sparas: disken är full eller kan inte skrivas ({error}). Den lämnas som den är; den här sessionens pauser hålls i minnet och sparas när det finns plats. Frigör lite utrymme på disken.</translation>
    </message>
    <message>
        <location filename="../../microbreak/infra/history.py" line="565"/>
        <source>Your break history {path} cannot be saved ({error}). It is left as it is; this session&apos;s breaks are kept in memory and saved once it can be written.</source>
        <translation>Din pashistorik {path} kan inte sparas ({error}). Den lämnas som den är; den här sessionens pauser hålls i minnet och sparas när den kan skrivas.</translation>
    </message>
</context>
<context>
    <name>player</name>
    <message>
        <location filename="../../microbreak/core/player.py" line="28"/>
        <source>Now the right side.</source>
        <translation>Nu höger sida.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/player.py" line="29"/>
        <source>Now the left side.</source>
        <translation>Nu vänster sida.</translation>
    </message>
</context>
<context>
    <name>preview</name>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="88"/>
        <source>About {time}.</source>
        <translation>Ungefär {time}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/exercises_page.py" line="92"/>
        <source>Then %n time(s) on each side:</source>
        <translation>
            <numerusform>Sedan %n gång på varje sida:</numerusform>
            <numerusform>Sedan %n gånger på varje sida:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/exercises_page.py" line="94"/>
        <source>Then %n time(s):</source>
        <translation>
            <numerusform>Sedan %n gång:</numerusform>
            <numerusform>Sedan %n gånger:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>schema</name>
    <message>
        <location filename="../../microbreak/core/schema.py" line="280"/>
        <source>{part} is not a range like 09:00-17:00</source>
        <translation>{part} är inte ett intervall som 09:00-17:00</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/schema.py" line="288"/>
        <source>{part} is not a time of day</source>
        <translation>{part} är inte en tid på dygnet</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/schema.py" line="292"/>
        <source>{part} ends before it starts</source>
        <translation>{part} slutar innan det börjar</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/schema.py" line="298"/>
        <source>the ranges overlap</source>
        <translation>intervallen överlappar</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../microbreak/core/schema.py" line="46"/>
        <source>Schedule</source>
        <translation>Schema</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/schema.py" line="47"/>
        <location filename="../../microbreak/core/settings.py" line="212"/>
        <source>Exercises</source>
        <translation>Övningar</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/schema.py" line="48"/>
        <source>Notifications and sound</source>
        <translation>Aviseringar och ljud</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/schema.py" line="49"/>
        <source>Working hours</source>
        <translation>Arbetstid</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/schema.py" line="50"/>
        <source>General</source>
        <translation>Allmänt</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="50"/>
        <source>Minutes between breaks</source>
        <translation>Minuter mellan pauser</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="52"/>
        <source>Minutes of work between breaks. The AAOHN suggests a short break every 30 to 60 minutes; 45 is the middle of that range.</source>
        <translation>Minuter av arbete mellan pauserna. AAOHN föreslår en kort paus var 30:e till 60:e minut; 45 är mitt i det intervallet.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="63"/>
        <source>Heads-up (seconds)</source>
        <translation>Förvarning (sekunder)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="65"/>
        <source>Seconds of warning before a break opens; 0 turns the heads-up off.</source>
        <translation>Sekunder av förvarning innan en paus öppnas; 0 stänger av förvarningen.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="74"/>
        <source>Snooze length (minutes)</source>
        <translation>Uppskjutningens längd (minuter)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="76"/>
        <source>Minutes a snooze postpones a break.</source>
        <translation>Hur många minuter ett uppskjutande flyttar en paus.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="83"/>
        <source>Snoozes allowed per break</source>
        <translation>Tillåtna uppskjutningar per paus</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="85"/>
        <source>How many times one break may be snoozed; 0 means unlimited.</source>
        <translation>Hur många gånger en paus får skjutas upp; 0 betyder obegränsat.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="92"/>
        <source>Strict mode (no snooze or skip)</source>
        <translation>Strikt läge (ingen uppskjutning eller överhoppning)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="93"/>
        <source>Strict mode: no snooze or skip, for people who want to be held to it.</source>
        <translation>Strikt läge: ingen uppskjutning eller överhoppning, för dig som vill ha en fast regel.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="102"/>
        <source>Away time that counts as a break (minutes)</source>
        <translation>Frånvaro som räknas som paus (minuter)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="104"/>
        <source>Away from the keyboard (or asleep, or locked) at least this many minutes counts as a break taken; a shorter absence moves the next break back by as long.</source>
        <translation>Borta från tangentbordet (eller i viloläge eller låst) minst så här många minuter räknas som en tagen paus; en kortare frånvaro flyttar nästa paus lika långt framåt.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="115"/>
        <source>Wait for a pause in typing</source>
        <translation>Vänta på ett uppehåll i skrivandet</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="116"/>
        <source>With an idle source, the break comes at the first pause in typing (10 seconds without input) within a fifth of interval_minutes either side of it, at most 5 minutes, and at the end of that window anyway, instead of cutting into a sentence at a fixed minute.</source>
        <translation>Med en källa för inaktivitet kommer pausen vid första uppehållet i skrivandet (10 sekunder utan inmatning) inom en femtedel av interval_minutes före eller efter, högst 5 minuter, och i slutet av det fönstret i vilket fall som helst, i stället för att avbryta en mening på en bestämd minut.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="129"/>
        <source>Longest wait while busy (minutes)</source>
        <translation>Längsta väntan när du är upptagen (minuter)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="131"/>
        <source>How long a break may wait for a full-screen window, do-not-disturb or a call to end before a gentle notification replaces the window.</source>
        <translation>Hur länge en paus får vänta på att ett helskärmsfönster, stör ej eller ett samtal ska ta slut innan en diskret avisering ersätter fönstret.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="171"/>
        <source>Only remind me during working hours</source>
        <translation>Påminn mig bara under arbetstid</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="172"/>
        <source>Remind only within the hours below; outside them no reminders at all. Each day takes ranges like &quot;09:00-12:30, 13:30-17:00&quot;; empty means no reminders that day.</source>
        <translation>Påminn bara inom tiderna nedan; utanför dem inga påminnelser alls. Varje dag tar tidsintervall som ”09:00-12:30, 13:30-17:00”; tom betyder inga påminnelser den dagen.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="214"/>
        <source>The exercises breaks walk through, in order (the id of each exercise file). The default is the five AAOHN seated exercises.</source>
        <translation>Övningarna som pauserna går igenom, i ordning (id för varje övningsfil). Standard är AAOHN:s fem sittande övningar.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="225"/>
        <source>Exercises per break</source>
        <translation>Övningar per paus</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="227"/>
        <source>How many of them one break takes; the next break goes on where this one stopped.</source>
        <translation>Hur många av dem en paus tar; nästa paus fortsätter där den här slutade.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="262"/>
        <source>Movement break every (breaks)</source>
        <translation>Rörelsepaus var (pauser)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="264"/>
        <source>Every this many breaks offered (taken or skipped), the break is a longer one that asks you to stand up and move; 0 turns movement breaks off. Active breaks cut new neck pain in office workers from 44 % to 17 % over six months (Waongenngarm 2021).</source>
        <translation>Efter så här många erbjudna pauser (tagna eller överhoppade) blir pausen en längre som ber dig resa dig och röra på dig; 0 stänger av rörelsepauser. Aktiva pauser minskade ny nacksmärta hos kontorsarbetare från 44 % till 17 % på sex månader (Waongenngarm 2021).</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="276"/>
        <source>Movement break length (minutes)</source>
        <translation>Rörelsepausens längd (minuter)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="278"/>
        <source>About how long a movement break takes: it opens with the first of its exercises and adds the others in turn while they fit.</source>
        <translation>Ungefär hur lång en rörelsepaus är: den börjar med sin första övning och lägger till de andra i tur och ordning så länge de ryms.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="287"/>
        <source>Movement exercises</source>
        <translation>Rörelseövningar</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="289"/>
        <source>The exercises movement breaks use (exercise ids): the first opens every movement break, the rest take turns after it. The default is standing up and moving, then the standing stretches.</source>
        <translation>Övningarna som rörelsepauser använder (övnings-id): den första inleder varje rörelsepaus, de övriga turas om efter den. Standard är att resa sig och röra på sig, sedan stretchövningarna stående.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="311"/>
        <source>Eye breaks (20-20-20)</source>
        <translation>Ögonpauser (20-20-20)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="312"/>
        <source>Short eye breaks with a rhythm of their own: every 20 minutes of work, look at something far away for 20 seconds (the 20-20-20 rule; both can be changed). One that would come shortly before a break is left to that break.</source>
        <translation>Korta ögonpauser i egen rytm: var 20:e arbetsminut tittar du på något långt bort i 20 sekunder (20-20-20-regeln; båda kan ändras). En som skulle komma strax före en paus lämnas åt den pausen.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="324"/>
        <source>Eye break every (minutes)</source>
        <translation>Ögonpaus var (minut)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="326"/>
        <source>Minutes of work from one eye break to the next; any break, or time away, starts them again.</source>
        <translation>Arbetsminuter från en ögonpaus till nästa; varje paus, eller tid borta, startar om dem.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="337"/>
        <source>Eye break length (seconds)</source>
        <translation>Ögonpausens längd (sekunder)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="339"/>
        <source>About how long an eye break takes: the next of its exercises in turn, and more while they fit.</source>
        <translation>Ungefär hur länge en ögonpaus varar: nästa av dess övningar i tur och ordning, och fler så länge de ryms.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="348"/>
        <source>Eye exercises</source>
        <translation>Ögonövningar</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="350"/>
        <source>The exercises eye breaks take in turn (exercise ids). The default is looking far away, then palming.</source>
        <translation>Övningarna som ögonpauser tar i tur och ordning (övnings-id). Standard är att titta långt bort, sedan palmering.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="370"/>
        <source>Firmer reminders after breaks put off</source>
        <translation>Bestämdare påminnelser efter uppskjutna pauser</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="371"/>
        <source>After 2 breaks skipped or snoozed in a row the next reminder is a little firmer (a window instead of a notification, fewer snoozes, a sentence saying why), after 4 firmer still; each break taken calms it down one step.</source>
        <translation>Efter 2 pauser i rad som hoppats över eller skjutits upp är nästa påminnelse lite bestämdare (ett fönster i stället för en avisering, färre uppskjutningar, en mening som säger varför), efter 4 ännu mer; varje tagen paus lugnar den ett steg.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="383"/>
        <source>Skips allowed per day</source>
        <translation>Tillåtna överhoppningar per dag</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="385"/>
        <source>How many breaks may be skipped in a day; after that, until midnight, a break can be snoozed or taken but not skipped. 0 means no limit.</source>
        <translation>Hur många pauser som får hoppas över under en dag; därefter, fram till midnatt, kan en paus skjutas upp eller tas men inte hoppas över. 0 betyder ingen gräns.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="394"/>
        <source>A snoozed break comes back a little longer</source>
        <translation>En uppskjuten paus kommer tillbaka lite längre</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="395"/>
        <source>A snoozed break comes back with one more exercise for each snooze, two at most.</source>
        <translation>En uppskjuten paus kommer tillbaka med en övning till för varje uppskjutning, högst två.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="413"/>
        <source>Daily limit (hours at the computer)</source>
        <translation>Daglig gräns (timmar vid datorn)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="415"/>
        <source>After this many hours at the computer in a day, one calm notice suggests calling it a day; 0 turns it off. Time away, asleep, locked, paused, on a break or outside working hours does not count; the count starts afresh at midnight.</source>
        <translation>Efter så här många timmar vid datorn under en dag föreslår en lugn avisering att du avslutar för i dag; 0 stänger av den. Tid borta, i viloläge, låst, pausad, på en paus eller utanför arbetstid räknas inte; räkningen börjar om vid midnatt.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="433"/>
        <source>Notify before a break</source>
        <translation>Avisera före en paus</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="434"/>
        <source>Show a desktop notification before a break (the heads-up time is in [schedule]).</source>
        <translation>Visa en skrivbordsavisering före en paus (förvarningstiden finns i [schedule]).</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="450"/>
        <source>Wait while a window is full screen</source>
        <translation>Vänta medan ett fönster är i helskärm</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="451"/>
        <source>Hold a break while a window is full screen (a film, a presentation).</source>
        <translation>Håll inne en paus medan ett fönster är i helskärm (en film, en presentation).</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="458"/>
        <source>Respect the desktop&apos;s do-not-disturb</source>
        <translation>Respektera skrivbordets stör ej</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="459"/>
        <source>Hold a break while the desktop&apos;s do-not-disturb is on.</source>
        <translation>Håll inne en paus medan skrivbordets stör ej är på.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="464"/>
        <source>Wait while I am in a call</source>
        <translation>Vänta medan jag är i ett samtal</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="465"/>
        <source>Hold a break while the camera or microphone is in use.</source>
        <translation>Håll inne en paus medan kameran eller mikrofonen används.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="472"/>
        <source>Count watching a video or a presentation as activity</source>
        <translation>Räkna tittande på video eller presentation som aktivitet</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="473"/>
        <source>While a video or a presentation keeps the screen awake (it asks the desktop not to blank the screen), you count as at the computer even without typing: the time is not taken for a break. Where the desktop tells (GNOME, KDE Plasma).</source>
        <translation>Medan en video eller presentation håller skärmen vaken (den ber skrivbordet att inte släcka skärmen) räknas du som vid datorn även utan att skriva: tiden räknas inte som paus. Där skrivbordet berättar det (GNOME, KDE Plasma).</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="491"/>
        <source>Chimes</source>
        <translation>Klockljud</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="492"/>
        <source>A soft chime when a break starts and a different one when it ends.</source>
        <translation>Ett mjukt klockljud när en paus börjar och ett annat när den slutar.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="501"/>
        <source>Volume (%)</source>
        <translation>Volym (%)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="503"/>
        <source>Volume in percent.</source>
        <translation>Volym i procent.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="508"/>
        <source>Tick at every repetition</source>
        <translation>Tick vid varje repetition</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="509"/>
        <source>A quiet tick at the start of every repetition.</source>
        <translation>Ett tyst tick i början av varje repetition.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="522"/>
        <source>Read the steps aloud</source>
        <translation>Läs upp stegen</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="523"/>
        <source>Read each step aloud and count the holds, so you can follow with your eyes closed. Needs a speech engine (on Linux: speech-dispatcher).</source>
        <translation>Läs upp varje steg och räkna hållningarna, så att du kan följa med slutna ögon. Kräver en talmotor (på Linux: speech-dispatcher).</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="540"/>
        <source>Still pictures (reduced motion)</source>
        <translation>Stillbilder (minskad rörelse)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="541"/>
        <source>Still pictures only: no blending between the poses of an exercise.</source>
        <translation>Bara stillbilder: ingen övertoning mellan en övnings ställningar.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="560"/>
        <source>Breaks a day</source>
        <translation>Pauser om dagen</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="562"/>
        <source>Breaks a day you aim for. The statistics window counts a streak of days that reach it.</source>
        <translation>Pauser om dagen som du siktar på. Statistikfönstret räknar en svit av dagar som når dit.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="581"/>
        <source>Days of history</source>
        <translation>Dagar med historik</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="583"/>
        <source>Days of break history to keep; 0 keeps it forever.</source>
        <translation>Dagar av pashistorik att spara; 0 sparar den för alltid.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="596"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="598"/>
        <source>The language of microbreak&apos;s windows, messages and exercise steps. Empty follows the system; or a language code like &quot;de&quot; or &quot;pt_BR&quot;. MICROBREAK_LANG, where set, wins over this.</source>
        <translation>Språket i microbreaks fönster, meddelanden och övningssteg. Tomt följer systemet; annars en språkkod som &quot;de&quot; eller &quot;pt_BR&quot;. MICROBREAK_LANG, om den är satt, går före detta.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="616"/>
        <source>Start microbreak when I log in</source>
        <translation>Starta microbreak när jag loggar in</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="617"/>
        <source>Start microbreak when you log in (an autostart entry for your system).</source>
        <translation>Starta microbreak när du loggar in (en autostartpost för ditt system).</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="48"/>
        <source>All exercises</source>
        <translation>Alla övningar</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="49"/>
        <source>Seated</source>
        <translation>Sittande</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="50"/>
        <source>Standing</source>
        <translation>Stående</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="51"/>
        <source>Needs nothing</source>
        <translation>Kräver ingenting</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="52"/>
        <source>Needs a wall</source>
        <translation>Kräver en vägg</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="53"/>
        <source>Needs a doorway</source>
        <translation>Kräver en dörröppning</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="54"/>
        <source>Needs a strap</source>
        <translation>Kräver en rem</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="59"/>
        <source>Choose at least one exercise: a break needs something to do.</source>
        <translation>Välj minst en övning: en paus behöver något att göra.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="31"/>
        <source>Movement breaks</source>
        <translation>Rörelsepauser</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="32"/>
        <source>Eye breaks</source>
        <translation>Ögonpauser</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="33"/>
        <source>Breaks put off</source>
        <translation>Uppskjutna pauser</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="34"/>
        <source>Daily limit</source>
        <translation>Daglig gräns</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="35"/>
        <source>Notifications</source>
        <translation>Aviseringar</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="36"/>
        <source>When you are busy</source>
        <translation>När du är upptagen</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="37"/>
        <source>Sound</source>
        <translation>Ljud</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="38"/>
        <source>Spoken guidance</source>
        <translation>Talad vägledning</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="39"/>
        <source>Accessibility</source>
        <translation>Tillgänglighet</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="40"/>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="41"/>
        <source>Language and login</source>
        <translation>Språk och inloggning</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="48"/>
        <source>Let a break come at a short pause in your typing near its time, instead of cutting into a sentence. Where microbreak cannot tell when you type, breaks keep to the minutes between breaks.</source>
        <translation>Låt en paus komma vid ett kort uppehåll i skrivandet nära dess tid, i stället för att avbryta en mening. Där microbreak inte kan se när du skriver håller sig pauserna till minuterna mellan pauser.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="54"/>
        <source>The language of microbreak&apos;s windows, messages and exercise steps. System default follows your computer&apos;s language.</source>
        <translation>Språket i microbreaks fönster, meddelanden och övningssteg. Systemets standard följer datorns språk.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="64"/>
        <source>One calm notice after this many hours at the computer in a day; time away and breaks do not count.</source>
        <translation>En lugn avisering efter så här många timmar vid datorn under en dag; tid borta och pauser räknas inte.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="69"/>
        <source>Watching a video or a presentation counts as being at the computer, not as a break.</source>
        <translation>Att titta på en video eller presentation räknas som att vara vid datorn, inte som paus.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="77"/>
        <location filename="../../microbreak/ui/settings_form.py" line="80"/>
        <location filename="../../microbreak/ui/settings_form.py" line="82"/>
        <source>Off</source>
        <translation>Av</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="78"/>
        <source>Unlimited</source>
        <translation>Obegränsat</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="79"/>
        <source>Forever</source>
        <translation>För alltid</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="81"/>
        <source>No limit</source>
        <translation>Ingen gräns</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="123"/>
        <source>Working hours on {day}.</source>
        <translation>Arbetstid på {day}.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="131"/>
        <source>({low} to {high})</source>
        <translation>({low} till {high})</translation>
    </message>
</context>
<context>
    <name>stats</name>
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
        <location filename="../../microbreak/core/stats.py" line="356"/>
        <source>{taken} of %n break(s) taken</source>
        <translation>
            <numerusform>{taken} av %n paus tagna</numerusform>
            <numerusform>{taken} av %n pauser tagna</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/stats.py" line="358"/>
        <source>of which %n movement break(s)</source>
        <translation>
            <numerusform>varav %n rörelsepaus</numerusform>
            <numerusform>varav %n rörelsepauser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/stats.py" line="360"/>
        <source>%n natural break(s)</source>
        <translation>
            <numerusform>%n naturlig paus</numerusform>
            <numerusform>%n naturliga pauser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/stats.py" line="362"/>
        <source>%n eye break(s)</source>
        <translation>
            <numerusform>%n ögonpaus</numerusform>
            <numerusform>%n ögonpauser</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="363"/>
        <source>{time} of exercise</source>
        <translation>{time} träning</translation>
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
            <numerusform>Dagsmålet på %n paus är nått. Bra jobbat!</numerusform>
            <numerusform>Dagsmålet på %n pauser är nått. Bra jobbat!</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/stats.py" line="373"/>
        <source>Your goal: %n break(s) a day.</source>
        <translation>
            <numerusform>Ditt mål: %n paus om dagen.</numerusform>
            <numerusform>Ditt mål: %n pauser om dagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/stats.py" line="374"/>
        <source>Your goal: %n break(s) a day, {left} to go.</source>
        <translation>
            <numerusform>Ditt mål: %n paus om dagen, {left} kvar.</numerusform>
            <numerusform>Ditt mål: %n pauser om dagen, {left} kvar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="381"/>
        <source>Reach your goal today to start a streak.</source>
        <translation>Nå ditt mål i dag för att starta en svit.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/stats.py" line="382"/>
        <source>%n day(s) in a row at your goal.</source>
        <translation>
            <numerusform>%n dag i rad med nått mål.</numerusform>
            <numerusform>%n dagar i rad med nått mål.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/stats.py" line="386"/>
        <source>Last %n day(s): {taken}</source>
        <translation>
            <numerusform>Senaste %n dagen: {taken}</numerusform>
            <numerusform>Senaste %n dagarna: {taken}</numerusform>
        </translation>
    </message>
</context>
</TS>
