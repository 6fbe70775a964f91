"""The passphrase strength shown while typing: zxcvbn's score (storage/strength.py) in five words.

The same estimator is the gate: storage/vault.check_passphrase refuses anything below "Good"
(storage.strength.MIN_SCORE), so the hint and the refusal never disagree.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import IntEnum

from storage.strength import MIN_SCORE, assess
from storage.vault import MIN_PASSPHRASE


class Strength(IntEnum):
    TOO_SHORT = 0
    WEAK = 1
    FAIR = 2
    GOOD = 3
    STRONG = 4


assert Strength.GOOD == MIN_SCORE  # "Good" is the least a passphrase may be


def strength(passphrase: str, context: Iterable[str] = ()) -> Strength:
    if len(passphrase) < MIN_PASSPHRASE:
        return Strength.TOO_SHORT
    score = assess(passphrase, context).score
    return Strength(max(score, Strength.WEAK))


def weakness(passphrase: str, context: Iterable[str] = ()) -> str | None:
    """Why ``passphrase`` would be refused as too easy to guess (a message template), or None."""
    return assess(passphrase, context).reason
