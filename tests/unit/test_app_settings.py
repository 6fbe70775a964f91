"""Per-device settings and the passphrase hint."""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

import pytest

from app.common.passphrase import Strength, strength
from app.common.settings import SETTINGS_FORMAT, Settings

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "settings"


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


@pytest.mark.parametrize("fixture", sorted(FIXTURES.glob("settings-v*.json")), ids=lambda p: p.stem)
def test_every_released_settings_format_loads(config_dir: Path, fixture: Path) -> None:
    shutil.copy(fixture, config_dir / "settings.json")
    settings = Settings.load()
    assert settings == Settings(recent_vaults=["/home/lawyer/Office.saksi"], auto_lock_minutes=15, language="km")
    settings.save()  # written back in the current format, same settings
    saved = json.loads((config_dir / "settings.json").read_text(encoding="utf-8"))
    assert saved["format"] == SETTINGS_FORMAT and Settings.load() == settings


def test_fixtures_cover_every_format() -> None:
    assert {p.stem for p in FIXTURES.glob("settings-v*.json")} == {f"settings-v{n}" for n in range(SETTINGS_FORMAT + 1)}


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ('{"auto_lock_minutes": "ten"}', Settings()),  # a crash at start before
        ('{"auto_lock_minutes": true}', Settings()),
        ('{"auto_lock_minutes": 12.5, "language": "km"}', Settings(language="km")),
        ('{"language": 7, "auto_lock_minutes": 3}', Settings(auto_lock_minutes=3)),
        ('{"language": "../../etc"}', Settings()),
        ('{"recent_vaults": "/secret/Client.saksi"}', Settings()),
        ('{"recent_vaults": ["/a.saksi", 5]}', Settings()),
        ("[1, 2]", Settings()),
        ('{"format": 99, "language": "km", "new_thing": {}}', Settings(language="km")),
        ('{"format": "x", "auto_lock_minutes": 1}', Settings(auto_lock_minutes=1)),
    ],
)
def test_a_wrong_setting_falls_back_to_its_default_with_a_warning(
    config_dir: Path, caplog: pytest.LogCaptureFixture, raw: str, expected: Settings
) -> None:
    (config_dir / "settings.json").write_text(raw, encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="app.common.settings"):
        assert Settings.load() == expected
    assert caplog.records, "a reset setting is logged"
    logged = " ".join(r.getMessage() for r in caplog.records)
    assert "secret" not in logged and "Client" not in logged and "/a.saksi" not in logged  # no values in the log


def test_many_recent_vaults_are_cut_to_the_limit(config_dir: Path) -> None:
    paths = [f"/v{n}.saksi" for n in range(20)]
    (config_dir / "settings.json").write_text(json.dumps({"recent_vaults": paths}), encoding="utf-8")
    assert Settings.load().recent_vaults == paths[:8]


def test_passphrase_strength_hint() -> None:
    assert strength("short") is Strength.TOO_SHORT
    assert strength("aaaaaaaaaaaa") is Strength.WEAK
    assert strength("password1234") is Strength.WEAK
    assert strength("river lantern mango") >= Strength.FAIR
    assert strength("Seven quiet rivers meet 2 old lanterns!") is Strength.STRONG
    assert strength("ទឹកទន្លេមេគង្គហូរ") >= Strength.GOOD  # Khmer passphrases count


def test_every_setting_has_a_rule_and_survives_a_save(config_dir: Path) -> None:
    """A setting without a rule would be dropped on load: the default would come back after every restart."""
    from dataclasses import fields

    from app.common.settings import _RULES

    assert set(_RULES) == {f.name for f in fields(Settings)}
    settings = Settings.load()
    settings.read_text_on_import = not settings.read_text_on_import
    settings.save()
    assert Settings.load().read_text_on_import == settings.read_text_on_import
