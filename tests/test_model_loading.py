"""Loading the models: a model that cannot be loaded, at start-up or after it changed on disk, is its own pad's
`model_load` error, with the cause, and the other pads play on; a model that appears later, or a preset edited
while the daemon runs, is loaded again without a request (a bad edit keeps the old preset); and the watcher
follows a model without watching what lies below it."""

import json
import os
import shutil
import threading
from pathlib import Path

import pytest
import torch

from bridge_support import daemon_settings, pool_full, read_index, running, wait_until, write_presets
from conftest import make_model_folder
from padfusion.bridge.presets import load_presets
from padfusion.bridge.watch import Watcher
from padfusion.model import backends
from padfusion.model.backends import CacheEntry, cache_key
from padfusion.model.pipeline import Pipeline
from padfusion.model.unet import ARCHS
from test_checkpoints import HyperParameters, OrderedDictOfANumber
from test_model_parity import write_hydra_config


def damage_weights(data: bytes):
    return lambda model: (model / "model.safetensors").write_bytes(data(model))


def damage_config(edit):
    def damage(model):
        config = model / "config.json"
        config.write_text(json.dumps(edit(json.loads(config.read_text()))))
    return damage


def unpicklable_checkpoint(model):
    """The folder becomes a tiny-audio-diffusion checkpoint that no unpickler here can read."""
    for name in ("config.json", "model.safetensors"):
        (model / name).unlink()
    write_hydra_config(model / "config.yaml", ARCHS["tiny"])
    torch.save({"hyper_parameters": HyperParameters(), "state_dict": OrderedDictOfANumber()}, model / "model.ckpt")


def manifest_a_list(model):
    """The model's OpenVINO cache entry, converted, then its manifest replaced by valid JSON that is a list."""
    pipe = Pipeline.load(str(model), backend="openvino")
    CacheEntry(backends.CACHE_DIR, cache_key(pipe.net, pipe.config)).manifest.write_text("[]")


BAD_MODELS = {  # name: (damage to a copy of the tiny model, what the error names)
    "truncated weights": (damage_weights(lambda m: (m / "model.safetensors").read_bytes()[:1000]), "model.safetensors"),
    "empty weights": (damage_weights(lambda m: b""), "model.safetensors"),
    "garbage weights": (damage_weights(lambda m: os.urandom(4096)), "model.safetensors"),
    "config a list": (damage_config(lambda config: []), "config.json"),
    "config null": (damage_config(lambda config: None), "config.json"),
    "huge length": (damage_config(lambda config: config | {"length": 2**31}), "length"),
    "unpicklable ckpt": (unpicklable_checkpoint, "model.ckpt"),
}


def two_pads(tmp_path, good: Path, bad: Path) -> tuple[str, ...]:
    """Preset files: kick on the good model, snare on the bad one."""
    return write_presets(tmp_path / "presets", good, pads=("kick",)) + write_presets(tmp_path / "presets", bad,
                                                                                      pads=("snare",))


@pytest.mark.parametrize("name", BAD_MODELS)
def test_a_bad_model_at_start_is_its_pads_model_load_and_the_other_pad_plays(tmp_path, tiny_model, client, name):
    damage, cause = BAD_MODELS[name]
    bad = tmp_path / "bad"
    shutil.copytree(tiny_model, bad)
    damage(bad)
    with running(daemon_settings(tmp_path, two_pads(tmp_path, tiny_model, bad), client.port)) as daemon:
        client.daemon_port = daemon.osc.port
        pad, code, message = client.wait_for("error", pad="snare")  # announced at start
        assert code == "model_load" and cause in message, message
        assert client.ask("generate", "snare", expect="error", pad="snare")[1:2] == ["model_load"]
        assert client.ask("generate", "kick", expect="ready")[0] == "kick"
        assert daemon.health() is None


def test_an_unreadable_openvino_cache_entry_is_converted_again_and_the_pad_plays(tmp_path, tiny_model, client,
                                                                                  caplog):
    other = make_model_folder(tmp_path / "other", seed=11)  # weights of its own: a cache entry of its own
    manifest_a_list(other)
    with running(daemon_settings(tmp_path, two_pads(tmp_path, tiny_model, other), client.port)) as daemon:
        client.daemon_port = daemon.osc.port
        assert client.ask("generate", "snare", expect="ready")[0] == "snare"
        assert client.ask("generate", "kick", expect="ready")[0] == "kick"
        assert str(daemon.worker._pipes[str(other)].backend).startswith("openvino")
    assert any("unreadable" in r.message and "not an object" in r.message for r in caplog.records)


@pytest.mark.parametrize("backend", ["torch", "openvino"])
def test_weights_damaged_while_loaded_are_model_load_and_the_other_pad_plays(tmp_path, tiny_model, client, process,
                                                                            backend):
    """A real process: weights still mapped from the file would fault it (SIGBUS) when the file is cut short."""
    bad = tmp_path / "models" / "snare"
    shutil.copytree(tiny_model, bad)
    daemon = process(two_pads(tmp_path, tiny_model, bad), "--backend", backend)
    assert client.ask("generate", "snare", expect="ready")[0] == "snare"
    os.truncate(bad / "model.safetensors", 1000)  # in place, under the loaded model
    try:
        pad, code, message = client.wait_for("error", pad="snare")  # the watcher reloads it
    except TimeoutError:
        raise AssertionError(f"no error reply; the daemon's exit status: {daemon.proc.poll()}") from None
    assert code == "model_load" and "model.safetensors" in message, message
    assert client.ask("generate", "snare", expect="error", pad="snare")[1] == "model_load"
    assert client.ask("generate", "kick", expect="ready")[0] == "kick"
    assert daemon.signal() == 0, daemon.log_text()


def test_a_model_that_fails_to_load(tmp_path, tiny_model, serve, client):
    serve(missing=("perc",))
    pad, code, message = client.wait_for("error", pad="perc")  # announced at start
    assert code == "model_load" and "no-such-model-perc" in message
    assert client.ask("generate", "perc", expect="error", pad="perc")[1] == "model_load"
    assert client.ask("generate", "kick", expect="ready")[0] == "kick"  # the other pads play on
    # the model appears (say, training finished): the watcher loads it without a request, and its pool fills
    shutil.copytree(tiny_model, tmp_path / "presets" / "no-such-model-perc")
    wait_until(lambda: pool_full(client), what="the perc model to load")
    assert client.ask("generate", "perc", expect="ready")[0] == "perc"


def test_edited_presets_are_reloaded_and_bad_edits_keep_the_old_one(daemon, client):
    preset = daemon.presets["kick"].path

    def kick_steps():
        client.send("pads")
        return client.wait_for("pad", pad="kick")[3]

    preset.write_text(preset.read_text().replace("steps = 4", "steps = 6"))
    wait_until(lambda: kick_steps() == 6, what="the edited preset")
    client.ask("generate", "kick", expect="ready")
    assert read_index(daemon.output.root, 1)[-1]["steps"] == 6

    preset.write_text(preset.read_text().replace("steps = 6", "steps = 0"))
    pad, code, message = client.wait_for("error", pad="kick")
    assert code == "preset" and "steps must be a whole number from 1 to 1000" in message
    assert kick_steps() == 6


# The watcher ---------------------------------------------------------------------------------------------


class Changes:
    """The watcher's callbacks: which pads' models changed, waited for without sleeping."""

    def __init__(self):
        self.models: list[str] = []
        self._changed = threading.Condition()

    def model(self, pad):
        with self._changed:
            self.models.append(pad)
            self._changed.notify_all()

    def wait_for_model(self, pad, timeout=10) -> bool:
        with self._changed:
            return self._changed.wait_for(lambda: pad in self.models, timeout)


@pytest.fixture
def watch(tmp_path):
    """watch({pad: model}) -> (the started Watcher on presets for those models, its Changes)."""
    watchers = []

    def start(models: dict[str, Path]):
        for pad, model in models.items():
            write_presets(tmp_path / "presets", model, pads=(pad,))
        presets = load_presets([str(tmp_path / "presets" / f"{pad}.toml") for pad in models])
        (tmp_path / "out" / "inbox").mkdir(parents=True, exist_ok=True)
        changes = Changes()
        watcher = Watcher(lambda: presets, tmp_path / "out" / "inbox", lambda pad: None, changes.model,
                          lambda pad, path: None)
        watcher.start()
        watchers.append(watcher)
        return watcher, changes

    yield start
    for watcher in watchers:
        watcher.stop()


def watches(watcher) -> dict[Path, bool]:
    """What the observer watches: folder -> with its subfolders."""
    return {Path(emitter.watch.path): emitter.watch.is_recursive for emitter in watcher.observer.emitters}


def test_a_model_folder_is_watched_without_its_subfolders(tmp_path, tiny_model, watch):
    big = tmp_path / "big"
    shutil.copytree(tiny_model, big)
    for sub in ("a/b/c", "d/e", "f"):
        (big / sub).mkdir(parents=True)
    checkpoint = tmp_path / "ckpts" / "model.ckpt"
    (checkpoint.parent / "runs" / "old").mkdir(parents=True)
    checkpoint.write_bytes(b"")
    watcher, changes = watch({"kick": big, "snare": checkpoint})
    watched = watches(watcher)
    assert watched[big] is False and watched[checkpoint.parent] is False
    assert not any(deep and big.is_relative_to(folder) for folder, deep in watched.items()), watched
    assert not any(folder.is_relative_to(big) and folder != big for folder in watched), watched

    (big / "model.safetensors").write_bytes((tiny_model / "model.safetensors").read_bytes())
    assert changes.wait_for_model("kick")
    checkpoint.write_bytes(b"newer")
    assert changes.wait_for_model("snare")


def test_a_model_that_appears_later_is_followed_down_and_loaded(tmp_path, tiny_model, watch):
    (tmp_path / "models").mkdir()
    later = tmp_path / "models" / "training" / "run1"
    watcher, changes = watch({"kick": later})
    assert watches(watcher)[tmp_path / "models"] is False
    shutil.copytree(tiny_model, later)  # makes training/, then run1/, then its files
    assert changes.wait_for_model("kick")
    assert watches(watcher)[later] is False
