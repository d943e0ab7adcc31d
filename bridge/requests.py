"""The daemon's requests, each declared once: its name (the address is `/padfusion/<name>`), its arguments,
its replies, what it does, and who does it: a worker job waiting in a slot (requests of a pad in one slot
replace each other), or an answer given at once. The OSC server validates against this table and the daemon
dispatches from it; `padfusion protocol`, docs/protocol.md and the device's script are generated from it.
"""

from dataclasses import asdict

from padfusion.bridge import answers, jobs
from padfusion.bridge.protocol import (DEFAULT_HOST, DEFAULT_OSC_PORT, DEFAULT_REPLY_PORT, ERRORS, ID, MAX_CLIENTS,
                                       MAX_REQUEST_STEPS, PAD, PIN, PREFIX, REPLIES, Arg, Request, arg,
                                       format_number)
from padfusion.model import params

MADE = ("ready", "superseded")

REQUESTS = (
    Request("generate", (PAD, arg("seed", "i", "seed; omitted or -1 means a fresh one", True, -1, params.MAX_SEED),
                         arg("steps", "i", "sampler steps; omitted or 0 means the pad's default", True, 0,
                             MAX_REQUEST_STEPS), ID, PIN),
            MADE, "Make a new sample for the pad (from the pre-generated pool when it can).",
            jobs.generate, slot="make"),
    Request("variation", (PAD, arg("strength", "n", "how far from the source, 0.01 to 1 (0.3 is subtle)",
                                   min=params.MIN_STRENGTH, max=1),
                          arg("file", "s", "source audio under the output or a sample folder; omitted or '' means "
                              "the pad's current sample", True), ID, PIN),
            MADE, "Make a variation of a sample: noise it to sigma = strength and sample back down.",
            jobs.variation, slot="make"),
    Request("recall", (PAD, arg("seed", "i", "seed of an earlier sample", min=0, max=params.MAX_SEED), ID,
                       PIN),
            MADE, "Make the pad's sample for a given seed again (with the pad's model, sampler and steps now).",
            jobs.recall, slot="make"),
    Request("remake", (PAD, arg("recipe", "s", "a sample's record as JSON, as its `ready` (or its index line) gave "
                                "it"), ID, PIN),
            MADE, "Make a sample again exactly as its record says: the same sound to float rounding, or `error "
            "changed` when the pad's model weights are not the ones it names or its source file is gone or changed.",
            jobs.remake, slot="make"),
    Request("undo", (PAD, ID, PIN), MADE,
            "Restore the pad's previous sample from history (undos in a row add up: the earlier are superseded).",
            jobs.undo, slot="undo"),
    Request("keep", (PAD, arg("file", "s", "the sample to keep, under the output folder; omitted or '' means the one "
                              "the pad was playing when Keep arrived", True), ID),
            ("kept",), "Copy a sample into kept/, where it is never removed.", answers.keep),
    Request("pin", (PAD, arg("file", "s", "a sample under the output folder"), ID), ("pinned",),
            "Pin a sample (a client that stores it, such as a Live set, does this): a link or copy in pinned/, which "
            "history's cap never touches.", answers.pin),
    Request("learn", (arg("target", "s", "a pad name; or for a control change 'steps', 'strength', or a pad's "
                          "knob as pad:knob, e.g. kick:decay"),),
            ("learned",), "MIDI learn: the next note (for a pad) or control change (for a parameter or a knob, "
            "its 0-127 across the knob's range) is mapped.",
            answers.learn),
    Request("knobs", (arg("pad", "s", "one pad; omitted means every pad", True),), ("knob", "key"),
            "List the pads' knobs and keys: pad by pad, a `knob` reply for each of its knobs, then a `key` reply.",
            answers.knobs),
    Request("set_knob", (PAD, arg("knob", "s", "one of the pad's knobs (see `knobs`)"),
                         arg("value", "ns", "in the knob's unit, within its range (pitch also as a note name, e.g. "
                             "A1); omitted means free (the model's choice)", True)),
            ("knob",), "Set a knob of the pad for its later presses, over its preset's (a restart keeps it); "
            "answered with the knob's `knob` reply.", answers.set_knob),
    Request("set_key", (arg("key", "s", "a pitch class such as F, F# or Bb; '' means none"),
                        arg("pad", "s", "one pad; omitted means every pad", True)),
            ("key",), "Set the song's key for the pads' later presses, over their presets' (a restart keeps it): "
            "tonal samples land on its root. Answered with a `key` reply per pad.", answers.set_key),
    Request("status", (), ("status",), "Report the daemon's state.", answers.status),
    Request("pads", (), ("pad",), "List the pads: one `pad` reply each.", answers.pads),
    Request("ping", (), ("pong",), "Liveness check.", answers.ping),
    Request("hello", (arg("reply_port", "i", "UDP port on the sender's host that listens for the replies",
                          min=1, max=65535),),
            ("pong",), "Answer this sender (its host and source port) on `reply_port` from now on, instead of the "
            "default reply port. A client with a port of its own sends it before each request; the daemon "
            f"remembers the last {MAX_CLIENTS} senders.",
            None),  # where replies go is the OSC transport's own business (bridge/osc.py)
)

# The daemon's own request, not on the wire: a preset or the model files it names changed on disk.
RELOAD = Request("reload", (PAD,), (), "Load the pad's preset and model again.", jobs.reload, slot="reload")

# The daemon's own, not on the wire: a pad's knobs or key changed, so what its pool holds was made for the old.
SETTINGS_CHANGED = Request("settings_changed", (PAD,), (), "Drop the samples pooled for the pad's old knobs and key.",
                           jobs.settings_changed, slot="settings_changed")

BY_ADDRESS = {request.address: request for request in REQUESTS}
BY_NAME = {request.name: request for request in REQUESTS}


def describe() -> dict:
    """The protocol as plain data, for `padfusion protocol --json` and the device's script."""
    return {
        "prefix": PREFIX,
        "host": DEFAULT_HOST,
        "osc_port": DEFAULT_OSC_PORT,
        "reply_port": DEFAULT_REPLY_PORT,
        "requests": [request.describe() for request in REQUESTS],
        "replies": [{"address": m.address, "args": [asdict(a) for a in m.args], "doc": m.doc} for m in REPLIES],
        "errors": ERRORS,
    }


def markdown() -> str:
    """The OSC reference's tables (requests, replies, error codes) for docs/protocol.md; a test keeps the page
    in step with them."""

    def argument(a: Arg) -> str:
        limits = f", {format_number(a.min)} to {format_number(a.max)}" if a.min is not None else ""
        name = f"[{a.name}]" if a.optional else a.name
        return f"`{name}` ({a.kind}{limits}): {a.doc}"

    lines = ["| Request | Arguments | Replies | What it does |", "|---|---|---|---|"]
    for request in REQUESTS:
        args = "<br>".join(map(argument, request.args)) or "none"
        replies = ", ".join(f"`{r}`" for r in request.replies)
        lines.append(f"| `{request.address}` | {args} | {replies} or `error` | {request.doc} |")
    lines += ["", "| Reply | Arguments | Meaning |", "|---|---|---|"]
    for m in REPLIES:
        lines.append(f"| `{m.address}` | {'<br>'.join(map(argument, m.args)) or 'none'} | {m.doc} |")
    lines += ["", "| Error code | Meaning |", "|---|---|"]
    lines += [f"| `{code}` | {doc} |" for code, doc in ERRORS.items()]
    return "\n".join(lines) + "\n"
