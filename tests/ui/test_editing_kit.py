"""The editing kit: fields check what is typed, the form saves with a rev check and keeps
what was typed when the save is refused."""

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from municipaless.core import validation
from municipaless.services.file import OpenMode, open_territory
from municipaless.services.file.territory import Territory
from municipaless.ui.editing import (
    CommuneField,
    DateField,
    MoneyField,
    MultiVocabField,
    RecordForm,
    RecordPicker,
    TextField,
    VocabField,
)
from tests.ui.driving import save


@pytest.fixture
def territory(tmp_path):
    t = Territory.create(tmp_path / "t.municipaless", "Camille")
    yield t
    t.close()


def _organisation_form(qtbot, territory, record=None) -> RecordForm:
    form = RecordForm(territory, "organisation", record, title="Structure")
    qtbot.addWidget(form)
    form.add_field("name", "Nom", TextField(), required=True)
    form.add_field("kind", "Type", VocabField(territory, "organisation_kind"))
    form.add_field("siret", "SIRET", TextField(validation.check_siret))
    postcode = form.add_field("postcode", "Code postal", TextField(validation.check_postcode))
    form.add_field("commune_insee", "Commune", CommuneField(postcode))
    form.add_field("sectors", "Filières", MultiVocabField(territory, "sector"))
    form.finish()
    return form


def test_invalid_siret_blocks_save_and_keeps_typed_text(qtbot, territory):
    form = _organisation_form(qtbot, territory)
    form.show()
    qtbot.keyClicks(form.fields["name"], "Ateliers du Bocage")
    qtbot.keyClicks(form.fields["siret"], "123 456 789 00012")
    save(qtbot, form)
    error = form.findChild(type(form.banner), "error_siret")
    assert error.isVisible() and "SIRET" in error.text()
    assert form.fields["siret"].text() == "123 456 789 00012"
    assert territory.records["organisation"].count() == 0
    assert form.isVisible()


def test_required_field_and_create(qtbot, territory):
    form = _organisation_form(qtbot, territory)
    form.show()
    save(qtbot, form)
    assert form.findChild(type(form.banner), "error_name").isVisible()
    qtbot.keyClicks(form.fields["name"], "Ateliers du Bocage")
    kind = form.fields["kind"]
    kind.setCurrentIndex(kind.findData("reseau"))
    form.fields["sectors"].actions_by_code["alimentation"].setChecked(True)
    with qtbot.waitSignal(form.saved):
        save(qtbot, form)
    saved = territory.records["organisation"].where()[0]
    assert (saved.name, saved.kind, saved.sectors) == (
        "Ateliers du Bocage",
        "reseau",
        ("alimentation",),
    )


def test_commune_autocomplete_stores_insee_and_fills_postcode(qtbot, territory):
    form = _organisation_form(qtbot, territory)
    form.show()
    commune = form.fields["commune_insee"]
    qtbot.keyClicks(commune, "Privas")
    popup = commune.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    commune.completer().activated[str].emit("Privas (07000)")
    assert commune.value() == "07186"
    assert form.fields["postcode"].value() == "07000"
    commune.setText("Nulle-part-sur-Mer")
    commune.textEdited.emit("Nulle-part-sur-Mer")
    assert commune.value() is None and commune.error()


def test_edit_sends_only_changes_and_a_stale_rev_keeps_the_form(qtbot, territory, dialogs):
    org = territory.save("organisation", {"name": "France Active", "notes": "x"})
    form = _organisation_form(qtbot, territory, org)
    assert form.fields["name"].text() == "France Active"
    form.fields["name"].setText("France Active Ain")
    assert form.changes() == {"name": "France Active Ain"}
    territory.save("organisation", {"notes": "colleague"}, row_id=org.id, rev=org.rev)
    dialogs.message_answer = QMessageBox.StandardButton.No
    save(qtbot, form)
    assert dialogs.messages and "modifiée entre-temps" in dialogs.messages[-1][2]
    assert form.fields["name"].text() == "France Active Ain"
    assert territory.records["organisation"].get(org.id).name == "France Active"


def test_read_only_file_disables_the_form(qtbot, tmp_path):
    path = tmp_path / "ro.municipaless"
    Territory.create(path).close()
    t = open_territory(path, mode=OpenMode.READ_ONLY)
    try:
        t.read_only_reason = "ouvert par Marie"
        form = _organisation_form(qtbot, t)
        assert form.banner.isVisibleTo(form) and "Marie" in form.banner.text()
        assert not form.fields["name"].isEnabled()
        assert not form.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    finally:
        t.close()


def test_money_date_and_picker(qtbot, territory):
    org = territory.save("organisation", {"name": "Initiative Ardèche"})
    money, date = MoneyField(), DateField()
    qtbot.addWidget(money)
    qtbot.addWidget(date)
    money.setText("12 500,50 €")
    date.setText("3/2/2026")
    assert money.value() == 1_250_050 and date.value() == "2026-02-03"
    date.setText("31/02/2026")
    assert date.value() is None and date.error()
    picker = RecordPicker(territory, "organisation")
    qtbot.addWidget(picker)
    picker.search_now("ardech")
    picker.hidePopup()
    picker.setCurrentIndex(picker.findData(org.id))
    assert picker.value() == org.id
    picker.set_value(org.id)
    assert picker.currentText() == "Initiative Ardèche" and picker.value() == org.id


def test_a_services_refusal_lands_under_its_fields(qtbot, territory, dialogs):
    from municipaless.storage.errors import StorageError

    class Refused(StorageError):
        def __init__(self):
            super().__init__("Refusé")
            self.errors = {"label": "Ce nom est déjà pris."}

    class Form(RecordForm):
        def save(self, changes):
            raise Refused

    form = Form(territory, "organisation", title="Structure")
    qtbot.addWidget(form)
    form.add_field("name", "Nom", TextField())
    form.error_aliases = {"label": "name"}
    form.finish()
    form.show()
    qtbot.keyClicks(form.fields["name"], "France Active")
    save(qtbot, form)
    error = form.findChild(type(form.banner), "error_name")
    assert error.isVisible() and error.text() == "Ce nom est déjà pris."
    assert dialogs.messages == [] and form.isVisible()
