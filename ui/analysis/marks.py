"""Shared by the analysis and drafting screens: state chips, citation statuses, and plain text
turned into escaped HTML with the unverified and missing markers highlighted in red.

User data and legal text are always escaped before any markup is added around them; nothing a
person typed is ever read as HTML.
"""

from __future__ import annotations

import html
import re
from typing import Any

from app.analysis.elements import ALLEGED, CORROBORATED, DISPUTED, NOT_ADDRESSED
from storage.phrases import MISSING_PREFIX, UNVERIFIED_MARKER
from ui import i18n
from ui.i18n import QT_TRANSLATE_NOOP
from ui.look import ERROR, MUTED

MISSING = re.compile(re.escape(MISSING_PREFIX) + r"[^\]]*\]")
RED_SPAN = f'<span style="color: {ERROR}; font-weight: 600;">{{}}</span>'


def tr(text: str) -> str:
    return i18n.lookup("Analysis", text)


# (background, text colour) for each state: the text always names the state too, never colour alone.
STATE_COLOURS = {
    NOT_ADDRESSED: ("#e3e6e8", "#3d4246"),
    ALLEGED: ("#fbe2a8", "#5c3d00"),
    CORROBORATED: ("#cde9d2", "#1b5426"),
    DISPUTED: ("#f6c9c6", "#7d1712"),
}
STATE_NAMES = {
    NOT_ADDRESSED: QT_TRANSLATE_NOOP("Analysis", "Not addressed"),
    ALLEGED: QT_TRANSLATE_NOOP("Analysis", "Alleged"),
    CORROBORATED: QT_TRANSLATE_NOOP("Analysis", "Corroborated"),
    DISPUTED: QT_TRANSLATE_NOOP("Analysis", "Disputed"),
}
STATUS_NAMES = {
    "confirmed-verbatim": QT_TRANSLATE_NOOP("Analysis", "confirmed, verbatim"),
    "confirmed-substance": QT_TRANSLATE_NOOP("Analysis", "confirmed in substance (summary, not the official wording)"),
    "unverified": QT_TRANSLATE_NOOP("Analysis", "unverified"),
}
STRENGTH_NAMES = {
    "strong": QT_TRANSLATE_NOOP("Analysis", "strong"),
    "medium": QT_TRANSLATE_NOOP("Analysis", "medium"),
    "weak": QT_TRANSLATE_NOOP("Analysis", "weak"),
}


def strength_name(strength: str) -> str:
    return tr(STRENGTH_NAMES.get(strength, strength))


def state_name(state: str) -> str:
    return tr(STATE_NAMES.get(state, state))


def status_name(status: str) -> str:
    return tr(STATUS_NAMES.get(status, status))


def citation_title(citation: Any) -> str:
    """'ASEAN Convention ... (ACTIP, 2015), Art. 14(7)'."""
    return f"{citation.instrument}, {citation.article}"


def citation_line(citation: Any) -> str:
    """The citation with its status in words; unverified ones carry the marker."""
    if citation.status == "unverified":
        note = tr("to be filled in") + " " if citation.placeholder else ""
        return f"{citation_title(citation)} - {note}{UNVERIFIED_MARKER}"
    return f"{citation_title(citation)} - {status_name(citation.status)}"


def citation_tooltip(citation: Any) -> str:
    parts = [citation_title(citation), "", citation.text]
    if citation.labelled_gloss:
        parts += ["", citation.labelled_gloss]
    parts += ["", tr("Source: {source}").format(source=citation.source)]
    parts.append(tr("Status: {status}").format(status=status_name(citation.status)))
    if citation.note:
        parts.append(citation.note)
    return "\n".join(parts)


def marked_html(text: str) -> str:
    """Escape ``text`` and show the unverified marker and [MISSING: ...] in red; newlines become breaks."""
    escaped = html.escape(text, quote=False)
    escaped = escaped.replace(html.escape(UNVERIFIED_MARKER, quote=False), RED_SPAN.format(UNVERIFIED_MARKER))
    escaped = MISSING.sub(lambda m: RED_SPAN.format(m.group(0)), escaped)
    return escaped.replace("\n", "<br>")


def muted_html(text: str) -> str:
    return f'<span style="color: {MUTED};">{html.escape(text, quote=False)}</span>'


def chip_html(state: str) -> str:
    background, colour = STATE_COLOURS.get(state, STATE_COLOURS[NOT_ADDRESSED])
    return (
        f'<span style="background: {background}; color: {colour}; font-weight: 600;">'
        f"&nbsp;{html.escape(state_name(state))}&nbsp;</span>"
    )
