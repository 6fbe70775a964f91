"""What an independent reading of the rendered filings found wrong, each checked through the real renderer in every
language the template has: the identification request once a decision is recorded, the Thai Case Procedure Act
s.14 quoted in its own words (and printed once), a nexus note printed as counsel's submission, the Khmer and Thai
names of the treaties, and no bare "Detention." paragraph."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from datetime import date
from functools import cache
from typing import Any

import pytest

from app.cases.model import Case, Charge, ElementTag, Fact, Identification, Nexus
from app.demo import demo_cases as demo
from app.drafting import case_drafts as drafts_module
from app.drafting import compose as drafting
from legal_templates.party_status import load_party_table

TODAY = date(2026, 12, 7)
LANGUAGES = ("en", "km", "th")


@pytest.fixture(autouse=True, scope="module")
def shipped_only() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("SAKSI_LEGAL_DIR", raising=False)
        drafts_module.library.cache_clear()
        yield
    drafts_module.library.cache_clear()


@cache
def library() -> Any:
    return drafts_module.library()


def demo_case(code: str = "LA", *, identified: bool = False, decided_not: bool = False) -> Case:
    """A demo case (journey from Cambodia, compound, controls, detention) with the whole definition tagged."""
    case = demo.make_case(random.Random(7), 1, TODAY, ["amara"])
    case.jurisdiction = code
    case.client.age_at_recruitment = 24
    case.transportation.route = ["KH", code if code != "KH" else "TH"]
    case.detention.detained, case.detention.until = "yes", ""
    tags = ("palermo.act.recruitment", "palermo.means.deception", "palermo.purpose.forced_labour", "ilo.7")
    case.facts = [Fact(statement="The client was recruited with a false job offer.", tags=[])]
    case.facts[0].tags = [ElementTag(element=e, by="test") for e in tags]
    case.identification = Identification()
    if identified:
        case.identification = Identification(decided_by="Provincial anti-trafficking unit", decided_on="2026-11-02")
    if decided_not:
        case.identification = Identification(
            decided_by="Provincial anti-trafficking unit", decided_on="2026-11-02", outcome="not_identified"
        )
    return case


def render(template: str, language: str, case: Case) -> tuple[str, list[drafting.Block]]:
    rendered = drafting.render(template, language, case, library=library(), exhibits=[], author="amara", today=TODAY)
    text = drafting.resolve(rendered.text, library(), ())
    return text, drafting.parse(text)


# ----------------------------------------------------------------------------- 1. the identification request
# Words that assume no decision has been taken yet, in each language.
NOT_YET = {
    "en": (
        "formally identify",
        "While identification is pending",
        "while identification is pending",
        "available for an identification interview",
        "Formal identification is what allows",
        "REQUEST FOR IDENTIFICATION AS",
    ),
    "km": (
        "កំណត់អត្តសញ្ញាណកូនក្តីជាផ្លូវការ",
        "ក្នុងអំឡុងពេលរង់ចាំការកំណត់អត្តសញ្ញាណ",
        "នាំកូនក្តីមកសម្ភាសន៍ដើម្បីកំណត់អត្តសញ្ញាណ",
        "ការកំណត់អត្តសញ្ញាណជាផ្លូវការ គឺជាអ្វីដែល",
        "# សំណើសុំកំណត់អត្តសញ្ញាណជាជនរងគ្រោះ",
    ),
    "th": (
        "ระบุสถานะลูกความเป็นผู้เสียหายจากการค้ามนุษย์อย่างเป็นทางการ",
        "ระหว่างรอการคัดแยก",
        "ทั้งระหว่างและหลังการคัดแยก",
        "นำลูกความมาให้สัมภาษณ์เพื่อการคัดแยก",
        "การคัดแยกอย่างเป็นทางการทำให้",
        "คำร้องขอให้คัดแยกและระบุสถานะ",
    ),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_identification_request_is_coherent_once_the_client_is_identified(language: str) -> None:
    pending, _ = render("victim-identification-request", language, demo_case())
    text, blocks = render("victim-identification-request", language, demo_case(identified=True))
    markup = "\n".join(("# " if b.kind == "heading" else "") + b.text for b in blocks)
    assert any(words in pending for words in NOT_YET[language])  # the words exist, so their absence means something
    assert [w for w in NOT_YET[language] if w in markup] == []
    assert "Provincial anti-trafficking unit" in blocks[[b.kind for b in blocks].index("numbered")].text
    assert text.count("Provincial anti-trafficking unit") >= 3  # purpose, Part D, what we ask


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_decision_not_to_identify_asks_for_it_to_be_considered_again(language: str) -> None:
    _text, blocks = render("victim-identification-request", language, demo_case(decided_not=True))
    first = next(b.text for b in blocks if b.kind == "numbered")
    assert "Provincial anti-trafficking unit" in first and "[MISSING:" in first  # the review route is a gap
    assert "fresh assessment or review" in first
    waiver, _ = render("penalty-waiver-immigration", language, demo_case(decided_not=True))
    assert "Provincial anti-trafficking unit" in waiver
    assert {
        "en": "identification as a victim is pending",
        "km": "មិនទាន់ត្រូវបានកំណត់អត្តសញ្ញាណជាជនរងគ្រោះ ដោយអាជ្ញាធរ",
        "th": "ระหว่างที่รอการระบุสถานะผู้เสียหาย",
    }[language] not in waiver


# ----------------------------------------------------------------------------- 2. Thai Case Procedure Act s.14
def test_the_thai_compensation_claim_quotes_s14_in_thai_with_its_status() -> None:
    words = library().citation("th.procedure.s14.th").text  # test_legal_data ties it to legal-sources.md
    text, blocks = render("compensation-claim", "th", demo_case("TH"))
    quoted = [b.text for b in blocks if b.kind == "quote" and words in b.text]
    assert len(quoted) == 1, "s.14 is quoted once, in Thai"
    assert quoted[0] == f"\u201c{words}\u201d {drafting.WORDING_LABELS['th']}"
    assert "สาระสำคัญ ยังไม่ได้อ่านตัวบททางการ) หากการกระทำความผิด" not in text  # the old paraphrase


@pytest.mark.parametrize("language", ("en", "km"))
def test_the_english_and_khmer_compensation_claims_print_s14_once(language: str) -> None:
    text, blocks = render("compensation-claim", language, demo_case("TH"))
    summary = library().citation("th.procedure.s14").text
    assert text.count(summary) == 1
    quote_at = next(i for i, b in enumerate(blocks) if b.kind == "quote" and summary in b.text)
    assert "s.14 (มาตรา ๑๔)" in blocks[quote_at - 1].text
    assert "punitive damages" in blocks[quote_at + 1].text  # applied right after it, not quoted twice


# ----------------------------------------------------------------------------- 4. nexus notes
def charged(case: Case, argument: str) -> Case:
    case.charges = [
        Charge(
            offence="Using false documents",
            kind="criminal",
            authority="Provincial prosecutor",
            nexus=Nexus(basis=["actip.14.7"], fact_ids=[case.facts[0].id], model="compulsion", argument=argument),
        )
    ]
    return case


SUBMISSION = {
    "en": "Counsel's submission on this charge, as recorded in the case file: ",
    "km": "អំណះអំណាងរបស់មេធាវីលើបទចោទនេះ ដូចដែលបានកត់ត្រាក្នុងសំណុំរឿង៖ ",
    "th": "ข้อโต้แย้งของทนายความในข้อหานี้ ตามที่บันทึกไว้ในแฟ้มคดี: ",
}


@pytest.mark.parametrize("template", ("non-punishment-prosecutor", "non-punishment-court"))
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_nexus_note_prints_as_counsels_submission_not_a_finding(template: str, language: str) -> None:
    note = "The acts were a direct consequence of the trafficking."
    _text, blocks = render(template, language, charged(demo_case(), note))
    printed = [b.text for b in blocks if note in b.text]
    assert printed == [SUBMISSION[language] + note]


def test_the_demo_nexus_note_is_the_clients_account_in_grammatical_english() -> None:
    case = demo.make_case(random.Random(3), 1, TODAY, ["amara"])
    case.charges = [Charge(offence=o, kind="criminal") for o in ("Using false documents", "Overstay")]
    demo._nexus(case)
    for charge in case.charges:
        assert charge.nexus.argument.startswith("According to the Client's account, ")
        assert not re.search(r"\bThe \w+ing\b", charge.nexus.argument), charge.nexus.argument
    assert "the acts charged as using false documents were" in case.charges[0].nexus.argument


# ----------------------------------------------------------------------------- 5. treaty names per language
@pytest.mark.parametrize("language", ("km", "th"))
def test_khmer_and_thai_filings_name_the_treaties_in_their_language(language: str) -> None:
    """The party-status paragraphs and the standing after each citation (the charge's basis line among them) use
    party-status.toml's Khmer and Thai names, never the English ones."""
    table = load_party_table(None)
    case = charged(demo_case("LA"), "")
    case.charges[0].nexus.basis = ["actip.14.7", "ilo-p29.4.2"]
    text, blocks = render("non-punishment-prosecutor", language, case)
    p29, actip = table.instrument_name("ilo-p29", language), table.instrument_name("actip", language)
    standing = {"km": "ជាស្តង់ដារ", "th": "เป็นมาตรฐาน"}[language]
    basis = [
        b.text for b in blocks if b.kind == "numbered" and "4(2)" in b.text and "14(7)" in b.text and standing in b.text
    ]
    assert basis and all(p29 in b and actip in b for b in basis)
    for english in (
        "the ILO Protocol of 2014 to the Forced Labour Convention (P29)",
        "the Palermo Protocol",
        "ILO Convention No. 29 (",
        "party status to",
    ):
        assert english not in text, english


# ----------------------------------------------------------------------------- 6. no bare "Detention."
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_penalty_waiver_prints_no_bare_detention_paragraph(language: str) -> None:
    case = demo_case()
    d = case.detention
    d.interviews, d.interviews_retraumatising, d.conditions = 0, "unknown", "   "
    d.basic_needs_met = d.psychosocial_support = d.repatriation_support = "unknown"
    _text, blocks = render("penalty-waiver-immigration", language, case)
    label = {"en": "Detention.", "km": "ការឃុំខ្លួន។", "th": "การควบคุมตัว"}[language]
    assert [b.text for b in blocks if b.text.strip() == label] == []
    gap = "the conditions of the client's detention"
    assert any(gap in b.text and "[MISSING:" in b.text for b in blocks if b.kind == "numbered")


# ----------------------------------------------------------------------------- ACTIP 14(7): the two copies
@pytest.mark.parametrize(
    "template", ("non-punishment-prosecutor", "non-punishment-court", "penalty-waiver-immigration")
)
@pytest.mark.parametrize("language", LANGUAGES)
def test_actip_14_7_says_the_copies_differ_until_checked(template: str, language: str) -> None:
    """legal-sources.md 7.2: one copy reads "subject its domestic laws", another "subject to"; the filing quotes the
    second and leaves a gap for the ASEAN Secretariat's text (the review found the caveat never printed)."""
    _text, blocks = render(template, language, charged(demo_case(), ""))
    at = next(i for i, b in enumerate(blocks) if b.kind == "quote" and "subject to its domestic laws" in b.text)
    caveat = blocks[at + 1].text
    assert "\u201csubject its domestic laws\u201d" in caveat
    assert "[MISSING:" in caveat and "ASEAN Secretariat" in caveat


# ----------------------------------------------------------------------------- a decision not to identify, stated
def aht9(case: Case) -> Case:
    case.identification = Identification(
        decided_by="Anti-Human Trafficking Police", decided_on="2026-11-03", reference="AHT-9", outcome="not_identified"
    )
    return case


NOT_YET_IDENTIFIED = {
    "en": "not yet identified by a competent authority",
    "km": "មិនទាន់ត្រូវបានកំណត់អត្តសញ្ញាណដោយអាជ្ញាធរមានសមត្ថកិច្ចនៅឡើយ",
    "th": "ยังไม่ได้รับการคัดแยกและระบุสถานะโดยเจ้าหน้าที่ผู้มีอำนาจ",
}
ALL_FILINGS = (
    "non-punishment-court",
    "non-punishment-prosecutor",
    "penalty-waiver-immigration",
    "victim-identification-request",
    "compensation-claim",
    "exhibit-list",
)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("template", ALL_FILINGS)
def test_a_recorded_negative_decision_is_stated_never_hidden(template: str, language: str) -> None:
    undecided, _ = render(template, language, demo_case())
    assert NOT_YET_IDENTIFIED[language] in undecided  # the words exist, so their absence below means something
    text, blocks = render(template, language, aht9(demo_case()))
    assert NOT_YET_IDENTIFIED[language] not in text
    assert "AHT-9" in text and "Anti-Human Trafficking Police" in text
    if template.startswith("non-punishment"):
        # para 2 states the decision and the basis on which counsel still asks, with the review route as a gap
        numbered = [b.text for b in blocks if b.kind == "numbered"]
        stated = numbered[1]
        assert "AHT-9" in numbered[0] and "AHT-9" in stated
        assert "the procedure for a review or challenge of the decision not to identify" in stated
        assert "the grounds on which the decision not to identify the client is disputed" in stated


PENDING_WORDS = {
    "en": ("While identification is pending", "while identification is pending", "while identification proceeds"),
    "km": ("ក្នុងអំឡុងពេលរង់ចាំការកំណត់អត្តសញ្ញាណ", "ខណៈដែលការកំណត់អត្តសញ្ញាណកំពុងដំណើរការ"),
    "th": ("ระหว่างรอการคัดแยก", "ทั้งระหว่างและหลังการคัดแยก", "อยู่ในราชอาณาจักรระหว่างการคัดแยกและระบุสถานะ"),
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_negative_decision_speaks_of_the_fresh_assessment_not_a_pending_identification(language: str) -> None:
    undecided, _ = render("victim-identification-request", language, demo_case())
    assert all(w in undecided for w in PENDING_WORDS[language])
    text, _ = render("victim-identification-request", language, aht9(demo_case()))
    assert [w for w in PENDING_WORDS[language] if w in text] == []
    assert {"en": "fresh assessment", "km": "ការវាយតម្លៃឡើងវិញ", "th": "การประเมินใหม่"}[language] in text


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("template", ["non-punishment-court", "non-punishment-prosecutor"])
def test_after_a_negative_decision_the_referral_asks_for_a_fresh_assessment(template: str, language: str) -> None:
    formal = {
        "en": "for formal identification as a victim",
        "km": "ដើម្បីកំណត់អត្តសញ្ញាណជាផ្លូវការ",
        "th": "เพื่อคัดแยกและระบุสถานะผู้เสียหายจากการค้ามนุษย์อย่างเป็นทางการ",
    }[language]
    assert formal in render(template, language, demo_case())[0]
    text, _ = render(template, language, aht9(demo_case()))
    assert formal not in text
    assert {"en": "a fresh assessment of the", "km": "វាយតម្លៃការកំណត់អត្តសញ្ញាណឡើងវិញ", "th": "ใหม่"}[language] in text


# ----------------------------------------------------------------------------- instruments named in km/th
ENGLISH_TITLES = (
    "Protocol to Prevent, Suppress and Punish",
    "ASEAN Convention Against Trafficking",
    "Protocol of 2014 to the Forced Labour Convention",
    "Forced Labour Convention, 1930 (No. 29)",
    "Law on Suppression of Human Trafficking",
)
LEAD_INS = {"km": ("ចែងថា", "៖"), "th": ("บัญญัติว่า", "ระบุว่า", "มีสาระสำคัญว่า", "ว่า")}


@pytest.mark.parametrize("language", ("km", "th"))
@pytest.mark.parametrize("template", ALL_FILINGS[:5])  # the exhibit list cites no treaty in full
def test_no_english_instrument_title_in_a_khmer_or_thai_lead_in(template: str, language: str) -> None:
    """A Khmer filing for Cambodian proceedings, a Thai one for Thai proceedings (a Cambodian law has no Thai title
    in KH.toml, so a Thai filing may name it in English)."""
    code = {"km": "KH", "th": "TH"}[language]
    english, _ = render(template, "en", demo_case(code))
    assert any(title in english for title in ENGLISH_TITLES[:3])  # the English filing names them in full
    _text, blocks = render(template, language, demo_case(code))
    lead_ins = [b.text for b in blocks if b.kind != "quote"]
    assert [t for t in lead_ins for title in ENGLISH_TITLES if title in t] == []


def test_the_khmer_filing_names_the_cambodian_law_by_its_khmer_title() -> None:
    text, _ = render("non-punishment-court", "km", demo_case("KH"))
    assert "ច្បាប់ស្តីពីការបង្ក្រាបអំពើជួញដូរមនុស្ស និងអំពើធ្វើអាជីវកម្មផ្លូវភេទ (2008)" in text
    assert "Law on Suppression of Human Trafficking" not in text


# ----------------------------------------------------------------------------- a provision none was found: one gap
@pytest.mark.parametrize("language", LANGUAGES)
def test_a_national_provision_none_was_found_prints_one_clear_gap(language: str) -> None:
    _text, blocks = render("non-punishment-court", language, demo_case("KH"))
    national = [b.text for b in blocks if "2008" in b.text and b.kind == "numbered"]
    assert len(national) == 1 and national[0].count("[MISSING:") == 1
    for words in ("none found", "Argue from", "Nobody has yet read", "National non-punishment provision not verified"):
        assert words not in national[0]
    assert {"en": "no non-punishment provision was found", "km": "រកមិនឃើញបទប្បញ្ញត្តិ", "th": "ไม่พบบทบัญญัติ"}[
        language
    ] in national[0]


# ----------------------------------------------------------------------------- the waiver argues each charge
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_penalty_waiver_prints_each_administrative_charges_argument(language: str) -> None:
    case = demo_case()
    argument = "The Client overstayed only because the compound held the passport."
    case.charges = [
        Charge(
            offence="Overstay",
            kind="overstay",
            authority="Immigration Department",
            nexus=Nexus(fact_ids=[case.facts[0].id], model="causation", argument=argument),
        )
    ]
    assert case.charges[0].administrative
    text, _ = render("penalty-waiver-immigration", language, case)
    assert argument in text  # counsel's recorded argument
    assert "The client was recruited with a false job offer." in text  # the fact linked to the charge
    assert "CTOC/COP/WG.4/2010/4" in text  # the recorded model (causation), argued as the court filing does


# ----------------------------------------------------------------------------- Thai ss.13-15, each power its section
@pytest.mark.parametrize("language", LANGUAGES)
def test_punitive_damages_are_tied_to_s14_and_compensation_to_s13(language: str) -> None:
    text, _ = render("compensation-claim", language, demo_case("TH"))
    tied = {
        "en": "under s.14 of the Anti-Human Trafficking Case Procedure Act B.E. 2559, punitive damages in addition to "
        "the compensation awarded under s.13 (whose text has not been read)",
        "km": "បន្ថែមលើសំណងដែលផ្តល់តាមមាត្រា ១៣ (អត្ថបទមាត្រា ១៣ មិនទាន់ត្រូវបានអាន)",
        "th": "ใช้อำนาจตามมาตรา ๑๔ สั่งให้จำเลยจ่ายค่าเสียหายเพื่อการลงโทษเพิ่มขึ้น นอกเหนือจากค่าสินไหมทดแทนตามมาตรา ๑๓",
    }[language]
    assert tied in text
    assert "ค่าสินไหมทดแทนตามมาตรา ๑๔" not in text and "ตาม พระราชบัญญัติ" not in text


# ----------------------------------------------------------------------------- each model argued on its own test
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("forced_labour", (True, False))
def test_the_duress_model_is_argued_on_compulsion_not_the_causation_test(language: str, forced_labour: bool) -> None:
    case = charged(demo_case(), "")
    if not forced_labour:
        case.facts[0].tags = [t for t in case.facts[0].tags if t.element != "palermo.purpose.forced_labour"]
    _text, blocks = render("non-punishment-court", language, case)
    duress = [b.text for b in blocks if "CTOC/COP/WG.4/2010/4" in b.text and "compelled to commit" in b.text]
    duress = [t for t in duress if is_charge_model_paragraph(t)]
    assert len(duress) == 1
    assert "directly related to the acts of trafficking" not in duress[0]  # ACTIP's causation test


def is_charge_model_paragraph(text: str) -> bool:
    """The model paragraph of a charge (Part D), not Part C's description of both models."""
    return "(ILO P29 art. 4(2)); on the causation model" not in text and "causation" not in text.split("CTOC")[0]


# ----------------------------------------------------------------------------- nothing tagged: nothing asserted
def bare_case() -> Case:
    """No facts, no compound, no controls, nothing tagged."""
    case = demo_case()
    case.facts, case.compounds = [], []
    return case


SCAM_WORK = {
    "en": ("made to defraud strangers online", "made to do there the work"),
    "km": ("ហើយត្រូវបានគេឱ្យបោកប្រាស់ជនដទៃតាមអនឡាញនៅទីនោះ", "ហើយត្រូវបានគេឱ្យធ្វើការងារ"),
    "th": ("และถูกสั่งให้หลอกลวงผู้อื่นทางออนไลน์", "และถูกสั่งให้ทำงานที่เป็นเหตุแห่ง"),
}
CONSENT_IRRELEVANT = {
    "en": "Whatever the Client agreed to when accepting the job offer does not matter",
    "km": "អ្វីក៏ដោយដែលកូនក្តីបានយល់ព្រម នៅពេលទទួលយកការផ្តល់ការងារនោះ មិនមានទម្ងន់អ្វីទេ",
    "th": "ความยินยอมใด ๆ ที่ลูกความให้ไว้เมื่อรับข้อเสนองานไม่มีผล",
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("template", ["victim-identification-request", "non-punishment-court"])
def test_a_bare_case_is_not_said_to_have_done_scam_work(template: str, language: str) -> None:
    full, _ = render(template, language, demo_case())
    assert any(w in full for w in SCAM_WORK[language])
    text, _ = render(template, language, bare_case())
    assert [w for w in SCAM_WORK[language] if w in text] == []
    assert "where the client was held and the work the client was made to do there" in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_consent_is_called_irrelevant_only_once_the_means_are_supported(language: str) -> None:
    assert CONSENT_IRRELEVANT[language] in render("victim-identification-request", language, demo_case())[0]
    text, _ = render("victim-identification-request", language, bare_case())
    assert CONSENT_IRRELEVANT[language] not in text
    assert "shall be irrelevant where any of the means" in text  # the rule is still stated, as law, not as a finding


COMPOUND = {
    "en": ("an online scam compound",),
    "km": ("បរិវេណបោកប្រាស់តាមអនឡាញ",),
    "th": ("สถานที่หลอกลวงทางออนไลน์",),
}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("template", ["non-punishment-prosecutor", "penalty-waiver-immigration"])
def test_a_bare_case_is_not_said_to_have_been_in_a_compound(template: str, language: str) -> None:
    """The opening paragraph names the scam compound only when the file records one; otherwise a gap asks for it."""
    full, _ = render(template, language, demo_case())
    assert any(w in full for w in COMPOUND[language])
    text, _ = render(template, language, bare_case())
    assert [w for w in COMPOUND[language] if w in text] == []
    assert "where the client was held and the work the client was made to do there" in text
