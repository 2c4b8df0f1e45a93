"""The fiche of this processing for the commune's register (RGPD art. 30), filled from what the
commune declared (privacy settings) and from what the file actually holds: the categories of
data present are read from the columns that hold anything, the volumes counted, so the fiche
says what is true of this file today rather than what the software could hold.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from municipaless import __version__, documents
from municipaless.core.formats import format_long_date
from municipaless.core.wording import plural
from municipaless.documents.model import (
    Block,
    BulletList,
    Column,
    Document,
    Heading,
    Meta,
    Paragraph,
    Run,
    Section,
    Table,
    Value,
)
from municipaless.services.file import privacy_settings
from municipaless.services.file.settings import document_branding
from municipaless.services.privacy.notice import controller_name
from municipaless.storage import register_queries as q

if TYPE_CHECKING:
    from municipaless.services.file.territory import Territory

# (category, what it covers, the columns that reveal it)
CATEGORIES: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...] = (
    (
        "État civil, identité",
        "civilité, nom, prénom",
        (("person", "civility"), ("person", "first_name"), ("person", "last_name")),
    ),
    (
        "Coordonnées",
        "adresse, e-mail, téléphone (personnels ou professionnels)",
        (
            ("person", "email"),
            ("person", "phone"),
            ("person", "mobile"),
            ("person", "address"),
            ("person", "postcode"),
            ("affiliation", "email"),
            ("affiliation", "phone"),
        ),
    ),
    (
        "Vie professionnelle",
        "structure, fonction, rôle dans un projet, statut juridique et filière du projet, emplois",
        (
            ("affiliation", "organisation_id"),
            ("affiliation", "role"),
            ("project_holder", "role"),
            ("project", "legal_status"),
            ("project", "sector"),
            ("project", "jobs_planned"),
        ),
    ),
    (
        "Informations d'ordre économique et financier",
        "demandes de financement : financeur, dispositif, montants demandés et accordés",
        (
            ("funding_request", "asked_cents"),
            ("funding_request", "granted_cents"),
            ("funding_request", "scheme"),
        ),
    ),
    (
        "Suivi de l'accompagnement",
        "entretiens et appels, orientations et accord du porteur, relances",
        (
            ("case_event", "occurred_on"),
            ("referral", "consent_on"),
            ("referral", "organisation_id"),
            ("follow_up", "due_on"),
        ),
    ),
    (
        "Participation à des réunions",
        "présence, représentation, actions confiées",
        (
            ("attendance", "person_id"),
            ("attendance", "free_name"),
            ("action_item", "owner_person_id"),
        ),
    ),
    (
        "Textes libres",
        "remarques, notes d'entretien, description du projet, notes de réunion, décisions",
        (
            ("person", "notes"),
            ("project", "description"),
            ("case_event", "notes"),
            ("case_event", "subject"),
            ("agenda_item", "notes"),
            ("decision", "text"),
            ("referral", "outcome"),
        ),
    ),
)

SECURITY = (
    "Fichier local unique (SQLite) sur un poste ou un partage de la collectivité ; aucun "
    "service en ligne, aucune transmission automatique.",
    "Accès limité aux agents qui ouvrent le fichier (droits du dossier et de la session "
    "Windows) ; chiffrement du disque et verrouillage de session : à assurer par la "
    "collectivité.",
    "Verrou de présence : un seul agent écrit à la fois, les autres lisent ; une écriture "
    "concurrente est refusée, jamais écrasée.",
    "Journal de chaque modification (qui, quand, ancienne et nouvelle valeur) : traçabilité.",
    "Sauvegardes automatiques vérifiées (intégrité) à l'ouverture et à la fermeture, avec "
    "rotation : {backups}.",
    "Fichier sur un partage réseau ou une clé : travail sur une copie locale, renvoyée "
    "de façon atomique.",
    "Documents pour le conseil et les jurys anonymisés par défaut (secret statistique en "
    "dessous de {threshold} personnes) ; export nominatif sur choix explicite.",
    "Orientation vers une structure : fiche de liaison limitée à ce que couvre l'accord "
    "noté du porteur.",
)


def categories_present(territory: Territory) -> list[tuple[str, str, bool]]:
    """(category, what it covers, present in the file)."""
    wanted = {c for _n, _w, cols in CATEGORIES for c in cols}
    found = q.filled(territory.tdb.db, sorted(wanted))
    return [(name, what, any(c in found for c in cols)) for name, what, cols in CATEGORIES]


def _rows(pairs: list[tuple[str, str]]) -> list[list[Value]]:
    return [[k, v] for k, v in pairs if v]


def build(territory: Territory, *, today: dt.date | None = None) -> Document:
    from municipaless.services.file import backups

    brand = document_branding(territory)
    settings = privacy_settings.load(territory)
    commune = brand.commune
    controller = controller_name(settings, commune)
    day = today or dt.date.today()
    counts = q.volumes(territory.tdb.db)
    keep = backups.limits(territory)
    backups_text = (
        f"{keep['recent']} récentes, une par jour sur {keep['daily']} jours, une par semaine "
        f"sur {keep['weekly']} semaines, une par mois sur {keep['monthly']} mois"
    )
    fields = Column("Rubrique", width=14), Column("Information", width=36)
    identity = Table(
        "Le traitement",
        list(fields),
        _rows(
            [
                (
                    "Intitulé",
                    "Accompagnement des porteurs de projets de l'économie sociale et "
                    "solidaire et animation du réseau des structures (logiciel MunicipalESS)",
                ),
                ("Responsable du traitement", controller),
                ("Adresse", settings.controller_address.strip()),
                (
                    "Délégué à la protection des données",
                    settings.dpo_contact.strip()
                    or "à désigner (obligatoire pour une collectivité, art. 37)",
                ),
                ("Service qui l'utilise", "Service de l'économie sociale et solidaire"),
                ("Fiche établie le", format_long_date(day)),
                ("Fichier", territory.path.name),
            ]
        ),
        name="traitement",
    )
    purposes = Table(
        "Finalités, base légale, destinataires",
        list(fields),
        _rows(
            [
                ("Finalités", settings.purposes.strip()),
                ("Base légale", settings.legal_basis.strip()),
                ("Destinataires", settings.recipients.strip()),
                ("Transferts hors de l'Union européenne", "Aucun."),
                ("Décision automatisée", "Aucune."),
                (
                    "Information des personnes",
                    "Mention d'information remise au porteur et "
                    f"notée dans sa fiche ({plural(counts['informed'], 'personne', 'personnes')} "
                    "à ce jour).",
                ),
            ]
        ),
        name="finalites",
    )
    present = categories_present(territory)
    data_table = Table(
        "Catégories de données",
        [
            Column("Catégorie", width=16),
            Column("Contenu", width=28),
            Column("Dans le fichier", width=8),
        ],
        [[name, what, "oui" if here else "non"] for name, what, here in present],
        note="« Dans le fichier » : au moins une fiche en cours la renseigne ce jour.",
        name="donnees",
    )
    volumes = Table(
        "Personnes concernées et volumes",
        [Column("Catégorie", width=30), Column("Nombre", "count", width=10)],
        [
            ["Personnes de l'annuaire (porteurs, interlocuteurs)", counts["persons"]],
            ["dont porteurs de projets", counts["holders"]],
            ["Projets suivis (dossiers)", counts["projects"]],
            ["Structures", counts["organisations"]],
            ["Réunions", counts["meetings"]],
        ],
        name="volumes",
    )
    retention = Table(
        "Durées de conservation",
        list(fields),
        [
            [
                "Dossier clos ou abandonné",
                f"{settings.closed_project_years} ans après la "
                "dernière activité, puis anonymisé ou effacé après revue",
            ],
            [
                "Personne sans dossier ouvert ni fonction en cours",
                f"{settings.unlinked_person_years} ans après la dernière mise à jour",
            ],
            ["Bilans statistiques", "anonymes : sans limite"],
        ],
        name="conservation",
    )
    blocks: list[Block] = [
        Paragraph(
            Run(
                "Fiche du registre des activités de traitement (article 30 du RGPD), "
                "pré-remplie par le logiciel : relisez-la avec le délégué à la protection "
                "des données avant de l'intégrer au registre de la collectivité.",
                italic=True,
            )
        ),
        identity,
        purposes,
        data_table,
        Paragraph(
            "Données sensibles (santé, opinions, origine…) : aucune n'est demandée ; les "
            "textes libres ne doivent pas en contenir. Numéro de sécurité sociale : jamais."
        ),
        volumes,
        retention,
        Heading("Mesures de sécurité", 2),
        BulletList(
            [
                s.format(backups=backups_text, threshold=settings.disclosure_threshold)
                for s in SECURITY
            ]
        ),
        Paragraph(f"Logiciel : MunicipalESS {__version__}, utilisé hors ligne."),
    ]
    return Document(
        title="Registre des traitements",
        subtitle="Accompagnement des projets ESS",
        meta=Meta(commune=commune, generated=day),
        sections=[Section(blocks)],
        logo=brand.logo,
        docx_template=brand.docx_template,
    )


def write(
    territory: Territory, path: Path | str, fmt: str | None = None, *, today: dt.date | None = None
) -> list[Path]:
    return documents.write(build(territory, today=today), path, fmt)
