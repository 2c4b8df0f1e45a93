"""« Doublons possibles »: the pairs services/duplicates finds, side by side, merged or dismissed.

The review (about a second over 10,000 people) runs on a worker with its own connection. For
a pair, the officer chooses the record to keep and, field by field, which value it takes; the
merge (services/record_merge) moves every link to the kept record after a backup, and can be
undone from the kept record's detail pane. « Pas un doublon » is remembered in the file.
"""

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from municipaless.storage.errors import StorageError
from municipaless.ui.common.dialogs import open_at
from municipaless.ui.common.display import Describer, record_title
from municipaless.ui.common.labels import field_label
from municipaless.ui.common.workers import Job, release

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
BOTH = "both"


class DuplicatesDialog(QDialog):
    merged = Signal(str)  # the kept record's id
    loaded = Signal()

    def __init__(self, territory: Any, table: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("duplicatesDialog")
        self.setWindowTitle(self.tr("Possible duplicates"))
        open_at(self, 980, 640)
        self.territory, self.table = territory, table
        self.pairs: list[Any] = []
        self.preview: Any = None
        self.choices: dict[str, QButtonGroup] = {}  # field -> group of "a" / "b" / "both"
        self.radios: dict[str, QRadioButton] = {}  # "keep2", "phone_b"… of the pair shown
        self.job: Job | None = None
        self._describer = Describer(territory)

        self.status = QLabel(self.tr("Looking for possible duplicates…"))
        self.status.setWordWrap(True)
        self.list = QTableWidget(0, 4)
        self.list.setAccessibleName(self.tr("Possible duplicate pairs"))
        self.list.setObjectName("duplicatePairs")
        self.list.setHorizontalHeaderLabels(
            [self.tr("Score"), self.tr("Record"), self.tr("Possible duplicate"), self.tr("Why")]
        )
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.verticalHeader().hide()
        self.list.setWordWrap(False)
        header = self.list.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.list.setColumnWidth(0, 60)
        self.list.setColumnWidth(1, 300)
        self.list.setColumnWidth(2, 300)
        self.list.itemSelectionChanged.connect(self._pair_chosen)

        self.compare = QWidget()
        self.grid = QGridLayout(self.compare)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.compare)
        self.links_label = QLabel()
        self.links_label.setWordWrap(True)
        self.merge_button = QPushButton(self.tr("Merge"))
        self.dismiss_button = QPushButton(self.tr("Not a duplicate"))
        self.merge_button.clicked.connect(self.merge_current)
        self.dismiss_button.clicked.connect(self.dismiss_current)
        actions = QHBoxLayout()
        actions.addWidget(self.links_label, 1)
        actions.addWidget(self.dismiss_button)
        actions.addWidget(self.merge_button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(scroll, 1)
        lower_layout.addLayout(actions)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(lower)
        splitter.setSizes([220, 380])
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)
        self._sync_buttons()
        self.start_review()

    # the review ----------------------------------------------------------------------------
    def start_review(self) -> None:
        table = self.table

        def work(territory, _job):
            from municipaless.services.directory import duplicates

            return duplicates.review(territory, table)

        job = self.job = Job(self.territory.path, work, self)
        job.succeeded.connect(self._reviewed)
        job.failed.connect(self._review_failed)
        job.finished.connect(lambda: self._job_finished(job))
        job.start()

    def _job_finished(self, job: Job) -> None:
        release(job)  # deferred, after wait(): see workers.release
        if self.job is job:
            self.job = None

    def _review_failed(self, message: str) -> None:
        self.status.setText(message)
        self.loaded.emit()

    def _reviewed(self, pairs: list) -> None:
        self.pairs = list(pairs)
        self._fill_list()
        self.loaded.emit()
        if self.pairs:
            self.list.selectRow(0)

    def _fill_list(self) -> None:
        self.list.setRowCount(len(self.pairs))
        for row, pair in enumerate(self.pairs):
            texts = (
                f"{pair.score} %",
                pair.a_label,
                pair.b_label,
                ", ".join(pair.reasons),
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.list.setItem(row, column, item)
        n = len(self.pairs)
        if n == 0:
            self.status.setText(self.tr("No possible duplicate found."))
        elif n == 1:
            self.status.setText(self.tr("1 pair of records may be duplicates."))
        else:
            self.status.setText(
                self.tr("{count} pairs of records may be duplicates.").format(count=n)
            )

    def reject(self) -> None:
        if self.job is not None:
            self.job.stop()
        super().reject()

    # one pair ------------------------------------------------------------------------------
    def current_pair(self) -> Any:
        rows = {i.row() for i in self.list.selectionModel().selectedRows()}
        return self.pairs[min(rows)] if rows else None

    def _sync_buttons(self) -> None:
        writable = not self.territory.read_only
        has = self.preview is not None
        self.merge_button.setEnabled(writable and has)
        self.dismiss_button.setEnabled(writable and has)

    def _clear_compare(self) -> None:
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.hide()  # off screen now, deleted at the next turn of the loop
                widget.deleteLater()
        self.choices = {}
        self.radios = {}

    def _pair_chosen(self) -> None:
        self._clear_compare()
        self.preview = None
        pair = self.current_pair()
        if pair is not None:
            self.show_pair(pair.a_id, pair.b_id)
        self._sync_buttons()

    def show_pair(self, kept_id: str, removed_id: str) -> None:
        """Left: the record kept; right: the one merged into it (« Garder celle-ci » swaps)."""
        from municipaless.services.directory import record_merge

        self._clear_compare()
        try:
            self.preview = record_merge.preview(self.territory, self.table, kept_id, removed_id)
        except StorageError as exc:
            self.preview = None
            self.links_label.setText(exc.message)
            return
        p = self.preview
        self.keep_group = QButtonGroup(self)
        for column, (record, checked) in enumerate(((p.kept, True), (p.removed, False)), start=1):
            radio = QRadioButton(record_title(self.table, record))
            radio.setObjectName(f"keep{column}")
            self.radios[radio.objectName()] = radio
            radio.setChecked(checked)
            font = radio.font()
            font.setBold(True)
            radio.setFont(font)
            self.keep_group.addButton(radio, column)
            self.grid.addWidget(radio, 0, column)
        self.keep_group.idClicked.connect(self._swap)
        caption = QLabel(self.tr("Record to keep"))
        self.grid.addWidget(caption, 0, 0)
        for row, (field, mine, theirs) in enumerate(p.differences, start=1):
            label = field_label(field) or field
            self.grid.addWidget(QLabel(label), row, 0, Qt.AlignmentFlag.AlignTop)
            group = QButtonGroup(self)
            proposed = p.proposed.get(field, mine)
            for column, value in ((1, mine), (2, theirs)):
                text = self._describer.value_text(self.table, field, value) or "—"
                radio = QRadioButton(text)
                radio.setObjectName(f"{field}_{'ab'[column - 1]}")
                self.radios[radio.objectName()] = radio
                radio.setToolTip(text)
                group.addButton(radio, column)
                self.grid.addWidget(radio, row, column)
            if isinstance(mine, tuple) and isinstance(theirs, tuple) and mine and theirs:
                both = QRadioButton(self.tr("both"))
                both.setObjectName(f"{field}_both")
                self.radios[both.objectName()] = both
                group.addButton(both, 3)
                self.grid.addWidget(both, row, 3)
                chosen = 3 if proposed not in (mine, theirs) else (1 if proposed == mine else 2)
            else:
                chosen = 1 if proposed == mine else 2
            group.button(chosen).setChecked(True)
            self.choices[field] = group
        self.grid.setRowStretch(len(p.differences) + 1, 1)
        self.links_label.setText(
            self.tr("Moved to the kept record: {links}.").format(
                links=record_merge.link_summary(p.links)
            )
        )

    def _swap(self, column: int) -> None:
        if self.preview is None or column == 1:
            return
        self.show_pair(self.preview.removed.id, self.preview.kept.id)
        self._sync_buttons()

    def chosen_values(self) -> dict[str, Any]:
        """The values the kept record takes where the officer chose the other's or both."""
        p = self.preview
        values = {}
        for field, mine, theirs in p.differences:
            choice = self.choices[field].checkedId()
            if choice == 2:
                values[field] = theirs
            elif choice == 3:
                values[field] = tuple(dict.fromkeys((*mine, *theirs)))
        return values

    def merge_current(self) -> Any:
        from municipaless.services.directory import record_merge

        p = self.preview
        if p is None or self.territory.read_only:
            return None
        try:
            done = record_merge.merge(
                self.territory, self.table, p.kept.id, p.removed.id, values=self.chosen_values()
            )
        except StorageError as exc:
            QMessageBox.warning(self, self.tr("Not merged"), exc.message)
            return None
        self._forget(p.kept.id, p.removed.id, removed=p.removed.id)
        self.status.setText(
            self.tr("Merged into « {name} ». The merge can be undone from that record.").format(
                name=record_title(self.table, p.kept)
            )
        )
        self.merged.emit(p.kept.id)
        return done

    def dismiss_current(self) -> None:
        from municipaless.services.directory import duplicates

        p = self.preview
        if p is None or self.territory.read_only:
            return
        try:
            duplicates.mark_not_duplicate(self.territory, self.table, p.kept.id, p.removed.id)
        except StorageError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), exc.message)
            return
        self._forget(p.kept.id, p.removed.id)

    def _forget(self, a: str, b: str, *, removed: str | None = None) -> None:
        """Drop the pair (and, after a merge, every pair naming the removed record)."""
        self.pairs = [
            pair
            for pair in self.pairs
            if {pair.a_id, pair.b_id} != {a, b} and removed not in (pair.a_id, pair.b_id)
        ]
        self._clear_compare()
        self.preview = None
        self.list.clearSelection()
        self._fill_list()
        if self.pairs:
            self.list.selectRow(0)
        self._sync_buttons()
