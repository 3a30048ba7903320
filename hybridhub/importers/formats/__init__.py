"""One module per export format; each defines `Importer` subclasses that the registry finds."""
