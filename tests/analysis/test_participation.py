from __future__ import annotations

from hybridhub.analysis.participation import participant_sides, split_counts
from hybridhub.analysis.stats import workspace_stats
from hybridhub.core.clock import utcnow
from hybridhub.core.models import CheckIn, Participant
from hybridhub.core.workspace import Workspace


def test_an_undone_check_in_does_not_count_as_taking_part(workspace: Workspace) -> None:
    with workspace.transaction() as s:
        event = workspace.event(s)
        ana, ben = Participant(event_id=event.id), Participant(event_id=event.id)
        s.add_all([ana, ben])
        s.flush()
        kept = CheckIn(
            event_id=event.id, participant_id=ana.id, method="scanner", result="ok", scanned_at=utcnow()
        )
        mistake = CheckIn(
            event_id=event.id, participant_id=ben.id, method="search", result="ok", scanned_at=utcnow()
        )
        s.add_all([kept, mistake])
        s.flush()
        s.add(
            CheckIn(
                event_id=event.id,
                participant_id=ben.id,
                method="search",
                result="undo",
                annuls_uid=mistake.uid,
                scanned_at=utcnow(),
            )
        )
    with workspace.session() as s:
        event = workspace.event(s)
        sides = participant_sides(s, event.id)
        assert sides[ana.id] == {"offline"} and sides[ben.id] == set()
        assert split_counts(sides) == {"offline_only": 1, "online_only": 0, "both": 0, "not_yet": 1}
        assert workspace_stats(s, event)["checkins"] == 1
