"""A long request in hand (200 steps on the kick, the most a request may ask): how long other pads wait, and how
long `padfusion serve` takes to stop (goal: within 3 s of SIGTERM).

The bundled kick and snare presets are served (random-initialised stand-ins of their architecture where the
models are not trained yet, as in bench_daemon). Run with `python -m benchmarks bench_daemon_long`.
"""

import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.bench_daemon import preset_for
from padfusion.bridge.client import OscClient

TITLE = "A long request in hand"


def serve(folder: Path, presets: list[str], client: OscClient) -> subprocess.Popen:
    config = folder / "config.toml"
    config.write_text(f'learned_midi = "{folder / "learned.json"}"\n')
    client.daemon_port = _free_port()
    process = subprocess.Popen([sys.executable, "-m", "padfusion.bridge.cli", "serve", "--config", str(config),
                                "--out", str(folder / "out"), "--osc-port", str(client.daemon_port),
                                "--reply-port", str(client.port), "--midi", "none", "--pool-depth", "2",
                                "--preset", *presets], stderr=subprocess.DEVNULL)
    assert client.answers_ping(600), "the daemon never answered ping"
    while client.status()[3] < 4:  # ready once the pool is full (two pads, two each)
        time.sleep(0.2)
    return process


def _free_port() -> int:
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def main() -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        presets = [preset_for(name, "small", folder)[0] for name in ("kick", "snare")]
        client = OscClient()
        process = serve(folder, presets, client)
        try:
            fresh = client.timed("generate", "kick", 1, expect="ready", timeout=600)[0]
            print(f"  kick, seed 1 at the preset's steps: {fresh:.0f} ms")
            figures = {"kick_fresh_ms": fresh}
            hits, own = [], []
            for seed in range(2, 5):
                client.send("generate", "kick", seed, 200)
                time.sleep(0.5)  # in hand
                hits.append(client.timed("generate", "snare", expect="ready", timeout=600)[0])
                own.append(client.timed("generate", "snare", seed, expect="ready", timeout=600)[0])
                client.ask("generate", "kick", expect="superseded", timeout=600)  # a new press cancels the long one
                while client.status()[3] < 4:
                    time.sleep(0.1)
            figures.update(snare_pool_hit_median_ms=statistics.median(hits), snare_pool_hit_max_ms=max(hits),
                           snare_fresh_median_ms=statistics.median(own), rounds=len(hits))
            print(f"  snare pool hit while kick runs 200 steps: median {statistics.median(hits):.0f} ms, "
                  f"max {max(hits):.0f} ms")
            print(f"  snare fresh sample meanwhile: median {statistics.median(own):.0f} ms")
            client.send("generate", "kick", 9, 200)
            time.sleep(0.5)
            started = time.perf_counter()
            process.send_signal(signal.SIGTERM)
            process.wait(60)
            figures["sigterm_to_exit_s"] = time.perf_counter() - started
            print(f"  SIGTERM to exit, 200 steps in hand: {figures['sigterm_to_exit_s']:.2f} s (goal <= 3 s)")
            return figures
        finally:
            if process.poll() is None:
                process.kill()
            client.close()


def markdown(figures: dict) -> str:
    return "\n".join([
        "`padfusion serve` on the bundled kick and snare presets (random-initialised stand-ins of their architecture "
        "where the models are missing), pool depth 2. A kick request of 200 steps is in hand while the snare is "
        "pressed; then SIGTERM arrives with 200 steps in hand.", "",
        "| what | figure |", "|---|---|",
        f"| kick, seed 1 at the preset's steps | {figures['kick_fresh_ms']:.0f} ms |",
        f"| snare pool hit while the kick runs 200 steps | median {figures['snare_pool_hit_median_ms']:.0f} ms, "
        f"max {figures['snare_pool_hit_max_ms']:.0f} ms ({figures['rounds']} rounds) |",
        f"| snare fresh sample meanwhile | median {figures['snare_fresh_median_ms']:.0f} ms |",
        f"| SIGTERM to exit, 200 steps in hand (goal at most 3 s) | {figures['sigterm_to_exit_s']:.2f} s |"]) + "\n"

