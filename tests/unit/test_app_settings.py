"""Per-device settings and the passphrase hint."""

from __future__ import annotations

from pathlib import Path

from app.passphrase import Strength, strength
from app.settings import Settings


def test_settings_round_trip_and_recent_vaults(config_dir: Path, vault_copy: tuple[Path, str]) -> None:
    settings = Settings.load()
    assert settings.auto_lock_minutes == 10 and settings.recent_vaults == []
    settings.auto_lock_minutes = 5
    settings.remember_vault(vault_copy[0])
    settings.remember_vault(config_dir / "Gone.saksi")
    settings.remember_vault(vault_copy[0])
    settings.save()
    loaded = Settings.load()
    assert loaded.auto_lock_minutes == 5
    assert loaded.recent_vaults[0] == str(vault_copy[0].resolve()) and len(loaded.recent_vaults) == 2
    assert loaded.existing_recent_vaults() == [vault_copy[0].resolve()]


def test_damaged_settings_fall_back_to_defaults(config_dir: Path) -> None:
    (config_dir / "settings.json").write_text("{broken")
    assert Settings.load() == Settings()
    (config_dir / "settings.json").write_text('{"auto_lock_minutes": 100000, "unknown": 1}')
    assert Settings.load().auto_lock_minutes == 240


def test_passphrase_strength_hint() -> None:
    assert strength("short") is Strength.TOO_SHORT
    assert strength("aaaaaaaaaaaa") is Strength.WEAK
    assert strength("password1234") is Strength.WEAK
    assert strength("river lantern mango") >= Strength.FAIR
    assert strength("Seven quiet rivers meet 2 old lanterns!") is Strength.STRONG
    assert strength("ទឹកទន្លេមេគង្គហូរ") >= Strength.GOOD  # Khmer passphrases count
