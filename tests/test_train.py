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

from padfusion.model import diffusion
from padfusion.model.data import build_dataset
from padfusion.model.pipeline import Pipeline
from padfusion.model.train import TrainConfig, ema_decay, train
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
