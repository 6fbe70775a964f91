"""Per-device settings (not case data): recent vaults, auto-lock delay, interface language.

Each setting is declared once with its type and default. Stored as JSON in the
platform's config folder (``SAKSI_CONFIG_DIR`` overrides it, for tests and
portable installs). Only vault folder paths are kept here, never case data.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Annotated, Any

import platformdirs
from pydantic import Field, StringConstraints, TypeAdapter, ValidationError

from storage.files import write_atomic
from storage.upgrades import apply_upgrades

log = logging.getLogger(__name__)

MAX_RECENT = 8
MAX_AUTO_LOCK_MINUTES = 240
# settings.json carries its format since format 1; the file of Saksi's first releases had none (format 0).
SETTINGS_FORMAT = 1


def config_dir() -> Path:
    override = os.environ.get("SAKSI_CONFIG_DIR")
    return Path(override) if override else Path(platformdirs.user_config_dir("Saksi", appauthor=False))


def data_dir() -> Path:
    """Where the lawyer's own files live (e.g. legal_templates/ with their frameworks and filings)."""
    override = os.environ.get("SAKSI_CONFIG_DIR")
    return Path(override) / "data" if override else Path(platformdirs.user_data_dir("Saksi", appauthor=False))


def log_dir() -> Path:
    override = os.environ.get("SAKSI_CONFIG_DIR")
    return Path(override) / "logs" if override else Path(platformdirs.user_log_dir("Saksi", appauthor=False))


@dataclass
class Settings:
    recent_vaults: list[str] = field(default_factory=list)
    auto_lock_minutes: int = 10  # 0 disables auto-lock
    language: str = ""  # empty: follow the system
    read_text_on_import: bool = True  # OCR of imported images in the background (ui/evidence/text_reader.py)

    @classmethod
    def load(cls) -> Settings:
        """The saved settings; a setting of the wrong type or value falls back to its default with a
        logged warning (its name only: a value may be a folder path), so a bad file never stops the start."""
        return cls.load_noting()[0]

    @classmethod
    def load_noting(cls) -> tuple[Settings, list[str]]:
        """``load``, with the names of the settings that were reset to their defaults (``ALL`` for the whole
        file), so the app can tell the user instead of only logging it."""
        path = config_dir() / "settings.json"
        try:
            raw: object = json.loads(path.read_text(encoding="utf-8")[:MAX_SETTINGS_CHARS])
        except FileNotFoundError:
            return cls(), []
        except (OSError, ValueError):
            log.warning("settings.json cannot be read; the default settings are used")
            return cls(), [ALL]
        if not isinstance(raw, dict):
            log.warning("settings.json does not hold settings; the default settings are used")
            return cls(), [ALL]
        good, reset = validated(upgraded(raw))
        return cls(**good), reset

    def save(self) -> None:
        folder = config_dir()
        folder.mkdir(parents=True, exist_ok=True)
        data = {"format": SETTINGS_FORMAT, **asdict(self)}
        write_atomic(folder / "settings.json", json.dumps(data, indent=2).encode("utf-8"))

    def remember_vault(self, path: Path) -> None:
        text = str(path.resolve())
        self.recent_vaults = [text, *[p for p in self.recent_vaults if p != text][: MAX_RECENT - 1]]

    def existing_recent_vaults(self) -> list[Path]:
        return [Path(p) for p in self.recent_vaults if (Path(p) / "keys.json").exists()]


ALL = "*"  # in load_noting's list: the whole file was unreadable and every setting is at its default
MAX_SETTINGS_CHARS = 1024 * 1024  # a few recent paths and two values: anything longer is not ours

# Each setting's type and allowed values, declared once (strict: "10" is not a number of minutes).
_RULES: dict[str, TypeAdapter[Any]] = {
    "recent_vaults": TypeAdapter(list[Annotated[str, StringConstraints(strict=True, min_length=1, max_length=4096)]]),
    "auto_lock_minutes": TypeAdapter(Annotated[int, Field(strict=True)]),
    "language": TypeAdapter(
        Annotated[str, StringConstraints(strict=True, pattern=r"^([a-z]{2,3}([_-][A-Za-z0-9]{2,8})?)?$")]
    ),
    "read_text_on_import": TypeAdapter(Annotated[bool, Field(strict=True)]),
}


def _upgrade_0(raw: dict[str, Any]) -> dict[str, Any]:
    """Format 0 (no "format" key) had the same three settings: only the format is new."""
    return {**raw, "format": 1}


UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {0: _upgrade_0}


def upgraded(raw: dict[str, Any]) -> dict[str, Any]:
    """``raw`` brought to SETTINGS_FORMAT, one upgrader per older format in order."""
    version = raw.get("format", 0)
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        log.warning("settings.json has an unknown format; its settings are checked one by one")
        return raw
    if version > SETTINGS_FORMAT:
        log.warning("settings.json was written by a newer Saksi; the settings it shares with this one are used")
    return apply_upgrades(raw, UPGRADES, lambda r: r.get("format", 0))


def validated(raw: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The settings of ``raw`` that pass their rule (clamped where a number is merely out of range), and the
    names of those reset to their defaults."""
    reset: list[str] = []
    known = {f.name for f in fields(Settings)}
    unknown = [k for k in raw if k not in known and k != "format"]
    if unknown:
        log.warning("settings.json: %d unknown setting(s) ignored", len(unknown))
    good: dict[str, Any] = {}
    for name, rule in _RULES.items():
        if name not in raw:
            continue
        try:
            good[name] = rule.validate_python(raw[name])
        except ValidationError:
            log.warning("settings.json: the setting %s is not valid; its default is used", name)
            reset.append(name)
    if "auto_lock_minutes" in good:
        minutes = good["auto_lock_minutes"]
        good["auto_lock_minutes"] = max(0, min(minutes, MAX_AUTO_LOCK_MINUTES))
        if good["auto_lock_minutes"] != minutes:
            log.warning("settings.json: auto_lock_minutes is out of range; the nearest allowed value is used")
    if "recent_vaults" in good:
        good["recent_vaults"] = good["recent_vaults"][:MAX_RECENT]
    return good, reset


def effective_auto_lock(chosen: int, limit: int) -> int:
    """The idle minutes before the vault locks: the user's own choice, never longer than the admin's ``limit``
    (0 means "never" for ``chosen`` and "no limit" for ``limit``). Users may shorten it, never lengthen it."""
    if limit <= 0:
        return chosen
    if chosen <= 0:
        return limit
    return min(chosen, limit)
