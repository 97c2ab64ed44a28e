"""The main window: sidebar with the views, the lock screen, menus, shortcuts, remembered layout."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QCoreApplication, QRectF, QSettings, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from aflastapp.gui.context import AppContext
from aflastapp.gui.shortcuts import native_text
from aflastapp.gui.views import VIEWS, ViewSpec
from aflastapp.gui.views.base import View

if TYPE_CHECKING:
    from aflastapp.gui.lock import LockScreen


class MainWindow(QMainWindow):
    """Hosts the lock screen (while locked) or the sidebar + views (while a diary is open)."""

    def __init__(self, ctx: AppContext, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings
        self.setObjectName("MainWindow")
        self.specs: list[ViewSpec] = list(VIEWS)
        self.views: dict[str, View] = {}
        self._pages: dict[str, QWidget] = {}

        self.outer = QStackedWidget(self)
        self._lock_screen: LockScreen | None = None  # built when first shown (an unlocked start never is)
        self.workspace = QWidget(self)
        self.outer.addWidget(self.workspace)
        self.setCentralWidget(self.outer)
        self._build_workspace()
        self._build_menus()

        ctx.locked.connect(self._show_locked)
        from aflastapp.gui.opened_files import remove_opened_files

        ctx.locked.connect(remove_opened_files)  # copies handed to the PDF reader go with the lock
        ctx.unlocked.connect(self._show_unlocked)
        ctx.navigate.connect(self.navigate)
        ctx.language_changed.connect(self._retranslate)
        ctx.undo_stack.cleanChanged.connect(lambda _clean: self._update_title())
        self._restore_layout()
        if ctx.session is None:
            self._show_locked()
        else:
            self._show_unlocked()

    # ------------------------------------------------------------------ building

    def _build_workspace(self) -> None:
        layout = QHBoxLayout(self.workspace)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.sidebar = QListWidget(self.workspace)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Visninger"))
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setStyleSheet(
            "QListWidget#sidebar { border: none; background: palette(alternate-base); font-size: 11pt; }"
            "QListWidget#sidebar::item { padding: 9px 12px; }"
            "QListWidget#sidebar::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }"
        )
        self.stack = QStackedWidget(self.workspace)
        selected_ink = self.sidebar.palette().color(QPalette.ColorRole.HighlightedText).name()
        for i, spec in enumerate(self.specs):
            item = QListWidgetItem(spec.translated_title())
            icon = _icon(spec.icon_name, selected_ink)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spec.translated_title())
            if not icon.isNull():
                item.setIcon(icon)
            item.setToolTip(f"{spec.translated_title()} ({native_text(f'Ctrl+{i + 1}')})")
            self.sidebar.addItem(item)
            placeholder = QWidget(self.stack)  # the view is built when first shown
            self._pages[spec.view_id] = placeholder
            self.stack.addWidget(placeholder)
        self._wide_sidebar = self._sidebar_width()
        self._compact = False
        self.sidebar.setFixedWidth(self._wide_sidebar)
        self.sidebar.currentRowChanged.connect(self._show_row)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)

    COMPACT_BELOW = 1200  # window width: below it long view names wrap onto two lines

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._set_compact(self.width() < self.COMPACT_BELOW)

    def _set_compact(self, compact: bool) -> None:
        """On a small screen the sidebar gives the views room: a long name wraps onto two lines."""
        if compact == self._compact or not hasattr(self, "sidebar"):
            return
        self._compact = compact
        from PySide6.QtGui import QFontMetrics

        metrics = QFontMetrics(self.sidebar.font())
        longest = 0
        for i, spec in enumerate(self.specs):
            title = spec.translated_title()
            text = _two_lines(title) if compact else title
            self.sidebar.item(i).setText(text)
            longest = max(longest, *(metrics.horizontalAdvance(line) for line in text.split("\n")))
        icon = self.sidebar.iconSize().width() + 8
        narrow = longest + 2 * 12 + icon + 2 * self.sidebar.frameWidth() + 12
        width = min(self._wide_sidebar, max(150, narrow)) if compact else self._wide_sidebar
        self.sidebar.setFixedWidth(width)

    def _sidebar_width(self) -> int:
        """Wide enough for the longest view name in Danish and in English (font metrics of the
        sidebar's own font), so no name is cut off whichever language is chosen."""
        from PySide6.QtCore import QTranslator
        from PySide6.QtGui import QFontMetrics

        from aflastapp.gui import i18n

        english = QTranslator()
        english.load(i18n.qm_path("en"))
        titles = [t for spec in self.specs
                  for t in (spec.title, spec.translated_title(), english.translate("views", spec.title))
                  if t]
        self.sidebar.ensurePolished()  # the style sheet's font size is applied
        metrics = QFontMetrics(self.sidebar.font())
        text = max(metrics.horizontalAdvance(t) for t in titles) if titles else 0
        # item padding 12 px each side, the icon and its gap, the frame, a little air
        icon = self.sidebar.iconSize().width() + 8
        return max(200, text + 2 * 12 + icon + 2 * self.sidebar.frameWidth() + 12)

    def _build_menus(self) -> None:
        for old in getattr(self, "_all_actions", []):
            self.removeAction(old)
            old.deleteLater()
        bar = self.menuBar()
        bar.clear()
        file_menu = bar.addMenu(self.tr("&Filer"))
        self.new_action = _action(self, self.tr("&Ny post"), QKeySequence.StandardKey.New, self._new_entry)
        self.print_action = _action(self, self.tr("&Udskriv …"), QKeySequence.StandardKey.Print, self._print)
        self.lock_action = _action(self, self.tr("&Lås dagbogen"), QKeySequence("Ctrl+L"), self.ctx.lock)
        quit_action = _action(self, self.tr("&Afslut"), QKeySequence.StandardKey.Quit, self.close)
        for a in (self.new_action, self.print_action):
            file_menu.addAction(a)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addAction(quit_action)

        edit_menu = bar.addMenu(self.tr("&Rediger"))
        self.undo_action = self.ctx.undo_stack.createUndoAction(self, self.tr("&Fortryd"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.ctx.undo_stack.createRedoAction(self, self.tr("&Gentag"))
        # Ctrl+Shift+Z and Ctrl+Y both redo (StandardKey.Redo is one of them on each platform: listing
        # a key twice makes Qt call it an "ambiguous shortcut overload" and do nothing).
        redo_keys: list[QKeySequence] = []
        for key in (QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"),
                    *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)):
            if all(key != k for k in redo_keys):
                redo_keys.append(key)
        self.redo_action.setShortcuts(redo_keys)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)

        view_menu = bar.addMenu(self.tr("&Vis"))
        self.view_actions: list[QAction] = []
        for i, spec in enumerate(self.specs):
            a = _action(self, spec.translated_title(), QKeySequence(f"Ctrl+{i + 1}") if i < 9 else None,
                        lambda _=False, vid=spec.view_id: self.show_view(vid))
            view_menu.addAction(a)
            self.view_actions.append(a)

        help_menu = bar.addMenu(self.tr("&Hjælp"))
        self.guide_action = _action(self, self.tr("&Vejledning"), QKeySequence.StandardKey.HelpContents,
                                    self.show_guide)
        help_menu.addAction(self.guide_action)
        about = _action(self, self.tr("&Om aflastapp"), None, self._about)
        help_menu.addAction(about)
        self._diary_actions = [self.new_action, self.print_action, self.lock_action, *self.view_actions]
        self._all_actions = [*self._diary_actions, quit_action, about, self.guide_action, self.undo_action,
                             self.redo_action]

    # ------------------------------------------------------------------ views

    def view(self, view_id: str) -> View:
        """The view with this id, built on first use."""
        if view_id not in self.views:
            spec = next(s for s in self.specs if s.view_id == view_id)
            cls = spec.load()
            v = cls(self.ctx, self.stack)
            v.setObjectName(f"view-{view_id}")
            old = self._pages[view_id]
            index = self.stack.indexOf(old)
            self.stack.insertWidget(index, v)
            self.stack.removeWidget(old)
            old.deleteLater()
            self._pages[view_id] = v
            self.views[view_id] = v
        return self.views[view_id]

    def show_view(self, view_id: str) -> View:
        ids = [s.view_id for s in self.specs]
        row = ids.index(view_id)
        v = self.view(view_id)
        if self.sidebar.currentRow() != row:
            self.sidebar.setCurrentRow(row)  # → _show_row
        else:
            self.stack.setCurrentWidget(v)
        return v

    def current_view(self) -> View | None:
        w = self.stack.currentWidget()
        return w if isinstance(w, View) else None

    def _show_row(self, row: int) -> None:
        if row < 0 or self.ctx.session is None:
            return
        spec = self.specs[row]
        try:
            v = self.view(spec.view_id)
        except Exception as e:
            self.ctx.show_error(e, self)
            return
        self.stack.setCurrentWidget(v)
        self._update_title()

    def navigate(self, view_id: str, action: str, params: Any) -> None:
        if self.ctx.session is None or view_id not in [s.view_id for s in self.specs]:
            return
        v = self.show_view(view_id)
        if action:
            v.handle_action(action, dict(params or {}))

    def _new_entry(self) -> None:
        v = self.current_view()
        if v is not None and self.ctx.session is not None:
            v.new_entry()

    def _print(self) -> None:
        v = self.current_view()
        if v is not None and self.ctx.session is not None:
            v.print_current()

    # ------------------------------------------------------------------ lock state

    @property
    def lock_screen(self) -> LockScreen:
        """The unlock screen (password or recovery key), built the first time the diary is locked."""
        if self._lock_screen is None:
            from aflastapp.gui.lock import LockScreen

            self._lock_screen = LockScreen(self.ctx, self)
            self.outer.insertWidget(0, self._lock_screen)
        return self._lock_screen

    def _show_locked(self) -> None:
        for a in self._diary_actions:
            a.setEnabled(False)
        self.outer.setCurrentWidget(self.lock_screen)
        self.lock_screen.reset()
        self._update_title()

    def _show_unlocked(self) -> None:
        for a in self._diary_actions:
            a.setEnabled(True)
        self.outer.setCurrentWidget(self.workspace)
        row = self.sidebar.currentRow()
        if row < 0:
            remembered = str(self.settings.value("window/view", "overview"))
            ids = [s.view_id for s in self.specs]
            row = ids.index(remembered) if remembered in ids else 0
            if self.specs:
                self.sidebar.setCurrentRow(row)
        else:
            self._show_row(row)
        self._update_title()

    def _update_title(self) -> None:
        title = "aflastapp"
        from aflastapp.services.wizard import is_demo

        if is_demo(self.ctx.data_dir):
            title += " – " + self.tr("DEMO (opdigtede data)")
        v = self.current_view()
        if self.ctx.session is None:
            title += " – " + self.tr("låst")
        elif v is not None:
            title = f"{v.title} – {title}"
        self.setWindowTitle(title)

    # ------------------------------------------------------------------ language

    def _retranslate(self, _lang: str) -> None:
        """Rebuild menus and views so every text is in the new language (views set texts once)."""
        current = self.current_view()
        current_id = current.view_id if current is not None else "overview"
        for v in self.views.values():
            v.deleteLater()
        self.views.clear()
        self._pages.clear()
        old = self.workspace
        self.workspace = QWidget(self)
        self.outer.addWidget(self.workspace)
        self.outer.removeWidget(old)
        old.deleteLater()
        self._build_workspace()
        self._build_menus()
        self._set_compact(self.width() < self.COMPACT_BELOW)
        if self._lock_screen is not None:
            self.lock_screen.retranslate()
        if self.ctx.session is not None:
            self._show_unlocked()
            if current_id in [s.view_id for s in self.specs]:
                self.show_view(current_id)
        else:
            self._show_locked()

    # ------------------------------------------------------------------ layout

    def _restore_layout(self) -> None:
        """The remembered size and place, clamped to the screen; else one that fits the screen's
        available area (a 1366×768 laptop with its taskbar included)."""
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray | bytes) and self.restoreGeometry(QByteArray(geometry)):
            self.clamp_to_screen()
            return
        area = self._available()
        if area is None:
            self.resize(1280, 720)
            return
        frame = self._frame_extra()
        w = min(1280, area.width() - frame.width())
        h = min(760, area.height() - frame.height())
        self.resize(max(w, 600), max(h, 400))
        self.move(area.x() + max(0, (area.width() - w - frame.width()) // 2),
                  area.y() + max(0, (area.height() - h - frame.height()) // 2))

    def _available(self) -> Any:
        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.availableGeometry() if screen is not None else None

    def _frame_extra(self) -> QSize:
        """Title bar and borders the window manager adds (a guess before the window is shown)."""
        fg, g = self.frameGeometry(), self.geometry()
        extra = QSize(fg.width() - g.width(), fg.height() - g.height())
        return extra if extra.height() > 0 else QSize(8, 38)

    def clamp_to_screen(self) -> None:
        """Keep the whole window on the screen it is on (a remembered size from a bigger monitor)."""
        area = self._available()
        if area is None:
            return
        frame = self._frame_extra()
        w = min(self.width(), area.width() - frame.width())
        h = min(self.height(), area.height() - frame.height())
        if (w, h) != (self.width(), self.height()):
            self.resize(max(w, 400), max(h, 300))
        x = min(max(self.x(), area.x()), area.x() + area.width() - self.width() - frame.width())
        y = min(max(self.y(), area.y()), area.y() + area.height() - self.height() - frame.height())
        self.move(max(x, area.x()), max(y, area.y()))

    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        v = self.current_view()
        if v is not None:
            self.settings.setValue("window/view", v.view_id)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.ctx.wait_for_ops()  # a running op finishes (and is delivered) before the diary closes
        self.ctx.lock()
        super().closeEvent(event)

    def show_guide(self) -> Any:
        """Hjælp → Vejledning (F1), at the section about the view shown."""
        from aflastapp.gui.help import show_help

        v = self.current_view()
        sections = {"overview": "visninger", "calendar": "ophold", "driving": "korsel", "expenses": "udlaeg",
                    "documents": "dokumenter", "settings": "visninger"}
        section = sections.get(v.view_id, "") if v is not None and self.ctx.session is not None else ""
        return show_help(self, section, self.ctx.language)

    def _about(self) -> None:
        try:
            from aflastapp.gui.about import AboutDialog  # written by packaging
        except ImportError:
            QMessageBox.about(self, self.tr("Om aflastapp"), _about_text(self))
            return
        AboutDialog(self).exec()


def _about_text(w: QWidget) -> str:
    from aflastapp import __version__

    del w
    return QCoreApplication.translate(
        "MainWindow", "aflastapp %1\n\nDagbog, overblik og dokumenter for aflastningsfamilier.").replace(
        "%1", __version__)


def _two_lines(title: str) -> str:
    """A long view name broken at the space nearest its middle ("Møder og\nstatusrapporter")."""
    if len(title) <= 14 or " " not in title:
        return title
    middle = len(title) // 2
    spaces = [i for i, c in enumerate(title) if c == " "]
    cut = min(spaces, key=lambda i: abs(i - middle))
    return title[:cut] + "\n" + title[cut + 1:]


ICON_INK = "#2f4356"  # the stroke colour the view icons are drawn in (resources/icons/views/*.svg)


def view_icon_path(name: str) -> Path:
    from aflastapp.resources import resource_path

    return resource_path("icons", "views", f"{name}.svg")


def _icon(name: str, selected_ink: str = "#ffffff") -> QIcon:
    """A sidebar icon drawn from ``resources/icons/views/<name>.svg`` with QSvgRenderer at 1x and 2x:
    dark strokes normally, ``selected_ink`` on the highlighted row. Empty when there is no such file."""
    path = view_icon_path(name)
    try:
        svg = path.read_bytes()
    except OSError:
        return QIcon()
    icon = QIcon()
    for mode, data in ((QIcon.Mode.Normal, svg),
                       (QIcon.Mode.Selected, svg.replace(ICON_INK.encode(), selected_ink.encode()))):
        renderer = QSvgRenderer(QByteArray(data))
        if not renderer.isValid():
            return QIcon()
        for size in (20, 40):
            pixmap = QPixmap(size, size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            renderer.render(painter, QRectF(0, 0, size, size))
            painter.end()
            icon.addPixmap(pixmap, mode)
    return icon


def _action(parent: QWidget, text: str, shortcut: Any, slot: Any) -> QAction:
    a = QAction(text, parent)
    if shortcut is not None:
        a.setShortcut(shortcut)
    a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    a.triggered.connect(slot)
    parent.addAction(a)
    return a
