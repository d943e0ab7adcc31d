"""The preemption rules: what the worker may do between two sampler steps of the work in hand.

Long work never holds up the rest. After every sampler step the work in hand (a job or a pool refill) yields:
a newer request for its pad supersedes it, as a change of its pad's knobs or key does a refill (made for the old
ones, it would be thrown away); a stop cancels it (a job after SHUTDOWN_GRACE, a refill at once);
the other pads' jobs are served meanwhile, nested inside the step (a pool hit in the time of a file write, a
fresh sample in its own steps), and then the work in hand carries on where it was, so a preempted refill is
finished, not thrown away. Loading a model (a pad's first use, a reload) is never nested: it can take minutes,
and waits for the work in hand.

Service is fair: between two steps of a job in hand at most one other job starts (a refill, which nobody waits
for, lets every waiting job in), so under any mix of presses a job finishes within its own steps' count of
other jobs, and a pad's requests are answered in the order they came.
"""

import contextlib
import time
from collections.abc import Callable
from dataclasses import dataclass

from padfusion.bridge.pending import Job, PendingRequests

SHUTDOWN_GRACE = 1.5  # seconds the job in hand has to finish after a stop; then it is cancelled


@dataclass
class Refill:
    """Filling a pad's pool: work nobody waits for."""
    pad: str


class Cancelled(Exception):
    """Work stopped between sampler steps: `why` is "superseded" (a newer request for its pad) or "shutdown"."""

    def __init__(self, why: str):
        super().__init__(why)
        self.why = why


class Scheduler:
    """The work in hand, outermost first (nested in sampler steps), and the rules above. `loaded(pad)` says
    whether a pad's model is loaded."""

    def __init__(self, pending: PendingRequests, loaded: Callable[[str], bool]):
        self.pending = pending
        self.loaded = loaded
        self.in_hand: list[Job | Refill] = []
        self._stop_by = float("inf")

    @property
    def busy(self) -> bool:
        """Whether a job (not just a refill) is in hand."""
        return bool(self._jobs_in_hand())

    def _jobs_in_hand(self) -> list[Job]:
        return [work for work in self.in_hand if isinstance(work, Job)]

    @contextlib.contextmanager
    def doing(self, work: Job | Refill):
        """`work` in hand for the time of the block; a job started nested counts against the jobs around it."""
        if isinstance(work, Job):
            for outer in self._jobs_in_hand():
                outer.let_in += 1
        self.in_hand.append(work)
        try:
            yield
        finally:
            self.in_hand.pop()

    def between_steps(self, work: Job | Refill, serve: Callable[[Job], None]) -> Callable:
        """The sampler callback for `work`: cancel it if it is superseded or stopped, else `serve` the jobs that
        fit in a step, then carry on."""

        def callback(step, x0):
            self.check(work)
            if isinstance(work, Job):
                work.let_in = 0
            while (job := self.pending.take(timeout=0, wanted=self.fits_in_a_step)) is not None:
                serve(job)
            self.check(work)

        return callback

    def fits_in_a_step(self, job: Job) -> bool:
        """Whether a job may be served inside the sampler step of the work in hand: while no job in hand has let
        another in since its last step (fairness), for a pad with no job in hand, whose model is loaded (a load
        can take minutes, and would hold up the work in hand), and with no reload pending: that waits for the
        work in hand, and the job behind it, so that a press after a preset edit gets the edited preset, not a
        sample pooled under the old one. A change of knobs or key waits too, so that it cancels a refill of its
        pad at the next step (`check`)."""
        in_hand = self._jobs_in_hand()
        if any(work.let_in for work in in_hand) or job.kind.slot in ("reload", "settings_changed"):
            return False
        return (self.loaded(job.pad) and job.pad not in {work.pad for work in in_hand}
                and not self.pending.waiting(job.pad, "reload"))

    def check(self, work: Job | Refill) -> None:
        """Cancelled if `work` should stop here: a stop (a job only after the grace), or a newer request in its
        pad's make slot from the same client."""
        if self.pending.closed and (isinstance(work, Refill) or time.monotonic() > self._stop_by):
            raise Cancelled("shutdown")
        if isinstance(work, Job) and work.kind.slot == "make" and self.pending.waiting(work.pad, "make", work.client):
            raise Cancelled("superseded")
        if isinstance(work, Refill) and self.pending.waiting(work.pad, "settings_changed"):  # made for old knobs or key
            raise Cancelled("superseded")

    def stop(self) -> None:
        """From now on the job in hand has SHUTDOWN_GRACE seconds; refills stop at their next step."""
        self._stop_by = time.monotonic() + SHUTDOWN_GRACE
        self.pending.close()
