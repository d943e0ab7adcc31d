"""Writing files so that a reader (a sampler, a file watcher, the next run) only ever sees a whole file."""

import errno
import os
import time
import uuid
from pathlib import Path

TEMP_SUFFIX = ".partial"  # temporary files are hidden and end in this, so a crashed write can be swept up
REPLACE_RETRIES = 50  # Windows refuses to replace a file that a sampler holds open: retry for about a second


def temp_name(path: Path) -> Path:
    """A hidden, unique temporary name beside `path`."""
    return path.with_name(f".{path.stem}.{uuid.uuid4().hex[:8]}{TEMP_SUFFIX}")


def atomic_write(path, content) -> None:
    """Make `path` hold `content` (bytes, or a function that writes to a binary file): written under a temporary
    name in the same folder, flushed to disk, then renamed over `path`, and the folder flushed. A crash leaves the
    old file or the new one, never a torn one."""
    path = Path(path)
    temp = temp_name(path)
    try:
        with open(temp, "wb") as f:
            if callable(content):
                content(f)
            else:
                f.write(content)
            f.flush()
            os.fsync(f.fileno())
        for attempt in range(REPLACE_RETRIES):
            try:
                os.replace(temp, path)
                break
            except PermissionError:
                if attempt == REPLACE_RETRIES - 1:
                    raise
                time.sleep(0.02)
    finally:
        temp.unlink(missing_ok=True)
    _sync_folder(path.parent)


def _sync_folder(folder) -> None:
    """Flush a folder's entries to disk, so that a file renamed (or made) in it is still there after a power
    loss. Windows cannot open a folder to flush it, and some file systems refuse to: there it is skipped."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError as e:
        if e.errno not in (errno.EINVAL, errno.ENOTSUP):
            raise
    finally:
        os.close(fd)
