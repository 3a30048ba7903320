"""Build a workspace as an older HybridHub left it: the schema at a given Alembic revision, with
realistic rows in every table — people writing their phone numbers and addresses into messages,
notes and answers, and (before revision 0005) the event's secrets in clear in the file."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from alembic import command
from sqlalchemy import MetaData, create_engine, event, insert, inspect

from hybridhub.checkin.codes import new_private_key
from hybridhub.core import keystore
from hybridhub.core.workspace import alembic_config

PHONE = "+33 6 12 34 56 78"
PHONE_NATIONAL = "06.12.34.56.78"
EMAIL = "marie.dupont@example.org"
OTHER_EMAIL = "coordination@asso-sep.fr"
# Every way the planted personal data could linger in the file's bytes.
NEEDLES = [
    EMAIL.encode(),
    OTHER_EMAIL.encode(),
    b"marie.dupont",
    PHONE.encode(),
    PHONE_NATIONAL.encode(),
    b"0612345678",
    b"07 11 22 33 44",
    b"+49 30 1234567",
]
T0 = datetime(2026, 11, 14, 9, 0)


@dataclass
class Planted:
    path: Path
    revision: str
    event_uid: str
    hash_key: bytes
    private_key: bytes
    counts: dict[str, int] = field(default_factory=dict)


def _rows(hash_key: bytes, private: bytes, public: bytes, event_uid: str) -> dict[str, list[dict[str, Any]]]:
    def travel(n: int) -> dict[str, Any]:
        stamp = T0 + timedelta(minutes=n)
        return {"uid": f"0190a5c2-0000-7000-8000-{n:012d}", "created_at": stamp, "updated_at": stamp}

    return {
        "events": [
            {
                **travel(1),
                "uid": event_uid,
                "title": "Vivre avec la SEP : atelier du 14.11.2026",
                "purpose_who": f"Patients et aidants ; contact {OTHER_EMAIL}",
                "purpose_what": "Transport, soins, répit",
                "purpose_why": "Préparer les services 2027",
                "starts_on": date(2026, 11, 14),
                "ends_on": date(2026, 11, 14),
                "venue": "Maison des associations, 75011 Paris, tél. 01 23 45 67 89",
                "languages": ["fr", "en", "ar", "zh"],
                "timezone": "Europe/Paris",
                "hash_key": hash_key,
                "hash_key_fingerprint": keystore.hash_key_fingerprint(hash_key),
            }
        ],
        "sessions": [
            {
                **travel(2),
                "event_id": 1,
                "name": "Accueil",
                "starts_at": T0,
                "ends_at": T0 + timedelta(hours=1),
                "mode": "in-person",
                "location": "Salle 0.12",
                "position": 0,
            },
            {
                **travel(3),
                "event_id": 1,
                "name": "Table ronde",
                "starts_at": T0 + timedelta(hours=1),
                "ends_at": T0 + timedelta(hours=3),
                "mode": "hybrid",
                "location": "",
                "position": 1,
            },
        ],
        "participants": [
            {
                **travel(4),
                "event_id": 1,
                "pseudonym": "P-K7QH4M",
                "display_name": "Élodie Müller",
                "organisation": "Association SEP",
                "language": "fr",
                "region": "Île-de-France",
                "age_band": "45-64",
                "internet_access": "poor",
                "attributes": {"notes": f"rappeler au {PHONE_NATIONAL}"},
                "consent_quote": True,
                "consent_contact": False,
                "consent_name": None,
                "badge_number": 1,
                "walk_in": False,
                "merged_into_id": None,
            },
            {
                **travel(5),
                "event_id": 1,
                "pseudonym": "P-ZW3C6A",
                "display_name": "张伟",
                "organisation": None,
                "language": "zh",
                "region": None,
                "age_band": None,
                "internet_access": "good",
                "attributes": {},
                "consent_quote": None,
                "consent_contact": None,
                "consent_name": None,
                "badge_number": 2,
                "walk_in": True,
                "merged_into_id": None,
            },
            {
                **travel(6),
                "event_id": 1,
                "pseudonym": "P-FZ4HRA",
                "display_name": "فاطمة الزهراء",
                "organisation": None,
                "language": "ar",
                "region": None,
                "age_band": None,
                "internet_access": None,
                "attributes": {"email_answer": EMAIL},
                "consent_quote": False,
                "consent_contact": None,
                "consent_name": None,
                "badge_number": None,
                "walk_in": False,
                "merged_into_id": 1,
            },
        ],
        "identities": [
            {
                **travel(7),
                "event_id": 1,
                "participant_id": 1,
                "channel": "whatsapp",
                "key": "tel:" + "a" * 64,
                "display": "…78",
                "phone_hash": "a" * 64,
                "phone_last2": "78",
                "email_hash": None,
            },
            {
                **travel(8),
                "event_id": 1,
                "participant_id": 3,
                "channel": "table",
                "key": f"id:{EMAIL}",
                "display": "Fatima",
                "phone_hash": None,
                "phone_last2": None,
                "email_hash": "b" * 64,
            },
        ],
        "participant_merges": [
            {
                **travel(9),
                "kept_id": 1,
                "merged_id": 3,
                "moved": {"identities": [2]},
                "reason": "same person",
                "undone_at": None,
            },
        ],
        "import_batches": [
            {
                **travel(10),
                "event_id": 1,
                "format": "whatsapp",
                "file_name": f"WhatsApp Chat with {PHONE}.txt",
                "sha256": "c" * 64,
                "size": 2048,
                "parser_version": "1",
                "options": {"timezone": "Europe/Paris"},
                "added": 2,
                "duplicates": 0,
                "skipped": 1,
                "new_participants": 1,
                "errors": [f"line 9: cannot read 'écrivez-moi à {EMAIL}'"],
            },
        ],
        "form_templates": [
            {
                **travel(11),
                "form_key": "session-feedback",
                "version": 1,
                "title": "Votre avis",
                "definition": {"questions": [{"key": "q1", "type": "text"}]},
                "sha256": "d" * 64,
            },
        ],
        "mapping_presets": [
            {**travel(12), "kind": "table", "name": "Inscriptions", "definition": {"author": "Nom"}},
        ],
        "event_keys": [
            {
                **travel(13),
                "event_id": 1,
                "key_id": 1,
                "public_key": public,
                "private_key": private,
                "active": True,
                "signs_here": True,
            },
        ],
        "themes": [
            {
                **travel(14),
                "event_id": 1,
                "parent_id": None,
                "name": "Transport",
                "description": "Bus, taxis, rampes",
                "colour": "#4e79a7",
                "position": 0,
                "keywords": ["bus"],
            },
        ],
        "registrations": [
            {
                **travel(15),
                "event_id": 1,
                "participant_id": 1,
                "code": "K7FH3DXQ" * 8,
                "short_code": "K7FH3DX",
                "key_id": 1,
                "issued_at": T0,
                "revoked": False,
                "source": {"file": "inscriptions.csv", "line": 2},
            },
        ],
        "sheets": [
            {
                **travel(16),
                "event_id": 1,
                "template_id": 1,
                "session_id": 2,
                "participant_id": 2,
                "code": "4367TQ",
                "language": "fr",
                "status": "captured",
                "captured_method": "keyed",
                "captured_at": T0,
                "source": {"paper": "A4"},
            },
        ],
        "tallies": [{**travel(17), "event_id": 1, "session_id": 2, "question": "Qui vient en bus ?"}],
        "tally_options": [
            {**travel(18), "tally_id": 1, "label": "Oui", "count": 12, "position": 0},
            {**travel(19), "tally_id": 1, "label": "Non", "count": 5, "position": 1},
        ],
        "checkins": [
            {
                **travel(20),
                "event_id": 1,
                "participant_id": 1,
                "registration_id": 1,
                "session_id": None,
                "channel": "checkin",
                "direction": "in",
                "device": "Door-1",
                "method": "scanner",
                "raw_input": "K7FH3DX",
                "result": "ok",
                "annuls_uid": None,
                "scanned_at": T0,
                "minutes": None,
            },
            {
                **travel(21),
                "event_id": 1,
                "participant_id": None,
                "registration_id": None,
                "session_id": None,
                "channel": "checkin",
                "direction": "in",
                "device": "Door-1",
                "method": "keyed",
                "raw_input": "0612345678",
                "result": "invalid",
                "annuls_uid": None,
                "scanned_at": T0,
                "minutes": None,
            },
        ],
        "contributions": [
            {
                **travel(22),
                "event_id": 1,
                "channel": "whatsapp",
                "kind": "message",
                "source_key": "m:" + "e" * 40,
                "participant_id": 1,
                "identity_id": 1,
                "session_id": 2,
                "batch_id": 1,
                "sheet_id": None,
                "parent_id": None,
                "thread_key": f"Chat with {PHONE}/17",
                "posted_at": T0,
                "language": "fr",
                "text": f"Écrivez-moi à {EMAIL} ou appelez le {PHONE}, le bus 21 part à 10h30",
                "word_count": 14,
                "content_hash": "f" * 40,
                "voices": 1,
                "flag": None,
                "provenance": {"line": 4, "chat": f"Chat with {PHONE}"},
            },
            {
                **travel(23),
                "event_id": 1,
                "channel": "note",
                "kind": "note",
                "source_key": "note:n1",
                "participant_id": None,
                "identity_id": None,
                "session_id": 2,
                "batch_id": None,
                "sheet_id": None,
                "parent_id": None,
                "thread_key": None,
                "posted_at": T0,
                "language": "fr",
                "text": "Table 2 : il faut des taxis adaptés, contact 07 11 22 33 44",
                "word_count": 10,
                "content_hash": "0" * 40,
                "voices": 6,
                "flag": None,
                "provenance": {"source": "note"},
            },
            {
                **travel(24),
                "event_id": 1,
                "channel": "paper",
                "kind": "answer",
                "source_key": "sheet:s1:q1",
                "participant_id": 2,
                "identity_id": None,
                "session_id": 2,
                "batch_id": None,
                "sheet_id": 1,
                "parent_id": None,
                "thread_key": None,
                "posted_at": T0,
                "language": "zh",
                "text": "需要更多的无障碍公交车，电话 +49 30 1234567",
                "word_count": 3,
                "content_hash": "1" * 40,
                "voices": 1,
                "flag": None,
                "provenance": {"sheet": "4367TQ", "question": "q1"},
            },
        ],
        "contribution_themes": [
            {
                "contribution_id": 1,
                "theme_id": 1,
                "source": "manual",
                "accepted": True,
                "created_at": T0,
                "uid": "0190a5c2-0007-7000-8000-000000000001",  # a column since revision 0006
            },
        ],
        "notes": [
            {
                **travel(25),
                "contribution_id": 2,
                "author": "Facilitatrice A",
                "tags": ["transport"],
                "speaker_participant_id": None,
                "speaker_group": "Table 2",
                "is_quote": False,
            },
        ],
        "answers": [
            {
                **travel(26),
                "event_id": 1,
                "template_id": 1,
                "sheet_id": 1,
                "participant_id": 2,
                "contribution_id": 3,
                "channel": "paper",
                "question_key": "q1",
                "value": "需要更多的无障碍公交车，电话 +49 30 1234567",
                "method": "keyed",
                "confidence": 1.0,
                "needs_review": False,
                "crop": None,
                "transcription": "需要更多的无障碍公交车，电话 +49 30 1234567",
            },
        ],
        "unidentified_pages": [
            {
                **travel(27),
                "event_id": 1,
                "file_name": "scan du 14.11.2026.pdf",
                "page_index": 3,
                "reason": "no QR code found",
                "sheet_code": None,
                "image": b"\xff\xd8\xff" + os.urandom(64),
            },
        ],
        "note_drafts": [
            {
                "device": "Table-2",
                "session_id": 2,
                "text": f"Brouillon : rappeler {PHONE}",
                "voices": 1,
                "speaker_participant_id": None,
                "speaker_group": None,
                "is_quote": False,
                "updated_at": T0,
            },
        ],
        "erasures": [
            {
                **travel(28),
                "event_id": 1,
                "participant_uid": "0190a5c2-0000-7000-8000-999999999999",
                "pseudonym": "P-ERASED",
            },
        ],
    }


def build_old_workspace(path: Path | str, revision: str) -> Planted:
    """A workspace at `revision` with rows in every table it has (a new table in a later revision must
    get rows here: `test_migrations` checks that none is left empty). `path` may be a database URL."""
    if isinstance(path, str):
        engine = create_engine(path)
    else:
        engine = create_engine(f"sqlite:///{path}")
        event.listen(engine, "connect", lambda c, _r: c.execute("PRAGMA foreign_keys=ON"))
    hash_key = os.urandom(32)
    private, public = new_private_key()
    event_uid = "0190a5c2-0000-7000-8000-" + os.urandom(6).hex()
    planted = Planted(
        Path(path) if not isinstance(path, str) else Path(), revision, event_uid, hash_key, private
    )
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), revision)
    with engine.begin() as conn:
        meta = MetaData()
        meta.reflect(conn)
        names = set(inspect(conn).get_table_names()) - {"alembic_version"}
        for table, rows in _rows(hash_key, private, public, event_uid).items():
            if table not in names:
                continue
            columns = {c.name for c in meta.tables[table].columns}
            conn.execute(
                insert(meta.tables[table]), [{k: v for k, v in r.items() if k in columns} for r in rows]
            )
            planted.counts[table] = len(rows)
        if "hash_key" not in {c["name"] for c in inspect(conn).get_columns("events")}:
            keystore.store_hash_key(event_uid, hash_key)  # a later revision: the keys are already outside
            keystore.store_signing_key(event_uid, 1, private)
    engine.dispose()
    return planted


def tables_of(path: Path) -> set[str]:
    engine = create_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as conn:
            names = set(inspect(conn).get_table_names())
    finally:
        engine.dispose()
    return {n for n in names if n != "alembic_version" and not n.startswith("contributions_fts")}


def file_bytes(path: Path) -> bytes:
    """The workspace file and whatever SQLite keeps next to it."""
    data = b""
    for suffix in ("", "-wal", "-shm", "-journal"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            data += side.read_bytes()
    return data


UTC_T0 = T0.replace(tzinfo=UTC)
