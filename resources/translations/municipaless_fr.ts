<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccessDialog</name>
    <message>
        <source>Everything we hold on this person</source>
        <translation>Tout ce que nous détenons sur cette personne</translation>
    </message>
    <message>
        <source>Answer to a request of access (GDPR art. 15): a document to read and a ZIP (JSON and CSV) with every record of the file about {name}.</source>
        <translation>Réponse à une demande d&apos;accès (RGPD, art. 15) : un document à lire et un ZIP (JSON et CSV) avec toutes les fiches du fichier qui concernent {name}.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Also write the machine-readable copy (ZIP)</source>
        <translation>Écrire aussi la copie lisible par machine (ZIP)</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>This folder does not exist.</source>
        <translation>Ce dossier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Written: {names}.</source>
        <translation>Écrits : {names}.</translation>
    </message>
</context>
<context>
    <name>ActionBar</name>
    <message>
        <source>More actions</source>
        <translation>Plus d’actions</translation>
    </message>
</context>
<context>
    <name>ActionForm</name>
    <message>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Who (a person, a structure or a name)</source>
        <translation>Qui (une personne, une structure ou un nom)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>or typed free, e.g. “Economic development”</source>
        <translation>ou saisi librement, par exemple « Service développement économique »</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
</context>
<context>
    <name>ActionItemsPanel</name>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>New action…</source>
        <translation>Nouvelle action…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Actions ({count})</source>
        <translation>Actions ({count})</translation>
    </message>
    <message>
        <source>Choose an agenda item first.</source>
        <translation>Choisissez d&apos;abord un point de l&apos;ordre du jour.</translation>
    </message>
    <message>
        <source>these actions</source>
        <translation>ces actions</translation>
    </message>
</context>
<context>
    <name>ActionItemsView</name>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>All instances</source>
        <translation>Toutes les instances</translation>
    </message>
    <message>
        <source>Words of the action</source>
        <translation>Mots de l&apos;action</translation>
    </message>
    <message>
        <source>Closed ones too</source>
        <translation>Closes aussi</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>Carry again…</source>
        <translation>Reporter…</translation>
    </message>
    <message>
        <source>Open the meeting</source>
        <translation>Ouvrir la réunion</translation>
    </message>
    <message>
        <source>Follow-up workbook (Excel)…</source>
        <translation>Classeur de suivi (Excel)…</translation>
    </message>
    <message>
        <source>{count} action(s) shown, {overdue} overdue</source>
        <translation>{count} action(s) affichée(s), dont {overdue} en retard</translation>
    </message>
    <message>
        <source>Export the actions follow-up</source>
        <translation>Exporter le suivi des actions</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>Décidée en</translation>
    </message>
</context>
<context>
    <name>AffiliationDialog</name>
    <message>
        <source>Job</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>e.g. project officer</source>
        <translation>ex. chargée de mission</translation>
    </message>
    <message>
        <source>Professional e-mail</source>
        <translation>E-mail professionnel</translation>
    </message>
    <message>
        <source>Professional phone</source>
        <translation>Téléphone professionnel</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La date de fin précède la date de début.</translation>
    </message>
</context>
<context>
    <name>AffiliationsEditor</name>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Add a job…</source>
        <translation>Ajouter une fonction…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>End…</source>
        <translation>Terminer…</translation>
    </message>
    <message>
        <source>The person left this structure: the job stays in their history.</source>
        <translation>La personne a quitté cette structure : la fonction reste dans son historique.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Only for a line typed by mistake; when someone leaves, use End.</source>
        <translation>Seulement pour une ligne saisie par erreur ; quand la personne part, utilisez Terminer.</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>New item: type its title, then Enter</source>
        <translation>Nouveau point : saisissez son intitulé, puis Entrée</translation>
    </message>
    <message>
        <source>Move up (Ctrl+Up)</source>
        <translation>Monter (Ctrl+Haut)</translation>
    </message>
    <message>
        <source>Move down (Ctrl+Down)</source>
        <translation>Descendre (Ctrl+Bas)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Who presents it</source>
        <translation>Qui le présente</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Durée prévue</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Intervenant</translation>
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
        <source>{count} items · {minutes} min planned</source>
        <translation>{count} points · {minutes} min prévues</translation>
    </message>
    <message>
        <source>No agenda yet: add its items below.</source>
        <translation>Pas encore d&apos;ordre du jour : ajoutez ses points ci-dessous.</translation>
    </message>
    <message>
        <source>Choose an agenda item first.</source>
        <translation>Choisissez d&apos;abord un point de l&apos;ordre du jour.</translation>
    </message>
</context>
<context>
    <name>AttendanceForm</name>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Represented by</source>
        <translation>Représenté par</translation>
    </message>
    <message>
        <source>Structure represented</source>
        <translation>Structure représentée</translation>
    </message>
</context>
<context>
    <name>AttendanceTable</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Présent</translation>
    </message>
    <message>
        <source>&amp;Excused</source>
        <translation>&amp;Excusé</translation>
    </message>
    <message>
        <source>&amp;Represented…</source>
        <translation>&amp;Représenté…</translation>
    </message>
    <message>
        <source>&amp;Absent</source>
        <translation>&amp;Absent</translation>
    </message>
    <message>
        <source>Key {key} in the list</source>
        <translation>Touche {key} dans la liste</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>Inviter</translation>
    </message>
    <message>
        <source>or a name typed free</source>
        <translation>ou un nom saisi librement</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>{status} by {who}</source>
        <translation>{status} par {who}</translation>
    </message>
    <message>
        <source>Invite someone of the directory…</source>
        <translation>Inviter une personne de l&apos;annuaire…</translation>
    </message>
    <message>
        <source>{count} invited</source>
        <translation>{count} invités</translation>
    </message>
    <message>
        <source>{count} invitee</source>
        <translation>{count} invité</translation>
    </message>
    <message>
        <source>{count} present</source>
        <translation>{count} présent(s)</translation>
    </message>
    <message>
        <source>{count} excused</source>
        <translation>{count} excusé(s)</translation>
    </message>
    <message>
        <source>{count} represented</source>
        <translation>{count} représenté(s)</translation>
    </message>
    <message>
        <source>{count} absent</source>
        <translation>{count} absent(s)</translation>
    </message>
    <message>
        <source>{count} not marked yet</source>
        <translation>{count} sans présence relevée</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>atteint</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>non atteint</translation>
    </message>
    <message>
        <source>Quorum: {present} of {required} required — {state}</source>
        <translation>Quorum : {present} sur {required} requis — {state}</translation>
    </message>
    <message>
        <source>(instance&apos;s quorum: {rule}; invited: {invited})</source>
        <translation>(quorum de l&apos;instance : {rule} ; invités : {invited})</translation>
    </message>
</context>
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
        <source>Backups of this file</source>
        <translation>Sauvegardes de ce fichier</translation>
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
    <name>CalendarPopup</name>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>CallDetail</name>
    <message>
        <source>Edit the call…</source>
        <translation>Modifier l&apos;appel…</translation>
    </message>
    <message>
        <source>Delete the call</source>
        <translation>Supprimer l&apos;appel</translation>
    </message>
    <message>
        <source>Rules of the call</source>
        <translation>Règlement de l&apos;appel</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règlement</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <source>Choose a call in the list, or create one.</source>
        <translation>Choisissez un appel dans la liste, ou créez-en un.</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Notation</translation>
    </message>
    <message>
        <source>Jury and decisions</source>
        <translation>Jury et décisions</translation>
    </message>
    <message>
        <source>deadline {date}</source>
        <translation>date limite le {date}</translation>
    </message>
    <message>
        <source>envelope {total}: {committed} committed, {left} remaining</source>
        <translation>enveloppe de {total} : {committed} engagés, {left} restants</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>at least 1 partner</source>
        <translation>au moins 1 partenaire</translation>
    </message>
    <message>
        <source>at least {n} partners</source>
        <translation>au moins {n} partenaires</translation>
    </message>
    <message>
        <source>no partner required</source>
        <translation>aucun partenaire exigé</translation>
    </message>
    <message>
        <source>One category for every application.</source>
        <translation>Une seule catégorie pour toutes les candidatures.</translation>
    </message>
    <message>
        <source>Partners required in every category</source>
        <translation>Partenaires exigés dans toute catégorie</translation>
    </message>
    <message>
        <source>Ceiling per award</source>
        <translation>Plafond par lauréat</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Reste</translation>
    </message>
    <message>
        <source>Awards paid by</source>
        <translation>Aides versées par</translation>
    </message>
    <message>
        <source>Rules and envelope</source>
        <translation>Règles et enveloppe</translation>
    </message>
    <message>
        <source>Documents required</source>
        <translation>Pièces exigées</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Aucune.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>Lancement</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Date limite de dépôt</translation>
    </message>
    <message>
        <source>Jury</source>
        <translation>Jury</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>Scoring grid</source>
        <translation>Grille de notation</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Out of</source>
        <translation>Note sur</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>No criterion yet.</source>
        <translation>Aucun critère pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No member yet.</source>
        <translation>Aucun membre pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Local challenges</source>
        <translation>Enjeux du territoire</translation>
    </message>
</context>
<context>
    <name>CallForm</name>
    <message>
        <source>Call for projects</source>
        <translation>Appel à projets</translation>
    </message>
    <message>
        <source>New call for projects</source>
        <translation>Nouvel appel à projets</translation>
    </message>
    <message>
        <source>The call</source>
        <translation>L&apos;appel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Leave empty to take the proposed reference.</source>
        <translation>Laissez vide pour prendre la référence proposée.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Local challenges</source>
        <translation>Enjeux du territoire</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>Leave empty when the commune pays the awards.</source>
        <translation>Laissez vide quand la commune verse elle-même les aides.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règlement</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Minimum partners</source>
        <translation>Partenaires minimum</translation>
    </message>
    <message>
        <source>Add a category</source>
        <translation>Ajouter une catégorie</translation>
    </message>
    <message>
        <source>Partners required in every category</source>
        <translation>Partenaires exigés dans toute catégorie</translation>
    </message>
    <message>
        <source>Ceiling per award</source>
        <translation>Plafond par lauréat</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <source>Documents required</source>
        <translation>Pièces exigées</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>Ajouter une pièce</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>Lancement</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Date limite de dépôt</translation>
    </message>
    <message>
        <source>Jury</source>
        <translation>Jury</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>Scoring grid</source>
        <translation>Grille de notation</translation>
    </message>
    <message>
        <source>Criteria</source>
        <translation>Critères</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Out of</source>
        <translation>Note sur</translation>
    </message>
    <message>
        <source>What the jury looks at</source>
        <translation>Ce que le jury regarde</translation>
    </message>
    <message>
        <source>Add a criterion</source>
        <translation>Ajouter un critère</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
</context>
<context>
    <name>CallsPage</name>
    <message>
        <source>Calls for projects</source>
        <translation>Appels à projets</translation>
    </message>
    <message>
        <source>New call for projects…</source>
        <translation>Nouvel appel à projets…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Enjeu</translation>
    </message>
    <message>
        <source>All challenges</source>
        <translation>Tous les enjeux</translation>
    </message>
    <message>
        <source>Words of the title or reference</source>
        <translation>Mots du titre ou de la référence</translation>
    </message>
    <message>
        <source>No call for projects yet: write the first one with its categories, its calendar, its criteria and its jury.</source>
        <translation>Aucun appel à projets pour l&apos;instant : rédigez le premier avec ses catégories, son calendrier, ses critères et son jury.</translation>
    </message>
    <message>
        <source>{count} call(s)</source>
        <translation>{count} appel(s)</translation>
    </message>
    <message>
        <source>Delete the call</source>
        <translation>Supprimer l&apos;appel</translation>
    </message>
    <message>
        <source>Delete the call « {title} », its criteria and its jury? They go to the recycle bin and can be restored.</source>
        <translation>Supprimer l&apos;appel « {title} », ses critères et son jury ? Ils vont à la corbeille et peuvent être restaurés.</translation>
    </message>
</context>
<context>
    <name>CarryForm</name>
    <message>
        <source>Carry again</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>New due date</source>
        <translation>Nouvelle échéance</translation>
    </message>
</context>
<context>
    <name>CaseEventForm</name>
    <message>
        <source>New case log entry</source>
        <translation>Nouvelle entrée du suivi</translation>
    </message>
    <message>
        <source>Edit the case log entry</source>
        <translation>Modifier l&apos;entrée du suivi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Durée (minutes)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>People met</source>
        <translation>Personnes rencontrées</translation>
    </message>
    <message>
        <source>Structures involved</source>
        <translation>Structures impliquées</translation>
    </message>
</context>
<context>
    <name>Casework</name>
    <message>
        <source>No file is open.</source>
        <translation>Aucun fichier n&apos;est ouvert.</translation>
    </message>
</context>
<context>
    <name>ChallengeDetail</name>
    <message>
        <source>Pick a challenge in the list, or create one.</source>
        <translation>Choisissez un enjeu dans la liste, ou créez-en un.</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>e.g. Shared SSE diagnosis 2025</source>
        <translation>ex. Diagnostic partagé ESS 2025, CC du Val</translation>
    </message>
    <message>
        <source>A reference or a file path</source>
        <translation>Une référence ou le chemin d&apos;un fichier</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Diagnosis date</source>
        <translation>Date du diagnostic</translation>
    </message>
    <message>
        <source>Diagnosis source</source>
        <translation>Source du diagnostic</translation>
    </message>
    <message>
        <source>Diagnosis document</source>
        <translation>Document du diagnostic</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Dernière mesure</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédente</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Add an indicator…</source>
        <translation>Ajouter un indicateur…</translation>
    </message>
    <message>
        <source>Edit the indicator…</source>
        <translation>Modifier l&apos;indicateur…</translation>
    </message>
    <message>
        <source>Delete the indicator</source>
        <translation>Supprimer l&apos;indicateur</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Date of the measure</source>
        <translation>Date de la mesure</translation>
    </message>
    <message>
        <source>Value measured</source>
        <translation>Valeur mesurée</translation>
    </message>
    <message>
        <source>Source of the measure</source>
        <translation>Source de la mesure</translation>
    </message>
    <message>
        <source>Add the measure</source>
        <translation>Ajouter la mesure</translation>
    </message>
    <message>
        <source>Delete the measure</source>
        <translation>Supprimer la mesure</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Records carrying this challenge</source>
        <translation>Fiches liées à cet enjeu</translation>
    </message>
    <message>
        <source>Unarchive</source>
        <translation>Désarchiver</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>{value} on {date}</source>
        <translation>{value} au {date}</translation>
    </message>
    <message>
        <source>Measures of « {name} »</source>
        <translation>Mesures de « {name} »</translation>
    </message>
    <message>
        <source>Add an indicator, then its measures.</source>
        <translation>Ajoutez un indicateur, puis ses mesures.</translation>
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
        <source>Calls for projects</source>
        <translation>Appels à projets</translation>
    </message>
    <message>
        <source>Collectives</source>
        <translation>Collectifs</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>et {count} autres</translation>
    </message>
    <message>
        <source>The challenge could not be saved</source>
        <translation>L&apos;enjeu n&apos;a pas pu être enregistré</translation>
    </message>
    <message>
        <source>The challenge could not be archived</source>
        <translation>L&apos;enjeu n&apos;a pas pu être archivé</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Nouvel indicateur</translation>
    </message>
    <message>
        <source>The indicator could not be added</source>
        <translation>L&apos;indicateur n&apos;a pas pu être ajouté</translation>
    </message>
    <message>
        <source>Edit the indicator</source>
        <translation>Modifier l&apos;indicateur</translation>
    </message>
    <message>
        <source>The indicator could not be saved</source>
        <translation>L&apos;indicateur n&apos;a pas pu être enregistré</translation>
    </message>
    <message>
        <source>Delete « {name} » and its {count} measure(s)? They go to the trash.</source>
        <translation>Supprimer « {name} » et ses {count} mesure(s) ? Ils iront à la corbeille.</translation>
    </message>
    <message>
        <source>The indicator could not be deleted</source>
        <translation>L&apos;indicateur n&apos;a pas pu être supprimé</translation>
    </message>
    <message>
        <source>The measure could not be added</source>
        <translation>La mesure n&apos;a pas pu être ajoutée</translation>
    </message>
    <message>
        <source>The measure could not be deleted</source>
        <translation>La mesure n&apos;a pas pu être supprimée</translation>
    </message>
</context>
<context>
    <name>ChallengesPage</name>
    <message>
        <source>Challenges</source>
        <translation>Enjeux</translation>
    </message>
    <message>
        <source>Coverage matrix</source>
        <translation>Matrice de couverture</translation>
    </message>
    <message>
        <source>New challenge…</source>
        <translation>Nouvel enjeu…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>New challenge</source>
        <translation>Nouvel enjeu</translation>
    </message>
    <message>
        <source>Title of the challenge:</source>
        <translation>Intitulé de l&apos;enjeu :</translation>
    </message>
    <message>
        <source>The challenge could not be created</source>
        <translation>L&apos;enjeu n&apos;a pas pu être créé</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Enjeu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Projects {year}</source>
        <translation>Projets {year}</translation>
    </message>
    <message>
        <source>Granted {year}</source>
        <translation>Accordé {year}</translation>
    </message>
    <message>
        <source>{status} (archived)</source>
        <translation>{status} (archivé)</translation>
    </message>
    <message>
        <source>The challenge could not be moved</source>
        <translation>L&apos;enjeu n&apos;a pas pu être déplacé</translation>
    </message>
</context>
<context>
    <name>ChecklistField</name>
    <message>
        <source>The call asks for no document.</source>
        <translation>L&apos;appel n&apos;exige aucune pièce.</translation>
    </message>
</context>
<context>
    <name>CollectiveDetail</name>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Collective sheet…</source>
        <translation>Fiche collectif…</translation>
    </message>
    <message>
        <source>Print the collective sheet…</source>
        <translation>Imprimer la fiche collectif…</translation>
    </message>
    <message>
        <source>Delete the collective…</source>
        <translation>Supprimer le collectif…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Départ</translation>
    </message>
    <message>
        <source>Members of the collective</source>
        <translation>Membres du collectif</translation>
    </message>
    <message>
        <source>Double-click: correct the role or the dates</source>
        <translation>Double-clic : corriger le rôle ou les dates</translation>
    </message>
    <message>
        <source>Add a member…</source>
        <translation>Ajouter un membre…</translation>
    </message>
    <message>
        <source>Record a departure…</source>
        <translation>Enregistrer un départ…</translation>
    </message>
    <message>
        <source>Remove the line</source>
        <translation>Retirer la ligne</translation>
    </message>
    <message>
        <source>A line typed by mistake; a structure that left keeps its line</source>
        <translation>Une ligne saisie par erreur ; une structure partie garde sa ligne</translation>
    </message>
    <message>
        <source>Referents</source>
        <translation>Référents</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Referents of the collective</source>
        <translation>Référents du collectif</translation>
    </message>
    <message>
        <source>Add a referent…</source>
        <translation>Ajouter un référent…</translation>
    </message>
    <message>
        <source>Remove the referent</source>
        <translation>Retirer le référent</translation>
    </message>
    <message>
        <source>Projects and money</source>
        <translation>Projets et financements</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <source>Projects of the collective</source>
        <translation>Projets du collectif</translation>
    </message>
    <message>
        <source>Double-click: open the project</source>
        <translation>Double-clic : ouvrir le projet</translation>
    </message>
    <message>
        <source>Link a project…</source>
        <translation>Lier un projet…</translation>
    </message>
    <message>
        <source>Open the project</source>
        <translation>Ouvrir le projet</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Délier</translation>
    </message>
    <message>
        <source>Its instance</source>
        <translation>Son instance</translation>
    </message>
    <message>
        <source>Create its instance</source>
        <translation>Créer son instance</translation>
    </message>
    <message>
        <source>Granted to its projects: {amount}</source>
        <translation>Accordé à ses projets : {amount}</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Closed on {date}</source>
        <translation>Fermé le {date}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Legal structure</source>
        <translation>Structure juridique</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Local challenges</source>
        <translation>Enjeux du territoire</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>Collectif</translation>
    </message>
    <message>
        <source>No instance yet: create it to hold its meetings and number its decisions.</source>
        <translation>Pas encore d&apos;instance : créez-la pour tenir ses réunions et numéroter ses décisions.</translation>
    </message>
    <message>
        <source>{name} (code {code})</source>
        <translation>{name} (code {code})</translation>
    </message>
    <message>
        <source>Open the instance</source>
        <translation>Ouvrir l&apos;instance</translation>
    </message>
    <message>
        <source>Select a current member in the table</source>
        <translation>Sélectionnez un membre actuel dans le tableau</translation>
    </message>
</context>
<context>
    <name>CollectiveExtras</name>
    <message>
        <source>since {date}</source>
        <translation>depuis le {date}</translation>
    </message>
    <message>
        <source>from {start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <source>Legal structure of</source>
        <translation>Structure juridique de</translation>
    </message>
    <message>
        <source>Collectives</source>
        <translation>Collectifs</translation>
    </message>
    <message>
        <source>Former collectives</source>
        <translation>Anciens collectifs</translation>
    </message>
</context>
<context>
    <name>CollectiveForm</name>
    <message>
        <source>Collective</source>
        <translation>Collectif</translation>
    </message>
    <message>
        <source>New collective</source>
        <translation>Nouveau collectif</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Its own legal structure</source>
        <translation>Sa structure juridique</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Local challenges</source>
        <translation>Enjeux du territoire</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Fermé le</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Collective already recorded</source>
        <translation>Collectif déjà enregistré</translation>
    </message>
    <message>
        <source>Open the existing collective</source>
        <translation>Ouvrir le collectif existant</translation>
    </message>
    <message>
        <source>Change the name</source>
        <translation>Changer le nom</translation>
    </message>
</context>
<context>
    <name>CollectivesPage</name>
    <message>
        <source>Collective</source>
        <translation>Collectif</translation>
    </message>
    <message>
        <source>The collective sheet could not be written</source>
        <translation>La fiche collectif n&apos;a pas pu être écrite</translation>
    </message>
    <message>
        <source>New collective…</source>
        <translation>Nouveau collectif…</translation>
    </message>
    <message>
        <source>Name of the collective…</source>
        <translation>Nom du collectif…</translation>
    </message>
    <message>
        <source>Name of the collective</source>
        <translation>Nom du collectif</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Enjeu</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>All challenges</source>
        <translation>Tous les enjeux</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermés</translation>
    </message>
    <message>
        <source>No collective yet: record the PTCE, SCIC, tiers-lieux and networks you accompany, with their members.</source>
        <translation>Aucun collectif pour l&apos;instant : enregistrez les PTCE, SCIC, tiers-lieux et réseaux que vous accompagnez, avec leurs membres.</translation>
    </message>
    <message>
        <source>{count} collectives</source>
        <translation>{count} collectifs</translation>
    </message>
    <message>
        <source>{count} collective</source>
        <translation>{count} collectif</translation>
    </message>
    <message>
        <source>the collective « {name} »</source>
        <translation>le collectif « {name} »</translation>
    </message>
    <message>
        <source>the line of « {name} »</source>
        <translation>la ligne de « {name} »</translation>
    </message>
    <message>
        <source>Instance already recorded</source>
        <translation>Instance déjà enregistrée</translation>
    </message>
    <message>
        <source>Attach this instance</source>
        <translation>Rattacher cette instance</translation>
    </message>
    <message>
        <source>Its instance</source>
        <translation>Son instance</translation>
    </message>
    <message>
        <source>The instance « {name} » has no meeting yet. In Meetings, « New meeting… » and choose this instance: its agenda and invitees start from its template.</source>
        <translation>L&apos;instance « {name} » n&apos;a pas encore de réunion. Dans Réunions, « Nouvelle réunion… » puis choisissez cette instance : l&apos;ordre du jour et les invités partent de son modèle.</translation>
    </message>
    <message>
        <source>Export the collective sheet</source>
        <translation>Exporter la fiche collectif</translation>
    </message>
    <message>
        <source>Writing the collective sheet…</source>
        <translation>Écriture de la fiche collectif…</translation>
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
        <source>Last activity</source>
        <translation>Dernière activité</translation>
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
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
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
    <message>
        <source>Series</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>Enveloppe</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
</context>
<context>
    <name>CommuneField</name>
    <message>
        <source>Type a name or a postcode</source>
        <translation>Saisissez un nom ou un code postal</translation>
    </message>
    <message>
        <source>Choose the commune from the list (type its name or its postcode).</source>
        <translation>Choisissez la commune dans la liste (saisissez son nom ou son code postal).</translation>
    </message>
</context>
<context>
    <name>ContactsExportDialog</name>
    <message>
        <source>Export the contacts (vCard)</source>
        <translation>Exporter les contacts (vCard)</translation>
    </message>
    <message>
        <source>The people of structures are exported with their professional coordinates (structure, role, work e-mail and phone, the structure&apos;s address).</source>
        <translation>Les personnes des structures sont exportées avec leurs coordonnées professionnelles (structure, fonction, e-mail et téléphone professionnels, adresse de la structure).</translation>
    </message>
    <message>
        <source>Include the project holders</source>
        <translation>Inclure les porteurs de projet</translation>
    </message>
    <message>
        <source>Include their home address</source>
        <translation>Inclure leur adresse personnelle</translation>
    </message>
    <message>
        <source>An address book is copied to phones and shared: include a person&apos;s own coordinates only when this export needs them.</source>
        <translation>Un carnet d&apos;adresses est copié sur des téléphones et partagé : n&apos;incluez les coordonnées personnelles que si cet export en a besoin.</translation>
    </message>
</context>
<context>
    <name>CooperationPage</name>
    <message>
        <source>Territory challenges</source>
        <translation>Enjeux du territoire</translation>
    </message>
    <message>
        <source>Calls for projects</source>
        <translation>Appels à projets</translation>
    </message>
    <message>
        <source>Collectives</source>
        <translation>Collectifs</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <source>The matrix could not be written</source>
        <translation>La matrice n&apos;a pas pu être enregistrée</translation>
    </message>
    <message>
        <source>Start of the period</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <source>End of the period</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Exporter en Excel…</translation>
    </message>
    <message>
        <source>Export to Word…</source>
        <translation>Exporter en Word…</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Enjeu</translation>
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
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>Collectives</source>
        <translation>Collectifs</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>Structures</source>
        <translation>Structures</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Click a cell to see what is behind it.</source>
        <translation>Cliquez sur une case pour voir ce qu&apos;elle compte.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Year {year}</source>
        <translation>Année {year}</translation>
    </message>
    <message>
        <source>Custom period…</source>
        <translation>Période personnalisée…</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>Non couvert</translation>
    </message>
    <message>
        <source>No funding</source>
        <translation>Sans financement</translation>
    </message>
    <message>
        <source>Covered</source>
        <translation>Couvert</translation>
    </message>
    <message>
        <source>Every challenge has a project or funding over the period.</source>
        <translation>Chaque enjeu a au moins un projet ou un financement sur la période.</translation>
    </message>
    <message>
        <source>Not covered over the period (no project, no funding): {names}.</source>
        <translation>Non couverts sur la période (ni projet ni financement) : {names}.</translation>
    </message>
    <message>
        <source>Calls for projects</source>
        <translation>Appels à projets</translation>
    </message>
    <message>
        <source>Structures involved</source>
        <translation>Structures impliquées</translation>
    </message>
    <message>
        <source>Money granted</source>
        <translation>Montants accordés</translation>
    </message>
    <message>
        <source>{challenge}: what the period holds</source>
        <translation>{challenge} : ce que compte la période</translation>
    </message>
    <message>
        <source>Export the coverage matrix</source>
        <translation>Exporter la matrice de couverture</translation>
    </message>
    <message>
        <source>Writing the coverage matrix…</source>
        <translation>Écriture de la matrice de couverture…</translation>
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
        <source>This territory file is new and empty.</source>
        <translation>Ce fichier de territoire est nouveau et vide.</translation>
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
        <source>workshops held</source>
        <translation>ateliers réalisés</translation>
    </message>
    <message>
        <source>attendances at workshops</source>
        <translation>présences aux ateliers</translation>
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
    <name>DateField</name>
    <message>
        <source>Open the calendar (Alt+Down)</source>
        <translation>Ouvrir le calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <source>For example 01/09/2026, 01092026, 1/9/26, 1 sept, today, tomorrow</source>
        <translation>Par exemple 01/09/2026, 01092026, 1/9/26, 1 sept, aujourd&apos;hui, demain</translation>
    </message>
    <message>
        <source>Unreadable date: type for example 01/09/2026, 1/9/26, 1 sept or tomorrow (or pick it in the calendar).</source>
        <translation>Date illisible : saisissez par exemple 01/09/2026, 1/9/26, 1 sept ou demain (ou choisissez-la dans le calendrier).</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>Unreadable date or time: type for example 12/05/2026 14:30, tomorrow 9h or 1 sept 14h30 (or pick the day in the calendar).</source>
        <translation>Date ou heure illisible : saisissez par exemple 12/05/2026 14:30, demain 9h ou 1 sept 14h30 (ou choisissez le jour dans le calendrier).</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Amount awarded</source>
        <translation>Montant accordé</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Type the amount awarded.</source>
        <translation>Saisissez le montant accordé.</translation>
    </message>
</context>
<context>
    <name>DecisionForm</name>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>The number is given when the decision is saved.</source>
        <translation>Le numéro est attribué à l&apos;enregistrement de la décision.</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Point de l&apos;ordre du jour</translation>
    </message>
</context>
<context>
    <name>DecisionRegister</name>
    <message>
        <source>Number or words of the decision</source>
        <translation>Numéro ou mots de la décision</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>All instances</source>
        <translation>Toutes les instances</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
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
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Replaced by…</source>
        <translation>Remplacée par…</translation>
    </message>
    <message>
        <source>Open the meeting</source>
        <translation>Ouvrir la réunion</translation>
    </message>
    <message>
        <source>Export the record of decisions</source>
        <translation>Exporter le relevé de décisions</translation>
    </message>
    <message>
        <source>{count} decision(s)</source>
        <translation>{count} décision(s)</translation>
    </message>
</context>
<context>
    <name>Decisions</name>
    <message>
        <source>Replaced by {number}</source>
        <translation>Remplacée par {number}</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>Remplacée par</translation>
    </message>
    <message>
        <source>Number of the decision that replaces {number}:</source>
        <translation>Numéro de la décision qui remplace la {number} :</translation>
    </message>
    <message>
        <source>No decision has the number {number}.</source>
        <translation>Aucune décision ne porte le numéro {number}.</translation>
    </message>
</context>
<context>
    <name>DecisionsPanel</name>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Record a decision…</source>
        <translation>Enregistrer une décision…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Caduque</translation>
    </message>
    <message>
        <source>Replaced by…</source>
        <translation>Remplacée par…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Decisions ({count})</source>
        <translation>Décisions ({count})</translation>
    </message>
    <message>
        <source>Choose an agenda item first.</source>
        <translation>Choisissez d&apos;abord un point de l&apos;ordre du jour.</translation>
    </message>
    <message>
        <source>the decision {number}</source>
        <translation>la décision {number}</translation>
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
    <name>DirectoryDetail</name>
    <message>
        <source>since {year}</source>
        <translation>depuis {year}</translation>
    </message>
    <message>
        <source>until {year}</source>
        <translation>jusqu&apos;en {year}</translation>
    </message>
    <message>
        <source>{role} at {organisation}</source>
        <translation>{role} à {organisation}</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… et {count} de plus</translation>
    </message>
    <message>
        <source>{name}, merged on {when}</source>
        <translation>{name}, fusionnée le {when}</translation>
    </message>
    <message>
        <source>Undo the merge</source>
        <translation>Annuler la fusion</translation>
    </message>
    <message>
        <source>Merged duplicates</source>
        <translation>Doublons fusionnés</translation>
    </message>
</context>
<context>
    <name>DirectoryListPage</name>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Exporter la liste</translation>
    </message>
    <message>
        <source>Possible duplicates…</source>
        <translation>Doublons possibles…</translation>
    </message>
    <message>
        <source>Undo the merge</source>
        <translation>Annuler la fusion</translation>
    </message>
    <message>
        <source>Put both records back as they were before the merge?</source>
        <translation>Remettre les deux fiches dans leur état d&apos;avant la fusion ?</translation>
    </message>
    <message>
        <source>The merge was not undone</source>
        <translation>La fusion n&apos;a pas été annulée</translation>
    </message>
    <message>
        <source>Writing the list…</source>
        <translation>Écriture de la liste…</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Structures</source>
        <translation>Structures</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
</context>
<context>
    <name>DuplicateHint</name>
    <message>
        <source>Possible duplicates:</source>
        <translation>Doublons possibles :</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>Looking for possible duplicates…</source>
        <translation>Recherche des doublons possibles…</translation>
    </message>
    <message>
        <source>Possible duplicate pairs</source>
        <translation>Paires de doublons possibles</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Not a duplicate</source>
        <translation>Pas un doublon</translation>
    </message>
    <message>
        <source>No possible duplicate found.</source>
        <translation>Aucun doublon possible trouvé.</translation>
    </message>
    <message>
        <source>1 pair of records may be duplicates.</source>
        <translation>1 paire de fiches semble être un doublon.</translation>
    </message>
    <message>
        <source>{count} pairs of records may be duplicates.</source>
        <translation>{count} paires de fiches semblent être des doublons.</translation>
    </message>
    <message>
        <source>Record to keep</source>
        <translation>Fiche à conserver</translation>
    </message>
    <message>
        <source>both</source>
        <translation>les deux</translation>
    </message>
    <message>
        <source>Moved to the kept record: {links}.</source>
        <translation>Rattachés à la fiche conservée : {links}.</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>Fusion non faite</translation>
    </message>
    <message>
        <source>Merged into « {name} ». The merge can be undone from that record.</source>
        <translation>Fusionné dans « {name} ». La fusion peut être annulée depuis cette fiche.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>EditableLines</name>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Line {n}: « {text} » is not a number.</source>
        <translation>Ligne {n} : « {text} » n&apos;est pas un nombre.</translation>
    </message>
</context>
<context>
    <name>EndDialog</name>
    <message>
        <source>End the job</source>
        <translation>Terminer la fonction</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Partie le</translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation>La date de fin précède la date de début.</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <source>Erase this person permanently</source>
        <translation>Effacer définitivement cette personne</translation>
    </message>
    <message>
        <source>The name, civility, e-mail, phones, address and notes of « {name} » will be replaced everywhere in the file: the person card, their jobs, the history, the project and meeting texts, the minutes (approved ones too) and the search index. The anonymous facts stay: the projects, the case log entries and the attendance keep their counts, so the activity reports do not change.

This cannot be undone.</source>
        <translation>Le nom, la civilité, l&apos;e-mail, les téléphones, l&apos;adresse et les remarques de « {name} » seront remplacés partout dans le fichier : la fiche, ses fonctions, l&apos;historique, les textes des projets et des réunions, les comptes rendus (approuvés compris) et l&apos;index de recherche. Les faits anonymes restent : les projets, les entrées du suivi et les présences gardent leurs effectifs, les bilans ne changent pas.

Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>Type the person&apos;s name to confirm: {name}</source>
        <translation>Tapez le nom de la personne pour confirmer : {name}</translation>
    </message>
    <message>
        <source>Erase permanently</source>
        <translation>Effacer définitivement</translation>
    </message>
    <message>
        <source>This person is already erased.</source>
        <translation>Cette personne a déjà été effacée.</translation>
    </message>
    <message>
        <source>The file is open read-only.</source>
        <translation>Le fichier est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>The person was erased.</source>
        <translation>La personne a été effacée.</translation>
    </message>
    <message>
        <source>Delete these backups…</source>
        <translation>Supprimer ces sauvegardes…</translation>
    </message>
    <message>
        <source>Delete the backups</source>
        <translation>Supprimer les sauvegardes</translation>
    </message>
    <message>
        <source>Delete the {count} backups that still hold this person&apos;s data? Earlier states of the file can then no longer be restored from them.</source>
        <translation>Supprimer les {count} sauvegardes qui contiennent encore les données de cette personne ? Les états antérieurs du fichier ne pourront plus en être restaurés.</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>Export finished</source>
        <translation>Export terminé</translation>
    </message>
    <message>
        <source>The file was written to {path}.</source>
        <translation>Le fichier a été écrit : {path}.</translation>
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
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The file could not be written</source>
        <translation>Le fichier n&apos;a pas pu être écrit</translation>
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
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Territory covered</source>
        <translation>Territoire d&apos;intervention</translation>
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
        <source>Changes not yet saved to the share last time were found on this PC: they will be saved to it now.</source>
        <translation>Des modifications qui n&apos;avaient pas encore atteint le partage ont été retrouvées sur ce PC : elles vont y être enregistrées.</translation>
    </message>
    <message>
        <source>Changes set aside</source>
        <translation>Modifications mises de côté</translation>
    </message>
    <message>
        <source>Your changes not yet sent were set aside in {path}: open that file, then use File ▸ Merge a colleague&apos;s copy… to take them back.</source>
        <translation>Vos modifications non envoyées ont été mises de côté dans {path} : ouvrez ce fichier puis utilisez Fichier ▸ Fusionner la copie d&apos;un collègue… pour les reprendre.</translation>
    </message>
    <message>
        <source>The file could not be reopened</source>
        <translation>Le fichier n&apos;a pas pu être rouvert</translation>
    </message>
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
        <source>Recover the damaged file</source>
        <translation>Récupérer le fichier endommagé</translation>
    </message>
    <message>
        <source>Copy everything that can still be read from {name} into a new file? The damaged file is left as it is; you then work on the new one.</source>
        <translation>Copier tout ce qui peut encore être lu de « {name} » dans un nouveau fichier ? Le fichier endommagé reste tel quel ; vous travaillerez ensuite sur le nouveau.</translation>
    </message>
    <message>
        <source>Recovering…</source>
        <translation>Récupération en cours…</translation>
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
        <source>User &amp;guide</source>
        <translation>&amp;Guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
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
        <source>File on a removable drive</source>
        <translation>Fichier sur support amovible</translation>
    </message>
    <message>
        <source>Shared file</source>
        <translation>Fichier partagé</translation>
    </message>
    <message>
        <source>saving to the share…</source>
        <translation>enregistrement sur le partage…</translation>
    </message>
    <message>
        <source>changes not yet saved to the share</source>
        <translation>modifications non encore enregistrées sur le partage</translation>
    </message>
    <message>
        <source>saved at {time}</source>
        <translation>enregistré à {time}</translation>
    </message>
    <message>
        <source>working on a copy on this PC</source>
        <translation>travail sur une copie sur ce PC</translation>
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
    <name>FilterBar</name>
    <message>
        <source>Clear the filters</source>
        <translation>Effacer les filtres</translation>
    </message>
</context>
<context>
    <name>FirstSteps</name>
    <message>
        <source>Your territory is not chosen yet: the activity report cannot offer its communes, and your name does not sign your changes.</source>
        <translation>Votre territoire n&apos;est pas encore choisi : le bilan d&apos;activité ne peut pas proposer ses communes, et votre nom ne signe pas vos modifications.</translation>
    </message>
    <message>
        <source>Set up the territory…</source>
        <translation>Définir le territoire…</translation>
    </message>
    <message>
        <source>To begin</source>
        <translation>Pour commencer</translation>
    </message>
    <message>
        <source>Import the directory</source>
        <translation>Importer l&apos;annuaire</translation>
    </message>
    <message>
        <source>The structures and contacts you already work with, from a spreadsheet (Excel, LibreOffice, CSV) or vCards exported from your e-mail.</source>
        <translation>Les structures et les contacts avec qui vous travaillez déjà, depuis un tableur (Excel, LibreOffice, CSV) ou des vCards exportées de votre messagerie.</translation>
    </message>
    <message>
        <source>Import the directory…</source>
        <translation>Importer l&apos;annuaire…</translation>
    </message>
    <message>
        <source>Welcome a project holder</source>
        <translation>Accueillir un porteur de projet</translation>
    </message>
    <message>
        <source>Open the project of the first person you welcome: their name, their idea, the first interview; follow-ups and referrals come after.</source>
        <translation>Ouvrez le projet de la première personne que vous accueillez : son nom, son idée, le premier entretien ; relances et orientations viendront ensuite.</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>Nouveau projet…</translation>
    </message>
    <message>
        <source>Plan a meeting</source>
        <translation>Planifier une réunion</translation>
    </message>
    <message>
        <source>A steering committee (COPIL), a technical committee or a network meeting: date, place, invitees, agenda, then the minutes.</source>
        <translation>Un comité de pilotage (COPIL), un comité technique ou une réunion de réseau : date, lieu, invités, ordre du jour, puis le compte rendu.</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>Nouvelle réunion…</translation>
    </message>
</context>
<context>
    <name>FollowUpForm</name>
    <message>
        <source>New follow-up</source>
        <translation>Nouvelle relance</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Faite le</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>To follow up</source>
        <translation>À suivre</translation>
    </message>
    <message>
        <source>To follow up: cannot be read ({error})</source>
        <translation>À suivre : illisible ({error})</translation>
    </message>
    <message>
        <source>Today ({count})</source>
        <translation>Aujourd&apos;hui ({count})</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>Rien de prévu aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Overdue ({count})</source>
        <translation>En retard ({count})</translation>
    </message>
    <message>
        <source>No overdue follow-up.</source>
        <translation>Aucune relance en retard.</translation>
    </message>
    <message>
        <source>last news {date}</source>
        <translation>dernières nouvelles le {date}</translation>
    </message>
    <message>
        <source>no news recorded</source>
        <translation>aucune nouvelle enregistrée</translation>
    </message>
    <message>
        <source>No news for {days} days ({count})</source>
        <translation>Sans nouvelles depuis {days} jours ({count})</translation>
    </message>
    <message>
        <source>Every open project had news recently.</source>
        <translation>Tous les projets en cours ont eu des nouvelles récemment.</translation>
    </message>
</context>
<context>
    <name>FollowUpsView</name>
    <message>
        <source>Due on</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>What</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>New follow-up…</source>
        <translation>Nouvelle relance…</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Marquer faite</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Calendar (.ics)…</source>
        <translation>Calendrier (.ics)…</translation>
    </message>
    <message>
        <source>Post-creation check-in</source>
        <translation>Suivi post-création</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>{open} to do, of which {late} overdue</source>
        <translation>{open} à faire, dont {late} en retard</translation>
    </message>
    <message>
        <source>No follow-up yet.</source>
        <translation>Aucune relance pour l&apos;instant.</translation>
    </message>
    <message>
        <source>the follow-up « {what} »</source>
        <translation>la relance « {what} »</translation>
    </message>
</context>
<context>
    <name>FunderField</name>
    <message>
        <source>Type the funder&apos;s name…</source>
        <translation>Tapez le nom du financeur…</translation>
    </message>
    <message>
        <source>Choose a funder from the list (structures of the directory).</source>
        <translation>Choisissez le financeur dans la liste (structures de l&apos;annuaire).</translation>
    </message>
</context>
<context>
    <name>FundingForm</name>
    <message>
        <source>New funding request</source>
        <translation>Nouvelle demande de financement</translation>
    </message>
    <message>
        <source>Funding request</source>
        <translation>Demande de financement</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>The commune&apos;s own money (for the leverage)</source>
        <translation>Argent de la commune elle-même (pour l&apos;effet levier)</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Dispositif</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Amount asked</source>
        <translation>Montant demandé</translation>
    </message>
    <message>
        <source>Amount granted</source>
        <translation>Montant accordé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Décision le</translation>
    </message>
    <message>
        <source>Report due on</source>
        <translation>Compte rendu dû le</translation>
    </message>
    <message>
        <source>Year of the plan (optional)</source>
        <translation>Année du plan (facultatif)</translation>
    </message>
</context>
<context>
    <name>FundingPlanView</name>
    <message>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Resources of the financing plan</source>
        <translation>Ressources du plan de financement</translation>
    </message>
    <message>
        <source>Add a request…</source>
        <translation>Ajouter une demande…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Export the financing plan…</source>
        <translation>Exporter le plan de financement…</translation>
    </message>
    <message>
        <source>Side of the financing plan</source>
        <translation>Côté du plan de financement</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>(commune)</source>
        <translation>(commune)</translation>
    </message>
    <message>
        <source>(public)</source>
        <translation>(public)</translation>
    </message>
    <message>
        <source>Before the jury</source>
        <translation>Candidature en attente du jury</translation>
    </message>
    <message>
        <source>Needs ({n})</source>
        <translation>Besoins ({n})</translation>
    </message>
    <message>
        <source>Resources ({n})</source>
        <translation>Ressources ({n})</translation>
    </message>
    <message>
        <source>Add the project&apos;s needs to see whether its plan balances.</source>
        <translation>Saisissez les besoins du projet pour voir si son plan de financement est équilibré.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Balanced plan&lt;/b&gt;: the resources cover the needs.</source>
        <translation>&lt;b&gt;Plan équilibré&lt;/b&gt; : les ressources couvrent les besoins.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Still to finance: {amount}&lt;/b&gt; ({share} of the needs)</source>
        <translation>&lt;b&gt;Reste à financer : {amount}&lt;/b&gt; ({share} des besoins)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Excess: {amount}&lt;/b&gt; of resources beyond the needs</source>
        <translation>&lt;b&gt;Excédent : {amount}&lt;/b&gt; de ressources au-delà des besoins</translation>
    </message>
    <message>
        <source>Needs {needs}; resources {resources}: {obtained} obtained, {expected} expected</source>
        <translation>Besoins {needs} ; ressources {resources} : {obtained} obtenus, {expected} attendus</translation>
    </message>
    <message>
        <source>{year}: needs {needs}, resources {resources}, balance {balance}</source>
        <translation>{year} : besoins {needs}, ressources {resources}, solde {balance}</translation>
    </message>
    <message>
        <source>no year</source>
        <translation>sans année</translation>
    </message>
    <message>
        <source>No funding request yet.</source>
        <translation>Aucune demande de financement pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Asked: &lt;b&gt;{amount}&lt;/b&gt;</source>
        <translation>Demandé : &lt;b&gt;{amount}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Granted: &lt;b&gt;{amount}&lt;/b&gt;</source>
        <translation>Accordé : &lt;b&gt;{amount}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Public money: &lt;b&gt;{amount}&lt;/b&gt; ({share} of the amount granted)</source>
        <translation>Argent public : &lt;b&gt;{amount}&lt;/b&gt; ({share} du montant accordé)</translation>
    </message>
    <message>
        <source>Leverage: the commune has granted nothing yet</source>
        <translation>Effet levier : la commune n&apos;a encore rien accordé</translation>
    </message>
    <message>
        <source>Leverage of the commune: &lt;b&gt;{ratio} €&lt;/b&gt; from the other funders for each euro of the commune ({commune})</source>
        <translation>Effet levier de la commune : &lt;b&gt;{ratio} €&lt;/b&gt; des autres financeurs pour chaque euro de la commune ({commune})</translation>
    </message>
    <message>
        <source>this funding request</source>
        <translation>cette demande de financement</translation>
    </message>
    <message>
        <source>Export the financing plan</source>
        <translation>Exporter le plan de financement</translation>
    </message>
    <message>
        <source>Writing the financing plan…</source>
        <translation>Écriture du plan de financement…</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Guide of support structures</source>
        <translation>Guide des structures</translation>
    </message>
    <message>
        <source>A handout for a project holder: the structures that fit their need, with their offer, conditions and contact, grouped by need.</source>
        <translation>Un document à remettre à un porteur de projet : les structures qui répondent à son besoin, avec leur offre, leurs conditions et un contact, classées par besoin.</translation>
    </message>
    <message>
        <source>Every need</source>
        <translation>Tous les besoins</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Toutes les étapes</translation>
    </message>
    <message>
        <source>Any sector</source>
        <translation>Toutes les filières</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Project stage</source>
        <translation>Étape du projet</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Filière</translation>
    </message>
    <message>
        <source>Project holder&apos;s commune</source>
        <translation>Commune du porteur</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Create the guide…</source>
        <translation>Créer le guide…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>No structure of the directory fits: widen the criteria.</source>
        <translation>Aucune structure de l&apos;annuaire ne correspond : élargissez les critères.</translation>
    </message>
    <message>
        <source>1 structure fits.</source>
        <translation>1 structure correspond.</translation>
    </message>
    <message>
        <source>{count} structures fit.</source>
        <translation>{count} structures correspondent.</translation>
    </message>
    <message>
        <source>Save the guide</source>
        <translation>Enregistrer le guide</translation>
    </message>
    <message>
        <source>Writing the guide…</source>
        <translation>Écriture du guide…</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>User guide — MunicipalESS</source>
        <translation>Guide d&apos;utilisation — MunicipalESS</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>First steps</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Rechercher dans le guide</translation>
    </message>
    <message>
        <source>{page} — User guide</source>
        <translation>{page} — Guide d&apos;utilisation</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Restore this value</source>
        <translation>Restaurer cette valeur</translation>
    </message>
    <message>
        <source>Puts the value of the “Before” column back, as a new change.</source>
        <translation>Remet la valeur de la colonne « Avant », comme une nouvelle modification.</translation>
    </message>
    <message>
        <source>History of {what}</source>
        <translation>Historique de {what}</translation>
    </message>
    <message>
        <source>{count} changes, newest first.</source>
        <translation>{count} modification(s), la plus récente en premier.</translation>
    </message>
    <message>
        <source>a colleague&apos;s copy</source>
        <translation>la copie d&apos;un collègue</translation>
    </message>
    <message>
        <source>{who} (merged from {copy})</source>
        <translation>{who} (fusion avec la copie {copy})</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
</context>
<context>
    <name>HoldersEditor</name>
    <message>
        <source>Role (optional)</source>
        <translation>Rôle (facultatif)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Nouvelle personne…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Choose a person from the list first (type part of the name).</source>
        <translation>Choisissez d&apos;abord une personne dans la liste (tapez une partie du nom).</translation>
    </message>
    <message>
        <source>This person already holds the project.</source>
        <translation>Cette personne porte déjà le projet.</translation>
    </message>
    <message>
        <source>No person matches: &lt;a href=&apos;new&apos;&gt;create « {name} »&lt;/a&gt;?</source>
        <translation>Aucune personne ne correspond : &lt;a href=&apos;new&apos;&gt;créer « {name} »&lt;/a&gt; ?</translation>
    </message>
    <message>
        <source>(erased person)</source>
        <translation>(personne effacée)</translation>
    </message>
    <message>
        <source>{name} (new in the directory)</source>
        <translation>{name} (nouvelle fiche dans l&apos;annuaire)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <source>A table of structures or people (CSV or Excel), or contacts exported as vCard (.vcf) from Outlook, Gmail, an iPhone or Thunderbird.</source>
        <translation>Un tableau de structures ou de personnes (CSV ou Excel), ou des contacts exportés au format vCard (.vcf) depuis Outlook, Gmail, un iPhone ou Thunderbird.</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>The file is only read: nothing is written before the last step, and a backup is made just before.</source>
        <translation>Le fichier est seulement lu : rien n&apos;est écrit avant la dernière étape, et une sauvegarde est faite juste avant.</translation>
    </message>
    <message>
        <source>Choose the file to import</source>
        <translation>Choisir le fichier à importer</translation>
    </message>
    <message>
        <source>Tables and contacts (*.csv *.txt *.xlsx *.xls *.ods *.vcf);;All files (*)</source>
        <translation>Tableaux et contacts (*.csv *.txt *.xlsx *.xls *.ods *.vcf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>Ce fichier ne peut pas être importé</translation>
    </message>
    <message>
        <source>The file holds no row to import.</source>
        <translation>Le fichier ne contient aucune ligne à importer.</translation>
    </message>
    <message>
        <source>Match the columns</source>
        <translation>Associer les colonnes</translation>
    </message>
    <message>
        <source>For each column of the file, choose the field of the directory it fills, or leave it ignored. A person&apos;s structure and role create their job.</source>
        <translation>Pour chaque colonne du fichier, choisissez le champ de l&apos;annuaire qu&apos;elle remplit, ou laissez-la ignorée. La structure et la fonction d&apos;une personne créent son poste.</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>Field of the directory</source>
        <translation>Champ de l&apos;annuaire</translation>
    </message>
    <message>
        <source>Header found on row {row} of « {name} »; {count} rows below it.</source>
        <translation>En-tête trouvé à la ligne {row} de « {name} » ; {count} lignes en dessous.</translation>
    </message>
    <message>
        <source>The matching used last time for these columns was restored.</source>
        <translation>La correspondance utilisée la dernière fois pour ces colonnes a été reprise.</translation>
    </message>
    <message>
        <source>The matching was guessed from the column names: check it.</source>
        <translation>La correspondance a été devinée d&apos;après le nom des colonnes : vérifiez-la.</translation>
    </message>
    <message>
        <source>— ignored —</source>
        <translation>— ignorée —</translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation>Vérifier avant d&apos;importer</translation>
    </message>
    <message>
        <source>Every row was checked as a form would check it; nothing is written yet.</source>
        <translation>Chaque ligne a été vérifiée comme le ferait un formulaire ; rien n&apos;est encore écrit.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Probable duplicates</source>
        <translation>Doublons probables</translation>
    </message>
    <message>
        <source>First rows</source>
        <translation>Premières lignes</translation>
    </message>
    <message>
        <source>Some rows have problems. What should be imported?</source>
        <translation>Certaines lignes ont des problèmes. Que faut-il importer ?</translation>
    </message>
    <message>
        <source>Import the probable duplicates too</source>
        <translation>Importer aussi les doublons probables</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>La vérification a été annulée.</translation>
    </message>
    <message>
        <source>Only the valid rows ({count})</source>
        <translation>Seulement les lignes valides ({count})</translation>
    </message>
    <message>
        <source>Every row with a name ({count}), the unreadable values kept in the record&apos;s remarks</source>
        <translation>Toutes les lignes qui ont un nom ({count}), les valeurs non reconnues gardées dans les remarques de la fiche</translation>
    </message>
    <message>
        <source>Backing up, then importing…</source>
        <translation>Sauvegarde, puis import…</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>The file was backed up just before (File ▸ Backups…): {path}</source>
        <translation>Le fichier a été sauvegardé juste avant (Fichier ▸ Sauvegardes…) : {path}</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Laissées de côté :</translation>
    </message>
    <message>
        <source>… and {count} more.</source>
        <translation>… et {count} autres.</translation>
    </message>
    <message>
        <source>Import into the directory</source>
        <translation>Importer dans l&apos;annuaire</translation>
    </message>
    <message>
        <source>&amp;Import into the directory…</source>
        <translation>&amp;Importer dans l&apos;annuaire…</translation>
    </message>
    <message>
        <source>Export the contacts (&amp;vCard)…</source>
        <translation>Exporter les contacts (&amp;vCard)…</translation>
    </message>
    <message>
        <source>Export the contacts (vCard)</source>
        <translation>Exporter les contacts (vCard)</translation>
    </message>
    <message>
        <source>vCard contacts (*.vcf)</source>
        <translation>Contacts vCard (*.vcf)</translation>
    </message>
    <message>
        <source>Writing the contacts…</source>
        <translation>Écriture des contacts…</translation>
    </message>
    <message>
        <source>{count} contacts written to:
{path}</source>
        <translation>{count} contacts écrits dans :
{path}</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>e.g. Organic share in school meals</source>
        <translation>ex. Part du bio en restauration scolaire</translation>
    </message>
    <message>
        <source>e.g. %, jobs, tonnes</source>
        <translation>ex. %, emplois, tonnes</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultative</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
</context>
<context>
    <name>JuryLines</name>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Role in the jury</source>
        <translation>Rôle dans le jury</translation>
    </message>
    <message>
        <source>Add a name</source>
        <translation>Ajouter un nom</translation>
    </message>
    <message>
        <source>Jury member from the directory</source>
        <translation>Membre du jury pris dans l&apos;annuaire</translation>
    </message>
    <message>
        <source>Add this person</source>
        <translation>Ajouter cette personne</translation>
    </message>
</context>
<context>
    <name>JuryTab</name>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Score /100</source>
        <translation>Note /100</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <source>Ranking of the candidatures</source>
        <translation>Classement des candidatures</translation>
    </message>
    <message>
        <source>Create the jury meeting</source>
        <translation>Créer la réunion du jury</translation>
    </message>
    <message>
        <source>Laureate…</source>
        <translation>Lauréat…</translation>
    </message>
    <message>
        <source>Not selected…</source>
        <translation>Non retenue…</translation>
    </message>
    <message>
        <source>Open the project</source>
        <translation>Ouvrir le projet</translation>
    </message>
    <message>
        <source>Notification letters…</source>
        <translation>Lettres de notification…</translation>
    </message>
    <message>
        <source>Summary for the council…</source>
        <translation>Synthèse pour le conseil…</translation>
    </message>
    <message>
        <source>Nominative (porteurs&apos; names and jury comments)</source>
        <translation>Nominative (noms des porteurs et commentaires du jury)</translation>
    </message>
    <message>
        <source>Laureate</source>
        <translation>Lauréat</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Non retenue</translation>
    </message>
    <message>
        <source>No envelope set — committed: {committed}</source>
        <translation>Aucune enveloppe fixée — engagé : {committed}</translation>
    </message>
    <message>
        <source>Envelope: {envelope} — committed: {committed} — remaining: {left}</source>
        <translation>Enveloppe : {envelope} — engagé : {committed} — reste : {left}</translation>
    </message>
    <message>
        <source>Open the meeting</source>
        <translation>Ouvrir la réunion</translation>
    </message>
    <message>
        <source>Create the jury meeting first: each decision is numbered there.</source>
        <translation>Créez d&apos;abord la réunion du jury : chaque décision y prend son numéro.</translation>
    </message>
    <message>
        <source>{candidature} asked {asked}. Amount the jury awards:</source>
        <translation>{candidature} a demandé {asked}. Montant que le jury accorde :</translation>
    </message>
    <message>
        <source>ceiling {amount}</source>
        <translation>plafond {amount}</translation>
    </message>
    <message>
        <source>left in the envelope {amount}</source>
        <translation>reste de l&apos;enveloppe {amount}</translation>
    </message>
    <message>
        <source>At most: {limits}.</source>
        <translation>Au plus : {limits}.</translation>
    </message>
    <message>
        <source>Why the jury does not select {candidature}:</source>
        <translation>Pourquoi le jury ne retient pas {candidature} :</translation>
    </message>
    <message>
        <source>Folder for the notification letters</source>
        <translation>Dossier des lettres de notification</translation>
    </message>
    <message>
        <source>Notification letters</source>
        <translation>Lettres de notification</translation>
    </message>
    <message>
        <source>Letters already in this folder: {count}. Replace them? (No: the new ones get a numbered name.)</source>
        <translation>Lettres déjà dans ce dossier : {count}. Les remplacer ? (Non : les nouvelles prennent un nom numéroté.)</translation>
    </message>
    <message>
        <source>Letters written: {count}, in {folder}.</source>
        <translation>Lettres écrites : {count}, dans {folder}.</translation>
    </message>
    <message>
        <source>Without a decision yet, no letter: {refs}.</source>
        <translation>Sans décision pour l&apos;instant, pas de lettre : {refs}.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Document Word (*.docx)</translation>
    </message>
    <message>
        <source>Summary for the council</source>
        <translation>Synthèse pour le conseil</translation>
    </message>
    <message>
        <source>Jury summary.xlsx</source>
        <translation>Synthèse du jury.xlsx</translation>
    </message>
    <message>
        <source>Not written</source>
        <translation>Document non écrit</translation>
    </message>
    <message>
        <source>The document could not be written: {error}</source>
        <translation>Le document n&apos;a pas pu être écrit : {error}</translation>
    </message>
</context>
<context>
    <name>KeyboardMenus</name>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;New record in this section…</source>
        <translation>&amp;Nouvelle fiche dans cette section…</translation>
    </message>
    <message>
        <source>A new project, structure, person or meeting</source>
        <translation>Un nouveau projet, une structure, une personne ou une réunion, selon la section affichée</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the document in view (fiche, minutes, bilan)</source>
        <translation>Imprimer le document affiché (fiche, compte rendu, bilan)</translation>
    </message>
    <message>
        <source>&amp;Filter the list</source>
        <translation>&amp;Filtrer la liste</translation>
    </message>
    <message>
        <source>Type in the list&apos;s filter (else: search everywhere)</source>
        <translation>Taper dans le filtre de la liste affichée (sinon : rechercher partout)</translation>
    </message>
    <message>
        <source>&amp;Search everywhere</source>
        <translation>&amp;Rechercher partout</translation>
    </message>
    <message>
        <source>Projects, people, structures, meetings…</source>
        <translation>Projets, personnes, structures, réunions…</translation>
    </message>
    <message>
        <source>Show the section « {name} »</source>
        <translation>Afficher la section « {name} »</translation>
    </message>
    <message>
        <source>Nothing to print on this screen.</source>
        <translation>Rien à imprimer sur cet écran.</translation>
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
        <source>Territory challenges</source>
        <translation>Enjeux du territoire</translation>
    </message>
    <message>
        <source>Calls for projects</source>
        <translation>Appels à projets</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <source>Collectives</source>
        <translation>Collectifs</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
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
    <message>
        <source>Territory challenge</source>
        <translation>Enjeu du territoire</translation>
    </message>
    <message>
        <source>Call for projects</source>
        <translation>Appel à projets</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>Collectif</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
</context>
<context>
    <name>LeavingForm</name>
    <message>
        <source>Departure of {name}</source>
        <translation>Départ de {name}</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Départ le</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>LetterheadFields</name>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Word template</source>
        <translation>Modèle Word</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Pas de logo</translation>
    </message>
    <message>
        <source>The commune&apos;s template ({size} KB) is used for Word documents.</source>
        <translation>Le modèle de la commune ({size} Ko) est utilisé pour les documents Word.</translation>
    </message>
    <message>
        <source>The application&apos;s standard layout.</source>
        <translation>La mise en page standard de l&apos;application.</translation>
    </message>
    <message>
        <source>The file could not be read: {error}</source>
        <translation>Le fichier n&apos;a pas pu être lu : {error}</translation>
    </message>
    <message>
        <source>Choose the commune&apos;s logo</source>
        <translation>Choisir le logo de la commune</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.bmp)</translation>
    </message>
    <message>
        <source>Choose a Word template</source>
        <translation>Choisir un modèle Word</translation>
    </message>
    <message>
        <source>Word (*.docx *.dotx)</source>
        <translation>Word (*.docx *.dotx)</translation>
    </message>
</context>
<context>
    <name>LetterheadPage</name>
    <message>
        <source>Letterhead (optional)</source>
        <translation>En-tête des documents (facultatif)</translation>
    </message>
    <message>
        <source>The logo heads every document; a Word template gives Word exports the commune&apos;s styles. Both can be set later in File ▸ Territory settings.</source>
        <translation>Le logo figure en tête de chaque document ; un modèle Word donne aux exports Word les styles de la commune. Les deux peuvent être choisis plus tard dans Fichier ▸ Paramètres du territoire.</translation>
    </message>
</context>
<context>
    <name>LinkedRecordsField</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>List: {kind}</source>
        <translation>Liste : {kind}</translation>
    </message>
    <message>
        <source>No result for these filters.</source>
        <translation>Aucun résultat pour ce filtre.</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Effacer les filtres</translation>
    </message>
</context>
<context>
    <name>ListsDialog</name>
    <message>
        <source>Legal statuses</source>
        <translation>Statuts juridiques</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Filières</translation>
    </message>
    <message>
        <source>Project stages</source>
        <translation>Étapes des projets</translation>
    </message>
    <message>
        <source>Kinds of organisation</source>
        <translation>Types de structure</translation>
    </message>
    <message>
        <source>Funding instruments</source>
        <translation>Types de financement</translation>
    </message>
    <message>
        <source>Services offered</source>
        <translation>Services proposés</translation>
    </message>
    <message>
        <source>Kinds of case log entry</source>
        <translation>Types d&apos;entrée du suivi</translation>
    </message>
    <message>
        <source>Kinds of meeting</source>
        <translation>Types de réunion</translation>
    </message>
    <message>
        <source>Local challenges</source>
        <translation>Enjeux du territoire</translation>
    </message>
    <message>
        <source>Lists and local challenges</source>
        <translation>Listes et enjeux du territoire</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Fiches</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivée</translation>
    </message>
    <message>
        <source>Values of the list</source>
        <translation>Valeurs de la liste</translation>
    </message>
    <message>
        <source>A renamed value changes on every record that holds it. An archived value is no longer offered but still shows on old records.</source>
        <translation>Une valeur renommée change sur toutes les fiches qui la portent. Une valeur archivée n&apos;est plus proposée mais reste affichée sur les fiches existantes.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <source>Used by {count} records: archive it instead.</source>
        <translation>Utilisée par {count} fiche(s) : archivez-la plutôt.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Add a value</source>
        <translation>Ajouter une valeur</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>New label:</source>
        <translation>Nouveau libellé :</translation>
    </message>
    <message>
        <source>Delete « {label} »? It goes to the recycle bin.</source>
        <translation>Supprimer « {label} » ? La valeur part dans la corbeille.</translation>
    </message>
    <message>
        <source>&amp;Lists and local challenges…</source>
        <translation>&amp;Listes et enjeux du territoire…</translation>
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
        <source>Sections</source>
        <translation>Rubriques</translation>
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
        <source>Cooperation</source>
        <translation>Coopérations</translation>
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
        <source>Nothing to create in this section.</source>
        <translation>Rien à créer dans cette section : choisissez une autre section.</translation>
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
    <name>MarkCreatedDialog</name>
    <message>
        <source>Mark the project as created</source>
        <translation>Marquer le projet comme créé</translation>
    </message>
    <message>
        <source>Post-creation check-ins will be scheduled 6, 12, 24 and 36 months after the founding date.</source>
        <translation>Des suivis post-création seront programmés 6, 12, 24 et 36 mois après la date de création.</translation>
    </message>
    <message>
        <source>Structure founded on</source>
        <translation>Structure créée le</translation>
    </message>
    <message>
        <source>Jobs created</source>
        <translation>Emplois créés</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
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
        <translation>Lien de visioconférence</translation>
    </message>
    <message>
        <source>What it is about</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Filières</translation>
    </message>
    <message>
        <source>Local challenges</source>
        <translation>Enjeux du territoire</translation>
    </message>
    <message>
        <source>Projects discussed</source>
        <translation>Projets évoqués</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
</context>
<context>
    <name>MeetingWorkspace</name>
    <message>
        <source>Choose a meeting in the list, or create one.</source>
        <translation>Choisissez une réunion dans la liste, ou créez-en une.</translation>
    </message>
    <message>
        <source>Approve them now</source>
        <translation>Les approuver maintenant</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Decisions and actions</source>
        <translation>Décisions et actions</translation>
    </message>
    <message>
        <source>Minutes history</source>
        <translation>Historique du compte rendu</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Close the meeting</source>
        <translation>Clore la réunion</translation>
    </message>
    <message>
        <source>End of the meeting: invitees not marked are recorded as absent.</source>
        <translation>Fin de la réunion : les invités dont la présence n&apos;a pas été relevée sont notés absents.</translation>
    </message>
    <message>
        <source>Circulate</source>
        <translation>Diffuser</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Nouvelle version</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Minutes (Word)…</source>
        <translation>Compte rendu (Word)…</translation>
    </message>
    <message>
        <source>Minutes (PDF)…</source>
        <translation>Compte rendu (PDF)…</translation>
    </message>
    <message>
        <source>Minutes (LibreOffice)…</source>
        <translation>Compte rendu (LibreOffice)…</translation>
    </message>
    <message>
        <source>Record of decisions (Word)…</source>
        <translation>Relevé de décisions (Word)…</translation>
    </message>
    <message>
        <source>Attendance sheet to sign (PDF)…</source>
        <translation>Feuille d&apos;émargement (PDF)…</translation>
    </message>
    <message>
        <source>Invitation (calendar)…</source>
        <translation>Invitation (agenda)…</translation>
    </message>
    <message>
        <source>Print the minutes…</source>
        <translation>Imprimer le compte rendu…</translation>
    </message>
    <message>
        <source>Print the attendance sheet…</source>
        <translation>Imprimer la feuille d&apos;émargement…</translation>
    </message>
    <message>
        <source>Print the record of decisions…</source>
        <translation>Imprimer le relevé de décisions…</translation>
    </message>
    <message>
        <source>Next meeting ›</source>
        <translation>Réunion suivante ›</translation>
    </message>
    <message>
        <source>Instance settings…</source>
        <translation>Paramètres de l&apos;instance…</translation>
    </message>
    <message>
        <source>Use this meeting as the instance&apos;s model</source>
        <translation>Faire de cette réunion le modèle de l&apos;instance</translation>
    </message>
    <message>
        <source>Delete this meeting…</source>
        <translation>Supprimer cette réunion…</translation>
    </message>
    <message>
        <source>The next meetings of {series} will start with this agenda and these invitees.</source>
        <translation>Les prochaines réunions de {series} commenceront avec cet ordre du jour et ces invités.</translation>
    </message>
    <message>
        <source>Attendance ({count})</source>
        <translation>Présences ({count})</translation>
    </message>
    <message>
        <source>The minutes were approved on {date}: they are frozen. Use “New version” to change them (the approved version stays in the history).</source>
        <translation>Le compte rendu a été approuvé le {date} : il est figé. Cliquez sur « Nouvelle version » pour le modifier (la version approuvée reste dans l&apos;historique).</translation>
    </message>
    <message>
        <source>No instance</source>
        <translation>Hors instance</translation>
    </message>
    <message>
        <source>Minutes: {status}</source>
        <translation>Compte rendu : {status}</translation>
    </message>
    <message>
        <source>Circulate again</source>
        <translation>Diffuser à nouveau</translation>
    </message>
    <message>
        <source>The minutes are approved after being circulated.</source>
        <translation>Un compte rendu s&apos;approuve après avoir été diffusé.</translation>
    </message>
    <message>
        <source>Plan the next…</source>
        <translation>Planifier la suivante…</translation>
    </message>
    <message>
        <source>This meeting belongs to no instance.</source>
        <translation>Cette réunion n&apos;appartient à aucune instance.</translation>
    </message>
    <message>
        <source>Sectors: {list}</source>
        <translation>Filières : {list}</translation>
    </message>
    <message>
        <source>Challenges: {list}</source>
        <translation>Enjeux : {list}</translation>
    </message>
    <message>
        <source>Projects discussed: {list}</source>
        <translation>Projets évoqués : {list}</translation>
    </message>
    <message>
        <source>Minutes circulated and waiting for approval at this meeting: {list}</source>
        <translation>Comptes rendus diffusés, à approuver lors de cette réunion : {list}</translation>
    </message>
    <message>
        <source>Meeting closed: {count} invitee(s) not marked recorded as absent.</source>
        <translation>Réunion close : {count} invité(s) sans présence relevée noté(s) absent(s).</translation>
    </message>
    <message>
        <source>Minutes circulated: this version is kept in the history.</source>
        <translation>Compte rendu diffusé : cette version est gardée dans l&apos;historique.</translation>
    </message>
    <message>
        <source>Minutes approved: they are now frozen.</source>
        <translation>Compte rendu approuvé : il est désormais figé.</translation>
    </message>
    <message>
        <source>Minutes of the previous meeting approved at this meeting.</source>
        <translation>Compte rendu de la réunion précédente approuvé lors de cette réunion.</translation>
    </message>
    <message>
        <source>New version opened: the approved one stays in the history.</source>
        <translation>Nouvelle version ouverte : la version approuvée reste dans l&apos;historique.</translation>
    </message>
    <message>
        <source>Export the minutes</source>
        <translation>Exporter le compte rendu</translation>
    </message>
    <message>
        <source>Export the record of decisions</source>
        <translation>Exporter le relevé de décisions</translation>
    </message>
    <message>
        <source>Export the attendance sheet</source>
        <translation>Exporter la feuille d&apos;émargement</translation>
    </message>
    <message>
        <source>Export the invitation</source>
        <translation>Exporter l&apos;invitation</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>New meeting…</source>
        <translation>Nouvelle réunion…</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>All instances</source>
        <translation>Toutes les instances</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
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
        <source>Challenge</source>
        <translation>Enjeu</translation>
    </message>
    <message>
        <source>All challenges</source>
        <translation>Tous les enjeux</translation>
    </message>
    <message>
        <source>Words of the title or place</source>
        <translation>Mots du titre ou du lieu</translation>
    </message>
    <message>
        <source>No meeting yet: plan the first one (a steering committee, a network meeting…), its invitees and its agenda.</source>
        <translation>Aucune réunion pour l&apos;instant : planifiez la première (un comité de pilotage, une réunion de réseau…), ses invités et son ordre du jour.</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Passées</translation>
    </message>
    <message>
        <source>{count} meeting(s)</source>
        <translation>{count} réunion(s)</translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>New member of {name}</source>
        <translation>Nouveau membre de {name}</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Entrée le</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>MembershipForm</name>
    <message>
        <source>Membership of {name}</source>
        <translation>Adhésion de {name}</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Joined on</source>
        <translation>Entrée le</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>Départ le</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Kept (edited)</source>
        <translation>Conservée (modifiée)</translation>
    </message>
    <message>
        <source>Deleted on {date}</source>
        <translation>Supprimée le {date}</translation>
    </message>
    <message>
        <source>Deletion</source>
        <translation>Suppression</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservée</translation>
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
        <source>Merge it anyway? Every record of that file would be added.</source>
        <translation>La fusionner quand même ? Toutes les fiches de ce fichier seraient ajoutées.</translation>
    </message>
    <message>
        <source>Really add every record of another territory to this file? A backup is made first, and restoring it undoes the merge.</source>
        <translation>Ajouter vraiment toutes les fiches d’un autre territoire à ce fichier ? Une sauvegarde est faite avant : la restaurer annule la fusion.</translation>
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
        <source>Reading the colleague&apos;s copy…</source>
        <translation>Lecture de la copie du collègue…</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Fusion en cours…</translation>
    </message>
    <message>
        <source>The backup before merging failed ({error}): nothing was merged.</source>
        <translation>La sauvegarde avant la fusion a échoué ({error}) : rien n&apos;a été fusionné.</translation>
    </message>
</context>
<context>
    <name>MinutesHistory</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Version {version} — {status} on {date} by {who}</source>
        <translation>Version {version} — {status} le {date} par {who}</translation>
    </message>
    <message>
        <source>Not circulated yet: the minutes are a draft.</source>
        <translation>Pas encore diffusé : le compte rendu est un brouillon.</translation>
    </message>
    <message>
        <source>Export this version of the minutes</source>
        <translation>Exporter cette version du compte rendu</translation>
    </message>
</context>
<context>
    <name>MultiChoiceField</name>
    <message>
        <source>Nothing chosen</source>
        <translation>Aucun choix</translation>
    </message>
</context>
<context>
    <name>NeedForm</name>
    <message>
        <source>New need</source>
        <translation>Nouveau besoin</translation>
    </message>
    <message>
        <source>Need of the financing plan</source>
        <translation>Besoin du plan de financement</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Year (optional)</source>
        <translation>Année (facultatif)</translation>
    </message>
</context>
<context>
    <name>NeedsView</name>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Needs of the financing plan</source>
        <translation>Besoins du plan de financement</translation>
    </message>
    <message>
        <source>Add a need…</source>
        <translation>Ajouter un besoin…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Investment: &lt;b&gt;{investment}&lt;/b&gt; · Operating: &lt;b&gt;{operating}&lt;/b&gt; · Total: &lt;b&gt;{total}&lt;/b&gt;</source>
        <translation>Investissement : &lt;b&gt;{investment}&lt;/b&gt; · Fonctionnement : &lt;b&gt;{operating}&lt;/b&gt; · Total : &lt;b&gt;{total}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No need yet: add the project&apos;s costs.</source>
        <translation>Aucun besoin pour l&apos;instant : ajoutez les dépenses du projet.</translation>
    </message>
    <message>
        <source>the need « {label} »</source>
        <translation>le besoin « {label} »</translation>
    </message>
</context>
<context>
    <name>NewMeetingForm</name>
    <message>
        <source>New meeting</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <source>New instance, from a template…</source>
        <translation>Nouvelle instance, à partir d&apos;un modèle…</translation>
    </message>
    <message>
        <source>No instance (one-off meeting)</source>
        <translation>Hors instance (réunion ponctuelle)</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>New instance</source>
        <translation>Nouvelle instance</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Code of decision numbers</source>
        <translation>Code des numéros de décision</translation>
    </message>
    <message>
        <source>Quorum (people)</source>
        <translation>Quorum (personnes)</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>By default: instance and date</source>
        <translation>Par défaut : l&apos;instance et la date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Empty: add the items in the meeting.</source>
        <translation>Vide : ajoutez les points dans la réunion.</translation>
    </message>
    <message>
        <source>{count} invitee(s) from the template</source>
        <translation>{count} invité(s) repris du modèle</translation>
    </message>
    <message>
        <source>Instance already recorded</source>
        <translation>Instance déjà enregistrée</translation>
    </message>
    <message>
        <source>Open the existing instance</source>
        <translation>Ouvrir l&apos;instance existante</translation>
    </message>
    <message>
        <source>Change the name</source>
        <translation>Changer le nom</translation>
    </message>
    <message>
        <source>Give the new instance a name.</source>
        <translation>Donnez un nom à la nouvelle instance.</translation>
    </message>
</context>
<context>
    <name>NewPersonDialog</name>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>e.g. main holder, co-founder</source>
        <translation>ex. porteuse principale, co-fondateur</translation>
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
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Role in the project</source>
        <translation>Rôle dans le projet</translation>
    </message>
    <message>
        <source>Type at least the last name or the first name.</source>
        <translation>Saisissez au moins le nom ou le prénom.</translation>
    </message>
</context>
<context>
    <name>NotesEditor</name>
    <message>
        <source>Notes of this item, saved as you type.</source>
        <translation>Notes de ce point, enregistrées au fil de la saisie.</translation>
    </message>
    <message>
        <source>Typing…</source>
        <translation>Saisie en cours…</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Non enregistré : {error}</translation>
    </message>
    <message>
        <source>Saved at {time}</source>
        <translation>Enregistré à {time}</translation>
    </message>
    <message>
        <source>My notes, typed at the same time ({time}):</source>
        <translation>Mes notes, saisies en même temps ({time}) :</translation>
    </message>
    <message>
        <source>These notes were changed elsewhere while you typed: both texts are kept, the other one first, yours below. Tidy them up.</source>
        <translation>Ces notes ont été modifiées ailleurs pendant votre saisie : les deux textes sont gardés, l&apos;autre d&apos;abord, le vôtre dessous. Faites le tri.</translation>
    </message>
</context>
<context>
    <name>NoticeActions</name>
    <message>
        <source>Privacy notice handed on {date}</source>
        <translation>Mention d&apos;information remise le {date}</translation>
    </message>
    <message>
        <source>Privacy notice not handed</source>
        <translation>Mention d&apos;information non remise</translation>
    </message>
    <message>
        <source>Print the privacy notice…</source>
        <translation>Imprimer la mention d&apos;information…</translation>
    </message>
    <message>
        <source>Everything we hold on this person…</source>
        <translation>Tout ce que nous détenons sur cette personne…</translation>
    </message>
    <message>
        <source>Print the privacy notice</source>
        <translation>Imprimer la mention d&apos;information</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Mention d&apos;information</translation>
    </message>
    <message>
        <source>The notice was written in {name}. This file is open read-only: the date it was handed can be noted once it is open for writing.</source>
        <translation>La mention a été écrite dans {name}. Ce fichier est ouvert en lecture seule : la date de remise pourra être notée quand il sera ouvert en écriture.</translation>
    </message>
    <message>
        <source>The notice was written in {name}. Mark it as handed today?</source>
        <translation>La mention a été écrite dans {name}. Marquer comme remise aujourd&apos;hui ?</translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message>
        <source>Offer of service</source>
        <translation>Offre de service</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Funding instrument</source>
        <translation>Instrument de financement</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Filières</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Leave empty when the offer covers the structure&apos;s whole territory.</source>
        <translation>Laissez vide quand l&apos;offre couvre tout le territoire de la structure.</translation>
    </message>
</context>
<context>
    <name>OffersEditor</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Filières</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Add an offer…</source>
        <translation>Ajouter une offre…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>OfficerFields</name>
    <message>
        <source>e.g. Marie Durand</source>
        <translation>ex. Marie Durand</translation>
    </message>
    <message>
        <source>e.g. SSE project officer</source>
        <translation>ex. chargée de mission ESS</translation>
    </message>
    <message>
        <source>e.g. m.durand@mairie-exemple.fr</source>
        <translation>ex. m.durand@mairie-exemple.fr</translation>
    </message>
    <message>
        <source>e.g. 04 75 00 00 00</source>
        <translation>ex. 04 75 00 00 00</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Kept on this computer, for your user account only, not in the shared file: your name signs your changes and is the referent of the projects you open.</source>
        <translation>Enregistré sur cet ordinateur, pour votre compte seulement, pas dans le fichier partagé : votre nom signe vos modifications et devient le référent des projets que vous ouvrez.</translation>
    </message>
    <message>
        <source>Your name is needed to sign changes.</source>
        <translation>Votre nom est nécessaire pour signer les modifications.</translation>
    </message>
</context>
<context>
    <name>OfficerPage</name>
    <message>
        <source>Who you are</source>
        <translation>Qui vous êtes</translation>
    </message>
    <message>
        <source>Your name signs your changes and is the referent of the projects you open.</source>
        <translation>Votre nom signe vos modifications et devient le référent des projets que vous ouvrez.</translation>
    </message>
</context>
<context>
    <name>OrganisationChooser</name>
    <message>
        <source>No structure of the directory offers this yet.</source>
        <translation>Aucune structure de l&apos;annuaire ne propose encore ce service.</translation>
    </message>
    <message>
        <source>Or another structure of the directory:</source>
        <translation>Ou une autre structure de l&apos;annuaire :</translation>
    </message>
    <message>
        <source>fits at {score} %</source>
        <translation>adéquation {score} %</translation>
    </message>
</context>
<context>
    <name>OrganisationDetail</name>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Filières</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Territoire</translation>
    </message>
    <message>
        <source>Offer of service</source>
        <translation>Offre de service</translation>
    </message>
    <message>
        <source>No offer recorded.</source>
        <translation>Aucune offre enregistrée.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>No person recorded.</source>
        <translation>Aucune personne enregistrée.</translation>
    </message>
    <message>
        <source>Former people</source>
        <translation>Anciens interlocuteurs</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <source>New structure</source>
        <translation>Nouvelle structure</translation>
    </message>
    <message>
        <source>Structure: {name}</source>
        <translation>Structure : {name}</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
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
        <translation>Numéro RNA</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
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
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Where and for whom</source>
        <translation>Où et pour qui</translation>
    </message>
    <message>
        <source>Territory covered</source>
        <translation>Territoire d&apos;intervention</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Filières</translation>
    </message>
    <message>
        <source>Offer of service</source>
        <translation>Offre de service</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres informations</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Open the existing structure</source>
        <translation>Ouvrir la structure existante</translation>
    </message>
    <message>
        <source>Leave this form without saving and open the existing structure?</source>
        <translation>Quitter ce formulaire sans enregistrer et ouvrir la structure existante ?</translation>
    </message>
    <message>
        <source>Structure already recorded</source>
        <translation>Structure déjà enregistrée</translation>
    </message>
    <message>
        <source>Open the existing fiche</source>
        <translation>Ouvrir la fiche existante</translation>
    </message>
    <message>
        <source>Correct the SIRET</source>
        <translation>Corriger le SIRET</translation>
    </message>
</context>
<context>
    <name>OrganisationsPage</name>
    <message>
        <source>Guide of structures…</source>
        <translation>Guide des structures…</translation>
    </message>
    <message>
        <source>A handout for a project holder: who can help, for a need, a stage, a commune</source>
        <translation>Un document à remettre à un porteur : qui peut l&apos;aider, pour un besoin, une étape, une commune</translation>
    </message>
    <message>
        <source>New structure…</source>
        <translation>Nouvelle structure…</translation>
    </message>
    <message>
        <source>No structure in the directory yet: add the first one, or bring your whole list with File ▸ Import into the directory.</source>
        <translation>Aucune structure dans l&apos;annuaire pour l&apos;instant : ajoutez la première, ou apportez toute votre liste avec Fichier ▸ Importer dans l&apos;annuaire.</translation>
    </message>
    <message>
        <source>Structures</source>
        <translation>Structures</translation>
    </message>
    <message>
        <source>{count} structure</source>
        <translation>{count} structure</translation>
    </message>
    <message>
        <source>{count} structures</source>
        <translation>{count} structures</translation>
    </message>
    <message>
        <source>Name, acronym, SIRET, e-mail…</source>
        <translation>Nom, sigle, SIRET, e-mail…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Propose</translation>
    </message>
    <message>
        <source>Any service</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Filière</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Toutes les filières</translation>
    </message>
    <message>
        <source>Covers the commune</source>
        <translation>Intervient sur la commune</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
</context>
<context>
    <name>OverrideForm</name>
    <message>
        <source>Declare eligible</source>
        <translation>Déclarer éligible</translation>
    </message>
    <message>
        <source>Rules not met</source>
        <translation>Règles non respectées</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>PartnersEditor</name>
    <message>
        <source>Partner structure to add</source>
        <translation>Structure partenaire à ajouter</translation>
    </message>
    <message>
        <source>Add the partner</source>
        <translation>Ajouter le partenaire</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Remove the partner</source>
        <translation>Retirer le partenaire</translation>
    </message>
    <message>
        <source>« {name} » is already a partner of this application.</source>
        <translation>« {name} » est déjà partenaire de cette candidature.</translation>
    </message>
</context>
<context>
    <name>PendingPanel</name>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>Carry again…</source>
        <translation>Reporter…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Open items: this meeting belongs to no instance.</source>
        <translation>Points en suspens : cette réunion n&apos;appartient à aucune instance.</translation>
    </message>
    <message>
        <source>No open action carried from earlier meetings.</source>
        <translation>Aucune action ouverte reportée des réunions précédentes.</translation>
    </message>
    <message>
        <source>Open items: {open} open action(s) from earlier meetings</source>
        <translation>Points en suspens : {open} action(s) ouverte(s) des réunions précédentes</translation>
    </message>
    <message>
        <source>Open items: {open} open action(s) from earlier meetings, {closed} closed since</source>
        <translation>Points en suspens : {open} action(s) ouverte(s) des réunions précédentes, {closed} close(s) depuis</translation>
    </message>
    <message>
        <source>This action is closed: reopen it to carry it again.</source>
        <translation>Cette action est close : rouvrez-la pour la reporter.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Erase this person permanently…</source>
        <translation>Effacer définitivement cette personne…</translation>
    </message>
    <message>
        <source>New person…</source>
        <translation>Nouvelle personne…</translation>
    </message>
    <message>
        <source>No contact yet: add the people you work with, or import them with File ▸ Import into the directory (a spreadsheet or vCards).</source>
        <translation>Aucun contact pour l&apos;instant : ajoutez les personnes avec qui vous travaillez, ou importez-les avec Fichier ▸ Importer dans l&apos;annuaire (un tableur ou des vCards).</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>{count} person</source>
        <translation>{count} personne</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation>{count} personnes</translation>
    </message>
    <message>
        <source>Name, e-mail…</source>
        <translation>Nom, e-mail…</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>former people too</source>
        <translation>y compris les anciens</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Contacts of structures</source>
        <translation>Interlocuteurs des structures</translation>
    </message>
    <message>
        <source>Other people (project holders…)</source>
        <translation>Autres personnes (porteurs…)</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
</context>
<context>
    <name>PersonDetail</name>
    <message>
        <source>Objection</source>
        <translation>Opposition</translation>
    </message>
    <message>
        <source>Do not contact any more, since {date}</source>
        <translation>Ne plus contacter, depuis le {date}</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Current jobs</source>
        <translation>Fonctions actuelles</translation>
    </message>
    <message>
        <source>No current job.</source>
        <translation>Aucune fonction actuelle.</translation>
    </message>
    <message>
        <source>Former jobs</source>
        <translation>Fonctions passées</translation>
    </message>
    <message>
        <source>Projects carried</source>
        <translation>Projets portés</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Person: {name}</source>
        <translation>Personne : {name}</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Ms</source>
        <translation>Mme</translation>
    </message>
    <message>
        <source>Mr</source>
        <translation>M.</translation>
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
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
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
        <source>Street</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Fonctions</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres informations</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Type at least the last name or the first name.</source>
        <translation>Saisissez au moins le nom ou le prénom.</translation>
    </message>
    <message>
        <source>Open the existing person</source>
        <translation>Ouvrir la fiche existante</translation>
    </message>
    <message>
        <source>Leave this form without saving and open the existing person?</source>
        <translation>Quitter ce formulaire sans enregistrer et ouvrir la fiche existante ?</translation>
    </message>
    <message>
        <source>Do not contact any more (objection)</source>
        <translation>Ne plus contacter (opposition)</translation>
    </message>
    <message>
        <source>Since when? Type the date the person objected.</source>
        <translation>Depuis quand ? Saisissez la date de l&apos;opposition.</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print preview — {title}</source>
        <translation>Aperçu avant impression — {title}</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
</context>
<context>
    <name>PrivacySettingsDialog</name>
    <message>
        <source>Personal data (GDPR)</source>
        <translation>Données personnelles (RGPD)</translation>
    </message>
    <message>
        <source>e.g. Commune de Privas, represented by its mayor</source>
        <translation>ex. Commune de Privas, représentée par son maire</translation>
    </message>
    <message>
        <source>e.g. dpo@cdg07.fr</source>
        <translation>ex. dpo@cdg07.fr</translation>
    </message>
    <message>
        <source>Who is responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Controller</source>
        <translation>Responsable du traitement</translation>
    </message>
    <message>
        <source>Controller&apos;s address</source>
        <translation>Adresse du responsable</translation>
    </message>
    <message>
        <source>Data protection officer (e-mail or address)</source>
        <translation>Délégué à la protection des données (e-mail ou adresse)</translation>
    </message>
    <message>
        <source>The processing</source>
        <translation>Le traitement</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Finalités</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Durées de conservation</translation>
    </message>
    <message>
        <source>A closed or abandoned project is kept for</source>
        <translation>Un dossier clos ou abandonné est gardé</translation>
    </message>
    <message>
        <source>A person with no open project nor current job is kept for</source>
        <translation>Une personne sans dossier ouvert ni fonction en cours est gardée</translation>
    </message>
    <message>
        <source>These texts are printed on the privacy notice handed to project holders and on the processing register: check them with your data protection officer.</source>
        <translation>Ces textes sont imprimés sur la mention d&apos;information remise aux porteurs et sur le registre des traitements : relisez-les avec votre délégué à la protection des données.</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Personal &amp;data (GDPR)…</source>
        <translation>&amp;Données personnelles (RGPD)…</translation>
    </message>
</context>
<context>
    <name>ProjectChoice</name>
    <message>
        <source>Without a project</source>
        <translation>Sans projet</translation>
    </message>
</context>
<context>
    <name>ProjectDetail</name>
    <message>
        <source>Choose a project in the list, or create one.</source>
        <translation>Choisissez un projet dans la liste, ou créez-en un.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>New entry…</source>
        <translation>Nouvelle entrée…</translation>
    </message>
    <message>
        <source>Mark as created…</source>
        <translation>Marquer créé…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Project sheet (DOCX, PDF)…</source>
        <translation>Fiche projet (DOCX, PDF)…</translation>
    </message>
    <message>
        <source>This project&apos;s follow-ups (.ics)…</source>
        <translation>Relances de ce projet (.ics)…</translation>
    </message>
    <message>
        <source>Print the project sheet…</source>
        <translation>Imprimer la fiche projet…</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Orientations</source>
        <translation>Orientations</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Financement</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Relances</translation>
    </message>
    <message>
        <source>created on {date}</source>
        <translation>créé le {date}</translation>
    </message>
    <message>
        <source>(erased person)</source>
        <translation>(personne effacée)</translation>
    </message>
    <message>
        <source>Carried by {names}</source>
        <translation>Porté par {names}</translation>
    </message>
    <message>
        <source>No project holder recorded yet.</source>
        <translation>Aucun porteur enregistré pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Last changed {when} by {who}</source>
        <translation>Modifié le {when} par {who}</translation>
    </message>
    <message>
        <source>This project is already marked as created.</source>
        <translation>Ce projet est déjà marqué comme créé.</translation>
    </message>
    <message>
        <source>This part of the file cannot be read: {error}</source>
        <translation>Cette partie du fichier est illisible : {error}</translation>
    </message>
    <message>
        <source>{months} months: {date}</source>
        <translation>{months} mois : {date}</translation>
    </message>
    <message>
        <source>Post-creation check-ins scheduled — {dates}.</source>
        <translation>Suivis post-création programmés — {dates}.</translation>
    </message>
</context>
<context>
    <name>ProjectExports</name>
    <message>
        <source>Export the project sheet</source>
        <translation>Exporter la fiche projet</translation>
    </message>
    <message>
        <source>Writing the project sheet…</source>
        <translation>Écriture de la fiche projet…</translation>
    </message>
    <message>
        <source>Export the liaison sheet</source>
        <translation>Exporter la fiche de liaison</translation>
    </message>
    <message>
        <source>Writing the liaison sheet…</source>
        <translation>Écriture de la fiche de liaison…</translation>
    </message>
    <message>
        <source>Export the follow-ups to a calendar</source>
        <translation>Exporter les relances dans un calendrier</translation>
    </message>
    <message>
        <source>Writing the calendar…</source>
        <translation>Écriture du calendrier…</translation>
    </message>
</context>
<context>
    <name>ProjectFieldsView</name>
    <message>
        <source>(erased person)</source>
        <translation>(personne effacée)</translation>
    </message>
    <message>
        <source>Project holder</source>
        <translation>Porteur·se</translation>
    </message>
</context>
<context>
    <name>ProjectForm</name>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Edit the project</source>
        <translation>Modifier le projet</translation>
    </message>
    <message>
        <source>The project</source>
        <translation>Le projet</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Filière</translation>
    </message>
    <message>
        <source>Legal status (envisaged or actual)</source>
        <translation>Statut juridique (envisagé ou effectif)</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Local challenges</source>
        <translation>Enjeux du territoire</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
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
        <source>First contact</source>
        <translation>Premier contact</translation>
    </message>
    <message>
        <source>Structure founded on</source>
        <translation>Structure créée le</translation>
    </message>
    <message>
        <source>Referent</source>
        <translation>Référent·e</translation>
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
        <source>Project holders</source>
        <translation>Porteurs du projet</translation>
    </message>
    <message>
        <source>Log the first welcome (accueil) on the first contact date</source>
        <translation>Inscrire le premier accueil au suivi, à la date du premier contact</translation>
    </message>
    <message>
        <source>First welcome</source>
        <translation>Premier accueil</translation>
    </message>
</context>
<context>
    <name>ProjectLinkForm</name>
    <message>
        <source>Link a project to {name}</source>
        <translation>Lier un projet à {name}</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
</context>
<context>
    <name>ProjectsEditor</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>New project…</source>
        <translation>Nouveau projet…</translation>
    </message>
    <message>
        <source>Follow-ups calendar (.ics)…</source>
        <translation>Calendrier des relances (.ics)…</translation>
    </message>
    <message>
        <source>All open follow-ups, for Outlook, Thunderbird or Google Calendar</source>
        <translation>Toutes les relances à faire, pour Outlook, Thunderbird ou Google Agenda</translation>
    </message>
    <message>
        <source>Name, reference or description…</source>
        <translation>Nom, référence ou description…</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
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
        <source>Challenge</source>
        <translation>Enjeu</translation>
    </message>
    <message>
        <source>All challenges</source>
        <translation>Tous les enjeux</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Referent</source>
        <translation>Référent·e</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>Relances en retard</translation>
    </message>
    <message>
        <source>No project yet: open the first one when you welcome a project holder (their idea, the first interview).</source>
        <translation>Aucun projet pour l&apos;instant : ouvrez le premier quand vous accueillez un porteur de projet (son idée, le premier entretien).</translation>
    </message>
    <message>
        <source>(no referent)</source>
        <translation>(sans référent)</translation>
    </message>
    <message>
        <source>{count} projects</source>
        <translation>{count} projets</translation>
    </message>
    <message>
        <source>1 project</source>
        <translation>1 projet</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Regarder dans&#xa0;:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Type de fichier&#xa0;:</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Page &amp;order:</source>
        <translation>&amp;Ordre des pages&#xa0;:</translation>
    </message>
    <message>
        <source>Pages &amp;per sheet:</source>
        <translation>Pages &amp;par feuille&#xa0;:</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Page &amp;Set:</source>
        <translation>&amp;Jeu de pages&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <source>this file is open read-only</source>
        <translation>ce fichier est ouvert en lecture seule</translation>
    </message>
    <message>
        <source>Read-only: {reason}</source>
        <translation>Lecture seule : {reason}</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete {what}? It stays in the history and can be restored.</source>
        <translation>Supprimer {what} ? La fiche reste dans l&apos;historique et peut être restaurée.</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <source>Changed meanwhile</source>
        <translation>Modifiée entre-temps</translation>
    </message>
    <message>
        <source>Reload the record (your unsaved changes in this form are lost)?</source>
        <translation>Recharger la fiche (les modifications non enregistrées de ce formulaire seront perdues) ?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes?</source>
        <translation>Enregistrer les modifications ?</translation>
    </message>
    <message>
        <source>What you typed in this form is lost if you do not save it.</source>
        <translation>Ce que vous avez saisi dans ce formulaire sera perdu si vous ne l&apos;enregistrez pas.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Don&apos;t save</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Type to search…</source>
        <translation>Saisissez pour rechercher…</translation>
    </message>
    <message>
        <source>No person matches « {text} ». Check the spelling, or add the person to the directory first: what you typed is kept.</source>
        <translation>Aucune personne ne correspond à « {text} ». Vérifiez l&apos;orthographe, ou ajoutez d&apos;abord la personne à l&apos;annuaire : le texte saisi est conservé.</translation>
    </message>
    <message>
        <source>No structure matches « {text} ». Check the spelling, or add the structure to the directory first: what you typed is kept.</source>
        <translation>Aucune structure ne correspond à « {text} ». Vérifiez l&apos;orthographe, ou ajoutez d&apos;abord la structure à l&apos;annuaire : le texte saisi est conservé.</translation>
    </message>
    <message>
        <source>No project matches « {text} ». Check the spelling or type its reference (P-2026-…): what you typed is kept.</source>
        <translation>Aucun projet ne correspond à « {text} ». Vérifiez l&apos;orthographe ou saisissez sa référence (P-2026-…) : le texte saisi est conservé.</translation>
    </message>
    <message>
        <source>Choose an entry from the list, or leave the field empty.</source>
        <translation>Choisissez une entrée dans la liste, ou laissez le champ vide.</translation>
    </message>
</context>
<context>
    <name>RedactionReview</name>
    <message>
        <source>Check the replacements</source>
        <translation>Vérifiez les remplacements</translation>
    </message>
    <message>
        <source>The anonymised sheet replaces these texts. A person who is not linked to the project cannot be recognised: reread the description before sending.</source>
        <translation>La fiche anonymisée remplace ces textes. Une personne qui n&apos;est pas liée au projet ne peut pas être reconnue : relisez la description avant l&apos;envoi.</translation>
    </message>
    <message>
        <source>No name, phone, e-mail, link or address was found in the texts. A person who is not linked to the project cannot be recognised: reread the description before sending.</source>
        <translation>Aucun nom, téléphone, e-mail, lien ni adresse n&apos;a été trouvé dans les textes. Une personne qui n&apos;est pas liée au projet ne peut pas être reconnue : relisez la description avant l&apos;envoi.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Text found</source>
        <translation>Texte trouvé</translation>
    </message>
    <message>
        <source>Replaced by</source>
        <translation>Remplacé par</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Fois</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ReferentForm</name>
    <message>
        <source>New referent of {name}</source>
        <translation>Nouveau référent de {name}</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <source>Orient</source>
        <translation>Orienter</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Consent of the project holder</source>
        <translation>Consentement du porteur</translation>
    </message>
    <message>
        <source>Without consent, the liaison sheet carries the project&apos;s reference only: no name, no contact details.</source>
        <translation>Sans consentement, la fiche de liaison ne porte que la référence du projet : ni nom, ni coordonnées.</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Accord donné le</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>ReferralForm</name>
    <message>
        <source>orally</source>
        <translation>à l&apos;oral</translation>
    </message>
    <message>
        <source>by e-mail</source>
        <translation>par e-mail</translation>
    </message>
    <message>
        <source>signed form</source>
        <translation>formulaire signé</translation>
    </message>
    <message>
        <source>by phone</source>
        <translation>par téléphone</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Réponse le</translation>
    </message>
    <message>
        <source>Reason for refusal</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Consent of the project holder</source>
        <translation>Consentement du porteur</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Accord donné le</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>A sent orientation cannot go back to proposed.</source>
        <translation>Une orientation envoyée ne peut pas redevenir « proposée ».</translation>
    </message>
</context>
<context>
    <name>ReferralsView</name>
    <message>
        <source>Structure</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Reason / outcome</source>
        <translation>Motif / résultat</translation>
    </message>
    <message>
        <source>Orient…</source>
        <translation>Orienter…</translation>
    </message>
    <message>
        <source>Follow up…</source>
        <translation>Suivre…</translation>
    </message>
    <message>
        <source>Liaison sheet…</source>
        <translation>Fiche de liaison…</translation>
    </message>
    <message>
        <source>For the structure: only what the project holder agreed to transmit</source>
        <translation>Pour la structure : seulement ce que le porteur a accepté de transmettre</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Print the liaison sheet</source>
        <translation>Imprimer la fiche de liaison</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>{count} orientations, {taken} taken on</source>
        <translation>{count} orientation(s), {taken} prise(s) en charge</translation>
    </message>
    <message>
        <source>No orientation yet.</source>
        <translation>Aucune orientation pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>RegisterExport</name>
    <message>
        <source>Processing register</source>
        <translation>Registre des traitements</translation>
    </message>
    <message>
        <source>Processing &amp;register…</source>
        <translation>&amp;Registre des traitements…</translation>
    </message>
</context>
<context>
    <name>RegistrationForm</name>
    <message>
        <source>Register</source>
        <translation>Inscrire</translation>
    </message>
    <message>
        <source>This workshop is {state}.</source>
        <translation>Cet atelier est {state}.</translation>
    </message>
    <message>
        <source>Porteur</source>
        <translation>Porteur·se</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Or a name typed</source>
        <translation>Ou un nom saisi</translation>
    </message>
    <message>
        <source>Workshop full</source>
        <translation>Atelier complet</translation>
    </message>
    <message>
        <source>This workshop is {state}. Register all the same?</source>
        <translation>Cet atelier est {state}. Inscrire quand même ?</translation>
    </message>
</context>
<context>
    <name>RegistrationsModel</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>(erased person)</source>
        <translation>(personne effacée)</translation>
    </message>
</context>
<context>
    <name>RegistrationsTable</name>
    <message>
        <source>Registrations</source>
        <translation>Inscriptions</translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation>Non notée</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Register…</source>
        <translation>Inscrire…</translation>
    </message>
    <message>
        <source>All present</source>
        <translation>Tous présents</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Présent</translation>
    </message>
    <message>
        <source>&amp;Excused</source>
        <translation>&amp;Excusé</translation>
    </message>
    <message>
        <source>&amp;Absent</source>
        <translation>&amp;Absent</translation>
    </message>
    <message>
        <source>Key {key} in the list</source>
        <translation>Touche {key} dans la liste</translation>
    </message>
    <message>
        <source>Unregister</source>
        <translation>Désinscrire</translation>
    </message>
    <message>
        <source>{count} present</source>
        <translation>{count} présent(s)</translation>
    </message>
    <message>
        <source>{count} excused</source>
        <translation>{count} excusé(s)</translation>
    </message>
    <message>
        <source>{count} absent</source>
        <translation>{count} absent(s)</translation>
    </message>
    <message>
        <source>satisfaction {mean} / 5</source>
        <translation>satisfaction {mean} / 5</translation>
    </message>
    <message>
        <source>full</source>
        <translation>complet</translation>
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
        <source>Print…</source>
        <translation>Imprimer…</translation>
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
        <source>No commune to choose: the file&apos;s territory is not set and no project names its commune yet.</source>
        <translation>Aucune commune à choisir : le territoire du fichier n&apos;est pas défini et aucun projet n&apos;indique encore sa commune.</translation>
    </message>
    <message>
        <source>Set up the territory…</source>
        <translation>Définir le territoire…</translation>
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
    <name>RetentionReviewDialog</name>
    <message>
        <source>Annual retention review</source>
        <translation>Revue annuelle de conservation</translation>
    </message>
    <message>
        <source>Dossiers and people to review</source>
        <translation>Dossiers et personnes à revoir</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Why it is due</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Purger</translation>
    </message>
    <message>
        <source>Reason for keeping</source>
        <translation>Raison de la conservation</translation>
    </message>
    <message>
        <source>Keep until</source>
        <translation>Conserver jusqu&apos;au</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>Appliquer…</translation>
    </message>
    <message>
        <source>Delete these backups…</source>
        <translation>Supprimer ces sauvegardes…</translation>
    </message>
    <message>
        <source>Closed or abandoned projects are kept {projects} years after their last activity, people with no live link {people} years after their last update (Territory settings). {count} records are due: keep them (with a reason) or purge them. A purged project keeps its figures; its names and texts go.</source>
        <translation>Les dossiers clos ou abandonnés sont conservés {projects} ans après leur dernière activité, les personnes sans lien actif {people} ans après leur dernière mise à jour (Paramètres du territoire). {count} fiches arrivent à échéance : conservez-les (avec une raison) ou purgez-les. Un dossier purgé garde ses chiffres ; ses noms et ses textes disparaissent.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Tick « Keep » or « Purge » on a line first.</source>
        <translation>Cochez d&apos;abord « Conserver » ou « Purger » sur une ligne.</translation>
    </message>
    <message>
        <source>Say why each kept record is kept.</source>
        <translation>Indiquez pourquoi chaque donnée conservée l&apos;est.</translation>
    </message>
    <message>
        <source>{projects} projects will be anonymised, {people} people erased and {kept} records kept. Anonymised data cannot be brought back. Continue?</source>
        <translation>{projects} dossiers seront anonymisés, {people} personnes effacées et {kept} fiches conservées. Les données anonymisées ne peuvent pas être retrouvées. Continuer ?</translation>
    </message>
    <message>
        <source>{kept} kept, {purged} purged.</source>
        <translation>{kept} conservés, {purged} purgés.</translation>
    </message>
    <message>
        <source>Delete the {count} backups that still hold the purged data? Earlier states of the file can then no longer be restored from them.</source>
        <translation>Supprimer les {count} sauvegardes qui contiennent encore les données purgées ? Les états antérieurs du fichier ne pourront plus en être restaurés.</translation>
    </message>
    <message>
        <source>Annual re&amp;tention review…</source>
        <translation>Revue annuelle de &amp;conservation…</translation>
    </message>
</context>
<context>
    <name>ScoringTab</name>
    <message>
        <source>Jury member</source>
        <translation>Membre du jury</translation>
    </message>
    <message>
        <source>Scoring grid</source>
        <translation>Grille de notation</translation>
    </message>
    <message>
        <source>Save the grid</source>
        <translation>Enregistrer la grille</translation>
    </message>
    <message>
        <source>Add the jury members of the call to fill their grids.</source>
        <translation>Ajoutez les membres du jury de l&apos;appel à projets pour remplir leurs grilles.</translation>
    </message>
    <message>
        <source>Candidature</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation>Conflit d&apos;intérêts</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>non éligible</translation>
    </message>
    <message>
        <source>Score « {criterion} », {candidature}</source>
        <translation>Note « {criterion} », {candidature}</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Conflict of interest, {candidature}</source>
        <translation>Conflit d&apos;intérêts, {candidature}</translation>
    </message>
    <message>
        <source>Comment, {candidature}</source>
        <translation>Commentaire, {candidature}</translation>
    </message>
    <message>
        <source>No candidature to score in this call yet.</source>
        <translation>Aucune candidature à noter dans cet appel à projets pour l&apos;instant.</translation>
    </message>
    <message>
        <source>The call has no criteria yet: add them to score.</source>
        <translation>L&apos;appel à projets n&apos;a pas encore de critères : ajoutez-les pour noter.</translation>
    </message>
    <message>
        <source>The file is open read-only: the grid cannot be saved.</source>
        <translation>Le fichier est ouvert en lecture seule : la grille ne peut pas être enregistrée.</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Modifications pas encore enregistrées.</translation>
    </message>
    <message>
        <source>Save the scores typed for the previous member?</source>
        <translation>Enregistrer les notes saisies pour le membre précédent ?</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search everywhere (Ctrl+K)</source>
        <translation>Rechercher partout (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search everywhere</source>
        <translation>Rechercher partout</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Aucun résultat</translation>
    </message>
</context>
<context>
    <name>SeriesForm</name>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Code of decision numbers</source>
        <translation>Code des numéros de décision</translation>
    </message>
    <message>
        <source>Prefix of the decision numbers, e.g. COPIL in COPIL-2026-07.</source>
        <translation>Préfixe des numéros de décision, par exemple COPIL dans COPIL-2026-07.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Quorum (people)</source>
        <translation>Quorum (personnes)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Territory settings</source>
        <translation>Paramètres du territoire</translation>
    </message>
    <message>
        <source>Territory and documents</source>
        <translation>Territoire et documents</translation>
    </message>
    <message>
        <source>You (this computer)</source>
        <translation>Vous (cet ordinateur)</translation>
    </message>
    <message>
        <source>Delays and backups</source>
        <translation>Délais et sauvegardes</translation>
    </message>
    <message>
        <source>Territory: {name}, {communes}.</source>
        <translation>Territoire : {name}, {communes}.</translation>
    </message>
    <message>
        <source>No territory chosen yet: the activity report has no communes.</source>
        <translation>Aucun territoire choisi : le bilan d&apos;activité n&apos;a pas de communes.</translation>
    </message>
    <message>
        <source>Territory set-up assistant…</source>
        <translation>Assistant de configuration du territoire…</translation>
    </message>
    <message>
        <source>Lists and local challenges…</source>
        <translation>Listes et enjeux du territoire…</translation>
    </message>
    <message>
        <source>Legal forms, sectors, stages, services… and the local challenges</source>
        <translation>Statuts juridiques, filières, étapes, services… et les enjeux du territoire</translation>
    </message>
    <message>
        <source>e.g. Communauté de communes du Val d&apos;Eyrieux</source>
        <translation>ex. Communauté de communes du Val d&apos;Eyrieux</translation>
    </message>
    <message>
        <source>empty: the e-mail of whoever sends them</source>
        <translation>vide : l&apos;e-mail de l&apos;agent qui les envoie</translation>
    </message>
    <message>
        <source>Meeting invitations name this address as their organiser, so replies reach it; empty, each officer&apos;s own e-mail (tab « You ») is used, and without any, the calendar file only publishes the meeting.</source>
        <translation>Les invitations aux réunions indiquent cette adresse comme organisateur, pour que les réponses y arrivent ; vide, l&apos;e-mail de chaque agent (onglet « Vous ») est utilisé, et sans aucun, le fichier d&apos;agenda publie seulement la réunion.</translation>
    </message>
    <message>
        <source>Name on documents</source>
        <translation>Nom sur les documents</translation>
    </message>
    <message>
        <source>Invitations&apos; organiser e-mail</source>
        <translation>E-mail organisateur des invitations</translation>
    </message>
    <message>
        <source>Project holders</source>
        <translation>Porteurs de projet</translation>
    </message>
    <message>
        <source>An orientation is without answer after</source>
        <translation>Une orientation est sans réponse après</translation>
    </message>
    <message>
        <source>A project is without news after</source>
        <translation>Un projet est sans nouvelles après</translation>
    </message>
    <message>
        <source>Automatic backups kept</source>
        <translation>Sauvegardes automatiques conservées</translation>
    </message>
    <message>
        <source>Most recent</source>
        <translation>Les plus récentes</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> sauvegardes</translation>
    </message>
    <message>
        <source>One per day, for</source>
        <translation>Une par jour, pendant</translation>
    </message>
    <message>
        <source>One per week, for</source>
        <translation>Une par semaine, pendant</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semaines</translation>
    </message>
    <message>
        <source>One per month, for</source>
        <translation>Une par mois, pendant</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source> people</source>
        <translation> personnes</translation>
    </message>
    <message>
        <source>In anonymised documents, a count of fewer people than this is shown « &lt; N », and the cells that would give it back by subtraction are withheld too.</source>
        <translation>Dans les documents anonymisés, un effectif inférieur à ce seuil est affiché « &lt; N », et les cases qui permettraient de le retrouver par soustraction sont masquées aussi.</translation>
    </message>
    <message>
        <source>Statistical secrecy</source>
        <translation>Secret statistique</translation>
    </message>
    <message>
        <source>Statistical secrecy threshold</source>
        <translation>Seuil de secret statistique</translation>
    </message>
    <message>
        <source>Applied at the next start of the application. Documents stay in French, the commune&apos;s language.</source>
        <translation>Appliquée au prochain démarrage de l&apos;application. Les documents restent en français, la langue de la commune.</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>The new language will be used at the next start of the application.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de l&apos;application.</translation>
    </message>
    <message>
        <source>Your details could not be saved on this computer: {error}</source>
        <translation>Vos coordonnées n&apos;ont pas pu être enregistrées sur cet ordinateur : {error}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Territory &amp;settings…</source>
        <translation>&amp;Paramètres du territoire…</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
</context>
<context>
    <name>ShareActions</name>
    <message>
        <source>Save to the &amp;share</source>
        <translation>Enregistrer sur le &amp;partage</translation>
    </message>
    <message>
        <source>The file lives on a network share or a removable drive: you work on a copy on this PC, saved back to it half a minute after each change, on closing, and now.</source>
        <translation>Le fichier est sur un partage réseau ou un support amovible : vous travaillez sur une copie sur ce PC, enregistrée sur le partage une demi-minute après chaque modification, à la fermeture, et maintenant.</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>le {date} à {time}</translation>
    </message>
    <message>
        <source>a colleague saved it too: File ▸ Save to the share merges</source>
        <translation>un collègue l&apos;a aussi enregistré : Fichier ▸ Enregistrer sur le partage fusionne vos modifications</translation>
    </message>
    <message>
        <source>the share cannot be reached, changes kept on this PC</source>
        <translation>partage injoignable, modifications gardées sur ce PC</translation>
    </message>
    <message>
        <source>Saved to the share.</source>
        <translation>Enregistré sur le partage.</translation>
    </message>
    <message>
        <source>Save to the share</source>
        <translation>Enregistrer sur le partage</translation>
    </message>
    <message>
        <source>Saving to the share…</source>
        <translation>Enregistrement sur le partage…</translation>
    </message>
    <message>
        <source>A colleague saved the shared file</source>
        <translation>Un collègue a enregistré le fichier partagé</translation>
    </message>
    <message>
        <source>{name} was saved on the share by someone else since you opened it. Nothing was overwritten: their changes will now be merged with yours, then the result saved.</source>
        <translation>« {name} » a été enregistré sur le partage par quelqu&apos;un d&apos;autre depuis que vous l&apos;avez ouvert. Rien n&apos;a été écrasé : ses modifications vont maintenant être fusionnées avec les vôtres, puis le résultat enregistré.</translation>
    </message>
    <message>
        <source>Reading the shared file…</source>
        <translation>Lecture du fichier partagé…</translation>
    </message>
    <message>
        <source>Backing up, then merging…</source>
        <translation>Sauvegarde, puis fusion…</translation>
    </message>
    <message>
        <source>Merging…</source>
        <translation>Fusion en cours…</translation>
    </message>
    <message>
        <source>Changes not saved to the share</source>
        <translation>Modifications non enregistrées sur le partage</translation>
    </message>
    <message>
        <source>Your changes could not be saved to {path}. They are kept on this PC and will be saved the next time you open this file. Close anyway?</source>
        <translation>Vos modifications n&apos;ont pas pu être enregistrées dans {path}. Elles sont gardées sur ce PC et seront enregistrées à la prochaine ouverture de ce fichier. Fermer quand même ?</translation>
    </message>
    <message>
        <source>Backup in progress…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
</context>
<context>
    <name>SheetOptions</name>
    <message>
        <source>Project sheet</source>
        <translation>Fiche projet</translation>
    </message>
    <message>
        <source>Nominative (names and contact details)</source>
        <translation>Nominative (noms et coordonnées)</translation>
    </message>
    <message>
        <source>Anonymised, for a jury or a committee (reference instead of names)</source>
        <translation>Anonymisée, pour un jury ou un comité (la référence au lieu des noms)</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Continue…</source>
        <translation>Continuer…</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>On its screen</source>
        <translation>Sur son écran</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>The keys of the window and of the screens opened so far. F1 opens the user guide at the page of the section in view.</source>
        <translation>Les touches de la fenêtre et des écrans déjà ouverts. F1 ouvre le guide d&apos;utilisation à la page de la section affichée.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
</context>
<context>
    <name>SilentDaysField</name>
    <message>
        <source>No news for</source>
        <translation>Sans nouvelles depuis</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>The file could not be used</source>
        <translation>Le fichier n&apos;a pas pu être utilisé</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>The file is busy ({holder}): trying again…</source>
        <translation>Le fichier est occupé ({holder}) : nouvel essai…</translation>
    </message>
    <message>
        <source>The file is busy: trying again…</source>
        <translation>Le fichier est occupé : nouvel essai…</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Veuillez patienter</translation>
    </message>
</context>
<context>
    <name>SubmissionForm</name>
    <message>
        <source>Application</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Nouvelle candidature</translation>
    </message>
    <message>
        <source>The project</source>
        <translation>Le projet</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nouveau projet</translation>
    </message>
    <message>
        <source>Create it in the case log</source>
        <translation>Le créer dans le suivi des projets</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>New project&apos;s name</source>
        <translation>Nom du nouveau projet</translation>
    </message>
    <message>
        <source>New project&apos;s sector</source>
        <translation>Filière du nouveau projet</translation>
    </message>
    <message>
        <source>Porteur</source>
        <translation>Porteur</translation>
    </message>
    <message>
        <source>Lead structure</source>
        <translation>Structure porteuse</translation>
    </message>
    <message>
        <source>The application</source>
        <translation>La candidature</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Amount asked</source>
        <translation>Montant demandé</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Documents received</source>
        <translation>Pièces reçues</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
</context>
<context>
    <name>SubmissionsTab</name>
    <message>
        <source>Declared eligible</source>
        <translation>Déclarée éligible</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Éligible</translation>
    </message>
    <message>
        <source>Not eligible ({n})</source>
        <translation>Non éligible ({n})</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Porteur</source>
        <translation>Porteur</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Éligibilité</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Candidatures</translation>
    </message>
    <message>
        <source>New application…</source>
        <translation>Nouvelle candidature…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Check eligibility</source>
        <translation>Vérifier l&apos;éligibilité</translation>
    </message>
    <message>
        <source>Declare eligible…</source>
        <translation>Déclarer éligible…</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Open the project</source>
        <translation>Ouvrir le projet</translation>
    </message>
    <message>
        <source>{count} application(s), {eligible} eligible</source>
        <translation>{count} candidature(s), {eligible} éligible(s)</translation>
    </message>
    <message>
        <source>Declared eligible: {reason}</source>
        <translation>Déclarée éligible : {reason}</translation>
    </message>
    <message>
        <source>Select an application to see why it is or is not eligible.</source>
        <translation>Choisissez une candidature pour voir pourquoi elle est éligible ou non.</translation>
    </message>
    <message>
        <source>{project} — received {date}, {words}.</source>
        <translation>{project} — reçue le {date}, {words}.</translation>
    </message>
    <message>
        <source>Checked: {eligible} eligible, {ineligible} not eligible.</source>
        <translation>Vérifié : {eligible} éligible(s), {ineligible} non éligible(s).</translation>
    </message>
    <message>
        <source>Withdraw the application of {project}? It stays listed as withdrawn.</source>
        <translation>Retirer la candidature de {project} ? Elle reste dans la liste, marquée retirée.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Ready</source>
        <translation>C&apos;est prêt</translation>
    </message>
</context>
<context>
    <name>TagsField</name>
    <message>
        <source>Names separated by commas</source>
        <translation>Noms séparés par des virgules</translation>
    </message>
</context>
<context>
    <name>TerritoryAssistant</name>
    <message>
        <source>Territory set-up assistant</source>
        <translation>Assistant de configuration du territoire</translation>
    </message>
    <message>
        <source>Territory: &lt;b&gt;{name}&lt;/b&gt;, {communes}.</source>
        <translation>Territoire : &lt;b&gt;{name}&lt;/b&gt;, {communes}.</translation>
    </message>
    <message>
        <source>Officer: &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>Agent : &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Logo: {logo}. Word template: {template}.</source>
        <translation>Logo : {logo}. Modèle Word : {template}.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>standard</source>
        <translation>standard</translation>
    </message>
    <message>
        <source>Then, from the dashboard:&lt;ol&gt;&lt;li&gt;import your directory of partners (a spreadsheet or vCards);&lt;/li&gt;&lt;li&gt;welcome a first project holder;&lt;/li&gt;&lt;li&gt;plan a meeting (a COPIL, a committee).&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>Ensuite, depuis le tableau de bord :&lt;ol&gt;&lt;li&gt;importez l&apos;annuaire de vos partenaires (un tableur ou des vCards) ;&lt;/li&gt;&lt;li&gt;accueillez un premier porteur de projet ;&lt;/li&gt;&lt;li&gt;planifiez une réunion (un COPIL, un comité).&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>TerritoryField</name>
    <message>
        <source>commune</source>
        <translation>commune</translation>
    </message>
    <message>
        <source>département</source>
        <translation>département</translation>
    </message>
    <message>
        <source>région</source>
        <translation>région</translation>
    </message>
    <message>
        <source>intercommunality</source>
        <translation>intercommunalité</translation>
    </message>
    <message>
        <source>Add a commune, a département or a région</source>
        <translation>Ajouter une commune, un département ou une région</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Choose the commune, département or région from the list, or clear the text.</source>
        <translation>Choisissez la commune, le département ou la région dans la liste, ou effacez le texte.</translation>
    </message>
</context>
<context>
    <name>TerritoryPage</name>
    <message>
        <source>Your territory</source>
        <translation>Votre territoire</translation>
    </message>
    <message>
        <source>Type the name of your commune or intercommunality (communauté de communes, d&apos;agglomération…), then choose it in the list.</source>
        <translation>Tapez le nom de votre commune ou de votre intercommunalité (communauté de communes, d&apos;agglomération…), puis choisissez-la dans la liste.</translation>
    </message>
    <message>
        <source>e.g. Privas, Ardèche, Val d&apos;Eyrieux…</source>
        <translation>ex. Privas, Ardèche, Val d&apos;Eyrieux…</translation>
    </message>
    <message>
        <source>Communes and intercommunalities found</source>
        <translation>Communes et intercommunalités trouvées</translation>
    </message>
    <message>
        <source>Communes of the territory</source>
        <translation>Communes du territoire</translation>
    </message>
    <message>
        <source>Name on documents</source>
        <translation>Nom sur les documents</translation>
    </message>
    <message>
        <source>{name} — {nature}, {count} communes</source>
        <translation>{name} — {nature}, {count} communes</translation>
    </message>
    <message>
        <source>{name} — commune ({code})</source>
        <translation>{name} — commune ({code})</translation>
    </message>
    <message>
        <source>No commune or intercommunality has this name.</source>
        <translation>Aucune commune ni intercommunalité ne porte ce nom.</translation>
    </message>
    <message>
        <source>{name}: its communes are ticked; untick those your mission does not cover.</source>
        <translation>{name} : ses communes sont cochées ; décochez celles que votre mission ne couvre pas.</translation>
    </message>
    <message>
        <source>{name}: the other communes of its intercommunality are listed, to tick if your mission covers them.</source>
        <translation>{name} : les autres communes de son intercommunalité sont listées, à cocher si votre mission les couvre.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>Met: {names}</source>
        <translation>Rencontré·es : {names}</translation>
    </message>
    <message>
        <source>Structures: {names}</source>
        <translation>Structures : {names}</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Rattachement</translation>
    </message>
    <message>
        <source>Service offer</source>
        <translation>Offre de service</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Project holder</source>
        <translation>Porteur de projet</translation>
    </message>
    <message>
        <source>Case log entry</source>
        <translation>Entrée du suivi</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Funding request</source>
        <translation>Demande de financement</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Relance</translation>
    </message>
    <message>
        <source>Meeting series</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Point de l&apos;ordre du jour</translation>
    </message>
    <message>
        <source>Invitee</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Local challenge</source>
        <translation>Enjeu du territoire</translation>
    </message>
    <message>
        <source>List value</source>
        <translation>Valeur de liste</translation>
    </message>
    <message>
        <source>Recycle bin</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Deleted on</source>
        <translation>Supprimé le</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Deleted records</source>
        <translation>Fiches supprimées</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>(with {count} linked items)</source>
        <translation>(avec {count} élément(s) lié(s))</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>{count} deleted items</source>
        <translation>{count} élément(s) supprimé(s)</translation>
    </message>
    <message>
        <source>Brings the selected records back, with what was deleted with them.</source>
        <translation>Remet les fiches choisies, avec ce qui a été supprimé en même temps qu&apos;elles.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Non restauré</translation>
    </message>
    <message>
        <source>Recycle &amp;bin…</source>
        <translation>Cor&amp;beille…</translation>
    </message>
</context>
<context>
    <name>VersionViewer</name>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
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
<context>
    <name>Workers</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>WorkshopDetail</name>
    <message>
        <source>Choose a workshop in the list.</source>
        <translation>Choisissez un atelier dans la liste.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Sign-in sheet…</source>
        <translation>Feuille d&apos;émargement…</translation>
    </message>
    <message>
        <source>Export the registrations…</source>
        <translation>Exporter les inscrits…</translation>
    </message>
    <message>
        <source>Cancel the workshop</source>
        <translation>Annuler l&apos;atelier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Place: {place}</source>
        <translation>Lieu : {place}</translation>
    </message>
    <message>
        <source>Theme: {theme}</source>
        <translation>Thème : {theme}</translation>
    </message>
    <message>
        <source>Trainer: {who}</source>
        <translation>Intervenant·e : {who}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Statut : {status}</translation>
    </message>
    <message>
        <source>This workshop is already cancelled.</source>
        <translation>Cet atelier est déjà annulé.</translation>
    </message>
    <message>
        <source>A cancelled workshop takes no registration.</source>
        <translation>Un atelier annulé ne prend plus d&apos;inscription.</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Feuille d&apos;émargement</translation>
    </message>
    <message>
        <source>Export the registrations</source>
        <translation>Exporter les inscrits</translation>
    </message>
</context>
<context>
    <name>WorkshopExtras</name>
    <message>
        <source>… and {count} more</source>
        <translation>… et {count} autres</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
</context>
<context>
    <name>WorkshopForm</name>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Nouvel atelier</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
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
        <source>Trainer and places</source>
        <translation>Intervenant et places</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Intervenant·e</translation>
    </message>
    <message>
        <source>Trainer&apos;s organisation</source>
        <translation>Structure de l&apos;intervenant·e</translation>
    </message>
    <message>
        <source>Capacity (places)</source>
        <translation>Capacité (places)</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Local challenges</source>
        <translation>Enjeux du territoire</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
</context>
<context>
    <name>WorkshopsPage</name>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>New workshop…</source>
        <translation>Nouvel atelier…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Tous les thèmes</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>Enjeu</translation>
    </message>
    <message>
        <source>All challenges</source>
        <translation>Tous les enjeux</translation>
    </message>
    <message>
        <source>Words of the title, theme or place</source>
        <translation>Mots du titre, du thème ou du lieu</translation>
    </message>
    <message>
        <source>No workshop yet: plan the first one (a training on the business plan, a session on cooperatives…) and register the porteurs.</source>
        <translation>Aucun atelier pour l&apos;instant : programmez le premier (une formation au business plan, une séance sur les coopératives…) et inscrivez-y les porteurs.</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Passés</translation>
    </message>
    <message>
        <source>{count} workshop(s)</source>
        <translation>{count} atelier(s)</translation>
    </message>
</context>
</TS>
