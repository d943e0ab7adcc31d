// A stand-in for the globals of Max's classic `js` object, enough to run the device's scripts under
// Node: outlets are recorded, Tasks fire when a test says so, File answers from the real file system,
// and LiveAPI is whatever the test passes. There is no include(): a frozen device would lose the
// included file, so a script that calls it fails here.
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");

const DEVICE_DIR = path.resolve(__dirname, "..");

// Max's Task: `new Task(function, object, arguments)`, the arguments an array whose items the function gets
// (Max documents an array; anything else is refused here, so that a script cannot rely on a stand-in's leniency).
class Task {
    constructor(fn, object, args) {
        if (args !== undefined && !Array.isArray(args)) {
            throw new TypeError("Task arguments must be an array, got " + typeof args);
        }
        this.fn = fn;
        this.object = object;
        this.args = args || [];
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

// Max's File, as far as the scripts use it: opening a missing file for reading leaves it closed.
class File {
    constructor(name, access) {
        this.isopen = access === "read" && fs.existsSync(name) && fs.statSync(name).isFile();
    }
    close() { this.isopen = false; }
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
        File,
        Task: class extends Task {
            constructor(...a) { super(...a); tasks.push(this); }
        },
        LiveAPI,
    };
    vm.createContext(context);
    vm.runInContext(fs.readFileSync(path.join(DEVICE_DIR, file), "utf8"), context, { filename: file });
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
