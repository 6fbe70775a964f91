"""Property tests (Hypothesis) where one rule must hold for every input, not only for the examples we thought of:
the audit chain, search, identifier normalisation and the case JSON round trip.

Each test that needs a vault opens one (a copy of the session's template) and runs its examples inside it, so the
examples cost a write each, not an Argon2id unlock each. ``derandomize`` keeps CI runs reproducible.
"""

from __future__ import annotations

import json
import random
import string
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.cases import vocab
from app.cases.case_files import CaseFiles, json_bytes
from app.cases.model import Case, Fact, parse_case
from app.demo import demo_cases as demo
from app.evidence.identifiers import normalise
from storage import audit
from storage.cases import Filters
from storage.vault import Vault

PROPERTY = settings(
    max_examples=60, deadline=None, derandomize=True, database=None, suppress_health_check=[HealthCheck.too_slow]
)
KINDS = [term.code for term in vocab.IDENTIFIER_KINDS]
# Text as people type it into a case: Latin, Khmer, Thai, Myanmar, Chinese, digits, punctuation, spaces.
SCRIPTS = string.ascii_letters + string.digits + " .,-'\"/@+()%_*:" + "សុខចាន់ដារ៉ា្" + "สมชายศรี" + "အောင်မြင့်" + "王明"
free_text = st.text(alphabet=SCRIPTS, min_size=1, max_size=40)


# ---------------------------------------------------------------------- identifier normalisation
# The pieces handles and numbers are really written with, stacked in any order: prefixes, '@', slashes, spaces.
PIECES = ("@", "t.me/", "https://", "http://", "www.", "facebook.com/", "fb.com/", "/", " ", "0", "00", "+", "-")
identifier_pieces = st.lists(
    st.sampled_from([*PIECES, "855", "12", "345", "678", "៨៥៥", "១២", "Dara", "sok_88", ".", "(", ")"]), max_size=8
).map("".join)


@PROPERTY
@given(
    kind=st.sampled_from(KINDS),
    value=st.one_of(identifier_pieces, free_text),
    region=st.sampled_from(["", "KH", "TH", "MM"]),
)
def test_normalising_is_idempotent(kind: str, value: str, region: str) -> None:
    """The normalised text normalises to itself: a key can be looked up again and meets its own spelling."""
    key = normalise(kind, value, region)
    if key:
        assert normalise(kind, key.split(":", 1)[1], region) == key


# Cambodian mobile numbers as people write them (the subscriber part is drawn; 12, 17, 77... are real prefixes).
KH_PREFIXES = ["12", "17", "77", "78", "89", "92", "96", "97", "15", "16", "81", "87"]


@PROPERTY
@given(
    prefix=st.sampled_from(KH_PREFIXES),
    subscriber=st.text(alphabet=string.digits, min_size=6, max_size=6),
    data=st.data(),
)
def test_a_phone_number_meets_itself_however_it_is_written(prefix: str, subscriber: str, data: st.DataObject) -> None:
    """Spaces, dashes, brackets, +855, 00855 or the trunk zero, Khmer digits, and the app it is used on: one key
    (in a Cambodian case; with the country code written, in any case)."""
    khmer = str.maketrans(string.digits, "០១២៣៤៥៦៧៨៩")
    national = prefix + subscriber
    written = data.draw(st.sampled_from([national, national.translate(khmer)]))
    separators = data.draw(st.lists(st.sampled_from([" ", "-", ".", " ", ""]), min_size=len(written) - 1))
    spaced = "".join(c + (separators[i] if i < len(written) - 1 else "") for i, c in enumerate(written))
    lead, region = data.draw(
        st.sampled_from(
            [("0", "KH"), ("+855 ", "KH"), ("+855", ""), ("00855 ", "KH"), ("00855", ""), ("(+855) ", "TH")]
        )
    )
    kind = data.draw(st.sampled_from(["phone", "whatsapp", "line"]))
    assert normalise(kind, lead + spaced, region) == normalise("phone", "+855" + national) == f"tel:+855{national}"


# ---------------------------------------------------------------------- the audit chain
FIELDS = ("seq", "at", "actor", "action", "target", "detail", "prev_hash", "hash")


def test_any_edit_of_the_audit_log_breaks_its_chain(vault: Vault) -> None:
    """Change any field of any entry, delete any entry but the newest, or swap two: verify names a break.

    (Removing the newest entries leaves a shorter chain that is still whole: only the data around it tells.)"""
    conn = vault.conn
    for i in range(6):
        audit.append(conn, "amara", "case.update", f"case:{i}", {"field": "client.names", "n": i})
    assert audit.verify_chain(conn) == []
    count = conn.execute("SELECT count(*) FROM audit").fetchone()[0]
    conn.execute("DROP TRIGGER audit_no_update")  # as someone holding the key could
    conn.execute("DROP TRIGGER audit_no_delete")

    @PROPERTY
    @given(seq=st.integers(1, count), field=st.sampled_from(FIELDS), value=free_text, data=st.data())
    def edited(seq: int, field: str, value: str, data: st.DataObject) -> None:
        conn.execute("SAVEPOINT edit")
        try:
            how = data.draw(st.sampled_from(["change", "delete", "swap"]))
            if how == "change":
                old = conn.execute(f"SELECT {field} FROM audit WHERE seq = ?", (seq,)).fetchone()[0]
                new: object = seq + count if field == "seq" else value
                if field == "detail":
                    new = json.dumps({"edited": value})
                if str(new) == str(old):
                    return
                conn.execute(f"UPDATE audit SET {field} = ? WHERE seq = ?", (new, seq))
            elif how == "delete":
                if seq == count:
                    return
                conn.execute("DELETE FROM audit WHERE seq = ?", (seq,))
            else:
                other = data.draw(st.integers(1, count).filter(lambda s: s != seq))
                swap = "UPDATE audit SET seq = CASE seq WHEN ? THEN ? ELSE ? END WHERE seq IN (?, ?)"
                conn.execute("UPDATE audit SET seq = -seq WHERE seq IN (?, ?)", (seq, other))
                conn.execute(swap, (-seq, other, seq, -seq, -other))
            assert audit.verify_chain(conn), (how, seq, field)
        finally:
            conn.execute("ROLLBACK TO edit")
            conn.execute("RELEASE edit")

    edited()
    assert audit.verify_chain(conn) == []  # every edit was rolled back: the check did not pass by accident


# ---------------------------------------------------------------------- search
def test_any_piece_of_a_stored_text_finds_its_case(vault: Vault) -> None:
    """Any two or more characters of a name, note or fact, in any script and any letter case, find the case."""
    files = CaseFiles(vault)
    files.create(Case(client={"names": [{"text": "Nang Mya"}]}))

    @PROPERTY
    @given(text=free_text, where=st.sampled_from(["name", "notes", "fact"]), data=st.data())
    def found(text: str, where: str, data: st.DataObject) -> None:
        stored = text.strip()
        if len(stored) < 2:
            return
        case = Case(client={"names": [{"text": stored if where == "name" else "Client"}]})
        if where == "notes":
            case.notes = stored
        elif where == "fact":
            case.facts = [Fact(statement=stored)]
        case = files.create(case)
        start = data.draw(st.integers(0, len(stored) - 2))
        end = data.draw(st.integers(start + 2, len(stored)))
        query = stored[start:end]
        if not query.strip():
            return
        query = data.draw(st.sampled_from([query, query.upper(), query.lower()])) if query.isascii() else query
        references = [row.reference for row in files.find(Filters(search=query), limit=10_000)]
        assert case.reference in references, (stored, query)

    found()


# ---------------------------------------------------------------------- the case JSON round trip
def _case(seed: int, texts: list[str]) -> Case:
    """A demo case (every part of the model filled the way intake fills it) with arbitrary text put in."""
    case = demo.make_case(random.Random(seed), seed, date(2026, 6, 1), ["amara"])
    case.notes = texts[0]
    case.client.names[0].text = texts[1]
    case.facts = [*case.facts[1:], Fact(statement=texts[2])]
    return case


@PROPERTY
@given(seed=st.integers(0, 10_000), texts=st.lists(free_text, min_size=3, max_size=3))
def test_a_case_document_reads_back_as_the_same_case(seed: int, texts: list[str]) -> None:
    document = _case(seed, texts).to_document()
    assert parse_case(json.loads(json_bytes(document))).to_document() == document


ASSIGNED = ("id", "reference")  # the vault gives a new case its own


def test_a_case_exported_from_a_vault_imports_as_the_same_case(vault: Vault) -> None:
    files = CaseFiles(vault)

    @PROPERTY
    @given(seed=st.integers(0, 10_000), texts=st.lists(free_text, min_size=3, max_size=3))
    def round_trip(seed: int, texts: list[str]) -> None:
        exported = files.export_json(files.create(_case(seed, texts)).reference)
        document = {k: v for k, v in json.loads(json_bytes(exported)).items() if k not in ASSIGNED}
        again = files.export_json(files.import_json(document).reference)  # a new case from the same document
        assert {k: v for k, v in again.items() if k not in ASSIGNED} == document

    round_trip()
