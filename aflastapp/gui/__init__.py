"""The PySide6 desktop app. Calls services only: no SQL, no rule logic."""

from aflastapp.gui._none_refcount import make_none_immortal

make_none_immortal()  # before any Qt call: PySide6 6.12 leaks references to None (see the module)
