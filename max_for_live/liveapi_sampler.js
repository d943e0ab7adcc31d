// liveapi_sampler.js: what PadFusion does in Live itself, for Max's classic `js` object (ES5 only).
//
// Through the Live Object Model: sends each new sample to the Simpler on the matching pad of the first Drum
// Rack on PadFusion's track (SimplerDevice.replace_sample, Live 12.4 and later); puts a pad's sample in an
// audio clip (ClipSlot.create_audio_clip, Live 12.0.5 and later); builds a Drum Rack of the pads' samples on
// a new MIDI track (Track.insert_device, RackDevice.insert_chain, DrumChain.in_note and replace_sample: Live
// 12.4 and later). Messages reach this object through [deferlow], off Max's high-priority thread, as the
// Live API requires; they come from padfusion.js:
//   check                         answer `simpler_ready 1`, or `simpler_ready 0 <reason>`
//   song_key                      answer `song_root <key>` with Live's song root (Live 12's Scale, `live_set
//                                 root_note`), now and whenever it changes
//   replace <pad> <note> <path>   load the file into the Simpler on that note's pad
//   clip <pad> <path>             the file as an audio clip in the selected clip slot
//   rack <pad> <note> <path> ...  a new MIDI track after this one, holding a Drum Rack with a Simpler per pad
// and answers `live_done <pad> <what it did>` or `live_error <pad> <what to do>`.

autowatch = 0;
inlets = 1;
outlets = 1;

var SIMPLER_LIVE = [12, 4];
var SONG_ROOT_LIVE = [12, 0];
var CLIP_LIVE = [12, 0, 5];
var NOTE_NAMES = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"];

function check() {
    var reason = simplerUnavailable();
    if (reason) {
        outlet(0, "simpler_ready", 0, reason);
    } else {
        outlet(0, "simpler_ready", 1);
    }
}

var songRoot = null;  // the observer of Live's song root, once asked for

function song_key() {
    if (!atLeast(SONG_ROOT_LIVE)) {
        outlet(0, "live_error", "", "Key: Song follows the song root of Live 12's Scale; this is Live "
            + version().join(".") + ": choose the key by hand");
    } else if (songRoot === null) {
        songRoot = new LiveAPI(rootChanged, "live_set");
        songRoot.property = "root_note";  // Live calls rootChanged with the value now, and on every change
    } else {
        rootChanged(["root_note", property(songRoot, "root_note")]);
    }
}

function rootChanged(args) {
    if (args[0] === "root_note") {
        outlet(0, "song_root", NOTE_NAMES[Number(args[1]) % 12]);
    }
}

function replace(pad, note, path) {
    var reason = simplerUnavailable();
    if (reason) {
        outlet(0, "live_error", pad, reason);
        return;
    }
    var padPath = findDrumRack(trackPath()) + " drum_pads " + note;
    var drumPad = new LiveAPI(padPath);
    if (drumPad.getcount("chains") === 0) {
        outlet(0, "live_error", pad, "Drum Rack pad " + noteName(note) + " is empty: drop a Simpler on it");
        return;
    }
    var simpler = new LiveAPI(padPath + " chains 0 devices 0");
    if (Number(simpler.id) === 0 || property(simpler, "class_name") !== "OriginalSimpler") {
        outlet(0, "live_error", pad, "the first device on Drum Rack pad " + noteName(note)
            + " is not a Simpler: put a Simpler first on that pad");
        return;
    }
    simpler.call("replace_sample", path);
}

function clip(pad, path) {
    if (!atLeast(CLIP_LIVE)) {
        outlet(0, "live_error", pad, "Clip needs Live " + CLIP_LIVE.join(".") + " or later (this is Live "
            + version().join(".") + "): drag the file " + path + " onto an audio track instead");
        return;
    }
    var slot = new LiveAPI("live_set view highlighted_clip_slot");
    if (Number(slot.id) === 0) {
        outlet(0, "live_error", pad, "Clip: select an empty clip slot of an audio track in the Session View first");
        return;
    }
    var track = new LiveAPI(slot.unquotedpath.slice(0, slot.unquotedpath.indexOf(" clip_slots ")));
    if (property(track, "has_audio_input") != 1 || property(track, "has_midi_input") == 1) {
        outlet(0, "live_error", pad, "Clip: the selected clip slot is not on an audio track; select one that is");
    } else if (property(slot, "has_clip") == 1) {
        outlet(0, "live_error", pad, "Clip: the selected clip slot holds a clip already; select an empty one");
    } else {
        slot.call("create_audio_clip", path);
        outlet(0, "live_done", pad, "in a clip on track " + property(track, "name"));
    }
}

function rack() {
    var args = arrayfromargs(arguments);
    if (!atLeast(SIMPLER_LIVE)) {
        outlet(0, "live_error", args[0], "Build Rack needs Live " + SIMPLER_LIVE.join(".") + " or later (this is "
            + "Live " + version().join(".") + "): drag each pad's file from the daemon's pinned/ folder onto a "
            + "Drum Rack pad instead");
        return;
    }
    var tracks = new LiveAPI("live_set");
    var index = Number(trackPath().split(" ")[2]) + 1;
    tracks.call("create_midi_track", index);
    var track = new LiveAPI("live_set tracks " + index);
    track.call("insert_device", "Drum Rack");
    var drumRack = new LiveAPI("live_set tracks " + index + " devices 0");
    for (var i = 0; i + 2 < args.length; i += 3) {
        drumRack.call("insert_chain");
        var chainPath = "live_set tracks " + index + " devices 0 chains " + (drumRack.getcount("chains") - 1);
        var chain = new LiveAPI(chainPath);
        chain.set("in_note", args[i + 1]);
        chain.set("name", args[i]);
        chain.call("insert_device", "Simpler");
        new LiveAPI(chainPath + " devices 0").call("replace_sample", args[i + 2]);
    }
    track.set("name", "PadFusion kit");
    outlet(0, "live_done", args[0], "the pads' samples are in a Drum Rack on the new track \"PadFusion kit\"");
}

function simplerUnavailable() {
    if (!atLeast(SIMPLER_LIVE)) {
        return "Simpler mode needs Live " + SIMPLER_LIVE.join(".") + " or later (this is Live "
            + version().join(".") + "); samples play on PadFusion's own players";
    }
    if (!findDrumRack(trackPath())) {
        return "Simpler mode needs a Drum Rack on PadFusion's track (for example next to it in an Instrument Rack)";
    }
    return "";
}

function version() {
    var app = new LiveAPI("live_app");
    return [Number(app.call("get_major_version")), Number(app.call("get_minor_version")),
        Number(app.call("get_bugfix_version"))];
}

function atLeast(wanted) {
    var have = version();
    for (var i = 0; i < wanted.length; i++) {
        if (have[i] !== wanted[i]) {
            return have[i] > wanted[i];
        }
    }
    return true;
}

// "live_set tracks 2 devices 0 chains 1 devices 0" -> "live_set tracks 2"
function trackPath() {
    var path = new LiveAPI("this_device").unquotedpath;
    return path.slice(0, path.indexOf(" devices "));
}

// Depth first through the devices of a track or chain and the chains of its racks.
function findDrumRack(ownerPath) {
    var count = new LiveAPI(ownerPath).getcount("devices");
    for (var i = 0; i < count; i++) {
        var devicePath = ownerPath + " devices " + i;
        var device = new LiveAPI(devicePath);
        if (property(device, "can_have_drum_pads") == 1 && property(device, "has_drum_pads") == 1) {
            return devicePath;
        }
        if (property(device, "can_have_chains") == 1) {
            var chains = device.getcount("chains");
            for (var c = 0; c < chains; c++) {
                var found = findDrumRack(devicePath + " chains " + c);
                if (found) {
                    return found;
                }
            }
        }
    }
    return "";
}

function property(api, name) {
    return api.get(name)[0];
}

// Live's naming: note 36 is C1.
function noteName(note) {
    return NOTE_NAMES[note % 12] + (Math.floor(note / 12) - 2);
}

// Helpers, not messages: Max does not call functions marked local.
rootChanged.local = simplerUnavailable.local = version.local = atLeast.local = trackPath.local = findDrumRack.local = 1;
property.local = noteName.local = 1;
