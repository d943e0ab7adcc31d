"""The data set builder on real files written to temporary folders, and on installed Hydrogen kits."""

import json
import os
from pathlib import Path

import numpy as np
import pyloudnorm
import pytest
import soundfile as sf

from padfusion.bridge.cli import main
from padfusion.model import dataset, labels, sources

HYDROGEN = sources.HYDROGEN_KITS
needs_hydrogen = pytest.mark.skipif(not (HYDROGEN / "VariBreaks" / "drumkit.xml").is_file(),
                                    reason="the Hydrogen kits are not installed (apt install hydrogen-drumkits)")
LENGTH = 20000  # not the default, and more than the 400 ms of a BS.1770 block


def decaying_sine(rate, seconds, freq, channels=1, silence=0.0, decay=8.0):
    t = np.arange(int(seconds * rate)) / rate
    tone = np.sin(2 * np.pi * freq * t) * np.exp(-decay * t)
    tone = np.concatenate([np.zeros(int(silence * rate)), tone])
    stereo = [tone * (0.5 if c else 0.3) for c in range(channels)]  # channels differ in level
    return np.stack(stereo, axis=1)


@pytest.fixture
def one_shots(tmp_path):
    """A folder of one-shots in several formats, rates and channel counts, and some that cannot be used."""
    src = tmp_path / "src"
    (src / "Kicks").mkdir(parents=True)
    (src / "Kicks" / "Misc").mkdir()
    (src / "Snares").mkdir()
    sf.write(src / "Kicks" / "deep.wav", decaying_sine(22050, 0.5, 440, silence=0.1), 22050)
    sf.write(src / "Kicks" / "long.wav", decaying_sine(48000, 2.0, 440, channels=2, decay=1.0), 48000,
             subtype="PCM_24")
    sf.write(src / "Kicks" / "Misc" / "808.flac", decaying_sine(44100, 0.4, 55), 44100)
    sf.write(src / "Snares" / "crack.aiff", decaying_sine(96000, 0.3, 200, channels=4), 96000)
    sf.write(src / "hat_open.ogg", decaying_sine(44100, 0.3, 7000, decay=20), 44100, format="OGG")
    sf.write(src / "silent kick.wav", np.zeros((22050, 1)), 44100)
    sf.write(src / "click kick.wav", decaying_sine(44100, 0.004, 3000, decay=0), 44100)
    sf.write(src / "whoosh.wav", decaying_sine(44100, 0.3, 100), 44100)
    (src / "broken kick.wav").write_bytes(b"RIFF not really a wave file")
    (src / "notes.txt").write_text("not audio, not reported")
    return src


def build(src, out, **options):
    dataset.build_dataset(out, [src], length=LENGTH, **options)
    return {Path(i["source"]).name: i for i in dataset.read_manifest(out)}


def test_clips_are_resampled_stereo_trimmed_and_normalised(one_shots, tmp_path):
    items = build(one_shots, tmp_path / "out")
    assert set(items) == {"deep.wav", "long.wav", "808.flac", "crack.aiff", "hat_open.ogg"}
    meter = pyloudnorm.Meter(44100)
    for item in items.values():
        audio, rate = sf.read(tmp_path / "out" / item["path"], always_2d=True)
        assert rate == 44100 and audio.shape == (LENGTH, 2)
        level = np.abs(audio).max(axis=1)
        onset = np.flatnonzero(level >= level.max() * 10 ** (dataset.ONSET_DB / 20))[0]
        assert onset <= round(dataset.PRE_ROLL_SECONDS * 44100) + 1, item["source"]
        assert 20 * np.log10(level.max()) <= dataset.MAX_PEAK_DBFS + 0.01
        loudness = meter.integrated_loudness(audio)
        assert loudness == pytest.approx(item["loudness_after"], abs=0.05)
        assert (loudness == pytest.approx(dataset.TARGET_LUFS, abs=0.05)
                or item["peak_dbfs"] >= dataset.MAX_PEAK_DBFS - 0.01)

    deep = items["deep.wav"]
    assert (deep["original_sample_rate"], deep["original_channels"]) == (22050, 1)
    assert deep["original_seconds"] == pytest.approx(0.6)
    audio, _ = sf.read(tmp_path / "out" / deep["path"])
    assert np.array_equal(audio[:, 0], audio[:, 1])  # mono becomes two equal channels
    spectrum = np.abs(np.fft.rfft(audio[:, 0]))
    assert np.argmax(spectrum) * 44100 / LENGTH == pytest.approx(440, abs=3)  # pitch survives resampling

    long, _ = sf.read(tmp_path / "out" / items["long.wav"]["path"])
    assert items["long.wav"]["cropped"] and abs(long[-1]).max() < 1e-3  # faded out where it was cut
    assert np.abs(long[:, 1]).max() / np.abs(long[:, 0]).max() == pytest.approx(0.5 / 0.3, rel=0.01)
    assert items["crack.aiff"]["original_channels"] == 4


def test_labels_come_from_file_then_folder_names_and_bad_files_are_reported(one_shots, tmp_path):
    items = build(one_shots, tmp_path / "out")
    assert {name: i["label"] for name, i in items.items()} == {
        "deep.wav": "kick", "long.wav": "kick", "808.flac": "kick", "crack.aiff": "snare", "hat_open.ogg": "hihat"}
    assert items["808.flac"]["kit"] == "Kicks" and items["hat_open.ogg"]["kit"] == "src"
    skipped = {Path(s["source"]).name: s["reason"] for s in dataset.read_jsonl(tmp_path / "out" / "skipped.jsonl")}
    assert skipped == {"silent kick.wav": "silent", "click kick.wav": "too short", "whoosh.wav": "unlabelled",
                       "broken kick.wav": "unreadable"}
    summary = json.loads((tmp_path / "out" / "dataset.json").read_text())
    assert sum(summary["counts"]["kick"].values()) == 3
    assert summary["skipped"] == {"silent": 1, "too short": 1, "unlabelled": 1, "unreadable": 1}
    text = dataset.report(tmp_path / "out")
    assert "unreadable" in text and "broken kick.wav" in text


@pytest.mark.parametrize("name, label", [
    ("BassDrum", "kick"), ("c3 - bass drum 1", "kick"), ("BD_01", "kick"), ("Snare Rimshot", "snare"),
    ("SD 2", "snare"), ("Hi-Hat Pedal (Paiste)", "hihat"), ("SabianHatClosed", "hihat"), ("Closed HH 2", "hihat"),
    ("Ride Bell", "cymbal"), ("crash16inch", "cymbal"), ("Rim Click", "perc"), ("Tambourine Pedal", "perc"),
    ("Cowbell", "perc"), ("Tom Low", "perc"), ("Hand Clap", "perc"), ("Djembe1 Bass", "perc"),
    ("Whistle", None), ("Sample: beats_01-10.flac", None), ("bass", None),
])
def test_keyword_labels(name, label):
    assert labels.label_for(name) == label


def test_holdout_labels_filter_and_overwrite(one_shots, tmp_path):
    out = tmp_path / "out"
    items = build(one_shots, out, holdout_kits=["Kicks"], labels=["kick", "hihat"])
    assert {n: i["split"] for n, i in items.items()} == {
        "deep.wav": "holdout", "long.wav": "holdout", "808.flac": "holdout", "hat_open.ogg": "train"}
    assert (out / "holdout" / "kick").is_dir() and not (out / "train" / "kick").exists()
    assert dataset.load_dataset(out, "kick", "holdout").shape == (3, 2, LENGTH)
    assert [s["reason"] for s in dataset.read_jsonl(out / "skipped.jsonl")].count("label not selected") == 1

    with pytest.raises(sources.DatasetError, match="--overwrite"):
        build(one_shots, out)
    assert {i["split"] for i in build(one_shots, out, overwrite=True, holdout_fraction=1).values()} == {"holdout"}
    assert not (out / "train").exists()  # the earlier data set's clips are gone
    with pytest.raises(sources.DatasetError, match="no kit named Nope"):
        build(one_shots, out, overwrite=True, holdout_kits=["Nope"])
    with pytest.raises(sources.DatasetError, match="unknown label"):
        build(one_shots, out, overwrite=True, labels=["cowbell"])


def test_hash_holdout_is_deterministic_keeps_layers_together_and_has_the_asked_share():
    def held(kit, name, fraction=0.25):
        return dataset.in_holdout(sources.Source(Path(f"/{kit}/{name}-layer.wav"), kit, name), set(), fraction)

    names = [f"Instrument {n}" for n in range(2000)]
    share = sum(held("Kit", name) for name in names) / len(names)
    assert 0.22 < share < 0.28
    assert [held("Kit", name) for name in names] == [held("Kit", name) for name in names]
    assert not any(held("Kit", name, 0) for name in names) and all(held("Kit", name, 1) for name in names)


def test_load_dataset(one_shots, tmp_path):
    dataset.build_dataset(tmp_path / "out", [one_shots], length=4096, holdout_fraction=0)  # as for tiny test models
    kicks = dataset.load_dataset(tmp_path / "out", "kick")
    assert kicks.shape == (3, 2, 4096) and str(kicks.dtype) == "torch.float32"
    with pytest.raises(sources.DatasetError, match="no 'snare' clips in the 'holdout' split"):
        dataset.load_dataset(tmp_path / "out", "snare", "holdout")
    with pytest.raises(sources.DatasetError, match="not a data set"):
        dataset.load_dataset(tmp_path, "kick")


def test_drumkit_xml_with_namespace_layers_and_missing_files(tmp_path):
    kits = tmp_path / "kits"
    kit = kits / "My Kit"
    kit.mkdir(parents=True)
    sf.write(kit / "k1.wav", decaying_sine(44100, 0.3, 60), 44100)
    sf.write(kit / "k2.wav", decaying_sine(44100, 0.3, 70), 44100)
    sf.write(kit / "fx.wav", decaying_sine(44100, 0.3, 700), 44100)
    (kit / "drumkit.xml").write_text("""<?xml version="1.0" encoding="UTF-8"?>
<drumkit_info xmlns="http://www.hydrogen-music.org/drumkit">
 <name>My Kit</name><author>Someone</author><license>CC0</license>
 <instrumentList>
  <instrument><name>Kick Soft</name><layer><filename>k1.wav</filename></layer>
   <layer><filename>k2.wav</filename></layer><layer><filename>gone.wav</filename></layer></instrument>
  <instrument><name>Zap</name><filename>fx.wav</filename></instrument>
 </instrumentList>
</drumkit_info>""")
    broken = kits / "Broken"
    broken.mkdir()
    (broken / "drumkit.xml").write_text("<drumkit_info><name>oops</drumkit_info>")

    dataset.build_dataset(tmp_path / "out", hydrogen=kits, length=LENGTH, holdout_fraction=0)
    items = dataset.read_manifest(tmp_path / "out")
    assert [(i["name"], i["label"], i["kit"], i["licence"], i["author"]) for i in items] == [
        ("Kick Soft", "kick", "My Kit", "CC0", "Someone")] * 2
    assert Path(items[0]["path"]) == Path("train/kick/my-kit-kick-soft-1.wav")
    reasons = {Path(s["source"]).name: s["reason"] for s in dataset.read_jsonl(tmp_path / "out" / "skipped.jsonl")}
    assert reasons == {"gone.wav": "missing", "fx.wav": "unlabelled", "drumkit.xml": "bad drumkit.xml"}
    with pytest.raises(sources.DatasetError, match="no Hydrogen drum kits"):
        dataset.build_dataset(tmp_path / "out2", hydrogen=tmp_path / "out")


@pytest.mark.hydrogen
@needs_hydrogen
def test_installed_hydrogen_kits(tmp_path):
    kits = tmp_path / "kits"
    kits.mkdir()
    for name in ("VariBreaks", "Audiophob"):  # an old-style drumkit.xml and a namespaced one
        os.symlink(HYDROGEN / name, kits / name)
    main(["dataset", "--hydrogen", str(kits), "-o", str(tmp_path / "out"), "--labels", "kick,snare,hihat",
          "--holdout-kits", "Audiophob", "--length", str(LENGTH)])
    items = dataset.read_manifest(tmp_path / "out")
    by_kit = {kit: [i for i in items if i["kit"] == kit] for kit in ("VariBreaks", "Audiophob")}
    assert {(i["name"], i["label"]) for i in by_kit["VariBreaks"]} >= {
        ("VariBreaks Kick 1", "kick"), ("VariBreaks Snare 2", "snare"), ("VariBreaks Hat 1 Op", "hihat")}
    assert {i["split"] for i in by_kit["VariBreaks"]} == {"train"}
    assert {i["split"] for i in by_kit["Audiophob"]} == {"holdout"}
    assert {i["licence"] for i in by_kit["VariBreaks"]} == {"GPL"}  # as its drumkit.xml states it
    assert {i["licence"] for i in by_kit["Audiophob"]} == {
        "This work is licensed under the Creative Commons 0 License."}
    assert (tmp_path / "out" / "holdout" / "kick").is_dir() and (tmp_path / "out" / "train" / "snare").is_dir()
    # without --holdout-kits, the kits the bundled models are judged on are held back wherever they are read
    main(["dataset", "--hydrogen", str(kits), "-o", str(tmp_path / "default"), "--labels", "kick",
          "--length", str(LENGTH)])
    assert {(i["kit"], i["split"]) for i in dataset.read_manifest(tmp_path / "default")} == {
        ("VariBreaks", "holdout"), ("Audiophob", "train")}


@pytest.mark.hydrogen
@pytest.mark.skipif(not sources.HYDROGEN_COPYRIGHT.is_file(),
                    reason="the Hydrogen kits are not installed (apt install hydrogen-drumkits)")
def test_debian_copyright_licences():
    licences = sources.debian_licences()
    assert sources.kit_licence_from_debian("ColomboAcousticDrumkit", licences) == "GPL-2+ with composition exception"
    assert sources.kit_licence_from_debian("circAfrique v4", licences) == "CC-BY-SA-3.0"
    assert sources.kit_licence_from_debian("Gimme A Hand 1.0", licences) == "GPL-2"
    assert sources.kit_licence_from_debian("VariBreaks", licences) == "GPL-2+"
    assert sources.kit_licence_from_debian("Unheard Of", licences) is None


def test_cli_reports_user_errors(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit:
        main(["dataset", "-o", str(tmp_path / "out")])
    assert exit.value.code == 2 and "nothing to read" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["dataset", str(tmp_path / "nowhere"), "-o", str(tmp_path / "out")])
    assert "no such folder" in capsys.readouterr().err


TIMGM = Path("/usr/share/sounds/sf2/TimGM6mb.sf2")


@pytest.mark.soundfont
@pytest.mark.skipif(not TIMGM.is_file(),
                    reason="the TimGM6mb soundfont is not installed (apt install timgm6mb-soundfont)")
def test_soundfont_drum_kits_are_read_by_general_midi_key(tmp_path):
    with open(TIMGM, "rb") as f:
        drums = sources.soundfont_drums(sources.read_soundfont(f))
    labels = [label for label, _ in drums.values()]
    assert {"kick", "snare", "hihat", "perc", "cymbal"} <= set(labels)
    assert len(drums) == len({i for indices in drums for i in indices})  # every sample once, over all kits
    found, _ = sources.soundfont_sources(TIMGM, "timgm6mb-soundfont", tmp_path)
    kick = max((source for source, label in found if label == "kick"), key=lambda s: sf.info(s.path).frames)
    audio, rate = sf.read(kick.path)
    assert len(audio) > 0.05 * rate and np.abs(audio).max() > 0.1
    assert kick.licence == "GPL-2" and kick.origin.startswith(str(TIMGM))


def test_kept_out_packages_are_skipped_wherever_they_are(one_shots, tmp_path):
    """The evaluation kits of hydrogen-data and avldrums stay out, even inside a folder given by hand."""
    kept = one_shots / "GMRockKit"
    kept.mkdir()
    sf.write(kept / "Kick.wav", decaying_sine(44100, 0.3, 60), 44100)
    build(one_shots, tmp_path / "out")
    assert not any("GMRockKit" in i["source"] for i in dataset.read_manifest(tmp_path / "out"))
    skipped = dataset.read_jsonl(tmp_path / "out" / "skipped.jsonl")
    assert [s["reason"] for s in skipped if "GMRockKit" in s["source"]] == ["kept out"]
    listing = tmp_path / "info" / "avldrums.lv2-soundfont.list"
    listing.parent.mkdir()
    listing.write_text(f"/usr/share\n{one_shots / 'Snares' / 'crack.aiff'}\n")
    assert sources.is_kept_out(one_shots / "Snares" / "crack.aiff", sources.kept_out_files(listing.parent))
    assert not sources.is_kept_out(one_shots / "hat_open.ogg", sources.kept_out_files(listing.parent))


def test_copyright_licence_by_file_name(tmp_path):
    copyright_file = tmp_path / "copyright"
    copyright_file.write_text("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n\n"
                              "Files: *\nCopyright: someone\nLicense: GPL-2+\n\n"
                              "Files: plugins/*\nLicense: LGPL-2+\n\n"
                              "Files: etc/samples/bd_*.flac etc/samples/sn_dub.flac\nLicense: CC0\n")
    assert sources.copyright_licence(copyright_file, "bd_haus.flac") == "CC0"
    assert sources.copyright_licence(copyright_file, "sn_dub.flac") == "CC0"
    assert sources.copyright_licence(copyright_file, "kick01.ogg") == "GPL-2+"
    assert sources.copyright_licence(tmp_path / "none", "kick01.ogg") is None


@pytest.mark.sonic_pi
@pytest.mark.skipif(not Path("/usr/share/sonic-pi/samples/bd_haus.flac").is_file(),
                    reason="the Sonic Pi samples are not installed (apt install sonic-pi-samples)")
def test_sonic_pi_drums_without_loops():
    found, _ = sources.sonic_pi_sources()
    labels = {source.name: label for source, label in found}
    assert labels["bd_haus"] == "kick" and labels["drum_cymbal_closed"] == "hihat" and labels["sn_dub"] == "snare"
    assert not any(name.startswith("loop_") for name in labels)
    licences = {source.name: source.licence for source, _ in found}
    assert licences["bd_haus"] == "CC0" and licences["bd_mehackit"] == "MIT"  # per file, from the copyright file
