"""Importers for the files that online tools export. See `base.py` for the contract every format follows."""
