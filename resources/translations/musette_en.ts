<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../ui/wizards/discover/page_activities.py" line="33"/>
        <source>Ce que j&apos;y ai fait</source>
        <translation>What I did there</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/discover/page_activities.py" line="36"/>
        <source>Cochez ce que vous avez fait, même une seule fois. Ajoutez-le avec vos mots si ce n&apos;est pas dans la liste.</source>
        <translation>Tick what you did, even once. Add it in your own words if it is not in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/discover/page_activities.py" line="72"/>
        <source>Autre chose que j&apos;y ai fait</source>
        <translation>Something else I did there</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/discover/page_activities.py" line="73"/>
        <source>Autre chose que j&apos;ai fait — %1</source>
        <translation>Something else I did — %1</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/discover/page_activities.py" line="74"/>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>AdSkillsDialog</name>
    <message>
        <location filename="../../ui/ad_skills_dialog.py" line="46"/>
        <source>Ce que l&apos;annonce demande</source>
        <translation>What the ad asks for</translation>
    </message>
    <message>
        <location filename="../../ui/ad_skills_dialog.py" line="51"/>
        <source>Les compétences trouvées dans le texte de l&apos;annonce (référentiels ESCO et ROME), face aux vôtres. Décochez ce qui n&apos;y est pas demandé ; ajoutez ce qui y est dit autrement. L&apos;annonce est lue sur cet ordinateur, rien n&apos;est envoyé.</source>
        <translation>The skills found in the ad&apos;s text (ESCO and ROME), against yours. Untick what it does not ask for; add what it says in other words. The ad is read on this computer; nothing is sent.</translation>
    </message>
    <message>
        <location filename="../../ui/ad_skills_dialog.py" line="58"/>
        <source>Compétences demandées</source>
        <translation>Skills asked for</translation>
    </message>
    <message>
        <location filename="../../ui/ad_skills_dialog.py" line="63"/>
        <source>Une compétence demandée, avec vos mots</source>
        <translation>A skill asked for, in your words</translation>
    </message>
    <message>
        <location filename="../../ui/ad_skills_dialog.py" line="64"/>
        <source>Ajouter une compétence demandée</source>
        <translation>Add a skill asked for</translation>
    </message>
    <message>
        <location filename="../../ui/ad_skills_dialog.py" line="66"/>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/ad_skills_dialog.py" line="77"/>
        <source>Lire à nouveau l&apos;annonce</source>
        <translation>Read the ad again</translation>
    </message>
    <message>
        <location filename="../../ui/ad_skills_dialog.py" line="81"/>
        <source>Faire un CV pour cette annonce</source>
        <translation>Make a CV for this ad</translation>
    </message>
    <message>
        <location filename="../../ui/ad_skills_dialog.py" line="85"/>
        <source>Un profil de partage où les compétences demandées que vous avez viennent en premier, « Compétences clés » ; le CV s&apos;ouvre en aperçu.</source>
        <translation>A share profile where the skills asked for that you have come first, as « Key skills »; the CV opens in preview.</translation>
    </message>
    <message>
        <location filename="../../ui/ad_skills_dialog.py" line="91"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/ad_skills_dialog.py" line="108"/>
        <source>je l&apos;ai</source>
        <translation>I have it</translation>
    </message>
    <message>
        <location filename="../../ui/ad_skills_dialog.py" line="109"/>
        <source>en partie</source>
        <translation>partly</translation>
    </message>
    <message>
        <location filename="../../ui/ad_skills_dialog.py" line="110"/>
        <source>à acquérir</source>
        <translation>to gain</translation>
    </message>
    <message>
        <location filename="../../ui/ad_skills_dialog.py" line="121"/>
        <source>mes mots</source>
        <translation>my words</translation>
    </message>
    <message>
        <location filename="../../ui/ad_skills_dialog.py" line="134"/>
        <source>%1 demandées : %2 que j&apos;ai, %3 en partie, %4 à acquérir.</source>
        <translation>%1 asked for: %2 I have, %3 partly, %4 to gain.</translation>
    </message>
    <message>
        <location filename="../../ui/ad_skills_dialog.py" line="164"/>
        <source>Lecture de l&apos;annonce…</source>
        <translation>Reading the ad…</translation>
    </message>
</context>
<context>
    <name>AnswersPage</name>
    <message>
        <location filename="../../ui/wizards/discover/page_answers.py" line="24"/>
        <source>Comment, avec qui</source>
        <translation>How, and with whom</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/discover/page_answers.py" line="27"/>
        <source>Facultatif : quelques mots sur chaque activité aident à la raconter plus tard.</source>
        <translation>Optional: a few words on each activity help to tell it later.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/discover/page_answers.py" line="36"/>
        <source>Ce que j&apos;y faisais</source>
        <translation>What I did</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/discover/page_answers.py" line="37"/>
        <source>Avec qui ?</source>
        <translation>With whom?</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/discover/page_answers.py" line="38"/>
        <source>Dans quel cadre ?</source>
        <translation>In what setting?</translation>
    </message>
</context>
<context>
    <name>ApplicationsBoard</name>
    <message>
        <location filename="../../ui/applications_board.py" line="134"/>
        <source>Tableau de suivi des candidatures</source>
        <translation>Applications board</translation>
    </message>
    <message>
        <location filename="../../ui/applications_board.py" line="139"/>
        <source>Glissez une carte d&apos;une colonne à l&apos;autre, ou choisissez-la et appuyez sur Ctrl+→ ou Ctrl+←. Entrée ouvre la candidature. Chaque changement est noté dans son historique.</source>
        <translation>Drag a card from one column to another, or select it and press Ctrl+→ or Ctrl+←. Enter opens the application. Each change is noted in its history.</translation>
    </message>
    <message>
        <location filename="../../ui/applications_board.py" line="165"/>
        <source>Tableau</source>
        <translation>Board</translation>
    </message>
    <message>
        <location filename="../../ui/applications_board.py" line="170"/>
        <source>Poste</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../ui/applications_board.py" line="171"/>
        <source>Employeur</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../ui/applications_board.py" line="172"/>
        <source>Où j&apos;en suis</source>
        <translation>Where it stands</translation>
    </message>
    <message>
        <location filename="../../ui/applications_board.py" line="173"/>
        <source>Envoyée le</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location filename="../../ui/applications_board.py" line="174"/>
        <source>Prochaine étape</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../ui/applications_board.py" line="175"/>
        <source>Date limite</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/applications_board.py" line="178"/>
        <source>Liste des candidatures</source>
        <translation>List of applications</translation>
    </message>
    <message>
        <location filename="../../ui/applications_board.py" line="186"/>
        <source>Liste</source>
        <translation>List</translation>
    </message>
    <message>
        <location filename="../../ui/applications_board.py" line="207"/>
        <source>%1 : %2 candidature(s)</source>
        <translation>%1: %2 application(s)</translation>
    </message>
    <message>
        <location filename="../../ui/applications_board.py" line="253"/>
        <source>Relancer le %1</source>
        <translation>Follow up on %1</translation>
    </message>
    <message>
        <location filename="../../ui/applications_board.py" line="255"/>
        <source>Date limite : %1</source>
        <translation>Deadline: %1</translation>
    </message>
    <message>
        <location filename="../../ui/applications_board.py" line="257"/>
        <source>%1 le %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <location filename="../../ui/applications_board.py" line="257"/>
        <source>À faire</source>
        <translation>To do</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../ui/backups_dialog.py" line="51"/>
        <location filename="../../ui/backups_dialog.py" line="54"/>
        <source>Sauvegardes</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.py" line="56"/>
        <source>Musette enregistre une copie chiffrée de votre musette quand vous la fermez, et une fois par jour. Chaque copie est vérifiée. Elles sont rangées ici : %1. Pour changer d&apos;ordinateur, emportez la sauvegarde la plus récente et restaurez-la sur l&apos;autre.</source>
        <translation>Musette saves an encrypted copy of your Musette when you close it, and once a day. Each copy is checked. They are kept here: %1. To move to another computer, take the latest backup and restore it there.</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.py" line="63"/>
        <source>Liste des sauvegardes</source>
        <translation>List of backups</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.py" line="68"/>
        <source>Sauvegarder maintenant</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.py" line="70"/>
        <source>Restaurer dans un nouveau fichier…</source>
        <translation>Restore into a new file…</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.py" line="71"/>
        <source>Remplacer ma musette par cette sauvegarde…</source>
        <translation>Replace my Musette with this backup…</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.py" line="72"/>
        <source>Choisir un second emplacement…</source>
        <translation>Choose a second place…</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.py" line="74"/>
        <source>Par exemple une clé USB : chaque sauvegarde y sera aussi copiée.</source>
        <translation>For example a USB stick: every backup will be copied there too.</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.py" line="77"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.py" line="114"/>
        <source>Aucune sauvegarde pour l&apos;instant.</source>
        <translation>No backups yet.</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.py" line="130"/>
        <source>Sauvegarde vérifiée : %1 fiches.</source>
        <translation>Backup checked: %1 cards.</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.py" line="135"/>
        <source>Sauvegarde en cours…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.py" line="143"/>
        <source>Sauvegarde faite et vérifiée.</source>
        <translation>Backup made and checked.</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.py" line="151"/>
        <source>Où restaurer cette sauvegarde ?</source>
        <translation>Where should this backup be restored?</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.py" line="161"/>
        <source>Restaurée dans %1 (%2 fiches). Votre musette actuelle n&apos;a pas changé.</source>
        <translation>Restored into %1 (%2 cards). Your current Musette has not changed.</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.py" line="168"/>
        <source>Second emplacement des sauvegardes</source>
        <translation>Second place for backups</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../ui/sync_conflicts_dialog.py" line="61"/>
        <source>Choisir entre les versions</source>
        <translation>Choose between the versions</translation>
    </message>
    <message>
        <location filename="../../ui/sync_conflicts_dialog.py" line="64"/>
        <source>Deux versions d&apos;une même fiche</source>
        <translation>Two versions of one record</translation>
    </message>
    <message>
        <location filename="../../ui/sync_conflicts_dialog.py" line="68"/>
        <source>Ces champs ont été modifiés différemment sur deux de vos ordinateurs. Les deux versions sont gardées tant que vous n&apos;avez pas choisi ; votre choix vaudra pour tous vos ordinateurs à la prochaine synchronisation.</source>
        <translation>These fields were changed differently on two of your computers. Both versions are kept until you choose; your choice will hold on all your computers at the next sync.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_conflicts_dialog.py" line="75"/>
        <source>Différences à choisir</source>
        <translation>Differences to choose</translation>
    </message>
    <message>
        <location filename="../../ui/sync_conflicts_dialog.py" line="80"/>
        <source>Dans la fiche maintenant</source>
        <translation>In the record now</translation>
    </message>
    <message>
        <location filename="../../ui/sync_conflicts_dialog.py" line="83"/>
        <source>L&apos;autre version, gardée</source>
        <translation>The other version, kept</translation>
    </message>
    <message>
        <location filename="../../ui/sync_conflicts_dialog.py" line="85"/>
        <source>Garder la version dans la fiche</source>
        <translation>Keep the version in the record</translation>
    </message>
    <message>
        <location filename="../../ui/sync_conflicts_dialog.py" line="86"/>
        <source>Garder l&apos;autre version</source>
        <translation>Keep the other version</translation>
    </message>
    <message>
        <location filename="../../ui/sync_conflicts_dialog.py" line="94"/>
        <source>Plus aucune différence : tout est choisi.</source>
        <translation>No differences left: everything is chosen.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_conflicts_dialog.py" line="96"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/sync_conflicts_dialog.py" line="109"/>
        <source>Garder celle-ci</source>
        <translation>Keep this one</translation>
    </message>
    <message>
        <location filename="../../ui/sync_conflicts_dialog.py" line="134"/>
        <source>(fiche à la corbeille)</source>
        <translation>(record in the trash)</translation>
    </message>
</context>
<context>
    <name>CpfPage</name>
    <message>
        <location filename="../../ui/wizards/rights/page_cpf.py" line="47"/>
        <source>Mon compte personnel de formation (CPF)</source>
        <translation>My personal training account (CPF)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_cpf.py" line="50"/>
        <source>Le solde se lit sur moncompteformation.gouv.fr. Recopiez-le avec la date du jour où vous l&apos;avez lu.</source>
        <translation>The balance is on moncompteformation.gouv.fr. Copy it with the date you read it.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_cpf.py" line="59"/>
        <source>Solde lu</source>
        <translation>Balance read</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_cpf.py" line="62"/>
        <location filename="../../ui/wizards/rights/page_cpf.py" line="68"/>
        <source>Lu le</source>
        <translation>Read on</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_cpf.py" line="65"/>
        <source>Projeter au</source>
        <translation>Project to</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_cpf.py" line="66"/>
        <location filename="../../ui/wizards/rights/page_cpf.py" line="96"/>
        <source>Solde lu (€)</source>
        <translation>Balance read (€)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_cpf.py" line="69"/>
        <source>Ce que j&apos;aurai au</source>
        <translation>What I will have on</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_cpf.py" line="76"/>
        <source>Règles vérifiées le %1. Elles ont changé en 2025 et 2026 : en cas de doute, le site officiel fait foi.</source>
        <translation>Rules checked on %1. They changed in 2025 and 2026: when in doubt, the official site prevails.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_cpf.py" line="96"/>
        <source>Solde lu (heures)</source>
        <translation>Balance read (hours)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_cpf.py" line="116"/>
        <source>%1 heures</source>
        <translation>%1 hours</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_cpf.py" line="123"/>
        <source>Chaque année : %1, jusqu&apos;à %2.</source>
        <translation>Each year: %1, up to %2.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_cpf.py" line="128"/>
        <source>Au %1 : environ %2.</source>
        <translation>On %1: about %2.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_cpf.py" line="133"/>
        <source>Pas de nouveaux droits pendant cette période, mais vos droits restent utilisables.</source>
        <translation>No new rights during this period, but your rights stay usable.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_cpf.py" line="140"/>
        <source>En utilisant votre CPF, vous payez une participation de %1.</source>
        <translation>When you use your CPF, you pay a contribution of %1.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_cpf.py" line="150"/>
        <source>permis de conduire (groupe léger : voiture, moto)</source>
        <translation>driving licence (light vehicles: car, motorbike)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_cpf.py" line="145"/>
        <source>Vous n&apos;avez pas de participation forfaitaire à payer.</source>
        <translation>You have no flat contribution to pay.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_cpf.py" line="148"/>
        <source>bilan de compétences</source>
        <translation>skills assessment</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_cpf.py" line="149"/>
        <source>certification du répertoire spécifique</source>
        <translation>specific-register certification</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_cpf.py" line="151"/>
        <source>VAE</source>
        <translation>VAE</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_cpf.py" line="153"/>
        <source>sans plafond</source>
        <translation>no cap</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_cpf.py" line="160"/>
        <source>Plafonds 2026 par action : %1.</source>
        <translation>2026 caps per training: %1.</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <location filename="../../ui/pages/create_page.py" line="45"/>
        <location filename="../../ui/pages/create_page.py" line="82"/>
        <source>Créer ma musette</source>
        <translation>Create my Musette</translation>
    </message>
    <message>
        <location filename="../../ui/pages/create_page.py" line="49"/>
        <source>Choisissez une phrase de passe facile à retenir pour vous, difficile à deviner pour les autres : plusieurs mots, au moins 12 caractères. Elle ne quitte jamais cet ordinateur.</source>
        <translation>Choose a passphrase that is easy for you to remember and hard for others to guess: several words, at least 12 characters. It never leaves this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/create_page.py" line="57"/>
        <source>Emplacement du fichier</source>
        <translation>File location</translation>
    </message>
    <message>
        <location filename="../../ui/pages/create_page.py" line="58"/>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/create_page.py" line="62"/>
        <source>Emplacement</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/pages/create_page.py" line="65"/>
        <location filename="../../ui/pages/create_page.py" line="66"/>
        <source>Phrase de passe</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/pages/create_page.py" line="69"/>
        <source>Phrase de passe, encore une fois</source>
        <translation>Passphrase, once more</translation>
    </message>
    <message>
        <location filename="../../ui/pages/create_page.py" line="70"/>
        <source>Encore une fois</source>
        <translation>Once more</translation>
    </message>
    <message>
        <location filename="../../ui/pages/create_page.py" line="73"/>
        <source>Solidité</source>
        <translation>Strength</translation>
    </message>
    <message>
        <location filename="../../ui/pages/create_page.py" line="81"/>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/pages/create_page.py" line="95"/>
        <source>Où garder votre musette ?</source>
        <translation>Where should your Musette be kept?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/create_page.py" line="106"/>
        <source>Cette phrase de passe est trop courte. Utilisez au moins 12 caractères, par exemple trois ou quatre mots.</source>
        <translation>This passphrase is too short. Use at least 12 characters, for example three or four words.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/create_page.py" line="114"/>
        <source>Les deux phrases de passe sont différentes. Saisissez-les à nouveau.</source>
        <translation>The two passphrases differ. Type them again.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/create_page.py" line="130"/>
        <source>Création de votre musette…</source>
        <translation>Creating your Musette…</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../ui/sections/dashboard_view.py" line="60"/>
        <source>🔒 Lecture seule : cette musette est sur un support qui ne peut pas être modifié. Vous pouvez la consulter, pas la changer.</source>
        <translation>🔒 Read only: this Musette file is on a medium that cannot be changed. You can look, not edit.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dashboard_view.py" line="69"/>
        <source>Sauvegarder maintenant</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dashboard_view.py" line="95"/>
        <source>Ma musette est remplie à</source>
        <translation>My Musette is filled in at</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dashboard_view.py" line="98"/>
        <source>Remplissage de la musette</source>
        <translation>How complete my Musette is</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dashboard_view.py" line="109"/>
        <source>À venir</source>
        <translation>Coming up</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dashboard_view.py" line="144"/>
        <source>Dernières modifications</source>
        <translation>Latest changes</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dashboard_view.py" line="153"/>
        <source>Mes droits</source>
        <translation>My rights</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dashboard_view.py" line="154"/>
        <source>Mes compétences</source>
        <translation>My skills</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dashboard_view.py" line="117"/>
        <location filename="../../ui/sections/dashboard_view.py" line="155"/>
        <source>Mon projet</source>
        <translation>My project</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dashboard_view.py" line="81"/>
        <source>Synchronisation</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dashboard_view.py" line="82"/>
        <source>Choisir entre les versions…</source>
        <translation>Choose between the versions…</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dashboard_view.py" line="84"/>
        <source>Synchronisation…</source>
        <translation>Sync…</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dashboard_view.py" line="123"/>
        <source>Avancement du projet</source>
        <translation>Project progress</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dashboard_view.py" line="129"/>
        <source>Mes candidatures</source>
        <translation>My applications</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dashboard_view.py" line="134"/>
        <source>Tableau de suivi</source>
        <translation>Applications board</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dashboard_view.py" line="137"/>
        <source>Vos candidatures par étape : déplacez-les d&apos;une colonne à l&apos;autre.</source>
        <translation>Your applications by stage: move them from one column to another.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dashboard_view.py" line="157"/>
        <source>Découvrir ce que je sais faire</source>
        <translation>Discover what I can do</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dashboard_view.py" line="160"/>
        <source>Explorer des métiers</source>
        <translation>Explore jobs</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dashboard_view.py" line="164"/>
        <source>Ouvre l&apos;assistant « Mes droits ».</source>
        <translation>Opens the « My rights » wizard.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dashboard_view.py" line="165"/>
        <source>Ouvre l&apos;assistant compétences.</source>
        <translation>Opens the skills wizard.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dashboard_view.py" line="166"/>
        <source>Ouvre l&apos;assistant projet.</source>
        <translation>Opens the project wizard.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dashboard_view.py" line="170"/>
        <source>De ce que vous avez vécu aux compétences, sans avoir à les nommer.</source>
        <translation>From what you have lived to skills, without having to name them.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dashboard_view.py" line="175"/>
        <source>Ce qui vous attire, les métiers proches des vôtres (France Travail).</source>
        <translation>What draws you, and the jobs close to yours (France Travail).</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dashboard_view.py" line="211"/>
        <source>Mon identité</source>
        <translation>My identity</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dashboard_view.py" line="216"/>
        <source>Au moins une expérience</source>
        <translation>At least one experience</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dashboard_view.py" line="221"/>
        <source>Une formation ou une certification</source>
        <translation>A training or a certification</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dashboard_view.py" line="224"/>
        <source>Au moins cinq compétences</source>
        <translation>At least five skills</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dashboard_view.py" line="225"/>
        <source>Le solde de mon CPF</source>
        <translation>My CPF balance</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dashboard_view.py" line="226"/>
        <source>Un projet professionnel</source>
        <translation>A career project</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dashboard_view.py" line="229"/>
        <source>Un contact dans mon réseau</source>
        <translation>A contact in my network</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dashboard_view.py" line="247"/>
        <source>Bonjour %1</source>
        <translation>Hello %1</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dashboard_view.py" line="247"/>
        <source>Bonjour</source>
        <translation>Hello</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dashboard_view.py" line="259"/>
        <source> — à compléter</source>
        <translation> — to do</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dashboard_view.py" line="265"/>
        <source>Ouvre ce qu&apos;il faut pour le compléter.</source>
        <translation>Opens what completes it.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dashboard_view.py" line="267"/>
        <source>Ouvre ce qui est déjà rempli.</source>
        <translation>Opens what is already filled in.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dashboard_view.py" line="291"/>
        <source>La dernière sauvegarde a échoué. Votre musette est intacte, mais elle n&apos;a pas de copie récente.</source>
        <translation>The last backup failed. Your Musette is intact, but it has no recent copy.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dashboard_view.py" line="300"/>
        <source>Rien pour l&apos;instant.</source>
        <translation>Nothing yet.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dashboard_view.py" line="315"/>
        <source>La dernière synchronisation n&apos;a pas pu se faire.</source>
        <translation>The last sync could not be done.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dashboard_view.py" line="323"/>
        <source>%1 différence entre vos ordinateurs attend votre choix.</source>
        <translation>%1 difference between your computers waits for your choice.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dashboard_view.py" line="324"/>
        <source>%1 différences entre vos ordinateurs attendent votre choix.</source>
        <translation>%1 differences between your computers wait for your choice.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dashboard_view.py" line="346"/>
        <source>Prochaine étape</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dashboard_view.py" line="353"/>
        <source>%1 étape faite sur %2</source>
        <translation>%1 step done out of %2</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dashboard_view.py" line="354"/>
        <source>%1 étapes faites sur %2</source>
        <translation>%1 steps done out of %2</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dashboard_view.py" line="383"/>
        <source>Rien dans les deux prochains mois.</source>
        <translation>Nothing in the next two months.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dashboard_view.py" line="386"/>
        <source> (en retard)</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dashboard_view.py" line="396"/>
        <source>Relancer %1 (%2)</source>
        <translation>Follow up with %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dashboard_view.py" line="398"/>
        <source>Date limite de candidature : %1</source>
        <translation>Deadline to apply: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dashboard_view.py" line="399"/>
        <source>Candidature</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../ui/sections/dashboard_view.py" line="404"/>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../ui/wizards/skills/page_details.py" line="39"/>
        <source>Mon niveau, et ce qui le montre</source>
        <translation>My level, and what shows it</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/skills/page_details.py" line="40"/>
        <source>Tout est facultatif : vous pourrez compléter plus tard.</source>
        <translation>Everything is optional: you can complete it later.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/skills/page_details.py" line="59"/>
        <source>Compétence</source>
        <translation>Skill</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/skills/page_details.py" line="60"/>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/skills/page_details.py" line="61"/>
        <source>Langue ?</source>
        <translation>Language?</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/skills/page_details.py" line="62"/>
        <source>Dernière fois</source>
        <translation>Last used</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/skills/page_details.py" line="63"/>
        <source>Ce qui le montre</source>
        <translation>What shows it</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/skills/page_details.py" line="73"/>
        <source>AAAA ou MM/AAAA</source>
        <translation>YYYY or MM/YYYY</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/skills/page_details.py" line="75"/>
        <source>Rien pour l&apos;instant</source>
        <translation>Nothing yet</translation>
    </message>
</context>
<context>
    <name>DiscoverWizard</name>
    <message>
        <location filename="../../ui/wizards/discover/wizard.py" line="40"/>
        <source>Découvrir ce que je sais faire</source>
        <translation>Discover what I can do</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/discover/wizard.py" line="90"/>
        <source>Pas de liste pour ce métier : écrivez ce que vous y faisiez.</source>
        <translation>No list for this job: write what you did there.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/discover/wizard.py" line="92"/>
        <source>Activités du métier « %1 » (ROME %2).</source>
        <translation>Activities of the job “%1” (ROME %2).</translation>
    </message>
</context>
<context>
    <name>DocumentsView</name>
    <message>
        <location filename="../../ui/sections/documents_view.py" line="76"/>
        <source>Ajouter un document…</source>
        <translation>Add a document…</translation>
    </message>
    <message>
        <location filename="../../ui/sections/documents_view.py" line="87"/>
        <source>Aperçu du document</source>
        <translation>Document preview</translation>
    </message>
    <message>
        <location filename="../../ui/sections/documents_view.py" line="90"/>
        <source>Ouvrir avec l&apos;application habituelle…</source>
        <translation>Open with the usual application…</translation>
    </message>
    <message>
        <location filename="../../ui/sections/documents_view.py" line="140"/>
        <source>Pas d&apos;aperçu pour ce type de document.</source>
        <translation>No preview for this kind of document.</translation>
    </message>
</context>
<context>
    <name>DraftWizard</name>
    <message>
        <location filename="../../ui/wizards/draft_wizard.py" line="29"/>
        <source>Continuer plus tard</source>
        <translation>Continue later</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/draft_wizard.py" line="44"/>
        <source>étape %1 sur %2</source>
        <translation>step %1 of %2</translation>
    </message>
</context>
<context>
    <name>FindPage</name>
    <message>
        <location filename="../../ui/wizards/skills/page_find.py" line="46"/>
        <source>Trouver mes compétences</source>
        <translation>Find my skills</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/skills/page_find.py" line="49"/>
        <source>Tapez ce que vous savez faire, en français ou en anglais. Cochez ce qui vous correspond.</source>
        <translation>Type what you can do, in French or English. Tick what matches you.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/skills/page_find.py" line="57"/>
        <source>Le référentiel européen ESCO n&apos;est pas encore installé sur cet ordinateur (musette taxonomy import). Vous pouvez déjà écrire vos compétences avec vos mots.</source>
        <translation>The European ESCO classification is not installed on this computer yet (musette taxonomy import). You can already write your skills in your own words.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/skills/page_find.py" line="63"/>
        <source>Par exemple : chariot, accueil, comptabilité</source>
        <translation>For example: forklift, reception, accounting</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/skills/page_find.py" line="64"/>
        <source>Chercher une compétence</source>
        <translation>Search for a skill</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/skills/page_find.py" line="67"/>
        <source>Compétences transversales</source>
        <translation>Transversal skills</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/skills/page_find.py" line="69"/>
        <source>Celles qu&apos;on oublie : communiquer, s&apos;organiser, travailler en équipe…</source>
        <translation>The ones people forget: communicating, organising, working in a team…</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/skills/page_find.py" line="74"/>
        <source>Parcourir</source>
        <translation>Browse</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/skills/page_find.py" line="76"/>
        <source>Les grandes familles de compétences, puis leur détail.</source>
        <translation>The broad families of skills, then their detail.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/skills/page_find.py" line="82"/>
        <source>À partir d&apos;une expérience ou d&apos;une formation…</source>
        <translation>From an experience or a training…</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/skills/page_find.py" line="85"/>
        <source>À partir d&apos;une expérience ou d&apos;une formation</source>
        <translation>From an experience or a training</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/skills/page_find.py" line="88"/>
        <source>Ajouter tel quel</source>
        <translation>Add as typed</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/skills/page_find.py" line="90"/>
        <source>Garder ce que vous avez tapé comme compétence, avec vos mots.</source>
        <translation>Keep what you typed as a skill, in your own words.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/skills/page_find.py" line="96"/>
        <source>Résultats</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/skills/page_find.py" line="163"/>
        <source> — déjà dans ma musette</source>
        <translation> — already in my Musette</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/skills/page_find.py" line="194"/>
        <source>%1 compétence choisie : %2</source>
        <translation>%1 skill chosen: %2</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/skills/page_find.py" line="195"/>
        <source>%1 compétences choisies : %2</source>
        <translation>%1 skills chosen: %2</translation>
    </message>
</context>
<context>
    <name>GapPage</name>
    <message>
        <location filename="../../ui/wizards/project/page_gap.py" line="47"/>
        <source>Ce que le métier demande, et où j&apos;en suis</source>
        <translation>What the job asks for, and where I stand</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/project/page_gap.py" line="50"/>
        <source>Ajoutez les compétences que demande ce métier (annonces, fiches métier, conseiller).</source>
        <translation>Add the skills this job asks for (job ads, job descriptions, adviser).</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/project/page_gap.py" line="56"/>
        <source>Compétence demandée</source>
        <translation>Skill asked for</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/project/page_gap.py" line="57"/>
        <source>Tapez une compétence demandée</source>
        <translation>Type a skill the job asks for</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/project/page_gap.py" line="59"/>
        <source>Ajouter tel quel</source>
        <translation>Add as typed</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/project/page_gap.py" line="65"/>
        <source>Compétences trouvées</source>
        <translation>Skills found</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/project/page_gap.py" line="73"/>
        <source>Je l&apos;ai</source>
        <translation>I have it</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/project/page_gap.py" line="74"/>
        <source>En partie</source>
        <translation>Partly</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/project/page_gap.py" line="75"/>
        <source>À acquérir</source>
        <translation>To gain</translation>
    </message>
</context>
<context>
    <name>GradesPage</name>
    <message>
        <location filename="../../ui/wizards/discover/page_grades.py" line="30"/>
        <source>Ce que cela montre</source>
        <translation>What it shows</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/discover/page_grades.py" line="33"/>
        <source>Pour chaque façon d&apos;agir, choisissez la phrase qui vous ressemble le plus dans ce que vous avez fait. Les phrases vont de la plus simple à la plus large.</source>
        <translation>For each way of acting, choose the sentence most like you in what you did. The sentences go from the simplest to the widest.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/discover/page_grades.py" line="53"/>
        <source>Pas dans ce que j&apos;ai vécu</source>
        <translation>Not in what I have lived</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/discover/page_grades.py" line="60"/>
        <source>Phrase %1 sur %2</source>
        <translation>Sentence %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/discover/page_grades.py" line="71"/>
        <source>Montré dans :</source>
        <translation>Shown in:</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/discover/page_grades.py" line="82"/>
        <source>Phrases du référentiel RECTEC+, par %1.</source>
        <translation>Sentences of the RECTEC+ framework, by %1.</translation>
    </message>
</context>
<context>
    <name>IdentityView</name>
    <message>
        <location filename="../../ui/sections/identity_view.py" line="30"/>
        <source>Vos coordonnées restent dans votre musette. Au moment de partager un CV, vous choisirez ce qui apparaît : le téléphone, l&apos;adresse, la date de naissance…</source>
        <translation>Your details stay in your Musette. When you share a CV, you choose what appears: phone, address, date of birth…</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="125"/>
        <location filename="../../ui/import_dialog.py" line="290"/>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="139"/>
        <source>Importer ce que vous avez déjà</source>
        <translation>Import what you already have</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="143"/>
        <source>Rien n&apos;est enregistré avant que vous ayez vu ce que le fichier apporte. Ce qui est déjà dans votre musette est repéré, pour ne pas l&apos;avoir en double. Vous pouvez aussi déposer le fichier dans cette fenêtre.</source>
        <translation>Nothing is saved before you have seen what the file brings. What is already in your Musette is spotted, so that you do not get it twice. You can also drop the file into this window.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="162"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="194"/>
        <source>Musette ne reconnaît pas « %1 » : ce n&apos;est ni une archive LinkedIn, ni un CV JSON Resume, ni un badge. Rien n&apos;a été importé.</source>
        <translation>Musette does not recognise “%1”: it is neither a LinkedIn archive, nor a JSON Resume CV, nor a badge. Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="218"/>
        <source>Rien n&apos;a été importé.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="234"/>
        <source>Quoi</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="235"/>
        <source>Fiche</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="236"/>
        <source>Déjà dans votre musette</source>
        <translation>Already in your Musette</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="237"/>
        <source>Que faire</source>
        <translation>What to do</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="272"/>
        <source>À savoir avant d&apos;importer (ce qui est laissé de côté, gardé sans être imprimé, ou à vérifier) :</source>
        <translation>Worth knowing before importing (what is left out, kept but not printed, or to check):</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="283"/>
        <source>Choisir un autre fichier</source>
        <translation>Choose another file</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="287"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="298"/>
        <source>Ce que %1 apporte</source>
        <translation>What %1 brings</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="241"/>
        <source>Que faire de %1</source>
        <translation>What to do with %1</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="329"/>
        <source>%1 fiche à ajouter</source>
        <translation>%1 record to add</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="329"/>
        <source>%1 fiches à ajouter</source>
        <translation>%1 records to add</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="332"/>
        <source>%1 fiche déjà présente à compléter</source>
        <translation>%1 record already there to complete</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="333"/>
        <source>%1 fiches déjà présentes à compléter</source>
        <translation>%1 records already there to complete</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="335"/>
        <source>%1 à laisser de côté</source>
        <translation>%1 to leave out</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="341"/>
        <source>Une fiche existante n&apos;est jamais écrasée : seules ses cases vides sont remplies.</source>
        <translation>An existing record is never overwritten: only its empty boxes are filled.</translation>
    </message>
</context>
<context>
    <name>JobDetails</name>
    <message>
        <location filename="../../ui/jobs_explorer.py" line="69"/>
        <source>En faire mon projet</source>
        <translation>Make it my project</translation>
    </message>
    <message>
        <location filename="../../ui/jobs_explorer.py" line="73"/>
        <source>Choisissez un métier pour le voir ici.</source>
        <translation>Choose a job to see it here.</translation>
    </message>
    <message>
        <location filename="../../ui/jobs_explorer.py" line="79"/>
        <source>Transition écologique : %1</source>
        <translation>Ecological transition: %1</translation>
    </message>
    <message>
        <location filename="../../ui/jobs_explorer.py" line="81"/>
        <source>Métier de la transition numérique</source>
        <translation>A job of the digital transition</translation>
    </message>
    <message>
        <location filename="../../ui/jobs_explorer.py" line="83"/>
        <source>Métier de la transition démographique</source>
        <translation>A job of the demographic transition</translation>
    </message>
    <message>
        <location filename="../../ui/jobs_explorer.py" line="85"/>
        <source>Profession réglementée (diplôme ou autorisation exigés)</source>
        <translation>Regulated profession (a diploma or an authorisation is required)</translation>
    </message>
    <message>
        <location filename="../../ui/jobs_explorer.py" line="87"/>
        <source>Emploi de cadre</source>
        <translation>A job for cadres (managerial staff)</translation>
    </message>
    <message>
        <location filename="../../ui/jobs_explorer.py" line="102"/>
        <source>Aussi appelé : %1</source>
        <translation>Also called: %1</translation>
    </message>
    <message>
        <location filename="../../ui/jobs_explorer.py" line="108"/>
        <source>même intitulé</source>
        <translation>same name</translation>
    </message>
    <message>
        <location filename="../../ui/jobs_explorer.py" line="110"/>
        <source>intitulé proche</source>
        <translation>close name</translation>
    </message>
    <message>
        <location filename="../../ui/jobs_explorer.py" line="112"/>
        <source>Métier européen ESCO : « %1 » (%2)</source>
        <translation>European ESCO occupation: “%1” (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/jobs_explorer.py" line="120"/>
        <source>Ce que vous avez déjà pour ce métier : %1</source>
        <translation>What you already have for this job: %1</translation>
    </message>
    <message>
        <location filename="../../ui/jobs_explorer.py" line="125"/>
        <source>Métiers proches</source>
        <translation>Close jobs</translation>
    </message>
    <message>
        <location filename="../../ui/jobs_explorer.py" line="118"/>
        <source>rien encore</source>
        <translation>nothing yet</translation>
    </message>
    <message>
        <location filename="../../ui/jobs_explorer.py" line="104"/>
        <source>Aucun métier européen ESCO de ce nom.</source>
        <translation>No European ESCO occupation of this name.</translation>
    </message>
</context>
<context>
    <name>JobsExplorer</name>
    <message>
        <location filename="../../ui/jobs_explorer.py" line="148"/>
        <source>Explorer des métiers</source>
        <translation>Explore jobs</translation>
    </message>
    <message>
        <location filename="../../ui/jobs_explorer.py" line="160"/>
        <source>Ce qui m&apos;attire</source>
        <translation>What draws me</translation>
    </message>
    <message>
        <location filename="../../ui/jobs_explorer.py" line="161"/>
        <source>Près de mes métiers</source>
        <translation>Close to my jobs</translation>
    </message>
    <message>
        <location filename="../../ui/jobs_explorer.py" line="168"/>
        <source>Données : %1 (Licence Ouverte).</source>
        <translation>Data: %1 (Licence Ouverte).</translation>
    </message>
    <message>
        <location filename="../../ui/jobs_explorer.py" line="188"/>
        <source>Choisissez ce qui vous ressemble, autant que vous voulez.</source>
        <translation>Choose what is like you, as many as you want.</translation>
    </message>
    <message>
        <location filename="../../ui/jobs_explorer.py" line="204"/>
        <source>Métiers où cela mène</source>
        <translation>Jobs it leads to</translation>
    </message>
    <message>
        <location filename="../../ui/jobs_explorer.py" line="230"/>
        <source>%1 métier</source>
        <translation>%1 job</translation>
    </message>
    <message>
        <location filename="../../ui/jobs_explorer.py" line="230"/>
        <source>%1 métiers</source>
        <translation>%1 jobs</translation>
    </message>
    <message>
        <location filename="../../ui/jobs_explorer.py" line="241"/>
        <source>Partez d&apos;un métier que vous avez exercé, ou tapez-en un : voici ceux qui en sont à un pas, dans l&apos;ordre de France Travail.</source>
        <translation>Start from a job you have done, or type one: here are those one step away, in France Travail&apos;s order.</translation>
    </message>
    <message>
        <location filename="../../ui/jobs_explorer.py" line="249"/>
        <source>Mon métier</source>
        <translation>My job</translation>
    </message>
    <message>
        <location filename="../../ui/jobs_explorer.py" line="254"/>
        <source>Voir les métiers proches</source>
        <translation>See the close jobs</translation>
    </message>
    <message>
        <location filename="../../ui/jobs_explorer.py" line="265"/>
        <source>Métiers proches</source>
        <translation>Close jobs</translation>
    </message>
    <message>
        <location filename="../../ui/jobs_explorer.py" line="280"/>
        <source>« %1 » n&apos;est pas dans le répertoire : essayez un autre mot.</source>
        <translation>“%1” is not in the directory: try another word.</translation>
    </message>
    <message>
        <location filename="../../ui/jobs_explorer.py" line="288"/>
        <source>« %1 » : ROME %2, %3.</source>
        <translation>“%1”: ROME %2, %3.</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../ui/join_dialog.py" line="42"/>
        <source>Rejoindre une musette synchronisée</source>
        <translation>Join a synced Musette file</translation>
    </message>
    <message>
        <location filename="../../ui/join_dialog.py" line="45"/>
        <source>Ma musette, sur cet ordinateur aussi</source>
        <translation>My Musette file, on this computer too</translation>
    </message>
    <message>
        <location filename="../../ui/join_dialog.py" line="49"/>
        <source>Sur votre autre ordinateur, Musette dépose une copie chiffrée dans un dossier que votre outil de synchronisation partage (menu Musette, Synchroniser). Choisissez ce dossier ici, puis tapez votre phrase de passe : la copie la plus récente devient la musette de cet ordinateur, et les deux se tiennent à jour.</source>
        <translation>On your other computer, Musette puts an encrypted copy in a folder your sync tool shares (Musette menu, Sync). Choose that folder here, then type your passphrase: the newest copy becomes this computer&apos;s Musette file, and both keep each other up to date.</translation>
    </message>
    <message>
        <location filename="../../ui/join_dialog.py" line="59"/>
        <source>Aucun dossier choisi</source>
        <translation>No folder chosen</translation>
    </message>
    <message>
        <location filename="../../ui/join_dialog.py" line="61"/>
        <source>Choisir le dossier…</source>
        <translation>Choose the folder…</translation>
    </message>
    <message>
        <location filename="../../ui/join_dialog.py" line="65"/>
        <source>Dossier partagé :</source>
        <translation>Shared folder:</translation>
    </message>
    <message>
        <location filename="../../ui/join_dialog.py" line="67"/>
        <source>Garder ma musette ici :</source>
        <translation>Keep my Musette file here:</translation>
    </message>
    <message>
        <location filename="../../ui/join_dialog.py" line="70"/>
        <source>Phrase de passe</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/join_dialog.py" line="71"/>
        <source>Phrase de passe :</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/join_dialog.py" line="77"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/join_dialog.py" line="79"/>
        <source>Rejoindre</source>
        <translation>Join</translation>
    </message>
    <message>
        <location filename="../../ui/join_dialog.py" line="91"/>
        <source>Dossier partagé avec votre autre ordinateur</source>
        <translation>Folder shared with your other computer</translation>
    </message>
    <message>
        <location filename="../../ui/join_dialog.py" line="102"/>
        <source>Choisissez d&apos;abord le dossier partagé.</source>
        <translation>Choose the shared folder first.</translation>
    </message>
    <message>
        <location filename="../../ui/join_dialog.py" line="105"/>
        <source>Tapez la phrase de passe de votre musette.</source>
        <translation>Type the passphrase of your Musette file.</translation>
    </message>
    <message>
        <location filename="../../ui/join_dialog.py" line="117"/>
        <source>Copie de votre musette sur cet ordinateur…</source>
        <translation>Copying your Musette file to this computer…</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../ui/letter_dialog.py" line="46"/>
        <source>Lettre de motivation — %1</source>
        <translation>Cover letter — %1</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="51"/>
        <source>Une première version écrite avec ce que contient votre musette : le poste, votre emploi, les compétences de l&apos;annonce que vous avez. Écrivez avec vos mots le passage entre crochets. Chaque enregistrement garde la version d&apos;avant.</source>
        <translation>A first version written from what your musette holds: the job, your work, the skills from the ad that you have. Write the passage in square brackets in your own words. Each save keeps the version before.</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="61"/>
        <location filename="../../ui/letter_dialog.py" line="269"/>
        <source>Lettre</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="64"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="67"/>
        <source>Langue de la nouvelle lettre</source>
        <translation>Language of the new letter</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="68"/>
        <location filename="../../ui/letter_dialog.py" line="156"/>
        <source>en français</source>
        <translation>in French</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="69"/>
        <location filename="../../ui/letter_dialog.py" line="156"/>
        <source>en anglais</source>
        <translation>in English</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="70"/>
        <source>Nouvelle lettre</source>
        <translation>New letter</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="72"/>
        <source>Lettre :</source>
        <translation>Letter:</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="74"/>
        <source>Version :</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="88"/>
        <source>jj/mm/aaaa</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="104"/>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="105"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="106"/>
        <source>Destinataire</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="107"/>
        <source>Objet</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="108"/>
        <source>Formule d&apos;appel</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="109"/>
        <source>Texte de la lettre</source>
        <translation>Text of the letter</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="110"/>
        <source>Formule de politesse</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="111"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="124"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="128"/>
        <source>Enregistrer en PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="132"/>
        <source>Enregistrer pour Word…</source>
        <translation>Save for Word…</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="152"/>
        <source>Lettre %1 (%2)</source>
        <translation>Letter %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="179"/>
        <source>v%1 du %2</source>
        <translation>v%1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="204"/>
        <source>pas encore enregistrée</source>
        <translation>not saved yet</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="212"/>
        <source>Il reste à écrire : %1</source>
        <translation>Still to write: %1</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="225"/>
        <source>La date n&apos;est pas une date : jj/mm/aaaa.</source>
        <translation>The date is not a date: dd/mm/yyyy.</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="262"/>
        <source>Écrivez d&apos;abord le passage entre crochets, ou effacez-le : %1</source>
        <translation>First write the passage in square brackets, or delete it: %1</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="268"/>
        <source>Document Word (*.docx)</source>
        <translation>Word document (*.docx)</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="271"/>
        <source>Enregistrer la lettre</source>
        <translation>Save the letter</translation>
    </message>
    <message>
        <location filename="../../ui/letter_dialog.py" line="287"/>
        <source>Enregistrée : %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>LifePage</name>
    <message>
        <location filename="../../ui/wizards/discover/page_life.py" line="22"/>
        <source>Ce que j&apos;ai vécu</source>
        <translation>What I have lived</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/discover/page_life.py" line="25"/>
        <source>Tout compte : la maison, la famille, le sport, les associations, le travail. Cochez ce dont vous voulez parler.</source>
        <translation>Everything counts: home, family, sport, associations, work. Tick what you want to talk about.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/discover/page_life.py" line="33"/>
        <source>Ma vie de tous les jours</source>
        <translation>My everyday life</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/discover/page_life.py" line="34"/>
        <source>Mon engagement, le bénévolat</source>
        <translation>My commitment, volunteering</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/discover/page_life.py" line="42"/>
        <source>Mon travail</source>
        <translation>My work</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/discover/page_life.py" line="50"/>
        <source>Un autre métier que j&apos;ai fait, par exemple : cariste</source>
        <translation>Another job I have done, for example: forklift driver</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/discover/page_life.py" line="52"/>
        <source>Un autre métier</source>
        <translation>Another job</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/discover/page_life.py" line="56"/>
        <source>Listes : %1.</source>
        <translation>Lists: %1.</translation>
    </message>
</context>
<context>
    <name>MainView</name>
    <message>
        <location filename="../../ui/main_view.py" line="63"/>
        <source>Rechercher dans ma musette (Ctrl+F)</source>
        <translation>Search my Musette (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_view.py" line="64"/>
        <source>Rechercher dans ma musette</source>
        <translation>Search my Musette</translation>
    </message>
    <message>
        <location filename="../../ui/main_view.py" line="67"/>
        <source>Verrouiller</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../ui/main_view.py" line="68"/>
        <source>Verrouiller ma musette (Ctrl+L)</source>
        <translation>Lock my Musette (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_view.py" line="75"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
</context>
<context>
    <name>MeetingView</name>
    <message>
        <location filename="../../ui/meeting_view.py" line="113"/>
        <source>Rendez-vous</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_view.py" line="126"/>
        <source>◀ Précédent</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_view.py" line="129"/>
        <source>Suivant ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_view.py" line="138"/>
        <source>Contenu de la section</source>
        <translation>Section content</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_view.py" line="140"/>
        <source>Notes du rendez-vous (gardées dans votre journal)</source>
        <translation>Meeting notes (kept in your journal)</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_view.py" line="143"/>
        <source>Notes du rendez-vous</source>
        <translation>Meeting notes</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_view.py" line="148"/>
        <source>Enregistrer la note</source>
        <translation>Save the note</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_view.py" line="151"/>
        <source>Terminer le rendez-vous et verrouiller</source>
        <translation>End the meeting and lock</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_view.py" line="162"/>
        <source>Rien à montrer avec ce profil.</source>
        <translation>Nothing to show with this profile.</translation>
    </message>
    <message>
        <location filename="../../ui/meeting_view.py" line="178"/>
        <source>Rendez-vous du %1</source>
        <translation>Meeting on %1</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../ui/wizards/project/page_plan.py" line="30"/>
        <source>Mon plan d&apos;action</source>
        <translation>My action plan</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/project/page_plan.py" line="33"/>
        <source>Des étapes courtes, datées. Modifiez, ajoutez, supprimez : rien n&apos;est enregistré avant Terminer.</source>
        <translation>Short, dated steps. Change, add, remove: nothing is saved before Finish.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/project/page_plan.py" line="46"/>
        <source>Étapes</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/project/page_plan.py" line="48"/>
        <source>Ajouter une étape</source>
        <translation>Add a step</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/project/page_plan.py" line="50"/>
        <source>Supprimer l&apos;étape choisie</source>
        <translation>Remove the chosen step</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/project/page_plan.py" line="66"/>
        <source>Rendez-vous avec un conseiller en évolution professionnelle (CEP)</source>
        <translation>Meeting with a career development adviser (CEP)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/project/page_plan.py" line="68"/>
        <source>gratuit</source>
        <translation>free</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/project/page_plan.py" line="71"/>
        <source>Formation : %1</source>
        <translation>Training: %1</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/project/page_plan.py" line="71"/>
        <source>CPF</source>
        <translation>CPF</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/project/page_plan.py" line="73"/>
        <source>Parler du projet avec %1</source>
        <translation>Talk about the project with %1</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../ui/export_preview.py" line="106"/>
        <source>Aperçu : %1</source>
        <translation>Preview: %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_preview.py" line="115"/>
        <source>Pages du document</source>
        <translation>The document&apos;s pages</translation>
    </message>
    <message>
        <location filename="../../ui/export_preview.py" line="122"/>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <location filename="../../ui/export_preview.py" line="129"/>
        <source>L&apos;aperçu montre les %1 premières pages sur %2 ; le fichier enregistré ou imprimé les contient toutes.</source>
        <translation>The preview shows the first %1 pages of %2; the file saved or printed holds them all.</translation>
    </message>
    <message>
        <location filename="../../ui/export_preview.py" line="141"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/export_preview.py" line="143"/>
        <source>Imprimer…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/export_preview.py" line="145"/>
        <source>Enregistrer…</source>
        <translation>Save…</translation>
    </message>
</context>
<context>
    <name>ProjectWizard</name>
    <message>
        <location filename="../../ui/wizards/project/wizard.py" line="36"/>
        <source>Mon projet</source>
        <translation>My project</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/project/wizard.py" line="79"/>
        <source>Relevez votre solde CPF (section Droits) pour voir ce qu&apos;il finance.</source>
        <translation>Read your CPF balance (Rights section) to see what it can fund.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/project/wizard.py" line="96"/>
        <source>CPF : %1 relevés le %2 ; environ %3 fin %4, selon la situation donnée dans Mes droits.</source>
        <translation>CPF: %1 read on %2; about %3 at the end of %4, for the situation given in My rights.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/project/wizard.py" line="118"/>
        <source>Où</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/project/wizard.py" line="119"/>
        <source>Temps et argent</source>
        <translation>Time and money</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/project/wizard.py" line="151"/>
        <source>Une date s&apos;écrit 2027, 2027-03 ou 2027-03-15.</source>
        <translation>Write a date as 2027, 2027-03 or 2027-03-15.</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../ui/record_editor.py" line="129"/>
        <source>J&apos;ai vérifié l&apos;empreinte avec le signataire…</source>
        <translation>I checked the fingerprint with the signer…</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="135"/>
        <source>Demander une attestation…</source>
        <translation>Ask for an attestation…</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="138"/>
        <source>Enregistre une demande à envoyer à quelqu&apos;un qui vous a vu faire : il la signe dans sa Musette, vous importez le fichier signé.</source>
        <translation>Saves a request to send to someone who saw you do it: they sign it in their Musette, you import the signed file.</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="146"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="172"/>
        <source>Version anglaise (pour les documents en anglais)</source>
        <translation>English version (for documents in English)</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="174"/>
        <source>Version française (pour les documents en français)</source>
        <translation>French version (for documents in French)</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="233"/>
        <source>Non précisé</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="237"/>
        <source>JJ/MM/AAAA</source>
        <translation>DD/MM/YYYY</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="249"/>
        <source>Personne en particulier</source>
        <translation>Nobody in particular</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="315"/>
        <source>Nouvelle fiche</source>
        <translation>New card</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="315"/>
        <location filename="../../ui/record_editor.py" line="318"/>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="324"/>
        <source>Non : une compétence dite avec vos mots.</source>
        <translation>No: a skill in your own words.</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="325"/>
        <source>la fiche de cette compétence</source>
        <translation>this skill&apos;s page</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="326"/>
        <source>Oui — %1 (site de la Commission européenne).</source>
        <translation>Yes — %1 (European Commission website).</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="493"/>
        <source>✓ Enregistré.</source>
        <translation>✓ Saved.</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="500"/>
        <source>Enregistrez d&apos;abord la fiche.</source>
        <translation>Save the record first.</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="504"/>
        <source>Enregistrer la demande d&apos;attestation</source>
        <translation>Save the attestation request</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="505"/>
        <source>demande-attestation.json</source>
        <translation>attestation-request.json</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="516"/>
        <source>Indiquez d&apos;abord votre nom dans Identité : la demande vous désigne.</source>
        <translation>Fill in your name in Identity first: the request names you.</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="534"/>
        <source>Ce signataire n&apos;a pas d&apos;empreinte vérifiable hors ligne.</source>
        <translation>This signer has no fingerprint that can be checked offline.</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="540"/>
        <source>Empreinte du signataire</source>
        <translation>Signer&apos;s fingerprint</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="542"/>
        <source>Sur l&apos;écran de %1, dans Musette › Mon identité de signataire, les huit groupes de chiffres sont-ils exactement :

%2

Ne répondez oui qu&apos;après les avoir comparés avec cette personne, en face à face ou au téléphone.</source>
        <translation>On %1&apos;s screen, in Musette › My signer identity, are the eight groups of digits exactly:

%2

Only answer yes after comparing them with that person, face to face or on the phone.</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="589"/>
        <source>ce champ est à remplir.</source>
        <translation>this field must be filled in.</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="590"/>
        <source>une date est nécessaire.</source>
        <translation>a date is needed.</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="592"/>
        <source>écrivez la date ainsi : 17/04/1975, 04/1975, avril 1975 ou 1975.</source>
        <translation>write the date like this: 17/04/1975, 04/1975, April 1975 or 1975.</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="594"/>
        <source>ce jour n&apos;existe pas dans le calendrier.</source>
        <translation>this day does not exist in the calendar.</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="595"/>
        <source>la fin est avant le début.</source>
        <translation>the end is before the start.</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="596"/>
        <source>écrivez un montant, par exemple 1 200,50.</source>
        <translation>write an amount, for example 1,200.50.</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="598"/>
        <location filename="../../ui/record_editor.py" line="605"/>
        <source>indiquez le solde en euros, ou en heures, mais pas les deux.</source>
        <translation>give the balance in euros, or in hours, but not both.</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="600"/>
        <source>indiquez au moins un prénom ou un nom.</source>
        <translation>give at least a first name or a last name.</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="601"/>
        <source>écrivez quelque chose.</source>
        <translation>write something.</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="602"/>
        <source>cette adresse électronique n&apos;est pas complète.</source>
        <translation>this e-mail address is not complete.</translation>
    </message>
    <message>
        <location filename="../../ui/record_editor.py" line="603"/>
        <source>cette valeur n&apos;est pas acceptée.</source>
        <translation>this value is not accepted.</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../../ui/models/record_table_model.py" line="74"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/models/record_table_model.py" line="74"/>
        <source>Détails</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../ui/pages/recovery_page.py" line="34"/>
        <source>Votre code de secours</source>
        <translation>Your recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recovery_page.py" line="38"/>
        <source>Si vous oubliez votre phrase de passe, ce code est le seul moyen d&apos;ouvrir votre musette. Imprimez-le ou recopiez-le sur papier, et rangez-le en lieu sûr, loin de l&apos;ordinateur. Musette ne pourra plus vous le montrer.</source>
        <translation>If you forget your passphrase, this code is the only way to open your Musette file. Print it or copy it onto paper, and keep it somewhere safe, away from the computer. Musette will not be able to show it again.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recovery_page.py" line="49"/>
        <source>Code de secours</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recovery_page.py" line="53"/>
        <source>Enregistrer la feuille de secours (PDF)…</source>
        <translation>Save the recovery sheet (PDF)…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recovery_page.py" line="55"/>
        <source>Imprimer…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recovery_page.py" line="56"/>
        <source>Copier le code</source>
        <translation>Copy the code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recovery_page.py" line="57"/>
        <source>Le presse-papiers sera vidé après 30 secondes.</source>
        <translation>The clipboard will be cleared after 30 seconds.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recovery_page.py" line="64"/>
        <source>J&apos;ai gardé mon code de secours en lieu sûr</source>
        <translation>I have kept my recovery code somewhere safe</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recovery_page.py" line="69"/>
        <source>Continuer</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recovery_page.py" line="101"/>
        <source>feuille-de-secours-musette.pdf</source>
        <translation>musette-recovery-sheet.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recovery_page.py" line="102"/>
        <source>Enregistrer la feuille de secours</source>
        <translation>Save the recovery sheet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recovery_page.py" line="109"/>
        <source>Impossible d&apos;enregistrer : </source>
        <translation>Could not save: </translation>
    </message>
    <message>
        <location filename="../../ui/pages/recovery_page.py" line="114"/>
        <source>Feuille enregistrée. Imprimez-la, puis effacez le fichier s&apos;il est sur cet ordinateur.</source>
        <translation>Sheet saved. Print it, then delete the file if it is on this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/recovery_page.py" line="124"/>
        <source>Feuille de secours Musette</source>
        <translation>Musette recovery sheet</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <location filename="../../ui/wizards/rights/page_reminders.py" line="14"/>
        <source>Mes rappels</source>
        <translation>My reminders</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_reminders.py" line="15"/>
        <source>Ils apparaîtront sur l&apos;accueil, à l&apos;approche de la date.</source>
        <translation>They will show on the home screen as the date comes near.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_reminders.py" line="18"/>
        <source>Me rappeler mon prochain entretien de parcours professionnel</source>
        <translation>Remind me of my next career path interview</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_reminders.py" line="22"/>
        <source>Date du prochain entretien</source>
        <translation>Date of the next interview</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_reminders.py" line="25"/>
        <source>Par exemple : dossier Transitions Pro à déposer</source>
        <translation>For example: Transitions Pro file to submit</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_reminders.py" line="27"/>
        <location filename="../../ui/wizards/rights/page_reminders.py" line="33"/>
        <source>Autre rappel</source>
        <translation>Other reminder</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_reminders.py" line="30"/>
        <location filename="../../ui/wizards/rights/page_reminders.py" line="34"/>
        <source>Pour le</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_reminders.py" line="32"/>
        <source>Prochain entretien vers le</source>
        <translation>Next interview around</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../ui/wizards/discover/page_result.py" line="23"/>
        <source>Ce que j&apos;enregistre</source>
        <translation>What I record</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/discover/page_result.py" line="26"/>
        <source>Voici ce qui entrera dans votre musette. Vous pourrez tout changer ensuite dans Compétences et Parcours.</source>
        <translation>This is what will go into your Musette. You can change anything afterwards in Skills and Path.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/discover/page_result.py" line="36"/>
        <source>correspondance proche</source>
        <translation>close match</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/discover/page_result.py" line="38"/>
        <source>correspondance partielle</source>
        <translation>partial match</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/discover/page_result.py" line="57"/>
        <source>Aucune phrase choisie : seules vos activités seront notées dans Parcours.</source>
        <translation>No sentence chosen: only your activities will be noted in Path.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/discover/page_result.py" line="69"/>
        <source>Déjà dans ma musette : ces activités s&apos;y ajoutent comme preuves.</source>
        <translation>Already in my Musette: these activities are added to it as evidence.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/discover/page_result.py" line="78"/>
        <source>Relier à la compétence européenne ESCO « %1 » (%2)</source>
        <translation>Link to the European ESCO skill “%1” (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/discover/page_result.py" line="88"/>
        <source>Dans Parcours : %1.</source>
        <translation>In Path: %1.</translation>
    </message>
</context>
<context>
    <name>RightsWizard</name>
    <message>
        <location filename="../../ui/wizards/rights/wizard.py" line="34"/>
        <source>Mes droits</source>
        <translation>My rights</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/wizard.py" line="121"/>
        <source>Entretien de parcours professionnel</source>
        <translation>Career path interview</translation>
    </message>
</context>
<context>
    <name>RotateKeyDialog</name>
    <message>
        <location filename="../../ui/rotate_key_dialog.py" line="30"/>
        <source>Changer la phrase de passe</source>
        <translation>Change the passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/rotate_key_dialog.py" line="32"/>
        <source>Changer la clé de chiffrement</source>
        <translation>Change the encryption key</translation>
    </message>
    <message>
        <location filename="../../ui/rotate_key_dialog.py" line="40"/>
        <source>À faire si votre phrase de passe ou votre code de secours a pu être vu par quelqu&apos;un. Musette chiffre à nouveau toute votre musette avec une nouvelle clé, vérifie la copie, puis vous donne un nouveau code de secours. L&apos;ancien code et l&apos;ancienne phrase de passe n&apos;ouvriront plus votre musette. Pensez ensuite à supprimer les anciennes sauvegardes.</source>
        <translation>Do this if someone may have seen your passphrase or your recovery code. Musette encrypts your whole Musette again with a new key, checks the copy, then gives you a new recovery code. The old code and the old passphrase will no longer open it. Then remember to delete the old backups.</translation>
    </message>
    <message>
        <location filename="../../ui/rotate_key_dialog.py" line="47"/>
        <source>Changer seulement la phrase de passe ne change que le fichier de clés : une copie de l&apos;ancien fichier de clés, avec l&apos;ancienne phrase de passe, ouvrirait encore votre musette. En changeant aussi la clé de chiffrement, elle ne l&apos;ouvre plus, et vous recevez un nouveau code de secours.</source>
        <translation>Changing only the passphrase changes only the key file: a copy of the old key file, with the old passphrase, would still open your Musette file. Changing the encryption key too means it no longer does, and you get a new recovery code.</translation>
    </message>
    <message>
        <location filename="../../ui/rotate_key_dialog.py" line="55"/>
        <source>Changer aussi la clé de chiffrement (recommandé ; nouveau code de secours)</source>
        <translation>Change the encryption key too (recommended; a new recovery code)</translation>
    </message>
    <message>
        <location filename="../../ui/rotate_key_dialog.py" line="63"/>
        <location filename="../../ui/rotate_key_dialog.py" line="67"/>
        <source>Nouvelle phrase de passe</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/rotate_key_dialog.py" line="66"/>
        <source>Nouvelle phrase de passe, encore une fois</source>
        <translation>New passphrase, once more</translation>
    </message>
    <message>
        <location filename="../../ui/rotate_key_dialog.py" line="68"/>
        <source>Encore une fois</source>
        <translation>Once more</translation>
    </message>
    <message>
        <location filename="../../ui/rotate_key_dialog.py" line="71"/>
        <source>Solidité</source>
        <translation>Strength</translation>
    </message>
    <message>
        <location filename="../../ui/rotate_key_dialog.py" line="77"/>
        <source>Changer la clé</source>
        <translation>Change the key</translation>
    </message>
    <message>
        <location filename="../../ui/rotate_key_dialog.py" line="77"/>
        <source>Changer</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../ui/rotate_key_dialog.py" line="96"/>
        <source>Cette phrase de passe est trop courte : au moins 12 caractères.</source>
        <translation>This passphrase is too short: at least 12 characters.</translation>
    </message>
    <message>
        <location filename="../../ui/rotate_key_dialog.py" line="100"/>
        <source>Les deux phrases de passe sont différentes.</source>
        <translation>The two passphrases differ.</translation>
    </message>
</context>
<context>
    <name>SchemesPage</name>
    <message>
        <location filename="../../ui/wizards/rights/page_schemes.py" line="19"/>
        <source>Ce qui peut m&apos;aider</source>
        <translation>What can help me</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_schemes.py" line="21"/>
        <source>Cochez ce que vous voulez explorer : cela s&apos;ajoute à la section Droits.</source>
        <translation>Tick what you want to explore: it is added to the Rights section.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_schemes.py" line="50"/>
        <source>Contact : %1</source>
        <translation>Contact: %1</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_schemes.py" line="67"/>
        <source>Bon à savoir</source>
        <translation>Good to know</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../../ui/sections/search_view.py" line="83"/>
        <source>Recherche</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/sections/search_view.py" line="90"/>
        <source>Résultats de la recherche</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../ui/sections/search_view.py" line="113"/>
        <source>Aucun résultat pour « %1 ».</source>
        <translation>No results for “%1”.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/search_view.py" line="117"/>
        <source>%1 résultat. Appuyez sur Entrée pour l&apos;ouvrir.</source>
        <translation>%1 result. Press Enter to open it.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/search_view.py" line="118"/>
        <source>%1 résultats. Appuyez sur Entrée pour ouvrir le premier.</source>
        <translation>%1 results. Press Enter to open the first.</translation>
    </message>
</context>
<context>
    <name>SectionView</name>
    <message>
        <location filename="../../ui/sections/section_view.py" line="86"/>
        <location filename="../../ui/sections/section_view.py" line="210"/>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/sections/section_view.py" line="88"/>
        <source>Ajoute une nouvelle fiche dans cette section.</source>
        <translation>Adds a new card to this section.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/section_view.py" line="100"/>
        <source>Mettre à la corbeille</source>
        <translation>Move to the trash</translation>
    </message>
    <message>
        <location filename="../../ui/sections/section_view.py" line="106"/>
        <source>Assistant…</source>
        <translation>Guided steps…</translation>
    </message>
    <message>
        <location filename="../../ui/sections/section_view.py" line="108"/>
        <source>Vous guide pas à pas ; rien n&apos;est enregistré avant la fin.</source>
        <translation>Guides you step by step; nothing is saved before the end.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/section_view.py" line="114"/>
        <source>Découvrir ce que je sais faire…</source>
        <translation>Discover what I can do…</translation>
    </message>
    <message>
        <location filename="../../ui/sections/section_view.py" line="115"/>
        <source>Explorer des métiers…</source>
        <translation>Explore jobs…</translation>
    </message>
    <message>
        <location filename="../../ui/sections/section_view.py" line="116"/>
        <source>Tableau de suivi…</source>
        <translation>Applications board…</translation>
    </message>
    <message>
        <location filename="../../ui/sections/section_view.py" line="126"/>
        <source>Monter</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../ui/sections/section_view.py" line="127"/>
        <source>Descendre</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../ui/sections/section_view.py" line="134"/>
        <source>Change la place de la fiche dans la liste ; vos CV suivent cet ordre (%1, ou glissez la ligne).</source>
        <translation>Changes the record&apos;s place in the list; your CVs follow this order (%1, or drag the row).</translation>
    </message>
    <message>
        <location filename="../../ui/sections/section_view.py" line="155"/>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/sections/section_view.py" line="156"/>
        <source>Annuler la suppression (Ctrl+Z)</source>
        <translation>Undo the deletion (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/sections/section_view.py" line="228"/>
        <source>Choisissez une fiche dans la liste, ou ajoutez-en une.</source>
        <translation>Choose a card in the list, or add one.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/section_view.py" line="266"/>
        <source>Ce que l&apos;annonce demande…</source>
        <translation>What the ad asks for…</translation>
    </message>
    <message>
        <location filename="../../ui/sections/section_view.py" line="268"/>
        <source>Les compétences de l&apos;annonce face aux vôtres, lues sur cet ordinateur.</source>
        <translation>The ad&apos;s skills against yours, read on this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/section_view.py" line="272"/>
        <source>Lettre de motivation…</source>
        <translation>Cover letter…</translation>
    </message>
    <message>
        <location filename="../../ui/sections/section_view.py" line="274"/>
        <source>Une lettre pour cette candidature, en PDF ou pour Word ; chaque version est gardée.</source>
        <translation>A letter for this application, as PDF or for Word; every version is kept.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/section_view.py" line="292"/>
        <source>Ce que l&apos;annonce demande</source>
        <translation>What the ad asks for</translation>
    </message>
    <message>
        <location filename="../../ui/sections/section_view.py" line="293"/>
        <source>Enregistrez d&apos;abord la candidature, avec le texte de son annonce.</source>
        <translation>Save the application first, with the text of its ad.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/section_view.py" line="311"/>
        <source>Lettre de motivation</source>
        <translation>Cover letter</translation>
    </message>
    <message>
        <location filename="../../ui/sections/section_view.py" line="312"/>
        <source>Enregistrez d&apos;abord la candidature.</source>
        <translation>Save the application first.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/section_view.py" line="390"/>
        <source>« %1 » est dans la corbeille.</source>
        <translation>“%1” is in the trash.</translation>
    </message>
</context>
<context>
    <name>ShareOptionsDialog</name>
    <message>
        <location filename="../../ui/share_options_dialog.py" line="76"/>
        <source>Ce que ce profil montre</source>
        <translation>What this profile shows</translation>
    </message>
    <message>
        <location filename="../../ui/share_options_dialog.py" line="78"/>
        <source>Ce que « %1 » montre</source>
        <translation>What “%1” shows</translation>
    </message>
    <message>
        <location filename="../../ui/share_options_dialog.py" line="83"/>
        <source>Ce qui est décoché ne sort pas de votre musette : il n&apos;apparaît nulle part dans le fichier exporté, pas même caché.</source>
        <translation>What is unticked does not leave your Musette: it appears nowhere in the exported file, not even hidden.</translation>
    </message>
    <message>
        <location filename="../../ui/share_options_dialog.py" line="103"/>
        <source>Fiches à inclure (décochez ce qui ne regarde pas ce destinataire)</source>
        <translation>Records to include (untick what is none of this recipient’s business)</translation>
    </message>
    <message>
        <location filename="../../ui/share_options_dialog.py" line="106"/>
        <source>Fiches à inclure</source>
        <translation>Records to include</translation>
    </message>
    <message>
        <location filename="../../ui/share_options_dialog.py" line="118"/>
        <source>Version anonyme : sans coordonnées, et sans le nom des employeurs que j&apos;ai marqués</source>
        <translation>Anonymous version: no contact details, and no names of the employers I marked</translation>
    </message>
    <message>
        <location filename="../../ui/share_options_dialog.py" line="124"/>
        <source>Inclure les attestations expirées (marquées « expirée le … »)</source>
        <translation>Include expired attestations (marked “expired on …”)</translation>
    </message>
    <message>
        <location filename="../../ui/share_options_dialog.py" line="129"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../ui/share_options_dialog.py" line="130"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location filename="../../ui/share_options_dialog.py" line="132"/>
        <location filename="../../ui/share_options_dialog.py" line="133"/>
        <source>Format du papier</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <location filename="../../ui/share_options_dialog.py" line="135"/>
        <source>Mes questions pour le rendez-vous (une par ligne)</source>
        <translation>My questions for the meeting (one per line)</translation>
    </message>
    <message>
        <location filename="../../ui/share_options_dialog.py" line="138"/>
        <source>Mes questions pour le rendez-vous</source>
        <translation>My questions for the meeting</translation>
    </message>
</context>
<context>
    <name>ShareView</name>
    <message>
        <location filename="../../ui/sections/share_view.py" line="112"/>
        <source>Exporter ou imprimer</source>
        <translation>Export or print</translation>
    </message>
    <message>
        <location filename="../../ui/sections/share_view.py" line="117"/>
        <source>Ce que ce profil montre…</source>
        <translation>What this profile shows…</translation>
    </message>
    <message>
        <location filename="../../ui/sections/share_view.py" line="129"/>
        <source>Voir l&apos;aperçu, puis enregistrer ou imprimer.</source>
        <translation>See the preview, then save or print.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/share_view.py" line="134"/>
        <source>Mode rendez-vous…</source>
        <translation>Meeting mode…</translation>
    </message>
    <message>
        <location filename="../../ui/sections/share_view.py" line="138"/>
        <source>Plein écran, en grand, seulement ce que ce profil montre ; en sortir verrouille Musette.</source>
        <translation>Full screen, large, only what this profile shows; leaving it locks Musette.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/share_view.py" line="163"/>
        <source>Modèle de CV</source>
        <translation>CV template</translation>
    </message>
    <message>
        <location filename="../../ui/sections/share_view.py" line="274"/>
        <source>Sans profil : tout, sauf l&apos;adresse et la date de naissance.</source>
        <translation>Without a profile: everything except the address and date of birth.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/share_view.py" line="278"/>
        <source>Avec le profil « %1 »%2.</source>
        <translation>With the profile “%1”%2.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/share_view.py" line="339"/>
        <source>Préparation de « %1 »…</source>
        <translation>Preparing “%1”…</translation>
    </message>
    <message>
        <location filename="../../ui/sections/share_view.py" line="340"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/sections/share_view.py" line="399"/>
        <source>Enregistrer sous</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../ui/sections/share_view.py" line="451"/>
        <source>L&apos;imprimante n&apos;a pas accepté le document. Vérifiez qu&apos;elle est allumée et choisie, puis réessayez.</source>
        <translation>The printer did not accept the document. Check that it is switched on and chosen, then try again.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/share_view.py" line="468"/>
        <source>Impression de « %1 »…</source>
        <translation>Printing “%1”…</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <location filename="../../ui/sign_dialog.py" line="49"/>
        <location filename="../../ui/sign_dialog.py" line="52"/>
        <source>Signer une attestation</source>
        <translation>Sign an attestation</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="56"/>
        <source>Demandée par : %1. Ne signez que ce que vous avez constaté vous-même ; vous pouvez corriger le texte avant de signer.</source>
        <translation>Asked by: %1. Only sign what you saw yourself; you can correct the text before signing.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="63"/>
        <source>Ce que vous attestez</source>
        <translation>What you attest</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="65"/>
        <location filename="../../ui/sign_dialog.py" line="78"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="67"/>
        <location filename="../../ui/sign_dialog.py" line="79"/>
        <source>Comment vous l&apos;avez constaté</source>
        <translation>How you saw it</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="69"/>
        <location filename="../../ui/sign_dialog.py" line="80"/>
        <source>Quand, où, quoi</source>
        <translation>When, where, what</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="73"/>
        <source>JJ/MM/AAAA, ou vide : sans fin</source>
        <translation>DD/MM/YYYY, or empty: no end</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="130"/>
        <source>La date de fin est un jour complet, par exemple 31/12/2030.</source>
        <translation>The end date is a whole day, for example 31/12/2030.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="138"/>
        <source>Attestation (*.jwt);;Badge PNG (*.png);;Badge SVG (*.svg);;Pour un portefeuille numérique, Data Integrity (*.json)</source>
        <translation>Attestation (*.jwt);;PNG badge (*.png);;SVG badge (*.svg);;For a digital wallet, Data Integrity (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="74"/>
        <location filename="../../ui/sign_dialog.py" line="81"/>
        <source>Valable jusqu&apos;au</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="77"/>
        <source>Ce que vous attestez *</source>
        <translation>What you attest *</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="87"/>
        <source>Vous signez en tant que %1, empreinte %2.</source>
        <translation>You sign as %1, fingerprint %2.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="96"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="99"/>
        <source>Signer et enregistrer…</source>
        <translation>Sign and save…</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="118"/>
        <source>Dites ce que vous attestez.</source>
        <translation>Say what you attest.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_dialog.py" line="135"/>
        <source>Enregistrer l&apos;attestation signée</source>
        <translation>Save the signed attestation</translation>
    </message>
</context>
<context>
    <name>SignerDialog</name>
    <message>
        <location filename="../../ui/signer_dialog.py" line="54"/>
        <location filename="../../ui/signer_dialog.py" line="57"/>
        <source>Mon identité de signataire</source>
        <translation>My signer identity</translation>
    </message>
    <message>
        <location filename="../../ui/signer_dialog.py" line="67"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/signer_dialog.py" line="83"/>
        <source>Avec une identité de signataire, vous pouvez signer des attestations pour des personnes que vous avez vues travailler : un salarié, un stagiaire, un collègue. Votre clé reste dans votre musette, chiffrée.</source>
        <translation>With a signer identity, you can sign attestations for people you saw at work: an employee, a trainee, a colleague. Your key stays in your Musette, encrypted.</translation>
    </message>
    <message>
        <location filename="../../ui/signer_dialog.py" line="91"/>
        <source>Votre nom</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../../ui/signer_dialog.py" line="93"/>
        <location filename="../../ui/signer_dialog.py" line="97"/>
        <source>Votre structure</source>
        <translation>Your organisation</translation>
    </message>
    <message>
        <location filename="../../ui/signer_dialog.py" line="95"/>
        <location filename="../../ui/signer_dialog.py" line="98"/>
        <source>Votre fonction</source>
        <translation>Your role</translation>
    </message>
    <message>
        <location filename="../../ui/signer_dialog.py" line="96"/>
        <source>Votre nom *</source>
        <translation>Your name *</translation>
    </message>
    <message>
        <location filename="../../ui/signer_dialog.py" line="104"/>
        <source>Créer mon identité de signataire</source>
        <translation>Create my signer identity</translation>
    </message>
    <message>
        <location filename="../../ui/signer_dialog.py" line="118"/>
        <source>Avant de faire confiance à vos attestations, une personne compare avec vous ces huit groupes de chiffres, à voix haute ou en lisant le QR code. Ils doivent être exactement les mêmes sur son écran.</source>
        <translation>Before trusting your attestations, a person compares these eight groups of digits with you, aloud or by reading the QR code. They must be exactly the same on their screen.</translation>
    </message>
    <message>
        <location filename="../../ui/signer_dialog.py" line="144"/>
        <source>Indiquez votre nom : il figure sur ce que vous signez.</source>
        <translation>Give your name: it appears on what you sign.</translation>
    </message>
    <message>
        <location filename="../../ui/signer_dialog.py" line="162"/>
        <source>Vous signez en tant que : %1</source>
        <translation>You sign as: %1</translation>
    </message>
    <message>
        <location filename="../../ui/signer_dialog.py" line="169"/>
        <source>Empreinte : %1</source>
        <translation>Fingerprint: %1</translation>
    </message>
    <message>
        <location filename="../../ui/signer_dialog.py" line="171"/>
        <source>QR code de votre identité de signataire</source>
        <translation>QR code of your signer identity</translation>
    </message>
</context>
<context>
    <name>SituationPage</name>
    <message>
        <location filename="../../ui/wizards/rights/page_situation.py" line="50"/>
        <location filename="../../ui/wizards/rights/page_situation.py" line="58"/>
        <source>Ma situation</source>
        <translation>My situation</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_situation.py" line="52"/>
        <source>Ces réponses restent dans votre musette. Elles servent à trouver vos droits.</source>
        <translation>These answers stay in your Musette. They are used to find your rights.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_situation.py" line="63"/>
        <source>Temps de travail</source>
        <translation>Working time</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_situation.py" line="67"/>
        <source> mois</source>
        <translation> months</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_situation.py" line="68"/>
        <location filename="../../ui/wizards/rights/page_situation.py" line="103"/>
        <source>Mois d&apos;activité dans l&apos;année</source>
        <translation>Months of activity in the year</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_situation.py" line="72"/>
        <source>Je ne sais pas</source>
        <translation>I don&apos;t know</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_situation.py" line="74"/>
        <source>Catégorie %1</source>
        <translation>Category %1</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_situation.py" line="77"/>
        <location filename="../../ui/wizards/rights/page_situation.py" line="104"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_situation.py" line="81"/>
        <location filename="../../ui/wizards/rights/page_situation.py" line="105"/>
        <source>Taille de mon employeur</source>
        <translation>Size of my employer</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_situation.py" line="83"/>
        <source>Je n&apos;ai pas de diplôme de niveau CAP/BEP (niveau 3) ou plus</source>
        <translation>I have no diploma at CAP/BEP level (level 3) or above</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_situation.py" line="87"/>
        <source>pas encore</source>
        <translation>not yet</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_situation.py" line="90"/>
        <location filename="../../ui/wizards/rights/page_situation.py" line="107"/>
        <source>Déclaré sur moncompteformation en</source>
        <translation>Declared on moncompteformation in</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_situation.py" line="92"/>
        <source>Je suis reconnu(e) travailleur(se) handicapé(e) (RQTH, BOETH)</source>
        <translation>I am recognised as a disabled worker (RQTH, BOETH)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_situation.py" line="94"/>
        <source>Je suis cadre</source>
        <translation>I am a manager (cadre)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_situation.py" line="98"/>
        <location filename="../../ui/wizards/rights/page_situation.py" line="110"/>
        <source>Mon âge</source>
        <translation>My age</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_situation.py" line="101"/>
        <source>Je suis</source>
        <translation>I am</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_situation.py" line="102"/>
        <source>Temps de travail sur l&apos;année</source>
        <translation>Working time over the year</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_situation.py" line="135"/>
        <source>D&apos;après votre date de naissance (Identité).</source>
        <translation>From your birth date (Identity).</translation>
    </message>
</context>
<context>
    <name>SkillsWizard</name>
    <message>
        <location filename="../../ui/wizards/skills/wizard.py" line="41"/>
        <source>Mes compétences</source>
        <translation>My skills</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/skills/wizard.py" line="105"/>
        <source>Une date de dernière utilisation s&apos;écrit 2024 ou 2024-05.</source>
        <translation>Write a last-used date as 2024 or 2024-05.</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <location filename="../../ui/start_window.py" line="160"/>
        <location filename="../../ui/start_window.py" line="736"/>
        <source>Musette</source>
        <translation>Musette</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="185"/>
        <source>&amp;Musette</source>
        <translation>&amp;Musette</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="186"/>
        <location filename="../../ui/start_window.py" line="818"/>
        <source>Verrouiller</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="190"/>
        <source>Importer…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="194"/>
        <source>Mon identité de signataire…</source>
        <translation>My signer identity…</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="197"/>
        <source>Signer une attestation…</source>
        <translation>Sign an attestation…</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="200"/>
        <source>Sauvegardes…</source>
        <translation>Backups…</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="203"/>
        <source>Synchroniser…</source>
        <translation>Sync…</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="206"/>
        <source>Changer la phrase de passe…</source>
        <translation>Change the passphrase…</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="209"/>
        <source>Changer la clé de chiffrement…</source>
        <translation>Change the encryption key…</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="212"/>
        <source>Oublier cet ordinateur…</source>
        <translation>Forget this computer…</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="216"/>
        <location filename="../../ui/start_window.py" line="823"/>
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="221"/>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="222"/>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="225"/>
        <source>Comme le système</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="234"/>
        <source>Contraste élevé</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="238"/>
        <source>Verrouiller automatiquement</source>
        <translation>Lock automatically</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="242"/>
        <source>Jamais</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="244"/>
        <source>Après %1 min</source>
        <translation>After %1 min</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="252"/>
        <source>A&amp;ide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="253"/>
        <location filename="../../ui/start_window.py" line="827"/>
        <source>Raccourcis clavier</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="257"/>
        <location filename="../../ui/start_window.py" line="868"/>
        <source>À propos de Musette</source>
        <translation>About Musette</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="346"/>
        <source>Musette — %1</source>
        <translation>Musette — %1</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="369"/>
        <source>La phrase de passe a été changée.</source>
        <translation>The passphrase was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="372"/>
        <source>Changement de la phrase de passe…</source>
        <translation>Changing the passphrase…</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="416"/>
        <source>Votre musette est chiffrée avec une nouvelle clé…</source>
        <translation>Your Musette is being encrypted with a new key…</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="479"/>
        <source>Ouvrir une demande d&apos;attestation</source>
        <translation>Open an attestation request</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="511"/>
        <source>Phrase de passe de l&apos;autre ordinateur</source>
        <translation>The other computer&apos;s passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="516"/>
        <source>La phrase de passe que vous utilisez sur l&apos;autre ordinateur, ou votre code de secours :</source>
        <translation>The passphrase you use on the other computer, or your recovery code:</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="537"/>
        <source>Cet ordinateur a pris la phrase de passe de l&apos;autre.</source>
        <translation>This computer took the other one&apos;s passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="556"/>
        <source>Cet ordinateur prend la phrase de passe de l&apos;autre…</source>
        <translation>This computer is taking the other one&apos;s passphrase…</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="660"/>
        <source>Modifications non enregistrées</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="662"/>
        <source>Vous avez commencé à modifier une fiche sans l&apos;enregistrer. Voulez-vous l&apos;enregistrer avant de verrouiller ?</source>
        <translation>You started changing a record without saving it. Do you want to save it before locking?</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="701"/>
        <source>Ce que vous écriviez avant le verrouillage a été gardé : vérifiez-le, puis enregistrez.</source>
        <translation>What you were typing before the lock was kept: check it, then save.</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="817"/>
        <source>Rechercher dans ma musette</source>
        <translation>Search my Musette</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="819"/>
        <source>Ajouter une fiche dans la section</source>
        <translation>Add a card to the section</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="820"/>
        <source>Mettre la fiche choisie à la corbeille</source>
        <translation>Move the chosen card to the trash</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="820"/>
        <source>Suppr</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="821"/>
        <source>Annuler la dernière suppression</source>
        <translation>Undo the last deletion</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="822"/>
        <source>Cette aide</source>
        <translation>This help</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="843"/>
        <source>Compétences et métiers européens : ESCO. This service uses the ESCO classification of the European Commission.</source>
        <translation>European skills and occupations: ESCO. This service uses the ESCO classification of the European Commission.</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="847"/>
        <source>Métiers, appellations, mobilités et centres d&apos;intérêt : France Travail — ROME 4.0 (Licence Ouverte / Etalab 2.0).</source>
        <translation>Jobs, job titles, mobility and centres of interest: France Travail — ROME 4.0 (Licence Ouverte / Etalab 2.0).</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="851"/>
        <source>Thèmes de vie, activités et phrases des compétences transversales : Diagoriente (beta.gouv.fr), licence ISC.</source>
        <translation>Life themes, activities and the sentences of the transversal competences: Diagoriente (beta.gouv.fr), ISC licence.</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="854"/>
        <source>Droits : Code du travail et textes officiels, cités à chaque règle.</source>
        <translation>Rights: the French Labour Code and official texts, cited with each rule.</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="855"/>
        <source>Contextes JSON-LD des attestations : W3C et 1EdTech.</source>
        <translation>JSON-LD contexts of the attestations: W3C and 1EdTech.</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="857"/>
        <source>La musette de l&apos;actif : votre parcours, chez vous, chiffré.</source>
        <translation>The working person&apos;s satchel: your career file, at home, encrypted.</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="858"/>
        <source>Données publiques</source>
        <translation>Public data</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../ui/sync_dialog.py" line="46"/>
        <source>Synchroniser avec mes autres ordinateurs</source>
        <translation>Sync with my other computers</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="49"/>
        <source>Une musette sur plusieurs ordinateurs</source>
        <translation>One Musette file on several computers</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="53"/>
        <source>Choisissez un dossier que votre outil de synchronisation (Syncthing, Nextcloud, Dropbox…) partage avec vos autres ordinateurs. Musette y dépose une copie chiffrée et vérifiée de votre musette, jamais le fichier lui-même, et reprend fiche par fiche ce que vos autres ordinateurs y ont déposé. Sur un nouvel ordinateur, choisissez « Rejoindre une musette synchronisée » à l&apos;accueil.</source>
        <translation>Choose a folder your sync tool (Syncthing, Nextcloud, Dropbox…) shares with your other computers. Musette puts an encrypted, verified copy of your Musette file there, never the file itself, and takes in, record by record, what your other computers left there. On a new computer, choose “Join a synced Musette file” on the welcome page.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="63"/>
        <source>Dossier de synchronisation</source>
        <translation>Sync folder</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="73"/>
        <source>Taper la phrase de passe de l&apos;autre ordinateur…</source>
        <translation>Type the other computer&apos;s passphrase…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="83"/>
        <source>Synchroniser maintenant</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="85"/>
        <source>Choisir entre les versions…</source>
        <translation>Choose between the versions…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="87"/>
        <source>Arrêter sur cet ordinateur</source>
        <translation>Stop on this computer</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="89"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="110"/>
        <source>Dossier de synchronisation : %1</source>
        <translation>Sync folder: %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="114"/>
        <source>Cette musette n&apos;est pas encore synchronisée sur cet ordinateur.</source>
        <translation>This Musette file is not synced on this computer yet.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="117"/>
        <source>Changer de dossier…</source>
        <translation>Change folder…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="117"/>
        <source>Choisir le dossier…</source>
        <translation>Choose the folder…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="134"/>
        <source>La phrase de passe a changé sur « %1 ». Tapez-la ici une fois (ou votre code de secours) : cet ordinateur la prend aussi, et les deux se retrouvent.</source>
        <translation>The passphrase changed on “%1”. Type it here once (or your recovery code): this computer takes it too, and both meet again.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="145"/>
        <source>%1 différence entre vos ordinateurs attend votre choix.</source>
        <translation>%1 difference between your computers waits for your choice.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="146"/>
        <source>%1 différences entre vos ordinateurs attendent votre choix.</source>
        <translation>%1 differences between your computers wait for your choice.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="164"/>
        <source>Dossier partagé avec vos autres ordinateurs</source>
        <translation>Folder shared with your other computers</translation>
    </message>
</context>
<context>
    <name>TargetPage</name>
    <message>
        <location filename="../../ui/wizards/project/page_target.py" line="28"/>
        <source>Le métier que je vise</source>
        <translation>The job I am aiming for</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/project/page_target.py" line="30"/>
        <source>Cherchez-le dans le référentiel européen, ou écrivez-le avec vos mots.</source>
        <translation>Search for it in the European classification, or write it in your own words.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/project/page_target.py" line="34"/>
        <source>Métier visé</source>
        <translation>Target job</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/project/page_target.py" line="35"/>
        <source>Par exemple : responsable qualité</source>
        <translation>For example: quality manager</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/project/page_target.py" line="38"/>
        <source>Métiers du référentiel</source>
        <translation>Jobs in the classification</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/project/page_target.py" line="43"/>
        <location filename="../../ui/wizards/project/page_target.py" line="55"/>
        <source>Pourquoi</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/project/page_target.py" line="46"/>
        <location filename="../../ui/wizards/project/page_target.py" line="56"/>
        <source>Où</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/project/page_target.py" line="48"/>
        <source>AAAA ou MM/AAAA</source>
        <translation>YYYY or MM/YYYY</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/project/page_target.py" line="49"/>
        <location filename="../../ui/wizards/project/page_target.py" line="57"/>
        <source>Pour quand</source>
        <translation>By when</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/project/page_target.py" line="51"/>
        <location filename="../../ui/wizards/project/page_target.py" line="58"/>
        <source>Temps et argent</source>
        <translation>Time and money</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/project/page_target.py" line="52"/>
        <source>Par exemple : soirs et week-ends, 1 000 € au plus</source>
        <translation>For example: evenings and weekends, 1,000 € at most</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/project/page_target.py" line="53"/>
        <source>Métier visé *</source>
        <translation>Target job *</translation>
    </message>
</context>
<context>
    <name>TrashView</name>
    <message>
        <location filename="../../ui/sections/trash_view.py" line="49"/>
        <source>Ce que vous avez supprimé reste ici jusqu&apos;à ce que vous vidiez la corbeille. Vous pouvez tout restaurer.</source>
        <translation>What you deleted stays here until you empty the trash. You can restore all of it.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/trash_view.py" line="55"/>
        <source>Restaurer</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/sections/trash_view.py" line="57"/>
        <source>Vider la corbeille…</source>
        <translation>Empty the trash…</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../ui/pages/unlock_page.py" line="65"/>
        <location filename="../../ui/pages/unlock_page.py" line="92"/>
        <source>Ouvrir ma musette</source>
        <translation>Open my Musette</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unlock_page.py" line="69"/>
        <source>Ouvrir : cet ordinateur se souvient de moi</source>
        <translation>Open: this computer remembers me</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unlock_page.py" line="74"/>
        <location filename="../../ui/pages/unlock_page.py" line="75"/>
        <location filename="../../ui/pages/unlock_page.py" line="133"/>
        <source>Phrase de passe</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unlock_page.py" line="81"/>
        <source>J&apos;ai oublié ma phrase de passe : j&apos;utilise mon code de secours</source>
        <translation>I forgot my passphrase: I will use my recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unlock_page.py" line="90"/>
        <source>Ouvrir une autre musette…</source>
        <translation>Open another Musette file…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unlock_page.py" line="91"/>
        <source>Créer une nouvelle musette</source>
        <translation>Create a new Musette</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unlock_page.py" line="111"/>
        <source>Fichier : </source>
        <translation>File: </translation>
    </message>
    <message>
        <location filename="../../ui/pages/unlock_page.py" line="127"/>
        <source>Quelle musette ouvrir ?</source>
        <translation>Which Musette file should be opened?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unlock_page.py" line="133"/>
        <source>Code de secours</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unlock_page.py" line="156"/>
        <source>Ouverture de votre musette…</source>
        <translation>Opening your Musette…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unlock_page.py" line="186"/>
        <source>Saisissez d&apos;abord votre phrase de passe.</source>
        <translation>Type your passphrase first.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/pages/welcome_page.py" line="21"/>
        <source>Bienvenue dans Musette</source>
        <translation>Welcome to Musette</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome_page.py" line="25"/>
        <source>Musette garde votre parcours professionnel au même endroit : vos expériences, vos formations, vos compétences, vos droits à la formation, vos projets, vos documents et les personnes qui peuvent vous aider.</source>
        <translation>Musette keeps your working life in one place: your experience, your training, your skills, your training rights, your projects, your documents and the people who can help you.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome_page.py" line="34"/>
        <source>Tout reste sur cet ordinateur, dans un seul fichier chiffré : votre musette. Personne d&apos;autre ne peut le lire. Vous seul choisissez ce que vous partagez.</source>
        <translation>Everything stays on this computer, in one encrypted file: your Musette. Nobody else can read it. Only you choose what you share.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome_page.py" line="41"/>
        <source>Créer ma musette</source>
        <translation>Create my Musette</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome_page.py" line="44"/>
        <source>Crée un nouveau fichier chiffré pour votre parcours.</source>
        <translation>Creates a new encrypted file for your working life.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome_page.py" line="46"/>
        <source>Ouvrir une musette existante</source>
        <translation>Open an existing Musette</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome_page.py" line="47"/>
        <source>Rejoindre une musette synchronisée…</source>
        <translation>Join a synced Musette file…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome_page.py" line="49"/>
        <source>Votre musette est sur un autre ordinateur qui la synchronise dans un dossier.</source>
        <translation>Your Musette file is on another computer that syncs it through a folder.</translation>
    </message>
</context>
<context>
    <name>background</name>
    <message>
        <location filename="../../ui/background.py" line="88"/>
        <source>Un instant…</source>
        <translation>One moment…</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <location filename="../../ui/vault_service.py" line="507"/>
        <source>Sauvegarde de votre musette…</source>
        <translation>Backing up your Musette…</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <location filename="../../ui/date_calendar.py" line="20"/>
        <source>Choisir dans un calendrier (Alt+↓)</source>
        <translation>Pick from a calendar (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../ui/date_calendar.py" line="39"/>
        <source>Calendrier</source>
        <translation>Calendar</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../ui/dialogs.py" line="74"/>
        <source>Quitter l&apos;assistant ?</source>
        <translation>Leave the wizard?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="76"/>
        <source>Vous avez commencé à répondre. Voulez-vous garder vos réponses pour reprendre plus tard ?</source>
        <translation>You have started answering. Do you want to keep your answers to carry on later?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="83"/>
        <source>Garder pour plus tard</source>
        <translation>Keep for later</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="87"/>
        <source>Abandonner mes réponses</source>
        <translation>Drop my answers</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="91"/>
        <source>Revenir à l&apos;assistant</source>
        <translation>Back to the wizard</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/error_text.py" line="23"/>
        <source>Ce code de secours n&apos;a pas la bonne forme. Il compte 56 caractères, en 14 groupes de 4, tels qu&apos;imprimés sur votre feuille de secours.</source>
        <translation>This recovery code is not well formed. It has 56 characters, in 14 groups of 4, as printed on your recovery sheet.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="29"/>
        <source>Ce code de secours contient une faute de frappe. Relisez-le groupe par groupe : rien n&apos;a été essayé.</source>
        <translation>This recovery code contains a typo. Check it group by group: nothing was tried.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="35"/>
        <source>Ce code de secours est bien formé, mais il appartient à une autre musette. Vérifiez que vous ouvrez le bon fichier.</source>
        <translation>This recovery code is well formed, but it belongs to another Musette file. Check that you are opening the right file.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="41"/>
        <source>Cette clé en hexadécimal n&apos;ouvre pas cette musette : une faute de frappe, ou la clé d&apos;une autre musette. Tapez plutôt le code en 14 groupes de 4 : il repère les fautes.</source>
        <translation>This hex key does not open this Musette file: a typo, or another file&apos;s key. Type the code in 14 groups of 4 instead: it catches typos.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="47"/>
        <source>Cette phrase de passe ne correspond pas. Vérifiez les majuscules, ou utilisez votre code de secours.</source>
        <translation>This passphrase does not match. Check capital letters, or use your recovery code.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="53"/>
        <source>Il n&apos;y a pas de musette à cet endroit. Choisissez un autre fichier.</source>
        <translation>There is no Musette file here. Choose another file.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="57"/>
        <source>Ce fichier n&apos;est pas une musette. Choisissez le fichier qui finit par .musette.</source>
        <translation>This file is not a Musette file. Choose the file ending in .musette.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="62"/>
        <source>Votre phrase de passe est bonne, mais ce fichier est abîmé. Restaurez votre dernière sauvegarde.</source>
        <translation>Your passphrase is right, but this file is damaged. Restore your latest backup.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="68"/>
        <source>Cette musette vient d&apos;une version plus récente de Musette. Mettez Musette à jour. Votre fichier n&apos;a pas été modifié.</source>
        <translation>This file comes from a newer version of Musette. Update Musette. Your file was not changed.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="74"/>
        <source>Le fichier de clés à côté de cette musette appartient à une autre musette. Votre code de secours l&apos;ouvre quand même.</source>
        <translation>The key file beside this Musette file belongs to another one. Your recovery code still opens it.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="80"/>
        <source>Le fichier de clés de cette musette est introuvable ou abîmé. Votre code de secours l&apos;ouvre quand même.</source>
        <translation>The key file of this Musette is missing or damaged. Your recovery code still opens it.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="86"/>
        <source>Cette musette est déjà ouverte dans une autre fenêtre. Fermez-la d&apos;abord.</source>
        <translation>This Musette is already open in another window. Close it first.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="90"/>
        <source>Cette musette est sur un support en lecture seule : elle ne peut pas être modifiée.</source>
        <translation>This Musette is on a read-only medium: it cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="95"/>
        <source>Le fichier de votre musette a disparu pendant qu&apos;elle était ouverte (clé USB retirée, fichier déplacé ?). Cette modification n&apos;a pas été enregistrée. Rebranchez le support puis rouvrez votre musette, ou restaurez votre dernière sauvegarde (menu Musette, Sauvegardes).</source>
        <translation>Your Musette file disappeared while it was open (USB stick pulled out, file moved?). This change was not saved. Plug the medium back in and reopen your Musette, or restore your latest backup (Musette menu, Backups).</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="100"/>
        <source>Le disque est plein : cette modification n&apos;a pas été enregistrée, le reste est intact. Libérez de la place puis recommencez.</source>
        <translation>The disk is full: this change was not saved, the rest is intact. Free some space and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="107"/>
        <source>Un fichier porte déjà ce nom. Choisissez un autre nom : rien n&apos;a été remplacé.</source>
        <translation>A file already has this name. Choose another name: nothing was replaced.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="112"/>
        <source>Cet ordinateur ne retient plus votre musette. Saisissez votre phrase de passe.</source>
        <translation>This computer no longer remembers your Musette. Type your passphrase.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="117"/>
        <source>Cet ordinateur n&apos;a pas de trousseau sécurisé : Musette ne peut pas s&apos;y souvenir de votre musette. Votre phrase de passe reste nécessaire.</source>
        <translation>This computer has no secure keyring: Musette cannot remember your Musette here. Your passphrase is still needed.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="123"/>
        <source>Musette n&apos;a pas pu lire ou écrire ce fichier : </source>
        <translation>Musette could not read or write this file: </translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="126"/>
        <source>Musette n&apos;a pas pu terminer cette action. Rien n&apos;a été modifié.</source>
        <translation>Musette could not finish this action. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="133"/>
        <source>Le dossier de synchronisation n&apos;est plus là (clé USB retirée, dossier déplacé ?). Votre musette est intacte. Rebranchez le support, ou choisissez le dossier à nouveau (menu Musette, Synchroniser).</source>
        <translation>The sync folder is no longer there (USB stick pulled out, folder moved?). Your Musette file is intact. Plug the medium back in, or choose the folder again (Musette menu, Sync).</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="140"/>
        <source>Ce dossier ne contient aucune musette synchronisée. Choisissez le dossier que votre autre ordinateur synchronise, et attendez que la copie y soit arrivée.</source>
        <translation>This folder holds no synced Musette file. Choose the folder your other computer syncs, and wait until the copy has arrived.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="146"/>
        <source>Ce dossier contient les copies de plusieurs musettes : gardez-y seulement la vôtre.</source>
        <translation>This folder holds copies of several Musette files: keep only yours there.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="151"/>
        <source>Cet ordinateur synchronise déjà cette musette : ouvrez-la plutôt, elle se met à jour toute seule.</source>
        <translation>This computer already syncs this Musette file: open it instead, it updates itself.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="157"/>
        <source>Cette musette est ouverte en lecture seule : elle ne peut pas se synchroniser.</source>
        <translation>This Musette file is open read-only: it cannot sync.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="161"/>
        <source>La synchronisation n&apos;a pas pu se faire ; votre musette est intacte : </source>
        <translation>The sync could not be done; your Musette file is intact: </translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="170"/>
        <source>trop gros : la limite est de %1 Mo par document. Rien n&apos;a été ajouté.</source>
        <translation>too big: the limit is %1 MB per document. Nothing was added.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="174"/>
        <source>ce fichier est vide. Rien n&apos;a été ajouté.</source>
        <translation>this file is empty. Nothing was added.</translation>
    </message>
    <message>
        <location filename="../../ui/error_text.py" line="175"/>
        <source>ce type de fichier n&apos;est pas accepté : PDF, image, texte ou document de bureautique (Word, LibreOffice). Rien n&apos;a été ajouté.</source>
        <translation>this kind of file is not accepted: PDF, image, text or office document (Word, LibreOffice). Nothing was added.</translation>
    </message>
    <message>
        <location filename="../../musette_desktop/app.py" line="51"/>
        <source>Musette a rencontré un problème inattendu. Ce que vous aviez enregistré est intact. Si cela se reproduit, fermez puis rouvrez Musette.</source>
        <translation>Musette ran into an unexpected problem. What you had saved is intact. If it happens again, close and reopen Musette.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../ui/fields.py" line="33"/>
        <source>L&apos;année, le mois ou le jour, comme vous voulez : 2019, 09/2019 ou 02/09/2019.</source>
        <translation>The year, the month or the day, as you like: 2019, 09/2019 or 02/09/2019.</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="36"/>
        <source>Le jour complet, par exemple 15/03/2026.</source>
        <translation>The whole day, for example 15/03/2026.</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="39"/>
        <source>Conseil en évolution professionnelle (CEP)</source>
        <translation>Career development advice (CEP)</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="40"/>
        <source>Bilan de compétences</source>
        <translation>Skills assessment (bilan de compétences)</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="41"/>
        <source>Validation des acquis de l&apos;expérience (VAE)</source>
        <translation>Accreditation of prior experience (VAE)</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="42"/>
        <source>Projet de transition professionnelle (PTP)</source>
        <translation>Career transition project (PTP)</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="43"/>
        <source>Période de reconversion</source>
        <translation>Retraining period (période de reconversion)</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="44"/>
        <source>Entretien de parcours professionnel</source>
        <translation>Career path interview</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="45"/>
        <source>Compte d&apos;engagement citoyen (CEC)</source>
        <translation>Civic engagement account (CEC)</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="46"/>
        <source>Compte professionnel de prévention (C2P)</source>
        <translation>Occupational prevention account (C2P)</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="47"/>
        <source>Contrat d&apos;engagement jeune (CEJ)</source>
        <translation>Youth commitment contract (CEJ)</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="48"/>
        <source>Préparation opérationnelle à l&apos;emploi (POEI)</source>
        <translation>Pre-employment training (POEI)</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="49"/>
        <source>Autre dispositif</source>
        <translation>Other scheme</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="52"/>
        <source>Français</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="53"/>
        <source>Anglais</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="57"/>
        <source>Classique (lu par les logiciels de recrutement)</source>
        <translation>Classic (read by recruitment software)</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="58"/>
        <source>Moderne</source>
        <translation>Modern</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="59"/>
        <source>Colonnes (barre latérale)</source>
        <translation>Columns (sidebar)</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="60"/>
        <source>Compact (une page)</source>
        <translation>Compact (one page)</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="64"/>
        <source>Signature valide, signataire confirmé en personne</source>
        <translation>Valid signature, signer confirmed in person</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="65"/>
        <source>Signature valide, signataire pas encore confirmé</source>
        <translation>Valid signature, signer not yet confirmed</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="68"/>
        <source>Signature valide, émetteur non vérifiable hors ligne</source>
        <translation>Valid signature, issuer not verifiable offline</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="70"/>
        <source>Non vérifiée hors ligne</source>
        <translation>Not verified offline</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="71"/>
        <source>Non signée</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="74"/>
        <source>Sceau électronique valide, certificat non vérifié contre la liste de confiance européenne</source>
        <translation>Valid electronic seal, certificate not checked against the EU trusted list</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="79"/>
        <source>Non vérifiée</source>
        <translation>Not verified</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="82"/>
        <source>Ne vous concerne pas : elle nomme quelqu&apos;un d&apos;autre</source>
        <translation>Not about you: it names someone else</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="86"/>
        <source>À découvrir</source>
        <translation>To explore</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="87"/>
        <location filename="../../ui/fields.py" line="138"/>
        <location filename="../../ui/fields.py" line="145"/>
        <source>En cours</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="88"/>
        <source>Terminé</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="89"/>
        <source>Ne me concerne pas</source>
        <translation>Does not apply to me</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="92"/>
        <source>Emploi</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="93"/>
        <source>Stage</source>
        <translation>Internship</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="94"/>
        <source>Apprentissage</source>
        <translation>Apprenticeship</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="95"/>
        <source>Bénévolat</source>
        <translation>Volunteering</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="96"/>
        <source>Engagement citoyen</source>
        <translation>Civic engagement</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="97"/>
        <source>Activité personnelle</source>
        <translation>Personal activity</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="100"/>
        <source>Diplôme</source>
        <translation>Degree</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="101"/>
        <source>Formation</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="102"/>
        <source>Cours ou atelier</source>
        <translation>Course or workshop</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="105"/>
        <location filename="../../ui/fields.py" line="114"/>
        <location filename="../../ui/fields.py" line="122"/>
        <source>Non précisé</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="106"/>
        <source>Niveau 3 (CAP, BEP)</source>
        <translation>Level 3 (CAP, BEP)</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="107"/>
        <source>Niveau 4 (baccalauréat)</source>
        <translation>Level 4 (baccalauréat)</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="108"/>
        <source>Niveau 5 (bac + 2)</source>
        <translation>Level 5 (two years after the baccalauréat)</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="109"/>
        <source>Niveau 6 (licence, bac + 3)</source>
        <translation>Level 6 (bachelor&apos;s degree)</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="110"/>
        <source>Niveau 7 (master, bac + 5)</source>
        <translation>Level 7 (master&apos;s degree)</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="111"/>
        <source>Niveau 8 (doctorat)</source>
        <translation>Level 8 (doctorate)</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="116"/>
        <source>Débutant — je débute</source>
        <translation>Beginner — I am starting</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="117"/>
        <source>Intermédiaire — je me débrouille</source>
        <translation>Intermediate — I get by</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="118"/>
        <source>Avancé — je maîtrise</source>
        <translation>Advanced — I master it</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="119"/>
        <source>Expert — je peux l&apos;enseigner</source>
        <translation>Expert — I can teach it</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="123"/>
        <source>A1 — Je découvre</source>
        <translation>A1 — I am discovering it</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="124"/>
        <source>A2 — Je me débrouille dans des situations simples</source>
        <translation>A2 — I cope in simple situations</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="125"/>
        <source>B1 — Je me fais comprendre</source>
        <translation>B1 — I make myself understood</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="126"/>
        <source>B2 — Je travaille dans cette langue</source>
        <translation>B2 — I work in this language</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="127"/>
        <source>C1 — Je m&apos;exprime avec aisance</source>
        <translation>C1 — I express myself with ease</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="128"/>
        <source>C2 — Comme un natif</source>
        <translation>C2 — Like a native speaker</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="131"/>
        <source>Savoir-faire</source>
        <translation>Know-how</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="132"/>
        <source>Connaissance</source>
        <translation>Knowledge</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="133"/>
        <location filename="../../ui/fields.py" line="456"/>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="134"/>
        <source>Compétence transversale</source>
        <translation>Transversal skill</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="137"/>
        <source>Idée</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="139"/>
        <source>En pause</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="140"/>
        <source>Atteint</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="141"/>
        <source>Abandonné</source>
        <translation>Given up</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="144"/>
        <source>À faire</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="146"/>
        <source>Fait</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="149"/>
        <source>Entreprise</source>
        <translation>Company</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="150"/>
        <source>École ou organisme de formation</source>
        <translation>School or training provider</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="151"/>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="152"/>
        <source>Service public</source>
        <translation>Public service</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="153"/>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="157"/>
        <source>À préparer</source>
        <translation>To prepare</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="158"/>
        <source>Envoyée</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="159"/>
        <source>Relancée</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="160"/>
        <location filename="../../ui/fields.py" line="168"/>
        <source>Entretien</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="161"/>
        <source>Proposition</source>
        <translation>Offer</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="162"/>
        <source>Refusée</source>
        <translation>Turned down</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="163"/>
        <source>Abandonnée</source>
        <translation>Given up</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="166"/>
        <source>Changement d&apos;étape</source>
        <translation>Moved on a step</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="167"/>
        <source>Appel</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="169"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="170"/>
        <source>Rencontre</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="173"/>
        <location filename="../../ui/fields.py" line="365"/>
        <source>Remarque</source>
        <translation>Remark</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="177"/>
        <location filename="../../ui/fields.py" line="378"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="178"/>
        <location filename="../../ui/fields.py" line="368"/>
        <location filename="../../ui/fields.py" line="379"/>
        <location filename="../../ui/fields.py" line="404"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="179"/>
        <source>Nom d&apos;usage</source>
        <translation>Name in use</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="182"/>
        <source>Date de naissance</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="187"/>
        <location filename="../../ui/fields.py" line="382"/>
        <source>Adresse électronique</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="188"/>
        <location filename="../../ui/fields.py" line="383"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="189"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="190"/>
        <source>Code postal</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="191"/>
        <location filename="../../ui/fields.py" line="374"/>
        <source>Ville</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="192"/>
        <source>Pays</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="195"/>
        <source>Titre professionnel</source>
        <translation>Professional title</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="196"/>
        <source>Une ligne qui vous présente, par exemple « Aide-soignante, 10 ans en EHPAD ».</source>
        <translation>One line about you, for example “Care assistant, 10 years in a nursing home”.</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="201"/>
        <source>Présentation</source>
        <translation>About me</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="206"/>
        <source>Date du relevé</source>
        <translation>Date read</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="213"/>
        <source>Solde en euros</source>
        <translation>Balance in euros</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="215"/>
        <source>Le montant lu sur moncompteformation.gouv.fr.</source>
        <translation>The amount read on moncompteformation.gouv.fr.</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="219"/>
        <source>Solde en heures</source>
        <translation>Balance in hours</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="221"/>
        <source>Pour les agents publics, dont le compte est en heures.</source>
        <translation>For public servants, whose account is in hours.</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="228"/>
        <source>Dispositif</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="229"/>
        <location filename="../../ui/fields.py" line="330"/>
        <location filename="../../ui/fields.py" line="352"/>
        <location filename="../../ui/fields.py" line="481"/>
        <source>Où j&apos;en suis</source>
        <translation>Where I am</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="232"/>
        <source>Commencé le</source>
        <translation>Started on</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="239"/>
        <source>Rappel</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="241"/>
        <location filename="../../ui/fields.py" line="350"/>
        <source>Pour le</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="243"/>
        <source>C&apos;est fait</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="247"/>
        <location filename="../../ui/fields.py" line="268"/>
        <location filename="../../ui/fields.py" line="369"/>
        <location filename="../../ui/fields.py" line="407"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="248"/>
        <location filename="../../ui/fields.py" line="269"/>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="249"/>
        <source>Employeur ou structure</source>
        <translation>Employer or organisation</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="250"/>
        <location filename="../../ui/fields.py" line="555"/>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="252"/>
        <location filename="../../ui/fields.py" line="274"/>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="256"/>
        <location filename="../../ui/fields.py" line="276"/>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="258"/>
        <source>Laissez vide si c&apos;est en cours.</source>
        <translation>Leave empty if it is ongoing.</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="260"/>
        <source>Ce que j&apos;y ai fait</source>
        <translation>What I did there</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="263"/>
        <source>Masquer le nom de l&apos;employeur dans les CV anonymes</source>
        <translation>Hide the employer&apos;s name in anonymous CVs</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="270"/>
        <source>Établissement ou organisme</source>
        <translation>School or provider</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="271"/>
        <source>Domaine</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="272"/>
        <location filename="../../ui/fields.py" line="296"/>
        <source>Niveau</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="277"/>
        <source>Contenu</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="280"/>
        <source>Certification</source>
        <translation>Certification</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="281"/>
        <source>Délivrée par</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="283"/>
        <source>Obtenue le</source>
        <translation>Obtained on</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="287"/>
        <source>Valable jusqu&apos;au</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="291"/>
        <source>Numéro</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="292"/>
        <source>Lien de vérification</source>
        <translation>Verification link</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="295"/>
        <source>Compétence</source>
        <translation>Skill</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="297"/>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="300"/>
        <source>Niveau de langue (CECRL)</source>
        <translation>Language level (CEFR)</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="303"/>
        <source>Pour une langue : de A1 (je découvre) à C2 (comme un natif).</source>
        <translation>For a language: from A1 (discovering) to C2 (like a native).</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="310"/>
        <source>Utilisée pour la dernière fois</source>
        <translation>Last used</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="316"/>
        <source>Référentiel européen</source>
        <translation>European framework</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="318"/>
        <source>Rempli par l&apos;assistant compétences quand la compétence vient du référentiel européen des compétences (ESCO).</source>
        <translation>Filled in by the skills wizard when the skill comes from the European skills framework (ESCO).</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="327"/>
        <source>Mon projet</source>
        <translation>My project</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="328"/>
        <source>Métier visé</source>
        <translation>Target occupation</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="334"/>
        <source>Pour quand</source>
        <translation>By when</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="338"/>
        <source>En quelques mots</source>
        <translation>In a few words</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="343"/>
        <source>Projet</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="348"/>
        <source>Étape</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="355"/>
        <source>Financement</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="356"/>
        <source>Par exemple : CPF, employeur, France Travail, Transitions Pro.</source>
        <translation>For example: CPF, employer, France Travail, Transitions Pro.</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="360"/>
        <source>Ordre</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="363"/>
        <source>Nom du document</source>
        <translation>Document name</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="364"/>
        <source>Type de fichier</source>
        <translation>Kind of file</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="372"/>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="380"/>
        <source>Structure</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="381"/>
        <source>Fonction</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="387"/>
        <source>Identité de signataire</source>
        <translation>Signer identity</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="388"/>
        <source>Si cette personne signe des attestations : son identité (did:key:z…), telle que sa Musette l&apos;affiche.</source>
        <translation>If this person signs attestations: their identity (did:key:z…), as their Musette shows it.</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="395"/>
        <source>Empreinte vérifiée en personne le</source>
        <translation>Fingerprint checked in person on</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="397"/>
        <source>Seulement après avoir comparé avec elle, à voix haute ou par QR code, les huit groupes de chiffres de son empreinte.</source>
        <translation>Only after comparing with them, aloud or by QR code, the eight groups of digits of their fingerprint.</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="408"/>
        <source>Par exemple : anciens élèves, réseau professionnel, forum.</source>
        <translation>For example: alumni, professional network, forum.</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="412"/>
        <source>Lien</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="417"/>
        <source>Avec</source>
        <translation>With</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="421"/>
        <location filename="../../ui/fields.py" line="533"/>
        <location filename="../../ui/fields.py" line="557"/>
        <location filename="../../ui/fields.py" line="569"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="428"/>
        <source>Comment</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="429"/>
        <source>Rendez-vous, téléphone, courriel…</source>
        <translation>Meeting, phone, e-mail…</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="431"/>
        <location filename="../../ui/fields.py" line="545"/>
        <source>Ce qui s&apos;est dit</source>
        <translation>What was said</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="434"/>
        <source>Signée par</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="436"/>
        <source>Vérification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="440"/>
        <source>Empreinte du signataire</source>
        <translation>Signer&apos;s fingerprint</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="442"/>
        <source>Comparez ces chiffres avec ceux que la Musette du signataire affiche (Mon identité de signataire).</source>
        <translation>Compare these digits with the ones the signer&apos;s Musette shows (My signer identity).</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="447"/>
        <source>Contenu signé</source>
        <translation>Signed content</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="450"/>
        <source>Nom du profil</source>
        <translation>Profile name</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="453"/>
        <source>Pour qui</source>
        <translation>For whom</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="454"/>
        <source>Par exemple : Recruteur société X, Conseillère CEP.</source>
        <translation>For example: Recruiter at company X, CEP advisor.</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="457"/>
        <source>Modèle de CV</source>
        <translation>CV template</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="460"/>
        <source>Le</source>
        <translation>On</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="461"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="462"/>
        <source>Pour</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="463"/>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="466"/>
        <source>Poste</source>
        <translation>Job</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="467"/>
        <source>Employeur</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="470"/>
        <source>Employeur dans mon réseau</source>
        <translation>Employer in my network</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="476"/>
        <source>Personne à contacter</source>
        <translation>Person to contact</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="485"/>
        <source>L&apos;annonce</source>
        <translation>The ad</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="487"/>
        <source>Collez ici le texte de l&apos;annonce : il reste chez vous.</source>
        <translation>Paste the ad&apos;s text here: it stays with you.</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="491"/>
        <source>Lien de l&apos;annonce</source>
        <translation>Link to the ad</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="494"/>
        <source>Annonce enregistrée</source>
        <translation>Saved ad</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="500"/>
        <source>Trouvée où</source>
        <translation>Found where</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="501"/>
        <source>France Travail, site de l&apos;entreprise, bouche à oreille…</source>
        <translation>France Travail, the company&apos;s site, word of mouth…</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="506"/>
        <source>Trouvée le</source>
        <translation>Found on</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="509"/>
        <source>Date limite</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="512"/>
        <source>Envoyée le</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="514"/>
        <source>Prochaine action</source>
        <translation>Next action</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="517"/>
        <source>Prochaine action le</source>
        <translation>Next action on</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="526"/>
        <location filename="../../ui/fields.py" line="550"/>
        <source>Candidature</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="538"/>
        <source>Quoi</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="541"/>
        <source>Étape atteinte</source>
        <translation>Step reached</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="543"/>
        <source>Aucune</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="559"/>
        <source>Destinataire</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="560"/>
        <source>Objet</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="561"/>
        <source>Formule d&apos;appel</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="562"/>
        <source>Texte de la lettre</source>
        <translation>Text of the letter</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="563"/>
        <source>Formule de politesse</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="564"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="567"/>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/fields.py" line="571"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../ui/import_dialog.py" line="45"/>
        <source>Mon archive LinkedIn</source>
        <translation>My LinkedIn archive</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="46"/>
        <source>Le fichier ZIP que LinkedIn vous envoie quand vous demandez une copie de vos données (Préférences › Confidentialité des données › Obtenir une copie de vos données).</source>
        <translation>The ZIP file LinkedIn sends you when you ask for a copy of your data (Settings › Data privacy › Get a copy of your data).</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="54"/>
        <source>Un CV au format JSON Resume</source>
        <translation>A résumé in JSON Resume format</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="55"/>
        <source>Un fichier .json exporté d&apos;un site de CV ou d&apos;une autre musette.</source>
        <translation>A .json file exported from a résumé website or from another Musette.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="62"/>
        <source>Un CV Europass</source>
        <translation>A Europass CV</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="63"/>
        <source>Le CV enregistré par l&apos;éditeur Europass : le fichier XML, ou le PDF Europass qui le porte en pièce jointe (2013 et après).</source>
        <translation>The CV saved by the Europass editor: the XML file, or the Europass PDF carrying it as an attachment (2013 and later).</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="71"/>
        <source>Un badge numérique (Open Badges)</source>
        <translation>A digital badge (Open Badges)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="72"/>
        <source>L&apos;image du badge (PNG ou SVG) ou son fichier (JSON, JWT), reçue d&apos;un organisme de formation ou d&apos;un employeur. Sa signature est vérifiée sans Internet.</source>
        <translation>The badge image (PNG or SVG) or its file (JSON, JWT), received from a training provider or an employer. Its signature is checked without the Internet.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="80"/>
        <source>Une attestation signée</source>
        <translation>A signed attestation</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="81"/>
        <source>Le fichier qu&apos;une personne a signé dans sa Musette à votre demande (.jwt, ou un badge PNG ou SVG). Il est vérifié, puis rangé avec la fiche concernée.</source>
        <translation>The file someone signed in their Musette at your request (.jwt, or a PNG or SVG badge). It is checked, then filed with the record it concerns.</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="91"/>
        <source>Identité</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="92"/>
        <source>Expérience</source>
        <translation>Experience</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="93"/>
        <source>Formation</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="94"/>
        <source>Certification</source>
        <translation>Certification</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="95"/>
        <source>Compétence</source>
        <translation>Skill</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="96"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="97"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="98"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="99"/>
        <source>Attestation</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="102"/>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="103"/>
        <source>Compléter la fiche existante</source>
        <translation>Complete the existing record</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.py" line="104"/>
        <source>Ne pas importer</source>
        <translation>Do not import</translation>
    </message>
    <message>
        <location filename="../../ui/vault_service.py" line="386"/>
        <source>Lecture de « %1 »…</source>
        <translation>Reading “%1”…</translation>
    </message>
    <message>
        <location filename="../../ui/vault_service.py" line="414"/>
        <source>Import en cours…</source>
        <translation>Importing…</translation>
    </message>
</context>
<context>
    <name>names</name>
    <message>
        <location filename="../../ui/names.py" line="42"/>
        <source>écritures mélangées : vérifiez l&apos;empreinte</source>
        <translation>mixed scripts: check the fingerprint</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/sections/documents_view.py" line="55"/>
        <source>Ajouter des documents</source>
        <translation>Add documents</translation>
    </message>
    <message>
        <location filename="../../ui/sections/documents_view.py" line="62"/>
        <source>Ouvrir avec une autre application</source>
        <translation>Open with another application</translation>
    </message>
    <message>
        <location filename="../../ui/sections/documents_view.py" line="64"/>
        <source>Pour ouvrir « %1 », Musette doit en poser une copie lisible dans un dossier privé de cet ordinateur. Elle sera effacée quand vous verrouillerez Musette. Continuer ?</source>
        <translation>To open “%1”, Musette must put a readable copy in a private folder on this computer. It will be deleted when you lock Musette. Continue?</translation>
    </message>
    <message>
        <location filename="../../ui/sections/trash_view.py" line="28"/>
        <source>Vider la corbeille</source>
        <translation>Empty the trash</translation>
    </message>
    <message>
        <location filename="../../ui/sections/trash_view.py" line="30"/>
        <source>Les %1 fiches de la corbeille seront effacées pour toujours. Continuer ?</source>
        <translation>The %1 cards in the trash will be erased for good. Continue?</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="67"/>
        <source>Oublier cet ordinateur</source>
        <translation>Forget this computer</translation>
    </message>
    <message>
        <location filename="../../ui/start_window.py" line="69"/>
        <source>Cet ordinateur ne se souviendra plus de votre musette : il faudra saisir votre phrase de passe à chaque ouverture. Continuer ?</source>
        <translation>This computer will no longer remember your Musette: you will type your passphrase each time you open it. Continue?</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.py" line="32"/>
        <source>Remplacer ma musette</source>
        <translation>Replace my Musette</translation>
    </message>
    <message>
        <location filename="../../ui/backups_dialog.py" line="34"/>
        <source>Votre musette actuelle sera remplacée par la sauvegarde du %1. Ce que vous avez ajouté depuis n&apos;y sera pas, mais l&apos;actuelle est gardée à côté, renommée. Continuer ?</source>
        <translation>Your current Musette will be replaced by the backup of %1. What you added since will not be in it, but the current one is kept beside it, renamed. Continue?</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="26"/>
        <source>Arrêter la synchronisation</source>
        <translation>Stop syncing</translation>
    </message>
    <message>
        <location filename="../../ui/sync_dialog.py" line="28"/>
        <source>Cet ordinateur ne déposera plus de copie dans le dossier, et la sienne en sera retirée. Votre musette reste ici, entière ; vos autres ordinateurs gardent la leur. Continuer ?</source>
        <translation>This computer will no longer put a copy in the folder, and its copy will be removed. Your Musette file stays here, whole; your other computers keep theirs. Continue?</translation>
    </message>
</context>
<context>
    <name>passphrase</name>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="13"/>
        <source>Afficher ce que je tape</source>
        <translation>Show what I type</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="15"/>
        <source>Montre la phrase de passe en clair, pour vérifier ce que vous tapez.</source>
        <translation>Shows the passphrase in clear, to check what you type.</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="37"/>
        <source>Solidité de la phrase de passe</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="45"/>
        <source>Trop courte : au moins 12 caractères</source>
        <translation>Too short: at least 12 characters</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="46"/>
        <source>Faible : ajoutez un mot</source>
        <translation>Weak: add a word</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="47"/>
        <source>Correcte</source>
        <translation>Fair</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="48"/>
        <source>Solide</source>
        <translation>Strong</translation>
    </message>
</context>
<context>
    <name>project</name>
    <message>
        <location filename="../../ui/wizards/project/page_plan.py" line="21"/>
        <source>Étape</source>
        <translation>Step</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/project/page_plan.py" line="22"/>
        <source>Pour le</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/project/page_plan.py" line="23"/>
        <source>Financement</source>
        <translation>Funding</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <location filename="../../ui/record_text.py" line="20"/>
        <source>Identité</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../ui/record_text.py" line="21"/>
        <source>Relevé CPF</source>
        <translation>CPF reading</translation>
    </message>
    <message>
        <location filename="../../ui/record_text.py" line="22"/>
        <source>Dispositif</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <location filename="../../ui/record_text.py" line="23"/>
        <source>Rappel</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <location filename="../../ui/record_text.py" line="24"/>
        <source>Expérience</source>
        <translation>Experience</translation>
    </message>
    <message>
        <location filename="../../ui/record_text.py" line="25"/>
        <source>Formation</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../ui/record_text.py" line="26"/>
        <source>Certification</source>
        <translation>Certification</translation>
    </message>
    <message>
        <location filename="../../ui/record_text.py" line="27"/>
        <source>Compétence</source>
        <translation>Skill</translation>
    </message>
    <message>
        <location filename="../../ui/record_text.py" line="28"/>
        <source>Preuve</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../../ui/record_text.py" line="29"/>
        <source>Projet</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../ui/record_text.py" line="30"/>
        <source>Étape de projet</source>
        <translation>Project step</translation>
    </message>
    <message>
        <location filename="../../ui/record_text.py" line="31"/>
        <location filename="../../ui/record_text.py" line="113"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../ui/record_text.py" line="32"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/record_text.py" line="33"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../ui/record_text.py" line="34"/>
        <source>Communauté</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../ui/record_text.py" line="35"/>
        <source>Échange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <location filename="../../ui/record_text.py" line="36"/>
        <source>Attestation</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <location filename="../../ui/record_text.py" line="37"/>
        <source>Identité de signataire</source>
        <translation>Signer identity</translation>
    </message>
    <message>
        <location filename="../../ui/record_text.py" line="38"/>
        <source>Profil de partage</source>
        <translation>Share profile</translation>
    </message>
    <message>
        <location filename="../../ui/record_text.py" line="39"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/record_text.py" line="40"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/record_text.py" line="41"/>
        <source>Ma situation</source>
        <translation>My situation</translation>
    </message>
    <message>
        <location filename="../../ui/record_text.py" line="42"/>
        <source>Candidature</source>
        <translation>Application</translation>
    </message>
    <message>
        <location filename="../../ui/record_text.py" line="43"/>
        <source>Suivi de candidature</source>
        <translation>Application follow-up</translation>
    </message>
    <message>
        <location filename="../../ui/record_text.py" line="44"/>
        <source>Lettre de motivation</source>
        <translation>Cover letter</translation>
    </message>
    <message>
        <location filename="../../ui/record_text.py" line="73"/>
        <source>aujourd&apos;hui</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../ui/record_text.py" line="87"/>
        <source>à vérifier</source>
        <translation>to check</translation>
    </message>
    <message>
        <location filename="../../ui/record_text.py" line="99"/>
        <location filename="../../ui/record_text.py" line="101"/>
        <location filename="../../ui/record_text.py" line="102"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../ui/record_text.py" line="100"/>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../ui/record_text.py" line="103"/>
        <source>Texte</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/record_text.py" line="108"/>
        <source>Traitement de texte</source>
        <translation>Word processing</translation>
    </message>
    <message>
        <location filename="../../ui/record_text.py" line="110"/>
        <source>Tableur</source>
        <translation>Spreadsheet</translation>
    </message>
    <message>
        <location filename="../../ui/record_text.py" line="112"/>
        <source>Diaporama</source>
        <translation>Slides</translation>
    </message>
    <message>
        <location filename="../../ui/record_text.py" line="126"/>
        <location filename="../../ui/record_text.py" line="127"/>
        <source>CPF : </source>
        <translation>CPF: </translation>
    </message>
    <message>
        <location filename="../../ui/record_text.py" line="134"/>
        <source>(sans titre)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location filename="../../ui/record_text.py" line="176"/>
        <source>expirée le %1</source>
        <translation>expired on %1</translation>
    </message>
    <message>
        <location filename="../../ui/record_text.py" line="179"/>
        <source>révocation non vérifiée hors ligne</source>
        <translation>revocation not checked offline</translation>
    </message>
    <message>
        <location filename="../../ui/record_text.py" line="182"/>
        <source>scellé par %1</source>
        <translation>sealed by %1</translation>
    </message>
    <message>
        <location filename="../../ui/record_text.py" line="187"/>
        <source>relevé du </source>
        <translation>read on </translation>
    </message>
    <message>
        <location filename="../../ui/record_text.py" line="191"/>
        <source>fait</source>
        <translation>done</translation>
    </message>
</context>
<context>
    <name>remember</name>
    <message>
        <location filename="../../ui/pages/common.py" line="153"/>
        <source>Se souvenir de moi sur cet ordinateur</source>
        <translation>Remember me on this computer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/common.py" line="155"/>
        <source>Votre musette s&apos;ouvrira sans phrase de passe sur cet ordinateur. La clé est rangée dans le trousseau sécurisé du système.</source>
        <translation>Your Musette will open without a passphrase on this computer. The key is kept in the system&apos;s secure keyring.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/common.py" line="167"/>
        <source>Indisponible : cet ordinateur n&apos;a pas de trousseau sécurisé ouvert. Musette ne range jamais vos clés dans un fichier en clair.</source>
        <translation>Unavailable: this computer has no open secure keyring. Musette never keeps your keys in a plain file.</translation>
    </message>
</context>
<context>
    <name>rights</name>
    <message>
        <location filename="../../ui/wizards/rights/page_cpf.py" line="32"/>
        <source> — à vérifier sur le site officiel</source>
        <translation> — to check on the official site</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_cpf.py" line="38"/>
        <source>Source : %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_situation.py" line="18"/>
        <source>Salarié(e) du privé</source>
        <translation>Private-sector employee</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_situation.py" line="19"/>
        <source>Agent(e) public(que)</source>
        <translation>Public servant</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_situation.py" line="20"/>
        <source>Demandeur(se) d&apos;emploi</source>
        <translation>Job seeker</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_situation.py" line="21"/>
        <source>Indépendant(e)</source>
        <translation>Self-employed</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_situation.py" line="22"/>
        <source>Apprenti(e)</source>
        <translation>Apprentice</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_situation.py" line="23"/>
        <source>Étudiant(e)</source>
        <translation>Student</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_situation.py" line="24"/>
        <source>Jeune sans emploi ni formation</source>
        <translation>Young person not in work or training</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_situation.py" line="25"/>
        <source>Travailleur(se) en ESAT</source>
        <translation>ESAT worker</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_situation.py" line="28"/>
        <source>Je ne sais pas</source>
        <translation>I don&apos;t know</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_situation.py" line="29"/>
        <source>Moins de 11 salariés</source>
        <translation>Fewer than 11 employees</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_situation.py" line="30"/>
        <source>De 11 à 49 salariés</source>
        <translation>11 to 49 employees</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_situation.py" line="31"/>
        <source>De 50 à 249 salariés</source>
        <translation>50 to 249 employees</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/rights/page_situation.py" line="32"/>
        <source>250 salariés ou plus</source>
        <translation>250 employees or more</translation>
    </message>
</context>
<context>
    <name>sections</name>
    <message>
        <location filename="../../ui/sections/identity_view.py" line="26"/>
        <location filename="../../ui/sections/index.py" line="46"/>
        <source>Identité</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="../../ui/sections/documents_view.py" line="25"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/sections/documents_view.py" line="28"/>
        <source>Diplômes, attestations, fiches de paie, lettres : rangés dans votre musette, chiffrés avec elle. Jusqu&apos;à 20 Mo par document : PDF, image, texte ou document de bureautique.</source>
        <translation>Diplomas, certificates, payslips, letters: kept in your Musette file, encrypted with it. Up to 20 MB per document: PDF, image, text or office document.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/documents_view.py" line="47"/>
        <source>%1 (%2 Mo)</source>
        <translation>%1 (%2 MB)</translation>
    </message>
    <message>
        <location filename="../../ui/sections/index.py" line="43"/>
        <source>Accueil</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../ui/sections/index.py" line="63"/>
        <location filename="../../ui/sections/trash_view.py" line="45"/>
        <location filename="../../ui/sections/trash_view.py" line="73"/>
        <source>Corbeille</source>
        <translation>Trash</translation>
    </message>
    <message>
        <location filename="../../ui/sections/catalog.py" line="12"/>
        <source>Droits</source>
        <translation>Rights</translation>
    </message>
    <message>
        <location filename="../../ui/sections/catalog.py" line="15"/>
        <source>Votre compte formation, les dispositifs qui peuvent vous aider, et vos rappels.</source>
        <translation>Your training account, the schemes that can help you, and your reminders.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/catalog.py" line="19"/>
        <source>Rien ici pour l&apos;instant. Ajoutez le solde de votre CPF tel que vous le lisez sur moncompteformation.gouv.fr, ou un rappel pour votre prochain entretien de parcours professionnel.</source>
        <translation>Nothing here yet. Add your CPF balance as you read it on moncompteformation.gouv.fr, or a reminder for your next career path interview.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/catalog.py" line="28"/>
        <source>Compétences</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location filename="../../ui/sections/catalog.py" line="31"/>
        <source>Ce que vous savez faire, avec votre niveau.</source>
        <translation>What you can do, and how well.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/catalog.py" line="32"/>
        <source>Aucune compétence pour l&apos;instant. Ajoutez ce que vous savez faire, avec vos mots : « accueillir le public », « conduire un chariot élévateur »…</source>
        <translation>No skills yet. Add what you can do, in your own words: “welcoming the public”, “driving a forklift truck”…</translation>
    </message>
    <message>
        <location filename="../../ui/sections/catalog.py" line="43"/>
        <source>Parcours</source>
        <translation>Path</translation>
    </message>
    <message>
        <location filename="../../ui/sections/catalog.py" line="46"/>
        <source>Vos emplois, formations, engagements et certifications, du plus récent au plus ancien.</source>
        <translation>Your jobs, training, commitments and certifications, newest first.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/catalog.py" line="50"/>
        <source>Votre parcours est vide. Ajoutez votre emploi actuel ou le dernier, puis remontez le temps. Le bénévolat et les activités personnelles comptent aussi.</source>
        <translation>Your path is empty. Add your current or last job, then go back in time. Volunteering and personal activities count too.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/catalog.py" line="59"/>
        <source>Projets</source>
        <translation>Projects</translation>
    </message>
    <message>
        <location filename="../../ui/sections/catalog.py" line="62"/>
        <source>Le métier que vous visez et les étapes pour y arriver.</source>
        <translation>The occupation you aim for and the steps to get there.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/catalog.py" line="63"/>
        <source>Pas encore de projet. Notez une idée de métier, même vague : vous pourrez la préciser étape par étape.</source>
        <translation>No project yet. Write down an idea of an occupation, even a vague one: you can make it precise step by step.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/catalog.py" line="73"/>
        <source>Réseau</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../ui/sections/catalog.py" line="76"/>
        <source>Les personnes et les structures qui peuvent vous aider, et vos échanges avec elles.</source>
        <translation>The people and organisations who can help you, and your exchanges with them.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/catalog.py" line="80"/>
        <source>Votre réseau est vide. Ajoutez votre conseillère ou conseiller, un ancien collègue, une association : chaque contact compte.</source>
        <translation>Your network is empty. Add your advisor, a former colleague, an association: every contact counts.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/catalog.py" line="88"/>
        <source>Attestations</source>
        <translation>Attestations</translation>
    </message>
    <message>
        <location filename="../../ui/sections/catalog.py" line="91"/>
        <source>Ce qu&apos;un employeur, un formateur ou un conseiller a signé pour vous.</source>
        <translation>What an employer, a trainer or an advisor has signed for you.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/catalog.py" line="94"/>
        <source>Aucune attestation signée pour l&apos;instant. Une attestation confirme une compétence ou une expérience, signée par quelqu&apos;un qui vous a vu faire. Pour en demander une : ouvrez la fiche (dans Compétences ou Parcours), puis « Demander une attestation… ». Le fichier signé que vous recevez s&apos;importe ici.</source>
        <translation>No signed attestation yet. An attestation confirms a skill or an experience, signed by someone who saw you do it. To ask for one: open the record (in Skills or Path), then « Ask for an attestation… ». The signed file you receive is imported here.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/catalog.py" line="99"/>
        <source>Importer une attestation reçue…</source>
        <translation>Import an attestation you received…</translation>
    </message>
    <message>
        <location filename="../../ui/sections/catalog.py" line="103"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/sections/catalog.py" line="106"/>
        <source>Votre journal : idées, comptes rendus, questions à poser.</source>
        <translation>Your journal: ideas, meeting notes, questions to ask.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/catalog.py" line="109"/>
        <source>Aucune note. Notez ici ce que vous voulez garder en tête.</source>
        <translation>No notes. Write down here what you want to keep in mind.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/catalog.py" line="116"/>
        <source>Candidatures</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location filename="../../ui/sections/catalog.py" line="119"/>
        <source>Les postes auxquels vous répondez : l&apos;annonce, où vous en êtes, et la prochaine action.</source>
        <translation>The jobs you apply for: the ad, where you stand, and the next action.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/catalog.py" line="123"/>
        <source>Aucune candidature pour l&apos;instant. Ajoutez-en une et collez le texte de l&apos;annonce : il reste sur cet ordinateur.</source>
        <translation>No application yet. Add one and paste the ad&apos;s text: it stays on this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/share_view.py" line="47"/>
        <source>Partager</source>
        <translation>Share</translation>
    </message>
    <message>
        <location filename="../../ui/sections/share_view.py" line="51"/>
        <source>Un profil de partage dit ce qui sort, pour qui et sous quelle forme. Choisissez-en un (ou aucun, pour les réglages prudents), puis exportez ou imprimez. Chaque partage est noté ici.</source>
        <translation>A share profile says what leaves, for whom and in which form. Pick one (or none, for the careful defaults), then export or print. Every share is noted here.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/share_view.py" line="55"/>
        <source>Aucun profil et rien de partagé pour l&apos;instant. Ajoutez un profil, par exemple « Recruteur » ou « Conseillère CEP ».</source>
        <translation>No profile and nothing shared yet. Add a profile, for example “Recruiter” or “CEP advisor”.</translation>
    </message>
    <message>
        <location filename="../../ui/sections/documents_view.py" line="32"/>
        <source>Aucun document. Cliquez sur « Ajouter un document » ou faites glisser un fichier ici : PDF, image, texte ou document de traitement de texte.</source>
        <translation>No documents. Click “Add a document” or drag a file here: PDF, image, text or word-processor document.</translation>
    </message>
</context>
<context>
    <name>share</name>
    <message>
        <location filename="../../ui/sections/share_view.py" line="63"/>
        <source>CV (PDF)</source>
        <translation>CV (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/sections/share_view.py" line="65"/>
        <source>Portfolio de compétences (PDF)</source>
        <translation>Skills portfolio (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/sections/share_view.py" line="70"/>
        <source>Fiche pour le rendez-vous (PDF)</source>
        <translation>Meeting brief (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/sections/share_view.py" line="74"/>
        <source>CV modifiable (Word)</source>
        <translation>Editable CV (Word)</translation>
    </message>
    <message>
        <location filename="../../ui/sections/share_view.py" line="75"/>
        <source>JSON Resume</source>
        <translation>JSON Resume</translation>
    </message>
    <message>
        <location filename="../../ui/sections/share_view.py" line="77"/>
        <source>CV Europass (XML)</source>
        <translation>Europass CV (XML)</translation>
    </message>
    <message>
        <location filename="../../ui/share_options_dialog.py" line="30"/>
        <source>Présentation</source>
        <translation>About me</translation>
    </message>
    <message>
        <location filename="../../ui/share_options_dialog.py" line="31"/>
        <source>Expérience professionnelle</source>
        <translation>Work experience</translation>
    </message>
    <message>
        <location filename="../../ui/share_options_dialog.py" line="32"/>
        <source>Formation</source>
        <translation>Education</translation>
    </message>
    <message>
        <location filename="../../ui/share_options_dialog.py" line="33"/>
        <source>Certifications</source>
        <translation>Certifications</translation>
    </message>
    <message>
        <location filename="../../ui/share_options_dialog.py" line="34"/>
        <source>Compétences</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location filename="../../ui/share_options_dialog.py" line="35"/>
        <source>Langues</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../ui/share_options_dialog.py" line="36"/>
        <source>Bénévolat</source>
        <translation>Volunteering</translation>
    </message>
    <message>
        <location filename="../../ui/share_options_dialog.py" line="37"/>
        <source>Projets personnels</source>
        <translation>Personal projects</translation>
    </message>
    <message>
        <location filename="../../ui/share_options_dialog.py" line="38"/>
        <source>Distinctions</source>
        <translation>Awards</translation>
    </message>
    <message>
        <location filename="../../ui/share_options_dialog.py" line="39"/>
        <source>Publications</source>
        <translation>Publications</translation>
    </message>
    <message>
        <location filename="../../ui/share_options_dialog.py" line="40"/>
        <source>Centres d&apos;intérêt</source>
        <translation>Interests</translation>
    </message>
    <message>
        <location filename="../../ui/share_options_dialog.py" line="41"/>
        <source>Informations complémentaires</source>
        <translation>Additional information</translation>
    </message>
    <message>
        <location filename="../../ui/share_options_dialog.py" line="42"/>
        <source>Attestations signées</source>
        <translation>Signed attestations</translation>
    </message>
    <message>
        <location filename="../../ui/share_options_dialog.py" line="43"/>
        <source>Références (noms de personnes)</source>
        <translation>References (names of people)</translation>
    </message>
    <message>
        <location filename="../../ui/share_options_dialog.py" line="44"/>
        <source>Candidatures en cours (fiche et rendez-vous seulement)</source>
        <translation>Applications in progress (brief and meeting only)</translation>
    </message>
    <message>
        <location filename="../../ui/share_options_dialog.py" line="49"/>
        <source>Masquer l&apos;adresse</source>
        <translation>Hide the address</translation>
    </message>
    <message>
        <location filename="../../ui/share_options_dialog.py" line="50"/>
        <source>Masquer la date de naissance</source>
        <translation>Hide the date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/share_options_dialog.py" line="51"/>
        <source>Masquer le téléphone</source>
        <translation>Hide the phone number</translation>
    </message>
    <message>
        <location filename="../../ui/share_options_dialog.py" line="52"/>
        <source>Masquer l&apos;adresse électronique</source>
        <translation>Hide the e-mail address</translation>
    </message>
    <message>
        <location filename="../../ui/share_options_dialog.py" line="53"/>
        <source>Masquer la photo</source>
        <translation>Hide the photo</translation>
    </message>
    <message>
        <location filename="../../ui/share_options_dialog.py" line="54"/>
        <source>Masquer le site web et les profils (LinkedIn, GitHub…)</source>
        <translation>Hide the website and profiles (LinkedIn, GitHub…)</translation>
    </message>
    <message>
        <location filename="../../ui/share_options_dialog.py" line="55"/>
        <source>Masquer la reconnaissance de handicap (RQTH)</source>
        <translation>Hide the disability recognition (RQTH)</translation>
    </message>
    <message>
        <location filename="../../ui/vault_service.py" line="305"/>
        <source>Enregistrement de « %1 »…</source>
        <translation>Saving “%1”…</translation>
    </message>
</context>
<context>
    <name>sync</name>
    <message>
        <location filename="../../ui/sync_conflicts_dialog.py" line="45"/>
        <source>(vide)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../ui/vault_service.py" line="595"/>
        <source>Synchronisation…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../../ui/sync_text.py" line="27"/>
        <source>aujourd&apos;hui à %1</source>
        <translation>today at %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_text.py" line="29"/>
        <source>hier à %1</source>
        <translation>yesterday at %1</translation>
    </message>
    <message>
        <location filename="../../ui/sync_text.py" line="31"/>
        <source>le %1 à %2</source>
        <translation>on %1 at %2</translation>
    </message>
    <message>
        <location filename="../../ui/sync_text.py" line="38"/>
        <source>Cet ordinateur (%1) : synchronisé %2</source>
        <translation>This computer (%1): synced %2</translation>
    </message>
    <message>
        <location filename="../../ui/sync_text.py" line="42"/>
        <source>Cet ordinateur (%1) : pas encore synchronisé</source>
        <translation>This computer (%1): not synced yet</translation>
    </message>
    <message>
        <location filename="../../ui/sync_text.py" line="47"/>
        <source>un autre ordinateur</source>
        <translation>another computer</translation>
    </message>
    <message>
        <location filename="../../ui/sync_text.py" line="49"/>
        <source>%1 : ses changements repris %2</source>
        <translation>%1: its changes taken in %2</translation>
    </message>
    <message>
        <location filename="../../ui/sync_text.py" line="65"/>
        <source>%1 fiche ajoutée</source>
        <translation>%1 record added</translation>
    </message>
    <message>
        <location filename="../../ui/sync_text.py" line="66"/>
        <source>%1 fiches ajoutées</source>
        <translation>%1 records added</translation>
    </message>
    <message>
        <location filename="../../ui/sync_text.py" line="70"/>
        <source>%1 modifiée</source>
        <translation>%1 changed</translation>
    </message>
    <message>
        <location filename="../../ui/sync_text.py" line="71"/>
        <source>%1 modifiées</source>
        <translation>%1 changed</translation>
    </message>
    <message>
        <location filename="../../ui/sync_text.py" line="75"/>
        <source>%1 mise à la corbeille</source>
        <translation>%1 moved to the trash</translation>
    </message>
    <message>
        <location filename="../../ui/sync_text.py" line="76"/>
        <source>%1 mises à la corbeille</source>
        <translation>%1 moved to the trash</translation>
    </message>
    <message>
        <location filename="../../ui/sync_text.py" line="83"/>
        <source>Repris de %1 : %2.</source>
        <translation>Taken in from %1: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/sync_text.py" line="85"/>
        <source>rien de nouveau</source>
        <translation>nothing new</translation>
    </message>
    <message>
        <location filename="../../ui/sync_text.py" line="88"/>
        <source>Votre musette est à jour dans le dossier ; rien de nouveau à reprendre.</source>
        <translation>Your Musette file is up to date in the folder; nothing new to take in.</translation>
    </message>
</context>
<context>
    <name>wizards</name>
    <message>
        <location filename="../../ui/wizards/__init__.py" line="80"/>
        <source>Découvrir ce que je sais faire</source>
        <translation>Discover what I can do</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/__init__.py" line="81"/>
        <source>Les listes de Diagoriente et de France Travail ne sont pas installées sur cet ordinateur. Elles s&apos;ajoutent avec : musette reference import DOSSIER_ROME</source>
        <translation>Diagoriente&apos;s and France Travail&apos;s lists are not installed on this computer. They are added with: musette reference import ROME_FOLDER</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/__init__.py" line="87"/>
        <source>Explorer des métiers</source>
        <translation>Explore jobs</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/__init__.py" line="88"/>
        <source>Le répertoire des métiers de France Travail n&apos;est pas installé sur cet ordinateur. Il s&apos;ajoute avec : musette reference import DOSSIER_ROME</source>
        <translation>France Travail&apos;s job directory is not installed on this computer. It is added with: musette reference import ROME_FOLDER</translation>
    </message>
</context>
</TS>
