"""Fichier ▸ Exporter les contacts (vCard): porteurs and home addresses only when ticked."""

import pytest
from PySide6.QtWidgets import QDialog

from municipaless.imports.vcard import read_vcards
from municipaless.services.directory.vcard_export import Scope
from municipaless.services.file.territory import Territory
from municipaless.ui.directory.contacts_export import ContactsExportDialog
from municipaless.ui.shell.file_menu import FileAction


def test_the_dialog_starts_unticked_and_the_address_waits_for_the_porteurs(qtbot):
    dialog = ContactsExportDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Exporter les contacts (vCard)"
    assert dialog.holders.text() == "Inclure les porteurs de projet"
    assert dialog.home_address.text() == "Inclure leur adresse personnelle"
    assert not dialog.holders.isChecked() and not dialog.home_address.isChecked()
    assert not dialog.home_address.isEnabled()
    assert dialog.scope() == Scope()

    dialog.holders.click()
    assert dialog.home_address.isEnabled() and not dialog.home_address.isChecked()
    assert dialog.scope() == Scope(holders=True)
    dialog.home_address.click()
    assert dialog.scope() == Scope(holders=True, home_address=True)
    dialog.holders.click()  # the porteurs out again: their address with them
    assert not dialog.home_address.isEnabled() and not dialog.home_address.isChecked()
    assert dialog.scope() == Scope()


@pytest.fixture
def window(qtbot, tmp_path):
    """The window on a file with one person of a structure and one porteur living in Privas."""
    from municipaless.ui.shell.main_window import MainWindow

    path = tmp_path / "contacts.municipaless"
    t = Territory.create(path, "Camille Martin")
    ruche = t.save("organisation", {"name": "La Ruche", "address": "1 rue Haute",
                                    "postcode": "07000", "commune_insee": "07186"})  # fmt: skip
    helene = t.save("person", {"first_name": "Hélène", "last_name": "Lefèvre"})
    t.save("affiliation", {"person_id": helene.id, "organisation_id": ruche.id})
    paul = t.save("person", {"first_name": "Paul", "last_name": "Porteur",
                             "address": "3 chemin des Vignes", "postcode": "07000"})  # fmt: skip
    project = t.save("project", {"name": "Épicerie solidaire"})
    t.save("project_holder", {"project_id": project.id, "person_id": paul.id})
    t.close()
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    assert win.open_path(path)
    yield win
    win.close()


def _export(window, qtbot, dialogs, monkeypatch, tmp_path, ticks):
    def answer(dialog):
        for name in ticks:
            getattr(dialog, name).click()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ContactsExportDialog, "exec", answer)
    out = tmp_path / f"contacts-{len(ticks)}.vcf"
    dialogs.file_answers.append(str(out))
    window.menus.action(FileAction.VCARD_EXPORT).trigger()
    qtbot.waitUntil(lambda: bool(dialogs.messages), timeout=20000)
    assert dialogs.messages.pop()[0] == "information"
    return read_vcards(out).contacts


def test_the_menu_exports_structures_then_porteurs_when_ticked(
    window, qtbot, dialogs, monkeypatch, tmp_path
):
    default = _export(window, qtbot, dialogs, monkeypatch, tmp_path, [])
    assert default and all(c.organisation for c in default)
    assert not any("home" in a.kinds for c in default for a in c.addresses)
    holders = _export(window, qtbot, dialogs, monkeypatch, tmp_path, ["holders"])
    porteurs = [c for c in holders if not c.organisation]
    assert [c.label for c in default] == ["Hélène Lefèvre"]
    assert [c.label for c in porteurs] == ["Paul Porteur"] and len(holders) == 2
    assert not any(c.addresses for c in porteurs)
    both = _export(window, qtbot, dialogs, monkeypatch, tmp_path, ["holders", "home_address"])
    assert len(both) == len(holders)
    assert any("home" in a.kinds for c in both if not c.organisation for a in c.addresses)


def test_cancelling_the_question_asks_for_no_file(window, dialogs, monkeypatch):
    monkeypatch.setattr(ContactsExportDialog, "exec", lambda d: QDialog.DialogCode.Rejected)
    window.menus.action(FileAction.VCARD_EXPORT).trigger()
    assert dialogs.file_requests == [] and dialogs.messages == []
