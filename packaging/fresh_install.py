"""The .deb on a machine that has nothing else: ``python packaging/fresh_install.py dist/saksi_*.deb`` (root).

1. A minimal Debian 12 (``debootstrap --variant=minbase``: no Python, no Qt, no X) in a temporary folder
   (``--root DIR`` to keep and reuse one, outside the worktree), from the mirror the host's apt uses;
2. ``apt-get install ./saksi.deb`` inside it (chroot), which brings only the package's Depends;
3. packaging/smoke.py's steps with every ``saksi`` and ``saksi-desktop`` run inside that root (chroot), the OS
   fonts switched off, then ldd inside the root on every bundled ELF file.

The smoke's own files (vaults, PDFs) live in the root's /saksi-smoke; the root also holds a link from its own
host path to itself, so the host's absolute paths name the same files inside the chroot. It downloads about
150 MiB of Debian packages and takes several minutes: `make test-fresh`, not part of `make test`
(tests/artifact installs the same package with dpkg into a throwaway root of this machine on every run).
"""

from __future__ import annotations

import argparse
import functools
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))

import smoke  # noqa: E402 - packaging/ on the path first


def mirror() -> str:
    """The Debian mirror the host's apt is set up with (deb822 sources or sources.list)."""
    for path in [*sorted(Path("/etc/apt").glob("sources.list.d/*.sources")), Path("/etc/apt/sources.list")]:
        if path.is_file():
            found = re.search(r"^(?:URIs:|deb)\s+(\S+/debian)\s", path.read_text(), re.MULTILINE)
            if found:
                return found.group(1)
    raise SystemExit("no Debian mirror in /etc/apt")


def run(*args: object, **kwargs: object) -> None:
    print("+", " ".join(map(str, args)), flush=True)
    subprocess.run([str(a) for a in args], check=True, **kwargs)  # type: ignore[call-overload]


def make_root(root: Path, deb: Path) -> None:
    if not (root / "usr" / "bin" / "apt-get").is_file():
        shutil.rmtree(root, ignore_errors=True)
        run("debootstrap", "--variant=minbase", "bookworm", root, mirror())
    shutil.copyfile("/etc/resolv.conf", root / "etc" / "resolv.conf")
    shutil.copyfile(deb, root / "tmp" / deb.name)
    env = os.environ | {"DEBIAN_FRONTEND": "noninteractive"}
    run("chroot", root, "apt-get", "update", "-qq", env=env)
    run("chroot", root, "apt-get", "install", "-y", "-qq", "--no-install-recommends", f"/tmp/{deb.name}", env=env)


def link_to_itself(root: Path) -> Path:
    """The host's path of the root, inside the root, is the root: host paths name the same files in the chroot.
    Relative, so that on the host it leads back to the root, never to the host's /; removed after the run all the
    same (a tool walking the worktree with symlinks followed, like setuptools' package finder, would loop)."""
    link = root / str(root).lstrip("/")
    link.parent.mkdir(parents=True, exist_ok=True)
    if not link.is_symlink():
        link.symlink_to(os.path.relpath(root, link.parent))
    return link


def wrappers(root: Path, into: Path) -> Path:
    """Host-side saksi and saksi-desktop that run the installed ones inside the root."""
    into.mkdir(parents=True, exist_ok=True)
    chroot = shutil.which("chroot") or "/usr/sbin/chroot"  # the smoke runs with PATH=/usr/bin:/bin
    for name in ("saksi", "saksi-desktop"):
        script = into / name
        script.write_text(f'#!/bin/sh\nexec {chroot} {shlex.quote(str(root))} /usr/bin/{name} "$@"\n')
        script.chmod(0o755)
    return into


def libraries(root: Path) -> str:
    missing, checked = [], 0
    bundled = os.environ | {"LD_LIBRARY_PATH": "/opt/saksi/_internal"}
    for path in (root / "opt" / "saksi").rglob("*"):
        if path.is_file() and not path.is_symlink() and path.read_bytes()[:4] == b"\x7fELF":
            checked += 1
            inside = "/" + str(path.relative_to(root))
            # as the bootloader runs them: _internal on the library path (Qt's own libraries find theirs by RPATH)
            out = subprocess.run(["chroot", root, "ldd", inside], capture_output=True, text=True, env=bundled).stdout
            missing += [f"{path.name}: {line.strip()}" for line in out.splitlines() if "not found" in line]
    smoke.check(not missing, "missing in the fresh system:\n" + "\n".join(sorted(set(missing))))
    return f"{checked} ELF files resolved inside the fresh root"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("deb", type=Path)
    # Outside the worktree by default: setuptools' egg_info walks the project with symlinks followed, and a
    # Debian root's absolute links lead into the host's own folders.
    parser.add_argument("--root", type=Path, help="where to make (or reuse) the root; default: a temporary one")
    parser.add_argument("--shots", type=Path, help="save the first window and the PDF's page 1 here")
    args = parser.parse_args()
    if os.geteuid() != 0:
        raise SystemExit("fresh_install.py needs root (debootstrap, chroot)")
    started = time.monotonic()
    root = (args.root or Path(tempfile.mkdtemp(prefix="saksi-fresh-", dir="/var/tmp")) / "root").resolve()
    try:
        return install_and_smoke(root, args.deb.resolve(), args.shots)
    finally:
        if not args.root:
            shutil.rmtree(root.parent, ignore_errors=True)
        print(f"fresh install of {args.deb.name}: {time.monotonic() - started:.0f} s")


def install_and_smoke(root: Path, deb: Path, shots: Path | None) -> int:
    make_root(root, deb)
    packages = subprocess.run(["chroot", root, "dpkg-query", "-W", "-f", "${Package}\n"], capture_output=True,
                              text=True, check=True).stdout.split()  # fmt: skip
    print(f"fresh root: {len(packages)} packages, python3 {'present' if 'python3' in packages else 'absent'}, "
          f"fonts: {sorted(p for p in packages if p.startswith('fonts-')) or 'none'}")  # fmt: skip
    work = root / "saksi-smoke"  # a name no host path of the root starts with (the link below lives in the root)
    shutil.rmtree(work, ignore_errors=True)
    (work / "home").mkdir(parents=True)
    link = link_to_itself(root)
    try:
        return smoke_inside(root, work, shots)
    finally:
        link.unlink()


def smoke_inside(root: Path, work: Path, shots: Path | None) -> int:
    (work / "shots").mkdir()  # inside the root: the desktop app writes its first window there
    run_smoke = smoke.Smoke(wrappers(root, root.parent / "fresh-bin"), work, work / "shots")
    run_smoke.env |= {"PATH": "/usr/bin:/bin", "HOME": str(work / "home")}
    steps = [run_smoke.version, run_smoke.vault, run_smoke.images, run_smoke.filings, run_smoke.findings_and_backup,
             run_smoke.upgrades, run_smoke.desktop, functools.partial(libraries, root)]  # fmt: skip
    for step in steps:
        tick = time.monotonic()
        name = getattr(step, "__name__", None) or getattr(getattr(step, "func", None), "__name__", "step")
        try:
            detail = step()
        except (smoke.Failed, subprocess.TimeoutExpired) as exc:
            print(f"FAIL {name}: {exc}")
            return 1
        print(f"ok   {name}: {time.monotonic() - tick:.1f} s{f' ({detail})' if detail else ''}", flush=True)
    if shots:
        shutil.copytree(work / "shots", shots, dirs_exist_ok=True)
    print("the fresh install did the whole job")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
