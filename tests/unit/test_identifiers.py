"""Identifiers in chats, text read from images and case records, normalised so cases link in any spelling."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cases.case_files import CaseFiles
from app.cases.model import Case
from app.evidence.identifiers import extract, normalise, phone, wallet
from app.evidence.identifiers_index import ensure_indexed, listing
from app.evidence.locker import EvidenceLocker
from storage import identifiers as store
from storage.db import transaction
from storage.errors import PermissionDenied
from storage.evidence import Provenance
from storage.vault import Vault

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "chats"


def kinds(text: str, region: str = "KH") -> dict[str, str]:
    return {f.normalised: f.kind for f in extract(text, region)}


@pytest.mark.parametrize(
    ("written", "region"),
    [("012 345 678", "KH"), ("+855 12 345 678", ""), ("(+855) 12-345-678", "TH"), ("wa.me/85512345678", "")],
)
def test_one_number_in_any_spelling(written: str, region: str) -> None:
    assert "tel:+85512345678" in kinds(f"call {written} now", region)


def test_handles_links_emails_domains_and_wallets() -> None:
    found = kinds(
        "t.me/LeeJobs_KH or @boss_wang88, https://www.jobs-thai-easy.co.th/apply?id=7 hr@Golden-Star.com "
        "facebook.com/golden.star.jobs LINE ID: somchai99 USDT TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL "
        "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq 0x52908400098527886E0F7030069857D2E4169EE7"
    )
    assert found == {
        "telegram:leejobs_kh": "telegram",
        "telegram:boss_wang88": "telegram",
        "domain:jobs-thai-easy.co.th": "website",
        "email:hr@golden-star.com": "email",
        "facebook:golden.star.jobs": "facebook",
        "line:somchai99": "line",
        "wallet:trx:TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeL": "crypto_wallet",
        "wallet:btc:bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq": "crypto_wallet",
        "wallet:eth:0x52908400098527886e0f7030069857d2e4169ee7": "crypto_wallet",
    }


def test_numbers_that_are_not_phones_and_addresses_whose_checksum_fails() -> None:
    assert kinds("salary 1500 USD, room 12, on 2024-02-10, file IMG-20240404-WA0003.jpg") == {}
    assert wallet("TNPeeaaFB7K9cmo4uQpcU32zGK8G1NYqeM") == ""  # one character changed: the checksum fails
    assert normalise("bank_account", "001 234-567.8") == "bank:0012345678"
    # no country code starts with 0: "+000 000005" and "+0 00005" are no numbers, not both tel:+5 (a false link)
    assert phone("+000 000005") == phone("+0 00005") == ""


def test_a_recruiters_number_links_cases_in_any_spelling(vault: Vault) -> None:
    files = CaseFiles(vault)
    chat_case = files.create(Case(jurisdiction="KH")).reference
    record_case = files.create(
        Case.model_validate(
            {
                "jurisdiction": "TH",
                "people": [
                    {"role": "recruiter", "name": "Lee", "identifiers": [{"kind": "phone", "value": "+855 12 345 678"}]}
                ],
            }
        )
    ).reference
    fact_case = files.create(
        Case.model_validate(
            {"jurisdiction": "KH", "facts": [{"statement": "The broker Lee (012 345 678) sent the ticket."}]}
        )
    ).reference
    files.create(Case(jurisdiction="KH"))  # a case that names nobody
    locker = EvidenceLocker(vault)
    locker.import_file(chat_case, FIXTURES / "whatsapp-android-en-US.txt", Provenance())
    locker.worker.close()
    shared = {i.normalised: i for i in store.listing(vault.conn, shared=True)}
    lee = shared["tel:+85512345678"]
    assert sorted(lee.cases) == sorted([chat_case, record_case, fact_case])
    sources = {(s.case, s.exhibit, s.message, s.field) for s in lee.sources}
    assert (chat_case, "E-1", 4, "") in sources  # the message that names it
    assert (record_case, "", None, "people/Lee") in sources and (fact_case, "", None, "facts") in sources
    assert "telegram:leejobs_kh" not in shared  # only in one case
    mine = {i.normalised for i in store.listing(vault.conn, case_id=files.load(fact_case)[0].id)}
    assert mine == {"tel:+85512345678"}


def test_an_upgraded_vault_is_indexed_once(vault: Vault) -> None:
    files = CaseFiles(vault)
    reference = files.create(Case(facts=[{"statement": "call +66 81 234 5678"}])).reference  # type: ignore[list-item]
    vault.conn.execute("DELETE FROM found_identifiers")  # as a vault from before the index
    vault.conn.execute("DELETE FROM meta WHERE key = 'identifiers_index'")
    assert store.listing(vault.conn) == []
    assert ensure_indexed(vault) is True
    assert [i.cases for i in store.listing(vault.conn)] == [[reference]]
    assert ensure_indexed(vault) is False


def test_a_paralegal_sees_identifiers_and_links_from_their_own_cases_only(vault: Vault) -> None:
    """Dara is the paralegal of two of three cases naming the recruiter: the index, the case page's links and
    the chat's "also in" marks show those two; the third is neither listed nor counted."""
    files = CaseFiles(vault)

    def recruiter_case(paralegal: str, number: str) -> str:
        case = Case.model_validate(
            {
                "jurisdiction": "KH",
                "paralegal": paralegal,
                "people": [{"role": "recruiter", "name": "Lee", "identifiers": [{"kind": "phone", "value": number}]}],
            }
        )
        return files.create(case).reference

    mine = recruiter_case("dara", "012 345 678")
    also_mine = recruiter_case("dara", "+855 12 345 678")
    hidden = recruiter_case("", "(+855) 12-345-678")
    locker = EvidenceLocker(vault)
    chat = locker.import_file(mine, FIXTURES / "whatsapp-android-en-US.txt", Provenance()).item
    locker.worker.close()
    assert chat is not None
    vault.add_user("dara", "paralegal", "blue heron over the paddy")
    dara = Vault.open(vault.path, "dara", "blue heron over the paddy")
    try:
        [lee] = [i for i in listing(dara, shared=True) if i.normalised == "tel:+85512345678"]
        assert lee.cases == sorted([mine, also_mine]) and {s.case for s in lee.sources} == {mine, also_mine}
        assert all(hidden not in i.cases for i in listing(dara))
        with pytest.raises(PermissionDenied, match="paralegal"):
            listing(dara, case_reference=hidden)
        dara_files = CaseFiles(dara)
        [link] = dara_files.links(dara_files.load(mine)[0])
        assert link.other_cases == [also_mine]
        [link] = dara_files.links(dara_files.load(hidden)[0])  # a case she opens: links to hers only
        assert sorted(link.other_cases) == sorted([mine, also_mine])
        dara_locker = EvidenceLocker(dara)
        try:
            _messages, labels = dara_locker.chat_view(dara_locker.item(chat.id))
        finally:
            dara_locker.worker.close()
        assert labels["#4"] == f"tel:+85512345678 ({also_mine})" and labels["#4:count"] == "1"
    finally:
        dara.close()
    # the admin (and any lawyer) sees every case
    [lee] = [i for i in listing(vault, shared=True) if i.normalised == "tel:+85512345678"]
    assert sorted(lee.cases) == sorted([mine, also_mine, hidden])
    assert sorted(files.links(files.load(mine)[0])[0].other_cases) == sorted([also_mine, hidden])


@pytest.mark.parametrize(
    ("address", "found"),
    [
        ("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", True),  # EIP-55's own test vectors
        ("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359", True),
        ("0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb", True),
        ("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed", True),  # all lower case: no checksum to check
        ("0x5AAEB6053F3E94C9B9A09F33669435E7EF1BEAED", True),
        ("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD", False),  # one letter's case changed
        ("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAee", False),  # one character changed
    ],
)
def test_ethereum_addresses_keep_their_eip55_checksum(address: str, found: bool) -> None:
    assert (wallet(address) == "wallet:eth:" + address.lower()) is found
    assert ("wallet:eth:" + address.lower() in kinds(f"send USDT (ERC-20) to {address} today")) is found


def test_one_normaliser_for_the_case_page_and_the_index() -> None:
    """Khmer digits, 00 and the trunk zero, stacked handle prefixes: the spellings the case page used to meet."""
    assert normalise("phone", "+៨៥៥ ១២ ៣៤៥ ៦៧៨") == normalise("phone", "00855 12 345 678") == "tel:+85512345678"
    assert normalise("phone", "០១២ ៣៤៥ ៦៧៨", "KH") == normalise("whatsapp", "85512345678") == "tel:+85512345678"
    assert normalise("telegram", "https://t.me/@JobsKH/") == normalise("telegram", "@@jobskh") == "telegram:jobskh"


def test_the_case_page_links_come_from_the_one_normaliser_and_the_old_table_is_not_written(vault: Vault) -> None:
    """A Cambodian case's ``012 345 678`` and a Thai case's ``+855 12 345 678`` are one number on the case page;
    the format-2 ``identifiers`` table (older spelling rules) gets no rows, and an old vault's go on save."""
    files = CaseFiles(vault)

    def recruiter(jurisdiction: str, number: str) -> Case:
        person = {"role": "recruiter", "name": "Lee", "identifiers": [{"kind": "phone", "value": number}]}
        return Case.model_validate({"jurisdiction": jurisdiction, "people": [person]})

    here = files.create(recruiter("KH", "012 345 678")).reference
    there = files.create(recruiter("TH", "+855 12 345 678")).reference
    case, version = files.load(here)
    [link] = files.links(case)
    assert link.value == "012 345 678" and link.other_cases == [there]
    assert vault.conn.execute("SELECT COUNT(*) FROM identifiers").fetchone()[0] == 0
    with transaction(vault.conn):  # a row an older Saksi wrote
        vault.conn.execute(
            "INSERT INTO identifiers(case_id, kind, value, normalised) VALUES (?, 'phone', '012 345 678', '012345678')",
            (case.id,),
        )
    case.notes = "Recruited through Facebook."
    files.save(case, version)
    assert vault.conn.execute("SELECT COUNT(*) FROM identifiers").fetchone()[0] == 0
