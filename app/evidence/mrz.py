"""The machine-readable zone of passports (TD3: 2 lines of 44) and ID cards (TD1: 3 lines of 30), ICAO 9303.

Our own parser: the one MRZ package listed for this machine (mrz 0.6) has had no release since 2020. The
check digits (weights 7, 3, 1 over digits, A-Z = 10-35, ``<`` = 0) are verified for the document number,
birth date, expiry date and the composite; ``valid`` is true only when all of them hold. OCR confuses O/0,
I/1, B/8, S/5 and Z/2: in fields that are digits by definition those letters are read as the digits,
never elsewhere, and each correction is reported.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

_LINE = re.compile(r"^[A-Z0-9<]{28,46}$")
_TO_ALPHA = str.maketrans({"0": "O", "1": "I", "8": "B", "5": "S", "2": "Z", "6": "G"})
_TO_DIGIT = str.maketrans({"O": "0", "Q": "0", "D": "0", "I": "1", "L": "1", "B": "8", "S": "5", "Z": "2", "G": "6"})


@dataclass
class Mrz:
    kind: str  # TD3 (passport) or TD1 (ID card)
    document_type: str
    issuer: str
    surname: str
    given_names: str
    document_number: str
    nationality: str
    birth_date: str  # ISO, century guessed (see _date)
    expiry_date: str
    sex: str  # M, F or X
    checks: dict[str, bool] = field(default_factory=dict)
    corrections: list[str] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)

    @property
    def valid(self) -> bool:
        return bool(self.checks) and all(self.checks.values())

    def as_json(self) -> dict[str, Any]:
        return {**asdict(self), "valid": self.valid}


def check_digit(text: str) -> int:
    total = 0
    for position, char in enumerate(text):
        if char.isdigit():
            value = int(char)
        elif "A" <= char <= "Z":
            value = ord(char) - 55
        else:
            value = 0
        total += value * (7, 3, 1)[position % 3]
    return total % 10


def _clean(line: str) -> str:
    return re.sub(r"\s+", "", line.upper()).replace("«", "<").replace("‹", "<")


def find_lines(text: str) -> list[str]:
    """The MRZ lines in OCR text (they are the only lines of capitals, digits and many ``<``)."""
    lines = [_clean(line) for line in text.splitlines()]
    return [line for line in lines if _LINE.match(line) and (line.count("<") >= 2 or len(line) >= 30)]


def parse(text: str, today: date | None = None) -> Mrz | None:
    """The MRZ in ``text`` (OCR output or typed), or None when there is none."""
    lines = find_lines(text)
    for start in range(len(lines)):
        pair = lines[start : start + 2]
        if len(pair) == 2 and pair[0].startswith(("P", "V")) and len(pair[0]) >= 40:
            return _td3([p.ljust(44, "<")[:44] for p in pair], today or date.today())
        triple = lines[start : start + 3]
        if len(triple) == 3 and triple[0][:1] in "ACI" and all(26 <= len(t) <= 32 for t in triple):
            return _td1([t.ljust(30, "<")[:30] for t in triple], today or date.today())
    return None


def _digits(value: str, what: str, corrections: list[str]) -> str:
    fixed = value.translate(_TO_DIGIT)
    if fixed != value:
        corrections.append(f"{what}: {value} read as {fixed}")
    return fixed


def _letters(value: str, what: str, corrections: list[str]) -> str:
    fixed = value.translate(_TO_ALPHA)
    if fixed != value:
        corrections.append(f"{what}: {value} read as {fixed}")
    return fixed.strip("<")


def best(texts: list[str], today: date | None = None) -> Mrz | None:
    """Of several readings of the same zone, the one whose check digits hold best (all of them, ideally)."""
    found = [m for m in (parse(t, today) for t in texts if t) if m is not None]
    return max(found, key=lambda m: (m.valid, sum(m.checks.values()), -len(m.corrections)), default=None)


def _date(yymmdd: str, today: date, future: bool) -> str:
    """YYMMDD with its century: an expiry may be up to ~20 years ahead; a birth date is never ahead."""
    if not yymmdd.isdigit():
        return ""
    yy, mm, dd = int(yymmdd[:2]), int(yymmdd[2:4]), int(yymmdd[4:])
    century = 2000 if (future and yy <= (today.year % 100) + 20) or (not future and yy <= today.year % 100) else 1900
    try:
        return date(century + yy, mm, dd).isoformat()
    except ValueError:
        return ""


def _names(field_text: str) -> tuple[str, str]:
    surname, _, given = field_text.partition("<<")
    return surname.replace("<", " ").strip(), given.replace("<", " ").strip()


def _td3(lines: list[str], today: date) -> Mrz:
    one, two = lines
    corrections: list[str] = []
    surname, given = _names(one[5:44])
    number, number_check = two[0:9], _digits(two[9], "document number check digit", corrections)
    birth = _digits(two[13:19], "birth date", corrections)
    birth_check = _digits(two[19], "birth date check digit", corrections)
    expiry = _digits(two[21:27], "expiry date", corrections)
    expiry_check = _digits(two[27], "expiry date check digit", corrections)
    optional, optional_check = two[28:42], two[42]
    final = _digits(two[43], "composite check digit", corrections)
    composite = number + number_check + birth + birth_check + expiry + expiry_check + optional + optional_check
    checks = {
        "document_number": _ok(number, number_check),
        "birth_date": _ok(birth, birth_check),
        "expiry_date": _ok(expiry, expiry_check),
        "composite": _ok(composite, final),
    }
    checks["personal_number"] = _ok(optional, optional_check) if optional.strip("<") else optional_check in "<0"
    return Mrz(
        "TD3",
        one[0:2].strip("<"),
        _letters(one[2:5], "issuer", corrections),
        surname,
        given,
        number.strip("<"),
        _letters(two[10:13], "nationality", corrections),
        _date(birth, today, future=False),
        _date(expiry, today, future=True),
        two[20].replace("<", "X"),
        checks,
        corrections,
        lines,
    )


def _td1(lines: list[str], today: date) -> Mrz:
    one, two, three = lines
    corrections: list[str] = []
    number, number_check = one[5:14], _digits(one[14], "document number check digit", corrections)
    birth = _digits(two[0:6], "birth date", corrections)
    birth_check = _digits(two[6], "birth date check digit", corrections)
    expiry = _digits(two[8:14], "expiry date", corrections)
    expiry_check = _digits(two[14], "expiry date check digit", corrections)
    final = _digits(two[29], "composite check digit", corrections)
    composite = one[5:30] + birth + birth_check + expiry + expiry_check + two[18:29]
    surname, given = _names(three)
    return Mrz(
        "TD1",
        one[0:2].strip("<"),
        _letters(one[2:5], "issuer", corrections),
        surname,
        given,
        number.strip("<"),
        _letters(two[15:18], "nationality", corrections),
        _date(birth, today, future=False),
        _date(expiry, today, future=True),
        two[7].replace("<", "X"),
        {
            "document_number": _ok(number, number_check),
            "birth_date": _ok(birth, birth_check),
            "expiry_date": _ok(expiry, expiry_check),
            "composite": _ok(composite, final),
        },
        corrections,
        lines,
    )


def _ok(value: str, digit: str) -> bool:
    return digit.isdigit() and check_digit(value) == int(digit)
