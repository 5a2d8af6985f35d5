<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>About</name>
    <message>
        <location filename="../../microbreak/ui/about.py" line="30"/>
        <source>Before your first break</source>
        <translation>Avant votre première pause</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="32"/>
        <source>microbreak reminds you to pause your work every so often and walks you through gentle stretches for your back, shoulders and neck. It is a nudge to move, not a treatment and not medical advice.</source>
        <translation>microbreak vous rappelle d’interrompre votre travail de temps en temps et vous guide dans de doux étirements pour le dos, les épaules et la nuque. C’est une incitation à bouger, ni un traitement ni un avis médical.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="38"/>
        <source>If you have a back or neck condition, or a recent injury, ask a doctor or physical therapist before you start.</source>
        <translation>Si vous avez un problème de dos ou de nuque, ou une blessure récente, demandez l’avis d’un médecin ou d’un kinésithérapeute avant de commencer.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="43"/>
        <source>Move slowly and never into pain. If an exercise hurts, stop it and go on to the next one (or skip the break). If pain keeps coming back, gets worse or lasts more than a few days, see a doctor.</source>
        <translation>Bougez lentement et jamais jusqu’à la douleur. Si un exercice fait mal, arrêtez-le et passez au suivant (ou sautez la pause). Si la douleur revient, s’aggrave ou dure plus de quelques jours, consultez un médecin.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="52"/>
        <source>The American Association of Occupational Health Nurses (AAOHN) recommends what it calls a &lt;i&gt;wellness microbreak&lt;/i&gt;: every 30 to 60 minutes, stop your work for a moment and do one or more short exercises right at your desk. You stay in your chair and in your work clothes; no equipment is needed.</source>
        <translation>L’American Association of Occupational Health Nurses (AAOHN), l’association américaine des infirmiers en santé au travail, recommande ce qu’elle appelle une &lt;i&gt;micropause bien-être&lt;/i&gt; : toutes les 30 à 60 minutes, interrompez votre travail un instant et faites un ou plusieurs exercices courts à votre bureau. Vous restez sur votre chaise et dans vos vêtements de travail ; aucun matériel n’est nécessaire.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="59"/>
        <source>Most upper-back pain comes from strained muscles (from holding one posture or repeating one movement for hours) rather than from a problem with the discs of the spine. Gentle, regular exercise strengthens the small muscles around the upper spine and eases its ligaments.</source>
        <translation>La plupart des douleurs du haut du dos viennent de muscles surmenés (à force de garder une posture ou de répéter un mouvement pendant des heures) plutôt que d’un problème de disques vertébraux. Un exercice doux et régulier renforce les petits muscles autour du haut de la colonne et soulage ses ligaments.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="66"/>
        <source>microbreak waits 45 minutes between breaks by default, the middle of that range, and keeps each break to a few minutes.</source>
        <translation>Par défaut, microbreak attend 45 minutes entre deux pauses, le milieu de cet intervalle, et limite chaque pause à quelques minutes.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="72"/>
        <source>microbreak sends nothing anywhere: your settings and history stay on this computer.</source>
        <translation>microbreak n’envoie rien nulle part : vos réglages et votre historique restent sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="78"/>
        <source>seated</source>
        <translation>assis</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="79"/>
        <source>standing</source>
        <translation>debout</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="82"/>
        <source>wall</source>
        <translation>mur</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="83"/>
        <source>doorway</source>
        <translation>encadrement de porte</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="84"/>
        <source>strap</source>
        <translation>sangle</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="197"/>
        <source>{posture}, needs a {equipment}</source>
        <translation>{posture}, avec : {equipment}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="202"/>
        <source>Each break walks you through a few of these, with a picture of every pose, a countdown for each hold and a repetition counter. The default routine rotates through the five seated AAOHN desk exercises:</source>
        <translation>Chaque pause vous guide dans quelques-uns de ces exercices, avec une image de chaque position, un compte à rebours pour chaque maintien et un compteur de répétitions. La routine par défaut alterne entre les cinq exercices assis de l’AAOHN :</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="210"/>
        <source>The library also has these:</source>
        <translation>La bibliothèque contient aussi ceux-ci :</translation>
    </message>
</context>
<context>
    <name>AboutWindow</name>
    <message>
        <location filename="../../microbreak/ui/about.py" line="147"/>
        <location filename="../../microbreak/ui/about.py" line="173"/>
        <source>About microbreak</source>
        <translation>À propos de microbreak</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="153"/>
        <source>A small break reminder for people who work sitting at a desk.</source>
        <translation>Un petit rappel de pause pour celles et ceux qui travaillent assis à un bureau.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="155"/>
        <source>Why a short break every 30 to 60 minutes</source>
        <translation>Pourquoi une courte pause toutes les 30 à 60 minutes</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="158"/>
        <source>The exercises</source>
        <translation>Les exercices</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="161"/>
        <source>Take care</source>
        <translation>Prenez soin de vous</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="163"/>
        <source>Read the health notice again</source>
        <translation>Relire l’avertissement santé</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="174"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ActionsMenu</name>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="21"/>
        <source>30 minutes</source>
        <translation>30 minutes</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="22"/>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="23"/>
        <source>2 hours</source>
        <translation>2 heures</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="24"/>
        <source>Until tomorrow</source>
        <translation>Jusqu’à demain</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="25"/>
        <source>Until I resume</source>
        <translation>Jusqu’à ce que je reprenne</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="51"/>
        <source>Take a break now</source>
        <translation>Faire une pause maintenant</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="53"/>
        <source>Snooze</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="55"/>
        <source>{n} minutes</source>
        <translation>{n} minutes</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="57"/>
        <source>Skip next break</source>
        <translation>Sauter la prochaine pause</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="59"/>
        <source>Pause reminders</source>
        <translation>Suspendre les rappels</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="63"/>
        <source>Resume reminders</source>
        <translation>Reprendre les rappels</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="66"/>
        <source>Statistics…</source>
        <translation>Statistiques…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="68"/>
        <source>Settings…</source>
        <translation>Réglages…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="70"/>
        <source>About microbreak</source>
        <translation>À propos de microbreak</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/intents.py" line="72"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>BreakWindow</name>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="67"/>
        <source>Read each step aloud and count the holds, so you can close your eyes</source>
        <translation>Lire chaque étape à voix haute et compter les maintiens, pour pouvoir fermer les yeux</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="71"/>
        <source>Move</source>
        <translation>Bougez</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="72"/>
        <source>Hold</source>
        <translation>Tenez</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="73"/>
        <source>Relax</source>
        <translation>Relâchez</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="87"/>
        <source>left side</source>
        <translation>côté gauche</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="88"/>
        <source>right side</source>
        <translation>côté droit</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="93"/>
        <source>Get ready</source>
        <translation>Préparez-vous</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="95"/>
        <source>Once</source>
        <translation>Une fois</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="97"/>
        <source>Rep {n} of {total}</source>
        <translation>Rép. {n} sur {total}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="102"/>
        <source>{where}, {side}</source>
        <translation>{where}, {side}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="162"/>
        <source>Time for a break</source>
        <translation>C’est l’heure de la pause</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="193"/>
        <source>Progress through this break</source>
        <translation>Avancement de cette pause</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="244"/>
        <location filename="../../microbreak/ui/break_window.py" line="564"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="244"/>
        <source>Pause or resume the countdown (Space)</source>
        <translation>Mettre en pause ou reprendre le compte à rebours (Espace)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="236"/>
        <source>Right arrow</source>
        <translation>flèche droite</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="236"/>
        <source>Left arrow</source>
        <translation>flèche gauche</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="240"/>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="240"/>
        <source>Previous exercise ({key})</source>
        <translation>Exercice précédent ({key})</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="247"/>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="247"/>
        <source>Next exercise ({key})</source>
        <translation>Exercice suivant ({key})</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="254"/>
        <location filename="../../microbreak/ui/break_window.py" line="362"/>
        <source>&amp;Snooze {n} min</source>
        <translation>Plus &amp;tard ({n} min)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="255"/>
        <location filename="../../microbreak/ui/break_window.py" line="364"/>
        <source>Close this break and bring it back in {n} minutes</source>
        <translation>Fermer cette pause et la reproposer dans {n} minutes</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="257"/>
        <source>S&amp;kip break</source>
        <translation>Sauter la pa&amp;use</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="257"/>
        <source>End this break now (Esc)</source>
        <translation>Terminer cette pause maintenant (Échap)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="260"/>
        <source>Read &amp;aloud</source>
        <translation>&amp;Lire à voix haute</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="270"/>
        <source>Skip this break?</source>
        <translation>Sauter cette pause ?</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="271"/>
        <source>Skip</source>
        <translation>Sauter</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="271"/>
        <source>Yes, end this break (Enter)</source>
        <translation>Oui, terminer cette pause (Entrée)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="273"/>
        <source>Keep going</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="273"/>
        <source>Go on with the break (Esc)</source>
        <translation>Poursuivre la pause (Échap)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="328"/>
        <location filename="../../microbreak/ui/break_window.py" line="505"/>
        <source>Well done!</source>
        <translation>Bravo !</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="341"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="341"/>
        <source>Close this window</source>
        <translation>Fermer cette fenêtre</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="401"/>
        <source>Next break at {time}.</source>
        <translation>Prochaine pause à {time}.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="502"/>
        <source>{first} and {last}</source>
        <translation>{first} et {last}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="503"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="506"/>
        <source>You did {exercises} in {time}.</source>
        <translation>Vous avez fait {exercises} en {time}.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="510"/>
        <source>Break ended early</source>
        <translation>Pause écourtée</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="511"/>
        <source>Every bit of movement helps. Try a whole routine next time.</source>
        <translation>Chaque mouvement compte. Essayez la routine complète la prochaine fois.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="534"/>
        <source>Exercise {n} of {total}</source>
        <translation>Exercice {n} sur {total}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="558"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="564"/>
        <source>&amp;Resume</source>
        <translation>Re&amp;prendre</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="619"/>
        <source>Read aloud: no voice</source>
        <translation>Lecture : aucune voix</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/break_window.py" line="620"/>
        <source>Spoken guidance is not available. {reason}</source>
        <translation>Le guidage vocal n’est pas disponible. {reason}</translation>
    </message>
</context>
<context>
    <name>CountdownRing</name>
    <message>
        <location filename="../../microbreak/ui/countdown_ring.py" line="43"/>
        <source>{n} seconds left</source>
        <translation>encore {n} secondes</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/countdown_ring.py" line="43"/>
        <source>1 second left</source>
        <translation>encore 1 seconde</translation>
    </message>
</context>
<context>
    <name>DayBarsChart</name>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="51"/>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="53"/>
        <source>Snoozed, then taken</source>
        <translation>Reportée, puis faite</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="57"/>
        <source>Natural break</source>
        <translation>Pause naturelle</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="58"/>
        <source>Skipped</source>
        <translation>Sautée</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="88"/>
        <source>Breaks per day, last {n} days</source>
        <translation>Pauses par jour, {n} derniers jours</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="90"/>
        <source>{taken} taken of {offered} offered, {total} in all; goal {goal} a day</source>
        <translation>{taken} faites sur {offered} proposées, {total} en tout ; objectif {goal} par jour</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="145"/>
        <source>dddd d MMMM</source>
        <translation>dddd d MMMM</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="146"/>
        <source>{n} of {total} breaks taken</source>
        <translation>{n} pauses faites sur {total}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="148"/>
        <source>{series}: {n}</source>
        <translation>{series} : {n}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="153"/>
        <source>(of those taken, {n} partly done)</source>
        <translation>(dont {n} en partie)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="154"/>
        <source>{n} min of exercise</source>
        <translation>{n} min d’exercice</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="250"/>
        <source>goal {n}</source>
        <translation>objectif {n}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/day_bars.py" line="261"/>
        <location filename="../../microbreak/ui/day_bars.py" line="266"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
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
        <translation>Objectif du jour</translation>
    </message>
</context>
<context>
    <name>ExercisesPage</name>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="154"/>
        <source>Tick the exercises you want. Breaks walk through them in this order: drag to reorder, or use Move up and Move down.</source>
        <translation>Cochez les exercices voulus. Les pauses les enchaînent dans cet ordre : faites-les glisser pour les réordonner, ou utilisez Monter et Descendre.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="158"/>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="164"/>
        <source>How long one break takes with this choice.</source>
        <translation>Durée d’une pause avec cette sélection.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="170"/>
        <source>Exercise files that could not be used; fix and reload.</source>
        <translation>Fichiers d’exercices inutilisables ; corrigez-les puis rechargez.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="187"/>
        <source>Show only the exercises that suit where you are.</source>
        <translation>N’afficher que les exercices adaptés à l’endroit où vous êtes.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="188"/>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="198"/>
        <source>Exercises &amp;per break:</source>
        <translation>Exercices &amp;par pause :</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="206"/>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="207"/>
        <source>Move the chosen exercise earlier in the routine.</source>
        <translation>Placer l’exercice choisi plus tôt dans la routine.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="208"/>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="209"/>
        <source>Move the chosen exercise later in the routine.</source>
        <translation>Placer l’exercice choisi plus tard dans la routine.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="210"/>
        <source>&amp;Reload exercises</source>
        <translation>&amp;Recharger les exercices</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="212"/>
        <source>Read the exercise files again, including your own in the exercises folder.</source>
        <translation>Relire les fichiers d’exercices, y compris les vôtres dans le dossier des exercices.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="221"/>
        <source>The steps of the exercise chosen in the list.</source>
        <translation>Les étapes de l’exercice choisi dans la liste.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="239"/>
        <source>&lt;b&gt;Skipped (could not be used):&lt;/b&gt;&lt;ul&gt;{lines}&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Ignorés (inutilisables) :&lt;/b&gt;&lt;ul&gt;{lines}&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="342"/>
        <source>A break takes about {length} ({count} of the {chosen} chosen exercises; the next break goes on where the last one stopped).</source>
        <translation>Une pause dure environ {length} ({count} des {chosen} exercices choisis ; la pause suivante reprend là où la précédente s’est arrêtée).</translation>
    </message>
</context>
<context>
    <name>HeadsUpToast</name>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="20"/>
        <source>Time to stretch soon.</source>
        <translation>Bientôt l’heure de s’étirer.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="47"/>
        <source>Start now</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="48"/>
        <source>Snooze</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="49"/>
        <source>Skip</source>
        <translation>Sauter</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="50"/>
        <source>Start the break now</source>
        <translation>Commencer la pause maintenant</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="51"/>
        <source>Put this break off by a few minutes</source>
        <translation>Repousser cette pause de quelques minutes</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/heads_up_toast.py" line="52"/>
        <source>Leave out this break</source>
        <translation>Sauter cette pause</translation>
    </message>
</context>
<context>
    <name>HealthNotice</name>
    <message>
        <location filename="../../microbreak/ui/about.py" line="120"/>
        <source>microbreak: before your first break</source>
        <translation>microbreak : avant votre première pause</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/about.py" line="125"/>
        <source>I understand</source>
        <translation>J’ai compris</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="372"/>
        <source>microbreak settings</source>
        <translation>Réglages de microbreak</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="382"/>
        <source>Settings pages</source>
        <translation>Pages des réglages</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="406"/>
        <source>Put this page&apos;s settings back to their defaults.</source>
        <translation>Remettre les réglages de cette page à leurs valeurs par défaut.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="409"/>
        <source>Save and use these settings now; keep the dialog open.</source>
        <translation>Enregistrer et appliquer ces réglages maintenant ; la fenêtre reste ouverte.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="412"/>
        <source>Save and use these settings, and close.</source>
        <translation>Enregistrer et appliquer ces réglages, puis fermer.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="414"/>
        <source>Close without saving what changed since the last Apply.</source>
        <translation>Fermer sans enregistrer les modifications faites depuis le dernier « Appliquer ».</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="416"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="419"/>
        <source>Load settings from a file; they are checked in full and used when you press OK.</source>
        <translation>Charger des réglages depuis un fichier ; ils sont entièrement vérifiés et appliqués quand vous appuyez sur OK.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="422"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="423"/>
        <source>Save these settings to a file, to share or keep.</source>
        <translation>Enregistrer ces réglages dans un fichier, pour les partager ou les conserver.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="465"/>
        <source>no reminders this day</source>
        <translation>aucun rappel ce jour-là</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="477"/>
        <source>Ranges like &quot;09:00-12:30, 13:30-17:00&quot;; leave a day empty for no reminders that day. Outside working hours microbreak stays quiet.</source>
        <translation>Plages comme « 09:00-12:30, 13:30-17:00 » ; laissez un jour vide pour n’avoir aucun rappel ce jour-là. En dehors des heures de travail, microbreak reste silencieux.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="484"/>
        <source>Settings file: {path}</source>
        <translation>Fichier de réglages : {path}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="488"/>
        <source>&amp;Open the settings file</source>
        <translation>&amp;Ouvrir le fichier de réglages</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="491"/>
        <source>Open config.toml in your editor: every key is described there. Saved changes apply at once.</source>
        <translation>Ouvrir config.toml dans votre éditeur : chaque clé y est décrite. Les modifications enregistrées s’appliquent immédiatement.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="541"/>
        <source>{page}: defaults restored. Press OK or Apply to use them.</source>
        <translation>{page} : valeurs par défaut restaurées. Appuyez sur OK ou Appliquer pour les utiliser.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="643"/>
        <source>Nothing was imported. {problem}</source>
        <translation>Rien n’a été importé. {problem}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="647"/>
        <source>Imported {path}. Press OK or Apply to use these settings.</source>
        <translation>{path} importé. Appuyez sur OK ou Appliquer pour utiliser ces réglages.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="673"/>
        <source>Could not export to {path}: {problem}</source>
        <translation>Impossible d’exporter vers {path} : {problem}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/settings_dialog.py" line="678"/>
        <source>Settings exported to {path}.</source>
        <translation>Réglages exportés vers {path}.</translation>
    </message>
</context>
<context>
    <name>StatsWindow</name>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="62"/>
        <source>Export break history</source>
        <translation>Exporter l’historique des pauses</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="64"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="115"/>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="137"/>
        <location filename="../../microbreak/ui/stats_window.py" line="265"/>
        <source>breaks taken today</source>
        <translation>pauses faites aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="138"/>
        <location filename="../../microbreak/ui/stats_window.py" line="268"/>
        <source>of exercise today</source>
        <translation>d’exercice aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="139"/>
        <source>days in a row at your goal</source>
        <translation>jours d’affilée à l’objectif</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="161"/>
        <source>{n} days</source>
        <translation>{n} jours</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="174"/>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="175"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="176"/>
        <source>Partly done</source>
        <translation>En partie</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="177"/>
        <source>Not started</source>
        <translation>Pas commencé</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="178"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="181"/>
        <source>How each exercise went</source>
        <translation>Le bilan de chaque exercice</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="196"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="198"/>
        <source>Clear history…</source>
        <translation>Effacer l’historique…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="200"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="218"/>
        <source>Delete history</source>
        <translation>Supprimer l’historique</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="220"/>
        <source>Keep it</source>
        <translation>Le garder</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="264"/>
        <source>{n} of {total}</source>
        <translation>{n} sur {total}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="268"/>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="271"/>
        <source>day in a row at {goal} a day</source>
        <translation>jour d’affilée à {goal} par jour</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="273"/>
        <source>days in a row at {goal} a day</source>
        <translation>jours d’affilée à {goal} par jour</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="275"/>
        <source>Today: {taken}</source>
        <translation>Aujourd’hui : {taken}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="279"/>
        <source>Exercises, last {n} days</source>
        <translation>Exercices, {n} derniers jours</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="328"/>
        <source>Could not save {path}: {error}</source>
        <translation>Impossible d’enregistrer {path} : {error}</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="332"/>
        <source>Saved {n} breaks to {path}.</source>
        <translation>{n} pauses enregistrées dans {path}.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="339"/>
        <source>Delete all {n} breaks recorded?</source>
        <translation>Supprimer les {n} pauses enregistrées ?</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="342"/>
        <source>d MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="344"/>
        <source>Delete all {n} breaks recorded since {date}?</source>
        <translation>Supprimer les {n} pauses enregistrées depuis le {date} ?</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="350"/>
        <source>This cannot be undone. Export a CSV first if you want to keep them.</source>
        <translation>Cette action est irréversible. Exportez d’abord un CSV si vous voulez les garder.</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/stats_window.py" line="364"/>
        <source>Your break history was deleted.</source>
        <translation>Votre historique des pauses a été supprimé.</translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="171"/>
        <source>Take a break now</source>
        <translation>Faire une pause maintenant</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="172"/>
        <source>Snooze</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="173"/>
        <source>Skip next break</source>
        <translation>Sauter la prochaine pause</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="174"/>
        <source>Pause</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="175"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="176"/>
        <source>Settings…</source>
        <translation>Réglages…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="177"/>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="178"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="179"/>
        <source>Statistics…</source>
        <translation>Statistiques…</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="184"/>
        <source>Start a break with its exercises now</source>
        <translation>Commencer maintenant une pause et ses exercices</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="185"/>
        <source>Put the next break off by a few minutes</source>
        <translation>Repousser la prochaine pause de quelques minutes</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="186"/>
        <source>Count the next break as taken and start a new interval</source>
        <translation>Compter la prochaine pause comme faite et recommencer l’intervalle</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="187"/>
        <source>No reminders for a while</source>
        <translation>Plus de rappels pendant un moment</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="188"/>
        <source>Reminders again, from now</source>
        <translation>Les rappels reprennent dès maintenant</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="189"/>
        <source>Change the interval, sounds and more</source>
        <translation>Modifier l’intervalle, les sons et plus encore</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="190"/>
        <source>Breaks taken, streaks and exercises</source>
        <translation>Pauses faites, séries et exercices</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="191"/>
        <source>What microbreak is, and the health notice</source>
        <translation>Ce qu’est microbreak, et l’avertissement santé</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="192"/>
        <source>End microbreak: no more reminders until it starts again</source>
        <translation>Quitter microbreak : plus de rappels jusqu’à son prochain démarrage</translation>
    </message>
    <message>
        <location filename="../../microbreak/ui/tray.py" line="224"/>
        <source>at {time}</source>
        <translation>à {time}</translation>
    </message>
</context>
<context>
    <name>describe</name>
    <message>
        <location filename="../../microbreak/core/describe.py" line="14"/>
        <source>paused by you</source>
        <translation>suspendu par vous</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="15"/>
        <source>you are away</source>
        <translation>vous êtes absent</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="16"/>
        <source>the computer is asleep</source>
        <translation>l’ordinateur est en veille</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="17"/>
        <source>the screen is locked</source>
        <translation>l’écran est verrouillé</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="18"/>
        <source>do not disturb is on</source>
        <translation>le mode Ne pas déranger est activé</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="19"/>
        <source>a full-screen window is open</source>
        <translation>une fenêtre est en plein écran</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="20"/>
        <source>you are in a call</source>
        <translation>vous êtes en communication</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="21"/>
        <source>outside your working hours</source>
        <translation>en dehors de vos heures de travail</translation>
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
        <translation>1 seconde</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="98"/>
        <source>{n} seconds</source>
        <translation>{n} secondes</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="99"/>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="99"/>
        <source>{n} minutes</source>
        <translation>{n} minutes</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="100"/>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="100"/>
        <source>{n} hours</source>
        <translation>{n} heures</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="116"/>
        <source>{hours} {minutes}</source>
        <translation>{hours} {minutes}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="123"/>
        <source>Microbreak in {time}</source>
        <translation>Micropause dans {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="140"/>
        <source>On a break</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="143"/>
        <source>Break waiting: {reasons}</source>
        <translation>Pause en attente : {reasons}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="148"/>
        <source>Paused until {day} {time}</source>
        <translation>Suspendu jusqu’à {day} {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="151"/>
        <source>Paused until {time}</source>
        <translation>Suspendu jusqu’à {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="153"/>
        <source>Paused until you resume</source>
        <translation>Suspendu jusqu’à ce que vous repreniez</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="154"/>
        <source>Paused: {reasons}</source>
        <translation>Suspendu : {reasons}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="161"/>
        <source>Break in {time}</source>
        <translation>Pause dans {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="163"/>
        <source>Snoozed: break in {time}</source>
        <translation>Reportée : pause dans {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="168"/>
        <source>Next break in {soonest} to {latest}, at a pause in your typing</source>
        <translation>Prochaine pause dans {soonest} à {latest}, quand vous arrêterez de taper</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="171"/>
        <source>Break at your next pause (by {time})</source>
        <translation>Pause dès que vous arrêtez de taper (avant {time})</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="174"/>
        <source>Next break in {time}</source>
        <translation>Prochaine pause dans {time}</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/describe.py" line="182"/>
        <source>(at {time})</source>
        <translation>(à {time})</translation>
    </message>
</context>
<context>
    <name>guidance</name>
    <message>
        <location filename="../../microbreak/core/guidance.py" line="72"/>
        <source>Well done. That is the end of this break.</source>
        <translation>Bravo. Cette pause est terminée.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/guidance.py" line="73"/>
        <source>Paused.</source>
        <translation>En pause.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/guidance.py" line="112"/>
        <source>{n} of {total}. {step}</source>
        <translation>{n} sur {total}. {step}</translation>
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
        <translation>Maintenant le côté droit.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/player.py" line="29"/>
        <source>Now the left side.</source>
        <translation>Maintenant le côté gauche.</translation>
    </message>
</context>
<context>
    <name>stats</name>
    <message>
        <location filename="../../microbreak/core/stats.py" line="299"/>
        <source>1 break</source>
        <translation>1 pause</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="299"/>
        <source>{n} breaks</source>
        <translation>{n} pauses</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="303"/>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="303"/>
        <source>{n} days</source>
        <translation>{n} jours</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="309"/>
        <source>{n} of {breaks} taken</source>
        <translation>{n} sur {breaks} faites</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="315"/>
        <source>1 natural break</source>
        <translation>1 pause naturelle</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="316"/>
        <source>{n} natural breaks</source>
        <translation>{n} pauses naturelles</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="319"/>
        <source>{n} min of exercise</source>
        <translation>{n} min d’exercice</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="320"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="327"/>
        <source>Daily goal of {goal} reached. Well done!</source>
        <translation>Objectif du jour de {goal} atteint. Bravo !</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="329"/>
        <source>Your goal: {goal} a day.</source>
        <translation>Votre objectif : {goal} par jour.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="330"/>
        <source>Your goal: {goal} a day, {left} to go.</source>
        <translation>Votre objectif : {goal} par jour, encore {left}.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="337"/>
        <source>Reach your goal today to start a streak.</source>
        <translation>Atteignez votre objectif aujourd’hui pour commencer une série.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="338"/>
        <source>{days} in a row at your goal.</source>
        <translation>{days} d’affilée à l’objectif.</translation>
    </message>
    <message>
        <location filename="../../microbreak/core/stats.py" line="342"/>
        <source>Last {days}: {taken}</source>
        <translation>Sur {days} : {taken}</translation>
    </message>
</context>
</TS>
