"""``make dist`` (or ``python packaging/dist.py`` on Windows and macOS): the release for this OS, into dist/.

1. A clean virtualenv in build/dist-venv with Saksi's runtime dependencies and PyInstaller only (no dev tools).
2. The licences of everything the release carries, into build/licenses (packaging/licences.py).
3. PyInstaller onedir from packaging/saksi.spec: dist/saksi/ (and dist/Saksi.app on macOS).
4. On Linux a .deb (packaging/deb.py); on Windows an installer when Inno Setup's ISCC is on PATH.
5. Sizes and the build time, printed and written to dist/BUILD-REPORT.txt.

``--reuse-venv`` keeps an existing build/dist-venv (for a quick rebuild while working on the spec).

``--test-build OUT`` is the build ``make test`` smoke-tests (tests/artifact): the same spec and .deb layout, but
with the virtualenv running this script (the project's .venv, which has PyInstaller; the spec leaves its dev
tools out and tests/artifact checks that none slipped in) and an uncompressed .deb, into OUT. It skips the minutes a
clean virtualenv and xz take; the release itself is always built the slow, clean way.

Caches stay inside the project (build/cache): pip's and PyInstaller's, so a run depends on nothing left in $HOME.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build"
DIST = ROOT / "dist"
VENV = BUILD / "dist-venv"


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")


PHASES: dict[str, float] = {}  # seconds per tool, for the report
CACHE = BUILD / "cache"


def run(phase: str, *args: object) -> None:
    print("+", " ".join(map(str, args)), flush=True)
    started = time.monotonic()
    subprocess.run([str(a) for a in args], check=True, cwd=ROOT)
    PHASES[phase] = PHASES.get(phase, 0.0) + time.monotonic() - started


def size_of(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def mib(size: int) -> str:
    return f"{size / 1024 / 1024:.0f} MiB"


def clean_venv(reuse_venv: bool) -> Path:
    if not (reuse_venv and venv_python().is_file()):
        shutil.rmtree(VENV, ignore_errors=True)
        run("virtualenv", sys.executable, "-m", "venv", VENV)
        run("virtualenv", venv_python(), "-m", "pip", "install", "-q", "--upgrade", "pip")
    run("virtualenv", venv_python(), "-m", "pip", "install", "-q", f"{ROOT}[dist]")
    return venv_python()


def build(python: Path, out: Path, work: Path, compress: str) -> list[Path]:
    licences = work / "licenses"
    shutil.rmtree(licences, ignore_errors=True)
    run("licences", python, ROOT / "packaging" / "licences.py", licences)
    os.environ["SAKSI_LICENCES_DIR"] = str(licences)  # the spec bundles them from there
    for old in (out / "saksi", out / "Saksi.app"):
        shutil.rmtree(old, ignore_errors=True)
    run(
        "pyinstaller", python, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", out, "--workpath", work / "pyinstaller", ROOT / "packaging" / "saksi.spec",
    )  # fmt: skip
    outputs = [out / "saksi"]
    if sys.platform == "darwin":
        outputs.append(out / "Saksi.app")
    if sys.platform.startswith("linux"):
        for old in out.glob("saksi_*.deb"):
            old.unlink()
        run("deb", sys.executable, ROOT / "packaging" / "deb.py", out / "saksi", out, "--compress", compress)
        outputs += sorted(out.glob("saksi_*.deb"))
    if sys.platform == "win32" and shutil.which("iscc"):
        run("installer", "iscc", f"/DVersion={version()}", ROOT / "packaging" / "windows" / "saksi.iss")
        outputs += sorted(out.glob("Saksi-*-setup.exe"))
    return outputs


def version() -> str:
    return str(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reuse-venv", action="store_true", help="keep build/dist-venv if it exists")
    parser.add_argument("--test-build", type=Path, metavar="OUT", help="make test's quick build into OUT (see above)")
    args = parser.parse_args()
    os.environ.setdefault("PIP_DISABLE_PIP_VERSION_CHECK", "1")
    os.environ["PIP_CACHE_DIR"] = str(CACHE / "pip")
    os.environ["PYINSTALLER_CONFIG_DIR"] = str(CACHE / "pyinstaller")
    started = time.monotonic()
    if args.test_build:
        out = args.test_build.resolve()
        outputs = build(Path(sys.executable), out, out / "work", compress="none")
    else:
        out = DIST
        outputs = build(clean_venv(args.reuse_venv), out, BUILD, compress="xz")
    seconds = time.monotonic() - started
    lines = [f"Saksi {version()} for {sys.platform}: built in {seconds:.0f} s"]
    lines += [f"  {os.path.relpath(path, ROOT)}: {mib(size_of(path))}" for path in outputs]
    lines += ["  time: " + ", ".join(f"{tool} {seconds:.0f} s" for tool, seconds in PHASES.items())]
    report = "\n".join(lines) + "\n"
    (out / "BUILD-REPORT.txt").write_text(report, encoding="utf-8")
    print(report, end="")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
