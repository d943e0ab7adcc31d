"""The clean-up each instrument's one-shots get (model.cleanup, through model.audio.postprocess), on synthetic
one-shots whose parts are known: a decaying tone over a noise floor, a hi-hat whose decay is itself noise."""

import math

import pytest
import torch

from padfusion.model.audio import postprocess
from padfusion.model.cleanup import clean
from padfusion.model.params import INSTRUMENTS

RATE = 44100
TIME = torch.arange(32768) / RATE


def noise(level_db: float, seed: int = 0) -> torch.Tensor:
    """Stereo white noise at `level_db` RMS."""
    return 10 ** (level_db / 20) * torch.randn(2, len(TIME), generator=torch.Generator().manual_seed(seed))


def level_db(audio: torch.Tensor, start: float, end: float) -> float:
    """RMS of audio[..., start s: end s] in dB."""
    part = audio[..., int(start * RATE):int(end * RATE)]
    return 10 * math.log10(part.pow(2).mean().item() + 1e-30)


@pytest.mark.parametrize("instrument", ["kick", "snare", "perc"])
def test_the_noise_floor_under_a_decaying_tone_is_gone_and_its_start_unchanged(instrument):
    tone = (torch.sin(2 * math.pi * 80 * TIME) * torch.exp(-TIME / 0.04)).expand(2, -1)
    out = clean(tone + noise(-50), RATE, instrument)
    assert abs(level_db(out, 0, 0.1) - level_db(tone, 0, 0.1)) < 0.5
    assert level_db(out, 0.64, 0.74) < -100  # the floor was at -50 dB, the tone long gone into it by then


def test_a_noise_like_hihat_keeps_its_decay():
    hat = noise(0, seed=1) * torch.exp(-TIME / 0.05)
    out = clean(hat + noise(-60, seed=2), RATE, "hihat")
    for start in (0, 0.05, 0.1, 0.15, 0.2):  # 0 to -35 dB, all of it above the floor
        assert abs(level_db(out, start, start + 0.05) - level_db(hat, start, start + 0.05)) < 0.5, start


@pytest.mark.parametrize("instrument", [*INSTRUMENTS, None])
def test_silence_stays_silence(instrument):
    silence = torch.zeros(3, 2, len(TIME))
    assert torch.equal(postprocess(silence, RATE, instrument), silence)
