"""Audio in and out: reading any file soundfile opens, writing WAVs that carry their provenance, and the
post-processing applied to generated one-shots."""

import contextlib
import io
import json
import math
import os
import stat
import struct
from pathlib import Path

import numpy as np
import soundfile as sf
import soxr
import torch

from padfusion.core.errors import UserError
from padfusion.core.oneshot import CHANNELS, SAMPLE_RATE
from padfusion.model.cleanup import clean

FADE_OUT_SECONDS = 0.05
PEAK_DBFS = -1.0
# What an audio source may be (a one-shot is under a second; these only stop a mistake or a hostile file from
# taking the machine's memory): checked from the file's size and header before any decoding.
MAX_SOURCE_BYTES = 512 * 2**20
MAX_SOURCE_SECONDS = 600
MAX_CHANNELS = 64
RESAMPLE_MARGIN = 64  # frames read past what `length` needs, for the resampler's filter


class AudioError(UserError):
    """An audio file that cannot be used, with a one-line reason."""


def read_audio(path, sample_rate: int = SAMPLE_RATE, channels: int = CHANNELS, length: int | None = None,
               finite: bool = True) -> torch.Tensor:
    """Read a file as float32 (channels, samples) at `sample_rate`; mono is duplicated, extra channels dropped.

    The header is checked before anything is decoded (MAX_SOURCE_BYTES, MAX_SOURCE_SECONDS, MAX_CHANNELS, a
    plausible rate), and with `length` only the frames those samples need are read: the audio is cropped or
    zero-padded at the end to exactly that many. Audio holding NaN or infinite samples is refused unless
    `finite` is False (for the evaluation, which reports such files).
    """
    path = Path(path)
    with _open_regular(path) as file:
        size = os.fstat(file.fileno()).st_size
        if size > MAX_SOURCE_BYTES:
            raise AudioError(f"{path}: {size / 2**20:.0f} MiB is more than the {MAX_SOURCE_BYTES // 2**20} MiB "
                             "an audio source may be")
        data, rate = _decode(path, file, sample_rate, length)
    if data.shape[0] == 0:
        raise AudioError(f"{path}: the file holds no samples")
    if finite and not np.isfinite(data).all():
        raise AudioError(f"{path}: the file holds NaN or infinite samples")
    if rate != sample_rate:
        data = soxr.resample(data, rate, sample_rate, quality="HQ").astype(np.float32)
    if data.shape[1] < channels:
        data = np.repeat(data[:, :1], channels, axis=1)
    audio = torch.from_numpy(np.ascontiguousarray(data[:, :channels].T))
    if length is not None:
        audio = fit_length(audio, length)
    return audio


@contextlib.contextmanager
def _open_regular(path: Path):
    """`path` opened for reading without blocking, and checked to be a regular file on the open descriptor: a
    FIFO or device put in its place after any earlier check can neither block the reader nor be read."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise AudioError(f"{path}: no such file") from None
    except OSError as e:
        raise AudioError(f"cannot read {path}: {e.strerror or e}") from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise AudioError(f"{path}: not a regular file (a folder, pipe or device cannot be an audio source)")
    with os.fdopen(fd, "rb") as file:
        yield file


def _decode(path: Path, file, sample_rate: int, length: int | None) -> tuple[np.ndarray, int]:
    """The frames of an open audio file (all, or those `length` samples at `sample_rate` need) and its rate; the
    header is checked before anything is decoded."""
    try:
        with sf.SoundFile(file) as f:  # the header is read on opening; nothing is decoded until f.read
            if f.frames > MAX_SOURCE_SECONDS * f.samplerate:
                raise AudioError(f"{path}: {f.frames / f.samplerate / 60:.0f} minutes is longer than the "
                                 f"{MAX_SOURCE_SECONDS // 60} minutes an audio source may be")
            if not 1 <= f.channels <= MAX_CHANNELS or not 1000 <= f.samplerate <= 768000:
                raise AudioError(f"{path}: {f.channels} channels at {f.samplerate} Hz is not audio PadFusion "
                                 "can use")
            frames = -1 if length is None else math.ceil(length * f.samplerate / sample_rate) + RESAMPLE_MARGIN
            return f.read(frames, dtype="float32", always_2d=True), f.samplerate
    except (sf.LibsndfileError, RuntimeError, TypeError) as e:
        raise AudioError(f"{path}: not readable as audio ({e})") from None


def fit_length(audio: torch.Tensor, length: int) -> torch.Tensor:
    if audio.shape[-1] >= length:
        return audio[..., :length].contiguous()
    return torch.nn.functional.pad(audio, (0, length - audio.shape[-1]))


def write_wav(path, audio: torch.Tensor, sample_rate: int = SAMPLE_RATE, subtype: str = "PCM_24",
              metadata: dict | None = None):
    """Write (channels, samples) as a WAV file (`wav_bytes`)."""
    Path(path).write_bytes(wav_bytes(audio, sample_rate, subtype, metadata))


def wav_bytes(audio: torch.Tensor, sample_rate: int = SAMPLE_RATE, subtype: str = "PCM_24",
              metadata: dict | None = None) -> bytes:
    """(channels, samples) as a WAV file's bytes, encoded in memory (written in one go, which is faster than
    libsndfile's many small writes); `metadata` goes, as JSON, into the INFO chunk's comment (ICMT), and its `root`
    (steering.record), where it has one, into a `smpl` chunk."""
    buffer = io.BytesIO()
    with sf.SoundFile(buffer, "w", samplerate=sample_rate, channels=audio.shape[0], subtype=subtype,
                      format="WAV") as f:
        if metadata:
            f.comment = json.dumps(metadata, separators=(",", ":"))
            f.software = "PadFusion"
        f.write(audio.detach().float().cpu().numpy().T)
    data = buffer.getvalue()
    if metadata and metadata.get("root"):
        data = with_sampler_chunk(data, metadata["root"]["note"] + metadata["root"]["cents"] / 100, sample_rate)
    return data


def with_sampler_chunk(wav: bytes, note: float, sample_rate: int) -> bytes:
    """A RIFF WAV with a `smpl` chunk appended: its MIDI unity note and the fraction of a semitone above it (in
    units of 2^-32) that a sampler reading it maps the sample by; no loops."""
    wav += b"\0" * (len(wav) % 2)  # chunks start on even offsets
    unity = math.floor(note)
    fraction = min(round((note - unity) * 2**32), 2**32 - 1)
    chunk = b"smpl" + struct.pack("<I9I", 36, 0, 0, round(1e9 / sample_rate), unity, fraction, 0, 0, 0, 0)
    return wav[:4] + struct.pack("<I", len(wav) - 8 + len(chunk)) + wav[8:] + chunk


def read_metadata(path) -> dict:
    """The generation settings a PadFusion WAV records (empty for other files)."""
    with sf.SoundFile(path) as f:
        comment = f.comment
    try:
        return json.loads(comment) if comment else {}
    except json.JSONDecodeError:
        return {}


def postprocess(audio: torch.Tensor, sample_rate: int = SAMPLE_RATE, instrument: str | None = None,
                sweep: bool = True) -> torch.Tensor:
    """DC removal, the instrument's clean-up (model.cleanup; none for a sound that is no instrument; `sweep`:
    with its falling low-pass), a short fade-out at the clip's end, peak level -1 dBFS.

    Works on (..., channels, samples); silence stays silence.
    """
    audio = audio - audio.mean(dim=-1, keepdim=True)
    if instrument is not None:
        audio = clean(audio, sample_rate, instrument, sweep)
    fade = min(int(FADE_OUT_SECONDS * sample_rate), audio.shape[-1])
    ramp = 0.5 * (1 + torch.cos(torch.linspace(0, torch.pi, fade, device=audio.device)))
    audio = torch.cat([audio[..., :-fade], audio[..., -fade:] * ramp], dim=-1)
    peak = audio.abs().amax(dim=(-2, -1), keepdim=True)
    target = 10 ** (PEAK_DBFS / 20)
    return torch.where(peak > 1e-6, audio * (target / peak.clamp(min=1e-6)), audio)
