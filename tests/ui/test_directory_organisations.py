"""Annuaire ▸ Structures, driven through the real widgets: create with an offer, edit, filter,
validation messages, a colleague's edit in between, delete, duplicate suggestions."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.driving import cell, choose, row_count, save


def names(page) -> list[str]:
    model = page.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def pick_commune(qtbot, field, typed: str, entry: str) -> None:
    qtbot.keyClicks(field, typed)
    qtbot.waitUntil(field.completer().popup().isVisible)
    field.completer().activated[str].emit(entry)


def test_the_page_lists_structures_in_french(win):
    page = win.organisations
    assert win.directory.tabText(0) == "Structures" and win.directory.tabText(1) == "Personnes"
    assert page.new_action.text() == "Nouvelle structure…"
    assert page.filters.count_label.text() == "3 structures"
    assert names(page) == [
        "BGE Ardèche Drôme",
        "Chambre régionale de l'ESS",
        "France Active Ardèche",
    ]


def test_create_a_structure_with_an_offer_through_the_form(win, qtbot):
    page = win.organisations
    qtbot.mouseClick(page.toolbar.widgetForAction(page.new_action), Qt.LeftButton)
    form = page.form
    assert form.isVisible() and form.windowTitle() == "Nouvelle structure"
    qtbot.keyClicks(form.fields["name"], "Initiative Centre Ardeche")
    qtbot.keyClicks(form.fields["acronym"], "ICA")
    choose(form.fields["kind"], "finance_solidaire")
    choose(form.fields["legal_status"], "association")
    qtbot.keyClicks(form.fields["siret"], "732 829 320 00074")
    qtbot.keyClicks(form.fields["phone"], "04 75 64 12 34")
    pick_commune(qtbot, form.fields["commune_insee"], "Privas", "Privas (07000)")
    assert form.fields["postcode"].text() == "07000"
    territory = form.fields["territory"]
    qtbot.keyClicks(territory.input, "Ardech")
    assert territory.choose("Ardèche (07) — département")
    form.fields["sectors"].actions_by_code["alimentation"].setChecked(True)

    offer_form = form.offers.add()
    assert offer_form.service.value() == "financement"  # a funder: funding is proposed first
    choose(offer_form.instrument, "pret_honneur")
    offer_form.fields["conditions"].insertPlainText("Jusqu'à 8 000 € sans intérêt")
    offer_form.fields["stages"].actions_by_code["creation"].setChecked(True)
    with qtbot.waitSignal(offer_form.saved):
        save(qtbot, offer_form)
    assert row_count(form.offers.table) == 1
    assert cell(form.offers.table, 0, 1) == "Prêt d'honneur"

    with qtbot.waitSignal(form.saved):
        save(qtbot, form)
    t = win.territory
    created = [o for o in t.records["organisation"].where() if o.acronym == "ICA"][0]
    assert (created.kind, created.legal_status, created.siret) == (
        "finance_solidaire",
        "association",
        "73282932000074",
    )
    assert (created.commune_insee, created.phone, created.territory) == (
        "07186",
        "+33475641234",
        ("dep:07",),
    )
    from municipaless.services import directory

    [offer] = directory.offers_of(t, created.id)
    assert (offer.service, offer.instrument, offer.stages) == (
        "financement",
        "pret_honneur",
        ("creation",),
    )
    assert "Initiative Centre Ardeche" in names(page)
    detail = page.detail
    assert detail.title_text() == "Initiative Centre Ardeche"
    offer_text = detail.section_text("Offre de service")
    assert "Financement — Prêt d'honneur" in offer_text
    assert "Jusqu'à 8 000 € sans intérêt" in offer_text and "Étapes : Création" in offer_text


def test_edit_a_structure_changes_it_and_its_offers(win, qtbot):
    page = win.organisations
    page.view.selectRow(2)  # France Active Ardèche
    assert page.detail.title_text() == "France Active Ardèche"
    form = page.edit_current()
    assert form.fields["name"].text() == "France Active Ardèche"
    assert form.fields["commune_insee"].text() == "Privas (07000)"
    assert form.tags.text() == "Réseau ESS"
    form.fields["phone"].setText("04 75 00 11 22")
    form.fields["phone"].edited.emit()
    form.offers.table.selectRow(0)
    form.offers.remove_selected()
    with qtbot.waitSignal(form.saved):
        save(qtbot, form)
    t = win.territory
    org = t.records["organisation"].get(page.current_id())
    assert org.phone == "+33475001122" and org.rev == 2
    from municipaless.services import directory

    assert directory.offers_of(t, org.id) == []
    assert page.detail.section_text("Offre de service") == "Aucune offre enregistrée."


def test_filter_by_kind_service_commune_and_text(win, qtbot):
    page = win.organisations
    bar = page.filters
    kind = bar.widgets["kind"]
    kind.setCurrentIndex(kind.findData("accompagnement"))
    assert names(page) == ["BGE Ardèche Drôme"]
    assert bar.count_label.text() == "1 structure"
    bar.reset()
    assert len(names(page)) == 3
    service = bar.widgets["service"]
    service.setCurrentIndex(service.findText("Financement : Garantie"))
    assert names(page) == ["France Active Ardèche"]
    service.setCurrentIndex(0)
    # Lamastre is covered by BGE (the commune) and France Active (the whole département).
    pick_commune(qtbot, bar.widgets["commune"], "Lamastre", "Lamastre (07270)")
    bar.flush()
    assert names(page) == ["BGE Ardèche Drôme", "France Active Ardèche"]
    bar.reset()
    qtbot.keyClicks(bar.widgets["text"], "cress")
    bar.flush()
    assert names(page) == ["Chambre régionale de l'ESS"]
    assert "« cress »" in bar.describe()


def test_sorting_by_a_header_keeps_the_filter(win, qtbot):
    page = win.organisations
    page.filters.widgets["text"].setText("ardeche")
    page.filters.flush()
    page.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    assert names(page) == ["France Active Ardèche", "BGE Ardèche Drôme"]


def test_invalid_siret_shows_the_french_message_and_keeps_the_typing(win, qtbot):
    page = win.organisations
    form = page.new_record()
    qtbot.keyClicks(form.fields["name"], "Les Ateliers du Bocage")
    qtbot.keyClicks(form.fields["siret"], "123 456 789 00012")
    qtbot.keyClicks(form.fields["rna"], "W12345")
    save(qtbot, form)
    error = form.findChild(type(form.banner), "error_siret")
    assert error.isVisible()
    assert error.text() == (
        "Numéro SIRET invalide : la clé de contrôle ne correspond pas. "
        "Un chiffre est sans doute erroné ou inversé."
    )
    assert "W suivie de 9 chiffres" in form.findChild(type(form.banner), "error_rna").text()
    assert form.isVisible()
    assert form.fields["siret"].text() == "123 456 789 00012"
    assert form.fields["name"].text() == "Les Ateliers du Bocage"
    assert win.territory.records["organisation"].count() == 3


def test_a_colleagues_edit_in_between_shows_the_conflict(win, qtbot, dialogs):
    page = win.organisations
    page.view.selectRow(0)
    form = page.edit_current()
    form.fields["acronym"].setText("BGE 07")
    t = win.territory
    org = t.records["organisation"].get(page.current_id())
    t.save("organisation", {"notes": "changé par Marie"}, row_id=org.id, rev=org.rev)
    dialogs.message_answer = QMessageBox.StandardButton.No
    save(qtbot, form)
    kind, _title, text = dialogs.messages[-1]
    assert kind == "warning" and "modifiée entre-temps" in text
    assert form.isVisible() and form.fields["acronym"].text() == "BGE 07"
    assert t.records["organisation"].get(org.id).acronym == "BGE"


def test_delete_asks_then_sends_to_the_corbeille(win, qtbot, dialogs):
    page = win.organisations
    page.view.selectRow(1)
    row_id = page.current_id()
    dialogs.message_answer = QMessageBox.StandardButton.Cancel
    assert not page.delete_current()
    assert len(names(page)) == 3
    dialogs.message_answer = QMessageBox.StandardButton.Yes
    assert page.delete_current()
    assert "Supprimer « Chambre régionale de l'ESS » ?" in dialogs.messages[-1][2]
    assert names(page) == ["BGE Ardèche Drôme", "France Active Ardèche"]
    deleted = win.territory.records["organisation"].get(row_id, include_deleted=True)
    assert deleted.deleted_at  # soft delete: still in the file
    assert not page.edit_action.isEnabled()


def test_possible_duplicates_are_suggested_while_creating(win, qtbot, dialogs):
    page = win.organisations
    form = page.new_record()
    qtbot.keyClicks(form.fields["name"], "Association France Active Ardeche")
    form.duplicates.refresh()  # what the pause after typing does
    hint = form.duplicates
    assert hint.isVisible() and hint.text().startswith("<b>Doublons possibles :</b>")
    assert "France Active Ardèche" in hint.text()
    existing = hint.matches[0].row_id
    dialogs.message_answer = QMessageBox.StandardButton.Yes
    hint.linkActivated.emit(existing)
    assert not form.isVisible()
    assert page.detail.title_text() == "France Active Ardèche"


def test_global_search_opens_the_structure_in_the_directory(win):
    hits = win.territory.search("bge")["organisation"]
    win.open_record("organisation", hits[0].row_id)
    assert win.stack.currentWidget() is win.directory
    assert win.directory.currentWidget() is win.organisations
    assert win.organisations.detail.title_text() == "BGE Ardèche Drôme"
    assert win.organisations.edit_action.isEnabled()
