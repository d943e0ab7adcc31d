"""Trigger-to-`ready` latency of the daemon, measured by an OSC client over UDP on 127.0.0.1: a press answered
from the pre-generated pool (goal: at most 20 ms) and one with an empty pool (goal: at most 2 s on a CPU for
the bundled presets), for the bundled presets and for the published configuration.

Where the bundled models are not trained yet, or the published one is not in the Hugging Face cache, a
random-initialised model of the same architecture stands in: the time depends on the architecture, not on
the weights. Run with `make bench` (or `python -m benchmarks bench_daemon`).
"""

import statistics
import tempfile
import time
from pathlib import Path

import torch

from padfusion.bridge.client import OscClient
from padfusion.bridge.config import Settings
from padfusion.bridge.daemon import Daemon
from padfusion.bridge.presets import load_preset
from padfusion.model.checkpoints import save_model_folder
from padfusion.model.unet import ARCHS, UNet

TITLE = "Trigger-to-ready latency"


def preset_for(name: str, arch: str, folder: Path) -> tuple[str, str]:
    """The preset file to serve, and what its model is: the real one if it loads offline, else a stand-in."""
    preset = load_preset(name)
    if preset.model_is_local and Path(preset.model, "model.safetensors").is_file():
        return str(preset.path), f"the bundled model ({Path(preset.model).name})"
    if not preset.model_is_local:
        from huggingface_hub import snapshot_download

        from padfusion.model.checkpoints import HUB_FILES

        try:
            snapshot_download(preset.model, allow_patterns=HUB_FILES, local_files_only=True)
            return str(preset.path), preset.model
        except Exception:  # not cached: fall through to a stand-in
            pass
    model = folder / f"{arch}-random"
    save_model_folder(model, UNet(ARCHS[arch]), ARCHS[arch], f"random-initialised {arch} stand-in\n")
    stand_in = folder / f"{name}.toml"
    stand_in.write_text(f'pad = "{preset.pad}"\nmodel = "{model}"\nsampler = "{preset.sampler}"\n'
                        f'steps = {preset.steps}\n')
    return str(stand_in), f"random-initialised {arch} stand-in for {preset.model}"


def measure(preset: str, folder: Path, pool_depth: int, presses: int) -> list[float]:
    """Client-side milliseconds from sending `generate` to receiving `ready`, one press at a time; with a
    pool, each press waits for the pool to be full again first."""
    client = OscClient()
    settings = Settings(out=folder / f"out-{pool_depth}", osc_port=0, reply_port=client.port, presets=(preset,),
                        midi="none", pool_depth=pool_depth, learned_midi=folder / "learned.json")
    threads = torch.get_num_threads()
    daemon = Daemon(settings)
    daemon.start()
    client.daemon_port = daemon.osc.port
    pad = next(iter(daemon.presets))
    try:
        times = []
        for _ in range(presses):
            while client.status()[3] < pool_depth:
                time.sleep(0.05)
            ms, (_, path, _, daemon_ms, _, _) = client.timed("generate", pad, expect="ready", timeout=600)
            times.append(ms)
        return times
    finally:
        daemon.stop()
        client.close()
        torch.set_num_threads(threads)


def summary(label: str, times: list[float], goal_ms: float | None) -> dict:
    """The figures of one series of presses, printed as they are returned."""
    figures = {"median_ms": statistics.median(times), "max_ms": max(times), "presses": len(times), "goal_ms": goal_ms}
    goal = f"  (goal <= {goal_ms:g} ms)" if goal_ms else ""
    print(f"  {label:22} median {figures['median_ms']:8.1f} ms, max {figures['max_ms']:8.1f} ms over {len(times)}"
          f"{goal}", flush=True)
    return figures


def main() -> dict:
    device = "cuda" if torch.cuda.is_available() else "cpu"
    print(f"device: {device}; model threads: {Settings().threads} of {torch.get_num_threads()}")
    figures = {"device": device, "model_threads": Settings().threads, "presets": {}}
    cases = [("kick", "small", 10, 5, 2000), ("tad-kicks", "published", 3, 2, None)]
    with tempfile.TemporaryDirectory() as tmp:
        for name, arch, pool_presses, cold_presses, cold_goal in cases:
            preset, what = preset_for(name, arch, Path(tmp))
            print(f"preset {name}: {what}", flush=True)
            figures["presets"][name] = {
                "model": what,
                "from_pool": summary("from the pool", measure(preset, Path(tmp), pool_depth=2, presses=pool_presses),
                                     20),
                "empty_pool": summary("empty pool", measure(preset, Path(tmp), pool_depth=0, presses=cold_presses),
                                      cold_goal)}
    return figures


def markdown(figures: dict) -> str:
    lines = [f"Client-side milliseconds from sending `generate` to receiving `ready` over UDP on 127.0.0.1, one press "
             f"at a time, on the {figures['device']} with {figures['model_threads']} model thread(s): a press answered "
             "from the pre-generated pool (each press waits for the pool to be full again first), and one with an "
             "empty pool (pool depth 0).", "",
             "| preset | model | from the pool: median / max ms (presses, goal) | empty pool: median / max ms "
             "(presses, goal) |", "|---|---|---|---|"]

    def cell(run):
        goal = f", goal {run['goal_ms']:g}" if run["goal_ms"] else ""
        return f"{run['median_ms']:.0f} / {run['max_ms']:.0f} ({run['presses']}{goal})"

    for name, run in figures["presets"].items():
        lines.append(f"| `{name}` | {run['model']} | {cell(run['from_pool'])} | {cell(run['empty_pool'])} |")
    return "\n".join(lines) + "\n"
