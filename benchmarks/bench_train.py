"""Training figures: memory of one training step of the published configuration at batch 1, with and without
gradient checkpointing (peak RSS on the CPU; peak VRAM on a GPU where there is one), and step time.
Run with `make bench` (or `python -m benchmarks bench_train`)."""

import subprocess
import sys

import torch

from benchmarks.results import not_measured

TITLE = "Training memory and step time"

STEP = """
import resource, sys, time, torch
from padfusion.model import diffusion
from padfusion.model.unet import ARCHS, UNet
device, checkpointing = sys.argv[1], sys.argv[2] == "1"
net = UNet(ARCHS["published"]).to(device)
net.checkpointing = checkpointing
optimizer = torch.optim.AdamW(net.parameters(), lr=1e-4)
x = torch.randn(1, 2, 32768, device=device)
for _ in range(2):
    started = time.perf_counter()
    diffusion.v_loss(net, x).backward()
    optimizer.step(); optimizer.zero_grad(set_to_none=True)
    if device == "cuda": torch.cuda.synchronize()
    seconds = time.perf_counter() - started
peak = torch.cuda.max_memory_allocated() / 2**20 if device == "cuda" else \
    resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(peak, seconds)
"""


def measure(device: str, checkpointing: bool) -> tuple[float, float]:
    out = subprocess.run([sys.executable, "-c", STEP, device, "1" if checkpointing else "0"], capture_output=True,
                         text=True, check=True)
    peak, seconds = map(float, out.stdout.split())
    return peak, seconds


def main() -> dict:
    figures = {}
    for device in ("cpu", "cuda"):
        if device == "cuda" and not torch.cuda.is_available():
            figures[device] = not_measured("no CUDA GPU here")
            print("no CUDA GPU here: training memory on a GPU not measured")
            continue
        unit = "peak VRAM" if device == "cuda" else "peak RSS"
        print(f"published config, batch 1, one AdamW step on {device}:")
        figures[device] = {}
        for checkpointing in (False, True):
            peak, seconds = measure(device, checkpointing)
            figures[device]["with" if checkpointing else "without"] = {"peak_mib": peak, "s_per_step": seconds}
            print(f"  {'with' if checkpointing else 'without':7} checkpointing  {unit} {peak:6.0f} MiB  "
                  f"{seconds:5.2f} s/step", flush=True)
    return figures


def markdown(figures: dict) -> str:
    lines = ["The published configuration, batch 1, one AdamW step (the second of two), in a process of its own: "
             "peak memory (RSS on the CPU, allocated VRAM on a GPU) with and without gradient checkpointing.", "",
             "| device | checkpointing | peak MiB | s/step |", "|---|---|---|---|"]
    for device, runs in figures.items():
        if "not_measured" in runs:
            lines.append(f"| {device} | not measured: {runs['not_measured']} | | |")
            continue
        for name, run in runs.items():
            lines.append(f"| {device} | {name} | {run['peak_mib']:.0f} | {run['s_per_step']:.2f} |")
    return "\n".join(lines) + "\n"
