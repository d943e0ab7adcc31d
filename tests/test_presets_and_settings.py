"""Preset files and the daemon's settings (flags over the config file over the defaults)."""

from pathlib import Path

import pytest

from padfusion.bridge import config, presets
from padfusion.bridge.config import ConfigError, Settings, load_settings
from padfusion.bridge.presets import PresetError, load_preset


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_the_bundled_presets():
    for pad in ("kick", "snare", "hihat", "perc"):
        preset = load_preset(pad)
        assert preset.pad == pad and preset.model_is_local
        assert Path(preset.model) == presets.BUNDLED_DIR / "models" / pad
        assert preset.note == presets.GM_NOTES[pad] and preset.path == presets.BUNDLED_DIR / f"{pad}.toml"
    for name, pad in (("tad-kicks", "kick"), ("tad-snares", "snare"), ("tad-hihats", "hihat"),
                      ("tad-percussion", "perc")):
        preset = load_preset(name)
        assert (preset.pad, preset.sampler) == (pad, "dpmpp-2m")
        assert preset.model == f"crlandsc/tiny-audio-diffusion-{name.removeprefix('tad-')}"
        assert not preset.model_is_local


def test_a_preset_file_with_every_key(tmp_path):
    (tmp_path / "models" / "mine").mkdir(parents=True)
    path = write(tmp_path / "boom.toml", 'pad = "kick"\nmodel = "models/mine"\nsampler = "vsampler"\nsteps = 30\n'
                                         'strength = 0.5\ncolour_spread = 2\nnote = 48\ninstrument = "perc"\n')
    preset = load_preset(str(path))
    assert preset == presets.Preset(name="boom", pad="kick", model=str(tmp_path / "models" / "mine"),
                                    sampler="vsampler", steps=30, strength=0.5, colour_spread=2.0, note=48,
                                    instrument="perc", knobs=(), key=None, path=path)


def test_a_pads_instrument_defaults_to_its_name_where_it_is_one(tmp_path):
    def instrument_of(text):
        return load_preset(str(write(tmp_path / "p.toml", f'model = "x/y"\n{text}'))).instrument

    assert instrument_of('pad = "snare"\n') == "snare"
    assert instrument_of('pad = "boom"\n') is None
    with pytest.raises(presets.PresetError, match="unknown instrument 'cowbell'; choose from kick, snare"):
        instrument_of('pad = "boom"\ninstrument = "cowbell"\n')


def test_model_sources(tmp_path):
    def model_of(value):
        return load_preset(str(write(tmp_path / "p.toml", f'pad = "kick"\nmodel = "{value}"\n'))).model

    assert model_of("crlandsc/tiny-audio-diffusion-kicks") == "crlandsc/tiny-audio-diffusion-kicks"
    assert model_of("./not-yet/trained") == str(tmp_path / "not-yet" / "trained")
    assert model_of("../elsewhere/kick.ckpt") == str(tmp_path.parent / "elsewhere" / "kick.ckpt")
    (tmp_path / "models").mkdir()
    assert model_of("models/kick") == str(tmp_path / "models" / "kick")  # a folder to be trained into
    assert model_of("/abs/model") == "/abs/model"


def test_pads_outside_general_midi_have_no_note_unless_given(tmp_path):
    preset = load_preset(str(write(tmp_path / "cow.toml", 'pad = "cowbell"\nmodel = "a/b"\n')))
    assert preset.note is None and preset.steps == 10 and preset.sampler == "dpmpp-2m" and preset.colour_spread == 1


@pytest.mark.parametrize("text, problem", [
    ('pad = "kick"\nmodel = "a/b"\nsteps = 0\n', "steps must be a whole number from 1 to 1000"),
    ('pad = "kick"\nmodel = "a/b"\nsteps = 2.5\n', "steps must be a whole number"),
    ('pad = "kick"\nmodel = "a/b"\nsampler = "euler"\n', "unknown sampler 'euler'"),
    ('pad = "kick"\nmodel = "a/b"\nstrength = 0\n', "strength must be a number from 0.01 to 1"),
    ('pad = "kick"\nmodel = "a/b"\ncolour_spread = -1\n', "colour_spread must be a number from 0 to 3"),
    ('pad = "kick"\nmodel = "a/b"\nnote = 128\n', "note must be a MIDI note number"),
    ('pad = "../evil"\nmodel = "a/b"\n', "pad '../evil' must be 1 to 32 lower-case letters"),
    ('pad = "kick"\n', "model must be a non-empty string"),
    ('pad = "kick"\nmodel = "a/b"\nstep = 3\n', "unknown key 'step'"),
    ('pad = "kick\nmodel = "a/b"\n', "not readable as TOML"),
])
def test_bad_presets_say_what_and_where(tmp_path, text, problem):
    path = write(tmp_path / "bad.toml", text)
    with pytest.raises(PresetError, match=problem.replace("(", r"\(").replace("]", r"\]")) as e:
        load_preset(str(path))
    assert str(path) in str(e.value)


def test_names_are_looked_up_bundled_first_then_in_the_user_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(presets, "USER_DIR", tmp_path)
    write(tmp_path / "mine.toml", 'pad = "perc"\nmodel = "someone/claps"\n')
    write(tmp_path / "kick.toml", 'pad = "kick"\nmodel = "someone/kicks"\n')
    assert load_preset("mine").model == "someone/claps"
    assert load_preset("kick").path.parent == presets.BUNDLED_DIR
    with pytest.raises(PresetError, match="no preset named 'nope'.*known: .*mine"):
        load_preset("nope")
    with pytest.raises(PresetError, match="no such preset file"):
        load_preset(str(tmp_path / "nope.toml"))


def test_settings_come_from_flags_then_the_config_file_then_defaults(tmp_path, monkeypatch):
    monkeypatch.setattr(config, "CONFIG_PATH", tmp_path / "absent.toml")
    assert load_settings() == Settings()
    assert Settings().host == "127.0.0.1" and Settings().pool_depth == 2 and Settings().midi == "virtual"
    path = write(tmp_path / "config.toml", 'out = "~/beats"\nosc_port = 7000\npool_depth = 3\n'
                                           'sample_dirs = ["~/Samples"]\n[midi_cc]\nsteps = 74\n')
    settings = load_settings(path, osc_port=7100, out=None)
    assert settings.out == Path("~/beats").expanduser() and settings.osc_port == 7100
    assert settings.pool_depth == 3 and settings.sample_dirs == (Path("~/Samples").expanduser(),)
    assert settings.midi_cc == {"steps": 74, "strength": 21}
    monkeypatch.setattr(config, "CONFIG_PATH", path)  # the default location is read when it exists
    assert load_settings(presets=["tad-kicks"]).presets == ("tad-kicks",)
    assert load_settings().osc_port == 7000


@pytest.mark.parametrize("text, problem", [
    ("osc_port = 70000\n", "osc_port must be a UDP port number"),
    ('osc_port = "9123"\n', "osc_port must be an integer"),
    ("pool_depth = -1\n", "pool_depth must be from 0 to 16"),
    ("half = 1\n", "half must be true or false"),
    ("outt = 1\n", "unknown setting 'outt'"),
    ("[midi_cc]\nvolume = 7\n", "midi_cc knows 'steps' and 'strength'"),
    ("presets = []\n", "no presets to serve"),
    ('backend = "cuda"\n', "backend must be one of auto, torch, openvino"),
    ("out = \n", "not readable as TOML"),
])
def test_bad_config_files(tmp_path, text, problem):
    with pytest.raises(ConfigError, match=problem):
        load_settings(write(tmp_path / "config.toml", text))


def test_a_named_config_file_must_exist(tmp_path):
    with pytest.raises(ConfigError, match="no such config file"):
        load_settings(tmp_path / "missing.toml")


def test_a_presets_knobs_and_key(tmp_path):
    def preset(text):
        return load_preset(str(write(tmp_path / "p.toml", f'pad = "kick"\nmodel = "x/y"\n{text}')))

    loaded = preset('key = "Gb"\n[knobs]\ndecay = 0.25\npitch = "A1"\n')
    assert (loaded.key, loaded.knobs) == ("F#", (("decay", 0.25), ("pitch", pytest.approx(55.0))))
    with pytest.raises(presets.PresetError, match="p.toml: kick has no knob 'tone'; its knobs: pitch"):
        preset("[knobs]\ntone = 3\n")
    with pytest.raises(presets.PresetError, match="p.toml: key must be a pitch class"):
        preset('key = "H"\n')
    with pytest.raises(presets.PresetError, match="knobs must be a table"):
        preset('knobs = 3\n')
