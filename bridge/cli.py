"""The `padfusion` command line: one subcommand per task, each a `cmd_*` function below.

Heavy imports (torch, the daemon) happen inside the commands so that `padfusion --help` is instant.
Every expected failure is a `UserError` (core/errors.py; each module's own error derives from it), caught once
in `main` and printed as one line on stderr with exit status 2.
"""

import argparse
import json
import logging
import sys
from dataclasses import fields

from padfusion.bridge.config import Settings
from padfusion.core.errors import UserError
from padfusion.core.oneshot import LENGTH
from padfusion.core.options import add_options
from padfusion.model import params
from padfusion.model.train_config import TrainConfig


def _load_pipeline(args, **overrides):
    from padfusion.model.pipeline import Pipeline

    options = dict(device=args.device, half=args.half)
    if "backend" in args:  # the commands that sample
        options |= dict(backend=args.backend or Settings.backend)
    if "weights" in args:  # the commands that read .ckpt files
        options |= dict(weights=args.weights, config_path=args.config)
    return Pipeline.load(args.model, **(options | overrides))


def _output_paths(out: str, stem: str, seeds: list[int], count: int, overwrite: bool) -> list:
    """One path per sample: `out` itself for a single sample to a .wav, else numbered files."""
    from pathlib import Path

    out = Path(out)
    n = len(seeds) * count
    if out.suffix.lower() == ".wav":
        paths = [out] if n == 1 else [out.with_name(f"{out.stem}_{k + 1}.wav") for k in range(n)]
    else:
        paths = [out / f"{stem}_seed{seed}_{k + 1}.wav" for seed in seeds for k in range(count)]
    taken = [str(p) for p in paths if p.exists()]
    if taken and not overwrite:
        raise UserError(f"{taken[0]} exists; choose another --out or pass --overwrite")
    paths[0].parent.mkdir(parents=True, exist_ok=True)
    return paths


def cmd_generate(args):
    import sys
    from pathlib import Path

    import torch

    from padfusion.model import diffusion
    from padfusion.model.audio import read_audio, write_wav
    from padfusion.model.knobs import parse_setting
    from padfusion.model.recipe import resolve

    preset = None
    if args.preset:
        from padfusion.bridge.presets import load_preset

        preset = load_preset(args.preset)
        args.model = args.model or preset.model
    if not args.model:
        raise UserError("name a model with --model SRC or a preset with --preset NAME")
    if args.count < 1:
        raise UserError("--count must be at least 1")
    if args.knob and not getattr(preset, "instrument", None):
        raise UserError("--knob steers a preset's instrument (padfusion knobs lists them): name one with --preset")
    source_file = args.variation or args.style
    # resolved before the model loads, so a typo costs no load
    recipe = resolve(preset, seed=args.seed, steps=args.steps, sampler=args.sampler, colour_spread=args.colour_spread,
                     strength=args.strength, source=source_file, style=bool(args.style),
                     knobs=dict(map(parse_setting, args.knob)), key=args.key)
    if source_file and not Path(source_file).is_file():
        raise UserError(f"{source_file}: no such file")
    pipe = _load_pipeline(args)
    init = None
    if source_file:
        init = read_audio(source_file, pipe.config.sample_rate, pipe.config.in_channels, pipe.config.length)
    stem = Path(args.model.rstrip("/")).name or "padfusion"
    paths = _output_paths(args.out, stem, [recipe.seed], args.count, args.overwrite)
    if args.interpolate is not None:
        a, b = (pipe.noise([s], 1, recipe.colour_spread) for s in (recipe.seed, args.interpolate))
        ts = torch.linspace(0, 1, args.count) if args.count > 1 else torch.tensor([0.5])
        noise = torch.cat([diffusion.slerp(a, b, float(t)) for t in ts])
    else:
        noise = pipe.noise([recipe.seed], args.count, recipe.colour_spread)
    audio = pipe.sample(noise, seed=recipe.seed, steps=recipe.steps, sampler=recipe.sampler, init=init,
                        strength=recipe.strength, style=recipe.style, instrument=recipe.instrument, knobs=recipe.knobs,
                        key=recipe.key, raw=args.raw,
                        progress=sys.stderr.isatty())
    for k, (path, sample) in enumerate(zip(paths, audio)):
        extra = {"index": k} if args.count > 1 else {}
        if args.interpolate is not None:
            extra |= {"interpolate_to": args.interpolate, "t": round(float(ts[k]), 6)}
        write_wav(path, sample, pipe.config.sample_rate, args.subtype, pipe.metadata(recipe, sample, **extra))
        print(path)


def cmd_info(args):
    from padfusion.model.backends import choose
    from padfusion.model.unet import gflops_per_forward

    pipe = _load_pipeline(args, device="cpu", half=False, backend="torch")  # to read it: nothing to convert
    backend = choose(args.backend or Settings.backend, args.device)
    cfg = pipe.config
    print(f"source      {pipe.source}")
    for key, value in cfg.to_dict().items():
        print(f"{key:<20}{value}")
    print(f"parameters  {pipe.net.num_parameters():,}")
    print(f"backend     {backend} ({backend.reason})")
    print(f"GFLOP/step  {gflops_per_forward(cfg):.2f} (one forward pass, batch 1)")
    print(f"duration    {cfg.length / cfg.sample_rate:.3f} s")


def cmd_convert(args):
    from pathlib import Path

    from padfusion.model.checkpoints import converted_card, save_model_folder

    pipe = _load_pipeline(args, device="cpu", half=False)  # --half here means: store float16
    dtype = "float16" if args.half else "float32"
    own_card = Path(args.model) / "README.md"
    if own_card.is_file():  # a model folder keeps its card: its data and licences still apply
        card = own_card.read_text().rstrip("\n") + f"\n\nStored as {dtype} by `padfusion convert`.\n"
    else:
        card = converted_card(args.model, args.weights, pipe.net, pipe.config, dtype)
    save_model_folder(args.outdir, pipe.net, pipe.config, card, half=args.half)
    print(args.outdir)


def cmd_tune(args):
    from dataclasses import replace
    from pathlib import Path

    from padfusion.model.checkpoints import write_config
    from padfusion.model.tune import judge_schedule, tune_schedule

    if not (Path(args.model) / "model.safetensors").is_file():
        raise UserError(f"{args.model}: not a model folder; `padfusion convert` a .ckpt or hub model into one first")
    if args.steps < 2 or args.seeds < 1:
        raise UserError("tune needs --steps 2 or more and --seeds 1 or more")
    pipe = _load_pipeline(args)
    seeds = range(args.seeds)
    schedule = tune_schedule(pipe.velocity, pipe.noise(seeds).to(pipe.device), args.steps, progress=True)
    held_out = pipe.noise([1000 + s for s in seeds]).to(pipe.device)
    report = judge_schedule(pipe.velocity, held_out, schedule, args.steps)
    print(f"distance to the 200-step solution on {args.seeds} other seeds (mean dB over the descriptors "
          "`padfusion eval` scores, with hiss, tail and level):")
    for label, value in ((f"dpmpp-2m {args.steps} steps, evenly spaced", report.linear),
                         (f"dpmpp-2m {args.steps} steps, tuned", report.tuned),
                         ("vsampler 50 steps", report.vsampler_50)):
        print(f"  {label:<34}{value:.2f}")
    if report.tuned >= report.linear:
        raise UserError("the tuned schedule is no better on unseen seeds; config.json left as it was")
    write_config(args.model, replace(pipe.config, sampling_schedule=tuple(schedule)))
    print(f"schedule {schedule} written to {Path(args.model) / 'config.json'}")


def cmd_download(args):
    from padfusion.model.checkpoints import hub_snapshot

    print(hub_snapshot(args.repo))


def cmd_dataset(args):
    from padfusion.model.dataset import build_dataset, report
    from padfusion.model.sources import HYDROGEN_KITS, PACKAGES, installed_sources

    hydrogen = None if args.hydrogen is None else (args.hydrogen or HYDROGEN_KITS)
    packages = installed_sources() if args.installed else []
    if args.installed:
        for package in PACKAGES:
            print(f"{package.name}: {'reading ' if package in packages else 'not installed, no '}{package.path}",
                  file=sys.stderr)
        if not packages:
            raise UserError("none of the packages --installed reads is installed; e.g. apt install hydrogen-drumkits")
    holdout_kits = None if args.holdout_kits is None else [kit for kit in args.holdout_kits.split(",") if kit]
    build_dataset(args.out, args.folders, hydrogen, packages=packages, labels=args.labels and args.labels.split(","),
                  length=args.length, holdout_kits=holdout_kits,
                  holdout_fraction=args.holdout_fraction, overwrite=args.overwrite, progress=sys.stderr.isatty())
    print(report(args.out))


def cmd_eval(args):
    from padfusion.model.evaluate import evaluate, format_table

    result = evaluate(args.generated, args.real, args.train)
    print(json.dumps(result, indent=2) if args.json else format_table(result))
    if args.grid:
        from padfusion.model.spectrogram import grid_of_folders

        grid_of_folders(args.grid, args.generated, args.real)
        print(f"spectrograms: {args.grid}", file=sys.stderr)


def cmd_train(args):
    from padfusion.model.train import train

    options = {f.name: getattr(args, f.name) for f in fields(TrainConfig) if getattr(args, f.name, None) is not None}
    print(train(TrainConfig(**options)))


def cmd_knobs(args):
    from padfusion.bridge.presets import load_presets
    from padfusion.model.knobs import knobs_for

    pads = {}
    for pad, preset in load_presets(_daemon_settings(args).presets).items():
        defaults = dict(preset.knobs)
        pads[pad] = {"instrument": preset.instrument, "key": preset.key,
                     "knobs": [knob.describe() | {"default": defaults.get(knob.name)}
                               for knob in knobs_for(preset.instrument)]}
    if args.json:
        print(json.dumps(pads, indent=2))
        return
    for pad, listed in pads.items():
        print(f"{pad} ({listed['instrument'] or 'no instrument'}), key {listed['key'] or 'none'}")
        for knob in listed["knobs"]:
            span = f"{knob['min']:g} to {knob['max']:g} {knob['unit']}"
            default = "free" if knob["default"] is None else f"{knob['default']:g}"
            print(f"  {knob['name']:<11}{span:<18}default {default:<6}{knob['doc']}")


def cmd_protocol(args):
    from padfusion.bridge import requests

    if args.json:
        print(json.dumps(requests.describe(), indent=2))
        return
    for request in requests.REQUESTS:
        print(request.usage())


def cmd_device(args):
    """Where the Max for Live device is; with --copy, a copy of it (one frozen file) in a folder of the user's
    choice."""
    import shutil
    from pathlib import Path

    from padfusion.max_for_live.build import DEVICE, DEVICE_FILES

    if not args.copy:
        print(DEVICE)
        return
    folder = Path(args.copy).expanduser()
    edited = [folder / f.name for f in DEVICE_FILES
              if (folder / f.name).is_file() and (folder / f.name).read_bytes() != f.read_bytes()]
    if edited and not args.overwrite:
        raise UserError(f"{edited[0]} exists and differs from this version's (edited, or an older version); "
                        "copy into another folder, or pass --overwrite to replace it")
    folder.mkdir(parents=True, exist_ok=True)
    for file in DEVICE_FILES:
        shutil.copy2(file, folder / file.name)
    print(folder / DEVICE.name)


def cmd_kit(args):
    """A kit folder in OUT_FOLDER/kits/ from the files named, or every kept sample: see bridge/kit.py."""
    from pathlib import Path

    from padfusion.bridge.kit import KITS_FOLDER, KitSample, export_kit, measured_root
    from padfusion.model.labels import label_for

    out = Path(args.out).expanduser()
    files = [Path(f) for f in args.files]
    if args.from_kept:
        files += sorted((out / "kept").glob("*/*.wav"))
    if not files:
        raise UserError(f"no samples: name WAV files, or pass --from-kept to take every sample in {out / 'kept'}")

    def pad_of(path: Path) -> str:
        """Its pad folder's name (kept/<pad>/, history/<pad>/), else the drum its names name, else perc."""
        if path.parent.parent.name in ("kept", "history"):
            return path.parent.name
        return label_for(path.stem, path.parent.name) or "perc"

    print(export_kit([KitSample(f, pad_of(f), measured_root(f)) for f in files], out / KITS_FOLDER, args.name))


def _daemon_settings(args):
    from padfusion.bridge.config import load_settings

    return load_settings(args.config, **{f.name: getattr(args, f.name) for f in fields(Settings)
                                         if f.name in args})


def cmd_serve(args):
    import os

    from padfusion.bridge.daemon import Daemon

    status = Daemon(_daemon_settings(args)).serve_forever()
    # Everything the daemon holds is closed by now; the interpreter's own teardown (torch's, mostly) would add
    # seconds to every stop, so it is skipped, to keep the promise that SIGTERM ends the daemon within 3 s.
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)


def cmd_open(args):
    """The daemon's page in the default browser (the BROWSER environment variable chooses another)."""
    import socket
    import webbrowser
    from urllib.parse import urlsplit

    from padfusion.bridge.protocol import page_url

    settings = _daemon_settings(args)
    if not settings.web_port:
        raise UserError("the page is off (web_port = 0): serve it with --web-port 9125, or set web_port in the config")
    url = page_url(settings.host, settings.web_port)
    try:
        socket.create_connection((urlsplit(url).hostname, settings.web_port), timeout=2).close()
    except OSError:
        raise UserError(f"nothing serves the page at {url}: start the daemon with `padfusion serve`") from None
    print(url)
    webbrowser.open(url)


def cmd_doctor(args):
    from padfusion.bridge.doctor import check

    if not check(_daemon_settings(args)):
        sys.exit(1)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="padfusion", description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def model_args(p, checkpoint=True, sampling=True):
        """The device and precision, the backend (for commands that sample: the daemon's settings of those
        names) and (for commands that read .ckpt files) which weights and training config."""
        add_options(p, Settings, only=("device", "backend") if sampling else ("device",))
        p.add_argument("--half", action="store_true", help="float16 on a GPU")
        if checkpoint:
            p.add_argument("--weights", choices=["ema", "online"], default="ema", help="which weights of a .ckpt")
            p.add_argument("--config", help="a .ckpt's training config.yaml, if not beside it")

    p = sub.add_parser("generate", help="generate one-shots to WAV files")
    p.add_argument("--model", help="a .ckpt, a model folder or a Hugging Face repo id")
    p.add_argument("--preset", help="a preset name or .toml file (model, sampler, steps, colour spread)")
    p.add_argument("--seed", type=int, help="seed of the starting noise (default: random)")
    p.add_argument("--steps", type=int, help="sampler steps (default: the preset's or the sampler's)")
    p.add_argument("--sampler", help=f"{', '.join(params.SAMPLERS)} (default {params.DEFAULT_SAMPLER})")
    p.add_argument("--colour-spread", type=float,
                   help="for a model trained with --noise-colour: its start-noise colours times this, 0 (white) to "
                        f"{params.MAX_COLOUR_SPREAD:g}; more gives more varied sounds (default: the preset's, or "
                        f"{params.COLOUR_SPREAD:g})")
    p.add_argument("--count", type=int, default=1, help="how many samples (from one seed)")
    p.add_argument("--out", required=True, help="a .wav file, or a folder for numbered files")
    p.add_argument("--raw", action="store_true", help="skip post-processing (DC, fade-out, -1 dBFS peak)")
    p.add_argument("--subtype", choices=["PCM_16", "PCM_24", "FLOAT"], default="PCM_24")
    source = p.add_mutually_exclusive_group()
    source.add_argument("--variation", metavar="FILE", help="make variations of this sound")
    source.add_argument("--style", metavar="FILE", help="tiny-audio-diffusion's style transfer from this sound")
    source.add_argument("--interpolate", metavar="SEED", type=int, help="slerp from --seed to this seed")
    p.add_argument("--strength", type=float,
                   help=f"variation: sigma to noise the source to, {params.MIN_STRENGTH} to 1, default "
                        f"{params.VARIATION_STRENGTH}; style: noise added, default {params.STYLE_NOISE}")
    p.add_argument("--knob", action="append", default=[], metavar="NAME=VALUE",
                   help="steer the sound: a knob of the preset's instrument in its unit, e.g. decay=0.25 or pitch=A1 "
                        "(repeatable; `padfusion knobs` lists them); over the preset's")
    p.add_argument("--key", help="the song's key, a pitch class such as F or F#: tonal samples land on its root "
                                 "('' for none; default: the preset's)")
    p.add_argument("--overwrite", action="store_true", help="replace existing files")
    model_args(p)
    p.set_defaults(func=cmd_generate)

    p = sub.add_parser("info", help="print a model's configuration, size and cost")
    p.add_argument("model", help="a .ckpt, a model folder or a Hugging Face repo id")
    model_args(p)
    p.set_defaults(func=cmd_info)

    p = sub.add_parser("convert", help="turn a tiny-audio-diffusion .ckpt into a PadFusion model folder")
    p.add_argument("model", metavar="CKPT", help="a .ckpt (or hub repo id)")
    p.add_argument("outdir", help="the model folder to write")
    model_args(p, sampling=False)
    p.set_defaults(func=cmd_convert)

    p = sub.add_parser("tune", help="tune a model folder's DPM-Solver++ schedule to its weights")
    p.add_argument("model", metavar="FOLDER", help="a model folder (its config.json gets the schedule)")
    p.add_argument("--steps", type=int, default=10, help="steps to tune for (default 10, the daemon's)")
    p.add_argument("--seeds", type=int, default=4, help="seeds to tune on, and as many more to check on (default 4)")
    model_args(p, checkpoint=False)
    p.set_defaults(func=cmd_tune)

    p = sub.add_parser("download", help="fetch a Hugging Face hub model into the local cache")
    p.add_argument("repo", help="e.g. crlandsc/tiny-audio-diffusion-kicks")
    p.set_defaults(func=cmd_download)

    p = sub.add_parser("dataset", help="build a training data set from one-shot folders and/or Hydrogen kits")
    p.add_argument("folders", nargs="*", metavar="FOLDER",
                   help="folders of one-shots, labelled by file name or else by folder name")
    p.add_argument("--hydrogen", nargs="?", const="", metavar="DIR",
                   help="also the Hydrogen kits under DIR (default: /usr/share/hydrogen/data/drumkits)")
    p.add_argument("--installed", action="store_true",
                   help="also every installed package of one-shots: hydrogen-drumkits, sonic-pi-samples, lmms-common "
                        "and the General MIDI soundfonts' drum kits")
    p.add_argument("-o", "--out", required=True, help="the data set folder to write")
    p.add_argument("--labels", help="only these classes, e.g. kick,snare (default: all)")
    p.add_argument("--length", type=int, default=LENGTH, help="clip length in samples")
    p.add_argument("--holdout-kits", metavar="K1,K2",
                   help="hold these kits back for evaluation (default: those the bundled models are judged on, "
                        "where read; the report names them. '' for none)")
    p.add_argument("--holdout-fraction", type=float, default=0.1,
                   help="where no kit is held back: share of instruments held back, by a hash of kit and name")
    p.add_argument("--overwrite", action="store_true", help="replace the data set already in --out")
    p.set_defaults(func=cmd_dataset)

    p = sub.add_parser("eval", help="score generated one-shots against real ones, without listening")
    p.add_argument("generated", metavar="GENERATED_DIR", help="a folder of generated one-shots")
    p.add_argument("real", metavar="REAL_DIR", help="a folder of real ones held back from training")
    p.add_argument("--train", metavar="DIR", help="the training files too: shows memorisation")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.add_argument("--grid", metavar="PNG", help="also draw mel spectrograms of 8 generated files above 8 real ones")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("train", help="train or fine-tune a model on a data set (see `padfusion dataset`)")
    add_options(p, TrainConfig)
    p.set_defaults(func=cmd_train)

    p = sub.add_parser("knobs", help="list the served pads' knobs: unit, range and the preset's default")
    p.add_argument("--config", help="daemon config file (TOML; default: the user config folder's config.toml)")
    add_options(p, Settings, only=("presets",))
    p.add_argument("--json", action="store_true", help="as JSON: pad -> instrument, key and knobs")
    p.set_defaults(func=cmd_knobs)

    p = sub.add_parser("protocol", help="print the daemon's OSC protocol")
    p.add_argument("--json", action="store_true", help="as JSON: addresses, argument types, replies, ports")
    p.set_defaults(func=cmd_protocol)

    p = sub.add_parser("device", help="print where the Max for Live device (PadFusion.amxd) is, or copy it")
    p.add_argument("--copy", metavar="DIR", help="copy the device (frozen: one file) into DIR (e.g. your Live User "
                   "Library)")
    p.add_argument("--overwrite", action="store_true", help="with --copy: replace device files that differ")
    p.set_defaults(func=cmd_device)

    p = sub.add_parser("kit", help="export samples as a kit: WAVs plus SFZ, Decent Sampler and Hydrogen files")
    p.add_argument("out", metavar="OUT_FOLDER", help="the output folder; the kit goes into OUT_FOLDER/kits/NAME/")
    p.add_argument("files", nargs="*", metavar="FILE",
                   help="WAVs; each one's pad is its folder's under kept/ or history/, else read from its name")
    p.add_argument("--from-kept", action="store_true", help="also every sample in OUT_FOLDER/kept/")
    p.add_argument("--name", default="kit", help="the kit's name (default: kit; taken, then kit-2, ...)")
    p.set_defaults(func=cmd_kit)

    for name, func, help_ in (("serve", cmd_serve, "run the daemon: MIDI and OSC triggers in, one-shots out"),
                              ("doctor", cmd_doctor, "check what `serve` needs: device, models, ports, MIDI, folder")):
        p = sub.add_parser(name, help=help_)
        p.add_argument("--config", help="daemon config file (TOML; default: the user config folder's config.toml)")
        add_options(p, Settings)
        p.set_defaults(func=func)

    p = sub.add_parser("open", help="open the daemon's page in the browser: make, hear, browse and export samples")
    p.add_argument("--config", help="daemon config file (TOML; default: the user config folder's config.toml)")
    add_options(p, Settings, only=("host", "web_port"))
    p.set_defaults(func=cmd_open)

    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        args.func(args)
    except UserError as e:
        print(f"padfusion {args.command}: {e}", file=sys.stderr)
        sys.exit(2)
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":
    main()
