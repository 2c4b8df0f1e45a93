"""Word lists of the demo's cooperation levers: enjeux and their indicators, calls for
projects, collectifs, ateliers and budget lines (services/demo/cooperation.py, calls.py)."""

DIAGNOSIS_SOURCE = "Diagnostic partagé ESS {year}, CA Privas Centre Ardèche"
DIAGNOSIS_DOCUMENT = "DIAG-ESS-{year} (Documents partagés ▸ Diagnostic ESS)"

# Enjeu title -> (description, [(indicator, unit, target, first value, yearly drift)]).
# The five seeded titles first (core/vocabularies.DEFAULT_CHALLENGES), then the sixth of the
# small demo, left uncovered on purpose, then the large demo's others.
# fmt: off
CHALLENGES: dict[str, tuple[str, list[tuple[str, str, float | None, float, float]]]] = {
    "Alimentation durable": (
        "Relocaliser l'approvisionnement des cantines et des ménages, soutenir les circuits "
        "courts et l'aide alimentaire digne.",
        [("Part de produits locaux en restauration collective", "%", 40, 18, 5),
         ("Points de vente en circuit court", "lieux", 25, 14, 2)],
    ),
    "Mobilités inclusives": (
        "Permettre à chacun de se déplacer pour travailler, se former et se soigner, sans "
        "dépendre d'une voiture personnelle.",
        [("Personnes accompagnées vers la mobilité", "personnes", 300, 140, 35),
         ("Vélos remis en circulation", "vélos", None, 220, 60),
         ("Communes desservies par le transport solidaire", "communes", 24, 9, 3)],
    ),
    "Économie circulaire": (
        "Réduire les déchets et faire du réemploi une filière d'emplois locaux.",
        [("Tonnes détournées de l'enfouissement", "t", 500, 260, 45),
         ("Emplois en insertion dans le réemploi", "ETP", 40, 18, 4)],
    ),
    "Revitalisation des centres-bourgs": (
        "Rouvrir des commerces et des services dans les centres-bourgs, avec des locaux "
        "abordables.",
        [("Locaux vacants en centre-bourg", "locaux", 20, 46, -6)],
    ),
    "Accès à l'emploi": (
        "Ouvrir des parcours vers l'emploi aux personnes qui en sont éloignées, avec les "
        "structures d'insertion du territoire.",
        [("Demandeurs d'emploi de longue durée", "personnes", None, 1480, -40),
         ("Sorties dynamiques des chantiers d'insertion", "%", 60, 41, 3)],
    ),
    "Accès aux droits et inclusion numérique": (
        "Accompagner les habitants éloignés du numérique dans leurs démarches en ligne ; "
        "aucun acteur ne s'est encore saisi de cet enjeu.",
        [("Habitants sans accès à internet à domicile", "%", 10, 17, -1)],
    ),
    "Transition énergétique": (
        "Produire et économiser l'énergie avec les habitants : centrales villageoises, "
        "rénovation.",
        [("Puissance installée en production citoyenne", "kWc", 900, 310, 120)],
    ),
    "Habitat abordable et inclusif": (
        "Des logements accessibles aux jeunes, aux aînés et aux ménages modestes.",
        [("Logements en habitat inclusif", "logements", 60, 12, 8)],
    ),
    "Bien vieillir et santé": (
        "Services à la personne, santé de proximité et lien social pour les aînés.",
        [("Communes sans médecin généraliste", "communes", 4, 9, -1)],
    ),
    "Vitalité culturelle et tourisme solidaire": (
        "Des lieux de culture et un tourisme qui profitent aux habitants.",
        [("Nuitées en hébergement solidaire", "nuitées", None, 5200, 600)],
    ),
    "Installation agricole": (
        "Installer de nouveaux paysans et transmettre les fermes.",
        [("Installations aidées par an", "installations", 15, 6, 2)],
    ),
    "Jeunesse et éducation populaire": (
        "Des projets portés par et pour les jeunes du territoire.",
        [("Jeunes engagés en service civique", "jeunes", 80, 35, 10)],
    ),
}
# fmt: on
UNCOVERED = "Accès aux droits et inclusion numérique"
# The large demo ties its extra enjeux to projects by sector (the five seeded ones already are).
EXTRA_SECTOR_CHALLENGE = {
    "energie": "Transition énergétique",
    "habitat": "Habitat abordable et inclusif",
    "services_personne": "Bien vieillir et santé",
    "sante": "Bien vieillir et santé",
    "culture": "Vitalité culturelle et tourisme solidaire",
    "tourisme": "Vitalité culturelle et tourisme solidaire",
    "agriculture": "Installation agricole",
    "education": "Jeunesse et éducation populaire",
    "numerique": UNCOVERED,
}
INDICATOR_SOURCES = [
    "Observatoire régional de l'ESS (CRESS)",
    "Rapport d'activité des structures",
    "Enquête annuelle du service ESS",
    "INSEE, recensement",
]

# Calls for projects --------------------------------------------------------------------------
COOPERATIVE_CATEGORY = "Coopérer pour se développer"
EMERGING_CATEGORY = "Émerger et expérimenter"
CALL_TITLES = [
    "Coopérer en Centre Ardèche",
    "Initiatives solidaires des centres-bourgs",
    "Alimentation durable et circuits courts",
    "Réemploi et économie circulaire",
    "Mobilités du quotidien",
    "Tiers-lieux et lieux partagés",
    "Jeunes qui entreprennent autrement",
    "Transition énergétique citoyenne",
]
CALL_DESCRIPTION = (
    "Appel à projets coopératifs co-écrit avec les acteurs de l'ESS du territoire : il soutient "
    "les projets qui mutualisent, coopèrent et répondent aux enjeux du diagnostic partagé."
)
REQUIRED_DOCUMENTS = (
    "Dossier de candidature",
    "Budget prévisionnel",
    "Statuts ou projet de statuts",
)
EXTRA_DOCUMENTS = ("Lettres d'engagement des partenaires", "Relevé d'identité bancaire")
# (label, description, weight)
CRITERIA = [
    ("Dimension coopérative", "Partenaires engagés, mutualisation, gouvernance partagée", 3.0),
    ("Utilité sociale et ancrage territorial", "Réponse à un enjeu du territoire", 2.0),
    ("Viabilité économique", "Modèle économique, plan de financement", 2.0),
    ("Emplois créés ou consolidés", "Nombre et qualité des emplois", 1.0),
    ("Caractère innovant", "Nouveauté pour le territoire", 1.0),
]
JURY_ROLES = ("présidente du jury", "président du jury")
SCORE_COMMENTS = [
    "Projet solide, partenariat réel avec les structures voisines.",
    "Le plan de financement reste à consolider.",
    "Belle dynamique collective ; la gouvernance mérite d'être précisée.",
    "Réponse claire à un besoin du territoire.",
    "Partenaires cités mais peu engagés à ce stade.",
    "",
    "",
]
CONFLICT_COMMENT = "Siège au conseil d'administration d'une structure partenaire."
REFUSAL_REASONS = [
    "dossier moins avancé que les projets retenus ; le jury encourage une nouvelle candidature",
    "enveloppe épuisée par les projets mieux classés",
    "partenariat encore insuffisamment formalisé",
]
ELIGIBILITY_OVERRIDE = (
    "Statuts en cours de dépôt en préfecture : le projet de statuts signé a été transmis, "
    "le jury l'accepte."
)
PARTNER_ROLES = ["co-porteur", "partenaire technique", "fournisseur", "lieu d'accueil", ""]
JURY_ACTION = "Envoyer les courriers de notification de l'appel à projets « {call} »"

# Collectifs ------------------------------------------------------------------------------------
# (name, kind, named structure acronym or name start, description)
COLLECTIVES = [
    (
        "PTCE Centre Ardèche",
        "ptce",
        "PTCE",
        "Pôle territorial de coopération économique : réemploi, alimentation et insertion "
        "autour de la vallée de l'Eyrieux.",
    ),
    (
        "SCIC Légumerie du Centre Ardèche",
        "scic",
        "",
        "Société coopérative d'intérêt collectif en création : légumerie intercommunale pour "
        "la restauration collective, associant producteurs, cantines et commune.",
    ),
    (
        "Tiers-lieu La Fabrique",
        "tiers_lieu",
        "La Fabrique",
        "Tiers-lieu rural : fab lab, espace de travail partagé et café associatif.",
    ),
]
COLLECTIVE_PATTERNS = [
    ("Réseau {name}", "reseau"),
    ("Groupement d'employeurs {de}", "groupement_employeurs"),
    ("Tiers-lieu {name}", "tiers_lieu"),
    ("SCIC {name}", "scic"),
    ("Collectif des acteurs du réemploi {de}", "autre"),
    ("PTCE {name}", "ptce"),
]
MEMBER_LEFT_NOTE = "A quitté le collectif après sa fusion avec une autre association."
REFERENT_ROLES = ["coordinatrice", "coordinateur", "référent élu", "animatrice", ""]

# Ateliers --------------------------------------------------------------------------------------
# (title, theme)
WORKSHOPS = [
    ("Choisir son statut juridique : association, SCOP, SCIC", "Statuts juridiques"),
    ("Financer son projet : panorama des financements solidaires", "Financement"),
    ("Tenir la comptabilité d'une petite structure", "Comptabilité"),
    ("Marketing et communication pour les projets de l'ESS", "Marketing"),
    ("Construire son modèle économique", "Modèle économique"),
    ("Gouvernance coopérative : décider ensemble", "Gouvernance"),
    ("Répondre à un appel à projets", "Financement"),
    ("Recruter son premier salarié", "Emploi"),
    ("Fiscalité des associations", "Comptabilité"),
    ("Mesurer son utilité sociale", "Évaluation"),
    ("Construire son plan de financement", "Financement"),
    ("Vendre en circuit court", "Marketing"),
]
WORKSHOP_DESCRIPTION = "Atelier collectif de trois heures, ouvert aux porteurs accompagnés."
WORKSHOP_COMMENTS = [
    "Très concret, merci.",
    "J'aurais aimé plus d'exemples.",
    "Les échanges entre porteurs étaient précieux.",
    "Un peu court pour tout voir.",
    "",
]
WALK_INS = ["Mme Odile Vernet", "M. Paul Chazal", "Mme Inès Roche"]

# Plan de financement ---------------------------------------------------------------------------
BUDGET_LINES = {
    "investissement": [
        "Aménagement du local",
        "Matériel et équipement",
        "Véhicule utilitaire",
        "Mobilier et informatique",
    ],
    "fonctionnement": [
        "Salaires et charges",
        "Loyer et charges",
        "Communication et site internet",
        "Honoraires comptables",
        "Achats de démarrage",
    ],
}
