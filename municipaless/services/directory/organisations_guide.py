"""« Guide des structures »: the handout the officer gives a porteur at the desk.

Built from the orientation filter (need, stage, sector, commune) through
``directory.organisations_for``, so the guide and the case log's orientation agree on who fits.
One entry per structure and need: what it offers, on which conditions, for which projects, the
territory it covers, whom to contact and how to reach it. Grouped by need, best fits first,
with the commune's name and the date (information changes: the porteur must know how fresh it
is). Professional contacts only: a person's own address or mobile never goes on paper.
"""

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from municipaless import documents
from municipaless.core.domain import Organisation
from municipaless.core.formats import format_long_date, format_phone
from municipaless.core.wording import enumerate_fr, plural
from municipaless.documents import model as m
from municipaless.services import directory
from municipaless.services.file.settings import document_branding
from municipaless.services.geography.communes import commune_name, territory_label
from municipaless.storage.privacy_queries import opposed_ids

if TYPE_CHECKING:  # the type only: no import at run time, as before typing
    from municipaless.services.file.territory import Territory

FORMATS = ("docx", "pdf", "odt")
TITLE = "Guide des structures"


def _labels(territory: "Territory", vocab: str) -> dict[str, str]:
    return {v.code: v.label for v in territory.vocabulary(vocab, include_archived=True)}


def _join_labels(codes: Sequence[str], labels: dict[str, str]) -> str:
    """Labels in vocabulary order (Idée before Émergence), unknown codes last as they are."""
    order = {code: i for i, code in enumerate(labels)}
    ordered = sorted(dict.fromkeys(codes), key=lambda c: order.get(c, len(order)))
    return ", ".join(labels.get(c, c) for c in ordered)


def _area(codes: Sequence[str], most: int = 5) -> str:
    """Territory codes by name; a long list of communes is cut short (« Alissas, Coux et 19
    autres communes »)."""
    communes = [c for c in codes if c.startswith("commune:")]
    wider = [territory_label(c) for c in codes if not c.startswith("commune:")]
    named = [territory_label(c) for c in communes[:most]]
    rest = len(communes) - len(named)
    if rest > 0:
        named.append(plural(rest, "autre commune", "autres communes"))
    return enumerate_fr(wider + named)


def _contact(territory: "Territory", org_id: str, today: str) -> str:
    """The first current interlocuteur with a professional way to reach them, never someone
    who asked not to be contacted (opposition)."""
    rows = [r for r in directory.people_of(territory, org_id, today=today) if r.current]
    opposed = opposed_ids(territory.tdb.db, [r.affiliation.person_id for r in rows])
    for row in rows:
        if row.affiliation.person_id in opposed:
            continue
        a = row.affiliation
        reach = " · ".join(x for x in (a.email or "", format_phone(a.phone)) if x)
        who = row.person_name + (f", {a.role}" if a.role else "")
        return f"{who} — {reach}" if reach else who
    return ""


def _address(org: Organisation) -> str:
    town = commune_name(org.commune_insee) if org.commune_insee else ""
    place = " ".join(x for x in (org.postcode or "", town) if x)
    return ", ".join(x for x in (org.address, place) if x)


def _entry(
    territory: "Territory",
    fit: directory.OrganisationFit,
    labels: dict[str, dict[str, str]],
    today: str,
) -> list[m.Block]:
    org, offer = fit.organisation, fit.offer
    name = f"{org.name} ({org.acronym})" if org.acronym else org.name
    blocks: list[m.Block] = [m.Heading(name, 2)]
    what = labels["service"].get(offer.service, offer.service)
    instruments = [o.instrument for o in (offer, *fit.other_offers) if o.instrument]
    if instruments:
        what += " : " + _join_labels(list(dict.fromkeys(instruments)), labels["instrument"])
    lines = [("Ce qu'elle propose", what)]
    if offer.conditions:
        lines.append(("Conditions", offer.conditions))
    stages = _join_labels(offer.stages, labels["stage"]) if offer.stages else "tous les stades"
    sectors = _join_labels(offer.sectors, labels["sector"]) if offer.sectors else "toutes filières"
    lines.append(("Pour quels projets", f"{stages} ; {sectors}"))
    area = offer.territory or org.territory
    if area:
        lines.append(("Territoire", _area(area)))
    contact = _contact(territory, org.id, today)
    if contact:
        lines.append(("Contact", contact))
    reach = [
        x for x in (_address(org), format_phone(org.phone), org.email or "", org.website or "") if x
    ]
    if reach:
        lines.append(("Pour la joindre", " · ".join(reach)))
    blocks.extend(m.Paragraph(m.Run(f"{label} : ", bold=True), text) for label, text in lines)
    return blocks


def build(
    territory: "Territory",
    *,
    needs: str | Sequence[str] | None = None,
    stage: str | None = None,
    sector: str | None = None,
    commune_insee: str | None = None,
    today: date | None = None,
    per_need: int | None = None,
) -> m.Document:
    """The guide as a document. ``needs``: one service code, several, or None for every
    service of the vocabulary (each becomes a chapter; needs nobody offers are left out)."""
    today = today or date.today()
    labels = {v: _labels(territory, v) for v in ("service", "instrument", "stage", "sector")}
    codes = [needs] if isinstance(needs, str) else list(needs or labels["service"])
    place = commune_name(commune_insee) if commune_insee else ""
    brand = document_branding(territory)
    meta_name = brand.commune
    criteria = [
        f"stade : {labels['stage'].get(stage, stage)}" if stage else "",
        f"filière : {labels['sector'].get(sector, sector)}" if sector else "",
        f"commune : {place}" if place else "",
    ]
    filters = " · ".join(c for c in criteria if c)
    section = m.Section()
    section.blocks.append(
        m.Paragraph(
            "Les structures ci-dessous peuvent accompagner votre projet"
            + (f" ({filters})" if filters else "")
            + ". Contactez-les de la part de votre interlocuteur ESS"
            + (f" ({meta_name})" if meta_name else "")
            + "."
        )
    )
    found = 0
    for need in codes:
        fits = directory.organisations_for(
            territory, need, stage, sector, commune_insee, limit=per_need
        )
        if not fits:
            continue
        section.blocks.append(m.Heading(labels["service"].get(need, need), 1))
        for fit in fits:
            section.blocks.extend(_entry(territory, fit, labels, today.isoformat()))
            found += 1
    if not found:
        section.blocks.append(
            m.Paragraph(
                m.Run(
                    "Aucune structure de l'annuaire ne correspond à ces critères. "
                    "Élargissez la recherche (stade, filière) ou demandez conseil.",
                    italic=True,
                )
            )
        )
    section.blocks.append(
        m.Paragraph(
            m.Run(
                f"Informations de l'annuaire au {format_long_date(today)}. "
                "Les conditions peuvent évoluer : vérifiez-les auprès de chaque structure.",
                italic=True,
            )
        )
    )
    # The page header names who hands it out (the file's commune); the subtitle, for whom.
    subtitle = " · ".join(
        x for x in (f"Projet à {place}" if place else "", format_long_date(today)) if x
    )
    return m.Document(
        logo=brand.logo,
        docx_template=brand.docx_template,
        title=TITLE,
        subtitle=subtitle,
        meta=m.Meta(commune=meta_name or place, generated=today, filters=filters),
        sections=[section],
    )


def write(
    territory: "Territory", path: Path | str, fmt: str | None = None, **criteria: Any
) -> Path:
    """Build the guide for ``criteria`` (:func:`build`'s keywords, typed there) and write it
    (docx, pdf or odt)."""
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise ValueError(f"format du guide inconnu : {fmt!r} ({', '.join(FORMATS)})")
    return documents.write(build(territory, **criteria), path, fmt)[0]
