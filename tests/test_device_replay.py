"""The device against a running daemon: padfusion.js (under Node, max_for_live/tests/device_process.js)
on one side, `padfusion serve` with tiny random models on the other, real UDP in between, wired the way
the patcher wires them: [udpsend] to the daemon from a port of its own, [udpreceive] on the device's reply
port (opened when padfusion.js says `reply port N`; a port that cannot be bound receives nothing, as in
Max), a second [udpsend] for the device's probe of that port, and a pattr per pad that keeps what the
device stores and hands it back as `restore`."""

import json
import queue
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pytest
import soundfile
from pythonosc.osc_message_builder import OscMessageBuilder
from pythonosc.osc_packet import OscPacket

pytestmark = [pytest.mark.node, pytest.mark.skipif(
    shutil.which("node") is None, reason="Node.js is not installed: the device runs under node (apt install nodejs)")]

ROOT = Path(__file__).resolve().parent.parent
PADS = {"kick": 36, "snare": 38, "hihat": 42, "perc": 39}
TIMEOUT = 120  # seconds for one step; the first one loads torch and four models on a busy machine
TAKEN = "is taken by another program or PadFusion device"


def free_udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def osc(address: str, args) -> bytes:
    builder = OscMessageBuilder(address)
    for arg in args:
        builder.add_arg(arg)
    return builder.build().dgram


class Device:
    """padfusion.js in a Node process, wired like PadFusion.maxpat."""

    def __init__(self, osc_port: int, reply_port: int, restore: dict | None = None):
        self.node = subprocess.Popen(["node", str(ROOT / "max_for_live/tests/device_process.js")], text=True,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=1)
        self.lines = queue.Queue()
        threading.Thread(target=lambda: [self.lines.put(json.loads(line)) for line in self.node.stdout],
                         daemon=True).start()
        self.udpsend = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.daemon_port = self.probe_port = None
        self.udpreceive = None
        self.pattrs = {}   # pad -> what the device stored
        self.sent = []     # everything the device sent: [outlet, ...atoms]
        self.replies = []  # everything that reached its inlet from [udpreceive]: [address, ...args]
        # As Live opens a set: the stored settings and pattrs reach the device before live.thisdevice's init.
        self.inlet("osc_port", osc_port)
        self.inlet("reply_port", reply_port)
        for pad, stored in (restore or {}).items():
            self.inlet("restore", pad, *stored)
        self.inlet("init")

    def inlet(self, *message):
        self.node.stdin.write(json.dumps(message) + "\n")

    def network(self, target, *args):
        if target == "daemon":
            self.daemon_port = args[1]
        elif target == "reply":
            if self.udpreceive is None or self.udpreceive.getsockname()[1] != args[1]:
                if self.udpreceive is not None:
                    self.udpreceive.close()
                self.udpreceive = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
                try:
                    self.udpreceive.bind(("127.0.0.1", args[1]))
                    self.udpreceive.settimeout(0.02)
                except OSError:  # taken: Max's [udpreceive] then hears nothing
                    self.udpreceive.close()
                    self.udpreceive = None
        elif args[0] == "port":
            self.probe_port = args[1]
        else:
            self.probe.sendto(osc(args[0], args[1:]), ("127.0.0.1", self.probe_port))

    def run_until(self, done, what: str):
        """Pass messages both ways until done(self) holds."""
        deadline = time.monotonic() + TIMEOUT
        while not done(self):
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what}; status: {self.status}; "
                                     f"replies: {self.replies[-5:]}")
            while not self.lines.empty():
                message = self.lines.get()
                self.sent.append(message)
                if message[0] == 0:
                    self.udpsend.sendto(osc(message[1], message[2:]), ("127.0.0.1", self.daemon_port))
                elif message[0] == 4:
                    self.network(*message[1:])
                elif message[0] == 2 and message[2:3] == ["store"]:
                    self.pattrs[message[1]] = message[3:]
                    self.inlet("restore", message[1], *message[3:])  # a pattr outputs what it is set to
            if self.udpreceive is None:
                time.sleep(0.02)
                continue
            try:
                data = self.udpreceive.recv(65536)
            except (TimeoutError, OSError):
                continue
            for timed in OscPacket(data).messages:
                reply = [timed.message.address, *timed.message.params]
                self.replies.append(reply)
                self.inlet(*reply)

    def loads(self, pad):
        return [m[4] for m in self.sent if m[:4] == [2, pad, "buffer", "replace"]]

    def readies(self, pad=None):
        return [r for r in self.replies if r[0] == "/padfusion/ready" and pad in (None, r[1])]

    def requests(self, name):
        return [m[2:] for m in self.sent if m[:2] == [0, f"/padfusion/{name}"]]

    @property
    def status(self):
        lines = [m[2] for m in self.sent if m[0] == 1]
        return lines[-1] if lines else None

    def close(self):
        self.node.stdin.close()
        self.node.wait(timeout=10)
        for sock in (self.udpsend, self.probe, self.udpreceive):
            if sock is not None:
                sock.close()


@pytest.fixture(scope="module")
def daemon(tmp_path_factory, tiny_model):
    """`padfusion serve` on free ports, four pads playing a tiny random model, no MIDI, no pool."""
    root = tmp_path_factory.mktemp("daemon")
    presets = []
    for pad in PADS:
        preset = root / f"{pad}.toml"
        preset.write_text(f'pad = "{pad}"\nmodel = "{tiny_model}"\nsteps = 2\n')
        presets.append(str(preset))
    config = root / "config.toml"
    config.write_text(f'learned_midi = "{root / "learned.json"}"\n')
    osc_port, default_reply_port = free_udp_port(), free_udp_port()
    log = root / "serve.log"
    server = subprocess.Popen([sys.executable, "-m", "padfusion.bridge.cli", "serve", "--config", str(config),
                               "--out", str(root / "out"), "--osc-port", str(osc_port),
                               "--reply-port", str(default_reply_port),
                               "--midi", "none", "--pool-depth", "0", "--device", "cpu", "--preset", *presets],
                              stdout=subprocess.DEVNULL, stderr=log.open("w"))
    yield {"out": root / "out", "osc_port": osc_port, "model": str(tiny_model)}
    server.terminate()
    server.wait(timeout=30)
    assert server.returncode == 0, log.read_text()[-3000:]


@pytest.fixture(scope="module")
def device(daemon):
    device = Device(daemon["osc_port"], free_udp_port())
    yield device
    device.close()


def test_the_device_connects_on_its_own_reply_port_and_learns_the_pads(device):
    device.run_until(lambda d: sum(r[0] == "/padfusion/pad" for r in d.replies) == 4 and
                     d.status == "connected (cpu)", "the pads and the daemon's state")
    assert {r[1]: r[2] for r in device.replies if r[0] == "/padfusion/pad"} == PADS
    assert device.requests("hello")[0] == [device.udpreceive.getsockname()[1]]


def test_new_loads_the_daemons_sample_and_stores_it_for_the_set(device, daemon):
    device.inlet("press", "kick", "new", 1)
    device.run_until(lambda d: d.loads("kick"), "a kick sample")
    ready = device.readies("kick")[-1]
    path = Path(device.loads("kick")[-1])
    assert path == Path(ready[2]) and path.parent == daemon["out"] / "history" / "kick"  # never overwritten
    audio, rate = soundfile.read(path)
    assert rate == 44100 and audio.shape[1] == 2 and len(audio) > 0
    assert device.pattrs["kick"] == [ready[2], ready[3], daemon["model"], "dpmpp-2m"]
    assert device.status.startswith("connected (cpu) | last kick ")


def test_steps_variation_and_undo_each_bring_a_new_load(device):
    device.inlet("steps", 3)
    device.inlet("strength", 40)
    for action in ("new", "variation", "undo"):
        before = len(device.loads("kick"))
        device.inlet("press", "kick", action, 1)
        device.run_until(lambda d: len(d.loads("kick")) > before, f"kick after {action}")  # noqa: B023 - called here
    assert [r[0] for r in device.replies if r[0] == "/padfusion/error"] == []
    device.inlet("steps", 0)


def test_keep_copies_the_sample(device):
    device.inlet("press", "kick", "keep", 1)
    device.run_until(lambda d: any(r[0] == "/padfusion/kept" for r in d.replies), "kept")
    kept = Path(next(r[2] for r in device.replies if r[0] == "/padfusion/kept"))
    assert kept.is_file() and soundfile.info(kept).frames > 0


def test_the_daemons_refusal_shows_on_the_status_line(device):
    device.inlet("press", "perc", "undo", 1)
    device.run_until(lambda d: d.status.startswith("connected (cpu) | perc: "), "the error on the status line")
    assert [r[1:3] for r in device.replies if r[0] == "/padfusion/error"] == [["perc", "no_sample"]]
    assert "unexpected" not in " ".join(str(m) for m in device.sent)


def test_a_reopened_set_plays_its_stored_sample_without_asking_the_daemon(device, daemon, tmp_path):
    device.inlet("press", "snare", "new", 1)
    device.run_until(lambda d: d.loads("snare"), "a snare sample")
    stored = list(device.pattrs["snare"])
    saved = tmp_path / "set-sample.wav"  # what Live's Collect All and Save would gather
    shutil.copy(stored[0], saved)
    reopened = Device(daemon["osc_port"], free_udp_port(), restore={"snare": [str(saved), *stored[1:]]})
    try:
        reopened.run_until(lambda d: d.status == "connected (cpu)" and d.loads("snare"), "the stored snare")
        assert reopened.loads("snare") == [str(saved)]
        assert reopened.requests("generate") == reopened.requests("recall") == []
        assert reopened.pattrs == {}, "restoring stores nothing new"
    finally:
        reopened.close()


def test_a_set_opened_where_its_file_is_missing_gets_the_same_sample_back_by_seed(device, daemon, tmp_path):
    device.inlet("press", "hihat", "new", 1)
    device.run_until(lambda d: d.loads("hihat"), "a hi-hat sample")
    path, seed, model, sampler = device.pattrs["hihat"]
    original, _ = soundfile.read(path)
    elsewhere = str(tmp_path / "on-another-computer" / Path(path).name)
    reopened = Device(daemon["osc_port"], free_udp_port(), restore={"hihat": [elsewhere, seed, model, sampler]})
    try:
        reopened.run_until(lambda d: d.loads("hihat"), "the recalled hi-hat")
        assert reopened.requests("recall") == [["hihat", seed]]
        assert reopened.pattrs["hihat"][1:] == [seed, model, sampler]
        recalled, _ = soundfile.read(reopened.loads("hihat")[0])
        np.testing.assert_allclose(recalled, original, atol=1e-4)
        assert f"hihat: {elsewhere} was not on this computer: seed {seed} made again" in reopened.status
    finally:
        reopened.close()


def test_two_devices_share_the_daemon_and_hear_only_their_own_replies(daemon):
    first = Device(daemon["osc_port"], free_udp_port())
    second = Device(daemon["osc_port"], free_udp_port())
    try:
        for d in (first, second):
            d.run_until(lambda d: d.status == "connected (cpu)", "a connection")
        first.inlet("press", "kick", "new", 1)
        second.inlet("press", "perc", "new", 1)
        first.run_until(lambda d: d.loads("kick"), "the first device's kick")
        second.run_until(lambda d: d.loads("perc"), "the second device's perc")
        first.run_until(lambda d: len(d.replies) > 12, "a few more heartbeats")  # time for any stray reply
        assert [r[1] for r in first.readies()] == ["kick"] and [r[1] for r in second.readies()] == ["perc"]
        assert set(first.pattrs) == {"kick"} and set(second.pattrs) == {"perc"}
    finally:
        first.close()
        second.close()


def test_a_reply_port_held_by_another_program_is_shown_until_it_is_free(daemon):
    holder = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    holder.bind(("127.0.0.1", 0))
    port = holder.getsockname()[1]
    device = Device(daemon["osc_port"], port)
    try:
        device.run_until(lambda d: d.status and TAKEN in d.status, "the taken port on the status line")
        assert device.status.startswith(f"reply port {port} {TAKEN}: choose another Reply port")
        holder.close()  # the other program quits: the next heartbeat opens the port
        device.run_until(lambda d: d.status == "connected (cpu)", "the connection on the freed port")
    finally:
        holder.close()
        device.close()
