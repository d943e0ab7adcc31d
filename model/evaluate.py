"""Listen-free scores for a folder of generated one-shots against a folder of real ones.

Every file is read at 44.1 kHz and its first `LENGTH` samples (the model's 0.74 s, zero-padded) are
described by a vector of levels in decibels, so that no descriptor outweighs another by its unit alone:

- spectral band profile: the share of the clip's energy in each of `BAND_EDGES`' 16 log-spaced bands, in dB;
- amplitude envelope: the RMS of 16 equal time frames, in dB below the loudest frame;
- spectral centroid, as 10 log10 of its frequency in Hz; spectral flatness, in dB.

Levels are floored at `DESCRIPTOR_FLOOR_DB`, so that differences far below the audible part (a decay ending in
digital silence at -120 or at -90 dB) do not dominate. All descriptors are scale-free: gain does not change them.

Scores (`evaluate`):

- valid share: files that read, hold finite samples, are not silent (peak at or above `SILENT_DBFS`) and not
  clipped (less than `CLIPPED_SHARE` of samples at or above `CLIP_LEVEL`). Only valid files count further on.
- Fréchet distance between Gaussians fitted to the generated and the real descriptors (in dB², lower is closer),
  in all and per descriptor group. Few files make a noisy, upward-biased estimate: compare with the distance
  between two real sets of the same sizes.
- hiss: energy above `HISS_HZ` in the last `DECAY_SHARE` of the clip, relative to the clip's loudest 23 ms frame;
  tail: RMS of the last `TAIL_SECONDS` relative to the peak sample. Both in dB floored at `FLOOR_DB` (about the
  16-bit noise floor), averaged over the files, and generated minus real. Means, not medians: real sets mix
  digitally silent tails with natural decays, and a median jumps between the two.
- diversity: mean pairwise descriptor distance within the generated set, and its ratio to the real set's.
- memorisation (with a training folder): each file's distance to its nearest training file; the ratio of the
  generated median to the real median, and the share of generated files closer than `NEAR_COPY` times the real
  median ("near copies").
"""

from pathlib import Path

import numpy as np

from padfusion.core.errors import UserError
from padfusion.core.oneshot import CHANNELS, LENGTH, SAMPLE_RATE
from padfusion.model.audio import AudioError, read_audio
from padfusion.model.sources import AUDIO_SUFFIXES

BAND_EDGES = np.geomspace(30, SAMPLE_RATE / 2, 17)
ENVELOPE_FRAMES = 16
DESCRIPTOR_FLOOR_DB = -60.0
FLOOR_DB = -90.0
SILENT_DBFS = -60.0
CLIP_LEVEL = 0.999
CLIPPED_SHARE = 0.001
HISS_HZ = 8000
DECAY_SHARE = 0.3
TAIL_SECONDS = 0.1
PEAK_FRAME = 1024
NEAR_COPY = 0.25
GROUPS = {"spectrum": slice(0, 16), "envelope": slice(16, 32), "centroid+flatness": slice(32, 34)}


class EvaluationError(UserError):
    """A folder that cannot be scored, with a one-line reason."""


def decibels(power, floor=FLOOR_DB):
    return np.maximum(10 * np.log10(np.maximum(power, 1e-30)), floor)


def problem(audio: np.ndarray) -> str | None:
    """Why a (channels, samples) clip is not a valid one-shot, or None."""
    if not np.isfinite(audio).all():
        return "not finite"
    if 20 * np.log10(max(np.abs(audio).max(), 1e-12)) < SILENT_DBFS:
        return "silent"
    if np.mean(np.abs(audio) >= CLIP_LEVEL) >= CLIPPED_SHARE:
        return "clipped"
    return None


def analysis_window(audio: np.ndarray) -> np.ndarray:
    """The mono first `LENGTH` samples of a (channels, samples) clip, zero-padded."""
    mono = audio.mean(axis=0)[:LENGTH]
    return np.pad(mono, (0, LENGTH - len(mono)))


def descriptors(x: np.ndarray) -> np.ndarray:
    """The 34 descriptors (see the module's docstring) of a mono analysis window."""
    power = np.abs(np.fft.rfft(x)) ** 2
    freqs = np.fft.rfftfreq(len(x), 1 / SAMPLE_RATE)
    audible = power[freqs >= BAND_EDGES[0]]
    bands = [power[(freqs >= lo) & (freqs < hi)].sum() for lo, hi in zip(BAND_EDGES[:-1], BAND_EDGES[1:])]
    bands[-1] += power[freqs == BAND_EDGES[-1]].sum()  # the Nyquist bin
    frames = np.mean(x.reshape(ENVELOPE_FRAMES, -1) ** 2, axis=1)
    centroid = (freqs * power).sum() / power.sum()
    flatness = np.exp(np.mean(np.log(audible + 1e-30))) / audible.mean()
    spectrum = decibels(np.array(bands) / power.sum(), DESCRIPTOR_FLOOR_DB)
    envelope = decibels(frames / frames.max(), DESCRIPTOR_FLOOR_DB)
    return np.concatenate([spectrum, envelope, [10 * np.log10(centroid), decibels(flatness, DESCRIPTOR_FLOOR_DB)]])


def hiss_db(x: np.ndarray) -> float:
    """Energy above `HISS_HZ` in the decay (the last `DECAY_SHARE`), in dB re the loudest `PEAK_FRAME` frame."""
    decay = x[int(len(x) * (1 - DECAY_SHARE)):]
    window = np.hanning(len(decay))  # without it, a low body still sounding leaks into the high bins
    spectrum = np.abs(np.fft.rfft(decay * window)) ** 2
    high = spectrum[np.fft.rfftfreq(len(decay), 1 / SAMPLE_RATE) > HISS_HZ].sum() * 2 / len(decay) ** 2
    high /= np.mean(window ** 2)
    frames = x[: len(x) // PEAK_FRAME * PEAK_FRAME].reshape(-1, PEAK_FRAME)
    return float(decibels(high / np.mean(frames ** 2, axis=1).max()))


def tail_db(x: np.ndarray) -> float:
    """RMS of the last `TAIL_SECONDS`, in dB re the peak sample."""
    tail = x[-int(TAIL_SECONDS * SAMPLE_RATE):]
    return float(decibels(np.mean(tail ** 2) / np.abs(x).max() ** 2))


def audio_files(folder) -> list[Path]:
    folder = Path(folder)
    if not folder.is_dir():
        raise EvaluationError(f"{folder}: no such folder")
    files = sorted(p for p in folder.rglob("*") if p.suffix.lower() in AUDIO_SUFFIXES and p.is_file())
    if not files:
        raise EvaluationError(f"{folder}: no audio files ({', '.join(sorted(AUDIO_SUFFIXES))})")
    return files


def describe_folder(folder) -> dict:
    """Descriptors, hiss and tail of the valid files in `folder` (in the order of `paths`), and which files are
    invalid and why."""
    features, hiss, tail, valid, invalid = [], [], [], [], {}
    files = audio_files(folder)
    for path in files:
        try:
            audio = read_audio(path, SAMPLE_RATE, CHANNELS, finite=False).numpy().astype(np.float64)
        except AudioError:
            invalid[str(path)] = "unreadable"
            continue
        if reason := problem(audio):
            invalid[str(path)] = reason
            continue
        x = analysis_window(audio)
        features.append(descriptors(x))
        valid.append(str(path))
        hiss.append(hiss_db(x))
        tail.append(tail_db(x))
    if len(features) < 2:
        raise EvaluationError(f"{folder}: {len(features)} valid files of {len(files)}; at least 2 are needed")
    return {"folder": str(folder), "files": len(files), "valid": len(features), "invalid": invalid, "paths": valid,
            "features": np.array(features), "hiss_db": np.array(hiss), "tail_db": np.array(tail)}


def frechet_distance(a: np.ndarray, b: np.ndarray) -> float:
    """|mu_a - mu_b|^2 + tr(S_a + S_b - 2 (S_a^1/2 S_b S_a^1/2)^1/2) between Gaussians fitted to rows of a and b.

    The square roots come from symmetric eigendecompositions with negative round-off clipped, so the singular
    covariances of fewer files than descriptors are fine.
    """
    cov_a, cov_b = np.cov(a, rowvar=False), np.cov(b, rowvar=False)
    w, v = np.linalg.eigh(cov_a)
    sqrt_a = (v * np.sqrt(np.clip(w, 0, None))) @ v.T
    cross = np.sqrt(np.clip(np.linalg.eigvalsh(sqrt_a @ cov_b @ sqrt_a), 0, None)).sum()
    distance = np.sum((a.mean(0) - b.mean(0)) ** 2) + np.trace(cov_a) + np.trace(cov_b) - 2 * cross
    return max(float(distance), 0.0)  # round-off can leave identical sets a hair below zero


def distances(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.sqrt(np.maximum(((a[:, None, :] - b[None, :, :]) ** 2).sum(-1), 0))


def mean_pairwise_distance(a: np.ndarray) -> float:
    d = distances(a, a)
    return float(d[np.triu_indices(len(a), 1)].mean())


def evaluate(generated_dir, real_dir, train_dir=None) -> dict:
    """Score the one-shots in `generated_dir` against those in `real_dir` (see the module's docstring)."""
    gen, real = describe_folder(generated_dir), describe_folder(real_dir)
    result = {
        "generated": {k: gen[k] for k in ("folder", "files", "valid", "invalid")},
        "real": {k: real[k] for k in ("folder", "files", "valid", "invalid")},
        "valid_share": gen["valid"] / gen["files"],
        "frechet_distance": frechet_distance(gen["features"], real["features"]),
        "frechet_by_group": {name: frechet_distance(gen["features"][:, cols], real["features"][:, cols])
                             for name, cols in GROUPS.items()},
    }
    for key in ("hiss_db", "tail_db"):
        g, r = float(np.mean(gen[key])), float(np.mean(real[key]))
        result[key] = {"generated": g, "real": r, "difference": g - r}
    g, r = mean_pairwise_distance(gen["features"]), mean_pairwise_distance(real["features"])
    result["diversity"] = {"generated": g, "real": r, "ratio": g / r}
    if train_dir is not None:
        train = describe_folder(train_dir)
        nn_gen = distances(gen["features"], train["features"]).min(axis=1)
        nn_real = distances(real["features"], train["features"]).min(axis=1)
        g, r = float(np.median(nn_gen)), float(np.median(nn_real))
        if r == 0:
            raise EvaluationError(f"{real_dir}: half or more of these files are also in {train_dir}; "
                                  "compare against files held back from training")
        result["memorisation"] = {"folder": str(train_dir), "train_files": train["valid"], "nn_generated": g,
                                  "nn_real": r, "ratio": g / r, "near_copies": float(np.mean(nn_gen < NEAR_COPY * r))}
    return result


def format_table(result: dict) -> str:
    """The scores as a readable table."""
    gen, real = result["generated"], result["real"]
    rows = [("", "generated", "real", "gen vs real"),
            ("files (valid)", f"{gen['files']} ({gen['valid']})", f"{real['files']} ({real['valid']})", ""),
            ("valid share", f"{result['valid_share']:.3f}", f"{real['valid'] / real['files']:.3f}", ""),
            ("Fréchet distance (dB²)", "", "", f"{result['frechet_distance']:.1f}")]
    rows += [(f"  {name}", "", "", f"{value:.1f}") for name, value in result["frechet_by_group"].items()]
    for key, label in (("hiss_db", "hiss >8 kHz in decay (mean dB)"), ("tail_db", "tail RMS, last 100 ms (mean dB)")):
        m = result[key]
        rows.append((label, f"{m['generated']:.1f}", f"{m['real']:.1f}", f"{m['difference']:+.1f}"))
    d = result["diversity"]
    rows.append(("diversity (mean distance)", f"{d['generated']:.1f}", f"{d['real']:.1f}", f"x{d['ratio']:.2f}"))
    if m := result.get("memorisation"):
        rows.append(("distance to nearest train", f"{m['nn_generated']:.1f}", f"{m['nn_real']:.1f}",
                     f"x{m['ratio']:.2f}"))
        rows.append(("near copies of train", f"{m['near_copies']:.0%}", "", ""))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = [f"{row[0]:<{widths[0]}}  " + "  ".join(f"{c:>{w}}" for c, w in zip(row[1:], widths[1:])) for row in rows]
    for which in ("generated", "real"):
        lines += [f"invalid ({which}): {path}: {reason}" for path, reason in result[which]["invalid"].items()]
    return "\n".join(lines)
