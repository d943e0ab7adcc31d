"""How close the bundled models' raw output is to real drums, beside tiny-audio-diffusion's published samples and
real files from other kits, all scored in one run by `padfusion eval`'s measures against the held-back kits.

Run with `make bench` (or `python -m benchmarks bench_quality`). `python -m benchmarks.bench_quality --model
kick=runs/kick/model ...` adds candidate models to the same table, to compare them with the bundled ones.

The real files come from the installed packages, prepared as `padfusion dataset --installed` prepares them
(the held-back kits are the ones no model is trained on); a row whose data is not installed is skipped with a
note. Generated rows: 32 samples of seed 1000 (`padfusion generate --raw --seed 1000 --count 32`) with the sampler
and steps of the class's bundled preset (what a pad press plays), no post-processing.
"""

import argparse
import os
import tempfile
from pathlib import Path

from padfusion.bridge.presets import load_preset
from padfusion.model.audio import write_wav
from padfusion.model.dataset import HOLDOUT_KITS, build_dataset
from padfusion.model.evaluate import audio_files, evaluate
from padfusion.model.pipeline import Pipeline
from padfusion.model.sources import DatasetError, installed_sources

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "presets" / "models"
# tiny-audio-diffusion's published samples (MIT), one folder per class, beside the repository's checkout.
PUBLISHED = Path(os.environ.get("PADFUSION_PUBLISHED_SAMPLES",
                                ROOT.parent / "shared" / "reference" / "tiny-audio-diffusion-samples"))
LABELS = ("kick", "snare", "hihat", "perc")
SEED, COUNT = 1000, 32


def reference_data(folder: Path) -> Path | None:
    """The installed sources as a data set (held-back kits apart), or None with a note when there are none."""
    try:
        build_dataset(folder, packages=installed_sources(), holdout_kits=HOLDOUT_KITS, labels=LABELS)
    except DatasetError as e:
        print(f"no real files to score against: {e}")
        return None
    return folder


def generate(model: str, folder: Path, preset) -> Path:
    """COUNT raw samples of SEED from `model`, sampled as `preset` says."""
    pipe = Pipeline.load(model, device="cpu")
    audio = pipe.generate([SEED], count=COUNT, steps=preset.steps, sampler=preset.sampler,
                          colour_spread=preset.colour_spread, raw=True)
    folder.mkdir(parents=True)
    for k, sample in enumerate(audio):
        write_wav(folder / f"{k:02d}.wav", sample, pipe.config.sample_rate, "PCM_24")
    return folder


def every_other(folder: Path, count: int, out: Path) -> Path:
    """`count` files spread evenly over a folder, linked into `out`: a real set the size of a generated one."""
    files = audio_files(folder)
    out.mkdir(parents=True)
    for k in range(min(count, len(files))):
        source = files[k * len(files) // min(count, len(files))]
        (out / source.name).symlink_to(source)
    return out


def row(label: str, name: str, generated: Path, data: Path, with_train: bool = True) -> str:
    train = data / "train" / label
    result = evaluate(generated, data / "holdout" / label, train if with_train else None)
    copies = f"{result['memorisation']['near_copies']:.0%}" if "memorisation" in result else "-"
    return (f"{label:<6} {name:<40} {result['generated']['valid']:>3}/{result['generated']['files']:<3} "
            f"{result['frechet_distance']:>7.0f} {result['hiss_db']['difference']:>+7.1f} "
            f"{result['tail_db']['difference']:>+7.1f}   x{result['diversity']['ratio']:.2f}  {copies:>6}")


def table(candidates: dict[str, list[str]], labels=LABELS):
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        data = reference_data(tmp / "data")
        if data is None:
            return
        print(f"raw output, {COUNT} samples of seed {SEED} with each class's preset sampler, steps and colour spread, "
              f"against the held-back kits {', '.join(HOLDOUT_KITS)}; FD: Fréchet distance (dB², lower is closer); "
              "hiss and tail: dB over the real files; diversity: ratio to the real set's; near copies of training files")
        print(f"{'class':<6} {'source':<40} {'valid':<7} {'FD':>7} {'hiss':>7} {'tail':>7}  diversity  copies")
        for label in labels:
            if not (data / "holdout" / label).is_dir():
                print(f"{label:<6} skipped: no held-back {label} files installed")
                continue
            preset = load_preset(label)
            print(f"{label:<6} preset {label}: {preset.sampler}, {preset.steps} steps, colour spread "
                  f"{preset.colour_spread:g}")
            sources = [(f"bundled ({label})", str(BUNDLED / label))] if (BUNDLED / label).is_dir() else []
            sources += [(f"candidate {model}", model) for model in candidates.get(label, [])]
            for k, (name, model) in enumerate(sources):
                audio = generate(model, tmp / f"{label}-{k}", preset)
                print(row(label, name, audio, data), flush=True)
            if (PUBLISHED / label).is_dir():
                print(row(label, "tiny-audio-diffusion published samples", PUBLISHED / label, data))
            elif label != "perc":  # tiny-audio-diffusion published no single percussion samples
                print(f"{label:<6} {'tiny-audio-diffusion published samples':<40} skipped: not in {PUBLISHED} "
                      "(set PADFUSION_PUBLISHED_SAMPLES)")
            real = every_other(data / "train" / label, COUNT, tmp / f"{label}-real")
            print(row(label, f"real: {COUNT} training files, other kits", real, data, with_train=False))


def main(argv=()):
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_quality", description=__doc__.splitlines()[0])
    parser.add_argument("--model", action="append", default=[], metavar="LABEL=SRC",
                        help="also score this model folder as a candidate for LABEL")
    parser.add_argument("--labels", default=",".join(LABELS), help="only these classes (default: all four)")
    args = parser.parse_args(argv)
    candidates: dict[str, list[str]] = {}
    for item in args.model:
        label, _, source = item.partition("=")
        candidates.setdefault(label, []).append(source)
    table(candidates, args.labels.split(","))


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
