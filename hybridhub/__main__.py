"""`python -m hybridhub` is the CLI; the GUI starts with `python -m hybridhub.app` or `hybridhub-gui`."""

from __future__ import annotations

import sys

from hybridhub.cli import main

sys.exit(main())
