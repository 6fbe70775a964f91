"""Files and folders: the shipped layer, the lawyer's own folder on top, cross-references checked, the Library built."""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from legal_templates.models import (
    SHIPPED_DIR,
    USER_DIR_ENV,
    Citation,
    Element,
    Framework,
    Jurisdiction,
    LegalDataError,
    Library,
    Origin,
    Rule,
    T,
)
from legal_templates.parsers import parse_framework, parse_jurisdiction, parse_rule
from legal_templates.toml_models import CaseFieldsFile, FieldSpecModel, FrameworkFile, JurisdictionFile, RulesFile, load


# --------------------------------------------------------------------------- files and folders
def _files(root: Path, folder: str, user: bool) -> Iterator[tuple[Path, Origin]]:
    for path in sorted((root / folder).glob("*.toml")):
        name = str(path) if user else f"{folder}/{path.name}"
        yield path, Origin(name, "", user)


def _case_fields() -> dict[str, FieldSpecModel]:
    return dict(load(CaseFieldsFile, SHIPPED_DIR / "case_fields.toml", Origin("case_fields.toml")).fields)


@dataclass
class _Layer:
    """The files of one folder (shipped or user), keyed by id."""

    frameworks: dict[str, Framework] = field(default_factory=dict)
    jurisdictions: dict[str, Jurisdiction] = field(default_factory=dict)
    rules: dict[str, Rule] = field(default_factory=dict)


def _add(entries: dict[str, T], key: str, entry: T, origin: Origin, name: str = "id") -> None:
    if key in entries:
        first = getattr(entries[key], "origin", Origin("?"))
        raise LegalDataError(
            "{value} is already defined in {first}", **origin.where(name), value=repr(key), first=first.file
        )
    entries[key] = entry


def _load_layer(root: Path, user: bool, fields: Mapping[str, FieldSpecModel]) -> _Layer:
    layer = _Layer()
    for path, origin in _files(root, "frameworks", user):
        framework = parse_framework(load(FrameworkFile, path, origin), origin)
        _add(layer.frameworks, framework.id, framework, origin)
    for path, origin in _files(root, "jurisdictions", user):
        jurisdiction = parse_jurisdiction(load(JurisdictionFile, path, origin), origin)
        _add(layer.jurisdictions, jurisdiction.code, jurisdiction, origin, "code")
    for path, origin in _files(root, "rules", user):
        rules = load(RulesFile, path, origin, {"fields": fields}).rules
        for index, model in enumerate(rules):
            rule = parse_rule(model, origin.at(f"rules[{index}]"))
            _add(layer.rules, rule.id, rule, rule.origin, "id")
    return layer


def _merge(shipped: _Layer, user: _Layer) -> _Layer:
    # The user's entries replace shipped ones with the same id and extend the rest.
    return _Layer(
        frameworks={**shipped.frameworks, **user.frameworks},
        jurisdictions={**shipped.jurisdictions, **user.jurisdictions},
        rules={**shipped.rules, **user.rules},
    )


# --------------------------------------------------------------------------- cross-references
def _index_citations(layer: _Layer) -> dict[str, Citation]:
    citations: dict[str, Citation] = {}
    for framework in layer.frameworks.values():
        for citation in framework.citations:
            _add(citations, citation.id, citation, citation.origin)
    for jurisdiction in layer.jurisdictions.values():
        for citation in jurisdiction.citations:
            _add(citations, citation.id, citation, citation.origin)
    return citations


def _index_elements(layer: _Layer, citations: Mapping[str, Citation]) -> dict[str, Element]:
    elements: dict[str, Element] = {}
    for framework in layer.frameworks.values():
        for element in framework.elements:
            _add(elements, element.id, element, element.origin)
            _check_ids(element.citations, citations, element.origin, "citations", "citation")
        if framework.decision_rule:
            _check_ids(
                framework.decision_rule.citations, citations, framework.origin, "decision_rule.citations", "citation"
            )
    return elements


def _check_ids(ids: Sequence[str], known: Mapping[str, object], origin: Origin, key: str, what: str) -> None:
    for index, item in enumerate(ids):
        if item not in known:
            raise LegalDataError(
                "{value} is not a known element id" if what == "element" else "{value} is not a known citation id",
                **origin.where(f"{key}[{index}]"),
                value=repr(item),
            )


def _check_references(layer: _Layer, citations: Mapping[str, Citation], elements: Mapping[str, Element]) -> None:
    for jurisdiction in layer.jurisdictions.values():
        origin = jurisdiction.origin
        _check_ids(jurisdiction.fallback_non_punishment, citations, origin, "fallback_non_punishment", "citation")
        _check_ids(jurisdiction.fallback_compensation, citations, origin, "fallback_compensation", "citation")
    for rule in layer.rules.values():
        _check_ids(rule.suggests, elements, rule.origin, "suggests", "element")


def _sorted_frameworks(frameworks: Mapping[str, Framework]) -> dict[str, Framework]:
    return {f.id: f for f in sorted(frameworks.values(), key=lambda f: (f.order, f.id))}


def default_user_dir(app_data_dir: Path | None = None) -> Path | None:
    """The lawyer's own legal_templates folder: $SAKSI_LEGAL_DIR, else <app data dir>/legal_templates.

    The app passes platformdirs' user data dir; this module stays free of dependencies.
    """
    override = os.environ.get(USER_DIR_ENV)
    if override:
        return Path(override)
    return app_data_dir / "legal_templates" if app_data_dir is not None else None


def party_status(library: Library, code: str) -> dict[str, dict[str, str]]:
    """The State's party status to Palermo, ACTIP, C29 and P29 for the drafting engine (party_status.py).

    The table is party-status.toml beside this module, with the lawyer's own folder ($SAKSI_LEGAL_DIR) on top.
    """
    from legal_templates.party_status import engine_rows  # that module imports this one

    return engine_rows(code, default_user_dir())


def load_library(user_dir: Path | None = None) -> Library:
    """Load and validate the shipped files, then the user's folder on top; raises LegalDataError."""
    fields = _case_fields()
    shipped = _load_layer(SHIPPED_DIR, False, fields)
    user = _load_layer(user_dir, True, fields) if user_dir is not None and user_dir.is_dir() else _Layer()
    layer = _merge(shipped, user)
    citations = _index_citations(layer)
    elements = _index_elements(layer, citations)
    _check_references(layer, citations, elements)
    return Library(
        frameworks=_sorted_frameworks(layer.frameworks),
        jurisdictions=dict(sorted(layer.jurisdictions.items())),
        rules=tuple(layer.rules.values()),
        citations=citations,
        elements=elements,
    )
