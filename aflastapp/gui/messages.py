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
    from aflastapp.gui import fmt

    return messages.deadline_title(d, fmt.current_language())


def deadline_detail(d: Any) -> str:
    """A deadline's detail in the app's language ("Fristen er overskredet." first when overdue), with
    handbook files named as the family knows them."""
    from aflastapp.gui import fmt

    text = messages.deadline_detail(d, fmt.current_language())
    return fmt.source(text) if text else ""


def warning_text(w: Any) -> str:
    """An engine warning (``RuleWarning``) in the app's language."""
    from aflastapp.gui import fmt

    return messages.warning_text(w, fmt.current_language())


def pay_explanation(check: Any) -> str:
    """A payment check's explanation (``PayCheck``) in the app's language."""
    from aflastapp.gui import fmt

    parts = getattr(check, "explanation_parts", ())
    return messages.sentences(tuple(parts), fmt.current_language()) if parts else str(check.explanation)
