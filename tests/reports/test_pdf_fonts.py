"""Every script a name or a message may use prints in the PDFs (Chinese printed as empty boxes in the
report's title, footers and on badges): each character of a mixed-script sample is drawn with an
embedded font whose character map has it."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics
from sqlalchemy import select

from hybridhub.cli import main
from hybridhub.core.models import Participant, Theme
from hybridhub.core.pdf_fonts import FALLBACKS, MAIN, register_fonts
from hybridhub.core.workspace import Workspace
from tests.reports.conftest import plant

TITLE = "Forum santé 健康论坛 منتدى الصحة 🚌"
NAMES = ("王芳", "عائشة بن علي", "Zoë Lefèvre-Nguyễn", "Γιώργος Παπαδόπουλος", "नमस्ते सिंह", "สมชาย")
QUOTE = "Le bus 🚌 ne passe plus après 19h, 我们需要更多的公交车 and नर्स, ไม่มีรถ, נחוץ, нужна медсестра"


def _drawn(pdf: Path) -> dict[str, set[str]]:
    """The characters each embedded font draws (read from its ToUnicode map), by the font's name."""
    drawn: dict[str, set[str]] = {}
    for page in PdfReader(pdf).pages:
        fonts = page["/Resources"].get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            if "/FontDescriptor" not in font:
                continue  # a standard font nobody's text uses (reportlab's default Helvetica)
            assert "/FontFile2" in font["/FontDescriptor"], "TrueType outlines are embedded"
            cmap = font["/ToUnicode"].get_data().decode()
            chars = {chr(int(u, 16)) for _c, u in re.findall(r"<([0-9A-Fa-f]+)> <([0-9A-Fa-f]{4,})>", cmap)}
            drawn.setdefault(str(font["/BaseFont"]).split("+", 1)[1], set()).update(chars)
    return drawn


def _check_every_character_is_in_its_font(pdf: Path, sample: str) -> None:
    register_fonts()
    covers = {}
    for name, _file in (*MAIN, *FALLBACKS):
        face = pdfmetrics.getFont(name).face
        covers[face.name.decode() if isinstance(face.name, bytes) else face.name] = set(face.charToGlyph)
    drawn = _drawn(pdf)
    assert "DroidSansFallback" in drawn and "Symbola" in drawn
    for font, chars in drawn.items():
        # subset 0 of every font maps all of ASCII, drawn or not: only the rest tells
        missing = {c for c in chars if ord(c) >= 0x80 and ord(c) not in covers[font]}
        assert not missing, f"{font} draws characters it lacks: {missing}"
    everywhere = set().union(*drawn.values())
    wanted = {c for c in sample if not c.isspace() and c not in "\ufe0f\u200d"}
    assert wanted <= everywhere, f"not printed: {wanted - everywhere}"


def test_report_and_badges_print_every_script(demo_workspace: Workspace, tmp_path: Path) -> None:
    with demo_workspace.transaction() as s:
        demo_workspace.event(s).title = TITLE
        people = s.scalars(select(Participant).order_by(Participant.id).limit(len(NAMES))).all()
        for person, name in zip(people, NAMES, strict=True):
            person.display_name = name
        s.scalars(select(Theme).where(Theme.name == "Care coordination")).one().name = "照护协调 تنسيق"
    plant(demo_workspace, "照护协调 تنسيق", QUOTE, consent=True)
    path = str(demo_workspace.target)
    report, badges, tickets = tmp_path / "report.pdf", tmp_path / "badges.pdf", tmp_path / "tickets.pdf"
    assert main(["report", "-w", path, "-o", str(report), "--names"]) == 0
    assert main(["checkin", "badges", "-w", path, "-o", str(badges)]) == 0
    assert main(["checkin", "badges", "-w", path, "-o", str(tickets), "--layout", "tickets"]) == 0
    _check_every_character_is_in_its_font(report, TITLE + QUOTE + "照护协调 تنسيق")
    _check_every_character_is_in_its_font(badges, TITLE + "".join(NAMES))
    _check_every_character_is_in_its_font(tickets, TITLE + "".join(NAMES))
