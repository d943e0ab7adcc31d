"""Kit export: real WAVs in, a kit folder out, read back by readers that share none of its code: sfzen (an SFZ
parser from PyPI) for the SFZ, Hydrogen's own drumkit.xsd and h2cli for drumkit.xml, and the Decent Sampler
preset against the structure its developer's guide documents."""

import os
import shutil
import subprocess
import tarfile
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest
import sfzen
import soundfile as sf

from conftest import run_cli
from padfusion.bridge.kit import KITS_FOLDER, KitError, KitSample, assign_notes, export_kit, measured_root
from padfusion.core.errors import UserError

HYDROGEN_XSD = Path("/usr/share/hydrogen/data/xsd/drumkit.xsd")
HYDROGEN_KITS = Path("/usr/share/hydrogen/data/drumkits")
H2 = "{http://www.hydrogen-music.org/drumkit}"


def wav(path: Path, seed: int) -> Path:
    """A short stereo WAV of its own noise, so that every file's bytes differ."""
    path.parent.mkdir(parents=True, exist_ok=True)
    sf.write(path, np.random.default_rng(seed).uniform(-0.5, 0.5, (2000, 2)), 44100, subtype="PCM_24")
    return path


def tonal_wav(path: Path, hz: float) -> Path:
    """A decaying sine: a tonal one-shot, an 808 of sorts."""
    t = np.arange(32768) / 44100
    x = 0.8 * np.sin(2 * np.pi * hz * t) * np.exp(-t / 0.2)
    path.parent.mkdir(parents=True, exist_ok=True)
    sf.write(path, np.stack([x, x], axis=1), 44100, subtype="PCM_24")
    return path


@pytest.fixture
def chosen(tmp_path):
    """Five samples as the page would pass them: two kicks (the first tonal), a snare, a hi-hat, a clap."""
    src = tmp_path / "out" / "kept"
    return [KitSample(wav(src / "kick" / "a.wav", 1), "kick", 33),
            KitSample(wav(src / "kick" / "b.wav", 2), "kick", None),
            KitSample(wav(src / "snare" / "c.wav", 3), "snare", None),
            KitSample(wav(src / "hihat" / "d.wav", 4), "hihat", None),
            KitSample(wav(src / "perc" / "e.wav", 5), "perc", None)]


def files_under(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_notes_follow_general_midi_and_several_of_a_pad_take_the_next_free_ones():
    assert assign_notes(["kick", "snare", "hihat", "perc"]) == [36, 38, 42, 39]
    assert assign_notes(["kick", "kick", "kick", "snare", "snare"]) == [36, 35, 37, 38, 40]  # 37: first free in GM
    assert assign_notes(["perc", "perc", "perc"]) == [39, 54, 56]  # clap, tambourine, cowbell
    assert assign_notes(["ride", "open hat", "fx"]) == [49, 42, 39]  # by the drum their names name, else perc
    notes = assign_notes(["kick"] * 127)
    assert len(set(notes)) == 127 and min(notes) >= 1 and max(notes) <= 127
    with pytest.raises(KitError, match="at most 127"):
        assign_notes(["kick"] * 128)


def test_sfz_maps_each_sample_to_its_note_read_back_by_sfzen(chosen, tmp_path):
    kit = export_kit(chosen, tmp_path / "out" / KITS_FOLDER, "Night session")
    assert kit == tmp_path / "out" / KITS_FOLDER / "Night_session"
    for sample, name in zip(chosen, ("kick-a", "kick-b", "snare-c", "hihat-d", "perc-e")):
        assert (kit / f"{name}.wav").read_bytes() == sample.path.read_bytes()  # byte for byte
    sfz = sfzen.SFZ(kit / "Night_session.sfz")
    assert sfz.errors == []  # no unknown header or opcode, no missing sample
    mapped = {}
    for region in sfz.regions():
        opcodes = {name: str(opcode.value) for name, opcode in region.inherited_opcodes().items()}
        assert opcodes["loop_mode"] == "one_shot" and "pitch_keycenter" not in opcodes  # plays as recorded
        mapped[int(opcodes["key"])] = Path(next(iter(region.samples())).abspath).read_bytes()
    assert mapped == {note: s.path.read_bytes() for note, s in zip((36, 35, 38, 42, 39), chosen)}


def test_a_tonal_sample_also_plays_across_the_keyboard_at_its_own_pitch_on_its_root(chosen, tmp_path):
    kit = export_kit(chosen, tmp_path, "kit")
    assert sorted(p.name for p in kit.glob("*.chromatic.*")) == ["kick-a.chromatic.dspreset", "kick-a.chromatic.sfz"]
    sfz = sfzen.SFZ(kit / "kick-a.chromatic.sfz")
    (region,) = sfz.regions()
    assert sfz.errors == [] and {k: str(v.value) for k, v in region.opcodes().items() if k != "sample"} == {
        "lokey": "0", "hikey": "127", "pitch_keycenter": "33"}
    (sample,) = ET.parse(kit / "kick-a.chromatic.dspreset").getroot().iter("sample")
    assert (sample.get("loNote"), sample.get("hiNote"), sample.get("rootNote")) == ("1", "127", "33")


def test_decent_sampler_preset_has_the_documented_structure(chosen, tmp_path):
    kit = export_kit(chosen, tmp_path, "kit")
    root = ET.parse(kit / "kit.dspreset").getroot()
    assert root.tag == "DecentSampler" and [child.tag for child in root] == ["groups"]
    groups = root.find("groups")
    assert [g.get("name") for g in groups] == ["kick", "snare", "hihat", "perc"]  # a group a pad
    samples = [s for group in groups for s in group.iter("sample")]
    assert all(child.tag == "sample" for group in groups for child in group if isinstance(child.tag, str))
    for sample, note, source in zip(samples, (36, 35, 38, 42, 39), chosen):
        assert {"path", "rootNote", "loNote", "hiNote"} <= set(sample.keys())
        assert [int(sample.get(k)) for k in ("loNote", "hiNote", "rootNote")] == [note] * 3
        assert (kit / sample.get("path")).read_bytes() == source.path.read_bytes()  # relative to the preset
    assert len(samples) == len(chosen)


@pytest.mark.h2cli
def test_hydrogen_drumkit_is_valid_by_hydrogens_own_schema(chosen, tmp_path):
    if not HYDROGEN_XSD.is_file():
        pytest.skip("no Hydrogen drumkit.xsd (apt install hydrogen)")
    import xmlschema

    kit = export_kit(chosen, tmp_path, "kit")
    xmlschema.XMLSchema(HYDROGEN_XSD).validate(kit / "drumkit.xml")
    instruments = ET.parse(kit / "drumkit.xml").getroot().iter(f"{H2}instrument")
    played = {int(i.find(f"{H2}midiOutNote").text): (kit / i.find(f".//{H2}filename").text).read_bytes()
              for i in instruments}
    assert played == {note: s.path.read_bytes() for note, s in zip((36, 35, 38, 42, 39), chosen)}


def h2cli_check(kit: Path) -> subprocess.CompletedProcess:
    """`h2cli --check` on the kit packed as Hydrogen's import format (a .h2drumkit: the kit folder, tarred and
    gzipped). As root it runs as nobody: on start Hydrogen rewrites the system kits it can write to."""
    with tempfile.TemporaryDirectory() as home:
        os.chmod(home, 0o755)
        package = Path(home) / f"{kit.name}.h2drumkit"
        with tarfile.open(package, "w:gz") as tar:
            tar.add(kit, arcname=kit.name)
        os.chmod(package, 0o644)
        user = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"] if os.geteuid() == 0 else []
        if user:
            os.chmod(home, 0o777)
        env = {"PATH": os.environ["PATH"], "HOME": home, "TMPDIR": home, "JACK_NO_START_SERVER": "1"}
        return subprocess.run([*user, "h2cli", "--check", str(package)], capture_output=True, text=True,
                              errors="replace", env=env, timeout=120)


@pytest.mark.h2cli
def test_hydrogen_itself_checks_the_kit_valid(chosen, tmp_path):
    if not shutil.which("h2cli"):
        pytest.skip("no h2cli (apt install hydrogen)")
    system_kits = sorted(HYDROGEN_KITS.rglob("*")) if HYDROGEN_KITS.is_dir() else []
    kit = export_kit(chosen, tmp_path, "kit")
    result = h2cli_check(kit)
    assert result.returncode == 0 and "is valid" in result.stdout + result.stderr, result.stdout[-2000:]
    broken = export_kit(chosen, tmp_path, "broken")  # the check can fail: an instrument without its name
    xml = (broken / "drumkit.xml").read_text()
    (broken / "drumkit.xml").write_text(xml.replace("<name>kick-a</name>", "", 1))
    result = h2cli_check(broken)
    assert result.returncode != 0 and "INVALID" in result.stdout + result.stderr
    assert (sorted(HYDROGEN_KITS.rglob("*")) if HYDROGEN_KITS.is_dir() else []) == system_kits


def test_hostile_names_and_links_cannot_escape_the_folder(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    folder = tmp_path / "out" / KITS_FOLDER
    folder.mkdir(parents=True)
    source = wav(tmp_path / "src" / "..evil name.wav", 1)
    (folder / "x").symlink_to(outside, target_is_directory=True)  # a link where the kit would go
    before = files_under(tmp_path)
    samples = [KitSample(source, "../../../outside/pwn", None), KitSample(source, "/etc", None),
               KitSample(source, "..\\..\\x", None), KitSample(source, "..", None)]
    names = ("../../outside", f"{outside}/abs", "..", "x", "", "a/../../b")  # absolute: still inside tmp_path
    kits = [export_kit(samples, folder, name) for name in names]
    for kit in kits:
        assert kit.parent == folder and not kit.is_symlink() and kit.resolve().parent == folder.resolve()
        assert all(p.parent == kit and p.is_file() and not p.is_symlink() for p in kit.iterdir())
    assert [k.name for k in kits] == ["outside", kits[1].name, "kit", "x-2", "kit-2", "a_b"]
    assert "/" not in kits[1].name and not (outside / "abs").exists()
    assert not any(outside.iterdir())
    after = files_under(tmp_path)
    assert {k: v for k, v in after.items() if not k.startswith("out/kits/")} == before
    assert {k.split("/")[2] for k in after if k.startswith("out/kits/")} == {k.name for k in kits}


def test_an_existing_kit_is_never_overwritten(chosen, tmp_path):
    first = export_kit(chosen, tmp_path, "kit")
    kept = files_under(first)
    second = export_kit(chosen[:1], tmp_path, "kit")
    assert second.name == "kit-2" and files_under(first) == kept
    assert {"kit-2.sfz", "kit-2.dspreset"} <= {p.name for p in second.iterdir()}  # named as their folder
    assert ET.parse(second / "drumkit.xml").getroot().find(f"{H2}name").text == "kit-2"  # Hydrogen's kit name


def test_bad_input_is_refused_with_the_reason(chosen, tmp_path):
    (tmp_path / "notes.txt").write_text("not audio")
    cases = [([], "no samples"), ([KitSample(tmp_path / "missing.wav", "kick", None)], "no such file"),
             ([KitSample(tmp_path / "notes.txt", "kick", None)], "not a WAV"),
             ([KitSample(tmp_path, "kick", None)], "not a regular file"),
             ([KitSample(chosen[0].path, "kick", 200)], "root 200"),
             ([KitSample(chosen[0].path, "kick", True)], "root True")]
    for samples, reason in cases:
        with pytest.raises(KitError, match=reason) as caught:
            export_kit(samples, tmp_path / "kits", "kit")
        assert isinstance(caught.value, UserError)
    assert not (tmp_path / "kits").exists() or not any((tmp_path / "kits").iterdir())  # nothing half-made


def test_the_root_is_the_note_nearest_the_measured_pitch(tmp_path):
    assert measured_root(tonal_wav(tmp_path / "a.wav", 110.0)) == 45  # A2
    assert measured_root(tonal_wav(tmp_path / "b.wav", 113.0)) == 45  # 46 cents sharp: still A2
    assert measured_root(wav(tmp_path / "noise.wav", 1)) is None
    with pytest.raises(KitError, match="no such file"):
        measured_root(tmp_path / "missing.wav")


def test_cli_exports_kept_samples_and_named_files_with_their_measured_roots(chosen, tmp_path):
    out = tmp_path / "out"
    extra = wav(tmp_path / "elsewhere" / "Snare_02.wav", 9)
    tonal_wav(out / "kept" / "kick" / "z.wav", 110.0)
    result = run_cli("kit", out, extra, "--from-kept", "--name", "friday")
    kit = Path(result.stdout.strip())
    assert kit == out / KITS_FOLDER / "friday"
    regions = {int(str(r.opcodes()["key"].value)): Path(next(iter(r.samples())).abspath).name
               for r in sfzen.SFZ(kit / "friday.sfz").regions()}
    # the named file first (a snare, by its name), then kept/ in order of its pad folders
    assert regions == {38: "snare-Snare_02.wav", 42: "hihat-d.wav", 36: "kick-a.wav", 35: "kick-b.wav",
                       37: "kick-z.wav", 39: "perc-e.wav", 40: "snare-c.wav"}
    assert sorted(p.name for p in kit.glob("*.chromatic.*")) == ["kick-z.chromatic.dspreset", "kick-z.chromatic.sfz"]
    assert "pitch_keycenter=45 " in (kit / "kick-z.chromatic.sfz").read_text()
    result = run_cli("kit", tmp_path / "empty", check=False)
    assert result.returncode == 2 and "--from-kept" in result.stderr
