"""What a one-shot sounds like, in musical units: the descriptors the knobs are set in (model/knobs.py), measured
by one function each, the same one the knobs' guidance, the training labels, the evaluation and the benchmark use.

Every function takes a (channels, samples) or (samples,) float array at `sample_rate` and reads its mono mix;
none depends on the clip's gain. The clip is cut into `FRAME` = 10 ms frames; its envelope is the RMS of each
frame in dB under the loudest, and its onset the first frame within `ONSET_DB` of that.

- decay (s): from the loudest frame to the end of the last frame still within `DECAY_DB` of it (an exponential
  decay of time constant tau lasts tau * ln(10 ** (DECAY_DB / 20)), 3.45 tau).
- brightness (Hz): the spectral centroid, sum(f |X(f)|) / sum(|X(f)|) over the whole clip's magnitude spectrum.
- pitch (Hz): the body after the attack: the strongest spectral peak between `PITCH_HZ` in the `BODY_SECONDS`
  that follow the attack (`ATTACK_SECONDS` after the onset), Hann-windowed, zero-padded and refined by a parabola
  through the log magnitudes; None where that peak stands less than `TONAL_DB` over the band's median (noise).
- punch (dB): the attack over the body, the RMS of the `ATTACK_SECONDS` from the onset over the RMS of the
  `BODY_SECONDS` after them.
- tone (dB): body over noise, the energy in `BODY_BAND_HZ` over the energy in `NOISE_BAND_HZ`.
"""

import math

import numpy as np

from padfusion.core.oneshot import SAMPLE_RATE

FRAME = 0.010  # seconds
ONSET_DB = 20.0
DECAY_DB = 30.0
ATTACK_SECONDS = 0.020
BODY_SECONDS = 0.150
PITCH_HZ = (30.0, 2000.0)
TONAL_DB = 22.0
BODY_BAND_HZ = (100.0, 500.0)
NOISE_BAND_HZ = (2000.0, 10000.0)
TINY = 1e-20
NOTE_NAMES = ("C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B")


def mono(audio) -> np.ndarray:
    audio = np.asarray(audio, dtype=np.float64)
    return audio.mean(axis=0) if audio.ndim == 2 else audio


def envelope(audio, sample_rate: int = SAMPLE_RATE) -> np.ndarray:
    """The RMS of each `FRAME`, in dB under the loudest."""
    x = mono(audio)
    size = max(1, round(FRAME * sample_rate))
    frames = x[: len(x) // size * size].reshape(-1, size)
    power = np.mean(frames ** 2, axis=1) + TINY
    return 10 * np.log10(power / power.max())


def onset(audio, sample_rate: int = SAMPLE_RATE) -> int:
    """The sample where the sound starts: the first frame within `ONSET_DB` of the loudest."""
    return int(np.argmax(envelope(audio, sample_rate) > -ONSET_DB)) * round(FRAME * sample_rate)


def decay(audio, sample_rate: int = SAMPLE_RATE) -> float:
    """Seconds from the loudest frame to the end of the last frame within `DECAY_DB` of it."""
    levels = envelope(audio, sample_rate)
    last = len(levels) - 1 - int(np.argmax(levels[::-1] > -DECAY_DB))
    return (last + 1 - int(np.argmax(levels))) * FRAME


def brightness(audio, sample_rate: int = SAMPLE_RATE) -> float:
    """The spectral centroid in Hz."""
    x = mono(audio)
    magnitude = np.abs(np.fft.rfft(x))
    return float((np.fft.rfftfreq(len(x), 1 / sample_rate) * magnitude).sum() / (magnitude.sum() + TINY))


def _segments(audio, sample_rate: int) -> tuple[np.ndarray, np.ndarray]:
    """The attack and the body after it."""
    x = mono(audio)
    start = onset(x, sample_rate)
    attack_end = start + round(ATTACK_SECONDS * sample_rate)
    return x[start:attack_end], x[attack_end: attack_end + round(BODY_SECONDS * sample_rate)]


def pitch(audio, sample_rate: int = SAMPLE_RATE) -> float | None:
    """The body's pitch in Hz, or None where it has none (see the module's docstring)."""
    _, body = _segments(audio, sample_rate)
    if len(body) < 64:
        return None
    size = 1 << math.ceil(math.log2(len(body) * 8))
    magnitude = np.abs(np.fft.rfft(body * np.hanning(len(body)), size))
    freqs = np.fft.rfftfreq(size, 1 / sample_rate)
    band = np.flatnonzero((freqs >= PITCH_HZ[0]) & (freqs <= PITCH_HZ[1]))
    levels = 20 * np.log10(magnitude[band] + TINY)
    top = int(np.argmax(levels))
    if levels[top] - np.median(levels) < TONAL_DB or top in (0, len(band) - 1):
        return None
    left, centre, right = levels[top - 1: top + 2]
    shift = 0.5 * (left - right) / (left - 2 * centre + right)  # the parabola's vertex, in bins
    return float(freqs[band[top]] + shift * (freqs[1] - freqs[0]))


def punch(audio, sample_rate: int = SAMPLE_RATE) -> float:
    """The attack's RMS over the body's, in dB."""
    attack, body = _segments(audio, sample_rate)
    return float(10 * np.log10((np.mean(attack ** 2) + TINY) / (np.mean(body ** 2) + TINY)))


def tone(audio, sample_rate: int = SAMPLE_RATE) -> float:
    """The body band's energy over the noise band's, in dB."""
    x = mono(audio)
    power = np.abs(np.fft.rfft(x)) ** 2
    freqs = np.fft.rfftfreq(len(x), 1 / sample_rate)

    def energy(band):
        return power[(freqs >= band[0]) & (freqs < band[1])].sum() + TINY

    return float(10 * np.log10(energy(BODY_BAND_HZ) / energy(NOISE_BAND_HZ)))


MEASURES = {"decay": decay, "brightness": brightness, "pitch": pitch, "punch": punch, "tone": tone}


def measure(audio, sample_rate: int = SAMPLE_RATE) -> dict[str, float | None]:
    """Every descriptor of a clip, by name (pitch None where the clip has none)."""
    return {name: function(audio, sample_rate) for name, function in MEASURES.items()}


def midi_note(hz: float) -> float:
    """The MIDI note number of a frequency (A4 = 440 Hz = 69), fractional."""
    return 69 + 12 * math.log2(hz / 440)


def cents(hz: float, reference: float) -> float:
    """The interval from `reference` to `hz` in cents, negative where `hz` is lower."""
    return 1200 * math.log2(hz / reference)


def hertz(note: float) -> float:
    return 440 * 2 ** ((note - 69) / 12)


def note_name(note: int) -> str:
    """A MIDI note number as a name with its octave: 33 is A1, 60 is C4."""
    return f"{NOTE_NAMES[note % 12]}{note // 12 - 1}"
