"""Entry point of the frozen app's window (PyInstaller needs a script, not `-m hybridhub.app`)."""

import sys

from hybridhub.app import main

sys.exit(main())
