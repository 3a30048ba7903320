from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from hybridhub.reports.i18n import Catalog
from hybridhub.reports.redact import redact


def test_redacts_phones_emails_and_handles() -> None:
    text = (
        "Call +33 6 12 34 56 78, (0161) 496 0000 or 06.12.34.56.78; mail a.b+c@mail.example.fr; ping @jo_l."
    )
    out = redact(text)
    assert out == "Call [phone], [phone] or [phone]; mail [e-mail]; ping [@]."
    assert redact(out) == out  # nothing left that looks like a contact


def test_keeps_ordinary_numbers() -> None:
    text = "The bus at 10:30 costs 2.50 euros, 3 times a week since 2019."
    assert redact(text) == text


@given(
    st.text(max_size=40),
    st.from_regex(r"\+?[0-9]{2}([ .-]?[0-9]{2}){4,5}", fullmatch=True),
    st.from_regex(r"[a-z]{1,8}(\.[a-z]{1,5})?@[a-z]{2,8}\.(org|com|fr)", fullmatch=True),
    st.text(max_size=40),
)
def test_no_contact_survives(before: str, phone: str, email: str, after: str) -> None:
    out = redact(f"{before} {phone} {after} {email} {after}")
    assert email not in out
    assert re.sub(r"\D", "", phone) not in re.sub(r"\D", "", out.replace(before, "").replace(after, ""))


def test_numbers_and_dates_per_language() -> None:
    from datetime import date

    assert Catalog("en").percent(0.416) == "42%" and Catalog("fr").percent(0.416) == "42\u00a0%"
    assert Catalog("en").integer(12345) == "12,345" and Catalog("de").integer(12345) == "12.345"
    assert Catalog("de").date(date(2026, 11, 14)) == "14. November 2026"
    assert Catalog("es").date(date(2026, 3, 1)) == "1 de marzo de 2026"
    assert Catalog("fr").decimal(4.25, 1) in ("4,2", "4,3")
    assert Catalog("es").integer(1234) == "1234" and Catalog("es").integer(12345) == "12.345"  # CLDR
    assert Catalog("it").date(date(2026, 11, 8)) == "8 novembre 2026"
    assert Catalog("pt").date(date(2026, 11, 8)) == "8 de novembro de 2026"
    assert Catalog("pt").integer(12345) == "12\u00a0345" and Catalog("it").percent(0.5) == "50%"
