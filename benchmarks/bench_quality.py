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

from benchmarks.results import not_measured
from padfusion.bridge.presets import load_preset
from padfusion.model.audio import write_wav
from padfusion.model.dataset import HOLDOUT_KITS, build_dataset
from padfusion.model.evaluate import audio_files, evaluate
from padfusion.model.pipeline import Pipeline
from padfusion.model.sources import DatasetError, installed_sources

TITLE = "Sound quality of the bundled models"
ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "presets" / "models"
# tiny-audio-diffusion's published samples (MIT), one folder per class, beside the repository's checkout.
PUBLISHED = Path(os.environ.get("PADFUSION_PUBLISHED_SAMPLES",
                                ROOT.parent / "shared" / "reference" / "tiny-audio-diffusion-samples"))
LABELS = ("kick", "snare", "hihat", "perc")
SEED, COUNT = 1000, 32


def reference_data(folder: Path) -> tuple[Path | None, str]:
    """The installed sources as a data set (held-back kits apart), or None and why when there are none."""
    try:
        build_dataset(folder, packages=installed_sources(), holdout_kits=HOLDOUT_KITS, labels=LABELS)
    except DatasetError as e:
        return None, f"no real files to score against: {e}"
    return folder, ""


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


def score(source: str, kind: str, generated: Path, data: Path, label: str, with_train: bool = True) -> dict:
    """One row of the table: `kind` is bundled, candidate, published or real."""
    train = data / "train" / label
    result = evaluate(generated, data / "holdout" / label, train if with_train else None)
    return {"source": source, "kind": kind, "valid": result["generated"]["valid"],
            "files": result["generated"]["files"], "frechet_distance": result["frechet_distance"],
            "hiss_db": result["hiss_db"]["difference"], "tail_db": result["tail_db"]["difference"],
            "diversity": result["diversity"]["ratio"],
            "near_copies": result["memorisation"]["near_copies"] if "memorisation" in result else None}


def printed(label: str, row: dict) -> str:
    copies = "-" if row["near_copies"] is None else f"{row['near_copies']:.0%}"
    return (f"{label:<6} {row['source']:<40} {row['valid']:>3}/{row['files']:<3} {row['frechet_distance']:>7.0f} "
            f"{row['hiss_db']:>+7.1f} {row['tail_db']:>+7.1f}   x{row['diversity']:.2f}  {copies:>6}")


def table(candidates: dict[str, list[str]], labels=LABELS) -> dict:
    """Score every class's rows, printing each as it comes; the figures, by class."""
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        data, why = reference_data(tmp / "data")
        if data is None:
            print(why)
            return not_measured(why)
        print(f"raw output, {COUNT} samples of seed {SEED} with each class's preset sampler, steps and colour spread, "
              f"against the held-back kits {', '.join(HOLDOUT_KITS)}; FD: Fréchet distance (dB², lower is closer); "
              "hiss and tail: dB over the real files; diversity: ratio to the real set's; "
              "near copies of training files")
        print(f"{'class':<6} {'source':<40} {'valid':<7} {'FD':>7} {'hiss':>7} {'tail':>7}  diversity  copies")
        figures = {"seed": SEED, "count": COUNT, "holdout_kits": list(HOLDOUT_KITS), "classes": {}}
        for label in labels:
            if not (data / "holdout" / label).is_dir():
                print(f"{label:<6} skipped: no held-back {label} files installed")
                figures["classes"][label] = not_measured(f"no held-back {label} files installed")
                continue
            preset = load_preset(label)
            print(f"{label:<6} preset {label}: {preset.sampler}, {preset.steps} steps, colour spread "
                  f"{preset.colour_spread:g}")
            rows, notes = [], []
            sources = [(f"bundled ({label})", "bundled", str(BUNDLED / label))] if (BUNDLED / label).is_dir() else []
            sources += [(f"candidate {model}", "candidate", model) for model in candidates.get(label, [])]
            for k, (name, kind, model) in enumerate(sources):
                rows.append(score(name, kind, generate(model, tmp / f"{label}-{k}", preset), data, label))
                print(printed(label, rows[-1]), flush=True)
            if (PUBLISHED / label).is_dir():
                rows.append(score("tiny-audio-diffusion published samples", "published", PUBLISHED / label, data,
                                  label))
                print(printed(label, rows[-1]))
            elif label != "perc":  # tiny-audio-diffusion published no single percussion samples
                notes.append("tiny-audio-diffusion's published samples not found (set PADFUSION_PUBLISHED_SAMPLES)")
                print(f"{label:<6} {'tiny-audio-diffusion published samples':<40} skipped: not in {PUBLISHED} "
                      "(set PADFUSION_PUBLISHED_SAMPLES)")
            real = every_other(data / "train" / label, COUNT, tmp / f"{label}-real")
            rows.append(score(f"real: {COUNT} training files, other kits", "real", real, data, label,
                              with_train=False))
            print(printed(label, rows[-1]))
            figures["classes"][label] = {"preset": {"sampler": preset.sampler, "steps": preset.steps,
                                                    "colour_spread": preset.colour_spread},
                                         "rows": rows, "notes": notes}
        return figures


HEADER = ["| source | valid | Fréchet distance | hiss dB | tail dB | diversity | near copies |",
          "|---|---|---|---|---|---|---|"]


def class_table(scores: dict) -> str:
    """One class's rows as a Markdown table (a model card shows its own class's)."""
    if "not_measured" in scores:
        return f"Not measured: {scores['not_measured']}.\n"
    preset = scores["preset"]
    lines = [f"Preset: `{preset['sampler']}`, {preset['steps']} steps, colour spread {preset['colour_spread']:g}.", "",
             *HEADER]
    for row in scores["rows"]:
        copies = "-" if row["near_copies"] is None else f"{row['near_copies']:.0%}"
        lines.append(f"| {row['source']} | {row['valid']}/{row['files']} | {row['frechet_distance']:.0f} | "
                     f"{row['hiss_db']:+.1f} | {row['tail_db']:+.1f} | x{row['diversity']:.2f} | {copies} |")
    lines += [f"\n{note}." for note in scores["notes"]]
    return "\n".join(lines) + "\n"


def markdown(figures: dict) -> str:
    lines = [f"Raw output (no post-processing), {figures['count']} samples of seed {figures['seed']} with each class's "
             "preset sampler, steps and colour spread, scored by `padfusion eval`'s measures against the held-back "
             f"kits ({', '.join(figures['holdout_kits'])}), beside tiny-audio-diffusion's published samples and "
             f"{figures['count']} real files of other kits. Fréchet distance between descriptor distributions (dB², "
             "lower is closer); hiss in the decay and tail level in dB over the real files'; diversity as a ratio "
             "to the real set's; near copies: share of generated files that nearly copy a training file."]
    for label, scores in figures["classes"].items():
        lines += ["", f"### {label}", "", class_table(scores).rstrip("\n")]
    return "\n".join(lines) + "\n"


def main(argv=()) -> dict:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_quality", description=__doc__.splitlines()[0])
    parser.add_argument("--model", action="append", default=[], metavar="LABEL=SRC",
                        help="also score this model folder as a candidate for LABEL")
    parser.add_argument("--labels", default=",".join(LABELS), help="only these classes (default: all four)")
    args = parser.parse_args(argv)
    candidates: dict[str, list[str]] = {}
    for item in args.model:
        label, _, source = item.partition("=")
        candidates.setdefault(label, []).append(source)
    return table(candidates, args.labels.split(","))


if __name__ == "__main__":
    import sys

    main(sys.argv[1:])
