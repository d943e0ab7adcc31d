"""Fuzzing the daemon's OSC port: Hypothesis generates well over 10,000 packets (messages to known and random
addresses with every OSC type tag and some that are none, arguments of every size, strings that are not UTF-8,
bundles nested past the limit, element sizes that lie, bare random bytes) and sends them one at a time to a real
daemon on loopback. Every packet must get exactly as many replies as it holds requests (a packet that is not
OSC is one request), and after each batch a ping must be answered by the very next reply, pong.

The daemon serves one pad whose name no generated string can hit, so no request makes a sample: the test is
about parsing, validation and replies, and takes seconds, not minutes."""

import struct

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from padfusion.bridge import protocol
from padfusion.bridge.osc import MAX_NESTING
from bridge_support import daemon_settings, running, write_presets

PAD = "fuzz-pad-7q"  # generated strings are at most 40 characters of random text: never this
BATCHES, PER_BATCH = 105, 100
# Seconds to wait for each reply: generous, since the subject is that every reply comes, not how fast (a fresh
# clone's CI run once waited more than 10 s for one, on a loaded 2-core machine; its seed replayed passes).
REPLY_WAIT = 30


def osc_string(data: bytes) -> bytes:
    return data + b"\0" * (4 - len(data) % 4)


def blob(data: bytes) -> bytes:
    return struct.pack(">i", len(data)) + data + b"\0" * (-len(data) % 4)


# Hypothesis draws cost time: strings are made from bytes (as Latin-1 text, so any code point below 256, sent
# as UTF-8) or taken from a list of interesting ones, and fixed-size arguments are cut from one drawn block.
WORDS = ["", PAD[:-1], "kick", "steps", "strength", "../../../etc/passwd", "/etc/hosts", "~", "é", "💥", "a" * 300]
text = st.one_of(st.sampled_from(WORDS), st.binary(max_size=40).map(lambda b: b.decode("latin-1")),
                 st.integers(3000, 12000).map(lambda n: "x" * n))
SIZES = {"i": 4, "f": 4, "c": 4, "r": 4, "m": 4, "h": 8, "d": 8, "t": 8,
         "T": 0, "F": 0, "N": 0, "I": 0, "[": 0, "]": 0}  # every OSC 1.0/1.1 type tag but s, S and b
SPECIAL = [struct.pack(">f", x) for x in (float("nan"), float("inf"), -float("inf"), 0.3, 36.0, -1.0, 1e9)]
TAGS = "".join(SIZES) + "ssssSb"
ADDRESSES = st.one_of(st.sampled_from([m.address for m in protocol.REQUESTS] + ["/", protocol.PREFIX]),
                      st.binary(max_size=30).map(lambda b: "/" + b.replace(b"\0", b"").decode("latin-1")))


@st.composite
def messages(draw, cuts=True):
    """("message", bytes, well_formed): well-formed OSC (taken or refused as bad_args), or broken for sure;
    with `cuts`, also cut short anywhere (which may leave a well-formed message: only at the top level)."""
    address = draw(ADDRESSES).encode()
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
    data = osc_string(address) + osc_string(("," + tags).encode()) + b"".join(args)
    if breakage == "cut":
        data = data[:draw(st.integers(1, len(data) - 1))]
    return ("message", data, breakage is None)


def bundles(children):
    """("bundle", children, lie): with `lie`, the last element's size says 4 bytes more than there are."""
    return st.tuples(st.just("bundle"), st.lists(children, max_size=4), st.booleans())


packets = st.one_of(
    messages(),
    st.recursive(messages(cuts=False), bundles, max_leaves=4),
    st.tuples(st.integers(0, MAX_NESTING + 3), messages(cuts=False)).map(  # a message deep in bundles
        lambda n_m: _wrapped(n_m[1], n_m[0])),
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


def requests(node) -> int:
    """How many replies the packet must get: one per message of a well-formed packet, else one."""

    def count(node, depth):  # the messages, or None when the packet is not well-formed
        if node[0] == "garbage":
            return None
        if node[0] == "message":
            return 1 if node[2] else None
        _, children, lie = node
        if depth == MAX_NESTING or (lie and children):
            return None
        counts = [count(child, depth + 1) for child in children]
        return None if None in counts else sum(counts)

    if node[0] == "garbage":
        return 1
    return count(node, 0) or 1


def test_ten_thousand_random_and_malformed_packets_each_get_their_replies(tmp_path, tiny_model, client):
    presets = write_presets(tmp_path / "presets", tiny_model, pads=(PAD,))
    sent = []
    with running(daemon_settings(tmp_path, presets, client.port, pool_depth=0)) as daemon:
        client.daemon_port = daemon.osc.port
        address = ("127.0.0.1", daemon.osc.port)

        @settings(max_examples=BATCHES, deadline=None, database=None,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                         HealthCheck.large_base_example])
        @given(st.lists(packets, min_size=PER_BATCH, max_size=PER_BATCH))
        def batch(nodes):
            for node in nodes:
                packet = encode(node)
                if len(packet) > 65000:  # more than a UDP datagram holds: the sender's OS refuses it
                    continue
                client.sock.sendto(packet, address)
                replies = [client.recv(REPLY_WAIT) for _ in range(requests(node))]
                assert all(reply != "error" or params[1] != "internal" for reply, params in replies), replies
                sent.append(len(packet))
            client.send("ping")
            assert client.recv(REPLY_WAIT) == ("pong", [])  # the very next reply: nothing more came for the batch

        batch()
    assert len(sent) >= 10_000
