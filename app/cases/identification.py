"""Checks on an identification decision before it is recorded, shared by the CLI and the desktop app.

The model (app.cases.model.Identification) accepts any well-formed date so that a case file written on
another machine (or with a clock set wrong) still loads; recording a new decision is where a date in the
future is refused: a decision is recorded once it has been made.
"""

from __future__ import annotations

from datetime import date

from app.cases.model import Identification
from storage.errors import InputRejected


def check_decision(found: Identification, today: date | None = None) -> Identification:
    """The decision as given, or InputRejected (exit 6) when its date is later than today."""
    today_text = (today or date.today()).isoformat()
    if found.decided_on and found.decided_on > today_text:
        raise InputRejected(
            "The identification decision is dated {date}, which is in the future (today is {today}). "
            "Record a decision once it has been made, with the date on which it was made.",
            date=found.decided_on,
            today=today_text,
        )
    return found
