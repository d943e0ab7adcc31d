// padfusion.js under Node: message routing, state, status line and reply handling.
"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const { loadScript } = require("./max_js.js");

const OSC = 0, STATUS = 1, PLAYERS = 2, SAMPLER = 3;

function started() {
    const device = loadScript("padfusion.js");
    device.send("init");
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

test("loading the script prints nothing and sends nothing", () => {
    const device = loadScript("padfusion.js");
    assert.deepEqual(device.printed, []);
    assert.deepEqual(device.sent, []);
});

test("init sets the General MIDI notes, opens the output, pings and starts the heartbeat", () => {
    const device = loadScript("padfusion.js");
    device.send("init");
    const sent = device.take();
    assert.deepEqual(on(PLAYERS, sent), [
        ["kick", "note", 36], ["snare", "note", 38], ["hihat", "note", 42], ["perc", "note", 39],
        ["output", 1, 50],
    ]);
    assert.deepEqual(on(OSC, sent), [["/padfusion/ping"]]);
    assert.deepEqual(on(STATUS, sent), [["set", "connecting to the daemon..."]]);
    assert.equal(heartbeat(device).interval, 2000);
    assert.deepEqual(device.printed, []);
});

test("buttons become requests; releases are ignored", () => {
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
    assert.deepEqual(on(OSC, device.take()), [
        ["/padfusion/generate", "kick"],
        ["/padfusion/generate", "snare", -1, 24],
        ["/padfusion/variation", "hihat", 0.45],
        ["/padfusion/undo", "perc"],
        ["/padfusion/keep", "kick"],
    ]);
});

test("the status line shows what is being made", () => {
    const device = started();
    device.send("/padfusion/pong");
    device.send("press", "kick", "new", 1);
    assert.equal(status(device), "connected | generating kick");
    device.send("press", "snare", "variation", 1);
    assert.equal(status(device), "connected | generating kick | varying snare");
});

test("a ready sample fades the pad out, then replaces its buffer", () => {
    const device = started();
    device.send("press", "kick", "new", 1);
    device.take();
    device.send("/padfusion/ready", "kick", "/tmp/out/kick.wav", 1234, 812.4);
    let sent = device.take();
    assert.deepEqual(on(PLAYERS, sent), [["kick", "gain", 0, 5]]);
    const loader = device.tasks.find((t) => t.scheduled !== null);
    assert.equal(loader.scheduled, 10);
    loader.fire();
    sent = device.take();
    assert.deepEqual(on(PLAYERS, sent), [["kick", "buffer", "replace", "/tmp/out/kick.wav"]]);
});

test("the status line reports the last latency, and clears the pad's activity", () => {
    const device = started();
    device.send("press", "kick", "new", 1);
    device.send("/padfusion/ready", "kick", "/tmp/out/kick.wav", 1234, 812.4);
    assert.equal(status(device), "connected | last kick 812 ms");
});

test("Windows paths reach buffer~ with forward slashes", () => {
    const device = started();
    device.send("/padfusion/ready", "snare", "C:\\Users\\me\\PadFusion\\snare.wav", 7, 300);
    device.tasks.find((t) => t.scheduled !== null).fire();
    assert.deepEqual(on(PLAYERS, device.take()).pop(), ["snare", "buffer", "replace", "C:/Users/me/PadFusion/snare.wav"]);
});

test("samples for pads the device does not have are not loaded", () => {
    const device = started();
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
    const device = started();
    device.send("/padfusion/pad", "snare", 40, "crlandsc/tiny-audio-diffusion-snares", 50, "dpmpp-2m", "");
    device.send("/padfusion/pad", "kick", 36, "crlandsc/tiny-audio-diffusion-kicks", 50, "dpmpp-2m", "");
    assert.deepEqual(on(PLAYERS, device.take()), [["snare", "note", 40]]);
});

test("a reopened set's silent players take the daemon's current samples, once", () => {
    const device = started();
    device.send("/padfusion/pad", "kick", 36, "kick", 12, "dpmpp-2m", "C:\\PadFusion\\kick.wav");
    device.send("/padfusion/pad", "snare", 38, "snare", 12, "dpmpp-2m", "");
    assert.deepEqual(on(PLAYERS, device.take()), [["kick", "buffer", "replace", "C:/PadFusion/kick.wav"]]);
    device.send("/padfusion/pad", "kick", 36, "kick", 12, "dpmpp-2m", "/tmp/out/kick.wav");  // a reconnect
    assert.deepEqual(on(PLAYERS, device.take()), []);
});

test("a note learned by the daemon moves the pad", () => {
    const device = started();
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

test("two silent heartbeats mean the daemon is gone; a reply brings it back", () => {
    const device = started();
    const beat = heartbeat(device);
    beat.fire();
    assert.equal(status(device), "connecting to the daemon...");
    beat.fire();
    assert.equal(status(device), "daemon not running: start it with `padfusion serve` (see README)");
    assert.deepEqual(on(OSC, device.take()), [["/padfusion/ping"], ["/padfusion/ping"]]);
    device.send("/padfusion/pong");
    beat.fire();
    beat.fire();
    assert.equal(status(device), "connected");
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
    const device = started();
    device.send("/padfusion/surprise", 1);
    assert.equal(status(device), "connected | unexpected /padfusion/surprise from the daemon: update the device or the daemon");
    device.send("/padfusion/ready", "kick");
    assert.match(status(device), /\/padfusion\/ready from the daemon has 1 arguments, expected 4/);
    assert.deepEqual(on(PLAYERS, device.take()), []);
});

test("every request is checked against protocol.js", () => {
    const device = started();
    assert.throws(() => device.context.request("generate", []), /takes 3 arguments, got 0/);
    assert.throws(() => device.context.request("generate", ["kick", 1.5]), /seed must be of type i/);
    assert.throws(() => device.context.request("variation", ["kick", 2]), /strength must be of type n in \[0.01, 1\]/);
    assert.throws(() => device.context.request("dance", []), /protocol.js has no request \/padfusion\/dance/);
    assert.throws(() => device.send("press", "kick", "dance", 1), /unknown pad or action/);
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
    assert.deepEqual(on(PLAYERS, sent), [["hihat", "gain", 0, 5]], "the own buffer still loads, for the waveform");
    device.send("simpler_error", "hihat", "Drum Rack pad F#1 is empty: drop a Simpler on it");
    assert.match(status(device), /hihat: Drum Rack pad F#1 is empty/);
    device.send("target", 0);
    assert.deepEqual(on(PLAYERS, device.take()), [["output", 1, 50]]);
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
