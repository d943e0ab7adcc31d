"""The daemon: wires the OSC server, the MIDI input and the file watcher to the worker, watches its own
threads, and shuts down cleanly.

Threads: the OSC server, the page's event loop (bridge/web.py), the MIDI backend's callback, watchdog's observer
(and its quiet-time timers) only validate and enqueue, or answer at once what needs no model (ping, status, pads,
learn, keep); the worker does everything with models. Each catches and logs what goes wrong and serves on; should
one die anyway, the main thread notices within HEALTH_SECONDS and ends the process with a message and exit status
1, rather than leave a daemon that holds the port and the folder and answers nothing.

Every request is one of bridge/requests.py's table: the daemon queues it for the worker or has it answered at
once, as its entry says. Every reply goes out through `OscServer.send`, which also hands it to the HTTP request
that asked (bridge/web.py) and to the page's event stream.
"""

import logging
import signal
import threading

from padfusion.core.errors import UserError
from padfusion.bridge.config import Settings
from padfusion.bridge.midi import MidiError, MidiInput, MidiMap, control_value
from padfusion.bridge.osc import LOCAL_HOSTS, OscServer
from padfusion.bridge.output import OutputFolder
from padfusion.bridge.pending import Job
from padfusion.bridge.presets import PresetError, load_preset, load_presets
from padfusion.bridge.protocol import BadRequest, Request
from padfusion.bridge.requests import BY_ADDRESS, BY_NAME, RELOAD, SETTINGS_CHANGED
from padfusion.bridge.pad_settings import FILE_NAME, PadSettings
from padfusion.bridge.watch import Watcher
from padfusion.bridge.web import WebServer
from padfusion.bridge.worker import Worker
from padfusion.model import params
from padfusion.model.knobs import knobs_for

log = logging.getLogger(__name__)

HEALTH_SECONDS = 0.5  # how often the main thread checks the other threads and the folder lock
# Each stops the daemon cleanly (the request in hand finished or answered `shutdown`): SIGHUP is what closing
# its terminal sends, SIGQUIT what Ctrl-\ sends; Windows has neither.
STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP", "SIGQUIT")
                     if hasattr(signal, name))


class Daemon:
    def __init__(self, settings: Settings):
        self.settings = settings
        self.presets = load_presets(settings.presets)
        self.output = OutputFolder(settings.out, settings.history_limit)
        try:
            self.output.prepare(self.presets)
        except OSError as e:
            raise UserError(f"cannot use the output folder {self.output.root}: {e.strerror or e}") from None
        self.pad_settings = PadSettings(self.output.root / FILE_NAME)
        self.pad_settings.load({pad: preset.instrument for pad, preset in self.presets.items()})
        try:
            self.osc = OscServer(settings.host, settings.osc_port, settings.reply_port, BY_ADDRESS, self.handle)
        except OSError as e:
            raise UserError(str(e)) from None
        self.local = self.osc.local_destinations()
        try:
            self.web = WebServer(self) if settings.web_port else None
        except OSError as e:
            self.osc.close()
            raise UserError(str(e)) from None
        if self.web:
            self.osc.on_reply = self.web.broadcast
        self.worker = Worker(self.presets, self.output, self.osc.send, pool_depth=settings.pool_depth,
                             device=settings.device, backend=settings.backend, half=settings.half,
                             threads=settings.threads, local=self.local, sample_dirs=settings.sample_dirs,
                             pad_settings=self.pad_settings)
        midi_map = MidiMap.build({pad: p.note for pad, p in self.presets.items()}, settings.midi_cc,
                                 settings.learned_midi)
        self.midi = MidiInput(midi_map, self._midi_pad, self._midi_knob, self._midi_learned)
        self.midi_port: str | None = None
        self.watcher = Watcher(lambda: dict(self.presets), self.output.root / "inbox", self._preset_changed,
                               self._model_changed, self._inbox_drop)
        self._watching = False
        self.learn_reply_to = ()  # who asked for the MIDI learn in progress
        self._stop = threading.Event()

    # Lifecycle -------------------------------------------------------------------------------------------

    def start(self) -> None:
        if self.settings.host not in LOCAL_HOSTS:
            log.warning("listening on %s: anyone who can reach this machine can trigger PadFusion, and its "
                        "replies quote the paths of the samples and of the output folder (your home folder's "
                        "name among them); use --host 127.0.0.1 unless you need another machine",
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
            self._watching = True
        except OSError as e:  # e.g. the system's limit on inotify watches
            log.error("cannot watch files (%s): edited presets, new models and inbox drops go unnoticed", e)
        self.worker.start()
        if self.web:
            self.web.start()
        log.info("OSC on %s:%d (replies also to port %d), pads %s, writing to %s", self.osc.host, self.osc.port,
                 self.settings.reply_port, ", ".join(self.presets), self.output.root)

    def stop(self) -> None:
        """Stop listening, give the worker a moment to finish the file in hand, then close the socket."""
        self.watcher.stop()
        self.midi.close()
        self.worker.stop()
        if self.web:
            self.web.stop()
        self.osc.close()
        self.output.release()
        log.info("stopped")

    def serve_forever(self) -> int:
        """Run until a stop signal (exit status 0), or until something it needs is gone (1)."""
        for signum in STOP_SIGNALS:
            signal.signal(signum, lambda *_: self._stop.set())
        self.start()
        try:
            while not self._stop.wait(HEALTH_SECONDS):  # a timeout keeps the main thread able to run signal handlers
                problem = self.health()
                if problem:
                    log.critical("%s; stopping (exit status 1) so that nobody waits on a daemon that cannot "
                                 "answer: start it again", problem)
                    return 1
            return 0
        finally:
            self.stop()

    def health(self) -> str | None:
        """What stops this daemon from serving, if anything: a thread that died, a folder lock lost."""
        for name, alive in (("OSC", self.osc.alive), ("worker", self.worker.alive),
                            ("web", not self.web or self.web.alive),
                            ("file watcher", not self._watching or self.watcher.alive)):
            if not alive:
                return f"the {name} thread has died (its traceback is above)"
        try:
            self.output.keep_lock()
        except (UserError, OSError) as e:
            return f"the output folder's lock is lost: {e}"
        return None

    # Requests ---------------------------------------------------------------------------------------------

    def handle(self, request: Request, args: dict, reply_to: tuple) -> None:
        """A validated request (on the thread that received it): queued for the worker, or answered at once."""
        pad = args.get("pad")
        if pad is not None and pad not in self.presets:
            raise BadRequest("unknown_pad", f"no pad {pad!r}; pads: {', '.join(self.presets)}", pad)
        if request.slot:
            self._queue(request, reply_to, **args)
        else:
            request.handler(self, args, reply_to)

    def _queue(self, request: Request, reply_to: tuple, pad: str, **fields) -> None:
        self.worker.requests.put(Job(request, pad, reply_to, **fields))

    def settings_changed(self, pad: str) -> None:
        """The pad's knobs or key changed: the worker drops what it pooled for the old ones, and refills."""
        self._queue(SETTINGS_CHANGED, self.local, pad)

    # MIDI, watched files -----------------------------------------------------------------------------------

    def _midi_pad(self, pad: str) -> None:
        knobs = self.midi.map.knobs
        steps = knobs.steps or None
        if knobs.strength > 0 and self.output.pad_path(pad).is_file():
            self._queue(BY_NAME["variation"], self.local, pad, steps=steps,
                        strength=max(knobs.strength, params.MIN_STRENGTH))
        else:
            self._queue(BY_NAME["generate"], self.local, pad, steps=steps)

    def _midi_knob(self, pad: str, name: str, value: int) -> None:
        """A control learned for a pad's knob: set as `set_knob` would, the controller's 0-127 across its range."""
        knob = next((k for k in knobs_for(self.presets[pad].instrument) if k.name == name), None)
        if knob is None:  # its preset was edited since the control was learned
            log.warning("MIDI: %s has no knob %s any more; learn the control again", pad, name)
            return
        self.handle(BY_NAME["set_knob"], {"pad": pad, "knob": name, "value": control_value(knob, value)}, self.local)

    def _midi_learned(self, target: str, kind: str, number: int) -> None:
        self.osc.send(tuple(dict.fromkeys(self.learn_reply_to + self.local)), "learned", target, kind, number)

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
        self.pad_settings.fit(pad, new.instrument)
        self.midi.map.set_note(pad, new.note)
        self.watcher.refresh()
        self._queue(RELOAD, self.local, pad, preset=new)

    def _model_changed(self, pad: str) -> None:
        self._queue(RELOAD, self.local, pad, files_changed=True)

    def _inbox_drop(self, pad: str, path) -> None:
        log.info("%s: making a variation of %s", pad, path.name)
        self._queue(BY_NAME["variation"], self.local, pad, strength=self.presets[pad].strength, file=path)
