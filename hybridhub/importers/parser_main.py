"""The parser's process of a big import (see `hybridhub.importers.pipeline`):
`python -m hybridhub.importers.parser_main`, or the frozen app with `PARSER_FLAG`.

Objects go back (`hybridhub.importers.frames`) on a copy of standard output; standard output itself
then points at standard error, so a parser that prints (or a library's C code that writes to it)
cannot corrupt what is sent.
"""

from __future__ import annotations

import gc
import os
import sys

from hybridhub.importers.pipeline import serve


def main() -> None:
    # Parsing makes millions of short-lived objects and no cycles to speak of: far fewer collections
    # (the modules' objects set aside for good) save about a twentieth of the parser's time.
    gc.freeze()
    gc.set_threshold(50_000, 20, 100)
    outbox = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    try:
        serve(sys.stdin.buffer, outbox)
    finally:
        outbox.close()


if __name__ == "__main__":
    main()
