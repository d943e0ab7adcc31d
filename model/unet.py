"""The 1-D attention U-Net of tiny-audio-diffusion (audio-diffusion-pytorch 0.1.3's UNetV0), in one file.

The maths is UNetV0's, so its checkpoints load here (see `model.checkpoints.from_reference`), but the
modules are laid out flat and named for what they do. The network predicts the diffusion velocity v
from a noisy waveform x (B, C, T) and its noise level sigma (B,).

Each of the nested levels downsamples, runs its items, hands over to the next level, runs its items
again and upsamples; its output is added back onto its own input, scaled by a learned function of
sigma. There are no concatenated skips. An item is a pre-activation resnet block, a sigma-dependent
scale-and-shift of the layer-normalised channels, and (on the deepest levels) self-attention.
"""

import math
import reprlib
from dataclasses import asdict, dataclass

import torch
import torch.nn.functional as F
from torch import nn
from torch.utils.checkpoint import checkpoint

from padfusion.core.oneshot import CHANNELS, LENGTH, SAMPLE_RATE
from padfusion.model.diffusion import NOISE_BANDS


# What UNetConfig accepts: generous around tiny-audio-diffusion's published configuration and the ones here (ARCHS),
# and small enough that a configuration cannot make the loader or the sampler allocate without bound.
LIMITS = {  # field (or each entry of a per-level list): lowest and highest integer allowed
    "in_channels": (1, 8),
    "channels": (1, 1024),
    "factors": (1, 16),
    "items": (1, 16),
    "attentions": (0, 1),
    "attention_heads": (1, 64),
    "attention_features": (1, 1024),
    "resnet_groups": (1, 1024),
    "modulation_features": (1, 8192),
    "sample_rate": (8000, 192000),
    "length": (1, 2**18),  # samples per one-shot: about 6 s at 44.1 kHz
}
MAX_LEVELS = 16
MAX_DATA_SCALE = 1000.0
MAX_SCHEDULE_KNOTS = 1000
MAX_NOISE_COLOURS = 2**20  # a model stores one per training file
MAX_COLOUR_DB = 60.0


def _check_int(name: str, value, low: int, high: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValueError(f"{name} must be an integer from {low} to {high}, got {reprlib.repr(value)}")


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


@dataclass(frozen=True)
class UNetConfig:
    in_channels: int = CHANNELS
    channels: tuple[int, ...] = (32, 32, 64, 64, 128, 128, 256, 256)
    factors: tuple[int, ...] = (1, 2, 2, 2, 2, 2, 2, 2)
    items: tuple[int, ...] = (2, 2, 2, 2, 2, 2, 4, 4)
    attentions: tuple[int, ...] = (0, 0, 0, 0, 0, 1, 1, 1)
    attention_heads: int = 8
    attention_features: int = 64
    resnet_groups: int = 8
    modulation_features: int = 1024
    sample_rate: int = SAMPLE_RATE
    length: int = LENGTH
    # Noise levels tuned to these weights for DPM-Solver++ (`padfusion tune`); empty: the linear schedule.
    sampling_schedule: tuple[float, ...] = ()
    # PadFusion's own addition (off in UNetV0 and in model folders that predate it): an extra input channel
    # holding a ramp from -1 at the first sample to +1 at the last, so the network knows where in the clip it
    # is from the start of training instead of learning it from the padding (a drum's hit belongs at the start).
    position_channel: bool = False
    # PadFusion's own (1 in UNetV0): the diffusion runs on the audio times this gain, and samples are divided by it.
    # Training files are loudness-normalised to -20 LUFS (RMS about 0.06), far below the unit variance that
    # v-diffusion's noise levels assume: a louder training signal shifts every noise level's signal-to-noise
    # ratio up, so the quiet decay is resolved against the noise where it is learned and sampled.
    data_scale: float = 1.0
    # PadFusion's own (empty, white noise, in UNetV0): the noise colours of the training files, in dB per octave band
    # (see diffusion.colour_noise). A model trained on coloured noise samples from noise of a colour drawn from these.
    noise_colours: tuple[tuple[float, ...], ...] = ()

    def __post_init__(self):
        """Every field range-checked (`LIMITS`): a configuration comes from a file anyone can edit, and its sizes
        decide what the loader and the sampler allocate. The error names the field, its value and what is allowed."""
        for name in ("in_channels", "attention_heads", "attention_features", "resnet_groups", "modulation_features",
                     "sample_rate"):
            _check_int(name, getattr(self, name), *LIMITS[name])
        for name in ("channels", "factors", "items", "attentions"):
            levels = getattr(self, name)
            if not isinstance(levels, (tuple, list)) or not 1 <= len(levels) <= MAX_LEVELS:
                raise ValueError(f"{name} must be a list of 1 to {MAX_LEVELS} entries, one per level, "
                                 f"got {reprlib.repr(levels)}")
            for i, value in enumerate(levels):
                _check_int(f"{name}[{i}]", value, *LIMITS[name])
        levels = {len(self.channels), len(self.factors), len(self.items), len(self.attentions)}
        if len(levels) != 1:
            raise ValueError("channels, factors, items and attentions must have one entry per level")
        if any(c % self.resnet_groups for c in self.channels):
            raise ValueError(f"every channel count must be divisible by resnet_groups={self.resnet_groups}")
        _check_int("length", self.length, *LIMITS["length"])
        if self.length % self.downsampling:
            raise ValueError(f"length {self.length} must be a multiple of the total downsampling {self.downsampling}")
        if not _is_number(self.data_scale) or not 0 < self.data_scale <= MAX_DATA_SCALE:
            raise ValueError(f"data_scale must be a positive number up to {MAX_DATA_SCALE}, got {self.data_scale!r}")
        if not isinstance(self.position_channel, bool):
            raise ValueError(f"position_channel must be true or false, got {self.position_channel!r}")
        knots = self.sampling_schedule
        if not isinstance(knots, (tuple, list)) or len(knots) > MAX_SCHEDULE_KNOTS or not all(map(_is_number, knots)):
            raise ValueError(f"sampling_schedule must be a list of at most {MAX_SCHEDULE_KNOTS} numbers, "
                             f"got {reprlib.repr(knots)}")
        falling = all(a > b for a, b in zip(knots, knots[1:]))
        if knots and (len(knots) < 3 or knots[0] != 1 or knots[-1] != 0 or not falling):
            raise ValueError(f"sampling_schedule must fall strictly from 1 to 0 in at least 2 steps, got {list(knots)}")
        colours = self.noise_colours
        if not isinstance(colours, (tuple, list)) or len(colours) > MAX_NOISE_COLOURS:
            raise ValueError(f"noise_colours must be a list of at most {MAX_NOISE_COLOURS} colours, "
                             f"got {reprlib.repr(colours)}")
        for i, colour in enumerate(colours):
            if (not isinstance(colour, (tuple, list)) or len(colour) != NOISE_BANDS
                    or not all(_is_number(g) and abs(g) <= MAX_COLOUR_DB for g in colour)):
                raise ValueError(f"noise_colours[{i}] must hold a gain from -{MAX_COLOUR_DB} to {MAX_COLOUR_DB} dB "
                                 f"for each of the {NOISE_BANDS} bands, got {reprlib.repr(colour)}")

    @property
    def downsampling(self) -> int:
        return math.prod(self.factors)

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict) -> "UNetConfig":
        """From a config file's mapping (lists for tuples; other keys ignored); ValueError names what is wrong."""
        if not isinstance(d, dict):
            raise ValueError(f"a model configuration is a mapping of settings, got {type(d).__name__}")
        known = {k: tuple(tuple(x) if isinstance(x, list) else x for x in v) if isinstance(v, list) else v
                 for k, v in d.items() if k in cls.__dataclass_fields__}
        return cls(**known)


ARCHS = {
    # tiny-audio-diffusion's published configuration (`padfusion info` gives its size and cost).
    "published": UNetConfig(),
    # The bundled default: about a tenth of the published network's parameters and cost, so that a press is
    # answered within a second on a laptop CPU and a model can be trained on one (docs/benchmarks.md).
    "small": UNetConfig(channels=(16, 32, 64, 64, 128, 128, 128, 128), factors=(1, 4, 4, 2, 2, 2, 2, 2),
                        items=(1, 1, 1, 1, 2, 2, 2, 2), attentions=(0, 0, 0, 0, 0, 1, 1, 1),
                        attention_heads=4, attention_features=32, modulation_features=128, position_channel=True),
    # For tests: milliseconds per forward.
    "tiny": UNetConfig(channels=(8, 8, 16, 16), factors=(1, 4, 4, 4), items=(1, 1, 1, 1),
                       attentions=(0, 0, 0, 1), attention_heads=2, attention_features=8, modulation_features=32),
}


class TimeEmbedding(nn.Module):
    """sigma -> features: learned Fourier features, then an MLP whose hidden layer is applied twice."""

    def __init__(self, features: int, fourier_dim: int = 256):
        super().__init__()
        self.weights = nn.Parameter(torch.randn(fourier_dim // 2))
        self.to_features = nn.Linear(fourier_dim + 1, features)
        self.hidden = nn.Linear(features, features)  # UNetV0 repeats one layer instead of stacking two

    def forward(self, sigma):
        f = sigma[:, None] * self.weights[None, :] * 2 * math.pi
        h = F.gelu(self.to_features(torch.cat([sigma[:, None], f.sin(), f.cos()], dim=-1)))
        h = F.gelu(self.hidden(h))
        return F.gelu(self.hidden(h))


class ResnetBlock(nn.Module):
    def __init__(self, channels: int, groups: int):
        super().__init__()
        self.norm1 = nn.GroupNorm(groups, channels)
        self.conv1 = nn.Conv1d(channels, channels, 3, padding=1)
        self.norm2 = nn.GroupNorm(groups, channels)
        self.conv2 = nn.Conv1d(channels, channels, 3, padding=1)

    def forward(self, x):
        h = self.conv1(F.silu(self.norm1(x)))
        return x + self.conv2(F.silu(self.norm2(h)))


class Attention(nn.Module):
    """Pre-norm multi-head self-attention over time steps, with a residual; x is (B, T, C)."""

    def __init__(self, channels: int, heads: int, head_features: int):
        super().__init__()
        self.heads = heads
        mid = heads * head_features
        self.norm = nn.LayerNorm(channels)
        self.norm_context = nn.LayerNorm(channels)
        self.to_q = nn.Linear(channels, mid, bias=False)
        self.to_kv = nn.Linear(channels, 2 * mid, bias=False)
        self.to_out = nn.Linear(mid, channels, bias=False)

    def forward(self, x):
        b, t, _ = x.shape
        q = self.to_q(self.norm(x))
        k, v = self.to_kv(self.norm_context(x)).chunk(2, dim=-1)
        q, k, v = (z.view(b, t, self.heads, -1).transpose(1, 2) for z in (q, k, v))
        out = F.scaled_dot_product_attention(q, k, v)
        return x + self.to_out(out.transpose(1, 2).reshape(b, t, -1))


class Item(nn.Module):
    """Resnet block, sigma-modulated channel LayerNorm (no residual), optional attention."""

    def __init__(self, channels: int, config: UNetConfig, attention: bool):
        super().__init__()
        self.resnet = ResnetBlock(channels, config.resnet_groups)
        self.modulation = nn.Linear(config.modulation_features, 2 * channels)
        self.attention = Attention(channels, config.attention_heads, config.attention_features) if attention else None

    def forward(self, x, features):
        x = self.resnet(x)
        scale, shift = self.modulation(F.silu(features))[:, :, None].chunk(2, dim=1)
        x = torch.addcmul(shift, channel_norm(x), 1 + scale)
        if self.attention is not None:
            x = self.attention(x.transpose(1, 2)).transpose(1, 2)
        return x


def channel_norm(x, eps: float = 1e-6):
    """LayerNorm over the channels at each time step, without affine weights, computed in (B, C, T)
    layout: the same maths as transposing for F.layer_norm, three times faster on long waveforms."""
    mean = x.mean(1, keepdim=True)
    centred = x - mean
    return centred * torch.rsqrt((centred * centred).mean(1, keepdim=True) + eps)


class Level(nn.Module):
    """One resolution of the U-Net: `down` runs before the deeper levels, `up` after them."""

    def __init__(self, in_channels: int, channels: int, factor: int, items: int, attention: bool, config: UNetConfig,
                 extra_inputs: int = 0):
        super().__init__()
        self.factor = factor
        self.downsample = nn.Conv1d(in_channels + extra_inputs, channels, factor, stride=factor)
        self.down_items = nn.ModuleList(Item(channels, config, attention) for _ in range(items))
        self.up_items = nn.ModuleList(Item(channels, config, attention) for _ in range(items))
        self.upsample = nn.Conv1d(channels, in_channels, 3, padding=1)
        self.skip_scale = nn.Linear(config.modulation_features, in_channels)

    def down(self, x, features):
        x = self.downsample(x)
        for item in self.down_items:
            x = item(x, features)
        return x

    def up(self, x, features):
        for item in self.up_items:
            x = item(x, features)
        if self.factor > 1:
            x = F.interpolate(x, scale_factor=self.factor, mode="nearest")
        return self.upsample(x) * self.skip_scale(F.silu(features))[:, :, None]


class UNet(nn.Module):
    def __init__(self, config: UNetConfig):
        super().__init__()
        self.config = config
        self.checkpointing = False  # recompute each level's activations in backward to save memory
        self.time = TimeEmbedding(config.modulation_features)
        in_channels = (config.in_channels,) + config.channels[:-1]
        self.levels = nn.ModuleList(
            Level(cin, c, f, n, bool(a), config, extra_inputs=int(config.position_channel and i == 0))
            for i, (cin, c, f, n, a) in enumerate(
                zip(in_channels, config.channels, config.factors, config.items, config.attentions))
        )

    def forward(self, x, sigma):
        features = self.time(sigma)
        skips = []
        for i, level in enumerate(self.levels):
            skips.append(x)
            if i == 0 and self.config.position_channel:  # the ramp goes in; the outer skip stays the audio
                ramp = torch.linspace(-1, 1, x.shape[-1], device=x.device, dtype=x.dtype)
                x = torch.cat([x, ramp.expand(x.shape[0], 1, -1)], dim=1)
            x = self._run(level.down, x, features)
        for level, skip in zip(reversed(self.levels), reversed(skips)):
            x = skip + self._run(level.up, x, features)
        return x

    def _run(self, fn, x, features):
        if self.checkpointing and torch.is_grad_enabled():
            return checkpoint(fn, x, features, use_reentrant=False)
        return fn(x, features)

    def num_parameters(self) -> int:
        return sum(p.numel() for p in self.parameters())


def gflops_per_forward(config: UNetConfig, batch: int = 1) -> float:
    """Multiply-adds x 2 of the convolutions, linear layers and attention matmuls of one forward pass."""
    total = 0
    length = config.length
    cin = config.in_channels
    for i, (c, f, n, a) in enumerate(zip(config.channels, config.factors, config.items, config.attentions)):
        up_length = length
        length //= f
        total += (cin + int(config.position_channel and i == 0)) * c * f * length  # downsample
        total += c * cin * 3 * up_length  # upsample
        per_item = 2 * c * c * 3 * length  # resnet convolutions
        if a:
            mid = config.attention_heads * config.attention_features
            per_item += 3 * c * mid * length + mid * c * length  # q, kv, out projections
            per_item += 2 * length * length * mid  # q k^T and attention @ v
        total += 2 * n * per_item
        cin = c
    return 2 * total * batch / 1e9
