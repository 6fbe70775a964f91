"""The user's legal_templates folder: overrides, extensions, and errors that name the file and key."""

from __future__ import annotations

from pathlib import Path

import pytest

from legal_templates.loader import SHIPPED_DIR, LegalDataError, default_user_dir, load_library

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
        f"{path}: citations[1].status: 'maybe' is not one of confirmed-verbatim, confirmed-substance, unverified"
    )


def test_a_missing_text_names_the_citation(tmp_path: Path) -> None:
    text = FRAMEWORK.replace('text = "A note the office wrote."\n', "")
    path = write(tmp_path, "frameworks/office.toml", text)
    error = load_error(tmp_path)
    assert (error.file, error.key, error.message) == (str(path), "citations[0].text", "is required")


def test_an_unknown_citation_reference(tmp_path: Path) -> None:
    write(tmp_path, "frameworks/office.toml", FRAMEWORK.replace('citations = ["office.1"]', 'citations = ["office.2"]'))
    error = load_error(tmp_path)
    assert error.key == "elements[0].citations[0]"
    assert error.message == "'office.2' is not a known citation id"


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
    assert error.message.startswith("'more_than' is not one of contains, equals")


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
    assert error.key == key and message in error.message


def test_a_rule_suggesting_an_unknown_element(tmp_path: Path) -> None:
    rule = '[[rules]]\nid = "office"\nsuggests = ["ilo.12"]\nexplanation = "x"\nwhen = [{ path = "compounds.scam_work", op = "nonempty" }]\n'
    write(tmp_path, "rules/office.toml", rule)
    error = load_error(tmp_path)
    assert (error.key, error.message) == ("rules[0].suggests[0]", "'ilo.12' is not a known element id")


def test_a_duplicate_citation_id_names_both_files(tmp_path: Path) -> None:
    path = write(tmp_path, "frameworks/office.toml", FRAMEWORK.replace('id = "office.1"', 'id = "palermo.3a"'))
    path.write_text(path.read_text().replace('citations = ["office.1"]', 'citations = ["palermo.3a"]'))
    error = load_error(tmp_path)
    assert (error.file, error.key) == (str(path), "citations[0].id")
    assert error.message == "'palermo.3a' is already defined in frameworks/palermo.toml"


def test_a_duplicate_framework_id_in_the_same_folder(tmp_path: Path) -> None:
    write(tmp_path, "frameworks/a.toml", FRAMEWORK)
    second = write(tmp_path, "frameworks/b.toml", FRAMEWORK)
    error = load_error(tmp_path)
    assert (error.file, error.key) == (str(second), "id")
    assert "already defined in" in error.message and "a.toml" in error.message


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
    assert error.key == key and message in error.message


def test_a_jurisdiction_without_compensation_is_refused(tmp_path: Path) -> None:
    text = shipped("jurisdictions/BN.toml")
    text = text[: text.index("[[compensation]]")]
    write(tmp_path, "jurisdictions/BN.toml", text)
    error = load_error(tmp_path)
    assert error.key == "compensation" and "placeholder" in error.message


def test_invalid_toml_names_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "jurisdictions/KH.toml", 'code = "KH\n')
    error = load_error(tmp_path)
    assert error.file == str(path) and error.key == "" and "not valid TOML" in error.message


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
