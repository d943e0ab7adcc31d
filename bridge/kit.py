"""Kits: chosen samples as one folder that samplers open, each sample on the General MIDI note of its pad.

    <folder>/<name>/
        <pad>-<sample>.wav             the samples, byte for byte as chosen
        <name>.sfz                     the drum map for any SFZ player (sfizz, ...); <name> is the folder's
        <name>.dspreset                the drum map for Decent Sampler
        drumkit.xml                    the drum map for Hydrogen (the folder is a Hydrogen kit)
        <pad>-<sample>.chromatic.sfz   for a tonal sample: the sample across the keyboard, at its own pitch on its
        <pad>-<sample>.chromatic.dspreset   root note (an 808 kick played as a bass line)

Notes: each pad has its General MIDI percussion notes, first choice first (a kick 36, then 35); a sample takes its
pad's first note not taken yet, in the order given, and past its pad's notes the first free one of GM percussion
(35 to 81), then above it, then below it. In the drum map a sample plays as recorded on its note (its
pitch_keycenter is the note itself), as a drum machine does: its measured pitch, the root, is written beside it
and drives the chromatic files. Hydrogen learns each note as the instrument's MIDI output note.

Only `folder` is written to: the kit's name and every file name in it are reduced to letters, digits, `-` and
`_`, the kit folder is made new (never an existing one, nor a link), and a kit that cannot be finished is
removed again.
"""

import os
import re
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import soundfile as sf

from padfusion.bridge.presets import GM_NOTES
from padfusion.core.errors import UserError
from padfusion.core.files import atomic_write
from padfusion.model import descriptors
from padfusion.model.labels import label_for

# Each kind of pad's General MIDI percussion notes, first choice first (GM_NOTES' note leads).
PAD_NOTES = {
    "kick": (GM_NOTES["kick"], 35),  # bass drum 1, acoustic bass drum
    "snare": (GM_NOTES["snare"], 40, 37),  # acoustic snare, electric snare, side stick
    "hihat": (GM_NOTES["hihat"], 44, 46),  # closed, pedal, open hi-hat
    "cymbal": (49, 57, 51, 59, 55, 52),  # crash 1, crash 2, ride 1, ride 2, splash, Chinese
    # hand clap, tambourine, cowbell, claves, high and low bongo, three congas, maracas
    "perc": (GM_NOTES["perc"], 54, 56, 75, 60, 61, 62, 63, 64, 70),
}
KITS_FOLDER = "kits"  # the output folder's kits: <out>/kits/<name>/
GM_PERCUSSION = range(35, 82)
# Every MIDI note a sample may take: GM percussion, then above it, then below it. Not 0: Decent Sampler's notes
# start at 1.
FREE_NOTES = (*GM_PERCUSSION, *range(GM_PERCUSSION.stop, 128), *range(GM_PERCUSSION.start - 1, 0, -1))
MAX_NAME = 80  # characters of a sanitised name
HYDROGEN_NAMESPACE = "http://www.hydrogen-music.org/drumkit"


@dataclass(frozen=True)
class KitSample:
    path: Path  # a WAV (usually under the output folder)
    pad: str  # the pad it came from: kick, snare, hihat, perc or another pad name
    root: int | None  # MIDI note of its measured pitch, where it has one (None: not tonal)


class KitError(UserError):
    """A kit that cannot be made: no samples, a file that is no WAV, a bad root note, no free name."""


@dataclass(frozen=True)
class _Entry:
    """One sample as the kit holds it."""
    source: Path
    pad: str
    root: int | None
    note: int
    file: str  # the WAV's name in the kit

    @property
    def stem(self) -> str:
        return self.file.removesuffix(".wav")


def export_kit(samples: Sequence[KitSample], folder: Path, name: str) -> Path:
    """Write folder/<name>/ (the sanitised name; taken, then <name>-2, <name>-3, ...): the samples and the
    instrument files of the module docstring. Returns the kit folder."""
    entries = _entries(samples)
    files = {entry.file: entry.source.read_bytes() for entry in entries}
    kit = _new_folder(Path(folder), safe_name(name, "kit"))
    try:  # the instrument files take the folder's name: Hydrogen tells its kits apart by name
        files |= {f"{kit.name}.sfz": _sfz(kit.name, entries).encode(),
                  f"{kit.name}.dspreset": _xml(_dspreset(entries)),
                  "drumkit.xml": _xml(_hydrogen(kit.name, entries))}
        for entry in entries:
            if entry.root is not None:
                files[f"{entry.stem}.chromatic.sfz"] = _sfz(entry.stem, [entry], chromatic=True).encode()
                files[f"{entry.stem}.chromatic.dspreset"] = _xml(_dspreset([entry], chromatic=True))
        for file, data in files.items():
            atomic_write(kit / file, data)
    except BaseException:
        shutil.rmtree(kit, ignore_errors=True)
        raise
    return kit


def safe_name(text: str, fallback: str) -> str:
    """`text` as a file name that cannot leave its folder: letters, digits, `-` and `_` (no separators, no dots)."""
    return re.sub(r"[^A-Za-z0-9_-]+", "_", text).strip("_-")[:MAX_NAME].strip("_-") or fallback


def assign_notes(pads: Sequence[str]) -> list[int]:
    """Each pad's note, in order: its pad's first GM note not taken yet, else the first free one of FREE_NOTES."""
    taken = []
    for pad in pads:
        kind = pad if pad in PAD_NOTES else label_for(pad) or "perc"
        free = [n for n in (*PAD_NOTES[kind], *FREE_NOTES) if n not in taken]
        if not free:
            raise KitError(f"a kit holds at most {len(FREE_NOTES)} samples, one per note; choose fewer")
        taken.append(free[0])
    return taken


def measured_root(path: Path) -> int | None:
    """The MIDI note nearest a WAV's measured pitch (model/descriptors.py), or None where it has none."""
    _check_wav(Path(path))
    try:  # read at its own rate, which the descriptors take: no resampling, and no torch to load for a kit
        audio, sample_rate = sf.read(path, dtype="float32", always_2d=True)
    except (sf.LibsndfileError, RuntimeError) as e:
        raise KitError(f"{path}: not readable as audio ({e})") from None
    hz = descriptors.pitch(audio.T, sample_rate)
    return None if hz is None else min(max(round(descriptors.midi_note(hz)), 1), 127)


def _entries(samples: Sequence[KitSample]) -> list[_Entry]:
    if not samples:
        raise KitError("no samples to export: choose at least one")
    for sample in samples:
        _check_wav(Path(sample.path))
        root = sample.root
        if root is not None and (isinstance(root, bool) or not isinstance(root, int) or not 1 <= root <= 127):
            raise KitError(f"{sample.path}: root {root!r} is no MIDI note from 1 to 127")
    entries, used = [], set()
    for sample, note in zip(samples, assign_notes([s.pad for s in samples])):
        stem = f"{safe_name(sample.pad, 'pad')}-{safe_name(Path(sample.path).stem, 'sample')}"
        file, k = f"{stem}.wav", 1
        while file.lower() in used:  # the same file chosen twice, or names equal once sanitised
            k += 1
            file = f"{stem}_{k}.wav"
        used.add(file.lower())
        entries.append(_Entry(Path(sample.path), sample.pad, sample.root, note, file))
    return entries


def _check_wav(path: Path) -> None:
    if not path.is_file():  # checked first: opening a pipe or a device could block
        raise KitError(f"{path}: {'not a regular file' if path.exists() else 'no such file'}")
    try:
        with open(path, "rb") as f:
            header = f.read(12)
    except OSError as e:
        raise KitError(f"{path}: cannot be read ({e.strerror or e})") from None
    if header[:4] != b"RIFF" or header[8:12] != b"WAVE":
        raise KitError(f"{path}: not a WAV file; a kit holds WAVs")


def _new_folder(folder: Path, name: str) -> Path:
    """A new, empty folder/<name> (or <name>-2, ...): made here, so never an existing folder or a link."""
    folder.mkdir(parents=True, exist_ok=True)
    for k in range(1, 1000):
        kit = folder / (name if k == 1 else f"{name}-{k}")
        try:
            os.mkdir(kit)  # fails on anything already there, a link (even a dangling one) included
            return kit
        except FileExistsError:
            continue
    raise KitError(f"{folder} already holds {name} and {name}-2 to {name}-999; choose another kit name")


def _describe(entry: _Entry) -> str:
    """Where a sample plays and its root, for a comment (nothing a user named: it could end an XML comment)."""
    root = "not tonal" if entry.root is None else f"root {entry.root} ({descriptors.note_name(entry.root)})"
    return f"note {entry.note} ({descriptors.note_name(entry.note)}), {root}"


def _sfz(title: str, entries: Sequence[_Entry], chromatic: bool = False) -> str:
    """SFZ (sfzformat.com): one region a sample; one-shots play to their end whatever the note's length."""
    if chromatic:
        head = (f"// {title}: one tonal sample on every key, at its own pitch on its root note "
                f"({entries[0].root}). Made by PadFusion.")
    else:
        head = (f"// {title}: a PadFusion kit, each sample on the General MIDI note of its pad, "
                "played as recorded (pitch_keycenter = its note).")
    lines = [head, "<global>", "loop_mode=one_shot"]
    for entry in entries:
        lines.append(f"// {safe_name(entry.pad, 'pad')}: {_describe(entry)}")
        if chromatic:
            lines.append(f"<region> lokey=0 hikey=127 pitch_keycenter={entry.root} sample={entry.file}")
        else:
            lines.append(f"<region> key={entry.note} sample={entry.file}")
    return "\n".join(lines) + "\n"


def _dspreset(entries: Sequence[_Entry], chromatic: bool = False) -> ET.Element:
    """Decent Sampler's preset: one group a pad, a sample on its note (or, chromatic, on every key)."""
    root = ET.Element("DecentSampler", minVersion="1.0.0")
    groups = ET.SubElement(root, "groups")
    by_pad = {}
    for entry in entries:
        if entry.pad not in by_pad:
            by_pad[entry.pad] = ET.SubElement(groups, "group", name=safe_name(entry.pad, "pad"))
        span = ("1", "127", entry.root) if chromatic else (entry.note, entry.note, entry.note)
        by_pad[entry.pad].append(ET.Comment(f" {_describe(entry)} "))
        ET.SubElement(by_pad[entry.pad], "sample", path=entry.file, loNote=str(span[0]), hiNote=str(span[1]),
                      rootNote=str(span[2]))
    return root


def _hydrogen(title: str, entries: Sequence[_Entry]) -> ET.Element:
    """Hydrogen's drumkit.xml as Hydrogen 1.2 writes it (its drumkit.xsd): an instrument a sample, by note."""
    def add(parent, tag, text=None):
        element = ET.SubElement(parent, tag)
        if text is not None:
            element.text = str(text)
        return element

    kit = ET.Element("drumkit_info", xmlns=HYDROGEN_NAMESPACE)  # every element in it in Hydrogen's namespace
    for tag, text in (("name", title), ("author", "PadFusion"),
                      ("info", "Made by PadFusion: each sample on the General MIDI note of its pad. Turn on "
                               "'Use output note as input note' in Hydrogen's MIDI preferences to play it by "
                               "those notes."),
                      ("license", ""), ("image", ""), ("imageLicense", "")):
        add(kit, tag, text)
    component = add(add(kit, "componentList"), "drumkitComponent")
    for tag, text in (("id", 0), ("name", "Main"), ("volume", 1)):
        add(component, tag, text)
    instruments = add(kit, "instrumentList")
    for k, entry in enumerate(sorted(entries, key=lambda e: e.note)):
        instrument = add(instruments, "instrument")
        for tag, text in (("id", k), ("name", entry.stem), ("volume", 1), ("isMuted", "false"),
                          ("isSoloed", "false"), ("pan", 0), ("pitchOffset", 0), ("randomPitchFactor", 0),
                          ("gain", 1), ("applyVelocity", "true"), ("filterActive", "false"), ("filterCutoff", 1),
                          ("filterResonance", 0), ("Attack", 0), ("Decay", 0), ("Sustain", 1), ("Release", 1000),
                          ("muteGroup", -1), ("midiOutChannel", -1), ("midiOutNote", entry.note),
                          ("isStopNote", "false"), ("sampleSelectionAlgo", "VELOCITY"), ("isHihat", -1),
                          ("lower_cc", 0), ("higher_cc", 127)):
            add(instrument, tag, text)
        layers = add(instrument, "instrumentComponent")
        add(layers, "component_id", 0)
        add(layers, "gain", 1)
        layer = add(layers, "layer")
        for tag, text in (("filename", entry.file), ("min", 0), ("max", 1), ("gain", 1), ("pitch", 0)):
            add(layer, tag, text)
    return kit


def _xml(root: ET.Element) -> bytes:
    ET.indent(root)
    return ET.tostring(root, encoding="UTF-8", xml_declaration=True) + b"\n"
