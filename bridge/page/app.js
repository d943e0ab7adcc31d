// The page: a card per pad (New, Var, Undo, Keep, MIDI learn, its knobs where the daemon has them, its current
// sample), the library (history and kept, filtered and sorted by descriptor), and the map of every sample placed
// by two descriptors, whose selection can be kept, varied or exported as a kit. Every new sample arrives as an
// event, whoever asked for it.

import * as api from "./api.js";
import { decode, drawSpectrogram, drawWaveform, play } from "./sound.js";

// What the browser test reads: how many times a sample started playing, and where the map drew each sample.
window.padfusion = { plays: 0, points: [] };

const DESCRIPTORS = { decay: "s", brightness: "Hz", pitch: "Hz", punch: "dB", tone: "dB" };
const COLOURS = ["#7fd1b9", "#f2c14e", "#e76f51", "#8ab4f8", "#c792ea", "#ff8fab", "#a3e635", "#fb923c"];
const $ = (id) => document.getElementById(id);
const state = { requests: {}, pads: [], samples: [], selected: new Set(), points: [] };

function element(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function say(text) {
  $("status").textContent = text;
}

const fileName = (path) => path.split(/[\\/]/).pop();
const padColour = (pad) => COLOURS[Math.max(0, state.pads.indexOf(pad)) % COLOURS.length];

function formatted(value, unit) {
  if (value === null || value === undefined) return "–";
  return `${Math.abs(value) >= 100 ? Math.round(value) : value.toFixed(2)} ${unit}`;
}

// The errors among a request's replies, said in the status line.
function report(replies) {
  for (const reply of replies.filter((r) => r.reply === "error")) say(`${reply.pad} ${reply.code}: ${reply.message}`);
  return replies;
}

function failed(error) {
  say(error.message);
}

// A sample: its waveform and spectrogram (click to hear), its record and descriptors, and ways to take it out of
// the page: drag (a file on Chromium under Windows and macOS), download, copy its path.
function sampleView(path) {
  const entry = state.samples.find((s) => s.path === path);
  const wave = element("canvas", { width: 480, height: 56, className: "waveform", title: "Play" });
  const spectrum = element("canvas", { width: 480, height: 110, className: "spectrogram", title: "Play" });
  const hear = () => play(path).catch(failed);
  wave.onclick = hear;
  spectrum.onclick = hear;
  const drag = element("span", { className: "drag", draggable: true, textContent: "⠿ drag out",
    title: "Drag into your DAW or a folder" });
  drag.addEventListener("dragstart", (event) => {
    const url = api.fileUrl(path);
    event.dataTransfer.effectAllowed = "copy";
    event.dataTransfer.setData("DownloadURL", `audio/wav:${fileName(path)}:${url}`);
    event.dataTransfer.setData("text/uri-list", `file://${path.startsWith("/") ? "" : "/"}${encodeURI(path.replaceAll("\\", "/"))}`);
    event.dataTransfer.setData("text/plain", path);
  });
  const copy = element("button", { textContent: "Copy path" });
  copy.onclick = () => navigator.clipboard.writeText(path).then(() => say(`copied ${path}`), failed);
  const actions = element("div", { className: "actions" },
    element("button", { textContent: "▶ Play", className: "play", onclick: hear }), drag,
    element("a", { href: api.fileUrl(path), download: fileName(path), textContent: "Download" }), copy);
  const view = element("div", { className: "sample" }, wave, spectrum, actions,
    element("div", { className: "info" }, describe(entry, path)));
  view.dataset.path = path;
  decode(path).then((buffer) => {
    drawWaveform(wave, buffer);
    drawSpectrogram(spectrum, buffer);
  }).catch(failed);
  return view;
}

function describe(entry, path) {
  if (!entry) return fileName(path);
  const recipe = [`seed ${entry.seed ?? "?"}`, entry.kind, entry.steps && `${entry.steps} steps`, entry.sampler,
    entry.strength && `strength ${entry.strength}`, entry.variation_of && `from ${entry.variation_of}`,
    entry.model && `model ${fileName(entry.model)}`, entry.kept && "★ kept"].filter(Boolean);
  const measured = Object.entries(DESCRIPTORS).map(([name, unit]) => `${name} ${formatted(entry.descriptors?.[name], unit)}`);
  return `${entry.name} · ${recipe.join(" · ")} · ${measured.join(" · ")}`;
}

// Pads -----------------------------------------------------------------------------------------------------

async function press(button, name, args) {
  button.classList.add("busy");
  try {
    report(await api.request(name, args));
  } catch (error) {
    failed(error);
  } finally {
    button.classList.remove("busy");
  }
}

function padCard(pad) {
  const strength = element("input", { type: "range", min: 0.05, max: 1, step: 0.05, value: 0.3, className: "strength",
    title: "How far Var strays from the sample (0.3 is subtle)" });
  const button = (label, action) => {
    const b = element("button", { textContent: label, className: label.toLowerCase() });
    b.onclick = () => action(b);
    return b;
  };
  const card = element("div", { className: "pad" },
    element("h3", {}, pad.pad, element("small", { className: "note" }, pad.note >= 0 ? `note ${pad.note}` : "no note")),
    element("div", { className: "buttons" },
      button("New", (b) => press(b, "generate", { pad: pad.pad })),
      button("Var", (b) => press(b, "variation", { pad: pad.pad, strength: Number(strength.value) })),
      button("Undo", (b) => press(b, "undo", { pad: pad.pad })),
      button("Keep", (b) => press(b, "keep", { pad: pad.pad })),
      button("Learn", (b) => {
        say(`play a note on your controller for ${pad.pad}…`);
        press(b, "learn", { target: pad.pad });
      }),
      strength),
    element("div", { className: "knobs" }),
    element("div", { className: "current" }, ...(pad.path ? [sampleView(pad.path)] : [])));
  card.dataset.pad = pad.pad;
  return card;
}

function card(pad) {
  return document.querySelector(`.pad[data-pad="${CSS.escape(pad)}"]`);
}

function showCurrent(pad, path) {
  card(pad)?.querySelector(".current").replaceChildren(sampleView(path));
}

// The pad's knobs and key, built from the daemon's `knobs` replies where it has that request (knob: its name,
// unit, range, and value as text, '' when free; key: a pitch class, '' for none). A slider sets a knob with
// `set_knob`, "free" leaves it to the model; the key is set with `set_key`.
const KEYS = ["", "C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"];

async function showKnobs(pad) {
  const box = card(pad).querySelector(".knobs");
  const replies = report(await api.request("knobs", { pad }));
  const rows = [];
  for (const knob of replies.filter((r) => r.reply === "knob")) {
    const readout = element("span", { className: "readout" });
    const slider = element("input", { type: "range", min: knob.min, max: knob.max, step: (knob.max - knob.min) / 100,
      title: knob.doc, className: `knob-${knob.knob}` });
    const show = (value) => {
      slider.value = value === "" ? (knob.min + knob.max) / 2 : Number(value);
      slider.classList.toggle("free", value === "");
      readout.textContent = value === "" ? "free" : `${Number(value).toPrecision(3)} ${knob.unit}`;
    };
    const set = (args) => api.request("set_knob", { pad, knob: knob.knob, ...args }).then((answer) => {
      const reply = report(answer).find((r) => r.reply === "knob");
      if (reply) show(reply.value);
    }, failed);
    slider.oninput = () => { readout.textContent = `${Number(slider.value).toPrecision(3)} ${knob.unit}`; };
    slider.onchange = () => set({ value: Number(slider.value) });
    const free = element("button", { textContent: "free", title: "Leave it to the model", onclick: () => set({}) });
    show(knob.value);
    rows.push(element("label", { textContent: knob.knob }), slider, readout, free);
  }
  const key = replies.find((r) => r.reply === "key");
  if (key && state.requests.set_key) {
    const select = element("select", { className: "key", title: "The song's key: tonal samples land on its root" },
      ...KEYS.map((k) => element("option", { value: k, textContent: k || "none" })));
    select.value = key.key;
    select.onchange = () => api.request("set_key", { key: select.value, pad }).then(report, failed);
    rows.push(element("label", { textContent: "key" }), select);
  }
  box.replaceChildren(...rows);
}

// The library and the map -----------------------------------------------------------------------------------

async function refreshLibrary() {
  state.samples = (await api.library()).samples;
  const known = new Set(state.samples.map((s) => s.path));
  state.selected = new Set([...state.selected].filter((path) => known.has(path)));
  renderLibrary();
  renderMap();
}

// The library's entry for the sample at `path` (new, or newly kept), fetched alone: a library of thousands is
// read whole only when the page opens.
async function updateLibrary(path) {
  for (const sample of (await api.library(path)).samples) {
    const same = state.samples.findIndex((s) => s.pad === sample.pad && s.name === sample.name);
    if (same >= 0) state.samples[same] = sample;
    else state.samples.push(sample);
  }
  renderLibrary();
  renderMap();
}

function shown() {
  const pad = $("filter-pad").value;
  const key = $("sort").value;
  const samples = state.samples.filter((s) => (!pad || s.pad === pad) && (!$("filter-kept").checked || s.kept));
  const value = (s) => (key === "name" ? s.name : s.descriptors?.[key] ?? -Infinity);
  return samples.sort((a, b) => (value(a) < value(b) ? 1 : value(a) > value(b) ? -1 : 0));
}

function renderLibrary() {
  const rows = shown().map((sample) => {
    const tick = element("input", { type: "checkbox", checked: state.selected.has(sample.path), title: "Select" });
    tick.onclick = (event) => {
      event.stopPropagation();
      select(sample.path, tick.checked);
    };
    const row = element("tr", { className: state.selected.has(sample.path) ? "selected" : "" },
      element("td", {}, tick),
      element("td", { style: `color: ${padColour(sample.pad)}` }, sample.pad),
      element("td", {}, sample.name.replace(/_seed.*/, "").replace(/^(\d{4})(\d\d)(\d\d)-(\d\d)(\d\d)(\d\d).*/, "$1-$2-$3 $4:$5:$6")),
      element("td", {}, `seed ${sample.seed ?? "?"}`),
      element("td", { className: "kept" }, sample.kept ? "★" : ""),
      ...Object.entries(DESCRIPTORS).map(([name, unit]) => element("td", {}, formatted(sample.descriptors?.[name], unit))));
    row.dataset.path = sample.path;
    row.onclick = () => audition(sample.path);
    return row;
  });
  $("library").tBodies[0].replaceChildren(...rows);
  $("library").tHead.rows[0].replaceChildren(...["", "pad", "made", "seed", "kept", ...Object.keys(DESCRIPTORS)]
    .map((name) => element("th", { textContent: name })));
}

function audition(path) {
  $("detail").replaceChildren(sampleView(path));
  play(path).catch(failed);
}

function select(path, on) {
  if (on) state.selected.add(path);
  else state.selected.delete(path);
  $("selected").textContent = state.selected.size ? `${state.selected.size} selected` : "nothing selected";
  renderLibrary();
  renderMap();
}

// Where an axis places a value, from 0 to 1: frequencies on a log scale, as they are heard.
function scale(name, values) {
  const log = DESCRIPTORS[name] === "Hz";
  const f = (v) => (log ? Math.log(Math.max(v, 1)) : v);
  const low = Math.min(...values.map(f)), high = Math.max(...values.map(f));
  return (v) => (high > low ? (f(v) - low) / (high - low) : 0.5);
}

function renderMap() {
  const canvas = $("map");
  const g = canvas.getContext("2d");
  const [xName, yName] = [$("map-x").value, $("map-y").value];
  const margin = 30;
  g.clearRect(0, 0, canvas.width, canvas.height);
  g.fillStyle = "#9aa1b1";
  g.font = "12px system-ui";
  g.fillText(`${xName} (${DESCRIPTORS[xName]}) →`, canvas.width - 140, canvas.height - 8);
  g.save();
  g.rotate(-Math.PI / 2);
  g.fillText(`${yName} (${DESCRIPTORS[yName]}) →`, -140, 14);
  g.restore();
  const placed = state.samples.filter((s) => typeof s.descriptors?.[xName] === "number" && typeof s.descriptors?.[yName] === "number");
  const sx = scale(xName, placed.map((s) => s.descriptors[xName]));
  const sy = scale(yName, placed.map((s) => s.descriptors[yName]));
  state.points = placed.map((sample) => ({
    sample,
    x: margin + sx(sample.descriptors[xName]) * (canvas.width - 2 * margin),
    y: canvas.height - margin - sy(sample.descriptors[yName]) * (canvas.height - 2 * margin),
  }));
  for (const { sample, x, y } of state.points) {
    g.beginPath();
    g.arc(x, y, 5, 0, 2 * Math.PI);
    g.fillStyle = padColour(sample.pad);
    g.fill();
    if (state.selected.has(sample.path) || sample.kept) {
      g.lineWidth = 2;
      g.strokeStyle = state.selected.has(sample.path) ? "#ffffff" : "#f2c14e";
      g.stroke();
    }
  }
  $("legend").replaceChildren(...state.pads.map((pad) => element("span", { textContent: `● ${pad}`, style: `color: ${padColour(pad)}` })));
  canvas.dataset.points = state.points.length;
  window.padfusion.points = state.points;
}

// Click a point to hear it; shift-click to add it to the selection or take it out; drag a box to select.
function mapEvents() {
  const canvas = $("map");
  let start = null;
  const at = (event) => {
    const box = canvas.getBoundingClientRect();
    return { x: (event.clientX - box.left) * canvas.width / box.width, y: (event.clientY - box.top) * canvas.height / box.height };
  };
  canvas.onmousedown = (event) => { start = at(event); };
  canvas.onmouseup = (event) => {
    const end = at(event);
    if (start && Math.hypot(end.x - start.x, end.y - start.y) > 6) {
      const [x0, x1] = [start.x, end.x].sort((a, b) => a - b), [y0, y1] = [start.y, end.y].sort((a, b) => a - b);
      for (const p of state.points) if (p.x >= x0 && p.x <= x1 && p.y >= y0 && p.y <= y1) state.selected.add(p.sample.path);
      select(null, false);
    } else {
      const nearest = state.points.map((p) => ({ p, d: Math.hypot(p.x - end.x, p.y - end.y) })).sort((a, b) => a.d - b.d)[0];
      if (nearest && nearest.d < 10) {
        if (event.shiftKey) select(nearest.p.sample.path, !state.selected.has(nearest.p.sample.path));
        else audition(nearest.p.sample.path);
      }
    }
    start = null;
  };
}

function selectionEvents() {
  const chosen = () => state.samples.filter((s) => state.selected.has(s.path));
  $("select-none").onclick = () => {
    state.selected.clear();
    select(null, false);
  };
  $("keep-selection").onclick = () => api.keep(chosen())
    .then((answers) => say(`kept ${answers.filter(([reply]) => reply.reply === "kept").length}`), failed);
  $("vary-selection").onclick = async () => { // one at a time: a pad's newer request would replace its waiting one
    for (const sample of chosen()) {
      const strength = Number(card(sample.pad)?.querySelector(".strength").value ?? 0.3);
      report(await api.request("variation", { pad: sample.pad, strength, file: sample.path }));
    }
  };
  $("export-selection").onclick = () => api.exportKit($("kit-name").value, chosen().map((s) => s.path))
    .then((answer) => {
      document.body.dataset.exported = answer.path;
      say(`kit written to ${answer.path}`);
    }, failed);
}

// Start ------------------------------------------------------------------------------------------------------

async function start() {
  const autoplay = $("autoplay");
  autoplay.checked = localStorage.getItem("padfusion.autoplay") !== "false";
  autoplay.onchange = () => localStorage.setItem("padfusion.autoplay", autoplay.checked);
  for (const request of await api.requests()) state.requests[request.name] = request;
  const pads = report(await api.request("pads")).filter((r) => r.reply === "pad");
  state.pads = pads.map((p) => p.pad);
  $("pads").replaceChildren(...pads.map(padCard));
  if (state.requests.knobs) for (const pad of state.pads) showKnobs(pad).catch(failed);
  $("filter-pad").append(...state.pads.map((pad) => element("option", { value: pad, textContent: pad })));
  $("sort").append(...Object.keys(DESCRIPTORS).map((name) => element("option", { value: name, textContent: name })));
  for (const [id, chosen] of [["map-x", "brightness"], ["map-y", "decay"]]) {
    $(id).append(...Object.keys(DESCRIPTORS).map((name) => element("option", { value: name, textContent: name })));
    $(id).value = chosen;
    $(id).onchange = renderMap;
  }
  for (const id of ["filter-pad", "filter-kept", "sort"]) $(id).onchange = renderLibrary;
  mapEvents();
  selectionEvents();
  say("reading the library…");
  await refreshLibrary().catch(failed);
  const events = api.listen({
    ready: async (reply) => {
      await updateLibrary(reply.path).catch(failed);
      showCurrent(reply.pad, reply.path);
      say(`${reply.pad}: new sample, seed ${reply.seed}`);
      if (autoplay.checked) play(reply.path).catch(failed);
    },
    kept: (reply) => {
      say(`${reply.pad}: kept ${fileName(reply.path)}`);
      updateLibrary(reply.path).catch(failed);
    },
    learned: (reply) => {
      say(`learned: ${reply.target} on ${reply.kind} ${reply.number}`);
      api.request("pads").then((replies) => {
        for (const p of replies.filter((r) => r.reply === "pad")) {
          card(p.pad).querySelector(".note").textContent = p.note >= 0 ? `note ${p.note}` : "no note";
        }
      }, failed);
    },
    error: (reply) => say(`${reply.pad} ${reply.code}: ${reply.message}`),
  });
  events.onopen = () => { document.body.dataset.listening = "yes"; };
  events.onerror = () => { // the browser retries a dropped stream; a restarted daemon has a new token
    if (events.readyState === EventSource.CLOSED) say("lost the daemon (stopped or restarted): reload the page");
  };
  const [status] = await api.request("status");
  say(`${status.state}, on ${status.device}; ${state.samples.length} samples in the library`);
}

start().catch(failed);
