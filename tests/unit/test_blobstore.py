"""The blob store: sealed evidence files beside vault.db (storage/blobstore.py), with small files and chunks."""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.cases.case_files import CaseFiles, build_index
from app.cases.model import Case
from app.evidence.locker import EvidenceLocker
from storage import blobstore, schema
from storage import cases as case_store
from storage import evidence as store
from storage.db import transaction
from storage.errors import VaultDamaged
from storage.evidence import Provenance
from storage.keyslots import KdfParams
from storage.vault import Vault, restore
from tests.blob_files import blob_path, files_on_disk, flip_byte, unindexed_files
from tests.conftest import ADMIN, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
SMALL_CHUNK = 4096  # 4 chunks = one 16 KiB pipeline batch: every edge case in a few KiB
CHEAP_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)  # vaults made here: unlock fast


@pytest.fixture
def small_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(blobstore, "CHUNK_SIZE", SMALL_CHUNK)


@pytest.fixture
def locker(vault: Vault) -> EvidenceLocker:
    found = EvidenceLocker(vault)
    yield found  # type: ignore[misc]
    found.worker.close()


@pytest.fixture
def case_ref(vault: Vault) -> str:
    return CaseFiles(vault).create(Case()).reference


def put(vault: Vault, data: bytes) -> str:
    with transaction(vault.conn):
        blob_id, *_ = store.store_stream(vault.conn, io.BytesIO(data))
    return blob_id


def sha256sum(path: Path) -> str:
    """The coreutils tool, not our hashlib."""
    return subprocess.run(["sha256sum", str(path)], capture_output=True, text=True, check=True).stdout.split()[0]


# ----------------------------------------------------------------------------- the bytes come back
# Sizes around a chunk (4 KiB), a batch (16 KiB), and 1 MiB + 1, whose Padmé padding runs on past its batch.
EDGES = [0, 1, SMALL_CHUNK - 1, SMALL_CHUNK, SMALL_CHUNK + 1, 4 * SMALL_CHUNK, 4 * SMALL_CHUNK + 1, (1 << 20) + 1]


def test_bytes_come_back_exactly_at_every_chunk_edge(
    small_chunks: None, vault: Vault, locker: EvidenceLocker, case_ref: str, tmp_path: Path
) -> None:
    for size in EDGES:
        data = os.urandom(size)
        source = tmp_path / f"{size}.bin"
        source.write_bytes(data)
        item = locker.import_file(case_ref, source, Provenance()).item
        assert item is not None and item.sha256 == sha256sum(source)
        exported = locker.export_working_copy(item, tmp_path / f"{size}.out")
        assert sha256sum(exported) == item.sha256
        assert b"".join(store.read_blob(vault.conn, str(item.blob_id))) == data
        stored = blob_path(vault.conn, str(item.blob_id)).stat().st_size
        assert stored == blobstore.HEADER.size + blobstore.padme(size) + 16 * blobstore.chunk_count(size, SMALL_CHUNK)
    assert vault.verify() == [] and locker.verify_all() == []


def test_seeking_reader_serves_any_range(small_chunks: None, vault: Vault) -> None:
    data = os.urandom(10 * SMALL_CHUNK + 123)
    with store.open_blob(vault.conn, put(vault, data)) as reader:
        for start, length in [(0, 10), (SMALL_CHUNK - 3, 7), (5 * SMALL_CHUNK, 3 * SMALL_CHUNK), (len(data) - 5, 50)]:
            reader.seek(start)
            assert reader.read(length) == data[start : start + length]
        assert reader.seek(-4, io.SEEK_END) == len(data) - 4 and reader.read() == data[-4:]


def test_padme_hides_the_exact_size_within_its_bound() -> None:
    for size in [2, 9, 1000, 50_000, 1_000_003, 300 << 20, (1 << 30) + 1]:
        padded = blobstore.padme(size)
        assert size <= padded <= size * 1.12
    assert blobstore.padme(1_000_003) != 1_000_003  # the exhibit's size is not its file's size
    assert {blobstore.padme(s) for s in range(1_000_000, 1_000_500)} == {blobstore.padme(1_000_000)}


def test_nothing_of_the_exhibit_is_readable_on_disk(
    vault: Vault, locker: EvidenceLocker, case_ref: str, tmp_path: Path
) -> None:
    marker = b"Trafficked-to-compound-KK-Park " * 2000
    source = tmp_path / "statement.txt"
    source.write_bytes(marker)
    item = locker.import_file(case_ref, source, Provenance()).item
    assert item is not None
    vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for path in vault.path.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            assert b"KK-Park" not in content and item.sha256.encode() not in content, path
    assert [p.name for p in (vault.path / "blobs").iterdir()] == [blob_path(vault.conn, str(item.blob_id)).name]
    assert os.stat(blob_path(vault.conn, str(item.blob_id))).st_mode & 0o077 == 0


# ----------------------------------------------------------------------------- tampering is found and named
def swap_first_two_chunks(path: Path) -> None:
    data = bytearray(path.read_bytes())
    first, size = blobstore.HEADER.size, SMALL_CHUNK + 16
    data[first : first + size], data[first + size : first + 2 * size] = (
        data[first + size : first + 2 * size],
        data[first : first + size],
    )
    path.write_bytes(bytes(data))


def cut_last_chunk(path: Path) -> None:
    os.truncate(path, path.stat().st_size - 16 - SMALL_CHUNK // 2)


def change_header(path: Path) -> None:
    flip_byte(path, 20)  # inside the file id, which every chunk's associated data covers


@pytest.mark.parametrize("tamper", [flip_byte, swap_first_two_chunks, cut_last_chunk, change_header])
def test_a_tampered_file_is_refused_and_named(
    small_chunks: None, tamper: object, vault: Vault, locker: EvidenceLocker, case_ref: str, tmp_path: Path
) -> None:
    source = tmp_path / "video.mp4"
    source.write_bytes(os.urandom(5 * SMALL_CHUNK + SMALL_CHUNK // 2))
    item = locker.import_file(case_ref, source, Provenance()).item
    assert item is not None
    tamper(blob_path(vault.conn, str(item.blob_id)))  # type: ignore[operator]
    with pytest.raises(VaultDamaged, match="altered or damaged"):
        b"".join(store.read_blob(vault.conn, str(item.blob_id)))
    problems = vault.verify()
    assert [p.check for p in problems] == ["evidence"]
    assert problems[0].message.startswith(f"Evidence {case_ref} E-1: The evidence file blobs/")
    with pytest.raises(VaultDamaged):
        locker.export_working_copy(item, tmp_path / "copy.mp4")
    assert not (tmp_path / "copy.mp4").exists() and not (tmp_path / ".copy.mp4.partial").exists()


def test_files_swapped_between_exhibits_do_not_open(vault: Vault) -> None:
    first, second = put(vault, os.urandom(3000)), put(vault, os.urandom(3000))
    a, b = blob_path(vault.conn, first), blob_path(vault.conn, second)
    a.rename(a.with_suffix(".tmp"))
    b.rename(a)
    a.with_suffix(".tmp").rename(b)
    assert [p.check for p in vault.verify()] == ["evidence", "evidence"]


def test_a_missing_file_is_named(vault: Vault, locker: EvidenceLocker, case_ref: str, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("chat log")
    item = locker.import_file(case_ref, tmp_path / "a.txt", Provenance()).item
    assert item is not None
    blob_path(vault.conn, str(item.blob_id)).unlink()
    assert any("is missing" in p.message and "E-1" in p.message for p in vault.verify())


# ----------------------------------------------------------------------------- crashes leave nothing
KILLED_CHILD = """
import sys
from storage import evidence
from storage.db import transaction
from storage.vault import Vault

class Stalls:
    '''Two MiB, then the source stalls (a slow phone over USB) until the parent kills us.'''
    def __init__(self):
        self.given = 0
    def read(self, size):
        if self.given >= 2 << 20:
            print("streaming", flush=True)
            sys.stdin.read()
        self.given += size
        return b"x" * size

vault = Vault.open(sys.argv[1], sys.argv[2], sys.argv[3])
with transaction(vault.conn):
    evidence.store_stream(vault.conn, Stalls())
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_kill_9_during_an_import_leaves_nothing(vault_copy: tuple[Path, str]) -> None:
    folder = vault_copy[0]
    with subprocess.Popen(
        [sys.executable, "-c", KILLED_CHILD, str(folder), ADMIN, PASSPHRASE],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as child:
        try:
            assert child.stdout is not None and child.stdout.readline().strip() == "streaming"
            assert len(files_on_disk(folder)) == 1  # half a sealed file, its key only in the child's memory
        finally:
            child.kill()
    with Vault.open(folder, ADMIN, PASSPHRASE) as reopened:  # the unlock sweeps what no row names
        assert files_on_disk(folder) == set()
        assert reopened.conn.execute("SELECT count(*) FROM blobs").fetchone()[0] == 0
        assert reopened.verify() == []


def test_a_rolled_back_import_removes_its_file_at_once(vault: Vault) -> None:
    with pytest.raises(RuntimeError), transaction(vault.conn):
        store.store_stream(vault.conn, io.BytesIO(b"photo"))
        assert len(files_on_disk(vault.path)) == 1
        raise RuntimeError("the commit failed")
    assert files_on_disk(vault.path) == set()


def test_the_sweep_spares_a_file_another_connection_is_still_writing(vault: Vault) -> None:
    other = vault.fresh_connection()
    try:
        with transaction(other):
            blob_id, *_ = store.store_stream(other, io.BytesIO(b"voice note"))
            assert blobstore.sweep(vault.conn) == 0  # the import holds the write lock: nothing is touched
        assert b"".join(store.read_blob(vault.conn, blob_id)) == b"voice note"
    finally:
        other.close()


# ----------------------------------------------------------------------------- deleting
def test_deleting_an_exhibit_erases_its_key_and_file(
    vault: Vault, locker: EvidenceLocker, case_ref: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text("first")
    (tmp_path / "b.txt").write_text("second")
    first = locker.import_file(case_ref, tmp_path / "a.txt", Provenance()).item
    second = locker.import_file(case_ref, tmp_path / "b.txt", Provenance()).item
    assert first is not None and second is not None
    path = blob_path(vault.conn, str(first.blob_id))
    locker.delete(first, "client withdrew consent")
    assert not path.exists() and vault.conn.execute("SELECT count(*) FROM blob_trash").fetchone()[0] == 0
    assert vault.conn.execute("SELECT count(*) FROM blob_files").fetchone()[0] == 1

    later = blob_path(vault.conn, str(second.blob_id))
    monkeypatch.setattr(blobstore, "purge", lambda conn: None)  # a crash right after the deletion committed
    locker.delete(second, "duplicate")
    assert later.exists()
    monkeypatch.undo()
    vault.close()
    with Vault.open(vault.path, ADMIN, PASSPHRASE) as reopened:
        assert files_on_disk(reopened.path) == set() and reopened.verify() == []


# ----------------------------------------------------------------------------- backup, restore, rotation
def test_backup_and_restore_carry_the_files_and_check_them(
    vault: Vault, locker: EvidenceLocker, case_ref: str, tmp_path: Path
) -> None:
    (tmp_path / "a.txt").write_text("statement")
    item = locker.import_file(case_ref, tmp_path / "a.txt", Provenance()).item
    (tmp_path / "video.mp4").write_bytes(os.urandom(3 << 20))
    locker.import_file(case_ref, tmp_path / "video.mp4", Provenance())
    assert item is not None
    seen: list[tuple[int, int]] = []
    backup = vault.backup(tmp_path / "Backup", lambda done, total: seen.append((done, total)))
    assert files_on_disk(backup) == files_on_disk(vault.path)
    pages = vault.conn.execute("PRAGMA page_count").fetchone()[0]
    assert seen[-1][0] == seen[-1][1] > pages + (3 << 20) // 16384 - 2  # in 16 KiB steps, the files counted too
    restored = restore(backup, tmp_path / "Restored", ADMIN, PASSPHRASE)
    with Vault.open(restored, ADMIN, PASSPHRASE) as opened:
        assert b"".join(store.read_blob(opened.conn, str(item.blob_id))) == b"statement"
    flip_byte(backup / "blobs" / blob_path(vault.conn, str(item.blob_id)).name)
    with pytest.raises(VaultDamaged, match="does not verify: Evidence"):
        restore(backup, tmp_path / "Again", ADMIN, PASSPHRASE)


def test_backup_takes_a_new_snapshot_when_a_deletion_lands_mid_copy(
    vault: Vault, locker: EvidenceLocker, case_ref: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(name)
    items = locker.import_paths(case_ref, [tmp_path / "a.txt", tmp_path / "b.txt"], Provenance())
    real_copy, deleted = blobstore._copy_file, []

    def copy_while_someone_deletes(source: Path, target: Path, size: int) -> bool:
        if not deleted:  # another window deletes an exhibit after the database was copied
            for result in items:
                assert result.item is not None
                locker.delete(result.item, "withdrawn")
                deleted.append(result.item)
        return real_copy(source, target, size)

    monkeypatch.setattr(blobstore, "_copy_file", copy_while_someone_deletes)
    backup = vault.backup(tmp_path / "Backup")
    assert files_on_disk(backup) == set()
    with Vault.open(backup, ADMIN, PASSPHRASE) as copy:
        assert copy.verify() == []


def test_key_rotation_reseals_every_file(vault: Vault, locker: EvidenceLocker, case_ref: str, tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(f"{name} " * 1000)
    items = [r.item for r in locker.import_paths(case_ref, [tmp_path / "a.txt", tmp_path / "b.txt"], Provenance())]
    before = {b.blob_id: (b.path.name, b.key) for b in blobstore.index(vault.conn)}
    vault.rotate_data_key(PASSPHRASE)
    after = {b.blob_id: (b.path.name, b.key) for b in blobstore.index(vault.conn)}
    assert after.keys() == before.keys()
    assert all(after[k][0] != before[k][0] and after[k][1] != before[k][1] for k in before)
    assert files_on_disk(vault.path) == {name for name, _key in after.values()}
    assert vault.verify() == [] and locker.verify_all() == []
    for item in items:
        assert item is not None
        assert b"".join(store.read_blob(vault.conn, str(item.blob_id))) == (tmp_path / item.filename).read_bytes()


def test_an_interrupted_rotation_is_reported_and_finished_by_rotating_again(
    vault: Vault, locker: EvidenceLocker, case_ref: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(name)
    locker.import_paths(case_ref, [tmp_path / "a.txt", tmp_path / "b.txt"], Provenance())
    real_write, calls = blobstore.write, []

    def power_cut_after_one(*args: object, **kwargs: object) -> blobstore.Sealed:
        calls.append(1)
        if len(calls) > 1:
            raise KeyboardInterrupt  # the laptop is switched off mid-rotation
        return real_write(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(blobstore, "write", power_cut_after_one)
    with pytest.raises(KeyboardInterrupt):
        vault.rotate_data_key(PASSPHRASE)
    monkeypatch.undo()
    vault.close()
    with Vault.open(vault.path, ADMIN, PASSPHRASE) as reopened:
        assert [p.message for p in reopened.verify()] == [
            "A data key rotation stopped before 1 evidence file(s) were re-encrypted with new keys; "
            "rotate the data key again to finish."
        ]
        assert unindexed_files(reopened.conn, reopened.path) == set()
        reopened.rotate_data_key(PASSPHRASE)
        assert reopened.verify() == []


# ----------------------------------------------------------------------------- migration from format 4
def format_4_vault(folder: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[str, dict[str, bytes]]:
    """A vault as Saksi wrote it before the blob store: bytes in ``blob_chunks`` rows of 1 MiB."""
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:4])
    vault, _code = Vault.create(folder, ADMIN, PASSPHRASE, kdf=CHEAP_KDF)
    monkeypatch.undo()
    # rows as format 4 wrote them (today's code also fills the tables of later formats)
    case = Case(reference="KH-2026-0001")
    case_store.insert(vault.conn, ADMIN, case.id, case.to_document(), build_index(case))
    reference, case_id = case.reference, case.id
    contents = {"video.mp4": os.urandom((2 << 20) + 17), "empty.txt": b"", "withdrawn.jpg": os.urandom(999)}
    with transaction(vault.conn):
        for name, data in contents.items():
            blob_id, chunks = f"blob-{name}", [data[i : i + (1 << 20)] for i in range(0, len(data), 1 << 20)]
            vault.conn.executemany(
                "INSERT INTO blob_chunks(blob, seq, data) VALUES (?, ?, ?)",
                [(blob_id, n, c) for n, c in enumerate(chunks)],
            )
            sha = hashlib.sha256(data).hexdigest()
            vault.conn.execute("INSERT INTO blobs VALUES (?, ?, ?, ?)", (blob_id, sha, len(data), len(chunks)))
            number = len(contents) - len([n for n in contents if n > name])
            vault.conn.execute(
                "INSERT INTO evidence(id, case_id, exhibit_no, blob_id, sha256, size, filename, mime, kind, imported_at,"
                " imported_by) VALUES (?, ?, ?, ?, ?, ?, ?, '', 'other', '2026-01-01T00:00:00+00:00', ?)",
                (f"item-{name}", case_id, number, blob_id, sha, len(data), name, ADMIN),
            )
    with transaction(vault.conn):  # a deletion as format 4 did it: chunks, blob row, tombstone
        vault.conn.execute("DELETE FROM blob_chunks WHERE blob = 'blob-withdrawn.jpg'")
        vault.conn.execute(
            "UPDATE evidence SET blob_id = NULL, deleted_at = '2026-01-01', deleted_by = ?, delete_reason = 'withdrawn'"
            " WHERE blob_id = 'blob-withdrawn.jpg'",
            (ADMIN,),
        )
        vault.conn.execute("DELETE FROM blobs WHERE id = 'blob-withdrawn.jpg'")
    vault.close()
    return reference, contents


def test_a_format_4_vault_moves_its_chunks_into_sealed_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    reference, contents = format_4_vault(tmp_path / "Old.saksi", monkeypatch)
    with Vault.open(tmp_path / "Old.saksi", ADMIN, PASSPHRASE) as vault:
        assert schema.version_of(vault.conn) == schema.current_version()
        tables = {r[0] for r in vault.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "blob_chunks" not in tables
        locker = EvidenceLocker(vault)
        try:
            kept = {i.filename: i for i in locker.items(reference)}
            assert sorted(kept) == ["empty.txt", "video.mp4"]
            for name, item in kept.items():
                assert b"".join(store.read_blob(vault.conn, str(item.blob_id))) == contents[name]
            assert len(files_on_disk(vault.path)) == 2
            assert vault.verify() == [] and locker.verify_all() == []
        finally:
            locker.worker.close()
        backups = list((vault.path / "backups").iterdir())
    assert len(backups) == 1 and files_on_disk(backups[0]) == set()  # the format-4 copy, as it was


def test_a_format_4_vault_with_damaged_chunks_is_not_migrated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    format_4_vault(tmp_path / "Old.saksi", monkeypatch)
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:4])
    with Vault.open(tmp_path / "Old.saksi", ADMIN, PASSPHRASE) as old:
        old.conn.execute("UPDATE blob_chunks SET data = ? WHERE seq = 1", (b"altered",))
    monkeypatch.undo()
    with pytest.raises(VaultDamaged, match="was not migrated"):
        Vault.open(tmp_path / "Old.saksi", ADMIN, PASSPHRASE)
    assert files_on_disk(tmp_path / "Old.saksi") == set()
    monkeypatch.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:4])
    with Vault.open(tmp_path / "Old.saksi", ADMIN, PASSPHRASE) as still:
        assert schema.version_of(still.conn) == 4


def test_copying_a_vault_folder_without_its_blobs_is_caught(vault: Vault, tmp_path: Path) -> None:
    put(vault, b"screenshot")
    vault.close()
    partial = tmp_path / "Copied.saksi"
    shutil.copytree(vault.path, partial, ignore=shutil.ignore_patterns("blobs"))
    with Vault.open(partial, ADMIN, PASSPHRASE) as copied:
        assert [p.check for p in copied.verify()] == ["evidence"]
