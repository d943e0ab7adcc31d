"""The worker's jobs, one function each, `job(worker, job)`, named by the request table (bridge/requests.py).

`ready` is sent once the sample is in history (a file never overwritten, whose path the reply names), in the
index and on the pad (`<out>/<pad>.wav`); if any of that cannot be written the request gets `error disk`
instead (bridge/worker.py).
"""

import logging
from pathlib import Path

from padfusion.bridge.output import is_under
from padfusion.bridge.pending import Job
from padfusion.model.audio import AudioError, read_audio

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
    source = variation_source(worker, job)
    try:
        init = read_audio(source, pipe.config.sample_rate, pipe.config.in_channels, pipe.config.length)
    except AudioError as e:
        raise Refused("bad_audio", str(e)) from None
    recipe = worker.recipe(job.pad, steps=job.steps, strength=job.strength, source=source.name)
    worker.publish(job, pipe, recipe, worker.sample(job, pipe, [recipe.seed], recipe, init=init)[0])


def variation_source(worker, job: Job) -> Path:
    """The file a variation reads, links resolved, if it lies under the output folder or a sample folder."""
    if job.file is None:
        path = worker.output.pad_path(job.pad)
        if not path.is_file():
            raise Refused("no_sample", f"{job.pad} has no sample to vary yet; generate one first")
    else:
        path = Path(job.file)
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


def undo(worker, job: Job) -> None:
    restored = None
    for _ in range(job.repeat):
        try:
            restored = worker.output.undo(job.pad)
        except LookupError as e:
            if restored is None:
                raise Refused("no_sample", str(e)) from None
            break
    worker.ready(job, restored, worker.output.seed(restored), job.ms)


def reload(worker, job: Job) -> None:
    """A preset file was edited (`job.preset`), or the model files it names changed, or both."""
    worker.reload(job.pad, job.preset, job.files_changed)


def settings_changed(worker, job: Job) -> None:
    """The pad's knobs or key changed (bridge/pad_settings.py)."""
    worker.settings_changed(job.pad)
