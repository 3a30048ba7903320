"""Running one importer on a sample file and sorting its records by kind."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hybridhub.core.models import FormTemplate
from hybridhub.importers.base import Importer, ImportOptions
from hybridhub.importers.records import AnswerRecord, Message, PersonRecord, Record, Skipped
from hybridhub.importers.source import Source


def run(importer: Importer, path: Path, **settings: Any) -> list[Record]:
    return list(importer.records(Source(path), ImportOptions(timezone="UTC", settings=settings)))


def messages(records: list[Record]) -> list[Message]:
    return [r for r in records if isinstance(r, Message)]


def skipped(records: list[Record]) -> list[Skipped]:
    return [r for r in records if isinstance(r, Skipped)]


def answers(records: list[Record]) -> list[AnswerRecord]:
    return [r for r in records if isinstance(r, AnswerRecord)]


def people(records: list[Record]) -> list[PersonRecord]:
    return [r for r in records if isinstance(r, PersonRecord)]


FEEDBACK = {
    "id": "feedback",
    "version": 1,
    "title": {"en": "Session feedback", "fr": "Votre avis sur la séance"},
    "questions": [
        {
            "key": "overall",
            "type": "rating",
            "label": {
                "en": "How would you rate the session overall?",
                "fr": "Comment évaluez-vous la séance ?",
            },
        },
        {
            "key": "heard",
            "type": "rating",
            "label": {"en": "Could you hear the room well?", "fr": "Entendiez-vous bien la salle ?"},
        },
        {
            "key": "change",
            "type": "text",
            "label": {"en": "What should change next time?", "fr": "Qu’est-ce qui devrait changer ?"},
        },
        {
            "key": "internet",
            "type": "single",
            "label": {"en": "How is your internet connection at home?", "fr": "Votre connexion internet"},
            "options": [
                {"key": "none", "label": {"en": "No internet at home", "fr": "Pas d’internet"}},
                {"key": "poor", "label": {"en": "Poor connection", "fr": "Faible"}},
                {"key": "good", "label": {"en": "Good connection", "fr": "Bonne"}},
            ],
        },
    ],
}


def feedback_template() -> FormTemplate:
    return FormTemplate(form_key="feedback", version=1, title="Session feedback", definition=FEEDBACK)
