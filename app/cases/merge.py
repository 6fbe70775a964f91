"""Three-way merge of case documents, field by field, so no office's edit is lost.

A case document is flattened into leaf fields by path (``storage.cases.flatten``: list items
are keyed by their id, so ``facts[<id>].statement`` is one field wherever the fact sits in the
list). Against the base (the last version both offices saw), for each field:

- changed on one side only: that side's value;
- changed on both sides to the same value: that value;
- changed on both sides differently: a **conflict**. The document keeps our value, and the
  conflict keeps all three (base, ours, theirs) until a person chooses.

List items merge by id: an item added on either side is kept; an item deleted on one side is
deleted if the other side left it untouched, otherwise that is a conflict on the whole item (and
the item stays). Only fields under the parts the package carries take part: a part the sender
did not send is never read as "deleted". With no base (the two offices never exchanged this
case), every field that differs is a conflict unless one side simply does not have it.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from storage.cases import flatten

_TOKEN = re.compile(r"([^.\[\]]+)((?:\[[^\]]*\])?)")


@dataclass(frozen=True)
class Conflict:
    path: str
    base: Any
    ours: Any
    theirs: Any


@dataclass
class Merged:
    document: dict[str, Any]
    taken: list[str] = field(default_factory=list)  # fields that took the other side's value
    conflicts: list[Conflict] = field(default_factory=list)


def _leaves(document: dict[str, Any] | None, scope: set[str] | None) -> dict[str, Any]:
    """Leaf fields within scope; empty lists and objects count as absent (a new item fills them)."""
    out = {}
    for path, value in flatten(document or {}).items():
        if value in ([], {}):
            continue
        if scope is None or _top(path) in scope:
            out[path] = value
    return out


def _top(path: str) -> str:
    return re.split(r"[.\[]", path, maxsplit=1)[0]


def _items(leaves: Iterable[str]) -> dict[str, set[str]]:
    """Every list item (its path prefix, e.g. ``facts[<id>]`` or ``people[a].identifiers[b]``) and its leaves."""
    items: dict[str, set[str]] = {}
    for path in leaves:
        for match in re.finditer(r"\[[^\]]*\]", path):
            items.setdefault(path[: match.end()], set()).add(path)
    return items


def three_way(
    base: dict[str, Any] | None,
    ours: dict[str, Any],
    theirs: dict[str, Any],
    scope: set[str] | None = None,
    seen: Iterable[dict[str, Any]] = (),
) -> Merged:
    """Merge ``theirs`` into ``ours`` (see the module doc); ``scope`` = the top-level keys to merge (None: all).

    ``seen`` are other versions both offices saw (besides ``base``, the newest). When both sides changed a
    field from the base, a side whose value is one of those earlier shared values has nothing new for that
    field: the other side's value stands. That settles criss-cross exchanges (both offices sent before
    receiving), where no single earlier version is the base of both.
    """
    b, o, t = _leaves(base, scope), _leaves(ours, scope), _leaves(theirs, scope)
    shared = [_leaves(doc, scope) for doc in seen]
    result = Merged(copy.deepcopy(ours))
    handled: set[str] = set()
    items_b, items_o, items_t = _items(b), _items(o), _items(t)
    for prefix in sorted(set(items_b), key=len):
        if any(prefix.startswith(h) for h in handled):
            continue
        in_o, in_t = prefix in items_o, prefix in items_t
        if in_o and in_t:
            continue
        if not in_o and not in_t:  # deleted on both sides
            handled.add(prefix)
            continue
        side_items, side = (items_o, o) if in_o else (items_t, t)
        untouched = all(side.get(p) == b.get(p) for p in items_b[prefix] | side_items[prefix])
        handled.add(prefix)
        if in_o and untouched:  # they deleted it, we did not touch it: delete
            _remove_item(result.document, prefix)
            result.taken.append(prefix)
        elif not untouched:  # deleted on one side, edited on the other: keep it and say so
            ours_item = _item_value(ours, prefix) if in_o else None
            theirs_item = _item_value(theirs, prefix) if in_t else None
            result.conflicts.append(Conflict(prefix, _item_value(base or {}, prefix), ours_item, theirs_item))
        # (we deleted it and they did not touch it: it stays deleted)
    for path in sorted(set(b) | set(o) | set(t)):
        if any(path.startswith(h) for h in handled):
            continue
        bv, ov, tv = b.get(path), o.get(path), t.get(path)
        if ov == tv or tv == bv:
            continue
        earlier = [doc.get(path) for doc in shared]
        if ov == bv or (ov in earlier and tv not in earlier):
            _set(result.document, path, tv)
            result.taken.append(path)
        elif tv in earlier and ov not in earlier:
            continue  # theirs is a value we both had before: ours is newer
        else:
            result.conflicts.append(Conflict(path, bv, ov, tv))
    _prune(result.document)
    result.taken = _summarise(result.taken, items_o)
    return result


def _summarise(paths: list[str], ours_items: dict[str, set[str]]) -> list[str]:
    """A list item new to us is named once (``facts[<id>]``), not field by field."""
    out: list[str] = []
    for path in paths:
        new_item = next(
            (path[: m.end()] for m in re.finditer(r"\[[^\]]*\]", path) if path[: m.end()] not in ours_items), None
        )
        shown = new_item or path
        if shown not in out:
            out.append(shown)
    return out


# ----------------------------------------------------------------------------- paths into a document
def _parse(path: str) -> list[tuple[str, str | None]]:
    """``people[a].identifiers[b].value`` -> [("people", "a"), ("identifiers", "b"), ("value", None)]."""
    steps = []
    for part in _split(path):
        match = _TOKEN.fullmatch(part)
        if match is None:
            raise ValueError(path)
        key, bracket = match.groups()
        steps.append((key, bracket[1:-1] if bracket else None))
    return steps


def _split(path: str) -> list[str]:
    parts, depth, current = [], 0, ""
    for char in path:
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
        if char == "." and depth == 0:
            parts.append(current)
            current = ""
        else:
            current += char
    parts.append(current)
    return parts


def _find(items: list[Any], item_id: str) -> dict[str, Any] | None:
    return next((i for i in items if isinstance(i, dict) and i.get("id") == item_id), None)


def _set(document: dict[str, Any], path: str, value: Any) -> None:
    """Set (or, for None, remove) one leaf, creating the list items and objects on the way."""
    node: Any = document
    steps = _parse(path)
    for number, (key, item_id) in enumerate(steps):
        last = number == len(steps) - 1
        if item_id is None:
            if last:
                if value is None:
                    node.pop(key, None)
                else:
                    node[key] = copy.deepcopy(value)
                return
            if not isinstance(node.get(key), dict):
                node[key] = {}
            node = node[key]
            continue
        if not isinstance(node.get(key), list):
            node[key] = []
        found = _find(node[key], item_id)
        if found is None:
            if value is None:
                return
            found = {"id": item_id}
            node[key].append(found)
        node = found


def _item_value(document: dict[str, Any], prefix: str) -> Any:
    node: Any = document
    for key, item_id in _parse(prefix):
        node = node.get(key) if isinstance(node, dict) else None
        if item_id is not None:
            node = _find(node, item_id) if isinstance(node, list) else None
        if node is None:
            return None
    return copy.deepcopy(node)


def _remove_item(document: dict[str, Any], prefix: str) -> None:
    steps = _parse(prefix)
    node: Any = document
    for key, item_id in steps[:-1]:
        node = node.get(key) if isinstance(node, dict) else None
        if item_id is not None and isinstance(node, list):
            node = _find(node, item_id)
        if node is None:
            return
    key, item_id = steps[-1]
    if isinstance(node, dict) and isinstance(node.get(key), list):
        node[key] = [i for i in node[key] if not (isinstance(i, dict) and i.get("id") == item_id)]


def _prune(node: Any) -> None:
    """Items left with nothing but an id (every field removed) go."""
    if isinstance(node, dict):
        for value in node.values():
            _prune(value)
    elif isinstance(node, list):
        node[:] = [i for i in node if not (isinstance(i, dict) and set(i) == {"id"})]
        for value in node:
            _prune(value)


def apply_choice(document: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    """The document with one conflict settled: ``value`` at ``path`` (a leaf or a whole list item; None removes)."""
    result = copy.deepcopy(document)
    if path.endswith("]"):  # a whole list item
        _remove_item(result, path)
        if isinstance(value, dict):
            for leaf, leaf_value in flatten(value).items():
                _set(result, f"{path}.{leaf}", leaf_value)
        return result
    _set(result, path, value)
    return result
