"""The detailed sections of the bilan d'activité, one per lever of the officer's work.

Split from activity_document.py to keep modules small; the masking rules are documented there
and applied through a ``disclosure.Mask``, passed in as ``mask``.
"""

from __future__ import annotations

from municipaless.core import formats
from municipaless.core.statuses import ReferralStatus
from municipaless.core.text import sort_key
from municipaless.core.wording import plural
from municipaless.documents.model import (
    Block,
    Chart,
    Column,
    Heading,
    Paragraph,
    Section,
    Series,
    Table,
    Value,
)
from municipaless.services.reports import referral_table
from municipaless.services.reports.activity_report import ActivityReport, Figures
from municipaless.services.reports.disclosure import OTHERS, SECRET, Mask, fold_lines

STATUS_COLUMNS = (
    (ReferralStatus.TAKEN_ON, "Prises en charge"),
    (ReferralStatus.REFUSED, "Refusées"),
    (ReferralStatus.NO_ANSWER, "Sans réponse"),
)


def detail_sections(report: ActivityReport, mask: Mask, period: str, before: str) -> list[Section]:
    cur, prev = report.current, report.previous
    return [
        Section(
            [
                Heading("Accueil et orientation des porteurs de projet"),
                *(
                    _breakdown(title, first, getattr(cur, attr), getattr(prev, attr), mask, p, b)
                    for title, first, attr, p, b in (
                        ("Projets suivis par étape", "Étape", "by_stage", period, before),
                        ("Projets suivis par filière", "Filière", "by_sector", period, before),
                        ("Projets suivis par commune", "Commune", "by_commune", period, before),
                        (
                            "Projets suivis par statut juridique",
                            "Statut",
                            "by_legal_status",
                            period,
                            before,
                        ),
                    )
                ),
            ]
        ),
        Section(
            [Heading("Orientations vers les structures", 2), _referrals(cur, mask)],
            orientation="landscape",
        ),
        Section([Heading("Financements mobilisés"), *_funding(report, mask, period, before)]),
        Section(
            [
                Heading("Emplois, créations et pérennité"),
                _jobs(cur, prev, mask, period, before),
                Heading("Coopérations : réunions, décisions, actions"),
                *_meetings(report, period, before),
            ]
        ),
    ]


def _breakdown(
    title: str,
    first: str,
    cur: list[tuple[str, int]],
    prev: list[tuple[str, int]],
    mask: Mask,
    period: str,
    before: str,
) -> Table:
    rows = mask.fold(cur, prev)
    total_now, total_before = sum(n for _, n in cur), sum(n for _, n in prev)
    columns = [Column(first), Column(period.capitalize(), "count")]
    columns += [Column(before.capitalize(), "count")]
    totals = ["Total", mask.count(total_now), mask.count(total_before)]
    return Table(title, columns, rows, totals=totals, name=title.replace("Projets suivis ", ""))


def _referrals(cur: Figures, mask: Mask) -> Table:
    """By structure; anonymised, referral_table.py chooses what each line may show."""
    note = (
        "Taux de prise en charge : prises en charge / (prises en charge + refusées + sans réponse)."
    )
    if mask.on:
        return _anonymised_referrals(cur, mask, note)
    rows: list[list[Value]] = []
    for name, st in sorted(cur.referrals.items(), key=lambda item: sort_key(item[0])):
        sent = sum(st.values())
        counts = [st[s] for s, _ in STATUS_COLUMNS]
        pending = sent - sum(counts)
        rows.append([name, sent, *counts, pending, cur.taken_rate(st)])
    columns = [Column("Structure"), Column("Orientations", "count")]
    columns += [Column(label, "count") for _, label in STATUS_COLUMNS]
    columns += [Column("En attente", "count"), Column("Taux de prise en charge", "percent")]
    if not rows:
        return Table("Orientations par structure", columns, rows, note=note, name="Orientations")
    total = cur.referral_totals()
    sent = sum(total.values())
    counts = [total[s] for s, _ in STATUS_COLUMNS]
    totals: list[Value] = ["Total", sent, *counts, sent - sum(counts), cur.taken_rate(total)]
    return Table("Orientations par structure", columns, rows, totals, note, "Orientations")


def _anonymised_referrals(cur: Figures, mask: Mask, note: str) -> Table:
    table = referral_table.anonymised(cur.referrals, mask)
    note += (
        f" Effectifs inférieurs à {mask.threshold} masqués (« {mask.small_label} ») ; « s » : "
        "valeur masquée pour qu'un effectif masqué ne puisse pas être retrouvé par soustraction."
    )
    if table.folded:
        note += " Les structures aux effectifs faibles sont regroupées en « Autres structures »."
    if cur.referrals and not table.rows:
        note += " Effectifs trop faibles : le détail par structure n'est pas publié."
    columns = referral_table.COLUMNS
    return Table("Orientations par structure", columns, table.rows, note=note, name="Orientations")


def _funding(report: ActivityReport, mask: Mask, period: str, before: str) -> list[Block]:
    cur, prev = report.current, report.previous
    instruments = report.labels["instrument"]
    leverage = cur.leverage
    text = (
        f"Sur la période, {formats.format_money(cur.asked_cents)} ont été demandés et "
        f"{formats.format_money(cur.granted_cents)} obtenus, dont "
        f"{formats.format_money(cur.commune_granted_cents)} accordés par la commune. "
    )
    text += (
        "Aucun financement communal n'a été accordé : l'effet levier n'est pas calculable."
        if leverage is None
        else f"Effet levier : chaque euro de la commune s'accompagne de "
        f"{formats.format_count(round(leverage, 1))} € obtenus auprès des autres financeurs."
    )
    by_funder: dict[str, list[int]] = {}
    for g in cur.funding:
        line = by_funder.setdefault(g.funder or "Financeur non renseigné", [0, 0, 0])
        line[0] += g.requests
        line[1] += g.asked_cents
        line[2] += g.granted_cents
    folded = fold_lines([(n, v[:1]) for n, v in by_funder.items()], mask.threshold)
    folded = folded if mask.on else set()
    rows: list[list[Value]] = [
        [n, v[0], v[1], v[2]]
        for n, v in sorted(by_funder.items(), key=lambda item: sort_key(item[0]))
        if n not in folded
    ]
    if folded:  # a single request's amount stays public money, but its funder count hides
        others = [sum(by_funder[n][i] for n in folded) for i in range(3)]
        rows.append([OTHERS, mask.count(others[0]), others[1], others[2]])
    columns = [Column("Financeur"), Column("Nombre", "count")]
    columns += [Column("Montant demandé", "money"), Column("Montant obtenu", "money")]
    totals = ["Total", mask.count(sum(v[0] for v in by_funder.values()))]
    totals += [cur.asked_cents, cur.granted_cents]
    funders = Table("Financements par financeur", columns, rows, totals, name="Par financeur")

    def per_instrument(figs: Figures) -> dict[str, list[int]]:
        out: dict[str, list[int]] = {}
        for g in figs.funding:
            label = instruments.get(g.instrument or "", g.instrument or "Non renseigné")
            line = out.setdefault(label, [0, 0])
            line[0] += g.asked_cents
            line[1] += g.granted_cents
        return out

    now, old = per_instrument(cur), per_instrument(prev)
    order = [label for label in instruments.values() if label in now or label in old]
    order += sorted((set(now) | set(old)) - set(order))
    # per instrument: asked, obtained, obtained the period before
    amounts = {k: [*now.get(k, [0, 0]), old.get(k, [0, 0])[1]] for k in order}
    rows = [[k, *amounts[k]] for k in order]
    columns = [Column("Instrument"), Column("Demandé", "money"), Column("Obtenu", "money")]
    columns += [Column(f"Obtenu ({before})", "money")]
    totals = ["Total", cur.asked_cents, cur.granted_cents, prev.granted_cents]
    by_instrument = Table("Financements par instrument", columns, rows, totals, name="Instruments")
    shown = [k for k in order if amounts[k][1] or amounts[k][2]]  # fewer, wider bars: readable
    chart = Chart(
        "bar",
        "Financements obtenus par instrument",
        shown,
        [
            Series(period, [amounts[k][1] for k in shown]),
            Series(before, [amounts[k][2] for k in shown]),
        ],
        value_kind="money",
    )
    return [Paragraph(text), funders, by_instrument, chart]


def _jobs(cur: Figures, prev: Figures, mask: Mask, period: str, before: str) -> Table:
    def rate(f: Figures) -> float | str | None:
        return mask.rate(
            f.survival_rate, f.survival_base, f.survival_alive, f.survival_base - f.survival_alive
        )

    def alive(f: Figures) -> Value:
        """Withheld (« s ») when the structures no longer active are 1 to N-1: the base
        minus it would give them."""
        closed = f.survival_base - f.survival_alive
        return (
            SECRET
            if mask.small(closed) and not mask.small(f.survival_alive)
            else (mask.count(f.survival_alive))
        )

    rows: list[list[Value]] = [
        ["Emplois prévus (projets suivis)", cur.jobs_planned, prev.jobs_planned],
        ["Structures créées", mask.count(cur.creations), mask.count(prev.creations)],
        ["Emplois créés par ces structures", cur.jobs_created, prev.jobs_created],
        [
            "Structures créées depuis au moins 3 ans",
            mask.count(cur.survival_base),
            mask.count(prev.survival_base),
        ],
        ["dont encore actives", alive(cur), alive(prev)],
    ]
    columns = [Column("Indicateur"), Column(period.capitalize(), "count")]
    columns += [Column(before.capitalize(), "count")]
    table = Table("Emplois et créations", columns, rows, name="Emplois et créations")
    now, old = rate(cur), rate(prev)
    shown = [formats.format_percent(r) if isinstance(r, float) else (r or "–") for r in (now, old)]
    table.note = f"Taux de survie à 3 ans : {shown[0]} ({period}), {shown[1]} ({before})."
    if now is None and old is None:
        table.note = (
            "Taux de survie à 3 ans : non calculable, aucune structure suivie n'a été créée "
            "au moins trois ans avant la fin de la période."
        )
    return table


def _meetings(report: ActivityReport, period: str, before: str) -> list[Block]:
    cur, prev = report.current, report.previous
    old = {name: (n, d) for name, n, d in prev.meetings}
    names = [name for name, _, _ in cur.meetings] + [
        n for n in old if n not in {m[0] for m in cur.meetings}
    ]
    now = {name: (n, d) for name, n, d in cur.meetings}
    # per instance: meetings held, decisions, meetings held the period before
    counts = {n: [*now.get(n, (0, 0)), old.get(n, (0, 0))[0]] for n in names}
    rows: list[list[Value]] = [[n, *counts[n]] for n in names]
    columns = [Column("Instance"), Column("Réunions tenues", "count")]
    columns += [Column("Décisions", "count"), Column(f"Réunions ({before})", "count")]
    totals: list[Value] = ["Total", cur.meetings_held, cur.decisions, prev.meetings_held]
    table = Table("Réunions par instance", columns, rows, totals, name="Réunions")
    done, late = cur.actions_done, cur.actions_overdue
    text = (
        f"{plural(done, 'action décidée', 'actions décidées')} en réunion "
        f"{'a été réalisée' if done < 2 else 'ont été réalisées'} sur la période ; "
        f"{plural(late, 'action', 'actions')} {'était' if late < 2 else 'étaient'} en retard "
        "à la fin de la période."
    )
    codes = {**prev.meeting_codes, **cur.meeting_codes}
    chart = Chart(
        "bar",
        "Réunions tenues par instance (sigles)",
        [codes.get(n, n) for n in names],
        [
            Series(period, [counts[n][0] for n in names]),
            Series(before, [counts[n][2] for n in names]),
        ],
    )
    return [table, Paragraph(text), chart]
