"""The worker: one thread owns the models, does the queued requests, and while idle fills a pool of ready samples.

Requests wait in slots, at most one per pad and slot: `generate`, `variation` and `recall` share a pad's
"make" slot, so a newer one replaces the pending one (the latest press wins); undos add up. A request merged
away is answered `superseded`, so every request gets exactly one reply, and a burst of presses never builds a
backlog. A pad's requests run in the order of their latest arrival, and pads take turns.

Long work never holds up the rest. After every sampler step the work in hand (a request or a pool refill)
yields: a newer request for its pad supersedes it; a stop cancels it (a request after SHUTDOWN_GRACE, a refill
at once); the other pads' requests are served meanwhile, nested inside the step (a pool hit in the time of a
file write, a fresh sample in its own steps), and then the work in hand carries on where it was, so a
preempted refill is finished, not thrown away. Loading a model (a pad's first use, a reload) is never nested:
it can take minutes, and waits for the work in hand.

Service is fair: between two steps of a request in hand at most one other request starts (a refill, which
nobody waits for, lets every waiting request in), so under any mix of presses a request finishes within its
own steps' count of other requests, and a pad's requests are answered in the order they came.

`ready` is sent once the sample is in history (a file never overwritten, whose path the reply names), on the
pad (`<out>/<pad>.wav`) and in the index; if any of that cannot be written the request gets `error disk`
instead.
"""

import io
import logging
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

import torch

from padfusion.bridge.output import OutputFolder, is_under
from padfusion.bridge.presets import Preset
from padfusion.model.audio import AudioError, read_audio, write_wav
from padfusion.model.checkpoints import ModelLoadError
from padfusion.model.backends import choose
from padfusion.model.params import fresh_seed
from padfusion.model.pipeline import Pipeline

log = logging.getLogger(__name__)

SHUTDOWN_GRACE = 1.5  # seconds the request in hand has to finish after a stop; then it is cancelled


@dataclass
class Request:
    kind: str  # the worker's job `_do_<kind>`: generate, variation, recall, undo, reload
    pad: str
    slot: str  # requests of a pad in the same slot replace each other
    reply_to: tuple = ()  # (host, port) pairs for the answer
    seed: int | None = None  # None: a fresh seed (from the pool when it can)
    steps: int | None = None  # None: the preset's
    strength: float | None = None  # variation
    file: str | Path | None = None  # variation: None means the pad's current sample; relative to the output folder
    preset: Preset | None = None  # reload: the edited preset; None means its model files changed
    repeat: int = 1  # undo: how many samples back
    received: float = field(default_factory=time.perf_counter)
    let_in: int = 0  # requests started nested since this one's last sampler step (see the module docstring)


@dataclass
class Refill:
    pad: str


class Refused(Exception):
    """A request that cannot be done: becomes `error <pad> <code> <message>`."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


class Cancelled(Exception):
    """Work stopped between sampler steps: `why` is "superseded" (a newer request for its pad) or "shutdown"."""

    def __init__(self, why: str):
        super().__init__(why)
        self.why = why


class Requests:
    """Pending requests, at most one per pad and slot; `drop(request, why)` answers one that will not be done
    ("superseded" or "shutdown")."""

    def __init__(self, drop):
        self._cond = threading.Condition()
        self._pending: dict[str, dict[str, Request]] = {}
        self._drop = drop
        self.closed = False

    def put(self, request: Request) -> None:
        replaced, why = None, "superseded"
        with self._cond:
            if self.closed:
                replaced, why = request, "shutdown"
            else:
                slots = self._pending.setdefault(request.pad, {})
                replaced = slots.pop(request.slot, None)
                if replaced and request.kind == "undo":
                    request.repeat += replaced.repeat
                slots[request.slot] = request
                self._cond.notify()
        if replaced:
            log.debug("%s: %s dropped (%s)", replaced.pad, replaced.kind, why)
            self._drop(replaced, why)

    def take(self, timeout: float | None = None, wanted=lambda request: True) -> Request | None:
        """The next request that is `wanted`, waiting up to `timeout` seconds when none is pending (None: until
        one comes or `close()`)."""
        with self._cond:
            if not self._pending and not self.closed:
                self._cond.wait(timeout)
            if self.closed:
                return None
            request = next((r for slots in self._pending.values() for r in slots.values() if wanted(r)), None)
            if request is None:
                return None
            slots = self._pending.pop(request.pad)
            del slots[request.slot]
            if slots:
                self._pending[request.pad] = slots  # the pad's other requests wait behind the other pads
            return request

    def waiting(self, pad: str, slot: str) -> bool:
        with self._cond:
            return slot in self._pending.get(pad, {})

    def close(self) -> None:
        """Take no more; the pending ones are answered `shutdown`."""
        with self._cond:
            self.closed = True
            pending = [r for slots in self._pending.values() for r in slots.values()]
            self._pending.clear()
            self._cond.notify_all()
        for request in pending:
            self._drop(request, "shutdown")

    def __len__(self) -> int:
        with self._cond:
            return sum(len(slots) for slots in self._pending.values())


@dataclass
class Candidate:
    seed: int
    audio: torch.Tensor


class Worker:
    """Owns the models and the output folder; `announce(destinations, reply, *args)` sends OSC replies.
    Variations read only files under the output folder and `sample_dirs`, links resolved."""

    def __init__(self, presets: dict[str, Preset], output: OutputFolder, announce, *, pool_depth: int = 2,
                 device: str | None = None, backend: str = "auto", half: bool = False, threads: int | None = None,
                 local=(), sample_dirs=()):
        self.presets = dict(presets)
        self.output = output
        self.announce = announce
        self.local = local  # where to report problems nobody asked about (load failures at start)
        self.sources = (output.root, *sample_dirs)
        self.pool_depth = pool_depth
        self.backend = choose(backend, device)  # checked here: a backend that cannot run stops `serve` at once
        self._load_options = dict(device=device, backend=backend, half=half)
        self.threads = threads
        self.requests = Requests(self._drop)
        self.pool: dict[str, deque[Candidate]] = {pad: deque() for pad in presets}
        self._pipes: dict[str, Pipeline] = {}  # model source -> loaded model
        self._refill_broken: set[str] = set()
        self._in_hand: list[Request | Refill] = []  # the work being done, outermost first (nested in steps)
        self._stop_by = float("inf")
        self._thread = threading.Thread(target=self._run, name="worker", daemon=True)

    @property
    def pooled(self) -> int:
        return sum(len(candidates) for candidates in self.pool.values())

    @property
    def busy(self) -> bool:
        """Whether a request (not just a refill) is in hand."""
        return any(isinstance(work, Request) for work in self._in_hand)

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        """Give the request in hand SHUTDOWN_GRACE seconds to finish (its file included), then cancel it;
        answer every pending request `shutdown`, and end the thread."""
        self._stop_by = time.monotonic() + SHUTDOWN_GRACE
        self.requests.close()
        if self._thread.ident is None:  # never started
            return
        self._thread.join(SHUTDOWN_GRACE + 1)
        if self._thread.is_alive():
            log.error("the worker did not stop within %.1f s (one sampler step takes longer); leaving it",
                      SHUTDOWN_GRACE + 1)

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
            try:
                refill = self._pad_to_refill()
                request = self.requests.take(timeout=0 if refill else None)
                if request is not None:
                    self._serve(request)
                elif refill and not self.requests.closed:
                    self._refill(refill)
            except Exception:  # a bug: logged, and the worker serves on
                log.exception("the worker failed; serving on")
                time.sleep(0.1)

    # Requests -------------------------------------------------------------------------------------------

    def _serve(self, request: Request) -> None:
        for work in self._in_hand:
            if isinstance(work, Request):
                work.let_in += 1
        self._in_hand.append(request)
        try:
            getattr(self, f"_do_{request.kind}")(request)
        except Cancelled as e:
            self._drop(request, e.why)
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
            self._in_hand.pop()

    def _drop(self, request: Request, why: str) -> None:
        """Answer a request that will not be done: replaced by a newer one, or stopped by a shutdown."""
        if request.kind == "reload":  # the daemon's own: nobody waits for an answer
            return
        if why == "superseded":
            self.announce(request.reply_to, "superseded", request.pad, request.kind)
        else:
            self.announce(request.reply_to, "error", request.pad, "shutdown",
                          f"the daemon stopped before this {request.kind} was done")

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
        audio = self._sample(request, pipe, [seed], steps=steps)[0]
        self._publish(request, pipe, seed, audio, steps)

    _do_recall = _do_generate  # a given seed at the preset's steps: the same sample again

    def _do_variation(self, request: Request) -> None:
        preset = self.presets[request.pad]
        pipe = self._pipe(request.pad)
        source = self._source(request)
        try:
            init = read_audio(source, pipe.config.sample_rate, pipe.config.in_channels, pipe.config.length)
        except AudioError as e:
            raise Refused("bad_audio", str(e)) from None
        except OSError as e:  # unreadable: a reading problem, not the output folder's
            raise Refused("bad_audio", f"cannot read {source}: {e.strerror or e}") from None
        seed = fresh_seed()
        steps = request.steps or preset.steps
        audio = self._sample(request, pipe, [seed], steps=steps, init=init, strength=request.strength)[0]
        self._publish(request, pipe, seed, audio, steps, strength=request.strength, variation_of=source.name)

    def _source(self, request: Request) -> Path:
        """The file a variation reads, links resolved, if it lies under the output folder or a sample folder."""
        if request.file is None:
            path = self.output.pad_path(request.pad)
            if not path.is_file():
                raise Refused("no_sample", f"{request.pad} has no sample to vary yet; generate one first")
        else:
            path = Path(request.file)
        try:
            path = self.output.root / path.expanduser()  # an absolute path replaces the root
            real = path.resolve()
            allowed = is_under(real, self.sources)
        except (OSError, RuntimeError) as e:  # a name too long, a loop of links, ~user of no such user
            raise Refused("bad_audio", f"cannot read {path}: {e}") from None
        if not allowed:
            raise Refused("forbidden_path", f"{path} is outside the output folder and the sample folders "
                          f"({', '.join(map(str, self.sources))}); add its folder to sample_dirs in the config")
        return real

    def _do_undo(self, request: Request) -> None:
        restored = None
        for _ in range(request.repeat):
            try:
                restored = self.output.undo(request.pad)
            except LookupError as e:
                if restored is None:
                    raise Refused("no_sample", str(e)) from None
                break
        self._ready(request, restored, self.output.seed(restored), self._ms(request))

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
        """The pad's model, loaded on first use (and retried on each request while it fails). Whatever stops the
        load is this pad's `model_load`: the other pads play on."""
        source = self.presets[pad].model
        if source not in self._pipes:
            try:
                pipe = Pipeline.load(source, **self._load_options)
            except (ModelLoadError, OSError, RuntimeError) as e:  # RuntimeError: BackendError, torch's (GPU memory)
                log.error("%s: cannot load its model: %s", pad, e)
                raise Refused("model_load", f"cannot load the model for {pad}: {e}") from None
            except Exception as e:
                # A bug, or a library failing in a way not foreseen: its traceback is logged, and it is still only this
                # pad's failure. Let through, it would end the worker thread at start-up, and the daemon with it.
                log.exception("%s: cannot load its model", pad)
                raise Refused("model_load", f"cannot load the model for {pad}: {type(e).__name__}: {e}") from None
            self._pipes[source] = pipe
            log.info("%s: loaded %s, %s", pad, source, pipe.backend)
        return self._pipes[source]

    def _publish(self, request: Request, pipe: Pipeline, seed: int, audio, steps: int, **extra) -> None:
        preset = self.presets[request.pad]
        metadata = pipe.metadata(seed, steps, preset.sampler, preset.colour_spread, pad=request.pad, **extra)
        buffer = io.BytesIO()  # encoded in memory: one write per file is faster than libsndfile's many small ones
        write_wav(buffer, audio, pipe.config.sample_rate, metadata=metadata)
        made = self.output.add(request.pad, seed, buffer.getvalue())
        ms = self._ms(request)
        self.output.commit(made, {"pad": request.pad, "seed": seed, "kind": request.kind, "steps": steps,
                                  "sampler": preset.sampler, "model": preset.model, "ms": round(ms, 1), **extra})
        self._ready(request, made, seed, ms)

    @staticmethod
    def _ms(request: Request) -> float:
        """Milliseconds since the request came in."""
        return (time.perf_counter() - request.received) * 1000

    def _ready(self, request: Request, made: Path, seed: int, ms: float) -> None:
        """Announce the pad's new sample by its history file."""
        self.announce(request.reply_to, "ready", request.pad, str(made), seed, ms)
        log.info("%s: %s ready, seed %d, %.0f ms", request.pad, request.kind, seed, ms)

    # Sampling in steps ----------------------------------------------------------------------------------

    def _sample(self, work: Request | Refill, pipe: Pipeline, seeds: list[int], **options) -> torch.Tensor:
        """One sample per seed for `work` (see `Pipeline.generate_each`) with its pad preset's sampler and colour
        spread, yielding to the others after every sampler step (module docstring)."""
        preset = self.presets[work.pad]

        def between_steps(step, x0):
            self._check(work)
            if isinstance(work, Request):
                work.let_in = 0
            while (request := self.requests.take(timeout=0, wanted=self._fits_in_a_step)) is not None:
                self._serve(request)
            self._check(work)

        return pipe.generate_each(seeds, sampler=preset.sampler, colour_spread=preset.colour_spread,
                                  callback=between_steps, **options)

    def _fits_in_a_step(self, request: Request) -> bool:
        """Whether a request may be served inside the sampler step of the work in hand: while no request in hand
        has let another in since its last step (fairness), for a pad with no request in hand, whose model is
        loaded (a load can take minutes, and would hold up the work in hand), and with no reload pending: that
        waits for the work in hand, and the request behind it, so that a press after a preset edit gets the
        edited preset, not a sample pooled under the old one."""
        in_hand = [w for w in self._in_hand if isinstance(w, Request)]
        if any(w.let_in for w in in_hand):
            return False
        loaded = request.kind != "reload" and self.presets[request.pad].model in self._pipes
        return (loaded and request.pad not in {w.pad for w in in_hand}
                and not self.requests.waiting(request.pad, "reload"))

    def _check(self, work: Request | Refill) -> None:
        if self.requests.closed and (isinstance(work, Refill) or time.monotonic() > self._stop_by):
            raise Cancelled("shutdown")
        if isinstance(work, Request) and work.slot == "make" and self.requests.waiting(work.pad, "make"):
            raise Cancelled("superseded")

    # The pool -------------------------------------------------------------------------------------------

    def _pad_to_refill(self) -> str | None:
        """The loaded pad with the fewest samples in the pool, if any is short."""
        short = [pad for pad, preset in self.presets.items()
                 if preset.model in self._pipes and pad not in self._refill_broken
                 and len(self.pool[pad]) < self.pool_depth]
        return min(short, key=lambda pad: len(self.pool[pad]), default=None)

    def _refill(self, pad: str) -> None:
        """Fill the pad's pool up in one batch: a batch makes more samples per second (README, "Latency")."""
        preset = self.presets[pad]
        pipe = self._pipes[preset.model]
        seeds = [fresh_seed() for _ in range(self.pool_depth - len(self.pool[pad]))]
        work = Refill(pad)
        self._in_hand.append(work)
        try:
            batch = self._sample(work, pipe, seeds, steps=preset.steps)
        except Cancelled:
            return
        except Exception:
            log.exception("%s: pre-generating failed; the pool for this pad stays empty until it reloads", pad)
            self._refill_broken.add(pad)
            return
        finally:
            self._in_hand.pop()
        # requests served meanwhile may have reloaded the pad, or filled its pool
        if self.presets[pad] is not preset or self._pipes.get(preset.model) is not pipe:
            return
        for seed, audio in zip(seeds, batch):
            if len(self.pool[pad]) < self.pool_depth:
                self.pool[pad].append(Candidate(seed, audio))
                log.debug("%s: pooled seed %d (%d ready)", pad, seed, len(self.pool[pad]))
