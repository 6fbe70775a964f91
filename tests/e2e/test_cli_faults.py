"""The CLI on a full disk and on read-only media (a small tmpfs in a private mount namespace, so nothing
on this machine is mounted for others), with hostile keys.json and secrets: designed messages and exit
codes, never a traceback, never "damaged ... restore" for a vault that is only out of space."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from storage.vault import Vault
from tests.conftest import ADMIN, PASSPHRASE, fast_kdf
from tests.e2e.helpers import ROOT, cli_env, saksi

AS_ADMIN = {"SAKSI_USER": ADMIN, "SAKSI_PASSPHRASE": PASSPHRASE}


def _namespaces_work() -> bool:
    if sys.platform != "linux" or shutil.which("unshare") is None:
        return False
    probe = ["unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=1m tmpfs /mnt || exit 1"]
    return subprocess.run(probe, capture_output=True, check=False).returncode == 0


needs_mounts = pytest.mark.skipif(not _namespaces_work(), reason="needs unshare -rm and tmpfs mounts (Linux)")

# Runs inside `unshare -rm`: a 24 MB tmpfs holds a copy of the vault; the disk is then filled (or made
# read-only) and the real CLI is run against it. Prints one JSON object: command -> [exit code, stderr].
DRIVER = r"""
import json, os, shutil, subprocess, sys
vault, work, mode = sys.argv[1], sys.argv[2], sys.argv[3]
mnt = os.path.join(work, "mnt")
os.makedirs(mnt, exist_ok=True)
subprocess.run(["mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", mnt], check=True)
here = os.path.join(mnt, "Office.saksi")
shutil.copytree(vault, here)
evidence = os.path.join(work, "photo.bin")
with open(evidence, "wb") as fh:
    fh.write(os.urandom(3 * 1024 * 1024))
case = os.path.join(work, "case.json")
with open(case, "w") as fh:
    fh.write('{"client": {"names": [{"text": "New client"}]}}')
if mode == "full":
    fd = os.open(os.path.join(mnt, "filler"), os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, b"\0" * 65536)
    except OSError:
        pass
    for small in (4096, 512, 1):  # the last few bytes too
        try:
            while True:
                os.write(fd, b"\0" * small)
        except OSError:
            pass
    os.close(fd)
else:
    subprocess.run(["mount", "-o", "remount,ro", mnt], check=True)
out = {}
def run(name, *args):
    done = subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, stdin=subprocess.DEVNULL)
    out[name] = [done.returncode, done.stderr]
run("list", "case", "list", here)
run("show", "case", "show", here, "KH-2026-0001")
run("log", "vault", "log", here)
run("verify", "vault", "verify", here)
run("import", "evidence", "add", here, "KH-2026-0001", evidence)
run("add", "case", "add", here, "--json", case)
print(json.dumps(out))
"""


@pytest.fixture(scope="module")
def small_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from app.cases.case_files import CaseFiles
    from app.cases.model import Case

    folder = tmp_path_factory.mktemp("faults") / "Office.saksi"
    with Vault.create(folder, ADMIN, PASSPHRASE, kdf=fast_kdf())[0] as vault:  # fixture-cost key slots
        reference = CaseFiles(vault).create(Case(client={"names": [{"text": "Dara"}]})).reference
        assert reference == "KH-2026-0001"
    return folder


def _drive(vault: Path, tmp_path: Path, mode: str) -> dict[str, tuple[int, str]]:
    done = subprocess.run(
        ["unshare", "-rm", sys.executable, "-c", DRIVER, str(vault), str(tmp_path), mode],
        cwd=ROOT,
        env=cli_env(tmp_path / "config", **AS_ADMIN),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    results: dict[str, tuple[int, str]] = json.loads(done.stdout)
    for _code, stderr in results.values():
        assert "Traceback" not in stderr and "internal error" not in stderr, stderr
    return results


@needs_mounts
def test_a_full_disk(small_vault: Path, tmp_path: Path) -> None:
    got = _drive(small_vault, tmp_path, "full")
    for read_only in ("list", "show", "log"):
        code, stderr = got[read_only]
        assert code == 0, (read_only, stderr)
        assert "disk holding the vault is full" in stderr and "not recorded in the audit log" in stderr
    code, stderr = got["verify"]
    assert code == 0, stderr
    assert "full" in stderr and "intact" in stderr
    assert "damaged" not in stderr and "restore" not in stderr
    code, stderr = got["import"]
    assert code == 1 and "full" in stderr, stderr
    code, stderr = got["add"]
    assert code == 1 and "full" in stderr, stderr


@needs_mounts
def test_read_only_media(small_vault: Path, tmp_path: Path) -> None:
    got = _drive(small_vault, tmp_path, "ro")
    for read_only in ("list", "show", "log", "verify"):
        code, stderr = got[read_only]
        assert code == 0, (read_only, stderr)
    assert "read-only" in got["list"][1] and "not recorded in the audit log" in got["list"][1]
    assert "intact" in got["verify"][1] and "restore" not in got["verify"][1]
    for write in ("import", "add"):
        code, stderr = got[write]
        assert code == 1 and "read-only" in stderr, (write, stderr)


# ---------------------------------------------------------------------- hostile keys.json and secrets
@pytest.fixture
def vault(small_vault: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "Office.saksi"
    shutil.copytree(small_vault, copy)
    return copy


def test_malformed_keys_json_is_exit_4_with_a_message(vault: Path) -> None:
    raw = json.loads((vault / "keys.json").read_text())
    raw["slots"][0]["kdf"] = {"time_cost": 4_000_000_000, "memory_kib": 1 << 40, "parallelism": 1}
    (vault / "keys.json").write_text(json.dumps(raw))
    for command in (("case", "list"), ("vault", "verify"), ("vault", "log")):
        result = saksi(*command, vault, **AS_ADMIN)
        assert result.returncode == 4, result.stderr
        assert "keys.json is damaged" in result.stderr


def test_deep_keys_json_and_deep_case_file(vault: Path, tmp_path: Path) -> None:
    deep = "[" * 200_000 + "]" * 200_000
    case = tmp_path / "case.json"
    case.write_text('{"client": ' + deep + "}")
    result = saksi("case", "add", vault, "--json", case, **AS_ADMIN)
    assert result.returncode == 6 and "nested more than" in result.stderr, result.stderr
    result = saksi("case", "add", vault, "--json", "-", input_text='{"client": ' + deep + "}", **AS_ADMIN)
    assert result.returncode == 6 and "nested more than" in result.stderr, result.stderr
    (vault / "keys.json").write_text(deep)
    result = saksi("case", "list", vault, **AS_ADMIN)
    assert result.returncode == 4 and "keys.json" in result.stderr, result.stderr


def test_non_utf8_secrets_are_exit_6(vault: Path) -> None:
    env = cli_env(**AS_ADMIN)
    envb = {k.encode(): v.encode() for k, v in env.items()}
    envb[b"SAKSI_PASSPHRASE"] = b"caf\xe9 in latin-1 bytes"
    command = [sys.executable, "-m", "app", "case", "list", str(vault)]
    result = subprocess.run(command, env=envb, cwd=ROOT, capture_output=True, stdin=subprocess.DEVNULL, check=False)
    assert result.returncode == 6, result.stderr
    assert b"not UTF-8 text" in result.stderr
    envb[b"SAKSI_PASSPHRASE"] = PASSPHRASE.encode()
    envb[b"SAKSI_NEW_PASSPHRASE"] = b"a new one \xff\xfe that is long"
    command = [sys.executable, "-m", "app", "vault", "passwd", str(vault)]
    result = subprocess.run(command, env=envb, cwd=ROOT, capture_output=True, stdin=subprocess.DEVNULL, check=False)
    assert result.returncode == 6 and b"not UTF-8 text" in result.stderr, result.stderr


def test_another_vaults_keys_json_is_named(vault: Path, tmp_path: Path) -> None:
    other = tmp_path / "Other.saksi"
    Vault.create(other, ADMIN, PASSPHRASE)[0].close()
    shutil.copyfile(other / "keys.json", vault / "keys.json")
    result = saksi("case", "list", vault, **AS_ADMIN)
    assert result.returncode == 4 and "belongs to another vault" in result.stderr, result.stderr


def test_a_damaged_vault_is_read_only_in_the_cli_until_verified(vault: Path, tmp_path: Path) -> None:
    from storage import integrity

    integrity.mark(vault, "verify", "HMAC verification failed for page 7")
    case = tmp_path / "case.json"
    case.write_text('{"client": {"names": [{"text": "Someone"}]}}')
    listed = saksi("case", "list", vault, **AS_ADMIN)
    assert listed.returncode == 0 and "read-only" in listed.stderr, listed.stderr
    refused = saksi("case", "add", vault, "--json", case, **AS_ADMIN)
    assert refused.returncode == 4 and "failed its integrity check" in refused.stderr, refused.stderr
    verified = saksi("vault", "verify", vault, **AS_ADMIN)
    assert verified.returncode == 0, verified.stderr
    added = saksi("case", "add", vault, "--json", case, **AS_ADMIN)
    assert added.returncode == 0, added.stderr


def test_environment_is_unchanged() -> None:
    assert "SAKSI_PASSPHRASE" not in os.environ
