"""A small OSC client for the daemon over UDP: what the tests, the benchmarks, `padfusion doctor` and CI use to
talk to a daemon.

The client sends from a socket of its own, on which the daemon answers (it replies to the sender's address, and
also to its reply port on the sender's host: pass the client's `port` as the daemon's reply port and the client
hears every announcement too). OSC over UDP is lossy: a burst can fill the daemon's receive buffer, so
`ask_again` and `answers_ping` ask again, as clients such as the Max device do.

    with OscClient(9123) as client:
        pad, path, seed, ms, recipe, request_id = client.ask("generate", "kick", expect="ready")
"""

import contextlib
import socket
import time

from pythonosc.osc_message import OscMessage, ParseError
from pythonosc.osc_message_builder import OscMessageBuilder

from padfusion.bridge import protocol


class RequestRefused(RuntimeError):
    """The daemon answered `error` to a request that `timed` sent; `params` are the error's arguments."""

    def __init__(self, request: str, params: list):
        super().__init__(f"the daemon refused {request}: {params}")
        self.params = params


class OscClient:
    """A UDP socket on `host` that sends requests to the daemon at `daemon_port` on the same host and receives
    its replies. Reply names are given without the /padfusion prefix: "ready", "error", ..."""

    def __init__(self, daemon_port: int | None = None, host: str = protocol.DEFAULT_HOST):
        self.sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind((host, 0))
        self.host = host
        self.port = self.sock.getsockname()[1]
        self.daemon_port = daemon_port

    def close(self) -> None:
        self.sock.close()

    def __enter__(self) -> "OscClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def send(self, name: str, *args) -> None:
        """The request `name` (e.g. "generate") with its arguments, typed as given (int, float or str)."""
        builder = OscMessageBuilder(f"{protocol.PREFIX}/{name}")
        for arg in args:
            builder.add_arg(arg)
        self.send_packet(builder.build().dgram)

    def send_packet(self, data: bytes) -> None:
        """A datagram as it is: a hand-made OSC packet, or anything else."""
        self.sock.sendto(data, (self.host, self.daemon_port))

    def recv(self, timeout: float = 30) -> tuple[str, list]:
        """The next reply, as (name, arguments); TimeoutError when none comes within `timeout` seconds."""
        self.sock.settimeout(timeout)
        message = OscMessage(self.sock.recvfrom(65536)[0])
        return message.address.removeprefix(protocol.PREFIX + "/"), message.params

    def wait_for(self, name: str, timeout: float = 30, **match) -> list:
        """The arguments of the next `name` reply (skipping others) whose arguments match `match` by name,
        e.g. pad="kick" (the names are the reply's in bridge/protocol.py)."""
        return self._wait_for(name, timeout, match, refused_by=None)

    def ask(self, name: str, *args, expect: str, timeout: float = 30, **match) -> list:
        """Send a request and wait for its `expect` reply (as `wait_for`)."""
        self.send(name, *args)
        return self.wait_for(expect, timeout, **match)

    def ask_again(self, name: str, expect: str, timeout: float = 30) -> list:
        """Like `ask` for a request without arguments, asking again each second while the request or its reply
        is lost."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                return self.ask(name, expect=expect, timeout=1)
            except TimeoutError:
                if time.monotonic() > deadline:
                    raise

    def timed(self, name: str, *args, expect: str, timeout: float = 30, **match) -> tuple[float, list]:
        """Like `ask`, and the milliseconds from sending the request to its reply, as a client sees them;
        an `error` reply that comes first raises RequestRefused."""
        started = time.perf_counter()
        self.send(name, *args)
        params = self._wait_for(expect, timeout, match, refused_by=name)
        return (time.perf_counter() - started) * 1000, params

    def status(self) -> list:
        """[state, device, pending, pooled], asked again while lost."""
        return self.ask_again("status", "status")

    def answers_ping(self, timeout: float = 1.5) -> bool:
        """Whether a daemon answers ping within `timeout` seconds (asked again every half second: one may be
        lost, or the daemon not listening yet)."""
        deadline = time.monotonic() + timeout
        while (remaining := deadline - time.monotonic()) > 0:
            self.send("ping")
            with contextlib.suppress(OSError, ParseError):  # lost, refused (no one there yet), or not OSC
                self.wait_for("pong", min(0.5, remaining))
                return True
        return False

    def drain(self, quiet: float = 0.3) -> list[tuple[str, list]]:
        """Every reply until none has come for `quiet` seconds."""
        replies = []
        with contextlib.suppress(TimeoutError):
            while True:
                replies.append(self.recv(quiet))
        return replies

    def _wait_for(self, name: str, timeout: float, match: dict, refused_by: str | None) -> list:
        position = {arg.name: i for i, arg in enumerate(_reply(name).args)}
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"no {name} {match} within {timeout} s")
            reply, params = self.recv(remaining)
            if reply == name and all(params[position[k]] == v for k, v in match.items()):
                return params
            if reply == "error" and refused_by:
                raise RequestRefused(refused_by, params)


def _reply(name: str) -> protocol.Message:
    return next(m for m in protocol.REPLIES if m.address == f"{protocol.PREFIX}/{name}")
