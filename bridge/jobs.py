"""The worker's jobs, one function each, `job(worker, job)`, named by the request table (bridge/requests.py).

`ready` is sent once the sample is in history (a file never overwritten, whose path the reply names), in the
index and on the pad (`<out>/<pad>.wav`); if any of that cannot be written the request gets `error disk`
instead (bridge/worker.py).
"""

import hashlib
import json
import logging
from pathlib import Path

from padfusion.bridge.output import is_under
from padfusion.bridge.pending import Job
from padfusion.model.audio import AudioError, read_audio
from padfusion.model.recipe import Recipe

log = logging.getLogger(__name__)


class Refused(Exception):
    """A job that cannot be done: becomes `error <pad> <code> <message>`."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


def generate(worker, job: Job) -> None:
    """A new sample, or with a seed the same sample again: from the pool when one was made for this recipe."""
    pipe = worker.model(job.pad)
    recipe = worker.recipe(job.pad, seed=job.seed, steps=job.steps)
    if job.seed in (None, -1) and (candidate := worker.pool.take(job.pad, recipe)):
        worker.publish(job, pipe, candidate.recipe, candidate.audio, pooled=True)
        return
    worker.publish(job, pipe, recipe, worker.sample(job, pipe, [recipe.seed], recipe)[0])


recall = generate  # a given seed at the preset's steps: the same sample again


def variation(worker, job: Job) -> None:
    pipe = worker.model(job.pad)
    if job.file:
        source = allowed_source(worker, job.file)
    else:  # the pad's current sample: by its history file, which stays as it is (the pad file does not)
        source = worker.output.current(job.pad) or worker.output.pad_path(job.pad)
        if not source.is_file():
            raise Refused("no_sample", f"{job.pad} has no sample to vary yet; generate one first")
    recipe = worker.recipe(job.pad, steps=job.steps, strength=job.strength, source=worker.output.name_of(source))
    made = worker.sample(job, pipe, [recipe.seed], recipe, init=read_source(pipe, source))[0]
    worker.publish(job, pipe, recipe, made, source_digest=file_digest(source))


def remake(worker, job: Job) -> None:
    """A sample made again as its record says, or `changed` where its model's weights or its source are not the
    ones it names (it would sound different)."""
    try:
        record = json.loads(job.recipe)
        recipe = Recipe.from_record(record)
    except (ValueError, TypeError, AttributeError) as e:  # not JSON, not an object, a value out of range
        raise Refused("bad_args", f"the recipe is not a sample's record: {e}") from None
    pipe = worker.model(job.pad)
    if record.get("weights") != pipe.weights:
        raise Refused("changed", f"{job.pad} now plays {pipe.source} (weights {pipe.weights}); the sample was made "
                      f"with {record.get('model')} (weights {record.get('weights') or 'not recorded'}), so it "
                      "would sound different")
    if recipe.source is None:
        worker.publish(job, pipe, recipe, worker.sample(job, pipe, [recipe.seed], recipe)[0])
        return
    source = allowed_source(worker, recipe.source)
    if not source.is_file() or file_digest(source) != record.get("source_digest"):
        raise Refused("changed", f"the sample was a variation of {source}, which is "
                      f"{'changed' if source.is_file() else 'gone'}, so it would sound different")
    made = worker.sample(job, pipe, [recipe.seed], recipe, init=read_source(pipe, source))[0]
    worker.publish(job, pipe, recipe, made, source_digest=record["source_digest"])


def allowed_source(worker, file) -> Path:
    """The file a variation reads, links resolved, if it lies under the output folder or a sample folder."""
    path = Path(file)
    try:
        path = worker.output.root / path.expanduser()  # an absolute path replaces the root
        real = path.resolve()
        allowed = is_under(real, worker.sources)
    except (OSError, RuntimeError) as e:  # a name too long, a loop of links, ~user of no such user
        raise Refused("bad_audio", f"cannot read {path}: {e}") from None
    if not allowed:
        raise Refused("forbidden_path", f"{path} is outside the output folder and the sample folders "
                      f"({', '.join(map(str, worker.sources))}); add its folder to sample_dirs in the config")
    return real


def read_source(pipe, source: Path):
    try:
        return read_audio(source, pipe.config.sample_rate, pipe.config.in_channels, pipe.config.length)
    except AudioError as e:
        raise Refused("bad_audio", str(e)) from None


def file_digest(path: Path) -> str:
    """A short digest of a file's bytes: a variation's record names its source's, so that a changed source is seen."""
    try:
        with open(path, "rb") as f:
            return hashlib.file_digest(f, "sha256").hexdigest()[:16]  # streamed: a long file is not held at once
    except OSError as e:
        raise Refused("bad_audio", f"cannot read {path}: {e.strerror or e}") from None


def undo(worker, job: Job) -> None:
    restored = None
    for _ in range(job.repeat):
        try:
            restored = worker.output.undo(job.pad)
        except LookupError as e:
            if restored is None:
                raise Refused("no_sample", str(e)) from None
            break
    worker.ready(job, restored, job.ms)


def reload(worker, job: Job) -> None:
    """A preset file was edited (`job.preset`), or the model files it names changed, or both."""
    worker.reload(job.pad, job.preset, job.files_changed)


def settings_changed(worker, job: Job) -> None:
    """The pad's knobs or key changed (bridge/pad_settings.py)."""
    worker.settings_changed(job.pad)
