"""How hard a passphrase is to guess, by zxcvbn (Dropbox's estimator, kept by its maintainers: dictionaries of
common passwords, words, names, keyboard patterns, dates and sequences), and the one minimum Saksi enforces.

A new vault's, a new user's and every changed or reset passphrase must reach ``MIN_SCORE`` (3 of 0-4: "safely
unguessable" for an attacker who can try guesses offline at a moderate rate). Below it, the refusal says why in
Saksi's own words (templates, so they are translated like every other message), not zxcvbn's English feedback.
Words an attacker in the region would try first (place names, the app's own name, the user's and the vault's
name) count as dictionary words: "cambodia2026" is refused like "password12".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from zxcvbn import zxcvbn

from storage.errors import InputRejected, template

MIN_SCORE = 3
# zxcvbn's cost grows with length; past this many characters a passphrase is judged by its start, which is plenty
# (a weak start followed by 60 more characters is not weak).
LONGEST_CHECKED = 72
# Guessed first by anyone attacking a vault from a legal-aid office in the region (zxcvbn's word lists are English).
LOCAL_WORDS = (
    "saksi", "cambodia", "kampuchea", "khmer", "phnom", "penh", "phnompenh", "poipet", "bavet", "siemreap",
    "sihanoukville", "kampot", "battambang", "angkor", "mekong", "tonle", "thailand", "bangkok", "myanmar", "burma",
    "laos", "vietnam", "malaysia", "indonesia", "philippines", "asean", "lawyer", "legalaid", "paralegal", "office",
    "vault", "secret", "victim", "trafficking",
)  # fmt: skip

TOO_COMMON = template(
    "This passphrase is too easy to guess: it is one of the most common passwords. Use four or more unrelated words."
)
WORD_AND_DIGITS = template(
    "This passphrase is too easy to guess: a common word or name with digits or small changes is tried early. "
    "Use four or more unrelated words."
)
REPEATS = template(
    "This passphrase is too easy to guess: it repeats characters or words. Use four or more unrelated words."
)
SEQUENCE = template(
    "This passphrase is too easy to guess: it is a sequence like abcd or 1234. Use four or more unrelated words."
)
KEYBOARD = template(
    "This passphrase is too easy to guess: it is a keyboard pattern like qwerty. Use four or more unrelated words."
)
DATE = template(
    "This passphrase is too easy to guess: dates and years are tried early. Use four or more unrelated words."
)
PREDICTABLE = template("This passphrase is too easy to guess. Use four or more unrelated words.")


@dataclass(frozen=True)
class Assessment:
    score: int  # zxcvbn's 0 (trivial) to 4 (very hard to guess)
    reason: str | None  # why it is refused (a message template), or None when it is strong enough


def assess(passphrase: str, context: Iterable[str] = ()) -> Assessment:
    """``context``: names an attacker would try with it (the user's, the vault's)."""
    words = [*LOCAL_WORDS, *(w.lower() for w in context if w)]
    result = zxcvbn(passphrase[:LONGEST_CHECKED], user_inputs=words)
    score = int(result["score"])
    return Assessment(score, None if score >= MIN_SCORE else _reason([dict(m) for m in result["sequence"]]))


def check_strength(passphrase: str, context: Iterable[str] = ()) -> None:
    """Refuse (``InputRejected``, CLI exit 6) a passphrase below ``MIN_SCORE``, saying why."""
    reason = assess(passphrase, context).reason
    if reason is not None:
        raise InputRejected(reason)


def _reason(sequence: list[dict[str, Any]]) -> str:
    """The weakest part of what zxcvbn matched, in Saksi's words."""
    patterns = [m.get("pattern") for m in sequence]
    dictionary = [m for m in sequence if m.get("pattern") == "dictionary"]
    if len(sequence) == 1 and dictionary and dictionary[0].get("dictionary_name") == "passwords":
        return TOO_COMMON
    for pattern, reason in (("repeat", REPEATS), ("spatial", KEYBOARD), ("sequence", SEQUENCE)):
        if pattern in patterns:
            return reason
    if dictionary and (len(sequence) > 1 or dictionary[0].get("l33t") or dictionary[0].get("reversed")):
        return WORD_AND_DIGITS
    if "date" in patterns or "regex" in patterns:  # zxcvbn's only regex is "recent year"
        return DATE
    return TOO_COMMON if dictionary else PREDICTABLE
