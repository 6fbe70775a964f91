"""Per-device settings (not case data): recent vaults, auto-lock delay, interface language.

Each setting is declared once with its type and default. Stored as JSON in the
platform's config folder (``SAKSI_CONFIG_DIR`` overrides it, for tests and
portable installs). Only vault folder paths are kept here, never case data.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

import platformdirs

from storage.keyslots import write_atomic

MAX_RECENT = 8


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
        path = config_dir() / "settings.json"
        try:
            raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        known = {f.name for f in fields(cls)}
        settings = cls(**{k: v for k, v in raw.items() if k in known})
        settings.auto_lock_minutes = max(0, min(int(settings.auto_lock_minutes), 240))
        return settings

    def save(self) -> None:
        folder = config_dir()
        folder.mkdir(parents=True, exist_ok=True)
        write_atomic(folder / "settings.json", json.dumps(asdict(self), indent=2).encode("utf-8"))

    def remember_vault(self, path: Path) -> None:
        text = str(path.resolve())
        self.recent_vaults = [text, *[p for p in self.recent_vaults if p != text][: MAX_RECENT - 1]]

    def existing_recent_vaults(self) -> list[Path]:
        return [Path(p) for p in self.recent_vaults if (Path(p) / "keys.json").exists()]


def effective_auto_lock(chosen: int, limit: int) -> int:
    """The idle minutes before the vault locks: the user's own choice, never longer than the admin's ``limit``
    (0 means "never" for ``chosen`` and "no limit" for ``limit``). Users may shorten it, never lengthen it."""
    if limit <= 0:
        return chosen
    if chosen <= 0:
        return limit
    return min(chosen, limit)
