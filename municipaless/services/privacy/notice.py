"""The mention d'information (RGPD art. 13) handed to a porteur: one printable page in plain
French, built from what the commune declared (services/file/privacy_settings.py) and its
name (settings.py), optionally with the porteur's name; and the date it was handed
(``person.informed_on``), which the fiche shows.

Art. 13 lists what it must say: who decides (responsable) and the DPO's contact, why and on
what legal basis, who receives the data, how long it is kept, the rights and how to use
them, the right to complain to the CNIL. Erasure is « when applicable »: a public-interest
mission limits it (art. 17.3.b), so the text says when it applies.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, cast

from municipaless import documents
from municipaless.core import domain as d
from municipaless.core.formats import format_long_date
from municipaless.documents.model import (
    Block,
    BulletList,
    Document,
    Heading,
    Meta,
    Paragraph,
    Run,
    Section,
)
from municipaless.services.file import privacy_settings
from municipaless.services.file.privacy_settings import PrivacySettings
from municipaless.services.file.settings import document_branding

if TYPE_CHECKING:
    from municipaless.services.file.territory import Territory

CNIL = "CNIL : www.cnil.fr, 3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07."


def status_text(person: d.Person) -> str:
    """What the fiche says: « Mention d'information remise le 3 décembre 2026 » or not."""
    if person.informed_on:
        return f"Mention d'information remise le {format_long_date(person.informed_on)}"
    return "Mention d'information non remise"


def controller_name(settings: PrivacySettings, commune: str) -> str:
    if settings.controller.strip():
        return settings.controller.strip()
    return f"Commune de {commune}" if commune else "La commune"


def contact_text(settings: PrivacySettings, controller: str) -> str:
    """Where to write to use a right: the DPO, else the controller's address."""
    if settings.dpo_contact.strip():
        return f"le délégué à la protection des données : {settings.dpo_contact.strip()}"
    if settings.controller_address.strip():
        return f"{controller}, {settings.controller_address.strip()}"
    return f"{controller} (service de l'économie sociale et solidaire)"


def rights_items(settings: PrivacySettings) -> list[str]:
    return [
        "Accès : savoir ce que nous avons sur vous et en recevoir une copie.",
        "Rectification : faire corriger une information inexacte ou incomplète.",
        "Effacement : quand une information n'est plus nécessaire, après votre opposition "
        "ou si elle a été notée à tort (passé le délai de conservation, nous l'effaçons).",
        "Limitation : faire geler l'usage de vos informations le temps d'une vérification.",
        "Opposition : pour des raisons tenant à votre situation, nous demander de cesser de "
        "les utiliser, ou de ne plus vous contacter.",
    ]


def build(
    territory: Territory,
    *,
    person_name: str = "",
    today: dt.date | None = None,
) -> Document:
    """The notice as a Document (one A4 page in PDF, the commune's letterhead in Word)."""
    brand = document_branding(territory)
    commune = brand.commune
    settings = privacy_settings.load(territory)
    controller = controller_name(settings, commune)
    address = settings.controller_address.strip()
    day = today or dt.date.today()
    blocks: list[Block] = []
    if person_name.strip():
        blocks.append(
            Paragraph(
                Run(f"Remise à {person_name.strip()}, le {format_long_date(day)}.", italic=True)
            )
        )
    dpo = settings.dpo_contact.strip()
    who = controller + (f", {address}" if address else "") + "."
    if dpo:
        who += f" Délégué à la protection des données : {dpo}."
    blocks += [
        Paragraph(Run("Qui en est responsable ? ", bold=True), who),
        Paragraph(
            Run("Pourquoi ? ", bold=True),
            settings.purposes.strip().rstrip(".") + ". ",
            f"Base légale : {settings.legal_basis.strip()}. Nous n'avons pas besoin de votre "
            "accord pour tenir votre dossier, mais vous pouvez vous y opposer.",
        ),
        Paragraph(
            Run("Qui les voit ? ", bold=True),
            settings.recipients.strip().rstrip(".") + ". Nous ne transmettons rien à une "
            "structure sans votre accord. Rien ne sort de l'Union européenne ; aucune décision "
            "n'est automatisée.",
        ),
        Paragraph(
            Run("Combien de temps ? ", bold=True),
            f"Votre dossier est gardé {settings.closed_project_years} ans après sa clôture ; "
            f"vos coordonnées, {settings.unlinked_person_years} ans après notre dernier "
            "échange si vous n'avez plus de dossier en cours. Les bilans présentés au conseil "
            "sont anonymes.",
        ),
        Heading("Vos droits", 2),
        BulletList(rights_items(settings)),
        Paragraph(
            Run("Pour les exercer, ", bold=True),
            f"écrivez à {contact_text(settings, controller)} : nous répondons sous un mois. "
            "Si vous estimez vos droits non respectés, vous pouvez saisir la " + CNIL,
        ),
    ]
    return Document(
        title="Vos informations personnelles",
        subtitle="Ce que nous notons pour vous accompagner, et vos droits",
        meta=Meta(commune=commune, generated=day),
        sections=[Section(blocks)],
        logo=brand.logo,
        docx_template=brand.docx_template,
    )


def write(
    territory: Territory,
    path: Path | str,
    fmt: str | None = None,
    *,
    person_id: str | None = None,
    today: dt.date | None = None,
) -> list[Path]:
    """Write the notice (personalised with the person's name when ``person_id`` is given)."""
    name = ""
    if person_id:
        person = cast(d.Person, territory.records["person"].get(person_id))
        name = person.display_name
    return documents.write(build(territory, person_name=name, today=today), path, fmt)


def record_notice_given(
    territory: Territory, person_id: str, on: dt.date | None = None
) -> d.Person:
    """Note that the mention was handed to the person on ``on`` (today by default)."""
    person = cast(d.Person, territory.records["person"].get(person_id))
    day = (on or dt.date.today()).isoformat()
    return cast(
        d.Person,
        territory.save("person", {"informed_on": day}, row_id=person_id, rev=person.rev),
    )
