"""The page's HTTP API and event stream against a real daemon on loopback: every request of the table through
the API, events for presses from elsewhere (OSC, MIDI), the page served offline by a real `padfusion serve`,
and the security cases (a foreign Host, a foreign Origin, no token, paths that lead out)."""

import http.client
import json
import os
import queue
import re
import threading
from pathlib import Path

import pytest

from bridge_support import PADS, free_tcp_port, read_index
from conftest import run_cli
from padfusion.bridge.config import ConfigError, Settings
from padfusion.bridge.requests import REQUESTS
from padfusion.bridge.web import API, PAGE, TOKEN_HEADER, markdown
from test_midi import JACK, connected, jack, note  # noqa: F401 (jack: the JACK server fixture)


class Http:
    """A plain HTTP client for the daemon's page, as its own page asks (Host, token) unless told otherwise."""

    def __init__(self, port: int, token: str):
        self.port, self.token = port, token
        self.host = f"127.0.0.1:{port}"

    def call(self, method: str, path: str, body=None, headers=None, token=True, timeout=60):
        """(status, headers, body bytes)"""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        sent = {"Host": self.host} | ({TOKEN_HEADER: self.token} if token else {}) | (headers or {})
        data = body if isinstance(body, bytes | None) else json.dumps(body).encode()
        if data is not None:
            sent.setdefault("Content-Type", "application/json")
        connection.request(method, path, data, sent)
        response = connection.getresponse()
        answer = response.status, dict(response.getheaders()), response.read()
        connection.close()
        return answer

    def ask(self, name: str, body=None, **options) -> list[dict]:
        """A request of the table; its replies (status 200)."""
        status, _, data = self.call("POST", f"/api/{name}", {} if body is None else body, **options)
        assert status == 200, (status, data)
        return json.loads(data)["replies"]

    def events(self) -> queue.Queue:
        """The event stream, read on a thread of its own into a queue of (event, data)."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=120)
        connection.request("GET", f"/events?token={self.token}", headers={"Host": self.host})
        response = connection.getresponse()
        assert response.status == 200 and response.getheader("content-type").startswith("text/event-stream")
        events = queue.Queue()

        def read():
            name = None
            for line in response:
                line = line.decode().rstrip("\n")
                if line.startswith("event: "):
                    name = line[7:]
                elif line.startswith("data: "):
                    events.put((name, json.loads(line[6:])))

        threading.Thread(target=read, daemon=True).start()
        return events


def next_event(events: queue.Queue, name: str, timeout: float = 60, **match) -> dict:
    while True:
        event, data = events.get(timeout=timeout)
        if event == name and all(data.get(k) == v for k, v in match.items()):
            return data


@pytest.fixture
def web(serve):
    """(daemon, Http) for an in-process daemon serving the page on a free port."""
    daemon = serve(web_port=free_tcp_port(), pool_depth=0)
    return daemon, Http(daemon.web.port, daemon.web.token)


def test_every_request_of_the_table_answers_over_http_as_over_osc(web):
    daemon, http = web
    asked = set()

    def ask(name, body=None):
        asked.add(name)
        return http.ask(name, body)

    assert ask("ping") == [{"reply": "pong"}]
    (status,) = ask("status")
    assert status["reply"] == "status" and status["state"] in ("idle", "generating")
    assert [p["pad"] for p in ask("pads")] == list(PADS)
    (ready,) = ask("generate", {"pad": "kick", "seed": 5})
    assert ready["reply"] == "ready" and ready["seed"] == 5 and Path(ready["path"]).is_file()
    (again,) = ask("recall", {"pad": "kick", "seed": 5})
    assert again["seed"] == 5 and again["path"] != ready["path"]
    (varied,) = ask("variation", {"pad": "kick", "strength": 0.3, "file": ready["path"]})
    assert varied["reply"] == "ready" and Path(varied["path"]).is_file()
    (undone,) = ask("undo", {"pad": "kick"})
    assert undone == {"reply": "ready", "pad": "kick", "path": again["path"], "seed": 5, "ms": undone["ms"],
                      "recipe": undone["recipe"], "id": 0}
    assert json.loads(undone["recipe"])["seed"] == 5
    (kept,) = ask("keep", {"pad": "kick"})
    assert kept["reply"] == "kept" and Path(kept["path"]).read_bytes() == Path(again["path"]).read_bytes()
    (pinned,) = ask("pin", {"pad": "kick", "file": again["path"], "id": 4})
    assert (pinned["reply"], pinned["id"], Path(pinned["path"]).name) == ("pinned", 4, Path(again["path"]).name)
    (remade,) = ask("remake", {"pad": "kick", "recipe": undone["recipe"]})
    assert remade["reply"] == "ready" and remade["seed"] == 5
    (learn,) = ask("learn", {"target": "kick"})
    assert (learn["reply"], learn["code"]) == ("error", "midi")  # this daemon has no MIDI input
    if "knobs" in API:  # issue 25's steering, where merged
        knobs = ask("knobs", {"pad": "kick"})
        assert {r["reply"] for r in knobs} == {"knob", "key"} and "decay" in [r.get("knob") for r in knobs]
        (knob,) = ask("set_knob", {"pad": "kick", "knob": "decay", "value": 0.3})
        assert (knob["reply"], knob["knob"], float(knob["value"])) == ("knob", "decay", 0.3)
        (key,) = ask("set_key", {"key": "F", "pad": "kick"})
        assert (key["reply"], key["pad"], key["key"]) == ("key", "kick", "F")
    assert asked == set(API) == {r.name for r in REQUESTS} - {"hello"}  # hello is OSC's own business
    assert [line["seed"] for line in read_index(daemon.output.root)] == [5, 5, varied["seed"], 5]


BAD_REQUESTS = [
    ("generate", {"pad": "kick", "steps": -1}, "bad_args"),
    ("generate", {"pad": "kick", "seed": "1"}, "bad_args"),
    ("generate", {"pad": "kick", "colour": 1}, "bad_args"),
    ("generate", {}, "bad_args"),
    ("generate", {"pad": "cowbell"}, "unknown_pad"),
    ("keep", {"pad": "snare"}, "no_sample"),
    ("variation", {"pad": "kick", "strength": 0.3, "file": "/etc/passwd"}, "forbidden_path"),
]


def test_bad_requests_get_the_error_reply_osc_would_send(web):
    _, http = web
    for name, body, code in BAD_REQUESTS:
        (error,) = http.ask(name, body)
        assert (error["reply"], error["code"]) == ("error", code), (name, body, error)


def test_what_is_no_request_is_refused(web):
    _, http = web
    status, _, data = http.call("POST", "/api/hello", {"reply_port": 9})
    assert status == 404 and json.loads(data)["replies"][0]["code"] == "unknown_address"
    for body in (b"[1]", b"not json"):
        status, _, _ = http.call("POST", "/api/ping", body)
        assert status == 400


def test_every_new_sample_is_an_event_whoever_asked(web, client):
    daemon, http = web
    events = http.events()
    client.send("generate", "snare")  # OSC
    osc = next_event(events, "ready", pad="snare")
    assert Path(osc["path"]).is_file()
    (kept,) = http.ask("keep", {"pad": "snare"})
    assert next_event(events, "kept") == kept
    (http_ready,) = http.ask("generate", {"pad": "hihat"})
    assert next_event(events, "ready", pad="hihat") == http_ready


@pytest.mark.jack
@pytest.mark.usefixtures("jack")
def test_a_midi_press_is_an_event_too(serve):
    daemon = serve(web_port=free_tcp_port(), pool_depth=0, midi="virtual", midi_backend=JACK)
    events = Http(daemon.web.port, daemon.web.token).events()
    with connected("PadFusion:PadFusion") as keys:
        keys.send(note(38))
        ready = next_event(events, "ready", pad="snare")
    assert ready["path"] == str(daemon.output.root / read_index(daemon.output.root, 1)[0]["path"])


def test_the_library_holds_history_and_kept_with_descriptors_and_serves_their_files(web):
    daemon, http = web
    (ready,) = http.ask("generate", {"pad": "perc", "seed": 3})
    http.ask("keep", {"pad": "perc"})
    status, _, data = http.call("GET", "/library")
    (sample,) = json.loads(data)["samples"]
    assert sample["path"] == ready["path"] and sample["kept"] and sample["seed"] == 3 and sample["pad"] == "perc"
    assert set(sample["descriptors"]) == {"decay", "brightness", "pitch", "punch", "tone"}
    by_hand = daemon.output.root / "kept" / "perc" / "by-hand.wav"  # no index record: measured, and remembered
    by_hand.write_bytes(Path(ready["path"]).read_bytes())
    samples = json.loads(http.call("GET", "/library")[2])["samples"]
    assert [set(s["descriptors"]) for s in samples if s["name"] == "by-hand.wav"] == [set(sample["descriptors"])]
    remembered = [json.loads(line) for line in (daemon.output.root / ".descriptors.jsonl").read_text().splitlines()]
    assert str(by_hand) in [line["path"] for line in remembered]
    kept = daemon.output.root / "kept" / "perc" / Path(ready["path"]).name
    (one,) = json.loads(http.call("GET", f"/library?path={kept}")[2])["samples"]  # a sample by its kept copy
    assert one == sample
    assert http.call("GET", "/library?path=/etc/passwd")[0] == 403
    status, headers, wav = http.call("GET", f"/file?path={ready['path']}&token={http.token}", token=False)
    assert status == 200 and headers["content-type"] == "audio/wav" and wav == Path(ready["path"]).read_bytes()


def test_a_selection_is_kept_and_exported_as_a_kit_under_the_output_folder(web):
    daemon, http = web
    made = [http.ask("generate", {"pad": pad})[0]["path"] for pad in ("kick", "snare")]
    made.append(http.ask("generate", {"pad": "kick"})[0]["path"])
    kept = [http.ask("keep", {"pad": Path(p).parent.name, "file": p})[0]["path"] for p in made[:2]]
    assert [Path(p).parent.parent for p in kept] == [daemon.output.root / "kept"] * 2
    status, _, data = http.call("POST", "/export", {"name": "../../Night kit", "paths": made})
    kit = Path(json.loads(data)["path"])
    assert status == 200 and kit.parent == daemon.output.root / "kits", data
    assert {p.suffix for p in kit.iterdir()} >= {".wav", ".sfz", ".dspreset", ".xml"}
    assert len(list(kit.glob("*.wav"))) == 3


def test_the_page_is_served_with_its_own_modules_only(web):
    _, http = web
    status, headers, html = http.call("GET", "/", token=False)
    assert status == 200 and f'content="{http.token}"' in html.decode()
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    assets = {"/page/" + p.name for p in PAGE.iterdir() if p.suffix in (".js", ".css")}
    referenced = set(re.findall(r'(?:src|href)="(/page/[^"]+)"', html.decode()))
    for asset in sorted(assets):
        status, _, text = http.call("GET", asset, token=False)
        assert status == 200
        referenced |= {"/page/" + name for name in re.findall(r'from "\./([^"]+)"', text.decode())}
        assert not re.search(r"https?://", text.decode()), f"{asset} reaches outside the daemon"
    assert referenced <= assets and "/page/app.js" in referenced
    for escape in ("/page/..%2fweb.py", "/page/%2e%2e/web.py", "/page/../web.py"):
        assert http.call("GET", escape, token=False)[0] == 404, escape


# Security -------------------------------------------------------------------------------------------------

def test_a_foreign_host_is_refused_whatever_it_asks(web):
    """A DNS name rebound to 127.0.0.1 carries its own Host: the page, the API and the files all refuse it."""
    daemon, http = web
    for host in ("evil.example", f"evil.example:{http.port}", "127.0.0.1", "127.0.0.1:1",
                 f"127.0.0.1.evil:{http.port}"):
        for method, path in (("GET", "/"), ("POST", "/api/generate"), ("GET", "/library")):
            status, _, _ = http.call(method, path, {"pad": "kick"}, headers={"Host": host})
            assert status == 403, (host, path)
    for host in (f"localhost:{http.port}", f"[::1]:{http.port}"):  # its own names
        assert http.call("GET", "/", headers={"Host": host})[0] == 200
    assert read_index(daemon.output.root) == []


def test_what_another_site_sends_is_refused(web):
    daemon, http = web
    for headers in ({"Origin": "http://evil.example"}, {"Origin": "http://127.0.0.1:1"}, {"Origin": "null"},
                    {"Sec-Fetch-Site": "cross-site"}, {"Sec-Fetch-Site": "same-site"}, {TOKEN_HEADER: "guessed"}):
        for method, path, body in (("POST", "/api/generate", {"pad": "kick"}), ("POST", "/api/keep", {"pad": "kick"}),
                                   ("GET", "/library", None), ("GET", "/events", None)):
            status, response_headers, _ = http.call(method, path, body, headers=headers)
            assert status == 403 and not any(h.lower().startswith("access-control") for h in response_headers)
    assert read_index(daemon.output.root) == []


def test_without_the_token_nothing_is_pressed_read_or_streamed(web):
    daemon, http = web
    for method, path in (("POST", "/api/generate"), ("GET", "/library"), ("GET", "/events"), ("POST", "/api/keep"),
                         ("POST", "/export"), ("GET", "/file?path=kick.wav"), ("DELETE", "/file?path=kick.wav"),
                         ("OPTIONS", "/api/generate")):
        status, headers, _ = http.call(method, path, {"pad": "kick"}, token=False)
        assert status == 403 and not any(h.lower().startswith("access-control") for h in headers)
    # the token in the query is for what a browser fetches by URL, not for a press
    status, _, _ = http.call("POST", f"/api/generate?token={http.token}", {"pad": "kick"}, token=False)
    assert status == 403 and read_index(daemon.output.root) == []


def test_nothing_deletes_a_sample(web):
    """Nothing a user made is lost: the API has no way to delete, with the token or without."""
    daemon, http = web
    (ready,) = http.ask("generate", {"pad": "kick"})
    for path in (f"/file?path={ready['path']}", "/library", "/api/generate"):
        assert http.call("DELETE", path)[0] == 405
    assert Path(ready["path"]).is_file() and daemon.output.pad_path("kick").is_file()


def test_files_come_from_the_output_folder_only(web, tmp_path):
    daemon, http = web
    root = daemon.output.root
    secret = tmp_path / "secret.wav"
    secret.write_bytes(b"RIFF....WAVE")
    (root / "history" / "kick" / "link.wav").symlink_to(secret)
    for path in ("../secret.wav", str(secret), "history/kick/link.wav", "history/../../secret.wav"):
        status, _, _ = http.call("GET", f"/file?path={path}&token={http.token}", token=False)
        assert status == 403, path
        (refused,) = http.ask("keep", {"pad": "kick", "file": path})
        assert refused["reply"] == "error" and list((root / "kept").rglob("*.wav")) == [], path
    status, _, _ = http.call("GET", f"/file?path=index.jsonl&token={http.token}", token=False)
    assert status == 404
    (root / "kits").symlink_to(tmp_path)
    (ready,) = http.ask("generate", {"pad": "kick"})
    status, _, _ = http.call("POST", "/export", {"name": "kit", "paths": [ready["path"]]})
    assert status == 403 and list(tmp_path.glob("kit*")) == []


# Settings, the real process ----------------------------------------------------------------------------------

def test_web_port_0_serves_no_page_and_a_bad_port_is_refused(serve):
    assert serve(web_port=0).web is None
    with pytest.raises(ConfigError, match="web_port must be a TCP port number"):
        Settings(web_port=70000)


def test_a_real_daemon_offline_from_the_hub_serves_the_page(process, tmp_path):
    port = free_tcp_port()
    daemon = process(None, "--web-port", str(port))
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", "/", headers={"Host": f"localhost:{port}"})
    response = connection.getresponse()
    html = response.read().decode()
    token = re.search(r'name="padfusion-token" content="([^"]+)"', html).group(1)
    assert response.status == 200 and "/page/app.js" in html
    http_ = Http(port, token)
    assert http_.ask("ping") == [{"reply": "pong"}]
    (ready,) = http_.ask("generate", {"pad": "kick"})
    assert Path(ready["path"]).is_file()
    assert daemon.signal() == 0


def test_open_shows_the_page_of_the_running_daemon_or_says_none_serves_it(web):
    daemon, http = web
    env = dict(os.environ, BROWSER="true")  # a browser that opens nothing
    opened = run_cli("open", "--web-port", http.port, env=env)
    assert opened.stdout.strip() == daemon.web.url
    refused = run_cli("open", "--web-port", free_tcp_port(), env=env, check=False)
    assert refused.returncode == 2 and "start the daemon with `padfusion serve`" in refused.stderr


def test_the_protocol_page_lists_the_http_api():
    text = (Path(__file__).resolve().parents[1] / "docs" / "protocol.md").read_text()
    section = re.search(r"<!-- http-table -->\n(.*?)<!-- /http-table -->", text, re.S)
    assert section and section[1] == markdown(), "regenerate it: python -c 'from padfusion.bridge import web; " \
                                                 "print(web.markdown())'"
