"""Hostile files at import: links are never followed, devices and FIFOs are refused without hanging,
and a file that changes while it streams in is refused whole (never stored as a mixture of bytes)."""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

import pytest

from app.cases.case_files import CaseFiles
from app.cases.model import Case
from app.evidence.locker import EvidenceLocker
from storage.evidence import Provenance
from storage.vault import Vault
from tests.blob_files import files_on_disk

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="links, FIFOs and devices as POSIX makes them")


@pytest.fixture
def case_ref(vault: Vault) -> str:
    return CaseFiles(vault).create(Case(client={"names": [{"text": "Dara"}]})).reference


def test_a_folder_import_never_follows_a_link(vault: Vault, case_ref: str, tmp_path: Path) -> None:
    secret = tmp_path / "outside" / "private.txt"
    secret.parent.mkdir()
    secret.write_text("not evidence: the lawyer's own file")
    (tmp_path / "outside" / "more.txt").write_text("also outside")
    folder = tmp_path / "from-client"
    folder.mkdir()
    (folder / "chat.txt").write_text("the recruiter's messages")
    (folder / "link-out.txt").symlink_to(secret)  # a file link out of the folder
    (folder / "linked-folder").symlink_to(secret.parent, target_is_directory=True)
    (folder / "inside-link.txt").symlink_to(folder / "chat.txt")  # even a link inside the folder
    results = EvidenceLocker(vault).import_paths(case_ref, [folder], Provenance())
    stored = {Path(r.path).name for r in results if r.item}
    refused = {Path(r.path).name: r.error for r in results if r.error}
    assert stored == {"chat.txt"}
    assert set(refused) == {"link-out.txt", "linked-folder", "inside-link.txt"}
    assert all("link" in why for why in refused.values()), refused
    names = [i.filename for i in EvidenceLocker(vault).items(case_ref)]
    assert names == ["chat.txt"]


def test_a_link_given_directly_is_refused(vault: Vault, case_ref: str, tmp_path: Path) -> None:
    (tmp_path / "real.txt").write_text("x")
    (tmp_path / "shortcut.txt").symlink_to(tmp_path / "real.txt")
    [result] = EvidenceLocker(vault).import_paths(case_ref, [tmp_path / "shortcut.txt"], Provenance())
    assert result.item is None and "link" in result.error


def test_fifos_and_devices_are_refused_without_hanging(vault: Vault, case_ref: str, tmp_path: Path) -> None:
    folder = tmp_path / "odd"
    folder.mkdir()
    os.mkfifo(folder / "pipe")  # opening it for reading would block until a writer came
    (folder / "ok.txt").write_text("fine")
    results = EvidenceLocker(vault).import_paths(case_ref, [folder, "/dev/zero", "/dev/null"], Provenance())
    by_name = {Path(r.path).name: r for r in results}
    assert by_name["ok.txt"].item is not None
    for name in ("pipe", "zero", "null"):
        assert by_name[name].item is None and "not a regular file" in by_name[name].error


BIG = 100 * 1024 * 1024


def test_a_file_truncated_mid_import_is_refused_whole(vault: Vault, case_ref: str, tmp_path: Path) -> None:
    """The issue's reproduction: a 100 MB file truncated while it streams in."""
    big = tmp_path / "export.zip"
    with big.open("wb") as fh:
        fh.truncate(BIG)  # sparse: no 100 MB written to the test disk
    before = files_on_disk(vault.path)
    calls = 0

    def truncate_after_first_batch() -> bool:  # called before each file, then between batches by the sealer
        nonlocal calls
        calls += 1
        if calls == 2:
            os.truncate(big, BIG // 2)
        return False

    [result] = EvidenceLocker(vault).import_paths(case_ref, [big], Provenance(), cancelled=truncate_after_first_batch)
    assert calls > 2
    assert result.item is None and "changed while it was being read" in result.error
    assert EvidenceLocker(vault).items(case_ref) == []
    assert files_on_disk(vault.path) == before  # no sealed file left behind
    assert vault.verify() == []


def test_a_file_rewritten_by_another_program_mid_import_is_refused(vault: Vault, case_ref: str, tmp_path: Path) -> None:
    """A real writer on another thread: same size, new bytes in the middle (a mixture if stored)."""
    big = tmp_path / "recording.bin"
    with big.open("wb") as fh:
        fh.truncate(BIG // 4)
    started, done = threading.Event(), threading.Event()

    def writer() -> None:
        started.wait(10)
        with big.open("r+b") as fh:
            fh.seek(BIG // 8)
            fh.write(b"\xff" * 4096)
        os.utime(big, ns=(0, 10**18))  # a writer that also moves the time (as every real one does)
        done.set()

    thread = threading.Thread(target=writer)
    thread.start()

    calls = 0

    def between_batches() -> bool:  # the first call is before the file is opened
        nonlocal calls
        calls += 1
        if calls == 3:
            started.set()
            done.wait(10)
        return False

    [result] = EvidenceLocker(vault).import_paths(case_ref, [big], Provenance(), cancelled=between_batches)
    thread.join()
    assert result.item is None and "changed while it was being read" in result.error
    assert EvidenceLocker(vault).items(case_ref) == []
