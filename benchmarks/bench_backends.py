"""Backend figures (issue 14), on the published configuration and the bundled kick model, per backend on the CPU:
the daemon's start to its first pooled sample with a cold and a warm OpenVINO cache, and its peak RSS (each in a
process of its own), and samples per second at batch 1, 2 and 4 (whether pool refills gain from batching).

The published configuration is random-initialised: the time depends on the architecture, not the weights.
Run with `make bench` (or `python -m benchmarks bench_backends`).
"""

import subprocess
import sys
import tempfile
import time
from pathlib import Path

import torch

from benchmarks.bench_model import ROOT, cpu_backends, interleaved
from padfusion.model.checkpoints import save_model_folder
from padfusion.model.pipeline import Pipeline
from padfusion.model.unet import ARCHS, UNet

TITLE = "Backends: batching, start and memory"

# A daemon serving one preset with a pool of one; says "pooled" when the first sample is in the pool, then
# stops and prints its peak RSS in MiB. Arguments: preset, backend, OpenVINO cache folder, output folder.
DAEMON = """
import resource, sys, time
from pathlib import Path
from padfusion.bridge.config import Settings
from padfusion.bridge.daemon import Daemon
from padfusion.model import backends
preset, backend, cache, out = sys.argv[1:]
backends.CACHE_DIR = Path(cache)
daemon = Daemon(Settings(out=Path(out), osc_port=0, presets=(preset,), midi="none", pool_depth=1, backend=backend,
                         learned_midi=Path(out) / "learned.json"))
daemon.start()
while len(daemon.worker.pool) < 1:
    time.sleep(0.01)
print("pooled", flush=True)
daemon.stop()
try:  # this process's own peak: Linux keeps ru_maxrss across exec, so it would include the benchmark's
    print(int(Path("/proc/self/status").read_text().split("VmHWM:")[1].split()[0]) / 1024)
except (OSError, IndexError):
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1024 if sys.platform != "darwin" else 2**20))
"""


def daemon_start(preset: str, backend: str, cache: Path, out: Path) -> tuple[float, float]:
    """Seconds from starting a `serve` process to its first pooled sample, and the process's peak RSS."""
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", DAEMON, preset, backend, str(cache), str(out)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = process.stdout.readline()
    seconds = time.perf_counter() - started
    rest, errors = process.communicate()
    if line.strip() != "pooled" or process.returncode:
        raise RuntimeError(f"the daemon did not pool a sample:\n{errors}")
    return seconds, float(rest.split()[-1])


def start_figures(tmp: Path):
    published = tmp / "published"
    save_model_folder(published, UNet(ARCHS["published"]), ARCHS["published"], "# benchmark\n")
    (tmp / "published.toml").write_text(f'pad = "kick"\nmodel = "{published}"\nsampler = "dpmpp-2m"\nsteps = 10\n')
    cases = [("bundled kick", str(ROOT / "presets" / "kick.toml")), ("published", str(tmp / "published.toml"))]
    print("daemon start to the first pooled sample (one process each, pool depth 1, the preset's steps), "
          "and the process's peak RSS:")
    starts = []
    for label, preset in cases:
        for backend in cpu_backends():
            cache = tmp / f"cache-{label}-{backend}"
            for run in ("cold", "warm") if backend == "openvino" else (None,):
                seconds, rss = daemon_start(preset, backend, cache, tmp / "out")
                starts.append({"model": label, "backend": backend, "cache": run, "seconds": seconds,
                               "peak_rss_mib": rss})
                print(f"  {label:13} {backend:9} {f'{run} cache' if run else '':11} {seconds:6.1f} s  peak RSS "
                      f"{rss:5.0f} MiB", flush=True)
    return starts


def batch_figures():
    """Samples per second of 10-step samples at batch 1, 2 and 4 on the bundled kick model, interleaved."""
    runs = {}
    for backend in cpu_backends():
        pipe = Pipeline.load(str(ROOT / "presets" / "models" / "kick"), device="cpu", backend=backend)
        for batch in (1, 2, 4):
            runs[backend, batch] = lambda p=pipe, b=batch: p.generate([1], count=b, steps=10)
    times = interleaved(runs, 2)
    print(f"bundled kick, 10-step dpmpp-2m samples per second by batch size ({torch.get_num_threads()} threads, "
          f"interleaved, best of 2):")
    for (backend, batch), seconds in times.items():
        print(f"  {backend:9} batch {batch}  {batch / seconds:5.2f} samples/s  ({seconds * 1000 / batch:.0f} ms each)")
    return [{"backend": backend, "batch": batch, "samples_per_s": batch / seconds}
            for (backend, batch), seconds in times.items()]


def main() -> dict:
    figures = {"threads": torch.get_num_threads(), "batches": batch_figures()}
    with tempfile.TemporaryDirectory() as tmp:
        figures["starts"] = start_figures(Path(tmp))
    return figures


def markdown(figures: dict) -> str:
    lines = [f"The bundled kick's 10-step `dpmpp-2m` samples per second by batch size, {figures['threads']} threads, "
             "interleaved, best of 2 (pool refills batch a pad's missing samples):", "",
             "| backend | batch | samples/s |", "|---|---|---|"]
    lines += [f"| {run['backend']} | {run['batch']} | {run['samples_per_s']:.2f} |" for run in figures["batches"]]
    lines += ["", "`padfusion serve` from its start to the first pooled sample (one process each, pool depth 1, the "
              "preset's steps), and the process's peak RSS; OpenVINO with a cold cache (the conversion included) and "
              "a warm one. The published configuration is random-initialised.", "",
              "| model | backend | seconds | peak RSS MiB |", "|---|---|---|---|"]
    for run in figures["starts"]:
        backend = run["backend"] + (f", {run['cache']} cache" if run["cache"] else "")
        lines.append(f"| {run['model']} | {backend} | {run['seconds']:.1f} | {run['peak_rss_mib']:.0f} |")
    return "\n".join(lines) + "\n"
