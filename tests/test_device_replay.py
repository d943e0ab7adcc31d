"""The device against a running daemon: padfusion.js (under Node, max_for_live/tests/device_process.js)
on one side, `padfusion serve` with tiny random models on the other, real UDP in between, wired the way
the patcher wires them: [udpsend] to the daemon from a port of its own, [udpreceive] on the reply port the
device chooses (opened when padfusion.js says `reply port N`; a port that cannot be bound receives nothing,
as in Max), a second [udpsend] for the device's probe of that port, a pattr per pad that keeps what the
device stores and hands it back as `restore`, and liveapi_sampler.js answering as a Live with a Drum Rack
(Simpler mode on) would."""

import json
import queue
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote, unquote

import numpy as np
import pytest
import soundfile
from pythonosc.osc_message_builder import OscMessageBuilder
from pythonosc.osc_packet import OscPacket

from padfusion.bridge.requests import BY_ADDRESS

pytestmark = [pytest.mark.node, pytest.mark.skipif(
    shutil.which("node") is None, reason="Node.js is not installed: the device runs under node (apt install nodejs)")]

ROOT = Path(__file__).resolve().parent.parent
PADS = {"kick": 36, "snare": 38, "hihat": 42, "perc": 39}
TIMEOUT = 120  # seconds for one step; the first one loads torch and four models on a busy machine
HISTORY_LIMIT = 6  # the daemon's cap on history: the tests make more samples than this


def sent_id(message) -> int | None:
    """The id of a request the device sent ([0, address, ...args]), wherever the protocol puts it."""
    names = [a.name for a in BY_ADDRESS[message[1]].args]
    return message[2 + names.index("id")] if "id" in names else None


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

    def __init__(self, osc_port: int, restore: dict | None = None, simpler: bool = False):
        self.node = subprocess.Popen(["node", str(ROOT / "max_for_live/tests/device_process.js")], text=True,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=1)
        self.lines = queue.Queue()
        threading.Thread(target=lambda: [self.lines.put(json.loads(line)) for line in self.node.stdout],
                         daemon=True).start()
        self.udpsend = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.daemon_port = self.probe_port = None
        self.udpreceive = None
        self.pumped = time.monotonic()
        self.pattrs = {}   # pad -> what the device stored (decoded)
        self.sent = []     # everything the device sent: [outlet, ...atoms]
        self.replies = []  # everything that reached its inlet from [udpreceive]: [address, ...args]
        # As Live opens a set: the stored settings and pattrs reach the device before live.thisdevice's init.
        self.inlet("osc_port", osc_port)
        self.inlet("target", int(simpler))
        for pad, stored in (restore or {}).items():
            self.inlet("restore", pad, stored)
        self.inlet("init")

    def inlet(self, *message):
        self.node.stdin.write(json.dumps(message) + "\n")

    def network(self, target, *args):
        if target == "daemon":
            if args[0] == "port":
                self.daemon_port = args[1]
        elif target == "reply":
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

    def pump(self):
        """Pass what is waiting both ways, once."""
        self.pumped = time.monotonic()
        while not self.lines.empty():
            message = self.lines.get()
            self.sent.append(message)
            if message[0] == 0:
                self.udpsend.sendto(osc(message[1], message[2:]), ("127.0.0.1", self.daemon_port))
            elif message[0] == 3 and message[1] == "check":
                self.inlet("simpler_ready", 1)
            elif message[0] == 4:
                self.network(*message[1:])
            elif message[0] == 2 and message[2:3] == ["store"]:
                self.pattrs[message[1]] = json.loads(unquote(message[3]))
                self.inlet("restore", message[1], message[3])  # a pattr outputs what it is set to
            elif message[0] == 2 and message[2:3] == ["fade"]:
                self.inlet("faded", message[1])  # the fade's end, from the voice's line~
        if self.udpreceive is None:
            time.sleep(0.02)
            return
        try:
            data = self.udpreceive.recv(65536)
        except (TimeoutError, OSError):
            return
        for timed in OscPacket(data).messages:
            reply = [timed.message.address, *timed.message.params]
            self.replies.append(reply)
            self.inlet(*reply)

    def run_until(self, done, what: str, others=()):
        """Pass messages both ways (for `others` too) until done(self) holds."""
        deadline = time.monotonic() + TIMEOUT
        while not done(self):
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what}; status: {self.status}; info: {self.info}; "
                                     f"replies: {self.replies[-5:]}")
            for device in (self, *others):
                device.pump()

    def loads(self, pad):
        return [m[4] for m in self.sent if m[:4] == [2, pad, "buffer", "replace"]]

    def readies(self, pad=None):
        return [r for r in self.replies if r[0] == "/padfusion/ready" and pad in (None, r[1])]

    def requests(self, name):
        return [m[2:] for m in self.sent if m[:2] == [0, f"/padfusion/{name}"]]

    def text(self, what):
        lines = [m[2] for m in self.sent if m[:2] == [1, what]]
        return lines[-1] if lines else None

    def state(self, pad):
        lines = [m[3] for m in self.sent if m[1:3] == [pad, "state"]]
        return lines[-1] if lines else None

    @property
    def status(self):
        return self.text("status")

    @property
    def info(self):
        return self.text("info")

    def press(self, pad, action, until_loaded=True):
        if time.monotonic() - self.pumped > 1 or not (self.status or "").startswith("connected (cpu)"):
            fresh = len(self.replies)  # left alone, it missed heartbeats: a fresh answer first
            self.run_until(lambda d: len(d.replies) > fresh and d.status.startswith("connected (cpu)"), "a heartbeat")
        before = len(self.loads(pad))
        self.inlet("press", pad, action, 1)
        if until_loaded:
            self.run_until(lambda d: len(d.loads(pad)) > before, f"{pad} after {action}")
        return self.loads(pad)[-1] if until_loaded else None

    def close(self):
        self.node.stdin.close()
        self.node.wait(timeout=10)
        for sock in (self.udpsend, self.probe, self.udpreceive):
            if sock is not None:
                sock.close()


def stored(sample: dict) -> str:
    """What a pattr holds for a pad's sample (padfusion.js's encoding)."""
    return quote(json.dumps(sample, separators=(",", ":")), safe="~()*!.'-_")


@pytest.fixture(scope="module")
def daemon(tmp_path_factory, tiny_model):
    """`padfusion serve` on free ports, four pads playing a tiny random model, no MIDI, no pool, a small history."""
    root = tmp_path_factory.mktemp("daemon")
    presets = []
    for pad in PADS:
        preset = root / f"{pad}.toml"
        preset.write_text(f'pad = "{pad}"\nmodel = "{tiny_model}"\nsteps = 2\n')
        presets.append(str(preset))
    config = root / "config.toml"
    config.write_text(f'learned_midi = "{root / "learned.json"}"\nhistory_limit = {HISTORY_LIMIT}\n')
    osc_port, default_reply_port = free_udp_port(), free_udp_port()
    log = root / "serve.log"
    server = subprocess.Popen([sys.executable, "-m", "padfusion.bridge.cli", "serve", "--config", str(config),
                               "--out", str(root / "out"), "--osc-port", str(osc_port),
                               "--reply-port", str(default_reply_port),
                               "--midi", "none", "--pool-depth", "0", "--device", "cpu", "--preset", *presets],
                              stdout=subprocess.DEVNULL, stderr=log.open("w"))
    yield {"out": root / "out", "osc_port": osc_port, "model": str(tiny_model), "reply_port": default_reply_port}
    server.terminate()
    server.wait(timeout=30)
    assert server.returncode == 0, log.read_text()[-3000:]


@pytest.fixture(scope="module")
def device(daemon):
    device = Device(daemon["osc_port"])
    yield device
    device.close()


def connected(device):
    device.run_until(lambda d: (d.status or "").startswith("connected (cpu)"), "a connection")


def test_the_device_finds_its_own_reply_port_connects_and_learns_the_pads(device):
    device.run_until(lambda d: sum(r[0] == "/padfusion/pad" for r in d.replies) == 4 and
                     d.status == "connected (cpu)", "the pads and the daemon's state")
    assert {r[1]: r[2] for r in device.replies if r[0] == "/padfusion/pad"} == PADS
    port = device.udpreceive.getsockname()[1]
    assert device.requests("hello")[-1] == [port] and device.text("port") == f"Reply {port}"


def test_new_loads_a_pinned_sample_and_stores_it_with_its_recipe(device, daemon):
    path = Path(device.press("kick", "new"))
    ready = device.readies("kick")[-1]
    assert path == Path(ready[2]) and path.parent == daemon["out"] / "pinned" / "kick"
    assert path.read_bytes() == (daemon["out"] / "history" / "kick" / path.name).read_bytes()
    audio, rate = soundfile.read(path)
    assert rate == 44100 and audio.shape[1] == 2 and len(audio) > 0
    recipe = device.pattrs["kick"]["recipe"]
    assert device.pattrs["kick"]["path"] == str(path) and recipe == json.loads(ready[5])
    assert (recipe["seed"], recipe["model"], recipe["sampler"]) == (ready[3], daemon["model"], "dpmpp-2m")
    assert len(recipe["weights"]) == 16
    assert device.state("kick") == "idle" and device.status.startswith("connected (cpu) | last kick ")


def test_var_varies_the_sets_sample_keep_keeps_it_undo_walks_back(device, daemon):
    first = device.press("kick", "new")
    device.inlet("strength", 40)
    varied = device.press("kick", "variation")
    assert device.requests("variation")[-1][:3] == ["kick", 0.4, first]
    assert device.pattrs["kick"]["recipe"]["variation_of"] == Path(first).relative_to(daemon["out"]).as_posix()
    device.press("kick", "keep", until_loaded=False)
    device.run_until(lambda d: d.requests("keep") and any(r[0] == "/padfusion/kept" for r in d.replies), "kept")
    kept = Path(next(r[2] for r in device.replies if r[0] == "/padfusion/kept"))
    assert kept.read_bytes() == Path(varied).read_bytes() and kept.parent == daemon["out"] / "kept" / "kick"
    assert device.press("kick", "undo") == first
    assert device.pattrs["kick"]["path"] == first
    assert [r for r in device.replies if r[0] == "/padfusion/error"] == []


@pytest.mark.parametrize("count", [2, 4, 8])
def test_devices_on_one_daemon_each_keep_to_their_own_samples(daemon, count):
    devices = [Device(daemon["osc_port"]) for _ in range(count)]
    try:
        for d in devices:
            connected(d)
        # all on the kick at once: New, then Var, Keep and Undo, each device on its own samples
        for d in devices:
            d.inlet("press", "kick", "new", 1)
        for d in devices:
            d.run_until(lambda d: d.loads("kick"), "each device's kick", others=devices)
        firsts = [d.pattrs["kick"]["path"] for d in devices]
        assert len(set(firsts)) == count
        for d in devices:
            d.inlet("press", "kick", "variation", 1)
            d.inlet("press", "kick", "keep", 1)
        for d in devices:
            d.run_until(lambda d: len(d.loads("kick")) == 2 and any(r[0] == "/padfusion/kept" for r in d.replies),
                        "each device's variation and keep", others=devices)
        for d, first in zip(devices, firsts):
            assert d.requests("variation")[0][2] == first, "Var sends the device's own sample"
            kept = next(r[2] for r in d.replies if r[0] == "/padfusion/kept")
            assert Path(kept).name == Path(first).name, "Keep (sent before the variation came) keeps its own"
            assert d.pattrs["kick"]["recipe"]["variation_of"].endswith(Path(first).name)
            assert d.press("kick", "undo") == first
            ids = {sent_id(m) for m in d.sent if m[0] == 0}
            assert [r[6] for r in d.readies() if r[6] in ids] == [r[6] for r in d.readies()], "only its own answers"
            assert len(d.readies()) == 2
    finally:
        for d in devices:
            d.close()


def test_a_set_reopened_after_history_was_pruned_has_every_pad(daemon):
    maker = Device(daemon["osc_port"])
    try:
        connected(maker)
        for pad in PADS:
            maker.press(pad, "new")
        saved = {pad: stored(sample) for pad, sample in maker.pattrs.items()}
        heard = {pad: daemon["out"] / "history" / pad / Path(maker.readies(pad)[-1][2]).name for pad in PADS}
        for pad in [*PADS] * 2:
            maker.press(pad, "new")  # the set's samples, no pad's current one any more, leave history
    finally:
        maker.close()
    assert not any(Path(path).exists() for path in heard.values()), "pruned from history"
    reopened = Device(daemon["osc_port"], restore=saved)
    try:
        connected(reopened)
        reopened.run_until(lambda d: all(d.loads(pad) for pad in PADS), "every pad restored")
        assert {pad: reopened.loads(pad) for pad in PADS} == {pad: [json.loads(unquote(saved[pad]))["path"]]
                                                               for pad in PADS}
        assert reopened.requests("remake") == reopened.requests("generate") == [] and reopened.pattrs == {}
    finally:
        reopened.close()


def test_a_variation_and_a_steps_dial_sample_are_made_again_bit_identically(device, tmp_path):
    device.inlet("steps", 3)
    device.press("snare", "new")
    device.inlet("steps", 0)
    device.press("perc", "new")
    device.press("perc", "variation")
    originals = {pad: dict(device.pattrs[pad]) for pad in ("snare", "perc")}
    assert originals["snare"]["recipe"]["steps"] == 3 and "variation_of" in originals["perc"]["recipe"]
    moved = {pad: stored(dict(sample, path=str(tmp_path / "elsewhere" / f"{pad}.wav")))
             for pad, sample in originals.items()}
    reopened = Device(device.daemon_port, restore=moved)
    try:
        reopened.run_until(lambda d: d.loads("snare") and d.loads("perc"), "the samples made again")
        assert [r[0] for r in reopened.requests("remake")] == ["snare", "perc"]
        for pad, sample in originals.items():
            again, _ = soundfile.read(reopened.loads(pad)[0])
            original, _ = soundfile.read(sample["path"])
            assert np.array_equal(again, original), pad
            assert "made again exactly" in reopened.info
    finally:
        reopened.close()


def test_a_retrained_models_recipe_is_reported_as_different_and_the_set_keeps_it(device, tmp_path):
    device.press("kick", "new")
    sample = dict(device.pattrs["kick"], path=str(tmp_path / "gone.wav"))
    sample["recipe"] = dict(sample["recipe"], weights="0123456789abcdef")  # made before the model was retrained
    reopened = Device(device.daemon_port, restore={"kick": stored(sample)})
    try:
        reopened.run_until(lambda d: d.requests("remake") and "cannot" in (d.info or ""),
                           "the refusal")
        assert "cannot be made again exactly" in reopened.info and "would sound different" in reopened.info
        assert reopened.loads("kick") == [] and reopened.pattrs == {}
    finally:
        reopened.close()


def test_simpler_mode_reopened_with_a_file_missing_leaves_the_simplers_sample(device, tmp_path):
    device.press("kick", "new")
    sample = dict(device.pattrs["kick"], path=str(tmp_path / "collected-elsewhere.wav"))
    reopened = Device(device.daemon_port, restore={"kick": stored(sample)}, simpler=True)
    try:
        reopened.run_until(lambda d: d.loads("kick"), "the own player's copy made again")
        assert [m for m in reopened.sent if m[0] == 3 and m[1] == "replace"] == []
    finally:
        reopened.close()


def test_stray_readies_are_ignored(device, daemon):
    connected(device)
    port = device.udpreceive.getsockname()[1]
    before = len(device.loads("hihat"))
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as stray:
        for request_id in (0, 12345):  # a MIDI sample, another session's request
            stray.sendto(osc("/padfusion/ready", ["hihat", str(daemon["out"] / "hihat.wav"), 1, 1.0, "{}",
                                                  request_id]), ("127.0.0.1", port))
    device.run_until(lambda d: len([r for r in d.replies if r[0] == "/padfusion/ready" and r[1] == "hihat"]) >= 2,
                     "the stray readies")
    pongs = sum(r[0] == "/padfusion/pong" for r in device.replies)
    device.run_until(lambda d: sum(r[0] == "/padfusion/pong" for r in d.replies) > pongs + 1, "two heartbeats")
    assert len(device.loads("hihat")) == before and ["hihat"] not in [r[:1] for r in device.requests("pin")]
