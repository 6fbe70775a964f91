"""The evidence locker on a real vault, with the bad inputs tried on purpose."""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from app.cases.case_files import CaseFiles
from app.cases.model import Case
from app.evidence.bundle import export_bundle
from app.evidence.imaging import ImageWorker
from app.evidence.locker import EvidenceLocker, sniff
from storage.errors import InputRejected, PermissionDenied
from storage.evidence import Provenance
from storage.vault import Vault
from tests.blob_files import blob_path, files_on_disk, flip_byte
from tests.conftest import ADMIN, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
FROM_CLIENT = Provenance(received_from="client", received_on="2026-11-30", via="WhatsApp", description="chat")


@pytest.fixture(scope="module")
def worker() -> Iterator[ImageWorker]:
    with ImageWorker(timeout=20) as shared:
        yield shared


@pytest.fixture
def case_ref(vault: Vault) -> str:
    return CaseFiles(vault).create(Case(client={"names": [{"text": "សុខ ដារ៉ា"}]})).reference


@pytest.fixture
def locker(vault: Vault, worker: ImageWorker) -> EvidenceLocker:
    return EvidenceLocker(vault, worker)


def jpeg(path: Path, size: tuple[int, int] = (640, 480), exif: bool = False) -> Path:
    image = Image.new("RGB", size, (180, 40, 40))
    if exif:
        data = Image.Exif()
        data[0x010F], data[0x0110], data[0x0132] = "DemoPhone", "Model X", "2026:11:02 10:00:00"
        image.save(path, "JPEG", exif=data, quality=90)
    else:
        image.save(path, "JPEG", quality=90)
    return path


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_original_kept_byte_for_byte_with_metadata(locker: EvidenceLocker, case_ref: str, tmp_path: Path) -> None:
    photo = jpeg(tmp_path / "IMG_0001.jpg", exif=True)
    result = locker.import_file(case_ref, photo, FROM_CLIENT)
    item = result.item
    assert item is not None and item.label == "E-1" and item.sha256 == sha(photo) and item.size == photo.stat().st_size
    assert (item.mime, item.kind, item.preview) == ("image/jpeg", "image", "")
    assert item.metadata["make"] == "DemoPhone" and item.metadata["width"] == 640
    assert item.has_thumbnail and locker.thumbnail(item)
    assert b"".join([locker.view_bytes(item) or b""]) == photo.read_bytes()
    assert [e.action for e in locker.custody(item)] == ["evidence.import", "evidence.view"]
    assert item.provenance[0].provenance.via == "WhatsApp"


def test_type_is_sniffed_not_taken_from_the_extension(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4)).save(buffer, "PNG")
    assert sniff(buffer.getvalue()[:8192]) == ("image/png", "image")
    assert sniff("ខ្ញុំ chat".encode()) == ("text/plain", "text")
    assert sniff(b"%PDF-1.7\n") == ("application/pdf", "pdf")
    assert sniff(b"") == ("application/x-empty", "other")
    assert sniff(bytes(range(256))) == ("application/octet-stream", "other")


@pytest.mark.parametrize(
    ("name", "make", "reason"),
    [
        ("truncated.jpg", lambda p: p.write_bytes(jpeg(p).read_bytes()[:3000]), "truncated"),
        ("corrupt.png", lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(2000)), "bytes are kept"),
        ("lying.png", lambda p: p.write_bytes(b"just some text that says it is a png"), "text"),
        ("empty.jpg", lambda p: p.write_bytes(b""), "empty"),
    ],
)
def test_bad_files_are_still_evidence(
    locker: EvidenceLocker, case_ref: str, tmp_path: Path, name: str, make: object, reason: str
) -> None:
    path = tmp_path / name
    make(path)  # type: ignore[operator]
    item = locker.import_file(case_ref, path, FROM_CLIENT).item
    assert item is not None and item.sha256 == sha(path)
    if reason == "text":  # the extension lied: the content decides
        assert (item.kind, item.mime) == ("text", "text/plain")
    else:
        assert reason in item.preview.lower()
    assert not item.has_thumbnail or item.kind != "image"


def test_decompression_bomb_gets_no_preview(locker: EvidenceLocker, case_ref: str, tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.png"
    Image.new("1", (20000, 20000)).save(bomb, "PNG")  # 400 megapixels, a few KB on disk
    item = locker.import_file(case_ref, bomb, FROM_CLIENT).item
    assert item is not None and "decompression-bomb" in item.preview and not item.has_thumbnail


def test_same_bytes_again_records_new_provenance(locker: EvidenceLocker, case_ref: str, tmp_path: Path) -> None:
    photo = jpeg(tmp_path / "a.jpg")
    first = locker.import_file(case_ref, photo, FROM_CLIENT)
    again = locker.import_file(case_ref, photo, Provenance(received_from="family", via="USB"))
    assert again.duplicate_of is not None and again.duplicate_of.label == "E-1"
    assert "already exhibit E-1" in again.message
    assert len(locker.items(case_ref)) == 1
    item = locker.item(first.item.id)  # type: ignore[union-attr]
    assert [p.provenance.received_from for p in item.provenance] == ["client", "family"]


def test_folder_import_with_progress_and_cancel(locker: EvidenceLocker, case_ref: str, tmp_path: Path) -> None:
    folder = tmp_path / "screens"
    folder.mkdir()
    for number in range(300):
        (folder / f"msg-{number:04d}.txt").write_text(f"message {number}")
    seen: list[tuple[int, int]] = []
    results = locker.import_paths(case_ref, [folder], FROM_CLIENT, progress=lambda d, t, n: seen.append((d, t)))
    assert len(results) == 300 and all(r.item for r in results) and seen[-1] == (300, 300)
    assert [i.label for i in locker.items(case_ref)][-1] == "E-300"
    calls = iter(range(10_000))
    stopped = locker.import_paths(case_ref, [folder], FROM_CLIENT, cancelled=lambda: next(calls) >= 5)
    assert len(stopped) < 300


def test_cancel_a_huge_sparse_file_stores_nothing(
    locker: EvidenceLocker, vault: Vault, case_ref: str, tmp_path: Path
) -> None:
    sparse = tmp_path / "video.mp4"
    with sparse.open("wb") as out:
        out.truncate(4 * 1024**3)  # 4 GB of holes: streams without using disk or memory here
    chunks = iter(range(100))
    results = locker.import_paths(case_ref, [sparse], FROM_CLIENT, cancelled=lambda: next(chunks) >= 20)
    assert results == []
    assert locker.items(case_ref) == []
    assert files_on_disk(vault.path) == set() and vault.conn.execute("SELECT count(*) FROM blobs").fetchone()[0] == 0
    assert vault.verify() == []


def test_file_that_vanishes_mid_import(
    locker: EvidenceLocker, vault: Vault, case_ref: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "usb-video.mp4"
    path.write_bytes(os.urandom(3 * 1024 * 1024))
    real_fdopen = os.fdopen

    class Unplugged:
        """The USB stick is pulled after the first megabyte: reads fail with EIO."""

        def __init__(self, handle: io.BufferedReader) -> None:
            self.handle, self.given = handle, 0

        def read(self, size: int = -1) -> bytes:
            if self.given > 1024 * 1024:
                raise OSError(5, "Input/output error")
            data = self.handle.read(min(size, 1024 * 1024))
            self.given += len(data)
            return data

        def seek(self, offset: int) -> int:
            return self.handle.seek(offset)

        def __enter__(self) -> Unplugged:
            return self

        def __exit__(self, *exc: object) -> None:
            self.handle.close()

    def flaky_fdopen(fd: int, mode: str = "r", *args: object, **kwargs: object) -> object:
        handle = real_fdopen(fd, mode, *args, **kwargs)  # type: ignore[call-overload]
        return Unplugged(handle) if os.fstat(fd).st_ino == path.stat().st_ino else handle

    monkeypatch.setattr(os, "fdopen", flaky_fdopen)
    results = locker.import_paths(case_ref, [path], FROM_CLIENT)
    assert "could not be read to the end" in results[0].error
    assert locker.items(case_ref) == []
    assert files_on_disk(vault.path) == set() and vault.conn.execute("SELECT count(*) FROM blobs").fetchone()[0] == 0


def test_unreadable_or_missing_source_is_refused(locker: EvidenceLocker, case_ref: str, tmp_path: Path) -> None:
    results = locker.import_paths(case_ref, [tmp_path / "nope.jpg"], FROM_CLIENT)
    assert "does not exist" in results[0].error


DISK_FULL_CHILD = """
import os, resource, sys
from storage.errors import SaksiError
from storage.vault import Vault
from app.evidence.locker import EvidenceLocker
from storage.evidence import Provenance
vault = Vault.open(sys.argv[1], sys.argv[2], sys.argv[3])
wal = os.path.getsize(os.path.join(sys.argv[1], "vault.db-wal"))
limit = wal + 2 * 1024 * 1024
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
results = EvidenceLocker(vault).import_paths(sys.argv[4], [sys.argv[5]], Provenance())
print(results[0].error)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_disk_full_during_import(vault: Vault, case_ref: str, tmp_path: Path) -> None:
    big = tmp_path / "big.bin"
    big.write_bytes(os.urandom(8 * 1024 * 1024))
    folder = vault.path
    vault.close()
    out = subprocess.run(
        [sys.executable, "-c", DISK_FULL_CHILD, str(folder), ADMIN, PASSPHRASE, case_ref, str(big)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "disk is full" in out.stdout, out.stdout + out.stderr
    with Vault.open(folder, ADMIN, PASSPHRASE) as reopened:
        assert EvidenceLocker(reopened).items(case_ref) == []
        assert reopened.verify() == []


def test_redacted_copy_strips_metadata_and_links_original(
    locker: EvidenceLocker, case_ref: str, tmp_path: Path
) -> None:
    photo = jpeg(tmp_path / "passport.jpg", exif=True)
    with Image.open(photo) as image:
        image.save(tmp_path / "with-comment.jpg", "JPEG", exif=image.getexif(), comment=b"SECRET COMMENT")
    original = locker.import_file(case_ref, tmp_path / "with-comment.jpg", FROM_CLIENT).item
    assert original is not None
    copy = locker.derive(original, boxes=[(0, 0, 100, 100)], rotate=90)
    assert copy.label == "E-1.1" and copy.original_id == original.id and copy.derivation["boxes"] == [[0, 0, 100, 100]]
    data = locker.view_bytes(copy) or b""
    assert b"SECRET COMMENT" not in data and b"DemoPhone" not in data
    with Image.open(io.BytesIO(data)) as image:
        assert image.size == (480, 640) and not image.getexif()
        assert image.getpixel((479 - 50, 50)) == (0, 0, 0)  # the box, rotated with the picture
    assert locker.item(original.id).sha256 == sha(tmp_path / "with-comment.jpg")  # the original never changes
    assert "evidence.derived_from" in [e.action for e in locker.custody(original)]
    assert locker.copies_of(original)[0].id == copy.id


def test_transcription_is_searchable(locker: EvidenceLocker, case_ref: str, tmp_path: Path) -> None:
    item = locker.import_file(case_ref, jpeg(tmp_path / "chat.jpg"), FROM_CLIENT).item
    assert item is not None
    locker.set_text(item, "ខ្ញុំនឹងផ្ញើលុយ", "I will send the money")
    assert [i.label for i in locker.search(case_ref, "send the money")] == ["E-1"]
    assert [i.label for i in locker.search(case_ref, "ផ្ញើលុយ")] == ["E-1"]


def test_renumber_and_admin_only_delete_with_tombstone(
    locker: EvidenceLocker, vault: Vault, case_ref: str, tmp_path: Path
) -> None:
    first = locker.import_file(case_ref, jpeg(tmp_path / "a.jpg", (10, 10)), FROM_CLIENT).item
    second = locker.import_file(case_ref, jpeg(tmp_path / "b.jpg", (20, 20)), FROM_CLIENT).item
    assert first and second
    locker.renumber(case_ref, [second, first])
    assert [(i.filename, i.label) for i in locker.items(case_ref)] == [("b.jpg", "E-1"), ("a.jpg", "E-2")]
    vault.add_user("sok", "lawyer", "sok's own passphrase")
    with (
        Vault.open(vault.path, "sok", "sok's own passphrase") as lawyer,
        pytest.raises(PermissionDenied, match="Only an admin"),
    ):
        EvidenceLocker(lawyer).delete(first, "wrong file")
    with pytest.raises(InputRejected, match="Say why"):
        locker.delete(first, "")
    locker.delete(locker.item(first.id), "client withdrew consent")
    gone = locker.items(case_ref, include_deleted=True)
    tombstone = next(i for i in gone if i.id == first.id)
    assert tombstone.deleted_by == ADMIN and tombstone.delete_reason == "client withdrew consent"
    assert tombstone.sha256 == first.sha256 and tombstone.blob_id is None
    assert [i.filename for i in locker.items(case_ref)] == ["b.jpg"]
    assert locker.verify_all() == [] and vault.verify() == []


def test_verify_names_a_tampered_exhibit(locker: EvidenceLocker, vault: Vault, case_ref: str, tmp_path: Path) -> None:
    item = locker.import_file(case_ref, jpeg(tmp_path / "a.jpg"), FROM_CLIENT).item
    assert item is not None
    flip_byte(blob_path(vault.conn, str(item.blob_id)))
    assert locker.verify_all() == [f"Evidence {case_ref} E-1: stored bytes do not match SHA-256 {item.sha256}."]


def test_bundle_manifest_matches_sha256sum(locker: EvidenceLocker, case_ref: str, tmp_path: Path) -> None:
    photo = locker.import_file(case_ref, jpeg(tmp_path / "job-ad.jpg", exif=True), FROM_CLIENT).item
    (tmp_path / "chat.txt").write_text("ខ្ញុំ: when do I start?")
    locker.import_file(case_ref, tmp_path / "chat.txt", FROM_CLIENT)
    assert photo is not None
    locker.derive(photo, boxes=[(0, 0, 50, 50)])
    out = tmp_path / "out"
    out.mkdir()
    result = export_bundle(locker, case_ref, out)
    assert result.exhibits == ["E-1.1", "E-2"] and result.replaced == ["E-1"]  # the redacted copy goes instead
    folder = result.path
    listed = subprocess.run(
        ["sha256sum", *sorted(p.name for p in (folder / "exhibits").iterdir())],
        cwd=folder / "exhibits",
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    sums = {line.split()[1]: line.split()[0] for line in listed.splitlines()}
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert {Path(r["file"]).name: r["sha256"] for r in manifest["exhibits"]} == sums
    assert "gps" not in (folder / "manifest.json").read_text()
    index = subprocess.run(
        ["pdftotext", str(folder / "index.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert case_ref in index and photo.sha256[:32] not in index
    (out / "with").mkdir()
    with_original = export_bundle(locker, case_ref, out / "with", originals=True)
    assert with_original.exhibits == ["E-1", "E-1.1", "E-2"]
    assert "evidence.export" in [e.action for e in locker.custody(photo)]
    redacted = export_bundle(locker, case_ref, out, redacted_only=True, as_zip=True)
    with zipfile.ZipFile(redacted.path) as archive:
        names = archive.namelist()
    assert "exhibits/E-1.1.png" in names and "exhibits/E-1.jpg" not in names and redacted.skipped == ["E-2"]
    with pytest.raises(InputRejected, match="never overwrites"):
        export_bundle(locker, case_ref, out, redacted_only=True, as_zip=True)
