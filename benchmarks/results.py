"""Benchmark results: each bench module's newest figures, as data, in `benchmarks/results/<module>.json`.

A results file holds when and where it was measured (date, machine, git commit) beside the figures, so that a
number is never read without its circumstances. The pages in docs/ and the models' score tables are generated
from these files (`python -m benchmarks.pages`); prose does not repeat them.
"""

import datetime
import json
import os
import platform
import subprocess
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"
ROOT = RESULTS.parents[1]
# What a measurement depends on (the code, the presets and models), less what `make bench` writes itself.
MEASURED = ("bridge", "model", "benchmarks", "presets", ":!benchmarks/results", ":!presets/models/*/README.md")


def not_measured(why: str) -> dict:
    """The figures of a bench, or of one part of it, that could not be measured here, and why."""
    return {"not_measured": why}


def record(module: str, figures: dict, folder: Path = RESULTS) -> Path:
    """Write `figures` as the newest results of `module` (e.g. "bench_quality"), with date, machine and commit."""
    folder.mkdir(parents=True, exist_ok=True)
    result = {"module": module, "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
              "commit": commit(), "machine": machine(), "figures": figures}
    path = folder / f"{module}.json"
    path.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n")
    return path


def load(module: str, folder: Path = RESULTS) -> dict | None:
    path = folder / f"{module}.json"
    return json.loads(path.read_text()) if path.is_file() else None


def machine() -> dict:
    import torch

    described = {"cpu": cpu_model(), "cores": os.cpu_count(), "system": f"{platform.system()} {platform.machine()}",
                 "python": platform.python_version(), "torch": torch.__version__.split("+")[0],
                 "torch_threads": torch.get_num_threads(),
                 "gpu": torch.cuda.get_device_name() if torch.cuda.is_available() else None}
    try:
        import openvino

        described["openvino"] = openvino.__version__.split("-")[0]
    except ImportError:
        described["openvino"] = None
    return described


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def commit() -> str | None:
    """The checkout's commit, with "+changes" when its code, presets or models differ from it."""
    try:
        head = subprocess.run(["git", "rev-parse", "--short=12", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                              check=True).stdout.strip()
        changed = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no", "--", *MEASURED],
                                 cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None  # not a git checkout
    return head + ("+changes" if changed else "")
