"""The shipped legal data: it loads, quotes only what the sources confirm, and nothing dangles."""

from __future__ import annotations

import dataclasses
import os
import re
from pathlib import Path

import pytest

from legal_templates.loader import (
    GLOSS_LABEL,
    SHIPPED_DIR,
    UNVERIFIED_MARKER,
    Citation,
    Library,
    load_library,
)

# Beside the clone (../shared/), or wherever SAKSI_LEGAL_SOURCES points (a git worktree sits elsewhere).
SOURCES = Path(
    os.environ.get("SAKSI_LEGAL_SOURCES") or Path(__file__).resolve().parents[2].parent / "shared" / "legal-sources.md"
)
JURISDICTIONS = ("KH", "TH", "MY", "PH", "ID", "VN", "MM", "LA", "SG", "BN")
ILO_INDICATORS = (
    "Abuse of vulnerability",
    "Deception",
    "Restriction of movement",
    "Isolation",
    "Physical and sexual violence",
    "Intimidation and threats",
    "Retention of identity documents",
    "Withholding of wages",
    "Debt bondage",
    "Abusive working and living conditions",
    "Excessive overtime",
)


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library()


def normalise(text: str) -> str:
    """The sources wrap lines, mix typographic and straight quotes, write "…" for "..." and use Markdown
    emphasis (*Provided*); compare without any of these."""
    quotes: dict[str, str | int | None] = {"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "*": None}
    text = text.translate(str.maketrans(quotes)).replace("\u2026", "...")
    return re.sub(r"\s+", " ", text).strip()


def verbatim_parts(citation: Citation) -> list[str]:
    """The pieces to find in the sources: split where the text elides with "...", outer quotes stripped."""
    parts = (part.strip().strip('"').strip() for part in normalise(citation.text).split("..."))
    return [part for part in parts if part]


def test_every_shipped_file_loads(library: Library) -> None:
    folders = ("frameworks", "jurisdictions", "rules")  # filings/ belongs to the drafting templates
    shipped = {p.relative_to(SHIPPED_DIR).as_posix() for f in folders for p in (SHIPPED_DIR / f).glob("*.toml")}
    loaded = {f.origin.file for f in library.frameworks.values()}
    loaded |= {j.origin.file for j in library.jurisdictions.values()}
    loaded |= {r.origin.file for r in library.rules}
    assert loaded == shipped
    assert set(library.frameworks) == {
        "palermo",
        "actip",
        "ilo-c29",
        "ilo-p29",
        "ilo-indicators",
        "ilo-ec",
        "ohchr",
        "soft-law",
    }
    assert set(library.jurisdictions) == set(JURISDICTIONS)


def test_confirmed_verbatim_text_appears_word_for_word_in_the_sources(library: Library) -> None:
    if not SOURCES.is_file():
        pytest.skip(f"{SOURCES} is absent: the verified legal sources sit beside the repository, in ../shared/")
    sources = normalise(SOURCES.read_text(encoding="utf-8"))
    verbatim = [c for c in library.citations.values() if c.is_verbatim]
    assert len(verbatim) > 30
    assert mismatches(verbatim, sources) == []


def mismatches(citations: list[Citation], sources: str) -> list[tuple[str, str]]:
    """(citation id, piece) for every piece of a verbatim text that the (normalised) sources lack."""
    return [(c.id, part) for c in citations for part in verbatim_parts(c) if part not in sources]


def section_7() -> str:
    text = SOURCES.read_text(encoding="utf-8")
    return normalise(text[text.index("## 7. Additions and corrections") :])


# Texts section 7 of legal-sources.md adds or corrects (it wins over sections 1-6): each ships verbatim.
SECTION_7_VERBATIM = [
    "palermo.3b",
    "palermo.3c",
    "palermo.3d",
    "palermo.4",
    "palermo.6.2",
    "palermo.6.3",
    "palermo.6.4",
    "palermo.6.5",
    "palermo.7.1",
    "palermo.7.2",
    "palermo.8.1",
    "palermo.8.2",
    "actip.14.4",
    "actip.14.5",
    "actip.14.6",
    "ilo-c29.2.1",
    "ilo-p29.1.1",
    "ilo-p29.1.3",
    "ilo-p29.12",
    "soft.model-law-10",
    "soft.unodc-fc-indicators",
    "ph.s3a",
    "ph.compensation",
    "ph.s19",
    "ph.s8b",
    "ph.s16w",
    "th.s33",
    "th.s34",
    "th.s35",
    "th.s35.en",
    "th.s37",
    "th.s38",
    "my.definition",
    "my.s2.exploitation",
    "my.s2.trafficked-person",
    "my.s2.receiving-country",
    "vn.definition",
    "vn.principle",
]


def test_section_7_texts_ship_verbatim_from_section_7(library: Library) -> None:
    if not SOURCES.is_file():
        pytest.skip(f"{SOURCES} is absent")
    section = section_7()
    shipped = [library.citation(citation_id) for citation_id in SECTION_7_VERBATIM]
    assert [c.id for c in shipped if not c.is_verbatim] == []
    assert mismatches(shipped, section) == []
    # Every citation that names section 7 as its source is checked against section 7 alone, not against an
    # older wording elsewhere in the file.
    from_7 = [c for c in library.citations.values() if c.is_verbatim and "section 7" in c.source]
    assert len(from_7) >= len(SECTION_7_VERBATIM) - 2
    assert mismatches(from_7, section) == []


# Words section 7 quotes although their status is C-S (read in a secondary source, not in the official text): the
# filings quote them with their status marker (compose.wording), so they too must match the sources word for word.
SECTION_7_WORDING = ["th.procedure.s14.th"]


def test_section_7_wordings_confirmed_in_substance_ship_word_for_word(library: Library) -> None:
    if not SOURCES.is_file():
        pytest.skip(f"{SOURCES} is absent")
    shipped = [library.citation(citation_id) for citation_id in SECTION_7_WORDING]
    assert [c.status for c in shipped] == ["confirmed-substance"] * len(shipped)
    assert mismatches(shipped, section_7()) == []


def test_the_check_fails_on_a_changed_word(library: Library) -> None:
    if not SOURCES.is_file():
        pytest.skip(f"{SOURCES} is absent")
    child = library.citation("palermo.3d")
    tampered = dataclasses.replace(child, text=child.text.replace("shall mean", "means"))
    assert mismatches([child], section_7()) == []
    assert mismatches([tampered], section_7()) == [("palermo.3d", normalise(tampered.text).strip('"'))]
    s14 = library.citation("th.procedure.s14.th")
    changed = dataclasses.replace(s14, text=s14.text.replace("ทำร้ายร่างกาย", "ทำร้ายจิตใจ"))
    assert mismatches([s14], section_7()) == []
    assert [c for c, _part in mismatches([changed], section_7())] == ["th.procedure.s14.th"]


def test_section_7_corrections(library: Library) -> None:
    assert "\u201eforced or compulsory labour\u201d" in library.citation("ilo-c29.2.1").text
    assert library.citation("palermo.3d").text.endswith("shall mean any person under eighteen years of age.")
    assert "subject to its domestic laws" in library.citation("actip.14.7").text
    guideline = library.citation("ohchr.guideline4.5")
    assert guideline.lead == "States should consider" and guideline.text.startswith("[e]nsuring")
    assert library.citation("actip.15.1").text.startswith("shall facilitate")
    s35 = library.citation("th.s35")
    assert s35.language == "th" and s35.is_verbatim and "ปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์" in s35.text
    assert "court of first instance" in s35.gloss
    assert library.citation("soft.np-model.compulsion").article == "Duress (compulsion) model, para. 17"
    assert library.citation("soft.np-model.causation").article == "Causation model, paras 18-22"
    assert library.citation("soft.np-model.presumption").placeholder
    assert library.citation("ph.s17").placeholder  # its wording was never read: a gap, not an argument
    assert "Act 670" in library.citation("my.s25").instrument
    assert "Anti-Smuggling of Migrants" in library.citation("my.s25").instrument
    cambodia = library.jurisdiction("KH")
    assert [c.id for c in cambodia.pending] == ["kh.tech-fraud-draft"]
    assert "not shown to be enacted" in cambodia.pending[0].instrument and cambodia.pending[0].is_summary
    assert cambodia.compensation[0].placeholder and "civil-party" in cambodia.compensation[0].text
    assert {c.id for c in library.jurisdiction("PH").other} == {"ph.s8b", "ph.s16w"}  # printed by no filing
    assert library.citation("mm.2005.s3j").text == "Child means a person who has not attained the age of 16 years."


def test_soft_law_is_guidance_and_nothing_else_is(library: Library) -> None:
    guidance = {c.id for c in library.citations.values() if c.guidance}
    soft = {c.id for f in ("ohchr", "soft-law") for c in library.framework(f).citations}
    assert guidance == soft


def test_each_ilo_indicator_is_quoted_with_its_number(library: Library) -> None:
    # A one-word text such as "Isolation" proves nothing by itself; its place in the list does.
    if not SOURCES.is_file():
        pytest.skip(f"{SOURCES} is absent")
    sources = normalise(SOURCES.read_text(encoding="utf-8"))
    for number, name in enumerate(ILO_INDICATORS, 1):
        assert library.citation(f"ilo-ind.{number}").text == name
        assert f"{number} {name}" in sources


def test_no_citation_or_element_id_dangles(library: Library) -> None:
    for element in library.elements.values():
        for citation_id in element.citations:
            library.citation(citation_id)
    for rule in library.rules:
        for element_id in rule.suggests:
            library.element(element_id)
    for jurisdiction in library.jurisdictions.values():
        library.fallback_non_punishment(jurisdiction.code)
        library.fallback_compensation(jurisdiction.code)


def test_key_elements_are_cited_and_suggested(library: Library) -> None:
    cited = {c for e in library.elements.values() for c in e.citations}
    assert "palermo.3a" in cited and "ilo-c29.2.1" in cited
    suggested = {e for r in library.rules for e in r.suggests}
    for code in ("palermo.act.recruitment", "palermo.means.deception", "palermo.purpose.forced_labour", "ilo.7"):
        assert code in suggested


def test_every_jurisdiction_has_non_punishment_and_compensation_entries(library: Library) -> None:
    for code in JURISDICTIONS:
        jurisdiction = library.jurisdiction(code)
        assert jurisdiction.non_punishment and jurisdiction.compensation, code
        assert jurisdiction.statutes, code
        for citation in jurisdiction.citations:
            if citation.placeholder:
                assert citation.status == "unverified" and citation.marker == UNVERIFIED_MARKER
                assert "verif" in citation.text and "before filing" in citation.text, citation.id


def test_fallbacks_are_international_and_confirmed_verbatim(library: Library) -> None:
    national = {c.id for j in library.jurisdictions.values() for c in j.citations}
    for jurisdiction in library.jurisdictions.values():
        for citation in library.fallback_non_punishment(jurisdiction.code) + library.fallback_compensation(
            jurisdiction.code
        ):
            assert citation.id not in national
            assert citation.is_verbatim, citation.id
        assert "actip.14.7" in jurisdiction.fallback_non_punishment


def test_cambodia_relies_on_the_international_non_punishment_provisions(library: Library) -> None:
    cambodia = library.jurisdiction("kh")
    assert all(c.placeholder for c in cambodia.non_punishment)
    assert {"actip.14.7", "ilo-p29.4.2", "ohchr.principle7"} <= set(cambodia.fallback_non_punishment)


def test_national_texts_in_other_languages_carry_a_labelled_gloss(library: Library) -> None:
    s41 = library.citation("th.s41")
    assert s41.language == "th" and s41.is_verbatim
    assert s41.labelled_gloss.startswith(GLOSS_LABEL) and "inquiry officials" in s41.gloss
    assert "not a general immunity" in s41.note
    for citation_id in ("id.pasal18", "id.pasal48", "my.a1385.c14"):
        citation = library.citation(citation_id)
        assert citation.language in {"id", "ms"} and citation.gloss
    assert "transit country" in library.citation("my.s25").note
    assert '"to"' in library.citation("actip.14.7").note


def test_unconfirmed_provisions_are_marked(library: Library) -> None:
    for citation_id in (
        "actip.2",
        "actip.14.9-16",
        "ph.s17",
        "soft.np-model.presumption",
        "th.procedure.s13",
        "ilo-ec.grading",
        "ilo-ec.rule",
    ):
        citation = library.citation(citation_id)
        assert not citation.confirmed and citation.marker == UNVERIFIED_MARKER, citation_id
    summary = library.citation("actip.15.2-5")
    assert summary.confirmed and summary.is_summary and not summary.is_verbatim and summary.marker == ""
    assert library.citation("palermo.6.6").marker == ""


def test_statuses_follow_the_sources(library: Library) -> None:
    expected = {
        "palermo.3a": "confirmed-verbatim",
        # section 7 raises these (legal-sources.md section 7.1, 7.4)
        "palermo.3b": "confirmed-verbatim",
        "palermo.3c": "confirmed-verbatim",
        "palermo.3d": "confirmed-verbatim",
        "palermo.8.3-4": "confirmed-substance",
        "actip.15.2-5": "confirmed-substance",
        "ilo-ec.dimensions": "confirmed-verbatim",
        "ilo-ec.counts": "confirmed-substance",
        "soft.model-law-10": "confirmed-verbatim",
        "soft.np-model.presumption": "unverified",
        "my.s66b": "confirmed-verbatim",
    }
    assert {k: library.citation(k).status for k in expected} == expected


def test_palermo_elements(library: Library) -> None:
    palermo = library.framework("palermo")
    groups = {g: [e.id for e in palermo.elements if e.group == g] for g in ("act", "means", "purpose")}
    assert [e.split(".")[-1] for e in groups["act"]] == [
        "recruitment",
        "transportation",
        "transfer",
        "harbouring",
        "receipt",
    ]
    assert len(groups["means"]) == 8 and len(groups["purpose"]) == 5
    for element_id in groups["means"]:
        means = library.element(element_id)
        assert "palermo.3c" in means.citations and "child" in means.note
    forced = library.element("palermo.purpose.forced_labour")
    assert "scams" in forced.description and "forced labour or services" in forced.description
    assert set(library.element("palermo.child.under_18").citations) == {"palermo.3c", "palermo.3d"}
    deception = library.element("palermo.means.deception")
    assert "the job advertisement" in deception.corroborate


def test_ilo_indicators_in_the_booklet_order(library: Library) -> None:
    framework = library.framework("ilo-indicators")
    assert [e.id for e in framework.elements] == [f"ilo.{n}" for n in range(1, 12)]
    assert tuple(e.label for e in framework.elements) == ILO_INDICATORS
    assert "lawyer decides" in framework.caution
    assert "photo or copy of the passport" in library.element("ilo.7").corroborate


def test_ilo_ec_grading_is_unverified_and_only_named_indicators_are_listed(library: Library) -> None:
    framework = library.framework("ilo-ec")
    real = [e for e in framework.elements if not e.placeholder]
    assert all(e.strength_status == "unverified" for e in framework.elements)
    assert sorted(e.strength for e in real).count("strong") == 7
    assert sorted(e.strength for e in real).count("weak") == 7
    assert not [e for e in real if e.strength == "medium"]  # no medium indicator is named in the sources
    placeholders = [e for e in framework.elements if e.placeholder]
    dimensions = [g.id for g in framework.groups if g.id != "unassigned"]
    assert sorted(e.group for e in placeholders) == sorted(dimensions)
    assert all("not in the verified sources" in e.description for e in placeholders)
    assert library.element("ilo-ec.coercion_destination.confiscation_of_documents").dimension == "coercion_destination"


def test_ilo_ec_decision_rule(library: Library) -> None:
    rule = library.framework("ilo-ec").decision_rule
    assert rule is not None and rule.status == "unverified" and rule.marker == UNVERIFIED_MARKER
    assert rule.dimension_is_positive({"strong": 2})
    assert rule.dimension_is_positive({"strong": 1, "weak": 1})
    assert rule.dimension_is_positive({"strong": 1, "medium": 1})
    assert rule.dimension_is_positive({"medium": 3})
    assert rule.dimension_is_positive({"medium": 2, "weak": 1})
    assert not rule.dimension_is_positive({"strong": 1})
    assert not rule.dimension_is_positive({"medium": 2})
    assert not rule.dimension_is_positive({"weak": 5, "medium": 1})
    assert rule.victim_rule_met(["deceptive_recruitment", "exploitation", "coercion_destination"])
    assert rule.victim_rule_met(
        ["abuse_of_vulnerability_recruitment", "exploitation", "abuse_of_vulnerability_destination"]
    )
    assert not rule.victim_rule_met(["deceptive_recruitment", "coercion_destination"])


def test_element_ids_follow_the_scheme(library: Library) -> None:
    for element in library.elements.values():
        prefix = {"ilo-indicators": "ilo"}.get(element.framework, element.framework)
        assert element.id.startswith(f"{prefix}."), element.id
        if element.framework in ("palermo", "ilo-ec"):
            assert element.id.split(".")[1] == element.group, element.id
