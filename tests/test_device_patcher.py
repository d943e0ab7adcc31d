"""The Max for Live patcher is structurally valid and follows Ableton's production guidelines
(Ableton/maxdevtools, m4l-production-guidelines), as far as they can be checked in the file."""

import json
import re
from pathlib import Path

import pytest

from padfusion.bridge import protocol
from padfusion.bridge.requests import BY_ADDRESS
from padfusion.model.knobs import KNOBS

DEVICE_DIR = Path(__file__).resolve().parent.parent / "max_for_live"
PATCHER = json.loads((DEVICE_DIR / "PadFusion.maxpat").read_text())["patcher"]

# live.* objects that are no parameters: display only, and the pads' drop zones (a dropped file is a request, not
# a value to keep)
LIVE_DISPLAYS = {"live.comment", "live.line", "live.panel", "live.drop"}
# what is shown that is not a live.* object: waveforms, their click areas, the seeds (Max ints: a Live parameter is
# a 32-bit float, which would lose most seeds) and the daemon's host
OTHER_SHOWN = ("waveform~", "ubutton", "number", "textedit")


def all_patchers(patcher):
    """The patcher and every subpatcher inside it."""
    yield patcher
    for box in patcher["boxes"]:
        if "patcher" in box["box"]:
            yield from all_patchers(box["box"]["patcher"])


def boxes(maxclass=None):
    found = [b["box"] for p in all_patchers(PATCHER) for b in p["boxes"]]
    return [b for b in found if maxclass is None or b["maxclass"] == maxclass]


def objects(name):
    """newobj boxes of one Max class, e.g. objects("js")."""
    return [b for b in boxes("newobj") if b["text"].split()[0] == name]


def controls():
    return [b for b in boxes() if b["maxclass"].startswith("live.") and b["maxclass"] not in LIVE_DISPLAYS]


def values(box):
    return box["saved_attribute_attributes"]["valueof"]


def by_id(id_):
    return next(b for b in boxes() if b["id"] == id_)


def lines():
    return [(line["patchline"]["source"], line["patchline"]["destination"]) for line in PATCHER["lines"]]


def line(source, outlet, destination, inlet=0):
    return ([source, outlet], [destination, inlet]) in lines()


PADS = ("kick", "snare", "hihat", "perc")
AUTOMATED, STORED_ONLY, HIDDEN = 0, 1, 2


@pytest.mark.parametrize("patcher", list(all_patchers(PATCHER)), ids=lambda p: f"{len(p['boxes'])} boxes")
def test_patch_lines_join_existing_boxes_at_existing_inlets_and_outlets(patcher):
    by_id = {b["box"]["id"]: b["box"] for b in patcher["boxes"]}
    assert len(by_id) == len(patcher["boxes"]), "box ids must be unique"
    for line in patcher["lines"]:
        (source, outlet), (destination, inlet) = line["patchline"]["source"], line["patchline"]["destination"]
        assert source in by_id, f"line from missing box {source}"
        assert destination in by_id, f"line to missing box {destination}"
        assert 0 <= outlet < by_id[source]["numoutlets"], f"{source} has no outlet {outlet}"
        assert 0 <= inlet < by_id[destination]["numinlets"], f"{destination} has no inlet {inlet}"
    pairs = [json.dumps(line["patchline"], sort_keys=True) for line in patcher["lines"]]
    assert len(pairs) == len(set(pairs)), "duplicate patch line"


def test_boxes_declare_their_outlet_types():
    for box in boxes():
        assert len(box.get("outlettype", [])) == box["numoutlets"], box["id"]


def test_every_js_file_exists_and_matches_its_box():
    scripts = objects("js")
    assert {b["text"].split()[1] for b in scripts} == {"padfusion.js", "liveapi_sampler.js"}
    for box in scripts:
        source = (DEVICE_DIR / box["text"].split()[1]).read_text()
        declared = {name: int(n) for name, n in re.findall(r"^(inlets|outlets) = (\d+);", source, re.M)}
        assert declared == {"inlets": box["numinlets"], "outlets": box["numoutlets"]}, box["text"]


def test_the_device_lists_its_scripts_so_freezing_takes_them_along():
    listed = {d["name"] for d in PATCHER["dependency_cache"]}
    assert listed == {"padfusion.js", "liveapi_sampler.js"}
    assert all((DEVICE_DIR / name).is_file() for name in listed)


def test_no_absolute_path_is_saved_in_the_device():
    """A path of the machine it was built on would break the device anywhere else."""
    text = json.dumps(PATCHER)
    assert "bootpath" not in text
    for value in re.findall(r'"((?:[^"\\]|\\.)*)"', text):
        assert not re.match(r"^(/Users/|/home/|/tmp/|[A-Za-z]:[\\/]|~/)", value), value


def test_it_is_an_instrument_169_pixels_high_that_opens_in_presentation_mode():
    assert PATCHER["openinpresentation"] == 1
    assert PATCHER["project"]["amxdtype"] == int.from_bytes(b"iiii", "big")
    x, y, width, height = PATCHER["openrect"]
    assert height == 169, "a Live device is 169 pixels high"
    assert PATCHER["devicewidth"] == width
    shown = [b["presentation_rect"] for b in boxes() if b.get("presentation")]
    for bx, by, bw, bh in shown:
        assert all(float(v).is_integer() for v in (bx, by, bw, bh)), "whole pixels, or the controls blur"
        assert 0 <= bx and bx + bw <= width and 0 <= by and by + bh <= height
    left = min(bx for bx, _, _, _ in shown)
    right = width - max(bx + bw for bx, _, bw, _ in shown)
    assert left == right, "as far from the left edge as from the right"


def test_everything_shown_is_a_live_control_or_display():
    """Apart from the waveform display and the invisible click area over it that auditions the pad, the seeds and
    the host field."""
    shown = {b["maxclass"] for b in boxes() if b.get("presentation")}
    assert shown == {"live.text", "live.dial", "live.numbox", "live.menu", "live.comment", "live.drop", *OTHER_SHOWN}
    for box in boxes("ubutton"):
        waveform = by_id(box["id"].replace("audition", "waveform"))
        assert box["presentation_rect"] == waveform["presentation_rect"]


def test_every_control_is_a_named_parameter_with_info_title_and_text():
    longnames = []
    for box in controls() + boxes("live.drop") + [b for name in OTHER_SHOWN for b in boxes(name)]:
        assert box.get("annotation", "").strip(), f"{box['id']} has no info text"
        assert box.get("annotation_name", "").strip(), f"{box['id']} has no info title"
        assert box.get("presentation") == 1, f"{box['id']} is not in presentation mode"
    for box in controls():
        assert box.get("parameter_enable") == 1, box["id"]
        v = values(box)
        assert v["parameter_longname"].strip() and v["parameter_shortname"].strip(), box["id"]
        assert not re.search(r"\[\d+\]$|^live\.", v["parameter_longname"]), "no generic or auto-indexed names"
        assert len(v["parameter_shortname"]) <= 10, f"{box['id']}: short names show on the control"
        assert v["parameter_annotation_name"] == box["annotation_name"]
        longnames.append(v["parameter_longname"])
    assert len(longnames) == len(set(longnames)), "long names must be unique within the device"
    per_pad = 5 + 1 + 4  # New, Var, Undo, Keep, Clip; choke; volume, tune, decay, pan
    knobs = sum(len(KNOBS[pad]) for pad in PADS)  # each pad's sound knobs, as its instrument has them
    assert len(longnames) == 4 * per_pad + knobs + 9, \
        "and Steps, Variation, Target, Key, Take MIDI, Knobs, Build Rack, the daemon's port, the connection light"
    assert set(PATCHER["parameters"]) - {"parameterbanks", "inherited_shortname"} == \
        {b["id"] for b in controls()} | {f"{pad}-sample" for pad in PADS} | {"host-stored"}


def test_momentary_buttons_are_hidden_from_automation_and_undo_and_act_on_mouse_up():
    momentary = [b for b in boxes("live.text") if b.get("mode") == 0]
    assert len(momentary) == 4 * 5 + 1  # New, Var, Undo, Keep, Clip on each pad; Build Rack
    for box in momentary:
        assert values(box)["parameter_invisible"] == HIDDEN, box["id"]
        assert box.get("outputmode") == 1, f"{box['id']} must act on mouse-up"


def test_automatable_parameters_have_types_units_and_modulation_modes():
    for box in controls():
        v = values(box)
        if v["parameter_invisible"] == HIDDEN:
            continue
        assert "parameter_modmode" in v, box["id"]
        if v["parameter_type"] == 2:
            assert v["parameter_enum"] and not {"val1", "val2"} & set(v["parameter_enum"]), box["id"]
            assert v["parameter_mmax"] == len(v["parameter_enum"]) - 1
        else:
            assert "parameter_unitstyle" in v and v["parameter_mmin"] < v["parameter_mmax"], box["id"]
            assert v["parameter_initial_enable"] == 1 and v["parameter_mmin"] <= v["parameter_initial"][0] <= \
                v["parameter_mmax"], f"{box['id']} needs a sensible default"


def test_push_banks_hold_every_automated_parameter_once():
    banks = PATCHER["parameters"]["parameterbanks"]
    named = [name for bank in banks.values() for name in bank["parameters"] if name != "-"]
    assert all(len(bank["parameters"]) == 8 and bank["name"] for bank in banks.values())
    automated = {values(b)["parameter_longname"] for b in controls() if values(b)["parameter_invisible"] == AUTOMATED}
    assert sorted(named) == sorted(automated)


def test_texts_use_live_fonts_and_colours_follow_the_theme():
    for box in boxes("live.comment"):
        assert box["fontname"].startswith("Ableton Sans"), box["id"]
    colour_keys = {"bgcolor", "textcolor", "color", "waveformcolor", "activebgcolor", "bordercolor"}
    for box in boxes():
        for key in colour_keys & set(box):
            assert "expression" in box["saved_attribute_attributes"].get(key, {}), f"{box['id']} {key} is fixed"
    for box in boxes("waveform~"):
        colours = box["saved_attribute_attributes"]
        assert colours["bgcolor"]["expression"].startswith("themecolor.")
        assert colours["waveformcolor"]["expression"].startswith("themecolor.")


def test_nothing_prints_to_the_max_console():
    assert not objects("print")
    for name in ("padfusion.js", "liveapi_sampler.js"):
        source = (DEVICE_DIR / name).read_text()
        assert not re.search(r"\b(post|cpost|error)\s*\(", source), f"{name} writes to the Max console"


def test_only_hidden_controls_are_set_from_inside_and_only_with_set():
    """Live records every change of a stored parameter in its undo history: the device sets only hidden
    ones (the connection light), and with `set`, which does not output; the seed fields are no parameters, and
    are set the same way."""
    control_ids = {b["id"] for b in controls()}
    driven = [(s, d) for s, d in lines() if d[0] in control_ids]
    assert {d[0] for _, d in driven} == {"connection"}
    for source, destination in driven:
        assert values(by_id(destination[0]))["parameter_invisible"] == HIDDEN
        assert by_id(source[0])["maxclass"] == "message" and by_id(source[0])["text"] == "set $1"
    for pad in PADS:
        assert [s for s, d in lines() if d[0] == f"{pad}-seed"] == [[f"{pad}-seed-set", 0]]
        assert by_id(f"{pad}-seed-set")["text"] == "set $1" and by_id(f"{pad}-seed")["maxclass"] == "number"


@pytest.mark.parametrize("pad", PADS)
def test_each_pad_keeps_its_sample_in_the_live_set(pad):
    """A hidden, stored-only pattr per pad: set by padfusion.js's `store`, it gives its value back when the
    set opens (and on Live's undo) as `restore <pad> ...`."""
    pattr = by_id(f"{pad}-sample")
    assert pattr["text"] == f"pattr {pad}_sample"
    assert pattr["saved_object_attributes"]["parameter_enable"] == 1
    v = values(pattr)
    assert v["parameter_invisible"] == STORED_ONLY and v["parameter_type"] == 3, "stored only, a blob"
    control = by_id(f"{pad}-control")
    assert line(f"{pad}-control", control["text"].split()[1:].index("store"), f"{pad}-sample")
    assert line(f"{pad}-sample", 0, f"{pad}-restore") and by_id(f"{pad}-restore")["text"] == f"prepend restore {pad}"
    assert line(f"{pad}-restore", 0, "logic")


@pytest.mark.parametrize("pad", PADS)
def test_each_pad_retriggers_without_a_click(pad):
    """Two voices per pad take turns; a hit first fades both out in 5 ms, then starts the next one."""
    hit = by_id(f"{pad}-hit")
    assert hit["text"] == "t i b b b"
    assert line(f"{pad}-hit", 2, f"{pad}-fade") and by_id(f"{pad}-fade")["text"] == "0 5"
    assert line(f"{pad}-hit", 1, f"{pad}-voice") and by_id(f"{pad}-voice")["text"] == "counter 1 2"
    for v, voice in enumerate("ab"):
        assert by_id(f"{pad}-{voice}-play")["text"] == f"groove~ ---{pad} 2"
        assert line(f"{pad}-fade", 0, f"{pad}-{voice}-envelope")
        assert line(f"{pad}-voices", v, f"{pad}-{voice}-start")


def test_samples_players_and_sends_are_local_to_each_instance():
    named = objects("buffer~") + objects("groove~") + objects("loadmess") + objects("s") + objects("r")
    assert len(named) == 4 * (1 + 2 + 1 + 1 + 1)
    for box in named:
        assert re.search(r"(^| )---\w+", box["text"]), f"{box['text']} is shared between devices"


def test_it_talks_to_the_daemon_on_the_protocols_ports_and_probes_its_own():
    assert [b["text"] for b in objects("udpsend")] == [f"udpsend {protocol.DEFAULT_HOST} {protocol.DEFAULT_OSC_PORT}",
                                                      f"udpsend {protocol.DEFAULT_HOST} {protocol.DEFAULT_REPLY_PORT}"]
    assert [b["text"] for b in objects("udpreceive")] == [f"udpreceive {protocol.DEFAULT_REPLY_PORT}"]
    v = values(by_id("osc_port"))
    assert v["parameter_invisible"] == STORED_ONLY, "a setting saved with the set, not automated"
    assert v["parameter_initial"] == [protocol.DEFAULT_OSC_PORT]
    assert values(by_id("host-stored"))["parameter_invisible"] == STORED_ONLY
    assert line("host-stored", 0, "host-prepend") and line("host-prepend", 0, "logic")
    assert not [b for b in controls() if "reply" in b["id"]], "the reply port is found, not stored: copies differ"
    assert by_id("network")["text"] == "route daemon reply probe"
    assert line("network", 0, "udpsend") and line("network", 1, "udpreceive") and line("network", 2, "probe")


def test_every_osc_address_the_device_sends_is_in_the_protocol():
    requests = set(BY_ADDRESS)
    source = (DEVICE_DIR / "padfusion.js").read_text()
    named = {f"{protocol.PREFIX}/{name}" for name in re.findall(r'(?:request\(|ask\(\w+, )"(\w+)"', source)}
    assert {f"{protocol.PREFIX}/{name}" for name in ("hello", "generate", "variation", "recall", "remake", "keep",
                                                      "pin")} <= named <= requests, named - requests
    in_patcher = {b["text"].split()[0] for b in boxes("message") if b["text"].startswith("/")}
    assert in_patcher <= requests, in_patcher - requests


def test_midi_notes_start_from_the_general_midi_map():
    notes = {b["text"].split()[1] for b in objects("==")}
    assert notes == {"36", "38", "42", "39"}


def test_the_first_releases_parameter_names_are_kept():
    """Live recalls a set's parameter values by long name: renaming one loses its value in saved sets."""
    first_release = ({f"{pad} {action}" for pad in ("Kick", "Snare", "Hi-hat", "Perc")
                      for action in ("New", "Variation", "Undo", "Keep")}
                     | {"Steps", "Variation Strength", "Sample Target"})
    assert first_release <= {values(b)["parameter_longname"] for b in controls()}


@pytest.mark.parametrize("pad", PADS)
def test_each_pad_swaps_at_the_fades_end_auditions_on_mouse_down_and_takes_dropped_files(pad):
    assert line(f"{pad}-a-envelope", 1, f"{pad}-faded") and by_id(f"{pad}-faded")["text"] == f"faded {pad}"
    assert line(f"{pad}-faded", 0, "logic")
    assert line(f"{pad}-audition", 1, f"{pad}-audition-message"), "a ubutton's second outlet: mouse-down"
    assert by_id(f"{pad}-audition-message")["text"] == f"audition {pad}"
    assert line(f"{pad}-drop", 0, f"{pad}-drop-path") and line(f"{pad}-drop-path", 0, f"{pad}-drop-prepend")
    assert by_id(f"{pad}-drop-path")["text"] == "conformpath native boot", "Max's volume-style paths made native"
    control = by_id(f"{pad}-control")["text"].split()[1:]
    assert line(f"{pad}-control", control.index("state"), f"{pad}-state-set")
    assert line(f"{pad}-state-set", 0, f"{pad}-state") and by_id(f"{pad}-state")["maxclass"] == "live.comment"
    assert line(f"{pad}-control", control.index("hit"), f"{pad}-hit")


def test_the_status_lines_long_text_goes_to_its_info_view():
    assert by_id("texts")["text"] == "route status info port"
    assert line("texts", 1, "status-info") and by_id("status-info")["text"] == "prepend sendbox annotation"
    assert line("status-info", 0, "status") and line("texts", 2, "port-set") and line("port-set", 0, "port")


@pytest.mark.parametrize("pad", PADS)
def test_each_pads_knob_dials_take_the_place_of_its_player_dials_with_knobs_on(pad):
    """Model/knobs.py's knobs of the pad's instrument, each in its unit and range, stored with the set; the Knobs
    switch hides the player dials and shows these (and back) through thispatcher."""
    for k, knob in enumerate(KNOBS[pad]):
        dial = by_id(f"{pad}-knob-{knob.name}")
        v = values(dial)
        factor = 0.001 if knob.unit == "s" else 1
        assert (v["parameter_mmin"], v["parameter_mmax"]) == pytest.approx((knob.low / factor, knob.high / factor))
        assert v["parameter_initial"] == [v["parameter_mmin"]], "free until turned"
        assert v["parameter_invisible"] == STORED_ONLY and dial["hidden"] == 1
        assert dial["presentation_rect"] == by_id(f"{pad}-{('volume', 'tune', 'decay', 'pan')[k]}")["presentation_rect"]
        assert line(f"{pad}-knob-{knob.name}-prepend", 0, "logic")
        assert by_id(f"{pad}-knob-{knob.name}-prepend")["text"].startswith(f"prepend knob {pad} {knob.name} ")
        assert line("sound-knobs", 0, f"{pad}-knob-{knob.name}-view")
        assert by_id(f"{pad}-knob-{knob.name}-view")["text"] == f"script sendbox {pad}-knob-{knob.name} hidden $1"
    for kind in ("volume", "tune", "decay", "pan"):
        assert line("sound-players", 0, f"{pad}-{kind}-view") and line(f"{pad}-{kind}-view", 0, "view")
    assert by_id("sound-knobs")["text"] == "!- 1" and by_id("view")["text"] == "thispatcher"


def test_the_key_menu_sends_its_item_and_is_stored():
    v = values(by_id("key"))
    assert v["parameter_enum"][:2] == ["Off", "Song"] and len(v["parameter_enum"]) == 14
    assert v["parameter_invisible"] == STORED_ONLY
    assert line("key", 1, "key-prepend") and by_id("key-prepend")["text"] == "prepend key"
