from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from hybridhub.checkin.registrations import ColumnMapping, guess_mapping, import_registrations
from hybridhub.core.errors import ImportFormatError, UserError, ValidationError
from hybridhub.core.models import Identity, ImportBatch, Participant, Registration
from hybridhub.core.workspace import Workspace
from tests.checkin.helpers import CSV, register, write_list


def test_guess_mapping_reads_french_headers() -> None:
    mapping = guess_mapping(["Prénom", "Nom", "Organisation", "E-mail", "Téléphone", "Langue", "Région"])
    assert mapping.fields == {
        "first_name": "Prénom",
        "last_name": "Nom",
        "organisation": "Organisation",
        "email": "E-mail",
        "phone": "Téléphone",
        "language": "Langue",
        "region": "Région",
    }


def test_import_creates_people_with_badges_codes_and_hashed_contacts(
    workspace: Workspace, tmp_path: Path
) -> None:
    summary = register(workspace, tmp_path)
    assert (summary.added, summary.skipped) == (4, 0)
    with workspace.session() as s:
        people = s.scalars(select(Participant).order_by(Participant.badge_number)).all()
        assert [p.display_name for p in people] == [
            "Élodie Müller",
            "Jörg Schäfer",
            "Ана Петрова",
            "Sam Okafor",
        ]
        assert [p.badge_number for p in people] == [1, 2, 3, 4]
        assert people[0].region == "Lyon" and people[0].language == "fr"
        assert s.scalar(select(func.count()).select_from(Registration)) == 4
        ident = s.scalars(select(Identity).where(Identity.participant_id == people[0].id)).one()
        assert ident.email_hash and ident.phone_last2 == "78"
        dump = "".join(str(v) for row in s.execute(select(Identity)).all() for v in row)
        assert "elodie@example.org" not in dump and "12 34 56" not in dump
        assert s.scalars(select(ImportBatch.added)).one() == 4


def test_reimport_adds_nobody_twice_and_updates_changes(workspace: Workspace, tmp_path: Path) -> None:
    register(workspace, tmp_path)
    changed = CSV.replace("APF France", "APF Rhône") + "Nina;Kovač;;nina@example.org;;hr;;\n"
    summary = register(workspace, tmp_path, changed)
    assert (summary.added, summary.updated, summary.unchanged) == (1, 1, 3)
    with workspace.session() as s:
        assert s.scalar(select(func.count()).select_from(Participant)) == 5
        assert s.scalar(select(func.count()).select_from(Registration)) == 5
        assert (
            s.scalars(select(Participant.organisation).where(Participant.badge_number == 1)).one()
            == "APF Rhône"
        )


def test_same_person_twice_in_one_file_counts_once(workspace: Workspace, tmp_path: Path) -> None:
    text = CSV + "Elodie;Muller;APF;ELODIE@example.org;;;;\n"
    summary = register(workspace, tmp_path, text)
    assert (summary.added, summary.duplicates_in_file) == (4, 1)


def test_bad_rows_are_skipped_with_their_line(workspace: Workspace, tmp_path: Path) -> None:
    text = CSV + "X;Y;;not-an-email;;;;\n;;;;;;;\n;;Org only;;;;;\n"
    summary = register(workspace, tmp_path, text)
    assert summary.added == 4 and summary.skipped == 2
    assert "line 6" in summary.errors[0] and "e-mail" in summary.errors[0]
    assert "line 8" in summary.errors[1]


def test_xlsx_with_explicit_mapping_and_extra_column(workspace: Workspace, tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Full name", "Company", "Mobile", "Table"])
    sheet.append(["Kofi Mensah", "Accra MS Society", "+233 20 123 4567", 3])
    sheet.append([None, None, "+44 7700 900123", 5])
    path = tmp_path / "list.xlsx"
    book.save(path)
    mapping = ColumnMapping(
        {"name": "Full name", "organisation": "Company", "phone": "Mobile"}, {"Table": "table"}
    )
    with workspace.transaction() as s:
        summary = import_registrations(s, workspace.event(s), path, mapping)
    assert summary.added == 2
    with workspace.session() as s:
        kofi = s.scalars(select(Participant).where(Participant.display_name == "Kofi Mensah")).one()
        assert kofi.attributes == {"table": "3"}
        assert s.scalar(select(func.count()).where(Participant.display_name.is_(None))) == 1


def test_mapping_naming_a_missing_column_is_refused(workspace: Workspace, tmp_path: Path) -> None:
    with workspace.transaction() as s, pytest.raises(ValidationError, match="no column 'Nope'"):
        import_registrations(s, workspace.event(s), write_list(tmp_path), ColumnMapping({"name": "Nope"}))


def test_garbage_file_gives_a_user_error(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with workspace.transaction() as s, pytest.raises(ImportFormatError):
        import_registrations(s, workspace.event(s), path)


def test_door_laptop_without_private_key_cannot_register(workspace: Workspace, tmp_path: Path) -> None:
    from hybridhub.checkin.keys import strip_private_keys

    register(workspace, tmp_path)
    with workspace.transaction() as s:
        strip_private_keys(s, workspace.event(s))
    with workspace.transaction() as s, pytest.raises(UserError, match="only the public keys"):
        import_registrations(
            s, workspace.event(s), write_list(tmp_path, CSV + "New;Person;;n@example.org;;;;\n")
        )
