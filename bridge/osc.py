"""OSC over UDP: a server thread that parses, validates against `bridge.protocol` and hands requests on,
and the replies.

The server parses datagrams itself, strictly (OSC 1.0: messages and bundles, the numeric tags i f h d and
the string tag s). It answers requests and never replies, so that daemons wired to each other (one's reply
port another's OSC port, or a `hello` naming another's port) cannot answer each other forever, and a packet
draws a bounded answer:
- each request its handler's replies;
- a message at a reply address (one that is not a valid request: `status` is both), or outside /padfusion
  (meant for another program), nothing: a debug log line;
- whatever else the packet holds that is refused (an unknown /padfusion address, bad arguments, an unknown
  pad), one `error` for the whole packet after the requests' replies, naming the first problem and counting
  the others;
- a packet that is not OSC, or holds more than MAX_MESSAGES messages, that one `error` and nothing else.
Every reply fits a datagram. Handlers run on the server thread and must only enqueue or answer at once;
whatever one raises is logged and answered as `internal`, and the thread serves on.
"""

import logging
import math
import socket
import struct
import threading
from collections import OrderedDict

from pythonosc.osc_message_builder import OscMessageBuilder

from padfusion.bridge import protocol
from padfusion.bridge.protocol import BadRequest

log = logging.getLogger(__name__)

REPLIES = {m.address.removeprefix(protocol.PREFIX + "/"): m for m in protocol.REPLIES}
REPLY_ADDRESSES = {m.address for m in protocol.REPLIES}
MAX_DATAGRAM = 65536
RECEIVE_BUFFER = 1 << 20  # room for a burst from a controller (the OS may cap it)
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}
MAX_TEXT = 4096  # bytes of a string argument, request or reply (a path is at most this long): replies fit a datagram
MAX_NESTING = 8  # bundles inside bundles
MAX_MESSAGES = 16  # in one packet: so that one datagram cannot draw a flood of replies
BUNDLE = b"#bundle\0"
NUMBERS = {"i": ">i", "f": ">f", "h": ">q", "d": ">d"}  # the numeric type tags taken, as struct formats
REFUSED_TAGS = {"c": 4, "r": 4, "m": 4, "t": 8, "T": 0, "F": 0, "N": 0, "I": 0, "[": 0, "]": 0}  # sizes


class Malformed(BadRequest):
    """Bytes that are not an OSC packet."""

    def __init__(self, message: str):
        super().__init__("malformed", f"not a valid OSC packet: {message}")


def shown(value, limit: int = 60) -> str:
    """`repr(value)`, cut short: refusals quote what came in without echoing a whole datagram back."""
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


# Parsing -------------------------------------------------------------------------------------------------

def parse(data: bytes) -> list[tuple[str, list | BadRequest]]:
    """A packet's messages in order: (address, arguments), or (address, BadRequest) for a message whose
    arguments are valid OSC but not taken here. Raises Malformed for anything else."""
    messages = []
    _element(data, messages, 0)
    if not messages:
        raise Malformed("a bundle with no messages")
    return messages


def _element(data: bytes, messages: list, depth: int) -> None:
    if data.startswith(BUNDLE):
        if depth == MAX_NESTING:
            raise Malformed(f"bundles nested more than {MAX_NESTING} deep")
        position = len(BUNDLE) + 8  # the time tag is ignored: everything runs at once
        if len(data) < position:
            raise Malformed("a bundle without its time tag")
        while position < len(data):
            if position + 4 > len(data):
                raise Malformed("a bundle element's size is cut off")
            (size,) = struct.unpack_from(">i", data, position)
            position += 4
            if size <= 0 or size % 4 or position + size > len(data):
                raise Malformed(f"a bundle element's size ({size}) does not fit the packet")
            _element(data[position:position + size], messages, depth + 1)
            position += size
    elif data.startswith(b"/"):
        if len(messages) == MAX_MESSAGES:
            raise Malformed(f"more than {MAX_MESSAGES} messages in one packet; send them in several")
        messages.append(_message(data))
    else:
        raise Malformed("neither a message (an address starting with /) nor a bundle")


def _message(data: bytes) -> tuple[str, list | BadRequest]:
    address, position = _string(data, 0, "the address")
    if position == len(data):
        return address, []  # no type tags: no arguments (OSC 1.0 allows it)
    tags, position = _string(data, position, "the type tags")
    if not tags.startswith(","):
        raise Malformed(f"{shown(tags)} is not a type tag string (it starts with ',')")
    args, refused = [], None
    for number, tag in enumerate(tags[1:], 1):
        if tag in NUMBERS:
            size = struct.calcsize(NUMBERS[tag])
            if position + size > len(data):
                raise Malformed(f"argument {number} is cut off")
            args.append(struct.unpack_from(NUMBERS[tag], data, position)[0])
            position += size
        elif tag == "s" or tag == "S":
            value, position = _string(data, position, f"argument {number}")
            args.append(value)
        elif tag == "b":
            if position + 4 > len(data):
                raise Malformed(f"argument {number} is cut off")
            (size,) = struct.unpack_from(">i", data, position)
            position += 4 + size + (-size) % 4
            if size < 0 or position > len(data):
                raise Malformed(f"argument {number}'s blob size ({size}) does not fit the packet")
            refused = refused or (number, "b")
        elif tag in REFUSED_TAGS:
            position += REFUSED_TAGS[tag]
            if position > len(data):
                raise Malformed(f"argument {number} is cut off")
            refused = refused or (number, tag)
        else:
            raise Malformed(f"unknown type tag {tag!r}")
    if position != len(data):
        raise Malformed(f"{len(data) - position} bytes after the last argument")
    if refused:
        number, tag = refused
        return address, BadRequest("bad_args", f"argument {number} has the OSC type {tag!r}; PadFusion takes "
                                   "numbers (i, f, h, d) and strings (s)")
    return address, args


def _string(data: bytes, start: int, what: str) -> tuple[str, int]:
    """An OSC string (UTF-8 here) at `start`, and the position after its padding."""
    end = data.find(b"\0", start)
    if end < 0:
        raise Malformed(f"{what} is not terminated")
    try:
        text = data[start:end].decode()
    except UnicodeDecodeError:
        raise Malformed(f"{what} is not UTF-8 text (send file names as UTF-8)") from None
    padded = end + 4 - (end - start) % 4
    if padded > len(data):
        raise Malformed(f"{what} is not padded to a multiple of 4 bytes")
    return text, padded


# Validation ----------------------------------------------------------------------------------------------

def request(requests: dict, address: str, args: list | BadRequest) -> tuple[protocol.Request, dict]:
    """A parsed message as one of `requests` (address -> Request): the request and its arguments by name."""
    spec = requests.get(address)
    if spec is None:
        raise BadRequest("unknown_address", f"unknown address {shown(address)}; known: {', '.join(requests)}")
    if isinstance(args, BadRequest):
        raise args
    return spec, validate(spec, args)


def refusable(address: str) -> bool:
    """Whether a message at `address` that is not a valid request is answered with an error: not when it is a
    reply (answering replies is how two daemons would answer each other forever), nor outside /padfusion."""
    return address.startswith(protocol.PREFIX + "/") and address not in REPLY_ADDRESSES


def validate(message: protocol.Request, params: list) -> dict:
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


def validate_named(message: protocol.Request, values: dict) -> dict:
    """Arguments given by name (the HTTP API's JSON body), checked as `validate` checks them; an optional one may
    be left out whatever follows it."""
    pad = values.get("pad") if isinstance(values.get("pad"), str) else ""
    names = [a.name for a in message.args]
    unknown = [name for name in values if name not in names]
    missing = [a.name for a in message.args if not a.optional and a.name not in values]
    if unknown or missing:
        problem = f"unknown argument {shown(unknown[0])}" if unknown else f"{missing[0]} is missing"
        raise BadRequest("bad_args", f"{problem}; usage: {message.usage()}", pad)
    return {a.name: _convert(a, values[a.name], message, pad) for a in message.args if a.name in values}


def _convert(arg: protocol.Arg, value, message, pad):
    def refuse(problem):
        raise BadRequest("bad_args", f"{arg.name} {problem}; usage: {message.usage()}", pad)

    if arg.type == "s" or (arg.type == "ns" and isinstance(value, str)):
        if not isinstance(value, str):
            refuse(f"must be a string, got {shown(value)}")
        if len(value.encode()) > MAX_TEXT:
            refuse(f"is longer than {MAX_TEXT} bytes")
        return value
    if isinstance(value, bool) or not isinstance(value, int | float):
        refuse(f"must be a number, got {shown(value)}")
    if not math.isfinite(value):
        refuse(f"must be a finite number, got {value!r}")
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
    """A reply datagram, typed by the table (an "n" goes out as a float, an "i" as an int); strings longer
    than MAX_TEXT bytes are cut short, so that every reply fits a datagram."""
    spec = REPLIES[reply]
    if len(args) != len(spec.args):
        raise ValueError(f"{spec.address} takes {len(spec.args)} arguments, not {len(args)}")
    builder = OscMessageBuilder(spec.address)
    for arg, value in zip(spec.args, args):
        if arg.type == "s":
            builder.add_arg(str(value).encode()[:MAX_TEXT].decode(errors="ignore"), "s")
        else:
            builder.add_arg(int(value) if arg.type == "i" else float(value), arg.type.replace("n", "f"))
    return builder.build().dgram


class OscServer:
    """Receives on (host, port), validates each message against `requests` (address -> Request), calls
    `handle(request, args, reply_to)` for each valid one but `hello`, which it answers itself, and sends replies
    from the same socket. Every reply of the daemon goes out through `send`, whoever asked: a destination may
    also be a function (an HTTP request's `web.Answer`), and `on_reply`, where set, hears every reply (the page's
    event stream)."""

    def __init__(self, host: str, port: int, reply_port: int, requests: dict, handle):
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
        self.requests = requests
        self.handle = handle
        self.on_reply = None
        self._thread = threading.Thread(target=self._serve, name="osc", daemon=True)
        self._closed = threading.Event()

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()

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
            if callable(destination):
                destination(reply, *args)
                continue
            try:
                self.sock.sendto(data, destination)
            except OSError as e:  # nobody listening (ICMP), or the socket was closed at shutdown
                log.debug("reply %s to %s not sent: %s", reply, destination, e)
        if self.on_reply:
            self.on_reply(reply, *args)

    def _serve(self):
        while not self._closed.is_set():
            try:
                data, sender = self.sock.recvfrom(MAX_DATAGRAM)
            except OSError:
                if self._closed.is_set():
                    return
                continue  # e.g. ECONNREFUSED echoed back from an earlier reply on some systems
            if sender is None:  # the socket was shut down
                continue
            if self._from_itself(sender):
                continue
            try:
                self._dispatch(data, sender)
            except Exception:  # a bug must not take the server down
                log.exception("failed handling a packet from %s", sender)

    def _from_itself(self, sender) -> bool:
        """A packet this socket sent (its reply, after a hello named its own port): answering it would loop."""
        return sender[1] == self.port and (sender[0] == self.host or self.host in ("0.0.0.0", "::"))

    def _dispatch(self, data: bytes, sender):
        try:
            messages = parse(data)
        except Malformed as e:
            self._refuse(sender, [("a packet", e)])
            return
        refused = []  # (the message shown, why)
        for address, args in messages:
            try:
                spec, args = request(self.requests, address, args)
            except BadRequest as e:
                if refusable(address):
                    refused.append((shown(address), e))
                else:
                    log.debug("ignored %s from %s:%s: not a request", shown(address), *sender[:2])
                continue
            try:
                if spec.handler is None:  # hello: where replies go is the transport's business
                    self.hello(sender, args["reply_port"])
                    self.send(self.destinations(sender), "pong")
                else:
                    self.handle(spec, args, self.destinations(sender))
            except BadRequest as e:
                refused.append((shown(address), e))
            except Exception as e:
                log.exception("failed handling %s", shown(address))
                refused.append((shown(address), BadRequest("internal", f"{type(e).__name__}: {e}")))
        if refused:
            self._refuse(sender, refused)

    def _refuse(self, sender, refused: list[tuple[str, BadRequest]]) -> None:
        """One `error` for all that a packet had refused: the first problem, and how many more there were."""
        what, first = refused[0]
        why = str(first) + (f" (and {len(refused) - 1} more refused in this packet)" if len(refused) > 1 else "")
        log.warning("refused %s from %s:%s: %s", what, *sender[:2], why)
        self.send(self.destinations(sender), "error", first.pad, first.code, why)
