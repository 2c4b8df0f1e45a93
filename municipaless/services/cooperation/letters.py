"""Notification letters of an appel à projets: one DOCX per decided candidature, accepted
(amount, conditions, contact) or refused (the jury's reason), addressed to the porteur.

Built on the document model with the commune's branding (name, logo, Word template: its
letterhead, header and footer) and signed with the officer's profile on this PC (name,
role, e-mail, phone). Written into a folder with names the officer can read in a file
browser (« P-2026-0042 Épicerie solidaire — lauréat.docx »); a letter already there is
replaced only when asked, else the new one takes a numbered name: never overwritten silently.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, cast

from municipaless import documents
from municipaless.core import cooperation as co
from municipaless.core import domain as d
from municipaless.core.formats import format_long_date, format_money
from municipaless.core.statuses import SubmissionStatus
from municipaless.core.wording import article, is_town
from municipaless.documents.model import Block, Document, Meta, Paragraph, Run, Section
from municipaless.services.cooperation import eligibility
from municipaless.services.file.officer import OfficerProfile, load_profile
from municipaless.services.file.settings import document_branding
from municipaless.services.geography.communes import commune_name
from municipaless.storage import scoring_queries as q

if TYPE_CHECKING:
    from municipaless.services.file.territory import Territory

# A non-eligible candidature is told too (the rules it does not meet), once the officer has
# checked eligibility; one still « reçue » or eligible waits for the jury.
DECIDED = (SubmissionStatus.AWARDED, SubmissionStatus.REFUSED, SubmissionStatus.INELIGIBLE)
_OUTCOMES = {SubmissionStatus.AWARDED: "lauréat", SubmissionStatus.INELIGIBLE: "non recevable"}
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


@dataclass
class LettersResult:
    written: list[Path] = field(default_factory=list)
    renamed: list[Path] = field(default_factory=list)  # an older letter kept: numbered name
    undecided: list[str] = field(default_factory=list)  # references left without a letter


def file_name(submission: co.Submission, project: d.Project) -> str:
    """« P-2026-0042 Épicerie solidaire — lauréat.docx », safe on every file system."""
    outcome = _OUTCOMES.get(SubmissionStatus(submission.status), "non retenue")
    stem = f"{project.reference} {project.name}".strip()
    stem = _UNSAFE.sub(" ", stem)
    stem = " ".join(stem.split()).rstrip(". ")[:120]
    return f"{stem} — {outcome}.docx"


def planned(territory: Territory, call_id: str, folder: Path) -> list[Path]:
    """The files a run would write (to ask before replacing those already there)."""
    return [Path(folder) / file_name(s, p) for s, p in _decided(territory, call_id)]


def _decided(territory: Territory, call_id: str) -> list[tuple[co.Submission, d.Project]]:
    out = []
    for sub in q.submissions(territory.tdb.db, call_id):
        if sub.status in DECIDED:
            out.append((sub, cast(d.Project, territory.records["project"].get(sub.project_id))))
    return sorted(out, key=lambda pair: (pair[1].reference, pair[0].id))


def _free(path: Path) -> Path:
    n = 2
    candidate = path
    while candidate.exists():
        candidate = path.with_name(f"{path.stem} ({n}){path.suffix}")
        n += 1
    return candidate


def write_letters(
    territory: Territory,
    call_id: str,
    folder: Path | str,
    *,
    replace: bool = False,
    today: dt.date | None = None,
    profile: OfficerProfile | None = None,
) -> LettersResult:
    """One letter per decided candidature into ``folder`` (created when missing)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    result = LettersResult()
    decided = _decided(territory, call_id)
    ids = {s.id for s, _ in decided}
    for sub in q.submissions(territory.tdb.db, call_id):
        if sub.id not in ids and sub.status != SubmissionStatus.WITHDRAWN:
            project = cast(d.Project, territory.records["project"].get(sub.project_id))
            result.undecided.append(project.reference or project.name)
    for sub, project in decided:
        doc = build(territory, sub.id, today=today, profile=profile)
        path = folder / file_name(sub, project)
        if path.exists() and not replace:
            path = _free(path)
            result.renamed.append(path)
        result.written.extend(documents.write(doc, path, "docx"))
    return result


def _address(person: d.Person | None, organisation: d.Organisation | None) -> list[str]:
    lines = []
    if person is not None:
        lines.append(" ".join(p for p in (person.civility, person.display_name) if p))
    if organisation is not None:
        lines.append(organisation.name)
    place_owner = person if person is not None and person.address else None
    if place_owner is not None:
        lines.append(place_owner.address)
        town = commune_name(place_owner.commune_insee)
        lines.append(" ".join(p for p in (place_owner.postcode or "", town) if p))
    elif organisation is not None and organisation.address:
        lines.append(organisation.address)
        town = commune_name(organisation.commune_insee)
        lines.append(" ".join(p for p in (organisation.postcode or "", town) if p))
    return [line for line in lines if line.strip()]


# A civility as the file holds it, as a letter addresses the person (« Mme, » is no greeting).
_SALUTATIONS = {"mme": "Madame", "madame": "Madame", "mlle": "Madame", "m": "Monsieur",
                "monsieur": "Monsieur", "mr": "Monsieur"}  # fmt: skip


def _greeting(person: d.Person | None) -> str:
    """« Madame », « Monsieur », or « Madame, Monsieur » when the civility says neither."""
    civility = (person.civility if person is not None else "").strip().rstrip(".").lower()
    return _SALUTATIONS.get(civility, "Madame, Monsieur")


def _authority(name: str) -> str:
    """Who signs and pays: the file's collectivité as named (« Commune de Privas », « Communauté
    d'agglomération… »); a bare town name becomes « Commune de Privas »."""
    return f"Commune de {name}" if name and is_town(name) else name


def _signature(profile: OfficerProfile, commune: str) -> list[Block]:
    """The signature as one block: the name in bold, then role and collectivité below it."""
    below = [line for line in (profile.role, _authority(commune)) if line]
    runs: list[Run | str] = []
    if profile.name:
        runs.append(Run(profile.name, bold=True))
    if below:
        runs.append(("\n" if runs else "") + "\n".join(below))
    return [Paragraph(""), Paragraph(*runs)] if runs else []


def _contact(profile: OfficerProfile) -> str:
    ways = [w for w in (profile.email, profile.phone) if w]
    who = profile.name or "le service de l'économie sociale et solidaire"
    return who + (f" ({', '.join(ways)})" if ways else "")


def build(
    territory: Territory,
    submission_id: str,
    *,
    today: dt.date | None = None,
    profile: OfficerProfile | None = None,
) -> Document:
    """The letter of one decided candidature as a Document."""
    records = territory.records
    sub = cast(co.Submission, records["submission"].get(submission_id))
    call = cast(co.ProjectCall, records["project_call"].get(sub.call_id))
    project = cast(d.Project, records["project"].get(sub.project_id))
    person = cast(d.Person, records["person"].get(sub.person_id)) if sub.person_id else None
    organisation = (
        cast(d.Organisation, records["organisation"].get(sub.organisation_id))
        if sub.organisation_id
        else None
    )
    funder = (
        cast(d.Organisation, records["organisation"].get(call.funder_id))
        if call.funder_id
        else None
    )
    decision = records["decision"].get(sub.decision_id) if sub.decision_id else None
    brand = document_branding(territory)
    profile = profile if profile is not None else load_profile()
    day = today or dt.date.today()
    accepted = sub.status == SubmissionStatus.AWARDED
    jury_day = f", réuni le {format_long_date(call.jury_on)}" if call.jury_on else ""
    number = f" (décision {decision.number})" if decision is not None else ""
    candidature = f"{project.reference} « {project.name} »".strip()
    greeting = _greeting(person)
    # one paragraph, lines broken inside it: an address block as a letter prints it
    blocks: list[Block] = [Paragraph("\n".join(_address(person, organisation)))]
    # « À Privas, le … » only for a town; an intercommunalité's letter is simply dated.
    town = brand.commune if brand.commune and is_town(brand.commune) else ""
    place = f"À {town}, le" if town else "Le"
    blocks += [
        Paragraph(""),
        Paragraph(f"{place} {format_long_date(day)}"),
        Paragraph(
            Run("Objet : ", bold=True),
            f"appel à projets « {call.title} » — votre candidature {candidature}",
        ),
        Paragraph(f"{greeting},"),
    ]
    if accepted:
        payer = _authority(funder.name if funder is not None else brand.commune)
        the = article(payer, "collectivite") or ""
        paid = f" Elle est versée par {the}{payer}." if payer else ""
        blocks += [
            Paragraph(
                f"J'ai le plaisir de vous informer que le jury de l'appel à projets "
                f"« {call.title} »{jury_day}, a retenu votre projet « {project.name} »"
                f"{number}."
            ),
            Paragraph(
                "Une subvention de ",
                Run(format_money(sub.awarded_cents), bold=True),
                f" vous est accordée.{paid}",
            ),
            Paragraph(
                Run("Conditions : ", bold=True),
                "une convention précisera l'objet de l'aide, le calendrier de versement et "
                "les justificatifs attendus (compte rendu de l'action et bilan financier). "
                "L'aide est affectée au projet présenté ; toute modification importante doit "
                "nous être signalée.",
            ),
            Paragraph(
                Run("Votre contact : ", bold=True),
                f"{_contact(profile)}, qui vous accompagnera pour la suite.",
            ),
        ]
    elif sub.status == SubmissionStatus.INELIGIBLE:
        reasons = eligibility.check(territory, sub.id).reasons
        blocks += [
            Paragraph(
                f"J'ai bien reçu votre candidature à l'appel à projets « {call.title} » pour "
                f"votre projet « {project.name} ». J'ai le regret de vous informer qu'elle ne "
                "remplit pas les conditions du règlement de l'appel et ne peut donc pas être "
                "présentée au jury :"
            ),
            *(Paragraph(f"– {reason}") for reason in reasons),
            Paragraph(
                "Notre accompagnement continue : pour en parler et préparer une prochaine "
                f"candidature, vous pouvez joindre {_contact(profile)}."
            ),
        ]
    else:
        reason = sub.refusal_reason.strip()
        if reason and reason[-1] not in ".!?…":
            reason += "."
        blocks += [
            Paragraph(
                f"Le jury de l'appel à projets « {call.title} »{jury_day}, a examiné avec "
                f"attention votre projet « {project.name} ». J'ai le regret de vous informer "
                f"qu'il n'a pas été retenu{number}."
            ),
            Paragraph(Run("Motif : ", bold=True), reason),
            Paragraph(
                "Ce choix ne met pas fin à notre accompagnement : pour en parler et préparer "
                f"une prochaine étape, vous pouvez joindre {_contact(profile)}."
            ),
        ]
    blocks.append(
        Paragraph(
            "Je vous prie d'agréer, " + greeting + ", l'expression de mes salutations distinguées."
        )
    )
    blocks += _signature(profile, brand.commune)
    outcome = (
        "Candidature retenue"
        if accepted
        else "Candidature non recevable"
        if sub.status == SubmissionStatus.INELIGIBLE
        else "Candidature non retenue"
    )
    return Document(
        title=outcome,
        subtitle=f"Appel à projets « {call.title} »",
        meta=Meta(
            commune=brand.commune,
            generated=day,
            subject=f"Notification — {candidature}",
            keywords="appel à projets, notification",
        ),
        sections=[Section(blocks)],
        logo=brand.logo,
        docx_template=brand.docx_template,
    )
