"""The requests waiting for the worker: at most one per pad, slot and client, so a burst of presses never builds a
backlog.

`generate`, `variation`, `recall` and `remake` share a pad's "make" slot, so a newer one from the same client (the
same reply address: one Max device, one OSC client, the MIDI input and inbox together) replaces the pending one
(the latest press wins), while two devices on one pad each get their own sample; undos add up, and so do reloads
(an edited preset and changed model files, everyone's). A request
merged away is answered `superseded` at once, so every request gets exactly one reply. A pad's requests are
taken in the order of their latest arrival, and pads take turns.
"""

import logging
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from padfusion.bridge.presets import Preset
from padfusion.bridge.protocol import Request

log = logging.getLogger(__name__)


@dataclass
class Job:
    """A request for the worker: its kind (from bridge/requests.py) and its arguments."""
    kind: Request
    pad: str
    reply_to: tuple = ()  # (host, port) pairs for the answer
    seed: int | None = None  # None or -1: a fresh seed (from the pool when it can)
    steps: int | None = None  # None: the preset's
    strength: float | None = None  # variation
    file: str | Path | None = None  # variation: None means the pad's current sample; relative to the output folder
    preset: Preset | None = None  # reload: the edited preset, if it was edited
    files_changed: bool = False  # reload: the model files the pad's preset names changed
    repeat: int = 1  # undo: how many samples back
    recipe: str | None = None  # remake: the sample's record, as JSON
    id: int = 0  # the client's number for the request, echoed by its reply
    pin: int = 0  # 1: the sample made is pinned before `ready` names it (the client stores what it gets)
    received: float = field(default_factory=time.perf_counter)
    let_in: int = 0  # requests started nested since this one's last sampler step (bridge/scheduler.py)

    @property
    def client(self) -> tuple:
        """Who asked, as far as coalescing goes: its reply addresses (the pages' HTTP requests, each answered by a
        callable, count as one client); nobody for the daemon's own jobs (a reload, changed settings)."""
        if not self.kind.replies:
            return ()
        return tuple("page" if callable(to) else to for to in self.reply_to)

    @property
    def slot_key(self) -> tuple:
        """Which pending request of its pad this one replaces: the one in the same slot from the same client."""
        return self.kind.slot, self.client

    @property
    def ms(self) -> float:
        """Milliseconds since the request came in."""
        return (time.perf_counter() - self.received) * 1000


class PendingRequests:
    """Pending jobs, at most one per pad and slot; `drop(job, why)` answers one that will not be done
    ("superseded" or "shutdown")."""

    def __init__(self, drop):
        self._cond = threading.Condition()
        self._pending: dict[str, dict[tuple, Job]] = {}  # pad -> Job.slot_key -> job
        self._drop = drop
        self.closed = False

    def put(self, job: Job) -> None:
        replaced, why = None, "superseded"
        with self._cond:
            if self.closed:
                replaced, why = job, "shutdown"
            else:
                slots = self._pending.setdefault(job.pad, {})
                replaced = slots.pop(job.slot_key, None)
                if replaced and job.kind.slot == "undo":
                    job.repeat += replaced.repeat
                if replaced and job.kind.slot == "reload":  # one reload does what both asked
                    job.preset = job.preset or replaced.preset
                    job.files_changed |= replaced.files_changed
                slots[job.slot_key] = job
                self._cond.notify()
        if replaced:
            log.debug("%s: %s dropped (%s)", replaced.pad, replaced.kind.name, why)
            self._drop(replaced, why)

    def take(self, timeout: float | None = None, wanted=lambda job: True) -> Job | None:
        """The next job that is `wanted`, waiting up to `timeout` seconds when none is pending (None: until one
        comes or `close()`)."""
        with self._cond:
            if not self._pending and not self.closed:
                self._cond.wait(timeout)
            if self.closed:
                return None
            job = next((j for slots in self._pending.values() for j in slots.values() if wanted(j)), None)
            if job is None:
                return None
            slots = self._pending.pop(job.pad)
            del slots[job.slot_key]
            if slots:
                self._pending[job.pad] = slots  # the pad's other jobs wait behind the other pads
            return job

    def waiting(self, pad: str, slot: str, client: tuple = ()) -> bool:
        """Whether a request of `client` (Job.client; none for the daemon's own) waits in the pad's `slot`."""
        with self._cond:
            return (slot, client) in self._pending.get(pad, {})

    def close(self) -> None:
        """Take no more; the pending ones are answered `shutdown`."""
        with self._cond:
            self.closed = True
            pending = [j for slots in self._pending.values() for j in slots.values()]
            self._pending.clear()
            self._cond.notify_all()
        for job in pending:
            self._drop(job, "shutdown")

    def __len__(self) -> int:
        with self._cond:
            return sum(len(slots) for slots in self._pending.values())
