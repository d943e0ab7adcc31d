"""Presets: one TOML file per pad sound, naming the model that plays it and how to sample it.

    pad = "kick"              # the pad it plays: <out>/kick.wav
    model = "models/kick"     # a model folder or .ckpt relative to this file, or a hub repo id
    sampler = "dpmpp-2m"      # optional, as the rest; defaults in model/params.py
    steps = 12
    strength = 0.35           # variation strength (inbox drops, MIDI with the strength knob up)
    colour_spread = 1.5       # start-noise colours times this (models trained with --noise-colour): more varied
    note = 36                 # optional: overrides the General MIDI default for this pad
    instrument = "kick"       # optional: kick, snare, hihat or perc (default: the pad's name, where it is one)
    key = "F#"                # optional: the song's key; tonal samples are tuned to its root
    [knobs]                   # optional: the instrument's knobs' defaults, in their units (padfusion knobs)
    decay = 0.25
    pitch = "A1"

A name (`kick`) is looked up in the bundled presets/ folder, then in the user's presets folder; anything
ending in .toml or holding a path separator is read as a path.
"""

import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import platformdirs

from padfusion.model import knobs as knob_table
from padfusion.model import params
from padfusion.core.errors import UserError

BUNDLED_DIR = Path(resources.files("padfusion.presets"))  # package data: an installed wheel has it too
USER_DIR = platformdirs.user_config_path("padfusion") / "presets"
DEFAULT_PRESETS = ("kick", "snare", "hihat", "perc")
GM_NOTES = {"kick": 36, "snare": 38, "hihat": 42, "perc": 39}  # bass drum 1, snare, closed hi-hat, hand clap


class PresetError(UserError):
    """A preset that cannot be found or read, with the file and the fix in one line."""


@dataclass(frozen=True)
class Preset:
    name: str
    pad: str
    model: str  # an absolute path, or a hub repo id as written
    sampler: str
    steps: int
    strength: float
    colour_spread: float
    note: int | None  # the MIDI note that triggers the pad; None: only OSC (or a learned note) does
    instrument: str | None  # what the pad plays (params.INSTRUMENTS); None: none of them
    knobs: tuple[tuple[str, float], ...]  # the knobs' defaults (model.knobs.check_knobs)
    key: str | None
    path: Path

    @property
    def model_is_local(self) -> bool:
        return Path(self.model).is_absolute()


def preset_path(name_or_path: str) -> Path:
    """The file a preset name or path refers to."""
    if name_or_path.endswith(".toml") or "/" in name_or_path or "\\" in name_or_path:
        path = Path(name_or_path).expanduser()
        if not path.is_file():
            raise PresetError(f"{path}: no such preset file")
        return path.resolve()
    for folder in (BUNDLED_DIR, USER_DIR):
        path = folder / f"{name_or_path}.toml"
        if path.is_file():
            return path.resolve()
    raise PresetError(f"no preset named {name_or_path!r} in {BUNDLED_DIR} or {USER_DIR}; "
                      f"known: {', '.join(available_presets()) or 'none'}")


def available_presets() -> list[str]:
    names = {p.stem for folder in (BUNDLED_DIR, USER_DIR) if folder.is_dir() for p in folder.glob("*.toml")}
    return sorted(names)


def load_presets(names) -> dict[str, Preset]:
    """pad -> preset, for the presets `serve` is to play."""
    return one_per_pad([load_preset(name) for name in names])


def one_per_pad(presets) -> dict[str, Preset]:
    """pad -> preset; two presets for one pad are refused (`serve` would not know which to play)."""
    by_pad = {}
    for preset in presets:
        if preset.pad in by_pad:
            raise PresetError(f"presets {by_pad[preset.pad].name} and {preset.name} both play {preset.pad}; "
                              "serve one preset per pad")
        by_pad[preset.pad] = preset
    return by_pad


def load_preset(name_or_path: str) -> Preset:
    path = preset_path(name_or_path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        raise PresetError(f"{path}: not readable as TOML ({e})") from None
    return _parse(data, path)


def _parse(data: dict, path: Path) -> Preset:
    def fail(problem):
        raise PresetError(f"{path}: {problem}")

    keys = ("pad", "model", "sampler", "steps", "strength", "colour_spread", "note", "instrument", "key", "knobs")
    unknown = set(data) - set(keys)
    if unknown:
        fail(f"unknown key {sorted(unknown)[0]!r} (keys: {', '.join(keys)})")
    for key in ("pad", "model"):
        if not isinstance(data.get(key), str) or not data[key]:
            fail(f"{key} must be a non-empty string")
    try:
        pad = params.check_pad_name(data["pad"])
        sampler = params.check_sampler(data.get("sampler", params.DEFAULT_SAMPLER))
        steps = params.check_steps(data.get("steps", params.DEFAULT_STEPS[sampler]))
        strength = params.check_strength(data.get("strength", params.VARIATION_STRENGTH))
        colour_spread = params.check_colour_spread(data.get("colour_spread", params.COLOUR_SPREAD))
        instrument = params.check_instrument(data.get("instrument", pad if pad in params.INSTRUMENTS else None))
        if not isinstance(data.get("knobs", {}), dict):
            fail("knobs must be a table: [knobs] then one NAME = VALUE line each")
        knobs = knob_table.check_knobs(instrument, data.get("knobs", {}))
        key = knob_table.check_key(data.get("key"))
    except (params.ParameterError, knob_table.KnobError) as e:
        fail(e)
    note = data.get("note", GM_NOTES.get(pad))
    if note is not None and (not isinstance(note, int) or isinstance(note, bool) or not 0 <= note <= 127):
        fail(f"note must be a MIDI note number from 0 to 127, got {note!r}")
    return Preset(name=path.stem, pad=pad, model=resolve_model(data["model"], path.parent), sampler=sampler,
                  steps=steps, strength=strength, colour_spread=colour_spread, note=note, instrument=instrument,
                  knobs=knobs, key=key, path=path)


def resolve_model(model: str, base: Path) -> str:
    """A path relative to the preset's folder becomes absolute; a hub repo id stays as written.

    `owner/name` is a hub id unless it names something next to the preset, or its first part does (so that
    `models/kick` is the bundled folder even before it has been trained).
    """
    local = (base / Path(model).expanduser()).resolve()
    if params.HUB_ID.fullmatch(model) and not local.exists() and not local.parent.is_dir():
        return model
    return str(local)
