"""The ``saksi frameworks ...`` and ``saksi analyse`` commands. Results go to stdout, messages to stderr.

The legal frameworks come from legal_templates (the shipped files, then the lawyer's own
folder in SAKSI_LEGAL_DIR). Every citation is shown with its verification status, and an
unverified one carries the marker "[unverified - check before filing]". The analysis
informs the lawyer's judgement: its summaries say plainly that they are not legal
determinations. Exhibits are named by their labels (E-1, E-2...), never by internal ids,
and exhibits that were deleted from the case do not count.
"""

from __future__ import annotations

import json
import sys
from argparse import Namespace
from decimal import Decimal
from typing import Any

from app.analysis import elements as analysis
from app.cases.case_files import CaseFiles
from app.cases.model import Case, Fact
from app.cli.case_commands import clean, print_json, print_table, unlock
from app.cli.prompt import say
from app.common.exports import audited
from app.drafting import case_drafts as drafts
from storage.errors import InputRejected
from storage.evidence import items_of_case
from storage.phrases import UNVERIFIED_MARKER
from storage.vault import Vault

INDENT = "    "


# ---------------------------------------------------------------------- the legal library
def legal_library() -> Any:
    """The shipped legal data with the lawyer's own folder on top; a wrong file is refused by name (exit 6)."""
    from legal_templates.loader import LegalDataError

    try:
        return drafts.library()
    except LegalDataError as exc:
        raise InputRejected(
            f"The legal data cannot be loaded: {exc}. Correct that file (your own files are in SAKSI_LEGAL_DIR)."
        ) from None


def framework(library: Any, framework_id: str) -> Any:
    try:
        return library.framework(framework_id)
    except KeyError:
        raise InputRejected(
            f"There is no framework '{framework_id}'. Known: {', '.join(library.frameworks)}."
        ) from None


def citation_line(citation: Any) -> str:
    """ "Instrument, Art. 6(6) (confirmed-verbatim)", with the marker when unverified."""
    line = f"{citation.instrument}, {citation.article} ({citation.status})"
    return f"{line} {citation.marker}" if citation.marker else line


def citation_json(citation: Any) -> dict[str, Any]:
    return {
        "id": citation.id,
        "instrument": citation.instrument,
        "article": citation.article,
        "status": citation.status,
        "marker": citation.marker,
        "text": citation.text,
        "source": citation.source,
        "language": citation.language,
        "gloss": citation.labelled_gloss,  # a working translation, always labelled as such
        "note": citation.note,
        "placeholder": citation.placeholder,
        "verified_by": citation.verified_by,
        "verified_on": citation.verified_on,
    }


# ---------------------------------------------------------------------- frameworks list / show
def frameworks_list(args: Namespace) -> int:
    library = legal_library()
    found = list(library.frameworks.values())
    if args.json:
        print_json(
            [
                {
                    "id": f.id,
                    "title": f.title,
                    "description": f.description,
                    "elements": len(f.elements),
                    "citations": len(f.citations),
                    "unverified": sum(not c.confirmed for c in f.citations),
                }
                for f in found
            ]
        )
        return 0
    header = ("ID", "ELEMENTS", "UNVERIFIED", "TITLE")
    print_table(
        header,
        (
            (f.id, str(len(f.elements)), f"{sum(not c.confirmed for c in f.citations)} of {len(f.citations)}", f.title)
            for f in found
        ),
    )
    return 0


def _groups(found: Any) -> list[tuple[str, str, str, list[Any]]]:
    """(id, label, description, elements) for each group in the framework's order; stray groups last."""
    labels = {g.id: (g.label, g.description) for g in found.groups}
    order = [g.id for g in found.groups] + sorted({e.group for e in found.elements} - set(labels))
    grouped = []
    for group_id in order:
        elements = [e for e in found.elements if e.group == group_id]
        if elements:
            label, description = labels.get(group_id, (group_id, ""))
            grouped.append((group_id, label, description, elements))
    return grouped


def frameworks_show(args: Namespace) -> int:
    library = legal_library()
    found = framework(library, args.id)
    rule = found.decision_rule
    if args.json:
        print_json(
            {
                "id": found.id,
                "title": found.title,
                "description": found.description,
                "caution": found.caution,
                "citations": [citation_json(c) for c in found.citations],
                "groups": [
                    {
                        "id": group_id,
                        "label": label,
                        "description": description,
                        "elements": [
                            {
                                "id": e.id,
                                "label": e.label,
                                "description": e.description,
                                "citations": list(e.citations),
                                "corroborate": list(e.corroborate),
                                "strength": e.strength,
                                "placeholder": e.placeholder,
                            }
                            for e in elements
                        ],
                    }
                    for group_id, label, description, elements in _groups(found)
                ],
                "decision_rule": None
                if rule is None
                else {
                    "text": rule.text,
                    "status": rule.status,
                    "marker": rule.marker,
                    "citations": list(rule.citations),
                },
            }
        )
        return 0
    from legal_templates.loader import SUMMARY_LABEL

    lines = [f"{found.id}  {found.title}", found.description]
    if found.caution:
        lines.append(f"Caution: {found.caution}")
    lines += ["", f"Citations ({len(found.citations)})"]
    for c in found.citations:
        lines.append(f"  {c.id}  {citation_line(c)}")
        lines.append(f"{INDENT}{c.text}" + (f" {SUMMARY_LABEL}" if c.is_summary else ""))
        if c.labelled_gloss:
            lines.append(f"{INDENT}{c.labelled_gloss}")
        if c.note:
            lines.append(f"{INDENT}Note: {c.note}")
        lines.append(f"{INDENT}Source: {c.source}")
    lines += ["", f"Elements ({len(found.elements)})"]
    for _group_id, label, _description, elements in _groups(found):
        lines.append(f"  {label}")
        for e in elements:
            extra = [e.strength] if e.strength else []
            if e.placeholder:
                extra.append("placeholder, cannot be tagged")
            lines.append(f"{INDENT}{e.id}  {e.label}" + (f" ({', '.join(extra)})" if extra else ""))
    if rule is not None:
        lines += ["", f"Decision rule: {rule.text} {rule.marker}".rstrip()]
    for line in lines:
        print(clean(line))
    return 0


# ---------------------------------------------------------------------- analyse
def _chosen(case: Case, library: Any, given: list[str] | None) -> list[str]:
    chosen = list(dict.fromkeys(given or case.analysis.frameworks or analysis.DEFAULT_FRAMEWORKS))
    for framework_id in chosen:
        framework(library, framework_id)
    return chosen


class _Analysis:
    """Everything ``analyse`` shows, computed once from the case and its live exhibits."""

    def __init__(
        self, vault: Vault, reference: str, library: Any, frameworks: list[str] | None, language: str = "en"
    ) -> None:
        self.case, _version = CaseFiles(vault).load(reference)
        self.library = library
        self.labels = {i.id: i.label for i in items_of_case(vault.conn, self.case.id)}  # live items only
        self.frameworks = _chosen(self.case, library, frameworks)
        self.rows = analysis.matrix(self.case, library, self.frameworks, live_exhibits=set(self.labels))
        self.summaries = analysis.summaries(self.case, self.rows, library, language)
        self.nexus = analysis.nexus(self.case, library, language)
        self.remedy = analysis.remedy_basis(self.case, library)
        self.suggestions = analysis.suggestions(self.case, library)

    def exhibits(self, ids: list[str]) -> list[str]:
        return [self.labels[i] for i in ids if i in self.labels]

    def fact(self, fact: Fact) -> str:
        exhibits = self.exhibits(fact.evidence_ids)
        return fact.statement + (f" ({', '.join(exhibits)})" if exhibits else "")

    def element_label(self, element_id: str) -> str:
        try:
            return str(self.library.element(element_id).label)
        except KeyError:
            return element_id

    def to_json(self) -> dict[str, Any]:
        return {
            "reference": self.case.reference,
            "frameworks": self.frameworks,
            "matrix": [
                {
                    "element": r.element.id,
                    "label": r.element.label,
                    "framework": r.element.framework,
                    "group": r.element.group,
                    "state": r.state,
                    "facts": [f.statement for f in r.facts],
                    "exhibits": self.exhibits(r.exhibits),
                    "gap": r.gap,
                    "disputing": [f.statement for f in r.disputing],
                }
                for r in self.rows
            ],
            "summaries": [{"title": s.title, "lines": s.lines, "caveat": s.caveat} for s in self.summaries],
            "nexus": [
                {
                    "charge_id": n.charge_id,
                    "offence": n.offence,
                    "basis": [
                        {
                            "id": c.id,
                            "instrument": c.instrument,
                            "article": c.article,
                            "status": c.status,
                            "marker": c.marker,
                        }
                        for c in n.basis
                    ],
                    "facts": [f.statement for f in n.facts],
                    "exhibits": self.exhibits([e for f in n.facts for e in f.evidence_ids]),
                    "model": n.model,
                    "argument": n.argument,
                    "missing": n.missing,
                }
                for n in self.nexus
            ],
            "remedy": {
                "totals": [
                    {"kind": kind, "currency": currency, "amount": str(amount)}
                    for kind, currency, amount in self.remedy.totals
                ],
                "by_currency": [
                    {"currency": currency, "amount": str(amount)}
                    for currency, amount in sorted(self.remedy.by_currency.items())
                ],
                "citations": [
                    {
                        "id": c.id,
                        "instrument": c.instrument,
                        "article": c.article,
                        "status": c.status,
                        "marker": c.marker,
                    }
                    for c in self.remedy.citations
                ],
                "unsupported": self.remedy.unsupported,
            },
            "suggestions": [
                {
                    "element": s.element,
                    "label": self.element_label(s.element),
                    "rule": s.rule,
                    "explanation": s.explanation,
                }
                for s in self.suggestions
            ],
        }

    # ------------------------------------------------------------------ text
    def lines(self) -> list[str]:
        case = self.case
        lines = [
            f"{case.reference}  {case.client.display_name or 'client not named'}",
            f"Frameworks: {', '.join(self.frameworks)}",
        ]
        lines += self._matrix()
        lines += ["", "Summaries"]
        for summary in self.summaries:
            lines.append(f"  {summary.title}")
            lines += [f"{INDENT}{line}" for line in summary.lines]
            lines.append(f"{INDENT}Note: {summary.caveat}")
        lines += self._nexus()
        lines += self._remedy()
        if self.suggestions:
            lines += ["", "Suggested by the intake answers (not yet tagged on a fact)"]
            lines += [f"  {self.element_label(s.element)} ({s.element}): {s.explanation}" for s in self.suggestions]
        return lines

    def _matrix(self) -> list[str]:
        lines: list[str] = []
        width = max(len(s) for s in (analysis.NOT_ADDRESSED, analysis.ALLEGED, analysis.CORROBORATED))
        pad = INDENT + " " * (width + 2)
        for framework_id in self.frameworks:
            found = self.library.framework(framework_id)
            rows = [r for r in self.rows if r.element.framework == framework_id]
            lines += ["", f"Proof matrix: {found.title}"]
            if not rows:
                lines.append("  This framework has no elements to tag.")
            for group_id, label, _description, _elements in _groups(found):
                in_group = [r for r in rows if r.element.group == group_id]
                if not in_group:
                    continue
                lines.append(f"  {label}")
                for row in in_group:
                    lines.append(f"{INDENT}{row.state:<{width}}  {row.element.label} ({row.element.id})")
                    lines += [f"{pad}fact: {self.fact(f)}" for f in row.facts]
                    lines += [f"{pad}disputed by: {self.fact(f)}" for f in row.disputing]
                    if row.exhibits:
                        lines.append(f"{pad}exhibits: {', '.join(self.exhibits(row.exhibits))}")
                    if row.gap:
                        lines.append(f"{pad}could corroborate: {'; '.join(row.gap)}")
        return lines

    def _nexus(self) -> list[str]:
        lines = ["", "Non-punishment, charge by charge"]
        if not self.nexus:
            lines.append("  No charges are recorded in this case.")
        for view in self.nexus:
            lines.append(f"  {view.offence}")
            lines += [f"{INDENT}basis: {citation_line(c)}" for c in view.basis]
            lines += [f"{INDENT}fact: {self.fact(f)}" for f in view.facts]
            lines.append(f"{INDENT}model: {view.model or 'not chosen'}")
            if view.argument:
                lines.append(f"{INDENT}argument: {view.argument}")
            lines += [f"{INDENT}missing: {m}" for m in view.missing]
        return lines

    def _remedy(self) -> list[str]:
        remedy = self.remedy
        lines = ["", "Remedies"]
        if not remedy.totals:
            lines.append("  No amounts are recorded in this case.")
        rows: list[tuple[str, str, Decimal]] = [
            *remedy.totals,
            *(("Total", currency, amount) for currency, amount in sorted(remedy.by_currency.items())),
        ]
        kind_w = max((len(kind) for kind, _c, _a in rows), default=0)
        cur_w = max((len(currency) for _k, currency, _a in rows), default=0)
        lines += [f"  {kind:<{kind_w}}  {currency:<{cur_w}}  {amount}" for kind, currency, amount in rows]
        lines += [f"  legal basis: {citation_line(c)}" for c in remedy.citations]
        if remedy.unsupported:
            lines.append(f"  no exhibit yet for: {'; '.join(remedy.unsupported)}")
        return lines


def analyse(args: Namespace) -> int:
    library = legal_library()
    for framework_id in args.framework or []:
        framework(library, framework_id)  # an unknown framework is refused before any secret is asked
    with unlock(args) as vault:
        found = _Analysis(vault, args.reference, library, args.framework, getattr(args, "lang", "en"))
        if args.json:  # the analysis (facts included) leaves the vault: recorded before it is printed
            data = (json.dumps(found.to_json(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
            detail = {"reference": found.case.reference, "format": "json", "to": "standard output"}
            with audited(vault, "analysis.export", f"case:{found.case.id}", detail):
                sys.stdout.buffer.write(data)
                sys.stdout.flush()
            return 0
    lines = found.lines()
    for line in lines:
        print(clean(line))
    if any(UNVERIFIED_MARKER in line for line in lines):
        say(f"Anything marked {UNVERIFIED_MARKER} must be checked against the official text before filing.")
    return 0
