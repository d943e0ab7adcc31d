"""The daemon's settings: command-line flags win over the TOML config file, which wins over the defaults.

The config file (default `platformdirs.user_config_path("padfusion") / "config.toml"`) uses the field
names below, e.g.

    out = "~/Music/PadFusion"
    presets = ["kick", "snare", "tad-hihats", "perc"]
    midi = "virtual"            # or the name (prefix) of an existing input port, or "none"
    midi_backend = "mido.backends.rtmidi/UNIX_JACK"
    pool_depth = 2
    sample_dirs = ["~/Samples"]

    [midi_cc]                   # control change numbers for the two knobs
    steps = 20
    strength = 21
"""

import os
import tomllib
import types
import typing
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

import platformdirs

from padfusion.bridge import protocol
from padfusion.core.errors import UserError
from padfusion.core.options import option
from padfusion.model.params import BACKENDS
from padfusion.bridge.presets import DEFAULT_PRESETS

CONFIG_PATH = platformdirs.user_config_path("padfusion") / "config.toml"
DEFAULT_OUT = platformdirs.user_music_path() / "PadFusion"
LEARNED_MIDI_PATH = platformdirs.user_state_path("padfusion") / "midi-learned.json"


class ConfigError(UserError):
    """A config file that cannot be used, with the file and the fix in one line."""


@dataclass(frozen=True)
class Settings:
    """The daemon's settings; those made with `option()` are also `padfusion serve` and `doctor` options."""
    out: Path = option(DEFAULT_OUT, "the watched output folder")
    host: str = option(protocol.DEFAULT_HOST, "address to listen on (127.0.0.1: this machine only)")
    osc_port: int = option(protocol.DEFAULT_OSC_PORT, "UDP port for OSC requests")
    reply_port: int = option(protocol.DEFAULT_REPLY_PORT, "UDP port replies also go to")
    web_port: int = option(protocol.DEFAULT_WEB_PORT, "TCP port of the page (`padfusion open`); 0 turns it off")
    presets: tuple[str, ...] = option(DEFAULT_PRESETS, "presets to serve, one per pad", flag="--preset", nargs="+")
    midi: str = option("virtual", "'virtual', 'none', or the name (prefix) of an existing input port")
    midi_backend: str | None = option(None, "a mido backend, e.g. mido.backends.rtmidi/UNIX_JACK (default: "
                                            "mido's)")
    midi_cc: dict = field(default_factory=lambda: {"steps": 20, "strength": 21})
    learned_midi: Path = LEARNED_MIDI_PATH
    pool_depth: int = option(2, "samples pre-generated per pad")
    # samples kept in <out>/history, all pads together, before the oldest go (kept/ is never pruned); 0: all.
    # 5000 is about 1 GB of WAVs, a sample every 5 s for 7 hours: an evening of pressing pads.
    history_limit: int = 5000
    sample_dirs: tuple[Path, ...] = ()
    device: str | None = option(None, "cpu, cuda, mps or gpu (an Intel GPU through OpenVINO; default: the fastest "
                                      "there is)")
    backend: str = option("auto", "what runs the network (model/backends.py)", choices=BACKENDS)
    half: bool = False
    threads: int = max(1, (os.cpu_count() or 2) - 1)  # CPU threads for the model: one core stays with the DAW

    def __post_init__(self):
        if self.backend not in BACKENDS:
            raise ConfigError(f"backend must be one of {', '.join(BACKENDS)}, got {self.backend!r}")
        if self.threads < 1:
            raise ConfigError(f"threads must be at least 1, got {self.threads}")
        if self.history_limit < 0:
            raise ConfigError(f"history_limit must be 0 (no limit) or more, got {self.history_limit}")
        if not 0 <= self.pool_depth <= 16:
            raise ConfigError(f"pool_depth must be from 0 to 16, got {self.pool_depth}")
        for name, kind in (("osc_port", "UDP"), ("reply_port", "UDP"), ("web_port", "TCP")):
            if not 0 <= getattr(self, name) <= 65535:
                raise ConfigError(f"{name} must be a {kind} port number, got {getattr(self, name)}")
        if not self.presets:
            raise ConfigError("no presets to serve")
        if set(self.midi_cc) - {"steps", "strength"}:
            raise ConfigError(f"midi_cc knows 'steps' and 'strength', not {sorted(set(self.midi_cc))}")


def _toml_type(annotation) -> type:
    """The TOML type a setting is written as: a path as a string, a tuple as a list, an optional as its type."""
    if isinstance(annotation, types.UnionType):
        annotation = next(a for a in typing.get_args(annotation) if a is not type(None))
    origin = typing.get_origin(annotation) or annotation
    return {Path: str, tuple: list}.get(origin, origin)


_TYPES = {f.name: _toml_type(f.type) for f in fields(Settings)}
_PATHS = {f.name for f in fields(Settings) if f.type is Path}
_TYPE_NAMES = {str: "a string", int: "an integer", list: "a list", dict: "a table", bool: "true or false"}


def load_settings(config_path: Path | None = None, **flags) -> Settings:
    """Settings from flags (None means not given), then the config file, then the defaults.

    A missing default config file is fine; a missing file named explicitly is an error.
    """
    values = {}
    path = Path(config_path).expanduser() if config_path else CONFIG_PATH
    if config_path or path.is_file():
        values = _read(path)
    values |= {k: v for k, v in flags.items() if v is not None}
    for name, value in values.items():
        if name not in _TYPES:
            raise ConfigError(f"{path}: unknown setting {name!r}; settings: {', '.join(_TYPES)}")
        if not isinstance(value, _TYPES[name] | Path) or isinstance(value, bool) != (_TYPES[name] is bool):
            raise ConfigError(f"{path}: {name} must be {_TYPE_NAMES[_TYPES[name]]}, got {value!r}")
    for name in _PATHS & set(values):
        values[name] = Path(values[name]).expanduser()
    if "presets" in values:
        values["presets"] = tuple(values["presets"])
    if "sample_dirs" in values:
        values["sample_dirs"] = tuple(Path(p).expanduser() for p in values["sample_dirs"])
    if "midi_cc" in values:
        values["midi_cc"] = Settings().midi_cc | values["midi_cc"]
    return replace(Settings(), **values)


def _read(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such config file") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        raise ConfigError(f"{path}: not readable as TOML ({e})") from None
