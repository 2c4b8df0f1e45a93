"""What the commune declares about this processing, kept in the file (the ``meta`` table) so
every colleague prints the same mention d'information and applies the same retention rules.

Stored under ``privacy_*`` keys beside the territory settings (settings.py). It sits in file/,
the bottom feature, because reports and casework read the disclosure threshold too.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

from municipaless.core.i18n import _
from municipaless.core.validation import check_email
from municipaless.services.file.settings import SettingsError
from municipaless.storage.bulk import write_meta

if TYPE_CHECKING:
    from municipaless.services.file.territory import Territory

PREFIX = "privacy_"
DEFAULT_PURPOSES = (
    "Accueillir, orienter et accompagner les porteurs de projets de l'économie sociale et "
    "solidaire ; suivre les dossiers ; animer le réseau des structures d'accompagnement ; "
    "établir des bilans statistiques anonymes pour le conseil."
)
DEFAULT_RECIPIENTS = (
    "Les agents de la collectivité chargés de l'ESS ; les structures d'accompagnement ou "
    "financeurs vers lesquels le porteur accepte d'être orienté."
)


@dataclass
class PrivacySettings:
    """Usable as they are; the officer adjusts them in Paramètres ▸ Données personnelles."""

    controller: str = ""  # responsable du traitement: « Commune de … », represented by its maire
    controller_address: str = ""
    dpo_contact: str = ""  # e-mail or postal address of the délégué à la protection des données
    purposes: str = DEFAULT_PURPOSES
    legal_basis: str = "Mission d'intérêt public (article 6.1.e du RGPD)"
    recipients: str = DEFAULT_RECIPIENTS
    # Retention, in years: a closed or abandoned dossier after its last activity; a person with
    # no live link (no open dossier, no current affiliation) after their last update.
    closed_project_years: int = 5
    unlinked_person_years: int = 3
    # Statistical disclosure: a count of people below this is withheld in anonymised documents.
    disclosure_threshold: int = 3


_INT_KEYS = ("closed_project_years", "unlinked_person_years", "disclosure_threshold")


def load(territory: Territory) -> PrivacySettings:
    names = [f.name for f in fields(PrivacySettings)]
    raw = territory.meta([PREFIX + n for n in names])
    settings = PrivacySettings()
    for name in names:
        value = raw.get(PREFIX + name, "")
        if not value:
            continue
        if name in _INT_KEYS:
            if value.isdigit():
                setattr(settings, name, int(value))
        else:
            setattr(settings, name, value)
    return settings


def save(territory: Territory, settings: PrivacySettings) -> None:
    """Write every privacy setting in one transaction; SettingsError (French) on a bad value."""
    if not 1 <= settings.closed_project_years <= 30:
        raise SettingsError(_("La durée de conservation d'un dossier clos va de 1 à 30 ans."))
    if not 1 <= settings.unlinked_person_years <= 30:
        raise SettingsError(_("La durée de conservation d'une personne va de 1 à 30 ans."))
    if not 2 <= settings.disclosure_threshold <= 20:
        raise SettingsError(_("Le seuil de secret statistique va de 2 à 20."))
    contact = settings.dpo_contact.strip()
    if contact and "@" in contact and " " not in contact:
        email = check_email(contact)
        if not email.ok:
            raise SettingsError(email.error or _("Adresse e-mail du DPO invalide."))
    values = {PREFIX + f.name: str(getattr(settings, f.name)).strip() for f in fields(settings)}
    write_meta(territory.tdb, values)
