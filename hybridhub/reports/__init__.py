"""Reports for decision-makers (PDF) and exports of the whole data set (CSV, XLSX, JSON)."""
