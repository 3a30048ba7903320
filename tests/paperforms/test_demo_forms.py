from __future__ import annotations

from sqlalchemy import select

from hybridhub.core.models import Answer, FormTemplate
from hybridhub.core.workspace import Workspace
from hybridhub.paperforms.review import check_value, question_of
from hybridhub.paperforms.templates import find_form


def test_demo_answers_fit_the_shipped_template(demo_workspace: Workspace) -> None:
    with demo_workspace.session() as s:
        template = s.scalars(select(FormTemplate)).one()
        assert template.sha256 == find_form("session-feedback").sha256
        answers = s.scalars(select(Answer)).all()
        assert answers
        for a in answers:
            q = question_of(template.definition, a.question_key)
            assert check_value(q, a.value) == (a.value if a.value is not None else check_value(q, None))
