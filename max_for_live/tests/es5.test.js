// Every script a `js` object of the patcher loads parses as ES5 (Max's classic js object runs nothing
// newer; Node, which runs the other tests, accepts far more), and none needs a file beside it.
"use strict";

const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const { DEVICE_DIR } = require("./max_js.js");

let acorn;
try {
    acorn = require("acorn");
} catch (e) {
    throw new Error("acorn is not installed: run `make install` (or `npm ci` in max_for_live/)");
}

function parseES5(source) {
    return acorn.parse(source, { ecmaVersion: 5, sourceType: "script" });
}

function scripts() {
    const found = [];
    (function walk(patcher) {
        for (const { box } of patcher.boxes) {
            if (box.maxclass === "newobj" && box.text.split(" ")[0] === "js") {
                found.push(box.text.split(" ")[1]);
            }
            if (box.patcher) {
                walk(box.patcher);
            }
        }
    })(JSON.parse(fs.readFileSync(path.join(DEVICE_DIR, "PadFusion.maxpat"), "utf8")).patcher);
    return found;
}

test("the patcher loads the device's scripts", () => {
    assert.deepEqual(scripts().sort(), ["liveapi_sampler.js", "padfusion.js"]);
});

for (const name of scripts()) {
    test(`${name} parses as ES5 and includes no other file`, () => {
        const source = fs.readFileSync(path.join(DEVICE_DIR, name), "utf8");
        assert.doesNotThrow(() => parseES5(source), (e) => `${name}: ${e.message}`);
        assert.doesNotMatch(source, /\binclude\s*\(/, "a frozen device keeps the scripts, not what they include");
    });
}

test("the check refuses what Max's js object refuses", () => {
    for (const modern of ["let x = 1;", "const f = () => 1;", "var s = `template`;", "class A {}",
        "for (var x of []) {}", "var {a} = {};", "function f(a = 1) {}"]) {
        assert.throws(() => parseES5(modern), SyntaxError, modern);
    }
});
