"""Schema versions and migrations.

Each migration is one function run in one transaction together with the
``user_version`` bump, in order. Before an existing vault is migrated it is
backed up (by the caller, see ``storage.vault``). A vault whose version is
newer than ``CURRENT_VERSION`` is refused.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import sqlcipher3

from storage.db import Connection, scalar, transaction

VACUUM_FREE_PAGES = 64  # a new vault frees a page or two: not worth rebuilding


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[Connection], None]
    vacuum: bool = False  # rebuild the file afterwards (the step freed most of it)


def _v1_foundation(conn: Connection) -> None:
    execute_script(
        conn,
        """
        CREATE TABLE meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE users (
            name        TEXT PRIMARY KEY,
            role        TEXT NOT NULL CHECK (role IN ('admin', 'lawyer', 'paralegal')),
            created_at  TEXT NOT NULL,
            created_by  TEXT NOT NULL,
            removed_at  TEXT,
            removed_by  TEXT
        );
        CREATE TABLE audit (
            seq        INTEGER PRIMARY KEY,
            at         TEXT NOT NULL,
            actor      TEXT NOT NULL,
            action     TEXT NOT NULL,
            target     TEXT NOT NULL DEFAULT '',
            detail     TEXT NOT NULL DEFAULT '{}',
            prev_hash  TEXT NOT NULL,
            hash       TEXT NOT NULL
        );
        CREATE INDEX audit_target ON audit(target);
        CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        """,
    )


def _v2_cases(conn: Connection) -> None:
    execute_script(
        conn,
        """
        CREATE TABLE vault_settings (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE cases (
            id            TEXT PRIMARY KEY,
            reference     TEXT NOT NULL UNIQUE,
            status        TEXT NOT NULL,
            client_name   TEXT NOT NULL DEFAULT '',
            nationality   TEXT NOT NULL DEFAULT '',
            jurisdiction  TEXT NOT NULL DEFAULT '',
            lawyer        TEXT NOT NULL DEFAULT '',
            paralegal     TEXT NOT NULL DEFAULT '',
            opened_on     TEXT NOT NULL,
            in_detention  INTEGER NOT NULL DEFAULT 0,
            next_deadline TEXT,
            version       INTEGER NOT NULL,
            created_at    TEXT NOT NULL,
            created_by    TEXT NOT NULL,
            updated_at    TEXT NOT NULL,
            updated_by    TEXT NOT NULL,
            deleted_at    TEXT,
            deleted_by    TEXT
        );
        CREATE INDEX cases_status ON cases(status);
        CREATE TABLE case_documents (
            case_id   TEXT PRIMARY KEY REFERENCES cases(id),
            document  TEXT NOT NULL
        );
        CREATE INDEX cases_client ON cases(client_name COLLATE NOCASE);
        CREATE INDEX cases_next_deadline ON cases(next_deadline);
        CREATE TABLE case_history (
            case_id  TEXT NOT NULL REFERENCES cases(id),
            version  INTEGER NOT NULL,
            at       TEXT NOT NULL,
            actor    TEXT NOT NULL,
            path     TEXT NOT NULL,
            old      TEXT NOT NULL,
            new      TEXT NOT NULL
        );
        CREATE INDEX case_history_path ON case_history(case_id, path);
        CREATE TRIGGER case_history_no_update BEFORE UPDATE ON case_history
            BEGIN SELECT RAISE(ABORT, 'case history is append-only'); END;
        CREATE TRIGGER case_history_no_delete BEFORE DELETE ON case_history
            BEGIN SELECT RAISE(ABORT, 'case history is append-only'); END;
        CREATE TABLE identifiers (
            case_id     TEXT NOT NULL REFERENCES cases(id),
            kind        TEXT NOT NULL,
            value       TEXT NOT NULL,
            normalised  TEXT NOT NULL,
            PRIMARY KEY (case_id, normalised)
        );
        CREATE INDEX identifiers_normalised ON identifiers(normalised);
        CREATE TABLE deadlines (
            case_id      TEXT NOT NULL REFERENCES cases(id),
            deadline_id  TEXT NOT NULL,
            due_on       TEXT NOT NULL,
            title        TEXT NOT NULL,
            kind         TEXT NOT NULL,
            done         INTEGER NOT NULL DEFAULT 0,
            charge_id    TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX deadlines_due ON deadlines(done, due_on);
        CREATE INDEX deadlines_case ON deadlines(case_id, done, due_on);
        CREATE VIRTUAL TABLE case_fts USING fts5(text, tokenize = 'trigram');
        """,
    )


def _v3_evidence(conn: Connection) -> None:
    execute_script(
        conn,
        """
        CREATE TABLE blobs (
            id      TEXT PRIMARY KEY,
            sha256  TEXT NOT NULL UNIQUE,
            size    INTEGER NOT NULL,
            chunks  INTEGER NOT NULL
        );
        CREATE TABLE blob_chunks (
            blob  TEXT NOT NULL,
            seq   INTEGER NOT NULL,
            data  BLOB NOT NULL
        );
        CREATE UNIQUE INDEX blob_chunks_order ON blob_chunks(blob, seq);
        CREATE TABLE evidence (
            id             TEXT PRIMARY KEY,
            case_id        TEXT NOT NULL REFERENCES cases(id),
            exhibit_no     INTEGER NOT NULL,
            original_id    TEXT REFERENCES evidence(id),
            derived_no     INTEGER NOT NULL DEFAULT 0,
            derivation     TEXT NOT NULL DEFAULT '{}',
            blob_id        TEXT REFERENCES blobs(id),
            sha256         TEXT NOT NULL,
            size           INTEGER NOT NULL,
            filename       TEXT NOT NULL,
            mime           TEXT NOT NULL,
            kind           TEXT NOT NULL,
            imported_at    TEXT NOT NULL,
            imported_by    TEXT NOT NULL,
            metadata       TEXT NOT NULL DEFAULT '{}',
            preview        TEXT NOT NULL DEFAULT '',
            thumbnail      BLOB,
            transcription  TEXT NOT NULL DEFAULT '',
            translation    TEXT NOT NULL DEFAULT '',
            deleted_at     TEXT,
            deleted_by     TEXT,
            delete_reason  TEXT
        );
        CREATE INDEX evidence_case ON evidence(case_id, exhibit_no);
        CREATE INDEX evidence_sha ON evidence(sha256);
        CREATE TABLE provenance (
            evidence_id    TEXT NOT NULL REFERENCES evidence(id),
            recorded_at    TEXT NOT NULL,
            recorded_by    TEXT NOT NULL,
            received_from  TEXT NOT NULL DEFAULT '',
            received_on    TEXT NOT NULL DEFAULT '',
            via            TEXT NOT NULL DEFAULT '',
            source_app     TEXT NOT NULL DEFAULT '',
            description    TEXT NOT NULL DEFAULT '',
            language       TEXT NOT NULL DEFAULT '',
            notes          TEXT NOT NULL DEFAULT '',
            source_path    TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX provenance_item ON provenance(evidence_id);
        CREATE VIRTUAL TABLE evidence_fts USING fts5(text, tokenize = 'trigram');
        """,
    )


def _v4_drafts(conn: Connection) -> None:
    execute_script(
        conn,
        """
        CREATE TABLE drafts (
            id           TEXT PRIMARY KEY,
            case_id      TEXT NOT NULL REFERENCES cases(id),
            template     TEXT NOT NULL,
            language     TEXT NOT NULL,
            recipient    TEXT NOT NULL DEFAULT '',
            title        TEXT NOT NULL,
            created_at   TEXT NOT NULL,
            created_by   TEXT NOT NULL,
            confirmed    TEXT NOT NULL DEFAULT '[]'
        );
        CREATE INDEX drafts_case ON drafts(case_id);
        CREATE TABLE draft_versions (
            draft_id  TEXT NOT NULL REFERENCES drafts(id),
            version   INTEGER NOT NULL,
            at        TEXT NOT NULL,
            actor     TEXT NOT NULL,
            text      TEXT NOT NULL,
            note      TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (draft_id, version)
        );
        CREATE TRIGGER draft_versions_no_update BEFORE UPDATE ON draft_versions
            BEGIN SELECT RAISE(ABORT, 'draft versions are append-only'); END;
        """,
    )


def _v5_blob_store(conn: Connection) -> None:
    """Evidence bytes move from ``blob_chunks`` rows to sealed files in blobs/ (storage/blobstore.py)."""
    from storage import blobstore

    execute_script(
        conn,
        """
        CREATE TABLE blob_files (
            blob_id         TEXT PRIMARY KEY REFERENCES blobs(id),
            file            TEXT NOT NULL UNIQUE,
            key             BLOB NOT NULL,
            chunk_size      INTEGER NOT NULL,
            stored_size     INTEGER NOT NULL,
            key_generation  INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE blob_trash (
            file  TEXT PRIMARY KEY
        );
        """,
    )
    blobstore.move_chunks_to_files(conn)
    # The rows' bytes now live in the files: drop them without zeroing every freed page first (they are
    # still SQLCipher-encrypted; the VACUUM that follows gives the space back to the file system).
    conn.execute("PRAGMA secure_delete = OFF")
    try:
        conn.execute("DROP TABLE blob_chunks")
    finally:
        conn.execute("PRAGMA secure_delete = ON")


def _v6_chats_text_identifiers(conn: Connection) -> None:
    """Chat messages of chat exhibits, text read from images (OCR) and identifiers found in evidence."""
    execute_script(
        conn,
        """
        CREATE TABLE chat_messages (
            id              INTEGER PRIMARY KEY,
            evidence_id     TEXT NOT NULL REFERENCES evidence(id),
            seq             INTEGER NOT NULL,
            time            TEXT NOT NULL,
            raw_time        TEXT NOT NULL DEFAULT '',
            sender          TEXT NOT NULL,
            text            TEXT NOT NULL,
            kind            TEXT NOT NULL,
            attachment      TEXT NOT NULL DEFAULT '',
            attachment_id   TEXT REFERENCES evidence(id),
            media_omitted   INTEGER NOT NULL DEFAULT 0,
            reply_to        INTEGER,
            forwarded_from  TEXT NOT NULL DEFAULT '',
            edited          TEXT NOT NULL DEFAULT '',
            source_id       TEXT NOT NULL DEFAULT '',
            extra           TEXT NOT NULL DEFAULT '{}',
            UNIQUE (evidence_id, seq)
        );
        CREATE VIRTUAL TABLE chat_fts USING fts5(text, tokenize = 'trigram');
        ALTER TABLE evidence ADD COLUMN ocr_text TEXT NOT NULL DEFAULT '';
        CREATE TABLE found_identifiers (
            case_id      TEXT NOT NULL REFERENCES cases(id),
            evidence_id  TEXT REFERENCES evidence(id),
            message_seq  INTEGER,
            field        TEXT NOT NULL DEFAULT '',
            kind         TEXT NOT NULL,
            value        TEXT NOT NULL,
            normalised   TEXT NOT NULL
        );
        CREATE INDEX found_identifiers_normalised ON found_identifiers(normalised);
        CREATE INDEX found_identifiers_case ON found_identifiers(case_id);
        CREATE INDEX found_identifiers_item ON found_identifiers(evidence_id);
        """,
    )


def _v7_office(conn: Connection) -> None:
    """The office identity (key pairs), partners, and what referral merges need (storage/office.py, app/referral/packages.py)."""
    from storage import office

    execute_script(
        conn,
        """
        CREATE TABLE office (
            id                  INTEGER PRIMARY KEY CHECK (id = 1),
            name                TEXT NOT NULL,
            encryption_private  BLOB NOT NULL,
            signing_private     BLOB NOT NULL,
            public_key          TEXT NOT NULL,
            fingerprint         TEXT NOT NULL,
            created_at          TEXT NOT NULL
        );
        CREATE TABLE partners (
            fingerprint  TEXT PRIMARY KEY,
            name         TEXT NOT NULL,
            public_key   TEXT NOT NULL,
            added_at     TEXT NOT NULL,
            added_by     TEXT NOT NULL,
            removed_at   TEXT,
            removed_by   TEXT
        );
        CREATE TABLE case_snapshots (
            case_id   TEXT NOT NULL,
            sha256    TEXT NOT NULL,
            document  TEXT NOT NULL,
            partner   TEXT NOT NULL,
            direction TEXT NOT NULL CHECK (direction IN ('sent', 'received')),
            at        TEXT NOT NULL,
            PRIMARY KEY (case_id, sha256, partner, direction)
        );
        CREATE TABLE case_conflicts (
            id           TEXT PRIMARY KEY,
            case_id      TEXT NOT NULL,
            path         TEXT NOT NULL,
            base         TEXT NOT NULL,
            ours         TEXT NOT NULL,
            theirs       TEXT NOT NULL,
            partner      TEXT NOT NULL,
            package      TEXT NOT NULL,
            at           TEXT NOT NULL,
            resolved_at  TEXT,
            resolved_by  TEXT,
            chosen       TEXT
        );
        CREATE INDEX case_conflicts_case ON case_conflicts(case_id, resolved_at);
        CREATE TABLE exchange_seen (
            sha256  TEXT PRIMARY KEY,
            file    TEXT NOT NULL,
            at      TEXT NOT NULL
        );
        """,
    )
    office.create_identity(conn, office.default_name(conn))


def _v8_referral_packages(conn: Connection) -> None:
    """Referral packages carry an id and the sender's sequence number: a package imported twice, or an older one
    after a newer one from the same office, is recognised (app/referral/packages.py)."""
    execute_script(
        conn,
        """
        ALTER TABLE office ADD COLUMN sequence INTEGER NOT NULL DEFAULT 0;
        CREATE TABLE referral_received (
            package_id  TEXT PRIMARY KEY,
            sender      TEXT NOT NULL,
            case_id     TEXT NOT NULL,
            sequence    INTEGER NOT NULL,
            sha256      TEXT NOT NULL,
            sealed_at   TEXT NOT NULL,
            at          TEXT NOT NULL
        );
        CREATE INDEX referral_received_sender ON referral_received(sender, case_id, sequence);
        """,
    )


def _v9_audit_head(conn: Connection) -> None:
    """The audit chain's head (seq and hash of the newest entry) kept in meta by a trigger, so removing the
    newest entries (which leaves a valid shorter chain) no longer goes unseen: verify compares the two."""
    execute_script(
        conn,
        """
        CREATE TRIGGER audit_head AFTER INSERT ON audit
            BEGIN
                INSERT INTO meta(key, value) VALUES ('audit_head', NEW.seq || ' ' || NEW.hash)
                    ON CONFLICT(key) DO UPDATE SET value = excluded.value;
            END;
        CREATE TRIGGER audit_head_kept BEFORE DELETE ON meta WHEN OLD.key = 'audit_head'
            BEGIN SELECT RAISE(ABORT, 'the audit head is kept with the audit log'); END;
        """,
    )
    last = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    if last is not None:
        conn.execute("INSERT INTO meta(key, value) VALUES ('audit_head', ?)", (f"{last[0]} {last[1]}",))


MIGRATIONS: list[Migration] = [
    Migration(1, "foundation: meta, users, audit log", _v1_foundation),
    Migration(2, "case files: cases, field history, identifiers, deadlines, full-text search", _v2_cases),
    Migration(3, "evidence locker: content-addressed chunks, items, provenance", _v3_evidence),
    Migration(4, "drafts: filings with saved versions and per-draft citation confirmations", _v4_drafts),
    Migration(5, "blob store: evidence bytes in sealed files beside the database", _v5_blob_store, vacuum=True),
    Migration(6, "chat messages, text read from images, identifiers found in evidence", _v6_chats_text_identifiers),
    Migration(7, "office identity: key pairs, partners, referral snapshots and merge conflicts", _v7_office),
    Migration(8, "referral packages: ids and sender sequence numbers against replay", _v8_referral_packages),
    Migration(9, "audit head: the newest entry's number and hash, kept apart from the chain", _v9_audit_head),
]


def current_version() -> int:
    return MIGRATIONS[-1].version


def version_of(conn: Connection) -> int:
    return int(scalar(conn, "PRAGMA user_version") or 0)


def pending(conn: Connection, migrations: list[Migration] | None = None) -> list[Migration]:
    have = version_of(conn)
    return [m for m in (migrations or MIGRATIONS) if m.version > have]


def migrate(conn: Connection, migrations: list[Migration] | None = None) -> list[int]:
    """Apply pending migrations in order, each with its version bump in one transaction."""
    applied = []
    for step in pending(conn, migrations):
        with transaction(conn):
            step.apply(conn)
            conn.execute(f"PRAGMA user_version = {int(step.version)}")
        applied.append(step.version)
        if step.vacuum and int(scalar(conn, "PRAGMA freelist_count") or 0) > VACUUM_FREE_PAGES:
            conn.execute("VACUUM")
    return applied


def execute_script(conn: Connection, sql: str) -> None:
    """Run a script statement by statement (``executescript`` would commit the open transaction)."""
    buffer = ""
    for line in sql.splitlines(keepends=True):
        buffer += line
        if sqlcipher3.complete_statement(buffer):
            if buffer.strip():
                conn.execute(buffer)
            buffer = ""
    if buffer.strip():
        raise ValueError(f"incomplete SQL statement in migration: {buffer.strip()[:60]}")
