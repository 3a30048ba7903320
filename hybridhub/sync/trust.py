"""Who may speak for the event: a bundle is accepted only when signed by a laptop enrolled in the event
by a laptop this workspace already trusts (directly, or through the chain the bundle carries), and every
laptop it introduces must be enrolled the same way."""

from __future__ import annotations

import base64
import binascii
import json
from typing import TYPE_CHECKING, Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session

from hybridhub.core.errors import ImportFormatError
from hybridhub.core.models import Event, Laptop
from hybridhub.sync.laptops import enrolment_valid, local_uid, signing_key

if TYPE_CHECKING:
    from hybridhub.sync.merge import TableState


class _Enrolment:
    def __init__(
        self, uid: str, public_key: bytes | None, enrolled_by: str | None, sig: bytes | None
    ) -> None:
        self.uid, self.public_key, self.enrolled_by, self.enrolment_sig = uid, public_key, enrolled_by, sig


def _b64(value: Any) -> bytes | None:
    if value is None:
        return None
    try:
        return base64.b64decode(str(value), validate=True)
    except (binascii.Error, ValueError):
        return None


def known_keys(session: Session) -> dict[str, bytes | None]:
    return dict(session.execute(select(Laptop.uid, Laptop.public_key)).all())


def chain_entry(laptop: Laptop) -> dict[str, Any]:
    """How a laptop's enrolment is written in a bundle's manifest."""
    return {
        "uid": laptop.uid,
        "public_key": base64.b64encode(laptop.public_key or b"").decode("ascii"),
        "enrolled_by": laptop.enrolled_by,
        "enrolment_sig": base64.b64encode(laptop.enrolment_sig or b"").decode("ascii"),
    }


def chain_of(session: Session) -> list[dict[str, Any]]:
    """This laptop's enrolment and its enrollers', up to the event's first laptop."""
    laptops = {r.uid: r for r in session.scalars(select(Laptop))}
    out: list[dict[str, Any]] = []
    uid = local_uid(session)
    while uid in laptops and len(out) < 64:
        out.append(chain_entry(laptops[uid]))
        uid = laptops[uid].enrolled_by or ""
    return out


_DOCUMENT = b"hybridhub-signed-document\n"


def _canonical(data: dict[str, Any]) -> bytes:
    body = {k: v for k, v in data.items() if k != "signature"}
    return _DOCUMENT + json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def sign_document(session: Session, event: Event, data: dict[str, Any]) -> dict[str, Any]:
    """`data` (a JSON document such as a check-in log) with this laptop's signature over all of it."""
    key = signing_key(session, event)
    laptop = local_uid(session)
    signed = {**data, "signature": {"laptop": laptop, "chain": chain_of(session)}}
    signature = key.sign(_canonical(signed) + b"\n" + laptop.encode())
    signed["signature"]["value"] = base64.b64encode(signature).decode("ascii")
    return signed


def verify_document(session: Session, event: Event, data: dict[str, Any], file: str) -> str:
    """Refuse a document that is unsigned, changed after signing, or signed by a laptop not enrolled in
    the event; returns the signing laptop's uid."""
    block = data.get("signature")
    if not isinstance(block, dict) or not isinstance(block.get("laptop"), str):
        raise ImportFormatError(
            "this file is not signed by a laptop of the event",
            file=file,
            hint="export it again with this version",
        )
    laptop = block["laptop"]
    key = signer_key(session, event.uid, laptop, block.get("chain"), file)
    value = _b64(block.get("value"))
    unsigned = {**data, "signature": {k: v for k, v in block.items() if k != "value"}}
    try:
        Ed25519PublicKey.from_public_bytes(key).verify(
            value or b"", _canonical(unsigned) + b"\n" + laptop.encode()
        )
    except (InvalidSignature, ValueError) as exc:
        raise ImportFormatError("this file was changed after it was signed", file=file) from exc
    return str(laptop)


def signer_key(session: Session, event_uid: str, signer: str, chain: Any, file: str) -> bytes:
    """The public key that must have signed a bundle from `signer`: the one enrolled here, or one that
    the manifest's chain links, signature by signature, to a laptop enrolled here."""
    known = known_keys(session)
    if known.get(signer):
        return known[signer]  # type: ignore[return-value]
    entries: dict[str, _Enrolment] = {}
    for item in chain if isinstance(chain, list) else []:
        if isinstance(item, dict) and isinstance(item.get("uid"), str):
            by = item.get("enrolled_by")
            entries[item["uid"]] = _Enrolment(
                item["uid"],
                _b64(item.get("public_key")),
                by if isinstance(by, str) else None,
                _b64(item.get("enrolment_sig")),
            )
    uid, hops = signer, 0
    path: list[_Enrolment] = []
    while uid not in known and uid in entries and hops < 64:
        path.append(entries[uid])
        uid, hops = entries[uid].enrolled_by or "", hops + 1
    if not path or not known.get(uid):
        raise ImportFormatError(
            "this bundle comes from a laptop that is not enrolled in this event",
            file=file,
            hint="enrol laptops with 'hybridhub laptops add' from a laptop of the event",
        )
    key = known[uid]
    for entry in reversed(path):
        if not enrolment_valid(event_uid, entry, key):
            raise ImportFormatError("this bundle's laptop enrolment is forged or damaged", file=file)
        key = entry.public_key
    assert key is not None
    return key


def check_laptop_rows(
    session: Session, event_uid: str, file: str, state: TableState, rows: list[Any]
) -> None:
    """Every laptop a bundle names must be enrolled by one trusted here, with the key it was enrolled
    with; refuse the bundle otherwise (a laptop cannot enrol itself into an event)."""
    names = state.names
    at = {n: names.index(n) for n in ("public_key", "enrolled_by", "enrolment_sig")}
    known = known_keys(session)
    pending = [r for r in rows if isinstance(r, list)]
    progress = True
    while pending and progress:
        progress = False
        for row in list(pending):
            entry = _Enrolment(
                row[0], _b64(row[at["public_key"]]), row[at["enrolled_by"]], _b64(row[at["enrolment_sig"]])
            )
            mine = known.get(entry.uid)
            if mine is not None and entry.public_key not in (None, mine):
                raise ImportFormatError(f"this bundle changes the key of laptop {entry.uid}", file=file)
            if entry.uid in known and (mine is not None or entry.public_key is None):
                pending.remove(row)
                progress = True
                continue
            enroller = known.get(entry.enrolled_by or "") if entry.enrolled_by else None
            trusted_root = entry.enrolled_by is None and entry.uid in known
            if (enroller or trusted_root) and enrolment_valid(event_uid, entry, enroller):
                known[entry.uid] = entry.public_key
                pending.remove(row)
                progress = True
    if pending:
        raise ImportFormatError(
            "this bundle names a laptop that was not enrolled in this event by a laptop known here", file=file
        )
