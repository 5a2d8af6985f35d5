<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>About</name>
    <message>
        <location filename="../../microbreak/ui/about.py" line="31"/>
        <source>Before your first break</source>
        <translation>Antes da sua primeira pausa</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="33"/>
        <source>microbreak reminds you to pause your work every so often and walks you through gentle stretches for your back, shoulders and neck. It is a nudge to move, not a treatment and not medical advice.</source>
        <translation>O microbreak lembra você de interromper o trabalho de vez em quando e guia alongamentos suaves para as costas, os ombros e o pescoço. É um incentivo para se mexer, não um tratamento nem uma orientação médica.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="39"/>
        <source>If you have a back or neck condition, or a recent injury, ask a doctor or physical therapist before you start.</source>
        <translation>Se você tem algum problema nas costas ou no pescoço, ou uma lesão recente, consulte um médico ou fisioterapeuta antes de começar.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="44"/>
        <source>Move slowly and never into pain. If an exercise hurts, stop it and go on to the next one (or skip the break). If pain keeps coming back, gets worse or lasts more than a few days, see a doctor.</source>
        <translation>Movimente-se devagar e nunca até sentir dor. Se um exercício doer, pare e passe para o próximo (ou pule a pausa). Se a dor voltar, piorar ou durar mais de alguns dias, procure um médico.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="53"/>
        <source>The American Association of Occupational Health Nurses (AAOHN) recommends what it calls a &lt;i&gt;wellness microbreak&lt;/i&gt;: every 30 to 60 minutes, stop your work for a moment and do one or more short exercises right at your desk. You stay in your chair and in your work clothes; no equipment is needed.</source>
        <translation>A American Association of Occupational Health Nurses (AAOHN), a associação americana de enfermagem do trabalho, recomenda o que chama de &lt;i&gt;micropausa de bem-estar&lt;/i&gt;: a cada 30 a 60 minutos, pare o trabalho por um momento e faça um ou mais exercícios curtos na sua mesa. Você continua na cadeira e com a roupa de trabalho; não precisa de nenhum equipamento.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="60"/>
        <source>Most upper-back pain comes from strained muscles (from holding one posture or repeating one movement for hours) rather than from a problem with the discs of the spine. Gentle, regular exercise strengthens the small muscles around the upper spine and eases its ligaments.</source>
        <translation>A maior parte das dores na parte superior das costas vem de músculos sobrecarregados (por manter uma postura ou repetir um movimento por horas), e não de um problema nos discos da coluna. Exercícios leves e regulares fortalecem os pequenos músculos em volta da parte superior da coluna e aliviam seus ligamentos.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="67"/>
        <source>microbreak waits 45 minutes between breaks by default, the middle of that range, and keeps each break to a few minutes.</source>
        <translation>Por padrão, o microbreak espera 45 minutos entre as pausas, o meio desse intervalo, e mantém cada pausa em poucos minutos.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="73"/>
        <source>microbreak sends nothing anywhere: your settings and history stay on this computer.</source>
        <translation>O microbreak não envia nada para lugar nenhum: suas configurações e seu histórico ficam neste computador.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_words.py" line="14"/>
        <source>seated</source>
        <translation>sentado</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_words.py" line="15"/>
        <source>standing</source>
        <translation>em pé</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_words.py" line="18"/>
        <source>wall</source>
        <translation>parede</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_words.py" line="19"/>
        <source>doorway</source>
        <translation>batente de porta</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_words.py" line="20"/>
        <source>strap</source>
        <translation>faixa</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_words.py" line="30"/>
        <source>{posture}, needs a {equipment}</source>
        <translation>{posture}, com {equipment}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="190"/>
        <source>Each break walks you through a few of these, with a picture of every pose, a countdown for each hold and a repetition counter. The default routine rotates through the five seated AAOHN desk exercises:</source>
        <translation>Cada pausa guia você por alguns destes exercícios, com uma imagem de cada posição, uma contagem regressiva para cada sustentação e um contador de repetições. A rotina padrão alterna entre os cinco exercícios sentados da AAOHN:</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="198"/>
        <source>The library also has these:</source>
        <translation>A biblioteca também tem estes:</translation>
    </message>
</context>
<context>
    <name>AboutWindow</name>
    <message>
        <location filename="../../microbreak/ui/about.py" line="166"/>
        <source>About microbreak</source>
        <translation>Sobre o microbreak</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="146"/>
        <source>A small break reminder for people who work sitting at a desk.</source>
        <translation>Um pequeno lembrete de pausas para quem trabalha sentado à mesa.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="140"/>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="148"/>
        <source>Why a short break every 30 to 60 minutes</source>
        <translation>Por que uma pausa curta a cada 30 a 60 minutos</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="151"/>
        <source>The exercises</source>
        <translation>Os exercícios</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="154"/>
        <source>Take care</source>
        <translation>Cuide-se</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="156"/>
        <source>Read the health notice again</source>
        <translation>Ler o aviso de saúde de novo</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="167"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>ActionsMenu</name>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="21"/>
        <source>30 minutes</source>
        <translation>30 minutos</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="22"/>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="23"/>
        <source>2 hours</source>
        <translation>2 horas</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="24"/>
        <source>Until tomorrow</source>
        <translation>Até amanhã</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="25"/>
        <source>Until I resume</source>
        <translation>Até eu retomar</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="54"/>
        <source>Take a break now</source>
        <translation>Fazer uma pausa agora</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="56"/>
        <source>Snooze</source>
        <translation>Adiar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/intents.py" line="58"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation type="vanished">{n} minutos</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="60"/>
        <source>Skip next break</source>
        <translation>Pular a próxima pausa</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="62"/>
        <source>Pause reminders</source>
        <translation>Pausar lembretes</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="66"/>
        <source>Resume reminders</source>
        <translation>Retomar lembretes</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="69"/>
        <source>Statistics…</source>
        <translation>Estatísticas…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="71"/>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="73"/>
        <source>About microbreak</source>
        <translation>Sobre o microbreak</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="75"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
</context>
<context>
    <name>BreakWindow</name>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="40"/>
        <source>Read each step aloud and count the holds, so you can close your eyes</source>
        <translation>Ler cada passo em voz alta e contar as sustentações, para você poder fechar os olhos</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="44"/>
        <source>Move</source>
        <translation>Mova</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="45"/>
        <source>Hold</source>
        <translation>Segure</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="46"/>
        <source>Relax</source>
        <translation>Relaxe</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="55"/>
        <source>left side</source>
        <translation>lado esquerdo</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="56"/>
        <source>right side</source>
        <translation>lado direito</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="61"/>
        <source>Get ready</source>
        <translation>Prepare-se</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="63"/>
        <source>Once</source>
        <translation>Uma vez</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="65"/>
        <source>Rep {n} of {total}</source>
        <translation>Rep. {n} de {total}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="70"/>
        <source>{where}, {side}</source>
        <translation>{where}, {side}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="181"/>
        <source>Time for a break</source>
        <translation>Hora de uma pausa</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="232"/>
        <source>Time to stand up and move</source>
        <translation>Hora de levantar e se mexer</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="234"/>
        <source>Rest your eyes</source>
        <translation>Descanse os olhos</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="194"/>
        <source>Progress through this break</source>
        <translation>Progresso desta pausa</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="209"/>
        <location filename="../../microbreak/ui/exercise_page.py" line="277"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausar</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="210"/>
        <source>Pause or resume the countdown (Space)</source>
        <translation>Pausar ou retomar a contagem (Espaço)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="199"/>
        <source>Right arrow</source>
        <translation>seta para a direita</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="198"/>
        <source>Left arrow</source>
        <translation>seta para a esquerda</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="203"/>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="204"/>
        <source>Previous exercise ({key})</source>
        <translation>Exercício anterior ({key})</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="214"/>
        <source>&amp;Next</source>
        <translation>Pró&amp;ximo</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="215"/>
        <source>Next exercise ({key})</source>
        <translation>Próximo exercício ({key})</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="190"/>
        <source>&amp;Snooze {n} min</source>
        <translation>&amp;Adiar {n} min</translation>
    </message>
    <message>
        <source>Close this break and bring it back in {n} minutes</source>
        <translation type="vanished">Fechar esta pausa e trazê-la de volta em {n} minutos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/break_window.py" line="192"/>
        <source>Close this break and bring it back in %n minute(s)</source>
        <translation>
            <numerusform>Fechar esta pausa e trazê-la de volta em %n minuto</numerusform>
            <numerusform>Fechar esta pausa e trazê-la de volta em %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="223"/>
        <source>S&amp;kip break</source>
        <translation>P&amp;ular pausa</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="224"/>
        <source>End this break now (Esc)</source>
        <translation>Encerrar esta pausa agora (Esc)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="228"/>
        <source>Read &amp;aloud</source>
        <translation>&amp;Ler em voz alta</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/skip_confirm.py" line="31"/>
        <source>Skip this break?</source>
        <translation>Pular esta pausa?</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/skip_confirm.py" line="34"/>
        <source>Skip</source>
        <translation>Pular</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/skip_confirm.py" line="35"/>
        <source>Yes, end this break (Enter)</source>
        <translation>Sim, encerrar esta pausa (Enter)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/skip_confirm.py" line="39"/>
        <source>Keep going</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/skip_confirm.py" line="40"/>
        <source>Go on with the break (Esc)</source>
        <translation>Continuar a pausa (Esc)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_summary.py" line="89"/>
        <location filename="../../microbreak/ui/break_summary.py" line="101"/>
        <source>Well done!</source>
        <translation>Muito bem!</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_summary.py" line="92"/>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_summary.py" line="93"/>
        <source>Close this window</source>
        <translation>Fechar esta janela</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_summary.py" line="114"/>
        <source>Next break at {time}.</source>
        <translation>Próxima pausa às {time}.</translation>
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
        <translation>Você fez {exercises} em {time}.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_summary.py" line="104"/>
        <source>Break ended early</source>
        <translation>Pausa encerrada antes</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_summary.py" line="105"/>
        <source>Every bit of movement helps. Try a whole routine next time.</source>
        <translation>Todo movimento ajuda. Da próxima vez, tente a rotina completa.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="255"/>
        <source>Exercise {n} of {total}</source>
        <translation>Exercício {n} de {total}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="269"/>
        <source>Paused</source>
        <translation>Pausado</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercise_page.py" line="277"/>
        <source>&amp;Resume</source>
        <translation>&amp;Retomar</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_guidance.py" line="160"/>
        <location filename="../../microbreak/ui/exercise_page.py" line="234"/>
        <source>Read aloud: no voice</source>
        <translation>Ler em voz alta: sem voz</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_guidance.py" line="161"/>
        <source>Spoken guidance is not available. {reason}</source>
        <translation>A orientação falada não está disponível. {reason}</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <source>{n} seconds left</source>
        <translation type="vanished">faltam {n} segundos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/countdown_ring.py" line="57"/>
        <source>%n second(s) left</source>
        <translation>
            <numerusform>falta %n segundo</numerusform>
            <numerusform>faltam %n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayBarsChart</name>
    <message>
        <source>Completed</source>
        <translation type="vanished">Concluída</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="55"/>
        <source>Snoozed, then taken</source>
        <translation>Adiada e depois feita</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="59"/>
        <source>Natural break</source>
        <translation>Pausa natural</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="60"/>
        <source>Skipped</source>
        <translation>Pulada</translation>
    </message>
    <message>
        <source>Breaks per day, last {n} days</source>
        <translation type="vanished">Pausas por dia, últimos {n} dias</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="92"/>
        <source>{taken} taken of {offered} offered, {total} in all; goal {goal} a day</source>
        <translation>{taken} feitas de {offered} oferecidas, {total} no total; meta de {goal} por dia</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="147"/>
        <source>dddd d MMMM</source>
        <translation>dddd, d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>{n} of {total} breaks taken</source>
        <translation type="vanished">{n} de {total} pausas feitas</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="150"/>
        <source>{series}: {n}</source>
        <translation>{series}: {n}</translation>
    </message>
    <message>
        <source>(of those taken, {n} partly done)</source>
        <translation type="vanished">(dessas, {n} feitas em parte)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/day_bars.py" line="90"/>
        <source>Breaks per day, last %n day(s)</source>
        <translation>
            <numerusform>Pausas por dia, último %n dia</numerusform>
            <numerusform>Pausas por dia, últimos %n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/day_bars.py" line="148"/>
        <source>{taken} of %n break(s) taken</source>
        <translation>
            <numerusform>{taken} de %n pausa feita</numerusform>
            <numerusform>{taken} de %n pausas feitas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/day_bars.py" line="155"/>
        <source>(of those taken, %n partly done)</source>
        <translation>
            <numerusform>(dessas, %n feita em parte)</numerusform>
            <numerusform>(dessas, %n feitas em parte)</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} min of exercise</source>
        <translation type="vanished">{n} min de exercício</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="53"/>
        <source>Taken</source>
        <translation>Feitas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/day_bars.py" line="160"/>
        <source>%n put off (paused, busy or app closed), not counted</source>
        <translation>
            <numerusform>%n adiada (pausa, ocupado ou app fechado), não contada</numerusform>
            <numerusform>%n adiadas (pausa, ocupado ou app fechado), não contadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="162"/>
        <source>{time} of exercise</source>
        <translation>{time} de exercício</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="258"/>
        <source>goal {n}</source>
        <translation>meta {n}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="269"/>
        <location filename="../../microbreak/ui/day_bars.py" line="274"/>
        <source>Today</source>
        <translation>Hoje</translation>
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
        <translation>Meta diária</translation>
    </message>
</context>
<context>
    <name>ExercisesPage</name>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="137"/>
        <source>Tick the exercises you want. Breaks walk through them in this order: drag to reorder, or use Move up and Move down.</source>
        <translation>Marque os exercícios que você quer. As pausas seguem esta ordem: arraste para reordenar ou use Mover para cima e Mover para baixo.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="141"/>
        <source>Exercises</source>
        <translation>Exercícios</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="147"/>
        <source>How long one break takes with this choice.</source>
        <translation>Quanto tempo dura uma pausa com esta escolha.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="153"/>
        <source>Exercise files that could not be used; fix and reload.</source>
        <translation>Arquivos de exercício que não puderam ser usados; corrija e recarregue.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="170"/>
        <source>Show only the exercises that suit where you are.</source>
        <translation>Mostrar só os exercícios adequados ao lugar onde você está.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="171"/>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="177"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="182"/>
        <source>&apos;All&apos; (below 1) takes every chosen exercise.</source>
        <translation>&quot;Todos&quot; (abaixo de 1): cada pausa inclui todos os exercícios escolhidos.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="185"/>
        <source>Exercises &amp;per break:</source>
        <translation>Exercícios &amp;por pausa:</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="193"/>
        <source>Move &amp;up</source>
        <translation>Mover para &amp;cima</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="194"/>
        <source>Move the chosen exercise earlier in the routine.</source>
        <translation>Mover o exercício selecionado para antes na rotina.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="195"/>
        <source>Move &amp;down</source>
        <translation>Mover para &amp;baixo</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="196"/>
        <source>Move the chosen exercise later in the routine.</source>
        <translation>Mover o exercício selecionado para depois na rotina.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="197"/>
        <source>&amp;Reload exercises</source>
        <translation>&amp;Recarregar exercícios</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="199"/>
        <source>Read the exercise files again, including your own in the exercises folder.</source>
        <translation>Ler os arquivos de exercício de novo, incluindo os seus na pasta de exercícios.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="217"/>
        <source>The steps of the exercise chosen in the list.</source>
        <translation>Os passos do exercício selecionado na lista.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="226"/>
        <source>Steps of the chosen exercise</source>
        <translation>Passos do exercício escolhido</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="244"/>
        <source>&lt;b&gt;Skipped (could not be used):&lt;/b&gt;&lt;ul&gt;{lines}&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Pulados (não puderam ser usados):&lt;/b&gt;&lt;ul&gt;{lines}&lt;/ul&gt;</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/exercises_page.py" line="363"/>
        <source>A break takes about {length} ({count} of the %n chosen exercise(s); the next break goes on where the last one stopped).</source>
        <translation>
            <numerusform>Uma pausa dura cerca de {length} ({count} de %n exercício escolhido; a próxima pausa continua de onde a última parou).</numerusform>
            <numerusform>Uma pausa dura cerca de {length} ({count} dos %n exercícios escolhidos; a próxima pausa continua de onde a última parou).</numerusform>
        </translation>
    </message>
    <message>
        <source>A break takes about {length} ({count} of the {chosen} chosen exercises; the next break goes on where the last one stopped).</source>
        <translation type="vanished">Uma pausa dura cerca de {length} ({count} dos {chosen} exercícios escolhidos; a próxima pausa continua de onde a última parou).</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="216"/>
        <source>no reminders this day</source>
        <translation>sem lembretes neste dia</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="224"/>
        <source>System default ({language})</source>
        <translation>Padrão do sistema ({language})</translation>
    </message>
</context>
<context>
    <name>HeadsUpToast</name>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="27"/>
        <source>Time to stretch soon.</source>
        <translation>Daqui a pouco é hora de alongar.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="29"/>
        <source>Start now</source>
        <translation>Começar agora</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="64"/>
        <source>Snooze</source>
        <translation>Adiar</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="31"/>
        <source>Skip</source>
        <translation>Pular</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="28"/>
        <source>Time to stand up and move soon.</source>
        <translation>Daqui a pouco é hora de levantar e se mexer.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="30"/>
        <source>Snooze {n} min</source>
        <translation>Adiar {n} min</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="66"/>
        <source>Start the break now</source>
        <translation>Começar a pausa agora</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="67"/>
        <source>Put this break off by a few minutes</source>
        <translation>Adiar esta pausa por alguns minutos</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="68"/>
        <source>Leave out this break</source>
        <translation>Pular esta pausa</translation>
    </message>
</context>
<context>
    <name>HealthNotice</name>
    <message>
        <source>microbreak: before your first break</source>
        <translation type="vanished">microbreak: antes da sua primeira pausa</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="110"/>
        <source>Before your first break</source>
        <translation>Antes da sua primeira pausa</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="115"/>
        <source>I understand</source>
        <translation>Entendi</translation>
    </message>
</context>
<context>
    <name>MicrobreakApp</name>
    <message>
        <location filename="../../microbreak/app/build.py" line="110"/>
        <source>Exercise skipped: {problem}</source>
        <translation>Exercício pulado: {problem}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/app/controller.py" line="155"/>
        <source>(and %n more in the log)</source>
        <translation>
            <numerusform>(e mais %n no log)</numerusform>
            <numerusform>(e mais %n no log)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/app/controller.py" line="156"/>
        <source>microbreak: check your settings</source>
        <translation>microbreak: verifique suas configurações</translation>
    </message>
    <message>
        <source>microbreak: settings not saved</source>
        <translation type="vanished">microbreak: configurações não salvas</translation>
    </message>
    <message>
        <source>{path} could not be written ({problem}); the new settings apply until microbreak quits.</source>
        <translation type="vanished">Não foi possível gravar {path} ({problem}); as novas configurações valem até o microbreak ser fechado.</translation>
    </message>
    <message>
        <source>microbreak: start at login</source>
        <translation type="vanished">microbreak: iniciar ao fazer login</translation>
    </message>
    <message>
        <source>Time to stretch soon. Snooze or skip from the microbreak icon.</source>
        <translation type="vanished">Daqui a pouco é hora de alongar. Adie ou pule pelo ícone do microbreak.</translation>
    </message>
    <message>
        <location filename="../../microbreak/app/controller.py" line="373"/>
        <source>microbreak: break history</source>
        <translation>microbreak: histórico de pausas</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <source>A break comes at your first pause in typing after {earliest} of work. If you keep typing, it comes anyway after {latest}.</source>
        <translation type="vanished">Uma pausa vem na sua primeira parada de digitação depois de {earliest} de trabalho. Se você continuar digitando, ela vem mesmo assim depois de {latest}.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/schedule_page.py" line="89"/>
        <source>A break comes about every {interval} of work: at your first pause in typing up to {spread} either side of it, or at the end of that window.</source>
        <translation>Uma pausa vem mais ou menos a cada {interval} de trabalho: na sua primeira parada de digitação até {spread} antes ou depois, ou no fim dessa janela.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/schedule_page.py" line="93"/>
        <source>A break comes after every {interval} of work.</source>
        <translation>Uma pausa vem a cada {interval} de trabalho.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/schedule_page.py" line="101"/>
        <source>No movement breaks: every break is a short one at your desk.</source>
        <translation>Sem pausas de movimento: toda pausa é curta, na sua mesa.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/schedule_page.py" line="103"/>
        <source>Every break asks you to stand up and move, for about {length}.</source>
        <translation>Toda pausa pede que você levante e se mexa por cerca de {length}.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/schedule_page.py" line="106"/>
        <source>One break in {every} asks you to stand up and move, for about {length}.</source>
        <translation>Uma a cada {every} pausas pede que você levante e se mexa por cerca de {length}.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/schedule_page.py" line="116"/>
        <source>No eye breaks.</source>
        <translation>Sem pausas para os olhos.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/schedule_page.py" line="122"/>
        <source>Every {every} of work, look far away for about {length}; not when a break is near.</source>
        <translation>A cada {every} de trabalho, olhe para longe por cerca de {length}; não quando uma pausa está perto.</translation>
    </message>
</context>
<context>
    <name>SettingsApplier</name>
    <message>
        <location filename="../../microbreak/app/settings_apply.py" line="74"/>
        <location filename="../../microbreak/app/settings_apply.py" line="85"/>
        <source>microbreak: settings not saved</source>
        <translation>microbreak: configurações não salvas</translation>
    </message>
    <message>
        <location filename="../../microbreak/app/settings_apply.py" line="76"/>
        <source>{path} could not be written ({problem}); the new settings apply until microbreak quits.</source>
        <translation>Não foi possível gravar {path} ({problem}); as novas configurações valem até o microbreak ser fechado.</translation>
    </message>
    <message>
        <location filename="../../microbreak/app/settings_apply.py" line="87"/>
        <source>{problem} Meanwhile the new settings apply until microbreak quits.</source>
        <translation>{problem} Enquanto isso, as novas configurações valem até o microbreak ser fechado.</translation>
    </message>
    <message>
        <location filename="../../microbreak/app/settings_apply.py" line="134"/>
        <source>microbreak: check your settings</source>
        <translation>microbreak: verifique suas configurações</translation>
    </message>
    <message>
        <location filename="../../microbreak/app/settings_apply.py" line="163"/>
        <source>microbreak: start at login</source>
        <translation>microbreak: iniciar ao fazer login</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>microbreak settings</source>
        <translation type="vanished">Configurações do microbreak</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="97"/>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="162"/>
        <source>Open the settings file in your editor: every setting is described there. Saved changes apply at once.</source>
        <translation>Abrir o arquivo de configurações no seu editor: cada configuração é descrita lá. Alterações salvas valem na hora.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="185"/>
        <source>Put this page&apos;s settings back to their defaults.</source>
        <translation>Restaurar os valores padrão das configurações desta página.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="188"/>
        <source>Save and use these settings now; keep the dialog open.</source>
        <translation>Salvar e usar estas configurações agora, mantendo a janela aberta.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="191"/>
        <source>Save and use these settings, and close.</source>
        <translation>Salvar e usar estas configurações, e fechar.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="193"/>
        <source>Close without saving what changed since the last Apply.</source>
        <translation>Fechar sem salvar o que mudou desde o último Aplicar.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="196"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="199"/>
        <source>Load settings from a file; they are checked in full and used when you press OK.</source>
        <translation>Carregar configurações de um arquivo; elas são verificadas por completo e usadas quando você clicar em OK.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="203"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="204"/>
        <source>Save these settings to a file, to share or keep.</source>
        <translation>Salvar estas configurações em um arquivo, para compartilhar ou guardar.</translation>
    </message>
    <message>
        <source>no reminders this day</source>
        <translation type="vanished">sem lembretes neste dia</translation>
    </message>
    <message>
        <source>Ranges like &quot;09:00-12:30, 13:30-17:00&quot;; leave a day empty for no reminders that day. Outside working hours microbreak stays quiet.</source>
        <translation type="vanished">Intervalos como &quot;09:00-12:30, 13:30-17:00&quot;; deixe um dia vazio para não receber lembretes nesse dia. Fora do horário de trabalho, o microbreak fica em silêncio.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="108"/>
        <source>Settings pages</source>
        <translation>Páginas de configurações</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="157"/>
        <source>Settings file: {path}</source>
        <translation>Arquivo de configurações: {path}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="159"/>
        <source>&amp;Open the settings file</source>
        <translation>&amp;Abrir o arquivo de configurações</translation>
    </message>
    <message>
        <source>Open config.toml in your editor: every key is described there. Saved changes apply at once.</source>
        <translation type="vanished">Abrir o config.toml no seu editor: cada chave está descrita lá. As alterações salvas valem na hora.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="vanished">Desativado</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation type="vanished">Sem limite</translation>
    </message>
    <message>
        <source>Forever</source>
        <translation type="vanished">Para sempre</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation type="vanished">Padrão do sistema ({language})</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="245"/>
        <source>{page}: defaults restored. Press OK or Apply to use them.</source>
        <translation>{page}: padrões restaurados. Clique em OK ou Aplicar para usá-los.</translation>
    </message>
    <message>
        <source>Working hours, {day}: {problem}.</source>
        <translation type="vanished">Horário de trabalho, {day}: {problem}.</translation>
    </message>
    <message>
        <source>Import microbreak settings</source>
        <translation type="vanished">Importar configurações do microbreak</translation>
    </message>
    <message>
        <source>Settings (*.toml)</source>
        <translation type="vanished">Configurações (*.toml)</translation>
    </message>
    <message>
        <source>Nothing was imported. {problem}</source>
        <translation type="vanished">Nada foi importado. {problem}</translation>
    </message>
    <message>
        <source>Imported {path}. Press OK or Apply to use these settings.</source>
        <translation type="vanished">{path} importado. Clique em OK ou Aplicar para usar estas configurações.</translation>
    </message>
    <message>
        <source>Export microbreak settings</source>
        <translation type="vanished">Exportar configurações do microbreak</translation>
    </message>
    <message>
        <source>Could not export to {path}: {problem}</source>
        <translation type="vanished">Não foi possível exportar para {path}: {problem}</translation>
    </message>
    <message>
        <source>Settings exported to {path}.</source>
        <translation type="vanished">Configurações exportadas para {path}.</translation>
    </message>
</context>
<context>
    <name>SettingsTransfer</name>
    <message>
        <location filename="../../microbreak/ui/settings_transfer.py" line="48"/>
        <source>Import microbreak settings</source>
        <translation>Importar configurações do microbreak</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_transfer.py" line="50"/>
        <location filename="../../microbreak/ui/settings_transfer.py" line="59"/>
        <source>Settings (*.toml)</source>
        <translation>Configurações (*.toml)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_transfer.py" line="57"/>
        <source>Export microbreak settings</source>
        <translation>Exportar configurações do microbreak</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_transfer.py" line="67"/>
        <source>Nothing was imported. {problem}</source>
        <translation>Nada foi importado. {problem}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_transfer.py" line="70"/>
        <source>Imported {path}. Press OK or Apply to use these settings.</source>
        <translation>{path} importado. Clique em OK ou Aplicar para usar estas configurações.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_transfer.py" line="87"/>
        <source>Nothing was saved: {problem}. The file is left as it is and your choices here are kept: fix the file (Open the settings file, on the General page) and press OK or Apply again.</source>
        <translation>Nada foi salvo: {problem}. O arquivo fica como está e suas escolhas aqui são mantidas: corrija o arquivo (Abrir o arquivo de configurações, na página Geral) e pressione OK ou Aplicar de novo.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_transfer.py" line="103"/>
        <source>Nothing was exported: {problem}</source>
        <translation>Nada foi exportado: {problem}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_transfer.py" line="105"/>
        <source>Could not export to {path}: {problem}</source>
        <translation>Não foi possível exportar para {path}: {problem}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_transfer.py" line="108"/>
        <source>Settings exported to {path}.</source>
        <translation>Configurações exportadas para {path}.</translation>
    </message>
</context>
<context>
    <name>ShortcutsOffer</name>
    <message>
        <location filename="../../microbreak/ui/shortcuts_offer.py" line="40"/>
        <source>Register keyboard shortcuts…</source>
        <translation>Registrar atalhos de teclado…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/shortcuts_offer.py" line="43"/>
        <source>Ask the desktop for keys that take a break now, snooze, skip the next break, pause for an hour or resume. The desktop asks you which keys to use.</source>
        <translation>Pedir à área de trabalho teclas para fazer uma pausa agora, adiar, pular a próxima, pausar por uma hora ou retomar. A área de trabalho pergunta quais teclas usar.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/shortcuts_offer.py" line="56"/>
        <source>Waiting for the desktop&apos;s shortcuts dialog…</source>
        <translation>Aguardando a janela de atalhos da área de trabalho…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/shortcuts_offer.py" line="61"/>
        <source>No keyboard shortcuts were registered.</source>
        <translation>Nenhum atalho de teclado foi registrado.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/shortcuts_offer.py" line="65"/>
        <source>The desktop did not register the shortcuts. You can bind the microbreak commands in its keyboard settings instead.</source>
        <translation>A área de trabalho não registrou os atalhos. Você pode associar os comandos do microbreak nas configurações de teclado dela.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/shortcuts_offer.py" line="70"/>
        <source>Keyboard shortcuts registered: {shortcuts}</source>
        <translation>Atalhos de teclado registrados: {shortcuts}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/shortcuts_offer.py" line="73"/>
        <source>Keyboard shortcuts registered; the desktop chose no keys yet.</source>
        <translation>Atalhos de teclado registrados; a área de trabalho ainda não escolheu teclas.</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="62"/>
        <source>Export break history</source>
        <translation>Exportar histórico de pausas</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="64"/>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="115"/>
        <source>Statistics</source>
        <translation>Estatísticas</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="137"/>
        <location filename="../../microbreak/ui/stats_window.py" line="265"/>
        <source>breaks taken today</source>
        <translation>pausas feitas hoje</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="138"/>
        <location filename="../../microbreak/ui/stats_window.py" line="267"/>
        <source>of exercise today</source>
        <translation>de exercício hoje</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="139"/>
        <source>days in a row at your goal</source>
        <translation>dias seguidos na meta</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation type="vanished">{n} dias</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/stats_window.py" line="161"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="174"/>
        <source>Exercise</source>
        <translation>Exercício</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="175"/>
        <source>Done</source>
        <translation>Feito</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="176"/>
        <source>Partly done</source>
        <translation>Em parte</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="177"/>
        <source>Not started</source>
        <translation>Não iniciado</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="vanished">Minutos</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="178"/>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="181"/>
        <source>How each exercise went</source>
        <translation>Como foi cada exercício</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="196"/>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="198"/>
        <source>Clear history…</source>
        <translation>Limpar histórico…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="200"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="218"/>
        <source>Delete history</source>
        <translation>Apagar histórico</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="220"/>
        <source>Keep it</source>
        <translation>Manter</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="264"/>
        <source>{n} of {total}</source>
        <translation>{n} de {total}</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation type="vanished">{n} min</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="269"/>
        <source>day in a row at {goal} a day</source>
        <translation>dia seguido com {goal} por dia</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="271"/>
        <source>days in a row at {goal} a day</source>
        <translation>dias seguidos com {goal} por dia</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="273"/>
        <source>Today: {taken}</source>
        <translation>Hoje: {taken}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/stats_window.py" line="277"/>
        <source>Exercises, last %n day(s)</source>
        <translation>
            <numerusform>Exercícios, último %n dia</numerusform>
            <numerusform>Exercícios, últimos %n dias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/stats_window.py" line="330"/>
        <source>Saved %n break(s) to {path}.</source>
        <translation>
            <numerusform>%n pausa salva em {path}.</numerusform>
            <numerusform>%n pausas salvas em {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/stats_window.py" line="337"/>
        <source>Delete all %n break(s) recorded?</source>
        <translation>
            <numerusform>Apagar %n pausa registrada?</numerusform>
            <numerusform>Apagar todas as %n pausas registradas?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/stats_window.py" line="342"/>
        <source>Delete all %n break(s) recorded since {date}?</source>
        <translation>
            <numerusform>Apagar %n pausa registrada desde {date}?</numerusform>
            <numerusform>Apagar todas as %n pausas registradas desde {date}?</numerusform>
        </translation>
    </message>
    <message>
        <source>Exercises, last {n} days</source>
        <translation type="vanished">Exercícios, últimos {n} dias</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="326"/>
        <source>Could not save {path}: {error}</source>
        <translation>Não foi possível salvar {path}: {error}</translation>
    </message>
    <message>
        <source>Saved {n} breaks to {path}.</source>
        <translation type="vanished">{n} pausas salvas em {path}.</translation>
    </message>
    <message>
        <source>Delete all {n} breaks recorded?</source>
        <translation type="vanished">Apagar todas as {n} pausas registradas?</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="340"/>
        <source>d MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>Delete all {n} breaks recorded since {date}?</source>
        <translation type="vanished">Apagar todas as {n} pausas registradas desde {date}?</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="348"/>
        <source>This cannot be undone. Export a CSV first if you want to keep them.</source>
        <translation>Isso não pode ser desfeito. Exporte um CSV antes se quiser guardá-las.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="362"/>
        <source>Your break history was deleted.</source>
        <translation>Seu histórico de pausas foi apagado.</translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="208"/>
        <source>Take a break now</source>
        <translation>Fazer uma pausa agora</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="209"/>
        <source>Snooze</source>
        <translation>Adiar</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="210"/>
        <source>Skip next break</source>
        <translation>Pular a próxima pausa</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="211"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="212"/>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="213"/>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="214"/>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="215"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="216"/>
        <source>Statistics…</source>
        <translation>Estatísticas…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="221"/>
        <source>Start a break with its exercises now</source>
        <translation>Começar agora uma pausa com os exercícios</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="222"/>
        <source>Put the next break off by a few minutes</source>
        <translation>Adiar a próxima pausa por alguns minutos</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="223"/>
        <source>Count the next break as taken and start a new interval</source>
        <translation>Contar a próxima pausa como feita e começar um novo intervalo</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="224"/>
        <source>No reminders for a while</source>
        <translation>Sem lembretes por um tempo</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="225"/>
        <source>Reminders again, from now</source>
        <translation>Voltar a receber lembretes a partir de agora</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="226"/>
        <source>Change the interval, sounds and more</source>
        <translation>Alterar o intervalo, os sons e mais</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="227"/>
        <source>Breaks taken, streaks and exercises</source>
        <translation>Pausas feitas, sequências e exercícios</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="228"/>
        <source>What microbreak is, and the health notice</source>
        <translation>O que é o microbreak, e o aviso de saúde</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="229"/>
        <source>End microbreak: no more reminders until it starts again</source>
        <translation>Fechar o microbreak: sem lembretes até ele ser aberto de novo</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="272"/>
        <source>at {time}</source>
        <translation>às {time}</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message numerus="yes">
        <location filename="../../microbreak/ui/break_summary.py" line="128"/>
        <source>Today: %n break(s) taken, your daily goal reached</source>
        <translation>
            <numerusform>Hoje: %n pausa feita, sua meta diária foi atingida</numerusform>
            <numerusform>Hoje: %n pausas feitas, sua meta diária foi atingida</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/break_summary.py" line="130"/>
        <source>Today: {taken} of %n break(s) taken</source>
        <translation>
            <numerusform>Hoje: {taken} de %n pausa feita</numerusform>
            <numerusform>Hoje: {taken} de %n pausas feitas</numerusform>
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
            <numerusform>%n dia seguido</numerusform>
            <numerusform>%n dias seguidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkingHoursPage</name>
    <message>
        <location filename="../../microbreak/ui/working_hours_editor.py" line="38"/>
        <source>Ranges like &quot;09:00-12:30, 13:30-17:00&quot;; leave a day empty for no reminders that day. Outside working hours microbreak stays quiet.</source>
        <translation>Intervalos como &quot;09:00-12:30, 13:30-17:00&quot;; deixe um dia vazio para não receber lembretes nesse dia. Fora do horário de trabalho, o microbreak fica em silêncio.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/working_hours_editor.py" line="62"/>
        <source>Working hours, {day}: {problem}.</source>
        <translation>Horário de trabalho, {day}: {problem}.</translation>
    </message>
</context>
<context>
    <name>describe</name>
    <message>
        <location filename="../../microbreak/core/describe.py" line="16"/>
        <source>paused by you</source>
        <translation>pausado por você</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="17"/>
        <source>you are away</source>
        <translation>você está ausente</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="18"/>
        <source>the computer is asleep</source>
        <translation>o computador está em suspensão</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="19"/>
        <source>the screen is locked</source>
        <translation>a tela está bloqueada</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="20"/>
        <source>do not disturb is on</source>
        <translation>&quot;Não perturbe&quot; está ativado</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="21"/>
        <source>a full-screen window is open</source>
        <translation>há uma janela em tela cheia</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="22"/>
        <source>you are in a call</source>
        <translation>você está em uma chamada</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="23"/>
        <source>outside your working hours</source>
        <translation>fora do seu horário de trabalho</translation>
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
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/describe.py" line="136"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/describe.py" line="137"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="163"/>
        <source>Movement break in {time}</source>
        <translation>Pausa de movimento em {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="190"/>
        <source>Breaks were put off earlier; each break you take makes the reminders calmer again.</source>
        <translation>Pausas foram adiadas antes; cada pausa que você faz deixa os lembretes mais calmos de novo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/describe.py" line="196"/>
        <source>You skipped the last %n break(s), so this one is a little firmer.</source>
        <translation>
            <numerusform>Você pulou a última pausa (%n), então esta é um pouco mais firme.</numerusform>
            <numerusform>Você pulou as últimas %n pausas, então esta é um pouco mais firme.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/describe.py" line="199"/>
        <source>You put off breaks %n time(s) in a row, so this one is a little firmer.</source>
        <translation>
            <numerusform>Você adiou pausas %n vez seguida, então esta é um pouco mais firme.</numerusform>
            <numerusform>Você adiou pausas %n vezes seguidas, então esta é um pouco mais firme.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="239"/>
        <source>Next break in about {time}, at a pause in your typing</source>
        <translation>Próxima pausa em cerca de {time}, quando você parar de digitar</translation>
    </message>
    <message>
        <source>1 second</source>
        <translation type="vanished">1 segundo</translation>
    </message>
    <message>
        <source>{n} seconds</source>
        <translation type="vanished">{n} segundos</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="vanished">1 minuto</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation type="vanished">{n} minutos</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="vanished">1 hora</translation>
    </message>
    <message>
        <source>{n} hours</source>
        <translation type="vanished">{n} horas</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="151"/>
        <source>{hours} {minutes}</source>
        <translation>{hours} e {minutes}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="158"/>
        <source>Microbreak in {time}</source>
        <translation>Micropausa em {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="207"/>
        <source>On a break</source>
        <translation>Em pausa</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="210"/>
        <source>Break waiting: {reasons}</source>
        <translation>Pausa aguardando: {reasons}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="215"/>
        <source>Paused until {day} {time}</source>
        <translation>Pausado até {day} às {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="218"/>
        <source>Paused until {time}</source>
        <translation>Pausado até às {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="220"/>
        <source>Paused until you resume</source>
        <translation>Pausado até você retomar</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="221"/>
        <source>Paused: {reasons}</source>
        <translation>Pausado: {reasons}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="228"/>
        <source>Break in {time}</source>
        <translation>Pausa em {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="230"/>
        <source>Snoozed: break in {time}</source>
        <translation>Adiada: pausa em {time}</translation>
    </message>
    <message>
        <source>Next break in {soonest} to {latest}, at a pause in your typing</source>
        <translation type="vanished">Próxima pausa em {soonest} a {latest}, quando você parar de digitar</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="242"/>
        <source>Break at your next pause (by {time})</source>
        <translation>Pausa quando você parar de digitar (até às {time})</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="245"/>
        <source>Next break in {time}</source>
        <translation>Próxima pausa em {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="255"/>
        <source>(by {time})</source>
        <translation>(até às {time})</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="257"/>
        <source>(at {time})</source>
        <translation>(às {time})</translation>
    </message>
</context>
<context>
    <name>engine</name>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="36"/>
        <source>a break is already in progress</source>
        <translation>uma pausa já está em andamento</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="43"/>
        <source>strict mode is on: breaks cannot be snoozed</source>
        <translation>o modo rígido está ativado: as pausas não podem ser adiadas</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="45"/>
        <source>cannot snooze while paused</source>
        <translation>não é possível adiar enquanto o microbreak está pausado</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="51"/>
        <source>a snooze must be 1 to {most} minutes, not {minutes}</source>
        <translation>o adiamento deve ser de 1 a {most} minutos, não {minutes}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="63"/>
        <source>this break was snoozed {times} times already, the most allowed ({limit}); take it or skip it</source>
        <translation>esta pausa já foi adiada {times} vezes, o máximo permitido ({limit}); faça a pausa ou pule-a</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="97"/>
        <location filename="../../microbreak/core/user_requests.py" line="132"/>
        <source>strict mode is on: breaks cannot be skipped</source>
        <translation>o modo rígido está ativado: as pausas não podem ser puladas</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="100"/>
        <source>a break is in progress: use Skip break to end it</source>
        <translation>uma pausa está em andamento: use &quot;Pular pausa&quot; para encerrá-la</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="103"/>
        <source>cannot skip while paused</source>
        <translation>não é possível pular enquanto o microbreak está pausado</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="130"/>
        <source>no break is in progress</source>
        <translation>nenhuma pausa em andamento</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="161"/>
        <source>today&apos;s skips are used up; you can skip again tomorrow</source>
        <translation>os pulos de hoje acabaram; você poderá pular de novo amanhã</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="190"/>
        <source>the end of a pause must be in the future</source>
        <translation>o fim da pausa dos lembretes deve estar no futuro</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="198"/>
        <source>Reminders pause after this break</source>
        <translation>Os lembretes pausam depois desta pausa</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="199"/>
        <source>Strict mode is on, so this break stays open. Reminders pause as soon as it ends.</source>
        <translation>O modo rígido está ativado, então esta pausa continua aberta. Os lembretes pausam assim que ela terminar.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/user_requests.py" line="226"/>
        <source>reminders are not paused</source>
        <translation>os lembretes não estão pausados</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/presence.py" line="183"/>
        <source>Time for a stretch when you can</source>
        <translation>Hora de alongar, quando puder</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/presence.py" line="185"/>
        <source>You have been busy for %n minute(s) past your break. When you have a moment, roll your shoulders and stand up.</source>
        <translation>
            <numerusform>Você está ocupado há %n minuto além do horário da pausa. Quando tiver um momento, gire os ombros e levante-se.</numerusform>
            <numerusform>Você está ocupado há %n minutos além do horário da pausa. Quando tiver um momento, gire os ombros e levante-se.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/core/budget_watch.py" line="84"/>
        <source>Time to call it a day</source>
        <translation>Hora de encerrar o dia</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/budget_watch.py" line="86"/>
        <source>You have been at the computer for %n hour(s) today. Time to call it a day when you can.</source>
        <translation>
            <numerusform>Você já está há %n hora no computador hoje. Encerre o dia quando puder.</numerusform>
            <numerusform>Você já está há %n horas no computador hoje. Encerre o dia quando puder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>guidance</name>
    <message>
        <location filename="../../microbreak/core/guidance.py" line="85"/>
        <source>Well done. That is the end of this break.</source>
        <translation>Muito bem. Esta pausa terminou.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/guidance.py" line="86"/>
        <source>Paused.</source>
        <translation>Pausado.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/guidance.py" line="125"/>
        <source>{n} of {total}. {step}</source>
        <translation>{n} de {total}. {step}</translation>
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
        <translation>Seu histórico de pausas {path} {what}. Ele foi guardado como {aside}; ainda não é possível começar um novo ({error}), então as pausas desta sessão ficam na memória e serão salvas assim que possível.</translation>
    </message>
    <message>
        <location filename="../../microbreak/infra/history.py" line="248"/>
        <source>Until then, earlier breaks are not shown.</source>
        <translation>Até lá, as pausas anteriores não são mostradas.</translation>
    </message>
    <message>
        <location filename="../../microbreak/infra/history.py" line="406"/>
        <source>Your break history {path} could not be used ({error}). It was kept as {aside}; this session&apos;s breaks go to a new one.</source>
        <translation>Não foi possível usar seu histórico de pausas {path} ({error}). Ele foi guardado como {aside}; as pausas desta sessão vão para um novo.</translation>
    </message>
    <message>
        <location filename="../../microbreak/infra/history.py" line="551"/>
        <source>Your break history {path} is locked by another program ({error}). It is left as it is; this session&apos;s breaks are kept in memory and saved once the other program lets go of it.</source>
        <translation>Seu histórico de pausas {path} está bloqueado por outro programa ({error}). Ele fica como está; as pausas desta sessão ficam na memória e serão salvas quando o outro programa liberá-lo.</translation>
    </message>
    <message>
        <location filename="../../microbreak/infra/history.py" line="558"/>
        <source>Your break history {path} cannot be saved: the disk is full or cannot be written ({error}). It is left as it is; this session&apos;s breaks are kept in memory and saved once there is space. Free some space on the disk.</source>
        <translation>Não é possível salvar seu histórico de pausas {path}: o disco está cheio ou não pode ser gravado ({error}). Ele fica como está; as pausas desta sessão ficam na memória e serão salvas quando houver espaço. Libere espaço no disco.</translation>
    </message>
    <message>
        <location filename="../../microbreak/infra/history.py" line="565"/>
        <source>Your break history {path} cannot be saved ({error}). It is left as it is; this session&apos;s breaks are kept in memory and saved once it can be written.</source>
        <translation>Não é possível salvar seu histórico de pausas {path} ({error}). Ele fica como está; as pausas desta sessão ficam na memória e serão salvas quando for possível gravá-lo.</translation>
    </message>
</context>
<context>
    <name>player</name>
    <message>
        <location filename="../../microbreak/core/player.py" line="28"/>
        <source>Now the right side.</source>
        <translation>Agora o lado direito.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/player.py" line="29"/>
        <source>Now the left side.</source>
        <translation>Agora o lado esquerdo.</translation>
    </message>
</context>
<context>
    <name>preview</name>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="88"/>
        <source>About {time}.</source>
        <translation>Cerca de {time}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/exercises_page.py" line="92"/>
        <source>Then %n time(s) on each side:</source>
        <translation>
            <numerusform>Depois, %n vez de cada lado:</numerusform>
            <numerusform>Depois, %n vezes de cada lado:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/ui/exercises_page.py" line="94"/>
        <source>Then %n time(s):</source>
        <translation>
            <numerusform>Depois, %n vez:</numerusform>
            <numerusform>Depois, %n vezes:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>schema</name>
    <message>
        <location filename="../../microbreak/core/schema.py" line="280"/>
        <source>{part} is not a range like 09:00-17:00</source>
        <translation>{part} não é um intervalo como 09:00-17:00</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/schema.py" line="288"/>
        <source>{part} is not a time of day</source>
        <translation>{part} não é um horário válido</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/schema.py" line="292"/>
        <source>{part} ends before it starts</source>
        <translation>{part} termina antes de começar</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/schema.py" line="298"/>
        <source>the ranges overlap</source>
        <translation>os intervalos se sobrepõem</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../microbreak/core/schema.py" line="46"/>
        <source>Schedule</source>
        <translation>Programação</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/schema.py" line="47"/>
        <location filename="../../microbreak/core/settings.py" line="212"/>
        <source>Exercises</source>
        <translation>Exercícios</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/schema.py" line="48"/>
        <source>Notifications and sound</source>
        <translation>Notificações e som</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/schema.py" line="49"/>
        <source>Working hours</source>
        <translation>Horário de trabalho</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/schema.py" line="50"/>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="50"/>
        <source>Minutes between breaks</source>
        <translation>Minutos entre pausas</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="52"/>
        <source>Minutes of work between breaks. The AAOHN suggests a short break every 30 to 60 minutes; 45 is the middle of that range.</source>
        <translation>Minutos de trabalho entre as pausas. A AAOHN sugere uma pausa curta a cada 30 a 60 minutos; 45 é o meio desse intervalo.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="63"/>
        <source>Heads-up (seconds)</source>
        <translation>Aviso prévio (segundos)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="65"/>
        <source>Seconds of warning before a break opens; 0 turns the heads-up off.</source>
        <translation>Segundos de aviso antes de uma pausa começar; 0 desativa o aviso prévio.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="74"/>
        <source>Snooze length (minutes)</source>
        <translation>Duração do adiamento (minutos)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="76"/>
        <source>Minutes a snooze postpones a break.</source>
        <translation>Por quantos minutos um adiamento atrasa a pausa.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="83"/>
        <source>Snoozes allowed per break</source>
        <translation>Adiamentos permitidos por pausa</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="85"/>
        <source>How many times one break may be snoozed; 0 means unlimited.</source>
        <translation>Quantas vezes uma pausa pode ser adiada; 0 significa sem limite.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="92"/>
        <source>Strict mode (no snooze or skip)</source>
        <translation>Modo rígido (sem adiar nem pular)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="93"/>
        <source>Strict mode: no snooze or skip, for people who want to be held to it.</source>
        <translation>Modo rígido: sem adiar nem pular, para quem quer se obrigar a fazer as pausas.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="102"/>
        <source>Away time that counts as a break (minutes)</source>
        <translation>Ausência que conta como pausa (minutos)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="104"/>
        <source>Away from the keyboard (or asleep, or locked) at least this many minutes counts as a break taken; a shorter absence moves the next break back by as long.</source>
        <translation>Ficar longe do teclado (ou com o computador em suspensão ou bloqueado) por pelo menos esses minutos conta como pausa feita; uma ausência mais curta adia a próxima pausa pelo mesmo tempo.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="115"/>
        <source>Wait for a pause in typing</source>
        <translation>Esperar você parar de digitar</translation>
    </message>
    <message>
        <source>With an idle source, the break comes at the first pause in typing between earliest_minutes and latest_minutes after the last one, instead of cutting into a sentence at a fixed minute.</source>
        <translation type="vanished">Se o microbreak consegue detectar inatividade, a pausa vem assim que você parar de digitar entre earliest_minutes e latest_minutes depois da última, em vez de interromper uma frase num minuto fixo.</translation>
    </message>
    <message>
        <source>Earliest break at a pause (minutes)</source>
        <translation type="vanished">Pausa no mínimo após (minutos)</translation>
    </message>
    <message>
        <source>Smart timing: minutes of work before a break may come at a pause in typing. At most latest_minutes.</source>
        <translation type="vanished">Com &quot;Esperar você parar de digitar&quot;: minutos de trabalho depois dos quais uma pausa pode vir quando você parar de digitar. No máximo latest_minutes.</translation>
    </message>
    <message>
        <source>Latest break (minutes)</source>
        <translation type="vanished">Pausa no máximo após (minutos)</translation>
    </message>
    <message>
        <source>Smart timing: minutes of work after which a break comes anyway.</source>
        <translation type="vanished">Com &quot;Esperar você parar de digitar&quot;: minutos de trabalho depois dos quais a pausa vem de qualquer jeito.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="116"/>
        <source>With an idle source, the break comes at the first pause in typing (10 seconds without input) within a fifth of interval_minutes either side of it, at most 5 minutes, and at the end of that window anyway, instead of cutting into a sentence at a fixed minute.</source>
        <translation>Com uma fonte de inatividade, a pausa vem na primeira parada de digitação (10 segundos sem entrada) dentro de um quinto de interval_minutes antes ou depois, no máximo 5 minutos, e no fim dessa janela de qualquer forma, em vez de cortar uma frase num minuto fixo.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="129"/>
        <source>Longest wait while busy (minutes)</source>
        <translation>Espera máxima se você estiver ocupado (minutos)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="131"/>
        <source>How long a break may wait for a full-screen window, do-not-disturb or a call to end before a gentle notification replaces the window.</source>
        <translation>Quanto tempo uma pausa pode esperar o fim de uma janela em tela cheia, do &quot;Não perturbe&quot; ou de uma chamada antes que uma notificação discreta substitua a janela.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="171"/>
        <source>Only remind me during working hours</source>
        <translation>Lembrar só no horário de trabalho</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="172"/>
        <source>Remind only within the hours below; outside them no reminders at all. Each day takes ranges like &quot;09:00-12:30, 13:30-17:00&quot;; empty means no reminders that day.</source>
        <translation>Lembrar só nos horários abaixo; fora deles, nenhum lembrete. Cada dia aceita intervalos como &quot;09:00-12:30, 13:30-17:00&quot;; vazio significa sem lembretes nesse dia.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="214"/>
        <source>The exercises breaks walk through, in order (the id of each exercise file). The default is the five AAOHN seated exercises.</source>
        <translation>Os exercícios que as pausas seguem, em ordem (o id de cada arquivo de exercício). O padrão são os cinco exercícios sentados da AAOHN.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="225"/>
        <source>Exercises per break</source>
        <translation>Exercícios por pausa</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="227"/>
        <source>How many of them one break takes; the next break goes on where this one stopped.</source>
        <translation>Quantos deles uma pausa inclui; a próxima pausa continua de onde esta parou.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="262"/>
        <source>Movement break every (breaks)</source>
        <translation>Pausa de movimento a cada (pausas)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="264"/>
        <source>Every this many breaks offered (taken or skipped), the break is a longer one that asks you to stand up and move; 0 turns movement breaks off. Active breaks cut new neck pain in office workers from 44 % to 17 % over six months (Waongenngarm 2021).</source>
        <translation>A cada tantas pausas oferecidas (feitas ou puladas), a pausa é mais longa e pede que você levante e se mexa; 0 desliga as pausas de movimento. Pausas ativas reduziram novas dores no pescoço em trabalhadores de escritório de 44% para 17% em seis meses (Waongenngarm 2021).</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="276"/>
        <source>Movement break length (minutes)</source>
        <translation>Duração da pausa de movimento (minutos)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="278"/>
        <source>About how long a movement break takes: it opens with the first of its exercises and adds the others in turn while they fit.</source>
        <translation>Quanto dura mais ou menos uma pausa de movimento: começa com o primeiro exercício e acrescenta os outros em rodízio enquanto couberem.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="287"/>
        <source>Movement exercises</source>
        <translation>Exercícios de movimento</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="289"/>
        <source>The exercises movement breaks use (exercise ids): the first opens every movement break, the rest take turns after it. The default is standing up and moving, then the standing stretches.</source>
        <translation>Os exercícios das pausas de movimento (ids de exercício): o primeiro abre toda pausa de movimento e os demais se revezam depois. O padrão é levantar e se mexer e depois os alongamentos em pé.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="311"/>
        <source>Eye breaks (20-20-20)</source>
        <translation>Pausas para os olhos (20-20-20)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="312"/>
        <source>Short eye breaks with a rhythm of their own: every 20 minutes of work, look at something far away for 20 seconds (the 20-20-20 rule; both can be changed). One that would come shortly before a break is left to that break.</source>
        <translation>Pausas curtas para os olhos com ritmo próprio: a cada 20 minutos de trabalho, olhe para algo distante por 20 segundos (a regra 20-20-20; os dois valores podem ser alterados). Uma que viria pouco antes de uma pausa fica para essa pausa.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="324"/>
        <source>Eye break every (minutes)</source>
        <translation>Pausa para os olhos a cada (minutos)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="326"/>
        <source>Minutes of work from one eye break to the next; any break, or time away, starts them again.</source>
        <translation>Minutos de trabalho de uma pausa para os olhos até a próxima; qualquer pausa, ou tempo ausente, as faz recomeçar.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="337"/>
        <source>Eye break length (seconds)</source>
        <translation>Duração da pausa para os olhos (segundos)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="339"/>
        <source>About how long an eye break takes: the next of its exercises in turn, and more while they fit.</source>
        <translation>Quanto dura, mais ou menos, uma pausa para os olhos: o próximo dos seus exercícios, em rodízio, e mais enquanto couberem.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="348"/>
        <source>Eye exercises</source>
        <translation>Exercícios para os olhos</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="350"/>
        <source>The exercises eye breaks take in turn (exercise ids). The default is looking far away, then palming.</source>
        <translation>Os exercícios que as pausas para os olhos usam em rodízio (ids de exercício). O padrão é olhar para longe e depois o palming.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="370"/>
        <source>Firmer reminders after breaks put off</source>
        <translation>Lembretes mais firmes após pausas adiadas</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="371"/>
        <source>After 2 breaks skipped or snoozed in a row the next reminder is a little firmer (a window instead of a notification, fewer snoozes, a sentence saying why), after 4 firmer still; each break taken calms it down one step.</source>
        <translation>Depois de 2 pausas puladas ou adiadas seguidas, o próximo lembrete é um pouco mais firme (uma janela em vez de uma notificação, menos adiamentos, uma frase dizendo por quê), depois de 4 ainda mais; cada pausa feita o acalma um passo.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="383"/>
        <source>Skips allowed per day</source>
        <translation>Pulos permitidos por dia</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="385"/>
        <source>How many breaks may be skipped in a day; after that, until midnight, a break can be snoozed or taken but not skipped. 0 means no limit.</source>
        <translation>Quantas pausas podem ser puladas em um dia; depois disso, até a meia-noite, uma pausa pode ser adiada ou feita, mas não pulada. 0 significa sem limite.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="394"/>
        <source>A snoozed break comes back a little longer</source>
        <translation>Uma pausa adiada volta um pouco mais longa</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="395"/>
        <source>A snoozed break comes back with one more exercise for each snooze, two at most.</source>
        <translation>Uma pausa adiada volta com um exercício a mais para cada adiamento, no máximo dois.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="413"/>
        <source>Daily limit (hours at the computer)</source>
        <translation>Limite diário (horas no computador)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="415"/>
        <source>After this many hours at the computer in a day, one calm notice suggests calling it a day; 0 turns it off. Time away, asleep, locked, paused, on a break or outside working hours does not count; the count starts afresh at midnight.</source>
        <translation>Depois dessa quantidade de horas no computador em um dia, um aviso tranquilo sugere encerrar o dia; 0 desativa. Não contam o tempo ausente, em suspensão, com a tela bloqueada, em pausa, em um intervalo ou fora do horário de trabalho; a contagem recomeça à meia-noite.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="433"/>
        <source>Notify before a break</source>
        <translation>Avisar antes de uma pausa</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="434"/>
        <source>Show a desktop notification before a break (the heads-up time is in [schedule]).</source>
        <translation>Mostrar uma notificação na área de trabalho antes de uma pausa (o tempo do aviso prévio fica em [schedule]).</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="450"/>
        <source>Wait while a window is full screen</source>
        <translation>Esperar se uma janela estiver em tela cheia</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="451"/>
        <source>Hold a break while a window is full screen (a film, a presentation).</source>
        <translation>Manter a pausa em espera enquanto uma janela estiver em tela cheia (um filme, uma apresentação).</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="458"/>
        <source>Respect the desktop&apos;s do-not-disturb</source>
        <translation>Respeitar o &quot;Não perturbe&quot; do sistema</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="459"/>
        <source>Hold a break while the desktop&apos;s do-not-disturb is on.</source>
        <translation>Manter a pausa em espera enquanto o &quot;Não perturbe&quot; do sistema estiver ativado.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="464"/>
        <source>Wait while I am in a call</source>
        <translation>Esperar se eu estiver em uma chamada</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="465"/>
        <source>Hold a break while the camera or microphone is in use.</source>
        <translation>Manter a pausa em espera enquanto a câmera ou o microfone estiver em uso.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="472"/>
        <source>Count watching a video or a presentation as activity</source>
        <translation>Contar assistir a um vídeo ou apresentação como atividade</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="473"/>
        <source>While a video or a presentation keeps the screen awake (it asks the desktop not to blank the screen), you count as at the computer even without typing: the time is not taken for a break. Where the desktop tells (GNOME, KDE Plasma).</source>
        <translation>Enquanto um vídeo ou apresentação mantém a tela ligada (pede à área de trabalho para não apagá-la), você conta como presente no computador mesmo sem digitar: esse tempo não é tomado como pausa. Onde a área de trabalho informa (GNOME, KDE Plasma).</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="491"/>
        <source>Chimes</source>
        <translation>Sinais sonoros</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="492"/>
        <source>A soft chime when a break starts and a different one when it ends.</source>
        <translation>Um som suave quando a pausa começa e outro diferente quando termina.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="501"/>
        <source>Volume (%)</source>
        <translation>Volume (%)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="503"/>
        <source>Volume in percent.</source>
        <translation>Volume em porcentagem.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="508"/>
        <source>Tick at every repetition</source>
        <translation>Tique a cada repetição</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="509"/>
        <source>A quiet tick at the start of every repetition.</source>
        <translation>Um tique discreto no início de cada repetição.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="522"/>
        <source>Read the steps aloud</source>
        <translation>Ler os passos em voz alta</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="523"/>
        <source>Read each step aloud and count the holds, so you can follow with your eyes closed. Needs a speech engine (on Linux: speech-dispatcher).</source>
        <translation>Ler cada passo em voz alta e contar as sustentações, para você acompanhar de olhos fechados. Requer um sintetizador de voz (no Linux: speech-dispatcher).</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="540"/>
        <source>Still pictures (reduced motion)</source>
        <translation>Imagens estáticas (menos movimento)</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="541"/>
        <source>Still pictures only: no blending between the poses of an exercise.</source>
        <translation>Só imagens estáticas: sem transição animada entre as posições de um exercício.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="560"/>
        <source>Breaks a day</source>
        <translation>Pausas por dia</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="562"/>
        <source>Breaks a day you aim for. The statistics window counts a streak of days that reach it.</source>
        <translation>Quantas pausas por dia você quer fazer. A janela de estatísticas conta uma sequência de dias em que você alcança essa meta.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="581"/>
        <source>Days of history</source>
        <translation>Dias de histórico</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="583"/>
        <source>Days of break history to keep; 0 keeps it forever.</source>
        <translation>Por quantos dias guardar o histórico de pausas; 0 guarda para sempre.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="596"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="598"/>
        <source>The language of microbreak&apos;s windows, messages and exercise steps. Empty follows the system; or a language code like &quot;de&quot; or &quot;pt_BR&quot;. MICROBREAK_LANG, where set, wins over this.</source>
        <translation>O idioma das janelas, mensagens e passos dos exercícios do microbreak. Vazio segue o sistema; ou use um código de idioma como &quot;de&quot; ou &quot;pt_BR&quot;. MICROBREAK_LANG, se definida, tem prioridade sobre esta opção.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="616"/>
        <source>Start microbreak when I log in</source>
        <translation>Iniciar o microbreak ao fazer login</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/settings.py" line="617"/>
        <source>Start microbreak when you log in (an autostart entry for your system).</source>
        <translation>Iniciar o microbreak quando você fizer login (uma entrada de inicialização automática no seu sistema).</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="48"/>
        <source>All exercises</source>
        <translation>Todos os exercícios</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="49"/>
        <source>Seated</source>
        <translation>Sentado</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="50"/>
        <source>Standing</source>
        <translation>Em pé</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="51"/>
        <source>Needs nothing</source>
        <translation>Sem equipamento</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="52"/>
        <source>Needs a wall</source>
        <translation>Com parede</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="53"/>
        <source>Needs a doorway</source>
        <translation>Com batente de porta</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="54"/>
        <source>Needs a strap</source>
        <translation>Com faixa</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="31"/>
        <source>Movement breaks</source>
        <translation>Pausas de movimento</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="32"/>
        <source>Eye breaks</source>
        <translation>Pausas para os olhos</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="33"/>
        <source>Breaks put off</source>
        <translation>Pausas adiadas</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="34"/>
        <source>Daily limit</source>
        <translation>Limite diário</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="35"/>
        <source>Notifications</source>
        <translation>Notificações</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="36"/>
        <source>When you are busy</source>
        <translation>Quando você está ocupado</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="37"/>
        <source>Sound</source>
        <translation>Som</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="38"/>
        <source>Spoken guidance</source>
        <translation>Orientação falada</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="39"/>
        <source>Accessibility</source>
        <translation>Acessibilidade</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="40"/>
        <source>Statistics</source>
        <translation>Estatísticas</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="41"/>
        <source>Language and login</source>
        <translation>Idioma e login</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="48"/>
        <source>Let a break come at a short pause in your typing near its time, instead of cutting into a sentence. Where microbreak cannot tell when you type, breaks keep to the minutes between breaks.</source>
        <translation>Uma pausa vem numa breve parada de digitação perto da hora dela, em vez de cortar uma frase. Onde o microbreak não consegue saber quando você digita, as pausas seguem os minutos entre pausas.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="64"/>
        <source>One calm notice after this many hours at the computer in a day; time away and breaks do not count.</source>
        <translation>Um aviso tranquilo depois dessa quantidade de horas no computador em um dia; o tempo ausente e os intervalos não contam.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="81"/>
        <source>No limit</source>
        <translation>Sem limite</translation>
    </message>
    <message>
        <source>Let a break wait for a short pause in your typing instead of cutting into a sentence. Where microbreak cannot tell when you type, breaks keep to the minutes between breaks.</source>
        <translation type="vanished">Uma pausa espera uma breve parada na digitação em vez de cortar uma frase. Onde o microbreak não consegue saber quando você digita, as pausas seguem os minutos entre pausas.</translation>
    </message>
    <message>
        <source>The soonest a break may come at a pause in your typing, in minutes of work since the last break.</source>
        <translation type="vanished">O mais cedo que uma pausa pode vir numa parada de digitação, em minutos de trabalho desde a última pausa.</translation>
    </message>
    <message>
        <source>After this many minutes of work a break comes anyway, pause or not.</source>
        <translation type="vanished">Depois destes minutos de trabalho a pausa vem de qualquer jeito, com parada ou não.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="54"/>
        <source>The language of microbreak&apos;s windows, messages and exercise steps. System default follows your computer&apos;s language.</source>
        <translation>O idioma das janelas, mensagens e passos de exercício do microbreak. “Padrão do sistema” segue o idioma do seu computador.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="69"/>
        <source>Watching a video or a presentation counts as being at the computer, not as a break.</source>
        <translation>Assistir a um vídeo ou apresentação conta como estar no computador, não como pausa.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="77"/>
        <location filename="../../microbreak/ui/settings_form.py" line="80"/>
        <location filename="../../microbreak/ui/settings_form.py" line="82"/>
        <source>Off</source>
        <translation>Desativado</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="78"/>
        <source>Unlimited</source>
        <translation>Sem limite</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="79"/>
        <source>Forever</source>
        <translation>Para sempre</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/exercises_page.py" line="59"/>
        <source>Choose at least one exercise: a break needs something to do.</source>
        <translation>Escolha pelo menos um exercício: uma pausa precisa de algo para fazer.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="123"/>
        <source>Working hours on {day}.</source>
        <translation>Horário de trabalho de {day}.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_form.py" line="131"/>
        <source>({low} to {high})</source>
        <translation>(de {low} a {high})</translation>
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
        <translation type="vanished">{n} pausas</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="vanished">1 dia</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation type="vanished">{n} dias</translation>
    </message>
    <message>
        <source>{n} of {breaks} taken</source>
        <translation type="vanished">{n} de {breaks} feitas</translation>
    </message>
    <message>
        <source>1 natural break</source>
        <translation type="vanished">1 pausa natural</translation>
    </message>
    <message>
        <source>{n} natural breaks</source>
        <translation type="vanished">{n} pausas naturais</translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/stats.py" line="356"/>
        <source>{taken} of %n break(s) taken</source>
        <translation>
            <numerusform>{taken} de %n pausa feita</numerusform>
            <numerusform>{taken} de %n pausas feitas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/stats.py" line="360"/>
        <source>%n natural break(s)</source>
        <translation>
            <numerusform>%n pausa natural</numerusform>
            <numerusform>%n pausas naturais</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} min of exercise</source>
        <translation type="vanished">{n} min de exercício</translation>
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
            <numerusform>das quais %n pausa de movimento</numerusform>
            <numerusform>das quais %n pausas de movimento</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/stats.py" line="362"/>
        <source>%n eye break(s)</source>
        <translation>
            <numerusform>%n pausa para os olhos</numerusform>
            <numerusform>%n pausas para os olhos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="363"/>
        <source>{time} of exercise</source>
        <translation>{time} de exercício</translation>
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
            <numerusform>Meta diária de %n pausa alcançada. Muito bem!</numerusform>
            <numerusform>Meta diária de %n pausas alcançada. Muito bem!</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/stats.py" line="373"/>
        <source>Your goal: %n break(s) a day.</source>
        <translation>
            <numerusform>Sua meta: %n pausa por dia.</numerusform>
            <numerusform>Sua meta: %n pausas por dia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/stats.py" line="374"/>
        <source>Your goal: %n break(s) a day, {left} to go.</source>
        <translation>
            <numerusform>Sua meta: %n pausa por dia; mais {left} para chegar lá.</numerusform>
            <numerusform>Sua meta: %n pausas por dia; mais {left} para chegar lá.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/stats.py" line="382"/>
        <source>%n day(s) in a row at your goal.</source>
        <translation>
            <numerusform>%n dia seguido na meta.</numerusform>
            <numerusform>%n dias seguidos na meta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../microbreak/core/stats.py" line="386"/>
        <source>Last %n day(s): {taken}</source>
        <translation>
            <numerusform>Último %n dia: {taken}</numerusform>
            <numerusform>Últimos %n dias: {taken}</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily goal of {goal} reached. Well done!</source>
        <translation type="vanished">Meta diária de {goal} alcançada. Muito bem!</translation>
    </message>
    <message>
        <source>Your goal: {goal} a day.</source>
        <translation type="vanished">Sua meta: {goal} por dia.</translation>
    </message>
    <message>
        <source>Your goal: {goal} a day, {left} to go.</source>
        <translation type="vanished">Sua meta: {goal} por dia; faltam {left}.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="381"/>
        <source>Reach your goal today to start a streak.</source>
        <translation>Alcance sua meta hoje para começar uma sequência.</translation>
    </message>
    <message>
        <source>{days} in a row at your goal.</source>
        <translation type="vanished">Sequência de {days} na meta.</translation>
    </message>
    <message>
        <source>Last {days}: {taken}</source>
        <translation type="vanished">Em {days}: {taken}</translation>
    </message>
</context>
</TS>
