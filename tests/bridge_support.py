"""Helpers for the daemon tests: presets on tiny models, daemons run in-process or as a real `padfusion serve`
process, waits on their state, and hand-made OSC packets. The OSC client is the package's own
(padfusion.bridge.client); the fixtures that put these together are in conftest.py."""

import contextlib
import json
import os
import signal
import socket
import struct
import subprocess
import sys
import time
from pathlib import Path

import soundfile as sf
import torch
from pythonosc.osc_message_builder import OscMessageBuilder

from padfusion.bridge.client import OscClient
from padfusion.bridge.config import Settings
from padfusion.bridge.daemon import Daemon
from padfusion.core.oneshot import CHANNELS, LENGTH, SAMPLE_RATE

PADS = ("kick", "snare", "hihat", "perc")
HYDROGEN = Path("/usr/share/hydrogen/data/drumkits")
# What the daemons here run on, as `status` reports it: PyTorch's GPU where there is one, else the CPU.
DEVICE = "cuda" if torch.cuda.is_available() else "mps" if torch.backends.mps.is_available() else "cpu"


def write_presets(folder: Path, model: Path, pads=PADS, steps: int = 4, missing=()) -> tuple[str, ...]:
    """One preset file per pad on `model` (pads in `missing` point at a model folder that does not exist)."""
    folder.mkdir(parents=True, exist_ok=True)
    for pad in pads:
        source = folder / f"no-such-model-{pad}" if pad in missing else model
        (folder / f"{pad}.toml").write_text(f'pad = "{pad}"\nmodel = "{source}"\nsteps = {steps}\n')
    return tuple(str(folder / f"{pad}.toml") for pad in pads)


def daemon_settings(tmp_path: Path, presets, reply_port: int, **overrides) -> Settings:
    values = dict(out=tmp_path / "out", osc_port=0, reply_port=reply_port, web_port=0, presets=tuple(presets),
                  midi="none", learned_midi=tmp_path / "learned.json", threads=1)
    return Settings(**values | overrides)


@contextlib.contextmanager
def running(settings: Settings):
    """An in-process daemon, stopped (and torch's thread count restored) afterwards."""
    threads = torch.get_num_threads()
    daemon = Daemon(settings)
    daemon.start()
    try:
        yield daemon
    finally:
        daemon.stop()
        torch.set_num_threads(threads)


def assert_complete_wav(path) -> None:
    """The file reads to the end as a whole one-shot."""
    data, rate = sf.read(path, dtype="float32", always_2d=True)
    assert rate == SAMPLE_RATE and data.shape == (LENGTH, CHANNELS), (path, rate, data.shape)


def read_index(out: Path, count: int | None = None, timeout: float = 10) -> list[dict]:
    """The index's lines; with `count`, once there are that many (the daemon archives a sample right after
    announcing it)."""
    deadline = time.monotonic() + timeout
    while True:
        index = out / "index.jsonl"
        text = index.read_text() if index.exists() else ""
        assert text == "" or text.endswith("\n")
        lines = [json.loads(line) for line in text.splitlines()]
        if count is None or len(lines) >= count:
            return lines
        assert time.monotonic() < deadline, f"the index has {len(lines)} lines, not {count}"
        time.sleep(0.02)


def hydrogen_sample(keyword: str) -> Path:
    """A real drum one-shot from the installed Hydrogen kits."""
    matches = sorted(p for p in HYDROGEN.glob("*/*.flac") if keyword.lower() in p.name.lower())
    if not matches:
        import pytest

        pytest.skip(f"no Hydrogen sample matching {keyword!r} (apt install hydrogen-drumkits)")
    return matches[0]


def free_udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def free_tcp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class DaemonProcess:
    """`padfusion serve` as a real process, ready once it answers ping."""

    def __init__(self, out: Path, presets, client: OscClient, *extra, config: str = ""):
        self.port = client.daemon_port = free_udp_port()
        self.log = open(out.parent / "daemon.log", "ab")
        path = out.parent / "config.toml"  # the defaults (and `config`), whatever the user's own config file says
        path.write_text(f'learned_midi = "{out.parent / "learned.json"}"\n{config}')
        env = dict(os.environ, HF_HUB_OFFLINE="1")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "padfusion.bridge.cli", "serve", "--config", str(path), "--out", str(out),
             "--osc-port", str(self.port),
             "--reply-port", str(client.port), "--web-port", "0", "--midi", "none", "--preset", *presets, *extra],
            stdout=self.log, stderr=subprocess.STDOUT, env=env)
        deadline = time.monotonic() + 60
        try:
            while not client.answers_ping(0.5):
                assert self.proc.poll() is None, f"the daemon exited: {self.log_text()}"
                assert time.monotonic() < deadline, f"the daemon never answered ping: {self.log_text()}"
        except BaseException:
            self.kill()
            raise

    def log_text(self) -> str:
        return Path(self.log.name).read_text(errors="replace")

    def signal(self, signum=signal.SIGTERM, timeout: float = 60) -> int:
        self.proc.send_signal(signum)
        try:
            return self.proc.wait(timeout)
        finally:
            self.log.close()

    def kill(self) -> None:
        """End it if it still runs (after a failed test)."""
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        self.log.close()

    def rss_mb(self, peak: bool = False) -> float:
        """Its resident memory now, or with `peak` the most it has held so far."""
        field = "VmHWM:" if peak else "VmRSS:"
        for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
            if line.startswith(field):
                return int(line.split()[1]) / 1024
        raise RuntimeError(f"no {field}")


def count_received(daemon: Daemon) -> list:
    """From now on, the sender of every datagram the daemon's OSC server takes in (its own excepted), in order:
    what a daemon is sent, counted where it arrives."""
    senders = []
    dispatch = daemon.osc._dispatch

    def counted(data, sender):
        senders.append(sender[:2])
        dispatch(data, sender)

    daemon.osc._dispatch = counted
    return senders


# Waits on the daemon's state ------------------------------------------------------------------------------

def wait_until(condition, timeout: float = 30, what: str = "the condition") -> None:
    """Until `condition()` holds, polled every 20 ms."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.02)


def pool_full(client: OscClient, depth: int = 2) -> bool:
    return client.status()[3] == depth * len(PADS)


def busy_generating(client: OscClient, daemon: Daemon, pad: str = "kick", seed: int = 1, steps: int = 200) -> None:
    """Start a long request (200 steps: tens of seconds of the tiny model) and wait until it is in hand."""
    client.send("generate", pad, seed, steps)
    wait_until(lambda: daemon.worker.busy and not len(daemon.worker.requests), what="the long request in hand")


# OSC packets by hand ---------------------------------------------------------------------------------------

def osc_string(text: bytes) -> bytes:
    return text + b"\0" * (4 - len(text) % 4)


def raw_message(address: bytes, tags: bytes = b"", *args: bytes) -> bytes:
    """A message from its parts as they go on the wire (`args` already encoded): any tags, right or wrong."""
    return osc_string(address) + osc_string(b"," + tags) + b"".join(args)


def osc_message(address: str, *args) -> bytes:
    """A well-formed message to any address, typed by python-osc."""
    builder = OscMessageBuilder(address)
    for arg in args:
        builder.add_arg(arg)
    return builder.build().dgram


def bundle(*elements: bytes) -> bytes:
    return b"#bundle\0" + bytes(8) + b"".join(struct.pack(">i", len(e)) + e for e in elements)


def f32(x: float) -> bytes:
    return struct.pack(">f", x)


def i32(x: int) -> bytes:
    return struct.pack(">i", x)
