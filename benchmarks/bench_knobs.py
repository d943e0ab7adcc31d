"""How well the bundled models obey their knobs and the key (issue 25): for each knob of each class, five settings
across the 10th to 90th percentile of the training files' values of its descriptor (the other knobs free), each
with SEEDS seeds and the class's preset sampler and steps; the samples measured by the knob's own descriptor
(model/descriptors.py) as a pad press would play them (post-processed).

Figures per knob: the Spearman correlation of setting and measurement over all samples, the median error at
each setting (relative for decay and brightness, dB for punch and tone, cents for pitch), and quality at each
setting, `padfusion eval`'s measures of the setting's samples against the training files whose descriptor lies
near it (the 20 percentile points around the setting) beside the unsteered samples' against all training files
and (the fair comparison, as a Fréchet distance grows as its sets shrink) against each fifth of them.
With `key` set (a different key per seed), the share of tonal samples within 25 cents of the key's root.
Time: steered against unsteered seconds per sample, the runs interleaved.

Run with `make bench BENCH=bench_knobs` (32 seeds per setting), or `python -m benchmarks.bench_knobs --seeds 8`
(recorded all the same, with its seed count) on a prepared data set (`--data`, from `padfusion dataset
--installed`), fewer classes or knobs.
"""

import argparse
import tempfile
import time
from pathlib import Path

import numpy as np
import torch
from scipy.stats import spearmanr

from benchmarks.bench_quality import BUNDLED, reference_data
from benchmarks.results import not_measured
from padfusion.bridge.presets import load_preset
from padfusion.model import descriptors
from padfusion.model.audio import read_audio, write_wav
from padfusion.model.descriptors import NOTE_NAMES
from padfusion.model.evaluate import audio_files, evaluate
from padfusion.model.knobs import KNOBS, TONAL, nearest_in_key
from padfusion.model.pipeline import Pipeline

TITLE = "Knobs and key: how well generation obeys them"
SEEDS = 32
PERCENTILES = (10, 30, 50, 70, 90)
NEAR = 10  # percentile points either side of a setting that count as near it, for its quality
TIMING_SEEDS = 4  # unsteered samples made before each knob's settings, for the time ratio
GOALS = {"spearman": 0.9, "decay": 0.2, "brightness": 0.2, "punch": 2.0, "tone": 2.0, "pitch": 25.0,
         "key_share": 0.9, "key_cents": 25.0, "time_ratio": 1.5, "quality_ratio": 1.15}
UNITS = {"decay": "%", "brightness": "%", "punch": "dB", "tone": "dB", "pitch": "cents"}


def error(name: str, measured: float, setting: float) -> float:
    """How far a measurement is from its setting, in the unit the goal is in (UNITS)."""
    if name == "pitch":
        return abs(descriptors.cents(measured, setting))
    if name in ("decay", "brightness"):
        return abs(measured - setting) / setting
    return abs(measured - setting)


def training_values(data: Path, label: str) -> dict[Path, dict]:
    return {path: descriptors.measure(read_audio(path).numpy()) for path in audio_files(data / "train" / label)}


def link(paths, folder: Path) -> Path:
    folder.mkdir(parents=True)
    for path in paths:
        (folder / path.name).symlink_to(path)
    return folder


class Generator:
    """One class's model and preset, making and timing samples as a pad press would."""

    def __init__(self, label: str):
        self.label, self.preset = label, load_preset(label)
        self.pipe = Pipeline.load(str(BUNDLED / label), device="cpu")

    def __call__(self, seeds, knobs=(), key=None):
        """The samples of `seeds` (numpy, channels x samples) and the seconds per sample they took."""
        started = time.perf_counter()
        audio = self.pipe.generate_each(seeds, steps=self.preset.steps, sampler=self.preset.sampler,
                                        instrument=self.label, knobs=knobs, key=key)
        return [clip.numpy() for clip in audio], (time.perf_counter() - started) / len(seeds)


def write(clips, folder: Path) -> Path:
    folder.mkdir(parents=True)
    for k, clip in enumerate(clips):
        write_wav(folder / f"{k:03d}.wav", torch.from_numpy(clip.astype(np.float32)))
    return folder


def quality(generated: Path, real: Path) -> dict:
    result = evaluate(generated, real)
    return {"frechet_distance": result["frechet_distance"], "hiss_db": result["hiss_db"]["difference"],
            "tail_db": result["tail_db"]["difference"], "diversity": result["diversity"]["ratio"]}


def knob_figures(make: Generator, name: str, train: dict[Path, dict], seeds, tmp: Path) -> tuple[dict, list]:
    """One knob's settings, measurements, errors and quality; and the seconds per sample of its runs."""
    values = {path: m[name] for path, m in train.items() if m[name] is not None}
    knob = next(k for k in KNOBS[make.label] if k.name == name)
    settings = np.clip(np.percentile(list(values.values()), PERCENTILES), knob.low, knob.high)
    pairs, rows, seconds = [], [], []
    for percentile, setting in zip(PERCENTILES, settings):
        clips, took = make(seeds, knobs=((name, float(setting)),))
        seconds.append(took)
        measured = [descriptors.MEASURES[name](clip) for clip in clips]
        found = [m for m in measured if m is not None]
        pairs += [(setting, m) for m in found]
        low, high = np.percentile(list(values.values()), [max(percentile - NEAR, 0), min(percentile + NEAR, 100)])
        near = [path for path, value in values.items() if low <= value <= high]
        rows.append({"setting": float(setting), "percentile": percentile, "measured": len(found),
                     "median": float(np.median(found)) if found else None,
                     "median_error": float(np.median([error(name, m, setting) for m in found])) if found else None,
                     "real_near": len(near),
                     "quality": quality(write(clips, tmp / f"{name}-{percentile}"),
                                        link(near, tmp / f"{name}-{percentile}-real"))})
        print(f"  {name:<10} {setting:9.3f} -> median {rows[-1]['median']}, error {rows[-1]['median_error']}, "
              f"FD {rows[-1]['quality']['frechet_distance']:.0f} ({took:.1f} s/sample)", flush=True)
    rho = spearmanr(*zip(*pairs)).statistic if len(pairs) > 2 else None
    return {"spearman": None if rho is None or np.isnan(rho) else float(rho), "settings": rows}, seconds


def key_figures(make: Generator, seeds) -> dict:
    """Tonal samples made with a key (seed k in the k-th of the twelve keys): how near their pitch is its root."""
    cents = []
    for seed in seeds:
        key = NOTE_NAMES[seed % 12]
        clips, _ = make([seed], key=key)
        pitch = descriptors.pitch(clips[0])
        if pitch is not None:
            cents.append(abs(descriptors.cents(pitch, nearest_in_key(pitch, key))))
    within = sum(c <= GOALS["key_cents"] for c in cents)
    print(f"  key: {within} of {len(cents)} pitched samples within {GOALS['key_cents']:g} cents "
          f"({len(seeds) - len(cents)} unpitched)", flush=True)
    return {"samples": len(seeds), "pitched": len(cents), "within": within,
            "share": within / len(cents) if cents else None,
            "median_cents": float(np.median(cents)) if cents else None}


def class_figures(label: str, data: Path, seeds, names, tmp: Path) -> dict:
    make = Generator(label)
    train = training_values(data, label)
    unsteered, took = make(seeds)
    plain_seconds, steered_seconds = [took], []
    baseline = quality(write(unsteered, tmp / "unsteered"), data / "train" / label)
    files = audio_files(data / "train" / label)
    fifths = [quality(tmp / "unsteered", link(files[k::5], tmp / f"fifth-{k}"))["frechet_distance"] for k in range(5)]
    baseline["frechet_distance_fifths"] = float(np.mean(fifths))
    print(f"{label}: {make.preset.sampler}, {make.preset.steps} steps; unsteered FD {baseline['frechet_distance']:.0f} "
          f"against all {len(train)} training files", flush=True)
    figures = {"preset": {"sampler": make.preset.sampler, "steps": make.preset.steps}, "training_files": len(train),
               "unsteered": baseline, "knobs": {}}
    for knob in KNOBS[label]:
        if names and knob.name not in names:
            continue
        plain_seconds.append(make(seeds[:TIMING_SEEDS])[1])
        figures["knobs"][knob.name], seconds = knob_figures(make, knob.name, train, seeds, tmp)
        steered_seconds += seconds
    if label in TONAL:
        figures["key"] = key_figures(make, seeds)
    figures["seconds_per_sample"] = {"unsteered": float(np.median(plain_seconds)),
                                     "steered": float(np.median(steered_seconds)) if steered_seconds else None}
    return figures


def main(argv=()) -> dict:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_knobs", description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=SEEDS, help=f"seeds per setting (default {SEEDS})")
    parser.add_argument("--classes", default=",".join(KNOBS), help="only these classes")
    parser.add_argument("--knobs", default="", help="only these knobs (default: all)")
    parser.add_argument("--data", help="a data set `padfusion dataset --installed` made (default: made here)")
    args = parser.parse_args(argv)
    names = [n for n in args.knobs.split(",") if n]
    seeds = list(range(args.seeds))
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        data, why = (Path(args.data), "") if args.data else reference_data(tmp / "data")
        if data is None:
            print(why)
            return not_measured(why)
        figures = {"seeds": args.seeds, "percentiles": list(PERCENTILES), "goals": GOALS, "classes": {}}
        for label in args.classes.split(","):
            figures["classes"][label] = class_figures(label, data, seeds, names, tmp / label)
    return figures


def verdict(ok: bool | None) -> str:
    return "" if ok is None else " ✓" if ok else " ✗"


def knob_row(name: str, knob: dict, baseline: float) -> str:
    goal = GOALS[name]
    scale = 100 if UNITS[name] == "%" else 1
    errors = [s["median_error"] for s in knob["settings"]]
    worst = None if None in errors else max(errors)
    shown = "-" if worst is None else f"{worst * scale:.{1 if UNITS[name] == 'dB' else 0}f}"
    settings = " / ".join(f"{s['setting']:.3g}" for s in knob["settings"])
    medians = " / ".join("-" if s["median"] is None else f"{s['median']:.3g}" for s in knob["settings"])
    ratios = [s["quality"]["frechet_distance"] / baseline for s in knob["settings"]]
    quality = " / ".join(f"{r:.2f}" for r in ratios)
    rho = knob["spearman"]
    return (f"| {name} | {settings} | {medians} | "
            f"{'-' if rho is None else f'{rho:.2f}'}{verdict(None if rho is None else rho >= GOALS['spearman'])} | "
            f"{shown} {UNITS[name]} (goal {goal * scale:g})"
            f"{verdict(None if worst is None else worst <= goal)} | {quality}"
            f"{verdict(max(ratios) <= GOALS['quality_ratio'])} |")


def class_table(figures: dict, scores: dict) -> str:
    """One class's knob table (a model card shows its own class's)."""
    base = scores["unsteered"]
    lines = [f"Preset `{scores['preset']['sampler']}`, {scores['preset']['steps']} steps; {figures['seeds']} seeds per "
             f"setting; unsteered: Fréchet distance {base['frechet_distance']:.0f} against all "
             f"{scores['training_files']} training files, {base['frechet_distance_fifths']:.0f} against a fifth of "
             "them (the mean over the five).", "",
             "| knob | settings (10th-90th percentile of training) | measured medians | Spearman | "
             f"worst median error | Fréchet distance at each setting over the unsteered one's (goal at most "
             f"x{GOALS['quality_ratio']:g}) |",
             "|---|---|---|---|---|---|"]
    lines += [knob_row(name, knob, base["frechet_distance_fifths"]) for name, knob in scores["knobs"].items()]
    if key := scores.get("key"):
        share = "-" if key["share"] is None else f"{key['share']:.0%}"
        lines += ["", f"Key: {key['within']} of {key['pitched']} pitched samples within {GOALS['key_cents']:g} cents "
                  f"of the key's root ({share}; goal {GOALS['key_share']:.0%}"
                  f"{verdict(None if key['share'] is None else key['share'] >= GOALS['key_share'])}); "
                  f"{key['samples'] - key['pitched']} of {key['samples']} had no measurable pitch."]
    timing = scores["seconds_per_sample"]
    if timing["steered"]:
        ratio = timing["steered"] / timing["unsteered"]
        lines += ["", f"Time per sample: {timing['steered']:.2f} s steered, {timing['unsteered']:.2f} s unsteered "
                  f"(x{ratio:.2f}; goal x{GOALS['time_ratio']:g}{verdict(ratio <= GOALS['time_ratio'])})."]
    return "\n".join(lines) + "\n"


def markdown(figures: dict) -> str:
    lines = [f"Each knob of each bundled model at five settings (the {figures['percentiles'][0]}th to "
             f"{figures['percentiles'][-1]}th percentile of the training files' descriptor), other knobs free, "
             f"{figures['seeds']} seeds per setting with the class's preset sampler and steps, measured by the "
             "knob's own descriptor (model/descriptors.py) on the post-processed samples. Spearman: setting against "
             "measurement over all samples; error: the median at each setting, the worst setting's shown "
             "(relative for decay and brightness). Quality: `padfusion eval`'s Fréchet distance (dB², lower is "
             "closer) of each setting's samples against the training files near that setting (a fifth of them), "
             "over the unsteered samples' against a fifth of all training files (a distance grows as its sets "
             "shrink: the same sizes compare fairly). How steering works: "
             "[docs/steering.md](steering.md)."]
    for label, scores in figures["classes"].items():
        lines += ["", f"### {label}", "", class_table(figures, scores).rstrip("\n")]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    import sys

    from benchmarks import pages, results

    print(results.record("bench_knobs", main(sys.argv[1:])))
    pages.write()
