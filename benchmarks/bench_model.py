"""Model figures: published-config forward speed against the reference, inference memory, sampler accuracy,
and the bundled models' time per sample. Run with `make bench` (or `python -m benchmarks bench_model`)."""

import subprocess
import sys
import tempfile
import time
from pathlib import Path

import torch

from benchmarks.results import not_measured
from padfusion.model import backends, diffusion
from padfusion.model.checkpoints import from_reference, save_model_folder
from padfusion.model.params import DEFAULT_STEPS
from padfusion.model.pipeline import Pipeline
from padfusion.model.tune import distance, reference_solution
from padfusion.model.unet import ARCHS, UNet, gflops_per_forward

TITLE = "Model speed, memory and sampler accuracy"
ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "presets" / "models"


def timed(fn, repeats: int) -> float:
    """Best of `repeats` after one warm-up: the least disturbed run on a shared machine."""
    return interleaved({"fn": fn}, repeats)["fn"]


def interleaved(fns: dict, rounds: int) -> dict[str, float]:
    """Best seconds of each function over `rounds` rounds that run them in turn, after one warm-up each: on a
    shared machine a disturbance then falls on all of them alike, and the best run is the least disturbed."""
    for fn in fns.values():
        fn()
    best = dict.fromkeys(fns, float("inf"))
    for _ in range(rounds):
        for name, fn in fns.items():
            started = time.perf_counter()
            fn()
            best[name] = min(best[name], time.perf_counter() - started)
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
    """The published configuration's forward: the reference, PadFusion's PyTorch code and OpenVINO (where it is
    installed), interleaved in one process. Goal (issue 14): OpenVINO at least 2.5x faster than the reference."""
    config = ARCHS["published"]
    ref = reference_unet(config)
    net = UNet(config).eval()
    net.load_state_dict(from_reference({k[4:]: v for k, v in ref.state_dict().items() if k.startswith("net.")}, config))
    x = torch.randn(1, 2, config.length, generator=torch.Generator().manual_seed(0))
    sigma = torch.tensor([0.5])
    runs = {"reference (a-unet 0.0.16)": lambda: ref.net(x, time=sigma),
            "PadFusion, PyTorch eager": lambda: net(x, sigma)}
    if backends.openvino_installed():
        compiled = backends.OpenVINONet.load(net, config, "CPU")
        runs["PadFusion, OpenVINO CPU f32"] = lambda: compiled(x, sigma)
    times = interleaved(runs, 3)
    expected = ref.net(x, time=sigma)
    gflop, peak = gflops_per_forward(config), cpu_peak_gflops()
    print(f"published forward (1, 2, {config.length}), {gflop:.2f} GFLOP, {torch.get_num_threads()} threads, "
          f"interleaved, best of 3:")
    t_ref = times["reference (a-unet 0.0.16)"]
    figures = {"gflop": gflop, "threads": torch.get_num_threads(), "cpu_peak_gflops": peak, "runs": []}
    for (name, seconds), run in zip(times.items(), runs.values()):
        diff = (run() - expected).abs().max().item()
        figures["runs"].append({"name": name, "ms": seconds * 1000, "max_abs_diff": diff})
        print(f"  {name:28} {seconds * 1000:7.0f} ms  {gflop / seconds:6.1f} GFLOP/s  {t_ref / seconds:5.2f}x the "
              f"reference, max |diff| {diff:.1e}")
    fastest = min(times.values())
    print(f"  this CPU's fp32 matmul peak {peak:.0f} GFLOP/s: the fastest reaches {100 * gflop / fastest / peak:.0f}%; "
          f"goal >= 2.5x the reference: {'met' if t_ref / fastest >= 2.5 else 'not met'} ({t_ref / fastest:.2f}x)")
    return figures


@torch.inference_mode()
def openvino_options():
    """The published forward under OpenVINO's precision and threading options, interleaved."""
    import openvino

    config = ARCHS["published"]
    net = UNet(config).eval()
    x, sigma = torch.randn(1, 2, config.length, generator=torch.Generator().manual_seed(0)), torch.tensor([0.5])
    model = backends.load_model(net, config)
    core = openvino.Core()
    threads = torch.get_num_threads()
    bf16 = "BF16" in core.get_property("CPU", "OPTIMIZATION_CAPABILITIES")
    variants = {
        "LATENCY, f32 (PadFusion's)": {"PERFORMANCE_HINT": "LATENCY", "INFERENCE_PRECISION_HINT": "f32",
                                       "INFERENCE_NUM_THREADS": threads},
        "LATENCY, f32, 1 thread": {"PERFORMANCE_HINT": "LATENCY", "INFERENCE_PRECISION_HINT": "f32",
                                   "INFERENCE_NUM_THREADS": 1},
        "THROUGHPUT, f32": {"PERFORMANCE_HINT": "THROUGHPUT", "INFERENCE_PRECISION_HINT": "f32"},
        "NUM_STREAMS 1, no hint, f32": {"NUM_STREAMS": 1, "INFERENCE_PRECISION_HINT": "f32"},
        "LATENCY, bf16": {"PERFORMANCE_HINT": "LATENCY", "INFERENCE_PRECISION_HINT": "bf16",
                          "INFERENCE_NUM_THREADS": threads},
    }
    requests = {name: core.compile_model(model, "CPU", options).create_infer_request()
                for name, options in variants.items()}
    inputs = [x.numpy(), sigma.numpy()]
    expected = net(x, sigma)
    times = interleaved({name: (lambda r=r: r.infer(inputs)) for name, r in requests.items()}, 3)
    print(f"OpenVINO options, published forward, batch 1, interleaved, best of 3 (this CPU "
          f"{'computes' if bf16 else 'has no units to compute'} in bfloat16):")
    figures = {"cpu_computes_bf16": bf16, "runs": []}
    for name, seconds in times.items():
        diff = (torch.from_numpy(requests[name].infer(inputs)[0]) - expected).abs().max().item()
        figures["runs"].append({"name": name, "ms": seconds * 1000, "max_abs_diff": diff})
        print(f"  {name:28} {seconds * 1000:7.0f} ms  max |diff| {diff:.1e}")
    return figures


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
    kinds = {kind: sum(self_ms.get(op, 0.0) for op in ops) for kind, ops in MATRIX_OPS.items()}
    kinds["element-wise and norms"] = total - sum(kinds.values())
    for kind, ms in kinds.items():
        print(f"  {kind:26} {ms:6.0f} ms  {100 * ms / total:3.0f}%")
    matrix = total - kinds["element-wise and norms"]
    print(f"  with the element-wise work free, the forward would be at most {total / matrix:.2f}x faster")
    return {"total_ms": total, "ms_by_kind": kinds}


INFERENCE_RSS = """
import resource, sys
from pathlib import Path
from padfusion.model.pipeline import Pipeline
pipe = Pipeline.load(sys.argv[1], device="cpu", backend=sys.argv[2])
pipe.generate([0], steps=10, sampler="dpmpp-2m")
try:  # this process's own peak: Linux keeps ru_maxrss across exec, so it would include the benchmark's
    print(int(Path("/proc/self/status").read_text().split("VmHWM:")[1].split()[0]) / 1024)
except (OSError, IndexError):
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1024 if sys.platform != "darwin" else 2**20))
"""


def cpu_backends() -> list[str]:
    return ["torch"] + (["openvino"] if backends.openvino_installed() else [])


def inference_memory():
    """Peak RSS of a process that loads the published configuration and makes one 10-step sample, per backend
    (OpenVINO's conversion cached by a first run: `bench_backends` has the first-run figures)."""
    peaks = {}
    with tempfile.TemporaryDirectory() as tmp:
        save_model_folder(tmp, UNet(ARCHS["published"]), ARCHS["published"], "# benchmark\n")
        for backend in cpu_backends():
            for _ in range(2 if backend == "openvino" else 1):
                out = subprocess.run([sys.executable, "-c", INFERENCE_RSS, tmp, backend], capture_output=True,
                                     text=True, check=True)
            peaks[backend] = float(out.stdout.split()[-1])
            print(f"published config, load + one 10-step sample, {backend} on the CPU: peak RSS "
                  f"{peaks[backend]:.0f} MiB")
    return peaks


def sampler_accuracy(pipe: Pipeline, label: str, seeds=(1000, 1001, 1002, 1003)):
    """Distance to a 200-step solution from the same noise (`padfusion tune`'s: descriptors, in dB), per
    sampler, schedule and step count, on seeds `padfusion tune` does not tune on."""
    noise = pipe.noise(seeds).to(pipe.device)
    target = reference_solution(pipe.velocity, noise)
    runs = [("vsampler", 50, "even"), ("vsampler", 10, "even"), ("dpmpp-2m", 10, "even")]
    if pipe.config.sampling_schedule:
        runs += [("dpmpp-2m", 10, "tuned"), ("dpmpp-2m", 20, "tuned")]
    print(f"sampler accuracy on {label}, distance in dB to VSampler at 200 steps ({len(seeds)} seeds):")
    figures = []
    for name, steps, schedule in runs:
        sigmas = pipe.schedule(name, steps) if schedule == "tuned" else diffusion.linear_sigmas(steps)
        x = diffusion.SAMPLERS[name](pipe.velocity, noise, sigmas)
        figures.append({"sampler": name, "steps": steps, "schedule": schedule, "distance": distance(x, target)})
        print(f"  {name:9} {steps:3} steps, {schedule:5} {figures[-1]['distance']:.2f} dB")
    return figures


def bundled_models() -> list[Path]:
    return sorted(p for p in BUNDLED.glob("*") if (p / "config.json").is_file())


def sample_latency():
    """One 10-step dpmpp-2m sample end to end (noise to post-processed audio), per backend, interleaved: the
    bundled kick (the bundled models share its architecture; goal: at most 0.3 s) and the published
    configuration (random weights: the time depends on the architecture only)."""
    steps = DEFAULT_STEPS["dpmpp-2m"]
    figures = []
    with tempfile.TemporaryDirectory() as tmp:
        save_model_folder(tmp, UNet(ARCHS["published"]), ARCHS["published"], "# benchmark\n")
        for label, folder, rounds in (("bundled kick", BUNDLED / "kick", 3), ("published (random weights)", tmp, 1)):
            pipes = {backend: Pipeline.load(str(folder), device="cpu", backend=backend) for backend in cpu_backends()}
            times = interleaved({b: (lambda p=p: p.generate([7], steps=steps, sampler="dpmpp-2m"))
                                 for b, p in pipes.items()}, rounds)
            params = pipes["torch"].net.num_parameters()
            figures.append({"model": label, "parameters": params, "steps": steps, "rounds": rounds,
                            "threads": torch.get_num_threads(), "ms": {b: s * 1000 for b, s in times.items()}})
            printed = ", ".join(f"{b} {seconds * 1000:.0f} ms" for b, seconds in times.items())
            print(f"{label} ({params / 1e6:.2f} M params): one sample, dpmpp-2m {steps} "
                  f"steps on the CPU, {torch.get_num_threads()} threads, best of {rounds}: {printed}", flush=True)
    return figures


def main() -> dict:
    return {
        "forward": forward_speed(),
        "openvino_options": openvino_options() if backends.openvino_installed() else not_measured(
            "OpenVINO is not installed"),
        "profile": forward_profile(),
        "inference_peak_rss_mib": inference_memory(),
        "sample_latency": sample_latency(),
        "sampler_accuracy": {folder.name: sampler_accuracy(Pipeline.load(str(folder), device="cpu"),
                                                           f"the bundled {folder.name} model")
                             for folder in bundled_models()},
        "gpu": gpu_figures(),
    }


def gpu_figures():
    """Published config on the GPU, where there is one: time per sample and peak VRAM at 10 and 50 steps."""
    if not torch.cuda.is_available():
        print("no CUDA GPU here: GPU latency and VRAM not measured")
        return not_measured("no CUDA GPU here")
    figures = {"gpu": torch.cuda.get_device_name(), "runs": []}
    with tempfile.TemporaryDirectory() as tmp:
        save_model_folder(tmp, UNet(ARCHS["published"]), ARCHS["published"], "# benchmark\n")
        for half in (False, True):
            pipe = Pipeline.load(tmp, device="cuda", half=half)
            for sampler, steps in (("dpmpp-2m", 10), ("vsampler", 50)):
                torch.cuda.reset_peak_memory_stats()
                def run(pipe=pipe, steps=steps, sampler=sampler):
                    pipe.generate([0], steps=steps, sampler=sampler)
                    torch.cuda.synchronize()
                seconds = timed(run, 3)
                figures["runs"].append({"precision": "fp16" if half else "fp32", "sampler": sampler, "steps": steps,
                                        "ms": seconds * 1000,
                                        "peak_vram_mib": torch.cuda.max_memory_allocated() / 2**20})
                print(f"{torch.cuda.get_device_name()} {'fp16' if half else 'fp32'} {sampler} {steps} steps: "
                      f"{seconds * 1000:.0f} ms/sample, peak VRAM {figures['runs'][-1]['peak_vram_mib']:.0f} MiB")
    return figures


def markdown(figures: dict) -> str:
    forward = figures["forward"]
    reference = forward["runs"][0]["ms"]
    lines = [f"The published configuration's forward, one clip (1, 2, 32768), {forward['gflop']:.2f} GFLOP, "
             f"{forward['threads']} threads, interleaved, best of 3; this CPU's float32 matrix multiply peaks at "
             f"{forward['cpu_peak_gflops']:.0f} GFLOP/s. Goal: at least 2.5x the reference.", "",
             "| implementation | ms | GFLOP/s | share of the peak | vs the reference | max abs diff |",
             "|---|---|---|---|---|---|"]
    for run in forward["runs"]:
        rate = forward["gflop"] / run["ms"] * 1000
        lines.append(f"| {run['name']} | {run['ms']:.0f} | {rate:.1f} | {100 * rate / forward['cpu_peak_gflops']:.0f}% "
                     f"| {reference / run['ms']:.2f}x | {run['max_abs_diff']:.1e} |")
    options = figures["openvino_options"]
    lines += ["", "OpenVINO's options on the same forward, interleaved, best of 3:", ""]
    if "not_measured" in options:
        lines.append(f"Not measured: {options['not_measured']}.")
    else:
        lines += [f"This CPU {'computes' if options['cpu_computes_bf16'] else 'has no units to compute'} in "
                  "bfloat16.", "", "| options | ms | max abs diff |", "|---|---|---|"]
        lines += [f"| {run['name']} | {run['ms']:.0f} | {run['max_abs_diff']:.1e} |" for run in options["runs"]]
    profile = figures["profile"]
    lines += ["", f"Where one published forward spends its time under the profiler ({profile['total_ms']:.0f} ms): the "
              "matrix work bounds what fusing the rest can gain.", "", "| kind of work | ms | share |", "|---|---|---|"]
    lines += [f"| {kind} | {ms:.0f} | {100 * ms / profile['total_ms']:.0f}% |"
              for kind, ms in profile["ms_by_kind"].items()]
    lines += ["", "Peak RSS of a process that loads the published configuration and makes one 10-step sample "
              "(OpenVINO's conversion cached by a first run):", "", "| backend | peak RSS MiB |", "|---|---|"]
    lines += [f"| {backend} | {mib:.0f} |" for backend, mib in figures["inference_peak_rss_mib"].items()]
    latency = figures["sample_latency"]
    backends_measured = list(latency[0]["ms"])
    lines += ["", f"One {latency[0]['steps']}-step `dpmpp-2m` sample end to end (noise to post-processed audio) on the "
              f"CPU, {latency[0]['threads']} threads, interleaved, best of N. Goal: at most 0.3 s for the bundled "
              "models.", "", f"| model | parameters | {' | '.join(f'{b} ms' for b in backends_measured)} |",
              "|---|---|" + "---|" * len(backends_measured)]
    for run in latency:
        lines.append(f"| {run['model']} (best of {run['rounds']}) | {run['parameters'] / 1e6:.2f} M | "
                     + " | ".join(f"{run['ms'][b]:.0f}" for b in backends_measured) + " |")
    lines += ["", "Sampler accuracy: distance to VSampler at 200 steps from the same noise, as `padfusion tune` "
              "measures it (the clips' descriptors, in dB), on 4 seeds it does not tune on (lower is closer).", "",
              "| model | sampler | steps | schedule | distance dB |", "|---|---|---|---|---|"]
    for model, runs in figures["sampler_accuracy"].items():
        lines += [f"| {model} | {run['sampler']} | {run['steps']} | {run['schedule']} | {run['distance']:.2f} |"
                  for run in runs]
    gpu = figures["gpu"]
    lines += ["", "The published configuration on a GPU: time per sample and peak VRAM.", ""]
    if "not_measured" in gpu:
        lines.append(f"Not measured: {gpu['not_measured']}.")
    else:
        lines += ["| GPU | precision | sampler | steps | ms/sample | peak VRAM MiB |", "|---|---|---|---|---|---|"]
        lines += [f"| {gpu['gpu']} | {run['precision']} | {run['sampler']} | {run['steps']} | {run['ms']:.0f} | "
                  f"{run['peak_vram_mib']:.0f} |" for run in gpu["runs"]]
    return "\n".join(lines) + "\n"
