"""A demo workspace with planted quotes, and reports built from it once per module."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select

from hybridhub.core.models import Contribution, ContributionTheme, Participant, Theme
from hybridhub.core.server import WorkspaceTarget
from hybridhub.core.text import content_hash, word_count
from hybridhub.core.workspace import Workspace, open_workspace
from tests.backend import Stores

PHONE = "+33 6 41 27 93 58"
EMAIL = "marie.quoted@example.org"
# 22 words: the length quote selection prefers, so each planted text is its theme's first paper candidate.
PLANTED = f"Please call {PHONE} or write to {EMAIL} about the nurse appointments at the hospital"
SECRET = (
    "Nobody asked my permission but the neighbourhood clinic closes every Friday afternoon and that leaves "
    "whole villages without any care at all"
)


def plant(ws: Workspace, theme: str, text: str, consent: bool) -> int:
    """Give a paper contribution of `theme` the text, from a person with (or without) consent to quote."""
    with ws.transaction() as s:
        c, p = s.execute(
            select(Contribution, Participant)
            .join(Participant, Participant.id == Contribution.participant_id)
            .join(ContributionTheme, ContributionTheme.contribution_id == Contribution.id)
            .join(Theme, Theme.id == ContributionTheme.theme_id)
            .where(Contribution.channel == "paper", Theme.name == theme)
            .order_by(Contribution.id)
        ).first()
        p.consent_quote = consent
        c.text, c.word_count, c.content_hash = text, word_count(text), content_hash(text)
        return c.id


@pytest.fixture(scope="module")
def planted(demo_template: WorkspaceTarget, module_stores: Stores) -> Iterator[Workspace]:
    ws = open_workspace(module_stores.copy(demo_template, "demo.hybridhub"))
    assert word_count(PLANTED) == 22 and word_count(SECRET) == 22
    plant(ws, "Care coordination", PLANTED, consent=True)
    plant(ws, "Work and income", SECRET, consent=False)
    yield ws
    ws.close()
