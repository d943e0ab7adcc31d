"""The bundled models: present, small, loadable offline, and each sounding like its instrument.

"Sounding like" is checked without ears, on spectra: a kick's energy sits low, a hi-hat's high, a snare
between, and none of them is the flat spectrum of noise.
"""

import os
from pathlib import Path

import pytest
import torch

from padfusion.bridge.presets import load_preset
from conftest import run_cli
from padfusion.model.audio import read_audio
from padfusion.model.pipeline import Pipeline
from padfusion.model.recipe import resolve

MODELS = Path(__file__).resolve().parents[1] / "presets" / "models"
PADS = ("kick", "snare", "hihat", "perc")


def low_share(audio: torch.Tensor, cutoff_hz: float = 250.0, sample_rate: int = 44100) -> float:
    """Share of the spectral energy below `cutoff_hz`."""
    power = torch.fft.rfft(audio.mean(0)).abs() ** 2
    freqs = torch.fft.rfftfreq(audio.shape[-1], 1 / sample_rate)
    return float(power[freqs < cutoff_hz].sum() / power.sum())


def high_share(audio: torch.Tensor, cutoff_hz: float = 5000.0, sample_rate: int = 44100) -> float:
    power = torch.fft.rfft(audio.mean(0)).abs() ** 2
    freqs = torch.fft.rfftfreq(audio.shape[-1], 1 / sample_rate)
    return float(power[freqs >= cutoff_hz].sum() / power.sum())


@pytest.fixture(scope="module")
def samples(tmp_path_factory):
    """Two raw samples per bundled preset (no fade-out or normalisation to hide a noisy tail), made by
    `padfusion generate --preset --raw` with the hub switched off."""
    out = tmp_path_factory.mktemp("bundled")
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "HF_HOME": str(out / "no-hub-cache")}
    made = {}
    for pad in PADS:
        run_cli("generate", "--preset", pad, "--seed", "1", "--count", "2", "--raw", "--out", out / pad, env=env)
        made[pad] = [read_audio(f) for f in sorted((out / pad).glob("*.wav"))]
    return made


@pytest.mark.parametrize("pad", PADS)
def test_bundled_model_is_small_and_used_by_its_preset(pad):
    folder = MODELS / pad
    assert (folder / "README.md").is_file() and (folder / "config.json").is_file()
    assert (folder / "model.safetensors").stat().st_size <= 20 * 2**20
    assert Path(load_preset(pad).model) == folder.resolve()


@pytest.mark.slow
def test_each_model_sounds_like_its_instrument(samples):
    low = {pad: min(low_share(a) for a in audio) for pad, audio in samples.items()}
    high = {pad: max(high_share(a) for a in audio) for pad, audio in samples.items()}
    assert low["kick"] > 0.5, low  # a body below 250 Hz
    assert high["kick"] < 0.05, high
    assert high["hihat"] > 0.5, high  # hats live above 5 kHz
    assert low["hihat"] < 0.05, low
    assert high["snare"] < high["hihat"] and low["snare"] < low["kick"]


@pytest.mark.slow
@pytest.mark.parametrize("pad", PADS)
def test_samples_have_an_attack_and_a_decay(samples, pad):
    for a in samples[pad]:
        envelope = a.abs().amax(0).unfold(0, 1024, 1024).amax(1)  # peak per 23 ms frame
        assert int(envelope.argmax()) <= 4  # the hit comes in the first 100 ms
        assert envelope[-4:].max() < 0.5 * envelope.max()  # and has died down by the end


@pytest.mark.slow
@pytest.mark.parametrize("pad", PADS)
def test_a_pads_default_output_ends_in_silence_not_a_noise_floor(pad):
    """Over 8 seeds, the median level of the last 100 ms of what a press plays is 50 dB or more under its peak."""
    preset = load_preset(pad)
    pipe = Pipeline.load(preset.model, device="cpu")
    recipe = resolve(preset, seed=0)
    audio = pipe.generate_each(list(range(8)), **recipe.options())
    tail = audio[..., -4410:].pow(2).mean(dim=(-2, -1)).sqrt()
    peak = audio.abs().amax(dim=(-2, -1))
    assert 20 * torch.log10(tail / peak).median().item() <= -50
