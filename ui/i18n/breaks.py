"""Where a line may break inside a translation, marked for Qt with ZERO WIDTH SPACE (U+200B).

Khmer writes the words of a phrase without spaces, and Qt's own line breaker has no dictionary
for it: a wrapped label would run past its edge instead of wrapping. ICU's line breaker (icu4py,
which ships its own ICU) finds the word boundaries when the .qm is compiled; the .ts stays as
the translator wrote it. Only boundaries between two Khmer characters get a mark, so
placeholders, tags and Latin text are never touched.
"""

from __future__ import annotations

import re

ZWSP = "\u200b"
FILE_NAME = re.compile(r"\.[A-Za-z]{3,4}\)?$")  # "… {vault}.pdf", "(*.json)": no invisible characters in names


def _khmer(char: str) -> bool:
    return "\u1780" <= char <= "\u17ff" or "\u19e0" <= char <= "\u19ff"


def with_breaks(text: str, language: str) -> str:
    """``text`` with a ZERO WIDTH SPACE at every line-break opportunity ICU finds between Khmer words."""
    if not any(_khmer(c) for c in text) or FILE_NAME.search(text):
        return text
    from icu4py.breakers import LineBreaker  # a build-time tool: the app itself never needs ICU

    pieces: list[str] = []
    for segment in LineBreaker(text.replace(ZWSP, ""), language):
        if pieces and _khmer(pieces[-1][-1]) and _khmer(segment[0]):
            pieces.append(ZWSP)
        pieces.append(segment)
    return "".join(pieces)
