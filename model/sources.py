"""Finding drum one-shots, each with its kit, instrument name, licence and label: in folders of files, in
Hydrogen kits, and in the installed Debian packages of `PACKAGES` (Hydrogen kits, Sonic Pi and LMMS samples,
SoundFonts' drum kits).

Each finder returns (Source, label or None) pairs and skip records for what it could not read; the data set
builder (`model.dataset`) decides which to use. The kits of `KEPT_OUT_PACKAGES` judge the project's sound:
`is_kept_out` recognises their files wherever they are found.
"""

import fnmatch
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import soundfile as sf

from padfusion.core.errors import UserError
from padfusion.model.labels import label_for

HYDROGEN_KITS = Path("/usr/share/hydrogen/data/drumkits")
HYDROGEN_COPYRIGHT = Path("/usr/share/doc/hydrogen-drumkits/copyright")
# Packages kept out of every data set: the project's sound is checked on their kits, which no model may have seen.
# Their files are refused by the dpkg file lists where installed, else by these names.
KEPT_OUT_PACKAGES = ("avldrums.lv2-soundfont", "hydrogen-data")
KEPT_OUT_NAMES = ("avldrums.lv2", "Black_Pearl_4_LV2.sf2", "Red_Zeppelin_4_LV2.sf2", "GMRockKit", "TR808EmulationKit")
DPKG_INFO = Path("/var/lib/dpkg/info")
AUDIO_SUFFIXES = {".wav", ".wave", ".flac", ".aif", ".aiff", ".aifc", ".ogg", ".oga", ".opus", ".mp3"}


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


def skip_record(source: Source, reason: str, detail: str = "") -> dict:
    return {"source": source.origin or str(source.path), "kit": source.kit, "name": source.name, "reason": reason,
            "detail": detail}


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


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
