"""What a training run is: one dataclass, its defaults, and for the fields `padfusion train` offers their help
(core/options.py), so that each option is declared once, beside the value it sets. It imports nothing heavy,
so that `padfusion --help` stays instant."""

from dataclasses import MISSING, dataclass

from padfusion.core.options import option


@dataclass
class TrainConfig:
    data: str = option(MISSING, "a data set folder made by `padfusion dataset`")
    label: str = option(MISSING, "which class to learn: kick, snare, hihat, perc, ...")
    run: str = option(MISSING, "run folder: checkpoint (resumed if present), previews, model/ (the EMA weights)",
                      flag="--out")
    arch: str = option("small", "published, small, tiny, or a config.json")
    init: str | None = option(None, "fine-tune from a .ckpt, model folder or hub repo id")
    position_channel: bool = option(False, "with --init: add a position channel (a ramp input) to a model that "
                                           "has none")
    data_scale: float | None = option(None, "train on the audio times this gain (default: the init model's, 1 for "
                                            "a new one; see docs/training.md)")
    steps: int = option(2000, "optimiser steps in all")
    batch: int = option(8, "samples per batch")
    accumulate: int = option(1, "batches per optimiser step")
    lr: float = option(1e-4, "learning rate")
    warmup: int = option(0, "steps of linear learning-rate warm-up from 0 at the start of a run")
    betas: tuple[float, float] = (0.95, 0.999)
    eps: float = 1e-6
    weight_decay: float = 1e-3
    ema_beta: float = 0.995
    ema_power: float = 0.7
    sigma_power: float = option(1.0, "draw training noise levels as u ** P: above 1, more low-noise steps; 1 is "
                                     "uniform (see diffusion.v_loss)")
    augment: bool = option(False, "random polarity, stereo swap and gain within 3 dB on every batch (off by "
                                  "default: it has not helped the bundled models; docs/experiments.md)")
    balance_decay: bool = option(False, "draw training files evenly over decay-length bins instead of uniformly, "
                                        "so that rarer short and long decays are learnt too")
    noise_colour: float = option(0.0, "train on noise coloured like each file, at this share of its colour in dB "
                                      "(0: white noise; see docs/training.md)")
    precision: str = option("auto", "mixed precision: bf16 on recent GPUs, fp16 on older ones, fp32 elsewhere "
                                    "for auto", choices=("auto", "fp32", "bf16", "fp16"))
    checkpointing: bool = option(False, "gradient checkpointing: recompute activations to save memory")
    val_fraction: float = 0.05
    val_every: int = option(200, "steps between validation losses")
    save_every: int = option(200, "steps between checkpoints and exports")
    preview_every: int = option(500, "steps between audio previews, 0 for none")
    previews: int = 2
    seed: int = option(0, "random seed")
    device: str | None = option(None, "cuda, mps or cpu (default: the first available)")

