"""Model figures: published-config forward speed against the reference, inference memory, sampler accuracy,
and the bundled models' time per sample. Run with `make bench` (or `python -m benchmarks bench_model`)."""

import subprocess
import sys
import tempfile
import time
from pathlib import Path

import torch

from padfusion.model import diffusion
from padfusion.model.checkpoints import from_reference, save_model_folder
from padfusion.model.params import DEFAULT_STEPS
from padfusion.model.pipeline import Pipeline
from padfusion.model.tune import distance, reference_solution
from padfusion.model.unet import ARCHS, UNet, gflops_per_forward

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "presets" / "models"


def timed(fn, repeats: int) -> float:
    """Best of `repeats` after one warm-up: the least disturbed run on a shared machine."""
    fn()
    best = float("inf")
    for _ in range(repeats):
        started = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - started)
    return best


def cpu_peak_gflops() -> float:
    a, b = torch.randn(2048, 2048), torch.randn(2048, 2048)
    return 2 * 2048**3 / timed(lambda: a @ b, 5) / 1e9


def reference_unet(config):
    sys.path.insert(0, str(ROOT / "tests"))
    from test_model_parity import reference_model

    return reference_model(config, 0)


@torch.inference_mode()
def forward_speed():
    config = ARCHS["published"]
    ref = reference_unet(config)
    net = UNet(config).eval()
    net.load_state_dict(from_reference({k[4:]: v for k, v in ref.state_dict().items() if k.startswith("net.")}, config))
    x = torch.randn(1, 2, config.length, generator=torch.Generator().manual_seed(0))
    sigma = torch.tensor([0.5])
    t_ref = timed(lambda: ref.net(x, time=sigma), 3)
    t_ours = timed(lambda: net(x, sigma), 3)
    diff = (ref.net(x, time=sigma) - net(x, sigma)).abs().max().item()
    gflop, peak = gflops_per_forward(config), cpu_peak_gflops()
    print(f"published forward (1, 2, {config.length}), {gflop:.2f} GFLOP, {torch.get_num_threads()} threads:")
    print(f"  reference (a-unet 0.0.16)  {t_ref * 1000:7.0f} ms  {gflop / t_ref:6.1f} GFLOP/s")
    print(f"  PadFusion                  {t_ours * 1000:7.0f} ms  {gflop / t_ours:6.1f} GFLOP/s  "
          f"{t_ref / t_ours:.2f}x faster, max |diff| {diff:.1e}")
    print(f"  this CPU's fp32 matmul peak {peak:.0f} GFLOP/s: PadFusion reaches {100 * gflop / t_ours / peak:.0f}%")


# Profiler op names by kind of work; every other op is memory-bound element-wise work (norms, SiLU,
# modulation, residual adds, copies).
MATRIX_OPS = {
    "convolutions": ("aten::mkldnn_convolution",),
    "attention": ("aten::_scaled_dot_product_flash_attention_for_cpu",),
    "projections": ("aten::mm", "aten::addmm", "aten::bmm"),
}


@torch.inference_mode()
def forward_profile():
    """Where one published forward spends its time: the matrix work bounds what fusing the rest can gain."""
    net = UNet(ARCHS["published"]).eval()
    x, sigma = torch.randn(1, 2, ARCHS["published"].length), torch.tensor([0.5])
    net(x, sigma)
    with torch.profiler.profile() as prof:
        net(x, sigma)
    self_ms = {e.key: e.self_cpu_time_total / 1000 for e in prof.key_averages()}
    total = sum(self_ms.values())
    print(f"published forward under the profiler, {total:.0f} ms:")
    matrix = 0.0
    for kind, ops in MATRIX_OPS.items():
        ms = sum(self_ms.get(op, 0.0) for op in ops)
        matrix += ms
        print(f"  {kind:26} {ms:6.0f} ms  {100 * ms / total:3.0f}%")
    print(f"  {'element-wise and norms':26} {total - matrix:6.0f} ms  {100 * (total - matrix) / total:3.0f}%")
    print(f"  with the element-wise work free, the forward would be at most {total / matrix:.2f}x faster")


INFERENCE_RSS = """
import resource, sys, torch
from padfusion.model.pipeline import Pipeline
pipe = Pipeline.load(sys.argv[1], device="cpu")
pipe.generate([0], steps=10, sampler="dpmpp-2m")
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""


def inference_memory():
    with tempfile.TemporaryDirectory() as tmp:
        save_model_folder(tmp, UNet(ARCHS["published"]), ARCHS["published"], "# benchmark\n")
        out = subprocess.run([sys.executable, "-c", INFERENCE_RSS, tmp], capture_output=True, text=True, check=True)
    print(f"published config, load + one 10-step sample on CPU: peak RSS {float(out.stdout.split()[-1]):.0f} MB")


def sampler_accuracy(pipe: Pipeline, label: str, seeds=(1000, 1001, 1002, 1003)):
    """Distance to a 200-step solution from the same noise (relative RMS), per sampler, schedule and step
    count, on seeds `padfusion tune` does not tune on."""
    noise = pipe.noise(seeds).to(pipe.device)
    target = reference_solution(pipe.velocity, noise)
    runs = [("vsampler", 50, "even"), ("vsampler", 10, "even"), ("dpmpp-2m", 10, "even")]
    if pipe.config.sampling_schedule:
        runs += [("dpmpp-2m", 10, "tuned"), ("dpmpp-2m", 20, "tuned")]
    print(f"sampler accuracy on {label}, relative RMS distance to VSampler at 200 steps ({len(seeds)} seeds):")
    for name, steps, schedule in runs:
        sigmas = pipe.schedule(name, steps) if schedule == "tuned" else diffusion.linear_sigmas(steps)
        x = diffusion.SAMPLERS[name](pipe.velocity, noise, sigmas)
        print(f"  {name:9} {steps:3} steps, {schedule:5} {distance(x, target):.4f}")


def bundled_models() -> list[Path]:
    return sorted(p for p in BUNDLED.glob("*") if (p / "config.json").is_file())


def bundled_latency():
    for folder in bundled_models():
        pipe = Pipeline.load(str(folder), device="cpu")
        steps = DEFAULT_STEPS["dpmpp-2m"]
        seconds = timed(lambda: pipe.generate([7], steps=steps, sampler="dpmpp-2m"), 3)
        print(f"bundled {folder.name:6} ({pipe.net.num_parameters() / 1e6:.2f} M params): one sample, dpmpp-2m "
              f"{steps} steps, {seconds * 1000:.0f} ms on {pipe.device}")


def main():
    forward_speed()
    forward_profile()
    inference_memory()
    bundled_latency()
    for folder in bundled_models():
        sampler_accuracy(Pipeline.load(str(folder), device="cpu"), f"the bundled {folder.name} model")
    gpu_figures()


def gpu_figures():
    """Published config on the GPU, where there is one: time per sample and peak VRAM at 10 and 50 steps."""
    if not torch.cuda.is_available():
        print("no CUDA GPU here: GPU latency and VRAM not measured")
        return
    with tempfile.TemporaryDirectory() as tmp:
        save_model_folder(tmp, UNet(ARCHS["published"]), ARCHS["published"], "# benchmark\n")
        for half in (False, True):
            pipe = Pipeline.load(tmp, device="cuda", half=half)
            for sampler, steps in (("dpmpp-2m", 10), ("vsampler", 50)):
                torch.cuda.reset_peak_memory_stats()
                def run():
                    pipe.generate([0], steps=steps, sampler=sampler)
                    torch.cuda.synchronize()
                seconds = timed(run, 3)
                print(f"{torch.cuda.get_device_name()} {'fp16' if half else 'fp32'} {sampler} {steps} steps: "
                      f"{seconds * 1000:.0f} ms/sample, peak VRAM {torch.cuda.max_memory_allocated() / 2**20:.0f} MiB")
