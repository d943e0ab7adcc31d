"""The vocabulary of the daemon's protocol: arguments, requests, replies and error codes.

The requests themselves are declared once, in bridge/requests.py, each with its handler; the replies and the
error codes are here. OSC type tags: i int32, f float32, s string. Max sends ints and floats interchangeably,
so every numeric argument accepts either ("n" below: number); "ns" takes a number or a string (a knob's value,
or a note name for pitch).

Replies go to the sender's address and to the reply port on the sender's host (Max's `udpsend`
sends from a throwaway port and listens with `udpreceive` on the reply port). A client that listens on a
port of its own (each Max for Live device does, so that several can share one daemon) names it with
`hello` before its requests. Samples made from a MIDI trigger or an inbox drop are announced to the
default reply port on 127.0.0.1.
"""

from collections.abc import Callable
from dataclasses import asdict, dataclass

PREFIX = "/padfusion"
# The daemon's ceiling on a request's steps (presets may say more). The samplers are tuned against a 200-step
# solution and come within audible reach of it far sooner: past 200, a request only costs time (seconds on a
# CPU), and the pad waits for it.
MAX_REQUEST_STEPS = 200
DEFAULT_HOST = "127.0.0.1"
DEFAULT_OSC_PORT = 9123
DEFAULT_REPLY_PORT = 9124
DEFAULT_WEB_PORT = 9125  # TCP: the page and its HTTP API (bridge/web.py)
MAX_CLIENTS = 256  # senders whose `hello` reply port the daemon remembers
MAX_ID = 2**31 - 1  # the largest request id (an OSC int32)


TYPE_NAMES = {"s": "string", "n": "number", "i": "int"}  # an int also takes a float with no fraction


@dataclass(frozen=True)
class Arg:
    name: str
    type: str  # each letter a type it takes (TYPE_NAMES): "ns" is a number or a string
    doc: str
    optional: bool = False
    min: float | None = None  # inclusive range of a numeric argument
    max: float | None = None

    @property
    def kind(self) -> str:
        """The types it takes, in words, for the docs' tables: "number or string"."""
        return " or ".join(TYPE_NAMES[t] for t in self.type)


@dataclass(frozen=True)
class Message:
    """A reply: its address, arguments and meaning."""
    address: str
    args: tuple[Arg, ...]
    doc: str


@dataclass(frozen=True)
class Request:
    """One kind of request, declared once in bridge/requests.py. `handler` does it: queued in the worker's `slot`
    (requests of a pad in one slot replace each other), `handler(worker, job)`; with no slot, answered at once on
    the thread that received it, `handler(daemon, args, reply_to)`; None for `hello`, the OSC transport's own."""
    name: str
    args: tuple[Arg, ...]
    replies: tuple[str, ...]
    doc: str
    handler: Callable | None
    slot: str | None = None

    @property
    def address(self) -> str:
        return f"{PREFIX}/{self.name}"

    def usage(self) -> str:
        """`/padfusion/generate <pad> [seed] [steps]`"""
        return " ".join([self.address] + [f"[{a.name}]" if a.optional else f"<{a.name}>" for a in self.args])

    def describe(self) -> dict:
        """What a client needs to know of it (for `padfusion protocol --json`)."""
        return {"address": self.address, "args": [asdict(a) for a in self.args], "replies": list(self.replies),
                "doc": self.doc}


class BadRequest(Exception):
    """A request refused before any work: becomes `error <pad> <code> <message>`."""

    def __init__(self, code: str, message: str, pad: str = ""):
        super().__init__(message)
        self.code, self.pad = code, pad


def arg(name, type_, doc, optional=False, min=None, max=None):
    return Arg(name, type_, doc, optional, min, max)


PAD = arg("pad", "s", "pad name from the preset (kick, snare, hihat, perc)")
ID = arg("id", "i", "the client's number for this request, echoed by its reply; omitted or 0: none", True, 0, MAX_ID)
PIN = arg("pin", "i", "1: pin the sample as it is made (pinned/, which history's cap never touches) and name the "
          "pinned copy in `ready`, for a client that stores what it gets, such as a Live set; omitted or 0: no",
          True, 0, 1)
ECHOED_ID = arg("id", "i", "the request's id (0: it gave none, or nobody asked: a MIDI note, an inbox drop)")

REPLIES = (
    Message(f"{PREFIX}/ready", (PAD, arg("path", "s", "absolute path of the sample's file in history (never "
                                         "overwritten), or of its pinned copy where the request asked `pin`"),
                                arg("seed", "i", "seed of the sample"),
                                arg("ms", "n", "milliseconds from request to file on disk"),
                                arg("recipe", "s", "the sample's record as JSON (its index line without time and "
                                                   "path): what `remake` takes to make it again"),
                                ECHOED_ID),
            "The pad's new sample is safely on disk: in history (the path) and at `<out>/<pad>.wav`."),
    Message(f"{PREFIX}/kept", (PAD, arg("path", "s", "absolute path of the kept copy"), ECHOED_ID),
            "The sample was kept."),
    Message(f"{PREFIX}/pinned", (PAD, arg("path", "s", "absolute path of the pinned copy, under pinned/"), ECHOED_ID),
            "The sample was pinned: history's cap never removes it."),
    Message(f"{PREFIX}/learned", (arg("target", "s", "what was mapped"), arg("kind", "s", "'note' or 'cc'"),
                                  arg("number", "i", "note or controller number")), "A MIDI mapping was learned."),
    Message(f"{PREFIX}/status", (arg("state", "s", "'idle' or 'generating'"),
                                 arg("device", "s", "what runs the loaded models: cpu, cuda, mps, or gpu (an Intel "
                                                    "GPU, through OpenVINO); several joined by + when they differ"),
                                 arg("pending", "i", "jobs waiting"), arg("pooled", "i", "samples ready in the pool")),
            "The daemon's state."),
    Message(f"{PREFIX}/pad", (PAD, arg("note", "i", "MIDI note that triggers it (-1: none)"),
                              arg("model", "s", "model source"), arg("steps", "i", "default steps"),
                              arg("sampler", "s", "sampler name"),
                              arg("path", "s", "absolute path of the pad's current WAV, '' before its first sample")),
            "One pad of the current preset, with its current sample."),
    Message(f"{PREFIX}/superseded", (PAD, arg("request", "s", "the request dropped: generate, variation, recall, "
                                              "remake or undo"), ECHOED_ID),
            "A later request for the pad from the same client replaced this one before it was done (the latest "
                "press wins); nothing was made for it."),
    Message(f"{PREFIX}/pong", (), "Answer to ping."),
    Message(f"{PREFIX}/knob", (PAD, arg("knob", "s", "its name: pitch, decay, punch, brightness or tone (the pad's "
                                                     "instrument's, model/knobs.py)"),
                               arg("unit", "s", "its unit: Hz, s or dB"), arg("min", "n", "the lowest value it takes"),
                               arg("max", "n", "the highest value it takes"),
                               arg("value", "s", "the value set, in the unit, as text; '' when free (the model's "
                                                 "choice)"),
                               arg("doc", "s", "what it measures")),
            "One knob of a pad, with its value now (the producer's setting, else the preset's)."),
    Message(f"{PREFIX}/key", (PAD, arg("key", "s", "the song's key its tonal samples are tuned to (a pitch class: C, "
                                                   "C# ... B); '' for none")),
            "A pad's key now (the producer's setting, else the preset's)."),
    Message(f"{PREFIX}/error", (arg("pad", "s", "pad concerned, or '' when none"),
                                arg("code", "s", "machine-readable code, e.g. unknown_pad, bad_args, model_load"),
                                arg("message", "s", "what went wrong and what to do")),
            "A request was refused or failed; the daemon keeps running."),
)


ERRORS = {
    "unknown_address": "no such address under /padfusion (see `padfusion protocol`)",
    "malformed": "the packet is not a valid OSC message or bundle, its strings are not UTF-8, or it holds more "
                 "messages than one packet may",
    "bad_args": "wrong number, type or range of arguments; the message holds the usage",
    "unknown_pad": "no pad of that name in the presets being served",
    "forbidden_path": "a variation source outside the output folder and the configured sample folders",
    "bad_audio": "a variation source that cannot be used: not audio, too large or too long, or holding NaN or "
                 "infinite samples",
    "no_sample": "the pad has no sample yet (to vary, keep or undo), or the named file is not there",
    "changed": "a recipe that cannot be made again exactly: the pad's model weights differ from those it names, or "
               "its source file is gone or changed",
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


def page_url(host: str, port: int) -> str:
    """Where a browser opens the page of a daemon listening on (host, port): a wildcard address on the loopback."""
    host = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    return f"http://{f'[{host}]' if ':' in host else host}:{port}/"
