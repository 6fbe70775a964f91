"""A passphrase strength hint (a hint, not a gate: the only hard rule is the minimum length)."""

from __future__ import annotations

import math
from enum import IntEnum

from storage.vault import MIN_PASSPHRASE


class Strength(IntEnum):
    TOO_SHORT = 0
    WEAK = 1
    FAIR = 2
    GOOD = 3
    STRONG = 4


COMMON = {"password", "passphrase", "123456", "qwerty", "saksi", "letmein", "admin", "welcome", "cambodia"}


def estimate_bits(passphrase: str) -> float:
    """Rough entropy: character pool size per character, discounted for repeats and common words."""
    pool = 0
    if any(c.islower() for c in passphrase):
        pool += 26
    if any(c.isupper() for c in passphrase):
        pool += 26
    if any(c.isdigit() for c in passphrase):
        pool += 10
    if any(not c.isalnum() and c.isascii() for c in passphrase):
        pool += 33
    if any(not c.isascii() for c in passphrase):
        pool += 100  # Khmer, Thai... letters
    distinct = len(set(passphrase))
    bits = min(len(passphrase), distinct * 2) * math.log2(max(pool, 2))
    lowered = passphrase.lower()
    if any(word in lowered for word in COMMON):
        bits -= 20
    return max(bits, 0.0)


def strength(passphrase: str) -> Strength:
    if len(passphrase) < MIN_PASSPHRASE:
        return Strength.TOO_SHORT
    bits = estimate_bits(passphrase)
    if bits < 45:
        return Strength.WEAK
    if bits < 60:
        return Strength.FAIR
    if bits < 80:
        return Strength.GOOD
    return Strength.STRONG
