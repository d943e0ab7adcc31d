"""A loaded model, ready to turn seeds (or a source sound) into one-shots."""

import hashlib
import logging
from dataclasses import dataclass

import torch
from tqdm import tqdm

from padfusion.model import backends, diffusion, steering
from padfusion.model.audio import fit_length, postprocess
from padfusion.model.checkpoints import build_net, load_source
from padfusion.model.knobs import TONAL
from padfusion.model.recipe import Recipe
from padfusion.model.params import (COLOUR_SPREAD, DEFAULT_SAMPLER, DEFAULT_STEPS, FRESH_NOISE_SAMPLERS,
                                    STYLE_NOISE, TUNED_SCHEDULE_SAMPLERS, VARIATION_STRENGTH, check_colour_spread,
                                    check_sampler, check_steps, check_strength, check_style_noise)
from padfusion.model.backends import BackendError, Choice, OpenVINONet
from padfusion.model.unet import UNet, UNetConfig

log = logging.getLogger(__name__)

BATCH = 4  # samples per forward pass: more buys little on a CPU and costs memory


@dataclass
class Pipeline:
    net: UNet
    config: UNetConfig
    source: str
    device: torch.device  # where the samplers keep their tensors
    dtype: torch.dtype
    backend: Choice
    openvino: OpenVINONet | None = None  # the compiled network, when OpenVINO runs it
    weights: str = ""  # digest of the weights (weights_digest): a sample's record names the exact model it came from

    @classmethod
    def load(cls, source: str, *, device: str | None = None, half: bool = False, weights: str = "ema",
             config_path=None, backend: str = "auto") -> "Pipeline":
        """Load a .ckpt, a model folder or a hub repo id, to run on `backend` (see model.backends.choose).
        `half` runs in float16 on a GPU (bfloat16 on a CPU with OpenVINO, where the CPU has it; otherwise
        ignored on a CPU, where float16 is slower, not faster)."""
        config, state = load_source(source, weights=weights, config_path=config_path)
        choice = backends.choose(backend, device)
        net = build_net(config, state)
        digest = weights_digest(state)
        if choice.backend == "openvino":
            try:
                compiled = OpenVINONet.load(net, config, choice.device, half)
                return cls(net, config, str(source), torch.device("cpu"), torch.float32, choice, compiled, digest)
            except BackendError as e:
                if backend != "auto":
                    raise
                log.warning("%s; running on PyTorch instead", e)
                choice = Choice("torch", "cpu", f"auto: {e}")
        device = torch.device(choice.device)
        dtype = torch.float16 if half and device.type != "cpu" else torch.float32
        if half and device.type == "cpu":
            log.warning("half precision is for GPUs; running in float32 on the CPU")
        return cls(net.to(device, dtype), config, str(source), device, dtype, choice, weights=digest)

    def velocity(self, x, sigma):
        """The network as the samplers call it, v = net(x, sigma): float32 in and out, whatever runs it."""
        if self.openvino is not None:
            return self.openvino(x, sigma)
        return self.net(x.to(self.dtype), sigma.to(self.dtype)).float()

    def noise(self, seeds, count: int = 1, colour_spread: float = COLOUR_SPREAD) -> torch.Tensor:
        """Each seed's `count` starting noises (diffusion.seed_noise; `colour_spread`: params.check_colour_spread)."""
        shape = (count, self.config.in_channels, self.config.length)
        spread = check_colour_spread(colour_spread)
        return torch.cat([diffusion.seed_noise(s, shape, self.config.noise_colours, self.config.sample_rate, spread)
                          for s in seeds])

    def generate(self, seeds, *, count: int = 1, steps: int | None = None, sampler: str = DEFAULT_SAMPLER,
                 colour_spread: float = COLOUR_SPREAD, init: torch.Tensor | None = None,
                 strength: float | None = None, style: bool = False, instrument: str | None = None, knobs=(),
                 key: str | None = None, raw: bool = False, progress: bool = False, callback=None) -> torch.Tensor:
        """`count` samples per seed, as float32 (len(seeds) * count, channels, length) on the CPU."""
        return self.sample(self.noise(seeds, count, colour_spread), seed=seeds[0], steps=steps, sampler=sampler,
                           init=init, strength=strength, style=style, instrument=instrument, knobs=knobs, key=key,
                           raw=raw, progress=progress, callback=callback)

    def generate_each(self, seeds, **options) -> torch.Tensor:
        """One sample per seed, each the one `generate([seed], **options)` makes (to the device's arithmetic):
        in batches where the sampler is deterministic, since a batch makes more samples per second on a CPU
        (`make bench`); one by one where the sampler draws fresh noise, which a batch shares with its first seed."""
        if options.get("sampler", DEFAULT_SAMPLER) in FRESH_NOISE_SAMPLERS:
            return torch.cat([self.generate([seed], **options) for seed in seeds])
        return self.generate(seeds, **options)

    @torch.inference_mode()
    def sample(self, noise: torch.Tensor, *, seed: int = 0, steps: int | None = None, sampler: str = DEFAULT_SAMPLER,
               init: torch.Tensor | None = None, strength: float | None = None, style: bool = False,
               instrument: str | None = None, knobs=(), key: str | None = None, raw: bool = False,
               progress: bool = False, callback=None) -> torch.Tensor:
        """Sample from starting noise; `callback(step, x0_estimate)` runs after every step (and may raise to stop).

        `knobs` (checked (name, value) pairs, Recipe.knobs) and `key` (a pitch class) steer the sampling
        (model/steering.py): a knob's descriptor toward its value, the pitch of an `instrument` of
        knobs.TONAL onto the key's root; the pitch is then retuned exactly (steering.retune).

        With `init` (channels, samples): a variation, the source noised to sigma = `strength` and sampled
        back down (SDEdit); or with `style`, tiny-audio-diffusion's "style transfer", the source plus
        `strength` times the noise taken as the sigma = 1 start.
        """
        steps = check_steps(steps or DEFAULT_STEPS[check_sampler(sampler)])
        sigmas = self.schedule(sampler, steps)
        x = noise
        if init is not None:
            source = fit_length(init, self.config.length)[None].expand_as(noise) * self.config.data_scale
            if style:
                strength = check_style_noise(STYLE_NOISE if strength is None else strength)
                x = source + strength * noise
            else:
                strength = check_strength(VARIATION_STRENGTH if strength is None else strength)
                sigmas = self.schedule(sampler, steps, strength)
                x = diffusion.noise_to(source, strength, noise)
        knobs = dict(knobs)
        key = key if instrument in TONAL else None
        generator = torch.Generator("cpu").manual_seed(seed)
        bar = tqdm(total=steps * len(range(0, len(x), BATCH)), desc="sampling", unit="step", disable=not progress)

        def step(i, x0):
            bar.update()
            if callback is not None:
                callback(i, x0)

        out = []
        for batch in x.split(BATCH):
            velocity = steering.guided(self.velocity, knobs, key, self.config.sample_rate) if knobs or key \
                else self.velocity
            out.append(diffusion.SAMPLERS[sampler](velocity, batch.to(self.device), sigmas, generator=generator,
                                                   callback=step).float().cpu())
        bar.close()
        audio = torch.cat(out) / self.config.data_scale
        if "pitch" in knobs or key:
            audio = steering.retune(audio, knobs, key, self.config.sample_rate)
        # a brightness asked for is the knob's to set: the clean-up's falling low-pass would undo it
        return audio if raw else postprocess(audio, self.config.sample_rate, instrument, "brightness" not in knobs)

    def schedule(self, sampler: str, steps: int, sigma_max: float = 1.0) -> torch.Tensor:
        """DPM-Solver++, with or without fresh noise, follows the model's tuned schedule where it has one; the
        other samplers (VSampler for bit parity with the reference) take evenly spaced noise levels."""
        if sampler in TUNED_SCHEDULE_SAMPLERS and self.config.sampling_schedule:
            return diffusion.tuned_sigmas(self.config.sampling_schedule, steps, sigma_max)
        return diffusion.linear_sigmas(steps, sigma_max)

    def metadata(self, recipe: Recipe, audio: torch.Tensor, **extra) -> dict:
        """The record of `audio`, a sample made from `recipe` on this model (Recipe.record), with the weights'
        digest, what it measures (steering.record: its descriptors and, for a tonal instrument, its root) and
        `extra`."""
        return recipe.record(self.source, bool(self.config.noise_colours), weights=self.weights,
                             **steering.record(audio.numpy(), recipe.instrument, self.config.sample_rate), **extra)


def weights_digest(state: dict) -> str:
    """A short digest of a state dict's names, shapes, types and bytes: equal digests, equal weights."""
    digest = hashlib.sha256()
    for name in sorted(state):
        tensor = state[name].detach().cpu().contiguous()
        digest.update(f"{name}:{tuple(tensor.shape)}:{tensor.dtype};".encode())
        digest.update(tensor.view(-1).view(torch.uint8).numpy().tobytes())
    return digest.hexdigest()[:16]
