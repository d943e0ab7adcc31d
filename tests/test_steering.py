"""Steering (model/steering.py): each knob's edit moves its descriptor toward the asked value; generation on a real
model with a knob set moves the descriptor in the asked direction end to end; a sample's record carries what it
measures; and a tonal sample's WAV carries its root in a RIFF `smpl` chunk, read back by a chunk walk of its own."""

import json
import math
import struct

import numpy as np
import pytest
import soundfile as sf
import torch

from padfusion.model import descriptors, steering
from padfusion.model.audio import read_metadata, write_wav
from padfusion.model.pipeline import Pipeline
from padfusion.model.recipe import resolve

RATE = 44100
t = np.arange(32768) / RATE


def kick(hz=60.0, tau=0.06, click=0.3):
    """A synthetic kick: a decaying sine with a short noise click at the start, in stereo."""
    noise = np.random.default_rng(0).standard_normal(len(t)) * np.exp(-t / 0.004) * click
    mono = np.sin(2 * np.pi * hz * t) * np.exp(-t / tau) + noise
    return np.stack([mono, mono])


@pytest.mark.parametrize("name, target", [("decay", 0.4), ("decay", 0.08), ("brightness", 2000.0),
                                          ("brightness", 80.0), ("punch", 15.0), ("punch", 0.0),
                                          ("tone", 30.0), ("tone", 0.0), ("pitch", 90.0), ("pitch", 45.0)])
def test_each_edit_moves_its_descriptor_toward_the_target(name, target):
    x = kick()
    before = descriptors.MEASURES[name](x)
    after = descriptors.MEASURES[name](steering.EDITS[name](x, target, 1.0, RATE))
    assert abs(after - target) < abs(before - target) / 2


def test_pitch_target_follows_the_knob_then_the_key():
    x = kick(hz=60.0)
    assert steering.pitch_target(x, {"pitch": 50.0}, None, RATE) == 50.0
    assert steering.pitch_target(x, {}, "A", RATE) == pytest.approx(55.0)  # A1, the A nearest 60 Hz
    assert steering.pitch_target(x, {"pitch": 50.0}, "C", RATE) == pytest.approx(descriptors.hertz(36))  # C2


def test_retune_lands_a_pitch_near_its_target_exactly_and_leaves_one_far_off():
    near, far = (torch.from_numpy(kick(hz)[None]) for hz in (56.0, 80.0))
    assert descriptors.pitch(steering.retune(near, {}, "A", RATE)[0].numpy()) == pytest.approx(55.0, rel=0.003)
    assert torch.equal(steering.retune(far, {"pitch": 40.0}, None, RATE), far)  # an octave less: not a retune


def chunks(data: bytes) -> dict[bytes, bytes]:
    """A RIFF WAV's chunks by id, walked from the header (an independent reader: not the one that wrote them)."""
    assert data[:4] == b"RIFF" and data[8:12] == b"WAVE"
    assert struct.unpack("<I", data[4:8])[0] == len(data) - 8
    found, offset = {}, 12
    while offset < len(data):
        kind, size = data[offset:offset + 4], struct.unpack("<I", data[offset + 4:offset + 8])[0]
        found[kind] = data[offset + 8:offset + 8 + size]
        offset += 8 + size + size % 2
    assert offset == len(data)
    return found


def test_a_tonal_samples_record_and_smpl_chunk_carry_its_root(tmp_path):
    audio = torch.from_numpy(kick(hz=descriptors.hertz(33.3)).astype(np.float32))  # A1 and 30 cents
    record = steering.record(audio.numpy(), "kick", RATE)
    assert record["root"]["note"] == 33 and record["root"]["cents"] == pytest.approx(30, abs=3)
    assert record["descriptors"]["pitch"] == pytest.approx(descriptors.hertz(33.3), rel=0.003)
    assert set(record["descriptors"]) == set(descriptors.MEASURES)
    path = tmp_path / "kick.wav"
    write_wav(path, audio, RATE, metadata={"seed": 1} | record)
    smpl = chunks(path.read_bytes())[b"smpl"]
    manufacturer, product, period, unity, fraction, *_ = struct.unpack("<9I", smpl[:36])
    assert (unity, period) == (33, round(1e9 / RATE))
    assert fraction / 2**32 == pytest.approx(record["root"]["cents"] / 100, abs=1e-6)
    assert read_metadata(path)["root"] == record["root"]  # the INFO comment still reads, and the audio
    assert sf.read(path)[0].shape == (32768, 2)


def test_a_root_under_its_note_counts_up_from_the_note_below(tmp_path):
    path = tmp_path / "flat.wav"
    write_wav(path, torch.zeros(1, 1001), RATE, metadata={"root": {"note": 33, "cents": -25.0}})  # odd-sized data
    unity, fraction = struct.unpack("<2I", chunks(path.read_bytes())[b"smpl"][12:20])
    assert unity == 32 and fraction / 2**32 == pytest.approx(0.75)


def test_untonal_samples_carry_descriptors_and_no_root_or_chunk(tmp_path):
    noise = torch.from_numpy(np.random.default_rng(2).standard_normal((2, 32768)).astype(np.float32) * 0.1)
    record = steering.record(noise.numpy(), "hihat", RATE)
    assert "root" not in record and record["descriptors"]["brightness"] > 5000
    write_wav(tmp_path / "hat.wav", noise, RATE, metadata=record)
    assert b"smpl" not in chunks((tmp_path / "hat.wav").read_bytes())


@pytest.fixture(scope="module")
def bundled_kick():
    from test_bundled_models import MODELS

    return Pipeline.load(str(MODELS / "kick"), device="cpu")


@pytest.mark.slow
@pytest.mark.parametrize("name, low, high", [("decay", 0.1, 0.45), ("brightness", 190.0, 2800.0),
                                             ("punch", 0.0, 14.0), ("pitch", 42.0, 85.0)])
def test_the_bundled_kick_steered_low_and_high_measures_low_and_high(bundled_kick, name, low, high):
    """End to end on a real model: the same seeds asked for a low and a high setting of each knob."""
    def measured(value):
        recipe = resolve(seed=1, steps=8, sampler="dpmpp-2m", instrument="kick", knobs={name: value})
        audio = bundled_kick.generate_each([1, 2, 3], **recipe.options())
        measured = [m for clip in audio if (m := descriptors.MEASURES[name](clip.numpy())) is not None]
        assert measured  # a kick with no measurable pitch at all would not do
        return np.median(measured)

    assert measured(low) < measured(high)


def test_a_steered_sample_on_a_tiny_model_moves_each_way_and_its_record_says_so(tiny_model):
    pipe = Pipeline.load(str(tiny_model), device="cpu", backend="torch")
    for name, low, high in [("brightness", 500.0, 8000.0), ("punch", 0.0, 20.0), ("tone", 0.0, 30.0)]:
        made = {}
        for value in (low, high):
            instrument = "snare" if name == "tone" else "kick"
            recipe = resolve(seed=3, steps=4, sampler="dpmpp-2m", instrument=instrument, knobs={name: value})
            audio = pipe.generate_each([3], **recipe.options())[0]
            made[value] = pipe.metadata(recipe, audio)
        assert made[low]["descriptors"][name] < made[high]["descriptors"][name]
        assert made[low]["knobs"] == {name: low}
        json.dumps(made[low])  # a record is JSON, for the index line and the WAV's comment
    assert math.isfinite(made[high]["descriptors"]["tone"])
