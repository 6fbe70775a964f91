"""storage.upgrades.apply_upgrades: the one loop every JSON format's upgraders run through."""

from __future__ import annotations

from typing import Any

from storage.upgrades import apply_upgrades


def _next(raw: dict[str, Any]) -> dict[str, Any]:
    return {**raw, "format": raw["format"] + 1, "steps": raw.get("steps", 0) + 1}


def test_upgraders_run_in_order_until_the_current_format() -> None:
    assert apply_upgrades({"format": 1}, {1: _next, 2: _next}) == {"format": 3, "steps": 2}


def test_a_document_without_an_upgrader_is_returned_unchanged() -> None:
    raw = {"format": 7, "x": 1}
    assert apply_upgrades(raw, {1: _next}) is raw


def test_a_boolean_version_is_not_taken_for_format_one() -> None:
    assert apply_upgrades({"format": True}, {1: _next}) == {"format": True}


def test_upgraders_that_loop_stop_after_one_pass_of_the_table() -> None:
    def back(raw: dict[str, Any]) -> dict[str, Any]:
        return {**raw, "format": 1, "steps": raw.get("steps", 0) + 1}

    assert apply_upgrades({"format": 1}, {1: back})["steps"] == 2
