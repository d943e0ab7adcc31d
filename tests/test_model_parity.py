"""Parity with the reference: audio-diffusion-pytorch 0.1.3 / a-unet 0.0.16, installed in the test env.

Reference models are built with the reference code, saved in the Lightning layout the published
checkpoints use, loaded here, and compared on the same inputs.
"""

import sys
import types

import pytest
import torch
import yaml

from padfusion.model import diffusion
from padfusion.model.checkpoints import ModelLoadError
from padfusion.model.pipeline import Pipeline
from padfusion.model.unet import ARCHS, UNetConfig


def _reference():
    """audio_diffusion_pytorch, which imports torchaudio only for a mel transform the U-Net never uses."""
    try:
        import torchaudio  # noqa: F401
    except ImportError:
        stub = types.ModuleType("torchaudio")
        stub.transforms = types.SimpleNamespace(MelSpectrogram=None)
        sys.modules["torchaudio"] = stub
        sys.modules["torchaudio.transforms"] = stub.transforms
    return pytest.importorskip("audio_diffusion_pytorch",
                               reason="the reference implementation is not installed (`make install` adds it)")


REDUCED = UNetConfig(channels=(16, 16, 32, 32), factors=(1, 2, 4, 2), items=(1, 2, 1, 2), attentions=(0, 0, 1, 1),
                     attention_heads=2, attention_features=8, modulation_features=64, length=4096)


def reference_model(config: UNetConfig, seed: int):
    adp = _reference()
    torch.manual_seed(seed)
    return adp.DiffusionModel(
        net_t=adp.UNetV0, in_channels=config.in_channels, channels=list(config.channels),
        factors=list(config.factors), items=list(config.items), attentions=list(config.attentions),
        attention_heads=config.attention_heads, attention_features=config.attention_features,
        resnet_groups=config.resnet_groups, modulation_features=config.modulation_features,
        diffusion_t=adp.VDiffusion, sampler_t=adp.VSampler).eval()


def save_lightning(folder, online, ema, config: UNetConfig, extra=None):
    """Write `online` and `ema` (DiffusionModels) as tiny-audio-diffusion's Lightning .ckpt + config.yaml."""
    state = {f"model.{k}": v for k, v in online.state_dict().items()}
    state["model_ema.initted"] = torch.tensor([1.0])
    state["model_ema.step"] = torch.tensor([100])
    state |= {f"model_ema.online_model.{k}": v for k, v in online.state_dict().items()}
    state |= {f"model_ema.ema_model.{k}": v for k, v in ema.state_dict().items()}
    ckpt = {"epoch": 3, "global_step": 100, "pytorch-lightning_version": "1.7.7", "state_dict": state,
            "loops": {}, "callbacks": {}, "optimizer_states": [], "lr_schedulers": [], **(extra or {})}
    folder.mkdir(parents=True, exist_ok=True)
    torch.save(ckpt, folder / "model.ckpt")
    write_hydra_config(folder / "config.yaml", config)
    return folder / "model.ckpt"


def write_hydra_config(path, config: UNetConfig):
    """The unresolved Hydra run config that sits beside each published checkpoint (its relevant part)."""
    hydra = {"module": "main.diffusion_module", "sampling_rate": config.sample_rate, "length": config.length,
             "channels": 2, "model": {"_target_": "${module}.Model", "lr": 1e-4, "model": {
                 "_target_": "audio_diffusion_pytorch.DiffusionModel", "net_t": {"_target_": "${module}.UNetT"},
                 "in_channels": config.in_channels, "channels": list(config.channels),
                 "factors": list(config.factors), "items": list(config.items),
                 "attentions": list(config.attentions), "attention_heads": config.attention_heads,
                 "attention_features": config.attention_features, "resnet_groups": config.resnet_groups,
                 "modulation_features": config.modulation_features}}}
    path.write_text(yaml.safe_dump(hydra))


@pytest.fixture(scope="module")
def reduced(tmp_path_factory):
    online, ema = reference_model(REDUCED, 1), reference_model(REDUCED, 2)
    return online, ema, save_lightning(tmp_path_factory.mktemp("reduced"), online, ema, REDUCED)


def test_forward_matches_reference_ema_and_online(reduced):
    online, ema, ckpt = reduced
    x = torch.randn(2, 2, REDUCED.length, generator=torch.Generator().manual_seed(0))
    sigma = torch.tensor([0.9, 0.2])
    for weights, ref in (("ema", ema), ("online", online)):
        pipe = Pipeline.load(str(ckpt), device="cpu", weights=weights)
        with torch.no_grad():
            expected = ref.net(x, time=sigma)
            got = pipe.net(x, sigma)
        assert torch.allclose(got, expected, atol=1e-5, rtol=0), (weights, (got - expected).abs().max())
    assert not torch.allclose(online.net(x, time=sigma), ema.net(x, time=sigma))  # the two sets do differ


def test_vsampler_matches_reference_sampler(reduced):
    _, ema, ckpt = reduced
    pipe = Pipeline.load(str(ckpt), device="cpu")
    noise = torch.randn(1, 2, REDUCED.length, generator=torch.Generator().manual_seed(5))
    with torch.no_grad():
        expected = ema.sample(noise, num_steps=4)
    got = diffusion.sample_vsampler(pipe.velocity, noise, diffusion.linear_sigmas(4))
    assert torch.allclose(got, expected, atol=1e-5, rtol=0), (got - expected).abs().max()
    raw = pipe.sample(noise, steps=4, sampler="vsampler", raw=True)
    assert torch.allclose(raw, expected, atol=1e-5, rtol=0)


@pytest.mark.slow
def test_published_configuration_forward_matches_reference(tmp_path):
    config = ARCHS["published"]
    ref = reference_model(config, 3)
    ckpt = save_lightning(tmp_path, ref, ref, config)
    pipe = Pipeline.load(str(ckpt), device="cpu")
    assert pipe.net.num_parameters() == 31_574_724
    length = config.length // 8  # every layer at every level, at an eighth of the cost
    x = torch.randn(1, 2, length, generator=torch.Generator().manual_seed(1))
    sigma = torch.tensor([0.7])
    with torch.no_grad():
        expected = ref.net(x, time=sigma)
        got = pipe.net(x, sigma)
    assert torch.allclose(got, expected, atol=1e-5, rtol=0), (got - expected).abs().max()


def test_mismatched_config_names_the_keys(reduced, tmp_path):
    _, ema, _ = reduced
    ckpt = save_lightning(tmp_path, ema, ema, REDUCED)
    write_hydra_config(tmp_path / "config.yaml", UNetConfig(**{**REDUCED.to_dict(), "channels": (16, 16, 32, 64)}))
    with pytest.raises(ModelLoadError, match=r"levels\.3\.\S+ \(32.*!= \(64"):
        Pipeline.load(str(ckpt), device="cpu")
