"""Passphrases are judged by zxcvbn: below "Good" a new vault's, a new user's, a reset and a changed passphrase
are refused with the reason; dictionary words with digits and local place names count as easy to guess."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.common.passphrase import Strength, strength, weakness
from storage.errors import InputRejected
from storage.strength import MIN_SCORE, WORD_AND_DIGITS, assess
from storage.vault import Vault
from tests.conftest import PASSPHRASE

WEAK = ["password12", "cambodia2026", "Phnompenh2026", "aaaaaaaaaaaa", "abcdefghijkl", "qwertyuiop12", "password1234"]


@pytest.mark.parametrize("passphrase", WEAK)
def test_easy_passphrases_score_below_the_minimum_with_a_reason(passphrase: str) -> None:
    judged = assess(passphrase)
    assert judged.score < MIN_SCORE
    assert judged.reason is not None and "too easy to guess" in judged.reason
    assert strength(passphrase) < Strength.GOOD
    assert weakness(passphrase) == judged.reason


def test_a_place_name_with_a_year_is_a_word_with_digits() -> None:
    assert assess("cambodia2026").reason == WORD_AND_DIGITS


@pytest.mark.parametrize("passphrase", [PASSPHRASE, "river lantern mango", "ទឹកទន្លេមេគង្គហូរ", "mekong ferry at dawn 42"])
def test_unrelated_words_and_khmer_phrases_pass(passphrase: str) -> None:
    assert assess(passphrase).reason is None
    assert strength(passphrase) >= Strength.GOOD


def test_the_users_own_name_makes_a_passphrase_weaker() -> None:
    assert assess("sokunthea1990!", ["sokunthea"]).score < assess("sokunthea1990!").score


@pytest.mark.parametrize("passphrase", ["password12", "cambodia2026"])
def test_a_new_vault_refuses_a_weak_passphrase_and_writes_nothing(tmp_path: Path, passphrase: str) -> None:
    with pytest.raises(InputRejected, match="too easy to guess"):
        Vault.create(tmp_path / "Office", "amara", passphrase)
    assert list(tmp_path.iterdir()) == []


def test_new_users_resets_and_changes_refuse_weak_passphrases(vault: Vault) -> None:
    with pytest.raises(InputRejected, match="too easy to guess"):
        vault.add_user("sokha", "paralegal", "password12")
    vault.add_user("sokha", "paralegal", "blue heron over the paddy")
    with pytest.raises(InputRejected, match="too easy to guess"):
        vault.reset_passphrase("sokha", "cambodia2026")
    with pytest.raises(InputRejected, match="too easy to guess"):
        vault.change_passphrase("amara12345")
    assert Vault.open(vault.path, "sokha", "blue heron over the paddy").user.role == "paralegal"


def test_only_an_admin_sets_the_auto_lock_limit_and_others_may_only_shorten(vault: Vault) -> None:
    from app.common.settings import effective_auto_lock
    from storage.errors import PermissionDenied

    assert vault.auto_lock_limit() == 60
    vault.set_auto_lock_limit(15)
    vault.add_user("dara", "paralegal", "blue heron over the paddy")
    dara = Vault.open(vault.path, "dara", "blue heron over the paddy")
    try:
        assert dara.auto_lock_limit() == 15
        with pytest.raises(PermissionDenied):
            dara.set_auto_lock_limit(120)
    finally:
        dara.close()
    assert effective_auto_lock(240, 15) == 15  # longer than allowed: the limit
    assert effective_auto_lock(5, 15) == 5  # shorter: the user's choice
    assert effective_auto_lock(0, 15) == 15  # "never" is not allowed under a limit
    assert effective_auto_lock(0, 0) == 0
    assert any(
        e.action == "vault.auto_lock_limit" and e.detail == {"minutes": 15} for e in vault.recent_audit(limit=10)
    )


def test_demo_cases_are_never_added_to_a_vault_holding_real_cases(vault: Vault) -> None:
    from app.cases.case_files import CaseFiles
    from app.cases.model import Case, Client, Name
    from app.demo.demo_cases import fill, holds_real_cases

    files = CaseFiles(vault)
    fill(files, 2, evidence_cases=0)
    assert not holds_real_cases(files)
    files.create(Case(client=Client(names=[Name(text="Sok Dara", script="Latn")])))
    assert holds_real_cases(files)
    with pytest.raises(InputRejected, match="holds real case files"):
        fill(files, 2, evidence_cases=0)
    assert files.count() == 3
