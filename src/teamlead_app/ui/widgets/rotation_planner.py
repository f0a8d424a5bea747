"""The Roulatie page's planning tab: the team's people × the ISO weeks of a quarter or a year.
Each cell is lettered so it reads in black and white ("R1" guest of rotation 1, "B1" its
host, "G" a planned conversation, "!" a conflict, "A" the host away) and coloured; the
tooltip gives the details and the conflicts' reasons. Clicking a cell (or Enter) offers its
rotations to open and "Roulatie plannen" for that person and week; the shown period prints
as the rotation schedule. The page does the opening and planning (signals)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from teamlead_app.labels import label
from teamlead_app.records.rotations import ACTIVE_STATUSES
from teamlead_app.services.rotations import planner as rotation_planner
from teamlead_app.services.rotations.planner import PlannerCell, PlannerView, Span
from teamlead_app.ui.context import AppContext
from teamlead_app.util.dates import format_date, format_datetime

Index = QModelIndex | QPersistentModelIndex
GUEST, HOST, TALK, TROUBLE = "#cfe2f3", "#d9ead3", "#fff2cc", "#f4cccc"
THIS_WEEK = "#eceff3"  # the empty cells of the current week, so "now" is easy to find
CELL_WIDTH = 58


class PlannerModel(QAbstractTableModel):
    """Rows are people, columns weeks; the cells come from a `PlannerView`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view: PlannerView | None = None
        self._this_week = -1

    def set_view(self, view: PlannerView | None, today: date | None = None) -> None:
        self.beginResetModel()
        self._view = view
        monday = (today or date.today()) - timedelta(days=(today or date.today()).weekday())
        self._this_week = view.weeks.index(monday) if view and monday in view.weeks else -1
        self.endResetModel()

    @property
    def view(self) -> PlannerView | None:
        return self._view

    @property
    def this_week(self) -> int:
        """The column of the current week (-1: not in the period shown)."""
        return self._this_week

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._view is None else len(self._view.people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._view is None else len(self._view.weeks)

    def cell_at(self, index: Index) -> PlannerCell | None:
        if self._view is None or not index.isValid():
            return None
        return self._view.cell(index.row(), index.column())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        cell = self.cell_at(index)
        if cell is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(cell)
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = self._colour(cell)
            if colour is None and index.column() == self._this_week:
                return QBrush(QColor(THIS_WEEK))
            return colour
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#1d2a35"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(index, cell) or None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        view = self._view
        tip = role == Qt.ItemDataRole.ToolTipRole
        if view is None or (role != Qt.ItemDataRole.DisplayRole and not tip):
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(view.weeks):
                return None
            off = view.days_off_in_week(section)
            if tip:  # the days off of the week: holidays, bouwvak, the lead's leave
                lines = [self.tr("Days off this week:")] if off else []
                return "\n".join(lines + [f"{format_date(d)} {why}" for d, why in off]) or None
            monday = view.weeks[section]
            return self.tr("wk {0}\n{1}").format(
                f"{monday.isocalendar().week}{'*' if off else ''}", monday.strftime("%d-%m")
            )
        if tip:
            return None
        if not 0 <= section < len(view.people):
            return None
        return view.people[section].name

    @staticmethod
    def _text(cell: PlannerCell) -> str:
        parts = [r.code for r in cell.rotations]
        if cell.conversations:
            parts.append("G")
        marks = ("!" if cell.conflicted else "") + ("A" if cell.host_away else "")
        text = " ".join(parts)
        return f"{text} {marks}" if marks and text else text

    @staticmethod
    def _colour(cell: PlannerCell) -> QBrush | None:
        if cell.conflicted or cell.host_away:
            return QBrush(QColor(TROUBLE))
        if any(r.role == "guest" for r in cell.rotations):
            return QBrush(QColor(GUEST))
        if cell.rotations:
            return QBrush(QColor(HOST))
        if cell.conversations:
            return QBrush(QColor(TALK))
        return None

    def _tooltip(self, index: Index, cell: PlannerCell) -> str:
        assert self._view is not None
        monday = self._view.weeks[index.column()]
        sunday = monday.fromordinal(monday.toordinal() + 6)
        lines = [
            self._view.people[index.row()].name,
            self.tr("Week {0} ({1} – {2})").format(
                monday.isocalendar().week, format_date(monday), format_date(sunday)
            ),
        ]
        for r in cell.rotations:
            period = f"{format_date(r.date_from)} – {format_date(r.date_to)}"
            status = label("rotation_status", r.status)
            if r.role == "guest":
                who = self.tr("host {0}").format(r.host) if r.host else self.tr("no host")
                lines.append(f"{r.code}: " + self.tr("on rotation, {0}").format(who))
            else:
                lines.append(f"{r.code}: " + self.tr("hosts {0}").format(r.guest))
            lines.append("    " + " · ".join(x for x in (r.where, period, status) if x))
            if r.host_away:
                lines.append("    A: " + r.host_away)
            lines.extend(f"    ! {message}" for message in r.conflicts)
        for c in cell.conversations:
            kind = label("conversation_kind", c.kind)
            lines.append(self.tr("G: {0} on {1}").format(kind, format_datetime(c.scheduled_at)))
        return "\n".join(lines) if len(lines) > 2 else ""


class RotationPlanner(QWidget):
    """Quarter/year switch, previous/next, the grid and its legend, print."""

    open_rotation = Signal(int)  # the rotation's id
    plan_rotation = Signal(int, object)  # the person's id, the Monday of the week
    evaluate_rotation = Signal(int)  # the rotation's id (one that has begun)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.team_id: int | None = None
        self.anchor = date.today()
        self._stale = True
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        bar = QHBoxLayout()
        self.previous_button = QPushButton(self.tr("◀ &Previous"))
        self.period = QLabel()
        self.period.setStyleSheet("font-weight: 600; padding: 0 12px;")
        self.next_button = QPushButton(self.tr("N&ext ▶"))
        self.span = QComboBox()
        self.span.addItem(self.tr("Quarter"), "quarter")
        self.span.addItem(self.tr("Year"), "year")
        caption = QLabel(self.tr("&Show"))
        caption.setBuddy(self.span)
        for widget in (self.previous_button, self.period, self.next_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(caption)
        bar.addWidget(self.span)
        self.print_button = QPushButton(self.tr("Print t&his period…"))
        self.print_button.setToolTip(self.tr("The rotation schedule of the weeks shown, as PDF."))
        bar.addWidget(self.print_button)
        layout.addLayout(bar)
        self.model = PlannerModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setDefaultSectionSize(CELL_WIDTH)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(28)
        bold = QFont(self.table.font())
        bold.setBold(True)
        self.table.setFont(bold)
        layout.addWidget(self.table, 1)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #555; font-size: 11pt; padding: 24px;")
        layout.addWidget(self.empty, 1)
        self.legend = QLabel(
            self.tr(
                "R1 on rotation (guest) · B1 host of rotation 1 · G planned conversation · "
                "! conflict · A host away · wk* a week with days off. Point at a cell for the "
                "details; click it to open the rotation or to plan one in that week."
            )
        )
        self.legend.setWordWrap(True)
        layout.addWidget(self.legend)

    def _connect_signals(self) -> None:
        self.previous_button.clicked.connect(lambda: self._move(-1))
        self.next_button.clicked.connect(lambda: self._move(1))
        self.span.currentIndexChanged.connect(self.refresh)
        self.print_button.clicked.connect(self._print)
        self.table.clicked.connect(self._cell_clicked)
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda: self._cell_clicked(self.table.currentIndex()))

    def cell_menu(self, index: QModelIndex) -> QMenu | None:
        """What a cell offers: open each of its rotations, plan one for that person and week."""
        view = self.model.view
        cell = self.model.cell_at(index)
        if view is None or cell is None:
            return None
        person = view.people[index.row()]
        monday = view.weeks[index.column()]
        menu = QMenu(self)
        for r in cell.rotations:
            period = (format_date(r.date_from), format_date(r.date_to))
            if r.role == "host":
                text = self.tr("Open {0} (guest {1}): {2} – {3}…").format(r.code, r.guest, *period)
            elif r.host:
                text = self.tr("Open {0} (host {1}): {2} – {3}…").format(r.code, r.host, *period)
            else:
                text = self.tr("Open {0}: {1} – {2}…").format(r.code, *period)
            action = menu.addAction(text)
            action.triggered.connect(lambda _=False, i=r.rotation_id: self.open_rotation.emit(i))
            if r.status in ACTIVE_STATUSES and r.date_from <= date.today():
                evaluate = menu.addAction(self.tr("Evaluate {0}…").format(r.code))
                evaluate.triggered.connect(
                    lambda _=False, i=r.rotation_id: self.evaluate_rotation.emit(i)
                )
        plan = menu.addAction(
            self.tr("Plan rotation for {0} in week {1}…").format(
                person.name, monday.isocalendar().week
            )
        )
        plan.triggered.connect(lambda: self.plan_rotation.emit(person.id, monday))
        return menu

    def _cell_clicked(self, index: QModelIndex) -> None:
        menu = self.cell_menu(index)
        if menu is not None:
            rect = self.table.visualRect(index)
            menu.exec(self.table.viewport().mapToGlobal(rect.bottomLeft()))
            menu.deleteLater()

    def shown_period(self) -> tuple[date, date] | None:
        view = self.model.view
        return (view.start, view.end) if view is not None else None

    def _print(self) -> None:
        from teamlead_app.ui.printing_skills import export_rotations

        period = self.shown_period()
        if period is not None:
            export_rotations(self, self.context.ctx, self.team_id, *period)

    def current_span(self) -> Span:
        return "year" if self.span.currentData() == "year" else "quarter"

    def set_team(self, team_id: int | None) -> None:
        """Show `team_id`; a hidden planner (the list tab is open) reads when shown."""
        self.team_id = team_id
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _move(self, steps: int) -> None:
        self.anchor = rotation_planner.shift(self.anchor, self.current_span(), steps)
        self.refresh()

    def refresh(self) -> None:
        self._stale = False
        span = self.current_span()
        if span == "year":
            self.period.setText(str(self.anchor.year))
        else:
            quarter = (self.anchor.month - 1) // 3 + 1
            self.period.setText(self.tr("Quarter {0} {1}").format(quarter, self.anchor.year))
        view = None
        if self.team_id is not None:
            view = rotation_planner.planner(self.context.ctx, self.team_id, self.anchor, span)
        self.model.set_view(view)
        # The year opens at this week (two weeks of past in sight), not at January.
        self.table.horizontalScrollBar().setValue(max(self.model.this_week - 2, 0) * CELL_WIDTH)
        has_people = view is not None and bool(view.people)
        self.table.setVisible(has_people)
        self.legend.setVisible(has_people)
        self.print_button.setEnabled(has_people)
        self.empty.setVisible(not has_people)
        self.empty.setText(
            self.tr("Choose a team above to see its planning.")
            if view is None
            else self.tr("This team has no people in this period.")
        )
