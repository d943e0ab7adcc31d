"""Fair service under sustained pressing: four closed-loop clients, one per pad, each pressing again as soon as its
reply arrives; every pad is served, and each client's replies come in the order of its requests."""

import threading
import time

from bridge_support import PADS, OscClient, daemon_settings, running, write_presets

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


def test_four_closed_loop_clients_are_each_served(tmp_path, tiny_model):
    presets = write_presets(tmp_path / "presets", tiny_model)
    clients = [OscClient() for _ in PADS]
    try:
        with running(daemon_settings(tmp_path, presets, clients[0].port, pool_depth=0)) as daemon:
            for client in clients:
                client.daemon_port = daemon.osc.port
                client.ask("hello", client.port, expect="pong")
            warm = clients[0].ask("generate", "kick", 0, STEPS, expect="ready")[3]
            until = time.monotonic() + max(4.0, 24 * warm / 1000)  # about two dozen requests' time, whatever the machine
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
