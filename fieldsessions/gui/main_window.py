"""The main window: toolbar, the Sessions / Roster / Reports tabs, and the sync status bar.

Everything the window shows comes from services run on the `DbWorker`; it never waits on the
database. An empty data file shows the welcome page instead of the tabs. Window geometry, the
last tab and the last session opened are kept in QSettings.

The Reports tab and the Sync button belong to other features: the tab is added only when
`fieldsessions.gui.reports_tab` exists (with Print, which opens it), and Sync only when
`fieldsessions.gui.sync_dialog` exists, so the window never shows a control that does nothing.

Start-up: the window (menus, toolbar, tab bar, status bar) paints first; the Sessions tab is
built in the next turn of the event loop, and the Roster and Reports tabs (whose modules import
the whole data layer) once the sessions are listed, or earlier when asked for. The services are
imported by the jobs that use them, on the worker thread. Even Qt's `Qt` namespace (about 10 ms
to load in PySide6) is imported only by code that runs after the first paint.
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
import sys
import threading
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from fieldsessions.core.errors import FieldSessionsError, NotFoundError
from fieldsessions.gui.helpers import (
    action_icon,
    fill,
    focus_first_field,
    format_day,
    use_locale_dates,
    while_alive,
)
from fieldsessions.gui.worker import DbWorker

if TYPE_CHECKING:
    from fieldsessions.gui.roster_tab import RosterTab
    from fieldsessions.gui.sessions_tab import SessionsTab
    from fieldsessions.gui.welcome import WelcomePage
    from fieldsessions.services.status import SyncStatus

log = logging.getLogger(__name__)

GEOMETRY_KEY = "MainWindow/geometry"
STATE_KEY = "MainWindow/state"
TAB_KEY = "MainWindow/tab"
SESSION_KEY = "MainWindow/session"
BUSY_DELAY_MS = 400
WARM_UP_DELAY_MS = 150
WARM_UP_POLL_MS = 20
# Imported off the GUI thread before the tabs that need them are built (_warm_up_tabs).
TAB_MODULES = ("fieldsessions.gui.roster_tab", "fieldsessions.gui.reports_tab")


def _import_tab_modules() -> None:
    """Background thread: import the tabs' modules (no widget is made here)."""
    for name in TAB_MODULES:
        try:
            importlib.import_module(name)
        except ImportError:  # an optional feature not installed: the tab is left out later
            log.debug("warm-up: %s not importable", name, exc_info=True)


def has_module(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


def optional_class(module: str, name: str) -> type[Any] | None:
    """A class from a gui module that another feature may not have delivered yet."""
    if not has_module(module):
        return None
    try:
        found = getattr(importlib.import_module(module), name)
    except Exception:  # a broken module must not stop the window from opening
        log.exception("%s.%s could not be loaded", module, name)
        return None
    return found if isinstance(found, type) else None


def _overview() -> tuple[bool, SyncStatus]:
    """Worker side: is the data file empty, and the sync status."""
    from fieldsessions.services import status

    return status.is_empty(), status.sync_status()


def _facilitator_name() -> str:
    from fieldsessions.services import status

    return status.device_settings().facilitator


def _sync_status() -> SyncStatus:
    from fieldsessions.services import status

    return status.sync_status()


def _saved_server() -> str | None:
    from fieldsessions.sync import engine

    return engine.saved_sign_in()[0]


def _session_exists(session_id: str) -> None:
    from fieldsessions.services import programmes

    programmes.session_info(session_id)


def start_demo_process(db_path: Path) -> bool:
    """Open the demo data in a window and file of its own (`fieldsessions --db PATH --demo`
    opens the demo file beside PATH), so the facilitator's file never receives it."""
    import sys

    from PySide6.QtCore import QProcess

    arguments = ["--db", str(db_path), "--demo"]
    if not getattr(sys, "frozen", False):  # a bundled app is its own executable
        arguments = ["-m", "fieldsessions", *arguments]
    started, _pid = QProcess.startDetached(sys.executable, arguments)
    return bool(started)


def _page(name: str, parent: QWidget) -> QWidget:
    """A tab page whose content is built after the window first paints."""
    page = QWidget(parent)
    page.setObjectName(name)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    return page


class MainWindow(QMainWindow):
    """Attributes:
        sessions_tab, roster_tab (built on first use), reports_tab (None without the reports
        feature), welcome (built when first needed); sessions_page, roster_page and
        reports_page are the tab pages holding the tabs.

    Signals:
        first_painted(): the window has painted for the first time.
        first_data_shown(): the session list (or the welcome page of an empty file) is shown,
            so the start-up reads are done (emitted again on later loads).
    """

    first_painted = Signal()
    first_data_shown = Signal()

    def __init__(self, worker: DbWorker, db_path: Path, settings: QSettings | None = None,
                 parent: QWidget | None = None, *, ask_name: bool = False,
                 open_demo_if_empty: bool = False) -> None:
        super().__init__(parent)
        use_locale_dates()  # PDFs and exports write dates in the window's order (core.dates)
        self._open_demo_if_empty = open_demo_if_empty  # README's first run: demo beside
        self.demo = False  # the open file is a demo file (learnt with the sync status)
        self._ask_name = ask_name  # first run: ask the facilitator's name (the app does)
        self.name_dialog: QDialog | None = None
        self.setObjectName("MainWindow")
        self._worker = worker
        self._db_path = db_path
        self._settings = settings if settings is not None else QSettings()
        self._sync_status: SyncStatus | None = None
        self._painted = False
        self._shortcuts: list[tuple[QAction, QKeySequence | QKeySequence.StandardKey | str,
                                    str]] = []
        self._sessions: SessionsTab | None = None
        self._roster: RosterTab | None = None
        self._reports: QWidget | None = None
        self._reports_roll: str | None = None  # the roll the Reports tab last followed
        self._empty: bool | None = None
        self._importer: threading.Thread | None = None
        self.shortcuts_dialog: QDialog | None = None  # Help > Keyboard shortcuts (tests read)
        self._status_queued = False
        last = self._settings.value(SESSION_KEY)
        self._last_session: str | None = str(last) if last else None
        self.setWindowTitle(self.tr("fieldsessions"))
        self.setAccessibleName(self.tr("fieldsessions"))

        self.sessions_page = _page("sessions", self)
        self.roster_page = _page("roster", self)
        self.reports_page = (_page("reports", self) if has_module("fieldsessions.gui.reports_tab")
                             else None)
        self._has_sync = has_module("fieldsessions.gui.sync_dialog")

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tabs")
        self.tabs.setAccessibleName(self.tr("Sections"))
        self.tabs.setDocumentMode(True)
        # No mnemonics on the tabs (the tabs' own controls use the letters): Ctrl+1, 2, 3.
        self.tabs.addTab(self.sessions_page, self.tr("Sessions"))
        self.tabs.addTab(self.roster_page, self.tr("Roster"))
        if self.reports_page is not None:
            self.tabs.addTab(self.reports_page, self.tr("Reports"))
        self._welcome: WelcomePage | None = None
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.tabs)
        self.setCentralWidget(self.stack)

        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self._wire()
        self._restore()
        self._start()

    # --- building -------------------------------------------------------------------------

    def _run(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
             on_error: Callable[[Exception], None] | None = None, *,
             changes: str | None = None) -> None:
        """Queue `fn` on the database worker; its result is dropped if this is deleted."""
        self._worker.run(fn, while_alive(self, on_done) if on_done else None,
                         while_alive(self, on_error) if on_error else None, changes=changes)

    def _action(self, text: str,
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None, tip: str,
                slot: Any) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        if shortcut is not None:
            self._shortcuts.append((action, shortcut, tip))
        return action

    def _install_shortcuts(self) -> None:
        """Give the actions their keys (after the first paint: setting a shortcut loads Qt's
        key enumerations, which costs more than painting the window)."""
        for action, shortcut, tip in self._shortcuts:
            action.setShortcut(QKeySequence(shortcut))
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(fill(self.tr("%1 (%2)"), tip, keys))
            action.setStatusTip(action.toolTip())
        self._shortcuts.clear()

    def _build_actions(self) -> None:
        self.new_programme_action = self._action(
            self.tr("&New programme…"), QKeySequence.StandardKey.New,
            self.tr("Create a programme and its sessions"), self._on_new_programme_triggered)
        self.edit_programme_action = self._action(
            self.tr("&Edit programme…"), "Ctrl+E",
            self.tr("Change the selected programme"), self._on_edit_programme_triggered)
        self.take_roll_action = self._action(
            self.tr("Take &roll"), "Ctrl+R",
            self.tr("Take the roll of the selected session, or of today's next one"),
            self.take_roll)
        self.import_action = self._action(
            self.tr("&Import roster…"), "Ctrl+I",
            self.tr("Add participants from a CSV or Excel file"), self._on_import_triggered)
        self.print_action = self._action(
            self.tr("&Print…"), QKeySequence.StandardKey.Print,
            self.tr("Print attendance sheets and reports"), self._on_print_triggered)
        self.print_action.setVisible(self.reports_page is not None)
        self.sync_action = self._action(
            self.tr("S&ync"), "Ctrl+Shift+S",
            self.tr("Send changes to the server and get the latest"), self._on_sync_triggered)
        self.sync_action.setVisible(self._has_sync)
        self.settings_action = self._action(
            self.tr("Se&ttings…"), "Ctrl+,",
            self.tr("Your name, this laptop's name, the data file, the language"),
            self._on_settings_triggered)
        self.quit_action = self._action(
            self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.tr("Close fieldsessions"),
            self.close)
        self.about_action = self._action(
            self.tr("&About fieldsessions"), None, self.tr("Version and data file"),
            self._on_about_triggered)
        self.shortcuts_action = self._action(
            self.tr("&Keyboard shortcuts"), QKeySequence.StandardKey.HelpContents,
            self.tr("Every key the window answers to"), self.show_shortcuts)
        self.undo_action = self._action(
            self.tr("&Undo"), QKeySequence.StandardKey.Undo,
            self.tr("Undo the last change made on this tab"), self.undo)
        self.tab_actions: list[QAction] = []
        menu_texts = (self.tr("&Sessions"), self.tr("&Roster"), self.tr("Re&ports"))
        for i in range(self.tabs.count()):
            action = self._action(menu_texts[i], f"Ctrl+{i + 1}",
                                  fill(self.tr("Show the %1 tab"), self.tabs.tabText(i)),
                                  lambda _checked=False, i=i: self.show_tab(i))
            self.tab_actions.append(action)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_programme_action)
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.aboutToShow.connect(self._on_edit_menu_about_to_show)
        self.edit_menu.aboutToHide.connect(self._on_edit_menu_about_to_hide)
        session_menu = bar.addMenu(self.tr("&Session"))
        session_menu.addAction(self.take_roll_action)
        session_menu.addAction(self.edit_programme_action)
        session_menu.addAction(self.print_action)
        session_menu.addAction(self.sync_action)
        view_menu = bar.addMenu(self.tr("&View"))
        for action in self.tab_actions:
            view_menu.addAction(action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("mainToolBar")
        toolbar.setAccessibleName(self.tr("Main toolbar"))
        toolbar.setMovable(False)
        for action in (self.new_programme_action, self.take_roll_action, self.print_action,
                       self.sync_action):
            toolbar.addAction(action)  # words only until _install_icons
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.busy_label = QLabel(self.tr("Working…"), self)
        self.busy_label.setAccessibleName(self.tr("Busy"))
        self.busy_label.hide()
        # A quiet hint, shown when the server answers again and changes are waiting.
        self.sync_hint = QLabel(self.tr("<b>Sync available</b>"), self)
        self.sync_hint.setObjectName("syncHint")
        self.sync_hint.setAccessibleName(self.tr("Sync available"))
        self.sync_hint.setToolTip(self.tr("The sync server can be reached: press Sync to send "
                                          "the changes waiting on this laptop."))
        self.sync_hint.hide()
        bar.addPermanentWidget(self.sync_hint)
        self._server_reachable = False
        self._probe: QObject | None = None
        self._probe_asked = False
        self.sync_label = QLabel(self)
        self.sync_label.setAccessibleName(self.tr("Sync status"))
        self.sync_label.setText(self.tr("Reading the data file…"))
        bar.addPermanentWidget(self.busy_label)
        bar.addPermanentWidget(self.sync_label)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_DELAY_MS)
        self._busy_timer.timeout.connect(self.busy_label.show)

    def _wire(self) -> None:
        self._worker.data_changed.connect(self._on_worker_data_changed)
        self._worker.busy_changed.connect(self._on_worker_busy_changed)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)

    def _restore(self) -> None:
        geometry = self._settings.value(GEOMETRY_KEY)
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        self._fit_screen()
        state = self._settings.value(STATE_KEY)
        if state is not None:
            self.restoreState(state)
        wanted = str(self._settings.value(TAB_KEY, "sessions"))
        if wanted == "roster" and not self._last_session:
            wanted = "sessions"  # no session to show: never a blank Roster page
        for i in range(self.tabs.count()):
            widget = self.tabs.widget(i)
            if widget is not None and widget.objectName() == wanted:
                self.tabs.setCurrentIndex(i)

    def _start(self) -> None:
        self._run(_overview, on_done=self._on_overview, on_error=self._on_failed)
        if self._ask_name:
            self._run(_facilitator_name, on_done=self._on_facilitator_name,
                      on_error=self._on_failed)
        if self._last_session:
            session_id = self._last_session
            self._run(lambda: _session_exists(session_id),
                             on_done=lambda _none: self._reopen_session(session_id),
                             on_error=self._on_last_session_failed)

    def _reopen_session(self, session_id: str) -> None:
        """The roll shown when the window was closed, shown again; when the window reopens on
        the Roster tab the focus goes on the roll once it is loaded, ready for P/L/E/A."""
        from PySide6.QtCore import Qt

        roster = self.roster_tab
        if self.tabs.currentWidget() is self.roster_page:
            roster.roster_loaded.connect(self._on_reopened_roll_loaded,
                                         Qt.ConnectionType.SingleShotConnection)
        roster.show_session(session_id)

    @Slot(str)
    def _on_reopened_roll_loaded(self, _session_id: str) -> None:
        if self.tabs.currentWidget() is self.roster_page and not self.showing_welcome:
            from PySide6.QtWidgets import QApplication

            focused = QApplication.focusWidget()
            if focused is None or not self.roster_page.isAncestorOf(focused) \
                    or focused is self._roster:
                self.roster_tab.focus_page()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self.first_painted.emit()
            QTimer.singleShot(0, self._fit_screen)  # again, now the frame's size is known
            QTimer.singleShot(0, self._build_deferred_tabs)
        return handled

    def _build_deferred_tabs(self) -> None:
        self._install_shortcuts()
        self._install_icons()
        _ = self.sessions_tab

    def _install_icons(self) -> None:
        """Give the commands their pictures (resources/icons/actions), right after the first
        paint like the keys; the toolbar keeps its words beside them."""
        from PySide6.QtCore import Qt

        for action, name in ((self.new_programme_action, "new-programme"),
                             (self.edit_programme_action, "edit-programme"),
                             (self.take_roll_action, "take-roll"),
                             (self.import_action, "import-roster"),
                             (self.print_action, "print"), (self.sync_action, "sync"),
                             (self.settings_action, "settings"), (self.quit_action, "quit"),
                             (self.about_action, "about"),
                             (self.shortcuts_action, "keyboard-shortcuts"),
                             (self.undo_action, "undo")):
            action.setIcon(action_icon(name))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

    @Slot()
    def _on_sessions_tab_loaded(self) -> None:
        self.first_data_shown.emit()
        if self._roster is None or self._reports is None:
            # After the list has painted: building these takes a few hundred milliseconds.
            QTimer.singleShot(WARM_UP_DELAY_MS, self, self._warm_up_tabs)

    def _warm_up_tabs(self) -> None:
        """Build the Roster and Reports tabs ahead of use without freezing the window: their
        modules (the data layer, reportlab, QtPdf: about 0.4 s of imports, measured as one
        0.45 s stall) are imported on a background thread first, then each tab is built here
        in its own event-loop turn."""
        if self._importer is None:
            self._importer = threading.Thread(target=_import_tab_modules, daemon=True,
                                              name="fieldsessions-warm-up")
            self._importer.start()
        if self._importer.is_alive():
            QTimer.singleShot(WARM_UP_POLL_MS, self, self._warm_up_tabs)
            return
        if self._roster is None:
            _ = self.roster_tab
            QTimer.singleShot(0, self, self._warm_up_tabs)
            return
        _ = self.reports_tab

    @property
    def sessions_tab(self) -> SessionsTab:
        """The Sessions tab (built right after the first paint, or when first asked for)."""
        if self._sessions is None:
            from fieldsessions.gui.sessions_tab import SessionsTab

            self._sessions = SessionsTab(self._worker, self._settings, self.sessions_page)
            self._sessions.session_opened.connect(self.open_session)
            self._sessions.message.connect(self.show_message)
            self._sessions.loaded.connect(self._on_sessions_tab_loaded)
            layout = self.sessions_page.layout()
            assert layout is not None
            layout.addWidget(self._sessions)
            self.sessions_page.setFocusProxy(self._sessions)
        return self._sessions

    @property
    def roster_tab(self) -> RosterTab:
        """The Roster tab (its module imports the data layer, so it is built on first use)."""
        if self._roster is None:
            from fieldsessions.gui.roster_tab import RosterTab

            self._roster = RosterTab(self._worker, self.roster_page)
            self._roster.session_changed.connect(self._on_roster_tab_session_changed)
            self._roster.use_window_undo()  # Edit > Undo has Ctrl+Z and calls the tab
            layout = self.roster_page.layout()
            assert layout is not None
            layout.addWidget(self._roster)
            self.roster_page.setFocusProxy(self._roster)
        return self._roster

    @property
    def reports_tab(self) -> QWidget | None:
        """The Reports tab, when the reports feature is installed."""
        if self._reports is None and self.reports_page is not None:
            reports_class = optional_class("fieldsessions.gui.reports_tab", "ReportsTab")
            if reports_class is not None:
                self._reports = reports_class(self._worker, self.reports_page)
                layout = self.reports_page.layout()
                assert layout is not None
                layout.addWidget(self._reports)
                self.reports_page.setFocusProxy(self._reports)
        return self._reports

    # --- public ---------------------------------------------------------------------------

    @property
    def welcome(self) -> WelcomePage:
        """The first-run page (built the first time an empty data file is seen)."""
        if self._welcome is None:
            from fieldsessions.gui.welcome import WelcomePage

            self._welcome = WelcomePage(self)
            self._welcome.create_requested.connect(self._on_new_programme_triggered)
            self._welcome.import_requested.connect(self._on_import_triggered)
            self._welcome.demo_requested.connect(self._on_welcome_demo_requested)
            self.stack.addWidget(self._welcome)
        return self._welcome

    @property
    def showing_welcome(self) -> bool:
        return self._welcome is not None and self.stack.currentWidget() is self._welcome

    @property
    def last_session(self) -> str | None:
        return self._last_session

    def show_tab(self, index: int) -> None:
        if self.showing_welcome:
            return
        self.tabs.setCurrentIndex(index)
        self.focus_current_tab()

    def focus_current_tab(self) -> None:
        """The focus on the shown tab's main control (the sessions table, the roll or the
        Roster page's first field, the Reports tab's first field), never on the tab's
        container: a focused container takes no keys, so P or Enter would do nothing."""
        page = self.tabs.currentWidget()
        if page is self.sessions_page:
            self.sessions_tab.session_view.setFocus()
        elif page is self.roster_page:
            self.roster_tab.focus_page()
        elif page is not None and not focus_first_field(page):
            # A tab built just now shows its fields in the next event-loop turn.
            QTimer.singleShot(0, lambda: self.tabs.currentWidget() is page
                              and focus_first_field(page))

    def undo_text(self) -> str | None:
        """What Undo takes back on the tab shown (each tab undoes only its own changes)."""
        if self.showing_welcome or self.tabs.currentWidget() is not self.roster_page:
            return None
        return self.roster_tab.undo_text()

    def undo(self) -> None:
        """Edit > Undo (Ctrl+Z): the last change made on the tab and page shown, never a
        change made somewhere the facilitator cannot see."""
        if self.showing_welcome or self.tabs.currentWidget() is not self.roster_page:
            self.show_message(self.tr("Nothing to undo on this tab."))
            return
        self.roster_tab.undo_last()

    @Slot()
    def _on_edit_menu_about_to_show(self) -> None:
        what = self.undo_text()
        self.undo_action.setText(fill(self.tr("&Undo %1"), what) if what
                                 else self.tr("Nothing to undo"))
        self.undo_action.setEnabled(what is not None)

    @Slot()
    def _on_edit_menu_about_to_hide(self) -> None:
        self.undo_action.setEnabled(True)  # Ctrl+Z keeps working; the tab says if nothing
        self.undo_action.setText(self.tr("&Undo"))

    def show_shortcuts(self) -> None:
        """Help > Keyboard shortcuts, read from the shortcuts installed in every tab."""
        from PySide6.QtCore import Qt

        from fieldsessions.gui.shortcuts_dialog import ShortcutsDialog

        self._install_shortcuts()  # (the keys are given right after the first paint)
        _ = self.sessions_tab, self.roster_tab, self.reports_tab  # every tab's keys listed
        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.shortcuts_dialog = dialog
        dialog.open()

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def open_session(self, session_id: str) -> None:
        """Show a session's roll in the Roster tab, ready for keyboard roll call."""
        self._last_session = session_id
        self._show_tabs()
        self.roster_tab.show_session(session_id)
        self.tabs.setCurrentWidget(self.roster_page)
        self.roster_tab.focus_roll()

    def take_roll(self) -> None:
        self.sessions_tab.pick_session_for_roll(self._on_roll_session_picked)

    def refresh_status(self) -> None:
        if self._status_queued:
            return
        self._status_queued = True
        self._run(_sync_status, on_done=self._on_sync_status,
                         on_error=self._on_failed)

    def status_text(self) -> str:
        return self.sync_label.text()

    def save_state(self) -> None:
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self._settings.setValue(STATE_KEY, self.saveState())
        widget = self.tabs.currentWidget()
        if widget is not None:
            self._settings.setValue(TAB_KEY, widget.objectName())
        if self._last_session:
            self._settings.setValue(SESSION_KEY, self._last_session)
        else:
            self._settings.remove(SESSION_KEY)
        self.sessions_tab.save_state()
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._roster is not None:
            # A session report being typed is saved before the worker closes the data file.
            self._roster.report_form.save_pending()
        self.save_state()
        # Work off the GUI thread ends with the window: a sync or sign-in is cancelled (its
        # dialog closes), a report being built is cancelled and waited for.
        sync_module = sys.modules.get("fieldsessions.gui.sync_dialog")  # (never imported here)
        if sync_module is not None:
            for dialog in self.findChildren(sync_module.SyncDialog):
                dialog.close()
        shutdown = getattr(self._reports, "shutdown", None)
        if callable(shutdown):
            shutdown()
        super().closeEvent(event)

    # --- status ---------------------------------------------------------------------------

    def _describe(self, found: SyncStatus) -> str:
        if found.pending == 0:
            waiting = self.tr("No changes waiting")
        elif found.pending == 1:
            waiting = self.tr("1 change waiting")
        else:
            waiting = fill(self.tr("%1 changes waiting"), found.pending)
        if found.last_sync_at is None:
            synced = self.tr("never synced")
        else:
            synced = fill(self.tr("last synced %1"), self._when(found.last_sync_at))
        return f"{waiting} · {synced}"

    def _when(self, moment: datetime) -> str:
        local = moment.astimezone()
        today = datetime.now(UTC).astimezone().date()
        clock = local.strftime("%H:%M")
        if local.date() == today:
            return fill(self.tr("today at %1"), clock)
        if local.date() == today - timedelta(days=1):
            return fill(self.tr("yesterday at %1"), clock)
        return fill(self.tr("%1 at %2"), format_day(local.date()), clock)

    def _on_sync_status(self, found: SyncStatus) -> None:
        self._status_queued = False
        self._sync_status = found
        if found.demo and not self.demo:
            self._show_demo_file()
        if found.demo:
            self.sync_label.setText(self.tr("Demo data · nothing here is sent to the server"))
            return
        self.sync_label.setText(self._describe(found))
        self.sync_label.setToolTip(self.tr("Changes are kept on this laptop until Sync sends "
                                           "them to the server."))
        self._update_sync_hint()
        if self._has_sync and self._probe is None and not self._probe_asked:
            self._probe_asked = True  # once per status load until a server is known
            self._run(_saved_server, on_done=self._start_sync_probe, on_error=self._on_failed)

    def _start_sync_probe(self, server_url: str | None) -> None:
        """Watch the saved sync server (if this laptop has signed in) for the hint."""
        if not server_url:
            self._probe_asked = False  # ask again after the next sync (first sign-in)
            return
        from fieldsessions.gui.sync_dialog import SyncAvailabilityProbe

        probe = SyncAvailabilityProbe(server_url, parent=self)
        probe.availability_changed.connect(self._on_sync_availability_changed)
        self._probe = probe
        probe.start()

    @Slot(bool)
    def _on_sync_availability_changed(self, available: bool) -> None:
        self._server_reachable = available
        self._update_sync_hint()

    def _update_sync_hint(self) -> None:
        waiting = self._sync_status.pending if self._sync_status is not None else 0
        self.sync_hint.setVisible(self._server_reachable and waiting > 0)

    # --- slots ----------------------------------------------------------------------------

    def _show_tabs(self) -> None:
        if self.showing_welcome:
            self.stack.setCurrentWidget(self.tabs)

    def _on_facilitator_name(self, name: str) -> None:
        """First run: no name yet, so ask it before anything is marked or printed."""
        if name or self.name_dialog is not None:
            return
        from PySide6.QtCore import Qt

        from fieldsessions.gui.settings_dialog import FacilitatorNameDialog

        dialog = FacilitatorNameDialog(self._worker, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self._on_name_dialog_finished)
        self.name_dialog = dialog
        dialog.open()

    @Slot(int)
    def _on_name_dialog_finished(self, _result: int) -> None:
        self.name_dialog = None

    def _show_demo_file(self) -> None:
        """Say everywhere that this window shows the demo file: the title bar, and Sync off."""
        self.demo = True
        self.setWindowTitle(self.tr("fieldsessions — DEMO DATA (practice only, never sent "
                                    "to the server)"))
        self.sync_action.setEnabled(False)
        self.sync_action.setToolTip(self.tr("The demo data is never sent to the server."))

    def _on_overview(self, result: tuple[bool, SyncStatus]) -> None:
        empty, found = result
        self._on_sync_status(found)
        if empty and self._open_demo_if_empty:
            self._open_demo_if_empty = False  # once
            self.open_demo()
        was_empty, self._empty = self._empty, empty
        if empty:
            if not self.showing_welcome:
                self.stack.setCurrentWidget(self.welcome)
                self.welcome.focus_first()
            self.first_data_shown.emit()
        elif was_empty or self.showing_welcome:
            if self._welcome is not None:
                self._welcome.set_busy(False)
            self._show_tabs()
            self.tabs.setCurrentWidget(self.sessions_page)
            self.sessions_tab.reload()

    def _on_failed(self, exc: Exception) -> None:
        self._status_queued = False
        if isinstance(exc, FieldSessionsError):
            self.show_message(str(exc))
        else:
            log.error("a main window job failed", exc_info=exc)
            self.show_message(fill(self.tr("Something went wrong (%1); details are in the log "
                                           "file."), type(exc).__name__))

    def _fit_screen(self) -> None:
        """Keep the window inside the screen it opens on (a 1024×600 netbook included): a
        size saved on a bigger screen, or the default, shrinks to the screen's free area."""
        from PySide6.QtGui import QGuiApplication

        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        free = screen.availableGeometry()
        frame = self.frameGeometry().size() - self.geometry().size()  # title bar, borders
        width = min(self.width(), free.width() - frame.width())
        height = min(self.height(), free.height() - frame.height())
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        if not free.contains(self.frameGeometry()):
            self.move(free.topLeft())

    def _on_last_session_failed(self, exc: Exception) -> None:
        if isinstance(exc, NotFoundError):
            self._last_session = None  # the session was removed since: forget it quietly
            if self.tabs.currentWidget() is self.roster_page:
                self.tabs.setCurrentWidget(self.sessions_page)  # not a blank Roster page
            return
        self._on_failed(exc)

    @Slot(str)
    def _on_worker_data_changed(self, changes: str) -> None:
        if self.showing_welcome or self._empty:
            self._run(_overview, on_done=self._on_overview, on_error=self._on_failed)
        else:
            self.refresh_status()

    @Slot(bool)
    def _on_worker_busy_changed(self, busy: bool) -> None:
        if busy:
            self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self.busy_label.hide()

    @Slot(str)
    def _on_roster_tab_session_changed(self, session_id: str) -> None:
        self._last_session = session_id

    def _on_roll_session_picked(self, session_id: str | None) -> None:
        if session_id is not None:
            self.open_session(session_id)
        else:
            self._show_tabs()
            self.tabs.setCurrentWidget(self.sessions_page)
            self.sessions_tab.set_filter("upcoming")
            self.sessions_tab.session_view.setFocus()

    @Slot()
    def _on_new_programme_triggered(self) -> None:
        self.sessions_tab.new_programme()

    @Slot()
    def _on_edit_programme_triggered(self) -> None:
        self._show_tabs()
        self.tabs.setCurrentWidget(self.sessions_page)
        self.sessions_tab.edit_programme()

    @Slot()
    def _on_import_triggered(self) -> None:
        # Enrol into the programme in front of the user: the one chosen in the Sessions tab
        # when that tab is shown, else the roll's programme (the Roster tab decides).
        programme_id = None
        if self.tabs.currentWidget() is self.sessions_page and self._sessions is not None:
            programme_id = self._sessions.current_programme_id()
        self.roster_tab.open_import(programme_id)

    @Slot()
    def _on_welcome_demo_requested(self) -> None:
        self.open_demo()

    def open_demo(self) -> None:
        """The demo data opens in its own window, from its own file; this file stays as it is."""
        from fieldsessions.db.store import demo_path

        if start_demo_process(self._db_path):
            self.welcome.set_message(fill(self.tr(
                "The demo data opens in a window of its own, from a separate file (%1); "
                "nothing in it is sent to the server. This data file stays yours."),
                demo_path(self._db_path).name))
        else:
            self.welcome.set_message(self.tr("The demo window could not be started."),
                                     error=True)

    @Slot(int)
    def _on_tabs_current_changed(self, index: int) -> None:
        if not self._painted:
            return  # built right after the first paint
        page = self.tabs.widget(index)
        if page is self.sessions_page:
            _ = self.sessions_tab
        elif page is self.roster_page:
            _ = self.roster_tab
        elif page is not None and page is self.reports_page:
            self._follow_roll()

    def _follow_roll(self) -> None:
        """The Reports tab opens on the programme and session of the roll opened last (the
        roll is what the facilitator is working on), once per roll: a choice made on the
        Reports tab stays until another roll is opened."""
        reports = self.reports_tab
        roll = self._roster.session_id if self._roster is not None else None
        follow = getattr(reports, "follow_session", None)
        if roll is None or roll == self._reports_roll or not callable(follow):
            return
        self._reports_roll = roll
        follow(roll)

    @Slot()
    def _on_print_triggered(self) -> None:
        if self.reports_tab is None or self.reports_page is None:
            return
        # Ctrl+P prints the report in front of the user: on the Reports tab the one shown,
        # elsewhere the sheet of the session chosen (or on the roll); the print dialog opens
        # once its preview is ready.
        on_reports = self.tabs.currentWidget() is self.reports_page and not self.showing_welcome
        self._show_tabs()
        self.tabs.setCurrentWidget(self.reports_page)
        if not on_reports:
            selected = self.sessions_tab.selected_session()
            session_id = selected.id if selected else self.roster_tab.session_id
            show = getattr(self.reports_tab, "show_session", None)
            if session_id and callable(show):
                show(session_id)
        request_print = getattr(self.reports_tab, "request_print", None)
        if callable(request_print):
            request_print()

    @Slot()
    def _on_sync_triggered(self) -> None:
        dialog_class = optional_class("fieldsessions.gui.sync_dialog", "SyncDialog")
        if dialog_class is None:
            return
        from PySide6.QtCore import Qt

        dialog = dialog_class(self._worker, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(self.refresh_status)
        dialog.open()

    @Slot()
    def _on_settings_triggered(self) -> None:
        from PySide6.QtCore import Qt

        from fieldsessions.gui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self._worker, self._db_path, self._settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @Slot()
    def _on_about_triggered(self) -> None:
        from fieldsessions import __version__

        QMessageBox.about(self, self.tr("About fieldsessions"), fill(self.tr(
            "<b>fieldsessions</b> %1<br>Attendance, roll call and reports for facilitators, "
            "offline first.<br><br>Data file: %2"), __version__, str(self._db_path)))
