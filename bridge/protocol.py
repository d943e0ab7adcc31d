"""The OSC protocol of the PadFusion daemon, as data.

This table is the one source of truth: the daemon dispatches from it, `padfusion protocol --json`
prints it for the Max for Live device and other clients, the README's table is checked against it,
and the tests replay it. OSC type tags: i int32, f float32, s string. Max sends ints and floats
interchangeably, so every numeric argument accepts either ("n" below: number).

Replies go to the sender's address and to the reply port on the sender's host (Max's `udpsend`
sends from a throwaway port and listens with `udpreceive` on the reply port). A client that listens on a
port of its own (each Max for Live device does, so that several can share one daemon) names it with
`hello` before its requests. Samples made from a MIDI trigger or an inbox drop are announced to the
default reply port on 127.0.0.1.
"""

from dataclasses import asdict, dataclass

from padfusion.model import params

PREFIX = "/padfusion"
# The daemon's ceiling on a request's steps (presets may say more). The samplers are tuned against a 200-step
# solution and come within audible reach of it far sooner (DPM++ in 10 steps, VSampler in 50): past 200, a
# request only costs time, about 20 s for the bundled models on a 2-core CPU, and the pad waits for it.
MAX_REQUEST_STEPS = 200
DEFAULT_HOST = "127.0.0.1"
DEFAULT_OSC_PORT = 9123
DEFAULT_REPLY_PORT = 9124
MAX_CLIENTS = 256  # senders whose `hello` reply port the daemon remembers


@dataclass(frozen=True)
class Arg:
    name: str
    type: str  # "s" string, "n" number (int or float), "i" integer (a float with no fraction is accepted)
    doc: str
    optional: bool = False
    min: float | None = None  # inclusive range of a numeric argument
    max: float | None = None


@dataclass(frozen=True)
class Message:
    address: str
    args: tuple[Arg, ...]
    replies: tuple[str, ...]
    doc: str

    def usage(self) -> str:
        """`/padfusion/generate <pad> [seed] [steps]`"""
        return " ".join([self.address] + [f"[{a.name}]" if a.optional else f"<{a.name}>" for a in self.args])


def _a(name, type_, doc, optional=False, min=None, max=None):
    return Arg(name, type_, doc, optional, min, max)


PAD = _a("pad", "s", "pad name from the preset (kick, snare, hihat, perc)")

REQUESTS = (
    Message(f"{PREFIX}/generate", (PAD, _a("seed", "i", "seed; omitted or -1 means a fresh one", True, -1, params.MAX_SEED),
                                   _a("steps", "i", "sampler steps; omitted means the pad's default", True, 1, MAX_REQUEST_STEPS)),
            ("ready", "superseded"), "Make a new sample for the pad (from the pre-generated pool when it can)."),
    Message(f"{PREFIX}/variation", (PAD, _a("strength", "n", "how far from the source, 0.01 to 1 (0.3 is subtle)",
                                            min=params.MIN_STRENGTH, max=1),
                                    _a("file", "s", "source audio under the output or a sample folder; "
                                       "omitted means the pad's current sample", True)),
            ("ready", "superseded"), "Make a variation of a sample: noise it to sigma = strength and sample back down."),
    Message(f"{PREFIX}/recall", (PAD, _a("seed", "i", "seed of an earlier sample", min=0, max=params.MAX_SEED)),
            ("ready", "superseded"), "Make the pad's sample for a given seed again (same model, sampler and steps)."),
    Message(f"{PREFIX}/undo", (PAD,), ("ready", "superseded"),
            "Restore the pad's previous sample from history (undos in a row add up: the earlier are superseded)."),
    Message(f"{PREFIX}/keep", (PAD,), ("kept",),
            "Copy the sample the pad was playing when Keep arrived into kept/."),
    Message(f"{PREFIX}/learn", (_a("target", "s", "a pad name, or 'steps' or 'strength' for a control change"),),
            ("learned",), "MIDI learn: the next note (for a pad) or control change (for a parameter) is mapped."),
    Message(f"{PREFIX}/status", (), ("status",), "Report the daemon's state."),
    Message(f"{PREFIX}/pads", (), ("pad",), "List the pads: one `pad` reply each."),
    Message(f"{PREFIX}/ping", (), ("pong",), "Liveness check."),
    Message(f"{PREFIX}/hello", (_a("reply_port", "i", "UDP port on the sender's host that listens for the replies",
                                   min=1, max=65535),),
            ("pong",), "Answer this sender (its host and source port) on `reply_port` from now on, instead of the "
            "default reply port. A client with a port of its own sends it before each request; the daemon "
            f"remembers the last {MAX_CLIENTS} senders."),
)

REPLIES = (
    Message(f"{PREFIX}/ready", (PAD, _a("path", "s", "absolute path of the sample's file in history (never "
                                         "overwritten)"),
                                _a("seed", "i", "seed of the sample"),
                                _a("ms", "n", "milliseconds from request to file on disk")),
            (), "The pad's new sample is safely on disk: in history (the path) and at `<out>/<pad>.wav`."),
    Message(f"{PREFIX}/kept", (PAD, _a("path", "s", "absolute path of the kept copy")), (), "The sample was kept."),
    Message(f"{PREFIX}/learned", (_a("target", "s", "what was mapped"), _a("kind", "s", "'note' or 'cc'"),
                                  _a("number", "i", "note or controller number")), (), "A MIDI mapping was learned."),
    Message(f"{PREFIX}/status", (_a("state", "s", "'idle' or 'generating'"),
                                 _a("device", "s", "cpu, cuda, mps, or gpu (an Intel GPU, through OpenVINO)"),
                                 _a("pending", "i", "jobs waiting"), _a("pooled", "i", "samples ready in the pool")),
            (), "The daemon's state."),
    Message(f"{PREFIX}/pad", (PAD, _a("note", "i", "MIDI note that triggers it (-1: none)"),
                              _a("model", "s", "model source"), _a("steps", "i", "default steps"),
                              _a("sampler", "s", "sampler name"),
                              _a("path", "s", "absolute path of the pad's current WAV, '' before its first sample")),
            (), "One pad of the current preset, with its current sample."),
    Message(f"{PREFIX}/superseded", (PAD, _a("request", "s", "the request dropped: generate, variation, recall or "
                                              "undo")),
            (), "A later request for the pad replaced this one before it was done (the latest press wins); "
                "nothing was made for it."),
    Message(f"{PREFIX}/pong", (), (), "Answer to ping."),
    Message(f"{PREFIX}/error", (_a("pad", "s", "pad concerned, or '' when none"),
                                _a("code", "s", "machine-readable code, e.g. unknown_pad, bad_args, model_load"),
                                _a("message", "s", "what went wrong and what to do")),
            (), "A request was refused or failed; the daemon keeps running."),
)


ERRORS = {
    "unknown_address": "no such address under /padfusion (see `padfusion protocol`)",
    "malformed": "the packet is not a valid OSC message or bundle (or its strings are not UTF-8)",
    "bad_args": "wrong number, type or range of arguments; the message holds the usage",
    "unknown_pad": "no pad of that name in the presets being served",
    "forbidden_path": "a variation source outside the output folder and the configured sample folders",
    "bad_audio": "a variation source that cannot be used: not audio, too large or too long, or holding NaN or "
                 "infinite samples",
    "no_sample": "the pad has no sample yet (to vary, keep or undo)",
    "model_load": "the pad's model cannot be loaded (missing folder, not in the hub cache, bad file)",
    "preset": "an edited preset file is invalid; the previous version stays in use",
    "midi": "the MIDI input could not be opened; OSC keeps working",
    "disk": "the output folder cannot be written (full, read-only, missing)",
    "generation": "the model failed while generating",
    "shutdown": "the daemon stopped before the request was done",
    "internal": "a bug in the daemon; the log has the details",
}


def format_number(x) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


def markdown() -> str:
    """The README's OSC tables (requests, replies, error codes), generated from the data above; a test keeps
    the README in step with it."""

    def argument(a: Arg) -> str:
        kind = {"s": "string", "i": "int", "n": "number"}[a.type]
        limits = f", {format_number(a.min)} to {format_number(a.max)}" if a.min is not None else ""
        name = f"[{a.name}]" if a.optional else a.name
        return f"`{name}` ({kind}{limits}): {a.doc}"

    lines = ["| Request | Arguments | Replies | What it does |", "|---|---|---|---|"]
    for m in REQUESTS:
        args = "<br>".join(map(argument, m.args)) or "none"
        replies = ", ".join(f"`{r}`" for r in m.replies)
        lines.append(f"| `{m.address}` | {args} | {replies} or `error` | {m.doc} |")
    lines += ["", "| Reply | Arguments | Meaning |", "|---|---|---|"]
    for m in REPLIES:
        lines.append(f"| `{m.address}` | {'<br>'.join(map(argument, m.args)) or 'none'} | {m.doc} |")
    lines += ["", "| Error code | Meaning |", "|---|---|"]
    lines += [f"| `{code}` | {doc} |" for code, doc in ERRORS.items()]
    return "\n".join(lines) + "\n"


def describe() -> dict:
    """The protocol as plain data, for `padfusion protocol --json`."""
    return {
        "prefix": PREFIX,
        "host": DEFAULT_HOST,
        "osc_port": DEFAULT_OSC_PORT,
        "reply_port": DEFAULT_REPLY_PORT,
        "requests": [asdict(m) for m in REQUESTS],
        "replies": [asdict(m) for m in REPLIES],
        "errors": ERRORS,
    }
