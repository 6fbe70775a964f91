"""Writing the findings: PDF, CSV tables, and a CTDC-aligned case-level file with k-anonymity.

Case-level rows carry only generalised quasi-identifiers (gender, CTDC age band,
citizenship and country of exploitation at country level) and yes/no flags; a row is
released only if at least k cases share its quasi-identifiers. Export is audited and
needs a role allowed to export.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.findings import Document, Report, ReportFilters, _get, _one, age_band, build_report
from app.findings_pdf import findings_pdf
from storage import cases as case_store
from storage.errors import InputRejected, PermissionDenied
from storage.keyslots import os_error, utc_now
from storage.vault import Vault

QUASI_IDENTIFIERS = ("gender", "ageBroad", "citizenship", "CountryOfExploitation")
# Our control codes -> CTDC meansOfControl column suffixes
CTDC_CONTROLS = {
    "debt_bondage": "DebtBondage",
    "wages_withheld": "TakesEarnings",
    "financial_access": "RestrictsFinancialAccess",
    "threats": "Threats",
    "threats_family": "Threats",
    "psychological_abuse": "PsychologicalAbuse",
    "physical_violence": "PhysicalAbuse",
    "sexual_violence": "SexualAbuse",
    "false_promises": "FalsePromises",
    "substances": "PsychoactiveSubstances",
    "movement_restricted": "RestrictsMovement",
    "medical_care": "RestrictsMedicalCare",
    "excessive_hours": "ExcessiveWorkingHours",
    "threats_law_enforcement": "ThreatOfLawEnforcement",
    "necessities_withheld": "WithholdsNecessities",
    "documents_withheld": "WithholdsDocuments",
    "isolation": "Other",
    "abusive_conditions": "Other",
    "other": "Other",
}
CTDC_RELATION = {"family": "Family", "acquainted": "Friend", "stranger": "Other", "unknown": "Unknown"}
CONTROL_COLUMNS = sorted({f"meansOfControl{v}" for v in CTDC_CONTROLS.values()})


@dataclass(frozen=True)
class ExportResult:
    folder: Path
    files: list[str]
    rows_released: int
    rows_suppressed: int


def ctdc_row(doc: Document) -> dict[str, Any]:
    controls = {str(c) for c in _get(doc, "compounds.controls")}
    sex = _one(doc, "client.sex")
    row: dict[str, Any] = {
        "gender": {"female": "Woman", "male": "Man"}.get(sex, "Unknown"),
        "ageBroad": age_band(doc.get("client", {}).get("age_at_recruitment")),
        "citizenship": _one(doc, "client.nationalities"),
        "CountryOfExploitation": _one(doc, "compounds.country"),
        "yearOfRegistration": str(doc.get("opened_on", ""))[:4] or "unknown",
        "majorityStatusAtExploit": _majority(doc),
        "isForcedLabour": 1,
        "isSexualExploit": int("sexual_violence" in controls),
        "typeOfLabourIllicitActivities": int(bool(_get(doc, "compounds.scam_work"))),
        "forcedCriminality": int(bool(_get(doc, "compounds.scam_work"))),  # HTCDS has no code yet (issue 28)
    }
    for column in CONTROL_COLUMNS:
        row[column] = 0
    for code in controls:
        if code in CTDC_CONTROLS:
            row[f"meansOfControl{CTDC_CONTROLS[code]}"] = 1
    relation = CTDC_RELATION.get(_one(doc, "recruitment.recruiter_relationship"), "Unknown")
    for value in sorted(set(CTDC_RELATION.values())):
        row[f"recruiterRelation{value}"] = int(relation == value)
    return row


def _majority(doc: Document) -> str:
    age = doc.get("client", {}).get("age_at_recruitment")
    if age is None:
        return "unknown"
    return "Minor" if age < 18 else "Adult"


def k_anonymous_rows(documents: list[Document], k: int) -> tuple[list[dict[str, Any]], int]:
    rows = [ctdc_row(d) for d in documents]
    groups = Counter(tuple(r[q] for q in QUASI_IDENTIFIERS) for r in rows)
    released = [r for r in rows if groups[tuple(r[q] for q in QUASI_IDENTIFIERS)] >= k]
    released.sort(key=lambda r: tuple(str(r[q]) for q in QUASI_IDENTIFIERS))  # no link back to case order
    return released, len(rows) - len(released)


def _csv(rows: list[dict[str, Any]], fields: list[str]) -> bytes:
    text = io.StringIO()
    writer = csv.DictWriter(text, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return ("\ufeff" + text.getvalue()).encode("utf-8")


def tables_csv(report: Report) -> bytes:
    rows = []
    for section in report.sections:
        for table in section.tables:
            for cell in table.cells:
                rows.append(
                    {
                        "section": section.title,
                        "table": table.title,
                        "category": cell.label,
                        "code": cell.code,
                        "count": cell.shown(report.k),
                        "percent": cell.percent(table.base),
                        "base": f"<{report.k}" if 0 < table.base < report.k else table.base,
                        "base_unit": table.base_label,
                    }
                )
    return _csv(rows, ["section", "table", "category", "code", "count", "percent", "base", "base_unit"])


def timeline_csv(report: Report) -> bytes:
    cells = report.timeline.cells if report.timeline else []
    return _csv([{"quarter": c.label, "cases_opened": c.shown(report.k)} for c in cells], ["quarter", "cases_opened"])


def readme(report: Report, released: int, suppressed: int) -> str:
    k = report.k
    return "\n".join(
        [
            "Saksi findings export",
            "=====================",
            f"Made {utc_now()[:10]} from {report.cases if not report.withheld else f'<{k}'} case files "
            f"({report.filters.describe()}).",
            "",
            "findings.pdf          the report with charts",
            "findings-tables.csv   every table of the report: section, table, category, count, percent",
            "timeline.csv          cases opened per quarter",
            "cases-ctdc.csv        one row per case, aligned with the CTDC / HTCDS vocabularies",
            "",
            "What was done to protect the clients:",
            f'- Every count from 1 to {k - 1} is shown as "<{k}" in the PDF and the CSV tables. In tables whose rows',
            "  add up to the total, a second cell is hidden as well, so a hidden count cannot be recovered by subtraction.",
            "- No names, case references, identifiers (phones, handles, accounts), free text or exact dates appear in",
            "  any file. Dates are reduced to the quarter (tables) or the year (case rows).",
            "- In cases-ctdc.csv the quasi-identifiers are generalised: gender, CTDC age band when recruited",
            "  (0-8, 9-17, 18-20, 21-23, 24-26, 27-29, 30-38, 39-47, 48+), citizenship and country of exploitation at",
            f"  country level. A row is included only if at least {k} cases share these four values (k-anonymity).",
            f"  Rows released: {released}. Rows withheld: {suppressed}.",
            "- Forced criminality (being forced to run online scams) has no HTCDS code yet; it is exported as",
            "  isForcedLabour = 1 with typeOfLabourIllicitActivities = 1 and forcedCriminality = 1.",
            "",
            "Limits: combining several exports made with different filters can narrow groups down. Share one export.",
            "These figures describe what the case files record; they are not legal determinations.",
            "",
        ]
    )


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
    if k < 3:
        raise InputRejected("The minimum cell size cannot be below 3.")
    folder = Path(destination)
    if folder.exists() and any(folder.iterdir()):
        raise InputRejected("{folder} is not empty; choose a new or empty folder for the report.", folder=folder)
    if not folder.parent.is_dir():
        raise InputRejected("The folder {folder} does not exist.", folder=folder.parent)
    documents = [d for d in case_store.all_documents(vault.conn) if (filters or ReportFilters()).keep(d)]
    report = build_report(documents, filters, k)
    released, suppressed = k_anonymous_rows(documents, k) if not report.withheld else ([], len(documents))
    fields = [
        *QUASI_IDENTIFIERS,
        "yearOfRegistration",
        "majorityStatusAtExploit",
        "isForcedLabour",
        "isSexualExploit",
        "typeOfLabourIllicitActivities",
        "forcedCriminality",
        *CONTROL_COLUMNS,
        *[f"recruiterRelation{v}" for v in sorted(set(CTDC_RELATION.values()))],
    ]
    files = {
        "findings.pdf": findings_pdf(report, office),
        "findings-tables.csv": tables_csv(report),
        "timeline.csv": timeline_csv(report),
        "cases-ctdc.csv": _csv(released, fields),
        "README.txt": readme(report, len(released), suppressed).encode("utf-8"),
    }
    _write_all(folder, files)
    vault.log(
        "report.export",
        "report:findings",
        {
            "destination": str(folder),
            "k": k,
            "filters": report.filters.describe(),
            "files": sorted(files),
            "rows_released": len(released),
        },
    )
    return ExportResult(folder, sorted(files), len(released), suppressed)


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
