"""Ateliers for porteurs: the atelier's rules, registrations (twice refused, beyond capacity
warned), attendance feeding the project's timeline, the bilan's figures masked below the
threshold, and the documents read back."""

from datetime import date

import docx
import openpyxl
import pytest
from pypdf import PdfReader

from municipaless.core import cooperation as c
from municipaless.core import domain as d
from municipaless.core.statuses import RegistrationStatus, WorkshopStatus
from municipaless.services.casework import case_events
from municipaless.services.cooperation import workshop_documents as docs
from municipaless.services.cooperation import workshops
from municipaless.services.cooperation.workshops import WorkshopError
from municipaless.services.file.territory import Territory
from municipaless.services.reports import workshop_report
from municipaless.services.reports.disclosure import NS, Mask
from municipaless.storage.activity_queries import Window
from tests.documents.typography_sample import plain

YEAR = Window("2026-01-01", "2026-12-31", None, "2026-12-31")


@pytest.fixture
def t(tmp_path):
    territory = Territory.create(tmp_path / "t.municipaless", "Marie Dupont")
    yield territory
    territory.close()


def porteur(
    t: Territory, first: str, last: str, project: str, **person
) -> tuple[d.Person, d.Project]:
    """A person carrying a project (holder), as the case log records them."""
    p = t.save("person", {"first_name": first, "last_name": last, **person})
    j = t.save("project", {"reference": f"P-2026-{len(project):04d}", "name": project})
    t.save("project_holder", {"project_id": j.id, "person_id": p.id, "role": "Porteur"})
    return p, j  # type: ignore[return-value]


def atelier(t: Territory, **fields) -> c.Workshop:
    values = {"title": "Créer sa SCIC", "starts_at": "2026-03-12T14:00", "theme": "Gouvernance"}
    return workshops.create_workshop(t, {**values, **fields})


# the atelier -------------------------------------------------------------------------------
def test_an_atelier_needs_a_title_a_date_an_end_after_its_start_and_a_place_or_more(t):
    with pytest.raises(WorkshopError) as refused:
        workshops.create_workshop(t, {"title": " ", "ends_at": "2026-03-12T12:00", "capacity": 0})
    errors = refused.value.errors
    assert errors["title"] == "Indiquez le titre de l'atelier."
    assert errors["starts_at"] == "Indiquez la date de l'atelier."
    assert "au moins 1 place" in errors["capacity"]
    with pytest.raises(WorkshopError) as refused:
        atelier(t, starts_at="12/03/2026 14:00", ends_at="12/03/2026 13:00")
    assert refused.value.errors == {"ends_at": "L'atelier doit finir après avoir commencé."}
    with pytest.raises(WorkshopError) as refused:
        atelier(t, starts_at="le 32 mars")
    assert "jj/mm/aaaa" in refused.value.errors["starts_at"]
    assert t.records["workshop"].count() == 0  # nothing half-written

    w = atelier(t, starts_at="12/03/2026 14:30", ends_at="12/03/2026 17:00", capacity=12)
    assert (w.starts_at, w.ends_at, w.capacity, w.status) == (
        "2026-03-12T14:30",
        "2026-03-12T17:00",
        12,
        WorkshopStatus.PLANNED,
    )
    w = workshops.update_workshop(t, w.id, w.rev, {"place": " Tiers-lieu La Fabrique "})
    assert w.place == "Tiers-lieu La Fabrique"
    w = workshops.cancel_workshop(t, w.id, w.rev)
    assert w.status == WorkshopStatus.CANCELLED
    with pytest.raises(WorkshopError, match="annulé"):
        workshops.register(t, w.id, free_name="Paul Roux")


def test_deleting_an_atelier_sends_its_registrations_to_the_corbeille_with_it(t):
    w = atelier(t)
    workshops.register(t, w.id, free_name="Paul Roux")
    workshops.delete_workshop(t, w.id, w.rev)
    assert t.records["workshop"].count() == 0
    assert t.records["registration"].count() == 0
    assert t.records["registration"].count(include_deleted=True) == 1
    from municipaless.services.file import trash

    (item,) = trash.items(t)  # one line: the registration comes back with its atelier
    assert (item.table, item.label, item.linked) == ("workshop", "Créer sa SCIC", 1)
    assert trash.restore(t, item.table, item.row_id, item.rev) == 2
    assert [r.name for r in workshops.registrations(t, w.id)] == ["Paul Roux"]


# registrations --------------------------------------------------------------------------------
def test_the_same_person_twice_is_refused_in_french_a_project_or_a_name_typed_register(t):
    lea, epicerie = porteur(t, "Léa", "Dubois", "Épicerie solidaire")
    w = atelier(t)
    first = workshops.register(t, w.id, person_id=lea.id, project_id=epicerie.id)
    assert first.warning is None
    assert first.registration.registered_on == date.today().isoformat()
    with pytest.raises(WorkshopError) as refused:
        workshops.register(t, w.id, person_id=lea.id)
    assert refused.value.message == "Léa Dubois est déjà inscrit(e) à cet atelier."
    workshops.register(t, w.id, free_name="Sophie Élu")
    with pytest.raises(WorkshopError, match="déjà inscrit"):
        workshops.register(t, w.id, free_name="sophie elu")
    with pytest.raises(WorkshopError, match="Choisissez la personne"):
        workshops.register(t, w.id)
    rows = workshops.registrations(t, w.id)
    assert [(r.name, r.project_reference, r.status) for r in rows] == [
        ("Léa Dubois", epicerie.reference, RegistrationStatus.REGISTERED),
        ("Sophie Élu", "", RegistrationStatus.REGISTERED),
    ]
    assert workshops.projects_of_person(t, lea.id) == [
        (epicerie.id, f"{epicerie.reference} Épicerie solidaire")
    ]


def test_beyond_the_capacity_is_allowed_after_a_warning(t):
    w = atelier(t, capacity=2)
    assert workshops.full_warning(t, w.id) is None
    workshops.register(t, w.id, free_name="Ali Haddad")
    assert workshops.register(t, w.id, free_name="Paul Roux").warning is None
    assert plain(workshops.full_warning(t, w.id) or "") == "complet : 2 inscrits pour 2 places"
    third = workshops.register(t, w.id, free_name="Nadia Benali")
    assert plain(third.warning or "") == "complet : 2 inscrits pour 2 places"
    assert len(workshops.registrations(t, w.id)) == 3
    assert plain(workshops.full_warning(t, w.id) or "") == "complet : 3 inscrits pour 2 places"
    rows = workshops.workshop_list(t).fetch(0, 10)
    assert [row[4] for row in rows] == ["3 / 2"]


def test_attendance_one_by_one_or_all_present_and_satisfaction_from_1_to_5(t):
    w = atelier(t)
    a = workshops.register(t, w.id, free_name="Ali Haddad").registration
    b = workshops.register(t, w.id, free_name="Paul Roux").registration
    workshops.register(t, w.id, free_name="Nadia Benali")
    b = workshops.set_attendance(t, b.id, b.rev, RegistrationStatus.EXCUSED)
    assert t.records["workshop"].get(w.id).status == WorkshopStatus.PLANNED
    assert workshops.all_present(t, w.id) == 2  # the excused one stays excused
    statuses = {r.name: r.status for r in workshops.registrations(t, w.id)}
    assert statuses == {"Ali Haddad": "present", "Paul Roux": "excuse", "Nadia Benali": "present"}
    assert t.records["workshop"].get(w.id).status == WorkshopStatus.HELD  # it took place
    a = t.records["registration"].get(a.id)
    with pytest.raises(WorkshopError, match="de 1 .* à 5"):
        workshops.set_satisfaction(t, a.id, a.rev, 6)
    with pytest.raises(WorkshopError, match="Statut d'inscription inconnu"):
        workshops.set_attendance(t, a.id, a.rev, "venu")
    a = workshops.set_satisfaction(t, a.id, a.rev, 4, " Très concret ")
    assert (a.satisfaction, a.comment) == (4, "Très concret")


# the project's timeline -------------------------------------------------------------------------
def test_a_present_registration_is_in_the_projects_timeline_and_an_absent_one_is_not(t):
    lea, epicerie = porteur(t, "Léa", "Dubois", "Épicerie solidaire")
    paul, garage = porteur(t, "Paul", "Roux", "Garage solidaire")
    w = atelier(t, title="Créer sa SCIC", starts_at="2026-03-12T14:00", place="Mairie")
    there = workshops.register(t, w.id, person_id=lea.id, project_id=epicerie.id).registration
    away = workshops.register(t, w.id, person_id=paul.id, project_id=garage.id).registration
    workshops.set_attendance(t, there.id, there.rev, RegistrationStatus.PRESENT)
    workshops.set_attendance(t, away.id, away.rev, RegistrationStatus.ABSENT)

    lines = [e for e in case_events.timeline(t, epicerie.id) if e.source == "registration"]
    assert [(e.on, e.kind_label, e.title, e.extra) for e in lines] == [
        ("2026-03-12", "Atelier", "Atelier « Créer sa SCIC »", "Mairie")
    ]
    assert not [e for e in case_events.timeline(t, garage.id) if e.source == "registration"]
    assert [(x.title, x.status) for x in workshops.workshops_of_person(t, paul.id)] == [
        ("Créer sa SCIC", "absent")
    ]
    w = t.records["workshop"].get(w.id)
    workshops.cancel_workshop(t, w.id, w.rev)  # cancelled afterwards: no longer attended
    assert not [e for e in case_events.timeline(t, epicerie.id) if e.source == "registration"]


# the bilan ------------------------------------------------------------------------------------
def _held(t: Territory, title: str, theme: str, marks: list[tuple[str, int | None]]) -> None:
    w = atelier(t, title=title, theme=theme, starts_at="2026-04-02T09:30")
    for n, (status, note) in enumerate(marks):
        r = workshops.register(t, w.id, free_name=f"{title} {n}").registration
        r = workshops.set_attendance(t, r.id, r.rev, status)
        if note is not None:
            workshops.set_satisfaction(t, r.id, r.rev, note)


def test_the_bilan_counts_ateliers_attendance_porteurs_and_withholds_small_counts(t):
    lea, _ = porteur(t, "Léa", "Dubois", "Épicerie solidaire")
    _held(t, "Budget prévisionnel", "Finances", [("present", 4), ("present", 5), ("absent", None)])
    _held(t, "Plan de trésorerie", "Finances", [("present", 3), ("present", None)])
    _held(t, "Statuts", "Gouvernance", [("present", 2)])
    cancelled = atelier(t, title="Annulé", starts_at="2026-05-01T09:00")
    workshops.register(t, cancelled.id, person_id=lea.id)
    workshops.cancel_workshop(t, cancelled.id, cancelled.rev)
    atelier(t, title="L'an prochain", starts_at="2027-01-10T09:00")

    figures = workshop_report.figures(t.tdb.db, YEAR)
    assert figures is not None
    assert (figures.workshops, figures.registrations, figures.present) == (3, 6, 5)
    assert figures.porteurs_present == 5
    assert figures.attendance_rate == pytest.approx(5 / 6)
    assert figures.mean_satisfaction == pytest.approx((4 + 5 + 3 + 2) / 4)

    def table(mask: Mask):
        (section,) = workshop_report.sections(figures, mask, "2026")
        keys = [b for b in section.blocks if type(b).__name__ == "KeyFigures"][0]
        by_theme = [b for b in section.blocks if type(b).__name__ == "Table"][0]
        return {k.label: k.value for k in keys.items}, by_theme

    keys, by_theme = table(Mask.for_document(True, 3))  # nominative: everything shown
    assert keys["satisfaction moyenne (sur 5)"] == 3.5
    assert [row[:4] for row in by_theme.rows] == [["Finances", 2, 5, 4], ["Gouvernance", 1, 1, 1]]

    keys, by_theme = table(Mask.for_document(False, 5))  # 4 notes: fewer than 5
    assert keys["satisfaction moyenne (sur 5)"] == NS
    assert keys["porteurs présents"] == 5 and keys["inscriptions"] == 6
    # Gouvernance's 1 is folded with Finances (one folded line would be the total minus the
    # rest), and the « Autres » line's small counts are withheld.
    assert [row[0] for row in by_theme.rows] == ["Autres (petits effectifs regroupés)"]
    assert by_theme.rows[0][2:4] == [6, 5]

    keys, by_theme = table(Mask.for_document(False, 7))
    assert keys["inscriptions"] == "< 7" and keys["porteurs présents"] == "< 7"
    assert keys["taux de présence"] == NS

    nothing = Window("2025-01-01", "2025-12-31", None, "2026-12-31")
    assert workshop_report.figures(t.tdb.db, nothing) is None
    assert workshop_report.sections(None, Mask(), "2025") == []


# documents ------------------------------------------------------------------------------------
def test_the_signin_sheet_and_the_registrations_read_back(t, tmp_path):
    lea, epicerie = porteur(t, "Léa", "Dubois", "Épicerie solidaire")
    opposed, _ = porteur(t, "Zoé", "Arnaud", "Ressourcerie", no_contact_since="2026-01-05")
    trainer = t.save("organisation", {"name": "URSCOP Auvergne-Rhône-Alpes"})
    w = atelier(
        t,
        starts_at="2026-03-12T14:00",
        ends_at="2026-03-12T17:00",
        place="Mairie de Privas",
        capacity=12,
        trainer_organisation_id=trainer.id,
    )
    r = workshops.register(t, w.id, person_id=lea.id, project_id=epicerie.id).registration
    workshops.register(t, w.id, person_id=opposed.id)
    excused = workshops.register(t, w.id, free_name="Paul Roux").registration
    workshops.set_attendance(t, excused.id, excused.rev, RegistrationStatus.EXCUSED)
    r = workshops.set_attendance(t, r.id, r.rev, RegistrationStatus.PRESENT)
    workshops.set_satisfaction(t, r.id, r.rev, 5, "Très utile")

    pdf = docs.export_signin_sheet(t, w.id, tmp_path / "emargement.pdf")[0]
    text = plain("\n".join(page.extract_text() for page in PdfReader(pdf).pages))
    assert "Feuille d'émargement" in text and "Créer sa SCIC" in text
    assert "jeudi 12 mars 2026, de 14 h à 17 h" in text
    assert "URSCOP Auvergne-Rhône-Alpes" in text and "Mairie de Privas" in text
    # by last name; she who objected to contact still signs; the excused one does not
    assert text.index("Zoé Arnaud") < text.index("Léa Dubois")
    assert "Paul Roux" not in text

    word = docs.export_signin_sheet(t, w.id, tmp_path / "emargement.docx")[0]
    document = docx.Document(str(word))
    cells = [plain(c.text) for table in document.tables for row in table.rows for c in row.cells]
    assert "Zoé Arnaud" in cells and f"{epicerie.reference} Épicerie solidaire" in cells
    assert cells[:3] == ["Nom", "Projet", "Signature"]

    sheet = docs.export_registrations(t, w.id, tmp_path / "inscrits.xlsx")[0]
    rows = [
        [plain(str(c)) if c is not None else None for c in row]
        for row in openpyxl.load_workbook(sheet)["Inscrits"].iter_rows(values_only=True)
    ]
    header = next(n for n, row in enumerate(rows) if row and row[0] == "Nom")
    found = {row[0]: row for row in rows[header + 1 :] if row and row[0]}
    assert found["Léa Dubois"][1:6] == [
        epicerie.reference,
        "Épicerie solidaire",
        "Présent",
        "5",
        "Très utile",
    ]
    assert found["Paul Roux"][3] == "Excusé"
    assert any("3 inscrits pour 12 places" in str(c) for row in rows for c in row if c)


def test_the_bilan_document_prints_the_ateliers_in_every_format(t, tmp_path):
    from municipaless.documents import write
    from municipaless.services.reports import activity_document, activity_report

    _held(t, "Budget prévisionnel", "Finances", [("present", 4), ("present", 5), ("absent", None)])
    _held(t, "Statuts", "Gouvernance", [("present", 2)])
    report = activity_report.compute(t, activity_report.Period.year(2026), today=date(2026, 12, 31))
    doc = activity_document.build(report)
    for fmt in ("docx", "pdf", "xlsx", "odt", "ods"):
        write(doc, tmp_path / f"bilan.{fmt}", fmt)
    word = docx.Document(str(tmp_path / "bilan.docx"))
    headings = [plain(p.text) for p in word.paragraphs if p.style.name.startswith("Heading")]
    assert "Ateliers et formations des porteurs" in headings
    text = plain(" ".join(p.extract_text() for p in PdfReader(tmp_path / "bilan.pdf").pages))
    assert "Ateliers par thème" in text
    assert "Moins de 3 avis de satisfaction" not in text  # 3 notes: the mean is published
    assert "Satisfaction moyenne : 3,7 sur 5, sur 3 avis donnés" in text
    sheet = openpyxl.load_workbook(tmp_path / "bilan.xlsx")["Ateliers"]
    rows = [r for r in sheet.iter_rows(values_only=True) if r[0]]
    # 3 and 1 registrations: the small Gouvernance line folds with Finances into « Autres »
    assert ("Autres (petits effectifs regroupés)", 2, 4, 3) in [tuple(r[:4]) for r in rows]


def test_the_list_filters_by_period_theme_status_enjeu_and_words(t):
    enjeu = t.save("challenge", {"title": "Alimentation durable"})
    atelier(t, title="Créer sa SCIC", theme="Gouvernance", starts_at="2026-03-12T14:00")
    atelier(
        t,
        title="Circuits courts",
        theme="Alimentation",
        starts_at="2026-09-03T09:00",
        place="Tiers-lieu La Fabrique",
        challenges=(enjeu.id,),
    )
    held = atelier(t, title="Budget prévisionnel", theme="Finances", starts_at="2025-11-20T09:00")
    workshops.update_workshop(t, held.id, held.rev, {"status": WorkshopStatus.HELD})
    assert workshops.themes(t) == ["Alimentation", "Finances", "Gouvernance"]

    def titles(**filters) -> list[str]:
        source = workshops.workshop_list(t, workshops.workshop_where(**filters))
        assert source.count() == len(rows := source.fetch(0, 50))
        return [row[2] for row in rows]

    assert titles() == ["Budget prévisionnel", "Créer sa SCIC", "Circuits courts"]
    assert titles(date_from="2026-01-01", date_to="2026-03-12") == ["Créer sa SCIC"]
    assert titles(theme="Finances") == ["Budget prévisionnel"]
    assert titles(status=WorkshopStatus.HELD) == ["Budget prévisionnel"]
    assert titles(challenge_id=enjeu.id) == ["Circuits courts"]
    assert titles(text="fabrique") == ["Circuits courts"]
    assert titles(text="scic gouvernance") == ["Créer sa SCIC"]
