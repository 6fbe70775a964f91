"""What the screenshot modules for the docs share (tools/screenshots.py and each area's screenshots.py).

Offscreen unless a platform is already chosen, at a lawyer's laptop size, on temporary vaults of
synthetic demo cases (app.demo.demo_cases) that are deleted afterwards; only the PNGs are left behind.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from storage.vault import Vault

SIZE = (1200, 760)  # a typical field laptop: every screen must fit it (issue 13)
CHECK_LAYOUT: str | None = None  # a marker (or "" for every text): report texts that do not fit (ui.i18n.layout)
PASSPHRASE = "screenshots only, thrown away"


def application() -> QApplication:
    """The running QApplication (or a new one, offscreen unless a platform is chosen) with Saksi's look."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    from ui import look  # after the QApplication: it styles it

    look.apply(app)
    return app


def settle(condition: Callable[[], bool] = lambda: True, timeout: float = 10.0) -> None:
    """Run the event loop (layout, paint, timers) for a moment, then until ``condition`` holds.

    An event loop with a polling timer, not a busy ``processEvents()`` loop: PySide6 6.12 on Python 3.11
    drops a reference to None on every call of a C++ method returning void, and a busy loop makes
    hundreds of thousands of them (the interpreter then aborts with "deallocating None").
    """
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    started = time.monotonic()

    def poll() -> None:
        waited = time.monotonic() - started
        if (waited > 0.2 and condition()) or waited > timeout:
            loop.quit()

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(poll)
    timer.start()
    loop.exec()
    timer.stop()


def wait_for_jobs(timeout: float = 60.0) -> None:
    """Settle until no background job runs (never hang the docs build: at most ``timeout`` seconds)."""
    from ui import jobs

    settle(lambda: not jobs.busy(), timeout)


def show(widget: QWidget, *, fixed: bool = False) -> None:
    """Show ``widget`` at SIZE; ``fixed`` for a top-level area, so the offscreen platform has no size hints to pass on."""
    if fixed:
        widget.setFixedSize(*SIZE)
    else:
        widget.resize(*SIZE)
    widget.show()


def save(widget: QWidget, path: Path) -> Path:
    """Let ``widget`` settle, then save what it shows as the PNG ``path``."""
    settle()
    widget.grab().save(str(path), "PNG")
    if CHECK_LAYOUT is not None:
        from ui.i18n import layout

        for problem in layout.problems(widget.window(), CHECK_LAYOUT):
            print(f"{path.name}: does not fit: {problem}", file=sys.stderr)
    return path


def use_memory_keyring() -> None:
    """An OS keyring that lives in memory: the developer's real keyring is never touched."""
    import keyring
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        priority = 1

        def __init__(self) -> None:
            super().__init__()  # type: ignore[no-untyped-call]  # keyring's KeyringBackend.__init__ is unannotated
            self.store: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.store.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.store[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.store.pop((service, username), None)

    keyring.set_keyring(MemoryKeyring())


@contextmanager
def demo_vault(cases: int, evidence_cases: int = 0) -> Iterator[tuple[Vault, list[str]]]:
    """The QApplication, and a temporary vault (admin amara) with ``cases`` demo cases, the first
    ``evidence_cases`` of them with exhibits, and a temporary config folder; both deleted afterwards."""
    application()
    from app.cases.case_files import CaseFiles
    from app.demo.demo_cases import fill
    from storage.vault import Vault

    with tempfile.TemporaryDirectory(prefix="saksi-shots-") as folder:
        previous = os.environ.get("SAKSI_CONFIG_DIR")
        os.environ["SAKSI_CONFIG_DIR"] = str(Path(folder) / "config")
        vault, _code = Vault.create(Path(folder) / "Demo.saksi", "amara", PASSPHRASE)
        try:
            yield vault, fill(CaseFiles(vault), cases, evidence_cases=evidence_cases)
        finally:
            vault.close()
            if previous is None:
                os.environ.pop("SAKSI_CONFIG_DIR", None)
            else:
                os.environ["SAKSI_CONFIG_DIR"] = previous


def case_page(vault: Vault, reference: str, make_tab: Callable[[Any], QWidget], title: str) -> tuple[Any, Any]:
    """The real case page with ``make_tab(page)`` added as a tab and shown."""
    from ui.cases.case_page import CasePage

    page = CasePage(vault, reference)
    tab = make_tab(page)
    page.tabs.setCurrentIndex(page.add_tab(tab, title))
    show(page)
    settle()
    return page, tab


def close(*widgets: QWidget) -> None:
    """Close and delete ``widgets``, and let the deletions happen."""
    for widget in widgets:
        widget.close()
        widget.deleteLater()
    settle(timeout=0.3)
