"""The PySide6 desktop front end. The only package (with `hybridhub.app`) allowed to import Qt."""
