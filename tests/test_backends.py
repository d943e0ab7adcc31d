"""The OpenVINO backend: PyTorch's samples to within 1e-4 relative for every sampler, variation, style transfer
and batch size, on the tiny and small architectures; its conversion cached per weights, and a damaged cache
entry converted again rather than used. Both run on the CPU here, GPU or not; what `auto` chooses depends on
the machine, and the tests say so."""

import hashlib
import json
import logging

import pytest
import torch

pytest.importorskip("openvino", reason="openvino is not installed (pip install 'padfusion[openvino]')")

from conftest import make_model_folder, run_cli  # noqa: E402
from padfusion.model import backends  # noqa: E402
from padfusion.model.backends import (BackendError, CacheEntry, OpenVINONet, cache_key, choose,  # noqa: E402
                                      input_shapes, openvino_devices)
from padfusion.model.params import SAMPLERS  # noqa: E402
from padfusion.model.pipeline import BATCH, Pipeline  # noqa: E402
from padfusion.model.unet import ARCHS, UNet  # noqa: E402

TOLERANCE = 1e-4  # relative to the peak of the PyTorch output


def relative_error(expected: torch.Tensor, got: torch.Tensor) -> float:
    return float((expected - got).abs().max() / expected.abs().max())


@pytest.fixture(scope="module", params=["tiny", "small"])
def pipelines(request, tmp_path_factory):
    """The same weights loaded twice: run by PyTorch and by OpenVINO on the CPU."""
    folder = make_model_folder(tmp_path_factory.mktemp("models") / request.param, request.param)
    torch_pipe = Pipeline.load(str(folder), backend="torch", device="cpu")
    openvino_pipe = Pipeline.load(str(folder), backend="openvino", device="cpu")
    assert openvino_pipe.openvino is not None and str(openvino_pipe.backend) == "openvino on CPU"
    return torch_pipe, openvino_pipe


@pytest.mark.parametrize("sampler", SAMPLERS)
def test_every_sampler_matches_pytorch_at_every_batch_size(pipelines, sampler):
    """A full batch and a single sample: two forwards of different batch sizes through one converted network."""
    torch_pipe, openvino_pipe = pipelines
    count = BATCH + 1
    expected = torch_pipe.generate([3], count=count, steps=3, sampler=sampler, raw=True)
    got = openvino_pipe.generate([3], count=count, steps=3, sampler=sampler, raw=True)
    assert got.shape == expected.shape == (count, torch_pipe.config.in_channels, torch_pipe.config.length)
    assert relative_error(expected, got) < TOLERANCE


@pytest.mark.parametrize("style", [False, True], ids=["variation", "style"])
def test_variations_and_style_transfer_match_pytorch(pipelines, style):
    torch_pipe, openvino_pipe = pipelines
    source = torch_pipe.generate([5], steps=2)[0]
    for sampler in SAMPLERS:
        options = dict(count=2, steps=2, sampler=sampler, init=source, strength=0.5, style=style)
        expected = torch_pipe.generate([6], **options)
        got = openvino_pipe.generate([6], **options)
        assert relative_error(expected, got) < TOLERANCE, sampler


@pytest.mark.slow
def test_the_conversion_is_cached_and_a_damaged_entry_is_converted_again(tmp_path, caplog):
    folder = make_model_folder(tmp_path / "tiny", "tiny", seed=7)
    caplog.set_level(logging.INFO, "padfusion.model.backends")
    first = Pipeline.load(str(folder), backend="openvino")
    assert sum("converted the network" in r.message for r in caplog.records) == 1
    caplog.clear()
    Pipeline.load(str(folder), backend="openvino")
    assert not any("converted" in r.message for r in caplog.records), "the cached conversion was not used"

    entry = CacheEntry(backends.CACHE_DIR, cache_key(first.net, first.config))
    expected = first.generate([1], steps=2, raw=True)
    for damage in (lambda b: b[: len(b) // 2], lambda b: b[:-8] + b"\0" * 8):
        entry.bin.write_bytes(damage(entry.bin.read_bytes()))
        caplog.clear()
        again = Pipeline.load(str(folder), backend="openvino")
        assert any("does not match its digests" in r.message for r in caplog.records)
        assert any("converted the network" in r.message for r in caplog.records)
        assert relative_error(expected, again.generate([1], steps=2, raw=True)) < TOLERANCE
    entry.manifest.write_text("{not json")
    caplog.clear()
    Pipeline.load(str(folder), backend="openvino")
    assert any("unreadable" in r.message for r in caplog.records)
    assert entry.read(input_shapes(first.config)) is not None, "the rebuilt entry is whole again"


def test_other_weights_get_their_own_entry(tmp_path):
    a = Pipeline.load(str(make_model_folder(tmp_path / "a", "tiny", seed=1)), backend="torch")
    b = Pipeline.load(str(make_model_folder(tmp_path / "b", "tiny", seed=2)), backend="torch")
    assert cache_key(a.net, a.config) != cache_key(b.net, b.config)
    tuned = type(a.config).from_dict(a.config.to_dict() | {"sampling_schedule": [1.0, 0.5, 0.0]})
    assert cache_key(a.net, tuned) == cache_key(a.net, a.config), "a tuned schedule does not change the graph"


def test_choice_of_backend():
    auto = choose("auto", None)
    if torch.cuda.is_available():  # PyTorch on a CUDA or MPS GPU
        assert (auto.backend, auto.device) == ("torch", "cuda")
    elif torch.backends.mps.is_available():
        assert (auto.backend, auto.device) == ("torch", "mps")
    else:  # and openvino is installed
        assert auto == choose("auto", "cpu") and auto.backend == "openvino"
    assert choose("auto", "cpu").backend == "openvino"
    assert choose("torch", None).backend == "torch"
    with pytest.raises(BackendError, match="not 'cuda'"):
        choose("openvino", "cuda")
    with pytest.raises(BackendError, match="needs the openvino backend"):
        choose("torch", "gpu")


def test_a_device_that_cannot_compile_is_a_backend_error(tmp_path):
    # a BackendError is what `auto` falls back to PyTorch on; an NVIDIA or Apple GPU is no OpenVINO GPU device
    if "GPU" in openvino_devices():
        pytest.skip("OpenVINO finds an Intel GPU here, which can compile the network")
    config = ARCHS["tiny"]
    with pytest.raises(BackendError, match="cannot compile the network for GPU"):
        OpenVINONet.load(UNet(config), config, "GPU", cache_dir=tmp_path)


@pytest.mark.slow
def test_generate_on_the_command_line_matches_pytorch_and_says_once_that_it_converted(tiny_model, tmp_path):
    import os

    import soundfile as sf

    env = os.environ | {"XDG_CACHE_HOME": str(tmp_path / "cache")}  # where platformdirs puts the user cache
    converted = []
    for backend in ("torch", "openvino", "openvino"):
        result = run_cli("generate", "--model", tiny_model, "--seed", 4, "--steps", 3, "--count", 2, "--raw",
                         "--subtype", "FLOAT", "--backend", backend, "--device", "cpu", "--out", tmp_path / backend,
                         "--overwrite", env=env)
        converted.append("converted the network for OpenVINO" in result.stderr)
    assert converted == [False, True, False]
    assert list((tmp_path / "cache" / "padfusion" / "openvino").glob("*.json"))
    for name in ("tiny_seed4_1.wav", "tiny_seed4_2.wav"):
        expected = torch.from_numpy(sf.read(tmp_path / "torch" / name, dtype="float32")[0])
        got = torch.from_numpy(sf.read(tmp_path / "openvino" / name, dtype="float32")[0])
        assert relative_error(expected, got) < TOLERANCE


@pytest.mark.parametrize("sampler", ["dpmpp-2m", "ancestral"])
def test_a_batch_of_seeds_makes_each_seeds_own_sample(pipelines, sampler):
    """generate_each makes its seeds together; each sample must still be the one its seed recalls."""
    for pipe in pipelines:
        together = pipe.generate_each([11, 12, 13], steps=2, sampler=sampler, raw=True)
        alone = torch.cat([pipe.generate([seed], steps=2, sampler=sampler, raw=True) for seed in (11, 12, 13)])
        assert relative_error(alone, together) < TOLERANCE, pipe.backend


def forge(entry: CacheEntry, xml: bytes) -> None:
    """Replace the entry's network description, and its digest in the manifest to match."""
    entry.xml.write_bytes(xml)
    manifest = json.loads(entry.manifest.read_text())
    entry.manifest.write_text(json.dumps(manifest | {"xml": hashlib.sha256(xml).hexdigest()}))


@pytest.mark.slow
def test_an_entry_that_matches_its_digests_but_openvino_cannot_read_is_converted_again(tmp_path, caplog):
    """What a damaged disk or a hand-edited cache leaves: files and manifest agree, and are still no network."""
    folder = make_model_folder(tmp_path / "tiny", "tiny", seed=8)
    caplog.set_level(logging.INFO, "padfusion.model.backends")
    first = Pipeline.load(str(folder), backend="openvino")
    expected = first.generate([1], steps=2, raw=True)
    entry = CacheEntry(backends.CACHE_DIR, cache_key(first.net, first.config))
    empty_network = b"<?xml version='1.0'?><net name='empty' version='11'><layers/><edges/></net>"
    for xml, complaint in ((b"garbage", "cannot read"), (empty_network, "takes other inputs")):
        forge(entry, xml)
        caplog.clear()
        again = Pipeline.load(str(folder), backend="openvino")
        assert any(complaint in r.message for r in caplog.records), [r.message for r in caplog.records]
        assert any("converted the network" in r.message for r in caplog.records)
        assert relative_error(expected, again.generate([1], steps=2, raw=True)) < TOLERANCE
    entry.manifest.write_text("[]")  # JSON, but not the object a manifest is
    caplog.clear()
    Pipeline.load(str(folder), backend="openvino")
    assert any("unreadable" in r.message for r in caplog.records)
    assert entry.read(input_shapes(first.config)) is not None


def test_auto_runs_pytorch_when_the_entry_is_unreadable_and_converting_again_fails(tmp_path, caplog, monkeypatch):
    folder = make_model_folder(tmp_path / "tiny", "tiny", seed=9)
    first = Pipeline.load(str(folder), backend="openvino")
    forge(CacheEntry(backends.CACHE_DIR, cache_key(first.net, first.config)), b"garbage")

    def cannot_convert(net, config):  # an injected failure: the converter fails on some networks and versions
        raise RuntimeError("the converter failed")

    monkeypatch.setattr(backends, "convert", cannot_convert)
    pipe = Pipeline.load(str(folder), device="cpu")  # where `auto` chooses OpenVINO, GPU or not
    assert pipe.backend.backend == "torch" and pipe.openvino is None
    assert any("running on PyTorch instead" in r.message for r in caplog.records)
    assert pipe.generate([1], steps=2).shape == first.generate([1], steps=2).shape
