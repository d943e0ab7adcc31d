"""Training data sets: drum one-shots made uniform for the model, split into training and held-back files, and
read back.

`build_dataset` turns every usable sound that `model.sources` finds into a 44.1 kHz stereo clip of the model's
length:

1. read with `model.audio.read_audio` (soxr high-quality resampling; mono is duplicated, extra channels dropped);
2. leading silence trimmed: the sound starts `PRE_ROLL_SECONDS` before the first sample within
   `ONSET_DB` of the peak;
3. cropped (with a `FADE_OUT_SECONDS` raised-cosine fade so the cut does not click) or zero-padded to `length`;
4. normalised to `TARGET_LUFS` integrated loudness (ITU-R BS.1770 via pyloudnorm, measured on the clip). Sounds
   whose gated loudness is -inf (nothing above the -70 LUFS gate) get their peak set to `FALLBACK_PEAK_DBFS`
   instead. The gain is then capped so that the sample peak stays at or below `MAX_PEAK_DBFS`: loud, peaky hits
   end up quieter than the target rather than clipped (the manifest records the loudness they got).

The clips are written as 16-bit WAVs, `<out>/<split>/<label>/<kit>-<name>-<n>.wav`: a label's held-back files
form a folder that `padfusion eval` takes as it is, and `load_dataset` reads a whole split into memory in about a
second. `manifest.jsonl` has one line per clip (source, label, kit, licence, original format, loudness, output
path); `skipped.jsonl` one line per source not used, with the reason; `dataset.json` the settings and counts.

Held-back split: whole kits named with `holdout_kits`, or else a deterministic hash of kit and instrument, so that
all velocity layers of one drum land in the same split.
"""

import hashlib
import json
import shutil
import tempfile
from collections import Counter
from pathlib import Path

import numpy as np
import pyloudnorm
import soundfile as sf
import torch

from padfusion.core.oneshot import CHANNELS, LENGTH, SAMPLE_RATE
from padfusion.model.audio import FADE_OUT_SECONDS, AudioError, read_audio
from padfusion.model.labels import LABELS
from padfusion.model.sources import (KEPT_OUT_PACKAGES, DatasetError, Source, folder_sources, hydrogen_sources,
                                     is_kept_out, kept_out_files, skip_record, slug)

TARGET_LUFS = -20.0
FALLBACK_PEAK_DBFS = -6.0
MAX_PEAK_DBFS = -0.1
ONSET_DB = -50.0
PRE_ROLL_SECONDS = 0.002
SILENCE_DBFS = -60.0
MIN_SOUND_SECONDS = 0.02

# Whole kits held back from the bundled models' training, so that they are judged on kits they have not seen.
HOLDOUT_KITS = ("ColomboAcousticDrumkit", "Millo_MultiLayered3", "VariBreaks")
SPLITS = ("train", "holdout")


class Skip(Exception):
    """Raised while preparing a sound that cannot be used; `reason` is one of a few short categories."""

    def __init__(self, reason: str, detail: str = ""):
        super().__init__(reason)
        self.reason, self.detail = reason, detail


# --- preparing one sound ----------------------------------------------------------------------------------

def db(x: float) -> float:
    return 20 * np.log10(max(x, 1e-12))


def loudness_meter(length: int) -> pyloudnorm.Meter:
    """BS.1770 gates 400 ms blocks; a clip shorter than that is measured as one block."""
    return pyloudnorm.Meter(SAMPLE_RATE, block_size=min(0.4, length / SAMPLE_RATE))


def prepare(path, length: int = LENGTH, meter=None) -> tuple[np.ndarray, dict]:
    """One sound as a normalised float32 (2, length) clip, and facts about it for the manifest.

    Raises `Skip` for a file that cannot be used.
    """
    try:
        info = sf.info(str(path))
        audio = read_audio(path, SAMPLE_RATE, CHANNELS).numpy().astype(np.float64)
    except (AudioError, RuntimeError, sf.LibsndfileError) as e:
        raise Skip("unreadable", str(e).splitlines()[0]) from None
    if not np.isfinite(audio).all():
        raise Skip("unreadable", "holds NaN or infinite samples")
    level = np.abs(audio).max(axis=0)
    peak = level.max()
    if db(peak) < SILENCE_DBFS:
        raise Skip("silent", f"peak {db(peak):.0f} dBFS")
    audible = np.flatnonzero(level >= peak * 10 ** (ONSET_DB / 20))
    if (audible[-1] - audible[0] + 1) / SAMPLE_RATE < MIN_SOUND_SECONDS:
        raise Skip("too short", f"{(audible[-1] - audible[0] + 1) / SAMPLE_RATE * 1000:.0f} ms above {ONSET_DB:.0f} dB")
    audio = audio[:, max(0, audible[0] - round(PRE_ROLL_SECONDS * SAMPLE_RATE)):]
    cropped = audio.shape[1] > length
    if cropped:
        audio = audio[:, :length].copy()
        fade = min(round(FADE_OUT_SECONDS * SAMPLE_RATE), length)
        audio[:, -fade:] *= 0.5 * (1 + np.cos(np.linspace(0, np.pi, fade)))
    else:
        audio = np.pad(audio, ((0, 0), (0, length - audio.shape[1])))

    meter = meter or loudness_meter(length)
    loudness = meter.integrated_loudness(audio.T)
    peak_dbfs = db(np.abs(audio).max())
    gain_db = TARGET_LUFS - loudness if np.isfinite(loudness) else FALLBACK_PEAK_DBFS - peak_dbfs
    gain_db = min(gain_db, MAX_PEAK_DBFS - peak_dbfs)
    audio *= 10 ** (gain_db / 20)
    finite = np.isfinite(loudness)
    facts = {
        "original_sample_rate": info.samplerate, "original_channels": info.channels,
        "original_seconds": round(info.duration, 4), "cropped": cropped,
        "loudness_before": round(loudness, 2) if finite else None,
        "loudness_after": round(loudness + gain_db, 2) if finite else None,
        "gain_db": round(gain_db, 2), "peak_dbfs": round(peak_dbfs + gain_db, 2),
    }
    return audio.astype(np.float32), facts


# --- building a data set ----------------------------------------------------------------------------------

def in_holdout(source: Source, holdout_kits: set[str], holdout_fraction: float) -> bool:
    if holdout_kits:
        return source.kit in holdout_kits
    digest = hashlib.sha1(f"{source.kit}/{source.name}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2 ** 64 < holdout_fraction


def prepare_output(out: Path, overwrite: bool):
    """Refuse to write into a folder holding anything but an earlier data set (which `overwrite` replaces)."""
    if out.exists() and any(out.iterdir()):
        if not (out / "manifest.jsonl").is_file():
            raise DatasetError(f"{out} is not empty and holds no data set; choose a new or empty folder")
        if not overwrite:
            raise DatasetError(f"{out} already holds a data set; pass --overwrite to replace it")
        for split in SPLITS:
            shutil.rmtree(out / split, ignore_errors=True)
    out.mkdir(parents=True, exist_ok=True)


def build_dataset(out, folders=(), hydrogen=None, *, packages=(), labels=None, length: int = LENGTH,
                  holdout_kits=None, holdout_fraction: float = 0.1, overwrite: bool = False,
                  progress: bool = False) -> dict:
    """Build a data set in `out` from one-shot `folders`, the Hydrogen kits under `hydrogen` and installed
    `packages` (see `model.sources.PACKAGES`). Files of the kept-out packages (`KEPT_OUT_PACKAGES`) are skipped
    wherever found.

    Held back: the kits named in `holdout_kits`; None means those of `HOLDOUT_KITS` that are read, so that no data
    set trains on the kits the bench judges by; where none is read (or with `holdout_kits=()`), a hashed
    `holdout_fraction` of the instruments.

    Returns the summary also written to `dataset.json`: settings, `counts` {label: {split: n}}, `skipped`
    {reason: n}, and `licences` {kit: licence} of the kits that contributed sounds.
    """
    out = Path(out)
    labels = set(labels or LABELS)
    if unknown := labels - set(LABELS):
        raise DatasetError(f"unknown label(s) {', '.join(sorted(unknown))}; choose from {', '.join(LABELS)}")
    if not folders and hydrogen is None and not packages:
        raise DatasetError("nothing to read: give one-shot folders, --hydrogen or --installed")

    with tempfile.TemporaryDirectory(prefix="padfusion-dataset-") as workdir:  # samples taken out of soundfonts
        candidates, skipped = [], []
        for folder in folders:
            candidates += folder_sources(folder)
        if hydrogen is not None:
            found, skips = hydrogen_sources(hydrogen)
            candidates += found
            skipped += skips
        for package in packages:
            found, skips = package.sources(workdir)
            candidates += found
            skipped += skips
        kits = {source.kit for source, _ in candidates}
        holdout_kits = set(HOLDOUT_KITS) & kits if holdout_kits is None else set(holdout_kits)
        if missing := holdout_kits - kits:
            raise DatasetError(f"no kit named {', '.join(sorted(missing))}; the kits are: {', '.join(sorted(kits))}")
        prepare_output(out, overwrite)
        items, more_skips = prepare_all(out, candidates, labels, length, holdout_kits, holdout_fraction, progress)
    skipped += more_skips
    write_jsonl(out / "manifest.jsonl", items)
    write_jsonl(out / "skipped.jsonl", skipped)
    summary = {
        "sample_rate": SAMPLE_RATE, "length": length, "target_lufs": TARGET_LUFS, "labels": sorted(labels),
        "sources": [str(f) for f in folders] + ([str(hydrogen)] if hydrogen is not None else [])
                   + [f"{package.name}: {package.path}" for package in packages],
        "holdout": sorted(holdout_kits) if holdout_kits else f"hash of kit/name, fraction {holdout_fraction}",
        "counts": {label: {split: sum(1 for i in items if i["label"] == label and i["split"] == split)
                           for split in SPLITS} for label in sorted({i["label"] for i in items})},
        "skipped": dict(Counter(s["reason"] for s in skipped).most_common()),
        "licences": {i["kit"]: i["licence"] for i in items},
    }
    (out / "dataset.json").write_text(json.dumps(summary, indent=2) + "\n")
    return summary


def prepare_all(out: Path, candidates, labels: set[str], length: int, holdout_kits: set[str],
                holdout_fraction: float, progress: bool) -> tuple[list[dict], list[dict]]:
    """Prepare and write every usable candidate; (manifest rows, skip records)."""
    meter = loudness_meter(length)
    kept_files = kept_out_files()
    used, items, names, skipped = set(), [], Counter(), []
    if progress:
        from tqdm import tqdm
        candidates = tqdm(candidates, desc="dataset", unit="file")
    for source, label in candidates:
        try:
            if is_kept_out(source.path, kept_files):
                raise Skip("kept out", f"from {' or '.join(KEPT_OUT_PACKAGES)}, kept for evaluation on unseen kits")
            if not source.path.is_file():
                raise Skip("missing", "named in drumkit.xml but not in the kit folder")
            if source.path.resolve() in used:
                raise Skip("duplicate", "already used for another instrument")
            if label is None:
                raise Skip("unlabelled", f"no class keyword in {source.name!r}")
            if label not in labels:
                raise Skip("label not selected", label)
            audio, facts = prepare(source.path, length, meter)
        except Skip as skip:
            skipped.append(skip_record(source, skip.reason, skip.detail))
            continue
        used.add(source.path.resolve())
        split = "holdout" if in_holdout(source, holdout_kits, holdout_fraction) else "train"
        stem = f"{slug(source.kit)}-{slug(source.name)}"
        names[stem] += 1
        relative = Path(split, label, f"{stem}-{names[stem]}.wav")
        (out / relative).parent.mkdir(parents=True, exist_ok=True)
        sf.write(out / relative, audio.T, SAMPLE_RATE, subtype="PCM_16")
        items.append({"path": str(relative), "label": label, "split": split,
                      "source": source.origin or str(source.path),
                      "kit": source.kit, "name": source.name, "licence": source.licence,
                      "licence_source": source.licence_source, "author": source.author, **facts})
    return items, skipped


def write_jsonl(path: Path, rows: list[dict]):
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")


def read_jsonl(path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


# --- reading a data set -----------------------------------------------------------------------------------

def read_manifest(folder) -> list[dict]:
    path = Path(folder) / "manifest.jsonl"
    if not path.is_file():
        raise DatasetError(f"{folder}: not a data set (no manifest.jsonl); build one with `padfusion dataset`")
    return read_jsonl(path)


def load_dataset(folder, label: str, split: str = "train") -> torch.Tensor:
    """All clips of one label and split as a float32 tensor (N, 2, length), in manifest order."""
    items = [i for i in read_manifest(folder) if i["label"] == label and i["split"] == split]
    if not items:
        have = sorted({f"{i['label']}/{i['split']}" for i in read_manifest(folder)})
        raise DatasetError(f"{folder}: no {label!r} clips in the {split!r} split; it holds {', '.join(have)}")
    return torch.stack([read_audio(Path(folder) / i["path"], SAMPLE_RATE, CHANNELS) for i in items])


def report(folder, examples: int = 3) -> str:
    """A readable account of a built data set: clips per label and split, skips by reason, licences."""
    folder = Path(folder)
    summary = json.loads((folder / "dataset.json").read_text())
    skipped = read_jsonl(folder / "skipped.jsonl")
    lines = [f"{'label':<8}" + "".join(f"{split:>9}" for split in SPLITS)]
    for label, counts in summary["counts"].items():
        lines.append(f"{label:<8}" + "".join(f"{counts[split]:>9}" for split in SPLITS))
    lines.append(f"held back: {summary['holdout']}")
    lines.append(f"skipped {len(skipped)} (all in {folder / 'skipped.jsonl'}):")
    for reason, count in summary["skipped"].items():
        lines.append(f"  {count:>4} {reason}")
        for s in [s for s in skipped if s["reason"] == reason][:examples]:
            lines.append(f"         {s['source']}" + (f": {s['detail']}" if s["detail"] else ""))
    lines.append("licences:")
    lines += [f"  {kit}: {licence}" for kit, licence in summary["licences"].items()]
    return "\n".join(lines)
