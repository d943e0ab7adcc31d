// liveapi_sampler.js: PadFusion's Simpler mode, for Max's classic `js` object (ES5 only).
//
// Sends each new sample to the Simpler on the matching pad of the first Drum Rack on PadFusion's
// track (searched in device order, inside racks too), with SimplerDevice.replace_sample from the
// Live Object Model (Live 12.4 and later). Messages reach this object through [deferlow], off Max's
// high-priority thread, as the Live API requires; they come from padfusion.js:
//   check                         answer `simpler_ready 1`, or `simpler_ready 0 <reason>`
//   replace <pad> <note> <path>   load the file into the Simpler on that note's pad;
//                                 on failure answer `simpler_error <pad> <what to do>`

autowatch = 0;
inlets = 1;
outlets = 1;

var MINIMUM_LIVE = [12, 4];
var NOTE_NAMES = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"];

function check() {
    var reason = unavailableReason();
    if (reason) {
        outlet(0, "simpler_ready", 0, reason);
    } else {
        outlet(0, "simpler_ready", 1);
    }
}

function replace(pad, note, path) {
    var reason = unavailableReason();
    if (reason) {
        outlet(0, "simpler_error", pad, reason);
        return;
    }
    var padPath = findDrumRack(trackPath()) + " drum_pads " + note;
    var drumPad = new LiveAPI(padPath);
    if (drumPad.getcount("chains") === 0) {
        outlet(0, "simpler_error", pad, "Drum Rack pad " + noteName(note) + " is empty: drop a Simpler on it");
        return;
    }
    var simpler = new LiveAPI(padPath + " chains 0 devices 0");
    if (Number(simpler.id) === 0 || property(simpler, "class_name") !== "OriginalSimpler") {
        outlet(0, "simpler_error", pad, "the first device on Drum Rack pad " + noteName(note)
            + " is not a Simpler: put a Simpler first on that pad");
        return;
    }
    simpler.call("replace_sample", path);
}

function unavailableReason() {
    var app = new LiveAPI("live_app");
    var version = [Number(app.call("get_major_version")), Number(app.call("get_minor_version"))];
    if (version[0] < MINIMUM_LIVE[0] || (version[0] === MINIMUM_LIVE[0] && version[1] < MINIMUM_LIVE[1])) {
        return "Simpler mode needs Live " + MINIMUM_LIVE.join(".") + " or later (this is Live "
            + version.join(".") + "); samples play on PadFusion's own players";
    }
    if (!findDrumRack(trackPath())) {
        return "Simpler mode needs a Drum Rack on PadFusion's track (for example next to it in an Instrument Rack)";
    }
    return "";
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
unavailableReason.local = trackPath.local = findDrumRack.local = property.local = noteName.local = 1;
