"""Checkpoint safety, model folders, and hub repo ids through a real huggingface_hub cache."""

import collections
import json
import os
import re
import subprocess

import pytest
import torch

from conftest import make_model_folder, run_cli
from padfusion.model.checkpoints import (ModelLoadError, from_reference, load_source, read_lightning_checkpoint,
                                         save_model_folder)
from padfusion.model.pipeline import Pipeline
from padfusion.model.unet import UNet
from test_model_parity import REDUCED, reference_model, save_lightning


class RunsAShellCommand:
    """What a hostile checkpoint pickles: unpickling it would run `touch MARKER`."""

    def __init__(self, marker):
        self.marker = marker

    def __reduce__(self):
        return (subprocess.call, (["touch", str(self.marker)],))


class HyperParameters:
    """A user class pickled by `save_hyperparameters()`: unimportable where the checkpoint is loaded."""

    def __init__(self):
        self.lr = 1e-4


class OrderedDictOfANumber:
    """Unpickles as `OrderedDict(5)`, which raises TypeError, even in the unpickler that only rebuilds tensors."""

    def __reduce__(self):
        return collections.OrderedDict, (5,)


def test_checkpoint_with_hostile_pickle_loads_weights_without_running_code(tmp_path):
    marker = tmp_path / "pwned"
    ref = reference_model(REDUCED, 4)
    ckpt = save_lightning(tmp_path / "ckpt", ref, ref, REDUCED,
                          extra={"hyper_parameters": HyperParameters(), "payload": RunsAShellCommand(marker)})
    weights = read_lightning_checkpoint(ckpt)
    assert not marker.exists()
    expected = {k[len("net."):]: v for k, v in ref.state_dict().items() if k.startswith("net.")}
    assert weights.keys() == expected.keys()
    assert all(torch.equal(weights[k], expected[k]) for k in expected)
    pipe = Pipeline.load(str(ckpt), device="cpu")
    assert not marker.exists()
    assert pipe.net.num_parameters() == UNet(REDUCED).num_parameters()
    torch.load(ckpt, weights_only=False)  # an ordinary unpickler does run the payload
    assert marker.exists()


@pytest.mark.slow
def test_convert_to_model_folder_round_trips(tmp_path):
    ref = reference_model(REDUCED, 5)
    ckpt = save_lightning(tmp_path / "ckpt", ref, ref, REDUCED)
    run_cli("convert", ckpt, tmp_path / "folder")
    run_cli("convert", ckpt, tmp_path / "half", "--half")
    assert {p.name for p in (tmp_path / "folder").iterdir()} == {"config.json", "model.safetensors", "README.md"}
    _, full = load_source(str(tmp_path / "folder"))
    _, half = load_source(str(tmp_path / "half"))
    expected = from_reference({k[4:]: v for k, v in ref.state_dict().items() if k.startswith("net.")}, REDUCED)
    assert all(torch.equal(full[k], expected[k]) for k in expected)
    assert all(torch.allclose(half[k], expected[k], atol=1e-2, rtol=1e-3) for k in expected)
    size = {name: (tmp_path / name / "model.safetensors").stat().st_size for name in ("half", "folder")}
    assert size["half"] < 0.6 * size["folder"]
    info = run_cli("info", tmp_path / "folder").stdout
    assert f"{UNet(REDUCED).num_parameters():,}" in info and "GFLOP/step" in info


def test_convert_of_a_model_folder_keeps_its_card(tmp_path):
    """Re-storing a trained model as float16 must not drop its card: the data licences live there."""
    save_model_folder(tmp_path / "trained", UNet(REDUCED), REDUCED, "# My kicks\n\n- data licence: CC0\n")
    run_cli("convert", tmp_path / "trained", tmp_path / "half", "--half")
    card = (tmp_path / "half" / "README.md").read_text()
    assert card.startswith("# My kicks") and "data licence: CC0" in card and "float16" in card


def _hub_cache(home, repo_id, files):
    """Lay out a huggingface_hub cache entry (blobs, snapshot symlinks, refs/main) as the library writes it."""
    folder = home / "hub" / ("models--" + repo_id.replace("/", "--"))
    commit = "0123456789abcdef0123456789abcdef01234567"
    (folder / "refs").mkdir(parents=True)
    (folder / "refs" / "main").write_text(commit)
    snapshot = folder / "snapshots" / commit
    snapshot.mkdir(parents=True)
    (folder / "blobs").mkdir()
    for name, source in files.items():
        blob = folder / "blobs" / f"blob-{name}"
        blob.write_bytes(source.read_bytes())
        (snapshot / name).symlink_to(os.path.relpath(blob, snapshot))


def test_hub_repo_id_loads_from_the_cache_offline(tmp_path):
    ref = reference_model(REDUCED, 6)
    ckpt = save_lightning(tmp_path / "ckpt", ref, ref, REDUCED)
    repo = "crlandsc/tiny-audio-diffusion-kicks"
    _hub_cache(tmp_path / "hf", repo, {"kicks_v7.ckpt": ckpt, "config.yaml": ckpt.with_name("config.yaml")})
    env = {**os.environ, "HF_HOME": str(tmp_path / "hf"), "HF_HUB_OFFLINE": "1"}
    info = run_cli("info", repo, env=env).stdout
    assert f"{UNet(REDUCED).num_parameters():,}" in info
    out = tmp_path / "kick.wav"
    run_cli("generate", "--model", repo, "--seed", "1", "--steps", "2", "--out", out, env=env)
    assert out.is_file()


def test_hub_repo_id_not_cached_offline_says_how_to_download(tmp_path):
    env = {**os.environ, "HF_HOME": str(tmp_path / "empty"), "HF_HUB_OFFLINE": "1"}
    result = run_cli("info", "crlandsc/tiny-audio-diffusion-snares", env=env, check=False)
    assert result.returncode == 2
    assert "padfusion download crlandsc/tiny-audio-diffusion-snares" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_a_configuration_out_of_range_is_refused_naming_the_field_its_value_and_the_range(tmp_path):
    folder = make_model_folder(tmp_path / "tiny")
    config = json.loads((folder / "config.json").read_text())
    cases = {  # refused before anything of that size is made
        "length": (2**31, "length must be an integer from 1 to 262144, got 2147483648"),
        "in_channels": (0, "in_channels must be an integer from 1 to 8, got 0"),
        "channels": ([8, 8, 16, 2**20], "channels[3] must be an integer from 1 to 1024, got 1048576"),
        "sample_rate": ("44100", "sample_rate must be an integer from 8000 to 192000, got '44100'"),
        "factors": ([1, 4, 4], "one entry per level"),
        "noise_colours": ([[1e9] * 9], "noise_colours[0] must hold a gain from -60.0 to 60.0 dB"),
    }
    for field, (value, message) in cases.items():
        (folder / "config.json").write_text(json.dumps(config | {field: value}))
        with pytest.raises(ModelLoadError, match=re.escape(message)) as refused:
            load_source(str(folder))
        assert str(folder / "config.json") in str(refused.value)
    for junk in ("[]", "null", "{not json"):
        (folder / "config.json").write_text(junk)
        with pytest.raises(ModelLoadError, match="config.json: not a readable model configuration"):
            load_source(str(folder))


def test_a_checkpoint_that_fails_tensors_only_unpickling_is_a_model_load_error(tmp_path):
    ckpt = tmp_path / "model.ckpt"
    torch.save({"hyper_parameters": HyperParameters(), "state_dict": OrderedDictOfANumber()}, ckpt)
    with pytest.raises(ModelLoadError, match=r"model\.ckpt: not a readable PyTorch checkpoint \(TypeError"):
        read_lightning_checkpoint(ckpt)
    ckpt.write_bytes(b"\x80\x02garbage")
    with pytest.raises(ModelLoadError, match=r"model\.ckpt: not a readable PyTorch checkpoint"):
        read_lightning_checkpoint(ckpt)
