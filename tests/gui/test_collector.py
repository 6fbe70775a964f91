"""Garbage is collected on the GUI thread only: a job's worker thread that allocates past the collector's
threshold must not collect (it could free a Qt object of the GUI thread there: a crash of the suite)."""

from __future__ import annotations

import gc
import threading
from typing import Any

from pytestqt.qtbot import QtBot

from ui.collector import GuiThreadCollector, collect_due


class Cycle:
    def __init__(self) -> None:
        self.me = self


def test_a_worker_thread_never_collects_and_the_gui_thread_does(qtbot: QtBot, collector: GuiThreadCollector) -> None:
    assert not gc.isenabled()
    collecting: list[int] = []

    def seen(phase: str, _info: dict[str, Any]) -> None:
        if phase == "start":
            collecting.append(threading.get_ident())

    gc.callbacks.append(seen)
    try:
        worker = threading.Thread(target=lambda: [Cycle() for _ in range(50 * gc.get_threshold()[0])])
        worker.start()
        worker.join()
        assert collecting == []  # far past the threshold, and the worker did not collect
        qtbot.waitUntil(lambda: bool(collecting), timeout=5000)
        assert set(collecting) == {threading.get_ident()}
    finally:
        gc.callbacks.remove(seen)


def test_stopping_collects_and_gives_collection_back(qtbot: QtBot) -> None:
    outer = gc.isenabled()  # the suite's own collector (tests/gui/conftest.py) has switched it off
    inner = GuiThreadCollector()
    Cycle()
    inner.stop()
    assert gc.get_count()[0] < gc.get_threshold()[0] and gc.isenabled() == outer


def test_what_is_due_is_collected_and_nothing_sooner() -> None:
    gc.collect()
    Cycle()
    collect_due()  # one cycle is far below the threshold: nothing collected
    assert gc.get_count()[0] > 0
    [Cycle() for _ in range(2 * gc.get_threshold()[0])]
    collect_due()
    assert gc.get_count()[0] < gc.get_threshold()[0]
