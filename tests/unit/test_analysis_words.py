"""The analysis summaries and the still-missing lines in the drafting language: Khmer and Thai have every
sentence, the Palermo elements are named in the language, and English stays the default."""

from __future__ import annotations

import re

from app.analysis import elements as analysis
from app.analysis.summary_words import ELEMENTS, LANGUAGES, WORDS
from app.cases.model import Charge
from app.drafting.case_drafts import library
from tests.unit import test_filing_matrix as matrix

LATIN_WORD = re.compile(r"\b[A-Za-z]{4,}\b")
# what may stay in Latin letters in a Khmer or Thai line: instrument names and article references
ALLOWED = {
    "Palermo",
    "ACTIP",
    "OHCHR",
    "Principle",
    "Delphi",
    "compulsion",
    "causation",
    "unverified",
    "check",
    "before",
    "filing",
}


def test_every_sentence_exists_in_every_language() -> None:
    for language in LANGUAGES:
        assert set(WORDS[language]) == set(WORDS["en"]), language
    for language in ("km", "th"):
        assert set(ELEMENTS[language]) == {
            e for e in library().elements if e.startswith(("palermo.act", "palermo.means", "palermo.purpose"))
        }


def _latin(lines: list[str]) -> set[str]:
    words = {w for line in lines for w in LATIN_WORD.findall(line)}
    return words - ALLOWED


def test_summaries_and_missing_lines_in_khmer_and_thai() -> None:
    case = matrix._base()
    case.charges = [Charge(offence="Online fraud")]
    rows = analysis.matrix(case, library(), ["palermo", "ilo-indicators"])
    english = analysis.summaries(case, rows, library())
    assert english[0].lines[0].startswith("Act: supported by Recruitment")
    for language, act in (("km", "អំពើ៖ គាំទ្រដោយ ការជ្រើសរើស"), ("th", "การกระทำ: มีข้อเท็จจริงสนับสนุน ได้แก่ การจัดหา")):
        found = analysis.summaries(case, rows, library(), language)
        assert found[0].lines[0].startswith(act), found[0].lines[0]
        lines = [s.title for s in found] + [line for s in found for line in s.lines] + [s.caveat for s in found]
        assert not _latin(lines), (language, _latin(lines))
        missing = analysis.nexus(case, library(), language)[0].missing
        assert len(missing) == 3 and not _latin(missing), (language, missing)  # basis, facts, model
    assert analysis.nexus(case, library())[0].missing[0].startswith("Choose the legal basis")
