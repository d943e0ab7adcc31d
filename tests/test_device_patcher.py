"""The Max for Live patcher is structurally valid and follows Ableton's production guidelines."""

import json
import re
from pathlib import Path

import pytest

from padfusion.bridge import protocol

DEVICE_DIR = Path(__file__).resolve().parent.parent / "max_for_live"
PATCHER = json.loads((DEVICE_DIR / "PadFusion.maxpat").read_text())["patcher"]

# live.* objects that are no parameters: display only
LIVE_DISPLAYS = {"live.comment", "live.line", "live.panel"}


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
        for included in re.findall(r'^include\("([^"]+)"\);', source, re.M):
            assert (DEVICE_DIR / included).is_file(), f"{box['text']} includes missing {included}"


def test_the_device_lists_its_files_so_freezing_takes_them_along():
    listed = {d["name"] for d in PATCHER["dependency_cache"]}
    assert listed == {"padfusion.js", "liveapi_sampler.js", "protocol.js"}
    assert all((DEVICE_DIR / name).is_file() for name in listed)


def test_it_is_an_instrument_that_opens_in_presentation_mode():
    assert PATCHER["openinpresentation"] == 1
    assert PATCHER["project"]["amxdtype"] == int.from_bytes(b"iiii", "big")
    x, y, width, height = PATCHER["openrect"]
    assert height <= 169, "a Live device is 169 pixels high"
    for box in boxes():
        if box.get("presentation"):
            bx, by, bw, bh = box["presentation_rect"]
            assert 0 <= bx and bx + bw <= width and 0 <= by and by + bh <= height, f"{box['id']} sticks out"


def test_every_control_has_long_and_short_names_and_info_text_and_shows():
    longnames = []
    for box in controls() + boxes("waveform~"):
        assert box.get("annotation", "").strip(), f"{box['id']} has no info text"
        assert box.get("presentation") == 1, f"{box['id']} is not in presentation mode"
    for box in controls():
        assert box.get("parameter_enable") == 1, box["id"]
        values = box["saved_attribute_attributes"]["valueof"]
        assert values["parameter_longname"].strip() and values["parameter_shortname"].strip(), box["id"]
        assert len(values["parameter_shortname"]) <= 10, f"{box['id']}: short names show on the control"
        longnames.append(values["parameter_longname"])
    assert len(longnames) == len(set(longnames)), "long names must be unique within the device"
    assert len(longnames) == 4 * 4 + 3, "a New, Var, Undo and Keep button per pad, Steps, Strength, Target"


def test_nothing_prints_to_the_max_console():
    assert not objects("print")
    for name in ("padfusion.js", "liveapi_sampler.js"):
        source = (DEVICE_DIR / name).read_text()
        assert not re.search(r"\b(post|cpost|error)\s*\(", source), f"{name} writes to the Max console"


def test_nothing_sets_parameters_behind_the_users_back():
    """Live records every parameter change in its undo history: only the user may move the controls."""
    control_ids = {b["id"] for b in controls()}
    for line in PATCHER["lines"]:
        assert line["patchline"]["destination"][0] not in control_ids, f"{line['patchline']} drives a control"


def test_samples_and_players_are_local_to_each_instance():
    named = objects("buffer~") + objects("play~") + objects("loadmess")
    assert len(named) == 3 * 4
    for box in named:
        assert re.search(r"(^| )---\w+", box["text"]), f"{box['text']} is shared between devices"


def test_it_talks_to_the_daemon_on_the_protocols_ports():
    assert [b["text"] for b in objects("udpsend")] == [f"udpsend {protocol.DEFAULT_HOST} {protocol.DEFAULT_OSC_PORT}"]
    assert [b["text"] for b in objects("udpreceive")] == [f"udpreceive {protocol.DEFAULT_REPLY_PORT}"]


def test_every_osc_address_the_device_sends_is_in_the_protocol():
    requests = {m.address for m in protocol.REQUESTS}
    source = (DEVICE_DIR / "padfusion.js").read_text()
    named = {f"{protocol.PREFIX}/{name}" for name in re.findall(r'request\("(\w+)"', source)}
    named |= {f"{protocol.PREFIX}/{m}" for m in re.findall(r'request: "(\w+)"', source)}
    assert named and named <= requests, named - requests
    in_patcher = {b["text"].split()[0] for b in boxes("message") if b["text"].startswith("/")}
    assert in_patcher <= requests, in_patcher - requests


def test_midi_notes_start_from_the_general_midi_map():
    notes = {b["text"].split()[1] for b in objects("==")}
    assert notes == {"36", "38", "42", "39"}
