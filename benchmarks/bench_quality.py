"""How close the bundled models' output is to real drums, beside tiny-audio-diffusion's published samples and real
files from other kits, all scored in one run by `padfusion eval`'s measures against the held-back kits.

Run with `make bench` (or `python -m benchmarks bench_quality`). `python -m benchmarks.bench_quality --model
kick=runs/kick/model ...` adds candidate models to the same table, to compare them with the bundled ones.

The real files come from the installed packages, prepared as `padfusion dataset --installed` prepares them
(the held-back kits are the ones no model is trained on); a row whose data is not installed is skipped with a
note. Generated rows: 32 samples of seed 1000 with the sampler, steps and colour spread of the class's bundled
preset, post-processed for the preset's instrument (what a pad press plays), and the same 32 raw
(`padfusion generate --raw --seed 1000 --count 32`), so that the model's own progress stays visible. Beside
`padfusion eval`'s scores: the share of files a k-nearest-neighbour classifier over the real training files of all
four classes (descriptors) assigns to the right class (a real file is classified by the other kits' files only),
and the time of one pad press at the preset's settings, post-processing included.
"""

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

import numpy as np

from benchmarks.results import not_measured
from padfusion.bridge.presets import load_preset
from padfusion.model.audio import postprocess, write_wav
from padfusion.model.dataset import HOLDOUT_KITS, build_dataset
from padfusion.model.evaluate import audio_files, describe_folder, distances, evaluate
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
NEIGHBOURS = 5
PRESS_ROUNDS = 3


def reference_data(folder: Path) -> tuple[Path | None, str]:
    """The installed sources as a data set (held-back kits apart), or None and why when there are none."""
    try:
        build_dataset(folder, packages=installed_sources(), holdout_kits=HOLDOUT_KITS, labels=LABELS)
    except DatasetError as e:
        return None, f"no real files to score against: {e}"
    return folder, ""


def generate(model: str, folder: Path, preset) -> tuple[Path, Path, float]:
    """COUNT samples of SEED from `model`, sampled as `preset` says, in `folder`/post (post-processed for the
    preset's instrument) and `folder`/raw; and one press's time at those settings (best of PRESS_ROUNDS)."""
    pipe = Pipeline.load(model, device="cpu")
    settings = {"steps": preset.steps, "sampler": preset.sampler, "colour_spread": preset.colour_spread}
    raw = pipe.generate([SEED], count=COUNT, raw=True, **settings)
    post = postprocess(raw, pipe.config.sample_rate, preset.instrument)
    for name, audio in (("post", post), ("raw", raw)):
        (folder / name).mkdir(parents=True)
        for k, sample in enumerate(audio):
            write_wav(folder / name / f"{k:02d}.wav", sample, pipe.config.sample_rate, "PCM_24")
    pipe.generate([SEED], instrument=preset.instrument, **settings)  # warm-up
    press = []
    for k in range(PRESS_ROUNDS):
        started = time.perf_counter()
        pipe.generate([SEED + 1 + k], instrument=preset.instrument, **settings)
        press.append(time.perf_counter() - started)
    return folder / "post", folder / "raw", min(press)


def nearest_classes(features: np.ndarray, reference: np.ndarray, labels: np.ndarray,
                    exclude: np.ndarray | None = None) -> np.ndarray:
    """The class most of each row's NEIGHBOURS nearest reference rows have (a tie goes to the nearest's);
    `exclude` (rows x reference) marks pairs not to use."""
    d = distances(features, reference)
    if exclude is not None:
        d[exclude] = np.inf
    nearest = labels[np.argsort(d, axis=1)[:, :NEIGHBOURS]]
    return np.array([max(dict.fromkeys(row), key=list(row).count) for row in nearest])


def classifier(data: Path) -> dict:
    """The real training files of every class: descriptors, class and kit (from the data set's manifest)."""
    with open(data / "manifest.jsonl") as f:
        kit_of = {Path(entry["path"]).name: entry["kit"] for entry in map(json.loads, f)}
    features, labels, kits = [], [], []
    for label in LABELS:
        if (data / "train" / label).is_dir():
            described = describe_folder(data / "train" / label)
            features.append(described["features"])
            labels += [label] * len(described["paths"])
            kits += [kit_of.get(Path(p).name) for p in described["paths"]]
    return {"features": np.concatenate(features), "labels": np.array(labels), "kits": np.array(kits),
            "kit_of": kit_of}


def class_share(folder: Path, label: str, reference: dict, real: bool = False) -> float:
    """The share of `folder`'s files classified as `label`; a real file only by files of other kits."""
    described = describe_folder(folder)
    exclude = None
    if real:
        kits = np.array([reference["kit_of"].get(Path(p).name) for p in described["paths"]])
        exclude = kits[:, None] == reference["kits"][None, :]
    return float(np.mean(nearest_classes(described["features"], reference["features"], reference["labels"],
                                         exclude) == label))


def every_other(folder: Path, count: int, out: Path) -> Path:
    """`count` files spread evenly over a folder, linked into `out`: a real set the size of a generated one."""
    files = audio_files(folder)
    out.mkdir(parents=True)
    for k in range(min(count, len(files))):
        source = files[k * len(files) // min(count, len(files))]
        (out / source.name).symlink_to(source)
    return out


def score(source: str, kind: str, generated: Path, data: Path, label: str, reference: dict,
          seconds: float | None = None) -> dict:
    """One row of the table: `kind` is bundled, bundled-raw, candidate, candidate-raw, published or real;
    `seconds`: one press's time, where measured."""
    real = kind == "real"
    result = evaluate(generated, data / "holdout" / label, None if real else data / "train" / label)
    return {"source": source, "kind": kind, "valid": result["generated"]["valid"],
            "files": result["generated"]["files"], "frechet_distance": result["frechet_distance"],
            "hiss_db": result["hiss_db"]["difference"], "tail_db": result["tail_db"]["difference"],
            "diversity": result["diversity"]["ratio"],
            "near_copies": result["memorisation"]["near_copies"] if "memorisation" in result else None,
            "class_share": class_share(generated, label, reference, real), "seconds": seconds}


def cells(row: dict) -> list[str]:
    """A row's figures as the table shows them."""
    copies = "-" if row["near_copies"] is None else f"{row['near_copies']:.0%}"
    seconds = "-" if row.get("seconds") is None else f"{row['seconds']:.2f}"
    return [f"{row['valid']}/{row['files']}", f"{row['frechet_distance']:.0f}", f"{row['hiss_db']:+.1f}",
            f"{row['tail_db']:+.1f}", f"x{row['diversity']:.2f}", copies, f"{row['class_share']:.0%}", seconds]


def printed(label: str, row: dict) -> str:
    return f"{label:<6} {row['source']:<40} " + " ".join(f"{cell:>8}" for cell in cells(row))


def table(candidates: dict[str, list[str]], labels=LABELS) -> dict:
    """Score every class's rows, printing each as it comes; the figures, by class."""
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        data, why = reference_data(tmp / "data")
        if data is None:
            print(why)
            return not_measured(why)
        reference = classifier(data)
        print(f"{COUNT} samples of seed {SEED} with each class's preset sampler, steps and colour spread, "
              f"post-processed and raw, against the held-back kits {', '.join(HOLDOUT_KITS)}; FD: Fréchet distance "
              "(dB², lower is closer); hiss and tail: dB over the real files; diversity: ratio to the real set's; "
              f"near copies of training files; class: share a {NEIGHBOURS}-nearest-neighbour classifier over the real "
              "training files calls the right class; s: one press at the preset's settings")
        print(f"{'class':<6} {'source':<40} " + " ".join(f"{c:>8}" for c in (
            "valid", "FD", "hiss", "tail", "diversity", "copies", "class", "s")))
        figures = {"seed": SEED, "count": COUNT, "holdout_kits": list(HOLDOUT_KITS), "neighbours": NEIGHBOURS,
                   "classes": {}}
        for label in labels:
            if not (data / "holdout" / label).is_dir():
                print(f"{label:<6} skipped: no held-back {label} files installed")
                figures["classes"][label] = not_measured(f"no held-back {label} files installed")
                continue
            preset = load_preset(label)
            print(f"{label:<6} preset {label}: {preset.sampler}, {preset.steps} steps, colour spread "
                  f"{preset.colour_spread:g}, instrument {preset.instrument}")
            rows, notes = [], []
            sources = [(f"bundled ({label})", "bundled", str(BUNDLED / label))] if (BUNDLED / label).is_dir() else []
            sources += [(f"candidate {model}", "candidate", model) for model in candidates.get(label, [])]
            for k, (name, kind, model) in enumerate(sources):
                post, raw, seconds = generate(model, tmp / f"{label}-{k}", preset)
                rows.append(score(name, kind, post, data, label, reference, seconds))
                rows.append(score(f"{name}, raw", f"{kind}-raw", raw, data, label, reference))
                print(printed(label, rows[-2]), printed(label, rows[-1]), sep="\n", flush=True)
            if (PUBLISHED / label).is_dir():
                rows.append(score("tiny-audio-diffusion published samples", "published", PUBLISHED / label, data,
                                  label, reference))
                print(printed(label, rows[-1]))
            elif label != "perc":  # tiny-audio-diffusion published no single percussion samples
                notes.append("tiny-audio-diffusion's published samples not found (set PADFUSION_PUBLISHED_SAMPLES)")
                print(f"{label:<6} {'tiny-audio-diffusion published samples':<40} skipped: not in {PUBLISHED} "
                      "(set PADFUSION_PUBLISHED_SAMPLES)")
            real = every_other(data / "train" / label, COUNT, tmp / f"{label}-real")
            rows.append(score(f"real: {COUNT} training files, other kits", "real", real, data, label, reference))
            print(printed(label, rows[-1]))
            figures["classes"][label] = {"preset": {"sampler": preset.sampler, "steps": preset.steps,
                                                    "colour_spread": preset.colour_spread,
                                                    "instrument": preset.instrument},
                                         "rows": rows, "notes": notes}
        return figures


HEADER = ["| source | valid | Fréchet distance | hiss dB | tail dB | diversity | near copies | right class | s/press |",
          "|---|---|---|---|---|---|---|---|---|"]


def class_table(scores: dict) -> str:
    """One class's rows as a Markdown table (a model card shows its own class's)."""
    if "not_measured" in scores:
        return f"Not measured: {scores['not_measured']}.\n"
    preset = scores["preset"]
    lines = [f"Preset: `{preset['sampler']}`, {preset['steps']} steps, colour spread {preset['colour_spread']:g}, "
             f"post-processed as a {preset['instrument']}.", "", *HEADER]
    lines += [f"| {row['source']} | " + " | ".join(cells(row)) + " |" for row in scores["rows"]]
    lines += [f"\n{note}." for note in scores["notes"]]
    return "\n".join(lines) + "\n"


def markdown(figures: dict) -> str:
    lines = [f"{figures['count']} samples of seed {figures['seed']} with each class's preset sampler, steps and "
             "colour spread, post-processed for the preset's instrument (what a pad press plays) and raw (`--raw`), "
             "scored by `padfusion eval`'s measures against the held-back kits "
             f"({', '.join(figures['holdout_kits'])}), beside tiny-audio-diffusion's published samples and "
             f"{figures['count']} real files of other kits. Fréchet distance between descriptor distributions (dB², "
             "lower is closer); hiss in the decay and tail level in dB over the real files'; diversity as a ratio "
             "to the real set's; near copies: share of generated files that nearly copy a training file; right "
             f"class: share a {figures['neighbours']}-nearest-neighbour classifier over the real training files of "
             "kick, snare, hi-hat and percussion (descriptors; a real file is classified by other kits' files only) "
             "assigns to the class; s/press: one sample at the preset's settings, post-processing included (best of "
             f"{PRESS_ROUNDS}, on this machine's CPU)."]
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
