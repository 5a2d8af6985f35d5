<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
    <context>
        <name>ActionsMenu</name>
        <message numerus="yes">
            <location filename="../../microbreak/ui/intents.py" line="58" />
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BreakWindow</name>
        <message numerus="yes">
            <location filename="../../microbreak/ui/break_window.py" line="192" />
            <source>Close this break and bring it back in %n minute(s)</source>
            <translation>
                <numerusform>Close this break and bring it back in %n minute</numerusform>
                <numerusform>Close this break and bring it back in %n minutes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CountdownRing</name>
        <message numerus="yes">
            <location filename="../../microbreak/ui/countdown_ring.py" line="57" />
            <source>%n second(s) left</source>
            <translation>
                <numerusform>%n second left</numerusform>
                <numerusform>%n seconds left</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DayBarsChart</name>
        <message numerus="yes">
            <location filename="../../microbreak/ui/day_bars.py" line="90" />
            <source>Breaks per day, last %n day(s)</source>
            <translation>
                <numerusform>Breaks per day, last %n day</numerusform>
                <numerusform>Breaks per day, last %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microbreak/ui/day_bars.py" line="148" />
            <source>{taken} of %n break(s) taken</source>
            <translation>
                <numerusform>{taken} of %n break taken</numerusform>
                <numerusform>{taken} of %n breaks taken</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microbreak/ui/day_bars.py" line="155" />
            <source>(of those taken, %n partly done)</source>
            <translation>
                <numerusform>(of those taken, %n partly done)</numerusform>
                <numerusform>(of those taken, %n partly done)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microbreak/ui/day_bars.py" line="160" />
            <source>%n put off (paused, busy or app closed), not counted</source>
            <translation>
                <numerusform>%n put off (paused, busy or app closed), not counted</numerusform>
                <numerusform>%n put off (paused, busy or app closed), not counted</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExercisesPage</name>
        <message numerus="yes">
            <location filename="../../microbreak/ui/exercises_page.py" line="363" />
            <source>A break takes about {length} ({count} of the %n chosen exercise(s); the next break goes on where the last one stopped).</source>
            <translation>
                <numerusform>A break takes about {length} ({count} of the %n chosen exercise; the next break goes on where the last one stopped).</numerusform>
                <numerusform>A break takes about {length} ({count} of the %n chosen exercises; the next break goes on where the last one stopped).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MicrobreakApp</name>
        <message numerus="yes">
            <location filename="../../microbreak/app/controller.py" line="155" />
            <source>(and %n more in the log)</source>
            <translation>
                <numerusform>(and %n more in the log)</numerusform>
                <numerusform>(and %n more in the log)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StatsWindow</name>
        <message numerus="yes">
            <location filename="../../microbreak/ui/stats_window.py" line="161" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microbreak/ui/stats_window.py" line="277" />
            <source>Exercises, last %n day(s)</source>
            <translation>
                <numerusform>Exercises, last %n day</numerusform>
                <numerusform>Exercises, last %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microbreak/ui/stats_window.py" line="330" />
            <source>Saved %n break(s) to {path}.</source>
            <translation>
                <numerusform>Saved %n break to {path}.</numerusform>
                <numerusform>Saved %n breaks to {path}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microbreak/ui/stats_window.py" line="337" />
            <source>Delete all %n break(s) recorded?</source>
            <translation>
                <numerusform>Delete all %n break recorded?</numerusform>
                <numerusform>Delete all %n breaks recorded?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microbreak/ui/stats_window.py" line="342" />
            <source>Delete all %n break(s) recorded since {date}?</source>
            <translation>
                <numerusform>Delete all %n break recorded since {date}?</numerusform>
                <numerusform>Delete all %n breaks recorded since {date}?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message numerus="yes">
            <location filename="../../microbreak/ui/break_summary.py" line="128" />
            <source>Today: %n break(s) taken, your daily goal reached</source>
            <translation>
                <numerusform>Today: %n break taken, your daily goal reached</numerusform>
                <numerusform>Today: %n breaks taken, your daily goal reached</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microbreak/ui/break_summary.py" line="130" />
            <source>Today: {taken} of %n break(s) taken</source>
            <translation>
                <numerusform>Today: {taken} of %n break taken</numerusform>
                <numerusform>Today: {taken} of %n breaks taken</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microbreak/ui/break_summary.py" line="134" />
            <source>%n-day streak</source>
            <translation>
                <numerusform>%n-day streak</numerusform>
                <numerusform>%n-day streak</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>describe</name>
        <message numerus="yes">
            <location filename="../../microbreak/core/describe.py" line="134" />
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n second</numerusform>
                <numerusform>%n seconds</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microbreak/core/describe.py" line="136" />
            <source>%n minute(s)</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microbreak/core/describe.py" line="137" />
            <source>%n hour(s)</source>
            <translation>
                <numerusform>%n hour</numerusform>
                <numerusform>%n hours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microbreak/core/describe.py" line="196" />
            <source>You skipped the last %n break(s), so this one is a little firmer.</source>
            <translation>
                <numerusform>You skipped the last %n break, so this one is a little firmer.</numerusform>
                <numerusform>You skipped the last %n breaks, so this one is a little firmer.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microbreak/core/describe.py" line="199" />
            <source>You put off breaks %n time(s) in a row, so this one is a little firmer.</source>
            <translation>
                <numerusform>You put off breaks %n time in a row, so this one is a little firmer.</numerusform>
                <numerusform>You put off breaks %n times in a row, so this one is a little firmer.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>engine</name>
        <message numerus="yes">
            <location filename="../../microbreak/core/presence.py" line="185" />
            <source>You have been busy for %n minute(s) past your break. When you have a moment, roll your shoulders and stand up.</source>
            <translation>
                <numerusform>You have been busy for %n minute past your break. When you have a moment, roll your shoulders and stand up.</numerusform>
                <numerusform>You have been busy for %n minutes past your break. When you have a moment, roll your shoulders and stand up.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microbreak/core/budget_watch.py" line="86" />
            <source>You have been at the computer for %n hour(s) today. Time to call it a day when you can.</source>
            <translation>
                <numerusform>You have been at the computer for %n hour today. Time to call it a day when you can.</numerusform>
                <numerusform>You have been at the computer for %n hours today. Time to call it a day when you can.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>preview</name>
        <message numerus="yes">
            <location filename="../../microbreak/ui/exercises_page.py" line="92" />
            <source>Then %n time(s) on each side:</source>
            <translation>
                <numerusform>Then %n time on each side:</numerusform>
                <numerusform>Then %n times on each side:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microbreak/ui/exercises_page.py" line="94" />
            <source>Then %n time(s):</source>
            <translation>
                <numerusform>Then %n time:</numerusform>
                <numerusform>Then %n times:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>stats</name>
        <message numerus="yes">
            <location filename="../../microbreak/core/stats.py" line="356" />
            <source>{taken} of %n break(s) taken</source>
            <translation>
                <numerusform>{taken} of %n break taken</numerusform>
                <numerusform>{taken} of %n breaks taken</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microbreak/core/stats.py" line="358" />
            <source>of which %n movement break(s)</source>
            <translation>
                <numerusform>of which %n movement break</numerusform>
                <numerusform>of which %n movement breaks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microbreak/core/stats.py" line="360" />
            <source>%n natural break(s)</source>
            <translation>
                <numerusform>%n natural break</numerusform>
                <numerusform>%n natural breaks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microbreak/core/stats.py" line="362" />
            <source>%n eye break(s)</source>
            <translation>
                <numerusform>%n eye break</numerusform>
                <numerusform>%n eye breaks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microbreak/core/stats.py" line="371" />
            <source>Daily goal of %n break(s) reached. Well done!</source>
            <translation>
                <numerusform>Daily goal of %n break reached. Well done!</numerusform>
                <numerusform>Daily goal of %n breaks reached. Well done!</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microbreak/core/stats.py" line="373" />
            <source>Your goal: %n break(s) a day.</source>
            <translation>
                <numerusform>Your goal: %n break a day.</numerusform>
                <numerusform>Your goal: %n breaks a day.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microbreak/core/stats.py" line="374" />
            <source>Your goal: %n break(s) a day, {left} to go.</source>
            <translation>
                <numerusform>Your goal: %n break a day, {left} to go.</numerusform>
                <numerusform>Your goal: %n breaks a day, {left} to go.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microbreak/core/stats.py" line="382" />
            <source>%n day(s) in a row at your goal.</source>
            <translation>
                <numerusform>%n day in a row at your goal.</numerusform>
                <numerusform>%n days in a row at your goal.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../microbreak/core/stats.py" line="386" />
            <source>Last %n day(s): {taken}</source>
            <translation>
                <numerusform>Last %n day: {taken}</numerusform>
                <numerusform>Last %n days: {taken}</numerusform>
            </translation>
        </message>
    </context>
</TS>