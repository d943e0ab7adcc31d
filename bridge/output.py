"""The watched output folder, written so that a sampler (or anything watching) only ever sees whole WAVs.

    <out>/<pad>.wav              the pad's current sample, replaced atomically
    <out>/history/<pad>/*.wav    every sample, named by time and seed, never overwritten
    <out>/kept/<pad>/*.wav       copies the user chose to keep
    <out>/inbox/<pad>/           audio dropped here comes back as variations on the pad
    <out>/index.jsonl            one JSON line per sample, append-only

Every file is written under a hidden temporary name in its final folder, flushed to disk, then renamed into
place. A new sample goes onto the pad first (`play`, the write a press waits for), then into history and the
index (`archive`). After a crash (kill -9, power loss) `recover()` removes leftover temporary files and cuts a torn last
line off the index. One daemon writes to a folder at a time: `prepare()` takes an OS lock on
`<out>/.padfusion.lock` (released when the process ends, however it ends), and a second daemon is refused.
"""

import json
import logging
import os
import sys
from datetime import datetime
from pathlib import Path

from padfusion.model.errors import UserError
from padfusion.model.files import TEMP_SUFFIX, atomic_write

log = logging.getLogger(__name__)

LOCK_NAME = ".padfusion.lock"


class FolderBusy(UserError):
    """Another daemon holds the folder: its temporary files and pads must not be touched."""


class OutputFolder:
    def __init__(self, root: Path):
        self.root = Path(root).expanduser().resolve()
        self.index_path = self.root / "index.jsonl"
        self._current: dict[str, Path] = {}  # pad -> its history file now at <pad>.wav (for undo)
        self._lock = None

    def prepare(self, pads) -> None:
        """Lock the folder for this process, make its layout, and clean up after a crashed predecessor."""
        self.root.mkdir(parents=True, exist_ok=True)
        self._take_lock()
        for folder in (self.root / "kept", *(self.root / d / pad for d in ("history", "inbox") for pad in pads)):
            folder.mkdir(parents=True, exist_ok=True)
        self.recover()

    def release(self) -> None:
        if self._lock is not None:
            self._lock.close()  # closing the descriptor drops the OS lock
            self._lock = None

    def _take_lock(self) -> None:
        """Without it, a second daemon's `recover()` would delete this one's half-written files."""
        lock = open(self.root / LOCK_NAME, "a+")
        try:
            if sys.platform == "win32":
                import msvcrt
                lock.seek(0)
                msvcrt.locking(lock.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            try:
                lock.seek(0)
                owner = lock.read().strip() or "?"
            except OSError:  # Windows keeps a locked byte from other processes' reads too
                owner = "?"
            lock.close()
            raise FolderBusy(f"another PadFusion daemon (pid {owner}) is writing to {self.root}; "
                             "stop it, or serve this one with another --out") from None
        lock.truncate(0)
        lock.write(f"{os.getpid()}\n")
        lock.flush()
        self._lock = lock

    def recover(self) -> None:
        """Remove temporary files a killed process left behind; cut a torn last line off the index."""
        for temp in self.root.rglob(f".*{TEMP_SUFFIX}"):
            log.info("removing %s, left by an interrupted write", temp)
            temp.unlink(missing_ok=True)
        if self.index_path.is_file():
            data = self.index_path.read_bytes()
            whole = data[: data.rfind(b"\n") + 1]
            if len(whole) != len(data):
                log.warning("%s: cutting off a torn last line (%d bytes)", self.index_path, len(data) - len(whole))
                with open(self.index_path, "r+b") as f:
                    f.truncate(len(whole))
                    os.fsync(f.fileno())

    def pad_path(self, pad: str) -> Path:
        return self.root / f"{pad}.wav"

    def history(self, pad: str) -> list[Path]:
        """The pad's samples, oldest first (names start with the time they were made)."""
        folder = self.root / "history" / pad
        return sorted(folder.glob("*.wav")) if folder.is_dir() else []

    def play(self, pad: str, wav: bytes) -> None:
        """Make a new sample (a whole WAV file's bytes) the pad's: the one write a press waits for."""
        atomic_write(self.pad_path(pad), wav)

    def archive(self, pad: str, seed: int, wav: bytes, record: dict) -> Path:
        """Then keep it: history under a new name, and a line in the index with `record` (steps, sampler,
        model, ms...). Returns the history file."""
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        made = self._write_new(self.root / "history" / pad / f"{stamp}_seed{seed}.wav", wav)
        self._current[pad] = made
        self._append_index({"time": datetime.now().astimezone().isoformat(timespec="milliseconds"), "pad": pad,
                            "seed": seed, **record, "path": made.relative_to(self.root).as_posix()})
        return made

    def undo(self, pad: str) -> Path:
        """Put the sample before the current one back on the pad; returns its history file."""
        history = self.history(pad)
        current = self.current(pad)
        position = history.index(current) if current in history else len(history)
        if position < 1:
            raise LookupError(f"{pad}: nothing to undo (no earlier sample in history)")
        previous = history[position - 1]
        atomic_write(self.pad_path(pad), previous.read_bytes())
        self._current[pad] = previous
        return previous

    def current(self, pad: str) -> Path | None:
        """The history file of the pad's current sample."""
        history = self.history(pad)
        return self._current.get(pad, history[-1] if history else None)

    def keep(self, pad: str) -> Path:
        """Copy the pad's current sample into kept/<pad>/ (keeping it twice is keeping it once)."""
        current = self.current(pad)
        if current is None or not self.pad_path(pad).is_file():
            raise LookupError(f"{pad}: no sample to keep yet")
        target = self.root / "kept" / pad / current.name
        if not target.exists():
            self._write_new(target, current.read_bytes())
        return target

    def _write_new(self, path: Path, data: bytes) -> Path:
        """Write a file under a name not taken yet (so nothing is ever overwritten); returns the name."""
        path.parent.mkdir(parents=True, exist_ok=True)
        while path.exists():  # two samples in the same microsecond
            path = path.with_stem(path.stem + "_")
        atomic_write(path, data)
        return path

    def _append_index(self, record: dict) -> None:
        """One write per line on an O_APPEND descriptor, so a crash can only tear the very last line."""
        line = (json.dumps(record, separators=(",", ":")) + "\n").encode()
        fd = os.open(self.index_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            os.write(fd, line)
            os.fsync(fd)
        finally:
            os.close(fd)



def is_under(path: Path, folders) -> bool:
    """Whether `path`, links resolved, lies inside one of `folders`."""
    real = Path(path).resolve()
    return any(real.is_relative_to(Path(folder).expanduser().resolve()) for folder in folders)
