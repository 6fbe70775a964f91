"""Running the real ``saksi`` command in a subprocess, as a script would."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import ADMIN, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
SECRETS = ("SAKSI_PASSPHRASE", "SAKSI_NEW_PASSPHRASE", "SAKSI_RECOVERY_CODE", "SAKSI_USER")
CODE_LINE = re.compile(r"^Recovery code: ([A-Z2-7]{4}(?:-[A-Z2-7]{4}){7})$")


def cli_env(config: Path | None = None, **extra: str) -> dict[str, str]:
    """The caller's environment without any SAKSI_* secret, plus ``extra``."""
    env = {k: v for k, v in os.environ.items() if k not in SECRETS}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["SAKSI_CONFIG_DIR"] = str(config or os.environ["SAKSI_CONFIG_DIR"])
    env.update(extra)
    return env


def saksi(
    *args: object, config: Path | None = None, input_text: str | None = None, **extra: str
) -> subprocess.CompletedProcess[str]:
    """``python -m app ARGS`` with stdin not a terminal (empty, or ``input_text``); ``extra`` sets SAKSI_* variables."""
    return subprocess.run(
        [sys.executable, "-m", "app", *map(str, args)],
        env=cli_env(config, **extra),
        cwd=ROOT,
        stdin=subprocess.DEVNULL if input_text is None else None,
        input=input_text,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )


def python(code: str, config: Path | None = None, **extra: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter (to reach paths a real vault cannot, e.g. a bug)."""
    return subprocess.run(
        [sys.executable, "-c", code],
        env=cli_env(config, **extra),
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )


def recovery_code(stdout: str) -> str:
    """The code from the one "Recovery code: ..." line that must be the whole of stdout."""
    lines = stdout.splitlines()
    assert len(lines) == 1, stdout
    match = CODE_LINE.match(lines[0])
    assert match, stdout
    return match.group(1)


def fingerprint(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` and its bytes."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def overwrite(path: Path, offset: int, length: int = 64) -> None:
    with path.open("r+b") as fh:
        fh.seek(offset)
        original = fh.read(length)
        fh.seek(offset)
        fh.write(bytes(b ^ 0xFF for b in original))


def private_copy(folder: Path, tmp_path: Path) -> Path:
    """A copy of the vault ``folder`` under the same name in ``tmp_path``, for a test that changes it."""
    target = tmp_path / folder.name
    shutil.copytree(folder, target)
    return target


# ---------------------------------------------------------------------- office and demo vaults
PARALEGAL, PARALEGAL_PASS = "sok", "sok's own passphrase"
AS_ADMIN = {"SAKSI_USER": ADMIN, "SAKSI_PASSPHRASE": PASSPHRASE}
AS_PARALEGAL = {"SAKSI_USER": PARALEGAL, "SAKSI_PASSPHRASE": PARALEGAL_PASS}


def add_user(folder: Path, name: str, role: str, passphrase: str, *, config: Path, **admin: str) -> None:
    """``saksi vault users add`` as the admin (AS_ADMIN unless ``admin`` gives SAKSI_USER and SAKSI_PASSPHRASE)."""
    added = saksi(
        "vault",
        "users",
        folder,
        "add",
        name,
        "--role",
        role,
        config=config,
        SAKSI_NEW_PASSPHRASE=passphrase,
        **(admin or AS_ADMIN),
    )
    assert added.returncode == 0, added.stderr


def office_vault(
    root: Path, users: tuple[tuple[str, str, str], ...] = ((PARALEGAL, "paralegal", PARALEGAL_PASS),)
) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """An empty vault ``root/Office.saksi`` made by ``saksi vault create`` (admin ADMIN), with ``users``
    (name, role, passphrase) added; returns its folder and the create command's result."""
    config = root / "config"
    created = saksi("vault", "create", root / "Office", "--user", ADMIN, config=config, SAKSI_PASSPHRASE=PASSPHRASE)
    assert created.returncode == 0, created.stderr
    folder = root / "Office.saksi"
    for name, role, passphrase in users:
        add_user(folder, name, role, passphrase, config=config)
    return folder, created


CASE_INFO = """
import json
from app.cases import CaseFiles
from storage.evidence import items_of_case
from storage.vault import Vault

with Vault.open({folder!r}, {user!r}, {passphrase!r}) as vault:
    files = CaseFiles(vault)
    found = {{}}
    for row in files.find(limit=max(files.count(), 1)):
        case, _ = files.load(row.reference)
        found[row.reference] = {{
            "client": case.client.display_name,
            "charges": [c.offence for c in case.charges],
            "exhibits": [i.label for i in items_of_case(vault.conn, case.id)],
            "jurisdiction": case.jurisdiction,
        }}
print(json.dumps(found))
"""


def demo_vault(
    root: Path, user: str, passphrase: str, *, cases: int, evidence_cases: int = 0, paralegal: bool = True
) -> Path:
    """A vault of synthetic cases made by ``saksi demo`` (admin ``user``), with the paralegal PARALEGAL added."""
    config = root / "config"
    folder = root / "Demo.saksi"
    filled = saksi(
        "demo",
        folder,
        "--cases",
        cases,
        "--evidence-cases",
        evidence_cases,
        "--user",
        user,
        config=config,
        SAKSI_PASSPHRASE=passphrase,
    )
    assert filled.returncode == 0, filled.stderr
    if paralegal:
        add_user(
            folder, PARALEGAL, "paralegal", PARALEGAL_PASS, config=config, SAKSI_USER=user, SAKSI_PASSPHRASE=passphrase
        )
    return folder


def case_info(folder: Path, user: str, passphrase: str, config: Path) -> dict[str, dict[str, object]]:
    """Each case's client name, charges (offences), live exhibit labels and jurisdiction, read in a fresh interpreter."""
    result = python(CASE_INFO.format(folder=str(folder), user=user, passphrase=passphrase), config=config)
    assert result.returncode == 0, result.stderr
    found: dict[str, dict[str, object]] = json.loads(result.stdout)
    return found
