"""Tuning a model's DPM-Solver++ schedule: the noise levels at which a few steps land closest to the
converged solution of the same probability-flow ODE.

Evenly spaced noise levels spend steps where a model's prediction hardly changes and skimp where it
changes fast, and where that happens differs from model to model: a kick's body and a hi-hat's sizzle form
at different noise levels. So, as Align Your Steps (Sabour et al., 2024) does for image models, the steps
are searched per model, scoring each schedule by its distance to the 200-step solution from the same noise
on a few seeds: first the best of the power schedules sigma = (1 - i/n)^p, then a coordinate search on the
size of each step (a search from evenly spaced steps alone gets stuck with a tiny first step). The schedule
is then judged on other seeds, since a search on four seeds can flatter itself.
"""

from dataclasses import dataclass

import torch
from tqdm import tqdm

from padfusion.model import diffusion

POWERS = (1.0, 1.5, 2.0, 3.0)  # the power schedules the search starts from
STEP_FACTORS = (1.5, 1.25, 1.12)  # each pass of the search tries every step this much larger and smaller
REFERENCE_STEPS = 200


def distance(x, target) -> float:
    """Relative RMS distance of a batch of waveforms to the target batch."""
    return ((x - target).norm() / target.norm()).item()


def reference_solution(net, noise):
    return diffusion.sample_vsampler(net, noise, diffusion.linear_sigmas(REFERENCE_STEPS))


def schedule_from_steps(step_sizes) -> list[float]:
    """Noise levels falling from 1 to 0 by steps proportional to `step_sizes`."""
    remaining = 1 - torch.cumsum(step_sizes / step_sizes.sum(), 0)
    return [1.0] + [round(float(s), 6) for s in remaining[:-1]] + [0.0]


@torch.no_grad()
def tune_schedule(net, noise, steps: int = 10, progress: bool = False) -> list[float]:
    """The DPM-Solver++ schedule of `steps` steps closest to the 200-step solution from `noise`."""
    target = reference_solution(net, noise)

    def error(step_sizes):
        sigmas = torch.tensor(schedule_from_steps(step_sizes))
        return distance(diffusion.sample_dpmpp_2m(net, noise, sigmas), target)

    bar = tqdm(total=len(POWERS) + len(STEP_FACTORS) * steps * 2, desc="tuning", unit="solve", disable=not progress)
    best = float("inf")
    for power in POWERS:
        trial = -torch.diff(torch.linspace(1, 0, steps + 1, dtype=torch.float64) ** power)
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
                bar.set_postfix(distance=f"{best:.4f}")
    bar.close()
    return schedule_from_steps(step_sizes)


@dataclass
class ScheduleReport:
    """Distances to the 200-step solution on seeds the search did not see."""

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
