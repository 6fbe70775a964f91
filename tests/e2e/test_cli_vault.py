"""``saksi vault ...`` end to end: the real command in a subprocess, on real encrypted vaults.

One office vault (admin amara, lawyer dara, paralegal sok) is made once per module as ``vault create`` and
``vault users add`` make it (office_vault: fixture-cost key slots, so each command unlocks in milliseconds); each
test works on its own copy of the folder. The create tests run the command itself.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import ADMIN, PAGE_SIZE, PASSPHRASE, UNREAD_AT_OPEN, root_page
from tests.e2e.helpers import (
    AS_ADMIN,
    AS_PARALEGAL,
    PARALEGAL,
    PARALEGAL_PASS,
    fingerprint,
    office_vault,
    overwrite,
    private_copy,
    recovery_code,
    saksi,
)

pytestmark = pytest.mark.e2e

DARA, DARA_PASS = "dara", "dara's own passphrase"
NEW_PASS = "a brand new passphrase"
AS_DARA = {"SAKSI_USER": DARA, "SAKSI_PASSPHRASE": DARA_PASS}
PAGE = PAGE_SIZE


@dataclass(frozen=True)
class Office:
    folder: Path
    code: str


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Office:
    users = ((DARA, "lawyer", DARA_PASS), (PARALEGAL, "paralegal", PARALEGAL_PASS))
    return Office(*office_vault(tmp_path_factory.mktemp("office"), users))


@pytest.fixture
def vault(office: Office, tmp_path: Path) -> Path:
    """A private copy of the office vault."""
    return private_copy(office.folder, tmp_path)


def lines(text: str) -> list[str]:
    return text.splitlines()


# ---------------------------------------------------------------------- create
def test_create_prints_the_recovery_code_once_and_nothing_else(tmp_path: Path) -> None:
    created = saksi("vault", "create", tmp_path / "Office", "--user", ADMIN, SAKSI_PASSPHRASE=PASSPHRASE)
    assert created.returncode == 0, created.stderr
    code = recovery_code(created.stdout)
    assert lines(created.stdout) == [f"Recovery code: {code}"]
    assert code not in created.stderr
    assert "Office.saksi" in created.stderr
    assert all(line.startswith("saksi: ") for line in lines(created.stderr))


def test_create_single_user_vault_then_open_it_with_the_recovery_code(tmp_path: Path) -> None:
    folder = tmp_path / "Field.saksi"
    created = saksi("vault", "create", folder, "--user", "ម៉ារី", SAKSI_NEW_PASSPHRASE=PASSPHRASE)
    assert created.returncode == 0, created.stderr
    code = recovery_code(created.stdout)
    # One user: --user may be left out; the recovery code opens the vault and sets a new passphrase.
    recovered = saksi("vault", "recover", folder, SAKSI_RECOVERY_CODE=code.lower(), SAKSI_NEW_PASSPHRASE=NEW_PASS)
    assert recovered.returncode == 0, recovered.stderr
    assert saksi("vault", "verify", folder, SAKSI_PASSPHRASE=NEW_PASS).returncode == 0
    again = saksi("vault", "create", folder, "--user", ADMIN, SAKSI_PASSPHRASE=PASSPHRASE)
    assert again.returncode == 6
    assert "already exists" in again.stderr


def test_create_refuses_a_short_passphrase_and_needs_a_user(tmp_path: Path) -> None:
    short = saksi("vault", "create", tmp_path / "A", "--user", ADMIN, SAKSI_PASSPHRASE="short")
    assert short.returncode == 6
    assert "at least 10 characters" in short.stderr
    nobody = saksi("vault", "create", tmp_path / "B", SAKSI_PASSPHRASE=PASSPHRASE)
    assert nobody.returncode == 2
    assert "--user" in nobody.stderr
    no_secret = saksi("vault", "create", tmp_path / "C", "--user", ADMIN)
    assert no_secret.returncode == 2
    assert "SAKSI_PASSPHRASE" in no_secret.stderr
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------------- unlocking: secrets and users
def test_wrong_passphrase_is_exit_3_and_changes_nothing(vault: Path) -> None:
    before = fingerprint(vault)
    result = saksi("vault", "verify", vault, SAKSI_USER=ADMIN, SAKSI_PASSPHRASE="not the passphrase")
    assert result.returncode == 3
    assert lines(result.stderr) == ["saksi: The passphrase is wrong for this user."]
    assert "Traceback" not in result.stderr
    assert fingerprint(vault) == before


def test_unknown_user_is_exit_3_and_changes_nothing(vault: Path) -> None:
    before = fingerprint(vault)
    result = saksi("vault", "log", vault, "--user", "nobody", SAKSI_PASSPHRASE=PASSPHRASE)
    assert result.returncode == 3
    assert "'nobody' cannot unlock this vault" in result.stderr
    assert fingerprint(vault) == before


@pytest.mark.parametrize(
    ("args", "given", "missing"),
    [
        (("verify",), {}, "SAKSI_PASSPHRASE"),
        (("passwd",), {"SAKSI_PASSPHRASE": PASSPHRASE}, "SAKSI_NEW_PASSPHRASE"),
        (("recover",), {"SAKSI_NEW_PASSPHRASE": NEW_PASS}, "SAKSI_RECOVERY_CODE"),
    ],
)
def test_missing_secret_without_a_terminal_is_exit_2(
    vault: Path, args: tuple[str, ...], given: dict[str, str], missing: str
) -> None:
    before = fingerprint(vault)
    result = saksi("vault", *args, vault, SAKSI_USER=ADMIN, **given)
    assert result.returncode == 2
    assert missing in result.stderr
    assert fingerprint(vault) == before


def test_several_users_and_none_chosen_is_exit_2_listing_them(vault: Path) -> None:
    result = saksi("vault", "verify", vault, SAKSI_PASSPHRASE=PASSPHRASE)
    assert result.returncode == 2
    assert "amara, dara, sok" in result.stderr


def test_user_option_wins_over_saksi_user(vault: Path) -> None:
    result = saksi("vault", "verify", vault, "--user", DARA, SAKSI_USER=ADMIN, SAKSI_PASSPHRASE=DARA_PASS)
    assert result.returncode == 0, result.stderr


# ---------------------------------------------------------------------- verify
def test_verify_intact_vault(vault: Path) -> None:
    result = saksi("vault", "verify", vault, **AS_ADMIN)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert "intact" in result.stderr


def test_verify_names_a_damaged_later_page(vault: Path) -> None:
    page = root_page(vault, UNREAD_AT_OPEN)  # a page verify's own opening does not read, so verify reaches it
    overwrite(vault / "vault.db", PAGE * (page - 1) + 100)
    result = saksi("vault", "verify", vault, **AS_ADMIN)
    assert result.returncode == 4
    assert "Traceback" not in result.stderr
    problems = [line for line in lines(result.stderr) if line.startswith("saksi: encryption:")]
    assert problems == [f"saksi: encryption: Encrypted page check failed: HMAC verification failed for page {page}."]
    assert "restore your latest backup" in result.stderr


def test_damaged_page_needed_to_open_is_exit_4(vault: Path) -> None:
    overwrite(vault / "vault.db", 100)  # page 1: the key is right, the file is not
    result = saksi("vault", "verify", vault, **AS_ADMIN)
    assert result.returncode == 4
    assert "first page is damaged" in result.stderr


def test_missing_keys_file_is_exit_4(vault: Path) -> None:
    (vault / "keys.json").unlink()
    result = saksi("vault", "verify", vault, **AS_ADMIN)
    assert result.returncode == 4
    assert lines(result.stderr) == [
        "saksi: The vault folder Office.saksi is missing keys.json; restore it from a backup."
    ]


def test_no_vault_there_is_exit_4(tmp_path: Path) -> None:
    result = saksi("vault", "verify", tmp_path / "Nowhere.saksi", **AS_ADMIN)
    assert result.returncode == 4
    assert "There is no vault at" in result.stderr


def test_vault_from_a_newer_version_is_exit_5_and_unchanged(vault: Path) -> None:
    from storage.vault import Vault

    with Vault.open(vault, ADMIN, PASSPHRASE) as opened:
        opened.conn.execute("PRAGMA user_version = 99")
    before = fingerprint(vault)
    result = saksi("vault", "verify", vault, **AS_ADMIN)
    assert result.returncode == 5
    assert "newer version of Saksi" in result.stderr
    assert fingerprint(vault) == before


# ---------------------------------------------------------------------- backup and restore
def test_backup_and_restore_round_trip(vault: Path, tmp_path: Path) -> None:
    shelf = tmp_path / "usb"
    shelf.mkdir()
    backed_up = saksi("vault", "backup", vault, shelf, **AS_ADMIN)
    assert backed_up.returncode == 0, backed_up.stderr
    backup = Path(backed_up.stdout.strip())
    assert backup.parent == shelf and backup.name.startswith("Office-backup-") and backup.suffix == ".saksi"
    assert (backup / "keys.json").is_file()

    dest = tmp_path / "Restored"
    restored = saksi("vault", "restore", backup, dest, **AS_DARA)
    assert restored.returncode == 0, restored.stderr
    assert Path(restored.stdout.strip()) == tmp_path / "Restored.saksi"
    listed = saksi("vault", "users", dest.with_suffix(".saksi"), "list", **AS_PARALEGAL)
    assert [line.split()[0] for line in lines(listed.stdout)] == [ADMIN, DARA, PARALEGAL]

    before = fingerprint(tmp_path / "Restored.saksi")
    refused = saksi("vault", "restore", backup, dest, **AS_ADMIN)
    assert refused.returncode == 6
    assert "already exists" in refused.stderr
    unconfirmed = saksi("vault", "restore", backup, dest, "--replace", **AS_ADMIN)
    assert unconfirmed.returncode == 6
    assert "--yes" in unconfirmed.stderr
    assert fingerprint(tmp_path / "Restored.saksi") == before

    replaced = saksi("vault", "restore", backup, dest, "--replace", "--yes", **AS_ADMIN)
    assert replaced.returncode == 0, replaced.stderr
    kept = list(tmp_path.glob("Restored.saksi.replaced-*"))
    assert len(kept) == 1
    assert fingerprint(kept[0]) == before
    assert str(kept[0]) in replaced.stderr
    assert saksi("vault", "verify", tmp_path / "Restored.saksi", **AS_ADMIN).returncode == 0


def test_backup_never_overwrites(vault: Path, tmp_path: Path) -> None:
    other = tmp_path / "Other.saksi"
    shutil.copytree(vault, other)
    result = saksi("vault", "backup", vault, other, **AS_ADMIN)
    assert result.returncode == 6
    assert "never overwrites" in result.stderr


# ---------------------------------------------------------------------- passphrases and recovery
def test_passwd_changes_the_passphrase(vault: Path) -> None:
    changed = saksi("vault", "passwd", vault, "--user", DARA, SAKSI_PASSPHRASE=DARA_PASS, SAKSI_NEW_PASSPHRASE=NEW_PASS)
    assert changed.returncode == 0, changed.stderr
    old = saksi("vault", "verify", vault, **AS_DARA)
    assert old.returncode == 3
    assert saksi("vault", "verify", vault, SAKSI_USER=DARA, SAKSI_PASSPHRASE=NEW_PASS).returncode == 0
    same = saksi("vault", "passwd", vault, SAKSI_USER=DARA, SAKSI_PASSPHRASE=NEW_PASS, SAKSI_NEW_PASSPHRASE=NEW_PASS)
    assert same.returncode == 6
    wrong = saksi("vault", "passwd", vault, SAKSI_USER=DARA, SAKSI_PASSPHRASE=DARA_PASS, SAKSI_NEW_PASSPHRASE=NEW_PASS)
    assert wrong.returncode == 3


def test_recover_with_the_recovery_code(vault: Path, office: Office) -> None:
    before = fingerprint(vault)
    wrong = saksi(
        "vault",
        "recover",
        vault,
        "--user",
        ADMIN,
        SAKSI_RECOVERY_CODE="AAAA-" * 7 + "AAAA",
        SAKSI_NEW_PASSPHRASE=NEW_PASS,
    )
    assert wrong.returncode == 3
    assert "recovery code is wrong" in wrong.stderr
    assert fingerprint(vault) == before
    unknown = saksi(
        "vault", "recover", vault, "--user", "nobody", SAKSI_RECOVERY_CODE=office.code, SAKSI_NEW_PASSPHRASE=NEW_PASS
    )
    assert unknown.returncode == 3
    recovered = saksi(
        "vault", "recover", vault, "--user", ADMIN, SAKSI_RECOVERY_CODE=office.code, SAKSI_NEW_PASSPHRASE=NEW_PASS
    )
    assert recovered.returncode == 0, recovered.stderr
    assert saksi("vault", "verify", vault, **AS_ADMIN).returncode == 3
    assert saksi("vault", "verify", vault, SAKSI_USER=ADMIN, SAKSI_PASSPHRASE=NEW_PASS).returncode == 0


def test_rekey_replaces_the_recovery_code_and_locks_out_other_users(vault: Path, office: Office) -> None:
    refused = saksi("vault", "rekey", vault, **AS_DARA)
    assert refused.returncode == 1
    assert "Only an admin" in refused.stderr
    rekeyed = saksi("vault", "rekey", vault, **AS_ADMIN)
    assert rekeyed.returncode == 0, rekeyed.stderr
    new_code = recovery_code(rekeyed.stdout)
    assert new_code != office.code
    assert "dara, sok" in rekeyed.stderr

    assert saksi("vault", "verify", vault, **AS_DARA).returncode == 3
    listed = saksi("vault", "users", vault, "list", **AS_ADMIN)
    assert f"{DARA}   lawyer     passphrase must be reset" in lines(listed.stdout)
    old = saksi(
        "vault", "recover", vault, SAKSI_USER=ADMIN, SAKSI_RECOVERY_CODE=office.code, SAKSI_NEW_PASSPHRASE=NEW_PASS
    )
    assert old.returncode == 3
    new = saksi(
        "vault", "recover", vault, SAKSI_USER=ADMIN, SAKSI_RECOVERY_CODE=new_code, SAKSI_NEW_PASSPHRASE=NEW_PASS
    )
    assert new.returncode == 0, new.stderr


def test_replace_the_recovery_code(vault: Path, office: Office) -> None:
    assert saksi("vault", "recovery-code", vault, **AS_PARALEGAL).returncode == 1
    replaced = saksi("vault", "recovery-code", vault, **AS_ADMIN)
    assert replaced.returncode == 0, replaced.stderr
    new_code = recovery_code(replaced.stdout)
    old = saksi(
        "vault", "recover", vault, SAKSI_USER=PARALEGAL, SAKSI_RECOVERY_CODE=office.code, SAKSI_NEW_PASSPHRASE=NEW_PASS
    )
    assert old.returncode == 3
    new = saksi(
        "vault", "recover", vault, SAKSI_USER=PARALEGAL, SAKSI_RECOVERY_CODE=new_code, SAKSI_NEW_PASSPHRASE=NEW_PASS
    )
    assert new.returncode == 0, new.stderr


# ---------------------------------------------------------------------- users
def test_users_list_as_text_and_json(vault: Path) -> None:
    text = saksi("vault", "users", vault, "list", **AS_PARALEGAL)
    assert text.returncode == 0, text.stderr
    assert lines(text.stdout) == ["amara  admin", "dara   lawyer", "sok    paralegal"]
    as_json = saksi("vault", "users", vault, "list", "--json", **AS_PARALEGAL)
    users = json.loads(as_json.stdout)
    assert [(u["name"], u["role"], u["has_slot"], u["must_change"]) for u in users] == [
        (ADMIN, "admin", True, False),
        (DARA, "lawyer", True, False),
        (PARALEGAL, "paralegal", True, False),
    ]


def test_users_add_and_remove(vault: Path) -> None:
    added = saksi("vault", "users", vault, "add", "lina", "--role", "lawyer", SAKSI_NEW_PASSPHRASE=NEW_PASS, **AS_ADMIN)
    assert added.returncode == 0, added.stderr
    assert saksi("vault", "verify", vault, SAKSI_USER="lina", SAKSI_PASSPHRASE=NEW_PASS).returncode == 0
    twice = saksi("vault", "users", vault, "add", "lina", "--role", "lawyer", SAKSI_NEW_PASSPHRASE=NEW_PASS, **AS_ADMIN)
    assert twice.returncode == 6
    removed = saksi("vault", "users", vault, "remove", "lina", **AS_ADMIN)
    assert removed.returncode == 0, removed.stderr
    gone = saksi("vault", "verify", vault, SAKSI_USER="lina", SAKSI_PASSPHRASE=NEW_PASS)
    assert gone.returncode == 3
    listed = saksi("vault", "users", vault, "list", **AS_ADMIN)
    assert "lina" not in listed.stdout


def test_users_add_is_refused_for_a_paralegal(vault: Path) -> None:
    result = saksi(
        "vault", "users", vault, "add", "lina", "--role", "lawyer", SAKSI_NEW_PASSPHRASE=NEW_PASS, **AS_PARALEGAL
    )
    assert result.returncode == 1
    assert lines(result.stderr) == ["saksi: Only an admin can add users; sok is a paralegal."]


def test_users_add_rejects_bad_input(vault: Path) -> None:
    bad_name = saksi(
        "vault", "users", vault, "add", "a/b", "--role", "lawyer", SAKSI_NEW_PASSPHRASE=NEW_PASS, **AS_ADMIN
    )
    assert bad_name.returncode == 6
    assert "without slashes" in bad_name.stderr
    bad_role = saksi(
        "vault", "users", vault, "add", "lina", "--role", "boss", SAKSI_NEW_PASSPHRASE=NEW_PASS, **AS_ADMIN
    )
    assert bad_role.returncode == 2
    assert "invalid choice" in bad_role.stderr
    no_passphrase = saksi("vault", "users", vault, "add", "lina", "--role", "lawyer", **AS_ADMIN)
    assert no_passphrase.returncode == 2
    assert "SAKSI_NEW_PASSPHRASE" in no_passphrase.stderr


def test_the_last_admin_stays(vault: Path) -> None:
    removed = saksi("vault", "users", vault, "remove", ADMIN, **AS_ADMIN)
    assert removed.returncode == 6
    assert "cannot remove yourself" in removed.stderr
    demoted = saksi("vault", "users", vault, "role", ADMIN, "lawyer", **AS_ADMIN)
    assert demoted.returncode == 6
    assert "last admin" in demoted.stderr
    unknown = saksi("vault", "users", vault, "remove", "nobody", **AS_ADMIN)
    assert unknown.returncode == 3


def test_users_reset_and_role(vault: Path) -> None:
    temporary = "temporary passphrase 1"
    reset = saksi("vault", "users", vault, "reset", DARA, SAKSI_NEW_PASSPHRASE=temporary, **AS_ADMIN)
    assert reset.returncode == 0, reset.stderr
    promoted = saksi("vault", "users", vault, "role", PARALEGAL, "admin", **AS_ADMIN)
    assert promoted.returncode == 0, promoted.stderr
    listed = saksi("vault", "users", vault, "list", **AS_ADMIN)
    assert lines(listed.stdout) == [
        "amara  admin",
        "dara   lawyer     must change passphrase at next unlock",
        "sok    admin",
    ]
    assert saksi("vault", "log", vault, **AS_DARA).returncode == 3
    with_temporary = saksi("vault", "log", vault, SAKSI_USER=DARA, SAKSI_PASSPHRASE=temporary)
    assert with_temporary.returncode == 0
    assert "saksi vault passwd" in with_temporary.stderr
    # sok is an admin now, so amara may be demoted.
    assert saksi("vault", "users", vault, "role", ADMIN, "lawyer", **AS_PARALEGAL).returncode == 0


# ---------------------------------------------------------------------- audit log
def test_log_shows_the_events(vault: Path) -> None:
    saksi("vault", "users", vault, "role", PARALEGAL, "lawyer", **AS_ADMIN)
    text = saksi("vault", "log", vault, **AS_DARA)
    assert text.returncode == 0, text.stderr
    rows = [line.split() for line in lines(text.stdout)]
    assert [r[0] for r in rows] == [str(i) for i in range(1, len(rows) + 1)]
    events = [(r[2], r[3], r[4] if len(r) > 4 else "") for r in rows]
    assert events[:3] == [
        (ADMIN, "vault.create", "vault"),
        (ADMIN, "user.add", f"user:{ADMIN}"),
        (ADMIN, "vault.unlock", "vault"),
    ]
    assert (ADMIN, "user.add", f"user:{DARA}") in events
    assert (ADMIN, "user.role", f"user:{PARALEGAL}") in events
    assert events[-1] == (DARA, "vault.unlock", "vault")

    limited = saksi("vault", "log", vault, "--limit", "2", "--json", **AS_DARA)
    entries = json.loads(limited.stdout)
    assert [e["action"] for e in entries] == ["vault.unlock", "vault.unlock"]
    assert entries[0]["seq"] + 1 == entries[1]["seq"]
    assert set(entries[0]) >= {"seq", "at", "actor", "action", "target", "detail", "hash"}
    assert saksi("vault", "log", vault, "--limit", "0", **AS_DARA).returncode == 2


@pytest.mark.parametrize("weak", ["password12", "cambodia2026"])
def test_create_refuses_a_passphrase_easy_to_guess_with_the_reason(tmp_path: Path, weak: str) -> None:
    done = saksi("vault", "create", tmp_path / "A", "--user", ADMIN, SAKSI_PASSPHRASE=weak)
    assert done.returncode == 6, done.stderr
    assert "too easy to guess" in done.stderr and "unrelated words" in done.stderr
    assert not (tmp_path / "A.saksi").exists()


def test_audit_list_and_export_in_words(vault: Path, tmp_path: Path) -> None:
    listed = saksi("audit", "list", vault, "--kind", "users", **AS_ADMIN)
    assert listed.returncode == 0, listed.stderr
    assert "added the user" in listed.stdout and "user:" not in listed.stdout and "{" not in listed.stdout
    exported = saksi("audit", "export", vault, "--out", tmp_path, **AS_ADMIN)
    assert exported.returncode == 0, exported.stderr
    assert (tmp_path / "audit-log.csv").exists()
    again = saksi("audit", "list", vault, "--kind", "exports", "--json", **AS_ADMIN)
    assert "exported the audit log to" in again.stdout
    bad = saksi("audit", "list", vault, "--since", "2030-01-01", "--until", "2020-01-01", **AS_ADMIN)
    assert bad.returncode == 6
