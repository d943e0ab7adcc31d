"""The knobs a producer steers a pad's sound with: per instrument, each a descriptor (model/descriptors.py, the
same name) in its unit, with the range it may be set to; a knob left unset is free (the model's choice). And the
song's key, a pitch class, that tonal samples are tuned to. Torch-free, so the CLI and the daemon's listeners
check values without loading a model.
"""

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass

from padfusion.core.errors import UserError
from padfusion.model.descriptors import NOTE_NAMES, hertz, midi_note


class KnobError(UserError, ValueError):
    """A knob or key that does not exist or is out of range, naming what would do."""


@dataclass(frozen=True)
class Knob:
    name: str  # the descriptor it sets (descriptors.MEASURES)
    unit: str
    low: float
    high: float
    doc: str

    def check(self, value) -> float:
        """A value in the knob's unit, within its range; pitch also takes a note name such as "A1"."""
        if self.name == "pitch" and isinstance(value, str) and NOTE.fullmatch(value.strip()):
            value = hertz(note_number(value))
        elif isinstance(value, str):
            try:
                value = float(value)
            except ValueError:
                names = " or a note name such as A1" if self.name == "pitch" else ""
                raise KnobError(f"{self.name} takes a number in {self.unit}{names}, got {value!r}") from None
        if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) \
                or not self.low <= value <= self.high:
            raise KnobError(f"{self.name} must be from {self.low:g} to {self.high:g} {self.unit}, got {value!r}")
        return float(value)

    def describe(self) -> dict:
        return {"name": self.name, "unit": self.unit, "min": self.low, "max": self.high, "doc": self.doc}


def _pitch(low, high):
    return Knob("pitch", "Hz", low, high, "the body's pitch after the attack (or a note name, e.g. A1)")


DECAY = Knob("decay", "s", 0.03, 0.7, "time to fall 30 dB under the peak")
BRIGHTNESS = Knob("brightness", "Hz", 100.0, 15000.0, "spectral centroid")
PUNCH = Knob("punch", "dB", -6.0, 24.0, "the attack's level over the body's")
TONE = Knob("tone", "dB", -20.0, 35.0, "body (100-500 Hz) over noise (2-10 kHz)")

KNOBS = {
    "kick": (_pitch(30.0, 250.0), DECAY, PUNCH, BRIGHTNESS),
    "snare": (DECAY, BRIGHTNESS, TONE),
    "hihat": (DECAY, BRIGHTNESS),
    "perc": (_pitch(40.0, 2000.0), DECAY, BRIGHTNESS),
}
TONAL = ("kick", "perc", "snare")  # instruments whose samples carry a root, where their pitch is measurable
NOTE = re.compile(r"([A-Ga-g])([#b]?)(-?\d)")
KEY = re.compile(r"([A-Ga-g])([#b]?)")
FLATS = {"Db": "C#", "Eb": "D#", "Gb": "F#", "Ab": "G#", "Bb": "A#", "Cb": "B", "Fb": "E", "E#": "F", "B#": "C"}


def knobs_for(instrument: str | None) -> tuple[Knob, ...]:
    """The knobs of an instrument (none for a pad that plays none of them)."""
    return KNOBS.get(instrument, ())


def check_knobs(instrument: str | None, values: Mapping[str, object]) -> tuple[tuple[str, float], ...]:
    """Knob settings as a recipe holds them, sorted (name, value) pairs; a value of None leaves the knob free."""
    knobs = {knob.name: knob for knob in knobs_for(instrument)}
    checked = []
    for name, value in values.items():
        if name not in knobs:
            raise KnobError(f"{instrument or 'this pad'} has no knob {name!r}; "
                            f"its knobs: {', '.join(knobs) or 'none'}")
        if value is not None:
            checked.append((name, knobs[name].check(value)))
    return tuple(sorted(checked))


def parse_setting(text: str) -> tuple[str, str]:
    """"decay=0.25" as ("decay", "0.25"), for the command line."""
    name, sep, value = text.partition("=")
    if not sep or not name.strip() or not value.strip():
        raise KnobError(f"a knob setting is NAME=VALUE, such as decay=0.25, got {text!r}")
    return name.strip(), value.strip()


def _pitch_class(letter: str, accidental: str) -> str:
    name = letter.upper() + accidental
    return FLATS.get(name, name)


def note_number(text: str) -> int:
    """A note name with its octave as a MIDI note number: "A1" is 33, "C4" 60, "F#2" 42, "Bb1" 34."""
    match = NOTE.fullmatch(text.strip())
    if not match:
        raise KnobError(f"{text!r} is not a note name such as A1 or F#2")
    letter, accidental, octave = match.groups()
    return (int(octave) + 1) * 12 + NOTE_NAMES.index(letter.upper()) + {"#": 1, "b": -1}.get(accidental, 0)


def check_key(key) -> str | None:
    """A key as its pitch class (C, C#, ... B; flats read as their sharps); None or "" for none."""
    if key in (None, ""):
        return None
    match = KEY.fullmatch(key.strip()) if isinstance(key, str) else None
    if not match:
        raise KnobError(f"key must be a pitch class such as F, F# or Bb, got {key!r}")
    return _pitch_class(*match.groups())


def nearest_in_key(hz: float, key: str) -> float:
    """The frequency of `key`'s pitch class nearest to `hz` (at most six semitones away): a tonal sample moves
    to the root of the song's key in the octave it was made in."""
    note = midi_note(hz)
    offset = (NOTE_NAMES.index(key) - note) % 12
    return hertz(note + (offset if offset <= 6 else offset - 12))
