"""One place for the test environment: offscreen Qt, temp config dir, in-memory keyring, fast fixtures."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LC_ALL"] = "C.UTF-8"
os.environ["LANG"] = "C.UTF-8"
os.environ["SAKSI_THREAD_GUARD"] = "1"  # a vault connection used off its owning thread raises

import keyring
import pytest
from keyring.backend import KeyringBackend

if TYPE_CHECKING:
    from storage.keyslots import KdfParams

PASSPHRASE = "correct horse battery staple"
ADMIN = "amara"
PAGE_SIZE = 16384  # SQLCipher 4's page size, as storage/db.py sets it
UNREAD_AT_OPEN = "drafts"  # a table neither unlocking nor verify's opening reads: a damaged page of it opens fine


def root_page(folder: Path, table: str, user: str = ADMIN, passphrase: str = PASSPHRASE) -> int:
    """The page number of ``table``'s root in the vault ``folder`` (an empty table's only page)."""
    from storage.vault import Vault

    with Vault.open(folder, user, passphrase) as vault:
        page: int = vault.conn.execute("SELECT rootpage FROM sqlite_schema WHERE name = ?", (table,)).fetchone()[0]
    return page


def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> None:
    """Once a GUI test has switched automatic garbage collection off (tests/gui/conftest.py, ui/collector.py),
    collect what is due after every test of this worker, GUI or not, on this main thread."""
    collector = sys.modules.get("ui.collector")
    if collector is not None:
        collector.collect_due()


class MemoryKeyring(KeyringBackend):
    """The only fake in the suite: an OS keyring that lives in memory."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def config_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("SAKSI_CONFIG_DIR", str(folder))
    return folder


def fast_kdf() -> KdfParams:
    """The cheapest Argon2id cost a keys.json may hold (KDF_BOUNDS' minimum, 8 MiB, t=1, p=1): about 10 ms an unlock
    against some 0.4 s for Saksi's own (64 MiB, t=3, p=2), on every unlock of every test. Only fixture vaults are
    made with it, by passing ``kdf=`` to Vault.create or add_user; Saksi itself never does (tests/unit/test_kdf_costs.py).
    """
    from storage.keyslots import KDF_BOUNDS, KdfParams

    return KdfParams(**{name: low for name, (low, _high) in KDF_BOUNDS.items()})


def fast_vault(
    folder: Path, admin: str = ADMIN, passphrase: str = PASSPHRASE, users: tuple[tuple[str, str, str], ...] = ()
) -> str:
    """A new vault at ``folder`` with fixture-cost key slots, and ``users`` (name, role, passphrase) added by the
    admin; returns its recovery code. Everything else is what Vault.create and add_user make."""
    from storage.vault import Vault

    vault, code = Vault.create(folder, admin, passphrase, kdf=fast_kdf())
    with vault:
        for name, role, secret in users:
            vault.add_user(name, role, secret, kdf=fast_kdf())
    return code


@pytest.fixture(scope="session")
def vault_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """One vault created per session, with fixture-cost key slots (fast_kdf); tests copy it."""
    folder = tmp_path_factory.mktemp("template") / "Office.saksi"
    return folder, fast_vault(folder)


@pytest.fixture(scope="session")
def real_kdf_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A vault with Saksi's own Argon2id cost, for the tests about that cost (a busy line while it runs)."""
    from storage.vault import Vault

    folder = tmp_path_factory.mktemp("real-kdf") / "Office.saksi"
    vault, code = Vault.create(folder, ADMIN, PASSPHRASE)
    vault.close()
    return folder, code


@pytest.fixture
def vault_copy(vault_template: tuple[Path, str], tmp_path: Path) -> tuple[Path, str]:
    """A fresh copy of the template vault folder in this test's temp dir, and its recovery code."""
    import shutil

    source, code = vault_template
    target = tmp_path / "Office.saksi"
    shutil.copytree(source, target)
    return target, code


@pytest.fixture
def real_kdf_copy(real_kdf_template: tuple[Path, str], tmp_path: Path) -> tuple[Path, str]:
    """A fresh copy of the vault with Saksi's own Argon2id cost, and its recovery code."""
    import shutil

    source, code = real_kdf_template
    target = tmp_path / "Office.saksi"
    shutil.copytree(source, target)
    return target, code


@pytest.fixture
def vault(vault_copy: tuple[Path, str]) -> Iterator[object]:
    from storage.vault import Vault

    opened = Vault.open(vault_copy[0], ADMIN, PASSPHRASE)
    yield opened
    opened.close()


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: object) -> object | None:
    """``--dist loadfile`` (make test) longest file first, a few long files split by test (tests/scheduling.py)."""
    if config.getvalue("dist") != "loadfile":
        return None
    from tests.scheduling import LongestFirst

    return LongestFirst(config, log)
