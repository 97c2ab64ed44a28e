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

    def __init__(self) -> None:
        super().__init__("Dagbogen er beskyttet med en adgangskode. Skriv adgangskoden for at åbne den.")


class RecoveryKeyFormatError(WrongKeyError):
    """The recovery key text is mistyped (wrong length, unknown character, checksum)."""


class NoKeychainError(StorageError):
    """No working keychain, or the diary's key is not in it."""

    def __init__(self, detail: str = "") -> None:
        text = (
            "Computerens nøglering (keychain) virker ikke, eller dagbogens nøgle findes ikke i den"
            + (f" ({detail})" if detail else "")
            + ". Nøglen er ikke gemt i en almindelig fil. Du kan i stedet beskytte dagbogen med "
            "en adgangskode, eller åbne den med gendannelsesnøglen fra dit gendannelsesark."
        )
        super().__init__(text)
        self.detail = detail


class DamagedDatabaseError(StorageError):
    """The file failed an integrity check; it is left untouched."""

    def __init__(self, problem: str, newest_backup: Path | None = None) -> None:
        self.problem = problem
        self.newest_backup = newest_backup
        if newest_backup is not None:
            hint = f" Den nyeste gode sikkerhedskopi er {newest_backup} – du kan gendanne fra den."
        else:
            hint = (
                " Der findes ingen sikkerhedskopi i datamappen; har du selv gemt en, "
                "kan du gendanne fra den."
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
