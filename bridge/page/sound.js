// Hearing and seeing a sample in the page: Web Audio decodes and plays it; a waveform and a spectrogram are drawn
// from the decoded samples on canvases (a short-time Fourier transform, Hann windows, log-spaced frequencies).

import { fileUrl } from "./api.js";

const FFT_SIZE = 1024;
const HOP = 128;
const FLOOR_DB = -90;
const LOWEST_HZ = 30;

let context = null;
const decoded = new Map(); // path -> Promise<AudioBuffer>

function audioContext() {
  context = context || new AudioContext();
  return context;
}

export function decode(path) {
  if (!decoded.has(path)) {
    decoded.set(path, fetch(fileUrl(path))
      .then((response) => {
        if (!response.ok) throw new Error(`cannot fetch ${path}: ${response.status}`);
        return response.arrayBuffer();
      })
      .then((data) => audioContext().decodeAudioData(data))
      .catch((error) => { decoded.delete(path); throw error; }));
  }
  return decoded.get(path);
}

// Play a sample from its start; resolves once it has started.
export async function play(path) {
  const buffer = await decode(path);
  const audio = audioContext();
  if (audio.state === "suspended") await audio.resume();
  const source = audio.createBufferSource();
  source.buffer = buffer;
  source.connect(audio.destination);
  source.start();
  window.padfusion.plays += 1;
  document.body.dataset.lastPlayed = path;
}

function mono(buffer) {
  const out = new Float32Array(buffer.length);
  for (let c = 0; c < buffer.numberOfChannels; c++) {
    const data = buffer.getChannelData(c);
    for (let i = 0; i < out.length; i++) out[i] += data[i] / buffer.numberOfChannels;
  }
  return out;
}

export function drawWaveform(canvas, buffer) {
  const g = canvas.getContext("2d");
  const x = mono(buffer);
  const { width, height } = canvas;
  g.clearRect(0, 0, width, height);
  g.fillStyle = "#7fd1b9";
  const per = x.length / width;
  for (let col = 0; col < width; col++) {
    let low = 0, high = 0;
    for (let i = Math.floor(col * per); i < Math.floor((col + 1) * per); i++) {
      low = Math.min(low, x[i]);
      high = Math.max(high, x[i]);
    }
    g.fillRect(col, (1 - high) * height / 2, 1, Math.max(1, (high - low) * height / 2));
  }
  canvas.dataset.drawn = "waveform";
}

// In-place iterative radix-2 FFT of (re, im), length a power of two.
function fft(re, im) {
  const n = re.length;
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    if (i < j) { [re[i], re[j]] = [re[j], re[i]]; [im[i], im[j]] = [im[j], im[i]]; }
  }
  for (let size = 2; size <= n; size <<= 1) {
    const step = -2 * Math.PI / size;
    for (let start = 0; start < n; start += size) {
      for (let k = 0; k < size / 2; k++) {
        const wr = Math.cos(step * k), wi = Math.sin(step * k);
        const a = start + k, b = a + size / 2;
        const tr = re[b] * wr - im[b] * wi, ti = re[b] * wi + im[b] * wr;
        re[b] = re[a] - tr; im[b] = im[a] - ti;
        re[a] += tr; im[a] += ti;
      }
    }
  }
}

// A level from 0 (silence) to 1 (the loudest) as a colour: black, violet, orange, yellow.
const STOPS = [[0, 0, 0], [80, 20, 120], [230, 90, 40], [255, 235, 90]];

function colour(level) {
  const t = Math.min(1, Math.max(0, level)) * (STOPS.length - 1);
  const i = Math.min(STOPS.length - 2, Math.floor(t));
  return STOPS[i].map((c, k) => c + (STOPS[i + 1][k] - c) * (t - i));
}

export function drawSpectrogram(canvas, buffer) {
  const x = mono(buffer);
  const { width, height } = canvas;
  const frames = Math.max(1, Math.floor((x.length - FFT_SIZE) / HOP) + 1);
  const window = Float32Array.from({ length: FFT_SIZE }, (_, i) => 0.5 - 0.5 * Math.cos(2 * Math.PI * i / FFT_SIZE));
  const nyquist = buffer.sampleRate / 2;
  const levels = []; // per frame, the dB of each bin
  let loudest = -Infinity;
  for (let f = 0; f < frames; f++) {
    const re = new Float32Array(FFT_SIZE), im = new Float32Array(FFT_SIZE);
    for (let i = 0; i < FFT_SIZE; i++) re[i] = (x[f * HOP + i] || 0) * window[i];
    fft(re, im);
    const db = new Float32Array(FFT_SIZE / 2);
    for (let k = 0; k < db.length; k++) {
      db[k] = 10 * Math.log10(re[k] * re[k] + im[k] * im[k] + 1e-20);
      loudest = Math.max(loudest, db[k]);
    }
    levels.push(db);
  }
  const image = canvas.getContext("2d").createImageData(width, height);
  for (let row = 0; row < height; row++) {
    const hz = LOWEST_HZ * Math.pow(nyquist / LOWEST_HZ, 1 - row / (height - 1)); // top: highest
    const bin = Math.min(FFT_SIZE / 2 - 1, Math.round(hz / nyquist * (FFT_SIZE / 2)));
    for (let col = 0; col < width; col++) {
      const db = levels[Math.floor(col * frames / width)][bin] - loudest;
      const [r, g, b] = colour(1 - db / FLOOR_DB);
      const at = 4 * (row * width + col);
      image.data.set([r, g, b, 255], at);
    }
  }
  canvas.getContext("2d").putImageData(image, 0, 0);
  canvas.dataset.drawn = "spectrogram";
}
