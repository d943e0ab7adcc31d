"""Helpers for the daemon tests: presets on tiny models, an OSC client on a real UDP socket, and daemons run
in-process or as a real `padfusion serve` process."""

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import soundfile as sf
import torch
from pythonosc.osc_message import OscMessage
from pythonosc.osc_message_builder import OscMessageBuilder

from padfusion.core.oneshot import CHANNELS, LENGTH, SAMPLE_RATE
from padfusion.bridge import protocol
from padfusion.bridge.config import Settings
from padfusion.bridge.daemon import Daemon

PADS = ("kick", "snare", "hihat", "perc")
HYDROGEN = Path("/usr/share/hydrogen/data/drumkits")


def write_presets(folder: Path, model: Path, pads=PADS, steps: int = 4, missing=()) -> tuple[str, ...]:
    """One preset file per pad on `model` (pads in `missing` point at a model folder that does not exist)."""
    folder.mkdir(parents=True, exist_ok=True)
    for pad in pads:
        source = folder / f"no-such-model-{pad}" if pad in missing else model
        (folder / f"{pad}.toml").write_text(f'pad = "{pad}"\nmodel = "{source}"\nsteps = {steps}\n')
    return tuple(str(folder / f"{pad}.toml") for pad in pads)


def daemon_settings(tmp_path: Path, presets, reply_port: int, **overrides) -> Settings:
    values = dict(out=tmp_path / "out", osc_port=0, reply_port=reply_port, presets=tuple(presets), midi="none",
                  learned_midi=tmp_path / "learned.json", threads=1)
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


class OscClient:
    """A UDP socket on 127.0.0.1 that sends requests to the daemon; pass its `port` as the reply port."""

    def __init__(self, daemon_port: int | None = None):
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.daemon_port = daemon_port

    def close(self):
        self.sock.close()

    def send(self, name: str, *args) -> None:
        builder = OscMessageBuilder(f"{protocol.PREFIX}/{name}")
        for arg in args:
            builder.add_arg(arg)
        self.sock.sendto(builder.build().dgram, ("127.0.0.1", self.daemon_port))

    def recv(self, timeout: float = 30) -> tuple[str, list]:
        self.sock.settimeout(timeout)
        message = OscMessage(self.sock.recvfrom(65536)[0])
        return message.address.removeprefix(protocol.PREFIX + "/"), message.params

    def wait_for(self, name: str, timeout: float = 30, **match) -> list:
        """The next `name` reply (skipping others) whose leading arguments match, e.g. pad="kick"."""
        deadline = time.monotonic() + timeout
        spec = {a.name: i for i, a in enumerate(next(m for m in protocol.REPLIES
                                                      if m.address.endswith("/" + name)).args)}
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"no {name} {match} within {timeout} s")
            reply, params = self.recv(remaining)
            if reply == name and all(params[spec[k]] == v for k, v in match.items()):
                return params

    def ask(self, name: str, *args, expect: str, timeout: float = 30, **match) -> list:
        self.send(name, *args)
        return self.wait_for(expect, timeout, **match)

    def ask_again(self, name: str, expect: str, timeout: float = 30) -> list:
        """Like `ask`, asking again when the request or its reply is lost: a burst can fill the daemon's UDP
        receive buffer (OSC over UDP is lossy; clients such as the Max device retry)."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                return self.ask(name, expect=expect, timeout=1)
            except (TimeoutError, socket.timeout):
                if time.monotonic() > deadline:
                    raise

    def status(self) -> list:
        """[state, device, pending, pooled]"""
        return self.ask_again("status", "status")

    def drain(self, quiet: float = 0.3) -> list:
        """Every reply until none has come for `quiet` seconds."""
        replies = []
        with contextlib.suppress(TimeoutError, socket.timeout):
            while True:
                replies.append(self.recv(quiet))
        return replies


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
             "--reply-port", str(client.port), "--midi", "none", "--preset", *presets, *extra],
            stdout=self.log, stderr=subprocess.STDOUT, env=env)
        deadline = time.monotonic() + 60
        try:
            while True:
                assert self.proc.poll() is None, f"the daemon exited: {self.log_text()}"
                assert time.monotonic() < deadline, f"the daemon never answered ping: {self.log_text()}"
                client.send("ping")
                with contextlib.suppress(TimeoutError, socket.timeout):
                    if client.recv(0.5)[0] == "pong":
                        break
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
