"""The thin shell: a navigation list on the left, one page per area on the right. Pages are
built only once the database is open (they import the services, and with them SQLAlchemy)."""

from __future__ import annotations

import gc
import importlib
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from teamlead_app.data.context import ServiceContext
    from teamlead_app.records.overview import FirstScreen

# Qt.ItemDataRole.UserRole as a number: touching the `Qt` namespace costs about 12 ms, and
# nothing before the first paint needs it.
USER_ROLE = 256

# (key, module:class, shortcut). Titles come from _titles() so that they are translated.
PAGES = (
    ("overview", "teamlead_app.ui.pages.overview_page:OverviewPage", "Ctrl+1"),
    ("company", "teamlead_app.ui.pages.company_page:CompanyPage", "Ctrl+0"),
    ("people", "teamlead_app.ui.pages.people_page:PeoplePage", "Ctrl+2"),
    ("conversations", "teamlead_app.ui.pages.conversations_page:ConversationsPage", "Ctrl+3"),
    ("development", "teamlead_app.ui.pages.development_page:DevelopmentPage", "Ctrl+4"),
    ("skills", "teamlead_app.ui.pages.skills_page:SkillsPage", "Ctrl+6"),
    ("rotations", "teamlead_app.ui.pages.rotations_page:RotationsPage", "Ctrl+7"),
    ("pairings", "teamlead_app.ui.pages.pairings_page:PairingsPage", "Ctrl+8"),
    ("reports", "teamlead_app.ui.pages.reports_page:ReportsPage", "Ctrl+5"),
    ("settings", "teamlead_app.ui.pages.settings_page:SettingsPage", "Ctrl+9"),
)
HIDDEN_PAGES = (
    ("profile", "teamlead_app.ui.pages.profile_page:ProfilePage"),
    ("conversation", "teamlead_app.ui.pages.conversation_page:ConversationPage"),
    ("pop", "teamlead_app.ui.pages.pop_page:PopPage"),
)


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self._session: Any = None
        self._pages: dict[str, QWidget] = {}
        self._context: Any = None
        # The fast first screen (overview data read before SQLAlchemy loads), until attach.
        self.first_screen: QWidget | None = None
        # On a company server: the status line while the connection is gone.
        self._watch: Any = None
        self._build_ui()
        self._restore_geometry()

    def _titles(self) -> dict[str, str]:
        return {
            "overview": self.tr("Overview"),
            "company": self.tr("Company overview"),
            "people": self.tr("People"),
            "conversations": self.tr("Conversations"),
            "development": self.tr("Development"),
            "skills": self.tr("Craftsmanship"),
            "rotations": self.tr("Rotation"),
            "pairings": self.tr("Guidance"),
            "reports": self.tr("Reports"),
            "settings": self.tr("Settings"),
        }

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Teamlead – conversations and development"))
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(190)
        self.nav.setStyleSheet(
            "QListWidget#nav { background: #24323f; color: #e8eef3; border: none;"
            " font-size: 11pt; padding-top: 12px; }"
            "QListWidget#nav::item { padding: 10px 14px; }"
            "QListWidget#nav::item:selected { background: #3d6e8f; color: white; }"
        )
        self.stack = QStackedWidget()
        self.loading = QLabel(self.tr("Opening the database…"))
        self.loading.setStyleSheet("qproperty-alignment: AlignCenter;")
        self.stack.addWidget(self.loading)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.nav.currentRowChanged.connect(self._nav_changed)
        titles = self._titles()
        for key, _target, shortcut in PAGES:
            item = QListWidgetItem(titles[key])
            item.setData(USER_ROLE, key)
            item.setToolTip(shortcut.replace("Ctrl", self.tr("Ctrl")))
            self.nav.addItem(item)
            QShortcut(QKeySequence(shortcut), self, lambda k=key: self.show_page(k))
        self.nav.setEnabled(False)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("&About Teamlead"), self._about)

    def _about(self) -> None:
        from teamlead_app.ui.dialogs.about_dialog import AboutDialog

        AboutDialog.ask(self, getattr(self._session, "path", None))

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)

    # --- database ------------------------------------------------------------------------

    def wants_first_screen(self) -> bool:
        """The fast first screen is the overview: only when that is the page to open."""
        return str(QSettings().value("window/page", "overview")) == "overview"

    def show_first_screen(self, screen: FirstScreen) -> None:
        """Show the overview from the fast reader (the navigation stays off); attach() puts
        the full page in its place with the same lines."""
        from teamlead_app.ui.pages.dashboard_view import Dashboard

        view = Dashboard()
        view.show_first(screen)
        self.first_screen = view
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        self._highlight("overview")

    def drop_first_screen(self) -> None:
        """The first screen goes (taken over, or the file turned out not to open)."""
        if self.first_screen is not None:
            if self.stack.currentWidget() is self.first_screen:
                self.stack.setCurrentWidget(self.loading)
            self.stack.removeWidget(self.first_screen)
            self.first_screen.deleteLater()
            self.first_screen = None

    def set_session(self, session: Any) -> None:
        self._session = session

    def attach(self, ctx: ServiceContext) -> None:
        """Pages are built when first shown: start-up builds (and imports) only one. `ctx`
        (built once per opened database by ui/session.py) is what every page hands to the
        services."""
        from teamlead_app.ui.context import AppContext

        self._context = AppContext(ctx=ctx, nav=self)
        if ctx.is_server:
            self._watch_server(ctx)
        self.nav.setEnabled(True)
        # HR (read only on the company server) always starts on the company page, the page
        # made for HR; everyone else where they left off.
        start = "company" if ctx.read_only else str(QSettings().value("window/page", "overview"))
        self.show_page(start)
        self.drop_first_screen()
        QTimer.singleShot(0, settle_start_objects)  # after the first paint

    def page(self, key: str) -> QWidget | None:
        """The page for `key`, built on first use; None when the database is not open."""
        if key in self._pages or self._context is None:
            return self._pages.get(key)
        targets = {k: target for k, target, *_ in (*PAGES, *HIDDEN_PAGES)}
        if key not in targets:
            return None
        module_name, class_name = targets[key].split(":")
        page: QWidget = getattr(importlib.import_module(module_name), class_name)(self._context)
        self._pages[key] = page
        self.stack.addWidget(page)
        return page

    def _watch_server(self, ctx: ServiceContext) -> None:
        from teamlead_app.services.storage.database import server_reachable
        from teamlead_app.ui.widgets.connection_watch import ConnectionWatch

        self._watch = ConnectionWatch(self, lambda: server_reachable(ctx))
        self.statusBar().addPermanentWidget(self._watch.label, 1)

    def connection_lost(self) -> None:
        """A save or read found the server gone: the status line, not a dialog."""
        if self._watch is not None:
            self._watch.lost()

    def detach(self) -> None:
        if self._watch is not None:
            self._watch.stop()
            self.statusBar().removeWidget(self._watch.label)
            self._watch.label.deleteLater()
            self._watch.deleteLater()
            self._watch = None
        self.drop_first_screen()
        for page in self._pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self._pages.clear()
        self._context = None
        self.nav.setEnabled(False)
        self.stack.setCurrentWidget(self.loading)

    # --- navigation ----------------------------------------------------------------------

    def _leave_current(self, target: QWidget) -> bool:
        """Ask the page being left whether it may go (unsaved text)."""
        current = self.stack.currentWidget()
        can_close = getattr(current, "can_close", None)
        return current is target or can_close is None or bool(can_close())

    def show_page(self, key: str) -> None:
        page = self.page(key) or self.page("overview")
        if page is None or not self._leave_current(page):
            return
        refresh = getattr(page, "refresh", None)
        if refresh is not None:
            refresh()
        self.stack.setCurrentWidget(page)
        self._highlight(key)
        if key in {k for k, *_ in PAGES}:
            QSettings().setValue("window/page", key)

    def _highlight(self, key: str) -> None:
        """Mark `key`'s entry in the navigation without navigating."""
        for row in range(self.nav.count()):
            if self.nav.item(row).data(USER_ROLE) == key:
                self.nav.blockSignals(True)
                self.nav.setCurrentRow(row)
                self.nav.blockSignals(False)

    def _nav_changed(self, row: int) -> None:
        item = self.nav.item(row)
        if item is not None:
            self.show_page(str(item.data(USER_ROLE)))

    def open_employee(self, employee_id: int) -> None:
        profile = self.page("profile")
        if profile is not None and self._leave_current(profile):
            profile.show_employee(employee_id)  # type: ignore[attr-defined]
            self.stack.setCurrentWidget(profile)
            self._highlight("people")

    def open_conversation(self, conversation_id: int) -> None:
        page = self.page("conversation")
        if page is not None and self._leave_current(page):
            page.show_conversation(conversation_id)  # type: ignore[attr-defined]
            self.stack.setCurrentWidget(page)
            self._highlight("conversations")

    def open_pop(self, pop_id: int) -> None:
        page = self.page("pop")
        if page is not None and self._leave_current(page):
            page.show_pop(pop_id)  # type: ignore[attr-defined]
            self.stack.setCurrentWidget(page)
            self._highlight("development")

    def data_changed(self) -> None:
        """After an import, the demo or a switch of file: pages reload when next shown."""
        current = self.stack.currentWidget()
        refresh = getattr(current, "refresh", None)
        if refresh is not None:
            refresh()

    def switch_database(self, path: object) -> None:
        if self._session is not None:
            self._session.switch(path)

    def restore_database(self, path: object) -> None:
        if self._session is not None:
            self._session.restore(path)

    def closeEvent(self, event: QCloseEvent) -> None:
        for page in self._pages.values():
            can_close = getattr(page, "can_close", None)
            if can_close is not None and not can_close():
                event.ignore()
                return
        QSettings().setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)


_settled = False


def settle_start_objects() -> None:
    """Once per process, when the first database is on screen: move everything made so far
    (Qt wrappers, SQLAlchemy's mappers and statement caches, our modules) out of the cyclic
    garbage collector's sight (gc.freeze). They live as long as the app; without this every
    full collection walks them again, a pause of 40-60 ms in the middle of a screen."""
    global _settled
    if not _settled:
        _settled = True
        gc.collect()
        gc.freeze()
