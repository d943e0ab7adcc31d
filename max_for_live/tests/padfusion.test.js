// padfusion.js under Node: message routing, state, status line, reply handling, the samples a Live set
// keeps, the players' settings and the reply port.
"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { loadScript } = require("./max_js.js");

const OSC = 0, STATUS = 1, PLAYERS = 2, SAMPLER = 3, NETWORK = 4;
const PROBE = "/padfusion-device/probe";
const NOT_RUNNING = "daemon not running: start it with `padfusion serve` (see README)";

// A started device whose reply port works: its probe came back.
function started() {
    const device = loadScript("padfusion.js");
    device.send("init");
    answerProbe(device);
    device.take();
    return device;
}

// Send the device's last probe back to it, as [udpreceive] does when the device holds its reply port.
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

function status(device) {
    const lines = on(STATUS, device.sent);
    return lines.length ? lines[lines.length - 1][1] : null;
}

function heartbeat(device) {
    return device.tasks.find((t) => t.repeating);
}

function fireLoads(device) {
    for (const task of device.tasks.filter((t) => t.scheduled !== null)) {
        task.fire();
    }
}

function requests(device) {
    return on(OSC, device.take()).filter((m) => m[0] !== "/padfusion/hello");
}

function tempWav(name) {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), "padfusion-js-"));
    const file = path.join(folder, name).replace(/\\/g, "/");
    fs.writeFileSync(file, "RIFF");
    return file;
}

test("loading the script prints nothing and sends nothing", () => {
    const device = loadScript("padfusion.js");
    assert.deepEqual(device.printed, []);
    assert.deepEqual(device.sent, []);
});

test("the status line shows what is being made", () => {
    const device = started();
    device.send("/padfusion/pong");
    device.send("press", "kick", "new", 1);
    assert.equal(status(device), "connected | generating kick");
    device.send("press", "snare", "variation", 1);
    assert.equal(status(device), "connected | generating kick | varying snare");
});

test("the status line reports the last latency, and clears the pad's activity", () => {
    const device = started();
    device.send("press", "kick", "new", 1);
    device.send("/padfusion/ready", "kick", "/tmp/out/kick.wav", 1234, 812.4);
    assert.equal(status(device), "connected | last kick 812 ms");
});

test("samples for pads the device does not have are not loaded", () => {
    const device = connected();
    device.send("/padfusion/ready", "clap", "/tmp/out/clap.wav", 7, 300);
    assert.deepEqual(on(PLAYERS, device.take()), []);
});

test("the daemon's errors show on the status line until the next press", () => {
    const device = started();
    device.send("press", "kick", "variation", 1);
    device.send("/padfusion/error", "kick", "no_sample", "kick has no sample yet: press New first");
    assert.equal(status(device), "connected | kick: kick has no sample yet: press New first");
    device.send("/padfusion/error", "", "malformed", "not an OSC message");
    assert.equal(status(device), "connected | not an OSC message");
    device.send("press", "kick", "new", 1);
    assert.equal(status(device), "connected | generating kick");
});

test("the preset's notes replace the General MIDI ones", () => {
    const device = connected();
    device.send("/padfusion/pad", "snare", 40, "crlandsc/tiny-audio-diffusion-snares", 50, "dpmpp-2m", "");
    device.send("/padfusion/pad", "kick", 36, "crlandsc/tiny-audio-diffusion-kicks", 50, "dpmpp-2m", "");
    assert.deepEqual(on(PLAYERS, device.take()), [["snare", "note", 40]]);
});

test("a note learned by the daemon moves the pad", () => {
    const device = connected();
    device.send("/padfusion/learned", "perc", "note", 37);
    device.send("/padfusion/learned", "steps", "cc", 20);
    assert.deepEqual(on(PLAYERS, device.take()), [["perc", "note", 37]]);
    assert.doesNotMatch(status(device), /unexpected/);
});

test("the first reply asks for the pads and the daemon's state, once", () => {
    const device = started();
    device.send("/padfusion/pong");
    device.send("/padfusion/status", "idle", "cuda", 0, 4);
    device.send("/padfusion/pong");
    assert.deepEqual(on(OSC, device.take()), [["/padfusion/pads"], ["/padfusion/status"]]);
    assert.equal(status(device), "connected (cuda)");
});

test("losing the daemon forgets the requests in flight", () => {
    const device = started();
    device.send("/padfusion/pong");
    device.send("press", "kick", "new", 1);
    for (let i = 0; i < 3; i++) {
        heartbeat(device).fire();
    }
    assert.equal(status(device), "daemon not running: start it with `padfusion serve` (see README)");
});

test("replies the device does not know are reported, not obeyed", () => {
    const device = connected();
    device.send("/padfusion/surprise", 1);
    assert.equal(status(device), "connected | unexpected /padfusion/surprise from the daemon: update the device or the daemon");
    device.send("/padfusion/ready", "kick");
    assert.match(status(device), /\/padfusion\/ready from the daemon has 1 arguments, expected 4/);
    assert.deepEqual(on(PLAYERS, device.take()), []);
});

test("without Simpler support the own players keep playing and the reason is shown", () => {
    const device = started();
    device.send("target", 1);
    assert.deepEqual(on(SAMPLER, device.take()), [["check"]]);
    device.send("simpler_ready", 0, "Simpler mode needs Live 12.4 or later (this is Live 11.3)");
    assert.deepEqual(on(PLAYERS, device.take()), [["output", 1, 50]]);
    assert.match(status(device), /needs Live 12.4 or later/);
    device.send("/padfusion/ready", "kick", "/tmp/out/kick.wav", 9, 400);
    assert.deepEqual(on(SAMPLER, device.take()), []);
});

test("the status line is only sent when it changes", () => {
    const device = started();
    device.send("/padfusion/pong");
    device.take();
    device.send("/padfusion/pong");
    device.send("/padfusion/status", "idle", "", 0, 0);
    assert.deepEqual(on(STATUS, device.take()), []);
});

test("init opens the ports, sets up the players, says hello and starts the heartbeat", () => {
    const device = loadScript("padfusion.js");
    device.send("init");
    const sent = device.take();
    const probe = on(NETWORK, sent)[3];
    assert.deepEqual(on(NETWORK, sent), [["daemon", "port", 9123], ["reply", "port", 9124], ["probe", "port", 9124], probe]);
    assert.equal(probe[1], PROBE);
    const players = on(PLAYERS, sent);
    assert.deepEqual(players.filter((m) => m[1] === "note"),
        [["kick", "note", 36], ["snare", "note", 38], ["hihat", "note", 42], ["perc", "note", 39]]);
    assert.deepEqual(players.filter((m) => m[0] === "kick"), [["kick", "note", 36], ["kick", "gains", 1, 1],
        ["kick", "rate", 1], ["kick", "decay", 1000], ["kick", "choke", 0]]);
    assert.deepEqual(players.filter((m) => m[0] === "output" || m[0] === "connection"), [["output", 1, 50], ["connection", 0]]);
    assert.deepEqual(on(OSC, sent), [["/padfusion/hello", 9124]]);
    assert.deepEqual(on(STATUS, sent), [["set", "connecting to the daemon..."]]);
    assert.equal(heartbeat(device).interval, 2000);
    assert.deepEqual(device.printed, []);
});

test("buttons become requests, each after a hello naming the reply port; releases are ignored", () => {
    const device = started();
    device.send("press", "kick", "new", 0);
    assert.deepEqual(device.take(), []);
    device.send("press", "kick", "new", 1);
    device.send("steps", 24);
    device.send("press", "snare", "new", 1);
    device.send("strength", 45);
    device.send("press", "hihat", "variation", 1);
    device.send("press", "perc", "undo", 1);
    device.send("press", "kick", "keep", 1);
    device.send("seed", "snare", 1234);
    const hello = ["/padfusion/hello", 9124];
    assert.deepEqual(on(OSC, device.take()), [
        hello, ["/padfusion/generate", "kick"],
        hello, ["/padfusion/generate", "snare", -1, 24],
        hello, ["/padfusion/variation", "hihat", 0.45],
        hello, ["/padfusion/undo", "perc"],
        hello, ["/padfusion/keep", "kick"],
        hello, ["/padfusion/recall", "snare", 1234],
    ]);
    assert.match(status(device), /recalling snare/);
});

test("a ready sample fades the pad out, is stored with its seed, then replaces the buffer", () => {
    const device = connected();
    device.send("/padfusion/pad", "kick", 36, "models/kick", 10, "dpmpp-2m", "");
    device.send("press", "kick", "new", 1);
    device.take();
    device.send("/padfusion/ready", "kick", "/tmp/out/history/kick/20260101_seed1234.wav", 1234, 812.4);
    assert.deepEqual(on(PLAYERS, device.take()), [
        ["kick", "seed", 1234],
        ["kick", "store", "/tmp/out/history/kick/20260101_seed1234.wav", 1234, "models/kick", "dpmpp-2m"],
        ["kick", "fade"],
    ]);
    const loader = device.tasks.find((t) => t.scheduled !== null);
    assert.equal(loader.scheduled, 10);
    loader.fire();
    assert.deepEqual(on(PLAYERS, device.take()), [["kick", "buffer", "replace", "/tmp/out/history/kick/20260101_seed1234.wav"]]);
});

test("Windows paths reach buffer~ and the set with forward slashes", () => {
    const device = started();
    device.send("/padfusion/ready", "snare", "C:\\Users\\me\\PadFusion\\snare.wav", 7, 300);
    fireLoads(device);
    const players = on(PLAYERS, device.take());
    assert.deepEqual(players.pop(), ["snare", "buffer", "replace", "C:/Users/me/PadFusion/snare.wav"]);
    assert.deepEqual(players.find((m) => m[1] === "store"), ["snare", "store", "C:/Users/me/PadFusion/snare.wav", 7, "-", "-"]);
});

test("a saved set reopens with its samples: store, reload the set, restore, without the daemon", () => {
    const file = tempWav("kick_seed77.wav");
    const first = connected();
    first.send("/padfusion/pad", "kick", 36, "models/kick", 10, "dpmpp-2m", "");
    first.send("/padfusion/ready", "kick", file, 77, 100);
    const stored = on(PLAYERS, first.take()).find((m) => m[1] === "store").slice(2);

    // Live reopens the set: the pad's pattr gives back what was stored, before live.thisdevice says init.
    const second = loadScript("padfusion.js");
    second.send("restore", "kick", ...stored);
    second.send("init");
    answerProbe(second);
    fireLoads(second);
    const players = on(PLAYERS, second.take());
    assert.deepEqual(players.filter((m) => m[0] === "kick" && ["seed", "fade", "buffer"].includes(m[1])),
        [["kick", "seed", 77], ["kick", "fade"], ["kick", "buffer", "replace", file]]);
    assert.deepEqual(players.filter((m) => m[1] === "store"), [], "restoring stores nothing new");
    heartbeat(second).fire();
    heartbeat(second).fire();
    heartbeat(second).fire();
    assert.equal(status(second), NOT_RUNNING, "the daemon is down, and the pad plays anyway");
    assert.deepEqual(on(OSC, second.take()).filter((m) => m[0] !== "/padfusion/hello"), []);

    // The pattr echoes each store back; an echo changes nothing.
    second.send("restore", "kick", ...stored);
    assert.deepEqual(second.take(), []);
});

test("an empty pattr (a pad that never had a sample) leaves the pad silent", () => {
    const device = loadScript("padfusion.js");
    device.send("restore", "kick", 0);
    device.send("init");
    assert.deepEqual(on(PLAYERS, device.take()).filter((m) => m[1] === "buffer" || m[1] === "fade"), []);
});

test("Live's undo of a sample brings the previous one back", () => {
    const older = tempWav("snare_seed1.wav");
    const device = connected();
    device.send("/padfusion/ready", "snare", older, 1, 100);
    const olderStored = on(PLAYERS, device.take()).find((m) => m[1] === "store").slice(2);
    device.send("/padfusion/ready", "snare", tempWav("snare_seed2.wav"), 2, 100);
    device.take();
    device.send("restore", "snare", ...olderStored);
    fireLoads(device);
    assert.deepEqual(on(PLAYERS, device.take()), [["snare", "seed", 1], ["snare", "fade"], ["snare", "buffer", "replace", older]]);
});

test("a stored file missing on this computer is recalled from its seed once the daemon answers, and said so", () => {
    const device = loadScript("padfusion.js");
    device.send("restore", "hihat", "/elsewhere/history/hihat/x_seed4242.wav", 4242, "models/hats-v1", "dpmpp-2m");
    device.send("init");
    answerProbe(device);
    assert.match(status(device), /hihat: \/elsewhere\/history\/hihat\/x_seed4242.wav is not on this computer; seed 4242 will be made again when the daemon answers/);
    assert.deepEqual(requests(device), []);

    device.send("/padfusion/pong");
    assert.deepEqual(requests(device), [["/padfusion/pads"], ["/padfusion/status"], ["/padfusion/recall", "hihat", 4242]]);
    assert.match(status(device), /the daemon makes seed 4242 again \| recalling hihat/);
    device.send("/padfusion/pad", "hihat", 42, "models/hats-v2", 10, "dpmpp-2m", "");
    const made = tempWav("hihat_seed4242.wav");
    device.send("/padfusion/ready", "hihat", made, 4242, 900);
    const players = on(PLAYERS, device.take());
    assert.deepEqual(players.find((m) => m[1] === "store"), ["hihat", "store", made, 4242, "models/hats-v2", "dpmpp-2m"]);
    assert.match(status(device), /hihat: \/elsewhere\/history\/hihat\/x_seed4242.wav was not on this computer: seed 4242 made again with models\/hats-v2 \(dpmpp-2m\), but the set's sample came from models\/hats-v1 \(dpmpp-2m\), so it may sound different/);
    device.send("press", "hihat", "new", 1);
    assert.doesNotMatch(status(device), /not on this computer/, "the note lasts until the next press on the pad");
});

test("a missing file is recalled at once when the daemon is already there", () => {
    const device = connected();
    device.send("restore", "perc", "/gone/perc.wav", 9, "models/perc", "dpmpp-2m");
    assert.deepEqual(requests(device), [["/padfusion/recall", "perc", 9]]);
});

test("a missing file without a known seed asks for New", () => {
    const device = connected();
    device.send("restore", "perc", "/gone/perc.wav", -1, "-", "-");
    assert.deepEqual(requests(device), []);
    assert.match(status(device), /perc: \/gone\/perc.wav is not on this computer, and its seed is not known: press New/);
});

test("a new device starts silent: the daemon's current samples belong to other sets", () => {
    const device = connected();
    device.send("/padfusion/pad", "kick", 36, "kick", 12, "dpmpp-2m", "/tmp/out/kick.wav");
    assert.deepEqual(on(PLAYERS, device.take()), []);
});

test("volume and pan become the pad's two gains, tune its rate; decay and choke pass on", () => {
    const device = started();
    device.send("volume", "kick", -6.0206);
    device.send("pan", "kick", 25);
    device.send("tune", "snare", 12);
    device.send("decay", "snare", 120);
    device.send("choke", "hihat", 1);
    device.send("volume", "perc", -70);
    const players = on(PLAYERS, device.take());
    const last = (pad, what) => players.filter((m) => m[0] === pad && m[1] === what).pop();
    const [, , left, right] = last("kick", "gains");
    assert.ok(Math.abs(left - 0.25) < 1e-4 && Math.abs(right - 0.5) < 1e-4, `${left} ${right}`);
    assert.deepEqual(last("snare", "rate"), ["snare", "rate", 2]);
    assert.deepEqual(last("snare", "decay"), ["snare", "decay", 120]);
    assert.deepEqual(last("hihat", "choke"), ["hihat", "choke", 1]);
    assert.deepEqual(last("perc", "gains"), ["perc", "gains", 0, 0], "the lowest volume is silence");
});

test("player settings restored before init apply at init", () => {
    const device = loadScript("padfusion.js");
    device.send("tune", "kick", -12);
    assert.deepEqual(device.take(), []);
    device.send("init");
    assert.deepEqual(on(PLAYERS, device.take()).filter((m) => m[0] === "kick" && m[1] === "rate"), [["kick", "rate", 0.5]]);
});

test("the reply port setting: saved value used at init, a change reopens the port and tells the daemon", () => {
    const device = loadScript("padfusion.js");
    device.send("reply_port", 9200);
    device.send("osc_port", 9300);
    device.send("init");
    let sent = device.take();
    assert.deepEqual(on(NETWORK, sent).slice(0, 3), [["daemon", "port", 9300], ["reply", "port", 9200], ["probe", "port", 9200]]);
    assert.deepEqual(on(OSC, sent), [["/padfusion/hello", 9200]]);
    answerProbe(device);
    device.send("reply_port", 9201);
    sent = device.take();
    assert.deepEqual(on(NETWORK, sent).slice(0, 2), [["reply", "port", 9201], ["probe", "port", 9201]]);
    assert.deepEqual(on(OSC, sent), [["/padfusion/hello", 9201]]);
    answerProbe(device);
    device.send("press", "kick", "new", 1);
    assert.deepEqual(on(OSC, device.take())[0], ["/padfusion/hello", 9201]);
});

test("a reply port another program holds is shown, and tried again on every heartbeat", () => {
    const device = loadScript("padfusion.js");
    device.send("init");
    device.take();
    heartbeat(device).fire();  // a whole period and the device's own probe has not come back
    const taken = "reply port 9124 is taken by another program or PadFusion device: choose another Reply port";
    assert.equal(status(device), taken);
    assert.deepEqual(on(NETWORK, device.take()).slice(0, 2), [["reply", "port", 9124], ["probe", "port", 9124]]);
    device.send(PROBE, "someone else's token");
    assert.equal(status(device), taken);
    answerProbe(device);
    assert.equal(status(device), "connecting to the daemon...");
});

test("two silent heartbeats mean the daemon is gone; a reply brings it back and lights the connection", () => {
    const device = started();
    const beat = heartbeat(device);
    beat.fire();
    assert.equal(status(device), "connecting to the daemon...");
    beat.fire();
    assert.equal(status(device), NOT_RUNNING);
    let sent = device.take();
    assert.deepEqual(on(OSC, sent), [["/padfusion/hello", 9124], ["/padfusion/hello", 9124]]);
    assert.deepEqual(on(PLAYERS, sent), [["connection", 0]]);
    device.send("/padfusion/pong");
    assert.deepEqual(on(PLAYERS, device.take()), [["connection", 1]]);
    beat.fire();
    beat.fire();
    assert.equal(status(device), "connected");
});

test("every request is checked against the protocol table", () => {
    const device = started();
    assert.throws(() => device.context.request("generate", []), /takes 3 arguments, got 0/);
    assert.throws(() => device.context.request("generate", ["kick", 1.5]), /seed must be of type i/);
    assert.throws(() => device.context.request("variation", ["kick", 2]), /strength must be of type n in \[0.01, 1\]/);
    assert.throws(() => device.context.request("hello", [70000]), /reply_port must be of type i in \[1, 65535\]/);
    assert.throws(() => device.context.request("dance", []), /protocol has no request \/padfusion\/dance/);
    assert.throws(() => device.send("press", "kick", "dance", 1), /unknown pad or action/);
    assert.throws(() => device.send("volume", "clap", 0), /unknown pad clap/);
    assert.throws(() => device.send("hello"), /does not understand hello/);
    assert.throws(() => device.send("beat"), /does not understand beat/, "helpers are not messages");
    assert.deepEqual(on(OSC, device.take()), []);
});

test("Simpler mode waits for the device, asks liveapi_sampler.js, and mutes the own players", () => {
    const device = loadScript("padfusion.js");
    device.send("target", 1);
    assert.deepEqual(on(SAMPLER, device.take()), []);
    device.send("init");
    assert.deepEqual(on(SAMPLER, device.take()), [["check"]]);
    device.send("simpler_ready", 1);
    assert.deepEqual(on(PLAYERS, device.take()), [["output", 0, 50]]);
    device.send("/padfusion/ready", "hihat", "/tmp/out/hihat.wav", 9, 400);
    const sent = device.take();
    assert.deepEqual(on(SAMPLER, sent), [["replace", "hihat", 42, "/tmp/out/hihat.wav"]]);
    assert.ok(on(PLAYERS, sent).some((m) => m[0] === "hihat" && m[1] === "fade"), "the own buffer still loads, for the waveform");
    device.send("simpler_error", "hihat", "Drum Rack pad F#1 is empty: drop a Simpler on it");
    assert.match(status(device), /hihat: Drum Rack pad F#1 is empty/);
    device.send("target", 0);
    assert.deepEqual(on(PLAYERS, device.take()), [["output", 1, 50]]);
});

test("nothing is asked while another program or device holds the reply port: its answers would go there", () => {
    const device = loadScript("padfusion.js");
    device.send("restore", "kick", "/gone/kick.wav", 5, "-", "-");
    device.send("init");
    heartbeat(device).fire();
    device.send("/padfusion/pong");  // a pong that went to the port's holder reached us some other way
    device.take();
    device.send("press", "kick", "new", 1);
    assert.deepEqual(requests(device), []);
    assert.match(status(device), /^reply port 9124 is taken .* \| not sent: this device cannot hear the daemon's answers yet/);
    answerProbe(device);
    assert.deepEqual(requests(device), [["/padfusion/recall", "kick", 5]], "the port works: the missing file is recalled");
});

test("every reply in the protocol has a handler, so a new reply cannot reach users as 'unexpected'", () => {
    const device = loadScript("padfusion.js");
    const names = Array.from(device.context.PROTOCOL.replies, (r) => r.address.split("/").pop());
    assert.ok(names.includes("ready"));
    assert.deepEqual(names.filter((name) => typeof device.context.REPLY_HANDLERS[name] !== "function"), []);
});
