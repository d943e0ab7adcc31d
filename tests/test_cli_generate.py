"""`padfusion generate` and `info` as a user runs them: real processes, real WAV files read back."""

import json
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
import torch

from bridge_support import write_presets
from conftest import make_model_folder, refusal, run_cli
from padfusion.bridge import cli
from padfusion.model import descriptors
from padfusion.model.audio import read_metadata
from padfusion.model.diffusion import linear_sigmas
from padfusion.model.pipeline import Pipeline
from padfusion.model.unet import UNetConfig


def test_generate_writes_tagged_44k_stereo_wavs_reproducibly(tiny_model, tmp_path):
    run_cli("generate", "--model", tiny_model, "--seed", "11", "--steps", "3", "--count", "2", "--out", tmp_path / "a")
    run_cli("generate", "--model", tiny_model, "--seed", "11", "--steps", "3", "--out", tmp_path / "one.wav")
    files = sorted((tmp_path / "a").glob("*.wav"))
    assert [f.name for f in files] == ["tiny_seed11_1.wav", "tiny_seed11_2.wav"]
    first, rate = sf.read(files[0])
    assert rate == 44100 and first.shape == (32768, 2)
    assert sf.info(files[0]).subtype == "PCM_24"
    assert abs(np.abs(first).max() - 10 ** (-1 / 20)) < 1e-4  # peak at -1 dBFS
    meta = read_metadata(files[0])
    none = {"model": None, "weights": None, "descriptors": None}
    assert meta | none == {"seed": 11, "steps": 3, "sampler": "dpmpp-2m", "index": 0} | none
    assert str(tiny_model) in meta["model"] and len(meta["weights"]) == 16  # the digest of the exact weights
    assert meta["descriptors"]["decay"] == pytest.approx(descriptors.decay(first.T), abs=0.011)  # what it measures
    # sample 0 of a count-2 batch is the seed's single sample: a seed means one sound
    np.testing.assert_allclose(sf.read(tmp_path / "one.wav")[0], first, atol=1e-6)
    assert not np.allclose(sf.read(files[1])[0], first)


@pytest.mark.slow
def test_raw_subtype_variation_and_interpolation(tiny_model, tmp_path):
    run_cli("generate", "--model", tiny_model, "--seed", "3", "--steps", "2", "--raw", "--subtype", "FLOAT",
            "--out", tmp_path / "raw.wav")
    raw, _ = sf.read(tmp_path / "raw.wav")
    assert sf.info(tmp_path / "raw.wav").subtype == "FLOAT" and abs(np.abs(raw).max() - 0.891) > 1e-3
    run_cli("generate", "--model", tiny_model, "--seed", "4", "--steps", "2", "--variation", tmp_path / "raw.wav",
            "--strength", "0.3", "--out", tmp_path / "var.wav")
    assert read_metadata(tmp_path / "var.wav")["strength"] == 0.3
    run_cli("generate", "--model", tiny_model, "--seed", "5", "--interpolate", "6", "--count", "3", "--steps", "2",
            "--sampler", "vsampler", "--out", tmp_path / "interp")
    ts = [read_metadata(f)["t"] for f in sorted((tmp_path / "interp").glob("*.wav"))]
    assert ts == [0.0, 0.5, 1.0]


@pytest.mark.slow
def test_bad_input_gets_one_clear_line(tiny_model, tmp_path, capsys):
    (tmp_path / "junk.wav").write_bytes(b"not audio at all")
    (tmp_path / "taken.wav").write_bytes(b"")
    cases = {
        ("--model", tmp_path / "missing"): "no such file or folder",
        ("--model", tiny_model, "--sampler", "euler"): "unknown sampler 'euler'",
        ("--model", tiny_model, "--variation", tmp_path / "junk.wav"): "not readable as audio",
        ("--model", tiny_model, "--variation", tmp_path / "nope.wav"): "no such file",
        ("--model", tiny_model, "--variation", tmp_path / "junk.wav", "--strength", "2"):
            "strength must be a number from 0.01 to 1",
        ("--model", tiny_model, "--count", "0"): "--count must be at least 1",
    }
    for args, message in cases.items():
        assert message in refusal(capsys, "generate", *args, "--out", tmp_path / "out.wav"), args
    taken = run_cli("generate", "--model", tiny_model, "--out", tmp_path / "taken.wav", check=False)
    assert taken.returncode == 2 and "--overwrite" in taken.stderr
    assert (tmp_path / "taken.wav").read_bytes() == b""  # nothing a user made is overwritten


def test_knobs_and_key_steer_a_generated_sample_and_bad_ones_are_named(tiny_model, tmp_path, capsys):
    kick = write_presets(tmp_path / "presets", tiny_model, pads=("kick",))[0]
    run_cli("generate", "--preset", kick, "--seed", "2", "--knob", "decay=0.25", "--knob", "pitch=A1", "--key", "Gb",
            "--out", tmp_path / "steered.wav")
    meta = read_metadata(tmp_path / "steered.wav")
    assert (meta["knobs"], meta["key"]) == ({"decay": 0.25, "pitch": pytest.approx(55.0)}, "F#")
    cases = {
        ("--knob", "tone=3"): "kick has no knob 'tone'; its knobs: pitch, decay, punch, brightness",
        ("--knob", "decay=5"): "decay must be from 0.03 to 0.7 s, got 5.0",
        ("--knob", "pitch=C8"): "pitch must be from 30 to 250 Hz",
        ("--knob", "decay"): "a knob setting is NAME=VALUE, such as decay=0.25, got 'decay'",
        ("--key", "H"): "key must be a pitch class such as F, F# or Bb, got 'H'",
    }
    for args, message in cases.items():
        assert message in refusal(capsys, "generate", "--preset", kick, *args, "--out", tmp_path / "bad.wav"), args
    assert "--knob steers a preset's instrument" in refusal(capsys, "generate", "--model", tiny_model, "--knob",
                                                            "decay=0.2", "--out", tmp_path / "bad.wav")
    assert not (tmp_path / "bad.wav").exists()


def test_knobs_lists_the_served_pads_knobs(tiny_model, tmp_path):
    presets = write_presets(tmp_path / "presets", tiny_model, pads=("kick", "hihat", "shaker"))
    Path(presets[0]).write_text(Path(presets[0]).read_text() + 'key = "F"\n[knobs]\ndecay = 0.2\n')
    (tmp_path / "config.toml").write_text("")  # the defaults, whatever the user's own config file says
    listed = json.loads(run_cli("knobs", "--json", "--config", tmp_path / "config.toml", "--preset", *presets).stdout)
    assert list(listed) == ["kick", "hihat", "shaker"]
    assert (listed["kick"]["instrument"], listed["kick"]["key"]) == ("kick", "F")
    assert [(k["name"], k["unit"], k["default"]) for k in listed["kick"]["knobs"]] == [
        ("pitch", "Hz", None), ("decay", "s", 0.2), ("punch", "dB", None), ("brightness", "Hz", None)]
    assert listed["hihat"]["knobs"][0] | {"doc": None} == {"name": "decay", "unit": "s", "min": 0.03, "max": 0.7,
                                                           "default": None, "doc": None}
    assert listed["shaker"] == {"instrument": None, "key": None, "knobs": []}  # a pad that is no instrument
    text = run_cli("knobs", "--config", tmp_path / "config.toml", "--preset", *presets).stdout
    assert "kick (kick), key F" in text and "  decay      0.03 to 0.7 s     default 0.2   time to fall" in text


@pytest.mark.slow
def test_tune_writes_a_schedule_that_dpmpp_then_follows(tmp_path, capsys):
    model = make_model_folder(tmp_path / "tiny", seed=1)
    sample = ("generate", "--model", model, "--seed", "2", "--steps", "3", "--raw", "--subtype", "FLOAT", "--out")
    run_cli(*sample, tmp_path / "before.wav")
    report = run_cli("tune", model, "--steps", "3", "--seeds", "1").stdout
    linear, tuned = (float(line.split()[-1]) for line in report.splitlines() if "dpmpp-2m" in line)
    assert tuned < linear  # on a seed the search did not see
    schedule = json.loads((model / "config.json").read_text())["sampling_schedule"]
    pipe = Pipeline.load(str(model), device="cpu")
    assert pipe.schedule("dpmpp-2m", 3).tolist() == pytest.approx(schedule)
    assert torch.equal(pipe.schedule("vsampler", 3), linear_sigmas(3))  # VSampler keeps the reference's schedule
    run_cli(*sample, tmp_path / "after.wav")
    assert not np.allclose(sf.read(tmp_path / "before.wav")[0], sf.read(tmp_path / "after.wav")[0], atol=1e-4)

    assert "not a model folder" in refusal(capsys, "tune", tmp_path / "before.wav")
    with pytest.raises(SystemExit):  # an option for .ckpt files only
        cli.main(["tune", str(model), "--weights", "online"])
    assert "unrecognized arguments: --weights" in capsys.readouterr().err
    with pytest.raises(ValueError, match="fall strictly from 1 to 0"):
        UNetConfig(sampling_schedule=(1.0, 0.2, 0.5, 0.0))


def test_a_models_data_scale_is_undone_on_the_way_out_and_applied_to_a_variations_source(tmp_path):
    """The same network at data_scale 3 makes the same waveforms a third as loud: the gain lives inside the model."""
    plain = make_model_folder(tmp_path / "plain", seed=6)
    loud = make_model_folder(tmp_path / "loud", seed=6)
    (loud / "config.json").write_text(json.dumps(json.loads((loud / "config.json").read_text()) | {"data_scale": 3.0}))
    a, b = (Pipeline.load(str(m), device="cpu", backend="torch") for m in (plain, loud))
    options = dict(steps=3, raw=True)
    assert torch.allclose(b.generate([7], **options), a.generate([7], **options) / 3, atol=1e-6)
    source = a.generate([8], **options)[0]
    assert torch.allclose(b.generate([9], init=source, strength=0.5, **options),
                          a.generate([9], init=source * 3, strength=0.5, **options) / 3, atol=1e-6)
    with pytest.raises(ValueError, match="data_scale must be a positive number"):
        UNetConfig(data_scale=0.0)
