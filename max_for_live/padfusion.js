// padfusion.js: the logic of the PadFusion device, for Max's classic `js` object (ES5 only).
//
// It turns button presses into OSC requests for the PadFusion daemon, turns the daemon's replies into
// sample loads and a one-line status, and watches the connection. The OSC addresses, argument types
// and ports come from protocol.js, which the build generates from bridge/protocol.py, and every
// request and reply is checked against it.
//
// Inlet (one), messages from the patcher:
//   init                          live.thisdevice: the device is ready; say hello to the daemon
//   press <pad> <action> <value>  a pad button: new, variation, undo or keep (value 0, a release, is ignored)
//   steps <n>                     Steps dial; 0 uses the pad's default steps from the daemon's preset
//   strength <percent>            Variation dial, 1..100
//   target <0|1>                  where new samples go: 0 the device's own players, 1 the Drum Rack's Simplers
//   simpler_ready <0|1> [reason]  answer of liveapi_sampler.js to `check`
//   simpler_error <pad> <message> a Simpler load failed (from liveapi_sampler.js)
//   /padfusion/...                the daemon's replies, from [udpreceive]
// Outlets:
//   0  OSC requests, to [udpsend]
//   1  the status line, `set <text>`, to a live.comment
//   2  the players: `<pad> gain <value> [ms]` (line~), `<pad> buffer replace <path>` (buffer~),
//      `<pad> note <number>` (the note that plays the pad), `output <gain> <ms>` (the device's output)
//   3  liveapi_sampler.js, through [deferlow]: `check`, `replace <pad> <note> <path>`
//
// Guidelines kept: nothing is printed to the Max console, and no parameter is ever set from here,
// so the device adds nothing to Live's undo history by itself.

autowatch = 0;
inlets = 1;
outlets = 4;

include("protocol.js");

var PADS = ["kick", "snare", "hihat", "perc"];
var GM_NOTES = { kick: 36, snare: 38, hihat: 42, perc: 39 };  // the daemon's default map, until it tells
var ACTIONS = {
    "new": { request: "generate", verb: "generating" },
    variation: { request: "variation", verb: "varying" },
    undo: { request: "undo", verb: "restoring" },
    keep: { request: "keep", verb: "keeping" }
};
var HEARTBEAT_MS = 2000;   // ping period; two silent periods in a row mean the daemon is gone
var FADE_MS = 5;           // a sounding pad fades out this fast before its buffer is replaced
var OUTPUT_FADE_MS = 50;   // fade of the whole device output when switching to or from Simpler mode
var NOT_RUNNING = "daemon not running: start it with `padfusion serve` (see README)";

var notes = {};
var pendingLoads = {};     // pad -> path waiting for its fade-out to finish
var hasSample = {};        // pad -> true once its player holds a sample
var loaders = {};          // pad -> Task that replaces the buffer after the fade
var busy = {};             // pad -> verb while a request is out
var stepsValue = 0;
var strengthPercent = 30;
var wantSimpler = false;
var useSimpler = false;
var started = false;
var connected = null;      // null: not known yet
var silentBeats = 0;
var daemonDevice = "";
var lastSample = null;     // {pad, ms}
var lastError = "";
var shownStatus = "";

for (var p = 0; p < PADS.length; p++) {
    notes[PADS[p]] = GM_NOTES[PADS[p]];
    loaders[PADS[p]] = new Task(finishLoad, this, PADS[p]);
}
var heartbeat = new Task(beat, this);
heartbeat.interval = HEARTBEAT_MS;

// ---- messages from the patcher -----------------------------------------------------------------

function init() {
    started = true;
    for (var i = 0; i < PADS.length; i++) {
        outlet(2, PADS[i], "note", notes[PADS[i]]);
    }
    applyOutput();
    if (wantSimpler) {
        outlet(3, "check");
    }
    showStatus();
    beat();
    heartbeat.repeat();
}

function press(pad, action, value) {
    if (!value) {
        return;
    }
    var act = ACTIONS[action];
    if (!act || !notes.hasOwnProperty(pad)) {
        throw new Error("press: unknown pad or action " + pad + " " + action);
    }
    var args = [pad];
    if (action === "new" && stepsValue > 0) {
        args = [pad, -1, stepsValue];
    } else if (action === "variation") {
        args = [pad, strengthPercent / 100];
    }
    request(act.request, args);
    busy[pad] = act.verb;
    lastError = "";
    showStatus();
}

function steps(n) {
    stepsValue = Math.round(n);
}

function strength(percent) {
    strengthPercent = percent;
}

function target(value) {
    wantSimpler = value == 1;
    if (wantSimpler && started) {
        outlet(3, "check");
    } else {
        useSimpler = false;
        applyOutput();
    }
}

function simpler_ready(ok, reason) {
    useSimpler = wantSimpler && ok == 1;
    if (wantSimpler && !useSimpler) {
        lastError = reason;
    }
    applyOutput();
    showStatus();
}

function simpler_error(pad, message) {
    lastError = pad + ": " + message;
    showStatus();
}

// The daemon's replies arrive as messages named by their OSC address.
function anything() {
    if (messagename.indexOf(PROTOCOL.prefix + "/") !== 0) {
        throw new Error("padfusion.js does not understand " + messagename);
    }
    reply(messagename, arrayfromargs(arguments));
}

// ---- the daemon's replies -----------------------------------------------------------------------

var REPLY_HANDLERS = {
    ready: function (pad, path, seed, ms) {
        delete busy[pad];
        lastSample = { pad: pad, ms: ms };
        if (notes.hasOwnProperty(pad)) {
            load(pad, path);
        }
    },
    kept: function (pad) {
        delete busy[pad];
    },
    status: function (state, device) {
        daemonDevice = device;
    },
    pad: function (pad, note, model, steps, sampler, path) {
        setNote(pad, note);
        // Players are not saved with the Live set: after reopening one, a pad starts silent, so it takes
        // the daemon's current sample (Simplers are saved with the set and keep theirs).
        if (path && notes.hasOwnProperty(pad) && !hasSample[pad]) {
            hasSample[pad] = true;
            outlet(2, pad, "buffer", "replace", maxPath(path));
        }
    },
    learned: function (target, kind, number) {  // another client taught the daemon a note for a pad
        if (kind === "note") {
            setNote(target, number);
        }
    },
    pong: function () {},
    error: function (pad, code, message) {
        if (pad) {
            delete busy[pad];
        }
        lastError = (pad ? pad + ": " : "") + message;
    }
};

function reply(address, args) {
    var spec = find(PROTOCOL.replies, address);
    var name = address.slice(PROTOCOL.prefix.length + 1);
    if (!spec || !REPLY_HANDLERS[name]) {
        lastError = "unexpected " + address + " from the daemon: update the device or the daemon";
    } else if (args.length < required(spec)) {
        lastError = address + " from the daemon has " + args.length + " arguments, expected "
            + spec.args.length + ": update the device or the daemon";
    } else {
        REPLY_HANDLERS[name].apply(this, args);
    }
    silentBeats = 0;
    if (connected !== true) {
        connected = true;
        request("pads", []);
        request("status", []);
    }
    showStatus();
}

function setNote(pad, note) {
    if (notes.hasOwnProperty(pad) && notes[pad] !== note) {
        notes[pad] = note;
        outlet(2, pad, "note", note);
    }
}

// ---- requests -----------------------------------------------------------------------------------

function request(name, args) {
    var address = PROTOCOL.prefix + "/" + name;
    var spec = find(PROTOCOL.requests, address);
    if (!spec) {
        throw new Error("protocol.js has no request " + address + ": rebuild with `make device`");
    }
    if (args.length < required(spec) || args.length > spec.args.length) {
        throw new Error(address + " takes " + spec.args.length + " arguments, got " + args.length);
    }
    for (var i = 0; i < args.length; i++) {
        if (!fits(spec.args[i], args[i])) {
            throw new Error(address + " argument " + spec.args[i].name + " must be of type "
                + spec.args[i].type + " in [" + spec.args[i].min + ", " + spec.args[i].max + "], got " + args[i]);
        }
    }
    outlet(0, [address].concat(args));
}

function find(messages, address) {
    for (var i = 0; i < messages.length; i++) {
        if (messages[i].address === address) {
            return messages[i];
        }
    }
    return null;
}

function required(spec) {
    var n = 0;
    for (var i = 0; i < spec.args.length; i++) {
        if (!spec.args[i].optional) {
            n++;
        }
    }
    return n;
}

function fits(arg, value) {
    if (arg.type === "s") {
        return typeof value === "string";
    }
    if (typeof value !== "number" || (arg.type === "i" && Math.floor(value) !== value)) {
        return false;
    }
    return (arg.min === null || value >= arg.min) && (arg.max === null || value <= arg.max);
}

// ---- samples ------------------------------------------------------------------------------------

// Click-free load: fade the pad's voice out, then replace its buffer. The next note jumps the gain
// back to its velocity as the new sample starts from its first frame.
function load(pad, path) {
    path = maxPath(path);
    pendingLoads[pad] = path;
    outlet(2, pad, "gain", 0, FADE_MS);
    loaders[pad].schedule(2 * FADE_MS);
    if (useSimpler) {
        outlet(3, "replace", pad, notes[pad], path);
    }
}

function maxPath(path) {
    return path.replace(/\\/g, "/");  // Max wants forward slashes, also on Windows
}

function finishLoad(pad) {
    hasSample[pad] = true;
    outlet(2, pad, "buffer", "replace", pendingLoads[pad]);
    delete pendingLoads[pad];
}

function applyOutput() {
    outlet(2, "output", useSimpler ? 0 : 1, OUTPUT_FADE_MS);
}

// ---- connection and status ----------------------------------------------------------------------

function beat() {
    if (silentBeats >= 2 && connected !== false) {
        connected = false;
        busy = {};
        showStatus();
    }
    silentBeats++;
    request("ping", []);
}

function statusText() {
    var parts = [];
    if (connected === null) {
        parts.push("connecting to the daemon...");
    } else if (connected) {
        parts.push(daemonDevice ? "connected (" + daemonDevice + ")" : "connected");
    } else {
        parts.push(NOT_RUNNING);
    }
    if (lastError) {
        parts.push(lastError);
    }
    for (var i = 0; i < PADS.length; i++) {
        if (busy[PADS[i]]) {
            parts.push(busy[PADS[i]] + " " + PADS[i]);
        }
    }
    if (lastSample) {
        parts.push("last " + lastSample.pad + " " + Math.round(lastSample.ms) + " ms");
    }
    return parts.join(" | ");
}

function showStatus() {
    var text = statusText();
    if (text !== shownStatus) {
        shownStatus = text;
        outlet(1, "set", text);
    }
}

// Helpers, not messages: Max does not call functions marked local.
reply.local = setNote.local = request.local = find.local = required.local = fits.local = 1;
load.local = finishLoad.local = applyOutput.local = beat.local = statusText.local = showStatus.local = 1;
