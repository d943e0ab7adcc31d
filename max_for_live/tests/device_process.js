// Runs padfusion.js as a process, for tests that put a real daemon on the other side
// (tests/test_device_replay.py): each stdin line is a JSON message for its inlet, [selector, ...args];
// each message it sends is printed as a JSON line, [outlet, ...atoms]. Tasks run on Node's timers.
"use strict";

const readline = require("node:readline");
const { loadScript } = require("./max_js.js");

const device = loadScript("padfusion.js");
const ticking = new Set();

function flush() {
    for (const task of device.tasks) {
        if (task.repeating && !ticking.has(task)) {
            ticking.add(task);
            setInterval(() => { task.fire(); flush(); }, task.interval).unref();
        }
        if (task.scheduled !== null) {
            const delay = task.scheduled;
            task.scheduled = null;
            setTimeout(() => { task.fire(); flush(); }, delay);
        }
    }
    for (const message of device.take()) {
        process.stdout.write(JSON.stringify(message) + "\n");
    }
}

readline.createInterface({ input: process.stdin }).on("line", (line) => {
    const [selector, ...args] = JSON.parse(line);
    device.send(selector, ...args);
    flush();
});
