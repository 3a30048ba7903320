"""Any table through a mapping: shipped presets, preamble rows, sniffed delimiter and encoding."""

from __future__ import annotations

import contextlib
import tempfile
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hybridhub.core.errors import NotFoundError, UserError, ValidationError
from hybridhub.importers.base import ImportOptions
from hybridhub.importers.formats.table import TableImporter
from hybridhub.importers.mapping import TableMapping, load_table_mapping, shipped_presets, suggest_roles
from hybridhub.importers.source import Source
from tests.conftest import DATA
from tests.importers.helpers import messages, run, skipped

HERE = DATA / "table"
CEST = timezone(timedelta(hours=2))


def test_shipped_presets() -> None:
    assert sorted(shipped_presets()) == [
        "Discourse user_archive.csv",
        "GoToWebinar questions report",
        "LinkedIn messages.csv",
    ]


def test_linkedin_messages_with_notes_above_the_header() -> None:
    imp = TableImporter()
    assert imp.detect(Source(HERE / "messages.csv")) == 0.6
    records = run(imp, HERE / "messages.csv", map="LinkedIn messages.csv")
    msgs = messages(records)
    assert [(m.line, m.author.name, m.posted_at) for m in msgs] == [
        (5, "Amina Diallo", datetime(2022, 6, 22, 16, 7, 29, tzinfo=UTC)),
        (6, "Sam Organiser", datetime(2022, 6, 22, 16, 30, 2, tzinfo=UTC)),
        (8, "Pierre Lambert", datetime(2022, 6, 23, 8, 12, 40, tzinfo=UTC)),
    ]
    assert msgs[0].author.key == "https://www.linkedin.com/in/amina-diallo-4b1a2"
    assert (
        msgs[2].text == "Follow-up\n\nI could not attend online.\nIs there a recording, or a written summary?"
    )
    assert msgs[0].thread_id == msgs[1].thread_id == "2-YjE2Zjg0NTYtMmQ1Mi00ZTM4LWI0=="
    assert msgs[0].chat == "Rural mobility workshop"
    assert [s.line for s in skipped(records)] == [9]  # the SPAM folder
    assert imp.channel_for(ImportOptions(settings={"table_mapping": {"channel": "linkedin"}})) == "linkedin"


def test_discourse_archive_zip_author_from_file_name() -> None:
    archive = HERE / "user-archive-amina_d-220622-160729.zip"
    assert TableImporter().detect(Source(archive)) == 0.5
    records = run(TableImporter(), archive, map="Discourse user_archive.csv")
    msgs = messages(records)
    assert [(m.author.name, m.text) for m in msgs] == [
        ("amina_d", "A community minibus on market days would help the older people in our village a lot."),
        ("amina_d", "+1 to the car-sharing board in the town hall. Paper, not an app!"),
    ]
    assert msgs[0].source_id == "https://forum.example.org/t/ideas-for-the-rural-mobility-workshop/42/3"
    assert msgs[0].thread_id == "Ideas for the rural mobility workshop" and msgs[0].chat == "Workshops"
    assert len(skipped(records)) == 1  # the private message


def test_gotowebinar_questions_report_preamble_and_zones() -> None:
    msgs = messages(run(TableImporter(), HERE / "Questions Report.csv"))  # preset found from the header
    assert [(m.author.name, m.author.email, m.text, m.posted_at) for m in msgs] == [
        (
            "Amina Diallo",
            "amina@example.org",
            "Will the slides be shared afterwards?",
            datetime(2022, 6, 22, 16, 15, tzinfo=CEST),
        ),
        (
            "Hans Becker",
            "hans.becker@example.de",
            "How do people without internet take part in the next round?",
            datetime(2022, 6, 22, 16, 41, tzinfo=CEST),
        ),
        (
            "Amina Diallo",
            "amina@example.org",
            "Could the bus company join next time?",
            datetime(2022, 6, 22, 17, 2, tzinfo=CEST),
        ),
    ]


def test_semicolon_cp1252_table_with_mapping_file() -> None:
    mapping = str(HERE / "viber_mapping.json")
    msgs = messages(run(TableImporter(), HERE / "viber_group.csv", map=mapping))
    assert [(m.author.name, m.text, m.posted_at) for m in msgs] == [
        (
            "Jürgen Weiß",
            "Der Bus fährt nur zweimal am Tag – das ist das größte Problem.",
            datetime(2022, 6, 22, 18, 7, 29),
        ),
        ("Zoë", "Für ältere Leute wäre ein Rufbus gut.", datetime(2022, 6, 22, 18, 9, 2)),
    ]
    assert (
        TableImporter().channel_for(
            ImportOptions(settings={"table_mapping": load_table_mapping(None, mapping).to_dict()})
        )
        == "viber"
    )


def test_wrong_delimiter_forced_is_refused_with_a_hint() -> None:
    mapping = {"columns": {"author": "Sender", "time": ["Date", "Time"], "text": "Text"}, "delimiter": ","}
    with pytest.raises(UserError) as caught:
        run(TableImporter(), HERE / "viber_group.csv", map=mapping)
    assert "seems to be separated by semicolons" in str(caught.value)


def test_wrong_encoding_forced_reads_but_unknown_encoding_is_refused() -> None:
    latin = {"columns": {"author": "Sender", "time": ["Date", "Time"], "text": "Text"}, "encoding": "latin-1"}
    assert messages(run(TableImporter(), HERE / "viber_group.csv", map=latin))[1].author.name == "Zoë"
    bogus = {**latin, "encoding": "klingon-8"}
    with pytest.raises(UserError, match="unknown text encoding 'klingon-8'"):
        run(TableImporter(), HERE / "viber_group.csv", map=bogus)


def test_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(b"\x00\x01\x02PNG\x00" * 50)
    with pytest.raises(UserError):
        run(TableImporter(), path, map={"columns": {"text": "Text"}})


def test_without_mapping_the_user_is_asked_to_choose_columns(tmp_path: Path) -> None:
    path = tmp_path / "circle.csv"
    path.write_text("Member,Posted at,Body\nAna,2022-06-22 10:00,Hi\n", encoding="utf-8")
    with pytest.raises(UserError, match="choose which columns hold the author"):
        run(TableImporter(), path)
    assert suggest_roles(["Member", "Posted at", "Body"]) == {
        "text": "Body",
        "time": "Posted at",
        "author": "Member",
    }
    assert suggest_roles(["From", "Date", "Message", "Conversation ID"]) == {
        "text": "Message",
        "time": "Date",
        "author": "From",
        "thread": "Conversation ID",
    }


def test_mapping_validation_messages() -> None:
    with pytest.raises(ValidationError, match="needs a text column"):
        TableMapping.from_dict({"columns": {"author": "From"}})
    with pytest.raises(ValidationError, match="unknown role 'colour'"):
        TableMapping.from_dict({"columns": {"text": "T", "colour": "C"}})
    with pytest.raises(ValidationError, match="not a channel name"):
        TableMapping.from_dict({"columns": {"text": "T"}, "channel": "My Forum!"})
    with pytest.raises(NotFoundError, match="known presets"):
        load_table_mapping(None, "Nonexistent preset")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=400), delimiter=st.sampled_from([",", ";", "\t"]))
def test_any_bytes_give_records_or_user_error(data: bytes, delimiter: str) -> None:
    header = delimiter.join(["Author", "Time", "Text"]).encode() + b"\n"
    with tempfile.TemporaryDirectory() as folder:
        for body in (header + data, data):
            path = Path(folder) / "t.csv"
            path.write_bytes(body)
            with contextlib.suppress(UserError):
                run(
                    TableImporter(),
                    path,
                    map={"columns": {"author": "Author", "time": "Time", "text": "Text"}},
                )
