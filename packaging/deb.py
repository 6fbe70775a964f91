"""A Debian/Ubuntu package from the PyInstaller onedir: ``python packaging/deb.py dist/saksi dist``.

Layout: the onedir in /opt/saksi; /usr/bin/saksi and /usr/bin/saksi-desktop link to its executables; the desktop
entry, the icon (SVG and PNG), the MIME type of a vault folder (*.saksi) and the licences under /usr/share.
Vaults and settings live in the user's home (platformdirs), so installing a newer package over an older one
never touches them. Depends: the system libraries the bundled ELF files link to (ldd, then dpkg -S), plus
the ones Qt's xcb platform plugin loads; Python and every Python package are inside the bundle.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"
# Libraries the app needs that ldd cannot see (Qt opens them at run time), by Debian package name.
EXTRA_DEPENDS = (
    "libegl1", "libgl1", "libfontconfig1", "libxkbcommon0", "libxkbcommon-x11-0", "libdbus-1-3",
    "libxcb-cursor0", "libwayland-cursor0", "libwayland-egl1",  # the xcb and Wayland platform plugins
)  # fmt: skip

MIME = """\
<?xml version="1.0" encoding="UTF-8"?>
<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">
  <mime-type type="application/x-saksi-vault">
    <comment>Saksi vault (encrypted case files)</comment>
    <icon name="saksi"/>
    <glob pattern="*.saksi"/>
  </mime-type>
</mime-info>
"""


def elf_files(folder: Path) -> list[Path]:
    out = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as fh:
                if fh.read(4) == b"\x7fELF":
                    out.append(path)
    return out


def system_libraries(folder: Path) -> tuple[set[str], set[str]]:
    """(system library paths the bundle links to, names ldd could not find)."""
    found: set[str] = set()
    missing: set[str] = set()
    inside = str(folder.resolve())
    elves = elf_files(folder)
    # The bootloader puts _internal first on the library path: a library bundled there is never the system's.
    bundled = {path.name for path in folder.rglob("*")}
    for elf in elves:
        result = subprocess.run(["ldd", str(elf)], capture_output=True, text=True, check=False)
        for line in result.stdout.splitlines():
            name = line.split()[0] if line.split() else ""
            if name in bundled:
                continue
            if "not found" in line:
                missing.add(f"{name} (for {elf.relative_to(folder)})")
                continue
            match = re.search(r"=>\s+(/\S+)", line)
            if match and not os.path.realpath(match.group(1)).startswith(inside):
                found.add(match.group(1))
    return found, missing


def owning_packages(paths: set[str]) -> set[str]:
    packages: set[str] = set()
    for path in sorted(paths):
        candidates = {path, os.path.realpath(path)}
        candidates |= {c.replace("/usr/lib/", "/lib/", 1) for c in list(candidates) if c.startswith("/usr/lib/")}
        candidates |= {"/usr" + c for c in list(candidates) if c.startswith("/lib/")}
        for candidate in sorted(candidates):
            result = subprocess.run(["dpkg", "-S", candidate], capture_output=True, text=True, check=False)
            if result.returncode == 0:
                packages.add(result.stdout.split(":")[0].strip())
                break
        else:
            print(f"deb: no Debian package owns {path}; left out of Depends", file=sys.stderr)
    return packages


def control(version: str, arch: str, depends: list[str], installed_kib: int) -> str:
    return (
        "Package: saksi\n"
        f"Version: {version}\n"
        f"Architecture: {arch}\n"
        "Maintainer: Saksi developers <saksi@localhost>\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {', '.join(depends)}\n"
        "Section: utils\n"
        "Priority: optional\n"
        "Description: offline, encrypted case files for legal aid to trafficking survivors\n"
        " Saksi keeps case files, evidence and filings for lawyers who represent people\n"
        " trafficked into online-scam compounds, encrypted and offline. It carries its own\n"
        " Python, Qt and fonts (Khmer, Thai, Lao, Myanmar) in /opt/saksi.\n"
    )


def stage(onedir: Path, root: Path, version: str) -> None:
    shutil.copytree(onedir, root / "opt" / "saksi", symlinks=True)
    bin_dir = root / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    for name in ("saksi", "saksi-desktop"):
        (bin_dir / name).symlink_to(f"../../opt/saksi/{name}")
    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copyfile(PACKAGING / "saksi.desktop", share / "applications" / "saksi.desktop")
    icons = share / "icons" / "hicolor"
    for size, source in (("scalable", "saksi.svg"), ("256x256", "saksi.png"), ("512x512", "saksi-512.png")):
        folder = icons / size / "apps"
        folder.mkdir(parents=True)
        shutil.copyfile(PACKAGING / "icons" / source, folder / ("saksi" + Path(source).suffix))
    (share / "mime" / "packages").mkdir(parents=True)
    (share / "mime" / "packages" / "saksi.xml").write_text(MIME, encoding="utf-8")
    doc = share / "doc" / "saksi"
    doc.mkdir(parents=True)
    licences = onedir / "_internal" / "licenses"
    shutil.copyfile(ROOT / "LICENSE", doc / "copyright")
    shutil.copyfile(licences / "THIRD-PARTY-LICENSES.txt", doc / "THIRD-PARTY-LICENSES.txt")
    shutil.copyfile(ROOT / "CHANGELOG.md", doc / "CHANGELOG.md")


def main() -> int:
    parser = argparse.ArgumentParser(description="A .deb from the PyInstaller onedir.")
    parser.add_argument("onedir", type=Path)
    parser.add_argument("out", type=Path)
    # xz for releases; none for make test's build, which is unpacked a minute later (xz -1 alone takes minutes)
    parser.add_argument("--compress", choices=("xz", "none"), default="xz")
    parser.add_argument("--version", help="the package's version (default: pyproject's)")
    args = parser.parse_args()
    onedir, out = args.onedir, args.out
    version = args.version or tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()
    libraries, missing = system_libraries(onedir)
    for name in sorted(missing):
        print(f"deb: not found on the build machine: {name}", file=sys.stderr)
    depends = sorted(owning_packages(libraries) | set(EXTRA_DEPENDS))
    root = out / "deb-root" / f"saksi_{version}_{arch}"
    shutil.rmtree(root, ignore_errors=True)
    stage(onedir, root, version)
    (root / "DEBIAN").mkdir()
    installed = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    (root / "DEBIAN" / "control").write_text(control(version, arch, depends, installed), encoding="utf-8")
    deb = out / f"saksi_{version}_{arch}.deb"
    compression = ["-Zxz", "-z1"] if args.compress == "xz" else ["-Znone"]
    subprocess.run(["dpkg-deb", "--root-owner-group", *compression, "--build", str(root), str(deb)], check=True)
    shutil.rmtree(root)  # the staged copy of the whole onedir
    print(f"deb: {deb} (Depends: {', '.join(depends)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
