"""The device against a running daemon: padfusion.js (under Node, max_for_live/tests/device_process.js)
on one side, `padfusion serve` with tiny random models on the other, real UDP in between, wired the way
the patcher wires them: [udpsend] from a throwaway port, [udpreceive] on the reply port."""

import json
import queue
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import soundfile
from pythonosc.osc_packet import OscPacket
from pythonosc.udp_client import SimpleUDPClient

pytestmark = pytest.mark.skipif(shutil.which("node") is None, reason="Node.js is not installed: the device runs under node (apt install nodejs)")

ROOT = Path(__file__).resolve().parent.parent
PADS = {"kick": 36, "snare": 38, "hihat": 42, "perc": 39}
TIMEOUT = 120  # seconds for one step; the first one loads torch and four models on a busy machine


def free_udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Device:
    """padfusion.js in a Node process, its OSC outlet sent to the daemon, the reply port fed to its inlet."""

    def __init__(self, osc_port: int, reply_port: int):
        self.node = subprocess.Popen(["node", str(ROOT / "max_for_live/tests/device_process.js")], text=True,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=1)
        self.lines = queue.Queue()
        threading.Thread(target=lambda: [self.lines.put(json.loads(l)) for l in self.node.stdout], daemon=True).start()
        self.udpsend = SimpleUDPClient("127.0.0.1", osc_port)
        self.udpreceive = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.udpreceive.bind(("127.0.0.1", reply_port))
        self.udpreceive.settimeout(0.05)
        self.sent = []     # everything the device sent: [outlet, ...atoms]
        self.replies = []  # everything the daemon answered: [address, ...args]

    def inlet(self, *message):
        self.node.stdin.write(json.dumps(message) + "\n")

    def run_until(self, done, what: str):
        """Pass messages both ways until done(self) holds."""
        deadline = time.monotonic() + TIMEOUT
        while not done(self):
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what}; status: {self.status}; replies: {self.replies[-5:]}")
            while not self.lines.empty():
                message = self.lines.get()
                self.sent.append(message)
                if message[0] == 0:
                    self.udpsend.send_message(message[1], message[2:])
            try:
                data = self.udpreceive.recv(65536)
            except TimeoutError:
                continue
            for timed in OscPacket(data).messages:
                reply = [timed.message.address, *timed.message.params]
                self.replies.append(reply)
                self.inlet(*reply)

    def loads(self, pad):
        return [m[4] for m in self.sent if m[:4] == [2, pad, "buffer", "replace"]]

    @property
    def status(self):
        lines = [m[2] for m in self.sent if m[0] == 1]
        return lines[-1] if lines else None

    def close(self):
        self.node.stdin.close()
        self.node.wait(timeout=10)
        self.udpreceive.close()


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
    osc_port, reply_port = free_udp_port(), free_udp_port()
    log = root / "serve.log"
    server = subprocess.Popen([sys.executable, "-m", "padfusion.bridge.cli", "serve", "--config", str(config),
                               "--out", str(root / "out"), "--osc-port", str(osc_port), "--reply-port", str(reply_port),
                               "--midi", "none", "--pool-depth", "0", "--device", "cpu", "--preset", *presets],
                              stdout=subprocess.DEVNULL, stderr=log.open("w"))
    yield {"out": root / "out", "osc_port": osc_port, "reply_port": reply_port}
    server.terminate()
    server.wait(timeout=30)
    assert server.returncode == 0, log.read_text()[-3000:]


@pytest.fixture(scope="module")
def device(daemon):
    device = Device(daemon["osc_port"], daemon["reply_port"])
    device.inlet("init")
    yield device
    device.close()


def test_the_device_connects_and_learns_the_pads(device):
    device.run_until(lambda d: sum(r[0] == "/padfusion/pad" for r in d.replies) == 4 and
                     d.status == "connected (cpu)", "the pads and the daemon's state")
    assert {r[1]: r[2] for r in device.replies if r[0] == "/padfusion/pad"} == PADS


def test_new_loads_the_daemons_sample_into_the_pad(device, daemon):
    device.inlet("press", "kick", "new", 1)
    device.run_until(lambda d: d.loads("kick"), "a kick sample")
    path = Path(device.loads("kick")[-1])
    assert path == daemon["out"] / "kick.wav"
    audio, rate = soundfile.read(path)
    assert rate == 44100 and audio.shape[1] == 2 and len(audio) > 0
    assert device.status.startswith("connected (cpu) | last kick ")


def test_steps_variation_and_undo_each_bring_a_new_load(device):
    device.inlet("steps", 3)
    device.inlet("strength", 40)
    for action in ("new", "variation", "undo"):
        before = len(device.loads("kick"))
        device.inlet("press", "kick", action, 1)
        device.run_until(lambda d: len(d.loads("kick")) > before, f"kick after {action}")
    assert [r[0] for r in device.replies if r[0] == "/padfusion/error"] == []


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
