"""Keyboard shortcuts named in shown text, the way the platform writes them (Ctrl vs ⌘).

The app defines its shortcuts as ``Ctrl+…`` (``QKeySequence("Ctrl+S")``, standard keys). Qt maps
Ctrl to the Command key on macOS, so the shortcuts themselves are right everywhere, and menus
show them natively. Text that NAMES a shortcut (tooltips "Nyt ophold (Ctrl+N)", "I kan fortryde
med Ctrl+Z.") is a plain string, though: on macOS ``ShortcutTextTranslator`` rewrites it to ⌘N,
⌘Z, ⇧⌘Z, as Qt's native text does. Never use ``Meta+`` (that is the Control key on a Mac).
"""

from __future__ import annotations

import re
import sys

from PySide6.QtCore import QObject, QTranslator

# Qt's (and Apple's) order and symbols: ⌃ Control, ⌥ Option, ⇧ Shift, ⌘ Command.
_MAC_ORDER = (("Meta", "⌃"), ("Alt", "⌥"), ("Shift", "⇧"), ("Ctrl", "⌘"))
_SHORTCUT = re.compile(r"\b(?:(?:Ctrl|Shift|Alt|Meta)\+)+(?:F\d{1,2}|[A-Z0-9])\b")


def native_text(text: str, platform: str = sys.platform) -> str:
    """``text`` with every ``Ctrl+…`` shortcut written as ``platform`` shows it (⌘… on macOS)."""
    if platform != "darwin" or "+" not in text:
        return text

    def mac(m: re.Match[str]) -> str:
        *mods, key = m.group(0).split("+")
        return "".join(sym for name, sym in _MAC_ORDER if name in mods) + key

    return _SHORTCUT.sub(mac, text)


class ShortcutTextTranslator(QTranslator):
    """Installed last on macOS: shown text that names a shortcut gets the platform's notation.

    ``inner`` are the app's other translators (English); their translation is rewritten, or the
    Danish source when they have none. Text without a shortcut is left to the normal chain.
    """

    def __init__(self, inner: list[QTranslator], parent: QObject | None = None,
                 platform: str = sys.platform) -> None:
        super().__init__(parent)
        self.inner = list(inner)
        self.platform = platform

    def isEmpty(self) -> bool:
        return False

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        # None is Qt's null string: "no translation here, ask the next translator" ("" would be shown)
        if "+" not in source:
            return None
        text: str | None = ""
        for t in self.inner:
            text = t.translate(context, source, disambiguation, n)
            if text:
                break
        text = text or source
        native = native_text(text, self.platform)
        return native if native != text else None
