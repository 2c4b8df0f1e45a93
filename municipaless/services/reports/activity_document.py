"""The bilan d'activité as a council document (``documents.model.Document``).

Anonymised by default, because small communes make small counts identifying. N is the
commune's threshold (``privacy_settings.disclosure_threshold``, 3 unless changed):

- no personal name anywhere (structures and instances are named, people never);
- a count of people from 1 to N-1 is shown as "< N" — a text cell, so a spreadsheet cannot
  sum it back. Counts of people are porteurs, projects (each stands for its holders), creations,
  orientations and funding requests (each is one porteur's file), and the survival counts;
- in a breakdown (by stage, sector, commune, legal status, funder) a line under N in either
  period is folded into one "Autres" line, with more lines until that line is itself 0 or at
  least N and holds two lines at least, so the total never gives one back;
- orientations by structure: referral_table.py (small lines folded, complementary cells "s"
  chosen by suppression.py so no withheld cell is a total minus the rest);
- a rate computed from a withheld count is withheld too ("n.s.").

Not masked: jobs (positions, totalled over the territory, never broken down by commune),
amounts of money (public funding is public information), meetings, decisions and actions.
The nominative annex (projects with their holders' names) exists only when asked for.
"""

from __future__ import annotations

from municipaless.core import formats
from municipaless.core.statuses import ReferralStatus
from municipaless.core.wording import plural
from municipaless.documents.model import (
    BulletList,
    Chart,
    Column,
    Document,
    Heading,
    KeyFigure,
    KeyFigures,
    Meta,
    Paragraph,
    Run,
    Section,
    Series,
    Table,
    Value,
)
from municipaless.services.geography.communes import commune_name
from municipaless.services.reports import cooperation_report, referral_table
from municipaless.services.reports.activity_report import ActivityReport, Figures
from municipaless.services.reports.activity_sections import detail_sections
from municipaless.services.reports.disclosure import NS, Mask


def _evolution(now: int | str, before: int | str) -> float | str:
    """The relative change as a number (kind "change": a spreadsheet can sort and chart it);
    text only when it cannot be a number: "n.s." from a masked count, "–" from zero."""
    if isinstance(now, str) or isinstance(before, str):
        return NS
    if not before:
        return "–"
    return (now - before) / before


def build(report: ActivityReport, *, nominative: bool = False) -> Document:
    if nominative and report.annex is None:
        raise ValueError("l'annexe nominative doit être demandée au calcul (nominative=True)")
    mask = Mask.for_document(nominative, report.threshold)
    cur, prev = report.current, report.previous
    period, before = report.period.label(), report.previous_period.label()
    scope = (
        "communes : " + ", ".join(name for _, name in report.scope)
        if report.scope
        else "toutes les communes du territoire"
    )
    privacy = (
        "Document nominatif : diffusion restreinte."
        if nominative
        else f"Document anonymisé : effectifs de moins de {mask.threshold} personnes masqués "
        f"(« {mask.small_label} »)."
    )
    doc = Document(
        logo=report.logo,
        docx_template=report.docx_template,
        title="Bilan d'activité ESS",
        subtitle=f"{report.commune_name} — {period}".strip(" —"),
        meta=Meta(
            commune=report.commune_name,
            period=f"{period} (du {formats.format_long_date(report.period.start)} "
            f"au {formats.format_long_date(report.period.end)})",
            filters=f"Périmètre : {scope}. {privacy}",
        ),
    )
    intro = Paragraph(
        "Ce bilan présente l'activité du service économie sociale et solidaire sur la période : ",
        Run(period, bold=True),
        f" ({scope}). Chaque indicateur est comparé à la période précédente de même durée "
        f"({before}). Il couvre les quatre missions : accueil et orientation des porteurs de "
        "projet, ressources d'ingénierie et financements, coopérations entre acteurs, "
        "réponses collectives aux besoins du territoire.",
    )
    summary = Section(
        [
            Heading("Synthèse"),
            intro,
            _key_figures(cur, mask),
            Heading(f"Comparaison avec la période précédente ({before})", 2),
            _comparison(cur, prev, mask, period, before),
            _stage_chart(cur, prev, mask, period, before),
        ]
    )
    doc.sections = [summary, *detail_sections(report, mask, period, before)]
    doc.sections += cooperation_report.sections(report.cooperation, mask, period)
    doc.sections.append(Section([Heading("Méthode et définitions"), BulletList(_method(mask))]))
    if nominative:
        doc.sections.append(_annex(report))
    return doc


def _key_figures(cur: Figures, mask: Mask) -> KeyFigures:
    totals = cur.referral_totals()
    leverage = cur.leverage
    rate = mask.rate(
        cur.taken_rate(totals),
        totals[ReferralStatus.TAKEN_ON],
        totals[ReferralStatus.REFUSED] + totals[ReferralStatus.NO_ANSWER],
    )
    if mask.on and not referral_table.anonymised(cur.referrals, mask).rates_published:
        rate = NS  # with a line's counts withheld, the overall rate would tie them together

    def counted(value: int | str, singular: str, plural_form: str) -> KeyFigure:
        """The label agrees with the figure above it: « 1 projet suivi », « < 3 porteurs »."""
        word = plural(value, singular, plural_form, number=False) if isinstance(value, int) else ""
        return KeyFigure(word or plural_form, value)

    items = [
        counted(
            mask.count(cur.holders_new),
            "porteur accueilli pour la première fois",
            "porteurs accueillis pour la première fois",
        ),
        counted(mask.count(cur.holders_followed), "porteur accompagné", "porteurs accompagnés"),
        counted(mask.count(cur.projects_followed), "projet suivi", "projets suivis"),
        counted(
            mask.count(cur.referrals_sent),
            "orientation vers une structure",
            "orientations vers une structure",
        ),
        KeyFigure("taux de prise en charge", rate, "percent"),
        KeyFigure("financements obtenus", cur.granted_cents, "money"),
        KeyFigure(
            "effet levier (€ obtenus ailleurs pour 1 € de la commune)",
            "–" if leverage is None else round(leverage, 1),
            "decimal",
        ),
        counted(mask.count(cur.creations), "structure créée", "structures créées"),
        counted(cur.jobs_created, "emploi créé", "emplois créés"),
        counted(cur.meetings_held, "réunion tenue", "réunions tenues"),
    ]
    return KeyFigures(items)


def _comparison(cur: Figures, prev: Figures, mask: Mask, period: str, before: str) -> Table:
    people = [
        ("Porteurs accueillis pour la première fois", "holders_new"),
        ("Porteurs accompagnés", "holders_followed"),
        ("Projets nouveaux", "projects_new"),
        ("Projets suivis", "projects_followed"),
        ("Orientations", "referrals_sent"),
        ("Structures créées", "creations"),
    ]
    plain = [
        ("Emplois prévus (projets suivis)", "jobs_planned"),
        ("Emplois créés", "jobs_created"),
        ("Réunions tenues", "meetings_held"),
        ("Décisions prises", "decisions"),
        ("Actions réalisées", "actions_done"),
        ("Actions en retard (fin de période)", "actions_overdue"),
    ]
    rows: list[list[Value]] = []
    for label, attr in people + plain:
        masked = (label, attr) in people
        a, b = getattr(cur, attr), getattr(prev, attr)
        a, b = (mask.count(a), mask.count(b)) if masked else (a, b)
        rows.append([label, a, b, _evolution(a, b)])
    columns = [Column("Indicateur"), Column(period.capitalize(), "count")]
    columns += [Column(before.capitalize(), "count"), Column("Évolution", "change")]
    return Table("Évolution des principaux indicateurs", columns, rows, name="Comparaison")


def _stage_chart(cur: Figures, prev: Figures, mask: Mask, period: str, before: str) -> Chart:
    rows = mask.fold(cur.by_stage, prev.by_stage)
    values = [[None if isinstance(v, str) else v for v in r[1:]] for r in rows]
    return Chart(
        "bar",
        "Projets suivis par étape",
        [str(r[0]) for r in rows],  # the label column: already text
        [Series(period, [v[0] for v in values]), Series(before, [v[1] for v in values])],
    )


def _method(mask: Mask) -> list[str]:
    items = [
        "Projet suivi : premier contact ou entrée du suivi (entretien, appel, visite…) dans la "
        "période. Projet nouveau : premier contact dans la période. Un porteur est une personne "
        "titulaire d'un projet, comptée une fois même si elle porte plusieurs projets.",
        "Orientation : rattachée à la période par sa date d'envoi (à défaut, de consentement). "
        "Taux de prise en charge : orientations prises en charge par la structure, rapportées "
        "aux orientations ayant reçu une suite (prise en charge, refus ou absence de réponse) ; "
        "les orientations en attente de réponse n'entrent pas dans le calcul.",
        "Financements : demandes déposées, rattachées à la période par leur date de décision "
        "(à défaut, de saisie) ; montant obtenu : demandes accordées ou versées. Effet levier : "
        "euros obtenus auprès des autres financeurs pour 1 € accordé par la commune.",
        "Structures créées : date de création de la structure dans la période ; emplois créés : "
        "ceux de ces structures. Survie à 3 ans : parmi les structures créées au moins trois ans "
        "avant la fin de la période, part dont le dossier n'est ni clos ni abandonné.",
        "Réunions tenues : réunions ayant eu lieu dans la période (jusqu'à la date du jour). "
        "Action en retard : échéance dépassée à la fin de la période, ni faite ni abandonnée. "
        "Réunions, décisions et actions concernent tout le territoire, quel que soit le "
        "périmètre choisi.",
    ]
    if mask.on:
        items.append(
            "Anonymisation : aucun nom de personne ; tout effectif non nul inférieur à "
            f"{mask.threshold} (porteurs, projets, créations, orientations, demandes) est affiché "
            f"« {mask.small_label} » ; dans les répartitions, ces lignes sont regroupées en "
            "« Autres », une ligne « Autres » comptant au moins deux lignes et jamais un "
            "effectif masqué ; une valeur notée « s » est masquée pour qu'aucun effectif masqué "
            "ne puisse être retrouvé par soustraction d'un total ; un taux calculé sur un "
            "effectif masqué est noté « n.s. » (non significatif). Les emplois, les montants et "
            "les réunions ne sont pas masqués."
        )
    return items


def _annex(report: ActivityReport) -> Section:
    stages, statuses = report.labels["stage"], report.labels["project_status"]
    rows = [
        [
            a.reference,
            a.name,
            a.holders,
            commune_name(a.commune),
            stages.get(a.stage or "", a.stage or ""),
            statuses.get(a.status, a.status),
            a.first_contact_on,
        ]
        for a in report.annex or []
    ]
    columns = [Column("Référence", "code"), Column("Projet"), Column("Porteurs")]
    columns += [Column("Commune"), Column("Étape"), Column("Statut")]
    columns += [Column("Premier contact", "date")]
    return Section(
        [
            Heading("Annexe nominative — diffusion restreinte"),
            Paragraph(
                "Liste des projets suivis dans la période et de leurs porteurs. Ces données "
                "personnelles ne doivent pas être diffusées au-delà des personnes habilitées."
            ),
            Table("Projets suivis et porteurs", columns, rows, name="Annexe nominative"),
        ],
        orientation="landscape",
    )
