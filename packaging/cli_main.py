"""Entry point of the frozen app's command line (`hybridhub-cli` next to `HybridHub`)."""

import sys

if sys.argv[1:2] == ["--hybridhub-import-parser"]:  # pipeline.PARSER_FLAG: a big import's parser
    from hybridhub.importers.parser_main import main as parse

    parse()
    sys.exit(0)

from hybridhub.cli import main  # noqa: E402

sys.exit(main())
