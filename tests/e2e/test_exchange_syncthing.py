"""Two offices keep a case in step through an exchange folder: first a plain shared folder, then two real
Syncthing instances on the loopback address. 2 offices x 200 edits, and not one is lost."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cases.case_files import CaseFiles
from app.cases.model import Case, Consent, Fact
from app.referral import exchange
from app.referral import packages as referral
from storage import office
from storage.vault import Vault
from tests import syncthing
from tests.conftest import ADMIN, PASSPHRASE, fast_kdf

pytestmark = pytest.mark.e2e
EDITS, ROUNDS = 200, 10


@pytest.fixture
def offices(tmp_path: Path) -> Iterator[tuple[Vault, Vault, str]]:
    """Phnom Penh and Bangkok, partners of each other, and a case both may refer (the client consented)."""
    pp, _ = Vault.create(tmp_path / "Phnom-Penh.saksi", ADMIN, PASSPHRASE, kdf=fast_kdf())  # fixture-cost key slots
    bk, _ = Vault.create(tmp_path / "Bangkok.saksi", ADMIN, PASSPHRASE, kdf=fast_kdf())
    a, b = office.get_office(pp.conn), office.get_office(bk.conn)
    office.add_partner(pp.conn, ADMIN, "Bangkok", b.public_key, b.fingerprint)
    office.add_partner(bk.conn, ADMIN, "Phnom Penh", a.public_key, a.fingerprint)
    consent = Consent(what="Referral between the two offices", use="referral", partners=[a.fingerprint, b.fingerprint])
    case = CaseFiles(pp).create(Case(client={"names": [{"text": "Sok Dara"}]}, consents=[consent]))
    yield pp, bk, case.reference
    pp.close()
    bk.close()


def edit(vault: Vault, reference: str, who: str, number: int) -> None:
    """One edit: a new fact every time; every tenth also changes this office's own field."""
    files = CaseFiles(vault)
    case, version = files.load(reference)
    case.facts.append(Fact(statement=f"{who} edit {number}"))
    if number % 10 == 0:
        if who == "PP":
            case.detention.facility = f"facility as of PP edit {number}"
        else:
            case.client.gender = f"as of BK edit {number}"
    files.save(case, version)


def statements(vault: Vault, reference: str) -> set[str]:
    return {f.statement for f in CaseFiles(vault).load(reference)[0].facts}


def run_exchange(pp: Vault, bk: Vault, reference: str, pp_folder: Path, bk_folder: Path, deliver: object) -> None:
    """ROUNDS rounds: each office makes its share of edits and sends; each then imports what arrived."""
    pp_inbox = exchange.inbox_name(office.get_office(pp.conn).fingerprint)
    bk_inbox = exchange.inbox_name(office.get_office(bk.conn).fingerprint)
    exchange.send(pp, reference, "Bangkok", pp_folder)  # the first referral: Bangkok gets the case
    deliver(bk_folder / bk_inbox, 1)  # type: ignore[operator]
    assert [r.new_case for _, r in exchange.sync(bk, bk_folder).imported] == [True]
    per_round = EDITS // ROUNDS
    for round_no in range(ROUNDS):
        for n in range(per_round):
            edit(pp, reference, "PP", round_no * per_round + n + 1)
            edit(bk, reference, "BK", round_no * per_round + n + 1)
        exchange.send(pp, reference, "Bangkok", pp_folder)
        exchange.send(bk, reference, "Phnom Penh", bk_folder)
        deliver(bk_folder / bk_inbox, round_no + 2)  # type: ignore[operator]
        deliver(pp_folder / pp_inbox, round_no + 1)  # type: ignore[operator]
        for vault, folder in ((pp, pp_folder), (bk, bk_folder)):
            report = exchange.sync(vault, folder)
            assert len(report.imported) == 1 and report.skipped == []
            assert report.imported[0][1].conflicts == 0, (round_no, referral.conflicts(vault, reference))
    # one last round so each has the other's final edits
    exchange.send(pp, reference, "Bangkok", pp_folder)
    deliver(bk_folder / bk_inbox, ROUNDS + 2)  # type: ignore[operator]
    exchange.sync(bk, bk_folder)
    exchange.send(bk, reference, "Phnom Penh", bk_folder)
    deliver(pp_folder / pp_inbox, ROUNDS + 1)  # type: ignore[operator]
    exchange.sync(pp, pp_folder)
    wanted = {f"{who} edit {n}" for who in ("PP", "BK") for n in range(1, EDITS + 1)}
    for vault in (pp, bk):
        got = statements(vault, reference)
        assert wanted - got == set(), f"lost {len(wanted - got)} edits"
        assert len(got) == 2 * EDITS
        case = CaseFiles(vault).load(reference)[0]
        assert case.detention.facility == f"facility as of PP edit {EDITS}"
        assert case.client.gender == f"as of BK edit {EDITS}"
        assert referral.conflicts(vault, reference) == []


@pytest.mark.timeout(900)
def test_a_shared_folder_loses_no_edit(offices: tuple[Vault, Vault, str], tmp_path: Path) -> None:
    pp, bk, reference = offices
    shared = tmp_path / "exchange"
    shared.mkdir()

    def delivered(inbox: Path, count: int) -> None:
        assert len(list(inbox.glob("*.saksiref"))) == count

    run_exchange(pp, bk, reference, shared, shared, delivered)
    again = exchange.sync(pp, shared)  # every package is imported once
    assert again.imported == [] and again.already == ROUNDS + 1


@pytest.mark.timeout(1200)
@pytest.mark.skipif(not syncthing.available(), reason="syncthing is not installed (make deps installs it)")
def test_two_syncthing_instances_carry_every_edit_both_ways(offices: tuple[Vault, Vault, str], tmp_path: Path) -> None:
    pp, bk, reference = offices

    def delivered(inbox: Path, count: int) -> None:
        def arrived() -> bool:
            return inbox.is_dir() and len(list(inbox.glob("*.saksiref"))) >= count

        syncthing.wait_for(arrived, what=f"{count} package(s) in {inbox.name}")

    with syncthing.pair(tmp_path) as (pp_folder, bk_folder):
        run_exchange(pp, bk, reference, pp_folder, bk_folder, delivered)
        # nothing of the vaults travelled: only packages, and nothing readable in them
        for folder in (pp_folder, bk_folder):
            names = {p.name for p in folder.rglob("*") if p.is_file()}
            assert not any(n.endswith((".db", ".json", ".blob")) for n in names)
            for package in folder.rglob("*.saksiref"):
                assert b"Sok Dara" not in package.read_bytes()
    shutil.rmtree(tmp_path / "syncthing-a", ignore_errors=True)
