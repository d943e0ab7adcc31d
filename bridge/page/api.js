// The daemon's HTTP API (bridge/web.py): the table's requests, the page's own routes, the event stream. Every
// call carries this run's token, which only the page the daemon served holds.

const token = document.querySelector('meta[name="padfusion-token"]').content;
const HEADERS = { "content-type": "application/json", "x-padfusion-token": token };

async function post(url, body) {
  const response = await fetch(url, { method: "POST", headers: HEADERS, body: JSON.stringify(body) });
  const answer = await response.json();
  if (!response.ok && answer.error) throw new Error(answer.error);
  return answer;
}

// A request of the protocol table, e.g. request("generate", {pad: "kick"}): its replies, as the daemon names them.
export async function request(name, args = {}) {
  return (await post(`/api/${name}`, args)).replies;
}

// The requests the daemon takes (GET /api), each as `padfusion protocol --json` describes it, with its name.
export async function requests() {
  const response = await fetch("/api", { headers: HEADERS });
  return (await response.json()).requests;
}

// Every sample in history and kept/, or with a path the one sample there.
export async function library(path) {
  const response = await fetch(path ? `/library?path=${encodeURIComponent(path)}` : "/library", { headers: HEADERS });
  return response.json();
}

// Keep each of the samples (the table's keep, of a named file): their kept replies.
export const keep = (samples) => Promise.all(samples.map((s) => request("keep", { pad: s.pad, file: s.path })));
export const exportKit = (name, paths) => post("/export", { name, paths });

// The URL of a sample's WAV: for <audio>, fetch, downloads and dragging out (the token rides in the query).
export function fileUrl(path) {
  return `${location.origin}/file?path=${encodeURIComponent(path)}&token=${encodeURIComponent(token)}`;
}

// Every `ready`, `kept`, `learned` and `error` reply, whoever asked: handlers[reply](event).
export function listen(handlers) {
  const source = new EventSource(`/events?token=${encodeURIComponent(token)}`);
  for (const [name, handler] of Object.entries(handlers)) {
    source.addEventListener(name, (message) => handler(JSON.parse(message.data)));
  }
  return source;
}
