"""Fichier ▸ Importer dans l'annuaire…: file → columns → dry run → import; and the vCard export.

The wizard only shows and asks: reading, checking and writing are services/directory_import's.
The dry run and the import run on a ``Job`` with its own connection (a 10,000-row file takes
seconds), the import on a writable one after the service's backup. A file with problems
imports nothing until the officer picks what to do with them: the Import button stays off.
"""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from municipaless.ui.common import dialogs, file_dialogs, theme
from municipaless.ui.common.workers import Job, Task, release, run_and_wait

if TYPE_CHECKING:
    from municipaless.services.file.territory import Territory

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
FILE_PAGE, MAPPING_PAGE, PREVIEW_PAGE, RESULT_PAGE = range(4)
PREVIEW_ROWS = 50


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(value.replace("\n", " ⏎ "))
            item.setToolTip(value)
            table.setItem(r, c, item)
    header = table.horizontalHeader()
    header.setResizeContentsPrecision(100)  # measure the first rows only: fast on 10,000
    table.resizeColumnsToContents()
    for column in range(table.columnCount() - 1):
        header.resizeSection(column, min(header.sectionSize(column), 260))


class FilePage(QWizardPage):
    def __init__(self, wizard: "ImportWizard"):
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(translate("ImportWizard", "Choose the file"))
        self.setSubTitle(
            translate(
                "ImportWizard",
                "A table of structures or people (CSV or Excel), or contacts exported as vCard "
                "(.vcf) from Outlook, Gmail, an iPhone or Thunderbird.",
            )
        )
        self.path = QLineEdit()
        self.path.setObjectName("importPath")
        self.path.setPlaceholderText(translate("ImportWizard", "File to import"))
        self.path.textChanged.connect(self.completeChanged)
        self.browse = QPushButton(translate("ImportWizard", "Choose…"))
        self.browse.setObjectName("browseButton")
        self.browse.clicked.connect(self.choose)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        hint = QLabel(
            translate(
                "ImportWizard",
                "The file is only read: nothing is written before the last step, and a backup "
                "is made just before.",
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addStretch(1)

    def choose(self) -> None:
        typed = Path(self.path.text()).parent if self.path.text() else None
        chosen = file_dialogs.ask_open(
            self,
            "import",
            translate("ImportWizard", "Choose the file to import"),
            translate(
                "ImportWizard",
                "Tables and contacts (*.csv *.txt *.xlsx *.xls *.ods *.vcf);;All files (*)",
            ),
            fallback=typed,
        )
        name = str(chosen) if chosen is not None else ""
        if name:
            self.path.setText(name)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:
        from municipaless.services.directory import import_mapping
        from municipaless.services.directory import importer as directory_import
        from municipaless.services.directory.importer import ImportFileError

        path = Path(self.path.text().strip())

        def read(task: Task):
            def progress(text: str) -> None:
                task.check()  # Cancel stops the reading between two steps
                task.report(text)

            return directory_import.load(path, progress)

        task = run_and_wait(
            self, Task(read), translate("ImportWizard", "Reading the file…"), cancellable=True
        )
        outcome, source, error, message = task.outcome, task.result, task.error, task.message
        release(task)  # read: free the thread and the table it held
        if outcome == "cancelled":
            return False
        if outcome == "failed":
            message = error.message if isinstance(error, ImportFileError) else message
            QMessageBox.warning(
                self, translate("ImportWizard", "This file cannot be imported"), message
            )
            return False
        if not len(source):
            QMessageBox.warning(
                self,
                translate("ImportWizard", "This file cannot be imported"),
                translate("ImportWizard", "The file holds no row to import."),
            )
            return False
        wizard = self.wizard_
        wizard.source = source
        if source.table is not None:
            wizard.mapping, wizard.remembered = import_mapping.initial(
                wizard.territory, source.headers
            )
        return True

    def nextId(self) -> int:
        source = self.wizard_.source
        return PREVIEW_PAGE if source is not None and source.is_vcard else MAPPING_PAGE


class MappingPage(QWizardPage):
    def __init__(self, wizard: "ImportWizard"):
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(translate("ImportWizard", "Match the columns"))
        self.setSubTitle(
            translate(
                "ImportWizard",
                "For each column of the file, choose the field of the directory it fills, or "
                "leave it ignored. A person's structure and role create their job.",
            )
        )
        self.note = QLabel()
        self.note.setObjectName("mappingNote")
        self.note.setWordWrap(True)
        headers = [
            translate("ImportWizard", "Column"),
            translate("ImportWizard", "Examples"),
            translate("ImportWizard", "Field of the directory"),
        ]
        self.table = _table(headers, "mappingTable")
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.error = QLabel()
        self.error.setObjectName("mappingError")
        theme.set_tone(self.error, "error")
        self.error.setWordWrap(True)
        self.combos: list[QComboBox] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)

    def initializePage(self) -> None:
        from municipaless.services.directory.import_mapping import TARGETS

        wizard = self.wizard_
        source = wizard.source
        assert source is not None and source.table is not None
        self.note.setText(
            "\n".join(
                [
                    translate(
                        "ImportWizard",
                        "Header found on row {row} of « {name} »; {count} rows below it.",
                    ).format(row=source.table.header_row, name=source.name, count=len(source)),
                    translate(
                        "ImportWizard",
                        "The matching used last time for these columns was restored.",
                    )
                    if wizard.remembered
                    else translate(
                        "ImportWizard", "The matching was guessed from the column names: check it."
                    ),
                ]
            )
        )
        self.error.clear()
        headers = source.headers
        self.table.setRowCount(len(headers))
        self.combos = []
        for row, header in enumerate(headers):
            examples = [r[row] for r in source.table.rows[:30] if r[row]][:3]
            for column, text in enumerate((header, " · ".join(examples))):
                item = QTableWidgetItem(text.replace("\n", " "))
                item.setToolTip(text)
                self.table.setItem(row, column, item)
            combo = QComboBox()
            combo.addItem(translate("ImportWizard", "— ignored —"), "")
            for target in TARGETS:
                combo.addItem(target.label, target.key)
            combo.setCurrentIndex(max(0, combo.findData(wizard.mapping[row])))
            combo.currentIndexChanged.connect(self.error.clear)
            self.table.setCellWidget(row, 2, combo)
            self.combos.append(combo)

    def mapping(self) -> list[str]:
        return [combo.currentData() or "" for combo in self.combos]

    def set_target(self, header: str, key: str) -> None:
        """Choose ``key`` for the column named ``header`` (what a click in its combo does)."""
        row = self.wizard_.source.headers.index(header)
        self.combos[row].setCurrentIndex(self.combos[row].findData(key))

    def validatePage(self) -> bool:
        from municipaless.services.directory import import_mapping

        mapping = self.mapping()
        problems = import_mapping.problems(mapping)
        if problems:
            self.error.setText("\n".join(problems))
            return False
        self.wizard_.mapping = mapping
        return True


class PreviewPage(QWizardPage):
    def __init__(self, wizard: "ImportWizard"):
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(translate("ImportWizard", "Check before importing"))
        self.setSubTitle(
            translate(
                "ImportWizard",
                "Every row was checked as a form would check it; nothing is written yet.",
            )
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, translate("ImportWizard", "Import"))
        self.summary = QLabel()
        self.summary.setObjectName("dryRunSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tabs = QTabWidget()
        headers = [
            translate("ImportWizard", "Row"),
            translate("ImportWizard", "Column"),
            translate("ImportWizard", "Value"),
            translate("ImportWizard", "Problem"),
        ]
        self.problems = _table(headers, "problemsTable")
        self.duplicates = _table(
            [
                translate("ImportWizard", "Row"),
                translate("ImportWizard", "Record"),
                translate("ImportWizard", "Why"),
            ],
            "duplicatesTable",
        )
        self.rows = _table([], "previewTable")
        self.tabs.addTab(self.problems, translate("ImportWizard", "Problems"))
        self.tabs.addTab(self.duplicates, translate("ImportWizard", "Probable duplicates"))
        self.tabs.addTab(self.rows, translate("ImportWizard", "First rows"))
        self.question = QLabel(
            translate("ImportWizard", "Some rows have problems. What should be imported?")
        )
        self.question.setWordWrap(True)
        self.valid_only = QRadioButton()
        self.valid_only.setObjectName("validOnly")
        self.keep_notes = QRadioButton()
        self.keep_notes.setObjectName("keepInNotes")
        self.choice = QButtonGroup(self)
        self.choice.addButton(self.valid_only)
        self.choice.addButton(self.keep_notes)
        self.choice.buttonToggled.connect(self._changed)
        self.with_duplicates = QCheckBox(
            translate("ImportWizard", "Import the probable duplicates too")
        )
        self.with_duplicates.setObjectName("withDuplicates")
        self.with_duplicates.toggled.connect(self._changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.question)
        layout.addWidget(self.valid_only)
        layout.addWidget(self.keep_notes)
        layout.addWidget(self.with_duplicates)

    def initializePage(self) -> None:
        from municipaless.services.directory import importer as directory_import

        wizard = self.wizard_
        source, mapping = wizard.source, wizard.mapping if not wizard.source.is_vcard else None
        wizard.plan = None
        job = run_and_wait(
            wizard,
            Job(wizard.territory.path, lambda t, job: directory_import.plan(t, source, mapping)),
            translate("ImportWizard", "Checking every row…"),
            cancellable=True,
        )
        outcome, plan, message = job.outcome, job.result, job.message
        release(job)
        if outcome != "succeeded":
            self.summary.setText(message or translate("ImportWizard", "The check was cancelled."))
            for widget in (self.question, self.valid_only, self.keep_notes, self.with_duplicates):
                widget.setVisible(False)
            self.completeChanged.emit()
            return
        wizard.plan = plan
        self._show(plan)

    def _show(self, plan) -> None:
        self.summary.setText("\n".join(plan.summary_lines()))
        _fill(self.problems, [[p.where, p.column, p.value, p.message] for p in plan.problems])
        _fill(self.duplicates, [[d.where, d.label, d.reason] for d in plan.duplicates.values()])
        headers = plan.source.headers
        self.rows.setColumnCount(len(headers))
        self.rows.setHorizontalHeaderLabels(headers)
        _fill(self.rows, plan.source.preview(PREVIEW_ROWS))
        by_row = {}
        for row in plan.rows:
            by_row.setdefault(row.row, []).extend(p.text for p in row.problems)
        numbers = [r.row for r in plan.rows[:PREVIEW_ROWS]]
        self.rows.setVerticalHeaderLabels([str(n) for n in numbers])
        self.rows.verticalHeader().setVisible(True)
        for r, number in enumerate(numbers):
            if by_row.get(number):
                for c in range(len(headers)):
                    item = self.rows.item(r, c)
                    if item is not None:
                        item.setBackground(QBrush(theme.banner_colours("error")[1]))
                        item.setToolTip("\n".join(by_row[number]))
        has_problems = bool(plan.rows_with_problems)
        for widget in (self.question, self.valid_only, self.keep_notes):
            widget.setVisible(has_problems)
        self.with_duplicates.setVisible(bool(plan.duplicates))
        self.choice.setExclusive(False)
        self.valid_only.setChecked(False)
        self.keep_notes.setChecked(False)
        self.choice.setExclusive(True)
        self.with_duplicates.setChecked(False)
        self.tabs.setCurrentWidget(self.problems if plan.problems else self.rows)
        self._changed()

    def chosen(self) -> str:
        from municipaless.services.directory import importer as di

        if self.valid_only.isChecked():
            return di.VALID_ONLY
        if self.keep_notes.isChecked():
            return di.KEEP_IN_NOTES
        return di.ALL

    def _changed(self, *_args) -> None:
        from municipaless.services.directory import importer as di

        plan = self.wizard_.plan
        if plan is not None:
            duplicates = self.with_duplicates.isChecked()
            valid = len(plan.importable(di.VALID_ONLY, with_duplicates=duplicates))
            kept = len(plan.importable(di.KEEP_IN_NOTES, with_duplicates=duplicates))
            self.valid_only.setText(
                translate("ImportWizard", "Only the valid rows ({count})").format(count=valid)
            )
            self.keep_notes.setText(
                translate(
                    "ImportWizard",
                    "Every row with a name ({count}), the unreadable values kept in the "
                    "record's remarks",
                ).format(count=kept)
            )
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        from municipaless.services.directory import importer as di

        plan = self.wizard_.plan
        if plan is None:
            return False
        choice = self.chosen()
        if plan.rows_with_problems and choice == di.ALL:
            return False  # nothing is imported until the officer chooses
        return bool(plan.importable(choice, with_duplicates=self.with_duplicates.isChecked()))


class ResultPage(QWizardPage):
    def __init__(self, wizard: "ImportWizard"):
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(translate("ImportWizard", "Import"))
        self.text = QLabel()
        self.text.setObjectName("importResult")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)

    def initializePage(self) -> None:
        from municipaless.services.directory import importer as di

        wizard = self.wizard_
        preview: PreviewPage = wizard.page(PREVIEW_PAGE)
        plan, choice = wizard.plan, preview.chosen()
        duplicates = preview.with_duplicates.isChecked()
        job = run_and_wait(
            wizard,
            Job(
                wizard.territory.path,
                lambda t, job: di.apply(t, plan, choice=choice, with_duplicates=duplicates),
                writable=True,
            ),
            translate("ImportWizard", "Backing up, then importing…"),
        )
        outcome, result, message = job.outcome, job.result, job.message
        release(job)
        if outcome != "succeeded":
            self.setTitle(translate("ImportWizard", "Nothing was imported"))
            self.text.setText(message)
            return
        wizard.result = result
        lines = [result.summary()]
        if result.backup is not None:
            lines.append(
                translate(
                    "ImportWizard", "The file was backed up just before (File ▸ Backups…): {path}"
                ).format(path=result.backup)
            )
        if result.skipped:
            lines.append(translate("ImportWizard", "Left out:"))
            lines += [f"• {line}" for line in result.skipped[:30]]
            if len(result.skipped) > 30:
                lines.append(
                    translate("ImportWizard", "… and {count} more.").format(
                        count=len(result.skipped) - 30
                    )
                )
        self.text.setText("\n".join(lines))


class ImportWizard(QWizard):
    def __init__(self, territory: "Territory", parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.territory = territory
        self.source = None
        self.mapping: list[str] = []
        self.remembered = False
        self.plan = None
        self.result = None
        self.setWindowTitle(translate("ImportWizard", "Import into the directory"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        dialogs.open_at(self, 900, 620)
        self.setPage(FILE_PAGE, FilePage(self))
        self.setPage(MAPPING_PAGE, MappingPage(self))
        self.setPage(PREVIEW_PAGE, PreviewPage(self))
        self.setPage(RESULT_PAGE, ResultPage(self))


# --- what the File menu starts --------------------------------------------------------------


def import_into_directory(
    territory: "Territory | None", parent: QWidget | None = None
) -> ImportWizard | None:
    """Open the wizard (not modal to the code: ``open``); None on no file or a read-only one.
    Its ``finished`` tells the caller when to have the pages re-read the file."""
    if territory is None or territory.read_only:
        return None
    wizard = ImportWizard(territory, parent)
    wizard.open()
    return wizard


def export_contacts(territory: "Territory | None", parent: QWidget | None = None) -> None:
    if territory is None:
        return
    from municipaless.services.directory import vcard_export
    from municipaless.ui.directory.contacts_export import ask_scope

    title = translate("ImportWizard", "Export the contacts (vCard)")
    scope = ask_scope(parent)
    if scope is None:
        return
    chosen, _ = file_dialogs.ask_save(
        parent,
        "contacts",
        title,
        "contacts.vcf",
        translate("ImportWizard", "vCard contacts (*.vcf)"),
    )
    if chosen is None:
        return
    name = str(chosen)
    path = Path(name) if name.lower().endswith(".vcf") else Path(name + ".vcf")
    job = run_and_wait(
        parent,
        Job(territory.path, lambda t, job: vcard_export.export(t, path, scope=scope), parent),
        translate("ImportWizard", "Writing the contacts…"),
    )
    outcome, count, message = job.outcome, job.result, job.message
    release(job)
    if outcome != "succeeded":
        dialogs.error(parent, title, message)
        return
    note = vcard_export.opposition_note(territory, scope=scope)  # French, from the service
    QMessageBox.information(
        parent,
        title,
        translate("ImportWizard", "{count} contacts written to:\n{path}").format(
            count=count, path=path
        )
        + (f"\n\n{note}" if note else ""),
    )
