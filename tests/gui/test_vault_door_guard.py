"""The GUI thread reaches its vault connection only through the runner's door (``ui.vault_ops.now``): with the
test switch ``storage.db.DOOR_GUARD`` (on for every GUI test, off in production) a statement that code of ui/
makes on the GUI thread outside it raises ``OutsideDoor``; the same read through ``now`` passes."""

from __future__ import annotations

import sys
import textwrap
import types
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.cases.case_files import CaseFiles
from storage import db
from storage.vault import Vault

pytestmark = pytest.mark.gui

# A widget as a module of ui/ would write it: one read made bare, the same read through the door.
WIDGET = textwrap.dedent(
    """
    from PySide6.QtWidgets import QWidget
    from app.cases.case_files import CaseFiles
    from ui import vault_ops


    class CaseCount(QWidget):
        def __init__(self, vault):
            super().__init__()
            self.vault = vault

        def bare(self):
            return CaseFiles(self.vault).count()

        def through_the_door(self):
            return vault_ops.now(self.vault, lambda v: CaseFiles(v).count())

        def through_a_kept_object(self):
            return vault_ops.case_files(self.vault).count()
    """
)


@pytest.fixture
def widget_module() -> Iterator[types.ModuleType]:
    module = types.ModuleType("ui.door_probe")  # a module of ui/, as the guard sees it
    sys.modules[module.__name__] = module
    exec(compile(WIDGET, "ui/door_probe.py", "exec"), module.__dict__)
    yield module
    del sys.modules[module.__name__]


def test_the_switch_is_on_for_the_gui_tests() -> None:
    assert db.DOOR_GUARD


def test_a_bare_read_from_a_widget_raises_and_passes_through_the_door(
    qtbot: QtBot, vault: Vault, widget_module: types.ModuleType
) -> None:
    widget: QWidget = widget_module.CaseCount(vault)
    qtbot.addWidget(widget)
    with pytest.raises(db.OutsideDoor) as raised:
        widget.bare()  # type: ignore[attr-defined]
    assert "ui.door_probe" in str(raised.value)  # names the line of ui/ that asked
    assert widget.through_the_door() == 0  # type: ignore[attr-defined]
    assert widget.through_a_kept_object() == 0  # type: ignore[attr-defined]
    assert CaseFiles(vault).count() == 0  # a test's own setup and checks are not ui/ code: not asked


def test_without_the_switch_the_bare_read_passes(
    qtbot: QtBot, vault: Vault, widget_module: types.ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    """So it is the switch, not the read itself, that refuses: production (switch off) behaves as before."""
    monkeypatch.setattr(db, "DOOR_GUARD", False)
    widget: QWidget = widget_module.CaseCount(vault)
    qtbot.addWidget(widget)
    assert widget.bare() == 0  # type: ignore[attr-defined]
