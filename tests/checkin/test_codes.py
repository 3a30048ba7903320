from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hybridhub.checkin import codes

NOW = datetime(2026, 11, 14, 9, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def keypair() -> tuple[bytes, bytes]:
    return codes.new_private_key()


def _code(private: bytes, badge: int = 17, key_id: int = 1, event: str = "event-a") -> str:
    return codes.sign(private, codes.Payload(key_id, codes.event_tag(event), badge, NOW))


def test_sign_then_verify_round_trips_the_payload(keypair: tuple[bytes, bytes]) -> None:
    private, public = keypair
    text = _code(private)
    assert len(text) == codes.CODE_LENGTH
    assert set(text) <= set(codes.ALPHABET)
    decoded = codes.decode(text)
    assert decoded.payload == codes.Payload(1, codes.event_tag("event-a"), 17, NOW)
    assert codes.Verifier({1: public}).check(decoded) is None


def test_alphabet_fits_qr_alphanumeric_mode_and_avoids_keys_that_move_between_layouts() -> None:
    qr_alphanumeric = set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")
    assert set(codes.ALPHABET) <= qr_alphanumeric
    assert not set(codes.ALPHABET) & set("AQWZYM")
    assert not set(codes.SHORT_ALPHABET) & set("AQWZYM01OILS5B8")


def test_tampered_code_fails_the_signature(keypair: tuple[bytes, bytes]) -> None:
    private, public = keypair
    text = _code(private)
    # change the badge number inside the payload, keep the old signature
    other = codes.decode(_code(private, badge=18))
    original = codes.decode(text)
    forged = codes.encode(other.signed + original.signature)
    problem = codes.Verifier({1: public}).check(codes.decode(forged))
    assert problem is not None and "altered or forged" in problem


def test_code_signed_by_a_foreign_key_is_rejected(keypair: tuple[bytes, bytes]) -> None:
    _private, public = keypair
    intruder, _ = codes.new_private_key()
    problem = codes.Verifier({1: public}).check(codes.decode(_code(intruder)))
    assert problem is not None and "forged" in problem


def test_unknown_and_retired_keys_are_named(keypair: tuple[bytes, bytes]) -> None:
    private, public = keypair
    assert "does not know" in (
        codes.Verifier({1: public}).check(codes.decode(_code(private, key_id=9))) or ""
    )
    retired = codes.Verifier({1: public}, retired={1})
    assert "retired" in (retired.check(codes.decode(_code(private))) or "")


def test_scanner_noise_and_caps_lock_are_tolerated(keypair: tuple[bytes, bytes]) -> None:
    private, _ = keypair
    text = _code(private)
    noisy = "\x1b" + text.lower()[:60] + "\x00" + text.lower()[60:] + "\t\r\n"
    assert codes.decode(noisy).text == text


def test_azerty_digit_row_is_read_back_with_a_hint(keypair: tuple[bytes, bytes]) -> None:
    private, public = keypair
    text = _code(private)
    row = {v: k for k, v in codes.AZERTY_DIGITS.items()}
    azerty = "".join(row.get(ch, ch) for ch in text).lower()  # what a French laptop types
    decoded = codes.decode(azerty)
    assert decoded.text == text
    assert decoded.layout_hint and "AZERTY" in decoded.layout_hint
    assert codes.Verifier({1: public}).check(decoded) is None


def test_qwertz_y_and_z_give_a_layout_hint() -> None:
    with pytest.raises(codes.CodeError) as err:
        codes.decode("01PZ8R2N97Y2D5NJ")
    assert err.value.hint and "QWERTZ" in err.value.hint


def test_truncated_code_says_so(keypair: tuple[bytes, bytes]) -> None:
    private, _ = keypair
    with pytest.raises(codes.CodeError, match="cut short"):
        codes.decode(_code(private)[:100])


@given(st.text(max_size=300))
def test_any_text_either_decodes_or_gives_a_code_error(raw: str) -> None:
    try:
        decoded = codes.decode(raw)
    except codes.CodeError as exc:
        assert exc.message
    else:
        assert len(decoded.text) == codes.CODE_LENGTH


@given(st.binary(min_size=codes.PAYLOAD_BYTES, max_size=codes.PAYLOAD_BYTES))
def test_encoding_is_a_bijection_on_payload_bytes(data: bytes) -> None:
    text = codes.encode(data)
    assert len(text) == codes.CODE_LENGTH
    if data[0] == codes.VERSION:
        decoded = codes.decode(text)
        assert decoded.signed + decoded.signature == data
