"""The user's legal_templates folder: overrides, extensions, and errors that name the file and key."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.drafting.compose import list_templates
from legal_templates.loader import SHIPPED_DIR, LegalDataError, Origin, default_user_dir, load_library
from legal_templates.party_status import load_party_table
from legal_templates.toml_models import CaseFieldsFile, load
from storage.errors import InputRejected

CITATION = """
[[citations]]
id = "{id}"
instrument = "Office practice note"
article = "para. 1"
text = "A note the office wrote."
source = "Office library"
status = "{status}"
verified_by = ""
verified_on = ""
"""

FRAMEWORK = (
    """
id = "office"
title = "Office notes"
description = "Notes kept by this office."

[[groups]]
id = "note"
label = "Note"
"""
    + CITATION.format(id="office.1", status="unverified")
    + """
[[elements]]
id = "office.note.shelter"
group = "note"
label = "Shelter refused"
description = "The client was refused a shelter place."
citations = ["office.1"]
corroborate = ["the refusal letter"]
"""
)


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def shipped(name: str) -> str:
    return (SHIPPED_DIR / name).read_text(encoding="utf-8")


def load_error(user_dir: Path) -> LegalDataError:
    with pytest.raises(LegalDataError) as caught:
        load_library(user_dir)
    return caught.value


# --------------------------------------------------------------------------- errors
def test_a_bad_status_names_the_file_and_the_key(tmp_path: Path) -> None:
    text = shipped("frameworks/palermo.toml").replace('status = "confirmed-verbatim"', 'status = "maybe"', 2)
    text = text.replace('status = "maybe"', 'status = "confirmed-verbatim"', 1)  # the second citation is wrong
    path = write(tmp_path, "frameworks/palermo.toml", text)
    error = load_error(tmp_path)
    assert (error.file, error.key) == (str(path), "citations[1].status")
    assert str(error) == (
        f"{path}: citations[1].status: 'maybe' is not one of "
        "confirmed-verbatim (C-V), confirmed-substance (C-S), unverified"
    )


def test_a_missing_text_names_the_citation(tmp_path: Path) -> None:
    text = FRAMEWORK.replace('text = "A note the office wrote."\n', "")
    path = write(tmp_path, "frameworks/office.toml", text)
    error = load_error(tmp_path)
    assert (error.file, error.key, error.problem) == (str(path), "citations[0].text", "is required")


def test_an_unknown_citation_reference(tmp_path: Path) -> None:
    write(tmp_path, "frameworks/office.toml", FRAMEWORK.replace('citations = ["office.1"]', 'citations = ["office.2"]'))
    error = load_error(tmp_path)
    assert error.key == "elements[0].citations[0]"
    assert error.problem == "'office.2' is not a known citation id"


def test_an_unknown_rule_operator(tmp_path: Path) -> None:
    rule = """
[[rules]]
id = "office-hours"
suggests = ["ilo.11"]
explanation = "Long hours."
when = [{ path = "compounds.hours_per_day", op = "more_than", value = 10 }]
"""
    path = write(tmp_path, "rules/office.toml", rule)
    error = load_error(tmp_path)
    assert (error.file, error.key) == (str(path), "rules[0].when[0].op")
    assert error.problem.startswith("'more_than' is not one of contains, equals")


@pytest.mark.parametrize(
    ("condition", "key", "message"),
    [
        ('{ path = "compounds.guards", op = "nonempty" }', "rules[0].when[0].path", "not a known case field"),
        ('{ path = "compounds.controls", op = "contains", value = "chains" }', "rules[0].when[0].value", "'chains'"),
        ('{ path = "compounds.hours_per_day", op = "contains", value = 3 }', "rules[0].when[0].op", "does not apply"),
        ('{ path = "compounds.hours_per_day", op = "gte", value = "12" }', "rules[0].when[0].value", "a number"),
        ('{ path = "compounds.scam_work", op = "nonempty", value = 1 }', "rules[0].when[0].value", "takes no value"),
    ],
)
def test_rule_conditions_are_checked(tmp_path: Path, condition: str, key: str, message: str) -> None:
    rule = f'[[rules]]\nid = "office"\nsuggests = ["ilo.11"]\nexplanation = "x"\nwhen = [{condition}]\n'
    write(tmp_path, "rules/office.toml", rule)
    error = load_error(tmp_path)
    assert error.key == key and message in error.problem


def test_a_rule_suggesting_an_unknown_element(tmp_path: Path) -> None:
    rule = '[[rules]]\nid = "office"\nsuggests = ["ilo.12"]\nexplanation = "x"\nwhen = [{ path = "compounds.scam_work", op = "nonempty" }]\n'
    write(tmp_path, "rules/office.toml", rule)
    error = load_error(tmp_path)
    assert (error.key, error.problem) == ("rules[0].suggests[0]", "'ilo.12' is not a known element id")


def test_a_duplicate_citation_id_names_both_files(tmp_path: Path) -> None:
    path = write(tmp_path, "frameworks/office.toml", FRAMEWORK.replace('id = "office.1"', 'id = "palermo.3a"'))
    path.write_text(path.read_text().replace('citations = ["office.1"]', 'citations = ["palermo.3a"]'))
    error = load_error(tmp_path)
    assert (error.file, error.key) == (str(path), "citations[0].id")
    assert error.problem == "'palermo.3a' is already defined in frameworks/palermo.toml"


def test_a_duplicate_framework_id_in_the_same_folder(tmp_path: Path) -> None:
    write(tmp_path, "frameworks/a.toml", FRAMEWORK)
    second = write(tmp_path, "frameworks/b.toml", FRAMEWORK)
    error = load_error(tmp_path)
    assert (error.file, error.key) == (str(second), "id")
    assert "already defined in" in error.problem and "a.toml" in error.problem


@pytest.mark.parametrize(
    ("change", "key", "message"),
    [
        (("status =", "stauts ="), "citations[0].stauts", "unknown key"),
        (('article = "para. 1"', "article = 1"), "citations[0].article", "must be text"),
        (('article = "para. 1"', 'article = "  "'), "citations[0].article", "must not be empty"),
        (('verified_on = ""', 'verified_on = "last week"'), "citations[0].verified_on", "must be a date"),
        (
            ('status = "unverified"', 'status = "confirmed-verbatim"\nplaceholder = true'),
            "citations[0].status",
            "placeholder",
        ),
        (('group = "note"', 'group = "means"'), "elements[0].group", "not a group"),
        (('corroborate = ["the refusal letter"]', "corroborate = []"), "elements[0].corroborate", "at least one"),
        (('id = "office"', 'id = "Office Notes"'), "id", "lower-case"),
    ],
)
def test_framework_fields_are_checked(tmp_path: Path, change: tuple[str, str], key: str, message: str) -> None:
    write(tmp_path, "frameworks/office.toml", FRAMEWORK.replace(*change, 1))
    error = load_error(tmp_path)
    assert error.key == key and message in error.problem


def test_a_jurisdiction_without_compensation_is_refused(tmp_path: Path) -> None:
    text = shipped("jurisdictions/BN.toml")
    text = text[: text.index("[[compensation]]")]
    write(tmp_path, "jurisdictions/BN.toml", text)
    error = load_error(tmp_path)
    assert error.key == "compensation" and "placeholder" in error.problem


def test_invalid_toml_names_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "jurisdictions/KH.toml", 'code = "KH\n')
    error = load_error(tmp_path)
    assert error.file == str(path) and error.key == "" and "not valid TOML" in error.problem
    assert str(error).startswith(f"{path}: not valid TOML: ")


# --------------------------------------------------------------------------- every kind of file, every kind of fault
def copy_of_the_shipped_files(tmp_path: Path) -> Path:
    """A lawyer's SAKSI_LEGAL_DIR made from a copy of every shipped file: it replaces the whole shipped library."""
    folder = tmp_path / "legal"
    for name in ("frameworks", "jurisdictions", "rules", "filings"):
        shutil.copytree(SHIPPED_DIR / name, folder / name)
    shutil.copy(SHIPPED_DIR / "party-status.toml", folder / "party-status.toml")
    return folder


def load_everything(user_dir: Path) -> None:
    """What the app reads from a legal folder: the library, the party-status table and the filings' metadata."""
    load_library(user_dir)
    load_party_table(user_dir)
    list_templates(user_dir)


def test_the_shipped_files_and_a_full_copy_of_them_load(tmp_path: Path) -> None:
    load_everything(copy_of_the_shipped_files(tmp_path))
    assert load(CaseFieldsFile, SHIPPED_DIR / "case_fields.toml", Origin("case_fields.toml")).fields
    assert len(list_templates()) >= 6 and len(load_party_table().rows) == 40


def test_the_file_models_use_the_same_words_as_the_data() -> None:
    from typing import get_args

    from legal_templates import toml_models
    from legal_templates.models import STATUSES
    from legal_templates.party_status import INSTRUMENTS, LANGUAGES

    assert get_args(toml_models.Status) == STATUSES
    assert get_args(toml_models.Instrument) == INSTRUMENTS
    assert get_args(toml_models.FilingLanguage) == LANGUAGES


STATUSES_SAID = "confirmed-verbatim (C-V), confirmed-substance (C-S), unverified"


@pytest.mark.parametrize(
    ("name", "old", "new", "key", "problem"),
    [
        # frameworks/*.toml
        (
            "frameworks/actip.toml",
            'status = "confirmed-verbatim"',
            'status = "verifed"',
            "citations[1].status",
            f"'verifed' is not one of {STATUSES_SAID}",
        ),
        ("frameworks/actip.toml", "order = ", 'order = "1"\n#', "order", "must be a whole number"),
        (
            "frameworks/actip.toml",
            "\ntitle = ",
            "\ntitel = ",
            "titel",
            "unknown key (expected one of id, title, description, caution, order, groups, citations, elements, "
            "decision_rule)",
        ),
        ("frameworks/ilo-ec.toml", "\ndescription = ", "\n#", "description", "is required"),
        (
            "frameworks/palermo.toml",
            'verified_on = ""',
            "verified_on = 2026-01-01",
            "citations[0].verified_on",
            "must be text",
        ),
        # jurisdictions/*.toml
        (
            "jurisdictions/TH.toml",
            'status = "confirmed-substance"',
            'status = "C-S"',
            "statutes[0].status",
            f"'C-S' is not one of {STATUSES_SAID}",
        ),
        ("jurisdictions/TH.toml", "year = 2008", 'year = "2008"', "statutes[0].year", "must be a whole number"),
        ("jurisdictions/TH.toml", 'name = "Thailand"', "", "name", "is required"),
        (
            "jurisdictions/TH.toml",
            'name = "Thailand"',
            'name = "Thailand"\ncapital = "Bangkok"',
            "capital",
            "unknown key (expected one of code, name, note, statutes, definition, non_punishment, compensation, "
            "assistance, pending, other, fallback_non_punishment, fallback_compensation)",
        ),
        # rules/*.toml
        (
            "rules/intake.toml",
            'op = "any_of"',
            'op = "one_of"',
            "rules[0].when[0].op",
            "'one_of' is not one of contains, equals, any_of, nonempty, gte, lt",
        ),
        (
            "rules/intake.toml",
            'id = "recruited"',
            'id = "recruited"\nenabled = "no"',
            "rules[0].enabled",
            "must be true or false",
        ),
        (
            "rules/intake.toml",
            'explanation = "The client was recruited',
            'explain = "The client was recruited',
            "rules[0].explain",
            "unknown key (expected one of id, suggests, explanation, when, match, enabled)",
        ),
        (
            "rules/intake.toml",
            'suggests = ["palermo.act.recruitment"]\nexplanation',
            "explanation",
            "rules[0].suggests",
            "is required",
        ),
        # party-status.toml
        (
            "party-status.toml",
            'verification = "unverified"',
            'verification = "verified"',
            "party[0].verification",
            f"'verified' is not one of {STATUSES_SAID}",
        ),
        (
            "party-status.toml",
            'status = "unverified"',
            'status = "party"',
            "party[0].status",
            "'party' is not one of ratified, acceded, signed, not-party, unverified",
        ),
        (
            "party-status.toml",
            'source = "Not recorded',
            'sources = "Not recorded',
            "party[0].sources",
            "unknown key (expected one of jurisdiction, instrument, status, date, date_kind, source, verification, "
            "note)",
        ),
        ("party-status.toml", 'date = ""', "date = 2017-01-05", "party[1].date", "must be text"),
        ("party-status.toml", 'instrument = "palermo"\n', "", "party[0].instrument", "is required"),
        (
            "party-status.toml",
            "[instruments.actip]",
            "[instruments.asean]",
            "instruments.asean",
            "'asean' is not one of palermo, actip, ilo-c29, ilo-p29",
        ),
        # filings/*.toml
        (
            "filings/exhibit-list.toml",
            "native_drafter = true",
            'native_drafter = "yes"',
            "languages.en.native_drafter",
            "must be true or false",
        ),
        (
            "filings/exhibit-list.toml",
            "[languages.en]",
            "[languages.vi]",
            "languages.vi",
            "'vi' is not one of en, km, th",
        ),
        (
            "filings/exhibit-list.toml",
            "title = ",
            "tilte = ",
            "tilte",
            "unknown key (expected one of title, description, recipients, languages)",
        ),
        ("filings/exhibit-list.toml", "\ndescription = ", "\n#", "description", "is required"),
    ],
)
def test_a_fault_in_any_legal_file_is_refused_naming_file_and_key(
    tmp_path: Path, name: str, old: str, new: str, key: str, problem: str
) -> None:
    folder = copy_of_the_shipped_files(tmp_path)
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert old in text, "the shipped file changed: pick another line to break"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(LegalDataError) as caught:
        load_everything(folder)
    assert isinstance(caught.value, InputRejected)  # shown like any refusal: plain message, exit code 6
    assert str(caught.value) == f"{path}: {key}: {problem}"
    assert caught.value.message == str(caught.value)  # in English while no translator is installed


@pytest.mark.parametrize(
    ("old", "new", "key", "problem"),
    [
        (
            '{ kind = "text" }',
            '{ kind = "words" }',
            "fields.client.names.text.kind",
            "'words' is not one of text, number, bool, list",
        ),
        ('{ kind = "number" }', "{ kind = 18 }", "fields.client.age.kind", "18 is not one of text, number, bool, list"),
        ('{ kind = "text" }', "{ }", "fields.client.names.text.kind", "is required"),
        (
            '{ kind = "text" }',
            '{ kind = "text", value = ["a"] }',
            "fields.client.names.text.value",
            "unknown key (expected one of kind, values)",
        ),
        ('values = ["name", "alias", "other"]', 'values = "name"', "fields.client.names.kind.values", "must be a list"),
    ],
)
def test_a_fault_in_the_case_fields_is_refused_naming_the_key(
    tmp_path: Path, old: str, new: str, key: str, problem: str
) -> None:
    """case_fields.toml is generated from the case model and never comes from the lawyer's folder; it is checked
    by the same model all the same."""
    path = tmp_path / "case_fields.toml"
    text = (SHIPPED_DIR / "case_fields.toml").read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(LegalDataError) as caught:
        load(CaseFieldsFile, path, Origin("case_fields.toml"))
    assert str(caught.value) == f"case_fields.toml: {key}: {problem}"


def test_a_file_that_is_not_utf8_is_named(tmp_path: Path) -> None:
    folder = copy_of_the_shipped_files(tmp_path)
    (folder / "filings" / "exhibit-list.toml").write_bytes(b'title = "\xff"\n')
    with pytest.raises(LegalDataError) as caught:
        load_everything(folder)
    assert str(caught.value) == f"{folder / 'filings' / 'exhibit-list.toml'}: not valid UTF-8 text"


# --------------------------------------------------------------------------- overrides and extensions
def test_a_user_file_overrides_the_shipped_framework(tmp_path: Path) -> None:
    text = shipped("frameworks/palermo.toml").replace('label = "Deception"', 'label = "Deception (office wording)"')
    write(tmp_path, "frameworks/palermo.toml", text)
    library = load_library(tmp_path)
    assert library.element("palermo.means.deception").label == "Deception (office wording)"
    assert library.framework("palermo").origin.user
    assert not library.framework("actip").origin.user


def test_a_verified_citation_records_who_and_when(tmp_path: Path) -> None:
    text = shipped("jurisdictions/PH.toml").replace(
        'status = "unverified"\nplaceholder = true\nverified_by = ""\nverified_on = ""\nnote = "Section number',
        'status = "confirmed-substance"\nverified_by = "Atty. Reyes"\nverified_on = "2026-02-01"\nnote = "Section number',
    )
    write(tmp_path, "jurisdictions/PH.toml", text)
    s17 = load_library(tmp_path).citation("ph.s17")
    assert (s17.status, s17.verified_by, s17.verified_on, s17.marker) == (
        "confirmed-substance",
        "Atty. Reyes",
        "2026-02-01",
        "",
    )


def test_user_files_add_frameworks_jurisdictions_and_rules(tmp_path: Path) -> None:
    write(tmp_path, "frameworks/office.toml", FRAMEWORK)
    cn = (
        shipped("jurisdictions/BN.toml")
        .replace('code = "BN"', 'code = "CN"')
        .replace('name = "Brunei"', 'name = "China"')
    )
    write(tmp_path, "jurisdictions/CN.toml", cn.replace('id = "bn.', 'id = "cn.'))
    rule = '[[rules]]\nid = "office-detained"\nsuggests = ["office.note.shelter"]\nexplanation = "Detained."\nwhen = [{ path = "detention.detained", op = "equals", value = "yes" }]\n'
    write(tmp_path, "rules/office.toml", rule)
    library = load_library(tmp_path)
    assert library.element("office.note.shelter").framework == "office"
    assert library.jurisdiction("CN").name == "China" and "KH" in library.jurisdictions
    assert [r.id for r in library.rules][-1] == "office-detained"
    assert len(library.rules) == len(load_library().rules) + 1


def test_a_user_rule_can_switch_a_shipped_rule_off(tmp_path: Path) -> None:
    rule = '[[rules]]\nid = "scam-work"\nenabled = false\nsuggests = ["palermo.purpose.forced_labour"]\nexplanation = "Off."\nwhen = [{ path = "compounds.scam_work", op = "nonempty" }]\n'
    write(tmp_path, "rules/office.toml", rule)
    library = load_library(tmp_path)
    assert not next(r for r in library.rules if r.id == "scam-work").enabled


def test_a_missing_user_folder_is_just_the_shipped_library(tmp_path: Path) -> None:
    assert load_library(tmp_path / "nothing").frameworks.keys() == load_library().frameworks.keys()


def test_default_user_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SAKSI_LEGAL_DIR", raising=False)
    assert default_user_dir() is None
    assert default_user_dir(tmp_path) == tmp_path / "legal_templates"
    monkeypatch.setenv("SAKSI_LEGAL_DIR", str(tmp_path / "office"))
    assert default_user_dir(tmp_path) == tmp_path / "office"
