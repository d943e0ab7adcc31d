"""Tuning a model's DPM-Solver++ schedule: the noise levels at which a few steps land closest to the
converged solution of the same probability-flow ODE.

Where a few steps spend their noise levels decides what they miss, and that differs from model to model: a
kick's body and a hi-hat's sizzle form at different noise levels, and a quiet decay is decided at the lowest.
So, as Align Your Steps (Sabour et al., 2024) does for image models, the steps are searched per model, scoring
each schedule by how far its samples are from the 200-step solution from the same noise on a few seeds: first
the best of the power schedules sigma = (1 - i/n)^p and of schedules evenly spaced in log-SNR, then a
coordinate search on the size of each step. The schedule is then judged on other seeds, since a search on a
few seeds can flatter itself.

"How far" is measured as `padfusion eval` would see it (`describe`): the clips' band profile, envelope,
centroid and flatness, hiss in the decay, tail and level, all in dB. A waveform distance (relative RMS) is
dominated by the loud attack and blind to hiss in a quiet decay: two schedules it rates alike can differ
widely in the hiss they leave (docs/experiments.md, "Tuning schedules by waveform distance").
"""

from dataclasses import dataclass

import numpy as np
import torch
from tqdm import tqdm

from padfusion.model import diffusion, evaluate

POWERS = (1.0, 1.5, 2.0, 3.0)  # power schedules the search may start from
LOGSNR_RANGES = ((-4.0, 3.0), (-4.0, 4.0), (-4.0, 5.0), (-3.0, 4.0), (-3.0, 5.0), (-2.0, 4.0), (-2.0, 6.0))
STEP_FACTORS = (1.5, 1.25, 1.12)  # each pass of the search tries every step this much larger and smaller
REFERENCE_STEPS = 200


def describe(batch) -> np.ndarray:
    """Each clip of a (clips, channels, samples) batch as `padfusion eval` describes it, plus its level: a row
    of dB values per clip."""
    rows = []
    for clip in batch.double().cpu().numpy():
        x = evaluate.analysis_window(clip)
        level = evaluate.decibels(np.mean(x**2))
        rows.append(np.concatenate([evaluate.descriptors(x), [evaluate.hiss_db(x), evaluate.tail_db(x), level]]))
    return np.array(rows)


def distance(x, target) -> float:
    """Mean distance, in dB, between the descriptions of each clip and of its target clip."""
    return float(np.linalg.norm(describe(x) - describe(target), axis=1).mean())


def reference_solution(net, noise):
    return diffusion.sample_vsampler(net, noise, diffusion.linear_sigmas(REFERENCE_STEPS))


def schedule_from_steps(step_sizes) -> list[float]:
    """Noise levels falling from 1 to 0 by steps proportional to `step_sizes`."""
    remaining = 1 - torch.cumsum(step_sizes / step_sizes.sum(), 0)
    return [1.0] + [round(float(s), 6) for s in remaining[:-1]] + [0.0]


def starting_schedules(steps: int):
    """The step sizes of the schedules the coordinate search may start from."""
    for power in POWERS:
        yield -torch.diff(torch.linspace(1, 0, steps + 1, dtype=torch.float64) ** power)
    for lambda_min, lambda_max in LOGSNR_RANGES:
        yield -torch.diff(diffusion.logsnr_sigmas(steps, lambda_min, lambda_max).double())


@torch.no_grad()
def tune_schedule(net, noise, steps: int = 10, progress: bool = False) -> list[float]:
    """The DPM-Solver++ schedule of `steps` steps closest to the 200-step solution from `noise`."""
    target = reference_solution(net, noise)

    def error(step_sizes):
        sigmas = torch.tensor(schedule_from_steps(step_sizes))
        return distance(diffusion.sample_dpmpp_2m(net, noise, sigmas), target)

    starts = list(starting_schedules(steps))
    bar = tqdm(total=len(starts) + len(STEP_FACTORS) * steps * 2, desc="tuning", unit="solve", disable=not progress)
    best = float("inf")
    for trial in starts:
        if (e := error(trial)) < best:
            best, step_sizes = e, trial
        bar.update()
    for factor in STEP_FACTORS:
        for i in range(steps):
            for scale in (factor, 1 / factor):
                trial = step_sizes.clone()
                trial[i] *= scale
                if (e := error(trial)) < best:
                    best, step_sizes = e, trial
                bar.update()
                bar.set_postfix(distance=f"{best:.2f}")
    bar.close()
    return schedule_from_steps(step_sizes)


@dataclass
class ScheduleReport:
    """Distances (`distance`, dB) to the 200-step solution on seeds the search did not see."""

    linear: float  # DPM-Solver++ on evenly spaced noise levels
    tuned: float  # DPM-Solver++ on the tuned schedule
    vsampler_50: float  # VSampler at its default 50 steps, for comparison


@torch.no_grad()
def judge_schedule(net, noise, schedule, steps: int = 10) -> ScheduleReport:
    target = reference_solution(net, noise)
    solve = lambda sampler, sigmas: distance(sampler(net, noise, sigmas), target)  # noqa: E731
    return ScheduleReport(
        linear=solve(diffusion.sample_dpmpp_2m, diffusion.linear_sigmas(steps)),
        tuned=solve(diffusion.sample_dpmpp_2m, diffusion.tuned_sigmas(schedule, steps)),
        vsampler_50=solve(diffusion.sample_vsampler, diffusion.linear_sigmas(50)),
    )
