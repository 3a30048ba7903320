"""Writes the Microsoft Forms sample workbooks (run once; the .xlsx files are committed)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl

HERE = Path(__file__).parent


def feedback() -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    sheet.append(
        ["ID", "Start time", "Completion time", "Email", "Name", "Last modified time",
         "How would you rate the session overall?", "Could you hear the room well?",
         "What should change next time?", "How is your internet connection at home?"]
    )  # fmt: skip
    sheet.append([1, datetime(2022, 6, 22, 18, 2, 11), datetime(2022, 6, 22, 18, 7, 29), "anonymous", None,
                  None, 4, 5, "Please share the slides before the session so I can follow on my phone.",
                  "Poor connection"])  # fmt: skip
    sheet.append([2, datetime(2022, 6, 22, 18, 10, 0), datetime(2022, 6, 22, 18, 12, 45),
                  "joao.silva@example.pt", "João Silva", None, 3, 2, None, "Good connection"])  # fmt: skip
    sheet.append([3, datetime(2022, 6, 22, 19, 0, 5), datetime(2022, 6, 22, 19, 4, 50), "anonymous", None,
                  None, 5, 4, "Nothing – the breakout in small groups worked really well for me.",
                  "No internet at home"])  # fmt: skip
    book.save(HERE / "Workshop feedback(1-3).xlsx")


if __name__ == "__main__":
    feedback()
