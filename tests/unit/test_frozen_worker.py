"""A frozen build starts the image decoder through its console executable, with no console window."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.evidence import imaging


def test_the_decoder_runs_from_the_console_executable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    suffix = ".exe" if sys.platform == "win32" else ""
    gui, cli = tmp_path / f"saksi-desktop{suffix}", tmp_path / f"saksi{suffix}"
    gui.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(gui))
    assert imaging.worker_command() == [str(gui), "--image-worker"]  # no console executable: itself
    cli.write_bytes(b"")
    assert imaging.worker_command() == [str(cli), "--image-worker"]  # the windowed one never decodes


def test_from_source_the_decoder_is_the_module() -> None:
    assert imaging.worker_command() == [sys.executable, "-m", "app.evidence.imaging"]
    assert getattr(subprocess, "CREATE_NO_WINDOW", 0) == imaging.NO_WINDOW
