"""Fuzzing the daemon's OSC port: Hypothesis generates well over 10,000 packets (messages to requests', replies'
and random addresses, inside /padfusion and out, with every OSC type tag and some that are none, arguments of
every size, strings that are not UTF-8, bundles nested past the limit or holding too many messages, element sizes
that lie, bare random bytes) and sends them one at a time to a real daemon on loopback. A packet that is not OSC
gets one `malformed` error; any other, its requests' replies and at most one error, which counts the messages
refused: together they answer every message under /padfusion that is not a reply, and nothing else.

The daemon is cross-wired with a second one (each one's reply port the other's OSC port), so every reply also
reaches a daemon, which must never answer it. Both serve one pad whose name no generated string can hit, so no
request makes a sample: the test is about parsing, validation and replies, and takes seconds, not minutes."""

import re
import struct
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from padfusion.bridge import protocol
from padfusion.bridge.osc import MAX_MESSAGES, MAX_NESTING
from padfusion.bridge.requests import BY_ADDRESS
from bridge_support import count_received, daemon_settings, free_udp_port, osc_string, running, write_presets

PAD = "fuzz-pad-7q"  # generated strings are at most 40 characters of random text: never this
FENCE = "fence-pad-3k"  # nor this: `generate FENCE` is answered `error FENCE unknown_pad`, after all sent before
BATCHES, PER_BATCH = 105, 100
# Seconds to wait for each reply: generous, since the subject is that every reply comes, not how fast (a fresh
# clone's CI run once waited more than 10 s for one, on a loaded 2-core machine; its seed replayed passes).
REPLY_WAIT = 30


def blob(data: bytes) -> bytes:
    return struct.pack(">i", len(data)) + data + b"\0" * (-len(data) % 4)


def latin1(data: bytes) -> str:
    """Any code point below 256 but NUL (which ends an OSC string)."""
    return data.replace(b"\0", b"").decode("latin-1")


# Hypothesis draws cost time: strings are made from bytes (as Latin-1 text, sent as UTF-8) or taken from a list
# of interesting ones, and fixed-size arguments are cut from one drawn block.
WORDS = ["", PAD[:-1], "kick", "steps", "strength", "../../../etc/passwd", "/etc/hosts", "~", "é", "💥", "a" * 300]
text = st.one_of(st.sampled_from(WORDS), st.binary(max_size=40).map(latin1),
                 st.integers(3000, 12000).map(lambda n: "x" * n))
SIZES = {"i": 4, "f": 4, "c": 4, "r": 4, "m": 4, "h": 8, "d": 8, "t": 8,
         "T": 0, "F": 0, "N": 0, "I": 0, "[": 0, "]": 0}  # every OSC 1.0/1.1 type tag but s, S and b
SPECIAL = [struct.pack(">f", x) for x in (float("nan"), float("inf"), -float("inf"), 0.3, 36.0, -1.0, 1e9)]
TAGS = "".join(SIZES) + "ssssSb"
KNOWN = [*BY_ADDRESS, *(m.address for m in protocol.REPLIES)] + ["/", protocol.PREFIX]
ADDRESSES = st.one_of(st.sampled_from(KNOWN), st.binary(max_size=30).map(lambda b: "/" + latin1(b)),
                      st.binary(max_size=20).map(lambda b: f"{protocol.PREFIX}/{latin1(b)}"))
REPLY_ONLY = {m.address for m in protocol.REPLIES} - set(BY_ADDRESS)
STATUS = f"{protocol.PREFIX}/status"  # a request with no arguments, a reply with some


@st.composite
def messages(draw, cuts=True):
    """("message", bytes, well_formed, answered): well-formed OSC (taken or refused as bad_args), or broken for
    sure; with `cuts`, also cut short anywhere (well_formed None: it may be, so only at the top level).
    `answered`: whether the daemon answers it when well-formed (a request, or a refusal counted in the error)."""
    address = draw(ADDRESSES)
    tags = draw(st.text(alphabet=TAGS, max_size=5))
    block = draw(st.binary(min_size=40, max_size=40))  # the fixed-size arguments' bytes
    args = []
    for tag in tags:
        if tag in "sS":
            args.append(osc_string(draw(text).encode()))
        elif tag == "b":
            args.append(blob(block[:draw(st.integers(0, 12))]))
        elif tag == "f" and block[0] < 40:
            args.append(SPECIAL[block[0] % len(SPECIAL)])  # NaN, infinities and in-range numbers, often
        else:
            args.append(block[-SIZES[tag]:] if SIZES[tag] else b"")
            block = bytes(reversed(block))
    breakage = draw(st.sampled_from([None] * 4 + ["unknown tag", "not utf-8"] + ["cut"] * cuts))
    if breakage == "unknown tag":
        tags += draw(st.sampled_from("xyz0?!"))
    elif breakage == "not utf-8":
        tags, args = "s", [osc_string(b"caf\xe9" + block[:8].replace(b"\0", b"") + b"\xff")]
    answered = (address.startswith(protocol.PREFIX + "/") and address not in REPLY_ONLY
                and (address != STATUS or tags == ""))
    data = osc_string(address.encode()) + osc_string(("," + tags).encode()) + b"".join(args)
    if breakage == "cut":
        data = data[:draw(st.integers(1, len(data) - 1))]
    return ("message", data, None if breakage == "cut" else breakage is None, answered)


def bundles(children):
    """("bundle", children, lie): with `lie`, the last element's size says 4 bytes more than there are."""
    return st.tuples(st.just("bundle"), st.lists(children, max_size=4), st.booleans())


packets = st.one_of(
    messages(),
    st.recursive(messages(cuts=False), bundles, max_leaves=4),
    st.tuples(st.integers(0, MAX_NESTING + 3), messages(cuts=False)).map(  # a message deep in bundles
        lambda n_m: _wrapped(n_m[1], n_m[0])),
    st.tuples(st.integers(1, 3 * MAX_MESSAGES), messages(cuts=False)).map(  # many messages in one bundle
        lambda n_m: ("bundle", [n_m[1]] * n_m[0], False)),
    st.binary(max_size=200).filter(lambda b: not b.startswith(b"#bundle")).map(lambda b: ("garbage", b)),
)


def _wrapped(node, depth):
    for _ in range(depth):
        node = ("bundle", [node], False)
    return node


def encode(node) -> bytes:
    if node[0] == "bundle":
        _, children, lie = node
        elements = [encode(child) for child in children]
        sizes = [len(e) for e in elements]
        if lie and sizes:
            sizes[-1] += 4
        return b"#bundle\0" + bytes(8) + b"".join(struct.pack(">i", size) + e for size, e in zip(sizes, elements))
    return node[1]


def answered(node) -> int | None:
    """How many of the packet's messages the daemon answers (each by its reply, or counted in the packet's one
    error); None when the packet is refused whole: one `malformed` error."""

    def flags(node, depth):  # each message's `answered`, or None when the packet is not well-formed
        if node[0] == "garbage":
            return None
        if node[0] == "message":
            return [node[3]] if node[2] else None
        _, children, lie = node
        if depth == MAX_NESTING or (lie and children):
            return None
        found = [flags(child, depth + 1) for child in children]
        return None if None in found else sum(found, [])

    found = flags(node, 0)
    return None if not found or len(found) > MAX_MESSAGES else sum(found)


def fenced(client) -> list:
    """The replies to what was sent to the client's daemon so far, up to a fence's error."""
    client.send("generate", FENCE)
    replies = []
    while (reply := client.recv(REPLY_WAIT))[0] != "error" or reply[1][0] != FENCE:
        replies.append(reply)
    return replies


@pytest.mark.slow
def test_ten_thousand_random_and_malformed_packets_each_get_their_replies(tmp_path, tiny_model, client):
    presets = write_presets(tmp_path / "presets", tiny_model, pads=(PAD,))
    sent = []
    other_port = free_udp_port()  # the second daemon's, known before the first starts
    with (running(daemon_settings(tmp_path / "a", presets, other_port, pool_depth=0)) as daemon,
          running(daemon_settings(tmp_path / "b", presets, daemon.osc.port, osc_port=other_port,
                                  pool_depth=0)) as other):
        received = count_received(daemon)

        @settings(max_examples=BATCHES, deadline=None, database=None,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                         HealthCheck.large_base_example])
        @given(st.lists(packets, min_size=PER_BATCH, max_size=PER_BATCH))
        def batch(nodes):
            client.daemon_port = daemon.osc.port
            for node in nodes:
                packet = encode(node)
                if len(packet) > 65000:  # more than a UDP datagram holds: the sender's OS refuses it
                    continue
                client.send_packet(packet)
                replies = fenced(client)
                errors = [params for reply, params in replies if reply == "error"]
                assert all(code != "internal" for _, code, _ in errors), replies
                expected = answered(node)
                if node[0] == "message" and node[2] is None:  # cut short: malformed, or whatever it still is
                    assert len(replies) <= 1, replies
                elif expected is None:
                    assert [(reply, params[1]) for reply, params in replies] == [("error", "malformed")], replies
                else:
                    more = [int(m[1]) for _, _, why in errors if (m := re.search(r"and (\d+) more refused", why))]
                    assert len(errors) <= 1 and len(replies) + sum(more) == expected, (expected, replies)
                sent.append(len(packet))
            # The other daemon got every reply: whatever it answered reached the first daemon before its answer
            # to a fence, which goes there too. So the first must have heard from it once per fence.
            client.daemon_port = other.osc.port
            assert fenced(client) == []
            other_fences.append(FENCE)
            deadline = time.monotonic() + REPLY_WAIT
            while len(from_other := [s for s in received if s[1] == other.osc.port]) < len(other_fences):
                assert time.monotonic() < deadline, "the other daemon's answer to the fence never came"
                time.sleep(0.01)
            assert len(from_other) == len(other_fences), "the other daemon answered the first one's replies"

        other_fences = []
        batch()
    assert len(sent) >= 10_000
