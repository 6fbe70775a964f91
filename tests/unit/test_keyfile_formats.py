"""keys.json of every released vault reads, and an upgrader registered for an older format runs before the checks."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from storage import keyslots
from storage.errors import VaultDamaged
from storage.keyslots import KEYFILE_FORMAT, KeyFile

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.mark.parametrize("vault", sorted(FIXTURES.glob("vault-v*.saksi")), ids=lambda p: p.name)
def test_the_key_file_of_every_released_vault_reads(vault: Path) -> None:
    raw = json.loads((vault / "keys.json").read_text(encoding="utf-8"))
    assert raw["format"] in {KEYFILE_FORMAT, *keyslots.KEYFILE_UPGRADES}
    keyfile = KeyFile.load(vault / "keys.json")
    assert keyfile.slots and not keyfile.damaged


def test_an_upgrader_brings_an_older_format_up_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = sorted(FIXTURES.glob("vault-v*.saksi"))[-1] / "keys.json"
    raw = json.loads(source.read_text(encoding="utf-8"))
    # A made-up older layout (slots under another name), as a future format change would leave behind.
    older = {**{k: v for k, v in raw.items() if k != "slots"}, "format": 0, "key_slots": raw["slots"]}
    path = tmp_path / "keys.json"
    path.write_text(json.dumps(older), encoding="utf-8")
    with pytest.raises(VaultDamaged):  # no upgrader for it: an unknown format, never a guess
        KeyFile.load(path)

    def from_0(old: dict[str, Any]) -> dict[str, Any]:
        new = {k: v for k, v in old.items() if k != "key_slots"}
        return {**new, "slots": old["key_slots"], "format": 1}

    monkeypatch.setattr(keyslots, "KEYFILE_UPGRADES", {0: from_0})
    assert [s.slot_id for s in KeyFile.load(path).slots] == [s["slot_id"] for s in raw["slots"]]
