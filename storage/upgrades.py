"""Ordered format upgraders, applied one way for every JSON format (keys.json, settings.json, case documents)."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from typing import Any

Upgrader = Callable[[dict[str, Any]], dict[str, Any]]


def apply_upgrades(
    raw: dict[str, Any],
    table: Mapping[Any, Upgrader],
    version_of: Callable[[dict[str, Any]], Hashable | None] = lambda raw: raw.get("format"),
) -> dict[str, Any]:
    """``raw`` passed through ``table[version]`` while its version (``version_of``) has an upgrader; unchanged
    when none applies. Each upgrader sets the next version; the step bound stops a table whose upgraders loop."""
    for _ in range(len(table) + 1):
        version = version_of(raw)
        if version is None or isinstance(version, bool) or version not in table:
            break
        raw = table[version](raw)
    return raw
