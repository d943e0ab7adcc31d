"""Fair service under sustained pressing: four closed-loop clients, one per bundled pad, each pressing `generate`
again as soon as its reply arrives, for 60 s against one daemon serving the four bundled presets. Prints the
samples each pad got and each pad's worst wait from press to `ready` (goal: every pad served, none starved).

Each press asks a fresh seed at the pad's default steps, so the pool (kept at the default depth) and fresh
samples mix as they would under a producer's hands. Run with `python -m benchmarks bench_fairness`.
"""

import statistics
import tempfile
import threading
import time
from pathlib import Path

import torch

from padfusion.bridge.client import OscClient
from padfusion.bridge.config import Settings
from padfusion.bridge.daemon import Daemon
from padfusion.bridge.presets import load_preset

TITLE = "Fair service under sustained pressing"
PADS = ("kick", "snare", "hihat", "perc")
SECONDS = 60


def press_in_a_loop(client: OscClient, pad: str, until: float, waits: list) -> None:
    while time.monotonic() < until:
        waits.append(client.timed("generate", pad, expect="ready", timeout=600)[0])


def main() -> dict:
    clients = [OscClient() for _ in PADS]
    threads = torch.get_num_threads()
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(out=Path(tmp) / "out", osc_port=0, reply_port=clients[0].port, midi="none",
                            presets=tuple(str(load_preset(pad).path) for pad in PADS),
                            learned_midi=Path(tmp) / "learned.json")
        daemon = Daemon(settings)
        daemon.start()
        try:
            for client in clients:
                client.daemon_port = daemon.osc.port
                client.ask("hello", client.port, expect="pong")
            for pad, client in zip(PADS, clients):  # every model loaded before the clock starts
                client.ask("generate", pad, 0, expect="ready", timeout=600)
            waits = {pad: [] for pad in PADS}
            until = time.monotonic() + SECONDS
            pressing = [threading.Thread(target=press_in_a_loop, args=(client, pad, until, waits[pad]))
                        for client, pad in zip(clients, PADS)]
            for thread in pressing:
                thread.start()
            for thread in pressing:
                thread.join()
        finally:
            daemon.stop()
            for client in clients:
                client.close()
            torch.set_num_threads(threads)
    print(f"four closed-loop clients for {SECONDS} s, the bundled presets (pool depth {settings.pool_depth}):")
    figures = {"seconds": SECONDS, "pool_depth": settings.pool_depth, "pads": {}}
    for pad in PADS:
        figures["pads"][pad] = {"samples": len(waits[pad]), "median_wait_ms": statistics.median(waits[pad]),
                                "worst_wait_ms": max(waits[pad])}
        print(f"  {pad:6} {len(waits[pad]):4} samples, median wait {statistics.median(waits[pad]):7.0f} ms, "
              f"worst {max(waits[pad]):7.0f} ms", flush=True)
    return figures


def markdown(figures: dict) -> str:
    lines = [f"Four closed-loop clients, one per bundled pad, each pressing `generate` with a fresh seed again as "
             f"soon as its reply arrives, for {figures['seconds']} s against one daemon (pool depth "
             f"{figures['pool_depth']}). Goal: every pad served, none starved.", "",
             "| pad | samples | median wait ms | worst wait ms |", "|---|---|---|---|"]
    for pad, run in figures["pads"].items():
        lines.append(f"| {pad} | {run['samples']} | {run['median_wait_ms']:.0f} | {run['worst_wait_ms']:.0f} |")
    return "\n".join(lines) + "\n"
