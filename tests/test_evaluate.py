"""`padfusion eval` on folders of synthetic kicks, noise, and broken files written to disk."""

import json
import shutil

import numpy as np
import pytest
import soundfile as sf

from padfusion.bridge.cli import main
from padfusion.model import evaluate

RATE = 44100


def kick(rng, length=32768):
    """A synthetic kick: a sine sweeping down from ~150 Hz to its body pitch, decaying, with a short click."""
    t = np.arange(length) / RATE
    body = rng.uniform(45, 70)
    freq = body + (150 - body) * np.exp(-t * 40)
    tone = np.sin(2 * np.pi * np.cumsum(freq) / RATE) * np.exp(-t * rng.uniform(6, 12))
    click = rng.standard_normal(length) * np.exp(-t * 600) * 0.2
    return 0.8 * (tone + click) / np.abs(tone + click).max()


def write_set(folder, signals):
    folder.mkdir(parents=True, exist_ok=True)
    for k, x in enumerate(signals):
        sf.write(folder / f"{k:02d}.wav", np.stack([x, x], axis=1), RATE, subtype="FLOAT")
    return folder


@pytest.fixture(scope="module")
def sets(tmp_path_factory):
    root = tmp_path_factory.mktemp("eval")
    rng = np.random.default_rng(1)
    noise = rng.uniform(-0.5, 0.5, (16, 32768))
    return {
        "train": write_set(root / "train", [kick(rng) for _ in range(16)]),
        "real": write_set(root / "real", [kick(rng) for _ in range(16)]),
        "other real": write_set(root / "other real", [kick(rng) for _ in range(16)]),
        "noise": write_set(root / "noise", noise),
        "root": root,
    }


def test_real_kicks_are_close_and_white_noise_is_far(sets):
    alike = evaluate.evaluate(sets["other real"], sets["real"])
    noise = evaluate.evaluate(sets["noise"], sets["real"])
    assert noise["frechet_distance"] > 20 * alike["frechet_distance"]
    assert noise["frechet_by_group"]["spectrum"] > 20 * alike["frechet_by_group"]["spectrum"]
    assert noise["frechet_by_group"]["envelope"] > 20 * alike["frechet_by_group"]["envelope"]
    assert abs(alike["hiss_db"]["difference"]) < 6 and noise["hiss_db"]["difference"] > 40
    assert abs(alike["tail_db"]["difference"]) < 6 and noise["tail_db"]["difference"] > 40
    assert 0.7 < alike["diversity"]["ratio"] < 1.4 and noise["diversity"]["ratio"] < 0.3
    assert alike["valid_share"] == 1.0 and not alike["generated"]["invalid"]
    assert evaluate.evaluate(sets["real"], sets["real"])["frechet_distance"] == pytest.approx(0, abs=1e-2)


def test_descriptors_ignore_gain():
    x = kick(np.random.default_rng(3))
    assert np.allclose(evaluate.descriptors(x), evaluate.descriptors(0.1 * x))
    assert evaluate.hiss_db(x) == pytest.approx(evaluate.hiss_db(0.1 * x))


def test_silent_clipped_and_broken_files_are_invalid(sets, tmp_path):
    rng = np.random.default_rng(2)
    folder = write_set(tmp_path / "gen", [kick(rng) for _ in range(4)])
    sf.write(folder / "silent.wav", np.zeros((32768, 2)), RATE)
    sf.write(folder / "whisper.wav", np.full((32768, 2), 1e-4), RATE, subtype="FLOAT")
    square = np.sign(np.sin(2 * np.pi * 60 * np.arange(32768) / RATE))
    sf.write(folder / "clipped.wav", np.stack([square, square], axis=1), RATE)
    nan = np.stack([kick(rng)] * 2, axis=1)
    nan[1000] = np.nan
    sf.write(folder / "nan.wav", nan, RATE, subtype="FLOAT")
    (folder / "broken.wav").write_bytes(b"RIFF....WAVEfmt nonsense")
    peak_at_full_scale = kick(rng) / np.abs(kick(rng)).max()
    sf.write(folder / "loud.wav", np.stack([peak_at_full_scale] * 2, axis=1), RATE)

    result = evaluate.evaluate(folder, sets["real"])
    invalid = {path.rsplit("/", 1)[1]: reason for path, reason in result["generated"]["invalid"].items()}
    assert invalid == {"silent.wav": "silent", "whisper.wav": "silent", "clipped.wav": "clipped",
                       "nan.wav": "not finite", "broken.wav": "unreadable"}
    assert result["valid_share"] == pytest.approx(5 / 10)
    assert "clipped.wav: clipped" in evaluate.format_table(result)


def test_copies_of_training_files_show_as_memorised(sets, tmp_path):
    copies = tmp_path / "copies"
    copies.mkdir()
    for k, path in enumerate(sorted(sets["train"].glob("*.wav"))[:8]):
        shutil.copy(path, copies / f"copy{k}.wav")
    memorised = evaluate.evaluate(copies, sets["real"], sets["train"])["memorisation"]
    fresh = evaluate.evaluate(sets["other real"], sets["real"], sets["train"])["memorisation"]
    assert memorised["near_copies"] == 1.0 and memorised["ratio"] < 0.01
    assert fresh["near_copies"] < 0.2 and 0.6 < fresh["ratio"] < 1.6
    assert memorised["train_files"] == 16
    with pytest.raises(evaluate.EvaluationError, match="also in"):
        evaluate.evaluate(sets["noise"], sets["train"], sets["train"])


def test_cli(sets, capsys):
    main(["eval", str(sets["noise"]), str(sets["real"]), "--train", str(sets["train"]), "--json"])
    result = json.loads(capsys.readouterr().out)
    assert result["memorisation"]["train_files"] == 16 and result["frechet_distance"] > 0
    main(["eval", str(sets["other real"]), str(sets["real"])])
    table = capsys.readouterr().out
    assert "Fréchet distance" in table and "diversity" in table and "near copies" not in table
    empty = sets["root"] / "empty"
    empty.mkdir()
    with pytest.raises(SystemExit) as exit:
        main(["eval", str(empty), str(sets["real"])])
    assert exit.value.code == 2 and "no audio files" in capsys.readouterr().err
