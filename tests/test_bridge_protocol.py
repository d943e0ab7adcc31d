"""The OSC table: argument checking (ints and floats interchangeable, as Max sends them), reply typing, and the
protocol page's tables kept in step with it."""

import re
from pathlib import Path

import pytest
from pythonosc.osc_message import OscMessage

from padfusion.bridge import protocol, requests
from padfusion.bridge.osc import build, validate
from padfusion.bridge.protocol import BadRequest
from padfusion.bridge.requests import BY_NAME, RELOAD, REQUESTS

PROTOCOL_PAGE = Path(__file__).resolve().parent.parent / "docs" / "protocol.md"


def spec(name):
    return BY_NAME[name]


def test_numbers_are_accepted_as_ints_or_floats():
    assert validate(spec("generate"), ["kick", 7.0, 12.0]) == {"pad": "kick", "seed": 7, "steps": 12}
    assert validate(spec("generate"), ["kick", 7, 12]) == {"pad": "kick", "seed": 7, "steps": 12}
    assert validate(spec("variation"), ["kick", 1]) == {"pad": "kick", "strength": 1}
    # float32 on the wire: 0.3 arrives as 0.30000001192..., and is taken as the 0.3 that was meant
    wire = OscMessage(build("ready", "kick", "/x.wav", 1, 0.3)).params[3]
    assert wire != 0.3 and validate(spec("variation"), ["kick", wire])["strength"] == 0.3


def test_optional_arguments_may_be_left_out():
    assert validate(spec("generate"), ["kick"]) == {"pad": "kick"}
    assert validate(spec("ping"), []) == {}


@pytest.mark.parametrize("name, params, problem", [
    ("generate", [], "expected /padfusion/generate <pad> [seed] [steps], got 0 arguments"),
    ("generate", ["kick", 1, 2, 3], "got 4 arguments"),
    ("generate", ["kick", 1.5], "seed must be a whole number"),
    ("generate", ["kick", "7"], "seed must be a number"),
    ("generate", ["kick", True], "seed must be a number"),
    ("generate", ["kick", -2], "seed must be from -1 to 2147483647"),
    ("generate", ["kick", 1, 0], "steps must be from 1 to 200"),
    ("generate", ["kick", 1, 201], "steps must be from 1 to 200"),  # the daemon's ceiling (protocol.py says why)
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
    message = OscMessage(build("ready", "kick", "/out/kick.wav", 42, 12))
    assert message.address == "/padfusion/ready"
    assert message.params == ["kick", "/out/kick.wav", 42, 12.0]
    assert [type(p) for p in message.params] == [str, str, int, float]
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
