<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>About</name>
    <message>
        <location filename="../../microbreak/ui/about.py" line="31"/>
        <source>Before your first break</source>
        <translation>قبل استراحتك الأولى</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="33"/>
        <source>microbreak reminds you to pause your work every so often and walks you through gentle stretches for your back, shoulders and neck. It is a nudge to move, not a treatment and not medical advice.</source>
        <translation>يذكّرك microbreak بالتوقف عن العمل بين حين وآخر، ويرشدك خلال تمارين تمدد لطيفة للظهر والكتفين والرقبة. إنه دعوة إلى الحركة، وليس علاجًا ولا نصيحة طبية.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="39"/>
        <source>If you have a back or neck condition, or a recent injury, ask a doctor or physical therapist before you start.</source>
        <translation>إن كنت تعاني من مشكلة في الظهر أو الرقبة، أو من إصابة حديثة، فاستشر طبيبًا أو أخصائي علاج طبيعي قبل أن تبدأ.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="44"/>
        <source>Move slowly and never into pain. If an exercise hurts, stop it and go on to the next one (or skip the break). If pain keeps coming back, gets worse or lasts more than a few days, see a doctor.</source>
        <translation>تحرّك ببطء ولا تصل أبدًا إلى حد الألم. إن آلمك تمرين فأوقفه وانتقل إلى التالي (أو تخطَّ الاستراحة). وإن عاد الألم مرارًا أو ازداد أو استمر أكثر من بضعة أيام، فراجع طبيبًا.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="53"/>
        <source>The American Association of Occupational Health Nurses (AAOHN) recommends what it calls a &lt;i&gt;wellness microbreak&lt;/i&gt;: every 30 to 60 minutes, stop your work for a moment and do one or more short exercises right at your desk. You stay in your chair and in your work clothes; no equipment is needed.</source>
        <translation>توصي الجمعية الأمريكية لممرضي الصحة المهنية (AAOHN) بما تسميه &lt;i&gt;الاستراحة الصحية القصيرة&lt;/i&gt;: كل 30 إلى 60 دقيقة، توقف عن عملك لحظة وأدِّ تمرينًا قصيرًا أو أكثر وأنت على مكتبك. تبقى على كرسيك وبملابس عملك، ولا تحتاج إلى أي أدوات.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="60"/>
        <source>Most upper-back pain comes from strained muscles (from holding one posture or repeating one movement for hours) rather than from a problem with the discs of the spine. Gentle, regular exercise strengthens the small muscles around the upper spine and eases its ligaments.</source>
        <translation>معظم آلام أعلى الظهر سببها إجهاد العضلات (من البقاء في وضعية واحدة أو تكرار حركة واحدة لساعات)، لا مشكلة في أقراص العمود الفقري. والتمارين اللطيفة المنتظمة تقوّي العضلات الصغيرة حول أعلى العمود الفقري وتريح أربطته.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="67"/>
        <source>microbreak waits 45 minutes between breaks by default, the middle of that range, and keeps each break to a few minutes.</source>
        <translation>ينتظر microbreak افتراضيًا 45 دقيقة بين الاستراحات، وهي منتصف هذا المدى، ويجعل كل استراحة لا تتجاوز بضع دقائق.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="73"/>
        <source>microbreak sends nothing anywhere: your settings and history stay on this computer.</source>
        <translation>لا يرسل microbreak أي شيء إلى أي مكان: إعداداتك وسجلّك يبقيان على هذا الحاسوب.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="190"/>
        <source>Each break walks you through a few of these, with a picture of every pose, a countdown for each hold and a repetition counter. The default routine rotates through the five seated AAOHN desk exercises:</source>
        <translation>ترشدك كل استراحة خلال بعض هذه التمارين، مع صورة لكل وضعية، وعدّ تنازلي لكل ثبات، وعدّاد للتكرارات. والبرنامج الافتراضي يتناوب بين تمارين AAOHN الخمسة التي تؤدّى جلوسًا على المكتب:</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="198"/>
        <source>The library also has these:</source>
        <translation>وفي المكتبة أيضًا هذه التمارين:</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_words.py" line="14"/>
        <source>seated</source>
        <translation>جلوسًا</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_words.py" line="15"/>
        <source>standing</source>
        <translation>وقوفًا</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_words.py" line="18"/>
        <source>wall</source>
        <translation>جدار</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_words.py" line="19"/>
        <source>doorway</source>
        <translation>إطار باب</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_words.py" line="20"/>
        <source>strap</source>
        <translation>حزام</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_words.py" line="30"/>
        <source>{posture}, needs a {equipment}</source>
        <translation>{posture}، ويحتاج إلى: {equipment}</translation>
    </message>
</context>
<context>
    <name>AboutWindow</name>
    <message>
        <location filename="../../microbreak/ui/about.py" line="140"/>
        <source>About</source>
        <translation>حول</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="146"/>
        <source>A small break reminder for people who work sitting at a desk.</source>
        <translation>مذكّر صغير بالاستراحات لمن يعملون جالسين إلى مكتب.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="148"/>
        <source>Why a short break every 30 to 60 minutes</source>
        <translation>لماذا استراحة قصيرة كل 30 إلى 60 دقيقة</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="151"/>
        <source>The exercises</source>
        <translation>التمارين</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="154"/>
        <source>Take care</source>
        <translation>اعتنِ بنفسك</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="156"/>
        <source>Read the health notice again</source>
        <translation>اقرأ التنبيه الصحي مرة أخرى</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="166"/>
        <source>About microbreak</source>
        <translation>حول microbreak</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="167"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>ActionsMenu</name>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="21"/>
        <source>30 minutes</source>
        <translation>30 دقيقة</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="22"/>
        <source>1 hour</source>
        <translation>ساعة واحدة</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="23"/>
        <source>2 hours</source>
        <translation>ساعتان</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="24"/>
        <source>Until tomorrow</source>
        <translation>حتى الغد</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="25"/>
        <source>Until I resume</source>
        <translation>حتى أستأنف</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="54"/>
        <source>Take a break now</source>
        <translation>خذ استراحة الآن</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="56"/>
        <source>Snooze</source>
        <translation>تأجيل</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/intents.py" line="58"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقتان</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="60"/>
        <source>Skip next break</source>
        <translation>تخطَّ الاستراحة التالية</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="62"/>
        <source>Pause reminders</source>
        <translation>إيقاف التذكيرات مؤقتًا</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="66"/>
        <source>Resume reminders</source>
        <translation>استئناف التذكيرات</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="69"/>
        <source>Statistics…</source>
        <translation>الإحصاءات…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="71"/>
        <source>Settings…</source>
        <translation>الإعدادات…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="73"/>
        <source>About microbreak</source>
        <translation>حول microbreak</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="75"/>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
</context>
<context>
    <name>BreakWindow</name>
    <message>
        <location filename="../../microbreak/ui/break_guidance.py" line="160"/>
        <location filename="../../microbreak/ui/exercise_page.py" line="234"/>
        <source>Read aloud: no voice</source>
        <translation>القراءة بصوت عالٍ: لا يوجد صوت</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_guidance.py" line="161"/>
        <source>Spoken guidance is not available. {reason}</source>
        <translation>الإرشاد الصوتي غير متاح. {reason}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_summary.py" line="89"/>
        <location filename="../../microbreak/ui/break_summary.py" line="101"/>
        <source>Well done!</source>
        <translation>أحسنت!</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_summary.py" line="92"/>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_summary.py" line="93"/>
        <source>Close this window</source>
        <translation>أغلق هذه النافذة</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_summary.py" line="104"/>
        <source>Break ended early</source>
        <translation>انتهت الاستراحة مبكرًا</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_summary.py" line="105"/>
        <source>Every bit of movement helps. Try a whole routine next time.</source>
        <translation>كل حركة مفيدة. جرّب برنامجًا كاملًا في المرة القادمة.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_summary.py" line="114"/>
        <source>Next break at {time}.</source>
        <translation>الاستراحة التالية في {time}.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_summary.py" line="187"/>
        <source>{first} and {last}</source>
        <translation>{first} و{last}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_summary.py" line="188"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_summary.py" line="190"/>
        <source>You did {exercises} in {time}.</source>
        <translation>أدّيت {exercises} في {time}.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="181"/>
        <source>Time for a break</source>
        <translation>حان وقت الاستراحة</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="190"/>
        <source>&amp;Snooze {n} min</source>
        <translation>&amp;تأجيل {n} د</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/break_window.py" line="192"/>
        <source>Close this break and bring it back in %n minute(s)</source>
        <translation>
            <numerusform>أغلق هذه الاستراحة وأعدها بعد %n دقيقة</numerusform>
            <numerusform>أغلق هذه الاستراحة وأعدها بعد %n دقيقة</numerusform>
            <numerusform>أغلق هذه الاستراحة وأعدها بعد %n دقيقتين</numerusform>
            <numerusform>أغلق هذه الاستراحة وأعدها بعد %n دقائق</numerusform>
            <numerusform>أغلق هذه الاستراحة وأعدها بعد %n دقيقة</numerusform>
            <numerusform>أغلق هذه الاستراحة وأعدها بعد %n دقيقة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="232"/>
        <source>Time to stand up and move</source>
        <translation>حان وقت النهوض والحركة</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="234"/>
        <source>Rest your eyes</source>
        <translation>أرِح عينيك</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="40"/>
        <source>Read each step aloud and count the holds, so you can close your eyes</source>
        <translation>اقرأ كل خطوة بصوت عالٍ وعُدّ فترات الثبات، لتتمكن من إغماض عينيك</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="44"/>
        <source>Move</source>
        <translation>حركة</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="45"/>
        <source>Hold</source>
        <translation>ثبات</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="46"/>
        <source>Relax</source>
        <translation>استرخاء</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="55"/>
        <source>left side</source>
        <translation>الجانب الأيسر</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="56"/>
        <source>right side</source>
        <translation>الجانب الأيمن</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="61"/>
        <source>Get ready</source>
        <translation>استعد</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="63"/>
        <source>Once</source>
        <translation>مرة واحدة</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="65"/>
        <source>Rep {n} of {total}</source>
        <translation>التكرار {n} من {total}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="70"/>
        <source>{where}, {side}</source>
        <translation>{where}، {side}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="194"/>
        <source>Progress through this break</source>
        <translation>التقدم في هذه الاستراحة</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="198"/>
        <source>Left arrow</source>
        <translation>السهم الأيسر</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="199"/>
        <source>Right arrow</source>
        <translation>السهم الأيمن</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="203"/>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="204"/>
        <source>Previous exercise ({key})</source>
        <translation>التمرين السابق ({key})</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="209"/>
        <location filename="../../microbreak/ui/exercise_page.py" line="277"/>
        <source>&amp;Pause</source>
        <translation>إيقاف &amp;مؤقت</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="210"/>
        <source>Pause or resume the countdown (Space)</source>
        <translation>أوقف العدّ التنازلي مؤقتًا أو استأنفه (مسافة)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="214"/>
        <source>&amp;Next</source>
        <translation>التا&amp;لي</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="215"/>
        <source>Next exercise ({key})</source>
        <translation>التمرين التالي ({key})</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="223"/>
        <source>S&amp;kip break</source>
        <translation>ت&amp;خطي الاستراحة</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="224"/>
        <source>End this break now (Esc)</source>
        <translation>أنهِ هذه الاستراحة الآن (Esc)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="228"/>
        <source>Read &amp;aloud</source>
        <translation>القراءة بصوت &amp;عالٍ</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="255"/>
        <source>Exercise {n} of {total}</source>
        <translation>التمرين {n} من {total}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="269"/>
        <source>Paused</source>
        <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="277"/>
        <source>&amp;Resume</source>
        <translation>ا&amp;ستئناف</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/skip_confirm.py" line="31"/>
        <source>Skip this break?</source>
        <translation>أتتخطى هذه الاستراحة؟</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/skip_confirm.py" line="34"/>
        <source>Skip</source>
        <translation>تخطٍّ</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/skip_confirm.py" line="35"/>
        <source>Yes, end this break (Enter)</source>
        <translation>نعم، أنهِ هذه الاستراحة (Enter)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/skip_confirm.py" line="39"/>
        <source>Keep going</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/skip_confirm.py" line="40"/>
        <source>Go on with the break (Esc)</source>
        <translation>تابع الاستراحة (Esc)</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message numerus="yes">
        <location filename="../../microbreak/ui/countdown_ring.py" line="57"/>
        <source>%n second(s) left</source>
        <translation>
            <numerusform>بقيت %n ثانية</numerusform>
            <numerusform>بقيت %n ثانية</numerusform>
            <numerusform>بقيت %n ثانيتان</numerusform>
            <numerusform>بقيت %n ثوانٍ</numerusform>
            <numerusform>بقيت %n ثانية</numerusform>
            <numerusform>بقيت %n ثانية</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayBarsChart</name>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="53"/>
        <source>Taken</source>
        <translation>مأخوذة</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="55"/>
        <source>Snoozed, then taken</source>
        <translation>مؤجلة ثم مأخوذة</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="59"/>
        <source>Natural break</source>
        <translation>استراحة طبيعية</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="60"/>
        <source>Skipped</source>
        <translation>متخطاة</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/day_bars.py" line="90"/>
        <source>Breaks per day, last %n day(s)</source>
        <translation>
            <numerusform>الاستراحات يوميًا، آخر %n يوم</numerusform>
            <numerusform>الاستراحات يوميًا، آخر %n يوم</numerusform>
            <numerusform>الاستراحات يوميًا، آخر %n يومين</numerusform>
            <numerusform>الاستراحات يوميًا، آخر %n أيام</numerusform>
            <numerusform>الاستراحات يوميًا، آخر %n يومًا</numerusform>
            <numerusform>الاستراحات يوميًا، آخر %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="92"/>
        <source>{taken} taken of {offered} offered, {total} in all; goal {goal} a day</source>
        <translation>أُخذت {taken} من {offered} معروضة، و{total} إجمالًا؛ الهدف {goal} يوميًا</translation>
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
            <numerusform>أُخذت {taken} من %n استراحة</numerusform>
            <numerusform>أُخذت {taken} من %n استراحة</numerusform>
            <numerusform>أُخذت {taken} من %n استراحتين</numerusform>
            <numerusform>أُخذت {taken} من %n استراحات</numerusform>
            <numerusform>أُخذت {taken} من %n استراحة</numerusform>
            <numerusform>أُخذت {taken} من %n استراحة</numerusform>
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
            <numerusform>(أُنجز جزئيًا من المأخوذة: %n)</numerusform>
            <numerusform>(أُنجز جزئيًا من المأخوذة: %n)</numerusform>
            <numerusform>(أُنجز جزئيًا من المأخوذة: %n)</numerusform>
            <numerusform>(أُنجز جزئيًا من المأخوذة: %n)</numerusform>
            <numerusform>(أُنجز جزئيًا من المأخوذة: %n)</numerusform>
            <numerusform>(أُنجز جزئيًا من المأخوذة: %n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/day_bars.py" line="160"/>
        <source>%n put off (paused, busy or app closed), not counted</source>
        <translation>
            <numerusform>أُرجئت ولم تُحتسب (إيقاف مؤقت أو انشغال أو تطبيق مغلق): %n</numerusform>
            <numerusform>أُرجئت ولم تُحتسب (إيقاف مؤقت أو انشغال أو تطبيق مغلق): %n</numerusform>
            <numerusform>أُرجئت ولم تُحتسب (إيقاف مؤقت أو انشغال أو تطبيق مغلق): %n</numerusform>
            <numerusform>أُرجئت ولم تُحتسب (إيقاف مؤقت أو انشغال أو تطبيق مغلق): %n</numerusform>
            <numerusform>أُرجئت ولم تُحتسب (إيقاف مؤقت أو انشغال أو تطبيق مغلق): %n</numerusform>
            <numerusform>أُرجئت ولم تُحتسب (إيقاف مؤقت أو انشغال أو تطبيق مغلق): %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="162"/>
        <source>{time} of exercise</source>
        <translation>{time} من التمارين</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="258"/>
        <source>goal {n}</source>
        <translation>الهدف {n}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="269"/>
        <location filename="../../microbreak/ui/day_bars.py" line="274"/>
        <source>Today</source>
        <translation>اليوم</translation>
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
        <translation>الهدف اليومي</translation>
    </message>
</context>
<context>
    <name>ExercisesPage</name>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="137"/>
        <source>Tick the exercises you want. Breaks walk through them in this order: drag to reorder, or use Move up and Move down.</source>
        <translation>ضع علامة على التمارين التي تريدها. تمرّ بها الاستراحات بهذا الترتيب: اسحبها لتغيير الترتيب، أو استخدم «تحريك لأعلى» و«تحريك لأسفل».</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="141"/>
        <source>Exercises</source>
        <translation>التمارين</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="147"/>
        <source>How long one break takes with this choice.</source>
        <translation>المدة التي تستغرقها استراحة واحدة بهذا الاختيار.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="153"/>
        <source>Exercise files that could not be used; fix and reload.</source>
        <translation>ملفات تمارين تعذّر استخدامها؛ أصلحها ثم أعد تحميلها.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="170"/>
        <source>Show only the exercises that suit where you are.</source>
        <translation>اعرض فقط التمارين التي تناسب المكان الذي أنت فيه.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="171"/>
        <source>&amp;Show:</source>
        <translation>&amp;عرض:</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="177"/>
        <source>All</source>
        <translation>الكل</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="182"/>
        <source>&apos;All&apos; (below 1) takes every chosen exercise.</source>
        <translation>«الكل» (أقل من 1) يأخذ كل التمارين المختارة.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="185"/>
        <source>Exercises &amp;per break:</source>
        <translation>التمارين في &amp;كل استراحة:</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="193"/>
        <source>Move &amp;up</source>
        <translation>تحريك لأ&amp;على</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="194"/>
        <source>Move the chosen exercise earlier in the routine.</source>
        <translation>انقل التمرين المختار إلى موضع أبكر في البرنامج.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="195"/>
        <source>Move &amp;down</source>
        <translation>تحريك لأ&amp;سفل</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="196"/>
        <source>Move the chosen exercise later in the routine.</source>
        <translation>انقل التمرين المختار إلى موضع أبعد في البرنامج.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="197"/>
        <source>&amp;Reload exercises</source>
        <translation>إعادة &amp;تحميل التمارين</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="199"/>
        <source>Read the exercise files again, including your own in the exercises folder.</source>
        <translation>اقرأ ملفات التمارين من جديد، بما فيها ملفاتك في مجلد التمارين.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="217"/>
        <source>The steps of the exercise chosen in the list.</source>
        <translation>خطوات التمرين المختار في القائمة.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="226"/>
        <source>Steps of the chosen exercise</source>
        <translation>خطوات التمرين المختار</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="244"/>
        <source>&lt;b&gt;Skipped (could not be used):&lt;/b&gt;&lt;ul&gt;{lines}&lt;/ul&gt;</source>
        <translation>&lt;b&gt;تم تخطيها (تعذّر استخدامها):&lt;/b&gt;&lt;ul&gt;{lines}&lt;/ul&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/exercises_page.py" line="363"/>
        <source>A break takes about {length} ({count} of the %n chosen exercise(s); the next break goes on where the last one stopped).</source>
        <translation>
            <numerusform>تستغرق الاستراحة نحو {length} ({count} من %n تمرين مختار؛ وتتابع الاستراحة التالية من حيث توقفت السابقة).</numerusform>
            <numerusform>تستغرق الاستراحة نحو {length} ({count} من %n تمرين مختار؛ وتتابع الاستراحة التالية من حيث توقفت السابقة).</numerusform>
            <numerusform>تستغرق الاستراحة نحو {length} ({count} من %n تمرينين مختارين؛ وتتابع الاستراحة التالية من حيث توقفت السابقة).</numerusform>
            <numerusform>تستغرق الاستراحة نحو {length} ({count} من %n تمارين مختارة؛ وتتابع الاستراحة التالية من حيث توقفت السابقة).</numerusform>
            <numerusform>تستغرق الاستراحة نحو {length} ({count} من %n تمرينًا مختارًا؛ وتتابع الاستراحة التالية من حيث توقفت السابقة).</numerusform>
            <numerusform>تستغرق الاستراحة نحو {length} ({count} من %n تمرين مختار؛ وتتابع الاستراحة التالية من حيث توقفت السابقة).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="216"/>
        <source>no reminders this day</source>
        <translation>لا تذكيرات في هذا اليوم</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="224"/>
        <source>System default ({language})</source>
        <translation>افتراضي النظام ({language})</translation>
    </message>
</context>
<context>
    <name>HeadsUpToast</name>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="27"/>
        <source>Time to stretch soon.</source>
        <translation>اقترب وقت التمدد.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="28"/>
        <source>Time to stand up and move soon.</source>
        <translation>قريبًا حان وقت النهوض والحركة.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="29"/>
        <source>Start now</source>
        <translation>ابدأ الآن</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="30"/>
        <source>Snooze {n} min</source>
        <translation>تأجيل {n} د</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="31"/>
        <source>Skip</source>
        <translation>تخطٍّ</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="64"/>
        <source>Snooze</source>
        <translation>تأجيل</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="66"/>
        <source>Start the break now</source>
        <translation>ابدأ الاستراحة الآن</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="67"/>
        <source>Put this break off by a few minutes</source>
        <translation>أجّل هذه الاستراحة بضع دقائق</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="68"/>
        <source>Leave out this break</source>
        <translation>تخطَّ هذه الاستراحة</translation>
    </message>
</context>
<context>
    <name>HealthNotice</name>
    <message>
        <location filename="../../microbreak/ui/about.py" line="110"/>
        <source>Before your first break</source>
        <translation>قبل استراحتك الأولى</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="115"/>
        <source>I understand</source>
        <translation>فهمت</translation>
    </message>
</context>
<context>
    <name>MicrobreakApp</name>
    <message>
        <location filename="../../microbreak/app/build.py" line="110"/>
        <source>Exercise skipped: {problem}</source>
        <translation>تم تخطي التمرين: {problem}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/app/controller.py" line="155"/>
        <source>(and %n more in the log)</source>
        <translation>
            <numerusform>(و%n غيرها في السجل)</numerusform>
            <numerusform>(و%n غيرها في السجل)</numerusform>
            <numerusform>(و%n غيرها في السجل)</numerusform>
            <numerusform>(و%n غيرها في السجل)</numerusform>
            <numerusform>(و%n غيرها في السجل)</numerusform>
            <numerusform>(و%n غيرها في السجل)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/app/controller.py" line="156"/>
        <source>microbreak: check your settings</source>
        <translation>microbreak: راجع إعداداتك</translation>
    </message>
    <message>
        <location filename="../../microbreak/app/controller.py" line="373"/>
        <source>microbreak: break history</source>
        <translation>microbreak: سجل الاستراحات</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <location filename="../../microbreak/ui/schedule_page.py" line="89"/>
        <source>A break comes about every {interval} of work: at your first pause in typing up to {spread} either side of it, or at the end of that window.</source>
        <translation>تأتي الاستراحة تقريبًا بعد كل {interval} من العمل: عند أول توقف لك عن الكتابة في حدود {spread} قبل موعدها أو بعده، أو عند نهاية هذه المهلة.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/schedule_page.py" line="93"/>
        <source>A break comes after every {interval} of work.</source>
        <translation>تأتي الاستراحة بعد كل {interval} من العمل.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/schedule_page.py" line="101"/>
        <source>No movement breaks: every break is a short one at your desk.</source>
        <translation>لا استراحات حركة: كل استراحة قصيرة على مكتبك.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/schedule_page.py" line="103"/>
        <source>Every break asks you to stand up and move, for about {length}.</source>
        <translation>كل استراحة تطلب منك النهوض والحركة لمدة {length} تقريبًا.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/schedule_page.py" line="106"/>
        <source>One break in {every} asks you to stand up and move, for about {length}.</source>
        <translation>استراحة واحدة من كل {every} تطلب منك النهوض والحركة لمدة {length} تقريبًا.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/schedule_page.py" line="116"/>
        <source>No eye breaks.</source>
        <translation>لا استراحات للعين.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/schedule_page.py" line="122"/>
        <source>Every {every} of work, look far away for about {length}; not when a break is near.</source>
        <translation>كل {every} من العمل، انظر إلى البعيد نحو {length}؛ إلا إذا اقتربت استراحة.</translation>
    </message>
</context>
<context>
    <name>SettingsApplier</name>
    <message>
        <location filename="../../microbreak/app/settings_apply.py" line="74"/>
        <location filename="../../microbreak/app/settings_apply.py" line="85"/>
        <source>microbreak: settings not saved</source>
        <translation>microbreak: لم تُحفظ الإعدادات</translation>
    </message>
    <message>
        <location filename="../../microbreak/app/settings_apply.py" line="76"/>
        <source>{path} could not be written ({problem}); the new settings apply until microbreak quits.</source>
        <translation>تعذّرت الكتابة في {path} ({problem})؛ تسري الإعدادات الجديدة حتى إنهاء microbreak.</translation>
    </message>
    <message>
        <location filename="../../microbreak/app/settings_apply.py" line="87"/>
        <source>{problem} Meanwhile the new settings apply until microbreak quits.</source>
        <translation>{problem} وفي الأثناء تسري الإعدادات الجديدة حتى إنهاء microbreak.</translation>
    </message>
    <message>
        <location filename="../../microbreak/app/settings_apply.py" line="134"/>
        <source>microbreak: check your settings</source>
        <translation>microbreak: راجع إعداداتك</translation>
    </message>
    <message>
        <location filename="../../microbreak/app/settings_apply.py" line="163"/>
        <source>microbreak: start at login</source>
        <translation>microbreak: البدء عند تسجيل الدخول</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="97"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="108"/>
        <source>Settings pages</source>
        <translation>صفحات الإعدادات</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="157"/>
        <source>Settings file: {path}</source>
        <translation>ملف الإعدادات: {path}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="159"/>
        <source>&amp;Open the settings file</source>
        <translation>&amp;فتح ملف الإعدادات</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="162"/>
        <source>Open the settings file in your editor: every setting is described there. Saved changes apply at once.</source>
        <translation>افتح ملف الإعدادات في محررك: كل إعداد موصوف فيه. التغييرات المحفوظة تسري فورًا.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="185"/>
        <source>Put this page&apos;s settings back to their defaults.</source>
        <translation>أعد إعدادات هذه الصفحة إلى قيمها الافتراضية.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="188"/>
        <source>Save and use these settings now; keep the dialog open.</source>
        <translation>احفظ هذه الإعدادات واستخدمها الآن؛ وأبقِ النافذة مفتوحة.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="191"/>
        <source>Save and use these settings, and close.</source>
        <translation>احفظ هذه الإعدادات واستخدمها، ثم أغلق.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="193"/>
        <source>Close without saving what changed since the last Apply.</source>
        <translation>أغلق دون حفظ ما تغيّر منذ آخر «تطبيق».</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="196"/>
        <source>&amp;Import…</source>
        <translation>ا&amp;ستيراد…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="199"/>
        <source>Load settings from a file; they are checked in full and used when you press OK.</source>
        <translation>حمّل الإعدادات من ملف؛ تُفحص كاملة وتُستخدم عند الضغط على «موافق».</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="203"/>
        <source>E&amp;xport…</source>
        <translation>ت&amp;صدير…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="204"/>
        <source>Save these settings to a file, to share or keep.</source>
        <translation>احفظ هذه الإعدادات في ملف، لمشاركتها أو الاحتفاظ بها.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="245"/>
        <source>{page}: defaults restored. Press OK or Apply to use them.</source>
        <translation>{page}: استُعيدت القيم الافتراضية. اضغط «موافق» أو «تطبيق» لاستخدامها.</translation>
    </message>
</context>
<context>
    <name>SettingsTransfer</name>
    <message>
        <location filename="../../microbreak/ui/settings_transfer.py" line="48"/>
        <source>Import microbreak settings</source>
        <translation>استيراد إعدادات microbreak</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_transfer.py" line="50"/>
        <location filename="../../microbreak/ui/settings_transfer.py" line="59"/>
        <source>Settings (*.toml)</source>
        <translation>الإعدادات (*.toml)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_transfer.py" line="57"/>
        <source>Export microbreak settings</source>
        <translation>تصدير إعدادات microbreak</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_transfer.py" line="67"/>
        <source>Nothing was imported. {problem}</source>
        <translation>لم يُستورد شيء. {problem}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_transfer.py" line="70"/>
        <source>Imported {path}. Press OK or Apply to use these settings.</source>
        <translation>استُورد {path}. اضغط «موافق» أو «تطبيق» لاستخدام هذه الإعدادات.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_transfer.py" line="87"/>
        <source>Nothing was saved: {problem}. The file is left as it is and your choices here are kept: fix the file (Open the settings file, on the General page) and press OK or Apply again.</source>
        <translation>لم يُحفظ شيء: {problem}. تُرك الملف كما هو واحتُفظ باختياراتك هنا: أصلح الملف («فتح ملف الإعدادات» في صفحة «عام») ثم اضغط «موافق» أو «تطبيق» مرة أخرى.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_transfer.py" line="103"/>
        <source>Nothing was exported: {problem}</source>
        <translation>لم يُصدَّر شيء: {problem}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_transfer.py" line="105"/>
        <source>Could not export to {path}: {problem}</source>
        <translation>تعذّر التصدير إلى {path}: {problem}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_transfer.py" line="108"/>
        <source>Settings exported to {path}.</source>
        <translation>صُدّرت الإعدادات إلى {path}.</translation>
    </message>
</context>
<context>
    <name>ShortcutsOffer</name>
    <message>
        <location filename="../../microbreak/ui/shortcuts_offer.py" line="40"/>
        <source>Register keyboard shortcuts…</source>
        <translation>تسجيل اختصارات لوحة المفاتيح…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/shortcuts_offer.py" line="43"/>
        <source>Ask the desktop for keys that take a break now, snooze, skip the next break, pause for an hour or resume. The desktop asks you which keys to use.</source>
        <translation>اطلب من سطح المكتب مفاتيح لأخذ استراحة الآن أو تأجيلها أو تخطي الاستراحة التالية أو الإيقاف المؤقت لمدة ساعة أو الاستئناف. سيسألك سطح المكتب عن المفاتيح التي تريد استخدامها.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/shortcuts_offer.py" line="56"/>
        <source>Waiting for the desktop&apos;s shortcuts dialog…</source>
        <translation>في انتظار نافذة الاختصارات من سطح المكتب…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/shortcuts_offer.py" line="61"/>
        <source>No keyboard shortcuts were registered.</source>
        <translation>لم يُسجَّل أي اختصار للوحة المفاتيح.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/shortcuts_offer.py" line="65"/>
        <source>The desktop did not register the shortcuts. You can bind the microbreak commands in its keyboard settings instead.</source>
        <translation>لم يسجّل سطح المكتب الاختصارات. يمكنك بدلًا من ذلك ربط أوامر microbreak في إعدادات لوحة المفاتيح الخاصة به.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/shortcuts_offer.py" line="70"/>
        <source>Keyboard shortcuts registered: {shortcuts}</source>
        <translation>سُجّلت اختصارات لوحة المفاتيح: {shortcuts}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/shortcuts_offer.py" line="73"/>
        <source>Keyboard shortcuts registered; the desktop chose no keys yet.</source>
        <translation>سُجّلت اختصارات لوحة المفاتيح؛ لم يختر سطح المكتب أي مفاتيح بعد.</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="62"/>
        <source>Export break history</source>
        <translation>تصدير سجل الاستراحات</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="64"/>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="115"/>
        <source>Statistics</source>
        <translation>الإحصاءات</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="137"/>
        <location filename="../../microbreak/ui/stats_window.py" line="265"/>
        <source>breaks taken today</source>
        <translation>استراحات أُخذت اليوم</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="138"/>
        <location filename="../../microbreak/ui/stats_window.py" line="267"/>
        <source>of exercise today</source>
        <translation>من التمارين اليوم</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="139"/>
        <source>days in a row at your goal</source>
        <translation>أيام متتالية بلغتَ فيها هدفك</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/stats_window.py" line="161"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n يوم</numerusform>
            <numerusform>%n يومان</numerusform>
            <numerusform>%n أيام</numerusform>
            <numerusform>%n يومًا</numerusform>
            <numerusform>%n يوم</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="174"/>
        <source>Exercise</source>
        <translation>التمرين</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="175"/>
        <source>Done</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="176"/>
        <source>Partly done</source>
        <translation>مكتمل جزئيًا</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="177"/>
        <source>Not started</source>
        <translation>لم يبدأ</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="178"/>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="181"/>
        <source>How each exercise went</source>
        <translation>كيف سار كل تمرين</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="196"/>
        <source>Export CSV…</source>
        <translation>تصدير CSV…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="198"/>
        <source>Clear history…</source>
        <translation>مسح السجل…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="200"/>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="218"/>
        <source>Delete history</source>
        <translation>حذف السجل</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="220"/>
        <source>Keep it</source>
        <translation>الإبقاء عليه</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="264"/>
        <source>{n} of {total}</source>
        <translation>{n} من {total}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="269"/>
        <source>day in a row at {goal} a day</source>
        <translation>يوم متتالٍ بمعدل {goal} يوميًا</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="271"/>
        <source>days in a row at {goal} a day</source>
        <translation>أيام متتالية بمعدل {goal} يوميًا</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="273"/>
        <source>Today: {taken}</source>
        <translation>اليوم: {taken}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/stats_window.py" line="277"/>
        <source>Exercises, last %n day(s)</source>
        <translation>
            <numerusform>التمارين، آخر %n يوم</numerusform>
            <numerusform>التمارين، آخر %n يوم</numerusform>
            <numerusform>التمارين، آخر %n يومين</numerusform>
            <numerusform>التمارين، آخر %n أيام</numerusform>
            <numerusform>التمارين، آخر %n يومًا</numerusform>
            <numerusform>التمارين، آخر %n يوم</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="326"/>
        <source>Could not save {path}: {error}</source>
        <translation>تعذّر حفظ {path}: {error}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/stats_window.py" line="330"/>
        <source>Saved %n break(s) to {path}.</source>
        <translation>
            <numerusform>حُفظت %n استراحة في {path}.</numerusform>
            <numerusform>حُفظت %n استراحة في {path}.</numerusform>
            <numerusform>حُفظت %n استراحتان في {path}.</numerusform>
            <numerusform>حُفظت %n استراحات في {path}.</numerusform>
            <numerusform>حُفظت %n استراحة في {path}.</numerusform>
            <numerusform>حُفظت %n استراحة في {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/stats_window.py" line="337"/>
        <source>Delete all %n break(s) recorded?</source>
        <translation>
            <numerusform>أتحذف كل الاستراحات المسجلة (%n)؟</numerusform>
            <numerusform>أتحذف الاستراحة المسجلة (%n)؟</numerusform>
            <numerusform>أتحذف الاستراحتين المسجلتين (%n)؟</numerusform>
            <numerusform>أتحذف كل الاستراحات المسجلة (%n)؟</numerusform>
            <numerusform>أتحذف كل الاستراحات المسجلة (%n)؟</numerusform>
            <numerusform>أتحذف كل الاستراحات المسجلة (%n)؟</numerusform>
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
            <numerusform>أتحذف كل الاستراحات المسجلة منذ {date} (%n)؟</numerusform>
            <numerusform>أتحذف الاستراحة المسجلة منذ {date} (%n)؟</numerusform>
            <numerusform>أتحذف الاستراحتين المسجلتين منذ {date} (%n)؟</numerusform>
            <numerusform>أتحذف كل الاستراحات المسجلة منذ {date} (%n)؟</numerusform>
            <numerusform>أتحذف كل الاستراحات المسجلة منذ {date} (%n)؟</numerusform>
            <numerusform>أتحذف كل الاستراحات المسجلة منذ {date} (%n)؟</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="348"/>
        <source>This cannot be undone. Export a CSV first if you want to keep them.</source>
        <translation>لا يمكن التراجع عن هذا. صدّر ملف CSV أولًا إن أردت الاحتفاظ بها.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="362"/>
        <source>Your break history was deleted.</source>
        <translation>حُذف سجل استراحاتك.</translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="208"/>
        <source>Take a break now</source>
        <translation>خذ استراحة الآن</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="209"/>
        <source>Snooze</source>
        <translation>تأجيل</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="210"/>
        <source>Skip next break</source>
        <translation>تخطَّ الاستراحة التالية</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="211"/>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="212"/>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="213"/>
        <source>Settings…</source>
        <translation>الإعدادات…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="214"/>
        <source>About</source>
        <translation>حول</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="215"/>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="216"/>
        <source>Statistics…</source>
        <translation>الإحصاءات…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="221"/>
        <source>Start a break with its exercises now</source>
        <translation>ابدأ الآن استراحة بتمارينها</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="222"/>
        <source>Put the next break off by a few minutes</source>
        <translation>أجّل الاستراحة التالية بضع دقائق</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="223"/>
        <source>Count the next break as taken and start a new interval</source>
        <translation>احتسب الاستراحة التالية مأخوذة وابدأ فترة جديدة</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="224"/>
        <source>No reminders for a while</source>
        <translation>لا تذكيرات لبعض الوقت</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="225"/>
        <source>Reminders again, from now</source>
        <translation>عودة التذكيرات، من الآن</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="226"/>
        <source>Change the interval, sounds and more</source>
        <translation>غيّر الفترة والأصوات وغير ذلك</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="227"/>
        <source>Breaks taken, streaks and exercises</source>
        <translation>الاستراحات المأخوذة والأيام المتتالية والتمارين</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="228"/>
        <source>What microbreak is, and the health notice</source>
        <translation>ما هو microbreak، والتنبيه الصحي</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="229"/>
        <source>End microbreak: no more reminders until it starts again</source>
        <translation>إنهاء microbreak: لا تذكيرات حتى يبدأ من جديد</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="272"/>
        <source>at {time}</source>
        <translation>في {time}</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message numerus="yes">
        <location filename="../../microbreak/ui/break_summary.py" line="128"/>
        <source>Today: %n break(s) taken, your daily goal reached</source>
        <translation>
            <numerusform>اليوم: %n استراحة مأخوذة، وتحقق هدفك اليومي</numerusform>
            <numerusform>اليوم: %n استراحة مأخوذة، وتحقق هدفك اليومي</numerusform>
            <numerusform>اليوم: %n استراحتان مأخوذتان، وتحقق هدفك اليومي</numerusform>
            <numerusform>اليوم: %n استراحات مأخوذة، وتحقق هدفك اليومي</numerusform>
            <numerusform>اليوم: %n استراحة مأخوذة، وتحقق هدفك اليومي</numerusform>
            <numerusform>اليوم: %n استراحة مأخوذة، وتحقق هدفك اليومي</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/break_summary.py" line="130"/>
        <source>Today: {taken} of %n break(s) taken</source>
        <translation>
            <numerusform>اليوم: {taken} من %n استراحة</numerusform>
            <numerusform>اليوم: {taken} من %n استراحة</numerusform>
            <numerusform>اليوم: {taken} من %n استراحتين</numerusform>
            <numerusform>اليوم: {taken} من %n استراحات</numerusform>
            <numerusform>اليوم: {taken} من %n استراحة</numerusform>
            <numerusform>اليوم: {taken} من %n استراحة</numerusform>
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
            <numerusform>%n يوم متتالٍ</numerusform>
            <numerusform>يوم %n متتالٍ</numerusform>
            <numerusform>%n يومان متتاليان</numerusform>
            <numerusform>%n أيام متتالية</numerusform>
            <numerusform>%n يومًا متتاليًا</numerusform>
            <numerusform>%n يوم متتالٍ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkingHoursPage</name>
    <message>
        <location filename="../../microbreak/ui/working_hours_editor.py" line="38"/>
        <source>Ranges like &quot;09:00-12:30, 13:30-17:00&quot;; leave a day empty for no reminders that day. Outside working hours microbreak stays quiet.</source>
        <translation>نطاقات مثل &quot;09:00-12:30, 13:30-17:00&quot;؛ اترك اليوم فارغًا لتلغي التذكيرات فيه. خارج ساعات العمل يبقى microbreak صامتًا.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/working_hours_editor.py" line="62"/>
        <source>Working hours, {day}: {problem}.</source>
        <translation>ساعات العمل، {day}: {problem}.</translation>
    </message>
</context>
<context>
    <name>describe</name>
    <message>
        <location filename="../../microbreak/core/describe.py" line="16"/>
        <source>paused by you</source>
        <translation>أوقفتَه مؤقتًا</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="17"/>
        <source>you are away</source>
        <translation>أنت بعيد عن الحاسوب</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="18"/>
        <source>the computer is asleep</source>
        <translation>الحاسوب في وضع السكون</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="19"/>
        <source>the screen is locked</source>
        <translation>الشاشة مقفلة</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="20"/>
        <source>do not disturb is on</source>
        <translation>وضع «عدم الإزعاج» مفعّل</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="21"/>
        <source>a full-screen window is open</source>
        <translation>توجد نافذة بملء الشاشة</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="22"/>
        <source>you are in a call</source>
        <translation>أنت في مكالمة</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="23"/>
        <source>outside your working hours</source>
        <translation>خارج ساعات عملك</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="28"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="97"/>
        <location filename="../../microbreak/core/describe.py" line="115"/>
        <source>{n} s</source>
        <translation>{n} ث</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="100"/>
        <location filename="../../microbreak/core/describe.py" line="120"/>
        <source>{n} min</source>
        <translation>{n} د</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="103"/>
        <location filename="../../microbreak/core/describe.py" line="123"/>
        <source>{h} h {m} min</source>
        <translation>{h} س {m} د</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="104"/>
        <location filename="../../microbreak/core/describe.py" line="124"/>
        <source>{n} h</source>
        <translation>{n} س</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="119"/>
        <source>{m} min {s} s</source>
        <translation>{m} د {s} ث</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/describe.py" line="134"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n ثانية</numerusform>
            <numerusform>%n ثانية</numerusform>
            <numerusform>%n ثانيتان</numerusform>
            <numerusform>%n ثوانٍ</numerusform>
            <numerusform>%n ثانية</numerusform>
            <numerusform>%n ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/describe.py" line="136"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقتان</numerusform>
            <numerusform>%n دقائق</numerusform>
            <numerusform>%n دقيقة</numerusform>
            <numerusform>%n دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/describe.py" line="137"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعتان</numerusform>
            <numerusform>%n ساعات</numerusform>
            <numerusform>%n ساعة</numerusform>
            <numerusform>%n ساعة</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="151"/>
        <source>{hours} {minutes}</source>
        <translation>{hours} و{minutes}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="158"/>
        <source>Microbreak in {time}</source>
        <translation>استراحة قصيرة بعد {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="163"/>
        <source>Movement break in {time}</source>
        <translation>استراحة حركة بعد {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="190"/>
        <source>Breaks were put off earlier; each break you take makes the reminders calmer again.</source>
        <translation>أُجّلت استراحات سابقًا؛ كل استراحة تأخذها تجعل التذكيرات أهدأ من جديد.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/describe.py" line="196"/>
        <source>You skipped the last %n break(s), so this one is a little firmer.</source>
        <translation>
            <numerusform>تخطيت آخر %n استراحة، لذا هذه أكثر حزمًا قليلًا.</numerusform>
            <numerusform>تخطيت آخر %n استراحة، لذا هذه أكثر حزمًا قليلًا.</numerusform>
            <numerusform>تخطيت آخر %n استراحة، لذا هذه أكثر حزمًا قليلًا.</numerusform>
            <numerusform>تخطيت آخر %n استراحات، لذا هذه أكثر حزمًا قليلًا.</numerusform>
            <numerusform>تخطيت آخر %n استراحة، لذا هذه أكثر حزمًا قليلًا.</numerusform>
            <numerusform>تخطيت آخر %n استراحة، لذا هذه أكثر حزمًا قليلًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/describe.py" line="199"/>
        <source>You put off breaks %n time(s) in a row, so this one is a little firmer.</source>
        <translation>
            <numerusform>أجّلت الاستراحات %n مرة متتالية، لذا هذه أكثر حزمًا قليلًا.</numerusform>
            <numerusform>أجّلت الاستراحات %n مرة متتالية، لذا هذه أكثر حزمًا قليلًا.</numerusform>
            <numerusform>أجّلت الاستراحات %n مرة متتالية، لذا هذه أكثر حزمًا قليلًا.</numerusform>
            <numerusform>أجّلت الاستراحات %n مرات متتالية، لذا هذه أكثر حزمًا قليلًا.</numerusform>
            <numerusform>أجّلت الاستراحات %n مرة متتالية، لذا هذه أكثر حزمًا قليلًا.</numerusform>
            <numerusform>أجّلت الاستراحات %n مرة متتالية، لذا هذه أكثر حزمًا قليلًا.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="207"/>
        <source>On a break</source>
        <translation>في استراحة</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="210"/>
        <source>Break waiting: {reasons}</source>
        <translation>الاستراحة تنتظر: {reasons}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="215"/>
        <source>Paused until {day} {time}</source>
        <translation>متوقف مؤقتًا حتى {day} {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="218"/>
        <source>Paused until {time}</source>
        <translation>متوقف مؤقتًا حتى {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="220"/>
        <source>Paused until you resume</source>
        <translation>متوقف مؤقتًا حتى تستأنف</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="221"/>
        <source>Paused: {reasons}</source>
        <translation>متوقف مؤقتًا: {reasons}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="228"/>
        <source>Break in {time}</source>
        <translation>استراحة بعد {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="230"/>
        <source>Snoozed: break in {time}</source>
        <translation>مؤجلة: استراحة بعد {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="239"/>
        <source>Next break in about {time}, at a pause in your typing</source>
        <translation>الاستراحة التالية بعد نحو {time}، عند توقفك عن الكتابة</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="242"/>
        <source>Break at your next pause (by {time})</source>
        <translation>استراحة عند توقفك التالي (في موعد أقصاه {time})</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="245"/>
        <source>Next break in {time}</source>
        <translation>الاستراحة التالية بعد {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="255"/>
        <source>(by {time})</source>
        <translation>(في موعد أقصاه {time})</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="257"/>
        <source>(at {time})</source>
        <translation>(في {time})</translation>
    </message>
</context>
<context>
    <name>engine</name>
    <message>
        <location filename="../../microbreak/core/presence.py" line="183"/>
        <source>Time for a stretch when you can</source>
        <translation>حان وقت التمدد متى استطعت</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/presence.py" line="185"/>
        <source>You have been busy for %n minute(s) past your break. When you have a moment, roll your shoulders and stand up.</source>
        <translation>
            <numerusform>أنت مشغول منذ %n دقيقة بعد موعد استراحتك. حين تجد لحظة، حرّك كتفيك دائريًا وقف.</numerusform>
            <numerusform>أنت مشغول منذ %n دقيقة بعد موعد استراحتك. حين تجد لحظة، حرّك كتفيك دائريًا وقف.</numerusform>
            <numerusform>أنت مشغول منذ %n دقيقتين بعد موعد استراحتك. حين تجد لحظة، حرّك كتفيك دائريًا وقف.</numerusform>
            <numerusform>أنت مشغول منذ %n دقائق بعد موعد استراحتك. حين تجد لحظة، حرّك كتفيك دائريًا وقف.</numerusform>
            <numerusform>أنت مشغول منذ %n دقيقة بعد موعد استراحتك. حين تجد لحظة، حرّك كتفيك دائريًا وقف.</numerusform>
            <numerusform>أنت مشغول منذ %n دقيقة بعد موعد استراحتك. حين تجد لحظة، حرّك كتفيك دائريًا وقف.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="36"/>
        <source>a break is already in progress</source>
        <translation>هناك استراحة جارية بالفعل</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="43"/>
        <source>strict mode is on: breaks cannot be snoozed</source>
        <translation>الوضع الصارم مفعّل: لا يمكن تأجيل الاستراحات</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="45"/>
        <source>cannot snooze while paused</source>
        <translation>لا يمكن التأجيل أثناء الإيقاف المؤقت</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="51"/>
        <source>a snooze must be 1 to {most} minutes, not {minutes}</source>
        <translation>يجب أن يكون التأجيل من 1 إلى {most} دقيقة، لا {minutes}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="63"/>
        <source>this break was snoozed {times} times already, the most allowed ({limit}); take it or skip it</source>
        <translation>بلغ عدد مرات تأجيل هذه الاستراحة {times}، وهو الحد الأقصى المسموح ({limit})؛ خذها أو تخطَّها</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="97"/>
        <location filename="../../microbreak/core/user_requests.py" line="132"/>
        <source>strict mode is on: breaks cannot be skipped</source>
        <translation>الوضع الصارم مفعّل: لا يمكن تخطي الاستراحات</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="100"/>
        <source>a break is in progress: use Skip break to end it</source>
        <translation>هناك استراحة جارية: استخدم «تخطي الاستراحة» لإنهائها</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="103"/>
        <source>cannot skip while paused</source>
        <translation>لا يمكن التخطي أثناء الإيقاف المؤقت</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="130"/>
        <source>no break is in progress</source>
        <translation>لا توجد استراحة جارية</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="161"/>
        <source>today&apos;s skips are used up; you can skip again tomorrow</source>
        <translation>استنفدت مرات التخطي لهذا اليوم؛ يمكنك التخطي مجددًا غدًا</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="190"/>
        <source>the end of a pause must be in the future</source>
        <translation>يجب أن تكون نهاية الإيقاف المؤقت في المستقبل</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="198"/>
        <source>Reminders pause after this break</source>
        <translation>تتوقف التذكيرات مؤقتًا بعد هذه الاستراحة</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="199"/>
        <source>Strict mode is on, so this break stays open. Reminders pause as soon as it ends.</source>
        <translation>الوضع الصارم مفعّل، لذا تبقى هذه الاستراحة مفتوحة. تتوقف التذكيرات مؤقتًا فور انتهائها.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="226"/>
        <source>reminders are not paused</source>
        <translation>التذكيرات ليست متوقفة مؤقتًا</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/budget_watch.py" line="84"/>
        <source>Time to call it a day</source>
        <translation>حان وقت إنهاء يومك</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/budget_watch.py" line="86"/>
        <source>You have been at the computer for %n hour(s) today. Time to call it a day when you can.</source>
        <translation>
            <numerusform>أنت أمام الحاسوب منذ %n ساعة اليوم. أنهِ يومك متى استطعت.</numerusform>
            <numerusform>أنت أمام الحاسوب منذ %n ساعة اليوم. أنهِ يومك متى استطعت.</numerusform>
            <numerusform>أنت أمام الحاسوب منذ %n ساعتين اليوم. أنهِ يومك متى استطعت.</numerusform>
            <numerusform>أنت أمام الحاسوب منذ %n ساعات اليوم. أنهِ يومك متى استطعت.</numerusform>
            <numerusform>أنت أمام الحاسوب منذ %n ساعة اليوم. أنهِ يومك متى استطعت.</numerusform>
            <numerusform>أنت أمام الحاسوب منذ %n ساعة اليوم. أنهِ يومك متى استطعت.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guidance</name>
    <message>
        <location filename="../../microbreak/core/guidance.py" line="85"/>
        <source>Well done. That is the end of this break.</source>
        <translation>أحسنت. هذه نهاية الاستراحة.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/guidance.py" line="86"/>
        <source>Paused.</source>
        <translation>متوقف مؤقتًا.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/guidance.py" line="125"/>
        <source>{n} of {total}. {step}</source>
        <translation>{n} من {total}. {step}</translation>
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
        <translation>سجل استراحاتك {path}: {what}. احتُفظ به باسم {aside}؛ ولا يمكن بدء سجل جديد بعد ({error})، لذا تُحفظ استراحات هذه الجلسة في الذاكرة وتُكتب حالما يصبح ذلك ممكنًا.</translation>
    </message>
    <message>
        <location filename="../../microbreak/infra/history.py" line="248"/>
        <source>Until then, earlier breaks are not shown.</source>
        <translation>حتى ذلك الحين لا تظهر الاستراحات السابقة.</translation>
    </message>
    <message>
        <location filename="../../microbreak/infra/history.py" line="406"/>
        <source>Your break history {path} could not be used ({error}). It was kept as {aside}; this session&apos;s breaks go to a new one.</source>
        <translation>تعذّر استخدام سجل استراحاتك {path} ({error}). احتُفظ به باسم {aside}؛ وتذهب استراحات هذه الجلسة إلى سجل جديد.</translation>
    </message>
    <message>
        <location filename="../../microbreak/infra/history.py" line="551"/>
        <source>Your break history {path} is locked by another program ({error}). It is left as it is; this session&apos;s breaks are kept in memory and saved once the other program lets go of it.</source>
        <translation>سجل استراحاتك {path} مقفل من برنامج آخر ({error}). تُرك كما هو؛ وتُحفظ استراحات هذه الجلسة في الذاكرة وتُكتب حالما يحرّره البرنامج الآخر.</translation>
    </message>
    <message>
        <location filename="../../microbreak/infra/history.py" line="558"/>
        <source>Your break history {path} cannot be saved: the disk is full or cannot be written ({error}). It is left as it is; this session&apos;s breaks are kept in memory and saved once there is space. Free some space on the disk.</source>
        <translation>لا يمكن حفظ سجل استراحاتك {path}: القرص ممتلئ أو لا تمكن الكتابة عليه ({error}). تُرك كما هو؛ وتُحفظ استراحات هذه الجلسة في الذاكرة وتُكتب حالما تتوفر مساحة. أفرغ بعض المساحة على القرص.</translation>
    </message>
    <message>
        <location filename="../../microbreak/infra/history.py" line="565"/>
        <source>Your break history {path} cannot be saved ({error}). It is left as it is; this session&apos;s breaks are kept in memory and saved once it can be written.</source>
        <translation>لا يمكن حفظ سجل استراحاتك {path} ({error}). تُرك كما هو؛ وتُحفظ استراحات هذه الجلسة في الذاكرة وتُكتب حالما تصبح الكتابة ممكنة.</translation>
    </message>
</context>
<context>
    <name>player</name>
    <message>
        <location filename="../../microbreak/core/player.py" line="28"/>
        <source>Now the right side.</source>
        <translation>والآن الجانب الأيمن.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/player.py" line="29"/>
        <source>Now the left side.</source>
        <translation>والآن الجانب الأيسر.</translation>
    </message>
</context>
<context>
    <name>preview</name>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="88"/>
        <source>About {time}.</source>
        <translation>نحو {time}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/exercises_page.py" line="92"/>
        <source>Then %n time(s) on each side:</source>
        <translation>
            <numerusform>ثم %n مرة على كل جانب:</numerusform>
            <numerusform>ثم %n مرة على كل جانب:</numerusform>
            <numerusform>ثم %n مرتين على كل جانب:</numerusform>
            <numerusform>ثم %n مرات على كل جانب:</numerusform>
            <numerusform>ثم %n مرة على كل جانب:</numerusform>
            <numerusform>ثم %n مرة على كل جانب:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/exercises_page.py" line="94"/>
        <source>Then %n time(s):</source>
        <translation>
            <numerusform>ثم %n مرة:</numerusform>
            <numerusform>ثم %n مرة:</numerusform>
            <numerusform>ثم %n مرتين:</numerusform>
            <numerusform>ثم %n مرات:</numerusform>
            <numerusform>ثم %n مرة:</numerusform>
            <numerusform>ثم %n مرة:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>schema</name>
    <message>
        <location filename="../../microbreak/core/schema.py" line="280"/>
        <source>{part} is not a range like 09:00-17:00</source>
        <translation>{part} ليس نطاقًا مثل 09:00-17:00</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/schema.py" line="288"/>
        <source>{part} is not a time of day</source>
        <translation>{part} ليس وقتًا من اليوم</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/schema.py" line="292"/>
        <source>{part} ends before it starts</source>
        <translation>{part} ينتهي قبل أن يبدأ</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/schema.py" line="298"/>
        <source>the ranges overlap</source>
        <translation>النطاقات متداخلة</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../microbreak/core/schema.py" line="46"/>
        <source>Schedule</source>
        <translation>الجدول</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/schema.py" line="47"/>
        <location filename="../../microbreak/core/settings.py" line="212"/>
        <source>Exercises</source>
        <translation>التمارين</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/schema.py" line="48"/>
        <source>Notifications and sound</source>
        <translation>الإشعارات والصوت</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/schema.py" line="49"/>
        <source>Working hours</source>
        <translation>ساعات العمل</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/schema.py" line="50"/>
        <source>General</source>
        <translation>عام</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="50"/>
        <source>Minutes between breaks</source>
        <translation>الدقائق بين الاستراحات</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="52"/>
        <source>Minutes of work between breaks. The AAOHN suggests a short break every 30 to 60 minutes; 45 is the middle of that range.</source>
        <translation>دقائق العمل بين الاستراحات. توصي AAOHN باستراحة قصيرة كل 30 إلى 60 دقيقة؛ و45 منتصف هذا المدى.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="63"/>
        <source>Heads-up (seconds)</source>
        <translation>التنبيه المسبق (بالثواني)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="65"/>
        <source>Seconds of warning before a break opens; 0 turns the heads-up off.</source>
        <translation>ثواني التنبيه قبل أن تُفتح الاستراحة؛ 0 يلغي التنبيه المسبق.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="74"/>
        <source>Snooze length (minutes)</source>
        <translation>مدة التأجيل (بالدقائق)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="76"/>
        <source>Minutes a snooze postpones a break.</source>
        <translation>الدقائق التي يؤجّل بها التأجيلُ الاستراحة.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="83"/>
        <source>Snoozes allowed per break</source>
        <translation>مرات التأجيل المسموحة لكل استراحة</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="85"/>
        <source>How many times one break may be snoozed; 0 means unlimited.</source>
        <translation>عدد المرات التي يجوز فيها تأجيل استراحة واحدة؛ 0 يعني بلا حد.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="92"/>
        <source>Strict mode (no snooze or skip)</source>
        <translation>الوضع الصارم (بلا تأجيل أو تخطٍّ)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="93"/>
        <source>Strict mode: no snooze or skip, for people who want to be held to it.</source>
        <translation>الوضع الصارم: بلا تأجيل أو تخطٍّ، لمن يريد أن يُلزَم بالاستراحات.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="102"/>
        <source>Away time that counts as a break (minutes)</source>
        <translation>الغياب الذي يُحتسب استراحة (بالدقائق)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="104"/>
        <source>Away from the keyboard (or asleep, or locked) at least this many minutes counts as a break taken; a shorter absence moves the next break back by as long.</source>
        <translation>الابتعاد عن لوحة المفاتيح (أو السكون أو القفل) هذا العدد من الدقائق على الأقل يُحتسب استراحة مأخوذة؛ والغياب الأقصر يؤخّر الاستراحة التالية بقدر مدته.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="115"/>
        <source>Wait for a pause in typing</source>
        <translation>انتظار توقفك عن الكتابة</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="116"/>
        <source>With an idle source, the break comes at the first pause in typing (10 seconds without input) within a fifth of interval_minutes either side of it, at most 5 minutes, and at the end of that window anyway, instead of cutting into a sentence at a fixed minute.</source>
        <translation>إن توفر مصدر لرصد الخمول، تأتي الاستراحة عند أول توقف عن الكتابة (10 ثوانٍ بلا إدخال) في حدود خُمس interval_minutes قبل موعدها أو بعده، وبحد أقصى 5 دقائق، وعند نهاية هذه المهلة في كل الأحوال، بدلًا من أن تقطع عليك جملتك في دقيقة محددة.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="129"/>
        <source>Longest wait while busy (minutes)</source>
        <translation>أطول انتظار أثناء الانشغال (بالدقائق)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="131"/>
        <source>How long a break may wait for a full-screen window, do-not-disturb or a call to end before a gentle notification replaces the window.</source>
        <translation>المدة التي يجوز أن تنتظرها الاستراحة حتى تنتهي نافذة بملء الشاشة أو وضع «عدم الإزعاج» أو مكالمة، قبل أن يحل محل النافذة إشعار لطيف.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="171"/>
        <source>Only remind me during working hours</source>
        <translation>ذكّرني خلال ساعات العمل فقط</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="172"/>
        <source>Remind only within the hours below; outside them no reminders at all. Each day takes ranges like &quot;09:00-12:30, 13:30-17:00&quot;; empty means no reminders that day.</source>
        <translation>ذكّر فقط ضمن الساعات أدناه؛ وخارجها لا تذكيرات على الإطلاق. يأخذ كل يوم نطاقات مثل &quot;09:00-12:30, 13:30-17:00&quot;؛ والفراغ يعني لا تذكيرات في ذلك اليوم.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="214"/>
        <source>The exercises breaks walk through, in order (the id of each exercise file). The default is the five AAOHN seated exercises.</source>
        <translation>التمارين التي تمر بها الاستراحات، بالترتيب (معرّف كل ملف تمرين). الافتراضي تمارين AAOHN الخمسة جلوسًا.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="225"/>
        <source>Exercises per break</source>
        <translation>التمارين في كل استراحة</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="227"/>
        <source>How many of them one break takes; the next break goes on where this one stopped.</source>
        <translation>كم تمرينًا منها تأخذ الاستراحة الواحدة؛ وتتابع الاستراحة التالية من حيث توقفت هذه.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="262"/>
        <source>Movement break every (breaks)</source>
        <translation>استراحة حركة كل (استراحات)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="264"/>
        <source>Every this many breaks offered (taken or skipped), the break is a longer one that asks you to stand up and move; 0 turns movement breaks off. Active breaks cut new neck pain in office workers from 44 % to 17 % over six months (Waongenngarm 2021).</source>
        <translation>بعد كل هذا العدد من الاستراحات المعروضة (المأخوذة أو المتخطاة) تكون الاستراحة أطول وتطلب منك النهوض والحركة؛ 0 يوقف استراحات الحركة. خفّضت الاستراحات النشطة آلام الرقبة الجديدة لدى موظفي المكاتب من 44 % إلى 17 % خلال ستة أشهر (Waongenngarm 2021).</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="276"/>
        <source>Movement break length (minutes)</source>
        <translation>مدة استراحة الحركة (دقائق)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="278"/>
        <source>About how long a movement break takes: it opens with the first of its exercises and adds the others in turn while they fit.</source>
        <translation>المدة التقريبية لاستراحة الحركة: تبدأ بأول تمارينها وتضيف الباقي بالتناوب ما دام الوقت يتسع لها.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="287"/>
        <source>Movement exercises</source>
        <translation>تمارين الحركة</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="289"/>
        <source>The exercises movement breaks use (exercise ids): the first opens every movement break, the rest take turns after it. The default is standing up and moving, then the standing stretches.</source>
        <translation>التمارين التي تستخدمها استراحات الحركة (معرّفات التمارين): الأول يفتتح كل استراحة حركة، والباقي يتناوب بعده. الافتراضي هو النهوض والحركة ثم تمارين الإطالة وقوفًا.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="311"/>
        <source>Eye breaks (20-20-20)</source>
        <translation>استراحات العين (20-20-20)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="312"/>
        <source>Short eye breaks with a rhythm of their own: every 20 minutes of work, look at something far away for 20 seconds (the 20-20-20 rule; both can be changed). One that would come shortly before a break is left to that break.</source>
        <translation>استراحات قصيرة للعين بإيقاع خاص بها: كل 20 دقيقة من العمل، انظر إلى شيء بعيد لمدة 20 ثانية (قاعدة 20-20-20؛ يمكن تغيير القيمتين). الاستراحة التي تأتي قبيل استراحة أخرى تُترك لتلك الاستراحة.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="324"/>
        <source>Eye break every (minutes)</source>
        <translation>استراحة العين كل (دقائق)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="326"/>
        <source>Minutes of work from one eye break to the next; any break, or time away, starts them again.</source>
        <translation>دقائق العمل من استراحة عين إلى التالية؛ أي استراحة أو وقت ابتعاد يبدأ العدّ من جديد.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="337"/>
        <source>Eye break length (seconds)</source>
        <translation>مدة استراحة العين (ثوانٍ)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="339"/>
        <source>About how long an eye break takes: the next of its exercises in turn, and more while they fit.</source>
        <translation>المدة التقريبية لاستراحة العين: التمرين التالي من تمارينها بالتناوب، وغيره ما دام الوقت يتسع.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="348"/>
        <source>Eye exercises</source>
        <translation>تمارين العين</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="350"/>
        <source>The exercises eye breaks take in turn (exercise ids). The default is looking far away, then palming.</source>
        <translation>التمارين التي تتناوبها استراحات العين (معرّفات التمارين). الافتراضي: النظر إلى البعيد، ثم تغطية العينين بالكفين.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="370"/>
        <source>Firmer reminders after breaks put off</source>
        <translation>تذكيرات أكثر حزمًا بعد تأجيل الاستراحات</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="371"/>
        <source>After 2 breaks skipped or snoozed in a row the next reminder is a little firmer (a window instead of a notification, fewer snoozes, a sentence saying why), after 4 firmer still; each break taken calms it down one step.</source>
        <translation>بعد تخطي استراحتين أو تأجيلهما على التوالي يصبح التذكير التالي أكثر حزمًا قليلًا (نافذة بدل إشعار، تأجيلات أقل، جملة تشرح السبب)، وبعد 4 أكثر حزمًا؛ كل استراحة تأخذها تهدّئه درجة واحدة.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="383"/>
        <source>Skips allowed per day</source>
        <translation>مرات التخطي المسموح بها يوميًا</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="385"/>
        <source>How many breaks may be skipped in a day; after that, until midnight, a break can be snoozed or taken but not skipped. 0 means no limit.</source>
        <translation>كم استراحة يمكن تخطيها في اليوم؛ بعد ذلك وحتى منتصف الليل يمكن تأجيل الاستراحة أو أخذها لكن لا يمكن تخطيها. 0 يعني بلا حد.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="394"/>
        <source>A snoozed break comes back a little longer</source>
        <translation>الاستراحة المؤجلة تعود أطول قليلًا</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="395"/>
        <source>A snoozed break comes back with one more exercise for each snooze, two at most.</source>
        <translation>تعود الاستراحة المؤجلة بتمرين إضافي عن كل تأجيل، وبتمرينين على الأكثر.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="413"/>
        <source>Daily limit (hours at the computer)</source>
        <translation>الحد اليومي (ساعات أمام الحاسوب)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="415"/>
        <source>After this many hours at the computer in a day, one calm notice suggests calling it a day; 0 turns it off. Time away, asleep, locked, paused, on a break or outside working hours does not count; the count starts afresh at midnight.</source>
        <translation>بعد هذا العدد من الساعات أمام الحاسوب في يوم واحد، يقترح إشعار هادئ أن تنهي يومك؛ 0 يوقفه. لا يُحسب وقت الابتعاد أو السكون أو قفل الشاشة أو الإيقاف المؤقت أو الاستراحة أو خارج ساعات العمل؛ ويبدأ العدّ من جديد عند منتصف الليل.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="433"/>
        <source>Notify before a break</source>
        <translation>الإشعار قبل الاستراحة</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="434"/>
        <source>Show a desktop notification before a break (the heads-up time is in [schedule]).</source>
        <translation>أظهر إشعارًا على سطح المكتب قبل الاستراحة (مدة التنبيه المسبق في [schedule]).</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="450"/>
        <source>Wait while a window is full screen</source>
        <translation>الانتظار ما دامت نافذة بملء الشاشة</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="451"/>
        <source>Hold a break while a window is full screen (a film, a presentation).</source>
        <translation>أرجئ الاستراحة ما دامت نافذة بملء الشاشة (فيلم، عرض تقديمي).</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="458"/>
        <source>Respect the desktop&apos;s do-not-disturb</source>
        <translation>احترام وضع «عدم الإزعاج» في سطح المكتب</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="459"/>
        <source>Hold a break while the desktop&apos;s do-not-disturb is on.</source>
        <translation>أرجئ الاستراحة ما دام وضع «عدم الإزعاج» في سطح المكتب مفعّلًا.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="464"/>
        <source>Wait while I am in a call</source>
        <translation>الانتظار ما دمت في مكالمة</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="465"/>
        <source>Hold a break while the camera or microphone is in use.</source>
        <translation>أرجئ الاستراحة ما دامت الكاميرا أو الميكروفون قيد الاستخدام.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="472"/>
        <source>Count watching a video or a presentation as activity</source>
        <translation>اعتبار مشاهدة فيديو أو عرض تقديمي نشاطًا</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="473"/>
        <source>While a video or a presentation keeps the screen awake (it asks the desktop not to blank the screen), you count as at the computer even without typing: the time is not taken for a break. Where the desktop tells (GNOME, KDE Plasma).</source>
        <translation>ما دام فيديو أو عرض تقديمي يُبقي الشاشة مضاءة (يطلب من سطح المكتب ألا يطفئها)، تُحسب أمام الحاسوب حتى دون كتابة: لا يُحتسب هذا الوقت استراحة. حيث يُبلغ سطح المكتب بذلك (GNOME وKDE Plasma).</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="491"/>
        <source>Chimes</source>
        <translation>النغمات</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="492"/>
        <source>A soft chime when a break starts and a different one when it ends.</source>
        <translation>نغمة هادئة عند بدء الاستراحة ونغمة مختلفة عند انتهائها.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="501"/>
        <source>Volume (%)</source>
        <translation>مستوى الصوت (%)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="503"/>
        <source>Volume in percent.</source>
        <translation>مستوى الصوت بالنسبة المئوية.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="508"/>
        <source>Tick at every repetition</source>
        <translation>نقرة مع كل تكرار</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="509"/>
        <source>A quiet tick at the start of every repetition.</source>
        <translation>نقرة خافتة في بداية كل تكرار.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="522"/>
        <source>Read the steps aloud</source>
        <translation>قراءة الخطوات بصوت عالٍ</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="523"/>
        <source>Read each step aloud and count the holds, so you can follow with your eyes closed. Needs a speech engine (on Linux: speech-dispatcher).</source>
        <translation>اقرأ كل خطوة بصوت عالٍ وعُدّ فترات الثبات، لتتابع وعيناك مغمضتان. يتطلب محرك كلام (في Linux: speech-dispatcher).</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="540"/>
        <source>Still pictures (reduced motion)</source>
        <translation>صور ثابتة (حركة أقل)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="541"/>
        <source>Still pictures only: no blending between the poses of an exercise.</source>
        <translation>صور ثابتة فقط: بلا انتقال متدرج بين وضعيات التمرين.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="560"/>
        <source>Breaks a day</source>
        <translation>الاستراحات في اليوم</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="562"/>
        <source>Breaks a day you aim for. The statistics window counts a streak of days that reach it.</source>
        <translation>عدد الاستراحات التي تسعى إليها يوميًا. تعدّ نافذة الإحصاءات الأيام المتتالية التي تبلغه.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="581"/>
        <source>Days of history</source>
        <translation>أيام السجل</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="583"/>
        <source>Days of break history to keep; 0 keeps it forever.</source>
        <translation>عدد أيام سجل الاستراحات التي يُحتفظ بها؛ 0 يحتفظ به إلى الأبد.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="596"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="598"/>
        <source>The language of microbreak&apos;s windows, messages and exercise steps. Empty follows the system; or a language code like &quot;de&quot; or &quot;pt_BR&quot;. MICROBREAK_LANG, where set, wins over this.</source>
        <translation>لغة نوافذ microbreak ورسائله وخطوات تمارينه. الفراغ يتبع النظام؛ أو رمز لغة مثل &quot;de&quot; أو &quot;pt_BR&quot;. ويتقدّم MICROBREAK_LANG على هذا الإعداد حيث يُضبط.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="616"/>
        <source>Start microbreak when I log in</source>
        <translation>ابدأ microbreak عند تسجيل دخولي</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="617"/>
        <source>Start microbreak when you log in (an autostart entry for your system).</source>
        <translation>ابدأ microbreak عند تسجيل دخولك (مدخل بدء تلقائي لنظامك).</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="48"/>
        <source>All exercises</source>
        <translation>كل التمارين</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="49"/>
        <source>Seated</source>
        <translation>جلوسًا</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="50"/>
        <source>Standing</source>
        <translation>وقوفًا</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="51"/>
        <source>Needs nothing</source>
        <translation>لا يحتاج إلى شيء</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="52"/>
        <source>Needs a wall</source>
        <translation>يحتاج إلى جدار</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="53"/>
        <source>Needs a doorway</source>
        <translation>يحتاج إلى إطار باب</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="54"/>
        <source>Needs a strap</source>
        <translation>يحتاج إلى حزام</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="59"/>
        <source>Choose at least one exercise: a break needs something to do.</source>
        <translation>اختر تمرينًا واحدًا على الأقل: الاستراحة تحتاج إلى ما تفعله.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="31"/>
        <source>Movement breaks</source>
        <translation>استراحات الحركة</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="32"/>
        <source>Eye breaks</source>
        <translation>استراحات العين</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="33"/>
        <source>Breaks put off</source>
        <translation>الاستراحات المؤجلة</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="34"/>
        <source>Daily limit</source>
        <translation>الحد اليومي</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="35"/>
        <source>Notifications</source>
        <translation>الإشعارات</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="36"/>
        <source>When you are busy</source>
        <translation>حين تكون مشغولًا</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="37"/>
        <source>Sound</source>
        <translation>الصوت</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="38"/>
        <source>Spoken guidance</source>
        <translation>الإرشاد الصوتي</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="39"/>
        <source>Accessibility</source>
        <translation>إمكانية الوصول</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="40"/>
        <source>Statistics</source>
        <translation>الإحصاءات</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="41"/>
        <source>Language and login</source>
        <translation>اللغة وتسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="48"/>
        <source>Let a break come at a short pause in your typing near its time, instead of cutting into a sentence. Where microbreak cannot tell when you type, breaks keep to the minutes between breaks.</source>
        <translation>دع الاستراحة تأتي عند توقف قصير عن الكتابة قرب موعدها، بدلًا من أن تقطع عليك جملتك. وحيث لا يستطيع microbreak معرفة متى تكتب، تلتزم الاستراحات بالدقائق المحددة بينها.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="54"/>
        <source>The language of microbreak&apos;s windows, messages and exercise steps. System default follows your computer&apos;s language.</source>
        <translation>لغة نوافذ microbreak ورسائله وخطوات تمارينه. «افتراضي النظام» يتبع لغة حاسوبك.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="64"/>
        <source>One calm notice after this many hours at the computer in a day; time away and breaks do not count.</source>
        <translation>إشعار هادئ واحد بعد هذا العدد من الساعات أمام الحاسوب في يوم واحد؛ لا يُحسب وقت الابتعاد ولا الاستراحات.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="69"/>
        <source>Watching a video or a presentation counts as being at the computer, not as a break.</source>
        <translation>تُحتسب مشاهدة فيديو أو عرض تقديمي بقاءً أمام الحاسوب، لا استراحة.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="77"/>
        <location filename="../../microbreak/ui/settings_form.py" line="80"/>
        <location filename="../../microbreak/ui/settings_form.py" line="82"/>
        <source>Off</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="78"/>
        <source>Unlimited</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="79"/>
        <source>Forever</source>
        <translation>إلى الأبد</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="81"/>
        <source>No limit</source>
        <translation>بلا حد</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="123"/>
        <source>Working hours on {day}.</source>
        <translation>ساعات العمل يوم {day}.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="131"/>
        <source>({low} to {high})</source>
        <translation>(من {low} إلى {high})</translation>
    </message>
</context>
<context>
    <name>stats</name>
    <message>
        <location filename="../../microbreak/core/stats.py" line="69"/>
        <location filename="../../microbreak/core/stats.py" line="72"/>
        <source>{n} min</source>
        <translation>{n} د</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="71"/>
        <source>{n} s</source>
        <translation>{n} ث</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/stats.py" line="356"/>
        <source>{taken} of %n break(s) taken</source>
        <translation>
            <numerusform>أُخذت {taken} من %n استراحة</numerusform>
            <numerusform>أُخذت {taken} من %n استراحة</numerusform>
            <numerusform>أُخذت {taken} من %n استراحتين</numerusform>
            <numerusform>أُخذت {taken} من %n استراحات</numerusform>
            <numerusform>أُخذت {taken} من %n استراحة</numerusform>
            <numerusform>أُخذت {taken} من %n استراحة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/stats.py" line="358"/>
        <source>of which %n movement break(s)</source>
        <translation>
            <numerusform>منها %n استراحة حركة</numerusform>
            <numerusform>منها %n استراحة حركة</numerusform>
            <numerusform>منها %n استراحتا حركة</numerusform>
            <numerusform>منها %n استراحات حركة</numerusform>
            <numerusform>منها %n استراحة حركة</numerusform>
            <numerusform>منها %n استراحة حركة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/stats.py" line="360"/>
        <source>%n natural break(s)</source>
        <translation>
            <numerusform>%n استراحة طبيعية</numerusform>
            <numerusform>%n استراحة طبيعية</numerusform>
            <numerusform>%n استراحتان طبيعيتان</numerusform>
            <numerusform>%n استراحات طبيعية</numerusform>
            <numerusform>%n استراحة طبيعية</numerusform>
            <numerusform>%n استراحة طبيعية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/stats.py" line="362"/>
        <source>%n eye break(s)</source>
        <translation>
            <numerusform>%n استراحة عين</numerusform>
            <numerusform>%n استراحة عين</numerusform>
            <numerusform>%n استراحتا عين</numerusform>
            <numerusform>%n استراحات عين</numerusform>
            <numerusform>%n استراحة عين</numerusform>
            <numerusform>%n استراحة عين</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="363"/>
        <source>{time} of exercise</source>
        <translation>{time} من التمارين</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="364"/>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/stats.py" line="371"/>
        <source>Daily goal of %n break(s) reached. Well done!</source>
        <translation>
            <numerusform>بلغتَ هدفك اليومي: %n استراحة. أحسنت!</numerusform>
            <numerusform>بلغتَ هدفك اليومي: %n استراحة. أحسنت!</numerusform>
            <numerusform>بلغتَ هدفك اليومي: %n استراحتان. أحسنت!</numerusform>
            <numerusform>بلغتَ هدفك اليومي: %n استراحات. أحسنت!</numerusform>
            <numerusform>بلغتَ هدفك اليومي: %n استراحة. أحسنت!</numerusform>
            <numerusform>بلغتَ هدفك اليومي: %n استراحة. أحسنت!</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/stats.py" line="373"/>
        <source>Your goal: %n break(s) a day.</source>
        <translation>
            <numerusform>هدفك: %n استراحة يوميًا.</numerusform>
            <numerusform>هدفك: %n استراحة يوميًا.</numerusform>
            <numerusform>هدفك: %n استراحتان يوميًا.</numerusform>
            <numerusform>هدفك: %n استراحات يوميًا.</numerusform>
            <numerusform>هدفك: %n استراحة يوميًا.</numerusform>
            <numerusform>هدفك: %n استراحة يوميًا.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/stats.py" line="374"/>
        <source>Your goal: %n break(s) a day, {left} to go.</source>
        <translation>
            <numerusform>هدفك: %n استراحة يوميًا، بقي {left}.</numerusform>
            <numerusform>هدفك: %n استراحة يوميًا، بقي {left}.</numerusform>
            <numerusform>هدفك: %n استراحتان يوميًا، بقي {left}.</numerusform>
            <numerusform>هدفك: %n استراحات يوميًا، بقي {left}.</numerusform>
            <numerusform>هدفك: %n استراحة يوميًا، بقي {left}.</numerusform>
            <numerusform>هدفك: %n استراحة يوميًا، بقي {left}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="381"/>
        <source>Reach your goal today to start a streak.</source>
        <translation>ابلغ هدفك اليوم لتبدأ سلسلة أيام متتالية.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/stats.py" line="382"/>
        <source>%n day(s) in a row at your goal.</source>
        <translation>
            <numerusform>%n يوم متتالٍ بلغتَ فيه هدفك.</numerusform>
            <numerusform>%n يوم متتالٍ بلغتَ فيه هدفك.</numerusform>
            <numerusform>%n يومان متتاليان بلغتَ فيهما هدفك.</numerusform>
            <numerusform>%n أيام متتالية بلغتَ فيها هدفك.</numerusform>
            <numerusform>%n يومًا متتاليًا بلغتَ فيها هدفك.</numerusform>
            <numerusform>%n يوم متتالٍ بلغتَ فيها هدفك.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/stats.py" line="386"/>
        <source>Last %n day(s): {taken}</source>
        <translation>
            <numerusform>آخر %n يوم: {taken}</numerusform>
            <numerusform>آخر %n يوم: {taken}</numerusform>
            <numerusform>آخر %n يومين: {taken}</numerusform>
            <numerusform>آخر %n أيام: {taken}</numerusform>
            <numerusform>آخر %n يومًا: {taken}</numerusform>
            <numerusform>آخر %n يوم: {taken}</numerusform>
        </translation>
    </message>
</context>
</TS>
