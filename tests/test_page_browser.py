"""The page in a real browser: Debian's Chromium, headless, driven by Playwright (which is pointed at it and never
downloads a browser of its own). A producer presses New, sees and hears the sample, keeps it, finds it in the
library and on the map, and exports a kit; a page of another site, in the same browser, can do none of it.

PADFUSION_SCREENSHOT=FILE.png saves a screenshot of the producer's page."""

import http.server
import os
import shutil
import threading
from pathlib import Path

import pytest

from bridge_support import free_tcp_port, read_index

pytestmark = pytest.mark.chromium
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def browser():
    if CHROMIUM is None:
        pytest.skip("Chromium is not installed (apt install chromium)")
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--autoplay-policy=no-user-gesture-required"])
        yield browser
        browser.close()


@pytest.fixture
def page(browser, serve):
    """(daemon, page) with the daemon's page open in a fresh browser context."""
    daemon = serve(web_port=free_tcp_port(), pool_depth=0)
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    problems = []
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.goto(daemon.web.url)
    page.wait_for_selector('body[data-listening="yes"] .pad[data-pad="kick"]')
    yield daemon, page
    context.close()
    assert problems == []


def test_press_see_hear_keep_find_and_export(page):
    daemon, page = page
    kick = page.locator('.pad[data-pad="kick"]')
    kick.locator("button.new").click()
    spectrogram = kick.locator('.current canvas.spectrogram[data-drawn="spectrogram"]')
    spectrogram.wait_for()
    (record,) = read_index(daemon.output.root, 1)
    path = str(daemon.output.root / record["path"])
    assert kick.locator(".current .sample").get_attribute("data-path") == path
    page.wait_for_function("window.padfusion.plays >= 1")  # played as it landed
    kick.locator(".current button.play").click()
    page.wait_for_function("window.padfusion.plays >= 2")

    kick.locator("button.keep").click()
    row = page.locator(f'#library tr[data-path="{path}"]')
    row.locator("td.kept", has_text="★").wait_for()
    assert (daemon.output.root / "kept" / "kick" / Path(path).name).is_file()
    assert page.locator("#map").get_attribute("data-points") == "1"

    page.locator("#map").click(position=map_position(page, path))  # auditions it
    page.wait_for_function(f"document.body.dataset.lastPlayed === {path!r}")
    row.locator("input[type=checkbox]").check()
    page.fill("#kit-name", "browser kit")
    page.locator("#export-selection").click()
    page.wait_for_selector("body[data-exported]")
    kit = Path(page.locator("body").get_attribute("data-exported"))
    assert kit.parent == daemon.output.root / "kits" and len(list(kit.glob("*.wav"))) == 1
    assert list(kit.glob("*.sfz")) and (kit / "drumkit.xml").is_file()
    if os.environ.get("PADFUSION_SCREENSHOT"):
        page.screenshot(path=os.environ["PADFUSION_SCREENSHOT"], full_page=True)


def map_position(page, path: str) -> dict:
    """Where the map drew the sample, in the canvas's CSS pixels."""
    return page.evaluate("""(path) => {
        const canvas = document.getElementById("map"), box = canvas.getBoundingClientRect();
        const point = window.padfusion.points.find((p) => p.sample.path === path);
        return {x: point.x * box.width / canvas.width, y: point.y * box.height / canvas.height};
    }""", path)


ATTACKER = """<!doctype html><script>
window.results = {};
const daemon = "%s";
async function attempt(name, run) {
  try {
    const r = await run();
    window.results[name] = r.type === "opaque" ? "opaque" : `${r.status} ${await r.text()}`;
  } catch (error) {
    window.results[name] = "blocked: " + error.message;
  }
}
(async () => {
  const press = JSON.stringify({pad: "kick"});
  await attempt("press, no-cors", () => fetch(daemon + "api/generate", {method: "POST", mode: "no-cors", body: press}));
  await attempt("press, with a header", () => fetch(daemon + "api/generate",
      {method: "POST", headers: {"content-type": "application/json", "x-padfusion-token": "guess"}, body: press}));
  await attempt("keep", () => fetch(daemon + "api/keep", {method: "POST", mode: "no-cors", body: press}));
  await attempt("keep a file", () => fetch(daemon + "api/keep", {method: "POST", mode: "no-cors",
      body: JSON.stringify({pad: "kick", file: "kick.wav"})}));
  await attempt("read the library", () => fetch(daemon + "library"));
  await attempt("read the page", () => fetch(daemon));
  await new Promise((done) => {
    const events = new EventSource(daemon + "events");
    events.onopen = () => { window.results.events = "open"; events.close(); done(); };
    events.onerror = () => { window.results.events = "refused"; events.close(); done(); };
  });
  window.done = true;
})();
</script>"""


@pytest.fixture
def other_site():
    """serve(html) -> the URL of a second origin on this machine (another port), serving `html` as its page: the
    strongest case, for Chromium lets a page on the same machine ask the loopback (a public site's requests to it
    are blocked by the browser too)."""
    servers = []

    def serve(html: str) -> str:
        class Page(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.end_headers()
                self.wfile.write(html.encode())

            def log_message(self, *args):
                pass

        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Page)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://localhost:{server.server_address[1]}/"

    yield serve
    for server in servers:
        server.shutdown()
        server.server_close()


def test_another_site_can_neither_press_keep_nor_read(page, other_site, caplog):
    daemon, own = page
    own.locator('.pad[data-pad="kick"] button.new').click()
    own.locator('.pad[data-pad="kick"] .current canvas[data-drawn="spectrogram"]').wait_for()
    evil = own.context.new_page()  # another tab of the same browser, on another site
    evil.goto(other_site(ATTACKER % daemon.web.url))
    evil.wait_for_function("window.done === true", timeout=30000)
    results = evil.evaluate("window.results")
    evil.close()
    assert results["press, no-cors"] == "opaque" and results["keep"] == "opaque"  # sent and refused, unread:
    assert "refused POST /api/generate" in caplog.text and "refused POST /api/keep" in caplog.text
    assert len(read_index(daemon.output.root)) == 1  # nothing new was made
    assert not any((daemon.output.root / "kept").rglob("*.wav"))  # nor kept
    for name in ("press, with a header", "read the library", "read the page"):
        assert results[name].startswith("blocked"), (name, results[name])
    assert results["events"] == "refused"
