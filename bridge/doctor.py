"""`padfusion doctor`: what `serve` would run into, checked one line at a time, before it runs."""

import shutil
import socket
import time
from pathlib import Path

from padfusion.bridge.client import OscClient
from padfusion.bridge.config import Settings
from padfusion.bridge.osc import LOCAL_HOSTS
from padfusion.bridge.output import holder
from padfusion.bridge.presets import PresetError, load_preset, one_per_pad
from padfusion.core.files import temp_name


def check(settings: Settings, out=print) -> bool:
    """Print one line per check; True when nothing would stop `serve`."""
    failures = 0

    def report(ok: bool | None, topic: str, detail: str):  # None: worth knowing, not a failure
        nonlocal failures
        failures += ok is False
        out(f"{'ok' if ok else 'warn' if ok is None else 'FAIL':5} {topic:8} {detail}")

    _device(settings, report)
    presets = []
    for name in settings.presets:
        try:
            presets.append(load_preset(name))
        except PresetError as e:
            report(False, "preset", str(e))
    try:
        one_per_pad(presets)
    except PresetError as e:
        report(False, "preset", str(e))
    for preset in presets:
        _model(preset, settings, report)
    _ports(settings, report)
    _midi(settings, report)
    _output(settings, report)
    return failures == 0


def _device(settings, report):
    """Which backend and device will run the models, and why (model.backends.choose decides, as in `serve`)."""
    import torch

    from padfusion.model.backends import BackendError, choose

    try:
        choice = choose(settings.backend, settings.device)
    except BackendError as e:
        return report(False, "backend", str(e))
    device = choice.device.lower()
    if device == "cuda":
        detail = f"cuda: {torch.cuda.get_device_name()}"
    elif device == "cpu":
        detail = f"cpu ({settings.threads} of {torch.get_num_threads()} threads)"
    else:
        detail = device
    report(True, "device", f"{detail}, torch {torch.__version__}")
    version = ""
    if choice.backend == "openvino":
        import openvino

        version = f", OpenVINO {openvino.get_version().split('-')[0]}"
    report(True, "backend", f"{choice}{version}: {choice.reason}")


def _model(preset, settings, report):
    from padfusion.model.checkpoints import HUB_FILES, ModelLoadError
    from padfusion.model.pipeline import Pipeline

    where = "local"
    if not preset.model_is_local:
        from huggingface_hub import snapshot_download

        try:
            snapshot_download(preset.model, allow_patterns=HUB_FILES, local_files_only=True)
            where = "in the Hugging Face cache"
        except Exception:
            return report(False, "model", f"{preset.pad}: {preset.model} is not in the Hugging Face cache "
                          f"(serve would need the network to fetch it)")
    started = time.perf_counter()
    try:
        pipe = Pipeline.load(preset.model, device=settings.device, backend=settings.backend)
    except (ModelLoadError, OSError, RuntimeError, ValueError) as e:
        return report(False, "model", f"{preset.pad}: {e}")
    report(True, "model", f"{preset.pad}: {preset.model} ({where}, {pipe.net.num_parameters() / 1e6:.1f} M "
           f"parameters, loaded in {time.perf_counter() - started:.1f} s), {preset.sampler} x {preset.steps}")


def _ports(settings, report):
    family = socket.AF_INET6 if ":" in settings.host else socket.AF_INET
    serving = False
    with socket.socket(family, socket.SOCK_DGRAM) as sock:
        try:
            sock.bind((settings.host, settings.osc_port))
            report(True, "osc", f"{settings.host}:{settings.osc_port} is free")
        except OSError as e:
            with OscClient(settings.osc_port, settings.host) as client:
                serving = client.answers_ping()
            if serving:
                report(None, "osc", f"{settings.host}:{settings.osc_port}: a PadFusion daemon is already serving")
            elif pid := holder(settings.out):
                report(False, "osc", f"{settings.host}:{settings.osc_port}: the PadFusion daemon with pid {pid} "
                       f"holds {settings.out} but does not answer ping: it is hung; stop it (kill {pid}, or "
                       f"kill -9 {pid}) and start it again")
            else:
                report(False, "osc", f"{settings.host}:{settings.osc_port} is taken ({e.strerror}); "
                       "choose another with --osc-port")
    if settings.host not in LOCAL_HOSTS:
        report(None, "osc", f"listening on {settings.host} exposes the daemon to the network")
    report(True, "osc", f"replies also go to port {settings.reply_port} on the sender's host")
    _page_port(settings, report, family, serving)


def _page_port(settings, report, family, serving: bool):
    """The page's TCP port: free, or (when a daemon answered on the OSC port) that daemon's."""
    if not settings.web_port:
        return report(None, "page", "off (web_port = 0)")
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        try:
            sock.bind((settings.host, settings.web_port))
            report(True, "page", f"{settings.host}:{settings.web_port} is free; `padfusion open` shows the page")
        except OSError as e:
            if serving:
                report(None, "page", f"{settings.host}:{settings.web_port}: the daemon already serving serves it")
            else:
                report(False, "page", f"{settings.host}:{settings.web_port} is taken ({e.strerror}); choose another "
                       "with --web-port, or 0 for no page")


def _midi(settings, report):
    if settings.midi == "none":
        return report(None, "midi", "MIDI is off (--midi none)")
    import mido

    from padfusion.bridge.midi import PORT_NAME

    name = settings.midi_backend or mido.backend.name
    try:
        backend = mido.Backend(name, load=True)
        inputs = backend.get_input_names()
    except Exception as e:
        return report(False, "midi", f"backend {name} does not work here: {e}")
    report(True, "midi", f"backend {name}; inputs: {', '.join(inputs) or 'none'}")
    if settings.midi == "virtual":
        try:
            backend.open_input(PORT_NAME + "-doctor", client_name=PORT_NAME + "-doctor").close()
            report(True, "midi", "virtual input ports work")
        except Exception as e:
            report(False, "midi", f"cannot make a virtual input port ({e}); name an existing port with --midi "
                   "NAME, another backend with midi_backend, or use --midi none")
    elif not any(n.startswith(settings.midi) for n in inputs):
        report(False, "midi", f"no input named {settings.midi}*")


def _output(settings, report):
    root = Path(settings.out).expanduser()
    probe = temp_name(root / "doctor")
    try:
        root.mkdir(parents=True, exist_ok=True)
        probe.write_bytes(b"padfusion")
        probe.unlink()
    except OSError as e:
        return report(False, "output", f"{root}: not writable ({e.strerror or e})")
    free = shutil.disk_usage(root).free / 2**30
    report(free > 0.1 or None, "output", f"{root}: writable, {free:.1f} GiB free")
    for folder in settings.sample_dirs:
        report(Path(folder).is_dir() or None, "samples", f"{folder}{'' if Path(folder).is_dir() else ': missing'}")
