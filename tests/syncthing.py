"""Two real Syncthing instances on the loopback address, each with its own config dir, sharing one folder.

Nothing leaves the machine: global and local discovery, relays, NAT traversal, usage reports, crash
reports and upgrades are off; each instance listens on 127.0.0.1 only and knows the other's address.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

FOLDER_ID = "saksi-exchange"
OFF = {
    "globalAnnounceEnabled": "false",
    "localAnnounceEnabled": "false",
    "relaysEnabled": "false",
    "natEnabled": "false",
    "urAccepted": "-1",
    "autoUpgradeIntervalH": "0",
    "crashReportingEnabled": "false",
    "startBrowser": "false",
    "reconnectionIntervalS": "1",
}


def available() -> bool:
    return shutil.which("syncthing") is not None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _generate(home: Path) -> str:
    subprocess.run(
        ["syncthing", "generate", f"--home={home}", "--no-default-folder", "--skip-port-probing"],
        check=True,
        capture_output=True,
        timeout=60,
    )
    done = subprocess.run(
        ["syncthing", "serve", f"--home={home}", "--device-id"], check=True, capture_output=True, text=True, timeout=60
    )
    return done.stdout.strip()


def _configure(home: Path, me: str, peer: str, listen: int, peer_port: int, gui: int, folder: Path) -> None:
    path = home / "config.xml"
    tree = ET.parse(path)
    root = tree.getroot()
    peer_device = ET.SubElement(root, "device", {"id": peer, "name": "peer", "compression": "metadata"})
    ET.SubElement(peer_device, "address").text = f"tcp://127.0.0.1:{peer_port}"
    shared = ET.Element(
        "folder",
        {
            "id": FOLDER_ID,
            "label": FOLDER_ID,
            "path": str(folder),
            "type": "sendreceive",
            "rescanIntervalS": "2",
            "fsWatcherEnabled": "true",
            "fsWatcherDelayS": "1",
        },
    )
    for device in (me, peer):
        ET.SubElement(shared, "device", {"id": device, "introducedBy": ""})
    ET.SubElement(shared, "minDiskFree", {"unit": "%"}).text = "0"
    root.insert(0, shared)
    gui_address = root.find("gui/address")
    assert gui_address is not None
    gui_address.text = f"127.0.0.1:{gui}"
    options = root.find("options")
    assert options is not None
    listen_address = options.find("listenAddress")
    assert listen_address is not None
    listen_address.text = f"tcp://127.0.0.1:{listen}"
    for name, value in OFF.items():
        element = options.find(name)
        if element is None:
            element = ET.SubElement(options, name)
        element.text = value
    tree.write(path)


@contextmanager
def pair(root: Path) -> Iterator[tuple[Path, Path]]:
    """Start two instances sharing a folder; yields each side's copy of it; stops both afterwards."""
    homes = [root / "syncthing-a", root / "syncthing-b"]
    folders = [root / "exchange-a", root / "exchange-b"]
    for folder in folders:
        folder.mkdir()
        (folder / ".stfolder").mkdir()
    ids = [_generate(home) for home in homes]
    ports = [_free_port() for _ in range(4)]
    for side in (0, 1):
        other = 1 - side
        _configure(homes[side], ids[side], ids[other], ports[side], ports[other], ports[2 + side], folders[side])
    env = {**os.environ, "STNOUPGRADE": "1", "STNODEFAULTFOLDER": "1"}
    logs = [(home / "log.txt").open("wb") for home in homes]
    processes = [
        subprocess.Popen(
            ["syncthing", "serve", f"--home={home}", "--no-browser", "--no-restart"],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        for home, log in zip(homes, logs, strict=True)
    ]
    try:
        yield folders[0], folders[1]
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=20)
        for log in logs:
            log.close()


def wait_for(condition: Callable[[], bool], timeout: float = 120.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.5)
    raise AssertionError(f"Syncthing did not deliver in {timeout:.0f} s: {what}")
