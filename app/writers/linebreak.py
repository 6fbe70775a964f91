"""Where a line may end in Khmer, Thai, Lao and Myanmar text, which have no spaces between words.

ICU's line breaker (icu4py, with ICU's dictionaries for these scripts) finds the word boundaries; Saksi never
breaks inside a word or a cluster. Only boundaries next to a character of one of these scripts are used, so
Latin text keeps ReportLab's own breaking at spaces.
"""

from __future__ import annotations

from functools import lru_cache

from icu4py.breakers import LineBreaker

from app.writers.fonts import COMPLEX_SCRIPTS, SCRIPT_LANGUAGES, script_of


def _complex(char: str) -> bool:
    return ord(char) >= 0x0E00 and script_of(char) in COMPLEX_SCRIPTS


@lru_cache(maxsize=4096)
def break_points(text: str) -> tuple[int, ...]:
    """Offsets inside ``text`` (0 < i < len) where a line may end, between two complex-script words."""
    first = next((c for c in text if _complex(c)), None)
    if first is None:
        return ()
    locale = SCRIPT_LANGUAGES.get(script_of(first), "km")
    ends = [end for _start, end in LineBreaker(text, locale).segments()]
    return tuple(
        i
        for i in ends[:-1]
        if 0 < i < len(text) and (_complex(text[i - 1]) or _complex(text[i])) and not text[i - 1].isspace()
    )
