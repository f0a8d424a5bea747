"""Begeleiding: the buddy and mentor pairings (domain §3.10) with their status and the last
check-in; a new pairing from the suggestions with the rules shown live; a check-in; ending
(afgerond) or stopping (gestopt, with a reason) a pairing; and the pairing card to print."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from teamlead_app.data.statuses import PairingStatus
from teamlead_app.errors import AppError
from teamlead_app.labels import label
from teamlead_app.records.pairings import OPEN_STATUSES, PairingView
from teamlead_app.services.pairings import pairings
from teamlead_app.services.pairings.pairings import STATUSES
from teamlead_app.services.people import employees as people
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.dialogs.pairing_checkin_dialog import CheckinDialog, EndPairingDialog
from teamlead_app.ui.errors import show_error
from teamlead_app.ui.models.table import Column, RowTableModel, SortProxy
from teamlead_app.ui.pairing_flow import ask_pairing, trained_marks
from teamlead_app.ui.widgets.lists import row_table
from teamlead_app.util.dates import format_date

MAX_WIDTH = 220
START_COLUMN = 4


class PairingsPage(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self._trained: dict[int, str] = {}
        self._build_ui()
        self._connect_signals()

    def _columns(self) -> list[Column[PairingView]]:
        return [
            Column(self.tr("Mentee"), lambda p: p.mentee or self.tr("(deleted)")),
            Column(self.tr("Mentor"), self._mentor, tooltip=self._training_tip),
            Column(self.tr("Kind"), lambda p: label("pairing_kind", p.kind)),
            Column(
                self.tr("Status"),
                lambda p: label("pairing_status", p.status),
                sort_key=lambda p: STATUSES.index(p.status),
            ),
            Column(
                self.tr("Start"), lambda p: format_date(p.start_on), sort_key=lambda p: p.start_on
            ),
            Column(
                self.tr("Planned end"),
                lambda p: format_date(p.planned_end_on),
                sort_key=lambda p: p.planned_end_on,
            ),
            Column(
                self.tr("Last check-in"),
                lambda p: format_date(p.checkins[-1].held_on) if p.checkins else "",
                sort_key=lambda p: p.checkins[-1].held_on.toordinal() if p.checkins else 0,
            ),
        ]

    def _mentor(self, p: PairingView) -> str:
        if not p.mentor:
            return self.tr("(deleted)")
        if p.mentor_id in self._trained:
            return self.tr("{0} · buddy training ✓").format(p.mentor)
        return p.mentor

    def _training_tip(self, p: PairingView) -> str:
        if p.mentor_id in self._trained:
            return self.tr("Buddy training: {0}").format(self._trained[p.mentor_id])
        return self.tr("No buddy training on record.")

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Guidance"))
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        layout.addWidget(title)
        filters = QHBoxLayout()
        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), None)
        for status in STATUSES:
            self.status.addItem(label("pairing_status", status), status)
        caption = QLabel(self.tr("Status"))
        caption.setBuddy(self.status)
        filters.addWidget(caption)
        filters.addWidget(self.status, 1)
        filters.addStretch(2)
        self.leaders_button = QPushButton(self.tr("Team &leaders…"))
        self.training_button = QPushButton(self.tr("Buddy &training…"))
        filters.addWidget(self.leaders_button)
        filters.addWidget(self.training_button)
        layout.addLayout(filters)
        self.model: RowTableModel[PairingView] = RowTableModel(self._columns(), self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = row_table(self.proxy)
        self.table.sortByColumn(START_COLUMN, Qt.SortOrder.DescendingOrder)  # newest first
        layout.addWidget(self.table, 1)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #555; font-size: 11pt; padding: 24px;")
        layout.addWidget(self.empty, 1)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setStyleSheet("padding: 6px;")
        layout.addWidget(self.details)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New pairing…"))
        self.edit_button = QPushButton(self.tr("C&hange…"))
        self.activate_button = QPushButton(self.tr("&Activate"))
        self.checkin_button = QPushButton(self.tr("Add &check-in…"))
        self.end_button = QPushButton(self.tr("&End or stop…"))
        self.print_button = QPushButton(self.tr("&Print pairing card…"))
        for button in (
            self.new_button,
            self.edit_button,
            self.activate_button,
            self.checkin_button,
            self.end_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        layout.addLayout(buttons)

    def _connect_signals(self) -> None:
        self.status.currentIndexChanged.connect(self.reload)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.new_button.clicked.connect(self._new)
        self.edit_button.clicked.connect(self._edit)
        self.activate_button.clicked.connect(self._activate)
        self.checkin_button.clicked.connect(self._checkin)
        self.end_button.clicked.connect(self._end)
        self.print_button.clicked.connect(self._print)
        self.leaders_button.clicked.connect(self._leaders)
        self.training_button.clicked.connect(self._training)

    # --- data ----------------------------------------------------------------------------

    def refresh(self) -> None:
        self.reload()

    def reload(self, _index: int = 0, select_id: int | None = None) -> None:
        current = self._current()
        keep = select_id if select_id is not None else (current.id if current else None)
        db = self.context.ctx
        rows = pairings.list_pairings(db, status=self.status.currentData(), with_checkins=True)
        self._trained = trained_marks(db)
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        if self.status.currentData() is None:
            self.empty.setText(
                self.tr(
                    "No pairings yet. Use 'New pairing…' to give a starter, intern, BBL "
                    "apprentice or zij-instromer a fixed colleague: the suggestions show who "
                    "masters the skills they still lack, and why."
                )
            )
        else:
            self.empty.setText(
                self.tr("No pairings with this status. Choose 'All statuses' to see the others.")
            )
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), MAX_WIDTH))
        self._select(keep)

    def _select(self, pairing_id: int | None) -> None:
        row = 0
        for i in range(self.proxy.rowCount()):
            view = self.model.row_at(self.proxy.mapToSource(self.proxy.index(i, 0)).row())
            if view.id == pairing_id:
                row = i
                break
        if self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(row, 0))
        self._row_changed(self.table.currentIndex(), QModelIndex())

    def _current(self) -> PairingView | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def _row_changed(self, _index: QModelIndex, _previous: QModelIndex) -> None:
        p = self._current()
        running = p is not None and p.status in OPEN_STATUSES
        # A check-in is held once the pairing has started (until then it cannot be saved).
        self.checkin_button.setEnabled(running and p is not None and p.start_on <= date.today())
        self.end_button.setEnabled(running)
        self.edit_button.setEnabled(running)
        self.activate_button.setEnabled(p is not None and p.status == PairingStatus.PROPOSED)
        self.print_button.setEnabled(p is not None)
        if p is None:
            self.details.setText("")
            return
        lines = [
            self.tr("{0} guides {1} · check-in every {2} weeks").format(
                p.mentor or self.tr("(deleted)"), p.mentee or self.tr("(deleted)"), p.checkin_weeks
            )
        ]
        if p.focus_skills:
            lines.append(self.tr("Focus: {0}").format(", ".join(p.focus_skills)))
        if p.stop_reason:
            lines.append(self.tr("Stopped: {0}").format(p.stop_reason))
        if p.evaluation:
            lines.append(self.tr("End evaluation: {0}").format(p.evaluation))
        for c in p.checkins[-3:]:
            privacy = self.tr("shared") if c.shared else self.tr("private")
            lines.append(f"{format_date(c.held_on)} ({privacy}): {c.note}")
        if not p.checkins:
            lines.append(self.tr("No check-ins yet."))
        self.details.setText("\n".join(lines))

    # --- actions -------------------------------------------------------------------------

    def _who(self, p: PairingView) -> str:
        return self.tr("{0} with mentor {1} ({2}, since {3})").format(
            p.mentee or self.tr("(deleted)"),
            p.mentor or self.tr("(deleted)"),
            label("pairing_kind", p.kind),
            format_date(p.start_on),
        )

    def _new(self) -> None:
        saved = ask_pairing(self, self.context.ctx)
        if saved is not None:
            self.status.setCurrentIndex(0)
        self.reload(select_id=saved)

    def _edit(self) -> None:
        p = self._current()
        if p is not None and p.status in OPEN_STATUSES:
            self.reload(select_id=ask_pairing(self, self.context.ctx, existing=p) or p.id)

    def _activate(self) -> None:
        """A proposed pairing becomes active (the hard rules again, as on today)."""
        p = self._current()
        if p is None or p.status != PairingStatus.PROPOSED:
            return
        try:
            pairings.set_status(self.context.ctx, p.id, PairingStatus.ACTIVE)
        except AppError as exc:
            show_error(self, exc)
        self.reload(select_id=p.id)

    def _checkin(self) -> None:
        p = self._current()
        if p is None:
            return
        draft = CheckinDialog.ask(self, p.start_on, self._who(p))
        if draft is None:
            return
        try:
            pairings.add_checkin(
                self.context.ctx, p.id, draft.held_on, draft.note, shared=draft.shared
            )
        except AppError as exc:
            show_error(self, exc)
        self.reload(select_id=p.id)

    def _end(self) -> None:
        p = self._current()
        if p is None:
            return
        draft = EndPairingDialog.ask(
            self, p.start_on, self._who(p), proposed=p.status == PairingStatus.PROPOSED
        )
        if draft is None:
            return
        try:
            pairings.set_status(
                self.context.ctx,
                p.id,
                draft.status,
                on=draft.on,
                reason=draft.reason,
                evaluation=draft.evaluation,
            )
        except AppError as exc:
            show_error(self, exc)
        self.reload(select_id=p.id)

    def _staff(self) -> list[tuple[int, str, int | None]]:
        return [(e.id, e.list_name, e.team_id) for e in people.list_employees(self.context.ctx)]

    def _leaders(self) -> None:
        from teamlead_app.ui.dialogs.guidance_people_dialog import TeamLeadersDialog

        db = self.context.ctx
        teams = [(team.id, team.name) for team in people.list_teams(db)]
        draft = TeamLeadersDialog.ask(self, teams, self._staff(), pairings.list_team_leaders(db))
        if draft is not None:
            try:
                pairings.set_team_leaders(db, draft.team_id, list(draft.leaders))
            except AppError as exc:
                show_error(self, exc)

    def _training(self) -> None:
        from teamlead_app.ui.dialogs.guidance_people_dialog import BuddyTrainingDialog

        draft = BuddyTrainingDialog.ask(self, self._staff(), self._trained)
        if draft is None:
            return
        try:
            pairings.add_buddy_training(
                self.context.ctx, draft.employee_id, draft.trained_on, draft.how
            )
        except AppError as exc:
            show_error(self, exc)
        self.reload()

    def _print(self) -> None:
        from teamlead_app.services.exports.files import save_pairing_card
        from teamlead_app.ui.printing import save_report

        p = self._current()
        if p is None:
            return
        db = self.context.ctx
        save_report(
            self,
            QApplication.translate("Printing", "Save pairing card"),
            QApplication.translate("Printing", "pairing-card-{0}.pdf").format(p.id),
            QApplication.translate("Printing", "PDF (*.pdf)"),
            lambda path: save_pairing_card(db, p.id, path),
        )
