"""The non-punishment tab shows the law as the drafts argue it: where the State stands under the treaty a
provision comes from (a treaty binds only its parties; an unconfirmed status carries the unverified marker),
the UNODC models under the names the paper gives them, and an administrative charge with its own route."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.cases.case_files import CaseFiles
from app.cases.model import Charge
from app.demo.demo_cases import fill
from legal_templates.loader import UNVERIFIED_MARKER
from storage.vault import Vault
from ui.analysis.tab import AnalysisTab

pytestmark = pytest.mark.gui


def nexus_tab(qtbot: QtBot, vault: Vault, jurisdiction: str) -> AnalysisTab:
    files = CaseFiles(vault)
    reference = fill(files, 2, evidence_cases=0, seed=5)[0]
    case, version = files.load(reference)
    case.jurisdiction = jurisdiction
    case.charges = [
        Charge(offence="Online fraud", authority="Provincial prosecutor"),
        Charge(offence="Overstay", kind="overstay", authority="Immigration department"),
    ]
    files.save(case, version)
    tab = AnalysisTab(vault, reference)
    qtbot.addWidget(tab)
    tab.resize(1200, 720)
    tab.show()
    tab.pages.setCurrentWidget(tab.nexus)
    return tab


def read_provision(tab: AnalysisTab, citation_id: str) -> str:
    basis = tab.nexus.basis
    row = next(i for i in range(basis.count()) if basis.item(i).data(Qt.ItemDataRole.UserRole) == citation_id)
    basis.setCurrentRow(row)
    return tab.nexus.basis_text.text()


def test_a_treaty_the_state_has_not_ratified_says_so(qtbot: QtBot, vault: Vault) -> None:
    tab = nexus_tab(qtbot, vault, "LA")
    shown = read_provision(tab, "ilo-p29.4.2")
    assert "Party status: Lao PDR has not ratified ILO P29" in shown
    assert "does not bind Lao PDR as a treaty obligation" in shown


def test_an_unconfirmed_party_status_carries_the_marker(qtbot: QtBot, vault: Vault) -> None:
    tab = nexus_tab(qtbot, vault, "TH")
    shown = read_provision(tab, "ilo-p29.4.2")
    assert "Party status: Status of Thailand as a party to ILO P29" in shown
    assert UNVERIFIED_MARKER in shown


def test_soft_law_has_no_party_status(qtbot: QtBot, vault: Vault) -> None:
    tab = nexus_tab(qtbot, vault, "LA")
    assert "Party status" not in read_provision(tab, "ohchr.principle7")


def test_models_are_named_as_the_unodc_paper_names_them(qtbot: QtBot, vault: Vault) -> None:
    tab = nexus_tab(qtbot, vault, "KH")
    model = tab.nexus.model
    labels = {model.itemData(i): model.itemText(i) for i in range(model.count())}
    assert labels["compulsion"].startswith("Duress (compulsion), UNODC paper para. 17")
    assert labels["causation"].startswith("Causation, UNODC paper paras 18-22")
    assert "UNODC" not in labels["presumption"] and "no source read" in labels["presumption"]


def test_an_administrative_charge_shows_its_kind_and_route(qtbot: QtBot, vault: Vault) -> None:
    tab = nexus_tab(qtbot, vault, "KH")
    charges = tab.context.case.charges if tab.context is not None else []
    tab.nexus.select_charge(charges[0].id)
    assert tab.nexus.details.text().startswith("Criminal offence")
    assert "penalty-waiver" not in tab.nexus.details.text()
    tab.nexus.select_charge(charges[1].id)
    details = tab.nexus.details.text()
    assert details.startswith("Overstay (administrative) · Immigration department")
    assert "penalty-waiver request to the immigration or labour authority, not to the prosecutor" in details
