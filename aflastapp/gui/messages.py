"""Core's message catalogue (``core.messages``) in the app's language: a message is rendered from
its code and parameters (never by translating the Danish sentence back)."""

from __future__ import annotations

from typing import Any

from aflastapp.core import messages


def message(code: str, params: Any, fallback: str) -> str:
    """The message ``code`` with ``params`` in the app's language; ``fallback`` (the Danish text
    core gave) for a message without a code."""
    from aflastapp.gui import fmt

    if code not in messages.CATALOGUE:
        return fallback
    return messages.text(code, tuple(params), fmt.current_language())


def deadline_title(d: Any) -> str:
    """A deadline's title in the app's language."""
    return message(getattr(d, "code", ""), getattr(d, "params", ()), d.title)


def warning_text(w: Any) -> str:
    """An engine warning (``RuleWarning``) in the app's language."""
    code = f"warning.{getattr(w.code, 'value', w.code)}"
    params = getattr(w, "params", ())
    return message(code, params, w.message) if params else w.message
