<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>About</name>
    <message>
        <location filename="../../microbreak/ui/about.py" line="31"/>
        <source>Before your first break</source>
        <translation>Zanim zrobisz pierwszą przerwę</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="33"/>
        <source>microbreak reminds you to pause your work every so often and walks you through gentle stretches for your back, shoulders and neck. It is a nudge to move, not a treatment and not medical advice.</source>
        <translation>microbreak co jakiś czas przypomina ci o przerwie w pracy i prowadzi cię przez łagodne ćwiczenia rozciągające plecy, barki i szyję. To zachęta do ruchu, a nie leczenie ani porada medyczna.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="39"/>
        <source>If you have a back or neck condition, or a recent injury, ask a doctor or physical therapist before you start.</source>
        <translation>Jeśli masz dolegliwości pleców lub szyi albo niedawny uraz, zanim zaczniesz, skonsultuj się z lekarzem lub fizjoterapeutą.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="44"/>
        <source>Move slowly and never into pain. If an exercise hurts, stop it and go on to the next one (or skip the break). If pain keeps coming back, gets worse or lasts more than a few days, see a doctor.</source>
        <translation>Wykonuj ruchy powoli i nigdy do bólu. Jeśli ćwiczenie boli, przerwij je i przejdź do następnego (albo pomiń przerwę). Jeśli ból wraca, nasila się lub utrzymuje się dłużej niż kilka dni, zgłoś się do lekarza.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="53"/>
        <source>The American Association of Occupational Health Nurses (AAOHN) recommends what it calls a &lt;i&gt;wellness microbreak&lt;/i&gt;: every 30 to 60 minutes, stop your work for a moment and do one or more short exercises right at your desk. You stay in your chair and in your work clothes; no equipment is needed.</source>
        <translation>American Association of Occupational Health Nurses (AAOHN), amerykańskie stowarzyszenie pielęgniarek medycyny pracy, zaleca tak zwaną &lt;i&gt;mikroprzerwę zdrowotną&lt;/i&gt; (wellness microbreak): co 30–60 minut na chwilę przerwij pracę i wykonaj jedno lub kilka krótkich ćwiczeń przy biurku. Nie wstajesz z krzesła i nie musisz się przebierać; nie potrzebujesz żadnego sprzętu.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="60"/>
        <source>Most upper-back pain comes from strained muscles (from holding one posture or repeating one movement for hours) rather than from a problem with the discs of the spine. Gentle, regular exercise strengthens the small muscles around the upper spine and eases its ligaments.</source>
        <translation>Ból górnej części pleców zwykle wynika z przeciążonych mięśni (gdy godzinami utrzymujesz jedną pozycję lub powtarzasz ten sam ruch), a nie z problemów z krążkami międzykręgowymi. Łagodne, regularne ćwiczenia wzmacniają małe mięśnie wokół górnego odcinka kręgosłupa i odciążają jego więzadła.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="67"/>
        <source>microbreak waits 45 minutes between breaks by default, the middle of that range, and keeps each break to a few minutes.</source>
        <translation>Domyślnie microbreak przypomina o przerwie co 45 minut – to środek tego zakresu – a każda przerwa trwa zaledwie kilka minut.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="73"/>
        <source>microbreak sends nothing anywhere: your settings and history stay on this computer.</source>
        <translation>microbreak nigdzie niczego nie wysyła: twoje ustawienia i historia zostają na tym komputerze.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_words.py" line="14"/>
        <source>seated</source>
        <translation>na siedząco</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_words.py" line="15"/>
        <source>standing</source>
        <translation>na stojąco</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_words.py" line="18"/>
        <source>wall</source>
        <translation>ściana</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_words.py" line="19"/>
        <source>doorway</source>
        <translation>futryna drzwi</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_words.py" line="20"/>
        <source>strap</source>
        <translation>taśma</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_words.py" line="30"/>
        <source>{posture}, needs a {equipment}</source>
        <translation>{posture}, potrzebna {equipment}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="190"/>
        <source>Each break walks you through a few of these, with a picture of every pose, a countdown for each hold and a repetition counter. The default routine rotates through the five seated AAOHN desk exercises:</source>
        <translation>Każda przerwa prowadzi cię przez kilka z tych ćwiczeń: z ilustracją każdej pozycji, odliczaniem przy każdym przytrzymaniu i licznikiem powtórzeń. Domyślnie przerwy kolejno przechodzą przez pięć ćwiczeń AAOHN wykonywanych na siedząco przy biurku:</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="198"/>
        <source>The library also has these:</source>
        <translation>Biblioteka zawiera też te ćwiczenia:</translation>
    </message>
</context>
<context>
    <name>AboutWindow</name>
    <message>
        <location filename="../../microbreak/ui/about.py" line="166"/>
        <source>About microbreak</source>
        <translation>O programie microbreak</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="146"/>
        <source>A small break reminder for people who work sitting at a desk.</source>
        <translation>Mały program przypominający o przerwach, przeznaczony dla osób pracujących na siedząco przy biurku.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="140"/>
        <source>About</source>
        <translation>O programie</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="148"/>
        <source>Why a short break every 30 to 60 minutes</source>
        <translation>Dlaczego krótka przerwa co 30–60 minut</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="151"/>
        <source>The exercises</source>
        <translation>Ćwiczenia</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="154"/>
        <source>Take care</source>
        <translation>Dbaj o siebie</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="156"/>
        <source>Read the health notice again</source>
        <translation>Przeczytaj ponownie uwagi dotyczące zdrowia</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="167"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>ActionsMenu</name>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="21"/>
        <source>30 minutes</source>
        <translation>30 minut</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="22"/>
        <source>1 hour</source>
        <translation>1 godzina</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="23"/>
        <source>2 hours</source>
        <translation>2 godziny</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="24"/>
        <source>Until tomorrow</source>
        <translation>Do jutra</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="25"/>
        <source>Until I resume</source>
        <translation>Do wznowienia</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="54"/>
        <source>Take a break now</source>
        <translation>Zrób przerwę teraz</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="56"/>
        <source>Snooze</source>
        <translation>Odłóż</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/intents.py" line="58"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuta</numerusform>
            <numerusform>%n minuty</numerusform>
            <numerusform>%n minut</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="60"/>
        <source>Skip next break</source>
        <translation>Pomiń następną przerwę</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="62"/>
        <source>Pause reminders</source>
        <translation>Wstrzymaj przypomnienia</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="66"/>
        <source>Resume reminders</source>
        <translation>Wznów przypomnienia</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="69"/>
        <source>Statistics…</source>
        <translation>Statystyki…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="71"/>
        <source>Settings…</source>
        <translation>Ustawienia…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="73"/>
        <source>About microbreak</source>
        <translation>O programie microbreak</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="75"/>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
</context>
<context>
    <name>BreakWindow</name>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="40"/>
        <source>Read each step aloud and count the holds, so you can close your eyes</source>
        <translation>Odczytuje na głos każdy krok i odlicza przytrzymania, dzięki czemu możesz zamknąć oczy</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="44"/>
        <source>Move</source>
        <translation>Wykonaj ruch</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="45"/>
        <source>Hold</source>
        <translation>Przytrzymaj</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="46"/>
        <source>Relax</source>
        <translation>Rozluźnij się</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="55"/>
        <source>left side</source>
        <translation>lewa strona</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="56"/>
        <source>right side</source>
        <translation>prawa strona</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="61"/>
        <source>Get ready</source>
        <translation>Przygotuj się</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="63"/>
        <source>Once</source>
        <translation>Jeden raz</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="65"/>
        <source>Rep {n} of {total}</source>
        <translation>Powtórzenie {n} z {total}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="70"/>
        <source>{where}, {side}</source>
        <translation>{where}, {side}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="181"/>
        <source>Time for a break</source>
        <translation>Czas na przerwę</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="194"/>
        <source>Progress through this break</source>
        <translation>Postęp tej przerwy</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="199"/>
        <source>Right arrow</source>
        <translation>Strzałka w prawo</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="198"/>
        <source>Left arrow</source>
        <translation>Strzałka w lewo</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="203"/>
        <source>&amp;Back</source>
        <translation>&amp;Wstecz</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="204"/>
        <source>Previous exercise ({key})</source>
        <translation>Poprzednie ćwiczenie ({key})</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="209"/>
        <location filename="../../microbreak/ui/exercise_page.py" line="277"/>
        <source>&amp;Pause</source>
        <translation>W&amp;strzymaj</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="210"/>
        <source>Pause or resume the countdown (Space)</source>
        <translation>Wstrzymaj lub wznów odliczanie (spacja)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="214"/>
        <source>&amp;Next</source>
        <translation>&amp;Dalej</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="215"/>
        <source>Next exercise ({key})</source>
        <translation>Następne ćwiczenie ({key})</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="190"/>
        <source>&amp;Snooze {n} min</source>
        <translation>&amp;Odłóż o {n} min</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/break_window.py" line="192"/>
        <source>Close this break and bring it back in %n minute(s)</source>
        <translation>
            <numerusform>Zamknij tę przerwę i przywróć ją za %n minutę</numerusform>
            <numerusform>Zamknij tę przerwę i przywróć ją za %n minuty</numerusform>
            <numerusform>Zamknij tę przerwę i przywróć ją za %n minut</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="232"/>
        <source>Time to stand up and move</source>
        <translation>Czas wstać i się poruszać</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="234"/>
        <source>Rest your eyes</source>
        <translation>Daj odpocząć oczom</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="223"/>
        <source>S&amp;kip break</source>
        <translation>&amp;Pomiń przerwę</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="224"/>
        <source>End this break now (Esc)</source>
        <translation>Zakończ tę przerwę teraz (Esc)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="228"/>
        <source>Read &amp;aloud</source>
        <translation>&amp;Czytaj na głos</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/skip_confirm.py" line="31"/>
        <source>Skip this break?</source>
        <translation>Pominąć tę przerwę?</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/skip_confirm.py" line="34"/>
        <source>Skip</source>
        <translation>Pomiń</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/skip_confirm.py" line="35"/>
        <source>Yes, end this break (Enter)</source>
        <translation>Tak, zakończ tę przerwę (Enter)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/skip_confirm.py" line="39"/>
        <source>Keep going</source>
        <translation>Kontynuuj</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/skip_confirm.py" line="40"/>
        <source>Go on with the break (Esc)</source>
        <translation>Kontynuuj przerwę (Esc)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_summary.py" line="89"/>
        <location filename="../../microbreak/ui/break_summary.py" line="101"/>
        <source>Well done!</source>
        <translation>Dobra robota!</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_summary.py" line="92"/>
        <source>&amp;Close</source>
        <translation>&amp;Zamknij</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_summary.py" line="93"/>
        <source>Close this window</source>
        <translation>Zamknij to okno</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_summary.py" line="114"/>
        <source>Next break at {time}.</source>
        <translation>Następna przerwa o {time}.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_summary.py" line="187"/>
        <source>{first} and {last}</source>
        <translation>{first} i {last}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_summary.py" line="188"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_summary.py" line="190"/>
        <source>You did {exercises} in {time}.</source>
        <translation>Ćwiczenia wykonane w {time}: {exercises}.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_summary.py" line="104"/>
        <source>Break ended early</source>
        <translation>Przerwa zakończona wcześniej</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_summary.py" line="105"/>
        <source>Every bit of movement helps. Try a whole routine next time.</source>
        <translation>Każdy ruch się liczy. Następnym razem spróbuj przejść cały zestaw.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="255"/>
        <source>Exercise {n} of {total}</source>
        <translation>Ćwiczenie {n} z {total}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="269"/>
        <source>Paused</source>
        <translation>Wstrzymano</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="277"/>
        <source>&amp;Resume</source>
        <translation>Wz&amp;nów</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_guidance.py" line="160"/>
        <location filename="../../microbreak/ui/exercise_page.py" line="234"/>
        <source>Read aloud: no voice</source>
        <translation>Czytanie na głos: brak głosu</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_guidance.py" line="161"/>
        <source>Spoken guidance is not available. {reason}</source>
        <translation>Wskazówki głosowe są niedostępne. {reason}</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message numerus="yes">
        <location filename="../../microbreak/ui/countdown_ring.py" line="57"/>
        <source>%n second(s) left</source>
        <translation>
            <numerusform>Została %n sekunda</numerusform>
            <numerusform>Zostały %n sekundy</numerusform>
            <numerusform>Zostało %n sekund</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayBarsChart</name>
    <message>
        <source>Completed</source>
        <translation type="vanished">Ukończone</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="53"/>
        <source>Taken</source>
        <translation>Zrobione</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="55"/>
        <source>Snoozed, then taken</source>
        <translation>Zrobione po odłożeniu</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="59"/>
        <source>Natural break</source>
        <translation>Naturalne przerwy</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="60"/>
        <source>Skipped</source>
        <translation>Pominięte</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/day_bars.py" line="90"/>
        <source>Breaks per day, last %n day(s)</source>
        <translation>
            <numerusform>Przerwy dziennie w ciągu ostatniego %n dnia</numerusform>
            <numerusform>Przerwy dziennie w ciągu ostatnich %n dni</numerusform>
            <numerusform>Przerwy dziennie w ciągu ostatnich %n dni</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="92"/>
        <source>{taken} taken of {offered} offered, {total} in all; goal {goal} a day</source>
        <translation>Zrobiono {taken} z {offered} zaproponowanych, łącznie {total}; cel: {goal} dziennie</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="147"/>
        <source>dddd d MMMM</source>
        <translation>dddd, d MMMM</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/day_bars.py" line="148"/>
        <source>{taken} of %n break(s) taken</source>
        <translation>
            <numerusform>Zrobiono {taken} z %n przerwy</numerusform>
            <numerusform>Zrobiono {taken} z %n przerw</numerusform>
            <numerusform>Zrobiono {taken} z %n przerw</numerusform>
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
            <numerusform>(w tym %n zrobiona częściowo)</numerusform>
            <numerusform>(w tym %n zrobione częściowo)</numerusform>
            <numerusform>(w tym %n zrobionych częściowo)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/day_bars.py" line="160"/>
        <source>%n put off (paused, busy or app closed), not counted</source>
        <translation>
            <numerusform>%n odłożona (pauza, zajęty lub aplikacja zamknięta), nie liczona</numerusform>
            <numerusform>%n odłożone (pauza, zajęty lub aplikacja zamknięta), nie liczone</numerusform>
            <numerusform>%n odłożonych (pauza, zajęty lub aplikacja zamknięta), nie liczonych</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="162"/>
        <source>{time} of exercise</source>
        <translation>{time} ćwiczeń</translation>
    </message>
    <message>
        <source>{n} min of exercise</source>
        <translation type="vanished">{n} min ćwiczeń</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="258"/>
        <source>goal {n}</source>
        <translation>cel {n}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="269"/>
        <location filename="../../microbreak/ui/day_bars.py" line="274"/>
        <source>Today</source>
        <translation>Dziś</translation>
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
        <translation>Cel dzienny</translation>
    </message>
</context>
<context>
    <name>ExercisesPage</name>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="137"/>
        <source>Tick the exercises you want. Breaks walk through them in this order: drag to reorder, or use Move up and Move down.</source>
        <translation>Zaznacz ćwiczenia, które chcesz wykonywać. Przerwy przechodzą przez nie w tej kolejności: przeciągnij, aby ją zmienić, albo użyj przycisków „Przesuń w górę” i „Przesuń w dół”.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="141"/>
        <source>Exercises</source>
        <translation>Ćwiczenia</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="147"/>
        <source>How long one break takes with this choice.</source>
        <translation>Ile trwa jedna przerwa przy takim wyborze.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="153"/>
        <source>Exercise files that could not be used; fix and reload.</source>
        <translation>Pliki ćwiczeń, których nie udało się użyć; popraw je i wczytaj ponownie.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="170"/>
        <source>Show only the exercises that suit where you are.</source>
        <translation>Pokaż tylko ćwiczenia pasujące do miejsca, w którym jesteś.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="171"/>
        <source>&amp;Show:</source>
        <translation>&amp;Pokaż:</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="177"/>
        <source>All</source>
        <translation>Wszystkie</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="182"/>
        <source>&apos;All&apos; (below 1) takes every chosen exercise.</source>
        <translation>„Wszystkie” (poniżej 1) oznacza wszystkie wybrane ćwiczenia.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="185"/>
        <source>Exercises &amp;per break:</source>
        <translation>&amp;Liczba ćwiczeń na przerwę:</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="193"/>
        <source>Move &amp;up</source>
        <translation>Przesuń w &amp;górę</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="194"/>
        <source>Move the chosen exercise earlier in the routine.</source>
        <translation>Przesuń wybrane ćwiczenie wcześniej w zestawie.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="195"/>
        <source>Move &amp;down</source>
        <translation>Przesuń w &amp;dół</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="196"/>
        <source>Move the chosen exercise later in the routine.</source>
        <translation>Przesuń wybrane ćwiczenie dalej w zestawie.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="197"/>
        <source>&amp;Reload exercises</source>
        <translation>&amp;Wczytaj ćwiczenia ponownie</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="199"/>
        <source>Read the exercise files again, including your own in the exercises folder.</source>
        <translation>Wczytaj ponownie pliki ćwiczeń, także twoje własne z folderu ćwiczeń.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="217"/>
        <source>The steps of the exercise chosen in the list.</source>
        <translation>Kroki ćwiczenia wybranego na liście.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="226"/>
        <source>Steps of the chosen exercise</source>
        <translation>Kroki wybranego ćwiczenia</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="244"/>
        <source>&lt;b&gt;Skipped (could not be used):&lt;/b&gt;&lt;ul&gt;{lines}&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Pominięte (nie można ich użyć):&lt;/b&gt;&lt;ul&gt;{lines}&lt;/ul&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/exercises_page.py" line="363"/>
        <source>A break takes about {length} ({count} of the %n chosen exercise(s); the next break goes on where the last one stopped).</source>
        <translation>
            <numerusform>Przerwa trwa około {length} ({count} z %n wybranego ćwiczenia; następna przerwa zaczyna się tam, gdzie skończyła się poprzednia).</numerusform>
            <numerusform>Przerwa trwa około {length} ({count} z %n wybranych ćwiczeń; następna przerwa zaczyna się tam, gdzie skończyła się poprzednia).</numerusform>
            <numerusform>Przerwa trwa około {length} ({count} z %n wybranych ćwiczeń; następna przerwa zaczyna się tam, gdzie skończyła się poprzednia).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="216"/>
        <source>no reminders this day</source>
        <translation>brak przypomnień tego dnia</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="224"/>
        <source>System default ({language})</source>
        <translation>Język systemu ({language})</translation>
    </message>
</context>
<context>
    <name>HeadsUpToast</name>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="27"/>
        <source>Time to stretch soon.</source>
        <translation>Za chwilę czas na rozciąganie.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="29"/>
        <source>Start now</source>
        <translation>Zacznij teraz</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="64"/>
        <source>Snooze</source>
        <translation>Odłóż</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="31"/>
        <source>Skip</source>
        <translation>Pomiń</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="28"/>
        <source>Time to stand up and move soon.</source>
        <translation>Za chwilę czas wstać i się poruszać.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="30"/>
        <source>Snooze {n} min</source>
        <translation>Odłóż o {n} min</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="66"/>
        <source>Start the break now</source>
        <translation>Zacznij przerwę teraz</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="67"/>
        <source>Put this break off by a few minutes</source>
        <translation>Odłóż tę przerwę o kilka minut</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="68"/>
        <source>Leave out this break</source>
        <translation>Pomiń tę przerwę</translation>
    </message>
</context>
<context>
    <name>HealthNotice</name>
    <message>
        <source>microbreak: before your first break</source>
        <translation type="vanished">microbreak: zanim zrobisz pierwszą przerwę</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="110"/>
        <source>Before your first break</source>
        <translation>Zanim zrobisz pierwszą przerwę</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="115"/>
        <source>I understand</source>
        <translation>Rozumiem</translation>
    </message>
</context>
<context>
    <name>MicrobreakApp</name>
    <message>
        <location filename="../../microbreak/app/build.py" line="110"/>
        <source>Exercise skipped: {problem}</source>
        <translation>Pominięto ćwiczenie: {problem}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/app/controller.py" line="155"/>
        <source>(and %n more in the log)</source>
        <translation>
            <numerusform>(i jeszcze %n w dzienniku)</numerusform>
            <numerusform>(i jeszcze %n w dzienniku)</numerusform>
            <numerusform>(i jeszcze %n w dzienniku)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/app/controller.py" line="156"/>
        <source>microbreak: check your settings</source>
        <translation>microbreak: sprawdź ustawienia</translation>
    </message>
    <message>
        <source>microbreak: settings not saved</source>
        <translation type="vanished">microbreak: nie zapisano ustawień</translation>
    </message>
    <message>
        <source>{path} could not be written ({problem}); the new settings apply until microbreak quits.</source>
        <translation type="vanished">Nie udało się zapisać pliku {path} ({problem}); nowe ustawienia obowiązują do zamknięcia programu microbreak.</translation>
    </message>
    <message>
        <source>microbreak: start at login</source>
        <translation type="vanished">microbreak: uruchamianie po zalogowaniu</translation>
    </message>
    <message>
        <source>Time to stretch soon. Snooze or skip from the microbreak icon.</source>
        <translation type="vanished">Za chwilę czas na rozciąganie. Przerwę możesz odłożyć lub pominąć w menu ikony microbreak.</translation>
    </message>
    <message>
        <location filename="../../microbreak/app/controller.py" line="373"/>
        <source>microbreak: break history</source>
        <translation>microbreak: historia przerw</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>A break comes at your first pause in typing after {earliest} of work. If you keep typing, it comes anyway after {latest}.</source>
        <translation type="vanished">Przerwa przychodzi przy pierwszej przerwie w pisaniu po {earliest} pracy. Jeśli piszesz dalej, przychodzi i tak po {latest}.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/schedule_page.py" line="89"/>
        <source>A break comes about every {interval} of work: at your first pause in typing up to {spread} either side of it, or at the end of that window.</source>
        <translation>Przerwa przychodzi mniej więcej co {interval} pracy: przy pierwszej przerwie w pisaniu do {spread} przed lub po, albo na końcu tego okna.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/schedule_page.py" line="93"/>
        <source>A break comes after every {interval} of work.</source>
        <translation>Przerwa przychodzi po każdych {interval} pracy.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/schedule_page.py" line="101"/>
        <source>No movement breaks: every break is a short one at your desk.</source>
        <translation>Bez przerw na ruch: każda przerwa jest krótka, przy biurku.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/schedule_page.py" line="103"/>
        <source>Every break asks you to stand up and move, for about {length}.</source>
        <translation>Każda przerwa prosi, by wstać i poruszać się przez około {length}.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/schedule_page.py" line="106"/>
        <source>One break in {every} asks you to stand up and move, for about {length}.</source>
        <translation>Co {every}. przerwa prosi, by wstać i poruszać się przez około {length}.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/schedule_page.py" line="116"/>
        <source>No eye breaks.</source>
        <translation>Bez przerw dla oczu.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/schedule_page.py" line="122"/>
        <source>Every {every} of work, look far away for about {length}; not when a break is near.</source>
        <translation>Co {every} pracy patrz w dal przez około {length}; nie wtedy, gdy zbliża się przerwa.</translation>
    </message>
</context>
<context>
    <name>SettingsApplier</name>
    <message>
        <location filename="../../microbreak/app/settings_apply.py" line="74"/>
        <location filename="../../microbreak/app/settings_apply.py" line="85"/>
        <source>microbreak: settings not saved</source>
        <translation>microbreak: nie zapisano ustawień</translation>
    </message>
    <message>
        <location filename="../../microbreak/app/settings_apply.py" line="76"/>
        <source>{path} could not be written ({problem}); the new settings apply until microbreak quits.</source>
        <translation>Nie udało się zapisać pliku {path} ({problem}); nowe ustawienia obowiązują do zamknięcia programu microbreak.</translation>
    </message>
    <message>
        <location filename="../../microbreak/app/settings_apply.py" line="87"/>
        <source>{problem} Meanwhile the new settings apply until microbreak quits.</source>
        <translation>{problem} Do tego czasu nowe ustawienia obowiązują, dopóki microbreak nie zostanie zamknięty.</translation>
    </message>
    <message>
        <location filename="../../microbreak/app/settings_apply.py" line="134"/>
        <source>microbreak: check your settings</source>
        <translation>microbreak: sprawdź ustawienia</translation>
    </message>
    <message>
        <location filename="../../microbreak/app/settings_apply.py" line="163"/>
        <source>microbreak: start at login</source>
        <translation>microbreak: uruchamianie po zalogowaniu</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>microbreak settings</source>
        <translation type="vanished">Ustawienia microbreak</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="97"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="108"/>
        <source>Settings pages</source>
        <translation>Strony ustawień</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="162"/>
        <source>Open the settings file in your editor: every setting is described there. Saved changes apply at once.</source>
        <translation>Otwórz plik ustawień w edytorze: opisano w nim każde ustawienie. Zapisane zmiany działają od razu.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="185"/>
        <source>Put this page&apos;s settings back to their defaults.</source>
        <translation>Przywróć domyślne ustawienia na tej stronie.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="188"/>
        <source>Save and use these settings now; keep the dialog open.</source>
        <translation>Zapisz te ustawienia i od razu ich używaj; okno pozostanie otwarte.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="191"/>
        <source>Save and use these settings, and close.</source>
        <translation>Zapisz te ustawienia, zacznij ich używać i zamknij okno.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="193"/>
        <source>Close without saving what changed since the last Apply.</source>
        <translation>Zamknij bez zapisywania zmian wprowadzonych od ostatniego „Zastosuj”.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="196"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importuj…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="199"/>
        <source>Load settings from a file; they are checked in full and used when you press OK.</source>
        <translation>Wczytaj ustawienia z pliku; zostaną w całości sprawdzone i zastosowane po naciśnięciu OK.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="203"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Eksportuj…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="204"/>
        <source>Save these settings to a file, to share or keep.</source>
        <translation>Zapisz te ustawienia w pliku, aby je komuś przekazać lub zachować.</translation>
    </message>
    <message>
        <source>Ranges like &quot;09:00-12:30, 13:30-17:00&quot;; leave a day empty for no reminders that day. Outside working hours microbreak stays quiet.</source>
        <translation type="vanished">Zakresy, np. „09:00-12:30, 13:30-17:00”; zostaw dzień pusty, jeśli tego dnia nie chcesz przypomnień. Poza godzinami pracy microbreak milczy.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="157"/>
        <source>Settings file: {path}</source>
        <translation>Plik ustawień: {path}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="159"/>
        <source>&amp;Open the settings file</source>
        <translation>&amp;Otwórz plik ustawień</translation>
    </message>
    <message>
        <source>Open config.toml in your editor: every key is described there. Saved changes apply at once.</source>
        <translation type="vanished">Otwórz config.toml w edytorze: każdy klucz jest tam opisany. Zapisane zmiany obowiązują od razu.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="vanished">Wyłączona</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation type="vanished">Bez limitu</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation type="vanished">Bezterminowo</translation>
    </message>
    <message>
        <source>no reminders this day</source>
        <translation type="vanished">brak przypomnień tego dnia</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation type="vanished">Język systemu ({language})</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="245"/>
        <source>{page}: defaults restored. Press OK or Apply to use them.</source>
        <translation>{page}: przywrócono ustawienia domyślne. Naciśnij OK lub „Zastosuj”, aby ich użyć.</translation>
    </message>
    <message>
        <source>Working hours, {day}: {problem}.</source>
        <translation type="vanished">Godziny pracy, {day}: {problem}.</translation>
    </message>
    <message>
        <source>Import microbreak settings</source>
        <translation type="vanished">Importuj ustawienia microbreak</translation>
    </message>
    <message>
        <source>Settings (*.toml)</source>
        <translation type="vanished">Ustawienia (*.toml)</translation>
    </message>
    <message>
        <source>Nothing was imported. {problem}</source>
        <translation type="vanished">Nic nie zaimportowano. {problem}</translation>
    </message>
    <message>
        <source>Imported {path}. Press OK or Apply to use these settings.</source>
        <translation type="vanished">Zaimportowano {path}. Naciśnij OK lub „Zastosuj”, aby użyć tych ustawień.</translation>
    </message>
    <message>
        <source>Export microbreak settings</source>
        <translation type="vanished">Eksportuj ustawienia microbreak</translation>
    </message>
    <message>
        <source>Could not export to {path}: {problem}</source>
        <translation type="vanished">Nie udało się wyeksportować do {path}: {problem}</translation>
    </message>
    <message>
        <source>Settings exported to {path}.</source>
        <translation type="vanished">Wyeksportowano ustawienia do {path}.</translation>
    </message>
</context>
<context>
    <name>SettingsTransfer</name>
    <message>
        <location filename="../../microbreak/ui/settings_transfer.py" line="48"/>
        <source>Import microbreak settings</source>
        <translation>Importuj ustawienia microbreak</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_transfer.py" line="50"/>
        <location filename="../../microbreak/ui/settings_transfer.py" line="59"/>
        <source>Settings (*.toml)</source>
        <translation>Ustawienia (*.toml)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_transfer.py" line="57"/>
        <source>Export microbreak settings</source>
        <translation>Eksportuj ustawienia microbreak</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_transfer.py" line="67"/>
        <source>Nothing was imported. {problem}</source>
        <translation>Nic nie zaimportowano. {problem}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_transfer.py" line="70"/>
        <source>Imported {path}. Press OK or Apply to use these settings.</source>
        <translation>Zaimportowano {path}. Naciśnij OK lub „Zastosuj”, aby użyć tych ustawień.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_transfer.py" line="87"/>
        <source>Nothing was saved: {problem}. The file is left as it is and your choices here are kept: fix the file (Open the settings file, on the General page) and press OK or Apply again.</source>
        <translation>Nic nie zapisano: {problem}. Plik pozostaje bez zmian, a Twoje wybory tutaj są zachowane: popraw plik (Otwórz plik ustawień, na stronie Ogólne) i ponownie naciśnij OK lub Zastosuj.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_transfer.py" line="103"/>
        <source>Nothing was exported: {problem}</source>
        <translation>Nic nie wyeksportowano: {problem}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_transfer.py" line="105"/>
        <source>Could not export to {path}: {problem}</source>
        <translation>Nie udało się wyeksportować do {path}: {problem}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_transfer.py" line="108"/>
        <source>Settings exported to {path}.</source>
        <translation>Wyeksportowano ustawienia do {path}.</translation>
    </message>
</context>
<context>
    <name>ShortcutsOffer</name>
    <message>
        <location filename="../../microbreak/ui/shortcuts_offer.py" line="40"/>
        <source>Register keyboard shortcuts…</source>
        <translation>Zarejestruj skróty klawiszowe…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/shortcuts_offer.py" line="43"/>
        <source>Ask the desktop for keys that take a break now, snooze, skip the next break, pause for an hour or resume. The desktop asks you which keys to use.</source>
        <translation>Poproś pulpit o klawisze do zrobienia przerwy teraz, odłożenia jej, pominięcia następnej, wstrzymania na godzinę lub wznowienia. Pulpit zapyta, których klawiszy użyć.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/shortcuts_offer.py" line="56"/>
        <source>Waiting for the desktop&apos;s shortcuts dialog…</source>
        <translation>Oczekiwanie na okno skrótów pulpitu…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/shortcuts_offer.py" line="61"/>
        <source>No keyboard shortcuts were registered.</source>
        <translation>Nie zarejestrowano żadnych skrótów klawiszowych.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/shortcuts_offer.py" line="65"/>
        <source>The desktop did not register the shortcuts. You can bind the microbreak commands in its keyboard settings instead.</source>
        <translation>Pulpit nie zarejestrował skrótów. Zamiast tego możesz przypisać polecenia microbreak w jego ustawieniach klawiatury.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/shortcuts_offer.py" line="70"/>
        <source>Keyboard shortcuts registered: {shortcuts}</source>
        <translation>Zarejestrowano skróty klawiszowe: {shortcuts}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/shortcuts_offer.py" line="73"/>
        <source>Keyboard shortcuts registered; the desktop chose no keys yet.</source>
        <translation>Zarejestrowano skróty klawiszowe; pulpit nie wybrał jeszcze klawiszy.</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="62"/>
        <source>Export break history</source>
        <translation>Eksportuj historię przerw</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="64"/>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="115"/>
        <source>Statistics</source>
        <translation>Statystyki</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="137"/>
        <location filename="../../microbreak/ui/stats_window.py" line="265"/>
        <source>breaks taken today</source>
        <translation>zrobione dziś przerwy</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="138"/>
        <location filename="../../microbreak/ui/stats_window.py" line="267"/>
        <source>of exercise today</source>
        <translation>ćwiczeń dziś</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="139"/>
        <source>days in a row at your goal</source>
        <translation>dni z rzędu z osiągniętym celem</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/stats_window.py" line="161"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="174"/>
        <source>Exercise</source>
        <translation>Ćwiczenie</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="175"/>
        <source>Done</source>
        <translation>Zrobione</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="176"/>
        <source>Partly done</source>
        <translation>Częściowo</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="177"/>
        <source>Not started</source>
        <translation>Nierozpoczęte</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="178"/>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="vanished">Minuty</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="181"/>
        <source>How each exercise went</source>
        <translation>Wyniki poszczególnych ćwiczeń</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="196"/>
        <source>Export CSV…</source>
        <translation>Eksportuj do CSV…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="198"/>
        <source>Clear history…</source>
        <translation>Wyczyść historię…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="200"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="218"/>
        <source>Delete history</source>
        <translation>Usuń historię</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="220"/>
        <source>Keep it</source>
        <translation>Zachowaj</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="264"/>
        <source>{n} of {total}</source>
        <translation>{n} z {total}</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation type="vanished">{n} min</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="269"/>
        <source>day in a row at {goal} a day</source>
        <translation>dzień z rzędu z celem {goal} dziennie</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="271"/>
        <source>days in a row at {goal} a day</source>
        <translation>dni z rzędu z celem {goal} dziennie</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="273"/>
        <source>Today: {taken}</source>
        <translation>Dziś: {taken}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/stats_window.py" line="277"/>
        <source>Exercises, last %n day(s)</source>
        <translation>
            <numerusform>Ćwiczenia z ostatniego %n dnia</numerusform>
            <numerusform>Ćwiczenia z ostatnich %n dni</numerusform>
            <numerusform>Ćwiczenia z ostatnich %n dni</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="326"/>
        <source>Could not save {path}: {error}</source>
        <translation>Nie udało się zapisać {path}: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/stats_window.py" line="330"/>
        <source>Saved %n break(s) to {path}.</source>
        <translation>
            <numerusform>Zapisano %n przerwę do pliku {path}.</numerusform>
            <numerusform>Zapisano %n przerwy do pliku {path}.</numerusform>
            <numerusform>Zapisano %n przerw do pliku {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/stats_window.py" line="337"/>
        <source>Delete all %n break(s) recorded?</source>
        <translation>
            <numerusform>Usunąć %n zapisaną przerwę?</numerusform>
            <numerusform>Usunąć wszystkie %n zapisane przerwy?</numerusform>
            <numerusform>Usunąć wszystkie %n zapisanych przerw?</numerusform>
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
            <numerusform>Usunąć %n przerwę zapisaną od {date}?</numerusform>
            <numerusform>Usunąć wszystkie %n przerwy zapisane od {date}?</numerusform>
            <numerusform>Usunąć wszystkie %n przerw zapisanych od {date}?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="348"/>
        <source>This cannot be undone. Export a CSV first if you want to keep them.</source>
        <translation>Tego nie da się cofnąć. Jeśli chcesz zachować dane, najpierw wyeksportuj plik CSV.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="362"/>
        <source>Your break history was deleted.</source>
        <translation>Historia przerw została usunięta.</translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="208"/>
        <source>Take a break now</source>
        <translation>Zrób przerwę teraz</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="209"/>
        <source>Snooze</source>
        <translation>Odłóż</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="210"/>
        <source>Skip next break</source>
        <translation>Pomiń następną przerwę</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="211"/>
        <source>Pause</source>
        <translation>Wstrzymaj</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="212"/>
        <source>Resume</source>
        <translation>Wznów</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="213"/>
        <source>Settings…</source>
        <translation>Ustawienia…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="214"/>
        <source>About</source>
        <translation>O programie</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="215"/>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="216"/>
        <source>Statistics…</source>
        <translation>Statystyki…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="221"/>
        <source>Start a break with its exercises now</source>
        <translation>Zacznij teraz przerwę z ćwiczeniami</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="222"/>
        <source>Put the next break off by a few minutes</source>
        <translation>Odłóż następną przerwę o kilka minut</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="223"/>
        <source>Count the next break as taken and start a new interval</source>
        <translation>Uznaj następną przerwę za zrobioną i zacznij odliczanie od nowa</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="224"/>
        <source>No reminders for a while</source>
        <translation>Wyłącz przypomnienia na jakiś czas</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="225"/>
        <source>Reminders again, from now</source>
        <translation>Przywróć przypomnienia od teraz</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="226"/>
        <source>Change the interval, sounds and more</source>
        <translation>Zmień odstęp między przerwami, dźwięki i nie tylko</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="227"/>
        <source>Breaks taken, streaks and exercises</source>
        <translation>Zrobione przerwy, serie i ćwiczenia</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="228"/>
        <source>What microbreak is, and the health notice</source>
        <translation>Informacje o programie microbreak i uwagi dotyczące zdrowia</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="229"/>
        <source>End microbreak: no more reminders until it starts again</source>
        <translation>Zakończ microbreak: koniec przypomnień do ponownego uruchomienia</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="272"/>
        <source>at {time}</source>
        <translation>o {time}</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message numerus="yes">
        <location filename="../../microbreak/ui/break_summary.py" line="128"/>
        <source>Today: %n break(s) taken, your daily goal reached</source>
        <translation>
            <numerusform>Dziś: %n przerwa zrobiona, dzienny cel osiągnięty</numerusform>
            <numerusform>Dziś: %n przerwy zrobione, dzienny cel osiągnięty</numerusform>
            <numerusform>Dziś: %n przerw zrobionych, dzienny cel osiągnięty</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/break_summary.py" line="130"/>
        <source>Today: {taken} of %n break(s) taken</source>
        <translation>
            <numerusform>Dziś: {taken} z %n przerwy zrobione</numerusform>
            <numerusform>Dziś: {taken} z %n przerw zrobione</numerusform>
            <numerusform>Dziś: {taken} z %n przerw zrobione</numerusform>
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
            <numerusform>%n dzień z rzędu</numerusform>
            <numerusform>%n dni z rzędu</numerusform>
            <numerusform>%n dni z rzędu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkingHoursPage</name>
    <message>
        <location filename="../../microbreak/ui/working_hours_editor.py" line="38"/>
        <source>Ranges like &quot;09:00-12:30, 13:30-17:00&quot;; leave a day empty for no reminders that day. Outside working hours microbreak stays quiet.</source>
        <translation>Zakresy, np. „09:00-12:30, 13:30-17:00”; zostaw dzień pusty, jeśli tego dnia nie chcesz przypomnień. Poza godzinami pracy microbreak milczy.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/working_hours_editor.py" line="62"/>
        <source>Working hours, {day}: {problem}.</source>
        <translation>Godziny pracy, {day}: {problem}.</translation>
    </message>
</context>
<context>
    <name>describe</name>
    <message>
        <location filename="../../microbreak/core/describe.py" line="16"/>
        <source>paused by you</source>
        <translation>na twoją prośbę</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="17"/>
        <source>you are away</source>
        <translation>nie ma cię przy komputerze</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="18"/>
        <source>the computer is asleep</source>
        <translation>komputer jest uśpiony</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="19"/>
        <source>the screen is locked</source>
        <translation>ekran jest zablokowany</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="20"/>
        <source>do not disturb is on</source>
        <translation>włączony jest tryb „Nie przeszkadzać”</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="21"/>
        <source>a full-screen window is open</source>
        <translation>otwarte jest okno pełnoekranowe</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="22"/>
        <source>you are in a call</source>
        <translation>trwa rozmowa</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="23"/>
        <source>outside your working hours</source>
        <translation>poza godzinami pracy</translation>
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
        <translation>{h} godz. {m} min</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="104"/>
        <location filename="../../microbreak/core/describe.py" line="124"/>
        <source>{n} h</source>
        <translation>{n} godz.</translation>
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
            <numerusform>%n sekundę</numerusform>
            <numerusform>%n sekundy</numerusform>
            <numerusform>%n sekund</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/describe.py" line="136"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minutę</numerusform>
            <numerusform>%n minuty</numerusform>
            <numerusform>%n minut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/describe.py" line="137"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n godzinę</numerusform>
            <numerusform>%n godziny</numerusform>
            <numerusform>%n godzin</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="151"/>
        <source>{hours} {minutes}</source>
        <translation>{hours} i {minutes}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="158"/>
        <source>Microbreak in {time}</source>
        <translation>Mikroprzerwa za {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="163"/>
        <source>Movement break in {time}</source>
        <translation>Przerwa na ruch za {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="190"/>
        <source>Breaks were put off earlier; each break you take makes the reminders calmer again.</source>
        <translation>Wcześniej przerwy były odkładane; każda odbyta przerwa sprawia, że przypomnienia znów łagodnieją.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/describe.py" line="196"/>
        <source>You skipped the last %n break(s), so this one is a little firmer.</source>
        <translation>
            <numerusform>Pominięto ostatnią %n przerwę, więc ta jest nieco bardziej stanowcza.</numerusform>
            <numerusform>Pominięto ostatnie %n przerwy, więc ta jest nieco bardziej stanowcza.</numerusform>
            <numerusform>Pominięto ostatnich %n przerw, więc ta jest nieco bardziej stanowcza.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/describe.py" line="199"/>
        <source>You put off breaks %n time(s) in a row, so this one is a little firmer.</source>
        <translation>
            <numerusform>Przerwy odłożono %n raz z rzędu, więc ta jest nieco bardziej stanowcza.</numerusform>
            <numerusform>Przerwy odłożono %n razy z rzędu, więc ta jest nieco bardziej stanowcza.</numerusform>
            <numerusform>Przerwy odłożono %n razy z rzędu, więc ta jest nieco bardziej stanowcza.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="207"/>
        <source>On a break</source>
        <translation>Trwa przerwa</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="210"/>
        <source>Break waiting: {reasons}</source>
        <translation>Przerwa czeka: {reasons}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="215"/>
        <source>Paused until {day} {time}</source>
        <translation>Wstrzymano do {day} {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="218"/>
        <source>Paused until {time}</source>
        <translation>Wstrzymano do {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="220"/>
        <source>Paused until you resume</source>
        <translation>Wstrzymano do wznowienia</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="221"/>
        <source>Paused: {reasons}</source>
        <translation>Wstrzymano: {reasons}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="228"/>
        <source>Break in {time}</source>
        <translation>Przerwa za {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="230"/>
        <source>Snoozed: break in {time}</source>
        <translation>Odłożono: przerwa za {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="239"/>
        <source>Next break in about {time}, at a pause in your typing</source>
        <translation>Następna przerwa za około {time}, gdy przestaniesz pisać</translation>
    </message>
    <message>
        <source>Next break in {soonest} to {latest}, at a pause in your typing</source>
        <translation type="vanished">Następna przerwa za {soonest}–{latest}, gdy przestaniesz pisać</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="242"/>
        <source>Break at your next pause (by {time})</source>
        <translation>Przerwa, gdy przestaniesz pisać (najpóźniej o {time})</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="245"/>
        <source>Next break in {time}</source>
        <translation>Następna przerwa za {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="255"/>
        <source>(by {time})</source>
        <translation>(najpóźniej o {time})</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="257"/>
        <source>(at {time})</source>
        <translation>(o {time})</translation>
    </message>
</context>
<context>
    <name>engine</name>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="36"/>
        <source>a break is already in progress</source>
        <translation>przerwa już trwa</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="43"/>
        <source>strict mode is on: breaks cannot be snoozed</source>
        <translation>włączony jest tryb ścisły: przerw nie można odkładać</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="45"/>
        <source>cannot snooze while paused</source>
        <translation>nie można odłożyć przerwy, gdy przypomnienia są wstrzymane</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="51"/>
        <source>a snooze must be 1 to {most} minutes, not {minutes}</source>
        <translation>odłożenie musi wynosić od 1 do {most} min, a nie {minutes}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="63"/>
        <source>this break was snoozed {times} times already, the most allowed ({limit}); take it or skip it</source>
        <translation>tej przerwy nie można już odłożyć (liczba odłożeń: {times}, limit: {limit}); zrób ją albo pomiń</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="97"/>
        <location filename="../../microbreak/core/user_requests.py" line="132"/>
        <source>strict mode is on: breaks cannot be skipped</source>
        <translation>włączony jest tryb ścisły: przerw nie można pomijać</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="100"/>
        <source>a break is in progress: use Skip break to end it</source>
        <translation>przerwa trwa: aby ją zakończyć, użyj przycisku „Pomiń przerwę”</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="103"/>
        <source>cannot skip while paused</source>
        <translation>nie można pominąć przerwy, gdy przypomnienia są wstrzymane</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="130"/>
        <source>no break is in progress</source>
        <translation>żadna przerwa nie trwa</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="161"/>
        <source>today&apos;s skips are used up; you can skip again tomorrow</source>
        <translation>dzisiejsze pominięcia zostały wykorzystane; pominąć będzie można znowu jutro</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="190"/>
        <source>the end of a pause must be in the future</source>
        <translation>koniec wstrzymania musi przypadać w przyszłości</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="198"/>
        <source>Reminders pause after this break</source>
        <translation>Przypomnienia wstrzymają się po tej przerwie</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="199"/>
        <source>Strict mode is on, so this break stays open. Reminders pause as soon as it ends.</source>
        <translation>Tryb ścisły jest włączony, więc ta przerwa pozostaje otwarta. Przypomnienia wstrzymają się, gdy tylko się skończy.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="226"/>
        <source>reminders are not paused</source>
        <translation>przypomnienia nie są wstrzymane</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/presence.py" line="183"/>
        <source>Time for a stretch when you can</source>
        <translation>Rozciągnij się, kiedy tylko możesz</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/presence.py" line="185"/>
        <source>You have been busy for %n minute(s) past your break. When you have a moment, roll your shoulders and stand up.</source>
        <translation>
            <numerusform>Przerwa czeka na ciebie już %n minutę. W wolnej chwili zrób kilka krążeń barkami i wstań.</numerusform>
            <numerusform>Przerwa czeka na ciebie już %n minuty. W wolnej chwili zrób kilka krążeń barkami i wstań.</numerusform>
            <numerusform>Przerwa czeka na ciebie już %n minut. W wolnej chwili zrób kilka krążeń barkami i wstań.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/core/budget_watch.py" line="84"/>
        <source>Time to call it a day</source>
        <translation>Czas kończyć na dziś</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/budget_watch.py" line="86"/>
        <source>You have been at the computer for %n hour(s) today. Time to call it a day when you can.</source>
        <translation>
            <numerusform>Jesteś dziś przy komputerze już %n godzinę. Skończ na dziś, kiedy tylko możesz.</numerusform>
            <numerusform>Jesteś dziś przy komputerze już %n godziny. Skończ na dziś, kiedy tylko możesz.</numerusform>
            <numerusform>Jesteś dziś przy komputerze już %n godzin. Skończ na dziś, kiedy tylko możesz.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guidance</name>
    <message>
        <location filename="../../microbreak/core/guidance.py" line="85"/>
        <source>Well done. That is the end of this break.</source>
        <translation>Dobra robota. To koniec tej przerwy.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/guidance.py" line="86"/>
        <source>Paused.</source>
        <translation>Wstrzymano.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/guidance.py" line="125"/>
        <source>{n} of {total}. {step}</source>
        <translation>{n} z {total}. {step}</translation>
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
        <translation>Historia przerw {path} {what}. Zachowano ją jako {aside}; nowej nie można jeszcze utworzyć ({error}), więc przerwy z tej sesji są trzymane w pamięci i zostaną zapisane, gdy tylko będzie to możliwe.</translation>
    </message>
    <message>
        <location filename="../../microbreak/infra/history.py" line="248"/>
        <source>Until then, earlier breaks are not shown.</source>
        <translation>Do tego czasu wcześniejsze przerwy nie są pokazywane.</translation>
    </message>
    <message>
        <location filename="../../microbreak/infra/history.py" line="406"/>
        <source>Your break history {path} could not be used ({error}). It was kept as {aside}; this session&apos;s breaks go to a new one.</source>
        <translation>Nie udało się użyć historii przerw {path} ({error}). Zachowano ją jako {aside}; przerwy z tej sesji trafią do nowej.</translation>
    </message>
    <message>
        <location filename="../../microbreak/infra/history.py" line="551"/>
        <source>Your break history {path} is locked by another program ({error}). It is left as it is; this session&apos;s breaks are kept in memory and saved once the other program lets go of it.</source>
        <translation>Historia przerw {path} jest zablokowana przez inny program ({error}). Pozostaje bez zmian; przerwy z tej sesji są trzymane w pamięci i zostaną zapisane, gdy tamten program ją zwolni.</translation>
    </message>
    <message>
        <location filename="../../microbreak/infra/history.py" line="558"/>
        <source>Your break history {path} cannot be saved: the disk is full or cannot be written ({error}). It is left as it is; this session&apos;s breaks are kept in memory and saved once there is space. Free some space on the disk.</source>
        <translation>Nie można zapisać historii przerw {path}: dysk jest pełny lub nie da się na nim zapisywać ({error}). Pozostaje bez zmian; przerwy z tej sesji są trzymane w pamięci i zostaną zapisane, gdy zwolni się miejsce. Zwolnij trochę miejsca na dysku.</translation>
    </message>
    <message>
        <location filename="../../microbreak/infra/history.py" line="565"/>
        <source>Your break history {path} cannot be saved ({error}). It is left as it is; this session&apos;s breaks are kept in memory and saved once it can be written.</source>
        <translation>Nie można zapisać historii przerw {path} ({error}). Pozostaje bez zmian; przerwy z tej sesji są trzymane w pamięci i zostaną zapisane, gdy znów będzie można do niej pisać.</translation>
    </message>
</context>
<context>
    <name>player</name>
    <message>
        <location filename="../../microbreak/core/player.py" line="28"/>
        <source>Now the right side.</source>
        <translation>Teraz prawa strona.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/player.py" line="29"/>
        <source>Now the left side.</source>
        <translation>Teraz lewa strona.</translation>
    </message>
</context>
<context>
    <name>preview</name>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="88"/>
        <source>About {time}.</source>
        <translation>Około {time}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/exercises_page.py" line="92"/>
        <source>Then %n time(s) on each side:</source>
        <translation>
            <numerusform>Następnie %n raz na każdą stronę:</numerusform>
            <numerusform>Następnie %n razy na każdą stronę:</numerusform>
            <numerusform>Następnie %n razy na każdą stronę:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/exercises_page.py" line="94"/>
        <source>Then %n time(s):</source>
        <translation>
            <numerusform>Następnie %n raz:</numerusform>
            <numerusform>Następnie %n razy:</numerusform>
            <numerusform>Następnie %n razy:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>schema</name>
    <message>
        <location filename="../../microbreak/core/schema.py" line="280"/>
        <source>{part} is not a range like 09:00-17:00</source>
        <translation>{part} nie jest zakresem w formacie 09:00-17:00</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/schema.py" line="288"/>
        <source>{part} is not a time of day</source>
        <translation>{part}: nieprawidłowa godzina</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/schema.py" line="292"/>
        <source>{part} ends before it starts</source>
        <translation>{part}: koniec przed początkiem</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/schema.py" line="298"/>
        <source>the ranges overlap</source>
        <translation>zakresy nakładają się na siebie</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../microbreak/core/schema.py" line="46"/>
        <source>Schedule</source>
        <translation>Harmonogram</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/schema.py" line="47"/>
        <location filename="../../microbreak/core/settings.py" line="212"/>
        <source>Exercises</source>
        <translation>Ćwiczenia</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/schema.py" line="48"/>
        <source>Notifications and sound</source>
        <translation>Powiadomienia i dźwięk</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/schema.py" line="49"/>
        <source>Working hours</source>
        <translation>Godziny pracy</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/schema.py" line="50"/>
        <source>General</source>
        <translation>Ogólne</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="50"/>
        <source>Minutes between breaks</source>
        <translation>Odstęp między przerwami (minuty)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="52"/>
        <source>Minutes of work between breaks. The AAOHN suggests a short break every 30 to 60 minutes; 45 is the middle of that range.</source>
        <translation>Ile minut pracy mija między przerwami. AAOHN zaleca krótką przerwę co 30–60 minut; 45 to środek tego zakresu.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="63"/>
        <source>Heads-up (seconds)</source>
        <translation>Zapowiedź przerwy (sekundy)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="65"/>
        <source>Seconds of warning before a break opens; 0 turns the heads-up off.</source>
        <translation>Ile sekund przed przerwą ma się pojawić zapowiedź; 0 wyłącza zapowiedź.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="74"/>
        <source>Snooze length (minutes)</source>
        <translation>Czas odłożenia (minuty)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="76"/>
        <source>Minutes a snooze postpones a break.</source>
        <translation>O ile minut odkłada się przerwę.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="83"/>
        <source>Snoozes allowed per break</source>
        <translation>Limit odłożeń jednej przerwy</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="85"/>
        <source>How many times one break may be snoozed; 0 means unlimited.</source>
        <translation>Ile razy można odłożyć jedną przerwę; 0 oznacza brak limitu.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="92"/>
        <source>Strict mode (no snooze or skip)</source>
        <translation>Tryb ścisły (bez odkładania i pomijania)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="93"/>
        <source>Strict mode: no snooze or skip, for people who want to be held to it.</source>
        <translation>Tryb ścisły: przerw nie można odkładać ani pomijać. Dla osób, które chcą trzymać się przerw bez wyjątków.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="102"/>
        <source>Away time that counts as a break (minutes)</source>
        <translation>Nieobecność liczona jako przerwa (minuty)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="104"/>
        <source>Away from the keyboard (or asleep, or locked) at least this many minutes counts as a break taken; a shorter absence moves the next break back by as long.</source>
        <translation>Nieobecność przy klawiaturze (także uśpienie komputera lub blokada ekranu) przez co najmniej tyle minut liczy się jako zrobiona przerwa; krótsza nieobecność przesuwa następną przerwę o tyle samo.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="115"/>
        <source>Wait for a pause in typing</source>
        <translation>Czekaj, aż przestaniesz pisać</translation>
    </message>
    <message>
        <source>With an idle source, the break comes at the first pause in typing between earliest_minutes and latest_minutes after the last one, instead of cutting into a sentence at a fixed minute.</source>
        <translation type="vanished">Jeśli dostępne jest źródło informacji o bezczynności, przerwa pojawia się przy pierwszej pauzie w pisaniu między earliest_minutes a latest_minutes od poprzedniej, zamiast przerywać zdanie w ustalonej minucie.</translation>
    </message>
    <message>
        <source>Earliest break at a pause (minutes)</source>
        <translation type="vanished">Najwcześniejsza przerwa przy pauzie (minuty)</translation>
    </message>
    <message>
        <source>Smart timing: minutes of work before a break may come at a pause in typing. At most latest_minutes.</source>
        <translation type="vanished">Czekanie na pauzę w pisaniu: po ilu minutach pracy przerwa może się pojawić przy pauzie. Nie więcej niż latest_minutes.</translation>
    </message>
    <message>
        <source>Latest break (minutes)</source>
        <translation type="vanished">Najpóźniejsza przerwa (minuty)</translation>
    </message>
    <message>
        <source>Smart timing: minutes of work after which a break comes anyway.</source>
        <translation type="vanished">Czekanie na pauzę w pisaniu: po ilu minutach pracy przerwa pojawi się mimo wszystko.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="116"/>
        <source>With an idle source, the break comes at the first pause in typing (10 seconds without input) within a fifth of interval_minutes either side of it, at most 5 minutes, and at the end of that window anyway, instead of cutting into a sentence at a fixed minute.</source>
        <translation>Ze źródłem bezczynności przerwa przychodzi przy pierwszej pauzie w pisaniu (10 sekund bez wprowadzania) w granicach jednej piątej interval_minutes przed lub po, najwyżej 5 minut, a na końcu tego okna tak czy inaczej, zamiast przerywać zdanie o stałej minucie.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="129"/>
        <source>Longest wait while busy (minutes)</source>
        <translation>Najdłuższe odroczenie przerwy (minuty)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="131"/>
        <source>How long a break may wait for a full-screen window, do-not-disturb or a call to end before a gentle notification replaces the window.</source>
        <translation>Jak długo przerwa może czekać na zamknięcie okna pełnoekranowego, wyłączenie trybu „Nie przeszkadzać” lub koniec rozmowy, zanim zamiast okna pojawi się dyskretne powiadomienie.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="171"/>
        <source>Only remind me during working hours</source>
        <translation>Przypominaj tylko w godzinach pracy</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="172"/>
        <source>Remind only within the hours below; outside them no reminders at all. Each day takes ranges like &quot;09:00-12:30, 13:30-17:00&quot;; empty means no reminders that day.</source>
        <translation>Przypomina tylko w podanych niżej godzinach; poza nimi nie ma żadnych przypomnień. Dla każdego dnia podaj zakresy, np. „09:00-12:30, 13:30-17:00”; puste pole oznacza brak przypomnień tego dnia.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="214"/>
        <source>The exercises breaks walk through, in order (the id of each exercise file). The default is the five AAOHN seated exercises.</source>
        <translation>Ćwiczenia, przez które przechodzą przerwy, w kolejności (identyfikator każdego pliku ćwiczenia). Domyślnie jest to pięć ćwiczeń AAOHN na siedząco.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="225"/>
        <source>Exercises per break</source>
        <translation>Liczba ćwiczeń na przerwę</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="227"/>
        <source>How many of them one break takes; the next break goes on where this one stopped.</source>
        <translation>Ile z nich obejmuje jedna przerwa; następna przerwa zaczyna się tam, gdzie skończyła się poprzednia.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="262"/>
        <source>Movement break every (breaks)</source>
        <translation>Przerwa na ruch co (przerw)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="264"/>
        <source>Every this many breaks offered (taken or skipped), the break is a longer one that asks you to stand up and move; 0 turns movement breaks off. Active breaks cut new neck pain in office workers from 44 % to 17 % over six months (Waongenngarm 2021).</source>
        <translation>Co tyle zaproponowanych przerw (zrobionych lub pominiętych) przerwa jest dłuższa i prosi, by wstać i się poruszać; 0 wyłącza przerwy na ruch. Aktywne przerwy zmniejszyły odsetek nowych bólów karku u pracowników biurowych z 44% do 17% w ciągu sześciu miesięcy (Waongenngarm 2021).</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="276"/>
        <source>Movement break length (minutes)</source>
        <translation>Długość przerwy na ruch (minuty)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="278"/>
        <source>About how long a movement break takes: it opens with the first of its exercises and adds the others in turn while they fit.</source>
        <translation>Mniej więcej tyle trwa przerwa na ruch: zaczyna się od pierwszego ćwiczenia i po kolei dodaje pozostałe, dopóki się mieszczą.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="287"/>
        <source>Movement exercises</source>
        <translation>Ćwiczenia ruchowe</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="289"/>
        <source>The exercises movement breaks use (exercise ids): the first opens every movement break, the rest take turns after it. The default is standing up and moving, then the standing stretches.</source>
        <translation>Ćwiczenia używane w przerwach na ruch (identyfikatory ćwiczeń): pierwsze otwiera każdą przerwę na ruch, pozostałe następują po nim na zmianę. Domyślnie: wstań i się poruszaj, potem rozciąganie na stojąco.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="311"/>
        <source>Eye breaks (20-20-20)</source>
        <translation>Przerwy dla oczu (20-20-20)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="312"/>
        <source>Short eye breaks with a rhythm of their own: every 20 minutes of work, look at something far away for 20 seconds (the 20-20-20 rule; both can be changed). One that would come shortly before a break is left to that break.</source>
        <translation>Krótkie przerwy dla oczu we własnym rytmie: co 20 minut pracy przez 20 sekund patrz na coś daleko (zasada 20-20-20; obie wartości można zmienić). Taka, która wypadłaby tuż przed przerwą, zostaje połączona z tą przerwą.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="324"/>
        <source>Eye break every (minutes)</source>
        <translation>Przerwa dla oczu co (minuty)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="326"/>
        <source>Minutes of work from one eye break to the next; any break, or time away, starts them again.</source>
        <translation>Minuty pracy od jednej przerwy dla oczu do następnej; każda przerwa lub czas nieobecności liczy je od nowa.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="337"/>
        <source>Eye break length (seconds)</source>
        <translation>Długość przerwy dla oczu (sekundy)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="339"/>
        <source>About how long an eye break takes: the next of its exercises in turn, and more while they fit.</source>
        <translation>Mniej więcej, ile trwa przerwa dla oczu: kolejne z jej ćwiczeń po kolei i następne, dopóki się mieszczą.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="348"/>
        <source>Eye exercises</source>
        <translation>Ćwiczenia dla oczu</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="350"/>
        <source>The exercises eye breaks take in turn (exercise ids). The default is looking far away, then palming.</source>
        <translation>Ćwiczenia, które przerwy dla oczu biorą po kolei (identyfikatory ćwiczeń). Domyślnie: patrzenie w dal, potem palming.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="370"/>
        <source>Firmer reminders after breaks put off</source>
        <translation>Bardziej stanowcze przypomnienia po odłożonych przerwach</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="371"/>
        <source>After 2 breaks skipped or snoozed in a row the next reminder is a little firmer (a window instead of a notification, fewer snoozes, a sentence saying why), after 4 firmer still; each break taken calms it down one step.</source>
        <translation>Po 2 pominiętych lub odłożonych z rzędu przerwach następne przypomnienie jest nieco bardziej stanowcze (okno zamiast powiadomienia, mniej odłożeń, zdanie z powodem), po 4 jeszcze bardziej; każda odbyta przerwa łagodzi je o jeden stopień.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="383"/>
        <source>Skips allowed per day</source>
        <translation>Dozwolone pominięcia dziennie</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="385"/>
        <source>How many breaks may be skipped in a day; after that, until midnight, a break can be snoozed or taken but not skipped. 0 means no limit.</source>
        <translation>Ile przerw można pominąć w ciągu dnia; potem, do północy, przerwę można odłożyć lub odbyć, ale nie pominąć. 0 oznacza brak limitu.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="394"/>
        <source>A snoozed break comes back a little longer</source>
        <translation>Odłożona przerwa wraca nieco dłuższa</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="395"/>
        <source>A snoozed break comes back with one more exercise for each snooze, two at most.</source>
        <translation>Odłożona przerwa wraca z jednym ćwiczeniem więcej za każde odłożenie, najwyżej dwoma.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="413"/>
        <source>Daily limit (hours at the computer)</source>
        <translation>Dzienny limit (godziny przy komputerze)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="415"/>
        <source>After this many hours at the computer in a day, one calm notice suggests calling it a day; 0 turns it off. Time away, asleep, locked, paused, on a break or outside working hours does not count; the count starts afresh at midnight.</source>
        <translation>Po tylu godzinach przy komputerze w ciągu dnia spokojne powiadomienie zaproponuje, by skończyć na dziś; 0 je wyłącza. Nie liczy się czas nieobecności, uśpienia, blokady ekranu, wstrzymania, przerwy ani poza godzinami pracy; licznik zaczyna od nowa o północy.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="433"/>
        <source>Notify before a break</source>
        <translation>Powiadamiaj przed przerwą</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="434"/>
        <source>Show a desktop notification before a break (the heads-up time is in [schedule]).</source>
        <translation>Pokazuj powiadomienie na pulpicie przed przerwą (czas zapowiedzi ustawia się w [schedule]).</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="450"/>
        <source>Wait while a window is full screen</source>
        <translation>Czekaj, gdy okno jest na pełnym ekranie</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="451"/>
        <source>Hold a break while a window is full screen (a film, a presentation).</source>
        <translation>Opóźniaj przerwę, gdy jakieś okno jest na pełnym ekranie (film, prezentacja).</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="458"/>
        <source>Respect the desktop&apos;s do-not-disturb</source>
        <translation>Uwzględniaj tryb „Nie przeszkadzać”</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="459"/>
        <source>Hold a break while the desktop&apos;s do-not-disturb is on.</source>
        <translation>Opóźniaj przerwę, gdy na pulpicie włączony jest tryb „Nie przeszkadzać”.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="464"/>
        <source>Wait while I am in a call</source>
        <translation>Czekaj podczas rozmowy</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="465"/>
        <source>Hold a break while the camera or microphone is in use.</source>
        <translation>Opóźniaj przerwę, gdy używana jest kamera lub mikrofon.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="472"/>
        <source>Count watching a video or a presentation as activity</source>
        <translation>Oglądanie filmu lub prezentacji liczy się jako aktywność</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="473"/>
        <source>While a video or a presentation keeps the screen awake (it asks the desktop not to blank the screen), you count as at the computer even without typing: the time is not taken for a break. Where the desktop tells (GNOME, KDE Plasma).</source>
        <translation>Dopóki film lub prezentacja nie pozwala wygasić ekranu (prosi pulpit, by go nie wyłączał), liczysz się jako obecny przy komputerze nawet bez pisania: ten czas nie jest liczony jako przerwa. Tam, gdzie pulpit to zgłasza (GNOME, KDE Plasma).</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="491"/>
        <source>Chimes</source>
        <translation>Sygnały dźwiękowe</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="492"/>
        <source>A soft chime when a break starts and a different one when it ends.</source>
        <translation>Cichy sygnał na początek przerwy i inny na jej koniec.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="501"/>
        <source>Volume (%)</source>
        <translation>Głośność (%)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="503"/>
        <source>Volume in percent.</source>
        <translation>Głośność w procentach.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="508"/>
        <source>Tick at every repetition</source>
        <translation>Tyknięcie przy każdym powtórzeniu</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="509"/>
        <source>A quiet tick at the start of every repetition.</source>
        <translation>Ciche tyknięcie na początku każdego powtórzenia.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="522"/>
        <source>Read the steps aloud</source>
        <translation>Czytaj kroki na głos</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="523"/>
        <source>Read each step aloud and count the holds, so you can follow with your eyes closed. Needs a speech engine (on Linux: speech-dispatcher).</source>
        <translation>Odczytuje na głos każdy krok i odlicza przytrzymania, dzięki czemu możesz ćwiczyć z zamkniętymi oczami. Wymaga syntezatora mowy (w Linuksie: speech-dispatcher).</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="540"/>
        <source>Still pictures (reduced motion)</source>
        <translation>Nieruchome ilustracje (ograniczenie ruchu)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="541"/>
        <source>Still pictures only: no blending between the poses of an exercise.</source>
        <translation>Tylko nieruchome ilustracje: bez płynnego przechodzenia między pozycjami ćwiczenia.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="560"/>
        <source>Breaks a day</source>
        <translation>Cel dzienny (przerwy)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="562"/>
        <source>Breaks a day you aim for. The statistics window counts a streak of days that reach it.</source>
        <translation>Ile przerw dziennie chcesz robić. Okno statystyk liczy serię kolejnych dni, w których udało się to osiągnąć.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="581"/>
        <source>Days of history</source>
        <translation>Przechowywanie historii (dni)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="583"/>
        <source>Days of break history to keep; 0 keeps it forever.</source>
        <translation>Przez ile dni przechowywać historię przerw; 0 oznacza przechowywanie bezterminowe.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="596"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="598"/>
        <source>The language of microbreak&apos;s windows, messages and exercise steps. Empty follows the system; or a language code like &quot;de&quot; or &quot;pt_BR&quot;. MICROBREAK_LANG, where set, wins over this.</source>
        <translation>Język okien, komunikatów i kroków ćwiczeń microbreak. Puste pole oznacza język systemu; można też podać kod języka, np. „de” lub „pt_BR”. Zmienna MICROBREAK_LANG, jeśli jest ustawiona, ma pierwszeństwo.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="616"/>
        <source>Start microbreak when I log in</source>
        <translation>Uruchamiaj microbreak po zalogowaniu</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="617"/>
        <source>Start microbreak when you log in (an autostart entry for your system).</source>
        <translation>Uruchamia microbreak po zalogowaniu (wpis autostartu w systemie).</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="48"/>
        <source>All exercises</source>
        <translation>Wszystkie ćwiczenia</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="49"/>
        <source>Seated</source>
        <translation>Na siedząco</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="50"/>
        <source>Standing</source>
        <translation>Na stojąco</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="51"/>
        <source>Needs nothing</source>
        <translation>Bez przyborów</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="52"/>
        <source>Needs a wall</source>
        <translation>Przy ścianie</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="53"/>
        <source>Needs a doorway</source>
        <translation>W drzwiach</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="54"/>
        <source>Needs a strap</source>
        <translation>Z taśmą</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="31"/>
        <source>Movement breaks</source>
        <translation>Przerwy na ruch</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="32"/>
        <source>Eye breaks</source>
        <translation>Przerwy dla oczu</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="33"/>
        <source>Breaks put off</source>
        <translation>Odkładane przerwy</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="34"/>
        <source>Daily limit</source>
        <translation>Dzienny limit</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="35"/>
        <source>Notifications</source>
        <translation>Powiadomienia</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="36"/>
        <source>When you are busy</source>
        <translation>Gdy nie można przeszkadzać</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="37"/>
        <source>Sound</source>
        <translation>Dźwięk</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="38"/>
        <source>Spoken guidance</source>
        <translation>Wskazówki głosowe</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="39"/>
        <source>Accessibility</source>
        <translation>Dostępność</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="40"/>
        <source>Statistics</source>
        <translation>Statystyki</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="41"/>
        <source>Language and login</source>
        <translation>Język i logowanie</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="48"/>
        <source>Let a break come at a short pause in your typing near its time, instead of cutting into a sentence. Where microbreak cannot tell when you type, breaks keep to the minutes between breaks.</source>
        <translation>Przerwa przychodzi przy krótkiej przerwie w pisaniu w pobliżu swojej pory, zamiast przerywać zdanie. Tam, gdzie microbreak nie wie, kiedy piszesz, przerwy trzymają się minut między przerwami.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="64"/>
        <source>One calm notice after this many hours at the computer in a day; time away and breaks do not count.</source>
        <translation>Jedno spokojne powiadomienie po tylu godzinach przy komputerze w ciągu dnia; nieobecność i przerwy się nie liczą.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="81"/>
        <source>No limit</source>
        <translation>Bez limitu</translation>
    </message>
    <message>
        <source>Let a break wait for a short pause in your typing instead of cutting into a sentence. Where microbreak cannot tell when you type, breaks keep to the minutes between breaks.</source>
        <translation type="vanished">Przerwa czeka na krótką przerwę w pisaniu, zamiast przerywać zdanie. Tam, gdzie microbreak nie wie, kiedy piszesz, przerwy trzymają się minut między przerwami.</translation>
    </message>
    <message>
        <source>The soonest a break may come at a pause in your typing, in minutes of work since the last break.</source>
        <translation type="vanished">Najwcześniej, po ilu minutach pracy od ostatniej przerwy, przerwa może przyjść przy przerwie w pisaniu.</translation>
    </message>
    <message>
        <source>After this many minutes of work a break comes anyway, pause or not.</source>
        <translation type="vanished">Po tylu minutach pracy przerwa przychodzi i tak, czy jest przerwa w pisaniu, czy nie.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="54"/>
        <source>The language of microbreak&apos;s windows, messages and exercise steps. System default follows your computer&apos;s language.</source>
        <translation>Język okien, komunikatów i kroków ćwiczeń microbreak. „Domyślny systemu” to język Twojego komputera.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="69"/>
        <source>Watching a video or a presentation counts as being at the computer, not as a break.</source>
        <translation>Oglądanie filmu lub prezentacji liczy się jako bycie przy komputerze, nie jako przerwa.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="77"/>
        <location filename="../../microbreak/ui/settings_form.py" line="80"/>
        <location filename="../../microbreak/ui/settings_form.py" line="82"/>
        <source>Off</source>
        <translation>Wyłączona</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="78"/>
        <source>Unlimited</source>
        <translation>Bez limitu</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="79"/>
        <source>Forever</source>
        <translation>Bezterminowo</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="59"/>
        <source>Choose at least one exercise: a break needs something to do.</source>
        <translation>Wybierz co najmniej jedno ćwiczenie – bez niego przerwa będzie pusta.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="123"/>
        <source>Working hours on {day}.</source>
        <translation>Godziny pracy: {day}.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="131"/>
        <source>({low} to {high})</source>
        <translation>(od {low} do {high})</translation>
    </message>
</context>
<context>
    <name>stats</name>
    <message numerus="yes">
        <location filename="../../microbreak/core/stats.py" line="356"/>
        <source>{taken} of %n break(s) taken</source>
        <translation>
            <numerusform>zrobiono {taken} z %n przerwy</numerusform>
            <numerusform>zrobiono {taken} z %n przerw</numerusform>
            <numerusform>zrobiono {taken} z %n przerw</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/stats.py" line="360"/>
        <source>%n natural break(s)</source>
        <translation>
            <numerusform>%n naturalna przerwa</numerusform>
            <numerusform>%n naturalne przerwy</numerusform>
            <numerusform>%n naturalnych przerw</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} min of exercise</source>
        <translation type="vanished">{n} min ćwiczeń</translation>
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
            <numerusform>w tym %n przerwa na ruch</numerusform>
            <numerusform>w tym %n przerwy na ruch</numerusform>
            <numerusform>w tym %n przerw na ruch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/stats.py" line="362"/>
        <source>%n eye break(s)</source>
        <translation>
            <numerusform>%n przerwa dla oczu</numerusform>
            <numerusform>%n przerwy dla oczu</numerusform>
            <numerusform>%n przerw dla oczu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="363"/>
        <source>{time} of exercise</source>
        <translation>{time} ćwiczeń</translation>
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
            <numerusform>Cel dzienny osiągnięty: %n przerwa. Dobra robota!</numerusform>
            <numerusform>Cel dzienny osiągnięty: %n przerwy. Dobra robota!</numerusform>
            <numerusform>Cel dzienny osiągnięty: %n przerw. Dobra robota!</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/stats.py" line="373"/>
        <source>Your goal: %n break(s) a day.</source>
        <translation>
            <numerusform>Twój cel: %n przerwa dziennie.</numerusform>
            <numerusform>Twój cel: %n przerwy dziennie.</numerusform>
            <numerusform>Twój cel: %n przerw dziennie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/stats.py" line="374"/>
        <source>Your goal: %n break(s) a day, {left} to go.</source>
        <translation>
            <numerusform>Twój cel: %n przerwa dziennie; brakuje jeszcze {left}.</numerusform>
            <numerusform>Twój cel: %n przerwy dziennie; brakuje jeszcze {left}.</numerusform>
            <numerusform>Twój cel: %n przerw dziennie; brakuje jeszcze {left}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="381"/>
        <source>Reach your goal today to start a streak.</source>
        <translation>Osiągnij dziś swój cel, aby zacząć serię.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/stats.py" line="382"/>
        <source>%n day(s) in a row at your goal.</source>
        <translation>
            <numerusform>%n dzień z rzędu z osiągniętym celem.</numerusform>
            <numerusform>%n dni z rzędu z osiągniętym celem.</numerusform>
            <numerusform>%n dni z rzędu z osiągniętym celem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/stats.py" line="386"/>
        <source>Last %n day(s): {taken}</source>
        <translation>
            <numerusform>Ostatni %n dzień: {taken}</numerusform>
            <numerusform>Ostatnie %n dni: {taken}</numerusform>
            <numerusform>Ostatnie %n dni: {taken}</numerusform>
        </translation>
    </message>
</context>
</TS>
