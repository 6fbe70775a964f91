"""Each file of a batch has its own description, editable later with the change in its history; exhibit
numbers follow the import order unless renumbered (issue 13)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cases.case_files import CaseFiles
from app.cases.model import Case
from app.common import audit_log
from app.evidence.bundle import export_bundle
from app.evidence.locker import EvidenceLocker
from storage.errors import InputRejected
from storage.evidence import Provenance
from storage.vault import Vault

BATCH = Provenance(received_from="client", received_on="2026-11-30", via="USB", description="from the client's phone")


@pytest.fixture
def locker(vault: Vault) -> Iterator[EvidenceLocker]:
    found = EvidenceLocker(vault)
    yield found
    found.worker.close()


def files(folder: Path, *names: str) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for number, name in enumerate(names):
        path = folder / name
        path.write_bytes(f"statement {number} of the client, {name}\n".encode())
        made.append(path)
    return made


def test_each_file_of_a_batch_keeps_its_own_description_in_import_order(
    vault: Vault, locker: EvidenceLocker, tmp_path: Path
) -> None:
    reference = CaseFiles(vault).create(Case()).reference
    chosen = files(tmp_path / "in", "c-ad.txt", "a-chat.txt", "b-receipt.txt")  # not alphabetical on purpose
    own = {str(chosen[0]): "job advertisement", str(chosen[2]): "  bus   ticket receipt "}
    results = locker.import_paths(reference, chosen, BATCH, descriptions=own)
    assert [r.item.label for r in results if r.item] == ["E-1", "E-2", "E-3"]
    by_label = {i.label: i for i in locker.items(reference)}
    assert [by_label[f"E-{n}"].filename for n in (1, 2, 3)] == ["c-ad.txt", "a-chat.txt", "b-receipt.txt"]
    assert by_label["E-1"].description == "job advertisement"
    assert by_label["E-2"].description == "from the client's phone"  # none of its own: the batch's
    assert by_label["E-3"].description == "bus   ticket receipt"  # trimmed, typed spacing kept
    assert all(i.provenance[0].provenance.received_from == "client" for i in by_label.values())
    # a folder's files come in name order, after what is already there
    later = files(tmp_path / "folder", "2.txt", "1.txt")
    locker.import_paths(reference, [later[0].parent], BATCH)
    assert [(i.label, i.filename) for i in locker.items(reference)][3:] == [("E-4", "1.txt"), ("E-5", "2.txt")]


def test_numbers_follow_import_order_unless_renumbered(vault: Vault, locker: EvidenceLocker, tmp_path: Path) -> None:
    reference = CaseFiles(vault).create(Case()).reference
    locker.import_paths(reference, files(tmp_path / "a", "one.txt", "two.txt", "three.txt"), BATCH)
    one, two, three = locker.items(reference)
    locker.renumber(reference, [three, one, two])
    assert [(i.label, i.filename) for i in locker.items(reference)] == [
        ("E-1", "three.txt"),
        ("E-2", "one.txt"),
        ("E-3", "two.txt"),
    ]
    locker.import_paths(reference, files(tmp_path / "b", "four.txt"), BATCH)
    assert locker.items(reference)[-1].label == "E-4"  # a new import comes after every number in use


def test_a_changed_description_is_in_the_history_the_audit_log_search_and_bundle(
    vault: Vault, locker: EvidenceLocker, tmp_path: Path
) -> None:
    reference = CaseFiles(vault).create(Case()).reference
    [result] = locker.import_paths(reference, files(tmp_path / "in", "chat.txt"), BATCH)
    assert result.item is not None
    item = locker.set_description(result.item, "Chat with the recruiter   on Telegram")
    assert item.description == "Chat with the recruiter on Telegram"
    [entry] = [e for e in locker.custody(item) if e.action == "evidence.describe"]
    assert entry.detail == {
        "exhibit": "E-1",
        "previous": "from the client's phone",
        "description": "Chat with the recruiter on Telegram",
    }
    assert entry.actor == vault.user.name
    locker.set_description(item, "Chat with the recruiter on Telegram")  # the same words: nothing to record
    assert sum(e.action == "evidence.describe" for e in locker.custody(item)) == 1
    said = [line.what for line in audit_log.lines(vault, audit_log.Filters(kind="evidence"))]
    assert "changed the description of exhibit E-1" in said
    assert [i.label for i in locker.search(reference, "recruiter on Tele")] == ["E-1"]
    assert locker.search(reference, "client's phone") == []  # the old words no longer find it
    out = tmp_path / "out"
    out.mkdir()
    bundle = export_bundle(locker, reference, out)
    manifest = (bundle.path / "manifest.csv").read_text(encoding="utf-8-sig")
    assert "Chat with the recruiter on Telegram" in manifest


def test_descriptions_of_deleted_or_overlong_exhibits_are_refused(
    vault: Vault, locker: EvidenceLocker, tmp_path: Path
) -> None:
    reference = CaseFiles(vault).create(Case()).reference
    [result] = locker.import_paths(reference, files(tmp_path / "in", "note.txt"), BATCH)
    assert result.item is not None
    with pytest.raises(InputRejected, match="at most 2,000 characters"):
        locker.set_description(result.item, "x" * 2001)
    locker.delete(result.item, "imported into the wrong case")
    gone = locker.item(result.item.id)
    with pytest.raises(InputRejected, match="only its tombstone remains"):
        locker.set_description(gone, "anything")
    assert locker.item(gone.id).description == "from the client's phone"


def test_the_index_names_a_redacted_copys_original_once() -> None:
    import subprocess

    from app.writers.exhibit_index import index_pdf

    base = {"received_from": "", "received_on": "", "via": "", "sha256": "ab" * 32, "size": 10}
    rows = [
        {**base, "exhibit": "E-3.1", "description": "redacted copy of E-3", "original_filename": "p.png",
         "derived_from": "E-3"},
        {**base, "exhibit": "E-4.1", "description": "Passport page, blacked out", "original_filename": "q.png",
         "derived_from": "E-4"},
    ]  # fmt: skip
    text = subprocess.run(
        ["pdftotext", "-layout", "-", "-"], input=index_pdf("KH-1", rows, []), capture_output=True, check=True
    ).stdout.decode()
    assert text.count("E-3") == 2  # its own label and "redacted copy of E-3", no "Copy of E-3" after it
    assert "Copy of E-4" in text  # a description that does not say it keeps the line


def test_renumbering_leaves_a_tombstones_number_alone(vault: Vault, locker: EvidenceLocker, tmp_path: Path) -> None:
    reference = CaseFiles(vault).create(Case()).reference
    locker.import_paths(reference, files(tmp_path / "a", "one.txt", "two.txt", "three.txt"), BATCH)
    one, two, three = locker.items(reference)
    locker.delete(two, "imported by mistake")
    locker.renumber(reference, [three, one])
    everything = [(i.label, i.filename, bool(i.deleted_at)) for i in locker.items(reference, include_deleted=True)]
    assert everything == [("E-1", "three.txt", False), ("E-2", "two.txt", True), ("E-3", "one.txt", False)]
    assert len({label for label, _name, _gone in everything}) == 3  # no two exhibits share a number
