"""Legal frameworks, jurisdiction profiles and suggestion rules: load the TOML files and validate them.

The shipped files sit beside this module. A lawyer's own folder (``load_library(user_dir)``) holds
files in the same layout; a framework id, jurisdiction code or rule id found there replaces the
shipped one and a new id is added, so the law can be kept current without a new release.

Everything is checked on load and the first problem is reported with its file and dotted key
(``frameworks/palermo.toml: citations[2].status: ...``) as a LegalDataError, an InputRejected the CLI
and the app show as they show any refusal: a silently wrong citation in a filing is worse than a
refusal to start.

This module is the front door; the work is split by job: ``models`` (the frozen data and LegalDataError),
``toml_models`` (one strict pydantic model per kind of file, and pydantic's errors in Saksi's words),
``parsers`` (a validated file to the frozen data), ``layers`` (files, the user's folder on top,
cross-references, ``load_library``) and ``rules`` (``match_rules``).
Importers keep using ``legal_templates.loader``.
"""

from __future__ import annotations

from legal_templates.layers import default_user_dir, load_library, party_status
from legal_templates.models import (
    FIELD_KINDS,
    GLOSS_LABEL,
    OPERATORS,
    SHIPPED_DIR,
    STATUSES,
    STRENGTHS,
    SUMMARY_LABEL,
    USER_DIR_ENV,
    Citation,
    Combination,
    Condition,
    DecisionRule,
    Element,
    Framework,
    Group,
    Jurisdiction,
    LegalDataError,
    Library,
    Origin,
    Rule,
    Scalar,
    Status,
    Statute,
    Suggestion,
)
from legal_templates.rules import match_rules
from storage.phrases import UNVERIFIED_MARKER

__all__ = [
    "FIELD_KINDS",
    "GLOSS_LABEL",
    "OPERATORS",
    "SHIPPED_DIR",
    "STATUSES",
    "STRENGTHS",
    "SUMMARY_LABEL",
    "UNVERIFIED_MARKER",
    "USER_DIR_ENV",
    "Citation",
    "Combination",
    "Condition",
    "DecisionRule",
    "Element",
    "Framework",
    "Group",
    "Jurisdiction",
    "LegalDataError",
    "Library",
    "Origin",
    "Rule",
    "Scalar",
    "Status",
    "Statute",
    "Suggestion",
    "default_user_dir",
    "load_library",
    "match_rules",
    "party_status",
]
