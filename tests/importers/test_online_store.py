"""The online-side formats end to end in a real workspace: online ratings next to paper answers,
saved form mappings reused, participants list linked to e-mail replies, channels from mappings."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from hybridhub.core.errors import UserError
from hybridhub.core.models import Answer, Contribution, Identity, Participant, Sheet
from hybridhub.core.workspace import Workspace
from hybridhub.importers.base import ImportOptions
from hybridhub.importers.mapping import (
    FORM_MAP,
    list_presets,
    load_form_mapping,
    save_form_mapping,
    save_preset,
    suggest_form_mapping,
    template_info,
)
from hybridhub.importers.store import import_file
from tests.conftest import DATA
from tests.importers.helpers import feedback_template

GOOGLE = DATA / "google_forms" / "Workshop feedback (Responses) - Form responses 1.csv"


def _paper_answers(ws: Workspace) -> int:
    """One paper sheet of the feedback form, captured with its answers; returns the template id."""
    with ws.transaction() as s:
        event = ws.event(s)
        template = feedback_template()
        s.add(template)
        s.flush()
        person = Participant(event_id=event.id)
        s.add(person)
        s.flush()
        sheet = Sheet(
            event_id=event.id,
            template_id=template.id,
            participant_id=person.id,
            code="PAPER1",
            status="captured",
            captured_method="scan",
        )
        s.add(sheet)
        s.flush()
        for key, value in (("overall", 2), ("heard", 1), ("internet", "none")):
            s.add(
                Answer(
                    event_id=event.id,
                    template_id=template.id,
                    sheet_id=sheet.id,
                    participant_id=person.id,
                    channel="paper",
                    question_key=key,
                    value=value,
                    method="scan",
                )
            )
        return template.id


def _answers(ws: Workspace, key: str) -> dict[str, list[object]]:
    with ws.session() as s:
        rows = s.execute(
            select(Answer.channel, Answer.value).where(Answer.question_key == key).order_by(Answer.id)
        )
        found: dict[str, list[object]] = {}
        for channel, value in rows:
            found.setdefault(channel, []).append(value)
        return found


def test_online_form_ratings_sit_next_to_paper_answers(workspace: Workspace) -> None:
    template_id = _paper_answers(workspace)
    result = import_file(
        workspace,
        GOOGLE,
        format="google-forms",
        options=ImportOptions(timezone="Europe/Paris", settings={"form": "feedback"}),
    )
    assert (result.format, result.participants) == ("google-forms", 4)
    assert result.counts == {"answers": 13, "messages": 3}
    assert _answers(workspace, "overall") == {"paper": [2], "google-forms": [5, 3, 4, 2]}
    assert _answers(workspace, "heard") == {"paper": [1], "google-forms": [5, 3]}  # auto-mapped: new column
    assert _answers(workspace, "internet") == {
        "paper": ["none"],
        "google-forms": ["good", "poor", "none", "poor"],
    }
    with workspace.session() as s:
        online = s.scalars(select(Answer).where(Answer.channel == "google-forms")).all()
        assert {a.template_id for a in online} == {template_id} and {a.method for a in online} == {"online"}
        change = s.scalars(select(Answer).where(Answer.question_key == "change").order_by(Answer.id)).all()
        texts = [s.get(Contribution, a.contribution_id).text for a in change]  # type: ignore[union-attr]
        assert texts[0] == "More time for questions from the people in the room, please."
        first = s.scalars(select(Contribution).order_by(Contribution.id)).first()
        assert first is not None and first.posted_at == datetime(2022, 6, 22, 15, 7, 29, tzinfo=UTC)
        assert first.channel == "google-forms"
        # The respondent's e-mail is only a keyed hash.
        assert not s.scalars(select(Identity).where(Identity.key.contains("example.org"))).all()
    again = import_file(
        workspace, GOOGLE, format="google-forms", options=ImportOptions(settings={"form": "feedback"})
    )
    assert (again.added, again.duplicates) == (0, 16)


def test_saved_form_mapping_is_reused_for_the_next_export(workspace: Workspace) -> None:
    _paper_answers(workspace)
    with workspace.transaction() as s:
        from hybridhub.importers.mapping import find_template

        mapping = suggest_form_mapping(
            template_info(find_template(s, "feedback")),
            [
                "How would you rate the session overall?",
                "Could you hear the speakers?",
                "Could you hear the room well?",
                "What should change next time?",
                "How is your internet connection at home?",
            ],
        )
        heard = next(q for q in mapping.questions if q.key == "heard")
        heard.columns = ["Could you hear the speakers?", "Could you hear the room well?"]
        next(q for q in mapping.questions if q.key == "internet").options.update(
            {"Good": "good", "Poor": "poor", "No internet at home": "none"}
        )
        save_form_mapping(s, "Workshop feedback", mapping)
        assert list_presets(s, FORM_MAP) == ["Workshop feedback"]
        stored = load_form_mapping(s, "Workshop feedback")
        assert stored is not None and stored.form_key == "feedback"
    import_file(
        workspace, GOOGLE, format="google-forms", options=ImportOptions(settings={"form": "feedback"})
    )
    assert _answers(workspace, "heard") == {"paper": [1], "google-forms": [4, 2, 5, 3]}  # old column too


def test_form_answers_without_a_paper_form_are_refused_cleanly(workspace: Workspace) -> None:
    _paper_answers(workspace)
    with pytest.raises(UserError, match="no paper form 'exit-survey'"):
        import_file(
            workspace, GOOGLE, format="google-forms", options=ImportOptions(settings={"form": "exit-survey"})
        )
    with workspace.session() as s:
        assert s.scalars(select(Contribution)).all() == []


def test_mailchimp_people_are_linked_to_their_email_replies(workspace: Workspace) -> None:
    people = import_file(workspace, DATA / "mailchimp" / "members_export_8f2c1d.zip")
    assert (people.format, people.participants, people.counts) == ("mailchimp", 5, {"people": 5})
    mails = import_file(workspace, DATA / "email" / "All mail Including Spam and Trash.mbox")
    assert mails.format == "email" and mails.counts["messages"] == 3
    assert mails.participants == 1  # Marie and Kwame are already known from the audience list
    with workspace.session() as s:
        marie = s.scalars(select(Participant).where(Participant.display_name == "Marie Dupont")).one()
        assert (marie.organisation, marie.region, marie.consent_contact) == (
            "Association Mobilité Rurale",
            "Auvergne-Rhône-Alpes",
            True,
        )
        assert marie.attributes == {"mailchimp_status": "subscribed", "tags": ["Board", "Volunteers"]}
        channels = sorted(
            i.channel for i in s.scalars(select(Identity).where(Identity.participant_id == marie.id))
        )
        assert channels == ["email", "mailchimp"]
        said = s.scalars(select(Contribution.text).where(Contribution.participant_id == marie.id)).all()
        assert said[0].startswith("Merci pour l'atelier !")
        assert not any("@" in (i.key + i.display) for i in s.scalars(select(Identity)))


def test_table_mapping_preset_names_the_channel(workspace: Workspace) -> None:
    with workspace.transaction() as s:
        save_preset(
            s,
            "table",
            "Viber group",
            {"channel": "viber", "columns": {"author": "Sender", "time": ["Date", "Time"], "text": "Text"}},
        )
    result = import_file(
        workspace,
        DATA / "table" / "viber_group.csv",
        format="table",
        options=ImportOptions(timezone="Europe/Berlin", settings={"map": "Viber group"}),
    )
    assert result.counts == {"messages": 2}
    with workspace.session() as s:
        rows = s.execute(select(Contribution.channel, Contribution.posted_at).order_by(Contribution.id)).all()
        assert rows == [
            ("viber", datetime(2022, 6, 22, 16, 7, 29, tzinfo=UTC)),
            ("viber", datetime(2022, 6, 22, 16, 9, 2, tzinfo=UTC)),
        ]


def test_sms_numbers_are_hashed_and_youtube_threads_linked(workspace: Workspace) -> None:
    sms = import_file(workspace, DATA / "sms" / "sms-20220623101500.xml")
    assert (sms.format, sms.counts["messages"], sms.skipped) == ("sms", 4, 3)
    yt = import_file(workspace, DATA / "youtube" / "comments-2024.csv")
    assert yt.counts == {"messages": 3}
    with workspace.session() as s:
        ids = s.scalars(select(Identity).where(Identity.channel == "sms")).all()
        assert sorted(i.display for i in ids) == ["Jürgen Weiß", "Marie Dupont", "…23", "…23"]
        assert all(i.phone_hash and "+33" not in i.key for i in ids)
        reply = s.scalars(select(Contribution).where(Contribution.text == "Reply: @Marie agreed!")).one()
        parent = s.get(Contribution, reply.parent_id)
        assert parent is not None and parent.text.startswith("Merci pour la retransmission")
