"""The daemon: wires the OSC server, the MIDI input and the file watcher to the worker, and shuts down cleanly.

Threads: the OSC server, the MIDI backend's callback, watchdog's observer (and its quiet-time timers) only
validate and enqueue; the worker does everything with models and files.
"""

import logging
import signal
import threading
from pathlib import Path

from padfusion.model.errors import UserError
from padfusion.bridge.config import Settings
from padfusion.bridge.jobs import Request, Worker
from padfusion.bridge.midi import KNOBS, MidiError, MidiInput, MidiMap
from padfusion.bridge.osc import LOCAL_HOSTS, BadRequest, OscServer
from padfusion.bridge.output import OutputFolder, is_under
from padfusion.bridge.presets import PresetError, load_preset, load_presets
from padfusion.bridge.watch import Watcher
from padfusion.model import params

log = logging.getLogger(__name__)


class Daemon:
    def __init__(self, settings: Settings):
        self.settings = settings
        self.presets = load_presets(settings.presets)
        self.output = OutputFolder(settings.out)
        try:
            self.output.prepare(self.presets)
        except OSError as e:
            raise UserError(f"cannot use the output folder {self.output.root}: {e.strerror or e}") from None
        try:
            self.osc = OscServer(settings.host, settings.osc_port, settings.reply_port, self.handle)
        except OSError as e:
            raise UserError(str(e)) from None
        self.local = self.osc.local_destinations()
        self.worker = Worker(self.presets, self.output, self.osc.send, pool_depth=settings.pool_depth,
                             device=settings.device, half=settings.half, threads=settings.threads,
                             local=self.local)
        midi_map = MidiMap.build({pad: p.note for pad, p in self.presets.items()}, settings.midi_cc,
                                 settings.learned_midi)
        self.midi = MidiInput(midi_map, self._midi_pad, self._midi_learned)
        self.midi_port: str | None = None
        self.watcher = Watcher(lambda: dict(self.presets), self.output.root / "inbox", self._preset_changed,
                               self._model_changed, self._inbox_drop)
        self._learn_reply_to = ()
        self._stop = threading.Event()

    # Lifecycle -------------------------------------------------------------------------------------------

    def start(self) -> None:
        if self.settings.host not in LOCAL_HOSTS:
            log.warning("listening on %s: anyone who can reach this machine can trigger PadFusion and read "
                        "which files it writes; use --host 127.0.0.1 unless you need another machine",
                        self.settings.host)
        self.osc.start()
        if self.settings.midi != "none":
            try:
                self.midi_port = self.midi.open(self.settings.midi, self.settings.midi_backend)
                log.info("MIDI input: %s", self.midi_port)
            except MidiError as e:
                log.error("MIDI: %s", e)
                self.osc.send(self.local, "error", "", "midi", str(e))
        try:
            self.watcher.start()
        except OSError as e:  # e.g. the system's limit on inotify watches
            log.error("cannot watch files (%s): edited presets, new models and inbox drops go unnoticed", e)
        self.worker.start()
        log.info("OSC on %s:%d (replies also to port %d), pads %s, writing to %s", self.osc.host, self.osc.port,
                 self.settings.reply_port, ", ".join(self.presets), self.output.root)

    def stop(self) -> None:
        """Stop listening, let the worker finish the file it is writing, then close the socket."""
        self.watcher.stop()
        self.midi.close()
        self.worker.stop()
        self.osc.close()
        self.output.release()
        log.info("stopped")

    def serve_forever(self) -> None:
        """Run until SIGINT or SIGTERM."""
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, lambda *_: self._stop.set())
        self.start()
        try:
            while not self._stop.wait(0.5):  # a timeout keeps the main thread able to run signal handlers
                pass
        finally:
            self.stop()

    # OSC --------------------------------------------------------------------------------------------------

    def handle(self, name: str, args: dict, reply_to: tuple) -> None:
        """A validated OSC request (on the server thread): answer at once or enqueue."""
        pad = args.get("pad")
        if pad is not None and pad not in self.presets:
            raise BadRequest("unknown_pad", f"no pad {pad!r}; pads: {', '.join(self.presets)}", pad)
        send = self.osc.send
        if name == "ping":
            send(reply_to, "pong")
        elif name == "status":
            send(reply_to, "status", "generating" if self.worker.busy else "idle", self.worker.device.type,
                 len(self.worker.requests), self.worker.pooled)
        elif name == "pads":
            for pad_name, preset in self.presets.items():
                note = self.midi.map.note_of(pad_name)
                sample = self.output.pad_path(pad_name)
                send(reply_to, "pad", pad_name, -1 if note is None else note, preset.model, preset.steps,
                     preset.sampler, str(sample) if sample.is_file() else "")
        elif name == "learn":
            self._learn(args["target"], reply_to)
        elif name == "variation":
            source = self._variation_source(args.get("file"), pad)
            self.worker.requests.put(Request("variation", pad, reply_to, strength=args["strength"], source=source))
        elif name == "generate":
            self.worker.requests.put(Request("generate", pad, reply_to, seed=args.get("seed"),
                                             steps=args.get("steps")))
        elif name == "recall":
            self.worker.requests.put(Request("recall", pad, reply_to, seed=args["seed"]))
        else:  # undo, keep
            self.worker.requests.put(Request(name, pad, reply_to))

    def _variation_source(self, file: str | None, pad: str) -> Path | None:
        """The file to vary: relative paths are taken in the output folder; only the output folder and the
        configured sample folders may be read."""
        if file is None:
            return None
        path = self.output.root / Path(file).expanduser()  # an absolute `file` replaces the root
        allowed = (self.output.root, *self.settings.sample_dirs)
        if not is_under(path, allowed):
            raise BadRequest("forbidden_path", f"{file} is outside the output folder and the sample folders "
                             f"({', '.join(map(str, allowed))}); add its folder to sample_dirs in the config", pad)
        return path.resolve()

    def _learn(self, target: str, reply_to: tuple) -> None:
        if target not in self.presets and target not in KNOBS:
            raise BadRequest("bad_args", f"cannot learn {target!r}: name a pad ({', '.join(self.presets)}) "
                             f"or {' or '.join(KNOBS)}")
        if self.midi.port is None:
            raise BadRequest("midi", "no MIDI input is open, so there is nothing to learn from")
        self._learn_reply_to = reply_to
        self.midi.start_learning(target)
        log.info("MIDI learn: waiting for a %s for %s", "control change" if target in KNOBS else "note", target)

    # MIDI, watched files -----------------------------------------------------------------------------------

    def _midi_pad(self, pad: str) -> None:
        knobs = self.midi.map.knobs
        steps = knobs.steps or None
        if knobs.strength > 0 and self.output.pad_path(pad).is_file():
            request = Request("variation", pad, self.local, steps=steps, strength=max(knobs.strength, params.MIN_STRENGTH))
        else:
            request = Request("generate", pad, self.local, steps=steps)
        self.worker.requests.put(request)

    def _midi_learned(self, target: str, kind: str, number: int) -> None:
        self.osc.send(tuple(dict.fromkeys(self._learn_reply_to + self.local)), "learned", target, kind, number)

    def _preset_changed(self, pad: str) -> None:
        old = self.presets[pad]
        try:
            new = load_preset(str(old.path))
            if new.pad != pad:
                raise PresetError(f"{old.path}: changing the pad ({pad} -> {new.pad}) needs a restart")
        except PresetError as e:
            log.error("%s; still using the previous version", e)
            self.osc.send(self.local, "error", pad, "preset", f"{e}; still using the previous version")
            return
        if new == old:
            return
        self.presets[pad] = new
        self.midi.map.set_note(pad, new.note)
        self.watcher.refresh()
        self.worker.requests.put(Request("reload", pad, self.local, preset=new))

    def _model_changed(self, pad: str) -> None:
        self.worker.requests.put(Request("reload", pad, self.local))

    def _inbox_drop(self, pad: str, path: Path) -> None:
        log.info("%s: making a variation of %s", pad, path.name)
        self.worker.requests.put(Request("variation", pad, self.local, strength=self.presets[pad].strength,
                                         source=path))
