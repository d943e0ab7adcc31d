"""The watched output folder, written so that a sampler (or anything watching) only ever sees whole WAVs.

    <out>/<pad>.wav              the pad's current sample, replaced atomically
    <out>/history/<pad>/*.wav    every sample, named by time and seed, never overwritten (the oldest are
                                 removed past `history_limit` samples)
    <out>/kept/<pad>/*.wav       copies the user chose to keep, never removed
    <out>/inbox/<pad>/           audio dropped here comes back as variations on the pad
    <out>/index.jsonl            one JSON line per sample, append-only

Every file is written under a hidden temporary name in its final folder, flushed to disk, then renamed into
place. A new sample goes into history first, then onto the pad (`add`), then into the index (`record`).
After a crash (kill -9, power loss) `recover()` removes leftover temporary files and cuts a torn last line
off the index. One daemon writes to a folder at a time: `prepare()` takes an OS lock on
`<out>/.padfusion.lock` (released when the process ends, however it ends), and a second daemon is refused;
`keep_lock()` takes it again if the folder was removed (and perhaps made again) under the daemon.

Three threads use one OutputFolder: the worker adds and undoes samples, the OSC thread keeps them, the main
thread checks the lock. One mutex makes each of those a single step, so a Keep never copies a sample that a
new one is pruning, and a lock taken again never loses a sample added meanwhile.
"""

import json
import logging
import os
import sys
import threading
from collections import deque
from datetime import datetime
from pathlib import Path

from padfusion.model.errors import UserError
from padfusion.model.files import TEMP_SUFFIX, atomic_write

log = logging.getLogger(__name__)

LOCK_NAME = ".padfusion.lock"


class FolderBusy(UserError):
    """Another daemon holds the folder: its temporary files and pads must not be touched."""


class OutputFolder:
    def __init__(self, root: Path, history_limit: int = 0):
        self.root = Path(root).expanduser().resolve()
        self.index_path = self.root / "index.jsonl"
        self.history_limit = history_limit  # samples kept in history, all pads together; 0: no limit
        self._history: deque[Path] = deque()  # every pad's history files, oldest first
        self._current: dict[str, Path] = {}  # pad -> its history file now at <pad>.wav (for undo and keep)
        self._pads = ()
        self._lock = None
        self._mutex = threading.RLock()  # see the module docstring
        self._pruned = False  # whether this run has removed history yet (said once at INFO)

    def prepare(self, pads, recover: bool = True) -> None:
        """Lock the folder for this process, make its layout, and clean up after a crashed predecessor."""
        with self._mutex:
            self._pads = tuple(pads)
            self.root.mkdir(parents=True, exist_ok=True)
            self._take_lock()
            for folder in (self.root / "kept", *(self.root / d / p for d in ("history", "inbox") for p in pads)):
                folder.mkdir(parents=True, exist_ok=True)
            if recover:
                self.recover()
            histories = {pad: self.history(pad) for pad in pads}
            self._history = deque(sorted((p for files in histories.values() for p in files), key=lambda p: p.name))
            self._current = {pad: files[-1] for pad, files in histories.items() if files}

    def release(self) -> None:
        if self._lock is not None:
            self._lock.close()  # closing the descriptor drops the OS lock
            self._lock = None

    def keep_lock(self) -> None:
        """Take the lock again if the folder or its lock file was removed or replaced while this daemon runs
        (the OS lock belongs to the removed file); FolderBusy if another daemon took the new one first."""
        with self._mutex:
            try:
                held = os.path.samestat(os.stat(self.root / LOCK_NAME), os.fstat(self._lock.fileno()))
            except FileNotFoundError:
                held = False
            if not held:
                log.warning("%s was removed or replaced while in use: making it again and taking its lock", self.root)
                self.release()
                self.prepare(self._pads, recover=False)  # our own temporary files may be in the middle of a write

    def _take_lock(self) -> None:
        """Without it, a second daemon's `recover()` would delete this one's half-written files."""
        lock = open(self.root / LOCK_NAME, "a+")
        if not _lock(lock):
            owner = _owner(lock)
            lock.close()
            raise FolderBusy(f"another PadFusion daemon (pid {owner}) is writing to {self.root}; "
                             "stop it, or serve this one with another --out")
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

    def add(self, pad: str, seed: int, wav: bytes) -> Path:
        """A new sample (a whole WAV file's bytes): into history under a new name, then onto the pad.
        Returns the history file."""
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        with self._mutex:
            made = self._write_new(self.root / "history" / pad / f"{stamp}_seed{seed}.wav", wav)
            self._history.append(made)
            atomic_write(self.pad_path(pad), wav)
            self._current[pad] = made
            self._prune()
        return made

    def record(self, made: Path, record: dict) -> None:
        """The index line of a history file: `record` (pad, seed, steps, sampler, model, ms...) with the time
        and the file's path."""
        self._append_index({"time": datetime.now().astimezone().isoformat(timespec="milliseconds"), **record,
                            "path": made.relative_to(self.root).as_posix()})

    def undo(self, pad: str) -> Path:
        """Put the sample before the current one back on the pad; returns its history file."""
        with self._mutex:
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
        """The history file of the pad's current sample (what the pad plays)."""
        return self._current.get(pad)

    def keep(self, pad: str) -> Path:
        """Copy the pad's current sample into kept/<pad>/ (keeping it twice is keeping it once)."""
        with self._mutex:
            sample = self.current(pad)
            if sample is None or not sample.is_file():
                raise LookupError(f"{pad}: no sample to keep yet")
            target = self.root / "kept" / pad / sample.name
            if not target.exists():
                self._write_new(target, sample.read_bytes())
            return target

    def _prune(self) -> None:
        """Past `history_limit` samples, remove the oldest, but never a pad's current one."""
        excess = len(self._history) - self.history_limit
        if not self.history_limit or excess <= 0:
            return
        current = set(self._current.values())
        oldest = [p for p, _ in zip(self._history, range(excess + len(current))) if p not in current][:excess]
        for path in oldest:
            self._history.remove(path)
            path.unlink(missing_ok=True)
            log.debug("history is full (history_limit = %d): removed %s", self.history_limit, path.name)
        if oldest and not self._pruned:
            self._pruned = True
            log.info("history holds history_limit = %d samples: removed the %d oldest, and from now on each new "
                     "sample removes the oldest (kept/ is never touched; raise history_limit to keep more)",
                     self.history_limit, len(oldest))

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


def holder(root) -> str | None:
    """The pid (as written in the lock file) of the daemon holding the folder `root`, or None if none does."""
    try:
        with open(Path(root).expanduser() / LOCK_NAME) as lock:
            return None if _lock(lock) else _owner(lock)  # closing the file drops a lock taken here
    except OSError:
        return None


def _lock(file) -> bool:
    """Take the OS lock on an open file; False if another process holds it."""
    try:
        if sys.platform == "win32":
            import msvcrt
            file.seek(0)
            msvcrt.locking(file.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl
            fcntl.flock(file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


def _owner(file) -> str:
    try:
        file.seek(0)
        return file.read().strip() or "?"
    except OSError:  # Windows keeps a locked byte from other processes' reads too
        return "?"
