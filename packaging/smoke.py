"""The release smoke test: the built executables, not the source tree, do the whole job.

``python packaging/smoke.py dist/saksi`` (``make dist-smoke`` also unpacks the .deb and runs it on that).
It needs only Python's standard library (any Python 3.11+, on Linux, Windows or macOS). Everything runs in a
temporary folder, from there (so nothing is picked up from the source tree), with the operating system's fonts
switched off (SAKSI_OS_FONTS=0), Qt offscreen:

 1. ``saksi --version`` says the version in pyproject.toml
 2. vault create, then demo (synthetic cases with exhibits)
 3. image import through the sandboxed decoder: a good PNG gets a preview, a truncated one gets the
    decoder's own reason (a decoder that never started would say it crashed)
 4. a Khmer filing as PDF with the bundled Khmer font embedded, and as DOCX (python-docx's template found)
 5. the findings report; backup, then verify of the backup and of the vault
 6. upgrades keep vaults: a vault of format 4 (tests/fixtures) opens after a backup-first migration;
    a vault from a newer Saksi is refused with exit 5 and left unchanged
 7. the windowed ``saksi-desktop`` starts offscreen, in Khmer, to its first window, saved as a PNG
 8. Linux: no bundled library misses a system library (ldd)
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import time
import tomllib
import zipfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PASSPHRASE = "correct horse battery staple"  # the fixtures' passphrase (tests/conftest.py)
ADMIN = "amara"
EXE = ".exe" if sys.platform == "win32" else ""
TIMEOUT = 180


class Failed(Exception):
    pass


class Smoke:
    def __init__(self, bindir: Path, work: Path, shots: Path | None) -> None:
        self.bindir, self.work, self.shots = bindir, work, shots
        self.config = work / "config"
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(("SAKSI_", "PYTHON", "QT_"))}
        self.env |= {"SAKSI_CONFIG_DIR": str(self.config), "SAKSI_OS_FONTS": "0", "QT_QPA_PLATFORM": "offscreen"}
        self.env |= {"SAKSI_USER": ADMIN, "SAKSI_PASSPHRASE": PASSPHRASE}
        self.office, self.reference = Path(), ""

    def exe(self, name: str) -> Path:
        path = self.bindir / (name + EXE)
        if not path.is_file():
            raise Failed(f"{path} does not exist")
        return path

    def saksi(self, *args: object, expect: int = 0, **env: str) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [str(self.exe("saksi")), *map(str, args)],
            env=self.env | env, cwd=self.work, stdin=subprocess.DEVNULL,
            capture_output=True, text=True, encoding="utf-8", timeout=TIMEOUT,
        )  # fmt: skip
        if result.returncode != expect:
            raise Failed(f"saksi {' '.join(map(str, args))}: exit {result.returncode}, not {expect}\n{result.stderr}")
        return result

    # ------------------------------------------------------------------ the steps
    def version(self) -> str:
        wanted = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
        shown = self.saksi("--version").stdout.strip()
        check(shown == f"saksi {wanted}", f"--version says {shown!r}, not 'saksi {wanted}'")
        return shown

    def vault(self) -> str:
        created = self.saksi("vault", "create", self.work / "Office", "--user", ADMIN)
        check("Recovery code:" in created.stdout, "vault create printed no recovery code")
        vault = self.work / "Office.saksi"
        self.saksi("demo", vault, "--cases", "6", "--evidence-cases", "2")
        cases = json.loads(self.saksi("case", "list", vault, "--json").stdout)
        check(len(cases) == 6, f"demo made {len(cases)} cases, not 6")
        self.office, self.reference = vault, str(cases[0]["reference"])
        return self.reference

    def images(self) -> str:
        vault, reference = self.office, self.reference
        files = self.work / "photos"
        files.mkdir()
        good = png(64, 48)
        (files / "screenshot.png").write_bytes(good)
        (files / "truncated.png").write_bytes(png(64, 48, seed=7)[:-40])
        self.saksi("evidence", "add", vault, reference, files, "--received-from", "client")
        items = {
            i["filename"]: i for i in json.loads(self.saksi("evidence", "list", vault, reference, "--json").stdout)
        }
        check(items["screenshot.png"]["preview"] == "yes", f"no preview of a good PNG: {items['screenshot.png']}")
        check(items["screenshot.png"]["sha256"] == hashlib.sha256(good).hexdigest(), "the PNG's bytes changed")
        reason = str(items["truncated.png"]["preview"])
        check("crashed" not in reason and reason != "yes", f"the decoder did not judge the truncated PNG: {reason}")
        return reason

    def filings(self) -> None:
        vault, reference = self.office, self.reference
        pdf, docx = self.work / "letter-km.pdf", self.work / "letter-km.docx"
        for out in (pdf, docx):
            self.saksi(
                "draft", vault, reference, "--template", "non-punishment-prosecutor", "--lang", "km", "--out", out
            )
        data = pdf.read_bytes()
        check(data.startswith(b"%PDF") and b"NotoSansKhmer" in data, "the Khmer PDF does not embed Noto Sans Khmer")
        if shutil.which("pdftotext"):
            text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
            check(reference in text and re.search("[\u1780-\u17ff]", text) is not None, "no Khmer text in the PDF")
        with zipfile.ZipFile(docx) as word:
            xml = word.read("word/document.xml").decode("utf-8")
        check(reference in xml and re.search("[\u1780-\u17ff]", xml) is not None, "no Khmer text in the DOCX")
        if self.shots and shutil.which("pdftoppm"):
            run_quiet("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", pdf, self.shots / "smoke-letter-km")

    def findings_and_backup(self) -> None:
        vault = self.office
        out = self.work / "findings"
        self.saksi("report", "findings", vault, "--out", out)
        check(any(out.glob("*.pdf")) and any(out.glob("*.csv")), f"findings wrote {sorted(os.listdir(out))}")
        shelf = self.work / "usb"
        shelf.mkdir()
        backup = Path(self.saksi("vault", "backup", vault, shelf).stdout.strip())
        check(backup.parent == shelf and (backup / "keys.json").is_file(), f"the backup is not at {backup}")
        self.saksi("vault", "verify", backup)
        self.saksi("vault", "verify", vault)

    def upgrades(self) -> str:
        old = self.work / "Old.saksi"
        shutil.copytree(ROOT / "tests" / "fixtures" / "vault-v4.saksi", old)
        check(len(json.loads(self.saksi("case", "list", old, "--json").stdout)) == 3, "the format-4 vault lost cases")
        check(any((old / "backups").glob("before-format-*")), "the format-4 vault migrated without a backup first")
        self.saksi("vault", "verify", old)
        newer = self.work / "Newer.saksi"
        shutil.copytree(ROOT / "tests" / "fixtures" / "vault-v5.saksi", newer)
        try:
            make_newer(newer)
        except ImportError:
            return "the newer-vault check skipped: run this with a Python that has Saksi's dependencies"
        before = fingerprint(newer)
        refused = self.saksi("vault", "verify", newer, expect=5)
        check("newer version of Saksi" in refused.stderr, f"unexpected refusal: {refused.stderr}")
        check(fingerprint(newer) == before, "the vault from a newer Saksi was changed")
        return ""

    def desktop(self) -> str:
        shot = (self.shots or self.work) / "smoke-first-window-km.png"
        shot.unlink(missing_ok=True)
        self.config.mkdir(exist_ok=True)
        (self.config / "settings.json").write_text(json.dumps({"language": "km"}), encoding="utf-8")
        env = self.env | {"SAKSI_FIRST_WINDOW_PNG": str(shot)}
        result = subprocess.run(
            [str(self.exe("saksi-desktop"))], env=env, cwd=self.work, stdin=subprocess.DEVNULL,
            capture_output=True, text=True, timeout=TIMEOUT,
        )  # fmt: skip
        check(result.returncode == 0, f"saksi-desktop: exit {result.returncode}\n{result.stderr}")
        check(shot.is_file() and shot.stat().st_size > 5000, "saksi-desktop saved no first window")
        return str(shot) if self.shots else ""

    def libraries(self) -> str:
        if not sys.platform.startswith("linux"):
            return "not Linux"
        missing, checked = [], 0
        for path in self.exe("saksi").resolve().parent.rglob("*"):
            if path.is_file() and not path.is_symlink() and path.read_bytes()[:4] == b"\x7fELF":
                checked += 1
                out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, check=False).stdout
                missing += [f"{path.name}: {line.strip()}" for line in out.splitlines() if "not found" in line]
        check(not missing, "bundled libraries miss system libraries:\n" + "\n".join(sorted(set(missing))))
        return f"{checked} ELF files"


# ---------------------------------------------------------------------- helpers
def check(condition: bool, message: str) -> None:
    if not condition:
        raise Failed(message)


def run_quiet(*args: object) -> None:
    subprocess.run([str(a) for a in args], check=True, capture_output=True)


def png(width: int, height: int, seed: int = 1) -> bytes:
    """A small RGB PNG from the standard library (a gradient, so it is not all one colour)."""
    rows = b"".join(
        b"\x00" + bytes(((x * 4 + seed) % 256, (y * 5) % 256, (x + y) % 256)[c] for x in range(width) for c in range(3))
        for y in range(height)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def make_newer(folder: Path) -> None:
    """Mark a vault as written by a newer Saksi. The database is encrypted, so this uses the source tree's
    storage package when it is importable (the CI and developer machines) and skips the step otherwise."""
    sys.path.insert(0, str(ROOT))
    from storage.vault import Vault

    with Vault.open(folder, ADMIN, PASSPHRASE) as opened:
        opened.conn.execute("PRAGMA user_version = 99")


def fingerprint(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def deb_bindir(deb: Path, into: Path) -> Path:
    """Unpack the package and run it through its /usr/bin links, as an installed one runs."""
    run_quiet("dpkg-deb", "-x", deb, into)
    return into / "usr" / "bin"


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(description="Smoke-test a built Saksi release.")
    parser.add_argument("target", type=Path, help="the onedir folder (dist/saksi) or a .deb")
    parser.add_argument("--shots", type=Path, help="also save the first window and the PDF's page 1 as PNG here")
    args = parser.parse_args()
    if args.shots:
        args.shots.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="saksi-smoke-") as tmp:
        work = Path(tmp)
        target = args.target.resolve()
        bindir = deb_bindir(target, work / "root") if target.suffix == ".deb" else target
        smoke = Smoke(bindir, work, args.shots.resolve() if args.shots else None)
        steps = [
            ("version", smoke.version),
            ("vault create and demo", smoke.vault),
            ("images through the sandboxed decoder", smoke.images),
            ("Khmer PDF and DOCX", smoke.filings),
            ("findings, backup and verify", smoke.findings_and_backup),
            ("upgrades: migrate format 4, refuse a newer vault", smoke.upgrades),
            ("desktop app to its first window (Khmer)", smoke.desktop),
            ("libraries (ldd)", smoke.libraries),
        ]
        for number, (name, step) in enumerate(steps):
            tick = time.monotonic()
            try:
                detail = step()
            except (Failed, subprocess.TimeoutExpired) as exc:
                print(f"FAIL {name}: {exc}", flush=True)
                print(f"{number} passed, 1 failed")
                return 1
            suffix = f" ({detail})" if detail not in (None, "") else ""
            print(f"ok   {name}: {time.monotonic() - tick:.1f} s{suffix}", flush=True)
    print(f"smoke test of {args.target} in {time.monotonic() - started:.0f} s")
    print(f"{len(steps)} passed, 0 failed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
