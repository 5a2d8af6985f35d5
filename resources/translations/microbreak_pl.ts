<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>About</name>
    <message>
        <location filename="../../microbreak/ui/about.py" line="30"/>
        <source>Before your first break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="32"/>
        <source>microbreak reminds you to pause your work every so often and walks you through gentle stretches for your back, shoulders and neck. It is a nudge to move, not a treatment and not medical advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="38"/>
        <source>If you have a back or neck condition, or a recent injury, ask a doctor or physical therapist before you start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="43"/>
        <source>Move slowly and never into pain. If an exercise hurts, stop it and go on to the next one (or skip the break). If pain keeps coming back, gets worse or lasts more than a few days, see a doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="52"/>
        <source>The American Association of Occupational Health Nurses (AAOHN) recommends what it calls a &lt;i&gt;wellness microbreak&lt;/i&gt;: every 30 to 60 minutes, stop your work for a moment and do one or more short exercises right at your desk. You stay in your chair and in your work clothes; no equipment is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="59"/>
        <source>Most upper-back pain comes from strained muscles (from holding one posture or repeating one movement for hours) rather than from a problem with the discs of the spine. Gentle, regular exercise strengthens the small muscles around the upper spine and eases its ligaments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="66"/>
        <source>microbreak waits 45 minutes between breaks by default, the middle of that range, and keeps each break to a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="72"/>
        <source>microbreak sends nothing anywhere: your settings and history stay on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="78"/>
        <source>seated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="79"/>
        <source>standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="82"/>
        <source>wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="83"/>
        <source>doorway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="84"/>
        <source>strap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="197"/>
        <source>{posture}, needs a {equipment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="202"/>
        <source>Each break walks you through a few of these, with a picture of every pose, a countdown for each hold and a repetition counter. The default routine rotates through the five seated AAOHN desk exercises:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="210"/>
        <source>The library also has these:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutWindow</name>
    <message>
        <location filename="../../microbreak/ui/about.py" line="147"/>
        <location filename="../../microbreak/ui/about.py" line="173"/>
        <source>About microbreak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="153"/>
        <source>A small break reminder for people who work sitting at a desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="155"/>
        <source>Why a short break every 30 to 60 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="158"/>
        <source>The exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="161"/>
        <source>Take care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="163"/>
        <source>Read the health notice again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="174"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsMenu</name>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="21"/>
        <source>30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="22"/>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="23"/>
        <source>2 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="24"/>
        <source>Until tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="25"/>
        <source>Until I resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="51"/>
        <source>Take a break now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="53"/>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="55"/>
        <source>{n} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="57"/>
        <source>Skip next break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="59"/>
        <source>Pause reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="63"/>
        <source>Resume reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="66"/>
        <source>Statistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="68"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="70"/>
        <source>About microbreak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="72"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreakWindow</name>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="66"/>
        <source>Read each step aloud and count the holds, so you can close your eyes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="70"/>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="71"/>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="72"/>
        <source>Relax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="86"/>
        <source>left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="87"/>
        <source>right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="92"/>
        <source>Get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="94"/>
        <source>Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="96"/>
        <source>Rep {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="101"/>
        <source>{where}, {side}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="161"/>
        <source>Time for a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="192"/>
        <source>Progress through this break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="243"/>
        <location filename="../../microbreak/ui/break_window.py" line="544"/>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="243"/>
        <source>Pause or resume the countdown (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="235"/>
        <source>Right arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="235"/>
        <source>Left arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="239"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="239"/>
        <source>Previous exercise ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="246"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="246"/>
        <source>Next exercise ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="253"/>
        <source>&amp;Snooze {n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="254"/>
        <source>Close this break and bring it back in {n} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="256"/>
        <source>S&amp;kip break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="256"/>
        <source>End this break now (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="259"/>
        <source>Read &amp;aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="269"/>
        <source>Skip this break?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="270"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="270"/>
        <source>Yes, end this break (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="272"/>
        <source>Keep going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="272"/>
        <source>Go on with the break (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="327"/>
        <location filename="../../microbreak/ui/break_window.py" line="487"/>
        <source>Well done!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="340"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="340"/>
        <source>Close this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="383"/>
        <source>Next break at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="484"/>
        <source>{first} and {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="485"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="488"/>
        <source>You did {exercises} in {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="492"/>
        <source>Break ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="493"/>
        <source>Every bit of movement helps. Try a whole routine next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="516"/>
        <source>Exercise {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="538"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="544"/>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="599"/>
        <source>Read aloud: no voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="600"/>
        <source>Spoken guidance is not available. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <location filename="../../microbreak/ui/countdown_ring.py" line="40"/>
        <source>{n} seconds left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayBarsChart</name>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="51"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="53"/>
        <source>Snoozed, then taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="57"/>
        <source>Natural break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="58"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="88"/>
        <source>Breaks per day, last {n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="90"/>
        <source>{taken} taken of {offered} offered, {total} in all; goal {goal} a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="145"/>
        <source>dddd d MMMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="146"/>
        <source>{n} of {total} breaks taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="148"/>
        <source>{series}: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="153"/>
        <source>(of those taken, {n} partly done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="154"/>
        <source>{n} min of exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="250"/>
        <source>goal {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="261"/>
        <location filename="../../microbreak/ui/day_bars.py" line="266"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="263"/>
        <source>ddd
d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="268"/>
        <source>d MMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="305"/>
        <source>Daily goal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeadsUpToast</name>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="20"/>
        <source>Time to stretch soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="47"/>
        <source>Start now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="48"/>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="49"/>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthNotice</name>
    <message>
        <location filename="../../microbreak/ui/about.py" line="120"/>
        <source>microbreak: before your first break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="125"/>
        <source>I understand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="62"/>
        <source>Export break history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="64"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="115"/>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="137"/>
        <location filename="../../microbreak/ui/stats_window.py" line="265"/>
        <source>breaks taken today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="138"/>
        <location filename="../../microbreak/ui/stats_window.py" line="268"/>
        <source>of exercise today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="139"/>
        <source>days in a row at your goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="161"/>
        <source>{n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="174"/>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="175"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="176"/>
        <source>Partly done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="177"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="178"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="181"/>
        <source>How each exercise went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="196"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="198"/>
        <source>Clear history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="200"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="218"/>
        <source>Delete history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="220"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="264"/>
        <source>{n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="268"/>
        <source>{n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="271"/>
        <source>day in a row at {goal} a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="273"/>
        <source>days in a row at {goal} a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="275"/>
        <source>Today: {taken}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="279"/>
        <source>Exercises, last {n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="328"/>
        <source>Could not save {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="332"/>
        <source>Saved {n} breaks to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="339"/>
        <source>Delete all {n} breaks recorded?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="342"/>
        <source>d MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="344"/>
        <source>Delete all {n} breaks recorded since {date}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="350"/>
        <source>This cannot be undone. Export a CSV first if you want to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="364"/>
        <source>Your break history was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="144"/>
        <source>Take a break now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="145"/>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="146"/>
        <source>Skip next break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="147"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="148"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="149"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="150"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="151"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="152"/>
        <source>Statistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="186"/>
        <source>at {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>describe</name>
    <message>
        <location filename="../../microbreak/core/describe.py" line="14"/>
        <source>paused by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="15"/>
        <source>you are away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="16"/>
        <source>the computer is asleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="17"/>
        <source>the screen is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="18"/>
        <source>do not disturb is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="19"/>
        <source>a full-screen window is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="20"/>
        <source>you are in a call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="21"/>
        <source>outside your working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="26"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="65"/>
        <location filename="../../microbreak/core/describe.py" line="82"/>
        <source>{n} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="68"/>
        <location filename="../../microbreak/core/describe.py" line="87"/>
        <source>{n} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="71"/>
        <location filename="../../microbreak/core/describe.py" line="90"/>
        <source>{h} h {m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="72"/>
        <location filename="../../microbreak/core/describe.py" line="91"/>
        <source>{n} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="86"/>
        <source>{m} min {s} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="98"/>
        <source>1 second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="98"/>
        <source>{n} seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="99"/>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="99"/>
        <source>{n} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="100"/>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="100"/>
        <source>{n} hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="116"/>
        <source>{hours} {minutes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="123"/>
        <source>Microbreak in {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="140"/>
        <source>On a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="143"/>
        <source>Break waiting: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="148"/>
        <source>Paused until {day} {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="151"/>
        <source>Paused until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="153"/>
        <source>Paused until you resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="154"/>
        <source>Paused: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="161"/>
        <source>Break in {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="163"/>
        <source>Snoozed: break in {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="168"/>
        <source>Next break in {soonest} to {latest}, at a pause in your typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="171"/>
        <source>Break at your next pause (by {time})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="174"/>
        <source>Next break in {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="182"/>
        <source>(at {time})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guidance</name>
    <message>
        <location filename="../../microbreak/core/guidance.py" line="72"/>
        <source>Well done. That is the end of this break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/core/guidance.py" line="73"/>
        <source>Paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/core/guidance.py" line="108"/>
        <source>{n} of {total}. {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/core/guidance.py" line="124"/>
        <source>{exercise}. {step}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>stats</name>
    <message>
        <location filename="../../microbreak/core/stats.py" line="299"/>
        <source>1 break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="299"/>
        <source>{n} breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="303"/>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="303"/>
        <source>{n} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="309"/>
        <source>{n} of {breaks} taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="315"/>
        <source>1 natural break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="316"/>
        <source>{n} natural breaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="319"/>
        <source>{n} min of exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="320"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="327"/>
        <source>Daily goal of {goal} reached. Well done!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="329"/>
        <source>Your goal: {goal} a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="330"/>
        <source>Your goal: {goal} a day, {left} to go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="337"/>
        <source>Reach your goal today to start a streak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="338"/>
        <source>{days} in a row at your goal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="342"/>
        <source>Last {days}: {taken}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
