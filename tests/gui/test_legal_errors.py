"""A wrong file in the lawyer's own legal folder (SAKSI_LEGAL_DIR) is shown by name and key on the tabs that need it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

import app.drafting.case_drafts
from app.cases.case_files import CaseFiles
from app.cases.model import Case
from legal_templates.loader import SHIPPED_DIR
from storage.vault import Vault
from ui.analysis.tab import AnalysisTab
from ui.drafting.tab import DraftsTab


@pytest.fixture
def broken(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """frameworks/palermo.toml copied with its second citation's status misspelt."""
    path = tmp_path / "legal" / "frameworks" / "palermo.toml"
    path.parent.mkdir(parents=True)
    text = (SHIPPED_DIR / "frameworks" / "palermo.toml").read_text(encoding="utf-8")
    text = text.replace('status = "confirmed-verbatim"', 'status = "verifed"', 2)
    path.write_text(text.replace('status = "verifed"', 'status = "confirmed-verbatim"', 1), encoding="utf-8")
    monkeypatch.setenv("SAKSI_LEGAL_DIR", str(path.parents[1]))
    app.drafting.case_drafts.library.cache_clear()
    yield path
    app.drafting.case_drafts.library.cache_clear()


def texts(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


@pytest.mark.parametrize("tab_class", [AnalysisTab, DraftsTab])
def test_the_tab_says_which_file_and_key_are_wrong(
    qtbot: QtBot, vault: Vault, broken: Path, tab_class: type[AnalysisTab] | type[DraftsTab]
) -> None:
    reference = CaseFiles(vault).create(Case()).reference
    tab = tab_class(vault, reference)
    qtbot.addWidget(tab)
    tab.resize(900, 300)
    tab.show()
    expected = (
        f"{broken}: citations[1].status: 'verifed' is not one of "
        "confirmed-verbatim (C-V), confirmed-substance (C-S), unverified"
    )
    assert expected in texts(tab), texts(tab)
    shot = os.environ.get("SAKSI_SHOTS")  # a folder: keep a picture of the tab to look at
    if shot:
        tab.grab().save(str(Path(shot) / f"legal-error-{tab_class.__name__}.png"))
