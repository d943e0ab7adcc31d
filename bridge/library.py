"""The library the page browses: every sample in the output folder's history and kept/, each with its index
record and its measured descriptors.

The files on disk are the truth (history is pruned, kept/ is not); the index gives each its record (seed,
recipe, model, and the descriptors measured as it was made, where the worker recorded them). A sample without
recorded descriptors is measured here once: what was measured is remembered in `<out>/.descriptors.jsonl`, one
line per file and modification time, so that a library of thousands is measured only the first time.
"""

import json
import logging
import threading
from pathlib import Path

import soundfile as sf

from padfusion.model.descriptors import measure

log = logging.getLogger(__name__)

CACHE_NAME = ".descriptors.jsonl"


class Library:
    def __init__(self, root: Path):
        self.root = Path(root)
        self._cache = self.root / CACHE_NAME
        self._measured = self._read_cache()  # (path, mtime in ns) -> descriptors
        self._lock = threading.Lock()  # the page may ask from several executor threads at once

    def samples(self, only: Path | None = None) -> list[dict]:
        """Every sample, oldest first, or only the one at `only` (its history file or its kept copy): its record,
        `pad`, `name`, `path` (absolute; the history file while history has it, else the kept copy), `kept`
        (whether kept/ has a copy) and `descriptors`."""
        records = self._records()
        found: dict[tuple[str, str], dict] = {}
        for folder in ("history", "kept"):
            paths = sorted((self.root / folder).glob("*/*.wav")) if only is None else \
                [self.root / folder / only.parent.name / only.name]
            for path in paths:
                if path.is_symlink() or not path.is_file():
                    continue
                key = (path.parent.name, path.name)
                if key not in found:
                    record = records.get(f"history/{key[0]}/{key[1]}", {})
                    found[key] = {**record, "pad": key[0], "name": key[1], "path": str(path), "kept": False}
                found[key]["kept"] |= folder == "kept"
        with self._lock:
            for entry in found.values():
                if not isinstance(entry.get("descriptors"), dict):
                    entry["descriptors"] = self._measure(Path(entry["path"]))
        return sorted(found.values(), key=lambda entry: entry["name"])

    def _records(self) -> dict[str, dict]:
        """The index's records by their history file's path (relative to the root); lines edited into
        something else are passed over."""
        records = {}
        try:
            lines = (self.root / "index.jsonl").read_bytes().splitlines()
        except OSError:
            return records
        for line in lines:
            try:
                record = json.loads(line)
            except ValueError:
                continue
            if isinstance(record, dict) and isinstance(record.get("path"), str):
                records[record["path"]] = record
        return records

    def _measure(self, path: Path) -> dict | None:
        try:
            key = (str(path), path.stat().st_mtime_ns)
            if key not in self._measured:
                audio, rate = sf.read(path, dtype="float32", always_2d=True)
                self._measured[key] = measure(audio.T, rate)
                with open(self._cache, "a", encoding="utf-8") as cache:
                    cache.write(json.dumps({"path": key[0], "mtime_ns": key[1], "descriptors": self._measured[key]})
                                + "\n")
            return self._measured[key]
        except (OSError, RuntimeError, ValueError) as e:  # gone meanwhile, or not audio soundfile reads
            log.warning("cannot measure %s: %s", path, e)
            return None

    def _read_cache(self) -> dict:
        """What earlier runs measured; a line cut short by a crash is passed over."""
        measured = {}
        try:
            lines = self._cache.read_bytes().splitlines()
        except OSError:
            return measured
        for line in lines:
            try:
                entry = json.loads(line)
                measured[entry["path"], entry["mtime_ns"]] = entry["descriptors"]
            except (ValueError, KeyError, TypeError):
                continue
        return measured
