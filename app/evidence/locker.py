"""The evidence locker: import originals byte for byte, read what they are, derive redacted copies."""

from __future__ import annotations

import errno
import io
import os
import stat
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import filetype

from app.cases.access import visible_case_ids
from app.common.display import is_invisible
from app.common.exports import audited, inside
from app.evidence import chats, mrz
from app.evidence.chat_exhibits import ChatQuote, quote, set_date_order, store_chat
from app.evidence.identifiers_index import index_item
from app.evidence.imaging import ImageWorker
from storage import blobstore
from storage import cases as case_store
from storage import chats as chat_store
from storage import evidence as store
from storage import identifiers as identifier_store
from storage.db import Connection, transaction
from storage.errors import DiskFull, InputRejected, PermissionDenied, ReadOnlyMedia, SaksiError, VaultDamaged
from storage.evidence import Item, Provenance
from storage.files import os_error
from storage.phrases import ALREADY_EXISTS, NO_CASE
from storage.vault import Vault

PREVIEW_BYTES_LIMIT = 256 * 1024 * 1024  # PDFs and media larger than this get no page count / duration
HEAD_BYTES = 8192
DEFAULT_OCR_LANGUAGES = ["eng", "khm", "tha"]  # each language adds time; see `make bench` and --languages


@dataclass(frozen=True)
class ImportResult:
    path: str
    item: Item | None = None
    duplicate_of: Item | None = None  # the same bytes were already an exhibit of this case
    error: str = ""
    stopped: int = 0  # the exit code of a vault problem (full disk, read-only, damage) that ended the import here

    @property
    def message(self) -> str:
        name = Path(self.path).name
        if self.error:
            return f"{name}: {self.error}"
        if self.duplicate_of:
            return f"{name} is already exhibit {self.duplicate_of.label}; the new provenance was added to it."
        assert self.item is not None
        refusal = self.item.metadata.get("not_a_chat")
        if refusal:  # it looked like a chat export: say why it is a plain file
            return f"{name} stored as exhibit {self.item.label}, as a plain file: {refusal}"
        return f"{name} stored as exhibit {self.item.label}."


def sniff(head: bytes) -> tuple[str, str]:
    """(MIME type, kind) from the content, never the file name."""
    if not head:
        return "application/x-empty", "other"
    guess = filetype.guess(head)
    if guess is not None:
        mime = str(guess.mime)
        for prefix, kind in (("image/", "image"), ("audio/", "audio"), ("video/", "video")):
            if mime.startswith(prefix):
                return mime, kind
        return (mime, "pdf") if mime == "application/pdf" else (mime, "other")
    if b"\x00" not in head:
        try:
            head.decode("utf-8")
            return "text/plain", "text"
        except UnicodeDecodeError as exc:
            if exc.start > len(head) - 4:  # a multi-byte character cut at the end of the sample
                return "text/plain", "text"
    return "application/octet-stream", "other"


def expand_paths(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Files as given, and every file inside given folders (sorted, hidden files included: evidence is evidence)."""
    return [path for path, _root in _expand(paths)]


def _expand(paths: Iterable[str | os.PathLike[str]]) -> list[tuple[Path, Path | None]]:
    """(path, the folder it was found in or None). Links are listed, never followed: the import refuses
    them by name, as it does devices and FIFOs, so the user sees what was left out."""
    found: list[tuple[Path, Path | None]] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir() and not path.is_symlink():
            inside: list[Path] = []
            for folder, dirs, files in os.walk(path, followlinks=False):
                here = Path(folder)
                inside += [here / d for d in dirs if (here / d).is_symlink()]  # not descended into
                inside += [here / f for f in files]
            found += [(p, path) for p in sorted(inside)]
        else:
            found.append((path, None))
    return found


class EvidenceLocker:
    def __init__(self, vault: Vault, worker: ImageWorker | None = None) -> None:
        self.vault = vault
        self.worker = worker or ImageWorker()

    @property
    def conn(self) -> Connection:
        """The vault's connection now (a data-key rotation gives the vault a new one)."""
        return self.vault.conn

    @property
    def actor(self) -> str:
        return self.vault.user.name

    def case_id(self, reference: str) -> str:
        stored = case_store.get(self.conn, reference)
        if stored is None:
            raise InputRejected(NO_CASE, reference=reference)
        return stored.case_id

    # ------------------------------------------------------------------ importing
    def import_paths(
        self,
        reference: str,
        paths: Iterable[str | os.PathLike[str]],
        provenance: Provenance,
        *,
        progress: Callable[[int, int, str], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        descriptions: Mapping[str, str] | None = None,
    ) -> list[ImportResult]:
        """Import files and folders; each file is stored whole or not at all. Errors are reported per file.

        Exhibit numbers follow the order of ``paths`` (a folder's files sorted by name). ``descriptions`` gives a
        file (by its path as ``expand_with_exports`` lists it) its own description instead of the batch's."""
        case_id = self.case_id(reference)
        files = expand_with_exports(paths)
        results = []
        for number, (path, root, export) in enumerate(files, start=1):
            if cancelled and cancelled():
                break
            if progress:
                progress(number - 1, len(files), path.name)
            own = (descriptions or {}).get(str(path))
            given = provenance if own is None else replace(provenance, description=own.strip())
            try:
                results.append(self._import_one(case_id, path, given, cancelled, root, export))
            except store.Cancelled:
                break
            except (DiskFull, ReadOnlyMedia, VaultDamaged) as exc:  # the vault's problem: no later file fits either
                results.append(ImportResult(str(path), error=exc.message, stopped=exc.exit_code))
                break
            except SaksiError as exc:
                results.append(ImportResult(str(path), error=exc.message))
        if progress:
            progress(len(results), len(files), "")
        return results

    def import_file(self, reference: str, path: str | os.PathLike[str], provenance: Provenance) -> ImportResult:
        target = Path(path)
        export = chats.folder_export(target) if target.is_dir() else None
        if export is not None:
            return self._import_one(self.case_id(reference), export.chat_file, provenance, None, target, export)
        return self._import_one(self.case_id(reference), target, provenance, None)

    def import_bytes(
        self, reference: str, data: bytes, filename: str, provenance: Provenance, *, origin: str = ""
    ) -> ImportResult:
        """E.g. a screenshot pasted from the clipboard; ``origin`` (in the custody entry) says how the bytes came:
        ``clipboard`` (the clipboard's own bytes) or ``clipboard-reencoded`` (a decoded picture saved again)."""
        return self._store(
            self.case_id(reference), io.BytesIO(data), filename, provenance, None, filename, origin=origin
        )

    def _import_one(
        self,
        case_id: str,
        path: Path,
        provenance: Provenance,
        cancelled: Callable[[], bool] | None,
        root: Path | None = None,
        export: chats.FolderExport | None = None,
    ) -> ImportResult:
        """One file, opened without following a link and refused if it changes while it streams in."""
        try:
            fd, before = _open_regular(path, root)
        except PermissionError:
            raise InputRejected("Saksi is not allowed to read this file.") from None
        except FileNotFoundError:
            raise InputRejected("the file does not exist (or was removed).") from None
        except OSError as exc:
            raise SaksiError(
                "the file could not be opened ({reason}).", reason=exc.strerror or type(exc).__name__
            ) from None

        def unchanged(size: int) -> None:
            after = os.fstat(fd)
            if size != before.st_size or _version(after) != _version(before):
                raise InputRejected(
                    "the file changed while it was being read (its size or modification time changed), so nothing of it was stored. Import it again once nothing is writing to it."
                )

        try:
            with os.fdopen(fd, "rb") as stream:
                return self._store(
                    case_id, stream, path.name, provenance, cancelled, str(path), unchanged, export or path.parent
                )
        except OSError as exc:
            if isinstance(exc, SaksiError):
                raise
            raise SaksiError(
                "the file could not be read to the end ({reason}); it may have been removed or the drive unplugged. Nothing of it was stored.",
                reason=exc.strerror or type(exc).__name__,
            ) from None

    def _store(
        self,
        case_id: str,
        stream: Any,
        filename: str,
        provenance: Provenance,
        cancelled: Callable[[], bool] | None,
        shown_path: str,
        unchanged: Callable[[int], None] | None = None,
        beside: chats.FolderExport | Path | None = None,
        *,
        origin: str = "",
    ) -> ImportResult:
        head = stream.read(HEAD_BYTES)
        stream.seek(0)
        mime, kind = sniff(head)
        provenance = _with_source(provenance, filename)
        refusal = ""
        if kind == "text" or chats.may_be_export(mime, filename):  # a text with stray bytes, UTF-16 too
            try:
                result = self._store_chat(case_id, stream, filename, mime, provenance, cancelled, shown_path, beside)
            except chats.NotAChat as exc:
                refusal = str(exc)
                stream.seek(0)
            else:
                if result is not None:
                    return result
        with transaction(self.conn):
            blob_id, sha, size, _known = store.store_stream(self.conn, stream, cancelled=cancelled)
            if unchanged is not None:  # before anything commits: a file truncated or rewritten mid-way is no exhibit
                unchanged(size)
            existing = store.find_original_by_hash(self.conn, case_id, sha)
            if existing:
                store.add_provenance(
                    self.conn, self.actor, existing, provenance, reason="the same file was imported again"
                )
                return ImportResult(shown_path, duplicate_of=existing)
            item_id = store.insert_item(
                self.conn,
                self.actor,
                case_id=case_id,
                blob=(blob_id, sha, size),
                filename=filename,
                mime=mime,
                kind=kind,
                provenance=provenance,
                origin=origin,
            )
            if refusal:  # it looked like a chat export but could not be read: kept as it is, with the reason
                store.record(self.conn, self.actor, "evidence.not_a_chat", self._item_for(item_id), {"reason": refusal})
        self.analyse(item_id, refusal)
        item = store.get_item(self.conn, item_id)
        assert item is not None
        return ImportResult(shown_path, item=item)

    def _item_for(self, item_id: str) -> Item:
        found = store.get_item(self.conn, item_id, with_provenance=False)
        assert found is not None
        return found

    def _store_chat(
        self,
        case_id: str,
        stream: Any,
        filename: str,
        mime: str,
        provenance: Provenance,
        cancelled: Callable[[], bool] | None,
        shown_path: str,
        beside: chats.FolderExport | Path | None,
    ) -> ImportResult | None:
        """A chat export stored as one chat exhibit with its media; None when the file is not a chat export."""
        export = beside if isinstance(beside, chats.FolderExport) else None
        folder = export.folder if export else beside if isinstance(beside, Path) else None
        chat = chats.recognise(stream, filename, chats.file_size(stream), folder)
        if chat is None:
            stream.seek(0)
            return None
        extra = chats.unnamed_files(export, chat) if export else []
        stream.seek(0)
        with transaction(self.conn):
            blob_id, sha, size, _known = store.store_stream(self.conn, stream, cancelled=cancelled)
            existing = store.find_original_by_hash(self.conn, case_id, sha)
            if existing:
                store.add_provenance(
                    self.conn, self.actor, existing, provenance, reason="the same file was imported again"
                )
                return ImportResult(shown_path, duplicate_of=existing)
            item_id = store_chat(
                self.conn,
                self.actor,
                case_id=case_id,
                export=(blob_id, sha, size),
                filename=filename,
                mime=mime,
                provenance=provenance,
                chat=chat,
                extra_files=extra,
            )
        for child in self.copies_of(self._item_for(item_id)):
            self.analyse(child.id)
        index_item(self.conn, item_id)
        item = store.get_item(self.conn, item_id)
        assert item is not None
        return ImportResult(shown_path, item=item)

    # ------------------------------------------------------------------ reading what it is
    def analyse(self, item_id: str, refusal: str = "") -> None:
        """Metadata and thumbnail; a decoder failure leaves a reason instead of a preview, never an error."""
        item = store.get_item(self.conn, item_id, with_provenance=False)
        if item is None or item.blob_id is None or item.kind == "chat":
            return
        metadata: dict[str, Any] = {}
        thumbnail, preview = None, ""
        if refusal:
            metadata, preview = {"not_a_chat": refusal}, refusal
        elif item.size == 0:
            preview = "The file is empty (0 bytes)."
        elif item.kind == "image":
            data = store.read_all(self.conn, item.blob_id, PREVIEW_BYTES_LIMIT)
            result = self.worker.describe(data) if data is not None else None
            if result is None:
                preview = "The image is too large to preview; its bytes are kept as received."
            else:
                metadata, thumbnail, preview = result.metadata, result.thumbnail_png, result.reason
        elif item.kind == "pdf":
            metadata, preview = self._pdf_metadata(item.blob_id)
        elif item.kind in ("audio", "video"):
            metadata, preview = self._media_metadata(item.blob_id, item.kind)
        elif item.kind == "text":
            preview = ""
        else:
            preview = f"No preview for this type of file ({item.mime}); its bytes are kept as received."
        store.set_analysis(self.conn, item.id, metadata=metadata, preview=preview, thumbnail_png=thumbnail)

    def _pdf_metadata(self, blob_id: str) -> tuple[dict[str, Any], str]:
        if store.blob_size(self.conn, blob_id) > PREVIEW_BYTES_LIMIT:
            return {}, ""
        try:
            import logging

            from pypdf import PdfReader

            logging.getLogger("pypdf").setLevel(logging.ERROR)  # damaged PDFs are expected here
            with store.open_blob(self.conn, blob_id) as stream:
                reader = PdfReader(stream)  # type: ignore[arg-type]  # a binary file, as pypdf wants
                return {"pages": len(reader.pages), "encrypted": reader.is_encrypted}, ""
        except SaksiError:
            raise
        except Exception as exc:  # noqa: BLE001 - a damaged PDF is still evidence
            return {}, f"The PDF could not be read ({type(exc).__name__}); its bytes are kept as received."

    def _media_metadata(self, blob_id: str, kind: str) -> tuple[dict[str, Any], str]:
        message = f"Play {kind} in another program: export a working copy (the export is recorded)."
        try:
            import mutagen

            with store.open_blob(self.conn, blob_id) as stream:  # reads the headers it seeks to, not the file
                media = mutagen.File(stream)
            if media is not None and media.info is not None and getattr(media.info, "length", None):
                return {"duration_seconds": round(float(media.info.length), 1)}, message
        except SaksiError:
            raise
        except Exception:  # noqa: BLE001 - duration is a nicety; its absence is not an error
            pass
        return {}, message

    # ------------------------------------------------------------------ looking
    def items(self, reference: str, *, include_deleted: bool = False) -> list[Item]:
        return store.items_of_case(self.conn, self.case_id(reference), include_deleted=include_deleted)

    def item(self, item_id: str) -> Item:
        found = store.get_item(self.conn, item_id)
        if found is None:
            raise InputRejected("That exhibit does not exist.")
        return found

    def by_label(self, reference: str, label: str) -> Item:
        for found in self.items(reference):
            if found.label == label.upper():
                return found
        raise InputRejected("Case {reference} has no exhibit {label}.", reference=reference, label=label)

    def items_all(self, case_id: str) -> list[Item]:
        return store.items_of_case(self.conn, case_id)

    def messages(self, item: Item) -> list[chat_store.StoredMessage]:
        """A chat's messages (reading them is a view of the exhibit, recorded in its custody log)."""
        return chat_store.messages(self.conn, item.id)

    def chat_view(self, item: Item) -> tuple[list[chat_store.StoredMessage], dict[str, str]]:
        """A chat's messages and the labels of the case's exhibits, for the viewer (recorded as a view).
        ``labels`` also carries, under ``#N``, the identifiers of message N that other cases name."""
        labels = {i.id: i.label for i in self.items_all(item.case_id)}
        visible = visible_case_ids(self.vault)  # a paralegal: links to their own cases only
        for seq, shared in identifier_store.shared_by_message(self.conn, item.id, visible).items():
            labels[f"#{seq}"] = "; ".join(f"{norm} ({', '.join(cases)})" for norm, cases in shared)
            labels[f"#{seq}:count"] = str(len({c for _norm, cases in shared for c in cases}))
        messages = chat_store.messages(self.conn, item.id)
        store.record(self.conn, self.actor, "evidence.view", item)
        return messages, labels

    def set_date_order(self, item: Item, order: str) -> None:
        set_date_order(self.conn, self.actor, item, order)

    def quote(self, item: Item, seqs: list[int]) -> list[ChatQuote]:
        return quote(self.conn, item, seqs)

    def ocr_text(self, item: Item) -> str:
        return store.ocr_text(self.conn, item.id)

    def read_text(self, item: Item, languages: list[str] | None = None) -> Item:
        """OCR in the sandboxed decoder process; the text (and a passport's MRZ) is stored with the exhibit.
        A failure keeps the reason in the metadata and is not an error (the image is still evidence)."""
        if item.kind != "image" or item.blob_id is None:
            raise InputRejected("Text can be read only from images; {label} is not one.", label=item.label)
        data = store.read_all(self.conn, item.blob_id, PREVIEW_BYTES_LIMIT)
        result = self.worker.ocr(data, languages or DEFAULT_OCR_LANGUAGES) if data is not None else None
        metadata = {k: v for k, v in item.metadata.items() if k not in ("mrz", "ocr_failed")}
        text = ""
        if result is None or not result.ok:
            metadata["ocr_failed"] = result.reason if result else "The image is too large to read."
        else:
            text = str(result.metadata.get("ocr_text", ""))
            metadata["ocr_languages"] = result.metadata.get("ocr_languages", "")
            found = mrz.best([str(result.metadata.get("mrz_text", "")), text])
            if found is not None:
                metadata["mrz"] = found.as_json()
        store.set_ocr(self.conn, self.actor, item, text=text, metadata=metadata)
        index_item(self.conn, item.id)
        return self.item(item.id)

    def text_of(self, item: Item) -> str:
        """What the exhibit says: the lawyer's transcription where there is one, else the text read by OCR."""
        return item.transcription or self.ocr_text(item)

    def thumbnail(self, item: Item) -> bytes | None:
        return store.thumbnail(self.conn, item.id)

    def view_bytes(self, item: Item, limit: int = PREVIEW_BYTES_LIMIT) -> bytes | None:
        """The bytes for the in-app viewer (memory only); the view is recorded in the custody log."""
        if item.blob_id is None:
            return None
        data = store.read_all(self.conn, item.blob_id, limit)
        store.record(self.conn, self.actor, "evidence.view", item)
        return data

    def custody(self, item: Item) -> list[Any]:
        return store.custody(self.conn, item.id)

    def copies_of(self, item: Item) -> list[Item]:
        return [i for i in store.items_of_case(self.conn, item.case_id) if i.original_id == item.id]

    def search(self, reference: str, text: str) -> list[Item]:
        ids = set(store.search(self.conn, self.case_id(reference), text))
        return [i for i in self.items(reference) if i.id in ids]

    # ------------------------------------------------------------------ changing
    def set_text(self, item: Item, transcription: str, translation: str) -> None:
        store.set_text(self.conn, self.actor, item, transcription=transcription, translation=translation)
        index_item(self.conn, item.id)

    def set_description(self, item: Item, description: str) -> Item:
        """Edit what an exhibit is said to be (recorded in its custody log with the words before)."""
        if item.deleted_at:
            raise InputRejected("{label} was deleted; only its tombstone remains.", label=item.label)
        store.set_description(self.conn, self.actor, item, " ".join(description.split()))
        return self.item(item.id)

    def renumber(self, reference: str, ordered: list[Item]) -> None:
        store.renumber(self.conn, self.actor, self.case_id(reference), [i.id for i in ordered])

    def delete(self, item: Item, reason: str) -> None:
        if not self.vault.user.is_admin:
            raise PermissionDenied("Only an admin can delete evidence. The original stays as it is.")
        store.delete_item(self.conn, self.actor, item, reason)

    def derive(
        self,
        item: Item,
        *,
        boxes: list[tuple[int, int, int, int]],
        crop: tuple[int, int, int, int] | None = None,
        rotate: int = 0,
        purpose: str = "redacted copy",
    ) -> Item:
        """A redacted / cropped / rotated working copy, linked to its original (which never changes)."""
        if item.kind != "image" or item.blob_id is None:
            raise InputRejected("Only images can be redacted, cropped or rotated in Saksi.")
        data = store.read_all(self.conn, item.blob_id, PREVIEW_BYTES_LIMIT)
        if data is None:
            raise InputRejected("The image is too large to make a copy in Saksi.")
        result = self.worker.derive(data, boxes, crop, rotate)
        if not result.ok or result.image_png is None:
            raise InputRejected("No copy could be made: {reason}", reason=result.reason)
        derivation = {
            "op": purpose,
            "boxes": [list(b) for b in boxes],
            "crop": list(crop) if crop else None,
            "rotate": rotate % 360,
            "metadata": "stripped (rebuilt from pixels)",
            "format": "PNG",
        }
        stem = Path(item.filename).stem
        original = item if item.is_original else self.item(str(item.original_id))
        with transaction(self.conn):
            blob_id, sha, size, _known = store.store_stream(self.conn, io.BytesIO(result.image_png))
            item_id = store.insert_item(
                self.conn,
                self.actor,
                case_id=item.case_id,
                blob=(blob_id, sha, size),
                filename=f"{stem}-{purpose.replace(' ', '-')}.png",
                mime="image/png",
                kind="image",
                provenance=Provenance(received_from="derived in Saksi", description=f"{purpose} of {item.label}"),
                original=original,
                derivation=derivation,
            )
        self.analyse(item_id)
        return self.item(item_id)

    def export_working_copy(self, item: Item, destination: str | os.PathLike[str]) -> Path:
        """An explicit, audited copy outside the vault (e.g. to play a voice note)."""
        if not self.vault.user.may_export:
            raise PermissionDenied("Your role does not allow exporting evidence.")
        target = Path(destination)
        if target.is_dir():
            target = inside(target, working_copy_name(item))  # the sender's file name is never a path
        if target.exists():
            raise InputRejected(ALREADY_EXISTS, target=target)
        detail = {"exhibit": item.label, "to": str(target), "working_copy": True}
        with audited(self.vault, "evidence.export", f"evidence:{item.id}", detail):  # in the custody log first
            write_blob(self.vault, item, target)
        return target

    # ------------------------------------------------------------------ checking
    def verify_all(self, progress: Callable[[int, int], None] | None = None) -> list[str]:
        """Re-hash every stored file; name each exhibit whose bytes no longer match."""
        problems = []
        blobs = store.all_blobs(self.conn)
        for number, (blob_id, sha, size) in enumerate(blobs, start=1):
            try:
                actual, actual_size = store.rehash(self.conn, blob_id)
            except SaksiError as exc:
                actual, actual_size = exc.message, -1
            if actual != sha or actual_size != size:
                problems.append(
                    f"Evidence {store.labels_of(self.conn, blob_id)}: stored bytes do not match SHA-256 {sha}."
                )
            if progress:
                progress(number, len(blobs))
        return problems


def expand_with_exports(
    paths: Iterable[str | os.PathLike[str]],
) -> list[tuple[Path, Path | None, chats.FolderExport | None]]:
    """Like ``_expand`` (path, the folder it was found in), but a folder that is a chat export (Telegram's, an
    unzipped WhatsApp one) is one import: its chat file, with the folder's other files as the chat's media."""
    found: list[tuple[Path, Path | None, chats.FolderExport | None]] = []
    for raw in paths:
        path = Path(raw)
        export = chats.folder_export(path) if path.is_dir() and not path.is_symlink() else None
        if export is not None:
            found.append((export.chat_file, path, export))
        else:
            found += [(p, root, None) for p, root in _expand([path])]
    return found


def working_copy_name(item: Item) -> str:
    """``E-3 chat.jpg``: the label and the file's own name, without folders or invisible characters."""
    name = "".join("_" if c in "/\\" or is_invisible(c) else c for c in Path(item.filename).name).strip(". ")
    return f"{item.label} {name}" if name else item.label


def _version(st: os.stat_result) -> tuple[int, int, int]:
    return st.st_size, st.st_mtime_ns, st.st_ctime_ns


def _open_regular(path: Path, root: Path | None) -> tuple[int, os.stat_result]:
    """Open ``path`` for reading if it is a regular file reached without a link; (fd, its stat)."""
    listed = os.lstat(path)
    if stat.S_ISLNK(listed.st_mode):
        raise InputRejected(
            "a link (shortcut), which Saksi does not follow: import the file or folder it points to instead."
        )
    if not stat.S_ISREG(listed.st_mode):
        raise InputRejected("not a regular file (a folder, device, pipe or socket), so it was not read.")
    # O_NOFOLLOW: a link swapped in since the lstat is not followed; O_NONBLOCK: a FIFO swapped in cannot hang us.
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputRejected("a link (shortcut), which Saksi does not follow.") from None
        raise
    try:
        opened = os.fstat(fd)
        if not stat.S_ISREG(opened.st_mode) or (opened.st_dev, opened.st_ino) != (listed.st_dev, listed.st_ino):
            raise InputRejected("the file was replaced while it was being opened, so it was not read.")
        if root is not None and not Path(os.path.realpath(path)).is_relative_to(os.path.realpath(root)):
            raise InputRejected("reached through a link out of the folder, which Saksi does not follow.")
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd, opened


def _with_source(provenance: Provenance, filename: str) -> Provenance:
    return replace(provenance, source_path=filename) if not provenance.source_path else provenance


def write_blob(vault: Vault, item: Item, target: Path) -> None:
    """Stream an item's bytes to a new file (never overwriting); a failed write leaves no partial file."""
    if item.blob_id is None:
        raise InputRejected("{label} was deleted; only its tombstone remains.", label=item.label)
    partial = target.with_name(f".{target.name}.partial")
    blob = blobstore.locate(vault.conn, item.blob_id)
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        try:
            blobstore.copy_plain_to(blob, fd)
        finally:
            os.close(fd)
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise os_error(exc, target) from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def case_items(vault: Vault, case_id: str) -> list[Item]:
    """A case's exhibits (deleted ones excluded): a quick read of one table, for views on the GUI thread."""
    return store.items_of_case(vault.conn, case_id)
