// liveapi_sampler.js under Node, against a small model of a Live set.
"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const { loadScript } = require("./max_js.js");

// A Live set as a map from canonical path to {properties, counts}, answering like Max's LiveAPI.
function fakeLive({ version, objects, thisDevice }) {
    const calls = [];
    class LiveAPI {
        constructor(callback, path) {
            if (typeof callback !== "function") {
                path = callback;
                callback = null;
            }
            this.callback = callback;
            this.unquotedpath = path === "this_device" ? thisDevice : path;
            this.path = '"' + this.unquotedpath + '"';
            this.node = path === "live_app" ? {} : objects[this.unquotedpath];
            this.id = this.node ? "1" : "0";
        }
        get(name) {
            const value = this.node && this.node.properties && this.node.properties[name];
            return value === undefined ? [] : [value];
        }
        getcount(child) {
            return (this.node && this.node.counts && this.node.counts[child]) || 0;
        }
        set property(name) {  // observing: Live calls back with the value now (and on every change)
            this.callback([name, this.get(name)[0]]);
        }
        set(name, value) {
            calls.push([this.unquotedpath, "set", name, value]);
        }
        call(fn, ...args) {
            if (this.unquotedpath === "live_app") {
                return { get_major_version: version[0], get_minor_version: version[1],
                    get_bugfix_version: version[2] || 0 }[fn];
            }
            calls.push([this.unquotedpath, fn, ...args]);
            return undefined;
        }
    }
    return { LiveAPI, calls };
}

const RACK = "live_set tracks 1 devices 0";
const DRUMS = RACK + " chains 1 devices 0";

// Track 1: an Instrument Rack with PadFusion on chain 0 and a Drum Rack on chain 1. The Drum Rack has a
// Simpler on C1 (36), nothing on D1 (38) and an Operator on F#1 (42).
function drumRackSet(version) {
    const device = (properties, counts) => ({ properties, counts });
    return fakeLive({
        version,
        thisDevice: RACK + " chains 0 devices 0",
        objects: {
            "live_set tracks 1": device({}, { devices: 1 }),
            [RACK]: device({ can_have_drum_pads: 0, can_have_chains: 1 }, { chains: 2 }),
            [RACK + " chains 0"]: device({}, { devices: 1 }),
            [RACK + " chains 0 devices 0"]: device({ can_have_drum_pads: 0, can_have_chains: 0 }),
            [RACK + " chains 1"]: device({}, { devices: 1 }),
            [DRUMS]: device({ can_have_drum_pads: 1, has_drum_pads: 1, can_have_chains: 1 }, { chains: 2 }),
            [DRUMS + " drum_pads 36"]: device({ note: 36 }, { chains: 1 }),
            [DRUMS + " drum_pads 36 chains 0 devices 0"]: device({ class_name: "OriginalSimpler" }),
            [DRUMS + " drum_pads 38"]: device({ note: 38 }, { chains: 0 }),
            [DRUMS + " drum_pads 42"]: device({ note: 42 }, { chains: 1 }),
            [DRUMS + " drum_pads 42 chains 0 devices 0"]: device({ class_name: "Operator" }),
        },
    });
}

test("loading the script prints nothing and touches no Live object", () => {
    const live = drumRackSet([12, 4]);
    const sampler = loadScript("liveapi_sampler.js", { LiveAPI: live.LiveAPI });
    assert.deepEqual(sampler.printed, []);
    assert.deepEqual(sampler.sent, []);
    assert.deepEqual(live.calls, []);
});

test("a new sample goes to the Simpler on the pad of its note, in the Drum Rack found inside a rack", () => {
    const live = drumRackSet([12, 4]);
    const sampler = loadScript("liveapi_sampler.js", { LiveAPI: live.LiveAPI });
    sampler.send("check");
    assert.deepEqual(sampler.take(), [[0, "simpler_ready", 1]]);
    sampler.send("replace", "kick", 36, "/tmp/out/kick.wav");
    assert.deepEqual(live.calls, [[DRUMS + " drum_pads 36 chains 0 devices 0", "replace_sample", "/tmp/out/kick.wav"]]);
    assert.deepEqual(sampler.take(), []);
});

test("an empty pad or a pad without a Simpler is reported with what to do", () => {
    const live = drumRackSet([13, 0]);
    const sampler = loadScript("liveapi_sampler.js", { LiveAPI: live.LiveAPI });
    sampler.send("replace", "snare", 38, "/tmp/out/snare.wav");
    sampler.send("replace", "hihat", 42, "/tmp/out/hihat.wav");
    assert.deepEqual(sampler.take(), [
        [0, "live_error", "snare", "Drum Rack pad D1 is empty: drop a Simpler on it"],
        [0, "live_error", "hihat", "the first device on Drum Rack pad F#1 is not a Simpler: put a Simpler first on that pad"],
    ]);
    assert.deepEqual(live.calls, []);
});

test("Live before 12.4 has no replace_sample", () => {
    const live = drumRackSet([12, 3]);
    const sampler = loadScript("liveapi_sampler.js", { LiveAPI: live.LiveAPI });
    sampler.send("check");
    sampler.send("replace", "kick", 36, "/tmp/out/kick.wav");
    const reason = "Simpler mode needs Live 12.4 or later (this is Live 12.3.0); samples play on PadFusion's own players";
    assert.deepEqual(sampler.take(), [[0, "simpler_ready", 0, reason], [0, "live_error", "kick", reason]]);
    assert.deepEqual(live.calls, []);
});

test("a track without a Drum Rack is reported", () => {
    const live = fakeLive({
        version: [12, 4],
        thisDevice: "live_set tracks 0 devices 0",
        objects: {
            "live_set tracks 0": { counts: { devices: 1 } },
            "live_set tracks 0 devices 0": { properties: { can_have_drum_pads: 0, can_have_chains: 0 } },
        },
    });
    const sampler = loadScript("liveapi_sampler.js", { LiveAPI: live.LiveAPI });
    sampler.send("check");
    assert.deepEqual(sampler.take(), [[0, "simpler_ready", 0,
        "Simpler mode needs a Drum Rack on PadFusion's track (for example next to it in an Instrument Rack)"]]);
});

function clipSet(version, track) {
    return fakeLive({
        version,
        thisDevice: "live_set tracks 0 devices 0",
        objects: {
            "live_set view highlighted_clip_slot": { properties: { has_clip: 0 } },
            "live_set tracks 3": { properties: track },
        },
    });
}

test("Clip puts the sample in the selected clip slot of an audio track (Live 12.0.5 and later)", () => {
    const live = clipSet([12, 0, 5], { has_audio_input: 1, has_midi_input: 0, name: "Drums" });
    const api = live.LiveAPI;
    class AtSlot extends api {  // Live answers the highlighted slot by its canonical path
        constructor(path) {
            super(path);
            if (path === "live_set view highlighted_clip_slot") {
                this.unquotedpath = "live_set tracks 3 clip_slots 2";
            }
        }
    }
    const sampler = loadScript("liveapi_sampler.js", { LiveAPI: AtSlot });
    sampler.send("clip", "kick", "/out/pinned/kick/a.wav");
    assert.deepEqual(live.calls, [["live_set tracks 3 clip_slots 2", "create_audio_clip", "/out/pinned/kick/a.wav"]]);
    assert.deepEqual(sampler.take(), [[0, "live_done", "kick", "in a clip on track Drums"]]);
});

test("Clip before Live 12.0.5 says what to do instead", () => {
    const live = clipSet([12, 0, 4], {});
    const sampler = loadScript("liveapi_sampler.js", { LiveAPI: live.LiveAPI });
    sampler.send("clip", "kick", "/out/pinned/kick/a.wav");
    assert.deepEqual(live.calls, []);
    assert.match(sampler.take()[0][3], /Clip needs Live 12.0.5 or later \(this is Live 12.0.4\): drag the file/);
});

test("Build Rack makes a MIDI track after this one with a Drum Rack, a chain per pad on its note, a Simpler each", () => {
    const live = fakeLive({ version: [12, 4], thisDevice: "live_set tracks 1 devices 0", objects: {} });
    const sampler = loadScript("liveapi_sampler.js", { LiveAPI: live.LiveAPI });
    sampler.send("rack", "kick", 36, "/k.wav");
    const chain = "live_set tracks 2 devices 0 chains -1";  // the fake set holds no chains: only the calls count
    assert.deepEqual(live.calls, [["live_set", "create_midi_track", 2], ["live_set tracks 2", "insert_device", "Drum Rack"],
        ["live_set tracks 2 devices 0", "insert_chain"], [chain, "set", "in_note", 36], [chain, "set", "name", "kick"],
        [chain, "insert_device", "Simpler"], [chain + " devices 0", "replace_sample", "/k.wav"],
        ["live_set tracks 2", "set", "name", "PadFusion kit"]]);
    assert.equal(sampler.take()[0][1], "live_done");
    const old = fakeLive({ version: [12, 3], thisDevice: "live_set tracks 1 devices 0", objects: {} });
    const refused = loadScript("liveapi_sampler.js", { LiveAPI: old.LiveAPI });
    refused.send("rack", "kick", 36, "/k.wav");
    assert.deepEqual(old.calls, []);
    assert.match(refused.take()[0][3], /Build Rack needs Live 12.4 or later/);
});

test("Key Song follows Live 12's song root, observed; Live 11 is told to choose by hand", () => {
    const live = fakeLive({ version: [12, 1], thisDevice: "live_set tracks 0 devices 0",
        objects: { live_set: { properties: { root_note: 5 } } } });
    const sampler = loadScript("liveapi_sampler.js", { LiveAPI: live.LiveAPI });
    sampler.send("song_key");
    assert.deepEqual(sampler.take(), [[0, "song_root", "F"]]);
    sampler.send("song_key");  // asked again: the observer stays, the value comes again
    assert.deepEqual(sampler.take(), [[0, "song_root", "F"]]);
    const old = fakeLive({ version: [11, 3], thisDevice: "live_set tracks 0 devices 0", objects: {} });
    const refused = loadScript("liveapi_sampler.js", { LiveAPI: old.LiveAPI });
    refused.send("song_key");
    assert.match(refused.take()[0][3], /Live 12's Scale; this is Live 11.3.0: choose the key by hand/);
});
