"""Objects between two processes over a pipe, with a thread at each end so that neither process waits
for the other while it works.

A pipe holds 64 KB: without these threads, a parser that has a 2 MB chunk ready waits until the writer
has read it piece by piece, and the writer reads only between two inserts, so the two processes would
take turns instead of working side by side. Here the sending thread writes while its process goes on
parsing, the receiving thread reads while its process inserts (both release the GIL), and each holds
up to `DEPTH` frames. A frame is its length (8 bytes) and one pickle.
"""

from __future__ import annotations

import contextlib
import pickle
import queue
import struct
import threading
from typing import IO

DEPTH = 4  # frames held at each end: about 8 MB of rows
_LENGTH = struct.Struct("<Q")


def widen_pipe(stream: IO[bytes]) -> None:
    """Ask for a 1 MB pipe buffer where the system allows it (Linux), so fewer wake-ups are needed."""
    try:
        import fcntl

        fcntl.fcntl(stream.fileno(), fcntl.F_SETPIPE_SZ, 1 << 20)
    except (ImportError, AttributeError, OSError, ValueError):
        pass


class FrameSender:
    """Pickles objects in the calling thread and writes them on its own thread."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        self._queue: queue.Queue[bytes | None] = queue.Queue(DEPTH)  # None: no more frames
        self.error: OSError | None = None
        self._thread = threading.Thread(target=self._run, name="frame-sender", daemon=True)
        self._thread.start()

    def send(self, obj: object) -> None:
        """Queue `obj`; an OSError when the other side has gone (the import was cancelled)."""
        if self.error is not None:
            raise self.error
        self._queue.put(pickle.dumps(obj, pickle.HIGHEST_PROTOCOL))

    def backed_up(self) -> bool:
        """Whether a frame waits to be written: the other side is behind (its own queue and the pipe
        are full)."""
        return not self._queue.empty()

    def close(self) -> None:
        """Wait until everything queued is written."""
        self._queue.put(None)
        self._thread.join()

    def _run(self) -> None:
        while (data := self._queue.get()) is not None:
            if self.error is not None:
                continue  # the other side has gone: only empty the queue, so `send` never blocks
            try:
                self._stream.write(_LENGTH.pack(len(data)))
                self._stream.write(data)
                self._stream.flush()
            except OSError as exc:
                self.error = exc


class FrameReceiver:
    """Reads frames on its own thread; `receive` unpickles the next one in the calling thread."""

    def __init__(self, stream: IO[bytes]) -> None:
        self._stream = stream
        self._queue: queue.Queue[bytes | None] = queue.Queue(DEPTH)  # None: no more frames
        self._thread = threading.Thread(target=self._run, name="frame-receiver", daemon=True)
        self._thread.start()

    def receive(self) -> object:
        """The next object; EOFError when the other side closed its end (or ended)."""
        data = self._queue.get()
        if data is None:
            self._queue.put(None)  # and for any later call
            raise EOFError
        return pickle.loads(data)

    def waiting(self) -> bool:
        """Whether a frame has arrived that `receive` has not taken yet."""
        return not self._queue.empty()

    def close(self) -> None:
        """After the other side has ended or closed its end: let the thread finish."""
        while self._thread.is_alive():
            with contextlib.suppress(queue.Empty):
                self._queue.get(timeout=0.05)  # a thread waiting to queue a frame goes on
        self._thread.join()

    def _run(self) -> None:
        try:
            while len(head := self._stream.read(_LENGTH.size)) == _LENGTH.size:
                (size,) = _LENGTH.unpack(head)
                data = self._stream.read(size)
                if len(data) != size:
                    break
                self._queue.put(data)
        except (OSError, ValueError):  # the stream was closed under the thread
            pass
        self._queue.put(None)
