"""Whether each jurisdiction is a party to the treaties the filings cite, and the sentence a draft prints.

The table is legal_templates/party-status.toml (a lawyer's own folder may hold a file of the same name
whose rows replace the shipped ones). Every row comes from ../shared/legal-sources.md; a status the file
does not confirm is "unverified", and the sentence for it is a marked gap for the lawyer to fill, never a
guess. A treaty binds only its parties (P29 art. 8(2)), so a draft that cites one must say where the State
stands: "Lao PDR has not ratified ILO P29; the Protocol states a standard that ...".

The file is checked by legal_templates.toml_models.PartyStatusFile, like every legal data file.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Literal

from legal_templates.loader import LegalDataError, Origin, Status
from legal_templates.toml_models import NamesModel, PartyStatusFile, load

SHIPPED_FILE = Path(__file__).resolve().parent / "party-status.toml"
FILE_NAME = SHIPPED_FILE.name
INSTRUMENTS = ("palermo", "actip", "ilo-c29", "ilo-p29")
LANGUAGES = ("en", "km", "th")

PartyWord = Literal["ratified", "acceded", "signed", "not-party", "unverified"]
DateText = Callable[[str, str], str]  # (ISO date, language) -> words
Gap = Callable[[str], str]  # what is missing -> the gap token the draft shows


@dataclass(frozen=True)
class PartyStatus:
    """One State's standing under one instrument, with where legal-sources.md found it."""

    jurisdiction: str
    instrument: str
    status: PartyWord
    source: str
    verification: Status
    date: str = ""
    date_kind: str = ""
    note: str = ""  # research note: never printed in a filing

    @property
    def bound(self) -> bool:
        """The State is confirmed bound (ratified or acceded), so the text can be argued as an obligation."""
        return self.status in ("ratified", "acceded") and self.verification != "unverified"

    @property
    def not_bound(self) -> bool:
        """The State is confirmed not bound (not a party, or only a signatory)."""
        return self.status in ("not-party", "signed") and self.verification != "unverified"

    @property
    def unverified(self) -> bool:
        return not (self.bound or self.not_bound)


@dataclass(frozen=True)
class PartyTable:
    rows: Mapping[tuple[str, str], PartyStatus]
    instrument_names: Mapping[str, Mapping[str, str]]  # instrument -> language -> name
    instrument_nouns: Mapping[str, Mapping[str, str]]
    state_names: Mapping[str, Mapping[str, str]]  # code -> language -> name

    def get(self, jurisdiction: str, instrument: str) -> PartyStatus:
        code = jurisdiction.upper()
        _check_instrument(instrument)
        found = self.rows.get((code, instrument))
        if found is None:
            return PartyStatus(code, instrument, "unverified", "Not recorded in Saksi's sources", "unverified")
        return found

    def state_name(self, code: str, language: str) -> str:
        names = self.state_names.get(code.upper(), {})
        return names.get(language) or names.get("en") or code.upper()

    def instrument_name(self, instrument: str, language: str) -> str:
        names = self.instrument_names[instrument]
        return names.get(language) or names["en"]

    def instrument_noun(self, instrument: str, language: str) -> str:
        nouns = self.instrument_nouns[instrument]
        return nouns.get(language) or nouns["en"]


def _check_instrument(instrument: str) -> None:
    if instrument not in INSTRUMENTS:
        raise KeyError(f"unknown instrument {instrument!r} (expected one of {', '.join(INSTRUMENTS)})")


# --------------------------------------------------------------------------- reading the file
def _parse(model: PartyStatusFile, file: str) -> PartyTable:
    """The validated file (legal_templates.toml_models) as the table; a pair listed twice is refused."""
    rows: dict[tuple[str, str], PartyStatus] = {}
    for index, raw in enumerate(model.party):
        row = PartyStatus(**raw.model_dump(exclude={"jurisdiction"}), jurisdiction=raw.jurisdiction.upper())
        key = (row.jurisdiction, row.instrument)
        if key in rows:
            raise LegalDataError(
                "{jurisdiction} x {instrument} is listed twice",
                file=file,
                key=f"party[{index}]",
                jurisdiction=row.jurisdiction,
                instrument=row.instrument,
            )
        rows[key] = row
    names: dict[str, dict[str, str]] = {name: _languages(raw) for name, raw in model.instruments.items()}
    nouns: dict[str, dict[str, str]] = {name: _languages(raw.noun) for name, raw in model.instruments.items()}
    states = {code.upper(): _languages(raw) for code, raw in model.names.items()}
    return PartyTable(rows, names, nouns, states)


def _languages(names: NamesModel) -> dict[str, str]:
    return {language: text for language in LANGUAGES if (text := getattr(names, language))}


def _read(path: Path, file: str) -> PartyTable:
    return _parse(load(PartyStatusFile, path, Origin(file)), file)


@lru_cache(maxsize=1)
def _shipped() -> PartyTable:
    table = _read(SHIPPED_FILE, FILE_NAME)
    for instrument in INSTRUMENTS:
        if instrument not in table.instrument_names:
            raise LegalDataError("needs at least an English name", file=FILE_NAME, key=f"instruments.{instrument}")
    return table


def load_party_table(user_dir: Path | None = None) -> PartyTable:
    """The shipped table, with the rows and names of ``user_dir/party-status.toml`` on top when it exists."""
    shipped = _shipped()
    user_file = user_dir / FILE_NAME if user_dir is not None else None
    if user_file is None or not user_file.is_file():
        return shipped
    user = _read(user_file, str(user_file))
    return PartyTable(
        rows={**shipped.rows, **user.rows},
        instrument_names={**shipped.instrument_names, **user.instrument_names},
        instrument_nouns={**shipped.instrument_nouns, **user.instrument_nouns},
        state_names={**shipped.state_names, **user.state_names},
    )


def party_status(jurisdiction: str, instrument: str, user_dir: Path | None = None) -> PartyStatus:
    """``party_status("LA", "ilo-p29").status == "not-party"``; a pair the table lacks is "unverified"."""
    return load_party_table(user_dir).get(jurisdiction, instrument)


# --------------------------------------------------------------------------- the sentence
def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _iso(value: str, language: str) -> str:
    return value


def party_sentence(
    table: PartyTable,
    jurisdiction: str,
    instrument: str,
    language: str = "en",
    *,
    gap: Gap,
    date_text: DateText = _iso,
) -> str:
    """One sentence saying where the State stands; an unconfirmed status is a gap made by ``gap(what)``.

    No research note or source enters the sentence: only the status, the date and the names.
    """
    language = language if language in LANGUAGES else "en"
    status = table.get(jurisdiction, instrument) if jurisdiction else None
    state = table.state_name(jurisdiction, language) if jurisdiction else ""
    name = table.instrument_name(instrument, language)
    noun = table.instrument_noun(instrument, language)
    build = {"en": _english, "km": _khmer, "th": _thai}[language]
    state_en = table.state_name(jurisdiction, "en") if jurisdiction else "the State"
    return build(status, state, name, noun, gap, lambda value: date_text(value, language), state_en)


def _english(
    status: PartyStatus | None, state: str, name: str, noun: str, gap: Gap, when: Callable[[str], str], _state_en: str
) -> str:
    if status is None or status.unverified:
        who = state or "the State where the proceedings take place"
        return _capitalise(
            f"status of {who} as a party to {name}: "
            f"{gap(f'ratification or accession by {who}, and its date, from the depositary record')}."
        )
    if status.bound:
        verb = "acceded to" if status.status == "acceded" else "ratified"
        if status.date and status.date_kind == "deposit":
            noun_word = "accession" if status.status == "acceded" else "ratification"
            return _capitalise(
                f"{state} has {verb} {name}; its instrument of {noun_word} was deposited on {when(status.date)}."
            )
        if status.date:
            return _capitalise(f"{state} {verb} {name} on {when(status.date)}.")
        return _capitalise(f"{state} has {verb} {name}.")
    opening = (
        f"{state} signed {name} on {when(status.date)} but has not ratified it"
        if status.status == "signed" and status.date
        else f"{state} signed {name} but has not ratified it"
        if status.status == "signed"
        else f"{state} has not ratified {name}"
    )
    return _capitalise(
        f"{opening}; {noun} states a standard that does not bind {state} as a treaty obligation "
        "and is relied on here for its persuasive weight."
    )


def _khmer(
    status: PartyStatus | None, state: str, name: str, noun: str, gap: Gap, when: Callable[[str], str], state_en: str
) -> str:
    if status is None or status.unverified:
        who = state or "រដ្ឋដែលនីតិវិធីកំពុងប្រព្រឹត្តទៅ"
        what = f"សច្ចាប័ន ឬការចូលជាភាគីរបស់{who} និងកាលបរិច្ឆេទ (ratification or accession by {state_en}, and its date)"
        return f"ស្ថានភាពរដ្ឋភាគីរបស់{who}ចំពោះ{name}៖ {gap(what)}។"
    if status.bound:
        verb = "បានចូលជាភាគី" if status.status == "acceded" else "បានផ្តល់សច្ចាប័នលើ"
        if status.date and status.date_kind == "deposit":
            return f"{state}{verb}{name} ហើយបានដាក់លិខិតតម្កល់សច្ចាប័ននៅ{when(status.date)}។"
        if status.date:
            return f"{state}{verb}{name} នៅ{when(status.date)}។"
        return f"{state}{verb}{name}។"
    opening = (
        f"{state}បានចុះហត្ថលេខាលើ{name} ប៉ុន្តែមិនទាន់បានផ្តល់សច្ចាប័នទេ"
        if status.status == "signed"
        else f"{state}មិនទាន់បានផ្តល់សច្ចាប័នលើ{name}ទេ"
    )
    return (
        f"{opening}។ {noun}កំណត់ស្តង់ដារមួយដែលមិនមែនជាកាតព្វកិច្ចតាមសន្ធិសញ្ញាចំពោះ{state}ទេ "
        "ហើយត្រូវបានលើកឡើងនៅទីនេះដោយសារតម្លៃនៃការណែនាំរបស់វា។"
    )


def _thai(
    status: PartyStatus | None, state: str, name: str, noun: str, gap: Gap, when: Callable[[str], str], state_en: str
) -> str:
    if status is None or status.unverified:
        who = state or "รัฐที่มีการดำเนินคดี"
        what = f"การให้สัตยาบันหรือภาคยานุวัติของ{who} และวันที่ (ratification or accession by {state_en}, and its date)"
        return f"สถานะการเป็นภาคี{name} ของ{who}: {gap(what)}"
    if status.bound:
        verb = "ได้ภาคยานุวัติ" if status.status == "acceded" else "ได้ให้สัตยาบัน"
        if status.date and status.date_kind == "deposit":
            return f"{state}{verb}{name} และได้มอบสัตยาบันสารเมื่อวันที่ {when(status.date)}"
        if status.date:
            return f"{state}{verb}{name} เมื่อวันที่ {when(status.date)}"
        return f"{state}{verb}{name} แล้ว"
    opening = f"{state}ได้ลงนาม{name}แล้วแต่ยังมิได้ให้สัตยาบัน" if status.status == "signed" else f"{state}ยังมิได้ให้สัตยาบัน{name}"
    return f"{opening} {noun}วางมาตรฐานซึ่งไม่ผูกพัน{state}ในฐานะพันธกรณีตามสนธิสัญญา และอ้างถึงในที่นี้เพื่อน้ำหนักในการโน้มน้าว"


# --------------------------------------------------------------------------- for the drafting engine
# app/drafting/compose.py's context names the instruments palermo, actip, c29, p29 and the statuses party,
# not_party, unverified; these rows feed its English and Khmer party_line macros.
ENGINE_KEYS = {"palermo": "palermo", "actip": "actip", "c29": "ilo-c29", "p29": "ilo-p29"}


def printable_source(row: PartyStatus) -> str:
    """Where the status was read, as a filing may cite it: without Saksi's own bookkeeping, "" if unverified."""
    if row.unverified:
        return ""
    return row.source.split("; recorded in", 1)[0].strip()


def engine_rows(code: str, user_dir: Path | None = None) -> dict[str, dict[str, str]]:
    table = load_party_table(user_dir)
    rows = {}
    for key, instrument in ENGINE_KEYS.items():
        row = table.get(code, instrument)
        status = "party" if row.bound else "not_party" if row.not_bound else "unverified"
        rows[key] = {
            "status": status,
            "date": row.date if status != "unverified" else "",
            "source": printable_source(row),
        }
    return rows
