"""The descriptors the knobs are set in, on synthetic sounds whose answers are known, and the knobs' checks."""

import math

import numpy as np
import pytest

from padfusion.model import descriptors, knobs
from padfusion.model.recipe import Recipe, resolve

RATE = 44100
t = np.arange(32768) / RATE


def decaying(hz, tau, attack=0.0):
    """A sine (or, with hz None, white noise) decaying with time constant `tau` after `attack` s of silence."""
    rng = np.random.default_rng(0)
    tone = np.sin(2 * np.pi * hz * t) if hz else rng.standard_normal(len(t))
    return np.where(t >= attack, tone * np.exp(-(t - attack) / tau), 0.0)


def test_decay_is_the_time_to_fall_30_db():
    for tau in (0.02, 0.05, 0.1):
        assert descriptors.decay(decaying(200, tau)) == pytest.approx(tau * math.log(10 ** 1.5), abs=0.012)


def test_decay_ignores_gain_channels_and_silence_before_the_onset():
    one = decaying(200, 0.05)
    late = decaying(200, 0.05, attack=0.1)
    assert descriptors.decay(np.stack([one, one]) * 0.01) == descriptors.decay(one)
    assert descriptors.decay(late) == pytest.approx(descriptors.decay(one), abs=0.011)


def test_brightness_of_filtered_noise_is_its_centre():
    rng = np.random.default_rng(1)
    spectrum = np.fft.rfft(rng.standard_normal(len(t)))
    freqs = np.fft.rfftfreq(len(t), 1 / RATE)
    for centre in (500, 2000, 8000):
        band = np.fft.irfft(np.where(abs(freqs - centre) < 200, spectrum, 0), len(t))
        assert descriptors.brightness(band) == pytest.approx(centre, rel=0.02)


def test_pitch_of_a_kick_body_after_a_click_attack():
    body = decaying(55, 0.15)
    click = np.where(t < 0.004, np.random.default_rng(2).standard_normal(len(t)) * 3, 0)
    assert 1200 * abs(math.log2(descriptors.pitch(body + click) / 55)) < 5  # cents
    assert descriptors.pitch(decaying(None, 0.1)) is None  # noise has no pitch
    assert descriptors.pitch(np.zeros(len(t))) is None


def test_punch_is_the_attack_over_the_body_and_tone_the_body_over_the_noise():
    steady = np.sin(2 * np.pi * 200 * t)
    assert descriptors.punch(steady) == pytest.approx(0, abs=0.1)
    attack = np.where(t < 0.02, 4.0, 1.0) * steady
    assert descriptors.punch(attack) == pytest.approx(20 * math.log10(4), abs=0.2)
    high = np.sin(2 * np.pi * 5000 * t)
    assert descriptors.tone(steady + 0.1 * high) == pytest.approx(20, abs=0.1)


def test_measure_names_every_descriptor_and_notes_convert():
    assert set(descriptors.measure(decaying(55, 0.1))) == {"decay", "brightness", "pitch", "punch", "tone"}
    assert descriptors.midi_note(440) == 69 and descriptors.hertz(33) == pytest.approx(55)
    assert descriptors.note_name(33) == "A1" and descriptors.note_name(60) == "C4"


def test_knob_values_units_note_names_and_errors():
    assert knobs.check_knobs("kick", {"pitch": "A1", "decay": "0.25", "punch": None}) == \
        (("decay", 0.25), ("pitch", pytest.approx(55.0)))
    with pytest.raises(knobs.KnobError, match="kick has no knob 'tone'; its knobs: pitch, decay, punch, brightness"):
        knobs.check_knobs("kick", {"tone": 3})
    with pytest.raises(knobs.KnobError, match="decay must be from 0.03 to 0.7 s, got 2"):
        knobs.check_knobs("snare", {"decay": 2})
    with pytest.raises(knobs.KnobError, match="pitch takes a number in Hz or a note name"):
        knobs.check_knobs("perc", {"pitch": "loud"})
    with pytest.raises(knobs.KnobError, match="this pad has no knob 'decay'; its knobs: none"):
        knobs.check_knobs(None, {"decay": 0.2})
    assert knobs.parse_setting("decay=0.25") == ("decay", "0.25")
    with pytest.raises(knobs.KnobError, match="NAME=VALUE"):
        knobs.parse_setting("decay")
    assert [knobs.note_number(n) for n in ("A1", "C4", "F#2", "Bb1", "Cb4")] == [33, 60, 42, 34, 59]


def test_keys_and_the_nearest_root():
    assert [knobs.check_key(k) for k in ("F", "f#", "Bb", "", None)] == ["F", "F#", "A#", None, None]
    with pytest.raises(knobs.KnobError, match="pitch class such as F"):
        knobs.check_key("H")
    assert knobs.nearest_in_key(60, "F") == pytest.approx(descriptors.hertz(29))  # F1, 5.9 semitones down
    assert knobs.nearest_in_key(80, "F") == pytest.approx(descriptors.hertz(41))  # F2, 1.8 semitones up
    assert knobs.nearest_in_key(50, "C") == pytest.approx(descriptors.hertz(36))  # C2, 4.3 semitones up


def test_a_recipe_takes_the_presets_knobs_and_key_and_the_requests_over_them():
    class Preset:
        instrument, knobs, key = "kick", (("decay", 0.3), ("pitch", 55.0)), "F"

    recipe = resolve(Preset, seed=1, knobs={"decay": 0.2, "pitch": None})
    assert (recipe.knobs, recipe.key) == ((("decay", 0.2),), "F")
    assert resolve(Preset, seed=1, key="").key is None
    assert recipe.record("m", False)["knobs"] == {"decay": 0.2}
    with pytest.raises(knobs.KnobError, match="its knobs: decay, brightness$"):
        resolve(seed=1, instrument="hihat", knobs={"pitch": 50})


@pytest.mark.parametrize("recipe", [
    resolve(seed=7, steps=12, sampler="dpmpp-2m", instrument="kick", knobs={"decay": 0.3}, key="A"),
    resolve(seed=8, source="history/kick/a.wav", strength=0.4, colour_spread=1.5),
    resolve(seed=9, source="/samples/clap.wav", style=True),
], ids=["knobs and key", "variation", "style"])
def test_a_recipe_comes_back_whole_from_its_record(recipe):
    """What `remake` relies on: a sample's record names everything its recipe holds."""
    assert Recipe.from_record(recipe.record("m", True, pad="kick", weights="abc")) == recipe
