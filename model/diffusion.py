"""v-diffusion: the training loss, noise schedules and samplers.

A noise level sigma in [0, 1] is an angle: x_sigma = alpha * x0 + beta * eps with alpha = cos(sigma pi/2),
beta = sin(sigma pi/2). The network predicts v = alpha * eps - beta * x0, from which
x0 = alpha * x_sigma - beta * v and eps = beta * x_sigma + alpha * v.

Every sampler has the signature `sampler(net, x, sigmas, *, generator=None, callback=None) -> x0`:
`x` is the start at noise level `sigmas[0]`, `sigmas` falls to 0, `net(x, sigma_vector) -> v`, and
`callback(i, x0_estimate)` reports progress. Deterministic samplers ignore `generator`.
"""

import math

import numpy as np
import torch

from padfusion.core.oneshot import SAMPLE_RATE


def alpha_beta(sigma):
    angle = sigma * math.pi / 2
    return torch.cos(angle), torch.sin(angle)


def v_loss(net, x0, generator=None, sigma_power: float = 1.0, noise_colours=None, sample_rate: int = SAMPLE_RATE):
    """Training objective: MSE between the predicted and the true velocity at noise levels sigma = u ** sigma_power,
    u ~ U[0, 1) (uniform sigma, the reference's, at power 1).

    A power above 1 spends more of the training on low noise levels. Loudness-normalised one-shots are quiet
    (RMS about 0.1), so above sigma = 0.5 the noise buries them; what a quiet decay sounds like, and whether hiss
    is left in it, is decided at the low levels.

    With `noise_colours` (B, bands), each clip's noise is coloured by its own colour (see `colour_noise`).
    """
    sigma = torch.rand(x0.shape[0], device=x0.device, generator=generator) ** sigma_power
    noise = torch.randn(x0.shape, device=x0.device, generator=generator)
    if noise_colours is not None:
        noise = colour_noise(noise, noise_colours, sample_rate)
    alpha, beta = (a[:, None, None] for a in alpha_beta(sigma))
    v_target = alpha * noise - beta * x0
    return torch.nn.functional.mse_loss(net(alpha * x0 + beta * noise, sigma), v_target)


# Schedules -------------------------------------------------------------------------------------------


def linear_sigmas(steps: int, sigma_max: float = 1.0):
    """Evenly spaced noise levels from sigma_max to 0: VSampler's schedule (linspace, as it computes it)."""
    return torch.linspace(sigma_max, 0.0, steps + 1)


def logsnr_sigmas(steps: int, lambda_min: float = -3.0, lambda_max: float = 4.0):
    """sigma = 1, then `steps - 1` noise levels evenly spaced in log-SNR lambda = log(alpha / beta) from lambda_min
    to lambda_max, then 0: the spacing DPM-Solver (Lu et al., 2022) recommends for few steps. It spends the steps
    where a quiet decay is decided (lambda = 4 is sigma = 0.012), which evenly spaced noise levels skimp."""
    lambdas = torch.linspace(lambda_min, lambda_max, steps - 1, dtype=torch.float64)
    levels = torch.atan(torch.exp(-lambdas)) * 2 / math.pi
    return torch.cat([torch.ones(1, dtype=torch.float64), levels, torch.zeros(1, dtype=torch.float64)]).float()


def tuned_sigmas(knots, steps: int, sigma_max: float = 1.0):
    """A schedule tuned for one model (`padfusion tune`), stretched to any number of steps.

    `knots` are the tuned noise levels, falling from 1 to 0 at evenly spaced step positions; other step
    counts interpolate them linearly in step position (as Align Your Steps does). A start below 1 (a
    variation) keeps the part of the schedule under sigma_max, spread over all the steps.
    """
    knots = np.asarray(knots, dtype=np.float64)
    positions = np.linspace(0.0, 1.0, len(knots))
    start = np.interp(sigma_max, knots[::-1], positions[::-1])  # where the schedule passes sigma_max
    sigmas = np.interp(np.linspace(start, 1.0, steps + 1), positions, knots)
    return torch.from_numpy(sigmas).float()


# Noise ------------------------------------------------------------------------------------------------


def seed_noise(seed: int, shape, colours=(), sample_rate: int = SAMPLE_RATE, spread: float = 1.0) -> torch.Tensor:
    """The starting noise of a seed, drawn on the CPU so that a seed means the same sound on every machine. For a
    model trained on coloured noise (`colours`, its noise_colours), each of the shape[0] noises is coloured by one
    of them, drawn by the seed after the noise, with its band gains times `spread`."""
    generator = torch.Generator("cpu").manual_seed(seed)
    noise = torch.randn(shape, generator=generator)
    if not colours:
        return noise
    colours = torch.as_tensor(colours)
    drawn = colours[torch.randint(len(colours), (shape[0],), generator=generator)]
    return colour_noise(noise, spread * drawn, sample_rate)


NOISE_BAND_EDGES_HZ = (100, 200, 400, 800, 1600, 3200, 6400, 12800)  # octaves; the first band starts at 0 Hz
NOISE_BANDS = len(NOISE_BAND_EDGES_HZ) + 1


def noise_bands(length: int, sample_rate: int) -> torch.Tensor:
    """The band (0 to NOISE_BANDS - 1) of each rfft bin of a clip this long."""
    return torch.bucketize(torch.fft.rfftfreq(length, 1 / sample_rate), torch.tensor(NOISE_BAND_EDGES_HZ),
                           right=True)


def band_levels_db(audio: torch.Tensor, sample_rate: int) -> torch.Tensor:
    """Each (B, C, T) clip's power per rfft bin in each octave band, in dB relative to its mean over all bins."""
    power = torch.fft.rfft(audio.double()).abs().square().mean(1)
    bands = noise_bands(audio.shape[-1], sample_rate)
    per_band = torch.zeros(len(audio), NOISE_BANDS, dtype=power.dtype).index_add_(1, bands, power)
    per_bin = per_band / torch.bincount(bands, minlength=NOISE_BANDS)
    return 10 * torch.log10(per_bin / power.mean(-1, keepdim=True) + 1e-12)


def colour_noise(noise: torch.Tensor, colours_db: torch.Tensor, sample_rate: int) -> torch.Tensor:
    """White noise (B, C, T) filtered by each clip's colour (B, bands): a gain in dB per octave band
    (`NOISE_BAND_EDGES_HZ`), scaled so the noise keeps unit power.

    A data-dependent prior, as PriorGrad (Lee et al., 2022) gives a vocoder: trained with noise coloured like
    each clip, the network reads a clip's colour from its noise. An unconditional model started from white
    noise has nothing that tells one hi-hat's colour from another's (the band energies of 32768 white samples
    hardly vary) and gives every hat the same spectrum; a colour drawn per sample from the training files'
    gives them the training files' variety.
    """
    gains = 10 ** (colours_db.to(noise.device, torch.float32)[:, noise_bands(noise.shape[-1], sample_rate)] / 20)
    gains = gains / gains.square().mean(-1, keepdim=True).sqrt()
    return torch.fft.irfft(torch.fft.rfft(noise.float()) * gains[:, None], n=noise.shape[-1]).to(noise.dtype)


def slerp(a, b, t: float):
    """Spherical interpolation between two noise tensors, keeping the norm a Gaussian sample would have."""
    a_flat, b_flat = a.flatten(1), b.flatten(1)
    cos = (a_flat * b_flat).sum(1) / (a_flat.norm(dim=1) * b_flat.norm(dim=1))
    omega = torch.acos(cos.clamp(-1, 1))[:, None, None]
    so = torch.sin(omega)
    if bool((so.abs() < 1e-6).any()):
        return (1 - t) * a + t * b
    return torch.sin((1 - t) * omega) / so * a + torch.sin(t * omega) / so * b


def noise_to(x0, sigma: float, noise):
    """Noise clean audio to the level sigma (for variations, SDEdit)."""
    alpha, beta = alpha_beta(torch.tensor(sigma))
    return alpha * x0 + beta * noise


# Samplers ---------------------------------------------------------------------------------------------


def _sigma_vector(sigma, x):
    return sigma.to(x.device).expand(x.shape[0])


@torch.no_grad()
def sample_vsampler(net, x, sigmas, *, generator=None, callback=None):
    """audio-diffusion-pytorch 0.1.3's VSampler (a DDIM step in v-form), bit for bit on the same device."""
    alphas, betas = alpha_beta(sigmas)
    for i in range(len(sigmas) - 1):
        v = net(x, _sigma_vector(sigmas[i], x))
        x_pred = alphas[i] * x - betas[i] * v
        eps_pred = betas[i] * x + alphas[i] * v
        if callback is not None:
            callback(i, x_pred)
        x = alphas[i + 1] * x_pred + betas[i + 1] * eps_pred
    return x


@torch.no_grad()
def sample_dpmpp_2m(net, x, sigmas, *, generator=None, callback=None, eta: float = 0.0):
    """DPM-Solver++(2M) (Lu et al., 2022): second-order multistep in log-SNR, data prediction.

    lambda = log(alpha / beta) is -inf at sigma = 1 and +inf at sigma = 0; the steps touching those ends
    are first order, as in k-diffusion. With eta > 0 it is the SDE form (k-diffusion's midpoint variant):
    each step also forgets a share 1 - exp(-2 eta h) of the noise it carries and draws that share afresh.
    """
    alphas, betas = alpha_beta(sigmas.double())
    lambdas = torch.log(alphas.clamp(min=0) / betas)
    x0_prev, h_prev = None, None
    for i in range(len(sigmas) - 1):
        v = net(x, _sigma_vector(sigmas[i], x))
        x0 = (alphas[i] * x - betas[i] * v).to(x.dtype)
        if callback is not None:
            callback(i, x0)
        if sigmas[i + 1] == 0:
            return x0
        h = lambdas[i + 1] - lambdas[i]
        if x0_prev is None or not torch.isfinite(h_prev):
            denoised = x0
        else:
            r = h_prev / h
            denoised = (1 + 1 / (2 * r)) * x0 - (1 / (2 * r)) * x0_prev
        forget = torch.exp(-eta * h) if eta else 1.0  # of x, beyond the ODE's share; nothing from sigma = 1
        x_next = forget * betas[i + 1] / betas[i] * x - alphas[i + 1] * torch.expm1(-(1 + eta) * h) * denoised
        if eta:
            noise = torch.randn(x.shape, generator=generator, device="cpu").to(x)
            x_next = x_next + betas[i + 1] * torch.sqrt(-torch.expm1(-2 * eta * h)) * noise
        x = x_next.to(x.dtype)
        x0_prev, h_prev = x0, h
    return x


@torch.no_grad()
def sample_dpmpp_2m_sde(net, x, sigmas, *, generator=None, callback=None, eta: float = 1.0):
    """`sample_dpmpp_2m` drawing fresh noise at every step, which corrects the errors of a model and of few
    steps instead of carrying them to the end (docs/experiments.md has what it measured on the kick)."""
    return sample_dpmpp_2m(net, x, sigmas, generator=generator, callback=callback, eta=eta)


@torch.no_grad()
def sample_ancestral(net, x, sigmas, *, generator=None, callback=None, eta: float = 1.0):
    """DDIM with fresh noise at every step (eta = 1 is ancestral DDPM sampling): stochastic, more varied."""
    alphas, betas = alpha_beta(sigmas)
    for i in range(len(sigmas) - 1):
        v = net(x, _sigma_vector(sigmas[i], x))
        x0 = alphas[i] * x - betas[i] * v
        eps = betas[i] * x + alphas[i] * v
        if callback is not None:
            callback(i, x0)
        a_next, b_next = alphas[i + 1], betas[i + 1]
        sigma_up = eta * b_next / betas[i] * torch.sqrt((1 - alphas[i] ** 2 / a_next**2).clamp(min=0))
        sigma_up = torch.minimum(sigma_up, b_next)
        noise = torch.randn(x.shape, generator=generator, device="cpu").to(x)
        x = a_next * x0 + torch.sqrt(b_next**2 - sigma_up**2) * eps + sigma_up * noise
    return x


SAMPLERS = {  # by name, in the order of model.params.SAMPLERS (the default first)
    "dpmpp-2m": sample_dpmpp_2m,
    "dpmpp-2m-sde": sample_dpmpp_2m_sde,
    "vsampler": sample_vsampler,
    "ancestral": sample_ancestral,
}
