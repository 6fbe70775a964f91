"""Opening the SQLCipher database, and the one place database errors are mapped.

The database is always opened with a raw 32-byte key; it is never created or
opened without one, and the file is opened read-write without ``create`` unless
a new vault is being made, so a missing file cannot turn into an empty
plaintext database.
"""

from __future__ import annotations

import itertools
import os
import shutil
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any, cast

import sqlcipher3
from sqlcipher3 import dbapi2

from storage.errors import DiskFull, ReadOnlyMedia, SaksiError, VaultDamaged
from storage.phrases import DISK_FULL

PAGE_SIZE = 16384  # part of the file format: set on every open
CACHE_KIB = 64 * 1024
LOW_SPACE = 1024 * 1024  # less free space than this: the disk counts as full
ITER_BATCH = 64  # rows a loop over a cursor fetches at a time (a few case documents: bounded memory)
if TYPE_CHECKING:  # sqlcipher3 ships no types; its connection has the sqlite3 API
    from sqlite3 import Connection as _Base
    from sqlite3 import Cursor as _CursorBase
else:
    _Base, _CursorBase = dbapi2.Connection, dbapi2.Cursor

# SQLite's primary result codes that say something about the machine, the disk or the file, never about
# the code: they become plain messages. Every other code (SQLITE_ERROR for a syntax error, CONSTRAINT,
# MISUSE, RANGE...) and an error without a code (a closed connection) is a bug and reaches the crash path.
ENVIRONMENTAL = frozenset(
    {
        dbapi2.SQLITE_PERM,
        dbapi2.SQLITE_BUSY,
        dbapi2.SQLITE_LOCKED,
        dbapi2.SQLITE_NOMEM,
        dbapi2.SQLITE_READONLY,
        dbapi2.SQLITE_IOERR,
        dbapi2.SQLITE_CORRUPT,
        dbapi2.SQLITE_FULL,
        dbapi2.SQLITE_CANTOPEN,
        dbapi2.SQLITE_PROTOCOL,
        dbapi2.SQLITE_NOLFS,
        dbapi2.SQLITE_NOTADB,
    }
)


class Cursor(_CursorBase):
    """A cursor whose environmental errors arrive as ``SaksiError`` (see ``translate``); bugs stay as they are."""

    def execute(self, sql: str, parameters: Any = (), /) -> Cursor:
        try:
            return super().execute(sql, parameters)
        except dbapi2.Error as exc:
            raise _mapped(self.connection, exc) from None

    def executemany(self, sql: str, seq_of_parameters: Any, /) -> Cursor:
        try:
            return super().executemany(sql, seq_of_parameters)
        except dbapi2.Error as exc:
            raise _mapped(self.connection, exc) from None

    def executescript(self, sql_script: str, /) -> Cursor:
        try:
            return cast(Cursor, super().executescript(sql_script))
        except dbapi2.Error as exc:
            raise _mapped(self.connection, exc) from None

    def fetchone(self) -> Any:
        try:
            return super().fetchone()
        except dbapi2.Error as exc:
            raise _mapped(self.connection, exc) from None

    def fetchmany(self, size: int | None = 1) -> list[Any]:
        try:
            return super().fetchmany(size)
        except dbapi2.Error as exc:
            raise _mapped(self.connection, exc) from None

    def fetchall(self) -> list[Any]:
        try:
            return super().fetchall()
        except dbapi2.Error as exc:
            raise _mapped(self.connection, exc) from None

    def __iter__(self) -> Iterator[Any]:  # type: ignore[override]
        # In batches: a Python __next__ per row would cost about half again the time of a plain loop.
        while rows := self.fetchmany(ITER_BATCH):
            yield from rows

    def __next__(self) -> Any:
        try:
            return super().__next__()
        except dbapi2.Error as exc:
            raise _mapped(self.connection, exc) from None


# Tests (and SAKSI_THREAD_GUARD=1) check that a connection is used only by the thread that owns it.
THREAD_GUARD = os.environ.get("SAKSI_THREAD_GUARD", "") == "1"


class WrongThread(RuntimeError):
    """A bug: a connection was used from a thread that does not own it (see ``Connection.hand_over``)."""


# The GUI tests (tests/gui/conftest.py) turn this on; off in production. Then a statement that code of ui/
# makes on the GUI (main) thread outside the runner's door (``door()``, entered by ``ui.vault_ops.now``)
# raises ``OutsideDoor``: widgets reach the vault only through the runner. Code outside ui/ (a test's own
# setup, the CLI) is not asked; the runner's own module (ui.vault_ops: lock, rotation) is the door itself.
DOOR_GUARD = False
RUNNER_MODULE = "ui.vault_ops"
_door = threading.local()


class OutsideDoor(RuntimeError):
    """A bug: ui/ code used the GUI thread's connection without going through ``ui.vault_ops.now``."""


@contextmanager
def door() -> Iterator[None]:
    """The runner's door: statements made inside it pass the ``DOOR_GUARD`` check (on this thread)."""
    _door.depth = getattr(_door, "depth", 0) + 1
    try:
        yield
    finally:
        _door.depth -= 1


def in_door() -> bool:
    return bool(getattr(_door, "depth", 0))


def _asking_widget() -> str | None:
    """The innermost line of ui/ on the stack (module:line), unless it is the runner's (or none: not asked by ui/)."""
    frame: FrameType | None = sys._getframe(2)
    while frame is not None:
        name = str(frame.f_globals.get("__name__", ""))
        if name == "ui" or name.startswith("ui."):
            return None if name == RUNNER_MODULE else f"{name}:{frame.f_lineno}"
        frame = frame.f_back
    return None


class Connection(_Base):
    """A vault connection; ``refusal`` is the error every write transaction raises (None: writes allowed).

    Once opened (``mapped``), every statement and every row read through it raises environmental
    database errors as ``SaksiError`` (the one mapping: ``translate``), so a damaged page read by any
    code at all is the plain "damaged vault" message, and bugs keep their own exception for the crash path.

    A connection belongs to the thread that opened it. ``hand_over()`` releases it so that another thread
    can take it (an unlock job opens the vault, the GUI thread then owns it); with ``THREAD_GUARD`` on,
    any other use from a thread that does not own it raises ``WrongThread``.
    """

    refusal: SaksiError | None = None
    mapped = False
    owner: int | None = None

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.owner = threading.get_ident()

    def hand_over(self) -> None:
        """Give the connection up; the next thread that uses it owns it."""
        self._check()
        self.owner = None

    def _check(self) -> None:
        here = threading.get_ident()
        if self.owner is None:
            self.owner = here
        elif THREAD_GUARD and self.owner != here:
            raise WrongThread("A vault connection was used from a thread that does not own it.")
        if DOOR_GUARD and here == threading.main_thread().ident and not in_door():
            widget = _asking_widget()
            if widget is not None:
                raise OutsideDoor(
                    "A vault statement from ui/ ran on the GUI thread outside the runner's door: wrap the call in"
                    " vault_ops.now(vault, fn, changes), or keep the app/ object as vault_ops.through(...).",
                    widget,
                )

    def cursor(self, factory: Any = Cursor) -> Cursor:  # type: ignore[override]
        self._check()  # execute, executemany and executescript come through here
        cursor: Cursor = super().cursor(factory)
        return cursor

    def execute(self, sql: str, parameters: Any = (), /) -> Cursor:
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql: str, parameters: Any, /) -> Cursor:
        return self.cursor().executemany(sql, parameters)

    def executescript(self, sql_script: str, /) -> Cursor:
        return self.cursor().executescript(sql_script)

    def commit(self) -> None:
        self._check()
        super().commit()

    def rollback(self) -> None:
        self._check()
        super().rollback()

    def close(self) -> None:
        self._check()
        super().close()

    def backup(self, *args: Any, **kwargs: Any) -> None:
        self._check()
        super().backup(*args, **kwargs)


def _mapped(conn: object, exc: BaseException) -> BaseException:
    if not getattr(conn, "mapped", False):
        return exc  # still opening: connect() decides what a failure there means
    refusal = getattr(conn, "refusal", None)
    if isinstance(refusal, SaksiError) and result_code(exc) == dbapi2.SQLITE_READONLY:  # query_only, refused vault
        error = type(refusal)(refusal.template, **refusal.params)
        error.sqlite_error = exc if isinstance(exc, Exception) else None
        return error
    return translate(exc)


# sqlcipher3 raises a few errors without ``sqlite_errorcode`` (those of ``Connection.backup``); their text is
# then SQLite's own wording of the code (sqlite3_errstr), which names it exactly.
_ERRSTR = {
    "access permission denied": dbapi2.SQLITE_PERM,
    "database is locked": dbapi2.SQLITE_BUSY,
    "database table is locked": dbapi2.SQLITE_LOCKED,
    "out of memory": dbapi2.SQLITE_NOMEM,
    "attempt to write a readonly database": dbapi2.SQLITE_READONLY,
    "disk i/o error": dbapi2.SQLITE_IOERR,
    "database disk image is malformed": dbapi2.SQLITE_CORRUPT,
    "database or disk is full": dbapi2.SQLITE_FULL,
    "unable to open database file": dbapi2.SQLITE_CANTOPEN,
    "locking protocol": dbapi2.SQLITE_PROTOCOL,
    "large file support is disabled": dbapi2.SQLITE_NOLFS,
    "file is not a database": dbapi2.SQLITE_NOTADB,
}


def result_code(exc: BaseException) -> int | None:
    """SQLite's primary result code of a database error (sqlcipher3 gives it as ``sqlite_errorcode``), or None."""
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF
    if type(exc) in (dbapi2.OperationalError, dbapi2.DatabaseError):
        return _ERRSTR.get(str(exc).strip().lower())
    return None


def sqlite_error(exc: BaseException) -> dbapi2.Error | None:
    """The database error behind ``exc``: itself, or the one a mapped ``SaksiError`` came from; else None."""
    if isinstance(exc, dbapi2.Error):
        return exc
    original = getattr(exc, "sqlite_error", None)
    return original if isinstance(original, dbapi2.Error) else None


class _CannotWrite(Exception):
    """Opening failed because the folder cannot take the WAL's companion files (full or read-only disk)."""


_savepoints = itertools.count(1)
# Work outside the database to undo if the open transaction rolls back (a blob file written for it),
# by id(connection); the undo functions hold the connection, so its id cannot be reused meanwhile.
_on_rollback: dict[int, list[Callable[[], None]]] = {}


def key_pragma(data_key: bytes) -> str:
    return f"\"x'{data_key.hex()}'\""


def connect(path: Path, data_key: bytes, *, create: bool = False, readonly: bool = False) -> Connection:
    """Open ``path`` with ``data_key`` and prove the key works, or raise a clear error.

    On a full or read-only disk SQLite cannot create the WAL's ``-shm``/``-wal`` files even to read.
    Then, if the WAL holds no commits, the file is opened immutable (read-only, no companion files) and
    the connection refuses writes with a message naming the disk: reading never needs a byte of space.
    """
    if not create and not path.exists():
        raise VaultDamaged("The database file {file} is missing from the vault folder.", file=path.name)
    mode = "rwc" if create else ("ro" if readonly else "rw")
    try:
        return _open(path, data_key, mode)
    except _CannotWrite as exc:
        refusal = None if create else write_problem(path.parent)
        if refusal is None:
            raise translate(exc.args[0], path) from None
        wal = path.with_name(path.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            raise type(refusal)(
                "{problem} The vault's last changes are still in {file}, so it cannot be opened even for reading until there is space (or it is copied to a writable disk).",
                problem=refusal.message,
                file=wal.name,
            ) from None
    try:
        conn = _open(path, data_key, "ro&immutable=1")
    except _CannotWrite as exc:
        raise translate(exc.args[0], path) from None
    conn.refusal = refusal
    return conn


def _open(path: Path, data_key: bytes, mode: str) -> Connection:
    try:
        conn: Connection = sqlcipher3.connect(
            f"file:{path.as_posix()}?mode={mode}",
            uri=True,
            isolation_level=None,
            check_same_thread=False,
            timeout=10.0,
            factory=Connection,
        )
    except dbapi2.Error as exc:
        raise translate(exc, path) from None
    try:
        apply_key(conn, data_key)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if mode in ("rw", "rwc"):
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        # Pages are decrypted on every read from the OS cache; a larger page cache keeps lists and search fast.
        conn.execute(f"PRAGMA cache_size = {-CACHE_KIB}")
        conn.execute("PRAGMA secure_delete = ON")
    except dbapi2.Error as exc:
        conn.close()
        code = str(getattr(exc, "sqlite_errorname", ""))
        if code.startswith(("SQLITE_IOERR", "SQLITE_CANTOPEN", "SQLITE_READONLY")):
            raise _CannotWrite(exc) from None
        raise translate(exc, path) from None
    except SaksiError:
        conn.close()
        raise
    conn.mapped = True
    return conn


def write_problem(folder: Path) -> SaksiError | None:
    """Why nothing can be written in ``folder`` (read-only disk, no permission, full disk), or None."""
    readonly = False
    if hasattr(os, "statvfs"):
        try:
            readonly = bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
        except OSError:
            return None
    if readonly or not os.access(folder, os.W_OK):
        return ReadOnlyMedia(
            "The vault is on a read-only disk or folder: Saksi opened it for reading only, and changes cannot be saved. Copy it to a writable disk to work on it."
        )
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return None
    if free < LOW_SPACE:
        return DiskFull(
            "The disk holding the vault is full: Saksi opened it for reading only and the vault is intact. Free some space and unlock again to make changes."
        )
    return None


def apply_key(conn: Connection, data_key: bytes) -> None:
    conn.execute("PRAGMA cipher_log_level = NONE")  # HMAC failures would go to stderr
    conn.execute(f"PRAGMA key = {key_pragma(data_key)}")
    conn.execute(f"PRAGMA cipher_page_size = {PAGE_SIZE}")
    version = conn.execute("PRAGMA cipher_version").fetchone()
    if not version or not version[0]:
        raise SaksiError("This copy of Saksi was built without encryption support; it refuses to open the vault.")


def translate(exc: BaseException, path: Path | None = None, *, writing: bool = False) -> BaseException:
    """The error to raise for a database error: a ``SaksiError`` with a plain message when its result code
    is environmental (disk full, I/O, busy, read-only, damaged, not a database...), else ``exc`` itself: a bug
    (syntax, constraint, misuse) is not the user's problem and goes to the crash path unchanged.
    Only called once the key is known to be right.

    ``writing``: the error came from a write (a commit, a copy). SQLite reports a full disk or a
    file-size limit there as a bare I/O error, which on a read would rather mean damage.
    """
    code = result_code(exc)
    if code not in ENVIRONMENTAL:
        return exc
    error = _environmental(code, path, writing=writing)
    error.sqlite_error = exc if isinstance(exc, dbapi2.Error) else None
    return error


def _environmental(code: int | None, path: Path | None, *, writing: bool) -> SaksiError:
    where = f" ({path.name})" if path else ""
    if code in (dbapi2.SQLITE_FULL, dbapi2.SQLITE_NOLFS) or (writing and code == dbapi2.SQLITE_IOERR):
        return DiskFull(DISK_FULL)
    if code == dbapi2.SQLITE_NOTADB:
        return VaultDamaged(
            "The vault database{where} cannot be decrypted although the key is right: its first page is damaged or was tampered with.",
            where=where,
        )
    if code == dbapi2.SQLITE_CORRUPT:
        return VaultDamaged(
            "The vault database{where} is damaged or was tampered with (database disk image is malformed).", where=where
        )
    if code in (dbapi2.SQLITE_CANTOPEN, dbapi2.SQLITE_PERM):
        return VaultDamaged("The vault database{where} cannot be opened (missing, or no permission).", where=where)
    if code == dbapi2.SQLITE_READONLY:
        return ReadOnlyMedia("The vault{where} is on a read-only disk or folder.", where=where)
    if code in (dbapi2.SQLITE_BUSY, dbapi2.SQLITE_LOCKED, dbapi2.SQLITE_PROTOCOL):
        return SaksiError("The vault is busy in another window or program. Try again in a moment.")
    if code == dbapi2.SQLITE_NOMEM:
        return SaksiError("The computer ran out of memory. Close other programs and try again; the vault is intact.")
    return VaultDamaged("The disk holding the vault{where} reported a read error.", where=where)


@contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """One write transaction; nested calls become savepoints. Errors roll back and are mapped."""
    refusal = getattr(conn, "refusal", None)
    if refusal is not None:  # a damaged vault, or one opened read-only on a full or read-only disk
        raise type(refusal)(refusal.template, **refusal.params)
    nested = conn.in_transaction
    name = f"sp_{next(_savepoints)}"
    try:
        conn.execute(f"SAVEPOINT {name}" if nested else "BEGIN IMMEDIATE")
        yield conn
        conn.execute(f"RELEASE {name}" if nested else "COMMIT")
        if not nested:
            _on_rollback.pop(id(conn), None)
    except BaseException as exc:
        try:
            conn.execute(f"ROLLBACK TO {name}" if nested else "ROLLBACK")
            if nested:
                conn.execute(f"RELEASE {name}")
        except dbapi2.Error:
            pass
        if not nested:
            for undo in _on_rollback.pop(id(conn), []):
                undo()
        original = sqlite_error(exc)
        if original is not None:  # read-side mapping does not know a write failed: map again as a write
            raise translate(original, writing=True) from None
        raise


def on_rollback(conn: Connection, undo: Callable[[], None]) -> None:
    """Call ``undo`` if the outermost ``transaction`` open on ``conn`` rolls back (forgotten when it commits)."""
    _on_rollback.setdefault(id(conn), []).append(undo)


def like_escape(text: str) -> str:
    """``text`` for a LIKE pattern written with ``ESCAPE '\\'``: its own % and _ match only themselves."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def fts_phrase(text: str) -> str:
    """``text`` as one FTS5 phrase: quotes, operators and hyphens in it are searched, not obeyed."""
    return '"' + text.replace('"', '""') + '"'


def scalar(conn: Connection, sql: str, params: tuple[Any, ...] = ()) -> Any:
    row = conn.execute(sql, params).fetchone()
    return row[0] if row else None
