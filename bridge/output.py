"""The watched output folder, written so that a sampler (or anything watching) only ever sees whole WAVs.

    <out>/<pad>.wav              the pad's current sample, replaced atomically
    <out>/history/<pad>/*.wav    every sample, named by time and seed, never overwritten (the oldest are
                                 removed past `history_limit` samples)
    <out>/kept/<pad>/*.wav       copies the user chose to keep, never removed
    <out>/pinned/<pad>/*.wav     samples a client stores (a Live set's pads), linked or copied from history:
                                 the history cap never touches them
    <out>/inbox/<pad>/           audio dropped here comes back as variations on the pad
    <out>/index.jsonl            one JSON line per sample, append-only
    <out>/kits/<name>/           kits exported from chosen samples (bridge/kit.py), never overwritten

Every file is written under a hidden temporary name in its final folder, flushed to disk, then renamed into
place, and the folder flushed. A new sample goes into history first (`add`), then into the index, then onto
the pad (`commit`): its index line is the commit point. Only from then on is it the pad's current sample, the
one Keep copies and Undo steps back from, and only then does the worker announce it; a Keep that comes in
between keeps the sample before.

After a crash (kill -9, power loss) `recover()` removes leftover temporary files, cuts a torn last line off the
index, and removes the history files the index does not name: written, never announced. On every start the
pad's current sample is the history file whose bytes `<pad>.wav` holds, for that is what the pad plays; if it
holds none of them, Keep keeps `<pad>.wav` itself and Undo has nothing to step back from.

One daemon writes to a folder at a time: `prepare()` takes an OS lock on `<out>/.padfusion.lock` (released
when the process ends, however it ends), and a second daemon is refused, as is one on a folder inside or around
another daemon's. The folders of other daemons inside this one's are never entered: not by recovery, and not
by pruning, which only removes files directly in `history/<pad>/`. `keep_lock()` takes the lock again if the
folder was removed (and perhaps made again) under the daemon.

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

from padfusion.core.errors import UserError
from padfusion.core.files import TEMP_SUFFIX, atomic_write

log = logging.getLogger(__name__)

LOCK_NAME = ".padfusion.lock"
STAMP = "%Y%m%d-%H%M%S-%f"  # history names start with the time they were made, so they sort by time


class FolderBusy(UserError):
    """Another daemon holds the folder, or one inside or around it: its files must not be touched."""


class OutputFolder:
    def __init__(self, root: Path, history_limit: int = 0):
        self.root = Path(root).expanduser().resolve()
        self.index_path = self.root / "index.jsonl"
        self.history_limit = history_limit  # samples kept in history, all pads together; 0: no limit
        self._history: deque[Path] = deque()  # every pad's history files, oldest first
        self._current: dict[str, Path] = {}  # pad -> its history file now at <pad>.wav (for undo and keep)
        self._records: dict[Path, dict] = {}  # history file -> its record, as its index line says
        self._pads = ()
        self._lock = None
        self._mutex = threading.RLock()  # see the module docstring
        self._pruned = False  # whether this run has removed history yet (said once at INFO)

    def prepare(self, pads, recover: bool = True) -> None:
        """Lock the folder for this process, clean up after a crashed predecessor, and make its layout."""
        with self._mutex:
            self._pads = tuple(pads)
            self._refuse_inside_another()
            self.root.mkdir(parents=True, exist_ok=True)
            self._take_lock()
            if recover:
                try:
                    self.recover()
                except FolderBusy:
                    self.release()
                    raise
            for folder in (self.root / "kept", *(self.root / d / p for d in ("history", "inbox") for p in pads)):
                folder.mkdir(parents=True, exist_ok=True)
            self.index_path.touch()  # from now on a missing index is one deleted by hand (see _drop_unannounced)
            records = self._indexed()
            histories = {pad: self.history(pad) for pad in pads}
            self._history = deque(sorted((p for files in histories.values() for p in files), key=lambda p: p.name))
            self._records = {p: records[self._relative(p)] for p in self._history if self._relative(p) in records}
            self._current = {pad: playing for pad, files in histories.items()
                             if (playing := self._playing(pad, files)) is not None}

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

    def _refuse_inside_another(self) -> None:
        """FolderBusy if a folder above the root is another daemon's: its recovery and pruning would meet ours."""
        for folder in self.root.parents:
            if (owner := holder(folder)) is not None:
                raise FolderBusy(f"{self.root} lies inside {folder}, the output folder of another PadFusion daemon "
                                 f"(pid {owner}); serve this one with an --out outside it")

    def recover(self) -> None:
        """Clean up after a killed process: remove its temporary files, cut a torn last line off the index, and
        remove history files the index does not name (written, never announced). FolderBusy, before anything is
        removed, if another daemon's folder lies inside this one."""
        temps = []
        for folder, subfolders, files in os.walk(self.root):
            temps += [Path(folder, name) for name in files if name.startswith(".") and name.endswith(TEMP_SUFFIX)]
            for name in [name for name in subfolders if (Path(folder, name) / LOCK_NAME).exists()]:
                subfolders.remove(name)  # another daemon's folder, stopped or running: its own daemon recovers it
                if (owner := holder(Path(folder, name))) is not None:
                    raise FolderBusy(f"{self.root} holds {Path(folder, name)}, the output folder of another "
                                     f"PadFusion daemon (pid {owner}); serve this one with an --out beside it")
        for temp in temps:
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
        self._drop_unannounced()

    def _drop_unannounced(self) -> None:
        """A history file without an index line was written by a daemon killed before it announced the sample:
        nobody heard it, so it is removed (kept, it would be a step for Undo and a sample for Keep that never
        was the pad's). Should the index itself be gone (deleted by hand: the daemon makes it on its first
        start), history is indexed again as `recovered` instead: it holds samples announced long ago."""
        history = [p for pad in self._pads for p in self.history(pad)]
        if not self.index_path.exists():
            if history:
                log.warning("%s is missing: indexing the %d samples in history again", self.index_path, len(history))
                self._append_index(*({"time": _now(), "pad": p.parent.name, "seed": -1, "kind": "recovered",
                                      "path": self._relative(p)} for p in history))
            return
        indexed = self._indexed()
        for path in history:
            if self._relative(path) not in indexed:
                log.warning("removing %s: written by a daemon killed before it announced the sample", path)
                path.unlink(missing_ok=True)

    def _indexed(self) -> dict[str, dict]:
        """The history files the index names (paths relative to the root) -> their records (the index line without
        its time and path; the seed -1 where none is recorded)."""
        records = {}
        if self.index_path.is_file():
            for line in self.index_path.read_bytes().splitlines():
                try:
                    record = json.loads(line)
                    path = record.pop("path")
                except (ValueError, KeyError, TypeError, AttributeError):
                    continue  # a line edited by hand
                if isinstance(path, str):
                    record.pop("time", None)
                    records[path] = record | {"seed": record.get("seed") if isinstance(record.get("seed"), int) else -1}
        return records

    def _playing(self, pad: str, history: list[Path]) -> Path | None:
        """The history file whose bytes `<pad>.wav` holds (the newest of equals), or None if it holds none."""
        try:
            playing = self.pad_path(pad).read_bytes()
        except OSError:  # no sample yet, or not a file
            return None
        return next((p for p in reversed(history) if p.stat().st_size == len(playing) and p.read_bytes() == playing),
                    None)

    def _relative(self, path: Path) -> str:
        return path.relative_to(self.root).as_posix()

    def pad_path(self, pad: str) -> Path:
        return self.root / f"{pad}.wav"

    def history(self, pad: str) -> list[Path]:
        """The pad's samples, oldest first (names start with the time they were made)."""
        folder = self.root / "history" / pad
        return sorted(folder.glob("*.wav")) if folder.is_dir() else []

    def add(self, pad: str, seed: int, wav: bytes) -> Path:
        """A new sample (a whole WAV file's bytes) into history under a new name; returns the history file. It
        becomes the pad's once committed."""
        stamp = datetime.now().strftime(STAMP)
        with self._mutex:
            made = self._write_new(self.root / "history" / pad / f"{stamp}_seed{seed}.wav", wav)
            self._history.append(made)
        return made

    def commit(self, made: Path, record: dict) -> None:
        """The index line of a history file made by `add` (`record`: pad, seed, steps, sampler, model, ms...,
        with the time and the file's path added), then the sample onto the pad: from then on it is the pad's
        current sample. If the index cannot be written, the history file is removed: never announced."""
        try:
            self._append_index({"time": _now(), **record, "path": self._relative(made)})
        except OSError:
            with self._mutex:
                self._history.remove(made)
                made.unlink(missing_ok=True)
            raise
        pad = made.parent.name
        with self._mutex:
            atomic_write(self.pad_path(pad), made.read_bytes())
            self._current[pad] = made
            self._records[made] = record
            self._prune()

    def undo(self, pad: str) -> Path:
        """Put the sample before the current one back on the pad (the newest history file older than it, should
        it have been deleted); returns its history file."""
        with self._mutex:
            current = self.current(pad)
            if current is None:
                raise LookupError(f"{pad}: nothing to undo (the pad plays no sample from its history)")
            earlier = [p for p in self.history(pad) if p.name < current.name]
            if not earlier:
                raise LookupError(f"{pad}: nothing to undo (no earlier sample in history)")
            atomic_write(self.pad_path(pad), earlier[-1].read_bytes())
            self._current[pad] = earlier[-1]
            return earlier[-1]

    def current(self, pad: str) -> Path | None:
        """The history file of the pad's current sample (what the pad plays)."""
        return self._current.get(pad)

    def record(self, made: Path) -> dict:
        """A history file's record, as its index line says without its time and path (the seed -1: not recorded)."""
        return self._records.get(made, {"seed": -1})

    def keep(self, pad: str, file: str | None = None) -> Path:
        """Copy a sample into kept/<pad>/ under its own name (keeping it twice is keeping it once): `file` (under the
        output folder), or what the pad plays, under its history file's name; a pad file that is no sample in history
        is kept under the time it was written and the pad's name."""
        with self._mutex:
            if file:
                path = self.sample(file)
                name = path.name
            else:
                path = self.pad_path(pad)
                current = self.current(pad)
                name = current.name if current else None
            try:
                data = path.read_bytes()
                name = name or f"{datetime.fromtimestamp(path.stat().st_mtime):{STAMP}}_{pad}.wav"
            except FileNotFoundError:
                missing = f": {path} is not there" if file else " yet"
                raise LookupError(f"{pad}: no sample to keep{missing}") from None
            target = self.root / "kept" / pad / name
            if not target.exists():
                self._write_new(target, data)
            return target

    def pin(self, pad: str, file: str) -> Path:
        """A sample (under the output folder) into pinned/<pad>/ under its own name, as a hard link where the file
        system allows (no second copy of the bytes), else a copy; pinning it twice is pinning it once."""
        with self._mutex:
            path = self.sample(file)
            if not path.is_file():
                raise LookupError(f"{pad}: no sample to pin: {path} is not there")
            if path.parent == self.root / "pinned" / pad:
                return path
            target = self.root / "pinned" / pad / path.name
            if not target.exists():
                target.parent.mkdir(parents=True, exist_ok=True)
                try:
                    os.link(path, target)
                except OSError:  # a file system without hard links
                    self._write_new(target, path.read_bytes())
            return target

    def name_of(self, path: Path) -> str:
        """How a record names a file: relative to the output folder when it lies in it (so the folder can move),
        else absolute."""
        path = Path(path)
        return self._relative(path) if path.is_relative_to(self.root) else str(path)

    def sample(self, file: str) -> Path:
        """The file a request names, relative to the output folder or absolute: LookupError unless it lies in it."""
        path = Path(file)
        try:
            path = self.root / path.expanduser()
            inside = is_under(path, [self.root])
        except (OSError, RuntimeError):  # a name too long, a loop of links
            inside = False
        if not inside:
            raise LookupError(f"{path} is not in the output folder {self.root}")
        return path

    def _prune(self) -> None:
        """Past `history_limit` samples, remove the oldest, but never a pad's current one."""
        excess = len(self._history) - self.history_limit
        if not self.history_limit or excess <= 0:
            return
        current = set(self._current.values())
        oldest = [p for p, _ in zip(self._history, range(excess + len(current))) if p not in current][:excess]
        for path in oldest:
            self._history.remove(path)
            self._records.pop(path, None)
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

    def _append_index(self, *records: dict) -> None:
        """One write on an O_APPEND descriptor, so a crash can only tear the end (cut off by `recover`)."""
        lines = "".join(json.dumps(record, separators=(",", ":")) + "\n" for record in records).encode()
        fd = os.open(self.index_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            os.write(fd, lines)
            os.fsync(fd)
        finally:
            os.close(fd)


def _now() -> str:
    return datetime.now().astimezone().isoformat(timespec="milliseconds")


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
