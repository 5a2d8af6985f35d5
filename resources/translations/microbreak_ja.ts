<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>About</name>
    <message>
        <location filename="../../microbreak/ui/about.py" line="30"/>
        <source>Before your first break</source>
        <translation>最初の休憩の前に</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="32"/>
        <source>microbreak reminds you to pause your work every so often and walks you through gentle stretches for your back, shoulders and neck. It is a nudge to move, not a treatment and not medical advice.</source>
        <translation>microbreak は、ときどき仕事の手を止めるよう声をかけ、背中・肩・首のやさしいストレッチを案内します。体を動かすきっかけであり、治療や医学的な助言ではありません。</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="38"/>
        <source>If you have a back or neck condition, or a recent injury, ask a doctor or physical therapist before you start.</source>
        <translation>背中や首に持病がある方、最近けがをした方は、始める前に医師または理学療法士に相談してください。</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="43"/>
        <source>Move slowly and never into pain. If an exercise hurts, stop it and go on to the next one (or skip the break). If pain keeps coming back, gets worse or lasts more than a few days, see a doctor.</source>
        <translation>ゆっくり動き、痛みが出るところまでは動かさないでください。痛むエクササイズはやめて、次のエクササイズに進んでください（休憩をスキップしてもかまいません）。痛みがくり返す、悪化する、または数日以上続く場合は、医師の診察を受けてください。</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="52"/>
        <source>The American Association of Occupational Health Nurses (AAOHN) recommends what it calls a &lt;i&gt;wellness microbreak&lt;/i&gt;: every 30 to 60 minutes, stop your work for a moment and do one or more short exercises right at your desk. You stay in your chair and in your work clothes; no equipment is needed.</source>
        <translation>米国産業保健看護師協会（AAOHN）は、&lt;i&gt;ウェルネス・マイクロブレイク&lt;/i&gt;と呼ぶ習慣を勧めています。30〜60分ごとに少しだけ仕事の手を止め、デスクで短いエクササイズを1つ以上行うというものです。椅子に座ったまま、仕事着のままででき、道具はいりません。</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="59"/>
        <source>Most upper-back pain comes from strained muscles (from holding one posture or repeating one movement for hours) rather than from a problem with the discs of the spine. Gentle, regular exercise strengthens the small muscles around the upper spine and eases its ligaments.</source>
        <translation>背中上部の痛みの多くは、椎間板の問題ではなく、筋肉の疲れ（何時間も同じ姿勢を続けたり、同じ動きをくり返したりすること）から来ます。やさしい運動を定期的に行うと、背骨上部のまわりの小さな筋肉が鍛えられ、靱帯の負担がやわらぎます。</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="66"/>
        <source>microbreak waits 45 minutes between breaks by default, the middle of that range, and keeps each break to a few minutes.</source>
        <translation>microbreak は標準では休憩の間隔をその範囲の中ほどの45分とし、1回の休憩は数分に収めます。</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="72"/>
        <source>microbreak sends nothing anywhere: your settings and history stay on this computer.</source>
        <translation>microbreak はどこにも何も送信しません。設定と履歴はこのコンピューターの中だけに保存されます。</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="78"/>
        <source>seated</source>
        <translation>座って</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="79"/>
        <source>standing</source>
        <translation>立って</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="82"/>
        <source>wall</source>
        <translation>壁</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="83"/>
        <source>doorway</source>
        <translation>戸口</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="84"/>
        <source>strap</source>
        <translation>ストラップ</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="197"/>
        <source>{posture}, needs a {equipment}</source>
        <translation>{posture}、{equipment}を使用</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="202"/>
        <source>Each break walks you through a few of these, with a picture of every pose, a countdown for each hold and a repetition counter. The default routine rotates through the five seated AAOHN desk exercises:</source>
        <translation>各休憩では、このうちいくつかを、ポーズごとのイラスト、キープ時間のカウントダウン、回数表示つきで案内します。標準のルーティンでは、AAOHN の座ってできる5つのデスクエクササイズを順番に行います。</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="210"/>
        <source>The library also has these:</source>
        <translation>ほかにも次のエクササイズがあります。</translation>
    </message>
</context>
<context>
    <name>AboutWindow</name>
    <message>
        <location filename="../../microbreak/ui/about.py" line="147"/>
        <location filename="../../microbreak/ui/about.py" line="173"/>
        <source>About microbreak</source>
        <translation>microbreak について</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="153"/>
        <source>A small break reminder for people who work sitting at a desk.</source>
        <translation>デスクに座って働く人のための、小さな休憩リマインダーです。</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="155"/>
        <source>Why a short break every 30 to 60 minutes</source>
        <translation>なぜ30〜60分ごとに短い休憩を取るのか</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="158"/>
        <source>The exercises</source>
        <translation>エクササイズ</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="161"/>
        <source>Take care</source>
        <translation>ご注意ください</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="163"/>
        <source>Read the health notice again</source>
        <translation>健康上の注意をもう一度読む</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="174"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>ActionsMenu</name>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="21"/>
        <source>30 minutes</source>
        <translation>30分</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="22"/>
        <source>1 hour</source>
        <translation>1時間</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="23"/>
        <source>2 hours</source>
        <translation>2時間</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="24"/>
        <source>Until tomorrow</source>
        <translation>明日まで</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="25"/>
        <source>Until I resume</source>
        <translation>再開するまで</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="51"/>
        <source>Take a break now</source>
        <translation>今すぐ休憩する</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="53"/>
        <source>Snooze</source>
        <translation>あとで</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="55"/>
        <source>{n} minutes</source>
        <translation>{n}分</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="57"/>
        <source>Skip next break</source>
        <translation>次の休憩をスキップ</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="59"/>
        <source>Pause reminders</source>
        <translation>リマインダーを一時停止</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="63"/>
        <source>Resume reminders</source>
        <translation>リマインダーを再開</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="66"/>
        <source>Statistics…</source>
        <translation>統計…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="68"/>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="70"/>
        <source>About microbreak</source>
        <translation>microbreak について</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="72"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
</context>
<context>
    <name>BreakWindow</name>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="67"/>
        <source>Read each step aloud and count the holds, so you can close your eyes</source>
        <translation>各ステップを読み上げ、キープ中は秒数を数えます。目を閉じたままでも続けられます</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="71"/>
        <source>Move</source>
        <translation>動かす</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="72"/>
        <source>Hold</source>
        <translation>キープ</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="73"/>
        <source>Relax</source>
        <translation>力を抜く</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="87"/>
        <source>left side</source>
        <translation>左側</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="88"/>
        <source>right side</source>
        <translation>右側</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="93"/>
        <source>Get ready</source>
        <translation>準備</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="95"/>
        <source>Once</source>
        <translation>1回</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="97"/>
        <source>Rep {n} of {total}</source>
        <translation>{n} / {total} 回目</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="102"/>
        <source>{where}, {side}</source>
        <translation>{where}、{side}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="162"/>
        <source>Time for a break</source>
        <translation>休憩の時間です</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="193"/>
        <source>Progress through this break</source>
        <translation>この休憩の進み具合</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="244"/>
        <location filename="../../microbreak/ui/break_window.py" line="564"/>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="244"/>
        <source>Pause or resume the countdown (Space)</source>
        <translation>カウントダウンを一時停止・再開（スペース）</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="236"/>
        <source>Right arrow</source>
        <translation>右矢印キー</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="236"/>
        <source>Left arrow</source>
        <translation>左矢印キー</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="240"/>
        <source>&amp;Back</source>
        <translation>戻る(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="240"/>
        <source>Previous exercise ({key})</source>
        <translation>前のエクササイズ（{key}）</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="247"/>
        <source>&amp;Next</source>
        <translation>次へ(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="247"/>
        <source>Next exercise ({key})</source>
        <translation>次のエクササイズ（{key}）</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="254"/>
        <location filename="../../microbreak/ui/break_window.py" line="362"/>
        <source>&amp;Snooze {n} min</source>
        <translation>{n}分後に(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="255"/>
        <location filename="../../microbreak/ui/break_window.py" line="364"/>
        <source>Close this break and bring it back in {n} minutes</source>
        <translation>この休憩を閉じ、{n}分後にもう一度表示します</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="257"/>
        <source>S&amp;kip break</source>
        <translation>休憩をスキップ(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="257"/>
        <source>End this break now (Esc)</source>
        <translation>この休憩を今すぐ終えます（Esc）</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="260"/>
        <source>Read &amp;aloud</source>
        <translation>読み上げ(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="270"/>
        <source>Skip this break?</source>
        <translation>この休憩をスキップしますか？</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="271"/>
        <source>Skip</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="271"/>
        <source>Yes, end this break (Enter)</source>
        <translation>はい、この休憩を終えます（Enter）</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="273"/>
        <source>Keep going</source>
        <translation>続ける</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="273"/>
        <source>Go on with the break (Esc)</source>
        <translation>休憩を続けます（Esc）</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="328"/>
        <location filename="../../microbreak/ui/break_window.py" line="505"/>
        <source>Well done!</source>
        <translation>おつかれさまでした！</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="341"/>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="341"/>
        <source>Close this window</source>
        <translation>このウィンドウを閉じます</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="401"/>
        <source>Next break at {time}.</source>
        <translation>次の休憩は {time} です。</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="502"/>
        <source>{first} and {last}</source>
        <translation>{first}、{last}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="503"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="506"/>
        <source>You did {exercises} in {time}.</source>
        <translation>{time}で{exercises}を行いました。</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="510"/>
        <source>Break ended early</source>
        <translation>休憩を早めに終了しました</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="511"/>
        <source>Every bit of movement helps. Try a whole routine next time.</source>
        <translation>少し動くだけでも効果があります。次はルーティンを最後までやってみましょう。</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="534"/>
        <source>Exercise {n} of {total}</source>
        <translation>エクササイズ {n} / {total}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="558"/>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="564"/>
        <source>&amp;Resume</source>
        <translation>再開(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="619"/>
        <source>Read aloud: no voice</source>
        <translation>読み上げ：音声なし</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="620"/>
        <source>Spoken guidance is not available. {reason}</source>
        <translation>音声ガイドは使えません。{reason}</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <location filename="../../microbreak/ui/countdown_ring.py" line="43"/>
        <source>{n} seconds left</source>
        <translation>残り{n}秒</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/countdown_ring.py" line="43"/>
        <source>1 second left</source>
        <translation>残り1秒</translation>
    </message>
</context>
<context>
    <name>DayBarsChart</name>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="51"/>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="53"/>
        <source>Snoozed, then taken</source>
        <translation>延期後に実施</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="57"/>
        <source>Natural break</source>
        <translation>自然な休憩</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="58"/>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="88"/>
        <source>Breaks per day, last {n} days</source>
        <translation>1日あたりの休憩数（過去{n}日間）</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="90"/>
        <source>{taken} taken of {offered} offered, {total} in all; goal {goal} a day</source>
        <translation>提案{offered}回のうち{taken}回実施、合計{total}回。目標は1日{goal}回</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="145"/>
        <source>dddd d MMMM</source>
        <translation>M月d日 dddd</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="146"/>
        <source>{n} of {total} breaks taken</source>
        <translation>休憩 {total}回中{n}回実施</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="148"/>
        <source>{series}: {n}</source>
        <translation>{series}：{n}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="153"/>
        <source>(of those taken, {n} partly done)</source>
        <translation>（うち{n}回は一部のみ）</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="154"/>
        <source>{n} min of exercise</source>
        <translation>エクササイズ {n}分</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="250"/>
        <source>goal {n}</source>
        <translation>目標 {n}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="261"/>
        <location filename="../../microbreak/ui/day_bars.py" line="266"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="263"/>
        <source>ddd
d</source>
        <translation>ddd
d日</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="268"/>
        <source>d MMM</source>
        <translation>M月d日</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="305"/>
        <source>Daily goal</source>
        <translation>1日の目標</translation>
    </message>
</context>
<context>
    <name>ExercisesPage</name>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="154"/>
        <source>Tick the exercises you want. Breaks walk through them in this order: drag to reorder, or use Move up and Move down.</source>
        <translation>使いたいエクササイズにチェックを入れてください。休憩ではこの順番で進みます。ドラッグするか「上へ」「下へ」で並べ替えられます。</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="158"/>
        <source>Exercises</source>
        <translation>エクササイズ</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="164"/>
        <source>How long one break takes with this choice.</source>
        <translation>この選択で休憩1回にかかる時間です。</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="170"/>
        <source>Exercise files that could not be used; fix and reload.</source>
        <translation>使えなかったエクササイズファイルです。修正して再読み込みしてください。</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="187"/>
        <source>Show only the exercises that suit where you are.</source>
        <translation>今いる場所に合ったエクササイズだけを表示します。</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="188"/>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="198"/>
        <source>Exercises &amp;per break:</source>
        <translation>休憩ごとのエクササイズ数(&amp;P):</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="206"/>
        <source>Move &amp;up</source>
        <translation>上へ(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="207"/>
        <source>Move the chosen exercise earlier in the routine.</source>
        <translation>選択したエクササイズをルーティンの前のほうへ移動します。</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="208"/>
        <source>Move &amp;down</source>
        <translation>下へ(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="209"/>
        <source>Move the chosen exercise later in the routine.</source>
        <translation>選択したエクササイズをルーティンの後ろのほうへ移動します。</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="210"/>
        <source>&amp;Reload exercises</source>
        <translation>エクササイズを再読み込み(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="212"/>
        <source>Read the exercise files again, including your own in the exercises folder.</source>
        <translation>エクササイズファイルを読み込み直します。エクササイズフォルダー内の自作のファイルも含みます。</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="221"/>
        <source>The steps of the exercise chosen in the list.</source>
        <translation>リストで選択したエクササイズの手順です。</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="239"/>
        <source>&lt;b&gt;Skipped (could not be used):&lt;/b&gt;&lt;ul&gt;{lines}&lt;/ul&gt;</source>
        <translation>&lt;b&gt;スキップしたファイル（使用できません）：&lt;/b&gt;&lt;ul&gt;{lines}&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="342"/>
        <source>A break takes about {length} ({count} of the {chosen} chosen exercises; the next break goes on where the last one stopped).</source>
        <translation>休憩1回は約{length}です（選択した{chosen}個のエクササイズのうち{count}個。次の休憩は前回の続きから始まります）。</translation>
    </message>
</context>
<context>
    <name>HeadsUpToast</name>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="20"/>
        <source>Time to stretch soon.</source>
        <translation>まもなくストレッチの時間です。</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="47"/>
        <source>Start now</source>
        <translation>今すぐ始める</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="48"/>
        <source>Snooze</source>
        <translation>あとで</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="49"/>
        <source>Skip</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="50"/>
        <source>Start the break now</source>
        <translation>今すぐ休憩を始めます</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="51"/>
        <source>Put this break off by a few minutes</source>
        <translation>この休憩を数分後に延ばします</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="52"/>
        <source>Leave out this break</source>
        <translation>この休憩をスキップします</translation>
    </message>
</context>
<context>
    <name>HealthNotice</name>
    <message>
        <location filename="../../microbreak/ui/about.py" line="120"/>
        <source>microbreak: before your first break</source>
        <translation>microbreak：最初の休憩の前に</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="125"/>
        <source>I understand</source>
        <translation>了解しました</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="372"/>
        <source>microbreak settings</source>
        <translation>microbreak の設定</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="382"/>
        <source>Settings pages</source>
        <translation>設定のページ</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="406"/>
        <source>Put this page&apos;s settings back to their defaults.</source>
        <translation>このページの設定をデフォルトに戻します。</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="409"/>
        <source>Save and use these settings now; keep the dialog open.</source>
        <translation>この設定を保存してすぐに使います。ダイアログは開いたままです。</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="412"/>
        <source>Save and use these settings, and close.</source>
        <translation>この設定を保存して使い、ダイアログを閉じます。</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="414"/>
        <source>Close without saving what changed since the last Apply.</source>
        <translation>最後に「適用」してからの変更を保存せずに閉じます。</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="416"/>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="419"/>
        <source>Load settings from a file; they are checked in full and used when you press OK.</source>
        <translation>ファイルから設定を読み込みます。内容はすべて検証され、OK を押すと使われます。</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="422"/>
        <source>E&amp;xport…</source>
        <translation>エクスポート(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="423"/>
        <source>Save these settings to a file, to share or keep.</source>
        <translation>共有や保管のために、この設定をファイルに保存します。</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="465"/>
        <source>no reminders this day</source>
        <translation>この日はリマインダーなし</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="477"/>
        <source>Ranges like &quot;09:00-12:30, 13:30-17:00&quot;; leave a day empty for no reminders that day. Outside working hours microbreak stays quiet.</source>
        <translation>「09:00-12:30, 13:30-17:00」のように時間帯で指定します。リマインダーが不要な日は空欄にしてください。勤務時間外は microbreak から通知しません。</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="484"/>
        <source>Settings file: {path}</source>
        <translation>設定ファイル：{path}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="488"/>
        <source>&amp;Open the settings file</source>
        <translation>設定ファイルを開く(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="491"/>
        <source>Open config.toml in your editor: every key is described there. Saved changes apply at once.</source>
        <translation>config.toml をエディターで開きます。すべてのキーの説明が書かれています。保存した変更はすぐに反映されます。</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="541"/>
        <source>{page}: defaults restored. Press OK or Apply to use them.</source>
        <translation>{page}：デフォルトに戻しました。使うには OK または「適用」を押してください。</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="643"/>
        <source>Nothing was imported. {problem}</source>
        <translation>何もインポートしませんでした。{problem}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="647"/>
        <source>Imported {path}. Press OK or Apply to use these settings.</source>
        <translation>{path} をインポートしました。この設定を使うには OK または「適用」を押してください。</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="673"/>
        <source>Could not export to {path}: {problem}</source>
        <translation>{path} にエクスポートできませんでした：{problem}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="678"/>
        <source>Settings exported to {path}.</source>
        <translation>設定を {path} にエクスポートしました。</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="62"/>
        <source>Export break history</source>
        <translation>休憩履歴をエクスポート</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="64"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="115"/>
        <source>Statistics</source>
        <translation>統計</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="137"/>
        <location filename="../../microbreak/ui/stats_window.py" line="265"/>
        <source>breaks taken today</source>
        <translation>今日の休憩</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="138"/>
        <location filename="../../microbreak/ui/stats_window.py" line="268"/>
        <source>of exercise today</source>
        <translation>今日のエクササイズ</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="139"/>
        <source>days in a row at your goal</source>
        <translation>日連続で目標達成</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="161"/>
        <source>{n} days</source>
        <translation>{n}日間</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="174"/>
        <source>Exercise</source>
        <translation>エクササイズ</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="175"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="176"/>
        <source>Partly done</source>
        <translation>一部のみ</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="177"/>
        <source>Not started</source>
        <translation>未実施</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="178"/>
        <source>Minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="181"/>
        <source>How each exercise went</source>
        <translation>エクササイズごとの実施状況</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="196"/>
        <source>Export CSV…</source>
        <translation>CSV をエクスポート…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="198"/>
        <source>Clear history…</source>
        <translation>履歴を消去…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="200"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="218"/>
        <source>Delete history</source>
        <translation>履歴を削除</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="220"/>
        <source>Keep it</source>
        <translation>残す</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="264"/>
        <source>{n} of {total}</source>
        <translation>{total}回中{n}回</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="268"/>
        <source>{n} min</source>
        <translation>{n}分</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="271"/>
        <source>day in a row at {goal} a day</source>
        <translation>日連続で1日{goal}回を達成</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="273"/>
        <source>days in a row at {goal} a day</source>
        <translation>日連続で1日{goal}回を達成</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="275"/>
        <source>Today: {taken}</source>
        <translation>今日：{taken}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="279"/>
        <source>Exercises, last {n} days</source>
        <translation>エクササイズ（過去{n}日間）</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="328"/>
        <source>Could not save {path}: {error}</source>
        <translation>{path} を保存できませんでした：{error}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="332"/>
        <source>Saved {n} breaks to {path}.</source>
        <translation>{n}回分の休憩を {path} に保存しました。</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="339"/>
        <source>Delete all {n} breaks recorded?</source>
        <translation>記録されている休憩{n}回分をすべて削除しますか？</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="342"/>
        <source>d MMMM yyyy</source>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="344"/>
        <source>Delete all {n} breaks recorded since {date}?</source>
        <translation>{date}以降に記録された休憩{n}回分をすべて削除しますか？</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="350"/>
        <source>This cannot be undone. Export a CSV first if you want to keep them.</source>
        <translation>この操作は元に戻せません。残しておきたい場合は、先に CSV をエクスポートしてください。</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="364"/>
        <source>Your break history was deleted.</source>
        <translation>休憩履歴を削除しました。</translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="171"/>
        <source>Take a break now</source>
        <translation>今すぐ休憩する</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="172"/>
        <source>Snooze</source>
        <translation>あとで</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="173"/>
        <source>Skip next break</source>
        <translation>次の休憩をスキップ</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="174"/>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="175"/>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="176"/>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="177"/>
        <source>About</source>
        <translation>情報</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="178"/>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="179"/>
        <source>Statistics…</source>
        <translation>統計…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="184"/>
        <source>Start a break with its exercises now</source>
        <translation>今すぐエクササイズつきの休憩を始めます</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="185"/>
        <source>Put the next break off by a few minutes</source>
        <translation>次の休憩を数分後に延ばします</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="186"/>
        <source>Count the next break as taken and start a new interval</source>
        <translation>次の休憩を取ったものとして数え、新しい間隔を始めます</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="187"/>
        <source>No reminders for a while</source>
        <translation>しばらくリマインダーを止めます</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="188"/>
        <source>Reminders again, from now</source>
        <translation>今からリマインダーを再開します</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="189"/>
        <source>Change the interval, sounds and more</source>
        <translation>間隔やサウンドなどを変更します</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="190"/>
        <source>Breaks taken, streaks and exercises</source>
        <translation>取った休憩、連続記録、エクササイズ</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="191"/>
        <source>What microbreak is, and the health notice</source>
        <translation>microbreak について、および健康上の注意</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="192"/>
        <source>End microbreak: no more reminders until it starts again</source>
        <translation>microbreak を終了します。再び起動するまでリマインダーは表示されません</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="224"/>
        <source>at {time}</source>
        <translation>{time}</translation>
    </message>
</context>
<context>
    <name>describe</name>
    <message>
        <location filename="../../microbreak/core/describe.py" line="14"/>
        <source>paused by you</source>
        <translation>ユーザーが一時停止</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="15"/>
        <source>you are away</source>
        <translation>離席中</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="16"/>
        <source>the computer is asleep</source>
        <translation>コンピューターがスリープ中</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="17"/>
        <source>the screen is locked</source>
        <translation>画面がロック中</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="18"/>
        <source>do not disturb is on</source>
        <translation>おやすみモードがオン</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="19"/>
        <source>a full-screen window is open</source>
        <translation>全画面のウィンドウを表示中</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="20"/>
        <source>you are in a call</source>
        <translation>通話中</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="21"/>
        <source>outside your working hours</source>
        <translation>勤務時間外</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="26"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="65"/>
        <location filename="../../microbreak/core/describe.py" line="82"/>
        <source>{n} s</source>
        <translation>{n}秒</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="68"/>
        <location filename="../../microbreak/core/describe.py" line="87"/>
        <source>{n} min</source>
        <translation>{n}分</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="71"/>
        <location filename="../../microbreak/core/describe.py" line="90"/>
        <source>{h} h {m} min</source>
        <translation>{h}時間{m}分</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="72"/>
        <location filename="../../microbreak/core/describe.py" line="91"/>
        <source>{n} h</source>
        <translation>{n}時間</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="86"/>
        <source>{m} min {s} s</source>
        <translation>{m}分{s}秒</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="98"/>
        <source>1 second</source>
        <translation>1秒</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="98"/>
        <source>{n} seconds</source>
        <translation>{n}秒</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="99"/>
        <source>1 minute</source>
        <translation>1分</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="99"/>
        <source>{n} minutes</source>
        <translation>{n}分</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="100"/>
        <source>1 hour</source>
        <translation>1時間</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="100"/>
        <source>{n} hours</source>
        <translation>{n}時間</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="116"/>
        <source>{hours} {minutes}</source>
        <translation>{hours}{minutes}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="123"/>
        <source>Microbreak in {time}</source>
        <translation>あと{time}でマイクロブレイク</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="140"/>
        <source>On a break</source>
        <translation>休憩中</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="143"/>
        <source>Break waiting: {reasons}</source>
        <translation>休憩を待機中：{reasons}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="148"/>
        <source>Paused until {day} {time}</source>
        <translation>{day} {time}まで一時停止</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="151"/>
        <source>Paused until {time}</source>
        <translation>{time}まで一時停止</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="153"/>
        <source>Paused until you resume</source>
        <translation>再開するまで一時停止</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="154"/>
        <source>Paused: {reasons}</source>
        <translation>一時停止：{reasons}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="161"/>
        <source>Break in {time}</source>
        <translation>あと{time}で休憩</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="163"/>
        <source>Snoozed: break in {time}</source>
        <translation>延期中：あと{time}で休憩</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="168"/>
        <source>Next break in {soonest} to {latest}, at a pause in your typing</source>
        <translation>次の休憩は{soonest}〜{latest}後、入力の手が止まったときに</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="171"/>
        <source>Break at your next pause (by {time})</source>
        <translation>次に手が止まったときに休憩（{time}まで）</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="174"/>
        <source>Next break in {time}</source>
        <translation>次の休憩まであと{time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="182"/>
        <source>(at {time})</source>
        <translation>（{time}）</translation>
    </message>
</context>
<context>
    <name>guidance</name>
    <message>
        <location filename="../../microbreak/core/guidance.py" line="72"/>
        <source>Well done. That is the end of this break.</source>
        <translation>おつかれさまでした。これで休憩は終わりです。</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/guidance.py" line="73"/>
        <source>Paused.</source>
        <translation>一時停止しました。</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/guidance.py" line="112"/>
        <source>{n} of {total}. {step}</source>
        <translation>{total}回中{n}回目。{step}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/guidance.py" line="128"/>
        <source>{exercise}. {step}</source>
        <translation>{exercise}。{step}</translation>
    </message>
</context>
<context>
    <name>player</name>
    <message>
        <location filename="../../microbreak/core/player.py" line="28"/>
        <source>Now the right side.</source>
        <translation>次は右側です。</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/player.py" line="29"/>
        <source>Now the left side.</source>
        <translation>次は左側です。</translation>
    </message>
</context>
<context>
    <name>stats</name>
    <message>
        <location filename="../../microbreak/core/stats.py" line="299"/>
        <source>1 break</source>
        <translation>1回</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="299"/>
        <source>{n} breaks</source>
        <translation>{n}回</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="303"/>
        <source>1 day</source>
        <translation>1日</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="303"/>
        <source>{n} days</source>
        <translation>{n}日間</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="309"/>
        <source>{n} of {breaks} taken</source>
        <translation>{breaks}中{n}回実施</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="315"/>
        <source>1 natural break</source>
        <translation>自然な休憩1回</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="316"/>
        <source>{n} natural breaks</source>
        <translation>自然な休憩{n}回</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="319"/>
        <source>{n} min of exercise</source>
        <translation>エクササイズ {n}分</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="320"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="327"/>
        <source>Daily goal of {goal} reached. Well done!</source>
        <translation>1日の目標{goal}を達成しました。おつかれさまでした！</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="329"/>
        <source>Your goal: {goal} a day.</source>
        <translation>目標：1日{goal}。</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="330"/>
        <source>Your goal: {goal} a day, {left} to go.</source>
        <translation>目標：1日{goal}、あと{left}回。</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="337"/>
        <source>Reach your goal today to start a streak.</source>
        <translation>今日目標を達成すると、連続記録が始まります。</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="338"/>
        <source>{days} in a row at your goal.</source>
        <translation>{days}連続で目標を達成。</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="342"/>
        <source>Last {days}: {taken}</source>
        <translation>過去{days}：{taken}</translation>
    </message>
</context>
</TS>
