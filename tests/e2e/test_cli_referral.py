"""``saksi office``, ``saksi partner``, ``saksi referral`` and ``saksi case update`` end to end, between two
real vaults (made as the CLI makes them), with the exit codes a script relies on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import fast_vault
from tests.e2e.helpers import AS_ADMIN, saksi

pytestmark = pytest.mark.e2e


def make(root: Path, name: str) -> Path:
    """A vault as ``saksi vault create`` makes it, with fixture-cost key slots (some 30 commands unlock these)."""
    fast_vault(root / f"{name}.saksi")
    return root / f"{name}.saksi"


def run(*args: object, ok: bool = True) -> tuple[int, str, str]:
    done = saksi(*args, **AS_ADMIN)
    if ok:
        assert done.returncode == 0, done.stderr
    return done.returncode, done.stdout, done.stderr


def show(folder: Path) -> dict[str, str]:
    return json.loads(run("office", "show", folder, "--json")[1])


@pytest.fixture(scope="module")
def two_offices(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    root = tmp_path_factory.mktemp("referral")
    return make(root, "PhnomPenh"), make(root, "Bangkok"), make(root, "Elsewhere")


@pytest.mark.timeout(900)  # some 30 runs of the command, each unlocking a vault (Argon2id) on a shared machine
def test_two_offices_exchange_a_case_from_the_command_line(
    two_offices: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    pp, bk, elsewhere = two_offices
    me, them = show(pp), show(bk)
    assert me["name"] == "PhnomPenh" and me["public_key"].startswith("saksi-office:")
    code, _out, err = run(
        "partner", "add", pp, "Bangkok", them["public_key"], "--fingerprint", me["fingerprint"], ok=False
    )
    assert code == 6 and "not this key's" in err
    run("partner", "add", pp, "Bangkok", them["public_key"], "--fingerprint", them["fingerprint"])
    run("partner", "add", bk, "Phnom Penh", me["public_key"], "--fingerprint", me["fingerprint"].lower())
    assert [p["name"] for p in json.loads(run("partner", "list", pp, "--json")[1])] == ["Bangkok"]

    case = {"client": {"names": [{"text": "Sok Dara"}]}, "notes": "from Phnom Penh"}
    (tmp_path / "case.json").write_text(json.dumps(case))
    reference = run("case", "add", pp, "--json", tmp_path / "case.json")[1].strip()
    package = tmp_path / "out.saksiref"
    code, _out, err = run("referral", "export", pp, reference, "--to", "Bangkok", "--out", package, ok=False)
    assert code == 6 and "no consent" in err and not package.exists()

    # the client's consent, added with case update (the stale-version check applies)
    run("case", "export", pp, reference, "--json", tmp_path / "doc.json")
    document = json.loads((tmp_path / "doc.json").read_text())
    document["consents"] = [{"what": "Refer to Bangkok", "use": "referral", "partners": [them["fingerprint"]]}]
    (tmp_path / "edited.json").write_text(json.dumps(document))
    code, _out, err = run(
        "case", "update", pp, reference, "--json", tmp_path / "edited.json", "--version", "2", ok=False
    )
    assert code == 1 and "saved this case after" in err
    assert run("case", "update", pp, reference, "--json", tmp_path / "edited.json", "--version", "1")[1].strip() == "2"

    run("referral", "export", pp, reference, "--to", "Bangkok", "--out", package)
    assert b"Sok Dara" not in package.read_bytes()
    code, _out, err = run("referral", "import", elsewhere, package, "--yes", ok=False)
    assert code == 3 and "another office" in err
    broken = tmp_path / "broken.saksiref"
    data = bytearray(package.read_bytes())
    data[-10] ^= 0xFF
    broken.write_bytes(bytes(data))
    code, _out, err = run("referral", "import", bk, broken, "--yes", ok=False)
    assert code == 4 and "changed or damaged" in err
    code, _out, err = run("referral", "import", bk, package, ok=False)  # no terminal, no --yes: nothing done
    assert code == 1 and "Phnom Penh (a recorded partner)" in err and "Nothing was imported" in err
    assert json.loads(run("case", "list", bk, "--json")[1]) == []
    assert run("referral", "import", bk, package, "--yes")[1].strip() == reference

    # both edit the same field; Bangkok sends it back; the conflict is listed and settled
    for folder, notes in ((bk, "from Bangkok"), (pp, "edited in Phnom Penh")):
        run("case", "export", folder, reference, "--json", tmp_path / f"{folder.stem}.json")
        doc = json.loads((tmp_path / f"{folder.stem}.json").read_text())
        doc["notes"] = notes
        if folder == bk:
            doc["consents"].append({"what": "Refer back", "use": "referral", "partners": [me["fingerprint"]]})
        (tmp_path / f"{folder.stem}.json").write_text(json.dumps(doc))
        run(
            "case",
            "update",
            folder,
            reference,
            "--json",
            tmp_path / f"{folder.stem}.json",
            "--version",
            "1" if folder == bk else "2",
        )
    back = tmp_path / "back.saksiref"
    run("referral", "export", bk, reference, "--to", "Phnom Penh", "--out", back)
    _code, _out, err = run("referral", "import", pp, back, "--yes")
    assert "1 conflict(s)" in err and "conflict notes" in err
    conflicts = json.loads(run("referral", "conflicts", pp, reference, "--json")[1])
    assert [(c["path"], c["ours"], c["theirs"]) for c in conflicts] == [
        ("notes", "edited in Phnom Penh", "from Bangkok")
    ]
    run("referral", "resolve", pp, reference, conflicts[0]["id"][:8], "--take", "theirs")
    run("case", "export", pp, reference, "--json", tmp_path / "final.json")
    final = json.loads((tmp_path / "final.json").read_text())
    assert final["notes"] == "from Bangkok" and len(final["consents"]) == 2
    log = json.loads(run("vault", "log", pp, "--json")[1])
    actions = [e["action"] for e in log]
    assert {
        "partner.add",
        "case.referral_export.intent",
        "case.referral_export",
        "case.referral_import",
        "case.conflict_resolved",
    } <= set(actions)
    code, _out, err = run("referral", "import", pp, back, "--yes", ok=False)  # the same package again
    assert code == 1 and "already imported" in err

    # a referral form for a partner without Saksi: consent naming it, then the form, its passphrase on stdout
    _code, _out, err = run("case", "export", pp, reference, "--json", tmp_path / "now.json")
    version = err.split("version ", 1)[1].split()[0]
    doc = json.loads((tmp_path / "now.json").read_text())
    doc["consents"].append(
        {"what": "Form for BLA", "use": "referral", "recipient": "Bangkok Legal Aid", "given_on": "2026-01-05"}
    )
    (tmp_path / "form-consent.json").write_text(json.dumps(doc))
    run("case", "update", pp, reference, "--json", tmp_path / "form-consent.json", "--version", version)
    form = tmp_path / "form.zip.age"
    args = ("referral", "form", pp, reference, "--language", "km", "--out", form)
    code, _out, err = run(*args, "--recipient", "Somebody else", ok=False)
    assert code == 6 and "no consent" in err and not form.exists()
    _code, out, err = run(*args, "--recipient", "Bangkok Legal Aid")
    passphrase = out.strip()
    assert "read it to the partner by phone" in err and len(passphrase.split("-")) == 8
    from app.referral import form as referral_form

    files = referral_form.open_form(form.read_bytes(), passphrase)
    pdf = tmp_path / "form.pdf"
    pdf.write_bytes(files[f"referral-{reference}-km.pdf"])
    import subprocess

    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "លិខិតបញ្ជូនសំណុំរឿង" in text and "Sok Dara" in text
    assert "case.referral_form" in {e["action"] for e in json.loads(run("vault", "log", pp, "--json")[1])}
