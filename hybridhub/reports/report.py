"""Build the PDF report of an event: count, choose quotes, lay out, write atomically.

The file is written next to its destination under a temporary name and moved into place only when
complete, so a cancelled or failed run never leaves half a report behind.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from hybridhub.analysis.counting import Counts, count_event
from hybridhub.core.clock import utcnow, zone
from hybridhub.core.errors import ValidationError
from hybridhub.core.models import Event
from hybridhub.core.progress import ProgressFn, no_progress
from hybridhub.reports.i18n import Catalog
from hybridhub.reports.options import ReportOptions
from hybridhub.reports.pdf import details, overview
from hybridhub.reports.pdf.context import ReportContext
from hybridhub.reports.pdf.document import ReportDoc, build
from hybridhub.reports.pdf.style import make_styles
from hybridhub.reports.quotes import identical_samples, pick_quotes

STEPS = 4


@dataclass
class ReportResult:
    path: Path
    pages: int
    counts: Counts


def build_report(
    session: Session,
    event: Event,
    path: Path,
    options: ReportOptions | None = None,
    progress: ProgressFn = no_progress,
) -> ReportResult:
    options = options or ReportOptions()
    path = Path(path)
    if path.suffix.lower() != ".pdf":
        raise ValidationError("a report is a PDF file", file=path, hint="give the file name an ending '.pdf'")
    if not path.parent.is_dir():
        raise ValidationError("this folder does not exist", file=path.parent)
    t = Catalog(options.lang)
    progress(0, STEPS, "Counting people per theme and channel")
    counts = count_event(session, event, options.scope)
    progress(1, STEPS, "Choosing quotes")
    marks = t.redaction()
    quotes = pick_quotes(session, event.id, options.scope, options.quotes, marks)
    samples = identical_samples(
        session, event.id, [i.content_hash for i in counts.identical], options.quotes, marks
    )
    tz = zone(event.timezone)
    ctx = ReportContext(
        event=event,
        counts=counts,
        quotes=quotes,
        samples=samples,
        t=t,
        s=make_styles(),
        options=options,
        tz=tz,
        generated_on=options.generated_on or utcnow().astimezone(tz).date(),
    )
    progress(2, STEPS, "Laying out the pages")
    story = _story(ctx)
    fd, tmp_name = tempfile.mkstemp(prefix=".report-", suffix=".pdf", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        doc = ReportDoc(
            tmp,
            title=f"{t('report_title')}: {event.title}",
            subject=t("report_subject"),
            lang=options.lang,
            footer=lambda page, total: t("footer_page", page=page, total=total),
            event_title=event.title,
            on_page=lambda page: progress(2, STEPS, f"Laying out page {page}"),
        )
        build(doc, story)
        progress(3, STEPS, "Writing the file")
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    progress(STEPS, STEPS, "Report ready")
    return ReportResult(path, doc.page, counts)


def _story(ctx: ReportContext) -> list[Any]:
    has = ctx.options.has
    story = overview.cover(ctx) + overview.how_to_read(ctx)
    parts = [
        ("summary", overview.summary),
        ("participation", overview.participation),
        ("ratings", overview.ratings),
        ("themes", details.themes),
        ("offline", details.mainly_offline),
        ("tallies", details.tallies),
        ("method", details.method),
        ("appendix", details.appendix),
    ]
    for key, make in parts:
        if has(key):
            story += make(ctx)
    return story
