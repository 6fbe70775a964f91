"""What leaves the vault: references never paths, protective bundles a recipient can check alone, audit first, no formulas."""

from __future__ import annotations

import csv
import io
import itertools
import os
import re
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import ExifTags, Image

from app.cases import case_files as case_app
from app.cases.case_files import CaseFiles
from app.cases.model import Case
from app.common.display import escaped, has_invisible, marked
from app.common.exports import audited, check_reference, csv_bytes, inside, safe_name
from app.evidence.bundle import export_bundle
from app.evidence.imaging import ImageWorker
from app.evidence.locker import EvidenceLocker
from storage import cases as case_store
from storage.errors import DiskFull, InputRejected
from storage.evidence import Provenance
from storage.vault import Vault
from tests.conftest import ADMIN, PASSPHRASE

FROM_CLIENT = Provenance(received_from="client", received_on="2026-11-30", via="WhatsApp", description="")
HOSTILE_REFERENCES = ["../x", "/abs/x", "..", "a/b", "a\\b", "", "-x", "x-", "a b", "KH\u202e2026", "x" * 41, "ក-1"]


@pytest.fixture(scope="module")
def worker() -> Iterator[ImageWorker]:
    running = ImageWorker()
    yield running
    running.close()


@pytest.fixture
def locker(vault: Vault, worker: ImageWorker) -> EvidenceLocker:
    return EvidenceLocker(vault, worker)


def photo(path: Path, gps: bool = False) -> Path:
    image = Image.new("RGB", (120, 80), (40, 120, 40))
    exif = Image.Exif()
    if gps:
        exif[ExifTags.IFD.GPSInfo] = {1: "N", 2: (11.0, 33.0, 6.0), 3: "E", 4: (104.0, 55.0, 12.0)}
    image.save(path, "JPEG", exif=exif)
    return path


def legacy_case(vault: Vault, reference: str) -> None:
    """A case stored the way an older Saksi could (no reference check): it must still open and export safely."""
    case = Case(reference=reference, client={"names": [{"text": "Old Case"}]})
    case_store.insert(vault.conn, vault.user.name, case.id, case.to_document(), case_app.build_index(case))


# ----------------------------------------------------------------------------- references and names
@pytest.mark.parametrize("reference", HOSTILE_REFERENCES)
def test_a_hostile_reference_is_refused_on_every_way_in(vault: Vault, reference: str) -> None:
    files = CaseFiles(vault)
    with pytest.raises(InputRejected, match="not allowed"):
        check_reference(reference)
    if reference:  # an empty reference means "assign one"
        with pytest.raises(InputRejected, match="not allowed"):
            files.import_json({"reference": reference})
    created = files.create(Case())
    created.reference = reference or "-"
    with pytest.raises(InputRejected, match="not allowed"):
        files.save(created)
    assert files.count() == 1 and files.load(created.id)[0].reference.startswith("KH-")


def test_valid_references_pass_and_odd_old_ones_still_open(vault: Vault) -> None:
    for good in ("KH-2026-0001", "a", "TH-x-9", "Z" * 40):
        assert check_reference(good) == good
    legacy_case(vault, "../x")
    files = CaseFiles(vault)
    case, _ = files.load("../x")
    case.notes = "edited later"
    files.save(case)  # an unchanged old reference is kept, not refused
    assert files.load("../x")[0].notes == "edited later"


def test_safe_names_never_leave_the_folder(tmp_path: Path) -> None:
    names = {safe_name(r) for r in [*HOSTILE_REFERENCES, "CON", "nul"]}
    assert len(names) == len(HOSTILE_REFERENCES) + 2  # distinct: the hash of the original is appended
    for name in names:
        assert re.fullmatch(r"[A-Za-z0-9_-]+", name) and name.upper() not in ("CON", "NUL"), name
        assert inside(tmp_path, name).parent == tmp_path
    assert safe_name("KH-2026-0001") == "KH-2026-0001"
    for bad in ("..", "a/b", "/etc/passwd", ""):
        with pytest.raises(InputRejected):
            inside(tmp_path, bad)
    (tmp_path / "link").symlink_to(tmp_path.parent)
    with pytest.raises(InputRejected, match="outside"):
        inside(tmp_path, "link")


@pytest.mark.parametrize("reference", ["../x", "/abs/x"])
def test_a_bundle_of_an_odd_old_reference_stays_in_dest(locker: EvidenceLocker, tmp_path: Path, reference: str) -> None:
    legacy_case(locker.vault, reference)
    (tmp_path / "a.txt").write_text("note")
    locker.import_file(reference, tmp_path / "a.txt", FROM_CLIENT)
    dest = tmp_path / "dest"
    dest.mkdir()
    before = set(tmp_path.rglob("*")) | set(Path("/abs").glob("*") if Path("/abs").exists() else [])
    result = export_bundle(locker, reference, dest, as_zip=True)
    assert result.path.parent == dest and result.path.name.startswith(safe_name(reference) + "-exhibits-")
    assert set(tmp_path.rglob("*")) - before == {result.path}
    with zipfile.ZipFile(result.path) as archive:
        assert all(not n.startswith(("/", "..")) and ".." not in n.split("/") for n in archive.namelist())


# ----------------------------------------------------------------------------- display
def test_invisible_characters_are_escaped_and_marked() -> None:
    spoof = "photo\u202egpj.exe"
    assert escaped(spoof) == "photo\\u202egpj.exe" and marked(spoof) == "photo[U+202E]gpj.exe"
    for char in ("\u202a", "\u202d", "\u2066", "\u2069", "\u200b", "\ufeff", "\u00ad", "\x1b", "\n", "\u2028"):
        assert has_invisible(f"a{char}b"), repr(char)
    khmer = "សុខ\u200dចាន់"  # the joiner shapes Khmer and emoji: kept
    assert escaped(khmer) == khmer and not has_invisible("ឈ្មោះ 名字 ชื่อ")


# ----------------------------------------------------------------------------- CSV
def test_every_formula_cell_is_escaped() -> None:
    hostile = ['=HYPERLINK("http://x")', "+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "plain", "a=b", ""]
    data = csv_bytes([{"v": v} for v in hostile], ["v"])
    assert data.startswith("\ufeff".encode())
    read = [row["v"] for row in csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline=""))]
    assert read == ["'" + v for v in hostile[:6]] + ["plain", "a=b", ""]


def test_no_csv_is_written_outside_the_one_writer() -> None:
    root = Path(__file__).resolve().parents[2]
    users = [
        p
        for d in ("app", "ui", "storage")
        for p in (root / d).rglob("*.py")
        if "csv.writer" in p.read_text() or "DictWriter" in p.read_text()
    ]
    assert [p.relative_to(root).as_posix() for p in users] == ["app/common/exports.py"]


# ----------------------------------------------------------------------------- audit first
def test_audit_records_intent_before_and_the_outcome_or_failure_after(vault: Vault, tmp_path: Path) -> None:
    seen: list[str] = []
    with audited(vault, "case.export", "case:x", {"to": "f"}) as record:
        seen = [e.action for e in vault.recent_audit(limit=1)]
        record.outcome["sha256"] = "abc"
    assert seen == ["case.export.intent"]
    done = vault.recent_audit(limit=1)[0]
    assert (
        done.action == "case.export" and done.detail["sha256"] == "abc" and done.detail["intent"] == record.intent.seq
    )
    with pytest.raises(DiskFull), audited(vault, "case.export", "case:x", {}):
        raise DiskFull("There is not enough space.")
    failed = vault.recent_audit(limit=1)[0]
    assert failed.action == "case.export.failed" and failed.detail["reason"] == "There is not enough space."


def test_no_export_without_an_intent_record(locker: EvidenceLocker, case_ref_vault: str, tmp_path: Path) -> None:
    """A vault that cannot record the intent (here: read-only) exports nothing."""
    (tmp_path / "a.txt").write_text("note")
    locker.import_file(case_ref_vault, tmp_path / "a.txt", FROM_CLIENT)
    dest = tmp_path / "dest"
    dest.mkdir()
    locker.conn.execute("PRAGMA query_only = ON")
    try:
        with pytest.raises(Exception):  # noqa: B017 - any refusal will do: what matters is what is on disk
            export_bundle(locker, case_ref_vault, dest)
    finally:
        locker.conn.execute("PRAGMA query_only = OFF")
    assert list(dest.iterdir()) == []


@pytest.fixture
def case_ref_vault(vault: Vault) -> str:
    return CaseFiles(vault).create(Case()).reference


# ----------------------------------------------------------------------------- the bundle, checked by a recipient
@pytest.fixture
def exhibits(locker: EvidenceLocker, case_ref_vault: str, tmp_path: Path) -> str:
    """E-1 a passport scan (redacted as E-1.1), E-2 a photo with GPS, E-3 a note; and another case with the same note."""
    ref = case_ref_vault
    src = tmp_path / "from-phone"
    src.mkdir()
    passport = locker.import_file(ref, photo(src / "passport-scan.jpg"), FROM_CLIENT).item
    locker.import_file(ref, photo(src / "street.jpg", gps=True), FROM_CLIENT)
    (src / "note.txt").write_text("ខ្ញុំ: =1+1 the client's note")
    locker.import_file(ref, src / "note.txt", FROM_CLIENT)
    assert passport is not None
    locker.derive(passport, boxes=[(0, 0, 60, 40)])
    other = CaseFiles(locker.vault).create(Case()).reference
    locker.import_file(other, src / "note.txt", FROM_CLIENT)
    return ref


def test_the_default_bundle_protects_and_warns(locker: EvidenceLocker, exhibits: str, tmp_path: Path) -> None:
    dest = tmp_path / "dest"
    dest.mkdir()
    result = export_bundle(locker, exhibits, dest)
    assert result.exhibits == ["E-1.1", "E-2", "E-3"] and result.replaced == ["E-1"]
    assert result.exposed == [] and result.metadata == ["E-2"]  # GPS in a photo without a redacted copy: named
    (tmp_path / "with").mkdir()
    chosen = export_bundle(locker, exhibits, tmp_path / "with", originals=True)
    assert chosen.exhibits == ["E-1", "E-1.1", "E-2", "E-3"]
    assert [e.describe() for e in chosen.exposed] == ["E-1 (looks like an identity document)"]
    assert "E-1 (looks like an identity document)" in (chosen.path / "README.txt").read_text()
    with pytest.raises(InputRejected, match="not both"):
        export_bundle(locker, exhibits, dest, originals=True, redacted_only=True)


@pytest.mark.parametrize("as_zip", [False, True])
def test_a_recipient_checks_the_bundle_alone(
    locker: EvidenceLocker, exhibits: str, tmp_path: Path, as_zip: bool
) -> None:
    dest = tmp_path / "dest"
    dest.mkdir()
    result = export_bundle(locker, exhibits, dest, as_zip=as_zip)
    folder = result.path
    if as_zip:
        folder = tmp_path / "unpacked"
        with zipfile.ZipFile(result.path) as archive:
            archive.extractall(folder)
    checked = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=folder, capture_output=True, text=True)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    listed = {line.split("  ", 1)[1] for line in (folder / "SHA256SUMS").read_text().splitlines()}
    assert listed == {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()} - {"SHA256SUMS"}

    index = subprocess.run(["pdftotext", str(folder / "index.pdf"), "-"], capture_output=True, text=True, check=True)
    manifest_sha = subprocess.run(["sha256sum", "manifest.csv"], cwd=folder, capture_output=True, text=True).stdout
    assert manifest_sha.split()[0] == result.manifest_sha256 and result.manifest_sha256 in index.stdout

    # The chain, recomputed by the script printed in README.txt (a recipient's own Python, not Saksi's code)
    readme = (folder / "README.txt").read_text(encoding="utf-8")
    lines = readme.splitlines()
    start = next(i for i, line in enumerate(lines) if "recomputes the chain" in line) + 2
    script = "\n".join(line[5:] for line in itertools.takewhile(bool, lines[start:]))
    run = subprocess.run([sys.executable, "-c", script], cwd=folder, capture_output=True, text=True)
    assert run.returncode == 0 and "custody chain intact" in run.stdout, run.stderr
    head = run.stdout.split()[-1]
    assert head in index.stdout.replace("\n", "")

    rows = list(csv.DictReader(io.StringIO((folder / "custody.csv").read_text(encoding="utf-8-sig"))))
    assert {r["exhibit"] for r in rows} == {"E-1.1", "E-2", "E-3", "bundle"}  # this bundle's exhibits, this case
    assert rows[-1]["action"] == "case.bundle_export.intent" and '"E-1.1"' in rows[-1]["detail"]
    assert [int(r["seq"]) for r in rows] == sorted(int(r["seq"]) for r in rows)
    other_case_imports = [e for e in locker.vault.recent_audit(limit=100) if e.action == "evidence.import"]
    assert {r["audit_hash"] for r in rows} & {e.hash for e in other_case_imports[:1]} == set()
    assert str(dest) not in (folder / "custody.csv").read_text()  # no local paths in what travels

    tampered = (folder / "custody.csv").read_text(encoding="utf-8-sig").replace("evidence.import", "evidence.view", 1)
    (folder / "custody.csv").write_text(tampered, encoding="utf-8-sig")
    broken = subprocess.run([sys.executable, "-c", script], cwd=folder, capture_output=True, text=True)
    assert broken.returncode != 0 and "changed at row" in broken.stderr


EXPORT_TO_A_FULL_DISK = """
import os, resource, sys
from storage.errors import SaksiError
from storage.vault import Vault
from tests.conftest import ADMIN, PASSPHRASE
from app.evidence.bundle import export_bundle
from app.evidence.locker import EvidenceLocker
folder, user, passphrase, reference, dest = sys.argv[1:6]
vault = Vault.open(folder, user, passphrase)
# Room for the vault's own writes (its audit entries), not for the 4 MiB exhibit the bundle copies out.
largest = max(os.path.getsize(os.path.join(folder, name)) for name in os.listdir(folder) if name.startswith("vault.db"))
limit = largest + 1024 * 1024
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
try:
    export_bundle(EvidenceLocker(vault), reference, dest)
except SaksiError as exc:
    print(type(exc).__name__, exc.message)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_an_export_that_fails_is_recorded_and_leaves_nothing(
    locker: EvidenceLocker, exhibits: str, tmp_path: Path
) -> None:
    """A real full disk (RLIMIT_FSIZE in a child process, as in test_disk_full.py) while the bundle is written."""
    (tmp_path / "video.mp4").write_bytes(os.urandom(4 << 20))
    assert locker.import_file(exhibits, tmp_path / "video.mp4", FROM_CLIENT).item is not None
    dest = tmp_path / "dest"
    dest.mkdir()
    folder = locker.vault.path
    locker.vault.close()
    out = subprocess.run(
        [sys.executable, "-c", EXPORT_TO_A_FULL_DISK, str(folder), ADMIN, PASSPHRASE, exhibits, str(dest)],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.startswith("DiskFull "), out.stdout + out.stderr
    assert list(dest.iterdir()) == []
    with Vault.open(folder, ADMIN, PASSPHRASE) as reopened:
        actions = [e.action for e in reopened.recent_audit(limit=3)]
        assert actions == ["vault.unlock", "case.bundle_export.failed", "case.bundle_export.intent"]
        assert reopened.verify() == []


def test_a_working_copy_is_named_safely_and_recorded_first(locker: EvidenceLocker, tmp_path: Path) -> None:
    reference = CaseFiles(locker.vault).create(Case()).reference
    item = locker.import_bytes(reference, b"note", "..\\..\\evil\u202etxt.exe", FROM_CLIENT).item
    assert item is not None
    out = tmp_path / "out"
    out.mkdir()
    written = locker.export_working_copy(item, out)
    assert written.parent == out and written.name == "E-1 _.._evil_txt.exe"
    custody = [e.action for e in locker.custody(item)]
    assert custody[-2:] == ["evidence.export.intent", "evidence.export"]
