"""Training data: drum one-shots from folders or installed Hydrogen kits, made uniform for the model.

`build_dataset` turns every usable sound into a 44.1 kHz stereo clip of the model's length:

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

Labels come from names (see `KEYWORDS`). Held-back split: whole kits named with `holdout_kits`, or else a
deterministic hash of kit and instrument, so that all velocity layers of one drum land in the same split.
"""

import fnmatch
import hashlib
import json
import re
import shutil
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pyloudnorm
import soundfile as sf
import torch

from padfusion.model.audio import FADE_OUT_SECONDS, AudioError, read_audio
from padfusion.model.errors import UserError

SAMPLE_RATE = 44100
DEFAULT_LENGTH = 32768
TARGET_LUFS = -20.0
FALLBACK_PEAK_DBFS = -6.0
MAX_PEAK_DBFS = -0.1
ONSET_DB = -50.0
PRE_ROLL_SECONDS = 0.002
SILENCE_DBFS = -60.0
MIN_SOUND_SECONDS = 0.02

HYDROGEN_KITS = Path("/usr/share/hydrogen/data/drumkits")
HYDROGEN_COPYRIGHT = Path("/usr/share/doc/hydrogen-drumkits/copyright")
# Whole kits held back from the bundled models' training, so that they are judged on kits they have not seen.
HOLDOUT_KITS = ("ColomboAcousticDrumkit", "Millo_MultiLayered3", "VariBreaks")
# Packages kept out of every data set: the project's sound is checked on their kits, which no model may have seen.
# Their files are refused by the dpkg file lists where installed, else by these names.
KEPT_OUT_PACKAGES = ("avldrums.lv2-soundfont", "hydrogen-data")
KEPT_OUT_NAMES = ("avldrums.lv2", "Black_Pearl_4_LV2.sf2", "Red_Zeppelin_4_LV2.sf2", "GMRockKit", "TR808EmulationKit")
DPKG_INFO = Path("/var/lib/dpkg/info")
AUDIO_SUFFIXES = {".wav", ".wave", ".flac", ".aif", ".aiff", ".aifc", ".ogg", ".oga", ".opus", ".mp3"}
SPLITS = ("train", "holdout")

# Words and phrases that name each class, matched against whole words of a name ("BassDrum", "bass_drum" and
# "Bass Drum" all read as "bass drum"). Labels are tried in this order, so "Ride Bell" is a cymbal and
# "Snare Rimshot" a snare. Cymbals are a class of their own so that they stay out of the hi-hat and percussion
# sets; toms, claps, rim clicks and side sticks count as percussion.
KEYWORDS = {
    "kick": ("kick", "kickdrum", "kicks", "bd", "bass drum", "bassdrum"),
    "snare": ("snare", "snares", "sd", "sn", "rimshot"),
    "hihat": ("hihat", "hihats", "hi hat", "hat", "hats", "hh", "chh", "ohh", "phh"),
    "cymbal": ("cymbal", "cymbals", "crash", "ride", "china", "splash"),
    "perc": ("perc", "percussion", "tom", "toms", "clap", "claps", "handclap", "snap", "snaps", "fingersnap",
             "conga", "congas", "bongo", "bongos", "shaker", "tamb", "tambourine", "cowbell", "agogo", "clave",
             "claves", "woodblock", "maraca", "maracas", "cabasa", "guiro", "cajon", "djembe", "dunun",
             "dununba", "sangban", "kenkeni", "timbale", "timbales", "rim", "stick", "sidestick"),
}
LABELS = tuple(KEYWORDS)


class DatasetError(UserError):
    """A data set that cannot be built or read, with a one-line reason the user can act on."""


@dataclass(frozen=True)
class Source:
    """One sound to consider: where it is, which kit and instrument it belongs to, and under what licence."""
    path: Path
    kit: str
    name: str
    licence: str = "unknown"
    licence_source: str = ""
    author: str = ""
    origin: str = ""  # where the sound really is, when `path` is a copy (a sample taken out of a soundfont)


class Skip(Exception):
    """Raised while preparing a sound that cannot be used; `reason` is one of a few short categories."""

    def __init__(self, reason: str, detail: str = ""):
        super().__init__(reason)
        self.reason, self.detail = reason, detail


def words(name: str) -> list[str]:
    """Lower-case words of a name, splitting camelCase, digits and punctuation: "HiHat_02" -> ["hi", "hat"]."""
    return re.findall(r"[a-z]+", re.sub(r"([a-z])([A-Z])", r"\1 \2", name).lower())


def label_for(*names: str) -> str | None:
    """The class named by the first of `names` that names one (see `KEYWORDS`), or None."""
    for name in names:
        text = f" {' '.join(words(name))} "
        for label, keywords in KEYWORDS.items():
            if any(f" {keyword} " in text for keyword in keywords):
                return label
    return None


# --- finding sounds ---------------------------------------------------------------------------------------

def folder_sources(root) -> list[tuple[Source, str | None]]:
    """Audio files under `root` with their labels: from the file name, else the nearest folder that names one.

    The kit is the first folder under `root` (`root`'s own name for files directly in it).
    """
    root = Path(root)
    if not root.is_dir():
        raise DatasetError(f"{root}: no such folder")
    found = []
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if path.suffix.lower() not in AUDIO_SUFFIXES or any(p.startswith(".") for p in relative.parts):
            continue
        kit = relative.parts[0] if len(relative.parts) > 1 else root.resolve().name
        label = label_for(path.stem, *reversed(relative.parent.parts))
        found.append((Source(path, kit, path.stem), label))
    return found


def strip_namespaces(root: ET.Element) -> ET.Element:
    """Newer drumkit.xml files put every tag in the http://www.hydrogen-music.org/drumkit namespace; drop it."""
    for element in root.iter():
        element.tag = element.tag.rpartition("}")[2]
    return root


def copyright_stanzas(copyright_file) -> list[tuple[list[str], str]]:
    """(file patterns, licence) of each stanza of a Debian machine-readable copyright file; [] if there is none."""
    path = Path(copyright_file)
    if not path.is_file():
        return []
    stanzas = []
    for stanza in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")):
        files = re.search(r"^Files:(.*(?:\n[ \t].*)*)", stanza, re.MULTILINE)
        licence = re.search(r"^License:[ \t]*(.+)", stanza, re.MULTILINE)
        if files and licence:
            stanzas.append((files.group(1).split(), licence.group(1).strip()))
    return stanzas


def debian_licences(copyright_file=HYDROGEN_COPYRIGHT) -> dict[str, str]:
    """Kit-archive glob pattern (e.g. "Gimme?A?Hand?1.0") -> licence, from a machine-readable copyright file."""
    return {Path(pattern).name.removesuffix(".h2drumkit"): licence
            for patterns, licence in copyright_stanzas(copyright_file)
            for pattern in patterns if pattern.endswith(".h2drumkit")}


def kit_licence_from_debian(kit_folder: str, licences: dict[str, str]) -> str | None:
    """The licence of the archive a kit folder came from: "circAfrique v4" is unpacked from circAfrique.h2drumkit."""
    for pattern, licence in licences.items():
        if fnmatch.fnmatchcase(kit_folder, pattern) or fnmatch.fnmatchcase(kit_folder, pattern + " *"):
            return licence
    return None


def hydrogen_kit_dirs(folder) -> list[Path]:
    folder = Path(folder)
    if (folder / "drumkit.xml").is_file():
        return [folder]
    kits = sorted(p.parent for p in folder.glob("*/drumkit.xml"))
    if not kits:
        raise DatasetError(f"{folder}: no Hydrogen drum kits (folders holding a drumkit.xml) here; "
                           "install the hydrogen-drumkits package or pass the folder your kits are in")
    return kits


def hydrogen_sources(folder=HYDROGEN_KITS, copyright_file=HYDROGEN_COPYRIGHT):
    """Every layer of every instrument of the kits under `folder`, labelled by instrument name.

    Returns (sources with labels, skips): a drumkit.xml that cannot be parsed is a skip, not an error. The
    licence is the kit's own `<license>` (or `<licence>`) where it states one, else the Debian copyright file's.
    """
    debian = debian_licences(copyright_file)
    found, skips = [], []
    for kit_dir in hydrogen_kit_dirs(folder):
        xml_path = kit_dir / "drumkit.xml"
        try:
            kit = strip_namespaces(ET.parse(xml_path).getroot())
        except ET.ParseError as e:
            skips.append(skip_record(Source(xml_path, kit_dir.name, "drumkit.xml"), "bad drumkit.xml", str(e)))
            continue
        licence = next((text for tag in ("license", "licence") if (text := (kit.findtext(tag) or "").strip())), None)
        licence_source = "drumkit.xml" if licence else ""
        if not licence and (licence := kit_licence_from_debian(kit_dir.name, debian)):
            licence_source = str(copyright_file)
        author = (kit.findtext("author") or "").strip()
        for instrument in kit.iter("instrument"):
            name = (instrument.findtext("name") or "").strip()
            for filename in instrument.iter("filename"):
                source = Source(kit_dir / filename.text.strip(), kit_dir.name, name, licence or "unknown",
                                licence_source, author)
                found.append((source, label_for(name, source.path.stem)))
    return found, skips


# --- keeping the evaluation kits out ---------------------------------------------------------------------

def kept_out_files(info=DPKG_INFO) -> set[Path]:
    """The files the kept-out packages installed, from dpkg's lists (empty where they are not installed)."""
    files = set()
    for package in KEPT_OUT_PACKAGES:
        listing = Path(info) / f"{package}.list"
        if listing.is_file():
            files |= {Path(line) for line in listing.read_text().splitlines() if line.strip()}
    return files


def is_kept_out(path, kept_files: set[Path]) -> bool:
    path = Path(path)
    return path in kept_files or path.resolve() in kept_files or any(part in KEPT_OUT_NAMES for part in path.parts)


# --- installable packages of one-shots -------------------------------------------------------------------

def copyright_licence(copyright_file, file_name: str) -> str | None:
    """The licence a Debian machine-readable copyright file gives a file, by its name: the last stanza with a
    pattern whose last part matches the name (as the format's last-match rule), else the `Files: *` stanza's."""
    named, everything = None, None
    for patterns, licence in copyright_stanzas(copyright_file):
        for pattern in patterns:
            if pattern == "*":
                everything = licence
            elif Path(pattern).name != "*" and fnmatch.fnmatchcase(file_name, Path(pattern).name):
                named = licence
    return named or everything


# Packages whose copyright file is free text rather than machine-readable: their licence as that text states it.
FREE_TEXT_LICENCES = {"fluid-soundfont-gm": "MIT", "fluid-soundfont-gs": "MIT",
                      "musescore-general-soundfont-lossless": "MIT (parts public domain or CC0)"}


def package_licence(package: str, file_name: str) -> tuple[str, str]:
    """(licence, where it was read) of a file of an installed Debian package."""
    copyright_file = Path("/usr/share/doc") / package / "copyright"
    licence = copyright_licence(copyright_file, file_name) or FREE_TEXT_LICENCES.get(package, "unknown")
    return licence, str(copyright_file)


# Sonic Pi's sample names that do not say their class in KEYWORDS' words, and the kinds of its samples that are
# not one-shot drums (loops, pads, basses, guitars, noises).
SONIC_PI_LABELS = {"drum_bass_hard": "kick", "drum_bass_soft": "kick", "drum_cymbal_closed": "hihat",
                   "drum_cymbal_open": "hihat", "drum_cymbal_pedal": "hihat"}
SONIC_PI_NOT_DRUMS = ("ambi_", "bass_", "glitch_", "guit_", "loop_", "mehackit_", "misc_", "vinyl_")


def sonic_pi_sources(folder=Path("/usr/share/sonic-pi/samples")):
    """The sonic-pi-samples package's drum one-shots, each with its licence from the package's copyright file."""
    found = []
    for path in sorted(Path(folder).glob("*.flac")):
        if path.name.startswith(SONIC_PI_NOT_DRUMS):
            continue
        licence, licence_source = package_licence("sonic-pi-samples", path.name)
        label = SONIC_PI_LABELS.get(path.stem) or label_for(path.stem)
        found.append((Source(path, "sonic-pi", path.stem, licence, licence_source), label))
    return found, []


def lmms_sources(folder=Path("/usr/share/lmms/samples")):
    """The lmms-common package's drum samples (its drums/ and beats/ folders; loops there stay unlabelled)."""
    found = []
    for sub in ("drums", "beats"):
        for source, label in folder_sources(Path(folder) / sub) if (Path(folder) / sub).is_dir() else []:
            licence, licence_source = package_licence("lmms-common", source.path.name)
            found.append((Source(source.path, "lmms", source.name, licence, licence_source), label))
    return found, []


# General MIDI percussion keys (the note numbers of a bank-128 kit) and the class of the sound each one plays;
# keys not here (sequencer clicks, whistles, scratches) are not used.
GM_DRUM_KEYS = {35: "kick", 36: "kick", 37: "perc", 38: "snare", 39: "perc", 40: "snare", 41: "perc", 42: "hihat",
                43: "perc", 44: "hihat", 45: "perc", 46: "hihat", 47: "perc", 48: "perc", 49: "cymbal", 50: "perc",
                51: "cymbal", 52: "cymbal", 53: "cymbal", 54: "perc", 55: "cymbal", 56: "perc", 57: "cymbal",
                58: "perc", 59: "cymbal", **{key: "perc" for key in (*range(60, 71), *range(73, 82))}}
DRUM_BANK = 128
# SoundFont sample types (SF2 2.04, section 7.10): bit 1 mono, 2 right, 4 left, 8 linked; 0x8000 a ROM sample.
SAMPLE_RIGHT, SAMPLE_LEFT, SAMPLE_ROM = 2, 4, 0x8000


def read_soundfont(file):
    """sf2utils' parse of an open SoundFont 2 file, without its warnings about odd loop points (drums do not loop)."""
    import logging

    from sf2utils.sf2parse import Sf2File

    logging.disable(logging.WARNING)  # sf2utils warns through the root logger, once per sample
    try:
        font = Sf2File(file)
        font.samples  # noqa: B018 (parsed on first use)
        return font
    except Exception as e:  # sf2utils raises plain exceptions of several kinds on a broken file
        raise DatasetError(f"{getattr(file, 'name', 'file')}: not a readable SoundFont 2 file ({e})") from None
    finally:
        logging.disable(logging.NOTSET)


def soundfont_drums(font) -> dict[tuple[int, ...], tuple[str, str]]:
    """The samples the drum kits (bank 128) of a SoundFont (as `read_soundfont` parses it) play on General MIDI
    percussion keys.

    Returns {sample indices (one, or left and right of a stereo pair): (class, sample name)}, each sample once
    however many kits and keys play it, labelled by the lowest key it is played on.
    """
    index = {id(sample): k for k, sample in enumerate(font.samples)}
    lowest_key: dict[int, int] = {}
    for preset in font.presets:
        if getattr(preset, "bank", None) != DRUM_BANK:
            continue
        for preset_zone in preset.bags:
            low, high = preset_zone.key_range or (0, 127)
            for zone in preset_zone.instrument.bags if preset_zone.instrument else ():
                if zone.sample is None or zone.sample.sample_type & SAMPLE_ROM:
                    continue
                zone_low, zone_high = zone.key_range or (0, 127)
                keys = [k for k in range(max(low, zone_low), min(high, zone_high) + 1) if k in GM_DRUM_KEYS]
                if keys:
                    k = index[id(zone.sample)]
                    lowest_key[k] = min(keys[0], lowest_key.get(k, 128))
    drums = {}
    for k, key in sorted(lowest_key.items()):
        sample = font.samples[k]
        pair = (k,)
        if sample.sample_type & (SAMPLE_LEFT | SAMPLE_RIGHT) and 0 <= sample.sample_link < len(font.samples):
            left, right = (k, sample.sample_link) if sample.sample_type & SAMPLE_LEFT else (sample.sample_link, k)
            pair = (left, right)
        drums.setdefault(pair, (GM_DRUM_KEYS[key], sample.name))
    return drums


def soundfont_sources(sf2_path, package: str, workdir):
    """The drum samples of a SoundFont's kits, written as WAVs (at their own rate) under `workdir`."""
    sf2_path = Path(sf2_path)
    licence, licence_source = package_licence(package, sf2_path.name)
    folder = Path(workdir) / slug(sf2_path.stem)
    folder.mkdir(parents=True, exist_ok=True)
    found = []
    with open(sf2_path, "rb") as f:  # open while the samples are read: sf2utils reads their data lazily
        font = read_soundfont(f)
        drums, samples = soundfont_drums(font), font.samples
        for indices, (label, name) in drums.items():
            channels = [np.frombuffer(samples[i].raw_sample_data, "<i2") / 32768.0 for i in indices]
            length = min(len(c) for c in channels)
            path = folder / f"{indices[0]:05d}-{slug(name)}.wav"
            sf.write(path, np.stack([c[:length] for c in channels], axis=1), samples[indices[0]].sample_rate,
                     subtype="PCM_16")
            origin = f"{sf2_path} sample {'+'.join(map(str, indices))} {name!r}"
            found.append((Source(path, sf2_path.stem, name, licence, licence_source, origin=origin), label))
    return found, []


@dataclass(frozen=True)
class Package:
    """An installable Debian package of one-shots: where its sounds are and how they are read."""
    name: str
    path: Path
    kind: str  # "hydrogen", "sonic-pi", "lmms" or "soundfont"

    def sources(self, workdir):
        if self.kind == "hydrogen":
            return hydrogen_sources(self.path)
        if self.kind == "sonic-pi":
            return sonic_pi_sources(self.path)
        if self.kind == "lmms":
            return lmms_sources(self.path)
        return soundfont_sources(self.path, self.name, workdir)


PACKAGES = (
    Package("hydrogen-drumkits", HYDROGEN_KITS, "hydrogen"),  # hydrogen-drumkits-effects installs here too
    Package("sonic-pi-samples", Path("/usr/share/sonic-pi/samples"), "sonic-pi"),
    Package("lmms-common", Path("/usr/share/lmms/samples"), "lmms"),
    Package("fluid-soundfont-gm", Path("/usr/share/sounds/sf2/FluidR3_GM.sf2"), "soundfont"),
    Package("fluid-soundfont-gs", Path("/usr/share/sounds/sf2/FluidR3_GS.sf2"), "soundfont"),
    Package("musescore-general-soundfont-lossless", Path("/usr/share/sounds/sf2/MuseScore_General_Full.sf2"),
            "soundfont"),
    Package("timgm6mb-soundfont", Path("/usr/share/sounds/sf2/TimGM6mb.sf2"), "soundfont"),
)


def installed_sources() -> list[Package]:
    """The packages of `PACKAGES` that are installed here."""
    return [package for package in PACKAGES if package.path.exists()]


# --- preparing one sound ----------------------------------------------------------------------------------

def db(x: float) -> float:
    return 20 * np.log10(max(x, 1e-12))


def loudness_meter(length: int) -> pyloudnorm.Meter:
    """BS.1770 gates 400 ms blocks; a clip shorter than that is measured as one block."""
    return pyloudnorm.Meter(SAMPLE_RATE, block_size=min(0.4, length / SAMPLE_RATE))


def prepare(path, length: int = DEFAULT_LENGTH, meter=None) -> tuple[np.ndarray, dict]:
    """One sound as a normalised float32 (2, length) clip, and facts about it for the manifest.

    Raises `Skip` for a file that cannot be used.
    """
    try:
        info = sf.info(str(path))
        audio = read_audio(path, SAMPLE_RATE, channels=2).numpy().astype(np.float64)
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

def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def in_holdout(source: Source, holdout_kits: set[str], holdout_fraction: float) -> bool:
    if holdout_kits:
        return source.kit in holdout_kits
    digest = hashlib.sha1(f"{source.kit}/{source.name}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2 ** 64 < holdout_fraction


def skip_record(source: Source, reason: str, detail: str = "") -> dict:
    return {"source": source.origin or str(source.path), "kit": source.kit, "name": source.name, "reason": reason, "detail": detail}


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


def build_dataset(out, folders=(), hydrogen=None, *, packages=(), labels=None, length: int = DEFAULT_LENGTH,
                  holdout_kits=None, holdout_fraction: float = 0.1, overwrite: bool = False,
                  progress: bool = False) -> dict:
    """Build a data set in `out` from one-shot `folders`, the Hydrogen kits under `hydrogen` and installed
    `packages` (see `PACKAGES`). Files of the kept-out packages (`KEPT_OUT_PACKAGES`) are skipped wherever found.

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
        items.append({"path": str(relative), "label": label, "split": split, "source": source.origin or str(source.path),
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
    return torch.stack([read_audio(Path(folder) / i["path"], SAMPLE_RATE, channels=2) for i in items])


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
