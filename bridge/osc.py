"""OSC over UDP: a server thread that parses, validates against `bridge.protocol` and hands requests on,
and the replies.

The server reads datagrams itself (python-osc parses them) so that every bad packet gets an `error` reply
instead of silence. Handlers run on the server thread and must only enqueue or answer at once.
"""

import logging
import socket
import threading
from collections import OrderedDict

from pythonosc.osc_message_builder import OscMessageBuilder
from pythonosc.osc_packet import OscPacket, ParseError

from padfusion.bridge import protocol

log = logging.getLogger(__name__)

REQUESTS = {m.address: m for m in protocol.REQUESTS}
REPLIES = {m.address.removeprefix(protocol.PREFIX + "/"): m for m in protocol.REPLIES}
MAX_DATAGRAM = 65536
RECEIVE_BUFFER = 1 << 20  # room for a burst from a controller (the OS may cap it)
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}


class BadRequest(Exception):
    """A request refused before any work: becomes `error <pad> <code> <message>`."""

    def __init__(self, code: str, message: str, pad: str = ""):
        super().__init__(message)
        self.code, self.pad = code, pad


def validate(message: protocol.Message, params: list) -> dict:
    """The arguments by name, checked against the table: ints and floats are interchangeable; an "i"
    argument takes a float without a fraction (Max sends 36. for 36). Omitted optional arguments are absent."""
    names_pad = message.args and message.args[0] is protocol.PAD
    pad = params[0] if names_pad and params and isinstance(params[0], str) else ""
    required = sum(not a.optional for a in message.args)
    if not required <= len(params) <= len(message.args):
        raise BadRequest("bad_args", f"expected {message.usage()}, got {len(params)} arguments", pad)
    values = {}
    for arg, value in zip(message.args, params):
        values[arg.name] = _convert(arg, value, message, pad)
    return values


def _convert(arg: protocol.Arg, value, message, pad):
    def refuse(problem):
        raise BadRequest("bad_args", f"{arg.name} {problem}; usage: {message.usage()}", pad)

    if arg.type == "s":
        if not isinstance(value, str):
            refuse(f"must be a string, got {value!r}")
        return value
    if isinstance(value, bool) or not isinstance(value, int | float):
        refuse(f"must be a number, got {value!r}")
    if arg.type == "i":
        if value != int(value):
            refuse(f"must be a whole number, got {value!r}")
        value = int(value)
    elif isinstance(value, float):
        value = float(f"{value:.7g}")  # OSC floats are float32: 0.3 arrives as 0.30000001192...
    if (arg.min is not None and value < arg.min) or (arg.max is not None and value > arg.max):
        low, high = (protocol.format_number(x) for x in (arg.min, arg.max))
        refuse(f"must be from {low} to {high}, got {value!r}")
    return value


def build(reply: str, *args) -> bytes:
    """A reply datagram, typed by the table (an "n" goes out as a float, an "i" as an int)."""
    spec = REPLIES[reply]
    if len(args) != len(spec.args):
        raise ValueError(f"{spec.address} takes {len(spec.args)} arguments, not {len(args)}")
    builder = OscMessageBuilder(spec.address)
    for arg, value in zip(spec.args, args):
        kind = {"s": "s", "i": "i", "n": "f"}[arg.type]
        builder.add_arg({"s": str, "i": int, "f": float}[kind](value), kind)
    return builder.build().dgram


class OscServer:
    """Receives on (host, port), calls `handle(name, args, sender)` (`name` the address without the prefix),
    and sends replies from the same socket."""

    def __init__(self, host: str, port: int, reply_port: int, handle):
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self.sock = socket.socket(family, socket.SOCK_DGRAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, RECEIVE_BUFFER)
        try:
            self.sock.bind((host, port))
        except OSError as e:
            self.sock.close()
            raise OSError(f"cannot listen for OSC on {host}:{port} ({e.strerror}); is another padfusion "
                          f"running? choose another port with --osc-port") from None
        self.host, self.port = self.sock.getsockname()[:2]
        self.reply_port = reply_port
        self.reply_ports: OrderedDict[tuple, int] = OrderedDict()  # sender -> the port its `hello` named
        self.handle = handle
        self._thread = threading.Thread(target=self._serve, name="osc", daemon=True)
        self._closed = threading.Event()

    def start(self):
        self._thread.start()

    def close(self):
        self._closed.set()
        try:
            self.sock.shutdown(socket.SHUT_RDWR)  # wakes recvfrom on Linux
        except OSError:
            pass
        self.sock.close()
        self._thread.join(timeout=2)

    def destinations(self, sender) -> tuple:
        """The sender's address and the reply port on the sender's host (the one its `hello` named, else the
        default), once each."""
        host = sender[0]
        return tuple(dict.fromkeys([sender[:2], (host, self.reply_ports.get(sender[:2], self.reply_port))]))

    def hello(self, sender, reply_port: int) -> None:
        """Answer `sender` on `reply_port` from now on; the oldest sender is forgotten past MAX_CLIENTS."""
        self.reply_ports[sender[:2]] = reply_port
        self.reply_ports.move_to_end(sender[:2])
        while len(self.reply_ports) > protocol.MAX_CLIENTS:
            self.reply_ports.popitem(last=False)

    def local_destinations(self) -> tuple:
        """Where samples nobody asked for over OSC (MIDI, inbox) are announced."""
        return (("::1" if self.sock.family == socket.AF_INET6 else "127.0.0.1", self.reply_port),)

    def send(self, destinations, reply: str, *args) -> None:
        data = build(reply, *args)
        for destination in destinations:
            try:
                self.sock.sendto(data, destination)
            except OSError as e:  # nobody listening (ICMP), or the socket was closed at shutdown
                log.debug("reply %s to %s not sent: %s", reply, destination, e)

    def _serve(self):
        while not self._closed.is_set():
            try:
                data, sender = self.sock.recvfrom(MAX_DATAGRAM)
            except OSError:
                if self._closed.is_set():
                    return
                continue  # e.g. ECONNREFUSED echoed back from an earlier reply on some systems
            if sender is not None:  # None: the socket was shut down
                self._dispatch(data, sender)

    def _dispatch(self, data: bytes, sender):
        try:
            messages = [timed.message for timed in OscPacket(data).messages]
        except ParseError as e:
            log.warning("malformed OSC packet from %s:%s: %s", *sender[:2], e)
            self.send(self.destinations(sender), "error", "", "malformed", f"not a valid OSC packet ({e})")
            return
        for message in messages:
            spec = REQUESTS.get(message.address)
            reply_to = self.destinations(sender)
            try:
                if spec is None:
                    raise BadRequest("unknown_address", f"unknown address {message.address}; "
                                     f"known: {', '.join(REQUESTS)}")
                name, args = spec.address.removeprefix(protocol.PREFIX + "/"), validate(spec, message.params)
                if name == "hello":  # where replies go is the transport's business, not the daemon's
                    self.hello(sender, args["reply_port"])
                    self.send(self.destinations(sender), "pong")
                else:
                    self.handle(name, args, reply_to)
            except BadRequest as e:
                log.warning("refused %s from %s:%s: %s", message.address, *sender[:2], e)
                self.send(reply_to, "error", e.pad, e.code, str(e))
            except Exception as e:  # a bug must not take the server down
                log.exception("failed handling %s", message.address)
                self.send(reply_to, "error", "", "internal", f"{type(e).__name__}: {e}")
