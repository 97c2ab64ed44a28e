
"""Indstillinger → Sikkerhedskopier: the automatic backups, a backup now or to a chosen place, and
restoring one (after a confirmation; the replaced diary is kept)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
)

from aflastapp.gui import fmt, ops
from aflastapp.gui.views.settings.common import Section, button_row
from aflastapp.gui.wizard import backup_file_filter, backup_start_folder

if TYPE_CHECKING:
    from aflastapp.gui.views.settings.view import SettingsView


class BackupsSection(Section):
    key = "backups"

    def __init__(self, view: SettingsView) -> None:
        super().__init__(view)
        self.backup_info = QLabel(self)
        self.backup_info.setWordWrap(True)
        self.backup_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.lay.addWidget(self.backup_info)
        self.backup_list = QListWidget(self)
        self.backup_list.setAccessibleName(self.tr("Sikkerhedskopier"))
        self.lay.addWidget(self.backup_list)
        now = QPushButton(self.tr("Tag sikkerhedskopi &nu"), self)
        now.clicked.connect(self.backup_now)
        to = QPushButton(self.tr("Gem kopi &som …"), self)
        to.clicked.connect(self.backup_to)
        restore = QPushButton(self.tr("&Gendan valgte …"), self)
        restore.clicked.connect(self.restore_selected)
        self.lay.addLayout(button_row(now, to, restore, stretch_at=2))

    def tab_title(self) -> str:
        return self.tr("Si&kkerhedskopier")

    def refresh(self, s: Any) -> None:
        from aflastapp.services import backups

        found = backups.list_backups(self.ctx.data_dir)
        self.backup_list.clear()
        for b in sorted(found, key=lambda b: b.created, reverse=True):
            item = QListWidgetItem(f"{fmt.day(b.created.date())} {b.created:%H:%M} – {b.path.name}")
            item.setData(Qt.ItemDataRole.UserRole, str(b.path))
            self.backup_list.addItem(item)
        folder = Path(self.ctx.data_dir or ".") / "backups"
        self.backup_info.setText(
            self.tr("Sikkerhedskopier tages automatisk, højst én gang om dagen, når dagbogen lukkes. "
                    "De ligger krypteret i %1.").replace("%1", str(folder)))

    def clear(self) -> None:
        self.backup_list.clear()

    def backup_now(self) -> ops.OpRecord | None:
        """A backup now, off the GUI thread; a confirmation names where it is."""
        from aflastapp.services import backups

        def done(path: Path) -> None:
            self.view.reload()
            self.inform(self.tr("Sikkerhedskopien er taget og kontrolleret: %1").replace("%1", path.name))

        op = ops.QueryOp(self.ctx, backups.backup_now, success=done, parent=self, name="settings.backup_now")
        return op.with_progress(self.tr("Tager sikkerhedskopi …")).run_in_background()

    def backup_to(self) -> None:
        from aflastapp.services import backups

        if self.ctx.session is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Gem sikkerhedskopi"),
                                              str(Path.home() / backups.suggested_name()),
                                              backup_file_filter())
        if path:
            self.save_backup_as(path)

    def save_backup_as(self, path: str) -> ops.OpRecord | None:
        from aflastapp.services import backups

        if not path.endswith(backups.SUFFIX):
            path += backups.SUFFIX  # one name for backups everywhere

        def done(dest: Path) -> None:
            self.inform(self.tr("Sikkerhedskopien er gemt og kontrolleret: %1").replace("%1", str(dest)))

        op = ops.QueryOp(self.ctx, lambda s: backups.backup_to(s, path), success=done, parent=self,
                         name="settings.backup_to")
        return op.with_progress(self.tr("Gemmer sikkerhedskopi …")).run_in_background()

    def restore_selected(self) -> None:
        from aflastapp.services import backups
        from aflastapp.services.wizard import key_mode

        item = self.backup_list.currentItem()
        if item is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Vælg sikkerhedskopi"),
                                                  backup_start_folder(self.ctx), backup_file_filter())
            if not path:
                return
        else:
            path = str(item.data(Qt.ItemDataRole.UserRole))
        if QMessageBox.question(self, self.tr("Gendan"), self.tr(
                "Erstat dagbogen med sikkerhedskopien? Ændringer efter kopien går tabt. Den nuværende dagbog "
                "gemmes i mappen »replaced«.")) != QMessageBox.StandardButton.Yes:
            return
        password = None
        if key_mode(self.ctx.data_dir) == "password":
            password, ok = QInputDialog.getText(self, self.tr("Gendan"), self.tr("Adgangskode:"),
                                                QLineEdit.EchoMode.Password)
            if not ok:
                return
        data_dir = self.ctx.data_dir
        self.ctx.lock()
        op = ops.QueryOp(self.ctx, lambda _s: backups.restore(data_dir, path, password=password),
                         success=self.ctx.set_session, parent=self, name="settings.restore").without_session()
        op.with_progress(self.tr("Gendanner …")).run_in_background()
