"""``saksi evidence ...`` end to end: real files imported into a real encrypted vault by the real command.

One office vault (admin amara, paralegal sok) with one case is made with the CLI once
per module; each test works on its own copy of the folder.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import shutil
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.blob_files import blob_path, flip_byte
from tests.conftest import ADMIN, PASSPHRASE
from tests.e2e.helpers import AS_ADMIN, AS_PARALEGAL, ROOT, cli_env, fingerprint, office_vault, private_copy, saksi

pytestmark = pytest.mark.e2e

# Sorted as a folder import sorts them: E-1 photo, E-2 cut photo, E-3 note, E-4 empty file.
FILES = ("a-photo.jpg", "b-cut.jpg", "c-note.txt", "d-empty.bin")


@dataclass(frozen=True)
class Office:
    folder: Path
    reference: str
    files: Path  # a folder holding FILES


def jpeg() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (96, 64), (180, 40, 40)).save(out, "JPEG")
    return out.getvalue()


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Office:
    root = tmp_path_factory.mktemp("evidence")
    config = root / "config"
    folder, _code = office_vault(root)
    case = json.dumps({"opened_on": "2025-03-01", "client": {"names": [{"text": "សុខ ចាន់ដារ៉ា"}]}})
    reference = saksi("case", "add", folder, "--json", "-", config=config, input_text=case, **AS_ADMIN)
    assert reference.returncode == 0, reference.stderr

    files = root / "from-client-phone"
    files.mkdir()
    photo = jpeg()
    (files / FILES[0]).write_bytes(photo)
    (files / FILES[1]).write_bytes(photo[: len(photo) // 2])
    (files / FILES[2]).write_text("ខ្ញុំត្រូវបានគេបោកប្រាស់ / a note from the client\n", encoding="utf-8")
    (files / FILES[3]).write_bytes(b"")
    return Office(folder, reference.stdout.strip(), files)


@pytest.fixture
def vault(office: Office, tmp_path: Path) -> Path:
    """A private copy of the office vault."""
    return private_copy(office.folder, tmp_path)


@pytest.fixture
def filled(vault: Path, office: Office) -> Path:
    """The vault copy with the four files imported as E-1 to E-4."""
    added = saksi("evidence", "add", vault, office.reference, office.files, "--received-from", "client", **AS_ADMIN)
    assert added.returncode == 0, added.stderr
    return vault


def listed(vault: Path, reference: str) -> list[dict[str, object]]:
    result = saksi("evidence", "list", vault, reference, "--json", **AS_PARALEGAL)
    assert result.returncode == 0, result.stderr
    items: list[dict[str, object]] = json.loads(result.stdout)
    return items


def sha256sum(paths: list[Path]) -> dict[str, str]:
    """File name -> SHA-256, computed the way a court clerk would (sha256sum), else with hashlib."""
    if shutil.which("sha256sum"):
        out = subprocess.run(["sha256sum", *map(str, paths)], capture_output=True, text=True, check=True).stdout
        return {Path(line.split(maxsplit=1)[1].lstrip("*")).name: line.split()[0] for line in out.splitlines()}
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}


def manifest(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"))))


# ---------------------------------------------------------------------- add and list
def test_add_a_folder_then_list_it(vault: Path, office: Office) -> None:
    added = saksi(
        "evidence",
        "add",
        vault,
        office.reference,
        office.files,
        "--received-from",
        "client",
        "--received-on",
        "2025-03-01",
        "--via",
        "phone transfer",
        "--description",
        "screenshots and a note",
        **AS_ADMIN,
    )
    assert added.returncode == 0, added.stderr
    assert added.stdout.splitlines() == [f"{name} stored as exhibit E-{n}." for n, name in enumerate(FILES, start=1)]

    items = listed(vault, office.reference)
    assert [(i["exhibit"], i["filename"], i["kind"], i["derived_from"]) for i in items] == [
        ("E-1", FILES[0], "image", None),
        ("E-2", FILES[1], "image", None),
        ("E-3", FILES[2], "text", None),
        ("E-4", FILES[3], "other", None),
    ]
    for item, name in zip(items, FILES, strict=True):
        data = (office.files / name).read_bytes()
        assert item["sha256"] == hashlib.sha256(data).hexdigest()
        assert item["size"] == len(data)
    assert [i["type"] for i in items] == ["image/jpeg", "image/jpeg", "text/plain", "application/x-empty"]
    assert items[0]["preview"] == "yes"
    assert "truncated" in str(items[1]["preview"])
    assert items[2]["preview"] == "yes"
    assert "empty" in str(items[3]["preview"])

    text = saksi("evidence", "list", vault, office.reference, **AS_PARALEGAL)
    rows = text.stdout.splitlines()
    assert rows[0].split() == ["EXHIBIT", "FILENAME", "SHA-256", "SIZE", "TYPE", "PREVIEW"]
    assert rows[1].split()[:2] == ["E-1", FILES[0]] and rows[1].endswith("  yes")
    assert rows[2].split()[-1].endswith("received.")

    again = saksi("evidence", "add", vault, office.reference, office.files / FILES[0], **AS_PARALEGAL)
    assert again.returncode == 0, again.stderr
    assert again.stdout == f"{FILES[0]} is already exhibit E-1; the new provenance was added to it.\n"
    assert len(listed(vault, office.reference)) == 4


def test_a_missing_file_is_refused_and_the_others_are_stored(vault: Path, office: Office) -> None:
    result = saksi(
        "evidence",
        "add",
        vault,
        office.reference,
        office.files / FILES[0],
        office.files / "not-there.jpg",
        office.files / FILES[2],
        **AS_ADMIN,
    )
    assert result.returncode == 6
    assert result.stdout.splitlines() == [f"{FILES[0]} stored as exhibit E-1.", f"{FILES[2]} stored as exhibit E-2."]
    assert "saksi: not-there.jpg: the file does not exist" in result.stderr
    assert "Traceback" not in result.stderr
    assert [i["filename"] for i in listed(vault, office.reference)] == [FILES[0], FILES[2]]


def test_add_rejects_an_unknown_case_and_a_bad_date(vault: Path, office: Office) -> None:
    before = fingerprint(vault)
    bad_date = saksi("evidence", "add", vault, office.reference, office.files, "--received-on", "March", **AS_ADMIN)
    assert bad_date.returncode == 2
    assert "--received-on" in bad_date.stderr
    assert fingerprint(vault) == before
    unknown = saksi("evidence", "add", vault, "KH-1999-0001", office.files, **AS_ADMIN)
    assert unknown.returncode == 6
    assert "There is no case KH-1999-0001" in unknown.stderr
    assert saksi("evidence", "list", vault, "KH-1999-0001", **AS_ADMIN).returncode == 6


# ---------------------------------------------------------------------- court bundle
def test_export_bundle_hashes_match_the_manifest(filled: Path, office: Office, tmp_path: Path) -> None:
    dest = tmp_path / "usb"
    dest.mkdir()
    exported = saksi("evidence", "export", filled, office.reference, dest, **AS_ADMIN)
    assert exported.returncode == 0, exported.stderr
    bundle = Path(exported.stdout.strip())
    assert bundle.parent == dest and bundle.name.startswith(f"{office.reference}-exhibits-")
    rows = manifest((bundle / "manifest.csv").read_text(encoding="utf-8"))
    assert [r["exhibit"] for r in rows] == ["E-1", "E-2", "E-3", "E-4"]
    computed = sha256sum(sorted((bundle / "exhibits").iterdir()))
    assert {Path(r["file"]).name: r["sha256"] for r in rows} == computed
    originals = {i["exhibit"]: i["sha256"] for i in listed(filled, office.reference)}
    assert {r["exhibit"]: r["sha256"] for r in rows} == originals
    assert {r["received_from"] for r in rows} == {"client"}
    assert {"custody.csv", "index.pdf", "manifest.json", "README.txt"} <= {p.name for p in bundle.iterdir()}

    only = saksi("evidence", "export", filled, office.reference, tmp_path, "--exhibit", "e-3", **AS_ADMIN)
    assert only.returncode == 0, only.stderr
    assert [r["exhibit"] for r in manifest((Path(only.stdout.strip()) / "manifest.csv").read_text("utf-8"))] == ["E-3"]
    twice = saksi("evidence", "export", filled, office.reference, dest, **AS_ADMIN)
    assert twice.returncode == 6
    assert "never overwrites" in twice.stderr
    unknown = saksi("evidence", "export", filled, office.reference, dest, "--exhibit", "E-9", **AS_ADMIN)
    assert unknown.returncode == 6
    assert "has no exhibit E-9" in unknown.stderr


def test_export_redacted_only_as_zip(filled: Path, office: Office, tmp_path: Path) -> None:
    from app.evidence.locker import EvidenceLocker
    from storage.vault import Vault

    with Vault.open(filled, ADMIN, PASSPHRASE) as opened:
        locker = EvidenceLocker(opened)
        try:
            copy = locker.derive(locker.by_label(office.reference, "E-1"), boxes=[(0, 0, 40, 30)])
        finally:
            locker.worker.close()
    assert copy.label == "E-1.1"

    exported = saksi("evidence", "export", filled, office.reference, tmp_path, "--redacted-only", "--zip", **AS_ADMIN)
    assert exported.returncode == 0, exported.stderr
    bundle = Path(exported.stdout.strip())
    assert bundle.suffix == ".zip" and bundle.name.endswith("-redacted.zip")
    assert "no redacted copy: E-2, E-3, E-4" in exported.stderr
    with zipfile.ZipFile(bundle) as archive:
        assert [n for n in archive.namelist() if n.startswith("exhibits/")] == ["exhibits/E-1.1.png"]
        rows = manifest(archive.read("manifest.csv").decode("utf-8"))
        assert [(r["exhibit"], r["derived_from"]) for r in rows] == [("E-1.1", "E-1")]
        assert rows[0]["sha256"] == hashlib.sha256(archive.read("exhibits/E-1.1.png")).hexdigest()
    items = listed(filled, office.reference)
    assert [(i["exhibit"], i["derived_from"]) for i in items][:2] == [("E-1", None), ("E-1.1", "E-1")]


def test_a_paralegal_cannot_export(filled: Path, office: Office, tmp_path: Path) -> None:
    result = saksi("evidence", "export", filled, office.reference, tmp_path, **AS_PARALEGAL)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "saksi: Your role does not allow exporting evidence. Ask a lawyer or an admin."
    ]
    assert result.stdout == ""
    assert [p.name for p in tmp_path.iterdir()] == ["Office.saksi"]


def test_nothing_to_export(vault: Path, office: Office, tmp_path: Path) -> None:
    result = saksi("evidence", "export", vault, office.reference, tmp_path, **AS_ADMIN)
    assert result.returncode == 6
    assert "nothing to export" in result.stderr


# ---------------------------------------------------------------------- verify
def test_verify_names_a_tampered_exhibit(filled: Path, office: Office) -> None:
    intact = saksi("evidence", "verify", filled, **AS_PARALEGAL)
    assert intact.returncode == 0, intact.stderr
    assert "All 4 stored files match" in intact.stderr

    from storage.vault import Vault

    with Vault.open(filled, ADMIN, PASSPHRASE) as opened:
        (exhibit, blob_id) = opened.conn.execute(
            "SELECT 'E-' || exhibit_no, blob_id FROM evidence WHERE blob_id IS NOT NULL ORDER BY exhibit_no LIMIT 1"
        ).fetchone()
        flip_byte(blob_path(opened.conn, blob_id))
    tampered = saksi("evidence", "verify", filled, **AS_PARALEGAL)
    assert tampered.returncode == 4
    problems = [line for line in tampered.stderr.splitlines() if "do not match" in line]
    assert len(problems) == 1
    assert problems[0].startswith(f"saksi: Evidence {office.reference} {exhibit}: stored bytes do not match SHA-256")
    assert "Traceback" not in tampered.stderr
    whole = saksi("vault", "verify", filled, **AS_PARALEGAL)  # read-only: checks each sealed file's chunks
    assert whole.returncode == 4
    assert f"saksi: evidence: Evidence {office.reference} {exhibit}: The evidence file blobs/" in whole.stderr
    assert "does not authenticate" in whole.stderr and "Traceback" not in whole.stderr


# ---------------------------------------------------------------------- the image decoder of a frozen build
def test_hidden_image_worker_command_decodes_images(tmp_path: Path) -> None:
    from app.evidence.imaging import _receive, _send

    request = io.BytesIO()
    _send(request, {"op": "describe"}, jpeg())
    worker = subprocess.run(
        [sys.executable, "-m", "app", "--image-worker"],
        input=request.getvalue(),
        capture_output=True,
        env=cli_env(tmp_path),
        cwd=ROOT,
        timeout=60,
    )
    assert worker.returncode == 0, worker.stderr
    header, thumbnail = _receive(io.BytesIO(worker.stdout))
    assert header["ok"] is True and header["thumbnail"] is True
    assert thumbnail.startswith(b"\x89PNG")
