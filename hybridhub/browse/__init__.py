"""One view over every contribution: filters, paging, full-text search, detail with provenance, flags."""
