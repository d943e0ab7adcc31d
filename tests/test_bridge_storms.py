"""Daemons among daemons (issue 30): a reply is never answered, a packet draws at most one error, and a bundle
cannot draw a flood. Real daemons on loopback, wired to each other as a misconfiguration or a stray `hello`
would wire them; each counts the datagrams its OSC server takes in."""

import contextlib
import socket
import struct
import time

import pytest
from pythonosc.osc_message_builder import OscMessageBuilder

from padfusion.bridge import protocol
from padfusion.bridge.osc import MAX_MESSAGES, build
from bridge_support import OscClient, count_received, daemon_settings, running, write_presets

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


def message(address: str, *args) -> bytes:
    builder = OscMessageBuilder(address)
    for arg in args:
        builder.add_arg(arg)
    return builder.build().dgram


def bundle(elements) -> bytes:
    return b"#bundle\0" + bytes(8) + b"".join(struct.pack(">i", len(e)) + e for e in elements)


def ask_each(client: OscClient, requests) -> None:
    """Send each request and wait for its (last) reply, so that every reply is out before the quiet time."""
    for name, *args, expect in requests:
        client.send(name, *args)
        client.wait_for(expect)


REQUESTS = [("ping", "pong"), ("status", "status"), ("pads", "pad"), ("nope", "error"), ("keep", "kick", "error"),
            ("generate", "kick", 7, "ready")]  # every kind of reply, from the server thread and the worker


def test_two_cross_wired_daemons_answer_the_requests_and_fall_silent(tmp_path, tiny_model, client):
    # each one's reply port the other's OSC port: A's replies reach B, which must not answer them
    ports = free_udp_ports(2)
    with daemons(tmp_path, tiny_model, ports, ports[::-1]) as (a, b):
        received = [count_received(d) for d in (a, b)]
        client.daemon_port = a.osc.port
        ask_each(client, REQUESTS)
        time.sleep(QUIET)
        assert [len(r) for r in received] == [len(REQUESTS)] * 2, "A: the requests; B: A's replies"


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


@pytest.fixture
def daemon(tmp_path, tiny_model, client):
    """One daemon answering `client`."""
    (port,) = free_udp_ports(1)
    with daemons(tmp_path, tiny_model, [port], [client.port]) as (daemon,):
        client.daemon_port = daemon.osc.port
        yield daemon


def replies(client, packet: bytes) -> list:
    client.sock.sendto(packet, ("127.0.0.1", client.daemon_port))
    return client.drain(0.5)


def test_a_bundle_of_a_thousand_unknown_addresses_draws_one_error(daemon, client):
    answer = replies(client, bundle([message(f"{protocol.PREFIX}/nope{i}") for i in range(1000)]))
    assert [(reply, params[1]) for reply, params in answer] == [("error", "malformed")], answer
    assert f"more than {MAX_MESSAGES} messages" in answer[0][1][2]


def test_a_bundle_of_a_thousand_pings_draws_one_error(daemon, client):
    answer = replies(client, bundle([message(f"{protocol.PREFIX}/ping")] * 1000))
    assert [reply for reply, _ in answer] == ["error"], answer


def test_a_full_bundle_is_served(daemon, client):
    answer = replies(client, bundle([message(f"{protocol.PREFIX}/ping")] * MAX_MESSAGES))
    assert answer == [("pong", [])] * MAX_MESSAGES


def test_several_bad_messages_in_a_bundle_draw_one_error_for_all(daemon, client):
    packet = bundle([message(f"{protocol.PREFIX}/nope"), message(f"{protocol.PREFIX}/ping"),
                     message(f"{protocol.PREFIX}/generate", "no-such-pad"), message(f"{protocol.PREFIX}/ping", 1)])
    pong, error = replies(client, packet)
    assert pong == ("pong", [])
    pad, code, why = error[1]
    assert (error[0], pad, code) == ("error", "", "unknown_address")
    assert why.startswith("unknown address '/padfusion/nope'") and why.endswith("(and 2 more refused in this packet)")


REPLY_EXAMPLES = {"ready": ("kick", "/x.wav", 1, 10), "kept": ("kick", "/x.wav"), "learned": ("kick", "note", 36),
                  "status": ("idle", "cpu", 0, 0), "pad": ("kick", 36, "m", 4, "dpmpp", ""),
                  "superseded": ("kick", "generate"), "pong": (), "error": ("", "unknown_address", "x")}


@pytest.mark.parametrize("reply", [m.address.removeprefix(protocol.PREFIX + "/") for m in protocol.REPLIES])
def test_a_reply_draws_no_reply(daemon, client, reply):
    assert replies(client, build(reply, *REPLY_EXAMPLES[reply])) == []
    assert replies(client, message(f"{protocol.PREFIX}/{reply}", "anything", 1.5)) == []  # whatever it holds


def test_a_message_outside_padfusion_draws_no_reply(daemon, client):
    # for another program (a controller sending to the wrong port, the Max device's own port probe)
    assert replies(client, message("/padfusion-device/probe", "x")) == []
    assert replies(client, message("/1/fader1", 0.5)) == []
    assert replies(client, bundle([message("/ping"), message(f"{protocol.PREFIX}/ping")])) == [("pong", [])]
