"""Two real offices refer a case back and forth: identity, consent, encryption, signatures, merging."""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from app.cases.case_files import CaseFiles
from app.cases.merge import three_way
from app.cases.model import Case, Consent, Fact, Name, parse_case
from app.common import audit_log
from app.evidence.imaging import ImageWorker
from app.evidence.locker import EvidenceLocker
from app.referral import packages as referral
from storage import office, schema
from storage.errors import InputRejected
from storage.evidence import Provenance
from storage.vault import Vault
from tests.conftest import ADMIN, PASSPHRASE, fast_kdf

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Three offices made once (each with its own keys): Phnom Penh, Bangkok and an outsider."""
    made = {}
    for name in ("Phnom-Penh", "Bangkok", "Outsider"):
        folder = tmp_path_factory.mktemp("offices") / f"{name}.saksi"
        vault, _code = Vault.create(folder, ADMIN, PASSPHRASE, kdf=fast_kdf())  # fixture-cost key slots
        vault.close()
        made[name] = folder
    return made


@pytest.fixture
def offices(templates: dict[str, Path], tmp_path: Path) -> Iterator[dict[str, Vault]]:
    opened = {}
    for name, source in templates.items():
        shutil.copytree(source, tmp_path / source.name)
        opened[name] = Vault.open(tmp_path / source.name, ADMIN, PASSPHRASE)
    yield opened
    for vault in opened.values():
        vault.close()


@pytest.fixture
def pair(offices: dict[str, Vault]) -> tuple[Vault, Vault]:
    """Phnom Penh and Bangkok, each recording the other after comparing fingerprints."""
    pp, bk = offices["Phnom-Penh"], offices["Bangkok"]
    pp_office, bk_office = office.get_office(pp.conn), office.get_office(bk.conn)
    office.add_partner(pp.conn, ADMIN, "Bangkok", bk_office.public_key, bk_office.fingerprint)
    office.add_partner(bk.conn, ADMIN, "Phnom Penh", pp_office.public_key, pp_office.fingerprint.lower())
    return pp, bk


def fp(vault: Vault) -> str:
    return office.get_office(vault.conn).fingerprint


def a_case(vault: Vault, partner: Vault | None, **consent: object) -> Case:
    case = Case(client={"names": [{"text": "Sok Dara"}], "nationalities": ["KH"]}, notes="first note")
    case.facts = [Fact(statement="Answered a job advertisement on Telegram")]
    if partner is not None:
        case.consents = [
            Consent(what="Refer my file to the Bangkok office", use="referral", partners=[fp(partner)], **consent)
        ]
    return CaseFiles(vault).create(case)


def audit_size(vault: Vault) -> int:
    return int(vault.conn.execute("SELECT count(*) FROM audit").fetchone()[0])


def send(sender: Vault, reference: str, to: str, out: Path, **options: object) -> bytes:
    referral.export_referral(sender, reference, to, out, **options)  # type: ignore[arg-type]
    return out.read_bytes()


def receive(receiver: Vault, data: bytes) -> referral.ImportResult:
    return referral.apply_import(receiver, referral.plan_import(receiver, data))


# ----------------------------------------------------------------------------- identity and partners
def test_every_vault_has_its_own_identity_with_private_keys_only_inside(offices: dict[str, Vault]) -> None:
    pp, bk = offices["Phnom-Penh"], offices["Bangkok"]
    me = office.get_office(pp.conn)
    assert me.name == "Phnom-Penh"
    assert office.parse_public_key(me.public_key) == me.identity
    assert me.fingerprint != fp(bk)
    assert len(me.fingerprint.split("-")) == 8
    private = me.decryption_key().private_bytes_raw().hex()
    assert private not in (pp.path / "keys.json").read_text()


def test_an_older_vault_gets_an_identity_on_upgrade(tmp_path: Path) -> None:
    folder = tmp_path / "vault-v5.saksi"
    shutil.copytree(FIXTURES / "vault-v5.saksi", folder)
    with Vault.open(folder, ADMIN, PASSPHRASE) as vault:
        assert schema.version_of(vault.conn) == schema.current_version()
        me = office.get_office(vault.conn)
        assert me.name == "vault-v5" and office.parse_public_key(me.public_key) == me.identity
        assert vault.verify() == []


def test_a_partner_is_recorded_only_with_the_fingerprint_compared(offices: dict[str, Vault]) -> None:
    pp, bk = offices["Phnom-Penh"], offices["Bangkok"]
    theirs = office.get_office(bk.conn)
    with pytest.raises(InputRejected, match="not this key's"):
        office.add_partner(pp.conn, ADMIN, "Bangkok", theirs.public_key, fp(offices["Outsider"]))
    with pytest.raises(InputRejected, match="cut short"):
        office.add_partner(pp.conn, ADMIN, "Bangkok", theirs.public_key[:-4], theirs.fingerprint)
    assert office.partners(pp.conn) == []
    typed = theirs.fingerprint.replace("-", " ").lower()  # read over the phone
    office.add_partner(pp.conn, ADMIN, "Bangkok", theirs.public_key, typed)
    assert [p.name for p in office.partners(pp.conn)] == ["Bangkok"]
    entry = next(e for e in pp.recent_audit() if e.action == "partner.add")
    assert entry.target == f"partner:{theirs.fingerprint}" and entry.detail["name"] == "Bangkok"
    office.remove_partner(pp.conn, ADMIN, "Bangkok")
    assert office.partners(pp.conn) == []
    assert pp.recent_audit()[0].action == "partner.remove"


# ----------------------------------------------------------------------------- consent
def test_a_format_1_consent_is_upgraded_without_losing_its_words() -> None:
    old = {
        "format": "saksi.case/1",
        "consents": [{"what": "x", "use": "share with IOM"}, {"what": "y", "use": "legal"}],
    }
    case = parse_case(old)
    assert case.format == "saksi.case/2"
    assert [(c.use, c.use_note) for c in case.consents] == [("other", "share with IOM"), ("legal", "")]


def test_no_referral_without_a_consent_covering_the_partner(pair: tuple[Vault, Vault], tmp_path: Path) -> None:
    pp, bk = pair
    out = tmp_path / "p.saksiref"
    for case in (
        a_case(pp, None),
        CaseFiles(pp).create(Case(consents=[Consent(what="legal", use="legal", partners=[fp(bk)])])),  # the wrong use
        a_case(pp, bk, withdrawn_on="2026-01-02"),  # withdrawn
        a_case(pp, bk, parts=["client"]),  # only the client's profile, not everything
    ):
        before = audit_size(pp)
        with pytest.raises(InputRejected, match="no consent") as refused:
            referral.export_referral(pp, case.reference, "Bangkok", out)
        assert refused.value.exit_code == 6
        assert not out.exists() and audit_size(pp) == before
    limited = a_case(pp, bk, parts=["client"])
    referral.export_referral(pp, limited.reference, "Bangkok", out, parts=["client"])
    entry = pp.recent_audit()[0]
    assert entry.action == "case.referral_export" and entry.detail["partner"] == "Bangkok"
    assert entry.detail["parts"] == ["client"] and entry.detail["fingerprint"] == fp(bk)
    assert pp.recent_audit()[1].action == "case.referral_export.intent"


# ----------------------------------------------------------------------------- packages
@pytest.fixture(scope="module")
def worker() -> Iterator[ImageWorker]:
    running = ImageWorker()
    yield running
    running.close()


def test_a_new_case_arrives_with_its_id_redacted_exhibits_and_custody(
    pair: tuple[Vault, Vault], tmp_path: Path, worker: ImageWorker
) -> None:
    pp, bk = pair
    case = a_case(pp, bk)
    locker = EvidenceLocker(pp, worker)
    Image.new("RGB", (120, 80), (200, 30, 30)).save(tmp_path / "passport.jpg", "JPEG")
    passport = locker.import_file(case.reference, tmp_path / "passport.jpg", Provenance(received_from="client")).item
    assert passport is not None
    copy = locker.derive(passport, boxes=[(0, 0, 60, 40)])
    data = send(pp, case.reference, "Bangkok", tmp_path / "p.saksiref", exhibits=["E-1"])
    assert b"Sok Dara" not in data and b"Telegram" not in data and b"passport" not in data
    plan = referral.plan_import(bk, data)
    assert plan.new_case and plan.partner is not None and plan.partner.name == "Phnom Penh"
    assert [e.label for e in plan.exhibits] == ["E-1.1"]  # the redacted copy, not the original
    result = referral.apply_import(bk, plan)
    received, _version = CaseFiles(bk).load(result.reference)
    assert received.id == case.id and received.client.display_name == "Sok Dara"
    items = EvidenceLocker(bk, worker).items(result.reference)
    assert [i.sha256 for i in items] == [copy.sha256]
    custody = [e for e in bk.recent_audit() if e.target == f"evidence:{items[0].id}"]
    their = next(e for e in custody if e.action == "evidence.referral_received").detail
    assert their["their_label"] == "E-1.1" and their["fingerprint"] == fp(pp)
    assert {"evidence.derive", "evidence.import"} & {c["action"] for c in their["their_custody"]}
    imported = bk.recent_audit()[0]
    assert imported.action == "case.referral_import" and imported.detail["from"] == "Phnom Penh"
    again = referral.plan_import(bk, send(pp, case.reference, "Bangkok", tmp_path / "q.saksiref", exhibits=["E-1"]))
    # the same exhibit again, in a new package: known by its hash
    assert again.exhibits[0].known_as == "E-1"


def test_a_package_for_another_office_or_tampered_writes_nothing(
    pair: tuple[Vault, Vault], offices: dict[str, Vault], tmp_path: Path
) -> None:
    pp, bk = pair
    outsider = offices["Outsider"]
    case = a_case(pp, bk)
    data = send(pp, case.reference, "Bangkok", tmp_path / "p.saksiref")
    before = audit_size(outsider)
    with pytest.raises(referral.NotForThisOffice) as refused:
        referral.plan_import(outsider, data)
    assert refused.value.exit_code == 3 and audit_size(outsider) == before
    for position in (20, len(data) // 2, len(data) - 1):  # header, ciphertext, tag
        broken = bytearray(data)
        broken[position] ^= 0x01
        with pytest.raises(referral.PackageDamaged) as damaged:
            referral.plan_import(bk, bytes(broken))
        assert damaged.value.exit_code == 4
    with pytest.raises(referral.PackageDamaged):
        referral.plan_import(bk, data[:-100])
    assert CaseFiles(bk).count() == 0


def test_a_package_signed_by_someone_else_is_refused(pair: tuple[Vault, Vault], offices: dict[str, Vault]) -> None:
    """The outsider claims to be Phnom Penh (its name and public key) but can only sign with its own key."""
    pp, bk = pair
    real, forger = office.get_office(pp.conn), office.get_office(offices["Outsider"].conn)
    impostor = office.Office(
        real.name, real.identity, real.created_at, forger._encryption_private, forger._signing_private
    )
    contents = referral.pack_contents({"format": referral.FORMAT, "case": Case().to_document(), "exhibits": []}, [])
    forged = referral.seal(contents, impostor, office.get_office(bk.conn).identity)
    with pytest.raises(referral.PackageDamaged, match="signature"):
        referral.plan_import(bk, forged)


def test_a_package_passed_on_to_a_third_office_is_not_for_it(
    pair: tuple[Vault, Vault], offices: dict[str, Vault]
) -> None:
    """Bangkok cannot re-encrypt what Phnom Penh signed for Bangkok and hand it to the outsider as addressed there."""
    pp, bk = pair
    outsider = offices["Outsider"]
    contents = referral.pack_contents({"format": referral.FORMAT, "case": Case().to_document(), "exhibits": []}, [])
    signed_for_bangkok = referral.seal(contents, office.get_office(pp.conn), office.get_office(bk.conn).identity)
    opened = referral.open_package(signed_for_bangkok, office.get_office(bk.conn))
    header = referral.canonical({"format": referral.FORMAT, "suite": referral.SUITE_NAME, "to": fp(outsider)})
    plaintext = referral._suite().decrypt(
        signed_for_bangkok[13 + int.from_bytes(signed_for_bangkok[9:13], "big") :],
        office.get_office(bk.conn).decryption_key(),
        info=referral._info(signed_for_bangkok[13 : 13 + int.from_bytes(signed_for_bangkok[9:13], "big")]),
    )
    reencrypted = referral._suite().encrypt(
        plaintext, office.get_office(outsider.conn).identity.encryption_key(), info=referral._info(header)
    )
    passed_on = referral.MAGIC + bytes([1]) + len(header).to_bytes(4, "big") + header + reencrypted
    assert opened.sender == office.get_office(pp.conn).identity
    with pytest.raises(referral.NotForThisOffice, match="passed on"):
        referral.plan_import(outsider, passed_on)


def test_two_offices_refer_back_and_forth_and_lose_no_edit(pair: tuple[Vault, Vault], tmp_path: Path) -> None:
    pp, bk = pair
    case = a_case(pp, bk)
    receive(bk, send(pp, case.reference, "Bangkok", tmp_path / "1.saksiref"))
    pp_files, bk_files = CaseFiles(pp), CaseFiles(bk)
    # Bangkok: a note, a new fact, the name spelled its way, and the client's consent to refer back
    theirs, version = bk_files.load(case.reference)
    theirs.notes = "seen at the IDC on 3 March"
    theirs.facts.append(Fact(statement="Held in Suan Phlu immigration detention"))
    theirs.client.names[0].text = "Sok Dara (ដារា)"
    theirs.consents.append(Consent(what="Refer back", use="referral", partners=[fp(pp)]))
    bk_files.save(theirs, version)
    # Phnom Penh meanwhile: the detention facility, the same name differently, and deletes nothing
    ours, version = pp_files.load(case.reference)
    ours.detention.facility = "Suan Phlu IDC"
    ours.client.names[0].text = "SOK Dara"
    ours.client.names.append(Name(text="Dara", kind="alias"))
    pp_files.save(ours, version)
    plan = referral.plan_import(pp, send(bk, case.reference, "Phnom Penh", tmp_path / "2.saksiref"))
    assert plan.base_found and not plan.new_case
    assert [c.path for c in plan.conflicts] == [f"client.names[{case.client.names[0].id}].text"]
    referral.apply_import(pp, plan)
    merged, _ = pp_files.load(case.reference)
    assert merged.notes == "seen at the IDC on 3 March"  # theirs
    assert merged.detention.facility == "Suan Phlu IDC"  # ours
    assert [f.statement for f in merged.facts][-1] == "Held in Suan Phlu immigration detention"
    assert [n.text for n in merged.client.names] == ["SOK Dara", "Dara"]  # ours kept until someone chooses
    open_conflicts = referral.conflicts(pp, case.reference)
    assert [(c.ours, c.theirs, c.partner) for c in open_conflicts] == [("SOK Dara", "Sok Dara (ដារា)", "Bangkok")]
    assert pp.recent_audit()[0].detail["conflicts"] == [open_conflicts[0].path]
    assert open_conflicts[0].field == 'Client › Name 1 ("SOK Dara") › text'  # the path in words, not ids
    assert plan.words(f"facts[{merged.facts[-1].id}].statement") == (
        'Fact 2 ("Held in Suan Phlu immigration detention") › statement'
    )
    referral.resolve(pp, case.reference, open_conflicts[0].id[:8], "theirs")
    merged, _ = pp_files.load(case.reference)
    assert merged.client.names[0].text == "Sok Dara (ដារា)" and referral.conflicts(pp, case.reference) == []
    # and back again: Bangkok gets Phnom Penh's facility and alias, keeps its own later edit
    theirs, version = bk_files.load(case.reference)
    theirs.status = "active"
    bk_files.save(theirs, version)
    plan = referral.plan_import(bk, send(pp, case.reference, "Bangkok", tmp_path / "3.saksiref"))
    assert plan.base_found and plan.conflicts == []
    referral.apply_import(bk, plan)
    final, _ = bk_files.load(case.reference)
    assert final.detention.facility == "Suan Phlu IDC" and final.status == "active"
    assert [n.text for n in final.client.names] == ["Sok Dara (ដារា)", "Dara"]
    assert len(final.facts) == 2 and final.notes == "seen at the IDC on 3 March"
    # the audit log in words names the partner and what went, on both sides
    sent = [line.what for line in audit_log.lines(pp, audit_log.Filters(case=case.reference))]
    got = [line.what for line in audit_log.lines(bk, audit_log.Filters(case=case.reference))]
    bangkok, phnom_penh = f"Bangkok ({fp(bk)})", f"Phnom Penh ({fp(pp)})"
    shipped = [w for w in sent if w.startswith(f"sent the case to {bangkok} in a referral package (client, ")]
    assert shipped and shipped[0].endswith(", notes; exhibits: none)"), sent
    assert any(w.startswith(f"merged a referral package from {phnom_penh} into the case") for w in got), got
    settled = [w for w in sent if w.startswith("settled a conflicting edit from Bangkok")]
    assert settled and settled[0].endswith(": took the partner's value") and "Client" in settled[0], sent


def test_a_merge_from_an_unknown_sender_is_refused(pair: tuple[Vault, Vault], tmp_path: Path) -> None:
    pp, bk = pair
    case = a_case(pp, bk)
    data = send(pp, case.reference, "Bangkok", tmp_path / "1.saksiref")
    receive(bk, data)
    office.remove_partner(bk.conn, ADMIN, "Phnom Penh")
    with pytest.raises(InputRejected, match="not a recorded partner"):
        referral.plan_import(bk, send(pp, case.reference, "Bangkok", tmp_path / "2.saksiref"))


def test_parts_not_sent_are_never_read_as_deleted(pair: tuple[Vault, Vault], tmp_path: Path) -> None:
    pp, bk = pair
    case = a_case(pp, bk)
    receive(bk, send(pp, case.reference, "Bangkok", tmp_path / "1.saksiref"))
    ours, version = CaseFiles(pp).load(case.reference)
    ours.client.gender = "woman"
    CaseFiles(pp).save(ours, version)
    plan = referral.plan_import(bk, send(pp, case.reference, "Bangkok", tmp_path / "2.saksiref", parts=["client"]))
    assert plan.taken == ["client.gender"]
    referral.apply_import(bk, plan)
    got, _ = CaseFiles(bk).load(case.reference)
    assert got.client.gender == "woman" and len(got.facts) == 1 and got.notes == "first note"


def test_merge_items_by_id_deletions_and_no_base() -> None:
    base = Case(facts=[Fact(id="a", statement="one"), Fact(id="b", statement="two")]).to_document()
    ours = json.loads(json.dumps(base))
    theirs = json.loads(json.dumps(base))
    theirs["facts"] = [theirs["facts"][1]]  # they deleted fact a, which we did not touch
    ours["facts"][1]["statement"] = "two, corrected"
    merged = three_way(base, ours, theirs)
    assert [f["statement"] for f in merged.document["facts"]] == ["two, corrected"] and not merged.conflicts
    ours2 = json.loads(json.dumps(base))
    ours2["facts"][0]["statement"] = "one, corrected"  # we edited what they deleted: kept, and a conflict
    merged = three_way(base, ours2, theirs)
    assert [c.path for c in merged.conflicts] == ["facts[a]"] and len(merged.document["facts"]) == 2
    no_base = three_way(None, ours, theirs)  # never exchanged: differences are conflicts, nothing is lost
    assert {c.path for c in no_base.conflicts} == {"facts[b].statement"}
    assert len(no_base.document["facts"]) == 2


def test_case_update_applies_an_edited_document_with_the_stale_check(vault: Vault) -> None:
    from storage.cases import StaleCase

    files = CaseFiles(vault)
    case = files.create(Case(notes="one"))
    edited = parse_case({**case.to_document(), "notes": "two"})
    assert files.save(edited, 1) == 2
    with pytest.raises(StaleCase):
        files.save(parse_case({**case.to_document(), "notes": "three"}), 1)


# ----------------------------------------------------------------------------- exhibit ids and replays
def test_facts_cite_the_receivers_exhibits_there_and_back(
    pair: tuple[Vault, Vault], tmp_path: Path, worker: ImageWorker
) -> None:
    """A fact citing E-2 in Phnom Penh cites Bangkok's item with the same bytes there, and Phnom Penh's E-2 again
    when it comes back; a redacted copy sent in place of its original stands for it on both sides."""
    pp, bk = pair
    case = a_case(pp, bk)
    locker = EvidenceLocker(pp, worker)
    Image.new("RGB", (90, 60), (20, 120, 30)).save(tmp_path / "passport.jpg", "JPEG")
    (tmp_path / "contract.txt").write_text("Contract: 1500 USD a month, Sihanoukville", encoding="utf-8")
    passport = locker.import_file(case.reference, tmp_path / "passport.jpg", Provenance(received_from="client")).item
    contract = locker.import_file(case.reference, tmp_path / "contract.txt", Provenance(received_from="client")).item
    assert passport is not None and contract is not None and contract.label == "E-2"
    copy = locker.derive(passport, boxes=[(0, 0, 30, 30)])
    files = CaseFiles(pp)
    ours, version = files.load(case.reference)
    ours.facts[0].evidence_ids = [contract.id, passport.id]
    files.save(ours, version)
    # Bangkok already holds an exhibit of its own, so its numbering and ids differ from Phnom Penh's
    receive(bk, send(pp, case.reference, "Bangkok", tmp_path / "1.saksiref", exhibits=["E-1", "E-2"]))
    there = {i.sha256: i for i in EvidenceLocker(bk, worker).items(case.reference)}
    received, version = CaseFiles(bk).load(case.reference)
    assert received.facts[0].evidence_ids == [there[contract.sha256].id, there[copy.sha256].id]
    assert not {contract.id, passport.id} & set(received.facts[0].evidence_ids)
    # Bangkok edits the fact and sends it back without exhibits: Phnom Penh's own ids, and no conflict
    received.facts[0].statement = "Answered a job advertisement on Telegram in May"
    received.consents.append(Consent(what="Refer back", use="referral", partners=[fp(pp)]))
    CaseFiles(bk).save(received, version)
    plan = referral.plan_import(pp, send(bk, case.reference, "Phnom Penh", tmp_path / "2.saksiref"))
    assert plan.conflicts == [] and f"facts[{case.facts[0].id}].statement" in plan.taken
    assert not any("evidence_ids" in path for path in plan.taken)
    referral.apply_import(pp, plan)
    back, _ = files.load(case.reference)
    assert back.facts[0].evidence_ids == [contract.id, passport.id]
    assert back.facts[0].statement.endswith("in May")


def test_a_package_imported_twice_or_an_older_one_after_a_newer_is_nothing_new(
    pair: tuple[Vault, Vault], tmp_path: Path
) -> None:
    from app.referral import exchange

    pp, bk = pair
    case = a_case(pp, bk)
    first = send(pp, case.reference, "Bangkok", tmp_path / "1.saksiref")
    time.sleep(1.1)  # packages are sealed to the second: the second one is sealed later
    ours, version = CaseFiles(pp).load(case.reference)
    ours.notes = "second note"
    CaseFiles(pp).save(ours, version)
    second = send(pp, case.reference, "Bangkok", tmp_path / "2.saksiref")
    receive(bk, second)
    before = audit_size(bk)
    with pytest.raises(referral.NothingNew, match="already imported"):
        referral.plan_import(bk, second)
    with pytest.raises(referral.NothingNew, match="older than one already imported") as older:
        referral.plan_import(bk, first)
    assert older.value.exit_code == 1 and audit_size(bk) == before
    got, got_version = CaseFiles(bk).load(case.reference)
    assert got.notes == "second note" and got_version == 1
    entry = bk.recent_audit()[0]
    assert entry.action == "case.referral_import" and entry.detail["sequence"] > 0
    # a sender restored from a backup counts from a lower number again: its new packages are sealed later, so taken
    pp.conn.execute("UPDATE office SET sequence = 0")
    ours.notes = "after the restore"
    CaseFiles(pp).save(ours, version + 1)
    receive(bk, send(pp, case.reference, "Bangkok", tmp_path / "3.saksiref"))
    assert CaseFiles(bk).load(case.reference)[0].notes == "after the restore"
    # the exchange folder counts a package taken by hand as seen, and never reports it as a failure
    folder = tmp_path / "exchange"
    folder.mkdir()
    inbox = folder / exchange.inbox_name(fp(bk))
    inbox.mkdir()
    (inbox / "20260101T000000-x.saksiref").write_bytes(second)
    report = exchange.sync(bk, folder)
    assert (report.already, report.imported, report.skipped) == (1, [], [])
