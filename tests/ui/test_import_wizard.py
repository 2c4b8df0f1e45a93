"""Fichier ▸ Importer dans l'annuaire…: the real wizard, driven click by click."""

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWizard

from municipaless.services.file import OpenMode, open_territory
from municipaless.ui.directory import import_wizard
from municipaless.ui.directory.import_wizard import MAPPING_PAGE, PREVIEW_PAGE, RESULT_PAGE
from municipaless.ui.shell.file_menu import FileAction

DATA = Path(__file__).parents[1] / "data"


def start(window, qtbot, dialogs, path: Path):
    """Open the wizard from the menu and choose ``path`` with the Choose… button."""
    action = window.menus.action(FileAction.IMPORT)
    assert action.isEnabled()
    action.trigger()
    wizard = window.session.import_wizard
    qtbot.waitExposed(wizard)
    page = wizard.currentPage()
    dialogs.file_answers.append(str(path))
    qtbot.mouseClick(page.browse, Qt.MouseButton.LeftButton)
    assert page.path.text() == str(path)
    return wizard


def tick(qtbot, button) -> None:
    """Click a radio button or a check box on its indicator (its centre may be past the text)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    assert button.isChecked()


def click(qtbot, wizard, which: QWizard.WizardButton) -> None:
    button = wizard.button(which)
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_import_the_real_vcards(window, qtbot, dialogs):
    people = window.territory.records["person"]
    before = people.count()
    files = sorted((DATA / "vcard").glob("*.vcf"))
    for path in files:
        wizard = start(window, qtbot, dialogs, path)
        click(qtbot, wizard, QWizard.WizardButton.NextButton)
        assert wizard.currentId() == PREVIEW_PAGE  # a vCard needs no column matching
        page = wizard.currentPage()
        assert " lue" in page.summary.text() and "carte" in page.summary.text()
        commit = wizard.button(QWizard.WizardButton.CommitButton)
        assert commit.text() == "Importer"
        if page.keep_notes.isVisible():  # the samples' American phones are not French ones
            assert not commit.isEnabled()  # nothing is imported until the officer chooses
            tick(qtbot, page.keep_notes)
        if page.with_duplicates.isVisible():  # John Doe is in four of the samples
            tick(qtbot, page.with_duplicates)
        click(qtbot, wizard, QWizard.WizardButton.CommitButton)
        assert wizard.currentId() == RESULT_PAGE
        assert wizard.currentPage().text.text().startswith("Import terminé"), path.name
        click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert people.count() == before + 14
    simon = people.where("last_name = 'Perreault'")[0]
    assert (simon.first_name, simon.email) == ("Simon", "simon.perreault@viagenie.ca")
    job = window.territory.records["affiliation"].where("person_id = ?", [simon.id])[0]
    org = window.territory.records["organisation"].get(job.organisation_id)
    assert org.name == "Viagenie"
    michael = people.where("last_name = 'Angstadt'")[0]
    job = window.territory.records["affiliation"].where("person_id = ?", [michael.id])[0]
    assert job.role == "TheJobTitle, TheProfession – TheDepartment"
    assert window.territory.search("perreault")["person"]  # indexed for the global search


def cp1252_people_csv(tmp_path: Path) -> Path:
    text = (
        "Liste des contacts ESS;;;;;;;\r\n"
        ";;;;;;;\r\n"
        "Nom;Prénom;Employeur;Qualité;Tél.;Courriel;CP;Commentaire interne\r\n"
        "Lefèvre;Hélène;Épicerie solidaire;Chargée de mission;04 75 64 12 34;"
        "helene@epicerie.fr;1000;Rencontrée au forum\r\n"
        "Garçon;Loïc;SCOP Élan;Gérant;0475641235;loic@scop-elan;7000;\r\n"
        "N'Diaye;Zoé;Épicerie solidaire;Trésorière;;zoe@epicerie.fr;1000;12,5 h par mois\r\n"
    )
    path = tmp_path / "contacts.csv"
    path.write_bytes(text.encode("cp1252"))
    return path


def test_import_a_cp1252_semicolon_csv_with_a_header_mapping(window, qtbot, dialogs, tmp_path):
    path = cp1252_people_csv(tmp_path)
    wizard = start(window, qtbot, dialogs, path)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == MAPPING_PAGE
    page = wizard.currentPage()
    assert "ligne 3" in page.note.text() and "devinée" in page.note.text()
    shown = [page.table.item(r, 0).text() for r in range(page.table.rowCount())]
    assert shown == ["Nom", "Prénom", "Employeur", "Qualité", "Tél.", "Courriel", "CP",
                     "Commentaire interne"]  # fmt: skip
    assert [c.currentText() for c in page.combos[:6]] == [
        "Personne : nom", "Personne : prénom", "Structure : nom", "Fonction dans la structure",
        "Personne : téléphone", "Personne : e-mail",
    ]  # fmt: skip
    assert page.combos[7].currentText() == "— ignorée —"
    page.set_target("Commentaire interne", "person.notes")
    page.set_target("Courriel", "person.email")
    page.set_target("Tél.", "person.email")  # twice: refused with a reason
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == MAPPING_PAGE
    assert "plusieurs colonnes" in page.error.text()
    page.set_target("Tél.", "person.phone")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)

    assert wizard.currentId() == PREVIEW_PAGE
    preview = wizard.currentPage()
    assert "3 lignes lues" in preview.summary.text()
    problems = preview.problems
    assert problems.rowCount() == 1
    assert [problems.item(0, c).text() for c in range(3)] == ["Ligne 5", "Courriel",
                                                              "loic@scop-elan"]  # fmt: skip
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert preview.valid_only.text() == "Seulement les lignes valides (2)"
    tick(qtbot, preview.valid_only)
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    result = wizard.currentPage().text.text()
    assert result.startswith("Import terminé : 1 structure, 2 personnes, 2 fonctions ajoutées")
    assert "Ligne 5 — Loïc Garçon (SCOP Élan) : problèmes" in result
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    t = window.territory
    helene = t.records["person"].where("last_name = 'Lefèvre'")[0]
    assert (helene.first_name, helene.phone, helene.notes) == (
        "Hélène", "+33475641234", "Rencontrée au forum",
    )  # fmt: skip
    zoe = t.records["person"].where("first_name = 'Zoé'")[0]
    assert zoe.notes == "12,5 h par mois"  # the decimal comma stayed in its cell
    epicerie = t.records["organisation"].where("name = 'Épicerie solidaire'")[0]
    assert (epicerie.postcode, epicerie.commune_insee) == ("01000", None)  # zero restored
    assert len(t.records["affiliation"].where("organisation_id = ?", [epicerie.id])) == 2

    # the same columns next month: the officer's matching comes back by itself
    wizard = start(window, qtbot, dialogs, path)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    page = wizard.currentPage()
    assert "utilisée la dernière fois" in page.note.text()
    assert page.combos[7].currentData() == "person.notes"
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    preview = wizard.currentPage()
    assert preview.duplicates.rowCount() == 2  # Hélène and Zoé are in the annuaire now
    wizard.reject()


def test_a_file_that_is_not_what_it_claims_stays_on_the_first_page(window, qtbot, dialogs):
    wizard = start(window, qtbot, dialogs, DATA / "import" / "binaire.csv")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == 0
    kind, title, text = dialogs.messages[-1]
    assert kind == "warning" and "données binaires" in text
    wizard.reject()


def test_read_only_file_disables_the_import_not_the_export(qtbot, small_file):
    from municipaless.ui.shell.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.set_territory(open_territory(small_file, mode=OpenMode.READ_ONLY))
    assert not win.menus.action(FileAction.IMPORT).isEnabled()
    assert win.menus.action(FileAction.IMPORT).toolTip().startswith("Lecture seule")
    assert win.menus.action(FileAction.VCARD_EXPORT).isEnabled()
    assert import_wizard.import_into_directory(win.territory, win) is None
    win.close()


def test_export_the_contacts_as_vcard(window, dialogs, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from municipaless.ui.directory.contacts_export import ContactsExportDialog

    # the question before the file dialog, answered with its defaults (structures only)
    monkeypatch.setattr(ContactsExportDialog, "exec", lambda d: QDialog.DialogCode.Accepted)
    target = tmp_path / "contacts"
    dialogs.file_answers.append(str(target))
    window.menus.action(FileAction.VCARD_EXPORT).trigger()
    kind, _title, text = dialogs.messages[-1]
    # Léa Dubois holds no job in a structure: by default her coordinates stay in the file
    # (tests/ui/test_contacts_export.py exports porteurs when ticked)
    assert kind == "information" and "0 contacts" in text
    assert b"Dubois" not in (tmp_path / "contacts.vcf").read_bytes()


def test_reading_runs_on_a_worker_that_reports_progress_and_can_be_cancelled(
    window, qtbot, dialogs, tmp_path, monkeypatch
):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

    from municipaless.services.directory import importer

    calls: list[int] = []
    shown: list[str] = []

    def slow_load(path, progress=None):  # stands for a big file: many steps, each reported
        import time

        for step in range(2_000):
            calls.append(step)
            progress(f"Lecture : {step} lignes…")
            time.sleep(0.005)
        raise AssertionError("the cancel never reached the reading")

    def cancel_when_shown():
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.isVisible():
                shown.append(widget.labelText())
                widget.findChild(QPushButton).click()  # the officer's Cancel
                return
        QTimer.singleShot(50, cancel_when_shown)

    monkeypatch.setattr(importer, "load", slow_load)
    wizard = start(window, qtbot, dialogs, tmp_path / "gros.csv")
    QTimer.singleShot(50, cancel_when_shown)
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentId() == 0  # cancelled: still on the file page, nothing read
    assert shown and shown[0].startswith("Lecture")  # the reader's own progress line
    assert 0 < len(calls) < 2_000  # it stopped between two steps
    wizard.reject()


def test_a_bad_quote_shows_in_the_dry_run_and_blocks_the_import(window, qtbot, dialogs, tmp_path):
    header = "Nom;Prénom;Courriel\r\n"
    rows = [f"Nom{n};Prénom{n};p{n}@exemple.fr\r\n" for n in range(1, 11)]
    rows[2] = 'Nom3;"Prénom3;p3@exemple.fr\r\n'  # contact 3: a quote never closed
    path = tmp_path / "guillemet.csv"
    path.write_bytes((header + "".join(rows)).encode("utf-8"))
    people = window.territory.records["person"]
    before = people.count()
    wizard = start(window, qtbot, dialogs, path)
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentId() == MAPPING_PAGE
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    preview = wizard.currentPage()
    assert "10 lignes lues" in preview.summary.text()  # not 3
    assert "Aucun problème" not in preview.summary.text()
    problems = preview.problems
    assert problems.rowCount() == 8
    assert problems.item(0, 1).text() == "Lecture du fichier"
    assert "ligne 4 du fichier" in problems.item(0, 3).text()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    tick(qtbot, preview.valid_only)
    click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert people.count() == before + 2  # the two rows before the quote
