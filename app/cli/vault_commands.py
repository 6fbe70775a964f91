"""The ``saksi vault ...`` commands. Results go to stdout, messages to stderr (see app.cli.prompt.say).

Each command takes the parsed arguments and returns an exit code; errors are
raised as ``SaksiError`` and turned into a message and exit code by app.cli.
"""

from __future__ import annotations

import json
import os
from argparse import Namespace
from dataclasses import asdict

from app.cli.prompt import (
    NEW_PASSPHRASE,
    PASSPHRASE,
    RECOVERY_CODE,
    USER,
    UsageError,
    confirm,
    new_passphrase,
    require,
    say,
    secret,
    user_name,
)
from storage.errors import InputRejected, PermissionDenied, VaultDamaged
from storage.vault import User, Vault, check_user_name, restore, vault_path, verify_vault


def unlock(args: Namespace, *, remind: bool = True) -> tuple[Vault, str]:
    """Open the vault at ``args.path`` as the chosen user; return it with the passphrase used."""
    user = user_name(args.path, args.user)
    passphrase = secret(PASSPHRASE, f"Passphrase for {user}: ")
    vault = Vault.open(args.path, user, passphrase)
    for note in vault.notes:  # a damaged vault, a full or read-only disk: reading works, writing is refused
        say(f"note: {note}")
    if remind and vault.user.must_change:
        say(f"note: an admin reset the passphrase of {user}; choose your own with 'saksi vault passwd'.")
    return vault, passphrase


def _require_admin(vault: Vault, what: str) -> None:
    """Checked before asking for more secrets; the vault checks it again."""
    if not vault.user.is_admin:
        raise PermissionDenied(f"Only an admin can {what}; {vault.user.name} is a {vault.user.role}.")


def _print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


# ---------------------------------------------------------------------- create / verify / backup / restore
def create(args: Namespace) -> int:
    name = args.user or os.environ.get(USER)
    if not name:
        raise UsageError("Name the vault's first admin with --user NAME.")
    name, folder = check_user_name(name), vault_path(args.path)
    if folder.exists():
        raise InputRejected(f"{folder} already exists. Choose a new name or folder for the vault.")
    passphrase = new_passphrase(PASSPHRASE, NEW_PASSPHRASE, prompt=f"New passphrase for {name}: ")
    vault, code = Vault.create(folder, name, passphrase)
    vault.close()
    say(f"Created the vault {vault.path} with {name} as its admin.")
    print(f"Recovery code: {code}", flush=True)
    say(
        "Write the recovery code on paper and keep it somewhere safe: it opens the vault if every passphrase is lost, and it is shown only this once."
    )
    return 0


def verify(args: Namespace) -> int:
    user = user_name(args.path, args.user)
    passphrase = secret(PASSPHRASE, f"Passphrase for {user}: ")
    notes: list[str] = []
    problems = verify_vault(args.path, user, passphrase, notes)  # read-only: a damaged vault is not written to
    for note in notes:
        say(f"note: {note}")
    if not problems:
        say(
            "The vault is intact: every encrypted page and evidence file, the database structure and the audit log"
            " check out."
        )
        return 0
    for problem in problems:
        say(f"{problem.check}: {problem.message}")
    say("Keep this vault folder as it is (do not delete it) and restore your latest backup into a new folder.")
    return VaultDamaged.exit_code


def backup(args: Namespace) -> int:
    vault, _ = unlock(args)
    with vault:
        target = vault.backup(args.dest)
    say("The backup was written and verified. It is encrypted and opens with the same passphrases and recovery code.")
    print(target)
    return 0


def restore_backup(args: Namespace) -> int:
    target = vault_path(args.dest)
    if target.exists():
        if not args.replace:
            raise InputRejected(
                f"{target} already exists. Restore never overwrites a vault: choose a new folder, or add --replace (the old vault is kept beside it)."
            )
        question = f"{target} will be replaced by the backup (the current one is kept as {target.name}.replaced-...)."
        if not confirm("REPLACE", question, yes=args.yes):
            raise InputRejected(
                f"{target} was not replaced: confirm with --yes in scripts, or type REPLACE when asked."
            )
    user = user_name(args.backup, args.user)
    passphrase = secret(PASSPHRASE, f"Passphrase for {user}: ")
    before = set(target.parent.glob(f"{target.name}.replaced-*"))
    restored = restore(args.backup, target, user, passphrase, replace=args.replace)
    kept = sorted(set(target.parent.glob(f"{target.name}.replaced-*")) - before)
    say("The backup was verified and restored.")
    if kept:
        say(f"The vault that was there before is kept at {kept[-1]}.")
    print(restored)
    return 0


# ---------------------------------------------------------------------- passphrases and recovery
def passwd(args: Namespace) -> int:
    require(PASSPHRASE, NEW_PASSPHRASE)
    vault, current = unlock(args, remind=False)
    with vault:
        new = new_passphrase(NEW_PASSPHRASE, prompt=f"New passphrase for {vault.user.name}: ")
        if new == current:
            raise InputRejected("The new passphrase is the same as the current one; nothing was changed.")
        vault.change_passphrase(new)
    say(f"The passphrase of {vault.user.name} was changed.")
    return 0


def recover(args: Namespace) -> int:
    require(RECOVERY_CODE, NEW_PASSPHRASE)
    user = user_name(args.path, args.user, need_slot=False)
    code = secret(RECOVERY_CODE, "Recovery code: ")
    with Vault.open_with_recovery(args.path, user, code) as vault:
        vault.change_passphrase(new_passphrase(NEW_PASSPHRASE, prompt=f"New passphrase for {user}: "))
    say(f"The vault was unlocked with the recovery code and {user} has a new passphrase.")
    say(
        "If the recovery code may have been seen by someone else, an admin should replace it: saksi vault recovery-code PATH"
    )
    return 0


def recovery_code(args: Namespace) -> int:
    vault, _ = unlock(args)
    with vault:
        _require_admin(vault, "replace the recovery code")
        code = vault.replace_recovery_code()
    print(f"Recovery code: {code}", flush=True)
    say("The old recovery code no longer opens the vault. Write the new one on paper and keep it somewhere safe.")
    return 0


def rekey(args: Namespace) -> int:
    vault, passphrase = unlock(args)
    with vault:
        _require_admin(vault, "rotate the data key")
        say("Re-encrypting every page under a new data key; a large vault takes a while.")
        code = vault.rotate_data_key(passphrase)
        locked_out = [u.name for u in vault.users() if not u.has_slot]
    print(f"Recovery code: {code}", flush=True)
    say("The old recovery code no longer opens the vault. Write the new one on paper and keep it somewhere safe.")
    if locked_out:
        say(
            f"These users must have their passphrase reset by an admin before they can unlock (saksi vault users PATH reset NAME): {', '.join(locked_out)}."
        )
    return 0


# ---------------------------------------------------------------------- users
def _user_note(user: User) -> str:
    if not user.has_slot:
        return "passphrase must be reset"
    if user.must_change:
        return "must change passphrase at next unlock"
    return ""


def users_list(args: Namespace) -> int:
    vault, _ = unlock(args)
    with vault:
        users = vault.users()
    if args.json:
        _print_json([asdict(u) for u in users])
        return 0
    width = max((len(u.name) for u in users), default=0)
    for user in users:
        print(f"{user.name:<{width}}  {user.role:<9}  {_user_note(user)}".rstrip())
    return 0


def users_add(args: Namespace) -> int:
    require(PASSPHRASE, NEW_PASSPHRASE)
    vault, _ = unlock(args)
    with vault:
        _require_admin(vault, "add users")
        name = check_user_name(args.name)
        passphrase = new_passphrase(NEW_PASSPHRASE, prompt=f"Passphrase for the new user {name}: ")
        vault.add_user(name, args.role, passphrase)
    say(
        f"Added {name} as {args.role}. Give them the passphrase in person; they can change it with 'saksi vault passwd'."
    )
    return 0


def users_remove(args: Namespace) -> int:
    vault, _ = unlock(args)
    with vault:
        vault.remove_user(args.name)
    say(f"Removed {args.name}; they can no longer unlock the vault. Their past actions stay in the audit log.")
    return 0


def users_reset(args: Namespace) -> int:
    require(PASSPHRASE, NEW_PASSPHRASE)
    vault, _ = unlock(args)
    with vault:
        _require_admin(vault, "reset passphrases")
        passphrase = new_passphrase(NEW_PASSPHRASE, prompt=f"Temporary passphrase for {args.name}: ")
        vault.reset_passphrase(args.name, passphrase)
        own = args.name == vault.user.name
    say(
        f"The passphrase of {args.name} was reset." + ("" if own else " They must choose their own at the next unlock.")
    )
    return 0


def users_role(args: Namespace) -> int:
    vault, _ = unlock(args)
    with vault:
        vault.set_role(args.name, args.role)
    say(f"{args.name} is now {args.role}.")
    return 0


# ---------------------------------------------------------------------- audit log
def auto_lock(args: Namespace) -> int:
    """Users may lock sooner on their own computer; only an admin sets the longest for everyone."""
    vault, _ = unlock(args)
    with vault:
        if args.max is not None:
            vault.set_auto_lock_limit(args.max)
        limit = vault.auto_lock_limit()
    say(f"Everyone's vault locks after at most {limit} minutes of no use." if limit else "There is no auto-lock limit.")
    return 0


def log(args: Namespace) -> int:
    vault, _ = unlock(args)
    with vault:
        entries = list(reversed(vault.recent_audit(limit=args.limit)))
    if args.json:
        _print_json([asdict(e) for e in entries])
        return 0
    actor_w = max((len(e.actor) for e in entries), default=0)
    action_w = max((len(e.action) for e in entries), default=0)
    for e in entries:
        print(f"{e.seq:>6}  {e.at}  {e.actor:<{actor_w}}  {e.action:<{action_w}}  {e.target}".rstrip())
    return 0
