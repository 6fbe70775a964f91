"""The release as a person gets it: built once per `make test`, installed with dpkg, upgraded, used.

The module builds the release with packaging/dist.py --test-build (the release's spec and .deb layout, from the
project's virtualenv, .deb uncompressed; 3 to 5 minutes on 2 cores, while the other xdist worker runs the rest of
the suite) into build/test-dist. Then, in a throwaway dpkg root (``dpkg --root``, whose database lists only the
host's packages the .deb depends on, so dpkg checks Depends for real):

1. an older package is installed, makes a vault with demo cases, is given a vault an older Saksi left (format 4,
   tests/fixtures) and refuses a vault from a newer Saksi, leaving it unchanged;
2. the newer package is installed over it: dpkg upgrades in place (a file only the older package had is gone),
   vaults and settings are untouched by the install, the format-4 vault migrates with its backup first;
3. the installed /usr/bin/saksi and saksi-desktop do the whole job (packaging/smoke.py: vault, demo, images
   through the sandboxed decoder, Khmer PDF with the bundled font, DOCX, findings, backup and verify, the desktop
   app offscreen to its first window, every bundled library resolved) with PATH=/usr/bin:/bin, a fresh HOME and
   the OS fonts switched off.

The older package holds the same programs as the newer, under a lower version: a second PyInstaller build would
double the time. What makes an upgrade an upgrade for the user's data, the older vault format, is real.

SAKSI_TEST_BUILD=DIR uses a build already there (dist/ after `make dist`, or build/test-dist) instead of building.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "build" / "test-dist"
OLDER = "0.0.1"  # the older package's version
OBSOLETE = "opt/saksi/_internal/only-in-the-older-package.txt"

pytestmark = [
    pytest.mark.timeout(1800),  # the build, under a loaded CI machine
    pytest.mark.skipif(
        not (sys.platform.startswith("linux") and shutil.which("dpkg-deb")), reason="the .deb; other OSes: release.yml"
    ),
]


def load_smoke() -> ModuleType:
    spec = importlib.util.spec_from_file_location("saksi_smoke", ROOT / "packaging" / "smoke.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


smoke = load_smoke()


@dataclass
class Release:
    onedir: Path
    deb: Path
    seconds: float


@pytest.fixture(scope="module")
def release() -> Release:
    given = os.environ.get("SAKSI_TEST_BUILD")
    started = time.monotonic()
    out = Path(given).resolve() if given else OUT
    if not given:
        OUT.mkdir(parents=True, exist_ok=True)
        log = OUT.parent / "test-dist.log"
        with log.open("w") as sink:
            done = subprocess.run(
                [sys.executable, ROOT / "packaging" / "dist.py", "--test-build", OUT],
                cwd=ROOT, stdout=sink, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, check=False,
            )  # fmt: skip
        assert done.returncode == 0, f"the release build failed; its log:\n{log.read_text()[-6000:]}"
    debs = sorted(out.glob("saksi_*.deb"))
    assert debs, f"no .deb in {out}"
    return Release(out / "saksi", debs[-1], time.monotonic() - started)


# ------------------------------------------------------------------ the bundle
DEV_TOOLS = ("mypy", "_pytest", "pytest", "pytestqt", "xdist", "hypothesis", "scipy", "numpy", "keyrings",
             "ruff", "pycountry", "PyInstaller", "pip", "setuptools")  # fmt: skip


def test_the_bundle_leaves_out_what_saksi_never_loads(release: Release) -> None:
    internal = release.onedir / "_internal"
    top = {path.name.split(".")[0] for path in internal.iterdir()}
    assert not top & set(DEV_TOOLS), f"dev tools in the release: {sorted(top & set(DEV_TOOLS))}"
    names = [str(path.relative_to(internal)).lower() for path in internal.rglob("*")]
    for unused in ("qml", "qtquick", "qt6quick", "qt6qml", "virtualkeyboard", "webengine", "qt6multimedia"):
        assert not [n for n in names if unused in n], f"{unused} is in the release"
    qt_translations = [n for n in names if "qt/translations/" in n and n.endswith(".qm")]
    assert all(n.endswith(("_en.qm", "_km.qm")) for n in qt_translations), qt_translations
    # Stripped: no bundled ELF file keeps its symbol table or debug sections (sqlcipher3's module was 20 MiB with
    # them, 8 without; a pyenv libpython 22 and 6).
    unstripped = {
        path.name: sorted(n for n in names if n == ".symtab" or n.startswith(".debug"))
        for path in internal.rglob("*")
        if path.is_file() and not path.is_symlink() and (names := elf_sections(path))
    }
    assert not {name: kept for name, kept in unstripped.items() if kept}


def test_the_bundle_carries_every_module_of_saksi(release: Release) -> None:
    """app/cli/__init__.py imports command modules by name; a module the analysis missed fails only when its command runs."""
    from PyInstaller.archive.readers import CArchiveReader

    bundled = set(CArchiveReader(str(release.onedir / "saksi")).open_embedded_archive("PYZ.pyz").toc)
    ours = {
        ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        for package in ("app", "storage", "ui", "legal_templates")
        for path in (ROOT / package).rglob("*.py")
        if path.name != "__main__.py"  # the console executable's script, not a module of the archive
    }
    assert not ours - bundled, f"not in the release: {sorted(ours - bundled)}"


def elf_sections(path: Path) -> set[str]:
    """The section names of a 64-bit little-endian ELF file (empty for anything else)."""
    with path.open("rb") as fh:
        head = fh.read(64)
        if head[:6] != b"\x7fELF\x02\x01":
            return set()
        data = head + fh.read()

    def number(at: int, size: int) -> int:
        return int.from_bytes(data[at : at + size], "little")

    offset, entry, count, names_at = number(0x28, 8), number(0x3A, 2), number(0x3C, 2), number(0x3E, 2)
    headers = [offset + i * entry for i in range(count)]
    table = data[number(headers[names_at] + 0x18, 8) :][: number(headers[names_at] + 0x20, 8)]
    return {table[number(h, 4) :].split(b"\0", 1)[0].decode("ascii", "replace") for h in headers}


# ------------------------------------------------------------------ install and upgrade
def dpkg(root: Path, *args: object) -> subprocess.CompletedProcess[str]:
    as_user = [] if os.geteuid() == 0 else ["--force-not-root"]  # CI runs as root; the root is ours either way
    result = subprocess.run(
        ["dpkg", f"--root={root}", *as_user, *map(str, args)],
        capture_output=True, text=True, check=False, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert result.returncode == 0, f"dpkg {' '.join(map(str, args))}: {result.returncode}\n{result.stderr}"
    return result


def throwaway_root(root: Path, deb: Path) -> Path:
    """An empty dpkg root whose database lists the host's packages that the .deb depends on (their files are the
    host's, which the installed programs use), so `dpkg -i` checks the Depends instead of being told to ignore them."""
    admin = root / "var" / "lib" / "dpkg"
    (admin / "info").mkdir(parents=True)
    (admin / "updates").mkdir()
    (admin / "available").touch()
    wanted = {d.split()[0].split(":")[0] for d in deb_field(deb, "Depends").split(",")}
    stanzas = Path("/var/lib/dpkg/status").read_text(encoding="utf-8").split("\n\n")
    kept = [s for s in stanzas if s.startswith("Package: ") and s.split("\n", 1)[0][9:] in wanted]
    missing = wanted - {s.split("\n", 1)[0][9:] for s in kept}
    assert not missing, f"the .deb depends on packages this machine lacks (add them to the Makefile's DEBS): {missing}"
    (admin / "status").write_text("\n\n".join(kept) + "\n\n", encoding="utf-8")
    return root


def deb_field(deb: Path, field: str) -> str:
    return subprocess.run(["dpkg-deb", "-f", deb, field], capture_output=True, text=True, check=True).stdout.strip()


def older_package(deb: Path, into: Path) -> Path:
    """The same package under an older version, with one file the newer one no longer has."""
    tree = into / "older"
    subprocess.run(["dpkg-deb", "-R", deb, tree], check=True)
    control = tree / "DEBIAN" / "control"
    version = deb_field(deb, "Version")
    control.write_text(control.read_text().replace(f"Version: {version}\n", f"Version: {OLDER}\n"))
    (tree / OBSOLETE).write_text("left by the older package\n")
    older = into / f"saksi_{OLDER}.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Znone", "-b", tree, older], check=True, capture_output=True)
    shutil.rmtree(tree)
    return older


def runner(bindir: Path, work: Path) -> Any:
    """packaging/smoke.py's runner, with nothing of this virtualenv in reach: PATH, HOME and config are fresh."""
    (work / "home").mkdir(parents=True, exist_ok=True)
    run = smoke.Smoke(bindir, work, None)
    run.env = {k: v for k, v in run.env.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")}
    run.env |= {"PATH": "/usr/bin:/bin", "HOME": str(work / "home")}
    return run


def fingerprints(*folders: Path) -> dict[str, str]:
    return {
        str(p): hashlib.sha256(p.read_bytes()).hexdigest()
        for folder in folders
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@dataclass
class Installed:
    root: Path
    work: Path
    before_upgrade: dict[str, str]


@pytest.fixture(scope="module")
def upgraded(release: Release, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installed]:
    base = tmp_path_factory.mktemp("install")
    root = throwaway_root(base / "root", release.deb)
    work = base / "user"
    dpkg(root, "-i", older_package(release.deb, base))
    assert f"Version: {OLDER}\n" in dpkg(root, "-s", "saksi").stdout
    old = runner(root / "usr" / "bin", work)
    old.vault()  # Office.saksi, with demo cases, made by the older package
    shutil.copytree(ROOT / "tests" / "fixtures" / "vault-v4.saksi", work / "Old.saksi")  # left by an older Saksi
    newer = work / "Newer.saksi"
    shutil.copytree(ROOT / "tests" / "fixtures" / "vault-v5.saksi", newer)
    smoke.make_newer(newer)
    untouched = fingerprints(newer)
    refused = old.saksi("vault", "verify", newer, expect=5)
    assert "newer version of Saksi" in refused.stderr, refused.stderr
    assert fingerprints(newer) == untouched, "the older build changed a vault from a newer Saksi"
    old.config.mkdir(exist_ok=True)
    (old.config / "settings.json").write_text(json.dumps({"language": "km"}), encoding="utf-8")
    before = fingerprints(work)
    dpkg(root, "-i", release.deb)
    yield Installed(root, work, before)
    shutil.rmtree(base, ignore_errors=True)  # 600 MiB


def test_upgrade_replaces_the_program_and_keeps_vaults_and_settings(release: Release, upgraded: Installed) -> None:
    status = dpkg(upgraded.root, "-s", "saksi").stdout
    assert f"Version: {deb_field(release.deb, 'Version')}\n" in status and "install ok installed" in status
    assert not (upgraded.root / OBSOLETE).exists(), "the older package's file survived the upgrade"
    assert (upgraded.root / "usr" / "share" / "applications" / "saksi.desktop").is_file()
    assert fingerprints(upgraded.work) == upgraded.before_upgrade, "installing the newer package changed user data"
    new = runner(upgraded.root / "usr" / "bin", upgraded.work)
    office = json.loads(new.saksi("case", "list", upgraded.work / "Office.saksi", "--json").stdout)
    assert len(office) == 6
    old = upgraded.work / "Old.saksi"
    assert not any((old / "backups").glob("before-format-*"))
    assert len(json.loads(new.saksi("case", "list", old, "--json").stdout)) == 3
    assert any((old / "backups").glob("before-format-*")), "the format-4 vault migrated without a backup first"
    new.saksi("vault", "verify", old)
    assert json.loads((new.config / "settings.json").read_text())["language"] == "km"


def test_the_installed_package_does_the_whole_job(upgraded: Installed, tmp_path: Path) -> None:
    shots = ROOT / "build" / "test-dist-shots"
    shots.mkdir(parents=True, exist_ok=True)
    run = runner(upgraded.root / "usr" / "bin", tmp_path)
    run.shots = shots
    steps = [run.version, run.vault, run.images, run.filings, run.findings_and_backup, run.upgrades, run.desktop,
             run.libraries]  # fmt: skip
    for step in steps:
        try:
            step()
        except smoke.Failed as failure:
            pytest.fail(f"{step.__name__}: {failure}")
    assert (shots / "smoke-first-window-km.png").stat().st_size > 5000
