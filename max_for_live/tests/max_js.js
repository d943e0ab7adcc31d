// A stand-in for the globals of Max's classic `js` object, enough to run the device's scripts under
// Node: outlets are recorded, Tasks fire when a test says so, and LiveAPI is whatever the test passes.
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");

const DEVICE_DIR = path.resolve(__dirname, "..");

class Task {
    constructor(fn, object, ...args) {
        this.fn = fn;
        this.object = object;
        this.args = args;
        this.interval = 500;
        this.repeating = false;
        this.scheduled = null;  // delay in ms of a pending single run
    }
    repeat() { this.repeating = true; }
    schedule(delay) { this.scheduled = delay || 0; }
    cancel() { this.repeating = false; this.scheduled = null; }
    fire() {
        this.scheduled = null;
        this.fn.apply(this.object, this.args);
    }
}

// Load a device script the way a [js] box does. Returns the script's global object and what it sent.
function loadScript(file, { LiveAPI } = {}) {
    const sent = [];     // everything sent: [outlet, ...atoms], arrays unrolled one level as Max does
    let taken = 0;
    const printed = [];  // everything written to the Max console
    const tasks = [];
    const context = {
        jsarguments: [file],
        outlet: (n, ...atoms) => { sent.push([n, ...atoms.flat()]); },
        post: (...a) => { printed.push(a.join(" ")); },
        cpost: (...a) => { printed.push(a.join(" ")); },
        error: (...a) => { printed.push(a.join(" ")); },
        arrayfromargs: (args) => Array.from(args),
        include: (name) => run(name),
        Task: class extends Task {
            constructor(...a) { super(...a); tasks.push(this); }
        },
        LiveAPI,
    };
    vm.createContext(context);
    function run(name) {
        const source = fs.readFileSync(path.join(DEVICE_DIR, name), "utf8");
        vm.runInContext(source, context, { filename: name });
    }
    run(file);
    return {
        context,
        sent,
        printed,
        tasks,
        // Send a message to the inlet: the function of that name unless it is marked local, else
        // anything(), with messagename set.
        send(selector, ...args) {
            context.messagename = selector;
            const fn = context[selector];
            if (typeof fn === "function" && !fn.local && selector !== "anything") {
                fn.apply(context, args);
            } else {
                context.anything.apply(context, args);
            }
        },
        // What was sent since the last take().
        take() {
            const fresh = sent.slice(taken);
            taken = sent.length;
            return fresh;
        },
    };
}

module.exports = { loadScript, DEVICE_DIR };
