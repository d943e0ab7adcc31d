"""The requests answered at once, on the thread that received them, one function each, `answer(daemon, args,
reply_to)`, named by the request table (bridge/requests.py). They need no model, so no press waits for them."""

import logging

from padfusion.bridge.midi import KNOBS, PAD_KNOB, takes_a_control
from padfusion.bridge.protocol import BadRequest, format_number
from padfusion.model.knobs import KnobError, knobs_for
from padfusion.model.recipe import resolve

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
    """Kept at once, so that without a file it is the sample the pad plays now, whatever the worker is making."""
    kept = _into_output(daemon, args, daemon.output.keep)
    log.info("%s: kept %s", args["pad"], kept)
    daemon.osc.send(reply_to, "kept", args["pad"], str(kept), args.get("id", 0))


def pin(daemon, args, reply_to):
    pinned = _into_output(daemon, args, daemon.output.pin)
    log.debug("%s: pinned %s", args["pad"], pinned)
    daemon.osc.send(reply_to, "pinned", args["pad"], str(pinned), args.get("id", 0))


def _into_output(daemon, args, action):
    """`action(pad, file)` of the output folder, its failures as the request's refusals."""
    pad = args["pad"]
    try:
        return action(pad, args.get("file"))
    except LookupError as e:
        raise BadRequest("no_sample", str(e), pad) from None
    except OSError as e:
        raise BadRequest("disk", f"cannot write to the output folder {daemon.output.root}: {e.strerror or e}",
                         pad) from None


def learn(daemon, args, reply_to):
    target = args["target"]
    pad, _, knob = target.partition(PAD_KNOB)
    if target not in daemon.presets and target not in KNOBS and not (
            pad in daemon.presets and knob in [k.name for k in knobs_for(daemon.presets[pad].instrument)]):
        raise BadRequest("bad_args", f"cannot learn {target[:40]!r}: name a pad ({', '.join(daemon.presets)}), "
                         f"{' or '.join(KNOBS)}, or a pad's knob such as kick{PAD_KNOB}decay (see `knobs`)")
    if daemon.midi.port is None:
        raise BadRequest("midi", "no MIDI input is open, so there is nothing to learn from")
    daemon.learn_reply_to = reply_to
    daemon.midi.start_learning(target)
    log.info("MIDI learn: waiting for a %s for %s", "control change" if takes_a_control(target) else "note", target)


def knobs(daemon, args, reply_to):
    for pad in [args["pad"]] if "pad" in args else daemon.presets:
        recipe = _settings(daemon, pad)
        for knob in knobs_for(recipe.instrument):
            _send_knob(daemon, reply_to, pad, knob, dict(recipe.knobs).get(knob.name))
        daemon.osc.send(reply_to, "key", pad, recipe.key or "")


def set_knob(daemon, args, reply_to):
    """Set at once (the next press uses it); the pad's pool, made for the old settings, is dropped and refilled."""
    pad, name = args["pad"], args["knob"]
    instrument = daemon.presets[pad].instrument
    try:
        daemon.pad_settings.set_knob(pad, instrument, name, args.get("value"))
    except KnobError as e:
        raise BadRequest("bad_args", str(e), pad) from None
    daemon.settings_changed(pad)
    knob = next(k for k in knobs_for(instrument) if k.name == name)
    value = dict(_settings(daemon, pad).knobs).get(name)
    log.info("%s: %s %s", pad, name, "free" if value is None else f"{value:g} {knob.unit}")
    _send_knob(daemon, reply_to, pad, knob, value)


def set_key(daemon, args, reply_to):
    pads = [args["pad"]] if "pad" in args else list(daemon.presets)
    try:
        key = daemon.pad_settings.set_key(pads, args["key"])
    except KnobError as e:
        raise BadRequest("bad_args", str(e), args.get("pad", "")) from None
    log.info("%s: key %s", ", ".join(pads), key or "none")
    for pad in pads:
        daemon.settings_changed(pad)
        daemon.osc.send(reply_to, "key", pad, key)


def _settings(daemon, pad):
    """The pad's recipe as a press would resolve it now, for its knobs and key."""
    return resolve(daemon.presets[pad], **daemon.pad_settings.of(pad))


def _send_knob(daemon, reply_to, pad, knob, value):
    daemon.osc.send(reply_to, "knob", pad, knob.name, knob.unit, knob.low, knob.high,
                    "" if value is None else format_number(value), knob.doc)
