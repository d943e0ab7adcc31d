"""Generation parameters: their defaults and the one check of each, shared by every way in (the CLI, presets,
the daemon's OSC and MIDI requests, the pipeline). Torch-free, so the CLI and the daemon's listeners stay light.
"""

import math
import re
import secrets

from padfusion.core.errors import UserError

SAMPLERS = ("dpmpp-2m", "dpmpp-2m-sde", "vsampler", "ancestral")  # the keys of model.diffusion.SAMPLERS (a test checks)
FRESH_NOISE_SAMPLERS = ("dpmpp-2m-sde", "ancestral")  # draw noise at every step, from one generator for the whole batch
TUNED_SCHEDULE_SAMPLERS = ("dpmpp-2m", "dpmpp-2m-sde")  # follow a model's `sampling_schedule` (model/tune.py)
DEFAULT_SAMPLER = "dpmpp-2m"
DEFAULT_STEPS = {"dpmpp-2m": 10, "dpmpp-2m-sde": 10, "vsampler": 50, "ancestral": 25}
MAX_STEPS = 1000
BACKENDS = ("auto", "torch", "openvino")  # what runs the network: model.backends.choose
VARIATION_STRENGTH = 0.35  # sigma a variation's source is noised to, unless told: clearly related, audibly new
MIN_STRENGTH = 0.01  # below this a variation is the source again
COLOUR_SPREAD = 1.0  # a seed's start-noise colour as the model trained on it (model.diffusion.seed_noise)
MAX_COLOUR_SPREAD = 3.0
STYLE_NOISE = 0.0  # noise added to a style-transfer source, unless told (tiny-audio-diffusion's notebook)
MAX_SEED = 2**31 - 1
INSTRUMENTS = ("kick", "snare", "hihat", "perc")  # what a pad plays: its knobs and its clean-up follow from it
PAD_NAME = re.compile(r"[a-z0-9][a-z0-9_-]{0,31}")
HUB_ID = re.compile(r"[\w.-]+/[\w.-]+")  # owner/name on the Hugging Face hub


class ParameterError(UserError, ValueError):
    """A generation parameter out of its range, with the range."""


def _is_number(value) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def check_sampler(name: str) -> str:
    if name not in SAMPLERS:
        raise ParameterError(f"unknown sampler {name!r}; choose from {', '.join(SAMPLERS)}")
    return name


def check_steps(steps) -> int:
    if not isinstance(steps, int) or isinstance(steps, bool) or not 1 <= steps <= MAX_STEPS:
        raise ParameterError(f"steps must be a whole number from 1 to {MAX_STEPS}, got {steps!r}")
    return steps


def check_strength(strength) -> float:
    """A variation's strength: the noise level its source is taken to, in [MIN_STRENGTH, 1]."""
    if not _is_number(strength) or not MIN_STRENGTH <= strength <= 1:
        raise ParameterError(f"strength must be a number from {MIN_STRENGTH} to 1, got {strength!r}")
    return float(strength)


def check_colour_spread(spread) -> float:
    """How far a seed's start-noise colour is taken from white noise, in multiples of the model's own colours (for
    a model trained with `--noise-colour`; others start from white noise whatever it is): 0 is white, 1 as trained,
    more gives more varied sounds."""
    if not _is_number(spread) or not 0 <= spread <= MAX_COLOUR_SPREAD:
        raise ParameterError(f"colour_spread must be a number from 0 to {MAX_COLOUR_SPREAD:g}, got {spread!r}")
    return float(spread)


def check_style_noise(noise) -> float:
    if not _is_number(noise) or noise < 0:
        raise ParameterError(f"the style transfer's noise level must be a number >= 0, got {noise!r}")
    return float(noise)


def check_seed(seed) -> int:
    if not isinstance(seed, int) or isinstance(seed, bool) or not 0 <= seed <= MAX_SEED:
        raise ParameterError(f"seed must be a whole number from 0 to {MAX_SEED}, got {seed!r}")
    return seed


def fresh_seed() -> int:
    """A seed nobody chose: any of 0 to MAX_SEED, unpredictable."""
    return secrets.randbelow(MAX_SEED + 1)


def check_pad_name(pad) -> str:
    if not isinstance(pad, str) or not PAD_NAME.fullmatch(pad):
        raise ParameterError(f"pad {pad!r} must be 1 to 32 lower-case letters, digits, '-' or '_' "
                             f"(it names <out>/<pad>.wav)")
    return pad


def check_instrument(instrument) -> str | None:
    """A pad's instrument, one of INSTRUMENTS, or None for a sound that is none of them."""
    if instrument is not None and instrument not in INSTRUMENTS:
        raise ParameterError(f"unknown instrument {instrument!r}; choose from {', '.join(INSTRUMENTS)}")
    return instrument
