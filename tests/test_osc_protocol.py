"""The OSC protocol: the request table's argument checking (ints and floats interchangeable, as Max sends them),
reply typing and docs/protocol.md's tables kept in step with it; packets that are not OSC, or are OSC the daemon cannot
take, each answered with one error that fits a datagram; who gets the replies (the sender, the reply port, a
`hello` port); and daemons among daemons, where a reply is never answered and a bundle cannot draw a flood.

Real UDP sockets on 127.0.0.1 throughout: the daemon's own OscServer, in-process daemons, and liblo's oscsend
and oscdump as an independent implementation. Fuzzing the port is test_osc_fuzz.py."""

import contextlib
import re
import shutil
import socket
import subprocess
import threading
import time
from pathlib import Path

import pytest
from pythonosc.osc_bundle_builder import IMMEDIATELY, OscBundleBuilder
from pythonosc.osc_message import OscMessage
from pythonosc.osc_message_builder import OscMessageBuilder

from bridge_support import (assert_complete_wav, bundle, count_received, daemon_settings, f32, free_udp_port, i32,
                            osc_message, osc_string, raw_message, running, wait_until, write_presets)
from padfusion.bridge import protocol, requests
from padfusion.bridge.client import OscClient, RequestRefused
from padfusion.bridge.osc import MAX_MESSAGES, OscServer, build, validate
from padfusion.bridge.protocol import BadRequest
from padfusion.bridge.requests import BY_ADDRESS, BY_NAME, RELOAD, REQUESTS

PROTOCOL_PAGE = Path(__file__).resolve().parent.parent / "docs" / "protocol.md"


# The request table: arguments and replies -----------------------------------------------------------------

def spec(name):
    return BY_NAME[name]


def test_numbers_are_accepted_as_ints_or_floats():
    assert validate(spec("generate"), ["kick", 7.0, 12.0]) == {"pad": "kick", "seed": 7, "steps": 12}
    assert validate(spec("generate"), ["kick", 7, 12]) == {"pad": "kick", "seed": 7, "steps": 12}
    assert validate(spec("variation"), ["kick", 1]) == {"pad": "kick", "strength": 1}
    # float32 on the wire: 0.3 arrives as 0.30000001192..., and is taken as the 0.3 that was meant
    wire = OscMessage(build("ready", "kick", "/x.wav", 1, 0.3, "{}", 0)).params[3]
    assert wire != 0.3 and validate(spec("variation"), ["kick", wire])["strength"] == 0.3


def test_optional_arguments_may_be_left_out():
    assert validate(spec("generate"), ["kick"]) == {"pad": "kick"}
    assert validate(spec("ping"), []) == {}


@pytest.mark.parametrize("name, params, problem", [
    ("generate", [], "expected /padfusion/generate <pad> [seed] [steps] [id] [pin], got 0 arguments"),
    ("generate", ["kick", 1, 2, 3, 1, 4], "got 6 arguments"),
    ("generate", ["kick", 1, 2, -3], "id must be from 0 to 2147483647"),
    ("generate", ["kick", 1.5], "seed must be a whole number"),
    ("generate", ["kick", "7"], "seed must be a number"),
    ("generate", ["kick", True], "seed must be a number"),
    ("generate", ["kick", -2], "seed must be from -1 to 2147483647"),
    ("generate", ["kick", 1, -1], "steps must be from 0 to 200"),
    ("generate", ["kick", 1, 201], "steps must be from 0 to 200"),  # the daemon's ceiling (protocol.py says why)
    ("generate", ["kick", float("nan")], "seed must be a finite number"),
    ("generate", ["kick", 1, float("inf")], "steps must be a finite number"),
    ("variation", ["kick", float("nan")], "strength must be a finite number"),
    ("variation", ["kick", 0.3, "x" * 5000], "file is longer than 4096 bytes"),
    ("generate", [36], "pad must be a string"),
    ("variation", ["kick", 0], "strength must be from 0.01 to 1"),
    ("variation", ["kick", 1.5], "strength must be from 0.01 to 1"),
    ("recall", ["kick", -1], "seed must be from 0 to 2147483647"),
    ("ping", [1], "got 1 arguments"),
])
def test_bad_arguments_are_refused_with_the_usage(name, params, problem):
    with pytest.raises(BadRequest, match=re.escape(problem)) as refused:
        validate(spec(name), params)
    assert refused.value.code == "bad_args"
    assert refused.value.pad == (params[0] if params and isinstance(params[0], str) else "")


def test_replies_are_typed_by_the_table():
    message = OscMessage(build("ready", "kick", "/out/kick.wav", 42, 12, "{}", 3))
    assert message.address == "/padfusion/ready"
    assert message.params == ["kick", "/out/kick.wav", 42, 12.0, "{}", 3]
    assert [type(p) for p in message.params] == [str, str, int, float, str, int]
    with pytest.raises(ValueError):
        build("pong", 1)


def test_every_request_has_one_entry_a_handler_and_documented_replies():
    replies = {m.address.rsplit("/", 1)[1] for m in protocol.REPLIES}
    assert len(BY_NAME) == len(REQUESTS) and RELOAD.name not in BY_NAME  # the daemon's own is not on the wire
    for request in REQUESTS:
        assert set(request.replies) <= replies, request.address
        # a queued request's handler is a worker job, (worker, job); one answered at once, (daemon, args, reply_to);
        # hello alone has none: the OSC transport answers it
        assert callable(request.handler) or request.name == "hello", request.name
        assert request.slot in (None, "make", "undo"), request.name
    assert "error" in replies and "model_load" in protocol.ERRORS
    described = requests.describe()
    assert described["errors"] == protocol.ERRORS
    assert described["requests"][0]["args"][1] == {"name": "seed", "type": "i", "optional": True, "min": -1,
                                                   "max": 2**31 - 1, "doc": "seed; omitted or -1 means a fresh one"}


def test_the_protocol_page_tables_are_the_protocol():
    text = PROTOCOL_PAGE.read_text()
    section = re.search(r"<!-- osc-table -->\n(.*?)<!-- /osc-table -->", text, re.S)
    assert section, "docs/protocol.md lacks the <!-- osc-table --> section"
    assert section[1] == requests.markdown(), "regenerate it: python -c 'from padfusion.bridge import requests; " \
                                              "print(requests.markdown())'"


# Packets the daemon cannot take: one error each, and it serves on ----------------------------------------

def test_malformed_packets(daemon, client):
    for junk in (b"garbage", b"/padfusion/ping\0\0\0\0,i\0\0", b"#bundle\0\0\0"):
        client.send_packet(junk)
        assert client.wait_for("error")[1] == "malformed"
    assert client.ask("ping", expect="pong") == []


LATIN1_NAME = b"caf\xe9.wav"
DEEP = raw_message(b"/padfusion/ping")
for _ in range(3000):
    DEEP = bundle(DEEP)


@pytest.mark.parametrize("packet", [
    raw_message(b"/padfusion/variation", b"sfs", osc_string(b"kick"), f32(0.3), osc_string(LATIN1_NAME)),
    DEEP,
], ids=["latin-1 string", "bundle nested 3000 deep"])
def test_a_packet_that_killed_the_listener_is_answered_malformed(serve, client, packet):
    serve()
    client.send_packet(packet)
    reply, params = client.recv(5)
    assert (reply, params[1]) == ("error", "malformed")
    assert client.ask("ping", expect="pong", timeout=5) == []


@pytest.mark.liblo
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


@pytest.mark.parametrize("packet, pad, code", [
    (raw_message(b"/padfusion/generate", b"sf", osc_string(b"kick"), f32(float("nan"))), "kick", "bad_args"),
    (raw_message(b"/padfusion/generate", b"sif", osc_string(b"kick"), i32(1), f32(float("inf"))), "kick",
     "bad_args"),
    (raw_message(b"/padfusion/variation", b"sf", osc_string(b"kick"), f32(float("nan"))), "kick", "bad_args"),
    (raw_message(b"/padfusion/variation", b"sfs", osc_string(b"kick"), f32(0.3), osc_string(b"a" * 60000)), "kick",
     "bad_args"),
    (raw_message(b"/padfusion/generate", b"s", osc_string(b"k" * 60000)), None, "bad_args"),
    (raw_message(b"/padfusion/generate", b"sii", osc_string(b"kick"), i32(1), i32(1000)), "kick", "bad_args"),
    (bundle(raw_message(b"/padfusion/ping"))[:-4] + b"", "", "malformed"),  # an element's length past the end
    (b"#bundle\0" + bytes(8), "", "malformed"),  # an empty bundle
    (bundle(bundle()), "", "malformed"),  # bundles, but no message
    (raw_message(b"/padfusion/ping", b"c", i32(97)), "", "bad_args"),
    (raw_message(b"/padfusion/generate", b"sr", osc_string(b"kick"), i32(97)), "", "bad_args"),
    (raw_message(b"/padfusion/ping", b"b", i32(1), b"x\0\0\0"), "", "bad_args"),
    (raw_message(b"/padfusion/ping", b"x", i32(97)), "", "malformed"),  # not an OSC type at all
    (raw_message(b"/padfusion/ping", b"i"), "", "malformed"),  # the int is missing
], ids=["nan seed", "inf steps", "nan strength", "60 KB file name", "60 KB pad name", "1000 steps",
        "element past the end", "empty bundle", "bundle of nothing", "tag c", "tag r", "tag b", "tag x",
        "cut off"])
def test_every_malformed_packet_gets_one_error_that_fits_a_datagram(serve, client, packet, pad, code):
    serve()
    client.send_packet(packet)
    replies = client.drain(0.5)
    assert [(reply, params[1]) for reply, params in replies] == [("error", code)], replies
    if pad is not None:
        assert replies[0][1][0] == pad
    assert client.ask("ping", expect="pong", timeout=5) == []


def test_the_messages_of_a_bundle_are_each_answered(daemon, client):
    bundled = OscBundleBuilder(IMMEDIATELY)
    for name in ("ping", "status"):
        bundled.add_content(OscMessageBuilder(f"/padfusion/{name}").build())
    client.send_packet(bundled.build().dgram)
    assert [client.recv()[0], client.recv()[0]] == ["pong", "status"]


def replies(client, packet: bytes) -> list:
    client.send_packet(packet)
    return client.drain(0.5)


def test_a_bundle_of_a_thousand_unknown_addresses_draws_one_error(serve, client):
    serve(pool_depth=0)
    answer = replies(client, bundle(*[osc_message(f"{protocol.PREFIX}/nope{i}") for i in range(1000)]))
    assert [(reply, params[1]) for reply, params in answer] == [("error", "malformed")], answer
    assert f"more than {MAX_MESSAGES} messages" in answer[0][1][2]


def test_a_bundle_of_a_thousand_pings_draws_one_error(serve, client):
    serve(pool_depth=0)
    answer = replies(client, bundle(*[osc_message(f"{protocol.PREFIX}/ping")] * 1000))
    assert [reply for reply, _ in answer] == ["error"], answer


def test_a_full_bundle_is_served(serve, client):
    serve(pool_depth=0)
    answer = replies(client, bundle(*[osc_message(f"{protocol.PREFIX}/ping")] * MAX_MESSAGES))
    assert answer == [("pong", [])] * MAX_MESSAGES


def test_several_bad_messages_in_a_bundle_draw_one_error_for_all(serve, client):
    serve(pool_depth=0)
    packet = bundle(osc_message(f"{protocol.PREFIX}/nope"), osc_message(f"{protocol.PREFIX}/ping"),
                    osc_message(f"{protocol.PREFIX}/generate", "no-such-pad"),
                    osc_message(f"{protocol.PREFIX}/ping", 1))
    pong, error = replies(client, packet)
    assert pong == ("pong", [])
    pad, code, why = error[1]
    assert (error[0], pad, code) == ("error", "", "unknown_address")
    assert why.startswith("unknown address '/padfusion/nope'") and why.endswith("(and 2 more refused in this packet)")


REPLY_EXAMPLES = {"ready": ("kick", "/x.wav", 1, 10, "{}", 0), "kept": ("kick", "/x.wav", 0),
                  "pinned": ("kick", "/x.wav", 0), "learned": ("kick", "note", 36),
                  "status": ("idle", "cpu", 0, 0), "pad": ("kick", 36, "m", 4, "dpmpp", ""),
                  "superseded": ("kick", "generate", 0), "pong": (), "error": ("", "unknown_address", "x"),
                  "knob": ("kick", "decay", "s", 0.03, 0.7, "0.25", "doc"), "key": ("kick", "F")}


@pytest.mark.parametrize("reply", [m.address.removeprefix(protocol.PREFIX + "/") for m in protocol.REPLIES])
def test_a_reply_draws_no_reply(serve, client, reply):
    serve(pool_depth=0)
    assert replies(client, build(reply, *REPLY_EXAMPLES[reply])) == []
    assert replies(client, osc_message(f"{protocol.PREFIX}/{reply}", "anything", 1.5)) == []  # whatever it holds


def test_a_message_outside_padfusion_draws_no_reply(serve, client):
    # for another program (a controller sending to the wrong port, the Max device's own port probe)
    serve(pool_depth=0)
    assert replies(client, osc_message("/padfusion-device/probe", "x")) == []
    assert replies(client, osc_message("/1/fader1", 0.5)) == []
    assert replies(client, bundle(osc_message("/ping"), osc_message(f"{protocol.PREFIX}/ping"))) == [("pong", [])]


@pytest.mark.liblo
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

            def heard_pong():  # oscdump may not be listening yet: ping until it hears the answer
                oscsend("/padfusion/ping")
                return any(line.split(maxsplit=1)[1].startswith("/padfusion/pong") for line in lines)

            wait_until(heard_pong, 30, "oscdump to hear a pong")
            assert reply("/padfusion/pong").split()[1:] == ["/padfusion/pong"]
            oscsend("/padfusion/generate", "sff", "kick", 7.0, 4.0)  # floats where ints are meant
            assert reply("/padfusion/ready").split()[1:4] == ["/padfusion/ready", "ssifsi", '"kick"']
            assert reply("/padfusion/ready").split()[4].startswith(f'"{daemon.output.root / "history" / "kick"}/')
            assert reply("/padfusion/ready").split()[5] == "7"
            oscsend("/padfusion/generate", "si", "snare", 9)
            assert reply('/padfusion/ready ssifsi "snare"').split()[5] == "9"
            oscsend("/padfusion/nope", "i", 1)
            assert '"unknown_address"' in reply("/padfusion/error")
            assert_complete_wav(daemon.output.root / "snare.wav")
    finally:
        dump.terminate()
        dump.wait()


# Who gets the replies: the sender, the reply port, a hello port ------------------------------------------

def test_replies_go_to_the_sender_and_the_reply_port_once_each(daemon, client):
    sender = OscClient(daemon.osc.port)
    try:
        sender.send("ping")
        assert sender.recv(5)[0] == "pong" and client.recv(5)[0] == "pong"
        client.send("ping")  # the sender's port is the reply port: one answer
        assert [reply for reply, _ in client.drain()] == ["pong"]
    finally:
        sender.close()


def test_the_client_times_a_request_and_an_error_is_a_refusal(serve, client):
    serve(pool_depth=0)
    assert client.answers_ping()
    ms, (pad, path, seed, daemon_ms, _, _) = client.timed("generate", "kick", 5, expect="ready")
    assert (pad, seed) == ("kick", 5) and ms > 0
    with pytest.raises(RequestRefused, match="unknown_pad") as refused:
        client.timed("generate", "cowbell", expect="ready")
    assert refused.value.params[:2] == ["cowbell", "unknown_pad"]
    with OscClient(free_udp_port()) as nobody_there:
        assert not nobody_there.answers_ping(0.5)


def udp_socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    sock.settimeout(5)
    return sock


def receive(sock) -> list:
    message = OscMessage(sock.recv(65536))
    return [message.address.removeprefix(protocol.PREFIX + "/"), *message.params]


def nothing_arrives(sock) -> bool:
    sock.settimeout(0.3)
    try:
        sock.recv(65536)
    except TimeoutError:
        return True
    return False


class Device:
    """Like the Max device: requests go out from one socket ([udpsend]), replies come in on another
    ([udpreceive] on the device's reply port)."""

    def __init__(self, server_port):
        self.udpsend, self.udpreceive = udp_socket(), udp_socket()
        self.reply_port = self.udpreceive.getsockname()[1]
        self.server_port = server_port

    def send(self, name, *args):
        self.udpsend.sendto(osc_message(f"{protocol.PREFIX}/{name}", *args), ("127.0.0.1", self.server_port))

    def close(self):
        self.udpsend.close()
        self.udpreceive.close()


@pytest.fixture
def server():
    """The daemon's OSC server on its own, with the default reply port on a socket of the test's, answering `ping`
    itself."""
    default = udp_socket()

    def handle(request, args, reply_to):
        assert request.name == "ping", "hello is the transport's and never reaches the daemon"
        server.send(reply_to, "pong")

    server = OscServer("127.0.0.1", 0, default.getsockname()[1], BY_ADDRESS, handle)
    server.start()
    server.default = default
    yield server
    server.close()
    default.close()


def test_hello_sends_this_senders_replies_to_its_own_port(server):
    first, second = Device(server.port), Device(server.port)
    try:
        first.send("hello", first.reply_port)
        second.send("hello", second.reply_port)
        assert receive(first.udpreceive) == ["pong"] and receive(second.udpreceive) == ["pong"]
        first.send("ping")
        assert receive(first.udpreceive) == ["pong"]
        assert nothing_arrives(second.udpreceive) and nothing_arrives(server.default)
    finally:
        first.close()
        second.close()


def test_a_sender_without_hello_still_gets_the_default_reply_port(server):
    device = Device(server.port)
    try:
        device.send("ping")
        assert receive(server.default) == ["pong"]
        assert receive(device.udpsend) == ["pong"], "and the sender's own address, as before"
    finally:
        device.close()


def test_a_later_hello_moves_the_replies(server):
    device = Device(server.port)
    other = udp_socket()
    try:
        device.send("hello", device.reply_port)
        assert receive(device.udpreceive) == ["pong"]
        device.send("hello", other.getsockname()[1])
        assert receive(other) == ["pong"]
        device.send("ping")
        assert receive(other) == ["pong"] and nothing_arrives(device.udpreceive)
    finally:
        device.close()
        other.close()


def test_a_bad_reply_port_is_refused_with_the_usage(server):
    device = Device(server.port)
    try:
        device.send("hello", 70000)
        reply = receive(server.default)
        assert reply[:3] == ["error", "", "bad_args"] and "hello <reply_port>" in reply[3]
    finally:
        device.close()


def test_a_hello_naming_the_daemons_own_port_does_not_make_it_answer_itself(server):
    # its replies would come back to it as requests, each answered with an error to itself: a loop
    device = Device(server.port)
    try:
        device.send("hello", server.port)
        assert receive(device.udpsend) == ["pong"]  # the sender's own address still gets the replies
        device.send("ping")
        assert receive(device.udpsend) == ["pong"] and nothing_arrives(device.udpsend)
        assert nothing_arrives(server.default)
    finally:
        device.close()


def test_the_daemon_remembers_a_bounded_number_of_senders(server):
    for port in range(1, protocol.MAX_CLIENTS + 2):
        server.hello(("127.0.0.1", 40000 + port), port)
    assert len(server.reply_ports) == protocol.MAX_CLIENTS
    assert ("127.0.0.1", 40001) not in server.reply_ports, "the oldest is forgotten first"
    assert server.destinations(("127.0.0.1", 40002)) == (("127.0.0.1", 40002), ("127.0.0.1", 2))


# Daemons among daemons: wired to each other as a misconfiguration or a stray `hello` would wire them, each
# counting the datagrams its OSC server takes in --------------------------------------------------------------

QUIET = 3  # seconds the traffic is watched after the requests' replies came


def free_udp_ports(count: int) -> list[int]:
    """Ports free now, all different (each held until all are found)."""
    with contextlib.ExitStack() as stack:
        socks = [stack.enter_context(socket.socket(socket.AF_INET, socket.SOCK_DGRAM)) for _ in range(count)]
        for sock in socks:
            sock.bind(("127.0.0.1", 0))
        return [sock.getsockname()[1] for sock in socks]


@contextlib.contextmanager
def daemons(tmp_path, model, osc_ports, reply_ports):
    """In-process daemons, one pad each, on the given OSC and reply ports; no pool, so nothing is made unasked."""
    presets = write_presets(tmp_path / "presets", model, pads=("kick",))
    with contextlib.ExitStack() as stack:
        yield [stack.enter_context(running(daemon_settings(tmp_path / f"daemon{i}", presets, reply_port,
                                                           osc_port=osc_port, pool_depth=0)))
               for i, (osc_port, reply_port) in enumerate(zip(osc_ports, reply_ports))]


def ask_each(client: OscClient, requests) -> None:
    """Send each request and wait for its (last) reply, so that every reply is out before the quiet time."""
    for name, *args, expect in requests:
        client.send(name, *args)
        client.wait_for(expect)


# every kind of reply, from the server thread and the worker
REQUESTS_OF_EVERY_REPLY = [("ping", "pong"), ("status", "status"), ("pads", "pad"), ("nope", "error"),
                           ("keep", "kick", "error"), ("generate", "kick", 7, "ready")]


def test_two_cross_wired_daemons_answer_the_requests_and_fall_silent(tmp_path, tiny_model, client):
    # each one's reply port the other's OSC port: A's replies reach B, which must not answer them
    ports = free_udp_ports(2)
    with daemons(tmp_path, tiny_model, ports, ports[::-1]) as (a, b):
        received = [count_received(d) for d in (a, b)]
        client.daemon_port = a.osc.port
        ask_each(client, REQUESTS_OF_EVERY_REPLY)
        time.sleep(QUIET)
        assert [len(r) for r in received] == [len(REQUESTS_OF_EVERY_REPLY)] * 2, "A: the requests; B: A's replies"


def test_a_hello_naming_another_daemons_port_starts_no_storm(tmp_path, tiny_model, client):
    sink = OscClient()  # both daemons' default reply port
    ports = free_udp_ports(2)
    try:
        with daemons(tmp_path, tiny_model, ports, [sink.port] * 2) as (a, b):
            received = [count_received(d) for d in (a, b)]
            client.daemon_port = a.osc.port
            client.send("hello", b.osc.port)
            assert client.recv() == ("pong", [])  # the sender's own address keeps its replies
            client.send("ping")
            assert client.recv() == ("pong", [])
            time.sleep(QUIET)
            assert [len(r) for r in received] == [2, 2], "A: hello and ping; B: A's two pongs"
            assert sink.drain() == []
    finally:
        sink.close()


def test_a_ring_of_ten_daemons_stays_quiet(tmp_path, tiny_model, client):
    # each one's reply port the next one's OSC port; a ping to each
    ports = free_udp_ports(10)
    with daemons(tmp_path, tiny_model, ports, ports[1:] + ports[:1]) as ring:
        received = [count_received(d) for d in ring]
        for daemon in ring:
            client.daemon_port = daemon.osc.port
            ask_each(client, [("ping", "pong")])
        time.sleep(QUIET)
        assert [len(r) for r in received] == [2] * 10, "each: its ping and the previous one's pong"
