<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups of {name}</source>
        <translation>Sauvegardes de {name}</translation>
    </message>
    <message>
        <source>Kept in {folder}</source>
        <translation>Conservées dans {folder}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Structures</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Read-only: {reason}</source>
        <translation>Lecture seule : {reason}</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Restaurer cette sauvegarde ?</translation>
    </message>
    <message>
        <source>The file will go back to its state of {date}. Its current state is backed up first, so you can come back to it.</source>
        <translation>Le fichier va revenir à son état du {date}. Son état actuel est d&apos;abord sauvegardé : vous pourrez y revenir.</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>Impossible de restaurer la sauvegarde</translation>
    </message>
    <message>
        <source>Backup of {date} restored.</source>
        <translation>Sauvegarde du {date} restaurée.</translation>
    </message>
</context>
<context>
    <name>Codes</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Circulated</source>
        <translation>Diffusé</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Remplacée</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Caduque</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Filière</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Premier contact</translation>
    </message>
    <message>
        <source>Referent</source>
        <translation>Référent·e</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Compte rendu</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Projects followed by stage</source>
        <translation>Projets suivis par étape</translation>
    </message>
    <message>
        <source>Meetings held by instance</source>
        <translation>Réunions tenues par instance</translation>
    </message>
    <message>
        <source>Projects followed</source>
        <translation>Projets suivis</translation>
    </message>
    <message>
        <source>Case log entries</source>
        <translation>Entrées du suivi</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>Funding requests</source>
        <translation>Demandes de financement</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>Organisations in the directory</source>
        <translation>Structures de l&apos;annuaire</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Interlocuteurs</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>File: {path}</source>
        <translation>Fichier : {path}</translation>
    </message>
    <message>
        <source>This year: computing the figures…</source>
        <translation>Cette année : calcul des chiffres…</translation>
    </message>
    <message>
        <source>Key figures, {period}</source>
        <translation>Chiffres clés, {period}</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>What this territory file holds today.</source>
        <translation>Ce que contient aujourd&apos;hui ce fichier de territoire.</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Last changed {when} by {who}</source>
        <translation>Modifié le {when} par {who}</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Select a row in the list to see its details here.</source>
        <translation>Sélectionnez une ligne de la liste pour afficher sa fiche ici.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>MunicipalESS territories (*.municipaless *.sqlite)</source>
        <translation>Territoires MunicipalESS (*.municipaless *.sqlite)</translation>
    </message>
    <message>
        <source>Open a territory file</source>
        <translation>Ouvrir un fichier de territoire</translation>
    </message>
    <message>
        <source>New territory file</source>
        <translation>Nouveau fichier de territoire</translation>
    </message>
    <message>
        <source>The file could not be opened</source>
        <translation>Impossible d&apos;ouvrir le fichier</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Sigle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Legal status</source>
        <translation>Statut juridique</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <source>RNA number</source>
        <translation>N° RNA</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Commune (INSEE code)</source>
        <translation>Commune (code INSEE)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Portable</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Filières</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Filière</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Civility</source>
        <translation>Civilité</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Motif de clôture</translation>
    </message>
    <message>
        <source>Jobs planned</source>
        <translation>Emplois prévus</translation>
    </message>
    <message>
        <source>Jobs created</source>
        <translation>Emplois créés</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Premier contact</translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation>Date de création</translation>
    </message>
    <message>
        <source>Referent</source>
        <translation>Référent·e</translation>
    </message>
    <message>
        <source>Local challenges</source>
        <translation>Enjeux du territoire</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Duration (min)</source>
        <translation>Durée (min)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Lien de visio</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Approuvé le</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Who (person)</source>
        <translation>Qui (personne)</translation>
    </message>
    <message>
        <source>Who (organisation)</source>
        <translation>Qui (structure)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Pour le</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Fait le</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Where to keep the copy</source>
        <translation>Où enregistrer la copie</translation>
    </message>
    <message>
        <source>Damaged file</source>
        <translation>Fichier endommagé</translation>
    </message>
    <message>
        <source>{reason}

No automatic backup of this file was found.</source>
        <translation>{reason}

Aucune sauvegarde automatique de ce fichier n&apos;a été trouvée.</translation>
    </message>
    <message>
        <source>{reason}

Restore the backup of {date} ({why})? The damaged file is kept beside it, renamed.</source>
        <translation>{reason}

Restaurer la sauvegarde du {date} ({why}) ? Le fichier endommagé est conservé à côté, renommé.</translation>
    </message>
    <message>
        <source>{reason}

The damage touches the lists themselves ({error}): the file cannot be shown. Its backups are listed by File ▸ Backups… once another file is open.</source>
        <translation>{reason}

Les dégâts touchent les listes elles-mêmes ({error}) : le fichier ne peut pas être affiché. Ses sauvegardes sont dans Fichier ▸ Sauvegardes… une fois un autre fichier ouvert.</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sauvegardes…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Send a copy…</source>
        <translation>&amp;Envoyer une copie…</translation>
    </message>
    <message>
        <source>Read-only: {reason}</source>
        <translation>Lecture seule : {reason}</translation>
    </message>
    <message>
        <source>the file was opened read-only</source>
        <translation>le fichier a été ouvert en lecture seule</translation>
    </message>
    <message>
        <source>Send a copy</source>
        <translation>Envoyer une copie</translation>
    </message>
    <message>
        <source>The copy could not be written</source>
        <translation>Impossible d&apos;écrire la copie</translation>
    </message>
    <message>
        <source>Copy written</source>
        <translation>Copie écrite</translation>
    </message>
    <message>
        <source>The copy is in {path}. It has its own identity: when your colleague sends it back, File ▸ Merge brings their changes in without losing yours.</source>
        <translation>La copie est dans {path}. Elle a sa propre identité : quand votre collègue vous la renverra, Fichier ▸ Fusionner intégrera ses modifications sans perdre les vôtres.</translation>
    </message>
    <message>
        <source>A colleague took over this file at {time}: your changes are still saved, but reload records before editing them.</source>
        <translation>Un collègue a repris la main sur ce fichier le {time} : vos modifications restent enregistrées, mais rechargez les fiches avant de les modifier.</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New file…</source>
        <translation>&amp;Nouveau fichier…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Recent &amp;files</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>Open the &amp;demonstration territory</source>
        <translation>Ouvrir le territoire de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About MunicipalESS</source>
        <translation>À &amp;propos de MunicipalESS</translation>
    </message>
    <message>
        <source>{name} (not found)</source>
        <translation>{name} (introuvable)</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Vider la liste</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>About MunicipalESS</source>
        <translation>À propos de MunicipalESS</translation>
    </message>
    <message>
        <source>MunicipalESS {version}

For the social and solidarity economy officer of a commune: project holders, directory, meetings and activity reports, offline.</source>
        <translation>MunicipalESS {version}

Pour la ou le chargé·e de mission économie sociale et solidaire d&apos;une commune : porteurs de projets, annuaire, réunions et bilans d&apos;activité, hors ligne.</translation>
    </message>
</context>
<context>
    <name>FileStatusBar</name>
    <message>
        <source>Backup: {when}</source>
        <translation>Sauvegarde : {when}</translation>
    </message>
    <message>
        <source>No file open</source>
        <translation>Aucun fichier ouvert</translation>
    </message>
    <message>
        <source>Read-only — {reason}</source>
        <translation>Lecture seule — {reason}</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Local</translation>
    </message>
    <message>
        <source>Updated from format {old} (backup: {backup})</source>
        <translation>Mis à jour depuis le format {old} (sauvegarde : {backup})</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Organisations</source>
        <translation>Structures</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Case log entries</source>
        <translation>Entrées du suivi</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Case log entry</source>
        <translation>Entrée du suivi</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <source>File already open</source>
        <translation>Fichier déjà ouvert</translation>
    </message>
    <message>
        <source>The program that opened it on this computer is no longer running: you can safely take over.</source>
        <translation>Le programme qui l&apos;a ouvert sur cet ordinateur ne tourne plus : vous pouvez reprendre la main sans risque.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Open a copy…</source>
        <translation>Ouvrir une copie…</translation>
    </message>
    <message>
        <source>Take over</source>
        <translation>Reprendre la main</translation>
    </message>
    <message>
        <source>Take over the file?</source>
        <translation>Reprendre la main sur le fichier ?</translation>
    </message>
    <message>
        <source>{holder}

If this colleague is still working on it, you will both edit the same file: changes will not be lost, but each of you may have to reload records the other changed. Take over only if you are sure they closed it (for example after their computer crashed).</source>
        <translation>{holder}

Si ce collègue y travaille encore, vous modifierez tous deux le même fichier : rien ne sera perdu, mais chacun devra peut-être recharger les fiches modifiées par l&apos;autre. Ne reprenez la main que si vous êtes sûr qu&apos;il l&apos;a fermé (par exemple après une panne de son ordinateur).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Organisations</source>
        <translation>Structures</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Project holders &amp; projects</source>
        <translation>Porteurs &amp; projets</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>The file could not be opened: {error}</source>
        <translation>Impossible d&apos;ouvrir le fichier : {error}</translation>
    </message>
    <message>
        <source>The backup could not be opened</source>
        <translation>Impossible d&apos;ouvrir la sauvegarde</translation>
    </message>
    <message>
        <source>backup of {date}</source>
        <translation>sauvegarde du {date}</translation>
    </message>
    <message>
        <source>The file could not be created</source>
        <translation>Impossible de créer le fichier</translation>
    </message>
    <message>
        <source>The demonstration could not be prepared</source>
        <translation>Impossible de préparer la démonstration</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Merge a colleague&apos;s copy</source>
        <translation>Fusionner la copie d&apos;un collègue</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>La mienne</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>La sienne</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>L&apos;originale</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>&amp;Merge a colleague&apos;s copy…</source>
        <translation>&amp;Fusionner la copie d&apos;un collègue…</translation>
    </message>
    <message>
        <source>Choose the colleague&apos;s copy</source>
        <translation>Choisir la copie du collègue</translation>
    </message>
    <message>
        <source>The backup before merging failed ({error}): nothing was merged.</source>
        <translation>La sauvegarde avant la fusion a échoué ({error}) : rien n&apos;a été fusionné.</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>new project holders</source>
        <translation>nouveaux porteurs accueillis</translation>
    </message>
    <message>
        <source>project holders supported</source>
        <translation>porteurs accompagnés</translation>
    </message>
    <message>
        <source>projects followed</source>
        <translation>projets suivis</translation>
    </message>
    <message>
        <source>referrals</source>
        <translation>orientations</translation>
    </message>
    <message>
        <source>taken on by the structure</source>
        <translation>taux de prise en charge</translation>
    </message>
    <message>
        <source>funding obtained</source>
        <translation>financements obtenus</translation>
    </message>
    <message>
        <source>leverage of the commune&apos;s euro</source>
        <translation>effet levier de l&apos;euro communal</translation>
    </message>
    <message>
        <source>structures created</source>
        <translation>structures créées</translation>
    </message>
    <message>
        <source>jobs created</source>
        <translation>emplois créés</translation>
    </message>
    <message>
        <source>meetings held</source>
        <translation>réunions tenues</translation>
    </message>
    <message>
        <source>Key figures, {period} (compared with {previous})</source>
        <translation>Chiffres clés, {period} (comparaison : {previous})</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Export finished</source>
        <translation>Export terminé</translation>
    </message>
    <message>
        <source>The activity report was written to {path}.</source>
        <translation>Le bilan d&apos;activité a été écrit dans {path}.</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>Ouvrir le fichier</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Activity report</source>
        <translation>Bilan d&apos;activité</translation>
    </message>
    <message>
        <source>The council&apos;s activity report: people welcomed, projects, referrals, funding, jobs, meetings, compared with the previous period. Anonymised by default: no names, counts under 3 people shown as “&lt; 3”.</source>
        <translation>Le bilan d&apos;activité pour le conseil : porteurs accueillis, projets, orientations, financements, emplois, réunions, comparés à la période précédente. Anonymisé par défaut : aucun nom, effectifs de moins de 3 personnes affichés « &lt; 3 ».</translation>
    </message>
    <message>
        <source>Preview the key figures</source>
        <translation>Aperçu des chiffres clés</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>First semester</source>
        <translation>Premier semestre</translation>
    </message>
    <message>
        <source>Second semester</source>
        <translation>Second semestre</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Dates au choix</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>All communes</source>
        <translation>Toutes les communes</translation>
    </message>
    <message>
        <source>Only the communes ticked below</source>
        <translation>Seulement les communes cochées ci-dessous</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Nominative annex (restricted use)</source>
        <translation>Annexe nominative (diffusion restreinte)</translation>
    </message>
    <message>
        <source>Adds the list of projects with their holders&apos; names: do not circulate it.</source>
        <translation>Ajoute la liste des projets avec le nom de leurs porteurs : à ne pas diffuser.</translation>
    </message>
    <message>
        <source>Invalid period</source>
        <translation>Période invalide</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The report could not be written</source>
        <translation>Le bilan n&apos;a pas pu être écrit</translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation>Calcul des chiffres…</translation>
    </message>
    <message>
        <source>Export the activity report</source>
        <translation>Exporter le bilan d&apos;activité</translation>
    </message>
    <message>
        <source>Writing the activity report…</source>
        <translation>Écriture du bilan d&apos;activité…</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search everywhere (Ctrl+K)</source>
        <translation>Rechercher partout (Ctrl+K)</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <source>No results</source>
        <translation>Aucun résultat</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>No territory file is open</source>
        <translation>Aucun fichier de territoire n&apos;est ouvert</translation>
    </message>
    <message>
        <source>Open the territory file your colleagues share with you, create a new one, or try the app on the demonstration territory.</source>
        <translation>Ouvrez le fichier de territoire que vos collègues partagent avec vous, créez-en un nouveau, ou découvrez l&apos;application sur le territoire de démonstration.</translation>
    </message>
    <message>
        <source>Open a file…</source>
        <translation>Ouvrir un fichier…</translation>
    </message>
    <message>
        <source>New file…</source>
        <translation>Nouveau fichier…</translation>
    </message>
    <message>
        <source>Open the demonstration territory</source>
        <translation>Ouvrir le territoire de démonstration</translation>
    </message>
</context>
</TS>
