"""The daemon in-process, driven over real UDP sockets on 127.0.0.1 (python-osc, and liblo's oscsend/oscdump
as an independent implementation), writing real WAVs read back with soundfile."""

import shutil
import subprocess
import threading
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
from pythonosc.osc_bundle_builder import IMMEDIATELY, OscBundleBuilder
from pythonosc.osc_message_builder import OscMessageBuilder
from watchdog.events import FileSystemEventHandler
from watchdog.observers import Observer

from padfusion.model.audio import read_metadata
from bridge_support import (HYDROGEN, PADS, OscClient, assert_complete_wav, daemon_settings, free_udp_port,
                            hydrogen_sample, read_index, running, write_presets)


def serve(tmp_path, model, client, **options):
    presets = write_presets(tmp_path / "presets", model, missing=options.pop("missing", ()))
    settings = daemon_settings(tmp_path, presets, client.port, sample_dirs=(HYDROGEN,), **options)
    return running(settings)


@pytest.fixture
def daemon(tmp_path, tiny_model, client):
    with serve(tmp_path, tiny_model, client) as daemon:
        client.daemon_port = daemon.osc.port
        yield daemon


def wait_until(condition, timeout=30, what="the condition"):
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


def pool_full(client, depth=2):
    return client.status()[3] == depth * len(PADS)


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

    pad, path, seed, ms = client.ask("generate", "kick", expect="ready")
    # ready names the sample's history file, which is never overwritten; the pad's file holds the same
    assert pad == "kick" and Path(path).parent == out / "history" / "kick" and ms > 0
    assert np.array_equal(audio(path), audio(out / "kick.wav"))
    client.send("pads")  # what a device reopened with a Live set asks, to fill its empty players
    assert client.wait_for("pad", pad="kick")[5] == str(out / "kick.wav")
    assert_complete_wav(path)
    assert read_metadata(path)["seed"] == seed
    line = read_index(out, 1)[-1]  # in the index before the ready
    assert (line["pad"], line["seed"], line["kind"], line["steps"], line["sampler"]) == ("kick", seed, "generate", 4,
                                                                                          "dpmpp-2m")
    assert np.array_equal(audio(out / line["path"]), audio(path))

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

    wait_until(lambda: client.status()[:3] == ["idle", "cpu", 0], what="idle")


def test_a_pooled_sample_is_the_one_its_seed_recalls(daemon, client):
    # the pool fills each pad in one batch; a sample made in a batch is the one its seed makes alone
    wait_until(lambda: pool_full(client), what="the pool to fill")
    path, seed = client.ask("generate", "snare", expect="ready")[1:3]
    assert read_index(daemon.output.root, 1)[-1]["pooled"] is True
    recalled = client.ask("recall", "snare", seed, expect="ready")[1]
    np.testing.assert_allclose(audio(recalled), audio(path), atol=1e-4)


def test_variations(daemon, client):
    out = daemon.output.root
    assert client.ask("variation", "snare", 0.3, expect="error", pad="snare")[1] == "no_sample"
    seed = client.ask("generate", "snare", expect="ready")[2]
    assert client.ask("variation", "snare", 0.3, expect="ready")[2] != seed
    line = read_index(out, 2)[-1]
    assert (line["kind"], line["strength"], line["variation_of"]) == ("variation", 0.3, "snare.wav")

    real = hydrogen_sample("snare")  # a configured sample folder
    client.ask("variation", "snare", 1, str(real), expect="ready")
    assert read_index(out, 3)[-1]["variation_of"] == real.name
    shutil.copy(real, out / "mine.flac")  # a relative path is taken in the output folder
    client.ask("variation", "snare", 0.5, "mine.flac", expect="ready")
    assert_complete_wav(out / "snare.wav")


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


def test_malformed_packets(daemon, client):
    for junk in (b"garbage", b"/padfusion/ping\0\0\0\0,i\0\0", b"#bundle\0\0\0"):
        client.sock.sendto(junk, ("127.0.0.1", daemon.osc.port))
        assert client.wait_for("error")[1] == "malformed"
    assert client.ask("ping", expect="pong") == []


def test_the_messages_of_a_bundle_are_each_answered(daemon, client):
    bundle = OscBundleBuilder(IMMEDIATELY)
    for name in ("ping", "status"):
        bundle.add_content(OscMessageBuilder(f"/padfusion/{name}").build())
    client.sock.sendto(bundle.build().dgram, ("127.0.0.1", daemon.osc.port))
    assert [client.recv()[0], client.recv()[0]] == ["pong", "status"]


def test_replies_go_to_the_sender_and_the_reply_port_once_each(daemon, client):
    sender = OscClient(daemon.osc.port)
    try:
        sender.send("ping")
        assert sender.recv(5)[0] == "pong" and client.recv(5)[0] == "pong"
        client.send("ping")  # the sender's port is the reply port: one answer
        assert [reply for reply, _ in client.drain()] == ["pong"]
    finally:
        sender.close()


def test_the_inbox_turns_a_dropped_file_into_a_variation(daemon, client):
    real = hydrogen_sample("clap")
    shutil.copy(real, daemon.output.root / "inbox" / "perc" / real.name)
    pad, path, seed, ms = client.wait_for("ready", pad="perc")
    assert_complete_wav(path)
    line = read_index(daemon.output.root, 1)[-1]
    assert (line["kind"], line["variation_of"], line["strength"]) == ("variation", real.name, 0.35)


def test_a_model_that_fails_to_load(tmp_path, tiny_model, client):
    with serve(tmp_path, tiny_model, client, missing=("perc",)) as daemon:
        client.daemon_port = daemon.osc.port
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


def test_a_folder_watcher_only_ever_sees_complete_wavs(daemon, client):
    seen, problems = [], []

    class Check(FileSystemEventHandler):
        def on_any_event(self, event):
            path = event.dest_path or event.src_path
            if event.is_directory or event.event_type == "deleted" or not str(path).endswith(".wav"):
                return
            try:
                assert_complete_wav(path)
                seen.append(path)
            except Exception as e:  # noqa: BLE001 - any failure to read is what this test looks for
                problems.append(f"{event.event_type} {path}: {e}")

    observer = Observer()
    observer.schedule(Check(), str(daemon.output.root), recursive=True)
    observer.start()
    try:
        for pad in PADS:
            client.ask("generate", pad, expect="ready", pad=pad)
        for round_ in range(3):
            for pad in PADS:
                client.send("generate", pad)  # from the pool where it can
            client.send("generate", "kick", round_, 4)
            client.send("variation", "snare", 0.5)
            client.send("undo", "hihat")
            client.send("keep", "perc")
            time.sleep(0.1)
        wait_until(lambda: client.status()[:3] == ["idle", "cpu", 0], what="idle")
        time.sleep(0.5)
    finally:
        observer.stop()
        observer.join()
    assert not problems
    assert {str(daemon.output.root / f"{pad}.wav") for pad in PADS} <= set(map(str, seen))


def test_a_burst_of_presses_coalesces_and_ping_stays_answered(daemon, client):
    ms = client.ask("generate", "kick", 0, 10, expect="ready")[3]
    slow = min(200, max(10, round(10 * 2000 / ms)))  # steps for about 2 s of generating on this machine
    client.send("generate", "kick", 1, slow)
    wait_until(lambda: daemon.worker.busy and not len(daemon.worker.requests), what="generating seed 1")
    # a newer press supersedes the one in hand at its next step; asked on its own, as a burst's superseded pending
    # presses are answered as they come, and may be answered before the step ends
    client.send("generate", "kick", 2, slow)
    assert client.recv() == ("superseded", ["kick", "generate"])
    wait_until(lambda: daemon.worker.busy and not len(daemon.worker.requests), what="generating seed 2")
    most_pending = 0
    for press in range(500):
        client.send("generate", ("kick", "snare")[press % 2], press + 3, slow)
        most_pending = max(most_pending, len(daemon.worker.requests))
    # ping and status are answered at once, while the worker is still generating
    assert client.ask_again("ping", "pong") == []
    state, _, pending, _ = client.status()
    assert state == "generating" and pending <= 2 and most_pending <= 2
    # the latest press of each pad wins (the burst's own last ones may be lost: UDP drops what overflows); every
    # other press, the one in hand included, is answered superseded
    client.send("generate", "kick", 1000, slow)
    client.send("generate", "snare", 1001, slow)
    replies = []
    while not {("ready", "kick", 1000), ("ready", "snare", 1001)} <= set(replies):
        reply, params = client.recv(60)
        replies.append((reply, params[0], params[2] if reply == "ready" else params[1]))
    assert [r for r in replies if r[0] == "ready"] in ([("ready", "kick", 1000), ("ready", "snare", 1001)],
                                                       [("ready", "snare", 1001), ("ready", "kick", 1000)])
    assert {r[0] for r in replies} == {"ready", "superseded"} and len(replies) <= 503
    assert [r for r, _ in client.drain(1.0)] == []


def test_a_full_or_broken_disk_is_an_error_not_a_crash(daemon, client):
    history = daemon.output.root / "history" / "kick"
    shutil.rmtree(history)
    history.write_text("not a folder")  # writes under it now fail as they would on a broken disk
    pad, code, message = client.ask("generate", "kick", 3, expect="error", pad="kick")
    assert code == "disk" and str(daemon.output.root) in message
    assert not list(daemon.output.root.rglob("*.partial"))
    history.unlink()
    history.mkdir()
    assert client.ask("generate", "kick", 3, expect="ready")[2] == 3


def test_liblo_oscsend_and_oscdump(tmp_path, tiny_model):
    """An independent OSC implementation: requests from oscsend, replies read by oscdump on the reply port."""
    if not (shutil.which("oscsend") and shutil.which("oscdump")):
        pytest.skip("liblo-tools is not installed (apt install liblo-tools)")
    reply_port = free_udp_port()
    dump = subprocess.Popen(["oscdump", "-L", str(reply_port)], stdout=subprocess.PIPE, text=True)
    lines = []
    reader = threading.Thread(target=lambda: lines.extend(iter(dump.stdout.readline, "")), daemon=True)
    reader.start()
    presets = write_presets(tmp_path / "presets", tiny_model)
    try:
        with running(daemon_settings(tmp_path, presets, reply_port)) as daemon:
            def oscsend(*args):
                subprocess.run(["oscsend", "127.0.0.1", str(daemon.osc.port), *map(str, args)], check=True)

            def reply(start):
                wait_until(lambda: any(line.split(maxsplit=1)[1].startswith(start) for line in lines), 30, start)
                return next(line for line in lines if line.split(maxsplit=1)[1].startswith(start))

            oscsend("/padfusion/ping")
            assert reply("/padfusion/pong").split()[1:] == ["/padfusion/pong"]
            oscsend("/padfusion/generate", "sff", "kick", 7.0, 4.0)  # floats where ints are meant
            assert reply("/padfusion/ready").split()[1:4] == ["/padfusion/ready", "ssif", '"kick"']
            assert reply("/padfusion/ready").split()[4].startswith(f'"{daemon.output.root / "history" / "kick"}/')
            assert reply("/padfusion/ready").split()[5] == "7"
            oscsend("/padfusion/generate", "si", "snare", 9)
            assert reply('/padfusion/ready ssif "snare"').split()[5] == "9"
            oscsend("/padfusion/nope", "i", 1)
            assert '"unknown_address"' in reply("/padfusion/error")
            assert_complete_wav(daemon.output.root / "snare.wav")
    finally:
        dump.terminate()
        dump.wait()
