"""Training figures: memory of one training step of the published configuration at batch 1, with and without
gradient checkpointing (peak RSS on the CPU; peak VRAM on a GPU where there is one), and step time."""

import subprocess
import sys

import torch

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


def main():
    devices = ["cpu"] + (["cuda"] if torch.cuda.is_available() else [])
    for device in devices:
        unit = "peak VRAM" if device == "cuda" else "peak RSS"
        plain, plain_s = measure(device, False)
        ckpt, ckpt_s = measure(device, True)
        print(f"published config, batch 1, one AdamW step on {device}:")
        print(f"  without checkpointing  {unit} {plain:6.0f} MiB  {plain_s:5.2f} s/step")
        print(f"  with checkpointing     {unit} {ckpt:6.0f} MiB  {ckpt_s:5.2f} s/step  ({plain - ckpt:.0f} MiB less)")
