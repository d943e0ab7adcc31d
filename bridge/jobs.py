"""The worker: one thread owns the models, answers requests, and while idle fills a pool of ready samples.

Requests coalesce per pad: a pad has at most one pending request of each kind (a newer `generate`,
`variation` or `recall` replaces the pending one: the latest press wins; undos add up), so a burst of presses
never builds a backlog of stale work. A pad's requests run in the order of their latest arrival (New, Keep,
New keeps the sample that was playing when Keep was pressed), and pads take turns.

A press that the pool can answer costs one file write: the pad's WAV is written and announced first, its
history copy and index line follow. Pool refills run only while nothing is pending: a request arriving
mid-refill preempts it after the sampler step in hand (the step callback raises `Preempted`).
"""

import io
import logging
import re
import secrets
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

import torch

from padfusion.bridge.output import OutputFolder
from padfusion.bridge.presets import Preset
from padfusion.model.audio import AudioError, read_audio, write_wav
from padfusion.model.checkpoints import ModelLoadError
from padfusion.model.pipeline import Pipeline, pick_device

log = logging.getLogger(__name__)

SLOTS = {"reload": "reload", "keep": "keep", "undo": "undo", "generate": "make", "variation": "make",
         "recall": "make"}


@dataclass
class Request:
    kind: str  # a key of SLOTS
    pad: str
    reply_to: tuple = ()  # (host, port) pairs for the answer
    seed: int | None = None  # None: a fresh seed (from the pool when it can)
    steps: int | None = None  # None: the preset's
    strength: float | None = None  # variation
    source: Path | None = None  # variation: None means the pad's current sample
    preset: Preset | None = None  # reload: the edited preset; None means its model files changed
    repeat: int = 1  # undo: how many samples back
    received: float = field(default_factory=time.perf_counter)


class Refused(Exception):
    """A request that cannot be done: becomes `error <pad> <code> <message>`."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


class Preempted(Exception):
    """A pool refill interrupted because a request (or shutdown) is waiting."""


class Requests:
    """Pending requests, at most one per pad and slot."""

    def __init__(self):
        self._cond = threading.Condition()
        self._pending: dict[str, dict[str, Request]] = {}
        self.closed = False

    def put(self, request: Request) -> None:
        with self._cond:
            slots = self._pending.setdefault(request.pad, {})
            replaced = slots.pop(SLOTS[request.kind], None)
            if replaced and request.kind == "undo":
                request.repeat += replaced.repeat
            elif replaced:
                log.debug("%s: %s replaces a pending %s", request.pad, request.kind, replaced.kind)
            slots[SLOTS[request.kind]] = request
            self._cond.notify()

    def take(self, timeout: float | None = None) -> Request | None:
        """The next request, waiting up to `timeout` seconds (None: until one comes or `close()`)."""
        with self._cond:
            if not self._pending and not self.closed:
                self._cond.wait(timeout)
            if not self._pending or self.closed:
                return None
            pad, slots = next(iter(self._pending.items()))
            del self._pending[pad]
            request = slots.pop(next(iter(slots)))
            if slots:
                self._pending[pad] = slots  # the pad's other requests wait behind the other pads
            return request

    def close(self) -> None:
        with self._cond:
            self.closed = True
            self._cond.notify_all()

    def __len__(self) -> int:
        with self._cond:
            return sum(len(slots) for slots in self._pending.values())


@dataclass
class Candidate:
    seed: int
    audio: torch.Tensor


def fresh_seed() -> int:
    return secrets.randbelow(2**31)


class Worker:
    """Owns the models and the output folder; `announce(destinations, reply, *args)` sends OSC replies."""

    def __init__(self, presets: dict[str, Preset], output: OutputFolder, announce, *, pool_depth: int = 2,
                 device: str | None = None, half: bool = False, threads: int | None = None, local=()):
        self.presets = dict(presets)
        self.output = output
        self.announce = announce
        self.local = local  # where to report problems nobody asked about (load failures at start)
        self.pool_depth = pool_depth
        self.device = pick_device(device)
        self.half = half
        self.threads = threads
        self.requests = Requests()
        self.pool: dict[str, deque[Candidate]] = {pad: deque() for pad in presets}
        self.busy = False
        self._pipes: dict[str, Pipeline] = {}  # model source -> loaded model
        self._refill_broken: set[str] = set()
        self._thread = threading.Thread(target=self._run, name="worker")

    @property
    def pooled(self) -> int:
        return sum(len(candidates) for candidates in self.pool.values())

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        """Finish the request in hand (its file included), drop the rest, and end the thread."""
        dropped = len(self.requests)
        self.requests.close()
        self._thread.join()
        if dropped:
            log.info("dropped %d pending request(s) at shutdown", dropped)

    def _run(self) -> None:
        if self.threads:
            torch.set_num_threads(self.threads)
        for pad in self.presets:
            if self.requests.closed:
                return
            try:
                self._pipe(pad)
            except Refused as e:
                self.announce(self.local, "error", pad, e.code, str(e))
        while not self.requests.closed:
            refill = self._pad_to_refill()
            request = self.requests.take(timeout=0 if refill else None)
            if request is not None:
                self._serve(request)
            elif refill and not self.requests.closed:
                self._refill(refill)

    # Requests -------------------------------------------------------------------------------------------

    def _serve(self, request: Request) -> None:
        self.busy = True
        try:
            getattr(self, f"_do_{request.kind}")(request)
        except Refused as e:
            log.warning("%s %s refused: %s", request.pad, request.kind, e)
            self.announce(request.reply_to, "error", request.pad, e.code, str(e))
        except OSError as e:
            log.error("%s: cannot write to %s: %s", request.pad, self.output.root, e)
            self.announce(request.reply_to, "error", request.pad, "disk",
                          f"cannot write to the output folder {self.output.root}: {e.strerror or e}")
        except Exception as e:
            log.exception("%s %s failed", request.pad, request.kind)
            self.announce(request.reply_to, "error", request.pad, "generation", f"{type(e).__name__}: {e}")
        finally:
            self.busy = False

    def _do_generate(self, request: Request) -> None:
        preset = self.presets[request.pad]
        pipe = self._pipe(request.pad)
        steps = request.steps or preset.steps
        pool = self.pool[request.pad]
        if request.seed in (None, -1) and steps == preset.steps and pool:
            candidate = pool.popleft()
            self._publish(request, pipe, candidate.seed, candidate.audio, steps, pooled=True)
            return
        seed = fresh_seed() if request.seed in (None, -1) else request.seed
        audio = pipe.generate([seed], steps=steps, sampler=preset.sampler)[0]
        self._publish(request, pipe, seed, audio, steps)

    _do_recall = _do_generate  # a given seed at the preset's steps: the same sample again

    def _do_variation(self, request: Request) -> None:
        preset = self.presets[request.pad]
        pipe = self._pipe(request.pad)
        source = request.source or self.output.pad_path(request.pad)
        if request.source is None and not source.is_file():
            raise Refused("no_sample", f"{request.pad} has no sample to vary yet; generate one first")
        try:
            init = read_audio(source, pipe.config.sample_rate, pipe.config.in_channels, pipe.config.length)
        except AudioError as e:
            raise Refused("bad_audio", str(e)) from None
        seed = fresh_seed()
        steps = request.steps or preset.steps
        audio = pipe.generate([seed], steps=steps, sampler=preset.sampler, init=init, strength=request.strength)[0]
        self._publish(request, pipe, seed, audio, steps, strength=request.strength, variation_of=source.name)

    def _do_undo(self, request: Request) -> None:
        restored = None
        for _ in range(request.repeat):
            try:
                restored = self.output.undo(request.pad)
            except LookupError as e:
                if restored is None:
                    raise Refused("no_sample", str(e)) from None
                break
        seed = re.search(r"_seed(\d+)", restored.name)
        self._ready(request, int(seed[1]) if seed else -1)

    def _do_keep(self, request: Request) -> None:
        try:
            kept = self.output.keep(request.pad)
        except LookupError as e:
            raise Refused("no_sample", str(e)) from None
        log.info("%s: kept %s", request.pad, kept)
        self.announce(request.reply_to, "kept", request.pad, str(kept))

    def _do_reload(self, request: Request) -> None:
        """A preset file was edited (`request.preset`), or the model files it names changed (None)."""
        old = self.presets[request.pad]
        new = request.preset or old
        self.presets[request.pad] = new
        if request.preset is None or new.model != old.model:
            self._pipes.pop(old.model, None)
        self._pipes = {source: pipe for source, pipe in self._pipes.items()
                       if any(p.model == source for p in self.presets.values())}
        for pad, preset in self.presets.items():
            if preset.model in (old.model, new.model) or pad == request.pad:
                self.pool[pad].clear()
                self._refill_broken.discard(pad)
        log.info("%s: reloading (%s)", request.pad, "preset edited" if request.preset else "model files changed")
        self._pipe(request.pad)

    def _pipe(self, pad: str) -> Pipeline:
        """The pad's model, loaded on first use (and retried on each request while it fails)."""
        source = self.presets[pad].model
        if source not in self._pipes:
            try:
                pipe = Pipeline.load(source, device=str(self.device), half=self.half)
            except (ModelLoadError, OSError, RuntimeError, ValueError) as e:
                log.error("%s: cannot load its model: %s", pad, e)
                raise Refused("model_load", f"cannot load the model for {pad}: {e}") from None
            self._pipes[source] = pipe
            log.info("%s: loaded %s on %s", pad, source, pipe.device)
        return self._pipes[source]

    def _publish(self, request: Request, pipe: Pipeline, seed: int, audio, steps: int, **extra) -> None:
        preset = self.presets[request.pad]
        metadata = pipe.metadata(seed, steps, preset.sampler, pad=request.pad, **extra)
        buffer = io.BytesIO()  # encoded in memory: one write per file is faster than libsndfile's many small ones
        write_wav(buffer, audio, pipe.config.sample_rate, metadata=metadata)
        wav = buffer.getvalue()
        self.output.play(request.pad, wav)
        ms = self._ready(request, seed)
        self.output.archive(request.pad, seed, wav, {"kind": request.kind, "steps": steps, "sampler": preset.sampler,
                                                     "model": preset.model, "ms": round(ms, 1), **extra})

    def _ready(self, request: Request, seed: int) -> float:
        """Announce the pad's new sample; returns the milliseconds since the request came in."""
        ms = (time.perf_counter() - request.received) * 1000
        self.announce(request.reply_to, "ready", request.pad, str(self.output.pad_path(request.pad)), seed, ms)
        log.info("%s: %s ready, seed %d, %.0f ms", request.pad, request.kind, seed, ms)
        return ms

    # The pool -------------------------------------------------------------------------------------------

    def _pad_to_refill(self) -> str | None:
        """The loaded pad with the fewest samples in the pool, if any is short."""
        short = [pad for pad, preset in self.presets.items()
                 if preset.model in self._pipes and pad not in self._refill_broken
                 and len(self.pool[pad]) < self.pool_depth]
        return min(short, key=lambda pad: len(self.pool[pad]), default=None)

    def _refill(self, pad: str) -> None:
        preset = self.presets[pad]
        seed = fresh_seed()
        try:
            audio = self._pipes[preset.model].generate([seed], steps=preset.steps, sampler=preset.sampler,
                                                       callback=self._preempt_refill)[0]
        except Preempted:
            return
        except Exception:
            log.exception("%s: pre-generating failed; the pool for this pad stays empty until it reloads", pad)
            self._refill_broken.add(pad)
            return
        self.pool[pad].append(Candidate(seed, audio))
        log.debug("%s: pooled seed %d (%d ready)", pad, seed, len(self.pool[pad]))

    def _preempt_refill(self, step, x0) -> None:
        if self.requests.closed or len(self.requests):
            raise Preempted
