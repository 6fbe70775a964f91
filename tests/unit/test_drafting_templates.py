"""The shipped filing templates, end to end: generated for demo cases in English and Khmer, written
to PDF and DOCX and read back; gaps, unverified markers and their confirmation; a lawyer's own
templates folder (override, extend, a broken template)."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document

from app.cases.case_files import CaseFiles
from app.demo import demo_cases as demo
from app.drafting import case_drafts as drafts_module
from app.drafting import compose as drafting
from app.drafting.case_drafts import NOT_NATIVE, Drafts
from legal_templates.loader import UNVERIFIED_MARKER
from storage import audit
from storage.errors import InputRejected
from storage.vault import Vault
from tests.conftest import ADMIN, PASSPHRASE, fast_vault

SHIPPED = Path(drafting.SHIPPED)
TEMPLATES = (
    "non-punishment-prosecutor",
    "non-punishment-court",
    "penalty-waiver-immigration",
    "victim-identification-request",
    "compensation-claim",
    "exhibit-list",
)
# Citations each filing must show (as pdftotext reads them), whatever the case.
EXPECTED = {
    "non-punishment-prosecutor": ["14(7)", "4(2)", "Principle 7"],
    "non-punishment-court": ["14(7)", "4(2)", "Principle 7"],
    "penalty-waiver-immigration": ["14(7)", "14(1)", "15(1)", "Principle 7"],  # 14(8) only once identified
    "victim-identification-request": ["3(a)", "14(1)", "6(3)"],
    "compensation-claim": ["6(6)", "4(1)"],
    "exhibit-list": ["SHA-256", "6(1)"],
}
CITED = re.compile(r"""(?:cite|quote|s\.ref|t\.ref|provision)\(\s*"([^"]+)"|^\s*"([a-z0-9.-]+)": "[^"]*",$""", re.M)


@pytest.fixture(autouse=True)
def shipped_only(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The legal library is cached per process; no developer's own folder may leak into these tests."""
    monkeypatch.delenv("SAKSI_LEGAL_DIR", raising=False)
    drafts_module.library.cache_clear()
    yield
    drafts_module.library.cache_clear()


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """Six demo cases, three with exhibits, made once per module (drawing the exhibits took seconds a test)."""
    folder = tmp_path_factory.mktemp("drafting-demo") / "Office.saksi"
    fast_vault(folder)
    with Vault.open(folder, ADMIN, PASSPHRASE) as vault:
        return folder, demo.fill(CaseFiles(vault), 6, evidence_cases=3, seed=11)


@pytest.fixture
def vault(demo_template: tuple[Path, list[str]], tmp_path: Path) -> Iterator[Vault]:
    """This test's own copy of the demo vault: the drafts it makes are its own."""
    target = tmp_path / "Office.saksi"
    shutil.copytree(demo_template[0], target)
    with Vault.open(target, ADMIN, PASSPHRASE) as opened:
        yield opened


@pytest.fixture
def demo_refs(demo_template: tuple[Path, list[str]]) -> list[str]:
    return demo_template[1]


def pdf_text(data: bytes) -> str:
    """The text inside the A4 pages' text frame: without running headers and page numbers, a sentence that
    runs across a page break reads whole."""
    body = ["-x", "0", "-y", "55", "-W", "595", "-H", "735"]  # points from the top-left corner
    done = subprocess.run(["pdftotext", *body, "-", "-"], input=data, capture_output=True, check=True)
    return " ".join(done.stdout.decode("utf-8").split())


def pdf_fonts(data: bytes, tmp_path: Path) -> list[str]:
    path = tmp_path / "fonts.pdf"
    path.write_bytes(data)
    done = subprocess.run(["pdffonts", str(path)], capture_output=True, check=True, text=True)
    return done.stdout.splitlines()[2:]


def normalised(text: str) -> str:
    return " ".join(text.split())


def numbered(blocks: list[drafting.Block]) -> list[tuple[int, str]]:
    return [(b.number, normalised(b.text)) for b in blocks if b.kind == "numbered"]


def docx_numbered(data: bytes) -> list[tuple[int, str]]:
    """Numbered paragraphs as Word numbers them: by their w:numPr (Word's own list), counted in order."""
    found = []
    for paragraph in Document(io.BytesIO(data)).paragraphs:
        ppr = paragraph._p.pPr
        if ppr is not None and ppr.numPr is not None:
            found.append((len(found) + 1, normalised(paragraph.text)))
    return found


# ----------------------------------------------------------------------------- the shipped set
def test_the_shipped_templates() -> None:
    found = drafting.list_templates(None)
    assert set(TEMPLATES) <= set(found)
    for template_id in TEMPLATES:
        info = found[template_id]
        assert info.origin == "shipped"
        assert info.title and info.description and info.recipients
        assert set(info.variants) == {"en", "km", "th"}
        assert info.variants["en"].native_drafter is True
        assert info.variants["km"].native_drafter is False
        assert info.variants["th"].native_drafter is False
        meta = (SHIPPED / f"{template_id}.toml").read_text(encoding="utf-8")
        assert "not by a native Khmer legal drafter" in meta
        assert "not by a native Thai legal drafter" in meta


def test_templates_cite_only_what_the_library_has() -> None:
    library = drafts_module.library()
    for path in sorted(SHIPPED.glob("*.j2")):
        text = path.read_text(encoding="utf-8")
        ids = {a or b for a, b in CITED.findall(text)}
        if path.name in ("_shared.j2", "_shared_th.j2"):
            # the SHORT tables' keys; other dictionaries hold words (and, in Thai, element labels)
            ids = {i for i in ids if "." in i and i not in library.elements}
        assert ids, path.name
        # a provision the template tests with has("id") first may be added to the library later
        guarded = set(re.findall(r'has\("([^"]+)"\)', text))
        for citation_id in ids - guarded:
            assert citation_id in library.citations, f"{path.name}: {citation_id}"


# ----------------------------------------------------------------------------- every template, both languages
@pytest.mark.parametrize("language", ["en", "km", "th"])
@pytest.mark.parametrize("template", TEMPLATES)
def test_renders_for_demo_cases_to_pdf_and_docx(
    vault: Vault, demo_refs: list[str], template: str, language: str, tmp_path: Path
) -> None:
    drafts = Drafts(vault)
    for reference in demo_refs:
        case, _ = drafts.cases.load(reference)
        generated = drafts.generate(reference, template, language, recipient="")
        resolved = drafts.resolved_text(generated.draft)
        for leftover in ("{{", "{%", "[[cite", "[[missing", "None", "Undefined"):
            assert leftover not in resolved, (reference, leftover)

        pdf = drafts.render_bytes(generated.draft, "pdf")
        text = pdf_text(pdf)
        assert drafting.client_name(case, language) in text  # the Latin name in English, Khmer in Khmer
        assert reference in text
        for citation in EXPECTED[template]:
            assert citation in text, (reference, citation)
        if language != "en":
            assert NOT_NATIVE[language] in text
        fonts = pdf_fonts(pdf, tmp_path)
        assert fonts and all(" yes " in line for line in fonts), fonts  # every font embedded

        blocks = drafting.parse(resolved)
        docx = drafts.render_bytes(generated.draft, "docx")
        assert docx_numbered(docx) == numbered(blocks)
        assert len(numbered(blocks)) >= 5


def test_every_template_renders_for_every_jurisdiction(vault: Vault, demo_refs: list[str]) -> None:
    drafts = Drafts(vault)
    library = drafts_module.library()
    case, _ = drafts.cases.load(demo_refs[0])
    exhibits = drafts.exhibits(demo_refs[0])
    for code in [*library.jurisdictions, "", "CN"]:
        case.jurisdiction = code
        for template in TEMPLATES:
            for language in ("en", "km", "th"):
                rendered = drafting.render(template, language, case, library=library, exhibits=exhibits, author="amara")
                text = drafting.resolve(rendered.text, library, ())
                assert "[[cite" not in text and "[[missing" not in text, (code, template, language)


def test_national_provisions_appear_where_the_profile_has_them(vault: Vault, demo_refs: list[str]) -> None:
    drafts = Drafts(vault)
    library = drafts_module.library()
    case, _ = drafts.cases.load(demo_refs[0])

    def text_for(template: str, code: str) -> str:
        case.jurisdiction = code
        rendered = drafting.render(template, "en", case, library=library, exhibits=[], author="amara")
        return drafting.resolve(rendered.text, library, ())

    assert "s.41 provides:" in text_for("non-punishment-prosecutor", "TH")
    assert "Anti-Smuggling of Migrants Act 2007 [Act 670], s.25, as enacted, read:" in text_for(
        "penalty-waiver-immigration", "MY"
    )
    assert "UU 21/2007, Pasal 18 provides:" in text_for("non-punishment-court", "ID")
    malaysia = text_for("compensation-claim", "MY")
    assert "under Anti-Trafficking in Persons and Anti-Smuggling of Migrants Act 2007 [Act 670], s.66A" in malaysia
    assert "under Act 670, s.66B" in malaysia
    thailand = text_for("compensation-claim", "TH")
    assert "Ministry of Social Development and Human Security (MSDHS)" in thailand
    assert "before the court of first instance gives judgment" in thailand
    assert "amar putusan" in text_for("compensation-claim", "ID")
    cambodia = text_for("non-punishment-prosecutor", "KH")
    # none was found: one gap, no research note, no "nobody has read it" beside it
    assert "no non-punishment provision was found in the Law on Suppression of Human Trafficking" in cambodia
    assert "[MISSING: any national non-punishment provision, with its text read in the official source]" in cambodia
    assert library.citation("kh.non-punishment").text not in cambodia


# ----------------------------------------------------------------------------- gaps and markers
def test_gaps_are_listed_and_shown_in_the_pdf(vault: Vault, demo_refs: list[str]) -> None:
    drafts = Drafts(vault)
    generated = drafts.generate(demo_refs[0], "compensation-claim", "en")
    assert "the court or authority the claim is filed with" in generated.gaps
    assert any(gap.startswith("evidence of the ") for gap in generated.gaps)  # demo remedies have no receipts
    assert set(generated.gaps) == set(drafting.gaps_in(generated.draft.text))
    text = pdf_text(drafts.render_bytes(generated.draft, "pdf"))
    for gap in generated.gaps:
        assert f"[MISSING: {normalised(gap)}]" in text

    filled = drafts.generate(demo_refs[0], "compensation-claim", "en", recipient="Phnom Penh Court of First Instance")
    assert "the court or authority the claim is filed with" not in filled.gaps
    assert "To: Phnom Penh Court of First Instance" in drafts.resolved_text(filled.draft)


def test_unverified_markers_until_the_lawyer_confirms(vault: Vault, demo_refs: list[str]) -> None:
    drafts = Drafts(vault)
    generated = drafts.generate(demo_refs[0], "victim-identification-request", "en")
    assert "actip.2" in generated.unconfirmed
    placeholders = [c for c in generated.unconfirmed if drafts_module.library().citation(c).placeholder]
    assert placeholders  # the national definition is a placeholder for every demo jurisdiction
    assert UNVERIFIED_MARKER in pdf_text(drafts.render_bytes(generated.draft, "pdf"))

    for citation_id in generated.unconfirmed:
        drafts.confirm(generated.draft.id, citation_id)
    draft = drafts.get(generated.draft.id)
    assert drafts.unconfirmed(draft) == []
    assert UNVERIFIED_MARKER not in drafts.resolved_text(draft)
    assert UNVERIFIED_MARKER not in pdf_text(drafts.render_bytes(draft, "pdf"))
    confirmations = [
        e.detail["citation"]
        for e in audit.entries(vault.conn, target=f"draft:{draft.id}")
        if e.action == "draft.confirm_citation"
    ]
    assert sorted(confirmations) == sorted(generated.unconfirmed)
    assert audit.verify_chain(vault.conn) == []

    drafts.confirm(draft.id, "actip.2", confirmed=False)
    assert drafts.unconfirmed(drafts.get(draft.id)) == ["actip.2"]


def test_export_names_what_is_still_open(vault: Vault, demo_refs: list[str], tmp_path: Path) -> None:
    drafts = Drafts(vault)
    generated = drafts.generate(demo_refs[0], "non-punishment-prosecutor", "km")
    target = drafts.export(generated.draft, tmp_path / "request.pdf")
    assert target.read_bytes().startswith(b"%PDF")
    entry = next(
        e for e in audit.entries(vault.conn, target=f"draft:{generated.draft.id}") if e.action == "draft.export"
    )
    assert entry.detail["gaps"] == drafting.gaps_in(generated.draft.text)
    assert entry.detail["unconfirmed"] == generated.unconfirmed
    with pytest.raises(InputRejected, match="Unknown export format"):
        drafts.render_bytes(generated.draft, "odt")


def test_unknown_template_or_language_is_refused(vault: Vault, demo_refs: list[str]) -> None:
    drafts = Drafts(vault)
    with pytest.raises(InputRejected, match="There is no template"):
        drafts.generate(demo_refs[0], "appeal-to-the-moon", "en")
    with pytest.raises(InputRejected, match="has no 'lo' version"):
        drafts.generate(demo_refs[0], "exhibit-list", "lo")


# ----------------------------------------------------------------------------- the lawyer's own folder
def own_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "legal"
    (folder / "filings").mkdir(parents=True)
    monkeypatch.setenv("SAKSI_LEGAL_DIR", str(folder))
    drafts_module.library.cache_clear()  # Drafts() loads the library (with the user's folder) once per process
    return folder


def add_template(folder: Path, template_id: str, title: str, text: str) -> Path:
    (folder / "filings" / f"{template_id}.toml").write_text(
        f'title = "{title}"\ndescription = "Our office version."\nrecipients = ["Court"]\n\n'
        "[languages.en]\nnative_drafter = true\n",
        encoding="utf-8",
    )
    path = folder / "filings" / f"{template_id}.en.j2"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_user_template_overrides_and_a_new_one_extends(
    vault: Vault, demo_refs: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = own_folder(tmp_path, monkeypatch)
    add_template(folder, "exhibit-list", "Our exhibit index", "# OUR OWN INDEX\n\n1. Client: {{ client_name }}\n")
    add_template(folder, "bail-request", "Bail request", '# BAIL\n\n1. {{ cite("actip.14.8") }}\n')
    found = drafting.list_templates(drafts_module.user_dir())
    assert found["exhibit-list"].origin == str(folder / "filings")
    assert set(found["exhibit-list"].variants) == {"en"}  # replaced whole, Khmer included
    assert found["bail-request"].title == "Bail request"
    assert found["non-punishment-court"].origin == "shipped"

    drafts = Drafts(vault)
    overridden = drafts.generate(demo_refs[0], "exhibit-list", "en")
    assert overridden.draft.title == "Our exhibit index"
    assert drafts.resolved_text(overridden.draft).startswith("# OUR OWN INDEX")
    with pytest.raises(InputRejected, match="has no 'km' version"):
        drafts.generate(demo_refs[0], "exhibit-list", "km")
    added = drafts.generate(demo_refs[0], "bail-request", "en")
    assert "Art. 14(8)" in drafts.resolved_text(added.draft)


def test_a_broken_user_template_names_the_file_and_line(
    vault: Vault, demo_refs: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = own_folder(tmp_path, monkeypatch)
    path = add_template(folder, "broken", "Broken", "# TITLE\n\n1. {{ client_name }\n")
    drafts = Drafts(vault)
    with pytest.raises(drafting.TemplateError) as raised:
        drafts.generate(demo_refs[0], "broken", "en")
    assert f"{path}, line 3:" in str(raised.value)
    assert drafts.of_case(demo_refs[0]) == []  # nothing half-made was saved

    path.write_text("# TITLE\n\n\n1. {{ quote('no.such.law') }}\n", encoding="utf-8")
    with pytest.raises(drafting.TemplateError, match=r"broken\.en\.j2, line 4: unknown citation 'no\.such\.law'"):
        drafts.generate(demo_refs[0], "broken", "en")
