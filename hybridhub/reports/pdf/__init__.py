"""The PDF report, laid out with reportlab's platypus."""
