"""The page: an HTTP server in the daemon, on one thread of its own that runs its event loop (Starlette on
uvicorn), serving the page in bridge/page/ and an HTTP API made from the request table.

    GET  /                 the page, holding this run's token
    GET  /page/<file>      its modules and style sheet (package data: nothing comes from elsewhere)
    GET  /api              the requests the API takes, as `padfusion protocol --json` lists them
    POST /api/<request>    a request of bridge/requests.py, its named arguments as a JSON object, validated as OSC
                           validates them; answered {"replies": [...]} with its replies, named by the table (a
                           made request once it is ready, superseded or refused)
    GET  /events           server-sent events: each reply in EVENTS, whoever asked (MIDI, OSC, the inbox, a page)
    GET  /library          every sample in history and kept/, with its record and descriptors (bridge/library.py);
                           ?path= the one sample there
    GET  /file?path=       a sample's WAV, from under the output folder only
    POST /export           {"name": ..., "paths": [...]}: a kit of samples, written under <out>/kits/ only

A page on localhost is reachable from every website the browser opens, so every request must show it comes
from this server's own page (`Guard`): its Host is this server's (a rebound DNS name is not), its Origin, when
it sends one, is this server's, its Sec-Fetch-Site is not another site's, and all but the page itself carry the
run's token: as a header, which a cross-site page cannot send without a CORS preflight this server never allows;
or, for what a browser fetches by URL (the event stream, a WAV), as a query parameter. No CORS header is ever
sent, so no other site reads an answer.

The worker still owns the models: a request here is queued for it, or answered at once, as an OSC one is; its
replies come back through `OscServer.send`, which every reply of the daemon passes through, to the request's
`Answer`.
"""

import asyncio
import json
import logging
import secrets
import socket
import threading
from pathlib import Path
from urllib.parse import urlsplit

import uvicorn
from starlette.applications import Starlette
from starlette.datastructures import Headers, QueryParams
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, PlainTextResponse, StreamingResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from padfusion.bridge import protocol
from padfusion.bridge.kit import KITS_FOLDER, KitError, KitSample, export_kit, measured_root
from padfusion.bridge.library import Library
from padfusion.bridge.osc import LOCAL_HOSTS, validate_named
from padfusion.bridge.protocol import BadRequest, page_url
from padfusion.bridge.requests import MADE, REQUESTS, describe
from padfusion.bridge.scheduler import SHUTDOWN_GRACE

log = logging.getLogger(__name__)

PAGE = Path(__file__).with_name("page")
API = {request.name: request for request in REQUESTS if request.handler is not None}  # hello is OSC's own
REPLY_NAMES = {m.address.removeprefix(protocol.PREFIX + "/"): [a.name for a in m.args] for m in protocol.REPLIES}
EVENTS = ("ready", "kept", "learned", "error")  # the replies every page hears, whoever asked
TOKEN_HEADER = "x-padfusion-token"
LOCAL_NAMES = ("127.0.0.1", "localhost", "[::1]")
MAX_BODY = 1 << 20  # bytes of a JSON body
MAX_QUEUED_EVENTS = 256  # per page: one that stops reading misses events rather than holding memory
HEADERS = {  # on every answer: no framing (clickjacking), no sniffing, no token in a Referer
    "content-security-policy": "default-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:; "
                               "frame-ancestors 'none'",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "cache-control": "no-store",
}


def markdown() -> str:
    """The HTTP API's table of requests for docs/protocol.md (a test keeps the page in step with it)."""
    lines = ["| Request | JSON body | Replies |", "|---|---|---|"]
    for name, request in API.items():
        body = ", ".join(f'"{a.name}"{"?" if a.optional else ""}: {a.kind}' for a in request.args)
        replies = ", ".join(f"`{r}`" for r in request.replies)
        lines.append(f"| `POST /api/{name}` | `{{{body}}}` | {replies} or `error` |")
    return "\n".join(lines) + "\n"


def named(reply: str, args) -> dict:
    """A reply as JSON: {"reply": "ready", "pad": "kick", "path": ..., "seed": ..., "ms": ...}."""
    return {"reply": reply, **dict(zip(REPLY_NAMES[reply], args))}


class Answer:
    """Where one HTTP request's replies go (`OscServer.send` calls it, from whichever thread answers): they
    are collected, and `done` is set by the reply that ends a made request."""

    def __init__(self, loop: asyncio.AbstractEventLoop):
        self.replies: list[dict] = []
        self.done = asyncio.Event()
        self._loop = loop

    def __call__(self, reply: str, *args) -> None:
        self.replies.append(named(reply, args))
        if reply in MADE or reply == "error":
            try:
                self._loop.call_soon_threadsafe(self.done.set)
            except RuntimeError:  # the loop has closed: the daemon stopped, and nobody waits any more
                pass


class HttpError(Exception):
    """A page request refused: its HTTP status and why."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status


class Guard:
    """ASGI middleware: refuses what does not come from this server's own page (the module docstring) and adds
    HEADERS to every answer. The server takes no WebSocket and runs no lifespan, so every scope is HTTP."""

    def __init__(self, app, hosts: set[str], token: str):
        self.app, self.hosts, self.token = app, hosts, token

    async def __call__(self, scope, receive, send):
        problem = self.problem(scope)
        if problem:
            log.warning("web: refused %s %s: %s", scope["method"], scope["path"], problem)
            return await PlainTextResponse(problem, 403, HEADERS)(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                message["headers"] = list(message.get("headers", [])) + [(k.encode(), v.encode())
                                                                         for k, v in HEADERS.items()]
            await send(message)

        await self.app(scope, receive, send_with_headers)

    def problem(self, scope) -> str | None:
        headers = Headers(scope=scope)
        host = headers.get("host", "")
        if host not in self.hosts:
            return f"Host {host[:80]!r} is not this server (a page on a rebound name?); open http://{min(self.hosts)}/"
        origin = headers.get("origin")
        if origin is not None and origin != f"http://{host}":
            return f"requests from {origin[:80]!r} are not taken: only this server's own page may ask"
        if headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none"):
            return "requests from another site are not taken"
        if scope["path"] == "/" or scope["path"].startswith("/page/"):
            return None
        token = headers.get(TOKEN_HEADER)
        if token is None and scope["method"] == "GET":
            token = QueryParams(scope["query_string"]).get("token")
        if token is None or not secrets.compare_digest(token, self.token):
            return f"the {TOKEN_HEADER} header is missing or wrong: use the page the daemon serves"
        return None


class WebServer:
    """The page and its API for `daemon`, on (daemon.settings.host, daemon.settings.web_port): the socket is
    bound here, so that a port in use stops `serve` at once; `start` runs the event loop on the thread "web"."""

    def __init__(self, daemon):
        self.daemon = daemon
        host, port = daemon.settings.host, daemon.settings.web_port
        self.sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            self.sock.bind((host, port))
            self.sock.listen(64)
        except OSError as e:
            self.sock.close()
            raise OSError(f"cannot serve the page on {host}:{port} ({e.strerror}); is another padfusion running? "
                          "choose another port with --web-port, or 0 for no page") from None
        self.host, self.port = host, self.sock.getsockname()[1]
        self.url = page_url(host, self.port)
        self.hosts = {f"{name}:{self.port}" for name in LOCAL_NAMES} | {urlsplit(self.url).netloc}
        self.token = secrets.token_urlsafe(24)
        self.root = daemon.output.root
        self.library = Library(self.root)
        self.loop: asyncio.AbstractEventLoop | None = None
        self._listeners: set[asyncio.Queue] = set()  # one per open event stream; touched on the loop only
        app = Starlette(routes=[
            Route("/", self.index),
            Mount("/page", StaticFiles(directory=PAGE)),
            Route("/api", self.api_list),
            Route("/api/{name}", self.api, methods=["POST"]),
            Route("/events", self.events),
            Route("/library", self.library_list),
            Route("/file", self.file),
            Route("/export", self.export, methods=["POST"]),
        ])
        config = uvicorn.Config(Guard(app, self.hosts, self.token), ws="none", lifespan="off", log_config=None,
                                log_level="warning",
                                access_log=False, timeout_graceful_shutdown=int(SHUTDOWN_GRACE) + 1)
        self.server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._serve, name="web", daemon=True)

    # Lifecycle -------------------------------------------------------------------------------------------

    @property
    def alive(self) -> bool:
        return self._thread.is_alive()

    def start(self) -> None:
        if self.host not in LOCAL_HOSTS:
            log.warning("the page on %s:%d is open to other machines: anyone who reaches it with the page's token "
                        "can press pads and read the library; use --host 127.0.0.1 unless you need that",
                        self.host, self.port)
        self._thread.start()
        log.info("the page: %s", self.url)

    def stop(self) -> None:
        """End the event streams, let the requests in hand finish (the worker has answered them by now), close."""
        if self.loop is not None:
            self.loop.call_soon_threadsafe(self._end_streams)
        self.server.should_exit = True
        if self._thread.ident is not None:
            self._thread.join(SHUTDOWN_GRACE + 2)
        self.sock.close()

    def _serve(self) -> None:
        async def main():
            self.loop = asyncio.get_running_loop()
            await self.server.serve(sockets=[self.sock])

        asyncio.run(main())

    # Events ----------------------------------------------------------------------------------------------

    def broadcast(self, reply: str, *args) -> None:
        """Push a reply to every open event stream, if it is one of EVENTS (from any thread)."""
        if reply in EVENTS and self.loop is not None and not self.loop.is_closed():
            event = named(reply, args)
            try:
                self.loop.call_soon_threadsafe(self._push, event)
            except RuntimeError:  # the loop closed meanwhile: the daemon is stopping
                pass

    def _push(self, event) -> None:
        for queue in self._listeners:
            if queue.qsize() < MAX_QUEUED_EVENTS:
                queue.put_nowait(event)

    def _end_streams(self) -> None:
        for queue in self._listeners:
            queue.put_nowait(None)

    async def events(self, request):
        queue: asyncio.Queue = asyncio.Queue()
        self._listeners.add(queue)

        async def stream():
            try:
                yield "retry: 1000\n\n"
                while (event := await queue.get()) is not None:
                    yield f"event: {event['reply']}\ndata: {json.dumps(event)}\n\n"
            finally:
                self._listeners.discard(queue)

        return StreamingResponse(stream(), media_type="text/event-stream")

    # The page and the API ----------------------------------------------------------------------------------

    async def index(self, request):
        html = (PAGE / "index.html").read_text(encoding="utf-8")
        return HTMLResponse(html.replace("{{token}}", self.token))

    async def api_list(self, request):
        return JSONResponse({**describe(), "requests": [API[name].describe() | {"name": name} for name in API]})

    async def api(self, request):
        """A request of the table, answered with its replies (status 200 for any of them, `error` included)."""
        spec = API.get(request.path_params["name"])
        if spec is None:
            message = f"no request {request.path_params['name'][:40]!r}; requests: {', '.join(API)}"
            return JSONResponse({"replies": [named("error", ("", "unknown_address", message))]}, 404)
        try:
            body = await self._json(request)
        except HttpError as e:
            return JSONResponse({"replies": [named("error", ("", "bad_args", str(e)))]}, e.status)
        answer = Answer(asyncio.get_running_loop())
        try:
            self.daemon.handle(spec, validate_named(spec, body), (answer,))
        except BadRequest as e:
            log.warning("web: refused %s: %s", spec.name, e)
            answer("error", e.pad, e.code, str(e))
        except Exception as e:  # a bug: answered, logged, and the server serves on
            log.exception("web: failed handling %s", spec.name)
            answer("error", "", "internal", f"{type(e).__name__}: {e}")
        if spec.slot and not answer.done.is_set():
            await answer.done.wait()
        return JSONResponse({"replies": answer.replies})

    async def _json(self, request) -> dict:
        body = await request.body()
        if len(body) > MAX_BODY:
            raise HttpError(413, f"a body of more than {MAX_BODY} bytes")
        try:
            value = json.loads(body or b"{}")
        except ValueError:
            raise HttpError(400, "the body is not JSON") from None
        if not isinstance(value, dict):
            raise HttpError(400, "the body must be a JSON object of named arguments")
        return value

    # The library -------------------------------------------------------------------------------------------

    async def library_list(self, request):
        """The whole library, or with ?path= the one sample there (a page updates itself by each event's)."""
        try:
            only = self._sample_path(request.query_params["path"]) if "path" in request.query_params else None
        except HttpError as e:
            return JSONResponse({"error": str(e)}, e.status)
        return JSONResponse({"root": str(self.root), "samples": await asyncio.to_thread(self.library.samples, only)})

    def _sample_path(self, text) -> Path:
        """A file under the output folder, named absolutely or relative to it: links resolved, `..` and links
        that lead out refused."""
        if not isinstance(text, str) or not text or "\0" in text:
            raise HttpError(400, "name a file by its path")
        try:
            path = (self.root / text).resolve()
        except (OSError, RuntimeError) as e:
            raise HttpError(400, f"cannot read {text[:200]}: {e}") from None
        if not path.is_relative_to(self.root):
            raise HttpError(403, f"{text[:200]} is outside the output folder {self.root}")
        if path.suffix.lower() != ".wav" or not path.is_file():
            raise HttpError(404, f"no sample {text[:200]} in {self.root}")
        return path

    async def file(self, request):
        try:
            path = self._sample_path(request.query_params.get("path"))
        except HttpError as e:
            return PlainTextResponse(str(e), e.status)
        return FileResponse(path, media_type="audio/wav", filename=path.name)

    async def export(self, request):
        """A kit of the chosen samples under <out>/kits/: each on its pad's note, rooted at its measured pitch."""
        try:
            body = await self._json(request)
            paths = [self._sample_path(p) for p in await self._paths(request, body)]
            kits = (self.root / KITS_FOLDER).resolve()
            if not kits.is_relative_to(self.root):
                raise HttpError(403, f"{self.root / KITS_FOLDER} leads out of the output folder: remove that link")
            folder = await asyncio.to_thread(self._export, paths, kits, str(body.get("name") or "kit"))
        except HttpError as e:
            return JSONResponse({"error": str(e)}, e.status)
        except KitError as e:
            return JSONResponse({"error": str(e)}, 400)
        log.info("web: exported %d samples to %s", len(paths), folder)
        return JSONResponse({"path": str(folder)})

    def _export(self, paths: list[Path], kits: Path, name: str) -> Path:
        return export_kit([KitSample(path, path.parent.name, measured_root(path)) for path in paths], kits, name)

    async def _paths(self, request, body=None) -> list:
        body = body if body is not None else await self._json(request)
        paths = body.get("paths")
        if not isinstance(paths, list) or not paths:
            raise HttpError(400, 'name the samples: {"paths": [...]}')
        return paths
