"""The one owner of the open vault in the desktop app (after Anki's CollectionOp/QueryOp and Electrum's
single database thread).

Every vault job the GUI starts off its own thread is an *operation* submitted here:

- ``query(owner, vault, work, on_success)``: reads (and audited exports); any number run side by side.
- ``write(owner, vault, work, on_success, changes=...)``: writes, one at a time in the order submitted.
- ``exclusive(...)``: data-key rotation. It waits until nothing else runs, closes the GUI's connection
  (a connection keyed with the old key would read the rewritten pages as damage), runs alone, and opens
  the GUI's connection again with the key the rotation ended with.
- ``background(vault, work, on_done)``: the integrity check after unlock, quiet (no dialog, nothing disabled);
  a lock or a rotation stops it.

``work(report)`` runs on a worker thread. Inside it ``own(vault)`` is the operation's own ``Vault``: opened on
that thread (so that thread owns its connection; ``storage.db.Connection`` checks this in the tests), with its
own copy of the key file, closed by the runner when the work returns. Results and errors come back on the GUI
thread through ``ui.jobs``; after a write the runner takes the key file the operation wrote back into the
GUI's vault before ``on_success`` runs, then emits ``changed(Changes)`` so views refresh from what changed.

The GUI thread owns ``vault.conn`` but uses it only through this module's door: ``now(vault, fn, changes)`` runs
quick GUI-thread work (a widget's small reads and saves, through app/), refused with a plain message while a
rotation has the connection closed, and reports ``changes`` like an operation; ``through(vault, obj, writes)``
(and ``case_files(vault)``) is an app/ object a widget keeps whose every call goes through ``now``. Longer work
(deriving keys, scanning many rows) is an operation. ``refresh_on(view, vault, wanted, refresh)`` refreshes a
view after the Changes that concern it (at once when shown, else when shown next). In the GUI tests the switch
``storage.db.DOOR_GUARD`` makes a statement that ui/ code makes on the GUI thread outside the door raise, and
``storage.db.THREAD_GUARD`` one from a thread that does not own the connection. Only this module locks
(``close``), rotates, or makes thread vaults: ``tests/unit/test_vault_door.py`` checks that ui/ has no other
``for_thread``, ``rotate_data_key`` or vault ``close`` calls, no ``.conn`` and no storage repository import. ``cancel`` (on lock) drops operations that
have not started and asks running cancellable ones (imports) and the background check to stop; the lock
happens when the last running one has delivered (``ui.jobs.tracker().all_done``).
"""

from __future__ import annotations

import inspect
import threading
import weakref
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, fields
from typing import Any, TypeVar, cast

from PySide6.QtCore import QEvent, QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QWidget

from app.cases.case_files import CaseFiles
from storage import db
from storage.errors import SaksiError
from storage.phrases import KEY_CHANGING
from storage.vault import Vault
from ui import jobs

T = TypeVar("T")
READ, WRITE, EXCLUSIVE = "read", "write", "exclusive"


@dataclass(frozen=True)
class Changes:
    """What an operation changed (after Anki's OpChanges): views refresh only for what concerns them."""

    cases: bool = False
    evidence: bool = False
    drafts: bool = False
    users: bool = False
    keys: bool = False
    integrity: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)})

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def __and__(self, other: Changes) -> Changes:
        return Changes(**{f.name: getattr(self, f.name) and getattr(other, f.name) for f in fields(self)})


NOTHING = Changes()
EVERYTHING = Changes(True, True, True, True, True, True)
CASES, EVIDENCE, DRAFTS, USERS = Changes(cases=True), Changes(evidence=True), Changes(drafts=True), Changes(users=True)

_local = threading.local()  # on a worker: the vault being served (``owner``) and the operation's own (``own``)


def own(vault: Vault) -> Vault:
    """Inside an operation's ``work``: that operation's own vault (its own connection on this thread)."""
    if getattr(_local, "owner", None) is not vault or getattr(_local, "own", None) is None:
        raise RuntimeError("own(vault) is only for the work of an operation submitted to ui.vault_ops")
    mine: Vault = _local.own
    return mine


@contextmanager
def _serving(vault: Vault) -> Iterator[Vault]:
    mine = vault.for_thread()  # opened here: this worker thread owns the connection
    _local.owner, _local.own = vault, mine
    try:
        yield mine
    finally:
        _local.owner = _local.own = None
        mine.suspend()  # closes the connection on its own thread; the key file stays for adopt_keys


def _keys(vault: Vault) -> object:
    """What a key file holds (to tell whether an operation changed it)."""
    keyfile = vault.keyfile
    return (list(keyfile.slots), keyfile.generation, keyfile.db_salt)


class _Op:
    """One submitted operation: its job, kind, what it changes, and (after it ran) its own vault."""

    def __init__(self, job: jobs.Job[Any] | None, kind: str, changes: Changes) -> None:
        self.job, self.kind, self.changes = job, kind, changes
        self.mine: Vault | None = None
        self.relay: _Relay | None = None  # keeps a background operation's relay alive until it delivered
        self.keys_before: object = None  # the key file as the operation found it
        self.stop = threading.Event()
        self.launch: Callable[[], None] = job.launch if job is not None else lambda: None


class VaultRunner(QObject):
    """The queue and the connections of one open vault; create it with ``runner(vault)``."""

    changed = Signal(object)  # Changes, on the GUI thread after an operation that changed something
    lost = Signal(str)  # the vault could not be opened again after a rotation: it is locked, say why
    reconnected = Signal()  # a rotation is over and the GUI's connection is open again

    def __init__(self, vault: Vault) -> None:
        super().__init__()
        self.vault = vault
        self.queue: deque[_Op] = deque()
        self.running: list[_Op] = []
        self.closed = False

    # ---- submitting (GUI thread)
    def submit(self, job: jobs.Job[T], kind: str = WRITE, changes: Changes = NOTHING) -> jobs.Job[T]:
        if self.closed or not self.vault.is_open:
            raise RuntimeError("an operation was submitted to a locked vault")
        op = _Op(job, kind, changes)
        work = job._fn
        vault = self.vault

        def served(report: jobs.Progress) -> T:
            with _serving(vault) as mine:
                op.mine, op.keys_before = mine, _keys(mine)
                return work(report)

        job._fn = served
        job.before_delivery = lambda: self._finished(op)
        job.finished.connect(self._pump)
        self.queue.append(op)
        job.start(launch=False)
        self._pump()
        return job

    def background(self, work: Callable[[Callable[[], bool]], T], on_done: Callable[[T], None]) -> bool:
        """Run ``work(stopped)`` quietly; ``on_done(result)`` on the GUI thread unless it was stopped."""
        if self.closed or not self.vault.is_open:
            return False
        op = _Op(None, READ, NOTHING)
        vault = self.vault

        def run() -> None:
            try:
                with _serving(vault):
                    result: Any = work(op.stop.is_set)
            except Exception as exc:  # noqa: BLE001 - the check's own failure (a page that cannot open) is its answer
                result = [str(exc)]
            relay.done.emit(result)

        def done(result: Any) -> None:
            op.relay = None
            if op in self.running:
                self.running.remove(op)
            if not op.stop.is_set() and not self.closed:
                on_done(result)
            self._pump()

        relay = op.relay = _Relay(done)
        op.launch = lambda: QThreadPool.globalInstance().start(run)
        self.queue.append(op)
        self._pump()
        return True

    # ---- scheduling (GUI thread)
    def _pump(self) -> None:
        """Start what may start, in the order submitted: a read may pass a waiting write, nothing passes a
        waiting rotation, and writes keep their order."""
        for op in list(self.queue):
            if self.closed:
                break
            if self._may_start(op):
                self.queue.remove(op)
                if op.kind == EXCLUSIVE:
                    self.vault.suspend()
                self.running.append(op)
                op.launch()
            elif op.kind == EXCLUSIVE:
                break
        if self.queue and self.queue[0].kind == EXCLUSIVE:
            for other in self.running:
                if other.job is None:
                    other.stop.set()  # the background check gives way to a rotation

    def _may_start(self, op: _Op) -> bool:
        kinds = {other.kind for other in self.running}
        if EXCLUSIVE in kinds:
            return False
        if op.kind == EXCLUSIVE:
            return not self.running
        if op.kind == WRITE:
            return WRITE not in kinds  # writes one at a time; reads beside them
        return True

    def _finished(self, op: _Op) -> None:
        """The worker is done: settle the GUI's vault before the operation's callbacks run."""
        if op in self.running:
            self.running.remove(op)
        reopened = False
        if op.kind == EXCLUSIVE:
            try:
                self.vault.resume(op.mine)  # the new key (or the old one, if the rotation failed before the rekey)
                reopened = True
            except SaksiError as exc:  # e.g. the disk went away: nothing may use a closed connection, so lock
                self.closed = True
                self.vault.close()
                self.lost.emit(exc.message)
        elif op.kind == WRITE and op.mine is not None and self.vault.is_open and _keys(op.mine) != op.keys_before:
            # Only a key file the operation changed: an unchanged copy may be older than the GUI's own
            # (a user removed on the GUI thread meanwhile) and must not bring removed slots back.
            self.vault.adopt_keys(op.mine)
        op.mine = None
        if op.changes:
            self.changed.emit(op.changes)
        if reopened:
            self.reconnected.emit()

    # ---- lock (GUI thread)
    def busy(self) -> bool:
        return bool(self.queue or self.running)

    def exclusive_pending(self) -> bool:
        """A rotation is queued or running: the GUI's connection is (or is about to be) closed."""
        return any(op.kind == EXCLUSIVE for op in (*self.queue, *self.running))

    def cancel(self) -> None:
        """Drop what has not started; ask what runs to stop where it safely can (imports, the check)."""
        while self.queue:
            op = self.queue.popleft()
            if op.job is not None:
                op.job.drop()
        for op in self.running:
            op.stop.set()
            stop = getattr(op.job, "cancel", None)
            if callable(stop):
                stop()

    def close(self) -> None:
        """Lock: the only place the vault is closed. Running operations must have delivered (``busy``)."""
        self.cancel()
        self.closed = True
        if self.running and any(op.job is not None for op in self.running):
            raise RuntimeError("the vault was closed while an operation was still running")
        self.vault.close()  # the background check, if stopping, closes its own connection on its thread
        _runners.pop(self.vault, None)


class _Relay(QObject):
    """Carries a background result to the GUI thread (a queued signal from the worker to a method)."""

    done = Signal(object)

    def __init__(self, deliver: Callable[[Any], None]) -> None:
        super().__init__()
        self._deliver = deliver
        self.done.connect(self._received)

    def _received(self, result: object) -> None:
        self._deliver(result)


_runners: weakref.WeakKeyDictionary[Vault, VaultRunner] = weakref.WeakKeyDictionary()


def runner(vault: Vault) -> VaultRunner:
    """The runner of this open vault (made on first use, on the GUI thread)."""
    found = _runners.get(vault)
    if found is None:
        found = _runners[vault] = VaultRunner(vault)
    return found


def _job(
    owner: QWidget,
    fn: Callable[[jobs.Progress], T],
    on_success: Callable[[T], None],
    label: str,
    on_failure: Callable[[SaksiError], None] | None,
) -> jobs.Job[T]:
    return jobs.Job(owner, fn, on_success, on_failure, label)


def query(
    owner: QWidget,
    vault: Vault,
    fn: Callable[[jobs.Progress], T],
    on_success: Callable[[T], None],
    *,
    label: str,
    on_failure: Callable[[SaksiError], None] | None = None,
) -> jobs.Job[T]:
    """Read off the GUI thread (``own(vault)`` inside ``fn``); results on the GUI thread as ``ui.jobs.run``."""
    return runner(vault).submit(_job(owner, fn, on_success, label, on_failure), READ)


def write(
    owner: QWidget,
    vault: Vault,
    fn: Callable[[jobs.Progress], T],
    on_success: Callable[[T], None],
    *,
    label: str,
    changes: Changes = EVERYTHING,
    on_failure: Callable[[SaksiError], None] | None = None,
) -> jobs.Job[T]:
    """Write off the GUI thread, after the writes submitted before it; then ``changed(changes)``."""
    return runner(vault).submit(_job(owner, fn, on_success, label, on_failure), WRITE, changes)


def exclusive(
    owner: QWidget,
    vault: Vault,
    fn: Callable[[jobs.Progress], T],
    on_success: Callable[[T], None],
    *,
    label: str,
    on_failure: Callable[[SaksiError], None] | None = None,
) -> jobs.Job[T]:
    """Run alone, with the GUI's connection closed meanwhile (data-key rotation)."""
    return runner(vault).submit(_job(owner, fn, on_success, label, on_failure), EXCLUSIVE, EVERYTHING)


def rotate_data_key(vault: Vault, passphrase: str) -> str:
    """The work of a rotation (submit it with ``exclusive``): returns the new recovery code."""
    return own(vault).rotate_data_key(passphrase)


def handed_over(result: T) -> T:
    """End of an unlock job: hand the opened vault's connection to the GUI thread, which owns it next."""
    vault = result[0] if isinstance(result, tuple) and result else result
    if isinstance(vault, Vault):
        vault.hand_over()
    return result


def busy(vault: Vault | None) -> bool:
    found = _runners.get(vault) if vault is not None else None
    return found is not None and found.busy()


def when_connected(vault: Vault, callback: Callable[[], None]) -> None:
    """Call ``callback`` now, or once a pending rotation is over (it closes the GUI thread's connection, so a read
    made meanwhile would fail, and ``now`` refuses it): for GUI-thread work started by a timer. Not "once idle": other
    operations (the integrity check queued behind the rotation) may keep the runner busy for long after.
    A rotation that loses the vault (locked) never calls back."""
    found = _runners.get(vault)
    if found is None or not found.exclusive_pending():
        callback()
        return

    def after() -> None:
        found.reconnected.disconnect(after)
        when_connected(vault, callback)

    found.reconnected.connect(after)


def in_door() -> bool:
    """Whether this thread is inside ``now`` (the test switch ``storage.db.DOOR_GUARD`` refuses statements
    that ui/ code makes on the GUI thread outside it)."""
    return db.in_door()


def now(vault: Vault, fn: Callable[[Vault], T], changes: Changes = NOTHING) -> T:
    """Quick GUI-thread work on the GUI's own connection (small reads and saves of widgets, through app/).

    Refused with a SaksiError while a rotation has (or is about to have) that connection closed; after work
    that changed something, ``changed(changes)`` is emitted so views refresh from it."""
    found = _runners.get(vault)
    if found is not None and found.exclusive_pending():
        raise SaksiError(KEY_CHANGING)
    with db.door():
        result = fn(vault)
    if changes:
        runner(vault).changed.emit(changes)
    return result


class _Through:
    """An app/ object bound to the GUI's vault whose attribute reads and method calls each go through ``now``."""

    def __init__(self, vault: Vault, target: object, writes: Mapping[str, Changes]) -> None:
        self._vault, self._target, self._writes = vault, target, writes

    def __getattr__(self, name: str) -> Any:
        vault, target = self._vault, self._target
        found = now(vault, lambda _v: getattr(target, name))
        if not inspect.ismethod(found):
            return found  # data (a connection too: what app/ code does with it is checked where it runs)
        changes = self._writes.get(name, NOTHING)

        def called(*args: Any, **kwargs: Any) -> Any:
            return now(vault, lambda _v: found(*args, **kwargs), changes)

        return called


def through(vault: Vault, target: T, writes: Mapping[str, Changes] | None = None) -> T:
    """``target`` (an app/ object on the GUI's vault, e.g. ``EvidenceLocker(vault)``) as a widget keeps it: each
    call is quick GUI-thread work through ``now``; a call named in ``writes`` then reports what it changed."""
    return cast(T, _Through(vault, target, writes or {}))


class _Refresher(QObject):
    """Refreshes one view after the Changes that concern it: at once (after the event that changed the vault)
    when it is on screen, else when it is shown next; several changes in a row refresh it once."""

    def __init__(self, view: QWidget, vault: Vault, wanted: Changes, refresh: Callable[[], None]) -> None:
        super().__init__(view)
        self.view, self.vault, self.wanted, self.refresh = view, vault, wanted, refresh
        self.stale = self.due = False
        runner(vault).changed.connect(self._changed)
        view.installEventFilter(self)

    def _changed(self, changes: Changes) -> None:
        if changes & self.wanted:
            self.stale = True
            if self.view.isVisible():
                self._schedule()

    def _schedule(self) -> None:
        if not self.due:
            self.due = True
            QTimer.singleShot(0, self, self._run)  # never inside the save that changed it (it may be mid-edit)

    def _run(self) -> None:
        self.due = False
        found = _runners.get(self.vault)
        if not self.stale or not self.vault.is_open or not self.view.isVisible():
            return
        if found is not None and found.exclusive_pending():
            found.reconnected.connect(self._schedule, Qt.ConnectionType.SingleShotConnection)
            return
        self.stale = False
        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.Show and self.stale:
            self._schedule()
        return False


def refresh_on(view: QWidget, vault: Vault, wanted: Changes, refresh: Callable[[], None]) -> None:
    """Call ``refresh`` when an operation (or ``now``) changed something in ``wanted``, while ``view`` lives.
    ``refresh`` only reads (a write of its own would report changes and come back here)."""
    _Refresher(view, vault, wanted, refresh)


def case_files(vault: Vault) -> CaseFiles:
    """``CaseFiles(vault)`` for a widget to keep: its calls go through ``now``, its saves report ``CASES``."""
    return through(
        vault, CaseFiles(vault), dict.fromkeys(("set_prefix", "create", "save", "delete", "import_json"), CASES)
    )


def cancel(vault: Vault) -> None:
    found = _runners.get(vault)
    if found is not None:
        found.cancel()


def close(vault: Vault) -> None:
    """Lock or close the vault (the only place the desktop app does)."""
    found = _runners.get(vault)
    if found is None:
        vault.close()
    else:
        found.close()
