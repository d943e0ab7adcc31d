"""File watching (watchdog): edited presets, changed model files, and audio dropped into the inbox.

Each kind of change is reported once things have been quiet for a moment, so that a model written in several
steps or a file still being copied in is reported once, complete.
"""

import logging
import os
import threading
from pathlib import Path

from watchdog.events import FileSystemEventHandler
from watchdog.observers import Observer

log = logging.getLogger(__name__)

QUIET_SECONDS = {"preset": 0.3, "model": 1.0, "inbox": 0.5}
CHANGES = {"created", "modified", "moved", "closed"}


class Watcher(FileSystemEventHandler):
    """Calls `on_preset(pad)`, `on_model(pad)` and `on_inbox(pad, path)`; `presets()` gives the pads'
    current presets (pad -> Preset), `inbox` is the folder holding one subfolder per pad."""

    def __init__(self, presets, inbox: Path, on_preset, on_model, on_inbox):
        self.presets = presets
        self.inbox = Path(inbox).resolve()
        self.on_preset, self.on_model, self.on_inbox = on_preset, on_model, on_inbox
        self.observer = Observer()
        self.observer.daemon = True
        self._watched: set[Path] = set()
        self._timers: dict[tuple, threading.Timer] = {}
        self._lock = threading.Lock()

    def start(self) -> None:
        self.refresh()
        self.observer.start()

    def stop(self) -> None:
        self.observer.stop()
        with self._lock:
            for timer in self._timers.values():
                timer.cancel()
        if self.observer.is_alive():
            self.observer.join(timeout=2)

    def refresh(self) -> None:
        """Watch the folders the current presets live in and load from (call after a preset changes)."""
        folders = {self.inbox} | {p.path.parent for p in self.presets().values()}
        folders |= {_existing_ancestor(Path(p.model)) for p in self.presets().values() if p.model_is_local}
        for folder in sorted(folders, key=lambda f: len(f.parts)):
            if not any(folder.is_relative_to(w) for w in self._watched):
                self.observer.schedule(self, str(folder), recursive=True)
                self._watched.add(folder)

    @property
    def alive(self) -> bool:
        return self.observer.is_alive()

    def on_any_event(self, event) -> None:
        """On watchdog's thread: whatever goes wrong is logged, and the watching goes on."""
        if event.is_directory or event.event_type not in CHANGES:
            return
        try:
            for path in {Path(os.fsdecode(event.src_path)), Path(os.fsdecode(event.dest_path))} - {Path("")}:
                self._route(path)
        except Exception:
            log.exception("handling the file event %s failed", event)

    def _route(self, path: Path) -> None:
        for pad, preset in self.presets().items():
            if path == preset.path:
                self._later(("preset", pad), self.on_preset, pad)
            elif preset.model_is_local and path.is_relative_to(preset.model) and not path.name.startswith("."):
                self._later(("model", pad), self.on_model, pad)
        if path.is_relative_to(self.inbox) and len(path.relative_to(self.inbox).parts) == 2:
            pad = path.parent.name
            if pad in self.presets() and not path.name.startswith(".") and path.is_file():
                self._later(("inbox", path), self.on_inbox, pad, path)

    def _later(self, key: tuple, callback, *args) -> None:
        """Call back once nothing has happened to `key` for its kind's quiet time."""

        def fire():
            with self._lock:
                self._timers.pop(key, None)
            try:
                callback(*args)
            except Exception:
                log.exception("handling a change to %s failed", key[1])

        with self._lock:
            if key in self._timers:
                self._timers[key].cancel()
            timer = self._timers[key] = threading.Timer(QUIET_SECONDS[key[0]], fire)
            timer.daemon = True
            timer.start()


def _existing_ancestor(path: Path) -> Path:
    """The folder to watch for `path`: itself if it is a folder, else its nearest existing parent."""
    path = path if path.is_dir() else path.parent
    while not path.is_dir():
        path = path.parent
    return path
