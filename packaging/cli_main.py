"""Entry point of the frozen app's command line (`hybridhub-cli` next to `HybridHub`)."""

import sys

from hybridhub.cli import main

sys.exit(main())
