"""The training loop on a small synthetic data set: learning, resuming, export, previews, checkpointing, DDP."""

import json
import os
import shutil
import subprocess
import sys

import numpy as np
import pytest
import soundfile as sf
import torch

from conftest import run_cli
from padfusion.model import diffusion
from padfusion.model.audio import fit_length, read_metadata
from padfusion.model.dataset import build_dataset, load_dataset
from padfusion.core.errors import UserError
from padfusion.model.pipeline import Pipeline
from padfusion.model.recipe import resolve
from padfusion.model.train import (TrainConfig, augment, decay_seconds, decay_weights, ema_decay, noise_colours,
                                   split_validation, train, validation_loss)
from padfusion.model.unet import ARCHS, UNet


@pytest.fixture(scope="module")
def kicks(tmp_path_factory):
    """Six synthetic kicks (pitch-swept decaying sines) made into a data set by the real builder."""
    src = tmp_path_factory.mktemp("src") / "kick"
    src.mkdir()
    rate = 44100
    t = np.arange(int(0.5 * rate)) / rate
    for k in range(6):
        freq = (50 + 10 * k) + 120 * np.exp(-t * 30)
        tone = np.sin(2 * np.pi * np.cumsum(freq) / rate) * np.exp(-t * (6 + k))
        sf.write(src / f"kick{k}.wav", tone, rate)
    out = tmp_path_factory.mktemp("data") / "set"
    build_dataset(out, [src.parent], labels=["kick"], holdout_fraction=0)
    return out


def config(data, run, **overrides):
    options = dict(arch="tiny", batch=2, val_fraction=0.2, val_every=2, save_every=2, preview_every=0)
    return TrainConfig(data=str(data), label="kick", run=str(run), **(options | overrides))


@pytest.mark.slow
def test_training_learns_resumes_and_exports(kicks, tmp_path):
    run = tmp_path / "run"
    train(config(kicks, run, steps=4, lr=3e-3, preview_every=4, previews=1))
    history = [json.loads(line) for line in (run / "losses.jsonl").read_text().splitlines()]
    assert [r["step"] for r in history] == [1, 2, 3, 4]
    assert sorted(p.name for p in (run / "previews").iterdir()) == ["step000004_0.png", "step000004_0.wav"]
    assert sf.info(run / "previews" / "step000004_0.wav").frames == 32768

    train(config(kicks, run, steps=30, lr=3e-3))  # resumes at step 4
    history = [json.loads(line) for line in (run / "losses.jsonl").read_text().splitlines()]
    assert [r["step"] for r in history] == list(range(1, 31))
    val = [r["val_loss"] for r in history if "val_loss" in r]
    assert val[-1] < val[0]  # the EMA model fits the kicks better than the initial one

    card = (run / "model" / "README.md").read_text()
    assert "6 `kick` one-shots" in card and "| 30 |" in card
    pipe = Pipeline.load(str(run / "model"), device="cpu")
    audio = pipe.generate([1], steps=2)
    assert audio.shape == (1, 2, 32768) and torch.isfinite(audio).all()


def test_fine_tuning_starts_from_the_given_weights(kicks, tmp_path):
    torch.manual_seed(3)
    init = tmp_path / "init"
    from conftest import make_model_folder

    make_model_folder(init, "tiny", seed=3)
    tuned = json.loads((init / "config.json").read_text()) | {"sampling_schedule": [1.0, 0.4, 0.0]}
    (init / "config.json").write_text(json.dumps(tuned))
    train(config(kicks, tmp_path / "run", steps=1, lr=1e-12, init=str(init)))
    before = Pipeline.load(str(init), device="cpu")
    after = Pipeline.load(str(tmp_path / "run" / "model"), device="cpu")
    assert all(torch.allclose(v, after.net.state_dict()[k], atol=1e-6) for k, v in before.net.state_dict().items())
    assert before.config.sampling_schedule and not after.config.sampling_schedule  # tuned to the old weights only


def test_gradient_checkpointing_gives_the_same_gradients():
    torch.manual_seed(0)
    net = UNet(ARCHS["tiny"])
    x = torch.randn(2, 2, 32768)

    def grads(checkpointing):
        net.zero_grad()
        net.checkpointing = checkpointing
        diffusion.v_loss(net, x, torch.Generator().manual_seed(1)).backward()
        return [p.grad.clone() for p in net.parameters()]

    for a, b in zip(grads(False), grads(True)):
        assert torch.allclose(a, b, atol=1e-6)


def test_ema_warm_up_follows_ema_pytorch():
    assert ema_decay(0, 0.995, 0.7) == 0.0
    assert ema_decay(10, 0.995, 0.7) == pytest.approx(1 - 11**-0.7)
    assert ema_decay(100_000, 0.995, 0.7) == 0.995


@pytest.mark.skipif(shutil.which("torchrun", path=os.path.dirname(sys.executable)) is None,
                    reason="torchrun is not installed beside this Python")
def test_two_process_ddp_run_with_gloo(kicks, tmp_path):
    torchrun = os.path.join(os.path.dirname(sys.executable), "torchrun")
    result = subprocess.run(
        [torchrun, "--standalone", "--nproc_per_node", "2", "-m", "padfusion.bridge.cli", "train", "--data", str(kicks),
         "--label", "kick", "--out", str(tmp_path / "ddp"), "--arch", "tiny", "--steps", "3", "--batch", "1",
         "--preview-every", "0", "--save-every", "3", "--device", "cpu"],
        capture_output=True, text=True, timeout=300, env={**os.environ, "OMP_NUM_THREADS": "1"})
    assert result.returncode == 0, result.stderr[-2000:]
    state = torch.load(tmp_path / "ddp" / "checkpoint.pt", weights_only=True)
    assert state["step"] == 3
    assert (tmp_path / "ddp" / "model" / "model.safetensors").is_file()


def test_fine_tuning_can_add_a_position_channel_that_starts_silent(kicks, tmp_path):
    """The ramp's input weights start at zero: the model computes what it did, then learns to use them."""
    from conftest import make_model_folder

    init = make_model_folder(tmp_path / "init", "tiny", seed=4)
    train(config(kicks, tmp_path / "run", steps=1, lr=1e-12, init=str(init), position_channel=True))
    before = Pipeline.load(str(init), device="cpu")
    after = Pipeline.load(str(tmp_path / "run" / "model"), device="cpu")
    assert not before.config.position_channel and after.config.position_channel
    assert after.net.levels[0].downsample.weight.shape[1] == 3
    x, sigma = torch.randn(2, 2, 32768, generator=torch.Generator().manual_seed(0)), torch.tensor([0.3, 0.8])
    with torch.no_grad():
        assert torch.allclose(before.net(x, sigma), after.net(x, sigma), atol=1e-5)


def test_a_data_scale_trains_on_the_audio_at_that_gain_and_is_kept_in_the_model(kicks, tmp_path):
    """The recorded validation loss is the v-loss of the louder files, and the exported model samples at that gain."""
    from conftest import make_model_folder

    init = make_model_folder(tmp_path / "init", "tiny", seed=5)
    run = tmp_path / "run"
    train(config(kicks, run, steps=2, lr=1e-12, init=str(init), data_scale=3.0))
    after = Pipeline.load(str(run / "model"), device="cpu")
    card = (run / "model" / "README.md").read_text()
    assert after.config.data_scale == 3.0 and "the audio at x3 in the diffusion" in card
    recorded = [json.loads(line) for line in (run / "losses.jsonl").read_text().splitlines()][-1]["val_loss"]
    _, val = split_validation(fit_length(load_dataset(str(kicks), "kick", "train"), 32768), 0.2, 0)
    assert validation_loss(after.net, val * 3, "cpu", 2) == pytest.approx(recorded, rel=1e-4)
    assert validation_loss(after.net, val, "cpu", 2) != pytest.approx(recorded, rel=1e-2)
    with pytest.raises(UserError, match=r"data_scale 3.0 -> 1.0.*--data-scale"):  # resumed without the flag
        train(config(kicks, run, steps=4, lr=1e-12, init=str(init)))
    train(config(kicks, run, steps=3, lr=1e-12, init=str(init), data_scale=3.0))


def test_a_position_channel_tells_the_network_where_it_is():
    torch.manual_seed(0)
    net = UNet(ARCHS["tiny"].__class__(**(ARCHS["tiny"].to_dict() | {"position_channel": True}))).eval()
    x = torch.zeros(1, 2, 32768)
    with torch.no_grad():
        out = net(x, torch.tensor([0.5]))[0]
    assert out.shape == (2, 32768)
    assert not torch.allclose(out[:, :1024], out[:, -1024:])  # the same (silent) input, told apart by place


def test_noise_levels_drawn_by_a_power_favour_low_noise():
    seen = []

    def net(x, sigma):
        seen.append(sigma)
        return torch.zeros_like(x)

    x = torch.zeros(4096, 1, 8)
    for power, mean in ((1.0, 1 / 2), (2.0, 1 / 3)):
        seen.clear()
        diffusion.v_loss(net, x, torch.Generator().manual_seed(0), sigma_power=power)
        assert float(seen[0].mean()) == pytest.approx(mean, abs=0.02)  # E[u ** p] = 1 / (p + 1)


def test_augmentation_keeps_each_drum_but_varies_polarity_channels_and_gain():
    batch = torch.randn(64, 2, 100)
    out = augment(batch, torch.Generator().manual_seed(0))
    cosine = torch.nn.functional.cosine_similarity
    swapped = cosine(out[:, 0], batch[:, 1], dim=-1).abs() > 0.999
    source = torch.where(swapped[:, None, None], batch.flip(1), batch)
    factor = (out / source)[:, 0, 0]  # one factor per one-shot, the same on both channels and every sample
    assert torch.allclose(out, source * factor[:, None, None], atol=1e-6)
    assert 16 < swapped.sum() < 48  # about half swapped
    assert 16 < (factor < 0).sum() < 48  # about half with their polarity turned
    gains_db = 20 * factor.abs().log10()
    assert gains_db.abs().max() <= 3 + 1e-4 and gains_db.std() > 1  # within +-3 dB, and spread over it
    assert torch.equal(out, augment(batch, torch.Generator().manual_seed(0)))  # reproducible from the seed


def test_learning_rate_warms_up(kicks, tmp_path):
    train(config(kicks, tmp_path / "run", steps=2, lr=1e-3, warmup=4))
    state = torch.load(tmp_path / "run" / "checkpoint.pt", weights_only=True)
    assert state["optimizer"]["param_groups"][0]["lr"] == pytest.approx(1e-3 * 2 / 4)


def decaying_noise(onset_s: float, ends_s: float, rate: int = 44100) -> torch.Tensor:
    """Stereo noise from `onset_s` that decays exponentially to 40 dB below its start at `ends_s`."""
    t = torch.arange(32768) / rate
    envelope = torch.where(t >= onset_s, torch.exp((t - onset_s) * np.log(0.01) / (ends_s - onset_s)), 0.0)
    return torch.randn(2, 32768, generator=torch.Generator().manual_seed(int(ends_s * 1000))).sign() * envelope


def test_decay_length_is_where_the_envelope_has_fallen_40_db_and_the_clip_length_where_it_never_does():
    clips = torch.stack([decaying_noise(0, 0.05), decaying_noise(0, 0.3), decaying_noise(0.1, 0.6),
                         torch.ones(2, 32768)])
    measured = decay_seconds(clips, 44100)
    frame = 1024 / 44100
    assert measured[:3].tolist() == pytest.approx([0.05, 0.3, 0.6], abs=frame)  # within a 23 ms frame
    assert measured[3] == pytest.approx(32768 / 44100, abs=frame)


def test_balanced_weights_draw_every_decay_bin_equally_often(kicks, tmp_path):
    clips = torch.stack([decaying_noise(0, 0.05)] * 6 + [decaying_noise(0, 0.3), decaying_noise(0, 0.6)])
    weights, counts = decay_weights(clips, 44100)
    assert counts == [6, 0, 1, 0, 1, 0]  # bins edged at 0.1, 0.2, 0.35, 0.5, 0.7 s
    assert weights[:6].sum() == pytest.approx(weights[6]) and weights[6] == pytest.approx(weights[7])

    run = tmp_path / "run"
    train(config(kicks, run, steps=2, balance_decay=True))
    assert "files drawn evenly over decay length" in (run / "model" / "README.md").read_text()


def test_noise_colours_are_each_files_share_of_its_own_colour_within_a_limit():
    t = torch.arange(32768) / 44100
    low = torch.sin(2 * np.pi * 60 * t).expand(2, -1) + 1e-4 * torch.randn(2, 32768)
    high = torch.randn(2, 32768)
    colours = noise_colours(torch.stack([low, high]), 1.0, 44100)
    assert colours.shape == (2, 9)
    assert colours[0, 0] > 0 > colours[1, 0] and colours[0, -1] < 0 < colours[1, -1]  # dark and bright
    # some of the contrast of a sine and white noise (80 dB) is held to the limit
    assert colours.abs().max() == pytest.approx(12.0)
    assert torch.allclose(colours.sum(0), torch.zeros(9), atol=1e-4)  # relative to the set's mean
    # the limit, then the share
    assert torch.allclose(noise_colours(torch.stack([low, high]), 1.5, 44100), 1.5 * colours)


@pytest.mark.slow
def test_a_model_trained_on_coloured_noise_samples_from_its_colours(kicks, tmp_path):
    run = tmp_path / "run"
    train(config(kicks, run, steps=2, noise_colour=0.5))
    assert "noise coloured like each file at 0.5" in (run / "model" / "README.md").read_text()
    pipe = Pipeline.load(str(run / "model"), device="cpu")
    assert len(pipe.config.noise_colours) == 5  # the six kicks less one for validation
    noise = pipe.noise([3], 4)
    levels = diffusion.band_levels_db(noise, 44100)
    drawn = torch.tensor(pipe.config.noise_colours)
    assert all(((levels[k] - levels[k].mean()) - (drawn - drawn.mean(1, keepdim=True))).abs().amax(1).min() < 1.5
               for k in range(4))  # each noise has one of the model's colours
    assert torch.equal(noise, pipe.noise([3], 4))

    out = tmp_path / "spread.wav"  # a file says how far its colour was spread, to be made again
    run_cli("generate", "--model", run / "model", "--colour-spread", "2", "--seed", 3, "--steps", 2, "--out", out)
    assert read_metadata(out)["colour_spread"] == 2.0

    train(config(kicks, tmp_path / "white", steps=1, init=str(run / "model")))  # fine-tuned without: white again
    white = Pipeline.load(str(tmp_path / "white" / "model"), device="cpu")
    assert white.config.noise_colours == ()
    assert "colour_spread" not in white.metadata(resolve(seed=3), torch.zeros(2, 32768))
