"""The drafting engine: markup, line breaks around template tags, dates, citations, gaps and markers,
and the errors a broken template gives (file and line)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app.cases.model import Case, Charge, Client, Name, Nexus
from app.drafting import compose as drafting
from app.drafting.case_drafts import library
from legal_templates.loader import SUMMARY_LABEL, UNVERIFIED_MARKER
from storage.errors import InputRejected


def a_case(jurisdiction: str = "KH") -> Case:
    case = Case(reference="KH-2026-0099", jurisdiction=jurisdiction, client=Client(names=[Name(text="DEMO Test 0099")]))
    case.charges = [Charge(offence="Overstay", case_number="", nexus=Nexus(basis=["actip.14.7"], model="causation"))]
    return case


def write_template(folder: Path, template_id: str, text: str, title: str = "Test filing") -> Path:
    filings = folder / "filings"
    filings.mkdir(parents=True, exist_ok=True)
    (filings / f"{template_id}.toml").write_text(
        f'title = "{title}"\ndescription = "For tests."\n\n[languages.en]\nnative_drafter = true\n', encoding="utf-8"
    )
    path = filings / f"{template_id}.en.j2"
    path.write_text(text, encoding="utf-8")
    return path


def render(text: str, tmp_path: Path, case: Case | None = None, **kwargs: object) -> drafting.Rendered:
    write_template(tmp_path, "probe", text)
    return drafting.render(
        "probe",
        "en",
        case or a_case(),
        library=library(),
        exhibits=[],
        user_dir=tmp_path,
        today=date(2026, 3, 15),
        **kwargs,  # type: ignore[arg-type]
    )


# ----------------------------------------------------------------------------- markup
def test_parse_blocks_and_numbering() -> None:
    blocks = drafting.parse(
        "# Title\n\n## Part\n\n7. First\n3. Second\n\n- a bullet\n> a quote\n\n[[exhibits]]\n\nplain\ntext\n"
    )
    assert [(b.kind, b.text, b.number) for b in blocks] == [
        ("heading", "Title", 0),
        ("subheading", "Part", 0),
        ("numbered", "First", 1),
        ("numbered", "Second", 2),
        ("bullet", "a bullet", 0),
        ("quote", "a quote", 0),
        ("exhibits", "", 0),
        ("para", "plain text", 0),
    ]


def test_plain_lines_continue_a_numbered_paragraph_until_a_blank_line() -> None:
    blocks = drafting.parse("1. The client was recruited\nin 2024.\n- a bullet\ngoing on\n\nNew paragraph.\n")
    assert [(b.kind, b.text) for b in blocks] == [
        ("numbered", "The client was recruited in 2024."),
        ("bullet", "a bullet going on"),
        ("para", "New paragraph."),
    ]


def test_a_tag_at_the_end_of_a_line_keeps_the_line_break() -> None:
    source = "To: {{ x }}{% if y %} ({{ y }}){% endif %}\n{% if z %}\nZ\n{% endif %}\nDate: today\n"
    kept = drafting.keep_line_breaks(source)
    assert "{% endif +%}\n{% if z %}" in kept
    env = drafting.environment([])
    assert env.from_string(source).render(x="A", y="B", z=True) == "To: A (B)\nZ\nDate: today\n"
    assert env.from_string(source).render(x="A", y="", z=False) == "To: A\nDate: today\n"


@pytest.mark.parametrize(
    ("value", "language", "approximate", "expected"),
    [
        ("2024-09-18", "en", False, "18 September 2024"),
        ("2024-09", "en", True, "about September 2024"),
        ("2024", "en", False, "2024"),
        ("2024-09-18", "km", False, "ថ្ងៃទី 18 ខែកញ្ញា ឆ្នាំ 2024"),
        ("2024-09-18", "th", False, "18 กันยายน พ.ศ. 2567"),
        ("2024", "th", True, "ประมาณ พ.ศ. 2567"),
        ("2024-12", "km", True, "ប្រហែល ខែធ្នូ ឆ្នាំ 2024"),
        ("not a date", "en", False, "not a date"),
        ("", "en", False, ""),
    ],
)
def test_dates_in_words(value: str, language: str, approximate: bool, expected: str) -> None:
    assert drafting.date_text(value, language, approximate) == expected


# ----------------------------------------------------------------------------- citations and gaps
def test_cite_quote_and_short_forms(tmp_path: Path) -> None:
    rendered = render(
        '1. {{ cite("actip.14.7") }}: {{ quote("actip.14.7") }}\n\n'
        '1. {{ cite("actip.15.2-5", "ACTIP art. 15(2)-(5)") }}: {{ quote("actip.15.2-5") }}\n\n'
        '1. {{ quote("th.s41") }}\n\n1. {{ quote("ohchr.guideline4.5") }}\n',
        tmp_path,
    )
    text = drafting.resolve(rendered.text, library(), ())
    assert "(ACTIP, 2015), Art. 14(7): \u201cEach Party shall" in text
    assert "art. Art." not in text
    assert f"ACTIP art. 15(2)-(5): {SUMMARY_LABEL} Return with regard to safety" in text
    # the lead-in is Saksi's, so it stays outside the quotation marks
    assert "States should consider \u201c[e]nsuring that legislation" in text
    assert "(Working translation by Saksi, not an official translation: Unless the Minister" in text
    assert UNVERIFIED_MARKER not in text  # all three are confirmed
    assert rendered.citations == ["actip.14.7", "actip.15.2-5", "th.s41", "ohchr.guideline4.5"]


def test_a_placeholder_is_a_visible_gap_and_unverified(tmp_path: Path) -> None:
    rendered = render('1. {{ cite("kh.non-punishment") }}\n\n1. {{ quote("kh.compensation") }}\n', tmp_path)
    text = drafting.resolve(rendered.text, library(), ())
    placeholder = library().citation("kh.non-punishment").text
    assert f"[MISSING: {placeholder}] {UNVERIFIED_MARKER}" in text
    assert placeholder in rendered.gaps
    assert library().citation("kh.compensation").text in rendered.gaps
    assert drafting.unconfirmed(rendered.text, library(), ()) == ["kh.non-punishment", "kh.compensation"]
    assert drafting.unconfirmed(rendered.text, library(), ("kh.non-punishment",)) == ["kh.compensation"]
    assert drafting.gaps_in(rendered.text) == sorted(rendered.gaps)


def test_need_lists_each_gap_once(tmp_path: Path) -> None:
    rendered = render(
        'To: {{ need(recipient, "the prosecutor") }}\n\nAgain: {{ need("", "the prosecutor") }}\n\n'
        'Case: {{ need(charges[0].case_number, "the case number") }}\n\nName: {{ need(client_name, "name") }}\n',
        tmp_path,
    )
    assert rendered.gaps == ["the prosecutor", "the case number"]
    assert "Name: DEMO Test 0099" in rendered.text
    assert drafting.resolve(rendered.text, library(), ()).count("[MISSING: the prosecutor]") == 2


def test_helpers_from_the_context(tmp_path: Path) -> None:
    rendered = render(
        "{{ jurisdiction.name }} {{ jurisdiction.non_punishment_found }} {{ jurisdiction.fallback_compensation }}\n"
        '{{ provision("th.s41").status }} {{ labels("countries", ["KH", "TH"]) }} {{ date_long }}\n',
        tmp_path,
        case=a_case("TH"),
    )
    assert "Thailand ['th.s41'] ['palermo.6.6', 'ilo-p29.4.1']" in rendered.text
    assert "confirmed-verbatim ['Cambodia', 'Thailand'] 15 March 2026" in rendered.text
    assert rendered.citations == []  # provision() reads a citation without citing it


# ----------------------------------------------------------------------------- broken templates
def test_an_unknown_citation_names_the_file_and_line(tmp_path: Path) -> None:
    with pytest.raises(drafting.TemplateError) as raised:
        render('# Title\n\n1. {{ cite("actip.99") }}\n', tmp_path)
    message = str(raised.value)
    assert "probe.en.j2, line 3" in message
    assert "unknown citation 'actip.99'" in message


def test_a_syntax_error_names_the_file_and_line(tmp_path: Path) -> None:
    with pytest.raises(drafting.TemplateError) as raised:
        render("# Title\n\n{% if %}\n", tmp_path)
    assert "probe.en.j2, line 3" in str(raised.value)
    assert isinstance(raised.value, InputRejected)


def test_a_template_without_its_text_file_is_refused(tmp_path: Path) -> None:
    path = write_template(tmp_path, "lonely", "x")
    path.unlink()
    with pytest.raises(drafting.TemplateError, match=r"lonely.toml: languages.en: the file lonely.en.j2 is missing"):
        drafting.list_templates(tmp_path)


def test_unknown_template_or_language() -> None:
    with pytest.raises(InputRejected, match="There is no template 'no-such-filing'"):
        drafting.choose("no-such-filing", "en")
    with pytest.raises(InputRejected, match="has no 'fr' version"):
        drafting.choose("exhibit-list", "fr")


def test_a_user_copy_can_import_the_shipped_shared_parts(tmp_path: Path) -> None:
    rendered = render('{% import "_shared.j2" as s with context %}\n1. {{ s.ref("actip.14.7") }}\n', tmp_path)
    assert rendered.text == "1. ACTIP art. 14(7)[[cite:actip.14.7]]\n"
