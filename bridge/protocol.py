"""The OSC protocol of the PadFusion daemon, as data.

This table is the one source of truth: the daemon dispatches from it, `padfusion protocol --json`
prints it for the Max for Live device and other clients, the README's table is checked against it,
and the tests replay it. OSC type tags: i int32, f float32, s string. Max sends ints and floats
interchangeably, so every numeric argument accepts either ("n" below: number).

Replies go to the sender's address and to the reply port on the sender's host (Max's `udpsend`
sends from a throwaway port and listens with `udpreceive` on the reply port). Samples made from a
MIDI trigger or an inbox drop are announced to the reply port on 127.0.0.1.
"""

from dataclasses import asdict, dataclass

PREFIX = "/padfusion"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_OSC_PORT = 9123
DEFAULT_REPLY_PORT = 9124


@dataclass(frozen=True)
class Arg:
    name: str
    type: str  # "s" string, "n" number (int or float), "i" integer (a float with no fraction is accepted)
    doc: str
    optional: bool = False


@dataclass(frozen=True)
class Message:
    address: str
    args: tuple[Arg, ...]
    replies: tuple[str, ...]
    doc: str


def _a(name, type_, doc, optional=False):
    return Arg(name, type_, doc, optional)


PAD = _a("pad", "s", "pad name from the preset (kick, snare, hihat, perc)")

REQUESTS = (
    Message(f"{PREFIX}/generate", (PAD, _a("seed", "i", "seed; omitted or -1 means a fresh one", True),
                                   _a("steps", "i", "sampler steps; omitted means the pad's default", True)),
            ("ready",), "Make a new sample for the pad (from the pre-generated pool when it can)."),
    Message(f"{PREFIX}/variation", (PAD, _a("strength", "n", "0..1: how far from the source (0.3 is subtle)"),
                                    _a("file", "s", "source audio under the output or a sample folder; "
                                       "omitted means the pad's current sample", True)),
            ("ready",), "Make a variation of a sample: noise it to sigma = strength and sample back down."),
    Message(f"{PREFIX}/recall", (PAD, _a("seed", "i", "seed of an earlier sample")),
            ("ready",), "Make the pad's sample for a given seed again (same model, sampler and steps)."),
    Message(f"{PREFIX}/undo", (PAD,), ("ready",), "Restore the pad's previous sample from history."),
    Message(f"{PREFIX}/keep", (PAD,), ("kept",), "Copy the pad's current sample into kept/."),
    Message(f"{PREFIX}/learn", (_a("target", "s", "a pad name, or 'steps' or 'strength' for a control change"),),
            ("learned",), "MIDI learn: the next note (for a pad) or control change (for a parameter) is mapped."),
    Message(f"{PREFIX}/status", (), ("status",), "Report the daemon's state."),
    Message(f"{PREFIX}/pads", (), ("pad",), "List the pads: one `pad` reply each."),
    Message(f"{PREFIX}/ping", (), ("pong",), "Liveness check."),
)

REPLIES = (
    Message(f"{PREFIX}/ready", (PAD, _a("path", "s", "absolute path of the pad's current WAV"),
                                _a("seed", "i", "seed of the sample"),
                                _a("ms", "n", "milliseconds from request to file on disk")),
            (), "A new sample is on disk, complete, at <out>/<pad>.wav."),
    Message(f"{PREFIX}/kept", (PAD, _a("path", "s", "absolute path of the kept copy")), (), "The sample was kept."),
    Message(f"{PREFIX}/learned", (_a("target", "s", "what was mapped"), _a("kind", "s", "'note' or 'cc'"),
                                  _a("number", "i", "note or controller number")), (), "A MIDI mapping was learned."),
    Message(f"{PREFIX}/status", (_a("state", "s", "'idle' or 'generating'"), _a("device", "s", "cpu, cuda or mps"),
                                 _a("pending", "i", "jobs waiting"), _a("pooled", "i", "samples ready in the pool")),
            (), "The daemon's state."),
    Message(f"{PREFIX}/pad", (PAD, _a("note", "i", "MIDI note that triggers it"), _a("model", "s", "model source"),
                              _a("steps", "i", "default steps"), _a("sampler", "s", "sampler name")),
            (), "One pad of the current preset."),
    Message(f"{PREFIX}/pong", (), (), "Answer to ping."),
    Message(f"{PREFIX}/error", (_a("pad", "s", "pad concerned, or '' when none"),
                                _a("code", "s", "machine-readable code, e.g. unknown_pad, bad_args, model_load"),
                                _a("message", "s", "what went wrong and what to do")),
            (), "A request was refused or failed; the daemon keeps running."),
)


def describe() -> dict:
    """The protocol as plain data, for `padfusion protocol --json`."""
    return {
        "prefix": PREFIX,
        "host": DEFAULT_HOST,
        "osc_port": DEFAULT_OSC_PORT,
        "reply_port": DEFAULT_REPLY_PORT,
        "requests": [asdict(m) for m in REQUESTS],
        "replies": [asdict(m) for m in REPLIES],
    }
