"""The interview definition and its bookkeeping: answers by path, skips, progress, resume."""

from __future__ import annotations

import pydantic
import pytest

from app.cases import intake
from app.cases.case_files import CaseFiles
from app.cases.model import SECTIONS, Case
from storage.vault import Vault


def test_every_question_points_at_a_real_field() -> None:
    case = Case()
    for section in intake.SECTION_LIST:
        for question in section.questions:
            if ".0." in question.id:
                intake.set_answer(case, question.id, intake.get_answer(Case(compounds=[{}]), question.id))
            else:
                intake.get_answer(case, question.id)
    assert tuple(s.id for s in intake.SECTION_LIST) == SECTIONS


def test_answers_are_validated_and_create_the_compound() -> None:
    case = Case()
    intake.set_answer(case, "compounds.0.controls", ["documents_withheld", "threats"])
    assert case.compounds[0].controls == ["documents_withheld", "threats"]
    intake.set_answer(case, "recruitment.channel", "online")
    with pytest.raises(pydantic.ValidationError):
        intake.set_answer(case, "recruitment.channel", "by pigeon")
    assert case.recruitment.channel == "online"


def test_skip_and_do_not_ask_again() -> None:
    case = Case()
    intake.skip(case, "compounds.0.controls", "dara", reason="client distressed")
    assert intake.skipped(case, "compounds.0.controls") is not None
    assert "compounds.0.controls" in [q.id for q in intake.questions_to_ask(case, "compound")]
    intake.skip(case, "compounds.0.controls", "dara", do_not_ask=True)
    assert len(case.interview.skipped) == 1 and case.interview.skipped[0].recorded_by == "dara"
    assert "compounds.0.controls" not in [q.id for q in intake.questions_to_ask(case, "compound")]
    intake.unskip(case, "compounds.0.controls")
    assert not intake.do_not_ask(case, "compounds.0.controls")


def test_pause_and_resume_survive_a_save(vault: Vault) -> None:
    files = CaseFiles(vault)
    case = files.create(Case(client={"names": [{"text": "សុខ"}]}))
    case.interview.language, case.interview.interpreter = "km", "Interpreter A"
    intake.start_session(case, "dara")
    intake.set_progress(case, "profile", "done")
    intake.set_progress(case, "recruitment", "in_progress")
    intake.skip(case, "exit.ransom", "dara", do_not_ask=True)
    intake.end_session(case)
    files.save(case)
    reloaded, _ = files.load(case.reference)
    assert intake.resume_section(reloaded) == "recruitment"
    assert intake.progress(reloaded) == (1, len(SECTIONS))
    assert reloaded.interview.sessions[0].ended_at and reloaded.interview.sessions[0].interpreter == "Interpreter A"
    assert intake.do_not_ask(reloaded, "exit.ransom")
    intake.start_session(reloaded, "dara")
    intake.start_session(reloaded, "dara")  # a forgotten pause closes the earlier session
    assert [bool(s.ended_at) for s in reloaded.interview.sessions] == [True, True, False]
