"""Writing the findings: PDF, CSV tables, and case-level rows in CTDC's and HTCDS 2.0's own vocabularies.

The case rows (cases-ctdc.csv, cases-htcds.csv) are the same released rows in two
vocabularies. They are protected together with the report's tables, because one export is
read as a whole:

- A row is released only if at least k rows share its gender, age band, citizenship,
  country of exploitation and opening year (k-anonymity). The year is left empty for every
  row when keeping it would withhold more rows (it would make rows unique), and for a row
  whose quarter is hidden in the timeline.
- A row whose gender, age band, citizenship or country of exploitation is hidden in the
  tables is withheld: released rows never show a value the tables hide.
- The number of rows withheld is 0 or at least k (more small groups are withheld until it
  is): a withheld count from 1 to k-1 would bound every hidden cell by it.
- A flag or code is left empty in every row when a table cell it is made from is hidden, or
  when fewer than k released rows would carry it.

Values are exactly those of the published dictionaries: CTDC's Global Synthetic Dataset
codebook (v2, Feb 2024; age bands as released, e.g. ``18--20``, ISO 3166-1 alpha-3 countries,
flags 1 or empty) and the HTCDS 2.0 field standards (``prs_Gender``, ``vic_MethodsOfControl``...;
multiselect values joined with ``;``). Export is audited and needs a role allowed to export.
"""

from __future__ import annotations

import os
import shutil
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import iso3166

from app.analysis.findings import (
    AGE_BANDS,
    UNKNOWN,
    Document,
    Report,
    ReportFilters,
    _get,
    _one,
    age_band,
    base_shown,
    build_report,
    check_k,
)
from app.common.exports import audited, csv_bytes
from app.writers.findings_pdf import findings_pdf
from storage import cases as case_store
from storage.errors import InputRejected, PermissionDenied
from storage.files import os_error, utc_now
from storage.phrases import NO_FOLDER
from storage.vault import Vault

# ----------------------------------------------------------------------------- the two vocabularies
CTDC_FIELDS = [
    "yearOfRegistration",
    "gender",
    "ageBroad",
    "citizenship",
    "CountryOfExploitation",
    "traffickMonths",
    "meansDebtBondageEarnings",
    "meansThreats",
    "meansAbusePsyPhySex",
    "meansFalsePromises",
    "meansDrugsAlcohol",
    "meansDenyBasicNeeds",
    "meansExcessiveWorkHours",
    "meansWithholdDocs",
    "isForcedLabour",
    "isSexualExploit",
    "isOtherExploit",
    "typeOfLabourAgriculture",
    "typeOfLabourConstruction",
    "typeOfLabourDomesticWork",
    "typeOfLabourHospitality",
    "typeOfSexProstitution",
    "typeOfSexPornography",
    "recruiterRelationIntimatePartner",
    "recruiterRelationFriend",
    "recruiterRelationFamily",
    "recruiterRelationOther",
]
CTDC_AGE = dict(
    zip(
        [f"{low}+" if high >= 200 else f"{low}-{high}" for low, high in AGE_BANDS],
        ["0--8", "09--17", "18--20", "21--23", "24--26", "27--29", "30--38", "39--47", "48+"],
        strict=True,
    )
)
CTDC_GENDER = {"female": "Woman", "male": "Man", "other": "Trans/Transgender/NonConforming"}
HTCDS_GENDER = {"female": "Feminine", "male": "Masculine", "other": "NonConforming", "unknown": "NonSpecifiedUnknown"}
# Our control codes -> CTDC 2024 merged columns (codebook appendix II); no column for the rest
CTDC_MEANS = {
    "debt_bondage": "meansDebtBondageEarnings",
    "wages_withheld": "meansDebtBondageEarnings",
    "threats": "meansThreats",
    "threats_family": "meansThreats",
    "threats_law_enforcement": "meansThreats",
    "psychological_abuse": "meansAbusePsyPhySex",
    "physical_violence": "meansAbusePsyPhySex",
    "sexual_violence": "meansAbusePsyPhySex",  # a means of control, never a purpose: not isSexualExploit
    "false_promises": "meansFalsePromises",
    "substances": "meansDrugsAlcohol",
    "financial_access": "meansDenyBasicNeeds",
    "movement_restricted": "meansDenyBasicNeeds",
    "isolation": "meansDenyBasicNeeds",  # CTDC: restricting movement includes isolating from support
    "medical_care": "meansDenyBasicNeeds",
    "necessities_withheld": "meansDenyBasicNeeds",
    "excessive_hours": "meansExcessiveWorkHours",
    "documents_withheld": "meansWithholdDocs",
}
CTDC_RELATION = {
    "family": "recruiterRelationFamily",
    "acquainted": "recruiterRelationFriend",
    "stranger": "recruiterRelationOther",
}
# The purpose of exploitation, from the lawyer's own element tags (Palermo art. 3), never from the means
PURPOSES = {
    "palermo.purpose.forced_labour": ("isForcedLabour", "ForcedLabour"),
    "palermo.purpose.sexual_exploitation": ("isSexualExploit", "SexualExploitation"),
    "palermo.purpose.servitude": ("isOtherExploit", "Servitude"),
    "palermo.purpose.slavery": ("isOtherExploit", "Other"),
    "palermo.purpose.organ_removal": ("isOtherExploit", "OrganRemoval"),
}
HTCDS_FIELDS = [
    "prs_Gender",
    "prs_Citizenship",
    "hte_Type",
    "hte_Country",
    "vic_TypeOfExploitation",
    "vic_MethodsOfControl",
    "vic_RelationshipToTrafficker",
]
QUASI_IDENTIFIERS = ("gender", "ageBroad", "citizenship", "CountryOfExploitation", "yearOfRegistration")
QI_TABLES = {
    "gender": "gender",
    "ageBroad": "age",
    "citizenship": "nationality",
    "CountryOfExploitation": "exploitation_country",
}


def alpha3(code: str) -> str:
    """ISO 3166-1 alpha-3 (CTDC's form) for our alpha-2 code; empty when unknown."""
    found = iso3166.countries_by_alpha2.get(code.upper()) if code and code != UNKNOWN else None
    return found.alpha3 if found else ""


# ----------------------------------------------------------------------------- one case, before protection
@dataclass
class CaseFacts:
    """What one case row may say, each value with the table cell(s) it comes from."""

    gender: str
    age: str  # our band label
    citizenship: str
    exploitation_country: str
    quarter: str
    controls: set[str]
    relation: str
    purposes: set[str]  # element ids
    forced_criminality: bool

    @classmethod
    def of(cls, doc: Document) -> CaseFacts:
        opened = str(doc.get("opened_on", ""))
        tags = {
            str(t.get("element"))
            for fact in doc.get("facts", [])
            for t in fact.get("tags", [])
            if t.get("stance", "supports") == "supports"
        }
        return cls(
            gender=_one(doc, "client.sex"),
            age=age_band(doc.get("client", {}).get("age_at_recruitment")),
            citizenship=_one(doc, "client.nationalities"),
            exploitation_country=_one(doc, "compounds.country"),
            quarter=f"{opened[:4]} Q{(int(opened[5:7]) - 1) // 3 + 1}" if len(opened) >= 7 else UNKNOWN,
            controls={str(c) for c in _get(doc, "compounds.controls")},
            relation=_one(doc, "recruitment.recruiter_relationship"),
            purposes=tags & set(PURPOSES),
            forced_criminality=bool(_get(doc, "compounds.scam_work")),
        )

    def qi(self, with_year: bool, hidden: set[tuple[str, str]]) -> tuple[str, ...]:
        year = (
            self.quarter[:4]
            if with_year and ("timeline", self.quarter) not in hidden and self.quarter != UNKNOWN
            else ""
        )
        return (
            CTDC_GENDER.get(self.gender, ""),
            CTDC_AGE.get(self.age, ""),
            alpha3(self.citizenship),
            alpha3(self.exploitation_country),
            year,
        )


@dataclass(frozen=True)
class CaseRows:
    ctdc: list[dict[str, Any]]
    htcds: list[dict[str, Any]]
    withheld: int
    with_year: bool
    emptied: list[str]  # flags and codes left empty in every row


def hidden_cells(report: Report) -> set[tuple[str, str]]:
    return {(t.id, c.code) for t in report.all_tables() for c in t.cells if c.suppressed}


def _release(keys: list[tuple[str, ...]], total: int, k: int) -> list[int]:
    """Indexes of the rows in groups of at least k; then more small groups go until 0 or >= k of ``total`` are withheld."""
    groups = Counter(keys)
    released = [i for i, key in enumerate(keys) if groups[key] >= k]
    by_size = sorted({keys[i] for i in released}, key=lambda key: (groups[key], key))
    while 0 < total - len(released) < k and by_size:
        smallest = by_size.pop(0)
        released = [i for i in released if keys[i] != smallest]
    return released


def case_rows(documents: Iterable[Document], report: Report, k: int) -> CaseRows:
    facts = [CaseFacts.of(d) for d in documents]
    if report.withheld:
        return CaseRows([], [], len(facts), False, [])
    hidden = hidden_cells(report)
    eligible = [
        f
        for f in facts
        if not any(
            (table, value) in hidden
            for table, value in (
                ("gender", f.gender),
                ("age", f.age),
                ("nationality", f.citizenship),
                ("exploitation_country", f.exploitation_country),
            )
        )
    ]
    with_year = _release([f.qi(True, hidden) for f in eligible], len(facts), k)
    without_year = _release([f.qi(False, hidden) for f in eligible], len(facts), k)
    keep_year = len(with_year) >= len(without_year)
    chosen = [eligible[i] for i in (with_year if keep_year else without_year)]
    ctdc = [_ctdc(f, keep_year, hidden) for f in chosen]
    htcds = [_htcds(f, hidden) for f in chosen]
    emptied = _empty_rare(ctdc, [c for c in CTDC_FIELDS if c not in QUASI_IDENTIFIERS], k)
    emptied += _empty_rare_codes(
        htcds, ["vic_TypeOfExploitation", "vic_MethodsOfControl", "vic_RelationshipToTrafficker"], k
    )
    order = sorted(range(len(ctdc)), key=lambda i: tuple(str(ctdc[i][q]) for q in QUASI_IDENTIFIERS))
    return CaseRows([ctdc[i] for i in order], [htcds[i] for i in order], len(facts) - len(chosen), keep_year, emptied)


def _controls_shown(facts: CaseFacts, hidden: set[tuple[str, str]], mapping: dict[str, str]) -> set[str]:
    """The mapped columns/codes of this case's controls, except any whose source cells include a hidden one."""
    blocked = {mapping[c] for c in mapping if ("controls", c) in hidden}
    return {mapping[c] for c in facts.controls if c in mapping} - blocked


def _ctdc(f: CaseFacts, with_year: bool, hidden: set[tuple[str, str]]) -> dict[str, Any]:
    gender, age, citizenship, country, year = f.qi(with_year, hidden)
    row: dict[str, Any] = dict.fromkeys(CTDC_FIELDS, "")
    row.update(gender=gender, ageBroad=age, citizenship=citizenship, CountryOfExploitation=country)
    row["yearOfRegistration"] = year
    for column in _controls_shown(f, hidden, CTDC_MEANS):
        row[column] = 1
    for element in f.purposes:
        row[PURPOSES[element][0]] = 1
    if f.forced_criminality:
        row["isForcedLabour"] = 1  # forced criminality (scam work) is forced labour; CTDC has no column of its own
    if f.relation in CTDC_RELATION and ("relationship", f.relation) not in hidden:
        row[CTDC_RELATION[f.relation]] = 1
    return row


def _htcds(f: CaseFacts, hidden: set[tuple[str, str]]) -> dict[str, Any]:
    from app.cases import vocab

    controls = {t.code: t.htcds for t in vocab.CONTROLS if t.htcds}
    relation = {t.code: t.htcds for t in vocab.RELATIONSHIP if t.htcds}
    types = {PURPOSES[e][1] for e in f.purposes}
    if f.forced_criminality:
        types |= {"ForcedLabour", "Other"}  # HTCDS has no forced criminality yet (UNMigration/HTCDS issue 28)
    country = alpha3(f.exploitation_country)
    return {
        "prs_Gender": HTCDS_GENDER.get(f.gender, "NonSpecifiedUnknown"),
        "prs_Citizenship": alpha3(f.citizenship),
        "hte_Type": "Exploitation" if country else "",
        "hte_Country": country,
        "vic_TypeOfExploitation": sorted(types),
        "vic_MethodsOfControl": sorted(_controls_shown(f, hidden, controls)),
        "vic_RelationshipToTrafficker": relation.get(f.relation, "")
        if ("relationship", f.relation) not in hidden
        else "",
    }


def _empty_rare(rows: list[dict[str, Any]], columns: list[str], k: int) -> list[str]:
    """Empty a flag column in every row when 1 to k-1 released rows carry it."""
    emptied = []
    for column in columns:
        count = sum(1 for r in rows if r[column] == 1)
        if 0 < count < k:
            for row in rows:
                row[column] = ""
            emptied.append(column)
    return emptied


def _empty_rare_codes(rows: list[dict[str, Any]], fields: list[str], k: int) -> list[str]:
    """The same for each value of a (multi)select field; lists are then joined with ';'."""
    emptied = []
    for name in fields:
        values = [r[name] if isinstance(r[name], list) else [r[name]] if r[name] else [] for r in rows]
        counts = Counter(v for vs in values for v in vs)
        rare = {v for v, n in counts.items() if n < k}
        emptied += [f"{name}={v}" for v in sorted(rare)]
        for row, vs in zip(rows, values, strict=True):
            row[name] = ";".join(v for v in vs if v not in rare)
    return emptied


# ----------------------------------------------------------------------------- tables as CSV
TABLE_FIELDS = [
    "section",
    "table_id",
    "table",
    "category",
    "code",
    "count",
    "percent",
    "base",
    "base_unit",
    "rows_add_up",
    "of",
]


def tables_csv(report: Report) -> bytes:
    rows = []
    for section in report.sections:
        for table in section.tables:
            described = {
                "section": section.title,
                "table_id": table.id,
                "table": table.title,
                "base": base_shown(table, report.k),
                "base_unit": table.base_label,
                "rows_add_up": "yes" if table.exclusive else "no",
                "of": ":".join(table.parent) if table.parent else "",
            }
            for cell in table.cells:
                percent = "" if table.base_hidden else cell.percent(table.base)
                rows.append(
                    {
                        **described,
                        "category": cell.label,
                        "code": cell.code,
                        "count": cell.shown(report.k),
                        "percent": percent,
                    }
                )
    return csv_bytes(rows, TABLE_FIELDS)


def timeline_csv(report: Report) -> bytes:
    cells = report.timeline.cells if report.timeline else []
    return csv_bytes(
        [{"quarter": c.label, "cases_opened": c.shown(report.k)} for c in cells], ["quarter", "cases_opened"]
    )


def htcds_csv(rows: list[dict[str, Any]]) -> bytes:
    return csv_bytes(rows, HTCDS_FIELDS)


def readme(report: Report, rows: CaseRows) -> str:
    k = report.k
    return "\n".join(
        [
            "Saksi findings export",
            "=====================",
            f"Made {utc_now()[:10]} from {report.cases if not report.withheld else f'<{k}'} case files "
            f"({report.filters.describe()}).",
            "",
            "findings.pdf          the report with charts",
            "findings-tables.csv   every table of the report: section, table id and title, category, count, percent, base;",
            "                      rows_add_up = yes where each case is counted once (the counts add up to base);",
            "                      'of' names the table cell whose count is the base (e.g. channel:online)",
            "timeline.csv          cases opened per quarter",
            "cases-ctdc.csv        one row per released case, in CTDC's Global Synthetic Dataset columns and values",
            "                      (codebook v2, February 2024: ageBroad as released, e.g. 18--20; ISO 3166-1 alpha-3",
            "                      countries; flags 1 or empty)",
            "cases-htcds.csv       the same rows in HTCDS 2.0 field names and values (multiselect values joined with ;)",
            "",
            "What was done to protect the clients:",
            f'- No count from 1 to {k - 1} is published. Every hidden count is shown as "x", whatever its size: some are',
            "  hidden only so that a small one cannot be worked out from the others (by subtraction from a total, from",
            "  a sub-table's base, or from the case rows).",
            "- No names, case references, identifiers (phones, handles, accounts), free text or exact dates appear in",
            "  any file. Dates are reduced to the quarter (tables) or the year (case rows).",
            f"- A case row is included only if at least {k} rows share its gender, age band, citizenship, country of",
            "  exploitation and opening year, and never shows a value the tables hide. "
            + ("The opening year is given where it" if rows.with_year else "The opening year is left empty: it"),
            "  " + ("does not single anyone out." if rows.with_year else "would have made rows unique."),
            f"  Rows released: {len(rows.ctdc)}. Rows withheld: {rows.withheld} (0 or at least {k}).",
            "- A flag or code carried by fewer than k released rows, or made from a hidden table cell, is left empty:"
            + (f" {', '.join(rows.emptied)}." if rows.emptied else " none here."),
            "- Sexual violence used to control a client is a means of control (meansAbusePsyPhySex, SexualAbuse), not",
            "  sexual exploitation: isSexualExploit and SexualExploitation come only from the lawyer's own tagging of",
            "  the purpose (Palermo Protocol art. 3).",
            "- Forced criminality (being forced to run online scams) has no CTDC or HTCDS code yet: it is exported as",
            "  isForcedLabour = 1, and in HTCDS as ForcedLabour;Other.",
            "- Not in the case rows: trafficking duration, types of labour (CTDC has none for scam work), and HTCDS",
            "  age (a number; only the band may be shared, in cases-ctdc.csv).",
            "",
            "Limits: these protections hold within this one export. Comparing several exports made with different",
            "filters or at different times can narrow groups down. Share one export.",
            "These figures describe what the case files record; they are not legal determinations.",
            "",
        ]
    )


# ----------------------------------------------------------------------------- the export
FILES = ("findings.pdf", "findings-tables.csv", "timeline.csv", "cases-ctdc.csv", "cases-htcds.csv", "README.txt")


@dataclass(frozen=True)
class ExportResult:
    folder: Path
    files: list[str]
    rows_released: int
    rows_suppressed: int


def export_findings(
    vault: Vault,
    destination: str | os.PathLike[str],
    *,
    filters: ReportFilters | None = None,
    k: int = 5,
    office: str = "",
) -> ExportResult:
    if not vault.user.may_export:
        raise PermissionDenied("Your role does not allow exporting reports. Ask a lawyer or an admin.")
    try:
        check_k(k)
    except ValueError as exc:
        raise InputRejected(str(exc)) from None
    folder = Path(destination)
    if folder.exists() and any(folder.iterdir()):
        raise InputRejected("{folder} is not empty; choose a new or empty folder for the report.", folder=folder)
    if not folder.parent.is_dir():
        raise InputRejected(NO_FOLDER, folder=folder.parent)
    filters = filters or ReportFilters()
    detail = {"destination": str(folder), "k": k, "filters": filters.describe(), "files": list(FILES)}
    with audited(vault, "report.export", "report:findings", detail) as record:
        published = publish(case_store.all_documents(vault.conn), filters, k, office)
        _write_all(folder, published.files)
        record.outcome["rows_released"] = len(published.rows.ctdc)
    return ExportResult(folder, sorted(FILES), len(published.rows.ctdc), published.rows.withheld)


@dataclass(frozen=True)
class Published:
    report: Report
    rows: CaseRows
    files: dict[str, bytes]


def publish(
    documents: Iterable[Document], filters: ReportFilters, k: int, office: str = "", *, with_pdf: bool = True
) -> Published:
    """Everything one export publishes, as the bytes of its files (no vault, no disk)."""
    in_scope = [d for d in documents if filters.keep(d)]
    report = build_report(in_scope, filters, k)
    rows = case_rows(in_scope, report, k)
    files: dict[str, Callable[[], bytes]] = {
        "findings.pdf": lambda: findings_pdf(report, office) if with_pdf else b"",
        "findings-tables.csv": lambda: tables_csv(report),
        "timeline.csv": lambda: timeline_csv(report),
        "cases-ctdc.csv": lambda: csv_bytes(rows.ctdc, CTDC_FIELDS),
        "cases-htcds.csv": lambda: htcds_csv(rows.htcds),
        "README.txt": lambda: readme(report, rows).encode("utf-8"),
    }
    return Published(report, rows, {name: make() for name, make in files.items()})


def _write_all(folder: Path, files: dict[str, bytes]) -> None:
    staging = folder.with_name(f".{folder.name}.partial")
    try:
        shutil.rmtree(staging, ignore_errors=True)
        staging.mkdir()
        for name, data in files.items():
            (staging / name).write_bytes(data)
        if folder.exists():
            folder.rmdir()  # empty, checked above
        os.replace(staging, folder)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise os_error(exc, folder) from None
