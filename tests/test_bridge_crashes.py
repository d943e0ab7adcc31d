"""The output folder across kills and restarts (issue 30): what the pad plays is what Keep keeps and what Undo
steps back from, a sample killed before its index line is never served, and a Keep made while a sample is
being written keeps the one announced before; and a variation source that names an unknown user's home is
refused, not failed. Real `padfusion serve` processes where it is about a restart."""

import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from bridge_support import DaemonProcess, OscClient, daemon_settings, read_index, running, write_presets


@pytest.fixture
def start(client):
    """start(out, presets) -> a `padfusion serve` process; any a failed test leaves running are killed."""
    started = []

    def start_daemon(out, presets, *extra):
        started.append(DaemonProcess(out, presets, client, *extra))
        return started[-1]

    yield start_daemon
    for daemon in started:
        daemon.kill()


@pytest.fixture
def presets(tmp_path, tiny_model):
    return write_presets(tmp_path / "presets", tiny_model, pads=("kick",), steps=2)


def test_keep_after_undo_and_a_restart_keeps_what_the_pad_plays(tmp_path, presets, client, start):
    out = tmp_path / "out"
    daemon = start(out, presets, "--pool-depth", "0")
    first = client.ask("generate", "kick", 1, expect="ready")[1]
    client.ask("generate", "kick", 2, expect="ready")
    assert client.ask("undo", "kick", expect="ready")[1:3] == [first, 1]
    assert daemon.signal(signal.SIGKILL) == -signal.SIGKILL

    daemon = start(out, presets, "--pool-depth", "0")
    kept = client.ask("keep", "kick", expect="kept")[1]
    assert Path(kept).read_bytes() == (out / "kick.wav").read_bytes() == Path(first).read_bytes()
    assert client.ask("undo", "kick", expect="error")[:2] == ["kick", "no_sample"]  # nothing before the first
    assert daemon.signal() == 0


KILLED_BEFORE_THE_INDEX_LINE = """
    import os, signal, sys
    from padfusion.bridge import output
    from padfusion.bridge.cli import main

    append = output.OutputFolder._append_index

    def killed_before_seed_2_is_indexed(self, *records):
        if any(record.get("seed") == 2 for record in records):
            os.kill(os.getpid(), signal.SIGKILL)
        append(self, *records)

    output.OutputFolder._append_index = killed_before_seed_2_is_indexed
    main(sys.argv[1:])
"""


def test_a_sample_killed_between_its_history_file_and_its_index_line_is_never_served(tmp_path, presets, client,
                                                                                     start):
    out = tmp_path / "out"
    launcher = tmp_path / "killed.py"
    launcher.write_text(textwrap.dedent(KILLED_BEFORE_THE_INDEX_LINE))
    daemon = start(out, presets, "--pool-depth", "0")  # for its config file and a free port
    daemon.signal()
    killed = subprocess.Popen([sys.executable, str(launcher), *daemon.proc.args[3:]], stdout=subprocess.DEVNULL,
                              stderr=subprocess.STDOUT)
    try:
        client.ask_again("ping", "pong", timeout=60)
        heard = client.ask("generate", "kick", 1, expect="ready", timeout=60)
        client.send("generate", "kick", 2)
        assert killed.wait(60) == -signal.SIGKILL
    finally:
        killed.kill()
    assert len(list((out / "history" / "kick").glob("*_seed2.wav"))) == 1  # written, never indexed nor announced

    daemon = start(out, presets, "--pool-depth", "0")
    assert [p.name for p in (out / "history" / "kick").iterdir()] == [Path(heard[1]).name]
    assert [line["seed"] for line in read_index(out)] == [heard[2]]
    kept = client.ask("keep", "kick", expect="kept")[1]
    assert Path(kept).name == Path(heard[1]).name and Path(kept).read_bytes() == Path(heard[1]).read_bytes()
    assert (out / "kick.wav").read_bytes() == Path(heard[1]).read_bytes()
    assert client.ask("undo", "kick", expect="error")[:2] == ["kick", "no_sample"]
    assert daemon.signal() == 0


def test_a_keep_while_a_sample_is_indexed_keeps_the_sample_announced_before(tmp_path, presets, client,
                                                                            monkeypatch):
    """Keep is answered on the OSC thread while the worker writes: here it comes in at the index write, every
    time, rather than once in a thousand presses."""
    with running(daemon_settings(tmp_path, presets, client.port, pool_depth=0)) as daemon:
        client.daemon_port = daemon.osc.port
        heard = client.ask("generate", "kick", 1, expect="ready")[1]
        keeper, kept = OscClient(daemon.osc.port), []
        append = daemon.output._append_index

        def index_write_with_a_keep_meanwhile(*records):
            kept.append(keeper.ask("keep", "kick", expect="kept", timeout=10)[1])
            append(*records)

        monkeypatch.setattr(daemon.output, "_append_index", index_write_with_a_keep_meanwhile)
        try:
            made = client.ask("generate", "kick", 2, expect="ready")[1]
        finally:
            keeper.close()
        assert kept == [str(daemon.output.root / "kept" / "kick" / Path(heard).name)]
        assert Path(kept[0]).read_bytes() == Path(heard).read_bytes()
        assert (daemon.output.root / "kick.wav").read_bytes() == Path(made).read_bytes()


def test_a_variation_of_an_unknown_users_file_is_refused_as_bad_audio(tmp_path, presets, client):
    """`~nosuchuser` cannot be expanded (Path.expanduser raises): a source that cannot be read, not a failure."""
    with running(daemon_settings(tmp_path, presets, client.port, pool_depth=0)) as daemon:
        client.daemon_port = daemon.osc.port
        pad, code, message = client.ask("variation", "kick", 0.3, "~nosuchuser/x.wav", expect="error")
        assert (pad, code) == ("kick", "bad_audio") and "~nosuchuser/x.wav" in message
        assert "Traceback" not in message
