"""The party-status table: every jurisdiction x instrument, only what legal-sources.md confirms, and the
sentence a draft prints (a gap where the status is not confirmed, never a research note)."""

from __future__ import annotations

import os
import re
from datetime import date
from pathlib import Path

import pytest

from app.cases.model import Case, Client, Name
from app.drafting import compose as drafting
from app.drafting.case_drafts import library
from legal_templates.loader import LegalDataError
from legal_templates.party_status import (
    INSTRUMENTS,
    load_party_table,
    party_sentence,
    party_status,
)

# Beside the clone (../shared/), or wherever SAKSI_LEGAL_SOURCES points (a git worktree sits elsewhere).
SOURCES = Path(
    os.environ.get("SAKSI_LEGAL_SOURCES") or Path(__file__).resolve().parents[2].parent / "shared" / "legal-sources.md"
)
JURISDICTIONS = sorted(
    p.stem for p in (Path(drafting.__file__).parents[2] / "legal_templates/jurisdictions").glob("*.toml")
)
ACTIP_CONFIRMED = {"KH", "SG", "TH", "VN", "MM", "PH", "ID", "MY"}  # legal-sources.md section 7.2


def gap(what: str) -> str:
    return f"[[missing:{what}]]"


def test_every_jurisdiction_has_a_row_for_every_instrument() -> None:
    table = load_party_table()
    assert len(JURISDICTIONS) == 10
    for code in JURISDICTIONS:
        for instrument in INSTRUMENTS:
            assert (code, instrument) in table.rows, (code, instrument)
            assert table.state_name(code, "en") != code
            for language in ("km", "th"):
                assert table.state_name(code, language) != table.state_name(code, "en"), (code, language)


def test_statuses_are_only_those_the_sources_confirm() -> None:
    table = load_party_table()
    confirmed = {key for key, row in table.rows.items() if row.verification != "unverified"}
    assert confirmed == {(code, "actip") for code in ACTIP_CONFIRMED} | {("LA", "ilo-p29")}
    assert all(table.rows[(code, "palermo")].unverified for code in JURISDICTIONS)
    assert all(table.rows[(code, "ilo-c29")].unverified for code in JURISDICTIONS)
    lao = party_status("la", "ilo-p29")
    assert lao.status == "not-party" and lao.not_bound and not lao.bound
    assert party_status("TH", "ilo-p29").unverified  # a journal abstract says "signed"; no ratification read
    assert party_status("BN", "actip").unverified and party_status("LA", "actip").unverified
    dated = {code: table.rows[(code, "actip")].date for code in ACTIP_CONFIRMED if table.rows[(code, "actip")].date}
    assert dated == {"VN": "2017-01-05", "MM": "2017-01-16", "PH": "2017-02-07"}
    for row in table.rows.values():
        assert "legal-sources.md" in row.source or row.unverified, row


def test_confirmed_rows_match_legal_sources() -> None:
    if not SOURCES.is_file():
        pytest.skip(f"{SOURCES} is absent: the verified legal sources sit beside the repository, in ../shared/")
    text = re.sub(r"\s+", " ", SOURCES.read_text(encoding="utf-8"))
    section7 = text[text.index("## 7. Additions and corrections") :]
    for row in load_party_table().rows.values():
        if row.date:
            day = date.fromisoformat(row.date)
            assert f"{day.day} {day:%B} {day.year}" in section7, row
    assert "P029: Not ratified" in section7
    assert "Brunei and Lao PDR: **not found**" in section7


def test_the_sentence_for_each_kind_of_status() -> None:
    table = load_party_table()
    lao = party_sentence(table, "LA", "ilo-p29", gap=gap)
    assert lao.startswith("Lao PDR has not ratified ILO P29; the Protocol states a standard that")
    assert "[[missing:" not in lao
    words = lambda value, language: drafting.date_text(value, language)  # noqa: E731
    vietnam = party_sentence(table, "VN", "actip", gap=gap, date_text=words)
    assert vietnam == "Viet Nam has ratified ACTIP; its instrument of ratification was deposited on 5 January 2017."
    assert party_sentence(table, "KH", "actip", gap=gap) == "Cambodia has ratified ACTIP."
    unknown = party_sentence(table, "PH", "palermo", gap=gap)
    assert unknown.startswith("Status of the Philippines as a party to the Palermo Protocol: [[missing:")
    nowhere = party_sentence(table, "", "ilo-c29", gap=gap)
    assert "the State where the proceedings take place" in nowhere and "[[missing:" in nowhere


def test_the_sentence_in_thai_and_khmer() -> None:
    table = load_party_table()
    words = lambda value, language: drafting.date_text(value, language)  # noqa: E731
    assert party_sentence(table, "LA", "ilo-p29", "th", gap=gap).startswith("สปป.ลาวยังมิได้ให้สัตยาบัน")
    assert "5 มกราคม พ.ศ. 2560" in party_sentence(table, "VN", "actip", "th", gap=gap, date_text=words)
    assert party_sentence(table, "LA", "ilo-p29", "km", gap=gap).startswith("ឡាវមិនទាន់បានផ្តល់សច្ចាប័នលើ")
    assert "[[missing:" in party_sentence(table, "TH", "ilo-p29", "km", gap=gap)


def test_research_notes_never_enter_a_sentence() -> None:
    table = load_party_table()
    for row in table.rows.values():
        for language in ("en", "km", "th"):
            sentence = party_sentence(table, row.jurisdiction, row.instrument, language, gap=gap)
            assert row.note not in sentence and row.source not in sentence
            assert "legal-sources" not in sentence and "Saksi" not in sentence


def render_lao_probe(tmp_path: Path, body: str) -> tuple[str, drafting.Rendered]:
    """A one-template filing in the lawyer's folder, rendered in English for a Lao case: (text, rendering)."""
    filings = tmp_path / "filings"
    filings.mkdir()
    (filings / "probe.toml").write_text(
        'title = "T"\ndescription = "D"\n[languages.en]\nnative_drafter = true\n', encoding="utf-8"
    )
    (filings / "probe.en.j2").write_text(body, encoding="utf-8")
    case = Case(reference="KH-2026-0098", jurisdiction="LA", client=Client(names=[Name(text="DEMO Test 0098")]))
    rendered = drafting.render(
        "probe", "en", case, library=library(), exhibits=[], user_dir=tmp_path, today=date(2026, 12, 6)
    )
    return drafting.resolve(rendered.text, library(), ()), rendered


def test_a_template_prints_the_party_status_and_its_gap(tmp_path: Path) -> None:
    text, rendered = render_lao_probe(
        tmp_path,
        '{{ party_sentence("ilo-p29") }}\n\n{{ party_sentence("palermo") }}\n\n{{ party_sentence("actip", "VN") }}\n\n'
        "{{ party.p29.status }} {{ party.actip.status }} {{ party.palermo.status }}\n\n"
        '{% if party_status("ilo-p29").not_bound %}persuasive{% endif %}\n',
    )
    assert "Lao PDR has not ratified ILO P29; the Protocol states a standard" in text
    assert "Status of Lao PDR as a party to the Palermo Protocol: [MISSING: ratification or accession" in text
    assert "deposited on 5 January 2017" in text and "persuasive" in text
    assert "not_party unverified unverified" in text  # the engine's own mapping reads the same table
    assert len(rendered.gaps) == 1


def test_a_lawyers_own_table_replaces_rows_and_bad_rows_are_refused(tmp_path: Path) -> None:
    (tmp_path / "party-status.toml").write_text(
        '[[party]]\njurisdiction = "TH"\ninstrument = "ilo-p29"\nstatus = "ratified"\ndate = "2001-02-03"\n'
        'date_kind = "ratification"\nsource = "ILO NORMLEX, read by counsel"\nverification = "confirmed-substance"\n',
        encoding="utf-8",
    )
    table = load_party_table(tmp_path)
    assert table.get("TH", "ilo-p29").bound and table.get("LA", "ilo-p29").not_bound
    assert party_sentence(table, "TH", "ilo-p29", gap=gap) == "Thailand ratified ILO P29 on 2001-02-03."
    (tmp_path / "party-status.toml").write_text(
        '[[party]]\njurisdiction = "TH"\ninstrument = "ilo-p29"\nstatus = "ratified"\nsource = "x"\n'
        'verification = "unverified"\nstauts = "x"\n',
        encoding="utf-8",
    )
    with pytest.raises(LegalDataError, match=r"party\[0\]\.stauts"):
        load_party_table(tmp_path)


def test_the_engine_mapping_prints_no_bookkeeping() -> None:
    from legal_templates.party_status import engine_rows

    lao = engine_rows("LA")
    assert lao["p29"] == {"status": "not_party", "date": "", "source": lao["p29"]["source"]}
    assert lao["p29"]["source"].startswith("delta87 dashboard") and "legal-sources" not in lao["p29"]["source"]
    assert engine_rows("VN")["actip"]["status"] == "party" and engine_rows("VN")["actip"]["date"] == "2017-01-05"
    assert engine_rows("TH")["p29"] == {"status": "unverified", "date": "", "source": ""}


def test_a_charges_legal_basis_gives_each_instrument_its_standing_here(tmp_path: Path) -> None:
    # The review found "Legal basis: ACTIP art. 14(7); ILO P29 art. 4(2); OHCHR ... Principle 7" in a Lao filing:
    # an unratified Protocol and soft law listed as if binding.
    resolved, _rendered = render_lao_probe(
        tmp_path,
        '{% import "_shared.j2" as s with context %}'
        'Legal basis: {{ s.basis(["actip.14.7", "ilo-p29.4.2", "ohchr.principle7"]) }}.\n',
    )
    text = " ".join(resolved.split())
    assert "P29 art. 4(2) (a standard only: Lao PDR has not ratified ILO P29)" in text, text
    assert "Principle 7 (guidance)" in text, text
    assert "ACTIP art. 14(7) (a standard until Lao PDR's party status to ACTIP is verified)" in text, text
