"""The pads' settings a producer sets: each pad's knobs and the song's key, set over OSC (`set_knob`, `set_key`) or
with a MIDI control learned for a knob, and used by every later press of the pad, over its preset's. Kept in
`<out>/knobs.json`, written atomically at each change, so that a restart keeps them.

A pad holds them as model/recipe.py's `resolve` takes them: `knobs` maps a knob to its value in the knob's unit
(model/knobs.py), or to None for a knob set free (the model's choice) whatever the preset says; `key` is a pitch
class, or "" for no key whatever the preset says. What a pad does not hold comes from its preset.
"""

import json
import logging
import threading
from pathlib import Path

from padfusion.core.files import atomic_write
from padfusion.model.knobs import KnobError, check_key, check_knobs

log = logging.getLogger(__name__)

FILE_NAME = "knobs.json"


class PadSettings:
    """The pads' settings, read and set from any thread (OSC, MIDI, the worker); one lock makes each a step."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._pads: dict[str, dict] = {}  # pad -> {"knobs": {name: value or None}, "key": pitch class or ""}
        self._unserved: dict = {}  # what the file holds for pads not served now: written back as it was
        self._lock = threading.Lock()

    def load(self, instruments: dict[str, str | None]) -> None:
        """What an earlier run set, for the pads served now (pad -> its instrument); what does not fit a pad's
        instrument any more is let go, with a warning. The other pads' settings are kept for a later run."""
        try:
            saved = json.loads(self.path.read_text(encoding="utf-8"))
            if not isinstance(saved, dict):
                raise ValueError("not a JSON object")
        except FileNotFoundError:
            return
        except (OSError, UnicodeDecodeError, ValueError) as e:
            log.warning("%s: ignoring the knob settings saved there (%s)", self.path, e)
            return
        with self._lock:
            self._unserved = {pad: held for pad, held in saved.items() if pad not in instruments}
            for pad, instrument in instruments.items():
                if isinstance(saved.get(pad), dict):
                    self._pads[pad] = self._fitted(pad, instrument, saved[pad])

    def of(self, pad: str) -> dict:
        """The pad's settings as `resolve`'s `knobs` and `key` arguments (None: the preset's key)."""
        with self._lock:
            held = self._pads.get(pad, {})
            return {"knobs": dict(held.get("knobs", {})), "key": held.get("key")}

    def set_knob(self, pad: str, instrument: str | None, name: str, value) -> float | None:
        """Set a knob of the pad (checked against its instrument's: KnobError names the knobs or the range), or
        with a value of None set it free; returns the value as set."""
        checked = dict(check_knobs(instrument, {name: value})).get(name)
        with self._lock:
            self._pads.setdefault(pad, {}).setdefault("knobs", {})[name] = checked
            self._save()
        return checked

    def set_key(self, pads, key: str | None) -> str:
        """Set the song's key for `pads`, or with None or "" set no key; returns the key as set ("" for none)."""
        key = check_key(key) or ""
        with self._lock:
            for pad in pads:
                self._pads.setdefault(pad, {})["key"] = key
            self._save()
        return key

    def fit(self, pad: str, instrument: str | None) -> None:
        """The pad's preset changed: let go of what does not fit its instrument now."""
        with self._lock:
            if pad in self._pads:
                self._pads[pad] = self._fitted(pad, instrument, self._pads[pad])
                self._save()

    def _fitted(self, pad: str, instrument: str | None, held: dict) -> dict:
        fitted = {}
        knobs = held.get("knobs")
        for name, value in (knobs if isinstance(knobs, dict) else {}).items():
            try:
                fitted.setdefault("knobs", {})[name] = dict(check_knobs(instrument, {name: value})).get(name)
            except KnobError as e:
                log.warning("%s: letting go of its %s setting: %s", pad, name, e)
        if "key" in held:
            try:
                fitted["key"] = check_key(held["key"]) or ""
            except KnobError as e:
                log.warning("%s: letting go of its key: %s", pad, e)
        return fitted

    def _save(self) -> None:
        """Under the lock, so that the file always holds the latest settings. A failed write is logged: the
        settings still hold until the daemon stops."""
        try:
            atomic_write(self.path, json.dumps(self._unserved | self._pads, indent=1, sort_keys=True).encode())
        except OSError as e:
            log.warning("cannot save the knob settings to %s (%s): they hold until the daemon stops", self.path,
                        e.strerror or e)
