"""Every filing template x language x jurisdiction x kind of case, rendered to text (no PDF, so it stays fast).

The cases are built in memory from the demo generator and then cut down or filled in: nothing tagged, the act
only, a child at recruitment, the whole of Palermo art. 3(a) supported (identified and not), and charges of every
kind. For each rendering the test asserts what a lawyer would otherwise find on paper: no literal markup, no
empty or repeated paragraph, no "victim of trafficking" conclusion before an identification is recorded, every
unverified citation marked, the State's party status stated wherever a treaty is argued, and no legal
conclusion without the elements it rests on. A few renderings go to PDF and are read back with pdftotext.
"""

from __future__ import annotations

import random
import re
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

import pytest

from app.cases.model import Case, Charge, ElementTag, Fact, Identification, Nexus
from app.demo import demo_cases as demo
from app.drafting import case_drafts as drafts_module
from app.drafting import compose as drafting
from app.writers.draft_pdf import DocumentInfo, draft_pdf
from legal_templates.loader import UNVERIFIED_MARKER

TODAY = date(2026, 12, 7)
TEMPLATES = (
    "non-punishment-prosecutor",
    "non-punishment-court",
    "penalty-waiver-immigration",
    "victim-identification-request",
    "compensation-claim",
    "exhibit-list",
)
# The filings that argue the non-punishment principle state the party status of ACTIP and P29; the compensation
# claim that of Palermo and P29 (art. 6(6) and art. 4(1)).
PARTY_INSTRUMENTS = {  # the treaties each filing argues from, whose party status it must state
    "non-punishment-prosecutor": ("palermo", "actip", "c29", "p29"),
    "non-punishment-court": ("palermo", "actip", "c29", "p29"),
    "penalty-waiver-immigration": ("palermo", "actip", "p29"),
    "victim-identification-request": ("palermo", "actip", "c29"),
    "compensation-claim": ("palermo", "p29"),
}
MARKUP = ("##", "{{", "}}", "{%", "%}", "**", "[[", "]]", "None", "Undefined")


@pytest.fixture(autouse=True, scope="module")
def shipped_only() -> Iterator[None]:
    """The legal library is cached per process; no developer's own folder may leak into these tests."""
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("SAKSI_LEGAL_DIR", raising=False)
        drafts_module.library.cache_clear()
        yield
    drafts_module.library.cache_clear()


@cache
def library() -> Any:
    return drafts_module.library()


# ----------------------------------------------------------------------------- the constructed cases
# The client's account as the demo records it, each fact tagged with the elements it supports: every element of
# Palermo art. 3(a), forced labour as the purpose, and ILO indicators (the menace), whatever the demo drew.
FACTS = (
    (
        "The client answered a job advertisement promising office work with high pay.",
        ("palermo.act.recruitment", "palermo.means.deception", "ilo.2"),
    ),
    ("On arrival at the compound the client's passport was taken by the manager.", ("ilo.7", "palermo.means.coercion")),
    ("The compound was fenced and guarded; workers could not leave.", ("ilo.3", "palermo.act.harbouring")),
    (
        "The client was forced to work about 15 hours a day running online scams.",
        ("palermo.purpose.forced_labour", "ilo.11"),
    ),
    ("The client was beaten for not meeting targets.", ("ilo.5", "palermo.means.force")),
)


def _base() -> Case:
    """A full demo case (recruitment, route, compound, controls, remedies) with the facts above, no exhibits."""
    case = demo.make_case(random.Random(7), 1, TODAY, ["amara"])
    case.reference = "KH-2026-0101"
    case.client.age_at_recruitment = 24
    case.charges = []
    case.identification = Identification()
    case.facts = [
        Fact(statement=text, tags=[ElementTag(element=e, by="test") for e in elements]) for text, elements in FACTS
    ]
    return case


def _keep_tags(case: Case, keep: Any) -> Case:
    for fact in case.facts:
        fact.tags = [t for t in fact.tags if keep(t.element)]
    return case


CHARGES = (  # offence, kind, model
    ("Online fraud", "criminal", "compulsion"),
    ("Using false documents", "criminal", "presumption"),
    ("Computer crime", "criminal", ""),
    ("Overstay", "overstay", "causation"),
    ("Illegal entry", "entry", ""),
    ("Working without a permit", "work_permit", "causation"),
    ("Immigration fine", "other_administrative", ""),
)


def _charged(case: Case) -> Case:
    linked = [f.id for f in case.facts[:2]]
    for offence, kind, model in CHARGES:
        case.charges.append(
            Charge(
                offence=offence,
                kind=kind,
                authority="Immigration department" if kind != "criminal" else "Provincial prosecutor",
                case_number=f"T/{len(case.charges) + 1}",
                nexus=Nexus(basis=["actip.14.7"], fact_ids=linked if model else [], model=model),
            )
        )
    case.detention.detained = "yes"
    case.detention.until = ""
    case.detention.facility = "Immigration detention centre"
    case.detention.since = "2026-10-01"
    case.detention.fined = "yes"
    return case


def _identified(case: Case) -> Case:
    case.identification = Identification(decided_by="Provincial anti-trafficking unit", decided_on="2026-11-02")
    return case


def _child(case: Case) -> Case:
    case.client.age_at_recruitment = 16
    return _keep_tags(case, lambda e: not e.startswith("palermo.means"))


def _bare(case: Case) -> Case:
    """Nothing but the client: no journey, no facts, no controls, no losses, no detention details."""
    fresh = Case(reference=case.reference, client=case.client)
    fresh.detention.detained = "yes"
    return fresh


SCENARIOS = {
    "nothing tagged": lambda: _keep_tags(_base(), lambda e: False),
    "act only": lambda: _keep_tags(_base(), lambda e: e.startswith("palermo.act")),
    "child at recruitment": lambda: _child(_base()),
    "supported, not identified": lambda: _charged(_base()),
    "supported and identified": lambda: _identified(_charged(_base())),
    "bare file": lambda: _bare(_base()),
}


@dataclass(frozen=True)
class Rendering:
    scenario: str
    jurisdiction: str
    template: str
    language: str
    case: Case
    raw: str  # with tokens, as saved in the vault
    text: str  # as the reader sees it, no citation confirmed
    blocks: tuple[drafting.Block, ...]

    @property
    def where(self) -> str:
        return f"{self.template}.{self.language} for {self.scenario!r} in {self.jurisdiction or 'no jurisdiction'}"


def _render(scenario: str, code: str, template: str, language: str) -> Rendering:
    case = SCENARIOS[scenario]()
    case.jurisdiction = code
    rendered = drafting.render(template, language, case, library=library(), exhibits=[], author="amara", today=TODAY)
    text = drafting.resolve(rendered.text, library(), ())
    return Rendering(scenario, code, template, language, case, rendered.text, text, tuple(drafting.parse(text)))


def _languages(template: str) -> tuple[str, ...]:
    return tuple(drafting.list_templates(None)[template].variants)


def _jurisdictions() -> list[str]:
    return [*library().jurisdictions, "", "CN"]  # every profile, none, and a State without one


@cache
def renderings() -> tuple[Rendering, ...]:
    found = []
    for template in TEMPLATES:
        for language in _languages(template):
            for scenario in SCENARIOS:
                # every jurisdiction for the two ends of the range, two others for the middle ones
                codes = (
                    _jurisdictions() if scenario in ("nothing tagged", "supported, not identified") else ["KH", "TH"]
                )
                found += [_render(scenario, code, template, language) for code in codes]
    return tuple(found)


def _body(r: Rendering) -> list[drafting.Block]:
    return [b for b in r.blocks if b.kind != "exhibits"]


# ----------------------------------------------------------------------------- the matrix covers what it says
def test_the_matrix_covers_every_template_language_jurisdiction_and_charge_kind() -> None:
    done = renderings()
    assert {(r.template, r.language) for r in done} == {(t, lang) for t in TEMPLATES for lang in _languages(t)}
    assert {lang for t in TEMPLATES for lang in _languages(t)} == {"en", "km", "th"}
    assert {r.jurisdiction for r in done} == set(_jurisdictions())
    assert {c.kind for r in done for c in r.case.charges} == {k for _o, k, _m in CHARGES}
    assert {c.nexus.model for r in done for c in r.case.charges} == {"", "compulsion", "causation", "presumption"}


# ----------------------------------------------------------------------------- what must never print
def test_no_literal_markup_survives() -> None:
    for r in renderings():
        for block in _body(r):
            for leftover in MARKUP:
                assert leftover not in block.text, (r.where, leftover, block.text[:200])
            assert not block.text.startswith(("#", "- ", "> ")), (r.where, block.text[:80])


def test_no_empty_paragraphs() -> None:
    """A numbered paragraph or bullet says something: not "", not a bare label such as "Detention." with nothing
    after it. A lead-in that ends with a colon is followed by its bullets or quotation."""
    for r in renderings():
        body = _body(r)
        for index, block in enumerate(body):
            words = block.text.replace(UNVERIFIED_MARKER, "").strip()
            if block.kind in ("heading", "subheading", "subsubheading"):
                assert words, (r.where, block)
            if block.kind not in ("numbered", "bullet", "quote"):
                continue
            assert words, (r.where, index, block)
            if words.endswith((":", "\u17d6")):  # ":" and the Khmer colon
                following = body[index + 1] if index + 1 < len(body) else None
                assert following is not None and following.kind in ("bullet", "quote"), (r.where, block)
            else:  # "Detention." alone: a label with nothing after it
                assert "[MISSING:" in words or len(words.rstrip(".;,\u17d4")) > 14, (r.where, block)


def test_no_paragraph_is_printed_twice() -> None:
    for r in renderings():
        seen: dict[str, int] = {}
        for block in _body(r):
            if block.kind in ("numbered", "para", "quote") and len(block.text) > 60:
                seen[block.text] = seen.get(block.text, 0) + 1
        repeated = [text[:120] for text, n in seen.items() if n > 1]
        assert not repeated, (r.where, repeated)


# The words that make a client "a victim of trafficking" in each language, and what may stand right before
# them while no identification is recorded ("a presumed victim", "identification as a victim", "whether").
VICTIM = {
    "en": re.compile(r"\b(?:a|the) victims? of trafficking", re.I),
    "km": re.compile(r"ជនរងគ្រោះនៃការជួញដូរមនុស្ស"),
    "th": re.compile(r"ผู้เสียหายจากการค้ามนุษย์"),
}
QUALIFIED = {
    "en": re.compile(
        r"(presumed|identification as|identified as|identify the Client as|identifying the Client as|"
        r"treated as|recognised as|to be|whether|if|status as|decision that the Client is)\s*(?:a|the)?\s*$",
        re.I,
    ),
    "km": re.compile(r"(សន្មតថាជា|កំណត់អត្តសញ្ញាណ(?:ជា|ថាជា)?|ថាជា|ជា)\s*$"),
    "th": re.compile(r"(อาจเป็น|ว่าเป็น|ในฐานะ|เป็น|สถานะ)\s*$"),
}


def _victim_claims(r: Rendering) -> list[str]:
    """Sentences outside quotations of law that call the client a victim of trafficking without qualification."""
    found = []
    for block in _body(r):
        if block.kind == "quote":
            continue  # the instrument's own words
        # quoted words are the law's, and a gap names what the lawyer must add
        text = re.sub(r"\u201c[^\u201d]*\u201d|\"[^\"]*\"|\[MISSING: [^\]]*\]", "", block.text)
        for match in VICTIM[r.language].finditer(text):
            before = text[max(0, match.start() - 60) : match.start()]
            if not QUALIFIED[r.language].search(before):
                found.append(text[max(0, match.start() - 80) : match.end() + 40])
    return found


def test_no_client_is_a_victim_of_trafficking_before_an_identification_is_recorded() -> None:
    for r in renderings():
        if r.template == "exhibit-list" or r.case.identification.recorded:
            continue
        assert not _victim_claims(r), (r.where, _victim_claims(r))


def test_an_identified_client_is_named_a_victim_with_the_decision() -> None:
    for r in renderings():
        if r.case.identification.recorded and r.template != "exhibit-list":
            assert "Provincial anti-trafficking unit" in r.text, r.where


def test_every_unverified_citation_is_marked() -> None:
    """Each citation of an unverified provision shows the marker; the stored text of one nobody has read prints only
    as a gap, and research notes never print."""
    lib = library()
    for r in renderings():
        cited = re.findall(r"\[\[cite:([^\]]+)\]\]", r.raw)
        unverified = [c for c in cited if lib.citation(c).status == "unverified"]
        assert r.text.count(UNVERIFIED_MARKER) == len(unverified), r.where
        for citation_id in set(cited):
            citation = lib.citation(citation_id)
            if citation.note:
                assert citation.note not in r.text, (r.where, citation_id)
            if citation.status == "unverified" and len(citation.text) > 20:
                for at in [m.start() for m in re.finditer(re.escape(citation.text), r.text)]:
                    assert r.text[max(0, at - 10) : at].endswith("[MISSING: "), (r.where, citation_id)


def test_party_status_is_stated_wherever_a_treaty_is_argued() -> None:
    words = {  # what each language says of a State and a treaty, whatever its status
        "en": (
            "is a party to",
            "has not ratified",
            "has ratified",
            "ratified",
            "acceded",
            "has not been verified",
            "whether",
        ),
        "km": ("ភាគី", "សច្ចាប័ន"),
        "th": ("ภาคี", "สัตยาบัน"),
    }
    for r in renderings():
        for instrument in PARTY_INSTRUMENTS.get(r.template, ()):
            name = {
                "palermo": ("Palermo", "ปาแลร์โม"),
                "actip": ("ACTIP", "อาเซียน"),
                "c29": ("Convention No. 29", "C29", "ฉบับที่ 29"),
                "p29": ("P29",),
            }[instrument]
            sentences = [
                b.text
                for b in _body(r)
                if any(n in b.text for n in name) and any(w in b.text for w in words[r.language])
            ]
            assert sentences, (r.where, instrument)


# ----------------------------------------------------------------------------- conclusions follow the file
FORCED_LABOUR = ("non-punishment-prosecutor", "non-punishment-court", "victim-identification-request")


def _who(r: Rendering) -> str:
    return "the Accused" if r.template == "non-punishment-court" else "the Client"


def test_conclusions_follow_the_proof_matrix() -> None:
    """Trafficking and forced labour are concluded only when the file supports their elements; otherwise the
    filing says what is missing (the identification request in its own Part C wording)."""
    missing = {
        "act": ("[MISSING: facts supporting the act of trafficking", "[MISSING: facts showing the act"),
        "purpose": ("[MISSING: facts showing the purpose of exploitation",),
    }
    for r in renderings():
        if r.language != "en" or r.template == "exhibit-list":
            continue
        text, who = r.text, _who(r)
        complete = r.scenario in ("supported, not identified", "supported and identified", "child at recruitment")
        if r.template in FORCED_LABOUR:
            concluded = (
                'The file supports exploitation in the form of "forced labour or services"' in text
                if r.template == "victim-identification-request"
                else "The work " + who + " was made to do is forced labour within" in text
            )
            assert concluded == complete, r.where
        assert "is forced labour within" not in text or complete, r.where
        if not complete:
            assert "The file supports each element of trafficking" not in text, r.where
            assert any(m in text for m in missing["purpose"]), r.where
        if r.scenario in ("nothing tagged", "bare file"):
            assert any(m in text for m in missing["act"]), r.where
        if r.scenario == "act only" and r.template != "victim-identification-request":
            assert "does not yet support every element" in text, r.where
        if complete and r.template != "victim-identification-request":
            assert "The file supports each element of trafficking" in text, r.where
        if r.scenario == "child at recruitment" and r.template != "victim-identification-request":
            assert f"no means being required because {who} was a child" in text, r.where


def test_the_story_is_the_clients_account() -> None:
    opening = {"en": "According to {who}'s account", "km": "តាមសម្តីរបស់", "th": "ตามคำบอกเล่าของ"}
    for r in renderings():
        if r.template == "exhibit-list":
            continue
        assert opening[r.language].format(who=_who(r)) in r.text, r.where


def test_administrative_charges_go_to_the_immigration_authority_not_the_prosecutor() -> None:
    for r in renderings():
        if r.scenario != "supported, not identified" or r.language != "en":
            continue
        charges = [b.text for b in r.blocks if b.kind == "subsubheading"]
        if r.template in ("non-punishment-prosecutor", "non-punishment-court"):
            assert charges and all("Overstay" not in c and "Working without" not in c for c in charges), r.where
        if r.template == "penalty-waiver-immigration":
            assert "Overstay" in r.text and "Working without a permit" in r.text, r.where


def test_actip_14_8_only_with_a_recorded_identification() -> None:
    for r in renderings():
        cited = "[[cite:actip.14.8]]" in r.raw
        if not r.case.identification.recorded:
            assert not cited, r.where


# ----------------------------------------------------------------------------- a few on paper
def pdf_text(data: bytes) -> str:
    done = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=True)
    return " ".join(done.stdout.decode("utf-8").split())


@pytest.mark.parametrize(
    ("template", "language", "scenario", "code"),
    [
        ("penalty-waiver-immigration", "en", "bare file", "TH"),
        ("compensation-claim", "km", "supported, not identified", "TH"),
        ("non-punishment-prosecutor", "km", "nothing tagged", "KH"),
        ("non-punishment-court", "th", "supported and identified", "TH"),
    ],
)
def test_on_paper(template: str, language: str, scenario: str, code: str) -> None:
    r = _render(scenario, code, template, language)
    note = drafts_module.NOT_NATIVE.get(language, "")
    info = DocumentInfo("Draft", r.case.reference, language, [], note, "amara")
    printed = pdf_text(draft_pdf(list(r.blocks), info))
    for leftover in MARKUP:
        assert leftover not in printed, leftover
    assert "#" not in printed.replace("SHA-256", "")
    assert "Detention. 1" not in printed and not re.search(r"\d+\.\s+Detention\.\s+\d+\.", printed)
    assert drafting.client_name(r.case, language) in printed
    if note:
        assert note in printed


def test_word_properties_and_the_signature_block() -> None:
    """Word shows the filing's own title (Khmer in a Khmer filing) and the lawyer as author; the signature block
    is kept with the next paragraph down to the date, so Word never splits it over a page break."""
    import io

    from docx import Document

    from app.writers.draft_docx import draft_docx

    r = _render("supported, not identified", "KH", "non-punishment-prosecutor", "km")
    info = DocumentInfo("Request not to prosecute", r.case.reference, "km", [], drafts_module.NOT_NATIVE["km"], "amara")
    document = Document(io.BytesIO(draft_docx(list(r.blocks), info)))
    heading = next(b.text for b in r.blocks if b.kind == "heading")
    assert document.core_properties.title == heading and document.core_properties.author == "amara"
    closing = document.paragraphs[-5:]  # yours faithfully, signature, name, counsel for, date
    assert [p.paragraph_format.keep_with_next for p in closing] == [True, True, True, True, False]
    assert closing[-1].text == drafting.date_text(TODAY.isoformat(), "km")


# ----------------------------------------------------------------------------- every treaty named with its standing
# How each language names the four treaties, and the words that state a State's standing under one (a party-status
# sentence, or the "a standard only: ... has not ratified ..." that follows a citation).
TREATY_NAMES = {
    "palermo": r"Palermo|ប៉ាឡេរម៉ូ|ปาแลร์โม",
    "actip": r"ACTIP",
    "c29": r"Convention No\. 29|C29|ฉบับที่ 29|លេខ ២៩",
    "p29": r"P29",
}
STANDING_WORDS = {
    "en": r"has not ratified|party status to|is a party to|as a party to|has ratified|ratified|acceded to",
    "km": r"សច្ចាប័ន|ភាគី",
    "th": r"สัตยาบัน|ภาคี",
}
_QUOTED = re.compile(r"\u201c[^\u201d]*\u201d|\[MISSING: [^\]]*\]")


def _unstanding_mentions(r: Rendering) -> list[str]:
    """Paragraphs that name a treaty whose binding force on the State is unconfirmed without stating its standing
    (in the paragraph itself, or in the two blocks that follow it: the quotation and the party-status paragraph)."""
    party = drafting.party_status(library(), r.jurisdiction, r.language)
    body = _body(r)
    texts = [_QUOTED.sub("", b.text) for b in body]
    found = []
    for index, block in enumerate(body):
        if block.kind in ("quote", "heading", "subheading", "subsubheading"):
            continue
        for key, names in TREATY_NAMES.items():
            if party[key]["status"] == "party" or not re.search(names, texts[index]):
                continue
            standing = re.compile(rf"(?:{STANDING_WORDS[r.language]}).{{0,160}}?(?:{names})", re.S)
            if not any(standing.search(t) for t in texts[index : index + 3]):
                found.append(f"{key}: {texts[index][:240]}")
    return found


def test_every_treaty_named_for_a_state_it_may_not_bind_carries_its_standing() -> None:
    """P29, C29, Palermo or ACTIP named in argument for a State whose party status is not confirmed is followed by
    its standing ("ACTIP art. 14(7) (a standard until Lao PDR's party status to ACTIP is verified)")."""
    offenders = {}
    for r in renderings():
        found = _unstanding_mentions(r)
        if found:
            offenders[r.where] = found[:3]
    assert not offenders, list(offenders.items())[:6]


def test_the_prosecutor_request_states_p29_standing_where_it_names_it() -> None:
    """The review's example: para. 3 names ACTIP 14(7) and P29 4(2); for Lao PDR (not a party to P29) each is
    followed by its standing, in each language, with the instrument's name in the filing's language."""
    expected = {
        "en": ("ILO P29 art. 4(2) (a standard only: Lao PDR has not ratified ILO P29)",),
        "km": ("(ជាស្តង់ដារប៉ុណ្ណោះ៖ ឡាវមិនទាន់បានផ្តល់សច្ចាប័នលើ ពិធីសារឆ្នាំ ២០១៤ នៃអនុសញ្ញាស្តីពីពលកម្មដោយបង្ខំ (ILO P29) ទេ)",),
        "th": ("(เป็นมาตรฐานเท่านั้น: สปป.ลาวยังไม่ได้ให้สัตยาบัน พิธีสาร ค.ศ. 2014 ของอนุสัญญาว่าด้วยแรงงานบังคับ (ILO P29))",),
    }
    for language, wanted in expected.items():
        r = _render("supported, not identified", "LA", "non-punishment-prosecutor", language)
        third = next(b.text for b in r.blocks if b.kind == "numbered" and b.number == 3)
        for words in wanted:
            assert words in third, (language, third)
