"""What each request does, against a real daemon on loopback writing real WAVs read back with soundfile: generate,
recall, variation (from the pad's sample, a sample folder, the output folder or the inbox), undo and keep; and
the refusals, each a specific error after which the daemon serves on, the audio sources a variation may not read
among them (checked before they are decoded)."""

import json
import os
import shutil
import struct
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
import torch

from bridge_support import (DEVICE, PADS, assert_complete_wav, busy_generating, hydrogen_sample, pool_full, read_index,
                            wait_until)
from padfusion.model import descriptors
from padfusion.model.audio import read_metadata, write_wav


def audio(path):
    return sf.read(path, dtype="float32")[0]


def test_a_session(daemon, client):
    out = daemon.output.root
    assert client.ask("ping", expect="pong") == []
    client.send("pads")
    pads = [client.wait_for("pad") for _ in PADS]
    assert [(p[0], p[1], p[3], p[4]) for p in pads] == [("kick", 36, 4, "dpmpp-2m"), ("snare", 38, 4, "dpmpp-2m"),
                                                        ("hihat", 42, 4, "dpmpp-2m"), ("perc", 39, 4, "dpmpp-2m")]
    assert [p[5] for p in pads] == [""] * 4  # no samples yet
    wait_until(lambda: pool_full(client), what="the pool to fill")

    pad, path, seed, ms, recipe, _ = client.ask("generate", "kick", expect="ready")
    # ready names the sample's history file, which is never overwritten; the pad's file holds the same
    assert pad == "kick" and Path(path).parent == out / "history" / "kick" and ms > 0
    assert np.array_equal(audio(path), audio(out / "kick.wav"))
    client.send("pads")  # what a device reopened with a Live set asks, to fill its empty players
    assert client.wait_for("pad", pad="kick")[5] == str(out / "kick.wav")
    assert_complete_wav(path)
    assert read_metadata(path)["seed"] == seed
    line = read_index(out, 1)[-1]  # in the index before the ready
    assert json.loads(recipe) == {k: v for k, v in line.items() if k not in ("time", "path")}  # the same record
    assert (line["pad"], line["seed"], line["kind"], line["steps"], line["sampler"]) == ("kick", seed, "generate", 4,
                                                                                          "dpmpp-2m")
    assert np.array_equal(audio(out / line["path"]), audio(path))
    assert line["descriptors"] == read_metadata(path)["descriptors"]  # what the sample measures, in both records
    assert line["descriptors"]["brightness"] == pytest.approx(descriptors.brightness(audio(path).T), rel=1e-3)

    # ints and floats are interchangeable: Max may send 7. for 7
    assert client.ask("generate", "kick", 7.0, 4.0, expect="ready")[2] == 7
    seven = audio(out / "kick.wav")
    assert client.ask("generate", "kick", expect="ready")[2] != 7
    assert client.ask("recall", "kick", 7, expect="ready")[2] == 7
    assert np.array_equal(audio(out / "kick.wav"), seven)  # a seed is the same sound again

    client.ask("generate", "kick", expect="ready")
    assert read_index(out, 5)[-2]["kind"] == "recall"
    assert client.ask("undo", "kick", expect="ready")[2] == 7
    assert np.array_equal(audio(out / "kick.wav"), seven)
    assert len(read_index(out)) == 5 == len(list((out / "history" / "kick").iterdir()))  # undo makes nothing
    kept = client.ask("keep", "kick", expect="kept")[1]
    assert kept.startswith(str(out / "kept" / "kick")) and kept.endswith("_seed7.wav")
    assert np.array_equal(audio(kept), seven)

    wait_until(lambda: client.status()[:3] == ["idle", DEVICE, 0], what="idle")


def test_a_pooled_sample_is_the_one_its_seed_recalls(daemon, client):
    # the pool fills each pad in one batch; a sample made in a batch is the one its seed makes alone
    wait_until(lambda: pool_full(client), what="the pool to fill")
    path, seed = client.ask("generate", "snare", expect="ready")[1:3]
    assert read_index(daemon.output.root, 1)[-1]["pooled"] is True
    recalled = client.ask("recall", "snare", seed, expect="ready")[1]
    np.testing.assert_allclose(audio(recalled), audio(path), atol=1e-4)


@pytest.mark.hydrogen
def test_variations(daemon, client):
    out = daemon.output.root
    assert client.ask("variation", "snare", 0.3, expect="error", pad="snare")[1] == "no_sample"
    path, seed = client.ask("generate", "snare", expect="ready")[1:3]
    assert client.ask("variation", "snare", 0.3, expect="ready")[2] != seed
    line = read_index(out, 2)[-1]  # the source is named by its history file, which stays as it is
    assert (line["kind"], line["strength"], line["variation_of"]) == ("variation", 0.3,
                                                                      Path(path).relative_to(out).as_posix())

    real = hydrogen_sample("snare")  # a configured sample folder
    client.ask("variation", "snare", 1, str(real), expect="ready")
    assert read_index(out, 3)[-1]["variation_of"] == str(real.resolve())  # outside the output folder: absolute
    shutil.copy(real, out / "mine.flac")  # a relative path is taken in the output folder
    client.ask("variation", "snare", 0.5, "mine.flac", expect="ready")
    assert_complete_wav(out / "snare.wav")


@pytest.mark.hydrogen
def test_the_inbox_turns_a_dropped_file_into_a_variation(daemon, client):
    real = hydrogen_sample("clap")
    shutil.copy(real, daemon.output.root / "inbox" / "perc" / real.name)
    pad, path, seed, ms, recipe, _ = client.wait_for("ready", pad="perc")
    assert_complete_wav(path)
    line = read_index(daemon.output.root, 1)[-1]
    assert (line["kind"], line["variation_of"], line["strength"]) == ("variation", f"inbox/perc/{real.name}", 0.35)


def test_remake_makes_a_record_again_exactly_or_says_why_it_cannot(serve, client):
    daemon = serve(pool_depth=0)
    path, _, _, recipe = client.ask("generate", "kick", 5, 3, expect="ready")[1:5]
    again = client.ask("remake", "kick", recipe, 7, expect="ready")
    assert again[5] == 7 and again[1] != path and np.array_equal(audio(again[1]), audio(path))
    varied, _, _, varied_recipe = client.ask("variation", "kick", 0.5, path, expect="ready")[1:5]
    assert np.array_equal(audio(client.ask("remake", "kick", varied_recipe, expect="ready")[1]), audio(varied))

    retrained = json.dumps(json.loads(recipe) | {"weights": "0123456789abcdef"})
    pad, code, why = client.ask("remake", "kick", retrained, expect="error")
    assert (pad, code) == ("kick", "changed") and "would sound different" in why
    source = daemon.output.root / json.loads(varied_recipe)["variation_of"]
    source.write_bytes(Path(varied).read_bytes())  # the source's bytes changed since
    assert client.ask("remake", "kick", varied_recipe, expect="error")[1] == "changed"
    source.unlink()
    assert "gone" in client.ask("remake", "kick", varied_recipe, expect="error")[2]
    assert client.ask("remake", "kick", "not a record", expect="error")[1] == "bad_args"


def test_keep_copies_the_sample_playing_when_it_arrived(serve, client):
    daemon = serve(pool_depth=0)
    heard = client.ask("generate", "kick", 400, expect="ready")[1]
    busy_generating(client, daemon, seed=500)  # still rendering, never heard
    kept = client.ask("keep", "kick", expect="kept")[1]
    client.send("generate", "kick", 600, 4)
    assert kept.endswith("_seed400.wav") and Path(kept).name == Path(heard).name
    assert client.wait_for("superseded", pad="kick") == ["kick", "generate", 0]  # seed 500
    assert client.wait_for("ready", pad="kick")[2] == 600


# Refusals ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("request_, pad, code", [
    (("generate", "cowbell"), "cowbell", "unknown_pad"),
    (("generate", "kick", 1.5), "kick", "bad_args"),
    (("generate", "kick", "7"), "kick", "bad_args"),
    (("generate",), "", "bad_args"),
    (("variation", "kick", 2.0), "kick", "bad_args"),
    (("variation", "kick", 0.3, "/etc/hosts"), "kick", "forbidden_path"),
    (("variation", "kick", 0.3, "../../../etc/hosts"), "kick", "forbidden_path"),
    (("variation", "kick", 0.3, "index.jsonl"), "kick", "bad_audio"),
    (("variation", "kick", 0.3, "nothing-here.wav"), "kick", "bad_audio"),
    (("undo", "hihat"), "hihat", "no_sample"),
    (("keep", "hihat"), "hihat", "no_sample"),
    (("learn", "kick"), "", "midi"),  # this daemon has no MIDI input
    (("learn", "volume"), "", "bad_args"),
    (("frobnicate",), "", "unknown_address"),
])
def test_refusals_get_an_error_and_the_daemon_keeps_serving(daemon, client, request_, pad, code):
    (daemon.output.root / "index.jsonl").touch()
    assert client.ask(*request_, expect="error")[:2] == [pad, code]
    assert client.ask("ping", expect="pong") == []


# Audio sources are checked before they are decoded -----------------------------------------------------------

def test_a_source_longer_than_ten_minutes_is_refused(serve, client):
    daemon = serve()
    long = daemon.output.root / "long.wav"
    sf.write(long, np.zeros(11 * 60 * 8000, dtype=np.int16), 8000, subtype="PCM_U8")
    pad, code, why = client.ask("variation", "kick", 0.3, "long.wav", expect="error")
    assert (pad, code) == ("kick", "bad_audio") and "longer than the 10 minutes" in why


def sparse_wav(path: Path, seconds: float, rate: int = 192000, channels: int = 2) -> Path:
    """A float WAV whose samples are a hole in the file: big on paper, no disk space."""
    with sf.SoundFile(path, "w", rate, channels, "FLOAT") as f:
        f.write(np.zeros((rate, channels), dtype=np.float32))
    data_bytes = int(seconds * rate) * channels * 4
    with open(path, "r+b") as f:  # the RIFF and data sizes of a standard 44-byte-header WAV (libsndfile writes
        header = f.read(4096)     # a longer one: find the chunks)
        data_at = header.index(b"data")
        f.seek(4)
        f.write(struct.pack("<I", data_at + 8 + data_bytes - 8))
        f.seek(data_at + 4)
        f.write(struct.pack("<I", data_bytes))
        f.truncate(data_at + 8 + data_bytes)
    return path


def test_a_big_source_is_read_only_as_far_as_a_sample_needs(process, client, tmp_path):
    daemon = process()
    source = sparse_wav(tmp_path / "out" / "big.wav", seconds=250)  # 384 MB of 192 kHz float stereo
    assert sf.info(source).duration > 249
    client.ask("generate", "kick", 1, expect="ready")
    before = daemon.rss_mb(peak=True)
    client.ask("variation", "kick", 0.3, "big.wav", expect="ready", pad="kick")
    assert daemon.rss_mb(peak=True) - before < 100, "the whole file was read"
    assert daemon.signal() == 0


def test_a_source_bigger_than_the_size_limit_is_refused_unread(serve, client, tmp_path):
    daemon = serve()
    sparse_wav(daemon.output.root / "huge.wav", seconds=700)  # 1 GB
    pad, code, why = client.ask("variation", "kick", 0.3, "huge.wav", expect="error")
    assert (pad, code) == ("kick", "bad_audio") and "MiB" in why


def test_nan_or_inf_audio_is_refused(serve, client):
    daemon = serve()
    audio = np.full((32768, 2), 0.1, dtype=np.float32)
    audio[100, 0], audio[200, 1] = np.nan, np.inf
    sf.write(daemon.output.root / "nan.wav", audio, 44100, subtype="FLOAT")
    pad, code, why = client.ask("variation", "kick", 0.3, "nan.wav", expect="error")
    assert (pad, code) == ("kick", "bad_audio") and "NaN" in why


def test_a_link_in_the_inbox_to_a_file_outside_is_refused(serve, client, tmp_path):
    daemon = serve()
    outside = tmp_path / "outside.wav"
    write_wav(outside, torch.full((2, 32768), 0.1))
    (daemon.output.root / "inbox" / "perc" / "outside.wav").symlink_to(outside)
    pad, code, why = client.wait_for("error", pad="perc")
    assert code == "forbidden_path" and "outside the output folder" in why
    assert not list((daemon.output.root / "history" / "perc").iterdir())


def test_a_fifo_swapped_in_after_the_checks_cannot_block_the_worker(serve, client, monkeypatch):
    """A variation source that passes every check on its path, then is a FIFO when it is opened (the swap made
    deterministic: every path check says "a file"): refused on the open descriptor, and the worker serves on."""
    daemon = serve()
    os.mkfifo(daemon.output.root / "swapped.wav")
    monkeypatch.setattr(Path, "is_file", lambda self: True)
    pad, code, why = client.ask("variation", "kick", 0.3, "swapped.wav", expect="error", timeout=10)
    assert (pad, code) == ("kick", "bad_audio") and "not a regular file" in why
    assert client.ask("generate", "snare", 7, expect="ready")[2] == 7


def test_a_variation_of_an_unknown_users_file_is_refused_as_bad_audio(serve, client):
    """`~nosuchuser` cannot be expanded (Path.expanduser raises): a source that cannot be read, not a failure."""
    serve(steps=2, pool_depth=0)
    pad, code, message = client.ask("variation", "kick", 0.3, "~nosuchuser/x.wav", expect="error")
    assert (pad, code) == ("kick", "bad_audio") and "~nosuchuser/x.wav" in message
    assert "Traceback" not in message
