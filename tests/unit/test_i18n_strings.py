"""Texts that live outside ui/ reach the translators, and what app/ and storage/ say can be translated:
messages are templates with named parameters, rendered through the translator the GUI installs."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from storage import errors
from storage.errors import InputRejected, PermissionDenied, localized
from storage.vault import Vault
from tests.conftest import ADMIN, PASSPHRASE
from ui.i18n import catalog, extract
from ui.i18n.breaks import ZWSP, with_breaks

GENERATED = Path(__file__).resolve().parents[2] / "ui" / "i18n" / "app_strings.py"
KHMER = {"There is no case {reference} in this vault.": "គ្មានសំណុំរឿង {reference} ក្នុងឃ្លាំងសម្ងាត់នេះទេ។"}


@pytest.fixture
def khmer_messages() -> Iterator[None]:
    errors.set_translator(lambda text: KHMER.get(text, text))
    yield
    errors.set_translator(None)


def test_app_strings_for_translators_are_current() -> None:
    tree = ast.parse(GENERATED.read_text(encoding="utf-8"))
    listed = {
        (node.args[0].value, node.args[1].value)  # type: ignore[attr-defined]
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
    }
    missing = [pair for pair in extract.texts() if pair not in listed]
    assert missing == [], "run `make translations`"


def test_messages_of_app_and_storage_are_found_for_the_translators() -> None:
    found = set(extract.messages())
    assert "The passphrase is wrong for this user." in found  # passed into a helper as an exception
    assert "Only an admin can rotate the data key." in found
    assert "There is nothing to export: no exhibits with redacted copies." in found  # one branch of an if
    assert "Audit log: entry {seq} was altered after it was written (hash mismatch)." in found  # localized()
    assert not any("{exc" in text for text in found)  # parameters have names, not expressions


def test_no_message_is_built_in_a_way_no_translation_can_match() -> None:
    """An f-string, a concatenation or a .format() gives each message its own text: it can never be found
    in the catalogue. Messages are templates with named parameters instead."""
    built = []
    for path, call in extract.message_calls():
        first = call.args[0]
        if path.as_posix().endswith("app/cases/model.py") and getattr(call.func, "id", "") == "ValueError":
            continue  # pydantic validators: only their fixed texts are listed; a few name the bad value
        if isinstance(first, ast.JoinedStr | ast.BinOp) or (
            isinstance(first, ast.Call) and getattr(first.func, "attr", "") == "format"
        ):
            built.append(f"{path.name}:{call.lineno}")
    assert built == []


def test_an_error_is_shown_in_the_language_of_the_moment(khmer_messages: None) -> None:
    error = InputRejected("There is no case {reference} in this vault.", reference="KH-2026-0001")
    assert error.message == "គ្មានសំណុំរឿង KH-2026-0001 ក្នុងឃ្លាំងសម្ងាត់នេះទេ។"
    assert str(error) == "There is no case KH-2026-0001 in this vault."  # logs and the CLI stay English
    errors.set_translator(None)
    assert error.message == "There is no case KH-2026-0001 in this vault."


def test_a_vault_refusal_reaches_the_user_translated(khmer_messages: None, vault_copy: tuple[Path, str]) -> None:
    KHMER["Only an admin can add users."] = "មានតែអ្នកគ្រប់គ្រងប៉ុណ្ណោះ ដែលអាចបន្ថែមអ្នកប្រើបាន។"
    admin = Vault.open(vault_copy[0], ADMIN, PASSPHRASE)
    admin.add_user("sok", "paralegal", PASSPHRASE)
    admin.close()
    paralegal = Vault.open(vault_copy[0], "sok", PASSPHRASE)
    try:
        with pytest.raises(PermissionDenied) as raised:
            paralegal.add_user("dara", "lawyer", PASSPHRASE)
    finally:
        paralegal.close()
    assert raised.value.message == KHMER["Only an admin can add users."]


def test_literal_braces_survive_when_no_parameter_is_given() -> None:
    assert localized("A case must be a JSON object {like this}.") == "A case must be a JSON object {like this}."


@pytest.mark.parametrize(
    ("source", "translation", "wrong"),
    [
        ("Saved: {path}", "បានរក្សាទុក៖ {path}", False),
        ("Saved: {path}", "បានរក្សាទុក៖ {file}", True),
        ("Import {count} file(s)…", "នាំចូលឯកសារ {count}…", False),
        ("Import {count} file(s)…", "នាំចូលឯកសារ {count}", True),  # lost the … that says a dialog follows
        ("&Vault", "ឃ្លាំងសម្ងាត់ (&V)", False),
        ("&Vault", "ឃ្លាំងសម្ងាត់", True),
        ("Line one<br>two %1", "ជួរ<br>%1", False),
        ("Line one<br>two %1", "ជួរ %1", True),
        ('Fewer than {k}: shown as "<{k}"', 'តិចជាង {k}៖ "<{k}"', False),
        ("Done", "", True),
    ],
)
def test_a_translation_must_keep_placeholders_tags_and_shortcuts(source: str, translation: str, wrong: bool) -> None:
    assert bool(catalog.problems(source, translation)) is wrong


def test_khmer_words_get_line_break_marks_and_nothing_else_does() -> None:
    marked = with_breaks("ច្បាប់ចម្លងត្រូវបានបង្កើតឡើងវិញ {label} (ឧ. KH)", "km")
    assert marked.replace(ZWSP, "") == "ច្បាប់ចម្លងត្រូវបានបង្កើតឡើងវិញ {label} (ឧ. KH)"
    assert marked.split(" ")[0].split(ZWSP) == ["ច្បាប់", "ចម្លង", "ត្រូវ", "បាន", "បង្កើត", "ឡើងវិញ"]  # ICU's words
    assert with_breaks("Saved: {path}", "km") == "Saved: {path}"
    assert ZWSP not in with_breaks("លេខកូដសង្គ្រោះ {vault}.pdf", "km")  # a file name stays as typed
