"""Small builders shared by the check-in tests: a registration list on disk, imported."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from hybridhub.checkin.registrations import ImportSummary, import_registrations
from hybridhub.core.models import Participant, Registration
from hybridhub.core.workspace import Workspace

CSV = """Prénom;Nom;Organisation;E-mail;Téléphone;Langue;Région;Tranche d'âge
Élodie;Müller;APF France;elodie@example.org;+33 6 12 34 56 78;fr;Lyon;50-64
Jörg;Schäfer;;joerg@example.de;;de;;65+
Ана;Петрова;Союз;;+7 900 123 45 67;ru;;
Sam;Okafor;Carers' network;sam@example.org;;en;Villeurbanne;35-49
"""


def write_list(tmp_path: Path, text: str = CSV, name: str = "registrations.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def register(ws: Workspace, tmp_path: Path, text: str = CSV) -> ImportSummary:
    with ws.transaction() as s:
        return import_registrations(s, ws.event(s), write_list(tmp_path, text))


def code_of(ws: Workspace, name: str) -> str:
    with ws.session() as s:
        return s.scalars(
            select(Registration.code)
            .join(Participant, Participant.id == Registration.participant_id)
            .where(Participant.display_name == name)
        ).one()


def short_of(ws: Workspace, name: str) -> str:
    with ws.session() as s:
        return s.scalars(
            select(Registration.short_code)
            .join(Participant, Participant.id == Registration.participant_id)
            .where(Participant.display_name == name)
        ).one()
