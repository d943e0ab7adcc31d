"""`hello`: a client names its own reply port, so several Max for Live devices share one daemon. Real UDP
sockets on 127.0.0.1 on both sides; the server is the daemon's own OscServer."""

import socket

import pytest
from pythonosc.osc_message import OscMessage
from pythonosc.osc_message_builder import OscMessageBuilder

from padfusion.bridge import protocol
from padfusion.bridge.osc import OscServer
from padfusion.bridge.requests import BY_ADDRESS


def udp_socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    sock.settimeout(5)
    return sock


def send(sock, port, name, *args):
    builder = OscMessageBuilder(f"{protocol.PREFIX}/{name}")
    for arg in args:
        builder.add_arg(arg)
    sock.sendto(builder.build().dgram, ("127.0.0.1", port))


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
        send(self.udpsend, self.server_port, name, *args)

    def close(self):
        self.udpsend.close()
        self.udpreceive.close()


@pytest.fixture
def server():
    """The OSC server with the default reply port on a socket of the test's, answering `ping` itself."""
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
