"""Small widgets shared by pages."""

from __future__ import annotations

from hybridhub.ui.widgets.progress_panel import ProgressPanel
from hybridhub.ui.widgets.row_view import row_view
from hybridhub.ui.widgets.section_header import SectionHeader

__all__ = ["ProgressPanel", "SectionHeader", "row_view"]
