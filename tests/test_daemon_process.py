"""`padfusion serve` as a real process: kill -9 and restart, the stop signals while generating, memory under
bursts, and a daemon whose threads die."""

import random
import signal
import threading
import time

import pytest
import torch

from bridge_support import PADS, assert_complete_wav, daemon_settings, read_index, wait_until, write_presets
from padfusion.bridge.daemon import Daemon


@pytest.mark.slow
def test_kill_9_mid_write_then_a_restart_leaves_a_clean_folder(tmp_path, tiny_model, client, process):
    presets = write_presets(tmp_path / "presets", tiny_model, steps=2)
    out = tmp_path / "out"
    rng = random.Random(0)
    for _ in range(2):
        daemon = process(presets)
        archived = len(read_index(out))
        for press in range(40):  # keep it writing: pool answers and fresh seeds
            client.send("generate", PADS[press % 4], *([press] if press % 3 else []))
        read_index(out, archived + 1)  # writing has begun, however slow the machine is right now
        time.sleep(rng.uniform(0.2, 0.6))
        assert daemon.signal(signal.SIGKILL) == -signal.SIGKILL
    # what a kill in the middle of a write leaves, made certain: a temp file and half an index line
    (out / ".kick.0badf00d.partial").write_bytes(b"RIFF\0\0")
    with open(out / "index.jsonl", "ab") as index:
        index.write(b'{"time":"2026-11-21T22:00:00.000+00:00","pad":"sn')

    daemon = process(presets)  # answers ping only once the folder is recovered
    assert not list(out.rglob("*.partial"))
    lines = read_index(out)
    assert lines, "the killed daemons wrote nothing"
    for line in lines:
        assert_complete_wav(out / line["path"])
    for wav in out.rglob("*.wav"):
        assert_complete_wav(wav)
    assert client.ask("generate", "snare", 5, expect="ready", pad="snare")[2] == 5
    assert read_index(out, len(lines) + 1)[-1]["seed"] == 5
    assert daemon.signal(signal.SIGTERM) == 0


def test_sigterm_finishes_the_sample_in_hand_and_bursts_do_not_grow_memory(tmp_path, tiny_model, client, process):
    presets = write_presets(tmp_path / "presets", tiny_model, steps=2)
    out = tmp_path / "out"
    daemon = process(presets)

    def burst():
        for press in range(500):
            client.send("generate", PADS[press % 4])
        while client.status()[:3:2] != ["idle", 0]:
            time.sleep(0.05)

    burst()
    settled = daemon.rss_mb()
    for _ in range(3):
        burst()
    assert daemon.rss_mb() - settled < 30, "memory grows with presses"

    ms = client.ask("generate", "kick", 41, 10, expect="ready", seed=41)[3]
    # about 0.5 s of work: within the shutdown grace (scheduler.SHUTDOWN_GRACE), so it is finished; a longer one is
    # cancelled (test_shutdown_cancels_a_long_request_and_answers_it)
    client.send("generate", "kick", 42, min(200, max(10, round(10 * 500 / ms))))
    deadline = time.monotonic() + 30
    while client.status()[:3:2] != ["generating", 0]:  # seed 42 taken (the status request came after it)
        assert time.monotonic() < deadline, "the daemon never started generating"
    assert daemon.signal(signal.SIGTERM) == 0
    client.wait_for("ready", pad="kick", seed=42)  # the sample in hand was finished and announced
    assert read_index(out)[-1]["seed"] == 42
    assert_complete_wav(out / "kick.wav")
    assert not list(out.rglob("*.partial"))
    assert "stopped" in daemon.log_text()


@pytest.mark.parametrize("signum", [signal.SIGHUP, signal.SIGQUIT])
def test_closing_the_terminal_stops_cleanly_with_replies(tmp_path, tiny_model, client, process, signum):
    """SIGHUP (a closed terminal) and SIGQUIT stop the daemon as SIGTERM does: the request in hand finished or
    answered, the pending ones answered `shutdown`, exit status 0."""
    presets = write_presets(tmp_path / "presets", tiny_model, steps=2)
    daemon = process(presets)
    ms = client.ask("generate", "kick", 1, 10, expect="ready", seed=1)[3]
    long = min(200, max(10, round(10 * 4000 / ms)))  # longer than the shutdown grace
    for seed, pad in enumerate(("kick", "snare", "hihat"), 2):  # the snare is let in at the kick's next step
        client.send("generate", pad, seed, long)
    deadline = time.monotonic() + 30
    while client.status()[:3:2] != ["generating", 1]:  # the hi-hat waits
        assert time.monotonic() < deadline, "the daemon never started generating"
    assert daemon.signal(signum) == 0
    answers = {(reply, params[0], params[1] if reply == "error" else None) for reply, params in client.drain(1.0)}
    assert ("error", "hihat", "shutdown") in answers
    for pad in ("kick", "snare"):
        assert answers & {("error", pad, "shutdown"), ("ready", pad, None)}, (answers, daemon.log_text())
    assert "stopped" in daemon.log_text()


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
