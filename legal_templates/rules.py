"""The rule engine: which suggestion rules a case document matches, and on which value."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

from legal_templates.models import Condition, Library, Rule, Suggestion, join_key


# --------------------------------------------------------------------------- matching rules to a case
def _leaves(node: object, parts: Sequence[str], where: str) -> Iterator[tuple[str, object]]:
    """Every (concrete path, value) at a dotted path; lists of items are walked item by item."""
    if not parts:
        yield where, node
        return
    if isinstance(node, list):
        for index, item in enumerate(node):
            yield from _leaves(item, parts, f"{where}.{index}")
        return
    if isinstance(node, Mapping) and parts[0] in node:
        yield from _leaves(node[parts[0]], parts[1:], join_key(where, parts[0]))


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _matched_value(condition: Condition, value: object) -> tuple[bool, object]:
    """Whether one leaf value satisfies the condition, and the value to report."""
    op, wanted = condition.op, condition.value
    if op == "nonempty":
        return value not in (None, "", [], {}), value
    if op == "contains":
        return isinstance(value, list) and wanted in value, wanted
    if op == "any_of":
        candidates = value if isinstance(value, list) else [value]
        found = [c for c in candidates if isinstance(wanted, tuple) and c in wanted]
        return bool(found), found[0] if found else None
    if op == "equals":
        # True == 1 in Python; a yes/no answer must not match a number.
        return value == wanted and isinstance(value, bool) == isinstance(wanted, bool), value
    if _is_number(value) and _is_number(wanted):
        assert isinstance(value, int | float) and isinstance(wanted, int | float)
        return (value >= wanted if op == "gte" else value < wanted), value
    return False, None


def _first_match(document: Mapping[str, object], condition: Condition) -> tuple[str, object] | None:
    for where, value in _leaves(document, condition.path.split("."), ""):
        matched, shown = _matched_value(condition, value)
        if matched:
            return where, shown
    return None


def _rule_match(document: Mapping[str, object], rule: Rule) -> tuple[str, object] | None:
    matches = [_first_match(document, condition) for condition in rule.conditions]
    found = [m for m in matches if m is not None]
    if not found or (rule.match == "all" and len(found) < len(matches)):
        return None
    return found[0]


def match_rules(library: Library, document: Mapping[str, object]) -> list[Suggestion]:
    """The suggestions the enabled rules make for a case document (Case.to_document()), in rule order."""
    suggestions: list[Suggestion] = []
    for rule in library.rules:
        match = _rule_match(document, rule) if rule.enabled else None
        if match is not None:
            path, value = match
            suggestions.extend(Suggestion(e, rule.id, rule.explanation, path, value) for e in rule.suggests)
    return suggestions
