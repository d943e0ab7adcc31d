"""The daemon under hostile input and real use (issue 15): each defect found by an adversarial run, as a test
against a real daemon on loopback (in-process, or `padfusion serve` as a process where signals, memory or a
second process matter)."""

import os
import shutil
import signal
import socket
import struct
import subprocess
import threading
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf
import torch

from padfusion.bridge import output
from padfusion.bridge.daemon import Daemon
from padfusion.model.audio import write_wav
from bridge_support import (PADS, DaemonProcess, OscClient, daemon_settings, read_index, running, write_presets)
from conftest import run_cli


def osc_string(text: bytes) -> bytes:
    return text + b"\0" * (4 - len(text) % 4)


def message(address: bytes, tags: bytes = b"", *args: bytes) -> bytes:
    return osc_string(address) + osc_string(b"," + tags) + b"".join(args)


def bundle(*elements: bytes) -> bytes:
    return b"#bundle\0" + bytes(8) + b"".join(struct.pack(">i", len(e)) + e for e in elements)


def f32(x: float) -> bytes:
    return struct.pack(">f", x)


def i32(x: int) -> bytes:
    return struct.pack(">i", x)


def wait_until(condition, timeout=30, what="the condition"):
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.02)


@pytest.fixture
def serve(tmp_path, tiny_model, client):
    """serve(**settings) -> an in-process daemon on tiny-model presets, its replies to `client`."""
    with_daemons = []

    def start(steps=4, **overrides):
        presets = write_presets(tmp_path / "presets", tiny_model, steps=steps)
        context = running(daemon_settings(tmp_path, presets, client.port, **overrides))
        daemon = context.__enter__()
        with_daemons.append(context)
        client.daemon_port = daemon.osc.port
        return daemon

    yield start
    for context in with_daemons:
        context.__exit__(None, None, None)


@pytest.fixture
def process(tmp_path, tiny_model, client):
    """process(steps=4, config="") -> `padfusion serve` as a real process (killed if a test leaves it running);
    `config` adds lines to its config file."""
    started = []

    def start(steps=4, config=""):
        presets = write_presets(tmp_path / "presets", tiny_model, steps=steps)
        started.append(DaemonProcess(tmp_path / "out", presets, client, config=config))
        return started[-1]

    yield start
    for daemon in started:
        daemon.kill()


def send_raw(client, packet: bytes) -> None:
    client.sock.sendto(packet, ("127.0.0.1", client.daemon_port))


def busy_generating(client, daemon, pad="kick", seed=1, steps=200):
    """Start a long request (200 steps: tens of seconds of the tiny model) and wait until it is in hand."""
    client.send("generate", pad, seed, steps)
    wait_until(lambda: daemon.worker.busy and not len(daemon.worker.requests), what="the long request in hand")


# 1. one packet must never silence the daemon ---------------------------------------------------------------

LATIN1_NAME = b"caf\xe9.wav"
DEEP = message(b"/padfusion/ping")
for _ in range(3000):
    DEEP = bundle(DEEP)


@pytest.mark.parametrize("packet", [
    message(b"/padfusion/variation", b"sfs", osc_string(b"kick"), f32(0.3), osc_string(LATIN1_NAME)),
    DEEP,
], ids=["latin-1 string", "bundle nested 3000 deep"])
def test_a_packet_that_killed_the_listener_is_answered_malformed(serve, client, packet):
    serve()
    send_raw(client, packet)
    reply, params = client.recv(5)
    assert (reply, params[1]) == ("error", "malformed")
    assert client.ask("ping", expect="pong", timeout=5) == []


def test_oscsend_with_a_latin1_file_name(serve, client):
    """The packet of the report, from liblo's oscsend."""
    if not shutil.which("oscsend"):
        pytest.skip("liblo-tools is not installed (apt install liblo-tools)")
    daemon = serve()
    subprocess.run(["oscsend", "127.0.0.1", str(daemon.osc.port), "/padfusion/variation", "sfs", "kick", "0.3",
                    LATIN1_NAME], check=True)
    reply, params = client.recv(5)
    assert (reply, params[1]) == ("error", "malformed") and "UTF-8" in params[2]
    assert client.ask("ping", expect="pong", timeout=5) == []


# 6. wrong or missing replies --------------------------------------------------------------------------------

@pytest.mark.parametrize("packet, pad, code", [
    (message(b"/padfusion/generate", b"sf", osc_string(b"kick"), f32(float("nan"))), "kick", "bad_args"),
    (message(b"/padfusion/generate", b"sif", osc_string(b"kick"), i32(1), f32(float("inf"))), "kick", "bad_args"),
    (message(b"/padfusion/variation", b"sf", osc_string(b"kick"), f32(float("nan"))), "kick", "bad_args"),
    (message(b"/padfusion/variation", b"sfs", osc_string(b"kick"), f32(0.3), osc_string(b"a" * 60000)), "kick",
     "bad_args"),
    (message(b"/padfusion/generate", b"s", osc_string(b"k" * 60000)), None, "bad_args"),
    (message(b"/padfusion/generate", b"sii", osc_string(b"kick"), i32(1), i32(1000)), "kick", "bad_args"),
    (bundle(message(b"/padfusion/ping"))[:-4] + b"", "", "malformed"),  # an element's length past the end
    (b"#bundle\0" + bytes(8), "", "malformed"),  # an empty bundle
    (bundle(bundle()), "", "malformed"),  # bundles, but no message
    (message(b"/padfusion/ping", b"c", i32(97)), "", "bad_args"),
    (message(b"/padfusion/generate", b"sr", osc_string(b"kick"), i32(97)), "", "bad_args"),
    (message(b"/padfusion/ping", b"b", i32(1), b"x\0\0\0"), "", "bad_args"),
    (message(b"/padfusion/ping", b"x", i32(97)), "", "malformed"),  # not an OSC type at all
    (message(b"/padfusion/ping", b"i"), "", "malformed"),  # the int is missing
], ids=["nan seed", "inf steps", "nan strength", "60 KB file name", "60 KB pad name", "1000 steps",
        "element past the end", "empty bundle", "bundle of nothing", "tag c", "tag r", "tag b", "tag x",
        "cut off"])
def test_every_malformed_packet_gets_one_error_that_fits_a_datagram(serve, client, packet, pad, code):
    serve()
    send_raw(client, packet)
    replies = client.drain(0.5)
    assert [(reply, params[1]) for reply, params in replies] == [("error", code)], replies
    if pad is not None:
        assert replies[0][1][0] == pad
    assert client.ask("ping", expect="pong", timeout=5) == []


# 2. Keep keeps what was heard; ready only once history has it -----------------------------------------------

def test_keep_copies_the_sample_playing_when_it_arrived(serve, client):
    daemon = serve(pool_depth=0)
    heard = client.ask("generate", "kick", 400, expect="ready")[1]
    busy_generating(client, daemon, seed=500)  # still rendering, never heard
    kept = client.ask("keep", "kick", expect="kept")[1]
    client.send("generate", "kick", 600, 4)
    assert kept.endswith("_seed400.wav") and Path(kept).name == Path(heard).name
    assert client.wait_for("superseded", pad="kick") == ["kick", "generate"]  # seed 500
    assert client.wait_for("ready", pad="kick")[2] == 600


def test_a_failed_history_write_is_error_disk_and_no_ready(serve, client):
    daemon = serve(pool_depth=0)
    history = daemon.output.root / "history" / "kick"
    shutil.rmtree(history)
    history.write_text("not a folder")
    client.send("generate", "kick", 3)
    reply, params = client.recv(60)
    assert (reply, params[:2]) == ("error", ["kick", "disk"])
    assert client.drain(1.0) == []  # and no ready


# 3. long requests: other pads and pool hits go on, a new press cancels, shutdown is quick ---------------------

def test_a_long_request_blocks_neither_other_pads_nor_pool_hits(serve, client):
    daemon = serve(pool_depth=1)
    wait_until(lambda: len(daemon.worker.pool) == len(PADS), what="the pool to fill")
    busy_generating(client, daemon)
    client.send("generate", "snare")  # a pool hit
    reply, params = client.recv(60)
    assert (reply, params[0]) == ("ready", "snare")
    client.send("generate", "hihat", 5)  # a fresh sample of its own
    reply, params = client.recv(60)
    assert (reply, params[0], params[2]) == ("ready", "hihat", 5)
    client.send("generate", "kick")  # a new press on the busy pad cancels the long request
    assert client.recv(60) == ("superseded", ["kick", "generate"])
    assert client.wait_for("ready", pad="kick")[0] == "kick"


def test_a_model_load_waits_for_the_long_request_in_hand(serve, client):
    # loading can take minutes (an OpenVINO conversion): never nested inside another sample's steps
    daemon = serve(pool_depth=0)
    busy_generating(client, daemon)
    daemon._model_changed("snare")  # its model files changed on disk: drop the model and load it again
    client.send("generate", "hihat", 5)  # while a fresh sample on a loaded pad is served meanwhile
    assert client.wait_for("ready", pad="hihat")[2] == 5
    assert daemon.worker.busy and daemon.worker.requests.waiting("snare", "reload")
    client.send("generate", "kick", 2, 4)  # the long request is superseded; then the reload runs
    assert client.wait_for("ready", pad="kick")[2] == 2
    wait_until(lambda: not len(daemon.worker.requests) and not daemon.worker.busy, what="the reload")
    assert client.ask("generate", "snare", 3, 4, expect="ready")[2] == 3


def test_shutdown_cancels_a_long_request_and_answers_it(process, client):
    # the tiny model on torch and one thread, as in the tests above: through OpenVINO its 200 steps can end within
    # the shutdown grace, and the request is then answered `ready`, rightly
    daemon = process(config='backend = "torch"\nthreads = 1\n')
    client.send("generate", "kick", 1, 200)
    wait_until(lambda: client.status()[:3:2] == ["generating", 0], what="the long request in hand")
    started = time.monotonic()
    assert daemon.signal(signal.SIGTERM) == 0
    print(f"SIGTERM to exit with a 200-step request in hand: {time.monotonic() - started:.2f} s")
    assert client.wait_for("error", pad="kick")[1:] == ["shutdown", "the daemon stopped before this generate was done"]
    assert "stopped" in daemon.log_text()


# 8. presses merged by latest-wins are answered ------------------------------------------------------------

def test_every_press_gets_exactly_one_reply(serve, client):
    daemon = serve(pool_depth=0)
    client.ask("generate", "snare", 1, 4, expect="ready")
    client.ask("generate", "snare", 2, 4, expect="ready")
    busy_generating(client, daemon, pad="kick", seed=1)
    for seed in (2, 3, 4):
        client.send("generate", "kick", seed, 4)
    client.send("undo", "snare")
    client.send("undo", "snare")  # undos add up: this one does both, the first is superseded
    replies = []
    while len(replies) < 6:
        reply, params = client.recv(60)
        replies.append((reply, params[0], params[2] if reply == "ready" else params[1]))
    assert sorted(replies) == sorted([("superseded", "kick", "generate")] * 3 + [("ready", "kick", 4)] +
                                     [("superseded", "snare", "undo"), ("ready", "snare", 1)])
    assert client.drain(0.5) == []


# 4, 5. audio sources are checked before they are decoded -------------------------------------------------

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


# 10. links in the inbox are held to the allowed folders ---------------------------------------------------

def test_a_link_in_the_inbox_to_a_file_outside_is_refused(serve, client, tmp_path):
    daemon = serve()
    outside = tmp_path / "outside.wav"
    write_wav(outside, torch.full((2, 32768), 0.1))
    (daemon.output.root / "inbox" / "perc" / "outside.wav").symlink_to(outside)
    pad, code, why = client.wait_for("error", pad="perc")
    assert code == "forbidden_path" and "outside the output folder" in why
    assert not list((daemon.output.root / "history" / "perc").iterdir())


# 7. the folder lock -------------------------------------------------------------------------------------

def test_the_lock_survives_the_folder_being_removed_and_made_again(process, client, tmp_path, tiny_model):
    daemon = process()
    out = tmp_path / "out"
    shutil.rmtree(out)
    out.mkdir()
    lock = out / output.LOCK_NAME
    wait_until(lambda: lock.is_file() and lock.read_text().strip() == str(daemon.proc.pid), timeout=10,
               what="the daemon to lock it again")
    presets = write_presets(tmp_path / "presets", tiny_model)
    second = run_cli("serve", "--out", out, "--osc-port", "0", "--midi", "none", "--preset", *presets, check=False)
    assert second.returncode == 2 and f"another PadFusion daemon (pid {daemon.proc.pid})" in second.stderr
    assert client.ask("generate", "kick", 3, expect="ready")[1].startswith(str(out / "history" / "kick"))
    assert daemon.signal() == 0


# 9. a press during a refill does not throw the refill away -----------------------------------------------

def test_steady_pressing_stays_on_the_pool(serve, client):
    daemon = serve(steps=8, pool_depth=2)
    wait_until(lambda: len(daemon.worker.pool) == 2 * len(PADS), timeout=60, what="the pool to fill")
    sample = client.ask("generate", "kick", 1, 8, expect="ready")[3] / 1000  # seconds a sample takes
    for press in range(12):  # faster than samples are made, so each press lands in the middle of a refill
        client.ask("generate", PADS[press % len(PADS)], expect="ready", pad=PADS[press % len(PADS)])
        time.sleep(0.7 * sample)
    pooled = [line.get("pooled", False) for line in read_index(daemon.output.root, 13)[1:]]  # after the seeded one
    assert pooled == [True] * 12


# 11. history has a cap ------------------------------------------------------------------------------------

def test_history_is_capped_and_kept_samples_stay(serve, client):
    daemon = serve(history_limit=3, pool_depth=0)
    first = client.ask("generate", "kick", 1, expect="ready")[1]
    kept = client.ask("keep", "kick", expect="kept")[1]
    for seed in range(2, 6):
        client.ask("generate", "kick", seed, expect="ready")
    history = sorted(p.name for p in (daemon.output.root / "history" / "kick").iterdir())
    assert len(history) == 3 and history[-1].endswith("_seed5.wav")
    assert not Path(first).exists() and Path(kept).is_file()


# threads that die, and a daemon that hangs ----------------------------------------------------------------

@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")  # the death this test causes
def test_a_listener_that_dies_anyway_ends_the_process_with_status_1(tmp_path, tiny_model, client, caplog):
    """SystemExit raised in a handler (a stray sys.exit) ends a thread without a word: the daemon notices."""
    presets = write_presets(tmp_path / "presets", tiny_model)
    daemon = Daemon(daemon_settings(tmp_path, presets, client.port))
    client.daemon_port = daemon.osc.port

    def stray_exit(*args):
        raise SystemExit

    daemon.osc.handle = stray_exit
    timer = threading.Timer(1.0, client.send, ("ping",))
    give_up = threading.Timer(20.0, daemon._stop.set)  # a daemon that never notices returns 0 after 20 s
    give_up.start()
    handlers = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}
    threads = torch.get_num_threads()
    timer.start()
    try:
        assert daemon.serve_forever() == 1
    finally:
        timer.cancel()
        give_up.cancel()
        for signum, handler in handlers.items():
            signal.signal(signum, handler)
        torch.set_num_threads(threads)
    assert "the OSC thread has died" in caplog.text


def test_doctor_tells_a_hung_daemon_from_a_live_one(process, client, tmp_path):
    daemon = process()
    presets = [str(p) for p in sorted((tmp_path / "presets").glob("*.toml"))]
    doctor = ["doctor", "--out", tmp_path / "out", "--osc-port", daemon.port, "--midi", "none", "--preset", *presets]
    live = run_cli(*doctor, check=False)
    assert "a PadFusion daemon is already serving" in live.stdout
    daemon.proc.send_signal(signal.SIGSTOP)
    try:
        hung = run_cli(*doctor, check=False)
    finally:
        daemon.proc.send_signal(signal.SIGCONT)
    assert hung.returncode == 1
    assert f"the PadFusion daemon with pid {daemon.proc.pid}" in hung.stdout and "it is hung" in hung.stdout
    assert daemon.signal() == 0


def test_a_fifo_swapped_in_after_the_checks_cannot_block_the_worker(serve, client, monkeypatch):
    """A variation source that passes every check on its path, then is a FIFO when it is opened (the swap made
    deterministic: every path check says "a file"): refused on the open descriptor, and the worker serves on."""
    daemon = serve()
    os.mkfifo(daemon.output.root / "swapped.wav")
    monkeypatch.setattr(Path, "is_file", lambda self: True)
    pad, code, why = client.ask("variation", "kick", 0.3, "swapped.wav", expect="error", timeout=10)
    assert (pad, code) == ("kick", "bad_audio") and "not a regular file" in why
    assert client.ask("generate", "snare", 7, expect="ready")[2] == 7


def test_listening_beyond_loopback_warns_that_replies_quote_paths(tmp_path, tiny_model, client, caplog):
    presets = write_presets(tmp_path / "presets", tiny_model, pads=("kick",))
    with caplog.at_level("WARNING"), running(daemon_settings(tmp_path, presets, client.port, host="0.0.0.0")):
        pass
    warning = next(r.getMessage() for r in caplog.records if "listening on 0.0.0.0" in r.getMessage())
    assert "paths" in warning and "--host 127.0.0.1" in warning
