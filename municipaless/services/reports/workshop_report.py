"""The bilan's section on the ateliers: sessions held, registrations, attendance and satisfaction.

Definitions (printed under the table for the council):

- an atelier is *held* in the period when it starts in it, not after today, and was not
  cancelled (the meetings' rule);
- *registrations* are those of the ateliers held, whatever their status; the *attendance
  rate* is présents / registrations;
- *porteurs présents* are distinct people (a person of the annuaire, or a name typed) present
  at least once;
- the *mean satisfaction* is over the notes given (1 to 5).

Anonymised, counts of people below the threshold read « < N », a rate drawn from one « n.s. »,
themes with small counts fold into « Autres » (``disclosure.fold_lines``), and the mean
satisfaction is withheld while fewer notes than the threshold were given (one note is one
person's opinion).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from municipaless.core import formats
from municipaless.core.wording import plural
from municipaless.documents.model import (
    Column,
    Heading,
    KeyFigure,
    KeyFigures,
    Paragraph,
    Section,
    Table,
    Value,
)
from municipaless.services.reports.disclosure import NS, OTHERS, Mask, fold_lines
from municipaless.storage import workshop_queries as q
from municipaless.storage.activity_queries import Window

NO_THEME = "Thème non renseigné"


@dataclass(frozen=True)
class WorkshopFigures:
    by_theme: list[q.ThemeFigures]
    porteurs_present: int
    answers: int
    satisfaction_sum: int

    @property
    def workshops(self) -> int:
        return sum(t.workshops for t in self.by_theme)

    @property
    def registrations(self) -> int:
        return sum(t.registrations for t in self.by_theme)

    @property
    def present(self) -> int:
        return sum(t.present for t in self.by_theme)

    @property
    def attendance_rate(self) -> float | None:
        return self.present / self.registrations if self.registrations else None

    @property
    def mean_satisfaction(self) -> float | None:
        return self.satisfaction_sum / self.answers if self.answers else None


def figures(db: Database, window: Window) -> WorkshopFigures | None:
    """The period's figures (None: no atelier held, nothing to report)."""
    rows = q.bilan(db, window)
    if not rows.by_theme:
        return None
    return WorkshopFigures(
        rows.by_theme, rows.porteurs_present, rows.answers, rows.satisfaction_sum
    )


def _satisfaction(figures: WorkshopFigures, mask: Mask) -> Value:
    mean = figures.mean_satisfaction
    if mean is None:
        return None
    if mask.on and figures.answers < mask.threshold:
        return NS
    return round(mean, 1)


def _counted(value: int | str, singular: str, plural_form: str) -> KeyFigure:
    """The label agrees with the figure: « 1 atelier réalisé », « < 3 porteurs présents »."""
    word = plural(value, singular, plural_form, number=False) if isinstance(value, int) else ""
    return KeyFigure(word or plural_form, value)


def sections(figures: WorkshopFigures | None, mask: Mask, period: str) -> list[Section]:
    """« Ateliers et formations des porteurs »: key figures, a sentence, the table by theme."""
    if figures is None:
        return []
    satisfaction = _satisfaction(figures, mask)
    rate = mask.rate(figures.attendance_rate, figures.registrations, figures.present)
    keys = KeyFigures(
        (
            _counted(figures.workshops, "atelier réalisé", "ateliers réalisés"),
            _counted(mask.count(figures.registrations), "inscription", "inscriptions"),
            KeyFigure("taux de présence", rate, "percent"),
            _counted(mask.count(figures.porteurs_present), "porteur présent", "porteurs présents"),
            KeyFigure("satisfaction moyenne (sur 5)", satisfaction, "decimal"),
        )
    )
    text = (
        f"Sur la période, {plural(figures.workshops, 'atelier a', 'ateliers ont')} réuni les "
        "porteurs de projet (ateliers et formations collectives)."
    )
    if isinstance(satisfaction, float):
        text += (
            f" Satisfaction moyenne : {formats.format_count(satisfaction)} sur 5, sur "
            f"{plural(figures.answers, 'avis donné', 'avis donnés')}."
        )
    elif satisfaction == NS:
        text += (
            f" Moins de {mask.threshold} avis de satisfaction ont été donnés : "
            "la moyenne n'est pas publiée."
        )
    return [
        Section(
            [
                Heading("Ateliers et formations des porteurs"),
                keys,
                Paragraph(text),
                _by_theme(figures, mask),
            ]
        )
    ]


def _by_theme(figures: WorkshopFigures, mask: Mask) -> Table:
    lines = [(t.theme or NO_THEME, (t.registrations, t.present)) for t in figures.by_theme]
    ateliers = {t.theme or NO_THEME: t.workshops for t in figures.by_theme}
    folded = fold_lines(lines, mask.threshold) if mask.on else set()
    rows: list[list[Value]] = []
    for label, (registered, present) in lines:
        if label not in folded:
            rate = present / registered if registered else None
            rows.append([label, ateliers[label], registered, present, rate])
    if folded:
        registered = sum(c[0] for label, c in lines if label in folded)
        present = sum(c[1] for label, c in lines if label in folded)
        share = mask.rate(present / registered if registered else None, registered, present)
        count = sum(ateliers[label] for label in folded)
        rows.append([OTHERS, count, mask.count(registered), mask.count(present), share])
    columns = [
        Column("Thème"),
        Column("Ateliers", "count"),
        Column("Inscriptions", "count"),
        Column("Présents", "count"),
        Column("Taux de présence", "percent"),
    ]
    total_rate = mask.rate(figures.attendance_rate, figures.registrations, figures.present)
    totals: list[Value] = [
        "Total",
        figures.workshops,
        mask.count(figures.registrations),
        mask.count(figures.present),
        total_rate,
    ]
    note = (
        "Ateliers réalisés : commencés dans la période, non annulés. Taux de présence : "
        "présents / inscriptions."
    )
    if mask.on:
        note += (
            f" Effectifs inférieurs à {mask.threshold} masqués (« {mask.small_label} ») ; "
            "les thèmes aux effectifs faibles sont regroupés."
        )
    return Table("Ateliers par thème", columns, rows, totals, note, "Ateliers")
