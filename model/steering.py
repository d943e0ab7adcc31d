"""Sampling-time guidance toward knob settings (model/knobs.py) and the song's key: the network makes the sound,
the knobs steer where its denoising goes.

At each sampler step the network's denoised estimate x0 is measured by the knobs' own descriptors
(model/descriptors.py) and edited toward the asked values, one small edit per knob (below); the sampler then
carries on from the edited estimate, so the next step's network pass renders a sound that is nearer the asked
one, and the network alone renders the last steps (`weight`). The edit is made through the velocity the
sampler asks for (`guided`), so it costs no network pass and works with every sampler. It is the
"manifold-constrained" idea of editing the denoised estimate inside the sampler (Chung et al., 2022, and the
reconstruction guidance of Ho et al., 2022), with closed-form edits in place of gradients.

The pitch of a tonal sample is then set exactly by `retune`, a varispeed resample of at most `RETUNE_CENTS`.
"""

import math

import numpy as np
import soxr
import torch

from padfusion.model import descriptors
from padfusion.model.knobs import TONAL, nearest_in_key

# Noise levels (sigma) where guidance is whole (at and above FULL) and where it has faded out (at and under NONE).
GUIDANCE_FULL = 0.3
GUIDANCE_NONE = 0.02
MAX_GAIN_DB = 30.0  # the most one edit raises any part of a clip by
TILT_RANGE = 4.0  # spectral slopes tried for brightness, in powers of frequency either way
TILT_FLOOR_HZ = 30.0
EDGE_OCTAVES = 0.5  # the band edits' fades outside their bands
RAMP_SECONDS = 0.002
FLOOR_MARGIN_DB = 6.0  # how far over an estimate's noise floor its decay is read
RETUNE_CENTS = 100.0  # the most the final retune moves a sample's pitch
LOG_SCALED = ("decay", "brightness", "pitch")  # knobs whose pull is a ratio; the others' is a difference in dB
LEAD = 0.5  # how much of the network's pull an edit leads
MAX_LEAD = 4.0  # the most an edit's aim is off its target, as a ratio
MAX_LEAD_DB = 12.0  # or in dB


def weight(sigma: float) -> float:
    """How much of each edit a step at noise level `sigma` makes: whole at high noise, none near the end."""
    return min(max((sigma - GUIDANCE_NONE) / (GUIDANCE_FULL - GUIDANCE_NONE), 0.0), 1.0)


def _gain_db(x: np.ndarray, gain_db: np.ndarray) -> np.ndarray:
    return x * 10 ** (np.minimum(gain_db, MAX_GAIN_DB) / 20)


def steer_decay(x: np.ndarray, target: float, amount: float, sample_rate: int) -> np.ndarray:
    """Decay (s): the clip's envelope after its peak stretched in time toward `target`, as a gain per frame (the
    stretched envelope over the present one, both held to their later maxima so that they only fall), `amount`
    of it in dB, and nothing left over an exponential decay of `target`'s. An estimate's noise floor often
    stands within `DECAY_DB` of its peak; its decay is then read at the deepest level over the floor
    (`FLOOR_MARGIN_DB`) and scaled as an exponential's would be."""
    envelope = descriptors.envelope(x, sample_rate)
    levels = np.maximum.accumulate(envelope[::-1])[::-1]
    depth = min(descriptors.DECAY_DB, -levels[-1] - FLOOR_MARGIN_DB)
    peak = int(np.argmax(envelope))
    if depth <= FLOOR_MARGIN_DB:
        return x
    now = (int(np.argmax(levels < -depth)) - peak) * descriptors.FRAME * descriptors.DECAY_DB / depth
    frames = np.arange(len(levels))
    stretched = np.interp(peak + (frames - peak) * now / target, frames, levels)
    exponential = -descriptors.DECAY_DB * (frames - peak) * descriptors.FRAME / target
    gain_db = np.where(frames > peak, np.minimum(stretched, exponential) - levels, 0.0)
    size = round(descriptors.FRAME * sample_rate)
    return _gain_db(x, amount * np.interp(np.arange(x.shape[-1]), frames * size + size / 2, gain_db))


def _centroid(magnitude: np.ndarray, freqs: np.ndarray, tilt: np.ndarray) -> float:
    weighted = magnitude * tilt
    return float((freqs * weighted).sum() / (weighted.sum() + descriptors.TINY))


def steer_brightness(x: np.ndarray, target: float, amount: float, sample_rate: int) -> np.ndarray:
    """Brightness (Hz): a spectral tilt, |X(f)| times (f / centroid) ** s (at most `MAX_GAIN_DB`, and no gain
    under `TILT_FLOOR_HZ`: rumble must not darken a sound), with s found by bisection so that the spectral centroid
    moves `amount` of the way (in log frequency) to `target`."""
    spectrum = np.fft.rfft(x)
    freqs = np.fft.rfftfreq(x.shape[-1], 1 / sample_rate)
    magnitude = np.abs(spectrum).mean(axis=0) if x.ndim == 2 else np.abs(spectrum)
    now = _centroid(magnitude, freqs, 1.0)
    if now <= 0:
        return x
    wanted = now * (target / now) ** amount
    log_f = np.log(np.maximum(freqs, TILT_FLOOR_HZ) / now)
    ceiling = np.where(freqs < TILT_FLOOR_HZ, 0.0, MAX_GAIN_DB / 20 * math.log(10))

    def tilt(slope):
        return np.exp(np.minimum(slope * log_f, ceiling))

    low, high = -TILT_RANGE, TILT_RANGE
    for _ in range(30):
        slope = (low + high) / 2
        low, high = (slope, high) if _centroid(magnitude, freqs, tilt(slope)) < wanted else (low, slope)
    return np.fft.irfft(spectrum * tilt((low + high) / 2), x.shape[-1])


def steer_punch(x: np.ndarray, target: float, amount: float, sample_rate: int) -> np.ndarray:
    """Punch (dB): a gain on the attack (descriptors.ATTACK_SECONDS from the onset), faded in and out over
    `RAMP_SECONDS`, of `amount` of the difference to `target`."""
    gain_db = amount * (target - descriptors.punch(x, sample_rate))
    start = descriptors.onset(x, sample_rate)
    end = start + round(descriptors.ATTACK_SECONDS * sample_rate)
    ramp = round(RAMP_SECONDS * sample_rate)
    times = np.arange(x.shape[-1])
    shape = np.clip(np.minimum((times - start + ramp) / ramp, (end - times) / ramp), 0, 1)
    return _gain_db(x, gain_db * shape)


def _band(freqs: np.ndarray, band: tuple[float, float]) -> np.ndarray:
    """1 inside the band, fading to 0 (raised cosine in log frequency) `EDGE_OCTAVES` outside it."""
    octaves = np.log2(np.maximum(freqs, 1.0))
    outside = np.maximum(math.log2(band[0]) - octaves, octaves - math.log2(band[1])).clip(0, EDGE_OCTAVES)
    return 0.5 * (1 + np.cos(np.pi * outside / EDGE_OCTAVES))


def steer_tone(x: np.ndarray, target: float, amount: float, sample_rate: int) -> np.ndarray:
    """Tone (dB): the body band raised and the noise band lowered by half of `amount` of the difference each."""
    change = amount * (target - descriptors.tone(x, sample_rate))
    freqs = np.fft.rfftfreq(x.shape[-1], 1 / sample_rate)
    gain_db = change / 2 * (_band(freqs, descriptors.BODY_BAND_HZ) - _band(freqs, descriptors.NOISE_BAND_HZ))
    return np.fft.irfft(np.fft.rfft(x) * 10 ** (gain_db / 20), x.shape[-1])


def varispeed(x: np.ndarray, ratio: float, sample_rate: int) -> np.ndarray:
    """The clip played `ratio` times as fast (pitch and tempo together, as a sampler's tune does), soxr's
    high-quality resampling, cropped or zero-padded to its length."""
    out = soxr.resample(np.atleast_2d(x).T, sample_rate * ratio, sample_rate, quality="HQ").T
    return np.pad(out, ((0, 0), (0, max(x.shape[-1] - out.shape[1], 0))))[:, : x.shape[-1]].reshape(x.shape)


def steer_pitch(x: np.ndarray, target: float, amount: float, sample_rate: int) -> np.ndarray:
    """Pitch (Hz): a varispeed of `amount` of the interval (in cents) to `target`; a clip with no measurable
    pitch is left as it is."""
    now = descriptors.pitch(x, sample_rate)
    return x if now is None else varispeed(x, (target / now) ** amount, sample_rate)


EDITS = {"pitch": steer_pitch, "decay": steer_decay, "punch": steer_punch, "tone": steer_tone,
         "brightness": steer_brightness}  # in the order they run: a resample changes every other descriptor


def pitch_target(x: np.ndarray, knobs: dict, key: str | None, sample_rate: int) -> float | None:
    """The pitch a clip is steered to: the pitch knob's, else its own; moved to the nearest root of `key`."""
    target = knobs.get("pitch") or (descriptors.pitch(x, sample_rate) if key else None)
    return nearest_in_key(target, key) if key and target else target


def lead(name: str, target: float, now: float, last: float | None) -> float:
    """Where to aim an edit so that the network's pull (how far this step's estimate moved from the last edited
    one) lands the next estimate on `target`: the target less the pull, in log units for times and frequencies,
    at most `MAX_LEAD` (a factor, or dB) from it."""
    if last is None or not now or not last:
        return target
    if name in LOG_SCALED:
        return target * min(max(last / now, 1 / MAX_LEAD), MAX_LEAD) ** LEAD
    return target + LEAD * float(np.clip(last - now, -MAX_LEAD_DB, MAX_LEAD_DB))


def steer(x: np.ndarray, knobs: dict, key: str | None, amount: float, sample_rate: int,
          last: dict | None = None) -> np.ndarray:
    """One clip (channels, samples) edited `amount` of the way toward the knobs and the key; with `last`, what
    the clip's last edited estimate measured (updated here), each edit leads the network's pull (`lead`). The
    clip's DC is removed first, as the post-processing will (a descriptor must not be met by a DC offset)."""
    x = x - x.mean(axis=-1, keepdims=True)
    for name, edit in EDITS.items():
        target = pitch_target(x, knobs, key, sample_rate) if name == "pitch" else knobs.get(name)
        if target is None:
            continue
        if last is not None and name != "pitch":
            target = lead(name, target, descriptors.MEASURES[name](x, sample_rate), last.get(name))
        x = edit(x, target, amount, sample_rate)
    if last is not None:
        last.update({name: descriptors.MEASURES[name](x, sample_rate) for name in knobs if name != "pitch"})
    return x


def guided(velocity, knobs: dict, key: str | None, sample_rate: int):
    """`velocity` (the network as the samplers call it) returning the velocity of an x0 estimate steered toward
    the knobs and the key: v' = (alpha x - x0') / beta, since x0 = alpha x - beta v (model/diffusion.py). One
    per batch: it remembers each clip's last edited estimate."""
    last = {}

    def steered(x, sigma):
        v = velocity(x, sigma)
        amount = weight(float(sigma[0]))
        if amount == 0:
            return v
        angle = float(sigma[0]) * math.pi / 2
        alpha, beta = math.cos(angle), math.sin(angle)
        x0 = (alpha * x - beta * v).double().cpu().numpy()
        edited = np.stack([steer(clip, knobs, key, amount, sample_rate, last.setdefault(k, {}))
                           for k, clip in enumerate(x0)])
        return (alpha * x - torch.from_numpy(edited).to(x)) / beta
    return steered


def retune(audio: torch.Tensor, knobs: dict, key: str | None, sample_rate: int) -> torch.Tensor:
    """Each (channels, samples) clip of a tonal batch varispeeded onto its pitch target, where it has a pitch
    within `RETUNE_CENTS` of it."""
    clips = []
    for clip in audio.double().numpy():
        now = descriptors.pitch(clip, sample_rate)
        target = pitch_target(clip, knobs, key, sample_rate) if now is not None else None
        if target is not None and abs(descriptors.cents(target, now)) <= RETUNE_CENTS:
            clip = varispeed(clip, target / now, sample_rate)
        clips.append(clip)
    return torch.from_numpy(np.stack(clips)).to(audio.dtype)


def record(audio, instrument: str | None, sample_rate: int) -> dict:
    """What a sample's record says of its sound: its descriptors, and for a tonal instrument with a measurable
    pitch its root, the nearest MIDI note and the cents from it."""
    measured = descriptors.measure(audio, sample_rate)
    described = {"descriptors": {name: None if value is None else round(value, 4) for name, value in measured.items()}}
    if instrument in TONAL and measured["pitch"] is not None:
        note = descriptors.midi_note(measured["pitch"])
        described["root"] = {"note": round(note), "cents": round(100 * (note - round(note)), 1)}
    return described
