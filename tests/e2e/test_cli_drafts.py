"""``saksi templates ...`` and ``saksi draft`` end to end: filings generated from a demo case, exported as PDF and Word.

One demo vault (8 synthetic cases, 2 with exhibits; admin amara, paralegal sok) is made once per
module; each test that drafts (drafts are stored in the vault) works on its own copy. The tests
bring their own small template in a user folder (SAKSI_LEGAL_DIR), so they do not depend on the
shipped ones; one more test uses the shipped non-punishment-prosecutor template when it exists.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tomllib
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app.drafting.compose import SHIPPED
from tests.conftest import ADMIN, PASSPHRASE
from tests.e2e.helpers import (
    AS_ADMIN,
    PARALEGAL,
    PARALEGAL_PASS,
    case_info,
    demo_vault,
    fingerprint,
    private_copy,
    saksi,
)

pytestmark = pytest.mark.e2e

TEMPLATE = "cli-test-letter"
SHIPPED_TEMPLATE = "non-punishment-prosecutor"
META = """\
title = "Letter for the command-line tests"
description = "A short letter with a gap and an unverified citation."
recipients = ["The Public Prosecutor"]

[languages.en]
native_drafter = true

[languages.km]
native_drafter = false
"""
ENGLISH = """\
# Letter about {{ reference }}

To: {{ need(recipient, "the recipient") }}

1. Our client {{ client_name }} was recruited and trafficked.
2. Under {{ cite("actip.14.7") }} a victim is not to be punished for acts that were a direct consequence of
   the trafficking.
3. The national provision: {{ cite("kh.non-punishment") }}.
{% for charge in charges %}
- {{ charge.offence }}
{% endfor %}

[[exhibits]]
"""
KHMER = """\
# លិខិតអំពីសំណុំរឿង {{ reference }}

1. កូនក្តី {{ client_name }}
"""


# The demo client of KH-2024-0001 as her name is recorded in Khmer script (app/demo/demo_cases.py).
KHMER_CLIENT = "DEMO ចាន់ ស្រីនិច"


@dataclass(frozen=True)
class Demo:
    folder: Path
    config: Path
    legal: Path  # a SAKSI_LEGAL_DIR holding the test template
    reference: str  # a case with exhibits and charges
    client: str


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    root = tmp_path_factory.mktemp("drafts")
    folder = demo_vault(root, ADMIN, PASSPHRASE, cases=8, evidence_cases=2)
    cases = case_info(folder, ADMIN, PASSPHRASE, root / "config")
    reference = next(r for r, c in cases.items() if c["exhibits"] and c["charges"])
    filings = root / "legal" / "filings"
    filings.mkdir(parents=True)
    (filings / f"{TEMPLATE}.toml").write_text(META, encoding="utf-8")
    (filings / f"{TEMPLATE}.en.j2").write_text(ENGLISH, encoding="utf-8")
    (filings / f"{TEMPLATE}.km.j2").write_text(KHMER, encoding="utf-8")
    return Demo(folder, root / "config", root / "legal", reference, str(cases[reference]["client"]))


@pytest.fixture
def vault(demo: Demo, tmp_path: Path) -> Path:
    """A private copy of the demo vault."""
    return private_copy(demo.folder, tmp_path)


def run(demo: Demo, *args: object, legal: bool = True, **extra: str) -> subprocess.CompletedProcess[str]:
    env = {**AS_ADMIN, **({"SAKSI_LEGAL_DIR": str(demo.legal)} if legal else {}), **extra}
    return saksi(*args, config=demo.config, **env)


def pdf_text(path: Path) -> str:
    """The PDF's text, ligatures undone and whitespace collapsed (a name may wrap over two lines)."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    result = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return " ".join(unicodedata.normalize("NFKC", result.stdout.decode("utf-8")).split())


def docx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read("word/document.xml").decode("utf-8")


def audit_actions(demo: Demo, vault: Path) -> list[str]:
    result = run(demo, "vault", "log", vault, "--json", legal=False)
    assert result.returncode == 0, result.stderr
    return [entry["action"] for entry in json.loads(result.stdout)]


# ---------------------------------------------------------------------- templates list
def test_templates_list_names_languages_and_native_drafters(demo: Demo) -> None:
    listed = run(demo, "templates", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    found = {t["id"]: t for t in json.loads(listed.stdout)}
    mine = found[TEMPLATE]
    assert mine["title"] == "Letter for the command-line tests"
    assert mine["origin"] == str(demo.legal / "filings")
    assert mine["recipients"] == ["The Public Prosecutor"]
    assert {(v["language"], v["native_drafter"]) for v in mine["languages"]} == {("en", True), ("km", False)}

    text = run(demo, "templates", "list")
    assert text.returncode == 0, text.stderr
    assert text.stdout.splitlines()[0].split() == ["ID", "LANGUAGES", "TITLE"]
    (line,) = [line for line in text.stdout.splitlines() if line.startswith(f"{TEMPLATE} ")]
    assert "en (native drafter), km (not by a native legal drafter)" in line
    assert line.endswith("Letter for the command-line tests")

    without = run(demo, "templates", "list", "--json", legal=False)
    assert without.returncode == 0, without.stderr
    assert TEMPLATE not in {t["id"] for t in json.loads(without.stdout)}


# ---------------------------------------------------------------------- draft
def test_draft_pdf_lists_gaps_and_unverified_citations(demo: Demo, vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "letter.pdf"
    result = run(demo, "draft", vault, demo.reference, "--template", TEMPLATE, "--out", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{out}\n"
    assert out.read_bytes().startswith(b"%PDF")
    text = pdf_text(out)
    assert demo.reference in text
    assert demo.client in text
    assert "[MISSING: the recipient]" in text
    assert "[unverified - check before filing]" in text
    assert "E-1" in text  # the exhibit table
    errors = result.stderr.splitlines()
    assert all(line.startswith("saksi: ") for line in errors)
    assert "saksi: missing: the recipient" in errors
    assert any(line.startswith("saksi: unverified - check before filing: kh.non-punishment (") for line in errors)
    assert not any("actip.14.7" in line for line in errors)  # confirmed verbatim: nothing to check
    assert "Traceback" not in result.stderr
    actions = audit_actions(demo, vault)
    assert "draft.create" in actions and "draft.export" in actions


def test_draft_docx_with_a_recipient(demo: Demo, vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "letter.docx"
    result = run(
        demo,
        "draft",
        vault,
        demo.reference,
        "--template",
        TEMPLATE,
        "--lang",
        "en",
        "--recipient",
        "The Public Prosecutor, Bangkok",
        "--out",
        out,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{out}\n"
    xml = docx_text(out)
    assert demo.reference in xml
    assert demo.client in xml
    assert "The Public Prosecutor, Bangkok" in xml
    assert "missing: the recipient" not in result.stderr


def test_draft_in_khmer_is_flagged_as_not_by_a_native_drafter(demo: Demo, vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "letter-km.pdf"
    result = run(demo, "draft", vault, demo.reference, "--template", TEMPLATE, "--lang", "km", "--out", out)
    assert result.returncode == 0, result.stderr
    assert "not written or reviewed by a native legal drafter" in result.stderr
    text = pdf_text(out)
    assert demo.reference in text
    assert KHMER_CLIENT in text and demo.client not in text  # a Khmer filing names the client in Khmer script
    docx = tmp_path / "letter-km.docx"
    as_word = run(demo, "draft", vault, demo.reference, "--template", TEMPLATE, "--lang", "km", "--out", docx)
    assert as_word.returncode == 0, as_word.stderr
    assert "លិខិត" in docx_text(docx)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--template", "no-such-template"), "There is no template 'no-such-template'."),
        (("--template", TEMPLATE, "--lang", "th"), f"Template '{TEMPLATE}' has no 'th' version"),
    ],
)
def test_unknown_template_or_language_is_exit_6(
    demo: Demo, vault: Path, tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    before = fingerprint(vault)
    out = tmp_path / "letter.pdf"
    result = run(demo, "draft", vault, demo.reference, *args, "--out", out)
    assert result.returncode == 6, result.stderr
    assert result.stderr.startswith(f"saksi: {message}")
    assert result.stdout == ""
    assert not out.exists()
    assert fingerprint(vault) == before


def test_existing_or_wrong_output_is_exit_6(demo: Demo, vault: Path, tmp_path: Path) -> None:
    existing = tmp_path / "letter.pdf"
    existing.write_bytes(b"keep me")
    again = run(demo, "draft", vault, demo.reference, "--template", TEMPLATE, "--out", existing)
    assert again.returncode == 6
    assert "already exists" in again.stderr
    assert existing.read_bytes() == b"keep me"
    wrong = run(demo, "draft", vault, demo.reference, "--template", TEMPLATE, "--out", tmp_path / "letter.txt")
    assert wrong.returncode == 6
    assert ".pdf or .docx" in wrong.stderr
    nowhere = run(demo, "draft", vault, demo.reference, "--template", TEMPLATE, "--out", tmp_path / "no" / "a.pdf")
    assert nowhere.returncode == 6
    assert "does not exist" in nowhere.stderr
    unknown = run(demo, "draft", vault, "KH-1999-0001", "--template", TEMPLATE, "--out", tmp_path / "x.pdf")
    assert unknown.returncode == 6
    assert unknown.stderr.splitlines() == ["saksi: There is no case KH-1999-0001 in this vault."]
    assert saksi("draft", vault, demo.reference, "--out", tmp_path / "x.pdf").returncode == 2  # no --template


def test_a_paralegal_cannot_export_a_draft(demo: Demo, vault: Path, tmp_path: Path) -> None:
    before = audit_actions(demo, vault)
    out = tmp_path / "letter.pdf"
    result = run(
        demo,
        "draft",
        vault,
        demo.reference,
        "--template",
        TEMPLATE,
        "--out",
        out,
        SAKSI_USER=PARALEGAL,
        SAKSI_PASSPHRASE=PARALEGAL_PASS,
    )
    assert result.returncode == 1
    assert result.stderr.splitlines() == ["saksi: Your role does not allow exporting drafts. Ask a lawyer or an admin."]
    assert not out.exists()
    assert "draft.create" not in audit_actions(demo, vault)[len(before) :]


# ---------------------------------------------------------------------- the shipped template
def shipped_variant(language: str) -> None:
    """Skip unless the shipped template exists in ``language`` with real text (not a "# TODO" stub)."""
    meta = SHIPPED / f"{SHIPPED_TEMPLATE}.toml"
    if not meta.is_file():
        pytest.skip(f"the shipped template {SHIPPED_TEMPLATE} is not in legal_templates/filings yet")
    data: dict[str, Any] = tomllib.loads(meta.read_text(encoding="utf-8"))
    if language not in data.get("languages", {}):
        pytest.skip(f"the shipped template {SHIPPED_TEMPLATE} has no '{language}' version")
    text = (SHIPPED / f"{SHIPPED_TEMPLATE}.{language}.j2").read_text(encoding="utf-8").strip()
    if text.startswith("# TODO"):
        pytest.skip(f"the '{language}' text of {SHIPPED_TEMPLATE} is still a TODO stub")


@pytest.mark.parametrize("language", ["en", "km"])
def test_the_shipped_non_punishment_template(demo: Demo, vault: Path, tmp_path: Path, language: str) -> None:
    shipped_variant(language)
    listed = run(demo, "templates", "list", "--json", legal=False)
    assert SHIPPED_TEMPLATE in {t["id"] for t in json.loads(listed.stdout)}
    out = tmp_path / f"non-punishment-{language}.pdf"
    result = run(
        demo,
        "draft",
        vault,
        demo.reference,
        "--template",
        SHIPPED_TEMPLATE,
        "--lang",
        language,
        "--recipient",
        "The Public Prosecutor",
        "--out",
        out,
        legal=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert all(line.startswith("saksi: ") for line in result.stderr.splitlines())
    text = pdf_text(out)
    assert demo.reference in text
    assert (KHMER_CLIENT if language == "km" else demo.client) in text  # the client in the filing's script
    docx = tmp_path / f"non-punishment-{language}.docx"
    as_word = run(
        demo,
        "draft",
        vault,
        demo.reference,
        "--template",
        SHIPPED_TEMPLATE,
        "--lang",
        language,
        "--out",
        docx,
        legal=False,
    )
    assert as_word.returncode == 0, as_word.stderr
    assert demo.reference in docx_text(docx)


def test_text_no_font_has_is_refused_with_exit_6(demo: Demo, vault: Path, tmp_path: Path) -> None:
    """A Chinese name, with the OS fonts switched off (SAKSI_OS_FONTS=0): no font Saksi has shows it, so neither
    the PDF nor the DOCX is written, and the message names the characters and their script."""
    filings = tmp_path / "legal" / "filings"
    filings.mkdir(parents=True)
    (filings / f"{TEMPLATE}.toml").write_text(META, encoding="utf-8")
    (filings / f"{TEMPLATE}.en.j2").write_text("# Letter\n\nThe recruiter signed as 王伟.\n", encoding="utf-8")
    (filings / f"{TEMPLATE}.km.j2").write_text(KHMER, encoding="utf-8")
    for suffix in ("pdf", "docx"):
        out = tmp_path / f"letter.{suffix}"
        args = ("draft", vault, demo.reference, "--template", TEMPLATE, "--out", out)
        result = run(demo, *args, legal=False, SAKSI_LEGAL_DIR=str(tmp_path / "legal"), SAKSI_OS_FONTS="0")
        assert result.returncode == 6, result.stderr
        assert "王 (U+738B, Han)" in result.stderr and "伟 (U+4F1F, Han)" in result.stderr
        assert "Traceback" not in result.stderr
        assert not out.exists()
