"""File watching (watchdog): edited presets, changed model files, and audio dropped into the inbox.

Each kind of change is reported once things have been quiet for a moment, so that a model written in several
steps or a file still being copied in is reported once, complete.

The inbox and the presets' folders are watched with their subfolders. A model is watched without them: a model
folder is flat (config.json, model.safetensors, ...), a .ckpt is watched through its own folder, and a model that
does not exist yet through its nearest existing parent, followed down as its folders appear. So a preset naming a
big folder (a home, `/usr`) costs one watch, not one per subfolder.
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
        self._watched: dict[Path, bool] = {}  # folder -> with its subfolders
        self._refreshing = threading.Lock()
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
        presets = self.presets().values()
        wanted = {_model_folder(Path(p.model)): False for p in presets if p.model_is_local}
        wanted |= {folder: True for folder in {self.inbox} | {p.path.parent for p in presets}}
        with self._refreshing:
            for folder, recursive in sorted(wanted.items(), key=lambda item: len(item[0].parts)):
                if not any(folder == w and not recursive or deep and folder.is_relative_to(w)
                           for w, deep in self._watched.items()):
                    self.observer.schedule(self, str(folder), recursive=recursive)
                    self._watched[folder] = recursive

    @property
    def alive(self) -> bool:
        return self.observer.is_alive()

    def on_any_event(self, event) -> None:
        """On watchdog's thread: whatever goes wrong is logged, and the watching goes on."""
        if event.event_type not in CHANGES:
            return
        try:
            for path in {Path(os.fsdecode(event.src_path)), Path(os.fsdecode(event.dest_path))} - {Path("")}:
                if event.is_directory:
                    if event.event_type in ("created", "moved"):
                        self._route_folder(path)
                else:
                    self._route(path)
        except Exception:
            log.exception("handling the file event %s failed", event)

    def _route(self, path: Path) -> None:
        for pad, preset in self.presets().items():
            if path == preset.path:
                self._later(("preset", pad), self.on_preset, pad)
            elif preset.model_is_local and path.is_relative_to(preset.model) and not path.name.startswith("."):
                self._later(("model", pad), self._model_changed, pad)
        if path.is_relative_to(self.inbox) and len(path.relative_to(self.inbox).parts) == 2:
            pad = path.parent.name
            if pad in self.presets() and not path.name.startswith(".") and path.is_file():
                self._later(("inbox", path), self.on_inbox, pad, path)

    def _route_folder(self, path: Path) -> None:
        """A folder appeared (or went) on the way to a pad's model: watch further down, and load the model."""
        for pad, preset in self.presets().items():
            if preset.model_is_local and Path(preset.model).is_relative_to(path):
                self._later(("model", pad), self._model_changed, pad)

    def _model_changed(self, pad: str) -> None:
        """On a timer's thread (not watchdog's, which holds its own lock while it calls `on_any_event`)."""
        try:
            self.refresh()
        except OSError as e:  # the folder went again, or the system's limit on inotify watches
            log.error("%s: cannot watch its model's folder (%s): later changes to it go unnoticed", pad, e)
        self.on_model(pad)

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


def _model_folder(path: Path) -> Path:
    """The folder to watch, without its subfolders, for the model at `path`: the model folder itself, else the
    nearest existing folder above it (a .ckpt's own folder, or the part of a path not made yet)."""
    path = path if path.is_dir() else path.parent
    while not path.is_dir():
        path = path.parent
    return path
