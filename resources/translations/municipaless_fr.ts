<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <source>The file could not be created</source>
        <translation>Impossible de créer le fichier</translation>
    </message>
    <message>
        <source>The demonstration could not be prepared</source>
        <translation>Impossible de préparer la démonstration</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Coming soon: the annual activity report (bilan d&apos;activité) for the elected officials, the list of projects followed and their outcomes, funding leveraged, and meeting minutes, exported to Word, Excel, LibreOffice, PDF or CSV. Council exports are anonymised by default.</source>
        <translation>Bientôt ici : le bilan d&apos;activité annuel pour les élus, la liste des projets suivis et leurs suites, les financements obtenus et les relevés de décisions des réunions, à exporter en Word, Excel, LibreOffice, PDF ou CSV. Les exports pour le conseil sont anonymisés par défaut.</translation>
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
