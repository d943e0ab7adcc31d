"""The knobs and key a producer steers the pads with, over OSC against a real daemon on loopback (real UDP, real
WAVs and index lines): `knobs` lists them, `set_knob` and `set_key` set them for later presses, over the presets',
refusals name what would do, the pool never serves a sample made for other settings, and a restart keeps them.
The MIDI controls learned for knobs are in test_midi.py; `padfusion knobs` and `generate --knob` in
test_cli_generate.py. How the model obeys them is test_steering.py's."""

import json
from dataclasses import replace

import pytest

from bridge_support import daemon_settings, pool_full, read_index, running, wait_until, write_presets
from padfusion.bridge.daemon import Daemon
from padfusion.bridge.osc import validate
from padfusion.bridge.requests import BY_NAME
from padfusion.bridge.scheduler import Cancelled


def knobs_listed(client, pad=None) -> dict:
    """pad -> {"key": key, knob: [unit, min, max, value]} from one `knobs` request (the range as the float32 on
    the wire meant it)."""
    client.send("knobs", *([pad] if pad else []))
    listed = {}
    for reply, params in client.drain(0.5):
        if reply == "knob":
            unit, low, high, value = params[2:6]
            listed.setdefault(params[0], {})[params[1]] = [unit, float(f"{low:.7g}"), float(f"{high:.7g}"), value]
        elif reply == "key":
            listed.setdefault(params[0], {})["key"] = params[1]
    return listed


def test_set_knob_takes_a_number_or_a_note_name_and_may_leave_out_the_value():
    set_knob = BY_NAME["set_knob"]
    assert validate(set_knob, ["kick", "decay", 0.25]) == {"pad": "kick", "knob": "decay", "value": 0.25}
    assert validate(set_knob, ["kick", "pitch", "A1"])["value"] == "A1"
    assert validate(set_knob, ["kick", "decay"]) == {"pad": "kick", "knob": "decay"}
    assert validate(BY_NAME["set_key"], ["F"]) == {"key": "F"}


def test_knobs_are_listed_set_and_used_by_later_presses(serve, client):
    daemon = serve(pool_depth=0)
    listed = knobs_listed(client)
    assert list(listed) == ["kick", "snare", "hihat", "perc"]
    assert listed["kick"] == {"pitch": ["Hz", 30.0, 250.0, ""], "decay": ["s", 0.03, 0.7, ""],
                              "punch": ["dB", -6.0, 24.0, ""], "brightness": ["Hz", 100.0, 15000.0, ""], "key": ""}
    assert set(listed["hihat"]) == {"decay", "brightness", "key"}

    assert client.ask("set_knob", "kick", "decay", 0.25, expect="knob")[5] == "0.25"
    assert client.ask("set_knob", "kick", "pitch", "A1", expect="knob")[5] == "55"
    assert client.ask("set_key", "Gb", "kick", expect="key") == ["kick", "F#"]
    client.ask("generate", "kick", expect="ready")
    line = read_index(daemon.output.root, 1)[-1]
    assert (line["knobs"], line["key"]) == ({"decay": 0.25, "pitch": 55.0}, "F#")

    assert client.ask("set_knob", "kick", "pitch", expect="knob")[5] == ""  # free again
    client.ask("generate", "snare", expect="ready")  # the other pads keep theirs: none
    assert "knobs" not in read_index(daemon.output.root, 2)[-1]
    client.ask("generate", "kick", expect="ready")
    assert read_index(daemon.output.root, 3)[-1]["knobs"] == {"decay": 0.25}
    assert knobs_listed(client, "kick")["kick"]["decay"][3] == "0.25"

    client.send("set_key", "C")  # every pad
    assert sorted(client.wait_for("key")[0] for _ in range(4)) == ["hihat", "kick", "perc", "snare"]
    assert {pad: held["key"] for pad, held in knobs_listed(client).items()} == dict.fromkeys(listed, "C")
    assert client.ask("set_key", "", expect="key", pad="perc") == ["perc", ""]
    client.ask("generate", "perc", expect="ready")
    assert "key" not in read_index(daemon.output.root, 4)[-1]


@pytest.mark.parametrize("request_, problem", [
    (("set_knob", "hihat", "pitch", 60), "hihat has no knob 'pitch'; its knobs: decay, brightness"),
    (("set_knob", "kick", "decay", 5), "decay must be from 0.03 to 0.7 s, got 5"),
    (("set_knob", "kick", "pitch", "H2"), "pitch takes a number in Hz or a note name such as A1, got 'H2'"),
    (("set_knob", "kick", "pitch", "C8"), "pitch must be from 30 to 250 Hz"),
    (("set_key", "H"), "key must be a pitch class such as F, F# or Bb, got 'H'"),
])
def test_bad_settings_are_refused_naming_what_would_do(serve, client, request_, problem):
    daemon = serve(pool_depth=0)
    pad, code, message = client.ask(*request_, expect="error")
    assert (code, problem in message) == ("bad_args", True), message
    assert client.ask("set_knob", "snare", "decay", expect="knob")[0] == "snare"  # and it serves on
    assert daemon.pad_settings.of("kick")["knobs"] == {}


def test_a_pooled_sample_is_never_served_for_other_settings(serve, client):
    daemon = serve(pool_depth=2)
    wait_until(lambda: pool_full(client), what="the pool to fill")  # for no knobs set
    client.ask("set_knob", "kick", "brightness", 2000, expect="knob")
    client.ask("generate", "kick", expect="ready")
    line = read_index(daemon.output.root, 1)[-1]
    assert line["knobs"] == {"brightness": 2000.0}  # not one of the two pooled for no knobs
    # the pool refills for the new settings, and serves them
    wait_until(lambda: pool_full(client), what="the pool to refill")
    client.ask("generate", "kick", expect="ready")
    line = read_index(daemon.output.root, 2)[-1]
    assert (line.get("pooled"), line["knobs"]) == (True, {"brightness": 2000.0})
    client.ask("set_key", "A", "kick", expect="key")
    client.ask("generate", "kick", expect="ready")
    assert read_index(daemon.output.root, 3)[-1]["key"] == "A"


def test_a_restart_keeps_the_settings(tmp_path, tiny_model, client):
    presets = write_presets(tmp_path / "presets", tiny_model)
    settings = daemon_settings(tmp_path, presets, client.port, pool_depth=0)
    with running(settings) as daemon:
        client.daemon_port = daemon.osc.port
        client.ask("set_knob", "perc", "pitch", "A3", expect="knob")
        client.ask("set_knob", "perc", "decay", 0.1, expect="knob")
        client.ask("set_knob", "perc", "decay", expect="knob")
        client.ask("set_key", "D", expect="key", pad="hihat")
    with running(settings) as daemon:
        client.daemon_port = daemon.osc.port
        listed = knobs_listed(client, "perc")["perc"]
        assert (listed["pitch"][3], listed["decay"][3], listed["key"]) == ("220", "", "D")
        client.ask("generate", "perc", expect="ready")
        assert read_index(daemon.output.root, 1)[-1]["knobs"] == {"pitch": 220.0}
    # a run serving only some of the pads keeps the others' settings for later
    with running(replace(settings, presets=presets[:1])) as daemon:
        client.daemon_port = daemon.osc.port
        client.ask("set_key", "E", expect="key")
    with running(settings) as daemon:
        client.daemon_port = daemon.osc.port
        assert [held["key"] for held in knobs_listed(client).values()] == ["E", "D", "D", "D"]
        assert knobs_listed(client, "perc")["perc"]["pitch"][3] == "220"


def test_settings_that_no_longer_fit_are_let_go_and_the_daemon_starts(tmp_path, tiny_model, client):
    presets = write_presets(tmp_path / "presets", tiny_model)
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "knobs.json").write_text(json.dumps({
        "kick": {"knobs": {"decay": 0.2, "tone": 3, "pitch": 9999}, "key": "H"}, "snare": "junk",
        "perc": {"knobs": [1, 2], "key": 7}}))
    with running(daemon_settings(tmp_path, presets, client.port, pool_depth=0)) as daemon:
        client.daemon_port = daemon.osc.port
        assert daemon.pad_settings.of("kick") == {"knobs": {"decay": 0.2}, "key": None}
        assert daemon.pad_settings.of("perc") == {"knobs": {}, "key": None}
        client.ask("generate", "kick", expect="ready")
    (tmp_path / "out" / "knobs.json").write_text("{not json")
    with running(daemon_settings(tmp_path, presets, client.port, pool_depth=0)) as daemon:
        client.daemon_port = daemon.osc.port
        assert daemon.pad_settings.of("kick") == {"knobs": {}, "key": None}


def test_a_change_of_settings_stops_the_refill_made_for_the_old_ones(tmp_path, tiny_model, client):
    presets = write_presets(tmp_path / "presets", tiny_model, steps=200)  # a refill takes tens of seconds
    daemon = Daemon(daemon_settings(tmp_path, presets, client.port, pool_depth=1))
    refills = []  # (pad, knobs, what happened), in order
    sample = daemon.worker.sample

    def recorded(work, pipe, seeds, recipe, **options):
        refills.append((work.pad, dict(recipe.knobs), "started"))
        try:
            made = sample(work, pipe, seeds, recipe, **options)
        except Cancelled:
            refills.append((work.pad, dict(recipe.knobs), "cancelled"))
            raise
        refills.append((work.pad, dict(recipe.knobs), "made"))
        return made

    daemon.worker.sample = recorded
    daemon.start()
    try:
        client.daemon_port = daemon.osc.port
        wait_until(lambda: ("kick", {}, "started") in refills, what="the kick's refill")
        client.ask("set_knob", "kick", "decay", 0.2, expect="knob")
        wait_until(lambda: ("kick", {"decay": 0.2}, "started") in refills, what="the refill for the new settings")
        # the refill for no knobs stopped at its next step: it would have been thrown away
        assert refills[:3] == [("kick", {}, "started"), ("kick", {}, "cancelled"), ("kick", {"decay": 0.2}, "started")]
    finally:
        daemon.stop()
