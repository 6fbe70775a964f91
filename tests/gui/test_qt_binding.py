"""Guard against a PySide6 build that leaks references to None (6.12.0 on CPython 3.11 aborts the app)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

pytestmark = pytest.mark.gui


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_void_qt_calls_do_not_drop_references_to_none(qtbot: QtBot) -> None:
    label = QLabel("x")
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setEnabled(True)
    assert before - sys.getrefcount(None) < 100
