"""The PySide6 desktop app. Calls services only: no SQL, no rule logic."""
