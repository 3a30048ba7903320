from __future__ import annotations

from pathlib import Path

import numpy as np
import pypdfium2
import pytest
import zxingcpp
from pypdf import PdfReader

from hybridhub.checkin.badges import write_badges
from hybridhub.checkin.desk import Desk
from hybridhub.core.errors import NotFoundError
from hybridhub.core.workspace import Workspace
from tests.checkin.helpers import register


def test_label_sheet_embeds_the_font_and_its_qr_scans_in(workspace: Workspace, tmp_path: Path) -> None:
    register(workspace, tmp_path)
    out = tmp_path / "badges.pdf"
    with workspace.session() as s:
        assert write_badges(s, workspace.event(s), out) == 4
    reader = PdfReader(out)
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    assert "Петрова" in text and "Élodie" in text
    fonts = reader.pages[0]["/Resources"]["/Font"].get_object()  # type: ignore[index]
    names = {str(fonts[f].get_object()["/BaseFont"]) for f in fonts}
    assert any("DejaVuSans" in n for n in names)
    embedded = [fonts[f].get_object() for f in fonts if "DejaVu" in str(fonts[f].get_object()["/BaseFont"])]
    assert all("/FontFile2" in font["/FontDescriptor"].get_object() for font in embedded)
    page = pypdfium2.PdfDocument(out)[0]
    image = np.asarray(page.render(scale=300 / 72).to_pil().convert("L"))
    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    assert len(found) == 4
    desk = Desk(workspace, "Door-1")
    assert {desk.scan(b.text, method="camera").result for b in found} == {"ok"}


def test_tickets_one_per_page_and_empty_workspace(workspace: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "tickets.pdf"
    with workspace.session() as s, pytest.raises(NotFoundError, match="nobody has a check-in code"):
        write_badges(s, workspace.event(s), out, layout="tickets")
    register(workspace, tmp_path)
    with workspace.session() as s:
        write_badges(s, workspace.event(s), out, layout="tickets")
    assert len(PdfReader(out).pages) == 4


def test_ticket_dates_follow_the_event_language_like_the_report(workspace: Workspace, tmp_path: Path) -> None:
    from datetime import date

    from hybridhub.reports.i18n import Catalog

    register(workspace, tmp_path)
    with workspace.session() as s:
        event = workspace.event(s)
        event.languages, event.starts_on, event.venue = ["pt", "en"], date(2026, 11, 14), "Lisboa"
        s.commit()
        write_badges(s, event, tmp_path / "tickets.pdf", layout="tickets")
    text = PdfReader(tmp_path / "tickets.pdf").pages[0].extract_text()
    assert f"{Catalog('pt').date(date(2026, 11, 14))} · Lisboa" in text
    assert "14 de novembro de 2026" in text
