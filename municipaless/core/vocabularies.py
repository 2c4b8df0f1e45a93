"""Default vocabularies seeded into every new territory file.

Codes are stable identifiers stored in rows; labels are what the officer sees and may edit.
Users add their own entries and archive ours, so code never assumes this list is complete.
"""

from municipaless.core import statuses
from municipaless.core.i18n import N_, _

DEFAULTS: dict[str, list[tuple[str, str]]] = {
    "organisation_kind": [
        ("accompagnement", N_("Structure d'accompagnement")),
        ("financeur_public", N_("Financeur public")),
        ("financeur_prive", N_("Financeur privé")),
        ("finance_solidaire", N_("Finance solidaire")),
        ("banque", N_("Banque")),
        ("fondation", N_("Fondation")),
        ("reseau", N_("Réseau")),
        ("collectivite", N_("Collectivité")),
        ("etat", N_("Service de l'État")),
        ("entreprise_ess", N_("Entreprise de l'ESS")),
        ("tiers_lieu", N_("Lieu / tiers-lieu")),
        ("autre", N_("Autre")),
    ],
    "legal_status": [
        ("association", N_("Association loi 1901")),
        ("scop", N_("SCOP")),
        ("scic", N_("SCIC")),
        ("cae", N_("Coopérative d'activité et d'emploi (CAE)")),
        ("cooperative", N_("Coopérative")),
        ("mutuelle", N_("Mutuelle")),
        ("fondation", N_("Fondation")),
        ("esus", N_("Entreprise commerciale ESUS")),
        ("entreprise", N_("Entreprise commerciale")),
        ("collectivite", N_("Collectivité / établissement public")),
        ("indetermine", N_("À déterminer")),
    ],
    "service": [
        ("accueil", N_("Accueil / information")),
        ("diagnostic", N_("Diagnostic")),
        ("creation", N_("Accompagnement à la création")),
        ("developpement", N_("Accompagnement au développement")),
        ("formation", N_("Formation")),
        ("hebergement", N_("Hébergement / incubation")),
        ("reseau", N_("Mise en réseau")),
        ("expertise", N_("Expertise")),
        ("financement", N_("Financement")),
    ],
    "instrument": [
        ("subvention", N_("Subvention")),
        ("pret_honneur", N_("Prêt d'honneur")),
        ("garantie", N_("Garantie")),
        ("pret", N_("Prêt bancaire")),
        ("fonds_propres", N_("Apport en fonds propres")),
        ("financement_participatif", N_("Financement participatif")),
    ],
    "stage": [
        ("idee", N_("Idée")),
        ("emergence", N_("Émergence")),
        ("creation", N_("Création")),
        ("developpement", N_("Développement")),
        ("consolidation", N_("Consolidation")),
    ],
    "project_status": statuses.vocabulary(statuses.ProjectStatus),
    "case_event_kind": [
        ("accueil", N_("Accueil")),
        ("entretien", N_("Entretien")),
        ("appel", N_("Appel")),
        ("email", N_("E-mail")),
        ("visite", N_("Visite")),
        ("atelier", N_("Atelier / formation")),
        ("point_etape", N_("Point d'étape")),
        ("post_creation", N_("Suivi post-création")),
    ],
    "referral_status": statuses.vocabulary(statuses.ReferralStatus),
    "funding_status": statuses.vocabulary(statuses.FundingStatus),
    "meeting_kind": [
        ("copil", N_("Comité de pilotage")),
        ("gt_filiere", N_("Groupe de travail filière")),
        ("ptce", N_("Réunion PTCE")),
        ("jury", N_("Jury d'appel à projets")),
        ("cotech", N_("Comité technique")),
        ("temps_fort", N_("Temps fort / événement")),
        ("libre", N_("Réunion libre")),
    ],
    "attendance_status": statuses.vocabulary(statuses.AttendanceStatus),
    "action_status": statuses.vocabulary(statuses.ActionItemStatus),
    "sector": [
        ("alimentation", N_("Alimentation durable")),
        ("economie_circulaire", N_("Économie circulaire / réemploi")),
        ("mobilite", N_("Mobilités inclusives")),
        ("energie", N_("Transition énergétique")),
        ("habitat", N_("Habitat")),
        ("insertion", N_("Insertion par l'activité économique")),
        ("services_personne", N_("Services à la personne")),
        ("culture", N_("Culture")),
        ("sport_loisirs", N_("Sport et loisirs")),
        ("numerique", N_("Numérique")),
        ("tourisme", N_("Tourisme social et solidaire")),
        ("sante", N_("Santé et médico-social")),
        ("education", N_("Éducation populaire")),
        ("agriculture", N_("Agriculture")),
        ("commerce", N_("Commerce de proximité")),
    ],
    # Migration 7 (cooperation): seeded into older files by that migration too.
    "collective_kind": [
        ("ptce", N_("Pôle territorial de coopération économique (PTCE)")),
        ("scic", N_("SCIC")),
        ("tiers_lieu", N_("Tiers-lieu")),
        ("groupement_employeurs", N_("Groupement d'employeurs")),
        ("reseau", N_("Réseau")),
        ("autre", N_("Autre collectif")),
    ],
    "membership_role": [
        ("fondateur", N_("Fondateur")),
        ("membre", N_("Membre")),
        ("partenaire", N_("Partenaire")),
        ("collectivite", N_("Collectivité")),
    ],
    "budget_kind": [
        ("investissement", N_("Investissement")),
        ("fonctionnement", N_("Fonctionnement")),
    ],
}

COOPERATION_VOCABULARIES = ("collective_kind", "membership_role", "budget_kind")

DEFAULT_CHALLENGES: list[str] = [
    "Alimentation durable",
    "Mobilités inclusives",
    "Économie circulaire",
    "Revitalisation des centres-bourgs",
    "Accès à l'emploi",
]


_SEEDED = {(vocab, code): label for vocab, entries in DEFAULTS.items() for code, label in entries}


def shown_label(vocab: str, code: str, label: str) -> str:
    """A value's label in the officer's language while it is still the one seeded; a label the
    commune typed or renamed stays as written. Documents read the stored label, never this."""
    return _(label) if _SEEDED.get((vocab, code)) == label else label
