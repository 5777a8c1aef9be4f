"""Output files appear whole or not at all: written beside their target, renamed at the end.

One helper for every writer (the command line's ``-o``, the partitioned
archive output), so an interrupted run never leaves half a file where a
user expects a result, and an existing file is only replaced by a complete one.
"""
from __future__ import annotations

import contextlib
import os
import tempfile
from typing import IO, Iterator


@contextlib.contextmanager
def atomic_file(path: str, binary: bool = False) -> Iterator[IO]:
    """A file object whose content replaces ``path`` only when the block ends
    without an exception; the temporary file is removed otherwise."""
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(dir=folder, prefix="." + os.path.basename(path) + ".", suffix=".part")
    try:
        with (open(fd, "wb") if binary else
              open(fd, "w", encoding="utf-8", errors="backslashreplace", newline="")) as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # the permissions a plain open() would give
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
