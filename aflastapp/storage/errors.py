"""Storage errors. Each carries a Danish message the CLI and the GUI show as-is (``str(error)``)."""

from __future__ import annotations

from pathlib import Path


class StorageError(Exception):
    """Base of every storage error; ``str(e)`` is a Danish sentence for the family."""

    def __init__(self, message: str) -> None:
        self.message = message
        super().__init__(message)


class WrongKeyError(StorageError):
    """The key, password or recovery key does not open this file. Nothing was written."""

    def __init__(self, message: str = "") -> None:
        super().__init__(
            message
            or "Dagbogen kunne ikke åbnes: adgangskoden eller nøglen passer ikke. "
            "Intet er ændret i dagbogen. Prøv igen, eller brug gendannelsesnøglen."
        )


class PasswordRequiredError(WrongKeyError):
    """The diary is in password mode and no password was given."""

    def __init__(self, message: str = "") -> None:
        super().__init__(
            message or "Dagbogen er beskyttet med en adgangskode. Skriv adgangskoden for at åbne den."
        )


class RecoveryKeyFormatError(WrongKeyError):
    """The recovery key text is mistyped (wrong length, unknown character, checksum)."""


class NoKeychainError(StorageError):
    """No working keychain, or the diary's key is not in it."""

    def __init__(self, detail: str = "") -> None:
        text = (
            "Computerens nøglering (keychain) virker ikke, eller dagbogens nøgle findes ikke i den"
            + (f" ({detail})" if detail else "")
            + ". Nøglen er ikke gemt i en almindelig fil. I kan i stedet beskytte dagbogen med "
            "en adgangskode, eller åbne den med gendannelsesnøglen fra jeres gendannelsesark."
        )
        super().__init__(text)
        self.detail = detail


class DamagedDatabaseError(StorageError):
    """The file failed an integrity check; it is left untouched."""

    def __init__(self, problem: str, newest_backup: Path | None = None) -> None:
        self.problem = problem
        self.newest_backup = newest_backup
        if newest_backup is not None:
            hint = f" Den nyeste gode sikkerhedskopi er {newest_backup} – I kan gendanne fra den."
        else:
            hint = (
                " Der findes ingen sikkerhedskopi i datamappen; har I selv gemt en, "
                "kan I gendanne fra den."
            )
        super().__init__(
            f"Dagbogen er beskadiget ({problem}). Filen er ikke blevet ændret." + hint
        )


class DiaryExistsError(StorageError):
    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(f"Der findes allerede en dagbog i {path}. Den er ikke blevet ændret.")


class NoDiaryError(StorageError):
    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            f"Der findes ingen dagbog i {path}. Opret en ny, eller gendan fra en sikkerhedskopi."
        )


class AttachmentError(StorageError):
    """A receipt file was refused (too big, unknown type, unreadable); names the file."""


class BackupError(StorageError):
    """A backup could not be written or does not verify."""


class KeychainEntryExistsError(StorageError):
    """Refused to overwrite an existing keychain entry."""

    def __init__(self, db_id: str) -> None:
        super().__init__(
            f"Nøgleringen har allerede en nøgle for dagbogen {db_id}; den overskrives ikke."
        )


def _backup_hint(newest_backup: Path | None) -> str:
    if newest_backup is not None:
        return f" Den nyeste sikkerhedskopi er {newest_backup} – I kan gendanne fra den."
    return (
        " Der findes ingen sikkerhedskopi i datamappen; har I selv gemt en, kan I gendanne fra den."
    )


class SlotFileError(StorageError):
    """``diary.keys`` is there but cannot be read; it is left untouched."""

    def __init__(self, detail: str) -> None:
        self.detail = detail
        super().__init__(
            f"Nøglefilen diary.keys ved siden af dagbogen kan ikke læses ({detail}). Den er ikke "
            "blevet ændret. Dagbogen kan stadig åbnes med gendannelsesnøglen."
        )


class NotADiaryError(DamagedDatabaseError):
    """The file is empty, cut short or not an encrypted database at all. Never written to."""

    def __init__(self, path: Path, what: str, newest_backup: Path | None = None) -> None:
        self.path = path
        self.what = what
        self.problem = what
        self.newest_backup = newest_backup
        StorageError.__init__(
            self,
            f"Filen {path} {what}. Den er ikke blevet ændret eller erstattet." + _backup_hint(newest_backup),
        )


class KeyOrDamageError(WrongKeyError):
    """The key does not open the file, and the app cannot tell a wrong key from a damaged file."""

    def __init__(self, what: str, newest_backup: Path | None = None) -> None:
        self.what = what
        self.newest_backup = newest_backup
        super().__init__(
            f"Dagbogen kunne ikke åbnes: forkert {what}, eller filen er beskadiget. Intet er ændret."
            + _backup_hint(newest_backup)
        )


class DiaryInUseError(StorageError):
    """Another process has the diary open for writing (the lock beside the diary is taken)."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        super().__init__(
            f"Dagbogen i {data_dir} er åben et andet sted (i et andet vindue eller en anden "
            "kommando). Luk den dér først, og prøv igen. Intet er ændret."
        )


class ResourceError(StorageError):
    """Disk full, read-only folder, missing permission: plain Danish, naming the folder."""

    def __init__(self, message: str, folder: Path | None = None) -> None:
        self.folder = folder
        super().__init__(message)


def resource_error(error: OSError, folder: Path, doing: str = "") -> ResourceError | None:
    """The ``ResourceError`` for a disk-full / read-only / permission ``OSError``, else None.
    ``doing`` says what failed, e.g. "Adgangskoden blev ikke ændret"."""
    import errno

    tail = f" {doing}" if doing else ""
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return ResourceError(
            f"Der er ikke plads på disken i mappen {folder} – intet er ændret.{tail} "
            "Gør plads (slet eller flyt filer), og prøv igen.",
            folder,
        )
    if error.errno == errno.EROFS:
        return ResourceError(
            f"Mappen {folder} er skrivebeskyttet, så intet kan gemmes dér – intet er ændret.{tail} "
            "Dagbogen kan stadig læses: overblik, eksport og kontrol virker.",
            folder,
        )
    if error.errno in (errno.EACCES, errno.EPERM):
        return ResourceError(
            f"Programmet har ikke adgang til mappen {folder} (der mangler rettigheder til at læse "
            f"eller skrive dér) – intet er ændret.{tail} Tjek mappens rettigheder: den skal tilhøre "
            "jeres bruger.",
            folder,
        )
    return None


class ReadOnlyDiaryError(StorageError):
    """A write to a diary that is open read-only (read-only folder, or open elsewhere)."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"Dagbogen er kun åbnet til læsning ({reason}); ændringer kan ikke gemmes nu.")
