"""Slack, Telegram, Facebook and Teams samples through the real store: what lands, and re-import adds
nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from hybridhub.core.models import CheckIn, Contribution, Identity, Participant
from hybridhub.core.workspace import Workspace
from hybridhub.importers.base import ImportOptions
from hybridhub.importers.store import ImportResult, import_file
from tests.conftest import DATA
from tests.importers.exports import zip_folder


def count(workspace: Workspace, model: type, *where: object) -> int:
    with workspace.session() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where)) or 0  # type: ignore[arg-type]


def twice(workspace: Workspace, path: Path, **kwargs: object) -> tuple[ImportResult, ImportResult]:
    first = import_file(workspace, path, **kwargs)  # type: ignore[arg-type]
    again = import_file(workspace, path, **kwargs)  # type: ignore[arg-type]
    assert again.added == 0 and again.participants == 0
    assert again.duplicates == first.added
    return first, again


def test_slack_export(workspace: Workspace, tmp_path: Path) -> None:
    archive = zip_folder(DATA / "slack" / "export", tmp_path / "slack export.zip")
    first, _ = twice(workspace, archive)
    assert (first.format, first.added, first.skipped) == ("slack", 10, 7)  # the DM is skipped by default
    assert first.counts["media"] == 1  # a file shared without a comment: media, not an empty text
    assert first.skipped_reasons["direct message"] == 1
    assert first.participants == 5  # Anna, Björn, Fatima, Kenji, Marta; never the bots
    assert count(workspace, Contribution) == 10
    with workspace.session() as session:
        root = session.scalar(
            select(Contribution).where(Contribution.source_key == "allgemein/1709974800.000100")
        )
        assert root is not None
        replies = session.scalars(select(Contribution).where(Contribution.parent_id == root.id)).all()
        assert len(replies) == 3  # one of them from the next day's file
        keys = set(session.scalars(select(Identity.key).where(Identity.channel == "slack")))
        assert "id:U01ANNA" in keys and not any("@" in k for k in keys)  # e-mails only hashed
        anna = session.scalar(select(Identity).where(Identity.key == "id:U01ANNA"))
        assert anna is not None and anna.email_hash and anna.display == "Anna Schmidt"


def test_slack_with_direct_messages(workspace: Workspace, tmp_path: Path) -> None:
    archive = zip_folder(DATA / "slack" / "export", tmp_path / "slack export.zip")
    result = import_file(
        workspace, archive, options=ImportOptions(timezone="Europe/Paris", include_direct=True)
    )
    assert result.added == 11


def test_telegram_single_then_whole_account(workspace: Workspace) -> None:
    single, _ = twice(workspace, DATA / "telegram" / "single_chat" / "result.json")
    assert (single.format, single.added, single.skipped, single.participants) == ("telegram", 7, 4, 5)
    assert single.counts["media"] == 2
    account = import_file(workspace, DATA / "telegram" / "account" / "result.json")
    # everyone is already known by their Telegram id (user5011…), so nobody new
    assert (account.added, account.participants) == (4, 0)
    assert account.skipped_reasons == {"direct message": 2, "service message (create_group)": 1}
    with workspace.session() as session:
        reply = session.scalar(
            select(Contribution).where(Contribution.source_key == "Nachbarschaftsrat Süd 🌻/12")
        )
        assert reply is not None and reply.parent_id is not None
        parent = session.get(Contribution, reply.parent_id)
        assert parent is not None and parent.text.startswith("Згодна")


def test_facebook_old_then_new_export(workspace: Workspace, tmp_path: Path) -> None:
    old = zip_folder(DATA / "facebook" / "old_export", tmp_path / "facebook-old.zip")
    new = zip_folder(DATA / "facebook" / "new_export", tmp_path / "facebook-new.zip")
    first, _ = twice(workspace, old)
    assert (first.format, first.added, first.participants) == ("facebook", 7, 3)  # Lena's DM is skipped
    assert first.counts["media"] == 3  # photos and stickers without a word
    second = import_file(workspace, new)
    assert (second.added, second.participants) == (4, 2)  # Ayşe and Lena are new in the channel
    with workspace.session() as session:
        names = set(session.scalars(select(Participant.display_name)))
        assert {"Zoë Müller", "Łukasz Wójcik", "Giorgos Papadopoulos", "Ayşe Demir", "Lena Schulz"} <= names
        assert not any("Ã" in (n or "") for n in names)  # mojibake repaired before storing


def test_teams_reports_become_attendance(workspace: Workspace, tmp_path: Path) -> None:
    report = DATA / "teams" / "meetingAttendanceReport(Workshop Hybrid).csv"
    first, _ = twice(workspace, report)
    assert (first.format, first.added, first.participants) == ("teams", 4, 4)
    assert count(workspace, CheckIn, CheckIn.channel == "teams") == 4
    with workspace.session() as session:
        minutes = sorted(session.scalars(select(CheckIn.minutes).where(CheckIn.channel == "teams")))
        assert minutes == [1, 19, 98, 127]
        hashed = session.scalars(select(Identity).where(Identity.channel == "teams")).all()
        assert sum(1 for i in hashed if i.email_hash) == 3
        assert not any("@" in (i.key + i.display) for i in hashed)


@pytest.mark.parametrize(
    "sample",
    ["Teilnahmebericht Werkstatt.csv", "Rapport de présence.csv", "meetingAttendanceList.csv"],
)
def test_other_teams_reports(workspace: Workspace, tmp_path: Path, sample: str) -> None:
    path = tmp_path / sample
    shutil.copy(DATA / "teams" / sample, path)
    first, _ = twice(workspace, path)
    assert first.format == "teams" and first.added == first.participants > 0
