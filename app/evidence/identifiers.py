"""Identifiers that link cases: phone numbers, messaging handles and links, e-mails, web domains, crypto
wallets and bank accounts, found in chats, text read from images and the case record, each with its source.

One spelling per identifier (``normalised``), so the recruiter's number links every case that names it:
- phones with Google's libphonenumber (``phonenumbers``), the case's country as the default region, so
  ``012 345 678`` in a Cambodian case and ``+855 12 345 678`` are both ``tel:+85512345678``;
- Telegram (``@name``, ``t.me/name``), WhatsApp (``wa.me/855...``: a phone), Facebook, LINE: ``telegram:name``...;
- e-mails lower-cased; URLs by their registrable domain from the public suffix list (``publicsuffixlist``,
  which ships the list: nothing is fetched), so ``https://www.jobs.example.co.th/apply`` is ``domain:example.co.th``;
- wallets: Bitcoin and TRON base58 addresses only when their Base58Check checksum holds, Bitcoin bech32
  with its checksum (BIP-173/350), Ethereum 0x addresses when their EIP-55 mixed-case checksum holds (an
  all-lower or all-upper address has none), lower-cased;
- bank accounts only where the case record names one (free text has too many numbers that are not).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

import phonenumbers

PHONE_KINDS = {"phone", "whatsapp", "viber", "line_phone"}
_HANDLE = re.compile(r"(?<![\w@.])@([A-Za-z][A-Za-z0-9_]{4,31})\b")
_LINK = re.compile(
    r"\b(?:https?://)?(?:www\.)?(t\.me|telegram\.me|wa\.me|facebook\.com|fb\.com|m\.facebook\.com|line\.me/ti/p|"
    r"line\.me/R/ti/p)/([~@A-Za-z0-9_.+\-]{2,64})",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"\b[A-Za-z0-9._%+\-]{1,64}@[A-Za-z0-9.\-]{1,253}\.[A-Za-z]{2,24}\b")
_URL = re.compile(
    r"\b(?:https?://)?((?:[A-Za-z0-9\-]{1,63}\.)+[A-Za-z]{2,24})(?::\d+)?(?:/[^\s<>\"']*)?", re.IGNORECASE
)
_LINE_ID = re.compile(r"\bLINE(?:\s*ID)?\s*[:：]\s*@?([A-Za-z0-9._\-]{3,30})", re.IGNORECASE)
_BASE58 = re.compile(r"\b([13][1-9A-HJ-NP-Za-km-z]{25,34}|T[1-9A-HJ-NP-Za-km-z]{33})\b")
_BECH32 = re.compile(r"\b(bc1[ac-hj-np-z02-9]{11,71})\b", re.IGNORECASE)
_ETH = re.compile(r"\b(0x[0-9a-fA-F]{40})\b")
_FILE_NAME = re.compile(r"\b[\w\-]+\.(?:jpe?g|png|pdf|mp4|opus|webp|txt|docx?|zip|json)\b", re.IGNORECASE)
_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_LINK_KIND = {"t.me": "telegram", "telegram.me": "telegram", "wa.me": "whatsapp"}


@dataclass(frozen=True)
class Found:
    kind: str
    value: str  # as written
    normalised: str


def phone(value: str, region: str = "", *, international: bool = False) -> str:
    """``tel:+85512345678``, or "" when it is not a possible phone number. ``international``: the number is
    known to carry its country code even without '+' (a WhatsApp id, as in ``wa.me/85512345678``)."""
    value = _ascii_digits(value).strip()
    digits = re.sub(r"\D", "", value)
    if len(digits) < 6 or len(digits) > 15:
        return ""
    spellings = [value]
    if value.startswith("00"):  # 00 is the international prefix nearly everywhere (00855... in Cambodia too)
        spellings.append("+" + value[2:])
    if international and not value.startswith("+"):
        spellings.append("+" + digits)
    numbers = []
    for spelling in spellings:
        try:
            numbers.append(phonenumbers.parse(spelling, region.upper() or None))
        except phonenumbers.NumberParseException:
            continue
    if not numbers:
        # an unknown country code is kept as written; no country code starts with 0 (+000 000005 is no number)
        return f"tel:+{digits}" if value.startswith("+") and not digits.startswith("0") else ""
    # A valid reading first: in Cambodia 008 is also an international prefix, so 00855 12 345 678 reads
    # as Brazil's +55 12345678 (merely possible) or as +855 12 345 678 (valid).
    best = next((n for n in numbers if phonenumbers.is_valid_number(n)), None)
    best = best or next((n for n in numbers if phonenumbers.is_possible_number(n)), None)
    if best is None:
        return ""
    return "tel:" + phonenumbers.format_number(best, phonenumbers.PhoneNumberFormat.E164)


@cache
def _suffixes() -> Any:
    from publicsuffixlist import PublicSuffixList

    return PublicSuffixList()


def domain(host: str) -> str:
    host = host.lower().strip(".")
    registrable = _suffixes().privatesuffix(host)
    return f"domain:{registrable}" if registrable else ""


def normalise(kind: str, value: str, region: str = "") -> str:
    """The one spelling of an identifier of ``kind`` (the case record's kinds), "" when there is none.

    The only normaliser: the identifier index, the Recruiters view and the case page's links all use it.
    Idempotent: the part after the first ``:`` normalises to the same key again (tests/unit/test_properties.py).
    """
    text = _ascii_digits(value.strip())
    if not text:
        return ""
    if kind in PHONE_KINDS or (kind in {"whatsapp", "line", "viber"} and re.fullmatch(r"[+\d\s().\-]{6,}", text)):
        found = phone(text, region, international=kind == "whatsapp")
        if found or kind in PHONE_KINDS:
            return found
    lowered = text.lower()
    if kind in {"telegram", "facebook", "line", "wechat"}:
        handle = _bare_handle(lowered)
        return f"{kind}:{handle}" if handle else ""
    if kind == "email":
        return f"email:{lowered}"
    if kind == "website":
        host = re.sub(r"^(https?://)?", "", lowered).split("/")[0].split(":")[0]
        return domain(host)
    if kind == "crypto_wallet":
        return wallet(text) or "wallet:" + re.sub(r"\s", "", text)
    if kind == "bank_account":
        return "bank:" + re.sub(r"[\s\-.]", "", lowered)
    return f"{kind}:" + re.sub(r"\s+", " ", lowered)


_HANDLE_PREFIX = re.compile(
    r"^(https?://)?(www\.|m\.)?(t\.me/|telegram\.me/|facebook\.com/|fb\.com/|line\.me/ti/p/|line\.me/r/ti/p/)?[@~]?"
)


def _bare_handle(text: str) -> str:
    """A handle without its site, '@' and slashes, however many were stacked ('@@name', 't.me/@name/')."""
    while True:
        bare = _HANDLE_PREFIX.sub("", text).strip("/").strip()
        if bare == text:
            return text
        text = bare


def _ascii_digits(text: str) -> str:
    """Khmer, Thai, Myanmar, Lao... digits as ASCII, so a number typed on a Khmer keyboard meets its twin."""
    if text.isascii():
        return text
    return "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in text)


def _base58check(address: str) -> bool:
    number = 0
    for char in address:
        number = number * 58 + _B58.index(char)
    raw = number.to_bytes((number.bit_length() + 7) // 8, "big")
    raw = b"\0" * (len(address) - len(address.lstrip("1"))) + raw
    if len(raw) < 5:
        return False
    body, check = raw[:-4], raw[-4:]
    return hashlib.sha256(hashlib.sha256(body).digest()).digest()[:4] == check


def _bech32_ok(address: str) -> bool:
    charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    text = address.lower()
    hrp, _, data = text.rpartition("1")
    if not hrp or len(data) < 6 or any(c not in charset for c in data):
        return False
    values = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp] + [charset.index(c) for c in data]
    generator = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    check = 1
    for value in values:
        top = check >> 25
        check = (check & 0x1FFFFFF) << 5 ^ value
        for i in range(5):
            check ^= generator[i] if (top >> i) & 1 else 0
    return check in (1, 0x2BC830A3)  # bech32, bech32m


def _eip55_ok(address: str) -> bool:
    """EIP-55: a mixed-case Ethereum address spells its Keccak-256 checksum in its letters' case; an all-lower
    or all-upper one carries no checksum (and is taken as written). Keccak-256 (not NIST SHA3-256, whose
    padding differs) from pycryptodome."""
    body = address[2:]
    if body.islower() or body.isupper() or body.isdigit():
        return True
    from Crypto.Hash import keccak

    digest = keccak.new(digest_bits=256, data=body.lower().encode("ascii")).hexdigest()
    return all(
        char.isdigit() or (char.isupper() == (int(nibble, 16) >= 8))
        for char, nibble in zip(body, digest[:40], strict=True)
    )


def wallet(text: str) -> str:
    """``wallet:btc:...``, ``wallet:trx:...`` or ``wallet:eth:...`` when ``text`` is one (checksums verified)."""
    text = text.strip()
    if _ETH.fullmatch(text):
        return f"wallet:eth:{text.lower()}" if _eip55_ok(text) else ""
    if _BECH32.fullmatch(text) and _bech32_ok(text):
        return f"wallet:btc:{text.lower()}"
    if _BASE58.fullmatch(text) and _base58check(text):
        return f"wallet:{'trx' if text.startswith('T') else 'btc'}:{text}"
    return ""


def extract(text: str, region: str = "") -> list[Found]:
    """Every identifier written in ``text`` (a message, text read from an image, a field of the case)."""
    found: dict[str, Found] = {}

    def add(kind: str, value: str, normalised: str) -> None:
        if normalised and normalised not in found:
            found[normalised] = Found(kind, value, normalised)

    link_spans = []
    for match in _LINK.finditer(text):
        link_spans.append(match.span())
        site, name = match.group(1).lower(), match.group(2)
        kind = _LINK_KIND.get(site, "line" if site.startswith("line") else "facebook")
        if kind == "whatsapp":
            add("whatsapp", match.group(0), phone("+" + name.lstrip("+"), region))
        else:
            add(kind, match.group(0), normalise(kind, name))
    for match in _EMAIL.finditer(text):
        link_spans.append(match.span())
        add("email", match.group(0), normalise("email", match.group(0)))
    for match in _HANDLE.finditer(text):
        add("telegram", match.group(0), normalise("telegram", match.group(1)))
    for match in _LINE_ID.finditer(text):
        add("line", match.group(0), normalise("line", match.group(1)))
    for pattern in (_ETH, _BECH32, _BASE58):
        for match in pattern.finditer(text):
            link_spans.append(match.span())
            add("crypto_wallet", match.group(1), wallet(match.group(1)))
    for match in _URL.finditer(text):
        if any(start <= match.start() < end for start, end in link_spans):
            continue
        link_spans.append(match.span())
        host = match.group(1)
        if not match.group(0).lower().startswith(("http", "www.")) and not _looks_like_site(host):
            continue
        add("website", match.group(0), domain(host))
    masked = list(text)
    for start, end in link_spans:  # digits inside links, addresses and file names are not phone numbers
        masked[start:end] = " " * (end - start)
    _phones(_FILE_NAME.sub(lambda m: " " * len(m.group(0)), "".join(masked)), region, add)
    return list(found.values())


def _looks_like_site(host: str) -> bool:
    """A bare ``name.tld`` counts as a site only when its suffix is a known one (not ``file.jpg``)."""
    tld = host.rsplit(".", 1)[-1].lower()
    return tld not in {"jpg", "jpeg", "png", "pdf", "txt", "mp4", "opus", "webp", "docx", "zip", "json"} and bool(
        _suffixes().publicsuffix(host.lower())
    )


def _phones(text: str, region: str, add: Callable[[str, str, str], None]) -> None:
    try:
        matcher = phonenumbers.PhoneNumberMatcher(text, region.upper() or None, leniency=phonenumbers.Leniency.VALID)
        for match in matcher:
            add("phone", match.raw_string, "tel:" + phonenumbers.format_number(match.number, 0))
    except Exception:  # noqa: BLE001 - an odd text never stops the rest of the index
        return


def case_region(document: dict[str, Any]) -> str:
    """The case's country, the default region for phone numbers written without +country code."""
    for value in (
        document.get("jurisdiction"),
        (document.get("recruitment") or {}).get("country"),
        *((document.get("client") or {}).get("nationalities") or []),
    ):
        if isinstance(value, str) and len(value) == 2:
            return value.upper()
    return ""


def from_case(document: dict[str, Any], region: str) -> list[tuple[str, Found]]:
    """(field path, identifier) from the case record: people's identifiers, the client's contacts, and
    identifiers written in facts and descriptions."""
    found: list[tuple[str, Found]] = []
    for person in document.get("people") or []:
        for ident in person.get("identifiers") or []:
            normalised = normalise(str(ident.get("kind", "")), str(ident.get("value", "")), region)
            if normalised:
                found.append((f"people/{person.get('name') or '?'}", Found(ident["kind"], ident["value"], normalised)))
    for contact in (document.get("client") or {}).get("contacts") or []:
        kind = str(contact.get("kind", ""))
        if kind != "address":
            normalised = normalise(kind, str(contact.get("value", "")), region)
            if normalised:
                found.append(("client/contacts", Found(kind, str(contact.get("value", "")), normalised)))
    for fact in document.get("facts") or []:
        for item in extract(str(fact.get("statement", "")), region):
            found.append(("facts", item))
    description = str((document.get("recruitment") or {}).get("job_description", ""))
    found += [("recruitment/job_description", item) for item in extract(description, region)]
    return found


def from_texts(texts: Iterable[tuple[int | None, str]], region: str) -> list[tuple[int | None, Found]]:
    return [(seq, item) for seq, text in texts for item in extract(text, region)]
