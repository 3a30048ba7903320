"""Mailchimp audience export: members of every status, merge fields, TAGS, consent."""

from __future__ import annotations

import contextlib
import tempfile
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hybridhub.core.errors import UserError
from hybridhub.importers.formats.mailchimp import MailchimpImporter, _tags
from hybridhub.importers.source import Source
from tests.conftest import DATA
from tests.importers.helpers import people, run

EXPORT = DATA / "mailchimp" / "members_export_8f2c1d.zip"


def test_detects_the_audience_zip() -> None:
    assert MailchimpImporter().detect(Source(EXPORT)) == 0.95
    assert MailchimpImporter().detect(Source(DATA / "table" / "messages.csv")) == 0.0


def test_members_with_tags_consent_and_merge_fields() -> None:
    found = people(run(MailchimpImporter(), EXPORT))
    summary = [(p.author.name, p.author.email, p.tags, p.consent_contact, p.attributes) for p in found]
    assert summary == [
        ("", "old.address@example.com", [], None, {"mailchimp_status": "cleaned"}),
        (
            "Marie Dupont",
            "marie.dupont@example.org",
            ["Board", "Volunteers"],
            True,
            {"mailchimp_status": "subscribed", "region": "Auvergne-Rhône-Alpes"},
        ),
        (
            "Kwame Mensah",
            "kwame@example.net",
            ["Participants 2022"],
            True,
            {"mailchimp_status": "subscribed", "region": "Greater Accra"},
        ),
        (
            "João Silva",
            "joao.silva@example.pt",
            [],
            False,
            {"mailchimp_status": "subscribed"},
        ),  # permission N
        (
            "Hans Becker",
            "hans.becker@example.de",
            ["Participants 2022"],
            False,
            {"mailchimp_status": "unsubscribed", "region": "Bayern"},
        ),
    ]
    marie = found[1]
    assert (marie.organisation, marie.language, marie.author.phone) == (
        "Association Mobilité Rurale",
        "fr",
        "+33 6 12 34 56 78",
    )
    # The postal address, IPs and geolocation are not kept anywhere.
    assert "12 rue des Lilas" not in repr(found) and "203.0.113.5" not in repr(found)


def test_tags_cell_forms() -> None:
    assert _tags('"Board","Volunteers"') == ["Board", "Volunteers"]
    assert _tags("Board, Volunteers") == ["Board", "Volunteers"]
    assert _tags("") == []


def test_export_without_email_column_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "subscribed_members_export_1.csv"
    path.write_text("Name,LEID\nAna,1\n", encoding="utf-8")
    try:
        run(MailchimpImporter(), path)
    except UserError as exc:
        assert "'Email Address'" in str(exc)
    else:
        raise AssertionError("not refused")


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=300))
def test_any_member_file_gives_records_or_user_error(data: bytes) -> None:
    header = b"Email Address,First Name,Last Name,MEMBER_RATING,LEID,TAGS\n"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "export.zip"
        with zipfile.ZipFile(path, "w") as zf:
            zf.writestr("subscribed_members_export_1.csv", header + data)
            zf.writestr("cleaned_members_export_1.csv", data)
        with contextlib.suppress(UserError):
            run(MailchimpImporter(), path)
