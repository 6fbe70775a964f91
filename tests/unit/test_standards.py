"""The case rows use exactly the published CTDC and HTCDS 2.0 names and values (tests/fixtures/standards)."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pycountry
import pytest

from app.analysis.findings import ReportFilters
from app.analysis.findings_export import alpha3, publish
from app.cases import vocab
from tests.unit.test_findings_privacy import case

STANDARDS = Path(__file__).resolve().parents[1] / "fixtures" / "standards"
CODEBOOK = json.loads((STANDARDS / "ctdc-codebook-2024.json").read_text(encoding="utf-8"))
HTCDS = {
    row["field"]: row for row in csv.DictReader(io.StringIO((STANDARDS / "htcds-2.0-fields.csv").read_text("utf-8")))
}


def values_of(field: str) -> set[str]:
    return set(filter(None, HTCDS[field]["values"].split(";")))


def is_alpha3(code: str) -> bool:
    return pycountry.countries.get(alpha_3=code) is not None


def rows(name: str, published: dict[str, bytes]) -> tuple[list[str], list[dict[str, str]]]:
    reader = csv.DictReader(io.StringIO(published[name].decode("utf-8-sig"), newline=""))
    found = list(reader)
    return list(reader.fieldnames or []), found


@pytest.fixture(scope="module")
def published() -> dict[str, bytes]:
    """An office's cases, in groups big enough for rows to be released, with every kind of value."""
    documents = []
    for sex, age, nationality, country, relation in (
        ("male", 22, "KH", "MM", "acquainted"),
        ("female", 19, "TH", "KH", "stranger"),
        ("other", 28, "VN", "LA", "family"),
        ("unknown", None, "MM", "", "unknown"),
    ):
        for number in range(8):
            documents.append(
                case(
                    sex=sex,
                    age=age,
                    nationality=nationality,
                    country=country,
                    relation=relation,
                    controls=("documents_withheld", "threats", "debt_bondage", "sexual_violence", "isolation"),
                    scam=("romance",) if number % 2 else (),
                    purposes=("palermo.purpose.forced_labour",) if number < 6 else (),
                    opened="2025-02-10",
                )
            )
    found = publish(documents, ReportFilters(), 5, with_pdf=False)
    assert len(found.rows.ctdc) == 32
    return found.files


def test_ctdc_rows_use_the_codebook(published: dict[str, bytes]) -> None:
    fields, found = rows("cases-ctdc.csv", published)
    assert fields == CODEBOOK["variables"]
    binary = [v for v in fields if v.startswith(("means", "is", "typeOf", "recruiterRelation"))]
    for row in found:
        for name, allowed in CODEBOOK["values"].items():
            assert row[name] in allowed, (name, row[name])
        for name in ("citizenship", "CountryOfExploitation"):
            assert row[name] == "" or is_alpha3(row[name]), (name, row[name])
        assert row["yearOfRegistration"] == "" or 2000 <= int(row["yearOfRegistration"]) <= date.today().year
        assert all(row[name] in ("", "1") for name in binary), row
    assert {r["ageBroad"] for r in found} == {"21--23", "18--20", "27--29", ""}
    assert {r["citizenship"] for r in found} == {"KHM", "THA", "VNM", "MMR"}
    assert {r["gender"] for r in found} == {"Man", "Woman", "Trans/Transgender/NonConforming", ""}
    in_compounds = [r for r in found if r["CountryOfExploitation"]]  # controls are recorded per compound
    assert len(in_compounds) == 24 and all(r["meansAbusePsyPhySex"] == "1" for r in in_compounds)
    assert all(r["isSexualExploit"] == "" for r in found)  # sexual violence was the means, not the purpose


def test_htcds_rows_use_the_field_standards(published: dict[str, bytes]) -> None:
    fields, found = rows("cases-htcds.csv", published)
    assert set(fields) <= set(HTCDS)
    for row in found:
        for name in fields:
            if HTCDS[name]["values"]:
                assert set(filter(None, row[name].split(";"))) <= values_of(name), (name, row[name])
        assert is_alpha3(row["prs_Citizenship"])
        assert row["hte_Country"] == "" or (is_alpha3(row["hte_Country"]) and row["hte_Type"] == "Exploitation")
    assert {r["vic_RelationshipToTrafficker"] for r in found} == {"Acquainted", "Unaquainted", "Familial", ""}
    assert {r["vic_TypeOfExploitation"] for r in found} >= {"ForcedLabour", "ForcedLabour;Other"}
    assert all("SexualAbuse" in r["vic_MethodsOfControl"] for r in found if r["hte_Country"])


@pytest.mark.parametrize(
    ("terms", "field"),
    [
        (vocab.CONTROLS, "vic_MethodsOfControl"),
        (vocab.RELATIONSHIP, "vic_RelationshipToTrafficker"),
        (vocab.PLATFORMS, "vic_RecruitmentWebsitesAndApps"),
        (vocab.RECRUITMENT_METHOD, "vic_MethodOfRecruitment"),
        (vocab.PERSON_ROLES, "per_RoleInProcess"),
        (vocab.CASE_STATUS, "cas_Status"),
    ],
)
def test_every_htcds_value_in_the_vocabularies_is_published(terms: tuple[vocab.Term, ...], field: str) -> None:
    mapped = {t.htcds for t in terms if t.htcds}
    assert mapped <= values_of(field), mapped - values_of(field)


def test_country_codes_match_iso_3166() -> None:
    for term in vocab.COUNTRIES:
        assert alpha3(term.code) == pycountry.countries.get(alpha_2=term.code).alpha_3
    assert alpha3("XX") == "" and alpha3("unknown") == ""
