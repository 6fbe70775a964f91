"""Defaults the command line shows in its help, kept out of the heavy modules that use them,
so building the parser imports neither pydantic nor the case model."""

from __future__ import annotations

DEFAULT_EVIDENCE_CASES = 50  # how many of ``saksi demo``'s new cases also get synthetic exhibits
DEFAULT_K = 5  # the findings' smallest published count (counts from 1 to K-1 are hidden)
MIN_K = 3  # no report may publish a count below this
# The kinds of action the audit log is filtered by (app/common/audit_log.py names them for people).
AUDIT_KINDS = ("vault", "users", "cases", "evidence", "drafts", "exports")
