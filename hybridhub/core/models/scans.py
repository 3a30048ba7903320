"""Scanned pages that could not be matched to a printed sheet, waiting for a person to assign them."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from hybridhub.core.models.base import Base, Travelling


class UnidentifiedPage(Travelling, Base):
    """A page whose QR or markers could not be read. The page image (grayscale JPEG) is kept so that a
    person can look at it and assign it to a sheet code, or discard it."""

    __tablename__ = "unidentified_pages"

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    file_name: Mapped[str] = mapped_column(String(500))
    page_index: Mapped[int] = mapped_column(Integer, default=0)
    reason: Mapped[str] = mapped_column(String(200))
    # Set when the QR was read but the page could not be aligned: the sheet is known, its boxes are not.
    sheet_code: Mapped[str | None] = mapped_column(String(16))
    image: Mapped[bytes] = mapped_column(LargeBinary)
