"""The worker's pool and scheduling, against a real daemon on loopback: samples made ahead answer presses, long
requests hold up neither other pads nor pool hits, a newer press supersedes the one in hand, bursts coalesce to
each pad's latest press with every press answered once, a model load waits for the work in hand, and service is
fair under sustained pressing."""

import threading
import time
from pathlib import Path

import pytest

from bridge_support import PADS, busy_generating, daemon_settings, read_index, running, wait_until, write_presets
from padfusion.bridge.client import OscClient
from padfusion.bridge.scheduler import Refill


def test_presses_coalesce_per_client_two_clients_on_one_pad_each_get_their_sample(daemon, client):
    """Two Max devices on one pad: the second's press does not supersede the first's; a client's own does."""
    with OscClient(daemon.osc.port) as other:
        client.send("generate", "kick", 1, 8, 11)
        other.send("generate", "kick", 2, 8, 22)
        client.send("generate", "kick", 3, 8, 33)
        assert other.wait_for("ready", id=22, timeout=60)[2] == 2
        assert client.wait_for("superseded", id=11, timeout=60) == ["kick", "generate", 11]
        assert client.wait_for("ready", id=33, timeout=60)[2] == 3


def test_a_burst_of_presses_coalesces_and_ping_stays_answered(daemon, client):
    ms = client.ask("generate", "kick", 0, 10, expect="ready")[3]
    slow = min(200, max(10, round(10 * 2000 / ms)))  # steps for about 2 s of generating on this machine
    client.send("generate", "kick", 1, slow)
    wait_until(lambda: daemon.worker.busy and not len(daemon.worker.requests), what="generating seed 1")
    # a newer press supersedes the one in hand at its next step; asked on its own, as a burst's superseded pending
    # presses are answered as they come, and may be answered before the step ends
    client.send("generate", "kick", 2, slow)
    assert client.recv() == ("superseded", ["kick", "generate", 0])
    wait_until(lambda: daemon.worker.busy and not len(daemon.worker.requests), what="generating seed 2")
    most_pending = 0
    for press in range(500):
        client.send("generate", ("kick", "snare")[press % 2], press + 3, slow)
        most_pending = max(most_pending, len(daemon.worker.requests))
    # ping and status are answered at once, while the worker is still generating
    assert client.ask_again("ping", "pong") == []
    state, _, pending, _ = client.status()
    assert state == "generating" and pending <= 2 and most_pending <= 2
    # the latest press of each pad wins (the burst's own last ones may be lost: UDP drops what overflows); every
    # other press, the one in hand included, is answered superseded
    client.send("generate", "kick", 1000, slow)
    client.send("generate", "snare", 1001, slow)
    replies = []
    while not {("ready", "kick", 1000), ("ready", "snare", 1001)} <= set(replies):
        reply, params = client.recv(60)
        replies.append((reply, params[0], params[2] if reply == "ready" else params[1]))
    assert [r for r in replies if r[0] == "ready"] in ([("ready", "kick", 1000), ("ready", "snare", 1001)],
                                                       [("ready", "snare", 1001), ("ready", "kick", 1000)])
    assert {r[0] for r in replies} == {"ready", "superseded"} and len(replies) <= 503
    assert [r for r, _ in client.drain(1.0)] == []


def test_every_press_gets_exactly_one_reply(serve, client):
    daemon = serve(pool_depth=0)
    client.ask("generate", "snare", 1, 4, expect="ready")
    client.ask("generate", "snare", 2, 4, expect="ready")
    busy_generating(client, daemon, pad="kick", seed=1)
    for seed in (2, 3, 4):
        client.send("generate", "kick", seed, 4)
    client.send("undo", "snare")
    client.send("undo", "snare")  # undos add up: this one does both, the first is superseded
    replies = []
    while len(replies) < 6:
        reply, params = client.recv(60)
        replies.append((reply, params[0], params[2] if reply == "ready" else params[1]))
    assert sorted(replies) == sorted([("superseded", "kick", "generate")] * 3 + [("ready", "kick", 4)] +
                                     [("superseded", "snare", "undo"), ("ready", "snare", 1)])
    assert client.drain(0.5) == []


# Long requests: other pads and pool hits go on, a new press cancels ------------------------------------------

def test_a_long_request_blocks_neither_other_pads_nor_pool_hits(serve, client):
    daemon = serve(pool_depth=1)
    wait_until(lambda: len(daemon.worker.pool) == len(PADS), what="the pool to fill")
    busy_generating(client, daemon)
    client.send("generate", "snare")  # a pool hit
    reply, params = client.recv(60)
    assert (reply, params[0]) == ("ready", "snare")
    client.send("generate", "hihat", 5)  # a fresh sample of its own
    reply, params = client.recv(60)
    assert (reply, params[0], params[2]) == ("ready", "hihat", 5)
    client.send("generate", "kick")  # a new press on the busy pad cancels the long request
    assert client.recv(60) == ("superseded", ["kick", "generate", 0])
    assert client.wait_for("ready", pad="kick")[0] == "kick"


def test_a_model_load_waits_for_the_long_request_in_hand(serve, client):
    # loading can take minutes (an OpenVINO conversion): never nested inside another sample's steps
    daemon = serve(pool_depth=0)
    busy_generating(client, daemon)
    daemon._model_changed("snare")  # its model files changed on disk: drop the model and load it again
    client.send("generate", "hihat", 5)  # while a fresh sample on a loaded pad is served meanwhile
    assert client.wait_for("ready", pad="hihat")[2] == 5
    assert daemon.worker.busy and daemon.worker.requests.waiting("snare", "reload")
    client.send("generate", "kick", 2, 4)  # the long request is superseded; then the reload runs
    assert client.wait_for("ready", pad="kick")[2] == 2
    wait_until(lambda: not len(daemon.worker.requests) and not daemon.worker.busy, what="the reload")
    assert client.ask("generate", "snare", 3, 4, expect="ready")[2] == 3



def test_an_edited_preset_and_changed_model_files_both_reload(serve, client):
    """Two reloads of a pad pending at once (a preset edit, and the model files it names rewritten, as a training
    run writes its model/ while the preset is edited) add up: the edit is taken and the model loaded again."""
    daemon = serve(pool_depth=0)
    loaded = daemon.worker.model("snare")
    busy_generating(client, daemon)  # the reloads wait for the request in hand
    preset = Path(daemon.presets["snare"].path)
    preset.write_text(preset.read_text().replace("steps = 4", "steps = 3"))
    daemon._preset_changed("snare")
    daemon._model_changed("snare")
    assert len(daemon.worker.requests) == 1
    client.send("generate", "kick", 2, 4)  # the long request is superseded; then the reload runs
    assert client.wait_for("ready", pad="kick")[2] == 2
    wait_until(lambda: not len(daemon.worker.requests) and not daemon.worker.busy, what="the reload")
    assert daemon.worker.presets["snare"].steps == 3, "the edit was lost"
    assert daemon.worker.model("snare") is not loaded, "the changed model files were not loaded again"
    assert read_index(daemon.output.root)[-1]["pad"] == "kick"
    assert client.ask("generate", "snare", 3, expect="ready")[2] == 3
    assert read_index(daemon.output.root)[-1]["steps"] == 3

# Sustained pressing ----------------------------------------------------------------------------------------

def next_refill(daemon, last: Refill | None, timeout: float = 60) -> Refill | None:
    """Until the worker is refilling the pool with a refill other than `last` (returned), or the pool is full
    (None)."""
    deadline = time.monotonic() + timeout
    while True:
        refill = next((work for work in list(daemon.worker.scheduler.in_hand) if isinstance(work, Refill)), None)
        if refill is not None and refill is not last:
            return refill
        if len(daemon.worker.pool) == 2 * len(PADS):
            return None
        assert time.monotonic() < deadline, "the worker never refilled the pool"
        time.sleep(0.002)


def test_steady_pressing_stays_on_the_pool(serve, client):
    """A press during a refill does not throw the refill away: each press after the first lands in a refill no
    press has landed in yet, so one refill ends per press if none is thrown away, and none ever ends if they are
    (the pool then runs dry by the third press of a pad)."""
    daemon = serve(steps=8, pool_depth=2)
    wait_until(lambda: len(daemon.worker.pool) == 2 * len(PADS), timeout=60, what="the pool to fill")
    client.ask("generate", "kick", 1, 8, expect="ready")  # a fresh sample, from no pool
    refill = None
    for press in range(12):
        if press:
            refill = next_refill(daemon, refill)
        client.ask("generate", PADS[press % len(PADS)], expect="ready", pad=PADS[press % len(PADS)])
    pooled = [line.get("pooled", False) for line in read_index(daemon.output.root, 13)[1:]]  # after the seeded one
    assert pooled == [True] * 12


STEPS = 16  # several sampler steps a request, so that requests interleave


def press_in_a_loop(client: OscClient, pad: str, until: float, made: list, order: list) -> None:
    seed = 0
    while time.monotonic() < until:
        seed += 1
        client.send("generate", pad, seed, STEPS)
        reply, params = client.recv(60)
        assert reply == "ready" and params[0] == pad, (reply, params)
        order.append(params[2])
        made.append(params[3])


@pytest.mark.slow
def test_four_closed_loop_clients_are_each_served(tmp_path, tiny_model):
    """Fair service: four closed-loop clients, one per pad, each pressing again as soon as its reply arrives;
    every pad is served, and each client's replies come in the order of its requests."""
    presets = write_presets(tmp_path / "presets", tiny_model)
    clients = [OscClient() for _ in PADS]
    try:
        with running(daemon_settings(tmp_path, presets, clients[0].port, pool_depth=0)) as daemon:
            for client in clients:
                client.daemon_port = daemon.osc.port
                client.ask("hello", client.port, expect="pong")
            warm = clients[0].ask("generate", "kick", 0, STEPS, expect="ready")[3]
            # about two dozen requests' time, whatever the machine
            until = time.monotonic() + max(4.0, 24 * warm / 1000)
            made = {pad: [] for pad in PADS}
            order = {pad: [] for pad in PADS}
            threads = [threading.Thread(target=press_in_a_loop, args=(c, pad, until, made[pad], order[pad]))
                       for c, pad in zip(clients, PADS)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(120)
            counts = {pad: len(ms) for pad, ms in made.items()}
            assert min(counts.values()) >= 3, counts
            assert min(counts.values()) * 3 >= max(counts.values()), counts  # no pad gets a third of another's
            assert all(seeds == sorted(seeds) for seeds in order.values()), order
    finally:
        for client in clients:
            client.close()
