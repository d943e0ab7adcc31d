"""The requests answered at once, on the thread that received them, one function each, `answer(daemon, args,
reply_to)`, named by the request table (bridge/requests.py). They need no model, so no press waits for them."""

import logging

from padfusion.bridge.midi import KNOBS
from padfusion.bridge.protocol import BadRequest

log = logging.getLogger(__name__)


def ping(daemon, args, reply_to):
    daemon.osc.send(reply_to, "pong")


def status(daemon, args, reply_to):
    state = "generating" if daemon.worker.busy else "idle"
    daemon.osc.send(reply_to, "status", state, daemon.worker.device, len(daemon.worker.requests),
                    len(daemon.worker.pool))


def pads(daemon, args, reply_to):
    for pad, preset in daemon.presets.items():
        note = daemon.midi.map.note_of(pad)
        sample = daemon.output.pad_path(pad)
        daemon.osc.send(reply_to, "pad", pad, -1 if note is None else note, preset.model, preset.steps,
                        preset.sampler, str(sample) if sample.is_file() else "")


def keep(daemon, args, reply_to):
    """Kept at once, so that it is the sample the pad plays now, whatever the worker is making."""
    pad = args["pad"]
    try:
        kept = daemon.output.keep(pad)
    except LookupError as e:
        raise BadRequest("no_sample", str(e), pad) from None
    except OSError as e:
        raise BadRequest("disk", f"cannot write to the output folder {daemon.output.root}: {e.strerror or e}",
                         pad) from None
    log.info("%s: kept %s", pad, kept)
    daemon.osc.send(reply_to, "kept", pad, str(kept))


def learn(daemon, args, reply_to):
    target = args["target"]
    if target not in daemon.presets and target not in KNOBS:
        raise BadRequest("bad_args", f"cannot learn {target[:40]!r}: name a pad ({', '.join(daemon.presets)}) "
                         f"or {' or '.join(KNOBS)}")
    if daemon.midi.port is None:
        raise BadRequest("midi", "no MIDI input is open, so there is nothing to learn from")
    daemon.learn_reply_to = reply_to
    daemon.midi.start_learning(target)
    log.info("MIDI learn: waiting for a %s for %s", "control change" if target in KNOBS else "note", target)
