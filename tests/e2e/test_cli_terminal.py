"""Secrets and confirmations asked on a terminal (a pseudo-terminal), answered prompt by prompt.

The child runs in its own session, so it has no controlling terminal: getpass
falls back to the pty on stdin (echo off) and writes its prompts to stderr.
"""

from __future__ import annotations

import os
import select
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import ADMIN, PASSPHRASE
from tests.e2e.helpers import ROOT, cli_env, fingerprint, recovery_code, saksi

pytestmark = [pytest.mark.e2e, pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX terminal")]

NEW_PASS = "a brand new passphrase"


@dataclass
class Session:
    returncode: int
    stdout: str
    stderr: str


def on_terminal(*args: object, answers: list[tuple[str, str]], interrupt: str | None = None, **extra: str) -> Session:
    """Run saksi with a terminal on stdin; type each answer once its prompt shows on stderr.

    ``interrupt``: a prompt at which the person presses Ctrl+C instead of answering.
    """
    master, terminal = os.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "app", *map(str, args)],
        stdin=terminal,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=cli_env(**extra),
        cwd=ROOT,
        start_new_session=True,
        # A terminal's Ctrl+C: a run started in the background by a non-interactive shell inherits SIGINT ignored,
        # and Python then installs no KeyboardInterrupt handler in the child.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    os.close(terminal)
    assert proc.stderr is not None
    transcript, cursor = b"", 0
    pending = [(p.encode(), a.encode() + b"\n") for p, a in answers]
    pending += [(interrupt.encode(), b"")] if interrupt else []
    deadline = time.monotonic() + 30
    try:
        while pending and time.monotonic() < deadline and proc.poll() is None:
            if select.select([proc.stderr], [], [], 0.1)[0]:
                transcript += os.read(proc.stderr.fileno(), 4096)
            prompt, answer = pending[0]
            found = transcript.find(prompt, cursor)
            if found < 0:
                continue
            cursor = found + len(prompt)
            if answer:
                os.write(master, answer)
            else:
                proc.send_signal(signal.SIGINT)
            pending.pop(0)
        out, err = proc.communicate(timeout=60)
    finally:
        os.close(master)
    assert not pending, f"never asked: {pending[0][0]!r}"
    return Session(proc.returncode, out.decode(), (transcript + err).decode())


@pytest.fixture
def office(vault_copy: tuple[Path, str]) -> Path:
    return vault_copy[0]


def test_create_asks_the_new_passphrase_twice(tmp_path: Path) -> None:
    folder = tmp_path / "Office.saksi"
    session = on_terminal(
        "vault",
        "create",
        folder,
        "--user",
        ADMIN,
        answers=[(f"New passphrase for {ADMIN}: ", PASSPHRASE), ("Type it again: ", PASSPHRASE)],
    )
    assert session.returncode == 0, session.stderr
    recovery_code(session.stdout)
    assert PASSPHRASE not in session.stderr
    assert saksi("vault", "verify", folder, SAKSI_PASSPHRASE=PASSPHRASE).returncode == 0


def test_create_with_two_different_passphrases_is_refused(tmp_path: Path) -> None:
    session = on_terminal(
        "vault",
        "create",
        tmp_path / "Office",
        "--user",
        ADMIN,
        answers=[(f"New passphrase for {ADMIN}: ", PASSPHRASE), ("Type it again: ", PASSPHRASE + "!")],
    )
    assert session.returncode == 6
    assert "not the same" in session.stderr
    assert list(tmp_path.iterdir()) == []


def test_passwd_asks_current_then_new_twice(office: Path) -> None:
    session = on_terminal(
        "vault",
        "passwd",
        office,
        answers=[
            (f"Passphrase for {ADMIN}: ", PASSPHRASE),
            (f"New passphrase for {ADMIN}: ", NEW_PASS),
            ("Type it again: ", NEW_PASS),
        ],
    )
    assert session.returncode == 0, session.stderr
    assert saksi("vault", "verify", office, SAKSI_PASSPHRASE=NEW_PASS).returncode == 0


def test_restore_replace_must_be_typed(office: Path, tmp_path: Path) -> None:
    dest = tmp_path / "Current.saksi"
    shutil.copytree(office, dest)
    before = fingerprint(dest)
    declined = on_terminal(
        "vault", "restore", office, dest, "--replace", answers=[("Type REPLACE to confirm: ", "yes")]
    )
    assert declined.returncode == 6
    assert fingerprint(dest) == before
    confirmed = on_terminal(
        "vault",
        "restore",
        office,
        dest,
        "--replace",
        answers=[("Type REPLACE to confirm: ", "REPLACE"), (f"Passphrase for {ADMIN}: ", PASSPHRASE)],
    )
    assert confirmed.returncode == 0, confirmed.stderr
    assert confirmed.stdout.strip() == str(dest)
    assert len(list(tmp_path.glob("Current.saksi.replaced-*"))) == 1


def test_ctrl_c_at_a_prompt_exits_130_quietly(office: Path) -> None:
    before = fingerprint(office)
    session = on_terminal("vault", "verify", office, answers=[], interrupt=f"Passphrase for {ADMIN}: ")
    assert session.returncode == 130
    assert session.stderr.strip() == f"Passphrase for {ADMIN}:"
    assert fingerprint(office) == before
