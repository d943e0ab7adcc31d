"""The clean-up a generated one-shot gets for its instrument: the models leave a broadband noise floor under the
decay (and the kick a noise burst that outlasts its attack), where a real sample falls to digital silence.

Two steps, each set per instrument in CLEANUPS (chosen on training files of other kits, never on the held-back
kits: docs/experiments.md):

- a falling low-pass, like a synthesiser's filter envelope: from the peak on, the cutoff glides from
  `sweep_start_hz` down to `sweep_end_hz` with time constant `sweep_seconds`, and what lies above it is rolled off
  at `SWEEP_DB_PER_OCTAVE` (an STFT mask). A real kick's high partials die within tens of milliseconds;
- a gate that ends the sound where it has decayed into the clip's own noise floor: once the RMS envelope after the
  peak first comes within `gate_margin_db` of the floor (a low percentile of the clip's frames), a raised-cosine
  fade of `fade_seconds` takes it to silence. Before that point the audio is untouched.
"""

from dataclasses import dataclass

import torch

ENVELOPE_WINDOW = 1024  # samples an envelope frame's RMS spans
ENVELOPE_HOP = 256
FLOOR_QUANTILE = 0.1  # the floor: this quantile of the clip's envelope frames
MIN_DEPTH_DB = 30.0  # a clip whose floor is less far under its loudest frame has no noise floor to gate
STFT_SIZE = 1024
SWEEP_DB_PER_OCTAVE = 12.0


@dataclass(frozen=True)
class Cleanup:
    gate_margin_db: float
    fade_seconds: float
    sweep_start_hz: float | None = None  # None: no falling low-pass
    sweep_end_hz: float = 0.0
    sweep_seconds: float = 0.0


CLEANUPS = {
    "kick": Cleanup(gate_margin_db=3.0, fade_seconds=0.2, sweep_start_hz=600.0, sweep_end_hz=150.0,
                    sweep_seconds=0.03),
    "snare": Cleanup(gate_margin_db=3.0, fade_seconds=0.1, sweep_start_hz=8000.0, sweep_end_hz=3000.0,
                     sweep_seconds=0.06),
    "hihat": Cleanup(gate_margin_db=0.0, fade_seconds=0.5),  # its decay is noise: only where it meets the floor
    "perc": Cleanup(gate_margin_db=0.0, fade_seconds=0.3, sweep_start_hz=8000.0, sweep_end_hz=2000.0,
                    sweep_seconds=0.1),
}


def clean(audio: torch.Tensor, sample_rate: int, instrument: str, sweep: bool = True) -> torch.Tensor:
    """`audio` (..., channels, samples), DC-free, cleaned as CLEANUPS[instrument] says; without `sweep` (a
    brightness the producer asked for, which the falling low-pass would undo) only gated."""
    settings = CLEANUPS[instrument]
    shape = audio.shape
    clips = audio.reshape(-1, *shape[-2:]).float()
    mono = clips.mean(dim=-2)
    peak = mono.abs().argmax(dim=-1)
    if sweep and settings.sweep_start_hz is not None:
        clips = falling_lowpass(clips, peak, sample_rate, settings)
    gain = gate_gain(mono, peak, sample_rate, settings)
    return (clips * gain[:, None, :]).reshape(shape).to(audio.dtype)


def envelope_db(mono: torch.Tensor) -> torch.Tensor:
    """RMS of ENVELOPE_WINDOW samples every ENVELOPE_HOP, centred, in dB re each clip's loudest frame:
    (clips, frames)."""
    padded = torch.nn.functional.pad(mono, (ENVELOPE_WINDOW // 2, ENVELOPE_WINDOW // 2))
    power = padded.unfold(-1, ENVELOPE_WINDOW, ENVELOPE_HOP).pow(2).mean(dim=-1)
    return 10 * torch.log10(power.clamp(min=1e-20) / power.amax(dim=-1, keepdim=True).clamp(min=1e-20))


def gate_gain(mono: torch.Tensor, peak: torch.Tensor, sample_rate: int, settings: Cleanup) -> torch.Tensor:
    """Each clip's gain: 1 until its envelope after the peak first comes within the margin of its floor, then a
    raised-cosine fade to 0 (all ones where it never does)."""
    env = envelope_db(mono)
    frames = torch.arange(env.shape[-1], device=env.device)
    floor = torch.quantile(env, FLOOR_QUANTILE, dim=-1, keepdim=True)
    after_peak = frames >= (peak[:, None] // ENVELOPE_HOP)
    reached = after_peak & (env <= floor + settings.gate_margin_db) & (floor <= -MIN_DEPTH_DB)
    start = torch.where(reached.any(dim=-1), reached.float().argmax(dim=-1) * ENVELOPE_HOP, mono.shape[-1])
    fade = max(int(settings.fade_seconds * sample_rate), 1)
    time = torch.arange(mono.shape[-1], device=mono.device)
    phase = ((time - start[:, None]) / fade).clamp(0, 1)
    return 0.5 * (1 + torch.cos(torch.pi * phase))


def falling_lowpass(clips: torch.Tensor, peak: torch.Tensor, sample_rate: int, settings: Cleanup) -> torch.Tensor:
    """`clips` (clips, channels, samples) through a low-pass whose cutoff falls from the peak on (see the module's
    docstring)."""
    count, channels, length = clips.shape
    window = torch.hann_window(STFT_SIZE, device=clips.device)
    spectra = torch.stft(clips.reshape(-1, length), STFT_SIZE, STFT_SIZE // 4, window=window, return_complex=True)
    hop = STFT_SIZE // 4
    seconds = torch.arange(spectra.shape[-1], device=clips.device) * hop / sample_rate
    since_peak = (seconds[None, :] - peak[:, None] / sample_rate).clamp(min=0)
    cutoff = settings.sweep_end_hz + (settings.sweep_start_hz - settings.sweep_end_hz) * torch.exp(
        -since_peak / settings.sweep_seconds)
    freqs = torch.fft.rfftfreq(STFT_SIZE, 1 / sample_rate, device=clips.device).clamp(min=1)
    octaves_above = torch.log2(freqs[None, :, None] / cutoff[:, None, :]).clamp(min=0)
    mask = 10 ** (-SWEEP_DB_PER_OCTAVE * octaves_above / 20)  # (clips, freqs, frames)
    spectra = spectra.reshape(count, channels, *spectra.shape[-2:]) * mask[:, None]
    out = torch.istft(spectra.reshape(count * channels, *spectra.shape[-2:]), STFT_SIZE, hop, window=window,
                      length=length)
    return out.reshape(count, channels, length)
