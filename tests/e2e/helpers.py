"""Running the real ``saksi`` command as a script would: in this interpreter (fast), or in a subprocess.

``saksi(...)`` calls ``app.cli.main`` in-process with the environment, working folder, stdin, stdout and stderr a
subprocess would get, and returns the same ``CompletedProcess`` (exit code, text of stdout and stderr). Starting a
fresh interpreter for every command cost each CLI test about a second of imports. ``saksi_process(...)`` starts the
real ``python -m app``: the contract for the entry point, the import of every module in a clean interpreter, and
anything read once per process (SAKSI_OS_FONTS, the font scan); ``saksi`` hands those to it itself, and
SAKSI_TEST_SUBPROCESS=1 sends every call there (to check the two agree).
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from tests.conftest import ADMIN, PASSPHRASE, fast_kdf, fast_vault

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


# Read once per process and cached there, so an in-process run could not honour a change: a subprocess it is.
PER_PROCESS = frozenset({"SAKSI_OS_FONTS", "HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"})


def saksi(
    *args: object, config: Path | None = None, input_text: str | None = None, **extra: str
) -> subprocess.CompletedProcess[str]:
    """``saksi ARGS`` with stdin not a terminal (empty, or ``input_text``); ``extra`` sets SAKSI_* variables."""
    if PER_PROCESS & extra.keys() or os.environ.get("SAKSI_TEST_SUBPROCESS") == "1":
        return saksi_process(*args, config=config, input_text=input_text, **extra)
    argv = [str(a) for a in args]
    env = cli_env(config, **extra)
    stdin = io.TextIOWrapper(io.BytesIO((input_text or "").encode("utf-8")), encoding="utf-8")
    out, err = _Stream(), _Stream()
    _forget_per_process_caches()
    with _process_state(env), _standard_streams(stdin, out.text, err.text):
        try:
            from app.cli import main

            code = main(argv)
        except SystemExit as exc:  # as the interpreter would turn it into an exit code
            code = exc.code if isinstance(exc.code, int) else 0 if exc.code is None else 1
        finally:
            _forget_per_process_caches()  # and leave none of this run's behind for the caller
    return subprocess.CompletedProcess([sys.executable, "-m", "app", *argv], code, out.value(), err.value())


def _forget_per_process_caches() -> None:
    """What a fresh process would load anew: the legal library (it reads SAKSI_LEGAL_DIR when first loaded)."""
    drafts = sys.modules.get("app.drafting.case_drafts")
    if drafts is not None:
        drafts.library.cache_clear()


class _Stream:
    """A binary buffer behind a UTF-8 text stream, like a pipe: ``.buffer`` takes bytes, ``value()`` is the text
    read back as ``subprocess.run(text=True)`` would (universal newlines)."""

    def __init__(self) -> None:
        self.raw = io.BytesIO()
        self.text = io.TextIOWrapper(self.raw, encoding="utf-8", write_through=True)

    def value(self) -> str:
        self.text.flush()
        return self.raw.getvalue().decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")


@contextlib.contextmanager
def _process_state(env: dict[str, str]) -> Iterator[None]:
    """The environment and working folder of a fresh process, and the caller's back afterwards."""
    saved, cwd = dict(os.environ), os.getcwd()
    os.environ.clear()
    os.environ.update(env)
    os.chdir(ROOT)
    try:
        yield
    finally:
        os.chdir(cwd)
        os.environ.clear()
        os.environ.update(saved)


@contextlib.contextmanager
def _standard_streams(stdin: io.TextIOBase, stdout: io.TextIOBase, stderr: io.TextIOBase) -> Iterator[None]:
    saved = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = stdin, stdout, stderr  # type: ignore[assignment]
    try:
        yield
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved


def saksi_process(
    *args: object, config: Path | None = None, input_text: str | None = None, **extra: str
) -> subprocess.CompletedProcess[str]:
    """``python -m app ARGS`` in a fresh interpreter, with stdin not a terminal (empty, or ``input_text``)."""
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


def office_vault(
    root: Path, users: tuple[tuple[str, str, str], ...] = ((PARALEGAL, "paralegal", PARALEGAL_PASS),)
) -> tuple[Path, str]:
    """An empty vault ``root/Office.saksi`` (admin ADMIN) with ``users`` (name, role, passphrase) added; returns its
    folder and recovery code. Made as ``saksi vault create`` and ``vault users add`` make it (Vault.create, add_user),
    with fixture-cost key slots so that each command of a test unlocks in milliseconds; the commands themselves,
    and the cost they write, are tested in test_cli_vault.py and tests/unit/test_kdf_costs.py."""
    folder = root / "Office.saksi"
    return folder, fast_vault(folder, users=users)


CASE_INFO = """
import json
from app.cases.case_files import CaseFiles
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
    fast_vault(folder, user, passphrase)  # saksi demo fills a vault that exists (fixture-cost slots, as office_vault)
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
        from storage.vault import Vault

        with Vault.open(folder, user, passphrase) as vault:
            vault.add_user(PARALEGAL, "paralegal", PARALEGAL_PASS, kdf=fast_kdf())
    return folder


def case_info(folder: Path, user: str, passphrase: str, config: Path) -> dict[str, dict[str, object]]:
    """Each case's client name, charges (offences), live exhibit labels and jurisdiction, read in a fresh interpreter."""
    result = python(CASE_INFO.format(folder=str(folder), user=user, passphrase=passphrase), config=config)
    assert result.returncode == 0, result.stderr
    found: dict[str, dict[str, object]] = json.loads(result.stdout)
    return found
