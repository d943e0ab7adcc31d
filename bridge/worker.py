"""The worker: one thread owns the models, does the queued jobs, and while idle fills a pool of ready samples.

Jobs wait in bridge/pending.py's slots, the rules for what may run inside another job's sampler steps are
bridge/scheduler.py's, and each job is a function of bridge/jobs.py, named by the request table. The worker
holds what they share: the models (loaded here only), the pool, and the way a sample is published and
announced.
"""

import json
import logging
import threading
import time
from collections import deque
from dataclasses import dataclass

import torch

from padfusion.bridge.jobs import Refused
from padfusion.bridge.output import OutputFolder
from padfusion.bridge.pending import Job, PendingRequests
from padfusion.bridge.presets import Preset
from padfusion.bridge.scheduler import SHUTDOWN_GRACE, Cancelled, Refill, Scheduler
from padfusion.bridge.pad_settings import PadSettings
from padfusion.model.audio import wav_bytes
from padfusion.model.backends import choose
from padfusion.model.checkpoints import ModelLoadError
from padfusion.model.pipeline import Pipeline
from padfusion.model.recipe import Recipe, resolve

log = logging.getLogger(__name__)


@dataclass
class Candidate:
    recipe: Recipe
    audio: torch.Tensor


class Pool:
    """Samples made ahead, up to `depth` per pad, each with the recipe it was made from."""

    def __init__(self, pads, depth: int):
        self.depth = depth
        self._candidates: dict[str, deque[Candidate]] = {pad: deque() for pad in pads}

    def take(self, pad: str, recipe: Recipe) -> Candidate | None:
        """The oldest candidate made as `recipe` asks (but for its seed), if any: never one made for other settings."""
        candidates = self._candidates[pad]
        match = next((c for c in candidates if c.recipe.same_sound_as(recipe)), None)
        if match is not None:
            candidates.remove(match)
        return match

    def add(self, pad: str, candidate: Candidate) -> None:
        if len(self._candidates[pad]) < self.depth:
            self._candidates[pad].append(candidate)

    def missing(self, pad: str) -> int:
        return self.depth - len(self._candidates[pad])

    def clear(self, pad: str) -> None:
        self._candidates[pad].clear()

    def __len__(self) -> int:
        return sum(len(candidates) for candidates in self._candidates.values())


class Worker:
    """Owns the models and the output folder; `announce(destinations, reply, *args)` sends OSC replies.
    Variations read only files under the output folder and `sample_dirs`, links resolved. Each press is made
    with the pad's knobs and key as `pad_settings` holds them now."""

    def __init__(self, presets: dict[str, Preset], output: OutputFolder, announce, *, pad_settings: PadSettings,
                 pool_depth: int = 2, device: str | None = None, backend: str = "auto", half: bool = False,
                 threads: int | None = None, local=(), sample_dirs=()):
        self.presets = dict(presets)
        self.pad_settings = pad_settings
        self.output = output
        self.announce = announce
        self.local = local  # where to report problems nobody asked about (load failures at start)
        self.sources = (output.root, *sample_dirs)
        self.chosen = choose(backend, device)  # checked here: a backend that cannot run stops `serve` at once
        self._load_options = dict(device=device, backend=backend, half=half)
        self.threads = threads
        self.requests = PendingRequests(self.drop)
        self.scheduler = Scheduler(self.requests, lambda pad: self.presets[pad].model in self._pipes)
        self.pool = Pool(presets, pool_depth)
        self._pipes: dict[str, Pipeline] = {}  # model source -> loaded model
        self._refill_broken: set[str] = set()
        self._thread = threading.Thread(target=self._run, name="worker", daemon=True)

    @property
    def busy(self) -> bool:
        return self.scheduler.busy

    @property
    def device(self) -> str:
        """What runs the models: the device of those loaded (their backends may have fallen back from the one
        chosen), or of the one chosen before any is."""
        devices = dict.fromkeys(pipe.backend.device.lower() for pipe in list(self._pipes.values()))
        return "+".join(devices) or self.chosen.device.lower()

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        """Give the job in hand SHUTDOWN_GRACE seconds to finish (its file included), then cancel it; answer
        every pending job `shutdown`, and end the thread."""
        self.scheduler.stop()
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
                self.model(pad)
            except Refused as e:
                self.announce(self.local, "error", pad, e.code, str(e))
        while not self.requests.closed:
            try:
                refill = self._pad_to_refill()
                job = self.requests.take(timeout=0 if refill else None)
                if job is not None:
                    self.serve(job)
                elif refill and not self.requests.closed:
                    self._refill(refill)
            except Exception:  # a bug: logged, and the worker serves on
                log.exception("the worker failed; serving on")
                time.sleep(0.1)

    # Jobs -----------------------------------------------------------------------------------------------

    def serve(self, job: Job) -> None:
        """Do a job (its kind's handler) and answer whatever stops it."""
        with self.scheduler.doing(job):
            try:
                job.kind.handler(self, job)
            except Cancelled as e:
                self.drop(job, e.why)
            except Refused as e:
                log.warning("%s %s refused: %s", job.pad, job.kind.name, e)
                self.announce(job.reply_to, "error", job.pad, e.code, str(e))
            except OSError as e:
                log.error("%s: cannot write to %s: %s", job.pad, self.output.root, e)
                self.announce(job.reply_to, "error", job.pad, "disk",
                              f"cannot write to the output folder {self.output.root}: {e.strerror or e}")
            except Exception as e:
                log.exception("%s %s failed", job.pad, job.kind.name)
                self.announce(job.reply_to, "error", job.pad, "generation", f"{type(e).__name__}: {e}")

    def drop(self, job: Job, why: str) -> None:
        """Answer a job that will not be done: replaced by a newer one, or stopped by a shutdown."""
        if not job.kind.replies:  # the daemon's own (a reload): nobody waits for an answer
            return
        if why == "superseded":
            self.announce(job.reply_to, "superseded", job.pad, job.kind.name, job.id)
        else:
            self.announce(job.reply_to, "error", job.pad, "shutdown",
                          f"the daemon stopped before this {job.kind.name} was done")

    def sample(self, work: Job | Refill, pipe: Pipeline, seeds: list[int], recipe: Recipe, **options) -> torch.Tensor:
        """One sample per seed for `work` (see `Pipeline.generate_each`), made as `recipe` says, yielding to the
        other jobs after every sampler step (bridge/scheduler.py)."""
        return pipe.generate_each(seeds, **recipe.options(), callback=self.scheduler.between_steps(work, self.serve),
                                  **options)

    def recipe(self, pad: str, **request) -> Recipe:
        """A request's recipe (model/recipe.py's `resolve`): its own values, else the pad's knobs and key as the
        producer set them, else its preset's."""
        return resolve(self.presets[pad], **self.pad_settings.of(pad) | request)

    def publish(self, job: Job, pipe: Pipeline, recipe: Recipe, audio, **extra) -> None:
        """The new sample into the output folder (history, index, pad) under one record, then `ready`."""
        record = pipe.metadata(recipe, audio, pad=job.pad, kind=job.kind.name, **extra)
        made = self.output.add(job.pad, recipe.seed, wav_bytes(audio, pipe.config.sample_rate, metadata=record))
        ms = job.ms
        self.output.commit(made, record | {"ms": round(ms, 1)})
        self.ready(job, made, ms)

    def ready(self, job: Job, made, ms: float) -> None:
        """Announce the pad's new sample by its history file, with its record; pinned first where the job asks,
        so that history's cap cannot remove it before the client stores it."""
        record = self.output.record(made)
        if job.pin:
            made = self.output.pin(job.pad, str(made))
        self.announce(job.reply_to, "ready", job.pad, str(made), record["seed"], ms,
                      json.dumps(record, separators=(",", ":")), job.id)
        log.info("%s: %s ready, seed %d, %.0f ms", job.pad, job.kind.name, record["seed"], ms)

    # Models ---------------------------------------------------------------------------------------------

    def model(self, pad: str) -> Pipeline:
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
                # A bug, or a library failing in a way not foreseen: its traceback is logged, and it is still only
                # this pad's failure. Let through, it would end the worker thread at start-up, and the daemon.
                log.exception("%s: cannot load its model", pad)
                raise Refused("model_load", f"cannot load the model for {pad}: {type(e).__name__}: {e}") from None
            self._pipes[source] = pipe
            log.info("%s: loaded %s, %s", pad, source, pipe.backend)
        return self._pipes[source]

    def reload(self, pad: str, preset: Preset | None, files_changed: bool) -> None:
        """The pad's preset was edited (`preset`), or the model files it names changed, or both: drop what was
        made or loaded from the old, and load again. A model no pad names any more is let go; one whose files
        changed is loaded again for every pad that names it."""
        old = self.presets[pad]
        new = preset or old
        self.presets[pad] = new
        changed = {old.model, new.model} if files_changed else set()
        self._pipes = {source: pipe for source, pipe in self._pipes.items()
                       if source not in changed and any(p.model == source for p in self.presets.values())}
        for other, other_preset in self.presets.items():
            if other_preset.model in changed or other == pad:
                self.pool.clear(other)
                self._refill_broken.discard(other)
        log.info("%s: reloading (%s)", pad, " and ".join(
            what for what, done in (("preset edited", preset), ("model files changed", files_changed)) if done))
        self.model(pad)

    def settings_changed(self, pad: str) -> None:
        """The pad's knobs or key changed: its pool was made for the old ones. A press never takes a sample made
        for other settings (Pool.take); dropping them makes room to refill for the new, which may succeed where
        the old failed."""
        self.pool.clear(pad)
        self._refill_broken.discard(pad)

    # The pool -------------------------------------------------------------------------------------------

    def _pad_to_refill(self) -> str | None:
        """The loaded pad with the most samples missing from the pool, if any is short."""
        short = [pad for pad, preset in self.presets.items()
                 if preset.model in self._pipes and pad not in self._refill_broken and self.pool.missing(pad) > 0]
        return max(short, key=self.pool.missing, default=None)

    def _refill(self, pad: str) -> None:
        """Fill the pad's pool up in one batch: a batch makes more samples per second (docs/daemon.md)."""
        preset = self.presets[pad]
        pipe = self._pipes[preset.model]
        work = Refill(pad)
        with self.scheduler.doing(work):
            try:
                recipes = [self.recipe(pad) for _ in range(self.pool.missing(pad))]
                batch = self.sample(work, pipe, [r.seed for r in recipes], recipes[0])
            except Cancelled:
                return
            except Exception:
                log.exception("%s: pre-generating failed; the pool for this pad stays empty until it reloads", pad)
                self._refill_broken.add(pad)
                return
        # jobs served meanwhile may have reloaded the pad, filled its pool, or its knobs or key may have changed
        if self.presets[pad] is not preset or self._pipes.get(preset.model) is not pipe \
                or not recipes[0].same_sound_as(self.recipe(pad)):
            return
        for recipe, audio in zip(recipes, batch):
            self.pool.add(pad, Candidate(recipe, audio))
            log.debug("%s: pooled seed %d (%d ready)", pad, recipe.seed, len(self.pool))
