"""Phrases the user meets in more than one place, defined once (every layer imports them from here).

The markers a draft, an analysis or an export carries are part of what lawyers learn to look for, so
they must read the same everywhere. The message templates are marked with ``template`` so that
``python -m ui.i18n.extract`` gives them to the translators; raise them with their named parameters:
``InputRejected(NO_CASE, reference=ref)``.
"""

from __future__ import annotations

from storage.errors import template

# A citation whose text has not been confirmed against the official source (legal_templates status
# "unverified"): drafts, analysis, the CLI and the desktop show it until the lawyer confirms it.
UNVERIFIED_MARKER = "[unverified - check before filing]"
# Data a filing needs and the case lacks stays visible in the draft as "[MISSING: what]".
MISSING_PREFIX = "[MISSING: "
# Both marks in drafted text (PDF and DOCX print them in red; the editor highlights them).
FLAG_PATTERN = r"\[MISSING: [^\]]*\]|\[unverified - check before filing\]"


def missing(what: str) -> str:
    """The gap marker for ``what`` (a template's placeholder the case cannot fill yet)."""
    return f"{MISSING_PREFIX}{what}]"


NO_CASE = template("There is no case {reference} in this vault.")
NO_FOLDER = template("The folder {folder} does not exist.")
ALREADY_EXISTS = template("{target} already exists; choose another name.")
DISK_FULL = template("The disk is full or cannot be written. The last change was not saved and the vault is intact.")
KEY_CHANGING = template("The vault is busy changing its key. Try again when it is done.")
UNLOCK_NOT_RECORDED = template("This unlock was not recorded in the audit log.")
MAY_NOT_EXPORT_EVIDENCE = template("Your role does not allow exporting evidence. Ask a lawyer or an admin.")
MAY_NOT_EXPORT_DRAFTS = template("Your role does not allow exporting drafts. Ask a lawyer or an admin.")
MAY_NOT_EXPORT_CASES = template("Your role does not allow exporting cases. Ask a lawyer or an admin.")
