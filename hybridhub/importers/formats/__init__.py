"""One module per export format; each defines an `Importer` subclass."""
