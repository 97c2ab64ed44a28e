"""Work around PySide6 6.12's leak of references to ``None`` on Python 3.11.

In PySide6 6.12.0 every call of a Qt method that returns ``void`` (``QPainter.setPen``,
``QObject.setObjectName`` …) takes one reference from ``None`` without giving it back. On
CPython ≤ 3.11 ``None`` has an ordinary reference count (tens of thousands in this app); when it
reaches zero the interpreter aborts with "none_dealloc: deallocating None". The calendar makes
~385 such calls per paint, so a family paging through a few dozen months lost the app and any
unsaved input. From Python 3.12 ``None`` is immortal (PEP 683) and the leak is harmless.

``make_none_immortal`` does what 3.12 does: it raises ``None``'s reference count so far that no
run of the app can bring it to zero. ``None`` is never deallocated anyway, so nothing else
changes. Remove this once the PySide6 the project depends on no longer leaks (the test
``tests/gui/test_none_refcount.py`` shows the leak and that the app survives it).
"""

from __future__ import annotations

import ctypes
import sys

HEADROOM = 1 << 40  # ~10^12 leaked references: far beyond any session


def make_none_immortal() -> None:
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return
    refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is the first field of PyObject
    if refcount.value < HEADROOM:
        refcount.value += HEADROOM
