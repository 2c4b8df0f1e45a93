"""Word lists for the demonstration territory (services/demo/).

The territory is real — communes of the Communauté d'agglomération Privas Centre Ardèche, with
their INSEE codes and postcodes checked against resources/geo — so the commune pickers, the
postcode checks and the maps of later features have something true to show. People, projects and
most associations are invented. Networks and public funders carry their public names, but every
e-mail address is under ``exemple.fr`` and every phone number in ARCEP's ranges reserved for
fiction (04 65 71 xx xx, 06 39 98 xx xx), so the demo never points at a real inbox or line.
Names deliberately contain œ, accents, apostrophes and hyphens so search can be demonstrated.
"""


def _names(text: str) -> tuple[str, ...]:
    """Comma-separated names (some contain spaces: Le Gall, Da Silva)."""
    return tuple(name.strip() for name in text.split(","))


TERRITORY_NAME = "Communauté d'agglomération Privas Centre Ardèche"
TERRITORY_CODES = ("dep:07", "reg:84")

# (INSEE code, name, postcode, weight ~ how many porteurs come from there)
COMMUNES: list[tuple[str, str, str, int]] = [
    ("07186", "Privas", "07000", 30),
    ("07349", "La Voulte-sur-Rhône", "07800", 14),
    ("07181", "Le Pouzin", "07250", 10),
    ("07066", "Chomérac", "07210", 9),
    ("07008", "Alissas", "07210", 4),
    ("07072", "Coux", "07000", 5),
    ("07090", "Flaviac", "07000", 4),
    ("07340", "Veyras", "07000", 4),
    ("07288", "Saint-Priest", "07000", 4),
    ("07027", "Beauchastel", "07800", 5),
    ("07261", "Saint-Laurent-du-Pape", "07800", 4),
    ("07233", "Saint-Étienne-de-Serre", "07190", 2),
    ("07295", "Saint-Sauveur-de-Montagut", "07190", 4),
    ("07167", "Les Ollières-sur-Eyrieux", "07360", 3),
    ("07255", "Saint-Julien-en-Saint-Alban", "07000", 3),
    ("07194", "Rochessauve", "07210", 1),
    ("07179", "Pourchères", "07000", 1),
    ("07074", "Creysseilles", "07000", 1),
    ("07098", "Gourdon", "07000", 1),
    ("07303", "Saint-Vincent-de-Durfort", "07360", 1),
    ("07278", "Saint-Michel-de-Chabrillanoux", "07360", 2),
    ("07149", "Marcols-les-Eaux", "07190", 1),
    ("07237", "Saint-Fortunat-sur-Eyrieux", "07360", 2),
    ("07083", "Dunière-sur-Eyrieux", "07360", 1),
]

FIRST_NAMES_F = _names(
    "Marie, Camille, Léa, Chloé, Manon, Emma, Inès, Jeanne, Louise, Sarah, Julie, Claire, "
    "Élodie, Hélène, Sophie, Nathalie, Isabelle, Céline, Aurélie, Émilie, Pauline, Lucie, "
    "Margaux, Anaïs, Maëlle, Zoé, Agnès, Brigitte, Françoise, Geneviève, Noémie, Océane, "
    "Solène, Véronique, Sylvie, Mathilde, Amélie, Fatima, Yasmine, Leïla, Aïcha, Héloïse, "
    "Chantal, Béatrice, Joëlle"
)
FIRST_NAMES_M = _names(
    "Jean, Pierre, Louis, Lucas, Hugo, Thomas, Nicolas, Julien, Antoine, Maxime, Mathieu, "
    "Olivier, François, Benoît, Rémi, Jérôme, Stéphane, Frédéric, Sébastien, Cédric, "
    "Grégoire, Théo, Noé, Raphaël, Gaël, Loïc, Hervé, André, Michel, Bernard, Philippe, "
    "Yannick, Karim, Mehdi, Youssef, Samir, Joël, Baptiste, Étienne, Clément, Adrien, "
    "Damien, Fabrice, Thierry, Gérard"
)
LAST_NAMES = _names(
    "Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau, Simon, "
    "Laurent, Lefèvre, Michel, Garcia, David, Bertrand, Roux, Vincent, Fournier, Morel, "
    "Girard, André, Lefebvre, Mercier, Dupont, Lambert, Bonnet, François, Martinez, Legrand, "
    "Garnier, Faure, Rousseau, Blanc, Guérin, Muller, Henry, Roussel, Nicolas, Perrin, "
    "Morin, Mathieu, Clément, Gauthier, Dumont, Lopez, Fontaine, Chevalier, Robin, Masson, "
    "Sanchez, Gérard, Nguyen, Boyer, Denis, Lemaire, Duval, Joly, Gautier, Roger, Roche, "
    "Roy, Noël, Meyer, Lucas, Meunier, Jean, Pérez, Marchand, Dufour, Blanchard, Marie, "
    "Barbier, Brun, Dumas, Brunet, Schmitt, Leroux, Colin, Fernandez, Pierre, Renard, "
    "Arnaud, Rolland, Caron, Aubert, Giraud, Leclerc, Vidal, Bourgeois, Renaud, Lemoine, "
    "Picard, Gaillard, Philippe, Leclercq, Lacroix, Fabre, Dupuis, Olivier, Rodriguez, "
    "Da Silva, Hubert, Louis, Charles, Guillot, Rivière, Le Gall, Guillaume, Adam, Rey, "
    "Moulin, Gonzalez, Berger, Lecomte, Ménard, Fleury, Deschamps, Carpentier, Julien, "
    "Bénard, Paris, Maillard, Marchal, Aubry, Vasseur, Le Roux, Renault, Jacquet, Collet, "
    "Prévost, Poirier, Charpentier, Royer, Huet, Baron, Dupuy, Pons, Paul, Laine, Carré, "
    "Breton, Rémy, Schneider, Perrot, Barré, Marty, Cousin, Chabert, Fargier, Sabatier, "
    "Vernet, Teyssier, Chazal, Soulier, Mounier, Faure-Brac, Escoffier, Chambon, Delaygue, "
    "Coste, Reynaud"
)

# (masculine, feminine) job titles of interlocuteurs, by organisation kind
ROLES: dict[str, list[tuple[str, str]]] = {
    "accompagnement": [
        ("conseiller création", "conseillère création"),
        ("chargé d'accompagnement", "chargée d'accompagnement"),
        ("directeur", "directrice"),
        ("chargé de mission DLA", "chargée de mission DLA"),
    ],
    "finance": [
        ("chargé d'investissement", "chargée d'investissement"),
        ("chargé de mission", "chargée de mission"),
        ("directeur", "directrice"),
        ("conseiller entreprises", "conseillère entreprises"),
    ],
    "public": [
        ("chargé de mission ESS", "chargée de mission ESS"),
        ("chef de service développement économique", "cheffe de service développement économique"),
        ("élu délégué à l'ESS", "élue déléguée à l'ESS"),
        ("directeur", "directrice"),
    ],
    "etat": [
        ("chargé de mission", "chargée de mission"),
        ("conseiller entreprises", "conseillère entreprises"),
        ("directeur adjoint", "directrice adjointe"),
        ("inspecteur", "inspectrice"),
    ],
    "ess": [
        ("président", "présidente"),
        ("coordinateur", "coordinatrice"),
        ("directeur", "directrice"),
        ("trésorier", "trésorière"),
        ("gérant", "gérante"),
        ("salarié", "salariée"),
    ],
}
HOLDER_ROLES = [
    ("porteur principal", "porteuse principale"),
    ("associé", "associée"),
    ("cofondateur", "cofondatrice"),
    ("futur salarié", "future salariée"),
]

# Named structures: (name, acronym, kind, legal status, sectors, offers, commune INSEE or None).
# offers: (service, instrument or None). A commune of None means "outside the territory".
# fmt: off
NAMED_ORGS: list[
    tuple[str, str, str, str, tuple[str, ...], tuple[tuple[str, str | None], ...], str | None]
] = [
    (TERRITORY_NAME, "CAPCA", "collectivite", "collectivite", (),
     (("accueil", None), ("financement", "subvention"), ("reseau", None)), "07186"),
    ("Département de l'Ardèche", "", "financeur_public", "collectivite", (),
     (("financement", "subvention"),), "07186"),
    ("Région Auvergne-Rhône-Alpes", "", "financeur_public", "collectivite", (),
     (("financement", "subvention"), ("financement", "fonds_propres")), None),
    ("DREETS Auvergne-Rhône-Alpes", "DREETS", "etat", "collectivite", ("insertion",),
     (("financement", "subvention"),), None),
    ("DDETS de l'Ardèche", "DDETS", "etat", "collectivite", ("insertion",),
     (("accueil", None), ("financement", "subvention")), "07186"),
    ("France Travail Privas", "", "etat", "collectivite", (),
     (("accueil", None), ("formation", None)), "07186"),
    ("Mission locale Centre Ardèche", "", "accompagnement", "association", (),
     (("accueil", None),), "07186"),
    ("France Active Ardèche", "", "finance_solidaire", "association", (),
     (("diagnostic", None), ("financement", "garantie"), ("financement", "pret"),
      ("financement", "fonds_propres")), "07186"),
    ("Initiative Centre Ardèche", "", "finance_solidaire", "association", (),
     (("financement", "pret_honneur"), ("creation", None)), "07186"),
    ("BGE Ardèche Drôme", "BGE", "accompagnement", "association", (),
     (("creation", None), ("formation", None), ("diagnostic", None)), "07349"),
    ("Cap Coopérer, coopérative d'activité et d'emploi", "CAE Cap Coopérer", "accompagnement",
     "cae", (), (("creation", None), ("hebergement", None)), "07066"),
    ("Union régionale des Scop et Scic Auvergne-Rhône-Alpes", "URSCOP", "reseau", "association",
     (), (("creation", None), ("developpement", None), ("expertise", None)), None),
    ("Chambre régionale de l'ESS Auvergne-Rhône-Alpes", "CRESS", "reseau", "association", (),
     (("reseau", None), ("accueil", None), ("formation", None)), None),
    ("Dispositif local d'accompagnement de l'Ardèche", "DLA 07", "accompagnement", "association",
     (), (("diagnostic", None), ("developpement", None), ("expertise", None)), "07186"),
    ("Banque des Territoires", "", "financeur_public", "collectivite", (),
     (("financement", "pret"), ("financement", "fonds_propres")), None),
    ("Crédit Coopératif", "", "banque", "cooperative", (), (("financement", "pret"),), None),
    ("La Nef", "", "banque", "cooperative", (), (("financement", "pret"),), None),
    ("Crédit Agricole Sud Rhône-Alpes", "", "banque", "cooperative", (),
     (("financement", "pret"),), "07186"),
    ("Fondation de France", "", "fondation", "fondation", (), (("financement", "subvention"),),
     None),
    ("Fondation Macif", "", "fondation", "fondation", ("mobilite", "habitat"),
     (("financement", "subvention"),), None),
    ("Fondation Abbé Pierre", "", "fondation", "fondation", ("habitat",),
     (("financement", "subvention"),), None),
    ("Adie Ardèche", "Adie", "finance_solidaire", "association", (),
     (("financement", "pret"), ("creation", None)), "07186"),
    ("Les Cigales Auvergne-Rhône-Alpes", "Cigales", "finance_solidaire", "association", (),
     (("financement", "fonds_propres"),), None),
    ("MiiMOSA", "", "financeur_prive", "entreprise", ("agriculture", "alimentation"),
     (("financement", "financement_participatif"),), None),
    ("Terre de Liens Auvergne-Rhône-Alpes", "", "fondation", "association", ("agriculture",),
     (("expertise", None), ("financement", "fonds_propres")), None),
    ("Ronalpia, incubateur d'entreprises sociales", "Ronalpia", "accompagnement", "association",
     (), (("hebergement", None), ("developpement", None)), None),
    ("Chambre de commerce et d'industrie de l'Ardèche", "CCI", "accompagnement", "collectivite",
     ("commerce",), (("creation", None), ("formation", None)), "07186"),
    ("Chambre de métiers et de l'artisanat de l'Ardèche", "CMA", "accompagnement", "collectivite",
     (), (("creation", None), ("formation", None)), "07186"),
    ("Chambre d'agriculture de l'Ardèche", "", "accompagnement", "collectivite", ("agriculture",),
     (("creation", None), ("expertise", None)), "07186"),
    ("Réseau des tiers-lieux d'Ardèche", "", "reseau", "association", (), (("reseau", None),),
     "07066"),
    ("PTCE Centre Ardèche, pôle territorial de coopération économique", "PTCE", "reseau",
     "association", ("economie_circulaire", "alimentation"), (("reseau", None),), "07349"),
    ("Tiers-lieu La Fabrique de Saint-Étienne-de-Serre", "La Fabrique", "tiers_lieu",
     "association", ("numerique", "culture"), (("hebergement", None),), "07233"),
    ("Le Moulinage, tiers-lieu de Chomérac", "", "tiers_lieu", "scic", ("culture",),
     (("hebergement", None), ("reseau", None)), "07066"),
    ("Ressourcerie L'Atelier des Serres", "", "entreprise_ess", "association",
     ("economie_circulaire", "insertion"), (), "07295"),
    ("Garage solidaire du Pouzin", "", "entreprise_ess", "association", ("mobilite", "insertion"),
     (), "07181"),
    ("Épicerie solidaire Cœur d'Ardèche", "", "entreprise_ess", "association", ("alimentation",),
     (), "07186"),
]
# fmt: on

# Generated ESS structures: (template, kind, legal status, sector)
# fmt: off
ORG_PATTERNS: list[tuple[str, str, str, str]] = [
    ("Ressourcerie {name}", "entreprise_ess", "association", "economie_circulaire"),
    ("Recyclerie {de}", "entreprise_ess", "association", "economie_circulaire"),
    ("Épicerie solidaire {de}", "entreprise_ess", "association", "alimentation"),
    ("Boulangerie coopérative {name}", "entreprise_ess", "scop", "alimentation"),
    ("Jardin d'insertion {de}", "entreprise_ess", "association", "insertion"),
    ("Chantier d'insertion {name}", "entreprise_ess", "association", "insertion"),
    ("Garage solidaire {de}", "entreprise_ess", "association", "mobilite"),
    ("Centrale villageoise {de}", "entreprise_ess", "scic", "energie"),
    ("Menuiserie coopérative {name}", "entreprise_ess", "scop", "habitat"),
    ("Habitat partagé {name}", "entreprise_ess", "scic", "habitat"),
    ("Crèche parentale {name}", "entreprise_ess", "association", "services_personne"),
    ("Aide à domicile {de}", "entreprise_ess", "association", "services_personne"),
    ("Compagnie {name}", "entreprise_ess", "association", "culture"),
    ("Café associatif {name}", "entreprise_ess", "association", "culture"),
    ("Club de randonnée {de}", "entreprise_ess", "association", "sport_loisirs"),
    ("Fab lab {de}", "tiers_lieu", "association", "numerique"),
    ("Tiers-lieu {name}", "tiers_lieu", "scic", "numerique"),
    ("Gîte d'étape {de}", "entreprise_ess", "scic", "tourisme"),
    ("Centre de santé {de}", "entreprise_ess", "association", "sante"),
    ("MJC {de}", "entreprise_ess", "association", "education"),
    ("Magasin de producteurs {de}", "entreprise_ess", "cooperative", "agriculture"),
    ("Café-épicerie {name}", "entreprise_ess", "esus", "commerce"),
]
# fmt: on

NAME_WORDS = [
    "L'Atelier des Serres",
    "La Bobine",
    "Le Grenier",
    "Les Mains Vertes",
    "L'Écho du Coiron",
    "La Soie",
    "L'Envol",
    "Les Castors",
    "La Ruche",
    "Le Petit Marché",
    "La Clé des Champs",
    "Le Chaînon",
    "L'Œil du Vivarais",
    "Le Cœur de l'Ouvèze",
    "Les Mûriers",
    "La Châtaigne",
    "L'Eyrieux",
    "Le Fil d'Ariane",
    "La Fourmilière",
    "Les Sœurs Coopératives",
    "L'Étincelle",
    "La Navette",
    "Le Pressoir",
    "Les Bœufs du Coiron",
    "La Dynamo",
    "L'Arbre à Palabres",
    "Le Rucher",
    "La Traverse",
    "Les Tisserands",
    "L'Ouvrière",
    "La Passerelle",
    "Le Lavoir",
]

# Project name templates by sector: {de} = "de <commune>", {name} = a NAME_WORDS entry
PROJECT_PATTERNS: dict[str, list[str]] = {
    "alimentation": [
        "Épicerie solidaire {de}",
        "Cantine {name}",
        "Légumerie {de}",
        "Boulangerie coopérative {name}",
        "Traiteur d'insertion {name}",
    ],
    "economie_circulaire": [
        "Ressourcerie {name}",
        "Recyclerie {de}",
        "Repair café {de}",
        "L'Atelier du réemploi {de}",
        "Matériauthèque {name}",
    ],
    "mobilite": [
        "Garage solidaire {de}",
        "Vélo-école {de}",
        "Transport solidaire {de}",
        "L'Atelier du vélo {de}",
        "Auto-partage {de}",
    ],
    "energie": [
        "Centrale villageoise {de}",
        "Rénovation énergétique {name}",
        "Chaufferie bois coopérative {de}",
    ],
    "habitat": ["Habitat participatif {name}", "Habitat inclusif {de}", "Éco-hameau {name}"],
    "insertion": [
        "Chantier d'insertion {name}",
        "Atelier et chantier d'insertion {de}",
        "Entreprise d'insertion {name}",
    ],
    "services_personne": [
        "Crèche parentale {name}",
        "Conciergerie solidaire {de}",
        "Aide à domicile {name}",
    ],
    "culture": [
        "Café-culture {name}",
        "Compagnie {name}",
        "Cinéma itinérant {de}",
        "L'Atelier d'artistes {name}",
    ],
    "sport_loisirs": ["Base de loisirs {de}", "Club d'escalade {name}"],
    "numerique": ["Fab lab {de}", "Médiation numérique {de}", "Tiers-lieu numérique {name}"],
    "tourisme": ["Gîte d'étape {de}", "Tourisme solidaire {name}"],
    "sante": ["Maison de santé {de}", "Centre de santé {name}"],
    "education": ["Ludothèque {name}", "Ferme pédagogique {de}"],
    "agriculture": ["Couveuse agricole {de}", "Magasin de producteurs {de}", "Cuma {name}"],
    "commerce": [
        "Cœur de Ville {commune} : boutique à l'essai",
        "Commerce multiservice {de}",
        "Café-épicerie {name}",
    ],
}
PROJECT_LEGAL = {
    "alimentation": ("association", "scop", "scic"),
    "economie_circulaire": ("association", "scic"),
    "energie": ("scic", "cooperative"),
    "habitat": ("scic", "association", "cooperative"),
    "commerce": ("scop", "esus", "entreprise"),
    "agriculture": ("cooperative", "scic"),
}

# Fixed projects every demo contains, so the search examples always work.
SHOWCASE_PROJECTS: list[tuple[str, str, str]] = [
    ("Épicerie solidaire de Saint-Étienne-de-Serre", "alimentation", "07233"),
    ("L'Atelier du vélo de La Voulte-sur-Rhône", "mobilite", "07349"),
    ("Cœur de Ville Privas : boutique à l'essai", "commerce", "07186"),
    ("Ressourcerie L'Œuvre Commune", "economie_circulaire", "07181"),
    ("Tiers-lieu L'Atelier des Sœurs", "numerique", "07066"),
]

DESCRIPTIONS = [
    "Création d'une activité {sector_label} portée par un collectif d'habitants.",
    "Le projet vise à créer {jobs}, dont une partie en insertion.",
    "Reprise d'une activité existante sous forme coopérative ; les salariés veulent s'associer.",
    "Projet né d'une réunion publique : besoin identifié par la commune et les associations.",
    "Modèle économique mixte : ventes, adhésions et subventions de fonctionnement.",
    "Recherche d'un local en centre-bourg ; la commune étudie la mise à disposition d'un bien.",
    "Activité saisonnière à consolider : l'hiver reste la période difficile.",
]

EVENT_SUBJECTS: dict[str, list[str]] = {
    "accueil": [
        "Premier accueil",
        "Accueil à la permanence ESS",
        "Rendez-vous d'accueil en mairie",
    ],
    "entretien": [
        "Entretien de suivi",
        "Point sur le modèle économique",
        "Travail sur le plan de financement",
        "Choix du statut juridique",
        "Préparation du dossier de financement",
    ],
    "appel": ["Appel de suivi", "Appel : question sur le statut", "Relance téléphonique"],
    "email": [
        "Envoi de la liste des financeurs",
        "Transmission du compte rendu",
        "Courriel : recherche de local",
    ],
    "visite": ["Visite du local", "Visite sur site", "Visite du chantier"],
    "atelier": [
        "Atelier « Créer son activité dans l'ESS »",
        "Formation gouvernance coopérative",
        "Atelier modèle économique",
    ],
    "point_etape": ["Point d'étape trimestriel", "Bilan à six mois"],
    "post_creation": ["Suivi post-création : premier exercice", "Suivi post-création : embauche"],
}
NOTE_SENTENCES = [
    "La porteuse a présenté son étude de marché ; la clientèle visée est celle du centre-bourg.",
    "Le collectif hésite entre association et SCIC : transmis la fiche comparative de l'URSCOP.",
    "Besoin d'un local de 80 m² ; piste d'un ancien commerce rue principale.",
    "Le plan de financement reste fragile : il manque environ 15 000 € de fonds propres.",
    "Rappel des délais de l'appel à projets de la Région.",
    "Le collectif œuvre pour un partenariat avec l'épicerie voisine et les producteurs du Coiron.",
    "Prévoir une rencontre avec le DLA pour consolider la gouvernance.",
    "Les bénévoles sont mobilisés ; le bureau s'est renouvelé en assemblée générale.",
    "Premiers chiffres encourageants : chiffre d'affaires conforme au prévisionnel.",
    "Inquiétude sur le recrutement d'un·e salarié·e en contrat aidé.",
    "La commune pourrait mettre à disposition la salle des fêtes deux jours par semaine.",
    "Demande d'appui pour répondre à l'appel à projets « Cœur de Ville ».",
    "Échange avec France Active sur une garantie bancaire.",
    "Le porteur souhaite être mis en relation avec d'autres projets de la filière.",
    "Compte rendu envoyé ; prochaine étape : rendez-vous avec la banque.",
    "Le projet a été présenté au comité de pilotage ESS, accueil favorable.",
    "Difficultés de trésorerie en attendant le versement de la subvention.",
    "Visite du lieu avec l'élue : travaux d'accessibilité à prévoir.",
]

REFERRAL_CONSENT = [
    "Accord oral, noté pendant l'entretien",
    "Accord par courriel",
    "Accord écrit sur la fiche d'accueil",
]
REFERRAL_REFUSALS = [
    "Projet hors du périmètre de la structure",
    "Projet pas encore assez mûr",
    "Promotion complète, à représenter à la prochaine session",
]
REFERRAL_OUTCOMES = [
    "Accompagnement démarré",
    "Diagnostic réalisé",
    "Dossier présenté en comité",
    "Orienté vers une autre structure",
    "Rendez-vous pris",
]

FOLLOW_UPS = [
    "Relancer pour le plan de financement",
    "Vérifier la réponse de la structure orientée",
    "Envoyer la convention de mise à disposition",
    "Rappeler après le comité d'engagement",
    "Proposer une visite du local",
    "Point après l'ouverture",
    "Inviter au prochain COPIL ESS",
    "Transmettre les coordonnées du DLA",
    "Vérifier le dépôt du dossier à la Région",
    "Demander le bilan du premier exercice",
]

# Meeting series: (name, code, kind, quorum, sectors, challenge title or "")
# fmt: off
SERIES: list[tuple[str, str, str, int | None, tuple[str, ...], str]] = [
    ("Comité de pilotage ESS", "COPIL", "copil", 6, (), ""),
    ("Groupe de travail alimentation durable", "GT-ALIM", "gt_filiere", None, ("alimentation",),
     "Alimentation durable"),
    ("Groupe de travail mobilités inclusives", "GT-MOB", "gt_filiere", None, ("mobilite",),
     "Mobilités inclusives"),
    ("Groupe de travail réemploi et économie circulaire", "GT-REEMPLOI", "gt_filiere", None,
     ("economie_circulaire",), "Économie circulaire"),
    ("Réunion du PTCE Centre Ardèche", "PTCE", "ptce", None, ("economie_circulaire",), ""),
    ("Jury de l'appel à projets ESS", "JURY", "jury", 4, (), ""),
    ("Comité technique des accompagnateurs", "COTECH", "cotech", None, (), ""),
    ("Mois de l'ESS", "MOIS-ESS", "temps_fort", None, (), ""),
]
# fmt: on
PLACES = [
    "Salle du conseil, hôtel d'agglomération, Privas",
    "Tiers-lieu La Fabrique, Saint-Étienne-de-Serre",
    "Le Moulinage, Chomérac",
    "Mairie du Pouzin, salle des mariages",
    "Salle polyvalente de La Voulte-sur-Rhône",
    "Visioconférence",
]
AGENDA = [
    "Tour de table",
    "Approbation du compte rendu précédent",
    "Point sur les projets accompagnés",
    "Présentation du projet « {project} »",
    "Bilan du Mois de l'ESS",
    "Diagnostic partagé : besoins du territoire",
    "Calendrier de l'appel à projets",
    "Retour sur la visite de l'Atelier des Serres",
    "Questions diverses",
]
AGENDA_NOTES = [
    "Échanges nourris ; plusieurs structures proposent de mutualiser un poste.",
    "Les élus souhaitent un point d'étape avant le conseil communautaire.",
    "La CRESS rappelle les dates du Mois de l'ESS en novembre.",
    "Le porteur a répondu aux questions du jury sur son modèle économique.",
    "Constat partagé : manque de locaux abordables en centre-bourg.",
    "",
]
DECISIONS = [
    "Le compte rendu de la séance précédente est approuvé à l'unanimité.",
    "Le comité valide le lancement de l'appel à projets ESS {year}.",
    "Une aide de {amount} € est attribuée au projet « {project} ».",
    "Le groupe retient l'étude d'une légumerie intercommunale.",
    "La feuille de route ESS {year} est adoptée.",
    "Un groupe restreint préparera le diagnostic des besoins de mobilité.",
    "La commune met un local à disposition des projets lauréats pendant un an.",
]
ACTIONS = [
    "Envoyer le compte rendu aux membres",
    "Recenser les cuisines centrales du territoire",
    "Préparer le bilan pour le conseil communautaire",
    "Contacter la CRESS pour le Mois de l'ESS",
    "Mettre à jour l'annuaire des structures d'accompagnement",
    "Organiser la visite de la ressourcerie",
    "Rédiger le règlement de l'appel à projets",
    "Relancer les lauréats pour leurs justificatifs",
]
FUNDING_SCHEMES = {
    "subvention": ["Subvention de fonctionnement", "Appel à projets ESS", "Aide au démarrage"],
    "pret_honneur": ["Prêt d'honneur création"],
    "garantie": ["Garantie bancaire"],
    "pret": ["Prêt d'investissement", "Prêt participatif"],
    "fonds_propres": ["Apport en fonds propres", "Entrée au capital"],
    "financement_participatif": ["Campagne de financement participatif"],
}
TAGS = [
    ("Prioritaire", "#c0392b"),
    ("Quartier prioritaire", "#2980b9"),
    ("Jeunes", "#27ae60"),
    ("Femmes entrepreneures", "#8e44ad"),
]
SECTOR_CHALLENGE = {
    "alimentation": "Alimentation durable",
    "mobilite": "Mobilités inclusives",
    "economie_circulaire": "Économie circulaire",
    "commerce": "Revitalisation des centres-bourgs",
    "insertion": "Accès à l'emploi",
}
STREETS = [
    "rue de la République",
    "place de l'Hôtel de Ville",
    "cours du Palais",
    "avenue de la Gare",
    "chemin des Mûriers",
    "rue du Temple",
    "Grande Rue",
    "quai de l'Eyrieux",
    "route de Lyon",
    "impasse des Sœurs",
]
OFFER_CONDITIONS = [
    "Sur rendez-vous",
    "Projets implantés en Ardèche",
    "Structures de moins de 3 ans",
    "Après un premier diagnostic",
    "",
]
FUNDING_RANGE_EUR = {
    "subvention": (2_000, 30_000),
    "pret_honneur": (3_000, 15_000),
    "pret": (10_000, 150_000),
    "garantie": (10_000, 80_000),
    "fonds_propres": (5_000, 50_000),
    "financement_participatif": (3_000, 20_000),
}
EVENT_MINUTES = {
    "accueil": 60,
    "entretien": 75,
    "appel": 15,
    "email": None,
    "visite": 90,
    "atelier": 180,
    "point_etape": 60,
    "post_creation": 60,
}
