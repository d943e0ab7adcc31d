// padfusion.js under Node: requests and their ids, the samples a Live set keeps (pinned, with their recipe
// and an undo list), re-making a missing file, the state on the pads, the players and the reply port.
"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { loadScript } = require("./max_js.js");

const OSC = 0, TEXTS = 1, PLAYERS = 2, SAMPLER = 3, NETWORK = 4;
const PROBE = "/padfusion-device/probe";
const RECIPE = { seed: 7, steps: 4, sampler: "dpmpp-2m", model: "m", weights: "abc", pad: "kick", kind: "generate" };

// A started device whose reply port works: its probe came back.
function started() {
    const device = loadScript("padfusion.js");
    device.send("init");
    answerProbe(device);
    device.take();
    return device;
}

function answerProbe(device) {
    const probes = on(NETWORK, device.sent).filter((m) => m[0] === "probe" && m[1] === PROBE);
    device.send(PROBE, probes[probes.length - 1][2]);
}

// A started device that has heard from the daemon.
function connected() {
    const device = started();
    device.send("/padfusion/pong");
    device.take();
    return device;
}

function on(outlet, sent) {
    return sent.filter((m) => m[0] === outlet).map((m) => m.slice(1));
}

function last(list) {
    return list[list.length - 1];
}

function text(device, what) {
    const lines = on(TEXTS, device.sent).filter((m) => m[0] === what);
    return lines.length ? last(lines)[1] : null;
}

function padState(device, pad) {
    const lines = on(PLAYERS, device.sent).filter((m) => m[0] === pad && m[1] === "state");
    return lines.length ? last(lines)[2] : null;
}

// What the device asked, but the heartbeat's hello and status.
function requests(device) {
    return on(OSC, device.take()).filter((m) => m[0] !== "/padfusion/hello" && m[0] !== "/padfusion/status");
}

const MAKES = ["generate", "variation", "recall", "remake", "undo"];

// The id of the device's last request of that name.
function idOf(device, name) {
    const sent = last(on(OSC, device.sent).filter((m) => m[0] === "/padfusion/" + name));
    return MAKES.includes(name) ? sent[sent.length - 2] : last(sent);  // a make-request ends with `pin` after it
}

function tempWav(name) {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "padfusion-js-"));
    const file = path.join(folder, name).replace(/\\/g, "/");
    fs.writeFileSync(file, "RIFF");
    return file;
}

// The daemon's answer to the device's last make-request, which asked `pin`: ready, naming the pinned copy.
function deliver(device, name, pad, recipe) {
    const pinned = tempWav(pad + "-pinned.wav");
    device.send("/padfusion/ready", pad, pinned, recipe.seed, 300, JSON.stringify(recipe), idOf(device, name));
    for (const task of device.tasks.filter((t) => t.scheduled !== null)) {
        task.fire();
    }
    return pinned;
}

function stored(device, pad) {
    const stores = on(PLAYERS, device.sent).filter((m) => m[0] === pad && m[1] === "store");
    return stores.length ? JSON.parse(decodeURIComponent(last(stores)[2])) : null;
}

function loads(device, pad) {
    return on(PLAYERS, device.sent).filter((m) => m[0] === pad && m[1] === "buffer").map((m) => m[3]);
}

test("loading the script prints nothing and sends nothing", () => {
    const device = loadScript("padfusion.js");
    assert.deepEqual(device.printed, []);
    assert.deepEqual(device.sent, []);
});

test("every Task gets its arguments as an array, as Max documents", () => {
    const device = loadScript("padfusion.js");  // the stand-in refuses anything else
    const loaders = device.tasks.filter((t) => t.args.length);
    assert.equal(JSON.stringify(loaders.map((t) => t.args)), JSON.stringify([["kick"], ["snare"], ["hihat"], ["perc"]]));
});

test("init finds a reply port of its own among the dynamic ports, shows it, and says hello", () => {
    const device = loadScript("padfusion.js");
    device.send("init");
    const sent = device.take();
    const network = on(NETWORK, sent);
    assert.deepEqual(network.slice(0, 2), [["daemon", "host", "127.0.0.1"], ["daemon", "port", 9123]]);
    const port = network[2][2];
    assert.ok(port >= 49152 && port <= 65535);
    assert.deepEqual(network.slice(2, 4), [["reply", "port", port], ["probe", "port", port]]);
    assert.equal(text(device, "port"), "Reply " + port);
    assert.deepEqual(on(OSC, sent), [["/padfusion/hello", port], ["/padfusion/status"]]);
    const kick = on(PLAYERS, sent).filter((m) => m[0] === "kick" && m[1] !== "state");
    assert.deepEqual(kick, [["kick", "note", 36], ["kick", "gains", 1, 1], ["kick", "rate", 1],
        ["kick", "decay", 3000], ["kick", "choke", 0]]);
    assert.equal(text(device, "status"), "connecting...");
});

test("a reply port held by someone else is left for another one, found by the device itself", () => {
    const device = loadScript("padfusion.js");
    device.send("init");
    const first = on(NETWORK, device.take())[2][2];
    const heartbeat = device.tasks.find((t) => t.repeating);
    heartbeat.fire();
    heartbeat.fire();  // no probe back for a whole period
    const next = on(NETWORK, device.take()).filter((m) => m[0] === "reply");
    assert.equal(next.length, 1);
    assert.notEqual(next[0][2], first);
    answerProbe(device);
    assert.match(text(device, "port"), new RegExp("Reply " + next[0][2]));
});

test("Take MIDI listens on the daemon's default reply port and takes samples nobody here asked for", () => {
    const device = connected();
    device.send("/padfusion/ready", "kick", tempWav("a.wav"), 1, 100, JSON.stringify(RECIPE), 0);
    assert.deepEqual(requests(device), [], "a MIDI sample is ignored by default");
    device.send("take_midi", 1);
    assert.deepEqual(on(NETWORK, device.take()).filter((m) => m[0] === "reply"), [["reply", "port", 9124]]);
    answerProbe(device);
    device.send("/padfusion/ready", "kick", "/out/history/kick/a.wav", 1, 100, JSON.stringify(RECIPE), 0);
    assert.deepEqual(requests(device).map((m) => m.slice(0, 3)), [["/padfusion/pin", "kick", "/out/history/kick/a.wav"]]);
});

test("buttons become requests naming the set's sample, each with an id; releases are ignored", () => {
    const device = connected();
    device.send("press", "kick", "new", 0);
    assert.deepEqual(device.take(), []);
    device.send("steps", 24);
    device.send("press", "kick", "new", 1);
    const sample = deliver(device, "generate", "kick", RECIPE);
    device.take();
    device.send("strength", 45);
    device.send("press", "kick", "variation", 1);
    device.send("press", "kick", "keep", 1);
    const sent = requests(device);
    const generate = on(OSC, device.sent).find((m) => m[0] === "/padfusion/generate");
    assert.deepEqual(generate.slice(0, 4), ["/padfusion/generate", "kick", -1, 24]);
    assert.deepEqual(generate.slice(5), [1], "a make-request asks the daemon to pin what it makes");
    assert.deepEqual(sent.map((m) => m.slice(0, 4)), [["/padfusion/variation", "kick", 0.45, sample],
        ["/padfusion/keep", "kick", sample, idOf(device, "keep")]]);
    assert.deepEqual(sent[0].slice(5), [1]);
    const ids = [generate[4], sent[0][4], last(sent[1])];
    assert.equal(new Set(ids).size, 3);
    assert.equal(padState(device, "kick"), "keeping...", "the latest request");
});

test("answers to ids this device did not send are ignored: another device's, an earlier session's", () => {
    const device = connected();
    device.send("press", "kick", "new", 1);
    device.take();
    const mine = idOf(device, "generate");
    device.send("/padfusion/ready", "kick", "/out/history/kick/b.wav", 2, 100, JSON.stringify(RECIPE), mine + 1);
    device.send("/padfusion/kept", "kick", "/out/kept/kick/b.wav", mine + 1);
    assert.deepEqual(requests(device), []);
    assert.equal(padState(device, "kick"), "making...");
    const pinned = tempWav("a.wav");
    device.send("/padfusion/ready", "kick", pinned, 1, 100, JSON.stringify(RECIPE), mine);
    assert.deepEqual(requests(device), [], "asked with `pin`: the path is the pinned copy, stored as it is");
    assert.equal(stored(device, "kick").path, pinned);
});

test("a new sample, pinned as it was made, is played, its seed shown, and stored with its recipe and the one before", () => {
    const device = connected();
    device.send("press", "kick", "new", 1);
    const first = deliver(device, "generate", "kick", RECIPE);
    device.send("press", "kick", "new", 1);
    const second = deliver(device, "generate", "kick", Object.assign({}, RECIPE, { seed: 8 }));
    assert.deepEqual(loads(device, "kick"), [first, second]);
    assert.deepEqual(on(PLAYERS, device.sent).filter((m) => m[1] === "seed"), [["kick", "seed", 7], ["kick", "seed", 8]]);
    assert.deepEqual(stored(device, "kick"), { path: second, recipe: Object.assign({}, RECIPE, { seed: 8 }),
        undo: [{ path: first, recipe: RECIPE }], note: 36 });
    assert.equal(padState(device, "kick"), "idle");
    assert.match(text(device, "status"), /^connected \| last kick 300 ms$/);
});

test("seeds above 2^24 reach the seed field whole", () => {
    const device = connected();
    device.send("press", "kick", "new", 1);
    deliver(device, "generate", "kick", Object.assign({}, RECIPE, { seed: 2147480001 }));
    assert.deepEqual(on(PLAYERS, device.sent).filter((m) => m[1] === "seed"), [["kick", "seed", 2147480001]]);
});

test("the buffer is replaced when the fade has ended, or after a short wait at the latest", () => {
    const device = connected();
    device.send("press", "kick", "new", 1);
    const made = tempWav("kick.wav");
    device.send("/padfusion/ready", "kick", made, 7, 300, JSON.stringify(RECIPE), idOf(device, "generate"));
    assert.deepEqual(on(PLAYERS, device.take()).filter((m) => m[0] === "kick" && m[1] !== "state").map((m) => m[1]),
        ["seed", "store", "fade"]);
    device.send("faded", "kick");
    assert.deepEqual(loads(device, "kick"), [made]);
    device.tasks.filter((t) => t.scheduled !== null).forEach((t) => t.fire());
    assert.deepEqual(loads(device, "kick"), [made], "once");
});

test("Undo walks the set's own list, without the daemon", () => {
    const device = connected();
    const made = [];
    for (const seed of [1, 2, 3]) {
        device.send("press", "snare", "new", 1);
        made.push(deliver(device, "generate", "snare", Object.assign({}, RECIPE, { seed })));
    }
    device.take();
    for (let i = 0; i < 2; i++) {
        device.send("press", "snare", "undo", 1);
        device.send("faded", "snare");
    }
    assert.deepEqual(requests(device), []);
    assert.deepEqual(loads(device, "snare").slice(-2), [made[1], made[0]]);
    assert.deepEqual(stored(device, "snare").undo, []);
    device.send("press", "snare", "undo", 1);
    assert.equal(padState(device, "snare"), "error");
    assert.match(text(device, "info"), /snare: nothing to undo/);
});

test("the undo list holds the last eight samples", () => {
    const device = connected();
    for (let seed = 0; seed < 12; seed++) {
        device.send("press", "perc", "new", 1);
        deliver(device, "generate", "perc", Object.assign({}, RECIPE, { seed }));
    }
    assert.deepEqual(stored(device, "perc").undo.map((e) => e.recipe.seed), [3, 4, 5, 6, 7, 8, 9, 10]);
});

test("Var, Keep and Clip without a sample say so on the pad, and ask nothing", () => {
    const device = connected();
    device.send("press", "hihat", "variation", 1);
    device.send("press", "hihat", "keep", 1);
    device.send("press", "hihat", "clip", 1);
    assert.deepEqual(requests(device), []);
    assert.equal(padState(device, "hihat"), "error");
    assert.match(text(device, "info"), /hihat: no sample to put in a clip yet: press New/);
});

test("Clip and a dropped file: the set's sample to liveapi_sampler.js, the file to a variation", () => {
    const device = connected();
    device.send("press", "kick", "new", 1);
    const sample = deliver(device, "generate", "kick", RECIPE);
    device.take();
    device.send("press", "kick", "clip", 1);
    assert.deepEqual(on(SAMPLER, device.take()), [["clip", "kick", sample]]);
    device.send("drop", "snare", "C:\\Samples\\clap.wav");
    assert.deepEqual(requests(device).map((m) => m.slice(0, 4)), [["/padfusion/variation", "snare", 0.3, "C:/Samples/clap.wav"]]);
    device.send("live_error", "kick", "Clip: select an empty clip slot");
    assert.equal(padState(device, "kick"), "error");
});

test("Build Rack hands every pad's sample to liveapi_sampler.js in one message", () => {
    const device = connected();
    device.send("press", "kick", "new", 1);
    const kick = deliver(device, "generate", "kick", RECIPE);
    device.send("press", "perc", "new", 1);
    const perc = deliver(device, "generate", "perc", RECIPE);
    device.take();
    device.send("build_rack", 1);
    assert.deepEqual(on(SAMPLER, device.take()), [["rack", "kick", 36, kick, "perc", 39, perc]]);
});

test("a saved set reopens with its samples, without the daemon, and stores nothing new", () => {
    const device = connected();
    device.send("press", "kick", "new", 1);
    deliver(device, "generate", "kick", RECIPE);
    const saved = last(on(PLAYERS, device.sent).filter((m) => m[1] === "store"))[2];
    const reopened = loadScript("padfusion.js");
    reopened.send("restore", "kick", saved);
    reopened.send("init");
    reopened.tasks.filter((t) => t.scheduled !== null).forEach((t) => t.fire());
    assert.deepEqual(loads(reopened, "kick"), [JSON.parse(decodeURIComponent(saved)).path]);
    assert.deepEqual(on(PLAYERS, reopened.sent).filter((m) => m[1] === "store"), []);
    assert.deepEqual(on(OSC, reopened.sent).filter((m) => !["/padfusion/hello", "/padfusion/status"].includes(m[0])), []);
    assert.equal(padState(reopened, "kick"), "idle");
});

test("the set keeps each pad's note, so a reopened set plays the preset's notes before the daemon answers", () => {
    const device = connected();
    device.send("/padfusion/pad", "snare", 40, "m", 50, "dpmpp-2m", "");
    device.send("press", "snare", "new", 1);
    deliver(device, "generate", "snare", RECIPE);
    const saved = last(on(PLAYERS, device.sent).filter((m) => m[1] === "store"))[2];
    const reopened = loadScript("padfusion.js");
    reopened.send("restore", "snare", saved);
    reopened.send("init");
    assert.deepEqual(on(PLAYERS, reopened.sent).filter((m) => m[0] === "snare" && m[1] === "note").pop(), ["snare", "note", 40]);
});

test("an older device's stored sample (path, seed, model, sampler) still loads", () => {
    const file = tempWav("old.wav");
    const device = loadScript("padfusion.js");
    device.send("restore", "kick", file, 42, "m", "dpmpp-2m");
    device.send("init");
    device.tasks.filter((t) => t.scheduled !== null).forEach((t) => t.fire());
    assert.deepEqual(loads(device, "kick"), [file]);
});

test("a missing file is made again from its recipe once the daemon answers, and said so", () => {
    const device = started();
    const recipe = JSON.stringify(RECIPE);
    device.send("restore", "kick", encodeURIComponent(JSON.stringify({ path: "/elsewhere/k.wav", recipe: RECIPE, undo: [] })));
    assert.deepEqual(requests(device), [], "not before the daemon answers");
    assert.equal(padState(device, "kick"), "missing");
    device.send("/padfusion/pong");
    const remake = requests(device).filter((m) => m[0] === "/padfusion/remake");
    assert.deepEqual(remake.map((m) => m.slice(0, 3)), [["/padfusion/remake", "kick", recipe]]);
    assert.equal(padState(device, "kick"), "making again...");
    const made = deliver(device, "remake", "kick", RECIPE);
    assert.deepEqual(stored(device, "kick").path, made);
    assert.match(text(device, "info"), /kick: \/elsewhere\/k.wav was not on this computer: made again exactly/);
});

test("a recipe that cannot be made again is said plainly, and the set keeps what it has", () => {
    const device = connected();
    device.send("restore", "kick", encodeURIComponent(JSON.stringify({ path: "/elsewhere/k.wav", recipe: RECIPE, undo: [] })));
    device.take();
    device.send("/padfusion/error", "kick", "changed", "kick now plays m2 (weights def); the sample was made with m");
    assert.equal(padState(device, "kick"), "missing");
    assert.match(text(device, "info"), /cannot be made again exactly: kick now plays m2.*The set keeps its record; press New/);
    assert.deepEqual(on(PLAYERS, device.sent).filter((m) => m[1] === "store"), []);
    assert.equal(text(device, "status"), "connected | more in the Info View");
});

test("in Simpler mode, a restored or re-made sample never replaces the Simpler's; a new one does", () => {
    const device = started();
    device.send("target", 1);
    device.send("simpler_ready", 1);
    device.send("restore", "kick", encodeURIComponent(JSON.stringify({ path: "/elsewhere/k.wav", recipe: RECIPE, undo: [] })));
    device.send("/padfusion/pong");
    deliver(device, "remake", "kick", RECIPE);
    device.send("restore", "snare", encodeURIComponent(JSON.stringify({ path: tempWav("s.wav"), recipe: RECIPE, undo: [] })));
    assert.deepEqual(on(SAMPLER, device.take()).filter((m) => m[0] === "replace"), []);
    device.send("press", "kick", "new", 1);
    const made = deliver(device, "generate", "kick", RECIPE);
    assert.deepEqual(on(SAMPLER, device.take()).filter((m) => m[0] === "replace"), [["replace", "kick", 36, made]]);
});

test("audition plays the pad, and lets the own players through in Simpler mode for its length", () => {
    const device = started();
    device.send("audition", "kick");
    assert.deepEqual(on(PLAYERS, device.take()), [["kick", "hit", 100]]);
    device.send("target", 1);
    device.send("simpler_ready", 1);
    device.take();
    device.send("audition", "snare");
    assert.deepEqual(on(PLAYERS, device.take()), [["output", 1, 0], ["snare", "hit", 100]]);
    device.tasks.filter((t) => t.scheduled !== null).forEach((t) => t.fire());
    assert.deepEqual(on(PLAYERS, device.take()), [["output", 0, 50]]);
});

test("New while the daemon is down says so, and leaves no pad busy when it comes back", () => {
    const device = started();
    const heartbeat = device.tasks.find((t) => t.repeating);
    heartbeat.fire();
    heartbeat.fire();
    heartbeat.fire();
    assert.match(text(device, "status"), /^daemon not running/);
    device.send("press", "kick", "new", 1);
    assert.deepEqual(requests(device), []);
    assert.equal(padState(device, "kick"), "error");
    device.send("/padfusion/pong");  // the daemon starts
    assert.equal(padState(device, "kick"), "error");
    device.send("press", "kick", "new", 1);
    assert.equal(padState(device, "kick"), "making...");
});

test("a request whose answer was lost on the way does not leave its pad busy", () => {
    const device = connected();
    const heartbeat = device.tasks.find((t) => t.repeating);
    device.send("press", "kick", "new", 1);
    heartbeat.fire();
    device.send("/padfusion/status", "generating", "cpu", 0, 0);
    device.send("/padfusion/status", "idle", "cpu", 1, 0);
    device.send("/padfusion/status", "idle", "cpu", 0, 0);  // answered the one asked with the press itself
    assert.equal(padState(device, "kick"), "making...");
    heartbeat.fire();
    device.send("/padfusion/status", "idle", "cpu", 0, 0);  // idle, asked a whole heartbeat after the press
    assert.equal(padState(device, "kick"), "error");
    assert.match(text(device, "info"), /kick: the daemon's answer never came/);
});

test("losing the daemon forgets the requests in flight", () => {
    const device = connected();
    device.send("press", "kick", "new", 1);
    const heartbeat = device.tasks.find((t) => t.repeating);
    for (let i = 0; i < 3; i++) {
        heartbeat.fire();
    }
    assert.equal(padState(device, "kick"), "empty");
    assert.match(text(device, "info"), /daemon not running/);
});

test("the daemon's errors show on the pad and in the Info View until the next press", () => {
    const device = connected();
    device.send("press", "kick", "new", 1);
    device.send("/padfusion/error", "kick", "model_load", "cannot load the model for kick: no such folder");
    assert.equal(padState(device, "kick"), "error");
    assert.match(text(device, "info"), /kick: cannot load the model for kick/);
    device.send("/padfusion/error", "", "malformed", "not an OSC message");
    assert.match(text(device, "info"), /not an OSC message/);
    assert.equal(text(device, "status"), "connected | error | more in the Info View");
    device.send("press", "kick", "new", 1);
    assert.equal(padState(device, "kick"), "making...");
});

test("the status line stays short", () => {
    const device = connected();
    for (const pad of ["kick", "snare", "hihat", "perc"]) {
        device.send("restore", pad, encodeURIComponent(JSON.stringify({ path: "/a/very/long/path/to/" + pad + ".wav",
            recipe: {}, undo: [] })));
    }
    assert.ok(text(device, "status").length <= 60, text(device, "status"));
    assert.equal(text(device, "info").split("\n").length, 4);
});

test("replies the device does not know, or with missing arguments, are reported, not obeyed", () => {
    const device = connected();
    device.send("/padfusion/surprise", 1);
    assert.match(text(device, "info"), /unexpected \/padfusion\/surprise from the daemon/);
    device.send("/padfusion/ready", "kick", "/x.wav", 1, 2);
    assert.match(text(device, "info"), /\/padfusion\/ready from the daemon has 4 arguments, expected 6/);
    device.send("nonsense", 1);
    device.send("press", "cowbell", "new", 1);
    assert.deepEqual(requests(device), []);
    assert.deepEqual(device.printed, []);
});

test("the preset's notes replace the General MIDI ones; a learned note moves the pad", () => {
    const device = connected();
    device.send("/padfusion/pad", "snare", 40, "m", 50, "dpmpp-2m", "");
    device.send("/padfusion/learned", "perc", "note", 37);
    assert.deepEqual(on(PLAYERS, device.take()).filter((m) => m[1] === "note"), [["snare", "note", 40], ["perc", "note", 37]]);
});

test("volume and pan become the pad's two gains, tune its rate; decay and choke pass on", () => {
    const device = started();
    device.send("volume", "kick", -6);
    device.send("pan", "kick", 25);
    device.send("tune", "kick", -24);
    device.send("decay", "kick", 2970);
    const kick = on(PLAYERS, device.take()).filter((m) => m[0] === "kick");
    const gains = kick.filter((m) => m[1] === "gains").pop();
    assert.ok(Math.abs(gains[2] - 0.5 * Math.pow(10, -6 / 20)) < 1e-9 && Math.abs(gains[3] - Math.pow(10, -6 / 20)) < 1e-9);
    assert.deepEqual(kick.filter((m) => m[1] === "rate").pop(), ["kick", "rate", 0.25]);
    assert.deepEqual(kick.filter((m) => m[1] === "decay").pop(), ["kick", "decay", 2970]);
});

test("every request is checked against the protocol table: a bad one is shown, never sent or thrown", () => {
    const device = connected();
    device.send("seed", "kick", -5);  // rounded into range
    device.send("strength", 500);
    device.send("press", "kick", "new", 1);
    deliver(device, "generate", "kick", RECIPE);
    device.take();
    device.send("press", "kick", "variation", 1);
    assert.deepEqual(requests(device), []);
    assert.match(text(device, "info"), /strength must be of type n in \[0.01, 1\], got 5/);
});

test("every reply in the protocol has a handler", () => {
    const device = loadScript("padfusion.js");
    const names = device.context.PROTOCOL.replies.map((r) => r.address.split("/").pop());
    assert.equal(names.filter((n) => !device.context.REPLY_HANDLERS[n]).join(" "), "");
});

test("knob dials and the Key menu become set_knob and set_key, again whenever the daemon answers", () => {
    const device = started();
    device.send("knob", "kick", "decay", 30, 0.001, 250);  // turned before the daemon answers: kept for then
    device.send("knob", "kick", "pitch", 30, 1, 30);        // at its lowest: free
    device.send("key", "A");
    assert.deepEqual(requests(device), []);
    device.send("/padfusion/pong");
    const sent = on(OSC, device.take()).filter((m) => m[0].startsWith("/padfusion/set_"));
    assert.deepEqual(sent, [["/padfusion/set_knob", "kick", "decay", 0.25], ["/padfusion/set_knob", "kick", "pitch"],
        ["/padfusion/set_key", "A"]]);
    device.send("key", "Song");
    assert.deepEqual(on(SAMPLER, device.take()), [["song_key"]]);
    device.send("song_root", "F#");
    device.send("key", "Off");
    assert.deepEqual(requests(device), [["/padfusion/set_key", "F#"], ["/padfusion/set_key", ""]]);
    device.send("/padfusion/knob", "kick", "decay", "s", 0.03, 0.7, "0.25", "doc");
    device.send("/padfusion/key", "kick", "");
    assert.doesNotMatch(text(device, "info"), /unexpected/);
    device.send("live_error", "", "Key: Song follows the song root of Live 12's Scale");
    assert.match(text(device, "info"), /Live 12's Scale/);
});
