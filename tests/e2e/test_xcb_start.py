"""``make run`` on a real X display: the Makefile's package list covers every library Qt's xcb plugin links to,
and the app starts on an X server (Xvfb) with ``QT_QPA_PLATFORM=xcb`` to its first window, then quits."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import PySide6
import pytest

from tests.e2e.helpers import ROOT, cli_env

QT = Path(PySide6.__file__).parent / "Qt"
XCB_FILES = [
    QT / "plugins" / "platforms" / "libqxcb.so",
    QT / "lib" / "libQt6XcbQpa.so.6",
    *sorted((QT / "plugins" / "xcbglintegrations").glob("*.so")),
]
# Part of every Debian/Ubuntu system (essential or pulled in by python3 itself): never missing.
BASE = {"libc6", "libgcc-s1", "libstdc++6"}

# Started in place of ``python -m app``: the same run_gui, plus a timer that quits once the first window is shown.
FIRST_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
def check():
    shown = [w for w in app.topLevelWidgets() if w.isVisible() and w.windowHandle() is not None and w.windowHandle().isExposed()]
    if shown:
        print("platform", app.platformName(), "window", shown[0].windowTitle(), flush=True)
        app.quit()
timer = QTimer(); timer.timeout.connect(check); timer.start(100)
from ui.main import run_gui
sys.exit(run_gui())
"""


def makefile_debs() -> set[str]:
    """The packages ``make deps`` installs (the DEBS and QT_XCB variables, continuation lines joined)."""
    text = (ROOT / "Makefile").read_text(encoding="utf-8").replace("\\\n", " ")
    values = dict(re.findall(r"^([A-Z_]+)\s*:=\s*(.*)$", text, flags=re.MULTILINE))
    debs = values["DEBS"].replace("$(QT_XCB)", values["QT_XCB"])
    return set(debs.split())


def needed_libraries() -> set[str]:
    names: set[str] = set()
    for path in XCB_FILES:
        out = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True, check=True).stdout
        names.update(re.findall(r"^\s*NEEDED\s+(\S+)$", out, flags=re.MULTILINE))
    return {n for n in names if not n.startswith("libQt6") and not n.startswith("libpyside")}


def owning_package(library: str) -> str | None:
    out = subprocess.run(["dpkg", "-S", f"*/{library}"], capture_output=True, text=True).stdout
    return out.split(":", 1)[0].strip() if out else None


@pytest.mark.skipif(not (shutil.which("objdump") and shutil.which("dpkg")), reason="needs binutils and dpkg")
def test_makefile_installs_every_library_of_the_xcb_plugin() -> None:
    debs = makefile_debs()
    assert {"libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxkbcommon-x11-0", "xvfb"} <= debs
    missing: dict[str, str | None] = {}
    for library in sorted(needed_libraries()):
        package = owning_package(library)
        if package is None or package not in debs | BASE:
            missing[library] = package
    assert not missing, f"libraries of Qt's xcb plugin not covered by the Makefile's DEBS: {missing}"


@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed (make deps installs xvfb)")
def test_app_starts_on_an_x_display_to_its_first_window(tmp_path: Path) -> None:
    display = f":{90 + os.getpid() % 500}"
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1200x760x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        socket = Path(f"/tmp/.X11-unix/X{display[1:]}")
        while not socket.exists() and time.monotonic() < deadline:
            time.sleep(0.05)  # a process we do not own: no signal to wait on
        assert socket.exists(), "Xvfb did not start"
        env = cli_env(QT_QPA_PLATFORM="xcb", DISPLAY=display)
        env.pop("WAYLAND_DISPLAY", None)
        done = subprocess.run(
            [sys.executable, "-c", FIRST_WINDOW],
            env=env,
            cwd=ROOT,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=90,
        )
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert done.returncode == 0, done.stderr
    assert "platform xcb window Saksi" in done.stdout, done.stdout + done.stderr
    assert "Traceback" not in done.stderr
