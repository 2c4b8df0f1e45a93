"""« Guide des structures »: the handout for a porteur, from need × stage × sector × commune.

The dialog shows how many structures fit as the officer picks (services/directory
.organisations_for, the same matcher the case log's orientation uses), then writes the DOCX, PDF
or ODT on a worker (services/directory/organisations_guide).
"""

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from municipaless.core.vocabularies import shown_label
from municipaless.ui.common import file_dialogs
from municipaless.ui.common.export_runner import ExportRunner, remove_if_cancelled
from municipaless.ui.common.print_preview import print_action
from municipaless.ui.editing import CommuneField

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
FORMATS = (("docx", "Word (DOCX)"), ("pdf", "PDF"), ("odt", "LibreOffice Writer (ODT)"))


class GuideDialog(QDialog):
    def __init__(self, territory: Any, runner: ExportRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(self.tr("Guide of support structures"))
        self.setMinimumWidth(520)
        self.territory = territory
        self.runner = runner
        intro = QLabel(
            self.tr(
                "A handout for a project holder: the structures that fit their need, with "
                "their offer, conditions and contact, grouped by need."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.need = self._combo("service", self.tr("Every need"))
        self.stage = self._combo("stage", self.tr("Any stage"))
        self.sector = self._combo("sector", self.tr("Any sector"))
        self.commune = CommuneField()
        self.format = QComboBox()
        for code, text in FORMATS:
            self.format.addItem(text, code)
        form.addRow(self.tr("Need"), self.need)
        form.addRow(self.tr("Project stage"), self.stage)
        form.addRow(self.tr("Sector"), self.sector)
        form.addRow(self.tr("Project holder's commune"), self.commune)
        form.addRow(self.tr("Format"), self.format)
        self.count_label = QLabel()
        self.count_label.setObjectName("guideCount")
        self.count_label.setWordWrap(True)
        self.write_button = QPushButton(self.tr("Create the guide…"))
        self.write_button.setDefault(True)
        self.write_button.clicked.connect(self.write_dialog)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("printGuide")
        self.print_button.clicked.connect(self.print_preview)
        self.print_action = print_action(self, self.print_preview)
        self.preview: Any = None  # the last print preview opened (tests reach it)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.write_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.count_label)
        layout.addWidget(buttons)
        self._timer = QTimer(self, singleShot=True, interval=300)
        self._timer.timeout.connect(self.update_count)
        for combo in (self.need, self.stage, self.sector):
            combo.currentIndexChanged.connect(lambda _i: self.update_count())
        self.commune.edited.connect(self._timer.start)
        self.update_count()

    def _combo(self, vocab: str, all_text: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(all_text, None)
        for entry in self.territory.vocabulary(vocab):
            combo.addItem(shown_label(vocab, entry.code, entry.label), entry.code)
        return combo

    def criteria(self) -> dict[str, Any]:
        return {
            "needs": self.need.currentData(),
            "stage": self.stage.currentData(),
            "sector": self.sector.currentData(),
            "commune_insee": self.commune.value(),
        }

    def matching(self) -> int:
        """Structures the guide would list (each once, whatever the number of needs)."""
        from municipaless.services import directory

        c = self.criteria()
        needs = (
            [c["needs"]] if c["needs"] else [v.code for v in self.territory.vocabulary("service")]
        )
        found: set[str] = set()
        for need in needs:
            fits = directory.organisations_for(
                self.territory, need, c["stage"], c["sector"], c["commune_insee"]
            )
            found.update(fit.organisation.id for fit in fits)
        return len(found)

    def update_count(self) -> None:
        self._timer.stop()
        if self.commune.error():
            self.count_label.setText(self.commune.error() or "")
            self.write_button.setEnabled(False)
            return
        n = self.matching()
        if n == 0:
            text = self.tr("No structure of the directory fits: widen the criteria.")
        elif n == 1:
            text = self.tr("1 structure fits.")
        else:
            text = self.tr("{count} structures fit.").format(count=n)
        self.count_label.setText(text)
        self.write_button.setEnabled(not self.runner.busy())

    def suggested_name(self, fmt: str) -> Path:
        from municipaless.core.text import fold

        parts = ["guide-des-structures"]
        if self.need.currentData():
            parts.append(fold(self.need.currentText()).replace(" ", "-").replace("/", "-"))
        name = "-".join(p for p in parts if p).replace("--", "-")
        return self.territory.path.with_name(f"{name}.{fmt}")

    def print_preview(self) -> None:
        """« Imprimer… » (Ctrl+P): the guide as chosen, in the print preview."""
        from municipaless.services.directory import organisations_guide
        from municipaless.ui.common.print_preview import preview_of

        criteria = self.criteria()
        self.preview = preview_of(
            self, self.territory, lambda t: organisations_guide.build(t, **criteria)
        )

    def write_dialog(self) -> Path | None:
        fmt = self.format.currentData()
        chosen, _ = file_dialogs.ask_save(
            self,
            "guide",
            self.tr("Save the guide"),
            Path(self.suggested_name(fmt)).name,
            f"{fmt.upper()} (*.{fmt})",
        )
        if chosen is None:
            return None
        path = chosen if chosen.suffix else chosen.with_suffix(f".{fmt}")
        criteria = self.criteria()

        def work(territory, job):
            from municipaless.services.directory import organisations_guide

            written = organisations_guide.write(territory, path, fmt, **criteria)
            return remove_if_cancelled(job, written)

        self.runner.start(self.territory, work, self.tr("Writing the guide…"))
        return path
