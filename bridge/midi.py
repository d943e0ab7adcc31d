"""MIDI in: note-ons trigger pads, two control changes set the steps and the variation strength, control changes
learned for a pad's knob (`kick:decay`) set it across its range, and MIDI learn maps any of them.

The port is a virtual input named PadFusion where the backend can make one (macOS, Linux ALSA or JACK), or
an existing input matched by name prefix (on Windows, a loopMIDI port). The callback runs on the backend's
thread and only updates the map or enqueues.
"""

import json
import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path

import mido

from padfusion.core.errors import UserError
from padfusion.core.files import atomic_write
from padfusion.model.knobs import Knob

log = logging.getLogger(__name__)

PORT_NAME = "PadFusion"
KNOBS = ("steps", "strength")
PAD_KNOB = ":"  # a learn target `pad:knob` (kick:decay) is a knob of a pad


def takes_a_control(target: str) -> bool:
    """Whether a learn target is mapped to a control change (a parameter, a pad's knob), not a note (a pad)."""
    return target in KNOBS or PAD_KNOB in target


def control_value(knob: Knob, value: int) -> float:
    """A control change's 0-127 across a knob's range: evenly in dB, and for Hz and seconds evenly in ratio (so
    each step of the controller is as far for the ear across the range)."""
    fraction = value / 127
    if knob.unit == "dB":
        scaled = knob.low + fraction * (knob.high - knob.low)
    else:
        scaled = knob.low * (knob.high / knob.low) ** fraction
    return min(max(scaled, knob.low), knob.high)  # rounding must not step out of the range


class MidiError(UserError):
    """The MIDI input cannot be opened, with what to do about it."""


@dataclass
class Knobs:
    """The two control-change parameters. steps 0 means each pad's default; strength 0 means presses make
    fresh samples, above 0 they make variations of the pad's current sample at that strength."""

    steps: int = 0
    strength: float = 0.0


@dataclass
class MidiMap:
    notes: dict[int, str]  # note -> pad
    controls: dict[int, str]  # controller number -> knob
    learned_path: Path
    knobs: Knobs = field(default_factory=Knobs)

    @classmethod
    def build(cls, pad_notes: dict[str, int | None], cc: dict[str, int], learned_path: Path) -> "MidiMap":
        """Preset notes and config CCs, then what was learned before (kept in `learned_path`)."""
        notes = {note: pad for pad, note in pad_notes.items() if note is not None}
        controls = {number: knob for knob, number in cc.items()}
        midi_map = cls(notes, controls, Path(learned_path))
        for target, (kind, number) in midi_map._read_learned().items():
            if target in pad_notes and kind == "note":
                midi_map._assign(midi_map.notes, target, number)
            elif kind == "cc" and (target in KNOBS or PAD_KNOB in target and target.split(PAD_KNOB)[0] in pad_notes):
                midi_map._assign(midi_map.controls, target, number)
        return midi_map

    def set_note(self, pad: str, note: int | None) -> None:
        """A preset's note changed (a learned note, if any, still wins)."""
        if note is not None and pad not in self._read_learned():
            self._assign(self.notes, pad, note)

    def note_of(self, pad: str) -> int | None:
        return next((note for note, p in self.notes.items() if p == pad), None)

    def save_learned(self, target: str, kind: str, number: int) -> None:
        """Map a learned note or control change, and remember it across restarts."""
        self._assign(self.notes if kind == "note" else self.controls, target, number)
        learned = self._read_learned() | {target: (kind, number)}
        try:
            self.learned_path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(self.learned_path, json.dumps(learned, indent=1).encode())
        except OSError as e:
            log.warning("learned %s -> %s %d, but could not save it to %s: %s", target, kind, number,
                        self.learned_path, e)

    @staticmethod
    def _assign(mapping: dict, target: str, number: int) -> None:
        for key in [k for k, v in mapping.items() if v == target]:
            del mapping[key]
        mapping[number] = target

    def _read_learned(self) -> dict:
        try:
            return {k: tuple(v) for k, v in json.loads(self.learned_path.read_text()).items()}
        except FileNotFoundError:
            return {}
        except (OSError, ValueError, AttributeError, TypeError) as e:
            log.warning("%s: ignoring unreadable learned MIDI map (%s)", self.learned_path, e)
            return {}


class MidiInput:
    """Listens on one input port; `on_pad(pad)` for a mapped note-on, `on_knob(pad, knob, value)` for a control
    change mapped to a pad's knob (its 0-127 value), `on_learned(target, kind, number)` when a learn completes."""

    def __init__(self, midi_map: MidiMap, on_pad, on_knob, on_learned):
        self.map = midi_map
        self.on_pad, self.on_knob, self.on_learned = on_pad, on_knob, on_learned
        self.port = None
        self._learning: str | None = None
        self._lock = threading.Lock()

    def open(self, port: str, backend: str | None = None) -> str:
        """Open the virtual port (`port` "virtual") or the first input whose name starts with `port`;
        returns the port's name."""
        try:
            midi = mido.Backend(backend, load=True) if backend else mido.backend
            if port == "virtual":
                self.port = midi.open_input(PORT_NAME, client_name=PORT_NAME, callback=self._receive)
            else:
                names = midi.get_input_names()
                matches = [n for n in names if n.startswith(port)]
                if not matches:
                    raise MidiError(f"no MIDI input named {port!r}*; inputs: {', '.join(names) or 'none'}")
                self.port = midi.open_input(matches[0], callback=self._receive)
        except MidiError:
            raise
        except NotImplementedError:
            raise MidiError("this MIDI backend cannot make a virtual port (Windows): create one with loopMIDI "
                            "and pass its name with --midi NAME") from None
        except Exception as e:  # backends raise OSError, ImportError, SystemError, rtmidi errors...
            raise MidiError(f"cannot open MIDI input {port!r} with backend {backend or mido.backend.name}: "
                            f"{e}; use --midi none to run without MIDI") from None
        return self.port.name

    def close(self):
        if self.port is not None:
            self.port.close()

    def start_learning(self, target: str) -> None:
        """The next note (for a pad) or control change (for a parameter or a pad's knob) will be mapped to
        `target`."""
        with self._lock:
            self._learning = target

    def _receive(self, message: mido.Message) -> None:
        with self._lock:
            learning = self._learning
        if message.type == "note_on" and message.velocity > 0:  # velocity 0 is a note-off
            if learning and not takes_a_control(learning):
                self._finish_learning(learning, "note", message.note)
            elif message.note in self.map.notes:
                self.on_pad(self.map.notes[message.note])
        elif message.type == "control_change":
            if learning and takes_a_control(learning):
                self._finish_learning(learning, "cc", message.control)
            elif (target := self.map.controls.get(message.control)) in KNOBS:
                self._set_knob(target, message.value)
            elif target is not None:
                self.on_knob(*target.split(PAD_KNOB), message.value)

    def _finish_learning(self, target: str, kind: str, number: int) -> None:
        with self._lock:
            self._learning = None
        self.map.save_learned(target, kind, number)
        log.info("MIDI learn: %s is now %s %d", target, kind, number)
        self.on_learned(target, kind, number)

    def _set_knob(self, knob: str, value: int) -> None:
        if knob == "steps":
            self.map.knobs.steps = value
        else:
            self.map.knobs.strength = value / 127
