"""A case field's path in words: ``facts[6f1c...].statement`` -> "Fact 2 ("Answered a job…") › statement".

Merges and conflicts name fields by their ``storage.cases.flatten`` path, whose list items are keyed by
random ids: right for the machine, unreadable for a lawyer. ``words`` walks the path through the case
document, names each step (``template`` marks the names for the translators; the desktop shows them in
its language, the CLI in English), and names a list item by its kind, its place in the list and a few
words of what it says, so two facts are told apart. An item no longer in the document (deleted on one
side) is looked up in the other documents given, else shown as removed.
"""

from __future__ import annotations

import re
from typing import Any

from storage.errors import localized, template

_STEP = re.compile(r"([^.\[\]]+)((?:\[[^\]]*\])?)")
SEPARATOR = " › "

# a list's items, by the list's key
ITEMS = {
    "names": template("Name"),
    "contacts": template("Contact"),
    "documents": template("Identity document"),
    "compounds": template("Compound"),
    "charges": template("Charge"),
    "facts": template("Fact"),
    "people": template("Person"),
    "remedies": template("Remedy"),
    "deadlines": template("Deadline"),
    "consents": template("Consent"),
    "identifiers": template("Identifier"),
    "quotes": template("Quoted message"),
    "tags": template("Legal element"),
    "sessions": template("Interview session"),
    "skipped": template("Skipped question"),
    "dismissed": template("Dismissed suggestion"),
}

# every other step; a key not here is shown with its underscores as spaces
FIELDS = {
    "client": template("Client"),
    "recruitment": template("Recruitment"),
    "transportation": template("Journey"),
    "exit": template("Leaving the compound"),
    "detention": template("Detention"),
    "interview": template("Interview"),
    "analysis": template("Analysis"),
    "identification": template("Identification"),
    "notes": template("notes"),
    "status": template("status"),
    "reference": template("reference"),
    "lawyer": template("lawyer"),
    "paralegal": template("paralegal"),
    "jurisdiction": template("jurisdiction"),
    "opened_on": template("opened on"),
    "text": template("text"),
    "kind": template("kind"),
    "sex": template("sex"),
    "gender": template("gender"),
    "date_of_birth": template("date of birth"),
    "age": template("age"),
    "age_at_recruitment": template("age when recruited"),
    "nationalities": template("nationalities"),
    "languages": template("languages"),
    "education": template("education"),
    "skills": template("skills"),
    "value": template("value"),
    "note": template("note"),
    "number": template("number"),
    "expiry": template("expiry"),
    "held_by": template("held by"),
    "when": template("when"),
    "date": template("date"),
    "approximate": template("approximate"),
    "country": template("country"),
    "place": template("place"),
    "channel": template("channel"),
    "platforms": template("apps and websites"),
    "method": template("method"),
    "job_advertised": template("job advertised"),
    "job_description": template("job description"),
    "promised_salary": template("salary promised"),
    "amount": template("amount"),
    "currency": template("currency"),
    "promised_benefits": template("other promises"),
    "recruiter_relationship": template("relationship to the recruiter"),
    "departed": template("departed"),
    "arrived": template("arrived"),
    "left": template("left"),
    "modes": template("means of travel"),
    "route": template("route"),
    "visa": template("visa"),
    "name": template("name"),
    "scam_work": template("scam work"),
    "controls": template("means of control"),
    "wage_promised": template("wage promised"),
    "wage_paid": template("wage paid"),
    "debt": template("debt"),
    "facility": template("facility"),
    "offence": template("offence"),
    "statute": template("statute"),
    "stage": template("stage"),
    "outcome": template("outcome"),
    "non_punishment": template("non-punishment"),
    "statement": template("statement"),
    "source": template("source"),
    "confidence": template("confidence"),
    "evidence_ids": template("exhibits cited"),
    "role": template("role"),
    "title": template("title"),
    "due_on": template("due on"),
    "done": template("done"),
    "what": template("what was agreed"),
    "use": template("use"),
    "recipient": template("recipient"),
    "partners": template("partner offices"),
    "parts": template("parts"),
    "withdrawn_on": template("withdrawn on"),
}

# what an item says, in the order tried, to tell it from its neighbours
_GIST = ("statement", "text", "offence", "title", "name", "value", "what", "kind")


def words(path: str, *documents: dict[str, Any] | None) -> str:
    """``path`` in words, read through the first document that holds each list item (see the module doc)."""
    steps = []
    nodes: list[Any] = [d for d in documents if isinstance(d, dict)]
    for match in _STEP.finditer(path):
        key, bracket = match.group(1), match.group(2)
        nodes = [n.get(key) if isinstance(n, dict) else None for n in nodes]
        if not bracket:
            steps.append(localized(FIELDS[key]) if key in FIELDS else key.replace("_", " "))
            continue
        item_id = bracket[1:-1]
        steps.append(_item(key, item_id, nodes))
        nodes = [_find(n, item_id)[1] for n in nodes]
    return SEPARATOR.join(steps) if steps else path


def _item(key: str, item_id: str, lists: list[Any]) -> str:
    kind = localized(ITEMS[key]) if key in ITEMS else key.replace("_", " ")
    for number, item in (_find(n, item_id) for n in lists):
        if item is not None:
            gist = next((str(item[g]) for g in _GIST if isinstance(item.get(g), str) and item[g].strip()), "")
            if gist:
                gist = gist if len(gist) <= 40 else gist[:39].rstrip() + "…"
                return localized('{item} {number} ("{gist}")', item=kind, number=number, gist=gist)
            return localized("{item} {number}", item=kind, number=number)
    return localized("{item} (removed)", item=kind)


def _find(items: Any, item_id: str) -> tuple[int, dict[str, Any] | None]:
    if isinstance(items, list):
        for number, item in enumerate(items, 1):
            if isinstance(item, dict) and str(item.get("id")) == item_id:
                return number, item
    return 0, None
