"""Filings from editable templates (compose.py) and a case's saved draft versions (case_drafts.py)."""
