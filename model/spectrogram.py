"""Mel spectrograms as pictures: one clip (training previews), or a grid of generated clips above real ones
(`padfusion eval --grid`), so that what a model makes can be seen at a glance."""

import math
from pathlib import Path

import torch
from PIL import Image, ImageDraw

from padfusion.core.oneshot import CHANNELS, LENGTH, SAMPLE_RATE

N_FFT = 1024
N_MELS = 96
RANGE_DB = 80.0


def mel_filterbank(n_fft: int, n_mels: int, sample_rate: int) -> torch.Tensor:
    """Triangular filters evenly spaced on the mel scale (HTK formula), (n_mels, n_fft // 2 + 1)."""
    mel = lambda f: 2595 * math.log10(1 + f / 700)  # noqa: E731
    edges = torch.linspace(mel(20.0), mel(sample_rate / 2), n_mels + 2)
    hz = 700 * (10 ** (edges / 2595) - 1)
    freqs = torch.linspace(0, sample_rate / 2, n_fft // 2 + 1)
    lower, centre, upper = hz[:-2, None], hz[1:-1, None], hz[2:, None]
    return torch.clamp(torch.minimum((freqs - lower) / (centre - lower), (upper - freqs) / (upper - centre)), min=0)


def mel_image(audio: torch.Tensor, sample_rate: int, n_fft: int = N_FFT, n_mels: int = N_MELS) -> Image.Image:
    """The mel spectrogram of a (channels, samples) clip: one pixel per frame and mel band, low frequencies at
    the bottom, the loudest point yellow and everything `RANGE_DB` below it dark blue."""
    spec = torch.stft(audio.float().mean(0), n_fft, hop_length=n_fft // 8, window=torch.hann_window(n_fft),
                      return_complex=True).abs() ** 2
    db = 10 * torch.log10(mel_filterbank(n_fft, n_mels, sample_rate) @ spec + 1e-10)
    level = ((db - db.max() + RANGE_DB) / RANGE_DB).clamp(0, 1).flip(0)
    rgb = torch.stack([level.sqrt(), level**2, (1 - level) * level * 2], dim=-1)  # dark blue to yellow
    return Image.fromarray((rgb * 255).byte().numpy())


def save_mel_png(path: Path, audio: torch.Tensor, sample_rate: int):
    image = mel_image(audio, sample_rate)
    image.resize((4 * image.width, 3 * image.height), Image.NEAREST).save(path)


def save_grid(path: Path, rows: dict[str, list[torch.Tensor]], sample_rate: int, gap: int = 4, label_width: int = 72):
    """One row of spectrograms per entry of `rows` ({"generated": clips, "real": clips}), the name on the left.

    Stored with a 64-colour palette: a few hundred KB at most, small enough for a model card."""
    tiles = {name: [mel_image(clip, sample_rate) for clip in clips] for name, clips in rows.items()}
    width, height = next(iter(tiles.values()))[0].size
    columns = max(len(row) for row in tiles.values())
    grid = Image.new("RGB", (label_width + columns * (width + gap), len(tiles) * (height + gap) - gap), "white")
    draw = ImageDraw.Draw(grid)
    for r, (name, row) in enumerate(tiles.items()):
        top = r * (height + gap)
        draw.text((4, top + height // 2 - 6), name, fill="black")
        for c, tile in enumerate(row):
            grid.paste(tile.resize((width, height)), (label_width + c * (width + gap), top))
    grid.quantize(64).save(path, optimize=True)


def grid_of_folders(path, generated_dir, real_dir, count: int = 8, sample_rate: int = SAMPLE_RATE):
    """A grid of the first `count` generated files above `count` real ones spread evenly over `real_dir`
    (sorted by name, so that several kits show), each clip the analysis window `padfusion eval` scores."""
    from padfusion.model.audio import read_audio
    from padfusion.model.evaluate import audio_files

    generated, real = audio_files(generated_dir)[:count], audio_files(real_dir)
    real = [real[round(k * (len(real) - 1) / max(count - 1, 1))] for k in range(min(count, len(real)))]
    rows = {name: [read_audio(f, sample_rate, CHANNELS, LENGTH) for f in files]
            for name, files in (("generated", generated), ("real", real))}
    save_grid(Path(path), rows, sample_rate)
