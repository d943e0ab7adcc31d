"""Samplers, variations, interpolation and seeds, checked against exact answers.

For data drawn from N(0, s^2 I) the ideal v-prediction is known in closed form, and the probability
flow ODE from sigma = 1 maps starting noise z to exactly s * z. A deterministic sampler's error against
that answer measures its accuracy; a second-order solver must beat a first-order one.
"""

import math

import pytest
import torch

from padfusion.model import diffusion
from padfusion.model.audio import postprocess
from padfusion.model.tune import distance, judge_schedule, tune_schedule

S = 0.5  # standard deviation of the Gaussian "data"


def gaussian_net(x, sigma):
    """The exact v-prediction for data ~ N(0, S^2): x0_hat = alpha S^2 x / (alpha^2 S^2 + beta^2)."""
    alpha, beta = (a[:, None, None].double() for a in diffusion.alpha_beta(sigma))
    x = x.double()
    x0 = alpha * S**2 * x / (alpha**2 * S**2 + beta**2)
    eps = (x - alpha * x0) / beta
    return (alpha * eps - beta * x0).float()


def noise(seed=0, count=4, length=4096):
    return diffusion.seed_noise(seed, (count, 2, length))


def ode_error(sampler, steps):
    z = noise()
    out = diffusion.SAMPLERS[sampler](gaussian_net, z, diffusion.linear_sigmas(steps))
    return (out - S * z).abs().max().item()


def test_dpmpp_2m_is_second_order_and_beats_vsampler():
    e10, e20 = ode_error("dpmpp-2m", 10), ode_error("dpmpp-2m", 20)
    assert e20 < e10 / 3  # error falls about 4x when the steps double
    assert e20 < ode_error("vsampler", 50) / 5
    assert ode_error("dpmpp-2m", 200) < 2e-3


def test_vsampler_converges_to_the_ode_solution():
    assert ode_error("vsampler", 200) < ode_error("vsampler", 20) < ode_error("vsampler", 5)


def test_samplers_share_one_signature_and_report_progress():
    for name, sampler in diffusion.SAMPLERS.items():
        seen = []
        out = sampler(gaussian_net, noise(), diffusion.linear_sigmas(4), generator=torch.Generator().manual_seed(0),
                      callback=lambda i, x0: seen.append(i))  # noqa: B023 - called here
        assert out.shape == noise().shape and torch.isfinite(out).all(), name
        assert seen == [0, 1, 2, 3], name


def test_ancestral_is_stochastic_but_reproducible_and_has_the_data_spread():
    def run(seed):
        return diffusion.sample_ancestral(gaussian_net, noise(count=8, length=8192), diffusion.linear_sigmas(200),
                                          generator=torch.Generator().manual_seed(seed))

    a, b, c = run(1), run(1), run(2)
    assert torch.equal(a, b)
    assert (a - c).abs().mean() > 0.1
    assert a.std().item() == pytest.approx(S, rel=0.05)  # samples are distributed as the data


def test_dpmpp_2m_sde_is_stochastic_but_reproducible_has_the_data_spread_and_is_the_ode_at_eta_0():
    def run(seed, steps=50, **options):
        return diffusion.sample_dpmpp_2m_sde(gaussian_net, noise(count=8, length=8192), diffusion.linear_sigmas(steps),
                                             generator=torch.Generator().manual_seed(seed), **options)

    a, b, c = run(1), run(1), run(2)
    assert torch.equal(a, b)
    assert (a - c).abs().mean() > 0.1
    assert a.std().item() == pytest.approx(S, rel=0.05)
    ode = diffusion.sample_dpmpp_2m(gaussian_net, noise(count=8, length=8192), diffusion.linear_sigmas(10))
    assert torch.allclose(run(1, steps=10, eta=0.0), ode, atol=1e-5)


def test_variation_starts_at_strength_and_stays_near_the_source():
    source = S * noise(seed=7, count=1)
    sigmas_seen = []

    def net(x, sigma):
        sigmas_seen.append(float(sigma[0]))
        return gaussian_net(x, sigma)

    z = noise(seed=8, count=1)
    subtle = diffusion.sample_dpmpp_2m(net, diffusion.noise_to(source, 0.2, z), diffusion.linear_sigmas(10, 0.2))
    assert sigmas_seen[0] == pytest.approx(0.2)
    strong = diffusion.sample_dpmpp_2m(gaussian_net, diffusion.noise_to(source, 0.9, z),
                                       diffusion.linear_sigmas(10, 0.9))
    distance = lambda x: (x - source).norm().item()  # noqa: E731
    assert distance(subtle) < 0.5 * distance(strong)


def test_slerp_endpoints_and_norm():
    a, b = noise(seed=1, count=1), noise(seed=2, count=1)
    assert torch.allclose(diffusion.slerp(a, b, 0.0), a, atol=1e-5)
    assert torch.allclose(diffusion.slerp(a, b, 1.0), b, atol=1e-5)
    mid = diffusion.slerp(a, b, 0.5)
    assert mid.norm().item() == pytest.approx(a.norm().item(), rel=0.02)  # a plain average would shrink by 1/sqrt(2)
    assert (0.5 * (a + b)).norm().item() < 0.75 * a.norm().item()


def test_seed_noise_is_the_documented_cpu_stream():
    expected = torch.randn((3, 2, 1024), generator=torch.Generator("cpu").manual_seed(42))
    assert torch.equal(diffusion.seed_noise(42, (3, 2, 1024)), expected)
    assert torch.equal(diffusion.seed_noise(42, (1, 2, 1024))[0], expected[0])  # sample 0 of a batch = count 1


def test_coloured_noise_has_the_gains_asked_for_and_unit_power():
    white = diffusion.seed_noise(7, (2, 2, 32768))
    flat = torch.zeros(2, diffusion.NOISE_BANDS)
    assert torch.allclose(diffusion.colour_noise(white, flat, 44100), white, atol=1e-5)  # no colour: as it was

    colours = torch.tensor([[6.0, 0, 0, 0, 0, 0, 0, 0, -6.0], [-9.0, -3, 0, 0, 3, 0, 0, 0, 9.0]])
    coloured = diffusion.colour_noise(white, colours, 44100)
    assert coloured.square().mean().item() == pytest.approx(1.0, rel=0.02)
    change = diffusion.band_levels_db(coloured, 44100) - diffusion.band_levels_db(white, 44100)
    relative = colours - colours[:, 1:8].mean(1, keepdim=True)  # bands 1 to 7 sit near the mean gain
    assert change[:, 1:] - change[:, 1:8].mean(1, keepdim=True) == pytest.approx(relative[:, 1:].double(), abs=0.5)


def test_a_seed_draws_its_colour_with_its_noise():
    colours = ((6.0,) + (0.0,) * 8, (0.0,) * 8 + (6.0,))
    a = diffusion.seed_noise(42, (8, 2, 32768), colours)
    assert torch.equal(a, diffusion.seed_noise(42, (8, 2, 32768), colours))  # the same seed, the same sound
    levels = diffusion.band_levels_db(a, 44100)
    top = levels[:, -1] - levels[:, 0]  # +6 dB, or -6 dB
    assert (top > 3).any() and (top < -3).any()  # both colours drawn, each clearly one or the other
    assert ((top > 3) | (top < -3)).all()


def test_a_colour_spread_scales_the_drawn_colours_from_white():
    colours = ((6.0,) + (0.0,) * 8, (0.0,) * 8 + (6.0,))
    white = diffusion.seed_noise(42, (8, 2, 32768))
    assert torch.allclose(diffusion.seed_noise(42, (8, 2, 32768), colours, spread=0.0), white, atol=1e-5)

    def tilt(spread):  # each noise's top band over its bottom one, in dB
        levels = diffusion.band_levels_db(diffusion.seed_noise(42, (8, 2, 32768), colours, spread=spread), 44100)
        return levels[:, -1] - levels[:, 0]

    # the same draws, twice as far
    assert (tilt(2.0) - tilt(0.0)) == pytest.approx(2 * (tilt(1.0) - tilt(0.0)), abs=1.0)


def test_vsampler_schedule_is_linspace():
    sigmas = diffusion.linear_sigmas(50)
    assert torch.equal(sigmas, torch.linspace(1.0, 0.0, 51))
    alpha, beta = diffusion.alpha_beta(sigmas[:1])
    assert alpha.item() == pytest.approx(-4.371139e-08, abs=1e-12) and beta.item() == 1.0


def test_tuned_sigmas_keep_the_knots_and_stretch_between_them():
    knots = [1.0, 0.7, 0.3, 0.1, 0.0]
    assert diffusion.tuned_sigmas(knots, 4).tolist() == pytest.approx(knots)
    eight = diffusion.tuned_sigmas(knots, 8)
    assert eight[::2].tolist() == pytest.approx(knots) and eight[1].item() == pytest.approx(0.85)
    variation = diffusion.tuned_sigmas(knots, 5, sigma_max=0.5)  # from 0.5 down the same curve, over all 5 steps
    assert variation[0].item() == pytest.approx(0.5) and variation[-1].item() == 0
    assert len(variation) == 6 and bool((variation.diff() < 0).all())
    assert torch.allclose(diffusion.tuned_sigmas([1.0, 0.5, 0.0], 7, 0.8), diffusion.linear_sigmas(7, 0.8))


def test_a_tuned_schedule_beats_even_steps_on_noise_it_was_not_tuned_on():
    schedule = tune_schedule(gaussian_net, noise(seed=0), steps=4)
    assert len(schedule) == 5 and schedule[0] == 1 and schedule[-1] == 0
    report = judge_schedule(gaussian_net, noise(seed=1), schedule, steps=4)
    assert report.tuned < report.linear / 10
    assert report.tuned < report.vsampler_50  # 4 tuned steps beat 50 even ones on this smooth problem


def test_the_tuning_distance_hears_hiss_in_a_decay_that_a_waveform_distance_misses():
    t = torch.arange(32768) / 44100
    kick = (torch.sin(2 * math.pi * 60 * t) * torch.exp(-t / 0.1)).expand(1, 2, -1)
    hissy = kick + 1e-3 * torch.randn(kick.shape, generator=torch.Generator().manual_seed(0)) * (t > 0.5)
    assert ((hissy - kick).norm() / kick.norm()).item() < 0.01  # all but equal as waveforms
    assert distance(hissy, kick) > 20  # dB: the hiss and the tail are what differ
    assert distance(kick * 0.5, kick) == pytest.approx(20 * math.log10(2), abs=1e-6)  # only the level changed


def test_postprocess_removes_dc_fades_and_normalises():
    t = torch.arange(32768) / 44100
    audio = (0.3 * torch.sin(2 * math.pi * 60 * t) * torch.exp(-t * 3) + 0.2).expand(2, -1)[None]
    out = postprocess(audio)
    assert out.mean(-1).abs().max() < 1e-3
    assert out.abs().max().item() == pytest.approx(10 ** (-1 / 20), rel=1e-4)
    assert out[..., -1].abs().max() < 1e-6  # faded to silence
    assert torch.equal(postprocess(torch.zeros(1, 2, 4096)), torch.zeros(1, 2, 4096))
