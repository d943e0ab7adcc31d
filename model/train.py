"""Training a waveform-diffusion model on your own one-shots: a plain PyTorch loop.

One process, or several under torchrun (DistributedDataParallel; gloo on CPUs, nccl on GPUs). The
optimiser and EMA follow tiny-audio-diffusion: AdamW (lr 1e-4, betas 0.95/0.999, eps 1e-6, weight
decay 1e-3) and an EMA of the weights with beta 0.995 reached through ema-pytorch's power-0.7 warm-up.
The run folder holds `checkpoint.pt` (resumable), `losses.jsonl`, `previews/` (WAVs and mel PNGs),
TensorBoard logs when tensorboard is installed, and `model/`, the EMA weights as a PadFusion model folder.
"""

import copy
import json
import os
import platform
import time
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import torch
import torch.distributed as dist
from tqdm import tqdm

from padfusion.model import diffusion
from padfusion.model.audio import fit_length, postprocess, write_wav
from padfusion.model.backends import pick_device
from padfusion.model.checkpoints import build_net, load_source, save_model_folder
from padfusion.model.dataset import load_dataset, read_manifest
from padfusion.core.errors import UserError
from padfusion.core.files import atomic_write
from padfusion.model.spectrogram import save_mel_png
from padfusion.model.train_config import TrainConfig
from padfusion.model.unet import ARCHS, UNet, UNetConfig


def ema_decay(step: int, beta: float, power: float) -> float:
    """ema-pytorch's warm-up: the EMA follows the weights closely at first and settles at `beta`."""
    return min(beta, 1 - (1 + step) ** -power) if step > 0 else 0.0


@torch.no_grad()
def update_ema(ema: UNet, net: UNet, decay: float):
    for e, p in zip(ema.parameters(), net.parameters()):
        e.lerp_(p.detach(), 1 - decay)


def autocast_dtype(precision: str, device: torch.device):
    if precision == "fp32":
        return None
    if precision == "auto":  # CPUs without bf16 units run bf16 slower than fp32
        if device.type == "cuda":
            return torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
        return None
    return {"bf16": torch.bfloat16, "fp16": torch.float16}[precision]


def add_position_channel(config: UNetConfig, state: dict) -> tuple[UNetConfig, dict]:
    """The same network with a position channel whose input weights are zero: it computes exactly what it did,
    and training then learns to use the ramp."""
    if config.position_channel:
        return config, state
    key = "levels.0.downsample.weight"
    weight = state[key]
    return replace(config, position_channel=True), {**state, key: torch.cat([weight, weight.new_zeros(
        weight.shape[0], 1, weight.shape[2])], dim=1)}


def model_config(cfg: TrainConfig) -> tuple[UNetConfig, dict | None]:
    config, state = base_config(cfg)
    if cfg.data_scale is not None:
        try:
            config = replace(config, data_scale=cfg.data_scale)
        except ValueError as e:
            raise UserError(f"--data-scale: {e}") from None
    return config, state


def base_config(cfg: TrainConfig) -> tuple[UNetConfig, dict | None]:
    if cfg.init:  # a sampling schedule tuned to the old weights does not fit the new ones
        config, state = load_source(cfg.init)
        if cfg.position_channel:
            config, state = add_position_channel(config, state)
        return replace(config, sampling_schedule=()), state
    if cfg.arch in ARCHS:
        return ARCHS[cfg.arch], None
    try:
        return UNetConfig.from_dict(json.loads(Path(cfg.arch).read_text())), None
    except (OSError, ValueError) as e:
        raise UserError(f"--arch {cfg.arch}: neither one of {', '.join(ARCHS)} nor a readable config.json "
                        f"({e})") from None


def augment(batch: torch.Tensor, generator: torch.Generator, gain_db: float = 3.0) -> torch.Tensor:
    """Variants of a batch (B, 2, T) that are as much a drum as the originals: each one-shot gets a random
    polarity, its channels swapped half the time, and a gain within +-gain_db, so that a small data set is not
    learned by heart (near copies of training files are what an over-fitted model makes)."""
    n = batch.shape[0]
    polarity = torch.where(torch.rand(n, generator=generator) < 0.5, -1.0, 1.0)
    gain = 10 ** ((torch.rand(n, generator=generator) * 2 - 1) * gain_db / 20)
    swap = torch.rand(n, generator=generator) < 0.5
    batch = torch.where(swap[:, None, None].to(batch.device), batch.flip(1), batch)
    return batch * (polarity * gain)[:, None, None].to(batch)


DECAY_EDGES_S = (0.1, 0.2, 0.35, 0.5, 0.7)  # the decay-length bins that --balance-decay draws evenly from
DECAY_DROP_DB = 40.0
DECAY_FRAME = 1024


def decay_seconds(audio: torch.Tensor, sample_rate: int) -> torch.Tensor:
    """Each clip's (B, C, T) decay length: the time from its start until its peak envelope (the loudest sample of
    each `DECAY_FRAME`-sample frame), after the loudest frame, first falls `DECAY_DROP_DB` below that frame;
    the clip's length where it never does."""
    envelope = audio.abs().amax(1).unfold(-1, DECAY_FRAME, DECAY_FRAME).amax(-1)
    loudest = envelope.argmax(-1, keepdim=True)
    frames = torch.arange(envelope.shape[-1])
    ended = (envelope < envelope.gather(-1, loudest) * 10 ** (-DECAY_DROP_DB / 20)) & (frames >= loudest)
    end = torch.where(ended.any(-1), ended.int().argmax(-1), envelope.shape[-1])
    return end * DECAY_FRAME / sample_rate


def decay_weights(data: torch.Tensor, sample_rate: int) -> tuple[torch.Tensor, list[int]]:
    """Sampling weights that draw every decay-length bin (`DECAY_EDGES_S`) that holds files equally often, and the
    files per bin. A model trained on a data set's own mix over-makes its commonest decays and loses the short
    and open ones (docs/experiments.md has what it measured on a hi-hat)."""
    bins = torch.bucketize(decay_seconds(data, sample_rate), torch.tensor(DECAY_EDGES_S))
    counts = torch.bincount(bins, minlength=len(DECAY_EDGES_S) + 1)
    return 1.0 / counts[bins].double(), counts.tolist()


NOISE_COLOUR_LIMIT_DB = 12.0


def noise_colours(data: torch.Tensor, share: float, sample_rate: int) -> torch.Tensor:
    """Each file's noise colour (diffusion.colour_noise): `share` times how far its level in each octave band lies
    from the data set's mean level there, in dB, that distance held within +-`NOISE_COLOUR_LIMIT_DB` (a band a file
    hardly fills, such as a hat's lows, would otherwise lie 40 dB off). Relative to the mean, so that the average
    file's noise stays white and a model trained on white noise starts from what it knows."""
    levels = diffusion.band_levels_db(data, sample_rate)
    return (share * (levels - levels.mean(0)).clamp(-NOISE_COLOUR_LIMIT_DB, NOISE_COLOUR_LIMIT_DB)).float()


def split_validation(data: torch.Tensor, fraction: float, seed: int):
    """A fixed random share of the training files, held out to watch for over-fitting."""
    order = torch.randperm(len(data), generator=torch.Generator().manual_seed(seed))
    n_val = max(1, round(fraction * len(data))) if fraction > 0 and len(data) > 1 else 0
    return data[order[n_val:]], data[order[:n_val]]


@torch.no_grad()
def validation_loss(net, val: torch.Tensor, device, batch: int) -> float:
    """v-loss on the validation files at fixed noise, so successive values compare."""
    if len(val) == 0:
        return float("nan")
    generator = torch.Generator(device).manual_seed(1234)
    losses = [diffusion.v_loss(net, chunk.to(device), generator) * len(chunk) for chunk in val.split(batch)]
    return float(sum(losses) / len(val))


def train(cfg: TrainConfig):
    # processes: this one alone, or one per rank under torchrun
    device, rank, distributed = start_processes(cfg.device)
    main = rank == 0
    run = Path(cfg.run)
    run.mkdir(parents=True, exist_ok=True)
    checkpoint_path = run / "checkpoint.pt"

    # data: the label's training files at the model's length and scale, how they are drawn, their noise
    config, init_state = model_config(cfg)
    train_set, val_set = training_files(cfg, config)
    torch.manual_seed(cfg.seed + rank)  # fresh weights, then each step's noise levels and noise
    weights = balanced_weights(cfg, train_set, config.sample_rate, main)
    config, colours = with_noise_colours(cfg, config, train_set, main)

    # model and optimiser (resumed or fresh)
    net, ema, optimizer = new_model(cfg, config, init_state, device)
    step, history = resume(checkpoint_path, cfg, config, net, ema, optimizer, device, main)
    model = torch.nn.parallel.DistributedDataParallel(net) if distributed else net
    amp = autocast_dtype(cfg.precision, device)
    scaler = torch.amp.GradScaler(device.type, enabled=amp == torch.float16)
    batches = Batches(train_set, weights, colours, cfg.augment, device,
                      torch.Generator().manual_seed(cfg.seed * 1000 + rank + step))
    writer = tensorboard_writer(run) if main else None
    bar = tqdm(total=cfg.steps, initial=step, desc=f"train {cfg.label}", unit="step", disable=not main,
               dynamic_ncols=True)

    # the loop: batch, loss, step, EMA
    while step < cfg.steps:
        started = time.perf_counter()
        warm_up(optimizer, cfg, step)
        optimizer.zero_grad(set_to_none=True)
        loss = accumulate_gradients(model, batches, cfg, amp, scaler, config.sample_rate)
        scaler.step(optimizer)
        scaler.update()
        step += 1
        update_ema(ema, net, ema_decay(step, cfg.ema_beta, cfg.ema_power))
        record = {"step": step, "loss": loss, "seconds": time.perf_counter() - started}
        bar.set_postfix(loss=f"{loss:.4f}")
        bar.update()

        # every N steps (the main process): validate, log, checkpoint and export, previews
        if main and step % cfg.val_every == 0:
            record["val_loss"] = validation_loss(ema, val_set, device, cfg.batch)
            bar.write(f"step {step}: loss {loss:.4f}, EMA validation loss {record['val_loss']:.4f}")
        history.append(record)
        log_losses(writer, record)
        if main and (step % cfg.save_every == 0 or step == cfg.steps):
            save_checkpoint(checkpoint_path, net, ema, optimizer, step, history, cfg, config)
            export(run / "model", ema, config, cfg, history)
        if main and cfg.preview_every and (step % cfg.preview_every == 0 or step == cfg.steps):
            write_previews(run / "previews", ema, config, step, cfg.previews, device, writer)
    bar.close()
    if distributed:
        dist.barrier()
        dist.destroy_process_group()
    return run / "model"


def start_processes(device_name: str | None) -> tuple[torch.device, int, bool]:
    """This process's device, rank and whether it is one of several: under torchrun it joins their process group
    (gloo on CPUs, nccl on GPUs, one GPU per rank)."""
    device = pick_device(device_name)
    if int(os.environ.get("WORLD_SIZE", "1")) <= 1:
        return device, 0, False
    local_rank = int(os.environ["LOCAL_RANK"])
    if device.type == "cuda":
        device = torch.device("cuda", local_rank)
        torch.cuda.set_device(device)
    dist.init_process_group("nccl" if device.type == "cuda" else "gloo")
    return device, dist.get_rank(), True


def training_files(cfg: TrainConfig, config: UNetConfig) -> tuple[torch.Tensor, torch.Tensor]:
    """The label's training files at the model's length and data scale: (training files, validation files)."""
    data = load_dataset(cfg.data, cfg.label, "train")
    data = fit_length(data, config.length) * config.data_scale
    return split_validation(data, cfg.val_fraction, cfg.seed)


def balanced_weights(cfg: TrainConfig, files: torch.Tensor, sample_rate: int, main: bool) -> torch.Tensor | None:
    """The weights files are drawn by with --balance-decay (see `decay_weights`), else None: drawn uniformly."""
    if not cfg.balance_decay:
        return None
    weights, counts = decay_weights(files, sample_rate)
    if main:
        edges = ("0",) + tuple(f"{e:g}" for e in DECAY_EDGES_S) + ("",)
        print("files per decay length (s): " + ", ".join(
            f"{lo}-{hi} {n}" for lo, hi, n in zip(edges, edges[1:], counts)) + "; each bin drawn equally often")
    return weights


def with_noise_colours(cfg: TrainConfig, config: UNetConfig, files: torch.Tensor,
                       main: bool) -> tuple[UNetConfig, torch.Tensor | None]:
    """The model config with the noise colours this run trains with (not the init model's: white without
    --noise-colour, see `noise_colours`), and those colours as a tensor (None: white)."""
    config = replace(config, noise_colours=())
    if not cfg.noise_colour:
        return config, None
    stored = noise_colours(files, cfg.noise_colour, config.sample_rate)
    config = replace(config, noise_colours=tuple(tuple(round(float(g), 2) for g in c) for c in stored))
    colours = torch.tensor(config.noise_colours)  # the very colours sampling will draw from
    if main:
        print(f"noise coloured like each file at {cfg.noise_colour:g} of its colour: band gains spread "
              f"{colours.std(0).mean():.1f} dB (standard deviation) over {len(colours)} files")
    return config, colours


def new_model(cfg: TrainConfig, config: UNetConfig, init_state: dict | None, device):
    """(network, its EMA, optimiser): the network with the init model's weights, or fresh ones."""
    net = (build_net(config, init_state) if init_state is not None else UNet(config)).to(device).train()
    net.checkpointing = cfg.checkpointing
    ema = copy.deepcopy(net).eval().requires_grad_(False)
    optimizer = torch.optim.AdamW(net.parameters(), lr=cfg.lr, betas=cfg.betas, eps=cfg.eps,
                                  weight_decay=cfg.weight_decay)
    return net, ema, optimizer


def resume(path: Path, cfg: TrainConfig, config: UNetConfig, net, ema, optimizer, device,
           main: bool) -> tuple[int, list[dict]]:
    """Load the run's checkpoint at `path`, where there is one, into the network, its EMA and the optimiser:
    (step, history) to go on from; (0, []) for a fresh run."""
    if not path.is_file():
        return 0, []
    state = torch.load(path, map_location=device, weights_only=True)
    check_same_model(path.parent, state.get("model_config"), config)
    net.load_state_dict(state["net"])
    ema.load_state_dict(state["ema"])
    optimizer.load_state_dict(state["optimizer"])
    for group in optimizer.param_groups:  # a resumed run takes the learning rate it is given now
        group["lr"] = cfg.lr
    if main:
        print(f"resuming {path.parent} at step {state['step']}")
    return state["step"], state["history"]


@dataclass
class Batches:
    """Training batches drawn at random from `files`. Each rank draws its own: disjoint in expectation, and no
    sampler state to resume (the generator is seeded from the step a run starts at)."""
    files: torch.Tensor
    weights: torch.Tensor | None  # see `balanced_weights`; None draws uniformly
    colours: torch.Tensor | None  # each file's noise colour (see `with_noise_colours`); None: white noise
    augment: bool  # see `augment`
    device: torch.device
    generator: torch.Generator

    def draw(self, size: int) -> tuple[torch.Tensor, torch.Tensor | None]:
        """A batch on the device and the noise colours of its files."""
        index = (torch.randint(len(self.files), (size,), generator=self.generator) if self.weights is None else
                 torch.multinomial(self.weights, size, replacement=True, generator=self.generator))
        batch = self.files[index].to(self.device)
        if self.augment:
            batch = augment(batch, self.generator)
        return batch, None if self.colours is None else self.colours[index]


def warm_up(optimizer, cfg: TrainConfig, step: int):
    """--warmup: the learning rate rises linearly from 0 over the first steps of a run."""
    if cfg.warmup:
        for group in optimizer.param_groups:
            group["lr"] = cfg.lr * min(1.0, (step + 1) / cfg.warmup)


def accumulate_gradients(model, batches: Batches, cfg: TrainConfig, amp, scaler, sample_rate: int) -> float:
    """One optimiser step's gradients, from `cfg.accumulate` batches; the step's loss."""
    total = 0.0
    for _ in range(cfg.accumulate):
        batch, colours = batches.draw(cfg.batch)
        with torch.autocast(batches.device.type, dtype=amp or torch.float32, enabled=amp is not None):
            loss = diffusion.v_loss(model, batch, sigma_power=cfg.sigma_power, noise_colours=colours,
                                    sample_rate=sample_rate) / cfg.accumulate
        scaler.scale(loss).backward()
        total += loss.item()
    return total


def log_losses(writer, record: dict):
    """The step's losses to TensorBoard, where it is installed (see `tensorboard_writer`)."""
    if writer:
        for key in ("loss", "val_loss"):
            if key in record:
                writer.add_scalar(key, record[key], record["step"])


def check_same_model(run: Path, saved: dict | None, config: UNetConfig):
    """A run resumes only as the model it started as: weights trained at one data scale are wrong at another, and
    nothing else would notice (runs saved before the model config was recorded are not checked)."""
    if saved is None:
        return
    started = UNetConfig.from_dict(saved).to_dict()
    changed = [f"{k} {started[k]} -> {v}" for k, v in config.to_dict().items() if started.get(k) != v]
    if changed:
        raise UserError(f"{run} was started as another model ({'; '.join(changed)}): resume it with the options it "
                        "started with (--arch, --init, --position-channel, --data-scale), or train into a new --out")


def save_checkpoint(path: Path, net, ema, optimizer, step, history, cfg, config: UNetConfig):
    state = {"net": net.state_dict(), "ema": ema.state_dict(), "optimizer": optimizer.state_dict(),
             "step": step, "history": history, "config": asdict(cfg), "model_config": config.to_dict()}
    atomic_write(path, lambda f: torch.save(state, f))
    with open(path.with_name("losses.jsonl"), "w") as f:
        f.writelines(json.dumps(r) + "\n" for r in history)


def tensorboard_writer(run: Path):
    try:
        from torch.utils.tensorboard import SummaryWriter
    except ImportError:
        return None
    return SummaryWriter(run / "tensorboard")


@torch.no_grad()
def write_previews(folder: Path, ema, config: UNetConfig, step: int, count: int, device, writer=None):
    """A few samples from the EMA weights, as WAVs and mel-spectrogram PNGs (fixed seeds, to compare steps)."""
    folder.mkdir(parents=True, exist_ok=True)
    noise = diffusion.seed_noise(0, (count, config.in_channels, config.length), config.noise_colours,
                                 config.sample_rate).to(device)
    audio = diffusion.sample_dpmpp_2m(ema, noise, diffusion.linear_sigmas(10)).float().cpu() / config.data_scale
    audio = postprocess(audio, config.sample_rate)
    for k, sample in enumerate(audio):
        stem = folder / f"step{step:06d}_{k}"
        write_wav(stem.with_suffix(".wav"), sample, config.sample_rate, "PCM_16", {"step": step, "seed": 0, "index": k})
        save_mel_png(stem.with_suffix(".png"), sample, config.sample_rate)
        if writer:
            writer.add_audio(f"preview_{k}", sample.mean(0), step, sample_rate=config.sample_rate)


def export(folder: Path, ema, config: UNetConfig, cfg: TrainConfig, history: list[dict]):
    save_model_folder(folder, ema, config, model_card(cfg, config, history, ema))


def hardware() -> str:
    """The CPU (or GPU) this process trains on, in words, with its thread count."""
    if torch.cuda.is_available():
        return torch.cuda.get_device_name()
    cpu = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        cpu = next((line.split(":", 1)[1].strip() for line in cpuinfo.read_text().splitlines()
                    if line.startswith("model name")), cpu)
    return f"{cpu}, {torch.get_num_threads()} torch thread(s)"


def model_card(cfg: TrainConfig, config: UNetConfig, history: list[dict], net) -> str:
    manifest = [r for r in read_manifest(cfg.data) if r.get("label") == cfg.label and r.get("split") == "train"]
    kits: dict[str, str] = {}
    for row in manifest:
        kits.setdefault(row.get("kit") or Path(row.get("source", "")).parent.name, row.get("licence") or "unknown")
    curve = [r for r in history if "val_loss" in r]
    rows = "\n".join(f"| {r['step']} | {r['loss']:.4f} | {r['val_loss']:.4f} |" for r in curve)
    licences = "\n".join(f"- {kit}: {licence}" for kit, licence in sorted(kits.items()))
    step = history[-1]["step"] if history else 0
    hours = sum(r.get("seconds", 0.0) for r in history) / 3600
    options = [f"sigma power {cfg.sigma_power} (noise levels drawn as u ** power)"] if cfg.sigma_power != 1 else []
    options += [f"{cfg.warmup} warm-up steps"] if cfg.warmup else []
    options += ["augmented (random polarity, stereo swap, gain within +-3 dB)"] if cfg.augment else []
    options += ["files drawn evenly over decay length (--balance-decay)"] if cfg.balance_decay else []
    options += [f"noise coloured like each file at {cfg.noise_colour:g} of its colour (--noise-colour)"] \
        if cfg.noise_colour else []
    options += ["a position channel added to the init model"] if cfg.position_channel and cfg.init else []
    options += [f"the audio at x{config.data_scale:g} in the diffusion"] if config.data_scale != 1 else []
    origin = (f"; fine-tuned from `{cfg.init}`" if cfg.init else "") + ("; " + ", ".join(options) if options else "")
    return f"""---
library_name: padfusion
tags: [audio, diffusion, drums, one-shot, {cfg.label}]
---
# PadFusion {cfg.label} model ({cfg.arch})

A waveform-diffusion model (UNetV0 maths, v-diffusion) that generates {config.length}-sample
{config.sample_rate} Hz stereo {cfg.label} one-shots. Trained with `padfusion train`; sample with
`padfusion generate --model <this folder> --sampler dpmpp-2m --steps 10`.

## Training
- data: {len(manifest)} `{cfg.label}` one-shots from `{cfg.data}` ({len(kits)} kits), loudness-normalised
- steps: {step}, batch {cfg.batch} x {cfg.accumulate} accumulated, lr {cfg.lr}, AdamW betas {cfg.betas},
  eps {cfg.eps}, weight decay {cfg.weight_decay}; EMA beta {cfg.ema_beta} (power {cfg.ema_power} warm-up);
  precision {cfg.precision}{origin}
- parameters: {net.num_parameters():,}{", with a position channel" if config.position_channel else ""}
- time: {hours:.2f} h of training steps on {hardware()}

## Loss curve (training loss of the step; validation: EMA weights, fixed noise)
| step | loss | validation loss |
|---|---|---|
{rows}

## Data licences
{licences or "- (none recorded)"}
"""
