"""JSON from outside the program (case files, keys.json): parsed with bounded nesting.

``json.loads`` recurses once per level of nesting: a file of 100,000 ``[`` raises RecursionError
(not ValueError), and a few thousand levels that do parse can still exhaust the recursion of
whatever walks the result next (validation, diffs). So the nesting is measured first, without
recursion, and a file deeper than any document Saksi writes is refused before it is parsed.
"""

from __future__ import annotations

import json
import re
from itertools import accumulate
from typing import Any

MAX_DEPTH = 64  # case files nest about 6 deep, keys.json 4
_STRINGS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)  # JSON strings (unrolled: fast in re)
_NOT_BRACKETS = re.compile(r"[^\[\]{}]+")
_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


class TooDeep(ValueError):
    """The JSON nests deeper than allowed."""

    def __init__(self, depth: int) -> None:
        super().__init__(f"nested more than {depth} levels deep")
        self.depth = depth


def depth_of(text: str) -> int:
    """The deepest nesting of arrays and objects in ``text`` (strings skipped; no recursion)."""
    brackets = _NOT_BRACKETS.sub("", _STRINGS.sub("", text))
    return max(accumulate(map(_STEP.__getitem__, brackets)), default=0)


def loads(text: str, max_depth: int = MAX_DEPTH) -> Any:
    """``json.loads`` refusing documents nested deeper than ``max_depth`` (TooDeep, a ValueError)."""
    if depth_of(text) > max_depth:
        raise TooDeep(max_depth)
    try:
        return json.loads(text)
    except RecursionError:  # cannot happen below MAX_DEPTH; kept as a net
        raise TooDeep(max_depth) from None
